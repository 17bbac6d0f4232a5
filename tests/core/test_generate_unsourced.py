"""Records an article claims with no source, and how a reader could check one."""

import random

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import TEMPLATES, unsourced
from quiz.core.generate.unsourced import unsourced_records
from quiz.core.generate.common import Context


def context(text: str) -> Context:
    article = parse_article(text)
    return Context(article, read_facts(article), random.Random(1))


def questions(template, text: str):
    return [c.question for c in template(context(text))]


def records(text: str) -> list[str]:
    """The sentences the article gives in its own voice as a record, with no source."""
    return [sentence for _, sentence, _ in unsourced_records(context(text))]


HARBOUR = (
    "New ferry for the harbour town\n\n"
    "Mayor Ana Ruiz said the new ferry would carry 400 passengers on each crossing to South Island.\n\n"
    "The harbour has been dredged twice this spring. The old ferry carried 1,250,000 passengers in its last year of service.\n\n"
    "Carl Dent, a harbour pilot, said the channel had been deepened by three metres in the past month.\n\n"
    "The ferry arrived from the shipyard on Tuesday. The Sea Lark is the first new ferry Eastport has bought since 1987.\n\n"
    "The port authority said the ticket office would open at six in the morning from next week."
)


def test_a_record_stated_with_no_source_is_found_and_claims_with_a_source_are_not():
    assert records(HARBOUR) == ["The Sea Lark is the first new ferry Eastport has bought since 1987."]


def test_a_record_with_no_source_is_asked_what_would_check_it():
    (asked,) = questions(unsourced.unsourced_record, HARBOUR)
    assert asked.prompt.startswith("“The Sea Lark is the first new ferry Eastport has bought since 1987.”")
    assert "names no source for “first new ferry Eastport has bought since 1987”" in asked.prompt  # which claim, by name
    assert asked.answer == "Records of every year since 1987, to compare it with"
    assert "since 1987" in asked.explanation and set(asked.feedback) == set(asked.choices) - {asked.answer}
    # Wording that fits any record: no "case" (a crime's, in a crime report), no "results" (of a vote or a game).
    assert not any(" case" in c for c in asked.choices) and "official results" not in asked.explanation


@pytest.mark.parametrize("reach, answer", [
    ("in 36 years", "Records of the past 36 years, to compare it with"),
    ("in nearly 50 years", "Records of the past 50 years, to compare it with"),
    ("in more than 20 years", "Records of at least the past 20 years, to compare it with"),
    ("since 1987", "Records of every year since 1987, to compare it with"),
])
def test_a_record_the_article_gives_with_no_full_stop_is_quoted_as_a_sentence_and_its_key_names_its_years(reach, answer):
    record = f"The Sea Lark is the largest ferry to dock at Eastport {reach}"
    text = HARBOUR.replace("The Sea Lark is the first new ferry Eastport has bought since 1987.", record)
    (asked,) = questions(unsourced.unsourced_record, text)
    assert asked.prompt.startswith(f"“{record}”. The article names no source for “largest ferry to dock at Eastport {reach}”.")
    assert asked.answer == answer


RECORD = "The Sea Lark is the first new ferry Eastport has bought since 1987."


def test_a_record_with_a_source_beside_it_or_inside_a_quotation_has_a_source():
    text = HARBOUR.replace("The ferry arrived from the shipyard on Tuesday.", "Port records show the ferry arrived on Tuesday.")
    assert not records(text)  # a source just before
    assert not records(HARBOUR.replace(RECORD, f"“{RECORD[:-1]},” Ruiz added."))
    text = HARBOUR.replace("The ferry arrived from the shipyard on Tuesday. The Sea Lark",
                           "“We are proud of it. The Sea Lark").replace("since 1987.", "since 1987.”")
    assert not records(text)


def test_a_record_someone_is_said_to_give_or_one_in_a_speech_is_not_asked():
    text = HARBOUR.replace("The Sea Lark is the first new ferry Eastport has bought since 1987.",
                           "The Sea Lark is the first new ferry Eastport has bought since 1987, the council said.")
    assert not questions(unsourced.unsourced_record, text)
    speech = ("Remarks at the harbour\n\nThank you all for coming. The Sea Lark is the first new ferry Eastport has bought since 1987. "
              "We are proud of it, and I thank the crew.\n\nMy friends, I said we would do it, and we did.")
    assert not questions(unsourced.unsourced_record, speech)


def test_a_bare_this_pointing_back_is_not_shown_with_a_sentence_it_may_not_mean():
    text = HARBOUR.replace("The Sea Lark is the first new ferry Eastport has bought since 1987.",
                           "This was the first new ferry Eastport has bought since 1987.")
    assert not questions(unsourced.unsourced_record, text)


def test_a_record_that_names_no_years_is_asked_what_it_is_compared_with():
    text = HARBOUR.replace("The Sea Lark is the first new ferry Eastport has bought since 1987.",
                           "The town has seen an unprecedented rush for tickets to the island.")
    (asked,) = questions(unsourced.unsourced_record, text)
    assert asked.answer == "Records of earlier cases of the same kind, to compare it with"
    assert asked.explanation.startswith("“Unprecedented” is a claim about the past")
    assert "names no source for “unprecedented”" in asked.prompt


def test_an_item_of_a_list_under_its_lead_in_is_not_taken_alone():
    text = HARBOUR.replace("The ferry arrived from the shipyard on Tuesday. The Sea Lark",
                           "The town is proud of:\n\nNew piers. The Sea Lark")
    assert not records(text)


def test_the_templates_are_offered():
    assert unsourced.unsourced_record in TEMPLATES
