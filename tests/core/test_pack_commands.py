"""quiz check, import and export: what a teacher runs on packs, against real files."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from quiz.core.packs import parse_pack
from quiz.core.service import QuizService
from support import ROOT, run_quiz

SHIPPED = sorted((ROOT / "questions").glob("*.yaml"))
SCHEMA = json.loads((ROOT / "docs" / "pack.schema.json").read_text(encoding="utf-8"))


def bad_pack(tmp_path: Path) -> Path:
    text = (ROOT / "questions" / "guard-troops-generated.yaml").read_text(encoding="utf-8")
    text = text.replace("file: ../seeds/", f"file: {ROOT}/seeds/", 1)
    text = text.replace("type: choice", "type: chioce", 1)
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_check_passes_every_shipped_pack():
    done = run_quiz("check", *SHIPPED)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(", ok") == len(SHIPPED)


def test_check_reports_file_line_and_field_and_exits_1(tmp_path):
    path = bad_pack(tmp_path)
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "chioce" in text)
    done = run_quiz("check", path)
    assert done.returncode == 1
    assert f"{path}:{line}: questions[0].type: \"chioce\" is not a question type" in done.stderr


def test_warnings_alone_keep_exit_code_0(tmp_path):
    path = tmp_path / "warn.yaml"
    pack = yaml.safe_load((ROOT / "questions" / "guard-troops-generated.yaml").read_text(encoding="utf-8"))
    pack["article"]["file"] = str(ROOT / "seeds" / "000_94daa0f9409ebe00.txt")
    pack["questions"][0].pop("explanation")
    path.write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    done = run_quiz("check", path)
    assert done.returncode == 0
    assert "warning: no explanation" in done.stderr


def file_state(db: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(db.parent.glob(db.name + "*"))]


def test_a_failed_import_leaves_the_database_byte_for_byte_unchanged(tmp_path):
    db = tmp_path / "quiz.db"
    QuizService.open(db).close()
    before = file_state(db)
    done = run_quiz("import", SHIPPED[0], bad_pack(tmp_path), "--db", db)
    assert done.returncode == 1
    assert "nothing imported" in done.stderr
    assert file_state(db) == before


def test_export_yaml_gives_an_equivalent_pack(tmp_path):
    db = tmp_path / "quiz.db"
    service = QuizService.open(db)
    original = service.pack(service.packs()[0].id)
    service.close()
    done = run_quiz("export", original.id, "--format", "yaml", "--db", db)
    assert done.returncode == 0, done.stderr
    again = parse_pack(done.stdout, tmp_path / "again.yaml")
    assert again.id == original.id and again.article.text == original.article.text
    fields = ("id", "type", "skill", "prompt", "choices", "answer", "evidence", "explanation", "feedback", "tolerance", "accept")
    for a, b in zip(again.questions, original.questions, strict=True):
        assert [getattr(a, f) for f in fields] == [getattr(b, f) for f in fields]


def test_export_to_a_file(tmp_path):
    db = tmp_path / "quiz.db"
    QuizService.open(db).close()
    out = tmp_path / "pack.yaml"
    pack_id = yaml.safe_load(SHIPPED[0].read_text(encoding="utf-8"))["id"]
    assert run_quiz("export", pack_id, "-o", out, "--db", db).returncode == 0
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["id"] == pack_id


def test_exporting_an_unknown_pack_is_a_clear_error(tmp_path):
    done = run_quiz("export", "no-such-pack", "--db", tmp_path / "quiz.db")
    assert done.returncode == 1 and 'no pack "no-such-pack"' in done.stderr


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_the_json_schema_accepts_every_shipped_pack(path):
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), SCHEMA)


def test_the_json_schema_rejects_an_unknown_key():
    pack = yaml.safe_load(SHIPPED[0].read_text(encoding="utf-8"))
    pack["questions"][0]["explanaton"] = "typo"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(pack, SCHEMA)


def docs_example() -> str:
    text = (ROOT / "docs" / "pack-format.md").read_text(encoding="utf-8")
    return text.split("## A complete example", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]


def test_the_documented_example_loads_and_uses_every_type():
    pack = parse_pack(docs_example(), ROOT / "docs" / "example.yaml")
    assert {q.type for q in pack.questions} == {"choice", "multi", "truefalse", "number", "text", "evidence"}
    jsonschema.validate(yaml.safe_load(docs_example()), SCHEMA)


# ---------------------------------------------------------------- Moodle: GIFT and XML through the command line

def stored_pack_id(db):
    service = QuizService.open(db)
    pack_id = service.packs()[0].id
    service.close()
    return pack_id


@pytest.mark.parametrize(("fmt", "suffix"), [("gift", "gift"), ("moodle-xml", "xml"), ("qti", "zip")])
def test_an_export_imports_again_with_its_article_and_its_questions(tmp_path, fmt, suffix):
    from test_interop import as_exported, fields

    db = tmp_path / "quiz.db"
    pack_id = stored_pack_id(db)
    exported = tmp_path / f"pack.{suffix}"
    done = run_quiz("export", pack_id, "--format", fmt, "-o", exported, "--db", db)
    assert done.returncode == 0, done.stderr
    assert done.stderr == (f"wrote {exported}: 25 questions, 3 of them evidence questions now multiple choice "
                           "over the article's sentences\n")
    other = tmp_path / "other.db"
    done = run_quiz("import", exported, "--db", other)  # no --article: it travelled in the file
    assert (done.returncode, done.stdout) == (0, "imported pack (25 questions)\n"), done.stderr
    service = QuizService.open(other)
    original = service.pack(pack_id)
    again = service.pack("pack")  # the id comes from the file's name
    assert (again.article.title, again.article.text) == (original.article.title, original.article.text)
    assert fields(again.questions) == fields(as_exported(original, []))
    service.close()


def test_a_qti_package_is_written_to_a_file_only(tmp_path):
    done = run_quiz("export", stored_pack_id(tmp_path / "quiz.db"), "--format", "qti", "--db", tmp_path / "quiz.db")
    assert done.returncode == 2 and done.stdout == "" and "-o FILE.zip" in done.stderr


def test_importing_gift_needs_the_article(tmp_path):
    gift = tmp_path / "x.gift"
    gift.write_text("Q? {T}\n", encoding="utf-8")
    done = run_quiz("import", gift, "--db", tmp_path / "quiz.db")
    assert done.returncode == 2 and "--article" in done.stderr


def test_moodles_own_gift_examples_import_with_one_line_per_skipped_question(tmp_path):
    # The examples file is named .txt in the repository; a teacher's would be .gift.
    gift = tmp_path / "moodle-examples.gift"
    gift.write_bytes((ROOT / "tests" / "data" / "moodle-gift-examples.txt").read_bytes())
    done = run_quiz("import", gift, "--article", ROOT / "seeds" / "000_94daa0f9409ebe00.txt", "--db", tmp_path / "quiz.db")
    assert done.returncode == 0, done.stderr
    skipped = [line for line in done.stderr.splitlines() if "Skipped question" in line]
    assert len(skipped) == 3 and all("matching" in line for line in skipped)
    assert "imported moodle-examples (40 questions)" in done.stdout


def test_moodle_xml_export_is_well_formed_with_feedback_and_passage(tmp_path):
    import xml.etree.ElementTree as ET

    db = tmp_path / "quiz.db"
    pack_id = stored_pack_id(db)
    done = run_quiz("export", pack_id, "--format", "moodle-xml", "--db", db)
    assert done.returncode == 0, done.stderr
    root = ET.fromstring(done.stdout.encode("utf-8"))
    article, *questions = root.iter("question")
    assert (article.get("type"), article.findtext("name/text")) == ("description", "Article")
    types = {q.get("type") for q in questions}
    assert types <= {"multichoice", "truefalse", "numerical", "shortanswer"} and "multichoice" in types
    feedback = questions[0].find("generalfeedback/text").text
    assert "In the article: “" in feedback


def test_an_export_whose_reader_has_gone_ends_quietly(tmp_path):
    db = tmp_path / "quiz.db"
    pack_id = stored_pack_id(db)
    process = subprocess.Popen([sys.executable, "-m", "quiz", "export", pack_id, "--db", str(db)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    process.stdout.close()  # the reader is gone before the first line, as `| head` may be
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=30) == 1 and stderr == "", stderr


def test_a_command_ends_with_its_output_written_and_the_database_closed(tmp_path):
    """The command ends its process without Python's teardown (quiz/shutdown.py)."""
    db, out = tmp_path / "quiz.db", tmp_path / "pack.yaml"
    done = run_quiz("generate", ROOT / "seeds" / "000_94daa0f9409ebe00.txt", "-o", out, "--db", db)
    assert (done.returncode, done.stdout) == (0, "") and done.stderr.startswith(f"wrote {out}: ")
    assert parse_pack(out.read_text(encoding="utf-8"), out).questions
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.yaml", "quiz.db"]  # no -wal or -shm left
    report = run_quiz("report", "--db", db)
    assert report.returncode == 0 and report.stdout.startswith("Class report: all packs\n")


