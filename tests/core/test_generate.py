"""Facts -> questions: what every generated pack guarantees, the quality gate, the ranking,
and the questions that fit each kind of article."""

import random
import re

import pytest

from quiz.core.article import parse_article
from quiz.core.domain import Question
from quiz.core.errors import QuizError
from quiz.core.facts import read_facts
from quiz.core.generate import FEW_QUESTIONS, choose, generate_pack
from quiz.core.generate import language
from quiz.core.generate.common import Candidate, Context, clip, mid_sentence, self_contained
from quiz.core.generate.gate import conflict, problems
from quiz.core.packs import dump_pack, parse_pack
from quiz.core.service import generate_from_article
from support import ROOT, SEED_ARTICLE

ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))
# Templates that only test recall: finding a figure is not media literacy.
RECALL = ("number-gap", "number-typed", "number-statement", "acronym", "figure-counts")


@pytest.fixture(scope="module")
def packs():
    return {path.stem: generate_pack(path.read_text(encoding="utf-8"), seed=1) for path in [SEED_ARTICLE, *ARTICLES]}


def test_every_evidence_is_verbatim_and_every_pack_loads_back_as_written(packs, tmp_path):
    for name, pack in packs.items():
        for question in pack.questions:
            assert question.evidence in pack.article.text, (name, question.id)
        if pack.questions:
            loaded = parse_pack(dump_pack(pack), tmp_path / "pack.yaml").questions
            shown = lambda q: (q.id, q.type, q.prompt, q.choices, q.answer, q.evidence, q.explanation)  # noqa: E731
            assert [shown(q) for q in loaded] == [shown(q) for q in pack.questions]


def test_no_recall_template_writes_questions(packs):
    assert not [q.id for pack in packs.values() for q in pack.questions if q.template in RECALL]


def test_every_question_passes_the_gate(packs):
    for pack in packs.values():
        for question in pack.questions:
            assert problems(question, pack.article.text) == [], question.id


def test_no_question_in_a_pack_gives_away_another(packs):
    for pack in packs.values():
        questions = pack.questions
        assert not [(a.id, b.id) for i, a in enumerate(questions) for b in questions[i + 1 :] if conflict(a, b)]


def test_a_pack_with_fewer_than_eight_questions_says_so(packs):
    for pack in packs.values():
        assert ("fewer than 8" in pack.description) == (len(pack.questions) < FEW_QUESTIONS), pack.description


def test_the_same_seed_gives_the_same_pack():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    assert generate_pack(text, seed=3) == generate_pack(text, seed=3)


def test_max_questions_is_respected():
    assert len(generate_pack(SEED_ARTICLE.read_text(encoding="utf-8"), max_questions=3).questions) == 3


def templates(pack):
    return {q.template for q in pack.questions}


def test_the_seed_article_asks_about_its_hedge_its_arithmetic_and_whose_word_invasion_is(packs):
    pack = packs[SEED_ARTICLE.stem]
    assert {"hedge-word", "comparison", "whose-word"} <= templates(pack)
    (invasion,) = [q for q in pack.questions if q.template == "whose-word"]
    # The sentence names Trump, so it asks why the word is quoted, not whose it is.
    assert "Why does the article put “invasion” in quotation marks?" in invasion.prompt
    assert "Donald Trump" in invasion.answer


def test_a_whose_word_question_never_shows_a_sentence_naming_whose_word_it_is():
    text = ("Council votes on new housing plan\n\n"
            "Mayor Jane Holt has spent months calling the housing plan a \"bailout\" for developers, and the council "
            "voted on it on Tuesday.\n\n"
            "\"The plan gives the town 400 new homes by 2030,\" said Omar Reyes, the council's planning chair.\n\n"
            "Builder Sam Fox said the plan would let his firm hire twenty more workers next year.")
    (asked,) = [q for q in generate_pack(text, seed=1).questions if q.template == "whose-word"]
    assert "Whose word" not in asked.prompt and "Jane Holt" in asked.answer


def test_a_press_release_asks_who_speaks_and_what_stake_they_have(packs):
    for name in ("06-whitehouse-liheap-funding", "07-whitehouse-ebola-response-fact-sheet",
                 "09-state-dept-venezuela-earthquake-response"):
        assert "publisher-stake" in templates(packs[name]), name


