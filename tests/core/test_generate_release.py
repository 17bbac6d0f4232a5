"""What only a release raises: promises others made to its publisher that no one is said to
check, blame it lays on its opponents, and help told of without the account of those helped."""

import random
import re
from pathlib import Path

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import publisher, release
from quiz.core.generate.common import Context


def questions(template, text: str):
    article = parse_article(text)
    return [c.question for c in template(Context(article, read_facts(article), random.Random(1)))]


FLOOD = (
    "Fact Sheet: The Ministry's Response to the River Flooding\n\n"
    "On 3 May, heavy rain flooded the Lowmere valley. The Ministry of Water quickly sent engineers to the area.\n\n"
    "Supporting families: The Ministry of Water is helping local councils to clean wells, repair pumps and give out "
    "safe drinking water. The Ministry of Water has provided $2 million in emergency grants.\n\n"
    "Working with partners: The RCA is also supporting shelters in the valley, in close touch with local groups. "
    "Our staff are working tirelessly with every council in the region.\n\n"
    "Securing commitments: Five bottled-water firms have made commitments to deliver water to every shelter in the valley "
    "until the wells are clean."
)


def test_a_promise_others_made_to_a_release_asks_what_it_tells():
    (asked,) = questions(release.kept_promise, FLOOD)
    assert asked.evidence.startswith("Five bottled-water firms have made commitments to deliver water")
    assert asked.answer == "That they were made, not whether they bind anyone or who will check they are kept"
    assert asked.prompt.endswith("What does the release tell you about these commitments?")
    assert "“commitments to deliver”" in asked.explanation and set(asked.feedback) == set(asked.choices) - {asked.answer}


def test_a_promise_someone_checks_or_one_of_money_is_not_asked():
    text = FLOOD + " The Ministry of Water will monitor every delivery."
    assert not questions(release.kept_promise, text)
    text = FLOOD.replace("have made commitments to deliver water", "have committed to give $3 million")
    assert not questions(release.kept_promise, text)


TRANSIT = (
    "Bus Ridership Reaches a New High Under the Marlow Administration\n\n"
    "Under Governor Ann Marlow, bus ridership in the state has risen for the third year in a row. The Marlow "
    "Administration worked tirelessly to add 40 new routes in 2024 and cut fares by a fifth.\n\n"
    "The biggest gains came in towns where the Marlow Administration stepped in after Republican mayors failed to act. "
    "Ridership in Easton rose 18% and in Kent 12%.\n\n"
    "The Marlow Administration will open 10 more routes next spring."
)


def test_blame_a_release_lays_on_its_political_opponents_is_asked_as_a_charge():
    (asked,) = questions(release.blamed_opponents, TRANSIT)
    assert asked.prompt.endswith("What kind of statement is “Republican mayors failed to act”?")
    # "The publisher", not its name, which would answer the question of who published the text.
    assert asked.answer == "A charge the publisher makes against its political opponents"
    assert "Marlow Administration" not in asked.explanation
    assert "A fact Republican mayors admit themselves" in asked.choices
    assert asked.explanation.startswith("“Failed” judges") and set(asked.feedback) == set(asked.choices) - {asked.answer}


def test_blame_the_other_side_answers_or_a_finding_supports_is_not_asked():
    text = TRANSIT + " “We asked for buses for years,” said one of the Republican mayors, Tom Reed."
    assert not questions(release.blamed_opponents, text)
    text = TRANSIT.replace("after Republican mayors failed to act", "after a state audit found Republican mayors failed to act")
    assert not questions(release.blamed_opponents, text)


AID = (
    "Fact Sheet: Help for the Storm-Hit Islands\n\n"
    "On 2 March, a storm struck the islands of Ruritania and Borduria. The Ministry of Aid is helping Ruritania, "
    "Borduria, and their neighbours to restore power and clean water.\n\n"
    "The RCA has sent engineers to repair the harbour, and is also supporting local clinics. "
    "The Ministry of Aid is working with partners to keep schools open."
)


