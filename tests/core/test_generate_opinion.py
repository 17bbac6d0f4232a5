"""Fact versus opinion: whose judgement a judging word in a news report is, which of a
speaker's sentences could be checked, and what a sentence or a call for action does."""

import random

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import generate_pack, opinion
from quiz.core.generate.common import Context
from quiz.core.generate.gate import problems

NEWS = """Town opens new bridge over the Mill River

Tuesday, May 6, 2025

The town of Eastford opened its new bridge over the Mill River on Monday, two years after the old one was closed.

The bridge cost $3 million and carries two lanes of traffic and a footpath.

"We waited a long time for this," said Mayor Ruth Ellis. "Families on the east bank can walk to school again."

Engineer Tom Barker said the bridge was built to last a hundred years.

The council's aggressive campaign for state money paid off after years of delay.
"""
JUDGED = "The council's aggressive campaign for state money paid off after years of delay."


def templates(text):
    return {q.template for q in generate_pack(text, seed=1).questions}


def offered(text, template):
    """What one template offers on a text, before the ranking picks among templates."""
    article = parse_article(text)
    return [c.question for c in template(Context(article, read_facts(article), random.Random(1)))]


def asked(text, template):
    (question,) = [q for q in generate_pack(text, seed=1).questions if q.template == template]
    return question


def test_a_judging_word_in_a_news_reports_own_voice_asks_whose_judgement_it_is():
    assert read_facts(parse_article(NEWS)).kind.kind == "news"
    question = asked(NEWS, "own-judgement")
    assert question.prompt == f"The article says: “{JUDGED}” Whose judgement is the word “aggressive”?"
    assert question.answer == "The writer's own" and question.evidence == JUDGED
    assert question.skill == "fact-vs-opinion"
    # The wrong owners are the people the article quotes, none of whom uses the word.
    assert {"Ruth Ellis's", "Tom Barker's"} <= set(question.choices)
    assert set(question.feedback) == set(question.choices) - {question.answer}
    assert "never with this word" in question.feedback["Ruth Ellis's"]
    assert "news report" in question.explanation


@pytest.mark.parametrize("sentence", [
    # someone's words reported: the judgement may be theirs
    "Engineer Tom Barker said the council ran an aggressive campaign for state money.",
    # a word a speaker uses in a quotation is that speaker's, wherever else it stands
    "\"It was an aggressive campaign,\" said Ruth Ellis. The council's aggressive campaign for state money paid off.",
])
def test_a_judging_word_that_someone_in_the_article_may_have_said_is_not_asked_as_the_writers(sentence):
    assert not offered(NEWS.replace(JUDGED, sentence), opinion.own_judgement)


def test_in_a_speech_a_judging_word_is_the_speakers_and_is_not_asked_as_a_writers():
    speech = ("Keep the bridge open\n\nMadam Speaker, I rise today to speak about the Mill River bridge.\n\n"
              "The council's aggressive campaign for state money paid off after years of delay.\n\n"
              "We must keep the bridge open to every family on the east bank.\n")
    assert read_facts(parse_article(speech)).kind.kind == "speech"
    assert not offered(speech, opinion.own_judgement)


INTERVIEW = """Interview: Ana Ruiz on her run for mayor of Westport

Wikinews interviewed Ana Ruiz, who is running for mayor of Westport.

Wikinews: Why are you running?

Ana Ruiz: I was born in Westport in 1975 and have run a bakery on Main Street since 2001. The city council has ignored the harbour for years. Its new budget leaves it out again. The council's harbour plan is a disgraceful waste. The old harbour plan was absurd from the start.

Wikinews: What would you do first?

Ana Ruiz: The council should open the harbour books to the public.
"""


def test_in_an_interview_the_checkable_question_takes_one_persons_answers_and_names_them():
    assert read_facts(parse_article(INTERVIEW)).kind.kind == "interview"
    question = asked(INTERVIEW, "checkable-sentence")
    assert question.prompt == "Which of these sentences by Ana Ruiz could be checked against records or other sources?"
    assert question.answer.startswith("I was born in Westport in 1975")
    assert "Its new budget leaves it out again." not in question.choices  # "Its" leans on the sentence before
    assert "The old harbour plan was absurd from the start." in question.choices
    assert "Ana Ruiz's judgement" in question.feedback["The old harbour plan was absurd from the start."]
    assert "writer" not in question.prompt + " ".join(question.feedback.values())


