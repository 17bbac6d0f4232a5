"""A publisher's reading of the facts given as proof: whose judgement it is. A flat
forecast is no longer asked what backs it."""

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


def test_what_backs_a_flat_will_is_never_asked():
    # "What does the speech give to back up “they will go away”?" keyed on "Only the speaker's
    # own word", with stock wrong choices, and pledges taken for forecasts: teachers kept 5 of
    # 12 over rounds 30-37, so the kind is dropped.
    assert not hasattr(firm_claims, "firm_forecast")
    for text in (SPEECH, RELEASE, NEWS):
        assert "firm-forecast" not in [q.template for q in generate_pack(text, seed=1).questions], text


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
    cannot = PROOF_RELEASE.replace("The new figures prove", "The new figures cannot prove")
    dont = PROOF_RELEASE.replace("The new figures prove", "The new figures don’t prove")
    news = PROOF_RELEASE.replace("Press Release: Ministry of Transport Marks a Year of Safer Roads", "Road deaths fall again").replace(
        "The Ministry of Transport today published", "The Ministry of Transport said on Monday it had published")
    for text in (finding, counted, doubted, cannot, dont):
        assert not proof(text)[0], text
    assert read_facts(parse_article(news)).kind.kind == "news" and not proof(news)[0]


def test_the_proof_template_is_offered():
    assert firm_claims.proof_claim in TEMPLATES
