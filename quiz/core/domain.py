"""The nouns of the app, shared by the core, the CLI and the UI: frozen dataclasses, and
named tuples for the small records (spans, sentences, scores, summaries). A class statement
of a named tuple runs in a fifth of a dataclass's time, and these are read before the first
question is painted or built by the thousand."""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from collections.abc import Collection
from typing import Any, NamedTuple

SKILLS = (
    "numbers",
    "sourcing",
    "attribution",
    "uncertainty",
    "fact-vs-opinion",
    "loaded-language",
    "context",
)
# The skills as people read them, on every page students and teachers see.
SKILL_NAMES = {
    "numbers": "Numbers",
    "sourcing": "Sourcing",
    "attribution": "Attribution",
    "uncertainty": "Uncertainty",
    "fact-vs-opinion": "Fact or opinion",
    "loaded-language": "Loaded language",
    "context": "Context",
}
QUESTION_TYPES = ("choice", "multi", "truefalse", "number", "text", "evidence")
MODES = ("practice", "test")
# The formats a pack can be written in, and the formats of questions from an LMS it can be read from.
EXPORT_FORMATS = ("yaml", "gift", "moodle-xml", "qti")
IMPORT_FORMATS = ("gift", "moodle-xml", "qti", "aiken")
# At most this many questions in a generated pack: enough for every skill, few enough that
# each is worth asking.
DEFAULT_MAX_QUESTIONS = 15
# A pack's id: lower-case letters, digits and hyphens. Commands that take an id also take a
# pack file, whose path is never one (it has a "." or a "/").
PACK_ID_PATTERN = r"[a-z0-9][a-z0-9-]*"


def skill_name(skill: str) -> str:
    """A skill's readable name: "fact-vs-opinion" -> "Fact or opinion"."""
    return SKILL_NAMES.get(skill) or skill.replace("-", " ").capitalize()


def resume_position(order: list[int], answered: Collection[int], last: int | None = None) -> int:
    """Where an attempt stopped: the first question not answered after the one answered
    `last` (a skipped question comes round again after the end), or len(order) when every
    question is answered."""
    start = order.index(last) + 1 if last in order else 0
    for index in (*range(start, len(order)), *range(start)):
        if order[index] not in answered:
            return index
    return len(order)


def sha256_of(text: str) -> str:
    import hashlib  # OpenSSL's start-up is paid only by the commands that hash

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Span(NamedTuple):
    """Character offsets `[start, end)` into an article's text."""

    start: int
    end: int


class Sentence(NamedTuple):
    """One sentence: its offsets in the article text, its paragraph's index and its text."""

    start: int
    end: int
    paragraph: int
    text: str


@dataclass(frozen=True)
class Article:
    """An article's text, kept exactly as given (only CRLF becomes LF), and its structure."""

    text: str
    title: str = ""
    source: str = ""
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Sentence, ...] = ()

    @property
    def sha256(self) -> str:
        return sha256_of(self.text)

    def sentence_at(self, offset: int) -> Sentence | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def sentences_over(self, start: int, end: int) -> list[Sentence]:
        """The sentences that share at least one character with `[start, end)`."""
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        last = bisect.bisect_left(self._starts, end)
        return [s for s in self.sentences[first:last] if s.start < end and start < s.end]

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]


@dataclass(frozen=True)
class Fact:
    """Something the article states, found at an exact span, with typed fields in `data`."""

    kind: str
    start: int
    end: int
    text: str
    data: dict[str, Any] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Question:
    """One question of a pack; `answer`'s form depends on `type` (docs/pack-format.md)."""

    id: str
    type: str
    skill: str
    prompt: str
    answer: Any
    evidence: str
    explanation: str = ""
    choices: tuple[str, ...] = ()
    feedback: dict[str, str] = field(default_factory=dict, hash=False)
    tolerance: float = 0.0
    accept: tuple[str, ...] = ()
    # Offsets of `evidence` in the article text; filled in when the pack is loaded.
    evidence_start: int | None = None
    evidence_end: int | None = None
    # Which generator template wrote the question, if any.
    template: str | None = None
    # The question's row id once stored in the database.
    key: int | None = None


