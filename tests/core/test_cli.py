"""The `quiz` command, run as a real process against real files."""

import csv
import io
import json
import os
import subprocess
from datetime import timedelta, timezone
import sys

import pytest
import yaml

from support import right_answer, ROOT, run_quiz, SEED_ARTICLE
from quiz.cli import main


def test_generate_prints_a_pack_that_import_accepts(tmp_path):
    done = run_quiz("generate", SEED_ARTICLE, "--db", tmp_path / "a.db")
    assert done.returncode == 0, done.stderr
    pack_file = tmp_path / "pack.yaml"
    pack_file.write_text(done.stdout, encoding="utf-8")
    imported = run_quiz("import", pack_file, "--db", tmp_path / "b.db")
    assert imported.returncode == 0, imported.stderr
    assert "imported" in imported.stdout


def test_generated_evidence_is_verbatim_from_the_article(tmp_path):
    done = run_quiz("generate", SEED_ARTICLE, "--db", tmp_path / "a.db")
    pack = yaml.safe_load(done.stdout)
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    assert pack["questions"] and all(q["evidence"] in text for q in pack["questions"])


def test_generate_to_a_file_refers_to_the_article_by_relative_path(tmp_path):
    out = tmp_path / "packs" / "seed.yaml"
    out.parent.mkdir()
    done = run_quiz("generate", SEED_ARTICLE, "-o", out, "--db", tmp_path / "a.db", "--seed", "2", "--max-questions", "4")
    assert done.returncode == 0, done.stderr
    pack = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert (out.parent / pack["article"]["file"]).resolve() == SEED_ARTICLE.resolve()
    assert len(pack["questions"]) == 4


