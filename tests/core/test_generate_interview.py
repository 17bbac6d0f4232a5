"""Interviews, turn by turn: the claim a question stands on, and whose turn a question read
out in quotation marks is."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import generate_pack
from quiz.core.generate.common import Context
from quiz.core.generate.interview import answer_estimate, claim_put_to_guest, question_premise, second_hand_answers

PANEL = """Three experts on the floods in the valley

Valley Times: The floods this week were the worst the valley has seen in a century. Is the council ready for the clean-up?

Hale: I don't have enough information to answer that, one way or the other.

Moss: The council has hired two hundred extra workers and opened three shelters, so it looks ready to me.

Pike: From what I read in the papers, the council was slow to warn people.

Valley Times: Will the river rise again this month?

Hale: Rivers in the valley usually fall quickly once the rain stops, because the soil drains well in spring.

Moss: Probably not, unless the storms come back.
"""


def offered(template, text):
    article = parse_article(text)
    return list(template(Context(article, read_facts(article), random.Random(1))))


def test_a_question_that_stands_on_a_statement_asks_whose_claim_the_statement_is():
    (candidate,) = offered(question_premise, PANEL)
    asked = candidate.question
    assert asked.prompt.startswith("Valley Times asks the guests: “The floods this week were the worst the valley has "
                                   "seen in a century. Is the council ready")
    assert asked.answer == "Valley Times' own: the question states it, and gives no source for it"
    assert "The guests': it is part of their answers" in asked.choices
    assert asked.evidence.startswith("Valley Times: The floods") and asked.evidence.endswith("clean-up?")
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}
    assert "the question gives no source for it. The guests are asked only what follows it" in asked.explanation
    assert "question-premise" in {q.template for q in generate_pack(PANEL, seed=1).questions}


def test_a_statement_the_question_gives_to_someone_else_or_a_greeting_is_no_premise_of_the_interviewer():
    said = PANEL.replace("The floods this week were", "The mayor said the floods this week were")
    assert not offered(question_premise, said)
    greeting = PANEL.replace("The floods this week were the worst the valley has seen in a century.",
                             "Thank you all for taking our questions this morning.")
    assert not offered(question_premise, greeting)
    one_sentence = PANEL.replace("in a century. Is the council", "in a century; is the council")
    (candidate,) = offered(question_premise, one_sentence)
    assert candidate.question.explanation.startswith("The first part is Valley Times' own statement")
    paraphrase = PANEL.replace("The floods this week were", "You mentioned that the floods this week were")
    assert not offered(question_premise, paraphrase)


READ_OUT = """Minister Ruth Kane takes questions from listeners

QUESTION: Thank you for joining us, Minister. Our first question comes from Tom Ward, a farmer: “The new rules on water cost farms thousands of pounds. Will you change them?”

MINISTER KANE: We have listened to farmers, and we will look at the rules again in the spring.

QUESTION: Our next question is from Lisa Green: “When will the new train line open?”

MINISTER KANE: The line will open in 2027, as planned.

QUESTION: And our last question: “Will you stand again at the next election?”

MINISTER KANE: That is for the voters and my party to decide.
"""


def test_a_question_read_out_in_quotation_marks_is_the_interviewers_turn_not_an_answer():
    turns = [t for t in read_facts(parse_article(READ_OUT)).facts if t.kind == "turn"]
    assert {t.data["label"]: t.data["role"] for t in turns} == {"QUESTION": "interviewer", "MINISTER KANE": "interviewee"}
    assert [t.data["question"] for t in turns if t.data["label"] == "QUESTION"] == [True, True, True]


BRIEFING = """Press briefing on the harbour strike

Port spokesperson Sam Lane took questions from reporters on Friday.

MR LANE: Good morning. I will take a few questions.

QUESTION: Thank you, Sam. Ana Ruiz from the Coast Herald. The strike has already cost the port two million dollars. When will the talks start again?

MR LANE: The talks start again on Monday, and we expect a deal by the end of the month.

QUESTION: Ben Ito, Radio Nine. One more on the talks. Will the union be at the table?

MR LANE: Yes, both sides will be there.

