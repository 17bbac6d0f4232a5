"""Numbers questions: what a figure counts and what its qualifier leaves open, who gives it
and why that matters, and what it is compared with. Each on a short invented article."""

import random
import re

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import compared, count_alone, figure_part, figure_source, generate_pack, numbers, publisher, study
from quiz.core.generate.common import Context
from quiz.core.generate.gate import problems


def asked(text, template):
    """The questions a template offers on `text` that pass the gate."""
    article = parse_article(text)
    ctx = Context(article, read_facts(article), random.Random(1))
    return [c.question for c in template(ctx) if not problems(c.question, article.text)]


CRIME_LIST = (
    "City crime falls again\n\n"
    "The city's crime figures for the spring were published on Monday by the council, which runs the police service.\n\n"
    "In the first three months of 2026 vs. the same months last year:\n\n"
    "Burglaries are down 30% — the steepest fall of any crime the city counts this year.\n\n"
    "Car thefts are down 12%.\n\n"
    "Shop thefts are down 9%."
)


def test_a_change_in_percent_asks_for_the_numbers_behind_it_when_the_list_gives_the_period():
    questions = {q.evidence.split("\n")[-1]: q for q in asked(CRIME_LIST, compared.change_baseline)}
    thefts = questions["Shop thefts are down 9%."]
    assert thefts.answer == "How many shop thefts there were before and after: the numbers behind the 9%"
    assert "Which periods it compares: the first three months of 2026 and the same months last year" in thefts.choices
    assert thefts.evidence.startswith("In the first three months of 2026 vs. the same months last year:")
    assert set(thefts.feedback) == set(thefts.choices) - {thefts.answer}
    assert "from 100 to 91" in thefts.explanation


def test_a_change_in_percent_with_nothing_to_compare_asks_what_it_is_measured_against():
    text = ("Bus use rises\n\nThe number of bus trips in the county has grown, the transport office said on Friday. "
            "Ridership is up 14%. The office plans three new routes in the north of the county.")
    (question,) = asked(text, compared.change_baseline)
    assert question.answer == "What the 14% is measured against: how much ridership there was before, and when"
    assert "Nor does it say when the earlier number was counted." in question.explanation


def test_a_fall_in_a_share_price_is_not_asked_what_it_is_measured_against():
    # A day's move in a share price is measured against the last close: the percent is the usual measure.
    text = ("Miner to pay new levy\n\nThe government will charge mining companies a new levy from July, officials said. "
            "Ardeval's shares fell 4.3 percent on Tuesday. The levy would raise about 900 million a year.")
    assert not asked(text, compared.change_baseline)
    assert asked(text.replace("Ardeval's shares fell", "Ardeval's exports fell"), compared.change_baseline)


def test_a_change_measured_from_a_figure_just_given_is_not_asked_what_it_is_measured_against():
    text = ("Bus use\n\nBus trips in the county peaked at 2.1 million in 2019. "
            "Ridership has fallen 38% from that peak, the transport office said. The office plans three new routes.")
    assert not asked(text, compared.change_baseline)


def test_a_cut_in_one_thing_for_a_group_is_not_read_as_a_change_in_the_group():
    # The 5% is a cut in pay; the nurses are whom it is for, not what fell.
    text = ("Pension plan\n\nThe plan would save the state money over many years, its authors said on Monday. "
            "But the cuts in starting pay for some young nurses would be large: 5% for nurses starting in 2027, "
            "over 10% for nurses starting in 2030, and 20% for nurses starting in 2040.\n\n"
            "The plan goes to a vote in the spring, the authors said.")
    for question in asked(text, compared.change_baseline):
        assert "nurses" not in question.answer, question.answer


def test_no_baseline_question_when_the_article_gives_the_amounts_elsewhere_or_the_amount_after():
    # The headline's 18% is told in full further down: "£41.3m, down from £50.4m".
    text = ("Acme profit falls 18% as shoppers cut back\n\nShares in Acme fell on Thursday. The retailer said pre-tax "
            "profit for the half year was £41.3m, down from £50.4m a year earlier. The company blamed cautious shoppers.")
    assert asked(text, compared.change_baseline) == []
    after = "Bus use rises\n\nThe number of bus trips in the county has grown. Ridership rose 14% to 2.3 million trips."
    assert asked(after, compared.change_baseline) == []


def test_no_baseline_question_when_the_article_gives_the_numbers_before_and_after_further_on():
    text = ("Crime report\n\nViolent crime fell 40% since 2016, the police department said on Monday. "
            "The chief credited new patrols.\n\n"
            "The department recorded 1,210 violent crimes in 2016 and 731 in 2023, its yearly report shows.")
    assert asked(text, compared.change_baseline) == []


def test_no_baseline_question_on_a_best_case_change():
    # "As much as 62%": how big the fall is was not told either.
    text = ("Heat pumps\n\nHeat pumps can cut heating bills by as much as 62%, the energy agency said on Monday.\n\n"
            "The agency wants more homes to switch.")
    assert asked(text, compared.change_baseline) == []


def test_a_change_in_a_sum_of_money_asks_what_it_was_not_how_many():
    text = ("Rents\n\nRents in the city rose 12% last year, the housing office said on Monday.\n\n"
            "The office wants more homes built.")
    (question,) = asked(text, compared.change_baseline)
    assert question.answer == "What rents in the city were before and after: the numbers behind the 12%"


def test_a_change_of_a_share_in_percent_is_not_asked_for_the_share_before_and_after():
    # "How much share there was": a share that fell "by 9 percent" is a question of points or percent.
    text = ("Reading scores\n\nThe share of third-graders reading at grade level has dropped by 9 percent, the senator said. "
            "The state's schools chief disputed the figure on Friday.")
    assert asked(text, compared.change_baseline) == []


def test_what_was_lost_is_the_thing_that_fell_and_a_name_keeps_its_capital():
    lost = ("Meadows\n\nThe county has lost more than 90 per cent of its wildflower meadows, the trust estimates. "
            "The trust wants verges cut less often.")
    (question,) = asked(lost, compared.change_baseline)
    assert "wildflower meadows" in question.answer and "county" not in question.answer
    named = ("Acme results\n\nShares in Acme Stores fell on Thursday. Acme Stores profit fell 18%, the company said. "
             "The company blamed cautious shoppers.")
    (question,) = asked(named, compared.change_baseline)
    assert "what Acme Stores profit was" in question.answer


def test_no_baseline_question_when_the_sentence_gives_the_counts():
    text = ("Fewer fires\n\nFires are down 25% this year, from 400 to 300 across the region, the fire service said. "
            "The service credits a wet summer and a campaign on barbecues in parks.")
    assert asked(text, compared.change_baseline) == []


def test_a_list_item_after_a_long_one_still_has_the_lists_period():
    from quiz.core.facts import read_facts as read

    changes = [f for f in read(parse_article(CRIME_LIST)).facts if f.kind == "change"]
    assert [c.data["baseline"] for c in changes] == ["In the first three months of 2026 vs. the same months last year"] * 3


NEWS = (
    "Harbour plan divides town\n\n"
    "The harbour authority wants to widen the port, Tom Bell, chairman of the Harbour Authority, said on Tuesday.\n\n"
    "\"The work will bring jobs to the town,\" Bell said.\n\n"
    "Ann Ward, a teacher who fishes from the harbour, said she feared the dredging would drive away the fish.\n\n"
    "The port handled 45,000 containers last year, twice as many as a decade ago.\n\n"
    "The work would start next spring if the council agrees."
)


def test_a_figure_no_one_is_said_to_give_is_the_writers_own():
    (question,) = [q for q in asked(NEWS, figure_source.figure_source) if "45,000" in q.prompt]
    assert question.answer == figure_source.WRITER
    assert sorted(c.split(",")[0] for c in question.choices if c != question.answer) == ["Ann Ward", "Tom Bell"]
    assert "how it was counted" in question.explanation
    assert set(question.feedback) == set(question.choices) - {question.answer}
    assert question.feedback[next(c for c in question.choices if c.startswith("Tom Bell"))] == (
        "The article uses Tom Bell as a source elsewhere, but not for this figure: its sentence names no source at all.")


def test_an_amount_a_court_or_board_decided_is_not_asked_as_the_writers_figure():
    text = NEWS.replace("The port handled 45,000 containers last year, twice as many as a decade ago.",
                        "The port was ordered to pay $45,000 in fines last year for spills in the harbour.")
    assert [q for q in asked(text, figure_source.figure_source) if "45,000" in q.prompt] == []
    law = NEWS.replace("The port handled 45,000 containers last year, twice as many as a decade ago.",
                       "Under state law, any harbour contract worth more than $45,000 must go to a public vote.")
    assert [q for q in asked(law, figure_source.figure_source) if "45,000" in q.prompt] == []
    crime = NEWS.replace("The port handled 45,000 containers last year, twice as many as a decade ago.",
                         "Theft of more than $45,000 is punishable by up to 10 years in prison in the state.")
    assert [q for q in asked(crime, figure_source.figure_source) if "45,000" in q.prompt] == []
    # A decision elsewhere in a long sentence does not make the figure one.
    far = NEWS.replace("The port handled 45,000 containers last year, twice as many as a decade ago.",
                       "Since the harbour law took effect in 2019 and the port was opened to night traffic, it has "
                       "handled 45,000 containers a year.")
    assert [q for q in asked(far, figure_source.figure_source) if "45,000" in q.prompt]


def test_no_writers_figure_when_the_article_leans_on_a_report():
    text = NEWS.replace("The work would start", "A report for the council backs the plan. The work would start")
    assert [q for q in asked(text, figure_source.figure_source) if "45,000" in q.prompt] == []


def test_no_figure_source_when_the_figures_sentence_names_who_gives_it():
    """"More than 3,000 homes lost power, said Jane Moss": the answer stands beside the
    figure, whether the source closes the sentence or opens it, named or not: a look-up."""
    closes = ("Storm damage\n\nThe storm hit the coast overnight.\n\n"
              "More than 3,000 homes lost power, said Jane Moss, a spokeswoman for the county emergency office.\n\n"
              "Resident Carl Diaz said the wind tore the roof off his garage.\n\n"
              "\"We have crews out on every road,\" said Mayor Lee Park.")
    opens = closes.replace("More than 3,000 homes lost power, said Jane Moss, a spokeswoman for the county emergency "
                           "office.", "Jane Moss, a spokeswoman for the county emergency office, said more than 3,000 homes "
                                      "lost power.")
    unnamed = closes.replace("said Jane Moss, a spokeswoman for the county emergency office", "one official said")
    for text in (closes, opens, unnamed):
        assert [q for q in asked(text, figure_source.figure_source) if "3,000" in q.prompt] == []


