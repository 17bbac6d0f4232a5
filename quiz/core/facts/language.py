"""Loaded language: speech verbs that judge the speaker ("claimed", "boasted") where the
writer could have written "said"; charged and evaluative words in the writer's own voice,
with a neutral word for the same thing; and words the writer puts in quotation marks as
someone else's ("an “invasion”"), with whose word it is.

Only words outside quotation marks and outside reported speech count as the writer's:
inside them, they are the speaker's.
"""

from __future__ import annotations

import re

from quiz.core.domain import Fact
from quiz.core.facts.attribution import Claim, QUOTE
from quiz.core.facts.common import MONTH_NAMES
from quiz.core.facts.people import People
from quiz.core.reading import Reading

# Speech verbs that say something about the speaker, by what they suggest; verbs of one
# family suggest much the same, so one never stands as a wrong choice for another.
VERB_FAMILIES = {
    "owned up": ("admit concede confess acknowledge".split(),
                 "it was an awkward truth, owned up to rather than simply stated"),
    "doubt": ("claim allege purport".split(), "the words may not be true, and whoever reports them does not vouch for them"),
    "insist": ("insist assert maintain".split(), "the words were stated firmly, against doubt"),
    "show off": ("boast brag tout trumpet gloat".split(), "the words were showing off or selling something"),
    "attack": ("slam blast lambast decry".split(), "the words were a harsh attack on someone, not a calm statement"),
    "grievance": ("complain grumble rant fume".split(), "the words were a complaint, which makes the point sound like a grievance"),
    "mock": ("scoff sneer".split(), "the idea was mocked, not answered"),
    "danger": ("warn caution".split(), "the speaker sees a risk or a reason for care, and the verb asks readers to take it seriously"),
    "case": ("argue contend".split(), "it is one side's case, put forward to persuade, not a settled fact"),
    "denial": ("deny dispute reject dismiss".split(), "someone had said otherwise, and the speaker rejects it"),
    # Verbs that vouch: the writer gives the words as true, not only as what someone said.
    "vouch": ("confirm".split(), "the words are true and settle something that was in doubt or only reported before"),
    "news": ("reveal disclose".split(), "the words are true and bring out something that was hidden or unknown before"),
    "commit": ("promise pledge vow".split(), "the speaker bound themselves to do something that has not happened yet"),
    "press": ("urge".split(), "the speaker was pressing others to act, not only giving a view"),
    "answer": ("defend".split(), "what the speaker did or said had been criticised, and the words answer that"),
    "declare": ("declare proclaim".split(), "the words were stated formally and with authority, as if they settled the matter"),
}
# Not asked (round 15 of the independent review): "noted" and "pointed out", which writers
# use as plain "said"; "doubts", where "said" would turn the meaning round.
JUDGING_VERBS = {verb: meaning for verbs, meaning in VERB_FAMILIES.values() for verb in verbs}
# Families whose meanings overlap: to insist is also to deny a doubt or to press a case, and
# to claim is to put one's case, and a writer may say "asserted" of words it does not vouch
# for. A verb of one is never asked beside the meaning of the other.
CLOSE_FAMILIES = ({"insist", "case"}, {"insist", "denial"}, {"doubt", "case"}, {"insist", "doubt"}, {"declare", "insist"},
                  {"declare", "doubt"}, {"declare", "case"}, {"vouch", "news"}, {"vouch", "owned up"}, {"news", "owned up"},
                  {"vouch", "declare"}, {"commit", "insist"}, {"commit", "declare"}, {"press", "danger"}, {"press", "case"},
                  {"answer", "denial"}, {"answer", "insist"}, {"answer", "case"}, {"answer", "attack"},
                  # Not opposites either: a release's "confirms" may well be one side's case.
                  {"vouch", "case"}, {"vouch", "doubt"}, {"news", "case"}, {"news", "doubt"})
