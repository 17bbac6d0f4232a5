"""Fact versus opinion: which sentences are the writer's own judgement, prediction or
recommendation rather than something a reader could check, and which words give it away."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.facts.language import CHARGED
from quiz.core.facts.voice import UNMISTAKABLE
from quiz.core.generate.common import (
    Candidate, Context, OPENERS, choice, clip, display, plain_words, quoted, self_contained, shuffled, slugify,
    voice_of,
)

MAX_WORDS = 30
LETS = re.compile(r"\s*[“\"]?let[’']s\b", re.IGNORECASE)
OBLIGATION = re.compile(r"\b(?:should|must|ought to|ha(?:ve|s) to|need(?:s)? to|let[’']s|it is time)\b", re.IGNORECASE)
# Kinds in which "we" and "I" are the one who speaks or writes, whom a prompt names.
FIRST_PERSON_KINDS = ("speech", "opinion")
IT_FIRST = re.compile(r"(?:it|its)\b", re.IGNORECASE)
FUNCTION_FIRST = re.compile(r"(?:In|On|At|For|With|After|Before|During|Since|Until|From|By|To|Of|Let|Who|What|Why|How|Where|When)\b")


def shown_alone(text: str, ctx: Context) -> bool:
    """Whether a sentence of the article's own voice can be shown alone. In a speech or an
    opinion piece it may open on "we" or "I" (the speaker, whom the question names), not
    on "it" or "they", which stand for something said before."""
    if ctx.kind.kind not in FIRST_PERSON_KINDS:
        return self_contained(text)
    opening = OPENERS.sub("", text.strip(" “\"‘"))
    # "In 1990 she started ...", "Let us honour her": the capital of the first word names no one.
    bare = re.sub(rf"^{FUNCTION_FIRST.pattern}", lambda m: m.group(0).lower(), opening)
    return self_contained(bare, strict=False) and not IT_FIRST.match(opening)


def _usable(fact: Fact, ctx: Context) -> bool:
    text = display(fact.text)
    return shown_alone(text, ctx) and 6 <= len(text.split()) <= MAX_WORDS


def author(ctx: Context) -> str:
    """Who the article's own voice is: the speaker of a speech, else the writer."""
    return "the speaker" if ctx.kind.kind == "speech" else "the writer"


def audience(ctx: Context) -> str:
    """Who a speech or a text is for: its listeners or its readers."""
    return "listeners" if ctx.kind.kind == "speech" else "readers"


def as_said(text: str, ctx: Context) -> str:
    """A sentence quoted in a prompt; in a speech, said by the speaker, so that its "we" and
    "I" have their person."""
    return f"In the speech, the speaker says: {quoted(text)}" if ctx.kind.kind == "speech" else quoted(text)


def _whose(fact: Fact, ctx: Context) -> str:
    voice = voice_of(fact)
    return f"{author(ctx)}'s own" if voice == "the writer" else f"{voice}'s"


# Nouns and verbs that carry a view as much as an adjective does ("a shameful mistake", "is to
# guarantee upheaval"): never offered as the word that does not judge.
VIEW_NOUNS_AND_VERBS = frozenset(
    """
    mistake failure disaster crisis scandal success succeed fail victory triumph tragedy threat threaten guarantee
    courage coward shame disgrace waste lie truth fault blame fear hope deserve betray betrayal abuse hero villain
    """.split()
)


