"""Moodle XML import: the round trip of our export, a file in Moodle's own shape, and files
that are broken or hostile (a DTD, external entities, "billion laughs"), refused unread."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import ROOT, run_quiz
from test_interop import ARTICLE, EVERY_TYPE, EVIDENCE_QUESTION, as_exported, fields, pack_of

from quiz.core.errors import QuizError
from quiz.core.interop.moodle_xml import moodle_xml_to_questions, pack_to_moodle_xml, parse_moodle_xml
from quiz.core.packs import load_pack
from quiz.core.service import QuizService

SAMPLE = ROOT / "tests" / "data" / "moodle-xml-sample.xml"
GUARD_PACK = ROOT / "questions" / "guard-troops-generated.yaml"
SAMPLE_ARTICLE = (
    "The governor requested 4,000 National Guard troops for 60 days, the governor's office confirmed. "
    "About 10,000 troops are already deployed. The mayor backed the request. "
    "An official who was not named said it is still under review. The Pentagon declined to comment."
)


def read(text: str, article: str = ARTICLE):
    return moodle_xml_to_questions(parse_moodle_xml(text, "quiz.xml"), article)


def test_export_then_import_keeps_every_field_of_every_exported_type():
    pack = pack_of(*EVERY_TYPE, EVIDENCE_QUESTION)
    text, warnings, _, changed = pack_to_moodle_xml(pack)
    questions, messages = read(text)
    assert messages == warnings == [] and changed == 1  # the evidence question, as multiple choice
    assert fields(questions) == fields(as_exported(pack, warnings))


def test_the_shipped_pack_round_trips_through_moodle_xml():
    pack = load_pack(GUARD_PACK)
    text, warnings, _, _ = pack_to_moodle_xml(pack)
    questions, messages = read(text, pack.article.text)
    assert messages == []
    assert fields(questions) == fields(as_exported(pack, warnings))


def test_a_file_in_moodles_shape_imports_each_supported_type():
    questions, messages = read(SAMPLE.read_text(encoding="utf-8"), SAMPLE_ARTICLE)
    got = {q.id: q for q in questions}
    assert list(got) == ["troops-requested", "named-sources", "approved-already", "days", "who-confirmed"]
    troops = got["troops-requested"]
    assert (troops.type, troops.prompt, troops.choices, troops.answer) == (
        "choice", "How many National Guard troops did the governor request?", ("4,000", "10,000", "2,000"), "4,000")
    assert troops.feedback == {"10,000": "That is how many are already there."}
    assert troops.explanation == "The first sentence gives the number."
    assert troops.evidence.startswith("The governor requested 4,000")  # the one sentence holding the answer
    sources = got["named-sources"]
    assert (sources.type, sources.skill, sources.answer) == ("multi", "sourcing", ["The governor", "The mayor"])
    approved = got["approved-already"]
    assert (approved.type, approved.answer, approved.feedback) == (
        "truefalse", False, {"true": "The article says it is still under review."})
    assert (got["days"].type, got["days"].answer, got["days"].tolerance) == ("number", 60, 0.0)
    confirmed = got["who-confirmed"]
    assert (confirmed.answer, confirmed.accept, confirmed.feedback) == (
        "the governor's office", ("governor's office",), {"the Pentagon": "The Pentagon declined to comment."})
    assert [m.split(": ", 1)[1] for m in messages] == [
        "an essay question; the app has no such type.",
        "a matching question; the app has no such type.",
        "a description; the app has no such type.",
    ]
    assert messages[0].startswith('Skipped question 6 "Your view"')


def test_the_import_command_reads_moodle_xml_onto_an_article(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(SAMPLE_ARTICLE, encoding="utf-8")
    db = tmp_path / "quiz.db"
    done = run_quiz("import", SAMPLE, "--article", article, "--db", db)
    assert done.returncode == 0, done.stderr
    assert "imported moodle-xml-sample (5 questions)" in done.stdout
    assert sum("Skipped question" in line for line in done.stderr.splitlines()) == 3
    service = QuizService.open(db)
    assert [q.type for q in service.pack("moodle-xml-sample").questions] == ["choice", "multi", "truefalse", "number", "text"]
    service.close()


# ---------------------------------------------------------------- broken and hostile files

QUESTION = "<question type='truefalse'><questiontext><text>Q?</text></questiontext>" \
           "<answer fraction='100'><text>true</text></answer><answer fraction='0'><text>false</text></answer></question>"
XXE = f"""<?xml version="1.0"?>
<!DOCTYPE quiz [
  <!ENTITY secret SYSTEM "file:///etc/passwd">
]>
<quiz>{QUESTION.replace("Q?", "&secret;")}</quiz>
"""
LAUGHS = '<?xml version="1.0"?>\n<!DOCTYPE quiz [\n <!ENTITY a "lol">\n' + "".join(
    f' <!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(9)
) + f"]>\n<quiz>{QUESTION.replace('Q?', '&j;')}</quiz>\n"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        pytest.param(XXE, 2, "declares a document type", id="external entity"),
        pytest.param(LAUGHS, 2, "declares a document type", id="billion laughs"),
        pytest.param('<?xml version="1.0"?>\n<!DOCTYPE quiz SYSTEM "http://example.org/quiz.dtd">\n<quiz/>', 2,
                     "declares a document type", id="external DTD"),
        pytest.param(f"<quiz>\n{QUESTION}\n<question>\n</quiz>\n", 4, "not valid XML: mismatched tag", id="mismatched"),
        pytest.param("<quiz>\n<question type='x'>&nbsp;</question></quiz>", 2, "not valid XML: undefined entity",
                     id="undefined entity"),
        pytest.param("", 1, "not valid XML: no element found", id="empty"),
        pytest.param("<questions>\n</questions>", 1, "outermost element is <questions>, not <quiz>", id="not a quiz"),
    ],
)
def test_broken_and_hostile_xml_is_refused_with_its_line(text, line, message):
    with pytest.raises(QuizError) as caught:
        parse_moodle_xml(text, "quiz.xml")
    assert str(caught.value).startswith(f"quiz.xml:{line}: ") and message in str(caught.value), caught.value


@pytest.mark.parametrize(
    ("content", "message"),
    [(XXE.encode(), "declares a document type"), (b"\xff\xfe<\x00q\x00", "the XML file is not UTF-8 text"),
     (bytes(range(256)), "the XML file is not UTF-8 text")],
    ids=["external entity", "not UTF-8", "binary"],
)
def test_the_import_command_refuses_hostile_xml_and_changes_nothing(tmp_path, content, message):
    bad = tmp_path / "bad.xml"
    bad.write_bytes(content)
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "quiz.db"
    QuizService.open(db).close()
    before = db.read_bytes()
    done = run_quiz("import", SAMPLE, bad, "--article", article, "--db", db)
    assert done.returncode == 1 and message in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert db.read_bytes() == before


def test_a_moodle_file_over_the_size_limit_is_refused_unread(tmp_path, monkeypatch):
    from quiz.core import packs as packs_module

    service = QuizService.open(tmp_path / "quiz.db")
    monkeypatch.setattr(packs_module, "MAX_PACK_BYTES", 100)
    big = tmp_path / "big.xml"
    big.write_text("<quiz>" + " " * 200 + "</quiz>", encoding="utf-8")
    with pytest.raises(QuizError, match="the limit is 100"):
        service.read_question_file(big, SAMPLE)
    service.close()


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_mutated_moodle_xml_gives_questions_or_a_clear_error_never_a_crash(data):
    text = SAMPLE.read_text(encoding="utf-8")
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start, min(len(text), start + 40)))
    insert = data.draw(st.text(alphabet="<>&/=\"'![]-x ", max_size=12))
    mutated = text[:start] + insert + text[end:]
    try:
        questions, messages = read(mutated, SAMPLE_ARTICLE)
    except QuizError as exc:
        assert str(exc).startswith("quiz.xml:")
    else:
        assert all(isinstance(m, str) for m in messages) and all(q.prompt for q in questions)


def test_a_malformed_declaration_in_question_html_is_read_as_text():
    # "<![<p>" made Python's HTML parser raise an AssertionError: the file failed with a traceback.
    text = (ROOT / "tests" / "data" / "moodle-xml-sample.xml").read_text(encoding="utf-8")
    broken = text[:432] + "<![" + text[432:]
    assert "<![CDATA[<![<p>" in broken
    questions, _ = moodle_xml_to_questions(parse_moodle_xml(broken, "broken.xml"), "The article.")
    assert questions
