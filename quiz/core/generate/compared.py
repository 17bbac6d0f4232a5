"""Numbers compared with what: whether the article's own arithmetic holds, what a change in
percent leaves out (the numbers behind it, and the time it is measured against), points
against percent, a poll's gap in points, and how many a percent of a counted group is."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.facts.common import MONTH_NAMES
from quiz.core.facts.numbers import CHANGE_NOUNS, QUALIFIER_MEANING
from quiz.core.generate.common import (
    Candidate, Context, PRONOUN_WORDS, capitalise, choice, clip, display, quoted, self_contained, shuffled, slugify,
)
from quiz.core.generate.evidence import sentences_around
from quiz.core.generate.numbers import TIME_UNITS, written_like

CHANGE_NOUN_WORDS = frozenset(CHANGE_NOUNS) | {"rise", "fall", "drop", "plunge", "change"}
CANNOT_CHECK = "It cannot be checked from the figures in the article"
# A comparison with what is usual, not with the amount before this one: "doubling typical
# annual appropriations", "triple the average".
AGAINST_A_NORM = re.compile(r"\b(?:doubl|tripl|quadrupl)\w*\s+(?:the\s+|its\s+|their\s+)?"
                            r"(?:typical|usual|normal|average|regular|historic(?:al)?)\b", re.IGNORECASE)


def comparison_holds(ctx: Context) -> Iterator[Candidate]:
    """'Would 20,000 more troops more than triple a force of 7,700?' with the working. When
    the article gives only the new total and what was added ("$8 billion ..., more than
    doubling typical annual appropriations, thanks to an additional $4.5 billion"), the
    amount before is worked out from them, and the working shows how."""
    for fact in ctx.of_kind("comparison"):
        d = fact.data
        added, total, ratio, claim = d["added"], d["total"], d["ratio"], d["claim"]
        added_text = d["added_figure"]
        sentence = ctx.sentence(fact)
        holds, other = ("Yes", "No") if d["holds"] else ("No", "Yes")
        verdict = "holds" if d["holds"] else "does not hold"
        if d["base_figure"]:  # "7,700 employees ... the addition of 20,000 troops"
            base_text = d["base_figure"]
            answer = f"{holds}: ({base_text} + {added_text}) ÷ {base_text} ≈ {ratio:.1f}"
            distractors = [f"{other}: {added_text} ÷ {base_text} ≈ {added / d['base']:.1f}"]
            feedback = {
                distractors[0]: (f"{added_text} ÷ {base_text} compares only what is added with {base_text}. "
                                 f"“{claim}” is about the whole new total: {total:,.0f} ÷ {base_text} ≈ {ratio:.1f}."),
                CANNOT_CHECK: f"It can be checked: the article gives both {base_text} and {added_text}.",
            }
            explanation = (f"Adding {added_text} to {base_text} gives {total:,.0f}, and {total:,.0f} ÷ {base_text} ≈ "
                           f"{ratio:.1f}. The comparison is with the whole new total, not with the {added_text} added "
                           f"alone, so “{claim}” {verdict}.")
            evidence = _with_figure(ctx, fact, base_text) or sentence
            worth = 0.95
        elif d.get("total_figure") and added > 0:  # the amount before is the total less what was added
            if AGAINST_A_NORM.search(sentence):
                continue  # "more than doubling typical annual appropriations": a usual amount the article never gives
            total_text = d["total_figure"]
            base_text = written_like(total_text, d["base"])
            if base_text is None:
                continue
            answer = (f"{holds}: without the added {added_text} there was {total_text} − {added_text} = {base_text}, "
                      f"and {total_text} ÷ {base_text} ≈ {ratio:.1f}")
            distractors = [f"{other}: measured against the added {added_text}, {total_text} ÷ {added_text} ≈ {total / added:.1f}"]
            feedback = {
                distractors[0]: (f"The {added_text} is only what was added. “{claim}” compares the total with the "
                                 f"amount before it, {base_text}, not with what was added."),
                CANNOT_CHECK: (f"It can be checked: the article gives the total, {total_text}, and the added "
                               f"{added_text}, so the amount before is {total_text} − {added_text}."),
            }
            explanation = (f"The article does not give the amount before, but its figures do: {added_text} was added, "
                           f"so before it there was {total_text} − {added_text} = {base_text}. The comparison is with "
                           f"that amount, not with the {added_text} added: {total_text} ÷ {base_text} ≈ {ratio:.1f}, so "
                           f"“{claim}” {verdict}.")
            evidence = sentence
            worth = 0.9 if claim.islower() else 0.85  # the sentence's own words before a heading's
        else:
            continue
        yield Candidate(
            choice(
                ctx, answer, list(feedback),
                id=f"comparison-{slugify(claim, 20)}", skill="numbers",
                prompt=f"The article says: {quoted(display(sentence))} Do its own figures bear out “{claim}”?",
                evidence=evidence, explanation=explanation, feedback=feedback, template="comparison",
            ),
            worth, f"comparison:{fact.start}",
        )


def _with_figure(ctx: Context, fact: Fact, figure: str) -> str | None:
    """The sentences from the one that gives `figure` to the comparison's."""
    at = ctx.article.text.rfind(figure, 0, fact.start)
    if at < 0:
        return None
    return sentences_around(ctx, at, fact.end)


def change_baseline(ctx: Context) -> Iterator[Candidate]:
    """'Carjackings are down 47%': a change in percent is a share of an earlier number. What
    the article does not say is that number, and often when it was counted; a risk cut "by
    80%" says nothing of how big the risk was."""
    for fact in ctx.of_kind("change"):
        d = fact.data
        what = d["what"] or ""
        if d["change_kind"] != "relative" or not d["by"] or d["from"] or d["to"] or not _plain_subject(what):
            continue
        sentence = ctx.sentence(fact)
        figures = [n for n in ctx.of_kind("number") if n.data["sentence_start"] == fact.start]
        if any(n.data["unit"] != "percent" for n in figures) or not self_contained(sentence) or _counts_beside(ctx, fact):
            continue  # the sentence or the next gives a count too: the numbers behind the change may be there
        if not _what_changed(sentence, what) or SHARE_NOUN.search(what) or MARKET_PRICE.search(what) \
                or _amounts_elsewhere(ctx, fact, what) \
                or TO_AMOUNT.search(sentence):  # "rose 2.1 per cent to £1.08bn": the amount after is given
            continue
        by = d["by"].replace(" percent", "%")
        by_fact = next((n for n in figures if n.data["figure"] == d["by"]), None)
        written = (by_fact.text if by_fact else by).replace(" percent", "%")
        share = float(re.sub(r"[^\d.]", "", by) or 0)
        if not 0 < share < 100 and d["direction"] == "down" or share <= 0:
            continue
        if by_fact is not None and QUALIFIER_MEANING.get(by_fact.data["qualifier"] or "") == "at most":
            continue  # "by as much as 62%": a best case, so how big the fall was is not told either
        if POINTS_BACK.search(sentence):
            continue  # "38% from that peak": the baseline is the figure just given
        if _before_and_after_given(ctx, share, d["direction"]):
            continue  # "1,210 violent crimes in 2016 ... 731 in 2023": the numbers behind the 40% are there
        period, base = _baseline_words(d["baseline"])
        lead_in = d["baseline"] if base and d["baseline"] not in sentence else ""
        evidence = sentence
        if lead_in:
            at = ctx.article.text.rfind(lead_in, 0, fact.start)
            evidence = sentences_around(ctx, at, fact.end) if at >= 0 else None
        if evidence is None:
            continue
        thing = _as_common(ctx, what)
        way = "fall" if d["direction"] == "down" else "rise"
        went = "went down" if d["direction"] == "down" else "went up"
        head = re.split(r"\s+(?:in|of|for|at|on|among|across)\s+", thing)[0].split()[-1]  # "rents in the city" -> "rents"
        plural = re.search(r"[^s]s$", head)
        if PAID.fullmatch(head):  # "how many rents": a sum is not counted, it is paid
            how_many = f"what {thing} {'were' if plural else 'was'}"
        else:
            how_many = f"how many {thing} there were" if plural else f"how much {thing} there was"
        risk = "risk" in thing.split() or "chance" in thing.split()
        if risk:
            thing = re.sub(r"^(?!the |a |an )", "the ", thing)  # "the risk of heart attacks"
            answer = f"How big {thing} was to begin with: the {by} is a share of it"
        elif base or re.search(r"\b(?:since|than|compared|last year|this year|a year earlier|a year ago)\b", sentence, re.I):
            answer = f"{capitalise(how_many)} before and after: the numbers behind the {by}"
        else:
            answer = f"What the {by} is measured against: {how_many} before, and when"
        told = {
            f"Whether {thing} went up or down": f"It says so: {thing} {went}.",
            f"How big the {way} was in percent": f"It says so: {_lower(written)}.",
        }
        if period and base:
            told[f"Which periods it compares: {period} and {base}"] = f"It says so: {period} against {base}."
        elif base:
            told[f"What it is compared with: {base}"] = f"It says so: {base}."
        else:
            told[f"What the figure is about: {thing}"] = f"It says so: the {by} is about {thing}."
        after = 100 - share if d["direction"] == "down" else 100 + share
        example = (f"A {way} of {by} could be from 100 to {after:g} or from 10,000 to {after * 100:,.0f}: "
                   "without the numbers, a reader cannot tell how big the change really is, "
                   "and a big percent of a small number is still small.")
        if risk:
            example = (f"A cut of {by} takes a risk of 20 in 100 down to {20 * (1 - share / 100):.3g} in 100, "
                       f"but a risk of 2 in 1,000 only down to {2 * (1 - share / 100):.2g} in 1,000. "
                       "A share of a risk sounds big whatever the risk was to begin with.")
        missing_when = "" if base or period or risk or answer.startswith(capitalise(how_many)) else " Nor does it say when the earlier number was counted."
        shown = f"In the list under “{clip(lead_in, 16)}”, the article says {quoted(display(sentence))}" if lead_in else \
            f"The headline says {quoted(display(sentence))}." if sentence.strip() == ctx.article.title.strip() else \
            f"The article says {quoted(display(sentence))}"
        yield Candidate(
            Question(
                id=f"change-{slugify(thing, 20)}", type="choice", skill="numbers",
                prompt=f"{shown} What does the article not tell you about this {way}?",
                choices=shuffled(ctx.rng, answer, list(told)), answer=answer, evidence=evidence,
                explanation=f"The {by} is a share of an earlier number that the article never gives. {example}{missing_when}",
                feedback=told, template="change-baseline",
            ),
            0.8 * ctx.centrality(fact.start) + 0.05, f"change:{thing}",
        )


# A baseline at the top or the bottom of a period: "compared to the peaks of the past nine
# years", "down 30% from its 2019 high", "up 40% from the pandemic low".
EXTREME = re.compile(r"(?P<phrase>\b(?:the|its|their|a|this|last|recent|all-time|record|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:(?P<top>peaks?|highs?|high point)|(?P<bottom>lows?|low point|trough))\b(?!\s+school))", re.IGNORECASE)
FROM_EXTREME = re.compile(r"\b(?:from|since|compared (?:to|with)|below|above|off)\s+" + EXTREME.pattern, re.IGNORECASE)


def extreme_baseline(ctx: Context) -> Iterator[Candidate]:
    """'Compared to the peaks of the past nine years: Carjackings are down 73%.' A fall
    measured from a peak is the biggest fall the period can show; a rise from a low, the
    biggest rise. When the article also measures the same thing from another baseline, the
    explanation gives that figure beside it."""
    changes = ctx.of_kind("change")
    for fact in changes:
        d = fact.data
        sentence = ctx.sentence(fact)
        baseline = d["baseline"] or ""
        extreme = EXTREME.search(baseline) or FROM_EXTREME.search(sentence)
        what = d["what"] or ""
        if extreme is None or d["change_kind"] != "relative" or not d["by"] or not _plain_subject(what):
            continue
        if d["direction"] != ("down" if extreme.group("top") else "up"):
            continue  # a rise from a peak: the baseline does not flatter the change
        if not EXTREME.search(baseline):
            baseline = extreme.group("phrase")  # "up 40% from its pandemic low": the sentence's own
        at = fact.start if baseline in sentence else ctx.article.text.rfind(baseline, 0, fact.start)
        evidence = sentences_around(ctx, at, fact.end) if at >= 0 else None
        if evidence is None or not self_contained(sentence):
            continue
        phrase = extreme.group("phrase")
        way, looks = ("fall", "smaller") if d["direction"] == "down" else ("rise", "smaller")
        point = "highest" if d["direction"] == "down" else "lowest"
        by = d["by"]
        thing = _as_common(ctx, what)
        twins = [c for c in changes if c is not fact and (c.data["what"] or "").lower() == what.lower()
                 and c.data["direction"] == d["direction"] and c.data["by"] and c.data["baseline"]
                 and not EXTREME.search(c.data["baseline"])]
        shown = (f"The article says {quoted(display(sentence))}" if baseline in sentence else
                 f"Under “{clip(baseline, 16)}”, the article says {quoted(display(sentence))}")
        name = re.sub(r"s$", "", (extreme.group("top") or extreme.group("bottom")).lower())  # "peaks" -> "peak"
        answer = f"It makes the {way} look as big as it can be: a {name} is the {point} point"
        distractors = {
            f"Nothing: a {way} of {by} is the same whatever it is measured from":
                f"A {way} in percent depends on the number it starts from: a different starting year gives a different percent.",
            f"It makes the {way} look {looks} than it really is":
                f"It is the other way round: from the {point} point, the {way} is as large as the period allows.",
            f"It shows how much {thing} changed in the last year":
                f"The {point} point may be any time in the period; the change over the last year is a different figure.",
        }
        also = ""
        if twins:
            other = twins[0].data
            also = (f" The article itself shows this: measured from {_lower(_baseline_words(other['baseline'])[1] or other['baseline'])}, "
                    f"{thing} are {'down' if d['direction'] == 'down' else 'up'} {other['by']}, not {by}.")
        yield Candidate(
            choice(
                ctx, answer, list(distractors), id=f"extreme-{slugify(thing, 20)}", skill="numbers",
                prompt=f"{shown} What does measuring from “{phrase}” do to the size of the {way}?",
                evidence=evidence,
                explanation=(f"A change in percent depends on what it is measured from. The {point} point of a period gives "
                             f"the biggest {way} that period can show; measured from an ordinary year, or from last year, "
                             f"the {way} would be smaller.{also} A fair comparison says why it starts where it does."),
                feedback=distractors, template="extreme-baseline",
            ),
            (0.9 if twins else 0.8) * ctx.centrality(fact.start) + 0.05, f"extreme:{baseline}",
        )


# "The largest appropriation in a single year since the program was established in 1981".
MONEY_RECORD = re.compile(r"\b(?:the\s+)?(?P<word>largest|biggest|highest|most|record)\b[^.;:]{0,80}?\bsince\b[^.;:]{0,60}?"
                          r"\b(?P<year>1[89]\d\d|20[01]\d)\b", re.IGNORECASE)
_MONEY = (r"appropriations?|funding|funds|budgets?|spending|investments?|grants?|aid|payments?|salar(?:y|ies)|wages?|"
          r"prices?|costs?|deals?|contracts?|fines?|revenues?|profits?")
MONEY_NOUNS = re.compile(rf"\b(?:{_MONEY})\b", re.IGNORECASE)
# Sums a change may be of, which are paid, not counted: "what rents were before", not "how many rents".
PAID = re.compile(rf"\b(?:{_MONEY}|pay|rents?|fares?|fees?|bills?|tax(?:es)?|incomes?|earnings)\b", re.IGNORECASE)
INFLATION = re.compile(r"\b(?:inflation|adjusted|today['’]s dollars|real terms|constant dollars)\b", re.IGNORECASE)


def money_record(ctx: Context) -> Iterator[Candidate]:
    """'$8 billion ... the largest appropriation since 1981': a record in dollars over decades
    says nothing of prices, which rose meanwhile; the article does not say whether it allows
    for them."""
    if INFLATION.search(ctx.article.text):
        return
    money = [n for n in ctx.of_kind("number") if n.data["unit"] in ("$", "€", "£")]
    for sentence in ctx.article.sentences:
        record = MONEY_RECORD.search(sentence.text)
        if record is None or not MONEY_NOUNS.search(record.group(0)) or sentence.start == 0:
            continue  # a headline's record: its body says what it is
        near = [n for n in money if n.data["sentence_start"] <= sentence.start and sentence.start - n.start < 400]
        if not near:
            continue  # no sum of money the record is about
        year = record.group("year")
        phrase = record.group(0)
        answer = f"Whether it allows for prices rising since {year}: a dollar then bought more than a dollar now"
        wrong = {
            "Whether the amount is bigger than in earlier years": f"It says so: it speaks of “{phrase}”.",
            "From which year the comparison runs": f"It says so: since {year}.",
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"money-record-{year}", skill="numbers",
                prompt=f"The article speaks of {quoted(phrase)}. What does this comparison not tell you?",
                evidence=sentence.text,
                explanation=(f"Prices rise over the years, so the same number of dollars buys less now than in {year}. "
                             "A record in dollars over so long may be no record once rising prices are allowed for "
                             "(“adjusted for inflation”), and the article does not say which it is."),
                feedback=wrong, template="money-record",
            ),
            0.85 * ctx.centrality(sentence.start), "money-record",
        )
        return


