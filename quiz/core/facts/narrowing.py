"""How far the story goes beside its headline: the sentences that state the headline's own
claim, but for part of the group only ("almost half of all children"), to a lesser degree
("mild to moderately"), as not reached yet ("on track to reach the lowest level"), as a
possibility ("suggests that"), as not holding for some ("did not improve survival for
patients whose …"), or in the words of someone who denies it. A headline squeezes a story
into a few firm words; these sentences show what the story itself claims.

A sentence is tied to the headline by meaning, not by spelling: it shares three of the
headline's content lemmas (a noun, verb or adjective, "deficiency" and "deficient" as one),
and the narrowing words stand on one of them, so that they narrow the headline's claim and
not another one in the same sentence.
"""

from __future__ import annotations

import re

from quiz.core.domain import Fact
from quiz.core.reading import Reading, Token

CONTENT = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
# Lemmas too common to tie a sentence to a headline.
GENERIC = frozenset("be have do say make get go take give new year day time first last other more most".split())
# A headline that already narrows, asks or says whose claim it is claims nothing firm for all.
HEADLINE_LIMITED = re.compile(r"[:?]|\b(?:may|might|could|"
                              r"likely|probably|possibly|appears?|seems?|suggests?|says?|said|reports?|according|"
                              r"claims?|early|initial|first)\b|%", re.IGNORECASE)
# A headline that itself speaks of part of a group: a share in the story is no narrowing of it.
HEADLINE_SHARE = re.compile(r"\b(?:some|many|most|certain|several|few|half|percent|per cent)\b|%", re.IGNORECASE)
# A part of a group: "almost half of", "30 percent of", "one in five", "some of".
SHARE = re.compile(r"\b(?:(?:almost|nearly|about|around|roughly|just|only|more than|less than|fewer than|over|under)\s+)?"
                   r"(?:half|a third|a quarter|two[- ]thirds|one in (?:\w+)|\d+(?:\.\d+)?\s*(?:%|percent|per cent)|"
                   r"some|many|several|a minority)\s+of\b", re.IGNORECASE)
DEGREE = re.compile(r"\b(?:mild(?:ly)?(?:\s+to\s+moderate(?:ly)?)?|moderate(?:ly)?|slight(?:ly)?|borderline|modest(?:ly)?|"
                    r"marginal(?:ly)?|somewhat|partly|partial(?:ly)?)\b", re.IGNORECASE)
NOT_YET = re.compile(r"\b(?:on (?:track|pace|course) (?:to|for)|so far|to date)\b", re.IGNORECASE)
# "so far" undercuts a record ("Another Historic Low"); beside "Police arrest three" it only
# says when the count was made.
RECORD = re.compile(r"\b(?:record|historic|all-time|ever|lowest|highest|low|high|best|worst)\b", re.IGNORECASE)
NEGATION = frozenset("not n't never no neither nor".split())
# A headline that sets one thing above another: "X Superior to Y", "X better than Y".
COMPARISON = re.compile(r"\b(?P<word>superior|better|more effective|safer|faster|cheaper|beats|outperforms|tops)\b"
                        r"(?:\s+(?:to|than))?", re.IGNORECASE)
# "The storm could hit Easton again next week": a hedge on what may come after the
# headline's event is another claim, not the headline's own.
LATER = frozenset("again next later future soon tomorrow coming further".split())
# Verbs of what someone once thought: a hedge under them is their past hope, not a claim now.
ONCE_THOUGHT = frozenset("think hope believe wish want plan expect imagine dream fear worry".split())
MIN_SHARED = 3
WINDOW = 6  # how many words after the narrowing words the headline's word must stand


def extract_narrowing(reading: Reading, facts: list[Fact]) -> list[Fact]:
    title = reading.article.title
    if not title or HEADLINE_LIMITED.search(title):
        return []
    heading = [t for t in reading.tokens if t.end <= len(title)]
    stems = {_stem(t) for t in heading if _content(t)}
    if len(stems) < 3:
        return []
    compared = COMPARISON.search(title)
    # "Electrocautery Superior to Topical Treatments": who wins, and over what.
    winner = {_stem(t) for t in heading if _content(t) and compared and t.end <= compared.start()}
    rest = re.search(r"\s(?:for|in|among|at|on)\s|$", title[compared.end():]) if compared else None
    loser = {_stem(t) for t in heading if _content(t) and compared and compared.end() <= t.start < compared.end() + rest.start()}
    hedges = [f for f in facts if f.kind == "uncertainty" and f.data.get("uncertainty_kind") == "hedge"]
    found = []
    for index, sentence in enumerate(reading.article.sentences):
        if sentence.start < len(title) + 2:
            continue
        tokens = reading.sentence_tokens(index)
        shared = stems & {_stem(t) for t in tokens if _content(t)}
        if len(shared) < MIN_SHARED:
            continue
        here = [f for f in hedges if f.data.get("sentence_start") == sentence.start]
        narrowings = [*_worded(reading, tokens, title, stems), *_negation(reading, tokens, shared),
                      *_hedged(reading, tokens, here, stems, winner if compared else stems)]
        if compared and (turned := _reversed(reading, tokens, compared, winner, loser)):
            narrowings.append(("reversed", *turned, {}))
        found += [Fact(kind="narrowing", start=start, end=end, text=reading.text[start:end],
                       data={"narrowing_kind": kind, "cue": reading.text[start:end], "sentence_start": sentence.start,
                             "sentence_end": sentence.end, "shared": sorted(shared), **data})
                  for kind, start, end, data in narrowings]
    return found