RELEASE = """City Water Board Announces New Pipes for Older Neighbourhoods

Today, the City Water Board announced a plan to replace 40 miles of lead pipes by 2027. The plan will cost $12 million, paid from the board's own budget.

The City Water Board has worked tirelessly since January and has replaced 12 miles of pipes in the oldest streets. We will also test the water in 300 schools this spring.

Work will start in March in the oldest streets, where the pipes were laid before 1950.
"""
# The Administration praised in its own voice, but nothing shows who wrote the text.
PRAISE_WITHOUT_AUTHOR = """Jobs Soar Under Governor Park

Under Governor Ann Park, the state added 40,000 jobs last year, the most in a decade.

This is the direct result of the Park Administration's relentless focus on growth and its tax cuts for small firms.

The Park Administration cut taxes for 20,000 small firms in 2024, and unemployment fell to 3.1 percent in May.
"""


def test_who_published_a_release_rests_on_a_passage_that_shows_who_wrote_it():
    (asked,) = [q for q in generate_pack(RELEASE, seed=1).questions if q.template == "publisher-stake"]
    assert asked.answer.startswith("The City Water Board, speaking for itself")
    assert asked.evidence.startswith("Today, the City Water Board announced")
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}


COMPANY_RELEASE = """Acme Robotics Launches Lawn Robot for Small Gardens

Acme Robotics Inc. (NASDAQ: ACME) today announced the GreenBot, a lawn robot for gardens under 500 square metres. The GreenBot will sell for $899 from June.

"Small gardens have been ignored by the industry," said Mia Chen, chief executive of Acme Robotics. "The GreenBot changes that."

About Acme Robotics

Acme Robotics Inc. makes garden robots in Boston. It employs 300 people.
"""


def test_a_company_release_is_read_as_one_and_names_its_publisher():
    assert read_facts(parse_article(COMPANY_RELEASE)).kind.kind == "press-release"
    found = find_publisher_in(COMPANY_RELEASE)
    assert found.name == "Acme Robotics Inc"
    assert found.evidence.startswith("Acme Robotics Inc. (NASDAQ: ACME) today announced")


def test_a_statement_shows_its_publisher_by_we_after_the_sentence_that_names_it():
    text = ("Detention of aid workers\n\nPress Statement\n\nReports indicate that at least 40 aid workers have been held "
            "since June, according to several sources. Officials in the region said the workers were taken at night.\n\n"
            "The United States condemns these detentions. We call on the authorities to release every worker at once.")
    (asked,) = [q for q in generate_pack(text, seed=1).questions if q.template == "publisher-stake"]
    assert asked.evidence == "We call on the authorities to release every worker at once."
    assert asked.answer.startswith("The United States, speaking for itself")
    assert "The sentence before names the United States" in asked.explanation


def test_a_body_that_someone_else_announces_about_is_not_taken_for_the_publisher():
    text = ("Road plan\n\nToday, Governor Ann Park announced that the Department of Transport will repair 300 bridges "
            "by 2027. We are proud of this plan. The Department of Transport will start in May.")
    assert find_publisher_in(text) is None


def find_publisher_in(text):
    from quiz.core.generate.common import Context
    from quiz.core.generate.publisher import find_publisher

    article = parse_article(text)
    return find_publisher(Context(article, read_facts(article), random.Random(0)))


def test_who_published_is_not_asked_when_the_text_only_praises_a_body():
    article = parse_article(PRAISE_WITHOUT_AUTHOR)
    assert read_facts(article).kind.kind == "press-release"
    assert "publisher-stake" not in templates(generate_pack(PRAISE_WITHOUT_AUTHOR, seed=1))


def test_a_publisher_praising_its_own_work_asks_which_part_could_be_checked():
    (asked,) = [q for q in generate_pack(RELEASE, seed=1).questions if q.template == "checkable-part"]
    assert asked.evidence.startswith("The City Water Board has worked tirelessly")
    assert asked.answer == "The actions it reports can be checked; “tirelessly” is the City Water Board's own judgement"
    assert asked.skill == "sourcing"


@pytest.mark.parametrize("sentence", [
    "The City Water Board is committed to being a strong partner to every family in the city.",
    "The data proves the City Water Board is delivering faster and more decisively than ever.",
])
def test_no_checkable_part_in_a_sentence_that_reports_nothing_done_or_claims_a_cause(sentence):
    text = RELEASE.replace("The City Water Board has worked tirelessly since January and has replaced 12 miles of pipes "
                           "in the oldest streets.", sentence)
    assert sentence in text
    assert "checkable-part" not in templates(generate_pack(text, seed=1))