NEUTRAL_VERB = "said"
# Loaded words in the writer's own voice, which a teacher would point to, and the neutral
# word for each ("" where only leaving the word out is neutral).
LOADED = {
    "slash": "cut", "skyrocket": "rise", "soar": "rise", "plummet": "fall", "plunge": "fall", "collapsing": "falling",
    "disastrous": "", "draconian": "strict",
    "crackdown": "enforcement", "regime": "government", "so-called": "",
    "controversial": "", "embattled": "", "notorious": "", "shocking": "", "stunning": "",
    "staggering": "", "alarming": "", "troubling": "", "unprecedented": "",
    "relentless": "continued", "decisive": "", "decisively": "", "extraordinary": "", "remarkable": "",
    "impressive": "", "tirelessly": "", "tireless": "", "scarred": "affected", "invasion": "",
    "invaders": "migrants", "aliens": "immigrants", "swarm": "group",
    "horde": "group", "thugs": "", "mob": "crowd", "hoax": "", "propaganda": "",
    "onslaught": "", "chaos": "", "brutal": "", "vicious": "", "heroic": "",
    "disgraceful": "", "outrageous": "", "ridiculous": "", "absurd": "", "reckless": "",
    "rigged": "", "lavish": "", "bloated": "", "wasteful": "", "bombshell": "", "unmatched": "",
    "spree": "series", "handouts": "benefits", "bailout": "", "cronies": "associates", "elites": "",
    "bold": "", "brave": "", "valiant": "", "common-sense": "", "unfair": "",
    "antiquated": "old", "sham": "", "nonsense": "", "obliterated": "destroyed", "squander": "spend",
    "affront": "", "misguided": "", "disgrace": "", "egregious": "", "despicable": "",
    "scandalous": "", "extremist": "", "lawless": "", "cowardly": "", "callous": "", "heartless": "", "greedy": "",
    "atrocious": "", "brazen": "", "ruthless": "", "sinister": "", "vile": "", "historic": "",
    "crippling": "", "fiasco": "", "debacle": "", "hardline": "",
    # The praise of press releases and campaigns, of one's own work.
    "groundbreaking": "new", "transformational": "", "transformative": "", "unwavering": "", "steadfast": "",
    "stellar": "", "exceptional": "", "visionary": "",
}
# Words that judge a little but read as ordinary in news ("a crucial role", "dramatically
# higher"), have a literal sense ("collapsed buildings", "storm surge") or fairly describe
# a disaster or a disease ("devastating earthquakes"): the writer's
# voice has them (voice.py), but a question never asks for them as loaded.
MILD = frozenset(
    "massive massively huge enormous dramatic dramatically crucial robust sharply surge collapse landmark sweeping "
    "radical explosive devastating catastrophic horrific terrifying".split()
)
CHARGED = {**dict.fromkeys(MILD, ""), **LOADED}
# Of these, the words that fairly describe a disaster: a loaded word beside them ("an
# unprecedented response to the devastating earthquake") is asked, passing over them.
OF_A_DISASTER = frozenset("devastating catastrophic horrific terrifying".split())
# Nouns that paint a thing as a suffering or a wrong ("an economic affliction", "the
# terror of rising prices", "cronyism"): the stuff of persuasion in a speech, an interview
# or an opinion piece, where they are asked; a report may use them of real suffering, so
# they are marked `persuading` and never asked there. Each with a plainer word, or "".
PERSUADING = {
    "affliction": "problem", "misery": "hardship", "scourge": "problem", "nightmare": "problem",
    "cronyism": "favours to friends", "tyranny": "", "betrayal": "", "terror": "fear", "carnage": "", "hypocrisy": "",
}
# Of these, the words that paint suffering: an expert who answers questions about a disaster
# may use them as fair description, so an interview is not asked about them.
SUFFERING = frozenset("affliction misery scourge nightmare terror carnage".split())
# Loaded only when they speak of a figure or a measure ("prices soared", not "the plane soared").
CHANGE_VERBS = frozenset("slash skyrocket soar plummet plunge collapsing".split())
MEASURES = frozenset(
    """
    price cost rate number figure share sale profit revenue income wage pay budget spending tax debt deficit stock
    value crime murder homicide death case unemployment inflation temperature level count total score poll support
    enrolment enrollment attendance growth output demand supply population
    """.split()
)
# Nouns that judge ("courage", "progress", "wounds" as a figure of speech), and nouns of
# conflict or of things growing worse ("a major escalation", "a backlash"), which paint
# what happened as much as name it: never offered as a word that only names a thing.
JUDGING_NOUNS = frozenset(
    """
    courage bravery heroism success failure progress achievement triumph victory disaster tragedy crisis threat
    danger hope fear misery suffering indignity dignity justice injustice freedom liberty greatness strength
    weakness shame pride glory honour honor promise promises scandal outrage abuse corruption greed wound wounds
    healing values legacy miracle bulwark bounty affliction burden terror evil hero heroes villain victims attack
    principle principles integrity
    assault war betrayal
    escalation clash showdown battle fight blow offensive siege backlash turmoil upheaval meltdown setback feud
    force forces violence aggression might raid raids
    """.split()  # the last line: nouns of force, which a reader can fairly call loaded
)
# Old places that "historic" names rather than praises ("the historic district").
PLACES = frozenset("district site building home house church landmark centre center town village city quarter park "
                   "bridge monument preservation society trust register street square".split())
