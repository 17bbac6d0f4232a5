"""Numbers: a figure's value and unit, what it counts, how the article qualifies it, who
gives it, and whether it is a count, an estimate or a forecast; and the comparisons and
changes that figures are put in.

The figure itself is found on the surface (digits, number words, currency, percent); what
it counts comes from the parse: the noun it modifies ("20,000 [National Guard troops]"),
the "of" after a percentage ("80 percent [of the lesions]"), or the subject of the change
it measures ("[Unemployment] rose to 5.2 percent").
"""

from __future__ import annotations

import re

from quiz.core.domain import Fact
from quiz.core.facts.attribution import Claim
from quiz.core.facts.common import MONTHS
from quiz.core.reading import Reading, Token

QUALIFIERS = (
    "a little over", "a little under", "a little more than", "just over", "just under",
    "more than", "less than", "fewer than", "at least", "at most", "up to", "an estimated",
    "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over",
    "under", "just", "only", "as many as", "as much as", "as high as", "no more than", "close to",
)
# What each qualifier says the true figure is, in words a student can check.
QUALIFIER_MEANING = {
    **dict.fromkeys(("about", "around", "roughly", "approximately", "some", "an estimated", "close to"), "approximately"),
    **dict.fromkeys(("nearly", "almost", "a little under", "just under"), "a little less than"),
    **dict.fromkeys(("less than", "fewer than", "under"), "less than"),
    **dict.fromkeys(("up to", "at most", "as many as", "as much as", "as high as", "no more than"), "at most"),
    **dict.fromkeys(("a little over", "a little more than", "just over"), "a little more than"),
    **dict.fromkeys(("more than", "over"), "more than"),
    "at least": "at least",
    **dict.fromkeys(("just", "only"), "only"),
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12,
}
# "Seventy-five": a number word of tens and units.
_TENS_AND_UNITS = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
                   r"(?:one|two|three|four|five|six|seven|eight|nine)")
