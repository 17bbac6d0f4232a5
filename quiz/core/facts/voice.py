"""The writer's voice: sentences in which the writer, with no source, judges ("a
remarkable result"), predicts ("the ban will fail") or recommends ("the council should
act"); and sentences that state a checkable fact, for contrast.

A sentence is the writer's own when no quotation or reported statement covers it. Its
mode is read from the parse: a modal of obligation or an imperative recommends, a future
or a modal of possibility with no source predicts, and evaluative words, superlatives and
"I think" judge.
"""

from __future__ import annotations

import functools
from pathlib import Path

from quiz.core.domain import Fact
from quiz.core.facts.attribution import Claim
from quiz.core.facts.language import CHARGED
from quiz.core.reading import Reading, Token

# Words that only ever give a view: asking a student to find one is fair.
UNMISTAKABLE = frozenset(
    """
    remarkable shocking disastrous brilliant unfair wonderful terrible excellent impressive disappointing
    unacceptable ridiculous fortunately unfortunately sadly outrageous appalling awful fantastic amazing
    incredible tremendous disgraceful shameful heroic tragic absurd foolish wise beautiful horrible magnificent
    pathetic stupid splendid superb admirable laudable commendable deplorable regrettable inexcusable
    unforgivable praiseworthy wrongly rightly thankfully happily regrettably shamefully tragically
    """.split()
)

OBLIGATION = frozenset("should must ought".split())
FUTURE = frozenset("will would could may might".split())
OPINION_VERBS = frozenset("think believe feel hope fear suspect".split())
# Words that judge, beyond the charged words of language.py.
EVALUATIVE = frozenset(
    """
    good bad better worse best worst great greatest terrible awful wonderful excellent poor
    important clearly obvious obviously unfortunately fortunately sadly rightly wrongly
    wrong fair unfair wise unwise foolish effective ineffective successful unsuccessful
    necessary unnecessary vital essential crucial substantially troubling encouraging
    disappointing impressive unusual remarkable notable surprising surprisingly interesting
    exciting amazing incredible tremendous beautiful brilliant honest dishonest shameful tragic
    terrific disgraceful fantastic perfect ideal unacceptable acceptable appropriate
    inappropriate legitimate illegitimate reasonable unreasonable sensible ridiculous
    irresponsible meaningful meaningless genuine significant
    """.split()
) | frozenset(CHARGED)
# Words above that judge only as adjectives or adverbs ("a key witness" judges; "the keys" does not).
JUDGING_POS = ("ADJ", "ADV")


@functools.cache
def subjective_words() -> frozenset[str]:
    """Adjectives that judge, from a published subjectivity lexicon (data/subjective-words.tsv)."""
    path = Path(__file__).parent / "data" / "subjective-words.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[0] for line in lines if line and not line.startswith("#") and not line.startswith("word\t"))


def judges(token: Token) -> bool:
    """An adjective or adverb that gives a view: from the hand list or the lexicon, and an
    adverb made from such an adjective ("poorly", "brilliantly")."""
    if token.pos not in JUDGING_POS:
        return False
    word = token.text.lower()
    lexicon = subjective_words()
    return (word in EVALUATIVE or token.lemma.lower() in EVALUATIVE or word in UNMISTAKABLE or word in lexicon
            or word.endswith("ly") and (word[:-2] in lexicon or word[:-3] + "y" in lexicon))
MIN_WORDS = 6


def extract_voice(reading: Reading, claims: list[Claim], quoted) -> list[Fact]:
    facts = []
    item = None  # the opening and text of the last item of a list, while one runs
    for index, sentence in enumerate(reading.article.sentences):
        before = reading.text[: sentence.start].rstrip()
        if before.endswith(":") or item is not None and before.endswith(item[1]) and _opening(sentence.text) == item[0]:
            item = (_opening(sentence.text), sentence.text)
            if _opening(sentence.text) == "figure" or not sentence.text[:1].isupper():
                continue  # an item of a list ("including: $100 million contribution to ..."), no sentence without its lead-in
        else:
            item = None
        if len(sentence.text.split()) < MIN_WORDS or not sentence.text.endswith((".", "!")):
            continue  # a question or a heading is neither a fact nor an opinion
        if quoted(sentence.start) or _covered(claims, sentence.start, sentence.end):
            continue
        tokens = reading.sentence_tokens(index)
        mode, cues = _mode(reading, tokens, quoted)
        if mode is None:
            if _checkable(reading, tokens):
                statement = _fact(sentence, "checkable", [])
                # Plain: no adjective or adverb at all that a reader could take for a judgement.
                statement.data["plain"] = not any(t.pos in ("ADJ", "ADV") and t.ent == "" for t in tokens)
                facts.append(statement)
            continue
        facts.append(_fact(sentence, mode, cues))
    return facts


