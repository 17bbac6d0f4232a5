"""What every question template shares: the article, what was read in it, and helpers
to word prompts and choices."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from functools import cached_property, lru_cache
from typing import NamedTuple

from quiz.core.domain import Article, Fact, Question, Sentence
from quiz.core.facts import ArticleFacts
from quiz.core.facts.common import DATELINE


class Candidate(NamedTuple):
    """A question a template offers, how much it is worth asking (0 to 1), and the point it
    tests: two candidates with the same point never both go in a pack."""

    question: Question
    worth: float
    point: str
    # Whether another question, in its own words, answers this one ("the Ministry's own
    # statement" beside "who published this text?"): then the two never share a pack.
    answered_by: Callable[[Question], bool] | None = None


Template = Callable[["Context"], Iterator[Candidate]]


class Speaker(NamedTuple):
    """A source as a student reads it: 'Tricia McLaughlin, a DHS spokeswoman' or 'an
    unnamed U.S. official'."""

    key: str  # one per person or group: the name, or the description
    label: str
    named: bool
    kind: str


class Context:
    """The article, its facts and the seeded random source one generation shares."""

    def __init__(self, article: Article, read: ArticleFacts, rng: random.Random):
        self.article = article
        self.facts = tuple(read.facts)
        self.kind = read.kind
        self.rng = rng
        self._by_kind: dict[str, list[Fact]] = {}
        for fact in self.facts:
            self._by_kind.setdefault(fact.kind, []).append(fact)

    def of_kind(self, kind: str, **where) -> list[Fact]:
        facts = self._by_kind.get(kind, [])
        return [f for f in facts if all(f.data.get(k) == v for k, v in where.items())] if where else facts

    def sentence(self, fact: Fact) -> str:
        return self.article.text[fact.data["sentence_start"] : fact.data["sentence_end"]]

    @cached_property
    def speakers(self) -> dict[str, Speaker]:
        """Every source that the article attributes a claim to, by key, in order of first use,
        each labelled with the best role the article gives it anywhere."""
        found: dict[str, Speaker] = {}
        roles: dict[str, list[str]] = {}
        for fact in self.of_kind("quote"):
            data = fact.data["speaker"]
            speaker = speaker_of(data)
            if speaker is None:
                continue
            found.setdefault(speaker.key, speaker)
            if speaker.named and speaker.kind == "person":
                roles.setdefault(speaker.key, []).append(data.get("description") or "")
        for key, descriptions in roles.items():
            role = best_role(descriptions)
            found[key] = found[key]._replace(label=f"{key}, {with_article(role)}" if role else key)
        return found

    def label(self, data: dict) -> str | None:
        """The label of the speaker a fact names, as `speakers` gives it."""
        speaker = speaker_of(data)
        if speaker is None:
            return None
        return self.speakers.get(speaker.key, speaker).label

    @cached_property
    def claims_by_speaker(self) -> dict[str, list[Fact]]:
        claims: dict[str, list[Fact]] = {}
        for fact in self.of_kind("quote"):
            speaker = speaker_of(fact.data["speaker"])
            if speaker is not None:
                claims.setdefault(speaker.key, []).append(fact)
        return claims

    def in_title(self, fact: Fact) -> bool:
        """Whether a fact stands in the headline, which is the article's voice, not a source's."""
        title = self.article.title
        start = fact.data.get("sentence_start", fact.start)
        return bool(title) and self.article.text[start : start + len(title)] == title and start < len(title) + 2

    def heads_article(self, sentence: Sentence) -> bool:
        """Whether a sentence is the headline or the dateline above the article's body."""
        title = " ".join(self.article.title.split()) if self.article.title else ""
        text = " ".join(sentence.text.split())
        return bool(title) and sentence.start < len(title) + 2 and text in title or bool(DATELINE.match(text))

    def speaks_for_itself(self, speaker: Speaker) -> bool:
        """A press release whose publisher is the speaker: its words are its own, not reported."""
        return self.kind.kind == "press-release" and speaker.kind == "organisation"

    def centrality(self, offset: int) -> float:
        """How central a passage is: 1 at the top of the article, falling to 0.8 at the end
        (news puts what matters first)."""
        return 1.0 - 0.2 * offset / max(1, len(self.article.text))


PRONOUN_WORDS = re.compile(r"\b(?:them|they|it|its|this|that|these|those|he|she|him|her|his|we|us|our|you|your|I|me|my)\b", re.IGNORECASE)


