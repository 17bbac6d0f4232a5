"""Article -> facts. One extractor per kind of fact; each fact has an exact span.

Kinds so far:
- number: a figure, its value, what it counts and how it is qualified ("about", "just");
- quote: words in quotation marks, with the speaker when the article names one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from quiz.core.domain import Article, Fact, Sentence

# ---------------------------------------------------------------- numbers

QUALIFIERS = (
    "a little over", "a little under", "a little more than", "just over", "just under",
    "more than", "less than", "fewer than", "at least", "up to", "an estimated", "nearly",
    "almost", "about", "around", "roughly", "approximately", "some", "over", "under",
    "just", "only",
)
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000}
_NUMBER = re.compile(
    r"(?<![\w.,$€£-])"
    r"(?P<qualifier>(?:" + "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS) + r")\s+)?"
    r"(?P<figure>(?P<currency>[$€£])?"
    r"(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s*(?P<scale>hundred|thousand|million|billion|trillion)\b)?"
    r"(?P<percent>\s*(?:%|percent\b|per\s+cent\b))?)"
    r"(?![\w-]|,\d|\.\d)",
    re.IGNORECASE,
)
# Words that end the phrase naming what a figure counts.
_COUNT_STOP = frozenset(
    """
    to is are was were be been being has have had would will could can may might should must
    in on at for from by with without who whom whose that which and or but than as of into
    onto over under about after before during since until including across nationwide
    worldwide each per a an the this these those said says say told according if while when
    where because so not just already also still more less now
    """.split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")


def parse_figure(match: re.Match[str]) -> float:
    value = float(match.group("digits").replace(",", ""))
    scale = match.group("scale")
    if scale:
        value *= _SCALES[scale.lower()]
    return value


def _counted_phrase(text: str, start: int, limit: int) -> tuple[str, int]:
    """The words right after a figure that say what it counts ("National Guard troops")."""
    words: list[str] = []
    end = start
    position = start
    while len(words) < 4:
        gap = re.match(r"[ \t]+", text[position:limit])
        step = gap.end() if gap else 0
        word = _WORD.match(text, position + step, limit)
        if word is None or word.group().lower() in _COUNT_STOP:
            break
        if not words and step == 0:
            break
        words.append(word.group())
        end = word.end()
        position = word.end()
    return " ".join(words), end


def extract_numbers(article: Article) -> list[Fact]:
    facts = []
    for sentence in article.sentences:
        for match in _NUMBER.finditer(article.text, sentence.start, sentence.end):
            digits = match.group("digits")
            plain_year = (
                re.fullmatch(r"(1[89]|20)\d\d", digits)
                and not (match.group("currency") or match.group("scale") or match.group("percent"))
            )
            if plain_year:
                continue
            counts, counts_end = _counted_phrase(article.text, match.end(), sentence.end)
            if match.group("percent"):
                unit = "percent"
            elif match.group("currency"):
                unit = "money"
            else:
                unit = "count"
            qualifier = " ".join((match.group("qualifier") or "").split()).lower() or "exact"
            start = match.start()
            facts.append(
                Fact(
                    kind="number",
                    start=start,
                    end=max(match.end(), counts_end),
                    text=article.text[start : max(match.end(), counts_end)],
                    data={
                        "value": parse_figure(match),
                        "figure": " ".join(match.group("figure").split()),
                        "figure_start": match.start("figure"),
                        "figure_end": match.end("figure"),
                        "counts": counts,
                        "unit": unit,
                        "qualifier": qualifier,
                        "sentence_start": sentence.start,
                        "sentence_end": sentence.end,
                    },
                )
            )
    return facts


# ---------------------------------------------------------------- quotes

_QUOTE = re.compile(r"“(?P<curly>[^“”]+)”|\"(?P<straight>[^\"\n]+)\"")
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|bin|al))*"
_SPEECH_VERBS = r"(?:said|says|told\s+\w+|added|explained|wrote|stated|argued|noted|warned|insisted|asked)"
_AFTER_SPEAKER = re.compile(rf"\s*(?P<name>{_NAME})\s+{_SPEECH_VERBS}\b|\s*{_SPEECH_VERBS}\s+(?P<name2>{_NAME})")
_BEFORE_SPEAKER = re.compile(rf"(?P<name>{_NAME})\s+{_SPEECH_VERBS}[,:]?\s*$")
ROLE_WORDS = (
    "spokeswoman spokesman spokesperson secretary president director minister official "
    "chief senator governor mayor chair chairman chairwoman professor commissioner "
    "ambassador general attorney judge lawyer analyst economist researcher leader adviser "
    "advisor manager executive founder CEO representative sheriff superintendent"
).split()
_ROLE_BEFORE = re.compile(
    r"(?P<role>(?:[A-Z][\w.&’'-]*[ \t]+){0,3}(?:" + "|".join(ROLE_WORDS) + r")"
    r"(?:[ \t]+of[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*)?)[ \t]+$"
)
_MIN_QUOTE_WORDS = 4
_TITLES = frozenset("Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Gen. Lt. Col. Prof.".split())


def _full_name(text: str, name: str) -> tuple[str, str]:
    """The fullest form of `name` the article uses, and the role phrase before it."""
    surname = name.split()[-1]
    full = name
    for match in re.finditer(rf"\b(?:[A-Z][\w’'.-]*\s+)+{re.escape(surname)}\b", text):
        candidate = match.group()
        words = candidate.split()
        # Keep the trailing capitalised words that form the name itself.
        while len(words) > 3:
            words.pop(0)
        candidate = " ".join(words)
        if len(candidate) > len(full) and candidate.endswith(name):
            full = candidate
        break
    role = ""
    at = text.find(full)
    if at > 0:
        role_match = _ROLE_BEFORE.search(text, max(0, at - 80), at)
        if role_match:
            # Words before a full stop belong to the previous sentence ("Defense. DHS ...").
            words = role_match.group("role").split()
            while len(words) > 1 and words[0].endswith(".") and "." not in words[0][:-1]:
                words.pop(0)
            role = " ".join(words)
            # A role phrase is the name's own words, not the name: trim any overlap.
            if full.startswith(role.split()[-1]):
                role = ""
    if role and full.startswith(tuple(role.split())):
        full = full[len(role):].strip() or full
    return full, role


def _split_role_from_name(full: str) -> tuple[str, str]:
    """'President Donald Trump' -> ('Donald Trump', 'President')."""
    words = full.split()
    role_words = []
    while len(words) > 2 and (words[0] in _TITLES or words[0].lower() in ROLE_WORDS):
        role_words.append(words.pop(0))
    return " ".join(words), " ".join(role_words)


def extract_quotes(article: Article) -> list[Fact]:
    text = article.text
    facts: list[Fact] = []
    last_speaker_by_paragraph: dict[int, dict] = {}
    for sentence_group in _paragraph_sentences(article):
        for match in _QUOTE.finditer(text, sentence_group[0].start, sentence_group[-1].end):
            words = match.group("curly") or match.group("straight")
            if len(words.split()) < _MIN_QUOTE_WORDS:
                continue
            paragraph = sentence_group[0].paragraph
            speaker = _speaker_near(text, match, sentence_group[-1].end)
            if speaker:
                last_speaker_by_paragraph[paragraph] = speaker
            else:
                speaker = last_speaker_by_paragraph.get(paragraph)
            span_end = match.end()
            if speaker and speaker.get("attribution_end", 0) > span_end and speaker["attribution_end"] - span_end < 60:
                span_end = speaker["attribution_end"]
            data = {
                "words": words.strip().rstrip(","),
                "quote_start": match.start(),
                "quote_end": match.end(),
                "direct": True,
                "speaker": speaker["name"] if speaker else None,
                "role": speaker["role"] if speaker else "",
            }
            facts.append(Fact("quote", match.start(), span_end, text[match.start():span_end], data))
    return facts


def _paragraph_sentences(article: Article) -> Iterable[list[Sentence]]:
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in article.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    return by_paragraph.values()


def _speaker_near(text: str, quote: re.Match[str], limit: int) -> dict | None:
    after = _AFTER_SPEAKER.match(text, quote.end(), limit)
    # A comma or stop inside the quote, then "McLaughlin said" after it.
    if after and text[quote.end():after.start("name") if after.group("name") else after.end()].strip(" ,") == "":
        name = after.group("name") or after.group("name2")
        return _speaker(text, name, after.end())
    if after and after.group("name2"):
        return _speaker(text, after.group("name2"), after.end())
    before = _BEFORE_SPEAKER.search(text, max(0, quote.start() - 120), quote.start())
    if before:
        return _speaker(text, before.group("name"), before.end())
    return None


def _speaker(text: str, name: str, attribution_end: int) -> dict:
    # "said Maria Lopez." ends the sentence: the stop is not part of the name.
    if name.endswith(".") and len(name.split()[-1]) > 2:
        name = name[:-1]
    full, role = _full_name(text, name)
    full, title = _split_role_from_name(full)
    return {"name": full, "role": role or title, "attribution_end": attribution_end}


# ---------------------------------------------------------------- all kinds

EXTRACTORS: dict[str, Callable[[Article], list[Fact]]] = {
    "number": extract_numbers,
    "quote": extract_quotes,
}


def extract_facts(article: Article) -> list[Fact]:
    """Every fact of every kind, in the order they appear in the article."""
    facts = [fact for extractor in EXTRACTORS.values() for fact in extractor(article)]
    return sorted(facts, key=lambda fact: (fact.start, fact.kind))
