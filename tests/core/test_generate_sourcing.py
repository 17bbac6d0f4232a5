"""Sourcing: the chain of sources behind a claim, who is quoted most, and how the article
labels its sources. Every article here is invented for the test."""

import random
import re

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import generate_pack, generate_questions, kinds, sourcing, voices
from quiz.core.generate.attribution import own_words
from quiz.core.generate.whose_claim import stated_as_fact
from quiz.core.generate.common import Context, best_role, speaker_of, unnamed_label, with_article


def context(text: str) -> Context:
    article = parse_article(text)
    return Context(article, read_facts(article), random.Random(1))


def questions(template, text: str):
    return [c.question for c in template(context(text))]


RELAYED = (
    "Town hall records found in a park\n\n"
    "Council member Ann Price says staff at the planning office have complained to her that the records are kept "
    "in unlocked rooms.\n\n"
    "\"We have counted every box twice and nothing is missing,\" said Mark Olsen, the town clerk.\n\n"
    "Olsen said the boxes would be moved to a locked store on Monday.\n\n"
    "Ben Ode, a lawyer for the council, said no records had been lost in the past ten years.\n\n"
    "A council official said the park had been searched twice since the records were found."
)


def test_a_claim_a_named_person_relays_from_unnamed_people_is_not_asked_how_it_is_supported():
    ctx = context(RELAYED.replace("A council official said", "A council official spoke after the meeting. He said"))
    asked = [c.question.prompt for c in sourcing.support_kind(ctx)]
    assert asked, "the plain claims of the article are still asked about"
    assert not [p for p in asked if "unlocked rooms" in p], asked
    for claim in sourcing.unnamed_claims(ctx):
        assert not [c for c in claim.question.choices if "unlocked rooms" in c], "neither named nor unnamed alone"


def test_two_sources_over_one_claim_make_it_layered():
    ctx = context(
        "Bridge plan in doubt\n\n"
        "Officials close to the governor say the plan for the new river bridge will be dropped next year, according "
        "to the Associated Press.\n\n"
        "\"We were never asked about the bridge,\" said Maria Lopez, who runs a ferry service on the river.")
    over_the_bridge = [s for s in ctx.of_kind("source") if "river bridge" in s.text]
    assert {s.data["source_kind"] for s in over_the_bridge} >= {"outlet"}
    assert over_the_bridge and all(sourcing.layered(ctx, s) for s in over_the_bridge)
    lopez = [s for s in ctx.of_kind("source") if "never asked" in s.text]
    assert lopez and not sourcing.layered(ctx, lopez[0])


SPOKESMAN = (
    "Clinics to stay open\n\n"
    "A health ministry spokesman spoke to reporters on Monday. He said the clinics in the north of the country will stay "
    "open through the winter.\n\n"
    "\"We have enough staff for every clinic,\" said Dr Lena Park, who runs the clinic in Northbay.\n\n"
    "Park said the clinic had seen more patients this year than in any year before.\n\n"
    "Tom Reed, a nurse at the clinic, said the roads to the clinic were often closed by snow in January.\n\n"
    "A U.S. official spoke on Tuesday. He said the aid for the clinics would arrive before the end of the month."
)


def test_an_on_record_spokesperson_for_a_named_body_is_not_taught_as_an_anonymous_source():
    ctx = context(SPOKESMAN)
    (asked,) = [c.question for c in sourcing.support_kind(ctx) if "stay open" in c.question.prompt]
    assert asked.answer == "It names the organisation that says it"
    assert "It cites a source it does not name" not in asked.choices
    assert "on the record for the health ministry" in asked.explanation and "cannot check" not in asked.explanation
    assert ctx.label(ctx.of_kind("quote")[0].data["speaker"]) == "a health ministry spokesman"
    for claim in sourcing.unnamed_claims(ctx):
        assert "stay open" not in claim.question.answer


def test_a_spokesperson_for_the_department_or_for_a_person_is_named_right():
    # "for the the Department of Agriculture" once; a minister's own spokesperson speaks for no body.
    body = SPOKESMAN.replace("A health ministry spokesman spoke", "A spokesperson for the Department of Health spoke")
    (asked,) = [c.question for c in sourcing.support_kind(context(body)) if "stay open" in c.question.prompt]
    assert "on the record for the Department of Health:" in asked.explanation and "the the" not in asked.explanation
    person = SPOKESMAN.replace("A health ministry spokesman spoke", "A spokesperson for Whitcombe spoke")
    assert not [c for c in sourcing.support_kind(context(person))
                if "stay open" in c.question.prompt and c.question.answer == "It names the organisation that says it"]


def test_an_anonymous_official_is_still_a_source_the_article_does_not_name():
    asked = [q for q in questions(sourcing.support_kind, SPOKESMAN) if "aid for the clinics" in q.prompt]
    assert [q.answer for q in asked] == ["It cites a source it does not name"]


TIED = (
    "Veteran builds a sleep app\n\n"
    "Sam Hart was happy when he left for the army, his son Leo Hart says.\n\n"
    "\"I didn't like the change,\" Leo says. \"I did not know what was going on.\"\n\n"
    "Leo thought he could write a program that might help his father sleep.\n\n"
    "\"It was a bad time in my life,\" Sam Hart said.\n\n"
    "Sam said he had not slept so well in many years.\n\n"
    "Nurse Ana Cruz said the watch was now used by veterans in three states."
)


def test_a_quotation_that_goes_on_and_a_thought_are_not_counted_as_more_statements():
    ctx = context(TIED)
    assert voices.statements(ctx, ctx.claims_by_speaker["Leo Hart"]) == 2  # a quotation that goes on, a thought: no more


def test_a_role_keeps_the_organisation_the_person_works_for():
    assert best_role(["policy director", "policy director of AARP"]) == "policy director of AARP"
    assert best_role(["Korea expert", "Korea expert from the RAND Corporation"]) == "Korea expert from the RAND Corporation"
    assert best_role(["policy director at AARP, the lobby for older Americans that has millions of members"]) == (
        "policy director at AARP")
    assert with_article("Greenfield Bank's chief economist") == "Greenfield Bank's chief economist"
    assert with_article("AARP's policy director") == "AARP's policy director"


def test_a_role_takes_the_article_its_initials_are_said_with():
    # Capitals said as a word take "a"; said letter by letter, "an"; a capitalised office is one person's.
    assert with_article("NATO spokesman") == "a NATO spokesman"
    assert with_article("FBI agent") == "an FBI agent"
    assert with_article("ESA Administrator") == "the ESA Administrator"
    assert with_article("hospital administrator") == "a hospital administrator"


def test_an_unnamed_group_is_counted_by_its_head_noun():
    assert unnamed_label("senators and lobbyists close to the governor") == "unnamed senators and lobbyists close to the governor"
    assert unnamed_label("an aide close to the mayor") == "an unnamed aide close to the mayor"


TRANSCRIPT = (
    "Interview with the Secretary on the radio\n\n"
    "QUESTION: Mr. Secretary, thank you for joining us today. What did the President tell the Russian leader?\n\n"
    "SECRETARY BLINKEN: Well, President Biden told him that the strong response from the allies would continue for "
    "as long as it takes. He was very clear about that.\n\n"
    "QUESTION: And what comes next for the talks in the spring?\n\n"
    "SECRETARY BLINKEN: We will keep working with our partners on the talks and on the aid.\n\n"
    "QUESTION: Thank you very much, Mr. Secretary, for your time today.\n\n"
    "SECRETARY BLINKEN: Thank you. It was good to be with you and with your listeners."
)


def test_what_a_speaker_in_a_transcript_says_someone_said_is_the_speakers_account():
    ctx = context(TRANSCRIPT)
    (biden,) = [q for q in ctx.of_kind("quote") if "strong response" in q.text]
    assert biden.data["via"] == "Blinken"
    # Every word of a transcript is its speaker's: none is asked as the writer's summary.
    assert not [*own_words(ctx), *stated_as_fact(ctx)]
    assert not [c for c in sourcing.support_kind(ctx) if "strong response" in c.question.prompt]
    assert {t.data["speaker"] for t in ctx.of_kind("turn")} == {"Question", "Blinken"}


def test_words_taken_from_a_news_agency_are_asked_as_second_hand():
    text = (
        "Ferry service to close\n\n"
        "\"We carried more people this year than ever, and still the town wants us gone,\" Maria Lopez said, "
        "according to the Associated Press.\n\n"
        "The council will vote on the ferry in March.")
    (asked,) = questions(sourcing.second_hand, text)
    assert asked.answer == "From another news organisation, the Associated Press"
    assert "taken from the Associated Press's reporting" in asked.explanation


def test_a_long_role_keeps_its_first_office_and_a_title_alone_is_no_role():
    ctx = context(
        "Children short of iodine\n\n"
        "Professor Ann Hale, Director of the Northern Salt Study, and Chair of the Council for Better Food in Schools "
        "and Homes across the Region, says the children tested were short of iodine.\n\n"
        "Professor Hale says bakers could fix the problem by using iodised salt.\n\n"
        "Ms Joan Reed said the food agency would look at the rules by the end of the year.")
    assert ctx.speakers["Ann Hale"].label == "Ann Hale, the Director of the Northern Salt Study"
    assert ctx.speakers["Joan Reed"].label == "Joan Reed"


OFFICIAL_VOICES = (
    "Troops sent to the border\n\n"
    "The government will send 2,000 troops to the northern border next month, a defence official said.\n\n"
    "\"This is about keeping the border safe for everyone,\" said Mary Stone, a Home Office spokeswoman.\n\n"
    "Stone said the troops would not make arrests themselves.\n\n"
    "Interior Minister Paul Grant said the plan would cost less than the last one.\n\n"
    "Farmers near the border have seen their land used as a road by smugglers for years."
)


def test_an_article_that_quotes_only_officials_asks_whose_voices_it_gives():
    asked = questions(voices.whose_voices, OFFICIAL_VOICES)[0]
    assert asked.answer == "Officials, politicians and their spokespeople"
    assert "all from this group, give all the statements the article quotes" in asked.explanation, asked.explanation
    assert not re.search(r"\d", asked.explanation)  # no count a student could not rebuild from the article
    assert asked.feedback["Experts and researchers"] == "The article quotes no one from this group."


def test_whose_voices_is_offered_on_the_passage_of_each_named_source_named_first():
    offered = questions(voices.whose_voices, OFFICIAL_VOICES)
    assert [q.evidence.split(",")[0] for q in offered] == ["\"This is about keeping the border safe for everyone", "Interior Minister Paul Grant said the plan would cost less than the last one.", "The government will send 2"]


def test_whose_voices_names_as_missing_only_people_the_article_writes_about():
    asked = questions(voices.whose_voices, OFFICIAL_VOICES)[0]
    assert "company" not in asked.explanation and "experts" not in asked.explanation  # groups the story never names
    asked = questions(voices.whose_voices, OFFICIAL_VOICES + "\n\nMany farmers have asked for a fence along the river.")[0]
    assert "It writes about farmers but quotes none of them" in asked.explanation


def test_whose_voices_is_not_asked_where_a_source_passes_on_the_words_of_another_group():
    # "Farmers told us ..." gives farmers' words: "the article quotes no one from this group" would be false.
    text = OFFICIAL_VOICES.replace("Stone said the troops would not make arrests themselves.",
                                   "\"Farmers told us they want the road closed,\" Stone said.")
    assert not questions(voices.whose_voices, text)


def test_a_headline_that_says_a_body_announces_is_not_counted_as_its_statement():
    text = OFFICIAL_VOICES.replace("Troops sent to the border", "Home Office announces troops for the border")
    for asked in questions(voices.whose_voices, text):
        assert "Home Office," not in asked.explanation and "give all the statements" in asked.explanation


def test_a_source_with_no_role_leaves_whose_voices_unasked():
    text = OFFICIAL_VOICES + "\n\nJane Cole said the smugglers had moved to the east long ago."
    assert not questions(voices.whose_voices, text)


def test_a_group_the_article_writes_about_but_never_quotes_is_asked_as_the_missing_voice():
    text = OFFICIAL_VOICES + "\n\nMany farmers have asked for a fence along the river."
    (asked,) = questions(voices.missing_voice, text)
    assert asked.answer == "Farmers"
    assert sorted(c for c in asked.choices if c != asked.answer) == [
        "An unnamed defence official", "Mary Stone, a Home Office spokeswoman", "Paul Grant, the Interior Minister"]
    assert "their side of the story is missing" in asked.explanation


def test_no_missing_voice_when_one_of_the_group_is_quoted():
    text = OFFICIAL_VOICES + "\n\nTom Hill, one of the farmers, said the smugglers had moved to the east long ago."
    assert not questions(voices.missing_voice, text)