def test_a_sentence_that_only_seems_to_report_is_not_called_a_fact_beside_a_call_for_action():
    speech = ("Clean the river\n\nMadam Speaker, I rise today to speak about the Green River.\n\n"
              "For ten years we have poured waste into the river, mortgaging our children's future since 2015.\n\n"
              "The old plan was a disgraceful waste of public money.\n\n"
              "The river runs for 40 miles through six towns.\n\n"
              "We must pass the clean water bill before the summer.\n")
    (question,) = offered(speech, opinion.recommendation)
    assert question.answer == "We must pass the clean water bill before the summer."
    assert not any("what happened" in words for words in question.feedback.values())  # "mortgaging": no plain fact
    assert question.feedback["The old plan was a disgraceful waste of public money."].startswith("It gives a view (“disgraceful”)")


def test_with_no_one_named_an_unnamed_source_stands_as_a_wrong_owner_of_the_judgement():
    text = (NEWS.replace('"We waited a long time for this," said Mayor Ruth Ellis.',
                         '"We waited a long time for this," said a town official.')
            .replace("Engineer Tom Barker said the bridge was built to last a hundred years.",
                     "The bridge was built to last a hundred years."))
    (question,) = offered(text, opinion.own_judgement)
    assert question.answer == "The writer's own"
    assert "An unnamed town official's" in question.choices


def test_a_judging_word_the_sentence_backs_with_its_own_measure_is_not_asked_as_a_bare_judgement():
    measured = "The bridge was a successful project, as measured by the number of people who cross it each day."
    assert not offered(NEWS.replace(JUDGED, measured), opinion.own_judgement)
    assert offered(NEWS, opinion.own_judgement)


def test_a_statement_that_sets_out_an_agenda_is_not_a_wrong_choice_beside_a_call_for_action():
    speech = ("Clean the river\n\nMadam Speaker, I rise today to speak about the Green River.\n\n"
              "True renewal of the valley involves cleaning the disgraceful mess in the Green River.\n\n"
              "The old plan was a disgraceful waste of public money.\n\n"
              "The mill owners made a disgraceful choice to close the valley school.\n\n"
              "We must pass the clean water bill before the summer.\n")
    (question,) = offered(speech, opinion.recommendation)
    assert not any("renewal" in c for c in question.choices)


RELEASE = """FOR IMMEDIATE RELEASE

Department of Parks Opens Three New Trails in the Hill Country

WASHINGTON - The Department of Parks opened three new hiking trails in the Hill Country on March 3, 2025.

The trails cover 42 miles and were built by 120 workers over two years.

The department spent $8 million on the trails, paid from its 2024 budget.

The department is working tirelessly to open the park to every family in the region.

The first trail was closed for repairs in 2019 after a flood.

For more information, contact the Department of Parks press office.
"""
PRAISE = "The department is working tirelessly to open the park to every family in the region."


def test_in_a_release_the_publishers_own_praise_is_asked_beside_sentences_a_record_could_check():
    assert read_facts(parse_article(RELEASE)).kind.kind == "press-release"
    (question,) = offered(RELEASE, opinion.writer_judgement)
    assert question.prompt == ("Which of these sentences from the release includes the publisher's own judgement, "
                               "not only facts that could be checked?")
    assert question.answer == PRAISE and question.evidence == PRAISE
    assert "The trails cover 42 miles and were built by 120 workers over two years." in question.choices
    assert "“tirelessly” judges" in question.explanation
    assert set(question.feedback) == set(question.choices) - {question.answer}
    assert "(“$8 million”)" in question.feedback["The department spent $8 million on the trails, paid from its 2024 budget."]


def test_in_a_news_report_a_sentence_the_writer_judges_in_is_asked_beside_plain_facts():
    news = RELEASE.replace("FOR IMMEDIATE RELEASE\n\n", "").replace(
        "For more information, contact the Department of Parks press office.\n",
        "The successful trail project was finished ahead of the summer season.\n").replace(PRAISE + "\n\n", "")
    assert read_facts(parse_article(news)).kind.kind == "news"
    (question,) = offered(news, opinion.writer_judgement)
    assert question.answer == "The successful trail project was finished ahead of the summer season."
    assert "the writer's own judgement" in question.prompt


