"""Who said what: every direct quote and every reported statement, with its speaker.

Read from the parse (reading.py): the speaker of "said" is its grammatical subject, whole
("one Boston-based trade expert", "three people familiar with the plan"); the reported
words are what the verb governs; "according to X" puts X behind the clause it modifies.
Quotation marks are found on the surface, where a pattern is surer than a parse. The
article is read once, in order, so that a quote with no verb of its own goes to the
speaker before it, and "he" or "they" to the person or group last in view.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quiz.core.domain import Fact
from quiz.core.facts.people import DOCUMENT_NOUNS, QUOTE, UNKNOWN, People, Speaker
from quiz.core.reading import Reading, Token

# Verbs that report words or thoughts, with a clause or the words themselves after them.
SAY_VERBS = frozenset(
    """
    say tell add explain write state argue note warn insist caution agree conclude announce
    confirm claim declare acknowledge admit report estimate predict suggest believe think
    expect hope fear doubt observe remark stress emphasise emphasize contend maintain assert
    allege boast brag concede reveal disclose recall testify promise vow pledge deny complain
    continue read indicate show find reply respond answer tweet post insist predict forecast
    accept recognise recognize point comment joke quip shout yell whisper scream cry
    plead beg lament mention wonder muse recount assure reassure concur retort counter protest
    object proclaim pronounce blog testify acknowledge
    """.split()
)
# Reporting verbs with other senses ("iodine is added to salt", "the data show", "he
# pointed to the table"): an attribution only with a clause after them, or "point out".
NEEDS_CLAUSE = frozenset(
    "add show find read continue indicate answer post expect hope fear think accept "
    "recognise recognize point believe suspect concede admit claim".split()
)
# Verbs whose object, not a clause, is what was said ("confirmed the request").
OBJECT_VERBS = frozenset(
    """
    confirm deny announce report reject reveal disclose recommend propose doubt criticise
    criticize praise slam tout question dismiss cite describe call liken express welcome
    condemn note defend blame accuse outline unveil present detail lay set
    """.split()
)
# Verbs that pass on a demand ("called on utilities to ...", "urged voters to ...").
APPEAL_VERBS = frozenset("call urge appeal ask encourage demand implore".split())
REPORTING = SAY_VERBS | OBJECT_VERBS | APPEAL_VERBS
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Adverbs and phrases that attribute a claim to nobody in particular.
HEARSAY = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|supposedly|rumou?red)\b|"
    r"\b[Tt]here (?:are|were|have been) (?:also )?(?:unconfirmed |credible |widespread )?(?:reports|claims|rumou?rs|allegations|indications) that\b|"
    r"\b(?:is|are|was|were)\s+(?:said|believed|thought|understood|reported|alleged|rumou?red)\s+to\b",
    re.IGNORECASE,
)
# Opening and closing marks may differ ("...” in text pasted from two sources, or a
# straight quotation closed with a misprinted “ before a space).
MIN_QUOTE_WORDS = 3
MIN_REPORTED_CHARS = 12


class Claim(NamedTuple):
    """A span of the article and who it is attributed to."""

    start: int
    end: int
    direct: bool
    speaker: Speaker
    verb: str
    verb_start: int | None = None  # where the verb (or "according to") stands
    verb_kind: str = ""  # say, object, appeal, according, colon, continued, phrase, hearsay


def extract_attributions(reading: Reading, claims: list[Claim] | None = None) -> list[Fact]:
    """A fact of kind "quote" for every quote and reported statement."""
    claims = read_claims(reading) if claims is None else claims
    return [_fact(reading, claim) for claim in claims]


def read_claims(reading: Reading) -> list[Claim]:
    """Every quote and reported statement, in the order of the article."""
    return read_claims_with_people(reading)[0]


def read_claims_with_people(reading: Reading) -> tuple[list[Claim], People]:
    """The claims, and the people index that resolved their speakers (for later readers)."""
    reader = _Reader(reading)
    return reader.claims, reader.people


class _Reader:
    def __init__(self, reading: Reading):
        self.reading = reading
        self.text = reading.text
        self.people = People(reading)
        self.claims: list[Claim] = []
        quotes = [(m.start(), m.end()) for m in QUOTE.finditer(self.text)]
        self.quoted = _QuoteMap(quotes, len(self.text))
        by_sentence: dict[int, list[tuple[int, int]]] = {}
        for start, end in quotes:
            # A quote is read with the sentence it ends in, where "..., she said" stands.
            inside = [t for t in reading.tokens_in(start, end) if t.sentence >= 0]
            if inside:
                by_sentence.setdefault(inside[-1].sentence, []).append((start, end))
        self.paragraph_speaker: tuple[int, Speaker] | None = None  # (paragraph, speaker)
        for index, sentence in enumerate(reading.article.sentences):
            self._sentence(index, sentence.paragraph, by_sentence.get(index, []))

    # ------------------------------------------------------------ one sentence

    def _sentence(self, index: int, paragraph: int, quotes: list[tuple[int, int]]) -> None:
        reading = self.reading
        reading = self.reading
        for verb in [t for t in reading.sentence_tokens(index) if self._reports(t)]:
            who = self._who(verb)
            if who is None:
                continue
            speaker = self.people.speaker(who, verb.start)
            content = self._content(verb)
            if content is not None and not self.quoted.mostly_quoted(*content) and content[1] - content[0] >= MIN_REPORTED_CHARS:
                self._add(content[0], content[1], False, speaker, verb, paragraph)
            elif speaker is not UNKNOWN:
                self.people.mentioned(speaker, verb.start)
                self.paragraph_speaker = (paragraph, speaker)
        for verb in [t for t in reading.sentence_tokens(index) if _issues_statement(reading, t)]:
            # "Senator John Cornyn issued a statement ...": the quotes that follow are his.
            who = subject_of(reading, verb.i)
            if who is not None:
                speaker = self.people.speaker(who, verb.start)
                self.people.mentioned(speaker, verb.start)
                self.paragraph_speaker = (paragraph, speaker)
        for start, end in quotes:
            verb = attributing_verb(reading, start, end, self.quoted)
            who = self._who(reading.tokens[verb]) if verb is not None else None
            speaker = self.people.speaker(who, reading.tokens[verb].start) if who is not None else UNKNOWN
            if speaker is UNKNOWN:
                verb = None
                speaker = self._speaker_of_bare_quote(start, paragraph)
            self._add(start, end, True, speaker, reading.tokens[verb] if verb is not None else None, paragraph)
        self._sources_in_phrases(index, paragraph)
        self._hearsay(index, paragraph)

    def _reports(self, token: Token) -> bool:
        return not self.quoted.inside(token.start) and _reporting(self.reading, token)

    def _who(self, verb: Token) -> int | None:
        if verb.text.lower() == "according":
            return according_to(self.reading, verb)
        return subject_of(self.reading, verb.i)

    def _speaker_of_bare_quote(self, start: int, paragraph: int) -> Speaker:
        """A quote with no verb of its own: the speaker introduced with a colon just before
        it, or else the one who spoke last in this paragraph, or at the end of the one
        before when the quote opens a paragraph."""
        introduced = self._colon_speaker(start)
        if introduced is not None:
            return introduced
        if self.paragraph_speaker is not None:
            last_paragraph, speaker = self.paragraph_speaker
            opens_paragraph = not self.text[self.text.rfind("\n", 0, start) + 1 : start].strip()
            if last_paragraph == paragraph or (opens_paragraph and last_paragraph == paragraph - 1):
                return speaker
        return UNKNOWN

    def _colon_speaker(self, start: int) -> Speaker | None:
        """'Sunak defended the record: “...”' or 'She continued: “...”': the subject of the
        clause the colon ends; or a label with no verb, 'Secretary of Defense Pete Hegseth:'."""
        before = self.text[:start].rstrip()
        if not before.endswith(":"):
            return None
        token = self.reading.token_at(len(before) - 1)
        if token is None:
            return None
        label = self._label_speaker(token)
        if label is not None:
            return label
        for candidate in reversed(self.reading.tokens[: token.i]):
            if candidate.sentence != token.sentence and candidate.sentence >= 0:
                break
            if candidate.pos in ("VERB", "AUX") and not self.quoted.inside(candidate.start):
                who = subject_of(self.reading, candidate.i)
                if who is not None:
                    return self.people.speaker(who, candidate.start)
        return None

    def _label_speaker(self, colon: Token) -> Speaker | None:
        """The speaker a label names: a short phrase with no verb that opens its line and
        ends in the colon."""
        reading = self.reading
        line_start = self.text.rfind("\n", 0, colon.start) + 1
        words = [t for t in reading.tokens_in(line_start, colon.start) if not t.text.isspace()]
        if not words or len(words) > 14 or any(t.pos in ("VERB", "AUX") for t in words):
            return None
        heads = [t for t in words if t.head == t.i or not (words[0].i <= t.head <= words[-1].i)]
        head = heads[-1] if heads else words[-1]
        speaker = self.people.speaker(head.i, head.start)
        return speaker if speaker is not UNKNOWN else None

    def _content(self, verb: Token) -> tuple[int, int] | None:
        if verb.text.lower() == "according":
            return clause_of_according(self.reading, verb)
        return reported_words(self.reading, verb)

    def _sources_in_phrases(self, index: int, paragraph: int) -> None:
        """'From all the reports I have seen, CLAUSE', 'As of the last advisory, CLAUSE',
        'For Kevin Allton, CLAUSE': a clause put down to a document, or to a person's view."""
        reading = self.reading
        tokens = reading.tokens
        for token in reading.sentence_tokens(index):
            if token.dep != "prep" or token.text.lower() not in ("from", "as", "for", "based", "per") or self.quoted.inside(token.start):
                continue
            objects = [g for g in reading.subtree(token.i) if tokens[g].dep == "pobj" and tokens[g].head in (token.i, *reading.children[token.i])]
            if not objects:
                continue
            source = objects[0]
            lemma = tokens[source].lemma.lower()
            opener = token.i == reading.sentence_tokens(index)[0].i or tokens[token.i - 1].text in (",", ":")
            person = token.text.lower() == "for" and tokens[source].ent == "PERSON"
            if not opener or not (person or token.text.lower() != "for" and lemma in DOCUMENT_NOUNS):
                continue
            clause = [t for t in reading.subtree(token.head) if t not in reading.subtree(token.i) and tokens[t].sentence == index]
            clause = [t for t in clause if t > max(reading.subtree(token.i))]
            if len(clause) < 3:
                continue
            speaker = self.people.speaker(source, tokens[source].start)
            start, end = _span(reading, clause[0], clause[-1])
            self._add(start, end, False, speaker, token, paragraph, how="phrase")

    def _hearsay(self, index: int, paragraph: int) -> None:
        """'was reportedly rejected', 'is believed to': a claim that nobody is named for."""
        sentence = self.reading.article.sentences[index]
        for match in HEARSAY.finditer(self.text, sentence.start, sentence.end):
            if self.quoted.inside(match.start()):
                continue
            token = self.reading.token_at(match.start())
            if token is None:
                continue
            if match.group().endswith("that"):
                start, end = _trim(self.text, match.end(), sentence.end)  # "There are reports that ..."
            else:
                head = token.head if token.dep in ("advmod", "auxpass", "aux") else token.i
                span = self.reading.subtree(head)
                start, end = self.reading.tokens[span[0]].start, self.reading.tokens[span[-1]].end
            speaker = Speaker(None, False, match.group().strip(), "hearsay")
            self.claims.append(Claim(start, end, False, speaker, match.group(), match.start(), "hearsay"))

    def _add(self, start: int, end: int, direct: bool, speaker: Speaker, verb: Token | None, paragraph: int,
             how: str = "") -> None:
        if direct:
            start, end = _inner(self.text, start, end)
            if len(self.text[start:end].split()) < MIN_QUOTE_WORDS:
                return
        start, end = _trim(self.text, start, end)
        if start >= end or not direct and speaker is UNKNOWN:
            return  # a report whose speaker cannot be told ("he said" with no one in view) is no one's
        self.claims.append(Claim(start, end, direct, speaker, verb.text if verb is not None else "",
                                 verb.start if verb is not None else None, how or _verb_kind(verb, self.reading)))
        if speaker is not UNKNOWN:
            self.paragraph_speaker = (paragraph, speaker)
            self.people.mentioned(speaker, start)


