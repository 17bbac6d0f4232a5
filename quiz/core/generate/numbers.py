"""Numbers: what kind of figure it is: a count, a forecast or a goal, a
rate or a record still to come. Who gives a figure is in figure_source.py, what it is
compared with in compared.py. Never "which figure fills the gap": finding a figure is not
reasoning about it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.facts.numbers import SCALES
from quiz.core.generate.common import (
    Candidate, Context, capitalise, choice, display, lower_first_word, mid_sentence, possessive, quoted, self_contained,
    shuffled, slugify, speaker_of,
)
from quiz.core.generate.study import RESEARCH

TIME_UNITS = frozenset("years year months month weeks week days day hours hour minutes minute decades decade centuries century times".split())


def as_written(ctx: Context, fact: Fact) -> str:
    """The figure with what it counts, when the article writes them together."""
    span = fact.data.get("counts_start"), fact.data.get("counts_end")
    counts = fact.data.get("counts") or ""
    if counts.istitle() and span[0] is not None:
        noun = re.match(r" [a-z]+s\b", ctx.article.text[span[1] :])  # "28,000 [Andy Warhol] photographs"
        return ctx.article.text[fact.start : span[1] + noun.end()] if noun else fact.text
    if span[0] is not None and 0 <= span[0] - fact.end <= 1:
        return ctx.article.text[fact.start : span[1]]
    return fact.text


def written_like(figure: str, value: float) -> str | None:
    """`value` written as the article writes `figure`: 3.5e9 like "$8 billion" is "$3.5 billion"."""
    match = re.fullmatch(r"(?P<currency>[$€£]?)[\d.,]+(?:\s*(?P<scale>hundred|thousand|million|billion|trillion))?", figure)
    if match is None:
        return None
    scale = match.group("scale")
    amount = value / SCALES[scale.lower()] if scale else value
    if round(amount, 2) != amount or amount <= 0:
        return None  # a figure with more digits than the article's own: no plain working
    return f"{match.group('currency')}{amount:,.2f}".rstrip("0").rstrip(".") + (f" {scale}" if scale else "")


def paragraph_of(ctx: Context, fact: Fact) -> str:
    """The figure's paragraph: where a source for it, or more about it, would be."""
    for span in ctx.article.paragraphs:
        if span.start <= fact.start < span.end:
            return ctx.article.text[span.start : span.end]
    return ctx.sentence(fact)


# Words that put a figure ahead of its time: "will cost", "is expected to", "next year".
AHEAD = re.compile(r"\b(?:will|would|could|may|might|expected|projected|forecasts?|plans?|planned|next|"
                   r"to (?:cost|reach|be|rise|fall|top))\b", re.IGNORECASE)


# What is owed or still to be done now: "the backlog of repairs would cost $40 billion" is an
# estimate of a present need as much as a forecast, so neither reading alone is right.
STANDING_NEED = re.compile(r"\b(?:backlogs?|shortfalls?|arrears|outstanding|unpaid|overdue|owed|owes|deficits?|debts?|"
                           r"(?:still|yet) to be (?:done|made|paid|carried out|repaired|built)|not yet (?:done|made|paid|"
                           r"carried out|repaired|built))\b", re.IGNORECASE)

# A price or a charge a rule sets ("All-day parking will cost £6", "fares will rise to $3 a
# ride"): decided, not predicted. And a figure inside a call for action ("legislators should
# back the bill that would add two judges"): what is asked for, not a forecast.
SET_PRICE = re.compile(r"\b(?:parking|tickets?|fares?|fees?|charges?|fines?|fined|tolls?|per (?:hour|day|ride|trip|"
                       r"person|visit|night)|an? (?:hour|day|ride|trip|night|visit))\b", re.IGNORECASE)
# "expects the new charges to raise an extra £640,000": what a charge brings in, foretold, not the price it sets.
REVENUE_BEFORE = re.compile(r"\b(?:raise|raises|raising|earn|earns|earning|generate|generates|generating|bring in|brings in|"
                            r"bringing in)\s+(?:(?:an?|some|about|around|roughly|nearly|almost|up to|more than)\s+)?"
                            r"(?:(?:extra|additional|further|estimated)\s+)?$", re.IGNORECASE)
