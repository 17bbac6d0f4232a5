"""What a teacher asks of any speech, whatever its wording: a view given to people the speaker
does not name, one person's story standing for many, a "finest ever" with nothing to compare it
with, a speaker's praise of the government they speak for, and a member's case retold in a house.
Each text is a short invented speech."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.facts import kind
from quiz.core.generate import speech as speech_templates
from quiz.core.generate.common import Context


def context(article_text: str) -> Context:
    article = parse_article(article_text)
    return Context(article, read_facts(article), random.Random(1))


def evidence(template, text: str) -> list[str]:
    return [c.question.evidence for c in template(context(text))]


ADDRESS = """Address to the Region on the Floods

Good evening.

Tonight I want to speak to you about the floods that have closed our roads and flooded our homes.

Over the past week, the river rose higher than at any time since records began. Three towns were cut off, and more than two thousand families left their homes.

My government has already done more to help flooded families than any government in our history. We sent emergency crews to every town within a day.

Some have said that the floods were no one's fault and that nothing could have been done. I do not accept that. The warnings were clear, and we will act on them.

Last week I met a farmer named Owen at a shelter in Brayford. He lost his whole herd when the water came over the bank.

Our region is the strongest region this country has ever known.

From next month, every flooded household will receive a grant for repairs. We will rebuild the banks before the winter.

