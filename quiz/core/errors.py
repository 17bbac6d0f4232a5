"""Errors that carry where they happened, so every message can say what and where."""

from __future__ import annotations

from dataclasses import dataclass, field as dataclass_field
from pathlib import Path


# Control characters other than tab and newline, each written as its escape (ESC as \x1b),
# and the marks that reorder text shown right to left, which can make a line read as
# another (U+202E as \u202e).
_ESCAPES = {code: f"\\x{code:02x}" for code in (*range(0x09), *range(0x0b, 0x20), *range(0x7f, 0xa0))}
_ESCAPES |= {code: f"\\u{code:04x}" for code in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def printable(text: str) -> str:
    """`text` for a terminal: a hostile file's name or value quoted in a message shows its
    control characters as escapes, and cannot move the cursor, recolour or clear the screen."""
    return text.translate(_ESCAPES)


class QuizError(Exception):
    """Base class of every error the app reports to a person."""


@dataclass
class Problem:
    """One thing wrong in a file: where it is and what to do about it."""

    path: str
    line: int | None
    field: str | None
    message: str
    # The field as a path into the pack's data, ("questions", 5, "answer"), for a reader
    # that names it in its own words (the pack editor says "question 6, Answer").
    where: tuple = dataclass_field(default=(), compare=False)

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        what = f"{self.field}: {self.message}" if self.field else self.message
        return f"{where}: {what}"


class PackError(QuizError):
    """A pack that cannot be loaded; `problems` lists every fault found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class ArticleError(QuizError):
    """An article file that cannot be read."""

    def __init__(self, path: str | Path, message: str):
        self.path = str(path)
        super().__init__(f"{path}: {message}")


class ArticleNeeded(QuizError):
    """Questions to import whose article neither travelled with them nor was given."""

    def __init__(self, path: str | Path, kind: str):
        self.path = str(path)
        super().__init__(f"{path}: the article these {kind} questions are about is not in the file")


class NotFound(QuizError):
    """A pack, attempt or question that is not in the database."""


class DatabaseError(QuizError):
    """A database file that cannot be used, with its path."""

    def __init__(self, path: str | Path, message: str):
        self.path = str(path)
        super().__init__(f"{path}: {message}")