CALL_FOR = re.compile(r"\b(?:(?:should|must|ought to)(?!\s+(?:grow|rise|fall|reach|increase|decrease|climb|drop|top|exceed|hit|"
                      r"be|remain|stay|come|total|pass)\b)|urge[sd]?|call(?:s|ed)? on)\b", re.IGNORECASE)
# "would likely have been lower than 46 percent": what the past would have been, not a forecast.
WOULD_HAVE = re.compile(r"\b(?:would|could|might)\s+(?:\w+\s+)?have\s+(?:been|had|\w+ed)\b", re.IGNORECASE)


# A margin of error says how far a poll's figures may be out, now: neither a count nor a forecast,
# whatever "may" the next clause has.
MARGIN_OF_ERROR = re.compile(r"\bmargins? of (?:sampling )?error\b|\bplus or minus\b|±|\bsampling error\b", re.IGNORECASE)


# A figure that is only a span of time ("within two years", "a target of six months"), a
# share of one in so many, a ceiling ("up to 25 percent"), or goals scored in a match: none
# is the amount a forecast or a goal is about.
SPAN = re.compile(r"^(?:years?|months?|weeks?|days?|hours?|decades?|minutes?)(?:['’]s?)?(?:\s|$)", re.IGNORECASE)


def _forecast_figure(ctx: Context, fact: Fact) -> bool:
    counts = (fact.data["counts"] or "").lower()
    before = ctx.article.text[max(0, fact.start - 8) : fact.start].lower()
    span = SPAN.match(counts) and (fact.data.get("value") or 0) <= 60  # not "300,000 hours" saved, an amount
    return not (span or re.search(r"\bone in\s*$|\bin\s*$", before) and not counts and not fact.data["unit"]  # not "bring in $2m"
                or (fact.data.get("qualifier") or "").lower() == "up to"
                or re.match(r"goals?\b", counts) and re.search(r"\bscor", ctx.sentence(fact), re.IGNORECASE))


