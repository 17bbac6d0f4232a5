"""Response -> score, for every question type. Pure functions, table-tested."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from quiz.core.domain import Question, Score


def score_response(question: Question, response: Any) -> Score:
    """A response of the wrong shape for its question (from a damaged results file, say)
    scores nothing rather than failing."""
    scorer = _SCORERS[question.type]
    try:
        score = max(0.0, min(1.0, scorer(question, response)))
    except (TypeError, ValueError):
        score = 0.0
    return Score(correct=score >= 0.999, score=round(score, 4))


def _choice(question: Question, response: Any) -> float:
    return 1.0 if response == question.answer else 0.0


def _multi(question: Question, response: Any) -> float:
    """Each right pick earns a share, each wrong pick costs one; never below zero."""
    keyed = set(question.answer)
    picked = set(response or ())
    if not keyed:
        return 1.0 if not picked else 0.0
    right = len(picked & keyed)
    wrong = len(picked - keyed)
    return (right - wrong) / len(keyed)


def _truefalse(question: Question, response: Any) -> float:
    return 1.0 if response is question.answer else 0.0


def _number(question: Question, response: Any) -> float:
    value = parse_number(response) if isinstance(response, str) else response
    if value is None or isinstance(value, bool):
        return 0.0
    return 1.0 if abs(float(value) - float(question.answer)) <= question.tolerance else 0.0


def parse_number(text: str) -> float | None:
    cleaned = text.strip().replace(",", "").replace("$", "").rstrip("%").strip()
    try:
        return float(cleaned)
    except ValueError:
        return None


def normalise_text(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text)).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def _text(question: Question, response: Any) -> float:
    given = normalise_text(response or "")
    if not given:
        return 0.0
    for accepted in (question.answer, *question.accept):
        target = normalise_text(accepted)
        if given == target:
            return 1.0
        # Forgive a small typo: one edit in short answers, roughly one in eight in longer ones.
        allowed = max(1, len(target) // 8)
        if _edit_distance_at_most(given, target, allowed):
            return 1.0
    return 0.0


def _edit_distance_at_most(a: str, b: str, limit: int) -> bool:
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def _evidence(question: Question, response: Any) -> float:
    """Overlap of the selected spans with the evidence span: intersection over union."""
    if question.evidence_start is None or question.evidence_end is None:
        return 0.0
    key = set(range(question.evidence_start, question.evidence_end))
    picked: set[int] = set()
    for start, end in response or ():
        picked.update(range(start, end))
    if not picked:
        return 0.0
    overlap = len(key & picked) / len(key | picked)
    return 1.0 if overlap >= 0.8 else overlap


_SCORERS = {
    "choice": _choice,
    "multi": _multi,
    "truefalse": _truefalse,
    "number": _number,
    "text": _text,
    "evidence": _evidence,
}

