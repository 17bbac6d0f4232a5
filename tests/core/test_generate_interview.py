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


FLOOD_PANEL = """Three experts on the river floods

The River Tam burst its banks on Monday, flooding more than two hundred homes. Our reporter put questions to three experts by e-mail.

Reporter: The floods came two days after heavy rain upstream. Will the river flood again this winter?

Okoro: Yes. The ground is soaked through, and any more heavy rain will run straight into the river.

Lindqvist: I don't have enough information to answer this question, one way or the other.

Marsh: It is likely. The flood walls in the town centre are too low for a storm like this one.

Reporter: What should people living near the river do now?

Okoro: They should sign up for the flood warnings and keep sandbags at the door.

Lindqvist: Move valuables upstairs and keep a bag packed.

Marsh: Listen to the council's advice and do not drive through floodwater.
"""


def test_a_guest_who_cannot_judge_a_yes_or_no_question_gives_no_view_either_way():
    from quiz.core.generate import interview as interview_templates
    article = parse_article(FLOOD_PANEL)
    assert read_facts(article).kind.kind == "interview"
    ctx = Context(article, read_facts(article), random.Random(1))
    (question,) = [c.question for c in interview_templates.declined_answer(ctx)]
    assert question.prompt.startswith("The reporter asks: “Will the river flood again this winter?” Lindqvist answers: “I don't have")
    assert question.answer.startswith("Nothing either way: Lindqvist gives no view")
    assert question.feedback["That no one in the interview could answer it"].startswith("Okoro answers the same question")
    # An answer that goes on to give a view after all ("However, ...") is not asked.
    goes_on = FLOOD_PANEL.replace("one way or the other.", "one way or the other. However, the walls look too low to me.")
    ctx = Context(parse_article(goes_on), read_facts(parse_article(goes_on)), random.Random(1))
    assert not list(interview_templates.declined_answer(ctx))


def test_an_answer_that_says_i_am_not_placed_to_judge_declines_in_either_spelling():
    from quiz.core.generate.interview import DECLINES
    for answer in ("I'm not qualified to say.", "I’m not an expert on that.", "I am not in a position to judge."):
        assert DECLINES.match(answer), answer
