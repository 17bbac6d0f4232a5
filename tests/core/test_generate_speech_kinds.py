"""Kinds that fit any speech, tribute or interview: what backs a speaker's judgement, a
promise beside a record of what was done, and what a tribute's speaker was to the person
honoured. Each invented text is over 300 words, as a teacher's would be."""

import random
from pathlib import Path

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import generate_pack
from quiz.core.generate import language
from quiz.core.generate import speech as speech_templates
from quiz.core.generate.common import Context

TEXTS = Path(__file__).parent / "texts"


def text(name: str) -> str:
    return (TEXTS / f"{name}.txt").read_text(encoding="utf-8")


def context(article_text: str) -> Context:
    article = parse_article(article_text)
    return Context(article, read_facts(article), random.Random(1))


def templates(pack) -> list[str]:
    return [q.template for q in pack.questions]


@pytest.fixture(scope="module", params=["campaign-speech", "tribute-speech", "scientist-interview",
                                        "eulogy", "mayor-interview", "press-briefing", "retirement-tribute", "health-call"])
def long_text(request):
    return text(request.param)


def test_the_invented_texts_are_long_and_read_as_their_kind(long_text):
    assert len(long_text.split()) >= 300
    assert read_facts(parse_article(long_text)).kind.kind in ("speech", "interview")


def test_a_campaign_speech_asks_which_sentence_is_a_record_among_promises():
    pack = generate_pack(text("campaign-speech"), seed=1)
    (question,) = [q for q in pack.questions if q.template == "promise-or-record"]
    assert question.answer.startswith("When I ran the Millbrook Chamber of Commerce, we brought two hundred new jobs")
    wrong = [c for c in question.choices if c != question.answer]
    assert len(wrong) == 3 and all(" will " in c for c in wrong)
    assert question.prompt.startswith("Three of these sentences from the speech are promises.")
    assert "records could show whether it happened" in question.explanation
    assert set(question.feedback) == set(wrong)


def test_a_feeling_or_a_sentence_of_doubt_is_neither_a_promise_nor_a_record():
    speech = text("campaign-speech").replace("I will fix every pothole on Main Street in my first year.",
                                             "We will miss the old mill, and we would fix it if we could.")
    (question,) = [c.question for c in speech_templates.promise_or_record(context(speech))]
    assert question.prompt.startswith("Two of these sentences")
    assert not any("old mill" in c for c in question.choices)
    fewer = speech.replace("I will put a police officer back on every school campus",
                           "I hope to put a police officer back on every school campus")
    assert not list(speech_templates.promise_or_record(context(fewer)))  # one promise beside the record: no question


def test_a_speakers_judgement_with_nothing_beside_it_asks_what_backs_it():
    pack = generate_pack(text("scientist-interview"), seed=1)
    (question,) = [q for q in pack.questions if q.template == "asserted-claim"]
    assert question.prompt == ("In the interview, Lucia Moreno answers: “The response has been shamefully slow.” What does Lucia Moreno "
                               "give to back this claim?")
    assert question.answer.startswith("Nothing but Lucia Moreno's own word")
    assert "“shamefully” gives Lucia Moreno's judgement" in question.explanation
    assert len(question.choices) == 4 and set(question.feedback) == set(question.choices) - {question.answer}


def test_a_judgement_with_a_figure_or_a_source_beside_it_is_not_asked_what_backs_it():
    interview = text("scientist-interview")
    assert [c.question.evidence for c in speech_templates.asserted_claim(context(interview))] == [
        "The response has been shamefully slow."]
    backed = interview.replace("The response has been shamefully slow.",
                               "The response has been shamefully slow, as a 2023 report on the region found.")
    assert not list(speech_templates.asserted_claim(context(backed)))
    # "We" in an answer is the guest's own team, described from inside: no claim to back.
    own = interview.replace("The response has been shamefully slow.", "Our response has been shamefully slow.")
    assert not list(speech_templates.asserted_claim(context(own)))


def test_a_tribute_asks_what_the_speakers_tie_to_the_person_means_for_the_praise():
    offered = [c.question for c in speech_templates.tribute_relation(context(text("tribute-speech")))]
    assert [q.evidence for q in offered] == [
        "For eleven seasons I sat beside her on the bench, and she became my closest friend.",
        "I first met Dana in 1998, when she hired me as her assistant."]  # the closer tie first
    question = offered[0]
    assert "“she became my closest friend”" in question.explanation
    assert question.answer.startswith("It comes from someone who knew the person")
    assert question.prompt.endswith("What does this tell a listener about the praise in the tribute?")
    pack = generate_pack(text("tribute-speech"), seed=1)
    assert "tribute-relation" in templates(pack)


