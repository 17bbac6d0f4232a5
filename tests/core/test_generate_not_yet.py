"""What is not settled yet: statistical significance, a claim not yet shown, a sentence that
gives only a plan beside what was done; each asked on short invented articles."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import not_yet
from quiz.core.generate.common import Context
from quiz.core.generate.gate import problems


def asked(template, text):
    article = parse_article(text)
    return [c for c in template(Context(article, read_facts(article), random.Random(1)))]


def the_question(template, text):
    """The one question the template asks of the text, which passes the gate."""
    (found,) = asked(template, text)
    assert problems(found.question, text) == []
    return found.question


TRIAL = (
    "Tea and sleep: a trial in Leeds\n\n"
    "Researchers at a Leeds hospital gave 80 adults either herbal tea or hot water before bed for six weeks. "
    "Those who drank the tea slept 20 minutes longer on average. "
    "The difference between the two groups was statistically significant. "
    "Those who drank the tea also woke less often, but that difference was not statistically significant. "
    "Whether the tea helps people with insomnia has not yet been shown, the team said. "
    "The team hoped to start a larger trial in Sheffield next spring."
)


def test_not_significant_is_asked_as_a_test_on_chance_not_on_size():
    found = asked(not_yet.significance, TRIAL)
    by_phrase = {c.question.prompt.split("What does “")[1].split("”")[0]: c for c in found}
    assert set(by_phrase) == {"statistically significant", "not statistically significant"}
    q = by_phrase["not statistically significant"].question
    assert q.answer == "The study cannot tell the difference apart from chance"
    assert "The study proves there is no difference at all" in q.choices
    assert q.prompt.startswith("“Those who drank the tea also woke less often")
    assert set(q.feedback) == set(q.choices) - {q.answer}
    assert problems(q, TRIAL) == []
    # Not significant is the better lesson, and the two are never asked together (MAX_FOR).
    assert by_phrase["not statistically significant"].worth > by_phrase["statistically significant"].worth
    significant = by_phrase["statistically significant"].question
    assert significant.answer == "The difference is unlikely to be down to chance alone"
    assert "not about size" not in significant.explanation and "how large" in significant.explanation


def test_a_claim_not_yet_shown_is_neither_proven_nor_disproven():
    q = the_question(not_yet.not_shown, TRIAL)
    assert "“has not yet been shown”" in q.prompt
    assert q.answer == "No one can say yet: there is no firm answer so far"
    assert "It has been proven wrong, so it can be dropped" in q.choices


def test_a_figure_that_cannot_yet_be_calculated_is_not_said_to_be_proven_wrong():
    text = ("Bridge repairs\n\nThe county closed the Mill Road bridge in May after engineers found cracks in two beams. "
            "The full cost of the repairs cannot yet be calculated until divers inspect the piers, the county "
            "engineer said on Friday.")
    (found,) = asked(not_yet.not_shown, text)
    assert "The figure is known, but it is being kept back" in found.question.choices
    assert not any("proven wrong" in c for c in found.question.choices)
    assert "the figure is not known so far" in found.question.explanation


def test_a_figure_not_yet_known_for_no_reason_given_is_not_asked_and_a_median_survival_says_why():
    # Without its reason, the explanation could only repeat "cannot yet be calculated".
    text = ("Bridge repairs\n\nThe county closed the Mill Road bridge in May after engineers found cracks in two beams. "
            "The full cost of the repairs cannot yet be calculated, the county engineer said on Friday.")
    assert asked(not_yet.not_shown, text) == []
    trial = ("Drug trial\n\nIn the trial, 300 patients with lung cancer took the new drug or a placebo. "
             "The median overall survival cannot yet be calculated for patients who took the drug, but there is a "
             "strong trend toward longer survival.")
    (found,) = asked(not_yet.not_shown, trial)
    assert "fewer than half of these patients have died so far" in found.question.explanation
    assert "hopeful sign" in found.question.explanation


def aim_phrases(text):
    """What the reading takes as only hoped, planned or proposed."""
    return [f.data["phrase"] for f in read_facts(parse_article(text)).facts
            if f.kind == "uncertainty" and f.data["uncertainty_kind"] == "aim" and f.data["aim"] not in ("will", "would")]


def test_what_hoped_to_means_is_never_asked_on_its_own():
    # "What does “hoped to” tell a reader?" keyed on "It is only hoped for so far": a vocabulary
    # drill whose wrong choices only contradict the word (round 37 of the review).
    assert aim_phrases(TRIAL) and not hasattr(not_yet, "still_to_come")
    from quiz.core.generate import generate_pack
    assert "still-to-come" not in [q.template for q in generate_pack(TRIAL, seed=1).questions]


def test_an_aim_the_article_later_reports_done_or_denies_is_not_asked():
    done = ("Library app\n\nIn March the library hoped to launch a lending app for phones by the summer. "
            "It launched the app in July, and 2,000 readers have signed up.")
    denied = ("School buses\n\nThe council has no current plans to cut the number of school buses in the county. "
              "A spokesman said the timetable would stay the same.")
    what_it_is_for = ("Care at home\n\nHome care, which aims to keep older people in their own homes, costs the county "
                      "12 million pounds a year.")
    for text in (done, denied, what_it_is_for):
        assert aim_phrases(text) == [], text


def test_an_assumption_beyond_what_was_measured_is_a_hedge_but_assuming_a_duty_is_not():
    from quiz.core.generate import uncertainty

    text = ("Water survey\n\nThe survey tested water from 40 wells in Kent County last spring and found high nitrate "
            "levels in 12 of them. The researchers assume that wells in the next county are also polluted. "
            "The water board assumes responsibility for the tests.")
    (found,) = asked(uncertainty.hedge_word, text)
    assert found.question.answer == "assume that"
    assert "an assumption, not something measured" in found.question.explanation


def test_a_claim_no_one_could_verify_rests_on_its_sources_word():
    text = ("Clashes at the border\n\nThe rebel group said on Sunday that it had captured two border towns. "
            "The claim could not be independently verified. The army has not commented.")
    q = the_question(not_yet.not_shown, text)
    assert "What does “could not be independently verified” tell a reader?" in q.prompt
    assert q.answer == "No one has checked it: it rests on its source's word"
    assert "It has been shown to be false" in q.choices


def test_a_nominee_not_confirmed_by_a_vote_is_no_unchecked_claim():
    text = ("Court pick\n\nThe judge was not confirmed by the Senate after a 48-52 vote on Thursday. "
            "The White House said it would name another judge next month.")
    assert asked(not_yet.not_shown, text) == []


def test_a_word_of_time_that_limits_a_denial_is_never_a_firm_wrong_choice_beside_a_hedge():
    from quiz.core.generate import uncertainty

    text = ("School meals\n\nThe council letter sent on Monday says the county may extend the free meals scheme to older pupils, "
            "but no current plans to widen the scheme exist.")
    # Beside only "sent" (and "exist", which the "no" denies) there are too few firm words to ask;
    # where it is asked, "current" is never among them.
    assert all("current" not in found.question.choices for found in asked(uncertainty.hedge_word, text))


def test_a_proposal_or_an_aim_is_asked_as_not_done_but_what_a_thing_is_for_is_not():
    proposal = ("Parking fees\n\nThe council proposed to double parking fees in the town centre from April. "
                "Shop owners said the plan would drive customers away.")
    assert aim_phrases(proposal)
    aim = "Clean river\n\nThe charity aims to plant 5,000 trees along the River Ash by 2030, its director said."
    assert aim_phrases(aim)
    purpose = "Clean river\n\nThe charity, which aims to plant trees along rivers, was founded in 2001."
    assert aim_phrases(purpose) == []


def will_phrases(text):
    """What the reading takes as still to come after "will"."""
    return [f.data["phrase"] for f in read_facts(parse_article(text)).facts
            if f.kind == "uncertainty" and f.data["uncertainty_kind"] == "aim" and f.data["aim"] == "will"]


def test_what_the_article_says_will_happen_is_read_as_still_to_come_even_with_how_it_will_be_done():
    assert will_phrases("New shelter\n\nThe council approved a new winter shelter on Monday. The Red Cross will run "
                        "the shelter from December to March.") == ["will run the shelter from December to March"]
    assert will_phrases("Flood rescue\n\nThe state sent two rescue teams on Sunday. The rescue teams will search "
                        "flooded homes along the river, working with local firefighters.") == [
        "will search flooded homes along the river"]


def test_a_will_of_habit_condition_denial_or_something_the_article_reports_done_is_not_read_as_to_come():
    for text in (
        "Night terrors\n\nDoctors say a person's heart rate will rise just before a night terror.",
        "Editors\n\nThe editors said writers will often pitch their own headlines at the Monday meeting.",
        "Buses\n\nThe city will not cut the number of school buses, the mayor said on Friday.",
        "Roads\n\nThe county will close the Mill Road bridge if the cracks grow wider.",
        "Museum\n\nThe museum will open a new wing in March. It opened the wing on 3 March to large crowds.",
    ):
        assert will_phrases(text) == [], text


def test_a_request_under_review_or_what_will_happen_is_not_asked_only_what_is_hoped_planned_or_proposed():
    for text in (
        "Harbour wall\n\nThe port asked the government for 5 million pounds to rebuild the harbour wall. "
        "An official confirmed the request, which is now being reviewed by the Treasury.",
        "Bus crash\n\nA bus left the road near Perth on Tuesday. The cause of the crash is under investigation "
        "by Police Scotland.",
        "Harbour wall\n\nThe government will rebuild the harbour wall this year, the minister said on Monday.",
    ):
        assert aim_phrases(text) == [], text
    assert len(aim_phrases("Harbour wall\n\nThe government plans to rebuild the harbour wall "
                           "this year, the minister said on Monday.")) == 1


def test_plans_as_a_noun_is_no_aim():
    text = ("Pensions\n\nThe change is like the move from company pension plans to savings accounts that workers "
            "manage themselves.")
    assert aim_phrases(text) == []


LOCAL = (
    "Riverside library reopens after flood\n\n"
    "The Riverside library reopened on Monday after six months of repairs. "
    "Floodwater damaged the ground floor and ruined about 4,000 books in March. "
    "Volunteers cleaned the shelves and sorted the books that could be saved. "
    "The town council paid for new carpets and a new heating system. "
    "Staff moved the computers to the first floor in April. "
    "The children's room will open again in September with a new reading corner. "
    "The library is open six days a week."
)
TRIBUTE = (
    "Remembering Ruth Okafor\n\n"
    "Ruth Okafor taught science at Hillcrest School for thirty-one years. "
    "She started the school's first robotics club in 1998. "
    "Hundreds of former students came to the service at St Mary's Church on Friday. "
    "The club won the regional prize four times under her care. "
    "The school is expected to name its new laboratory after Ruth Okafor. "
    "Her family asked for gifts to the robotics club instead of flowers."
)


def test_a_statement_of_what_is_still_to_come_is_asked_beside_what_the_article_reports_done():
    question = the_question(not_yet.done_or_ahead, LOCAL)
    assert question.answer == "The children's room will open again in September with a new reading corner."
    assert len(question.choices) == 4
    for wrong in set(question.choices) - {question.answer}:
        assert wrong in LOCAL and " will " not in wrong and question.feedback[wrong].startswith("This sentence states")
    # The prompt never names the key's own words.
    assert "will" not in question.prompt and "“will”" in question.explanation


def test_a_sentence_that_only_says_what_something_is_is_not_offered_as_a_plain_fact():
    text = LOCAL.replace("The library is open six days a week.",
                         "The flood is reminiscent of the one that closed the library in 1998.")
    question = the_question(not_yet.done_or_ahead, text)
    assert not [c for c in question.choices if "reminiscent" in c]  # the writer's comparison, not a record


def test_what_is_expected_in_a_tribute_is_asked_and_no_sentence_with_a_pronoun_stands_as_a_choice():
    question = the_question(not_yet.done_or_ahead, TRIBUTE)
    assert question.answer == "The school is expected to name its new laboratory after Ruth Okafor."
    assert not any(choice.startswith(("She ", "Her ")) for choice in question.choices)
    assert "forecast" in question.explanation


def test_nothing_is_asked_where_the_future_shares_its_sentence_with_what_was_done_or_is_denied():
    text = (
        "Bridge works\n\n"
        "The council closed the Mill Street bridge in May and will reopen it in June. "
        "Engineers found cracks in two of the supports. "
        "Workers replaced the supports over four weeks. "
        "The council spent about 90,000 pounds on the works. "
        "The new footpath will not open this year. "
        "Buses used a diversion through the town centre."
    )
    assert asked(not_yet.done_or_ahead, text) == []


def test_a_general_statement_in_an_explainer_is_no_wrong_choice_when_it_forecasts():
    text = (
        "What is a heatwave?\n\n"
        "A heatwave is a period of unusually hot weather that lasts several days. "
        "The forecast is for a hotter summer than last year across the south. "
        "Scientists measured record temperatures in three cities last July. "
        "Hospitals treated more patients for heat stroke during the hot spell. "
        "The city council opened cooling centres in libraries and schools. "
        "Forecasters say the heat may last until the weekend."
    )
    question = the_question(not_yet.done_or_ahead, text)
    assert "The forecast is for a hotter summer than last year across the south." not in question.choices


def test_what_is_scheduled_or_will_be_done_to_something_is_read_as_still_to_come():
    text = (
        "Market hall\n\n"
        "The old market hall will be rebuilt with money from the county. "
        "The council is scheduled to vote on the design in October. "
        "The hall is due to the rain in poor repair. "
        "Traders sold fruit and fish in the hall for ninety years."
    )
    article = parse_article(text)
    aims = [(f.data["aim"], f.data["phrase"]) for f in read_facts(article).facts if f.data.get("uncertainty_kind") == "aim"]
    assert ("will", "will be rebuilt with money from the county") in aims
    assert ("scheduled", "scheduled to vote on the design in October") in aims
    assert not any(phrase.startswith("due") for _, phrase in aims)


def test_an_explainer_of_an_idea_asks_which_sentence_is_only_scheduled():
    text = (
        "What is a citizens' assembly?\n\n"
        "A citizens' assembly is a group of ordinary people chosen at random to study a question. "
        "Ireland used one to prepare a vote on abortion law in 2018. "
        "Members heard from doctors, lawyers and campaigners over five weekends. "
        "Ninety-nine members took part in the Irish assembly. "
        "The members voted on a set of recommendations to parliament. "
        "The town of Elmbridge is scheduled to hold its first assembly in the spring."
    )
    question = the_question(not_yet.done_or_ahead, text)
    assert question.answer == "The town of Elmbridge is scheduled to hold its first assembly in the spring."
    assert "“scheduled”" in question.explanation


def test_a_choice_never_leans_on_a_thing_named_before_and_a_clause_that_names_the_thing_keeps_the_key_whole():
    text = (
        "Ferry news\n\n"
        "The old ferry, which first sailed in 1975, will carry its last passengers in May. "
        "The harbour board bought two electric ferries from a Norwegian yard. "
        "These ferries cost about 9 million pounds each. "
        "Crews trained on the new boats over the winter. "
        "The board held a public meeting at the town hall in January. "
        "Passengers asked about fares and timetables at the meeting."
    )
    question = the_question(not_yet.done_or_ahead, text)
    assert question.answer == "The old ferry, which first sailed in 1975, will carry its last passengers in May."
    assert not any(choice.startswith("These") for choice in question.choices)


def test_a_present_ing_which_may_tell_a_plan_is_no_wrong_choice():
    text = (
        "School move\n\n"
        "The primary school will move to a new building in Park Road next year. "
        "The head teacher is leaving the school at the end of term. "
        "Builders finished the roof of the new building in March. "
        "Parents raised 20,000 pounds for a new playground. "
        "The county council paid for the building."
    )
    question = the_question(not_yet.done_or_ahead, text)
    assert "The head teacher is leaving the school at the end of term." not in question.choices


def test_what_someone_said_would_happen_is_read_as_still_to_come_but_not_a_would_of_a_condition():
    text = (
        "Library hours\n\n"
        "The county council said it would close the Hill Street library in May. "
        "Readers said they would miss the library if the council shut it. "
        "The library lent 30,000 books last year. "
        "Volunteers ran a reading club for children on Saturdays. "
        "The council cut the library's budget by a third in 2023."
    )
    question = the_question(not_yet.done_or_ahead, text)
    assert question.answer == "The county council said it would close the Hill Street library in May."
    assert "Readers said they would miss the library if the council shut it." not in question.choices
    assert "“would”" in question.explanation


def test_a_tribute_speech_asks_which_sentence_is_only_a_plan_in_the_speakers_own_words():
    text = (
        "Tribute to Coach Daniel Reyes\n\n"
        "Friends, thank you for coming today to honour Coach Daniel Reyes. "
        "Coach Reyes led the Eastside swim team for twenty-two years. "
        "We raised money for a new pool in 2015. "
        "The team won the state title three times. "
        "We will name the new pool after Coach Reyes next spring. "
        "We will miss him every day. "
        "Thank you."
    )
    assert read_facts(parse_article(text)).kind.kind == "speech"
    question = the_question(not_yet.done_or_ahead, text)
    assert question.answer == "We will name the new pool after Coach Reyes next spring."
    assert "from the speech" in question.prompt
    assert "We will miss him every day." not in question.choices


def test_in_a_report_a_sentence_in_the_first_person_is_no_choice():
    text = (
        "Ferry news\n\n"
        "The harbour board will sell the old ferry in May. "
        "The harbour board bought two electric ferries from a Norwegian yard. "
        "Yesterday I rode the first electric ferry across the bay. "
        "Crews trained on the new boats over the winter. "
        "The board held a public meeting at the town hall in January."
    )
    question = the_question(not_yet.done_or_ahead, text)
    assert "Yesterday I rode the first electric ferry across the bay." not in question.choices


def test_may_of_what_a_rule_allows_is_no_hedge_but_may_of_what_is_possible_is():
    from quiz.core.generate import uncertainty

    allowed = ("Council debates\n\nThe council has no limit on how long a member may speak, which lets one member delay "
               "a vote for hours. Members voted on Monday to keep the old rules.")
    assert not [c for c in asked(uncertainty.hedge_word, allowed) if c.question.answer == "may"]
    possible = ("Farm outbreak\n\nThe council said on Monday that the virus may spread to other farms in the valley. "
                "Inspectors closed two farms last week.")
    facts = read_facts(parse_article(possible)).facts
    assert [f.data["cue"] for f in facts if f.kind == "uncertainty" and f.data["uncertainty_kind"] == "hedge"] == ["may"]


def test_beside_a_hedge_other_signs_of_an_unsettled_claim_are_never_passed_over():
    # "still being assessed" and "estimates" make the claim unsure as much as "early" does:
    # a question on "early" would offer "being assessed" as a firm verb and miss "estimates".
    from quiz.core.generate import uncertainty

    text = ("Port fire\n\nA fire destroyed two warehouses at the port of Selva on Sunday night. "
            "The damage from the fire is still being assessed, but early estimates put it at more than 30 million euros. "
            "The port reopened on Tuesday.")
    assert not asked(uncertainty.hedge_word, text)


def test_may_said_to_the_reader_is_no_hedge_on_a_claim():
    from quiz.core.generate import uncertainty

    text = ("Write a letter\n\nI do not expect everyone to pick up a pen. But if you have never written a letter, try it "
            "once. Write to someone older than you, someone who remembers when letters were the only way to reach a friend. "
            "You may be surprised by how much you have to say, and by how long they keep what you send.")
    facts = read_facts(parse_article(text)).facts
    assert not [f for f in facts if f.kind == "uncertainty" and f.data.get("cue") == "may"]
    assert not [c for c in asked(uncertainty.hedge_word, text) if c.question.answer == "may"]


def test_a_plan_for_a_thing_named_in_another_sentence_is_no_key():
    text = (
        "Clinic update\n\n"
        "The health board opened four clinics in the valley last month. "
        "Nurses vaccinated about 3,000 children in the first week. "
        "Doctors found twelve new cases in two schools. "
        "The board asked parents to check their children's records. "
        "The report on adult cases is not ready. "
        "The board will publish it next week."
    )
    assert not [c for c in asked(not_yet.done_or_ahead, text) if "publish it" in c.question.answer]


def test_how_a_term_may_sound_and_a_made_up_usage_are_no_possibility():
    text = (
        "What is a heat dome?\n\n"
        "A heat dome is a high-pressure system that traps hot air over a region for days. "
        "The term may sound like something from a science fiction film. "
        "A reporter might write that the city is under a heat dome. "
        "Scientists measured record heat in three cities last July. "
        "Hospitals treated more patients for heat stroke during the hot spell. "
        "The city council opened cooling centres in libraries and schools."
    )
    article = parse_article(text)
    hedged = [f for f in read_facts(article).facts if f.kind == "uncertainty"]
    assert hedged == []
    assert asked(not_yet.done_or_ahead, text) == []


def test_a_plan_told_to_a_reporter_also_reports_a_statement_and_is_no_key_of_only_a_plan():
    # "... will replace the Elm Street bridge, Ann Lee told the Courier": the key "gives only a
    # plan" would also report something done, a statement made (round 37 of the review).
    text = LOCAL.replace("The children's room will open again in September with a new reading corner.",
                         "The children's room will open again in September, Ann Lee told the Courier.")
    assert not [c for c in asked(not_yet.done_or_ahead, text) if "told the Courier" in c.question.answer]
    # The plan alone is still a key.
    assert [c for c in asked(not_yet.done_or_ahead, LOCAL) if "children's room will open" in c.question.answer]


def test_a_sentence_that_ranks_what_the_one_before_names_is_never_a_choice():
    # "The largest, $6.2 million, will replace ...": the largest what? It leans on the sentence before.
    text = (
        "Bridge grants\n\n"
        "The state gave 40 towns grants for bridge repairs this year. "
        "The largest, $6.2 million, will replace the Elm Street bridge in Dover. "
        "The state closed three bridges in March after an inspection. "
        "Crews repaired the Mill Road bridge in April. "
        "The town of Alton rebuilt its river wall last summer. "
        "Engineers inspected 300 bridges across the state in 2024."
    )
    assert not [c for c in asked(not_yet.done_or_ahead, text) if any(ch.startswith("The largest") for ch in c.question.choices)]
    # Named whole, the same plan is asked.
    named = text.replace("The largest, $6.2 million,", "The largest grant, $6.2 million,")
    assert [c for c in asked(not_yet.done_or_ahead, named) if c.question.answer.startswith("The largest grant")]


def test_an_expectation_beside_a_firm_will_is_explained_by_what_it_adds_not_as_a_forecast():
    # "are expected to ... is a forecast of what will happen": so is "Construction will begin in
    # March" in the same sentence (round 37 of the review).
    from quiz.core.generate import uncertainty

    text = ("Factory for Millbrook\n\nAcme Panels will build a factory in Millbrook. Construction will begin in March, "
            "and the first panels are expected to leave the line in the summer of 2027. The company employs 2,300 "
            "people at five sites.")
    (found,) = asked(uncertainty.hedge_word, text)
    assert found.question.answer == "are expected to"
    assert "forecast of what will happen" not in found.question.explanation
    assert "an expectation, not a firm plan" in found.question.explanation
    # Without the firm "will": firm words of what was done stand beside the hedge instead (a
    # hedge beside only nouns and figures is no longer asked).
    alone = text.replace("Acme Panels will build a factory in Millbrook. ", "").replace(
        "Construction will begin in March, and the", "Acme cleared the site in May and has laid the floor, and the")
    (found,) = asked(uncertainty.hedge_word, alone)
    assert "forecast of what will happen" in found.question.explanation
    # A "will" inside what is expected is no firm plan beside it.
    inside = alone.replace("to leave the line in the summer of 2027", "to decide in May whether the line will open")
    (found,) = asked(uncertainty.hedge_word, inside)
    assert "firm “will”" not in found.question.explanation