def _what_changed(sentence: str, what: str) -> bool:
    """Whether `what` is the thing the change is of, not whom it is for: in "the cuts in pay
    for nurses would be 5%", pay fell, not the number of nurses."""
    thing = re.escape(what.lower())
    text = sentence.lower()
    of = re.search(r"\b(?:" + "|".join(CHANGE_NOUN_WORDS) + r")s?\s+(?:in|of|to)\s+((?:[\w’'-]+\s+){0,5}?)(?:for|among)\b", text)
    if of and not re.search(rf"\b{thing}\b", of.group(1)):
        return False  # "cuts in pay for ...": the change is of the pay
    found = list(re.finditer(rf"\b{thing}\b", text))
    return not found or not all(re.search(r"\b(?:for|among)\s+(?:[\w’'-]+\s+){0,4}$", text[: m.start()]) for m in found)


def _counts_beside(ctx: Context, change: Fact) -> bool:
    """Whether the sentence after a change gives a count or an amount ('Prices rose 10%. The
    average is now $300,000, up from $272,000.'), which may be the numbers behind it."""
    numbers = ctx.of_kind("number")
    index = next((n.data["sentence"] for n in numbers if n.data["sentence_start"] == change.start), None)
    for n in numbers:
        if index is None or n.data["sentence"] != index + 1 or n.data["unit"] in ("percent", "points") or \
                n.data["time"] in ("forecast", "target"):
            continue  # "The office plans three new routes": what is still to come is not behind a change made
        words = (n.data["counts"] or "").split()
        if n.data["unit"] or words and words[-1] not in TIME_UNITS:
            return True
    return False


