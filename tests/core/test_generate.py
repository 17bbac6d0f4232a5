"""Facts -> questions: what every generated pack guarantees, the quality gate, the ranking,
and the questions that fit each kind of article."""

import random
import re

import pytest

from quiz.core.article import parse_article
from quiz.core.domain import Question
from quiz.core.errors import QuizError
from quiz.core.facts import read_facts
from quiz.core.generate import FEW_QUESTIONS, TEMPLATES, choose, generate_pack
from quiz.core.generate import attribution, language, publisher, uncertainty
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
    assert {"comparison", "whose-word"} <= templates(pack)
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
    # "Today, the City Water Board announced" is a sentence a reporter could write; "we" shows who speaks.
    assert asked.evidence == "We will also test the water in 300 schools this spring."
    assert "calls it “we”" in asked.explanation
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}
    # True even of a release that cites others: it is still the publisher's own account.
    assert "The text gives the City Water Board's own account; it does not say that anyone outside the City Water Board " \
           "checked it." in asked.feedback.values()


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


def test_who_published_is_not_asked_from_praise_in_the_texts_own_words_alone():
    """With no heading, by-line or "we", praise of a body's work ("relentless") shows no
    publisher: a campaign, a party or a friendly columnist writes the same way."""
    assert read_facts(parse_article(PRAISE_WITHOUT_AUTHOR)).kind.kind == "press-release"
    assert find_publisher_in(PRAISE_WITHOUT_AUTHOR).sure < 0.7  # it points to the body; it does not settle it
    assert not [q for q in generate_pack(PRAISE_WITHOUT_AUTHOR, seed=1).questions if q.template == "publisher-stake"]


def test_who_published_is_not_asked_from_a_count_or_a_sentence_a_reporter_could_write():
    # The body named in three sentences, with no praise, no "we" and no heading: a news story could read the same.
    text = PRAISE_WITHOUT_AUTHOR.replace("Under Governor Ann Park", "Under President Ann Park").replace(
        "relentless focus on growth", "focus on growth")
    assert read_facts(parse_article(text)).kind.kind == "press-release"
    assert find_publisher_in(text) is None
    # "Today, the board announced" opens news stories too.
    text = ("New Pipes for Older Streets\n\nToday, the City Water Board announced a plan to replace 40 miles of lead "
            "pipes by 2027. The plan will cost $12 million, paid from the City Water Board's own budget.\n\n"
            "The City Water Board replaced 12 miles of pipes last year. Work will start in March.")
    assert find_publisher_in(text) is None


def test_an_announcement_made_in_the_present_shows_who_published_the_text():
    text = ("New Pipes for Older Streets\n\nToday, the City Water Board is announcing a plan to replace 40 miles of "
            "lead pipes by 2027. The plan will cost $12 million, paid from the City Water Board's own budget.\n\n"
            "The City Water Board replaced 12 miles of pipes last year. Work will start in March.")
    found = find_publisher_in(text)
    assert found.name == "the City Water Board" and found.evidence.startswith("Today, the City Water Board is announcing")
    assert "“the City Water Board is announcing”, in the present" in found.shown_by


def test_who_published_is_not_asked_of_a_news_report_about_a_body():
    text = ("Council approves budget\n\nThe City Council approved a budget of $40 million on Tuesday, council member "
            "Ann Park said. The City Council will spend more on roads. \"It is too little,\" said Tom Hill, who runs a "
            "shop on Main Street. The City Council meets again in May, a spokesman said.")
    assert read_facts(parse_article(text)).kind.kind == "news"
    assert "publisher-stake" not in templates(generate_pack(text, seed=1))


def test_a_publisher_praising_its_own_work_asks_which_part_could_be_checked():
    (asked,) = [q for q in generate_pack(RELEASE, seed=1).questions if q.template == "checkable-part"]
    assert asked.evidence.startswith("The City Water Board has worked tirelessly")
    # "The publisher's", not its name, which would answer the question of who published the text.
    assert asked.answer == "What it says was done can be checked; “tirelessly” is the publisher's own judgement"
    assert "City Water Board" not in asked.explanation
    assert asked.skill == "fact-vs-opinion"  # what could be checked and what is a judgement


