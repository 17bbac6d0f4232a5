"""Errors that carry where they happened, so every message can say what and where."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class QuizError(Exception):
    """Base class of every error the app reports to a person."""


@dataclass
class Problem:
    """One thing wrong in a file: where it is and what to do about it."""

    path: str
    line: int | None
    field: str | None
    message: str

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


class NotFound(QuizError):
    """A pack, attempt or question that is not in the database."""


class DatabaseError(QuizError):
    """A database file that cannot be used, with its path."""

    def __init__(self, path: str | Path, message: str):
        self.path = str(path)
        super().__init__(f"{path}: {message}")