# Verbs that give something a name: the quoted word is the subject's ("called it an “invasion”").
NAMING_VERBS = frozenset("call describe dub term label brand name characterize characterise refer".split())
MAX_SCARE_WORDS = 4
# Adjectives and adverbs that judge whatever they describe, whoever reads them ("a bad
# foul", "lost tragically", "a successful product", "mistakenly thought"): in a report's own
# voice, the writer's judgement. Beside them, the judging words a named speaker's quotation
# holds (any the lexicon knows, voice.judges) are the speaker's.
# Not "bad" or "good": "booked for a bad foul" is a match report's plain wording, not a side taken.
WRITERS_JUDGING = frozenset("""
    worst successful unsuccessful mistakenly wrongly rightly wisely foolishly poorly unfortunately fortunately
    sadly tragically thankfully happily regrettably luckily unluckily needlessly senselessly
""".split())


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
        if not claim.direct and not any(t.tag in ("VBD", "VBZ", "VBP", "MD") for t in reading.tokens_in(claim.start, claim.end)):
            continue  # "declared a state of emergency": an act, not words that state something
        end = verb.end
        sentence = reading.article.sentence_at(verb.start)
        facts.append(_fact(reading, verb.start, end, sentence, "speech-verb", word=reading.text[verb.start:end],
                           meaning=JUDGING_VERBS[verb.lemma.lower()], neutral=NEUTRAL_VERB,
                           speaker=claim.speaker.as_dict(), claim_start=claim.start, claim_end=claim.end))
    for token in reading.tokens:
        lemma = token.lemma.lower()
        word = token.text.lower()
        key = word if word in LOADED else lemma if lemma in LOADED and word not in MILD else None
        persuading = (key is None and token.pos == "NOUN" and lemma in PERSUADING and token.dep != "compound"
                      and not (lemma == "terror" and _acts_of_terror(reading, token)))
        if persuading:
            key = lemma  # "terror", not "terror attack"
        if key is None or token.pos not in ("ADJ", "ADV", "VERB", "NOUN") or token.sentence < 0:
            continue
        if key in CHANGE_VERBS and not _of_a_quantity(reading, token):
            continue  # "the plane soared", "the roof collapsed": what happened, not a judgement
        if key == "historic" and reading.tokens[token.head].lemma.lower() in PLACES:
            continue  # "the historic district": a name for an old place, not praise
        # The writer's word, or a named speaker's inside a quotation of theirs.
        quotation = None if writers(token.start) else next(
            (c for c in claims if c.direct and c.speaker.named and c.start <= token.start < c.end), None)
        if quotation is None and not writers(token.start):
            continue
        inside = writers if quotation is None else (lambda offset, q=quotation: q.start <= offset < q.end)
        whose = {} if quotation is None else {"speaker": quotation.speaker.as_dict()}
        if persuading:
            whose["persuading"] = True
        elif quotation is not None and LOADED[key]:
            whose |= _own_wording(reading, token, LOADED[key], quotes)
        sentence = reading.article.sentences[token.sentence]
        neutral = PERSUADING[key] if persuading else LOADED[key]
        facts.append(_fact(reading, token.start, token.end, sentence, "charged", word=token.text,
                           lemma=token.lemma.lower(), tag=token.tag, word_class=_word_class(token), neutral=neutral or None,
                           **whose,
                           _naming=_naming_words(reading, token, inside), _praises=_praised_noun(reading, token),
                           _describing=_describing_words(reading, token.sentence, inside),
                           _acting=_plain_words_of_class(reading, token.sentence, inside, "VERB"),
                           _manner=_plain_words_of_class(reading, token.sentence, inside, "ADV"),
                           _also_judging=_judging_words(reading, token.sentence, inside)))
    facts += _judging_words_by_voice(reading, claims, writers)
    facts += [_fact(reading, t.start, t.end, reading.article.sentences[t.sentence], "refusal", word=t.text,
                    telling=reading.tokens[t.i + 2].text)
              for t in reading.tokens[:-2] if _refused_to_tell(reading, t) and writers(t.start)]
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