# An amount given with the one it changed from: "was £41.3m, down from £50.4m a year earlier".
FROM_AMOUNT = re.compile(r"\b(?:(?:up|down) from|compared with|compared to|against|from)\s+(?:about |around |nearly |almost )?"
                         r"[$£€]?(?!(?:19|20)\d\d\b)\d", re.IGNORECASE)  # not a year: "from 2019"


TO_AMOUNT = re.compile(r"\bto\s+(?:about |around |nearly |almost )?[$£€]?(?!(?:19|20)\d\d\b)(?!\d{1,2} [A-Z])\d")


def _amounts_elsewhere(ctx: Context, change: Fact, what: str) -> bool:
    """Whether another sentence of the article gives the thing's amounts before and after
    ("pre-tax profit ... was £41.3m, down from £50.4m"): a headline's "profit falls 18%" may
    be told in full further down, so the article does give the numbers behind it."""
    head = re.escape(re.sub(r"(?<!s)s$", "", what.split()[-1].lower()))  # "profits" -> "profit", "loss" stays
    return any(sentence.start != change.start and re.search(rf"\b{head}s?\b", sentence.text, re.IGNORECASE)
               and FROM_AMOUNT.search(sentence.text) for sentence in ctx.article.sentences)


def _before_and_after_given(ctx: Context, share: float, direction: str) -> bool:
    """Whether two amounts the article gives, of one kind, make the change: 1,210 crimes then
    and 731 now are a fall of 40%, so the article gives the numbers behind it wherever they stand."""
    amounts = [n for n in ctx.of_kind("number") if n.data["unit"] not in ("percent", "points") and (n.data["value"] or 0) > 0]
    for earlier in amounts:
        for later in amounts:
            if later is earlier or later.data["unit"] != earlier.data["unit"]:
                continue
            change = 100 * (later.data["value"] - earlier.data["value"]) / earlier.data["value"]
            if (change < 0) == (direction == "down") and abs(abs(change) - share) <= 1:
                return True
    return False


