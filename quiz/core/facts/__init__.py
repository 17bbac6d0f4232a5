"""Reading -> facts. One extractor per kind of fact, every fact at an exact span.

Kinds: quote (direct or reported, with its speaker), source, number, change, comparison,
uncertainty, narrowing, loaded, opinion, statement, context, sample, turn, mention; and the kind of article. The JSON that
`quiz facts` prints is documented in docs/facts.md.
"""

from __future__ import annotations

from typing import NamedTuple

from quiz.core.domain import Article, Fact
from quiz.core.facts.attribution import QUOTE, Claim, extract_attributions, read_claims_with_people
from quiz.core.facts.context import extract_context
from quiz.core.facts.kind import ArticleKind, recognise_kind
from quiz.core.facts.language import extract_loaded, extract_praise
from quiz.core.facts.narrowing import extract_narrowing
from quiz.core.facts.numbers import extract_changes, extract_comparisons, extract_numbers
from quiz.core.facts.sources import extract_sources
from quiz.core.facts.study import extract_samples
from quiz.core.facts.turns import extract_mentions, extract_turns
from quiz.core.facts.uncertainty import extract_uncertainty
from quiz.core.facts.voice import extract_voice


class ArticleFacts(NamedTuple):
    """What the generator read in an article."""

    facts: list[Fact]
    kind: ArticleKind


def read_facts(article: Article) -> ArticleFacts:
    """Parse the article (reading.py: spaCy, loaded on first use) and extract its facts."""
    from quiz.core.reading import read

    return extract_facts(read(article))


def extract_facts(reading) -> ArticleFacts:
    claims, people = read_claims_with_people(reading)
    quoted = _quoted_offsets(reading.text)
    numbers = extract_numbers(reading, claims)
    facts = [
        *extract_attributions(reading, claims),
        *extract_sources(reading, claims),
        *numbers,
        *extract_changes(reading, numbers),
        *extract_comparisons(reading, numbers),
        *extract_uncertainty(reading, quoted),
        *extract_loaded(reading, claims, people),
        *extract_praise(reading, claims),
        *extract_voice(reading, claims, quoted),
        *extract_context(reading.article),
        *extract_samples(reading.article),
        *extract_turns(reading, people),
        *extract_mentions(reading, people),
    ]
    facts += extract_narrowing(reading, facts)
    _give_turns_their_voice(facts)
    _note_plain_words(reading, facts)
    facts.sort(key=lambda fact: (fact.start, fact.kind))
    return ArticleFacts(facts, recognise_kind(reading, facts))


PLAIN_POS = ("NOUN", "VERB")
NOT_PLAIN = frozenset(
    "say said says tell told add added may might could would will should must likely appear appears seem seems "
    "expect expected believe believed suggest suggests report reported".split()
)


def _note_plain_words(reading, facts: list[Fact]) -> None:
    """For the facts questions ask "which word ...?" about: the sentence's plain nouns and
    verbs, which judge nothing and hedge nothing, to stand beside the answer. Internal: the
    JSON leaves out fields whose names start with "_"."""
    from quiz.core.facts.language import CHARGED
    from quiz.core.facts.voice import EVALUATIVE, subjective_words

    not_plain = NOT_PLAIN | set(CHARGED) | EVALUATIVE | subjective_words()

    plain: dict[int, list[str]] = {}
    for index, sentence in enumerate(reading.article.sentences):
        words = []
        for token in reading.sentence_tokens(index):
            lower = token.text.lower()
            if (token.pos in PLAIN_POS and token.text.isalpha() and token.text.islower() and len(token.text) >= 4
                    and lower not in not_plain and token.lemma.lower() not in not_plain
                    and lower not in words and not _in_compound(reading.text, token)):
                words.append(token.text)
        plain[sentence.start] = words
    for fact in facts:
        if fact.kind in ("uncertainty", "opinion", "loaded", "statement"):
            fact.data["_plain_words"] = plain.get(fact.data.get("sentence_start"), [])


def _in_compound(text: str, token) -> bool:
    """Half of a hyphenated word ("entry" in "re-entry"): not a word the sentence shows alone."""
    end = token.start + len(token.text)
    return text[token.start - 1 : token.start] == "-" or text[end : end + 1] == "-"


def _give_turns_their_voice(facts: list[Fact]) -> None:
    """In an interview, a sentence inside an answer is the speaker's, not the writer's; and
    what someone else said, told inside a turn, reaches the reader through the person
    speaking ("via": Blinken telling what Biden said)."""
    turns = [f for f in facts if f.kind == "turn"]
    for fact in facts:
        if fact.kind in ("opinion", "statement", "loaded", "uncertainty", "quote", "source"):
            for turn in turns:
                if turn.data["sentence_start"] <= fact.start < turn.end:
                    if fact.kind not in ("quote", "source"):
                        fact.data["voice"] = turn.data["speaker"]
                    elif not _same_person(fact.data["speaker"], turn.data["speaker"]):
                        label = turn.data["label"].upper() in ("Q", "QUESTION")
                        fact.data["via"] = "the interviewer" if label else turn.data["speaker"]


def _same_person(speaker: dict, name: str) -> bool:
    said = (speaker.get("name") or speaker.get("description") or "").lower()
    return bool(said) and (said in name.lower() or name.lower().split()[-1] in said or said in ("i", "we"))


def _quoted_offsets(text: str):
    """A test of whether an offset lies between quotation marks."""
    import bisect

    spans = [(m.start(), m.end()) for m in QUOTE.finditer(text)]
    starts = [s for s, _ in spans]

    def quoted(offset: int) -> bool:
        index = bisect.bisect_right(starts, offset) - 1
        return index >= 0 and spans[index][0] < offset < spans[index][1]

    return quoted


__all__ = ["ArticleFacts", "Claim", "extract_facts", "read_facts"]