def _judging_words_by_voice(reading: Reading, claims: list[Claim], writers) -> list[Fact]:
    """Judging adjectives and adverbs, each as the writer's own (outside quotation marks and
    reported speech, from WRITERS_JUDGING) or as a named speaker's (inside a quotation of
    theirs): the stuff of 'which of these words is the writer's own?'."""
    from quiz.core.facts.voice import UNMISTAKABLE, _technical, judges

    facts = []
    for token in reading.tokens:
        word = token.text.lower()
        if token.sentence < 0 or token.pos not in ("ADJ", "ADV") or word in MILD or _technical(reading, token):
            continue
        if writers(token.start):
            if word in WRITERS_JUDGING or word in UNMISTAKABLE or word in LOADED and token.tag in ("JJ", "RB"):
                facts.append(_fact(reading, token.start, token.end, reading.article.sentences[token.sentence],
                                   "judging", word=token.text))
            continue
        quotation = next((c for c in claims if c.direct and c.speaker.named and c.start <= token.start < c.end), None)
        if quotation is not None and judges(token) and token.tag in ("JJ", "RB"):  # not "better", "greatest"
            facts.append(_fact(reading, token.start, token.end, reading.article.sentences[token.sentence],
                               "judging", word=token.text, speaker=quotation.speaker.as_dict()))
    return facts


# Verbs of telling: "refused to comment", "refused to give any more details".
TELLING = frozenset("comment give say answer discuss confirm reveal disclose provide elaborate specify explain name "
                    "identify release share speak talk".split())


def _refused_to_tell(reading: Reading, token) -> bool:
    """'refused to give any details': the writer's "refused" where "did not" would do."""
    after = reading.tokens[token.i + 1 : token.i + 3]
    return (token.sentence >= 0 and token.lemma.lower() == "refuse" and token.tag in ("VBD", "VBZ", "VBP")
            and [t.text.lower() for t in after][:1] == ["to"] and after[1].lemma.lower() in TELLING)


def _acts_of_terror(reading: Reading, token) -> bool:
    """'acts of terror', 'the war on terror': terrorism, not a feeling painted."""
    before = reading.text[max(0, token.start - 12):token.start].lower().split()
    return before[-2:] in (["acts", "of"], ["act", "of"], ["war", "on"]) or before[-1:] == ["against"]


def _of_a_quantity(reading: Reading, token) -> bool:
    """Whether a verb of change speaks of a figure or a measure ('crime is collapsing',
    'a 60% plunge', 'slashed the budget by 30 percent'), where it is loaded, rather than of a
    thing that really falls or flies."""
    sentence = reading.sentence_tokens(token.sentence)
    if any(t.ent in ("PERCENT", "MONEY", "CARDINAL", "QUANTITY") and reading.tokens[t.head].i == token.i or
           t.ent in ("PERCENT", "MONEY") for t in sentence):
        return True
    near = [reading.tokens[c] for c in reading.children[token.i]] + [reading.tokens[token.head]]
    return any(t.lemma.lower() in MEASURES for t in near)


# A noun and "of" a bare noun: "rule of law", "freedom of speech", "state of emergency", a set
# phrase whose sense (and often applause) is the whole's, not the first noun's.
HALF_OF_A_PHRASE = re.compile(r" of (?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|all|every|"
                              r"each|many|more|most)\b)[a-z]+\b")