def _worded(reading: Reading, tokens: list[Token], title: str, stems: set[str]):
    """'Almost half of all … children', 'mild to moderately', 'on track to': narrowing words
    that stand on one of the headline's words, at most one of each kind."""
    for kind, pattern in (("share", SHARE), ("degree", DEGREE), ("not-yet", NOT_YET)):
        if kind == "share" and HEADLINE_SHARE.search(title):
            continue
        for match in pattern.finditer(reading.text, tokens[0].start, tokens[-1].end):
            if kind == "not-yet" and not match.group().lower().startswith("on ") and not RECORD.search(title):
                continue
            if kind == "degree" and _names_a_kind(reading, match.start()):
                continue
            if kind == "share":
                group = _of_group(reading, tokens, match.end(), stems)
                if group is not None:
                    yield kind, match.start(), group.end, {}
                    break
            elif _stands_on(reading, tokens, match.end(), stems):
                yield kind, match.start(), match.end(), {}
                break


def _negation(reading: Reading, tokens: list[Token], shared: set[str]):
    """A claim word of the headline's that the sentence negates: someone's denial of the
    headline's description, or a result that does not hold for a group it names."""
    for token in tokens:
        # The body's parse, not the headline's: a headline's capitals make every word a name.
        first = _negated(reading, token) if token.pos in ("VERB", "ADJ") and _stem(token) in shared else None
        if first is None:
            continue
        speaker = _denied_by(reading, token)
        group = _for_group(reading, token)
        if speaker and token.pos == "ADJ":  # "the government then says it wasn't particularly sensitive"
            yield "disputed", first.start, token.end, {"speaker": speaker}
        elif group is not None and not speaker:  # "did not improve survival for patients whose …"
            yield "not-for-all", first.start, group.end, {}
        return


def _hedged(reading: Reading, tokens: list[Token], hedges: list[Fact], stems: set[str], subjects_of: set[str]):
    """The first hedge of the sentence on the headline's claim: its clause shares two of the
    headline's words, and the subject of what it hedges is one the headline (or, under a
    comparison, the headline's winner) names."""
    for fact in hedges:
        if not _present(reading, fact):
            continue
        early = fact.data["meaning"] == "early"
        # "Early results show that the vaccine protects …": the findings are the hedge, the
        # claim is what they show, in the rest of the sentence.
        clause = tokens if early else reading.tokens_in(fact.data["clause_start"], fact.data["clause_end"])
        cue = reading.token_at(fact.start)
        subjects = [t for t in clause if t.dep in ("nsubj", "nsubjpass") and t.pos in ("NOUN", "PROPN")
                    and not (early and cue is not None and t.i == cue.head)]
        # The hedged claim's subject: after "suggests that", else before "seems".
        subject = next((t for t in subjects if t.start > fact.end), subjects[-1] if subjects else None)
        # "imiquimod seems to be superior": the same claim word of another subject is another claim.
        if (subject is None or _stem(subject) not in subjects_of or any(t.text.lower() in LATER for t in clause)
                or len(stems & {_stem(t) for t in clause if _content(t)}) < 2):
            continue
        # "Early results", not "Early" alone: the hedge with the findings it qualifies.
        end = reading.tokens[cue.head].end if early and cue is not None and cue.head > cue.i else fact.end
        yield ("early" if early else "possible"), fact.start, end, {"meaning": fact.data["meaning"]}
        return


def _stem(token: Token) -> str:
    """A lemma cut to its first five letters: "deficiency" and "deficient", "lowest" and "low"."""
    return token.lemma.lower()[:5]


def _content(token: Token) -> bool:
    return token.pos in CONTENT and len(token.text) > 2 and token.lemma.lower() not in GENERIC


def _stands_on(reading: Reading, tokens: list[Token], end: int, stems: set[str]) -> bool:
    """Whether one of the headline's words follows the narrowing words closely, in the same
    phrase: "mild to moderately iodine deficient", "on track to reach the lowest"."""
    for token in [t for t in tokens if t.start >= end][:WINDOW]:
        if token.text in ",;—–-:(":
            return False
        if _content(token) and _stem(token) in stems:
            return True
    return False


def _names_a_kind(reading: Reading, start: int) -> bool:
    """'Moderate voters back the plan': a degree word that describes the subject names a kind
    of person or thing; it does not make the claim milder."""
    token = reading.token_at(start)
    if token is None or token.dep not in ("amod", "compound"):
        return False
    while token.dep in ("amod", "compound") and token.head != token.i:  # "Moderate Easton voters"
        token = reading.tokens[token.head]
    return token.dep in ("nsubj", "nsubjpass")


