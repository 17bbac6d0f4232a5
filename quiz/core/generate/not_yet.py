"""What is not settled yet, and what that tells a reader about how far to trust what
follows: a difference that is or is not "statistically significant", a claim that "has not
yet been demonstrated" (facts/not_yet.py, facts/uncertainty.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.generate.common import Candidate, Context, choice, slugify
from quiz.core.generate.uncertainty import shown_sentence

MAX_WORDS = 45


def significance(ctx: Context) -> Iterator[Candidate]:
    """'The differences among groups were not statistically significant. What does that
    mean?' A test on chance, not on size, and not a proof either way."""
    for fact in ctx.of_kind("uncertainty", uncertainty_kind="significance"):
        shown = shown_sentence(ctx, fact, MAX_WORDS)
        if shown is None or ctx.in_title(fact):
            continue
        phrase = fact.data["phrase"]
        if fact.data["negative"]:
            answer = "The study cannot tell the difference apart from chance"
            wrong = {
                "The study proves there is no difference at all": (
                    "“Not significant” does not prove there is no difference; it means the study cannot tell a real "
                    "difference from chance."),
                "The difference is real, but too small to matter": (
                    "“Statistically significant” is about chance, not size; and here the study cannot even say that "
                    "the difference is real."),
                "The researchers made a mistake in their counting": (
                    "Nothing in the article says the counting was wrong; the words are about chance."),
            }
            why = (f"The words “{phrase}” describe a test on the numbers: the difference the study found could have come about by "
                   "chance alone. So the study cannot say that one group really did better than another; more or "
                   "bigger studies would be needed to settle it.")
        else:
            answer = "The difference is unlikely to be down to chance alone"
            wrong = {
                "Experts judge the difference to be important": (
                    "The words are a test on the numbers, not anyone's view of how much the difference matters: even "
                    "a small difference can be significant in a big study."),
                "The result is now proven beyond any doubt": (
                    "A significant result can still be a fluke; other studies are needed to confirm it."),
                "The difference could easily be down to chance": (
                    "That is what “not statistically significant” would mean; here it is the other way round."),
            }
            why = (f"The words “{phrase}” describe a test on the numbers: the difference the study found is too big to be likely "
                   "down to chance alone. It does not say how large or how important the difference is, and one "
                   "study does not prove it beyond doubt.")
        yield Candidate(
            choice(ctx, answer, list(wrong), id=f"significance-{slugify(ctx.sentence(fact), 20)}", skill="uncertainty",
                   prompt=f"{shown} What does “{phrase}” mean here?", evidence=ctx.sentence(fact),
                   explanation=why, feedback=wrong, template="significance"),
            0.88 if fact.data["negative"] else 0.85, f"not-yet:{fact.data['sentence_start']}",
        )


def not_shown(ctx: Context) -> Iterator[Candidate]:
    """'While this has not yet been demonstrated, it is hoped that ...': what those words
    tell a reader about the claim: not settled, neither proven nor disproven."""
    for fact in ctx.of_kind("uncertainty", uncertainty_kind="not-shown"):
        shown = shown_sentence(ctx, fact, MAX_WORDS)
        if shown is None or ctx.in_title(fact):
            continue
        phrase = fact.data["phrase"]
        if fact.data.get("unchecked"):
            yield from _unchecked(ctx, fact, shown, phrase)
            continue
        answer = "No one can say yet: there is no firm answer so far"
        figure = FIGURE_WORDS.search(phrase)
        sentence = ctx.sentence(fact)
        median = figure and MEDIAN_TIME.search(sentence)
        if figure and not median and not REASON.search(sentence):
            continue  # why the figure is not known is not said, and the explanation would only repeat the words
        wrong = {
            "It has been settled, and the article gives the answer": "The article says the opposite: it is not "
                                                                     "settled yet.",
            ("The figure is known, but it is being kept back" if figure else "It has been proven wrong, so it can be dropped"): (
                "The article says it cannot be worked out yet, not that anyone keeps it back." if figure
                else f"“{phrase}” does not say it is wrong; only that it is not settled yet."),
            "It can never be settled, whatever is done": "The words say only that it is not settled so far; it may be later.",
        }
        yield Candidate(
            choice(ctx, answer, list(wrong), id=f"not-shown-{slugify(ctx.sentence(fact), 20)}", skill="uncertainty",
                   prompt=f"{shown} What does “{phrase}” tell a reader?", evidence=ctx.sentence(fact),
                   explanation=(_median_reason(phrase) if median else
                                f"The words “{phrase}” say that the figure is not known so far: it cannot be worked "
                                "out yet. Until it can, anything said about it is a lead, not a final result." if figure
                                else f"The words “{phrase}” say that so far there is no firm answer, for or against. "
                                "Anything built on it is a hope or a lead, not a finding, and a careful reader keeps it "
                                "apart from what has been shown."),
                   feedback=wrong, template="not-shown"),
            0.82, f"not-yet:{fact.data['sentence_start']}",
        )


def _unchecked(ctx: Context, fact, shown: str, phrase: str) -> Iterator[Candidate]:
    """'... could not be independently verified': no one independent of the claim, the
    reporters included, has confirmed it, which is neither a denial nor a confirmation."""
    answer = "No one independent has confirmed it: it rests on its source's word"
    wrong = {
        "It has been shown to be false": f"“{phrase}” does not say it is false; only that no one independent has confirmed it.",
        "It has been checked and found true": "The words say the opposite: no one independent has confirmed it.",
        "The claim is certain, so no check is needed": "If it were certain, the article would not say that it could not "
                                                       "be confirmed.",
    }
    yield Candidate(
        choice(ctx, answer, list(wrong), id=f"not-checked-{slugify(ctx.sentence(fact), 20)}", skill="uncertainty",
               prompt=f"{shown} What does “{phrase}” tell a reader?", evidence=ctx.sentence(fact),
               explanation=(f"The words “{phrase}” say that no one independent of the claim, the reporters included, "
                            "has been able to confirm it, so it is only as good as whoever made it. It is not shown to "
                            "be false either: a careful reader holds it as unconfirmed until someone independent checks it."),
               feedback=wrong, template="not-shown"),
        0.82, f"not-yet:{fact.data['sentence_start']}",
    )


# "cannot yet be calculated": a figure not worked out yet, rather than a claim not proven.
FIGURE_WORDS = re.compile(r"\b(?:calculated|measured|estimated|determined|assessed)\b")
# A median survival ("median overall survival"): it is known only once half the group has died.
MEDIAN_TIME = re.compile(r"\bmedian\s+(?:\w+\s+){0,2}survival\b", re.IGNORECASE)
# The sentence says why the figure is not known yet.
REASON = re.compile(r"\b(?:because|until)\b")


def _median_reason(phrase: str) -> str:
    """Why a median survival "cannot yet be calculated": not missing data, but a group in
    which fewer than half have died."""
    return ("A median survival is the time by which half of a group have died. "
            f"“{phrase}” means that fewer than half of these patients have died so far, so the middle "
            "value is not reached: the figure is missing because most are still alive, which is a hopeful "
            "sign, not a bad result. Until it is reached, no one can give the figure.")

