"""Own praise: the phrases with which a release praises what it tells of, or a news report's
narration judges, set beside phrases of the same voice that only report a figure or a date."""

import random
from pathlib import Path

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import candidates, choose, language
from quiz.core.generate.common import Context
from quiz.core.generate.gate import problems

STATEMENTS = Path(__file__).parents[1] / "data" / "statements"


def _context(text: str) -> Context:
    article = parse_article(text)
    return Context(article, read_facts(article), random.Random(1))


def _read(name: str) -> str:
    return (STATEMENTS / f"{name}.txt").read_text(encoding="utf-8")


def _asked(text: str):
    ctx = _context(text)
    return ctx, [c.question for c in language.own_praise(ctx)]


def test_a_releases_praise_of_its_own_work_is_asked_beside_its_figures():
    ctx, asked = _asked(_read("praise-agency-release"))
    assert ctx.kind.kind == "press-release"
    question = asked[0]
    assert question.type == "multi" and question.template == "own-praise"
    assert question.answer == ["historic investment", "worked tirelessly"]
    assert "publisher's own words" in question.prompt
    wrong = [c for c in question.choices if c not in question.answer]
    assert len(wrong) >= 2 and set(wrong) <= {"12 towns", "more than 40,000 homes", "March 3, 2024", "6 pumping stations",
                                              "two winters", "January 14, 2026", "30 homes"}
    assert set(question.feedback) == set(wrong)
    assert "“historic” and “tirelessly”" in question.explanation and "voice from outside" in question.explanation
    assert not problems(question, ctx.article.text)


def test_a_fact_sheet_praises_its_response_and_calls_itself_a_strong_partner():
    ctx, asked = _asked(_read("praise-fact-sheet"))
    assert ctx.kind.kind == "press-release"
    assert asked[0].answer == ["bold, coordinated response", "strong public health partner"]
    assert not problems(asked[0], ctx.article.text)


def test_a_news_narrators_judging_words_are_the_writers_own():
    """"antiquated" and "aggressive" stand in the reporter's own narration; "historic" or
    "remarkable" in a quotation would be the speaker's, and "to persuade" reports no one."""
    ctx, asked = _asked(_read("praise-local-news-narrator"))
    assert ctx.kind.kind == "news"
    question = asked[0]
    assert question.answer == ["antiquated parking meters", "aggressive campaign"]
    assert "writer's own judgement, with no source" in question.prompt
    assert "“antiquated” and “aggressive” judge" in question.explanation
    assert not problems(question, ctx.article.text)


def test_a_neutral_wire_story_whose_judging_words_are_all_quoted_asks_nothing():
    ctx, asked = _asked(_read("praise-neutral-wire"))
    assert ctx.kind.kind == "wire"
    assert asked == []


RELEASE = """Press Release: County Roads Office Reports on the Winter

The County Roads Office today published its report on the winter. This winter, the county saw {praised}.

Crews spread 4,000 tonnes of salt on 600 kilometres of roads between December 1, 2025 and March 1, 2026. The office spent
$2 million on the work and hired 45 extra drivers.

For more information, contact the County Roads Office press office.
"""


@pytest.mark.parametrize(("praised", "found"), [
    ("an unprecedented response from our crews", ["unprecedented"]), ("unprecedented flooding", []),
    ("historic lows in temperature", []), ("relentless rain", []), ("strong winds", []), ("exceptional circumstances", []),
    ("stellar winds from a dying star", []),
])
def test_a_word_that_measures_an_event_or_describes_the_weather_is_no_praise(praised, found):
    ctx = _context(RELEASE.format(praised=praised))
    assert [f.data["word"] for f in ctx.of_kind("praise") if f.data["role"] != "report"] == found


def test_a_phrase_that_frames_or_judges_a_figure_is_no_plain_report():
    text = ("Plant closes\n\nThe company now has just 7,700 employees, after a 60% plunge in sales. It sold "
            "3,000 cars in March 2026, opened 2 new offices and replaced its 4 older vans with 3 newer models.")
    reports = [f.text for f in _context(text).of_kind("praise") if f.data["role"] == "report"]
    assert {"3,000 cars", "2 new offices", "3 newer models"} <= set(reports)
    assert not any("7,700" in r or "plunge" in r for r in reports)


@pytest.mark.parametrize(("what", "found"), [("an aggressive campaign", ["aggressive"]), ("an aggressive treatment", []),
                                             ("a course on aggressive driving", []),
                                             ("an out-of-date scheme", ["out-of-date"])])
def test_an_aggressive_treatment_is_a_term_not_a_judgement(what, found):
    text = (f"Clinic news\n\nThe hospital began {what} for 40 patients in May 2026. It opened 3 new "
            "wards and hired 20 nurses.")
    assert [f.data["word"] for f in _context(text).of_kind("praise") if f.data["role"] != "report"] == found


@pytest.mark.parametrize("name", ["praise-agency-release", "praise-fact-sheet", "praise-local-news-narrator"])
def test_a_pack_never_asks_the_same_praise_twice(name):
    """Own praise, a loaded word, a judging sentence and whose judgement a word is: one lesson,
    asked once in a pack."""
    ctx = _context(_read(name))
    offered = candidates(ctx)
    assert "own-praise" in {c.question.template for c in offered}
    templates = [q.template for q in choose(offered, 15, random.Random(1))]
    lesson = {"own-praise", "charged-word", "praise-against-the-past", "own-judgement", "writers-own-word",
              "writer-judgement", "view-or-record"}
    assert len([t for t in templates if t in lesson]) <= 1


def test_one_judging_phrase_among_figures_and_dates_is_not_asked():
    """Three choices of which two are a count and a date: the one that is no figure is found
    without judging anything."""
    text = ("Council to replace parking meters\n\nThe council voted on Tuesday to spend $85,000 on 40 new "
            "machines, due by June 30, 2026. The vote follows an aggressive campaign by the shopkeepers' association. "
            "The old meters were put in during 1998.")
    assert "own-praise" not in {c.question.template for c in candidates(_context(text))}


def test_where_its_passage_is_taken_the_writers_judgement_is_still_asked():
    """The headline question takes the lead, which the two judging phrases span: the pack asks
    the writer's judgement by one of the questions that teach it, not by none."""
    ctx = _context(_read("praise-local-news-narrator"))
    templates = [q.template for q in choose(candidates(ctx), 15, random.Random(1))]
    assert {"own-judgement", "charged-word", "writer-judgement", "writers-own-word"} & set(templates)


def test_another_body_named_in_the_headline_does_not_speak_for_the_publisher():
    """A council named in the release's headline is not its publisher: the judging words the
    release reports the council saying are the council's, not the release's own."""
    text = _read("praise-agency-release")
    title, rest = text.split("\n", 1)
    assert title.startswith("Press Release: Ministry of Water Opens Flood Defences")
    changed = (f"{title.split(' Along')[0]} That Tarn Valley Council Opposed\n{rest}\n\nThe Tarn Valley Council said the walls were a "
               "reckless project and a wasteful scheme, built by a clumsy contractor.\n")
    for question in (c.question for c in language.own_praise(_context(changed))):
        assert not {"reckless project", "wasteful scheme", "clumsy contractor"} & set(question.choices)
