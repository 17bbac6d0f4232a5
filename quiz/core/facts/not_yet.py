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
# "could not be independently verified", "could not immediately confirm": no one has checked it.
# Not a bare "was not confirmed", which may be a vote ("the judge was not confirmed").
UNCHECKED = re.compile(
    r"\b(?P<phrase>(?:could|can|has|have|had|did|was|were|is|are)(?:[ \t]+not|n[’']t)[ \t]+(?:be[ \t]+|been[ \t]+)?"
    r"(?:(?:independently|immediately)[ \t]+(?:be[ \t]+)?(?:verified|confirmed|verify|confirm)|(?:yet[ \t]+)?verif(?:ied|y)))\b",
    re.IGNORECASE,
)
# "hoped to make it available to the public soon", "plans to open two shelters": an aim, not
# a deed. Not after "which" or "that" ("care, which aims to keep patients comfortable" says
# what a thing is for).
AIM = re.compile(
    r"(?<!\bwhich )(?<!\bthat )(?<!\bwho )\b(?P<phrase>(?P<cue>hopes|hoped|hoping|plans|planned|planning|"
    r"intends|intended|aims|aimed|aiming|proposes|proposed|proposing)[ \t]+to[ \t]+(?P<action>[a-z][\w’'-]*(?:[ \t]+[\w’'-]+){0,8}))"
)
# "no current plans to", "never intended to": a denial, not an aim.
DENIED = re.compile(r"\b(?:no|not|never|without|nor)\b(?:[ \t]+[\w’'-]+){0,2}[ \t]*$", re.IGNORECASE)
AIM_KINDS = {"hop": "hoped", "pla": "planned", "int": "planned", "aim": "planned", "pro": "proposed"}
# "is scheduled to open", "are due to vote": a date fixed for what has not happened yet.
SCHEDULED = re.compile(r"\b(?:is|are)[ \t]+(?P<phrase>(?P<cue>scheduled|due|set|slated)[ \t]+to[ \t]+(?P<action>[a-z][\w’'-]*(?:[ \t]+[\w’'-]+){0,8}))")
# "will" before these says nothing new is to come ("will continue", "will remain"), or too little.
NOT_NEW = frozenset("be have do continue remain keep stay need want try seem appear get go come say".split())
# "She will be missed", "we will miss her": a feeling voiced, not an act to come.
FEELINGS = frozenset("miss remember forget love honour honor cherish mourn treasure".split())
# "Writers will occasionally write ...": a habit, not something to come.
HABITUAL = frozenset("usually often sometimes occasionally always generally typically normally never ever".split())
WILL_WORDS = 12


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
        for match in UNCHECKED.finditer(text, sentence.start, sentence.end):
            facts.append(make(match.start(), match.end(), sentence, "not-shown", quoted(match.start()),
                              phrase=match.group("phrase"), unchecked=True))
        for match in [*AIM.finditer(text, sentence.start, sentence.end), *SCHEDULED.finditer(text, sentence.start, sentence.end)]:
            action = re.split(r"[,;:.!?“”\"()]| [-–—] ", match.group("action"))[0].strip()
            end = match.start("action") + len(action)
            if DENIED.search(text, sentence.start, match.start()):
                continue
            cue = next((t for t in reading.sentence_tokens(index) if t.start == match.start("cue")), None)
            scheduled = match.re is SCHEDULED
            if cue is not None and cue.pos != "VERB" and not scheduled:
                continue  # "retirement plans to 401(k)s": a noun, no aim
            done_by = reading.token_at(match.start("action"))
            if scheduled and (done_by is None or done_by.pos != "VERB"):
                continue  # "is due to the rain": a cause, no date
            if len(action.split()) < 2 or _done_later(reading, match.start("action"), sentence.end):
                continue
            facts.append(make(match.start(), end, sentence, "aim", quoted(match.start()),
                              phrase=text[match.start("phrase") : end], action=action,
                              aim="scheduled" if scheduled else AIM_KINDS[match.group("cue")[:3].lower()]))
        for token in reading.sentence_tokens(index):
            word = token.text.lower()
            if word in ("will", "would") and token.dep == "aux" and not quoted(token.start):
                if word == "would" and not _reported_future(reading, token):
                    continue  # "would" of a wish, a habit or a condition: no plan told
                phrase = _will_phrase(reading, token)
                if phrase is not None:
                    end = token.start + len(phrase)
                    facts.append(make(token.start, end, sentence, "aim", False, phrase=phrase,
                                      action=phrase.split(None, 1)[1], aim=word))
    return facts