def test_a_speech_that_honours_no_one_asks_nothing_of_the_speakers_friends():
    campaign = text("campaign-speech").replace("Thank you, thank you all", "My friend Maria and I thank you all")
    assert not list(speech_templates.tribute_relation(context(campaign)))


def test_an_interviewer_labelled_q_is_named_the_interviewer():
    pack = generate_pack(text("scientist-interview"), seed=1)
    (question,) = [q for q in pack.questions if q.template == "question-premise"]
    assert question.prompt.startswith("The interviewer asks Lucia Moreno: “Everyone agrees")
    assert question.answer.startswith("The interviewer's own")


def test_a_promise_after_a_figure_is_not_shown_as_a_promise():
    (question,) = [c.question for c in speech_templates.promise_or_record(context(text("mayor-interview")))]
    assert question.prompt.startswith("Three of these sentences by Karen Lind are promises.")
    assert question.answer.startswith("In 2021 we opened the new bus station")
    # "The plan costs about two million dollars a year, and we will pay ...": a figure first, then a promise.
    assert not any("two million" in c for c in question.choices)


def test_a_eulogy_for_a_parent_asks_what_the_tie_means_for_the_praise():
    offered = [c.question for c in speech_templates.tribute_relation(context(text("eulogy")))]
    # "the kindest man I have ever known" last: what its limit means is asked by best-known.
    assert [q.evidence[:40] for q in offered] == ["My father would have been embarrassed by",
                                                   "My father was the kindest man I have eve"]
    assert "“My father” shows that the speaker knew the person first-hand" in offered[0].explanation
    pack = generate_pack(text("eulogy"), seed=1)
    assert {"tribute-relation", "best-known"} <= set(templates(pack))
    # "my father" once, in a tribute to someone else, may be anyone's father: no question.
    tribute = text("tribute-speech").replace("She was tireless.", "My father said she was tireless.")
    assert all("father" not in c.question.evidence for c in speech_templates.tribute_relation(context(tribute)))


def test_a_judgement_with_its_reason_or_with_figures_in_the_next_paragraph_is_not_asserted_alone():
    # "... because this city deserves better": a reason given; "wasted millions" follows it.
    assert not list(speech_templates.asserted_claim(context(text("campaign-speech"))))
    # "a third-party governor" is no figure.
    interview = text("mayor-interview").replace(
        "My opponents have never had a serious idea about transport in their lives.",
        "A wise third-party mayor would have been a disgraceful failure here.")
    assert [c.question.evidence for c in speech_templates.asserted_claim(context(interview))] == [
        "A wise third-party mayor would have been a disgraceful failure here."]


def test_a_best_ever_followed_by_figures_asks_how_far_the_figures_back_it():
    (question,) = [c.question for c in speech_templates.best_ever_backing(context(text("tribute-speech")))]
    assert question.prompt.startswith("In the speech, the speaker says: “Dana was the finest coach this town has ever known.” "
                                      "It goes on: “Her teams won four state titles")
    assert question.answer.startswith("They show success, but not that no one did better")
    assert "“finest coach this town has ever known” claims that no one was better" in question.explanation
    assert "tribute-relation" in templates(generate_pack(text("tribute-speech"), seed=1))
    # "the kindest man I have ever known", and after it no figure: what "I have ever known" limits it to.
    (known,) = [c.question for c in speech_templates.best_ever_backing(context(text("eulogy")))]
    assert known.template == "best-known"
    assert known.prompt.endswith("What do the words “I have ever known” tell a listener about this claim?")
    assert known.answer.startswith("That it is the speaker's judgement from the speaker's own life")


def test_the_closer_tie_of_a_tribute_is_asked_before_the_other():
    pack = generate_pack(text("tribute-speech"), seed=1)
    (question,) = [q for q in pack.questions if q.template == "tribute-relation"]
    assert "she became my closest friend" in question.evidence


