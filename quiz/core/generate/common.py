"""What every question template shares: the article's facts, names, and choice helpers."""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Callable, Iterator
from functools import cached_property

from quiz.core.domain import Article, Fact, Question
from quiz.core.facts.common import is_outlet, surname


class Context:
    """The article, its facts and the seeded random source that one generation shares."""

    def __init__(self, article: Article, facts: tuple[Fact, ...], rng: random.Random):
        self.article = article
        self.facts = facts
        self.rng = rng
        self._by_kind: dict[str, list[Fact]] = {}
        for fact in facts:
            self._by_kind.setdefault(fact.kind, []).append(fact)

    def of_kind(self, kind: str, **where) -> list[Fact]:
        facts = self._by_kind.get(kind, [])
        if not where:
            return facts
        return [f for f in facts if all(f.data.get(k) == v for k, v in where.items())]

    def sentence_text(self, fact: Fact) -> str:
        return self.article.text[fact.data["sentence_start"] : fact.data["sentence_end"]]

    @cached_property
    def people(self) -> list[str]:
        """People the article names as speakers or sources, fullest form first."""
        names: list[str] = []
        for fact in self.of_kind("quote"):
            if fact.data.get("speaker_kind") == "person" and fact.data.get("speaker"):
                names.append(fact.data["speaker"])
        for fact in self.of_kind("source", source_kind="named"):
            names.append(fact.data["who"])
        for fact in self.of_kind("loaded"):
            if fact.data.get("owner"):
                names.append(fact.data["owner"])
        return _unique_names(names)

    @cached_property
    def source_labels(self) -> dict[str, str]:
        """Each source the article relies on, described for a student: name -> label."""
        labels: dict[str, str] = {}
        for fact in self.of_kind("quote"):
            speaker, role = fact.data.get("speaker"), fact.data.get("role", "")
            if speaker and fact.data.get("speaker_kind") in ("person", "anonymous", "organisation", "group"):
                if fact.data.get("speaker_kind") == "person":
                    labels.setdefault(speaker, f"{speaker}, {role}" if role and not role.endswith(".") else speaker)
                else:
                    labels.setdefault(speaker, describe_source(speaker, fact.data.get("speaker_kind")))
        for fact in self.of_kind("source"):
            labels.setdefault(fact.data["who"], describe_source(fact.data["who"], fact.data["source_kind"]))
        return labels


def describe_source(who: str, kind: str | None) -> str:
    who = who.strip()
    if kind == "anonymous":
        bare = re.sub(r"^(?:a|an|the)\s+", "", who, flags=re.IGNORECASE)
        return f"an unnamed {bare}" if not bare.endswith("s") else f"unnamed {bare}"
    if kind == "second-hand" or is_outlet(who):
        return re.sub(r"^the\s", "The ", who)
    if kind == "group":
        return f"unnamed {who.lower()}"
    return re.sub(r"^the\s", "The ", who)


def _unique_names(names: list[str]) -> list[str]:
    """One entry per person (by surname), in the fullest form seen, first mention first."""
    unique: list[str] = []
    for name in names:
        same = [known for known in unique if surname(known) == surname(name)]
        if not same:
            unique.append(name)
        elif len(name) > len(same[0]):
            unique[unique.index(same[0])] = name
    return unique


def shuffled(rng: random.Random, answer: str, distractors: list[str]) -> tuple[str, ...]:
    """The answer among its distractors in a seeded random order; repeats are dropped."""
    choices = list(dict.fromkeys([answer, *distractors]))
    rng.shuffle(choices)
    return tuple(choices)


def slugify(text: str, limit: int = 40) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "item"


def quoted(text: str) -> str:
    """Text in curly quotation marks, unless it already stands in quotation marks."""
    text = text.strip()
    if text[:1] in "“\"" and text[-1:] in "”\"":
        return text
    return f"“{text}”"


def clip(text: str, words: int = 18) -> str:
    """At most `words` words, cut at a word and marked with an ellipsis."""
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + " …"


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


Template = Callable[[Fact, Context], Iterator[Question]]


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|may|might|must)\b|\b[a-z]{3,}ed\b|\b[a-z]+s\b")


def has_verb(sentence: str) -> bool:
    """A rough test that a sentence is a clause and not a list item or a heading."""
    if re.match(r"[$€£]?\d", sentence) or sentence.endswith((":", ";", " and", " or")):
        return False  # "$50 million in new awards to ...;": an item of a list
    return len(sentence.split()) >= 6 and bool(_FINITE.search(sentence))


def lower_first(sentence: str, article_text: str) -> str:
    """Lower-case a sentence's first word to continue 'According to the article, ...',
    unless the article writes that word capitalised mid-sentence (a name)."""
    first = re.match(r"[A-Za-z’'-]+", sentence)
    if not first or first.group().isupper():
        return sentence
    if first.group() in _capitalised_mid_sentence(article_text):
        return sentence
    return sentence[0].lower() + sentence[1:]


@functools.lru_cache(maxsize=8)
def _capitalised_mid_sentence(text: str) -> frozenset[str]:
    """Words the text capitalises after a lower-case word or a comma: names, not openers."""
    return frozenset(re.findall(r"(?<=[a-z,;] )([A-Z][A-Za-z’'-]*)", text))