@pytest.mark.parametrize("sentence", [
    "The City Water Board is committed to being a strong partner to every family in the city.",
    "The data proves the City Water Board is delivering faster and more decisively than ever.",
    # a plan, with a figure, is not yet done: no record can show it
    "The City Water Board is working tirelessly and will replace 12 miles of pipes in the oldest streets next year.",
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


def test_a_study_that_warns_its_result_may_not_hold_for_others_gives_that_warning_as_evidence():
    warning = "The researchers said the results cannot be generalized to other groups of patients."
    text = STUDY.replace('"Walking is a cheap medicine,"', warning + '\n\n"Walking is a cheap medicine,"')
    (asked,) = [q for q in generate_pack(text, seed=1).questions if q.template == "who-was-studied"]
    assert asked.evidence == warning
    assert "The article itself says" in asked.explanation


def test_a_study_reported_beside_the_results_of_another_is_not_asked_whom_the_study_left_out():
    # "the study" could mean either, and the second may have studied the very people asked about.
    text = STUDY + ("\nEditor's Note: Results from a larger multicenter trial, with people of every blood pressure, "
                    "were published in May.\n")
    assert "who-was-studied" not in templates(generate_pack(text, seed=1))
    planned = STUDY + "\nThe researchers plan a larger trial with people of every age next year.\n"
    assert "who-was-studied" in templates(generate_pack(planned, seed=1))


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

The closures are a terrible mistake. A library is the cheapest school a town can run, and an evening library costs far less than the problems it prevents. Closing every library at five is a disgraceful waste of what the town has built.

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
    assert wants.answer not in checkable.choices  # its feedback, "it says what should be done", would answer it


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
    assert {"interview-in-writing", "interview-stake"} & templates(packs["17-wikinews-interview-robert-sarvis-virginia-governor"])


def test_own_words_key_the_passages_that_stand_in_quotation_marks():
    # Every candidate the template offers on the development articles, chosen for a pack or not.
    asked = []
    for path in [SEED_ARTICLE, *ARTICLES]:
        article = parse_article(path.read_text(encoding="utf-8"))
        asked += [(article.text, c.question) for c in attribution.own_words(Context(article, read_facts(article), random.Random(1)))]
    assert len(asked) >= 2
    for text, q in asked:
        quoted = set()
        for letter in "AB":
            words = q.prompt.split(f" {letter}: ")[1].split(" B: ")[0].split("…")[0].rstrip(" .")
            at = text.lower().find(words[:40].lower())
            if text[at - 1] in "“\"":
                quoted.add(letter)
        assert q.answer.startswith(f"Only {quoted.pop()}:" if quoted else "Neither:"), q.id


@pytest.mark.parametrize("words", [10, 12, 20])
def test_a_clipped_passage_ends_at_a_clause_edge_or_is_left_whole(words):
    text = ("Boswell said he would have to fill in an unwieldy form in a language he did not speak, "
            "without a lawyer and without help from anyone who knew the system at all")
    clipped = clip(text, words)
    assert clipped == text or clipped.endswith("speak …")


def test_a_passage_is_not_cut_where_an_aside_closes_before_its_verb():
    text = ("the indoor pool expansion, which would add four lanes and a shallow teaching pool, could be "
            "finished by the fall of 2027 if the design is approved by next spring")
    assert clip(text, 22) == text


def test_the_gate_refuses_a_choice_cut_from_its_subject():
    cut = question(choices=("Would cost about $60 million in the current financial year", "It names the person",
                            "It names no one"), answer="It names the person", feedback={
        "Would cost about $60 million in the current financial year": "No.", "It names no one": "No."})
    assert "a choice cut from its subject" in problems(cut, "The cuts would cost about $60 million in the current financial year.")
    whole = question(choices=("Was the fire set on purpose?", "It names the person", "It names no one"))
    assert "a choice cut from its subject" not in problems(whole, "x")


def test_a_prompt_shows_a_list_item_without_its_bullet():
    from quiz.core.generate.common import display
    assert display("- Fund a national benefits advice service.") == "Fund a national benefits advice service."


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
                explanation="The figure 20,000 goes with the troops the department asked for.",
                feedback={"staff": "The request is for troops, not staff.", "officers": "Officers are not counted here."})
    return Question(**{**base, **fields})


@pytest.mark.parametrize(
    ("fields", "fault"),
    [
        ({"prompt": "The article says “a “b” c. Why?"}, "unbalanced quotation marks in the prompt"),
        ({"choices": ("troops", "Troops", "staff")}, "two choices say the same"),
        ({"choices": ("troops", "staff")}, "too few choices"),
        ({"feedback": {"staff": "The request is for troops, not staff."}}, "a wrong choice without feedback"),
        ({"feedback": {"troops": "Troops are not asked for.", "staff": "Not staff.", "officers": "Not officers."}},
         "feedback on the answer as if it were wrong"),
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


RELEASE_WITH_BOILERPLATE = (
    "Acme launches a new battery\n\nFOR IMMEDIATE RELEASE\n\n"
    "Acme Power today announced a home battery that stores 20,000 watt-hours and costs less than last year's model. "
    "The battery will ship to customers in the spring, and installers in ten states have been trained to fit it.\n\n"
    "\"This is our best battery yet,\" said Ann Lee, the chief executive.\n\n"
    "About Acme Power\n\n"
    "Founded in 2006, Acme Power has installed more than 60,000 batteries in homes and schools across the country.\n\n"
    "Media Contact:\n\nJo Smith, press@acme.example")


def test_the_gate_refuses_a_passage_from_a_releases_boilerplate():
    boiler = "Founded in 2006, Acme Power has installed more than 60,000 batteries in homes and schools across the country."
    assert "a passage from the boilerplate after a release's news" in problems(
        question(evidence=boiler), RELEASE_WITH_BOILERPLATE)
    choices = (boiler, "The battery will ship to customers in the spring.", "This is our best battery yet.")
    assert "a passage from the boilerplate after a release's news" in problems(
        question(evidence="20,000 watt-hours", answer=choices[1], choices=choices,
                 feedback={choices[0]: "It is old news.", choices[2]: "It is a view."}), RELEASE_WITH_BOILERPLATE)
    assert problems(question(evidence="20,000 watt-hours"), RELEASE_WITH_BOILERPLATE) == []
    # "About the Survey" in a report with no contact line or end mark is a section, not a release's boilerplate.
    report = RELEASE_WITH_BOILERPLATE.replace("FOR IMMEDIATE RELEASE\n\n", "").replace(
        "About Acme Power", "About the Survey").replace("\n\nMedia Contact:\n\nJo Smith, press@acme.example", "")
    assert problems(question(evidence=boiler), report) == []


def test_two_questions_on_one_passage_where_one_prints_the_others_answer_conflict():
    asks = question(id="a", prompt="Who said it?", answer="Tricia McLaughlin", choices=("Tricia McLaughlin", "Ann", "Bo"))
    prints = question(id="b", prompt="Why did Tricia McLaughlin say it?")
    assert conflict(asks, prints)


SENTENCES = ("The shuttle lifted off from the launch pad in April 1981.", "The shuttle was retired after its 39th "
             "mission last month.", "The museum put a tremendous amount of effort into the bid.",
             "The new shuttle will take the place of the old one at the centre.",
             "Another shuttle was lost in 1986 when it exploded after lift-off.")


def test_two_questions_that_offer_the_same_sentences_as_choices_conflict():
    ahead = question(id="a", template="promise-or-record", prompt="Which is still to come?", answer=SENTENCES[3],
                     choices=(SENTENCES[0], SENTENCES[1], SENTENCES[4], SENTENCES[3]), evidence=SENTENCES[3])
    judges = question(id="b", template="quoted-judgement", prompt="Which judges?", answer=SENTENCES[2],
                      choices=(SENTENCES[0], SENTENCES[1], SENTENCES[4], SENTENCES[2]), evidence=SENTENCES[2])
    assert conflict(ahead, judges)
    # One or two sentences in common, each question keying a sentence the other offers, are two lessons.
    assert not conflict(ahead, question(id="c", template="quoted-judgement", prompt="Which judges?",
                                        answer=SENTENCES[2], choices=(SENTENCES[0], SENTENCES[3], SENTENCES[2]),
                                        evidence=SENTENCES[2]))


def test_a_question_whose_feedback_calls_a_sentence_a_promise_for_its_will_conflicts_with_one_asking_about_that_will():
    promise = "We will fix every pothole in the city by next summer."
    record = question(id="a", template="promise-or-record", prompt="Which one was already done?",
                      answer="We built two hundred new homes on the east side in three years.",
                      choices=("We built two hundred new homes on the east side in three years.", promise,
                               "We will open four new libraries before the end of the year."),
                      evidence="We built two hundred new homes on the east side in three years.",
                      feedback={promise: "This is a promise (“will”): no record can show it yet.",
                                "We will open four new libraries before the end of the year.": "This is a promise (“will”)."})
    forecast = question(id="b", template="asserted-claim", prompt=f"The mayor says: “{promise}” What backs it?",
                        evidence=promise, explanation="A firm “will” shows how sure the mayor sounds, not what will happen.")
    assert conflict(record, forecast) and conflict(forecast, record)
    assert not conflict(record, question(id="c", template="hedge", prompt=f"“{promise}” Which word is loaded?",
                                         evidence=promise, explanation="“fix” is plain; it does not judge."))


def test_a_question_whose_feedback_tells_whose_judgement_a_word_is_conflicts_with_one_keyed_on_its_sentence():
    words = question(id="a", template="writers-own-word", prompt="Which word is the writer's own?", answer="sadly",
                     choices=("sadly", "tremendous", "hard"), evidence="Sadly, the shuttle was lost.",
                     feedback={"tremendous": "“tremendous” is Ann Lee's word: the article gives it only inside her quotation.",
                               "hard": "“hard” is Bo Kim's word."})
    judges = question(id="b", template="quoted-judgement", prompt="Which judges?", answer=SENTENCES[2],
                      choices=(SENTENCES[0], SENTENCES[1], SENTENCES[2]), evidence=SENTENCES[2])
    assert conflict(words, judges) and conflict(judges, words)
    neutral = question(id="c", template="charged-word", prompt="Which word is loaded?", answer="crackdown",
                       choices=("crackdown", "troops", "country"), evidence="The crackdown grew.",
                       explanation="“crackdown” judges: a neutral report would say “tremendous”.",
                       feedback={"troops": "It names.", "country": "It names."})
    assert not conflict(neutral, judges)


def test_inside_and_outside_voices_are_one_lesson():
    def offered(template, evidence):
        return Candidate(question(id=template, template=template, prompt=f"{template}?", answer="staff",
                                  evidence=evidence), 0.9, template)
    chosen = choose([offered("independent-voice", "One sentence."), offered("backer-voice", "Another sentence.")],
                    15, random.Random(1))
    assert len(chosen) == 1


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


def test_almost_certain_is_read_as_one_hedge():
    text = ("Storm heads for the coast\n\n"
            "Forecasters in the capital said on Monday that the storm is almost certain to gain strength and reach the "
            "coast with winds of 190 km/h by Friday.")
    assert [f.data["cue"] for f in read_facts(parse_article(text)).facts
            if f.data.get("uncertainty_kind") == "hedge"] == ["almost certain to"]


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


def test_a_loaded_verb_of_change_is_not_asked_as_an_odd_one_out_among_its_synonyms():
    # "cut" among "gutted" and "axed" is the one calm word: found without reading the article.
    from quiz.core.generate import candidates

    article = parse_article(LOADED_ARTICLE)
    offered = [c.question for c in candidates(Context(article, read_facts(article), random.Random(1)))]
    assert "slashed" in LOADED_ARTICLE and offered
    assert not [q for q in offered if "Which word would it use instead?" in q.prompt]


def test_a_speech_verb_is_asked_where_its_speaker_is_clear_with_wrong_choices_from_other_families():
    ctx = Context(parse_article(LOADED_ARTICLE), read_facts(parse_article(LOADED_ARTICLE)), random.Random(1))
    asked = {q.prompt.split("chose “")[1].split("”")[0]: q for q in (c.question for c in language.speech_verb(ctx))}
    assert set(asked) == {"claimed", "conceded"}  # not "admitted": "many of them" names no one
    for question in asked.values():
        assert question.answer.lower() in question.explanation.lower()
        assert set(question.feedback) == set(question.choices) - {question.answer}
    # "admitted" and "conceded" suggest the same: one is never a wrong choice beside the other.
    assert [c for c in asked["conceded"].choices if "owned up" in c] == [asked["conceded"].answer]


@pytest.mark.parametrize(("verb", "suggests"), [("warned", "a risk or a reason for care"), ("argued", "one side's case")])
def test_a_speech_verb_that_warns_or_argues_is_asked_for_what_it_suggests(verb, suggests):
    text = ("River rises after a week of rain\n\n"
            f"Mayor Rosa Diaz {verb} that the river would flood the lower town by the end of the month.\n\n"
            "The town has 4,000 homes near the river.")
    article = parse_article(text)
    (asked,) = [c.question for c in language.speech_verb(Context(article, read_facts(article), random.Random(1)))]
    # The text never says "said": double marks would quote words it does not use.
    assert f"chose “{verb}” rather than ‘said’" in asked.prompt and suggests in asked.answer
    assert "Nothing: it means the same as “said”" in asked.choices


def test_a_charged_question_asks_only_loaded_words_beside_nouns_that_only_name():
    from quiz.core.facts.language import JUDGING_NOUNS, MILD

    # Plain adjectives beside the loaded ones: a loaded adjective among nouns only is found by its class.
    text = LOADED_ARTICLE.replace("ignores readers, parents and teachers", "ignores local readers, elderly parents and "
                                  "rural teachers").replace("spending on roads, parks and buses",
                                                            "spending on paved roads, public parks and electric buses")
    facts = read_facts(parse_article(text))
    charged = [f.data["word"] for f in facts.facts if f.kind == "loaded" and f.data["loaded_kind"] == "charged"]
    assert "draconian" in charged and not MILD & {w.lower() for w in charged}  # "crucial" reads as ordinary
    ctx = Context(parse_article(text), facts, random.Random(1))
    (question,) = [c.question for c in language.charged_word(ctx) if c.question.answer == "draconian"]
    assert "courage" not in question.choices  # "courage" judges too
    assert not JUDGING_NOUNS & set(question.choices)
    assert all("only describes a thing" in words for words in question.feedback.values())
    (both,) = [c.question for c in language.charged_word(ctx) if c.question.type == "multi"]
    assert both.answer == ["shocking", "reckless"] and len(both.choices) == 4  # two loaded words: choose all


def test_a_loaded_adjective_stands_beside_plain_adjectives_and_a_fair_description_is_not_asked_as_loaded():
    text = ("County closes pool for the summer\n\n"
            "The county's draconian rules shut the public pool and the annual fair to visiting families in the village.\n\n"
            "The devastating storm destroyed forty homes in the coastal town last week.")
    article = parse_article(text)
    asked = [c.question for c in language.charged_word(Context(article, read_facts(article), random.Random(1)))]
    assert [q.answer for q in asked] == ["draconian"]  # "devastating" fairly describes a storm that destroyed homes
    wrong = set(asked[0].choices) - {"draconian"}
    # Only plain adjectives, no nouns: the key is not the one describing word.
    assert wrong == {"public", "annual"}
    assert all(asked[0].feedback[w].startswith(f"“{w}” only describes") for w in wrong)


def test_a_loaded_word_in_a_press_release_does_not_give_away_who_published_it():
    text = ("Fact Sheet: City Hall Repairs Every Road in Record Time\n\n"
            "The Office of the Mayor is announcing today that crews repaired all 40 roads in the eastern district.\n\n"
            "The city's tireless crews finished the annual work on the northern roads and the local bridges in May.")
    article = parse_article(text)
    facts = read_facts(article)
    assert facts.kind.kind == "press-release"
    ctx = Context(article, facts, random.Random(1))
    (asked,) = [c.question for c in language.charged_word(ctx)]
    assert asked.answer == "tireless"
    # Who published it is a question of its own here: the loaded-word explanation must not answer it.
    assert list(publisher.publisher_stake(ctx))
    assert "press release" not in asked.explanation and "Mayor" not in asked.explanation


def test_a_loaded_word_in_a_quotation_is_asked_as_the_speakers_not_the_writers():
    text = ("Bus routes to be reduced\n\n"
            "The council will run fewer buses on four routes from May, it said on Friday.\n\n"
            "\"The council's plan is a draconian cut to weekly bus services for elderly residents in the rural town,\" "
            "said Ann Cole, "
            "the head of the residents' association.")
    article = parse_article(text)
    (asked,) = [c.question for c in language.charged_word(Context(article, read_facts(article), random.Random(1)))]
    assert asked.answer == "draconian" and "Ann Cole’s quotation" in asked.prompt
    assert asked.prompt.startswith("“‘The council's plan") and "town,’ said Ann Cole" in asked.prompt
    assert problems(asked, text) == []
    assert "not the writer's" in asked.explanation and "strict" in asked.explanation
    assert set(asked.choices) - {"draconian"} <= {"weekly", "elderly", "rural"}  # plain adjectives beside an adjective


def sheriff_article(last: str) -> str:
    return ("Sheriff plans more arrests\n\n"
            "\"Our deputies will find the criminal aliens in this county and send them home,\" said Tom Hale, "
            f"the county sheriff.\n\n{last}")


def test_a_loaded_word_in_a_quotation_is_set_against_the_articles_own_neutral_word():
    text = sheriff_article("The county is home to about 3,000 undocumented immigrants, census figures show.")
    article = parse_article(text)
    (asked,) = [c.question for c in language.quoted_against_own(Context(article, read_facts(article), random.Random(1)))]
    assert "“criminal aliens”" in asked.prompt and "“undocumented immigrants”" in asked.prompt
    assert asked.answer.startswith("Tom Hale’s words judge")
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}
    assert problems(asked, text) == []


def test_a_loaded_word_in_a_quotation_is_not_set_against_words_the_article_never_uses():
    article = parse_article(sheriff_article("The county has 40 deputies, census figures show."))
    assert list(language.quoted_against_own(Context(article, read_facts(article), random.Random(1)))) == []


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


def test_an_interview_does_not_ask_whose_views_it_gives():
    # The names are printed beside every answer: a question on them is recall.
    assert "interview-views" not in templates(generate_pack(PANEL_INTERVIEW, seed=1))


def test_an_interview_answered_in_writing_asks_what_that_means_for_the_answers():
    from quiz.core.generate.kinds import interview_in_writing

    article = parse_article(CANDIDATE_INTERVIEW)
    (offered,) = interview_in_writing(Context(article, read_facts(article), random.Random(1)))
    asked = offered.question
    assert asked.prompt == "This interview was done by e-mail. What does that mean for the answers?"
    assert "follow-up" in asked.answer and asked.evidence.startswith("Teacher Dana Cole")
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}
    spoken = CANDIDATE_INTERVIEW.replace(" by e-mail", " at her office")
    article = parse_article(spoken)
    assert not list(interview_in_writing(Context(article, read_facts(article), random.Random(1))))


def test_a_stake_question_whose_explanation_says_the_answers_were_written_never_shares_a_pack_with_that_question():
    from quiz.core.generate import _answers, candidates

    article = parse_article(CANDIDATE_INTERVIEW)
    offered = {c.question.template: c for c in candidates(Context(article, read_facts(article), random.Random(1)))}
    stake, written = offered["interview-stake"], offered["interview-in-writing"]
    assert "answered in writing" in stake.question.explanation
    assert _answers(stake, written) and _answers(written, stake)


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
    assert "answered in writing, so no one could ask a follow-up question" in asked.explanation
    assert asked.evidence.startswith("Teacher Dana Cole, the Green Party's candidate for mayor of Riverton, answered")
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}
    assert asked.feedback["Dana Cole is a neutral expert with no side in the story"] == (
        "The article introduces Dana Cole as the Green Party's candidate for mayor of Riverton: a candidate who wants "
        "votes, not a neutral expert.")


