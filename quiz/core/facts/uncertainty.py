"""Uncertainty: the words that make a claim possible, likely, expected or unconfirmed rather
than a fact, what the article says is unclear or unexplained, what hangs on a condition,
and what is still pending.

A hedge is read with its grammar: "may" in "the virus may have spread" hedges the claim,
but in "people who may have been exposed" it names a group, and in "if it rains, the match
could be moved" it belongs to a condition; neither of those is a hedge.
"""

from __future__ import annotations

import re
from dataclasses import replace

from quiz.core.domain import Fact
from quiz.core.facts.not_yet import extract_not_yet
from quiz.core.reading import Reading, Token

# What each kind of hedge says about the claim, in plain words.
MEANINGS = {
    "possible": "it is possible, not certain",
    "likely": "it is probable, not certain",
    "unlikely": "it is improbable, not ruled out",
    "expected": "it is a forecast of what will happen, not something that has happened",
    "appears": "it looks that way, but it is not confirmed",
    "hearsay": "someone has claimed it, and the article does not say who",
    "suggests": "the evidence points that way without proving it",
    "early": "it is a first look, which may change when more is known",
    "unproven": "it is claimed or suspected, not proven",
    "assumed": "it is an assumption, not something measured or shown",
}
UNPROVEN = frozenset("alleged suspected purported unconfirmed".split())
# "Initial assessments", "preliminary results": a first look at what is still being measured.
EARLY = frozenset("initial preliminary early provisional".split())
FINDINGS = frozenset(
    "assessment result finding estimate figure count data report analysis test review reading sign indication".split())
MODALS = {"may": "possible", "might": "possible", "could": "possible"}
# "Could" is a hedge before what may happen ("could expand", "could have spread"); before
# other verbs it is mostly ability ("could easily remedy", "could sleep").
COULD_OUTCOMES = frozenset(
    "have be become lead cause mean result rise fall grow increase decrease expand spread affect reach take cost "
    "face hurt harm help trigger see make change end delay derail threaten worsen".split()
)
ADVERBS = {
    "probably": "likely", "likely": "likely", "possibly": "possible", "perhaps": "possible", "maybe": "possible",
    "potentially": "possible", "apparently": "appears", "seemingly": "appears", "reportedly": "hearsay",
    "allegedly": "hearsay", "purportedly": "hearsay", "supposedly": "hearsay", "unlikely": "unlikely",
    "presumably": "assumed",
}
RAISING = {"appear": "appears", "seem": "appears", "expect": "expected", "project": "expected", "forecast": "expected",
           "predict": "expected", "set": "expected", "poise": "expected", "likely": "likely", "unlikely": "unlikely",
           "believe": "hearsay", "think": "hearsay", "say": "hearsay", "suggest": "suggests", "indicate": "suggests",
           "assume": "assumed", "presume": "assumed"}
# Nouns that a relative clause with a modal only describes ("those who may have been exposed").
GROUP_WORDS = frozenset("those anyone anybody people persons patients someone everyone individuals residents".split())
# Subjects that make a modal an example, not a guess: "a family might discuss ...",
# "you could ask ...", "someone may say ...".
ANYONE = frozenset("you one someone somebody anyone anybody people".split())
EXAMPLE_NOUNS = frozenset(
    "person family parent child student reader viewer listener worker user customer voter citizen "
    "resident patient driver buyer seller owner visitor friend neighbour neighbor teacher".split()
)
# "A reporter might write that ...", "a doctor may say ...": anyone of a trade using words,
# a made-up example of usage, not a guess about what happened or will happen.
USAGE_VERBS = frozenset("write say call describe use hear read put".split())
# "The term may sound like science fiction": how something strikes people, granted before a
# "but"; not a doubt about a fact.
IMPRESSION_VERBS = frozenset("sound seem look feel".split())
# Words that say where a claim comes from ("press reports", "she argued"): a reader may
# fairly take them for what makes it uncertain, so they never stand as a wrong choice.
SOURCE_WORDS = frozenset(
    "say tell report press media news read hear argue claim believe think suggest source according told "
    "rumour rumor allege quote cite state write letter statement".split()
)
# Words before a figure that make it approximate: such a figure is no firm choice.
APPROXIMATE = frozenset("about around roughly nearly almost some up estimated approximately over under more less than "
                        "at least most perhaps maybe".split())

