"""Sourcing: which claims rest on unnamed sources, what kind of source stands behind a
claim, why a source is not named, and what a passive with no agent hides."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Question
from quiz.core.facts.sources import is_outlet
from quiz.core.generate.common import (
    Candidate, Context, capitalise, claim_text, clip, is_claim, quoted, self_contained, shuffled, slugify, speaker_of,
)
from quiz.core.generate.evidence import claim_evidence, sentences_around

UNNAMED_KINDS = ("unnamed", "vague")
NAMED_KINDS = ("named-person", "named-organisation")
# How a claim is supported, as the choices of "how does the article support ...?".
SUPPORT = {
    "named-person": "It names the person who says it",
    "named-organisation": "It names the organisation that says it",
    "unnamed": "It cites a source it does not name",
    "vague": "It cites a source it does not name",
    "document": "It cites a document, such as a report or a study",
    "outlet": "It cites another news organisation",
    "passive": "It gives no source at all",
}


def unnamed_claims(ctx: Context) -> Iterator[Candidate]:
    """'Which of these claims rest only on sources the article does not name?'"""
    sources = [s for s in ctx.of_kind("source") if self_contained(s.text) and is_claim(s) and len(s.text.split()) <= 30]
    unnamed = [s for s in sources if s.data["source_kind"] in UNNAMED_KINDS and _a_person(s)]
    named = [s for s in sources if s.data["source_kind"] in NAMED_KINDS and s.data["speaker"].get("kind") in ("person", "people")]
    if not unnamed or len(named) < 2:
        return
    answers = _distinct_texts(unnamed)[:2]
    wrong = _distinct_texts(named)[: 4 - len(answers)]
    if len(wrong) < 2:
        return
    choices = [claim_text(s.text, 14) for s in answers + wrong]
    if len(set(choices)) < len(choices):
        return
    evidence = claim_evidence(ctx, _quote_at(ctx, answers[0]) or answers[0])
    if evidence is None:
        return
    order = list(choices)
    ctx.rng.shuffle(order)
    feedback = {claim_text(s.text, 14): f"This comes from {_label(s)}, a source the article names." for s in wrong}
    who = "; ".join(f"“{claim_text(s.text, 6)}” from {_label(s)}" for s in answers)
    yield Candidate(
        Question(
            id="unnamed-claims", type="multi", skill="sourcing",
            prompt="Which of these claims rest only on sources the article does not name? Choose all that apply.",
            choices=tuple(order), answer=[claim_text(s.text, 14) for s in answers], evidence=evidence,
            explanation=(f"The article does not name these sources: {who}. A reader cannot check who they are "
                         "or what they know, so such claims need more care than claims from named sources."),
            feedback=feedback, template="unnamed-claims",
        ),
        0.95, "unnamed-claims",
    )


def support_kind(ctx: Context) -> Iterator[Candidate]:
    """'How does the article support the claim that ...?' for a claim that rests on an
    unnamed source, no source, or another outlet; the prompt does not name the source."""
    for source in ctx.of_kind("source"):
        kind = source.data["source_kind"]
        if kind not in ("unnamed", "vague", "outlet") or not self_contained(source.text) or len(source.text.split()) < 6:
            continue
        if not is_claim(source) or kind != "outlet" and not _a_person(source):
            continue
        sentence = ctx.article.text[source.data["sentence_start"] : source.data["sentence_end"]]
        if kind != "outlet" and re.search(r"\b(?:told|according to)\s+(?:the\s+)?[A-Z]", sentence):
            continue  # "told CBC News": another outlet's interview, a second right answer
        speaker = source.data["speaker"]
        if speaker.get("name") and any(part in source.text for part in (speaker["name"] or "").split() if len(part) > 2):
            continue
        answer = SUPPORT[kind]
        distractors = [v for k, v in SUPPORT.items() if v != answer and k in ("named-person", "unnamed", "outlet", "passive")]
        quote = _quote_at(ctx, source) or source
        evidence = claim_evidence(ctx, quote) if quote.kind == "quote" else sentences_around(ctx, source.start, source.end)
        if evidence is None:
            continue
        yield Candidate(
            Question(
                id=f"support-{slugify(source.text, 24)}", type="choice", skill="sourcing",
                prompt=f"How does the article support the claim {quoted(clip(source.text, 20))}?",
                choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=evidence,
                explanation=_support_explanation(kind, source),
                template="support-kind",
            ),
            0.75 if kind in ("unnamed", "vague", "passive", "outlet", "document") else 0.55, f"source:{source.start}",
        )


def _support_explanation(kind: str, source) -> str:
    label = _label(source)
    return {
        "named-person": f"The article names who says this: {label}. A named source can be checked and held to their words.",
        "named-organisation": f"The article names the organisation behind this: {label}.",
        "unnamed": f"The source is {label}: the article describes them but does not give a name, so a reader cannot check them.",
        "vague": f"The source is only “{source.data['speaker'].get('description')}”: no names, no organisation, nothing to check.",
        "document": f"The claim comes from {label}, a document rather than a person.",
        "outlet": f"The writer took this from another news organisation, {label}: it is second-hand.",
        "passive": "The sentence says it happened or is believed without saying who says so.",
    }[kind]


def why_unnamed(ctx: Context) -> Iterator[Candidate]:
    """An unnamed source with the reason the article gives for not naming them."""
    for source in ctx.of_kind("source"):
        reason = source.data.get("anonymity")
        if not reason or source.data["source_kind"] not in UNNAMED_KINDS:
            continue
        who = source.data["speaker"].get("description") or "the source"
        answer = capitalise(_reason_text(reason))
        the_source = re.sub(r"^(?:a|an|the)\s+", "the ", who, flags=re.IGNORECASE)
        distractors = [
            "The article gives no reason",
            f"The article names {the_source} later on",
            "The source's name is already well known to readers",
        ]
        at = ctx.article.text.find(reason, source.data["sentence_start"])
        evidence = sentences_around(ctx, min(source.start, at if at >= 0 else source.start), max(source.end, at + len(reason) if at >= 0 else source.end))
        if evidence is None or reason not in evidence:
            continue
        yield Candidate(
            Question(
                id=f"why-unnamed-{slugify(who, 24)}", type="choice", skill="sourcing",
                prompt=f"The article does not name {_lower_article(who)}. What reason does it give?",
                choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=evidence,
                explanation=(f"The article says the source {reason}. Sources who are not allowed to speak, or who fear "
                             "trouble, often talk only if they are not named; readers then have to trust the reporter's judgement."),
                template="why-unnamed",
            ),
            0.85, f"unnamed-why:{who.lower()}",
        )


def _reason_text(reason: str) -> str:
    reason = re.sub(r"^(?:who\s+)", "", reason.strip())
    return f"The source {reason}" if not reason.lower().startswith(("spoke", "speaking")) else f"The source {reason.replace('speaking', 'spoke')}"


def agentless(ctx: Context) -> Iterator[Candidate]:
    """'... has been accused of ...': who does this sentence say accuses? It does not say."""
    people = [s.label for s in ctx.speakers.values()]
    for source in ctx.of_kind("source", source_kind="passive"):
        verb = source.data.get("verb") or ""
        if not verb:
            continue
        sentence = ctx.article.text[source.data["sentence_start"] : source.data["sentence_end"]]
        if len(sentence.split()) > 40 or not self_contained(sentence) or len(people) < 2:
            continue
        answer = "This sentence does not say"
        distractors = [capitalise(p) for p in people[:3]]
        yield Candidate(
            Question(
                id=f"who-{slugify(verb, 12)}-{slugify(source.text, 16)}", type="choice", skill="sourcing",
                prompt=f"{quoted(sentence)} According to this sentence, whose claim is it that the words “{verb}” report?",
                choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=sentence,
                explanation=(f"“{verb}” is in the passive and has no “by …”: the sentence does not tell you who "
                             "makes the claim, so you cannot judge whether to trust it. Ask: says who?"),
                feedback={d: f"{d} appears in the article, but this sentence does not say it is their claim." for d in distractors},
                template="agentless",
            ),
            0.9, f"source:{source.start}",
        )


def second_hand(ctx: Context) -> Iterator[Candidate]:
    """A person's words that the writer took from another news organisation."""
    for fact in ctx.of_kind("quote"):
        sentence = ctx.article.text[fact.data["sentence_start"] : fact.data["sentence_end"]]
        match = re.search(r"according to (?:the\s+)?(?P<outlet>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})", sentence)
        speaker = speaker_of(fact.data["speaker"])
        if not match or not is_outlet(match.group("outlet")) or speaker is None or is_outlet(speaker.key):
            continue
        outlet = match.group("outlet")
        answer = f"From another news organisation, {outlet}"
        distractors = [f"{capitalise(speaker.key)} said them to the writer of this article",
                       "From a court document", "The article does not say"]
        yield Candidate(
            Question(
                id=f"second-hand-{slugify(speaker.key, 24)}", type="choice", skill="sourcing",
                prompt=f"Where did the writer get {speaker.key}’s words {quoted(clip(fact.text, 14))}?",
                choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=sentence,
                explanation=(f"“According to {outlet}” shows that the writer did not hear {speaker.key} directly: the words "
                             f"are second-hand, taken from {outlet}'s reporting."),
                template="second-hand",
            ),
            0.85, f"speaker:{fact.start}",
        )