STUDY = """Daily walk lowers blood pressure, study finds

Researchers enrolled 120 adults with high blood pressure in a trial at three clinics in Leeds. Half of them walked for 30 minutes a day for 12 weeks.

Blood pressure fell by an average of 8 points in the walking group, compared with 2 points in the others, the researchers reported in the journal Hypertension.

"Walking is a cheap medicine," said Ann Cole, who led the study at Leeds General Infirmary.
"""


def test_a_study_asks_whether_its_result_holds_for_people_it_did_not_study():
    (asked,) = [q for q in generate_pack(STUDY, seed=1).questions if q.template == "who-was-studied"]
    assert asked.prompt == "Can a reader be sure that the study's result holds for people without high blood pressure?"
    assert asked.answer == "No: the study did not include people without high blood pressure"
    assert asked.evidence.startswith("Researchers enrolled 120 adults with high blood pressure")
    assert "120 adults with high blood pressure" in asked.explanation
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}
    # A survey tests no treatment: no choice speaks of "it" working, and the explanation
    # does not claim that no other study exists.
    assert "No: the study found the opposite for people without high blood pressure" in asked.choices
    assert not any(" it does not work" in c for c in asked.choices) and "another study" not in asked.explanation


def test_a_study_in_mice_asks_whether_it_holds_for_people():
    text = STUDY.replace("Researchers enrolled 120 adults with high blood pressure in a trial at three clinics in Leeds.",
                         "A study in mice found that a new drug lowered blood pressure within a week.")
    (asked,) = [q for q in generate_pack(text, seed=1).questions if q.template == "who-was-studied"]
    assert asked.answer == "No: the study did not include people"


@pytest.mark.parametrize("sentence", ["Researchers ran a trial at three clinics in Leeds.",
                                      "Researchers enrolled 120 adults with no history of heart disease in a trial."])
def test_a_study_that_does_not_say_who_it_left_out_asks_nothing_about_it(sentence):
    text = STUDY.replace("Researchers enrolled 120 adults with high blood pressure in a trial at three clinics in Leeds.", sentence)
    assert "who-was-studied" not in templates(generate_pack(text, seed=1))


OP_ED = """Our towns need their libraries open at night

By Sam Lee, Deputy Secretary of Culture

I grew up in a small town where the library was the only warm place in winter. I spent every afternoon there, and I read everything I could find.

Today many libraries close at five o'clock, just when working parents and teenagers could use them. In our county, 12 of the 15 libraries now close before six, up from 4 in 2010.

The closures are a terrible mistake. A library is the cheapest school a town can run, and an evening library costs far less than the problems it prevents.

I believe every town deserves a library that is open in the evening. Councils should keep their libraries open until nine, and readers should write to their council members this month to ask for it.

Some will say the money is not there. But the county spent $2 million on a new car park last year.
"""


def test_an_op_ed_asks_what_the_writer_wants_done_and_which_sentence_could_be_checked():
    assert read_facts(parse_article(OP_ED)).kind.kind == "opinion"  # not a wire story: "some will say" is no source
    pack = generate_pack(OP_ED, seed=1)
    (wants,) = [q for q in pack.questions if q.template == "recommendation"]
    assert wants.answer.startswith("Councils should keep their libraries open")
    (checkable,) = [q for q in pack.questions if q.template == "checkable-sentence"]
    assert checkable.answer == "But the county spent $2 million on a new car park last year."
    assert "The closures are a terrible mistake." in checkable.choices
    assert set(checkable.feedback) == set(checkable.choices) - {checkable.answer}


PILOT = """Brain training app may slow memory loss, pilot study suggests

A pilot study of 30 older adults found that those who used a brain training app for 20 minutes a day did better on memory tests after six months.

"We were surprised by how large the effect was," said Ruth Kim, who led the research at Lakeside University.

The researchers said a larger trial would begin next year.
"""


def test_a_pilot_study_asks_what_pilot_tells_a_reader_about_the_result():
    (asked,) = [q for q in generate_pack(PILOT, seed=1).questions if q.template == "early-study"]
    assert "“pilot study”" in asked.prompt
    assert asked.evidence.startswith("A pilot study of 30 older adults")  # the body, not the headline
    assert asked.answer == "It is a first or small step, so bigger studies are needed to confirm the result"
    assert asked.explanation.startswith("A pilot study is a small first test")


