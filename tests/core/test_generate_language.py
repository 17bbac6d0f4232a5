"""Loaded language: what a judging speech verb does to what this speaker said, the words
that persuade in a speech, an interview or an opinion piece, and praise that claims a
comparison with the past."""

import random

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import language
from quiz.core.generate.common import Context
from quiz.core.generate.gate import problems


def _context(text: str) -> Context:
    article = parse_article(text)
    return Context(article, read_facts(article), random.Random(1))


def test_a_speech_verb_is_explained_by_what_this_speaker_said():
    text = ("Harbour club loses the final\n\n"
            "Coach Ben Reyes admitted that the team had trained for only two days before the final.\n\n"
            "The club has 300 members and plays on the north pitch, a spokesman said.")
    (asked,) = [c.question for c in language.speech_verb(_context(text))]
    assert "owned up" in asked.answer
    # Not the verb's meaning alone: what Reyes owned up to, in the article's words.
    assert "the team had trained for only two days before the final" in asked.explanation
    assert "Ben Reyes" in asked.explanation
    for wrong, feedback in asked.feedback.items():
        assert "trained for only two days" in feedback, wrong


def test_declared_is_not_asked_as_colour():
    """For a formal statement "declared" is the accurate verb: asking what it suggests
    beside "said" would teach students to find slant where there is none."""
    text = ("Bridge reopens to lorries\n\n"
            "Governor Ana Ruiz declared that the old river bridge was safe for lorries again after the repairs.\n\n"
            "The bridge carries 9,000 vehicles a day, the county's roads office said.")
    article = parse_article(text)
    ctx = Context(article, read_facts(article), random.Random(1))
    assert [f.data["word"] for f in ctx.of_kind("loaded", loaded_kind="speech-verb")] == ["declared"]
    assert list(language.speech_verb(ctx)) == []


SPEECH = """Jobs for the valley

Madam Speaker, I rise today to speak for the families of the valley and the workers who live there.

Closed mills have pushed workers and their children into debt, poverty and misery.

In 2019, the state closed three mills in the valley. Last year the council spent $4 million on new roads.

We must pass the jobs bill before the summer. I urge every member of this House to vote for it.
"""


def test_in_a_speech_a_word_that_paints_suffering_is_asked_as_the_speakers_persuasion():
    ctx = _context(SPEECH)
    assert ctx.kind.kind == "speech"
    (asked,) = [c.question for c in language.charged_word(ctx)]
    assert asked.template == "persuading-word" and asked.answer == "misery"
    assert "Which word does the speaker use to stir listeners' feelings" in asked.prompt
    assert "report" not in asked.prompt and "report" not in asked.explanation
    assert set(asked.choices) - {"misery"} <= {"mills", "workers", "children", "debt", "poverty"}
    assert "“hardship”" in asked.explanation and "A speech persuades" in asked.explanation
    assert set(asked.feedback) == set(asked.choices) - {"misery"}
    assert problems(asked, SPEECH) == []


def test_a_word_that_paints_suffering_is_not_asked_as_loaded_in_a_report():
    text = ("Floods leave hundreds homeless\n\n"
            "The floods brought misery to the farmers and families of the lower valley on Monday, police said.\n\n"
            "The river rose by two metres and 300 homes were flooded, the county's emergency office said.")
    ctx = _context(text)
    assert ctx.kind.kind in language.REPORT_KINDS
    assert [c.question.answer for c in language.charged_word(ctx)] == []


INTERVIEW = """Interview with a council candidate

Eastford News: Why are you running for the council?

Maria Lopez: I am the only candidate who stands against the cronyism of the council in the hiring of staff.

Eastford News: What would you change first?

Maria Lopez: I would publish every contract of the council online within a year.
"""


def test_in_an_interview_the_answerers_loaded_word_is_asked_beside_plain_nouns_and_no_ism():
    ctx = _context(INTERVIEW)
    assert ctx.kind.kind == "interview"
    (asked,) = [c.question for c in language.charged_word(ctx)]
    assert asked.answer == "cronyism" and "Which word does Maria Lopez use" in asked.prompt
    assert not [c for c in asked.choices if c != "cronyism" and c.endswith("ism")]
    assert "Maria Lopez's feeling" in asked.explanation and "An interview answer persuades" in asked.explanation