def test_no_figure_source_when_the_sentence_cites_several_sources():
    text = ("Floods\n\nThe river burst its banks on Sunday.\n\n"
            "About 12,000 people have left their homes, according to a variety of sources, including Mayor Lee Park.\n\n"
            "Resident Carl Diaz said the water rose within an hour.\n\n"
            "\"We will rebuild,\" said Governor Ana Ruiz.")
    assert [q for q in asked(text, figure_source.figure_source) if "12,000" in q.prompt] == []
    # "Estimates from a variety of sources" is no one who gives a figure.
    estimates = text.replace("according to a variety of sources, including Mayor Lee Park",
                             "according to estimates from a variety of sources, including the city")
    assert [q for q in asked(estimates, figure_source.figure_source) if "12,000" in q.prompt] == []


def test_a_press_releases_own_figure_is_left_to_the_question_of_who_published_it():
    text = ("FACT SHEET: Help for Flooded Towns\n\n"
            "Today, the Department of Water announced new help for flooded towns. The Department of Water has sent "
            "$40 million in aid to the region. The Department of Water will continue to support families this winter.")
    assert not [q for q in asked(text, figure_source.figure_source) if "$40 million" in q.prompt]
    (stake,) = asked(text, publisher.publisher_stake)
    assert stake.answer.startswith("The Department of Water")


def test_a_record_on_pace_is_a_projection():
    text = ("Road deaths\n\nRoad deaths have fallen since the new speed limits came in. "
            "Deaths on the county's roads are on pace for the lowest level in 40 years, the police said.")
    (question,) = asked(text, numbers.record_forecast)
    assert question.answer == "No: “on pace for” makes it a projection; the record has not been reached yet"


def test_a_share_that_falls_to_a_figure_said_with_this_is_in_points():
    text = ("Browser\n\nThe old browser had 60 percent of the market in 2015; this has dropped to 45 percent today. "
            "Its maker wants users to move to the new one.")
    (question,) = asked(text, compared.points_or_percent)
    assert question.answer == "15 percentage points, which is about 25% of the old figure"
    assert set(question.feedback) == set(question.choices) - {question.answer}
    assert question.feedback["45 percentage points"] == "45% is where the figure ended up, not how far it moved from 60%."


def test_a_share_given_up_from_its_old_figure_is_in_points_too():
    text = ("Workers and AI\n\nFifty-eight percent of workers said AI would change their work a great deal by 2030, "
            "up from 44 percent when the same question was asked in 2024. The poll was run by phone.")
    (question,) = asked(text, compared.points_or_percent)
    assert question.answer == "14 percentage points, which is about 32% of the old figure"
    assert question.feedback["58 percentage points"] == "58% is where the figure ended up, not how far it moved from 44%."


def test_a_figure_read_as_counting_a_name_is_shown_with_the_noun_after_it():
    from quiz.core.domain import Fact

    text = "Gift\n\nThe fund gave galleries over 28,000 Andy Warhol photographs and letters."
    article = parse_article(text)
    at = text.index("over 28,000")
    name = text.index("Andy Warhol")
    fact = Fact("number", at, at + len("over 28,000"), "over 28,000",
                {"counts": "Andy Warhol", "counts_start": name, "counts_end": name + len("Andy Warhol")})
    ctx = Context(article, read_facts(article), random.Random(1))
    assert numbers.as_written(ctx, fact) == "over 28,000 Andy Warhol photographs"


def test_a_figure_per_100000_people_is_a_rate_not_a_total():
    text = ("Safer streets\n\nThe town recorded 4.1 murders per 100,000 residents last year, the lowest rate in the region. "
            "The council wants more street lights.")
    (question,) = asked(text, numbers.rate_or_total)
    assert question.prompt == "The article gives “4.1 murders per 100,000 residents”. What kind of figure is this?"
    assert question.answer == "A rate: 4.1 for every 100,000 residents, not how many there were in all"


def test_per_cent_and_per_year_are_not_rates_per_person():
    text = "Prices\n\nPrices rose 3 per cent last month, and rents go up 200 dollars per year in the city."
    assert asked(text, numbers.rate_or_total) == []


@pytest.mark.parametrize("sentence", [
    "The company lost $0.09 per share in the quarter, it said on Tuesday.",
    "The plant makes 40 panels per shift, the manager said.",
])
def test_money_or_things_per_unit_are_not_asked_rate_or_total(sentence):
    """"Not how many there were in all" makes no sense of dollars a share; a rate against a
    total is a question of places of different sizes, so only a rate per head of people."""
    assert asked(f"Results\n\n{sentence}", numbers.rate_or_total) == []


def test_a_rate_per_births_is_a_rate_per_head():
    text = "Health\n\nThe county recorded 6 infant deaths per 1,000 live births last year, the health office said."
    (question,) = asked(text, numbers.rate_or_total)
    assert question.answer == "A rate: 6 for every 1,000 live births, not how many there were in all"


def test_a_figure_someone_aims_to_reach_is_a_goal():
    text = "Jobs plan\n\nThe company aims to hire 5,000 workers in the region by 2027, its chief executive said."
    (question,) = asked(text, numbers.forecast)
    assert question.answer == "A goal: what someone plans or promises to reach"
    assert set(question.feedback) == set(question.choices) - {question.answer}
    assert "it has not been reached yet" in question.feedback["A count of something that has already happened"]


def test_a_figure_that_will_happen_is_a_forecast_and_each_wrong_reading_says_why():
    text = "Bridge\n\nThe new bridge will cost $40 million, the county engineer said on Monday."
    (question,) = asked(text, numbers.forecast)
    assert question.answer == "A forecast of what would or will happen"
    assert set(question.feedback) == set(question.choices) - {question.answer}
    assert question.feedback["An estimate of something that has already happened"] == (
        "It is not about what has already happened: the sentence speaks of what is still to come (“will”), not of "
        "what has happened.")


@pytest.mark.parametrize("sentence", [
    "The backlog of repairs would cost more than $40 billion, the engineers' group said.",
    "Repairs still to be done on the county's bridges will cost $40 million, the engineer said.",
    "The unpaid bills would come to $3 million, the mayor said.",
])
def test_the_cost_of_what_is_still_owed_or_undone_is_not_asked_count_or_forecast(sentence):
    """A backlog of repairs not yet done: "a forecast" and "an estimate of something that has
    already happened" can both be defended, so neither is keyed."""
    assert asked(f"Bridges\n\n{sentence}", numbers.forecast) == []


@pytest.mark.parametrize("sentence", [
    "All-day parking at the four car parks will cost £6, the council said.",  # a price the decision sets
    "Bus fares will rise to $3 a ride in March, the transit agency said.",
    "Our legislators should back the bill that would add two judges to the county court.",  # what a call asks for
    "Under the old test, the rate would likely have been lower than 46 percent, the department said.",  # the past
    "The minister will set a target of six months for every operation, officials said.",  # a span of time
    "Firms that break the draft rule would lose up to 25 percent of their grant, officials said.",  # a ceiling
    "He will be missed: he's scored 17 goals for us this season, the coach said.",  # goals in a match
])
def test_a_price_a_rule_sets_or_a_figure_in_a_call_for_action_is_not_asked_as_a_forecast(sentence):
    assert asked(f"Charges\n\n{sentence}", numbers.forecast) == []


def test_a_forecast_names_only_the_future_words_its_sentence_has_and_no_false_rule_of_estimates():
    # "The Department estimates ... will save": an estimate of the future; "would", "could"
    # and "expected" are not in the sentence, and an estimate is not only of the past.
    text = ("Bridges\n\nThe Department estimates that the new bridges will save drivers 300,000 hours each year.")
    (question,) = asked(text, numbers.forecast)
    assert question.answer == "A forecast of what would or will happen"
    assert "(“will”)" in question.explanation and "an estimate of the future is a forecast" in question.explanation
    for word in ("would", "could", "expected"):
        assert f"“{word}”" not in question.explanation
    assert all("careful guess at what has already happened" not in f for f in question.feedback.values())


def test_a_figure_in_a_phrase_hanging_off_a_future_verb_is_not_asked_as_a_forecast():
    # The network of 900 installers is what the company has now; "will" is of the launch.
    text = ("Solar\n\nNorvale will bring the service to Ohio in March with its network of more than 900 certified "
            "installers, the company said.")
    assert asked(text, numbers.forecast) == []


def test_a_forecasts_explanation_names_the_figure_and_who_gives_it():
    text = "Bridge\n\nThe new bridge will cost $40 million, county engineer Rosa Diaz said on Monday."
    (question,) = asked(text, numbers.forecast)
    assert "$40 million is Rosa Diaz's prediction" in question.explanation


def test_a_margin_of_error_is_not_asked_as_a_forecast():
    text = ("Poll\n\nThe results may be off by plus or minus about 5 percentage points for under-30s, the pollster said.")
    assert asked(text, numbers.forecast) == []


def test_a_forecast_keeps_the_articles_qualifier_and_drops_an_interview_label():
    text = ("Solar talk\n\nWikinews spoke to Dana Reyes, who runs Norvale Energy.\n\n"
            "Q: What do you expect from the new service?\n\n"
            "A: Norvale expects the service to bring in more than $200 million in its first year.")
    (question,) = asked(text, numbers.forecast)
    assert question.prompt.startswith("“Norvale expects the service")
    assert "the figure more than $200 million here" in question.prompt


@pytest.mark.parametrize("attribution", [
    "By her own count, Mary Lyle, who runs the harbour cafe, has served 45,000 meals to dock workers",
    "Mary Lyle, who runs the harbour cafe, has served 45,000 meals to dock workers, by her count",
    "Mary Lyle, who runs the harbour cafe, has served 45,000 meals to dock workers, according to her",
    "By their own tally, the cafe's owners have served 45,000 meals to dock workers",
])
def test_a_figure_by_someones_own_count_is_theirs_not_the_writers(attribution):
    text = NEWS.replace("The port handled 45,000 containers last year, twice as many as a decade ago", attribution)
    assert [q for q in asked(text, figure_source.figure_source) if "45,000" in q.prompt] == []


def test_no_writers_figure_when_a_source_of_the_article_stands_in_its_paragraph():
    text = NEWS.replace("The port handled 45,000 containers last year", "Tom Bell wants room for 45,000 containers a year")
    assert [q for q in asked(text, figure_source.figure_source) if "45,000" in q.prompt] == []


def test_no_writers_figure_when_the_article_gives_the_figure_again_with_a_source():
    text = NEWS + "\n\nThe 45,000 containers came mostly from two shipping lines, the port's owners said."
    assert [q for q in asked(text, figure_source.figure_source) if "45,000" in q.prompt] == []
    # Given again with no source either, it is still the writer's own.
    again = NEWS + "\n\nThe 45,000 containers came mostly from two shipping lines."
    (question,) = [q for q in asked(again, figure_source.figure_source) if "45,000" in q.prompt]
    assert question.answer == figure_source.WRITER


