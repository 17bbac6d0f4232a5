"""Article files -> the text a quiz points into."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quiz.core.article import normalise_newlines
from quiz.core.errors import ArticleError

MAX_ARTICLE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class ArticleSource:
    text: str
    title: str = ""


def read_article_file(path: str | Path) -> ArticleSource:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(path, f"the article is {size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,}")
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ArticleError(path, "no such article file") from exc
    except OSError as exc:
        raise ArticleError(path, f"cannot read the article: {exc.strerror}") from exc
    try:
        text = normalise_newlines(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ArticleError(path, f"line {line}: the article is not UTF-8 text (byte {exc.start})") from exc
    if not text.strip():
        raise ArticleError(path, "the article is empty")
    return ArticleSource(text=text)