def _plain_subject(what: str) -> bool:
    """A thing that changed, as a noun phrase a prompt can name: not "this", not "a 60%
    plunge in murders" nor "the drop"."""
    words = what.lower().split()
    return (1 <= len(words) <= 5 and what[:1].isalpha() and not PRONOUN_WORDS.match(what)
            and not set(words) & CHANGE_NOUN_WORDS)


def _baseline_words(baseline: str | None) -> tuple[str, str]:
    """'In the first half of 2026 vs. the same period last year' -> ('the first half of
    2026', 'the same period last year'); 'Compared to the peaks of ...' -> ('', 'the peaks of ...')."""
    if not baseline:
        return "", ""
    text = baseline.strip().rstrip(":")
    parts = re.split(r"\s+(?:vs\.?|versus|compared (?:to|with))\s+", text, maxsplit=1, flags=re.IGNORECASE)
    if len(parts) == 2:
        return _lower(re.sub(r"^in\s+", "", parts[0], flags=re.IGNORECASE)), _lower(parts[1])
    match = re.match(r"(?:compared (?:to|with)|since|than)\s+(.*)", text, re.IGNORECASE)
    return ("", _lower(match.group(1))) if match else ("", "")


# A share that fell "by 9 percent" may have lost 9 points or 9% of itself: that is the
# question of points or percent, not of a missing earlier number ("how much share there was").
SHARE_NOUN = re.compile(r"\b(?:share|rate|proportion|percentage|ratio|margin)$", re.IGNORECASE)
# A baseline that points back to a figure the article has just given: "from that peak", "from this level".
POINTS_BACK = re.compile(r"\b(?:from|since|below|above|on) (?:that|this|its|their|those|these) (?:peak|high|low|level|"
                         r"figure|point|mark|record|total|number)s?\b", re.IGNORECASE)
# A price on a market, whose change is measured against its last close: "Ardeval's shares fell 4.3 percent".
MARKET_PRICE = re.compile(r"\b(?:shares|stocks?|(?:share|stock) prices?|index|futures|bonds?|yields?)$", re.IGNORECASE)