def test_a_name_that_only_begins_a_longer_one_is_not_a_source_beside_the_figure():
    text = NEWS.replace("The port handled 45,000 containers last year",
                        "The Tom Bell Sailing Club has trained 45,000 sailors since it opened")
    (question,) = [q for q in asked(text, figure_source.figure_source) if "45,000" in q.prompt]
    assert question.answer == figure_source.WRITER


def test_an_opinion_columns_figure_with_no_source_is_the_writers_own():
    text = ("Our parks need more than praise\n\nBy Rosa Lind\n\n"
            "I believe the council has let our parks down for too long. I think it is time we said so, and I am "
            "tired of waiting. The parks are a disgrace. The council's plans are weak.\n\n"
            "The city spends $2 million a year on its parks, less than it spends on painting lines on roads.\n\n"
            "\"We are doing what we can,\" said Paul Hart, a council spokesman.\n\n"
            "Nina Cole, who runs a youth football club, said the pitches flood every winter.\n\n"
            "We should demand better. The council must act before another summer is lost.")
    article = parse_article(text)
    assert Context(article, read_facts(article), random.Random(1)).kind.kind == "opinion"
    (question,) = [q for q in asked(text, figure_source.figure_source) if "$2 million" in q.prompt]
    assert question.answer == figure_source.WRITER
    assert sorted(c.split(",")[0] for c in question.choices if c != question.answer) == ["Nina Cole", "Paul Hart"]


def test_a_risk_cut_by_a_percent_asks_how_big_the_risk_was():
    text = ("Heart study\n\nDoctors have long looked for new treatments. The new drug cut the risk of heart attacks by "
            "30%, according to the study published on Monday. More trials are planned.")
    (question,) = asked(text, compared.change_baseline)
    assert question.answer == "How big the risk of heart attacks was to begin with: the 30% is a share of it"
    assert "Whether the risk of heart attacks went up or down" in question.choices
    assert "takes a risk of 20 in 100 down to 14 in 100" in question.explanation


def test_a_change_given_without_by_is_read():
    changes = [f for f in read_facts(parse_article("Shops\n\nSales fell 8% in March across the city.")).facts
               if f.kind == "change"]
    assert [(c.data["what"], c.data["by"], c.data["direction"]) for c in changes] == [("Sales", "8%", "down")]


def test_a_poll_gap_in_points_gives_the_leaders_share():
    text = ("Mayor's race\n\nA new poll of city voters put Dana Cole at 21 percent, 9 points behind the mayor, "
            "with a month to go before the vote.")
    (question,) = asked(text, compared.poll_gap)
    assert question.answer == "About 30%: 21% plus 9 percentage points"
    assert "9%: the points are that candidate's whole share" in question.choices
    assert set(question.feedback) == set(question.choices) - {question.answer}
    assert question.feedback["9%: the points are that candidate's whole share"] == (
        "9 points is the gap between the two, not a share: the one ahead has 21 + 9 = 30%.")
    assert "puts them “9 points behind” another" in question.prompt
    assert "9 points above 21% is 30%" in question.explanation


def test_a_poll_gap_ahead_reads_as_ahead_of_another():
    text = ("Mayor's race\n\nA new poll of city voters put Dana Cole at 41 percent, 9 points ahead of the mayor, "
            "with a month to go before the vote.")
    (question,) = asked(text, compared.poll_gap)
    assert question.answer == "About 32%: 41% minus 9 percentage points"
    assert "puts them “9 points ahead” of another" in question.prompt
    assert "9 points below 41% is 32%" in question.explanation


def test_no_baseline_question_when_the_next_sentence_gives_the_amounts():
    text = ("Homes\n\nHouse prices rose 10% in the town last year. The average home now sells for $300,000, "
            "up from $272,000, estate agents said.")
    assert asked(text, compared.change_baseline) == []


def test_no_writers_figure_when_the_next_sentence_says_where_it_comes_from():
    text = NEWS.replace("a decade ago.", "a decade ago. The count comes from port records, officials said.")
    assert [q for q in asked(text, figure_source.figure_source) if "45,000" in q.prompt] == []


def test_a_comparison_with_an_amount_the_article_leaves_out_works_it_out_from_its_figures():
    text = ("Library fund grows\n\nThe county gave $6 million to its libraries this year, more than doubling its "
            "library fund, thanks to an extra $3.5 million from a state fund. Branches will open on Sundays from May.")
    (question,) = asked(text, compared.comparison_holds)
    assert question.answer == ("Yes: without the added $3.5 million there was $6 million − $3.5 million = $2.5 million, "
                               "and $6 million ÷ $2.5 million ≈ 2.4")
    assert "No: measured against the added $3.5 million, $6 million ÷ $3.5 million ≈ 1.7" in question.choices
    assert "so “more than doubling” holds" in question.explanation
    assert set(question.feedback) == set(question.choices) - {question.answer}
    assert question.feedback["It cannot be checked from the figures in the article"] == (
        "It can be checked: the article gives the total, $6 million, and the added $3.5 million, so the amount before "
        "is $6 million − $3.5 million.")
    assert asked(text.replace("an extra $3.5 million", "an extra $0 million"), compared.comparison_holds) == []


def test_a_comparison_with_a_usual_amount_the_article_never_gives_is_not_worked_out_from_what_was_added():
    # "Its usual yearly grant" may not be what there was before the extra money: the base is not in the article.
    text = ("Library fund grows\n\nThe county gave $6 million to its libraries this year, more than doubling its usual "
            "yearly grant, thanks to an extra $3.5 million from a state fund. Branches will open on Sundays from May.")
    assert asked(text, compared.comparison_holds) == []
    assert asked(text.replace("its usual yearly grant", "typical annual grants"), compared.comparison_holds) == []
    # Nor a heading's claim on the same sentence: the sentence says what the doubling is measured against.
    headed = text.replace("The county gave", "The State Fund More Than Doubled Library Money: The county gave")
    assert asked(headed, compared.comparison_holds) == []


def test_a_fall_measured_from_a_peak_asks_what_the_baseline_does_and_gives_the_articles_other_figure():
    text = CRIME_LIST + "\n\nCompared to the peaks of the past ten years:\n\nBurglaries are down 64%.\n\nCar thefts are down 41%."
    questions = asked(text, compared.extreme_baseline)
    assert len(questions) == 2
    burglaries = next(q for q in questions if "Burglaries are down 64%." in q.prompt)
    assert burglaries.answer == "It makes the fall look as big as it can be: a peak is the highest point"
    assert "It makes the fall look smaller than it really is" in burglaries.choices
    assert "measured from the same months last year, burglaries are down 30%, not 64%" in burglaries.explanation
    assert set(burglaries.feedback) == set(burglaries.choices) - {burglaries.answer}


def test_a_rise_from_a_low_is_asked_and_a_rise_from_a_peak_is_not():
    text = ("Port trade recovers\n\nContainer traffic at the port is up 40% from its pandemic low, the harbour board said "
            "on Monday. The board expects more ships next year.")
    (question,) = asked(text, compared.extreme_baseline)
    assert question.answer == "It makes the rise look as big as it can be: a low is the lowest point"
    assert asked(text.replace("up 40%", "down 40%"), compared.extreme_baseline) == []
    assert asked(text.replace("pandemic low", "high school"), compared.extreme_baseline) == []


TRIAL = ("Balm eases rash in small trial\n\nResearchers tested a new skin balm on 60 volunteers with eczema. The rash "
         "cleared in 30 of 50 volunteers who used the balm (60 percent) and in 2 of 5 volunteers on the old cream "
         "(40 percent). The team plans a larger trial next year.")


def test_a_percent_of_a_few_people_in_a_study_asks_how_far_to_rely_on_it_with_the_working():
    (question,) = asked(TRIAL, numbers.small_count)
    assert question.prompt == ("The article reports “2 of 5 volunteers on the old cream (40 percent)”. "
                               "How far can a reader rely on that 40 percent?")
    assert question.answer == "Not much: with only 5, each one moves it by 20 percentage points"
    assert "100 ÷ 5 = 20" in question.explanation and "20 percent or 60 percent" in question.explanation
    assert set(question.feedback) == set(question.choices) - {question.answer}


def test_no_small_count_question_outside_research_or_when_the_percent_is_not_of_that_count():
    vote = "Council backs plan\n\nThe plan won 3 of 5 votes on the council (60 percent) on Monday night, the clerk said."
    assert asked(vote, numbers.small_count) == []
    assert asked(TRIAL.replace("(40 percent)", "(45 percent)"), numbers.small_count) == []
    ratio = TRIAL.replace("in 2 of 5 volunteers on the old cream (40 percent)", "in 2 of 5 adults (40 percent) overall")
    assert asked(ratio, numbers.small_count) == []


def test_an_estimated_range_asks_what_it_tells_with_how_far_apart_its_ends_are():
    text = ("Storm damage\n\nThe storm damaged between 900 and 2.1 thousand homes, the county estimated on Friday. "
            "Crews were still clearing roads on Saturday.")
    (question,) = asked(text, numbers.estimate_range)
    assert question.prompt.endswith("What does “between 900 and 2.1 thousand” tell you?")
    assert question.answer == "It is unsure: the highest estimate is about 2.3 times the lowest"
    assert "It went up from 900 to 2.1 thousand" in question.choices
    assert "2.1 thousand ÷ 900 ≈ 2.3" in question.explanation
    scaled = text.replace("between 900 and 2.1 thousand homes", "between $1.2 and $3 million in repairs")
    assert "It went up from $1.2 million to $3 million" in asked(scaled, numbers.estimate_range)[0].choices


@pytest.mark.parametrize("sentence", [
    "The patients were between 32 and 77 years old, the researchers estimated.",  # the spread of a group
    "Bus fares rose from 20 to 45 cents, the council estimated.",  # a change
    "The storm damaged between 900 and 2,100 homes across the county.",  # no one estimated it
    "The storm damaged between 900 and 1,000 homes, the county estimated.",  # a narrow range
    "Tickets for the rebuilt stadium will cost between $40 and $90, the club said it expected.",  # a spread of prices
])
def test_no_range_question_on_a_spread_a_change_or_a_range_no_one_estimates(sentence):
    assert asked(f"Storm damage\n\n{sentence} Crews were still clearing roads on Saturday.", numbers.estimate_range) == []


BUS_LANE = ("Council weighs bus lane\n\nThe city council will vote next week on a bus lane along Mill Road, its chair "
            "said on Monday.\n\nJane Hollis, who runs a bakery on the road, said 60 percent of shoppers on Mill Road "
            "come by car and would go elsewhere.\n\n\"A bus lane would empty this street,\" Hollis said.")