@dataclass(frozen=True)
class PackArticle:
    text: str
    title: str = ""
    source: str = ""
    file: str | None = None

    @property
    def sha256(self) -> str:
        return sha256_of(self.text)


@dataclass(frozen=True)
class Pack:
    """A question pack: an article and the questions about it."""

    id: str
    title: str
    article: PackArticle
    questions: tuple[Question, ...]
    language: str = "en"
    authors: tuple[str, ...] = ()
    schema_version: int = 1
    # Whether an attempt may show questions and choices in a shuffled order.
    shuffle: bool = True
    # A note for teachers: what the pack is for, or what the generator made of the article.
    description: str = ""


class PackSummary(NamedTuple):
    """What the start page shows of a stored pack."""

    id: str
    title: str
    article_title: str
    question_count: int
    skills: tuple[str, ...]


class Score(NamedTuple):
    """How a response scored: right or not, and its share of the point (0 to 1)."""

    correct: bool
    score: float


@dataclass(frozen=True)
class Attempt:
    """A student's go at a pack: its questions in the order drawn from `seed`, the keys
    of those already answered, and the key of the one answered last."""

    id: int
    student: str
    pack_id: str
    mode: str
    seed: int
    questions: tuple[Question, ...]
    answered: frozenset[int] = frozenset()
    last_answered: int | None = None

    @property
    def next_index(self) -> int:
        """Index of the question where the attempt stopped (len(questions) when all are answered)."""
        return resume_position([q.key for q in self.questions], self.answered, self.last_answered)


class Progress(NamedTuple):
    """Where an unfinished attempt stopped: at question `number` (from 1) of `total`."""

    number: int
    total: int
    mode: str


class AnswerResult(NamedTuple):
    """A submitted answer and how it scored."""

    question: Question
    response: Any
    correct: bool
    score: float


class AttemptSummary(NamedTuple):
    """An attempt's score and progress, as the results page and the history list show it."""

    attempt_id: int
    answered: int
    total: int
    score: float
    seconds: float = 0.0
    started_at: str = ""
    mode: str = "practice"
    finished: bool = False

    @property
    def percent(self) -> int:
        return round(100 * self.score / self.total) if self.total else 0


class ResultsMerge(NamedTuple):
    """What merging results files brought: attempts added, and attempts that were already
    here; review answers added, already here, and skipped for questions this database lacks."""

    added: int
    present: int
    reviews_added: int = 0
    reviews_present: int = 0
    reviews_skipped: int = 0


class Review(NamedTuple):
    """A student's review of the questions due today, mixed across packs: each question with
    its pack's id, and the packs' titles. Its answers are kept under `session`; `mode` and
    `next_index` let the quiz page serve it as it serves an attempt."""

    session: str
    student: str
    questions: tuple[Question, ...]
    packs: tuple[str, ...]  # the pack of each question
    titles: dict[str, str]  # pack id -> title
    started_at: str
    mode: str = "review"
    next_index: int = 0


class SkillProgress(NamedTuple):
    """A student's review queue at one skill: questions learnt in review, still in review,
    and, of those, due today."""

    skill: str
    learnt: int
    in_review: int
    due: int


class ReviewProgress(NamedTuple):
    """A student's review queue per skill (in the order of SKILLS), and how many days in a
    row they have reviewed on, up to today."""

    skills: tuple[SkillProgress, ...]
    streak: int

    @property
    def due(self) -> int:
        return sum(skill.due for skill in self.skills)


class SkillReview(NamedTuple):
    """For the teacher: how many questions the class missed at a skill (one per student and
    question), and how many of those have since been learnt in review."""

    skill: str
    missed: int
    learnt: int