UNCLEAR = re.compile(
    r"\b(?:[Ii]t[’']s|[Ii]t[ \t]+is|[Ii]t[ \t]+was|[Ii]t[ \t]+remains|remains|[Ii]s[ \t]+still|[Ii]t[ \t]+is[ \t]+still)[ \t]+"
    r"(?:(?:still[ \t]+|not[ \t]+yet[ \t]+)?(?:unclear|not[ \t]+clear|unknown|not[ \t]+known|uncertain)|not[ \t]+yet[ \t]+known)[ \t]+"
    r"(?P<clause>(?:whether|if|how|why|when|what|who|where|which)\b[^.;]*)"
)
UNEXPLAINED = re.compile(
    r"\b(?:did[ \t]+not|didn[’']t|does[ \t]+not|doesn[’']t|would[ \t]+not|declined[ \t]+to|refused[ \t]+to|has[ \t]+not|have[ \t]+not)[ \t]+"
    r"(?P<verb>explain|say|specify|disclose|elaborate[ \t]+on|reveal|give|provide|detail)[ \t]+"
    r"(?P<clause>(?:why|how|whether|if|what|when|who|where|which)\b[^.;]*)"
)
# "Whether the vote will count is unclear": the open question stands first.
UNCLEAR_FIRST = re.compile(
    r"(?:^|(?<=[\s“\"(]))(?P<clause>(?:[Ww]hether|[Hh]ow|[Ww]hy|[Ww]hen|[Ww]ho)\b[^.;,]*?)[ \t]+"
    r"(?:is|was|remains)[ \t]+(?:(?:still[ \t]+|not[ \t]+yet[ \t]+)?(?:unclear|not[ \t]+clear|unknown|not[ \t]+known|uncertain)"
    r"|not[ \t]+yet[ \t]+known)\b"
)
# "Acme did not respond to a request for comment", "The ministry declined to comment": the
# reporter asked and had no answer. `who` is the clause before the verb, checked later.
NO_COMMENT = re.compile(
    r"(?P<who>[^,;:.!?“”\"]{2,80}?),?[ \t]+(?:declined[ \t]+to[ \t]+comment|"
    r"did[ \t]+not[ \t]+(?:immediately[ \t]+)?(?:respond|reply)[ \t]+to[ \t]+(?:a[ \t]+|an[ \t]+|several[ \t]+|repeated[ \t]+|multiple[ \t]+)?"
    r"(?:requests?|emails?|e-mails?|calls?|messages?|inquir(?:y|ies)|questions?)(?:[ \t]+(?:for|seeking)[ \t]+comment)?|"
    r"did[ \t]+not[ \t]+(?:immediately[ \t]+)?return[ \t]+(?:a[ \t]+|several[ \t]+|repeated[ \t]+|multiple[ \t]+)?"
    r"(?:requests?|emails?|e-mails?|calls?|messages?)(?:[ \t]+(?:for|seeking)[ \t]+comment)?|"
    r"could[ \t]+not[ \t]+(?:immediately[ \t]+)?be[ \t]+reached(?:[ \t]+for[ \t]+comment)?)\b"
)
# The words one of those two must hold, looked for first: the party before them is found by
# trying every start in the sentence, which is slow on every sentence of a long text.
SILENCE_OR_CHOICE = re.compile(r"\b(?:declined|respond|reply|return|reached|decided?)\b")
# "The mayor has not yet decided whether to run again": a choice still open, and the act it is about.
UNDECIDED = re.compile(
    r"(?P<who>[^,;:.!?“”\"]{2,80}?),?[ \t]+(?:has|have)[ \t]+(?:not[ \t]+(?:yet[ \t]+)?decided|yet[ \t]+to[ \t]+decide)[ \t]+"
    r"whether[ \t]+to[ \t]+(?P<act>[^.;,:!?“”\"]+)"
)
PENDING = re.compile(
    r"(?P<thing>\b(?:[Tt]he|[Aa]|[Aa]n|[Tt]his|[Tt]hat)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?(?:[ \t]+of[ \t]+(?:the[ \t]+)?[a-z]+)?),?"
    r"[ \t]+(?:which|that)?[ \t]*(?:is|are|was|were|remains)[ \t]+"
    r"(?:now[ \t]+|still[ \t]+|currently[ \t]+)?(?P<state>being[ \t]+reviewed|under[ \t]+review|under[ \t]+consideration|"
    r"under[ \t]+investigation|being[ \t]+investigated|being[ \t]+negotiated|subject[ \t]+to[ \t]+(?:approval|review)|"
    r"yet[ \t]+to[ \t]+be[ \t]+(?:approved|decided|signed|confirmed)|"
    r"pending|awaiting[ \t]+\w+|being[ \t]+considered|being[ \t]+redesigned|not[ \t]+yet[ \t]+(?:approved|decided|final))"
    r"(?:[ \t]+by[ \t]+(?P<by>(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:of|for|and|[A-Z][\w’'-]*))*))?"
)