def test_a_judgement_that_leans_on_the_sentence_before_it_is_not_asked_alone():
    interview = text("scientist-interview")
    for leaning in ("But the response has been shamefully slow.", "This response has been shamefully slow."):
        changed = interview.replace("The response has been shamefully slow.", leaning)
        assert not list(speech_templates.asserted_claim(context(changed))), leaning
    # "Those who ..." points back to no sentence.
    those = interview.replace("The response has been shamefully slow.", "Those who govern have been shamefully slow.")
    assert [c.question.evidence for c in speech_templates.asserted_claim(context(those))] == [
        "Those who govern have been shamefully slow."]


def test_the_other_side_retold_by_the_speaker_asks_how_the_speech_gives_its_case():
    (question,) = [c.question for c in speech_templates.other_side_retold(context(text("campaign-speech")))]
    assert question.prompt == ("In the speech, the speaker says: “My opponent says the city cannot afford these plans.” "
                               "How does this give the other side's case?")
    assert question.answer == "Only as the speaker retells it: the opponent's own words are not given"
    assert "The speaker tells listeners what the opponent says" in question.explanation
    # Quoted in the opponent's own words, the case is not retold.
    quoted = text("campaign-speech").replace("My opponent says the city cannot afford these plans.",
                                             "My opponent says: “The city cannot afford these plans.”")
    assert not list(speech_templates.other_side_retold(context(quoted)))


def test_praise_in_a_word_then_a_deed_asks_what_the_example_does_for_the_praise():
    (question,) = [c.question for c in speech_templates.example_for_praise(context(text("tribute-speech")))]
    assert question.prompt.startswith("In the tribute, the speaker says of the person honoured: “She was tireless.” and "
                                      "then: “She opened the gym at six every morning")
    assert question.answer.startswith("It gives an example, as the speaker tells it")
    assert question.feedback["It has nothing to do with the praise"].startswith("It shows what “tireless” meant")
    # Outside a tribute, "she" could be anyone: no question.
    speech = text("campaign-speech").replace("I believe in this city.",
                                             "She was tireless. She opened the shop at six every morning.")
    assert not list(speech_templates.example_for_praise(context(speech)))


def test_an_answer_is_not_asserted_alone_where_its_next_paragraph_has_a_figure_or_the_question_claims_it():
    interview = text("scientist-interview")
    # The answer runs on into a paragraph with a figure: "no figure in the rest of the answer" is false.
    runs_on = interview.replace("It is a disgrace.", "It is a disgrace.\n\nOnly 12 of the 40 valleys have had any "
                                                     "money from the government.")
    # The interviewer's own question says the same: "someone else who confirms it" is defensible.
    claimed = interview.replace("Q: Are governments doing enough?",
                                "Q: Governments have been slow to act for years. Are they doing enough?")
    # "them" with nothing in the sentence that it stands for.
    pronoun = interview.replace("The response has been shamefully slow.",
                                "Sadly, the mountain villages are shamefully ignored by them.")
    for changed in (runs_on, claimed, pronoun):
        assert not list(speech_templates.asserted_claim(context(changed)))


def test_a_pronoun_whose_people_stand_before_it_in_the_sentence_is_still_asked():
    interview = text("scientist-interview").replace(
        "The response has been shamefully slow.", "Those who farm the valleys are denied a fair share of their water.")
    assert [c.question.evidence for c in speech_templates.asserted_claim(context(interview))] == [
        "Those who farm the valleys are denied a fair share of their water."]


def test_a_wish_is_no_claim_to_back():
    interview = text("scientist-interview").replace(
        "The response has been shamefully slow.", "I wish I could effectively reach the people in the valleys.")
    assert not list(speech_templates.asserted_claim(context(interview)))


def test_a_present_need_is_no_record_of_what_was_done():
    assert not speech_templates.RECORD.search("I need 500 more volunteers on the east side this spring.")
    assert speech_templates.RECORD.search("We opened two clinics in 2019.").group("verb") == "opened"


def test_a_best_known_that_ends_the_speech_is_asked_too():
    eulogy = text("eulogy")
    last = [s.text for s in context(eulogy).article.sentences if "I have ever known" in s.text][0]
    ending = eulogy.replace(last, "").rstrip() + "\n\n" + last + "\n"  # the same tribute, ending on it
    (known,) = [c.question for c in speech_templates.best_ever_backing(context(ending))]
    assert known.template == "best-known"


