"""Fact versus opinion: which sentences are the writer's own judgement, prediction or
recommendation rather than something a reader could check, and which words give it away."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.facts.language import CHARGED
from quiz.core.facts.voice import UNMISTAKABLE
from quiz.core.generate.common import (
    Candidate, Context, clip, display, plain_words, quoted, self_contained, shuffled, slugify, voice_of,
)

MAX_WORDS = 30
LETS = re.compile(r"\s*[“\"]?let[’']s\b", re.IGNORECASE)
OBLIGATION = re.compile(r"\b(?:should|must|ought to|ha(?:ve|s) to|need(?:s)? to|let[’']s|it is time)\b", re.IGNORECASE)




def _usable(fact: Fact) -> bool:
    text = display(fact.text)
    return self_contained(text) and 6 <= len(text.split()) <= MAX_WORDS


def _whose(fact: Fact) -> str:
    voice = voice_of(fact)
    return "the writer's own" if voice == "the writer" else f"{voice}'s"


def opinion_cue(ctx: Context) -> Iterator[Candidate]:
    """'Which word shows the writer's view?' in a sentence that judges."""
    for fact in ctx.of_kind("opinion", mode="judge"):
        cues = [c for c in fact.data["cues"] if c.lower() not in CHARGED]  # charged words: language.py
        text = display(fact.text)
        if not _usable(fact) or len(fact.data["cues"]) != 1 or not cues or text.count(cues[0]) != 1:
            continue  # one judging word only: with two, "the other words do not judge" is false
        if cues[0].lower() not in UNMISTAKABLE:
            continue  # "outstanding claims", "greater possession": a reader may take it for description
        plain = [w for w in plain_words(fact) if w.lower() not in {c.lower() for c in fact.data["cues"]}]
        if len(plain) < 3:
            continue
        picked = plain[:: max(1, len(plain) // 3)][:3]
        yield Candidate(
            Question(
                id=f"opinion-word-{slugify(cues[0], 12)}-{slugify(fact.text, 12)}", type="choice", skill="fact-vs-opinion",
                prompt=f"{quoted(text)} Which word shows that this sentence gives {_whose(fact).removesuffix(' own')} view?",
                choices=shuffled(ctx.rng, cues[0], picked), answer=cues[0], evidence=fact.text,
                explanation=f"“{cues[0]}” is a judgement: someone else could look at the same facts and not agree. "
                            "The other words report without judging.",
                template="opinion-word",
            ),
            0.75, f"word:{fact.start}",
        )


def kind_of_sentence(ctx: Context) -> Iterator[Candidate]:
    """'Does this sentence report, predict, judge or recommend?' for the writer's sentences."""
    options = {
        "report": "It reports something that happened or is the case",
        "predict": "It predicts what will happen",
        "judge": "It gives the writer's judgement",
        "recommend": "It says what should be done",
    }
    for fact in ctx.of_kind("opinion"):
        if not _usable(fact) or fact.data.get("voice", "writer") != "writer":
            continue
        mode = fact.data["mode"]
        if mode not in ("recommend", "judge") or mode == "judge" and not _unmistakable(fact):
            continue
        answer = options[mode]
        distractors = [v for k, v in options.items() if k != mode]
        yield Candidate(
            Question(
                id=f"sentence-kind-{slugify(fact.text, 20)}", type="choice", skill="fact-vs-opinion",
                prompt=f"{quoted(fact.text)} What does this sentence do?",
                choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=fact.text,
                explanation=_kind_explanation(mode, fact),
                template="sentence-kind",
            ),
            0.75 if mode in ("predict", "recommend") else 0.55, f"opinion:{fact.start}",
        )


def _unmistakable(fact: Fact) -> bool:
    """A judgement by words no reader takes for description, and no figure to check."""
    return any(c.lower() in UNMISTAKABLE for c in fact.data.get("cues", [])) and not any(ch.isdigit() for ch in fact.text)


def _kind_explanation(mode: str, fact: Fact) -> str:
    cues = [c for c in fact.data.get("cues", []) if mode != "judge" or c.lower() in UNMISTAKABLE][:2]
    words = " and ".join(f"“{c}”" for c in cues)
    verb = "judges" if len(cues) == 1 else "judge"
    return {
        "judge": f"{words} {verb}: the sentence says what the writer thinks of the facts, not only what they are.",
        "recommend": f"{words or 'Its verb'} tells someone what to do: a recommendation, which is an opinion.",
    }[mode]


def recommendation(ctx: Context) -> Iterator[Candidate]:
    """In an opinion piece or speech: 'Which of these sentences tells readers what should
    be done?'"""
    recommends = [f for f in ctx.of_kind("opinion", mode="recommend") if _usable(f) and voice_of(f) == "the writer"
                  and not LETS.match(f.text)]  # "Let's go straight to the questions" runs an interview
    others = [f for f in [*ctx.of_kind("statement"), *ctx.of_kind("opinion", mode="judge")] if _usable(f)
              and not OBLIGATION.search(f.text)]  # "we first have to recognize ...": a second right answer
    if not recommends or len(others) < 2:
        return
    fact = recommends[0]
    answer = clip(fact.text, 26)
    distractors = [clip(o.text, 26) for o in sorted(others, key=lambda o: abs(o.start - fact.start))[:3]]
    yield Candidate(
        Question(
            id=f"recommends-{slugify(fact.text, 24)}", type="choice", skill="fact-vs-opinion",
            prompt="Which of these sentences says what should be done?",
            choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=fact.text,
            explanation="It tells someone what to do: that is a recommendation, an opinion about what is right, "
                        "which readers can agree or disagree with. The others state or judge without asking for action.",
            template="recommendation",
        ),
        0.8 if ctx.kind.kind in ("opinion", "speech") else 0.6, f"opinion:{fact.start}",
    )


MONTHS = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


def checkable_sentence(ctx: Context) -> Iterator[Candidate]:
    """In an opinion piece, a speech or a release: 'Which of these sentences could a reader
    check against records?' A figure the writer states, beside sentences that only judge
    or recommend: short, with no figure or date, so that nothing in them can be checked."""
    if ctx.kind.kind not in ("opinion", "speech", "press-release"):
        return
    pure = [f for f in ctx.of_kind("opinion") if voice_of(f) == "the writer" and _usable(f)
            and not any(ch.isdigit() for ch in f.text) and not MONTHS.search(f.text)
            and (f.data["mode"] == "recommend" and not LETS.match(f.text)
                 or f.data["mode"] == "judge" and _unmistakable(f) and len(display(f.text).split()) <= 16)]
    facts = [f for f in ctx.of_kind("statement") if voice_of(f) == "the writer" and _usable(f)
             and any(ch.isdigit() for ch in f.text) and not PRONOUN_FIRST.match(display(f.text))]
    if len(pure) < 2 or not facts:
        return
    fact = facts[0]
    answer = clip(display(fact.text), 26)
    others = sorted(pure, key=lambda o: abs(o.start - fact.start))[:3]
    distractors = [clip(display(o.text), 26) for o in others]
    feedback = {d: ("It says what should be done: a reader can agree or disagree, but no record can show it is right."
                    if o.data["mode"] == "recommend" else
                    f"“{_judging_cue(o)}” is the writer's judgement: a reader can agree or disagree, but no record can settle it.")
                for d, o in zip(distractors, others)}
    yield Candidate(
        Question(
            id=f"checkable-{slugify(fact.text, 24)}", type="choice", skill="fact-vs-opinion",
            prompt="Which of these sentences could a reader check against records or other sources?",
            choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=fact.text,
            explanation=("It states a figure that records, or a reporter, could confirm or prove wrong. The others judge "
                         "or say what should be done: opinions, which no record can settle."),
            feedback=feedback, template="checkable-sentence",
        ),
        0.8, f"opinion:{fact.start}",
    )


PRONOUN_FIRST = re.compile(r"(?:But |And |So )?(?:It|This|That|They|These|Those|He|She)\b")


def _judging_cue(fact: Fact) -> str:
    return next(c for c in fact.data.get("cues", []) if c.lower() in UNMISTAKABLE)