@pytest.mark.parametrize("judged", [
    # a judging word that someone in the sentence is reported to use: not the writer's
    "A ranger said the department is working tirelessly to open the park to every family.",
    # a superlative that records could settle is no bare judgement
    "The trails are the longest the department has ever opened in the region.",
    # "successful applicants": those chosen, a category a record keeps
    "The department expects to notify successful applicants for trail grants by July 15.",
])
def test_a_reported_or_checkable_judgement_is_not_asked_as_the_publishers_own(judged):
    assert not offered(RELEASE.replace(PRAISE, judged), opinion.writer_judgement)


def test_without_two_sentences_a_record_could_check_no_judgement_is_asked():
    bare = RELEASE.replace("The trails cover 42 miles and were built by 120 workers over two years.\n\n", "").replace(
        "The first trail was closed for repairs in 2019 after a flood.\n\n", "").replace(
        "The department spent $8 million on the trails, paid from its 2024 budget.\n\n", "")
    assert not offered(bare, opinion.writer_judgement)
    assert offered(RELEASE, opinion.writer_judgement)


def test_a_record_claimed_with_no_figure_is_asked_as_checkable_but_unshown():
    speech = ("Fix the river\n\nMadam Speaker, I rise today to speak about the Green River.\n\n"
              "We face the longest drought in our state's recorded history.\n\n"
              "We must pass the clean water bill before the summer.\n")
    assert read_facts(parse_article(speech)).kind.kind == "speech"
    (question,) = offered(speech, opinion.record_claim)
    assert question.prompt == ("In the speech, the speaker says: “We face the longest drought in our state's recorded "
                               "history.” Could a listener check this claim?")
    assert question.answer == "It could be checked against records of the past, but the sentence gives no figure for it"
    assert "It cannot be checked: it is only the speaker's opinion" in question.choices
    assert "“the longest drought in our state's recorded history”" in question.explanation
    assert set(question.feedback) == set(question.choices) - {question.answer}


@pytest.mark.parametrize("sentence", [
    "The drought of 2024 was the longest in our state's recorded history.",  # the sentence gives a year to check by
    "The drought may be the longest in our state's recorded history.",  # a guess, not a claim
    "Experts said the drought was the longest in our state's recorded history.",  # someone else's claim
    "The council handled the longest drought in history disgracefully.",  # a judgement beside the record
])
def test_a_record_with_a_figure_a_guess_a_source_or_a_judgement_is_not_asked_as_a_bare_record(sentence):
    text = RELEASE.replace(PRAISE, sentence)
    assert not offered(text, opinion.record_claim)
    for record in ("The trails are the longest in the state's recorded history.",
                   "The region now has more hiking trails than ever before.",
                   "Visits to the park are at the highest level in more than a century."):
        assert offered(RELEASE.replace(PRAISE, record), opinion.record_claim), record


@pytest.mark.parametrize("sentence", [
    "The historic mill was sold to a developer in 2019 for $2 million.",  # "historic" names the kind of building
    "The honest truth is that no one in the valley has tried it ever.",  # "honest" ranks nothing
])
def test_words_that_only_look_like_judgements_or_records_ask_nothing(sentence):
    text = RELEASE.replace(PRAISE, sentence)
    assert not offered(text, opinion.writer_judgement)
    assert not offered(text, opinion.record_claim)


def test_in_a_speech_a_sentence_with_a_figure_is_not_offered_as_free_of_judgement():
    speech = ("Clean the river\n\nMadam Speaker, I rise today to speak about the Green River.\n\n"
              "Since 2015 we have poured waste into the river, mortgaging our children's future.\n\n"
              "The river runs for 40 miles through six towns and was cleaned in 1990.\n\n"
              "The old plan was a disgraceful waste of public money.\n")
    assert read_facts(parse_article(speech)).kind.kind == "speech"
    assert not offered(speech, opinion.writer_judgement)


MATCH = """Riverside lose cup final to Hilltown

Sunday, March 9, 2025

Hilltown beat Riverside 2-1 in the county cup final on Saturday in front of 4,000 fans.

Riverside's Ben Ortiz scored in the first half before Hilltown struck twice after the break.

"We could have won this by three goals if we had taken our chances," said Riverside manager Dana Price.

Councillor Omar Field, who represents Riverside, said, "The final should have been played at our ground. It is a disgrace."

Hilltown captain Lee Moss said the win was the best moment of his career.
"""


