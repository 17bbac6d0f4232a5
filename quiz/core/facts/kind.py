"""What kind of text an article is: straight news, a wire story built on unnamed sources, a
press release or fact sheet, an opinion column, a speech, an interview, a fact-check, or
the report of a study. Each kind gets the questions that fit it (generate/).

Read from signals a reader would use: who speaks in the first person, whether paragraphs
open with a speaker's label, how many claims are attributed and to whom, and the words
that mark each kind ("today announced", "Madam Speaker", "participants", "rated false").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quiz.core.domain import Fact
from quiz.core.reading import Reading

KINDS = ("news", "wire", "press-release", "opinion", "speech", "interview", "fact-check", "study")
LABEL = re.compile(r"^(?:Q|A|Question|Answer|[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,2})\s*:\s+\S", re.MULTILINE)
ADDRESS = re.compile(
    r"\b(?:Madam Speaker|Mr\.? Speaker|Mr\.? President|Madam President|my fellow|fellow citizens|fellow Americans|"
    r"ladies and gentlemen|thank you(?: all)?(?: very much)?(?: for)?|I yield|God bless)\b",
    re.IGNORECASE,
)
RELEASE = re.compile(
    r"\b(?:fact sheet|today announced|is announcing|announced today|for immediate release|press release|"
    r"(?:the|this|our|[A-Z][a-z]+(?:-[A-Z][a-z]+)?) Administration(?:[’']s)?|we are proud|is proud to|"
    r"will continue to|is delivering|delivered on)\b",
    re.IGNORECASE,
)
FACT_CHECK = re.compile(
    r"\b(?:fact[- ]check(?:ed|ing)?|(?:is|was|are|rated?|rating:?) (?:false|true|misleading|mostly false|mostly true|half true)|"
    r"pinocchios?|no evidence (?:that|to support)|the claim (?:is|was)|viral (?:post|claim|video))\b",
    re.IGNORECASE,
)
STUDY = re.compile(
    r"\b(?:study|studies|trial|trials|participants|researchers|randomi[sz]ed|published (?:online )?in|journal|"
    r"the authors|cohort|placebo|findings|survey respondents)\b",
    re.IGNORECASE,
)


class ArticleKind(NamedTuple):
    kind: str
    signals: tuple[str, ...]  # what a reader would notice, in words


def recognise_kind(reading: Reading, facts: list[Fact]) -> ArticleKind:
    text = reading.text
    article = reading.article
    paragraphs = [text[p.start : p.end] for p in article.paragraphs]
    words = max(1, len(text.split()))
    quotes = [f for f in facts if f.kind == "quote"]
    sources = [f for f in facts if f.kind == "source"]
    opinions = [f for f in facts if f.kind == "opinion"]
    first_person = _first_person_outside_quotes(reading, quotes)
    scores: dict[str, float] = dict.fromkeys(KINDS, 0.0)
    signals: dict[str, list[str]] = {kind: [] for kind in KINDS}

    labelled = [p for p in paragraphs if LABEL.match(p)]
    transcript = len(labelled) >= 3 and len(labelled) >= 0.25 * len(paragraphs)
    if transcript:
        scores["interview"] += 5
        signals["interview"].append(f"{len(labelled)} paragraphs open with the speaker's name and a colon")
    if re.search(r"\binterview(?:ed|s)?\b", text[:600], re.IGNORECASE):
        scores["interview"] += 1
        signals["interview"].append("it says it is an interview")
    address = ADDRESS.findall(text)
    if address:
        scores["speech"] += 2 + min(3, len(address))
        signals["speech"].append(f"it addresses its audience (“{address[0]}”)")
    if first_person["we"] + first_person["i"] > words / 60 and len(quotes) <= 3 and not transcript:
        scores["speech"] += 1
        scores["opinion"] += 1
    release = RELEASE.findall(text)
    if release:
        scores["press-release"] += min(3, len(release))
        signals["press-release"].append(f"it speaks for its publisher (“{release[0]}”)")
    if re.match(r"\s*(?:FACT SHEET|PRESS RELEASE|STATEMENT)\b", text):
        scores["press-release"] += 3
        signals["press-release"].append("it is headed as a fact sheet or release")
    if first_person["i"] >= 3 and len(opinions) >= 3 and not transcript and not address:
        scores["opinion"] += 2
        signals["opinion"].append("the writer speaks as “I” and gives their own judgements")
    if len(opinions) >= max(3, 0.3 * len(article.sentences)) and not transcript:
        scores["opinion"] += 1.5
        signals["opinion"].append(f"{len(opinions)} sentences judge, predict or recommend with no source")
    checks = FACT_CHECK.findall(text)
    if checks:
        scores["fact-check"] += 1.5 * min(3, len(checks))
        signals["fact-check"].append(f"it rates a claim (“{checks[0]}”)")
    study = STUDY.findall(text)
    if len(study) >= 4:
        scores["study"] += min(3, len(study) / 3)
        signals["study"].append(f"it reports research (“{study[0]}”, {len(study)} such words)")
    unnamed = [s for s in sources if s.data["source_kind"] in ("unnamed", "vague", "passive")]
    named = [s for s in sources if s.data["source_kind"] in ("named-person", "named-organisation")]
    if len(unnamed) >= 2 and len(unnamed) >= len(named):
        scores["wire"] += 2
        signals["wire"].append(f"{len(unnamed)} of its claims rest on unnamed sources")
    if quotes:
        scores["news"] += 1
        signals["news"].append(f"it reports what {len({_who(q) for q in quotes})} sources said")
    best = max(KINDS, key=lambda k: (scores[k], -KINDS.index(k)))
    if scores[best] < 1.5:
        best = "news"
    return ArticleKind(best, tuple(signals[best]))


def _who(fact: Fact) -> str:
    speaker = fact.data["speaker"]
    return speaker.get("name") or speaker.get("description") or ""


def _first_person_outside_quotes(reading: Reading, quotes: list[Fact]) -> dict[str, int]:
    spans = [(q.start, q.end) for q in quotes if q.data.get("direct")]
    counts = {"i": 0, "we": 0}
    for token in reading.tokens:
        lower = token.text.lower()
        if lower in ("i", "we", "my", "our", "me", "us") and token.pos == "PRON":
            if not any(s <= token.start < e for s, e in spans):
                counts["i" if lower in ("i", "my", "me") else "we"] += 1
    return counts
