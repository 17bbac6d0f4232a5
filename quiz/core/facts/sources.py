"""Sources: who a claim is attributed to, and what kind of source that is.

Kinds: named (a person with a name), anonymous (an unnamed official, "people familiar
with ..."), organisation, document (a report, a study), second-hand (through another
news outlet: "according to the Associated Press").
"""

from __future__ import annotations

import re

from quiz.core.domain import Article, Fact
from quiz.core.facts.common import NAME, ORG_WORDS, inside_quotes, is_outlet, is_person_name, make_fact

_ANON_NOUNS = (
    "official|officials|source|sources|spokesman|spokeswoman|spokesperson|diplomat|diplomats|aide|aides|"
    "person|people|insider|insiders|analyst|analysts|employee|employees|officer|officers|member|members"
)
_ANONYMOUS = re.compile(
    rf"\b(?P<who>(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther)[ \t]+(?:(?:senior|former|top|U\.S\.|[A-Z][\w.’'-]*|[a-z]+)[ \t]+){{0,3}}?(?:{_ANON_NOUNS}))\b"
    r"(?![ \t]+[A-Z][a-z])"  # not followed by a name: "spokeswoman Tricia McLaughlin" is named
)
_ATTRIBUTION_AFTER = re.compile(
    r"^(?:,[^,]{0,90},)?[ \t]+(?:who[ \t]+)?(?:confirmed|said|says|told|spoke|added|explained|familiar|"
    r"speaking|briefed|described|disclosed|revealed|insisted|declined|did not)\b"
)
ANONYMITY = re.compile(
    r"(?:spoke|speaking|talked)[ \t]+on[ \t]+(?:the[ \t]+)?condition[ \t]+of[ \t]+anonymity|"
    r"(?:who[ \t]+)?(?:asked|requested)[ \t]+not[ \t]+to[ \t]+be[ \t]+(?:named|identified)|"
    r"(?:was|were)[ \t]+not[ \t]+authori[sz]ed[ \t]+to[ \t]+speak[ \t]+publicly|"
    r"declined[ \t]+to[ \t]+be[ \t]+(?:named|identified)|familiar[ \t]+with[ \t]+the[ \t]+\w+",
    re.IGNORECASE,
)
_ACCORDING = re.compile(
    rf"\b[Aa]ccording[ \t]+to[ \t]+(?P<who>(?:the[ \t]+)?(?:{NAME}(?:[ \t]+(?:of|for|and|on)[ \t]+(?:the[ \t]+)?{NAME})*"
    rf"|[a-z][\w -]{{2,40}}?))(?=[,;]|\.(?!\w)|$| that)"
)
_DOCUMENT = re.compile(
    r"\b(?P<who>(?:[Aa]n?|[Tt]he|[Aa][ \t]+new)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:report|study|survey|analysis|poll|audit|"
    r"review|memo|filing|document|data|records|statement|trial|trials|findings|results))[ \t]+"
    r"(?:confirms|confirmed|shows|showed|found|finds|says|said|suggests|suggested|indicates|indicated|"
    r"estimates|estimated|concluded|confirm|show|suggest)\b"
)
_ORG_REPORTED = re.compile(
    rf"(?P<who>(?:[Tt]he[ \t]+)?{NAME}(?:[ \t]+\([A-Z]+\))?(?:[ \t]+(?:of|for|and|in)[ \t]+(?:the[ \t]+)?{NAME}(?:[ \t]+\([A-Z]+\))?)*)[ \t]+"
    r"(?:has[ \t]+|have[ \t]+)?(?:reported|announced|said|confirmed|rejected|denied|found|stated|told|issued)\b"
)
_ORG_WORD = re.compile(r"\b(?:" + "|".join(sorted(ORG_WORDS)) + r")\b")
_BARE_DOCUMENT = re.compile(r"^(?P<who>Research|Studies|Data|Polls|Records|Statistics|Figures)[ \t]+(?:shows?|suggests?|finds?|found|indicates?)\b")


def _source(article: Article, start: int, end: int, sentence, who: str, kind: str, **extra) -> Fact:
    return make_fact("source", article, start, end, sentence, who=who.strip(), source_kind=kind, **extra)


def extract_sources(article: Article, quotes: list[Fact] = ()) -> list[Fact]:
    text = article.text
    facts: list[Fact] = []
    for quote in quotes:  # every person quoted or paraphrased is a named source
        if quote.data.get("speaker_kind") == "person" and quote.data.get("speaker"):
            sentence = article.sentence_at(quote.start)
            facts.append(_source(article, quote.start, quote.end, sentence, quote.data["speaker"], "named",
                                 role=quote.data.get("role", "")))
    for sentence in article.sentences:
        for match in _ANONYMOUS.finditer(text, sentence.start, sentence.end):
            after = text[match.end() : sentence.end]
            if inside_quotes(text, match.start(), match.end(), sentence) or not _ATTRIBUTION_AFTER.match(after):
                continue
            anonymity = ANONYMITY.search(text, match.start(), sentence.end)
            end = anonymity.end() if anonymity else min(sentence.end, match.end() + len(after.split(",")[0]))
            facts.append(
                _source(article, match.start(), end, sentence, match.group("who"), "anonymous",
                        anonymity=anonymity.group() if anonymity else "")
            )
        for match in _ACCORDING.finditer(text, sentence.start, sentence.end):
            who = match.group("who")
            if is_outlet(who):
                kind = "second-hand"
            elif re.search(r"\b(?:report|study|data|survey|analysis|document|records|figures|statistics)\b", who):
                kind = "document"
            elif who[:1].isupper() or who.startswith("the "):
                kind = "named" if not re.search(r"\b(?:Department|Ministry|Agency|Office|Institute|Center)\b", who) else "organisation"
            else:
                kind = "anonymous"
            facts.append(_source(article, match.start(), match.end(), sentence, who, kind))
        for match in _DOCUMENT.finditer(text, sentence.start, sentence.end):
            if not inside_quotes(text, match.start(), match.end(), sentence):
                facts.append(_source(article, match.start(), match.end(), sentence, match.group("who"), "document"))
        document = _BARE_DOCUMENT.match(sentence.text)
        if document:
            facts.append(_source(article, sentence.start, sentence.start + document.end(), sentence,
                                 document.group("who"), "document"))
        for match in _ORG_REPORTED.finditer(text, sentence.start, sentence.end):
            who = re.sub(r"^(?:However|But|And|Separately|Today|Meanwhile|Also),?[ \t]+", "", match.group("who"))
            if inside_quotes(text, match.start(), match.end(), sentence) or is_person_name(who):
                continue
            if is_outlet(who):
                facts.append(_source(article, match.start(), match.end(), sentence, who, "second-hand"))
            elif _ORG_WORD.search(who) or re.search(r"\b[A-Z]{2,}\b", who):
                facts.append(_source(article, match.start(), match.end(), sentence, who, "organisation"))
    return _without_overlaps(facts)


def _without_overlaps(facts: list[Fact]) -> list[Fact]:
    """One source per place; where two overlap, the more specific kind wins."""
    rank = {"anonymous": 0, "second-hand": 1, "document": 2, "named": 3, "organisation": 4}
    kept: list[Fact] = []
    for fact in sorted(facts, key=lambda f: (rank[f.data["source_kind"]], f.start)):
        if not any(k.start < fact.end and fact.start < k.end for k in kept):
            kept.append(fact)
    return sorted(kept, key=lambda f: f.start)
