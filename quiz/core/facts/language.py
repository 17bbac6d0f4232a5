"""Loaded language: charged words, whose words they are, and the article's own neutral wording."""

from __future__ import annotations

import re

from quiz.core.domain import Article, Fact
from quiz.core.facts.common import NAME, clean_name, make_fact, split_title

# Charged terms and the neutral wording a careful article uses for the same thing.
LOADED_TERMS = {
    "illegal aliens": ("undocumented immigrants", "migrants", "immigrants"),
    "aliens": ("undocumented immigrants", "migrants", "immigrants"),
    "invasion": ("illegal immigration", "migration", "arrivals"),
    "invaders": ("migrants", "immigrants"),
    "regime": ("government",),
    "thugs": ("protesters", "suspects"),
    "rioters": ("protesters",),
    "mob": ("crowd", "protesters"),
    "terrorists": ("militants", "fighters"),
    "radical": (),
    "extremist": (),
    "crackdown": ("enforcement",),
    "slaughter": ("killing",),
    "massacre": ("killings",),
    "handouts": ("benefits", "aid"),
    "death tax": ("estate tax",),
    "witch hunt": ("investigation",),
    "hoax": (),
    "propaganda": (),
    "job-killing": (),
    "pro-life": ("anti-abortion",),
    "flood": ("arrivals",),
    "swarm": (),
    "collapsing": ("falling",),
    "plummets": ("falls",),
    "scarred": (),
}
_TERM = re.compile(r"\b(?P<term>" + "|".join(sorted(map(re.escape, LOADED_TERMS), key=len, reverse=True)) + r")\b", re.IGNORECASE)
_SHORT_QUOTE = re.compile(r"“(?P<curly>[^“”]{2,40})”|\"(?P<straight>[^\"\n]{2,40})\"")
_CALLING = re.compile(r"\b(?:calling|called|calls|call|describing|described|describes|termed|dubbed|labelled|labeled|branded)\b[^“\"]{0,60}$")


def _owner(article: Article, sentence, before: str) -> str | None:
    """Whose word a scare-quoted term is: the person the sentence is about, when named."""
    for match in re.finditer(NAME, sentence.text[: len(before)] if before else sentence.text):
        name = clean_name(match.group())
        bare, title = split_title(name)
        if title or len(bare.split()) >= 2:
            return name
    return None


def extract_loaded(article: Article, quotes: list[Fact]) -> list[Fact]:
    text = article.text
    facts: list[Fact] = []
    outside = _outside_quotes_text(article)
    for sentence in article.sentences:
        for match in _SHORT_QUOTE.finditer(text, sentence.start, sentence.end):
            word = (match.group("curly") or match.group("straight")).strip()
            if len(word.split()) > 4:
                continue
            before = text[sentence.start : match.start()]
            calling = _CALLING.search(before)
            if not (calling or _TERM.fullmatch(word.lower())):
                continue
            owner = _owner(article, sentence, before) if calling else None
            if owner is None and not _TERM.fullmatch(word.lower()):
                continue  # a name for something ("night terrors"), not a charged word
            facts.append(make_fact("loaded", article, match.start(), match.end(), sentence,
                                   term=word, owner=owner, scare_quotes=True, neutral=_neutral_in(word, outside)))
    for quote in quotes:
        if not quote.data.get("direct") or not quote.data.get("speaker"):
            continue
        for match in _TERM.finditer(text, quote.data["quote_start"], quote.data["quote_end"]):
            phrase_start = _widen_left(text, match.start(), quote.data["quote_start"])
            facts.append(make_fact("loaded", article, phrase_start, match.end(), article.sentence_at(match.start()),
                                   term=text[phrase_start:match.end()], owner=quote.data["speaker"],
                                   scare_quotes=False, neutral=_neutral_in(match.group(), outside),
                                   quote_fact_start=quote.start, quote_fact_end=quote.end))
    return facts


def _widen_left(text: str, start: int, limit: int) -> int:
    """Take in the adjectives before a term: 'criminal illegal aliens'."""
    words = re.search(r"(?:\b[a-z]+[ \t]+){0,1}$", text[limit:start])
    return limit + words.start() if words else start


def _outside_quotes_text(article: Article) -> str:
    return re.sub(r"“[^“”]*”|\"[^\"\n]*\"", " ", article.text)


def _neutral_in(term: str, outside: str) -> str:
    for neutral in LOADED_TERMS.get(term.lower(), ()):
        if re.search(rf"\b{re.escape(neutral)}\b", outside, re.IGNORECASE):
            return neutral
    return ""