def extract_uncertainty(reading: Reading, quoted) -> list[Fact]:
    """`quoted(offset)` tells whether an offset lies inside quotation marks: the writer's
    hedges and a speaker's are both kept, marked apart."""
    facts: list[Fact] = []
    text = reading.text
    for index, sentence in enumerate(reading.article.sentences):
        tokens = reading.sentence_tokens(index)
        for token in tokens:
            meaning = _hedge(reading, token)
            if meaning is None:
                continue
            last = facts[-1] if facts and facts[-1].data.get("uncertainty_kind") == "hedge" else None
            if last is not None and last.data["sentence_start"] == sentence.start and _next_word(text, last.end, token.start):
                # "may possibly", "could potentially": one hedge said twice, asked as one.
                facts[-1] = replace(last, end=token.end, text=text[last.start : token.end],
                                    data={**last.data, "cue": text[last.start : token.end]})
                continue
            clause = _clause_of(reading, token)
            facts.append(_fact(reading, token.start, token.end, sentence, "hedge", quoted(token.start),
                               cue=_cue_text(reading, token), meaning=meaning, explanation=MEANINGS[meaning],
                               clause_start=clause[0], clause_end=clause[1],
                               _firm_words=_firm_words(reading, tokens, clause),
                               _qualifiers=_qualifiers(reading, tokens)))
        for pattern, kind in ((UNCLEAR, "unclear"), (UNCLEAR_FIRST, "unclear"), (UNEXPLAINED, "unexplained")):
            for match in pattern.finditer(text, sentence.start, sentence.end):
                extra = {"verb": " ".join(match.group("verb").split()), "who": _party(reading, sentence.start, match.start())} \
                    if kind == "unexplained" else {}
                facts.append(_fact(reading, match.start(), match.end(), sentence, kind, quoted(match.start()),
                                   clause=match.group("clause").strip(), **extra))
        for match in PENDING.finditer(text, sentence.start, sentence.end):
            facts.append(_fact(reading, match.start(), match.end(), sentence, "pending", quoted(match.start()),
                               thing=match.group("thing"), state=" ".join(match.group("state").split()), by=match.group("by") or ""))
        silence_or_choice = SILENCE_OR_CHOICE.search(text, sentence.start, sentence.end)
        for match in NO_COMMENT.finditer(text, sentence.start, sentence.end) if silence_or_choice else ():
            who = _party(reading, sentence.start, match.end("who"))
            if who:
                facts.append(_fact(reading, sentence.start, match.end(), sentence, "no-comment",
                                   quoted(match.start()), who=who))
        for match in UNDECIDED.finditer(text, sentence.start, sentence.end) if silence_or_choice else ():
            who = _party(reading, sentence.start, match.end("who"))
            if who:
                facts.append(_fact(reading, sentence.start, match.end(), sentence, "undecided",
                                   quoted(match.start()), who=who, act=" ".join(match.group("act").split())))
        condition = _condition(reading, tokens)
        if condition is not None:
            facts.append(_fact(reading, sentence.start, sentence.end, sentence, "conditional", quoted(sentence.start), **condition))
    facts += extract_not_yet(reading, quoted, lambda start, end, sentence, kind, in_quote, **data:
                             _fact(reading, start, end, sentence, kind, in_quote, **data))
    facts = [_mark_whole(reading, fact) for fact in facts]
    facts = _with_firm_neighbours(reading, facts)
    return facts


