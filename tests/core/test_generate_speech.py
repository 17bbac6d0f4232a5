"""Speeches and remarks: what the speaker calls for, which of the speaker's sentences could
be checked, where a speech is given, and claims about what a whole people thinks."""

import random

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import generate_pack
from quiz.core.generate import speech as speech_templates
from quiz.core.generate.common import Context
from quiz.core.generate.opinion import ASKS, as_said, shown_alone

SPEECH = """Clean water for the Green River

Madam Speaker, I rise today to speak about the Green River and the families who live beside it.

In 2019, the state closed three beaches on the river after tests found high levels of bacteria. Last year the council spent $4 million on new drains along the east bank.

The old plan was a disgraceful waste of public money. We have waited far too long for a river our children can swim in.

The American people know that clean water is not a luxury.

We must pass the clean water bill before the summer. I urge every member of this House to vote for it.
"""


@pytest.fixture(scope="module")
def speech():
    assert read_facts(parse_article(SPEECH)).kind.kind == "speech"
    return generate_pack(SPEECH, seed=1)


def asked(pack, template):
    (question,) = [q for q in pack.questions if q.template == template]
    return question


def test_a_speech_asks_which_sentence_calls_for_action_with_we_as_the_speaker():
    call = offered(SPEECH, "recommendation")
    assert call.answer == "We must pass the clean water bill before the summer."
    assert "speech" in call.prompt
    assert "“must pass the clean water bill before the summer”" in call.explanation
    wrong = [c for c in call.choices if c != call.answer]
    assert len(wrong) == 3 and not any(ASKS.search(c) for c in wrong)  # none of them asks for anything too
    assert set(call.feedback) == set(wrong)
    assert call.feedback["The old plan was a disgraceful waste of public money."].startswith("It gives a view (“disgraceful”)")


def candidates_of(text):
    from quiz.core.generate import candidates
    article = parse_article(text)
    return candidates(Context(article, read_facts(article), random.Random(1)))


def offered(text, template):
    """The one candidate a template offers on a text, before the ranking picks among templates."""
    from quiz.core.generate import candidates
    article = parse_article(text)
    (question,) = [c.question for c in candidates(Context(article, read_facts(article), random.Random(1)))
                   if c.question.template == template]
    return question


def test_a_speech_asks_which_of_the_speakers_sentences_could_be_checked(speech):
    # Offered; beside "what does the speaker call for?" on the same three sentences, the pack asks one.
    assert len({q.template for q in speech.questions} & {"checkable-sentence", "recommendation"}) == 1
    # Not of the call "what does the speaker call for?" is keyed on: that needs a second view beside it.
    assert not [c for c in candidates_of(SPEECH) if c.question.template == "checkable-sentence"]
    more = SPEECH.replace("The American people know", "The long delay on this bill has been a terrible mistake. The American people know")
    checkable = offered(more, "checkable-sentence")
    assert "We must pass the clean water bill before the summer." not in checkable.choices
    assert checkable.answer.startswith("In 2019, the state closed three beaches")
    assert "from the speech" in checkable.prompt
    assert "the speaker's judgement" in checkable.feedback["The old plan was a disgraceful waste of public money."]


def test_a_claim_about_what_a_whole_people_knows_asks_what_evidence_backs_it(speech):
    claim = asked(speech, "whole-group")
    assert claim.prompt.startswith("In the speech, the speaker says: “The American people know")
    assert claim.answer == "None: the speaker states it as if it were known"
    assert "A poll or survey" not in claim.choices  # the speech has figures elsewhere: no such claim on it
    assert set(claim.feedback) == set(claim.choices) - {claim.answer}


def test_a_share_of_people_the_speaker_gives_with_no_poll_named_asks_where_it_comes_from():
    text = SPEECH.replace("The American people know that clean water is not a luxury.",
                          "Seventy percent of our families want the beaches open again.")
    share = asked(generate_pack(text, seed=1), "unmeasured-share")
    assert "“Seventy percent of our families want the beaches open again”" in share.prompt
    assert share.answer == "The speech does not say: it names no poll or survey"
    assert set(share.feedback) == set(share.choices) - {share.answer}
    named = text.replace("want the beaches open again.", "want the beaches open again, a county survey found.")
    assert "unmeasured-share" not in {q.template for q in generate_pack(named, seed=1).questions}