def test_a_named_persons_view_of_what_could_or_should_have_happened_is_asked_as_their_opinion():
    questions = {q.prompt: q for q in offered(MATCH, opinion.what_if)}
    price = next(q for q in questions.values() if "Dana Price says" in q.prompt)
    assert "“We could have won this by three goals if we had taken our chances,”" not in price.prompt  # no tag comma
    assert price.answer == "Dana Price's view of what might have been: no record can settle it"
    assert "A fact about what happened, which a record could confirm" in price.choices
    assert set(price.feedback) == set(price.choices) - {price.answer}
    field = next(q for q in questions.values() if "Omar Field says" in q.prompt)
    assert field.answer.endswith("Omar Field's view of what ought to have happened: no record can settle it")
    assert "“The final should have been played at our ground.”" in field.prompt
    assert len(questions) == 2
    # Two of them in one pack would be one drill twice, with the same choices.
    assert [q.template for q in generate_pack(MATCH, seed=1).questions].count("what-if") == 1


def test_a_guess_at_what_did_happen_is_not_asked_as_a_view_of_what_might_have_been():
    text = MATCH.replace('"We could have won this by three goals if we had taken our chances,"',
                         '"The wet pitch, which could have slowed both sides, made it a hard game,"')
    assert not any("Dana Price" in q.prompt for q in offered(text, opinion.what_if))


def test_what_anyone_could_once_have_done_is_a_description_not_a_view_of_what_might_have_been():
    text = MATCH.replace('"We could have won this by three goals if we had taken our chances,"',
                         '"Three years ago you could have walked across this pitch without boots,"')
    assert not any("Dana Price" in q.prompt for q in offered(text, opinion.what_if))


def test_a_view_after_a_dash_is_not_cut_from_the_claim_before_it():
    text = MATCH.replace("The final should have been played at our ground.",
                         "The council agreed in May — the final should have been played at our ground.")
    assert not any("Omar Field" in q.prompt for q in offered(text, opinion.what_if))


def test_a_view_before_a_dash_is_asked_without_the_claim_after_it():
    text = MATCH.replace("The final should have been played at our ground.",
                         "The final should have been played at our ground — the council agreed in May.")
    (field,) = [q for q in offered(text, opinion.what_if) if "Omar Field" in q.prompt]
    assert "council" not in field.prompt and "“The final should have been played at our ground”." in field.prompt


def test_what_someone_should_have_now_is_not_asked_as_a_view_of_what_did_not_happen():
    text = MATCH.replace("The final should have been played at our ground.",
                         "Every club should have the right to play a final at home.")
    assert not any("Omar Field" in q.prompt for q in offered(text, opinion.what_if))


@pytest.mark.parametrize("words", ["would have turned 90 this week", "would have been 90 this week"])
def test_a_birthday_someone_would_have_had_is_not_asked_as_a_view(words):
    text = MATCH.replace('"We could have won this by three goals if we had taken our chances,"',
                         f'"Our founder {words} and loved this day,"')
    assert not any("Dana Price" in q.prompt for q in offered(text, opinion.what_if))


def test_in_an_interview_a_view_of_what_should_have_been_is_asked_without_quotation_marks_as_a_choice():
    text = INTERVIEW.replace("Ana Ruiz: The council should open the harbour books to the public.",
                             "Ana Ruiz: The council should have opened the harbour books to the public years ago.")
    (question,) = offered(text, opinion.what_if)
    assert question.prompt.startswith("Ana Ruiz says: “The council should have opened the harbour books")
    assert question.answer == "Ana Ruiz's view of what ought to have happened: no record can settle it"
    assert not any("quotation marks" in c for c in question.choices)
    assert set(question.feedback) == set(question.choices) - {question.answer}


@pytest.mark.parametrize("bullet", [
    "$3 million contribution to the Hill Country Trust for maps of the restored trails.",
    "$3 million contribution to the Hill Country Trust pooled fund for trail signs and maps.",  # "pooled" read as a verb
    # the second item of the list, after the first
    "$2 million in new awards to partners including the Hill Country Trust; and\n\n"
    "$3 million contribution to the Hill Country Trust pooled fund for trail signs and maps.",
])
def test_a_bullet_with_no_verb_is_not_offered_as_one_of_the_sentences(bullet):
    bullets = RELEASE.replace(
        "The first trail was closed for repairs in 2019 after a flood.\n\n",
        f"The department is also funding two projects, including:\n\n{bullet}\n\n")
    (question,) = offered(bullets, opinion.writer_judgement)
    assert not any(c.startswith("$3 million contribution") for c in question.choices)