# "to fall to fewer than 30", "could reach 2,000": a figure a change goes to is a quantity, whatever it counts.
CHANGES_TO = re.compile(r"\b(?:fall|falls|drop|drops|rise|rises|climb|climbs|grow|grows|shrink|shrinks|increase|increases|"
                        r"decrease|decreases)\s+to\s+(?:(?:fewer|less|more)\s+than\s+|about\s+|around\s+|just\s+)?$|"
                        r"\breach\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


def _changes_to(ctx: Context, fact: Fact) -> bool:
    """Whether a figure is what a change is foretold to go to ("expected to fall to fewer than 30")."""
    return bool(CHANGES_TO.search(ctx.article.text[max(0, fact.start - 40) : fact.start]))


def _revenue(ctx: Context, fact: Fact) -> bool:
    """Whether a sum is what something brings in ("to raise an extra £640,000"), not a price or charge."""
    return bool(REVENUE_BEFORE.search(ctx.article.text[max(0, fact.start - 60) : fact.start]))


def forecast(ctx: Context) -> Iterator[Candidate]:
    """'Is this figure a count of what happened, an estimate, a forecast or a goal?'"""
    options = {
        "forecast": "A forecast of what would or will happen",
        "target": "A goal: what someone plans or promises to reach",
        "count": "A count of something that has already happened",
        "estimate": "An estimate of something that has already happened",
    }
    # Not asked of an estimate of what has happened: the sentence's own "estimated" gives the answer away.
    explanations = {
        "forecast": ("The sentence speaks of what is still to come{cues}: {figure} is {whose}prediction, not a number "
                     "anyone has counted, and the real number may turn out different."),
        "target": ("The figure {figure} is what {who} aims, plans or promises to reach, not what has happened: "
                   "a goal can be missed, so it says nothing yet of the result."),
    }
    # Why the two readings of a figure as what has happened are wrong, by what the figure is.
    not_yet = {
        "forecast": "the sentence speaks of what is still to come{cues}, not of what has happened",
        "target": "the figure is what someone aims to reach, and it has not been reached yet",
    }
    for fact in ctx.of_kind("number"):
        time = fact.data["time"]
        if time not in explanations or fact.data["in_range"] or not (fact.data["counts"] or fact.data["unit"]
                                                                       or _changes_to(ctx, fact)):
            continue  # "the 747" names an aircraft; "expected to fall to fewer than 30" is still a quantity
        sentence = ctx.sentence(fact)
        if not _forecast_figure(ctx, fact):
            continue
        if not self_contained(sentence) or len(sentence.split()) > 45 or STANDING_NEED.search(sentence) \
                or MARGIN_OF_ERROR.search(sentence) \
                or CALL_FOR.search(sentence) or WOULD_HAVE.search(sentence) or fact.data["unit"] not in ("", "percent", "points") and SET_PRICE.search(sentence) and not _revenue(ctx, fact):
            continue
        answer = options[time]
        cues = _cues(sentence)
        source = speaker_of(fact.data["source"]) if fact.data["source"] else None
        giver = mid_sentence(ctx.label(fact.data["source"]).split(",")[0]) if source and source.named else None
        if giver and source.kind != "person" and len(giver.split()) < 2:
            giver = None  # "Department": a body's bare word, no name to give it
        fields = {"cues": cues, "figure": fact.text, "whose": f"{possessive(giver)} " if giver else "a ",
                  "who": giver or "someone"}
        wrong = {
            options["count"]: f"It is not a count: {not_yet[time].format(cues=cues)}.",
            options["estimate"]: f"It is not about what has already happened: {not_yet[time].format(cues=cues)}.",
        }
        yield Candidate(
            Question(
                id=f"forecast-{slugify(fact.text, 20)}", type="choice", skill="numbers",
                prompt=f"{quoted(display(sentence))} Is the figure {fact.text} here a count, a forecast or a goal?"
                if time == "target" else f"{quoted(display(sentence))} Is the figure {fact.text} here a count or a forecast?",
                choices=shuffled(ctx.rng, answer, list(wrong)), answer=answer, evidence=sentence,
                explanation=explanations[time].format(**fields) + (
                    " Here “estimates” is a judgement of what is still to come: an estimate of the future is a forecast."
                    if time == "forecast" and re.search(r"\bestimates\b", sentence, re.IGNORECASE) else ""),
                feedback=wrong, template="forecast",
            ),
            0.8, f"figure:{fact.data['figure']}",
        )


# The words of a sentence that put it ahead of its time, to name only those it has.
FUTURE_CUE = re.compile(r"\b(?:will|would|could|may|might|(?:is |are )?expected to|expects?|predicts?|projected|forecasts?|"
                        r"plans?|planned|next (?:year|month|week|spring|summer|autumn|fall|winter|decade)|"
                        r"(?:is |are )?set to|on (?:pace|track) (?:for|to))\b", re.IGNORECASE)


def _cues(sentence: str) -> str:
    """' (“estimates”, “will”)': the words of `sentence` that speak of the future, or ''."""
    found = list(dict.fromkeys(m.group().lower() for m in FUTURE_CUE.finditer(sentence)))
    return f" ({', '.join(f'“{w}”' for w in found)})" if found else ""


PROJECTED = re.compile(r"\b(?:on pace|on track|set|poised|expected|projected|forecast|likely)\s+(?:for|to)\b", re.IGNORECASE)
RECORD = re.compile(r"\b(?:lowest|highest|largest|biggest|smallest|fewest|most|best|worst|record)\b[^.;:]{0,60}?"
                    r"\b(?:in|since|for|ever|on record)\b", re.IGNORECASE)


def record_forecast(ctx: Context) -> Iterator[Candidate]:
    """'Homicides are on pace for the lowest level in 126 years': a record not yet reached,
    projected from part of a period."""
    for sentence in ctx.article.sentences:
        text = sentence.text
        cue = PROJECTED.search(text)
        record = RECORD.search(text, cue.end()) if cue else None
        if record is None or record.start() - cue.end() > 25 or not self_contained(text) or ctx.in_title(
                Fact("sentence", sentence.start, sentence.end, text, {"sentence_start": sentence.start})):
            continue
        words = " ".join(cue.group(0).split())
        answer = f"No: “{words}” makes it a projection; the record has not been reached yet"
        distractors = ["Yes: the sentence reports a record that has already been reached",
                       f"Yes: “{words}” means the record has just been set"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"record-{slugify(words, 20)}", skill="numbers",
                prompt=f"The article says {quoted(display(text))} Has this record already been reached?",
                evidence=text,
                explanation=(f"“{capitalise(words)}” looks forward: it says where things are heading, not what has been "
                             "measured. The figures so far point to a record, but the final count may fall short."),
                feedback={distractors[0]: f"“{words}” shows it has not been reached yet.",
                          distractors[1]: f"“{words}” looks ahead: it says where the figures are heading."},
                template="record-forecast",
            ),
            0.85 * ctx.centrality(sentence.start), "record",
        )