def test_praise_that_claims_a_record_says_what_a_reader_would_compare_it_with():
    text = ("Fact Sheet: Town Funds New Homes\n\n"
            "The Office of the Mayor announced today that the town will build 400 homes in the eastern district.\n\n"
            "The unprecedented funding pays for the paved roads, the covered drains and the public schools of the eastern estate.")
    (asked,) = [c.question for c in language.charged_word(_context(text)) if c.question.answer == "unprecedented"]
    assert "compare it with earlier years" in asked.explanation


def test_noted_pointed_out_and_doubts_are_not_asked_beside_said():
    # Writers use "noted" and "pointed out" as plain "said"; "said" in place of "doubts"
    # would turn the meaning round: none suggests something a plain "said" would not.
    text = ("Ferry fares to rise in June\n\n"
            "Harbour manager Lena Ortiz pointed out that the ferry had not raised its fares for nine years.\n\n"
            "Deputy manager Sam Reed noted that the new ticket machines take cards.\n\n"
            "Councillor Ruth Hale doubts that the rise will pay for the new pier.\n\n"
            "The ferry carries 2,000 passengers a day, the harbour office said.")
    assert list(language.speech_verb(_context(text))) == []
    assert not [f for f in _context(text).of_kind("loaded", loaded_kind="speech-verb")]


def test_two_loaded_words_in_a_speakers_quotation_are_asked_together():
    text = ("Bus routes to be reduced\n\n"
            "The council will run fewer buses on four routes from May, it said on Friday.\n\n"
            "\"The council's draconian plan is a reckless cut to weekly bus services for elderly residents in the rural town,\" said "
            "Ann Cole, the head of the residents' association.")
    (asked,) = [c.question for c in language.charged_word(_context(text))]
    assert asked.type == "multi" and sorted(asked.answer) == ["draconian", "reckless"]
    assert "Which words in Ann Cole’s quotation are loaded" in asked.prompt
    assert "Ann Cole’s words, not the writer's" in asked.explanation
    assert set(asked.feedback) == set(asked.choices) - {"draconian", "reckless"}
    assert problems(asked, text) == []


def test_greater_before_a_place_name_is_part_of_the_name_not_a_second_judging_word():
    text = ("County closes pool for the summer\n\n"
            "The county's draconian rules shut the public outdoor pool to local families of the greater Eastford area in June.\n\n"
            "The pool has 12 staff and 400 members, a county spokesman said.")
    assert [c.question.answer for c in language.charged_word(_context(text))] == ["draconian"]


def test_a_however_sentence_is_shown_with_the_sentence_it_answers():
    text = ("Reading scheme lifts test scores\n\n"
            "Pupils in the scheme read each story twice, at school and at home. "
            "However, Dr. Nora Patel insisted that the second reading itself raised the scores.\n\n"
            "The scheme ran in 12 schools with 900 pupils, the district said.")
    (asked,) = [c.question for c in language.speech_verb(_context(text))]
    # "However ... the second reading": the sentence it answers is shown with it; the evidence is its own.
    assert asked.evidence.startswith("However, Dr. Nora Patel insisted") and "Pupils in the scheme read each story twice" in asked.prompt
    assert "the second reading itself raised the scores" in asked.explanation
    assert problems(asked, text) == []


def test_a_verb_in_a_while_clause_is_not_asked_its_words_run_into_another_claim():
    text = ("Pension plan\n\n"
            "While union leader Sam Ode concedes that some of the arguments are valid, the change is needed and must "
            "be seen as part of a wider plan.\n\n"
            "The plan covers 40,000 workers, the union said.")
    assert list(language.speech_verb(_context(text))) == []
    assert len(list(language.speech_verb(_context(text.replace("While union leader Sam Ode concedes that some of the "
                                                                   "arguments are valid, the change",
                                                                   "Union leader Sam Ode concedes that some of the "
                                                                   "arguments are valid. The change"))))) == 1


