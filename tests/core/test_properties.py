"""Properties of parsing and generation that hold for any text a teacher might bring.

Each property runs on three kinds of text:
- arbitrary: any unicode, or a soup of the tokens the parser cares about;
- newslike: articles built from a grammar of news sentences (names, titles, "said",
  curly and straight quotes, figures, "according to", abbreviations, dashes);
- mutated: the seed and the development articles (tests/data/articles) with sentences
  deleted, duplicated or swapped, paragraphs swapped, figures changed and random unicode
  inserted.

A failing property is a bug in the code, not in the test: fix the code, keep the test.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import ROOT, SEED_ARTICLE

from quiz.core.article import parse_article
from quiz.core.generate import generate_pack
from quiz.core.packs import dump_pack, parse_pack

FAST = settings(max_examples=50, deadline=None)
SLOW = settings(max_examples=40, deadline=None)

# ---------------------------------------------------------------- arbitrary text

TOKENS = (
    " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", ". ", "? ", "! ", "… ", "...", "“", "”", "‘", "’",
    '"', "'", "—", "–", "(", ")", ":", ",", "U.S.", "Dec.", "Mr.", "Dr.", "a.m.", "No.", "The ",
    "He ", "said", " said ", "according to ", "McLaughlin", "Tricia McLaughlin", "20,000",
    "$1.5 billion", "12%", "3.5", "about ", "troops", "1981", "0",
    # Characters that YAML or Python treat as line breaks, or that are invisible.
    "\u00a0", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\ufeff", "\u200b", "\x00", "\u0301",
)
token_soup = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=6)), max_size=60).map("".join)
arbitrary_text = st.one_of(st.text(max_size=300), token_soup)

# ---------------------------------------------------------------- news-like text

FIRST = ("Tricia", "Ana", "Mark", "John F.", "Maria", "Kim", "Rupert", "Olivier")
LAST = ("McLaughlin", "Ruiz", "Lee", "Kennedy", "Lopez", "O’Neil", "Okafor", "Wingfield-Hayes")
TITLES = ("", "", "Dr. ", "Sen. ", "Gov. ", "Mr. ", "Ms. ", "President ", "DHS spokeswoman ")
ORGS = ("the Associated Press", "the U.S. Department of Defense", "ICE", "the Pentagon", "Reuters", "the U.N.")
FIGURES = (
    "20,000", "$1.5 billion", "12%", "3.5 percent", "7,700", "6,000", "$20 million", "0.2 percent",
    "1,200", "45", "2.5 million", "€300", "10,000", "80", "57 percent", "$4.5 billion",
)
QUALIFIERS = ("", "", "about ", "nearly ", "more than ", "a little over ", "just ", "roughly ")
NOUNS = ("troops", "National Guard troops", "staff", "officers", "employees", "people", "migrants", "members")
VERBS = ("arrived", "were deployed", "left the country", "were hired", "stayed", "were detained")
WORDS = (
    "we", "will", "not", "stop", "the", "safety", "of", "American", "citizens", "comes", "first",
    "this", "is", "about", "carrying", "out", "mandate", "deal", "border", "every", "tool", "now",
)


# Whole names and amounts are drawn in one go: fewer draws keep the examples fast.
NAMES = tuple(f"{t}{f} {l}" for t, f, l in itertools.product(TITLES, FIRST, LAST))
AMOUNTS = tuple(f"{q}{f} {n}" for q, f, n in itertools.product(QUALIFIERS, FIGURES, NOUNS))


def names() -> st.SearchStrategy[str]:
    return st.sampled_from(NAMES)


def amounts() -> st.SearchStrategy[str]:
    return st.sampled_from(AMOUNTS)


@st.composite
def quoted_words(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=12))
    if draw(st.booleans()):
        words.insert(draw(st.integers(0, len(words))), draw(st.sampled_from(FIGURES)))
    text = " ".join(words)
    return text[0].upper() + text[1:]


def _pick(draw, options: tuple[str, ...]) -> str:
    return draw(st.sampled_from(options))


# One template per kind of news sentence; each draws only the parts it uses.
NEWS_TEMPLATES = (
    lambda d: f"{d(names())} said {d(amounts())} {_pick(d, VERBS)}.",
    lambda d: f"The agency has {d(amounts())} nationwide.",
    lambda d: f"“{d(quoted_words())},” {d(names())} said, according to {_pick(d, ORGS)}.",
    lambda d: f"“{d(quoted_words())}.” {d(names())} said {d(amounts())} {_pick(d, VERBS)} on Dec. 5.",
    lambda d: f"“{d(quoted_words())},” said {d(names())}.",
    lambda d: f"“{d(quoted_words())}?” {_pick(d, ('he', 'she', 'they'))} asked.",
    lambda d: f"According to {_pick(d, ORGS)}, {d(amounts())} {_pick(d, VERBS)} in the U.S.",
    lambda d: f"The division—{d(amounts())} in all—{_pick(d, VERBS)}.",
    lambda d: f"{d(names())} told {_pick(d, ORGS)} that “{d(quoted_words())} ‘{_pick(d, WORDS)}’ {_pick(d, WORDS)}.”",
    lambda d: f'{d(names())} said: "{d(quoted_words())}."',
    lambda d: f"A U.S. official confirmed that {d(amounts())} {_pick(d, VERBS)} at 3 p.m. The rest stayed.",
    lambda d: f"{d(names())} disagreed with {d(names())} about the {_pick(d, NOUNS)}.",
    lambda d: f"The figure rose to {_pick(d, FIGURES)} – up from {_pick(d, FIGURES)}.",
    lambda d: f"It is unclear whether {d(amounts())} {_pick(d, VERBS)}.",
    lambda d: f"{d(names())} … {d(quoted_words()).lower()}",
    lambda d: f"In 1981, {d(amounts())} {_pick(d, VERBS)}, No. 3 on the list.",
    lambda d: f"An official, who spoke on condition of anonymity, said {d(amounts())} {_pick(d, VERBS)}.",
    lambda d: f"A senior official told {_pick(d, ORGS)} that “{d(quoted_words())}.”",
)


@st.composite
def news_sentences(draw) -> str:
    return draw(st.sampled_from(NEWS_TEMPLATES))(draw)


@st.composite
def newslike_text(draw) -> str:
    paragraphs = draw(
        st.lists(st.lists(news_sentences(), min_size=1, max_size=4).map(" ".join), min_size=2, max_size=6)
    )
    if draw(st.booleans()):
        paragraphs.insert(0, draw(st.sampled_from(("Guard Troops Sought", "North Korea Expels BBC Journalists"))))
    separator = draw(st.sampled_from(("\n", "\n\n", "\r\n", "\r\n\r\n")))
    return separator.join(paragraphs) + draw(st.sampled_from(("", "\n", "\r\n")))


# ---------------------------------------------------------------- mutated real articles

ARTICLE_DIR = ROOT / "tests" / "data" / "articles"
REAL_TEXTS = tuple(
    path.read_text(encoding="utf-8")
    for path in [SEED_ARTICLE, *sorted(ARTICLE_DIR.glob("*.txt"))]
)
# A rough sentence cut for mutating, independent of the splitter under test.
_ROUGH_CUT = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][”\"’])\s+")
_FIGURE = re.compile(r"\d[\d,.]*")
NEW_FIGURES = ("0", "1", "7", "20,000", "3.5", "1,000,000", "99.9", "007", "12,34", "1.", "2026", "$5")


def _lines_with_units(text: str) -> tuple[list[str], list[int]]:
    lines = text.split("\n")
    return lines, [i for i, line in enumerate(lines) if line.strip()]


@st.composite
def _mutate_units(draw, text: str) -> str:
    lines, candidates = _lines_with_units(text)
    if not candidates:
        return text
    index = draw(st.sampled_from(candidates))
    units = _ROUGH_CUT.split(lines[index])
    op = draw(st.sampled_from(("delete", "duplicate", "swap")))
    i, j = draw(st.integers(0, len(units) - 1)), draw(st.integers(0, len(units) - 1))
    if op == "delete":
        del units[i]
    elif op == "duplicate":
        units.insert(j, units[i])
    else:
        units[i], units[j] = units[j], units[i]
    lines[index] = " ".join(units)
    return "\n".join(lines)


@st.composite
def _change_figure(draw, text: str) -> str:
    figures = list(_FIGURE.finditer(text))
    if not figures:
        return text
    match = draw(st.sampled_from(figures))
    new = draw(st.one_of(st.sampled_from(NEW_FIGURES), st.integers(0, 10**9).map(str)))
    return text[: match.start()] + new + text[match.end() :]


@st.composite
def _insert_unicode(draw, text: str) -> str:
    at = draw(st.integers(0, len(text)))
    junk = draw(st.one_of(st.text(min_size=1, max_size=5), st.sampled_from(TOKENS)))
    return text[:at] + junk + text[at:]


@st.composite
def _swap_paragraphs(draw, text: str) -> str:
    lines = text.split("\n")
    i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
    lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


MUTATIONS = (_mutate_units, _change_figure, _insert_unicode, _swap_paragraphs)


@st.composite
def mutated_text(draw) -> str:
    text = draw(st.sampled_from(REAL_TEXTS))
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=4)):
        text = draw(mutation(text))
    return text


TEXTS = {"arbitrary": arbitrary_text, "newslike": newslike_text(), "mutated": mutated_text()}
kinds = pytest.mark.parametrize("kind", list(TEXTS))


# ---------------------------------------------------------------- parse_article


def lf_only(raw: str) -> str:
    r"""CRLF as LF, as the article reads it: "\r\r\n" too is one line break, not "\r\n"."""
    return re.sub(r"\r+\n", "\n", raw)


@kinds
@FAST
@given(data=st.data())
def test_parse_article_keeps_the_text_except_crlf(kind, data):
    raw = data.draw(TEXTS[kind], label="text")
    assert parse_article(raw).text == lf_only(raw)


@kinds
@FAST
@given(data=st.data())
def test_every_sentence_is_the_text_between_its_offsets(kind, data):
    article = parse_article(data.draw(TEXTS[kind], label="text"))
    for sentence in article.sentences:
        assert sentence.text == article.text[sentence.start : sentence.end]


@kinds
@FAST
@given(data=st.data())
def test_sentences_are_ordered_and_do_not_overlap(kind, data):
    article = parse_article(data.draw(TEXTS[kind], label="text"))
    for sentence in article.sentences:
        assert sentence.start < sentence.end
    for before, after in zip(article.sentences, article.sentences[1:]):
        assert before.end <= after.start


@kinds
@FAST
@given(data=st.data())
def test_every_sentence_lies_inside_its_paragraph(kind, data):
    article = parse_article(data.draw(TEXTS[kind], label="text"))
    for sentence in article.sentences:
        paragraph = article.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start and sentence.end <= paragraph.end


# ---------------------------------------------------------------- generate_pack


def _same(a: str, b: str) -> bool:
    """Equal once case, spacing and surrounding punctuation are set aside."""

    def norm(s: str) -> str:
        s = " ".join(unicodedata.normalize("NFKC", s).casefold().split())
        return s.strip(".,;:!?\"'“”‘’()[] ")

    return norm(a) == norm(b)


@kinds
@SLOW
@given(data=st.data())
def test_every_evidence_is_a_verbatim_span_of_the_article(kind, data):
    raw = data.draw(TEXTS[kind], label="text")
    pack = generate_pack(raw)
    text = lf_only(raw)
    assert pack.article.text == text
    for question in pack.questions:
        assert question.evidence, question.id
        assert question.evidence in text, question.id


@kinds
@SLOW
@given(data=st.data())
def test_choice_answers_are_among_distinct_choices_and_no_distractor_equals_them(kind, data):
    pack = generate_pack(data.draw(TEXTS[kind], label="text"))
    for question in pack.questions:
        if question.type not in ("choice", "multi"):
            continue
        answers = list(question.answer) if question.type == "multi" else [question.answer]
        assert len(set(question.choices)) == len(question.choices), question
        for answer in answers:
            assert answer in question.choices, question
        for choice in question.choices:
            if choice not in answers:
                assert not any(_same(choice, answer) for answer in answers), question


@kinds
@SLOW
@given(data=st.data())
def test_figures_an_answer_quotes_stand_in_its_evidence(kind, data):
    pack = generate_pack(data.draw(TEXTS[kind], label="text"))
    for question in pack.questions:
        if question.template == "figure-source":
            # A figure stands alone: "00" inside a name the text gives ("Professor 00Cres") is none.
            figures = re.findall(r"\b(?:\d[\d,.]*\d|\d)\b", question.prompt + " " + str(question.answer))
            assert all(f in question.evidence for f in figures), question


@kinds
@SLOW
@given(data=st.data())
def test_every_question_has_an_explanation(kind, data):
    pack = generate_pack(data.draw(TEXTS[kind], label="text"))
    for question in pack.questions:
        assert question.explanation.strip(), question.id


@kinds
@SLOW
@given(data=st.data())
def test_question_ids_are_unique(kind, data):
    pack = generate_pack(data.draw(TEXTS[kind], label="text"))
    ids = [question.id for question in pack.questions]
    assert len(ids) == len(set(ids))


@kinds
@SLOW
@given(data=st.data())
def test_the_same_seed_gives_the_same_pack(kind, data):
    text = data.draw(TEXTS[kind], label="text")
    seed = data.draw(st.integers(0, 2**32), label="seed")
    assert generate_pack(text, seed=seed) == generate_pack(text, seed=seed)


@kinds
@SLOW
@given(data=st.data())
def test_a_generated_pack_loads_back_as_written(kind, data):
    pack = generate_pack(data.draw(TEXTS[kind], label="text"))
    if not pack.questions:
        return  # parse_pack rejects a pack without questions, by design
    loaded = parse_pack(dump_pack(pack), Path("generated") / "pack.yaml")
    assert [q.id for q in loaded.questions] == [q.id for q in pack.questions]
    assert [q.answer for q in loaded.questions] == [q.answer for q in pack.questions]
