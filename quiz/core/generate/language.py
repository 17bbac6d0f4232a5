"""Loaded language: what a judging speech verb suggests beside "said", which word carries
the writer's feeling and what a neutral word would be, and whose word a term in quotation
marks is."""

from __future__ import annotations

from collections.abc import Iterator

from quiz.core.domain import Question
from quiz.core.facts.language import CHARGED, JUDGING_VERBS
from quiz.core.generate.common import (
    Candidate, Context, capitalise, clip, display, mid_sentence, plain_words, quoted, self_contained, shuffled, slugify,
    speaker_of,
)

WRITER_WORD = "The writer's own word"


def speech_verb(ctx: Context) -> Iterator[Candidate]:
    for fact in ctx.of_kind("loaded", loaded_kind="speech-verb"):
        sentence = ctx.sentence(fact)
        if len(sentence.split()) > 45:
            continue
        answer = capitalise(fact.data["meaning"])
        distractors = [capitalise(m) for verb, m in JUDGING_VERBS.items() if m != fact.data["meaning"]
                       and verb not in ("warn", "reveal")]
        ctx.rng.shuffle(distractors)
        distractors = list(dict.fromkeys(distractors))[:2] + ["Nothing: it means the same as “said”"]
        yield Candidate(
            Question(
                id=f"speech-verb-{slugify(fact.data['word'], 12)}-{fact.start}", type="choice", skill="loaded-language",
                prompt=f"{quoted(sentence)} The writer chose “{fact.data['word']}” rather than “said”. What does it suggest?",
                choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=sentence,
                explanation=(f"“{fact.data['word']}” suggests that {fact.data['meaning']}. “Said” would report the words "
                             "without judging them; the choice of verb colours how readers see the speaker."),
                template="speech-verb",
            ),
            0.9, f"loaded:{fact.data['sentence_start']}",
        )


def charged_word(ctx: Context) -> Iterator[Candidate]:
    """'Which word is charged: chosen to make readers feel something about the facts?'"""
    used = set()
    charged_in: dict[int, int] = {}
    for fact in ctx.of_kind("loaded", loaded_kind="charged"):
        charged_in[fact.data["sentence_start"]] = charged_in.get(fact.data["sentence_start"], 0) + 1
    for fact in ctx.of_kind("loaded", loaded_kind="charged"):
        word, neutral = fact.data["word"], fact.data.get("neutral")
        sentence = ctx.sentence(fact)
        text = display(sentence)
        if word.lower() in used or not self_contained(text) or len(text.split()) > 40 or text.count(word) != 1:
            continue
        if charged_in[fact.data["sentence_start"]] > 1:
            continue  # two charged words: either is an answer
        plain = [w for w in plain_words(fact) if w != word]
        if len(plain) < 3:
            continue
        distractors = plain[:: max(1, len(plain) // 3)][:3]
        used.add(word.lower())
        voice = fact.data.get("voice", "writer")
        whose = "the speaker's" if ctx.kind.kind == "speech" else "the writer's" if voice == "writer" else f"{voice}'s"
        instead = f" A neutral report could say “{neutral}”." if neutral else " A neutral report would leave it out."
        yield Candidate(
            Question(
                id=f"charged-{slugify(word, 16)}", type="choice", skill="loaded-language",
                prompt=f"{quoted(text)} Which word is charged, chosen to make readers feel something about the facts?",
                choices=shuffled(ctx.rng, word, distractors), answer=word, evidence=sentence,
                explanation=f"“{word}” adds {whose} feeling or judgement to what happened.{instead} "
                            "The other words describe without colouring.",
                feedback={d: f"“{d}” describes without judging." for d in distractors},
                template="charged-word",
            ),
            0.8 * ctx.centrality(fact.start) + 0.1, f"word:{fact.data['sentence_start']}",
        )


def whose_word(ctx: Context) -> Iterator[Candidate]:
    """'The article puts “invasion” in quotation marks. Whose word is it?'"""
    for fact in ctx.of_kind("loaded", loaded_kind="scare-quote"):
        owner = speaker_of(fact.data["owner"]) if fact.data.get("owner") else None
        if owner is None or fact.data["word"].lower() not in CHARGED:
            continue  # a charged word held at arm's length, not a name or a label
        owner = ctx.speakers.get(owner.key, owner)
        others = [s.label for key, s in ctx.speakers.items() if key != owner.key]
        if len(others) < 2:
            continue
        answer = capitalise(owner.label)
        distractors = [capitalise(o) for o in others[:2]] + [WRITER_WORD]
        sentence = ctx.sentence(fact)
        yield Candidate(
            Question(
                id=f"whose-word-{slugify(fact.data['word'], 16)}", type="choice", skill="loaded-language",
                prompt=f"{quoted(clip(sentence, 40))} Whose word is “{fact.data['word']}”?",
                choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=sentence,
                explanation=(f"The quotation marks show that “{fact.data['word']}” is not the writer's own word: it is "
                             f"{owner.label}'s. The writer reports the word without taking it on."),
                feedback={WRITER_WORD: "Quotation marks show the writer is repeating someone else's word.",
                          **{d: f"The article does not give “{fact.data['word']}” to {mid_sentence(d)}; "
                                f"it is the word of {owner.label}." for d in distractors if d != WRITER_WORD}},
                template="whose-word",
            ),
            0.9, f"loaded:{fact.data['sentence_start']}",
        )