def test_a_what_might_have_been_that_judges_by_its_own_word_is_not_asked_as_only_a_what_if():
    text = MATCH.replace('"We could have won this by three goals if we had taken our chances,"',
                         '"If we had got a draw it would have been an excellent result for us,"')
    assert not any("Dana Price" in q.prompt for q in offered(text, opinion.what_if))


def test_a_lets_that_only_moves_on_to_a_topic_is_not_a_call_for_action():
    speech = ("Clean the river\n\nMadam Speaker, I rise today to speak about the Green River.\n\n"
              "For ten years we have poured waste into the river, mortgaging our children's future since 2015.\n\n"
              "The old plan was a disgraceful waste of public money.\n\n"
              "The river runs for 40 miles through six towns.\n\n"
              "Next, let's talk about the fishing towns.\n\n"
              "We must pass the clean water bill before the summer.\n")
    (question,) = offered(speech, opinion.recommendation)
    assert question.answer == "We must pass the clean water bill before the summer."
    moving_on = speech.replace("We must pass the clean water bill before the summer.", "The bill has 30 sponsors.")
    assert not offered(moving_on, opinion.recommendation)


HOWTO = """How I grow tomatoes in pots

I have grown tomatoes on my balcony for twenty years, and I think anyone can do it.

Choose a pot that holds at least twenty litres of soil. Smaller pots dry out too fast.

Put the pot where it gets at least six hours of sun a day.

Water the soil every morning, not the leaves. Wet leaves invite disease.

Pick the fruit when it is fully red.

A tomato warmed by the sun is the most wonderful thing a garden can give.

Cherry tomatoes are the easiest of all.
"""


def test_a_rule_or_a_step_is_never_asked_as_what_should_be_done():
    # A report's "Counties must finish ..." tells a grant's rule; a how-to's "Choose a pot"
    # is a step with its reason, not the writer's view of what is right.
    rule = NEWS.replace(JUDGED, "Contractors must finish the work within four years, and they will report to the town "
                                "every six months.")
    assert read_facts(parse_article(rule)).kind.kind == "news"
    assert not offered(rule, opinion.recommendation)
    assert not offered(HOWTO, opinion.recommendation)


def test_a_duty_inside_a_clause_that_names_a_thing_is_no_call_for_action():
    speech = ("Write more letters\n\nMadam Speaker, I rise today to speak about letters.\n\n"
              "You may be surprised by how much you have to say to an old friend.\n\n"
              "The post office in our village closed in 2019.\n\n"
              "A handwritten letter is a wonderful thing to receive.\n\n"
              "The old plan was a disgraceful waste of public money.\n")
    assert not [q for q in offered(speech, opinion.recommendation) if "have to say" in q.answer]


def test_a_bare_imperative_is_no_sure_call_for_action():
    # "Write to someone older than you" is found by its grammar alone: a pack asks it only for want of better.
    essay = ("Write more letters\n\nI think handwritten letters are worth the trouble.\n\n"
             "Write to someone older than you, someone who remembers when letters were the only news from far away.\n\n"
             "The post office in our village closed in 2019.\n\n"
             "A handwritten letter is a wonderful thing to receive.\n\n"
             "Writing by hand is also good practice for thinking.\n")
    article = parse_article(essay)
    assert read_facts(article).kind.kind == "opinion"
    found = list(opinion.recommendation(Context(article, read_facts(article), random.Random(1))))
    assert found and all(c.worth < 0.7 for c in found)


def test_a_farewell_wish_is_no_recommendation_and_no_choice_is_cut_off():
    speech = ("Farewell to Ruth\n\nFriends, we are here tonight to thank Ruth Moss for thirty years at the library.\n\n"
              "When I started here as a shy young clerk who knew nothing about books or readers or the town, she was the "
              "one who showed me every shelf and told me, kindly and often, to ask for help.\n\n"
              "The old plan for the library was a disgraceful waste of public money.\n\n"
              "The library lent 40,000 books last year.\n\n"
              "Enjoy every day of your retirement, Ruth.\n")
    assert not offered(speech, opinion.recommendation)
    call = speech.replace("Enjoy every day of your retirement, Ruth.", "We must keep the library open on Sundays.")
    (question,) = offered(call, opinion.recommendation)
    assert question.answer == "We must keep the library open on Sundays."
    assert not any("…" in c for c in question.choices)