def _naming_words(reading: Reading, loaded, writers) -> list[str]:
    """The nouns of the loaded word's sentence that only name a thing ("police",
    "homicides"), never one that judges nor the one the loaded word hangs on, to stand
    beside it as choices. Internal: the JSON leaves out fields whose names start with "_"."""
    from quiz.core.facts.voice import EVALUATIVE, subjective_words

    judging = set(CHARGED) | EVALUATIVE | subjective_words() | JUDGING_NOUNS | set(PERSUADING)
    image = _holder(reading, loaded)
    words = []
    tokens = reading.sentence_tokens(loaded.sentence)
    first = next((t.i for t in tokens if not t.text.isspace()), None)
    for token in tokens:
        if token.i == image:
            continue  # "a steady diet of propaganda": the noun is part of the loaded image
        word = token.text.lower()
        # A common noun keeps its capital at the head of a sentence ("Voters see ...").
        plain = token.text.islower() or token.i == first and token.tag in ("NN", "NNS") and token.text[1:].islower()
        related = (word, token.lemma.lower(), word + "ous", word + "ful", word + "ic", word.rstrip("e") + "ous")
        if (token.pos == "NOUN" and token.text.isalpha() and plain and len(word) >= 4
                and word not in GIVEAWAY_NOUNS and not word.endswith("ism")  # "corporatism" so often judges
                and token.dep != "compound"  # "living" of "living costs": half a name
                and token.ent not in ("DATE", "TIME")  # "noon", "Friday": only sets the time
                and not HALF_OF_A_PHRASE.match(reading.text, token.end)  # "the rule of law": its sense is the whole phrase's
                and not (token.i > 0 and reading.tokens[token.i - 1].text.lower() == "in"
                         and reading.text[token.end:token.end + 4] == " of ")  # "in favor of": no thing named
                and writers(token.start) and not any(r in judging for r in related) and token.text not in words
                and "-" not in reading.text[token.start - 1 : token.end + 1]):  # "large-scale": half a word
            words.append(token.text)
    return words


def _holder(reading: Reading, token) -> int | None:
    """The noun a loaded word hangs on, directly or through a preposition ("diet" of "a
    diet of propaganda", "campaign" of "a propaganda campaign"), whose sense the loaded word colours; None if none. The
    noun a loaded adjective describes ("plan" of "a draconian plan") still only names it."""
    if token.pos != "NOUN" or token.dep not in ("compound", "pobj"):
        return None  # "unemployment, human misery": a list, not one image
    head = reading.tokens[token.head]
    if token.dep == "pobj" and head.dep == "prep" and head.text.lower() == "of":
        head = reading.tokens[head.head]  # not "the system for the sham it is": the system is only named
    return head.i if head.i != token.i and head.pos == "NOUN" else None


# Nouns that only set the time or are too general to be taken for a judgement ("morning",
# "part", "facts"): beside a loaded word they give the answer away.
GIVEAWAY_NOUNS = frozenset("""
    morning mornings noon midnight dawn dusk afternoon evening night nights today tonight week weeks weekend month months year years day days
    time times hour hours minute minutes decade decades century season summer winter spring autumn
    part parts thing things fact facts way ways kind sort lot number
""".split())


def _judging_words(reading: Reading, index: int, writers) -> list[str]:
    """The sentence's adjectives and adverbs in the same voice that give a view by the
    lexicon: a loaded word asked alone beside them would teach that they do not judge."""
    from quiz.core.facts.voice import judges

    tokens = reading.tokens
    return [t.text for t in reading.sentence_tokens(index) if writers(t.start) and judges(t)
            and t.text.lower() not in LOADED and t.text.lower() not in OF_A_DISASTER
            and not (t.i + 1 < len(tokens) and tokens[t.i + 1].pos == "PROPN")]  # "greater Houston": part of a name


def _own_wording(reading: Reading, token, neutral: str, quotes: list[tuple[int, int]]) -> dict:
    """For a loaded word inside a quotation ("criminal illegal aliens"), the article's own
    words for the same thing outside quotation marks ("undocumented immigrants"), each with
    the modifiers before it; {} when the article never uses the neutral word itself."""
    def phrase(word) -> tuple[int, int]:
        first = word.i
        while first > 0 and reading.tokens[first - 1].head == word.i and reading.tokens[first - 1].dep in ("amod", "compound"):
            first -= 1
        return reading.tokens[first].start, word.end

    for other in reading.tokens:
        forms = (other.text.lower(), other.lemma.lower(), other.lemma.lower() + "s")
        if neutral in forms and other.pos == token.pos and not any(s <= other.start < e for s, e in quotes):
            start, end = phrase(other)
            own_start, own_end = phrase(token)
            return {"phrase": reading.text[own_start:own_end], "own_words": reading.text[start:end], "own_start": start}
    return {}


