"""Sources: who each claim rests on, and what kind of source that is.

Kinds: a named person; a named organisation; an unnamed person or group the article
describes ("a U.S. official", "three people familiar with the plan"); a vague attribution
("experts say", "critics", "studies have shown"); a passive with no agent ("has been
accused", "is believed to"), which hides the source; a document (a report, a study, a
letter); another news outlet (second-hand: "according to the Associated Press").
"""

from __future__ import annotations

import re

from quiz.core.domain import Fact
from quiz.core.facts.attribution import Claim
from quiz.core.reading import Reading

OUTLET_WORDS = frozenset(
    "Press Reuters AFP Times Post Journal News BBC CNN NPR VOA Bloomberg Guardian Telegraph Tribune Herald "
    "Gazette Axios Politico Fox NBC ABC CBS MSNBC Xinhua Sky Independent Economist Mirror Sun Wire "
    "Chronicle Observer Radio Television TV Magazine Newspaper Newsweek Al Jazeera".split()
)
# Plural nouns that, alone, leave a claim to nobody in particular.
VAGUE_NOUNS = frozenset(
    "experts critics analysts observers officials sources studies research scientists researchers "
    "economists commentators insiders some many others people supporters opponents".split()
)
PASSIVE_SOURCE_VERBS = frozenset(
    "accuse allege believe think report say claim suspect blame charge criticise criticize consider "
    "expect estimate understand tell know rumour rumor describe".split()
)
ANONYMITY = re.compile(
    r"(?:spoke|speaking|talked)[ \t]+on[ \t]+(?:the[ \t]+)?condition[ \t]+of[ \t]+anonymity[^.;,]*|"
    r"(?:who[ \t]+)?(?:asked|requested)[ \t]+not[ \t]+to[ \t]+be[ \t]+(?:named|identified)[^.;,]*|"
    r"(?:was|were|is|are)[ \t]+not[ \t]+authori[sz]ed[ \t]+to[ \t]+(?:speak|discuss|comment)[^.;,]*|"
    r"declined[ \t]+to[ \t]+be[ \t]+(?:named|identified)[^.;,]*",
    re.IGNORECASE,
)


def source_kind(speaker: dict, verb: str = "") -> str:
    """named-person, named-organisation, outlet, unnamed, vague, passive, document or writer."""
    kind = speaker.get("kind")
    if kind == "hearsay":
        return "passive"
    if kind == "writer":
        return "writer"
    if kind == "document":
        return "outlet" if speaker.get("named") and is_outlet(speaker.get("name") or "") else "document"
    if speaker.get("named"):
        if is_outlet(speaker.get("name") or ""):
            return "outlet"
        return "named-person" if kind in ("person", "people") else "named-organisation"
    description = (speaker.get("description") or "").lower().split()
    if description and (description[-1] in VAGUE_NOUNS and len(description) <= 2 or " ".join(description) in VAGUE_NOUNS):
        return "vague"
    return "unnamed"


def is_outlet(name: str) -> bool:
    return any(re.sub(r"(?:’s|'s)$", "", word.strip(".,")) in OUTLET_WORDS for word in name.split())


def extract_sources(reading: Reading, claims: list[Claim]) -> list[Fact]:
    """One source fact per claim that has a source, and one per agentless passive."""
    facts = []
    text = reading.text
    reasons = list(ANONYMITY.finditer(text))  # found once: unnamed sources look them up claim by claim
    for claim in claims:
        if claim.speaker.kind == "unknown":
            continue
        speaker = claim.speaker.as_dict()
        kind = source_kind(speaker, claim.verb)
        sentence = reading.article.sentence_at(claim.start) or reading.article.sentences_over(claim.start, claim.end)[0]
        anonymity = _anonymity(text, sentence, speaker, reasons) if kind in ("unnamed", "vague") else None
        facts.append(Fact(
            kind="source", start=claim.start, end=claim.end, text=text[claim.start : claim.end],
            data={
                "source_kind": kind, "speaker": speaker, "direct": claim.direct, "verb": claim.verb,
                "verb_kind": claim.verb_kind,
                "anonymity": anonymity.group().strip() if anonymity else None,
                "sentence_start": sentence.start, "sentence_end": sentence.end,
            },
        ))
    facts.extend(_agentless_passives(reading, {(c.start, c.end) for c in claims}))
    return facts


def _anonymity(text: str, sentence, speaker: dict, reasons: list[re.Match]):
    """The reason the article gives for not naming a source: in the claim's sentence, in
    the next one when it opens on "He", "She" or "They", or further on where the article
    points back to them by the same noun ("The U.S. official, who spoke on condition of
    anonymity, ..."); not a reason given for someone else in the next sentence."""
    found = ANONYMITY.search(text, sentence.start, sentence.end)
    if found:
        return found
    following = re.match(r"\s*(?:He|She|They)\b[^.!?]*", text[sentence.end :])
    if following:
        found = ANONYMITY.search(text, sentence.end, sentence.end + following.end())
        if found:
            return found
    head = re.findall(r"[a-z]+", (speaker.get("description") or "").lower())
    if not head:
        return None
    after = sentence.end
    for match in (m for m in reasons if m.start() >= after):
        before = text[max(text.rfind("\n", 0, match.start()) + 1, match.start() - 80) : match.start()]
        if re.search(rf"\b(?:the|this|that)\s+(?:[\w.-]+\s+){{0,3}}{re.escape(head[-1])},?\s*(?:who\s+)?$", before,
                     re.IGNORECASE):
            return match
    return None


def _agentless_passives(reading: Reading, claimed: set[tuple[int, int]]) -> list[Fact]:
    """'The company has been accused of fraud', 'the bridge is believed to be unsafe':
    the claim is reported without saying whose it is."""
    tokens = reading.tokens
    facts = []
    for token in tokens:
        if token.pos != "VERB" or token.lemma.lower() not in PASSIVE_SOURCE_VERBS or token.sentence < 0:
            continue
        children = [tokens[c] for c in reading.children[token.i]]
        if not any(c.dep == "auxpass" for c in children) or any(c.dep == "agent" for c in children):
            continue
        sentence = reading.article.sentences[token.sentence]
        if _inside_quote(reading.text, token.start, sentence.start):
            continue
        words = reading.subtree(token.i)
        start, end = tokens[words[0]].start, tokens[words[-1]].end
        if (start, end) in claimed:
            continue
        facts.append(Fact(
            kind="source", start=start, end=end, text=reading.text[start:end],
            data={"source_kind": "passive", "speaker": {"name": None, "named": False, "description": "", "kind": "hearsay"},
                  "direct": False, "verb": token.text, "verb_kind": "passive", "anonymity": None,
                  "sentence_start": sentence.start, "sentence_end": sentence.end},
        ))
    return facts


def _inside_quote(text: str, offset: int, line_start: int) -> bool:
    start = text.rfind("\n", 0, offset) + 1
    before = text[start:offset]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
