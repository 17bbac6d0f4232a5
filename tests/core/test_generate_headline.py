"""The article's central claim: whose word its headline and lead sentence rest on. Every
article here is invented for the test."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import headline
from quiz.core.generate.common import Context
from quiz.core.generate.gate import problems


def context(text: str) -> Context:
    article = parse_article(text)
    return Context(article, read_facts(article), random.Random(1))


def questions(template, text: str):
    ctx = context(text)
    found = [c.question for c in template(ctx)]
    assert all(not problems(q, ctx.article.text) for q in found)
    return found


BODY = (
    "The survey tested 900 pupils in four towns last spring. Dr Hana Weller, who led the survey, said the "
    "results were worrying. \"We need more fruit in school meals,\" said Tom Reyes, a parent in one of the towns.\n\n"
    "The council said it would look at the findings next month.\n"
)
VAGUE_LEAD = "Many pupils in the valley lack vitamin D\n\nMany pupils in the valley lack vitamin D in winter, researchers say.\n\n" + BODY


def test_a_lead_that_gives_the_headline_claim_to_unnamed_people_is_asked_on_whose_word():
    (asked,) = questions(headline.headline_support, VAGUE_LEAD)
    assert asked.answer == "People that it does not name"
    assert asked.evidence == "Many pupils in the valley lack vitamin D in winter, researchers say."
    assert "rests it on “researchers”: people it does not name" in asked.explanation and "headline leaves the source out" in asked.explanation
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}
    assert all("“researchers”" in words for words in asked.feedback.values())


def test_a_lead_that_gives_a_study_as_its_source_is_keyed_as_a_document():
    text = ("Pupils in the valley lack vitamin D\n\nA new report shows that pupils in the "
            "valley lack vitamin D in winter.\n\n" + BODY)
    (asked,) = questions(headline.headline_support, text)
    assert asked.answer == "A study, report or other document"


def test_a_study_that_confirms_is_named_as_the_source_not_its_words_and_verb():
    text = ("Pupils in the valley lack vitamin D\n\nResults from two new trials confirm that pupils in the "
            "valley lack vitamin D in winter.\n\n" + BODY)
    (asked,) = questions(headline.headline_support, text)
    assert asked.answer == "A study, report or other document"
    assert "rests it on “Results from two new trials”: a study or report." in asked.explanation
    assert "confirm”" not in asked.explanation + " ".join(asked.feedback.values())


def test_a_lead_with_no_source_is_the_writers_own_word():
    text = ("Old bridge closed after flood damage\n\nThe old bridge over the river was closed on Monday after flood "
            "damage was found under its east arch.\n\n" + BODY)
    (asked,) = questions(headline.headline_support, text)
    assert asked.answer == "No one: the writer states it as fact"
    assert "no source" in asked.explanation


def test_a_lead_that_says_who_did_it_is_not_asked_as_having_no_source():
    text = ("Old bridge plans found on a street\n\nOld bridge plans were found wet on a city street by a man on "
            "Monday.\n\n" + BODY)
    assert questions(headline.headline_support, text) == []


def test_no_question_when_the_lead_is_not_the_headlines_claim_or_is_hedged():
    other = ("Old bridge closed after flood damage\n\nThe town has had the wettest spring for twenty years, with "
             "rivers high in every valley.\n\n" + BODY)
    assert not questions(headline.headline_support, other)
    hedged = ("Old bridge closed after flood damage\n\nThe old bridge over the river was apparently closed on "
              "Monday after flood damage was found under its east arch.\n\n" + BODY)
    assert not questions(headline.headline_support, hedged)
    attributed = ("Report: old bridge closed after flood damage\n\nThe old bridge over the river was closed on Monday "
                  "after flood damage was found under its east arch.\n\n" + BODY)
    assert not questions(headline.headline_support, attributed)


JUDGED = ("Brilliant new library opens in Oldtown\n\nA new library opened in Oldtown on Saturday, with room for "
          "40,000 books and a cafe.\n\n\"We waited ten years for this,\" said Ruth Lane, a teacher at the town "
          "school. The mayor, Sam Ortiz, said the building cost $3 million.\n\nThe council said it would open on "
          "Sundays from May.\n")


def test_a_judging_word_in_the_headline_that_no_source_uses_is_the_writers_own():
    (asked,) = questions(headline.headline_word, JUDGED)
    assert asked.prompt == "The headline says “Brilliant new library opens in Oldtown”. Whose word is “brilliant”?"
    assert asked.answer == "The writer of the article, in their own voice"
    assert "Ruth Lane, a teacher at the town school" in asked.choices
    assert asked.feedback["Ruth Lane, a teacher at the town school"] == (
        "Ruth Lane is quoted in the article, but never uses the word “brilliant”.")


def test_a_headline_word_that_a_source_uses_is_not_asked():
    text = JUDGED.replace("\"We waited ten years for this,\"", "\"It is a brilliant building,\"")
    assert not questions(headline.headline_word, text)


QUOTED = ("Council says new bus plan 'fairer' for riders\n\nThe city council will change every bus route in March. "
          "Officials say the new routes will make fares \"fairer\" for people who live far from the centre.\n\n"
          "\"I will pay more,\" said Lina Park, a nurse who rides the bus each day.\n")


def test_a_headline_word_in_quotation_marks_that_the_body_gives_as_someone_elses_is_asked_why():
    (asked,) = questions(headline.headline_quoted, QUOTED)
    assert asked.prompt.endswith("Why is “fairer” in quotation marks?")
    assert asked.answer == "The word is someone else's, and the writer does not vouch for it"
    assert asked.evidence.startswith("Officials say the new routes will make fares")
    assert "not the writer's" in asked.explanation
    assert asked.feedback["It is the name of something, so it goes in quotation marks"] == (
        "The article writes “fairer” in lower case, as a word that describes, not as a name.")


def test_a_quoted_headline_word_the_body_never_marks_as_borrowed_is_not_asked():
    assert not questions(headline.headline_quoted, QUOTED.replace("fares \"fairer\"", "fares fairer"))
    assert not questions(headline.headline_quoted, QUOTED.replace("'fairer'", "fairer"))


def test_a_lead_whose_unnamed_source_names_a_body_too_is_not_asked():
    text = VAGUE_LEAD.replace("researchers say", "researchers at Hillside University say")
    assert not questions(headline.headline_support, text)


def test_each_wrong_kind_of_support_gets_feedback_of_its_own():
    (asked,) = questions(headline.headline_support, VAGUE_LEAD)
    assert asked.feedback["No one: the writer states it as fact"] == "The sentence does give a source: “researchers”."
    assert asked.feedback["A study, report or other document"].endswith("It points to no study, report or document.")


def test_a_lead_whose_claim_comes_through_a_news_organisation_is_not_keyed_as_unnamed_people():
    text = VAGUE_LEAD.replace("researchers say", "researchers told Reuters")
    assert not [q for q in questions(headline.headline_support, text) if q.answer == "People that it does not name"]


def test_a_headline_that_hedges_or_names_a_study_is_not_said_to_state_its_claim_as_fact():
    for title in ("Many pupils in the valley may lack vitamin D", "Many pupils in the valley lack vitamin D, study finds"):
        assert not questions(headline.headline_support, VAGUE_LEAD.replace("Many pupils in the valley lack vitamin D\n", title + "\n", 1))


def test_a_source_that_is_both_a_document_and_a_body_or_a_body_by_a_common_noun_is_not_asked():
    for lead in ("Police say many pupils in the valley lack vitamin D in winter.",
                 "Many pupils in the valley lack vitamin D in winter, according to a report by the health board.",
                 "Many pupils in the valley lack vitamin D in winter, government figures show."):
        assert not questions(headline.headline_support, VAGUE_LEAD.replace(
            "Many pupils in the valley lack vitamin D in winter, researchers say.", lead))


REPORTS = ("Reports: city to sell its old town hall\n\nThe city will sell its old town hall to a hotel group, the Valley "
           "Herald reported on Monday. The Evening Post said the sale could raise $5 million.\n\nThe mayor's office "
           "would not comment.\n")


def test_a_reports_headline_is_asked_what_it_tells_a_reader_with_the_outlets_the_article_names():
    (asked,) = questions(headline.headline_reports, REPORTS)
    assert asked.prompt.endswith("What does “Reports” tell a reader about the story?")
    assert asked.answer == "Its claims come from other news organisations' reports, passed on"
    assert "The article names the Valley Herald and the Evening Post:" in asked.explanation


def test_a_reports_headline_with_one_outlet_named_is_not_asked():
    assert not questions(headline.headline_reports, REPORTS.replace("The Evening Post said", "Officials said"))


def test_a_headline_word_that_the_body_writes_as_part_of_a_name_is_not_asked():
    text = JUDGED.replace("A new library opened in Oldtown", "The Brilliant Street library opened in Oldtown")
    assert not questions(headline.headline_word, text)


def test_a_body_that_acts_in_the_lead_is_not_taken_for_its_source():
    text = ("Water firm asks state for money to repair flood damage\n\nGreenfield Water Company asked the state for $2 million to "
            "repair flood damage along the river road.\n\n" + BODY)
    assert not [q for q in questions(headline.headline_support, text) if q.answer == "A person or organisation that it names"]


RELEASE = ("Department of Parks Delivers Remarkable Summer for City Pools\n\nToday, the Department of Parks announced "
           "that the city's 12 public pools welcomed 80,000 swimmers this summer, up from 61,000 last year. The "
           "Department of Parks hired 40 new lifeguards in May.\n\nThe Department of Parks will open two more pools "
           "next year. We thank every lifeguard who worked this summer.\n")


def test_a_judging_headline_word_in_a_release_is_left_to_the_publisher_question():
    # A release quotes few or none: its "whose word" choices would be ruled out on sight, and
    # the answer would print that of "who published this?".
    assert context(RELEASE).kind.kind == "press-release"
    assert questions(headline.headline_word, RELEASE) == []
