"""Loaded language: speech verbs that judge the speaker ("claimed", "boasted") where the
writer could have written "said"; charged and evaluative words in the writer's own voice,
with a neutral word for the same thing; and words the writer puts in quotation marks as
someone else's ("an “invasion”"), with whose word it is.

Only words outside quotation marks and outside reported speech count as the writer's:
inside them, they are the speaker's.
"""

from __future__ import annotations

from quiz.core.domain import Fact
from quiz.core.facts.attribution import Claim, QUOTE
from quiz.core.facts.people import People
from quiz.core.reading import Reading

# Speech verbs that say something about the speaker, and what they suggest.
JUDGING_VERBS = {
    "claim": "the writer signals that the statement may not be true",
    "allege": "it is an accusation that has not been proved",
    "admit": "the speaker owned up to something awkward or embarrassing",
    "concede": "the speaker gave ground, as if losing an argument",
    "confess": "the speaker owned up to a wrongdoing",
    "insist": "others doubt it, and the speaker keeps saying it anyway",
    "boast": "the speaker is showing off",
    "brag": "the speaker is showing off",
    "tout": "the speaker is promoting something, as a seller would",
    "trumpet": "the speaker is promoting something loudly",
    "slam": "a dramatic word for criticised, which makes the criticism sound harsh",
    "blast": "a dramatic word for criticised, which makes the criticism sound harsh",
    "lambast": "a dramatic word for criticised, which makes the criticism sound harsh",
    "decry": "the speaker condemned it strongly",
    "rant": "the speaker is angry and unreasonable",
    "scoff": "the speaker mocked the idea",
    "complain": "the speaker is unhappy, perhaps without good reason",
    "grumble": "the speaker is unhappy, perhaps without good reason",
    "vow": "a solemn promise, stronger than said",
}
NEUTRAL_VERB = "said"
# Charged or evaluative words in the writer's own voice, and a neutral word for each
# ("" where only leaving the word out is neutral).
CHARGED = {
    "massive": "large", "massively": "greatly", "huge": "large", "enormous": "large",
    "slash": "cut", "skyrocket": "rise", "soar": "rise", "plummet": "fall", "plunge": "fall",
    "collapse": "fall", "devastating": "serious", "disastrous": "harmful",
    "catastrophic": "serious", "radical": "major", "draconian": "strict",
    "crackdown": "enforcement", "regime": "government", "so-called": "",
    "controversial": "", "embattled": "", "notorious": "", "shocking": "", "stunning": "",
    "staggering": "large", "alarming": "", "troubling": "", "unprecedented": "new",
    "landmark": "", "sweeping": "broad", "relentless": "continued",
    "decisive": "", "decisively": "", "extraordinary": "", "remarkable": "", "impressive": "",
    "tirelessly": "", "tireless": "", "scarred": "affected", "invasion": "arrival",
    "invaders": "migrants", "aliens": "immigrants", "swarm": "group",
    "horde": "group", "thugs": "people", "mob": "crowd", "hoax": "", "propaganda": "",
    "onslaught": "", "chaos": "disorder", "brutal": "harsh", "vicious": "", "heroic": "",
    "disgraceful": "", "outrageous": "", "ridiculous": "", "absurd": "", "reckless": "",
    "rigged": "", "lavish": "", "bloated": "large", "wasteful": "",
    "bombshell": "", "explosive": "", "unmatched": "",
    "dramatic": "large", "dramatically": "greatly", "crucial": "important", "robust": "strong",
    "sharply": "", "surge": "rise", "spree": "series",
    "handouts": "benefits", "bailout": "rescue", "cronies": "associates", "elites": "",
    "bold": "", "brave": "", "valiant": "", "common-sense": "", "unfair": "",
}
# Verbs that give something a name: the quoted word is the subject's ("called it an “invasion”").
NAMING_VERBS = frozenset("call describe dub term label brand name characterize characterise refer".split())
MAX_SCARE_WORDS = 4