QUESTION: The union says the port broke its promises. Is that true?

MR LANE: No. We kept every promise we made in the last contract.
"""


def test_several_reporters_each_ask_under_their_own_name_and_outlet():
    (candidate,) = offered(question_premise, BRIEFING)
    asked = candidate.question
    assert asked.prompt.startswith("Ana Ruiz, from the Coast Herald, asks Sam Lane: “The strike has already cost the port "
                                   "two million dollars. When will the talks start again?”")
    assert asked.answer == "Ana Ruiz's own: the question states it, and gives no source for it"
    assert asked.evidence == "The strike has already cost the port two million dollars. When will the talks start again?"
    article = parse_article(BRIEFING)
    turns = [f for f in read_facts(article).facts if f.kind == "turn"]
    assert [t.data.get("asker") for t in turns if t.data["role"] == "interviewer"] == ["Ana Ruiz", "Ben Ito", None]
    assert turns[3].data["outlet"] == "Radio Nine"


CALL = """Conference call on the new vaccine plan

OPERATOR: Our first question comes from Dana Holt of the Valley Gazette. Please go ahead.

QUESTION: The plan came two months late. Why did it take so long?

DR. MORA: We wanted to get the plan right, and we consulted every county.

QUESTION: Will the counties get more money?

DR. MORA: Yes, each county gets more money next year.

OPERATOR: Our next question comes from Raj Patel with City Radio.

QUESTION: How many doses have arrived so far?

DR. MORA: About forty thousand doses have arrived.
"""


def test_the_host_of_a_call_names_each_reporter_and_is_no_guest():
    article = parse_article(CALL)
    turns = [f for f in read_facts(article).facts if f.kind == "turn"]
    assert [t.data["role"] for t in turns][:2] == ["host", "interviewer"]
    assert [t.data.get("asker") for t in turns if t.data["role"] == "interviewer"] == ["Dana Holt", "Dana Holt", "Raj Patel"]
    (candidate,) = offered(question_premise, CALL)
    assert candidate.question.prompt.startswith("Dana Holt, from the Valley Gazette, asks")


SHOP = """Inside the repair café

The Fixit Café in Dunmore mends broken things for free every Saturday. We spoke to its founder, Olga Brandt.

Reporter: How busy are you?

Olga Brandt: Very busy. We mend roughly 150 things on a Saturday, mostly lamps, toasters and bicycles. People queue from nine in the morning.

Reporter: Who does the mending?

Olga Brandt: Volunteers. We have 30 or 40 of them, and most are retired engineers.

Reporter: What comes next?