@pytest.mark.parametrize("ending", [".", ". She answered by e-mail."])
def test_a_candidate_introduced_at_the_end_of_a_sentence_is_asked_about_too(ending):
    text = CANDIDATE_INTERVIEW.replace(
        "Teacher Dana Cole, the Green Party's candidate for mayor of Riverton, answered four questions from our reporter Sam Hill by e-mail.",
        "This week our reporter Sam Hill puts four questions to Dana Cole, the Green Party's candidate for mayor of Riverton"
        + ending)
    (asked,) = [q for q in generate_pack(text, seed=1).questions if q.template == "interview-stake"]
    assert asked.prompt == ("This interview gives the answers of Dana Cole, the Green Party's candidate for mayor of "
                            "Riverton. What should a reader keep in mind about them?")
    manager = text.replace("the Green Party's candidate for mayor of Riverton", "the Green Party candidate's campaign manager")
    assert "interview-stake" not in templates(generate_pack(manager, seed=1))


@pytest.mark.parametrize("role", ["", ", the Green Party candidate's campaign manager,"])
def test_an_interview_with_someone_of_no_stated_side_asks_no_stake(role):
    plain = CANDIDATE_INTERVIEW.replace(", the Green Party's candidate for mayor of Riverton,", role)
    assert "interview-stake" not in templates(generate_pack(plain, seed=1))