def _as_common(ctx: Context, what: str) -> str:
    """A changed thing inside a sentence: "Revenue" -> "revenue", but a name the article
    writes with its capital mid-sentence stays ("Harlow & Finch profit", "in Harlow & Finch")."""
    first = re.escape(what.split()[0])
    if re.search(rf"(?<=[a-z,;] ){first}\b", ctx.article.text) and not re.search(rf"\b{first.lower()}\b", ctx.article.text):
        return what
    return _lower(what)


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def points_or_percent(ctx: Context) -> Iterator[Candidate]:
    """'The share fell from 70 percent to about 56 percent. How big is the fall?' A fall of
    14 percentage points is a fall of a fifth, not of 14 percent."""
    text = ctx.article.text
    percents = [n for n in ctx.of_kind("number") if n.data["unit"] == "percent"
                and (not n.data["in_range"] or UP_FROM.search(text[max(0, n.start - 30) : n.start]))]  # "up from 44 percent"
    for first, second in zip(percents, percents[1:]):
        if second.data["sentence"] - first.data["sentence"] > 1 or not first.data["counts"]:
            continue
        later = second.data["counts"]
        if later and later.lower() != first.data["counts"].lower() and not PRONOUN_WORDS.fullmatch(later):
            continue  # two things counted: nothing to subtract
        sentence = ctx.article.text[second.data["sentence_start"] : second.data["sentence_end"]]
        # "58 percent ..., up from 44 percent when the question was last asked": the old figure second.
        back = second.data["sentence"] == first.data["sentence"] and UP_FROM.search(text[first.end : second.start])
        if not back and not re.search(r"\b(?:fell|dropped|declined|rose|grew|increased|climbed|slipped|down|up)\b.*\bto\b", sentence):
            continue
        old, new = (second.data["value"], first.data["value"]) if back else (first.data["value"], second.data["value"])
        if old == new or not 0 < old <= 100 or not 0 < new <= 100:
            continue
        points = abs(old - new)
        relative = round(100 * points / old)
        if abs(relative - points) < 3:
            continue  # the two readings give the same answer: nothing to tell apart
        way = "fall" if new < old else "rise"
        answer = f"{points:g} percentage points, which is about {relative}% of the old figure"
        feedback = {
            f"{points:g}% of the old figure": (f"{points:g} is the gap between {old:g}% and {new:g}% in percentage points. "
                                               f"As a share of the old {old:g}%, it is about {relative}%."),
            f"{new:g} percentage points": f"{new:g}% is where the figure ended up, not how far it moved from {old:g}%.",
            f"{relative} percentage points": (f"About {relative}% is the {way} as a share of the old figure. In "
                                              f"percentage points, {old:g}% to {new:g}% is {points:g}."),
        }
        evidence = sentences_around(ctx, first.start, second.end)
        if evidence is None:
            continue
        yield Candidate(
            choice(
                ctx, answer, list(feedback), id=f"points-{slugify(first.data['figure'], 8)}-{slugify(second.data['figure'], 8)}", skill="numbers",
                prompt=(f"The article says {quoted(display(evidence))} How big is the {way}?" if len(evidence.split()) <= 50 else
                        f"The article says the figure went from {first.data['figure']} to {second.data['figure']}. How big is the {way}?"),
                evidence=evidence,
                explanation=(f"From {old:g}% to {new:g}% is {points:g} percentage points. As a share of the old "
                             f"{old:g}%, that is {points:g} ÷ {old:g} ≈ {relative}%. Points and percent are easily mixed up, "
                             "and the difference can make a change sound bigger or smaller than it is."),
                feedback=feedback, template="points-or-percent",
            ),
            0.95, f"points:{first.start}",
        )


UP_FROM = re.compile(r",?\s+(?:up|down)\s+from\s+(?:about\s+|nearly\s+|almost\s+|just\s+)?$")


def poll_gap(ctx: Context) -> Iterator[Candidate]:
    """'The poll placed him at 13 percent, 14 points behind ...': the gap is in percentage
    points, so the one ahead has about 27 percent, not 14 and not 14 percent more."""
    text = ctx.article.text
    percents = [n for n in ctx.of_kind("number") if n.data["unit"] == "percent" and not n.data["in_range"]]
    for gap in ctx.of_kind("number"):
        if gap.data["unit"] != "points" or gap.data["in_range"] or not re.match(r"\s+(?:behind|ahead)\b", text[gap.end : gap.end + 8]):
            continue
        sentence = ctx.sentence(gap)
        share = [n for n in percents if n.data["sentence"] == gap.data["sentence"] and n.start < gap.start]
        if not share or not re.search(r"\b(?:poll|polls|survey)\b", sentence, re.IGNORECASE):
            continue
        own, points = share[-1].data["value"], gap.data["value"]
        behind = text[gap.end : gap.end + 8].split()[0] == "behind"
        other = own + points if behind else own - points
        if not 0 < other < 100:
            continue
        way, more = ("ahead", "more") if behind else ("behind", "less")
        answer = f"About {other:g}%: {own:g}% {'plus' if behind else 'minus'} {points:g} percentage points"
        sign = "+" if behind else "−"
        feedback = {
            f"{points:g}%: the points are that candidate's whole share":
                f"{points:g} points is the gap between the two, not a share: the one {way} has {own:g} {sign} {points:g} = {other:g}%.",
            f"About {own * (1 + points / 100) if behind else own * (1 - points / 100):.0f}%: {points:g}% {more} than {own:g}%":
                (f"That {'adds' if behind else 'takes away'} {points:g}% of {own:g}% {'to' if behind else 'from'} {own:g}%, but the poll's gap is in percentage points: "
                 f"{own:g} {sign} {points:g} = {other:g}%."),
        }
        gap_words = " ".join(text[gap.start : gap.end + 8].split()[:3])
        yield Candidate(
            choice(
                ctx, answer, list(feedback), id=f"poll-gap-{slugify(gap.data['figure'], 12)}", skill="numbers",
                prompt=(f"A poll in the article gives a candidate {share[-1].text} and puts them “{gap_words}”"
                        f"{'' if behind else ' of'} another. "
                        f"About what share does the poll give the one {way}?"),
                evidence=sentence,
                explanation=(f"A gap between two shares is counted in percentage points: {points:g} points "
                             f"{'above' if behind else 'below'} {own:g}% is {other:g}%. It is not {points:g}% {more} than {own:g}%, which would be a "
                             "share of a share, and it is not the other candidate's whole share."),
                feedback=feedback, template="poll-gap",
            ),
            0.85 * ctx.centrality(gap.start), f"figure:{gap.data['figure']}",
        )


# "A margin of error of plus or minus three percentage points", "the margin of error is ±2 points":
# the figure given within a few words after the phrase.
MARGIN = re.compile(r"\bmargin of (?:sampling )?error\b[^.;]{0,50}$", re.IGNORECASE)
# The words that make a gap in points a lead: "Labour's lead ... four points", "14 points ahead".
LEAD_BEFORE = re.compile(r"\b(?:lead|leads|led|leading|advantage|edge|gap)\b[^.;:]{0,60}$", re.IGNORECASE)
LEAD_AFTER = re.compile(r"^\s+(?:ahead|clear|in front)\b", re.IGNORECASE)
# A margin given for groups within a poll, or a note that theirs differ ("larger for subgroups",
# "5 points for under-30s"): not the whole sample's alone.
GROUP_MARGIN = re.compile(r"\b(?:subgroups?|sub-?samples?)\b|\bfor (?:those |people |adults |voters |respondents )?"
                          r"(?:aged|under|over|under-\d+s|over-\d+s|men|women|Democrats|Republicans|independents)\b",
                          re.IGNORECASE)
