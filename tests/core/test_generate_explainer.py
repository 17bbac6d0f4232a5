"""Explainers: texts that explain a word, an idea or how something works. The reading layer
tells them from news, speeches and wire stories by what they do in the writer's own words
(name a term, say what it means and where it comes from, give examples) and by the news
event they do not have. Each invented text is over 300 words, as a teacher's would be."""

import random
from pathlib import Path

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate.common import Context

EXPLAINERS = Path(__file__).parent / "explainers"
NAMES = sorted(p.stem for p in EXPLAINERS.glob("*.txt"))
ROOT = Path(__file__).parents[2]


def text(name: str) -> str:
    return (EXPLAINERS / f"{name}.txt").read_text(encoding="utf-8")


def context(article_text: str) -> Context:
    article = parse_article(article_text)
    return Context(article, read_facts(article), random.Random(1))


def kind(article_text: str):
    return read_facts(parse_article(article_text)).kind


def test_every_kind_of_explainer_is_written():
    # A vocabulary lesson that greets its listeners and cites two dictionaries, a news site's
    # "what is X" quoting an expert, the history of a phrase, a how-it-works piece.
    assert NAMES == ["how-it-works", "phrase-history", "vocabulary-lesson", "what-is"]
    for name in NAMES:
        assert len(text(name).split()) >= 300


@pytest.mark.parametrize("name", NAMES)
def test_an_explainer_is_recognised_and_its_signs_are_shown(name):
    found = kind(text(name))
    assert found.kind == "explainer"
    assert len(found.signals) >= 3


def test_a_greeting_to_the_listeners_does_not_make_a_lesson_a_speech():
    found = kind(text("vocabulary-lesson"))
    assert found.kind == "explainer"
    assert any("greets its audience" in s for s in found.signals)
    assert any("dictionary" in s for s in found.signals)


def test_a_use_of_the_term_cited_from_last_week_is_no_news_event_of_the_explainers_own():
    lesson = text("vocabulary-lesson").replace("In a speech last year", "In a speech last week")
    assert "last week" in lesson
    assert kind(lesson).kind == "explainer"


@pytest.mark.parametrize("genre", ["explainer", "glossary", "vocabulary"])
def test_the_invented_explainers_among_the_prose_are_explainers(genre):
    assert kind((ROOT / "tests" / "core" / "prose" / f"{genre}.txt").read_text(encoding="utf-8")).kind == "explainer"


@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "data" / "articles").glob("*.txt")) +
                         sorted((ROOT / "tests" / "core" / "texts").glob("*.txt")), ids=lambda p: p.stem)
def test_news_speeches_and_interviews_are_no_explainers(path):
    assert kind(path.read_text(encoding="utf-8")).kind != "explainer"


def test_a_news_report_that_explains_a_term_on_the_way_is_still_news():
    # It names a term, says what it means, where it comes from and gives an example: but it
    # tells of an event of its own, on a day it names.
    report = ("Council votes to ban idling engines\n\n"
              "The Riverton council voted on Tuesday to fine drivers who leave their engines running outside schools. "
              "The term idling refers to running an engine while a car is parked. The word comes from the English word "
              "idle. For example, a parent waiting at the school gate with the engine on would be idling. "
              "“This is about the air our children breathe,” said councillor Ann Lee, who proposed the rule. "
              "The fine will be 50 dollars from September.")
    assert kind(report).kind == "news"


# ---------------------------------------------------------------- questions that fit an explainer

from quiz.core.errors import QuizError  # noqa: E402
from quiz.core.generate import SURE, explainer  # noqa: E402
from quiz.core.service import generate_from_article  # noqa: E402

A_RECORD = "A fact a record could settle, though the text names no source for it"


def own_definitions(article_text: str) -> list[tuple[str, str]]:
    """The sentences the reading takes as the writer's own explanation of a term, with the term."""
    ctx = context(article_text)
    terms = explainer.explained_terms(ctx)
    return [(s.text, term) for s in ctx.article.sentences if (term := explainer._own_definition(ctx, s, terms))]


def sure(article_text: str, template) -> list:
    return [c.question for c in template(context(article_text)) if c.worth >= SURE]


EXPLAINED = ("What is a sandbar?\n\n"
             "Sandbars are common along sandy coasts, and swimmers often meet them without knowing. {definition} "
             "{after} The word is old, and it is used on every coast where sand meets the sea. For example, a beach "
             "may have two or three sandbars at once, each a little further out than the last. "
             "Sandbars move with the seasons. Winter storms drag sand away from the beach, and calm summer waves push it "
             "back again. Where a sandbar breaks, water rushing back to the sea can form a strong current.")
DEFINITION = "A sandbar is a long ridge of sand that builds up in shallow water near a shore."


def test_an_explanation_in_the_writers_own_words_is_read_as_such():
    assert own_definitions(EXPLAINED.format(definition=DEFINITION, after="")) == [(DEFINITION, "sandbar")]