# A rate per head of a population ("per 100,000 residents", "per 1,000 live births", "per
# capita"): only there do places of different sizes make rate and total differ. Not "$0.09 per
# share" nor "per hour".
PEOPLE = r"(?:people|persons|residents|inhabitants|population|citizens|adults|children|women|men|households|patients|" \
         r"students|pupils|workers|employees|drivers|(?:live\s+)?births)"
PER = re.compile(r"\s+(?:[a-z-]+\s+){0,3}?(?P<per>per\s+(?P<unit>capita|person|head|resident|inhabitant|"
                 r"\d[\d,]*\s+" + PEOPLE + r"))\b", re.IGNORECASE)


def rate_or_total(ctx: Context) -> Iterator[Candidate]:
    """'12 murders per 100,000 people': a rate, not how many there were in all."""
    for fact in ctx.of_kind("number"):
        match = PER.match(ctx.article.text, fact.end)
        if match is None or fact.data["in_range"] or fact.data["unit"]:
            continue  # "$0.09 per share", "3 percent": the rate question is of counts of people, not of money or shares
        unit = " ".join(match.group("unit").lower().split())
        per = {"capita": "person", "head": "person"}.get(unit, unit)
        phrase = ctx.article.text[fact.start : match.end()]
        n = fact.data["figure"]
        answer = f"A rate: {n} for every {per}, not how many there were in all"
        distractors = [f"The total: {n} in all", f"A share: {n} out of every 100", f"A change: {n} more than before"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"rate-{slugify(phrase, 24)}", skill="numbers",
                prompt=f"The article gives {quoted(phrase)}. What kind of figure is this?",
                evidence=ctx.sentence(fact),
                explanation=(f"“{' '.join(match.group('per').split())}” makes it a rate: it lets places or groups of "
                             "different sizes be compared, but it does not say how many there were in all. A big place "
                             "can have a low rate and still a large total."),
                feedback={distractors[0]: f"“{' '.join(match.group('per').split())}” shows it is not a total.",
                          distractors[1]: "A share out of 100 is a percentage; this is a number for every unit.",
                          distractors[2]: "Nothing in the figure compares with an earlier time."},
                template="rate-or-total",
            ),
            0.8 * ctx.centrality(fact.start), f"figure:{n}",
        )


# "3 of 4 men who had electrocautery (75 percent)", "all 9 men treated with imiquimod (100
# percent)": a share the article works out from a count of a few people.
SMALL_SHARE = re.compile(
    r"\b(?:(?P<part>\d+)\s+(?:of|out of)\s+(?:the\s+)?|(?P<all>all)\s+)(?P<whole>\d+)\s+[a-z][^;()]{0,60}?"
    r"\((?P<share>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)\)", re.IGNORECASE)
SMALL = 20


def small_count(ctx: Context) -> Iterator[Candidate]:
    """'3 of 4 men (75 percent)': in a study of so few, one person more or less moves the
    share by a quarter, so a percent of them can be chance."""
    for sentence in ctx.article.sentences:
        if not (ctx.kind.kind == "study" or RESEARCH.search(sentence.text)):
            continue  # "3 of 5 judges": a vote is no sample
        for match in SMALL_SHARE.finditer(ctx.article.text, sentence.start, sentence.end):
            whole = int(match.group("whole"))
            part = whole if match.group("all") else int(match.group("part"))
            share = float(match.group("share"))
            if not 1 < whole <= SMALL or part > whole or abs(100 * part / whole - share) > 1:
                continue  # not a share of the count it follows
            if len(match.group(0).split("(")[0].split()) < 5 - bool(match.group("all")):
                continue  # "2 of 3 Americans (67 percent)": a ratio, not a group of three people studied
            phrase = match.group(0)
            written = phrase[phrase.rindex("(") + 1 : -1]
            step = 100 / whole
            exact = step == round(step)  # 100 ÷ 4 is 25 exactly; 100 ÷ 7 only about 14
            shares = [f"{100 * n / whole:.0f} percent" for n in (part - 1, part + 1) if 0 <= n <= whole]
            answer = f"Not much: with only {whole}, each one moves it by {'' if exact else 'about '}{step:.0f} percentage points"
            wrong = {
                "Fully: a percent is exact, however few were counted":
                    f"The percent is worked out right, but from only {whole}: one more or one fewer changes it a lot.",
                f"Fully: {written} of a small group is as sure as {written} of thousands":
                    f"In a big group one person hardly moves the percent; in a group of {whole} each one is "
                    f"{'' if exact else 'about '}{step:.0f} percentage points.",
                "Not at all: a result from a small group must be wrong":
                    "A small group does not make the result wrong, only unsure: it may be chance.",
            }
            yield Candidate(
                choice(
                    ctx, answer, list(wrong), id=f"small-count-{slugify(phrase, 20)}", skill="numbers",
                    prompt=f"The article reports {quoted(phrase)}. How far can a reader rely on that {written}?",
                    evidence=sentence.text,
                    explanation=(f"The {written} is a share of just {whole}: each one is 100 ÷ {whole} "
                                 f"{'=' if exact else '≈'} {step:.0f} "
                                 f"percentage points. If just one of the {whole} had turned out the other way, it would be "
                                 f"{' or '.join(shares)} instead. A share of so few can be chance; only a larger group "
                                 "shows whether it holds."),
                    feedback=wrong, template="small-count",
                ),
                0.85 - whole / 200, "small-count",
            )


