"""Questions of the loaded-language skill: charged words, whose they are, and the neutral wording."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.facts.common import split_title, surname
from quiz.core.facts.language import LOADED_TERMS
from quiz.core.generate.common import Context, quoted, shuffled, slugify

REPORTER_WORD = "The reporter who wrote the article"


def loaded_owner(fact: Fact, context: Context) -> Iterator[Question]:
    owner = fact.data.get("owner")
    if not owner:
        return
    term = fact.data["term"].strip(" .,")
    sentence_start = fact.data["sentence_start"]
    evidence = context.article.text[sentence_start : fact.data["sentence_end"]]
    if "quote_fact_start" in fact.data:  # inside a direct quote: the quote and its attribution
        evidence = context.article.text[fact.data["quote_fact_start"] : fact.data["quote_fact_end"]]
    owner_as_written = owner if owner in evidence else surname(owner)
    bare_owner = split_title(owner)[0]
    others = [p for p in context.people if surname(p) != surname(bare_owner)][:2]
    answer = owner_as_written
    wrong = [REPORTER_WORD, *others][:3]
    if len(wrong) < 2:
        return
    where = "in quotation marks" if fact.data.get("scare_quotes") else "inside a quote"
    yield Question(
        id=f"whose-word-{slugify(term)}",
        type="choice",
        skill="loaded-language",
        prompt=f"Whose {'word is' if len(term.split()) == 1 else 'words are'} {quoted(term)}, according to the article?",
        choices=shuffled(context.rng, answer, wrong),
        answer=answer,
        evidence=evidence,
        explanation=(
            f"The article puts {quoted(term)} {where} and gives it to {owner_as_written}. It is a charged word, "
            "and the quotation marks show it belongs to the speaker, not to the reporter."
        ),
        feedback={w: ("The quotation marks show the reporter is repeating someone else's words." if w == REPORTER_WORD
                      else f"{w} appears in the article, but the article does not give these words to them.") for w in wrong},
        template="loaded-owner",
    )


def loaded_neutral(fact: Fact, context: Context) -> Iterator[Question]:
    neutral = fact.data.get("neutral")
    if not neutral or fact.data.get("scare_quotes") or not fact.data.get("owner"):
        return
    term = fact.data["term"]
    key = next((k for k in sorted(LOADED_TERMS, key=len, reverse=True) if k in term.lower()), None)
    outside = re.sub(r"“[^“”]*”|\"[^\"\n]*\"", " ", context.article.text).lower()
    others = [k for k, alternatives in LOADED_TERMS.items()
              if k != key and key and set(alternatives) & set(LOADED_TERMS[key]) and k not in outside and k not in term.lower()]
    wrong = [term, *others[:2]]
    if len(wrong) < 2:
        return
    owner = surname(fact.data["owner"])
    yield Question(
        id=f"neutral-word-{slugify(neutral)}",
        type="choice",
        skill="loaded-language",
        prompt=f"{owner} is quoted saying {quoted(term)}. Which words does the article use in its own voice, outside any quote?",
        choices=shuffled(context.rng, neutral, wrong),
        answer=neutral,
        evidence=context.article.text[fact.data["quote_fact_start"] : fact.data["quote_fact_end"]],
        explanation=(
            f"{quoted(term)} is {owner}’s wording, inside a quote. When the article speaks for itself it says "
            f"{quoted(neutral)}, a more neutral term. Comparing the two shows how word choice frames a story."
        ),
        template="loaded-neutral",
    )


CHARGED = frozenset(
    "collapsing plummets plummeted devastating relentless scarred abandoned staggering stunning alarming "
    "troubling disastrous massive massively crackdown soaring tirelessly unmatched".split()
)
_PLAIN_WORD = re.compile(r"\b[a-z]{4,}\b")
_COMMON = frozenset(
    "that this with from have been were which their there about would could should after before into "
    "than them they what when where while also more most such these those only other over under".split()
)


def charged_word(fact: Fact, context: Context) -> Iterator[Question]:
    """Spot the charged word among the plain ones of a sentence in the writer's own voice."""
    cue = fact.data["cue"]
    if cue.lower() not in CHARGED:
        return
    sentence = context.sentence_text(fact)
    plain = [w for w in dict.fromkeys(_PLAIN_WORD.findall(sentence))
             if w not in CHARGED and w not in _COMMON and w != cue.lower()]
    if len(plain) < 3:
        return
    wrong = context.rng.sample(plain, 3)
    neutral = next(iter(LOADED_TERMS.get(cue.lower(), ())), "")
    yield Question(
        id=f"charged-word-{slugify(cue)}",
        type="choice",
        skill="loaded-language",
        prompt=f"Which word in this sentence is charged, chosen to stir feelings rather than to describe plainly?\n{quoted(sentence)}",
        choices=shuffled(context.rng, cue, wrong),
        answer=cue,
        evidence=sentence,
        explanation=(
            f"{quoted(cue)} is a strong, emotional word, and the sentence gives no source for it. "
            + (f"A neutral writer might say {quoted(neutral)}. " if neutral else "")
            + "The other words simply describe."
        ),
        template="charged-word",
    )