# A wire story of a rescue, with a title in quotation marks that quotes no one's words.
WIRE = """Flooded village gets a new pumping station

LONDON (Reuters) - A village in the south of England opened a new pumping station on Thursday, a year after floods forced 300 families from their homes.

The station, paid for by the county council, can move 2,000 litres of water a second.

"This is the day we have been waiting for," said Joan Pike, who chairs the parish council.

Engineer Sam Hollis said the pumps would run for about 40 years.

Under its slogan "Dry Homes for Ashby", the council had kept a dismal record of repairs left undone since 2019.
"""
WIRE_JUDGED = "Under its slogan “Dry Homes for Ashby”, the council had kept a dismal record of repairs left undone since 2019."


@pytest.mark.parametrize("word", ["dismal", "relentless", "staggering", "clumsy"])
def test_a_reporters_judging_word_beside_a_title_in_quotation_marks_asks_whose_judgement_it_is(word):
    text = WIRE.replace('"Dry Homes for Ashby"', "“Dry Homes for Ashby”").replace("dismal", word)
    (question,) = offered(text, opinion.own_judgement)
    assert question.prompt == (f"The article says: “Under its slogan ‘Dry Homes for Ashby’, the council had kept a {word} "
                               f"record of repairs left undone since 2019.” Whose judgement is the word “{word}”?")
    assert question.answer == "The writer's own"
    assert question.evidence == WIRE_JUDGED.replace("dismal", word)
    assert {"Joan Pike's", "Sam Hollis's"} <= set(question.choices)


def test_a_quotation_of_words_someone_said_still_keeps_the_judgement_from_the_writer():
    said = WIRE.replace('"Dry Homes for Ashby"', '"we will not wait again"')
    assert not offered(said, opinion.own_judgement)


BARRIER = """Harbour Trust opens new flood barrier

FOR IMMEDIATE RELEASE

Portside, March 3, 2026 - The Portside Harbour Trust today opened a new flood barrier at the mouth of the River Lane.

The barrier cost $12 million and protects 4,000 homes.

"Families on the river can sleep at night again," said Helen Ward, who chairs the trust.

Chief engineer Omar Diaz said the gates can close in under ten minutes.

Work on the barrier went ahead at a staggering pace through the winter storms.

For more information, contact press@portsideharbour.org.
"""
BARRIER_JUDGED = "Work on the barrier went ahead at a staggering pace through the winter storms."


def test_a_judging_word_in_a_releases_own_voice_is_the_publishers_judgement():
    assert read_facts(parse_article(BARRIER)).kind.kind == "press-release"
    (question,) = offered(BARRIER, opinion.own_judgement)
    assert question.prompt == f"The release says: “{BARRIER_JUDGED}” Whose judgement is the word “staggering”?"
    assert question.answer == "The publisher's own" and question.evidence == BARRIER_JUDGED
    # The wrong owners are the people the release quotes, never the body that publishes it.
    assert {"Helen Ward's", "Omar Diaz's"} <= set(question.choices)
    assert "publisher" in question.explanation and "writer" not in question.explanation
    assert "release" in question.feedback["Helen Ward's"]


def test_a_releases_instruction_to_its_readers_is_no_judgement_of_the_publishers():
    # "Patients ... should contact their hospital" tells readers what to do next, as a how-to does.
    release = BARRIER.replace("Work on the barrier went ahead at a staggering pace through the winter storms.",
                              "Residents who have questions about the barrier should call the Trust's help line.")
    release = release.replace("said Helen Ward, who chairs the trust.", "said Helen Ward, who chairs the trust. "
                              "The barrier was built by 80 workers over two years.")
    assert not [q for q in offered(release, opinion.writer_judgement) if "should" in q.answer]


def test_a_pledge_of_feeling_is_no_forecast_a_record_cannot_show_yet():
    # "I will always remember her laugh in the locker room" offered as "It says what will happen:
    # no record can show that yet" (round 37 of the review): a feeling, not a forecast.
    def modes(text):
        return {f.text: f.data["mode"] for f in read_facts(parse_article(text)).facts if f.kind == "opinion"}

    pledges = ("I will always remember her laugh in the locker room.", "We will never forget the night the roof fell.",
               "I will miss him every day.")
    text = "Coach Lee retires\n\n" + " ".join(pledges) + " The new gym will never draw the crowds of the old one."
    found = modes(text)
    assert not any(p in found for p in pledges), found
    assert found.get("The new gym will never draw the crowds of the old one.") == "predict"