def test_a_quote_another_paper_printed_or_words_told_to_it_are_two_layers_of_source():
    text = (
        "Asylum form criticised\n\n"
        "The Daily Record reported the plan on Sunday. It quoted critics like lawyer Ann Ross, with Ross stating: "
        "\"Nobody should lose their claim over a form in a language they cannot read.\"\n\n"
        "Officials tell BBC News that every claim will still be judged on its own merits.\n\n"
        "\"We will look at the form again next month,\" said Tom Hale, a minister at the Home Office.\n\n"
        "Hale said the form had been sent to 12,000 people since January.\n\n"
        "A council official spoke on Monday. He said the form will be rewritten in six languages by the end of the year.")
    asked = [q.prompt for q in questions(sourcing.support_kind, text)]
    assert asked and not [p for p in asked if "language they cannot read" in p or "own merits" in p], asked


def test_words_a_named_person_passes_on_from_unnamed_people_are_asked_as_theirs():
    (asked,) = questions(sourcing.passed_on, RELAYED)
    assert asked.prompt.endswith("Whose words does Ann Price pass on here?")
    assert asked.answer == "Unnamed staff at the planning office"
    assert "Ann Price, a Council member" in asked.choices
    assert "only Ann Price's account" in asked.explanation and "second-hand" in asked.explanation


def test_researchers_in_a_lede_are_not_vague_when_the_article_names_the_study_and_its_team():
    lede = "Half of the town's children are short of iodine, researchers say.\n\n"
    named = ("The Northern Salt Study tested 900 children in five towns, its director, Professor Ann Hale, said.\n\n"
             "Hale said bakers could fix the problem by using iodised salt.")
    plain = "Bakers could fix the problem by using iodised salt, the town council said."
    assert not questions(sourcing.vague_source, "Children short of iodine\n\n" + lede + named)
    assert questions(sourcing.vague_source, "Children short of iodine\n\n" + lede + plain)


def test_a_speech_asks_no_support_question_since_every_word_is_the_speakers():
    text = (
        "Remarks on the new river bridge\n\n"
        "My fellow citizens, thank you for coming out on this cold morning.\n\n"
        "Last year Senator Ann Ross said the bridge would cost the state millions of dollars every year.\n\n"
        "I say to you today that the bridge will pay for itself within ten years, and I ask you to support it.\n\n"
        "We will build it together, and we will build it well. Thank you, and God bless you all.")
    ctx = context(text)
    assert ctx.kind.kind == "speech"
    assert not list(sourcing.support_kind(ctx))


def test_the_voices_questions_pass_the_gate_and_one_of_them_reaches_the_pack():
    from quiz.core.service import generate_from_article

    text = OFFICIAL_VOICES + "\n\nMany farmers have asked for a fence along the river."
    pack = generate_from_article(parse_article(text)).pack
    voices = [q for q in pack.questions if q.template in ("whose-voices", "missing-voice")]
    assert len(voices) == 1, [q.template for q in pack.questions]


SUPERLATIVE = (
    "Old phone maker closes its last factory\n\n"
    "Tel Corp will close its last factory in May, chief executive Ann Price said on Monday.\n\n"
    "\"We have to make hard choices,\" Price said.\n\n"
    "Union leader Mark Olsen said 400 workers would lose their jobs.\n\n"
    "The Tel Star was one of the most successful phones ever sold, and millions of families owned one.\n\n"
    "The first Tel phone was lost tragically in a warehouse fire that destroyed the company archive."
)


def test_a_superlative_or_a_judging_adverb_in_the_writers_voice_is_asked_as_unsourced():
    evidence = {q.evidence for q in questions(sourcing.unsourced_claim, SUPERLATIVE)}
    assert evidence == {"The Tel Star was one of the most successful phones ever sold, and millions of families owned one.",
                        "The first Tel phone was lost tragically in a warehouse fire that destroyed the company archive."}
    dated = SUPERLATIVE.replace("company archive.", "company archive in 1988.")  # mostly a report of what happened
    assert [q.evidence[:9] for q in questions(sourcing.unsourced_claim, dated)] == ["The Tel S"]


FAMILY = (
    "Teenager builds a robot to help her grandmother\n\n"
    "Lena Park, 16, spent a year building a robot arm that helps her grandmother lift pans in the kitchen.\n\n"
    "\"I wanted her to be able to cook again,\" Lena Park said.\n\n"
    "Lena's grandmother, Mira Park, has arthritis in both hands. \"It changed my life,\" said Mira Park. "
    "\"I can make soup again.\"\n\n"
    "The arm is controlled by voice and costs about $200 in parts.\n\n"
    "Lena Park said she hopes to sell the arm to other families next year."
)


def test_two_sources_from_one_family_are_asked_as_not_independent():
    (asked,) = questions(kinds.related_sources, FAMILY)
    assert asked.answer == "Mira Park is Lena Park’s grandmother, so they are not independent of each other"
    assert asked.prompt.startswith("The article quotes Lena Park and Mira Park.")
    assert asked.evidence == "Lena's grandmother, Mira Park, has arthritis in both hands."
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}
    assert asked.feedback["Mira Park is an independent expert with no link to Lena Park"] == (
        "Mira Park is linked to Lena Park: the article says Mira Park is Lena Park’s grandmother.")


def test_sources_of_no_stated_relation_give_no_family_question():
    assert not questions(kinds.related_sources, FAMILY.replace("Lena's grandmother, Mira Park,", "Mira Park, a neighbour,"))


VAGUE_RESEARCH = (
    "Students build a lamp that wakes people gently\n\n"
    "Two students at a college in Ohio have built a lamp that grows brighter before the alarm goes off.\n\n"
    "Research shows that people who wake to light feel less tired in the morning.\n\n"
    "\"I used to hate mornings,\" said Ana Diaz, one of the students.\n\n"
    "Her partner, Ben Ode, said the lamp costs $30 to make."
)


def test_research_the_article_never_names_is_asked_as_a_vague_source():
    (asked,) = questions(sourcing.vague_source, VAGUE_RESEARCH)
    assert asked.prompt.endswith("True or false? Somewhere in the article, it tells you which research these words rest on.")
    assert asked.answer is False and asked.evidence == "Research shows that people who wake to light feel less tired in the morning."


def test_research_the_article_names_is_not_vague():
    named = VAGUE_RESEARCH.replace("Research shows", "A study published in the Journal of Sleep Medicine shows")
    assert not questions(sourcing.vague_source, named)


def test_the_missing_voice_names_the_people_quoted_not_every_statement():
    (asked,) = questions(voices.missing_voice, OFFICIAL_VOICES + "\n\nMany farmers have asked for a fence along the river.")
    assert "The people whose words it gives are" in asked.explanation and "Every statement" not in asked.explanation


HIDDEN = (
    "Harbour plan delayed\n\n"
    "The new harbour wall in Eastport was reportedly left unfinished because the builders ran out of money in the spring.\n\n"
    "\"I'm told the council will find the money before the winter storms,\" said Joan Hale, who runs the ferry company.\n\n"
    "Mark Reyes, the harbour master, said boats had been moved to the north quay for the summer.\n\n"
    "A new report confirms that the old wall has lost a third of its stones since 2019."
)


def test_a_claim_that_was_reportedly_so_has_a_source_the_article_does_not_name():
    asked = {q.evidence: q for q in questions(sourcing.hidden_source, HIDDEN)}
    (wall,) = [q for e, q in asked.items() if "reportedly" in e]
    assert wall.answer == "Someone it does not name: “reportedly” does not say who"
    assert "A person it names" in wall.choices and len(wall.choices) == 4
    assert "reported" in wall.explanation and "not who" in wall.explanation


def test_a_speaker_who_was_told_something_by_someone_unnamed():
    (told,) = [q for q in questions(sourcing.hidden_source, HIDDEN) if "told" in q.evidence]
    assert told.prompt.startswith("Joan Hale says: “I'm told the council will find the money")
    assert told.prompt.endswith("Who is Joan Hale's source for this?")
    assert told.answer == "Someone Joan Hale does not name: “I'm told” does not say who"
    # What a speaker was told of the occasion is no claim with a hidden source.
    talk = HIDDEN.replace("I'm told the council will find the money before the winter storms",
                          "I'm told I have four minutes, so I will keep the harbour story short")
    assert not [q for q in questions(sourcing.hidden_source, talk) if "told" in q.evidence]


def test_an_unnamed_report_is_asked_about_and_a_named_one_is_not():
    (report,) = [q for q in questions(sourcing.hidden_source, HIDDEN) if "report confirms" in q.evidence]
    assert report.answer == "A report it does not name, by an author it does not give"
    named = HIDDEN + "\n\nThe report by the Coastal Trust was published on Monday."
    assert not [q for q in questions(sourcing.hidden_source, named) if "report confirms" in q.evidence]


def test_a_hidden_source_beside_a_named_one_is_not_asked():
    text = HIDDEN.replace("The new harbour wall in Eastport was reportedly",
                          "According to the Eastport Gazette, the new harbour wall was reportedly")
    assert not [q for q in questions(sourcing.hidden_source, text) if "reportedly" in q.evidence]
    text = HIDDEN.replace("The new harbour wall in Eastport was reportedly left unfinished",
                          "Builders and neighbours report that the new harbour wall in Eastport was reportedly left unfinished")
    assert not [q for q in questions(sourcing.hidden_source, text) if "reportedly" in q.evidence]  # who reports is said


FLOOD = (
    "Flood walls to be raised\n\n"
    "\"Pop music was about what young people really wanted to hear,\" Nora Bell said at the opening.\n\n"
    "Tom Hart, the town engineer, said the river had risen by two metres since Sunday night.\n\n"
    "Witnesses said the water reached the doors of the market hall before noon on Monday.\n\n"
    "A leaked council memo says the old flood walls will need to be replaced within five years."
)


def test_a_quotation_printed_beside_its_speaker_is_not_asked_how_it_is_supported():
    asked = {q.prompt: q for q in questions(sourcing.support_kind, FLOOD)}
    assert not [p for p in asked if "Pop music" in p]


def test_a_claim_a_named_person_makes_is_not_asked_how_it_is_supported():
    # The key would only be "spot the name": nothing about the source's stake.
    asked = {q.prompt: q for q in questions(sourcing.support_kind, FLOOD)}
    assert not [p for p in asked if "two metres" in p]
    assert not [q for q in asked.values() if q.answer == "It names the person who says it"]


def test_claims_whose_source_is_named_in_their_own_sentence_are_not_asked_how_they_are_supported():
    # "Witnesses said the water ...": the answer sits beside the claim, nothing to weigh.
    assert not [q for q in questions(sourcing.support_kind, FLOOD) if "market hall" in q.prompt or "flood walls" in q.prompt]


def test_a_claim_whose_source_is_named_a_sentence_before_is_asked_how_it_is_supported():
    text = FLOOD.replace("Witnesses said the water", "Witnesses saw the market flood. They said the water")
    (water,) = [q for q in questions(sourcing.support_kind, text) if "market hall" in q.prompt]
    assert water.answer == "It cites a source it does not name"
    assert water.evidence.startswith("Witnesses saw the market flood. They said")


def test_a_claim_cut_to_a_phrase_is_not_asked_how_it_is_supported():
    assert sourcing.FRAGMENT.match("for hundreds, if not thousands, of years.")
    assert not sourcing.FRAGMENT.match("the river had risen by two metres")


def test_words_taken_from_another_outlet_that_open_on_this_are_shown_from_the_words_after():
    text = FLOOD + ("\n\n\"This is about keeping every family in the valley safe from the next storm,\" Hart said, according "
                    "to the Associated Press.")
    (asked,) = questions(sourcing.second_hand, text)
    assert "“…about keeping every family in the valley safe" in asked.prompt
    assert asked.answer == "From another news organisation, the Associated Press"
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}


def test_the_reason_for_not_naming_a_source_given_further_on_is_found():
    text = (
        "Schools to close early\n\n"
        "A city official confirmed that all schools in Northbay will close a week early this summer.\n\n"
        "Parents were told in a letter on Friday, and the teachers' union said it had not been asked.\n\n"
        "The city official, who spoke on condition of anonymity because the plan is not yet public, did not say how "
        "much money the closure would save.")
    (asked,) = questions(sourcing.why_unnamed, text)
    assert asked.prompt == "The article does not name the city official it cites. What reason does it give?"
    assert asked.answer == "The source spoke on condition of anonymity because the plan is not yet public"
    assert asked.evidence.startswith("The city official, who spoke on condition of anonymity")
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}


