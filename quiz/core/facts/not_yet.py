"""What an article says is not settled yet: a comparison that is or is not "statistically
significant", a claim that "has not yet been demonstrated" or a figure that "cannot yet be
calculated", and an aim that is only hoped or planned ("hoped to make it available to the
public soon"). Each tells a reader how far to trust what the sentence goes on to say.
"""

from __future__ import annotations

import re

from quiz.core.reading import Reading

SIGNIFICANCE = re.compile(
    r"\b(?P<phrase>(?P<no>(?:not|no)[ \t]+)?statistically[ \t]+significant(?:[ \t]+(?:difference|differences|"
    r"improvement|benefit|effect|increase|decrease|reduction))?|(?P<failed>did[ \t]+not|failed[ \t]+to)[ \t]+reach"
    r"[ \t]+statistical[ \t]+significance)\b",
    re.IGNORECASE,
)
NOT_SHOWN = re.compile(
    r"\b(?P<phrase>(?:has|have|had)[ \t]+not[ \t]+(?:yet[ \t]+)?been[ \t]+(?:demonstrated|shown|proven|proved|established|"
    r"confirmed)|(?:has|have)[ \t]+yet[ \t]+to[ \t]+be[ \t]+(?:demonstrated|shown|proven|proved|established|confirmed|"
    r"tested|measured)|cannot[ \t]+yet[ \t]+be[ \t]+(?:calculated|measured|determined|known|assessed|estimated)|"
    r"(?:it[ \t]+is|it[’']s)[ \t]+too[ \t]+(?:early|soon)[ \t]+to[ \t]+(?:say|tell|know|judge)|"
    r"remains[ \t]+to[ \t]+be[ \t]+(?:seen|proven|proved|shown))\b",
    re.IGNORECASE,
)
# "hoped to make it available to the public soon", "plans to open two shelters": an aim, not
# a deed. Not after "which" or "that" ("care, which aims to keep patients comfortable" says
# what a thing is for).
AIM = re.compile(
    r"(?<!\bwhich )(?<!\bthat )(?<!\bwho )\b(?P<phrase>(?P<cue>hopes|hoped|hoping|plans|planned|planning|"
    r"intends|intended)[ \t]+to[ \t]+(?P<action>[a-z][\w’'-]*(?:[ \t]+[\w’'-]+){0,8}))"
)
# "no current plans to", "never intended to": a denial, not an aim.
DENIED = re.compile(r"\b(?:no|not|never|without|nor)\b(?:[ \t]+[\w’'-]+){0,2}[ \t]*$", re.IGNORECASE)
AIM_KINDS = {"hop": "hoped", "pla": "planned", "int": "planned"}


def extract_not_yet(reading: Reading, quoted, make) -> list:
    """The facts of this module, each made by `make(start, end, sentence, kind, in_quote, **data)`."""
    facts = []
    text = reading.text
    for index, sentence in enumerate(reading.article.sentences):
        for match in SIGNIFICANCE.finditer(text, sentence.start, sentence.end):
            negative = bool(match.group("no") or match.group("failed"))
            facts.append(make(match.start(), match.end(), sentence, "significance", quoted(match.start()),
                              phrase=match.group("phrase"), negative=negative))
        for match in NOT_SHOWN.finditer(text, sentence.start, sentence.end):
            facts.append(make(match.start(), match.end(), sentence, "not-shown", quoted(match.start()),
                              phrase=match.group("phrase")))
        for match in AIM.finditer(text, sentence.start, sentence.end):
            action = re.split(r"[,;:.!?“”\"()]| [-–—] ", match.group("action"))[0].strip()
            end = match.start("action") + len(action)
            if DENIED.search(text, sentence.start, match.start()):
                continue
            if len(action.split()) < 2 or _done_later(reading, match.start("action"), sentence.end):
                continue
            facts.append(make(match.start(), end, sentence, "aim", quoted(match.start()),
                              phrase=text[match.start("phrase") : end], action=action,
                              aim=AIM_KINDS[match.group("cue")[:3].lower()]))
    return facts


def _done_later(reading: Reading, action_start: int, sentence_end: int) -> bool:
    """Whether the aim's verb comes back later in the past tense ("hoped to launch it" ...
    "launched it in May"): the article may go on to say it happened."""
    verb = reading.token_at(action_start)
    if verb is None:
        return True
    return any(t.lemma.lower() == verb.lemma.lower() and t.tag in ("VBD", "VBN")
               for t in reading.tokens if t.start >= sentence_end)
