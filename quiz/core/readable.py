"""Answers and times as a person reads them in a results file, not as the database keeps them."""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any

from quiz.core.domain import Article


def readable_response(question_type: str, response: Any, article: Article | None = None) -> str:
    """A response in words: text as typed, the choices picked, true or false, a number; an
    evidence answer as the numbers of its sentences (as the student's list numbers them)
    with their text, from `article`."""
    if response is None:
        return ""
    if isinstance(response, bool):
        return "true" if response else "false"
    if question_type == "evidence" and article is not None and isinstance(response, list):
        return " | ".join(_sentences(response, article))
    if isinstance(response, list):
        return "; ".join(str(item) for item in response)
    if isinstance(response, float):
        return f"{response:g}"
    return str(response)


def _sentences(spans: list, article: Article) -> list[str]:
    """'3. The sentence.' for each sentence the spans touch, in the article's order."""
    numbers = {sentence: number for number, sentence in enumerate(article.sentences, 1)}
    touched = {sentence for start, end in spans for sentence in article.sentences_over(start, end)}
    return [f"{numbers[s]}. {s.text}" for s in sorted(touched, key=lambda s: s.start)]


@functools.lru_cache(maxsize=4096)  # a class's answers share their seconds
def local_time(stamp: str) -> str:
    """A stored time (ISO 8601, in UTC) in this computer's local time with its offset,
    to the second: 2026-03-02T10:15:00+01:00. A time it cannot read is given as it is."""
    try:
        return datetime.fromisoformat(stamp).astimezone().isoformat(timespec="seconds")
    except (TypeError, ValueError):
        return stamp
