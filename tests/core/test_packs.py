import textwrap

import pytest

from quiz.core.errors import PackError
from quiz.core.packs import load_pack, parse_pack

ARTICLE = "ICE has about 20,000 staff nationwide. “We act now,” she said."


def pack_yaml(questions: str, article: str = f"  text: '{ARTICLE}'\n") -> str:
    return (
        "schema_version: 1\nid: test-pack\ntitle: Test\narticle:\n" + article + "questions:\n"
        + textwrap.indent(textwrap.dedent(questions), "  ")
    )


GOOD = """\
- id: staff
  type: choice
  skill: numbers
  prompt: How many staff does ICE have?
  choices: ["20,000", "7,700"]
  answer: "20,000"
  evidence: ICE has about 20,000 staff nationwide.
"""


def problems(text, tmp_path):
    with pytest.raises(PackError) as caught:
        parse_pack(text, tmp_path / "pack.yaml")
    return [(p.line, p.field, p.message) for p in caught.value.problems]


def test_a_good_pack_loads_with_evidence_offsets(tmp_path):
    pack = parse_pack(pack_yaml(GOOD), tmp_path / "pack.yaml")
    (question,) = pack.questions
    assert ARTICLE[question.evidence_start : question.evidence_end] == question.evidence


def test_answer_not_among_choices_names_its_line(tmp_path):
    text = pack_yaml(GOOD.replace('answer: "20,000"', 'answer: "10,000"'))
    assert problems(text, tmp_path) == [(12, "questions[0].answer", '"10,000" is not one of the choices')]


def test_unknown_key_suggests_the_right_one(tmp_path):
    text = pack_yaml(GOOD + "  explanaton: Because.\n")
    ((line, field, message),) = problems(text, tmp_path)
    assert (line, field) == (14, "questions[0].explanaton")
    assert 'did you mean "explanation"?' in message


def test_missing_key_is_reported_on_its_question(tmp_path):
    text = pack_yaml(GOOD.replace("  skill: numbers\n", ""))
    assert problems(text, tmp_path) == [(7, "questions[0]", 'missing required key "skill"')]


def test_evidence_differing_only_in_quotes_shows_the_exact_text(tmp_path):
    text = pack_yaml(GOOD.replace("evidence: ICE has about 20,000 staff nationwide.", "evidence: '\"We act now,\" she said.'"))
    ((line, field, message),) = problems(text, tmp_path)
    assert (line, field) == (13, "questions[0].evidence")
    assert message.endswith("the article has: “We act now,” she said.")


def test_duplicate_ids_are_an_error(tmp_path):
    text = pack_yaml(GOOD + GOOD)
    assert (14, "questions[1].id", 'duplicate question id "staff" (first used by questions[0])') in problems(text, tmp_path)


def test_invalid_yaml_names_the_line(tmp_path):
    text = pack_yaml(GOOD) + "  - id: [unclosed\n"
    ((line, field, message),) = problems(text, tmp_path)
    assert line == 15 and message.startswith("this is not valid YAML")


def test_missing_article_file_is_an_error(tmp_path):
    text = pack_yaml(GOOD, article="  file: nowhere.txt\n")
    ((line, field, message),) = problems(text, tmp_path)
    assert (line, field) == (5, "article.file") and "nowhere.txt not found" in message


def test_changed_article_fails_the_sha256_check(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    text = pack_yaml(GOOD, article="  file: a.txt\n  sha256: 0000\n")
    ((line, field, message),) = problems(text, tmp_path)
    assert (line, field) == (6, "article.sha256") and "has changed" in message


def test_load_pack_reads_the_article_file_relative_to_the_pack(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "pack.yaml"
    path.write_text(pack_yaml(GOOD, article="  file: a.txt\n"), encoding="utf-8")
    assert load_pack(path).article.text == ARTICLE