def extract_loaded(reading: Reading, claims: list[Claim], people: People) -> list[Fact]:
    facts: list[Fact] = []
    text = reading.text
    quotes = [(m.start(), m.end()) for m in QUOTE.finditer(text)]
    reported = [(c.start, c.end) for c in claims]

    def writers(offset: int) -> bool:
        return not any(s <= offset < e for s, e in quotes) and not any(s <= offset < e for s, e in reported)

    for claim in claims:
        verb = _verb_token(reading, claim)
        if verb is None or verb.lemma.lower() not in JUDGING_VERBS or not writers(verb.start):
            continue
        if claim.verb_kind not in ("say",) and not claim.direct:
            continue  # "conceded a penalty", "admitted to hospital": no words attributed
        sentence = reading.article.sentence_at(verb.start)
        facts.append(_fact(reading, verb.start, verb.end, sentence, "speech-verb", word=verb.text,
                           meaning=JUDGING_VERBS[verb.lemma.lower()], neutral=NEUTRAL_VERB,
                           speaker=claim.speaker.as_dict(), claim_start=claim.start, claim_end=claim.end))
    for token in reading.tokens:
        lemma = token.lemma.lower()
        word = token.text.lower()
        key = word if word in CHARGED else lemma if lemma in CHARGED else None
        if key is None or token.pos not in ("ADJ", "ADV", "VERB", "NOUN") or not writers(token.start):
            continue
        if token.sentence < 0:
            continue
        sentence = reading.article.sentences[token.sentence]
        facts.append(_fact(reading, token.start, token.end, sentence, "charged", word=token.text,
                           neutral=CHARGED[key] or None))
    for start, end in quotes:
        inner = text[start + 1 : end - 1].strip()
        if not inner or len(inner.split()) > MAX_SCARE_WORDS or not _in_sentence(reading, start):
            continue
        owner = _owner(reading, start, end, people)
        sentence = reading.article.sentence_at(start + 1)
        if sentence is None:
            continue
        facts.append(_fact(reading, start, end, sentence, "scare-quote", word=inner,
                           owner=owner.as_dict() if owner is not None else None))
    return facts


def _fact(reading: Reading, start: int, end: int, sentence, kind: str, **data) -> Fact:
    return Fact(kind="loaded", start=start, end=end, text=reading.text[start:end],
                data={"loaded_kind": kind, "sentence_start": sentence.start, "sentence_end": sentence.end, **data})


def _verb_token(reading: Reading, claim: Claim):
    """The token of the verb that attributes a claim, found near the claim."""
    if not claim.verb:
        return None
    sentence = reading.article.sentence_at(claim.start)
    if sentence is None:
        return None
    index = reading.article.sentences.index(sentence)
    candidates = [t for t in reading.sentence_tokens(index) if t.text == claim.verb]
    return min(candidates, key=lambda t: abs(t.start - claim.start)) if candidates else None


def _in_sentence(reading: Reading, start: int) -> bool:
    """A short quotation inside a longer sentence of the writer's, not a quotation alone."""
    sentence = reading.article.sentence_at(start + 1)
    return sentence is not None and len(sentence.text) > 3 * MAX_SCARE_WORDS * 6


def _owner(reading: Reading, start: int, end: int, people: People):
    """Whose word a quoted term is: the subject of the verb that names or reports it."""
    from quiz.core.facts.attribution import subject_of

    tokens = reading.tokens
    inside = [t.i for t in reading.tokens_in(start, end)]
    if not inside:
        return None
    node = tokens[inside[0]]
    for _ in range(6):
        if node.head == node.i:
            break
        node = tokens[node.head]
        if node.i in inside:
            continue
        if node.pos == "VERB" and (node.lemma.lower() in NAMING_VERBS or node.lemma.lower() in JUDGING_VERBS
                                   or node.lemma.lower() in ("say", "tell", "write")):
            who = subject_of(reading, node.i)
            if who is not None:
                speaker = people.speaker(who, node.start)
                return speaker if speaker.named or speaker.description else None
    return None