def _with_firm_neighbours(reading: Reading, facts: list[Fact]) -> list[Fact]:
    """Each hedge with the firm words of the sentences just before and after it, where those
    hold no hedge, aim or doubt of their own: more words of saying or doing a question can
    set beside the hedge, with that sentence shown too. `_firm_near` maps "before" and
    "after" to (start, end, words, qualifiers). Internal, like `_firm_words`."""
    unsure = {f.data["sentence_start"] for f in facts}
    sentences = reading.article.sentences
    index_of = {s.start: i for i, s in enumerate(sentences)}
    marked = []
    for fact in facts:
        if fact.data.get("uncertainty_kind") != "hedge":
            marked.append(fact)
            continue
        index, near = index_of[fact.data["sentence_start"]], {}
        for side, other in (("before", index - 1), ("after", index + 1)):
            if 0 <= other < len(sentences) and sentences[other].start not in unsure \
                    and " ".join(sentences[other].text.split()) != " ".join(reading.article.title.split()):  # not the headline
                tokens = reading.sentence_tokens(other)
                near[side] = (sentences[other].start, sentences[other].end,
                              _firm_words(reading, tokens, (0, 0)), _qualifiers(reading, tokens))
        marked.append(replace(fact, data={**fact.data, "_firm_near": near}))
    return marked


# The meanings of a hedge that make a whole statement a plan, a forecast, a guess or a
# possibility ("hearsay" says whose claim it is, "unproven" names one thing in it).
AHEAD_MEANINGS = frozenset("possible likely unlikely expected appears suggests".split())
# "Officials said the bridge will close": the bridge's closing is what the statement tells.
REPORTING = frozenset("say tell announce add state report confirm note explain write".split())
NEGATIONS = frozenset("not never no n't nor already".split())


def _main_verb(reading: Reading, tokens: list[Token]) -> tuple[Token | None, Token | None]:
    """The sentence's root and the verb of what it tells: the root, or what a reporting
    root ("said") reports."""
    root = next((t for t in tokens if t.head == t.i), None)
    if root is None or root.lemma.lower() not in REPORTING:
        return root, root
    return root, next((reading.tokens[c] for c in reading.children[root.i] if reading.tokens[c].dep == "ccomp"), None)


def _mark_whole(reading: Reading, fact: Fact) -> Fact:
    """A hedge, an aim or a condition that governs the whole statement of its sentence
    ("The bridge will close in May", "If approved, the troops would assist"), with no
    denial and nothing else told as done beside it: then the sentence as a whole is only a
    plan, a forecast, a guess or a possibility, and is marked `whole`."""
    kind = fact.data["uncertainty_kind"]
    if kind not in ("hedge", "aim", "conditional") or kind == "hedge" and fact.data["meaning"] not in AHEAD_MEANINGS:
        return fact
    sentence = reading.article.sentence_at(fact.data["sentence_start"])
    tokens = reading.tokens_in(sentence.start, sentence.end)
    root, main = _main_verb(reading, tokens)
    # Past tense beside it tells something as done, but for the "said" that reports it and a
    # clause that only says which thing is meant ("the bridge, which opened in 1990, will close").
    described = {i for t in tokens if t.dep == "relcl" for i in reading.subtree(t.i)}
    told_done = any(t.tag == "VBD" and (t is not root or main is root) and t.i not in described for t in tokens)
    opens = {"unless"} if kind == "conditional" else {"if", "unless"}
    if main is None or told_done or any(t.text.lower() in NEGATIONS | opens or _points_back(t) for t in tokens):
        return fact
    if kind == "conditional":
        marker = next((t for t in tokens if t.text.lower() == "if" and t.dep == "mark"), None)
        governs = marker is not None and reading.tokens[marker.head].head == main.i
    else:
        marker = reading.token_at(fact.start)
        governs = marker is not None and (marker.i == main.i or marker.head == main.i)
    return replace(fact, data={**fact.data, "whole": True}) if governs else fact


def _points_back(token: Token) -> bool:
    """'these chemicals', 'that plan': a thing named in a sentence a choice does not show."""
    return token.dep == "det" and token.text.lower() in ("this", "these", "those", "that", "such")


# "The official, who spoke on condition of anonymity, did not explain": the aside is not the subject.
SUBJECT_ASIDE = re.compile(r",\s*(?:who|which)\b[^,]*,?\s*$")
NOT_A_SUBJECT = frozenset("he she they it we i you this that these those".split())


def _party(reading: Reading, start: int, end: int) -> str:
    """The subject the sentence opens on, before `end`, as it reads inside a sentence: "the
    hospital", "lawyers for the driver", but "Acme", "Smith"; "" when unsure."""
    who = subject_before(reading.text[start:end])
    first = reading.token_at(start + len(reading.text[start:end]) - len(reading.text[start:end].lstrip()))
    if who and first is not None and first.pos != "PROPN" and not first.text.isupper():
        who = who[:1].lower() + who[1:]
    return who