Olga Brandt: We will open a second café next year.
"""


def test_a_rounded_figure_in_an_answer_asks_what_kind_of_figure_it_is():
    (candidate,) = offered(answer_estimate, SHOP)
    asked = candidate.question
    assert asked.prompt == ("In the interview, Olga Brandt answers: “We mend roughly 150 things on a Saturday, mostly lamps, "
                            "toasters and bicycles.” What kind of figure is “roughly 150”?")
    assert asked.answer == "Olga Brandt's own estimate: no count or record is given for it"
    assert asked.explanation.startswith("The word “roughly” shows that the figure is rough, and Olga Brandt names no count")
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}
    ranged = SHOP.replace("We mend roughly 150 things", "We mend 150 things")
    (candidate,) = offered(answer_estimate, ranged)
    assert "What kind of figure is “30 or 40”?" in candidate.question.prompt
    assert candidate.question.explanation.startswith("The range from 30 to 40 shows")


def test_a_figure_from_records_or_still_to_come_is_no_estimate_of_the_guests():
    recorded = SHOP.replace("Very busy.", "Our records show it.").replace("We have 30 or 40 of them", "We have 35 of them")
    assert not offered(answer_estimate, recorded)
    ahead = SHOP.replace("We mend roughly 150 things", "We will mend roughly 150 things").replace(
        "We have 30 or 40 of them", "We have 35 of them")
    assert not offered(answer_estimate, ahead)
    shared = SHOP.replace("We mend roughly 150 things on a Saturday", "About 70 percent of what we mend is lamps").replace(
        "We have 30 or 40 of them", "We have 35 of them")
    assert not offered(answer_estimate, shared)  # a rounded share of what was counted, not the guest's guess
    counted = SHOP.replace("We mend roughly 150 things", "The Repair Association logged roughly 150 things").replace(
        "We have 30 or 40 of them", "We have 35 of them")
    assert not offered(answer_estimate, counted)  # a body's count, rounded
    asked = SHOP.replace("Reporter: How busy are you?", "Reporter: You mend roughly 150 things a week. How busy are you?")
    assert "150" not in offered(answer_estimate, asked)[0].question.prompt  # the question gave it first


def test_the_insiders_question_leaves_the_sentence_with_a_figure_to_the_figures_question():
    team = SHOP.replace("We mend roughly 150 things", "Our volunteers mend roughly 150 things").replace(
        "most are retired engineers.", "most are retired engineers. Our repair team meets on Fridays.")
    pack = generate_pack(team, seed=1)
    stake = next(q for q in pack.questions if q.template == "interview-stake")
    assert stake.evidence == "Our repair team meets on Fridays."
    assert "answer-estimate" in {q.template for q in pack.questions}


def test_a_side_the_question_calls_or_accuses_is_not_the_interviewers_premise():
    called = PANEL.replace("The floods this week were the worst the valley has seen in a century.",
                           "Your critics call the clean-up a disaster for the valley.")
    assert not offered(question_premise, called)


def test_a_claim_the_question_puts_to_the_guest_asks_how_the_text_gives_that_side():
    critics = BRIEFING.replace("The strike has already cost the port two million dollars.",
                               "Critics in the city say the port has ignored the workers for years.")
    (first, second) = [c.question for c in offered(claim_put_to_guest, critics)]
    assert first.prompt == ("Ana Ruiz, from the Coast Herald, asks Sam Lane: “Critics in the city say the port has ignored "
                            "the workers for years. When will the talks start again?” How does the briefing give the "
                            "claim of critics in the city?")
    assert first.answer == ("Only in Ana Ruiz's short summary: no one on that side is named, and none of their words are "
                            "quoted")
    assert "with no one named, and the answer that follows is Sam Lane's." in first.explanation
    assert second.prompt.startswith("A reporter asks Sam Lane: “The union says the port broke its promises. Is that true?”")
    assert second.answer == "Only in a reporter's short summary: the words of the union are not quoted"
    assert set(second.feedback) == set(second.choices) - {second.answer}
    quoted = critics.replace("the port broke its promises.", "“the port broke its promises.”")
    (asked,) = offered(claim_put_to_guest, quoted)  # the side quoted in its question gives its own words
    assert "critics in the city" in asked.question.prompt
    answered = critics.replace("MR LANE: The talks start again", "MR LANE: As one critic told me, “nobody listens.” The talks "
                                                                  "start again")
    assert not offered(claim_put_to_guest, answered)  # a guest who quotes may give that side's words
    report = critics.replace("The union says the port broke", "The report says the port broke")
    assert len(offered(claim_put_to_guest, report)) == 1  # a report is a record, not a side


def test_a_group_with_a_capital_is_a_side_but_a_named_person_is_left_to_whose_account():
    nation = BRIEFING.replace("The strike has already cost the port two million dollars.",
                              "The Danish shipping companies say the strike has cost them a fortune.")
    assert "claim of the Danish shipping companies?" in offered(claim_put_to_guest, nation)[0].question.prompt
    person = BRIEFING.replace("The strike has already cost the port two million dollars.",
                              "The city's mayor Joan Whitby says the strike has cost the city a fortune.").replace(
        "The union says the port broke its promises.", "The mayor, Joan Whitby, says the port broke its promises.")
    assert not offered(claim_put_to_guest, person)


def test_an_answer_runs_on_over_paragraphs_with_no_label_but_not_past_a_heading_or_the_last_turn():
    runs_on = SHOP.replace("People queue from nine in the morning.",
                           "People queue from nine in the morning.\n\nWe fixed about 40 bicycles last month alone.").replace(
        "We mend roughly 150 things", "We mend 150 things").replace("We have 30 or 40 of them", "We have 35 of them")
    (candidate,) = offered(answer_estimate, runs_on)
    assert candidate.question.prompt.startswith("In the interview, Olga Brandt answers: “We fixed about 40 bicycles")
    headed = runs_on.replace("\n\nWe fixed about 40", "\n\nThe volunteers\n\nWe fixed about 40")
    assert not offered(answer_estimate, headed)  # after a heading, the words are the writer's again
    last = runs_on.replace("\n\nWe fixed about 40 bicycles last month alone.", "") + "\nWe fixed about 40 bicycles last month alone.\n"
    assert not offered(answer_estimate, last)  # what follows the last answer may be the writer's


ROUND_TABLE = """Four doctors on the new hospital

