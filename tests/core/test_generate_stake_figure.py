"""A figure from the body whose plan the story is about: the question asks what a reader
keeps in mind about it, keyed on the body's stake. Each on a short invented story."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import stake_figure
from quiz.core.generate.common import Context
from quiz.core.generate.gate import problems


def asked(text):
    article = parse_article(text)
    ctx = Context(article, read_facts(article), random.Random(1))
    return [c.question for c in stake_figure.stake_figure(ctx) if not problems(c.question, article.text)]


POOL = ("Council plans to close swimming pool\n\n"
        "Dunmore Borough Council announced on Tuesday that it plans to close the Riverside swimming pool next summer.\n\n"
        "The council said the pool lost £240,000 last year and that repairs to its roof had been put off twice.\n\n"
        "Swimmers say the pool is the only one in the town. \"Where will our children learn to swim?\" said "
        "parent Jo Marsh.")


def test_a_figure_from_the_body_whose_plan_the_story_is_about_asks_about_its_stake():
    (question,) = asked(POOL)
    assert question.prompt == ("“The council said the pool lost £240,000 last year and that repairs to its roof had "
                               "been put off twice.” What should a reader keep in mind about the figure “£240,000”?")
    assert question.answer == ("It comes from the council, which plans to close the Riverside swimming pool next summer: "
                               "a side with a stake in how the figure looks")
    assert "It comes from the council, which plans to close the Riverside swimming pool next summer, so the figure must be false" \
        in question.choices
    assert question.evidence.startswith("Dunmore Borough Council announced on Tuesday")
    assert set(question.feedback) == set(question.choices) - {question.answer}


def test_a_plan_in_the_figure_s_own_sentence_is_not_asked():
    # The prompt would print the plan the answer names.
    text = POOL.replace("The council said the pool lost", "The council, which plans to close it, said the pool lost")
    text = text.replace("announced on Tuesday that it plans to close the Riverside swimming pool next summer",
                        "met on Tuesday to discuss the Riverside swimming pool")
    assert asked(text) == []


def test_a_figure_from_a_body_that_is_not_the_one_with_the_plan_is_not_asked():
    text = POOL.replace("The council said the pool lost £240,000 last year",
                        "The swimming club said the pool had 40,000 visits last year")
    assert asked(text) == []


def test_a_figure_from_a_person_is_left_to_the_questions_on_people():
    text = POOL.replace("The council said the pool lost", "Council leader Ann Webb said the pool lost")
    assert asked(text) == []