def test_a_claim_with_a_poll_beside_it_is_not_asked_as_unsupported():
    text = SPEECH.replace("The American people know that clean water is not a luxury.",
                          "The American people know that clean water is not a luxury: 80 percent said so in a poll.")
    assert "whole-group" not in {q.template for q in generate_pack(text, seed=1).questions}


def test_a_speech_with_no_call_asks_none_and_a_call_in_other_words_is_found():
    no_call = SPEECH.replace("We must pass the clean water bill before the summer. I urge every member of this House to vote for it.",
                             "The bill comes before the House next week.")
    assert "recommendation" not in {q.template for q in generate_pack(no_call, seed=1).questions}
    urged = no_call.replace("The bill comes before the House next week.",
                            "I urge every member of this House to vote for the clean water bill.")
    call = asked(generate_pack(urged, seed=1), "recommendation")
    assert call.answer == "I urge every member of this House to vote for the clean water bill."
    assert "(“I urge every member of this House to vote for the clean water bill”)" in call.explanation


def context(text):
    article = parse_article(text)
    return Context(article, read_facts(article), random.Random(0))


@pytest.mark.parametrize(("sentence", "alone"), [
    ("We must pass the clean water bill before the summer.", True),  # "we" is the speaker
    ("I urge every member of this House to vote for the bill.", True),
    ("It must be passed before the summer.", False),  # "it" stands for something said before
    ("They have waited far too long for clean water.", False),
    ("Neither will I. Let's get to work.", False),  # a reply to the sentence before
])
def test_in_a_speech_a_sentence_may_open_on_we_or_i_but_not_on_it_or_they(sentence, alone):
    assert shown_alone(sentence, context(SPEECH)) is alone


def test_in_a_news_report_we_still_needs_the_sentence_before():
    news = ("Council approves new drains\n\nThe city council voted on Tuesday to spend $4 million on new drains, "
            "said Mayor Ann Cole. \"We are glad,\" said Ben Ross, who lives on the east bank.")
    assert not shown_alone("We must pass the clean water bill before the summer.", context(news))


SIDES = """Our schools deserve better

Mr. Speaker, I rise on behalf of my fellow Conservatives to speak about our schools.

Last year the Labour government closed 40 village schools across the county. Parents in those villages now drive their children for an hour each way.

The closures were a shameful mistake, and we will reopen every school we can.
"""


def test_a_speech_that_names_the_speakers_party_asks_which_side_the_speaker_is_on():
    side = asked(generate_pack(SIDES, seed=1), "which-side")
    assert side.answer == "The speaker is on the Conservative side, speaking about the other side"
    assert "“Labour government”" in side.prompt and side.evidence.startswith("Mr. Speaker, I rise on behalf of my fellow")
    assert "The speaker is on the Labour side, speaking about their own side" in side.choices
    assert set(side.feedback) == set(side.choices) - {side.answer}
    assert side.feedback["The speaker is on the Labour side, speaking about their own side"].endswith(
        "puts the speaker on the Conservative side, not the Labour one.")


def test_a_speech_that_does_not_say_the_speakers_party_does_not_ask_it():
    text = SIDES.replace("on behalf of my fellow Conservatives ", "")
    assert "which-side" not in {q.template for q in generate_pack(text, seed=1).questions}


QUESTIONS = """Keep the night buses running

Mr. President, members of the council, thank you for hearing me today.

The night buses carry nurses, cleaners and bakers to work when the rest of the city sleeps.

Without a bus, how will a nurse reach the hospital at four in the morning?

We must keep every night route running.
"""


def test_a_question_the_speaker_asks_the_audience_asks_what_it_is_for():
    question = asked(generate_pack(QUESTIONS, seed=1), "rhetorical-question")
    assert question.prompt.startswith("In the speech, the speaker asks: “Without a bus, how will a nurse reach")
    assert question.answer == "To lead listeners to the answer the speaker wants, not to get a reply"
    assert set(question.feedback) == set(question.choices) - {question.answer}
    # The explanation names the answer the question steers to, and the wrong choice that the matter is left
    # open is one a student could believe (it was "to ask listeners to answer aloud", which no one would).
    assert "The next sentence says where it leads: “We must keep every night route running.”" in question.explanation
    assert question.feedback["To leave the matter open for listeners to decide for themselves"] == (
        "Nothing is left open: the next sentence says where the speaker wants it to lead (“We must keep every night "
        "route running.”).")


