"""Context: the laws, institutions, earlier events and rulings the news depends on."""

from __future__ import annotations

import re

from quiz.core.domain import Article, Fact
from quiz.core.facts.common import inside_quotes, make_fact

_LAW = re.compile(
    r"\b(?P<name>(?:the[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+){1,5}(?:Act|Amendment|Treaty|Convention|Accord|Constitution|Doctrine|Law))\b"
)
_LAW_EXPLAINED = re.compile(r"^(?:Under|According[ \t]+to|By)[ \t]+the[ \t]+|[ \t](?:bars|forbids|prohibits|allows|requires|bans|limits|says|permits)\b")
_TYPICAL = re.compile(
    r"(?P<who>\b(?:the[ \t]+|state[ \t]+|federal[ \t]+|local[ \t]+)?[a-zA-Z][\w’'-]*(?:[ \t]+[a-zA-Z][\w’'-]*)?),[ \t]+(?:who|which)[ \t]+"
    r"(?P<adverb>typically|usually|normally|traditionally|generally|often)[ \t]+(?P<verb>[a-z]+)[ \t]+(?P<what>[^,.;]+)"
)
_EARLIER = re.compile(
    r"\b(?P<np>(?:previous|earlier|past|prior)[ \t]+[a-z]+)(?:,[ \t]+|[ \t]+)(?P<link>where|when|in[ \t]+which|which|that)[ \t]+(?P<what>[^.;]+)"
)
_RULING = re.compile(
    r"(?P<who>\b(?:federal[ \t]+|state[ \t]+|a[ \t]+federal[ \t]+|an?[ \t]+|the[ \t]+)?(?:judges?|courts?|justices|Supreme[ \t]+Court|appeals[ \t]+court))[ \t]+"
    r"(?:have[ \t]+|has[ \t]+)?(?P<verb>ruled|dismissed|blocked|struck[ \t]+down|upheld|ordered|rejected|halted|overturned|thrown[ \t]+out|threw[ \t]+out)"
    r"[ \t]+(?P<what>[^,.;]+)"
)
OPPOSITE_RULING = {
    "dismissed": "upheld", "blocked": "allowed", "struck down": "upheld", "upheld": "struck down",
    "rejected": "accepted", "halted": "allowed", "overturned": "upheld", "thrown out": "upheld",
    "threw out": "upheld", "ordered": "forbade",
}


def extract_context(article: Article) -> list[Fact]:
    text = article.text
    facts: list[Fact] = []
    law_counts: dict[str, int] = {}
    for match in _LAW.finditer(text):
        law_counts[match.group("name").removeprefix("the ").strip()] = law_counts.get(match.group("name").removeprefix("the ").strip(), 0) + 1
    for sentence in article.sentences:
        if inside_quotes(text, sentence.start, sentence.start + 1, sentence):
            continue
        for match in _LAW.finditer(text, sentence.start, sentence.end):
            name = match.group("name").removeprefix("the ").strip()
            if law_counts.get(name) == 1 and _LAW_EXPLAINED.search(sentence.text):
                facts.append(make_fact("context", article, sentence.start, sentence.end, sentence,
                                       context_kind="law", name=name))
        for match in _TYPICAL.finditer(text, sentence.start, sentence.end):
            facts.append(make_fact("context", article, match.start(), match.end(), sentence,
                                   context_kind="typical", who=match.group("who").strip(), adverb=match.group("adverb"),
                                   verb=match.group("verb"), what=match.group("what").strip()))
        for match in _EARLIER.finditer(text, sentence.start, sentence.end):
            facts.append(make_fact("context", article, match.start(), match.end(), sentence,
                                   context_kind="earlier", np=match.group("np")))
        for match in _RULING.finditer(text, sentence.start, sentence.end):
            verb = " ".join(match.group("verb").split())
            facts.append(make_fact("context", article, match.start(), sentence.end, sentence,
                                   context_kind="ruling", who=match.group("who").strip(), verb=verb,
                                   what=match.group("what").strip(), opposite=OPPOSITE_RULING.get(verb, "")))
    return facts