# Words that make a range an estimate of one unknown figure, not a spread of many ("salaries
# between $40,000 and $60,000", "tickets will cost $40 to $90"): someone estimated it.
ESTIMATE_CUE = re.compile(r"\b(?:estimat\w*|believed|thought to|projected|guess\w*|forecasts?)\b", re.IGNORECASE)
SPREAD_WORDS = frozenset("old aged age ages degrees temperatures".split())


def estimate_range(ctx: Context) -> Iterator[Candidate]:
    """'Between 900,000 and 1.6 million people, the UN estimated': a range gives the lowest
    and the highest guess of one figure; how far apart they are shows how unsure it is."""
    text = ctx.article.text
    figures = [n for n in ctx.of_kind("number") if n.data["in_range"]]
    for low, high in zip(figures, figures[1:]):
        link = text[low.end : high.start]
        between = re.search(r"\bbetween\s+$", text[max(0, low.start - 9) : low.start], re.IGNORECASE)
        if not (between and re.fullmatch(r"\s+and\s+", link) or not between and re.fullmatch(r"\s*(?:to|-|–)\s*", link)):
            continue
        if re.search(r"\bfrom\s+$", text[max(0, low.start - 6) : low.start], re.IGNORECASE):
            continue  # "rose from 20 to 45": a change, not a range
        sentence = ctx.sentence(low)
        words = {w.lower() for n in (low, high) for w in (n.data["counts"] or "").split()}
        after = text[high.end : high.end + 12].lower().split()[:2]
        if words & (TIME_UNITS | SPREAD_WORDS) or set(after) & (TIME_UNITS | SPREAD_WORDS) or low.data["unit"] != high.data["unit"]:
            continue  # "between 32 and 77 years old": the spread of a group, not an unsure figure
        if not (ESTIMATE_CUE.search(sentence) or low.data["time"] == "estimate"):
            continue
        a, b = low.data["figure"], high.data["figure"]
        bottom = low.data["value"]
        scale = re.search(r"(hundred|thousand|million|billion|trillion)$", b)
        if scale and bottom < high.data["value"] / SCALES[scale.group(1)]:
            bottom *= SCALES[scale.group(1)]  # "between 1.2 and 2 million": the scale is the top's
            a = written_like(b, bottom) or a
        if bottom <= 0 or high.data["value"] / bottom < 1.5 or not self_contained(sentence) or len(sentence.split()) > 45:
            continue
        ratio = high.data["value"] / bottom
        end = high.data["counts_end"] if high.data["counts_start"] is not None and 0 <= high.data["counts_start"] - high.end <= 1 else high.end
        phrase = text[low.start - (len(between.group(0)) if between else 0) : end]
        answer = f"It is unsure: the highest estimate is about {ratio:.1f} times the lowest"
        wrong = {
            f"It went up from {a} to {b}": "A range gives the lowest and the highest estimate of one figure, not a change "
                                           "over time.",
            f"The exact figure is {b}": f"{capitalise(b)} is only the top of the range; the article gives no exact figure.",
            "Every one was counted, so the figure is exact": "A counted figure would be one number; a range shows that "
                                                             "it is an estimate.",
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"range-{slugify(phrase, 24)}", skill="numbers",
                prompt=f"The article says {quoted(display(sentence))} What does {quoted(phrase)} tell you?",
                evidence=sentence,
                explanation=(f"A range gives the lowest and the highest estimate: the true number is thought to lie "
                             f"somewhere from {a} to {b}. The top is {b} ÷ {a} ≈ {ratio:.1f} times the bottom, so whoever "
                             "made the estimate is not sure of the real number. A wide range is worth asking "
                             "about: who estimated it, and how?"),
                feedback=wrong, template="estimate-range",
            ),
            0.8 * ctx.centrality(low.start) + 0.05, f"figure:{a}",
        )


