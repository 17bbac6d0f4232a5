"""Questions of the uncertainty skill: what the article says is unknown, unexplained or pending."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.generate.common import Context, clip, quoted, shuffled, slugify


def _first_alternative(clause: str) -> str | None:
    """'whether the troops would operate under federal command or remain ...' -> its first half."""
    match = re.match(r"whether\s+(?P<first>.+?)(?:\s+or\s+.+)?$", clause)
    if not match:
        return None
    first = match.group("first").strip(" ,")
    return first if len(first.split()) >= 4 else None


def unclear_statement(fact: Fact, context: Context) -> Iterator[Question]:
    if fact.data["uncertainty_kind"] != "unclear":
        return
    claim = _first_alternative(fact.data["clause"])
    if claim is None:
        return
    yield Question(
        id=f"unclear-{slugify(claim, 30)}",
        type="truefalse",
        skill="uncertainty",
        prompt=f"True or false? According to the article, {claim}.",
        answer=False,
        evidence=context.sentence_text(fact),
        explanation=(
            f"The article says it is unclear {fact.data['clause']}. "
            "It does not know yet, so it does not say this is true."
        ),
        template="unclear-statement",
    )


def unexplained(fact: Fact, context: Context) -> Iterator[Question]:
    if fact.data["uncertainty_kind"] != "unexplained":
        return
    clause = fact.data["clause"].split(",")[0].strip()
    if len(clause.split()) < 4:
        return
    yield Question(
        id=f"explained-{slugify(clause, 30)}",
        type="truefalse",
        skill="uncertainty",
        prompt=f"True or false? The article explains {clause}.",
        answer=False,
        evidence=context.sentence_text(fact),
        explanation=(
            f"The article says the source did not {fact.data['verb']} {clause}. "
            "The reader is left without that explanation: it is an open question."
        ),
        template="unexplained",
    )


CONDITIONAL_ANSWER = "It has not happened yet: it depends on a decision still to come"
CONDITIONAL_WRONG = ("It is already happening", "It has been ruled out", "It happened in the past")


def conditional(fact: Fact, context: Context) -> Iterator[Question]:
    if fact.data["uncertainty_kind"] != "conditional":
        return
    condition = fact.data["condition"]
    yield Question(
        id=f"conditional-{slugify(condition)}",
        type="choice",
        skill="uncertainty",
        prompt=(
            f"The article says: {quoted(context.sentence_text(fact))}\n"
            f"What do the words “{condition}” tell you about this?"
        ),
        choices=shuffled(context.rng, CONDITIONAL_ANSWER, list(CONDITIONAL_WRONG)),
        answer=CONDITIONAL_ANSWER,
        evidence=context.sentence_text(fact),
        explanation=(
            f"“{condition}” makes the rest of the sentence conditional: it only happens if that condition is met. "
            "The article describes a possibility, not something that is happening."
        ),
        template="conditional",
    )


def pending(fact: Fact, context: Context) -> Iterator[Question]:
    if fact.data["uncertainty_kind"] != "pending":
        return
    thing = fact.data["thing"]
    by = f" by {fact.data['by']}" if fact.data["by"] else ""
    answer = f"It is {fact.data['state']}{by}: no final decision is reported"
    wrong = ["It has been approved", "It has been turned down", "It has been withdrawn"]
    yield Question(
        id=f"status-{slugify(thing)}",
        type="choice",
        skill="uncertainty",
        prompt=f"The article says: {quoted(clip(context.sentence_text(fact), 34))}\nWhat does it tell you about {thing}?",
        choices=shuffled(context.rng, answer, wrong),
        answer=answer,
        evidence=context.article.text[fact.start : fact.end],
        explanation=(
            f"The article says {thing} is {fact.data['state']}{by}. Nothing has been decided yet, "
            "so anything that depends on it is still uncertain."
        ),
        template="pending",
    )


HEDGE_ANSWER = "The writer is not certain: it has not been confirmed"
HEDGE_WRONG = ("It has been proven", "It is the opinion of a named expert", "It is a prediction about the future")


def hedge(fact: Fact, context: Context) -> Iterator[Question]:
    if fact.data["uncertainty_kind"] != "hedge":
        return
    cue = fact.data["cue"]
    sentence = context.sentence_text(fact)
    yield Question(
        id=f"hedge-{slugify(cue)}",
        type="choice",
        skill="uncertainty",
        prompt=f"The article says: {quoted(clip(sentence, 30))}\nWhat does the word “{cue}” tell you?",
        choices=shuffled(context.rng, HEDGE_ANSWER, list(HEDGE_WRONG)),
        answer=HEDGE_ANSWER,
        evidence=sentence,
        explanation=f"“{cue}” is a hedge: the writer signals that this is likely but not confirmed.",
        template="hedge",
    )


NOT_YET = "Not yet: the article says what may or is expected to happen"
HAPPENED_WRONG = ("Yes: the article reports it has already happened", "It was tried and it failed", "The article says it will never happen")


def prediction_status(fact: Fact, context: Context) -> Iterator[Question]:
    span = context.article.text[fact.start : fact.end]
    if len(span.split()) < 5:
        return
    yield Question(
        id=f"happened-yet-{slugify(span, 30)}",
        type="choice",
        skill="uncertainty",
        prompt=f"The article says {quoted(span)}. Has this happened yet?",
        choices=shuffled(context.rng, NOT_YET, list(HAPPENED_WRONG)),
        answer=NOT_YET,
        evidence=context.sentence_text(fact),
        explanation=(
            f"“{fact.data['modal']}” looks ahead: it describes what may happen, not something the article reports as done."
        ),
        template="prediction-status",
    )
