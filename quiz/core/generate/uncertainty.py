"""Uncertainty: the words that make a claim possible, likely, expected or unconfirmed,
what is still unclear or pending, and what each hedge really means."""

from __future__ import annotations

from collections.abc import Iterator

from quiz.core.domain import Question
from quiz.core.facts.uncertainty import MEANINGS
from quiz.core.generate.common import (
    Candidate, Context, plain_words, quoted, self_contained, shuffled, slugify,
)
from quiz.core.generate.sourcing import SECOND_LAYER

# Words that are never the hedge, to stand beside it as choices.
PLAIN_POS = ("VERB", "NOUN", "ADJ")


def hedge_word(ctx: Context) -> Iterator[Candidate]:
    """'Which words show that this is not certain?' among other words of the sentence."""
    asked = set()
    for fact in ctx.of_kind("uncertainty", uncertainty_kind="hedge"):
        sentence = ctx.sentence(fact)
        cue = fact.data["cue"]
        if not self_contained(sentence) or len(sentence.split()) > 40 or sentence.count(cue) != 1 or cue.lower() in asked:
            continue  # the same hedge twice teaches nothing new
        others = [w for w in plain_words(fact) if w.lower() not in cue.lower()]
        hedges_here = [f for f in ctx.of_kind("uncertainty", uncertainty_kind="hedge") if f.data["sentence_start"] == fact.data["sentence_start"]]
        if len(others) < 3 or len(hedges_here) > 1:
            continue  # two hedges: either would be an answer
        picked = others[:: max(1, len(others) // 3)][:3]
        answer = cue
        if fact.data["meaning"] == "hearsay" and SECOND_LAYER.search(sentence):
            continue  # "reportedly ... (BBC)": the article does say who
        asked.add(cue.lower())
        yield Candidate(
            Question(
                id=f"hedge-{slugify(cue, 12)}-{slugify(sentence, 14)}", type="choice", skill="uncertainty",
                prompt=f"{quoted(sentence)} Which word or words show that this is not stated as certain?",
                choices=shuffled(ctx.rng, answer, picked), answer=answer, evidence=sentence,
                explanation=f"“{cue}” is a hedge: {MEANINGS[fact.data['meaning']]}. The sentence does not state it as a fact.",
                feedback={w: f"“{w}” does not make the claim less certain." for w in picked},
                template="hedge-word",
            ),
            0.8 * ctx.centrality(fact.start) + 0.15, f"hedge:{fact.data['sentence_start']}",
        )


def condition(ctx: Context) -> Iterator[Candidate]:
    """'If approved, the troops would assist ICE': which words show that this has not
    happened, and depends on something else first?"""
    for fact in ctx.of_kind("uncertainty", uncertainty_kind="conditional"):
        sentence = ctx.sentence(fact)
        cue = fact.data["condition"].strip(" ,")
        if not self_contained(sentence) or len(sentence.split()) > 40 or len(cue.split()) > 8 or sentence.count(cue) != 1:
            continue
        others = [w for w in plain_words(fact) if w not in cue]
        if len(others) < 3:
            continue
        picked = others[:: max(1, len(others) // 3)][:3]
        yield Candidate(
            Question(
                id=f"condition-{slugify(sentence, 20)}", type="choice", skill="uncertainty",
                prompt=f"{quoted(sentence)} Which words show that this has not happened, and may not?",
                choices=shuffled(ctx.rng, cue, picked), answer=cue, evidence=sentence,
                explanation=(f"“{cue}” sets a condition: what follows would happen only if it is met. Until then it is a "
                             "possibility, not a fact."),
                feedback={w: f"“{w}” does not make it depend on anything." for w in picked},
                template="condition",
            ),
            0.85, f"hedge:{fact.data['sentence_start']}",
        )