def test_help_a_release_tells_of_asks_whose_account_would_show_it_reached_them():
    """Not "and whether it worked": a body doing the work may gather the figures that show
    that, so it would be a right choice too, and it is not offered."""
    (asked,) = questions(release.helped_unheard, AID)
    assert asked.prompt == ("The text tells of help to Ruritania and Borduria. Of these, whose account would best show "
                            "whether the help reached people in Ruritania and Borduria?")
    assert asked.answer == "People in Ruritania and Borduria, whom the text says the work helps"
    assert set(asked.choices) - {asked.answer} == {"The Ministry of Aid, which gave the help",
                                                    "A reporter who retells what the text says"}
    assert "people in Ruritania and Borduria can say what reached them" in asked.feedback[
        "The Ministry of Aid, which gave the help"]
    # Nothing in it names the Ministry as the one who wrote the release: the publisher question asks that.
    assert not re.search(r"publish|wrote|account of it", asked.explanation + " ".join(asked.feedback.values()))
    assert "quotes no one there" in asked.explanation and set(asked.feedback) == set(asked.choices) - {asked.answer}


def test_help_to_places_that_are_heard_or_a_word_that_is_no_place_is_not_asked():
    text = AID + " “The power is back in half the towns,” said Ana Dul, a mayor in Ruritania."
    assert not questions(release.helped_unheard, text)
    text = AID.replace("is helping Ruritania, Borduria, and their neighbours", "is helping Island-based teams")
    assert not questions(release.helped_unheard, text)


STATEMENTS = Path(__file__).parents[1] / "data" / "statements"


def test_a_release_known_by_its_end_asks_who_published_it():
    """An announcement with no heading and no "we" shows its publisher by the contact line it
    ends with. Whom it quotes shows nothing (a one-sided news report quotes only one body's
    people too): company-quotes-only-its-own-people is not asked."""
    (asked,) = questions(publisher.publisher_stake, (STATEMENTS / "company-media-contact.txt").read_text(encoding="utf-8"))
    assert ", speaking for itself, so it " in asked.answer
    assert asked.explanation.startswith("The text ends with a line telling reporters whom to contact")


def test_today_announced_in_the_third_person_with_a_pointer_to_the_website_asks_neither_who_published_it_nor_own_voices():
    """No heading, no contact line, no first person, officials quoted as "said Secretary
    ...": a news report could read the same, so neither who published the text nor that its
    people work for "the body that put out the text" is asked."""
    text = (STATEMENTS / "department-announces-today-quoting-its-officials.txt").read_text(encoding="utf-8")
    assert not questions(publisher.publisher_stake, text)
    assert not questions(release.own_voices, text)


@pytest.mark.parametrize("name", ["news-company-plant-quotes-executives", "company-quotes-only-its-own-people"])
def test_a_business_story_quoting_a_companys_executives_asks_no_publisher_question(name):
    text = (STATEMENTS / f"{name}.txt").read_text(encoding="utf-8")
    assert not questions(publisher.publisher_stake, text)


def test_a_rebuttal_of_reports_asks_who_answers_them():
    """"Claims that we have hidden ... are false", in the text's own voice: the publisher
    answers reports about itself, and its denial is one side of the dispute."""
    (asked,) = questions(publisher.publisher_stake, (STATEMENTS / "rebuttal-of-reports.txt").read_text(encoding="utf-8"))
    assert asked.answer == "The Ministry, answering reports about itself, so it gives its own side"
    assert asked.evidence == "Claims that we have hidden the true length of hospital waiting lists are false."
    assert "its denial needs checking" in asked.explanation


def test_a_readout_of_an_officials_call_asks_whose_office_tells_it():
    (asked,) = questions(publisher.publisher_stake, (STATEMENTS / "readout-of-a-call.txt").read_text(encoding="utf-8"))
    assert asked.answer == "Secretary Lane's office, speaking for itself, so it gives its own side"
    assert asked.evidence.startswith("The Secretary thanked Foreign Minister Duarte")
    assert "quoting no one, as an official readout does" in asked.explanation