def vague_source(ctx: Context) -> Iterator[Candidate]:
    """'True or false? The article says who the experts are.' for a vague source."""
    for source in ctx.of_kind("source", source_kind="vague"):
        description = source.data["speaker"].get("description") or ""
        if not description or not is_claim(source) or source.data.get("verb_kind") != "say":
            continue
        if description.lower().split()[-1] not in VAGUE_WORDS:
            continue
        evidence = sentences_around(ctx, source.start, source.end)
        if evidence is None or description not in ctx.article.text:
            continue
        yield Candidate(
            Question(
                id=f"vague-{slugify(description, 24)}", type="truefalse", skill="sourcing",
                prompt=f"True or false? The article tells you who the {_bare(description)} are that it cites here: {quoted(clip(evidence, 20))}",
                answer=False, evidence=evidence,
                explanation=(f"“{description}” gives no names and no organisation: a reader cannot tell who they are, "
                             "how many, or how they know. It is a vague attribution."),
                template="vague-source",
            ),
            0.75, f"source:{source.start}",
        )


VAGUE_WORDS = frozenset("experts critics analysts observers officials sources studies scientists researchers economists".split())


def _a_person(source) -> bool:
    """An unnamed person or group, not a study, a report or a thing."""
    speaker = source.data["speaker"]
    words = (speaker.get("description") or "").lower()
    return speaker.get("kind") in ("person", "group") and not re.search(
        r"\b(?:study|studies|report|research|results|findings|data|survey|authors|document|letter)\b", words)