def test_several_unnamed_sources_are_named_mid_sentence_in_the_plural():
    # "The article does not name Two diplomats it cites", and "The source spoke ..." of two
    # people (round 37 of the review). The reason is given apart from the claim: beside it, the
    # question would only be copied (round 42).
    text = ("Talks on aid convoys\n\n"
            "Two diplomats said a draft deal would allow convoys to pass at fixed times.\n\n"
            "The foreign ministry said on Monday that the talks would go on.\n\n"
            "The two diplomats, who spoke on condition of anonymity because the talks are private, did not say when "
            "the deal would be signed.")
    (asked,) = questions(sourcing.why_unnamed, text)
    assert asked.prompt == "The article does not name two diplomats it cites. What reason does it give?"
    assert "The sources were not authorised to speak to reporters" in asked.choices
    assert "The sources spoke on condition of anonymity for fear of losing their jobs" in asked.choices
    assert asked.answer == "The sources spoke on condition of anonymity because the talks are private"
    assert "the name " not in " ".join(asked.feedback.values())


def test_an_unnamed_source_with_only_the_arrangement_and_no_reason_is_not_asked_why():
    # "spoke on condition of anonymity" is how, not why: "The article gives no reason" would be right too.
    for arrangement in ("who spoke on condition of anonymity", "who asked not to be named"):
        text = ("Schools to close early\n\n"
                f"A city official, {arrangement}, said all schools in Northbay will close a week early this summer.\n\n"
                "Mayor Tom Reed said parents were told in a letter on Friday.")
        assert not questions(sourcing.why_unnamed, text), arrangement


CAUSED = (
    "Night buses return to Eastport\n\n"
    "The night bus to the harbour started running again in March. That was enough to cut late-night car crashes on "
    "the coast road by half.\n\n"
    "\"We have more drivers than ever,\" said Rosa Kent, who runs the bus company.\n\n"
    "Fewer crashes may also be due to the new street lights on the coast road.\n\n"
    "Tom Hale, a councillor, said the buses were late every night. The buses were late because of the roadworks in the "
    "town centre."
)


def test_a_claim_of_cause_with_evidence_beside_it_is_not_keyed_as_resting_on_nothing():
    # Weak evidence is still evidence: "Nothing" would be wrong.
    for nearby in ("Research shows that most crashes on the coast road happen after midnight. ",
                   "A council test counted the crashes for six months. "):
        text = CAUSED.replace("The night bus to the harbour started", nearby + "The night bus to the harbour started")
        assert not questions(sourcing.unsourced_cause, text), nearby
    text = CAUSED.replace("\n\n\"We have more drivers", "\n\nA study of police records found the same.\n\n\"We have more drivers")
    assert not questions(sourcing.unsourced_cause, text)


def test_a_claim_of_cause_in_the_writers_own_voice_is_asked_for_its_evidence():
    (asked,) = questions(sourcing.unsourced_cause, CAUSED)
    assert asked.prompt.startswith("“The night bus to the harbour started running again in March. That was enough to")
    assert asked.answer == "Nothing: it says “was enough to” with no source or evidence"
    assert "rules out other causes" in asked.explanation
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}


def test_a_hedged_cause_or_one_beside_a_source_is_not_asked_for_evidence():
    prompts = [q.prompt for q in questions(sourcing.unsourced_cause, CAUSED)]
    assert not [p for p in prompts if "street lights" in p or "roadworks" in p]



def test_claims_from_unnamed_witnesses_are_told_from_those_of_named_people_even_beside_place_names():
    text = (
        "Storm hits North Bay\n\n"
        "Witnesses said the storm tore the roof off the North Bay ferry terminal just after midnight.\n\n"
        "Mayor Ana Ruiz said the ferries to South Island would not run until Friday.\n\n"
        "Carl Dent, a harbour pilot, said the waves in North Bay were the highest he had seen in twenty years.\n\n"
        "Ruiz said the town would ask the government for help with the repairs.")
    (asked,) = questions(sourcing.unnamed_claims, text)
    assert asked.answer.startswith("The storm tore the roof off")
    assert len(asked.choices) >= 3 and "Witnesses" in asked.explanation


def test_eyewitnesses_opening_a_sentence_are_an_unnamed_source_not_an_organisation():
    text = (
        "Fire at the Eastport market\n\n"
        "A fire destroyed most of the old market hall in Eastport on Sunday night.\n\n"
        "Eyewitnesses and survivors said the flames spread from a bakery stall to the roof within minutes.\n\n"
        "Fire chief Lena Moss said 40 firefighters had fought the blaze for six hours.")
    (vague,) = questions(sourcing.vague_source, text)
    assert vague.answer is False and "Eyewitnesses" in vague.explanation
    # Whether the article NAMES them: what it says of them as a group ("eyewitnesses") is no answer.
    assert vague.prompt.endswith("True or false? Somewhere in the article, at least one of the eyewitnesses behind these words "
                                 "is named.")
    told = text.replace("Eyewitnesses and survivors said the flames", "Eyewitnesses and survivors were near. They said the flames")
    (support,) = [q for q in questions(sourcing.support_kind, told) if "flames" in q.prompt]
    assert support.answer == "It cites a source it does not name"
    assert "unknown source" not in support.explanation and "“Eyewitnesses" in support.explanation


def test_the_writers_own_verdict_on_a_study_is_asked_whose_it_is():
    text = (
        "Walking cuts knee pain, trial finds\n\n"
        "A daily walk of thirty minutes cut knee pain in older adults, according to a trial published this week.\n\n"
        "\"Most patients felt better within a month,\" said Dr. Mia Lund, who led the trial at Northbay Hospital.\n\n"
        "The trial followed 120 patients aged over sixty for one year.\n\n"
        "Limitations\n\n"
        "One weakness of the study was that the patients chose for themselves whether to walk or to rest.\n\n"
        "Dr. Omar Said, a knee surgeon at Eastport Clinic, said the results should be tested in a larger trial.")
    (asked,) = questions(sourcing.unsourced_claim, text)
    assert asked.answer == "No one: the writer states it without naming a source"
    assert asked.prompt.startswith("“One weakness of the study was")
    assert "verdict on the study" in asked.explanation
    assert any("Mia Lund" in c for c in asked.choices)


def test_a_result_anyone_can_see_is_no_claim_of_cause_to_question():
    text = ("Eastport win the cup\n\n"
            "Eastport beat Northbay 1-0 in the cup final on Saturday. The goal by Ana Lee was enough to win the cup for "
            "the first time in twenty years.\n\n"
            "\"We never gave up,\" said the manager, Pete Lund.\n\n"
            "Fans sang in the streets of Eastport until the early morning, police said.")
    assert not questions(sourcing.unsourced_cause, text)


def test_the_reason_a_source_gives_for_staying_unnamed_reads_as_a_sentence():
    text = ("Talks stall\n\n"
            "A senior diplomat said the two sides could not agree on how much water each should take in dry years.\n\n"
            "Foreign minister Dana Orlov said her government would return to the talks in June.\n\n"
            "The senior diplomat, who asked not to be named because the talks are private, did not say who had walked "
            "out first.")
    (asked,) = questions(sourcing.why_unnamed, text)
    assert "the source asked not to be named because the talks are private." in asked.explanation
    assert asked.feedback["The article gives no reason"] == "It does: the source asked not to be named because the talks are private."


def test_a_second_hidden_source_of_the_same_kind_is_not_asked_again():
    text = HIDDEN + "\n\nThe ferry company has reportedly ordered two new boats for the winter crossings to Northbay."
    asked = [q for q in questions(sourcing.hidden_source, text) if "reportedly" in q.evidence]
    assert len(asked) == 1 and "harbour wall" in asked[0].evidence


def test_what_kept_a_person_from_something_is_no_cause_to_question():
    text = CAUSED + "\n\nThe long winter prevented Ann Cole from driving to her work at the harbour for a month."
    prompts = [q.prompt for q in questions(sourcing.unsourced_cause, text)]
    assert prompts and not [p for p in prompts if "Ann Cole" in p]


def test_according_to_reports_that_name_no_one_is_a_hidden_source():
    text = HIDDEN.replace("The new harbour wall in Eastport was reportedly left unfinished",
                          "According to local reports, the new harbour wall in Eastport was left unfinished")
    (asked,) = [q for q in questions(sourcing.hidden_source, text) if "harbour wall" in q.evidence]
    assert asked.answer == "Sources it does not name: only “According to local reports”"


def test_reports_the_article_goes_on_to_name_are_not_a_hidden_source():
    # "Media have said ...", then "The Eastport Herald reported ...": the outlets are named, not hidden.
    for hidden in ("According to local reports, the new harbour wall in Eastport was left unfinished",
                   "There have been reports that the new harbour wall in Eastport was left unfinished"):
        text = HIDDEN.replace("The new harbour wall in Eastport was reportedly left unfinished", hidden)
        assert [q for q in questions(sourcing.hidden_source, text) if "harbour wall" in q.evidence], hidden
        text += "\n\nThe Eastport Herald reported that the builders had asked the council for more money twice."
        assert not [q for q in questions(sourcing.hidden_source, text) if "harbour wall" in q.evidence], hidden


OPPOSED = (
    "School roof collapses\n\n"
    "Part of the roof of Hill Road school fell in on Sunday night. No one was hurt.\n\n"
    "Education minister Tom Hart said the Liberal government had spent more on schools than any before it.\n\n"
    "Maria Lopez, a Green MP for the area, said the collapse showed years of neglect.\n\n"
    "Ben Ode, the school's head teacher, said classes would move to the town hall."
)


def test_a_politician_of_another_party_than_the_government_is_asked_about_as_an_opposition_source():
    (asked,) = questions(kinds.opposition_source, OPPOSED)
    assert asked.prompt == "The article quotes Maria Lopez, a Green MP for the area. What should a reader keep in mind about this source?"
    assert asked.answer == "Maria Lopez is in the opposition, so has reasons to make the government look bad"
    assert asked.explanation.startswith("The article calls it the Liberal government, and Maria Lopez is a Green MP")
    assert asked.evidence.startswith("Maria Lopez, a Green MP for the area, said")
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}
    # Wrong choices a student could believe, not the straw man "so what she says must be false".
    assert not any("must be false" in choice for choice in asked.choices)
    assert asked.feedback["Maria Lopez is a member of the public, speaking only for themselves"] == (
        "The article names Maria Lopez as a Green MP for the area, not as a member of the public.")


def test_a_member_of_the_governing_party_or_of_a_party_with_no_government_named_is_no_opposition_source():
    assert not questions(kinds.opposition_source, OPPOSED.replace("a Green MP", "a Liberal MP"))
    assert not questions(kinds.opposition_source, OPPOSED.replace("the Liberal government", "the government"))
    # "The last Liberal government" is not the one in power now.
    assert not questions(kinds.opposition_source, OPPOSED.replace("the Liberal government", "the last Liberal government"))


def test_a_shadow_minister_is_an_opposition_source():
    text = OPPOSED.replace("Maria Lopez, a Green MP for the area,", "Maria Lopez, the shadow education secretary,")
    text = text.replace("the Liberal government", "the government")
    (asked,) = questions(kinds.opposition_source, text)
    assert "a post in the opposition to the government" in asked.explanation


DETAINED = (
    "Two Daily Herald reporters held at border\n\n"
    "Two Daily Herald reporters were held for a day at the border on Friday while they covered the floods.\n\n"
    "The Daily Herald reported that the two were questioned for six hours and had their phones taken.\n\n"
    "Border police said the reporters did not have the right papers. Both were freed on Saturday.\n\n"
    "Ana Ruiz, a press freedom campaigner, said journalists were often stopped there."
)


def test_an_outlet_telling_the_story_of_its_own_journalists_is_asked_about_as_a_source_with_a_stake():
    (asked,) = questions(kinds.own_outlet_source, DETAINED)
    assert asked.prompt == ("Part of this story rests on what the Daily Herald reported. "
                            "What should a reader keep in mind about this source?")
    assert asked.answer.startswith("The Daily Herald employs the journalists the story is about")
    assert asked.evidence.startswith("The Daily Herald reported that the two were questioned")
    assert "“Daily Herald reporters”" in asked.explanation


def test_an_outlet_whose_reporters_were_only_spoken_to_has_no_stake_in_the_story():
    told = DETAINED.replace("Two Daily Herald reporters held", "Mayor tells Daily Herald reporters of floods").replace(
        "Two Daily Herald reporters were held for a day at the border on Friday while they covered the floods.",
        "The mayor told Daily Herald reporters on Friday that the floods had closed the border.")
    assert not questions(kinds.own_outlet_source, told)


OWN_STUDY = (
    "Short naps help pupils learn, study finds\n\n"
    "Pupils who took a 20-minute nap after lunch did better in afternoon tests, a study of 300 pupils in two schools "
    "found.\n\n"
    "The study was led by Ana Ruiz, a sleep researcher at Hill University.\n\n"
    "\"The pupils who slept were clearly sharper,\" said Ana Ruiz. She said the small size of the study did not "
    "change the result.\n\n"
    "Tom Reed, a teacher at one of the schools, said the pupils liked the naps."
)


