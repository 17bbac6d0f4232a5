"""Article files (.txt, .md, .html) -> the text a quiz points into.

Plain text is kept exactly (only CRLF becomes LF), since every span is an offset into it.
Markdown (markdown_text.py) and HTML (html_text.py) become the plain text a student reads:
one paragraph per block, paragraphs separated by a blank line. Each is imported only for
its own kind of file. Nothing is ever fetched from the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from quiz.core.article import normalise_newlines
from quiz.core.errors import ArticleError, QuizError

# A long feature runs to 60 KB; half a megabyte is a book chapter, and still a few seconds' work.
MAX_ARTICLE_BYTES = 512 * 1024
# A first line longer than this is a paragraph, not a headline.
MAX_TITLE_CHARS = 150


@dataclass(frozen=True)
class ArticleSource:
    text: str
    title: str = ""


def read_article_file(path: str | Path) -> ArticleSource:
    path = Path(path)
    raw = _read_bytes(path)
    suffix = path.suffix.lower()
    if suffix in {".html", ".htm"}:
        from quiz.core.html_text import decode_html, html_to_article

        text = decode_html(path, raw)
        _require_text(path, text)
        source = html_to_article(text)
        if not source.text:
            raise ArticleError(path, "no article text found in this page")
        return source
    text = normalise_newlines(_decode_utf8(path, raw))
    _require_text(path, text)
    if suffix in {".md", ".markdown"}:
        from quiz.core.markdown_text import markdown_to_article

        source = markdown_to_article(text)
        if not source.text:
            raise ArticleError(path, "no article text found in this file")
        return source
    return ArticleSource(text=text, title=headline(text))


def _read_bytes(path: Path) -> bytes:
    try:
        return read_bytes_within(path, MAX_ARTICLE_BYTES, "article")
    except FileProblem as problem:
        raise ArticleError(path, problem.message) from problem
    except FileNotFoundError as exc:
        raise ArticleError(path, "no such article file") from exc
    except OSError as exc:
        raise ArticleError(path, f"cannot read the article: {exc.strerror}") from exc


def _decode_utf8(path: Path, raw: bytes) -> str:
    try:
        return decode_utf8(raw, "article")
    except FileProblem as problem:
        raise ArticleError(path, f"line {problem.line}: {problem.message}") from problem


def _require_text(path: Path, text: str) -> None:
    if not text.strip():
        raise ArticleError(path, "the article is empty")


# --- Any text file a user brings: articles, packs, Moodle files --------------------------


class FileProblem(Exception):
    """Why a file's text cannot be read: a message, and its 1-based line where one is known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message, self.line = message, line


def read_bytes_within(path: Path, limit: int, what: str) -> bytes:
    """The bytes of `path`, refused unread (FileProblem) when over `limit`. OSError passes
    through, for the caller to word."""
    size = path.stat().st_size
    if size > limit:
        raise FileProblem(f"the {what} is {size:,} bytes; the limit is {limit:,}")
    return path.read_bytes()


def read_text_within(path: Path, limit: int, what: str) -> str:
    """The UTF-8 text of a file a user brings, refused unread when over `limit` bytes; a
    QuizError that says what is wrong and where (the line of a bad byte) otherwise."""
    try:
        return decode_utf8(read_bytes_within(path, limit, what), what)
    except FileProblem as problem:
        where = path if problem.line is None else f"{path}:{problem.line}"
        raise QuizError(f"{where}: {problem.message}") from problem
    except OSError as exc:
        raise QuizError(f"{path}: cannot read this {what} ({exc.strerror})") from exc


def decode_utf8(raw: bytes, what: str) -> str:
    """UTF-8 text, a leading BOM dropped; FileProblem with the line of the first bad byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileProblem(f"the {what} is not UTF-8 text (byte {exc.start})", error_line(raw, exc)) from exc


def error_line(raw: bytes, exc: UnicodeDecodeError) -> int:
    return raw[: exc.start].count(b"\n") + 1


# --- Plain text ----------------------------------------------------------------------

_FIRST_LINE = re.compile(r"\s*([^\n]+)\n[ \t]*\n")


def headline(text: str) -> str:
    """The first line, if it is short, has no final full stop and a blank line follows."""
    match = _FIRST_LINE.match(text)
    if not match or not text[match.end() :].strip():
        return ""
    line = match.group(1).strip()
    return line if len(line) <= MAX_TITLE_CHARS and not line.endswith(".") else ""