def _describing_words(reading: Reading, index: int, writers) -> list[str]:
    """The sentence's adjectives that neither judge nor hedge ("federal", "annual"; not
    adverbs, whose manner so often praises: "swiftly"): wrong choices of the same kind as a loaded adjective, so that
    the key is not the only describing word among nouns. Internal, like `_naming_words`."""
    from quiz.core.facts.uncertainty import _plain_modifier

    judging = set(CHARGED) | JUDGING_NOUNS
    return list(dict.fromkeys(
        t.text for t in reading.sentence_tokens(index)
        if t.pos == "ADJ" and writers(t.start) and t.text.lower() not in judging and _plain_modifier(reading, t)))


def _word_class(token) -> str:
    """"JJ", "RB", "VB" or "NN": the class a loaded word's wrong choices must share. A
    participle before a noun ("a groundbreaking clinic") describes, as an adjective does."""
    if token.pos == "ADJ" or token.dep == "amod":
        return "JJ"
    return {"ADV": "RB", "VERB": "VB"}.get(token.pos, "NN")


# Helpers and words too bare to stand as a choice beside a loaded verb.
BARE_VERBS = frozenset("be have do get make go come take give put say".split()) - {"say"}


def _plain_words_of_class(reading: Reading, index: int, writers, pos: str) -> list[str]:
    """The sentence's verbs ("VERB": "said", "voted") or -ly adverbs ("ADV": "quickly")
    in the same voice that neither judge, hedge nor count as loaded: wrong choices of the
    same word class as a loaded verb ("slashed") or adverb ("tirelessly"), so that the key is
    not found by its class alone. Internal, like `_naming_words`."""
    from quiz.core.facts.uncertainty import _plain_modifier
    from quiz.core.facts.voice import judges

    def plain(t) -> bool:
        lemma, word = t.lemma.lower(), t.text.lower()
        if pos == "ADV":
            return _plain_modifier(reading, t)
        return (t.text.isalpha() and t.text.islower() and len(word) >= 4 and lemma not in BARE_VERBS
                and lemma not in JUDGING_VERBS and lemma not in CHARGED and word not in CHARGED and not judges(t))

    return list(dict.fromkeys(t.text for t in reading.sentence_tokens(index)
                              if t.pos == pos and t.dep != "amod" and writers(t.start) and plain(t)))


def _praised_noun(reading: Reading, token) -> str:
    """The noun an adjective stands before ("response" in "an unprecedented, large-scale
    response"), in its own lower-case form; "" where the word does not qualify a noun
    ("This is historic")."""
    head = reading.tokens[token.head]
    if token.dep not in ("amod", "conj") or head.i == token.i:
        return ""
    if token.dep == "conj":  # "historic and unprecedented response": the first adjective's noun
        head = reading.tokens[head.head] if head.dep == "amod" else None
    if head is None or head.pos != "NOUN" or head.tag != "NN" or not head.text.isalpha() or not head.text.islower():
        return ""
    return head.text


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