def test_a_share_of_people_a_speaker_gives_with_no_poll_asks_where_it_comes_from():
    (question,) = asked(BUS_LANE, figure_source.unmeasured_share)
    assert question.prompt == ("The article gives a figure on the word of Jane Hollis: “60 percent of shoppers on Mill "
                               "Road come by car”. Where does it come from?")
    assert question.answer == "Jane Hollis does not say, and the article names no poll or survey"
    assert set(question.feedback) == set(question.choices) - {question.answer}


def test_a_speech_that_gives_a_share_of_a_people_is_asked_where_it_comes_from():
    speech = ("Keep the library open\n\nMadam Speaker, I rise today for the library on Elm Street. Sixty percent of "
              "our families use it every month, and we cannot let it close. I urge my colleagues to fund it.")
    (question,) = asked(speech, figure_source.unmeasured_share)
    assert question.prompt == ("The speech says “Sixty percent of our families use it every month”. "
                               "Where does this figure come from?")
    assert question.answer == "The speech does not say: it names no poll or survey"


def test_no_where_from_question_when_the_article_names_a_poll_or_the_share_is_a_vote():
    assert asked(BUS_LANE + " A survey by the traders' group found the same.", figure_source.unmeasured_share) == []
    vote = BUS_LANE.replace("60 percent of shoppers on Mill Road come by car", "60 percent of voters voted for the lane")
    assert asked(vote, figure_source.unmeasured_share) == []


def test_a_pack_asks_who_gives_a_figure_once():
    from quiz.core.domain import Question
    from quiz.core.generate import choose
    from quiz.core.generate.common import Candidate

    def asks(key, evidence):
        return Candidate(Question(id=key, type="choice", skill="numbers", prompt=f"Who gives the figure {key}?",
                                  choices=(key, "Ann", "Bo"), answer=key, evidence=evidence,
                                  template="figure-source"), 0.9, f"figure:{key}")

    chosen = choose([asks("Jane Moss", "3,000 homes."), asks("Tom Reed", "40,000 bags.")], 5, random.Random(0))
    assert len(chosen) == 1


GRANT = ("Arts fund grows\n\nThe state gave $90 million to its arts council this year. It is the biggest grant to the "
         "arts since the council was founded in 1968, the governor said. Galleries will use it for new shows.")


def test_a_record_in_money_over_decades_asks_whether_it_allows_for_rising_prices():
    (question,) = asked(GRANT, compared.money_record)
    assert question.prompt == ("The article speaks of “the biggest grant to the arts since the council was founded in "
                               "1968”. What does this comparison not tell you?")
    assert question.answer.startswith("Whether it allows for prices rising since 1968")
    assert set(question.feedback) == set(question.choices) - {question.answer}


def test_no_money_record_question_when_the_article_allows_for_inflation_or_gives_no_sum():
    assert asked(GRANT.replace("this year.", "this year, adjusted for inflation."), compared.money_record) == []
    assert asked(GRANT.replace("$90 million", "more money"), compared.money_record) == []
    # A record of bills signed is no record in money, though a sum stands beside it.
    bills = GRANT.replace("It is the biggest grant to the arts since", "The governor signed the most bills since")
    assert asked(bills, compared.money_record) == []


def test_money_pledged_asks_whether_it_has_been_spent():
    text = ("Help after the fire\n\nThe county has pledged $2 million in aid to families who lost their homes in the "
            "fire. Volunteers collected clothes and food at the town hall on Saturday.")
    (question,) = asked(text, numbers.promised_money)
    assert question.prompt == "The article reports “pledged $2 million in aid”. Does this tell you the money has been spent?"
    assert question.answer == "No: “pledged” says the money is promised, not that it has been spent"
    assert set(question.feedback) == set(question.choices) - {question.answer}


def test_no_pledge_question_when_the_paragraph_says_the_money_was_paid():
    text = ("Help after the fire\n\nThe county has pledged $2 million in aid to families who lost their homes in the "
            "fire, and $1 million of it was paid out on Friday.")
    assert asked(text, numbers.promised_money) == []


TEACHERS = ("Teachers feel the strain\n\nA survey of 2,000 teachers by the National Teachers Union was published on "
            "Monday.\n\nAbout 54 percent of teachers say they plan to leave the job within five years.\n\n"
            "The union wants smaller classes, its leader said.")


def test_a_share_of_people_saying_something_of_themselves_asks_what_it_measures():
    (question,) = asked(TEACHERS, figure_source.self_reported)
    assert question.prompt.endswith("What does the figure 54 percent measure?")
    assert question.answer == "What the teachers themselves say: no one is said to have checked it"
    assert set(question.feedback) == set(question.choices) - {question.answer}


def test_no_self_report_question_when_the_article_says_it_was_checked_or_the_group_is_in_another_sentence():
    checked = TEACHERS.replace("within five years.", "within five years, and school records confirmed it.")
    assert asked(checked, figure_source.self_reported) == []
    these = TEACHERS.replace("About 54 percent of teachers say", "About 54 percent of these teachers say")
    assert asked(these, figure_source.self_reported) == []  # the 2,000 teachers stand in another paragraph


def test_a_share_of_people_saying_how_they_feel_is_not_asked_who_checked_it():
    worried = TEACHERS.replace("say they plan to leave the job within five years", "say they are worried about their jobs")
    assert asked(worried, figure_source.self_reported) == []


def test_a_share_of_these_people_is_asked_with_the_sentence_that_counts_them():
    text = ("Nurses and the new rota\n\nThe health board held meetings on the new rota that drew over 300 nurses from "
            "every ward. About 60 percent of these nurses say the rota has made their shifts easier.")
    (question,) = asked(text, figure_source.self_reported)
    assert question.prompt.startswith("The article says “The health board held meetings")
    assert question.evidence.startswith("The health board held meetings") and question.evidence.endswith("easier.")
    assert question.answer == "What the nurses themselves say: no one is said to have checked it"


def test_a_post_written_as_a_title_with_no_organisation_is_no_role_to_label_a_person_with():
    from quiz.core.generate.common import best_role

    assert best_role(["Policy Director"]) == ""
    assert best_role(["Policy Director of NUT"]) == "Policy Director of NUT"
    assert best_role(["DHS spokeswoman"]) == "DHS spokeswoman"


def test_a_figure_in_a_sentence_that_opens_on_its_source_is_not_asked_who_gives_it():
    # "Professor Hale says … only 10 per cent": the answer is the sentence's first words, a look-up.
    text = ("Salt and iodine\n\nProfessor Ann Hale says iodine is added to only 10 per cent of the salt sold in "
            "shops.\n\nTom Reed, a council member, said the rules would change. \"It is late,\" said Ana Ruiz, a "
            "teacher in the town.")
    assert not [q for q in asked(text, figure_source.figure_source) if "10 per cent" in q.prompt]


def test_a_comparison_with_the_amount_before_gives_feedback_for_each_wrong_reading():
    text = ("Clinic staff\n\nThe clinic has 1,200 nurses. The addition of 2,000 nurses would more than double the "
            "staff, the health board said on Monday.")
    (question,) = asked(text, compared.comparison_holds)
    assert set(question.feedback) == set(question.choices) - {question.answer}
    assert question.feedback["It cannot be checked from the figures in the article"] == (
        "It can be checked: the article gives both 1,200 and 2,000.")


def test_a_pack_may_ask_who_gives_a_figure_twice_when_one_source_is_named_and_one_is_none():
    from quiz.core.domain import Question
    from quiz.core.generate import choose
    from quiz.core.generate.common import Candidate

    def asks(key, evidence):
        return Candidate(Question(id=key, type="choice", skill="numbers", prompt=f"Who gives the figure in {evidence}?",
                                  choices=(key, "Ann", "Bo"), answer=key, evidence=evidence,
                                  template="figure-source"), 0.9, f"figure:{evidence}")

    chosen = choose([asks("Jane Moss", "3,000 homes."), asks(figure_source.WRITER, "40,000 bags."),
                     asks(figure_source.WRITER, "9,000 cars.")], 5, random.Random(0))
    assert sorted(q.answer for q in chosen) == sorted(["Jane Moss", figure_source.WRITER])


def test_a_source_two_sentences_on_does_not_stop_a_writers_figure():
    text = NEWS.replace("The port handled 45,000 containers last year, twice as many as a decade ago.",
                        "The port handled 45,000 containers last year, twice as many as a decade ago. Its cranes are "
                        "old. Tom Bell said new ones are on order.")
    (question,) = [q for q in asked(text, figure_source.figure_source) if "45,000" in q.prompt]
    assert question.answer == figure_source.WRITER
    # One named earlier in the paragraph may go on speaking.
    before = text.replace("The port handled 45,000", "Port figures were published on Monday. The quay is busy. The port handled 45,000")
    assert [q for q in asked(before, figure_source.figure_source) if "45,000" in q.prompt] == []


@pytest.mark.parametrize("sentence, figure, time", [
    ("Officials estimated the damage at $3 million.", "$3 million", "estimate"),
    ("The damage is estimated at $3 million.", "$3 million", "estimate"),
    ("The storm left estimated damages as high as US$2 billion.", "US$2 billion", "estimate"),
    ("The storm is expected to bring 300 millimetres of rain.", "300", "forecast"),
    ("Repairs to the road could take nine months.", "nine", "forecast"),
    ("Repairs to the road took nine months.", "nine", "count"),
    ("He estimated that the two sides would meet again.", "two", "count"),  # what is estimated is not the figure
])
def test_an_estimate_and_an_expected_figure_are_read_as_such(sentence, figure, time):
    article = parse_article(f"Storm\n\n{sentence}")
    (number,) = [f for f in read_facts(article).facts if f.kind == "number" and f.data["figure"] == figure]
    assert number.data["time"] == time
    assert figure != "US$2 billion" or number.data["unit"] == "$" and number.data["meaning"] == "at most"


def test_an_estimated_figure_is_not_asked_count_estimate_or_forecast():
    # "Officials estimated the damage": the sentence's own word gives the answer away (round 32 of the review).
    text = ("Storm hits coast\n\nThe storm hit the coast on Sunday. Officials estimated the damage at $30 million. "
            "Schools will reopen on Monday.")
    assert [q for q in asked(text, numbers.forecast) if "$30 million" in q.prompt] == []


def test_no_estimate_question_when_the_estimate_is_of_what_is_to_come():
    text = "Bridge plan\n\nThe new bridge is estimated to cost $40 million, the council said."
    assert [q for q in asked(text, numbers.forecast) if "estimate of something" in q.answer] == []


