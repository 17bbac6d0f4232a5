"""The question on what backs an accusation the article reports."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import TEMPLATES
from quiz.core.generate.accusation import accusation_support
from quiz.core.generate.common import Context
from quiz.core.generate.gate import problems


def questions(text: str):
    article = parse_article(text)
    return [c.question for c in accusation_support(Context(article, read_facts(article), random.Random(1)))
            if not problems(c.question, article.text)]


def story(middle: str) -> str:
    return ("Row over the town bus contract\n\n"
            "The town council met on Tuesday evening to discuss the new bus contract for the district.\n\n"
            f"{middle}\n\n"
            "The council will meet again next month to vote on the plan for the district.")


BARE = story("Council member Dana Ortiz accused Mayor Lee Brandt of hiding the cost of the contract from voters. "
             "Ortiz made the charge during a long debate on the plan.")


def test_an_accusation_with_nothing_beside_it_rests_on_the_accusers_word():
    (q,) = questions(BARE)
    assert q.answer == "Nothing beside it: only Dana Ortiz's word"
    assert len(q.choices) == 4 and q.template == "accusation-support"
    assert "accused Mayor Lee Brandt" in q.prompt and q.evidence in BARE
    assert "answer of the side accused" in q.explanation
    assert set(q.feedback) == set(q.choices) - {q.answer}


def test_the_template_is_one_the_generator_runs():
    assert accusation_support in TEMPLATES


def test_blame_of_a_named_side_is_an_accusation_but_blame_of_the_weather_is_not():
    named = story("Union leader Sam Reyes blamed Mayor Lee Brandt for the late wages of the drivers. "
                  "Reyes spoke outside the depot before the meeting began.")
    assert [q.answer for q in questions(named)] == ["Nothing beside it: only Sam Reyes's word"]
    weather = story("Union leader Sam Reyes blamed the rain for the late buses on the northern routes. "
                    "Reyes spoke outside the depot before the meeting began.")
    assert questions(weather) == []


def test_no_question_where_a_record_a_figure_or_another_voice_stands_beside_the_charge():
    for after in ("A council report shows the cost was left out of the budget papers.",
                  "The contract is worth 4 million dollars over five years.",
                  "Mayor Brandt said the cost had been published in full."):
        text = story("Council member Dana Ortiz accused Mayor Lee Brandt of hiding the cost of the contract "
                     f"from voters. {after}")
        assert questions(text) == [], after


def test_no_question_where_the_next_sentence_gives_the_accused_sides_answer():
    text = story("Council member Dana Ortiz accused Mayor Lee Brandt of hiding the cost of the contract from voters. "
                 "The claim was disputed by the mayor's office.")
    assert questions(text) == []


def test_a_body_is_named_with_its_article_and_a_prosecutors_charge_is_not_one_sides_word():
    ministry = story("The Ministry of Health blamed the World Health Organization for the slow delivery of vaccines. "
                     "The debate went on late into the night.")
    assert [q.answer for q in questions(ministry)] == ["Nothing beside it: only the Ministry of Health's word"]
    prosecutor = story("District Attorney Jane Roe accused Tom Smith of stealing from the charity he ran. "
                       "The debate went on late into the night.")
    assert questions(prosecutor) == []


def test_saying_that_someone_lied_is_an_accusation_but_a_plain_report_is_not():
    lied = story("Senator Ruth Vale said Mayor Lee Brandt had lied about the cost of the contract. "
                 "Vale spoke to reporters on the steps of the town hall.")
    assert [q.answer for q in questions(lied)] == ["Nothing beside it: only Ruth Vale's word"]
    plain = story("Senator Ruth Vale said Mayor Lee Brandt had signed the contract on Monday morning. "
                  "Vale spoke to reporters on the steps of the town hall.")
    assert questions(plain) == []