def test_the_praise_words_of_a_press_release_are_asked_as_loaded():
    text = ("Fact Sheet: City Opens New Clinic\n\n"
            "The Office of the Mayor announced today that the city opened a clinic with 40 beds in the eastern district.\n\n"
            "The groundbreaking clinic offers free eye tests and dental checks to children of the district.")
    (asked,) = [c.question for c in language.charged_word(_context(text))]
    assert asked.answer == "groundbreaking" and "“new”" in asked.explanation


def test_terror_meaning_terrorism_and_suffering_in_an_experts_answer_are_not_asked():
    speech = SPEECH.replace("Closed mills have pushed workers and their children into debt, poverty and misery.",
                            "Closed mills and two acts of terror have pushed workers and their children into debt and poverty.")
    assert [c.question.answer for c in language.charged_word(_context(speech))] == []
    interview = INTERVIEW.replace("stands against the cronyism of the council in the hiring of staff",
                                  "saw the misery of the flood in the lower town and the loss of homes")
    assert [c.question.answer for c in language.charged_word(_context(interview))] == []


def test_declaring_an_emergency_is_an_act_not_words_and_is_not_asked():
    text = ("Floods close the valley road\n\n"
            "Governor Ana Ruiz declared a state of emergency on Monday after the floods in the valley.\n\n"
            "The valley has 4,000 homes, a county spokesman said.")
    assert list(language.speech_verb(_context(text))) == []


def _naming_choices(text: str, key: str) -> set[str]:
    """The plain-noun wrong choices beside `key` (possibly none, when the sentence has too few)."""
    ctx = _context(text)
    (fact,) = [f for f in ctx.of_kind("loaded", loaded_kind="charged") if f.data["word"] == key]
    return set(fact.data["_naming"])


def test_the_noun_a_loaded_word_hangs_on_is_never_offered_as_only_naming_a_thing():
    # "a steady diet of propaganda": "diet" is part of the loaded image, not a plain name.
    speech = ("Freedom for the valley\n\n"
              "My friends, I rise today to speak for the families of this valley.\n\n"
              "Our workers have been fed a steady diet of propaganda by the owners of the mills and their friends.\n\n"
              "We must pass the jobs bill before the summer. I urge every member of this House to vote for it.")
    naming = _naming_choices(speech, "propaganda")
    assert "diet" not in naming and "owners" in naming
    # "a sharp escalation in the crackdown": a noun of change that judges as much as the key.
    report = ("Police add patrols in the harbour\n\n"
              "The addition of 300 officers marks an escalation in the city's crackdown on street vendors near the port.\n\n"
              "The city has 2,000 licensed vendors, the council said on Monday.")
    naming = _naming_choices(report, "crackdown")
    assert "escalation" not in naming and "addition" in naming
    for question in (c.question for c in language.charged_word(_context(report))):
        assert "escalation" not in question.choices


def test_the_first_noun_of_a_set_phrase_is_not_offered_as_only_naming_a_thing():
    # "the rule of law" applauds as a whole: "rule" alone is no plain name a student could rule out.
    speech = ("Vote for change\n\n"
              "My friends, I am the only candidate who stands against cronyism and for the rule of law in this city.\n\n"
              "We must pass the jobs bill before the summer. I urge every voter in this town to vote for it.")
    naming = _naming_choices(speech, "cronyism")
    assert "rule" not in naming and "candidate" in naming


def test_a_verb_set_on_a_run_of_clauses_is_not_asked_of_them_all():
    # "concedes that A is valid, B is needed and C must ...": what he owned up to may be A alone.
    text = ("Council backs the new budget\n\n"
            "Councillor Tom Ward concedes that many of the objections of residents are fair, a rise in fees is needed "
            "and must be judged beside the whole plan.\n\n"
            "The town spends $2 million a year on its parks, the council's finance office said.")
    assert list(language.speech_verb(_context(text))) == []
    single = text.replace(", a rise in fees is needed and must be judged beside the whole plan", "")
    assert [c.question.answer for c in language.speech_verb(_context(single))]


def test_a_noun_the_loaded_word_only_judges_and_a_noun_opening_the_sentence_stay_plain_choices():
    speech = ("Jobs for the valley\n\n"
              "My friends, I rise today to speak for the families of this valley.\n\n"
              "Families see the old tax system for the sham it has become in the towns of the valley.\n\n"
              "We must pass the jobs bill before the summer. I urge every member of this House to vote for it.")
    naming = _naming_choices(speech, "sham")
    assert {"Families", "system", "towns"} <= naming


