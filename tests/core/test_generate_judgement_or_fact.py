"""Which sentence judges and which could be checked, on every kind of report: the writer's
own judgement or advice, a named person's judgement in their quoted words, beside sentences
that state a figure or a date; on a news story, a tribute and an explainer alike."""

import random

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import choose, generate_pack, opinion
from quiz.core.generate.common import Context

STORY = """Harbour museum opens after four years of work

Saturday, June 7, 2025

The Westport Harbour Museum opened its doors on Friday after four years of building work.

The museum cost $12 million and holds 3,000 objects from the town's fishing past.

More than 1,500 visitors came through the doors on the first day.

"The volunteers put a tremendous amount of effort into every room of this museum," said Mayor Ruth Ellis.

The old customs house that holds the museum was built in 1842 and closed in 1990.
"""
QUOTED = "\"The volunteers put a tremendous amount of effort into every room of this museum,\" said Mayor Ruth Ellis."
WRITERS = "The museum's remarkable boat room was opened by the mayor."
JUDGED = STORY.replace(QUOTED, QUOTED + "\n\n" + WRITERS)


def offered(text, template=opinion.writer_judgement):
    article = parse_article(text)
    return [c.question for c in template(Context(article, read_facts(article), random.Random(1)))]


def test_a_named_persons_quoted_judgement_is_not_asked_beside_sentences_a_record_could_check():
    # The key was the only quotation among plain sentences, often opening "I think": a student
    # saw it without reading (round 32 of the review).
    assert not offered(STORY)


def test_the_writers_judgement_is_asked_beside_sentences_a_record_could_check():
    (question,) = offered(JUDGED)
    assert question.answer == WRITERS and question.evidence == WRITERS
    assert "The museum cost $12 million and holds 3,000 objects from the town's fishing past." in question.choices
    assert "“remarkable” judges" in question.explanation
    assert set(question.feedback) == set(question.choices) - {question.answer}
    assert question.template == "writer-judgement" and question.skill == "fact-vs-opinion"


def test_the_writers_advice_is_a_judgement_but_a_rule_is_not():
    advice = "Every family in the region should visit the museum this summer."
    (question,) = offered(STORY.replace(QUOTED, advice))
    assert question.answer == advice
    assert "“should” says what ought to be done" in question.explanation
    assert not offered(STORY.replace(QUOTED, "Visitors must be accompanied by an adult in the boat room."))


def test_the_united_states_is_no_reporting_verb_and_a_plan_is_no_checked_fact():
    text = JUDGED.replace("More than 1,500 visitors came through the doors on the first day.",
                         "More than 1,500 visitors from the United States came through the doors on the first day.")
    (question,) = offered(text)
    assert any("United States" in c for c in question.choices)
    planned = JUDGED.replace("The old customs house that holds the museum was built in 1842 and closed in 1990.",
                            "A second wing will open in 2027.")
    (question,) = offered(planned)
    assert not any("2027" in c for c in question.choices)


def test_a_sentence_that_opens_on_a_capital_but_leans_on_she_is_not_a_choice():
    text = JUDGED.replace("More than 1,500 visitors came through the doors on the first day.",
                         "Outside the museum she cut a ribbon in 2025 before 1,500 visitors.")
    (question,) = offered(text)
    assert not any("Outside the museum" in c for c in question.choices)


TRIBUTE = """Remembering Margaret Ellison, teacher and neighbour

Margaret Ellison, who taught science at Riverside High School for 32 years, died on March 3 at the age of 84. Her family, her former students and the town gathered on Saturday to remember her.

Margaret was born in 1941 in a farmhouse outside the town. She was the first person in her family to go to university, and she came home in 1965 to teach the children of the farmers she had grown up with.

She was a patient teacher. Generations of students remember her lessons, and many of them say she changed the course of their lives. She never gave up on a child who struggled, and she stayed late most evenings to help.

In 1978 Margaret started the school's first science show, which now draws more than 400 students from 12 schools each spring. In 1992 Margaret was named the state's teacher of the year.

Outside the classroom she led the town's library board for 15 years and raised $60,000 for a new reading room, which opened in 2004.

Her husband, Tom, died in 2010. She leaves two daughters, five grandchildren and a town that owes her more than it can say.

"She was the best teacher I ever had," said Daniel Ortiz, who was in her class in 1983 and is now the school's principal. "She made every one of us feel that our questions mattered."

Margaret was a wonderful friend and a remarkable woman. We will miss her laugh, her stubborn kindness and her puns, and the town will miss her for many years to come.

The family asks that gifts in her memory go to the Riverside library, where she spent many happy hours. A service will be held at the Riverside church at ten in the morning, and everyone who knew her is welcome to come and share a story.
"""