def test_a_figure_after_and_with_a_qualifier_is_read_as_the_top_of_a_range():
    text = ("Storm history\n\nStorms here have killed 10,000 and as many as 300,000 people in the past fifty years, "
            "the weather office said.")
    numbers_read = [f for f in read_facts(parse_article(text)).facts if f.kind == "number" and f.data["value"] >= 10000]
    assert [n.data["in_range"] for n in numbers_read] == [True, True]


@pytest.mark.parametrize("passage", [
    "The council has 240 buses; 25 percent of these run on electricity.",
    "Of the 240 buses, 25 percent run on electricity.",
])
def test_a_share_of_a_count_the_article_gives_is_not_turned_into_a_sum(passage):
    """"About how many buses does the 25 percent stand for?" when the article gives both the
    whole and the share: a calculation drill, not a reading of the news."""
    from quiz.core.generate import candidates

    article = parse_article(f"Buses\n\n{passage} New ones arrive in May.")
    offered = candidates(Context(article, read_facts(article), random.Random(1)))
    assert not [c for c in offered if "stand for?" in c.question.prompt]


def test_a_rough_range_in_words_is_read_as_two_figures_of_one_rough_range():
    text = ("Bakery\n\nThe bakery opened in May. \"We sell about three hundred to four hundred loaves on a Saturday,\" "
            "said the owner, Jo Baker.")
    low, high = [f.data for f in read_facts(parse_article(text)).facts if f.kind == "number"]
    assert (low["value"], low["meaning"], low["in_range"]) == (300, "approximately", True)
    assert (high["value"], high["counts"], high["in_range"]) == (400, "loaves", True)


def test_a_figure_is_not_the_writers_own_where_another_outlets_report_or_a_forecast_may_stand_behind_it():
    story = ("Bus budget grows\n\n"
             "The city spent $40 million on buses last year, up from $31 million in 2015.\n\n"
             "\"We need more buses on the east side,\" said Ruth Hale, who heads the riders' group.\n\n"
             "Council member Sam Ode said the budget would be debated in May.")
    assert [q.answer for q in asked(story, figure_source.figure_source)] == ["The writer, who names no source"]
    retold = story.replace("Council member Sam Ode said", "The Valley Herald reported that the mayor met drivers. "
                                                          "Council member Sam Ode said")
    assert asked(retold, figure_source.figure_source) == []
    forecast = story.replace("The city spent $40 million on buses last year", "The city would spend $40 million on buses")
    assert asked(forecast, figure_source.figure_source) == []


GRANTS = (
    "Flood aid for the valley\n\n"
    "The regional council met on Monday to plan the clean-up after the spring floods.\n\n"
    "The council is giving $12 million in aid to the valley, including:\n\n"
    "$4 million in grants to farmers whose fields were flooded; and\n\n"
    "$8 million to rebuild the river bridge.\n\n"
    "Work on the bridge starts in June, the council said."
)


def test_sums_listed_after_including_are_parts_of_the_total_not_extra():
    (question,) = asked(GRANTS, figure_part.part_of_total)
    assert question.prompt == ("The article says “The council is giving $12 million in aid to the valley, including:” "
                               "and then lists “$4 million” and “$8 million”. How much money does the passage report in all?")
    assert question.answer == "$12 million: the $4 million and the $8 million are parts of it"
    assert "$24 million: the $4 million and the $8 million come on top of the $12 million" in question.choices
    assert "$4 million + $8 million = $12 million" in question.explanation
    assert "the $8 million alone is 67% of it, the part listed as “to rebuild the river bridge”" in question.explanation
    assert set(question.feedback) == set(question.choices) - {question.answer}


def test_one_sum_after_including_is_part_of_the_total_and_the_rest_is_worked_out():
    text = ("Budget\n\nThe council approved a $2 billion budget, including $500 million for schools, on Monday. "
            "Work starts in June.")
    (question,) = asked(text, figure_part.part_of_total)
    assert question.answer == "$2 billion: the $500 million is part of it"
    assert "$2.5 billion: the $500 million comes on top of the $2 billion" in question.choices
    assert "That leaves $1.5 billion of it, and the passage does not say what that pays for." in question.explanation


def test_the_rest_of_a_sum_the_passage_goes_on_to_list_is_not_said_to_be_untold():
    text = ("Budget\n\nThe council approved a $2 billion budget, including $500 million for schools, with $900 million "
            "for roads and $600 million for housing, on Monday. Work starts in June.")
    (question,) = asked(text, figure_part.part_of_total)
    assert "does not say what that pays for" not in question.explanation
    assert "for the other items the passage lists" in question.explanation


def test_a_count_after_including_is_among_the_total_and_the_rest_is_worked_out():
    text = ("Hospital staff\n\nThe city hospital has 2,400 staff, including about 900 nurses, the health board said. "
            "It plans to hire more next year.")
    (question,) = asked(text, figure_part.part_of_total)
    assert question.prompt.endswith("How many staff does the passage count in all?")
    assert question.answer == "2,400: the nurses (about 900) are among them"
    assert "About 3,300: the nurses come on top of the 2,400 staff" in question.choices
    assert "So about 1,500 of the 2,400 staff are not nurses" in question.explanation


def test_a_part_after_what_befell_the_total_is_among_it_and_at_least_carries_over():
    text = ("Fire in the old town\n\nAt least 30 people were killed in the fire, including 12 children, police said. "
            "The cause is not yet known.")
    (question,) = asked(text, figure_part.part_of_total)
    assert question.answer == "At least 30: the children (12) are among them"
    assert "At least 42: the children come on top of the 30 people" in question.choices
    assert "So at least 18 of the 30 people are not children" in question.explanation
    assert "the total is still at least 30" in question.explanation


@pytest.mark.parametrize("passage", [
    "The bus carried 48 passengers, 20 of whom were students.",
    "The bus carried 48 passengers, 20 of them students.",
])
def test_a_part_given_as_so_many_of_them_is_among_the_total(passage):
    (question,) = asked(f"Crash\n\n{passage} Nobody was badly hurt.", figure_part.part_of_total)
    assert question.answer == "48: the students (20) are among them"
    assert "68: the students come on top of the 48 passengers" in question.choices


@pytest.mark.parametrize("passage", [
    # the part counts something else than the total: teams, not people
    "The city sent a team of 250 people, including three rescue units, the mayor said.",
    # listed sums larger than the total: the parse has misread them
    "The council is giving $12 million in aid, including:\n\n$9 million for farms; and\n\n$8 million for the bridge.",
    # "including" followed by names, not figures
    "The council gave $12 million to charities, including the Red Cross and Oxfam, the mayor said.",
    # a range is no total
    "The fund pays between $2 million and $12 million a year, including $1 million for roads.",
    # another sum before the total: the part may be of either
    "The plan adds $3 million to last year's $12 million, including $1 million for roads.",
    # another figure stands between the total and "including": the part may be of that one
    "The fund gave $12 million to 40 charities, including $1 million to the Red Cross.",
])
def test_no_part_question_when_the_parts_are_not_plainly_inside_the_total(passage):
    assert asked(f"Aid\n\nThe council met on Monday.\n\n{passage}\n\nWork starts in June.", figure_part.part_of_total) == []


def test_a_share_of_these_people_counts_only_the_group_counted_just_before():
    text = ("Reading classes\n\nThe town library ran evening reading classes this winter that drew 400 parents and "
            "12 teachers. About 30 percent of these parents now read with their children every night, the library said.")
    (question,) = asked(text, figure_part.share_of_whom)
    assert question.prompt.endswith("Of whom, or of what, is the “About 30 percent” a share?")
    assert question.answer == "Only the parents counted in the sentence before (400)"
    assert set(question.choices) == {question.answer, "All parents, wherever they are", "The 12 teachers"}
    assert "share of them only, about 120 parents" in question.explanation
    assert "may not be like the rest" in question.explanation


@pytest.mark.parametrize("passage", [
    # two groups of parents before it: "these" could be either
    "The classes drew 400 parents, and 150 parents came to the fair. About 30 percent of these parents read nightly.",
    # the share names no group counted before
    "The classes drew 400 parents. About 30 percent of these teachers read nightly.",
    # a share of a count in its own sentence: the article ties them plainly
    "The classes drew 400 parents from 12 schools; about 30 percent of these parents read nightly.",
])
def test_no_share_of_whom_question_when_the_group_is_not_plain(passage):
    assert asked(f"Reading classes\n\nThe library opened in May. {passage} It closes in June.",
                 figure_part.share_of_whom) == []


def test_money_backers_put_into_an_app_is_not_evidence_that_it_works():
    text = ("A new app for bus riders\n\nTwo students built an app that tells riders when the next bus will come. "
            "Last month the students took in $40,000 from investors to build it. They hope to launch in May.")
    (question,) = asked(text, figure_part.money_raised)
    assert question.prompt == ("The article says “Last month the students took in $40,000 from investors to build it.” "
                               "What does the $40,000 show?")
    assert question.answer == "That people believed in the idea enough to back it with money"
    assert "That the app works as its makers say" in question.choices
    assert "needs a test with many users" in question.explanation


@pytest.mark.parametrize("passage", [
    "The city raised bus fares by $2 after investors in the bus company asked for more.",  # no sum raised
    "They took in $40,000 at the school fair for the new library.",  # no backers, no product
    "Last month they took in $40,000 from investors to build it.",  # the prompt would not say who "they" are
])
def test_no_money_raised_question_without_backers_putting_a_sum_into_a_product(passage):
    assert asked(f"Buses\n\nTwo students built an app for riders. {passage} It opens in May.",
                 figure_part.money_raised) == []


def test_a_count_of_these_people_is_a_part_of_the_group_counted_just_before():
    text = ("Reading classes\n\nThe town library ran evening reading classes this winter that drew 400 parents and "
            "12 teachers. Some 150 of these parents now read with their children every night, the library said.")
    (question,) = asked(text, figure_part.share_of_whom)
    assert question.prompt.endswith("Of whom, or of what, is the “Some 150” a part?")
    assert question.answer == "Only the parents counted in the sentence before (400)"
    assert "The figure “Some 150” is a part of them only: it says nothing of parents" in question.explanation


PLEDGE = ("City banks back new savings plan\n\n"
          "The mayor's office announced on Tuesday that a total of nine local banks have signed on to a plan to open "
          "free savings accounts for children. Four more banks signed on this week, the office said. "
          "The accounts open in the spring.")


def test_a_count_of_bodies_that_signed_on_with_no_total_asks_whether_most_are_among_them():
    (question,) = asked(PLEDGE, count_alone.count_alone)
    assert question.prompt.endswith("Are most local banks among the nine?")
    assert question.answer == "The article cannot tell you: it never gives a total for the local banks"
    assert set(question.feedback) == set(question.choices) - {question.answer}
    assert "nine of 20 would be most of them; nine of 700 would be a few" in question.explanation.lower()