def test_import_of_a_bad_pack_says_file_and_line_and_exits_1(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nid: x\ntitle: X\nquestions: []\n", encoding="utf-8")
    done = run_quiz("import", bad, "--db", tmp_path / "a.db")
    assert done.returncode == 1
    assert f"{bad}:1: missing required key \"article\"" in done.stderr


def test_generate_of_a_missing_article_is_a_clear_error(tmp_path):
    done = run_quiz("generate", tmp_path / "missing.txt", "--db", tmp_path / "a.db")
    assert done.returncode == 1
    assert "missing.txt: no such article file" in done.stderr


def answer_two_questions(db):
    from quiz.core.service import QuizService

    service = QuizService.open(db)
    attempt = service.start_attempt("Ada", service.packs()[0].id)
    for question in attempt.questions[:2]:
        service.submit_answer(attempt, question, right_answer(question))
    service.close()


def test_results_csv_has_one_row_per_answer(tmp_path, capsys):
    db = tmp_path / "a.db"
    answer_two_questions(db)
    assert main(["results", "--format", "csv", "--db", str(db)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 2 and rows[0]["student"] == "Ada" and rows[0]["correct"] == "true"


def answer_each_type(db, mode="practice"):
    """Ada answers one question of each type of the first shipped pack, in the pack's order;
    the evidence question with the sentences around its evidence. Returns the article, the
    questions by type and her responses by type."""
    from quiz.core.service import QuizService

    service = QuizService.open(db)
    pack = service.pack(service.packs()[0].id)
    article = service.article_for(pack)
    chosen = {}
    for question in pack.questions:
        chosen.setdefault(question.type, question)
    attempt = service.start_attempt("Ada", pack.id, mode, only=[q.id for q in chosen.values()])
    responses = {"text": "Some words, typed", "truefalse": False, "number": 20000.0}
    given = {}
    for question in attempt.questions:
        if question.type == "evidence":
            touched = article.sentences_over(question.evidence_start, question.evidence_end)
            response = [(s.start, s.end) for s in touched]
        elif question.type == "multi":
            response = list(question.choices[:2])
        else:
            response = responses.get(question.type, question.choices[0] if question.choices else "x")
        service.submit_answer(attempt, question, response)
        given[question.type] = response
    service.close()
    return article, chosen, given


def results_csv(db, env=None) -> list[dict[str, str]]:
    done = run_quiz("results", "--db", db, env=env)
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


def test_results_csv_writes_each_response_in_words(tmp_path):
    db = tmp_path / "a.db"
    article, chosen, given = answer_each_type(db)
    rows = {row["question"]: row for row in results_csv(db)}
    response = {q.type: rows[q.id]["response"] for q in chosen.values()}
    assert response["text"] == "Some words, typed"  # no JSON quotes
    assert response["truefalse"] == "false"
    assert response["number"] == "20000"
    assert response["choice"] == given["choice"]
    assert response["multi"] == "; ".join(given["multi"])
    # An evidence answer: the sentences picked, numbered as the student's list numbers them.
    evidence = chosen["evidence"]
    touched = article.sentences_over(evidence.evidence_start, evidence.evidence_end)
    numbers = [article.sentences.index(s) + 1 for s in touched]
    assert response["evidence"] == " | ".join(f"{n}. {s.text}" for n, s in zip(numbers, touched))
    assert {row["correct"] for row in rows.values()} <= {"true", "false"}
    assert rows[evidence.id]["correct"] == "true"


def test_results_csv_has_the_mode_and_the_attempt_number(tmp_path):
    db = tmp_path / "a.db"
    answer_each_type(db, "practice")
    answer_each_type(db, "test")
    rows = results_csv(db)
    assert list(rows[0])[:6] == ["student", "pack", "attempt", "mode", "question", "skill"]
    assert {(row["attempt"], row["mode"]) for row in rows} == {("1", "practice"), ("2", "test")}


def test_results_csv_gives_local_time_with_its_offset(tmp_path):
    from datetime import datetime

    db = tmp_path / "a.db"
    answer_two_questions(db)
    # POSIX time zone strings count west as positive: this is UTC+05:30.
    rows = results_csv(db, env={**os.environ, "TZ": "IST-5:30"})
    from quiz.core.service import QuizService

    service = QuizService.open(db)
    stored = [row["time"] for row in service.results()]
    service.close()
    assert [row["time"] for row in rows] == [
        datetime.fromisoformat(t).astimezone(timezone(timedelta(hours=5, minutes=30))).isoformat(timespec="seconds")
        for t in stored
    ]
    assert all(row["time"].endswith("+05:30") for row in rows) and all(t.endswith("+00:00") for t in stored)


def test_results_json_has_one_object_per_answer(tmp_path, capsys):
    db = tmp_path / "a.db"
    answer_two_questions(db)
    assert main(["results", "--format", "json", "--db", str(db)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["student"] for r in rows] == ["Ada", "Ada"]


def test_commands_other_than_the_gui_never_import_qt(tmp_path):
    code = (
        "import sys; from quiz.cli import main; "
        f"main(['generate', {str(SEED_ARTICLE)!r}, '--db', {str(tmp_path / 'a.db')!r}]); "
        f"main(['results', '--db', {str(tmp_path / 'a.db')!r}]); "
        "sys.stderr.write(str(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stderr.endswith("[]"), done.stderr


def test_python_dash_m_quiz_help_lists_the_commands():
    done = run_quiz("--help")
    assert done.returncode == 0
    for command in ("generate", "import", "results"):
        assert command in done.stdout


@pytest.mark.parametrize(
    ("argv", "command", "db"),
    [([], None, None), (["--db", "x.db"], None, "x.db"), (["--quit-after-first-question"], None, None),
     (["report"], "report", None), (["--db", "x.db", "report"], "report", "x.db"),
     (["report", "--db", "y.db"], "report", "y.db")],
)
def test_the_app_and_every_command_read_their_options(argv, command, db):
    from quiz.cli import parse_args

    args = parse_args(argv)
    assert (args.command, str(getattr(args, "db", None) or "") or None) == (command, db)


def test_an_unknown_option_is_an_error_that_names_it(capsys):
    from quiz.cli import parse_args

    with pytest.raises(SystemExit) as exited:
        parse_args(["--bogus"])
    assert exited.value.code == 2 and "unrecognized arguments: --bogus" in capsys.readouterr().err
