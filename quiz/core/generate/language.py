"""Loaded language: what a judging speech verb suggests beside "said", which word carries
the writer's feeling and what a neutral word would be, and whose word a term in quotation
marks is."""

from __future__ import annotations

import re
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
    """'The article puts “invasion” in quotation marks. Whose word is it?'; where the
    sentence itself names whose word it is, 'Why does it put “invasion” in quotation marks?'"""
    for fact in ctx.of_kind("loaded", loaded_kind="scare-quote"):
        owner = speaker_of(fact.data["owner"]) if fact.data.get("owner") else None
        word = fact.data["word"]
        if owner is None or word.lower() not in CHARGED:
            continue  # a charged word held at arm's length, not a name or a label
        owner = ctx.speakers.get(owner.key, owner)
        sentence = ctx.sentence(fact)
        shown = clip(sentence, 40)
        neutral = CHARGED[word.lower()]
        instead = f" A neutral report would say “{neutral}”." if neutral else ""
        if _names_owner(shown, owner.key):
            yield from _why_quoted(ctx, fact, owner, shown)
            continue
        others = [s.label for key, s in ctx.speakers.items() if key != owner.key]
        if len(others) < 2:
            continue
        answer = capitalise(owner.label)
        distractors = [capitalise(o) for o in others[:2]] + [WRITER_WORD]
        yield Candidate(
            Question(
                id=f"whose-word-{slugify(word, 16)}", type="choice", skill="loaded-language",
                prompt=f"{quoted(shown)} Whose word is “{word}”?",
                choices=shuffled(ctx.rng, answer, distractors), answer=answer, evidence=sentence,
                explanation=(f"The quotation marks show that “{word}” is not the writer's own word: it is "
                             f"{owner.label}'s. The writer reports the word without taking it on.{instead}"),
                feedback={WRITER_WORD: "Quotation marks show the writer is repeating someone else's word.",
                          **{d: f"The article does not give “{word}” to {mid_sentence(d)}; "
                                f"it is the word of {owner.label}." for d in distractors if d != WRITER_WORD}},
                template="whose-word",
            ),
            0.9, f"loaded:{fact.data['sentence_start']}",
        )


def _names_owner(text: str, key: str) -> bool:
    """Whether a passage names the person whose word it quotes, in full or by surname."""
    return any(len(part) > 2 and re.search(rf"\b{re.escape(part)}\b", text) for part in key.split() if part[:1].isupper())


def _why_quoted(ctx: Context, fact, owner, shown: str) -> Iterator[Candidate]:
    word = fact.data["word"]
    answer = f"To show that “{word}” is {owner.key}’s word, not the writer's"
    wrong = {
        "To show that the writer agrees with the word": "Quotation marks hold a word at arm's length: they show "
                                                        "it is someone else's, not that the writer takes it on.",
        "To show that it is the name of a law or a programme": f"“{word}” names no law or programme here; it is "
                                                              "a word that judges what happened.",
        "To stress it as the writer's own judgement": "A writer's own judgement needs no quotation marks; "
                                                      "these show the word belongs to someone else.",
    }
    yield Candidate(
        Question(
            id=f"whose-word-{slugify(word, 16)}", type="choice", skill="loaded-language",
            prompt=f"{quoted(shown)} Why does the article put “{word}” in quotation marks?",
            choices=shuffled(ctx.rng, answer, list(wrong)), answer=answer, evidence=ctx.sentence(fact),
            explanation=(f"“{word}” is a charged word, and it is {owner.key}’s: the quotation marks let the writer "
                         f"report it without taking it on, so readers know whose judgement it is."),
            feedback=wrong, template="whose-word",
        ),
        0.85, f"loaded:{fact.data['sentence_start']}",
    )