# ---------------------------------------------------------------- quiz packs, and a pack file in place of an id


def test_quiz_packs_lists_each_pack_in_aligned_columns(tmp_path):
    db = tmp_path / "quiz.db"
    service = QuizService.open(db)
    packs = service.packs()
    service.close()
    done = run_quiz("packs", "--db", db)
    assert done.returncode == 0, done.stderr
    header, *rows = done.stdout.splitlines()
    assert header.split() == ["id", "title", "article", "questions", "skills"]
    assert len(rows) == len(packs) and len(packs) >= 2
    title_at, article_at = header.index("title"), header.index("article")
    for row, pack in zip(rows, packs, strict=True):
        assert row.startswith(pack.id + " ") and row[title_at:].startswith(pack.title)
        assert row[article_at:].startswith(pack.article_title)
        assert row.endswith(", ".join(pack.skills))
    # The question counts are right-aligned under their header.
    end = header.index("questions") + len("questions")
    assert [row[:end].split()[-1] for row in rows] == [str(p.question_count) for p in packs]


def test_quiz_packs_as_json(tmp_path):
    db = tmp_path / "quiz.db"
    service = QuizService.open(db)
    first = service.packs()[0]
    service.close()
    done = run_quiz("packs", "--format", "json", "--db", db)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0] == {
        "id": first.id, "title": first.title, "article_title": first.article_title,
        "questions": first.question_count, "skills": list(first.skills),
    }


