"""Who published a text is asked only on signs that hold, and the stake it teaches fits what
the text does: a company that quotes only its own people shows no publisher (a one-sided news
report does the same), nor does "today announced" with the reader sent to the body's own website;
a statement that condemns is one side's account of a conflict, not a claim of credit."""

import random
import re

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import kinds, publisher, release
from quiz.core.generate.common import Context, with_article


def questions(template, text: str):
    article = parse_article(text)
    return [c.question for c in template(Context(article, read_facts(article), random.Random(1)))]


def said(question) -> str:
    return " ".join([question.explanation, *map(str, question.feedback.values())])


BAKERY = (
    "Crumb & Co to open a bakery school in Eastfield\n\n"
    "Crumb & Co, a chain of bakeries in the north of the county, will open a bakery school in Eastfield next spring, "
    "with places for 60 students a year. The company will spend $3 million on the building.\n\n"
    "\"Eastfield has the young people and the shops we need,\" said Nora Vale, the company's chief executive. "
    "\"This school will train the bakers of the next ten years.\"\n\n"
    "Students will learn bread, cakes and pastry over two years, and the best will be offered jobs in the chain's "
    "twelve shops. The school will take its first students in April.\n\n"
    "\"Our bread is already sold in more than 200 shops,\" said Tom Reed, the company's head of sales. "
    "\"With the school, we can open four more bakeries by 2030.\"\n\n"
    "Crumb & Co was founded in 1998 and employs 340 people. Applications open in January."
)


def test_a_company_text_that_only_quotes_its_own_people_asks_no_publisher_question():
    """Everyone quoted works for the company, but nothing else shows who wrote the text: a
    one-sided news report quotes only one side too, so who published it is not asked."""
    assert not questions(publisher.publisher_stake, BAKERY)


def test_a_release_with_a_contact_line_does_not_print_whom_it_quotes_as_its_reason():
    """The contact line shows the publisher; that its quoted people work for it is the key of
    the question on each of them, and no question prints another's key."""
    text = BAKERY + "\n\nMedia contact: Jo Fenn, press@crumbandco.com, 0161 555 0100"
    (asked,) = questions(publisher.publisher_stake, text)
    assert asked.explanation.startswith("The text ends with a line telling reporters whom to contact")
    assert "Tom Reed" not in said(asked) and "works for" not in said(asked) and "quotes" not in asked.explanation


def test_a_source_given_as_the_companys_officer_keeps_the():
    (asked, *_) = questions(kinds.interested_source, BAKERY)
    assert "the company's" in asked.explanation and " company's" not in asked.explanation.replace("the company's", "")
    assert with_article("company's head of sales") == "the company's head of sales"
    assert with_article("AARP's policy director") == "AARP's policy director"


PARKS = (
    "Department awards $2 million to restore town parks\n\n"
    "The Department of Parks today announced $2 million in grants to restore 30 town parks in four counties. "
    "The grants will pay for new paths, benches and play areas in towns of fewer than 20,000 people.\n\n"
    "\"Every child should have a safe place to play,\" said Parks Secretary Ella Moss. "
    "\"These grants will bring old parks back to life.\"\n\n"
    "The largest grant, $300,000, will rebuild the lake path in Alder Park. \"Our staff chose the parks with the "
    "towns,\" said Deputy Secretary Ray Holt.\n\n"
    "Work is expected to begin in the summer. A full list of the parks is available on the Department's website."
)


def test_an_announcement_today_that_sends_readers_to_its_own_website_asks_no_publisher_question():
    """"Today announced", officials quoted in the third person and "available on the
    Department's website": a news report could carry every line, so who published it is unsure."""
    assert not questions(publisher.publisher_stake, PARKS)


LAUNCH = (
    "Riverside Food Bank opens a second warehouse\n\n"
    "The Riverside Food Bank today opens a second warehouse on Mill Road, with room for 200 tonnes of food.\n\n"
    "\"Demand has doubled in two years,\" said Ada Lowe, director of the Riverside Food Bank. \"This gives us room.\"\n\n"
    "The warehouse cost $1.5 million and was paid for by local firms. It will open six days a week."
)


def test_a_body_that_opens_something_today_in_the_present_shows_no_publisher_without_we():
    """"The Food Bank today opens ..." is how a news lede reads too; only "we" or "our" in the
    text's own words shows the body speaking."""
    assert not questions(publisher.publisher_stake, LAUNCH)
    text = LAUNCH.replace("It will open six days a week.", "Our volunteers will run it six days a week.")
    (asked,) = questions(publisher.publisher_stake, text)
    assert asked.evidence == "Our volunteers will run it six days a week."
    assert asked.answer.startswith("The Riverside Food Bank, speaking for itself")


def test_a_news_report_that_says_the_body_will_post_its_list_asks_no_publisher_question():
    text = PARKS.replace("A full list of the parks is available on the Department's website.",
                         "The Department said a full list of the parks would be published on its website.")
    assert not questions(publisher.publisher_stake, text)


CONDEMNS = (
    "Attack on a water station in the Eastern Region\n\n"
    "The Ministry of Foreign Affairs strongly condemns the shelling of a water station in the Eastern Region on "
    "Monday, which killed three workers. We extend our condolences to their families.\n\n"
    "The station supplied clean water to more than 20,000 people. Attacks on civilian water supplies are prohibited "
    "under international law.\n\n"
    "We call on all parties to stop targeting civilian sites. The Ministry of Foreign Affairs remains the largest "
    "donor of aid to the Eastern Region. Since the fighting began, we have provided more than $40 million in food "
    "and medicine."
)