The Riverside Post asked four local doctors about the plan to close the old hospital.

Riverside Post: Will the new hospital be ready on time?

Dr. Amis: From what I have read in the papers, the builders are two months behind.

Dr. Bello: I visit the site every week, and the walls are up on every floor.

Dr. Costa: I am told that the wards will open in stages, so some will be late.

Dr. Dunn: The date was set by the health board, and I have no reason to doubt it.

Riverside Post: Thank you all.
"""


def test_one_question_to_a_panel_asks_which_guests_answer_from_reports_or_hearsay():
    (candidate,) = offered(second_hand_answers, ROUND_TABLE)
    asked = candidate.question
    assert asked.type == "multi"
    assert asked.prompt.startswith("Riverside Post puts one question to 4 guests: “Will the new hospital be ready on time?”")
    assert sorted(asked.answer) == ["Amis", "Costa"]
    assert sorted(asked.choices) == ["Amis", "Bello", "Costa", "Dunn"]
    assert "Amis (“From what I have read”) and Costa (“I am told”) say" in asked.explanation
    assert set(asked.feedback) == {"Bello", "Dunn"}
    # Only the guests among the choices are said to answer first-hand: one left out may lean on reports too.
    assert asked.explanation.endswith("Bello and Dunn answer without saying they rely on reports.")
    fewer = ROUND_TABLE.replace("Dr. Dunn: The date was set", "Dr. Dunn: According to the board, the date was set")
    assert not offered(second_hand_answers, fewer)  # two who rely on others and one who does not: too few to choose from


def test_every_guest_who_leans_on_reports_is_a_key_and_one_who_does_not_know_is_not_said_to_answer():
    # Round 42 of the review: a fourth guest relying on reports was left out of the choices, and
    # guests who said they did not know were said to "answer without relying on reports".
    panel = ROUND_TABLE.replace("four local doctors", "six local doctors").replace(
        "\n\nRiverside Post: Thank you all.",
        "\n\nDr. Evans: From all reports that I have seen, the roof is finished.\n\n"
        "Dr. Fox: I don't have enough information to answer this question.\n\nRiverside Post: Thank you all.")
    panel = panel.replace("Dr. Dunn: The date was set by the health board, and I have no reason to doubt it.",
                          "Dr. Dunn: News reports say the lifts have not been delivered.")
    (candidate,) = offered(second_hand_answers, panel)
    asked = candidate.question
    assert sorted(asked.answer) == ["Amis", "Costa", "Dunn", "Evans"]
    assert sorted(set(asked.choices) - set(asked.answer)) == ["Bello", "Fox"]
    assert "Bello answers without saying the answer relies on reports" in asked.explanation
    assert "Fox (“I don't have enough information to answer this question”) says they do not know enough" in asked.explanation
    assert "Fox" not in asked.explanation.split("Bello answers")[1].split(".")[0]


def test_a_guest_who_only_mentions_the_web_is_no_second_hand_source():
    online = ROUND_TABLE.replace("Dr. Bello: I visit the site every week, and the walls are up on every floor.",
                                 "Dr. Bello: Our clinic books patients online, and the new wards will help.")
    online = online.replace("\n\nRiverside Post: Thank you all.",
                            "\n\nDr. Evans: The cranes left the site last week, so the heavy work is done.\n\nRiverside Post: Thank you all.")
    (candidate,) = offered(second_hand_answers, online)
    assert sorted(candidate.question.answer) == ["Amis", "Costa"]
    assert "Bello" not in candidate.question.choices  # "online" leans on no one, but may read as if it did


def test_a_document_that_says_something_is_no_side_put_to_the_guest():
    letter = BRIEFING.replace("The union says the port broke its promises.", "The letter says the port broke its promises.")
    assert not any("letter" in c.question.prompt for c in offered(claim_put_to_guest, letter))


def test_a_question_turn_that_asks_twice_is_read_up_to_its_first_question():
    twice = BRIEFING.replace("When will the talks start again?", "When will the talks start again? And who will lead them?")
    (candidate,) = offered(question_premise, twice)
    assert candidate.question.evidence == ("The strike has already cost the port two million dollars. When will the talks "
                                           "start again?")


def test_a_premise_the_guest_confirms_is_not_said_to_have_no_evidence_in_the_interview():
    text = PANEL.replace("I don't have enough information to answer that, one way or the other.",
                         "We saw the river rise higher than ever, and we warned the council twice.")
    (candidate,) = offered(question_premise, text)
    explanation = candidate.question.explanation
    assert "the question gives no source for it" in explanation
    assert "gives no evidence" not in explanation and "not as something" not in explanation


def test_a_guests_claim_about_another_body_asks_on_what_basis_it_is_made():
    from pathlib import Path

    from quiz.core.generate.speech import claim_about_others
    text = (Path(__file__).parent / "texts" / "bakery-owner-interview.txt").read_text(encoding="utf-8")
    (asked,) = [c.question for c in offered(claim_about_others, text)]
    assert asked.prompt == ("In the interview, Tomas Berg answers: “The big supermarket chains only care about profit and "
                            "never pay their suppliers on time.” On what basis does Tomas Berg say this about the big "
                            "supermarket chains?")
    assert asked.answer == "None given: it is Tomas Berg's own account, and the big supermarket chains are not heard"
    assert "Figures Tomas Berg gives in the same answer" in asked.choices


OWN_BODY = """Q&A: The water agency on the summer drought