def test_export_takes_a_pack_file_and_opens_no_database(tmp_path):
    db = tmp_path / "never.db"
    done = run_quiz("export", SHIPPED[0], "--format", "gift", "--db", db)
    assert done.returncode == 0, done.stderr
    pack = parse_pack(SHIPPED[0].read_text(encoding="utf-8"), SHIPPED[0])
    assert done.stdout.startswith(f"$CATEGORY: {pack.id}\n")
    assert not db.exists()


def test_export_of_a_pack_file_with_a_problem_says_where_and_writes_nothing(tmp_path):
    out = tmp_path / "out.yaml"
    path = bad_pack(tmp_path)
    done = run_quiz("export", path, "-o", out, "--db", tmp_path / "quiz.db")
    assert done.returncode == 1
    assert f'{path}:' in done.stderr and '"chioce" is not a question type' in done.stderr
    assert not out.exists()


def test_report_takes_a_pack_file_for_its_pack(tmp_path):
    db = tmp_path / "quiz.db"
    service = QuizService.open(db)
    pack = service.pack(yaml.safe_load(SHIPPED[0].read_text(encoding="utf-8"))["id"])
    attempt = service.start_attempt("Ada", pack.id)
    service.submit_answer(attempt, attempt.questions[0], "anything")
    other = next(p.id for p in service.packs() if p.id != pack.id)
    service.submit_answer(service.start_attempt("Ben", other), service.pack(other).questions[0], "anything")
    service.close()
    by_file = run_quiz("report", "--pack", SHIPPED[0], "--format", "json", "--db", db)
    by_id = run_quiz("report", "--pack", pack.id, "--format", "json", "--db", db)
    assert by_file.returncode == 0, by_file.stderr
    assert by_file.stdout == by_id.stdout
    assert [s["student"] for s in json.loads(by_file.stdout)["students"]] == ["Ada"]


def test_report_on_a_pack_file_whose_pack_is_not_stored_says_so(tmp_path):
    db, path = tmp_path / "quiz.db", tmp_path / "example.yaml"
    QuizService.open(db).close()
    path.write_text(docs_example().replace("../seeds/", f"{ROOT}/seeds/"), encoding="utf-8")
    done = run_quiz("report", "--pack", path, "--db", db)
    pack_id = yaml.safe_load(docs_example())["id"]
    assert done.returncode == 1
    assert f'{path} holds pack "{pack_id}", which is not in this database' in done.stderr


# ---------------------------------------------------------------- importing a pack that is already stored


def answered_and_unfinished(db: Path, pack_id: str) -> tuple[int, int]:
    """Ada answers the first two questions of her attempt and stops; (answers, attempt id)."""
    service = QuizService.open(db)
    attempt = service.start_attempt("Ada", pack_id, seed=1)
    for question in attempt.questions[:2]:
        service.submit_answer(attempt, question, "anything")
    service.close()
    return 2, attempt.id


def new_version(tmp_path: Path, source: Path) -> tuple[Path, dict]:
    """The pack of `source` with its first question left out and its title changed."""
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["article"]["file"] = str((source.parent / data["article"]["file"]).resolve())
    data["title"] = "A new version"
    dropped = data["questions"].pop(0)
    path = tmp_path / "new-version.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path, dropped