# Verbs that give a sum as promised or set aside, not yet spent, with what each says.
PROMISED = {
    **dict.fromkeys("commit committed commits committing pledge pledged pledges pledging promise promised promises "
                    "promising".split(), "promised"),
    **dict.fromkeys("mobilize mobilizes mobilized mobilizing mobilise mobilises mobilised mobilising".split(),
                    "being gathered"),
    **dict.fromkeys("allocate allocated allocates allocating earmark earmarked earmarks".split(), "set aside"),
    # A sum someone asks for or puts forward: "has requested $2 billion", "proposed $40 million".
    **dict.fromkeys("request requested requests requesting".split(), "asked for"),
    **dict.fromkeys("propose proposed proposes proposing".split(), "proposed"),
}
PROMISE_VERB = re.compile(r"\b(?P<verb>" + "|".join(sorted(PROMISED, key=len, reverse=True)) + r")\s+"
                          r"(?:(?:an?\s+)?(?:additional|further|total\s+of)\s+|another\s+)?$", re.IGNORECASE)
SPENT = re.compile(r"\b(?:delivered|spent|disbursed|paid|distributed|received|handed out)\b", re.IGNORECASE)


def promised_money(ctx: Context) -> Iterator[Candidate]:
    """'The government has committed more than $3.5 million in assistance': a sum promised or
    set aside is not a sum spent; the article does not say how much has been paid out."""
    text = ctx.article.text
    for fact in ctx.of_kind("number"):
        if fact.data["unit"] not in ("$", "€", "£") or fact.data["in_range"]:
            continue
        sentence = ctx.sentence(fact)
        verb = PROMISE_VERB.search(text, max(fact.data["sentence_start"], fact.start - 40), fact.start)
        if verb is None or SPENT.search(paragraph_of(ctx, fact)) or ctx.in_title(fact):
            continue
        word = verb.group("verb")
        meaning = PROMISED[word.lower()]
        end = fact.data["counts_end"] if fact.data["counts_start"] is not None and 0 <= fact.data["counts_start"] - fact.end <= 4 \
            else fact.end
        phrase = text[verb.start() : end]
        answer = f"No: “{word}” says the money is {meaning}, not that it has been spent"
        wrong = {
            f"Yes: “{word}” means the money has been spent": f"“{capitalise(word)}” says the money is {meaning}; spending "
                                                           "it comes later, and the article does not say it has happened.",
            "Yes: a sum given in dollars is money already paid": "A sum can be promised, planned or paid; the verb "
                                                                 "before it tells which.",
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"promised-{slugify(phrase, 24)}", skill="numbers",
                prompt=f"The article reports {quoted(phrase)}. Does this tell you the money has been spent?",
                evidence=sentence,
                explanation=(f"“{capitalise(word)}” speaks of money {meaning}. Such money can be paid late, in part, "
                             f"or not at all, so a reader should ask how much of the {fact.data['figure']} has really been "
                             "spent or delivered; the article does not say."),
                feedback=wrong, template="promised-money",
            ),
            0.85 * ctx.centrality(fact.start), f"figure:{fact.data['figure']}",
        )



