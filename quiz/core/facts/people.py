"""The people and organisations an article names, and who a noun phrase or a pronoun is.

A speaker is given as the article first names them in full ("Tricia McLaughlin" for a
later "McLaughlin", "Kristen Wilkins" for "Wilkins" or a misspelt "Wilkens"), with the role
the article gives them; an unnamed source by the article's own words for it ("a defense
ministry spokesman", "three people familiar with the plan"). "He", "she" and "they" go to
the person or group last in view: a speaker, or someone introduced with a role, in the
same or the two sentences before.
"""

from __future__ import annotations

import difflib
import re
from typing import NamedTuple

from quiz.core.reading import Reading, Token

TITLES = frozenset(
    """
    dr drs mr mrs ms miss prof professor sen senator rep representative gov governor president
    secretary minister judge justice mayor administrator director chairman chairwoman chair
    commissioner sir dame lord lady madam general gen lt col capt sgt adm cmdr officer sheriff
    chancellor premier pope king queen prince princess rev reverend coach captain dean
    """.split()
)
SUFFIXES = re.compile(r",?\s+(?:M\.?D\.?|Ph\.?D\.?|Jr\.?|Sr\.?|R\.?N\.?|MPH|Esq\.?)$")
# Nouns for a role, never a name, even when written with a capital ("The Senator from Alaska").
ROLE_NOUNS = TITLES | frozenset(
    """
    spokeswoman spokesman spokesperson official officials leader leaders expert experts academic
    analyst analysts economist researcher researchers scientist scientists author authors
    editor reporter correspondent lawyer attorney adviser advisor aide aides manager executive
    head founder member members curator instructor student students doctor physician nurse ceo cfo
    coo chief
    investigator investigators critic critics observer observers resident residents witness
    witnesses eyewitness eyewitnesses survivor survivors source sources people person officer officers staff worker workers
    teacher
    """.split()
)
DOCUMENT_NOUNS = frozenset(
    """
    report study survey analysis poll audit review memo filing document data records statement
    letter questionnaire forecast advisory research studies findings results paper guidelines
    article story estimate estimates figures statistics release website site
    """.split()
)
QUANTIFIERS = frozenset(
    "a an some many several all most few other others one two three four five six seven eight nine ten "
    "nearly almost about another various numerous both each every".split()
)
PLURAL_KINDS = frozenset({"group", "people", "organisation"})
# Words that end the name of an organisation, never a person's.
ORG_WORDS = frozenset(
    "Department Ministry Institute University College School Corporation Company Council Committee Agency "
    "Administration Office Center Centre Service Association Foundation Group Program Commission Bureau "
    "Court House Senate Congress Party Board Authority Organisation Organization Fund Bank Union".split()
)
MAX_ROLE_WORDS = 14
# Titles that say nothing of a person's job or employer.
HONORIFICS = frozenset("dr drs mr mrs ms miss prof professor sir dame lord lady madam".split())
APPOSITIVE = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?([A-Z]?[a-z][^,;.“\"]{1,80}?)(?=,|;|\.\s|\s+(?:says|said|told|explained)\b)")
# "the World Health Organisation (WHO)": a name, then its acronym in brackets.
ACRONYM_DEFINED = re.compile(r"((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|on|in|the|de)\s+)*){1,8})\(([A-Z]{2,8})\)")


class Speaker(NamedTuple):
    name: str | None
    named: bool
    description: str
    kind: str  # person, people, organisation, group, document, writer, hearsay, unknown

    def as_dict(self) -> dict:
        return {"name": self.name, "named": self.named, "description": self.description, "kind": self.kind}


UNKNOWN = Speaker(None, False, "", "unknown")


# An unnamed person the article calls by a word of one sex: never "she" for "her older brother".
MALE = re.compile(r"\b(?:man|men|boy|brother|father|husband|son|uncle|grandfather|nephew|king|gentleman|Mr)\b", re.IGNORECASE)
FEMALE = re.compile(r"\b(?:woman|women|girl|sister|mother|wife|daughter|aunt|grandmother|niece|queen|lady|Mrs|Ms)\b", re.IGNORECASE)
# A quotation: between straight or curly quotation marks, within a paragraph.
QUOTE = re.compile(r"\"[^“”\"\n]*(?:[”\"]|“(?=\s|$)|$)|“[^“”\"\n]*(?:[”\"]|$)", re.MULTILINE)


class _Mention(NamedTuple):
    offset: int
    sentence: int
    speaker: Speaker
    salient: bool  # a speaker, or a person introduced with a role
    subject: bool = False  # the subject of its clause


def clean_person_name(name: str) -> str:
    """'Dr. Angelo Volandes', 'Ulrike Wieland, MD', 'McLaughlin’s' -> the name alone."""
    name = re.sub(r"(?:’s|'s|’|')$", "", name.strip())
    name = SUFFIXES.sub("", name)
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words.pop(0)
    return " ".join(words)


class People:
    def __init__(self, reading: Reading):
        self.reading = reading
        self.mentions: list[_Mention] = []
        self.full_names: list[str] = []
        self._forms: dict[str, tuple[str, ...]] = {}  # name -> its fuller forms, once full_names is complete
        self.roles: dict[str, str] = {}
        # Words the tagger took for part of a person's name somewhere in the article: a
        # run of capitalised words ending in one is a name too ("Ulrike Wieland" tagged
        # as an organisation in one sentence, "Wieland" as a person in the next).
        self.person_words = {
            reading.tokens[i].text for e in reading.entities if e.label == "PERSON"
            for i in range(e.first, e.last + 1)
            if reading.tokens[i].text[:1].isupper() and reading.tokens[i].text.lower().rstrip(".") not in TITLES
        }
        for name in [clean_person_name(e.text) for e in reading.entities if e.label == "PERSON"] + self._name_runs():
            if _looks_like_name(name) and len(name.split()) >= 2 and name not in self.full_names:
                self.full_names.append(name)
        for entity in reading.entities:
            if entity.label == "PERSON" and _looks_like_name(clean_person_name(entity.text)):
                full = self.full_name(clean_person_name(entity.text), entity.start)
                role = _short_of(role_of(reading, entity.first, entity.last), full)
                if role and full not in self.roles:
                    self.roles[full] = role
                head = reading.tokens[entity.last]
                sentence = head.sentence
                speaker = Speaker(full, True, self.roles.get(full, ""), "person")
                subject = head.dep in ("nsubj", "nsubjpass")
                described = subject and _described_by_copula(reading, head)
                self.mentions.append(_Mention(entity.start, sentence, speaker, bool(role) or described, subject))
        # People the article does not name can be "he" or "she" too: "a call from a person I
        # never knew: the former governor of New Jersey ... And he told me ...". Never one
        # inside a quotation: in '“... for the counselor,” she said' she is the speaker; nor
        # anyone but the subject of a sentence whose subject is "he" or "she" already in view
        # ("She took over, the first woman to run it"; "He hired a lawyer").
        quoted = [(m.start(), m.end()) for m in QUOTE.finditer(reading.text)]
        told_of = {t.sentence for t in reading.tokens if t.dep == "nsubj" and t.text.lower() in ("he", "she")}
        for token in reading.tokens:
            if token.pos == "NOUN" and token.tag == "NN" and token.dep in ("nsubj", "dobj", "pobj", "appos") \
                    and is_human(token) and token.ent == "" and not any(a < token.start < b for a, b in quoted) \
                    and not (token.sentence in told_of and token.dep != "nsubj"):
                words = noun_phrase(reading, token.i)
                text = reading.text[reading.tokens[words[0]].start : reading.tokens[words[-1]].end] if words else token.text
                self.mentions.append(_Mention(token.start, token.sentence, Speaker(None, False, text, "person"), False,
                                              token.dep in ("nsubj", "nsubjpass")))
        self.mentions.sort(key=lambda m: m.offset)

    # ------------------------------------------------------------ names

    def spelt_out(self, acronym: str) -> str:
        """'WHO' -> 'World Health Organisation' where the article writes 'World Health
        Organisation (WHO)'; anything else unchanged."""
        if not hasattr(self, "_acronyms"):
            self._acronyms = {}
            for match in ACRONYM_DEFINED.finditer(self.reading.text):
                words = match.group(1).split()
                letters = match.group(2)
                # The name is the capitalised words whose initials make the acronym.
                capitals = [w for w in words if w[:1].isupper()]
                if len(capitals) >= len(letters):
                    start = len(words) - 1
                    count = 0
                    while start >= 0 and count < len(letters):
                        if words[start][:1].isupper():
                            count += 1
                        start -= 1
                    name = " ".join(words[start + 1 :])
                    if "".join(w[0] for w in name.split() if w[:1].isupper()).upper() == letters:
                        self._acronyms.setdefault(letters, name)
        return self._acronyms.get(acronym, acronym)

    def _name_runs(self) -> list[str]:
        """Runs of two to four capitalised proper nouns that end in a person's word."""
        tokens = self.reading.tokens
        runs, run = [], []
        for token in tokens + (None,):
            if token is not None and token.pos == "PROPN" and token.text[:1].isupper() and token.text.isalpha() \
                    and token.text.lower() not in TITLES and (not run or run[-1].i == token.i - 1) \
                    and not (run and run[-1].text in ORG_WORDS):  # "the Refugee Council Enver Solomon": no body in a name
                run.append(token)
                continue
            if 2 <= len(run) <= 4 and run[-1].text in self.person_words and not any(t.ent in ("GPE",) and t.text not in self.person_words for t in run):
                runs.append(" ".join(t.text for t in run))
            run = [token] if token is not None and token.pos == "PROPN" and token.text[:1].isupper() and token.text.isalpha() and token.text.lower() not in TITLES else []
        return runs

    def full_name(self, name: str, offset: int) -> str:
        """The fullest form of a name the article uses, the one nearest before `offset`."""
        matches = self._fuller_forms(name)
        if not matches:
            return name
        return max(matches, key=lambda full: (self._last_use_before(full, offset), len(full)))

    def _fuller_forms(self, name: str) -> tuple[str, ...]:
        """The full names `name` may stand for: its own, one ending in it, one it starts (a
        first name alone), or else one whose surname is spelled nearly like it. Kept by name:
        the reading asks about the same few names hundreds of times."""
        if name not in self._forms:
            self._forms[name] = self._find_fuller_forms(name)
        return self._forms[name]

    def _find_fuller_forms(self, name: str) -> tuple[str, ...]:
        words = name.split()
        if not words:
            return ()
        matches = [full for full in self.full_names if full.endswith(" " + name) or full == name]
        if len(words) == 1:
            matches += [full for full in self.full_names if full.split()[0] == name and full not in matches]
        if not matches and len(words[-1]) >= 5:
            matches = [
                full for full in self.full_names
                if difflib.SequenceMatcher(None, full.split()[-1].lower(), words[-1].lower()).ratio() >= 0.85
            ]
        return tuple(matches)

    def _last_use_before(self, full: str, offset: int) -> int:
        text = self.reading.text
        at = text.rfind(full, 0, offset)
        if at >= 0:
            return at
        surname = full.split()[-1]
        at = text.rfind(surname, 0, offset)
        return at if at >= 0 else -len(text) + text.find(full)

    def known_surname(self, word: str) -> str | None:
        """A full name whose surname (or first name) is `word`, for a name the tagger missed."""
        for full in self.full_names:
            parts = full.split()
            if word in (parts[-1], parts[0]) and word[:1].isupper():
                return full
        return None

    # ------------------------------------------------------------ who a phrase is

    def speaker(self, head: int, offset: int) -> Speaker:
        """Who the noun phrase headed by token `head` is."""
        reading = self.reading
        token = reading.tokens[head]
        lower = token.text.lower()
        if token.pos == "PRON" and lower in ("he", "she", "him", "her"):
            other = FEMALE if lower in ("he", "him") else MALE
            fits = lambda s: s.kind == "person" and not (not s.named and other.search(s.description or ""))  # noqa: E731
            return self._last_in_view(offset, token.sentence, fits) or UNKNOWN
        if token.pos == "PRON" and lower in ("they", "them"):
            plural = lambda s: s.kind in PLURAL_KINDS or " and " in (s.name or "")  # noqa: E731
            found = self._last_in_view(offset, token.sentence, plural, anywhere=False)
            return found or self._plural_subject_before(token) or UNKNOWN
        if token.pos == "PRON" and lower == "it":
            return self._last_in_view(offset, token.sentence, lambda s: s.kind in ("organisation", "document")) or UNKNOWN
        if token.pos == "PRON" and lower in ("i", "we"):
            return Speaker(None, False, "the writer" if lower == "i" else "the writers", "writer")
        head = self._past_title(head)
        heads = [head] + [c for c in _conjuncts(reading, head)]
        speakers = [self._one(h, offset) for h in heads]
        first = speakers[0]
        if not first.named and first.kind == "person":
            # "the principal investigator, Gregory Cairncross", "American academic and professor
            # Marc Lamont Hill": a name read as a conjunct of its own role.
            for h, other in zip(heads[1:], speakers[1:]):
                before = reading.tokens[self._name_start(h) - 1]
                if other.named and other.kind == "person" and (
                        before.text == "," or before.lemma.lower() in ROLE_NOUNS or before.text.lower() in TITLES):
                    return Speaker(other.name, True, first.description or other.description, "person")
        if first.named and first.kind == "person":
            # "Ulrike Wieland, MD, of the University of Cologne, Germany, and Alexander Kreuter":
            # the second name hangs anywhere in the first one's phrase.
            for t in reading.subtree(head):
                if t != head and t not in heads and reading.tokens[t].dep == "conj" and reading.tokens[t].pos == "PROPN" \
                        and not _in_clause(reading, t, head):
                    other = self._one(t, offset)
                    if other.named and other.kind == "person" and other.name != first.name:
                        heads.append(t)
                        speakers.append(other)
        if len(speakers) == 1:
            return speakers[0]
        named = [s for s in speakers if s.named]
        if named and len(named) == len(speakers):
            kind = "people" if all(s.kind == "person" for s in speakers) else "organisation"
            return Speaker(" and ".join(s.name for s in speakers), True, "; ".join(s.description for s in speakers if s.description), kind)
        return speakers[0]

    def _past_title(self, head: int) -> int:
        """'Drs. Wieland and Kreuter' parsed with "Drs" as the subject: the name after it."""
        tokens = self.reading.tokens
        if tokens[head].text.lower().rstrip(".") not in TITLES:
            return head
        i = head + 1
        while i < len(tokens) and tokens[i].text == ".":
            i += 1
        while i + 1 < len(tokens) and tokens[i + 1].pos == "PROPN" and tokens[i].pos == "PROPN":
            i += 1
        return i if i < len(tokens) and tokens[i].pos == "PROPN" else head

    def _name_start(self, head: int) -> int:
        tokens = self.reading.tokens
        start = head
        while start > 0 and tokens[start - 1].pos == "PROPN" and tokens[start - 1].dep == "compound":
            start -= 1
        return start

    def _one(self, head: int, offset: int) -> Speaker:
        reading = self.reading
        tokens = reading.tokens
        words = noun_phrase(reading, head)
        text = reading.text[tokens[words[0]].start : tokens[words[-1]].end] if words else tokens[head].text
        person = self._person_in(words, head) or self._trailing_name(words, head)
        if person is not None:
            full = self.full_name(person, tokens[head].start)
            description = _short_of(_without(text, person), full) or self.roles.get(full, "")
            return Speaker(full, True, description, "person")
        token = tokens[head]
        lemma = token.lemma.lower()
        if len(words) == 1 and token.text.isupper() and token.text.isalpha() and len(token.text) > 1 \
                and token.text.lower() not in ROLE_NOUNS:
            return Speaker(self.spelt_out(token.text), True, "", "organisation")  # an acronym: "WHO say ..."
        if lemma in ROLE_NOUNS or token.text.lower().rstrip(".") in TITLES:
            # "Governor of Washington Chris Gregoire": a role with a name in its phrase.
            names = [e for e in reading.entities if e.label == "PERSON" and e.first in words and e.last in words]
            if names:
                name = clean_person_name(names[-1].text)
                full = self.full_name(name, token.start)
                return Speaker(full, True, _short_of(_without(text, names[-1].text), full) or self.roles.get(full, ""), "person")
        # "PC World's analysis", "the Home Office letter", "Cornyn's statement": the owner speaks.
        if lemma in DOCUMENT_NOUNS or token.text.lower() in DOCUMENT_NOUNS:
            for child in reading.children[head]:
                if tokens[child].dep in ("poss", "compound") and child < head:
                    owner = self._one(child, offset)
                    if owner.named:
                        return Speaker(owner.name, True, text, owner.kind)
            return Speaker(None, False, text, "document")
        # "the principal investigator, Gregory Cairncross": the name in apposition;
        # "the Internet security firm Secunia.com": the organisation's.
        for child in reading.children[head]:
            if tokens[child].dep == "appos" and child > head:
                named = self._person_in(noun_phrase(reading, child), child)
                if named is None and lemma in ROLE_NOUNS:
                    named = _capitalised_run(reading, child)
                if named:
                    full = self.full_name(named, tokens[child].start)
                    return Speaker(full, True, _short_of(_without(text, named), full) or self.roles.get(full, ""), "person")
                if token.pos == "NOUN" and tokens[child].pos == "PROPN" and tokens[child].ent in ("ORG", "", "PRODUCT"):
                    return Speaker(_capitalised_run(reading, child) or tokens[child].text, True, text, "organisation")
        # "A spokesman for the premier, Gareth Oduya, said": the parser hangs the name on "premier", but
        # the name after a role's "for"/"to" phrase is the role holder's (the premier would be "Premier Oduya").
        if lemma in ROLE_NOUNS:
            for prep in reading.children[head]:
                if tokens[prep].dep != "prep" or tokens[prep].text.lower() not in ("for", "to"):
                    continue
                for pobj in reading.children[prep]:
                    for child in reading.children[pobj]:
                        named = self._person_in(noun_phrase(reading, child), child) if tokens[child].dep == "appos" else None
                        if named and tokens[pobj].ent != "PERSON":
                            full = self.full_name(named, tokens[child].start)
                            return Speaker(full, True, _short_of(_without(text, named), full) or self.roles.get(full, ""), "person")
        first = tokens[words[0]].text.lower() if words else ""
        if token.ent == "NORP" or token.tag == "NNPS" and token.ent in ("", "NORP"):
            # "Republicans", "Democrats", "Americans": a group, not a named source.
            return Speaker(None, False, text, "group")
        if self._is_organisation(token, first):
            name = re.sub(r"^(?:the|The)\s+", "", text)
            name = re.sub(r"(?:’s|'s)$", "", name)
            acronym = name.split()[0]
            return Speaker(self.spelt_out(acronym) + name[len(acronym):], True, "", "organisation")
        plural = token.tag in ("NNS", "NNPS") or first in ("all", "many", "some", "several", "most", "both")
        if plural:
            return Speaker(None, False, text, "group")
        return Speaker(None, False, text, "person" if is_human(token) else "thing")

    def _is_organisation(self, token: Token, first: str) -> bool:
        if token.text.lower() in ROLE_NOUNS or token.lemma.lower() in ROLE_NOUNS or first in QUANTIFIERS:
            return False
        if token.ent in ("ORG", "GPE", "NORP", "FAC"):
            return True
        return token.pos == "PROPN" and token.text[:1].isupper()

    def _person_in(self, words: list[int], head: int) -> str | None:
        """A person's name in the phrase: a PERSON entity that holds the head, else a run of
        capitalised words at the head that the article names someone with."""
        reading = self.reading
        tokens = reading.tokens
        if not words:
            return None
        inside = set(words)
        for entity in reading.entities:
            if entity.label == "PERSON" and entity.first <= head <= entity.last and entity.first in inside:
                name = clean_person_name(entity.text)
                if _looks_like_name(name):
                    return name
        token = tokens[head]
        if token.ent not in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT") and token.text[:1].isupper() and not token.text.isupper():
            run = [head]
            while run[0] - 1 in inside and tokens[run[0] - 1].pos == "PROPN" and tokens[run[0] - 1].dep == "compound" \
                    and tokens[run[0] - 1].text.lower().rstrip(".") not in TITLES and tokens[run[0] - 1].text not in ORG_WORDS \
                    and (tokens[run[0] - 1].ent != "ORG" or tokens[run[0] - 1].text in self.person_words or token.text in self.person_words):
                run.insert(0, run[0] - 1)
            name = clean_person_name(reading.text[tokens[run[0]].start : tokens[run[-1]].end])
            if self.known_surname(name.split()[-1]) or self.full_name(name, token.start) != name or name in self.full_names:
                return name
            if token.ent == "PERSON" and _looks_like_name(name):
                return name
        return None

    def _trailing_name(self, words: list[int], head: int) -> str | None:
        """'Assistant Secretary of State ... Eliot Kang', 'Facebook co-founder Mark
        Zuckerberg': a role, then two or three capitalised words at the end of the phrase."""
        tokens = self.reading.tokens
        if not words or not any(tokens[w].lemma.lower() in ROLE_NOUNS or tokens[w].text.lower() in ROLE_NOUNS or
                                tokens[w].text.lower().rstrip(".") in TITLES for w in words):
            return None
        run = []
        for w in reversed(words):
            token = tokens[w]
            if token.pos == "PROPN" and token.text[:1].isupper() and token.text.isalpha() \
                    and token.text.lower() not in ROLE_NOUNS and token.ent not in ("ORG", "GPE"):
                run.insert(0, token)
                continue
            break
        if len(run) > 2 and run[-3].text not in self.person_words:
            run = run[-2:]  # "National Intelligence Tulsi Gabbard": the name is the last two words
        if not 2 <= len(run) <= 3 or run[0].i == words[0]:
            return None
        if any(t.text in ORG_WORDS for t in run):
            return None
        return " ".join(t.text for t in run)

    # ------------------------------------------------------------ who is in view

    def mentioned(self, speaker: Speaker, offset: int) -> None:
        """Remember a speaker, for the pronouns that follow."""
        token = self.reading.token_at(offset)
        sentence = token.sentence if token is not None else -1
        self.mentions.append(_Mention(offset, sentence, speaker, True, True))
        self.mentions.sort(key=lambda m: m.offset)

    def _last_in_view(self, offset: int, sentence: int, fits, anywhere: bool = True) -> Speaker | None:
        before = [m for m in self.mentions if m.offset < offset and fits(m.speaker)]
        # The nearest sentence that holds a candidate, and in it a speaker or someone
        # introduced with a role who is also a subject, then a subject, then anyone.
        for back in range(0, 3):
            pool = [m for m in before if m.sentence == sentence - back] if sentence >= 0 else []
            if pool:
                best = max(pool, key=lambda m: (m.salient and m.subject, m.subject, m.salient, m.offset))
                return best.speaker
        spoke = [m for m in before if m.salient]
        return spoke[-1].speaker if spoke and anywhere else None

    def _plural_subject_before(self, pronoun: Token) -> Speaker | None:
        """'Republican Senators ... They accept': the plural subject of the sentence before."""
        reading = self.reading
        for token in reversed(reading.tokens[: pronoun.i]):
            if token.sentence < pronoun.sentence - 1:
                break
            if token.dep in ("nsubj", "nsubjpass") and token.tag in ("NNS", "NNPS") and token.i != pronoun.i:
                return self._one(token.i, token.start)
        return None


def _in_clause(reading: Reading, token: int, head: int) -> bool:
    """Whether a token of a noun phrase stands in a clause of its own within it: "an analyst
    who covers both companies and rates Crestline" names no second speaker."""
    tokens = reading.tokens
    while token != head and tokens[token].head != token:
        token = tokens[token].head
        if token != head and tokens[token].pos in ("VERB", "AUX"):
            return True
    return False


def noun_phrase(reading: Reading, head: int) -> list[int]:
    """The tokens of the noun phrase headed by `head`, without its relative clauses,
    appositions, conjuncts and asides; a parenthesised acronym right after it stays."""
    tokens = reading.tokens
    drop = set()
    for child in reading.children[head]:
        dep = tokens[child].dep
        if child > head and dep in ("relcl", "appos", "conj", "cc", "advcl"):
            if dep == "appos" and tokens[child - 1].text == "(":
                continue  # "the Radiation Therapy Oncology Group (RTOG)"
            drop.update(reading.subtree(child))
        elif child > head and dep == "acl" and tokens[child].tag in ("VBN", "VBG") and tokens[child].text.lower() not in ("familiar", "briefed"):
            drop.update(reading.subtree(child))
    words = [t for t in reading.subtree(head) if t not in drop]
    result = []
    for t in words:
        if t > head and tokens[t].text in (",", "—", "–", ":", ";"):
            break
        result.append(t)
    if result and tokens[result[-1]].text != ")" and any(tokens[t].text == ")" for t in words if t > result[-1]):
        closing = next(t for t in words if t > result[-1] and tokens[t].text == ")")
        if tokens[result[-1] + 1].text == "(" and closing <= result[-1] + 4:
            result.extend(range(result[-1] + 1, closing + 1))
    while result and tokens[result[-1]].pos == "PUNCT" and tokens[result[-1]].text != ")":
        result.pop()
    while result and tokens[result[0]].pos in ("PUNCT", "CCONJ"):
        result.pop(0)
    return result


HUMAN_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "official", "expert")
# Common things whose names end like a person's: "the water", "an event", "the plant".
NOT_HUMAN = frozenset("water letter matter order number paper quarter sector error floor door winter summer center "
                      "plant event percent border power corner factor meter computer".split())


