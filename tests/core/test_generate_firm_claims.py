"""A forecast or promise stated as certain, by a speaker, a publisher or a person quoted:
what backs it, beyond how sure it sounds."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import TEMPLATES, firm_claims, generate_pack
from quiz.core.generate.common import Context
from quiz.core.generate.gate import problems

SPEECH = """Remarks on the Harbour Towns

Madam Speaker, I rise today for the people of the harbour towns.

For years the fishing fleet has shrunk, and the young have left for the cities. The troubles of our harbours have grown over many years. They will not go away in a season, but they will go away.

We must pass the coastal bill before the summer. I urge every member of this House to vote for it.
"""

RELEASE = """Press Release: Ministry of Housing Announces Winter Fuel Grants

The Ministry of Housing today announced new grants for families who heat their homes with oil.

The grants open to every household in the northern provinces. This funding will help families keep their homes warm through the coldest months.

Councils can apply through the ministry's website.
"""

NEWS = """Mayor backs new ferry line

The city council voted on Tuesday to open a ferry line across the bay.

"The new ferry will bring new life to the old docks and keep young families in our town," said Mayor Ana Ruiz. She spoke at the council meeting.

The first boats are due to sail next spring.
"""


def offered(text: str):
    article = parse_article(text)
    ctx = Context(article, read_facts(article), random.Random(1))
    return [c for c in firm_claims.firm_forecast(ctx)], article


def test_a_speakers_flat_forecast_asks_what_backs_it_shown_with_the_sentence_it_points_back_to():
    (candidate,), article = offered(SPEECH)
    question = candidate.question
    assert candidate.worth >= 0.7 and question.skill == "uncertainty"
    assert question.prompt == ("In the speech, the speaker says: “The troubles of our harbours have grown over many years. "
                               "They will not go away in a season, but they will go away.” What does the speech give to "
                               "back up “they will go away”?")
    assert question.answer == "Only the speaker's own word: no figure, study or expert backs it"
    assert "Nothing else is needed: “will” makes it certain" in question.choices
    assert question.evidence in article.text and question.evidence.startswith("The troubles")
    assert set(question.feedback) == set(question.choices) - {question.answer}
    assert not problems(question, article.text)


def test_a_release_forecasting_what_its_own_money_will_do_is_the_publishers_word():
    (candidate,), article = offered(RELEASE)
    question = candidate.question
    assert question.prompt.startswith("The text says: “The grants open to every household in the northern provinces. "
                                      "This funding will help families keep their homes warm")
    assert question.prompt.endswith("What does the text give to back up “This funding will help families keep their homes warm”?")
    assert question.answer == "Only the publisher's own word: no figure, study or expert backs it"
    assert "its own work" in question.explanation


def test_a_named_person_quoted_in_the_news_is_asked_by_name():
    (candidate,), article = offered(NEWS)
    question = candidate.question
    assert question.prompt.startswith("Ana Ruiz says: “The new ferry will bring new life to the old docks")
    assert question.answer == "Only Ana Ruiz's own word: no figure, study or expert backs it"
    assert not problems(question, article.text)


def test_a_hedged_a_scheduled_an_arranged_or_a_backed_future_is_not_asked():
    hedged = SPEECH.replace("but they will go away", "but they may go away")
    scheduled = RELEASE.replace("through the coldest months", "from 1 December")
    arranged = RELEASE.replace("This funding will help families keep their homes warm", "This funding will allow families to apply online")
    backed = RELEASE.replace("Councils can apply", "A study of last winter's grants found that councils can apply")
    reported = NEWS.replace('"The new ferry will bring', 'She said the ferry will bring').replace(' and keep young families in our town," said Mayor Ana Ruiz.', ".")
    written = "Ferry line to open\n\nThe city's new ferry will bring visitors to the old docks, the council said.\n"
    for text in (hedged, scheduled, arranged, backed, reported, written):
        assert not offered(text)[0], text


def test_an_expert_forecasting_in_their_field_is_not_asked():
    text = NEWS.replace("said Mayor Ana Ruiz", "said Dr. Ana Ruiz, an economist at the state university").replace(
        "She spoke at the council meeting.", "")
    assert not offered(text)[0]


def test_the_template_is_offered():
    assert firm_claims.firm_forecast in TEMPLATES


PROOF_RELEASE = """Press Release: Ministry of Transport Marks a Year of Safer Roads

The Ministry of Transport today published its yearly road report.

Road deaths fell in every province last year. The new figures prove the minister is keeping the country safer than any government before.

Drivers can read the full report on the ministry's website.
"""


def proof(text: str):
    article = parse_article(text)
    return list(firm_claims.proof_claim(Context(article, read_facts(article), random.Random(1)))), article


def test_a_release_saying_figures_prove_a_judgement_asks_whose_judgement_it_is():
    (candidate,), article = proof(PROOF_RELEASE)
    question = candidate.question
    assert candidate.worth >= 0.7 and question.skill == "fact-vs-opinion"
    assert question.prompt == ("The text says: “The new figures prove the minister is keeping the country safer than any "
                               "government before.” What kind of claim is this?")
    assert question.answer == "The publisher's own judgement of what the facts mean"
    assert "A fact that the figures show on their own" in question.choices
    assert question.evidence in article.text and not problems(question, article.text)
    # A sentence with no figures is not said to rest on figures.
    (candidate,), _ = proof(PROOF_RELEASE.replace("The new figures prove", "The new patrols prove"))
    assert "A plain fact that needs no one's reading" in candidate.question.choices
    assert not any("Figures" in words for words in candidate.question.feedback.values())


def test_a_report_confirming_a_count_a_doubt_or_a_proof_in_the_news_is_not_asked():
    finding = PROOF_RELEASE.replace("The new figures prove the minister is", "A new police report confirms that the minister is")
    counted = PROOF_RELEASE.replace("The new figures prove the minister is keeping the country safer than any government before.",
                                    "The new figures confirm that deaths fell by 12 percent.")
    doubted = PROOF_RELEASE.replace("The new figures prove", "The new figures do not yet prove")
    news = PROOF_RELEASE.replace("Press Release: Ministry of Transport Marks a Year of Safer Roads", "Road deaths fall again").replace(
        "The Ministry of Transport today published", "The Ministry of Transport said on Monday it had published")
    for text in (finding, counted, doubted):
        assert not proof(text)[0], text
    assert read_facts(parse_article(news)).kind.kind == "news" and not proof(news)[0]


def test_the_proof_template_is_offered():
    assert firm_claims.proof_claim in TEMPLATES


CANDIDATE = """Interview with Lena Hart, candidate for mayor of Port Ellis