def test_a_loaded_word_beside_a_fair_word_for_a_disaster_is_still_asked():
    # "devastating floods" describes the disaster fairly; "unprecedented" is the release's praise of itself.
    text = ("Fact Sheet: Town Responds to Floods\n\n"
            "The Office of the Mayor announced today that the town will open four shelters in the eastern district.\n\n"
            "The town is mounting an unprecedented response to the devastating floods in the coastal farms of the rural north.")
    (asked,) = [c.question for c in language.charged_word(_context(text)) if c.question.answer == "unprecedented"]
    assert "devastating" not in asked.choices and problems(asked, text) == []


def test_a_loaded_word_in_a_sentence_opening_on_they_is_shown_with_the_sentence_it_leans_on():
    text = INTERVIEW.replace(
        "Maria Lopez: I am the only candidate who stands against the cronyism of the council in the hiring of staff.",
        "Maria Lopez: Voters in the east have waited ten years for a new school. They are tired of the cronyism of the "
        "council in the hiring of staff.")
    (asked,) = [c.question for c in language.charged_word(_context(text))]
    assert asked.answer == "cronyism"
    assert asked.prompt.startswith("“Voters in the east have waited ten years for a new school. They are tired of")
    assert asked.evidence.startswith("They are tired of") and problems(asked, text) == []


def test_a_noun_of_force_is_not_offered_as_a_plain_word_beside_a_loaded_one():
    text = ("Governor sends police to the coast\n\n"
            "The move would widen the governor's crackdown on fishing boats, bringing police force and violence "
            "into every harbour town along the coast.\n\n"
            "The coast has 40 harbours, the fishing board said.")
    (asked,) = [c.question for c in language.charged_word(_context(text))]
    assert asked.answer == "crackdown"
    assert not {"force", "violence"} & set(asked.choices)


MATCH_REPORT = (
    "Harbour club loses the cup final\n\n"
    "Harbour Town lost the cup final 2-1 to Millbrook on Saturday at the North Ground.\n\n"
    "In the second half, Tom Ladd foolishly gave away a penalty to the Millbrook captain.\n\n"
    "\"It was a painful afternoon for everyone at the club,\" said coach Ben Reyes.\n\n"
    "\"Our keeper made some brilliant saves,\" said Millbrook captain Sam Ortiz.\n\n"
    "The two clubs meet again in March.")


def test_the_writers_own_judging_word_is_asked_beside_words_only_quoted():
    (asked,) = [c.question for c in language.writers_own_word(_context(MATCH_REPORT))]
    assert asked.answer == "foolishly"
    # Every wrong choice judges too, and stands only inside a named speaker's quotation.
    assert set(asked.choices) - {"foolishly"} == {"painful", "brilliant"}
    assert "Ben Reyes" in asked.feedback["painful"] and "Sam Ortiz" in asked.feedback["brilliant"]
    assert asked.evidence == "In the second half, Tom Ladd foolishly gave away a penalty to the Millbrook captain."
    assert not problems(asked, MATCH_REPORT)


def test_a_match_reports_bad_foul_is_no_side_the_writer_takes():
    text = MATCH_REPORT.replace("foolishly gave away a penalty to", "was booked for a bad foul on")
    assert list(language.writers_own_word(_context(text))) == []


def test_a_judging_word_the_writer_also_uses_is_not_given_as_only_a_speakers():
    text = MATCH_REPORT.replace("The two clubs meet", "After a painful week, the two clubs meet")
    questions = [c.question for c in language.writers_own_word(_context(text))]
    assert all("painful" not in q.choices for q in questions)  # then two choices are left: none asked
    assert not questions