def is_human(token: Token) -> bool:
    """Whether an unnamed noun is a person ("a spokesman", "the researcher") rather than a
    thing ("the discovery"), so that "he" or "she" can point back to it."""
    lemma = token.lemma.lower()
    if lemma in DOCUMENT_NOUNS or lemma in NOT_HUMAN or lemma.endswith("ment"):
        return False  # "local government", "the department": no "she"
    return lemma in ROLE_NOUNS or lemma.endswith(HUMAN_ENDINGS)


def _described_by_copula(reading: Reading, head: Token) -> bool:
    """'John Mustard is a planetary expert at Brown': introduced with a role."""
    verb = reading.tokens[head.head]
    return verb.lemma == "be" and any(reading.tokens[c].dep == "attr" for c in reading.children[verb.i])


def _capitalised_run(reading: Reading, head: int) -> str | None:
    """The capitalised words that end at `head`, hyphens kept: 'Bong Young-shik'."""
    tokens = reading.tokens
    first = head
    while first > 0 and (tokens[first - 1].pos == "PROPN" or tokens[first - 1].text == "-" and tokens[first - 1].start == tokens[first].start - 1):
        first -= 1
    text = reading.text[tokens[first].start : tokens[head].end]
    return text if text[:1].isupper() else None


def _conjuncts(reading: Reading, head: int) -> list[int]:
    found = []
    for child in reading.children[head]:
        if reading.tokens[child].dep == "conj":
            found.append(child)
            found.extend(_conjuncts(reading, child))
    return found


