"""Background against news: which sentence gives background (a rule, the usual way, what
was before, an event dated before the news), the wrong choices sentences that plainly report
the news; each asked on short invented articles."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import context, generate_questions
from quiz.core.generate.common import Context
from quiz.core.generate.gate import problems


def offered(text: str):
    article = parse_article(text)
    return list(context.background_sentence(Context(article, read_facts(article), random.Random(1))))


def keys(text: str) -> list[str]:
    return [c.question.answer for c in offered(text)]


FERRY = (
    "Harbour council orders ferries to cut their speed\n\n"
    "The Portwell harbour council has ordered all ferries to cut their speed in the bay, after two boats collided near the pier. "
    "Harbour master Lena Ortiz said on Tuesday that the order will stay in place until the inquiry ends.\n\n"
    "“We cannot wait for another crash,” said Ortiz.\n\n"
    "Under the Coastal Waters Act, harbour councils may set speed limits only inside their own bay. "
    "Ferries on the route are already fitted with radar that warns of nearby boats.\n\n"
    "Ferry operator Bluewake told reporters it would follow the order."
)


def test_a_rule_and_what_was_already_true_are_background_and_the_news_is_not():
    found = offered(FERRY)
    assert set(keys(FERRY)) == {
        "Under the Coastal Waters Act, harbour councils may set speed limits only inside their own bay.",
        "Ferries on the route are already fitted with radar that warns of nearby boats.",
    }
    for candidate in found:
        q = candidate.question
        assert q.skill == "context" and q.template == "background-sentence" and candidate.worth >= 0.7
        assert problems(q, FERRY) == []
        assert q.evidence == q.answer
        wrong = set(q.choices) - {q.answer}
        # The opening sentence, reactions and a sentence dated to the story's own day.
        assert wrong <= {
            "The Portwell harbour council has ordered all ferries to cut their speed in the bay, after two boats collided "
            "near the pier.",
            "Harbour master Lena Ortiz said on Tuesday that the order will stay in place until the inquiry ends.",
            "“We cannot wait for another crash,” said Ortiz.",
            "Ferry operator Bluewake told reporters it would follow the order.",
        } and len(wrong) == 3
        assert set(q.feedback) == wrong
    rule = next(c.question for c in found if c.question.answer.startswith("Under"))
    assert "“Under the Coastal Waters Act”" in rule.explanation and "rule" in rule.explanation
    before = next(c.question for c in found if c.question.answer.startswith("Ferries"))
    assert "before this news" in before.explanation


def test_a_sentence_that_is_news_and_background_at_once_is_not_a_wrong_choice():
    # The reaction compares with the past: it is not plainly news, so it is never offered
    # as the wrong choice beside the background.
    text = FERRY.replace("“We cannot wait for another crash,” said Ortiz.",
                         "“The bay has never been this busy,” said Ortiz.")
    for candidate in offered(text):
        assert "“The bay has never been this busy,” said Ortiz." not in candidate.question.choices


def test_a_general_remark_someone_is_quoted_making_is_not_offered_as_news_said_at_the_time():
    # "These boats serve ..." holds at any time, and the article does not say when it was said:
    # it may be background itself.
    remark = "Ferry historian Tom Bell said, “These boats serve as the lifeline of every island in the bay.”"
    text = FERRY.replace("“We cannot wait for another crash,” said Ortiz.", remark)
    assert offered(text)
    for candidate in offered(text):
        assert remark not in candidate.question.choices


def test_a_quoted_claim_about_the_past_is_not_asked_as_background():
    # Someone's account of the past is their claim, not the article's own background.
    text = FERRY.replace("Ferries on the route are already fitted with radar that warns of nearby boats.",
                         "Ortiz said ferries on the route are already fitted with radar.")
    assert keys(text) == ["Under the Coastal Waters Act, harbour councils may set speed limits only inside their own bay."]


def test_an_event_dated_well_before_the_news_is_background():
    text = (
        "Town opens new library\n"
        "Monday, June 9, 2025\n"
        "The town of Elmford opened its new public library today, with room for 40,000 books. "
        "Mayor Ruth Adeyemi said on June 9, 2025, that the library will open every day of the week. "
        "The old library on Mill Street closed in March 2022 after its roof failed an inspection. "
        "“Children finally have a place to read after school,” said Adeyemi."
    )
    (found,) = offered(text)
    q = found.question
    assert q.answer == "The old library on Mill Street closed in March 2022 after its roof failed an inspection."
    assert "“March 2022”, before the news" in q.explanation
    # Beside it, a sentence dated to the news day: the dates must be weighed, not spotted.
    assert "Mayor Ruth Adeyemi said on June 9, 2025, that the library will open every day of the week." in q.choices
    # The same sentence dated to the week of the news is news.
    assert not offered(text.replace("in March 2022", "on June 6, 2025"))


def test_a_dated_background_is_not_asked_where_it_is_the_only_choice_with_a_date():
    text = (
        "Town opens new library\n"
        "Monday, June 9, 2025\n"
        "The town of Elmford opened its new public library today, with room for 40,000 books. "
        "Mayor Ruth Adeyemi said on Monday that the library will open every day of the week. "
        "The old library on Mill Street closed in March 2022 after its roof failed an inspection. "
        "“Children finally have a place to read after school,” said Adeyemi."
    )
    assert not offered(text)  # the key alone carries a date: spotted, not judged
    dated = text.replace("said on Monday that", "said on June 9, 2025, that")
    (found,) = offered(dated)
    assert sum(bool(context.DATE.search(c)) for c in found.question.choices) == 2
    assert not problems(found.question, dated)


def test_a_release_s_opening_that_tells_what_is_being_done_is_news_on_its_own_date():
    text = (
        "Press release: Agency Leads Response to the Valley Floods\n\n"
        "The Relief Agency is sending teams to the towns hit by the floods that struck the valley on June 24, 2026. "
        "The Relief Agency has deployed 40 rescue boats to the valley. "
        "The boats were bought under a contract signed with Riverco on June 11, 2026. "
        "“Our crews are working day and night,” said agency head Ana Ruiz."
    )
    (found,) = offered(text)
    assert found.question.answer == "The boats were bought under a contract signed with Riverco on June 11, 2026."
    assert ("The Relief Agency is sending teams to the towns hit by the floods that struck the valley on June 24, 2026."
            in found.question.choices)


def test_a_study_s_own_dates_are_not_background():
    text = (
        "Children who walk to school sleep better, study finds\n"
        "Monday, June 9, 2025\n"
        "Children who walk to school sleep longer than those driven, a new study has found. "
        "The survey of 900 pupils was carried out in March 2023 in twelve schools. "
        "“Walking seems to help children settle at night,” said lead author Dr Sam Reyes. "
        "The researchers said on Monday that they will now look at older pupils."
    )
    assert not offered(text)


def test_a_feature_that_opens_on_the_past_does_not_offer_its_opening_as_news():
    text = (
        "A baker's second chance\n\n"
        "Marta Kowal lost her bakery to a fire on a winter night. "
        "The shop was first opened in 1998 by her parents, who ran it for twenty years. "
        "Kowal told neighbours on Saturday that she will bake again in a rented kitchen. "
        "The city council voted on Monday to give her a grant of 5,000 dollars. "
        "“I owe it to the street,” Kowal said."
    )
    article = parse_article(text)
    ctx = Context(article, read_facts(article), random.Random(1))
    news = [sentence.text for sentence, _ in context._news_sentences(ctx, context._body(ctx))]
    assert news  # there are news sentences, so the check below has something to check
    assert "Marta Kowal lost her bakery to a fire on a winter night." not in news


def test_speeches_and_interviews_are_not_asked():
    speech = (
        "Remarks at the harbour\n\n"
        "Thank you all for coming to the harbour today. Under the Coastal Waters Act, harbour councils may set speed "
        "limits only inside their own bay. Ferries on the route are already fitted with radar that warns of nearby boats. "
        "I say to you today that we will keep this bay safe for every family. We will act, and we will act now. "
        "Together we can make the harbour safe again."
    )
    article = parse_article(speech)
    facts = read_facts(article)
    assert facts.kind.kind == "speech"
    assert not offered(speech)


def test_the_pack_asks_one_background_question():
    article = parse_article(FERRY)
    chosen = [q for q in generate_questions(article, read_facts(article), seed=1) if q.template == "background-sentence"]
    assert len(chosen) == 1 and chosen[0].skill == "context"


def test_a_comparison_with_the_past_is_background_that_asks_for_a_check():
    text = FERRY.replace("Ferries on the route are already fitted with radar that warns of nearby boats.",
                         "It was the first time since 1990 that the council has closed any part of the bay.")
    found = {c.question.answer: c for c in offered(text)}
    first = found["It was the first time since 1990 that the council has closed any part of the bay."].question
    assert "check that the comparison is fair" in first.explanation
    rule = found["Under the Coastal Waters Act, harbour councils may set speed limits only inside their own bay."].question
    assert "comparison" not in rule.explanation


def test_background_in_an_aside_of_a_news_sentence_is_worth_less_than_a_sentence_of_background():
    text = FERRY.replace(
        "Ferries on the route are already fitted with radar that warns of nearby boats.",
        "The council did not explain why the order skipped the mayor, who typically signs harbour orders.")
    worth = {c.question.answer[:5]: c.worth for c in offered(text)}
    assert worth["The c"] < worth["Under"] and worth["The c"] >= 0.7


def test_a_charge_of_long_wrongdoing_is_news_not_background():
    text = FERRY.replace("Ferries on the route are already fitted with radar that warns of nearby boats.",
                         "The ferry firm has been accused of ignoring speed limits for three years.")
    assert keys(text) == ["Under the Coastal Waters Act, harbour councils may set speed limits only inside their own bay."]
    text = FERRY.replace("Ferries on the route are already fitted with radar that warns of nearby boats.",
                         "The ferry firm has carried passengers across the bay for forty years.")
    assert "The ferry firm has carried passengers across the bay for forty years." in keys(text)


STUDY = (
    "Walking to school linked to better sleep\n\n"
    "Children who walk to school fall asleep faster than children who are driven, a new study suggests. The study "
    "was published in the journal Child Health.\n\n"
    "Poor sleep can harm how well children learn and remember.\n\n"
    "The researchers followed 900 participants in twelve schools for one term in a randomized trial. "
    "Children who walked at least 15 minutes each way fell asleep 11 minutes sooner on average.\n\n"
    "“The difference is clear,” said lead author Dr Sam Reyes. "
    "“Walking seems to help children settle at night.”"
)


def test_in_the_report_of_a_study_what_holds_in_general_is_background_and_the_finding_is_news():
    article = parse_article(STUDY)
    assert read_facts(article).kind.kind == "study"
    (found,) = offered(STUDY)
    q = found.question
    assert q.answer == "Poor sleep can harm how well children learn and remember."
    findings = [c for c in q.choices if q.feedback.get(c) == context.FEEDBACK["finding"]]
    assert findings and set(findings) <= {
        "The researchers followed 900 participants in twelve schools for one term in a randomized trial.",
        "Children who walked at least 15 minutes each way fell asleep 11 minutes sooner on average."}
    assert "not something the study found" in q.explanation and problems(q, STUDY) == []


def test_a_sentence_inside_a_quotation_is_never_background():
    # The second sentence of a quotation carries no quotation marks of its own.
    text = STUDY.replace("“Walking seems to help children settle at night.”",
                         "Children need calm before bed. Walking gives them that.”").replace(
        "“The difference is clear,” said lead author Dr Sam Reyes. ",
        "Lead author Dr Sam Reyes said: “We were surprised. ")
    assert "Children need calm before bed." not in keys(text)


def test_a_trend_or_a_rule_named_in_a_news_sentence_keeps_it_out_of_the_wrong_choices():
    # "falling", "in breach of the rules": each measures the news against what was before.
    trend = "Ortiz said on Tuesday that ferry speeds in the bay have been falling."
    norm = "Ortiz said on Tuesday that some ferries sail in breach of the harbour rules."
    for sentence in (trend, norm):
        text = FERRY.replace("Harbour master Lena Ortiz said on Tuesday that the order will stay in place until the inquiry ends.",
                             sentence)
        assert all(sentence not in c.question.choices for c in offered(text)) and offered(text)


def test_what_earlier_studies_showed_is_background_and_never_a_wrong_choice():
    earlier = "Studies have shown that children who sleep well do better in class."
    text = STUDY.replace("Poor sleep can harm how well children learn and remember.", earlier)
    assert earlier in keys(text)
    both = STUDY.replace("Poor sleep can harm how well children learn and remember.",
                         earlier + " Poor sleep can harm how well children learn and remember.")
    for candidate in offered(both):
        assert set(candidate.question.choices) - {candidate.question.answer} <= set(candidate.question.feedback)
        assert not ({earlier, "Poor sleep can harm how well children learn and remember."}
                    & (set(candidate.question.choices) - {candidate.question.answer}))


def test_without_a_dateline_a_year_before_the_latest_one_the_article_gives_is_background():
    text = (
        "Council approves bus lanes\n\n"
        "The Elmford council has approved two new bus lanes on the high street in 2025. "
        "Councillor Ana Silva said on Monday that work starts in the spring. "
        "The council rejected a similar plan in 2019 after shops objected to losing parking. "
        "“Buses are the quickest way to cut traffic,” said Silva."
    )
    article = parse_article(text)
    ctx = Context(article, read_facts(article), random.Random(1))
    body = context._body(ctx)
    assert [b.sentence.text for b in context._backgrounds(ctx, body, context._news_day(ctx, body))] == [
        "The council rejected a similar plan in 2019 after shops objected to losing parking."]
    assert keys(text) == []  # the only choice with a year: spotted, not judged
    # A year the article looks ahead to ("will ... by 2030") does not make 2025 the past.
    ahead = text.replace(" in 2025.", ". The lanes will be finished in 2030.").replace("in 2019", "in 2025")
    assert keys(ahead) == []


def test_past_work_and_not_the_first_are_background():
    for sentence in ("Past studies of the bay found the same currents near the pier.",
                     "The council was not the first to cut ferry speeds on the coast."):
        text = FERRY.replace("Ferries on the route are already fitted with radar that warns of nearby boats.", sentence)
        assert sentence in keys(text)


def test_a_duration_that_defines_who_the_news_is_for_or_a_paid_stake_is_not_background():
    for sentence in ("A third of the grants are reserved for beginning farmers, those who have operated a farm for ten years or fewer.",
                     "Two of the nine authors reported receiving consulting fees from ferry makers in the past."):
        text = FERRY.replace("Ferries on the route are already fitted with radar that warns of nearby boats.", sentence)
        assert sentence not in keys(text)


def test_who_someone_currently_is_is_not_offered_as_the_news():
    # "currently works as" tells who a person is, not what happens in the story.
    who = "Lena Ortiz currently works as harbour master for three ports on the coast."
    text = FERRY.replace("Ferry operator Bluewake told reporters it would follow the order.", who)
    assert offered(text) and all(who not in c.question.choices for c in offered(text))


def test_background_the_article_labels_as_background_is_not_asked():
    # Under a heading "Background", the heading gives the answer away.
    labelled = STUDY.replace("Poor sleep can harm", "Background\n\nPoor sleep can harm").replace(
        "The researchers followed", "Results\n\nThe researchers followed")
    assert keys(STUDY) and not keys(labelled)


def test_a_state_of_affairs_or_a_dated_report_is_never_offered_as_the_news():
    # "has said … as of", a date, "currently": each may be background, so none is a wrong choice.
    text = FERRY.replace(
        "Ferry operator Bluewake told reporters it would follow the order.",
        "Safety group SeaWatch has said that, as of May, the bay has had 14 near misses. On March 3, 2024, the council "
        "announced a review of ferry routes. The old pier is currently being rebuilt.")
    stated = ("Safety group SeaWatch has said that, as of May, the bay has had 14 near misses.",
              "On March 3, 2024, the council announced a review of ferry routes.",
              "The old pier is currently being rebuilt.")
    assert offered(text)
    for candidate in offered(text):
        assert not set(stated) & set(candidate.question.choices)


def test_an_opening_that_dates_the_event_that_set_the_news_off_is_not_offered_as_the_news():
    text = FERRY.replace("The Portwell harbour council has ordered all ferries to cut",
                         "On May 2, 2024, the Portwell harbour council announced that all ferries must cut")
    assert offered(text)
    for candidate in offered(text):
        assert not [c for c in candidate.question.choices if c.startswith("On May 2, 2024")]


def test_a_dated_sentence_that_also_reports_what_is_being_done_is_not_the_background():
    text = (
        "Town opens new library\n"
        "Monday, June 9, 2025\n"
        "The town of Elmford opened its new public library today, with room for 40,000 books. "
        "Mayor Ruth Adeyemi said on Monday that the library will open every day of the week. "
        "The books the library is lending come from a county store set up in March 2022. "
        "“Children finally have a place to read after school,” said Adeyemi."
    )
    assert not offered(text)  # half of it is the news: what the library is doing now
    assert offered(text.replace("The books the library is lending come", "Its books come").replace(
        "said on Monday that", "said on June 9, 2025, that"))


def test_a_release_is_not_called_a_news_article():
    text = ("Ministry Restocks Rivers\n\nPress Release\n\n"
            "The Fisheries Ministry has restocked 30 rivers on Monday. We have trained 40 inspectors on Tuesday. "
            "Under the Rivers Act, only the ministry may restock rivers. Minister Ann Lowe said on Monday that the "
            "work would go on.")
    asked = [c.question for c in offered(text)]
    assert asked and all(q.prompt.startswith("This text mixes its news with background") for q in asked)


def test_the_headline_and_a_dateline_of_any_common_form_head_the_article_and_the_lead_does_not():
    for dateline in ("Tuesday, October 3, 2023", "Oct. 3, 2023", "Tuesday October 3, 2023"):
        article = parse_article(f"{FERRY.splitlines()[0]}\n\n{dateline}\n\n{FERRY.split(chr(10) * 2, 1)[1]}")
        ctx = Context(article, read_facts(article), random.Random(1))
        heads = [s.text.strip() for s in article.sentences if ctx.heads_article(s)]
        assert heads == ["Harbour council orders ferries to cut their speed", dateline]

    # A chapter or section number with a year is no date: the line opens the text's body.
    article = parse_article(f"{FERRY.splitlines()[0]}\n\nChapter 3, 2023\n\n{FERRY.split(chr(10) * 2, 1)[1]}")
    ctx = Context(article, read_facts(article), random.Random(1))
    assert [s.text.strip() for s in article.sentences if ctx.heads_article(s)] == [
        "Harbour council orders ferries to cut their speed"]


GRANTS = (
    "Department awards $20 million to repair rural roads\n\n"
    "The Department of Roads has awarded $20 million to 14 counties to repair rural roads, it said on Tuesday.\n\n"
    "“Families depend on these roads to reach work, school and the doctor,” said Roads Secretary Ana Pike.\n\n"
    "“We are proud to help the towns that keep the country moving,” said Deputy Secretary Tom Lee.\n\n"
    "The money comes from the Rural Roads Fund, which Parliament created last year.\n"
)


def test_background_is_not_the_one_sentence_without_quotation_marks_among_quotations():
    for candidate in offered(GRANTS):
        question = candidate.question
        assert sum("“" in c for c in question.choices if c != question.answer) <= 1, question.choices


def test_today_as_these_days_does_not_date_the_news_but_today_beside_an_act_does():
    # Its opening tells no event, and "Today ... is used" means these days, not the day of a story.
    assert not context._on_the_day("Today the phrase is used by every party in every country.", context.ON_THE_DAY)
    assert context._on_the_day("The council announced today that the bridge will close.", context.ON_THE_DAY)


PARCELS = (
    "Town food bank opens a second store\n\n"
    "The Millford Food Bank has opened a second store on Bridge Street, it said on Monday.\n\n"
    "In October alone we handed out 4,200 parcels, compared with 2,900 in October last year.\n\n"
    "“This building changes what we can do for families this winter,” said director Maria Okafor.\n\n"
    "Our volunteers are asked to give at least one shift a month, and we are looking for drivers to collect food.\n\n"
    "The food bank was founded in 2009 by members of three local churches.\n"
)


def test_a_figure_of_now_against_last_year_is_not_background_and_an_appeal_is_not_news():
    article = parse_article(PARCELS)
    ctx = Context(article, read_facts(article), random.Random(1))
    body = context._body(ctx)
    backgrounds = [b.sentence.text for b in context._backgrounds(ctx, body, context._news_day(ctx, body))]
    assert backgrounds == ["The food bank was founded in 2009 by members of three local churches."]
    news = [sentence.text for sentence, _ in context._news_sentences(ctx, body)]
    assert not [text for text in news if "volunteers are asked" in text]


def test_the_event_an_anniversary_marks_is_the_story_not_its_background():
    text = (
        "Town marks 50th anniversary of its bridge\n\n"
        "Riverton held a parade on Saturday, May 3, 2025, to mark the 50th anniversary of the opening of its river bridge. "
        "On May 3, 1975, the first cars crossed the bridge after four years of building work. "
        "Crowds lined the river bank as the parade crossed the bridge at noon. "
        "On Saturday, the mayor cut a ribbon at the end of the parade. "
        "On Saturday, the council also opened a cycle path beside the bridge."
    )
    assert offered(text) == []
    # The same day marked for another reason: the earlier event is background to it.
    reopening = parse_article(text.replace("50th anniversary of", "reopening of").replace("anniversary of", "reopening of"))
    ctx = Context(reopening, read_facts(reopening), random.Random(1))
    body = context._body(ctx)
    assert [b.kind for b in context._backgrounds(ctx, body, context._news_day(ctx, body))] == ["dated"]
