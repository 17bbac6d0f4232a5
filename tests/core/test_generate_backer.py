"""Who stands behind the text and its voices: a body's summary of research it funded or did,
quoting its own staff; a department's rebuttal in its own "we"; a readout given as a
spokesperson's words."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import generate_pack
from quiz.core.generate.common import Context
from quiz.core.generate.kinds import backer_voice
from quiz.core.generate.publisher import find_publisher

AGENCY_SUMMARY = """Drug slows memory loss in older adults, trial finds

A drug slowed memory loss in older adults in a large clinical trial funded by the National Institute on Ageing (NIA), researchers reported on June 3 in the journal Brain Health.

The trial followed 1,200 people aged 70 and older for three years. Those who took the drug lost memory about a third more slowly than those who took a placebo.

"These results are very encouraging," said Dr. Sara Kim, of NIA's Division of Brain Research. "They suggest that we may be able to slow the disease."

Side effects were mild, the researchers said."""

UNIVERSITY_NEWS = """New battery lasts twice as long, researchers find

Researchers at Riverton University have built a battery that lasts twice as long as those in today's phones, according to a study published on Monday in the journal Energy Letters.

The team tested the battery over 2,000 charges in the university's laboratories.

"We are proud of the work of our chemists," said Mark Day, vice-chancellor of Riverton University. "It shows what a university like ours can do."

The team plans to test larger batteries next year."""


def asked(text, template):
    return [q for q in generate_pack(text, seed=1).questions if q.template == template]


def offered(text):
    """What backer_voice offers on a text, before the ranking picks among templates."""
    article = parse_article(text)
    return list(backer_voice(Context(article, read_facts(article), random.Random(0))))


def test_an_agency_summary_of_a_trial_it_funded_asks_about_its_own_staff_as_a_source():
    (question,) = asked(AGENCY_SUMMARY, "backer-voice")
    assert question.prompt == ("The article quotes Sara Kim, of NIA's Division of Brain Research. "
                               "What should a reader keep in mind about this source?")
    assert question.answer == ("Sara Kim works for the National Institute on Ageing, which paid for the trial: "
                               "an inside voice, not an outside check")
    assert question.evidence.startswith('"These results are very encouraging," said Dr. Sara Kim')
    assert "(“trial funded by the National Institute on Ageing (NIA)”)" in question.explanation
    assert set(question.feedback) == set(question.choices) - {question.answer}


def test_a_university_item_on_its_own_research_asks_about_its_own_officer_as_a_source():
    (question,) = asked(UNIVERSITY_NEWS, "backer-voice")
    assert question.answer == ("Mark Day works for Riverton University, where the work was done: "
                               "an inside voice, not an outside check")


def test_an_outside_expert_is_not_taken_for_the_body_behind_the_work():
    # The same university, but the article says she took no part; and another body's expert.
    text = AGENCY_SUMMARY.replace("of NIA's Division of Brain Research", "of NIA's Division of Brain Research, who was "
                                  "not involved in the trial")
    assert not offered(text)
    text = AGENCY_SUMMARY.replace("of NIA's Division of Brain Research", "of the Riverton Memory Clinic")
    assert not offered(text)


def publisher_of(text):
    article = parse_article(text)
    return find_publisher(Context(article, read_facts(article), random.Random(0)))


REBUTTAL = """Health department answers claims about waiting times

The Department of Health rejects the claims made in Monday's report by the Patients Alliance. We have invested $2 billion in new hospital beds since 2022, and 4,000 more nurses now work in public hospitals.

The report used figures from 2019, before the new beds opened. Waiting times have fallen in every region this year.