def subject_before(before: str) -> str:
    """The subject a sentence opens on, before a verb that says someone gave no answer:
    "A spokesperson for Acme", "The U.S. official" (with its aside cut); "" for a pronoun,
    for a subject after a clause or a conjunction ("..., and Acme"), or for anything long."""
    who = SUBJECT_ASIDE.sub("", before).strip()
    if not re.match(r"(?:[A-Z]|the\b|an?\b)", who) or re.search(r"[,;:]|\b(?:and|but|said|says|when|after|if)\b", who) \
            or not 1 <= len(who.split()) <= 8 or who.lower() in NOT_A_SUBJECT:
        return ""
    return who


def _next_word(text: str, end: int, start: int) -> bool:
    """Whether a word starting at `start` follows the one ending at `end` with only a space between."""
    return 0 < start - end <= 1 and not text[end:start].strip()


def _fact(reading: Reading, start: int, end: int, sentence, kind: str, in_quote: bool, **data) -> Fact:
    return Fact(
        kind="uncertainty", start=start, end=end, text=reading.text[start:end],
        data={"uncertainty_kind": kind, "quoted": in_quote, "sentence_start": sentence.start,
              "sentence_end": sentence.end, **data},
    )


def _hedge(reading: Reading, token: Token) -> str | None:
    """The hedge a token makes, or None where it makes none."""
    tokens = reading.tokens
    lower = token.text.lower()
    head = tokens[token.head]
    if lower in MODALS and token.dep == "aux":
        if any(tokens[c].dep == "neg" for c in reading.children[head.i]):
            return None  # "could not": what was impossible, not a guess
        if _describes_group(reading, head) or _in_condition(reading, head) or _example(reading, head):
            return None
        if lower == "may" and _permission(reading, token):
            return None
        if re.match(r"\s+(?:just\s+)?as\s+well\b", reading.text[token.end :]):
            return None  # "it might as well be you": an idiom for the obvious choice, nothing uncertain
        if lower in ("may", "might") and head.lemma.lower() in IMPRESSION_VERBS:
            return None
        if lower == "could":
            after = reading.tokens[token.i + 1] if token.i + 1 < len(reading.tokens) else None
            if head.lemma.lower() not in COULD_OUTCOMES or after is not None and after.text.lower() in ("easily", "readily", "still", "only"):
                return None
        return MODALS[lower]
    if lower in ADVERBS and token.dep in ("advmod", "acomp", "amod") and token.pos in ("ADV", "ADJ"):
        if lower == "likely" and token.dep == "amod":
            return None  # "the likely winner" names one
        if lower in ("likely", "unlikely") and token.i > 0 and reading.tokens[token.i - 1].text.lower() in ("more", "less", "most", "least", "as"):
            return None  # "more likely to recover": a finding, not a hedge
        if head.pos == "ADP":
            return None  # "left India, maybe in search of adventure": an aside, not a claim
        if head.tag == "VBD" and _subject(reading, head) in ("i", "we"):
            return None  # "we probably shared a meal": a memory, not a claim to weigh
        return ADVERBS[lower]
    if lower in EARLY and token.dep == "amod" and head.lemma.lower() in FINDINGS:
        return "early"
    if lower == "certain" and _almost(reading, token) and any(tokens[c].dep == "xcomp" for c in reading.children[token.i]):
        return "likely"  # "almost certain to lose strength": very probable, and so not certain
    if lower in UNPROVEN and token.dep == "amod":
        return "unproven"  # "the alleged theft", "a suspected leak"
    if token.pos in ("VERB", "ADJ", "AUX") and token.lemma.lower() in RAISING:
        # "appears to", "is expected to", "is believed to", "studies suggest that".
        children = [tokens[c] for c in reading.children[token.i]]
        to_clause = any(c.dep == "xcomp" for c in children)
        passive = any(c.dep in ("auxpass", "nsubjpass") for c in children)
        lemma = token.lemma.lower()
        if lemma in ("believe", "think", "say") and not (passive and to_clause):
            return None
        if lemma in ("expect", "project", "forecast", "predict", "set", "poise") and not (passive and to_clause):
            return None
        if lemma in ("appear", "seem", "likely", "unlikely") and not to_clause:
            return None
        if lemma in ("suggest", "indicate", "assume", "presume") and not any(c.dep == "ccomp" for c in children):
            return None
        if RAISING[lemma] == "expected" and _perfect_infinitive(reading, children):
            return "likely"  # "is expected to have occurred": a guess about the past, not a forecast
        return RAISING[lemma]
    return None