def share_base(ctx: Context, share: Fact) -> Fact | None:
    """The count a percentage is a share of, when the article gives it next to it: '277
    vulnerabilities; 39 percent of these', 'Of the 1,200 workers, 40 percent', '40 percent
    of the 1,200 workers'. None when the link is not that plain."""
    text = ctx.article.text
    d = share.data
    counts = [n for n in ctx.of_kind("number") if not n.data["unit"] and n.data["counts"] and n is not share]
    after = re.match(r"\s+of\s+(?:the|these|those)\s+", text[share.end : share.end + 14])
    if after:
        base = next((n for n in counts if n.start == share.end + after.end()), None)
        if base is not None:
            return base
    if re.match(r"\s+of\s+(?:these|those|them)\b", text[share.end : share.end + 14]):
        paragraph = ctx.article.sentences[d["sentence"]].paragraph
        before = [n for n in counts if n.end <= share.start and d["sentence"] - 1 <= n.data["sentence"]
                  and ctx.article.sentences[n.data["sentence"]].paragraph == paragraph]
        between = [n for n in ctx.of_kind("number") if before and before[-1].end <= n.start and n.end <= share.start]
        if len(before) == 1 and not between:  # with two figures before it, "these" could be either
            return before[0]
    lead = re.match(r"Of\s+the\s+", text[d["sentence_start"] : d["sentence_start"] + 8])
    if lead:
        first = next((n for n in counts if n.start == d["sentence_start"] + lead.end()), None)
        if first is not None and first.end < share.start:
            return first
    return None


# "prevented 10 nightmares", "averted 300 deaths": a count of what did not happen.
PREVENTED = re.compile(r"\b(?P<verb>prevented|averted|avoided|spared|saved)\s+(?:(?:an\s+)?estimated\s+)?$", re.IGNORECASE)
# Words that say who worked the figure out and how, which the question would deny.
WORKED_OUT = re.compile(r"\b(?:estimat\w*|according|study|studies|model\w*|calculat\w*|analys[ie]s|researchers?|"
                        r"compared|said|says|reported|data)\b", re.IGNORECASE)


def prevented_count(ctx: Context) -> Iterator[Candidate]:
    """'The watch prevented 10 nightmares': nightmares that were prevented never happened, so
    no one could see and count them; the figure is a judgement of what would have happened."""
    text = ctx.article.text
    for fact in ctx.of_kind("number"):
        d = fact.data
        cue = PREVENTED.search(text, max(d["sentence_start"], fact.start - 40), fact.start)
        if cue is None or d["unit"] or d["in_range"] or d["value"] < 2 or ctx.in_title(fact):
            continue
        noun = d["counts"]
        if not noun or not 0 <= (d["counts_start"] or -9) - fact.end <= 1 or not re.fullmatch(r"[a-z][a-z -]*s", noun) \
                or noun.split()[-1] in TIME_UNITS or cue.group("verb").lower() == "saved" and noun.split()[-1] != "lives":
            continue  # "saved 30 minutes", "saved 12 jobs": not a count of what was kept from happening
        sentence = ctx.sentence(fact)
        if not self_contained(sentence) or len(sentence.split()) > 40 or WORKED_OUT.search(paragraph_of(ctx, fact)):
            continue
        figure = d["figure"]
        verb = cue.group("verb").lower()
        lives = noun.split()[-1] == "lives"
        would = f"{figure} lives would have been lost" if lives else f"{figure} {noun} would have happened"
        subject = re.sub(r"^[A-Z][^,]{0,30},\s*", "", text[d["sentence_start"] : cue.start()].strip())  # "On the first night, "
        without = f"without {lower_first_word(subject)}" if re.fullmatch(r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his) [\w -]+", subject) \
            and len(subject.split()) <= 6 else "otherwise"
        unseen = "the deaths avoided" if lives else f"{verb} {noun}"  # "saved lives" did happen; the deaths did not
        answer = f"Only by judging what would have happened otherwise: {unseen} never happened, so no one saw them"
        wrong = {
            f"Someone saw the {figure} {'deaths' if lives else noun} happen and counted them": (
                f"“{capitalise(verb)}” means they did not happen, so there was nothing to see and count."),
            f"The article names the person who checked the {figure}": (
                "The article names no one who counted or checked the figure, and does not say how it was reached."),
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"prevented-{slugify(figure + ' ' + noun, 24)}", skill="numbers",
                prompt=f"The article says {quoted(display(sentence))} How could anyone know the number {figure}?",
                evidence=sentence,
                explanation=(f"The figure counts {'deaths that were avoided' if lives else f'{noun} that were {verb}'}: "
                             "they never happened, so no one could see and "
                             f"count them. It rests on a judgement that {without}, {would}. The article "
                             "does not say who made that judgement or how, so the figure is harder to check than a count "
                             "of what did happen."),
                feedback=wrong, template="prevented-count",
            ),
            0.85 * ctx.centrality(fact.start), f"figure:{figure}",
        )
