"""Whose guess a hedge is: a quoted source's "could" is the source's, not the article's;
asked on short invented articles."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import uncertainty
from quiz.core.generate.common import Context
from quiz.core.generate.gate import problems


def asked(text):
    article = parse_article(text)
    return [c.question for c in uncertainty.whose_guess(Context(article, read_facts(article), random.Random(1)))]


RENTS = (
    "Rents rise again in Dunmore\n\n"
    "Rents in Dunmore rose for the third year running, according to the housing agency HomeFirst. "
    "The mayor, Tom Berg, said the city would build 200 new homes. "
    "Landlords' group RentWise said costs had risen for its members too.\n\n"
    "Maria Keane, an economist at Western University, said the figures were worrying: \"Wages have not kept up. "
    "Rents could rise faster than wages for another two years.\"\n"
)


def test_whose_guess_a_hedge_in_a_quotation_is_when_the_name_stands_in_another_sentence():
    (q,) = asked(RENTS)
    assert q.prompt == "In the article, whose guess is it that “Rents could rise faster than wages for another two years”?"
    assert q.answer == "Maria Keane, an economist at Western University"
    assert "The writer of the article, in its own voice" in q.choices and len(q.choices) == 4
    assert problems(q, RENTS) == []


def test_whose_guess_is_not_asked_beside_the_name_nor_of_a_claim_the_speaker_reports():
    beside = RENTS.replace("said the figures were worrying: \"Wages have not kept up. Rents could rise faster than wages "
                           "for another two years.\"", "said: \"Rents could rise faster than wages for another two years,\" "
                           "Keane said.")
    reported = RENTS.replace("Rents could rise", "Landlords will say that rents could rise")
    assert "Keane said" in beside and "say that rents" in reported
    assert asked(beside) == []
    assert asked(reported) == []


def test_a_name_is_found_beside_the_hedge_only_as_a_whole_word():
    # "Marian" is no "Maria": the name is not beside the hedge, so the question is asked.
    text = RENTS.replace("Rents could rise faster than wages", "Marian Street rents could rise faster than wages")
    (q,) = asked(text)
    assert q.answer == "Maria Keane, an economist at Western University"