class _QuoteMap:
    """Which characters of the text lie between quotation marks."""

    def __init__(self, quotes: list[tuple[int, int]], length: int):
        self.quotes = quotes

    def inside(self, offset: int) -> bool:
        return any(start < offset < end - 1 or start < offset and end == offset for start, end in self.quotes if start <= offset < end)

    def mostly_quoted(self, start: int, end: int) -> bool:
        covered = sum(max(0, min(end, q1) - max(start, q0)) for q0, q1 in self.quotes)
        return covered >= 0.6 * (end - start)


# ------------------------------------------------------------------ grammar


def inverted_subject(reading: Reading, verb: int) -> int | None:
    """The speaker after the verb in "..., said Dr. Volandes" or "..., cautioned the
    trial's principal investigator", which the parser may take for an object."""
    tokens = reading.tokens
    if verb == 0 or tokens[verb - 1].text not in (",", "”", '"', "’"):
        return None
    if tokens[verb].tag not in ("VBD", "VBZ", "VBP"):
        return None  # ", citing “a storm season”": a participle's object is what is cited, not who
    following = [c for c in reading.children[verb] if c == verb + 1 and tokens[c].dep in SUBJECTS and tokens[c].pos == "PROPN"]
    if following:
        return following[0]  # ", said Mauer, ..." even where the parser found a subject before
    if any(tokens[c].dep in SUBJECTS and c < verb for c in reading.children[verb]):
        return None
    for child in reading.children[verb]:
        if child > verb and tokens[child].dep in ("dobj", "attr", "nsubj", "nsubjpass", "npadvmod", "appos", "dative") \
                and tokens[child].pos in ("NOUN", "PROPN", "PRON"):
            return child
    return None