EXPLAINER = """What does the word inflation really mean?

Inflation is the rate at which prices rise over time. When inflation is high, the same amount of money buys less than it did a year before, and people notice it first in the price of food and rent.

Governments measure inflation with a price index. The Bureau of Labor Statistics in the United States has published the Consumer Price Index every month since 1919. It tracks the prices of about 80,000 goods and services, from bread to rent.

In June 2022, prices in the United States were 9.1 percent higher than a year earlier, the fastest rise in four decades. By June 2023, the yearly rate had fallen to 3 percent.

Most central banks aim for inflation of about 2 percent a year. The Bank of England adopted that target in 2003, and the US Federal Reserve took up the same goal in 2012.

A little inflation does an economy no harm. Very high inflation hurts families, because wages rarely keep up with prices, and savings lose their value.

The word comes from the Latin inflare, to blow into or to puff up. It was first used about money in the United States in the 1830s, when banks printed large amounts of paper money.

Economists disagree about what causes inflation. Some blame too much money in circulation; others point to shortages of goods or to rising wages.

Central banks should act early, before rising prices become a habit. Waiting too long only makes the cure more painful for everyone.

A single price going up, such as the price of eggs after a poor harvest, is not inflation on its own: inflation is a rise in prices across the whole economy. The same is true of wages: one worker's raise is not a sign that pay is rising everywhere.
"""


@pytest.mark.parametrize("text, answer", [
    (TRIBUTE, "Margaret was a wonderful friend and a remarkable woman."),
    (EXPLAINER, "Central banks should act early, before rising prices become a habit."),
])
def test_a_tribute_and_an_explainer_are_asked_which_sentence_judges(text, answer):
    assert len(text.split()) >= 300
    # "The same is true of wages" is ordinary prose, not a fact-check's verdict.
    assert read_facts(parse_article(text)).kind.kind not in ("fact-check", "interview")
    assert answer in [q.answer for q in offered(text)]
    pack = generate_pack(text, seed=1)
    assert any(q.skill == "fact-vs-opinion" for q in pack.questions)


def test_a_day_or_a_count_in_words_can_be_checked_and_the_feedback_quotes_it_without_the_full_stop():
    text = JUDGED.replace("More than 1,500 visitors came through the doors on the first day.",
                         "The town council voted for the museum on a Friday.").replace(
        "The museum cost $12 million and holds 3,000 objects from the town's fishing past.",
        "Three fishing boats were moved into the main hall in 2019.")
    (question,) = offered(text)
    assert "The town council voted for the museum on a Friday." in question.choices
    assert "(“Friday”)" in question.feedback["The town council voted for the museum on a Friday."]
    assert "(“1842”)" in question.feedback[
        "The old customs house that holds the museum was built in 1842 and closed in 1990."]


def test_one_pack_asks_which_sentence_judges_once():
    text = JUDGED.replace("The old customs house", "The wonderful old lighthouse was painted white in 2018.\n\nThe old customs house")
    article = parse_article(text)
    both = list(opinion.writer_judgement(Context(article, read_facts(article), random.Random(1))))
    assert len(both) == 2
    assert len(choose(both, 15, random.Random(1))) == 1


OPED = """Our town needs a new library now

By Councillor Maria Lopez

I have served on the town council since 2016, and I have never seen a project as urgent as this one.

The library was built in 1962 and has no lift to its upper floor.

The council's plan to patch the old building is a shameful waste of public money.

The council should vote for the new library at its next meeting.

Residents should come to that meeting and tell the council what they think.
"""


def test_in_a_column_the_checkable_sentence_holds_no_view_of_its_own():
    assert read_facts(parse_article(OPED)).kind.kind == "opinion"
    (question,) = offered(OPED, opinion.checkable_sentence)
    assert question.answer == "The library was built in 1962 and has no lift to its upper floor."
    assert not any("as urgent as this one" in c for c in question.choices)


def test_the_month_of_may_is_no_guess_but_may_have_is():
    judged = "The remarkable boat room was finished in May by the volunteers."
    assert judged in [q.answer for q in offered(STORY.replace(QUOTED, judged))]
    guess = "The remarkable boat room may have been finished by the volunteers."
    assert guess not in [q.answer for q in offered(STORY.replace(QUOTED, guess))]
