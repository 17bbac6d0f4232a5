"""Class statistics from scored answers: pure functions over plain dataclasses, no SQL, no Qt.

Per question, the two numbers Moodle's quiz statistics report shows first:

* Facility index: the mean score on the question over the attempts that answered it, as a
  percent of the full mark. Every question here is worth 1, and a score is already the
  fraction of that mark (0..1), so F = 100 * mean(score). Moodle: ``facility = markaverage /
  maxmark`` in ``initial_question_walker`` of ``question/classes/statistics/questions/
  calculator.php``.

* Discrimination index: Moodle's is not a top-third minus bottom-third difference but a
  correlation. For the attempts that answered the question, x is the score on the question
  and y the attempt's score on the rest of the test (its total minus x); then

      D = 100 * cov(x, y) / sqrt(var(x) * var(y))

  with sample (n - 1) variances and covariance, which cancel: D is 100 times Pearson's r
  between the item score and the rest-of-test score. It is undefined (None) when fewer than
  two attempts answered the question or when either variance is zero (everyone scored the
  same on the question, or on the rest). Moodle: ``secondary_steps_walker`` accumulates
  ``covariancesum`` from ``markdifference * othermarkdifference``, where the other mark is
  ``summarks - mark``, and ``secondary_question_walker`` sets ``discriminationindex = 100 *
  covariance / sqrt(markvariance * othermarkvariance)``, or null when that product is 0; same
  file, ``core_question\\statistics\\questions\\calculator``.

Where this app differs from Moodle, it is because its attempts differ: Moodle counts only
finished attempts, in which every question has a mark (an unanswered one scores 0). Here an
answer is saved the moment it is given, so every attempt counts, finished or not, and a
question's sample is the attempts that answered it; the rest of the test is the attempt's
other answered questions.

Practice and test answers are reported apart, each with its own facility, discrimination
and averages per skill; they are never mixed. In practice the student sees, after each
answer, whether it was right and the passage that shows why, and later answers profit
from what earlier feedback showed; a test gives nothing away until the end. Mixed, the
practice answers would raise the facility of a test's questions and blur their
discrimination; dropped, a class that only practises would have no report at all.

Both come from six sums per question and mode (n, Σx, Σx², Σy, Σy², Σxy), which the
database keeps up to date as each answer arrives (migrations.REPORT_SUMS_TRIGGER); the
same sums from in-memory attempts serve the tests. A variance within 1e-9 of zero counts as zero, so a
question everyone scored the same on has no discrimination index, not a rounding artefact.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from quiz.core.domain import MODES, SKILLS

# A discrimination index needs at least this many answers to a question (a correlation of
# fewer pairs is undefined), with scores that differ (see discrimination_index).
MIN_ANSWERS_FOR_DISCRIMINATION = 2
# Modes in the order a report shows them: the tests first, whose numbers a teacher acts on.
REPORT_MODES = tuple(sorted(MODES, key=lambda mode: mode != "test"))


@dataclass(frozen=True)
class ScoredItem:
    """One answered question of an attempt."""

    question: str  # the question's id in its pack
    skill: str
    type: str
    score: float  # 0..1
    position: int | None = None  # the question's place in its pack (None once retired)


@dataclass(frozen=True)
class AttemptScores:
    """One attempt, finished or not, and the scores of the questions it answered."""

    student: str
    pack: str
    started_at: str
    finished: bool
    questions: int  # how many questions the attempt asks
    items: tuple[ScoredItem, ...] = ()
    mode: str = "practice"

    @property
    def score(self) -> float:
        return math.fsum(item.score for item in self.items)

    @property
    def percent(self) -> float:
        """The score as a percent of every question the attempt asks, answered or not."""
        return 100 * self.score / self.questions if self.questions else 0.0


class QuestionStats(NamedTuple):
    """One question's statistics. A named tuple, not a dataclass: a report builds one per
    question, a hundred thousand at school scale, and a tuple is built several times faster."""

    pack: str
    question: str
    skill: str
    type: str
    mode: str  # of the attempts whose answers these are
    answers: int
    facility: float  # percent
    discrimination: float | None  # 100 * r; None when undefined (why_no_discrimination)


@dataclass(frozen=True)
class SkillStats:
    skill: str
    mode: str
    answers: int
    average: float  # percent: the mean score over every answer to a question of this skill


@dataclass(frozen=True)
class StudentAttempt:
    pack: str
    mode: str
    started_at: str
    answered: int
    questions: int
    percent: float
    finished: bool


@dataclass(frozen=True)
class StudentReport:
    student: str
    attempts: tuple[StudentAttempt, ...]  # oldest first


@dataclass(frozen=True)
class ClassReport:
    questions: tuple[QuestionStats, ...]
    skills: tuple[SkillStats, ...]
    students: tuple[StudentReport, ...]

    def of_mode(self, mode: str) -> ClassReport:
        """The part of the report made of the answers and attempts in one mode."""
        students = (StudentReport(s.student, tuple(a for a in s.attempts if a.mode == mode)) for s in self.students)
        return ClassReport(
            tuple(q for q in self.questions if q.mode == mode),
            tuple(s for s in self.skills if s.mode == mode),
            tuple(s for s in students if s.attempts),
        )

    def modes(self) -> list[str]:
        """The modes that have attempts here, in REPORT_MODES order."""
        found = {a.mode for s in self.students for a in s.attempts}
        return [mode for mode in REPORT_MODES if mode in found]


def class_report(attempts: list[AttemptScores]) -> ClassReport:
    return ClassReport(question_stats(attempts), skill_stats(attempts), student_reports(attempts))


class QuestionMoments(NamedTuple):
    """The sums a question's statistics come from: x its score, y the rest of the attempt's.
    The store reads them as plain tuples of these fields, in this order."""

    pack: str
    question: str
    skill: str
    type: str
    mode: str
    position: int | None
    n: int
    sx: float
    sxx: float
    sy: float
    syy: float
    sxy: float


def question_moments(attempts: list[AttemptScores]) -> list[QuestionMoments]:
    """The sums, from attempts held in memory."""
    sums: dict[tuple[str, str, str], list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 0.0, 0.0, 0.0])
    items: dict[tuple[str, str, str], ScoredItem] = {}
    for attempt in attempts:
        total = math.fsum(item.score for item in attempt.items)
        for item in attempt.items:
            key = (attempt.pack, item.question, attempt.mode)
            x, y = item.score, total - item.score
            row = sums[key]
            row[0] += 1
            row[1] += x
            row[2] += x * x
            row[3] += y
            row[4] += y * y
            row[5] += x * y
            items.setdefault(key, item)
    moments = []
    for (pack, question, mode), row in sums.items():
        item = items[(pack, question, mode)]
        moments.append(QuestionMoments(pack, question, item.skill, item.type, mode, item.position, int(row[0]), *row[1:]))
    return moments


def question_stats(attempts: list[AttemptScores]) -> tuple[QuestionStats, ...]:
    """Facility and discrimination of every answered question, by pack and place in the pack."""
    ordered = sorted(question_moments(attempts),
                     key=lambda m: (m.pack, m.position is None, m.position or 0, m.question, m.mode == "practice"))
    return stats_from_moments(ordered)


def stats_from_moments(moments: Iterable[tuple]) -> tuple[QuestionStats, ...]:
    """The statistics of questions whose sums come in report order: by pack, then place in the
    pack, retired questions last by id (the order store.question_moments reads them in).
    Each is a QuestionMoments or a plain tuple of the same fields, as the store reads them."""
    return tuple(
        QuestionStats(pack, question, skill, type_, mode, n, 100 * sx / n, discrimination_index(n, sx, sxx, sy, syy, sxy))
        for pack, question, skill, type_, mode, _position, n, sx, sxx, sy, syy, sxy in moments
    )


# Why a question has no discrimination index: too few answers, or scores that do not differ.
TOO_FEW_ANSWERS, SAME_SCORES = "too few answers", "same scores"


def why_no_discrimination(stats: QuestionStats) -> str | None:
    """TOO_FEW_ANSWERS (fewer than MIN_ANSWERS_FOR_DISCRIMINATION), SAME_SCORES (every
    answer scored the same on the question, or every attempt on the rest of the test), or
    None when the question has an index."""
    if stats.discrimination is not None:
        return None
    return TOO_FEW_ANSWERS if stats.answers < MIN_ANSWERS_FOR_DISCRIMINATION else SAME_SCORES


def discrimination_index(n: int, sx: float, sxx: float, sy: float, syy: float, sxy: float) -> float | None:
    """100 * Pearson's r between item marks x and rest-of-test marks y, from their sums, as
    Moodle computes it (see the module docstring); None for fewer than two pairs or a zero
    variance."""
    if n < MIN_ANSWERS_FOR_DISCRIMINATION:
        return None
    covariance = (sxy - sx * sy / n) / (n - 1)
    variance_x = (sxx - sx * sx / n) / (n - 1)
    variance_y = (syy - sy * sy / n) / (n - 1)
    if variance_x < 1e-9 or variance_y < 1e-9:
        return None
    return max(-100.0, min(100.0, 100 * covariance / math.sqrt(variance_x * variance_y)))


def skill_stats(attempts: list[AttemptScores]) -> tuple[SkillStats, ...]:
    """The class average per skill: the mean score over every answer to a question of it."""
    return skills_from_sums(skill_sums(question_moments(attempts)))


def student_reports(attempts: list[AttemptScores]) -> tuple[StudentReport, ...]:
    """Each student's attempts, oldest first; students by name."""
    return students_from_totals([
        AttemptTotal(a.student, a.pack, a.mode, a.started_at, a.finished, a.questions, len(a.items), a.score)
        for a in attempts
    ])


