"""Paths and small builders shared by the tests (tests/ is on sys.path via its conftest)."""

from __future__ import annotations

from pathlib import Path

from quiz.core.domain import Attempt, Question

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "seeds" / "000_94daa0f9409ebe00.txt"


def attempt_of(*questions: Question) -> Attempt:
    return Attempt(1, "Ada", "p", "practice", 0, questions)