# A gap between groups within a poll ("55% of Democrats against 16% of Republicans", "among
# under-30s"), whose margins are wider; not "among likely voters", the whole sample.
_GROUP = (r"Democrats?|Republicans?|independents|liberals?|conservatives?|men|women|under-\d+s|over-\d+s|"
          r"(?:younger|older|white|black|hispanic|rural|urban) \w+|(?:those|people|adults|voters) (?:aged|under|over)")
GROUP_GAP = re.compile(rf"\b(?:of|among) (?:{_GROUP})\b", re.IGNORECASE)
# A gap that is a change of one share ("up three points"), not the distance between two.
MOVED = re.compile(r"\b(?:up|down|rose|fell|gained|lost|slipped|dropped|climbed|by)\s+$", re.IGNORECASE)


def margin_of_error(ctx: Context) -> Iterator[Candidate]:
    """'Labour leads by four points; the margin of error is plus or minus two points.' The
    margin is of each share: one can be two points too high and the other two too low, so
    the lead can be out by up to twice the margin. A lead no larger than that does not show
    clearly who is ahead; a lead well beyond it does."""
    text = ctx.article.text
    given = next((n for n in ctx.of_kind("number") if n.data["unit"] in ("points", "percent") and not n.data["in_range"]
                  and MARGIN.search(text[n.data["sentence_start"] : n.start])), None)
    if given is None or not re.search(r"\b(?:poll|polls|survey)\b", text, re.IGNORECASE):
        return
    margin = given.data["value"]
    if GROUP_MARGIN.search(ctx.sentence(given)):
        return  # "larger for subgroups", "for under-30s": a margin that is not the whole sample's alone
    for gap in ctx.of_kind("number"):
        if gap.data["unit"] != "points" or gap.data["in_range"]:
            continue
        before = text[max(gap.data["sentence_start"], gap.start - 60) : gap.start]
        if not (LEAD_BEFORE.search(before) or LEAD_AFTER.match(text[gap.end : gap.end + 12])) or MOVED.search(before):
            continue
        lead = gap.data["value"]
        if not margin < lead * 4 or gap.data["sentence"] == given.data["sentence"]:
            continue  # a lead far inside the margin is one no article calls a lead; the margin itself is no lead
        sentence = ctx.sentence(gap)
        if GROUP_GAP.search(sentence) or not _names_both_sides(ctx, gap) or not self_contained(sentence) \
                or len(sentence.split()) > 40:
            continue  # a gap between groups has their own, wider margins; a lead the prompt cannot show is no question
        yield _margin_question(ctx, gap, lead, given)
        return


def _names_both_sides(ctx: Context, gap: Fact) -> bool:
    """Whether the lead's sentence shows who leads whom: both shares ("Holt on 44% and Reed on
    41%, a lead of three points") or both sides ("Holt leads Reed by three points")."""
    shares = [n.data["value"] for n in ctx.of_kind("number") if n.data["sentence"] == gap.data["sentence"]
              and n.data["unit"] == "percent"]
    if any(abs(a - b - gap.data["value"]) < 0.05 for a in shares for b in shares):
        return True
    return bool(re.search(r"\b[A-Z][\w’'-]*\b[^.;]{0,60}\b(?:leads?|led|ahead of|over|behind|trails?|trailed)\s+(?:the\s+)?[A-Z]",
                          ctx.sentence(gap)))


def _margin_question(ctx: Context, gap: Fact, lead: float, given: Fact) -> Candidate:
    margin = given.data["value"]
    twice = 2 * margin
    careless = f"About {margin:g}% of the people asked gave careless or wrong answers"
    if lead <= twice:
        answer = f"The two could really be level, since each share could be up to {margin:g} points out"
        wrong = {
            careless: "The margin of error comes from asking a sample of people rather than everyone, not from wrong answers.",
            (f"The {lead:g}-point lead is bigger than the {margin:g}-point margin, so the poll shows which is ahead"
             if lead > margin else "The lead is within the margin, so the poll shows that the two are exactly level"):
                (f"The margin is of each share, not of the lead: with one share {margin:g} points too high and the other "
                 f"{margin:g} too low, the lead would be {twice:g} points out, "
                 + ("as much as the lead itself." if lead == twice else "more than the lead itself.")
                 + ("" if lead > margin else " That the two could be level does not show that they are.")),
        }
    else:
        answer = f"With one share {margin:g} points too high and the other {margin:g} too low, the lead would still be {lead - twice:g}"
        wrong = {
            careless: "The margin of error comes from asking a sample of people rather than everyone, not from wrong answers.",
            "The lead is within the margin of error, so the two are really level":
                f"Even with both shares {margin:g} points out the wrong way, the lead shrinks by {twice:g} points, "
                f"which leaves {lead - twice:g}: it is larger than the margin allows for.",
        }
    return Candidate(
        choice(
            ctx, answer, list(wrong), id=f"margin-of-error-{slugify(gap.data['figure'], 12)}", skill="uncertainty",
            prompt=(f"The article says {quoted(display(ctx.sentence(gap)))} The poll's margin of error is {margin:g} "
                    "percentage points either way. What does the margin of error mean for this lead?"),
            evidence=sentences_around(ctx, min(gap.start, given.start), max(gap.end, given.end)) or ctx.sentence(given),
            explanation=(f"A margin of error of {margin:g} points applies to each share in the poll, because the poll asked a "
                         "sample of people rather than everyone. One share could be that much too high while the other is "
                         f"that much too low, so the gap between them can be out by up to about {twice:g} points. "
                         + (f"A lead of {lead:g} points is no larger than that, so the poll alone does not show clearly which "
                            "is ahead." if lead <= twice else
                            f"A lead of {lead:g} points is larger than that, so the poll shows which is ahead, by less or more "
                            "than it says.")),
            feedback=wrong, template="margin-of-error",
        ),
        0.85, "margin-of-error",
    )