def test_the_researcher_who_led_a_study_is_asked_about_as_judging_her_own_work():
    (asked,) = questions(kinds.own_study_source, OWN_STUDY)
    assert asked.prompt == "The article gives Ana Ruiz's view of the study. What should a reader keep in mind about it?"
    assert asked.answer == "Ana Ruiz led the study, so is judging their own work"
    assert asked.evidence == "The study was led by Ana Ruiz, a sleep researcher at Hill University."
    assert asked.feedback["Ana Ruiz took no part in the study and judges it from outside"] == (
        "The article names Ana Ruiz as the person who led the study: Ana Ruiz led the study.")
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}


def test_the_director_of_a_named_study_is_asked_about_as_judging_his_own_work():
    text = OWN_STUDY.replace("The study was led by Ana Ruiz, a sleep researcher at Hill University.",
                             "Professor Ana Ruiz, Director of the Afternoon Sleep study, said the naps were short.")
    (asked,) = questions(kinds.own_study_source, text)
    assert asked.answer == "Ana Ruiz led the study, so is judging their own work"
    assert "names Ana Ruiz as the director of the Afternoon Sleep study." in asked.explanation


def test_a_co_author_of_the_study_is_asked_about_as_judging_her_own_work():
    text = OWN_STUDY.replace("The study was led by Ana Ruiz, a sleep researcher at Hill University.",
                             "Ana Ruiz, a co-author of the study, said the naps were short.")
    (asked,) = questions(kinds.own_study_source, text)
    assert asked.answer == "Ana Ruiz is one of the authors of the study, so is judging their own work"
    assert asked.feedback["Ana Ruiz took no part in the study and judges it from outside"] == (
        "The article names Ana Ruiz as a co-author of the study: Ana Ruiz is one of the authors of the study.")


def test_a_researcher_not_named_as_leading_the_study_is_not_asked_about_as_judging_her_own_work():
    assert not questions(kinds.own_study_source, OWN_STUDY.replace("The study was led by Ana Ruiz",
                                                                   "The study was reviewed by Ana Ruiz"))


@pytest.mark.parametrize("warning", [
    "\"But it is still not clear which pupils gain most, and more research is needed,\" she said.",
    "There is still some doubt about which pupils gain most, cautioned Ana Ruiz and her colleagues.",
])
def test_a_researcher_who_warns_against_her_own_result_is_not_asked_about_as_wanting_it_to_look_good(warning):
    text = OWN_STUDY.replace("She said the small size of the study did not change the result.", warning)
    assert not questions(kinds.own_study_source, text)


def test_a_researcher_who_doubts_a_doubt_about_her_result_is_still_judging_her_own_work():
    text = OWN_STUDY.replace("She said the small size of the study did not change the result.",
                             "Ana Ruiz doubts that the time of the tests played a role.")
    assert questions(kinds.own_study_source, text)


RELEASE_ABOUT_TENANTS = (
    "City Housing Board repairs 400 homes\n\n"
    "Press Release\n\n"
    "Today, the City Housing Board announced that it has repaired 400 homes since March, with new roofs and heating "
    "for tenants in the east of the city.\n\n"
    "The City Housing Board will repair 300 more homes by the end of the year. Tenants can ask for a repair online.\n\n"
    "The City Housing Board said it was proud of the work."
)


def test_a_release_that_names_a_group_and_quotes_only_its_publisher_is_not_asked_its_missing_voice():
    # That a release speaks for its publisher alone is what publisher-stake asks; the group
    # it names (survivors under rubble, families helped) is often no one a reporter could ask.
    assert read_facts(parse_article(RELEASE_ABOUT_TENANTS)).kind.kind == "press-release"
    assert not questions(voices.missing_voice, RELEASE_ABOUT_TENANTS)


STAKE = (
    "Riverside Arts Foundation gives schools $2 million\n\n"
    "The Riverside Arts Foundation will give $2 million to the county's schools for music lessons, it said on Monday.\n\n"
    "\"Every child in the county will be able to learn an instrument,\" said Ann Lee, chief financial officer of the "
    "Riverside Arts Foundation.\n\n"
    "Tom Baker, a parent in Millford, said the lessons were long overdue.\n\n"
    "\"We have waited ten years for this,\" said Rosa Diaz, a music teacher at Millford High School."
)


def test_a_source_who_speaks_for_the_body_the_story_is_about_is_asked_with_feedback_for_each_wrong_choice():
    (asked,) = questions(kinds.interested_source, STAKE)
    assert asked.answer == "Ann Lee is tied to the Riverside Arts Foundation, so speaks for its side, not as a neutral observer"
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}
    assert not any("reporter" in choice for choice in asked.choices)
    assert asked.feedback["Ann Lee is an outside expert with no part in the Riverside Arts Foundation, so their view is a "
                          "check on it"] == (
        "The article names Ann Lee as chief financial officer of the Riverside Arts Foundation: a part of the Riverside "
        "Arts Foundation, not outside it.")


def test_a_spokesperson_who_only_declines_to_comment_is_not_asked_about_as_presenting_the_body_well():
    silent = STAKE.replace("\"Every child in the county will be able to learn an instrument,\" said Ann Lee",
                           "The foundation \"does not comment on grants before they are signed,\" said Ann Lee")
    assert not questions(kinds.interested_source, silent)


def test_a_stake_question_leaves_the_post_to_the_article_and_offers_no_straw_man():
    # "As NASA Administrator, X has a reason ..." beside "... knows NASA from the inside, so their
    # word needs no check": the key printed the post that decides it, and the wrong choices were
    # ones no student would pick (round 37 of the review).
    (asked,) = questions(kinds.interested_source, STAKE)
    assert not any("chief financial officer" in choice for choice in asked.choices)
    assert not any("needs no check" in choice or "neutral voice" in choice for choice in asked.choices)
    assert "outside expert" in " ".join(asked.choices) and "critics" in " ".join(asked.choices)
    assert "chief financial officer of the Riverside Arts Foundation" in asked.evidence


SPOKESPEOPLE = (
    "Water board fined over leak\n\n"
    "The Lakeside Water Board was fined $40,000 on Tuesday after a pipe leaked into the river for a week.\n\n"
    "\"We found the leak as fast as anyone could,\" said LWB spokeswoman Mia Tran.\n\n"
    "LWB spokesman Dan Cole said the pipe had been replaced.\n\n"
    "Jo Marsh, a professor of ecology at Hill University, said the river would recover within a year.\n\n"
    "The LWB said it would not appeal."
)


def test_a_spokesperson_for_the_body_in_the_story_is_asked_once_for_that_body():
    asked = questions(kinds.interested_source, SPOKESPEOPLE)
    assert [q.answer for q in asked] == ["Mia Tran is tied to the LWB, so speaks for its side, not as a neutral observer"]
    assert "Mia Tran is one of the critics of the LWB, so speaks against it" in asked[0].choices  # no name twice
    assert "LWB spokeswoman Mia Tran" in asked[0].evidence
    # The post is left out of the prompt: beside the name, it would answer the question.
    assert asked[0].prompt == "The article reports what Mia Tran says. What should a reader keep in mind about this source?"


def test_a_former_director_of_the_body_in_the_story_is_not_said_to_speak_for_it():
    text = STAKE.replace("chief financial officer of the", "former chief financial officer of the")
    assert not questions(kinds.interested_source, text)


RUNS_THE_SHOW = (
    "Quilts from a century fill the town hall\n\n"
    "An exhibition of 60 quilts opened at the town hall gallery on Friday. The exhibition runs until May.\n\n"
    "\"Each quilt tells a family's story,\" said Ruth Ames, curator of the exhibition.\n\n"
    "Visitors queued for an hour to see the exhibition on its first day, said Paul Grey, a local historian.\n\n"
    "Sam Ode, chairman of the Riverside Rowing Club, said the hall would host a rowing show next."
)


def test_the_curator_of_the_exhibition_the_story_is_about_has_a_stake_and_a_body_named_once_does_not():
    asked = questions(kinds.interested_source, RUNS_THE_SHOW)
    assert [q.answer for q in asked] == ["Ruth Ames is tied to the exhibition, so speaks for its side, not as a neutral observer"]
    assert "curator of the exhibition" in asked[0].explanation


def test_a_release_quoting_its_own_publisher_s_officer_leaves_the_stake_to_the_publisher_question():
    text = ("Riverside Arts Foundation gives schools $2 million\n\nPress Release\n\n"
            "Today, the Riverside Arts Foundation announced that it will give $2 million to the county's schools.\n\n"
            "\"Every child in the county will be able to learn an instrument,\" said Ann Lee, chief financial officer "
            "of the Riverside Arts Foundation.")
    assert not questions(kinds.interested_source, text)
    assert questions(kinds.interested_source, text.replace("Press Release\n\nToday, the", "The"))


@pytest.mark.parametrize("role, post", [
    ("the festival's founder", "the festival's founder"),
    ("festival organiser", "festival organiser"),
])
def test_the_founder_or_organiser_of_the_festival_the_story_is_about_has_a_stake(role, post):
    text = ("Folk festival draws record crowd\n\n"
            "The Millford folk festival drew 12,000 people on Saturday, its biggest crowd in ten years.\n\n"
            f"\"The festival has never been in better shape,\" said Ruth Ames, {role}.\n\n"
            "Tickets sold out a week early, said Paul Grey, who lives next to the park.")
    (asked,) = questions(kinds.interested_source, text)
    assert asked.answer == "Ruth Ames is tied to the festival, so speaks for its side, not as a neutral observer"
    assert f"names Ruth Ames as {post}" in asked.explanation


def test_a_kind_of_post_is_not_read_as_the_thing_it_runs():
    text = ("Folk festival draws record crowd\n\n"
            "The Millford folk festival drew 12,000 people on Saturday, its biggest crowd in ten years. "
            "The art on show and the art market drew crowds too; the art sold well.\n\n"
            "\"The festival has never been in better shape,\" said Ruth Ames, art director.")
    assert not questions(kinds.interested_source, text)


@pytest.mark.parametrize("template, text", [
    (kinds.related_sources, FAMILY), (kinds.opposition_source, OPPOSED), (kinds.interested_source, STAKE)])
def test_no_stake_question_offers_a_choice_ruled_out_without_the_article(template, text):
    (asked,) = questions(template, text)
    assert not [c for c in asked.choices if re.search(r"wrote the article|does not give their names", c)], asked.choices
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}


def test_a_post_named_after_a_place_is_no_tie_to_a_body():
    text = ("Leaders meet in Paris\n\nThe President of the United States met the French president on Monday.\n\n"
            "\"We agreed on trade,\" said Joe Smith, President of the United States.\n\n"
            "The United States will send a team to Paris in May, Smith said.")
    assert not questions(kinds.interested_source, text)


UNION = (
    "Schools to cut music lessons\n\n"
    "Millford schools will cut music lessons from September to save $300,000 a year, the school board said on Monday.\n\n"
    "\"Children will lose something they never get back,\" said Jane Doe, president of the Millford Teachers Union.\n\n"
    "Board chairman Tom Hill said the cut was painful but needed."
)


def test_an_officer_of_a_union_is_asked_about_as_speaking_for_a_side():
    (asked,) = questions(kinds.interest_group, UNION)
    assert asked.prompt == "The article reports what Jane Doe says. What should a reader keep in mind about this source?"
    assert asked.answer == "Jane Doe speaks for the Millford Teachers Union, a group with its own aims in this story"
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}


def test_a_union_of_states_is_not_an_interest_group():
    assert not questions(kinds.interest_group, UNION.replace("Millford Teachers Union", "European Union"))


LOST_BID = (
    "Carden loses bid for new hospital\n\n"
    "The health board chose Brill over Carden for its new hospital on Monday, after both towns bid for it.\n\n"
    "\"Carden has been let down again,\" said Paul Reed, mayor of Carden. He said the town would appeal.\n\n"
    "The board said Brill was closer to the motorway and that Carden would keep its clinic."
)


def test_an_elected_official_of_a_place_the_story_is_about_is_asked_about_as_speaking_up_for_it():
    (asked,) = questions(kinds.local_official, LOST_BID)
    assert asked.answer == "Paul Reed answers to the voters of Carden, so has a reason to speak up for it"
    # The post is the article's to give: not in the prompt nor in a choice, with no straw man
    # beside it ("Because Paul Reed was elected, what he says needs no check").
    assert not any("mayor" in words for words in (asked.prompt, *asked.choices))
    assert not any("needs no check" in choice for choice in asked.choices)
    assert "mayor of Carden" in asked.evidence
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}


def test_a_party_before_the_post_is_not_a_place_whose_voters_the_official_answers_to():
    text = LOST_BID.replace("Paul Reed, mayor of Carden", "Paul Reed, Labour MP") + " Labour wants a vote. Labour will ask."
    assert not questions(kinds.local_official, text)