@pytest.mark.parametrize("passage", [
    PLEDGE.replace("The accounts open", "All 30 local banks were asked to join. The accounts open"),  # a total given
    PLEDGE.replace("nine local banks", "nine of the city's local banks"),  # "of the": the whole is near
    PLEDGE.replace("a total of nine local banks", "nine states"),  # a total every reader knows
    PLEDGE.replace("have signed on to a plan", "were damaged by the storm, which hit a plan"),  # not offered as reach
    PLEDGE.replace("have signed on to a plan", "were backed by a fund that joined a plan"),  # backed, not backing
    "Schools study\n\nResearchers surveyed pupils from nine local schools that joined the study last year, the report said.",
])
def test_no_count_alone_question_where_the_total_is_given_known_or_beside_the_point(passage):
    assert asked(passage, count_alone.count_alone) == []


INVITED = ("Library program grows\n\n"
           "A spokeswoman for the foundation said 400 libraries received an invitation to the reading program and "
           "so far 120 libraries have accepted. The program gives each library 500 books.")


def test_a_count_who_accepted_beside_the_count_invited_asks_what_share_that_is():
    (question,) = asked(INVITED, count_alone.invited_share)
    assert question.answer == "Fewer than half: 120 of 400 is about 30%"
    assert question.prompt.endswith("About what share of those invited accepted?")
    assert "280, have not yet accepted" in question.explanation
    assert set(question.feedback) == set(question.choices) - {question.answer}


@pytest.mark.parametrize("passage", [
    INVITED.replace("received an invitation to", "took part in"),  # no one was asked
    INVITED.replace("120 libraries", "210 libraries"),  # about half: no clear side
    INVITED.replace(" and so far 120 libraries have accepted.", ". Last year 120 libraries accepted."),  # another sentence
    "College places\n\nAbout 2,000 students applied to the college this year and 300 were accepted, it said.",  # not invited
])
def test_no_invited_share_question_without_both_counts_in_one_sentence(passage):
    assert asked(passage, count_alone.invited_share) == []


def test_a_count_invited_before_its_figure_is_asked_too():
    text = "Dinner\n\nThe club invited 40 members to its dinner and 35 members accepted, its secretary said."
    (question,) = asked(text, count_alone.invited_share)
    assert question.answer == "More than half: 35 of 40 is about 88%"


def test_lives_saved_are_deaths_that_did_not_happen():
    (question,) = asked("Vaccine\n\nThe vaccine has saved 20,000 lives since 2021.", numbers.prevented_count)
    assert question.answer.endswith("the deaths avoided never happened, so no one saw them")
    assert "20,000 lives would have been lost" in question.explanation


def test_a_count_of_what_was_prevented_asks_how_anyone_could_know_it():
    text = ("A new alarm for farms\n\nThe alarm listens for smoke in barns and rings a phone. "
            "In its first month, the new alarm prevented 12 fires on the farms that tried it.")
    (question,) = asked(text, numbers.prevented_count)
    assert question.prompt.endswith("How could anyone know the number 12?")
    assert question.answer.startswith("Only by judging what would have happened otherwise")
    assert "without the new alarm, 12 fires would have happened" in question.explanation


@pytest.mark.parametrize("sentence", [
    "The new alarm prevented 12 fires, according to a study by the fire service.",  # someone says how it was reached
    "The new alarm saved 12 minutes a day for each farmer.",  # time saved, not something kept from happening
    "The new alarm saved 12 jobs at the factory.",
])
def test_no_prevented_question_when_the_figure_is_sourced_or_not_of_what_did_not_happen(sentence):
    assert asked(f"A new alarm for farms\n\nThe alarm listens for smoke in barns. {sentence}", numbers.prevented_count) == []


EXAMPLE = ("Town libraries try late opening\n\n"
           "The county's libraries opened until midnight for a month this winter, the county said on Monday.\n\n"
           "Late openings usually bring in many new readers. For example, the library in Millbrook signed up 400 new "
           "readers in the month, its manager Jo Penn said.")


def test_one_case_given_for_a_general_claim_asks_how_far_it_backs_the_claim():
    (question,) = asked(EXAMPLE, count_alone.one_example)
    assert question.evidence == ("Late openings usually bring in many new readers. For example, the library in Millbrook "
                                 "signed up 400 new readers in the month, its manager Jo Penn said.")
    assert question.answer.startswith("Only a little: it is one case")
    assert "400 new readers. Its only source is Jo Penn" in question.explanation
    assert set(question.feedback) == set(question.choices) - {question.answer}


@pytest.mark.parametrize("passage", [
    EXAMPLE + " In Eastfield, the library signed up 90 new readers.",  # another case given
    EXAMPLE.replace("Late openings usually bring in many new readers.", "Millbrook did well in the month."),  # no general claim
    # "can": one case does show what can happen; the claim is not about what usually happens.
    EXAMPLE.replace("Late openings usually bring in", "Late openings can bring in"),
    EXAMPLE.replace("Late openings usually bring in", "Late openings may bring in"),
    EXAMPLE.replace("For example, the", "The"),  # not given as an example
])
def test_no_one_example_question_when_other_cases_are_given_or_nothing_general_is_claimed(passage):
    assert asked(passage, count_alone.one_example) == []


PICKED = ("Reading scores rise\n\n"
          "Reading scores rose this year, the education office said on Friday.\n\n"
          "The biggest gains came in schools that joined the new tutoring plan last year:\n\n"
          "In Ashford, scores are up 12% this year.\n\n"
          "In Brook Hill, scores are up 9% this year.\n\n"
          "In Carlton, scores are up 7% this year.\n\n"
          "The plan will be offered to more schools next year.")


def test_figures_only_for_places_picked_by_one_condition_ask_for_the_others():
    (question,) = asked(PICKED, count_alone.picked_cases)
    assert question.evidence == "The biggest gains came in schools that joined the new tutoring plan last year:"
    assert "gives figures for three schools" in question.prompt
    assert question.answer == "Figures for other schools, not picked that way, to compare with"
    assert set(question.feedback) == set(question.choices) - {question.answer}


@pytest.mark.parametrize("passage", [
    PICKED.replace("The plan will be", "Schools elsewhere in the county are up 8%. The plan will be"),  # others given
    PICKED.replace("In Carlton, scores are up 7% this year.\n\n", "").replace("In Brook Hill, scores are up 9% this year.\n\n", ""),
    PICKED.replace("in schools that joined the new tutoring plan last year:", "this year:"),  # not picked by a condition
])
def test_no_picked_cases_question_when_the_others_are_given_or_nothing_picks_the_places(passage):
    assert asked(passage, count_alone.picked_cases) == []


INTERVIEW = (
    "Interview: a farmer on the drought\n\n"
    "Wikinews interviewed Maria Soto, who farms wheat in the valley, about the dry summer.\n\n"
    "Wikinews: How bad has the summer been for your farm?\n\n"
    "Soto: It has been the worst I remember. The valley's farms have lost about 40,000 tonnes of wheat, and nobody "
    "is talking about it.\n\n"
    "Wikinews: What would help?\n\n"
    "Soto: Cheaper water. We cannot pay what the water company asks.\n\n"
    "Wikinews: Will you plant again next year?\n\n"
    "Soto: I have to. There is nothing else I know how to do."
)


def test_a_figure_in_an_answer_under_the_guests_label_is_not_asked_whose_it_is():
    # "Soto: ... about 40,000 tonnes": the label stands before the figure, so "who gives it" is a look-up.
    assert [q for q in asked(INTERVIEW, figure_source.figure_source) if "40,000" in q.prompt] == []
    short = ("Q&A: a road chief on potholes\n\n"
             "Dan Reyes spoke with Anna Kowal, the county's head of roads, by email.\n\n"
             "Dan Reyes: How many potholes have your crews filled?\n\n"
             "Anna Kowal: Our crews filled 3,200 potholes between January and March.\n\n"
             "Dan Reyes: Will there be more money?\n\n"
             "Anna Kowal: I cannot say yet.")
    assert [q for q in asked(short, figure_source.figure_source) if "3,200" in q.prompt] == []


def test_no_guests_figure_when_the_answer_cites_a_source_or_the_interview_names_a_report():
    cited = INTERVIEW.replace("about 40,000 tonnes of wheat,", "about 40,000 tonnes of wheat, the farmers' union says,")
    assert [q for q in asked(cited, figure_source.figure_source) if "40,000" in q.prompt] == []
    report = INTERVIEW.replace("Cheaper water.", "Cheaper water. A government report said so too.")
    assert [q for q in asked(report, figure_source.figure_source) if "40,000" in q.prompt] == []


def test_a_figure_a_speech_gives_with_no_source_is_the_speakers_own():
    speech = ("Remarks at the opening of the new bridge\n\n"
              "Thank you all for coming. My friends, today is a proud day for this town.\n\n"
              "This bridge cost $30 million, and every dollar of it was well spent.\n\n"
              "\"This bridge joins two halves of one town,\" said Ruth Ames, our mayor, this morning.\n\n"
              "So let us walk across it together, and let us keep building.")
    article = parse_article(speech)
    assert Context(article, read_facts(article), random.Random(1)).kind.kind == "speech"
    (question,) = [q for q in asked(speech, figure_source.figure_source) if "$30 million" in q.prompt]
    assert question.answer == figure_source.SPEAKER
    assert question.prompt == "According to the speech, who gives the figure “$30 million”?"
    assert "A report or study the speech names" in question.choices
    assert "the speaker states it as a fact" in question.explanation and "listener" in question.explanation
    assert question.feedback["Ruth Ames"] == (
        "The speech quotes Ruth Ames elsewhere, but not for this figure: the speaker gives it with no source.")
    # A speech that quotes no one: that is the other wrong choice.
    alone = speech.replace("\"This bridge joins two halves of one town,\" said Ruth Ames, our mayor, this morning.\n\n", "")
    (question,) = [q for q in asked(alone, figure_source.figure_source) if "$30 million" in q.prompt]
    assert "Someone the speech quotes" in question.choices


def test_no_guests_figure_in_a_question_and_answer_page_whose_turns_name_no_one():
    faq = re.sub(r"^Wikinews:", "Q:", re.sub(r"^Soto:", "A:", INTERVIEW, flags=re.MULTILINE), flags=re.MULTILINE)
    assert "A: It has been" in faq and "Q: How bad" in faq
    assert [q for q in asked(faq, figure_source.figure_source) if "40,000" in q.prompt] == []


def test_a_credit_line_that_contributed_to_the_report_is_no_report_behind_the_figures():
    text = NEWS + "\n\nAnn Lee contributed to this report."
    (question,) = [q for q in asked(text, figure_source.figure_source) if "45,000" in q.prompt]
    assert question.answer == figure_source.WRITER


