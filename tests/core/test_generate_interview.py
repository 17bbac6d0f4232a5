"""Interviews, turn by turn: the claim a question stands on, a guest who says they do not
know, and a figure a guest gives about their own team's work."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import generate_pack
from quiz.core.generate.common import Context
from quiz.core.generate.interview import knows_not, question_premise

PANEL = """Three experts on the floods in the valley

Valley Times: The floods this week were the worst the valley has seen in a century. Is the council ready for the clean-up?

Hale: I don't have enough information to answer that, one way or the other.

Moss: The council has hired two hundred extra workers and opened three shelters, so it looks ready to me.

Pike: From what I read in the papers, the council was slow to warn people.

Valley Times: Will the river rise again this month?

Hale: Rivers in the valley usually fall quickly once the rain stops, because the soil drains well in spring.

Moss: Probably not, unless the storms come back.
"""


def offered(template, text):
    article = parse_article(text)
    return list(template(Context(article, read_facts(article), random.Random(1))))


def test_a_question_that_stands_on_a_statement_asks_whose_claim_the_statement_is():
    (candidate,) = offered(question_premise, PANEL)
    asked = candidate.question
    assert asked.prompt.startswith("Valley Times asks the guests: “The floods this week were the worst the valley has "
                                   "seen in a century. Is the council ready")
    assert asked.answer == "Valley Times' own: the question states it, and gives no source for it"
    assert "The guests': it is part of their answers" in asked.choices
    assert asked.evidence.startswith("Valley Times: The floods") and asked.evidence.endswith("clean-up?")
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}
    assert "no source is given for it. The guests are asked only what follows it" in asked.explanation
    assert "question-premise" in {q.template for q in generate_pack(PANEL, seed=1).questions}


def test_a_statement_the_question_gives_to_someone_else_or_a_greeting_is_no_premise_of_the_interviewer():
    said = PANEL.replace("The floods this week were", "The mayor said the floods this week were")
    assert not offered(question_premise, said)
    greeting = PANEL.replace("The floods this week were the worst the valley has seen in a century.",
                             "Thank you all for taking our questions this morning.")
    assert not offered(question_premise, greeting)
    one_sentence = PANEL.replace("in a century. Is the council", "in a century; is the council")
    (candidate,) = offered(question_premise, one_sentence)
    assert candidate.question.explanation.startswith("The first part is Valley Times' own statement")
    paraphrase = PANEL.replace("The floods this week were", "You mentioned that the floods this week were")
    assert not offered(question_premise, paraphrase)


def test_a_guest_who_says_they_do_not_know_is_asked_what_that_answer_tells_a_reader():
    (candidate,) = offered(knows_not, PANEL)
    asked = candidate.question
    assert asked.prompt == ("Valley Times asks: “Is the council ready for the clean-up?” Hale answers: “I don't have "
                            "enough information to answer that, one way or the other.” What does this answer tell a reader?")
    assert asked.answer == "Hale admits not knowing this, rather than guess"
    assert asked.feedback["That no one can answer the question"] == "Only Hale says so: Moss and Pike answer the same question."
    assert "That Hale knows little about anything the interview asks" in asked.feedback
    assert "other answers to the same question may rest on less" in asked.explanation
    assert "not the same as saying no" in asked.feedback["That Hale's answer to the question is no"]


def test_a_guest_who_declines_to_go_into_details_is_not_said_not_to_know():
    declined = PANEL.replace("I don't have enough information to answer that, one way or the other.",
                             "I'm not going to get into the details of what the council has planned.")
    assert not offered(knows_not, declined)
    leaning = PANEL.replace("one way or the other.", "one way or the other. Probably not, from what I see.")
    assert not offered(knows_not, leaning)  # a guess after all: "the answer is no" would not be wrong


SHOP = """A baker on running a village shop

Ann Blake: How does a day at the bakery start?

Maria Lopez: We bake about three hundred loaves before the shop opens at seven, all by hand.

Ann Blake: Who buys them?

Maria Lopez: Mostly people on their way to work, and the school across the road.

Ann Blake: What comes next?

Maria Lopez: A second shop, if the bank agrees to lend us the money.
"""


def test_a_figure_a_guest_gives_about_their_own_teams_work_asks_where_it_comes_from():
    from quiz.core.generate.interview import own_figure

    (candidate,) = offered(own_figure, SHOP)
    asked = candidate.question
    assert asked.prompt == ("Maria Lopez answers: “We bake about three hundred loaves before the shop opens at seven, all "
                            "by hand.” Where does the figure in this answer come from?")
    assert asked.answer == "From Maria Lopez, about Maria Lopez's own team's work: nothing else in the interview backs it"
    assert "From a count Ann Blake made" in asked.feedback
    audited = SHOP.replace("all by hand.", "all by hand, according to our records.")
    assert not offered(own_figure, audited)
    everyone = SHOP.replace("We bake about three hundred loaves", "We lose about three hundred loaves")
    assert not offered(own_figure, everyone)


READ_OUT = """Minister Ruth Kane takes questions from listeners

QUESTION: Thank you for joining us, Minister. Our first question comes from Tom Ward, a farmer: “The new rules on water cost farms thousands of pounds. Will you change them?”

MINISTER KANE: We have listened to farmers, and we will look at the rules again in the spring.

QUESTION: Our next question is from Lisa Green: “When will the new train line open?”

MINISTER KANE: The line will open in 2027, as planned.

QUESTION: And our last question: “Will you stand again at the next election?”

MINISTER KANE: That is for the voters and my party to decide.
"""


def test_a_question_read_out_in_quotation_marks_is_the_interviewers_turn_not_an_answer():
    turns = [t for t in read_facts(parse_article(READ_OUT)).facts if t.kind == "turn"]
    assert {t.data["label"]: t.data["role"] for t in turns} == {"QUESTION": "interviewer", "MINISTER KANE": "interviewee"}
    assert [t.data["question"] for t in turns if t.data["label"] == "QUESTION"] == [True, True, True]
