"""Attribution: who says what, whether the article gives their exact words, and which
claims belong to which source."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact
from quiz.core.facts.common import ORG_WORDS
from quiz.core.generate.common import (
    Candidate, Context, Speaker, choice, claim_text, is_claim, mid_sentence, quoted, self_contained, slugify, speaker_of,
)
from quiz.core.generate.evidence import claim_evidence, sentences_around


def verb_past(verb: str) -> str:
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


def names_speaker(text: str, key: str) -> bool:
    """Whether the words themselves name the speaker (then the question answers itself)."""
    return any(len(part) > 2 and re.search(rf"\b{re.escape(part)}\b", text) for part in key.split() if part[:1].isupper())


def _in_quotation_marks(text: str, fact) -> bool:
    """Whether a quote's words stand between quotation marks in the article."""
    return text[fact.start - 1 : fact.start] in "“\"" and fact.start > 0


def _askable(ctx: Context) -> list[tuple[Fact, Speaker, str]]:
    """Every quotation and reported statement a student can be asked about by its words
    alone, with those words: given to a source the article names or describes, with a verb
    of speech, a whole claim of 6 to 30 words (of a longer quotation, its first sentence)
    whose grammar does not tell whether it is quoted ("I", "he", "don't")."""
    out = []
    for fact in ctx.of_kind("quote"):
        direct = bool(fact.data.get("direct"))
        speaker = speaker_of(fact.data["speaker"])
        if speaker is None or fact.data.get("verb_kind") not in ("say", "according", "continued"):
            continue
        if not speaker.key[:1].isupper():
            continue  # "today's Washington Post": a name read with the words around it
        if speaker.kind == "person" and any(w in ORG_WORDS for w in speaker.key.split()):
            continue  # "Refugee Council Enver Solomon": a name glued to its organisation
        if ctx.in_title(fact) or ctx.speaks_for_itself(speaker):
            continue  # a headline or a release's own voice reports no one
        if (fact.data.get("verb") or "said").lower() not in SPEECH_WORDS:
            continue  # "thought", "hoped": not words anyone could have quoted
        words = fact.text.strip()
        if direct and not (_in_quotation_marks(ctx.article.text, fact) and words[:1].isupper()):
            continue  # a phrase taken into the writer's sentence, not a whole quotation
        if direct and len(words.split()) > 30:
            words = _first_sentence(ctx, fact)
        if not direct and fact.data.get("verb_kind") == "continued":
            continue
        if not 6 <= len(words.split()) <= 30 or not is_claim(fact) or names_speaker(words, speaker.key):
            continue
        if re.search(r"\b(?:this|the) (?:story|report|article)\b", words, re.IGNORECASE):
            continue  # "wrote this story": a byline
        if any(mark in words for mark in "“”\"‘[]…") or TELLTALE.search(words) or not self_contained(words, strict=False):
            continue  # a quotation inside, an editor's brackets, grammar that gives the answer away, or a "this" with nothing before it
        out.append((fact, speaker, words))
    return out


def _first_sentence(ctx: Context, fact: Fact) -> str:
    """The first sentence of a long quotation, when the quotation goes on past it."""
    sentence = ctx.article.sentence_at(fact.start)
    if sentence is None or sentence.end >= fact.end:
        return fact.text.strip()
    return ctx.article.text[fact.start : sentence.end].strip()


def own_words(ctx: Context) -> Iterator[Candidate]:
    """'The article reports two things Ana Ruiz said. For which can a reader be sure of her
    exact words?': one a quotation, one the writer's summary of what she said. The prompt
    shows both without their quotation marks, so only the article tells which is which; the
    wrong choices are the common misreadings (a named speaker means exact words; a reporter
    always rewrites)."""
    if ctx.kind.kind in ("interview", "speech"):
        return  # every word of it is the speaker's, and what they retell is theirs too
    askable = _askable(ctx)
    pairs = [(a, b) for a in askable for b in askable if a[0].data["direct"] and not b[0].data["direct"]]
    # One speaker's own words beside the writer's summary of them teach the most; then the
    # closest two passages, which a student reads together.
    pairs.sort(key=lambda p: (p[0][1].key != p[1][1].key, abs(p[0][0].start - p[1][0].start)))
    for (quote, quoter, quote_words), (summary, summarised, summary_words) in pairs:
        evidence = _evidence_of_both(ctx, quote, summary)
        if evidence is None:
            continue
        first, second = sorted([(quote, quote_words), (summary, summary_words)], key=lambda p: p[0].start)
        letter = {id(first[0]): "A", id(second[0]): "B"}
        exact, loose = letter[id(quote)], letter[id(summary)]
        same = quoter.key == summarised.key
        who = source_name(quoter) if same else f"{source_name(quoter)} and {source_name(summarised)}"
        verb = verb_past(summary.data.get("verb") or "said")
        answer = f"Only {exact}: {loose} has no quotation marks, so its words are the writer's"
        wrong = {
            f"Only {loose}: {exact} has no quotation marks, so its words are the writer's":
                f"It is the other way round: in the article {exact} stands inside quotation marks and {loose} does not.",
            "Both: the article names who said each of them":
                f"Naming the speaker does not make the words theirs: {loose} has no quotation marks, so the writer "
                "chose its words.",
            "Neither: a reporter always puts what people say in their own words":
                f"{exact} stands inside quotation marks: words in quotation marks are given exactly as they were said.",
        }
        prompt = (f"The article reports what {who} said. For which of these two passages can a reader be sure "
                  f"of the exact words? A: {quoted(claim_text(first[1], 22))} "
                  f"B: {quoted(claim_text(second[1], 22))}")
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"own-words-{slugify(summarised.key, 20)}-{slugify(summary.text, 12)}",
                skill="attribution", prompt=prompt, evidence=evidence,
                explanation=_own_words_explanation(exact, loose, source_name(quoter), source_name(summarised), verb),
                feedback=wrong, template="own-words",
            ),
            0.8, f"speaker:{summary.start}",
        )
        return


def source_name(speaker: Speaker) -> str:
    """A source as a sentence names it: 'Ana Ruiz', 'an unnamed health official'."""
    return speaker.key if speaker.named else mid_sentence(speaker.label)


def _evidence_of_both(ctx: Context, one, other) -> str | None:
    """The passage from the first of two claims to the last, with the words that attribute
    each; None when it is too long to show."""
    parts = [claim_evidence(ctx, one), claim_evidence(ctx, other)]
    if None in parts:
        return None
    text = ctx.article.text
    starts = [text.find(part) for part in parts]
    start, end = min(starts), max(s + len(p) for s, p in zip(starts, parts))
    return sentences_around(ctx, start, end)


def _own_words_explanation(exact: str, loose: str, quoter: str, summarised: str, verb: str) -> str:
    return (f"In the article, {exact} stands inside quotation marks: {quoter}'s own words, as they were said. {loose} has none: "
            f"the writer sums up what {summarised} {verb}, in the writer's own words, so how {summarised} put it, "
            f"and how strongly, may differ. {exact} can be quoted as {quoter}'s words; {loose} is the writer's "
            "version of them.")


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