class AttemptTotal(NamedTuple):
    """An attempt summed up: how many it answered and its total score."""

    student: str
    pack: str
    mode: str
    started_at: str
    finished: bool
    questions: int
    answered: int
    score: float


def students_from_totals(totals: Iterable[tuple]) -> tuple[StudentReport, ...]:
    """Each student's attempts from AttemptTotals, or plain tuples of their fields as the store reads them."""
    by_student: dict[str, list[StudentAttempt]] = defaultdict(list)
    for student, pack, mode, started_at, finished, questions, answered, score in totals:
        percent = 100 * score / questions if questions else 0.0
        by_student[student].append(StudentAttempt(pack, mode, started_at, answered, questions, percent, bool(finished)))
    return tuple(
        StudentReport(name, tuple(sorted(by_student[name], key=lambda a: a.started_at)))
        for name in sorted(by_student, key=lambda n: (n.casefold(), n))
    )


def skill_sums(moments: Iterable[tuple]) -> dict[tuple[str, str], tuple[int, float]]:
    """(mode, skill) -> (answers, total score), added up from the questions' sums (as
    stats_from_moments takes them)."""
    sums: dict[tuple[str, str], tuple[int, float]] = {}
    for _pack, _question, skill, _type, mode, _position, n, sx, _sxx, _sy, _syy, _sxy in moments:  # not *_, a list a row
        count, total = sums.get((mode, skill), (0, 0.0))
        sums[(mode, skill)] = (count + n, total + sx)
    return sums