def test_a_briefing_asks_of_the_officials_answers_and_names_the_briefing():
    pack = generate_pack(text("press-briefing"), seed=1)
    group = next(q for q in pack.questions if q.template == "whole-group")
    assert group.prompt == ("In the briefing, Maria Delgado answers: “Everyone in the region wants this ceasefire to last.” "
                            "What evidence does Maria Delgado give for this claim about everyone in the region?")
    assert "No poll or survey is named in the briefing." in group.feedback.values()
    premise = next(q for q in pack.questions if q.template == "question-premise")
    assert premise.prompt.startswith("Farah Haddad, from the Daily Courier, asks Maria Delgado:")
    stake = next(q for q in pack.questions if q.template == "interview-stake")
    assert stake.prompt.startswith("Maria Delgado answers the questions in this briefing.")
    mine = ("whole-group", "question-premise", "interview-stake", "asserted-claim", "promise-or-record", "other-side-retold",
            "claim-put-to-guest", "answer-estimate")
    assert not any("interview" in q.prompt for q in pack.questions if q.template in mine)


def test_everyone_in_a_place_is_a_whole_group_but_not_everyone_named_apart():
    speech = text("campaign-speech").replace("The people of this city want a mayor who will listen.",
                                             "Everyone in this city wants a mayor who will listen.")
    (question,) = [c.question for c in speech_templates.whole_group_claim(context(speech))]
    assert "this claim about everyone in this city?" in question.prompt


def test_a_retirement_tribute_asks_the_tie_the_best_ever_and_speaks_of_no_loss():
    pack = generate_pack(text("retirement-tribute"), seed=1)
    relation = next(q for q in pack.questions if q.template == "tribute-relation")
    assert relation.evidence == "I have worked beside Evelyn for nineteen years."
    assert "time of loss" not in relation.explanation and "a listener should expect" in relation.explanation
    best = next(q for q in pack.questions if q.template == "best-ever")
    assert best.evidence.startswith("Evelyn is the most dedicated nurse this hospital has ever had. In thirty-four years she")
    # A name the speech says once is no one the speaker honours: "I worked beside Tom" in passing.
    passing = text("retirement-tribute").replace("I have worked beside Evelyn for nineteen years.",
                                                 "I have worked beside Tom Reyes for nineteen years.")
    assert not any("Tom" in c.question.prompt for c in speech_templates.tribute_relation(context(passing)))


INTERVIEW_OF_A_FRIEND = """Remembering a teacher: an interview with her colleague

Mara Quill taught history at Lakeview School for thirty years. Our reporter Ben Cole asked her friend and colleague, Ruth Amsel, about her.

Ben Cole: She was the finest teacher this school has ever had, people say. Is that fair?

Ruth Amsel: I think so. Mara was the finest teacher this school has ever known. She taught more than four thousand pupils and won the county teaching prize three times.

Ben Cole: What was she like outside the classroom?

Ruth Amsel: Mara was the kindest woman I have ever met. She never forgot a birthday.

Ben Cole: What will the school do now?

Ruth Amsel: We will name the library after her next spring.
"""


def test_an_interview_answer_asks_what_backs_the_best_ever_and_names_who_answers():
    offered = [c.question for c in speech_templates.best_ever_backing(context(INTERVIEW_OF_A_FRIEND))]
    assert [q.template for q in offered] == ["best-ever", "best-known"]
    best, known = offered
    assert best.prompt.startswith("In the interview, Ruth Amsel answers: “Mara was the finest teacher this school has ever known.” "
                                  "It goes on: “She taught more than four thousand pupils")
    assert "Ruth Amsel would need to compare with others" in best.explanation
    assert known.prompt == ("In the interview, Ruth Amsel answers: “Mara was the kindest woman I have ever met.” What do the "
                            "words “I have ever met” tell a reader about this claim?")
    assert known.answer == "That it is Ruth Amsel's judgement from Ruth Amsel's own life, which no one else can check"
    assert not any("speaker" in q.explanation for q in offered)
    assert not any("people say" in q.evidence for q in offered)  # the question's words are not an answer


MINE = ("whole-group", "question-premise", "interview-stake", "asserted-claim", "promise-or-record", "other-side-retold",
        "claim-put-to-guest", "answer-estimate", "best-ever", "best-known", "hearsay", "unnamed-others", "given-as-known",
        "tribute-relation", "example-for-praise", "own-record", "future-verdict", "rhetorical-question")


