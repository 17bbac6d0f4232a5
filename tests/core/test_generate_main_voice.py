"""The question of whose words an article gives most often: one source given far more often
than any other, through whom the story is told."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import voices
from quiz.core.generate.common import Context


def main_voices(text: str):
    article = parse_article(text)
    return [c.question for c in voices.main_voice(Context(article, read_facts(article), random.Random(1)))]


PLANT = (
    "Plant to reopen after flood\n\n"
    "The paper mill in Low Ford will reopen next month, said Ann Price, the plant manager.\n\n"
    "Price said the water had reached the second floor of the main hall.\n\n"
    "\"We lost three machines, but the rest can be cleaned,\" Price said.\n\n"
    "Price added that no worker would lose pay while the mill was shut.\n\n"
    "She told reporters that the river wall would be raised by a metre.\n\n"
    "Mark Olsen, a union official, said the workers were glad to hear it.\n\n"
    "Jo Reed, who runs a cafe next to the mill, said trade had fallen by half."
)


def test_a_source_given_far_more_often_than_any_other_is_asked_as_the_main_voice():
    asked = main_voices(PLANT)[0]
    assert asked.answer == "Ann Price"
    assert sorted(c for c in asked.choices if c != asked.answer) == ["Jo Reed", "Mark Olsen"]
    assert "Ann Price (a plant manager) far more often than those of any other source" in asked.explanation


def test_no_main_voice_when_another_source_is_given_nearly_as_often():
    text = PLANT + "\n\nOlsen said the union had asked for a new wall for years. Olsen added that the town had refused."
    assert not main_voices(text)


def test_a_group_is_never_offered_against_a_main_voice_who_may_be_one_of_them():
    text = PLANT + "\n\nUnion officials said they would meet the owners on Monday."
    asked = main_voices(text)[0]
    assert "Union officials" not in asked.choices and "Unnamed union officials" not in asked.choices


def test_no_main_voice_when_another_is_named_in_over_half_as_many_paragraphs():
    # Words given only to "he said" escape the count of statements: a source named in over half as many
    # paragraphs as the main voice may be heard nearly as often.
    text = PLANT.replace("Mark Olsen, a union official, said the workers were glad to hear it.",
                         "Mark Olsen, a union official, said the workers were glad to hear it.\n\n"
                         "Olsen has worked at the mill for thirty years, and his union has 200 members there.\n\n"
                         "The owners met Olsen on Friday to talk about pay while the mill is shut.")
    assert not main_voices(text)