def test_a_rhetorical_question_with_no_answer_after_it_says_the_answer_is_left_to_the_listeners():
    text = QUESTIONS.replace("\nWe must keep every night route running.\n", "")
    question = asked(generate_pack(text, seed=1), "rhetorical-question")
    assert "leaves listeners to supply that answer" in question.explanation
    assert "the claim holds" not in question.explanation


def test_questions_the_speaker_reports_others_asking_are_not_taken_for_rhetorical_ones():
    text = QUESTIONS.replace("Without a bus,", "Nurses often ask me this. Without a bus,")
    assert "rhetorical-question" not in {q.template for q in generate_pack(text, seed=1).questions}


@pytest.mark.parametrize("sentence", [
    "In 1990 she started the school's first robotics club.",  # "In" names no one
    "Let us honour her by being patient with one another.",
    "Who among us did not learn something from her?",
])
def test_in_a_speech_a_she_or_her_after_a_capitalised_little_word_still_needs_its_person(sentence):
    assert not shown_alone(sentence, context(SPEECH))


OP_ED = """Keep our libraries open at night

By Sam Lee

I grew up in a small town where the library was the only warm place in winter. I read everything I could find there.

Today many libraries close at five o'clock, just when working parents and teenagers could use them. In our county, 12 of the 15 libraries now close before six, up from 4 in 2010.

The closures are a terrible mistake. Why should a teenager have to choose between homework and a warm room?

I believe every town deserves a library that is open in the evening. Councils should keep their libraries open until nine.
"""


def test_in_an_opinion_piece_the_questions_name_the_writer_and_readers():
    assert read_facts(parse_article(OP_ED)).kind.kind == "opinion"
    question = asked(generate_pack(OP_ED, seed=1), "rhetorical-question")
    assert question.prompt.startswith("The writer asks: “Why should a teenager")
    assert question.answer == "To lead readers to the answer the writer wants, not to get a reply"
    assert set(question.feedback) == set(question.choices) - {question.answer}
    assert question.feedback["Because the writer does not know the answer and wants to find out"].startswith(
        "The writer is not asking for information")


def test_a_prediction_stands_beside_a_judgement_as_what_no_record_can_check():
    text = SIDES.replace("The closures were a shameful mistake, and we will reopen every school we can.",
                         "The closures were a shameful mistake. Our villages will empty as young families leave.")
    checkable = asked(generate_pack(text, seed=1), "checkable-sentence")
    assert checkable.answer == "Last year the Labour government closed 40 village schools across the county."
    assert checkable.feedback["Our villages will empty as young families leave."] == (
        "It says what will happen: no record can show that yet.")


def test_what_the_speaker_must_do_is_no_call_on_the_listeners():
    text = SPEECH.replace("We must pass the clean water bill before the summer. I urge every member of this House to vote for it.",
                          "I have to tell you that the bill comes before the House next week.")
    assert "recommendation" not in {q.template for q in generate_pack(text, seed=1).questions}


@pytest.mark.parametrize("words", ["my Conservative colleagues", "my colleagues on the Conservative side"])
def test_colleagues_of_a_party_may_be_across_the_aisle_so_they_do_not_show_the_speakers_side(words):
    text = SIDES.replace("my fellow Conservatives", words)
    assert "which-side" not in {q.template for q in generate_pack(text, seed=1).questions}


def test_as_a_member_of_a_party_shows_the_speakers_side():
    text = SIDES.replace("on behalf of my fellow Conservatives", "as a Conservative")
    assert asked(generate_pack(text, seed=1), "which-side").answer.startswith("The speaker is on the Conservative side")


OWN_RECORD = """Clean water act

Mr. Speaker, last spring this House passed the clean water act by 250 votes to 180.

We held hearings in every county, and we listened to farmers and families.

The House did its job, and I am proud of every member who stood up for clean water.

The Senate has not yet voted on the act.
"""


def test_a_member_praising_their_own_house_asks_who_is_judging_its_work():
    assert "own-record" in {q.template for q in generate_pack(OWN_RECORD, seed=1).questions}
    record = offered(OWN_RECORD, "own-record")
    assert record.answer == "A member of the House, judging its own work"
    assert record.evidence.startswith("The House did its job")
    assert "“this House”" in record.explanation
    assert set(record.feedback) == set(record.choices) - {record.answer}
    assert "“we”" in record.feedback["An outside expert who studied the House's work"]