def test_an_interview_with_a_company_head_asks_what_stake_the_answers_serve():
    text = CANDIDATE_INTERVIEW.replace("the Green Party's candidate for mayor of Riverton", "the chief executive of Cole Solar Systems")
    (asked,) = [q for q in generate_pack(text, seed=1).questions if q.template == "interview-stake"]
    assert asked.answer == "Dana Cole works for Cole Solar Systems, so the answers speak for it"
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}


CHARITY_INTERVIEW = """How a food bank feeds a town

Our reporter Sam Hill talked to Maria Ortiz about the Riverton Food Bank.

Sam Hill: How many families do you feed?

Maria Ortiz: We feed about 900 families a week. Our volunteers pack every box by hand on Tuesdays.

Sam Hill: Where does the food come from?

Maria Ortiz: We buy most of it from local farms. We also take gifts from two supermarkets, and we never turn a family away.

Sam Hill: What do you need most?

Maria Ortiz: We need more drivers. Our team cannot reach the villages in winter without them.
"""


def test_an_interview_whose_guest_speaks_as_we_of_a_team_at_work_asks_what_that_means_for_the_answers():
    (asked,) = [q for q in generate_pack(CHARITY_INTERVIEW, seed=1).questions if q.template == "interview-stake"]
    assert asked.prompt == "Maria Ortiz answers the questions in this interview. What should a reader keep in mind about the answers?"
    assert asked.answer.startswith("Maria Ortiz describes their own organisation's work from the inside")
    assert asked.evidence == "Our volunteers pack every box by hand on Tuesdays."
    assert "“Our volunteers”" in asked.explanation
    assert set(asked.feedback) == set(asked.choices) - {asked.answer}