# "fourteen major utility companies": a number word may stand a word or two before its noun.
_ADJECTIVES = r"(?:(?!(?:of|the|a|an|and|or|to|in|on|at|for|by|with|from|as|than)\s)[a-z-]+\s+){0,2}"
_QUALIFIER = r"(?P<qualifier>(?:" + "|".join(q.replace(" ", r"\s+") for q in sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
FIGURE = re.compile(
    r"(?<![\w.,$€£+/#-])" + _QUALIFIER
    + r"(?P<figure>(?P<currency>(?:US|A|C|NZ|HK)?[$€£])?"
    r"(?:(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?P<word>" + _TENS_AND_UNITS + "|"
    + "|".join(NUMBER_WORDS) + r")(?=\s+(?:" + _ADJECTIVES + r"[a-z]+s|percent|per\s+cent|hundred|thousand|million|billion)\b))"
    r"(?:\s*(?P<scale>hundred|thousand|million|billion|trillion)\b)?"
    r"(?P<percent>\s*(?:%|percent\b|per\s+cent\b))?"
    r"(?P<points>\s+(?:percentage\s+)?points?\b)?)"
    r"(?![\w/-]|,\d|\.\d|:\d)",
    re.IGNORECASE,
)
_NAMING_BEFORE = re.compile(
    r"(?:\b[A-Z]{2,}[\w-]*|\b(?:Grade|No\.|Number|Chapter|Section|Article|Room|Route|Flight|Phase|phase|"
    r"chromosomes?|Title|Form|Category|Level|Stage|stage|Type|type|version|Version)|" + MONTHS + r")\s*$"
)
# Words that make a figure a forecast or an estimate rather than a count already made.
FORECAST_WORDS = frozenset("will would could may might expect project forecast predict plan aim target anticipate".split())
# Verbs whose object or goal is a quantity a forecast gives ("will cost $4 billion", "could reach 2 million").
QUANTITY_VERBS = frozenset(
    "cost reach rise fall grow total exceed create add cut save need require climb drop increase decrease "
    "double top hit number amount lose gain take last raise earn generate bring".split()
)
# Prepositions that carry the quantity a verb foretells ("will rise to 2 million", "cut by 40%",
# "a cost of $4 billion"). A figure under any other ("will launch with its network of 900
# installers") is what there is now, not what is foretold.
QUANTITY_PREPS = frozenset("to by of at from than as between about around over up".split())
# Words that make a figure a goal someone sets ("a target of", "aims to hire").
GOAL_WORDS = frozenset("goal target aim pledge promise vow commit".split())
ESTIMATE_WORDS = frozenset("estimate estimated approximately about roughly around".split())
ESTIMATE_VERBS = frozenset({"estimate", "estimated"})
# "estimated damages as high as $10 billion", "estimated at": a parse may hang the word elsewhere.
ESTIMATED_BEFORE = re.compile(r"\bestimated(?:\s+at|\s+to\s+be|\s+(?!that\b)[a-z]+)?\s+$", re.IGNORECASE)
CHANGE_VERBS = {
    **dict.fromkeys("rise rose risen increase grow grew grown climb jump soar surge double triple gain".split(), "up"),
    **dict.fromkeys("fall fell fallen drop decrease decline shrink shrank cut reduce reduced lower slash plunge plummet sink halve lose".split(), "down"),
}
FACTORS = {
    "double": 2, "doubled": 2, "doubling": 2, "doubles": 2, "twice": 2,
    "triple": 3, "tripled": 3, "tripling": 3, "triples": 3, "three times": 3,
    "quadruple": 4, "quadrupled": 4, "quadrupling": 4, "four times": 4,
    "five times": 5, "ten times": 10, "halve": 0.5, "halved": 0.5,
}
_FACTOR = re.compile(
    r"(?P<hedge>more than |nearly |almost |about |roughly |over )?(?P<word>"
    + "|".join(sorted(FACTORS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_ADDED = re.compile(r"\b(?:addition of|additional|adding|extra|another)\s*$", re.IGNORECASE)
UNIT_NOUNS = frozenset("percent per cent points point percentage %".split())
# "down 18%", "up 3 points", "18% lower": a figure that measures a change.
CHANGE_WORDS = {"down": "down", "up": "up", "lower": "down", "higher": "up", "less": "down", "more": "up", "fewer": "down"}
# Nouns of change: "a 60% plunge in murders".
CHANGE_NOUNS = {
    **dict.fromkeys("rise increase growth jump surge gain climb hike".split(), "up"),
    **dict.fromkeys("fall drop decrease decline cut reduction plunge loss slump dip".split(), "down"),
}


def figure_value(match: re.Match[str]) -> int | float:
    if match.group("word"):
        value = float(sum(NUMBER_WORDS.get(part, 1) for part in match.group("word").lower().split("-")))  # "one" is 1
    else:
        value = float(match.group("digits").replace(",", ""))
    if match.group("scale"):
        value *= SCALES[match.group("scale").lower()]
    return int(value) if value.is_integer() else value


def _names_something(text: str, match: re.Match[str], sentence_start: int) -> bool:
    """'RTOG 9402', 'Grade 3', 'June 24', '2019', '9 a.m.' name things rather than count them."""
    after = text[match.end() : match.end() + 12]
    if re.match(r"\s*(?:a\.m\.|p\.m\.|o[’']clock|[ap]m\b)", after):
        return True
    if match.group("currency") or match.group("percent") or match.group("qualifier"):
        return False
    digits = match.group("digits") or ""
    if digits and _in_phone_number(text, match.start("figure")):
        return True  # "call 01632 960 400": a number to dial, not a count
    if re.fullmatch(r"(1[89]|20)\d\d", digits) and not match.group("scale"):
        return True  # a year
    before = text[max(sentence_start, match.start() - 24) : match.start()]
    if re.search(r"[A-Z][\w.-]*\s$", before) and match.start() > sentence_start + 1 and not match.group("scale"):
        return True  # "Internet Explorer 6", "Boeing 747": part of a name
    return bool(_NAMING_BEFORE.search(before)) and "," not in digits


# "01632 960 400", "303-555-0147", "(020) 7946 0000": groups of digits a phone number is written in.
PHONE = re.compile(r"(?<![\w,.$])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)|\d{2,5})(?:[ .-]\d{2,4}){2,}(?![\w,]|\.\d)|"
                   r"(?<![\w,.$])0\d{3,}(?![\w,]|\.\d)")


def _in_phone_number(text: str, at: int) -> bool:
    """Whether the figure at `at` is part of a phone number: a run of three or more groups of
    digits, or digits that begin with a nought."""
    return any(m.start() <= at < m.end() for m in PHONE.finditer(text, max(0, at - 24), at + 30))


def in_range(text: str, start: int, end: int) -> bool:
    """'between 32 and 77', '6 or 8 weeks', 'from 0.2 to 5 percent': one end of a range."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    return bool(re.search(r"\b(?:between|from)\s+$", before)
                or re.match(r"\s*(?:-|–|to|or|and)\s+" + _QUALIFIER + r"(?:\$?\d|" + _WORDS + r")", after, re.IGNORECASE)
                or re.search(r"(?:\d|" + _WORDS + r")\s*(?:-|–|to|or|and)\s+" + _QUALIFIER + "$", before, re.IGNORECASE))


# "six hundred to eight hundred": a range may be written in words.
_WORDS = r"\b(?:" + "|".join(NUMBER_WORDS) + r"|hundred|thousand|million|billion)\b"


def extract_numbers(reading: Reading, claims: list[Claim]) -> list[Fact]:
    text = reading.text
    facts = []
    for index, sentence in enumerate(reading.article.sentences):
        for match in FIGURE.finditer(text, sentence.start, sentence.end):
            if _names_something(text, match, sentence.start):
                continue
            figure_tokens = reading.tokens_in(match.start("figure"), match.end("figure")) or \
                [t for t in (reading.token_at(match.start("figure")),) if t is not None]
            if not figure_tokens:
                continue
            counts, counts_span = _what_it_counts(reading, figure_tokens, match)
            qualifier = " ".join((match.group("qualifier") or "").split()).lower()
            unit = "percent" if match.group("percent") else "points" if match.group("points") else \
                (match.group("currency") or "")[-1:]  # "US$" is dollars
            claim = _claim_over(claims, match.start("figure"))
            facts.append(Fact(
                kind="number", start=match.start(), end=match.end(), text=text[match.start() : match.end()],
                data={
                    "value": figure_value(match),
                    "figure": " ".join(match.group("figure").split()),
                    "unit": unit,
                    "counts": counts,
                    "counts_start": counts_span[0] if counts_span else None,
                    "counts_end": counts_span[1] if counts_span else None,
                    "qualifier": qualifier or None,
                    "meaning": QUALIFIER_MEANING.get(qualifier, "exactly"),
                    "source": claim.speaker.as_dict() if claim else None,
                    "time": "estimate" if ESTIMATED_BEFORE.search(text, sentence.start, match.start())
                    else _time_of(reading, figure_tokens, qualifier),
                    "in_range": in_range(text, match.start("figure"), match.end("figure")),
                    "written_as_word": bool(match.group("word")),
                    "sentence_start": sentence.start,
                    "sentence_end": sentence.end,
                    "sentence": index,
                },
            ))
    return facts


def _claim_over(claims: list[Claim], offset: int) -> Claim | None:
    """The quote or reported statement a figure stands in, if it stands in one."""
    inside = [c for c in claims if c.start <= offset < c.end and c.speaker.kind != "unknown" and c.verb_kind not in ("appeal", "object")]
    return min(inside, key=lambda c: c.end - c.start) if inside else None


def _what_it_counts(reading: Reading, figure: list[Token], match: re.Match[str]) -> tuple[str, tuple[int, int] | None]:
    tokens = reading.tokens
    inside = {t.i for t in figure}
    last = figure[-1]
    head = tokens[last.head]
    # "20,000 National Guard troops": the noun the figure modifies.
    if head.i not in inside and head.pos in ("NOUN", "PROPN") and last.dep in ("nummod", "quantmod", "compound", "nmod", "amod"):
        if head.text.lower() not in UNIT_NOUNS:
            return _noun_phrase(reading, head.i, inside)
    # "Homicides are down 18%": the subject of what is up or down.
    if head.text.lower() in CHANGE_WORDS and head.pos in ("ADV", "ADJ"):
        verb = tokens[head.head]
        for child in reading.children[verb.i]:
            if tokens[child].dep in ("nsubj", "nsubjpass"):
                return _noun_phrase(reading, child, inside)
    # "80 percent of the lesions", "$4.5 billion in funding": what follows the unit.
    owner = last if last.text.lower() in UNIT_NOUNS or last.pos == "NUM" else head
    for child in reading.children[owner.i]:
        token = tokens[child]
        if token.dep == "prep" and token.text.lower() in ("of", "in", "for") and child > last.i:
            objects = [c for c in reading.children[child] if tokens[c].dep == "pobj"]
            if objects:
                return _noun_phrase(reading, objects[0], inside)
    # "Unemployment rose to 5.2 percent": the subject of the change it measures.
    governor = tokens[owner.head]
    if governor.dep == "prep" and governor.text.lower() in ("to", "by", "from", "at") :
        verb = tokens[governor.head]
        for child in reading.children[verb.i]:
            if tokens[child].dep in ("nsubj", "nsubjpass"):
                return _noun_phrase(reading, child, inside)
    return "", None


def _noun_phrase(reading: Reading, head: int, skip: set[int]) -> tuple[str, tuple[int, int] | None]:
    """The noun with what qualifies it: its modifiers before it and an "of" phrase after."""
    tokens = reading.tokens
    words = [head]
    for child in reading.children[head]:
        token = tokens[child]
        if child < head and token.dep in ("compound", "amod", "nmod", "poss", "case") and child not in skip:
            words.extend(t for t in reading.subtree(child) if t not in skip)
        elif child > head and token.dep == "prep" and token.text.lower() in ("of", "with", "in", "for", "from") and len(reading.subtree(child)) <= 6:
            words.extend(reading.subtree(child))
    words = sorted(set(words))
    # Contiguous from the head's left edge: a gap means a word left out, so stop there.
    run = [head]
    for t in reversed([w for w in words if w < head]):
        if t == run[0] - 1:
            run.insert(0, t)
    for t in [w for w in words if w > head]:
        if t == run[-1] + 1:
            run.append(t)
    while run and tokens[run[0]].pos in ("PUNCT", "DET", "ADP") or run and tokens[run[0]].i in skip:
        run.pop(0)
    while run and tokens[run[-1]].pos in ("PUNCT", "ADP", "CCONJ", "DET"):
        run.pop()
    if not run:
        return "", None
    start, end = tokens[run[0]].start, tokens[run[-1]].end
    return reading.text[start:end], (start, end)


def _time_of(reading: Reading, figure: list[Token], qualifier: str) -> str:
    """'forecast' for a figure in a clause about what will or could happen, 'target' for a
    goal someone sets, 'estimate' for one given as an estimate, else 'count'."""
    tokens = reading.tokens
    if qualifier in ("an estimated",):
        return "estimate"
    node = figure[-1]
    in_subject = False
    for _ in range(6):
        if node.dep in ("nsubj", "nsubjpass", "csubj"):
            in_subject = True  # "The addition of 20,000 troops would mark ...": the figure is not foretold
        if in_subject and node.pos in ("VERB", "AUX"):
            return "count"
        if node.pos == "NOUN" and node.lemma.lower() == "target" and any(
                tokens[c].lemma.lower() == "price" for c in reading.children[node.i]):
            return "forecast"  # "a price target of $48": an analyst's view of where a share will go
        if node.pos == "NOUN" and node.lemma.lower() in GOAL_WORDS:
            # "a goal of 300,000 new homes"; "I made you three promises" counts the goals
            return "count" if figure[-1].head == node.i and figure[-1].dep == "nummod" else "target"
        if node.pos == "VERB" and node.dep == "xcomp" and tokens[node.head].lemma.lower() in GOAL_WORDS:
            return "target"  # "aims to hire 5,000 workers"
        if node.pos == "VERB" and node.lemma.lower() in ESTIMATE_VERBS and not in_subject:
            return "estimate"  # "estimated the damage at $3 million", "is estimated at"
        if node.pos == "VERB" and node.dep == "xcomp" and tokens[node.head].lemma.lower() in FORECAST_WORDS - {"plan", "aim"}:
            return "forecast"  # "is expected to bring 300 millimetres of rain"
        if node.pos == "NOUN" and any(tokens[c].dep == "amod" and tokens[c].lemma.lower() in ESTIMATE_VERBS
                                      for c in reading.children[node.i]):
            return "estimate"  # "estimated damages of $10 billion"
        if node.pos == "VERB" and node.lemma.lower() not in QUANTITY_VERBS | FORECAST_WORDS:
            return "count"  # "will be asked to vote on the two Articles": the figure is not what is foretold
        if node.dep == "prep" and node.lemma.lower() not in QUANTITY_PREPS:
            return "count"  # "will bring the service to Ohio with its 900 installers": hangs off the verb
        for child in reading.children[node.i]:
            word = tokens[child].lemma.lower()
            if tokens[child].dep in ("aux", "auxpass") and word in FORECAST_WORDS:
                return "forecast"
        if node.lemma.lower() in FORECAST_WORDS and node.pos == "VERB":
            return "forecast"
        if node.lemma.lower() in ESTIMATE_WORDS and node.pos == "VERB":
            return "estimate"
        if node.head == node.i:
            break
        node = tokens[node.head]
    return "count"


# ------------------------------------------------------------------ comparisons and changes


def extract_changes(reading: Reading, numbers: list[Fact]) -> list[Fact]:
    """'rose by 3 percentage points since 2019', 'cut the risk by 80%': what changed, which
    way, by how much or to what, and against what baseline."""
    tokens = reading.tokens
    facts = []
    by_token = {}
    for number in numbers:
        for token in reading.tokens_in(number.start, number.end):
            by_token[token.i] = number
    for number in numbers:
        facts.extend(_change_around(reading, number))
    for token in tokens:
        direction = CHANGE_VERBS.get(token.lemma.lower())
        if direction is None or token.pos != "VERB":
            continue
        parts: dict[str, Fact] = {}
        baseline = ""
        for child in reading.children[token.i]:
            prep = tokens[child]
            word = prep.text.lower()
            if prep.dep != "prep" and not (prep.dep in ("dobj", "npadvmod") and child in by_token):
                continue
            figures = [by_token[t] for t in reading.subtree(child) if t in by_token]
            if word in ("by", "to", "from") and figures:
                parts[word] = figures[0]
            elif prep.dep == "dobj" and figures and token.lemma.lower() in ("cut", "reduce", "increase", "raise", "lower", "gain", "lose"):
                parts.setdefault("by", figures[0])
            elif prep.dep == "npadvmod" and figures:
                parts.setdefault("by", figures[0])  # "rose 12% last year"
            elif word in ("since", "than") or word in ("compared", "from") and not figures:
                sub = reading.subtree(child)
                baseline = reading.text[tokens[sub[0]].start : tokens[sub[-1]].end]
        if not parts:
            continue
        subject = next((c for c in reading.children[token.i] if tokens[c].dep in ("nsubj", "nsubjpass")), None)
        obj = next((c for c in reading.children[token.i] if tokens[c].dep == "dobj" and c not in by_token), None)
        what_head = obj if obj is not None and token.lemma.lower() in ("cut", "reduce", "lower", "increase", "raise") else subject
        what = _noun_phrase(reading, what_head, set())[0] if what_head is not None else ""
        by = parts.get("by")
        if by is not None and token.lemma.lower() in ("lose", "gain", "shed") and by.data.get("counts") and \
                re.match(r"\s*of\b", reading.text[by.end : by.end + 6]):
            # "the county has lost 90% of its meadows": the meadows fell, not the county
            what = re.sub(r"^(?:its|their|our|his|her) ", "", by.data["counts"])
        kind = "points" if by is not None and by.data["unit"] == "points" else \
            "relative" if by is not None and by.data["unit"] == "percent" else "absolute"
        sentence = reading.article.sentences[token.sentence]
        facts.append(Fact(
            kind="change", start=sentence.start, end=sentence.end, text=sentence.text,
            data={
                "verb": token.text, "direction": direction, "what": what, "change_kind": kind,
                "by": by.data["figure"] if by else None,
                "to": parts["to"].data["figure"] if "to" in parts else None,
                "from": parts["from"].data["figure"] if "from" in parts else None,
                "baseline": baseline or None,
                "sentence_start": sentence.start, "sentence_end": sentence.end,
            },
        ))
    return facts


def _change_around(reading: Reading, number: Fact) -> list[Fact]:
    """'Homicides are down 18%', 'a 60% plunge in murders': a change given by an adverb
    or a noun rather than a verb; its baseline may stand in a lead-in line before a list
    ("In the first half of 2026 vs. the same period last year:")."""
    tokens = reading.tokens
    figure = reading.tokens_in(number.start, number.end)
    if not figure:
        return []
    head = tokens[figure[-1].head]
    direction = None
    if head.text.lower() in CHANGE_WORDS and head.pos in ("ADV", "ADJ"):
        direction = CHANGE_WORDS[head.text.lower()]
    elif head.lemma.lower() in CHANGE_NOUNS and head.pos == "NOUN":
        direction = CHANGE_NOUNS[head.lemma.lower()]
    if direction is None:
        return []
    sentence = reading.article.sentences[number.data["sentence"]]
    unit = number.data["unit"]
    return [Fact(
        kind="change", start=sentence.start, end=sentence.end, text=sentence.text,
        data={
            "verb": head.text, "direction": direction, "what": number.data["counts"],
            "change_kind": "points" if unit == "points" else "relative" if unit == "percent" else "absolute",
            "by": number.data["figure"], "to": None, "from": None,
            "baseline": _lead_in(reading, sentence.paragraph),
            "sentence_start": sentence.start, "sentence_end": sentence.end,
        },
    )]


def _lead_in(reading: Reading, paragraph: int) -> str | None:
    """The line ending in a colon that introduces the list a paragraph belongs to."""
    text = reading.text
    for index in range(paragraph - 1, max(-1, paragraph - 8), -1):
        span = reading.article.paragraphs[index]
        line = text[span.start : span.end]
        if line.endswith(":"):
            return line[:-1]
        if len(line.split()) > 25:
            return None  # a paragraph of prose, not an item of the list
    return None


def _holds(hedge: str, ratio: float, factor: float) -> bool:
    hedge = hedge.strip().lower()
    if hedge in ("more than", "over"):
        return ratio > factor
    if hedge in ("nearly", "almost"):
        return factor * 0.85 <= ratio < factor
    return abs(ratio - factor) / factor <= 0.15


def extract_comparisons(reading: Reading, numbers: list[Fact]) -> list[Fact]:
    """'would more than triple that capacity' with the figures it relates and whether the
    article's own arithmetic bears it out."""
    article = reading.article
    text = article.text
    facts = []
    for index, sentence in enumerate(article.sentences):
        for match in _FACTOR.finditer(text, sentence.start, sentence.end):
            inside = [n for n in numbers if sentence.start <= n.start < sentence.end]
            added = [n for n in inside if _ADDED.search(text[max(sentence.start, n.start - 20) : n.start])]
            if not added:
                continue
            extra = added[0]
            totals = [n for n in inside if n is not extra and n.data["unit"] == extra.data["unit"]
                      and n.data["value"] > extra.data["value"]]
            if totals:  # "$8 billion ... more than doubling ..., thanks to an additional $4.5 billion"
                total = totals[0].data["value"]
                total_figure = totals[0].data["figure"]
                base_value = total - extra.data["value"]
                base_figure = None
            else:  # "The addition of 20,000 troops would more than triple that capacity"
                earlier = [n for n in numbers if n.start < sentence.start and n.data["unit"] == extra.data["unit"]
                           and n.data["sentence"] >= index - 1]
                if not earlier:
                    continue
                main = [n for n in earlier if n.data["sentence"] == earlier[-1].data["sentence"]][0]
                base_value = main.data["value"]
                base_figure = main.data["figure"]
                total = base_value + extra.data["value"]
                total_figure = None
            if base_value <= 0:
                continue
            factor = FACTORS[match.group("word").lower()]
            ratio = total / base_value
            hedge = match.group("hedge") or ""
            facts.append(Fact(
                kind="comparison", start=sentence.start, end=sentence.end, text=sentence.text,
                data={
                    "claim": (hedge + match.group("word")).strip(), "factor": factor,
                    "base": base_value, "base_figure": base_figure,
                    "added": extra.data["value"], "added_figure": extra.data["figure"],
                    "total": total, "total_figure": total_figure, "ratio": round(ratio, 2), "holds": _holds(hedge, ratio, factor),
                    "sentence_start": sentence.start, "sentence_end": sentence.end,
                },
            ))
    return facts
