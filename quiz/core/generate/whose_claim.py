"""Whose claim is it: what the article states as a fact, and what it only reports that
someone said, believes or accuses others of ("X told VOA ...", "is believed to ...",
"has been accused of ..."), where a reader has one source's word and no more."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact
from quiz.core.generate.attribution import (
    SPEECH_WORDS, askable, names_source, names_speaker, related, source_name, source_point, verb_past,
)
from quiz.core.generate.common import (
    Candidate, Context, capitalise, choice, claim_text, clip, display, mid_sentence, quoted, self_contained,
    slugify, speaker_of,
)
from quiz.core.generate.evidence import claim_evidence

# Verbs that give a claim as someone's view, not as something shown.
BELIEF_WORDS = frozenset(
    "believes believed thinks thought claims claimed alleges alleged asserts asserted contends contended maintains "
    "maintained suspects suspected insists insisted argues argued".split()
)
# Verbs that report what someone said, besides those of attribution.py: "researchers say",
# "officials tell", "cautioned", "predicted".
SAY_WORDS = SPEECH_WORDS | frozenset(
    "say tell cautioned cautions declared declares predicted predicts concluded concludes".split())
AS_FACT = "Yes: the writer states it as a fact"
# An agentless passive that puts a claim down to no one: "is believed to", "was accused of".
HIDDEN_HOLDER = re.compile(r"\b(?:accus|alleg|believ|blam|claim|criticis|criticiz|rumou?r|said|suspect|thought)\w*",
                           re.IGNORECASE)
NO_ONE = "The article does not say whose it is"
# Words too common to show that two sentences say the same thing.
COMMON = frozenset(
    "that this with from have been were will would could should about their there which what when they them than "
    "also more most some into over only just said says year years after before other because while where".split()
)


def stated_as_fact(ctx: Context) -> Iterator[Candidate]:
    """'“The closure will cost the club its place.” Does the article state this as a fact?':
    no, it reports that a source believes or claims it, and nowhere states it itself; the
    wrong choices are the writer's voice and the other sources it quotes. Only for verbs of
    belief or claim: what a source merely said, noted or reported is routine ("noted" even
    accepts the point), and asking whose word it is comes down to finding the name."""
    if ctx.kind.kind in ("interview", "speech"):
        return  # every word of it is the speaker's: there is no writer's voice to set it against
    for fact, speaker, words in askable(ctx, BELIEF_WORDS):
        verb = (fact.data.get("verb") or "said").lower()
        if verb not in BELIEF_WORDS:
            continue
        if not speaker.named or fact.data.get("verb_kind") == "continued" or fact.data.get("via"):
            continue  # an unnamed group ("researchers") may take in a person the article names
        if speaker.kind in ("document", "thing") or not self_contained(words):
            continue  # what a study or a report shows is evidence, not someone's word
        if any(s is not fact and fact.start <= s.start < fact.end for s in ctx.of_kind("quote")):
            continue  # a claim relayed inside the claim: two sources
        if _stated_elsewhere(ctx, fact):
            continue  # the writer says it too, or another source does: "no" would be wrong
        evidence = claim_evidence(ctx, fact)
        if evidence is None or not names_source(evidence, speaker):
            continue  # "He also warned that ...": the passage must show whose words they are
        others = _other_sources(ctx, speaker, evidence)
        if not others:
            continue
        name = source_name(speaker)
        said = verb_past(verb)
        answer = f"No: it is what {name} {said}"
        wrong = {AS_FACT: f"The article does not say it is so: it says that {name} {said} it."}
        for other in others:
            wrong[f"No: it is what {source_name(other)} said"] = \
                f"The article gives these words to {name}, not to {source_name(other)}."
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"as-fact-{slugify(speaker.key, 20)}-{slugify(words, 12)}", skill="attribution",
                prompt=f"{quoted(claim_text(words, 24))} Does the article state this as a fact?",
                evidence=evidence,
                explanation=(f"“{verb}” gives a view, not something shown: the article reports that {name} {said} "
                             f"this, not that it is so. A reader should weigh it as {name}'s view: who {name} is, and "
                             "what reasons the article gives for it."),
                feedback=wrong, template="stated-as-fact",
            ),
            0.8, source_point(speaker),
        )


def retold(ctx: Context) -> Iterator[Candidate]:
    """'“In an interview, Stephen Colbert said that ...” Whose account of what Stephen Colbert
    said is this?' for what someone taking part in an interview or a transcript says a third
    person said: the article gives only the teller's version, not the person's own words.
    Only the article's turn labels tell who is speaking."""
    roles = {t.data["speaker"]: t.data.get("role") for t in ctx.of_kind("turn")}
    for fact in ctx.of_kind("quote", direct=False):
        via = fact.data.get("via")
        speaker = speaker_of(fact.data["speaker"])
        if not via or speaker is None or not speaker.named or speaker.kind != "person" or fact.data.get("verb_kind") != "say":
            continue
        if (fact.data.get("verb") or "").lower() not in SAY_WORDS or names_speaker(via, speaker.key):
            continue
        sentence = display(ctx.sentence(fact))
        if not 8 <= len(sentence.split()) <= 45 or not self_contained(sentence) or any(m in sentence for m in "“”\""):
            continue
        if re.search(r"\b(?:him|her|them)\b", sentence):
            continue  # "Biden told him ...": whom he told is in another turn
        teller = _turn_name(via)
        others = [_turn_name(s) for s in roles if s != via and not names_speaker(s, speaker.key)][:2]
        if not others:
            continue
        name = source_name(speaker)
        answer = f"{teller}'s account of what {name} said"
        wrong = {f"{name}'s own words":
                 f"The article does not give {name}'s own words: {mid_sentence(teller)} tells what {name} said."}
        for other in others:
            wrong[f"{other}'s account of what {name} said"] = \
                f"These are not {mid_sentence(other)}'s words: in the article, {mid_sentence(teller)} is speaking here."
        role = " (the interviewer)" if roles.get(via) == "interviewer" else ""
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"retold-{slugify(speaker.key, 20)}", skill="attribution",
                prompt=f"{quoted(clip(sentence, 40))} In this interview, whose account of what {name} said is this?",
                evidence=ctx.sentence(fact),
                explanation=(f"Here {mid_sentence(teller)}{role} is speaking, and tells in their own words what {name} "
                             f"said. The article does not give {name}'s own words, so a reader has only "
                             f"{mid_sentence(teller)}'s version: it may leave things out, or put them more or less "
                             f"strongly than {name} did."),
                feedback=wrong, template="retold",
            ),
            0.8, source_point(speaker),
        )


