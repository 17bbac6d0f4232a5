"""Paths and small builders shared by the tests (tests/ is on sys.path via its conftest)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from quiz.core.domain import Attempt, Question

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "seeds" / "000_94daa0f9409ebe00.txt"


def run_quiz(*args, cwd=ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The `quiz` command in a process of its own, as a teacher runs it; `env` is its whole
    environment (default: this process's)."""
    return subprocess.run([sys.executable, "-m", "quiz", *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env)


def attempt_of(*questions: Question) -> Attempt:
    return Attempt(1, "Ada", "p", "practice", 0, questions)


def right_answer(question: Question):
    """A response that scores full marks, for any question type."""
    if question.type == "evidence":
        return [(question.evidence_start, question.evidence_end)]
    return question.answer


def wrong_answer(question: Question):
    """A response that scores nothing, for any question type."""
    if question.type in ("choice", "multi"):
        wrong = next(c for c in question.choices if c not in (question.answer if question.type == "multi" else [question.answer]))
        return [wrong] if question.type == "multi" else wrong
    if question.type == "truefalse":
        return not question.answer
    if question.type == "number":
        return question.answer + question.tolerance + 1000
    if question.type == "text":
        return "zzzz not it"
    return [(0, 1)]
