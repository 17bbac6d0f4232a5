"""Paths and small builders shared by the tests (tests/ is on sys.path via its conftest)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from dataclasses import replace

from quiz.core.domain import Attempt, Pack, Question

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "seeds" / "000_94daa0f9409ebe00.txt"
SEED_DRAFT = ROOT / "tests" / "data" / "seed-draft.yaml"  # a draft of the seed article for the editor's tests


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


LONG_PROMPT_TAIL = (
    " Read the whole paragraph again before you answer: the article qualifies the claim in its next"
    " sentence, says who made it and on what authority, and leaves open what the request would mean"
    " for the troops already stationed along the southern border."
)
LONG_CHOICE_TAIL = ", as the article reports it in the paragraph after the spokeswoman's statement about the request"


def long_question_pack(service) -> Pack:
    """A pack on the shipped article with one question of every type, each with a long
    prompt, long choices and a long explanation: what must wrap on a small screen."""
    shipped = service.pack(service.packs()[0].id)
    chosen: dict[str, Question] = {}
    for question in shipped.questions:
        chosen.setdefault(question.type, question)
    questions = []
    for question in chosen.values():
        longer = {c: c + LONG_CHOICE_TAIL for c in question.choices}
        answer = question.answer
        if question.type == "choice":
            answer = longer[answer]
        elif question.type == "multi":
            answer = [longer[a] for a in answer]
        questions.append(replace(
            question, prompt=question.prompt + LONG_PROMPT_TAIL, choices=tuple(longer.values()), answer=answer,
            explanation=question.explanation + LONG_PROMPT_TAIL, feedback={}, key=None,
        ))
    return replace(shipped, id="long-questions", title="Long questions", questions=tuple(questions), shuffle=False)
