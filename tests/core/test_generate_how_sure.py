"""How sure a claim is: what a hedge such as "could" or "appears to" says about it, and
what "at least" or "about" says about a figure (the numbers template); asked on short
invented articles."""

import random
from pathlib import Path

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import generate_pack, numbers, uncertainty
from quiz.core.generate.common import Context
from quiz.core.generate.gate import problems

TEXTS = Path(__file__).parent / "texts"


def asked(template, text):
    article = parse_article(text)
    return [c.question for c in template(Context(article, read_facts(article), random.Random(1)))]


def hedges(text):
    return [f.data["cue"] for f in read_facts(parse_article(text)).facts if f.data.get("uncertainty_kind") == "hedge"]


STORM = (
    "Storm heads for the coast\n\n"
    "Forecasters in Port Ellis said on Monday that the storm could reach the coast by Friday. "
    "The harbour master closed the main pier to small boats. "
    "The storm appears to have slowed over warm water, according to the weather service."
)


def test_how_sure_a_could_is_asked_with_the_misreadings_beside_it():
    by_cue = {q.prompt.split("What does “")[1].split("”")[0]: q for q in asked(uncertainty.how_sure, STORM)}
    assert set(by_cue) == {"could", "appears to"}
    could = by_cue["could"]
    assert could.answer == "That it is possible, but not certain"
    assert {"That it is certain", "That it is more likely than not", "That it has been ruled out"} <= set(could.choices)
    assert set(could.feedback) == set(could.choices) - {could.answer}
    assert by_cue["appears to"].answer == "That it looks that way, but it is not confirmed"
    assert all(problems(q, STORM) == [] for q in by_cue.values())


def test_a_hedge_in_a_quotation_is_said_to_be_the_sources_not_the_writers():
    text = ("Plant may close\n\n"
            "Workers at the Acme plant in Dunmore met on Tuesday. "
            "“Losing the contract could cost the town its biggest employer,” Ann Lee said.")
    (q,) = asked(uncertainty.how_sure, text)
    assert "it is the source's, not the writer's" in q.explanation


def test_how_sure_leaves_alone_a_speakers_own_plan_and_a_may_well():
    plan = "Old stories\n\nThe town has many old houses. Each has its own story, which we may tell another day."
    well = ("Meals and attendance\n\nA researcher at Western University, Tom Okafor, said the scheme may well have "
            "helped attendance in the county.")
    assert asked(uncertainty.how_sure, plan) == []
    assert asked(uncertainty.how_sure, well) == []


def test_could_be_and_a_trait_beside_a_past_deed_is_no_hedge():
    tribute = "Remembering Dana\n\nDana could be stubborn, and she never backed down from an argument with a referee."
    guess = "Storm\n\nThe storm could reach the coast by Friday, and officials warned residents to leave."
    assert hedges(tribute) == []
    assert hedges(guess) == ["could"]


HOMICIDES = (
    "Homicides fall in Riverton\n\n"
    "Homicides in Riverton fell to the lowest level in at least 40 years, police said on Monday. "
    "The city recorded more than 300 burglaries, and about 1,200 cars were stolen. "
    "Over 4 weeks in June, officers stopped more than 500 drivers."
)


def test_the_invented_fact_check_asks_how_sure_a_forecast_and_a_figure_are():
    text = (TEXTS / "fact-check-school-meals.txt").read_text(encoding="utf-8")
    pack = generate_pack(text, seed=1)
    assert {"how-sure", "rounded-figure"} <= {q.template for q in pack.questions}


RENTS = (
    "Rents rise again in Dunmore\n\n"
    "Rents in Dunmore rose for the third year running, according to the housing agency HomeFirst. "
    "The mayor, Tom Berg, said the city would build 200 new homes. "
    "Landlords' group RentWise said costs had risen for its members too.\n\n"
    "Maria Keane, an economist at Western University, said the figures were worrying: \"Wages have not kept up. "
    "Rents could rise faster than wages for another two years.\"\n"
)


def test_whose_guess_a_hedge_in_a_quotation_is_when_the_name_stands_in_another_sentence():
    (q,) = asked(uncertainty.whose_guess, RENTS)
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
    assert asked(uncertainty.whose_guess, beside) == []
    assert asked(uncertainty.whose_guess, reported) == []


def test_a_quoted_bodys_we_may_is_asked_though_the_writers_own_is_not():
    text = ("Asylum questionnaire\n\n"
            "The Home Office sent a questionnaire to 12,000 asylum seekers. "
            "A Home Office letter seen by reporters reads: “We may extend the questionnaire to other claimants later this year.”")
    (q,) = asked(uncertainty.how_sure, text)
    assert q.answer == "That it is possible, but not certain"


def test_a_pack_asks_how_sure_once():
    text = ("Storm heads for the coast\n\n"
            "The storm could reach the coast by Friday. "
            "The harbour master closed the main pier to small boats on Monday afternoon. "
            "The storm appears to have slowed over the sea.")
    assert len(asked(uncertainty.how_sure, text)) == 2
    assert [q.template for q in generate_pack(text, seed=1).questions].count("how-sure") == 1


# What a qualifier says about a figure is asked by numbers.rounded_figure; these are the figures
# it must not take for a measured count.
def figure_asked(text):
    return [q.prompt.split("What does “")[1].split("”")[0] for q in asked(numbers.rounded_figure, text)]


def test_at_least_is_asked_as_a_floor_and_no_time_span_as_a_figure():
    found = {q.prompt.split("What does “")[1].split("”")[0]: q for q in asked(numbers.rounded_figure, HOMICIDES)}
    assert "Over 4" not in found  # "over 4 weeks": during, or more than?
    assert found["at least 40"].answer == "40 or more: 40 is the lowest it can be"
    assert all(problems(q, HOMICIDES) == [] for q in found.values())


def test_a_rounded_figure_is_chosen_once_in_a_pack():
    pack = generate_pack(HOMICIDES, seed=1)
    assert [q.template for q in pack.questions].count("rounded-figure") == 1


def test_a_rounded_figure_names_what_the_figure_counts_before_an_of():
    (q,) = asked(numbers.rounded_figure, "Rescue teams\n\nTogether, the teams bring more than 200,000 pounds of equipment "
                                         "to the city.")
    assert q.answer == "Above 200,000 pounds, by an amount “more than” does not give"


def test_no_rounded_figure_on_one_end_of_a_range_nor_on_a_time_told_in_passing():
    assert figure_asked("Rates and years\n\nEstimates of the yearly rate range from about 0.2 percent to 5 percent. "
                        "Almost 10 years later, Tyler was in a position to help his father.") == []


def test_no_rounded_figure_on_a_line_that_marks_out_a_group_nor_in_a_call_to_do_something():
    assert figure_asked("Bridge grants\n\nThe grants will go to towns with fewer than 50,000 residents. By 2030, every "
                        "town of more than 5,000 people will have a new bridge. A team with more than 250 people will "
                        "inspect the bridges.") == ["more than 250"]
    assert figure_asked("Growing tomatoes\n\nChoose a pot that holds at least twenty litres of compost. "
                        "Last summer our garden club grew more than 300 plants.") == ["more than 300"]