def opinion_cue(ctx: Context) -> Iterator[Candidate]:
    """'Which word shows the writer's view?' in a sentence that judges."""
    for fact in ctx.of_kind("opinion", mode="judge"):
        cues = [c for c in fact.data["cues"] if c.lower() not in CHARGED]  # charged words: language.py
        text = display(fact.text)
        if not _usable(fact, ctx) or len(fact.data["cues"]) != 1 or not cues or text.count(cues[0]) != 1:
            continue  # one judging word only: with two, "the other words do not judge" is false
        if cues[0].lower() not in UNMISTAKABLE:
            continue  # "outstanding claims", "greater possession": a reader may take it for description
        plain = [w for w in plain_words(fact) if w.lower() not in {c.lower() for c in fact.data["cues"]}
                 and w.lower().removesuffix("s") not in VIEW_NOUNS_AND_VERBS]
        if len(plain) < 3:
            continue
        picked = plain[:: max(1, len(plain) // 3)][:3]
        yield Candidate(
            Question(
                id=f"opinion-word-{slugify(cues[0], 12)}-{slugify(fact.text, 12)}", type="choice", skill="fact-vs-opinion",
                prompt=f"{as_said(text, ctx)} Which word shows that this sentence gives {_whose(fact, ctx).removesuffix(' own')} view?",
                choices=shuffled(ctx.rng, cues[0], picked), answer=cues[0], evidence=fact.text,
                explanation=f"“{cues[0]}” is a judgement: someone else could look at the same facts and not agree. "
                            "The other words report without judging.",
                template="opinion-word",
            ),
            0.75, f"word:{fact.start}",
        )


def kind_of_sentence(ctx: Context) -> Iterator[Candidate]:
    """'Does this sentence report, predict, judge or recommend?' for the writer's sentences."""
    who = author(ctx)
    options = {
        "report": "It reports something that happened or is the case",
        "predict": "It predicts what will happen",
        "judge": f"It gives {who}'s judgement",
        "recommend": "It says what should be done",
    }
    for fact in ctx.of_kind("opinion"):
        if not _usable(fact, ctx) or fact.data.get("voice", "writer") != "writer":
            continue
        mode = fact.data["mode"]
        if mode not in ("recommend", "judge") or mode == "judge" and not _unmistakable(fact):
            continue
        if mode == "recommend" and (ctx.kind.kind in FIRST_PERSON_KINDS or MUST_BE.search(fact.text)):
            continue  # asked by `recommendation` there; "our concern must be for ..." judges as much as it asks
        answer = options[mode]
        distractors = [v for k, v in options.items() if k != mode]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"sentence-kind-{slugify(fact.text, 20)}", skill="fact-vs-opinion",
                prompt=f"{as_said(fact.text, ctx)} What does this sentence do?",
                evidence=fact.text,
                explanation=_kind_explanation(mode, fact, who),
                template="sentence-kind",
            ),
            0.75 if mode in ("predict", "recommend") else 0.55, f"opinion:{fact.start}",
        )


def _unmistakable(fact: Fact) -> bool:
    """A judgement by words no reader takes for description, and no figure to check."""
    return any(c.lower() in UNMISTAKABLE for c in fact.data.get("cues", [])) and not any(ch.isdigit() for ch in fact.text)


def _kind_explanation(mode: str, fact: Fact, who: str) -> str:
    cues = [c for c in fact.data.get("cues", []) if mode != "judge" or c.lower() in UNMISTAKABLE][:2]
    words = " and ".join(f"“{c}”" for c in cues)
    verb = "judges" if len(cues) == 1 else "judge"
    return {
        "judge": f"{words} {verb}: the sentence says what {who} thinks of the facts, not only what they are.",
        "recommend": f"{words or 'Its verb'} tells someone what to do: a recommendation, which is an opinion.",
    }[mode]


# A call for action in so many words: "we must act", "let us begin", "I urge you to vote",
# "it is time to end"; the action is what follows. "Must be" states a need, not an act.
CALL = re.compile(
    r"\b(?:(?:must|should|ought to|need to|have to)(?! be\b| have been\b)|let us|let[’']s|"
    r"I (?:urge|ask|call on|call upon|implore|appeal to|encourage|invite)\b[^.;:!?]{0,60}?\bto|"
    r"it is time(?: for [^.;:!?]{1,40}?)? to)\s+(?P<action>[a-z][^.;:!?—]*)", re.IGNORECASE)
# "I must say", "I have to admit": the speaker's own duty or manner, not a call on anyone.
SPEAKER_DUTY = re.compile(r"\bI (?:must|should|have to|need to|ought to)\b")
MUST_BE = re.compile(r"\b(?:must|should|ought to|need to|have to) (?:be|have been)\b", re.IGNORECASE)
# Words with which a sentence asks for something: a distractor with one could be right too.
ASKS = re.compile(r"\b(?:should|must|ought|needs?|ha(?:ve|s) to|let|urges?|ask|asks|call(?:s)? (?:on|upon)|time to|join|vote)\b|\?",
                  re.IGNORECASE)


def recommendation(ctx: Context) -> Iterator[Candidate]:
    """In an opinion piece or speech: 'Which of these sentences calls for action?' The key
    asks someone to act; the others report or judge and ask nothing."""
    first_person = ctx.kind.kind in FIRST_PERSON_KINDS
    recommends = [f for f in [*ctx.of_kind("opinion", mode="recommend"), *(_calls(ctx) if first_person else [])]
                  if _usable(f, ctx) and voice_of(f) == "the writer"
                  and not (LETS.match(f.text) and not first_person)]  # "Let's go straight to the questions" runs an interview
    # The clearest call first: one that names an action, not "must be".
    recommends.sort(key=lambda f: (not CALL.search(f.text), f.start))
    others = [f for f in [*ctx.of_kind("statement"), *ctx.of_kind("opinion", mode="judge"), *ctx.of_kind("opinion", mode="predict")]
              if _usable(f, ctx) and voice_of(f) == "the writer" and not ASKS.search(f.text)
              and not re.search(r"[“”\"]", f.text)]  # "we first have to recognize ...": a second right answer
    if not recommends or len(others) < 2:
        return
    fact = recommends[0]
    answer = clip(display(fact.text), 26)
    near = sorted(others, key=lambda o: abs(o.start - fact.start))[:3]
    distractors = [clip(display(o.text), 26) for o in near]
    call = CALL.search(fact.text)
    asked = f" (“{call.group(0).strip(' ,')}”)" if call and len(call.group(0).split()) <= 14 else ""
    feedback = {d: _asks_nothing(o) for d, o in zip(distractors, near)}
    yield Candidate(
        choice(
            ctx, answer, distractors, id=f"recommends-{slugify(fact.text, 24)}", skill="fact-vs-opinion",
            prompt=("Which of these sentences from the speech calls for action?" if ctx.kind.kind == "speech"
                    else "Which of these sentences says what should be done?"),
            evidence=fact.text,
            explanation=f"It asks for something to be done{asked}: that is what {author(ctx)} wants, an opinion "
                        f"about what is right, which {audience(ctx)} can agree or disagree with. "
                        "The others state or judge without asking anyone to act.",
            feedback=feedback, template="recommendation",
        ),
        0.8 if first_person else 0.6, f"opinion:{fact.start}",
    )