def test_a_sentence_ending_on_a_word_for_a_thing_named_before_is_no_choice():
    # "Let us make sure every child has one.": one what? (round 37 of the review)
    speech = ("Libraries for all\n\nMadam Speaker, I rise today to speak about our libraries.\n\n"
              "Twelve towns in this county lost their library in the last ten years.\n\n"
              "A library card opens the world to a child.\n\n"
              "Let us make sure every child in this county has one.\n\n"
              "The old plan was a disgraceful waste of public money.\n\n"
              "We must pass the library bill before the summer.\n")
    for question in offered(speech, opinion.recommendation):
        assert "Let us make sure every child in this county has one." not in question.choices


def test_a_should_have_said_of_the_speakers_own_side_is_an_admission_not_a_view_to_weigh():
    text = MATCH.replace("The final should have been played at our ground.",
                         "We should have told the fans about the change much sooner.")
    assert not any("Omar Field" in q.prompt for q in offered(text, opinion.what_if))
    text = MATCH.replace("The final should have been played at our ground.",
                         "Our board should have told the fans about the change much sooner.")
    assert not any("Omar Field" in q.prompt for q in offered(text, opinion.what_if))


def test_a_should_have_said_of_others_is_still_asked_as_a_view():
    text = MATCH.replace("The final should have been played at our ground.",
                         "The league should have told the fans about the change much sooner.")
    assert any("Omar Field" in q.prompt for q in offered(text, opinion.what_if))


def _column_with(line: str) -> str:
    """A short column, by a writer who says "I", with `line` among its judgements and a figure."""
    return ("Free buses for the young\n\nBy Ann Cole\n\nI have taken the bus to work for twenty years, and I think the "
            "fares are a disgrace.\n\nThe city spent $40 million on roads last year.\n\n" + line + "\n\n"
            "The old plan was a disgraceful waste of public money.\n\nI believe the city can do better than this.\n")


@pytest.mark.parametrize("line", [
    "Fares brought in about $74 million last year, a sum the government would need to replace.",
    "Every bag of maize grown at home is a bag we do not have to buy from abroad.",
    "Let me give the House the figures.",
    "Nobody should be afraid to walk home at night.",
    # a judgement of what is fair, though it says "should"
    "Brenda, you should not have to pay twice for a bus that never comes.",
    # a state that ought to be, which no one is asked to bring about
    "Every child should feel safe on the bus home from school.",
    # the speaker asks to be heard: what follows is a claim
    "I want you to hear me clearly: the fares are driving young workers out of this city.",
    "I ask you to imagine a city where every young worker can take the bus to work for free.",
    # an imperative that sets up a sum, and a "let's" that only frames what follows
    "Do that three times a week and you have spent more than $4,000 a year to get home.",
    "Let's say the fares rise again next year: the young workers will simply leave the city.",
])
def test_a_duty_that_asks_no_one_to_act_is_no_recommendation(line):
    assert not [q for q in offered(_column_with(line), opinion.recommendation) if q.answer == line]


@pytest.mark.parametrize("line", [
    "Let me be clear: the council must keep the buses free for everyone under 25.",
    "We do not need to wait for a study: the council must keep the buses free for everyone under 25.",
    # an urging to see or consider is an act, not a request to be heard
    "We urge the council to consider free buses for everyone under 25 before the budget vote.",
])
def test_a_call_beside_a_duty_that_asks_no_one_is_still_a_recommendation(line):
    assert [q for q in offered(_column_with(line), opinion.recommendation) if q.answer == line]


def test_our_opponents_should_have_is_a_view_of_others_not_an_admission():
    text = MATCH.replace("The final should have been played at our ground.",
                         "Our opponents should have played the final at our ground.")
    assert [q for q in offered(text, opinion.what_if) if "Omar Field says" in q.prompt]