def subject_of(reading: Reading, verb: int) -> int | None:
    """The subject of a verb, inherited through "and", participles and relative clauses."""
    tokens = reading.tokens
    seen = set()
    inverted = inverted_subject(reading, verb)
    if inverted is not None:
        return inverted
    while verb not in seen:
        seen.add(verb)
        subjects = [c for c in reading.children[verb] if tokens[c].dep in SUBJECTS]
        if subjects:
            # Several subjects where the parser split a phrase ("Facebook co - founder Mark
            # Zuckerberg"): the name among them, else the one nearest the verb.
            named = [c for c in subjects if tokens[c].pos == "PROPN"]
            child = named[-1] if named and len(subjects) > 1 else subjects[-1] if len(subjects) > 1 else subjects[0]
            if tokens[child].tag in ("WP", "WDT") and tokens[verb].dep == "relcl":
                return tokens[verb].head  # "X, who said ..." -> X
            return _past_dateline(reading, child)
        token = tokens[verb]
        if token.dep == "acl" or token.dep == "relcl":
            return token.head  # "officials saying ...", "X, who told ..."
        if token.dep in ("conj", "advcl", "xcomp", "pcomp", "ccomp") and token.head != verb:
            if token.dep == "ccomp":
                break
            verb = token.head
            continue
        break
    return None


