"""Questions of the context skill: laws, usual arrangements, earlier events and rulings."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.generate.common import Context, capitalise, shuffled, slugify
from quiz.core.generate.sourcing import organisations


def law_evidence(fact: Fact, context: Context) -> Iterator[Question]:
    if fact.data["context_kind"] != "law":
        return
    name = fact.data["name"]
    yield Question(
        id=f"find-law-{slugify(name)}",
        type="evidence",
        skill="context",
        prompt=f"Select the sentence that explains what the {name} means for this story.",
        answer=None,
        evidence=context.sentence_text(fact),
        explanation=f"This sentence gives the background: what the {name} allows or forbids. The news depends on it.",
        template="law-evidence",
    )


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def typical(fact: Fact, context: Context) -> Iterator[Question]:
    if fact.data["context_kind"] != "typical":
        return
    who = capitalise(fact.data["who"])
    wrong = [capitalise(o if o.lower().startswith("the ") else "The " + o) for o in organisations(context)
             if o.lower() not in who.lower() and who.lower() not in o.lower()]
    wrong = list(dict.fromkeys(wrong))[:3]
    if len(wrong) < 2:
        return
    verb = _third_person(fact.data["verb"]) if not fact.data["verb"].endswith("s") else fact.data["verb"]
    yield Question(
        id=f"usually-{slugify(fact.data['what'], 30)}",
        type="choice",
        skill="context",
        prompt=f"According to the article, who {fact.data['adverb']} {verb} {fact.data['what']}?",
        choices=shuffled(context.rng, who, wrong),
        answer=who,
        evidence=context.article.text[fact.start : fact.end],
        explanation=(
            f"The article explains that {fact.data['who']} {fact.data['adverb']} {fact.data['verb']} {fact.data['what']}. "
            "This background helps you see what is unusual in the news."
        ),
        template="typical",
    )


def earlier_evidence(fact: Fact, context: Context) -> Iterator[Question]:
    if fact.data["context_kind"] != "earlier":
        return
    np = fact.data["np"]
    yield Question(
        id=f"find-{slugify(np)}",
        type="evidence",
        skill="context",
        prompt=f"Select the sentence that tells you what happened in {np}.",
        answer=None,
        evidence=context.sentence_text(fact),
        explanation=f"This sentence compares the news with {np}: that history is the context for judging it.",
        template="earlier-evidence",
    )


def ruling(fact: Fact, context: Context) -> Iterator[Question]:
    if fact.data["context_kind"] != "ruling" or not fact.data["opposite"]:
        return
    span = context.article.text[fact.start : fact.end]
    verb = fact.data["verb"]
    opposite = fact.data["opposite"]
    claim = re.split(r"[,;—]", span.replace(verb, opposite, 1))[0].strip()
    yield Question(
        id=f"ruling-{slugify(fact.data['what'], 30)}",
        type="truefalse",
        skill="context",
        prompt=f"True or false? According to the article, {claim}.",
        answer=False,
        evidence=context.sentence_text(fact),
        explanation=f"The article says {fact.data['who']} {verb} {fact.data['what']}, not that they {opposite} them.",
        template="ruling",
    )


_ACRONYM = re.compile(r"(?P<name>(?:[A-Z][\w.’'&-]*[ \t]+(?:(?:of|for|and|the|on|in)[ \t]+)*){1,8}[A-Z][\w’'&-]*)[ \t]+\((?P<acronym>[A-Z][A-Za-z]{1,7})\)")


def acronyms(context: Context) -> dict[str, tuple[str, int]]:
    """Acronyms the article spells out: 'Immigration and Customs Enforcement (ICE)' -> name, offset."""
    found: dict[str, tuple[str, int]] = {}
    for match in _ACRONYM.finditer(context.article.text):
        name = re.sub(r"^(?:(?:The|the|A|An|Under|In|On|At|By)[ \t]+|[A-Z]\w*[’']s[ \t]+)", "", match.group("name"))
        acronym = match.group("acronym")
        if name[0] == acronym[0] and acronym not in found:
            found[acronym] = (name, match.start())
    return found


def acronym(fact: Fact, context: Context) -> Iterator[Question]:
    """What an institution the news depends on is: once per article, for its first acronym."""
    if fact is not context.facts[0]:
        return
    table = acronyms(context)
    if not table:
        return
    short, (name, at) = next(iter(table.items()))
    others = [n for a, (n, _) in table.items() if a != short][:3]
    if len(others) < 2:
        return
    sentence = context.article.sentence_at(at)
    yield Question(
        id=f"what-is-{slugify(short)}",
        type="choice",
        skill="context",
        prompt=f"In this article, what is {short}?",
        choices=shuffled(context.rng, name, others),
        answer=name,
        evidence=sentence.text,
        explanation=f"The article spells it out: {short} stands for the {name}. Knowing who is involved helps you judge the news.",
        template="acronym",
    )
