"""The question whether any source is independent of the story: every person whose words
the article gives is one of the body's own people, or of one family, and the article writes
each one's tie; no outside voice checks what they say."""

import random
import re
from pathlib import Path

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import generate_questions, voices
from quiz.core.generate.common import Context

STATEMENTS = Path(__file__).parents[1] / "data" / "statements"


def text(name: str) -> str:
    return (STATEMENTS / f"{name}.txt").read_text(encoding="utf-8")


def context(article_text: str) -> Context:
    article = parse_article(article_text, title=article_text.split("\n", 1)[0])
    return Context(article, read_facts(article), random.Random(1))


def asked(article_text: str):
    return [c.question for c in voices.insiders_only(context(article_text))]


LIBRARY = "news-library-reopens-only-its-staff"


def test_a_local_story_quoting_only_the_bodys_own_people_asks_what_it_does_not_give():
    question = asked(text(LIBRARY))[0]
    assert question.prompt == "Which of these does the article NOT give its readers?"
    assert question.answer == "The words of someone outside the Fernwood Library who could check what its people say"
    assert len(question.choices) == 4
    # The tie of each source, as the article writes it.
    for tie in ("Dana Brooks is the director of Fernwood Library", "Sam Ortiz is the library's head of children's services",
                "Ruth Klein has been a Fernwood Library volunteer for twelve years"):
        assert tie in question.explanation
    # Each wrong choice is something the article plainly gives, and its feedback says where.
    assert all(question.feedback[c].startswith("It does:") for c in question.choices if c != question.answer)


def test_the_passage_shown_first_gives_a_source_with_its_tie():
    question = asked(text(LIBRARY))[0]
    assert "director of Fernwood Library" in question.evidence and question.evidence in text(LIBRARY)


def test_a_company_story_quoting_only_its_executives_asks_for_a_voice_from_outside_the_company():
    question = asked(text("news-company-plant-quotes-executives"))[0]
    assert question.answer == "The words of someone outside Brightwater Solar who could check what its people say"
    assert "Raj Patel is the company's chief operating officer" in question.explanation
    assert "Laura Chen is the Brightwater Solar chief executive" in question.explanation


def test_a_family_project_asks_for_a_voice_from_outside_the_family():
    question = asked(text("news-family-bakery-project"))[0]
    assert question.answer == "The words of someone outside Maya Lin's family who could check their account"
    assert "Grace Lin is Maya Lin's mother; Daniel Lin is Maya Lin's brother" in question.explanation


@pytest.mark.parametrize(("role", "asked_of"), [
    ("a Fernwood Library engineer who led the repairs", True),  # a clause on the work done for the body
    ("a Fernwood Library official", True),
    ("a Fernwood Library volunteer who quit last year", False),  # any other clause may set them apart
    ("a lawyer who sued Fernwood Library", False),
])
def test_a_clause_after_a_role_is_read_only_when_it_tells_of_work_for_the_body(role, asked_of):
    changed = text(LIBRARY).replace("a Fernwood Library volunteer for twelve years", role)
    assert bool(asked(changed)) is asked_of


def test_a_story_with_one_independent_expert_gets_no_question():
    assert not asked(text("news-company-plant-with-an-outside-expert"))


@pytest.mark.parametrize("change", [
    # A former volunteer may speak against the body, a reader of the library is outside it.
    ("a Fernwood Library volunteer for twelve years", "a former Fernwood Library volunteer"),
    ("a Fernwood Library volunteer for twelve years", "a reader who has used the library for twelve years"),
    # A union organiser at the library may speak for its workers against it.
    ("a Fernwood Library volunteer for twelve years", "a union organiser at Fernwood Library"),
    # A source with no role is unplaced: the article does not say whose side they are on.
    ("Ruth Klein, a Fernwood Library volunteer for twelve years, said", "Ruth Klein said"),
    # An unnamed voice, a voice the reading cannot place.
    ("The library will be open", "\"It was worth the wait,\" one mother said as she left.\n\nThe library will be open"),
    ("The library will be open", "Several parents said the old room had been too small.\n\nThe library will be open"),
])
def test_any_source_outside_the_body_or_unplaced_leaves_the_question_unasked(change):
    changed = text(LIBRARY).replace(*change)
    assert changed != text(LIBRARY)
    assert not asked(changed)


def test_a_family_tie_with_another_role_besides_is_not_read_as_family_alone():
    changed = text("news-family-bakery-project").replace("Maya Lin's brother, Daniel Lin,", "Daniel Lin, a food scientist,")
    assert not asked(changed)


def test_the_question_reaches_the_pack_and_no_stake_question_on_the_same_people_beside_it():
    article = text("news-company-plant-quotes-executives")
    parsed = parse_article(article, title=article.split("\n", 1)[0])
    pack = generate_questions(parsed, read_facts(parsed), seed=1)
    templates = [q.template for q in pack]
    assert "insiders-only" in templates
    assert "interested-source" not in templates and "whose-voices" not in templates