def _bare(description: str) -> str:
    return re.sub(r"^(?:the|some|many|several)\s+", "", description, flags=re.IGNORECASE).lower()


def _lower_article(text: str) -> str:
    return re.sub(r"^(A|An|The)\b", lambda m: m.group(1).lower(), text)


def _label(source) -> str:
    speaker = speaker_of(source.data["speaker"])
    return speaker.label if speaker else "an unknown source"


def _quote_at(ctx: Context, source):
    for quote in ctx.of_kind("quote"):
        if quote.start == source.start and quote.end == source.end:
            return quote
    return None


def _distinct_texts(facts):
    seen, out = set(), []
    for fact in facts:
        key = claim_text(fact.text, 14)
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out


def sources_used(ctx: Context) -> Iterator[Candidate]:
    """'Which of these does the article use as sources?' among people and organisations it
    only mentions: whose account the story gives, and whose it does not."""
    speakers = [s for s in ctx.speakers.values() if s.named and s.kind in ("person", "organisation")]
    used = {s.key.lower() for s in ctx.speakers.values()}
    text = ctx.article.text
    cited = {m.lower() for m in re.findall(r"according to (?:the\s+)?([A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})", text)}
    mentioned = []
    for fact in ctx.of_kind("mention"):
        name = fact.data["name"]
        if any(_same_source(name, other) for other in used | cited) or name in [m for m in mentioned]:
            continue
        if re.search(rf"\b{re.escape(name)}\s+(?:said|says|told|added|stated|announced|wrote)\b", text):
            continue
        mentioned.append(name)
    answers = [s for s in speakers if ctx.claims_by_speaker.get(s.key)][:2]
    if len(answers) < 2 or len(mentioned) < 2:
        return
    wrong = mentioned[:2]
    choices = [a.key for a in answers] + wrong
    order = list(choices)
    ctx.rng.shuffle(order)
    evidence = claim_evidence(ctx, ctx.claims_by_speaker[answers[0].key][0])
    if evidence is None:
        return
    yield Candidate(
        Question(
            id="sources-used", type="multi", skill="context",
            prompt="Which of these does the article use as sources of information? Choose all that apply.",
            choices=tuple(order), answer=[a.key for a in answers], evidence=evidence,
            explanation=(f"The article gives the words or claims of {answers[0].key} and {answers[1].key}. "
                         f"{wrong[0]} and {wrong[1]} are only mentioned: the story is partly about them, but it does "
                         "not give their account. Noticing whose voice is missing is part of reading the news."),
            feedback={w: f"{w} is mentioned, but the article does not quote or cite them." for w in wrong},
            template="sources-used",
        ),
        0.85, "sources-used",
    )


def _same_source(name: str, other: str) -> bool:
    """'DHS' and 'Department of Homeland Security', 'Trump' and 'Donald Trump'."""
    a, b = name.lower(), other.lower()
    if a in b or b in a:
        return True
    initials = "".join(w[0] for w in other.split() if w[:1].isalpha() and w.lower() not in ("of", "the", "and", "for"))
    initials_a = "".join(w[0] for w in name.split() if w[:1].isalpha() and w.lower() not in ("of", "the", "and", "for"))
    return a == initials.lower() or b == initials_a.lower() or a.split()[-1] == b.split()[-1]