# Verbs that report what someone said was to come: "The council said the library would close".
REPORTING = frozenset("say tell announce confirm state add".split())


def _reported_future(reading: Reading, would) -> bool:
    """'The council said the library would close in May': a "would" that reports, in the
    past, what someone said was to come; its clause is what a reporting verb in the past
    tells, with no condition anywhere in the sentence."""
    tokens = reading.tokens
    verb = tokens[would.head]
    root = tokens[verb.head]
    if verb.dep != "ccomp" or root.lemma.lower() not in REPORTING or root.tag != "VBD" or root.head != root.i:
        return False
    return not any(t.text.lower() in ("if", "unless") for t in reading.sentence_tokens(would.sentence))


def _will_phrase(reading: Reading, will) -> str | None:
    """'will take the place of Enterprise at the museum': what the sentence says is to come,
    from "will" to the end of what the verb acts on, or None where it is no plan or forecast
    (a denial, a habit, a condition, a description, a generic "a person's heart will ..."),
    or where the article goes on to report it done."""
    tokens = reading.tokens
    verb = tokens[will.head]
    children = [tokens[c] for c in reading.children[verb.i]]
    # "will be rebuilt": an act to come, told of what it is done to.
    passive = verb.tag == "VBN" and verb.i == will.i + 2 and tokens[will.i + 1].lemma == "be" and tokens[will.i + 1].dep == "auxpass"
    if (verb.pos != "VERB" or verb.lemma.lower() in NOT_NEW or verb.i != will.i + 1 and not passive
            or verb.lemma.lower() in FEELINGS
            or verb.dep not in ("ROOT", "ccomp", "conj")):
        return None  # "will not", "will soon", "will be open": not a plain act to come
    if any(c.dep in ("neg", "mark") or c.text.lower() in HABITUAL or c.dep == "advcl" and _conditional(reading, c)
           for c in children):
        return None
    subject = next((c for c in children if c.dep in ("nsubj", "nsubjpass")), None)
    # "The council said it would": "it" is the council, named just before.
    reporter = next((tokens[c] for c in reading.children[verb.head] if tokens[c].dep == "nsubj"), None)
    if subject is not None and subject.text.lower() in ("it", "they") and will.text.lower() == "would" \
            and reporter is not None and reporter.pos in ("NOUN", "PROPN"):
        subject = reporter
    if subject is None or subject.tag in ("PRP", "EX", "DT") and subject.text.lower() not in ("i", "we") or any(
            tokens[t].dep == "det" and tokens[t].text.lower() in ("a", "an", "any", "every") for t in reading.subtree(subject.i)):
        return None  # "it will", "a person's heart rate will": whose act it is, or what, is not plain
    # What the verb acts on, without a second clause joined to it ("and consider extensions").
    dropped = {t for c in children if c.dep in ("punct", "advcl") or c.dep in ("conj", "cc") and c.i > verb.i
               for t in reading.subtree(c.i)}
    end_index = verb.i
    while end_index + 1 < len(tokens) and end_index + 1 in reading.subtree(verb.i) and end_index + 1 not in dropped:
        end_index += 1
    phrase = reading.text[will.start : tokens[end_index].end]
    if len(phrase.split()) > WILL_WORDS or len(phrase.split()) < 3 or _done_later(reading, verb.start, tokens[verb.i].end):
        return None
    return phrase


# Words that open a clause of condition or time: "will close the bridge if the cracks grow".
CONDITION_WORDS = frozenset("if unless when whenever once until before after as while provided".split())


def _conditional(reading: Reading, clause) -> bool:
    """Whether a clause hung on the verb sets a condition or a time ('if the cracks grow'),
    rather than saying how ('working to locate survivors')."""
    return any(reading.tokens[c].dep in ("mark", "advmod") and reading.tokens[c].text.lower() in CONDITION_WORDS
               for c in reading.children[clause.i])


def _done_later(reading: Reading, action_start: int, sentence_end: int) -> bool:
    """Whether the aim's verb comes back later in the past tense ("hoped to launch it" ...
    "launched it in May"): the article may go on to say it happened."""
    verb = reading.token_at(action_start)
    if verb is None:
        return True
    return any(t.lemma.lower() == verb.lemma.lower() and t.tag in ("VBD", "VBN")
               for t in reading.tokens if t.start >= sentence_end)
