"""Attribution: whose words a passage gives, what the article states as a fact and what it
only reports someone said or believes, and claims whose holder a passive hides. Every
article here is invented for the test."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import attribution, generate_pack, whose_claim
from quiz.core.generate.common import Context
from quiz.core.generate.gate import problems


def context(text: str) -> Context:
    article = parse_article(text)
    return Context(article, read_facts(article), random.Random(1))


def asked(template, text: str):
    ctx = context(text)
    return [c.question for c in template(ctx) if not problems(c.question, ctx.article.text)]


LIBRARY = (
    "Town library to open on Sundays\n\n"
    "The town library will open on Sundays from next month, the council announced on Monday.\n\n"
    "\"Sunday opening was the most common request in the survey of library users,\" said Ana Ruiz, "
    "the council's head of libraries.\n\n"
    "Ana Ruiz said the extra hours would be paid for from the existing budget for the coming year.\n\n"
    "Local resident Tom Baker said he had waited years for the change.\n\n"
    "\"I read every evening,\" Tom Baker said. \"We finally get a library that suits working people.\""
)


def test_own_words_asks_which_of_two_passages_are_the_speakers_exact_words():
    (question,) = asked(attribution.own_words, LIBRARY)
    assert question.type == "choice" and question.skill == "attribution"
    assert "A: Sunday opening was the most common request" in question.prompt
    assert "B: The extra hours would be paid for from the existing budget" in question.prompt
    assert not set("“”\"") & set(question.prompt), "the answer turns on which passage has quotation marks"
    assert question.answer.startswith("Only A: B has no quotation marks")
    assert "Only B: A has no quotation marks, so its words are the writer's" in question.choices
    assert "may differ" in question.explanation and "Ana Ruiz" in question.explanation
    assert set(question.feedback) == set(question.choices) - {question.answer}
    assert "survey of library users" in question.evidence and "existing budget" in question.evidence


def test_own_words_never_asks_words_whose_grammar_tells_if_they_are_quoted():
    text = LIBRARY.replace("\"Sunday opening was the most common request in the survey of library users,\" said Ana Ruiz",
                           "\"We heard the same request again and again in the survey,\" said Ana Ruiz")
    assert asked(attribution.own_words, text) == []


def test_the_exact_words_key_falls_on_the_quotation_wherever_it_stands():
    text = ("Bus route to change\n\n"
            "Transport manager Lisa Chen said the number 4 bus would stop at the hospital from June.\n\n"
            "\"Patients asked for a direct bus to the hospital for many years,\" said Lisa Chen.")
    (question,) = asked(attribution.own_words, text)
    assert question.answer.startswith("Only B:")


def test_two_summaries_of_what_a_source_said_are_neither_of_them_the_exact_words():
    text = ("Bus route to change\n\n"
            "Transport manager Lisa Chen said the number 4 bus would stop at the hospital from June.\n\n"
            "Lisa Chen also said the route past the old market would close for good at the end of May.")
    (question,) = asked(attribution.own_words, text)
    assert question.answer == attribution.NEITHER
    assert "Neither passage stands inside quotation marks" in question.explanation
    assert question.feedback["Both: the article names who said each of them"].startswith("Naming the speaker")


def test_own_words_are_not_asked_where_the_passage_gives_only_a_pronoun_for_the_speaker():
    text = ("Bus route to change\n\n"
            "Transport manager Lisa Chen spoke to reporters at the depot on Monday.\n\n"
            "She said the number 4 bus would stop at the hospital from June.\n\n"
            "\"Patients asked for a direct bus to the hospital for many years,\" she said.")
    assert asked(attribution.own_words, text) == []


POOL = (
    "Pool to close for repairs\n\n"
    "The Riverside swimming pool will close for six weeks from May, the city said on Friday.\n\n"
    "Pool manager Dan Moss said the roof over the main pool was leaking in several places.\n\n"
    "Swimming coach Emma Hart believes the closure will cost the club its place in the regional league.\n\n"
    "\"The children train here five days a week,\" said Emma Hart."
)


def test_a_claim_given_as_a_sources_belief_is_asked_as_their_word_not_a_fact():
    (league,) = asked(whose_claim.stated_as_fact, POOL)
    assert league.answer == "No: it is what Emma Hart believes"
    assert whose_claim.AS_FACT in league.choices and "No: it is what Dan Moss said" in league.choices
    assert "“believes” gives a view" in league.explanation
    assert "no other source" not in league.explanation, "nothing the template can check"


def test_what_a_source_only_said_noted_or_reported_is_not_asked_as_their_word():
    # "noted" accepts the point; "said" and "according to" are routine: nothing is learnt.
    for verb in ("said", "noted", "reported"):
        text = POOL.replace("believes the closure will cost", f"{verb} the closure would cost")
        assert asked(whose_claim.stated_as_fact, text) == [], verb
    text = POOL.replace("Swimming coach Emma Hart believes the closure will cost",
                        "According to swimming coach Emma Hart, the closure will cost")
    assert asked(whose_claim.stated_as_fact, text) == []


def test_a_source_is_named_without_a_mangled_title():
    text = POOL.replace("Swimming coach Emma Hart believes", "Emma Hart, a founder of the swimming club, believes")
    (league,) = asked(whose_claim.stated_as_fact, text)
    assert "Emma Hart, a founder," not in league.explanation


def test_a_claim_the_writer_also_states_is_not_asked_as_the_sources_alone():
    text = POOL.replace("The Riverside swimming pool will close",
                        "The roof over the main pool at Riverside is leaking in several places. The pool will close")
    assert not [q for q in asked(whose_claim.stated_as_fact, text) if "roof" in q.prompt]


ACCUSED = (
    "Factory fined over river\n\n"
    "The Northfield paper factory is accused of letting waste flow into the river for three years.\n\n"
    "Mayor Jo Park said the town would test the water every week from now on.\n\n"
    "Fisherman Ben Cole said he had seen dead fish near the bridge in March.\n\n"
    "Factory owner Carl Wood said the plant had met every rule on waste."
)


def test_a_passive_that_names_no_accuser_is_asked_whose_claim_it_is():
    criticised = ACCUSED.replace("is accused of letting", "has been criticised for letting")
    assert [q.answer for q in asked(whose_claim.hidden_holder, criticised)] == [whose_claim.NO_ONE]
    (question,) = asked(whose_claim.hidden_holder, ACCUSED)
    assert question.answer == whose_claim.NO_ONE
    assert [c for c in question.choices if c.startswith("Jo Park")] and "The writer: the article states it as a fact" in question.choices
    assert "“is accused” names no one" in question.explanation
    assert "The article quotes Jo Park elsewhere" in question.feedback[next(c for c in question.choices if c.startswith("Jo Park"))]


def test_a_passive_with_its_accuser_in_the_sentence_is_not_asked():
    text = ACCUSED.replace("is accused of letting", "is accused by the water board of letting")
    assert asked(whose_claim.hidden_holder, text) == []


def test_a_pack_asks_the_new_attribution_questions():
    pack = generate_pack(POOL + "\n\n" + ACCUSED.split("\n\n", 1)[1], seed=1)
    assert {"stated-as-fact", "hidden-holder"} & {q.template for q in pack.questions}


def test_is_said_to_and_is_believed_to_hide_whose_claim_it_is():
    text = ("Storm hits coast\n\n"
            "Fire chief Maria Lund said crews had rescued 40 people from the flooded streets.\n\n"
            "Resident Paul Grant said the water rose faster than anyone expected on Sunday night.\n\n"
            "Several people are said to be missing in the hills above the town.")
    (question,) = asked(whose_claim.hidden_holder, text)
    assert question.answer == whose_claim.NO_ONE and "“are said” names no one" in question.explanation


def test_a_passive_is_not_asked_when_the_article_says_elsewhere_who_accuses():
    text = ACCUSED.replace("Mayor Jo Park said", "Anglers accused the factory of polluting the river last year. Mayor Jo Park said")
    assert asked(whose_claim.hidden_holder, text) == []


def test_a_body_is_named_as_a_sentence_names_it():
    from quiz.core.generate.common import Speaker
    body = lambda name: attribution.source_name(Speaker(name, name, True, "organisation"))  # noqa: E731
    assert body("Home Office") == "the Home Office" and body("BBC") == "the BBC"
    assert body("Microsoft") == "Microsoft" and body("South Korea’s Defense Ministry") == "South Korea’s Defense Ministry"
    assert attribution.verb_past("warns") == "warned" and attribution.verb_past("notes") == "noted"
    assert attribution.verb_past("say") == "said" and attribution.verb_past("believes") == "believes"


def test_a_person_read_twice_is_one_source_and_a_role_read_into_a_name_is_left_out():
    from quiz.core.generate.common import Speaker
    glued = Speaker("Chief executive Karen Holt", "Chief executive Karen Holt", True, "organisation")
    short = Speaker("Holt", "Holt", True, "organisation")
    assert attribution.source_name(glued) == "Karen Holt"
    assert attribution.related(glued, short) and attribution.source_point(glued) == attribution.source_point(short)
    assert not attribution.related(glued, Speaker("Mark Lee", "Mark Lee", True, "person"))


def test_a_pack_asks_whose_words_they_are_once_a_source():
    text = ("Bus route to change\n\n"
            "Transport manager Lisa Chen said the number 4 bus would stop at the hospital from June.\n\n"
            "\"Patients asked for a direct bus to the hospital for many years,\" said Lisa Chen.\n\n"
            "Lisa Chen also said the route past the old market would close for good at the end of May.\n\n"
            "Lisa Chen believes the old market route was used by fewer than twenty people a day.\n\n"
            "Driver Omar Haddad said the new timetable had been shown to the drivers' union in April.")
    ctx = context(text)
    offered = [c for c in [*attribution.own_words(ctx), *whose_claim.stated_as_fact(ctx)] if "Lisa Chen" in c.question.explanation]
    assert len(offered) >= 2, "both templates ask about her"
    pack = generate_pack(text, seed=1)
    about_her = [q for q in pack.questions if q.skill == "attribution" and "Lisa Chen" in q.explanation]
    assert len(about_her) == 1


def test_a_body_the_passage_names_beside_its_source_is_no_wrong_choice():
    text = ("Parks plan delayed\n\n"
            "The Harbour Trust said the new waterfront park would open in the spring of 2027.\n\n"
            "Mia Grant of the Harbour Trust claims the budget for the park had doubled since the plan was approved.\n\n"
            "Resident Joe Lamb said the plan had been talked about in the town for more than a decade.")
    (question,) = [q for q in asked(whose_claim.stated_as_fact, text) if "budget" in q.prompt]
    assert question.answer == "No: it is what Mia Grant claims"
    assert not [c for c in question.choices if "Harbour Trust" in c]


RADIO = (
    "Interview with the mayor on the radio\n\n"
    "QUESTION: Mayor, thank you for joining us this morning. What did the minister say about the new bridge?\n\n"
    "MAYOR OKAFOR: The minister Anna Berg said at the meeting that the money for the bridge would come from next "
    "year's budget.\n\n"
    "QUESTION: And when will the building work on the bridge begin?\n\n"
    "MAYOR OKAFOR: We hope to start in the spring, once the river is low enough to work safely.\n\n"
    "QUESTION: Thank you, Mayor, for your time this morning."
)


def test_what_someone_in_an_interview_says_another_person_said_is_asked_as_their_account():
    (question,) = asked(whose_claim.retold, RADIO)
    assert question.answer == "Okafor's account of what Anna Berg said"
    assert "Anna Berg's own words" in question.choices and "The interviewer's account of what Anna Berg said" in question.choices
    assert "MAYOR OKAFOR:" in question.evidence and "MAYOR OKAFOR" not in question.prompt
    assert "only Okafor's version" in question.explanation
    assert question.feedback["The interviewer's account of what Anna Berg said"].startswith("These are not the interviewer's")


def test_a_retold_sentence_that_leans_on_him_from_another_turn_is_not_asked():
    text = RADIO.replace("The minister Anna Berg said at the meeting that", "The minister Anna Berg told him at the meeting that")
    assert asked(whose_claim.retold, text) == []


FERRY = (
    "Island ferry to run at night\n\n"
    "The ferry to Gull Island will run until midnight from June, the harbour board said on Tuesday.\n\n"
    "Nadia Frost, a spokeswoman for the harbour board, said the late crossings would cost the board about 40,000 pounds a year.\n\n"
    "“Islanders have waited a long time for a ferry that fits their working hours,” Frost said, according to the "
    "Associated Press. “The board will keep the late crossings for at least two years whatever the cost.”\n\n"
    "Mark Ellis, who runs the island's only shop, said his trade would grow once the late ferry started."
)


def test_a_quotation_with_no_speech_verb_of_its_own_is_asked_whose_words_it_is():
    (question,) = asked(attribution.continued_quote, FERRY)
    assert question.skill == "attribution" and question.template == "continued-quote"
    assert "“The board will keep the late crossings for at least two years whatever the cost.”" in question.prompt
    assert "Frost" not in question.prompt, "the prompt never prints the name beside the words"
    assert question.answer.startswith("Nadia Frost")
    assert set(question.choices) >= {"The Associated Press", attribution.WRITER}
    assert [c for c in question.choices if c.startswith("Mark Ellis")]
    assert "passed" in question.feedback["The Associated Press"]
    assert "quotation marks" in question.feedback[attribution.WRITER]
    assert "The sentence just before gives Nadia Frost's words (“said”)" in question.explanation
    assert question.evidence.startswith("“Islanders have waited") and question.evidence.endswith("whatever the cost.”")


def test_a_quotation_that_opens_a_paragraph_goes_on_from_the_speaker_at_the_end_of_the_one_before():
    text = FERRY.replace("Frost said, according to the Associated Press. “The board",
                         "Frost said.\n\n“The board")
    (question,) = asked(attribution.continued_quote, text)
    assert question.prompt.startswith("A quotation that opens a paragraph of the article")
    assert "The Associated Press" not in question.choices
    assert "at the start of the next paragraph" in question.explanation


def test_a_quotation_split_in_one_paragraph_is_asked_only_where_an_outlet_passed_it_on():
    # '“…,” Frost said. “The board …”': the name stands a sentence away; nothing to work out.
    text = FERRY.replace("Frost said, according to the Associated Press. “The board", "Frost said. “The board")
    assert asked(attribution.continued_quote, text) == []


def test_a_quotation_a_sentence_ending_in_a_colon_gives_to_its_speaker_is_not_asked():
    text = FERRY.replace("Frost said, according to the Associated Press. “The board",
                         "Frost said.\n\nLater, Frost wrote on the board's website:\n\n“The board")
    assert asked(attribution.continued_quote, text) == []


def test_a_continued_quotation_is_not_asked_where_the_sentence_before_quotes_no_one():
    # A sentence of the writer's own stands between Frost's words and the quotation.
    text = FERRY.replace("Frost said, according to the Associated Press. “The board",
                         "Frost said. The ferry carries 200 people. “The board")
    assert asked(attribution.continued_quote, text) == []


def test_a_quotation_speaking_about_someone_else_gets_them_as_a_wrong_choice():
    text = FERRY.replace("“The board will keep the late crossings for at least two years whatever the cost.”",
                         "“Mark Ellis and the other shop owners asked for these crossings for many years.”")
    (question,) = asked(attribution.continued_quote, text)
    assert question.answer.startswith("Nadia Frost")
    ellis = next(c for c in question.choices if c.startswith("Mark Ellis"))
    assert question.feedback[ellis] == "These words speak about Mark Ellis; they are not Mark Ellis's own words."
    assert "They speak about Mark Ellis" in question.explanation


def test_words_that_lean_on_the_quotation_before_are_shown_after_it():
    text = FERRY.replace("“The board will keep", "“This will keep")
    (question,) = asked(attribution.continued_quote, text)
    assert question.prompt.startswith("In the article, the quotation “Islanders have waited a long time")
    assert question.prompt.endswith("“This will keep the late crossings for at least two years whatever the cost.” "
                                    "Whose words are these?")


def test_a_continued_quotation_whose_he_has_no_name_before_it_is_not_asked():
    text = FERRY.replace("“The board will keep the late crossings", "“He will keep the late crossings")
    assert asked(attribution.continued_quote, text) == []


def test_a_quotation_after_a_statement_someone_issued_is_theirs():
    text = ("Council votes to sell the old library\n\n"
            "The town council voted on Monday to sell the old library building on Bridge Street.\n\n"
            "Councillor Ruth Adeyemi, who voted against the sale, issued a statement after the meeting.\n\n"
            "“Selling the library to pay for the new car park is a choice this town will regret for many years.”\n\n"
            "Council leader Tom Hale said the building needed repairs the council could not afford.")
    (question,) = asked(attribution.continued_quote, text)
    assert question.answer.startswith("Ruth Adeyemi")
    assert [c for c in question.choices if c.startswith("Tom Hale")]
    assert "says Ruth Adeyemi “issued a statement”" in question.explanation


def test_a_quotation_given_only_to_he_or_she_is_asked_whose_words_it_is():
    text = FERRY.replace("Frost said, according to the Associated Press. “The board will keep the late crossings for at "
                         "least two years whatever the cost.”",
                         "Frost said.\n\n“The board will keep the late crossings for at least two years whatever the cost. "
                         "Nobody should be stuck on the mainland after work,” she said.")
    # Beside "she said", only another woman is a wrong choice a reader could fall for.
    assert asked(attribution.continued_quote, text) == []
    text = text.replace("Mark Ellis, who runs the island's only shop, said his trade",
                        "Mary Ellis, who runs the island's only shop, said her trade")
    (question,) = asked(attribution.continued_quote, text)
    assert [c for c in question.choices if c.startswith("Mary Ellis")]
    assert question.prompt.startswith("A quotation in the article has only “she said” beside it, and no name:")
    assert "“The board will keep the late crossings for at least two years whatever the cost.”" in question.prompt
    assert question.answer.startswith("Nadia Frost")
    assert "“She” stands for the person the article last named as speaking" in question.explanation
    assert question.evidence.endswith("she said.")


def test_a_quotation_given_to_she_is_not_asked_where_the_passage_names_another_woman():
    text = FERRY.replace("Frost said, according to the Associated Press. “The board will keep the late crossings for at "
                         "least two years whatever the cost.”",
                         "Frost said. “Councillor Jane Moor asked us for this, and the board will keep the late crossings "
                         "for at least two years,” she said.")
    assert asked(attribution.continued_quote, text) == []


def test_someone_the_sentence_before_names_is_a_wrong_choice():
    text = FERRY.replace("Frost said, according to the Associated Press. “The board",
                         "Frost said at a meeting called by the mayor, Tom Reyes.\n\n“The board")
    (question,) = asked(attribution.continued_quote, text)
    assert question.feedback["Tom Reyes"].startswith("The sentence before also names Tom Reyes")


def test_a_quotation_inside_the_writers_sentence_is_not_asked_as_someones_words():
    text = FERRY.replace("“The board will keep the late crossings for at least two years whatever the cost.”",
                         "The board's new slogan is “The island never sleeps and now neither does its ferry.”")
    assert asked(attribution.continued_quote, text) == []


def test_the_explanation_gives_the_role_the_speaker_talks_in():
    (question,) = asked(attribution.continued_quote, FERRY)
    assert "So they are Nadia Frost's words, quoted as a spokeswoman for the harbour board." in question.explanation


def test_a_quotation_that_goes_on_from_an_unnamed_source_is_theirs():
    text = ("Fire closes city centre road\n\n"
            "A fire at a furniture shop closed Mill Road in the city centre on Sunday night.\n\n"
            "“Crews worked through the night to stop the fire spreading to the flats above,” a fire service "
            "spokesman said.\n\n“The cause of the fire is not yet known and an investigation has begun.”\n\n"
            "Shop owner Priya Shah said she had lost stock worth thousands of pounds.")
    (question,) = asked(attribution.continued_quote, text)
    assert question.answer == "A fire service spokesman"
    assert [c for c in question.choices if c.startswith("Priya Shah")]
    assert "So they are a fire service spokesman's words." in question.explanation


def test_a_quotation_whose_speaker_is_named_after_it_is_not_asked():
    text = FERRY.replace("Frost said, according to the Associated Press. “The board will keep the late crossings for at "
                         "least two years whatever the cost.”",
                         "Frost said.\n\n“The board will keep the late crossings for at least two years whatever the "
                         "cost.” Those were the words of the board's chairman, Peter Quinn, at the meeting.")
    assert asked(attribution.continued_quote, text) == []


def test_a_summary_of_one_speaker_beside_a_quotation_of_another_is_not_called_a_version_of_the_quoted_words():
    text = ("Bus route to change\n\n"
            "Transport manager Lisa Chen said the number 4 bus would stop at the hospital from June.\n\n"
            "\"Patients asked for a direct bus to the hospital for many years,\" said Omar Reid, a hospital nurse.")
    (question,) = asked(attribution.own_words, text)
    assert question.answer.startswith("Only B:")
    assert "version of them" not in question.explanation
    assert question.explanation.endswith("A is the writer's version of what Lisa Chen said, not Lisa Chen's own words.")


def test_a_quotation_after_the_writers_report_of_a_view_is_not_said_to_follow_the_speakers_words():
    text = ("Expert doubts the pledge\n\n"
            "Kim Lee, the minister, promised on Monday to cut tariffs by half within a year.\n\n"
            "Another expert, Dana Park from the Seoul Trade Institute, doubts the pledge made by Kim Lee.\n\n"
            "“I think that promise needs to be weighed against what the ministry did last year, when it made the same one.”\n\n"
            "Bruno Salas, a trade economist, said the cut would help exporters.")
    (question,) = asked(attribution.continued_quote, text)
    assert question.answer.startswith("Dana Park")
    assert "gives Dana Park's view in the writer's own words (“doubts” is the writer's verb)" in question.explanation
    assert "Dana Park's words (“doubts”)" not in question.explanation
    assert all("words the article gives to Dana Park" not in words for words in question.feedback.values())
