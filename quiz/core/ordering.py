"""The order an attempt shows its questions and choices in: shuffled by a seed kept with the
attempt, so that an attempt resumed after a crash comes back in the same order."""

from __future__ import annotations

import random
from dataclasses import replace

from quiz.core.domain import Question


def question_order(questions: list[Question], seed: int, shuffle: bool) -> list[Question]:
    ordered = list(questions)
    if shuffle:
        random.Random(seed).shuffle(ordered)
    return ordered


def with_choices_shuffled(question: Question, seed: int, shuffle: bool) -> Question:
    """The question with its choices in this attempt's order (each question its own order)."""
    if not shuffle or question.type not in ("choice", "multi"):
        return question
    choices = list(question.choices)
    random.Random(f"{seed}:{question.id}").shuffle(choices)
    return replace(question, choices=tuple(choices))