Port Ellis Courier: Why are you running for mayor?

Lena Hart: I grew up in Port Ellis and ran a bakery on the harbour for twenty years. My plan will bring the ferries back to the old docks, and more can change than most people think.

Port Ellis Courier: How will you work with the council?

Lena Hart: I have worked with every member of it on the harbour board.
"""


def test_a_guest_of_an_interview_forecasting_is_asked_by_name_when_the_belief_is_someone_elses():
    article = parse_article(CANDIDATE)
    assert read_facts(article).kind.kind == "interview"
    (candidate,), _ = offered(CANDIDATE)
    question = candidate.question
    assert question.prompt.startswith("Lena Hart says: “My plan will bring the ferries back to the old docks")
    assert question.prompt.endswith("What does Lena Hart give to back up “My plan will bring the ferries back to the old docks”?")
    assert question.answer == "Only Lena Hart's own word: no figure, study or expert backs it"
    assert not problems(question, article.text)


def test_a_guest_who_speaks_as_an_expert_or_believes_the_forecast_is_not_asked():
    expert = CANDIDATE.replace("candidate for mayor", "an economist and candidate for mayor")
    believed = CANDIDATE.replace("My plan will bring", "I believe my plan will bring")
    for text in (expert, believed):
        assert not offered(text)[0], text


def test_a_pack_asks_what_backs_a_flat_will_once_even_of_two_people():
    text = NEWS.replace("She spoke at the council meeting.",
                        '"The ferry line will cut the drive to the city by half an hour for every worker," said Tom Reyes, a councillor.')
    assert {c.question.answer for c in offered(text)[0]} == {
        "Only Ana Ruiz's own word: no figure, study or expert backs it", "Only Tom Reyes's own word: no figure, study or expert backs it"}
    pack = generate_pack(text, seed=1)
    assert [q.template for q in pack.questions].count("firm-forecast") == 1


def test_a_forecast_given_a_reason_or_a_start_beside_it_is_not_asked():
    # "Nothing backs it" would be untrue: the speech gives a reason, the release says it has begun.
    reason = SPEECH.replace("but they will go away.", "but they will go away. They will go away because our people "
                                                      "have the will to work.")
    begun = RELEASE.replace("Councils can apply", "The grants are already helping families in two provinces. Councils can apply")
    assert offered(reason)[0] == [] and offered(begun)[0] == []


def test_a_forecast_backed_in_its_own_sentence_by_experts_or_of_what_was_chosen_is_not_asked():
    # "Only their word: no expert backs it" is untrue where the sentence names the engineers
    # who helped, and of "the routes that will ..." chosen on grounds the text gives elsewhere.
    engineers = NEWS.replace("The new ferry will bring new life to the old docks and keep young families in our town",
                             "We worked with harbour engineers on a plan that will bring new life to the old docks")
    chosen = NEWS.replace("The new ferry will bring new life to the old docks and keep young families in our town",
                          "Our staff chose the two routes that will bring new life to the old docks") \
        .replace("She spoke at the council meeting.", "She spoke at the council meeting. The routes were chosen based on "
                                                       "the number of riders and the length of the drive.")
    assert offered(engineers)[0] == [] and offered(chosen)[0] == []


def test_a_career_in_engineering_is_no_engineer_backing_the_forecast():
    text = NEWS.replace("keep young families in our town", "keep young families in our town and in engineering jobs")
    assert len(offered(text)[0]) == 1


def test_an_expert_in_the_paragraph_beside_the_forecast_is_backing_it_might_be():
    text = NEWS.replace("She spoke at the council meeting.", "Harbour engineers told the council the docks could take "
                                                             "four boats a day.")
    assert offered(text)[0] == []


def test_a_bulleted_pledge_is_shown_without_its_bullet_and_never_cut_inside_a_phrase():
    text = (
        "Fact sheet: Clean Rivers Plan\n\n"
        "The Ministry of Water today set out its plan for the country's rivers.\n\n"
        "What the plan does:\n\n"
        "- The Ministry will work with farmers to cut the use of fertilisers near rivers.\n\n"
        "Councils can apply for grants through the ministry's website.\n"
    )
    article = parse_article(text)
    (candidate,) = [c for c in firm_claims.firm_forecast(Context(article, read_facts(article), random.Random(1)))]
    prompt = candidate.question.prompt
    assert "- The Ministry" not in prompt and "“-" not in prompt
    assert candidate.question.evidence.startswith("The Ministry will work")
    claim = prompt.split("back up “")[1].rstrip("”?")
    assert not claim.endswith((" use", " the", " of")), claim
    assert problems(candidate.question, text) == []
