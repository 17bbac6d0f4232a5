import sqlite3

import pytest

from support import right_answer, wrong_answer
from quiz.core.errors import PackError, QuizError
from quiz.core.service import QuizService, default_db_path
from quiz.resources import resource_dir


def test_a_new_database_holds_every_shipped_pack(service):
    shipped = sorted(resource_dir("questions").glob("*.yaml"))
    assert shipped and len(service.packs()) == len(shipped)
    assert all(p.question_count > 0 for p in service.packs())


def test_reopening_does_not_import_the_packs_twice(db_path):
    QuizService.open(db_path).close()
    again = QuizService.open(db_path)
    assert len(again.packs()) == len(list(resource_dir("questions").glob("*.yaml")))
    again.close()


def test_an_answer_is_committed_when_submitted(service, db_path):
    pack = service.packs()[0]
    attempt = service.start_attempt("Ada", pack.id)
    question = attempt.questions[0]
    service.submit_answer(attempt, question, right_answer(question))
    # A second connection sees the answer at once: nothing waits for the quiz to end.
    other = sqlite3.connect(db_path)
    assert other.execute("select correct from answers").fetchall() == [(1,)]
    other.close()


def test_results_have_one_row_per_answer_with_its_fields(service):
    pack = service.packs()[0]
    attempt = service.start_attempt("Ada", pack.id)
    for question in attempt.questions[:2]:
        service.submit_answer(attempt, question, right_answer(question), seconds=1.5)
    rows = service.results()
    assert len(rows) == 2
    assert set(rows[0]) == {"student", "pack", "attempt", "mode", "question", "skill", "response", "correct", "score", "time"}
    assert (rows[0]["attempt"], rows[0]["mode"]) == (1, "practice")
    assert rows[0]["student"] == "Ada" and rows[0]["correct"] is True and rows[0]["score"] == 1.0


def test_finish_attempt_sums_the_scores(service):
    pack = service.packs()[0]
    attempt = service.start_attempt("Ada", pack.id)
    first, second = attempt.questions[:2]
    service.submit_answer(attempt, first, right_answer(first))
    service.submit_answer(attempt, second, wrong_answer(second))
    summary = service.finish_attempt(attempt)
    assert (summary.answered, summary.score, summary.total) == (2, 1.0, len(attempt.questions))


def test_a_blank_name_cannot_start_a_quiz(service):
    with pytest.raises(QuizError):
        service.start_attempt("   ", service.packs()[0].id)


def test_import_of_several_files_is_all_or_nothing(tmp_path, db_path):
    service = QuizService.open(db_path, seed_content=False)
    good = next(resource_dir("questions").glob("*.yaml"))
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nid: bad\n", encoding="utf-8")
    with pytest.raises(PackError):
        service.import_pack_files([good, bad])
    assert service.packs() == []
    service.close()


def test_reimporting_a_pack_keeps_earlier_answers_linked(service):
    summary = service.packs()[0]
    pack = service.pack(summary.id)
    attempt = service.start_attempt("Ada", pack.id)
    answered = attempt.questions[0]
    service.submit_answer(attempt, answered, right_answer(answered))
    service.import_pack(pack)
    again = next(q for q in service.pack(pack.id).questions if q.id == answered.id)
    assert again.key == answered.key
    assert service.results()[0]["question"] == answered.id


def test_quiz_db_environment_variable_chooses_the_file(monkeypatch, tmp_path):
    monkeypatch.setenv("QUIZ_DB", str(tmp_path / "x.db"))
    assert default_db_path() == tmp_path / "x.db"


def test_default_database_lives_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_db_path() == tmp_path / "evidence-quiz" / "quiz.db"


def test_a_file_that_is_not_a_database_is_reported_with_its_path(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(QuizError, match="notes.db"):
        QuizService.open(path)