def test_an_elected_official_of_a_place_named_only_with_the_post_is_not_asked_about():
    text = LOST_BID.replace("Carden loses bid", "Town loses bid").replace("Brill over Carden", "Brill over Ashford")
    text = text.replace("Carden has been let down", "We have been let down").replace("Carden would keep", "Ashford would keep")
    assert not questions(kinds.local_official, text)


def test_the_body_in_the_headline_speaking_for_itself_is_not_asked_what_its_stake_is():
    # "The story is about Brightway Motors, so it presents its own side" is answered by the headline alone.
    text = ("Brightway Motors recalls 20,000 electric scooters\n\n"
            "The scooter maker Brightway Motors is recalling 20,000 scooters after reports that their brakes can fail.\n\n"
            "Brightway Motors said no rider had been hurt and that the fault affected only scooters sold in 2023.\n\n"
            "Lena Fox, a safety engineer at Hill University, said brake faults were common in new designs.")
    assert not [q for q in generate_pack(text, seed=1).questions if "The story is about Brightway" in str(q.answer)]


def test_a_chief_executive_of_the_body_in_the_story_is_asked_about_as_a_source_with_a_stake():
    text = ("Northway Rail to close two depots\n\n"
            "Northway Rail will close two repair depots next year, putting 300 jobs at risk.\n\n"
            "Northway Rail said staff would be offered jobs at its other depots.\n\n"
            "\"This was a hard decision,\" said Maria Lopez, chief executive of Northway Rail.")
    assert [q.template for q in questions(kinds.interested_source, text)] == ["interested-source"]


OUTSIDE_VOICE = (
    "Walking cuts heart risk, study finds\n\n"
    "People who walked 30 minutes a day had fewer heart attacks, a study of 4,000 adults found.\n\n"
    "\"The effect was larger than we expected,\" said Dr. Ann Lee, who led the study at Hill University.\n\n"
    "\"We now want to test it in older people,\" said Dr. Ben Ode, a co-author of the study.\n\n"
    "Dr. Kim Park, a heart doctor at City Hospital who was not involved in the study, said the result was promising "
    "but needed checking.\n\n"
    "Dr. Sam Roy, a co-author, said the team would publish its data."
)


def test_the_one_source_from_outside_a_study_is_asked_with_feedback_for_each_wrong_choice():
    (asked,) = questions(kinds.independent_voice, OUTSIDE_VOICE)
    assert asked.answer == "Kim Park"
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}
    assert asked.feedback["Ann Lee"] == "Not outside: the article names Ann Lee as part of the work (“led the study”)."


EDITORIAL = (
    "Cold baths speed up recovery, trial finds\n\n"
    "Runners who took a cold bath after a race felt less pain two days later, a trial of 80 runners found.\n\n"
    "The trial was small and short, wrote Dr. Nina Berg of Lake University in an accompanying editorial. "
    "\"We cannot yet tell whether the effect lasts,\" she wrote."
)


def test_an_outside_view_with_no_other_source_to_choose_from_is_asked_why_the_article_gives_it():
    (asked,) = questions(kinds.independent_voice, EDITORIAL)
    assert asked.prompt == "The article gives the view of Nina Berg on the trial. Why does it include this view?"
    assert asked.answer == "Nina Berg took no part in the trial, so the view is a check on the researchers' account"
    assert "accompanying editorial: a comment printed next to the report of the trial" in asked.explanation
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}


def test_a_source_the_article_does_not_set_outside_the_research_is_not_asked_about():
    assert not questions(kinds.independent_voice, EDITORIAL.replace(" in an accompanying editorial", ""))


def test_an_outlet_named_with_the_day_of_its_issue_is_named_without_the_day():
    for said in ("today's Washington Post", "Sunday’s Washington Post"):
        outlet = speaker_of({"kind": "organisation", "named": True, "name": said, "description": ""})
        assert outlet.label == "Washington Post"


def test_a_name_ending_in_s_takes_an_apostrophe_alone():
    from quiz.core.generate.common import possessive

    assert possessive("the United States") == "the United States'"
    assert possessive("the Department of State") == "the Department of State's"


def test_a_pack_asks_the_stake_of_one_tied_source_only():
    text = ("Harbor Museum and Bay Trust split over pier plan\n\n"
            "The Harbor Museum wants to rebuild the old pier, but the Bay Trust says the work would harm the birds "
            "that nest there.\n\n"
            "\"The pier is part of our history and visitors love it,\" said Ann Lee, director of the Harbor Museum.\n\n"
            "\"The birds were here long before the pier,\" said Bob Ray, chair of the Bay Trust.\n\n"
            "The Harbor Museum will ask the city for $2 million in May. The Bay Trust has 4,000 members.")
    article = parse_article(text)
    assert len(questions(kinds.interested_source, text)) == 2  # both are tied to the story ...
    chosen = [q.template for q in generate_questions(article, read_facts(article), seed=1)]
    assert chosen.count("interested-source") == 1  # ... but the second is the same lesson with the names changed


def test_a_verdict_that_named_people_echo_in_the_next_sentence_is_not_called_the_writers_own():
    # "Another weakness ..., noted X": a reader can fairly credit the first weakness to X too.
    text = (
        "Walking cuts knee pain, trial finds\n\n"
        "A daily walk of thirty minutes cut knee pain in older adults, according to a trial published this week.\n\n"
        "\"Most patients felt better within a month,\" said Dr. Mia Lund, who led the trial at Northbay Hospital.\n\n"
        "The trial followed 120 patients aged over sixty for one year.\n\n"
        "Limitations\n\n"
        "One weakness of the study was that the patients chose for themselves whether to walk or to rest.\n\n"
        "The small size of the trial was another weakness, noted Dr. Omar Said and Dr. Ella Berg, two knee "
        "surgeons at Eastport Clinic.")
    assert not questions(sourcing.unsourced_claim, text)
    for echo in ("Dr. Omar Said, a knee surgeon at Eastport Clinic, also said the patients were not chosen at random.",
                 "Dr. Omar Said, a knee surgeon at Eastport Clinic, said that this weakness matters little."):
        assert not questions(sourcing.unsourced_claim, text.replace(text.split("\n\n")[-1], echo)), echo


def test_a_claim_of_cause_beside_a_before_and_after_account_is_not_keyed_as_resting_on_nothing():
    # Weak evidence is still evidence: a blind try and "the best in years" is a before-and-after.
    text = ("A pillow that listens\n\n"
            "Ana built a pillow that hums softly when a sleeper starts to snore.\n\n"
            "She tested it at home for a week. Then, without telling her brother, she switched the pillow on.\n\n"
            "On the first night, the humming from the pillow prevented six bouts of snoring.\n\n"
            "Her brother said he had not slept so well in many years.\n\n"
            "The pillow costs $40 and sells in two shops in the town.")
    assert not questions(sourcing.unsourced_cause, text)
    assert "figures can show" not in " ".join(questions(sourcing.unsourced_cause, CAUSED)[0].feedback.values())


def test_a_loaded_judgement_beside_a_figure_in_a_reports_own_voice_is_asked_as_unsourced():
    # The figure is the premise; "a draconian turn" is a judgement no one is named for.
    text = SUPERLATIVE.replace("The first Tel phone was lost tragically in a warehouse fire that destroyed the company archive.",
                               "The loss of 400 jobs would mark a draconian turn in the company's long crackdown on costs.")
    evidence = {q.evidence for q in questions(sourcing.unsourced_claim, text)}
    assert "The loss of 400 jobs would mark a draconian turn in the company's long crackdown on costs." in evidence


def test_the_missing_voice_lists_the_owner_of_a_word_the_article_quotes():
    text = OFFICIAL_VOICES + ("\n\nMany farmers have asked for a fence along the river.\n\n"
                              "President John Reed has repeatedly called the crossings an \"invasion\" in speeches.")
    (asked,) = questions(voices.missing_voice, text)
    assert "John Reed (whose word “invasion” it quotes)" in asked.explanation


PRESS_REPORTS = (
    "Storm reaches the coast\n\n"
    "A strong storm reached the northern coast on Sunday, with winds of 150 kilometres per hour.\n\n"
    "From all the press reports I have read, the city council was well prepared for the storm.\n\n"
    "\"We opened twelve shelters on Saturday night,\" said Maria Lund, the city's emergency manager."
)


def test_press_reports_the_article_never_names_are_asked_as_a_vague_source():
    (asked,) = questions(sourcing.vague_source, PRESS_REPORTS)
    assert asked.prompt.endswith("True or false? Somewhere in the article, it tells you which press reports these words rest on.")
    assert asked.answer is False and "the city council was well prepared" in asked.evidence
    assert "names no newspaper" in asked.explanation and "second-hand" in asked.explanation


def test_press_reports_the_article_names_are_not_vague():
    assert not questions(sourcing.vague_source, PRESS_REPORTS.replace("From all the press reports I have read",
                                                                      "From the reports of the Coast Herald I have read"))


def test_a_claim_on_vague_reports_that_its_source_already_hedges_comes_after_a_flat_one():
    text = PRESS_REPORTS.replace("the city council was well prepared", "the city council appears to have been well prepared") \
        + "\n\nFrom all the news reports I have seen, the roads were cleared by noon."
    offered = sorted(sourcing.vague_source(context(text)), key=lambda c: -c.worth)
    assert len(offered) == 2 and "roads were cleared" in offered[0].question.evidence
    assert offered[0].worth >= 0.75 > offered[1].worth


def test_studies_the_article_never_names_are_vague_even_beside_the_study_it_reports():
    text = ("Video helps patients choose their care\n\n"
            "Studies have shown that patients with heart failure want a say in their care.\n\n"
            "A study published in the Journal of Family Care tested a short video with 60 patients.\n\n"
            "\"Patients told us the pictures helped,\" said Dr. Lena Ford, who led the study.")
    (asked,) = questions(sourcing.vague_source, text)
    assert asked.prompt.endswith("True or false? Somewhere in the article, it tells you which studies these words rest on.")
    assert asked.evidence.startswith("Studies have shown") and "cannot look them up" in asked.explanation
    assert not questions(sourcing.vague_source, text.replace("tested a short video", "and two earlier studies tested a short video"))


MIXED_VOICES = (
    "Bridge to close for repairs\n\n"
    "The old river bridge will close for six months from May, the mayor, Ann Hale, said on Monday.\n\n"
    "\"The bridge is no longer safe for lorries,\" said Tom Reed, a professor of engineering at the city university.\n\n"
    "Hale said buses would take a longer road while the work went on.\n\n"
    "Shop owners on the north bank depend on customers from across the river. Several shop owners have put up signs."
)


def test_an_article_that_quotes_two_kinds_of_voice_asks_which_kind_it_leaves_out():
    (asked,) = questions(voices.absent_voice, MIXED_VOICES)
    assert asked.prompt == "Which of these kinds of voice does the article NOT include?"
    assert asked.answer == "People affected by the events"
    assert sorted(asked.choices) == sorted([asked.answer, "Officials, politicians and their spokespeople",
                                            "Experts and researchers"])
    assert "Tom Reed" in asked.feedback["Experts and researchers"]
    assert "shop owners more than once" in asked.explanation


def test_an_expert_is_asked_as_the_absent_voice_only_when_no_one_affected_is_written_about():
    text = MIXED_VOICES.replace("Tom Reed, a professor of engineering at the city university",
                                "Tom Reed, the chief executive of Reed Builders")
    text = text.rsplit("\n\n", 1)[0]
    (asked,) = questions(voices.absent_voice, text)
    assert asked.answer == "Experts and researchers"
    assert "independent expert" in asked.explanation


def test_a_source_with_no_role_leaves_the_absent_voice_unasked():
    text = MIXED_VOICES + "\n\nJane Cole said she would drive the long way round."
    assert not questions(voices.absent_voice, text)


def test_a_title_written_before_a_name_places_the_source_for_the_absent_voice():
    text = MIXED_VOICES.replace("The old river bridge will close for six months from May, the mayor, Ann Hale, said on Monday.",
                                "Transport Secretary Ann Hale said on Monday that the old river bridge will close for six months.")
    (asked,) = questions(voices.absent_voice, text)
    assert "Ann Hale" in asked.feedback["Officials, politicians and their spokespeople"]


def test_a_doctor_named_by_a_degree_after_the_name_counts_as_an_expert_voice():
    text = MIXED_VOICES.replace("Tom Reed, a professor of engineering at the city university", "Tom Reed, M.D.")
    (asked,) = questions(voices.absent_voice, text)
    assert "Tom Reed" in asked.feedback["Experts and researchers"]


