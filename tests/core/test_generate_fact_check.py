"""Fact-check questions: what the check's verdict says about the claim. Each on a short
invented fact-check."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import fact_check
from quiz.core.generate.common import Context
from quiz.core.generate.gate import problems


def asked(text, template):
    """The questions a template offers on `text` that pass the gate."""
    article = parse_article(text)
    ctx = Context(article, read_facts(article), random.Random(1))
    return [c.question for c in template(ctx) if not problems(c.question, article.text)]


CHECK = ("Fact check: Did bus fares really triple?\n\n"
         "A post shared on Facebook claims that bus fares in Millbrook have tripled since 2020.\n\n"
         "Verdict: Misleading.\n\n"
         "The claim was shared more than 5,000 times. We checked the council's fare tables. A single adult fare rose "
         "from £1 to £3 in 2024, but a day ticket rose only from £4 to £4.50, and most riders use day tickets.\n\n"
         "Why we rated it Misleading: The single fare did triple, but most riders pay far less than the post suggests.")


def test_a_misleading_verdict_asks_what_it_says_beside_false_and_unproven():
    (question,) = asked(CHECK, fact_check.verdict_meaning)
    assert question.prompt == ("The fact-check gives its verdict on the claim as “Misleading”. "
                               "What does that verdict say about the claim?")
    assert question.answer == "Its facts may be right, but it gives a wrong picture"
    assert set(question.choices) == {question.answer, "What the claim says is wrong, judged against the evidence",
                                     "There is too little evidence to say if it is right or wrong"}
    assert question.evidence.startswith("Why we rated it Misleading:")
    assert set(question.feedback) == set(question.choices) - {question.answer}


def test_a_false_verdict_without_a_reason_line_shows_the_verdict():
    (question,) = asked(CHECK.replace("Verdict: Misleading.", "Our rating: False.").split("\n\nWhy we rated")[0],
                        fact_check.verdict_meaning)
    assert question.answer == "What the claim says is wrong, judged against the evidence"
    assert question.evidence == "Our rating: False."


def test_no_verdict_question_on_a_true_or_half_way_verdict():
    """"True" teaches little of how a check reads a claim; what sets "Half true" apart from
    "Misleading" differs from one fact-checker to the next."""
    assert asked(CHECK.replace("Verdict: Misleading.", "Verdict: True."), fact_check.verdict_meaning) == []
    assert asked(CHECK.replace("Verdict: Misleading.", "Verdict: Half true."), fact_check.verdict_meaning) == []