# Words with which a body praises its own work in its own text ("historic resources", "an
# unprecedented response", "working tirelessly", "distributed swiftly"): judged by no one
# else, and nothing a record holds. Small and strict: not words that also name a term
# ("a decisive vote", "an extraordinary session", "a landmark building") nor ones that fairly
# describe the work ("crucial", "life-saving", "devastating"), nor "stellar" ("stellar winds").
OWN_PRAISE = frozenset("""
    historic unprecedented robust bold boldly tireless tirelessly swift swiftly world-class groundbreaking
    transformational transformative unwavering steadfast decisively relentless relentlessly remarkable unmatched
    forward-leaning exceptional visionary
""".split())
# "Strong" praises only a role the body gives itself ("a strong public health partner"),
# not winds, demand or evidence.
STRONG_ROLES = frozenset("partner partners leader leadership ally champion commitment".split())
# Words with which a report's own narration judges what it reports, with no source ("an
# aggressive campaign", "the antiquated browser").
NARRATOR_JUDGING = frozenset("""
    aggressive aggressively antiquated outdated out-of-date misguided reckless lavish dismal lacklustre lackluster
    staggering inept incompetent hapless heavy-handed clumsy sloppy pointless wasteful mistakenly wrongly
""".split())
# What a praising word may describe that is no one's work: an event, a need, a level ("unprecedented
# flooding", "historic lows", "relentless rain"), where the word measures rather than praises.
NOT_ONES_WORK = frozenset("""
    storm flood flooding rain rainfall snow heat heatwave drought fire wildfire outbreak pandemic epidemic crisis
    earthquake quake hurricane cyclone disaster surge demand level low high rise increase fall drop decline challenge
    threat attack time times situation pressure loss losses number numbers rate rates price prices cost costs
    circumstance circumstances case cases
""".split())
# "Robust" as a term of research: "robust evidence", "a robust estimate".
RESEARCH_TERMS = frozenset("evidence data analysis estimate statistic model finding test".split())
# "Aggressive" judges only what someone chose to do ("an aggressive campaign"), not a cancer, a
# treatment, a driver or a dog, which it names as a kind.
CHOSEN_ACTS = frozenset("""
    campaign push plan effort policy approach stance marketing lobbying tactic move expansion strategy drive tone
    rhetoric crackdown pricing schedule timeline target
""".split())
# A figure, a count or a date a record could settle: the stuff of a phrase that only reports.
REPORTING_ENTITIES = ("MONEY", "CARDINAL", "QUANTITY", "PERCENT", "DATE")
# Adjectives that only sort what a figure counts ("40 new machines"), never "major" or "key".
COUNTED_AS_NEW = frozenset("new newer additional other more further extra".split())
# Words that frame a figure as small or large ("just 7,700 employees", "a whopping $2 billion").
FRAMING = frozenset("just only mere merely whopping fully".split())
MONTHS_NAMED = re.compile(rf"\b(?:{MONTH_NAMES}) \d")
WORD = re.compile(r"(?<![\w-])[A-Za-z]+(?:-[A-Za-z]+)*(?![\w-])")


def extract_praise(reading: Reading, claims: list[Claim]) -> list[Fact]:
    """Phrases of the text's own voice that praise or judge ("historic resources", "an
    aggressive campaign"), each with the word that does it and the claim it stands in, if
    any; and phrases of the same voice that only report a figure or a date ("$8 billion in
    funding", "six United States airports"), to stand beside them. Kind "praise"."""
    text = reading.text
    quotes = [(m.start(), m.end()) for m in QUOTE.finditer(text)]

    def quoted(offset: int) -> bool:
        return any(s <= offset < e for s, e in quotes)

    facts = []
    for match in WORD.finditer(text):
        word = match.group(0)
        lower = word.lower()
        if lower not in OWN_PRAISE and lower not in NARRATOR_JUDGING and lower != "strong" or not word.islower():
            continue  # a heading in title case is asked elsewhere, and reads as a name
        inside = reading.tokens_in(match.start(), match.end())
        # The word's own head token: "leaning" of "forward-leaning", "out" of "out-of-date".
        last = next((t for t in inside if not match.start() <= reading.tokens[t.head].start < match.end()), None)
        if last is None or last.sentence < 0 or quoted(match.start()):
            continue
        span = _praised_phrase(reading, last, match.start())
        if span is None:
            continue
        head = reading.tokens[last.head]
        held = head.lemma.lower()
        if (lower == "historic" and held in PLACES or lower.startswith("aggressive") and held not in CHOSEN_ACTS
                or held in NOT_ONES_WORK or lower == "robust" and held in RESEARCH_TERMS
                or lower == "strong" and held not in STRONG_ROLES):
            continue  # "the historic district", "aggressive treatment", "unprecedented flooding", "strong winds"
        claim = next((c for c in claims if c.start <= match.start() < c.end), None)
        sentence = reading.article.sentences[last.sentence]
        facts.append(Fact(kind="praise", start=span[0], end=span[1], text=text[span[0]:span[1]],
                          data={"role": "praise" if lower in OWN_PRAISE or lower == "strong" else "judging",
                                "word": word, "sentence_start": sentence.start, "sentence_end": sentence.end,
                                "speaker": claim.speaker.as_dict() if claim else None}))
    for entity in reading.entities:
        reported = any(c.start <= entity.start < c.end for c in claims)
        if entity.label not in REPORTING_ENTITIES or quoted(entity.start) or reported:
            continue
        span = _reporting_phrase(reading, entity)
        first = reading.tokens[entity.first]
        if span is None or first.sentence < 0:
            continue
        sentence = reading.article.sentences[first.sentence]
        facts.append(Fact(kind="praise", start=span[0], end=span[1], text=text[span[0]:span[1]],
                          data={"role": "report", "what": entity.label.lower(), "sentence_start": sentence.start,
                                "sentence_end": sentence.end}))
    return facts