def test_a_members_praise_of_their_house_and_a_denial_for_their_side_are_one_lesson_in_a_pack():
    text = OWN_RECORD.replace("The Senate has not yet voted on the act.",
                              "Nobody in our caucus told any member how to vote on the act. There was no pressure.\n\n"
                              "The Senate has not yet voted on the act.")
    assert offered(text, "own-record") and offered(text, "own-side-denial")
    chosen = {q.template for q in generate_pack(text, seed=1).questions}
    assert len({"own-record", "own-side-denial"} & chosen) == 1


def test_praise_of_a_house_by_someone_who_does_not_speak_as_its_member_asks_nothing():
    text = OWN_RECORD.replace("We held hearings in every county, and we listened", "Hearings were held in every county, and members listened")
    assert "own-record" not in {q.template for q in generate_pack(text, seed=1).questions}


UNNAMED = """A fair deal for bus drivers

Madam Speaker, I rise to speak for the bus drivers of our city.

Last week nearly all the Liberal members voted against the drivers' pay bill. In doing so, many of them admitted that the drivers deserve better.

We must pass the bill before the winter. I urge every member of this House to vote for it.
"""


def test_what_many_unnamed_others_admit_asks_what_the_speech_gives_to_check_it():
    others = asked(generate_pack(UNNAMED, seed=1), "unnamed-others")
    # "many of them": the sentence before, which says who they are, goes in the prompt too.
    assert others.prompt.startswith("In the speech, the speaker says: “Last week nearly all the Liberal members voted")
    assert "“many of them”" in others.prompt
    assert others.evidence.startswith("In doing so, many of them admitted")
    assert others.answer == "Nothing: the speaker names none of them and quotes none of them saying so"
    assert set(others.feedback) == set(others.choices) - {others.answer}


@pytest.mark.parametrize("change", [
    ("deserve better.", "deserve better. Mr. Brown, their leader, said so on the radio."),  # someone named
    ("many of them admitted that the drivers deserve better.", "many of them admitted that “the drivers deserve better”."),
    ("Last week nearly all the Liberal members voted against", "Last week the bill was voted down, against"),  # no "them"
])
def test_others_who_are_named_quoted_or_unknown_are_not_asked_about(change):
    assert "unnamed-others" not in {q.template for q in generate_pack(UNNAMED.replace(*change), seed=1).questions}


DENIAL = """Why we voted for the ferry

Mr. Speaker, the ferry bill passed this House yesterday.

Nobody in our caucus told any member how to vote on the ferry bill. There was no pressure.

We must now fund the new boats before the spring.
"""


def test_a_denial_made_for_the_speakers_own_side_asks_how_much_it_shows():
    denial = asked(generate_pack(DENIAL, seed=1), "own-side-denial")
    assert denial.prompt.startswith("In the speech, the speaker says: “Nobody in our caucus told any member")
    assert denial.prompt.endswith("How much does “There was no pressure” show?")
    assert denial.evidence == "Nobody in our caucus told any member how to vote on the ferry bill. There was no pressure."
    assert denial.answer.startswith("It is the word of the side it is about")
    assert "“our caucus”" in denial.explanation
    assert set(denial.feedback) == set(denial.choices) - {denial.answer}


@pytest.mark.parametrize("change", [
    ("Nobody in our caucus told", "Nobody in the ferry lobby told"),  # not the speaker's side
    ("There was no pressure.", "There was no pressure. A survey of members found the same."),  # backed by a survey
    ("There was no pressure.", "There was no pressure. “It was a free vote,” one member said."),
])
def test_a_denial_not_for_the_speakers_side_or_with_evidence_beside_it_is_not_asked(change):
    assert "own-side-denial" not in {q.template for q in generate_pack(DENIAL.replace(*change), seed=1).questions}


