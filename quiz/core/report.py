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

Both come from six sums per question (n, Σx, Σx², Σy, Σy², Σxy), which the database keeps
up to date as each answer arrives (migrations.REPORT_SUMS_TRIGGER); the same sums from
in-memory attempts serve the tests. A variance within 1e-9 of zero counts as zero, so a
question everyone scored the same on has no discrimination index, not a rounding artefact.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from quiz.core.domain import SKILLS


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
    answers: int
    facility: float  # percent
    discrimination: float | None  # 100 * r; None when undefined


@dataclass(frozen=True)
class SkillStats:
    skill: str
    answers: int
    average: float  # percent: the mean score over every answer to a question of this skill


@dataclass(frozen=True)
class StudentAttempt:
    pack: str
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


def class_report(attempts: list[AttemptScores]) -> ClassReport:
    return ClassReport(question_stats(attempts), skill_stats(attempts), student_reports(attempts))


class QuestionMoments(NamedTuple):
    """The sums a question's statistics come from: x its score, y the rest of the attempt's.
    The store reads them as plain tuples of these fields, in this order."""

    pack: str
    question: str
    skill: str
    type: str
    position: int | None
    n: int
    sx: float
    sxx: float
    sy: float
    syy: float
    sxy: float


def question_moments(attempts: list[AttemptScores]) -> list[QuestionMoments]:
    """The sums, from attempts held in memory."""
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 0.0, 0.0, 0.0])
    items: dict[tuple[str, str], ScoredItem] = {}
    for attempt in attempts:
        total = math.fsum(item.score for item in attempt.items)
        for item in attempt.items:
            key = (attempt.pack, item.question)
            x, y = item.score, total - item.score
            row = sums[key]
            row[0] += 1
            row[1] += x
            row[2] += x * x
            row[3] += y
            row[4] += y * y
            row[5] += x * y
            items.setdefault(key, item)
    return [
        QuestionMoments(pack, question, items[(pack, question)].skill, items[(pack, question)].type,
                        items[(pack, question)].position, int(row[0]), *row[1:])
        for (pack, question), row in sums.items()
    ]


def question_stats(attempts: list[AttemptScores]) -> tuple[QuestionStats, ...]:
    """Facility and discrimination of every answered question, by pack and place in the pack."""
    ordered = sorted(question_moments(attempts), key=lambda m: (m.pack, m.position is None, m.position or 0, m.question))
    return stats_from_moments(ordered)


def stats_from_moments(moments: Iterable[tuple]) -> tuple[QuestionStats, ...]:
    """The statistics of questions whose sums come in report order: by pack, then place in the
    pack, retired questions last by id (the order store.question_moments reads them in).
    Each is a QuestionMoments or a plain tuple of the same fields, as the store reads them."""
    return tuple(
        QuestionStats(pack, question, skill, type_, n, 100 * sx / n, discrimination_index(n, sx, sxx, sy, syy, sxy))
        for pack, question, skill, type_, _position, n, sx, sxx, sy, syy, sxy in moments
    )


def discrimination_index(n: int, sx: float, sxx: float, sy: float, syy: float, sxy: float) -> float | None:
    """100 * Pearson's r between item marks x and rest-of-test marks y, from their sums, as
    Moodle computes it (see the module docstring); None for fewer than two pairs or a zero
    variance."""
    if n < 2:
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
        AttemptTotal(a.student, a.pack, a.started_at, a.finished, a.questions, len(a.items), a.score) for a in attempts
    ])


class AttemptTotal(NamedTuple):
    """An attempt summed up: how many it answered and its total score."""

    student: str
    pack: str
    started_at: str
    finished: bool
    questions: int
    answered: int
    score: float


def students_from_totals(totals: Iterable[tuple]) -> tuple[StudentReport, ...]:
    """Each student's attempts from AttemptTotals, or plain tuples of their fields as the store reads them."""
    by_student: dict[str, list[StudentAttempt]] = defaultdict(list)
    for student, pack, started_at, finished, questions, answered, score in totals:
        percent = 100 * score / questions if questions else 0.0
        by_student[student].append(StudentAttempt(pack, started_at, answered, questions, percent, bool(finished)))
    return tuple(
        StudentReport(name, tuple(sorted(by_student[name], key=lambda a: a.started_at)))
        for name in sorted(by_student, key=lambda n: (n.casefold(), n))
    )


def skill_sums(moments: Iterable[tuple]) -> dict[str, tuple[int, float]]:
    """skill -> (answers, total score), added up from the questions' sums (as stats_from_moments takes them)."""
    sums: dict[str, tuple[int, float]] = {}
    for _pack, _question, skill, _type, _position, n, sx, *_ in moments:
        count, total = sums.get(skill, (0, 0.0))
        sums[skill] = (count + n, total + sx)
    return sums


def skills_from_sums(sums: dict[str, tuple[int, float]]) -> tuple[SkillStats, ...]:
    """skill -> (answers, total score) as the class average per skill, in the skills' order."""
    order = {skill: index for index, skill in enumerate(SKILLS)}
    return tuple(
        SkillStats(skill, count, 100 * total / count)
        for skill, (count, total) in sorted(sums.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
        if count
    )


# `quiz report` as CSV: one table, a row per question (kind "question") then a row per skill
# (kind "skill"); the columns a kind does not use are left empty.
REPORT_FIELDS = ("kind", "pack", "question", "skill", "type", "answers", "facility", "discrimination", "average")


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
        ("question", pack, question, skill, type_, answers, f"{facility:.1f}", "" if index is None else f"{index:.1f}", "")
        for pack, question, skill, type_, answers, facility, index in report.questions
    )
    writer.writerows(("skill", "", "", s.skill, "", s.answers, "", "", f"{s.average:.1f}") for s in report.skills)
    return out.getvalue()
