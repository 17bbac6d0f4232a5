"""The parts of an opinion column's argument: which sentence states its main claim, and
which only serve it. Every column here is invented for the test."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import column
from quiz.core.generate.common import Context
from quiz.core.generate.opinion import _recommends


def context(text: str) -> Context:
    article = parse_article(text)
    return Context(article, read_facts(article), random.Random(1))


def questions(template, text: str):
    return [c.question for c in template(context(text))]


POOL = """Riverton council should keep the Lido pool open all summer

By Ann Lin

Last July, a group of children waited outside the Lido for an hour before a sign went up on the gate: shut until Saturday.

The council closed the pool on weekdays in 2023 to save £60,000 a year. In 2022 the pool sold 40,000 tickets over the summer.

Some people say the pool is a luxury the town cannot afford. I understand the worry about the council's budget. But the pool is the only place in the east of the town where children learn to swim.

What I am asking is that the council keep the Lido pool open every day from June to September.

Ann Lin is a swimming teacher and lives in Riverton.
"""


def test_a_columns_main_claim_is_its_call_on_what_the_headline_is_about():
    asked = questions(column.main_claim, POOL)
    assert len(asked) == 1
    question = asked[0]
    assert question.answer == "What I am asking is that the council keep the Lido pool open every day from June to September."
    assert "Some people say the pool is a luxury the town cannot afford." in question.choices
    assert not any(c.startswith("Riverton council should") for c in question.choices)  # never the headline
    assert all(question.feedback[c] for c in question.choices if c != question.answer)


def test_a_call_put_as_what_the_writer_asks_for_is_read_as_a_call():
    assert any(f.text.startswith("What I am asking") for f in _recommends(context(POOL)))


def test_no_main_claim_where_the_piece_sets_out_no_other_view_and_grants_nothing():
    plain = POOL.replace("Some people say the pool is a luxury the town cannot afford. I understand the worry about the council's budget. But the",
                         "The")
    assert questions(column.main_claim, plain) == []


def test_no_main_claim_where_two_calls_on_others_tie():
    # A second call on the council, as near the headline: either could be the claim.
    tied = POOL.replace("Ann Lin is a swimming teacher", "The council should also keep the Lido pool open at weekends in May.\n\n"
                        "Ann Lin is a swimming teacher")
    assert questions(column.main_claim, tied) == []


def test_a_figure_beside_the_other_sides_view_is_not_offered_as_the_writers_evidence():
    text = POOL.replace("I understand the worry about the council's budget.", "I understand the worry about the council's budget. The pool lost £20,000 last year.")
    asked = questions(column.main_claim, text)
    assert asked and "The pool lost £20,000 last year." not in asked[0].choices


def test_a_view_set_out_for_unnamed_others_and_answered_asks_what_the_writer_does_with_it():
    asked = questions(column.other_side, POOL)
    assert len(asked) == 1
    question = asked[0]
    assert question.answer == ("The view of unnamed “some people”, which the writer grants in part and then argues against")
    assert "I understand the worry about the council's budget." in question.explanation
    assert "The writer's own view, which the sentences after it go on to back up" in question.choices


def test_a_view_the_writer_does_not_answer_is_not_asked_about():
    agreed = POOL.replace("But the pool is the only place", "And the pool is the only place")
    assert questions(column.other_side, agreed) == []


def test_a_view_whose_he_has_no_name_before_it_is_not_shown():
    text = POOL.replace("Some people say the pool is a luxury the town cannot afford.",
                        "Some people say he has spent too much on the pool already.")
    assert questions(column.other_side, text) == []


def test_a_figure_from_the_body_the_closing_line_ties_the_writer_to_asks_about_the_writers_side():
    text = POOL.replace("In 2022 the pool sold 40,000 tickets over the summer.",
                        "In 2022 the Lido Swimming Club counted 40,000 swims over the summer.").replace(
        "Ann Lin is a swimming teacher and lives in Riverton.", "Ann Lin is the chair of the Lido Swimming Club.")
    (asked,) = questions(column.own_evidence, text)
    assert asked.answer == ("It comes from the Lido Swimming Club, and the writer is the chair of the Lido Swimming Club: "
                            "a source on the writer's own side")
    assert asked.evidence == "In 2022 the Lido Swimming Club counted 40,000 swims over the summer."


def test_no_question_on_the_writers_side_when_the_figure_comes_from_another_body():
    text = POOL.replace("In 2022 the pool sold 40,000 tickets over the summer.",
                        "In 2022 the Riverton Tourist Board counted 40,000 swims over the summer.").replace(
        "Ann Lin is a swimming teacher and lives in Riverton.", "Ann Lin is the chair of the Lido Swimming Club.")
    assert questions(column.own_evidence, text) == []


def test_taking_a_worry_seriously_is_a_point_granted_and_a_long_reply_still_answers():
    text = POOL.replace("I understand the worry about the council's budget.", "I take that worry seriously.").replace(
        "But the pool is the only place in the east of the town where children learn to swim.",
        "But the pool is the only place in the east of the town where children can learn to swim, and half of the "
        "children there cannot swim a length by eleven.")
    (asked,) = questions(column.other_side, text)
    assert asked.answer.endswith("which the writer grants in part and then argues against")


def test_a_point_granted_to_what_was_said_before_is_not_shown_alone_as_a_choice():
    text = POOL.replace("I understand the worry about the council's budget.", "I take that worry seriously.")
    asked = questions(column.main_claim, text)
    assert all("that worry" not in choice for q in asked for choice in q.choices)


def test_a_view_held_by_a_bare_some_names_no_group_in_quotation_marks():
    text = POOL.replace("Some people say the pool is a luxury the town cannot afford.",
                        "Some will say the pool is a luxury the town cannot afford.")
    (asked,) = questions(column.other_side, text)
    assert asked.answer == "The view of others the writer does not name, which the writer grants in part and then argues against"
    assert asked.evidence == "Some will say the pool is a luxury the town cannot afford. I understand the worry about the council's budget."


def test_a_main_claim_asked_before_a_view_it_explains_is_not_packed_with_the_question_on_that_view():
    first = POOL.replace("By Ann Lin\n\n", "By Ann Lin\n\nWhat I am asking is that the council keep the Lido pool open "
                         "every day from June to September.\n\n", 1).replace(
        "\n\nWhat I am asking is that the council keep the Lido pool open every day from June to September.\n\nAnn", "\n\nAnn")
    for text, answered in ((first, True), (POOL, False)):
        ctx = context(text)
        (claim,) = column.main_claim(ctx)
        (side,) = column.other_side(ctx)
        assert claim.answered_by(side.question) is answered


# The same column, with a first-person opening so that it reads as opinion whatever its middle.
SEEN = POOL.replace("Last July, a group of children waited", "Last July, I watched a group of children wait")


def test_a_but_that_carries_the_view_on_is_not_the_writers_answer_to_it():
    # The writer shares the parents' complaint: the "But" adds to it, it does not answer it.
    text = SEEN.replace("Some people say the pool is a luxury the town cannot afford. I understand the worry about the council's budget. "
                        "But the pool is", "Some parents say the pool opens far too rarely. But the council has not changed "
                        "its opening hours in ten years. The pool is")
    assert questions(column.other_side, text) == []
    assert questions(column.main_claim, text) == []


def test_a_but_that_turns_on_the_view_is_the_writers_answer_to_it():
    text = SEEN.replace("I understand the worry about the council's budget. But the pool is the only place",
                        "But that is not the whole story. The pool is the only place")
    (asked,) = questions(column.other_side, text)
    assert asked.answer == "The view of unnamed “some people”, which the writer sets out and then argues against"


def test_agreeing_with_a_view_and_not_answering_it_is_no_concession():
    text = SEEN.replace("Some people say the pool is a luxury the town cannot afford. I understand the worry about the council's budget. "
                        "But the", "I agree with the parents who say the Lido is the best thing about a summer in Riverton. The")
    assert questions(column.main_claim, text) == []


def test_a_year_in_a_sentence_about_the_writers_body_is_no_figure_from_it():
    text = POOL.replace("In 2022 the pool sold 40,000 tickets over the summer.",
                        "The Lido Swimming Club was founded in 1998 by a group of parents.").replace(
        "Ann Lin is a swimming teacher and lives in Riverton.", "Ann Lin is the chair of the Lido Swimming Club.")
    assert questions(column.own_evidence, text) == []
    # A number about the body that the body is not the source of: it has 300 members.
    members = text.replace("was founded in 1998 by a group of parents.", "has 300 members.")
    assert questions(column.own_evidence, members) == []
