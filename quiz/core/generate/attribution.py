"""Attribution: who says what, whether the article gives their exact words, and which
claims belong to which source."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Question
from quiz.core.facts.common import ORG_WORDS
from quiz.core.generate.common import (
    Candidate, Context, claim_text, is_claim, quoted, slugify, speaker_of,
)
from quiz.core.generate.evidence import claim_evidence


def _verb_past(verb: str) -> str:
    """The attributing verb as the explanation says it: 'says' -> 'said', 'thought' stays."""
    verb = verb.lower()
    return {"says": "said", "tells": "said", "told": "said", "writes": "wrote", "thinks": "thought", "according": "said"}.get(verb, verb)


SPEECH_WORDS = frozenset(
    "said says told tells added adds explained explains stated states noted notes announced announces reported "
    "reports argued argues wrote writes warned warns insisted insists according confirmed confirms".split()
)
# Words that tell a quotation from a paraphrase without the article: "I" and "we" stay
# only in quotation marks, "he" and "they" stand in a paraphrase for the speaker, and a
# contraction is speech. A question whose words hold one answers itself.
TELLTALE = re.compile(
    r"\b(?:I|me|my|mine|we|us|our|ours|he|she|him|his|her|hers|they|them|their|theirs)\b|\w(?:n[’']t|[’'](?:re|ve|ll|m|d))\b"
    r"|\b(?:it|that|there|what|here)[’']s\b", re.IGNORECASE)


def _names(text: str, key: str) -> bool:
    """Whether the words themselves name the speaker (then the question answers itself)."""
    return any(len(part) > 2 and re.search(rf"\b{re.escape(part)}\b", text) for part in key.split() if part[:1].isupper())


def _in_quotation_marks(text: str, fact) -> bool:
    """Whether a quote's words stand between quotation marks in the article."""
    return text[fact.start - 1 : fact.start] in "“\"" and fact.start > 0


def exact_words(ctx: Context) -> Iterator[Candidate]:
    """'True or false? The article gives X's exact words here: “...”': true for words in
    quotation marks given to X, false for a reported statement, which is the writer's
    summary. Keys fall both ways, and the words never tell which by their grammar."""
    # In an interview or a speech, words in quotation marks are still the speaker retelling
    # someone else's; only the speaker's own summary of them can be asked (keyed false).
    retold = ctx.kind.kind in ("interview", "speech")
    asked = set()
    for fact in ctx.of_kind("quote"):
        direct = bool(fact.data.get("direct"))
        speaker = speaker_of(fact.data["speaker"])
        if speaker is None or not speaker.named or fact.data.get("verb_kind") not in ("say", "according", "continued"):
            continue
        if not speaker.key[:1].isupper():
            continue  # "today's Washington Post": a name read with the words around it
        if speaker.kind == "person" and any(w in ORG_WORDS for w in speaker.key.split()):
            continue  # "Refugee Council Enver Solomon": a name glued to its organisation
        if (speaker.key, direct) in asked or ctx.in_title(fact) or ctx.speaks_for_itself(speaker):
            continue  # one of each per source; a headline or a release's own voice reports no one
        if (fact.data.get("verb") or "said").lower() not in SPEECH_WORDS:
            continue  # "thought", "hoped": not words anyone could have quoted
        words = fact.text.strip()
        if direct and retold:
            continue
        if direct and not (_in_quotation_marks(ctx.article.text, fact) and words[:1].isupper()):
            continue  # a phrase taken into the writer's sentence, not a whole quotation
        if not direct and fact.data.get("verb_kind") == "continued":
            continue
        if not 6 <= len(words.split()) <= 30 or not is_claim(fact) or _names(words, speaker.key):
            continue
        if re.search(r"\b(?:this|the) (?:story|report|article)\b", words, re.IGNORECASE):
            continue  # "wrote this story": a byline
        if any(mark in words for mark in "“”\"‘[]…") or TELLTALE.search(words):
            continue  # a quotation inside, an editor's brackets, or grammar that gives the answer away
        evidence = claim_evidence(ctx, fact)
        if evidence is None:
            continue
        verb = _verb_past(fact.data.get("verb") or "said")
        if direct:
            explanation = (f"These words stand inside quotation marks, and the article gives them to {speaker.key}: "
                           f"a direct quotation gives a speaker's exact words. Without the marks they would be the "
                           f"writer's summary of what {speaker.key} {verb}.")
        else:
            explanation = _exact_words_explanation(ctx, fact, speaker.key)
        yield Candidate(
            Question(
                id=f"exact-words-{slugify(speaker.key, 20)}-{slugify(words, 12)}",
                type="truefalse", skill="attribution",
                prompt=f"True or false? The article gives {speaker.key}’s exact words here: {quoted(claim_text(words, 22))}",
                answer=direct, evidence=evidence, explanation=explanation, template="exact-words",
            ),
            0.75, f"speaker:{fact.start}",
        )
        asked.add((speaker.key, direct))


def _exact_words_explanation(ctx: Context, fact, who: str) -> str:
    """Who tells the reader what `who` said: the article, the speaker of a speech, or the
    person whose turn of an interview it is (Blinken telling what Biden said)."""
    verb = _verb_past(fact.data.get("verb") or "said")
    via = fact.data.get("via")
    if via:
        return (f"There are no quotation marks around these words: they are {via}'s account of what {who} {verb}, "
                f"in {via}'s own words. We have only {via}'s version, not {who}'s words.")
    teller = "the speaker reports in their" if ctx.kind.kind == "speech" else "the article reports in its"
    return (f"There are no quotation marks around these words: {teller} own words what {who} {verb}, "
            f"so we cannot tell exactly how {who} put it.")


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