def skills_from_sums(sums: dict[tuple[str, str], tuple[int, float]]) -> tuple[SkillStats, ...]:
    """(mode, skill) -> (answers, total score) as the class average per skill, by mode
    (REPORT_MODES), then in the skills' order."""
    order = {skill: index for index, skill in enumerate(SKILLS)}
    modes = {mode: index for index, mode in enumerate(REPORT_MODES)}

    def place(key: tuple[str, str]) -> tuple:
        mode, skill = key
        return modes.get(mode, len(modes)), mode, order.get(skill, len(order)), skill

    return tuple(
        SkillStats(skill, mode, count, 100 * total / count)
        for (mode, skill), (count, total) in sorted(sums.items(), key=lambda kv: place(kv[0]))
        if count
    )


# `quiz report` as CSV: one table, a row per question (kind "question") then a row per skill
# (kind "skill"), each for the answers of one mode; the columns a kind does not use are left
# empty. The mode comes last, so the columns read before it kept their places.
REPORT_FIELDS = ("kind", "pack", "question", "skill", "type", "answers", "facility", "discrimination", "average", "mode")


def report_csv(report: ClassReport) -> str:
    """Percents with one decimal; a discrimination index that is undefined (fewer than two
    answers, or answers that all scored the same) is left empty. Formatted in line, as the
    rows can number a hundred thousand."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REPORT_FIELDS)
    writer.writerows(
        ("question", pack, question, skill, type_, answers, f"{facility:.1f}", "" if index is None else f"{index:.1f}", "",
         mode)
        for pack, question, skill, type_, mode, answers, facility, index in report.questions
    )
    writer.writerows(("skill", "", "", s.skill, "", s.answers, "", "", f"{s.average:.1f}", s.mode) for s in report.skills)
    return out.getvalue()


def report_text(report: ClassReport, title: str) -> str:
    """`quiz report` for people: who took part, then for each mode the facility and
    discrimination of each question and the class average per skill, as aligned text.
    `title` says what the report covers."""
    import textwrap

    from quiz.core.text_table import text_table

    blocks = [f"Class report: {title}\n{_taking_part(report)}\n"]
    many_packs = len({q.pack for q in report.questions}) > 1
    gaps = {TOO_FEW_ANSWERS: f"- (needs {MIN_ANSWERS_FOR_DISCRIMINATION} answers)", SAME_SCORES: "- (same scores)"}
    for mode in report.modes():
        part = report.of_mode(mode)
        qs = part.questions
        # The columns from one zip(*), which transposes the rows in C; only the numbers are
        # formatted one by one.
        packs, names, skills, types, _modes, answers, facilities, indexes = zip(*qs) if qs else ((),) * 8
        questions = text_table(
            [("pack", packs)] * many_packs + [
                ("question", names), ("skill", skills), ("type", types), ("answers", answers),
                ("facility %", list(map("{:.1f}".format, facilities))),
                ("discrimination", [
                    f"{index:.1f}" if index is not None else gaps[why_no_discrimination(q)] for index, q in zip(indexes, qs)
                ]),
            ],
            right=range(3 + many_packs, 6 + many_packs),
        )
        skills = text_table(
            [("skill", [s.skill for s in part.skills]), ("answers", [s.answers for s in part.skills]),
             ("average %", [f"{s.average:.1f}" for s in part.skills])],
            right=(1, 2),
        )
        blocks.append(f"{mode.capitalize()} answers: {_taking_part(part)}\n\n{questions}\nAverage per skill\n{skills}")
    if report.modes():
        blocks.append(textwrap.fill(
            "Facility: the mean score on the question, in percent. Discrimination: how well the question "
            "separates stronger from weaker students, from -100 to 100 (Moodle's index); it needs answers from "
            f"at least {MIN_ANSWERS_FOR_DISCRIMINATION} attempts, with scores that differ. Practice and test "
            "answers are counted apart.", width=100,
        ) + "\n")
    return "\n".join(blocks)


def _taking_part(report: ClassReport) -> str:
    attempts = [a for s in report.students for a in s.attempts]
    unfinished = sum(not a.finished for a in attempts)
    students = f"{len(report.students)} student{'' if len(report.students) == 1 else 's'}"
    counted = f"{len(attempts)} attempt{'' if len(attempts) == 1 else 's'}"
    if not attempts:
        return "no attempts yet"
    return f"{students}, {counted}" + (f" ({unfinished} in progress)" if unfinished else "")