@pytest.mark.parametrize(("definition", "after"), [
    # A source in the sentence, or in the sentence after it, or a judgement.
    ("Dr. Ann Lee, a geologist, says a sandbar is a long ridge of sand that builds up near a shore.", ""),
    (DEFINITION, "That is how Dr. Ann Lee, a geologist at Riverton University, explains it."),
    ("According to the Oxford English Dictionary, a sandbar is a long ridge of sand near a shore.", ""),
    ("A sandbar is a wonderful place to stand and watch the waves come in from the sea.", ""),
])
def test_an_explanation_the_text_gives_a_source_for_or_a_view_is_not_asked_as_the_writers_own(definition, after):
    assert own_definitions(EXPLAINED.format(definition=definition, after=after)) == []


@pytest.mark.parametrize(("name", "sentence"), [
    ("phrase-history", "It was first recorded in print in an American newspaper in 1959, in an article about the costs of schools."),
    ("vocabulary-lesson", "It began in London in the eighteenth century."),
])
def test_where_and_when_a_term_began_is_a_fact_a_record_could_settle(name, sentence):
    (question,) = sure(text(name), explainer.origin_record)
    assert question.evidence == sentence
    assert question.answer == A_RECORD
    assert question.skill == "fact-vs-opinion"


ORIGIN = ("The word sandbar\n\n"
          "Sandbars are common along sandy coasts, and the word sandbar is used on every coast where sand meets the sea. "
          "A sandbar is a long ridge of sand that builds up in shallow water near a shore. For example, a beach may have "
          "two sandbars at once.\n\n{origin} It was used by sailors, who had to steer around sandbars at low tide. "
          "Sailors feared them, because a ship that ran onto a sandbar could be stuck for days. "
          "Today the word sandbar is used by swimmers and surfers as much as by sailors, and maps of the coast mark "
          "every sandbar that ships must avoid.")


def test_an_origin_the_text_states_with_a_date_is_asked():
    (question,) = sure(ORIGIN.format(origin="The word sandbar was first recorded in 1766."), explainer.origin_record)
    assert question.prompt == ("The text says of “sandbar”: “The word sandbar was first recorded in 1766.” "
                               "What kind of statement is this?")
    assert question.answer == A_RECORD


@pytest.mark.parametrize("origin", [
    "The word sandbar may have been first recorded in 1766.",  # a guess
    "The word sandbar was first recorded in 1766, according to the Oxford English Dictionary.",  # a source
    "The word sandbar was first recorded in the Boston Gazette in 1766.",  # a record the text names
    "The word sandbar was first recorded long ago.",  # no date a record keeps
])
def test_an_origin_that_is_a_guess_has_a_source_or_no_date_is_not_asked_as_a_record(origin):
    assert sure(ORIGIN.format(origin=origin), explainer.origin_record) == []


def test_a_glossary_set_out_as_a_list_still_gets_nothing_to_ask():
    glossary = ("Words of the sea\n\n- A sandbar is a long ridge of sand near a shore.\n- A reef is a ridge of rock or "
                "coral.\n- A spit is a narrow point of land.\n- A lagoon is a stretch of salt water.\n- A cove is a small bay.")
    with pytest.raises(QuizError, match="nothing in this article to ask about"):
        generate_from_article(parse_article(glossary))


def test_a_dictionary_the_text_cites_without_its_name_is_asked_what_is_missing():
    vocabulary = (ROOT / "tests" / "core" / "prose" / "vocabulary.txt").read_text(encoding="utf-8")
    (question,) = sure(vocabulary, explainer.unnamed_dictionary)
    assert question.prompt == ("The text cites “a dictionary of American idioms published in 1997”. What does it leave out "
                               "that a reader needs to check what that dictionary says?")
    assert question.answer == "Its name, so that a reader could find it and look it up"
    assert set(question.choices) - {question.answer} == {"When it was published", "What kind of dictionary it is",
                                                         "Nothing: a reader has all they need to find it"}


@pytest.mark.parametrize("cited", [
    "The Cambridge Dictionary lists two meanings for it.",  # named
    "A dictionary is a useful thing to own, and every family should have one.",  # cites nothing
])
def test_a_named_dictionary_or_none_cited_is_not_asked_for_its_name(cited):
    assert sure(EXPLAINED.format(definition=DEFINITION, after=cited), explainer.unnamed_dictionary) == []


def test_an_unnamed_dictionary_is_asked_of_an_explainer_alone():
    cited = "A dictionary of sea words lists two meanings for it."
    assert sure(EXPLAINED.format(definition=DEFINITION, after=cited), explainer.unnamed_dictionary)
    report = ("Swimmer rescued from sandbar\n\nA swimmer was rescued from a sandbar off Riverton beach on Tuesday. "
              + cited + " “The tide came in faster than he thought,” said lifeguard Tom Reyes.")
    assert sure(report, explainer.unnamed_dictionary) == []


