"""Loaded language: what a judging speech verb suggests beside "said", which word carries
the writer's feeling and what a neutral word would be, and whose word a term in quotation
marks is."""

from __future__ import annotations

from collections.abc import Iterator

from quiz.core.domain import Question
from quiz.core.facts.language import CHARGED, JUDGING_VERBS
from quiz.core.generate.common import Candidate, Context, capitalise, clip, quoted, self_contained, shuffled, slugify, speaker_of

WRITER_WORD = "The writer's own word"


def speech_verb(ctx: Context) -> Iterator[Candidate]:
    for fact in ctx.of_kind("loaded", loaded_kind="speech-verb"):
        sentence = ctx.sentence(fact)
        if len(sentence.split()) > 45:
            continue
        lemma = _lemma_of(fact.data["word"])
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


def _lemma_of(word: str) -> str:
    return word.lower()


def charged_word(ctx: Context) -> Iterator[Candidate]:
    """'Which word could replace “slashed” and report the same thing neutrally?'"""
    used = set()
    for fact in ctx.of_kind("loaded", loaded_kind="charged"):
        word, neutral = fact.data["word"], fact.data.get("neutral")
        sentence = ctx.sentence(fact)
        if not neutral or word.lower() in used or not self_contained(sentence) or len(sentence.split()) > 40:
            continue
        stronger = [w for w, n in CHARGED.items() if n and w != word.lower() and n != neutral and w.isalpha()]
        ctx.rng.shuffle(stronger)
        distractors = stronger[:3]
        used.add(word.lower())
        yield Candidate(
            Question(
                id=f"neutral-{slugify(word, 16)}", type="choice", skill="loaded-language",
                prompt=f"{quoted(sentence)} Which word could replace “{word}” to say the same thing without the writer's feeling?",
                choices=shuffled(ctx.rng, neutral, distractors), answer=neutral, evidence=sentence,
                explanation=(f"“{word}” is charged: it adds a feeling or a judgement to the fact. “{neutral}” says the same "
                             "thing plainly, so readers can judge it for themselves."),
                feedback={d: f"“{d}” is charged too." for d in distractors},
                template="neutral-word",
            ),
            0.8 * ctx.centrality(fact.start) + 0.1, f"loaded:{fact.data['sentence_start']}",
        )


def whose_word(ctx: Context) -> Iterator[Candidate]:
    """'The article puts “invasion” in quotation marks. Whose word is it?'"""
    for fact in ctx.of_kind("loaded", loaded_kind="scare-quote"):
        owner = speaker_of(fact.data["owner"]) if fact.data.get("owner") else None
        if owner is None:
            continue
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
                feedback={WRITER_WORD: "Quotation marks show the writer is repeating someone else's word."},
                template="whose-word",
            ),
            0.9, f"loaded:{fact.data['sentence_start']}",
        )