# "no limit on how long a senator may speak", "rules on who may vote": "may" in a clause
# that a rule, a limit or a decision governs tells what is allowed, not what is possible.
# Not after "about", "of" or "whether" ("questions about whether it may cause harm"): a guess.
ALLOWED_CLAUSE = re.compile(
    r"\b(?:(?:limits?|rules?|restrictions?|caps?)\s+on|limits?|rules?|decides?|decided|sets?|determines?|governs?)\s+"
    r"(?:how\s+(?:long|much|many|often|far|fast|high)|what|which|who|whom|when|where)\b[^,;:.]*$", re.IGNORECASE)


def _permission(reading: Reading, token: Token) -> bool:
    """'how long a senator may speak': "may" before a plain verb, in a clause of what a rule
    or a decision allows."""
    tokens = reading.tokens
    after = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    if after is None or after.tag != "VB" or after.lemma.lower() in ("have", "be"):
        return False  # "may have spread", "may be": a guess
    start = reading.article.sentences[token.sentence].start if token.sentence >= 0 else 0
    return bool(ALLOWED_CLAUSE.search(reading.text[start : token.start]) or UNDER_RULE.match(reading.text[start : token.start]))


# "Under the Coastal Waters Act, harbour councils may set speed limits": what a law allows.
UNDER_RULE = re.compile(r"\s*(?:Under|By)\s+(?:the\s+)?[^,;.]*\b(?:Act|[Ll]aws?|[Rr]ules?|[Rr]egulations?|[Cc]onstitution|"
                        r"[Tt]reaty|[Cc]harter|[Cc]ode)\b[^;.]*$")


def _almost(reading: Reading, token: Token) -> bool:
    """'almost certain', 'nearly certain': the word before takes certainty away."""
    return token.i > 0 and reading.tokens[token.i - 1].text.lower() in ("almost", "nearly", "virtually")


def _perfect_infinitive(reading: Reading, children: list[Token]) -> bool:
    """'to have occurred': the verb's clause has a 'have' of its own."""
    return any(c.dep == "xcomp" and any(reading.tokens[a].dep == "aux" and reading.tokens[a].lemma.lower() == "have"
                                        for a in reading.children[c.i]) for c in children)


def _describes_group(reading: Reading, verb: Token) -> bool:
    """'those who may have been exposed': a modal inside a clause that picks out people."""
    if verb.dep not in ("relcl", "acl"):
        return False
    return reading.tokens[verb.head].text.lower() in GROUP_WORDS


def _subject(reading: Reading, verb: Token) -> str:
    """The verb's subject word, lower case; '' with none."""
    return next((reading.tokens[c].text.lower() for c in reading.children[verb.i]
                 if reading.tokens[c].dep in ("nsubj", "nsubjpass")), "")


