"""Context: whose voices carry the article, and the background it gives (the usual
arrangement, the law, what happened before) that a reader needs to judge the news."""

from __future__ import annotations

from collections.abc import Iterator

from quiz.core.domain import Question
from quiz.core.generate.common import Candidate, Context, capitalise, shuffled, slugify
from quiz.core.generate.evidence import claim_evidence


def most_quoted(ctx: Context) -> Iterator[Candidate]:
    """'Whose claims does the article rely on most?' when one source clearly leads."""
    counts = sorted(((len(claims), key) for key, claims in ctx.claims_by_speaker.items()), reverse=True)
    if len(counts) < 3 or counts[0][0] < 3 or counts[0][0] < counts[1][0] + 2:
        return
    top = ctx.speakers[counts[0][1]]
    others = [ctx.speakers[key] for _, key in counts[1:4]]
    evidence = claim_evidence(ctx, ctx.claims_by_speaker[top.key][0])
    if evidence is None:
        return
    answer = capitalise(top.label)
    distractors = [capitalise(o.label) for o in others]
    tally = ", ".join(f"{ctx.speakers[key].key}: {n}" for n, key in counts[:4])
    yield Candidate(
        Question(
            id=f"most-quoted-{slugify(top.key, 24)}", type="choice", skill="context",
            prompt="Whose words and claims does the article rely on most?",
            choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=evidence,
            explanation=(f"Counting the quotations and reported statements ({tally}), most come from {top.label}. "
                         "When one source supplies most of a story, ask whose view is missing."),
            template="most-quoted",
        ),
        0.7, "most-quoted",
    )


def usual_arrangement(ctx: Context) -> Iterator[Candidate]:
    """'Who usually controls National Guard forces, according to the article?'"""
    people = [s.label for s in ctx.speakers.values() if s.kind != "person"]  # institutions, not people
    for fact in ctx.of_kind("context", context_kind="typical"):
        who, verb, what = fact.data["who"], fact.data["verb"], fact.data["what"]
        if len(who.split()) > 5 or len(people) < 2:
            continue
        answer = capitalise(who)
        distractors = [capitalise(p) for p in people if who.lower() not in p.lower()][:3]
        if len(distractors) < 2:
            continue
        yield Candidate(
            Question(
                id=f"usually-{slugify(what, 20)}", type="choice", skill="context",
                prompt=f"The article gives some background. Who {fact.data['adverb']} {_third_person(verb)} {what}?",
                choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=ctx.sentence(fact),
                explanation=(f"The article explains that {who} {fact.data['adverb']} {verb} {what}. Knowing the usual "
                             "arrangement shows what is new or unusual in the news."),
                template="usual-arrangement",
            ),
            0.65, f"context:{fact.start}",
        )


def _third_person(verb: str) -> str:
    if verb.endswith("s"):
        return verb
    return verb[:-1] + "ies" if verb.endswith("y") else verb + "s"


BACKGROUND_PROMPTS = {
    "law": "Select the sentence that gives the legal background to this story.",
    "earlier": "Select the sentence that compares this news with what happened before.",
    "ruling": "Select the sentence that tells what courts have decided.",
}
BACKGROUND_WHY = {
    "law": "It names the law and what it allows or forbids: without it, a reader cannot tell what is unusual or disputed.",
    "earlier": "It sets the news against earlier events, which shows how big a change it is.",
    "ruling": "A court's decision is background that the people in the story have to work within.",
}


def background(ctx: Context) -> Iterator[Candidate]:
    seen = set()
    for fact in ctx.of_kind("context"):
        kind = fact.data["context_kind"]
        if kind not in BACKGROUND_PROMPTS or kind in seen:
            continue
        seen.add(kind)
        sentence = ctx.sentence(fact)
        yield Candidate(
            Question(
                id=f"background-{kind}", type="evidence", skill="context",
                prompt=BACKGROUND_PROMPTS[kind], answer=None, evidence=sentence,
                explanation=BACKGROUND_WHY[kind], template="background",
            ),
            0.6, f"context:{fact.start}",
        )