def test_an_interview_in_q_and_a_form_does_not_take_the_answer_label_for_a_name():
    text = CHARITY_INTERVIEW.replace("Sam Hill: ", "Q: ").replace("Maria Ortiz: ", "A: ")
    (asked,) = [q for q in generate_pack(text, seed=1).questions if q.template == "interview-stake"]
    assert asked.prompt == "What should a reader keep in mind about the answers in this interview?"
    assert asked.answer.startswith("The person who answers describes their own organisation's work")


def test_an_expert_who_says_we_of_people_in_general_is_not_taken_for_an_insider():
    text = CHARITY_INTERVIEW.replace("Our volunteers pack every box by hand on Tuesdays.", "Prices went up this year.").replace(
        "Our team cannot", "The town cannot")
    assert "interview-stake" not in templates(generate_pack(text, seed=1))


@pytest.mark.parametrize(("headline", "asked"), [
    ("New Drug Cures Migraines in Adults", True),
    ("New Drug May Cure Migraines in Adults", False),  # the headline hedges too
    ("Clinic Opens Second Site in Oslo", False),  # the hedge is on another claim than the headline's
])
def test_a_hedge_on_the_claim_the_headline_states_as_fact_asks_which_words_the_headline_drops(headline, asked):
    from quiz.core.generate import uncertainty

    text = (f"{headline}\n\n"
            "Results from a small clinical trial in Oslo suggest that the new drug cures migraines in adults who "
            "took the daily pill for a year.\n\n"
            "The clinic has treated 300 patients since it opened in 2019 and hired ten nurses.")
    article = parse_article(text)
    found = [c.question for c in uncertainty.headline_hedge(Context(article, read_facts(article), random.Random(1)))]
    assert bool(found) == asked
    if asked:
        (question,) = found
        assert question.answer == "suggest that" and f"The headline says “{headline}”" in question.prompt
        assert len(question.choices) == 4 and set(question.feedback) == set(question.choices) - {"suggest that"}
        assert "small" not in question.choices  # "a small trial" limits what it shows: no firm wrong choice
        assert problems(question, text) == []


def test_a_first_look_a_hedge_said_twice_and_almost_certain_are_each_read_as_one_hedge():
    text = ("Storm hits bridge\n\n"
            "Initial damage assessments show that the bridge over the river was badly hit on Sunday. "
            "Repairs may possibly take years, the city engineer said. "
            "The early morning train ran on time. Police arrested a suspected thief near the bridge. "
            "The storm is almost certain to weaken over land.")
    hedges = [(f.data["cue"], f.data["meaning"]) for f in read_facts(parse_article(text)).facts
              if f.kind == "uncertainty" and f.data["uncertainty_kind"] == "hedge"]
    assert hedges == [("Initial", "early"), ("may possibly", "possible"), ("suspected", "unproven"),
                      ("almost certain to", "likely")]  # not "early morning"


def test_a_condition_is_asked_beside_phrases_of_its_own_shape_not_single_words():
    from quiz.core.generate import uncertainty

    text = ("Council weighs a new bus lane\n\n"
            "If approved, the new lane would carry city buses past the old market and the public library in the "
            "morning rush.\n\n"
            "The council meets on Monday.")
    article = parse_article(text)
    (asked,) = [c.question for c in uncertainty.condition(Context(article, read_facts(article), random.Random(1)))]
    assert asked.answer == "If approved"
    assert all(len(c.split()) == 2 for c in asked.choices)  # the answer does not stand out as the one phrase
    assert {"carry city", "city buses"}.isdisjoint(asked.choices)  # a phrase cut from its neighbour reads as broken
    assert not any("would" in c for c in asked.choices)  # "would" also shows it has not happened


COMPILED = """Bridge closed after crack found

A crack was found in the Old Mill bridge on Monday, and the bridge will stay closed for a month.

"We will not take any risks," said Ann Park, the town engineer. Drivers face a detour of ten kilometres.

Sources
"Crack closes Old Mill bridge" — Riverton Herald, May 4, 2024
"Detour for drivers as bridge shuts" — Valley News, May 5, 2024
"""


def test_a_story_put_together_from_other_outlets_asks_what_its_list_of_sources_shows():
    from quiz.core.generate.publisher import compiled_story

    article = parse_article(COMPILED)
    (offered,) = compiled_story(Context(article, read_facts(article), random.Random(1)))
    asked = offered.question
    assert asked.prompt.startswith("The article ends with a list headed “Sources”.")
    assert asked.answer.startswith("It was put together from other outlets' reports")
    assert asked.evidence.startswith("Sources\n") and asked.evidence.endswith("Valley News, May 5, 2024")
    assert "2 reports by Riverton Herald and Valley News" in asked.explanation
    assert "compiled-story" in templates(generate_pack(COMPILED, seed=1))


def test_a_study_that_names_its_one_journal_as_source_is_no_compiled_story():
    from quiz.core.generate.publisher import compiled_story

    text = COMPILED.split("Sources")[0] + "Source\n\nJournal of Bridge Safety, May 2024 (see the abstract).\n"
    article = parse_article(text)
    assert not list(compiled_story(Context(article, read_facts(article), random.Random(1))))


SURNAMES_INTERVIEW = """Our paper asks three experts about the drought

Riverton News: Will the drought end this year?

Hale: Probably not. The rain this spring was half of what we need, and the rivers are low.

Moss: I agree. The forecast is for a dry summer.

Pike: It may end in the autumn if the storms come back, but nobody can promise that.

Riverton News: What should farmers do?

Hale: Save water now and plant crops that need less of it.

Moss: Ask the council for help with the cost of wells.
"""


def test_an_interview_with_experts_known_only_by_one_name_asks_what_the_article_does_not_say_about_them():
    from quiz.core.generate.kinds import interview_who_answers

    article = parse_article(SURNAMES_INTERVIEW)
    (offered,) = interview_who_answers(Context(article, read_facts(article), random.Random(1)))
    asked = offered.question
    assert asked.prompt.startswith("The answers in this interview are labelled only “Hale”, “Moss” and “Pike”.")
    assert asked.answer == "Their full names and where they work"
    assert asked.feedback["Who asked the questions"] == "The questions are labelled “Riverton News”."
    named = SURNAMES_INTERVIEW.replace("Riverton News: Will", "We spoke to Dr Ann Hale of Hill University, and two others.\n\nRiverton News: Will")
    article = parse_article(named)
    assert not list(interview_who_answers(Context(article, read_facts(article), random.Random(1))))


def test_a_speech_verb_is_never_asked_beside_a_meaning_that_is_also_a_fair_reading_of_it():
    text = ("District answers parents over search of pupil\n\n"
            "Police Chief Dan Ortiz asserted that the officers followed every rule during the search of the pupil.\n\n"
            "The school has 900 pupils and 60 teachers.")
    article = parse_article(text)
    facts = read_facts(article)
    for seed in range(40):  # every draw of wrong choices
        (asked,) = [c.question for c in language.speech_verb(Context(article, facts, random.Random(seed)))]
        assert "firmly" in asked.answer
        wrong = " ".join(c for c in asked.choices if c != asked.answer)
        assert "firmly" not in wrong and "one side's case" not in wrong and "said otherwise" not in wrong
        assert "does not vouch" not in wrong  # a writer may say "asserted" of words it does not vouch for