def test_a_small_trial_in_court_is_no_early_study():
    text = ("Farmer fined for polluting river\n\nIn a small trial at the county court on Monday, farmer Tom Hill was fined "
            "$2,000 for letting waste into the River Ash. Judge Mary Fox said the damage was serious.")
    assert "early-study" not in templates(generate_pack(text, seed=1))


def test_an_interview_asks_whose_views_it_gives(packs):
    # Or what stake the one who answers has, a question that names them (the same point).
    assert {"interview-views", "interview-stake"} & templates(packs["17-wikinews-interview-robert-sarvis-virginia-governor"])


def test_exact_words_are_true_only_inside_quotation_marks_and_keyed_both_ways(packs):
    asked = [q for pack in packs.values() for q in pack.questions if q.template == "exact-words"]
    for q in asked:
        words = q.prompt.split("“")[-1].rstrip("”")[1:20]
        before = q.evidence[: q.evidence.find(words) - 1].rstrip()  # before its first letter
        assert q.answer is before.endswith(("“", '"')), q.id
    assert {q.answer for q in asked} == {True, False}


EXACT_WORDS_ARTICLE = (
    "Town library to open on Sundays\n\n"
    "The town library will open on Sundays from next month, the council announced on Monday.\n\n"
    "\"Sunday opening was the most common request in the survey of library users,\" said Ana Ruiz, "
    "the council's head of libraries.\n\n"
    "Ana Ruiz said the extra hours would be paid for from the existing budget for the coming year.\n\n"
    "Local resident Tom Baker said he had waited years for the change.\n\n"
    "\"I read every evening,\" Tom Baker said. \"We finally get a library that suits working people.\""
)


def test_exact_words_ask_a_quotation_as_true_and_never_words_whose_grammar_tells():
    pack = generate_pack(EXACT_WORDS_ARTICLE, seed=1)
    asked = {q.answer: q for q in pack.questions if q.template == "exact-words"}
    assert set(asked) == {True, False}
    assert "Sunday opening was the most common request" in asked[True].prompt
    assert "quotation marks" in asked[True].explanation
    assert "The extra hours would be paid for" in asked[False].prompt  # shown as the quotation is: capitalised
    assert not [q for q in pack.questions if q.template == "exact-words" and re.search(r"“(?:He|I|We)\b", q.prompt)]


@pytest.mark.parametrize("words", [10, 12, 20])
def test_a_clipped_passage_ends_at_a_clause_edge_or_is_left_whole(words):
    text = ("Boswell said he would have to fill in an unwieldy form in a language he did not speak, "
            "without a lawyer and without help from anyone who knew the system at all")
    clipped = clip(text, words)
    assert clipped == text or clipped.endswith("speak …")


def test_the_gate_refuses_a_prompt_quoting_words_the_article_does_not_use():
    article = "About 10 per cent of Australian salt is iodised."
    assert "the prompt quotes words the article does not use" in problems(
        question(prompt="Who gives the figure “10 per cent Australian salt”?"), article)
    assert "the prompt quotes words the article does not use" not in problems(
        question(prompt="Who gives the figure “10 per cent of Australian salt”? “About 10 … salt is iodised.”"), article)


def test_no_two_questions_in_a_pack_rest_on_one_sentence(packs):
    for pack in packs.values():
        sentences = [s for q in pack.questions for s in re.split(r"(?<=[.!?”])\s+", q.evidence)]
        assert len(sentences) == len(set(sentences)), pack.id


def test_a_claim_relayed_by_another_news_organisation_is_not_asked_as_first_hand(packs):
    from quiz.core.generate.sourcing import SECOND_LAYER, SUPPORT

    asked = [q for pack in packs.values() for q in pack.questions if q.template == "support-kind"]
    assert asked and not [q.id for q in asked if q.answer != SUPPORT["outlet"] and SECOND_LAYER.search(q.evidence)]


def test_every_wrong_choice_of_a_whose_word_question_has_feedback(packs):
    asked = [q for pack in packs.values() for q in pack.questions if q.template == "whose-word"]
    assert asked and all(set(q.feedback) == set(q.choices) - {q.answer} for q in asked)