def test_a_long_call_for_action_is_asked_beside_sentences_of_its_own_length():
    """The wrong choices are as long as the key, so that its length does not give it away:
    the gate would drop the question if the short sentences nearest to it stood beside it."""
    call = ("The council that tells parents it has no money for crossings should not be spending its budget on "
            "resurfacing car parks that nobody has complained about.")
    column = _column_with(call).replace(
        "I believe the city", "I have asked the transport office about it three times since the spring, and each "
                              "time I was told that a reply would follow soon.\n\nI believe the city")
    (question,) = offered(column, opinion.recommendation)
    assert question.answer == call and not problems(question, parse_article(column).text)


VERGES = """The council should stop mowing our verges every fortnight

By Ann Lin

I have lived beside these verges for thirty years, and I think the fortnightly cut is a waste of money.

Some people prefer tidy verges. I understand that. A long verge can look untidy, and drivers at junctions need to see what is coming.

But the junctions can still be cut. The council cut the verges twice a year until 2015, and they were full of flowers.

We urge the council to cut the rural verges twice a year and keep the junctions clear.

Ann Lin is a retired teacher and lives in Ashcombe.
"""


def _calls_in(text: str) -> list[str]:
    article = parse_article(text)
    return [f.text for f in opinion._recommends(Context(article, read_facts(article), random.Random(1)))]


def test_a_paper_that_says_we_urge_the_council_to_act_makes_a_call():
    assert any(call.startswith("We urge the council") for call in _calls_in(VERGES))


def test_a_need_in_the_other_sides_case_that_the_writer_grants_is_no_call():
    assert not any("drivers at junctions need to see" in call for call in _calls_in(VERGES))


def test_a_need_in_a_paragraph_of_the_writers_own_is_still_a_call():
    answered = VERGES.replace("I understand that. A long verge", "I understand that.\n\nA long verge")
    assert any("drivers at junctions need to see" in call for call in _calls_in(answered))


def test_a_view_the_writer_sets_out_for_others_is_no_call_of_the_writers():
    text = VERGES.replace("Some people prefer tidy verges.", "Others say that the council should mow every verge short.")
    assert not any(call.startswith("Others say") for call in _calls_in(text))


def test_a_duty_inside_a_clause_about_people_is_not_quoted_as_the_call():
    text = VERGES.replace("We urge the council to cut the rural verges twice a year and keep the junctions clear.",
                          "Look at the families who no longer have to drive to the next town to see a wild flower.")
    article = parse_article(text)
    asked = list(opinion.recommendation(Context(article, read_facts(article), random.Random(1))))
    assert asked and all("have to drive" not in c.question.explanation for c in asked)


def test_a_view_others_will_voice_is_not_called_a_forecast_and_the_key_gets_no_feedback():
    speech = ("Keep the buses running\n\nMadam Speaker, I rise today to speak about our buses.\n\n"
              "Some people out there will tell you that the buses cost too much to run.\n\n"
              "The old plan was a disgraceful waste of public money.\n\n"
              "The city spent $40 million on roads last year.\n\n"
              "We must keep the buses free for everyone under 25.\n")
    (question,) = offered(speech, opinion.recommendation)
    assert question.answer == "We must keep the buses free for everyone under 25."
    view = "Some people out there will tell you that the buses cost too much to run."
    assert "what will happen" not in question.feedback[view] and "what others say" in question.feedback[view]
    assert set(question.feedback) == set(question.choices) - {question.answer}


def test_a_word_of_size_beside_a_figure_is_no_judgement_and_a_real_one_is_asked_instead():
    sized = "The bridge was the town's last significant project, a $3 million job finished in 2019."
    assert not offered(NEWS.replace(JUDGED, sized), opinion.own_judgement)
    both = "The bridge was the town's last significant project, and its reckless cost overran by $3 million."
    (question,) = offered(NEWS.replace(JUDGED, both), opinion.own_judgement)
    assert question.prompt.endswith("Whose judgement is the word “reckless”?")
    # With nothing to measure it by, "significant" still judges.
    assert offered(NEWS.replace(JUDGED, "The council made significant progress on the bridge after years of delay."),
                   opinion.own_judgement)


def test_successful_applicants_are_those_chosen_not_a_judgement():
    chosen = "The council expects to notify successful applicants for the bridge grants by July 15."
    assert not offered(NEWS.replace(JUDGED, chosen), opinion.own_judgement)
    assert offered(NEWS.replace(JUDGED, "The council ran a successful campaign for the bridge grants last year."),
                   opinion.own_judgement)
