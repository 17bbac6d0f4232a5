"""Questions of the fact-vs-opinion skill: predictions, the writer's judgements, sources' positions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.facts.common import surname
from quiz.core.generate.attribution import quote_evidence
from quiz.core.generate.common import Context, clip, has_verb, quoted, shuffled, slugify

PREDICTION = "A prediction about what might happen"
KIND_WRONG = ("A fact about something that has already happened", "A direct quotation from a source", "A figure from official data")


def prediction(fact: Fact, context: Context) -> Iterator[Question]:
    span = context.article.text[fact.start : fact.end]
    if len(span.split()) < 5:
        return
    yield Question(
        id=f"prediction-{slugify(span, 30)}",
        type="choice",
        skill="fact-vs-opinion",
        prompt=f"What kind of statement is this: {quoted(span)}?",
        choices=shuffled(context.rng, PREDICTION, list(KIND_WRONG)),
        answer=PREDICTION,
        evidence=context.sentence_text(fact),
        explanation=(
            f"“{fact.data['modal']}” shows this is about what may happen, not what has happened. "
            "It is a prediction: no one can check it yet."
        ),
        template="prediction",
    )


WRITER = "The writer’s own: the article gives no source for it"


def assessment(fact: Fact, context: Context) -> Iterator[Question]:
    phrase = re.sub(r"^(?:is|are|was|were|be)\s+", "", fact.data["phrase"])
    sentence = context.sentence_text(fact)
    people = [f"{p}’s" for p in context.people if surname(p) not in sentence][:1]
    wrong = (people + ["A measured fact, like a figure", "An official the article quotes"])[:3]
    yield Question(
        id=f"judgement-{slugify(phrase, 30)}",
        type="choice",
        skill="fact-vs-opinion",
        prompt=f"The article says: {quoted(clip(sentence, 34))}\nWhose judgement is {quoted(phrase)}?",
        choices=shuffled(context.rng, WRITER, wrong),
        answer=WRITER,
        evidence=sentence,
        explanation=(
            f"No one is quoted or named for {quoted(phrase)}: it is the writer's own judgement. "
            "A careful reader treats it as an opinion, not as a checked fact."
        ),
        template="assessment",
    )


def position(fact: Fact, context: Context) -> Iterator[Question]:
    speaker = fact.data["speaker"]
    name = surname(speaker)
    answer = f"{name}’s opinion or stance, which cannot be checked like a fact"
    quote = next((q for q in context.of_kind("quote") if q.start == fact.start), None)
    evidence = quote_evidence(quote, context) if quote else context.article.text[fact.start : fact.end]
    yield Question(
        id=f"position-{slugify(fact.data['words'], 24)}",
        type="choice",
        skill="fact-vs-opinion",
        prompt=f"{speaker} says {quoted(clip(fact.data['words'].rstrip('.,'), 20))}. What kind of statement is this?",
        choices=shuffled(context.rng, answer, ["A fact the reporter has checked", "A prediction made by the reporter", "A figure from official data"]),
        answer=answer,
        evidence=evidence,
        explanation=(
            f"These words tell you how {name} sees things: what matters, what should happen, how it felt. "
            "That is the speaker's view, not a fact anyone can check."
        ),
        template="position",
    )


FACT_QUESTION = "Which of these sentences from the article states a fact that could be checked?"


def fact_or_opinion(fact: Fact, context: Context) -> Iterator[Question]:
    """One checkable sentence (a figure, no judgement) among the writer's judgements."""
    judgements = [f for f in context.of_kind("assessment") if not re.search(r"\d", context.sentence_text(f))]
    if fact is not (judgements[0] if judgements else None) or len(judgements) < 2:
        return
    judged = {f.data["sentence_start"] for f in context.facts if f.kind in ("assessment", "prediction")}
    hedged = {f.data["sentence_start"] for f in context.of_kind("uncertainty")}
    checkable = [
        n for n in context.of_kind("number")
        if n.data["sentence_start"] not in judged | hedged and has_verb(context.sentence_text(n))
        and not re.search("[“”\"]", context.sentence_text(n))
    ]
    short = [n for n in checkable if len(context.sentence_text(n).split()) <= 30]
    if not short:
        return
    answer = context.sentence_text(short[0])
    wrong = [clip(context.sentence_text(j), 24) for j in judgements[:3]]
    yield Question(
        id="checkable-fact",
        type="choice",
        skill="fact-vs-opinion",
        prompt=FACT_QUESTION,
        choices=shuffled(context.rng, answer, wrong),
        answer=answer,
        evidence=answer,
        explanation=(
            f"{quoted(answer)} gives a figure you could look up and check. The other sentences judge: "
            + ", ".join(quoted(j.data["phrase"]) for j in judgements[:3])
            + " are the writer's own opinions."
        ),
        template="fact-or-opinion",
    )
