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


def _figure(fact: Fact) -> str:
    unit = fact.data["unit"]
    figure = fact.data["figure"]
    return figure


def figure_counts(ctx: Context) -> Iterator[Candidate]:
    """'What does the figure 7,700 count?' with what the article's other figures count as
    the other choices."""
    numbers = [n for n in ctx.of_kind("number") if _counts_ok(n)]
    for fact in numbers:
        figure = fact.data["figure"]
        same_figure = [n for n in ctx.of_kind("number") if n.data["figure"] == figure]
        if len({n.data["counts"].lower() for n in same_figure}) > 1:
            continue  # the same figure counts two things: no single answer
        answer = _counts(fact)
        others = []
        for n in numbers:
            counts = _counts(n)
            if n.data["figure"] != figure and _unlike(counts, answer) and all(_unlike(counts, o) for o in others):
                others.append(counts)
        if len(others) < 2:
            continue
        sentence = ctx.sentence(fact)
        yield Candidate(
            Question(
                id=f"counts-{slugify(figure, 16)}", type="choice", skill="numbers",
                prompt=f"The article gives the figure {figure}{_unit_words(fact)}. What does it count?",
                choices=shuffled(ctx.rng, answer, others[:3]), answer=answer, evidence=sentence,
                explanation=f"In the sentence, {figure} goes with “{fact.data['counts']}”. A figure means little until you know what it counts.",
                feedback={o: f"That is what another figure in the article counts, not {figure}." for o in others[:3]},
                template="figure-counts",
            ),
            0.6 * ctx.centrality(fact.start) + 0.1, f"figure:{figure}",
        )


TIME_UNITS = frozenset("years year months month weeks week days day hours hour minutes minute decades decade centuries century times".split())


def _counts_ok(fact: Fact) -> bool:
    """A figure whose counted thing reads as a noun phrase worth asking about: not a
    duration, not a pronoun, not a phrase that starts with a judging adjective."""
    counts = fact.data["counts"] or ""
    words = counts.lower().split()
    return (1 <= len(words) <= 7 and not fact.data["in_range"] and counts[:1].isalpha()
            and words[-1] not in TIME_UNITS and words[0] not in ("those", "them", "these", "it", "one", "each", "lowest", "highest")
            and not words[0].endswith("est"))


def _counts(fact: Fact) -> str:
    return capitalise(fact.data["counts"])


def _unit_words(fact: Fact) -> str:
    return ""


def _unlike(a: str, b: str) -> bool:
    """Two counted things a student can tell apart: no word in common but small ones."""
    small = {"the", "a", "an", "of", "in", "for", "and", "to"}
    return not ({w.lower() for w in a.split()} - small) & ({w.lower() for w in b.split()} - small)


def figure_source(ctx: Context) -> Iterator[Candidate]:
    """'Who gives the figure 20,000?': a source the article names, one it does not, or
    nobody (the writer's own)."""
    labels = {key: s.label for key, s in ctx.speakers.items()}
    if len(labels) < 2:
        return
    for fact in ctx.of_kind("number"):
        if fact.data["in_range"] or not _counts_ok(fact):
            continue
        source = speaker_of(fact.data["source"]) if fact.data["source"] else None
        answer = capitalise(source.label) if source else WRITER
        others = [capitalise(label) for key, label in labels.items() if source is None or key != source.key]
        distractors = others[:2] + ([WRITER] if source is not None else others[2:3])
        if len(distractors) < 2:
            continue
        sentence = ctx.sentence(fact)
        if not self_contained(sentence) and source is None:
            continue
        evidence = sentences_around(ctx, min(fact.start, sentence_start(ctx, fact)), fact.end) or sentence
        figure = f"{fact.data['figure']} {fact.data['counts']}".strip()
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
        if not qualifier or meaning not in MEANING_WORDS or fact.data["in_range"]:
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
        if fact.data["time"] != "forecast" or fact.data["in_range"]:
            continue
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
        base_text = d["base_figure"] or f"{base:,.0f}"
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