def _example(reading: Reading, verb: Token) -> bool:
    """'A family might discuss ...', 'you could ask ...': what anyone may do, an example
    rather than a guess about what happened or will happen."""
    # "You may be surprised": a passive's subject addresses the reader as much as an active's,
    # and the parse may hang "may" on the "be" before the verb.
    verbs = [verb.i, verb.head] if verb.dep in ("aux", "auxpass") else [verb.i]
    subject = next((reading.tokens[c] for v in verbs for c in reading.children[v]
                    if reading.tokens[c].dep in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.text.lower() in ANYONE:
        return True
    example = subject.lemma.lower() in EXAMPLE_NOUNS or verb.lemma.lower() in USAGE_VERBS
    return example and any(
        reading.tokens[c].dep == "det" and reading.tokens[c].text.lower() in ("a", "an", "any", "every")
        for c in reading.children[subject.i])


def _firm_words(reading: Reading, tokens: list[Token], clause: tuple[int, int]) -> list[str]:
    """Words of the sentence a student might take for a hedge that the sentence states as
    fact: its figures with nothing to soften them, and its verbs outside the hedged clause.
    Internal: the JSON leaves out fields whose names start with "_"."""
    firm = []
    for token in tokens:
        before = reading.tokens[token.i - 1].text.lower() if token.i > 0 else ""
        if token.pos == "NUM" and any(ch.isdigit() for ch in token.text) and token.ent not in ("DATE", "TIME") \
                and before not in APPROXIMATE:
            firm.append(token.text)
        elif (token.pos == "VERB" and token.text.isalpha() and token.text.islower()
              and not clause[0] <= token.start < clause[1] and token.lemma.lower() not in SOURCE_WORDS | set(RAISING)
              and not _under_doubt(reading, token)):
            if _finite(reading, token):
                firm.append(_with_auxiliary(reading, token))
            elif (settled := _firm_future(reading, token)) is not None:
                firm.append(settled)
    return list(dict.fromkeys(firm))


# Words of time or degree that qualify a statement without making it uncertain: a student
# could take one for a sign of doubt or of certainty, so each is an honest wrong choice
# beside a hedge. Not "nearly", "almost", "at least" or "more than": they soften a figure,
# and a reader may fairly take "at least 126" for a hedge.
QUALIFIERS = frozenset("already still only also now just even again clearly".split())
# "even if", "just as", "now that", "only if", "still unclear": a condition, a comparison or
# a sign of doubt, not a plain qualifier.
NOT_PLAIN_AFTER = frozenset("if though as that when unclear unknown uncertain being".split())


def _qualifiers(reading: Reading, tokens: list[Token]) -> list[str]:
    """The qualifying words of a sentence as it prints them ('already', 'now'), none
    that a doubting verb or a "not" governs. Internal, like `_firm_words`."""
    found = []
    for k, token in enumerate(tokens):
        word = token.text.lower()
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        after_word = after.text.lower() if after is not None else ""
        before = tokens[k - 1].text.lower() if k > 0 else ""
        if (word in QUALIFIERS and token.pos == "ADV" and token.text.isalpha() and after_word not in NOT_PLAIN_AFTER
              and before != "not" and not _under_doubt(reading, reading.tokens[token.head])):
            found.append(token.text)
    return list(dict.fromkeys(found))


# Verbs that themselves doubt, hope or plan: never a firm word, nor anything they govern
# ("doubts that repetition played a role": "played" is what is doubted).
DOUBTING = frozenset("""
    doubt question suspect fear hope wonder deny dispute plan intend aim want seek try propose consider hope wish
    guess estimate speculate warn worry predict expect believe think assume
""".split())


def _under_doubt(reading: Reading, verb: Token) -> bool:
    """Whether a verb doubts, or stands in a clause that a doubting verb or a "not" governs."""
    node = verb
    for _ in range(6):
        if node.lemma.lower() in DOUBTING or any(reading.tokens[c].dep == "neg" for c in reading.children[node.i]):
            return True
        if node.head == node.i:
            return False
        node = reading.tokens[node.head]
    return False


# A "will" that a clause of doubt or condition governs is no firmer than a hedge.
OPEN_MARKS = frozenset("if unless whether when once until before".split())


def _firm_future(reading: Reading, verb: Token) -> str | None:
    """'will begin' as the sentence shows it, where a plain "will" states a plan as settled:
    the firm contrast a student must tell from "is expected to"; None for any other verb,
    a denial, or a "will" inside an "if" or "whether" clause."""
    children = [reading.tokens[c] for c in reading.children[verb.i]]
    will = next((c for c in children if c.tag == "MD" and c.text.lower() in ("will", "shall")), None)
    if will is None or not 0 < verb.i - will.i <= 2 or any(c.dep == "neg" or c.text.lower() in OPEN_MARKS for c in children):
        return None
    return reading.text[will.start : verb.end]


# Modifiers that limit, count or soften ("only", "often", "early results", "a small trial"): a
# student could fairly take them for a hedge, so they never stand as a firm wrong choice. "No current
# plans" leaves the matter open: a word of time limits a denial too.
QUALIFYING = frozenset(
    """
    only just even still yet also not never usually often sometimes generally typically mostly largely mainly partly
    rarely seldom quite rather fairly somewhat relatively slightly very really much many several such other same
    more most less least few likely unlikely possible probable potential apparent alleged suspected expected
    estimated initial preliminary early unclear uncertain unconfirmed presumed reported so-called partial
    approximate average typical normal usual possible certain sure clearly surely definitely
    small limited single pilot tiny modest short brief
    current currently present presently existing immediate immediately now
    """.split()
) | APPROXIMATE


def _plain_modifier(reading: Reading, token: Token) -> bool:
    """An adjective before its noun or an -ly adverb that neither hedges nor judges
    ("federal government", "closely"): a wrong choice of the same kind as a hedge such as
    "apparently"."""
    from quiz.core.facts.voice import judges

    word = token.text.lower()
    if (not token.text.isalpha() or not token.text.islower() or len(word) < 4 or word in QUALIFYING or word in ADVERBS
            or token.lemma.lower() in QUALIFYING or judges(token) or token.tag not in ("JJ", "RB")
            or "-" in reading.text[token.start - 1 : token.end + 1]):
        return False
    if token.pos == "ADV":
        return word.endswith("ly") or word in ("already", "again", "indeed", "together", "nationwide", "overseas")
    head = reading.tokens[token.head]
    # Not "-er": mostly a comparative or a noun read as an adjective ("sleeper").
    return token.dep == "amod" and head.pos == "NOUN" and 0 < head.i - token.i <= 2 and not word.endswith("er")


def _with_auxiliary(reading: Reading, verb: Token) -> str:
    """A firm verb as the sentence shows it, with the 'has' or 'was' just before it
    ('has asked', 'were exposed'): the same kind of words as a hedge such as 'may have'."""
    before = reading.tokens[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.head == verb.i and before.dep in ("aux", "auxpass") and before.tag != "MD":
        return reading.text[before.start : verb.end]
    return verb.text


def _finite(reading: Reading, verb: Token) -> bool:
    """'expelled', 'says', 'has asked', 'was exposed': a verb that states, not an infinitive."""
    if any(reading.tokens[c].tag == "MD" for c in reading.children[verb.i]):
        return False  # "could have spread": a modal makes it no firmer than the hedge
    if verb.tag in ("VBD", "VBZ", "VBP"):
        return True
    return verb.tag == "VBN" and any(reading.tokens[c].dep in ("aux", "auxpass") and reading.tokens[c].tag != "MD"
                                     and reading.tokens[c].lemma.lower() in ("have", "be") for c in reading.children[verb.i])


def _in_condition(reading: Reading, verb: Token) -> bool:
    node = verb
    for _ in range(4):
        if any(reading.tokens[c].dep == "mark" and reading.tokens[c].text.lower() in ("if", "unless") for c in reading.children[node.i]):
            return True
        if node.head == node.i:
            return False
        node = reading.tokens[node.head]
    return False


def _cue_text(reading: Reading, token: Token) -> str:
    """The hedge as a student sees it: 'may have', 'appears to', 'is expected to'."""
    tokens = reading.tokens
    lower = token.text.lower()
    if lower in MODALS and token.i + 1 < len(tokens) and tokens[token.i + 1].text.lower() == "have":
        return f"{token.text} have"
    if lower == "certain" and _almost(reading, token):
        after = token.i + 1 if token.i + 1 < len(tokens) and tokens[token.i + 1].text.lower() == "to" else token.i
        return reading.text[tokens[token.i - 1].start : tokens[after].end]
    if token.lemma.lower() in RAISING and token.pos in ("VERB", "ADJ", "AUX"):
        words = [t for t in reading.children[token.i] if tokens[t].dep in ("auxpass", "aux") and t < token.i and tokens[t].lemma == "be"]
        start = words[0] if words else token.i
        after = token.i + 1 if token.i + 1 < len(tokens) and tokens[token.i + 1].text.lower() in ("to", "that") else token.i
        return reading.text[tokens[start].start : tokens[after].end]
    return token.text


def _clause_of(reading: Reading, token: Token) -> tuple[int, int]:
    """The clause a hedge qualifies, as offsets: for "a suspected thief", the noun phrase."""
    tokens = reading.tokens
    unproven = token.text.lower() in UNPROVEN and token.dep == "amod"
    head = token.head if token.dep in ("aux", "advmod") or unproven else token.i
    words = reading.subtree(head)
    words = [w for w in words if tokens[w].sentence == token.sentence]
    return tokens[words[0]].start, tokens[words[-1]].end


def _condition(reading: Reading, tokens: list[Token]) -> dict | None:
    """'If approved, the troops would ...': the condition and what would follow."""
    for token in tokens:
        if token.text.lower() == "if" and token.dep == "mark":
            verb = reading.tokens[token.head]
            if verb.dep != "advcl":
                return None
            main = reading.tokens[verb.head]
            condition = reading.subtree(verb.i)
            consequence = [t for t in reading.subtree(main.i) if t not in condition and reading.tokens[t].pos != "PUNCT"]
            if not consequence or not any(reading.tokens[c].text.lower() in ("would", "will", "could", "might", "may")
                                          for c in reading.children[main.i]):
                return None
            return {
                "condition": reading.span_text(condition[0], condition[-1]),
                "consequence": reading.span_text(consequence[0], consequence[-1]),
            }
    return None