def _calls(ctx: Context) -> list[Fact]:
    """Sentences in the speaker's own words that call for action in words the parse does not
    read as a recommendation ("I urge every member to vote", "It is time to act")."""
    read = {f.data["sentence_start"] for f in ctx.of_kind("opinion", mode="recommend")}
    return [Fact(kind="opinion", start=s.start, end=s.end, text=s.text,
                 data={"mode": "recommend", "cues": [], "voice": "writer", "sentence_start": s.start, "sentence_end": s.end})
            for s in ctx.article.sentences
            if s.start not in read and CALL.search(s.text) and not re.search(r"[“”\"]", s.text) and s.text.endswith((".", "!"))
            and not SPEAKER_DUTY.search(s.text)]


def _asks_nothing(fact: Fact) -> str:
    mode = fact.data.get("mode")
    if mode == "judge":
        return f"It gives a view (“{fact.data['cues'][0]}”), but it asks no one to do anything."
    if mode == "predict":
        return "It says what will happen; it asks no one to do anything."
    return "It tells what happened or what is the case; it asks no one to do anything."


MONTHS = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


def checkable_sentence(ctx: Context) -> Iterator[Candidate]:
    """In an opinion piece, a speech or a release: 'Which of these sentences could a reader
    check against records?' A figure the writer states, beside sentences that only judge
    or recommend: short, with no figure or date, so that nothing in them can be checked."""
    if ctx.kind.kind not in ("opinion", "speech", "press-release"):
        return
    pure = [f for f in ctx.of_kind("opinion") if voice_of(f) == "the writer" and _usable(f, ctx)
            and not any(ch.isdigit() for ch in f.text) and not MONTHS.search(f.text)
            and (f.data["mode"] == "recommend" and not LETS.match(f.text)
                 or f.data["mode"] == "judge" and _unmistakable(f) and len(display(f.text).split()) <= 16
                 or f.data["mode"] == "predict" and len(display(f.text).split()) <= 20)]
    facts = [f for f in ctx.of_kind("statement") if voice_of(f) == "the writer" and _usable(f, ctx)
             and any(ch.isdigit() for ch in f.text) and not PRONOUN_FIRST.match(display(f.text))]
    if len(pure) < 2 or not facts:
        return
    fact = facts[0]
    answer = clip(display(fact.text), 26)
    others = sorted(pure, key=lambda o: abs(o.start - fact.start))[:3]
    distractors = [clip(display(o.text), 26) for o in others]
    feedback = {d: {"recommend": "It says what should be done: a reader can agree or disagree, but no record can show it is right.",
                    "predict": "It says what will happen: no record can show that yet.",
                    }.get(o.data["mode"]) or
                   f"“{_judging_cue(o)}” is {author(ctx)}'s judgement: a reader can agree or disagree, but no record can settle it."
                for d, o in zip(distractors, others)}
    yield Candidate(
        choice(
            ctx, answer, distractors, id=f"checkable-{slugify(fact.text, 24)}", skill="fact-vs-opinion",
            prompt=(f"Which of these sentences{' from the speech' if ctx.kind.kind == 'speech' else ''} "
                    "could be checked against records or other sources?"),
            evidence=fact.text,
            explanation=("It states a figure that records, or a reporter, could confirm or prove wrong. The others give "
                         "a judgement, a forecast or what should be done, which no record can settle."),
            feedback=feedback, template="checkable-sentence",
        ),
        0.8, f"opinion:{fact.start}",
    )


PRONOUN_FIRST = re.compile(r"(?:But |And |So )?(?:It|This|That|They|These|Those|He|She)\b")


def _judging_cue(fact: Fact) -> str:
    return next(c for c in fact.data.get("cues", []) if c.lower() in UNMISTAKABLE)