def _past_dateline(reading: Reading, subject: int) -> int:
    """'AUSTIN, Texas, Feb. 27 -- Norvale Energy Systems today announced': the parser takes the
    dateline's city for the subject; the one who announces stands after its dash."""
    tokens = reading.tokens
    token = tokens[subject]
    if not (token.text.isupper() and token.text.isalpha() and len(token.text) > 1):
        return subject
    children = reading.children[subject]
    dashes = [c for c in children if tokens[c].text in ("-", "--", "—", "–")]
    after = [c for c in children if dashes and c > dashes[-1] and tokens[c].dep in ("appos", "conj")]
    return after[0] if after else subject


def according_to(reading: Reading, according: Token) -> int | None:
    """X's head token in "according to X"."""
    for child in reading.children[according.i]:
        if reading.tokens[child].text.lower() == "to":
            objects = [g for g in reading.children[child] if reading.tokens[g].dep == "pobj"]
            # "according to curator Elaine Gustafon", read as two objects: the name.
            named = [g for g in objects if reading.tokens[g].pos == "PROPN"]
            return (named or objects or [None])[-1] if named else (objects[0] if objects else None)
    return None


def attributing_verb(reading: Reading, start: int, end: int, quoted: _QuoteMap) -> int | None:
    """The reporting verb outside the quote `[start, end)` that its words belong to:
    up the parse from the quoted words, or a bare "X said" beside them."""
    tokens = reading.tokens
    inside = {t.i for t in reading.tokens_in(start, end)}
    if not inside:
        return None
    for i in sorted(inside):
        head, steps = tokens[i].head, 0
        while head not in inside and steps < 6:
            token = tokens[head]
            if _reporting(reading, token, quote=True) and not quoted.inside(token.start):
                return head
            if token.head == head:
                break
            head, steps = token.head, steps + 1
    # "“...,” McLaughlin said." parsed apart: a reporting verb right after the quote, or
    # "X said: “...”" right before it, with nothing else between.
    after = [t for t in tokens[max(inside) + 1 :] if t.sentence == tokens[max(inside)].sentence]
    for token in after[:6]:
        if _reporting(reading, token, quote=True):
            return token.i
        if token.pos not in ("PROPN", "NOUN", "PRON", "DET", "PUNCT", "ADJ", "ADV", "AUX", "PART"):
            break
    first = tokens[min(inside)]
    before = [t for t in tokens[max(0, first.i - 4) : first.i] if t.sentence == first.sentence]
    for token in reversed(before):
        if _reporting(reading, token, quote=True):
            return token.i  # "PC World's analysis concluded, “...”" parsed with the quote as root
        if token.pos != "PUNCT":
            break
    return None