@pytest.mark.parametrize(("text", "alone"), [
    ("Kim said he is willing to consider normalizing ties.", True),
    ("The researchers said they found no difference.", True),
    ("The BBC reported that Wingfield-Hayes was interrogated.", True),
    ("He said Seoul will continue to push.", False),
    ("But when he returned, he was unhappy with the app.", False),
    ("“These tumors probably require different approaches,” they argued.", False),
    ("“Based on the trial, anal lesions probably require different approaches,” they argued.", False),
    ("But if it isn’t, we will know.", False),
    ("Which as we all know in 2014 was not the case.", False),
    ("Also at this site, entrances to tunnels appear to have been hit.", False),
    ("In 1990 she founded the clinic.", False),
    ("During this process, people were reportedly separated.", False),
    ("This week the council voted to close the library.", True),
    ("For those of us who have fought for it, the law matters.", True),
    ("The plan, ‘a first step,’ they argued, would cost less.", False),
])
def test_a_passage_stands_alone_only_if_its_he_or_they_has_someone_before_it(text, alone):
    assert self_contained(text) is alone


@pytest.mark.parametrize(("label", "inside"), [
    ("An unnamed U.S. official", "an unnamed U.S. official"),
    ("Donald J. Trump, the President", "Donald J. Trump, the President"),
    ("Department of Homeland Security", "Department of Homeland Security"),
])
def test_a_label_inside_a_sentence_keeps_the_capital_of_a_name(label, inside):
    assert mid_sentence(label) == inside


# ---------------------------------------------------------------- the gate and the ranking


def question(**fields) -> Question:
    base = dict(id="q", type="choice", skill="numbers", prompt="What does it count?", answer="troops",
                choices=("troops", "staff", "officers"), evidence="20,000 troops",
                explanation="The figure 20,000 goes with the troops the department asked for.")
    return Question(**{**base, **fields})


@pytest.mark.parametrize(
    ("fields", "fault"),
    [
        ({"prompt": "The article says “a “b” c. Why?"}, "unbalanced quotation marks in the prompt"),
        ({"choices": ("troops", "Troops", "staff")}, "two choices say the same"),
        ({"choices": ("troops", "staff")}, "too few choices"),
        ({"answer": "soldiers"}, "the answer is not among the choices"),
        ({"explanation": "Troops."}, "explanation too short"),
        ({"evidence": "not in it"}, "evidence not in the article"),
        ({"prompt": "What does <b>it</b> count?"}, "markup in the text"),
        ({"prompt": "Why? “Patients told us 'I heard you, but I didn't understand …”"},
         "a quotation inside the quoted passage is cut"),
        ({"prompt": "Why? “But he said the troops would stay on the border.”"},
         "the quoted passage leans on a sentence the student does not see"),
    ],
)
def test_the_gate_refuses_a_broken_question(fields, fault):
    assert fault in problems(question(**fields), "DHS asked for 20,000 troops.")


def test_the_gate_passes_a_sound_question():
    assert problems(question(), "DHS asked for 20,000 troops.") == []


@pytest.mark.parametrize("prompt", [
    "Why? “It is time to say goodbye to the old browser,” the company said.",
    "Why? “We will rebuild the bridge by May, ‘come what may,’ and pay for it.”",
    "Why? “The mayor's plan didn't pass.”",
])
def test_the_gate_passes_a_quoted_passage_that_stands_alone(prompt):
    text = "“It is time to say goodbye to the old browser,” the company said. " \
           "“We will rebuild the bridge by May, ‘come what may,’ and pay for it.” The mayor's plan didn't pass."
    assert problems(question(prompt=prompt, evidence="The mayor's plan"), text) == []


def test_two_questions_on_one_passage_where_one_prints_the_others_answer_conflict():
    asks = question(id="a", prompt="Who said it?", answer="Tricia McLaughlin", choices=("Tricia McLaughlin", "Ann", "Bo"))
    prints = question(id="b", prompt="Why did Tricia McLaughlin say it?")
    assert conflict(asks, prints)


def test_the_ranking_never_keeps_two_questions_of_one_template_with_the_same_key():
    first = Candidate(question(id="a", template="support-kind", evidence="a."), 0.9, "a")
    again = Candidate(question(id="b", template="support-kind", evidence="b.", prompt="Again?"), 0.8, "b")
    other = Candidate(question(id="c", template="support-kind", evidence="c.", prompt="Other?", answer="staff"), 0.75, "c")
    assert [q.id for q in choose([first, again, other], 5, random.Random(0))] == ["a", "c"]


