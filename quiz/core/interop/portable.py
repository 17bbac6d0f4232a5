"""What every export to an LMS shares, whatever its format.

- The article travels with the questions: as HTML, its title as a heading and each line of
  its text as a paragraph, every character escaped (article_html). article_from_html reads
  it back, to the same text (but for spaces at the ends of a line, and tabs, which HTML
  shows as spaces), when a file is imported without an article of its own.
- Evidence questions, which no LMS has, go as multiple choice over the article's sentences:
  the sentence that holds the evidence is the right choice, the sentences nearest it are
  the others, and the passage stays in the feedback (as_sentence_choice).
- An export says in one line what it wrote and what changed type (Export.summary).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import replace
from html.parser import HTMLParser
from typing import Any, NamedTuple

from quiz.core.article import parse_article
from quiz.core.domain import Article, Pack, PackArticle, Question
from quiz.core.inputs import ArticleSource

# The name of the description question, or item, that carries the article.
ARTICLE_NAME = "Article"
# How many other sentences an evidence question offers beside the right one.
SENTENCE_DISTRACTORS = 3

# Characters XML 1.0 cannot carry at all, not even as references.
_XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    return _XML_INVALID.sub("", text)


def escape_html(text: str) -> str:
    """Plain text as HTML (and XML) text that shows the same characters."""
    return html.escape(xml_safe(text), quote=False)


class Export(NamedTuple):
    """A pack written in another format: the file's content, one warning line per question
    left out, how many questions were written, and how many of those changed type."""

    content: str | bytes
    warnings: list[str]
    written: int
    changed: int = 0

    def summary(self) -> str:
        line = f"{self.written} question{'' if self.written == 1 else 's'}"
        if self.changed:
            line += (f", {self.changed} of them evidence question{'' if self.changed == 1 else 's'} "
                     "now multiple choice over the article's sentences")
        if self.warnings:
            line += f"; {len(self.warnings)} left out"
        return line


def export_warning(question: Question, reason: str) -> str:
    return f"{question.id}: not exported: {reason}"


def exported(pack: Pack, write: Callable[[Question], Any],
             problem: Callable[[Question], str | None] = lambda q: None) -> tuple[list[Any], list[str], int]:
    """Each question the format can take, written, an evidence question as a choice over
    the article's sentences; one warning line for each other one; how many changed type."""
    written: list[Any] = []
    warnings: list[str] = []
    changed = 0
    article = parse_article(pack.article.text) if any(q.type == "evidence" for q in pack.questions) else None
    for question in pack.questions:
        was_evidence = question.type == "evidence"
        if was_evidence:
            choice = as_sentence_choice(question, article)
            if isinstance(choice, str):
                warnings.append(export_warning(question, choice))
                continue
            question = choice
        reason = problem(question)
        if reason:
            warnings.append(export_warning(question, reason))
            continue
        written.append(write(question))
        changed += was_evidence
    return written, warnings, changed


def as_sentence_choice(question: Question, article: Article) -> Question | str:
    """An evidence question as a choice question over the article's sentences, or why not.

    The right choice is the sentence holding the evidence (the sentences, as written, when it
    spans several); the others are the nearest sentences before and after it, in turn, up to
    SENTENCE_DISTRACTORS; the choices keep the article's order."""
    span = _evidence_span(question, article)
    if span is None:
        return "its evidence is not found in the article"
    covering = article.sentences_over(*span)
    right = article.text[covering[0].start : covering[-1].end]
    first = article.sentences.index(covering[0])
    last = first + len(covering) - 1
    nearest = sorted(
        (i for i in range(len(article.sentences)) if not first <= i <= last),
        key=lambda i: (first - i if i < first else i - last, i > last),
    )
    picked: dict[str, int] = {}
    for index in nearest:
        text = article.sentences[index].text
        if text != right and text not in picked:
            picked[text] = index
        if len(picked) == SENTENCE_DISTRACTORS:
            break
    if not picked:
        return "an evidence question, and the article has no other sentence to offer as a choice"
    picked[right] = first
    choices = tuple(sorted(picked, key=picked.__getitem__))
    return replace(question, type="choice", choices=choices, answer=right, feedback={}, tolerance=0.0, accept=())


def _evidence_span(question: Question, article: Article) -> tuple[int, int] | None:
    if question.evidence_start is not None and question.evidence_end is not None:
        return question.evidence_start, question.evidence_end
    if not question.evidence:
        return None
    from quiz.core.packs import find_evidence

    return find_evidence(article.text, question.evidence)


# ---------------------------------------------------------------- the article as HTML


def article_html(article: PackArticle, heading: str = "h2") -> str:
    """The article as an HTML fragment: its title as a heading, then one paragraph per line
    of its text (an empty one for an empty line), so that article_from_html gives back the
    same text. Valid XHTML too, for formats that are XML."""
    title = f"<{heading}>{escape_html(article.title)}</{heading}>" if article.title else ""
    return title + "".join(f"<p>{escape_html(line)}</p>" for line in article.text.split("\n"))


def article_page(article: PackArticle) -> str:
    """The article as a page of its own, for a package that shares it among its questions."""
    title = escape_html(article.title or ARTICLE_NAME)
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>\n'
            f"<body><article>{article_html(article, 'h1')}</article></body></html>\n")


def article_from_html(fragment: str) -> ArticleSource | None:
    """The article in an HTML fragment or page: the first h1 or h2 before any text as its
    title, then a line per paragraph, line break or other block; None if it holds no text."""
    reader = _ArticleReader()
    try:
        reader.feed(fragment)
        reader.close()
    except AssertionError:  # Python's parser asserts on some malformed declarations
        return None
    reader.end_line(force=False)
    text = "\n".join(reader.lines)
    return ArticleSource(text=text, title=reader.title or "") if text.strip() else None


def is_article_name(name: str) -> bool:
    return name.strip().casefold() == ARTICLE_NAME.casefold()


_BLOCKS = {"address", "article", "blockquote", "body", "dd", "div", "dl", "dt", "figcaption", "h1", "h2", "h3",
           "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"}
_HIDDEN = {"head", "script", "style", "template", "title"}
_HTML_SPACE = " \t\n\r\f"
_SOURCE_BREAK = re.compile(r" *[\t\n\r\f][ \t\n\r\f]*")


class _ArticleReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: str | None = None
        self.heading: list[str] | None = None  # the title's text while it is read
        self.lines: list[str] = []
        self.line: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in ("h1", "h2") and self.title is None and not self.lines and not "".join(self.line).strip():
            self.heading = []
        elif tag == "br":
            self.end_line(force=True)
        elif tag in _BLOCKS:
            self.end_line(force=False)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif self.heading is not None and tag in ("h1", "h2"):
            self.title = _SOURCE_BREAK.sub(" ", "".join(self.heading)).strip(_HTML_SPACE)
            self.heading = None
        elif tag == "p":
            self.end_line(force=True)  # <p></p> is an empty line of the article
        elif tag in _BLOCKS:
            self.end_line(force=False)

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            (self.heading if self.heading is not None else self.line).append(data)

    def end_line(self, force: bool) -> None:
        # A line break in the source is a space, as HTML shows it; spaces within the line, and
        # no-break spaces, are kept as written: they are the article's own characters.
        text = _SOURCE_BREAK.sub(" ", "".join(self.line)).strip(_HTML_SPACE)
        self.line.clear()
        if text or force:
            self.lines.append(text)