def test_a_wire_story_on_a_ministrys_denial_asks_no_publisher_question():
    text = (STATEMENTS / "news-ministry-rejects-reports.txt").read_text(encoding="utf-8")
    assert not questions(publisher.publisher_stake, text)


def test_help_to_a_place_named_last_in_its_sentence_leaves_the_full_stop_out():
    text = ("Fact Sheet: The Ministry's Response to the Lowmere Floods\n\n"
            "On 3 May, heavy rain flooded the Lowmere valley and cut off four towns.\n\n"
            "The Ministry of Water remains the largest donor of emergency aid to Lowmere. "
            "Its engineers have repaired 40 pumps and cleaned 12 wells since the rain stopped.")
    (asked,) = questions(release.helped_unheard, text)
    assert asked.prompt.startswith("The text tells of help to Lowmere. Of these, whose account")
    assert asked.answer == "People in Lowmere, whom the text says the work helps"


def test_a_promise_only_to_keep_talking_is_not_asked():
    text = FLOOD.replace("Five bottled-water firms have made commitments to deliver water to every shelter in the valley "
                         "until the wells are clean.",
                         "The Minister and the heads of five bottled-water firms agreed to remain in close contact "
                         "until the wells are clean.")
    assert not questions(release.kept_promise, text)


def test_an_officials_op_ed_with_a_by_line_asks_who_wrote_it():
    """An official's op-ed that names its writer only in its by-line ("By Angela Ruiz,
    Secretary of Education") asks who wrote it and what side they have, as a signed one does."""
    text = (STATEMENTS / "officials-op-ed-with-a-by-line.txt").read_text(encoding="utf-8")
    assert read_facts(parse_article(text)).kind.kind == "opinion"
    (asked,) = questions(publisher.writer_stake, text)
    assert asked.answer.startswith("Angela Ruiz, secretary of Education, arguing their own case")
    assert asked.evidence == "By Angela Ruiz, Secretary of Education"


def test_a_ministry_that_condemns_and_calls_on_in_its_own_voice_asks_who_published_it():
    """No heading, no "we": the Ministry speaks in the present tense in sentence after
    sentence ("The Ministry calls on ...", "The Ministry expresses its deepest condolences")."""
    (asked,) = questions(publisher.publisher_stake,
                         (STATEMENTS / "ministry-condemns-without-we.txt").read_text(encoding="utf-8"))
    assert asked.answer == "The Ministry, speaking for itself, so its account needs outside checks"
    assert "in the present tense, and speaks so for the Ministry more than once" in asked.explanation


def test_a_promise_to_meet_a_target_or_continue_a_service_is_no_promise_only_to_talk():
    for promise, talk in (("pledged to meet the 2030 target for clean wells", "agreed to meet again in June"),
                          ("committed to continue funding the shelters", "agreed to continue working together")):
        assert not release.TALK.match(promise, promise.index(" to ") + 4), promise
        assert release.TALK.match(talk, talk.index(" to ") + 4), talk


WELLS = (
    "Fact Sheet: The Ministry's Work on Village Wells\n\n"
    "Clean water is the first need of every village in the dry north. The Ministry of Water has worked on it all year.\n\n"
    "Repairing wells: The Ministry of Water launched a program of well repairs to cut the number of villages without "
    "safe water. Its engineers visited every district in the north between March and June.\n\n"
    "Working with councils: The Ministry of Water will hire local mechanics next year to keep the pumps running."
)


