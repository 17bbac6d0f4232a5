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
other answered questions. The sums are taken in exact fractions, so a question everyone got
right has a variance of exactly 0 and no discrimination index, not a rounding artefact.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction

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


@dataclass(frozen=True)
class QuestionStats:
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


def question_stats(attempts: list[AttemptScores]) -> tuple[QuestionStats, ...]:
    """Facility and discrimination of every answered question, by pack and place in the pack."""
    samples: dict[tuple[str, str], list[tuple[Fraction, Fraction]]] = defaultdict(list)
    items: dict[tuple[str, str], ScoredItem] = {}
    for attempt in attempts:
        total = sum((Fraction(item.score) for item in attempt.items), Fraction(0))
        for item in attempt.items:
            key = (attempt.pack, item.question)
            mark = Fraction(item.score)
            samples[key].append((mark, total - mark))
            items.setdefault(key, item)
    rows = []
    for key in sorted(items, key=lambda k: (k[0], items[k].position is None, items[k].position or 0, k[1])):
        item, sample = items[key], samples[key]
        marks = [x for x, _ in sample]
        rows.append(
            QuestionStats(
                pack=key[0], question=key[1], skill=item.skill, type=item.type, answers=len(sample),
                facility=float(100 * sum(marks, Fraction(0)) / len(marks)),
                discrimination=discrimination_index(sample),
            )
        )
    return tuple(rows)


def discrimination_index(sample: list[tuple[Fraction, Fraction]]) -> float | None:
    """100 * Pearson's r between item marks and rest-of-test marks, as Moodle computes it
    (see the module docstring); None for fewer than two pairs or a zero variance."""
    n = len(sample)
    if n < 2:
        return None
    mean_x = sum((x for x, _ in sample), Fraction(0)) / n
    mean_y = sum((y for _, y in sample), Fraction(0)) / n
    covariance = sum(((x - mean_x) * (y - mean_y) for x, y in sample), Fraction(0)) / (n - 1)
    variance_x = sum(((x - mean_x) ** 2 for x, _ in sample), Fraction(0)) / (n - 1)
    variance_y = sum(((y - mean_y) ** 2 for _, y in sample), Fraction(0)) / (n - 1)
    if variance_x * variance_y == 0:
        return None
    return 100 * float(covariance) / math.sqrt(float(variance_x * variance_y))


def skill_stats(attempts: list[AttemptScores]) -> tuple[SkillStats, ...]:
    """The class average per skill: the mean score over every answer to a question of it."""
    scores: dict[str, list[float]] = defaultdict(list)
    for attempt in attempts:
        for item in attempt.items:
            scores[item.skill].append(item.score)
    order = {skill: index for index, skill in enumerate(SKILLS)}
    return tuple(
        SkillStats(skill, len(scores[skill]), 100 * math.fsum(scores[skill]) / len(scores[skill]))
        for skill in sorted(scores, key=lambda s: (order.get(s, len(order)), s))
    )


def student_reports(attempts: list[AttemptScores]) -> tuple[StudentReport, ...]:
    """Each student's attempts, oldest first; students by name."""
    by_student: dict[str, list[StudentAttempt]] = defaultdict(list)
    for attempt in attempts:
        by_student[attempt.student].append(
            StudentAttempt(
                attempt.pack, attempt.started_at, len(attempt.items), attempt.questions, attempt.percent, attempt.finished
            )
        )
    return tuple(
        StudentReport(name, tuple(sorted(by_student[name], key=lambda a: a.started_at)))
        for name in sorted(by_student, key=lambda n: (n.casefold(), n))
    )


# `quiz report` as CSV: one table, a row per question (kind "question") then a row per skill
# (kind "skill"); the columns a kind does not use are left empty.
REPORT_FIELDS = ("kind", "pack", "question", "skill", "type", "answers", "facility", "discrimination", "average")


def report_csv(report: ClassReport) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=REPORT_FIELDS, lineterminator="\n")
    writer.writeheader()
    for q in report.questions:
        writer.writerow({
            "kind": "question", "pack": q.pack, "question": q.question, "skill": q.skill, "type": q.type,
            "answers": q.answers, "facility": _decimal(q.facility), "discrimination": _decimal(q.discrimination),
        })
    for s in report.skills:
        writer.writerow({"kind": "skill", "skill": s.skill, "answers": s.answers, "average": _decimal(s.average)})
    return out.getvalue()


def _decimal(value: float | None) -> str:
    """A percent with one decimal; empty where it is undefined (a discrimination index from
    fewer than two answers, or from answers that all scored the same)."""
    return "" if value is None else f"{value:.1f}"