def _verb_kind(verb: Token | None, reading: Reading | None = None) -> str:
    if verb is None:
        return "continued"
    if verb.lemma.lower() == "call" and reading is not None and not any(
            reading.tokens[c].dep == "prep" and reading.tokens[c].text.lower() in ("on", "for") for c in reading.children[verb.i]):
        return "object"  # "calling illegal immigration an “invasion”" names; "called on utilities to" asks
    lemma = verb.lemma.lower()
    if verb.text.lower() == "according":
        return "according"
    if lemma in APPEAL_VERBS and lemma not in SAY_VERBS:
        return "appeal"
    if lemma in OBJECT_VERBS and lemma not in SAY_VERBS:
        return "object"
    return "say"


def _issues_statement(reading: Reading, token: Token) -> bool:
    if token.pos != "VERB" or token.lemma.lower() not in ("issue", "release", "publish", "post", "send"):
        return False
    return any(
        reading.tokens[c].dep == "dobj" and reading.tokens[c].lemma.lower() in ("statement", "letter", "comment", "response", "message")
        for c in reading.children[token.i]
    )


# Verbs that leave their reporting verb unsaid: "declined to say", "refused to confirm".
REFUSALS = frozenset("decline refuse fail neglect".split())


def _reporting(reading: Reading, token: Token, quote: bool = False) -> bool:
    """A verb that attributes words to someone: not a passive ("is added", "were asked"),
    and a verb of several senses only with a clause or a quote after it."""
    if token.text.lower() == "according":
        return True
    lemma = token.lemma.lower()
    if token.pos != "VERB" or lemma not in REPORTING:
        return False
    children = [reading.tokens[c] for c in reading.children[token.i]]
    if any(c.dep in ("nsubjpass", "auxpass", "neg") for c in children):
        return False  # "were asked", "did not explain": no one is saying anything here
    if token.dep == "xcomp" and reading.tokens[token.head].lemma.lower() in REFUSALS:
        return False  # "declined to say whether ...": what was left unsaid
    if lemma in ("point", "lay", "set"):
        return any(c.dep == "prt" and c.text.lower() == "out" for c in children)
    if lemma == "call" and token.dep in ("acl", "amod"):
        return False  # "a trial called CODEL" names it
    if token.dep == "acl" and token.tag == "VBN":
        return False  # "crimes reported to the police", "a figure cited by": a passive, no one speaking
    if lemma in NEEDS_CLAUSE and not quote:
        return any(c.dep == "ccomp" for c in children)
    return True


def reported_words(reading: Reading, verb: Token) -> tuple[int, int] | None:
    """What a reporting verb reports, as offsets: its clause ("said [that] the troops
    would ..."), or for "confirmed the request", "called on X to ..." the verb and what it
    governs. A clause before the verb counts too ("..., trial leaders explained")."""
    tokens = reading.tokens
    lemma = verb.lemma.lower()
    sentence = [t.i for t in reading.sentence_tokens(verb.sentence)]
    subject = inverted_subject(reading, verb.i)
    if subject is not None:
        # "CLAUSE, cautioned the investigator": the words before the verb; and in
        # "Recipients, said Maurer, are required to ...", the words around it too.
        aside_end = max(reading.subtree(subject))
        after = [t for t in sentence if t > aside_end + 1 and tokens[aside_end + 1].text == ","]
        before = [t for t in sentence if t < verb.i - 1]
        words = before + after if after else before
        return _span(reading, words[0], words[-1]) if len(words) > 2 else None
    clauses = [c for c in reading.children[verb.i] if tokens[c].dep in ("ccomp", "parataxis")]
    if lemma in SAY_VERBS:
        right = [c for c in clauses if c > verb.i]
        if right:
            # What follows "said" runs to the end of the sentence ("said they were willing
            # to undergo CPR, 14 declined, and five were uncertain").
            first = reading.subtree(right[0])[0]
            return _span(reading, first, _clause_end(reading, verb.i, [t for t in sentence if t >= first]))
        if clauses:
            sub = reading.subtree(clauses[-1])
            return _span(reading, sub[0], sub[-1])
        # "..., trial leaders explained." with the clause parsed apart: the words before
        # the comma that opens the attribution.
        after = [t for t in sentence if t > verb.i and tokens[t].pos != "PUNCT"]
        subject = subject_of(reading, verb.i)
        if not after and subject is not None and subject < verb.i:
            opening = min(reading.subtree(subject))
            if opening > 0 and tokens[opening - 1].text == ",":
                before = [t for t in sentence if t < opening - 1]
                if len(before) > 2:
                    return _span(reading, before[0], before[-1])
        # A clause misread as an object ("observed that the date ... coincided").
        rest = [t for t in reading.subtree(verb.i) if t > verb.i and tokens[t].dep != "punct"]
        if rest and (tokens[rest[0]].text.lower() == "that" or lemma not in OBJECT_VERBS and len(rest) > 4):
            return _span(reading, rest[0], _clause_end(reading, verb.i, rest))
    if lemma in OBJECT_VERBS | APPEAL_VERBS:
        governed = [c for c in reading.children[verb.i] if c > verb.i and tokens[c].dep in ("dobj", "prep", "xcomp", "oprd", "attr", "dative", "ccomp")]
        if governed:
            return _span(reading, verb.i, _clause_end(reading, verb.i, [t for t in sentence if t > verb.i]))
    return None


