"""Questions of the numbers skill: what a figure is, what it counts, and whether sums hold."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.generate.common import Context, has_verb, lower_first, quoted, shuffled, slugify

MEANINGS = {
    "approximate": "It is a rounded figure: the real number may be a little higher or lower",
    "above": "The real number is higher than this figure",
    "below": "The real number is lower than this figure",
    "exact": "It is an exact count",
    "small": "The writer presents the figure as small",
}


def format_like(value: float, fact: Fact) -> str:
    """Write `value` the way the article writes `fact`'s figure ("$4.5 billion", "20,000", "18%")."""
    figure = fact.data["figure"]
    currency = figure[0] if figure[0] in "$€£" else ""
    scale = next((w for w in ("trillion", "billion", "million", "thousand") if w in figure.lower()), "")
    if scale:
        value /= {"trillion": 1e12, "billion": 1e9, "million": 1e6, "thousand": 1e3}[scale]
    text = f"{value:,.1f}".rstrip("0").rstrip(".") if value % 1 else f"{int(value):,}"
    if "," not in figure and not scale:
        text = text.replace(",", "")
    percent = "%" if figure.endswith("%") else (" percent" if "percent" in figure else "")
    return f"{currency}{text}{' ' + scale if scale else ''}{percent}"


def describe_figure(fact: Fact, context: Context) -> str:
    counts = fact.data["counts"]
    if counts:
        return f"{fact.data['figure']} is the figure for {counts}"
    after = context.article.text[fact.data["figure_end"] : fact.data["sentence_end"]]
    words = re.match(r"[^,.;:—()]*", after).group().split()[:4]
    return f"{fact.data['figure']} goes with “{' '.join([fact.data['figure'], *words])}”"


def figure_distractors(fact: Fact, context: Context, count: int = 3) -> list[tuple[str, Fact | None]]:
    """Other figures of the article in the same unit, never equal in value to the answer;
    topped up with doubled or halved values when the article has too few."""
    value = fact.data["value"]
    seen = {value}
    picked: list[tuple[str, Fact | None]] = []
    for other in context.of_kind("number"):
        other_value = other.data["value"]
        if other_value in seen or other.data["unit"] != fact.data["unit"] or other.data["written_as_word"]:
            continue
        seen.add(other_value)
        picked.append((other.data["figure"], other))
    context.rng.shuffle(picked)
    picked = picked[:count]
    for factor in (2, 0.5, 10):
        if len(picked) >= count or fact.data["written_as_word"]:
            break
        candidate = value * factor
        if candidate not in seen and (candidate == int(candidate) or fact.data["unit"] != "count"):
            seen.add(candidate)
            picked.append((format_like(candidate, fact), None))
    return picked


def _gapped(fact: Fact, context: Context) -> str | None:
    if fact.data["in_range"]:
        return None  # one end of a range: either end would read well in the gap
    sentence = context.sentence_text(fact)
    start = fact.data["sentence_start"]
    figure = fact.data["figure"]
    if sentence.count(figure) != 1:
        return None  # the same figure twice: the gap would be ambiguous
    local = fact.data["figure_start"] - start
    return sentence[:local] + "___" + sentence[fact.data["figure_end"] - start :]


def _explain_others(others: list[tuple[str, Fact | None]], context: Context) -> str:
    parts = [f"{describe_figure(o, context)}." if o else f"{label} does not appear in the article." for label, o in others]
    return " ".join(parts)


def number_gap(fact: Fact, context: Context) -> Iterator[Question]:
    gapped = _gapped(fact, context)
    first_in_sentence = next(n for n in context.of_kind("number") if n.data["sentence_start"] == fact.data["sentence_start"])
    if gapped is None or fact.data["written_as_word"] or first_in_sentence is not fact:
        return
    if not has_verb(context.sentence_text(fact)) and len(context.sentence_text(fact).split()) > 6:
        return
    others = figure_distractors(fact, context)
    if len(others) < 2:
        return
    figure = fact.data["figure"]
    counted = f"for {fact.data['counts']}" if fact.data["counts"] else "here"
    yield Question(
        id=f"figure-{slugify(fact.data['counts'] or figure)}",
        type="choice",
        skill="numbers",
        prompt=f"Which figure fills the gap?\n“{gapped}”",
        choices=shuffled(context.rng, figure, [label for label, _ in others]),
        answer=figure,
        evidence=context.sentence_text(fact),
        explanation=f"The article gives {figure} {counted}. Keep each figure with the thing it counts. "
        + _explain_others(others, context),
        feedback={label: (f"{describe_figure(o, context)}, not the one in this sentence." if o else
                          f"{label} does not appear in the article.") for label, o in others},
        template="number-gap",
    )


def number_typed(fact: Fact, context: Context) -> Iterator[Question]:
    """The student types the figure: plain counts and percentages only."""
    gapped = _gapped(fact, context)
    figure = fact.data["figure"]
    if gapped is None or fact.data["unit"] == "money" or fact.data["written_as_word"] or any(
        w in figure.lower() for w in ("million", "billion", "trillion", "thousand", "hundred")
    ):
        return
    percent = fact.data["unit"] == "percent"
    yield Question(
        id=f"typed-figure-{slugify(fact.data['counts'] or figure)}",
        type="number",
        skill="numbers",
        prompt=("Type the percentage that fills the gap (the number only):" if percent else "Type the number that fills the gap:")
        + f"\n“{gapped}”",
        answer=int(fact.data["value"]) if fact.data["value"] == int(fact.data["value"]) else fact.data["value"],
        evidence=context.sentence_text(fact),
        explanation=f"The sentence in the article says {figure}"
        + (f" for {fact.data['counts']}." if fact.data["counts"] else "."),
        template="number-typed",
    )