SQUARE_ONE = ("Why do people say they are starting again?\n\n"
              "When a plan fails and people have to begin from nothing, English speakers have a short way to say so. "
              "The phrase \"back to square one\" refers to starting again after a plan has failed. "
              "It is common in business and in sport, and politicians use it when a deal falls apart.\n\n"
              "Nobody knows for sure where the phrase comes from. Some say it comes from board games, others from "
              "the squares of an old football pitch drawn for radio listeners in the 1930s.\n\n"
              "For example, a team that loses its best players may be back to square one. A town whose new bridge "
              "plan is rejected is back to square one, too.")


def test_a_term_the_text_quotes_after_the_phrase_is_the_term_it_explains():
    assert kind(SQUARE_ONE).kind == "explainer"
    ((sentence, term),) = own_definitions(SQUARE_ONE)
    assert term == "back to square one" and sentence.startswith('The phrase "back to square one" refers to')
    # Where the phrase comes from is told as a guess, with "some say": no record question on it.
    assert sure(SQUARE_ONE, explainer.origin_record) == []


def test_a_use_of_the_term_quoted_from_someone_unnamed_is_asked_who_used_it():
    (question,) = sure(text("vocabulary-lesson"), explainer.unnamed_user)
    assert question.prompt == ("The text quotes a use of “lame duck”: “In a speech last year, one senator said, ‘Nobody "
                               "returns the phone calls of a lame duck.’” What does it tell readers about who used it?")
    assert question.answer == "Only that one senator said it, not which senator"
    assert question.feedback["Nothing: it is an example the writer made up"].startswith("It is in quotation marks")


def test_a_use_of_the_term_quoted_from_someone_named_is_not_asked_who_used_it():
    named = text("vocabulary-lesson").replace("one senator said", "Senator Ann Marsh of Ohio said")
    assert sure(named, explainer.unnamed_user) == []


def test_what_people_think_about_in_a_definition_is_no_source_for_it():
    definition = "A sandbar is a long ridge of sand that swimmers think about only when they reach it."
    assert own_definitions(EXPLAINED.format(definition=definition, after="")) == [(definition, "sandbar")]


@pytest.mark.parametrize(("origin", "asked"), [
    ("The word sandbar has been used by sailors since the 1760s.", True),
    ("The word sandbar has been used by sailors since at least the 1760s.", False),  # a lower bound, not a date
])
def test_a_use_dated_since_a_decade_is_a_record_and_since_at_least_one_is_not_asked(origin, asked):
    assert bool(sure(ORIGIN.format(origin=origin), explainer.origin_record)) == asked


def test_a_study_report_that_defines_its_terms_is_still_the_report_of_a_study():
    report = ("Sleep and screens\n\n"
              "A new study found that teenagers who use phones late at night sleep less. The researchers defined late "
              "use as any screen time after ten o'clock. The term sleep debt refers to the hours of sleep a person misses. "
              "For example, a pupil who sleeps six hours instead of eight builds a debt of two hours.\n\n"
              "The study followed 300 pupils for a year, and its findings were published in a journal. The participants "
              "kept diaries, and the researchers checked them against data from the phones.")
    assert kind(report).kind == "study"


def test_the_writers_view_of_the_term_is_told_from_what_it_means():
    (question,) = sure(text("how-it-works"), explainer.term_view)
    assert question.answer == "Ranked-choice voting is a clever idea, but it is not magic."
    assert set(question.choices) - {question.answer} == {"Ranked-choice voting is a different way of counting.",
                                                         "Ranked-choice voting is a type of instant runoff."}
    assert question.skill == "fact-vs-opinion"


def test_someone_elses_view_of_the_term_is_not_the_writers():
    others = text("how-it-works").replace("Ranked-choice voting is a clever idea, but it is not magic.",
                                          "Ranked-choice voting is seen as a clever idea by its supporters.")
    assert sure(others, explainer.term_view) == []


@pytest.mark.parametrize(("definition", "term"), [
    # The term named after a word for it, or named by the sentence before.
    ("The noun shoal means a place where the water is not deep.", "shoal"),
    ("Sandbars are part of the coast. This term means a long, low hill of sand under shallow water.", "Sandbars"),
])
def test_an_explanation_that_points_at_its_term_is_the_writers_own(definition, term):
    assert own_definitions(EXPLAINED.format(definition=definition, after="")) == [(definition.split(". ")[-1], term)]


@pytest.mark.parametrize("sentence", [
    "This word is hard to spell for children who are learning it.",  # says something of the word, not what it means
    "The water is calm there. This term means a long, low hill of sand under shallow water.",  # no term named before
])
def test_a_sentence_that_points_at_a_word_without_saying_what_it_means_is_not_asked(sentence):
    assert own_definitions(EXPLAINED.format(definition=sentence, after="")) == []