def role_of(reading: Reading, first: int, last: int) -> str:
    """The role written around a name: 'DHS spokeswoman Tricia McLaughlin', 'Bruce Bennett,
    a Korea expert at RAND', 'the principal investigator, Gregory Cairncross'."""
    tokens = reading.tokens
    head = tokens[last]
    parts = []
    # A title inside the name's entity ("Minister John Baird") belongs to the role.
    while first < last and tokens[first].text.lower().rstrip(".") in TITLES | ROLE_NOUNS:
        first += 1
    before = [t for t in reading.subtree(head.i) if t < first and tokens[t].dep not in ("punct",)
              and tokens[t].pos not in ("ADV", "VERB", "AUX")]
    if before:
        words = reading.text[tokens[before[0]].start : tokens[first - 1].end] if first > before[0] else ""
        words = re.sub(r"^(?:the|a|an|another|one)\s+", "", words.strip(), flags=re.IGNORECASE)
        if words and any(w.lower().rstrip(".") in TITLES | ROLE_NOUNS for w in words.split()) \
                and not all(w.lower().rstrip(".") in HONORIFICS for w in words.split()):
            owner = re.search(r"\(([A-Z][A-Za-z&]{1,7})\)\s*$", reading.text[: tokens[before[0]].start])
            if owner and all(w[:1].isupper() for w in words.split()):
                words += f" of {owner.group(1)}"  # "... Persons (AARP) Policy Director": the parse left the body out
            parts.append(words)  # "Minister", "DHS spokeswoman"; not "Ms" or "Professor" alone
    appositive = False
    spans: list[list[int]] = []
    for child in reading.children[head.i]:
        if tokens[child].dep == "appos" and child > last:
            sub = reading.subtree(child)
            if spans and sub[0] == spans[-1][1] + 1:
                spans[-1][1] = sub[-1]  # "co-founder" parsed as three appositives: one role
            else:
                spans.append([sub[0], sub[-1]])
    for first_sub, last_sub in spans:
        parts.append(re.sub(r"^(?:the|a|an)\s+", "", reading.text[tokens[first_sub].start : tokens[last_sub].end], flags=re.IGNORECASE))
        appositive = True
    if not appositive:
        # "Cres Eastman, Director of the National Iodine Nutrition study, and ...": the role
        # after the comma, where the parse did not attach it to the name.
        after = APPOSITIVE.match(reading.text, head.end)
        if after and after.group(1).split()[0].lower().rstrip(".") in ROLE_NOUNS:
            parts.append(after.group(1))
    if head.dep == "appos" and head.head < first:
        governor = head.head
        prep = tokens[governor].head
        if tokens[governor].dep == "pobj" and tokens[prep].text.lower() in ("for", "to") \
                and tokens[tokens[prep].head].lemma.lower() in ROLE_NOUNS:
            governor = tokens[prep].head  # "a spokesman for the premier, Gareth Oduya": the spokesman's name
        sub = [t for t in reading.subtree(governor) if t < first and tokens[t].dep != "punct"]
        if sub:
            parts.append(re.sub(r"^(?:the|a|an)\s+", "", reading.text[tokens[sub[0]].start : tokens[sub[-1]].end].rstrip(" ,"), flags=re.IGNORECASE))
    # A long appositive keeps its first role: "Director of the ... study, and Chairman of ...".
    parts = [p.split(",")[0] if len(p.split()) > MAX_ROLE_WORDS else p for p in parts]
    role = "; ".join(p for p in parts if p)
    return role if len(role.split()) <= MAX_ROLE_WORDS else ""


def _short_of(role: str, full: str) -> str:
    """The role without the first names it ends in, where the tagger read only the surname
    as the person ("CEO of the Refugee Council Enver" + "Solomon")."""
    words = role.split()
    while words and words[-1] in full.split()[:-1]:
        words.pop()
    return " ".join(words) if len(words) < len(role.split()) else role


def _without(text: str, name: str) -> str:
    rest = text.replace(name, " ").strip(" ,")
    rest = re.sub(r"^(?:the|a|an)\s+", "", rest, flags=re.IGNORECASE)
    rest = re.sub(r"\s+(?:’s|'s)$", "", rest)
    if all(w.lower().rstrip(".") in TITLES for w in rest.split()):
        return ""  # "Dr.", "Professor": a title alone; "Interior Minister" is a role and stays whole
    return rest.strip(" ,")


def _looks_like_name(text: str) -> bool:
    return len(text) > 1 and text[:1].isupper() and not text.isupper()