def _of_group(reading: Reading, tokens: list[Token], end: int, stems: set[str]) -> Token | None:
    """The group "half of", "30 percent of" takes, when the headline names it and what is said
    of the part is the headline's claim too: "almost half of all Australian children are …
    iodine deficient", not "39 percent of men" beside the headline's treatment, nor "some of
    the councillors voted against" under "Council approves budget". None otherwise."""
    of = next((t for t in tokens if t.end == end), None)
    if of is None:
        return None
    group = next((reading.tokens[c] for c in reading.children[of.i] if reading.tokens[c].dep == "pobj"), None)
    if group is None or group.pos != "NOUN" or _stem(group) not in stems:
        return None
    part = reading.tokens[of.head]  # "half", "percent", "some"
    said = reading.tokens[part.head]
    if said.i == part.i:
        return None
    told = set(reading.subtree(said.i)) - set(reading.subtree(part.i))
    # The claim is a verb or an adjective of the headline's ("deficient", "suffer"), not its object ("budget").
    return group if any(reading.tokens[i].pos in ("VERB", "ADJ") and _content(reading.tokens[i])
                        and _stem(reading.tokens[i]) in stems - {_stem(group)} for i in told) else None


SAY_LEMMAS = frozenset("say tell insist claim argue state maintain add stress".split())


def _reversed(reading: Reading, tokens: list[Token], compared, winner: set[str], loser: set[str]):
    """'topical imiquimod seems to be superior for peri-anal AIN' under 'Electrocautery
    Superior to Topical Treatments': the headline's comparison word said of what the headline
    puts second, limited to a group by "for" or "in". The span from the subject to the end of
    the group, or None."""
    word = compared.group("word").lower().split()[-1]
    for token in tokens:
        if token.text.lower() != word:
            continue
        node, subject, path = token, None, [token]
        for _ in range(4):
            subject = next((reading.tokens[c] for c in reading.children[node.i] if reading.tokens[c].dep == "nsubj"), None)
            if subject is not None or node.head == node.i:
                break
            node = reading.tokens[node.head]
            path.append(node)
        if subject is None:
            return None
        words = reading.subtree(subject.i)
        named = {_stem(reading.tokens[i]) for i in words if _content(reading.tokens[i])}
        group = next((reading.tokens[c] for n in path for c in reading.children[n.i]
                      if reading.tokens[c].dep == "prep" and reading.tokens[c].text.lower() in ("for", "in", "among")), None)
        if named & loser and not named & winner and group is not None:
            return reading.tokens[words[0]].start, reading.tokens[reading.subtree(group.i)[-1]].end
    return None


def _denied_by(reading: Reading, token: Token) -> str:
    """Who says the negated words, when a verb of saying governs them: its subject's words."""
    node = token
    for _ in range(6):
        if node.head == node.i:
            return ""
        node = reading.tokens[node.head]
        if node.pos == "VERB" and node.lemma.lower() in SAY_LEMMAS:
            subject = next((c for c in reading.children[node.i] if reading.tokens[c].dep == "nsubj"), None)
            if subject is None or reading.tokens[subject].pos == "PRON":
                return ""
            words = reading.subtree(subject)
            return reading.span_text(words[0], words[-1])
    return ""


def _for_group(reading: Reading, token: Token) -> Token | None:
    """'did not improve survival for patients whose …': the last word of the group the
    negation is limited to, by "for" or "among" on the word or on its object."""
    for holder in [token.i, *(c for c in reading.children[token.i] if reading.tokens[c].dep == "dobj")]:
        for c in reading.children[holder]:
            prep = reading.tokens[c]
            if prep.dep == "prep" and prep.text.lower() in ("for", "among"):
                return reading.tokens[reading.subtree(c)[-1]]
    return None


def _negated(reading: Reading, token: Token) -> Token | None:
    """'did not improve', 'wasn't … sensitive': where the negated words begin, when the word
    itself or the verb it completes carries a negation; None when neither does."""
    heads = [token.i] + ([token.head] if token.dep in ("acomp", "attr") else [])
    for head in heads:
        children = [reading.tokens[c] for c in reading.children[head]]
        if any(c.dep == "neg" and c.text.lower() in NEGATION for c in children):
            return min([reading.tokens[head], *(c for c in children if c.dep in ("aux", "auxpass", "neg"))],
                       key=lambda t: t.i)
    return None


def _present(reading: Reading, fact: Fact) -> bool:
    """Whether a hedge speaks in the article's present ("suggests", "may"), not of what
    someone once thought ("He thought he could make a program that might help"), which the
    story may go on to settle."""
    cue = reading.token_at(fact.start)
    if cue is None or cue.tag in ("VBD", "VBN"):
        return False
    node = cue
    for _ in range(8):
        if node.head == node.i:
            return True
        node = reading.tokens[node.head]
        if node.tag == "VBD" and node.lemma.lower() in ONCE_THOUGHT:
            return False
    return True
