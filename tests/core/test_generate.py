"""The generator on the seed and on nine real articles it was not written for."""

import re
from pathlib import Path

import pytest
import yaml

from quiz.core.domain import QUESTION_TYPES, SKILLS
from quiz.core.generate import generate_pack
from quiz.core.packs import dump_pack, parse_pack
from support import ROOT, SEED_ARTICLE

ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))
ALL = [SEED_ARTICLE, *ARTICLES]
FIGURE = re.compile(r"[$€£]?\d[\d,.]*(?:\s*(?:thousand|million|billion|trillion))?(?:%|\s*percent)?")


def pack_of(path: Path, **options):
    return generate_pack(path.read_text(encoding="utf-8"), **options)


@pytest.fixture(scope="module")
def packs():
    return {path.name: pack_of(path) for path in ALL}


def test_there_are_nine_development_articles():
    assert len(ARTICLES) == 9


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name[:12])
def test_every_article_gets_at_least_8_questions_over_4_skills(packs, path):
    pack = packs[path.name]
    assert len(pack.questions) >= 8
    assert len({q.skill for q in pack.questions}) >= 4


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name[:12])
def test_every_evidence_is_verbatim(packs, path):
    text = path.read_text(encoding="utf-8")
    assert all(q.evidence and q.evidence in text for q in packs[path.name].questions)


def is_figure_or_name(answer) -> bool:
    if not isinstance(answer, str):
        return False
    return bool(FIGURE.fullmatch(answer)) or bool(re.fullmatch(r"(?:[A-Z][\w’'.-]+ ?){1,4}", answer))


def test_answers_that_are_figures_or_names_appear_in_their_evidence(packs):
    checked = [q for pack in packs.values() for q in pack.questions if is_figure_or_name(q.answer)]
    inside = [q for q in checked if q.answer in q.evidence]
    assert len(checked) > 30
    assert len(inside) / len(checked) >= 0.95, [q.id for q in checked if q not in inside]


def test_no_distractor_equals_the_answer_and_keys_are_among_choices(packs):
    for pack in packs.values():
        for q in pack.questions:
            if q.type == "choice":
                assert q.choices.count(q.answer) == 1, q.id
                assert len(set(q.choices)) == len(q.choices), q.id
            if q.type == "multi":
                assert set(q.answer) < set(q.choices), q.id


def test_every_question_is_explained(packs):
    assert all(len(q.explanation.split()) >= 6 for pack in packs.values() for q in pack.questions)


def test_seed_pack_covers_every_skill_and_every_type(packs):
    pack = packs[SEED_ARTICLE.name]
    assert {q.skill for q in pack.questions} == set(SKILLS)
    assert {q.type for q in pack.questions} == set(QUESTION_TYPES)


def test_seed_pack_covers_at_least_22_of_the_24_seed_facts(packs):
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    facts = yaml.safe_load((ROOT / "tests" / "data" / "seed_facts.yaml").read_text(encoding="utf-8"))["facts"]

    def span(evidence):
        start = text.find(evidence)
        assert start >= 0, evidence
        return start, start + len(evidence)

    def covers(question, fact):
        q_start, q_end = span(question.evidence)
        f_start, f_end = span(fact["evidence"])
        return question.skill == fact["skill"] and q_start < f_end and f_start < q_end

    questions = packs[SEED_ARTICLE.name].questions
    covered = [f["id"] for f in facts if any(covers(q, f) for q in questions)]
    assert len(facts) == 24
    assert len(covered) >= 22, sorted(set(f["id"] for f in facts) - set(covered))


def test_the_same_seed_gives_the_same_pack_and_another_seed_shuffles():
    assert pack_of(SEED_ARTICLE, seed=3) == pack_of(SEED_ARTICLE, seed=3)
    orders = {tuple(q.choices for q in pack_of(SEED_ARTICLE, seed=s).questions) for s in range(4)}
    assert len(orders) > 1


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name[:12])
def test_generated_packs_load_back_as_written(packs, path, tmp_path):
    pack = packs[path.name]
    loaded = parse_pack(dump_pack(pack), tmp_path / "pack.yaml")
    assert [(q.id, q.answer) for q in loaded.questions] == [(q.id, q.answer) for q in pack.questions]


def test_question_ids_are_unique(packs):
    for pack in packs.values():
        ids = [q.id for q in pack.questions]
        assert len(ids) == len(set(ids))


def test_max_questions_is_respected():
    assert len(pack_of(SEED_ARTICLE, max_questions=5).questions) == 5


def test_a_short_quiz_still_spreads_over_the_skills():
    assert len({q.skill for q in pack_of(SEED_ARTICLE, max_questions=7).questions}) == 7


def test_an_article_with_nothing_to_ask_gives_no_questions():
    assert generate_pack("Nothing happened today.").questions == ()