def _praised_phrase(reading: Reading, last, start: int) -> tuple[int, int] | None:
    """The phrase a praising word makes with what it praises: an adjective with its noun
    ("unprecedented, large-scale response"), an adverb with its verb and the adverbs joined
    to it ("distributed swiftly and equitably"); None where the word stands otherwise."""
    tokens = reading.tokens
    head = tokens[last.head]
    hyphened = "-" in reading.text[last.start - 1:last.end + 1]
    modifies = last.dep == "amod" or last.dep == "nmod" and hyphened  # "out-of-date" is read as a noun's modifier
    if modifies and head.pos == "NOUN" and 0 < head.i - last.i <= 8 and head.end - start <= 50:
        return start, head.end
    if last.pos == "ADV" and last.dep == "advmod" and head.pos in ("VERB", "AUX") and 0 < abs(head.i - last.i) <= 3:
        end = max([last.end, *(tokens[c].end for c in reading.children[last.i] if tokens[c].dep in ("conj", "cc"))])
        return min(start, head.start), max(end, head.end)
    return None


def _reporting_phrase(reading: Reading, entity) -> tuple[int, int] | None:
    """A figure with the noun it counts ("six United States airports", "$8 billion in
    funding") or a date ("June 24, 2026"); None where nothing plain follows the figure."""
    tokens = reading.tokens
    if entity.label == "DATE":
        words = entity.text.split()
        whole = MONTHS_NAMED.match(entity.text) and len(words) <= 4 and "\n" not in entity.text
        return (entity.start, entity.end) if whole else None
    after = [t for t in tokens[entity.last + 1: entity.last + 5] if t.sentence == tokens[entity.last].sentence]
    if after and after[0].text.lower() in ("in", "of") and len(after) > 1:
        noun = next((t for t in after[1:] if t.dep == "pobj" and t.head == after[0].i), None)
        if noun is not None and noun.pos == "NOUN":
            words = tokens[entity.last + 1: noun.i + 1]
            plain = all(t.pos in ("ADP", "NOUN", "PROPN") or t.text.lower() in ("the", "a", "an") for t in words)
            return (entity.start, noun.end) if plain and _plain(reading, entity.start, noun.end) else None
    noun = next((t for t in after if t.pos == "NOUN"), None)
    while noun is not None and noun.dep == "compound" and 0 < noun.head - noun.i <= 2:
        noun = tokens[noun.head]  # "92,000 asylum claims", not "92,000 asylum"
    if noun is None or tokens[entity.last].head not in range(entity.last + 1, noun.i + 1):
        return None  # the figure counts something else: "rose by 3 percent last year"
    words = tokens[entity.last + 1: noun.i + 1]
    plain = all(t.pos in ("NOUN", "PROPN", "NUM") or t.text.lower() in COUNTED_AS_NEW for t in words)
    return (entity.start, noun.end) if plain and _plain(reading, entity.start, noun.end) else None


def _plain(reading: Reading, start: int, end: int) -> bool:
    """A phrase with no word that could be taken for a judgement ("a 60% plunge" has one)."""
    from quiz.core.facts.voice import judges

    return not any({t.text.lower(), t.lemma.lower()} & (CHARGED.keys() | FRAMING | JUDGING_NOUNS) or judges(t)
                   for t in reading.tokens_in(start, end))