Ruth Ames is the director of the Regional Water Agency. She answered our questions about the drought.

Q: Are you ready for the summer?

Ames: The agency has always planned better than anyone expected. The big water companies never fix their leaking pipes in a dry year.

Q: What about the water companies?

Ames: The big water companies only repair their pipes when the newspapers complain.
"""


def test_a_guests_own_body_or_an_answer_with_a_figure_gets_no_claim_about_others():
    from quiz.core.generate.speech import claim_about_others
    # "The agency" is the guest's own, named in the introduction: it describes itself from inside.
    (asked,) = [c.question for c in offered(claim_about_others, OWN_BODY)]
    assert asked.evidence == "The big water companies never fix their leaking pipes in a dry year."
    # A figure anywhere in the answer may be the claim's basis, where the claim opens the answer too.
    counted = OWN_BODY.replace(" The big water companies never fix their leaking pipes in a dry year.", "").replace(
        "when the newspapers complain.", "when the newspapers complain. We hired 40 engineers.")
    assert offered(claim_about_others, counted) == []
    assert offered(claim_about_others, counted.replace(" We hired 40 engineers.", ""))
    # A figure told in words is a figure too: "doubled" may be the basis.
    assert offered(claim_about_others, counted.replace("We hired 40 engineers.", "Our repair bill doubled.")) == []


def test_an_answer_that_gives_a_figure_in_words_is_not_said_to_have_no_figure_beside_its_claim():
    from quiz.core.generate import speech
    text = ("Q&A: A florist on the cost of power\n\n"
            "Ida Moss has run the Rose Stall on Bridge Street since she left school. She spoke with our reporter.\n\n"
            "Q: What worries you most?\n\n"
            "Moss: Energy. Our gas bill doubled in two years, and the cold room runs all night. Everyone knows that "
            "small shops pay more for power than the big chains.\n\n"
            "Q: Any plans?\n\n"
            "Moss: We will keep the stall open on Sundays.")
    for candidate in offered(speech.whole_group_claim, text) + offered(speech.given_as_known, text):
        assert "No figure stands beside the claim." not in candidate.question.feedback.values()
    # With no figure in the answer, the claim is asked, and the feedback is true of it.
    plain = text.replace("Our gas bill doubled in two years, and the cold room runs all night.",
                         "The cold room runs all night.")
    (asked,) = [c.question for c in offered(speech.whole_group_claim, plain)]
    assert "No figure stands beside the claim." in asked.feedback.values()
    # A bare count beside it ("the two ovens") measures nothing the claim could rest on.
    counted = text.replace("Our gas bill doubled in two years, and the cold room runs all night.",
                           "The two cold rooms run all night.")
    assert [c.question for c in offered(speech.whole_group_claim, counted)]


QANDA = """Q&A: Why the Riverton bakery is opening at night