def test_whose_voices_shows_words_a_source_gives_not_a_question_it_put():
    text = OFFICIAL_VOICES.replace("Troops sent to the border\n\n",
                                   "Troops sent to the border\n\nMary Stone asked farmers about the roads they use.\n\n")
    offered = questions(voices.whose_voices, text)
    assert offered and not any("asked farmers" in q.evidence for q in offered)


def test_the_people_a_study_looked_at_are_not_asked_as_its_absent_voice():
    text = ("Video helps patients choose their care\n\n"
            "Patients who watched a short video were more sure of their choice of care than patients who heard a talk, "
            "a study published on Monday found.\n\n"
            "\"The video made the choices clear,\" said Tom Reed, a professor of medicine who led the study.\n\n"
            "Health Minister Ann Hale said the study would shape new advice to hospitals.\n\n"
            "The study looked at 150 patients in three hospitals over two years.")
    ctx = context(text)
    assert [q.answer for q in (c.question for c in voices.absent_voice(ctx))] == ["People affected by the events"]
    ctx.kind = ctx.kind._replace(kind="study")  # the same sources, read as the report of a study
    assert not list(voices.absent_voice(ctx))


def test_a_campaigner_and_a_charity_head_are_placed_so_the_absent_voice_is_asked():
    text = ("Council to close the night shelter\n\n"
            "The city's night shelter will close in March, Mayor Ann Hale said on Monday.\n\n"
            "\"We cannot pay for it any longer,\" Hale said.\n\n"
            "Housing campaigner Rosa Vint said: \"Closing the shelter in winter puts lives at risk.\"\n\n"
            "After the vote, chief executive of the Tenants Council Mara Quill told reporters the plan \"must be thought through\".\n\n"
            "Tenants in the shelter have nowhere else to go. Several tenants have written to the mayor.")
    (asked,) = questions(voices.absent_voice, text)
    assert asked.answer == "People affected by the events"
    assert "Rosa Vint" in asked.feedback["Campaigners and charities"]
    assert "Mara Quill (the chief executive of the Tenants Council)" in asked.feedback["Campaigners and charities"]


def test_a_body_is_placed_by_the_words_before_it_or_by_the_role_of_its_own_head():
    ctx = context("Rocket launch delayed\n\n"
                  "ESRA said on Monday the rocket would fly in June.\n\n"
                  "\"Safety comes first,\" said Ann Hale, the ESRA Administrator.\n\n"
                  "The security firm Lockbyte said the delay was wise.")
    groups = {key: voices._voice_group(speaker, ctx) for key, speaker in ctx.speakers.items()}
    assert groups.get("Lockbyte") == "company"
    assert groups.get("ESRA") == "officials" and groups.get("Ann Hale") == "officials", groups


def test_an_expert_the_article_names_without_quoting_is_not_asked_as_the_absent_voice():
    text = MIXED_VOICES.replace("Tom Reed, a professor of engineering at the city university",
                                "Tom Reed, the chief executive of Reed Builders").rsplit("\n\n", 1)[0]
    assert questions(voices.absent_voice, text)
    assert not questions(voices.absent_voice, text + "\n\nThe plan was criticised by transport lawyer Jo Penn.")


def test_a_hidden_source_quotes_the_texts_own_words_whole_never_a_cut_phrase():
    # "social media have said" is not "media have said": the phrase quoted is the text's
    # whole subject, "Recent stories in some papers and on social media have said".
    text = ("Ministry rejects claims\n\n"
            "The Ministry of Health publishes its waiting lists every month.\n\n"
            "Recent stories in some papers and on social media have said that the Ministry removed patients from "
            "the lists to make the figures look better. This is not true.")
    (question,) = questions(sourcing.hidden_source, text)
    quoted_words = re.findall(r"“([^”]+)”", " ".join([question.answer, question.explanation, *question.feedback.values()]))
    assert quoted_words and all(words in text for words in quoted_words), quoted_words
    assert question.answer == "Sources it does not name"
    assert question.explanation.startswith("“Recent stories in some papers and on social media have said” names no")


def test_how_a_claim_is_sourced_and_which_claims_rest_on_unnamed_sources_are_one_lesson_a_pack():
    """"How is this claim sourced?" keyed on "a source it does not name", beside "which claims
    rest only on unnamed sources?": the second prints the first one's answer."""
    from quiz.core.domain import Question
    from quiz.core.generate import choose
    from quiz.core.generate.common import Candidate

    def asks(template, answer, evidence):
        return Candidate(Question(id=template, type="choice", skill="sourcing", prompt=f"Which claim? ({template})",
                                  choices=(answer, "It names the person who says it", "It names no source at all"),
                                  answer=answer, evidence=evidence, template=template), 0.9, template)

    chosen = choose([asks("support-kind", "It cites a source it does not name",
                          "The levy would start at 4 percent, an official said."),
                     asks("unnamed-only", "The levy would rise to 6 percent by 2030",
                          "The levy would rise to 6 percent by 2030, two officials said.")], 5, random.Random(0))
    assert len(chosen) == 1



@pytest.mark.parametrize("first, second", [("vague-source", "why-unnamed"), ("vague-source", "unnamed-only"),
                                           ("why-unnamed", "unnamed-only")])
def test_questions_on_the_same_unnamed_officials_are_one_lesson_a_pack(first, second):
    from quiz.core.domain import Question
    from quiz.core.generate import choose
    from quiz.core.generate.common import Candidate

    def asks(template, answer, evidence):
        return Candidate(Question(id=template, type="choice", skill="sourcing", prompt=f"Which? ({template})",
                                  choices=(answer, "Because they are experts", "A public record"),
                                  answer=answer, evidence=evidence, template=template), 0.9, template)

    chosen = choose([asks(first, "They are not named", "The levy would start at 4 percent, an official said."),
                     asks(second, "Because the talks are private", "Two officials spoke because the talks are private.")],
                    5, random.Random(0))
    assert len(chosen) == 1


MILL = (
    "Flour mill to reopen in Hartley with 200 jobs\n\n"
    "HARTLEY, Ohio — Goldgrain Foods will reopen the old flour mill in Hartley next year and hire 200 workers, the "
    "company said on Tuesday.\n\n"
    "\"Hartley has the farms, the rail line and the people we need,\" Goldgrain Foods chief executive Mara Stone told "
    "reporters at the mill.\n\n"
    "The company did not say how much the state had offered it in tax breaks. Two earlier plans to reopen the mill, "
    "in 2015 and 2019, were dropped.\n\n"
    "\"We will buy most of our wheat from farms within fifty miles,\" said Leo Park, the company's head of supply. "
    "\"That keeps money in the county.\"\n\n"
    "Stone said the first flour would leave the mill in the autumn. Goldgrain Foods said it would spend $40 million "
    "on new machines."
)


def test_whose_voices_says_who_is_quoted_not_that_the_whole_story_is_told_through_them():
    """The reporter adds what the company left out (the tax breaks, the dropped plans): the
    quotations come from one group, but the story is not told only through it. The company's
    officer is its chief executive, and the company is not listed beside its own people."""
    asked = questions(voices.whose_voices, MILL)[0]
    assert "told only through" not in asked.explanation and "one kind of voice" not in asked.explanation
    assert asked.explanation.startswith("Mara Stone (the Goldgrain Foods chief executive) and Leo Park (the company's "
                                        "head of supply), both from this group, give all the statements the article "
                                        "quotes: no one from outside this group is quoted"), asked.explanation


def test_whose_voices_lists_a_body_once_not_again_by_its_head_word():
    text = ("Ministry sends 200 border guards\n\n"
            "The Ministry of Defence said on Monday it would send 200 guards to the northern border.\n\n"
            "\"The guards will be there by June,\" said Defence Minister Ivo Marsh. \"They will stay as long as needed.\"\n\n"
            "\"We have trained them for this,\" said Eva Lind, a ministry spokeswoman.\n\n"
            "The Ministry said the plan would cost $30 million. The border has been closed to trucks since March.")
    asked = questions(voices.whose_voices, text)[0]
    assert asked.explanation.startswith("The Ministry of Defence, Ivo Marsh (the Defence Minister) and Eva Lind (a ministry "
                                        "spokeswoman), all from this group, give all"), asked.explanation


def test_a_post_that_one_person_holds_in_a_named_body_takes_the():
    assert with_article("Goldgrain Foods chief executive") == "the Goldgrain Foods chief executive"
    assert with_article("Hartley Bank chairman") == "the Hartley Bank chairman"
    assert with_article("Harvard professor") == "a Harvard professor"
    assert with_article("Apple spokesperson") == "an Apple spokesperson"


def test_a_vague_source_in_a_transcript_is_quoted_without_the_speakers_label():
    text = ("Mayor answers readers\n\n"
            "The Valley Times put readers' questions to Mayor Ana Ruiz.\n\n"
            "Valley Times: The bus plan has been delayed twice. When will it start?\n\n"
            "Ana Ruiz: Critics say the buses will never run on time, but the first route starts in May.\n\n"
            "Valley Times: Thank you.")
    asked = [q for q in questions(sourcing.vague_source, text) if "critics" in q.prompt]
    assert asked and all("Ana Ruiz:" not in q.prompt for q in asked)


OWN_SIDE = (
    "Town closes its pool for the summer\n\n"
    "Millford council closed the public pool on Monday, three weeks before the school holidays.\n\n"
    "\"We took this decision because the roof was no longer safe,\" said Ann Lee, the council's chief "
    "executive.\n\n"
    "Parents said the town had nowhere else for children to swim. \"It is a blow,\" said Tom Reyes, a father "
    "of two.\n\n"
    "The pool will reopen next year, Lee said."
)


def test_a_source_who_says_we_of_a_decision_is_asked_what_a_reader_should_keep_in_mind():
    (asked,) = questions(kinds.own_work_source, OWN_SIDE)
    assert asked.prompt == "The article reports what Ann Lee says. What should a reader keep in mind about this source?"
    assert asked.answer == "Ann Lee speaks for the side whose work is described, so gives that side's account"
    assert "“We took this decision”" in asked.explanation
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}


@pytest.mark.parametrize("quote", [
    "We have a serious problem in this town",  # "we" of a place, not of a side's actions
    "We made a mistake when we took this decision",  # a side that judges itself does not present it well
    "We must all help the pool reopen",  # a call, not a side's own work
    "We were told the roof was safe",  # done to the side, not by it
    "The pool was one of the things we enjoyed most",  # everyone's "we", inside a clause on a noun
    "As we all know, the roof was old",  # everyone's "we"
    "We are sad to see it close",  # a feeling, not the side's own work
])
def test_a_we_that_is_not_a_side_speaking_well_of_its_own_doing_is_not_asked(quote):
    text = OWN_SIDE.replace("We took this decision because the roof was no longer safe", quote)
    assert not questions(kinds.own_work_source, text)


@pytest.mark.parametrize(("quote", "shown"), [
    ("We spent £4.2 million on the roof since 2021", "“We spent £4.2 million”"),  # not "£4:"
    ("We did not close it for the money, but for safety", "“We did not close it for the money”"),  # not "We did not close it"
])
def test_a_sides_own_words_keep_a_figure_whole_and_a_denial_with_what_it_denies(quote, shown):
    text = OWN_SIDE.replace("We took this decision because the roof was no longer safe", quote)
    (asked,) = questions(kinds.own_work_source, text)
    assert shown in asked.explanation


def test_a_resident_with_no_post_is_not_read_as_speaking_for_a_side():
    text = OWN_SIDE.replace("Ann Lee, the council's chief executive", "Ann Lee, who lives near the pool")
    assert not questions(kinds.own_work_source, text)


def test_an_outside_expert_who_says_we_of_her_own_trials_is_not_read_as_speaking_for_the_side():
    study = ("Heat pumps cut bills, study finds\n\n"
             "A study by Millford University found that heat pumps cut winter bills by a third.\n\n"
             "Ann Lee, a scientist at Kelso University who was not involved in the study, welcomed it. "
             "\"We found the same thing in our own trials in 2019,\" said Lee, a senior researcher.\n\n"
             "The study followed 400 homes for two winters.")
    assert not questions(kinds.own_work_source, study)
    assert questions(kinds.own_work_source, study.replace(" who was not involved in the study", ""))


def test_an_organisation_that_says_we_of_its_own_plan_is_named_as_the_article_writes_it():
    text = ("Ministry may widen survey\n\n"
            "The Transport Ministry sent a letter to drivers on Friday.\n\n"
            "The Transport Ministry said: \"We may extend the survey to other drivers in due course.\"\n\n"
            "Drivers' groups called the survey a waste of money.")
    (asked,) = questions(kinds.own_work_source, text)
    assert asked.prompt == ("The article reports what the Transport Ministry says. What should a reader keep in mind "
                            "about this source?")
    assert asked.answer == "The Transport Ministry is describing its own work, so gives its own side's account"
    assert "“We may extend the survey”" in asked.explanation  # no word left hanging at the end


