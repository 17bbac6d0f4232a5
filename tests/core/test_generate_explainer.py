"""Explainers: texts that explain a word, an idea or how something works. The reading layer
tells them from news, speeches and wire stories by what they do in the writer's own words
(name a term, say what it means and where it comes from, give examples) and by the news
event they do not have. Each invented text is over 300 words, as a teacher's would be."""

import random
from pathlib import Path

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate.common import Context

EXPLAINERS = Path(__file__).parent / "explainers"
NAMES = sorted(p.stem for p in EXPLAINERS.glob("*.txt"))
ROOT = Path(__file__).parents[2]


def text(name: str) -> str:
    return (EXPLAINERS / f"{name}.txt").read_text(encoding="utf-8")


def context(article_text: str) -> Context:
    article = parse_article(article_text)
    return Context(article, read_facts(article), random.Random(1))


def kind(article_text: str):
    return read_facts(parse_article(article_text)).kind


def test_every_kind_of_explainer_is_written():
    # A vocabulary lesson that greets its listeners and cites two dictionaries, a news site's
    # "what is X" quoting an expert, the history of a phrase, a how-it-works piece.
    assert NAMES == ["how-it-works", "phrase-history", "vocabulary-lesson", "what-is"]
    for name in NAMES:
        assert len(text(name).split()) >= 300


@pytest.mark.parametrize("name", NAMES)
def test_an_explainer_is_recognised_and_its_signs_are_shown(name):
    found = kind(text(name))
    assert found.kind == "explainer"
    assert len(found.signals) >= 3


def test_a_greeting_to_the_listeners_does_not_make_a_lesson_a_speech():
    found = kind(text("vocabulary-lesson"))
    assert found.kind == "explainer"
    assert any("greets its audience" in s for s in found.signals)
    assert any("dictionary" in s for s in found.signals)


@pytest.mark.parametrize("genre", ["explainer", "glossary", "vocabulary"])
def test_the_invented_explainers_among_the_prose_are_explainers(genre):
    assert kind((ROOT / "tests" / "core" / "prose" / f"{genre}.txt").read_text(encoding="utf-8")).kind == "explainer"


@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "data" / "articles").glob("*.txt")) +
                         sorted((ROOT / "tests" / "core" / "texts").glob("*.txt")), ids=lambda p: p.stem)
def test_news_speeches_and_interviews_are_no_explainers(path):
    assert kind(path.read_text(encoding="utf-8")).kind != "explainer"


def test_a_news_report_that_explains_a_term_on_the_way_is_still_news():
    # It names a term, says what it means, where it comes from and gives an example: but it
    # tells of an event of its own, on a day it names.
    report = ("Council votes to ban idling engines\n\n"
              "The Riverton council voted on Tuesday to fine drivers who leave their engines running outside schools. "
              "The term idling refers to running an engine while a car is parked. The word comes from the English word "
              "idle. For example, a parent waiting at the school gate with the engine on would be idling. "
              "“This is about the air our children breathe,” said councillor Ann Lee, who proposed the rule. "
              "The fine will be 50 dollars from September.")
    assert kind(report).kind == "news"