def _opening(text: str) -> str:
    """How a list item opens, which the next item of the same list shares: a figure
    ("$50 million ...", "$100 million ..."), else its first word ("In Memphis, ...", "In
    Los Angeles, ...")."""
    first = text.split()[0] if text.split() else ""
    return "figure" if first[:1] in "$£€" or first[:1].isdigit() else first.lower()


def _fact(sentence, mode: str, cues: list[str]) -> Fact:
    return Fact(kind="opinion" if mode != "checkable" else "statement", start=sentence.start, end=sentence.end,
                text=sentence.text,
                data={"mode": mode, "cues": cues, "voice": "writer", "sentence_start": sentence.start,
                      "sentence_end": sentence.end})


def _covered(claims: list[Claim], start: int, end: int) -> bool:
    covered = sum(max(0, min(end, c.end) - max(start, c.start)) for c in claims)
    return covered >= 0.5 * (end - start)


# Verbs of feeling that a "will" turns into a pledge: "we will never forget", "I will always love".
FEELINGS = frozenset("remember forget love miss cherish treasure honour honor mourn".split())


def _mode(reading: Reading, tokens: list[Token], quoted) -> tuple[str | None, list[str]]:
    root = next((t for t in tokens if t.dep == "ROOT"), None)
    if root is None:
        return None, []
    children = [reading.tokens[c] for c in reading.children[root.i]]
    aux = [c for c in children if c.dep == "aux"]
    subject = next((c for c in children if c.dep in ("nsubj", "nsubjpass")), None)
    # Recommends: "should act", "must stop", "need to", or an imperative ("Call your MP.").
    if any(a.text.lower() in OBLIGATION for a in aux):
        return "recommend", [a.text for a in aux if a.text.lower() in OBLIGATION]
    if root.lemma.lower() == "need" and any(c.dep == "xcomp" for c in children):
        return "recommend", [root.text]
    if root.tag == "VB" and subject is None and not aux and root.i == tokens[0].i:
        return "recommend", [root.text]
    # Judges: "I think ...", evaluative words, superlatives.
    if root.lemma.lower() in OPINION_VERBS and subject is not None and subject.text.lower() in ("i", "we"):
        return "judge", [f"{subject.text} {root.text}"]
    cues = [t.text for t in tokens if not quoted(t.start) and not _technical(reading, t) and (
        t.lemma.lower() in CHARGED and t.pos in ("ADJ", "ADV", "VERB", "NOUN") or judges(t))]
    # Predicts: a future with no source ("will", "could ... expand").
    future = [a.text for a in aux if a.text.lower() in ("will", "would")]
    scheduled = any(t.ent in ("DATE", "TIME") for t in tokens)  # "this afternoon, Senators will vote": a plan
    past = any(t.tag == "VBD" for t in tokens)  # "Patrick would wake up every night": a habit of the past
    if future and root.lemma.lower() in FEELINGS and (
            subject is not None and subject.text.lower() in ("i", "we")
            or any(t.text.lower() in ("always", "never", "forever") for t in tokens)):
        return None, []  # "I will always remember her laugh": a pledge of feeling, no forecast a record could test
    if future and not cues and not scheduled and not (past and future == ["would"]) and future[0].lower() == "will":
        return "predict", future
    if cues:
        return "judge", cues
    return None, []


def _technical(reading: Reading, token: Token) -> bool:
    """'statistically significant' is a measurement, not a judgement."""
    return token.i > 0 and reading.tokens[token.i - 1].text.lower() in ("statistically", "clinically")


def _checkable(reading: Reading, tokens: list[Token]) -> bool:
    """A sentence that states something a reader could check: a figure, a date, a name, an
    event in the past tense."""
    has_fact = any(t.ent in ("CARDINAL", "MONEY", "PERCENT", "DATE", "QUANTITY") for t in tokens)
    past = any(t.tag in ("VBD", "VBN") for t in tokens)
    # A verb that makes it a sentence: a bullet ("$100 million contribution to the pooled
    # fund.") only lists a thing, cut from the lead-in that says what happened to it.
    finite = any(t.tag in ("VBD", "VBZ", "VBP", "MD") for t in tokens)
    return has_fact and past and finite