def _charged(text):
    article = parse_article(text)
    ctx = Context(article, read_facts(article), random.Random(1))
    return ctx.kind.kind, [c.question for c in language.charged_word(ctx)]


def test_a_loaded_word_stands_beside_no_noun_that_only_sets_the_time_or_says_facts():
    text = ("Radio station airs council messages\n\nTuesday, May 6, 2025\n\nThe town radio station in Eastford broadcast "
            "council propaganda about the road plan every morning and night, with few facts about its cost.\n\n"
            "The station has 12 staff and reaches 40,000 homes, a spokesman said.\n")
    for seed in range(4):
        article = parse_article(text)
        (question,) = [c.question for c in language.charged_word(Context(article, read_facts(article), random.Random(seed)))]
        assert question.answer == "propaganda" and not {"morning", "night", "facts"} & set(question.choices)


def test_a_loaded_word_is_not_asked_alone_beside_a_second_judging_word():
    text = ("County closes pool for the summer\n\nTuesday, May 6, 2025\n\nThe county's draconian rules cruelly shut the "
            "public pool and the annual fair to visiting families in the village.\n\n"
            "The pool has 12 staff and 400 members, a county spokesman said.\n")
    assert _charged(text) == ("news", [])


def test_a_loaded_word_in_an_opinion_piece_is_not_asked_as_if_it_slipped_into_a_report():
    text = ("The county must open the pool\n\nBy Ruth Ellis, a parent in Eastford\n\n"
            "I grew up swimming in the village pool, and I still love it.\n\n"
            "The county's draconian rules shut the public pool and the annual fair to visiting families in the village.\n\n"
            "I think the county should open the pool again this summer.\n\n"
            "The old plan was a disgraceful waste of public money on private consultants.\n\n"
            "We deserve a better plan from our leaders, and I urge every parent to write to the council.\n")
    kind, asked = _charged(text)
    assert kind == "opinion" and {q.answer for q in asked} == {"draconian", "disgraceful"}
    for question in asked:  # the writer's persuasion, not a word slipped into a report
        assert question.template == "persuading-word" and "report" not in question.prompt + question.explanation


ACCUSING_STATEMENT = """Statement on the Flooding of Marren Valley

Press Statement

The Ministry of Foreign Affairs condemns Ostrava's opening of the Kell dam on April 2, which flooded 30 farms in Marren Valley. This act is a clear violation of the river treaty.

Ostrava has denied opening the dam on purpose. We call on Ostrava to close the dam and to pay for the damage to the farms.
"""


def test_a_statement_that_accuses_another_side_asks_about_its_charges_not_its_praise():
    (asked,) = [q for q in generate_pack(ACCUSING_STATEMENT, seed=1).questions if q.template == "publisher-stake"]
    assert asked.answer.startswith("The Ministry of Foreign Affairs, speaking for itself as one side in a dispute")
    assert asked.evidence.startswith("The Ministry of Foreign Affairs condemns Ostrava's opening")
    assert "Ostrava, answering the charges made against it" in asked.choices
    # The text reports the denial, so the feedback may not say the other side is missing.
    assert asked.feedback["Ostrava, answering the charges made against it"] == (
        "The text accuses Ostrava; it gives Ostrava's side only as the Ministry of Foreign Affairs reports it.")
    assert not any("good light" in f for f in asked.feedback.values())


def test_a_release_that_announces_its_own_funding_asks_about_the_credit_it_claims():
    text = ("Ministry Announces Grants for Village Schools\n\n"
            "Today, the Ministry of Education announced $30 million in grants for village schools. The money will "
            "pay for 90 new teachers.\n\n"
            "The Ministry of Education has provided $8 million to schools in the hills since May. We are proud of "
            "every teacher who works there.")
    (asked,) = [q for q in generate_pack(text, seed=1).questions if q.template == "publisher-stake"]
    assert asked.answer == ("The Ministry of Education, speaking for itself, so it claims the credit for the money "
                            "it gives")
    assert "It claims the credit for money (“$30 million in grants”)." in asked.explanation
    # The money may be voted by others; the text claims credit for it, which is what a reader can see.
    assert "money it gives" not in asked.explanation and not any("gives;" in f for f in asked.feedback.values())
    assert "An independent group that checked how the money was spent" in asked.choices


def test_a_by_line_names_the_body_that_published_the_text():
    text = ("Safer Roads This Winter\n\nBy the Department of Transport\n\n"
            "The Department of Transport has gritted 4,000 miles of roads since November and has hired 200 drivers. "
            "The Department of Transport will keep 50 snow ploughs ready in every county.")
    found = find_publisher_in(text)
    assert found.name == "the Department of Transport" and found.evidence == "By the Department of Transport"
    signed = ("Jobs This Spring\n\nBy the Department of Health and Human Services\n\nThe economy added 300,000 jobs "
              "in May. Wages rose 4 percent over the year. Clinics hired 20,000 nurses.")
    assert read_facts(parse_article(signed)).kind.kind == "press-release"
    (asked,) = [q for q in generate_pack(signed, seed=1).questions if q.template == "publisher-stake"]
    assert asked.answer.startswith("The Department of Health and Human Services, speaking for itself")


def test_a_statement_that_accuses_asks_which_part_of_its_charge_could_be_checked():
    text = ACCUSING_STATEMENT + "\nOstrava's engineers have opened the dam three times since 2020 in a reckless bid for power.\n"
    (asked,) = [q for q in generate_pack(text, seed=1).questions if q.template == "checkable-part"]
    assert asked.evidence.startswith("Ostrava's engineers have opened the dam")
    assert asked.answer == "What it says was done can be checked; “reckless” is the publisher's own judgement"
    assert "“Reckless” only blames" in asked.explanation
    # Blame of someone the statement does not accuse is not taken for its charge.
    other = text.replace("Ostrava's engineers", "Local engineers")
    assert "checkable-part" not in templates(generate_pack(other, seed=1))


def test_charges_with_no_named_side_are_not_read_as_a_dispute():
    text = ("Police Department Reports Fall in Burglaries\n\nPress Release\n\n"
            "The City Police Department has cut burglaries by 20 percent since January. We will hold every offender "
            "accountable.\n\nThe City Police Department fined 40 landlords for safety violations in March, and we "
            "condemned the theft of copper from 12 schools.")
    (asked,) = [q for q in generate_pack(text, seed=1).questions if q.template == "publisher-stake"]
    assert "dispute" not in asked.answer and "charges" not in asked.explanation