def test_a_verdict_the_speaker_gives_for_the_future_asks_what_kind_of_claim_it_is():
    text = SPEECH.replace("The American people know that clean water is not a luxury.",
                          "History will judge harshly every member who lets this river die.")
    verdict = asked(generate_pack(text, seed=1), "future-verdict")
    assert verdict.prompt == ("In the speech, the speaker says: “History will judge harshly every member who lets this "
                              "river die.” What kind of claim is this?")
    assert verdict.answer.startswith("A warning of a judgement no one can give yet")
    assert "“History will judge”" in verdict.explanation
    assert set(verdict.feedback) == set(verdict.choices) - {verdict.answer}
    reported = text.replace("History will judge harshly", "A poll says voters will judge harshly")
    assert "future-verdict" not in {q.template for q in generate_pack(reported, seed=1).questions}


INTERVIEW = """Wikinews interviews Dana Reyes, Green Party candidate for mayor

Dana Reyes, the Green Party's candidate for mayor of Lakeside, answered questions from Wikinews.

Wikinews: Why are you running?

Dana Reyes: Voters see the old parties as tired and out of touch. I have lived in Lakeside for thirty years.

Wikinews: What would you do first?

Dana Reyes: I would open the old library again. Our town deserves a place to read.

Wikinews: Who do you admire?

Dana Reyes: My mother, who ran the town bakery for forty years.
"""


def test_a_guests_claim_about_what_voters_see_asks_what_evidence_the_guest_gives():
    assert read_facts(parse_article(INTERVIEW)).kind.kind == "interview"
    claim = asked(generate_pack(INTERVIEW, seed=1), "whole-group")  # "for thirty years" beside it measures nothing
    assert claim.prompt == ("In the interview, Dana Reyes answers: “Voters see the old parties as tired and out of touch.” What evidence "
                            "does Dana Reyes give for this claim about voters?")
    assert claim.answer == "None: Dana Reyes states it as if it were known"
    assert set(claim.feedback) == set(claim.choices) - {claim.answer}


def test_what_voters_see_in_the_interviewers_question_is_not_asked_as_the_guests_claim():
    text = INTERVIEW.replace("Wikinews: Why are you running?", "Wikinews: Voters see the old parties as tired and out of touch. Why run?")
    text = text.replace("Dana Reyes: Voters see the old parties as tired and out of touch. ", "Dana Reyes: ")
    assert "whole-group" not in {q.template for q in generate_pack(text, seed=1).questions}


def test_what_unnamed_people_told_a_guest_asks_what_the_guest_gives_to_check_it():
    text = INTERVIEW.replace("Our town deserves a place to read.", "Many people tell me that the town needs a library again.")
    others = asked(generate_pack(text, seed=1), "unnamed-others")
    assert others.prompt == ("In the interview, Dana Reyes answers: “Many people tell me that the town needs a library again.” What does "
                             "Dana Reyes give readers to check who the “many people” are and what they said?")
    assert others.answer == "Nothing: Dana Reyes names none of them and quotes none of them saying so"
    assert set(others.feedback) == set(others.choices) - {others.answer}


def test_what_the_speaker_was_told_by_no_one_named_asks_who_the_source_is():
    text = SPEECH.replace("The American people know that clean water is not a luxury.",
                          "I am told that hundreds of children swam in the river every summer before 2019.")
    told = asked(generate_pack(text, seed=1), "hearsay")
    assert told.prompt == ("In the speech, the speaker says: “I am told that hundreds of children swam in the river every "
                           "summer before 2019.” Who is the source of this, as the speaker tells it?")
    assert told.answer == "No one named: the speaker does not say who"
    assert "“I am told”" in told.explanation
    assert set(told.feedback) == set(told.choices) - {told.answer}


@pytest.mark.parametrize("change", [
    ("I am told that", "I am told by the county nurse that"),  # the source is named
    ("I am told that hundreds", "I heard that they saw hundreds"),  # "they" needs the sentence before
    ("every summer before 2019.", "every summer before 2019. Local news reports say so."),  # a source beside it
])
def test_hearsay_with_its_source_or_a_pronoun_needing_its_person_is_not_asked(change):
    text = SPEECH.replace("The American people know that clean water is not a luxury.",
                          "I am told that hundreds of children swam in the river every summer before 2019.")
    assert "hearsay" not in {q.template for q in generate_pack(text.replace(*change), seed=1).questions}
QUARRY = """Council turns down quarry on Brook Hill

Thursday, June 5, 2025

The county council voted on Wednesday against a new stone quarry on Brook Hill.

The company behind the plan, Granite Works, said it would appeal.

"Like many people in this valley, I am relieved that the hill will stay as it is," said Anna Webb, who lives next to the site.

Granite Works director Paul Stone said, "The decision is a blow to the jobs we promised."
"""