def test_refused_to_comment_is_asked_against_did_not_with_whoever_refused_named():
    text = ("Papers found on a city street\n\n"
            "Papers from the Parks Department were found on a street on Monday.\n\n"
            "Parks Department spokeswoman Maria Jensen told CBC News the department will look into it.\n\n"
            "\"We take the safety of our records seriously,\" she said, but refused to give any more details "
            "about how the papers got there.")
    (asked,) = [c.question for c in language.refused_to_tell(_context(text))]
    assert "Maria Jensen" in asked.prompt and "“refused to give” rather than ‘did not give’" in asked.prompt
    assert asked.answer == language.REFUSED_MEANS
    assert not problems(asked, text)


def test_refused_is_not_asked_where_the_pronoun_could_be_someone_named_further_back():
    text = ("Papers found on a city street\n\n"
            "Maria Jensen, a resident, found papers from the Parks Department on a street on Monday.\n\n"
            "The department will look into it.\n\n"
            "\"We take the safety of our records seriously,\" she said, but refused to give any more details "
            "about how the papers got there.")
    assert not list(language.refused_to_tell(_context(text)))


def test_refused_in_a_speech_is_not_asked_as_the_writers_word():
    text = ("Remarks by Senator Ann Cole at the town hall\n\n"
            "Thank you all for coming tonight. My friends, for two years I asked the board for answers about our "
            "water. They refused to answer. They refused to give us the reports. We will not stop asking, and we "
            "will win this fight together for every family in this town.")
    assert not list(language.refused_to_tell(_context(text)))


def test_a_speech_verb_whose_speaker_is_only_he_is_asked_with_the_name_in_brackets():
    text = ("Port plans a new dock\n\n"
            "The port of Ridley will build a new dock next year, the harbour board said on Monday.\n\n"
            "Trade expert Ann Park said the dock would bring more ships to the town. "
            "She said the last dock was built in 1990.\n\n"
            "She also warned that once the dock opens, traffic on the coast road could double.")
    (asked,) = [c.question for c in language.speech_verb(_context(text))]
    assert asked.prompt.startswith("[Ann Park] also warned that once the dock opens")
    assert asked.evidence == "She also warned that once the dock opens, traffic on the coast road could double."
    assert not problems(asked, text)


def test_a_speech_verb_is_not_asked_where_the_pronoun_could_stand_for_either_of_two_speakers():
    text = ("Port plans a new dock\n\n"
            "The port of Ridley will build a new dock next year, the harbour board said on Monday.\n\n"
            "Trade expert Ann Park said the dock would bring more ships to the town. "
            "Mayor Joan Hill said it would not, and Ann Park disagreed with her.\n\n"
            "She also warned that once the dock opens, traffic on the coast road could double.")
    assert not list(language.speech_verb(_context(text)))


RELEASE = (
    "Press release: Ministry of Roads Announces Bridge Funding\n\n"
    "The Ministry of Roads today announced $40 million for bridge repairs in the northern region.\n\n"
    "The ministry has taken action to ensure that this historic investment reaches every county by June.\n\n"
    "Counties may apply for the funds from March 1.")


def test_a_press_release_praising_its_work_as_historic_asks_what_would_check_the_word():
    (asked,) = [c.question for c in language.praise_against_the_past(_context(RELEASE))]
    assert "“historic”" in asked.prompt and asked.answer == "Earlier investment of the same kind, to compare this investment with"
    assert asked.evidence.startswith("The ministry has taken action")
    assert not problems(asked, RELEASE)


def test_praise_of_one_response_as_unmatched_asks_for_earlier_responses_not_earlier_years():
    text = ("Press release: Agency Sends Help After Floods\n\n"
            "The Relief Agency is mobilizing an unprecedented, large-scale response to the floods that struck the valley on May 2.\n\n"
            "Teams will reach every town by Friday.")
    (asked,) = [c.question for c in language.praise_against_the_past(_context(text))]
    assert asked.answer == "Earlier responses of the same kind, to compare this response with"
    assert "year" not in " ".join(asked.choices) + asked.explanation + " ".join(asked.feedback.values())
    assert "Figures for this response alone" in asked.choices
    assert not problems(asked, text)