def test_a_statement_whose_charges_stand_beside_words_in_quotation_marks_is_read_as_accusing():
    # The side it accuses is named where the statement demands ("calls on Ostrava to"), and the
    # words it sets off in quotation marks ("so-called “resettlement”") are its own, not a quotation.
    text = ("Ostrava's Forced Transfers of Marren Farmers\n\n"
            "The Ministry of Foreign Affairs calls on Ostrava to end its so-called “resettlement” of farmers from "
            "Marren Valley at once. The forced transfer of farmers is a violation of the river treaty. Ostrava's police "
            "have moved 3,000 farmers to “camps” in the north since April. Witnesses describe atrocities in the "
            "“camps”.\n\nWe call on Ostrava to let outside observers visit the camps. We are dedicated to justice "
            "for the farmers of Marren Valley.")
    (asked,) = [q for q in generate_pack(text, seed=1).questions if q.template == "publisher-stake"]
    assert asked.answer.startswith("The Ministry of Foreign Affairs, speaking for itself as one side in a dispute")
    assert "on the other side of a dispute with Ostrava, not a neutral judge" in asked.explanation
    assert "own work" not in asked.explanation and not any("good light" in f for f in asked.feedback.values())


def _other(choices, explanation="Only people there can say whether the help reached them.", prompt="Whose account?"):
    return Question(id="o", type="choice", skill="sourcing", template="helped-unheard", prompt=prompt,
                    answer=choices[0], evidence="We opened three clinics on the main island.", explanation=explanation, choices=choices,
                    feedback={c: "Not so." for c in choices[1:]})


def test_a_question_that_names_the_publisher_as_the_texts_author_answers_the_publisher_question():
    for given_away in (_other(("People on the islands", "The Ministry of Aid, which published the release")),
                       _other(("People on the islands", "A clinic"), "“Crucial” is the Ministry of Aid's own judgement."),
                       _other(("A charge the Ministry of Aid makes against its opponents", "A finding"))):
        assert publisher.names_as_author("the Ministry of Aid", given_away)
    # Named as the one who gave the help, or only in the article's words the prompt quotes, it answers nothing.
    assert not publisher.names_as_author("the Ministry of Aid", _other(
        ("People on the islands", "The Ministry of Aid, which gave the help")))
    assert not publisher.names_as_author("the Ministry of Aid", _other(
        ("People on the islands", "A clinic"), prompt="“The Ministry of Aid published a report on Monday.” Whose account?"))


def test_no_other_question_in_a_pack_names_the_publisher_as_the_texts_author():
    text = ("Aid Ministry Reports Help Reached the Islands\n\nPress Release\n\n"
            "The Aid Ministry has delivered 4,000 food parcels to the islands since March. We opened three clinics "
            "on the main island. We have trained 40 new nurses. Our teams will stay until the roads reopen.")
    article = parse_article(text)
    (offered,) = publisher.publisher_stake(Context(article, read_facts(article), random.Random(1)))
    naming = Candidate(_other(("People on the islands", "The Aid Ministry, which published the release")), 0.99, "x")
    innocent = Candidate(_other(("People on the islands", "The Aid Ministry, which gave the help")), 0.99, "y")
    # Who published the text is asked first; the question that would give its answer away is left out.
    assert [q.template for q in choose([offered, naming], 15, random.Random(1))] == ["publisher-stake"]
    assert len(choose([offered, innocent], 15, random.Random(1))) == 2


def test_who_published_a_text_is_asked_before_the_questions_that_call_it_a_release(packs):
    asking = [pack for pack in packs.values() if any(q.template == "publisher-stake" for q in pack.questions)]
    assert len(asking) >= 3
    for pack in asking:
        assert pack.questions[0].template == "publisher-stake", pack.title


def test_a_release_mostly_about_its_own_work_keeps_its_own_stake_beside_two_charges():
    text = ("Fisheries Ministry Reports a Good Season\n\nPress Release\n\n"
            "The Fisheries Ministry has restocked 30 rivers since March. We have trained 400 new inspectors. We opened "
            "two fish hatcheries in May. We will test the water of every river this summer. Our inspectors checked "
            "9,000 boats this year.\n\nWe condemn Borduria's fishing in our waters, a violation of the fishing treaty. "
            "Borduria's boats violated the treaty again in June.")
    (asked,) = [q for q in generate_pack(text, seed=1).questions if q.template == "publisher-stake"]
    assert "dispute" not in asked.answer and "Borduria" not in asked.explanation


def test_an_accused_side_with_no_answer_in_the_text_is_said_to_be_missing():
    text = ACCUSING_STATEMENT.replace("Ostrava has denied opening the dam on purpose. ", "")
    (asked,) = [q for q in generate_pack(text, seed=1).questions if q.template == "publisher-stake"]
    assert asked.feedback["Ostrava, answering the charges made against it"] == (
        "The text accuses Ostrava; it does not give Ostrava's side.")
    assert "Ostrava's answer is not in the text" in asked.explanation


def test_a_publisher_praising_work_under_way_asks_which_part_could_be_checked():
    text = RELEASE.replace("The City Water Board has worked tirelessly since January and has replaced 12 miles of pipes "
                           "in the oldest streets.",
                           "The City Water Board is working tirelessly to deliver bottled water to every home in the "
                           "oldest streets.")
    (asked,) = [q for q in generate_pack(text, seed=1).questions if q.template == "checkable-part"]
    assert asked.answer == "What it says is being done can be checked; “tirelessly” is the publisher's own judgement"
    assert "The sentence also reports what is being done, and that can be checked." in asked.feedback.values()


def test_a_quoted_phrase_that_names_only_some_of_the_people_says_so():
    text = sheriff_article("The county is home to about 3,000 undocumented immigrants, census figures show.")
    article = parse_article(text)
    (asked,) = [c.question for c in language.quoted_against_own(Context(article, read_facts(article), random.Random(1)))]
    assert "“criminal”" in asked.explanation and "only some of the people" in asked.explanation
    assert "only some of the people" in asked.answer and "same thing" not in asked.answer
    assert "do not mean the same" in asked.feedback["The two mean the same, so the choice of words does not matter"]
    assert problems(asked, text) == []


def test_a_quoted_status_word_is_the_counterpart_of_the_articles_not_a_narrowing():
    text = ("Sheriff plans more arrests\n\n"
            "\"Our deputies will find the illegal aliens in this county and send them home,\" said Tom Hale, "
            "the county sheriff.\n\nThe county is home to about 3,000 undocumented immigrants, census figures show.")
    article = parse_article(text)
    (asked,) = [c.question for c in language.quoted_against_own(Context(article, read_facts(article), random.Random(1)))]
    assert "only some" not in asked.explanation and "same thing" in asked.answer


def test_two_templates_that_teach_one_lesson_are_not_both_chosen():
    def offered(template, evidence):
        return Candidate(Question(id=template, type="choice", skill="sourcing", template=template, prompt=f"{template}?",
                                  answer="A", evidence=evidence, explanation="Why.", choices=("A", "B"),
                                  feedback={"B": "Not so."}), 0.9, template)
    record = offered("unsourced-record", "The funds are the largest ever.")
    praise = offered("praise-against-the-past", "This historic work goes on.")
    other = offered("kept-promise", "Firms promised to help.")
    chosen = [q.template for q in choose([record, praise, other], 15, random.Random(1))]
    assert "kept-promise" in chosen and len(chosen) == 2  # one of the record lesson's two names


