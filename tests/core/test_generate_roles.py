"""In what role a quoted person speaks, and what that role means for their words. Every
article here is invented for the test."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import generate_questions, roles
from quiz.core.generate.common import Context


def context(text: str) -> Context:
    article = parse_article(text)
    return Context(article, read_facts(article), random.Random(1))


def asked(text: str) -> dict[str, object]:
    """Each source-role question, by the name of the person it asks about."""
    return {q.prompt.split("quotes ", 1)[1].split(",")[0]: q for q in (c.question for c in roles.source_role(context(text)))}


FERRY = (
    "Town plans to close the old ferry\n\n"
    "The town council voted on Tuesday to close the river ferry next spring, ending a service that has run for "
    "ninety years.\n\n"
    "\"The ferry costs far more than it earns, and the bridge now carries most of the traffic,\" said Transport "
    "Minister Tom Reyes, who visited the town on Monday.\n\n"
    "Maria Chen, an economist at the Coastal Policy Institute, said small ferries rarely pay for themselves anywhere.\n\n"
    "\"It will take me an hour longer to get to work,\" said Lena Ortiz, a resident of the river road.\n\n"
    "The council will meet again in March to decide what happens to the landing."
)


def test_each_quoted_person_is_asked_about_the_role_they_speak_in():
    questions = asked(FERRY)
    assert set(questions) == {"Tom Reyes", "Maria Chen", "Lena Ortiz"}, questions
    assert questions["Tom Reyes"].answer == "Tom Reyes holds office in the government, so speaks for the government's side"
    assert questions["Maria Chen"].answer.startswith("Maria Chen speaks as an outside expert")
    assert questions["Lena Ortiz"].answer.startswith("Lena Ortiz speaks from their own experience")
    for name, question in questions.items():
        assert name in question.evidence, "the passage shows the person and the role the article gives them"
        assert question.answer in question.choices and len(question.choices) == 4
        assert set(question.feedback) == set(question.choices) - {question.answer}
        assert all(name in feedback for feedback in question.feedback.values())


def test_the_passage_shows_the_role_not_only_the_name():
    text = FERRY.replace("The council will meet again", "Chen said the ferry had lost money for ten years. The council will meet again")
    question = asked(text)["Maria Chen"]
    assert "economist at the Coastal Policy Institute" in question.evidence


def test_two_people_in_one_kind_of_role_are_one_lesson_and_two_kinds_are_two():
    pack = generate_questions(parse_article(FERRY), read_facts(parse_article(FERRY)), seed=1)
    kinds = [roles.answer_kind(q) for q in pack if q.template == "source-role"]
    assert kinds and len(kinds) == len(set(kinds))
    two_experts = FERRY.replace("\"It will take me an hour longer to get to work,\" said Lena Ortiz, a resident of the river road.",
                                "Paul Grant, an economist at Lakeside University, said the ferry had lost money for decades.")
    questions = asked(two_experts)
    assert roles.answer_kind(questions["Paul Grant"]) == roles.answer_kind(questions["Maria Chen"]) == "expert"
    pack = generate_questions(parse_article(two_experts), read_facts(parse_article(two_experts)), seed=1)
    assert [roles.answer_kind(q) for q in pack if q.template == "source-role"].count("expert") == 1


def test_a_role_the_label_leaves_out_is_taken_from_beside_the_words():
    text = FERRY.replace("Maria Chen, an economist at the Coastal Policy Institute,", "Maria Chen, a historian at Lakeside University,")
    question = asked(text)["Maria Chen"]
    assert question.prompt.startswith("The article quotes Maria Chen, a historian at Lakeside University.")
    assert question.answer.startswith("Maria Chen speaks as an outside expert")


def test_a_coach_speaks_for_the_team_and_is_no_neutral_observer():
    text = ("Harbor City win the cup final\n\n"
            "Harbor City beat Westfield 2-1 in the cup final on Saturday in front of a full stadium.\n\n"
            "\"We deserved it, we were the better side all afternoon,\" said Harbor City coach Dan Moore.\n\n"
            "Westfield scored first, but Harbor City came back with two goals after the break.")
    (question,) = asked(text).values()
    assert question.answer == "Dan Moore belongs to one of the teams, so speaks from that team's side"
    assert "Dan Moore has no side in the game and watched it as a neutral observer" in question.choices


def test_a_campaigner_and_a_lawyer_for_one_side_speak_for_it():
    text = FERRY.replace("Lena Ortiz, a resident of the river road", "Lena Ortiz, a transport campaigner") \
        .replace("Maria Chen, an economist at the Coastal Policy Institute,", "Maria Chen, a lawyer for the ferry workers,")
    questions = asked(text)
    assert questions["Lena Ortiz"].answer == "Lena Ortiz campaigns for a cause, so speaks for one side of the debate"
    assert questions["Maria Chen"].answer == "Maria Chen acts for the ferry workers as a lawyer, so presents their side of the case"
    government = FERRY.replace("Maria Chen, an economist at the Coastal Policy Institute,", "Maria Chen, a lawyer for the city council,")
    assert "Maria Chen" not in asked(government), "a government's own lawyer would also hold office"


def test_a_resident_of_a_named_street_speaks_from_experience_and_a_volunteer_at_a_named_hospital_is_not_asked():
    street = FERRY.replace("a resident of the river road", "a resident of Mill Lane")
    assert asked(street)["Lena Ortiz"].answer.startswith("Lena Ortiz speaks from their own experience")
    hospital = FERRY.replace("a resident of the river road", "a volunteer at St Mary Hospital")
    assert "Lena Ortiz" not in asked(hospital)


def test_an_expert_of_a_body_the_story_is_about_is_not_outside_it():
    text = FERRY.replace("small ferries rarely pay", "the Coastal Policy Institute had warned that small ferries rarely pay")
    assert "Maria Chen" not in asked(text)
    campus = FERRY.replace("Maria Chen, an economist at the Coastal Policy Institute,", "Maria Chen, a LRU economist,") \
        .replace("The council will meet", "LRU students use the ferry daily. The council will meet")
    assert "Maria Chen" not in asked(campus), "her university is part of the story"


def test_posts_that_are_not_a_government_s_are_not_called_office():
    for role in ("president of the Rotary Club", "club president", "Labour leader", "general secretary of the union",
                 "Methodist minister", "former Transport Minister", "Shadow Home Secretary", "Student Union President"):
        text = FERRY.replace("Transport Minister Tom Reyes", f"Tom Reyes, {role}")
        question = asked(text).get("Tom Reyes")
        assert question is None or "government" not in question.answer, (role, question.answer)


def test_a_company_s_president_is_not_a_government_s():
    text = ("Acme to build a plant by the river\n\n"
            "Acme will build a new plant by the river next year, the company said on Monday.\n\n"
            "\"We expect to hire two hundred people,\" said Acme President Jane Smith.\n\n"
            "\"The plant will be the largest in the region,\" said President Jane Smith at the opening of the site.")
    question = asked(text).get("Jane Smith")
    assert question is None or "government" not in question.answer, question.answer
    campus = ("Lakeside University raises fees\n\n"
              "Lakeside University will raise its fees by 5% next year, the university administration said on Monday.\n\n"
              "\"We have no choice if we want to keep our best teachers,\" said President Jane Smith.\n\n"
              "Lena Ortiz, a student, said many of her friends would have to take on more debt.")
    question = asked(campus).get("Jane Smith")
    assert question is None or "government" not in question.answer, question.answer
    state = FERRY.replace("Transport Minister Tom Reyes", "French President Tom Reyes")
    assert "government" in asked(state)["Tom Reyes"].answer


def test_a_company_s_manager_is_not_a_team_s():
    text = FERRY.replace("Transport Minister Tom Reyes", "Tom Reyes, an Acme manager")
    question = asked(text).get("Tom Reyes")
    assert question is None or "team" not in question.answer, question.answer


def test_a_spokesperson_of_the_body_in_the_headline_is_left_to_the_sharper_stake_question():
    text = ("Northline Rail cuts night trains\n\n"
            "Northline Rail will stop running night trains from June, the company said on Monday.\n\n"
            "\"Too few people use them,\" said Ann Ruiz, a Northline Rail spokeswoman.\n\n"
            "Maria Chen, an economist at the Coastal Policy Institute, said night trains rarely pay for themselves.")
    assert set(asked(text)) == {"Maria Chen"}


def test_an_op_ed_is_asked_about_the_people_it_quotes_but_a_speech_is_not():
    op_ed = ("Our towns need their ferries\n\n"
             "I have lived by the river all my life, and I believe closing the ferry would be a terrible mistake.\n\n"
             "Maria Chen, an economist at the Coastal Policy Institute, said small ferries rarely pay for themselves. "
             "That is true, but a ferry is not a shop: it is a road across the water.\n\n"
             "The council should keep it running, whatever it costs. We must not let them take it away.")
    ctx = context(op_ed)
    assert ctx.kind.kind == "opinion", ctx.kind.kind
    assert "Maria Chen" in asked(op_ed)
    speech = ("Remarks at the ferry landing\n\n"
              "Thank you all for coming. My friends, I stand here today because this ferry is part of who we are.\n\n"
              "Maria Chen, an economist at the Coastal Policy Institute, said small ferries rarely pay for themselves. "
              "I say to her: some things are worth more than they earn.\n\n"
              "Together, we will keep this ferry running. Thank you, and God bless.")
    assert context(speech).kind.kind == "speech"
    assert not asked(speech), "every word of a speech is the speaker's, whoever they cite"


def test_a_minister_beside_an_opposition_mp_is_not_asked_the_same_lesson_twice():
    text = ("Government defends ferry closure\n\n"
            "The Conservative government said on Monday it would close the river ferry next spring.\n\n"
            "\"The ferry costs far more than it earns,\" said Transport Minister Tom Reyes.\n\n"
            "\"This is a betrayal of every family on the river,\" said Jane Doe, a Labour MP.\n\n"
            "Lena Ortiz, a resident of the river road, said it would take her an hour longer to get to work.")
    pack = generate_questions(parse_article(text), read_facts(parse_article(text)), seed=1)
    templates = [q.template for q in pack]
    asked_office = [q for q in pack if q.template == "source-role" and "government" in q.answer]
    assert not (asked_office and "opposition-source" in templates), templates


def test_an_explainer_of_a_word_is_asked_about_the_expert_it_quotes():
    text = ("What does 'gaslighting' mean?\n\n"
            "Gaslighting is a word for making someone doubt their own memory or judgement. It comes from a 1938 play in "
            "which a husband dims the gas lights and tells his wife she is imagining it.\n\n"
            "\"The word has spread far beyond its first meaning,\" said Ann Lee, a linguist at Kent University. "
            "\"People now use it for almost any lie.\"\n\n"
            "Dictionary makers chose it as their word of the year in 2022, after searches for it rose sharply.")
    question = asked(text)["Ann Lee"]
    assert question.answer.startswith("Ann Lee speaks as an outside expert")
    assert "a linguist at Kent University" in question.prompt and "Ann Lee" in question.evidence


def test_a_release_is_asked_about_the_people_it_quotes_from_outside_but_not_its_own_officers():
    text = ("City opens new bus line to the river road\n\n"
            "FOR IMMEDIATE RELEASE\n\n"
            "The City of Riverton today announced that its new bus line to the river road will start on Monday. "
            "We are proud to deliver on our promise to the families of the river road.\n\n"
            "\"This line shows what we can do together,\" said Transport Minister Tom Reyes.\n\n"
            "\"The bus gets me to work in twenty minutes,\" said Lena Ortiz, a resident of the river road.\n\n"
            "For more information, contact the City press office.")
    ctx = context(text)
    assert ctx.kind.kind == "press-release", ctx.kind
    questions = asked(text)
    assert set(questions) == {"Lena Ortiz"}
    assert "its publisher chose whose words to print" in questions["Lena Ortiz"].explanation