def test_a_promised_total_is_asked_as_promised_before_its_listed_parts():
    text = GRANTS.replace("The council is giving $12 million", "The council has committed $12 million")
    offered = {c.question.template: c.worth for t in (figure_part.part_of_total, numbers.promised_money)
               for c in t(Context(parse_article(text), read_facts(parse_article(text)), random.Random(1)))}
    assert offered["promised-money"] >= 0.7 > offered["part-of-total"]
    # Money simply given keeps its question on the parts.
    given = {c.question.template: c.worth for c in figure_part.part_of_total(
        Context(parse_article(GRANTS), read_facts(parse_article(GRANTS)), random.Random(1)))}
    assert given["part-of-total"] >= 0.7


def test_money_asked_for_or_proposed_asks_whether_it_has_been_spent():
    text = ("Money for the harbour\n\nThe port authority has requested $20 million from the state to repair the harbour "
            "wall. Fishermen say the wall has been cracked for years.")
    (question,) = asked(text, numbers.promised_money)
    assert question.answer == "No: “requested” says the money is asked for, not that it has been spent"
    assert question.explanation.startswith("“Requested” speaks of money asked for. Such money can be paid late")
    proposed = text.replace("has requested $20 million from the state", "proposed $20 million")
    (question,) = asked(proposed, numbers.promised_money)
    assert question.answer == "No: “proposed” says the money is proposed, not that it has been spent"


def test_a_releases_figure_its_publisher_announces_is_left_to_the_question_of_who_published_it():
    text = ("Ministry Announces Grants for Village Schools\n\n"
            "Today, the Ministry of Education announced $30 million in grants for village schools.\n\n"
            "We are proud of every teacher who works there.")
    assert not [q for q in asked(text, figure_source.figure_source) if "$30 million" in q.prompt]


def test_a_speechs_share_of_a_people_is_left_to_the_question_of_where_it_comes_from():
    speech = ("Remarks at the opening of the new bridge\n\n"
              "Thank you all for coming. My friends, today is a proud day for this town.\n\n"
              "Eighty percent of our residents wanted this bridge, and now it is here.\n\n"
              "So let us walk across it together, and let us keep building.")
    assert [q for q in asked(speech, figure_source.figure_source) if "Eighty" in q.prompt] == []
    assert asked(speech, figure_source.unmeasured_share)


GLOVE = """Teenager's glove helps grandmother hold a cup again

Maya Ortiz, 15, spent her summer building a glove with small motors in its fingers.

Her grandmother, Rosa, has arthritis and had not held a cup on her own for three years.

Maya tested the glove on her grandmother every evening for a week.

On the third evening, Rosa lifted a full cup of tea to her lips without help.

Maya hopes to sell the glove next year.
"""


def test_an_invention_tried_on_one_relative_asks_what_the_headline_claim_rests_on():
    (question,) = asked(GLOVE, study.one_subject)
    assert question.prompt.startswith("The headline says “Teenager's glove helps grandmother hold a cup again”. ")
    assert "“Maya tested the glove on her grandmother every evening for a week.”" in question.prompt
    assert question.answer == "A test on one person only, with no one to compare with"
    assert question.evidence == "Maya tested the glove on her grandmother every evening for a week."
    assert set(question.feedback) == set(question.choices) - {question.answer}
    assert not problems(question, parse_article(GLOVE).text)
    # The headline claims help for the grandmother alone: the explanation does not judge it as a claim for others.
    assert question.explanation.startswith("The headline speaks of one person") and "could show that it works" not in (
        question.explanation)


def test_a_treatment_given_to_a_single_patient_asks_the_same():
    text = ("New gene therapy stops rare blood illness\n\nDoctors at Northfield Hospital said the therapy has been "
            "given so far to only one patient, a nine-year-old boy. His blood counts were normal after three months. "
            "The hospital plans a larger trial.")
    (question,) = asked(text, study.one_subject)
    assert question.answer == "A test on one person only, with no one to compare with"


def test_one_person_beside_a_trial_of_a_group_or_in_a_quotation_is_not_asked():
    group = ("Sports drink eases cramps\n\nDr Lena Park first tested the drink on her husband. A trial of 200 volunteers "
             "then found that cramps were less frequent among those who drank it.")
    quoted_only = ("App helps father sleep\n\n“I was my son's test subject,” said Tom Reed. He said he now sleeps well.")
    assert asked(group, study.one_subject) == []
    assert asked(quoted_only, study.one_subject) == []


@pytest.mark.parametrize("others", [
    "By the spring, Maya and her teacher were testing the glove with volunteers at a care home.",
    "Since then, the glove has been tried by other patients at the clinic.",
    "A small trial with residents of a care home began in May.",
])
def test_one_person_is_not_the_only_test_where_the_article_tells_of_testing_with_others(others):
    """"Testing the app with volunteers", with no result given: "the one test it reports is
    on a single person" is false."""
    assert asked(GLOVE.replace("Maya hopes to sell", f"{others}\n\nMaya hopes to sell"), study.one_subject) == []


def test_two_small_groups_of_a_trial_ask_whether_their_difference_could_be_chance():
    text = ("Music lessons may help children read, study finds\n\nResearchers at Hillview University studied how music "
            "lessons affect reading. The children were randomly split into a music group (31 children) and a "
            "drawing group (29 children). After a year, more children in the music group read at their age level.")
    (question,) = asked(text, study.small_groups)
    assert question.answer == "With so few in each group, part of the difference could be chance"
    assert "The groups cannot be compared, because 31 is not the same as 29" in question.choices
    assert question.explanation.startswith("The groups had 31 and 29 people.")
    assert not problems(question, parse_article(text).text)


def test_large_groups_or_groups_outside_a_study_are_not_asked_about():
    large = ("Study: a daily walk lowers blood pressure\n\nIn the study, 420 adults were randomly assigned to a walking "
             "group and 415 adults to a group that did not walk.")
    meeting = ("Residents meet mayor over bus cuts\n\nA group of 12 residents and 15 shop owners met Mayor Ann Cole on "
               "Monday to ask her to keep the number 4 bus.")
    assert asked(large, study.small_groups) == []
    assert asked(meeting, study.small_groups) == []


def test_people_recruited_at_one_clinic_ask_whether_the_result_holds_elsewhere():
    text = ("Stretching eases back pain, trial finds\n\nA trial tested whether daily stretching eases back pain. "
            "Participants were recruited from a sports clinic in Leeds. Those who stretched reported less pain "
            "after eight weeks.")
    (question,) = asked(text, study.one_place)
    assert question.answer == "Everyone studied came from one clinic, so the result may not hold for people elsewhere"
    assert question.evidence == "Participants were recruited from a sports clinic in Leeds."


def test_people_recruited_at_many_places_are_not_asked_about():
    text = ("Stretching eases back pain, trial finds\n\nA trial tested whether daily stretching eases back pain. "
            "Participants were recruited from a sports clinic in each of six cities.")
    assert asked(text, study.one_place) == []


def test_one_place_and_who_was_studied_are_one_lesson_in_a_pack():
    text = ("Stretching eases back pain in men, trial finds\n\nA trial of 80 men with back pain tested daily stretching. "
            "Participants were recruited from a sports clinic in Leeds. Those who stretched reported less pain "
            "after eight weeks.")
    chosen = [q.template for q in generate_pack(text, seed=1).questions]
    assert ("who-was-studied" in chosen) != ("one-place" in chosen)


def test_an_online_poll_of_readers_asks_whose_views_it_shows():
    text = ("Most readers want the old bridge kept\n\nIn an online poll of readers on the Valley Times website, 72 percent "
            "said the old bridge should be repaired rather than pulled down. The council will decide next month.")
    (question,) = asked(text, study.self_chosen)
    assert question.answer == "Only people who chose to answer it, who may not think like everyone else"
    assert question.evidence.startswith("In an online poll of readers")
    assert "picked at random" in question.feedback["A group picked at random, so it speaks for everyone"]


def test_a_poll_of_people_picked_at_random_is_not_asked_about():
    text = ("Most voters want the old bridge kept\n\nIn an online poll of 1,000 adults chosen at random and weighted to "
            "match the town, 72 percent said the old bridge should be repaired.")
    assert asked(text, study.self_chosen) == []


def test_a_relatives_team_or_an_award_to_one_person_is_no_test_on_one_person():
    team = ("Coach's new drill helps team win\n\nCoach Dan Ruiz tested the new drill on his son's team before the season. "
            "The team won its first six games.")
    award = ("Prize helps young poet\n\nThe prize was given this year to only one person, a 17-year-old poet from Leeds.")
    assert asked(team, study.one_subject) == []
    assert asked(award, study.one_subject) == []


def test_one_group_with_a_count_of_its_members_is_not_two_groups():
    text = ("Study of a new heart drug\n\nThe study followed a group of 45 patients for two years, and 12 patients "
            "in it needed surgery.")
    assert asked(text, study.small_groups) == []


def test_a_count_read_as_a_speaker_is_never_a_choice_of_who_gives_a_figure():
    # "nearly 12% officers ... “…?” they asked": the reading may take the count for a speaker;
    # no such label is offered as someone who could give a figure.
    assert figure_source.BROKEN_LABEL.search("nearly 12% officers")
    assert figure_source.BROKEN_LABEL.search("Unnamed report's authors")
    assert not figure_source.BROKEN_LABEL.search("Tricia McLaughlin")


def test_a_change_in_the_headline_is_shown_as_the_headlines():
    text = ("Bus ridership rises 14% in the county\n\nThe number of bus trips in the county has grown, the transport office "
            "said on Friday. The office plans three new routes in the north of the county.")
    (question,) = asked(text, compared.change_baseline)
    assert question.prompt.startswith("The headline says “Bus ridership rises 14% in the county”. What does")


def test_a_should_of_what_a_figure_will_do_is_still_a_forecast_and_a_year_is_no_earlier_amount():
    text = "Sales\n\nSales should reach $40 million next year, the company forecast on Monday."
    (question,) = asked(text, numbers.forecast)
    assert question.answer == "A forecast of what would or will happen"
    since = ("Bus use rises\n\nThe number of bus trips in the county has grown. Ridership is up 14%. "
             "Ridership has been counted on every route from 2019.")
    assert asked(since, compared.change_baseline)


PARKING_SUMS = ("Council raises parking charges\n\n"
                "The council voted on Tuesday to raise parking charges in the town centre from April.\n\n"
                "The council expects the new charges to raise an extra £300,000 a year. Traders say shoppers will go "
                "elsewhere.")


def test_what_a_charge_is_expected_to_bring_in_is_a_forecast_not_a_set_price():
    # The price itself ("All-day parking ... will cost £6") stays unasked: see the set-price test above.
    (question,) = [q for q in asked(PARKING_SUMS, numbers.forecast) if "£300,000" in q.prompt]
    assert question.answer == "A forecast of what would or will happen"
    assert question.evidence == "The council expects the new charges to raise an extra £300,000 a year."