def test_praise_of_what_happened_is_not_called_the_publishers_own_work():
    text = ("Press release: Crime Falls Again\n\n"
            "Under the Governor, violent crime is falling at a pace unmatched in the state's history.\n\n"
            "The Governor will publish the full figures in June.")
    (asked,) = [c.question for c in language.praise_against_the_past(_context(text))]
    assert "In its own words, this press release calls the pace “unmatched”." in asked.prompt
    words = " ".join([asked.prompt, asked.explanation, *asked.choices, *asked.feedback.values()])
    assert "own pace" not in words and "its own work" not in words


def test_praise_of_a_year_as_historic_asks_for_earlier_years():
    text = ("Press release: Port Reports Record Trade\n\n"
            "The Port Authority has worked hard to make this a historic year for the town and its families.\n\n"
            "The port will publish its full accounts in June.")
    (asked,) = [c.question for c in language.praise_against_the_past(_context(text))]
    assert asked.answer == "Figures for earlier years, to compare this year with"
    assert not problems(asked, text)


def test_historic_in_a_news_report_is_not_asked_as_a_publishers_praise():
    news = RELEASE.replace("Press release: Ministry of Roads Announces Bridge Funding", "Region gets bridge money").replace(
        "The Ministry of Roads today announced", "The Ministry of Roads on Tuesday announced").replace(
        "The ministry has taken action to ensure that", "Work will start soon, and")
    ctx = _context(news)
    assert ctx.kind.kind == "news" and any(f.data["word"] == "historic" for f in ctx.of_kind("loaded"))
    assert not list(language.praise_against_the_past(ctx))


def test_the_new_loaded_word_questions_draw_nothing_from_the_shared_generator():
    ctx = _context(MATCH_REPORT)
    before = ctx.rng.getstate()
    assert list(language.writers_own_word(ctx))
    assert ctx.rng.getstate() == before  # the ties the ranking breaks in the pack stay as they were


def test_a_promise_verb_is_explained_as_a_commitment_still_to_be_kept():
    text = ("Mayor promises new pool\n\n"
            "Mayor Lena Park vowed that the town would open a new swimming pool before the summer of 2027.\n\n"
            "The old pool closed in 2023 after its roof leaked, the council said.")
    (asked,) = [c.question for c in language.speech_verb(_context(text))]
    assert "has not happened yet" in asked.answer
    assert "the town would open a new swimming pool before the summer of 2027" in asked.explanation


def test_confirmed_is_explained_as_words_the_writer_gives_as_true():
    text = ("Plant to close in spring\n\n"
            "Company spokesman Raj Patel confirmed that the paper plant would close in April.\n\n"
            "The plant employs 300 people, the union said.")
    (asked,) = [c.question for c in language.speech_verb(_context(text))]
    assert "true" in asked.answer and "settle" in asked.answer


def test_a_report_that_confirms_is_asked_as_vouching_beside_says():
    text = ("Council hails cleaner river\n\n"
            "A new water survey confirms that the river is cleaner than at any time since 1990.\n\n"
            "The council spent $2 million on new drains in 2024, the mayor said.")
    (asked,) = [c.question for c in language.speech_verb(_context(text))]
    assert "rather than ‘says’" in asked.prompt
    assert "the new water survey" in asked.explanation and "true" in asked.answer
    assert not any("one side's case" in c or "may not be true" in c for c in asked.choices)


SHELTER = (
    "Northgate Shelter opens its doors for the winter\n\n"
    "The Northgate Shelter today opens forty extra beds for people sleeping rough in the city this winter.\n\n"
    "Last year our staff gave a bed to 1,200 people. We expect more this year, because rents in the city have risen "
    "sharply.\n\n"
    "\"Our staff do heroic work every night, and we need the public's help to keep going,\" said Ruth Adair, director "
    "of the Northgate Shelter.\n\n"
    "The beds will be open from 7pm to 8am every night until March. To give, visit our website."
)


def test_a_loaded_word_of_a_bodys_own_officer_in_its_own_text_is_not_called_not_the_writers():
    """In the shelter's own text its director speaks for it: "heroic" is the shelter's praise
    of itself, not a speaker's view the writer passes on."""
    assert not [c for c in language.charged_word(_context(SHELTER)) if "heroic" in c.question.answer]
    # In a news report, the same words are the director's, which the reporter passes on.
    news = SHELTER.replace("Last year our staff gave a bed to 1,200 people. We expect more this year",
                           "Last year the shelter gave a bed to 1,200 people, and it expects more this year").replace(
        "To give, visit our website.", "The city council has given the shelter $50,000, a council spokesman said.").replace(
        "do heroic work every night", "do heroic work on cold nights in the draughty central hall")  # plain adjectives beside it
    (asked,) = [c.question for c in language.charged_word(_context(news)) if "heroic" in c.question.answer]
    assert "not the writer's" in asked.explanation


