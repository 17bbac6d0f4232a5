"""Figures with a side behind them: two sources giving two figures for one count (what a
reader makes of them, keyed on treating both as claims), and a figure from the body whose plan
the story is about (keyed on its stake). Each on a short invented story."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import rival_figures, stake_figure
from quiz.core.generate.common import Context
from quiz.core.generate.gate import problems


def asked(text, template):
    article = parse_article(text)
    ctx = Context(article, read_facts(article), random.Random(1))
    return [c.question for c in template(ctx) if not problems(c.question, article.text)]


def rivals(text):
    return asked(text, rival_figures.rival_figures)


def stakes(text):
    return asked(text, stake_figure.stake_figure)



MARCH = ("Thousands march against library closures\n\n"
         "Thousands of people marched through Carlton on Saturday against plans to close six libraries.\n\n"
         "Organisers said more than 8,000 people joined the march, which ended with a rally outside the town hall. "
         "Police put the figure at about 3,000.\n\n"
         "The council says the closures will save £2 million a year. A final decision is due in March.")


def test_organisers_and_police_giving_two_crowd_figures_ask_what_a_reader_makes_of_them():
    (question,) = rivals(MARCH)
    assert question.prompt == ("The article gives two figures for the number of people: “more than 8,000” from the "
                               "organisers and “about 3,000” from the police. What should a reader make of them?")
    assert question.answer == "Treat both as claims to check: the article says how neither side counted"
    assert "The true number is halfway between the two, about 5,500" in question.choices
    assert "needs no checking" in " ".join(question.choices)
    assert question.evidence.startswith("Organisers said more than 8,000") and question.evidence.endswith("about 3,000.")
    assert set(question.feedback) == set(question.choices) - {question.answer}


def test_a_rival_toll_in_the_same_sentence_is_asked_too():
    text = ("Shelling hits market\n\n"
            "Rebels said 120 people died when shells hit a market in the north on Friday, while the army put the "
            "death toll at 45.\n\n"
            "Neither figure could be checked independently. Aid groups said the market had been busy.")
    (question,) = rivals(text)
    assert "“120” from the rebels and “45” from the army" in question.prompt


def test_two_sides_counting_the_same_people_give_rival_figures():
    text = ("Strike at bus depot\n\n"
            "The union said 2,000 workers walked out on Monday. The company said 900 workers had walked out, "
            "and that most routes still ran.\n\nTalks are due to resume next week.")
    (question,) = rivals(text)
    assert "“2,000” from the union and “900” from the company" in question.prompt
    assert "Go with the figure from the company: the later figure corrects the first" in question.choices


def test_two_bodies_whose_names_share_only_of_are_two_givers():
    text = ("Blast at depot\n\n"
            "The Ministry of Health said 120 people were treated in hospital after the blast, while the Department of "
            "Defence put the figure at 45.\n\nAn inquiry will begin next week.")
    (question,) = rivals(text)
    assert "“120” from the Ministry of Health and “45” from the Department of Defence" in question.prompt


def test_a_part_of_the_first_count_is_not_a_rival_figure():
    text = MARCH.replace("Police put the figure at about 3,000.",
                         "Police said about 3,000 of them had travelled from outside the town.")
    assert rivals(text) == []


def test_one_body_giving_two_counts_is_not_a_dispute():
    text = ("Festival numbers\n\n"
            "The organisers said 8,000 people came on Saturday. The organisers said 3,000 people came on Sunday, "
            "when it rained.\n\nThe festival returns next year.")
    assert rivals(text) == []


def test_a_figure_whose_count_the_article_explains_is_not_asked():
    # The key says the article gives no method: here it does.
    text = MARCH.replace("Police put the figure at about 3,000.",
                         "Police put the figure at about 3,000, counted from aerial photographs.")
    assert rivals(text) == []


def test_two_counts_of_one_noun_that_say_different_things_are_not_rivals():
    text = ("Coach crash\n\n"
            "The ministry said 25 people had died in the crash. Hospital officials said 40 people were being treated "
            "for injuries.\n\nThe road was closed for most of the day.")
    assert rivals(text) == []


def test_a_method_given_later_in_the_article_is_not_asked():
    # The key says the article gives no method: here it does, two paragraphs on.
    text = MARCH.replace("The council says the closures", "Carlton Police said its estimate came from drone images.\n\n"
                         "The council says the closures")
    assert rivals(text) == []


def test_a_second_figure_said_after_but_or_while_is_a_rival_for_the_same_count():
    text = ("March in Leeds\n\n"
            "Organisers said 15,000 people took part in the march on Sunday, but police said about 6,000 had attended.\n\n"
            "The council said the park would be sold next year to pay for new homes.")
    (question,) = rivals(text)
    assert "“15,000” from the organisers and “about 6,000” from the police" in question.prompt
    text = ("March in Leeds\n\nPolice said 3,000 people marched in Leeds on Saturday, while organisers said 9,000.\n\n"
            "The council said the park would be sold next year to pay for new homes.")
    (question,) = rivals(text)
    assert "“3,000” from the police and “9,000” from the organisers" in question.prompt


def test_two_figures_for_two_things_in_one_sentence_are_not_rivals():
    text = ("Flood damage\n\n"
            "Officials said 400 homes were flooded on Monday, and volunteers said 120 cars had been moved to high ground.\n\n"
            "The river is expected to fall by Thursday.")
    assert rivals(text) == []



POOL = ("Council plans to close swimming pool\n\n"
        "Dunmore Borough Council announced on Tuesday that it plans to close the Riverside swimming pool next summer.\n\n"
        "The council said the pool lost £240,000 last year and that repairs to its roof had been put off twice.\n\n"
        "Swimmers say the pool is the only one in the town. \"Where will our children learn to swim?\" said "
        "parent Jo Marsh.")


def test_a_figure_from_the_body_whose_plan_the_story_is_about_asks_about_its_stake():
    (question,) = stakes(POOL)
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
    assert stakes(text) == []


def test_a_figure_from_a_body_that_is_not_the_one_with_the_plan_is_not_asked():
    text = POOL.replace("The council said the pool lost £240,000 last year",
                        "The swimming club said the pool had 40,000 visits last year")
    assert stakes(text) == []


def test_a_figure_from_the_body_on_something_else_than_its_plan_is_not_asked():
    text = POOL.replace("The council said the pool lost £240,000 last year and that repairs to its roof had been put "
                        "off twice.", "The council said it had repaired 1,200 potholes on town roads last year.")
    assert stakes(text) == []


def test_a_figure_from_another_body_with_the_same_head_word_is_not_asked():
    text = POOL.replace("The council said the pool lost", "Carlton County Council said the pool lost")
    assert stakes(text) == []


def test_a_figure_from_a_person_is_left_to_the_questions_on_people():
    text = POOL.replace("The council said the pool lost", "Council leader Ann Webb said the pool lost")
    assert stakes(text) == []
