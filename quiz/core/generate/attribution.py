"""Attribution: who says what, whether the article gives their exact words, and which
claims belong to which source."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.generate.common import (
    Candidate, Context, capitalise, claim_text, clip, is_claim, quoted, self_contained, shuffled, slugify, speaker_of,
)
from quiz.core.generate.evidence import claim_evidence


def who_said(ctx: Context) -> Iterator[Candidate]:
    """'Who does the article say is the source of “...”?' over the article's own speakers.
    Worth more where the words stand apart from the name: "he said", or a quote that goes
    on after its attribution."""
    for fact in ctx.of_kind("quote"):
        speaker = speaker_of(fact.data["speaker"])
        if speaker is None:
            continue
        others = [s for key, s in ctx.speakers.items() if key != speaker.key and _distinct(s.key, speaker.key)
                  and not related(s, speaker)]
        if len(others) < 2 or not is_claim(fact):
            continue
        words = fact.text
        if _names(words, speaker.key) or len(words.split()) < 6:
            continue
        evidence = claim_evidence(ctx, fact)
        if evidence is None:
            continue
        # Worth asking only where finding the speaker takes reading: a quotation that goes
        # on with no name, or "he said" that points back to someone named before.
        apart = fact.data.get("verb_kind") == "continued" or re.search(
            r"\b(?:he|she)\s+(?:said|says|added|told|explained|continued)\b", evidence, re.IGNORECASE)
        if not apart:
            continue
        speaker = ctx.speakers.get(speaker.key, speaker)
        distractors = [s.label for s in sorted(others, key=lambda s: -len(ctx.claims_by_speaker.get(s.key, [])))[:3]]
        verb = "quotes" if fact.data["direct"] else "reports"
        answer = capitalise(speaker.label)
        distractors = [capitalise(d) for d in distractors]
        yield Candidate(
            Question(
                id=f"who-said-{slugify(words, 24)}",
                type="choice", skill="attribution",
                prompt=f"The article {verb} these words: {quoted(clip(words, 22))} Whose words are they?",
                choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=evidence,
                explanation=_who_explanation(fact, speaker.label, evidence),
                feedback={d: f"The article quotes {_lower_label(d)} elsewhere, not here." for d in distractors},
                template="who-said",
            ),
            0.8, f"speaker:{fact.start}",
        )


def _who_explanation(fact: Fact, label: str, evidence: str) -> str:
    if fact.data.get("verb_kind") == "continued":
        return (f"No name stands next to these words: they go on from the words just before them, which the "
                f"article gives to {label}. A quotation with no new name belongs to the last speaker named.")
    if re.search(r"\b(?:he|she)\s+(?:said|says|added|told|explained)\b", evidence, re.IGNORECASE):
        return f"“He” or “she” here points back to the last person named before these words: {label}."
    return f"The article gives these words to {label}, in the same sentence."


def _verb_past(verb: str) -> str:
    """The attributing verb as the explanation says it: 'says' -> 'said', 'thought' stays."""
    verb = verb.lower()
    return {"says": "said", "tells": "told", "writes": "wrote", "thinks": "thought", "according": "said"}.get(verb, verb)


def _lower_label(label: str) -> str:
    return label[:1].lower() + label[1:] if label.startswith(("An ", "A ", "Unnamed ", "The ")) else label


def related(a, b) -> bool:
    """Whether one source speaks for the other ("DHS spokeswoman" and "Department of
    Homeland Security"): then both could be said to be the source."""
    for one, other in ((a, b), (b, a)):
        if one.kind == "organisation":
            initials = "".join(w[0] for w in one.key.split() if w[:1].isupper())
            label = other.label
            if one.key.lower() in label.lower() or (len(initials) >= 2 and re.search(rf"\b{initials}\b", label)):
                return True
    return False


def _names(text: str, key: str) -> bool:
    """Whether the words themselves name the speaker (then the question answers itself)."""
    return any(len(part) > 2 and re.search(rf"\b{re.escape(part)}\b", text) for part in key.split() if part[:1].isupper())


def _distinct(a: str, b: str) -> bool:
    """Two speakers a student can tell apart: no shared surname, neither inside the other."""
    a_words, b_words = a.lower().split(), b.lower().split()
    return a_words[-1] != b_words[-1] and a.lower() not in b.lower() and b.lower() not in a.lower()


def exact_words(ctx: Context) -> Iterator[Candidate]:
    """'True or false? The article gives X's exact words: “...”' for a reported statement:
    no quotation marks, so the words are the writer's."""
    for fact in ctx.of_kind("quote", direct=False):
        speaker = speaker_of(fact.data["speaker"])
        if speaker is None or not speaker.named or fact.data.get("verb_kind") not in ("say", "according"):
            continue
        words = fact.text
        if not 6 <= len(words.split()) <= 30 or not re.search(r"\b(?:he|she|they|his|her|their|it|its)\b", words):
            continue  # the third person in the words is what gives the paraphrase away
        evidence = claim_evidence(ctx, fact)
        if evidence is None:
            continue
        yield Candidate(
            Question(
                id=f"exact-words-{slugify(speaker.key, 20)}-{slugify(words, 12)}",
                type="truefalse", skill="attribution",
                prompt=f"True or false? The article quotes {speaker.key}’s exact words: {quoted(clip(words, 22))}",
                answer=False, evidence=evidence,
                explanation=(f"There are no quotation marks around these words: the article reports in its own words "
                             f"what {speaker.key} {_verb_past(fact.data.get('verb') or 'said')}, so we cannot tell exactly how "
                             f"{speaker.key} put it."),
                template="exact-words",
            ),
            0.7, f"speaker:{fact.start}",
        )


def exact_words_quoted(ctx: Context) -> Iterator[Candidate]:
    """'True or false? The article gives X's exact words here', for a quotation by a source
    the article also reports in its own words: the student tells the two apart."""
    reported = {speaker_of(f.data["speaker"]).key for f in ctx.of_kind("quote", direct=False) if speaker_of(f.data["speaker"])}
    for fact in ctx.of_kind("quote", direct=True):
        speaker = speaker_of(fact.data["speaker"])
        if speaker is None or not speaker.named or speaker.key not in reported or fact.data.get("verb_kind") == "continued":
            continue
        words = fact.text
        if not 6 <= len(words.split()) <= 30 or _names(words, speaker.key):
            continue
        evidence = claim_evidence(ctx, fact)
        if evidence is None:
            continue
        yield Candidate(
            Question(
                id=f"exact-words-quoted-{slugify(speaker.key, 20)}-{slugify(words, 12)}",
                type="truefalse", skill="attribution",
                prompt=f"True or false? The article gives {speaker.key}’s exact words here: {quoted(clip(words, 22))}",
                answer=True, evidence=evidence,
                explanation=(f"The words stand in quotation marks: they are {speaker.key}’s own, as spoken or written. "
                             f"Elsewhere the article reports {speaker.key} in its own words, without quotation marks."),
                template="exact-words-quoted",
            ),
            0.65, f"speaker:{fact.start}",
        )

