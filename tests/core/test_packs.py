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


# ---------------------------------------------------------------- one malformed pack per kind of error

def with_question(**changes) -> str:
    """GOOD with some of its lines replaced (old -> new), as YAML text."""
    text = GOOD
    for old, new in changes.items():
        text = text.replace(old.replace("__", " "), new)
    return pack_yaml(text)


MALFORMED = [
    # (name, pack text, line, field, words the message contains)
    ("yaml syntax", pack_yaml(GOOD) + "  - id: [unclosed\n", 15, None, "not valid YAML"),
    ("missing key", pack_yaml(GOOD.replace("  skill: numbers\n", "")), 7, "questions[0]", 'missing required key "skill"'),
    ("unknown key", pack_yaml(GOOD + "  explanaton: Because.\n"), 14, "questions[0].explanaton", 'did you mean "explanation"?'),
    ("wrong type", pack_yaml(GOOD.replace("prompt: How many staff does ICE have?", "prompt: [a, list]")), 10,
     "questions[0].prompt", "must be text, not a list"),
    ("duplicate id", pack_yaml(GOOD + GOOD), 14, "questions[1].id", 'duplicate question id "staff"'),
    ("answer not a choice", pack_yaml(GOOD.replace('answer: "20,000"', 'answer: "10,000"')), 12,
     "questions[0].answer", '"10,000" is not one of the choices'),
    ("unknown type", pack_yaml(GOOD.replace("type: choice", "type: essay")), 8, "questions[0].type",
     '"essay" is not a question type'),
    ("unknown skill", pack_yaml(GOOD.replace("skill: numbers", "skill: number")), 9, "questions[0].skill",
     'did you mean "numbers"?'),
    ("evidence not in article", pack_yaml(GOOD.replace("evidence: ICE has about 20,000 staff nationwide.",
                                                       "evidence: ICE has 30,000 staff.")), 13,
     "questions[0].evidence", "not found in the article"),
    ("evidence needs exact quotes", pack_yaml(GOOD.replace("evidence: ICE has about 20,000 staff nationwide.",
                                                           "evidence: '\"We act now,\" she said.'")), 13,
     "questions[0].evidence", "the article has: “We act now,” she said."),
    ("missing article file", pack_yaml(GOOD, article="  file: nowhere.txt\n"), 5, "article.file", "nowhere.txt not found"),
    ("both file and text", pack_yaml(GOOD, article="  file: a.txt\n  text: x\n"), 5, "article", "exactly one of file or text"),
    ("newer format", pack_yaml(GOOD).replace("schema_version: 1", "schema_version: 2"), 1, "schema_version",
     "newer than this app reads"),
    ("truefalse answer", pack_yaml(GOOD.replace("type: choice", "type: truefalse").replace('answer: "20,000"', "answer: yes please")),
     12, "questions[0].answer", "must be true or false"),
    ("number answer", pack_yaml(GOOD.replace("type: choice", "type: number").replace('answer: "20,000"', "answer: lots")),
     12, "questions[0].answer", "must be a number"),
    ("multi answer", pack_yaml(GOOD.replace("type: choice", "type: multi").replace('answer: "20,000"', 'answer: ["20,000", "9"]')),
     12, "questions[0].answer", '"9" is not one of the choices'),
    ("evidence question without evidence",
     pack_yaml(GOOD.replace("type: choice", "type: evidence").replace("  evidence: ICE has about 20,000 staff nationwide.\n", "")),
     7, "questions[0]", "an evidence question needs"),
    ("not a slug", pack_yaml(GOOD).replace("id: test-pack", "id: Test Pack"), 2, "id", "is not a slug"),
    ("no questions", pack_yaml("[]\n").replace("questions:\n  []", "questions: []"), 6, "questions",
     "at least one question"),
]


