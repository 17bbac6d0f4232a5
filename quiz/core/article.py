"""Article text -> paragraphs and sentences, with exact character offsets.

The text is kept exactly as given, except that CRLF becomes LF, so every span the
app stores is a pair of offsets into the text a student reads.
"""

from __future__ import annotations

import re

from quiz.core.domain import Article, Sentence, Span

# Words that end in a full stop without ending a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr drs prof sr jr st mt ft sen rep gov gen lt col capt cmdr sgt adm maj pres supt
    rev hon atty no nos vs etc inc corp co ltd bros dept univ est approx fig vol pp ave blvd rd
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    a.m p.m e.g i.e u.s u.k u.n e.u d.c ph.d
    """.split()
)
# Abbreviations that can also end a sentence ("... Acme Inc. Its shares rose").
SENTENCE_ENDERS = frozenset("inc corp co ltd jr sr etc no bros".split())
# After an abbreviation such as "U.S." these words start a new sentence.
SENTENCE_STARTERS = frozenset(
    "The A An It He She They We I This That These Those But And In On At For So Yet "
    "However Still Meanwhile Officials There Its His Her Their".split()
)

_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
# A full stop, question or exclamation mark, any closing quotes or brackets, then space.
_BOUNDARY = re.compile(rf"[.!?…]+[{re.escape(_CLOSERS)}]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def normalise_newlines(text: str) -> str:
    """CRLF becomes LF, and nothing else changes. Repeated until none is left, so that
    normalising twice gives the same text ("\r\r\n" would otherwise leave a new CRLF)."""
    while "\r\n" in text:
        text = text.replace("\r\n", "\n")
    return text


def parse_article(text: str, title: str = "", source: str = "") -> Article:
    """Split `text` into paragraphs (one per non-blank line) and sentences."""
    text = normalise_newlines(text)
    paragraphs = tuple(split_paragraphs(text))
    sentences: list[Sentence] = []
    for index, para in enumerate(paragraphs):
        for start, end in split_sentences(text, para.start, para.end):
            sentences.append(Sentence(start, end, index, text[start:end]))
    return Article(
        text=text,
        title=title or guess_title(text, paragraphs),
        source=source,
        paragraphs=paragraphs,
        sentences=tuple(sentences),
    )


def split_paragraphs(text: str) -> list[Span]:
    """Each run of non-blank text between newlines is a paragraph, spaces trimmed."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = _trim(text, match.start(), match.end())
        if start < end:
            spans.append(Span(start, end))
    return spans


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within `text[start:end]`, robust to abbreviations and quotes."""
    spans = []
    sentence_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        if _is_boundary(text, match, end):
            spans.append(_trim(text, sentence_start, match.end()))
            sentence_start = match.end()
    spans.append(_trim(text, sentence_start, end))
    return [(s, e) for s, e in spans if s < e]


def _is_boundary(text: str, match: re.Match[str], limit: int) -> bool:
    rest = text[match.end() : limit].lstrip()
    if not rest:
        return False
    first = rest[0]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    punct = match.group()
    if not punct.startswith(".") or len(punct.rstrip(_CLOSERS)) > 1:
        return True
    word = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start() + 1)
    if word is None:
        return True
    token = word.group(1)
    lower = token.lower()
    if len(token) == 1 and token.isupper():
        return False  # an initial, as in "John F. Kennedy"
    if lower in ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", lower):
        # "U.S." or "Inc." may still end a sentence when an ordinary sentence opener follows.
        next_word = re.match(r"[A-Za-z]+", rest)
        can_end = "." in token or lower in SENTENCE_ENDERS
        return bool(can_end and next_word and next_word.group() in SENTENCE_STARTERS)
    return True


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def guess_title(text: str, paragraphs: tuple[Span, ...]) -> str:
    """A short first paragraph reads as a headline; otherwise the first words of the text."""
    if not paragraphs:
        return "Untitled article"
    first = text[paragraphs[0].start : paragraphs[0].end]
    if len(paragraphs) > 1 and len(first) <= 120 and not first.endswith("."):
        return first
    words = first.split()
    return " ".join(words[:10]) + ("…" if len(words) > 10 else "")
