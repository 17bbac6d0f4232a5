"""How far the story goes beside its headline: the sentences that state the headline's own
claim but go less far, as `quiz facts` reports them. Every article here is invented for the
test."""

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts

BODY = (
    "The survey tested 900 pupils in four towns last spring. Dr Hana Weller, who led the survey, said the "
    "results were worrying. \"We need more fruit in school meals,\" said Tom Reyes, a parent in one of the towns.\n\n"
    "The council said it would look at the findings next month.\n"
)


def narrowing(text: str) -> list[tuple[str, str]]:
    """The narrowing facts of an article, as (kind, narrowing words)."""
    facts = read_facts(parse_article(text)).facts
    return [(f.data["narrowing_kind"], f.data["cue"]) for f in facts if f.kind == "narrowing"]


def test_a_story_that_gives_the_headlines_claim_for_part_of_the_group_and_milder_narrows_it_twice():
    text = ("Valley pupils suffering from vitamin D deficiency\n\nAlmost half of all valley pupils are mildly vitamin D "
            "deficient, doctors say.\n\n" + BODY)
    assert narrowing(text) == [("share", "Almost half of all valley pupils"), ("degree", "mildly")]


@pytest.mark.parametrize("text, found", [
    ("Burglaries in Easton fall to a record low\n\nPolice figures show that burglaries in Easton are on track to "
     "reach a record low this year.", ("not-yet", "on track to")),
    ("Secret council papers found in a park\n\nCouncil papers were found in a park on Monday. A council "
     "spokesman said the papers were not secret.", ("disputed", "were not secret")),
    ("New drug improves survival for some patients with bone cancer\n\nThe drug did not improve survival for "
     "patients whose tumours had spread.", ("not-for-all", "did not improve survival for patients whose tumours had spread")),
    ("Laser superior to cream for skin spots\n\nResults show laser treatment cleared most skin spots. "
     "For small spots on the face, the cream was superior in older patients.",
     ("reversed", "the cream was superior in older patients")),
    # First results, not a mere possibility.
    ("New vaccine protects children from measles\n\nEarly results from a trial in Easton show that the new "
     "vaccine protects children from measles.", ("early", "Early results")),
    ("Video eases hospital care talks for patients\n\nThe results suggest that the video eases hospital care talks "
     "for patients and their families.", ("possible", "suggest")),
])
def test_each_way_a_sentence_goes_less_far_than_its_headline_is_read(text, found):
    assert narrowing(text + "\n\n" + BODY) == [found]


def test_a_denial_names_who_denies_and_the_headline_words_it_shares():
    facts = read_facts(parse_article(
        "Secret council papers found in a park\n\nCouncil papers were found in a park on Monday. A council "
        "spokesman said the papers were not secret.\n\n" + BODY)).facts
    (denied,) = [f for f in facts if f.kind == "narrowing"]
    assert denied.data["speaker"] == "A council spokesman"
    assert set(denied.data["shared"]) >= {"paper", "secre"}


@pytest.mark.parametrize("text", [
    # the headline hedges already
    "Valley pupils may lack vitamin D\n\nAlmost half of all valley pupils are mildly vitamin D deficient, doctors say.",
    # a share of another group than the headline's
    "New drug better than old drug for bone tumours\n\nTumours shrank in 39 percent of men given the new drug, "
    "against 20 percent of those given the old drug.",
    # a hope someone once had, not a hedge on the claim now
    "Student's app helps soldier father sleep\n\nThe student thought he could write an app that might help his "
    "soldier father sleep.",
    # a hedge on another subject in the same story
    "Laser clears skin spots in teenagers\n\nResults show laser treatment cleared most skin spots. In teenagers, "
    "the new cream may clear skin spots faster.",
    "City council approves new budget\n\nSome of the city councillors voted against the new budget on Monday.",
    # "so far" beside a count, not a record
    "Police arrest three over Easton looting\n\nPolice in Easton have so far arrested three men over the looting.",
    # a speaker who limits an act is not denying the headline's description
    "Carmaker recalls cars over brake fault\n\nThe carmaker said cars with the brake fault sold in Europe were not "
    "recalled.",
    "Easton voters back new park plan\n\nModerate Easton voters back the new park plan, a poll shows.",
    # a hedge on what may come after the headline's event
    "Storm floods Easton homes\n\nThe storm flooded forty homes on Monday. The storm may flood Easton homes again "
    "next week, forecasters say.",
])
def test_no_narrowing_is_read_where_the_tie_to_the_headline_is_not_sure(text):
    assert narrowing(text + "\n\n" + BODY) == []