def _clause_end(reading: Reading, verb: int, words: list[int]) -> int:
    """The last word of the verb's own clause among `words`: before a full stop or a
    clause of its own joined with "but"."""
    tokens = reading.tokens
    last = words[0]
    for t in words:
        if tokens[t].text == ":" or tokens[t].dep == "cc" and tokens[t].head == verb and tokens[t + 1].pos != "NUM":
            break
        if tokens[t].text == "," and _attribution_follows(reading, t):
            break
        last = t
    return last


def _attribution_follows(reading: Reading, comma: int) -> bool:
    """', according to X' or ', X said' closes the reported words."""
    tokens = reading.tokens
    rest = [t for t in tokens[comma + 1 : comma + 6] if t.sentence == tokens[comma].sentence]
    if not rest:
        return False
    if rest[0].text.lower() in ("according", "citing"):
        return True
    # ", X said." closing the sentence, or ", with the i reporting ...": a speaker of its own.
    return any(_reporting(reading, t) and subject_of(reading, t.i) not in (None,) and subject_of(reading, t.i) > comma
               for t in rest[:5])


def clause_of_according(reading: Reading, according: Token) -> tuple[int, int] | None:
    """'According to X, CLAUSE' or 'CLAUSE, according to X': the clause, less the attribution."""
    tokens = reading.tokens
    head = according.head
    skip = set(reading.subtree(according.i))
    words = [t for t in reading.subtree(head) if t not in skip and tokens[t].sentence == according.sentence]
    if not words:
        return None
    # The attribution splits the clause: keep the longer side.
    before = [t for t in words if t < according.i]
    after = [t for t in words if t > according.i]
    side = before if len(before) >= len(after) else after
    if not side:
        return None
    return _span(reading, side[0], side[-1])


def _span(reading: Reading, first: int, last: int) -> tuple[int, int]:
    tokens = reading.tokens
    while first < last and (tokens[first].pos == "PUNCT" or tokens[first].text.lower() == "that" and tokens[first].dep == "mark"):
        first += 1
    while last > first and tokens[last].pos == "PUNCT" and tokens[last].text not in "”\")":
        last -= 1
    return tokens[first].start, tokens[last].end


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    """A quote's words without its quotation marks."""
    if text[start] in "“\"":
        start += 1
    if end > start and text[end - 1] in "”\"":
        end -= 1
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n\t,":
        start += 1
    while end > start and text[end - 1] in " \n\t,;:":
        end -= 1
    return start, end


def _fact(reading: Reading, claim: Claim) -> Fact:
    article = reading.article
    sentence = article.sentence_at(claim.start) or article.sentences_over(claim.start, claim.end)[0]
    return Fact(
        kind="quote", start=claim.start, end=claim.end, text=reading.text[claim.start : claim.end],
        data={
            "direct": claim.direct,
            "speaker": claim.speaker.as_dict(),
            "verb": claim.verb,
            "verb_kind": claim.verb_kind,
            "verb_at": claim.verb_start,
            "sentence_start": sentence.start,
            "sentence_end": sentence.end,
        },
    )