def test_the_ranking_keeps_one_question_per_point_and_sure_ones_first():
    sure = Candidate(question(id="sure"), 0.9, "figure:20,000")
    same_point = Candidate(question(id="same", prompt="Another?"), 0.95, "figure:20,000")
    draft = Candidate(question(id="draft", prompt="A third?", evidence="x", template="other"), 0.5, "other")
    chosen = choose([sure, same_point, draft], 2, random.Random(0))
    assert [q.id for q in chosen] == ["same", "draft"]


# ---------------------------------------------------------------- what cannot be asked


def test_an_article_in_another_language_says_only_english_is_read():
    text = ("Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les ménages face à la hausse "
            "des prix de l'énergie, selon un communiqué publié par le ministère. Les aides seront versées dès le mois "
            "prochain aux foyers les plus modestes, a précisé le ministre lors d'une conférence de presse à Paris.")
    with pytest.raises(QuizError, match="only English articles are read"):
        generate_from_article(parse_article(text))


def test_a_list_gives_no_pack_and_says_what_was_missing():
    text = "Shopping\n\nApples\n\nPears\n\nBread and butter\n\nMilk\n\nEggs for the cake\n\nCandles"
    with pytest.raises(QuizError, match="nothing in this article to ask about: no one quoted"):
        generate_from_article(parse_article(text))


def test_what_was_read_is_kept_with_the_pack():
    made = generate_from_article(parse_article(SEED_ARTICLE.read_text(encoding="utf-8")))
    assert made.pack.questions and any(f.kind == "quote" for f in made.facts)
    assert read_facts(made.article).kind.kind == "news"


def test_a_judgement_in_a_news_reports_own_voice_is_asked_as_unsourced():
    text = (
        "City approves new bus lanes\n\n"
        "The city council voted on Tuesday to add bus lanes to Main Street, officials said.\n\n"
        "\"The lanes will cut journeys by ten minutes,\" said Maria Lopez, the council's transport chair.\n\n"
        "Shop owner Tom Reed said he feared losing parking spaces outside his store on Main Street.\n\n"
        "The plan is a remarkable change for a city that has long been built around the car.\n\n"
        "Work on the lanes will start in March, according to the council's schedule."
    )
    article = parse_article(text)
    pack = generate_from_article(article).pack
    (asked,) = [q for q in pack.questions if q.template == "unsourced-claim"]
    assert asked.evidence == "The plan is a remarkable change for a city that has long been built around the car."
    assert asked.answer.startswith("No one")
    assert sorted(c.split(",")[0] for c in asked.choices if c != asked.answer) == ["Maria Lopez", "Tom Reed"]


def test_an_article_read_but_with_no_question_sure_enough_says_what_it_found():
    from quiz.core.domain import Fact
    from quiz.core.facts import ArticleFacts
    from quiz.core.generate import nothing_to_ask

    found = ArticleFacts([Fact("quote", 0, 5, "Hello"), Fact("number", 6, 8, "20")], kind=None)
    assert nothing_to_ask(found) == (
        "it has quotes and figures, but no question on them was sure enough to ask; write your own in the pack editor")


def test_a_hedge_question_offers_firm_words_as_wrong_choices_and_says_what_is_uncertain():
    text = ("Dam repairs begin after storm\n\n"
            "From all the press reports I have read, the county has closed 12 roads near the river, and the storm "
            "may have weakened the old dam.\n\n"
            "\"Work starts on Monday,\" said Lena Ortiz, the county's chief engineer.\n\n"
            "The county said the repairs would cost 4 million dollars and take a year.")
    (hedge,) = [q for q in generate_pack(text, seed=1).questions if q.template == "hedge-word"]
    assert hedge.answer == "may have"
    assert {"press", "reports", "read"}.isdisjoint(hedge.choices)  # a source of doubt is no wrong choice
    assert {"12", "closed"} <= set(hedge.choices)
    assert "It makes this part uncertain: “the storm may have weakened the old dam”" in hedge.explanation
    assert set(hedge.feedback) == set(hedge.choices) - {"may have"}


LOADED_ARTICLE = (
    "Council budget passed after long debate\n\n"
    "The council slashed the library budget by 30 percent on Tuesday, leaving two branches without staff.\n\n"
    "Mayor Rosa Diaz claimed that the cuts would not close any branch.\n\n"
    "Councillor Ben Okafor conceded that the vote had been delayed by a week.\n\n"
    "Parents wrote to the council in March. Many of them admitted that they rarely used the library.\n\n"
    "The mayor's draconian plan shows the courage of a council that ignores readers, parents and teachers.\n\n"
    "The shocking vote ended a reckless year of spending on roads, parks and buses.\n\n"
    "The new budget plays a crucial role in the town's plans for the coming year, officials said on Wednesday."
)