# The time a price figure covers: a year ("in the year to March", "annual inflation") or a
# month ("on a monthly basis", "between February and March", "from the previous month").
MONTHS = rf"(?:{MONTH_NAMES})"
OVER_A_YEAR = re.compile(r"\b(?:in the (?:year|12 months|twelve months) to|over the (?:past )?year|year[- ]on[- ]year|"
                         r"annual(?: rate)?|from a year (?:earlier|ago)|than (?:a year (?:earlier|ago)|(?:in )?\w+ last year))\b",
                         re.IGNORECASE)
OVER_A_MONTH = re.compile(rf"\b(?:on a monthly basis|month[- ]on[- ]month|between {MONTHS} and {MONTHS}|"
                          r"from the (?:previous|month before)|(?:compared )?with the previous month)\b", re.IGNORECASE)
# A figure for part of the prices ("core inflation, which leaves out food and energy"): the
# two would differ for that reason as well.
PART_OF_PRICES = re.compile(r"\b(?:core|excluding|excludes|leaves? out|without)\b", re.IGNORECASE)
# A rise in prices that governs the figure: the price noun is the subject of a rise verb whose
# figure it is ("inflation rose to 3.4%", "prices rose by 0.6%"), read on the sentence up to the
# figure. Not a fall ("prices fell by 0.2%"), and not pay ("pay grew by 5.6%, outpacing prices").
PRICES_ROSE = re.compile(r"\b(?:prices|inflation|cost of living|CPI)\b(?P<between>[^.;,]{0,40}?)\b(?:rose|rise|rises|risen|"
                         r"rising|climbed|increased|went up|were up|was up|grew|jumped)\s+(?:by\s+|to\s+)?"
                         r"(?:about\s+|around\s+|almost\s+|nearly\s+)?$", re.IGNORECASE)
PAY = re.compile(r"\b(?:pay|wages?|earnings|salar(?:y|ies))\b", re.IGNORECASE)


def _price_rise(ctx: Context, n: Fact) -> bool:
    """Whether the figure is what prices rose by or to, with prices the subject of the rise."""
    before = ctx.article.text[n.data["sentence_start"] : n.start]
    match = PRICES_ROSE.search(before)
    return match is not None and not PAY.search(match.group("between"))


def month_or_year(ctx: Context) -> Iterator[Candidate]:
    """'Inflation rose to 3.4% in the year to March ... On a monthly basis, prices rose by
    0.6%.' Two rises in prices that cover different times: a year against a month. They
    cannot be set side by side, and 0.6% a month would be more than 7% over a year."""
    def price_figures(period: re.Pattern) -> list[Fact]:
        found = []
        for n in ctx.of_kind("number"):
            sentence = ctx.sentence(n)
            if n.data["unit"] == "percent" and not n.data["in_range"] and n.data["time"] == "count" \
                    and not ctx.in_title(n) and period.search(sentence) and _price_rise(ctx, n) \
                    and not PART_OF_PRICES.search(sentence) and not (OVER_A_YEAR.search(sentence) and OVER_A_MONTH.search(sentence)):
                found.append(n)
        return found
    yearly, monthly = price_figures(OVER_A_YEAR), price_figures(OVER_A_MONTH)
    if not yearly or not monthly:
        return
    year, month = yearly[0], next((n for n in monthly if n.data["sentence"] == monthly[0].data["sentence"]), monthly[0])
    a, b = year.data["value"], month.data["value"]
    if not 0 < b < a < 50:
        return  # a month's rise bigger than the year's: something else sets them apart
    over_year = 100 * ((1 + b / 100) ** 12 - 1)
    y, m = year.data["figure"].replace(" percent", "%"), month.data["figure"].replace(" percent", "%")
    answer = f"The {y} is a rise over a year, the {m} over one month"
    wrong = {
        f"The {y} is a forecast, the {m} a measured figure":
            "Both are measured: the article gives them as prices that have already risen, over different times.",
        f"The {y} is in percentage points, the {m} in percent":
            "Both say by how much prices went up, in percent; what differs is the time each covers.",
    }
    yield Candidate(
        choice(
            ctx, answer, list(wrong), id=f"month-or-year-{slugify(m, 8)}", skill="numbers",
            prompt=f"The article gives two figures for rising prices: {y} and {m}. What is the difference between them?",
            evidence=ctx.sentence(month),
            explanation=(f"The {y} is a rise over a whole year, and the {m} a rise over one month, so the two cannot be set "
                         f"side by side. A rise of {m} every month for a year would add up to about {over_year:.0f}%. News "
                         "about prices usually gives the change over a year, but a report may give the monthly change as "
                         "well: check which one a figure is before comparing it."),
            feedback=wrong, template="month-or-year",
        ),
        0.85, "month-or-year",
    )


# Words that make a percent a change in risk: "a 30% reduction in risk", "30% less likely".
RISK = re.compile(r"\b(?:risk|chance|odds|likely|likelihood)\b", re.IGNORECASE)