FIRE = (
    "Fire destroys warehouse on River Road\n\n"
    "A fire destroyed an empty warehouse on River Road early on Sunday. No one was hurt.\n\n"
    "\"The roof had fallen in by the time we arrived,\" said Tom Hale, chief of the Millbrook Fire Department. "
    "\"We kept it from spreading to the houses next door.\"\n\n"
    "The cause was not yet known, said Sara Cole, a spokeswoman for the Millbrook Fire Department. "
    "\"Our investigators will be on the site all week,\" Cole said.\n\n"
    "The warehouse had been empty since 2019."
)


def test_a_body_the_headline_and_the_lead_do_not_name_is_not_what_the_story_is_about():
    # Every voice is the fire department's, but the story is about a fire, not the department.
    assert voices._insiders(context(FIRE)) is None and context(FIRE).kind.kind == "news"
    assert voices._insiders(context(FIRE.replace("No one was hurt.", "The Millbrook Fire Department was called at 3 a.m.")))
    unnamed = text(LIBRARY).replace("Fernwood Library reopens", "Town's library reopens").replace(
        "The Fernwood Library on Mill Street", "The library on Mill Street")
    assert not asked(unnamed)


def test_every_passage_offered_is_verbatim_and_passes_the_gate():
    from quiz.core.generate.gate import problems
    for name in (LIBRARY, "news-company-plant-quotes-executives", "news-family-bakery-project"):
        for question in asked(text(name)):
            assert question.evidence in text(name)
            assert not problems(question, text(name))


KITE = (
    "Teenager's kite design wins regional prize\n\n"
    "Leo Hart's grandmother, Ada Hart, taught him to fly kites on the beach when he was six years old.\n\n"
    "Now 14, Leo Hart has designed a kite with a split tail that stays up in very light wind. On Saturday it won "
    "first prize at a regional design fair.\n\n"
    "\"It flies when the flags on the pier are hanging straight down,\" Leo Hart said.\n\n"
    "\"He tried forty designs in our garden before this one worked,\" Ada Hart said.\n\n"
    "The prize comes with $500 and a place at a national fair in May."
)


def test_a_family_whose_quotations_do_not_show_the_tie_is_asked_on_the_sentence_that_writes_it():
    question = asked(KITE)[0]
    assert question.answer == "The words of someone outside Leo Hart's family who could check their account"
    assert question.evidence.startswith("Leo Hart's grandmother, Ada Hart, taught him")


@pytest.mark.parametrize("name", [LIBRARY, "news-family-bakery-project"])
def test_each_choice_reads_alone_in_any_order(name):
    """Choices are shuffled: none may point back to another ("What those people said")."""
    question = asked(text(name))[0]
    assert not [c for c in question.choices if re.search(r"\b(?:those|these)\b", c, re.IGNORECASE)]


def test_the_explanation_says_who_is_quoted_not_that_nothing_is_checked():
    """A reporter may add outside context of their own: what is missing is an outside voice
    quoted, not every check."""
    question = asked(text("news-company-plant-quotes-executives"))[0]
    assert "nothing they say is checked" not in question.explanation
    assert "quotes no one outside Brightwater Solar" in question.explanation


def test_a_tie_with_how_long_it_has_held_reads_as_english():
    library = ("Oakdale Library reopens after a winter of repairs\n\n"
               "The Oakdale Library on Bell Street opened again on Saturday, after a cracked tank flooded it in the winter.\n\n"
               "\"Every shelf has been replaced, and the reading room is warmer than before,\" said Omar Reid, director of Oakdale Library.\n\n"
               "Lucy Hart, an Oakdale Library volunteer for nine years, said the reopening was the busiest day she could remember. "
               "\"Readers came from all over the county,\" she said.\n\n"
               "The library will open until 9 p.m. on weekdays.")
    question = asked(library)[0]
    assert "Lucy Hart has been an Oakdale Library volunteer for nine years" in question.explanation
    assert "Omar Reid is the director of Oakdale Library" in question.explanation
    assert voices._is_tie("Ruth Klein", "a member since 2009") == "Ruth Klein has been a member since 2009"
    assert voices._is_tie("Ruth Klein", "a volunteer for twelve years") == "Ruth Klein has been a volunteer for twelve years"


def test_a_role_at_another_body_of_the_same_kind_is_an_outside_voice():
    """"An Oakdale Library volunteer" speaks from outside the Fernwood Library: the story then
    has an outside voice, and the question is not asked."""
    changed = text(LIBRARY).replace("a Fernwood Library volunteer", "an Oakdale Library volunteer")
    assert changed != text(LIBRARY)
    assert asked(changed) == []


def test_the_explanation_gives_outside_facts_to_the_reporter_not_says_nothing_checks_them():
    """A news report's own paragraphs may check the insiders ("state aid was not disclosed"): the
    explanation must not say that nothing does (round 42 of the review)."""
    question = asked(text("news-company-plant-quotes-executives"))[0]
    assert "checks what they say" not in question.explanation
    assert "come from the reporter alone" in question.explanation