def test_a_call_transcript_full_of_thanks_is_still_asked_as_a_briefing_of_questions_and_answers():
    call = text("health-call")
    kind = read_facts(parse_article(call)).kind  # every reporter's "Thank you" would read as a speech's
    assert kind.kind == "interview" and "of its turns are questions put to a guest who answers" in kind.signals[-1]
    asked = [q for q in generate_pack(call, seed=1).questions if q.template in MINE]
    assert {q.template for q in asked} >= {"question-premise", "answer-estimate", "claim-put-to-guest"}
    assert "whole-group" not in {q.template for q in asked}  # "Every parent wants to keep their children safe": a truism
    assert not any("speech" in q.prompt or "the speaker" in q.prompt for q in asked)
    put = next(q for q in asked if q.template == "claim-put-to-guest")
    assert put.prompt.startswith("Priya Nair, from the Western Ledger, asks Helen Sato: “Dr. Sato, parents in Hollis County say")
    assert put.answer.endswith("no one on that side is named, and none of their words are quoted")
    # A reporter's "Some doctors warn ..." is theirs to pass on, not the reporter's own premise.
    assert not any(q.template == "question-premise" and "doctors warn" in q.prompt for q in asked)


def test_praise_then_a_deed_in_a_guests_answer_asks_what_the_example_does_and_names_the_guest():
    generous = INTERVIEW_OF_A_FRIEND.replace(
        "Mara was the kindest woman I have ever met. She never forgot a birthday.",
        "Mara was always generous. She paid for the school trip of every child who could not afford it.")
    (question,) = [c.question for c in speech_templates.example_for_praise(context(generous))]
    assert question.prompt == ("In the interview, Ruth Amsel answers: “Mara was always generous.” and then: “She paid for "
                               "the school trip of every child who could not afford it.” What does the second sentence do "
                               "for the first?")
    assert question.answer.startswith("It gives an example, as Ruth Amsel tells it")
    assert "one Ruth Amsel chose to tell" in question.explanation
    she = generous.replace("Mara was always generous.", "She was always generous.")
    assert not list(speech_templates.example_for_praise(context(she)))  # in an interview, "she" may be anyone


def test_a_tribute_tie_may_be_years_of_knowing_and_praise_may_name_what_the_person_was():
    tribute = text("retirement-tribute").replace("I have worked beside Evelyn for nineteen years.", "I have known Evelyn since 2005.")
    tribute = tribute.replace("Evelyn was always patient. She sat", "Evelyn was a patient woman. Every night on the ward, she sat")
    ties = [c.question.evidence for c in speech_templates.tribute_relation(context(tribute))]
    assert "I have known Evelyn since 2005." in ties
    (example,) = [c.question for c in speech_templates.example_for_praise(context(tribute))]
    assert example.prompt.startswith("In the speech, the speaker says: “Evelyn was a patient woman.” and then: “Every night on "
                                     "the ward, she sat")
    job = tribute.replace("Evelyn was a patient woman.", "Evelyn was a nurse.")
    assert not list(speech_templates.example_for_praise(context(job)))  # a job is no praise


def test_a_claim_to_be_the_only_one_with_a_record_asks_what_checking_it_needs():
    speech = text("campaign-speech").replace("I believe in this city.",
                                             "I am the only candidate in this race who has run a business, and I know what it costs.")
    (question,) = [c.question for c in speech_templates.only_one(context(speech))]
    assert question.prompt.endswith("What would listeners need to know to check the claim “I am the only candidate in this "
                                    "race who has run a business”?")
    assert question.answer == "What is true of the other candidates too: the claim says that none of them can say the same"
    assert "Nothing: it is an opinion, so it cannot be checked" in question.feedback
    belief = text("campaign-speech").replace("I believe in this city.", "I am the only candidate who believes in this city.")
    assert not list(speech_templates.only_one(context(belief)))  # a belief is no record to check


def test_what_another_meant_to_do_as_the_speaker_reads_it_asks_whose_reading_it_is():
    speech = text("campaign-speech").replace("I believe in this city.",
                                             "The current council tried to hide the cost of the garage from voters.")
    (question,) = [c.question for c in speech_templates.motive_read(context(speech))]
    assert question.prompt == ("In the speech, the speaker says that “The current council tried to hide the cost of the garage "
                               "from voters”. What do the words “tried to hide” give?")
    assert question.answer == "The speaker's own reading of what the current council meant to do"
    assert "No one can see another's aims" in question.explanation
    own = text("campaign-speech").replace("I believe in this city.", "I tried to hide my nerves from the voters.")
    assert not list(speech_templates.motive_read(context(own)))  # the speaker's own aims are theirs to tell