I ask each of you to check on your neighbours tonight. Thank you, and good night.
"""


def test_a_greeting_line_that_lists_its_audience_makes_a_tribute_a_speech():
    tribute = ("A Life for the Valley\n\nFriends, neighbours, and members of the Carrow family:\n\n"
               "We gather today to say goodbye to Helen Carrow, who served the valley for twenty years. "
               "She died on Sunday at home in Millbrook.\n\nSome in the capital called her stubborn. "
               "Officials said the clinic would never pay for itself. Critics said the bridge was a waste. "
               "Others said the valley did not need broadband.\n\nHelen did not listen. Rest well, Helen.\n")
    assert read_facts(parse_article(tribute)).kind.kind == "speech"


def test_a_line_that_introduces_a_quotation_is_no_greeting():
    assert kind.salutation("Governor Ellis, Mayor Duarte, families, and the people of Harlow:")
    assert not kind.salutation("On Tuesday, the minister said:")
    assert not kind.salutation("The figures, in brief, are as follows:")


def test_a_line_that_introduces_a_list_is_no_greeting():
    assert kind.salutation("Friends, neighbours, and members of the Carrow family:")
    assert kind.salutation("Madam Speaker, colleagues, ladies and gentlemen:")
    assert not kind.salutation("In March, the council set out three options:")
    assert not kind.salutation("On Monday, councillors heard two plans:")
    story = ("Council weighs the future of the Mill Road depot\n\nIn March, the council set out three options:\n\n"
             "Sell the depot to a developer. Lease it to the bus company. Keep it as a store for road salt.\n\n"
             "The council will vote on the options in June, a spokesperson said. The depot has stood empty since 2021.\n")
    assert read_facts(parse_article(story)).kind.kind != "speech"


def test_a_view_given_to_unnamed_people_and_then_answered_asks_how_the_speech_gives_it():
    (question,) = [c.question for c in speech_templates.unnamed_view(context(ADDRESS))]
    assert question.evidence == ("Some have said that the floods were no one's fault and that nothing could have been done. "
                                 "I do not accept that.")
    assert question.answer == "In the speaker's own words, given to people the speaker does not name"
    assert question.prompt.endswith("How does the speech give the view that the speaker answers?")
    assert set(question.feedback) == set(question.choices) - {question.answer}


def test_a_view_the_speaker_only_reports_is_not_asked_as_one_set_up_to_be_answered():
    reported = ADDRESS.replace("I do not accept that. ", "")
    assert not list(speech_templates.unnamed_view(context(reported)))


def test_a_but_that_goes_on_to_something_else_is_no_answer_to_the_view():
    # The speaker shares the view and says what was done about it: nothing in it is answered.
    shared = ADDRESS.replace("I do not accept that. The warnings were clear, and we will act on them.",
                             "But we listened, and this spring the new banks went in.")
    assert not list(speech_templates.unnamed_view(context(shared)))
    answered = ADDRESS.replace("I do not accept that.", "But that is simply not true.")
    assert len(list(speech_templates.unnamed_view(context(answered)))) == 1


def test_one_persons_story_asks_what_it_shows_and_what_it_cannot():
    (question,) = [c.question for c in speech_templates.one_story(context(ADDRESS))]
    assert question.evidence == ("Last week I met a farmer named Owen at a shelter in Brayford. "
                                 "He lost his whole herd when the water came over the bank.")
    assert question.answer == "What one farmer's life is like, as the speaker tells it, not how many share it"
    assert "figures from a count or a survey" in question.explanation


def test_a_meeting_with_nothing_of_the_persons_life_told_is_no_story():
    met = ADDRESS.replace("He lost his whole herd when the water came over the bank.", "The shelter was warm.")
    assert not list(speech_templates.one_story(context(met)))
    friend = ADDRESS.replace("a farmer named Owen", "a friend named Owen")
    assert not list(speech_templates.one_story(context(friend)))


def test_a_finest_ever_with_nothing_beside_it_asks_what_would_check_it():
    offered = [c.question for c in speech_templates.best_ever_backing(context(ADDRESS))]
    assert [q.evidence for q in offered] == ["Our region is the strongest region this country has ever known."]
    (question,) = offered
    assert question.template == "best-ever"
    assert question.answer == "A comparison with all the others, which the speech does not give"


def test_a_best_thing_i_ever_did_is_the_speakers_own_life_not_a_claim_to_check():
    own = ADDRESS.replace("Our region is the strongest region this country has ever known.",
                          "Moving to this region was the best thing I ever did.")
    assert not list(speech_templates.best_ever_backing(context(own)))
    met = ADDRESS.replace("Our region is the strongest region this country has ever known.",
                          "Owen is the bravest farmer I ever met.")
    (known,) = [c.question for c in speech_templates.best_ever_backing(context(met))]
    assert known.template == "best-known" and "“I ever met”" in known.prompt


def test_a_best_ever_is_quoted_whole():
    whole = ADDRESS.replace("Our region is the strongest region this country has ever known.",
                            "Our crews are the strongest team ever assembled.")
    (question,) = [c.question for c in speech_templates.best_ever_backing(context(whole))]
    assert "“strongest team ever assembled” claims that no one was better" in question.explanation


def test_a_finest_ever_that_gives_its_own_figures_is_not_asked_what_would_check_it():
    counted = ADDRESS.replace("Our region is the strongest region this country has ever known.",
                              "Our region is the strongest region this country has ever known, with 40 new firms a year.")
    assert not list(speech_templates.best_ever_backing(context(counted)))


def test_praise_of_the_government_the_speaker_speaks_for_asks_who_judges_its_work():
    (question,) = [c.question for c in speech_templates.own_record(context(ADDRESS))]
    assert question.evidence.startswith("My government has already done more")
    assert question.answer == "The speaker, who speaks for the government, judging its own work"


def test_praise_of_a_government_not_the_speakers_own_asks_no_such_question():
    theirs = ADDRESS.replace("My government has already done more", "The old government had already done more")
    assert not list(speech_templates.own_record(context(theirs)))


YEAR_IN_REVIEW = """State of the Town Address

Thank you, and good evening.

A year ago I promised you better roads. Last year our crews repaved 41 miles of road, more than in the three years before.

We also hired 48 new officers, and the town library now opens on Sundays.

I ask the council to approve the new bond, and I thank you all.
"""


def test_a_speakers_figure_for_their_own_sides_work_asks_who_gives_it():
    (question,) = [c.question for c in speech_templates.own_side_figures(context(YEAR_IN_REVIEW))]
    assert question.evidence.startswith("Last year our crews repaved 41 miles of road")
    assert question.answer == "The speaker, about their own side's work, with no record named"
    assert "“our crews” is the speaker's own side" in question.explanation


def test_a_figure_the_speech_gives_a_record_for_or_another_sides_is_not_asked_as_the_speakers_own():
    audited = YEAR_IN_REVIEW.replace("more than in the three years before", "the county's audit shows").replace(
        "We also hired 48 new officers", "The county also hired 48 new officers")
    assert not list(speech_templates.own_side_figures(context(audited)))
    others = YEAR_IN_REVIEW.replace("our crews repaved", "their crews repaved").replace("We also hired", "They also hired")
    assert not list(speech_templates.own_side_figures(context(others)))
    befell = YEAR_IN_REVIEW.replace("Last year our crews repaved 41 miles of road", "Last year our city suffered 212 burglaries"
                                    ).replace("We also hired 48 new officers", "We also needed 48 new officers")
    assert not list(speech_templates.own_side_figures(context(befell)))


HOUSE = """Mr Speaker, I beg to move that the Bill be now read a second time.