def test_a_figure_a_change_is_foretold_to_reach_is_asked_though_it_names_no_noun():
    text = ("Village school under threat\n\n"
            "The council said on Monday that it would consult parents on the future of Hill Lane School.\n\n"
            "The council said numbers were expected to fall to fewer than 40 because of a drop in the birth rate. "
            "Parents say the school is the heart of the village.")
    (question,) = [q for q in asked(text, numbers.forecast) if "40" in q.prompt]
    assert question.answer == "A forecast of what would or will happen"


def test_a_bare_number_that_names_something_is_still_not_asked_as_a_forecast():
    text = ("Airport delays\n\nPassengers on flight 747 will be put on other planes, the airline said on Monday. "
            "The airport expects the delays to last until the evening.")
    assert [q for q in asked(text, numbers.forecast) if "747" in q.prompt] == []


def test_a_study_of_adults_in_an_age_range_asks_whether_its_result_holds_for_other_ages():
    text = ("Daily walk linked to better sleep, study finds\n\nResearchers followed 900 adults aged between 45 and 70 "
            "for five years. Those who walked every day slept longer.")
    (question,) = asked(text, study.who_was_studied)
    assert question.prompt == "Can a reader be sure that the study's result holds for people younger than 45 or older than 70?"
    assert question.answer == "No: the study did not include people younger than 45 or older than 70"


def test_a_study_of_adults_of_every_age_or_of_infants_in_months_is_not_asked_about_other_ages():
    every_age = ("Daily walk linked to better sleep, study finds\n\nResearchers followed 900 adults for five years. "
                 "Those who walked every day slept longer.")
    months = ("Daily walk linked to better sleep, study finds\n\nResearchers followed 900 volunteers aged 6-12 months "
              "for five years. Those who walked every day slept longer.")
    assert asked(every_age, study.who_was_studied) == []
    assert asked(months, study.who_was_studied) == []


POLL = ("Mayor's lead narrows, poll finds\n\nA new poll for the Daily Star puts Mayor Jan Holt on 44% and her rival Sam "
        "Reed on 41%, a lead of three points. The survey of 1,000 voters has a margin of error of plus or minus "
        "three percentage points.")


def test_a_lead_no_larger_than_twice_the_margin_of_error_is_not_a_clear_lead():
    (question,) = asked(POLL, compared.margin_of_error)
    assert question.answer == "The two could really be level, since each share could be up to 3 points out"
    assert question.evidence.startswith("A new poll for the Daily Star") and "margin of error" in question.evidence
    # Who leads whom is in the prompt, and nothing speaks of an election the poll may not be about.
    assert "Mayor Jan Holt on 44% and her rival Sam Reed on 41%" in question.prompt
    assert all("who is ahead" not in text for text in (question.explanation, *question.choices, *question.feedback.values()))
    assert "up to about 6 points" in question.explanation
    assert set(question.feedback) == set(question.choices) - {question.answer}


def test_a_lead_beyond_twice_the_margin_of_error_stays_a_lead():
    (question,) = asked(POLL.replace("on 41%, a lead of three points", "on 31%, a lead of 13 points"), compared.margin_of_error)
    assert question.answer == "With one share 3 points too high and the other 3 too low, the lead would still be 7"
    assert "The lead is within the margin of error, so the two are really level" in question.choices


def test_no_margin_question_on_a_gap_between_groups_within_the_poll():
    # The whole sample's margin is not the Democrats' or the Republicans'; theirs is larger.
    groups = ("Climate poll\n\nA new poll of 2,000 adults found wide splits over the carbon tax. Some 55% of Democrats "
              "back the tax, against 16% of Republicans, a gap of 39 points.\n\nThe poll's margin of error is plus or "
              "minus 2.1 percentage points.")
    larger = POLL.replace("three percentage points.", "three percentage points, and larger for subgroups.")
    assert asked(groups, compared.margin_of_error) == []
    assert asked(larger, compared.margin_of_error) == []
    # The whole sample's own words ("adults aged 18 and over", "among likely voters") are no subgroup.
    assert asked(POLL.replace("The survey of 1,000 voters", "The survey of 1,000 voters aged 18 and over"),
                 compared.margin_of_error)
    assert asked(POLL.replace("a lead of three points", "a lead of three points among likely voters"),
                 compared.margin_of_error)


def test_no_margin_question_without_a_margin_or_when_the_points_are_a_change():
    no_margin = POLL.replace(" The survey of 1,000 voters has a margin of error of plus or minus three percentage points.", "")
    moved = POLL.replace("a lead of three points", "up three points on last month")
    assert asked(no_margin, compared.margin_of_error) == []
    assert asked(moved, compared.margin_of_error) == []


PRICES = ("Inflation rises again\n\nPrices in Freedonia rose by 5.2% in the year to June, the statistics office said on "
          "Wednesday. Fuel and rent rose most.\n\nOn a monthly basis, prices rose by 0.8% between May and June.")


def test_a_rise_in_prices_over_a_year_beside_one_over_a_month_asks_what_sets_them_apart():
    (question,) = asked(PRICES, compared.month_or_year)
    assert question.answer == "The 5.2% is a rise over a year, the 0.8% over one month"
    assert "The 5.2% is a forecast, the 0.8% a measured figure" in question.choices
    assert question.evidence == "On a monthly basis, prices rose by 0.8% between May and June."
    assert "about 10%" in question.explanation


def test_no_month_or_year_question_without_a_monthly_figure_or_beside_core_prices():
    yearly_only = PRICES.split("\n\nOn a monthly")[0]
    core = PRICES.replace("prices rose by 0.8%", "core prices, which leave out fuel, rose by 0.8%")
    assert asked(yearly_only, compared.month_or_year) == []
    assert asked(core, compared.month_or_year) == []


def test_no_month_or_year_question_when_prices_fell_in_the_month_or_the_rise_is_pay():
    fell = PRICES.replace("prices rose by 0.8%", "prices fell by 0.8%")
    pay = PRICES.replace("Prices in Freedonia rose by 5.2% in the year to June",
                         "Pay in Freedonia grew by 5.2% in the year to June, outpacing prices")
    assert asked(fell, compared.month_or_year) == []
    assert asked(pay, compared.month_or_year) == []


RISK = ("Daily walk linked to fewer falls\n\nResearchers followed 2,000 older adults for three years. Among those who "
        "walked every day, 4% had a fall that needed hospital care. Among those who did not, the figure was 5%. The "
        "researchers described this as a 20% reduction in risk.")


def test_a_relative_cut_in_risk_beside_the_two_rates_asks_what_the_percent_measures():
    (question,) = asked(RISK, compared.relative_risk)
    assert question.prompt == ("The article gives 5% and 4% for two groups, and a change in risk of 20%. "
                               "What does the 20% measure?")
    assert question.answer == "The gap of 1 point as a share of 5%"
    assert "A gap of 20 in every 100 between the two groups" in question.choices
    assert "1 ÷ 5 ≈ 20%" in question.explanation


def test_no_relative_risk_question_when_the_percent_is_not_the_gap_as_a_share():
    other = RISK.replace("a 20% reduction in risk", "a 40% reduction in risk")
    no_risk = RISK.replace("described this as a 20% reduction in risk", "said 20% of the walkers dropped out")
    assert asked(other, compared.relative_risk) == []
    assert asked(no_risk, compared.relative_risk) == []


LINKED_STUDY = ("Coffee drinkers linked to longer lives\n\nResearchers asked 9,000 adults how much coffee they drank and "
                "followed them for ten years. Those who drank two cups a day lived longer.\n\nThe study was "
                "observational, so it could not show that coffee was the reason.")


def test_a_link_the_article_warns_is_no_cause_asks_what_the_study_shows():
    (question,) = asked(LINKED_STUDY, study.link_or_cause)
    assert question.prompt == ("The headline says “Coffee drinkers linked to longer lives”. "
                               "What does the study, as the article reports it, show?")
    assert question.answer == "That the two go together, not that one causes the other"
    assert question.evidence == "The study was observational, so it could not show that coffee was the reason."


def test_a_link_with_no_warning_from_the_article_is_not_asked_about():
    """Without the article's own word, whether the study could show a cause is the student's guess."""
    assert asked(LINKED_STUDY.split("\n\nThe study was")[0], study.link_or_cause) == []


def test_a_link_that_is_no_finding_of_the_study_is_not_taken_for_one():
    bridge = "The new clinic is linked to the station by a footpath, which opened in May. "
    only_bridge = LINKED_STUDY.replace("Coffee drinkers linked to longer lives", "Coffee and long lives: a new study")
    only_bridge = only_bridge.replace("Researchers asked", bridge + "Researchers asked")
    assert asked(only_bridge, study.link_or_cause) == []
    both = only_bridge.replace("Those who drank two cups a day lived longer.",
                               "Drinking two cups of coffee a day was linked to a lower risk of early death.")
    (question,) = asked(both, study.link_or_cause)
    assert "Drinking two cups of coffee a day was linked to a lower risk of early death." in question.prompt


SUBGROUP = ("Most back the new park, poll finds\n\nA poll for the Riverton Echo surveyed 1,200 adults in the town last "
            "week. It found 61% backed the new park.\n\nAmong students the figure was 80%, but that group included only "
            "90 people.")


def test_a_poll_figure_for_a_small_group_among_those_asked_is_less_certain():
    (question,) = asked(SUBGROUP, compared.poll_subgroup)
    assert question.prompt == ("The poll in the article asked 1,200 adults, and gives 80% for one group among them. "
                               "What should a reader keep in mind about that figure?")
    assert question.answer == "It is less certain, since it rests on only 90 of them"
    assert question.evidence == "Among students the figure was 80%, but that group included only 90 people."


def test_a_large_group_among_those_asked_is_not_asked_about():
    assert asked(SUBGROUP.replace("only 90 people", "only 700 people"), compared.poll_subgroup) == []


def test_a_count_of_people_beside_a_change_outside_the_poll_is_not_asked_about():
    meeting = SUBGROUP.replace("Among students the figure was 80%, but that group included only 90 people.",
                               "The council's meeting on the park included only 90 people, 20% fewer than last year.")
    change = SUBGROUP.replace("the figure was 80%", "support was 20% higher than last year")
    assert asked(meeting, compared.poll_subgroup) == []
    assert asked(change, compared.poll_subgroup) == []


def test_a_link_beside_a_warning_about_no_study_is_not_asked_about():
    text = ("Suspect linked to string of burglaries\n\nPolice said the man was linked to six break-ins. Officers "
            "said observational evidence from cameras could not show what caused the alarm to fail.")
    assert asked(text, study.link_or_cause) == []