# "according to today's Washington Post": the day names the issue, not the outlet.
ISSUE_DAY = re.compile(r"^(?:today|yesterday|tonight|this (?:morning|week|month)|last (?:week|month)|"
                       r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\s+(?=[A-Z])", re.IGNORECASE)


def speaker_of(data: dict) -> Speaker | None:
    """A source as the questions name it; None for one a student could not identify from
    the words alone ("many of them", "the writer")."""
    return _speaker(data.get("kind"), data.get("name"), data.get("description"), bool(data.get("named")))


@lru_cache(maxsize=4096)  # templates ask for the same few sources hundreds of times an article
def _speaker(kind: str | None, name: str | None, description: str | None, named: bool) -> Speaker | None:
    if kind in ("unknown", "writer", "hearsay") or not (name or description):
        return None
    if not named and (PRONOUN_WORDS.search(description or "") or not _human(description)):
        return None  # "many of them", "Research", "All 156 men in the trial": not a source to name
    if named and PRONOUN_WORDS.match(name or ""):
        return None
    if kind == "thing":
        return None  # "the discovery suggests ...": evidence, not a source to name
    if named:
        name = ISSUE_DAY.sub("", name)
        role = best_role([description or ""]) if kind == "person" else ""
        label = f"{name}, {with_article(role)}" if role else name
        return Speaker(name, label, True, kind or "person")
    description = tidy_description(description)
    if not description:
        return None
    if kind in ("document", "thing"):
        label = re.sub(r"^(?:a|an)\s+", "the ", lower_first_word(description), flags=re.IGNORECASE)
        return Speaker(description.lower(), label, False, kind)
    return Speaker(description.lower(), unnamed_label(description), False, kind or "person")


def paragraph_span(text: str, at: int) -> tuple[int, int]:
    """Where the paragraph (the line of `text`) that holds `at` starts and ends."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, end if end >= 0 else len(text)


def voice_at(ctx: Context, offset: int) -> tuple[Fact, str | None] | None:
    """The interview turn or direct quotation that holds `offset`, with the person who
    speaks it: an answer's label, or a named person quoted directly; None as the person for
    a question, an answer labelled only "A:", or a quotation of no named person. None where
    neither holds `offset`."""
    for turn in ctx.of_kind("turn"):
        if turn.start <= offset < turn.end:
            name = turn.data["speaker"]
            asked = turn.data.get("question") or not name or name.upper() in ("Q", "A", "QUESTION", "ANSWER")
            return turn, None if asked else name
    for quote in ctx.of_kind("quote", direct=True):
        if quote.start <= offset < quote.end:
            speaker = speaker_of(quote.data["speaker"])
            return quote, speaker.key if speaker and speaker.named and speaker.kind == "person" else None
    return None


# A post inside some organisation, written as a title with no organisation: "Policy Director".
POST_WITHOUT_BODY = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}(?:Director|Manager|Officer|Executive|Coordinator|Analyst|Adviser|Advisor|"
                               r"Head|Chief|Spokes(?:man|woman|person)|Secretary|Counsel|Associate|Fellow)")


def _human(description: str) -> bool:
    """An unnamed source a student could picture: its last word is a person or people
    ("official", "spokesman", "people familiar with the plan")."""
    words = re.findall(r"[a-z]+", description.lower())
    head = re.findall(r"[a-z]+", re.split(r"\s(?:of|at|in|on|for|from|with|close|familiar|who|that)\s", description.lower())[0])
    return bool(words) and any(w.rstrip("s") in ROLE_WORDS or w in GROUP_WORDS for w in {*words[-4:], *head[-1:]})


# People a story can cite as a group, whom a student can picture ("staff at the planning office").
GROUP_WORDS = frozenset("people sources source officials diplomats residents witnesses critics experts analysts staff "
                        "bureaucrats employees workers lobbyists colleagues".split())


def plain_words(fact: Fact) -> list[str]:
    """The sentence's plain nouns and verbs (facts/__init__.py), for "which word" choices."""
    return list(fact.data.get("_plain_words") or [])


def best_role(descriptions: list[str]) -> str:
    """Of the roles the article gives a person, the shortest that names a role ("DHS
    spokeswoman", "Korea expert from the RAND Corporation"); "" when none does, or when
    one is only a post written as a title without its organisation ("Policy Director")."""
    good = []
    for description in descriptions:
        role = re.sub(r"^(?:M\.?D\.?|Ph\.?D\.?|R\.?N\.?)(?:,\s*)?", "", description.split(";")[0]).strip(" ,")
        role = " ".join(re.sub(r"^(?:the|a|an|another|one)\s+", "", role, flags=re.IGNORECASE).split())
        if len(role.split()) > 9 and "," in role:
            role = role.split(",")[0]  # "director of AARP, the lobby for ...": the role, not the aside
        words = [re.sub(r"(?:’s|'s)$", "", w.lower()).strip(".,") for w in role.split()]
        if POST_WITHOUT_BODY.fullmatch(role):
            continue  # "a Policy Director" says nothing without whose: better the name alone
        if 1 <= len(words) <= 9 and any(w in ROLE_WORDS for w in words) and not PRONOUN_WORDS.search(role):
            good.append(role)
    # A role that says whom the person works for ("policy director of AARP") before a
    # shorter one that does not ("a policy director"): the organisation tells who they are.
    return min(good, key=lambda role: (-_names_organisation(role), len(role))) if good else ""


def _names_organisation(role: str) -> int:
    """2 for a role at a named body ('policy director of AARP', 'Korea expert from the
    RAND Corporation'), 1 for a capitalised word before the role ('DHS spokeswoman',
    'Korea expert'), 0 for none ('policy director')."""
    if re.search(r"\b(?:of|at|for|from|with)\s+(?:the\s+)?[A-Z]", role):
        return 2
    return int(any(w[:1].isupper() and re.sub(r"(?:’s|'s)$", "", w.lower()).strip(".,") not in ROLE_WORDS
                   for w in role.split()))


# Titles before a name that one person holds in a place: "Mayor Lee Park" is the mayor.
ONE_OFFICE = frozenset("president mayor governor chancellor premier king queen chairman chairwoman chair speaker sheriff "
                       "superintendent principal commissioner".split())


def with_article(role: str) -> str:
    """'DHS spokeswoman' -> 'a DHS spokeswoman', 'U.S. senator' -> 'a U.S. senator';
    roles that name one office keep 'the'; 'for Food Standards ...' stays as it is."""
    if re.match(r"(?:a|an|the|his|her|their|its|of|for|at|from|with|in)\s", role, re.IGNORECASE):
        return role
    if len(role.split()) == 1 and role[:1].isupper():
        if role.lower() in ONE_OFFICE:
            return "the " + role  # "President": one office, "the President"
        return indefinite(role) + " " + role.lower()  # "Resident Carl Diaz", "Senator Ruiz": one of many
    if re.search(r"\b(?:of|at|for)\s+(?:the\s+)?[A-Z]", role) and re.match(
            r"(?:director|head|chair|chairman|president|chief|ceo|secretary|editor|founder|governor|principal)\b", role, re.IGNORECASE):
        return "the " + role
    if re.match(r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:’s|'s)\s", role):
        return role  # "AARP's policy director", "Greenfield Bank's chief economist"
    if re.match(r"[a-z][\w-]*(?:’s|'s)\s", role):
        return "the " + role  # "the company's chief operating officer", not "a company's ..."
    if re.search(r"(?:’s|'s)\s|\b(?:leader|president|prime minister|chancellor|king|queen|principal investigator|"
                 r"minister|secretary|governor|mayor|administrator|chief executive|ceo|chief \w+ officer|chief of staff|"
                 r"attorney general|solicitor general|surgeon general|chief justice|director[- ]general|secretary[- ]general|"
                 r"chair(?:man|woman|person)?|managing director|executive director)$", role, re.IGNORECASE) and role[:1].isupper():
        return "the " + role  # "North Korean leader", "Acme chief executive": one person holds the post
    return indefinite(role) + " " + role


def indefinite(word: str) -> str:
    """'a' or 'an', as the word is said: 'an expert', 'a U.S. official', 'a university'."""
    first = word.split()[0] if word.split() else ""
    if re.match(r"(?:U\.|US\b|Uni|Eu|One|Use|Usu)", first):
        return "a"
    if first[:1] in "AEIOUaeiou" or re.match(r"[FHLMNRSX](?:\.|[A-Z]|$)", first) and not _said_as_word(first):
        return "an"  # "an FBI agent", "an NHS doctor"
    return "a"


def _said_as_word(initials: str) -> bool:
    """Whether capitals are said as a word, not letter by letter: 'NASA', 'NATO' ('a NASA
    engineer') against 'NHS', 'FBI' ('an FBI agent')."""
    return bool(re.fullmatch(r"[A-Z][AEIOU][A-Z]{2,}", initials))


def tidy_description(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:")


def unnamed_label(description: str) -> str:
    """'A U.S. official' -> 'an unnamed U.S. official'; 'federal judges' -> 'unnamed federal judges'."""
    bare = re.sub(r"^(?:a|an|the|one)\s+", "", description, flags=re.IGNORECASE)
    if re.match(r"(?:some|many|several|two|three|four|five|six|seven|eight|nine|ten|\d+|all|most|nearly|other|a group)\b", bare, re.IGNORECASE):
        return lower_first_word(description)
    if re.match(r"(?:the\s+)?\w+(?:’s|'s)\s", description, re.IGNORECASE):
        return lower_first_word(description)  # "the report's authors": people the article points to, not hidden
    # The head noun: "lobbyists" in "lobbyists close to the governor", not "governor".
    head = re.split(r"\s(?:of|at|in|on|for|from|with|close|familiar|who|that|near|inside|around)\s", bare)[0]
    last = head.split()[-1].lower()
    if re.search(r"\bspokes(?:wo)?m[ae]n\b|\bspokesperson\b", bare, re.IGNORECASE) and len(bare.split()) > 1:
        return indefinite(bare) + " " + lower_first_word(bare)  # on the record for the body it names
    plural = last.endswith("s") and not last.endswith(("ss", "us")) or last in ("people", "men", "women", "children", "staff", "police")
    return f"unnamed {lower_first_word(bare)}" if plural else f"an unnamed {lower_first_word(bare)}"


def mid_sentence(label: str) -> str:
    """A speaker's label inside a sentence: 'An unnamed official' -> 'an unnamed official',
    'Two diplomats' -> 'two diplomats';
    a name or an organisation keeps its capital ('Donald J. Trump', 'Department of ...')."""
    first = label.split(" ", 1)[0]
    if first in COUNTS:  # "Two diplomats", not "Six Flags" or "Three Rivers Council"
        second = label.split(" ", 2)[1:2]
        return label[0].lower() + label[1:] if second and second[0][:1].islower() else label
    return label[0].lower() + label[1:] if first in ("A", "An", "The", "Unnamed", "Some", "Many", "Several") else label


# Counts that open a description of people, not a name: "Two diplomats", "Both officials".
COUNTS = ("Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Both", "Dozens", "Hundreds")


# Words that give a reason for what a sentence claims ("because ...", "which is why ..."):
# a claim with its reason beside it is not a bare claim.
REASON_WORDS = re.compile(r"\b(?:because|since|as a result|which is why|that is why|due to|thanks to)\b", re.IGNORECASE)
# Words too common to tie one passage to another: two sentences that share them need not
# speak of the same thing.
COMMON_WORDS = frozenset("have been that this with from they were will what your their there about would could should "
                         "which when where more most some very just also only into over than them then these those "
                         "after said says other while first last year years".split())
_COMMON_STEMS = frozenset(w[:5] for w in COMMON_WORDS)


def stems(text: str) -> set[str]:
    """The words of `text` that carry its content, cut to their first five letters, so that
    "Russians" and "Russian" are one: enough to see two passages speak of the same thing."""
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", text)} - _COMMON_STEMS


def lower_first_word(text: str) -> str:
    first = text.split()[0] if text.split() else ""
    if first and not first.isupper() and not (len(first) > 1 and first[1:].lower() != first[1:]):
        return text[:1].lower() + text[1:]
    return text


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def or_list(items: list[str], word: str = "or") -> str:
    """'A, B or C'; with word="and", 'A, B and C'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + f" {word} " + items[-1]


def plural(noun: str) -> str:
    """"candidates", "parties", "responses", "people": the plural of a count noun."""
    if noun == "person":
        return "people"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


# The last word of a body's name ("Irving ISD", "the Police Department"): before "and", it
# ends one name, where "the Food" of "the Food and Drug Administration" begins one.
BODY_END = re.compile(r"(?:\b[A-Z]{2,}|\b(?:Department|Ministry|Council|Agency|Office|Company|Corporation|University|"
                      r"Commission|Authority|Service|Board|Trust|Association|Foundation|Bank|Police|District|Court|"
                      r"Government|Administration|Bureau|Institute|Hospital|Party))$")


def possessive(name: str) -> str:
    """"the Department of State's", but "the United States'"; of two bodies joined by "and",
    each its own: "Irving ISD's and the Irving Police Department's", never "Irving ISD and
    Irving Police Department's". A name that joins words inside one body ("the Department of
    Health and Human Services", "the Food and Drug Administration") is one name, and two
    people share one: "Ulrike Wieland and Alexander Kreuter's case"."""
    parts = name.split(" and ")
    if len(parts) == 2 and " of " not in parts[0] and len(parts[1].split()) >= 2 and BODY_END.search(parts[0]):
        return f"{possessive(parts[0])} and {possessive(parts[1])}"
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def shuffled(rng: random.Random, answer: str, distractors: list[str]) -> tuple[str, ...]:
    """The answer among its distractors in a seeded random order; repeats are dropped."""
    choices = list(dict.fromkeys([answer, *distractors]))
    rng.shuffle(choices)
    return tuple(choices)


def slugify(text: str, limit: int = 40) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "item"


def quoted(text: str) -> str:
    """Text in curly quotation marks; quotation marks inside it become single ones, so a
    student never meets doubled marks."""
    text = text.strip()
    text = re.sub(r"^[“\"]|[”\"]$", "", text)
    text = text.replace("“", "‘").replace("”", "’").replace('"', "’")
    return f"“{text}”"


def with_quotation(text: str) -> str:
    """A sentence that holds a quotation, in curly marks, its quotation in single ones,
    straight marks paired as opening and closing: '“Cuts hurt,” said Ann.' ->
    '“‘Cuts hurt,’ said Ann.”' (quoted() takes a leading mark for the whole passage's). A
    mark whose partner stands in another sentence is left out, so none is left unclosed."""
    marks = []  # (offset, opens)
    straight_open = True
    for match in re.finditer(r'[“”"]', text):
        mark = match.group()
        opens = mark == "“" or mark == '"' and straight_open
        if mark == '"':
            straight_open = not straight_open
        marks.append((match.start(), opens))
    paired: dict[int, str] = {}
    opened = None
    for offset, opens in marks:
        if opens:
            opened = offset
        elif opened is not None:
            paired[opened], paired[offset] = "‘", "’"
            opened = None
    inner = "".join(paired.get(i, "" if ch in "“”\"" else ch) for i, ch in enumerate(text))
    return f"“{inner.strip()}”"


# A comma that closes an aside ("The expansion, which would add four lanes,"): cut there,
# the subject is left without its verb.
CLOSES_ASIDE = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,;:]*,$", re.IGNORECASE)


def clip(text: str, words: int = 24) -> str:
    """At most `words` words, cut at a word and marked with an ellipsis; a whole sentence
    or clause of that length or less is left whole."""
    text = " ".join(text.split())
    parts = text.split()
    if len(parts) <= words:
        return text
    # End at a comma, semicolon or dash in the second half of the cut, or a little after
    # it; with none, the whole text: a phrase cut in the middle ("in a …") reads as broken.
    for end in (*range(words, words // 2, -1), *range(words + 1, min(len(parts), words * 3 // 2))):
        if parts[end - 1].endswith((",", ";", ":")) or parts[end:end + 1] in (["—"], ["–"]):
            kept = " ".join(parts[:end])
            if not CLOSES_ASIDE.search(kept):
                return kept.rstrip(",;:—– ") + " …"
    return text


def claim_text(text: str, words: int = 24) -> str:
    """A claim as a choice: clipped, its first letter capitalised, no closing full stop."""
    return capitalise(clip(text.strip().rstrip("."), words))


ROLE_WORDS = frozenset(
    """
    spokeswoman spokesman spokesperson official expert analyst economist researcher scientist author
    editor reporter correspondent lawyer attorney adviser advisor aide manager executive head founder
    member curator instructor student doctor physician nurse investigator critic director professor
    president minister secretary senator governor mayor judge chair chairman chairwoman administrator
    commissioner ambassador general officer leader chief ceo cfo coo treasurer mp representative
    candidate nominee campaigner activist teacher coach captain player major sheriff superintendent
    envoy deputy engineer designer chancellor premier spokesperson major
    resident owner farmer worker parent patient veteran volunteer survivor
    """.split()
)
# Kinds in which the writer's own voice reports or explains: a news report, a wire story, a
# release, the report of a study, an explainer. There a judging or loaded word slips a view
# into what is told as fact.
REPORT_KINDS = ("news", "wire", "press-release", "study", "explainer")
LABEL = re.compile(r"^(?:Q|A|[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,2}):\s+")


def display(sentence: str) -> str:
    """A sentence as a prompt shows it: without the speaker's label of an interview
    ("Robert Sarvis: ...") or the bullet of a list item ("- Fund ...") that opens its paragraph."""
    return BULLET.sub("", LABEL.sub("", sentence, count=1), count=1)


BULLET = re.compile(r"^\s*[-•*–]\s+(?=\S)")


def voice_of(fact: Fact) -> str:
    """Whose voice a sentence is in: 'the writer' or the person answering in an interview."""
    voice = fact.data.get("voice") or "writer"
    return "the writer" if voice == "writer" else voice


CLAIM_VERBS = ("say", "according", "continued", "phrase")


def is_claim(fact: Fact) -> bool:
    """A quote or a reported statement that reads as a claim on its own: direct words, or
    a clause after "said" or "according to", not "confirmed the request" or "calling it"."""
    if fact.data.get("verb_kind") not in CLAIM_VERBS and not fact.data.get("direct"):
        return False
    first = fact.text.split()[0] if fact.text.split() else ""
    if fact.text.rstrip(" ”\"’").endswith("?"):
        return False  # a question asks; it claims nothing
    return not (first.islower() and first.endswith(("ing", "ed")) or first == "to") and len(fact.text.split()) >= 5


# "this" and "those" that point back, not "this week" or "those of us who".
_POINTS_BACK = r"(?:this|that|these|those)\b(?!\s+(?:of|who|which|year|week|month|morning|afternoon|evening|time)\b)"
PERSON_START = re.compile(rf"^(?:he|she|they|his|her|their)\b|^{_POINTS_BACK}", re.IGNORECASE)
PRONOUN_START = re.compile(rf"^(?:he|she|they|it|his|her|their|its|we|i)\b|^{_POINTS_BACK}", re.IGNORECASE)
BACK_REFERENCE = re.compile(rf"^(?:at|in|on|from|for|with|by|of|after|before|during|to|under)\s+{_POINTS_BACK}", re.IGNORECASE)
# "… approaches,’ they argued": the speaker of a quotation is only a pronoun.
TAG_PRONOUN = re.compile(r"[’”\"],?\s+(?:he|she|they)\s+\w+(?:ed|s)\b")
# Words that open a sentence leaning on the one before: "But when he returned ...".
OPENERS = re.compile(r"^(?:(?:but|and|so|yet|or|because|if|when|although|though|while|as|then|also|still|however|now)\b,?\s+)+",
                     re.IGNORECASE)
# "The largest, $6.2 million, will ...", "The other, in Leeds, ...": a rank or a part with no noun,
# which names what it ranks only in the sentence before. A short list, not every word in "-est":
# "The priest, ...", "The Midwest, ..." are nouns.
BARE_RANK = re.compile(r"^(?:the|its|their)\s+(?:largest|biggest|smallest|highest|lowest|oldest|newest|youngest|latest|"
                       r"earliest|greatest|longest|shortest|best|worst|first|second|third|fourth|fifth|last|other|"
                       r"latter|former|rest|(?:most|least) [a-z]+)(?:\s+(?:one|two|three|four|five))?\s*,", re.IGNORECASE)
THIRD_PERSON = re.compile(r"\b(?:he|she|they|him|her|them|his|their)\b")
# "discovering large amounts of it on Mars", "its launch": an "it" that is no dummy subject
# ("it is time") stands for a thing, which must be named before it.
THING_PRONOUN = re.compile(r"\b(?:of|about)\s+it\b")
INNER_QUOTE = re.compile(r"[“\"‘][^”\"’]*[”\"’]")
NOT_A_NAME = frozenset("But And So Yet Or Because If When Although Though While As Then Also Still However Now The A An "
                       "In On At By For From With After Before During Under Based Let Who What Why How".split())


# Words that open a sentence with a capital but name no one ("Outside the town she ...").
NAMES_NO_ONE = NOT_A_NAME | frozenset("""Outside Inside Over Through Across Among Despite Without Within Along Around Near
    Once Since Until Later Earlier Today Yesterday Last Next Back Instead Meanwhile Soon Here There This That These Those
    His Her Their Its Our Like Unlike Of To Into Every Each Both All Many Some Most Few It What We I""".split())


def named_before(text: str, end: int) -> bool:
    """Whether a name stands in `text` before `end` ("Ann Lee said she ..."), not only a
    capital that opens the sentence: where a "she" or "his" at `end` has its person."""
    return any(w not in NAMES_NO_ONE for w in re.findall(r"\b[A-Z][\w’'-]*", text[:end]))


def self_contained(text: str, strict: bool = True) -> bool:
    """Whether a passage can be shown alone: it is not a relative clause ("Which as we all
    know ..."), it does not open on "this", "at this site" or "the largest," meaning something said before,
    and a "he", "they", "its" or "of it" outside its quotation marks has someone or something before it to stand for
    ("Kim said he ...", "the researchers said they ..."), not a person named in another
    sentence ("... ,’ they argued"). Not `strict`, a passage may open on "it", "we" or "I"
    ("It is time to ...", a speaker's own words)."""
    opening = text.strip(" “\"‘")
    if re.match(r"(?:which|whom|whose)\b", opening, re.IGNORECASE):
        return False
    leading = PRONOUN_START if strict else PERSON_START
    bare = OPENERS.sub("", opening)
    if leading.match(bare) or BACK_REFERENCE.match(bare) or BARE_RANK.match(bare):
        return False
    if TAG_PRONOUN.search(text):
        return False
    outside = INNER_QUOTE.sub(" ", text.strip())
    pronoun = min((m for m in (THIRD_PERSON.search(outside), THING_PRONOUN.search(outside)) if m),
                  key=lambda m: m.start(), default=None)
    if pronoun is None:
        return True
    before = outside[: pronoun.start()]
    # Not an opening "Speaking" or "Discovering": a verb or adverb capitalised by its place, no name.
    names = [w for w in re.findall(r"\b[A-Z][\w’'-]*", before) if w not in NOT_A_NAME
             and not (before.lstrip(" “\"‘").startswith(w) and re.search(r"(?:ing|ly)$", w)
                      and re.match(rf"{re.escape(w)}\s+(?!(?:said|says|told|added|wrote)\b)[a-z]", before.lstrip(" “\"‘")))]
    return bool(names or re.search(r"\b(?:the|a|an|this|these|each|every)\s+\w+", before, re.IGNORECASE))


def choice(ctx: Context, answer: str, distractors: list[str], rng: random.Random | None = None, **fields) -> Question:
    """A multiple-choice question: the answer among the distractors, in the order the
    generation's seeded random source gives them (or `rng`, where a template keeps its own)."""
    return Question(type="choice", choices=shuffled(rng or ctx.rng, answer, distractors), answer=answer, **fields)


def candidate(question: Question, worth: float, point: str) -> Iterator[Candidate]:
    yield Candidate(question, worth, point)


__all__ = ["Candidate", "Context", "Speaker", "Template", "capitalise", "choice", "claim_text", "clip", "quoted", "shuffled", "slugify"]


def body_as_written(text: str, name: str) -> str:
    """A body's name as the article writes it, with its "the" where the article gives one:
    "the Food and Drink Federation", "FairVote"."""
    return f"the {name}" if re.search(rf"\b[Tt]he {re.escape(name)}\b", text) else name


NUMBER_WORDS = frozenset("two three four five six seven eight nine ten several both dozens many".split())


def several_people(description: str) -> bool:
    """Whether an unnamed source is several people: "two diplomats", "officials", "the
    researchers", "staff at the hospital"; not "a sales manager" or "the chief of police"."""
    words = description.lower().split()
    if not words or words[0] in ("a", "an", "one"):
        return False  # "a person familiar with the talks", "an official at the Ministry of Foreign Affairs"
    # The head noun comes before "at", "from", "with", "of" ...: "officials at the ministry".
    head = re.split(r"\s+(?:at|from|with|of|in|on|for|who|close|familiar)\s+", " ".join(words), maxsplit=1)[0].split()
    return (words[0] in NUMBER_WORDS or head[-1] in ("people", "police", "men", "women", "staff", "crew", "public")
            or head[-1].endswith("s") and not head[-1].endswith(("ss", "is", "'s", "’s")))