def test_what_work_done_is_for_is_asked_as_an_aim_not_a_result():
    """A release that tells of work done "to cut" something tells its aim: whether it was
    met is not in the sentence, and a release has reason to let one pass for the other."""
    (asked,) = questions(release.aim_not_result, WELLS)
    assert asked.evidence == ("The Ministry of Water launched a program of well repairs to cut the number of villages "
                              "without safe water.")
    assert asked.prompt.endswith("Does this sentence show that the aim “to cut the number of villages without safe water” "
                                 "has been met?")
    assert asked.answer == "No: “to cut” tells what the work is for, not what it has achieved"
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}
    assert asked.explanation.startswith("The sentence tells of the work (“launched”) and what it is for (“to cut the "
                                        "number of villages without safe water”): “to cut” gives the purpose")


@pytest.mark.parametrize("change", [
    ("launched a program of well repairs to cut", "has hired engineers who will work to cut"),  # a plan
    ("launched a program of well repairs to cut", "has set up a team and asked councils to cut"),  # a request to others
    ("launched a program of well repairs to cut", "has funded repairs that helped to cut"),  # a claimed result
    ("Its engineers visited every district", "As a result, 40% fewer villages lack water. Its engineers visited every district"),
    ("Fact Sheet: The Ministry's Work on Village Wells", "Village wells: a year of repairs in the dry north"),  # no release
    # a demand on others, in which "funded" describes: "Publish a fully funded plan to ..."
    ("The Ministry of Water launched a program of well repairs to cut the number of villages without safe water. Its "
     "engineers visited every district in the north between March and June.",
     "The Ministry of Water is calling on councils to:\n\n• Publish a fully funded strategy to end water shortages in the "
     "north by 2030;\n\n• Repair every broken pump by June."),
])
def test_an_aim_that_is_a_plan_a_request_a_claimed_result_or_told_beside_its_result_is_not_asked(change):
    assert not questions(release.aim_not_result, WELLS.replace(*change))


@pytest.mark.parametrize(("name", "aim"), [
    ("company-product-announcement", "to keep older headsets working for longer"),
    ("city-statement-on-decision", "to help shops on Elm Street through the change"),
    ("ministry-fact-sheet-bullets", "to reduce illegal dumping by factories and farms"),
    ("charity-winter-appeal", "to help older people keep the heat in"),  # "We have also funded": the charity's "we"
])
def test_an_aim_is_asked_of_a_product_announcement_a_citys_statement_a_fact_sheets_bullets_and_an_appeal(name, aim):
    (asked,) = questions(release.aim_not_result, (STATEMENTS / f"{name}.txt").read_text(encoding="utf-8"))
    assert f"the aim “{aim}” has been met?" in asked.prompt
    assert not asked.evidence.startswith("-")  # a bullet's mark is no part of the quoted sentence


def test_a_statement_headed_with_its_maker_or_a_body_launching_its_appeal_today_asks_who_published_it():
    """"Statement from the City of Harwick on ..." names who speaks; the Warm Homes Trust
    calls itself "our" in the text's own words."""
    text = (STATEMENTS / "city-statement-on-decision.txt").read_text(encoding="utf-8")
    (asked,) = questions(publisher.publisher_stake, text)
    assert asked.answer.startswith("The City of Harwick, speaking for itself")
    assert asked.explanation.startswith("The heading (“Statement from the City of Harwick on the closure of Elm Street to "
                                        "cars”) names the City of Harwick as the one who makes the statement")
    text = (STATEMENTS / "charity-winter-appeal.txt").read_text(encoding="utf-8")
    (asked,) = questions(publisher.publisher_stake, text)
    assert asked.answer.startswith("The Warm Homes Trust, speaking for itself")
    # The sign is "our" in the text's own words; "today launches" alone a news lede could write.
    assert asked.evidence.startswith("Last winter our volunteers visited")
    assert "not inside a quotation, writes “our volunteers”: this is the Warm Homes Trust" in asked.explanation
    assert "present" not in asked.explanation


