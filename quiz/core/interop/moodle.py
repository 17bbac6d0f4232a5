"""What GIFT and Moodle XML share: Moodle's question types and grade steps, how a weighted
list of answers becomes one of our questions, and how evidence travels in the general
feedback."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from html.parser import HTMLParser
from typing import Any

from quiz.core.article import normalise_newlines, parse_article
from quiz.core.domain import Question

DEFAULT_SKILL = "context"
PASSAGE_PREFIX = "In the article: “"
PASSAGE_SUFFIX = "”"

# Moodle's grade steps (question_bank::fraction_options), written as Moodle writes
# `fraction * 100`. An imported grade that is not one of these (or its negative) is an error.
MOODLE_PERCENTS = (
    "100", "90", "83.33333", "80", "75", "70", "66.66667", "60", "50", "40",
    "33.33333", "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5",
)
MOODLE_TYPES = {
    "choice": "multichoice",
    "multi": "multichoice",
    "truefalse": "truefalse",
    "number": "numerical",
    "text": "shortanswer",
}
# Moodle's default penalties: 1/3 of the mark per wrong try, all of it for true/false.
MOODLE_PENALTIES = {"truefalse": "1"}
DEFAULT_PENALTY = "0.3333333"


# ================================================================ export


def general_feedback(question: Question) -> str:
    """The explanation, then the quoted passage, as plain text."""
    parts = [question.explanation] if question.explanation else []
    if question.evidence:
        parts.append(f"{PASSAGE_PREFIX}{question.evidence}{PASSAGE_SUFFIX}")
    return "\n\n".join(parts)


def grade_step(percent: float) -> str | None:
    """The Moodle grade step equal to `percent` (within Moodle's own tolerance), if any."""
    for step in MOODLE_PERCENTS:
        if abs(float(step) - percent) < 0.001:
            return step
    return None


def multi_weights(question: Question) -> dict[str, str] | None:
    """Each choice's grade: the right ones share 100%, the wrong ones take it back.

    Picking every choice scores 0, as Moodle expects. When 100/m is not a grade step the
    wrong choices take the next larger step; Moodle stops the total at 0 anyway.
    """
    right = [c for c in question.choices if c in question.answer]
    wrong = [c for c in question.choices if c not in question.answer]
    share = grade_step(100 / len(right)) if right else None
    if share is None:
        return None
    weights = {c: share for c in right}
    if wrong:
        penalty = min((s for s in MOODLE_PERCENTS if float(s) >= 100 / len(wrong) - 0.001), key=float)
        weights.update({c: "-" + penalty for c in wrong})
    return weights


def export_problem(question: Question) -> str | None:
    """Why `question` cannot go to Moodle at all, or None (evidence questions arrive here as
    multiple choice: portable.exported)."""
    if question.type not in MOODLE_TYPES:
        return f'"{question.type}" is not a question type Moodle can take'
    if question.type == "multi" and multi_weights(question) is None:
        count = len([c for c in question.choices if c in question.answer])
        if not count:
            return "a multi question with no right choice"
        return f"its {count} right choices cannot share 100% in Moodle's grade steps (1 to 10, or 20, can)"
    if question.type == "number" and not _is_finite_number(question.answer, question.tolerance):
        return "its answer or tolerance is not a finite number"
    return None


def _is_finite_number(*values: Any) -> bool:
    return all(
        isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in values
    )


def format_number(value: float) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def truefalse_feedback(question: Question, value: bool) -> str:
    """Feedback for the response `value`; packs key it "true"/"false", the UI str(bool)."""
    return question.feedback.get(str(value).lower()) or question.feedback.get(str(value)) or ""


# ================================================================ import


class Skip(Exception):
    """A question the app cannot take; the text says what kind and why."""


class QuestionReader:
    """Gathers imported questions: ids made unique, the file and line each starts on, and
    one line per question skipped, citing the file (`path`, or the one given with the
    question) and line when known.

    `sentences` are the article's, for finding the sentence that holds an answer."""

    def __init__(self, article_text: str, path: str | None = None) -> None:
        self.article = normalise_newlines(article_text)
        self.sentences = [s.text for s in parse_article(self.article).sentences] if self.article.strip() else []
        self.path = path
        self.questions: list[Question] = []
        self.lines: list[int | None] = []  # the line each of the questions starts on
        self.paths: list[str | None] = []  # and the file it is in
        self.messages: list[str] = []
        self.taken: set[str] = set()
        self.ordinal = 0

    def add(self, title: str | None, label: str, read: Callable[[], Question], line: int | None = None,
            path: str | None = None) -> None:
        """Read one question, which starts on `line` of `path` (default: the reader's file);
        `read` raises Skip for one the app cannot take."""
        self.ordinal += 1
        path = path or self.path
        try:
            question = read()
        except Skip as skip:
            where = "" if path is None else f"{path}:{line}: " if line else f"{path}: "
            self.messages.append(f'{where}Skipped question {self.ordinal} "{label or "(no text)"}": {skip}.')
            return
        qid = _unique(_slugify(title or "") or f"q{self.ordinal}", self.taken)
        self.questions.append(replace(question, id=qid))
        self.lines.append(line)
        self.paths.append(path)

    def question(self, prompt: str, skill: str, general: str, fields: dict[str, Any]) -> Question:
        """A question from its plain-text prompt, general feedback and answer fields."""
        if not prompt:
            raise Skip("malformed: no question text")
        evidence, explanation = _evidence_and_explanation(general, fields, self.article, self.sentences)
        return Question(id="", skill=skill, prompt=prompt, evidence=evidence, explanation=explanation, **fields)


def first_words(text: str, limit: int = 50) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = (text[: limit + 1].rsplit(" ", 1)[0] if " " in text[: limit + 1] else text[:limit]) + "…"
    return text


def _slugify(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower().replace("'", "")).strip("-")


def _unique(base: str, taken: set[str]) -> str:
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    return candidate


def is_full(weight: float) -> bool:
    return abs(weight - 100) < 0.01


def multichoice_fields(answers: list[tuple[str, float, str]], single: bool) -> dict[str, Any]:
    """(text, percent, feedback) answers of a multiple-choice question as our choice or multi
    question, as Moodle grades them: one fully right answer, or right ones adding up to 100%."""
    choices = tuple(a for a, _, _ in answers)
    if len(choices) < 2:
        raise Skip("malformed: a multiple-choice question needs at least two choices")
    if not all(choices):
        raise Skip("malformed: a choice is empty")
    if len(set(choices)) != len(choices):
        raise Skip("malformed: two choices are the same")
    feedback = {a: f for a, _, f in answers if f}
    full = [a for a, w, _ in answers if is_full(w)]
    positive = [(a, w) for a, w, _ in answers if w > 0]
    negative = any(w < 0 for _, w, _ in answers)
    if single or (len(full) == 1 and len(positive) == 1 and not negative):
        if len(full) != 1:
            raise Skip(f"malformed: {len(full)} choices are fully right; a one-answer question needs exactly one")
        return {"type": "choice", "choices": choices, "answer": full[0], "feedback": feedback}
    total = sum(w for _, w in positive)
    if not positive or abs(total - 100) > 0.01:
        raise Skip(f"malformed: the right choices' weights add up to {total:g}%, not 100%")
    return {"type": "multi", "choices": choices, "answer": [a for a, _ in positive], "feedback": feedback}


def truefalse_fields(value: bool, wrong_feedback: str) -> dict[str, Any]:
    feedback = {str(not value).lower(): wrong_feedback} if wrong_feedback else {}
    return {"type": "truefalse", "answer": value, "feedback": feedback}


def short_answer_fields(answers: list[tuple[str, float, str]]) -> dict[str, Any]:
    """(text, percent, feedback) answers: the fully right ones are the answer and what else is
    accepted; partly right or wrong ones keep their feedback, which the app shows for that response."""
    answers = [a for a in answers if a[0]]
    right = list(dict.fromkeys(a for a, w, _ in answers if is_full(w)))
    if not right:
        raise Skip("malformed: no answer is fully right")
    feedback = {a: f for a, w, f in answers if f and not is_full(w)}
    return {"type": "text", "answer": right[0], "accept": tuple(right[1:]), "feedback": feedback}


def number_fields(value: float, tolerance: float, written: str) -> dict[str, Any]:
    if not (math.isfinite(value) and math.isfinite(tolerance)):
        raise Skip(f'malformed: "{written}" is not a finite number')
    tidy = int(value) if value.is_integer() and abs(value) < 2**53 else value
    return {"type": "number", "answer": tidy, "tolerance": abs(tolerance)}


# ---------------------------------------------------------------- evidence


def _evidence_and_explanation(
    general: str, fields: dict[str, Any], article: str, sentences: list[str]
) -> tuple[str, str]:
    quoted = _quoted_passage(general, article)
    if quoted is not None:
        passage, start, end = quoted
        explanation = re.sub(r"\n{3,}", "\n\n", general[:start] + general[end:]).strip()
        return passage, explanation
    return _sentence_with_answer(sentences, _answer_needles(fields)), general.strip()


def _quoted_passage(general: str, article: str) -> tuple[str, int, int] | None:
    """The `In the article: “...”` passage found verbatim in the article, and where it sits.

    The passage may itself hold a closing quote, so every closing quote is tried, the last first.
    """
    start = general.find(PASSAGE_PREFIX)
    while start >= 0 and article:
        inner = start + len(PASSAGE_PREFIX)
        end = general.rfind(PASSAGE_SUFFIX, inner)
        while end > inner:
            if general[inner:end] in article:
                return general[inner:end], start, end + len(PASSAGE_SUFFIX)
            end = general.rfind(PASSAGE_SUFFIX, inner, end)
        start = general.find(PASSAGE_PREFIX, start + 1)
    return None


def _answer_needles(fields: dict[str, Any]) -> list[list[str]]:
    """What a sentence must contain to hold the answer: one of each group."""
    answer = fields["answer"]
    if fields["type"] == "choice":
        return [[answer]]
    if fields["type"] == "multi":
        return [[a] for a in answer]
    if fields["type"] == "text":
        return [[answer, *fields["accept"]]]
    if fields["type"] == "number":
        spellings = [format_number(answer)]
        if isinstance(answer, int):
            spellings.append(f"{answer:,}")
        return [spellings]
    return []  # true/false: the answer is not words of the article


def _sentence_with_answer(sentences: list[str], needles: list[list[str]]) -> str:
    if not needles or not all(any(group) for group in needles):
        return ""
    patterns = [
        [re.compile(r"(?<!\w)" + re.escape(n) + r"(?!\w)", re.IGNORECASE) for n in group if n]
        for group in needles
    ]
    found = [s for s in sentences if all(any(p.search(s) for p in group) for group in patterns)]
    return found[0] if len(found) == 1 else ""


class _TextOnly(HTMLParser):
    """The text of an HTML fragment: tags dropped, entities decoded, <br> and blocks as line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(re.sub(r"\s+", " ", data))

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("br", "p", "div", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "div", "li"):
            self.parts.append("\n")


def html_to_text(fragment: str) -> str:
    parser = _TextOnly()
    try:
        parser.feed(fragment)
        parser.close()
    except AssertionError:
        # Python's parser asserts on some malformed declarations ("<![p ..."): read such a
        # fragment as text with its tags taken out, rather than fail the whole file.
        import html

        parser.parts = [html.unescape(re.sub(r"<[^>]*>?", " ", fragment))]
    return tidy_lines("".join(parser.parts))


def tidy_lines(text: str) -> str:
    """Each line's spaces collapsed as HTML shows them, and the blank lines at either end dropped."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