@pytest.fixture(scope="module")
def loaded_pack():
    return generate_pack(LOADED_ARTICLE, seed=1)


def test_a_loaded_verb_of_change_asks_for_the_neutral_word():
    ctx = Context(parse_article(LOADED_ARTICLE), read_facts(parse_article(LOADED_ARTICLE)), random.Random(1))
    (asked,) = [c.question for c in language.neutral_word(ctx)]
    assert asked.answer == "cut" and "slashed" in asked.prompt
    assert set(asked.choices) == {"cut", "gutted", "axed"}
    assert all("as loaded as “slashed”" in words for words in asked.feedback.values())
    assert asked.explanation.startswith("“cut” reports the same change without colouring it. “slashed” makes the cut")


def test_a_speech_verb_is_asked_where_its_speaker_is_clear_with_wrong_choices_from_other_families():
    ctx = Context(parse_article(LOADED_ARTICLE), read_facts(parse_article(LOADED_ARTICLE)), random.Random(1))
    asked = {q.prompt.split("chose “")[1].split("”")[0]: q for q in (c.question for c in language.speech_verb(ctx))}
    assert set(asked) == {"claimed", "conceded"}  # not "admitted": "many of them" names no one
    for question in asked.values():
        assert question.answer.lower() in question.explanation.lower()
        assert set(question.feedback) == set(question.choices) - {question.answer}
    # "admitted" and "conceded" suggest the same: one is never a wrong choice beside the other.
    assert [c for c in asked["conceded"].choices if "owned up" in c] == [asked["conceded"].answer]


def test_a_charged_question_asks_only_loaded_words_beside_nouns_that_only_name():
    from quiz.core.facts.language import JUDGING_NOUNS, MILD

    facts = read_facts(parse_article(LOADED_ARTICLE))
    charged = [f.data["word"] for f in facts.facts if f.kind == "loaded" and f.data["loaded_kind"] == "charged"]
    assert "draconian" in charged and not MILD & {w.lower() for w in charged}  # "crucial" reads as ordinary
    ctx = Context(parse_article(LOADED_ARTICLE), facts, random.Random(1))
    (question,) = [c.question for c in language.charged_word(ctx) if c.question.answer == "draconian"]
    assert "courage" not in question.choices  # "courage" judges too
    assert not JUDGING_NOUNS & set(question.choices)
    assert all("only names a thing" in words for words in question.feedback.values())
    (both,) = [c.question for c in language.charged_word(ctx) if c.question.type == "multi"]
    assert both.answer == ["shocking", "reckless"] and len(both.choices) == 4  # two loaded words: choose all


def test_a_hedge_whose_speaker_is_only_a_pronoun_is_not_asked_and_half_a_name_is_no_choice():
    from quiz.core.generate import uncertainty

    text = ("Study finds new drug works\n\n"
            "Two doctors at the clinic wrote an editorial about the trial in March.\n\n"
            "Based on the results, older patients \"probably need a lower dose of the drug,\" they argued.\n\n"
            "Doctors reported fewer side effects in 2024, and the new drug may have helped older patients sleep.")
    article = parse_article(text)
    asked = [c.question for c in uncertainty.hedge_word(Context(article, read_facts(article), random.Random(1)))]
    assert [q.answer for q in asked] == ["may have"]
    assert "side" not in asked[0].choices  # half of "side effects"


def test_a_loaded_word_in_a_quotation_is_asked_as_the_speakers_not_the_writers():
    text = ("Bus routes to be reduced\n\n"
            "The council will run fewer buses on four routes from May, it said on Friday.\n\n"
            "\"The council's plan is a draconian cut to bus services for older residents in the town,\" said Ann Cole, "
            "the head of the residents' association.")
    article = parse_article(text)
    (asked,) = [c.question for c in language.charged_word(Context(article, read_facts(article), random.Random(1)))]
    assert asked.answer == "draconian" and "Ann Cole’s quotation" in asked.prompt
    assert asked.prompt.startswith("“‘The council's plan") and "town,’ said Ann Cole" in asked.prompt
    assert problems(asked, text) == []
    assert "not the writer's" in asked.explanation and "strict" in asked.explanation
    assert set(asked.choices) - {"draconian"} <= {"council", "plan", "services", "residents", "town", "cut"}