LIBRARY = (
    "Ashby Library opens a reading room for teenagers\n\n"
    "The Ashby Library today opens a new reading room for teenagers on its second floor, with 3,000 books, twelve "
    "computers and space for forty readers.\n\n"
    "“Young people told us they had nowhere quiet to work after school,” said Joan Pike, director of the Ashby Library. "
    "“This room is theirs.”\n\n"
    "The room was designed with help from a group of local pupils. “We chose the colours and the chairs,” said Ravi Das, "
    "the library's youth services manager. “Every detail came from them.”\n\n"
    "The room is open from 3pm to 8pm on weekdays."
)


LIBRARY_OURS = LIBRARY + " Our staff will be there to help."


def test_a_release_that_quotes_only_its_own_people_asks_who_they_are():
    (asked,) = questions(release.own_voices, LIBRARY_OURS)
    assert asked.prompt == "The text quotes Joan Pike and Ravi Das. Who are they, and what does that mean for a reader?"
    assert asked.answer == "Both work for the body that put out the text: no one from outside it is quoted"
    assert asked.explanation.startswith("Joan Pike is the director of the Ashby Library; Ravi Das is the library's youth "
                                        "services manager: both work for the Ashby Library.")
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}


def test_a_release_that_also_quotes_someone_from_outside_does_not_ask_it():
    text = LIBRARY_OURS + " “My son goes every day,” said Ada Bell, a parent."
    assert not questions(release.own_voices, text)


def test_an_outside_body_reported_not_quoted_in_a_sentence_naming_the_publisher_does_not_ask_it():
    """"The GMB union said the plan would cut jobs at Harrow Mills' depot" is an outside critic,
    not a dateline naming the publisher."""
    text = RESULTS.replace("Media contact:", "The Bakers' Union said the plan would cut 50 jobs at Harrow Mills' Leeds mill.\n\n"
                           "Media contact:")
    assert questions(release.own_voices, RESULTS)
    assert not questions(release.own_voices, text)


@pytest.mark.parametrize("name", ["company-product-announcement", "company-media-contact"])
def test_own_voices_are_asked_of_a_product_announcement_and_a_departments_release(name):
    (asked,) = questions(release.own_voices, (STATEMENTS / f"{name}.txt").read_text(encoding="utf-8"))
    assert asked.answer.startswith("Both work for the body that put out the text")


@pytest.mark.parametrize("name", ["charity-winter-appeal", "news-company-plant-quotes-executives"])
def test_own_voices_are_not_asked_of_an_appeal_that_quotes_someone_helped_or_of_a_news_story(name):
    assert not questions(release.own_voices, (STATEMENTS / f"{name}.txt").read_text(encoding="utf-8"))


def test_a_deed_told_with_an_adverb_is_still_asked_as_work_done_for_an_aim():
    # "has fully funded a scheme to cut": "fully" here tells how the work was done, not what a thing is.
    text = WELLS.replace("launched a program of well repairs to cut", "has fully funded a program of well repairs to cut")
    (asked,) = questions(release.aim_not_result, text)
    assert asked.prompt.endswith("Does this sentence show that the aim “to cut the number of villages without safe water” "
                                 "has been met?")


APPEAL = (
    "PRESS RELEASE\n\n"
    "Most carers skip meals to pay bills, new survey finds\n\n"
    "Six in ten unpaid carers have skipped a meal this year to pay for heating, according to a survey by Carer Link "
    "published today.\n\n"
    "“No one who looks after a loved one should go hungry,” said Carer Link chief executive Nadia Brook.\n\n"
    "Carer Link runs a helpline for carers. “The helpline got me through the winter,” said Tom, 71, who cares for his wife.\n\n"
    "Notes to editors\n\n"
    "Carer Link is a registered charity founded in 1998."
)


def test_a_release_whose_body_has_a_name_of_its_own_is_known_by_its_closing_lines():
    """"Carer Link" carries no word such as "Trust" or "Council": the closing line on who
    it is names the body the headed release speaks for."""
    (asked,) = questions(publisher.publisher_stake, APPEAL)
    assert asked.answer.startswith("Carer Link, speaking for itself")
    assert not questions(publisher.publisher_stake, APPEAL.replace("PRESS RELEASE\n\n", "").replace("Notes to editors\n\n", ""))