def test_a_company_that_said_it_would_build_is_asked_about_in_reported_speech():
    text = ("Water board to replace old pipes\n\n"
            "The Millford Water Board said it would replace every old pipe in the town by 2027.\n\n"
            "Local shop owners welcomed the news.")
    (asked,) = questions(kinds.own_work_source, text)
    assert asked.answer == "The Millford Water Board is describing its own work, so gives its own side's account"
    assert asked.explanation.startswith("The Millford Water Board said it would replace every old pipe:")
    assert not questions(kinds.own_work_source, text.replace("it would replace", "it was time to replace"))
    assert not questions(kinds.own_work_source, text.replace("it would replace", "it would take years to replace"))


def test_a_post_of_one_body_takes_the():
    text = OWN_SIDE.replace("Ann Lee, the council's chief executive", "Ann Lee, Minister of Sport and Leisure")
    (asked,) = questions(kinds.own_work_source, text)
    assert asked.explanation.startswith("Ann Lee, the Minister of Sport and Leisure, says “We took this decision”")


LAUNCHED = (
    "Bakery chain wants shoppers to bring their own bags\n\n"
    "On its website, \"Bag It\", Crumbs Bakery Ltd has launched a campaign to end paper bags in its shops by May.\n\n"
    "Crumbs Bakery Ltd said paper bags cost its shops $40,000 a year.\n\n"
    "Shoppers in Millford said the change would take some getting used to."
)


def test_a_company_the_story_opens_on_as_the_maker_of_what_it_speaks_of_is_asked_about():
    (asked,) = questions(kinds.own_work_source, LAUNCHED)
    assert asked.answer == "Crumbs Bakery Ltd is describing its own work, so gives its own side's account"
    assert asked.explanation.startswith("The article says “Crumbs Bakery Ltd has launched a campaign”:")
    assert asked.evidence.startswith("On its website")


def test_a_deed_told_in_someone_s_quotation_is_not_the_story_s():
    text = LAUNCHED.replace("On its website, \"Bag It\", Crumbs Bakery Ltd has launched a campaign to end paper bags in "
                            "its shops by May.",
                            "\"Crumbs Bakery Ltd has launched a campaign to end paper bags,\" a shopper wrote online.")
    assert not questions(kinds.own_work_source, text)


def test_an_opposition_spokeswoman_s_we_is_left_to_the_opposition_question():
    text = OWN_SIDE.replace("Ann Lee, the council's chief executive", "Ann Lee, the opposition's spokeswoman on sport")
    assert not questions(kinds.own_work_source, text)


# Three kinds of article, each with a source speaking of its own side's work.
OWN_WORK_GENRES = {
    "study": ("Walking to school linked to better sleep\n\n"
              "Children who walk to school sleep 20 minutes longer than children who are driven, a study of 1,200 "
              "pupils found.\n\n"
              "\"We followed the children for a whole school year,\" said Maria Costa, a researcher at Lakeside "
              "University who worked on the study.\n\n"
              "Tom Berg, a sleep doctor who was not involved in the research, said families who walk may differ in "
              "other ways.", "Maria Costa", "We followed the children"),
    "wire": ("Port strike ends after pay deal\n\n"
             "HARBOURTON (Wire) - Dock workers returned to work on Friday after a nine-day strike.\n\n"
             "\"We made a fair offer and we are glad the workers accepted it,\" said Lena Park, chief executive of "
             "Harbour Ports Group, which runs the port.\n\n"
             "Shipping firms said more than 40 ships were waiting off the coast.", "Lena Park", "We made a fair offer"),
    "opinion": ("Our town needs its library\n\n"
                "Last month the council voted to cut the library's opening hours from six days a week to three.\n\n"
                "\"We looked at every service and made hard choices to balance the budget,\" council leader Mark Hale "
                "told the Millford Gazette.\n\n"
                "But the library is where children without a computer do their homework. The council should find the "
                "money elsewhere.", "Mark Hale", "We looked"),
}


@pytest.mark.parametrize("genre", sorted(OWN_WORK_GENRES))
def test_a_source_speaking_of_its_own_side_s_work_is_asked_about_in_every_kind_of_article(genre):
    text, who, words = OWN_WORK_GENRES[genre]
    (asked,) = questions(kinds.own_work_source, text)
    assert asked.answer == f"{who} speaks for the side whose work is described, so gives that side's account"
    assert f"“{words}”" in asked.explanation
    # The post that answers it is not printed beside the name.
    assert asked.prompt == f"The article reports what {who} says. What should a reader keep in mind about this source?"


def test_a_side_proud_of_its_own_work_speaks_of_it():
    text = OWN_SIDE.replace("We took this decision because the roof was no longer safe",
                            "We are proud to have kept the pool open for forty years")
    (asked,) = questions(kinds.own_work_source, text)
    assert "“We are proud to have kept the pool open”" in asked.explanation
    # What the side did comes before what it is proud of.
    text = text.replace("The pool will reopen next year, Lee said.",
                        "\"Our engineers checked the roof twice,\" said Lee.")
    (asked,) = questions(kinds.own_work_source, text)
    assert "“Our engineers checked the roof twice”" in asked.explanation


def test_a_minister_saying_this_government_has_done_speaks_of_its_own_side_s_work():
    text = OWN_SIDE.replace("We took this decision because the roof was no longer safe",
                            "This council has done more for swimmers than any before it")
    (asked,) = questions(kinds.own_work_source, text)
    assert "“This council has done more”" in asked.explanation


def test_an_everyday_link_in_a_story_is_no_cause_to_weigh_only_a_measured_change_is():
    # "the Twitter attention led to an invitation", asked "what backs this claim about a cause?"
    # with "a study it cites on the cause" beside it: no one would look for one (round 37).
    story = ("Student's robot goes viral\n\n"
             "A video of a robot built by a Millford student was shared thousands of times last week.\n\n"
             "The attention online led to an invitation to the state science fair in Dover.\n\n"
             "The fair opens on Saturday in Dover.")
    assert not questions(sourcing.unsourced_cause, story)
    measured = story.replace("The attention online led to an invitation to the state science fair in Dover.",
                             "The new bus lane led to a fall in late arrivals at the school.")
    assert len(questions(sourcing.unsourced_cause, measured)) == 1
    # A year dates the link and measures nothing.
    dated = story.replace("The attention online led to", "The attention online in 2019 led to")
    assert not questions(sourcing.unsourced_cause, dated)


def test_a_release_asks_who_its_voices_are_not_the_stake_of_one_of_its_own_officers():
    # "The release quotes Laura Chen and Raj Patel: both work for the company", then "what should
    # a reader keep in mind about Raj Patel?": the first prints the second's answer (round 37).
    from pathlib import Path
    text = (Path(__file__).parents[1] / "data" / "statements" / "company-media-contact.txt").read_text(encoding="utf-8")
    assert not [q for q in questions(kinds.interested_source, text) if "company" in q.answer]
    assert "own-voices" in [q.template for q in generate_pack(text, seed=1).questions]


@pytest.mark.parametrize("description, plural", [
    ("two diplomats", True), ("officials at the ministry", True), ("people familiar with the plan", True),
    ("a person familiar with the talks", False), ("an official at the Ministry of Foreign Affairs", False),
    ("a diplomat from the Philippines", False), ("a senior official", False)])
def test_one_unnamed_source_is_spoken_of_in_the_singular(description, plural):
    from quiz.core.generate.common import several_people
    assert several_people(description) is plural


# Round 42 of the review: questions whose answer sat in the prompt, or whose wrong choices no
# student would pick.

VOTE_RULE = (
    "Council keeps its veto rule\n\n"
    "The Eastport council voted on Tuesday to keep a rule that lets any three members stop a new budget.\n\n"
    "Supporters say the rule protects small districts. Critics say it lets a few members block what most people "
    "want.\n\n"
    "Mayor Tom Reed said the council would look at the rule again next year.\n\n"
    "Council clerk Ann Price said the rule had been used twice since 2015.")


def test_a_vague_source_is_asked_whether_the_article_names_them_anywhere_not_in_the_printed_words():
    (asked,) = [q for q in questions(sourcing.vague_source, VOTE_RULE) if "critics" in q.prompt]
    # The printed sentence shows "Critics say": what needs the article is whether it names them anywhere.
    assert "Somewhere in the article" in asked.prompt and " here:" not in asked.prompt
    assert asked.answer is False and "Nowhere else does the article name them" in asked.explanation
    assert "“Supporters”" in asked.explanation  # just as unnamed, in the same passage


def test_a_vague_source_the_article_names_further_on_is_not_asked():
    named = VOTE_RULE + "\n\nJo Penn, a critic of the rule, said it had blocked two budgets."
    assert not [q for q in questions(sourcing.vague_source, named) if "critics" in q.prompt]


def test_what_a_speaker_says_apparently_is_asked_what_source_they_give_not_who_says_so():
    # "Who says so, according to Anna Kowal?": Anna Kowal herself does, which no choice offered.
    text = ("Market to close early\n\n"
            "The Eastport market will close at six in the evening from Monday.\n\n"
            "\"The council apparently wants the square empty before the summer concerts begin,\" said Anna Kowal, who "
            "has sold fish at the market for twenty years.\n\n"
            "Mark Reyes, the market manager, said the stalls would open an hour earlier instead.")
    (asked,) = [q for q in questions(sourcing.hidden_source, text) if "apparently" in q.evidence]
    assert asked.prompt.startswith("Anna Kowal says: “The council apparently wants")
    assert asked.prompt.endswith("What source does Anna Kowal give for “apparently wants the square empty before the summer "
                                 "concerts begin”?")
    assert "according to Anna Kowal" not in asked.prompt
    assert asked.answer == "None: “apparently” does not say to whom it seems so"


def test_a_reason_for_anonymity_in_the_sentence_that_cites_the_source_is_not_asked():
    # The reason sits beside the source: the student would only copy it.
    text = ("Talks on aid convoys\n\n"
            "Two diplomats, who spoke on condition of anonymity because the talks are private, said a draft deal would "
            "allow convoys to pass at fixed times.\n\n"
            "The foreign ministry said on Monday that the talks would go on.")
    assert not questions(sourcing.why_unnamed, text)


def test_the_wrong_reasons_for_anonymity_are_reasons_a_reader_could_believe():
    text = ("Schools to close early\n\n"
            "A city official confirmed that all schools in Northbay will close a week early this summer.\n\n"
            "Parents were told in a letter on Friday, and the teachers' union said it had not been asked.\n\n"
            "The city official, who spoke on condition of anonymity because the plan is not yet public, did not say how "
            "much money the closure would save.")
    (asked,) = questions(sourcing.why_unnamed, text)
    wrong = [c for c in asked.choices if c != asked.answer]
    assert "The article gives no reason" in wrong
    assert not [c for c in wrong if "well known" in c or "later on" in c]
    assert "The source was not authorised to speak to reporters" in wrong
    assert set(asked.feedback) == set(wrong)


def test_a_side_that_speaks_of_its_own_work_gets_wrong_choices_a_student_could_believe():
    (asked,) = questions(kinds.own_work_source, OWN_SIDE)
    wrong = " ".join(c for c in asked.choices if c != asked.answer)
    assert "needs no check" not in wrong and "journalist" not in wrong
    assert "Ann Lee is an outside expert" in wrong and "one of the critics" in wrong and "member of the public" in wrong


def test_a_coachs_feelings_about_a_result_are_not_asked_as_a_side_speaking_of_its_work():
    text = ("Eastport lose the cup final\n\n"
            "Eastport lost 3-0 to Northbay in the cup final on Saturday.\n\n"
            "\"I think we have learned a lot today,\" said Pete Lund, the Eastport coach.\n\n"
            "Fans left the ground before the final whistle.")
    assert not questions(kinds.own_work_source, text)
    assert questions(kinds.own_work_source, text.replace("we have learned a lot today", "we have trained twice a day all season"))


CAUSE = ("How the new bin rules work\n\nFrom May, Millbrook households will sort food waste into a green caddy. "
         "Collections will be weekly.\n\nWasteWatch, a group that campaigns for weekly collections, says the "
         "change will cut litter by half.")


def test_a_group_the_article_says_campaigns_for_a_cause_is_asked_about_as_one_side():
    (question,) = questions(kinds.cause_group, CAUSE)
    assert question.prompt == ("The article reports what WasteWatch says. "
                               "What should a reader keep in mind about this source?")
    assert question.answer == "WasteWatch works for one side of this story, so gives that side's view"
    assert question.explanation.startswith("The article calls WasteWatch a group that campaigns for weekly collections.")


def test_a_group_with_no_cause_given_is_not_asked_about_as_one_side():
    council = CAUSE.replace("a group that campaigns for weekly collections", "which runs the collections")
    assert questions(kinds.cause_group, council) == []


