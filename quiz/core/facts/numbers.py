"""Numbers: a figure's value, what it counts, and how the article qualifies it."""

from __future__ import annotations

import re

from quiz.core.domain import Article, Fact
from quiz.core.facts.common import make_fact

QUALIFIERS = (
    "a little over", "a little under", "a little more than", "just over", "just under",
    "more than", "less than", "fewer than", "at least", "up to", "an estimated", "nearly",
    "almost", "about", "around", "roughly", "approximately", "some", "over", "under",
    "just", "only",
)
# What each qualifier says about the true figure.
QUALIFIER_MEANING = {
    **dict.fromkeys(("about", "around", "roughly", "approximately", "some", "an estimated"), "approximate"),
    **dict.fromkeys(("nearly", "almost", "a little under", "just under", "less than", "fewer than", "under", "up to"), "below"),
    **dict.fromkeys(("a little over", "a little more than", "just over", "more than", "over", "at least"), "above"),
    **dict.fromkeys(("just", "only"), "small"),
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000}
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12,
}
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
_QUALIFIER = r"(?P<qualifier>(?:" + "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS) + r")\s+)?"
_NUMBER = re.compile(
    r"(?<![\w.,$€£+/#-])" + _QUALIFIER
    + r"(?P<figure>(?P<currency>[$€£])?"
    r"(?:(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?P<word>"
    + "|".join(NUMBER_WORDS) + r")(?=\s+[a-z]+s\b))"
    r"(?:\s*(?P<scale>hundred|thousand|million|billion|trillion)\b)?"
    r"(?P<percent>\s*(?:%|percent\b|per\s+cent\b))?)"
    r"(?![\w/-]|,\d|\.\d|:\d)",
    re.IGNORECASE,
)
# Words that end the phrase naming what a figure counts.
_COUNT_STOP = frozenset(
    """
    to is are was were be been being has have had would will could can may might should must
    in on at for from by with without who whom whose that which and or but than as of into
    onto over under about after before during since until including across nationwide
    worldwide each per a an the this these those said says say told according if while when
    where because so not just already also still more less now later ago earlier
    """.split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_IDENTIFIER_BEFORE = re.compile(r"(?:\b[A-Z]{2,}[\w-]*|\b(?:Grade|No\.|Number|Chapter|Section|Article|Room|Route|Flight|chromosomes?)|" + MONTHS + r")\s*$")


def figure_value(match: re.Match[str]) -> float:
    if match.group("word"):
        value = float(NUMBER_WORDS[match.group("word").lower()])
    else:
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
        if word is None or word.group().lower() in _COUNT_STOP or (not words and step == 0):
            break
        if word.group().islower() and word.group().endswith(("ed", "ing")):
            break  # a verb ("11 agreed", "$25,000 using"), not what the figure counts
        words.append(word.group())
        end = word.end()
        position = word.end()
    return " ".join(words), end


def _is_identifier(text: str, match: re.Match[str], sentence_start: int) -> bool:
    """'RTOG 9402', 'Grade 3', 'June 24', '2019' name things rather than count them."""
    after = text[match.end() : match.end() + 12]
    if re.match(r"\s*(?:a\.m\.|p\.m\.|o[’']clock|[ap]m\b)", after):
        return True  # a time of day
    if match.group("currency") or match.group("percent") or match.group("qualifier"):
        return False
    digits = match.group("digits") or ""
    if re.fullmatch(r"(1[89]|20)\d\d", digits) and not match.group("scale"):
        return True  # a year
    before = text[max(sentence_start, match.start() - 24) : match.start()]
    return bool(_IDENTIFIER_BEFORE.search(before)) and "," not in digits


def in_range(text: str, fact_start: int, fact_end: int) -> bool:
    """'between 32 and 77', '6 or 8 weeks', 'from 0.2 to 5 percent': one end of a range."""
    before = text[max(0, fact_start - 12) : fact_start]
    after = text[fact_end : fact_end + 14]
    return bool(re.search(r"\b(?:between|from)\s+$", before) or re.match(r"\s*(?:-|–|to|or|and)\s+\$?\d", after)
                or re.search(r"\d\s*(?:-|–|to|or|and)\s+$", before))


def extract_numbers(article: Article) -> list[Fact]:
    facts = []
    text = article.text
    for sentence in article.sentences:
        for match in _NUMBER.finditer(text, sentence.start, sentence.end):
            if _is_identifier(text, match, sentence.start):
                continue
            counts, counts_end = _counted_phrase(text, match.end(), sentence.end)
            unit = "percent" if match.group("percent") else "money" if match.group("currency") else "count"
            qualifier = " ".join((match.group("qualifier") or "").split()).lower() or "exact"
            end = max(match.end(), counts_end)
            facts.append(
                make_fact(
                    "number", article, match.start(), end, sentence,
                    value=figure_value(match),
                    figure=" ".join(match.group("figure").split()),
                    figure_start=match.start("figure"),
                    figure_end=match.end("figure"),
                    counts=counts,
                    unit=unit,
                    qualifier=qualifier,
                    meaning=QUALIFIER_MEANING.get(qualifier, "exact"),
                    written_as_word=bool(match.group("word")),
                    in_range=in_range(text, match.start("figure"), match.end("figure")),
                )
            )
    return facts


# ---------------------------------------------------------------- comparisons

FACTORS = {
    "double": 2, "doubled": 2, "doubling": 2, "doubles": 2, "twice": 2,
    "triple": 3, "tripled": 3, "tripling": 3, "triples": 3, "three times": 3,
    "quadruple": 4, "quadrupled": 4, "quadrupling": 4, "four times": 4,
    "five times": 5, "ten times": 10, "halve": 0.5, "halved": 0.5,
}
_COMPARISON = re.compile(
    r"(?P<hedge>more than |nearly |almost |about |roughly |over )?(?P<word>"
    + "|".join(sorted(FACTORS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_ADDED = re.compile(r"\b(?:addition of|additional|adding|extra|another)\s*$", re.IGNORECASE)


def _holds(hedge: str, ratio: float, factor: float) -> bool:
    hedge = hedge.strip().lower()
    if hedge in ("more than", "over"):
        return ratio > factor
    if hedge in ("nearly", "almost"):
        return factor * 0.85 <= ratio < factor
    return abs(ratio - factor) / factor <= 0.15


def extract_comparisons(article: Article, numbers: list[Fact] | None = None) -> list[Fact]:
    """'would more than triple that capacity' with the figures it relates and whether it holds."""
    numbers = extract_numbers(article) if numbers is None else numbers
    facts = []
    text = article.text
    for index, sentence in enumerate(article.sentences):
        for match in _COMPARISON.finditer(text, sentence.start, sentence.end):
            inside = [n for n in numbers if sentence.start <= n.start < sentence.end]
            added = [n for n in inside if _ADDED.search(text[max(sentence.start, n.start - 20) : n.start])]
            if not added:
                continue
            extra = added[0]
            totals = [n for n in inside if n is not extra and n.data["unit"] == extra.data["unit"]
                      and n.data["value"] > extra.data["value"]]
            if totals:  # "$8 billion ... more than doubling ..., thanks to an additional $4.5 billion"
                total = totals[0].data["value"]
                base_value = total - extra.data["value"]
                base_figure = None
            else:  # "The addition of 20,000 troops would more than triple that capacity" (the figure before)
                earlier = [n for n in numbers if n.start < sentence.start and n.data["unit"] == extra.data["unit"]
                           and n.data["sentence_start"] >= article.sentences[max(0, index - 1)].start]
                if not earlier:
                    continue
                # The main figure of the sentence before: its first one ("7,700 employees, including ...").
                main = [n for n in earlier if n.data["sentence_start"] == earlier[-1].data["sentence_start"]][0]
                base_value = main.data["value"]
                base_figure = main.data["figure"]
                total = base_value + extra.data["value"]
            if base_value <= 0:
                continue
            factor = FACTORS[match.group("word").lower()]
            ratio = total / base_value
            hedge = match.group("hedge") or ""
            facts.append(
                make_fact(
                    "comparison", article, sentence.start, sentence.end, sentence,
                    claim=(hedge + match.group("word")).strip(),
                    factor=factor,
                    base=base_value,
                    base_figure=base_figure,
                    added=extra.data["value"],
                    added_figure=extra.data["figure"],
                    total=total,
                    ratio=round(ratio, 2),
                    holds=_holds(hedge, ratio, factor),
                )
            )
    return facts