def _offered_group_claims(text):
    from quiz.core.generate import speech
    article = parse_article(text)
    return [c.question for c in speech.quoted_group_claim(Context(article, read_facts(article), random.Random(1)))]


def test_a_quoted_person_speaking_for_many_asks_what_backs_the_claim_about_them():
    (question,) = _offered_group_claims(QUARRY)
    assert question.prompt.startswith("Anna Webb says: “Like many people in this valley, I am relieved")
    assert question.answer == "Nothing but Anna Webb's own word"
    assert "many people in this valley?" in question.prompt
    assert "A poll or survey the article reports" in question.choices
    assert set(question.feedback) == set(question.choices) - {question.answer}


def test_a_claim_for_many_in_an_article_with_a_survey_is_not_asked_as_one_persons_word():
    text = QUARRY.replace("The company behind the plan", "A survey by the parish found most residents opposed it. "
                          "The company behind the plan")
    assert _offered_group_claims(text) == []


def test_a_quoted_sentence_that_opens_on_what_a_group_wants_is_asked_too():
    text = QUARRY.replace("Like many people in this valley, I am relieved that the hill will stay as it is",
                          "Families want the hill to stay as it is, and the council listened")
    (question,) = _offered_group_claims(text)
    assert question.answer == "Nothing but Anna Webb's own word" and question.prompt.endswith("about families?")


def test_what_many_do_rather_than_think_is_not_asked_as_a_claim_about_their_feelings():
    text = QUARRY.replace("Like many people in this valley, I am relieved that the hill will stay as it is",
                          "Like many people in this valley, I walk my dog on the hill every morning")
    assert _offered_group_claims(text) == []


def test_a_quoted_claim_that_everyone_knows_is_asked_as_one_persons_word():
    text = QUARRY.replace("Like many people in this valley, I am relieved that the hill will stay as it is",
                          "Everyone knows the hill is the best thing about this valley")
    (question,) = _offered_group_claims(text)
    assert question.prompt.endswith("about everyone?")


def test_a_claim_about_everyone_the_speaker_gives_as_a_guess_is_not_asked():
    text = QUARRY.replace("Like many people in this valley, I am relieved that the hill will stay as it is",
                          "I think everyone knows the hill is the best thing about this valley")
    assert _offered_group_claims(text) == []


def test_a_pack_asks_once_what_backs_a_claim_for_a_whole_group():
    text = UNNAMED.replace("We must pass the bill", "The people of this city know that a bus service is only as good "
                                                    "as its drivers.\n\nWe must pass the bill")
    article = parse_article(text)
    ctx = Context(article, read_facts(article), random.Random(1))
    assert list(speech_templates.whole_group_claim(ctx)) and list(speech_templates.unnamed_others(ctx))  # both offered ...
    chosen = [q.template for q in generate_pack(text, seed=1).questions]
    assert len({"whole-group", "unnamed-others"} & set(chosen)) == 1  # ... but they teach one lesson


def _offered(template, text):
    article = parse_article(text)
    return list(template(Context(article, read_facts(article), random.Random(1))))


LIBRARY_SPEECH = """Keep the library open

Madam Speaker, I rise today to speak for the Riverton library and the families who use it.

The council wants to close the library to save money. The library, of course, costs the town far less than the new car park did.

We must keep it open. I urge every member of this House to vote against the closure.
"""


def test_of_course_on_a_claim_in_a_speech_asks_what_evidence_the_speaker_gives():
    assert read_facts(parse_article(LIBRARY_SPEECH)).kind.kind == "speech"
    (candidate,) = _offered(speech_templates.given_as_known, LIBRARY_SPEECH)
    asked = candidate.question
    assert asked.prompt == ("In the speech, the speaker says: “The library, of course, costs the town far less than the "
                            "new car park did.” What evidence does the speaker give for this, and what does “of course” do?")
    assert asked.answer == "None: “of course” presents it as settled, so listeners are less likely to ask for proof"
    assert asked.feedback["None is needed: “of course” shows that people on every side agree"].startswith(
        "“of course” is the speaker's own word")
    assert asked.skill == "loaded-language"