def number_statement(fact: Fact, context: Context) -> Iterator[Question]:
    """True or false: the sentence as written, or with another of the article's figures in it."""
    sentence = context.sentence_text(fact)
    if re.match(r"(?:It|Its|He|His|She|Her|They|Their|This|That|These|Those|We|I)\b", sentence) or not sentence.endswith("."):
        return
    if fact.data["in_range"] or sentence.count(fact.data["figure"]) != 1 or "“" in sentence or '"' in sentence or not has_verb(sentence):
        return
    others = [(label, other) for label, other in figure_distractors(fact, context, count=3) if other is not None]
    truth = context.rng.random() < 0.5 or not others
    figure = fact.data["figure"]
    stated = figure if truth else others[0][0]
    start = fact.data["sentence_start"]
    claim = sentence[: fact.data["figure_start"] - start] + stated + sentence[fact.data["figure_end"] - start :]
    claim = lower_first(claim, context.article.text)
    if truth:
        explanation = f"The article says exactly this: the figure it gives is {figure}."
    else:
        explanation = f"The article gives {figure} here, not {stated}. {describe_figure(others[0][1], context)}."
    yield Question(
        id=f"figure-check-{slugify(fact.data['counts'] or figure)}",
        type="truefalse",
        skill="numbers",
        prompt=f"True or false? According to the article, {claim}",
        answer=truth,
        evidence=sentence,
        explanation=explanation,
        template="number-statement",
    )


def number_qualifier(fact: Fact, context: Context) -> Iterator[Question]:
    """'about 20,000', 'a little over 6,000', 'just 7,700': what the little word says."""
    meaning = fact.data["meaning"]
    if meaning == "exact" or fact.data["qualifier"] == "exact":
        return
    qualifier = fact.data["qualifier"]
    phrase = f"{qualifier} {fact.data['figure']}" + (f" {fact.data['counts']}" if fact.data["counts"] else "")
    wrong = [key for key in ("approximate", "above", "below", "exact") if key != meaning][:3]
    why = {
        "approximate": f"“{qualifier}” means the figure is rounded, so the real number could be a little more or less.",
        "above": f"“{qualifier}” means the real number is higher than {fact.data['figure']}.",
        "below": f"“{qualifier}” means the real number is lower than {fact.data['figure']}.",
        "small": f"“{qualifier}” adds the writer's view that {fact.data['figure']} is a small number; the figure itself is not in doubt.",
    }[meaning]
    yield Question(
        id=f"qualifier-{slugify(phrase)}",
        type="choice",
        skill="numbers",
        prompt=f"The article says {quoted(phrase)}. What does the word “{qualifier}” tell you?",
        choices=shuffled(context.rng, MEANINGS[meaning], [MEANINGS[k] for k in wrong]),
        answer=MEANINGS[meaning],
        evidence=context.sentence_text(fact),
        explanation=why + " Small words like this change what a figure claims.",
        template="number-qualifier",
    )


def _comparison_setup(fact: Fact) -> tuple[str, str, str]:
    data = fact.data
    base = data["base_figure"] or f"{data['base']:,.0f}"
    claim = data["claim"].lower()
    return base, data["added_figure"], claim


def comparison_sum(fact: Fact, context: Context) -> Iterator[Question]:
    """The student works out the ratio the article's claim rests on."""
    data = fact.data
    base, added, claim = _comparison_setup(fact)
    if data["base_figure"] is None:
        return
    ratio = round(data["ratio"], 1)
    yield Question(
        id=f"work-it-out-{slugify(claim)}",
        type="number",
        skill="numbers",
        prompt=(
            f"The article says adding {added} to {base} would “{claim}” it. "
            f"Check it: ({base} + {added}) ÷ {base} = ? Give one decimal place."
        ),
        answer=ratio,
        tolerance=0.1,
        evidence=context.sentence_text(fact),
        explanation=(
            f"{base} + {added} = {data['total']:,.0f}, and {data['total']:,.0f} ÷ {base} ≈ {ratio}. "
            f"“{claim}” means {data['factor']:g} times: "
            + ("the sum backs up the claim." if data["holds"] else "the sum does not back up the claim.")
        ),
        template="comparison-sum",
    )


def comparison_check(fact: Fact, context: Context) -> Iterator[Question]:
    data = fact.data
    base, added, claim = _comparison_setup(fact)
    yield Question(
        id=f"claim-holds-{slugify(claim)}",
        type="truefalse",
        skill="numbers",
        prompt=f"True or false? The figures in the article back up its claim “{claim}”.",
        answer=bool(data["holds"]),
        evidence=context.sentence_text(fact),
        explanation=(
            f"Before: {base}. After: {data['total']:,.0f} (adding {added}). "
            f"That is {data['ratio']:.1f} times as much, and “{claim}” means {data['factor']:g} times"
            + (", so the claim holds." if data["holds"] else ", so the claim does not hold.")
        ),
        template="comparison-check",
    )