def relative_risk(ctx: Context) -> Iterator[Candidate]:
    """'Among daily drinkers 2.1% developed kidney stones; among the others, 3%. The researchers
    described this as a 30% reduction in risk.' The 30% is the gap as a share of the 3%: 0.9
    fewer in every 100, not 30 fewer. A relative change sounds big even when the risk is small."""
    percents = [n for n in ctx.of_kind("number") if n.data["unit"] == "percent" and not n.data["in_range"]
                and n.data["time"] == "count" and 0 < n.data["value"] <= 100]
    for rel in percents:
        if not RISK.search(ctx.sentence(rel)):
            continue
        near = [n for n in percents if n.data["sentence"] != rel.data["sentence"]
                and 0 < rel.data["sentence"] - n.data["sentence"] <= 2 or n.data["sentence"] == rel.data["sentence"] and n.start != rel.start]
        pair = next(((lo, hi) for lo in near for hi in near if lo.data["value"] < hi.data["value"]
                     and _relative_gap(lo.data["value"], hi.data["value"], rel.data["value"])), None)
        if pair is None:
            continue
        lo, hi = pair
        low, high, share = lo.data["value"], hi.data["value"], rel.data["value"]
        down = abs(100 * (high - low) / high - share) <= 1.5
        base, gap = (high if down else low), round(high - low, 2)
        evidence = sentences_around(ctx, min(lo.start, hi.start, rel.start), max(lo.end, hi.end, rel.end))
        if evidence is None:
            continue
        fewer = "fewer" if down else "more"
        points = f"{gap:g} point{'' if gap == 1 else 's'}"
        answer = f"The gap of {points} as a share of {base:g}%"
        wrong = {
            f"A gap of {share:g} in every 100 between the two groups": (
                f"That would be a gap of {share:g} percentage points. From {high:g}% to {low:g}% is {points}: "
                f"{gap:g} in every 100."),
            f"The share of the people in one group: {share:g} in every 100": (
                f"The shares of the two groups are {high:g}% and {low:g}%; the {share:g}% compares them."),
        }
        figure = rel.data["figure"].replace(" percent", "%")
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"relative-risk-{slugify(figure, 8)}", skill="numbers",
                prompt=(f"The article gives {hi.data['figure']} and {lo.data['figure']} for two groups, and a change in "
                        f"risk of {figure}. What does the {figure} measure?"),
                evidence=evidence,
                explanation=(f"{high:g}% and {low:g}% are {gap:g} percentage point{'' if gap == 1 else 's'} apart: {gap:g} {fewer} in every 100. "
                             f"As a share of {base:g}%, that gap is {gap:g} ÷ {base:g} ≈ {share:g}%: the relative change. "
                             "A relative change sounds big even when the risk itself is small; the absolute change, "
                             f"{gap:g} in every 100, tells how many it touches."),
                feedback=wrong, template="relative-risk",
            ),
            0.85, f"relative-risk:{rel.start}",
        )
        return


def _relative_gap(low: float, high: float, share: float) -> bool:
    """Whether `share` percent is the gap between two rates as a share of either, and not also
    the gap in points (then the question has nothing to tell apart)."""
    as_share = (100 * (high - low) / high, 100 * (high - low) / low)
    return any(abs(s - share) <= 1.5 for s in as_share) and abs((high - low) - share) > 3


# Who a poll asked, and the few of them a figure for one group rests on.
PEOPLE_COUNTED = re.compile(r"^(?:adults|people|voters|respondents|residents|members|parents|students|workers|households|"
                            r"Americans|Britons|Canadians|Australians)\b")
ASKED = re.compile(r"\b(?:interviewed|surveyed|polled|asked|questioned|spoke to|sample of)\b", re.IGNORECASE)
FEW_OF_THEM = re.compile(r"\b(?:only|just|small|included|based on|made up of)\b", re.IGNORECASE)
# A group within the poll: "among voters aged 18 to 24", "of the 300 asked", "a subsample".
WITHIN_THE_POLL = re.compile(r"\b(?:among|sub-?samples?|aged \d|of (?:the|those)\b[^.;]{0,30}?\b(?:asked|surveyed|polled|"
                             r"questioned|interviewed))\b", re.IGNORECASE)
# A percent that is a change, not the group's share: "20% fewer than last year", "up 5%".
AS_A_CHANGE_AFTER = re.compile(r"^\s*(?:fewer|more|less|higher|lower|up|down|lower|rise|fall|increase|decrease|drop)\b",
                               re.IGNORECASE)
AS_A_CHANGE_BEFORE = re.compile(r"\b(?:up|down|rose|fell|rise of|fall of|increase of|drop of|by)\s+$", re.IGNORECASE)


def poll_subgroup(ctx: Context) -> Iterator[Candidate]:
    """'Opinium interviewed 2,050 adults ... Among voters aged 18 to 24 the party was on 24%,
    but that group included only 180 people.' A figure for one group rests on the few of
    them in the poll, so it is much less certain than the poll's figures for everyone."""
    if not re.search(r"\b(?:poll|survey)\b", ctx.article.text, re.IGNORECASE):
        return
    people = [n for n in ctx.of_kind("number") if PEOPLE_COUNTED.match(n.data["counts"] or "")
              and n.data["unit"] not in ("percent", "points") and n.data["time"] == "count"]
    whole = max((n for n in people if ASKED.search(ctx.sentence(n))), key=lambda n: n.data["value"], default=None)
    if whole is None:
        return
    for part in people:
        sentence = ctx.sentence(part)
        text = ctx.article.text
        shares = [n for n in ctx.of_kind("number") if n.data["sentence"] == part.data["sentence"] and n.data["unit"] == "percent"
                  and not AS_A_CHANGE_AFTER.search(text[n.end : n.end + 20])
                  and not AS_A_CHANGE_BEFORE.search(text[n.data["sentence_start"] : n.start])]
        if not WITHIN_THE_POLL.search(sentence):
            continue  # a count of people beside a percent, but no group among those the poll asked
        before = ctx.article.text[part.data["sentence_start"] : part.start]
        if part.data["sentence"] == whole.data["sentence"] or not 0 < part.data["value"] * 3 <= whole.data["value"] \
                or not shares or not FEW_OF_THEM.search(before[-30:]):
            continue
        n, total = part.data["value"], whole.data["value"]
        answer = f"It is less certain, since it rests on only {n:,g} of them"
        wrong = {
            "It is more exact, since a small group is easier to ask": (
                f"Asking fewer people makes a figure less exact, not more: chance counts for more among {n:,g} than "
                f"among {total:,g}."),
            "It is just as certain, since it comes from the same poll": (
                f"It comes from the same poll, but only {n:,g} of the people in it stand behind it."),
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"poll-subgroup-{slugify(part.data['figure'], 10)}", skill="numbers",
                prompt=(f"The poll in the article asked {whole.data['figure']} {whole.data['counts']}, and gives "
                        f"{shares[0].data['figure'].replace(' percent', '%')} for one group among them. "
                        "What should a reader keep in mind about that figure?"),
                evidence=sentence,
                explanation=(f"A figure for one group rests only on the people of that group in the poll: here "
                             f"{n:,g}, out of {total:,g}. The fewer people a figure rests on, the more chance can sway "
                             "it, so its margin of error is much wider than the poll's figures for everyone."),
                feedback=wrong, template="poll-subgroup",
            ),
            0.8, "poll-subgroup",
        )
        return