def test_a_loaded_word_stands_only_beside_plain_words_of_its_own_class():
    # "slashed" is a loaded verb: beside it, the sentence's plain verbs, never its nouns.
    text = ("Council budget passed\n\n"
            "The council slashed the library budget on Tuesday after members voted and the mayor signed the order.\n\n"
            "The library has four branches in the city.")
    (asked,) = [c.question for c in language.charged_word(_context(text))]
    assert asked.answer == "slashed"
    assert set(asked.choices) - {"slashed"} <= {"voted", "signed", "passed"}
    assert all("tells what was done" in f for f in asked.feedback.values())
    # With only nouns to stand beside it, the loaded verb would be found by its class: not asked.
    bare = text.replace("after members voted and the mayor signed the order", "for the branches and staff")
    assert [c.question.answer for c in language.charged_word(_context(bare))] == []


def test_a_time_of_day_is_no_wrong_choice_beside_a_persuading_noun():
    speech = ("Remarks to the workers of the valley\n\n"
              "Thank you all for coming.\n\n"
              "By noon the workers had faced the misery of closed mills, lost wages and empty factories.\n\n"
              "We must pass the jobs bill before the summer.")
    for question in (c.question for c in language.charged_word(_context(speech))):
        assert "noon" not in question.choices


def _coffee(line: str) -> str:
    return ("Coffee study finds link to heart health\n\nA study of 20,000 adults found that people who drank coffee had "
            "fewer heart attacks.\n\n" + line + "\n\nThe study was published in the Heart Journal on Monday, a spokesman said.\n")


def test_a_warning_by_many_agrees_with_them_and_each_wrong_choice_has_its_own_feedback():
    text = _coffee("The researchers warned that the new virus could spread quickly through schools this winter.")
    (asked,) = [c.question for c in language.speech_verb(_context(text))]
    assert "a risk that the researchers want people to take seriously" in asked.explanation
    assert "researchers wants" not in asked.explanation + " ".join(asked.feedback.values())
    assert len(set(asked.feedback.values())) == len(asked.feedback) == 3
    for wrong, feedback in asked.feedback.items():
        if wrong != language.SAME_AS_SAID:
            assert wrong[0].lower() + wrong[1:] in feedback  # about that choice, not the same line pasted thrice


@pytest.mark.parametrize("line", [
    "The researchers cautioned that the study shows an association, not proof that coffee prevents heart disease.",
    "Dr. Ann Lee cautioned that there is still some uncertainty about how much coffee is good for the heart.",
])
def test_a_caution_not_to_over_read_a_finding_is_told_as_a_caveat_not_a_risk(line):
    text = _coffee(line)
    (asked,) = [c.question for c in language.speech_verb(_context(text))]
    told = asked.explanation + " ".join(asked.feedback.values())
    assert "as a risk" not in told and "as a caveat" in asked.explanation


@pytest.mark.parametrize("line", [
    "Dr. Ann Lee warned that a ban would not only cause delays but could drive coffee prices up by a third.",
    "Dr. Ann Lee warned that the unclear labelling rules could let sellers hide how much caffeine a cup holds.",
])
def test_a_warning_of_a_real_risk_is_not_told_as_a_caveat(line):
    (asked,) = [c.question for c in language.speech_verb(_context(_coffee(line)))]
    assert "as a caveat" not in asked.explanation


@pytest.mark.parametrize(("source", "many"), [
    ("the researchers", True), ("staff at the hospital", True), ("two officials", True),
    ("a sales manager", False), ("the chief of police", False), ("the census bureau", False), ("the analysis", False),
])
def test_a_source_of_many_is_told_by_its_head_noun(source, many):
    from quiz.core.generate.common import several_people
    assert several_people(source) is many