FUNDED = ("Chocolate eaters sleep better, study suggests\n\nResearchers at Northfield University asked 300 students "
          "how much chocolate they ate and how well they slept. Those who ate chocolate daily said they slept longer.\n\n"
          "The study was funded by the Cocoa Makers Council, a trade body that promotes chocolate.")


def test_a_study_paid_for_by_a_body_that_gains_from_its_result_asks_why_that_matters():
    (question,) = questions(kinds.funder_stake, FUNDED)
    assert question.prompt == ("The article says the study was paid for by the Cocoa Makers Council. "
                               "Why does that matter to a reader?")
    assert question.answer == "The Cocoa Makers Council could gain from the result, so the study needs an outside check"
    assert "The Cocoa Makers Council paid for the study, so its result must be false" in question.choices
    assert question.explanation.startswith("The article calls the Cocoa Makers Council a trade body that promotes chocolate")


def test_a_payer_the_article_gives_no_stake_is_not_asked_about():
    charity = FUNDED.replace("a trade body that promotes chocolate", "a charity that funds sleep research")
    assert questions(kinds.funder_stake, charity) == []


def test_a_charity_that_makes_grants_or_a_company_is_not_read_as_gaining_from_the_result():
    for what in ("a charity that makes grants for sleep research", "a company based in Leeds",
                 "a foundation that benefits local schools"):
        assert questions(kinds.funder_stake, FUNDED.replace("a trade body that promotes chocolate", what)) == [], what


SLEEP_PILL = (
    "Sleeping pill makers face new warning\n\n"
    "Regulators will add a warning to the labels of zolpidem, a common sleeping pill, next month.\n\n"
    "A spokesperson for one of the manufacturers of zolpidem spoke to reporters on Monday. She said the warning "
    "would not change how the pill is sold in pharmacies.\n\n"
    "A company spokesman was asked about the cost. He said the new labels would cost more than $2 million to print.\n\n"
    "\"Patients should talk to their doctor before they stop,\" said Dr. Ruth Bell, a sleep doctor at Hill Hospital.\n\n"
    "Tom Reed, a pharmacist in Eastport, said few customers had asked about the warning so far."
)


def test_a_spokesperson_for_a_body_described_but_not_named_speaks_for_no_named_organisation():
    for description in ("A spokesperson for one of the manufacturers of zolpidem", "a company spokesman",
                        "a local hospital spokeswoman", "a spokesman for a drug company"):
        source = type("Source", (), {"data": {"speaker": {"description": description}}})
        assert sourcing.spokesperson_for(source) == "", description
    for description, body in (("a spokesman for Two Sigma Investments", "Two Sigma Investments"),
                              ("a spokeswoman for Many Hands Food Bank", "Many Hands Food Bank")):
        source = type("Source", (), {"data": {"speaker": {"description": description}}})
        assert sourcing.spokesperson_for(source).removeprefix("the ") == body, description
    asked = questions(sourcing.support_kind, SLEEP_PILL)
    assert not [q for q in asked if q.answer == "It names the organisation that says it"], [q.prompt for q in asked]
    assert not [q for q in asked if "the of the" in q.explanation or "of the manufacturers" in q.explanation]


def test_a_claim_that_says_the_department_with_no_name_is_not_quoted_as_a_prompt():
    text = SPOKESMAN.replace("He said the clinics in the north of the country will stay open",
                             "He said the department would keep the clinics in the north of the country open")
    assert not [q for q in questions(sourcing.support_kind, text) if "the department" in q.prompt]
    assert [q for q in questions(sourcing.support_kind, SPOKESMAN) if "stay open" in q.prompt]


def test_a_claim_with_its_attribution_in_the_same_sentence_is_not_asked_how_it_is_sourced():
    text = (
        "Insurer under review\n\n"
        "State regulators are looking into complaints about Northway Insurance, which sells car cover in Ohio.\n\n"
        "A spokesman for the Ohio Department of Insurance said the agency does not comment on open reviews.\n\n"
        "A spokesman for the Ohio Department of Insurance said complaints about the insurer rose by a third last year.\n\n"
        "\"We answer every complaint within a week,\" said Jo Penn, a manager at Northway Insurance.\n\n"
        "Ann Lee, a driver in Dayton, said she had waited two months for her claim to be paid.")
    asked = questions(sourcing.support_kind, text)
    assert not [q for q in asked if "open reviews" in q.prompt or "rose by a third" in q.prompt], [q.prompt for q in asked]


MERGER = (
    "Merger talks between Harlow Foods and Brant Dairy stall\n\n"
    "Talks between Harlow Foods and Brant Dairy over a $2 billion merger have stalled, according to three people "
    "familiar with the matter, who asked not to be named because the talks are confidential.\n\n"
    "Sources said the two sides disagree over who would run the new company.\n\n"
    "\"We do not comment on market rumours,\" said Lisa Grant, a spokeswoman for Harlow Foods.\n\n"
    "Brant Dairy chief executive Mark Olsen said in March that the company was open to offers."
)


def test_a_vague_source_the_article_counts_and_explains_is_not_said_to_lack_a_count_or_a_reason():
    # "Sources" may be the three people familiar with the matter: how many, and why unnamed, is said.
    assert not [q for q in questions(sourcing.vague_source, MERGER) if "how many" in q.explanation]
    text = MERGER.replace("have stalled, according to three people familiar with the matter, who asked not to be named "
                          "because the talks are confidential.", "have stalled.")
    (asked,) = questions(sourcing.vague_source, text)
    assert "how many" in asked.explanation


JET = (
    "Jet slides off taxiway at Denver airport\n\n"
    "A United Airlines jet slid off a taxiway at Denver International Airport on Sunday evening.\n\n"
    "Airport officials said four passengers were taken to hospital with minor injuries.\n\n"
    "Two officials with knowledge of the investigation said the plane had missed a scheduled brake inspection in March. "
    "They spoke on condition of anonymity because they were not authorised to discuss the inquiry.\n\n"
    "\"We are cooperating fully with investigators,\" said Jane Ortiz, a United spokeswoman.\n\n"
    "The National Transportation Safety Board said it had sent a team to the airport."
)


def test_officials_of_a_body_are_not_vague_and_the_anonymous_sources_behind_the_news_are_asked_about():
    (asked,) = questions(sourcing.vague_source, JET)
    assert "brake inspection" in asked.prompt and "Airport officials" not in asked.prompt
    assert "at least one of the two officials behind these words is named" in asked.prompt
    assert "how many" not in asked.explanation.split("cannot tell")[1] and "how they know" not in asked.explanation.split(
        "cannot tell")[1]
    assert "not authorised to discuss the inquiry" in asked.explanation
    assert not questions(sourcing.vague_source, JET.replace("Two officials with knowledge of the investigation said",
                                                            "City officials said"))


INSOMNIA = (
    "Online therapy eases insomnia, trial finds\n\n"
    "Adults with insomnia who took a six-week online course slept better, a trial of 600 people found.\n\n"
    "\"We saw gains that lasted a year,\" said Dr. Maya Chen, who led the trial at Lakeside University.\n\n"
    "Dr. Omar Haddad, a co-author of the study, said the course worked best for older adults.\n\n"
    "Dr. Ruth Bell, a sleep researcher at Hill University who was not involved in the trial, said the results were "
    "encouraging but the trial was short.\n\n"
    "Gordon Pelletier, a psychologist at the Northfield Institute who also took no part in the research, said the "
    "results were strong. His group is partly funded by a company that sells a sleep therapy app."
)


def test_every_wrong_choice_for_the_outside_voice_is_tied_to_the_research():
    (asked,) = questions(kinds.independent_voice, INSOMNIA)
    assert asked.answer == "Ruth Bell"
    assert not [c for c in asked.choices if "Pelletier" in c], "outside the research too: a second right answer"
    assert all("part of the work" in f for f in asked.feedback.values())


def test_an_outside_voice_with_a_stake_is_not_the_key():
    # Bell gone, only Pelletier is outside, and a company that sells an app pays his group.
    text = INSOMNIA.replace(", who was not involved in the trial,", ",").replace(
        "a sleep researcher at Hill University who was not involved in the trial", "a sleep researcher at Hill University")
    assert not questions(kinds.independent_voice, text)
    assert questions(kinds.independent_voice, INSOMNIA)  # with Bell, outside and with no stake, it is asked


NEWSROOMS = (
    "Local newsrooms shrink, survey finds\n\n"
    "Two in three local newspapers have cut their reporting staff since 2020, a survey of 900 editors by the Hale "
    "Institute found.\n\n"
    "Janet Orloff, an executive editor of the Brevard Sentinel in Ohio, who was not involved in the survey, said many "
    "editors she knew would not admit how bad things were.\n\n"
    "\"Our newsroom has halved,\" Orloff said."
)


def test_an_interested_party_outside_a_survey_is_not_taught_as_a_neutral_check():
    assert not questions(kinds.independent_voice, NEWSROOMS)



def test_experts_of_a_field_are_vague_and_officials_of_a_body_are_not():
    assert sourcing._no_body("health experts") and sourcing._no_body("two senior officials")
    assert not sourcing._no_body("airport officials") and not sourcing._no_body("Pentagon experts")
    assert not sourcing._no_body("officials at the Ministry of Health")


def test_a_pack_asks_who_is_outside_the_research_or_what_its_leader_judges_not_both():
    # The first one's feedback says who led the work: the second one's answer.
    chosen = [q.template for q in generate_pack(INSOMNIA, seed=1).questions]
    assert not {"independent-voice", "own-study-source"} <= set(chosen), chosen


def test_people_familiar_with_the_talks_are_an_unnamed_source_and_people_in_the_street_are_not_asked_about():
    text = MERGER.replace("have stalled, according to three people familiar with the matter, who asked not to be named "
                          "because the talks are confidential.", "have stalled.")
    familiar = text.replace("Sources said", "Two people familiar with the talks said")
    (asked,) = questions(sourcing.vague_source, familiar)
    assert "at least one of the two people behind these words" in asked.prompt
    assert not questions(sourcing.vague_source, text.replace("Sources said", "Many people said"))


def test_the_outside_voice_is_named_in_the_prompt_without_a_role_that_would_run_into_it():
    # "the view of Janet Orloff, an executive editor of the Brevard Sentinel in Ohio on the survey"
    text = ("Cold baths speed up recovery, trial finds\n\n"
            "Runners who took a cold bath after a race felt less pain two days later, a trial of 80 runners found.\n\n"
            "Nina Berg, a sports scientist at Lake University in Ohio, who was not involved in the trial, said the "
            "results were promising but the trial was small.")
    (asked,) = questions(kinds.independent_voice, text)
    assert asked.prompt == "The article gives the view of Nina Berg on the trial. Why does it include this view?"


def test_researchers_one_of_whom_speaks_in_the_next_sentence_are_not_asked_as_named_nowhere():
    text = ("Beavers and floods\n\n"
            "Beaver dams upstream could cut flood peaks in the valley, some researchers argue. "
            "Dr. Paul Achterberg, an ecologist at Castlebrook University, said the dams slowed water in every storm he measured.\n\n"
            "The council will decide on the trial next month.")
    assert not questions(sourcing.vague_source, text)
    assert questions(sourcing.vague_source, text.replace("Dr. Paul Achterberg, an ecologist at Castlebrook University,",
                                                         "Council leader Ann Fry"))


def test_a_spokesman_for_a_premier_is_tied_to_the_premiers_office():
    text = ("Premier defends teacher numbers\n\n"
            "The premier said on Monday that the province had hired 4,150 more teachers since 2021.\n\n"
            "A spokesman for the premier, Gareth Oduya, said the government stood by the figure. "
            "\"Every one of them is a teacher in front of students,\" he said.\n\n"
            "The premier's claim was checked against the ministry's own staffing reports.")
    (asked,) = questions(kinds.interested_source, text)
    assert asked.answer == "Gareth Oduya is tied to the premier's office, so speaks for its side, not as a neutral observer"


def test_a_claim_is_traced_to_the_sentence_that_names_its_source_not_one_holding_the_name_inside_a_word():
    from quiz.core.domain import Fact

    text = ("Council budget\n\nTom Ward, a spokesman for the Riverton City Council, spoke to reporters on Monday. "
            "The council also gave its annual service award to a nurse. He said the budget would rise by a tenth.")
    article = parse_article(text)
    ctx = Context(article, read_facts(article), random.Random(1))
    at = text.index("He said")
    claim = Fact("source", at, len(text), text[at:], {"speaker": {"name": "Tom Ward", "kind": "person", "named": True,
                                                                  "description": "spokesman"},
                                                      "sentence_start": at, "sentence_end": len(text)})
    assert sourcing.traced_from(ctx, claim) == text.index("Tom Ward")