Interview by Sam Whitlock

For 30 years the Corner Bakery has opened at six in the morning. This month its owner, Ada Brennan, started opening from ten at night until two. We spoke to her at the bakery.

Q: Why open at night?

A: Because that is when the hospital shifts change. We sell about 200 loaves a night now, roughly as many as we sell in a morning.

Q: Some neighbours have complained about the noise from deliveries. What do you say to them?

A: I understand it. We have moved the deliveries to the back lane, and the vans now switch off their engines.

Q: Will you keep it going?

A: We will see how the winter goes, but I would like to.
"""


def test_a_q_and_a_names_its_answers_by_the_one_person_its_introduction_names():
    # "A: ..." is Ada Brennan's answer: the by-line's Sam Whitlock asks, and "A" is no one's name.
    (estimate,) = [c.question for c in offered(answer_estimate, QANDA)]
    assert estimate.prompt.startswith("In the interview, Ada Brennan answers: “We sell about 200 loaves")
    two_named = QANDA.replace("We spoke to her at the bakery.", "Her partner, Tom Reyes, bakes the bread.")
    assert all("Ada Brennan" not in c.question.prompt for c in offered(answer_estimate, two_named))


def test_a_side_that_has_complained_is_named_without_its_have():
    (put,) = [c.question for c in offered(claim_put_to_guest, QANDA)]
    assert put.prompt.endswith("How does the interview give the claim of some neighbours?")
    assert put.explanation.startswith("“Some neighbours have complained” gives the claim to some neighbours,")


BARE_QA = """Q&A: Mayor Ruth Kane on the new ferry

Mayor Ruth Kane has run Porthaven for six years. Our reporter Sam Lee met her at the harbour.

Why does the town need a second ferry?

We carry twice as many passengers as we did in 2015, and the old boat breaks down every winter. I have seen people wait three hours on the quay.

Who will pay for it?

Most of the money comes from the port fund. We will not raise the harbour charge.

Critics say the ferry will lose money every year. Are they wrong?

I think they are wrong. Our own officers expect it to pay its way within five years.

The council meets on Monday.
"""

FACT_SHEET = """Fact sheet: The Harbour Fund

Who can apply?

Fishing firms and boat owners registered in the county can apply for a grant.

What will the money pay for?

Grants pay for new engines, safety gear and repairs to moorings.

When does it open?

The first grants will be paid in April. Applications close in June.
"""


def test_a_q_and_a_whose_questions_are_paragraphs_of_their_own_is_read_as_an_interview():
    article = parse_article(BARE_QA)
    facts = read_facts(article)
    assert facts.kind.kind == "interview"
    turns = [f for f in facts.facts if f.kind == "turn"]
    assert [t.data["role"] for t in turns] == ["interviewer", "interviewee"] * 3
    assert {t.data["speaker"] for t in turns if t.data["role"] == "interviewee"} == {"Ruth Kane"}
    assert turns[0].text == "Why does the town need a second ferry?"
    assert not any("The council meets" in t.text for t in turns)
    numbered = BARE_QA.replace("Why does the town", "1. Why does the town")
    assert [f for f in read_facts(parse_article(numbered)).facts if f.kind == "turn"][0].text.startswith("Why does")


def test_a_fact_sheet_that_asks_its_own_headings_is_no_interview():
    facts = read_facts(parse_article(FACT_SHEET))
    assert facts.kind.kind != "interview"
    assert not [f for f in facts.facts if f.kind == "turn"]
    # Its headings answered in its own "we", with no one introduced to answer them: no interview either.
    ours = FACT_SHEET.replace("Fishing firms and boat", "We help fishing firms and boat").replace(
        "Grants pay for", "Our grants pay for").replace("The first grants", "We will pay the first grants; they")
    assert not [f for f in read_facts(parse_article(ours)).facts if f.kind == "turn"]


FAQ = """New parking permits: your questions answered