def _turn_name(speaker: str) -> str:
    """Who speaks a turn, as a choice names them: a 'QUESTION:' label is the interviewer."""
    return "The interviewer" if speaker.lower() in ("q", "question", "the interviewer", "interviewer") else speaker


def hidden_holder(ctx: Context) -> Iterator[Candidate]:
    """'“The firm is accused of dumping waste.” Whose claim is this?' for a passive that
    names no one ("is believed to", "has been accused of", "is said to"): the article does
    not say who believes or accuses, and the wrong choices are the sources it does name."""
    if ctx.kind.kind == "speech":
        return
    for fact in ctx.of_kind("source", source_kind="passive"):
        verb = HIDDEN_HOLDER.search(fact.data.get("verb") or "")
        if verb is None:
            continue
        sentence = ctx.sentence(fact)
        if ctx.in_title(fact) or not 6 <= len(sentence.split()) <= 35 or not self_contained(sentence):
            continue
        shown = _passive_words(sentence, verb.group())
        if any(mark in sentence for mark in "“”\"") or re.search(r"\b(?:by|according to|said|says|told)\b",
                                                                sentence.replace(shown, "")):
            continue  # someone in the sentence may be the one who holds it
        stem = verb.group()[:5].lower()
        if stem != "said" and ctx.article.text.lower().count(stem) > sentence.lower().count(stem):
            continue  # "critics accused ..." elsewhere may name who holds it ("said" is everywhere)
        others = _other_sources(ctx, None, sentence, 3)
        if len(others) < 2:
            continue
        wrong = {capitalise(_labelled(s)): f"The article quotes {source_name(s)} elsewhere; this sentence does not say it is their claim."
                 for s in others}
        wrong["The writer: the article states it as a fact"] = \
            "The writer reports that it is claimed, not that it is so: the passive hides whose claim it is."
        yield Candidate(
            choice(
                ctx, NO_ONE, list(wrong), id=f"hidden-holder-{slugify(fact.text, 20)}", skill="attribution",
                prompt=f"{quoted(clip(sentence, 30))} Whose claim is this, according to the article?",
                evidence=sentence,
                explanation=(f"“{shown}” names no one: the article does not say who holds this claim, how many do, or "
                             "how they know. A passive like this reports a claim while hiding its source, so a reader "
                             "cannot judge or check it."),
                feedback=wrong, template="hidden-holder",
            ),
            0.8, f"source:{fact.start}",
        )


def _other_sources(ctx: Context, speaker, passage: str, count: int = 2) -> list:
    """Named sources of the article other than `speaker` (None: any), one for each person
    or body ("Karen Holt" and "Holt", "World Health Organisation" and "World Health
    Organisation (WHO)"), none that speaks for it and none the passage names ("Bhupinder
    Mann of NCI's Division ..." is not asked beside "the NCI")."""
    taken = [speaker] if speaker is not None else []
    others = []
    for other in ctx.speakers.values():
        bare = _bare_name(other.key)
        if not other.named or names_speaker(passage, bare):
            continue
        if any(_bare_name(t.key).lower() == bare.lower() or related(t, other) for t in taken):
            continue
        taken.append(other)
        others.append(other)
    return others[:count]


def _labelled(speaker) -> str:
    """'Maria Lund, a fire chief'; a body as a sentence names it, 'the White House'."""
    if speaker.kind != "person":
        return source_name(speaker)
    name = source_name(speaker)
    return name + speaker.label[len(speaker.key):] if speaker.label.startswith(speaker.key) else speaker.label


def _bare_name(name: str) -> str:
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


def _passive_words(sentence: str, verb: str) -> str:
    """'is believed', 'have been accused': the passive as the sentence words it."""
    match = re.search(rf"\b(?:(?:is|are|was|were|has been|have been|had been|be|being)\s+)(?:\w+ly\s+)?{re.escape(verb)}\b",
                      sentence)
    return match.group() if match else verb


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z’'-]{3,}", text)} - COMMON


def _stated_elsewhere(ctx: Context, fact: Fact) -> bool:
    """Whether another sentence of the article (or its headline) says much the same: then
    the claim does not rest on its source alone."""
    words = _content_words(fact.text)
    if len(words) < 3:
        return True  # too little to tell
    own = fact.data["sentence_start"]
    for sentence in ctx.article.sentences:
        if sentence.start == own:
            continue
        other = _content_words(ctx.article.text[sentence.start : sentence.end])
        if len(words & other) >= max(3, 0.5 * len(words)):
            return True
    return False