@pytest.mark.parametrize(("name", "text", "line", "field", "words"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_each_kind_of_error_names_its_line_and_field(name, text, line, field, words, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    found = problems(text, tmp_path)
    assert any(p_line == line and p_field == field and words in message for p_line, p_field, message in found), found


def test_a_pack_that_is_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_bytes(pack_yaml(GOOD).encode() + b"  # caf\xe9\n")
    with pytest.raises(PackError) as caught:
        load_pack(path)
    (problem,) = caught.value.problems
    assert problem.line == 14 and "not UTF-8" in problem.message


def test_an_older_format_is_upgraded_as_it_loads(tmp_path, monkeypatch):
    import quiz.core.packs as packs

    def from_1_to_2(data):
        data = dict(data)
        data["title"] = data.pop("name")
        return data

    monkeypatch.setattr(packs, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(packs.UPGRADES, 1, from_1_to_2)
    monkeypatch.setattr(packs, "TOP_KEYS", packs.TOP_KEYS | {"name"})
    monkeypatch.setattr(packs, "TOP_REQUIRED", ("schema_version", "id", "article", "questions"))
    old = pack_yaml(GOOD).replace("title: Test", "name: Old title")
    pack = packs.parse_pack(old, tmp_path / "old.yaml")
    assert (pack.title, pack.schema_version) == ("Old title", 2)


def test_warnings_do_not_stop_a_load(tmp_path):
    from quiz.core.packs import read_pack

    text = pack_yaml(GOOD.replace('  answer: "20,000"\n', '  answer: "20,000"\n  feedback: {"7,700": Staff of one division.}\n'))
    pack, warnings = read_pack(text.replace("  evidence: ICE has about 20,000 staff nationwide.\n", ""), tmp_path / "p.yaml")
    messages = [w.message for w in warnings]
    assert pack.questions[0].evidence == ""
    assert any("no evidence" in m for m in messages) and any("no explanation" in m for m in messages)


# The pack reader builds data from YAML's events itself (to note each field's line in the
# same pass); whatever the document, the data must be what yaml.safe_load gives.
SAME_AS_SAFE_LOAD = [
    "a: 1\nb: 2.5\nc: true\nd: null\ne: ~\nf: '3'\ng: !!str 4\nh: 2025-01-02\n",
    "- [1, two, 3.0]\n- {x: y, 1: one, null: nothing, true: yes, 0x1f: hex, 1_000: n, .inf: big}\n- ''\n",
    "bytes: !!binary aGVsbG8=\nwhen: !!timestamp 2025-01-02 10:00:00\nplain: ! 12\nseq: !!seq [a]\nmap: !!map {b: c}\n",
    "empty: \nquoted: 'true'\n\"key\": 'yes'\n? complex\n: value\n",
    "text: |\n  two\n  lines\nfolded: >\n  one\n  line\n",
    "- - - deep\n    - [1, [2, [3]]]\n",
    "scalar alias: &s word\nagain: *s\nlist: [*s, *s]\n&k key: value\nkey again: *k\n",
    "just a string\n",
    "--- [1, 2]\n...\n",
    "",
]


@pytest.mark.parametrize("text", SAME_AS_SAFE_LOAD)
def test_the_reader_builds_the_same_data_as_yaml_safe_load(text):
    import yaml

    from quiz.core.packs import _parse_yaml

    data, lines = _parse_yaml("p.yaml", text)
    assert data == yaml.safe_load(text)
    assert lines.get(()) == (1 if text else None)


# What no pack needs, and what only builds values out of other values, is refused on its line.
REFUSED = [
    ("base: &base {a: 1, b: 2}\nderived: {<<: *base, b: 5}\n", 2, "YAML merge key"),
    ("derived:\n  <<: {a: 0, c: 3}\n  b: 5\n", 2, "YAML merge key"),
    ("ordered: !!omap [{a: 1}, {b: 2}]\n", 1, "YAML tag tag:yaml.org,2002:omap"),
    ("set:\n  - x\n  - !!set {x, y}\n", 3, "YAML tag tag:yaml.org,2002:set"),
    ("a: &a word\nb: &a [1, 2]\nc: *a\n", 3, "YAML alias"),
    ("a: *nowhere\n", 1, "YAML alias"),
    ("a: &k key\n*k : value\n", 2, "YAML alias (*name) as a key"),
]


@pytest.mark.parametrize(("text", "line", "message"), REFUSED)
def test_the_reader_refuses_aliases_merges_and_tagged_collections(text, line, message):
    from quiz.core.packs import _parse_yaml

    with pytest.raises(PackError) as caught:
        _parse_yaml("p.yaml", text)
    [problem] = caught.value.problems
    assert (problem.line, message in problem.message) == (line, True), problem


def test_the_reader_counts_every_value_even_in_one_flat_list(monkeypatch):
    from quiz.core import packs

    monkeypatch.setattr(packs, "MAX_NODES", 100)
    with pytest.raises(PackError, match="p.yaml:2: holds more than 100 values"):
        packs._parse_yaml("p.yaml", "values:\n  [" + "x, " * 150 + "]\n")


def test_the_reader_refuses_a_second_document_as_yaml_does():
    from quiz.core.packs import _parse_yaml

    with pytest.raises(PackError, match="p.yaml:2: this is not valid YAML: but found another document"):
        _parse_yaml("p.yaml", "a: 1\n---\nb: 2\n")


def test_the_reader_refuses_a_key_that_is_a_list_as_yaml_does():
    from quiz.core.packs import _parse_yaml

    with pytest.raises(PackError, match="p.yaml:1: this is not valid YAML: found unhashable key"):
        _parse_yaml("p.yaml", "? [a, b]\n: value\n")
