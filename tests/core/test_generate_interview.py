"""Interviews, turn by turn: the claim a question stands on, and whose turn a question read
out in quotation marks is."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import generate_pack
from quiz.core.generate.common import Context
from quiz.core.generate.interview import question_premise

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
