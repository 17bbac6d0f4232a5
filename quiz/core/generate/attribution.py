"""Questions of the attribution skill: who said a sentence, and whether it is their exact words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.facts.common import surname
from quiz.core.generate.common import Context, capitalise, clip, quoted, shuffled, slugify

REPORTER = "The reporter who wrote the article"


def quote_evidence(fact: Fact, context: Context) -> str:
    """The quote with its attribution; a quote that carries none reaches back to the
    attributed quote before it in the same paragraph."""
    start, end = fact.start, fact.end
    if not fact.data.get("attributed_here"):
        earlier = [q for q in context.of_kind("quote") if q.start < fact.start and q.data.get("attributed_here")
                   and q.data.get("speaker") == fact.data.get("speaker")]
        if earlier:
            start = earlier[-1].start
    return context.article.text[start:end]


def _as_in(name: str, evidence: str) -> str:
    """The name as the evidence writes it: the full name, or the one part of it it uses
    ("McLaughlin", "Patrick", "Kim" for Kim Jong Un)."""
    if name in evidence:
        return name
    for word in reversed(name.split()):
        if re.search(rf"\b{re.escape(word)}\b", evidence):
            return word
    return surname(name)


def speaker_choices(speaker: str, evidence: str, context: Context) -> tuple[str, list[str]]:
    """The answer and up to three wrong speakers: other people in the article, unnamed
    sources, and the reporter (whose words a quotation never is)."""
    answer = _as_in(speaker, evidence)
    short = answer != speaker
    others = [surname(p) if short else p for p in context.people if surname(p) != surname(speaker)]
    unnamed = [capitalise(label) for who, label in context.source_labels.items()
               if label.startswith(("an unnamed", "unnamed")) and who != speaker]
    distractors = (others[:2] + unnamed[:1] + [REPORTER])[:3]
    return answer, distractors


def quote_speaker(fact: Fact, context: Context) -> Iterator[Question]:
    speaker = fact.data.get("speaker")
    if not fact.data.get("direct") or fact.data.get("speaker_kind") != "person" or not speaker:
        return
    evidence = quote_evidence(fact, context)
    answer, distractors = speaker_choices(speaker, evidence, context)
    if len(distractors) < 2:
        return
    role = fact.data.get("role")
    who = f"{speaker} ({role})" if role and not role.endswith(".") else speaker
    feedback = {d: f"{d} appears in the article, but these quoted words are not theirs." for d in distractors}
    feedback[REPORTER] = "Quotation marks show the words are someone else's, not the reporter's."
    yield Question(
        id=f"who-said-{slugify(fact.data['words'], 24)}",
        type="choice",
        skill="attribution",
        prompt=f"Who is quoted saying {quoted(clip(fact.data['words'].rstrip('.,'), 16))}?",
        choices=shuffled(context.rng, answer, distractors),
        answer=answer,
        evidence=evidence,
        explanation=(
            f"The words are in quotation marks and the article gives them to {who}. "
            "Quotation marks show that these are the speaker's own words, not the reporter's."
        ),
        feedback={k: v for k, v in feedback.items() if k in distractors},
        template="quote-speaker",
    )


def quote_speaker_typed(fact: Fact, context: Context) -> Iterator[Question]:
    speaker = fact.data.get("speaker")
    if not fact.data.get("direct") or fact.data.get("speaker_kind") != "person" or not speaker:
        return
    evidence = quote_evidence(fact, context)
    answer = _as_in(speaker, evidence)
    if any(p != speaker and answer in p.split() for p in context.people):
        return  # two people share that name: typing it would not say which one
    yield Question(
        id=f"type-speaker-{slugify(fact.data['words'], 24)}",
        type="text",
        skill="attribution",
        prompt=f"Type the name of the person quoted saying {quoted(clip(fact.data['words'].rstrip('.,'), 16))}",
        answer=answer,
        accept=tuple(dict.fromkeys(a for a in (speaker, surname(speaker)) if a != answer)),
        evidence=evidence,
        explanation=f"The article gives these quoted words to {speaker}.",
        template="quote-speaker-typed",
    )


def paraphrase_speaker(fact: Fact, context: Context) -> Iterator[Question]:
    speaker = fact.data.get("speaker")
    if fact.data.get("direct") or fact.data.get("speaker_kind") not in ("person", "organisation") or not speaker:
        return
    evidence = context.sentence_text(fact)
    if fact.data["speaker_kind"] == "organisation":
        answer = capitalise(speaker)
        distractors = [p for p in context.people][:2] + [REPORTER]
        distractors = [d for d in distractors if d.lower() != answer.lower()][:3]
    else:
        answer, distractors = speaker_choices(speaker, evidence, context)
    if len(distractors) < 2:
        return
    verb = fact.data["verb"]
    yield Question(
        id=f"who-reported-{slugify(fact.data['words'], 24)}",
        type="choice",
        skill="attribution",
        prompt=f"According to the article, who {verb} {clip(fact.data['words'], 22)}?",
        choices=shuffled(context.rng, answer, distractors),
        answer=answer,
        evidence=evidence,
        explanation=f"The article reports this as what {re.sub(r'^The ', 'the ', speaker)} {verb}. It is their claim, passed on by the article.",
        feedback={d: (f"{d} appears in the article, but this is not what they {verb}." if d != REPORTER else
                      "The article names who said it: the reporter is passing it on.") for d in distractors},
        template="paraphrase-speaker",
    )


def paraphrase_not_quote(fact: Fact, context: Context) -> Iterator[Question]:
    speaker = fact.data.get("speaker")
    if fact.data.get("direct") or fact.data.get("speaker_kind") != "person" or not speaker:
        return
    name = _as_in(speaker, context.sentence_text(fact))
    yield Question(
        id=f"exact-words-{slugify(name)}",
        type="truefalse",
        skill="attribution",
        prompt=(
            f"True or false? The article gives {name}’s exact words when it reports that "
            f"{clip(fact.data['words'], 22)}."
        ),
        answer=False,
        evidence=context.sentence_text(fact),
        explanation=(
            f"There are no quotation marks: the article tells us in its own words what {name} {fact.data['verb']}. "
            "That is a paraphrase, not a direct quote, so the wording is the reporter's."
        ),
        template="paraphrase-not-quote",
    )