Millbrook Council is changing its parking permits from April. Councillor Ann Cole, cabinet member for transport, said the change would make streets easier to park in.

What is changing?

From 1 April we will issue permits online instead of by post.

Why are you making the change?

Our paper permits cost the council £200,000 a year to print and send.

What if I have no computer?

You can call our office on Mill Road and we will set one up for you.
"""


def test_a_councils_faq_answered_in_its_we_is_no_interview_with_the_councillor_it_names():
    facts = read_facts(parse_article(FAQ))
    assert facts.kind.kind != "interview"
    assert not [f for f in facts.facts if f.kind == "turn"]
    # The same answers after an introduction that says she was put the questions are hers.
    asked = FAQ.replace("said the change would make streets easier to park in", "answered our readers' questions")
    assert [f for f in read_facts(parse_article(asked)).facts if f.kind == "turn"]


def test_a_question_asking_for_a_figure_answered_with_none_asks_what_the_answer_gives():
    from quiz.core.generate.interview import figure_not_given

    dodged = BARE_QA.replace("Who will pay for it?", "How much will the new ferry cost?").replace(
        "Most of the money comes from the port fund. We will not raise the harbour charge.",
        "We have not finished the sums yet, but it will be good value for the town.")
    (candidate,) = offered(figure_not_given, dodged)
    asked = candidate.question
    assert asked.prompt == ("The interviewer asks Ruth Kane: “How much will the new ferry cost?” The whole answer is: “We "
                            "have not finished the sums yet, but it will be good value for the town.” What does the answer give?")
    assert asked.answer == "No number at all: the figure asked for is not given"
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}
    # An answer that gives a figure, in digits or in words, answers the question asked.
    assert not offered(figure_not_given, dodged.replace("We have not finished the sums yet", "About four million pounds"))
    assert not offered(figure_not_given, dodged.replace("How much will the new ferry cost?", "Will the ferry be good value?"))
    # One that owns up and promises the figure is candid, not a way round the question.
    assert not offered(figure_not_given, dodged.replace("but it will be good value for the town", "but I will get back to you"))
    # Nor one that promises it at a time.
    assert not offered(figure_not_given, dodged.replace("but it will be good value for the town",
                                                        "but we will publish them before the election"))


def test_a_how_much_of_feeling_asks_for_no_figure():
    from quiz.core.generate.interview import figure_not_given

    felt = BARE_QA.replace("Who will pay for it?", "How much does the ferry mean to you?").replace(
        "Most of the money comes from the port fund. We will not raise the harbour charge.",
        "It is everything to me. I grew up on that quay.")
    assert not offered(figure_not_given, felt)
    # How much of time or money is a figure.
    spent = felt.replace("How much does the ferry mean to you?", "How much time do you spend on the ferry?")
    assert offered(figure_not_given, spent)


EPIDEMIOLOGIST = """Measles in the county: the state's top epidemiologist answers

The county has confirmed 37 cases of measles since January. Dr. Ana Ruiz, the state epidemiologist for the Department of Public Health, spoke with the Valley Ledger on Thursday.

Q: Where does the outbreak stand?

A: We have 37 confirmed cases, and the number of new cases each week has come down.

Q: Some parents say the department has been heavy-handed. How do you respond?

A: Exclusion from school is in the state code for exactly this situation, and it is temporary.
"""


def test_an_official_who_works_for_the_body_the_answers_defend_is_asked_about_as_speaking_for_it():
    from quiz.core.generate.kinds import interview_stake

    (candidate,) = offered(interview_stake, EPIDEMIOLOGIST)
    assert candidate.question.answer == "Ana Ruiz works for the Department of Public Health, so the answers speak for it"