def test_a_statement_that_condemns_is_one_sides_account_not_a_claim_of_credit():
    (asked,) = questions(publisher.publisher_stake, CONDEMNS)
    assert asked.answer == "The Ministry of Foreign Affairs, speaking for itself, so its account needs outside checks"
    assert "credit" not in said(asked) and "good light" not in said(asked) and "its own work" not in said(asked)
    assert "own account" in asked.explanation
    # The Ministry condemns an attack it is no party to: it is not "one side" of that conflict (round 37).
    assert "one side" not in said(asked) + asked.answer


def test_an_end_mark_with_no_words_is_never_the_evidence():
    # "###" highlighted as the passage, and "the text ends with ###" with a contact line after it (round 37).
    from pathlib import Path
    text = (Path(__file__).parents[1] / "data" / "statements" / "department-announces-with-end-mark.txt").read_text(encoding="utf-8")
    (question,) = questions(publisher.publisher_stake, text)
    assert question.evidence != "###" and "###" not in question.explanation
    assert question.evidence.startswith("For more information")
    from quiz.core.domain import Question
    from quiz.core.generate.gate import problems
    bare = Question(id="x", type="choice", skill="context", template="publisher-stake", prompt="Who published this text?",
                    answer="A", choices=("A", "B"), evidence="###", explanation="The text ends with a mark, as a release does.",
                    feedback={"B": "Not so."})
    assert "evidence holds no words" in problems(bare, text)


def test_help_told_of_in_a_statement_that_condemns_is_not_asked():
    assert not questions(release.helped_unheard, CONDEMNS)


def test_help_to_a_place_asks_about_people_there_with_choices_from_different_sides():
    text = ("Fact Sheet: The Ministry's Response to the Lowmere Floods\n\n"
            "On 3 May, heavy rain flooded the Lowmere valley and cut off four towns.\n\n"
            "The Ministry of Water remains the largest donor of emergency aid to Lowmere. "
            "Its engineers have repaired 40 pumps and cleaned 12 wells since the rain stopped.")
    (asked,) = questions(release.helped_unheard, text)
    assert "reached people in Lowmere" in asked.prompt and "reached them" not in asked.prompt
    assert not any("spokesperson" in str(c).lower() for c in asked.choices)
    assert "Only the people" not in asked.explanation


def test_a_rebuttal_names_the_body_by_the_word_it_goes_by():
    claims = "Claims that the Ministry hid the report are false."
    assert publisher.rebuts(claims, "the Ministry of Foreign Affairs")
    assert not publisher.rebuts("Claims that the health service hid the report are false.", "the Department of Health")


NORVALE = (
    "Norvale Energy Systems, Inc. announces new battery plant in Ohio\n\n"
    "FOR IMMEDIATE RELEASE\n\n"
    "DAYTON, Ohio -- Norvale Energy Systems, Inc. today announced that it will build a $200 million battery plant "
    "in Dayton, creating 400 jobs by 2027.\n\n"
    "\"This plant shows our commitment to Ohio,\" said Dana Whitfield, chief executive of Norvale Energy Systems.\n\n"
    "The plant will make batteries for electric buses. Norvale Energy Systems, Inc. has grown its sales by 40% "
    "in the past two years.\n\n"
    "Media contact: press@norvale.example"
)


def test_a_company_named_with_a_comma_and_inc_keeps_its_name_not_the_suffix():
    (asked,) = questions(publisher.publisher_stake, NORVALE)
    words = " ".join([asked.prompt, *asked.choices, said(asked)])
    assert "Norvale Energy Systems, speaking for itself" in asked.answer
    assert not re.search(r"(?<!, )\bInc\b", words) and "the Norvale" not in words, words
    assert publisher._the("Acme Robotics Inc") == "Acme Robotics Inc"
    assert publisher._the("Norvale Energy Systems, Ltd.") == "Norvale Energy Systems"


CONTACT_BLOCK = (
    "Harlow Robotics reports record third quarter\n\n"
    "Harlow Robotics, Inc. (NASDAQ: HRLW), a maker of warehouse robots, reported results for the third quarter on Nov. 6.\n\n"
    "\"This was the strongest quarter in our history,\" said Clara Jensen, co-founder and Chief Executive Officer.\n\n"
    "\"We added 19 new customers this quarter, and we cut our costs again,\" Jensen said.\n\n"
    "Revenue rose 23% to $48.2 million, and the company raised its revenue outlook for the year.\n\n"
    "About Harlow Robotics\n\nHarlow Robotics builds robots for warehouses in 14 countries.\n\n"
    "Media Contact:\nRebecca Lowell\nDirector of Communications, Harlow Robotics\npress@harlow.example\n+1 (617) 555-0148\n\n"
    "Investor Contact:\nAnil Varghese\nVice President, Investor Relations\nir@harlow.example\n+1 (617) 555-0193\n"
)


def test_a_release_that_ends_in_a_block_of_contact_lines_is_asked_who_published_it():
    (asked,) = questions(publisher.publisher_stake, CONTACT_BLOCK)
    assert asked.answer == "Harlow Robotics, speaking for itself, so it gives its own side"
    assert asked.evidence.startswith("Media Contact:\nRebecca Lowell")
    from quiz.core.generate.gate import problems
    assert not problems(asked, CONTACT_BLOCK)


def test_a_source_in_a_release_is_one_the_release_quotes_not_an_article_reports():
    asked = questions(kinds.own_work_source, CONTACT_BLOCK) + questions(kinds.interested_source, CONTACT_BLOCK)
    assert asked and all(q.prompt.startswith("The release quotes ") for q in asked)
