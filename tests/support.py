"""Paths and small builders shared by the tests (tests/ is on sys.path via its conftest)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from quiz.core.domain import Attempt, Pack, PackArticle, Question

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "seeds" / "000_94daa0f9409ebe00.txt"
SEED_DRAFT = ROOT / "tests" / "data" / "seed-draft.yaml"  # a draft of the seed article for the editor's tests
SLEEP_ARTICLE = ROOT / "tests" / "data" / "articles" / "02-voa-veteran-sleep-app.txt"


MONDAY = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)  # noon: the same day in every time zone within 12 hours


class Clock:
    """A service's clock, moved by the test: answers are stamped, and "today" is, by it."""

    def __init__(self, service, moment: datetime = MONDAY):
        self.moment = moment
        service.store.clock = lambda: self.moment

    def set_day(self, day: int) -> None:
        """`day` days after MONDAY, at noon."""
        self.moment = MONDAY + timedelta(days=day)


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


def sleep_app_pack() -> Pack:
    """A small pack on another article than the shipped packs' own: a choice and a number."""
    text = SLEEP_ARTICLE.read_text(encoding="utf-8")

    def question(qid: str, kind: str, prompt: str, answer, evidence: str, choices: tuple[str, ...] = ()) -> Question:
        start = text.index(evidence)
        return Question(
            id=qid, type=kind, skill="numbers", prompt=prompt, answer=answer, evidence=evidence, choices=choices,
            explanation="The article says so.", evidence_start=start, evidence_end=start + len(evidence),
        )

    return Pack(
        id="sleep-app", title="The sleep app", article=PackArticle(text, title=text.splitlines()[0]), shuffle=False,
        questions=(
            question("returned", "choice", "When did Patrick return from Iraq?", "2007",
                     "It was 2007, and Patrick had just returned from a year in Iraq", ("1997", "2007", "2017")),
            question("hours", "number", "How many hours did the students have to write the program?", 36,
                     "The students had 36 hours to come up with a program."),
        ),
    )


# ---------------------------------------------------------------- hostile zip packages

def deflated_zeros(mebibytes: int) -> bytes:
    """A raw deflate stream that unpacks to `mebibytes` MiB of zero bytes, in about a
    thousandth of that: one flushed MiB, repeated (a flush point refers to nothing before it)."""
    import zlib

    segment = zlib.compressobj(9, zlib.DEFLATED, -15)
    one = segment.compress(bytes(1 << 20)) + segment.flush(zlib.Z_FULL_FLUSH)
    return one * mebibytes + zlib.compressobj(9, zlib.DEFLATED, -15).flush()


def zip_of(entries: list[tuple[str, bytes, int, int]], flags: int = 0) -> bytes:
    """A zip file written by hand, so that its headers can say what they like: each entry is
    (name, deflated data, the unpacked size its headers declare, the CRC they declare)."""
    import struct

    body, directory = b"", b""
    for name, data, size, crc in entries:
        encoded = name.encode("utf-8")
        directory += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, flags, 8, 0, 0x21, crc, len(data), size,
                                 len(encoded), 0, 0, 0, 0, 0, len(body)) + encoded
        body += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, flags, 8, 0, 0x21, crc, len(data), size, len(encoded), 0)
        body += encoded + data
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory), len(body), 0)
    return body + directory + end


def stored_zip(files: dict[str, bytes]) -> bytes:
    """An ordinary zip of `files`, as zipfile writes it."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in files.items():
            package.writestr(name, data)
    return buffer.getvalue()


def peak_memory(action) -> tuple[object, int]:
    """What `action()` returned or raised, and the most memory Python allocated while it ran, in bytes."""
    import tracemalloc

    tracemalloc.start()
    try:
        try:
            outcome = action()
        except Exception as exc:  # the refusal is the outcome a test looks at
            outcome = exc
        return outcome, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