def test_importing_a_pack_already_stored_is_refused_naming_the_pack_and_file(tmp_path):
    db = tmp_path / "quiz.db"
    pack_id = yaml.safe_load(SHIPPED[0].read_text(encoding="utf-8"))["id"]
    answered_and_unfinished(db, pack_id)
    path, _ = new_version(tmp_path, SHIPPED[0])
    service = QuizService.open(db)
    title = service.pack(pack_id).title
    service.close()
    before = file_state(db)
    done = run_quiz("import", path, "--db", db)
    assert done.returncode == 1
    assert f'{path}: pack "{pack_id}" is already in this database as "{title}", with 2 answers given to it' in done.stderr
    assert "--replace" in done.stderr and "keeps every answer" in done.stderr
    assert file_state(db) == before


def test_import_with_replace_replaces_the_pack_and_keeps_the_answers(tmp_path):
    db = tmp_path / "quiz.db"
    pack_id = yaml.safe_load(SHIPPED[0].read_text(encoding="utf-8"))["id"]
    answers, attempt_id = answered_and_unfinished(db, pack_id)
    path, dropped = new_version(tmp_path, SHIPPED[0])
    done = run_quiz("import", path, "--replace", "--db", db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"replaced {pack_id} (")
    assert "the 2 answers given are kept" in done.stdout
    service = QuizService.open(db)
    try:
        pack = service.pack(pack_id)
        assert pack.title == "A new version" and dropped["id"] not in [q.id for q in pack.questions]
        assert len(service.results()) == answers
        # Ada's attempt goes on where she stopped, with the questions it was drawn with.
        attempt = service.resume_or_start("Ada", pack_id)
        assert attempt.id == attempt_id and attempt.next_index == 2
        assert dropped["id"] in [q.id for q in attempt.questions]
    finally:
        service.close()


def test_two_files_with_packs_of_the_same_id_import_nothing(tmp_path):
    db = tmp_path / "quiz.db"
    QuizService.open(db).close()
    before = file_state(db)
    first, _ = new_version(tmp_path, SHIPPED[0])
    second = tmp_path / "again.yaml"
    second.write_text(first.read_text(encoding="utf-8"), encoding="utf-8")
    done = run_quiz("import", first, second, "--db", db)
    pack_id = yaml.safe_load(first.read_text(encoding="utf-8"))["id"]
    assert done.returncode == 1
    assert f'{second}: id: "{pack_id}" is also the id of the pack in {first}' in done.stderr
    assert file_state(db) == before


# ---------------------------------------------------------------- Moodle files: messages cite the file and its line

GIFT_WITH_FAULTS = """// A quiz about the request.

::Troops::How many troops were requested? {=20,000 ~10,000
####In the article: “20,000 National Guard troops”}

// skill: sourcing
::Who::Who asked? {
=DHS#Right.
~The mayor#It was not the mayor.
~The governor}

::Match::Match them. {=a -> b =c -> d}
"""


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def import_messages(path: Path, text: str) -> list[str]:
    """What quiz import says of the Moodle file `path` holding `text`, on the seed article."""
    path.write_text(text, encoding="utf-8")
    done = run_quiz("import", path, "--article", ROOT / "seeds" / "000_94daa0f9409ebe00.txt", "--db", path.with_suffix(".db"))
    assert done.returncode == 0, done.stderr
    assert ".yaml" not in done.stderr and "questions[" not in done.stderr
    return done.stderr.splitlines()


def test_warnings_of_a_gift_import_cite_the_gift_file_and_its_lines(tmp_path):
    gift = tmp_path / "faults.gift"
    lines = import_messages(gift, GIFT_WITH_FAULTS)
    troops, who, match = (line_of(GIFT_WITH_FAULTS, start) for start in ("::Troops::", "::Who::", "::Match::"))
    assert (troops, who, match) == (3, 7, 12)
    assert f'{gift}:{troops}: question "troops": warning: no explanation: say why the answer is right, in plain words' in lines
    assert f'{gift}:{who}: question "who", feedback: warning: no feedback for "The governor"' in lines
    assert f'{gift}:{match}: Skipped question 3 "Match": a matching question (->); the app has no matching type.' in lines


MOODLE_XML_WITH_FAULTS = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="essay">
    <name><text>Essay</text></name>
    <questiontext format="html"><text>Write.</text></questiontext>
  </question>
  <question type="truefalse">
    <name><text>Requested</text></name>
    <questiontext format="html"><text>DHS asked for troops.</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
"""


def test_warnings_of_a_moodle_xml_import_cite_the_xml_file_and_its_lines(tmp_path):
    xml = tmp_path / "faults.xml"
    lines = import_messages(xml, MOODLE_XML_WITH_FAULTS)
    essay, requested = (line_of(MOODLE_XML_WITH_FAULTS, f'  <question type="{t}">') for t in ("essay", "truefalse"))
    assert f'{xml}:{essay}: Skipped question 1 "Essay": an essay question; the app has no such type.' in lines
    assert f'{xml}:{requested}: question "requested": warning: no evidence: the feedback cannot show the passage; add the sentence that answers it' in lines
