"""Numbers: what a figure counts, who gives it, what its qualifier means, whether it is a
forecast, whether the article's own arithmetic holds, and what a change is measured
against. Never "which figure fills the gap": finding a figure is not reasoning about it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.generate.common import Candidate, Context, capitalise, clip, quoted, self_contained, shuffled, slugify, speaker_of
from quiz.core.generate.evidence import sentences_around

WRITER = "No one: the article gives it without a source"
TIME_UNITS = frozenset("years year months month weeks week days day hours hour minutes minute decades decade centuries century times".split())


def _counts_ok(fact: Fact) -> bool:
    """A figure whose counted thing reads as a noun phrase worth asking about: not a
    duration, not a pronoun, not a phrase that starts with a judging adjective."""
    counts = fact.data["counts"] or ""
    words = counts.lower().split()
    return (1 <= len(words) <= 7 and not fact.data["in_range"] and counts[:1].isalpha()
            and words[-1] not in TIME_UNITS and words[0] not in ("those", "them", "these", "it", "one", "each", "lowest", "highest")
            and not words[0].endswith("est"))


def figure_source(ctx: Context) -> Iterator[Candidate]:
    """'Who gives the figure 20,000?': a source the article names, one it does not, or
    nobody (the writer's own)."""
    labels = {key: s.label for key, s in ctx.speakers.items()}
    if len(labels) < 2:
        return
    for fact in ctx.of_kind("number"):
        if fact.data["in_range"] or not _counts_ok(fact) or not _statistic(fact) or not fact.data["source"]:
            continue
        source = speaker_of(fact.data["source"])
        if source is None:
            continue
        source = ctx.speakers.get(source.key, source)
        answer = capitalise(source.label)
        others = [capitalise(label) for key, label in labels.items() if key != source.key]
        distractors = others[:2] + [WRITER]
        if len(distractors) < 2:
            continue
        sentence = ctx.sentence(fact)
        if not self_contained(sentence) and source is None:
            continue
        evidence = sentences_around(ctx, min(fact.start, sentence_start(ctx, fact)), fact.end) or sentence
        figure = _as_written(ctx, fact)
        explanation = (f"The figure comes from {source.label}: the sentence attributes it to them." if source else
                       "No one is named as the source of this figure: the writer states it as fact, so a reader "
                       "cannot tell where it comes from or how it was counted.")
        yield Candidate(
            Question(
                id=f"figure-source-{slugify(figure, 20)}", type="choice", skill="numbers",
                prompt=f"According to the article, who gives the figure {quoted(clip(figure, 10))}?",
                choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=evidence,
                explanation=explanation, template="figure-source",
            ),
            (0.8 if source else 0.7) * ctx.centrality(fact.start) + 0.1, f"figure:{fact.data['figure']}",
        )


def _statistic(fact: Fact) -> bool:
    """A figure worth asking about: money, a percentage, a large count, or a qualified one."""
    d = fact.data
    return bool(d["unit"]) or d["value"] >= 1000 or d["qualifier"] is not None and d["value"] >= 10


def sentence_start(ctx: Context, fact: Fact) -> int:
    return fact.data["sentence_start"]


# What each qualifier means, said of the figure; the distractors are the other meanings.
MEANING_WORDS = {
    "approximately": "The real figure is close to {n}, perhaps a little more or less",
    "a little less than": "The real figure is a little below {n}",
    "less than": "The real figure is below {n}",
    "at most": "{n} is the most it could be; the real figure may be lower",
    "a little more than": "The real figure is a little above {n}",
    "more than": "The real figure is above {n}",
    "at least": "The real figure is {n} or more",
    "only": "The figure is exactly {n}, and the writer stresses that it is small",
    "exactly": "The figure is exactly {n}",
}


def qualifier_meaning(ctx: Context) -> Iterator[Candidate]:
    for fact in ctx.of_kind("number"):
        qualifier, meaning = fact.data["qualifier"], fact.data["meaning"]
        # Only the qualifiers a reader gets wrong: a floor or a ceiling, not "about".
        if meaning not in ("at least", "at most") or fact.data["in_range"]:
            continue
        n = fact.data["figure"]
        answer = MEANING_WORDS[meaning].format(n=n)
        pool = [m for m in ("exactly", "at least", "at most", "approximately", "more than", "less than") if m != meaning
                and not (meaning.startswith("a little") and m == "approximately")
                and not (meaning in ("a little more than", "more than", "at least") and m in ("more than", "at least"))
                and not (meaning in ("a little less than", "less than", "at most") and m in ("less than", "at most"))]
        distractors = [MEANING_WORDS[m].format(n=n) for m in pool[:3]]
        sentence = ctx.sentence(fact)
        yield Candidate(
            Question(
                id=f"qualifier-{slugify(fact.text, 24)}", type="choice", skill="numbers",
                prompt=f"The article says {quoted(_as_written(ctx, fact))}. "
                       f"What does “{qualifier}” tell you about the figure?",
                choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=sentence,
                explanation=_qualifier_explanation(qualifier, meaning, n),
                template="qualifier-meaning",
            ),
            0.75, f"figure:{n}",
        )


def _as_written(ctx: Context, fact: Fact) -> str:
    """The figure with what it counts, when the article writes them together."""
    span = fact.data.get("counts_start"), fact.data.get("counts_end")
    if span[0] is not None and 0 <= span[0] - fact.end <= 1:
        return ctx.article.text[fact.start : span[1]]
    return fact.text


def _qualifier_explanation(qualifier: str, meaning: str, n: str) -> str:
    notes = {
        "at least": f"“At least” sets a floor: {n} is the smallest the figure can be. It is not the same as “more than”, which leaves {n} itself out.",
        "more than": f"“More than” means above {n}; it does not say by how much.",
        "approximately": f"“{qualifier.capitalize()}” marks a rounded figure: the count is near {n}, not exactly {n}.",
        "a little less than": f"“{qualifier.capitalize()}” means the figure falls just short of {n}.",
        "less than": f"“{qualifier.capitalize()}” means below {n}; it does not say by how much.",
        "at most": f"“{qualifier.capitalize()}” gives a ceiling: the real figure could be anything up to {n}.",
        "a little more than": f"“{qualifier.capitalize()}” means the figure is just above {n}.",
        "only": f"“{qualifier.capitalize()}” does not change the figure; it is the writer's comment that {n} is small.",
    }
    return notes.get(meaning, f"“{qualifier}” qualifies the figure {n}.")


def forecast(ctx: Context) -> Iterator[Candidate]:
    """'Is this figure a count of what happened or a forecast?'"""
    options = {
        "forecast": "A forecast of what would or will happen",
        "count": "A count of something that has already happened",
        "estimate": "An estimate of something that has already happened",
    }
    for fact in ctx.of_kind("number"):
        if fact.data["time"] != "forecast" or fact.data["in_range"] or not (fact.data["counts"] or fact.data["unit"]):
            continue  # "the 747" names an aircraft
        sentence = ctx.sentence(fact)
        if not self_contained(sentence) or len(sentence.split()) > 45:
            continue
        answer = options["forecast"]
        yield Candidate(
            Question(
                id=f"forecast-{slugify(fact.text, 20)}", type="choice", skill="numbers",
                prompt=f"{quoted(sentence)} Is the figure {fact.data['figure']} here a count or a forecast?",
                choices=shuffled(ctx.rng, answer, [options["count"], options["estimate"]]), answer=answer,
                evidence=sentence,
                explanation=("The sentence speaks of what would or will happen (“would”, “will”, “could”, “expected”): "
                             "the figure is a plan or a prediction, and the real number may turn out different."),
                template="forecast",
            ),
            0.8, f"figure:{fact.data['figure']}",
        )


def comparison_holds(ctx: Context) -> Iterator[Candidate]:
    """'Would 20,000 more troops more than triple a force of 7,700?' with the working."""
    for fact in ctx.of_kind("comparison"):
        d = fact.data
        base, added, total, ratio = d["base"], d["added"], d["total"], d["ratio"]
        claim = d["claim"]
        if not d["base_figure"]:
            continue  # a base worked out from other figures: a number the article never gives
        base_text = d["base_figure"]
        added_text = d["added_figure"]
        right = f"{total:,.0f} ÷ {base_text} ≈ {ratio:.1f}"
        wrong_ratio = added / base
        holds = "Yes" if d["holds"] else "No"
        answer = f"{holds}: ({base_text} + {added_text}) ÷ {base_text} ≈ {ratio:.1f}"
        distractors = [
            f"{'No' if d['holds'] else 'Yes'}: {added_text} ÷ {base_text} ≈ {wrong_ratio:.1f}",
            "It cannot be checked from the figures in the article",
        ]
        sentence = ctx.sentence(fact)
        evidence = sentences_around(ctx, sentence_start(ctx, fact) - 1 if base_text in ctx.article.text[: fact.start] else fact.start, fact.end)
        evidence = _with_figure(ctx, fact, base_text) or sentence
        yield Candidate(
            Question(
                id=f"comparison-{slugify(claim, 20)}", type="choice", skill="numbers",
                prompt=f"The article says: {quoted(sentence)} Do its own figures bear out “{claim}”?",
                choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=evidence,
                explanation=(f"Adding {added_text} to {base_text} gives {total:,.0f}, and {right}. "
                             f"The comparison is with the whole new total, not with the {added_text} added alone, "
                             f"so “{claim}” {'holds' if d['holds'] else 'does not hold'}."),
                template="comparison",
            ),
            0.95, f"comparison:{fact.start}",
        )


def _with_figure(ctx: Context, fact: Fact, figure: str) -> str | None:
    """The sentences from the one that gives `figure` to the comparison's."""
    at = ctx.article.text.rfind(figure, 0, fact.start)
    if at < 0:
        return None
    return sentences_around(ctx, at, fact.end)


def change_meaning(ctx: Context) -> Iterator[Candidate]:
    """'Carjackings are down 47%': 47% fewer than when? And 47 percent, not 47 cases."""
    seen = set()
    for fact in ctx.of_kind("change"):
        d = fact.data
        if d["change_kind"] != "relative" or not d["by"] or not d["what"] or d["what"].lower() in seen:
            continue
        what = d["what"]
        by = d["by"].replace(" percent", "%")
        baseline = d["baseline"]
        number = re.sub(r"[^\d.]", "", by)
        direction = "fewer" if d["direction"] == "down" else "more"
        period, base = _baseline_words(baseline)
        when = (f" in {period}" if period else "") + (f", compared with {base}" if base else ", compared with an earlier time")
        answer = f"There were {by} {direction} {what.lower()}{when}"
        distractors = [
            f"There were {number} {direction} {what.lower()}{when}",
            f"{capitalise(what.lower())} made up {by} of all cases",
            f"{by} of {what.lower()} were solved",
        ]
        sentence = ctx.sentence(fact)
        evidence = sentence
        if baseline:
            at = ctx.article.text.rfind(baseline, 0, fact.start)
            evidence = sentences_around(ctx, at, fact.end) if at >= 0 else sentence
        if evidence is None:
            continue
        seen.add(what.lower())
        yield Candidate(
            Question(
                id=f"change-{slugify(what, 20)}", type="choice", skill="numbers",
                prompt=f"The article says {quoted(sentence)} What does “{d['verb']} {d['by']}” mean?",
                choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=evidence,
                explanation=(f"A change given in percent is relative: {by} of the earlier number, not {number} cases. "
                             + (f"The comparison is with {base}, as the line before the list says." if base
                                else "The article does not say what it is compared with, which a careful reader should ask.")),
                template="change-meaning",
            ),
            0.8, f"change:{what.lower()}",
        )


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


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def points_or_percent(ctx: Context) -> Iterator[Candidate]:
    """'The share fell from 70 percent to about 56 percent. How big is the fall?' A fall of
    14 percentage points is a fall of a fifth, not of 14 percent."""
    percents = [n for n in ctx.of_kind("number") if n.data["unit"] == "percent" and not n.data["in_range"]]
    for first, second in zip(percents, percents[1:]):
        if second.data["sentence"] - first.data["sentence"] > 1 or not first.data["counts"]:
            continue
        if second.data["counts"] and second.data["counts"].lower() != first.data["counts"].lower():
            continue  # two things counted: nothing to subtract
        sentence = ctx.article.text[second.data["sentence_start"] : second.data["sentence_end"]]
        if not re.search(r"\b(?:fell|dropped|declined|rose|grew|increased|climbed|slipped|down|up)\b.*\bto\b", sentence):
            continue
        old, new = first.data["value"], second.data["value"]
        if old == new or not 0 < old <= 100 or not 0 < new <= 100:
            continue
        points = abs(old - new)
        relative = round(100 * points / old)
        if abs(relative - points) < 3:
            continue  # the two readings give the same answer: nothing to tell apart
        way = "fall" if new < old else "rise"
        answer = f"{points:g} percentage points, which is about {relative}% of the old figure"
        distractors = [f"{points:g}% of the old figure", f"{new:g} percentage points", f"{relative} percentage points"]
        evidence = sentences_around(ctx, first.start, second.end)
        if evidence is None:
            continue
        yield Candidate(
            Question(
                id=f"points-{slugify(first.data['figure'], 8)}-{slugify(second.data['figure'], 8)}", type="choice", skill="numbers",
                prompt=f"The article says the figure went from {first.data['figure']} to {second.data['figure']}. How big is the {way}?",
                choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=evidence,
                explanation=(f"From {old:g}% to {new:g}% is {points:g} percentage points. As a share of the old "
                             f"{old:g}%, that is {points:g} ÷ {old:g} ≈ {relative}%. Points and percent are easily mixed up, "
                             "and the difference can make a change sound bigger or smaller than it is."),
                template="points-or-percent",
            ),
            0.95, f"points:{first.start}",
        )