@pytest.mark.parametrize("first, second", [
    ("whole-group", "given-as-known"), ("proof-claim", "unsourced-cause"), ("own-voices", "interested-source")])
def test_two_templates_that_teach_one_lesson_are_never_asked_in_one_pack(first, second):
    def offered(template, evidence):
        return Candidate(Question(id=template, type="choice", skill="sourcing", template=template,
                                  prompt=f"{template}?", answer=evidence, evidence=evidence, explanation="Why.",
                                  choices=(evidence, "B"), feedback={"B": "Not so."}), 0.9, template)
    pair = [offered(first, "Every family in this town wants safer roads."),
            offered(second, "Ben Ode, the company's chief operating officer, said the cut was needed.")]
    assert len(choose(pair, 15, random.Random(1))) == 1


def test_the_questions_asked_first_keep_to_max_questions():
    def offered(template, evidence):
        return Candidate(Question(id=template, type="choice", skill="context", template=template,
                                  prompt=f"{template}?", answer="A", evidence=evidence, explanation="Why.",
                                  choices=("A", "B"), feedback={"B": "Not so."}), 0.9, template)
    first = [offered("publisher-stake", "Issued by the Ministry of Health."),
             offered("writer-stake", "Ann Lin is the mayor of Riverton.")]
    assert len(choose(first, 1, random.Random(1))) == 1


def test_partners_or_customers_are_no_team_that_shows_the_guests_own_work():
    text = (CHARITY_INTERVIEW.replace("Our volunteers pack", "Our partners pack")
            .replace("Our team cannot reach", "Our customers cannot reach"))
    assert "interview-stake" not in templates(generate_pack(text, seed=1))


@pytest.mark.parametrize("text, alone", [
    ("The largest, $6.2 million, will replace the Elm Street bridge.", False),
    ("The other two, in Leeds and York, closed in May.", False),
    ("But the first, a loan, was never paid back.", False),
    ("The largest grant will replace the Elm Street bridge.", True),
    ("The protest, which drew 500 people, ended at noon.", True),
])
def test_a_passage_opening_on_a_bare_rank_leans_on_the_sentence_before(text, alone):
    assert self_contained(text) is alone


@pytest.mark.parametrize("role, label", [
    ("IDF Chief of Staff", "the IDF Chief of Staff"), ("Attorney General", "the Attorney General"),
    ("DHS spokeswoman", "a DHS spokeswoman"), ("U.S. senator", "a U.S. senator")])
def test_a_title_held_by_one_person_takes_the_not_a(role, label):
    # "Eyal Zamir, an IDF Chief of Staff" (round 37 of the review): there is one at a time.
    from quiz.core.generate.common import with_article
    assert with_article(role) == label


@pytest.mark.parametrize("name, owner", [
    ("Irving ISD and Irving Police Department", "Irving ISD's and Irving Police Department's"),
    ("Ann Lee and Bo Kim", "Ann Lee and Bo Kim's"),
    ("the Food and Drug Administration", "the Food and Drug Administration's"),
    ("U.S. Fish and Wildlife Service", "U.S. Fish and Wildlife Service's"),
    ("the Bill and Melinda Gates Foundation", "the Bill and Melinda Gates Foundation's"),
    ("the Department of Health and Human Services", "the Department of Health and Human Services'"),
    ("Procter and Gamble", "Procter and Gamble's")])
def test_two_joined_names_each_take_their_own_possessive(name, owner):
    # "Irving ISD and Irving Police Department's firm position" (round 37 of the review).
    from quiz.core.generate.common import possessive
    assert possessive(name) == owner


@pytest.mark.parametrize("opening, alone", [
    ("The largest, $6.2 million, will replace the bridge.", False), ("The best, in Leeds, won.", False),
    ("The priest, the Rev. John Smith, said prayers.", True), ("The Midwest, which saw record rain, flooded.", True)])
def test_a_bare_rank_leans_on_the_sentence_before_but_a_noun_in_est_does_not(opening, alone):
    from quiz.core.generate.common import self_contained
    assert self_contained(opening) is alone


@pytest.mark.parametrize("label, inside", [
    ("Two diplomats", "two diplomats"), ("Six Flags", "Six Flags"), ("Three Rivers Council", "Three Rivers Council")])
def test_a_count_is_lowered_mid_sentence_but_a_name_that_opens_on_one_is_not(label, inside):
    from quiz.core.generate.common import mid_sentence
    assert mid_sentence(label) == inside


@pytest.mark.parametrize("noun, earlier", [
    ("response", "Earlier responses of the same kind"), ("meeting", "Earlier meetings of the same kind"),
    ("investment", "Earlier investment of the same kind"), ("spending", "Earlier spending of the same kind")])
def test_praise_of_one_thing_as_unmatched_is_compared_with_earlier_ones_in_good_english(noun, earlier):
    from quiz.core.generate.language import past_choices
    assert past_choices(noun)[0].startswith(earlier)


def test_one_plural_for_every_template():
    from quiz.core.generate.common import plural
    assert [plural(n) for n in ("candidate", "party", "person", "box", "day")] == [
        "candidates", "parties", "people", "boxes", "days"]


def test_a_may_of_what_a_law_allows_is_no_hedge():
    text = ("Harbour rules\n\n"
            "Under the Coastal Waters Act, harbour councils may set speed limits only inside their own bay, and "
            "the council has already written to the ferry firms.")

    def cues(t):
        return [f.data["cue"] for f in read_facts(parse_article(t)).facts if f.data.get("uncertainty_kind") == "hedge"]

    assert cues(text) == []
    assert cues(text.replace("Under the Coastal Waters Act, harbour councils may set", "Harbour councils may soon set")) == ["may"]


def test_a_passage_whose_it_names_nothing_before_it_does_not_stand_alone():
    from quiz.core.generate.common import self_contained

    assert not self_contained("Discovering large amounts of it on Mars would change the search for life.")
    assert self_contained("The rover found ice, and discovering more of it on Mars would change the search.")


@pytest.mark.parametrize("text, alone", [
    ("Kelly said she would resign.", True), ("Manning said he was sorry.", True),  # names that end in -ly or -ing
    ("Discovering large amounts of it on Mars adds to the evidence.", False),  # an opening verb, no one's name
])
def test_an_opening_word_in_ing_or_ly_is_a_name_when_it_speaks(text, alone):
    assert self_contained(text) is alone


def test_every_template_is_listed_once():
    """A template listed twice runs twice: its candidates are dropped as repeats, but its
    extra draws reshuffle the choices of every template after it."""
    assert len(set(TEMPLATES)) == len(TEMPLATES)