@pytest.mark.parametrize(("sentence", "shown"), [
    ("\"Cuts hurt,\" said Ann.", "“‘Cuts hurt,’ said Ann.”"),
    ("“Cuts hurt,” said Ann.", "“‘Cuts hurt,’ said Ann.”"),
    ("The letter reads \"we may extend it\", officials said.", "“The letter reads ‘we may extend it’, officials said.”"),
    ("“When you talk to patients, it is hard.", "“When you talk to patients, it is hard.”"),  # closed in the next sentence
])
def test_a_sentence_holding_a_quotation_is_shown_with_its_marks_paired(sentence, shown):
    from quiz.core.generate.common import with_quotation

    assert with_quotation(sentence) == shown


PANEL_INTERVIEW = """Two bakers on running a village shop

Maria Lopez and Tom Reed run the Corner Bakery, next to the post office that Paul Green has run since 1990. Our reporter Ann Blake interviewed them in the shop last week.

Ann Blake: How did the bakery start?

Maria Lopez: We started it ten years ago with one oven. We bake everything by hand every morning, and we sell out most days.

Ann Blake: Other shops buy their bread from a factory. Why not you?

Tom Reed: Because fresh bread is what people come for. Our customers tell us it tastes better than anything in the supermarket.

Ann Blake: The mayor, James Hart, said last month that small shops are the heart of the town. Do you agree?

Maria Lopez: Of course. We know every customer by name, and the town would be poorer without us.

Ann Blake: What comes next?

Tom Reed: We hope to open a second shop next year, if the bank agrees to lend us the money.
"""


def test_an_interview_with_two_people_answering_asks_whose_views_it_gives():
    (asked,) = [q for q in generate_pack(PANEL_INTERVIEW, seed=1).questions if q.template == "interview-views"]
    assert asked.answer == "Maria Lopez and Tom Reed"
    assert "Ann Blake" in asked.choices and not any("Maria" in c and "Tom" not in c for c in asked.choices)
    assert "James Hart" not in asked.choices  # the mayor's words, passed on in a question, are a view it gives too
    assert "Maria Lopez" in asked.explanation and "Tom Reed" in asked.explanation


CANDIDATE_INTERVIEW = """Reporter interviews Dana Cole, Green Party candidate for mayor

Teacher Dana Cole, the Green Party's candidate for mayor of Riverton, answered four questions from our reporter Sam Hill by e-mail.

Sam Hill: Why are you running?

Dana Cole: Riverton needs cleaner air. I will plant ten thousand trees in my first year, and the city can pay for it without a new tax.

Sam Hill: Your opponents say the plan costs too much. What do you say?

Dana Cole: They are wrong. The trees will save the city money on cooling and flood repairs within five years.

Sam Hill: What will you do first?

Dana Cole: I will open every council meeting to the public and put the budget online, so voters can check it.
"""


def test_an_interview_with_a_candidate_asks_what_stake_the_answers_serve():
    (asked,) = [q for q in generate_pack(CANDIDATE_INTERVIEW, seed=1).questions if q.template == "interview-stake"]
    assert asked.prompt == ("This interview gives the answers of Dana Cole, the Green Party's candidate for mayor of "
                            "Riverton. What should a reader keep in mind about them?")
    assert asked.answer == "Dana Cole is running for office, so the answers also make the case for Dana Cole's campaign"
    assert asked.evidence.startswith("Teacher Dana Cole, the Green Party's candidate for mayor of Riverton, answered")


@pytest.mark.parametrize("role", ["", ", the Green Party candidate's campaign manager,"])
def test_an_interview_with_someone_of_no_stated_side_asks_no_stake(role):
    plain = CANDIDATE_INTERVIEW.replace(", the Green Party's candidate for mayor of Riverton,", role)
    assert "interview-stake" not in templates(generate_pack(plain, seed=1))


def test_an_interview_with_a_company_head_asks_what_stake_the_answers_serve():
    text = CANDIDATE_INTERVIEW.replace("the Green Party's candidate for mayor of Riverton", "the chief executive of Cole Solar Systems")
    (asked,) = [q for q in generate_pack(text, seed=1).questions if q.template == "interview-stake"]
    assert asked.answer == "Dana Cole has a stake in Cole Solar Systems, so the answers speak for it"
