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
from quiz.core.errors import ArticleError

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
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(path, f"the article is {size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,}")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ArticleError(path, "no such article file") from exc
    except OSError as exc:
        raise ArticleError(path, f"cannot read the article: {exc.strerror}") from exc


def _decode_utf8(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(path, f"line {error_line(raw, exc)}: the article is not UTF-8 text (byte {exc.start})") from exc


def _require_text(path: Path, text: str) -> None:
    if not text.strip():
        raise ArticleError(path, "the article is empty")


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
