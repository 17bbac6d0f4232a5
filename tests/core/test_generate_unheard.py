"""The question of whose account an article leaves out: a body it writes about in several
sentences but never gives a word from, among the sources it does quote."""

import random

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import voices
from quiz.core.generate.common import Context


def questions(text: str, template=voices.unheard_party):
    article = parse_article(text)
    return [c.question for c in template(Context(article, read_facts(article), random.Random(1)))]


BRIDGE = (
    "Town asks the Coast Guard to close the old bridge\n\n"
    "The town of Elm Bay has asked the Coast Guard to close the old bridge to boats after a crack was found "
    "in one of its piers.\n\n"
    "\"We cannot wait for a barge to hit it,\" said Mayor Ann Price.\n\n"
    "Mark Olsen, the town engineer, said the crack had grown by two centimetres since May.\n\n"
    "Local fishermen use the channel under the bridge every morning.\n\n"
    "The request to the Coast Guard went out on Tuesday, weeks after the first survey of the piers."
)


def test_a_body_the_article_writes_about_twice_and_never_hears_is_asked_as_the_missing_account():
    asked = questions(BRIDGE)[0]
    assert asked.answer == "The Coast Guard"
    assert sorted(c for c in asked.choices if c != asked.answer) == ["Ann Price, the Mayor", "Mark Olsen, a town engineer"]
    assert "names the Coast Guard in 3 sentences" in asked.explanation, asked.explanation
    assert ("Among the sources it does give words from are Ann Price (the Mayor) and Mark Olsen (a town engineer). ") in asked.explanation


@pytest.mark.parametrize("heard", [
    "The Coast Guard said in a statement that it would look at the request.",
    "A spokesman for the Coast Guard said the request would be read this week.",
    "According to the Coast Guard, the channel is used by forty boats a day.",
    "The Coast Guard has not yet commented.",
    "The Coast Guard will send a boat on Friday. It said the bridge was not its concern.",
    "Jo Reed, a captain at the Coast Guard, said the piers looked sound.",
])
def test_a_body_heard_anywhere_in_the_article_is_not_offered_as_unheard(heard):
    assert not questions(BRIDGE + "\n\n" + heard)


def test_a_body_named_in_one_sentence_only_is_not_asked():
    text = BRIDGE.replace("The request to the Coast Guard went out on Tuesday", "The request went out on Tuesday")
    text = text.replace("Town asks the Coast Guard to close the old bridge", "Town wants the old bridge closed")
    assert not questions(text)


def test_a_press_release_is_not_asked_whose_account_it_leaves_out():
    text = ("FOR IMMEDIATE RELEASE\n\n" + BRIDGE.split("\n\n", 1)[1] + "\n\nContact: press office, Elm Bay Town Hall.")
    article = parse_article(text)
    ctx = Context(article, read_facts(article), random.Random(1))
    if ctx.kind.kind == "press-release":
        assert not list(voices.unheard_party(ctx))
    else:
        pytest.skip("the invented text is not read as a release")


def main_voices(text: str):
    return questions(text, voices.main_voice)


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


def test_a_body_among_the_sources_is_listed_as_the_article_writes_it():
    asked, *_ = questions(BRIDGE + "\n\nThe Harbour Board said the channel would stay open until the work began.")
    assert "the Harbour Board" in asked.explanation, asked.explanation


def test_a_source_with_no_post_could_speak_for_the_body_so_it_is_not_offered_as_unheard():
    assert not questions(BRIDGE + "\n\nJo Reed said the piers would be checked again in June.")


def test_the_police_are_not_unheard_when_an_officer_is_quoted():
    text = ("Road to the old bridge closed\n\n"
            "The police closed the road to the old bridge on Monday night after a crack was found in a pier.\n\n"
            "\"We cannot wait for a lorry to fall in,\" said Mayor Ann Price.\n\n"
            "Mark Olsen, the town engineer, said the crack had grown by two centimetres since May.\n\n"
            "The police will keep the road shut for a week.")
    (asked, *_) = questions(text)
    assert asked.answer == "The police"
    officer = "\n\n\"Nobody drives on it until it is safe,\" said Inspector Jo Reed, a police officer."
    assert not questions(text + officer)


def test_a_body_heard_at_the_start_of_a_sentence_with_a_capital_is_heard():
    text = ("Road to the old bridge closed\n\n"
            "The police closed the road to the old bridge on Monday night after a crack was found in a pier.\n\n"
            "\"We cannot wait for a lorry to fall in,\" said Mayor Ann Price.\n\n"
            "Mark Olsen, the town engineer, said the crack had grown by two centimetres since May.\n\n"
            "The police will keep the road shut for a week.\n\n"
            "Police said drivers should use the ferry.")
    assert not questions(text)