This Bill limits rent increases to once a year and creates an ombudsman for private landlords.

The Honourable Member for Eastleigh North said this morning that the Bill will drive good landlords out of the market. With respect, Mr Speaker, that is simply not true. Scotland ended no-fault evictions in 2017, and its rented homes have held steady.

We have consulted for two years with landlords, tenants and councils. I commend the Bill to the House.
"""


def test_a_members_case_that_the_speaker_answers_is_asked_as_the_other_side_retold():
    (question,) = [c.question for c in speech_templates.other_side_retold(context(HOUSE))]
    assert question.evidence.startswith("The Honourable Member for Eastleigh North said this morning")
    assert question.answer.startswith("Only as the speaker retells it")


def test_a_members_words_the_speaker_agrees_with_are_not_the_other_side():
    agreed = HOUSE.replace("With respect, Mr Speaker, that is simply not true.", "She made the point well.")
    assert not list(speech_templates.other_side_retold(context(agreed)))


def test_i_need_you_to_vote_is_a_call_on_the_listeners():
    from quiz.core.generate import opinion

    needed = ADDRESS.replace("I ask each of you to check on your neighbours tonight.",
                             "I need you to check on your neighbours tonight.")
    (question,) = [c.question for c in opinion.recommendation(context(needed))]
    assert question.answer == "I need you to check on your neighbours tonight."


def test_what_the_speaker_needs_to_do_is_no_call_on_anyone():
    from quiz.core.generate import opinion

    own = ADDRESS.replace("I ask each of you to check on your neighbours tonight.",
                          "I need to check on my own neighbours tonight.")
    assert not list(opinion.recommendation(context(own)))


def test_others_of_a_group_just_named_are_not_unnamed_people():
    others = ADDRESS.replace(
        "Some have said that the floods were no one's fault and that nothing could have been done.",
        "Some families went home to the towns. Others said that they would stay in the shelters for now.")
    assert "Others said that they would stay" in others
    assert not list(speech_templates.unnamed_view(context(others)))


def test_a_promise_after_a_named_time_or_for_the_speakers_government_is_a_promise():
    assert speech_templates.PROMISE.match("Over the next ten years we will build six new reactors.")
    assert speech_templates.PROMISE.match("My government will cap the price of household energy.")


def test_a_record_after_a_named_time_or_anothers_plan_is_no_promise_of_the_speaker():
    assert not speech_templates.PROMISE.match("Over the years we have built six reactors.")
    assert not speech_templates.PROMISE.match("The old government will cap the price of household energy.")


TRIBUTE = """A Life for the Valley

Friends, neighbours, and members of the Carrow family:

We gather today to say goodbye to Helen Carrow, who served the valley for twenty years. She died on Sunday at home in Millbrook, with her daughters beside her.

Everyone who worked with her will tell you that she never forgot who sent her to the capital.

She fought for the clinic in Dover Falls when others said it could never pay for itself. She wrote the law that brought broadband to the schools of the valley.

Rest well, Helen. The river towns will remember you.
"""


def test_what_everyone_who_knew_the_person_honoured_will_tell_is_a_claim_for_a_whole_group():
    (question,) = [c.question for c in speech_templates.whole_group_claim(context(TRIBUTE))]
    assert question.prompt.startswith("In the tribute, the speaker says of the person honoured: “Everyone who worked with her")
    assert question.answer == "None: the speaker states it as if it were known"


def test_everyone_who_knew_him_outside_a_tribute_has_no_one_to_point_back_to():
    speech = ADDRESS.replace("Our region is the strongest region this country has ever known.",
                             "Everyone who worked with him will tell you that he never missed a day.")
    assert not list(speech_templates.whole_group_claim(context(speech)))


def test_what_everyone_will_tell_you_with_no_one_named_is_no_claim_for_a_group():
    speech = ADDRESS.replace("Our region is the strongest region this country has ever known.",
                             "I say this because today is the day when everyone will tell you about the rain.")
    assert not list(speech_templates.whole_group_claim(context(speech)))