def test_a_department_for_a_field_and_a_university_of_a_town_are_named_in_full():
    sheet = ("Fact sheet: Free school meals\n\nPublished by the Department for Education and Skills\n\n"
             "The Department for Education and Skills will pay for a hot meal for every child in primary school. "
             "The Department for Education and Skills says the plan costs £1 billion a year.")
    (asked,) = questions(publisher.publisher_stake, sheet)
    assert asked.answer.startswith("The Department for Education and Skills, speaking for itself")
    news = ("News release: University of Harwick\n\nHarwick chemists make plastic from sugar\n\n"
            "Chemists at the University of Harwick have made a plastic from beet sugar. The University of Harwick will "
            "open a new laboratory for the work next year, the University of Harwick said.")
    (asked,) = questions(publisher.publisher_stake, news)
    assert asked.answer.startswith("The University of Harwick, speaking for itself")


RESULTS = (
    "FOR IMMEDIATE RELEASE\n\n"
    "Harrow Mills reports record sales and 300 new jobs\n\n"
    "Harrow Mills Ltd, the flour maker, today reported record sales of £210 million for 2024.\n\n"
    "“This has been a wonderful year for Harrow Mills,” said Chief Executive Ann Cole. “Our bakers love our flour.”\n\n"
    "The company will open a new mill in Selby next year. “We are proud of our people,” said Chairman Sir Raj Patel.\n\n"
    "Media contact: press@harrowmills.co.uk"
)


def test_a_release_quoting_only_posts_with_no_body_beside_them_asks_who_they_are():
    """"said Chief Executive Ann Cole": in the release of Harrow Mills, its chief executive."""
    (asked,) = questions(release.own_voices, RESULTS)
    assert asked.prompt == "The text quotes Ann Cole and Raj Patel. Who are they, and what does that mean for a reader?"
    assert asked.explanation.startswith("Ann Cole is the Chief Executive; Raj Patel is the Chairman: both work for Harrow Mills")
    outsider = RESULTS.replace("said Chairman Sir Raj Patel", "said Raj Patel, a baker at the Selby Bakery")
    assert not questions(release.own_voices, outsider)


def test_a_release_resting_on_its_own_survey_asks_who_stands_behind_it():
    (asked,) = questions(publisher.own_survey, APPEAL)
    assert asked.prompt == ("The text rests some of its claims on a survey. Who stands behind the survey, and what should "
                            "a reader keep in mind?")
    assert asked.answer == "Carer Link, which has a stake in what the survey shows"
    assert asked.evidence.startswith("Six in ten unpaid carers")
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}
    assert not publisher.names_as_author("Carer Link", asked)  # it does not answer who published the text
    # A pollster's own survey, or one beside it of the same word, is not the publisher's alone.
    assert not questions(publisher.own_survey, APPEAL.replace("a survey by Carer Link", "a survey by YouGov"))
    both = APPEAL.replace("Carer Link runs a helpline", "A survey by YouGov found the same. Carer Link runs a helpline")
    assert not questions(publisher.own_survey, both)


def test_another_body_sharing_the_publishers_first_word_is_not_its_own():
    """"a study by the National Audit Office" in a release of National Rail is not National Rail's."""
    text = ("PRESS RELEASE\n\nNational Rail opens new station in Selby\n\n"
            "National Rail today opened a new station in Selby. A study by the National Audit Office found that a third "
            "of stations in the county were too small.\n\n“This is a great day for Selby,” said Chief Executive Ann Cole "
            "of National Rail.\n\nAbout National Rail\n\nNational Rail runs train stations in England.")
    assert not questions(publisher.own_survey, text)
    own = text.replace("A study by the National Audit Office", "A study by National Rail")
    (asked,) = questions(publisher.own_survey, own)
    assert asked.answer == "National Rail, which has a stake in what the study shows"