def test_of_course_beside_a_figure_is_not_said_to_have_no_evidence():
    figures = LIBRARY_SPEECH.replace("costs the town far less than the new car park did.",
                                     "costs the town $40,000 a year, far less than the new car park did.")
    assert not _offered(speech_templates.given_as_known, figures)


def test_obviously_on_what_the_speaker_felt_is_not_asked_for_evidence():
    felt = LIBRARY_SPEECH.replace("The library, of course, costs the town far less than the new car park did.",
                                  "When I first walked into the library, I was obviously nervous about the closure.")
    assert not _offered(speech_templates.given_as_known, felt)


def test_words_that_name_a_speaker_of_the_house_are_said_by_the_person_giving_the_speech():
    ctx = context(SPEECH)
    assert as_said("Neither the Speaker nor myself knew of it.", ctx) == (
        "In the speech, the person giving it says: “Neither the Speaker nor myself knew of it.”")
    assert as_said("We knew of it.", ctx) == "In the speech, the speaker says: “We knew of it.”"


EULOGY = """Eulogy for Grace Mensah

We are gathered here to celebrate the life of Grace Mensah, who passed away on Friday at the age of 91.

Grace came to this town in 1958 with one suitcase and a teaching certificate. For 40 years she taught at Elm Road School, and she never missed a day. I was one of her pupils.

She was the kindest person I have ever known. Her legacy is in every child who learned to read in her classroom. We will miss her.
"""


def test_a_eulogy_that_does_not_say_who_gives_it_is_still_read_as_a_speech():
    assert read_facts(parse_article(EULOGY)).kind.kind == "speech"


WRITTEN_TRIBUTE = """Remembering Joe Park

Joe Park, who coached the Riverton Rovers for 22 years, died on Sunday. He was 78.

I played for Joe when I was fourteen. He taught me that losing well matters more than winning. I will always remember the way he clapped for the other team.

He built the club from one team to eleven, and he never took a penny for it. His legacy is every kid who still plays on Saturday mornings.

We will miss you, Coach. Rest in peace.
"""


def test_a_tribute_with_no_greeting_or_heading_is_asked_as_the_writers_own_best_side():
    assert read_facts(parse_article(WRITTEN_TRIBUTE)).kind.kind == "speech"
    # How the writer knew the person honoured asks the same and more: the writer's, for readers.
    relation = asked(generate_pack(WRITTEN_TRIBUTE, seed=1), "tribute-relation")
    assert relation.prompt == ("In the tribute, the writer says: “I played for Joe when I was fourteen.” What does this "
                               "tell a reader about the praise in the tribute?")
    assert "“I played for Joe” shows that the writer knew the person first-hand" in relation.explanation
    assert "a reader should expect the best to be told" in relation.explanation
    assert "It is a neutral judgement: the writer has no reason to favour the person" in relation.choices


def test_a_demand_that_names_a_group_is_no_claim_about_what_the_group_thinks():
    # "If there is nothing to hide, let the public see them": a demand, keyed as a claim about
    # what the public thinks (round 37 of the review).
    text = QUARRY.replace("Like many people in this valley, I am relieved that the hill will stay as it is",
                          "The company has the site maps, and if there is nothing to hide, let the public see them")
    assert _offered_group_claims(text) == []
    claim = QUARRY.replace("Like many people in this valley, I am relieved that the hill will stay as it is",
                           "The company has the site maps, and the public wants the hill to stay as it is")
    assert len(_offered_group_claims(claim)) == 1


@pytest.mark.parametrize("judged", [
    "2023 was a breakthrough year for the families who live on the Green River.",
    "Last year the council spent a historic $4 million on new drains along the east bank.",
])
def test_a_year_or_a_figure_inside_a_judgement_is_no_checkable_sentence(judged):
    more = SPEECH.replace("The American people know", "The long delay on this bill has been a terrible mistake. The American people know")
    plain = "Last year the council spent $4 million on new drains along the east bank."
    judging = more.replace("In 2019, the state closed three beaches on the river after tests found high levels of bacteria. ",
                           "").replace(plain, judged)
    assert not [c for c in candidates_of(judging) if c.question.template == "checkable-sentence"]


def test_the_checkable_sentence_explanation_names_what_a_record_could_confirm():
    more = SPEECH.replace("The American people know", "The long delay on this bill has been a terrible mistake. The American people know")
    assert "It states a figure or a date (“2019”)" in offered(more, "checkable-sentence").explanation