"These figures are out of date," said Ann Park, a hospital manager."""


def test_a_department_that_names_itself_and_then_says_we_is_read_as_its_own_statement():
    assert read_facts(parse_article(REBUTTAL)).kind.kind == "press-release"
    (question,) = asked(REBUTTAL, "publisher-stake")
    assert question.answer.startswith("The Department of Health, speaking for itself")
    assert question.evidence.startswith("We have invested $2 billion")


def test_a_reporter_who_says_we_visited_is_still_news():
    text = ("Town opens new library\n\nThe Town Council opened the new library on Saturday. We visited it on its first "
            "day, and hundreds of people came.\n\n\"It is a wonderful place,\" said Ann Park, a teacher.")
    assert read_facts(parse_article(text)).kind.kind == "news"


def test_a_readout_is_published_by_the_body_whose_spokesperson_it_quotes():
    text = ("Readout of Secretary Hale's Meeting with Foreign Minister Berg\n\n"
            "The following is attributable to Department of State Spokesperson Jane Roe:\n\n"
            "Secretary of State Tom Hale met today with Norland's Foreign Minister Ola Berg in Geneva. The Secretary "
            "thanked the Foreign Minister for Norland's help with food aid. They agreed to meet again in the spring.")
    found = publisher_of(text)
    assert found.name == "the Department of State"
    assert found.evidence == "The following is attributable to Department of State Spokesperson Jane Roe:"
    (question,) = asked(text, "publisher-stake")
    assert question.answer.startswith("The Department of State, speaking for itself")


def test_an_announcement_in_the_present_is_a_clue_with_what_else_the_text_shows_not_a_rule():
    text = ("New Pipes for Older Streets\n\nToday, the City Water Board is announcing a plan to replace 40 miles of "
            "lead pipes by 2027. The plan will cost $12 million, paid from the City Water Board's own budget.\n\n"
            "The City Water Board replaced 12 miles of pipes last year. Work will start in March.")
    found = publisher_of(text)
    assert "as only the one" not in found.shown_by
    assert found.shown_by.endswith("as if making the announcement itself, and it quotes no one about it")
    quoted = text + '\n\n"The pipes are old and must go," said Ann Park, who lives on Elm Street.'
    assert publisher_of(quoted).shown_by.endswith("as if making the announcement itself")


def test_a_ministry_that_says_our_embassy_speaks_for_itself_and_a_company_item_quotes_its_own_officer():
    text = ("Ministry of Foreign Affairs on three detained citizens\n\nThe Ministry of Foreign Affairs is closely following "
            "the case of three citizens detained in Southland last week. Our embassy has asked for consular access.\n\n"
            "The Ministry expects the authorities of Southland to respect the rights of the three and to release them.")
    assert read_facts(parse_article(text)).kind.kind == "press-release"
    company = ("Acme engineers cut the cost of solar panels\n\nEngineers at Acme Solar Inc have found a way to make solar "
               "panels 20 percent cheaper, the company said on Tuesday.\n\n\"This is a big step for clean energy,\" said "
               "Rita Moss, chief technology officer at Acme Solar Inc.\n\nAcme Solar Inc plans to sell the panels next year.")
    (question,) = asked(company, "backer-voice")
    assert question.answer == "Rita Moss works for Acme Solar Inc, where the work was done: an inside voice, not an outside check"


def test_the_funder_may_be_named_as_the_one_that_funded_the_trial_or_supported_it():
    told = AGENCY_SUMMARY.replace("in a large clinical trial funded by the National Institute on Ageing (NIA), researchers",
                                  "in a large clinical trial, researchers").replace(
        "Side effects", "The National Institute on Ageing (NIA), which funded the trial, will publish the data. Side effects")
    supported = AGENCY_SUMMARY.replace("funded by", "supported by")
    for text in (told, supported):
        (question,) = asked(text, "backer-voice")
        assert question.answer.startswith("Sara Kim works for the National Institute on Ageing, which paid for the trial")


def test_work_that_studied_no_one_is_not_offered_a_subject_of_it_as_a_wrong_choice():
    (question,) = asked(UNIVERSITY_NEWS, "backer-voice")
    assert "Mark Day is one of the critics of the work" in question.choices
    assert not any("looked at" in choice for choice in question.choices)
    assert question.feedback["Mark Day is one of the critics of the work"].endswith("not as one of its critics.")


def test_a_line_that_says_who_issued_the_text_names_its_publisher_and_a_chart_source_does_not():
    text = ("Clinics to open on weekends\n\nIssued by the Ministry of Health\n\nFrom next month, 120 clinics will open on "
            "Saturdays and Sundays. The change will let 300,000 more patients see a doctor each week.\n\nThe Ministry of "
            "Health has hired 900 more nurses to staff the clinics.")
    assert read_facts(parse_article(text)).kind.kind == "press-release"
    (question,) = asked(text, "publisher-stake")
    assert question.answer.startswith("The Ministry of Health, speaking for itself")
    assert question.evidence == "Issued by the Ministry of Health"
    office = ("Riverton chemists build a longer-lasting battery\n\nBy Tom Hill, Riverton University Communications\n\n"
              "Chemists at Riverton University have built a battery that lasts twice as long as those in phones today. "
              "The team tested it over 2,000 charges. The team will test larger batteries next year.")
    assert publisher_of(office).name == "Riverton University"
    news = ("Jobs rise in March\n\nEmployers added 200,000 jobs in March, new figures show.\n\n\"The labour market is "
            "strong,\" said Ann Park, an economist at Riverton Bank.\n\nSource: Bureau of Labor Statistics")
    assert read_facts(parse_article(news)).kind.kind == "news" and publisher_of(news) is None


def test_a_body_named_by_its_initials_is_the_same_body_only_where_the_text_says_so():
    short = AGENCY_SUMMARY.replace("in a large clinical trial funded by the National Institute on Ageing (NIA)",
                                   "in a large NIA-funded trial").replace("of NIA's Division of Brain Research",
                                                                          "of the National Institute on Ageing")
    assert not offered(short)  # nothing says NIA is that institute
    told = short.replace("Side effects", "The National Institute on Ageing (NIA) is part of the health ministry. Side effects")
    (question,) = asked(told, "backer-voice")
    assert question.answer.startswith("Sara Kim works for NIA, which paid for the trial")
    other = AGENCY_SUMMARY.replace("of NIA's Division of Brain Research", "of the Northern Ireland Academy")
    assert not offered(other)  # the same initials, another body


def test_the_publisher_question_does_not_print_whom_its_quoted_people_work_for():
    """That Ann Park works for the Ministry is the key of the question on her as a source
    (interested-source): the publisher question, in the same pack, does not print it."""
    text = ("Clinics to open on weekends\n\nIssued by the Ministry of Health\n\nFrom next month, 120 clinics will open on "
            "Saturdays and Sundays.\n\n\"This will make a real difference to families,\" said Ann Park, director of "
            "primary care at the Ministry of Health.\n\nThe Ministry of Health has hired 900 more nurses.")
    (question,) = asked(text, "publisher-stake")
    assert "Ann Park" not in question.explanation and "no outside voice" not in question.explanation


def test_a_sports_team_from_a_college_is_not_research_done_there():
    text = ("College team wins the cup\n\nA team from Riverton College won the regional football cup on Saturday, "
            "beating Hill Town 3-1.\n\n\"The players worked hard all season,\" said Tom Hill, head coach at Riverton "
            "College.\n\nThe team will play in the national cup in May.")
    assert not offered(text)


def test_staff_of_the_funder_who_speak_only_of_another_trial_are_not_asked_about_as_a_check_on_this_one():
    text = AGENCY_SUMMARY.replace(
        "\"These results are very encouraging,\" said Dr. Sara Kim, of NIA's Division of Brain Research. "
        "\"They suggest that we may be able to slow the disease.\"",
        "A second trial, called MEMO, was stopped in May. According to Dr. Sara Kim, of NIA's Division of Brain "
        "Research, the second trial is being redesigned, with the hope of starting again next year.")
    assert not offered(text)