def test_a_tribute_tie_may_be_work_done_together_or_pride_in_a_friend():
    for tie in ("Evelyn and I worked together on the night shift for twelve years.", "I was proud to call her my friend."):
        tribute = text("retirement-tribute").replace("I have worked beside Evelyn for nineteen years.", tie)
        assert tie in [c.question.evidence for c in speech_templates.tribute_relation(context(tribute))]


def test_an_official_introduced_by_a_post_at_an_unnamed_body_is_asked_as_an_insider_of_the_briefing():
    stake = next(q for q in generate_pack(text("health-call"), seed=1).questions if q.template == "interview-stake")
    assert stake.prompt.startswith("Helen Sato answers the questions in this briefing.")
    assert stake.evidence.startswith("Our teams have opened twelve vaccination clinics")  # an answer's second paragraph
    assert not any("interviewer" in c for c in stake.choices)


@pytest.mark.parametrize("retold", ["Some say the city cannot afford these plans.",
                                    "Some people say the city cannot afford these plans.",
                                    "Others claim the city cannot afford these plans."])
def test_what_unnamed_some_say_is_not_asked_as_the_other_sides_case(retold):
    # "Some people" are no side a listener could go and hear: the speaker sets them up to knock them down.
    speech = text("campaign-speech").replace("My opponent says the city cannot afford these plans.", retold)
    assert retold in speech
    assert not list(speech_templates.other_side_retold(context(speech)))


def test_a_speaker_who_did_not_know_the_person_claims_no_tie():
    # "I didn't know Evelyn, but I knew Evelyn": the speaker knew the kind of woman, not the woman.
    tie = "I didn't know Evelyn well, but I knew Evelyn the way you know every good nurse."
    tribute = text("retirement-tribute").replace("I have worked beside Evelyn for nineteen years.", tie)
    assert tie not in [c.question.evidence for c in speech_templates.tribute_relation(context(tribute))]


def test_a_briefing_asks_how_a_claim_is_put_to_the_guest_once():
    assert templates(generate_pack(text("press-briefing"), seed=1)).count("claim-put-to-guest") == 1


def test_a_guests_own_pledge_is_asked_as_a_promise_not_as_a_forecast_a_study_could_back():
    asked = templates(generate_pack(text("mayor-interview"), seed=1))
    assert "promise-or-record" in asked


def test_a_group_said_to_want_the_good_of_those_in_its_care_is_a_truism_not_a_whole_group_claim():
    base = text("campaign-speech").replace("The people of this city want a mayor who will listen.",
                                           "Every parent wants to keep their children safe.")
    assert not list(speech_templates.whole_group_claim(context(base)))
    best = base.replace("wants to keep their children safe", "wants the best for their children")
    assert not list(speech_templates.whole_group_claim(context(best)))


def test_a_verb_in_a_reporters_question_is_not_asked_as_the_speakers_choice():
    call = text("health-call")
    assert not [c for c in language.speech_verb(context(call)) if "doctors warn" in c.question.evidence]
    assert "speech-verb" not in templates(generate_pack(call, seed=1))


@pytest.mark.parametrize(("claim", "others"), [
    ("I am the only candidate in this country who has run a business", "the other candidates"),
    ("We are the only party in the race that has run a business", "the other parties"),
    ("I am the only person on this ballot who has run a business", "the other people"),
])
def test_the_others_a_claim_to_be_the_only_one_compares_with_are_named_in_the_plural(claim, others):
    speech = text("campaign-speech").replace("I believe in this city.", f"{claim}, and I know what it costs.")
    (question,) = [c.question for c in speech_templates.only_one(context(speech))]
    assert question.answer.startswith(f"What is true of {others} too")


@pytest.mark.parametrize("closing", [
    "God bless you all, and go build a wonderful future together.",
    "Good night, and may your wonderful families stay safe.",
    "Thank you all for a wonderful evening.",
])
def test_a_blessing_thanks_or_sign_off_is_no_claim_that_wants_evidence(closing):
    end = "On November 7, vote Alvarez for mayor. Thank you, and God bless Millbrook."
    claim = "The council's plan for the river was a disgraceful waste."
    assert [c.question.evidence for c in speech_templates.asserted_claim(context(text("campaign-speech").replace(end, claim)))] == [claim]
    assert not list(speech_templates.asserted_claim(context(text("campaign-speech").replace(end, closing))))
