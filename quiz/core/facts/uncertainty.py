"""Uncertainty: what the article says is unclear, unexplained, conditional, pending or hedged."""

from __future__ import annotations

import re

from quiz.core.domain import Article, Fact
from quiz.core.facts.common import inside_quotes, make_fact

_UNCLEAR = re.compile(
    r"\b(?:[Ii]t[’']s|[Ii]t[ \t]+is|[Ii]t[ \t]+was|[Ii]t[ \t]+remains|remains|[Ii]s[ \t]+still|[Ii]t[ \t]+is[ \t]+still)[ \t]+"
    r"(?:still[ \t]+|not[ \t]+yet[ \t]+)?(?:unclear|not[ \t]+clear|unknown|not[ \t]+known|uncertain)[ \t]+"
    r"(?P<clause>(?:whether|if|how|why|when|what|who|where|which)\b[^.;]*)"
)
_UNEXPLAINED = re.compile(
    r"\b(?:did[ \t]+not|didn[’']t|does[ \t]+not|doesn[’']t|would[ \t]+not|declined[ \t]+to|refused[ \t]+to|has[ \t]+not|have[ \t]+not)[ \t]+"
    r"(?P<verb>explain|say|specify|disclose|elaborate[ \t]+on|reveal|give|provide|detail)[ \t]+"
    r"(?P<clause>(?:why|how|whether|what|when|who|where|which)\b[^.;]*)"
)
_CONDITIONAL = re.compile(
    r"^(?P<condition>If[ \t]+(?:approved|passed|confirmed|adopted|signed|enacted|granted|successful|"
    r"implemented|elected|funded|upheld)|If[ \t]+[^,]{3,80}),[ \t]+(?P<consequence>[^.]+(?:would|will|could)[^.]+)\."
)
_PENDING = re.compile(
    r"(?P<thing>\b(?:the|a|an|this|that)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?),?[ \t]+(?:which|that)?[ \t]*(?:is|are|was|were)[ \t]+"
    r"(?:now[ \t]+|still[ \t]+|currently[ \t]+)?(?P<state>being[ \t]+reviewed|under[ \t]+review|under[ \t]+consideration|"
    r"pending|awaiting[ \t]+\w+|being[ \t]+considered|being[ \t]+redesigned|not[ \t]+yet[ \t]+(?:approved|decided|final))"
    r"(?:[ \t]+by[ \t]+(?P<by>(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:of|for|and|[A-Z][\w’'-]*))*))?"
)
_HEDGE_WORDS = re.compile(
    r"\b(?P<cue>apparently|reportedly|allegedly|seemingly|appears[ \t]+to|appeared[ \t]+to|seems[ \t]+to|seemed[ \t]+to|"
    r"(?:could|may|might)[ \t]+have(?:[ \t]+potentially)?)\b"
)


def extract_uncertainty(article: Article) -> list[Fact]:
    text = article.text
    facts: list[Fact] = []
    for sentence in article.sentences:
        quoted = inside_quotes(text, sentence.start, sentence.start + 1, sentence)
        for match in _UNCLEAR.finditer(text, sentence.start, sentence.end):
            if not inside_quotes(text, match.start(), match.end(), sentence):
                facts.append(make_fact("uncertainty", article, match.start(), match.end(), sentence,
                                       uncertainty_kind="unclear", clause=match.group("clause").strip()))
        for match in _UNEXPLAINED.finditer(text, sentence.start, sentence.end):
            if not inside_quotes(text, match.start(), match.end(), sentence):
                facts.append(make_fact("uncertainty", article, match.start(), match.end(), sentence,
                                       uncertainty_kind="unexplained", verb=" ".join(match.group("verb").split()),
                                       clause=match.group("clause").strip()))
        conditional = _CONDITIONAL.match(sentence.text)
        if conditional and not quoted:
            facts.append(make_fact("uncertainty", article, sentence.start, sentence.end, sentence,
                                   uncertainty_kind="conditional", condition=conditional.group("condition"),
                                   consequence=conditional.group("consequence")))
        for match in _PENDING.finditer(text, sentence.start, sentence.end):
            if not inside_quotes(text, match.start(), match.end(), sentence):
                facts.append(make_fact("uncertainty", article, match.start(), match.end(), sentence,
                                       uncertainty_kind="pending", thing=match.group("thing"),
                                       state=" ".join(match.group("state").split()), by=match.group("by") or ""))
        for match in _HEDGE_WORDS.finditer(text, sentence.start, sentence.end):
            if not inside_quotes(text, match.start(), match.end(), sentence):
                facts.append(make_fact("uncertainty", article, sentence.start, sentence.end, sentence,
                                       uncertainty_kind="hedge", cue=" ".join(match.group("cue").split())))
    return facts
