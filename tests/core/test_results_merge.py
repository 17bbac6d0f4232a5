"""Many machines, one class: `quiz results --export` on each, `--import` on the teacher's."""

import hashlib
import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from support import Clock, right_answer, run_quiz, wrong_answer
from quiz.core.errors import QuizError
from quiz.core.migrations import migrations
from quiz.core.service import QuizService
from quiz.core.store import Store


def file_state(db: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(db.parent.glob(db.name + "*"))]


def take_quizzes(db: Path, students: list[str], on_monday: bool = False) -> None:
    """Each student answers the first three questions of the first pack, right, wrong, right;
    the first student finishes, the second stops there. Today, or on the tests' Monday, with
    the questions in one order on every machine."""
    service = QuizService.open(db)
    if on_monday:
        Clock(service)
    pack_id = service.packs()[0].id
    for n, student in enumerate(students):
        attempt = service.start_attempt(student, pack_id, seed=1 if on_monday else None)
        for k, question in enumerate(attempt.questions[:3]):
            response = wrong_answer(question) if k == 1 else right_answer(question)
            service.submit_answer(attempt, question, response, seconds=2.5)
        if n == 0:
            service.finish_attempt(attempt)
    service.close()


def exported(tmp_path: Path, name: str, students: list[str]) -> Path:
    db, out = tmp_path / f"{name}.db", tmp_path / f"{name}.json"
    take_quizzes(db, students)
    done = run_quiz("results", "--export", out, "--db", db)
    assert done.returncode == 0, done.stderr
    return out


def answers(db: Path) -> list[tuple]:
    service = QuizService.open(db)
    rows = sorted((r["student"], r["pack"], r["question"], r["correct"], r["score"], r["time"]) for r in service.results())
    service.close()
    return rows


@pytest.fixture
def two_machines(tmp_path):
    """Two classroom machines; Ada used both."""
    return exported(tmp_path, "one", ["Ada", "Ben"]), exported(tmp_path, "two", ["Cai", "Ada"])


def test_the_export_holds_every_attempt_with_its_answers(two_machines):
    data = json.loads(two_machines[0].read_text(encoding="utf-8"))
    assert data["format"] == "evidence-quiz-results" and data["version"] == 2
    ada, ben = data["attempts"]
    assert (ada["student"], ben["student"]) == ("Ada", "Ben")
    assert ada["finished_at"] and ben["finished_at"] is None
    assert len({ada["uid"], ben["uid"]}) == 2
    assert [a["question"] for a in ada["answers"]] == ada["questions"][:3]
    assert [(a["correct"], a["score"], a["seconds"]) for a in ada["answers"]] == [(True, 1.0, 2.5), (False, 0.0, 2.5), (True, 1.0, 2.5)]


def test_importing_two_machines_adds_each_attempt_once(tmp_path, two_machines):
    teacher = tmp_path / "teacher.db"
    done = run_quiz("results", "--import", *two_machines, "--db", teacher)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "results: 4 attempts added, 0 already present\n"
    assert answers(teacher) == sorted(answers(tmp_path / "one.db") + answers(tmp_path / "two.db"))
    service = QuizService.open(teacher)
    # Students are matched by name: Ada is one student with an attempt from each machine.
    assert service.students() == ["Ada", "Ben", "Cai"]
    report = service.class_report()
    assert {s.student: [(a.answered, a.finished) for a in s.attempts] for s in report.students} == {
        "Ada": [(3, True), (3, False)], "Ben": [(3, False)], "Cai": [(3, True)],
    }
    service.close()


def test_an_imported_attempt_resumes_and_keeps_its_questions(tmp_path, two_machines):
    service = QuizService.open(tmp_path / "teacher.db")
    service.import_results([two_machines[0]])
    source = QuizService.open(tmp_path / "one.db")
    pack_id = service.packs()[0].id
    here, there = service.resume_or_start("Ben", pack_id), source.resume_or_start("Ben", pack_id)
    assert [q.id for q in here.questions] == [q.id for q in there.questions]
    assert here.next_index == there.next_index == 3
    source.close()
    service.close()


def test_importing_again_adds_nothing(tmp_path, two_machines):
    teacher = tmp_path / "teacher.db"
    assert run_quiz("results", "--import", *two_machines, "--db", teacher).returncode == 0
    before = answers(teacher)
    done = run_quiz("results", "--import", *two_machines, "--db", teacher)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "results: 0 attempts added, 4 already present\n"
    assert answers(teacher) == before


def test_the_same_attempt_in_two_files_is_added_once(tmp_path, two_machines):
    # The teacher's merged export holds machine one's attempts again.
    service = QuizService.open(tmp_path / "teacher.db")
    service.import_results([two_machines[0]])
    service.export_results(tmp_path / "merged.json")
    service.close()
    fresh = QuizService.open(tmp_path / "fresh.db")
    merged = fresh.import_results([two_machines[0], tmp_path / "merged.json"])
    assert (merged.added, merged.present) == (2, 2)
    fresh.close()


def test_a_machines_own_export_is_already_present(tmp_path, two_machines):
    service = QuizService.open(tmp_path / "one.db")
    merged = service.import_results([two_machines[0]])
    assert (merged.added, merged.present) == (0, 2)
    service.close()


def with_pack_renamed(source: Path, target: Path, attempt: int, pack: str) -> Path:
    data = json.loads(source.read_text(encoding="utf-8"))
    data["attempts"][attempt]["pack"] = pack
    target.write_text(json.dumps(data), encoding="utf-8")
    return target


def test_an_attempt_at_an_unknown_pack_fails_and_imports_nothing(tmp_path, two_machines):
    teacher = tmp_path / "teacher.db"
    QuizService.open(teacher).close()
    before = file_state(teacher)
    bad = with_pack_renamed(two_machines[1], tmp_path / "bad.json", 1, "a-pack-not-here")
    uid = json.loads(bad.read_text(encoding="utf-8"))["attempts"][1]["uid"]
    done = run_quiz("results", "--import", two_machines[0], bad, "--db", teacher)
    assert done.returncode == 1
    assert f'{bad}: attempt {uid} (Ada, ' in done.stderr
    assert 'no pack "a-pack-not-here" in this database; import the pack first' in done.stderr
    assert done.stdout == ""
    assert file_state(teacher) == before


def test_a_student_name_with_control_characters_fails_and_imports_nothing(tmp_path, two_machines):
    teacher = tmp_path / "teacher.db"
    QuizService.open(teacher).close()
    before = file_state(teacher)
    data = json.loads(two_machines[0].read_text(encoding="utf-8"))
    data["attempts"][1]["student"] = "Ben\x1b[2J"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    done = run_quiz("results", "--import", bad, "--db", teacher)
    assert done.returncode == 1
    assert f'{bad}: attempt 2 ({data["attempts"][1]["uid"]}): "student" must be a name, without control characters' in done.stderr
    assert file_state(teacher) == before


def test_an_answer_to_an_unknown_question_fails_and_imports_nothing(tmp_path, two_machines):
    teacher = tmp_path / "teacher.db"
    QuizService.open(teacher).close()
    data = json.loads(two_machines[0].read_text(encoding="utf-8"))
    data["attempts"][0]["answers"][0]["question"] = "a-question-not-here"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    service = QuizService.open(teacher)
    with pytest.raises(QuizError, match=f'{bad}: attempt {data["attempts"][0]["uid"]} .*has no question a-question-not-here'):
        service.import_results([two_machines[1], bad])
    assert service.results() == []
    service.close()


def test_a_file_that_is_not_a_results_file_is_named(tmp_path):
    service = QuizService.open(tmp_path / "teacher.db")
    pack_file = tmp_path / "pack.json"
    pack_file.write_text('{"id": "p"}', encoding="utf-8")
    with pytest.raises(QuizError, match=f"{pack_file}: not an Evidence Quiz results file"):
        service.import_results([pack_file])
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "evidence-quiz-results", "version": 1, "attempts": [{"uid": "x"}]}', encoding="utf-8")
    with pytest.raises(QuizError, match=f'{broken}: attempt 1 \\(x\\): "student" must be a non-empty string'):
        service.import_results([broken])
    service.close()


# ------------------------------------------------------------ the attempt uid


def test_a_results_file_over_the_limit_is_refused_unread(tmp_path, monkeypatch):
    import quiz.core.service as service_module

    monkeypatch.setattr(service_module, "MAX_RESULTS_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_text('{"format": "evidence-quiz-results", "attempts": []}' + " " * 1000, encoding="utf-8")
    with pytest.raises(QuizError, match=f"{big}: the results file is 1,051 bytes; the limit is 1,000"):
        QuizService.in_memory().import_results([big])


def test_a_results_file_that_is_not_utf8_is_named_with_its_line(tmp_path):
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"format": "evidence-quiz-results",\n "student": "Jos\xe9"}')
    with pytest.raises(QuizError, match=f"{latin}:2: the results file is not UTF-8 text"):
        QuizService.in_memory().import_results([latin])


def test_every_new_attempt_gets_its_own_uid(service):
    pack_id = service.packs()[0].id
    service.start_attempt("Ada", pack_id)
    service.start_attempt("Ben", pack_id)
    uids = service.store.attempt_uids()
    assert len(uids) == 2 and all(len(uid) == 36 for uid in uids)


def test_upgrading_gives_each_existing_attempt_a_uid(tmp_path):
    # A database as the previous version left it: migrated up to m003, with two attempts.
    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m004_add_attempt_uid")
    old["students"].insert({"id": 1, "name": "Ada", "created_at": "2025-01-01"})
    old["attempts"].insert_all(
        {"student_id": 1, "pack_id": None, "mode": "practice", "seed": 0, "question_order": "[]", "started_at": day}
        for day in ("2025-01-01", "2025-01-02")
    )
    old.close()
    store = Store.open(path)
    uids = [r["uid"] for r in store.db.query("select uid from attempts order by id")]
    assert len(set(uids)) == 2 and all(len(uid) == 36 for uid in uids)
    assert any(index.unique and index.columns == ["uid"] for index in store.db["attempts"].indexes)
    store.close()


# ------------------------------------------------------------ review answers


def review_on(db: Path, students: list[str], day: int) -> None:
    """Each student reviews what is due `day` days after MONDAY: right, then wrong, in turn."""
    service = QuizService.open(db)
    Clock(service).set_day(day)
    for student in students:
        review = service.start_review(student)
        for n, question in enumerate(review.questions):
            service.submit_answer(review, question, right_answer(question) if n % 2 == 0 else wrong_answer(question))
    service.close()


def schedule(db: Path) -> list[tuple]:
    """Each (student, pack, question) in the queue with its box, due day and latest answer."""
    service = QuizService.open(db)
    rows = service.store.db.execute(
        "select students.name, questions.pack_id, questions.qid, s.box, s.due_day, s.last_at from review_schedule s "
        "join students on students.id = s.student_id join questions on questions.id = s.question_id order by 1, 2, 3"
    ).fetchall()
    service.close()
    return rows


@pytest.fixture
def reviewed_machines(tmp_path):
    """Two machines whose students missed questions on Monday and reviewed them on Tuesday;
    Ada on both."""
    files = []
    for name, students in (("one", ["Ada", "Ben"]), ("two", ["Cai", "Ada"])):
        db, out = tmp_path / f"{name}.db", tmp_path / f"{name}.json"
        take_quizzes(db, students, on_monday=True)
        review_on(db, students, 1)
        QuizService.open(db).export_results(out)
        files.append(out)
    return files


def test_the_export_holds_every_review_answer(reviewed_machines):
    data = json.loads(reviewed_machines[0].read_text(encoding="utf-8"))
    reviews = data["reviews"]
    assert {r["student"] for r in reviews} == {"Ada", "Ben"}
    assert [r["correct"] for r in reviews if r["student"] == "Ada"] == [True]  # the one question each missed
    assert set(reviews[0]) == {"uid", "session", "student", "pack", "question", "response", "correct", "score",
                               "answered_at", "seconds"}


def test_merged_review_answers_give_the_schedule_each_machine_had(tmp_path, reviewed_machines):
    teacher = tmp_path / "teacher.db"
    done = run_quiz("results", "--import", *reviewed_machines, "--db", teacher)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "results: 4 attempts added, 0 already present\nreview answers: 4 added, 0 already present\n"
    # Ada missed a question on two machines, and reviewed it on both: it moved up once.
    merged = schedule(teacher)
    one, two = schedule(tmp_path / "one.db"), schedule(tmp_path / "two.db")
    assert {row[:3] for row in merged} == {row[:3] for row in one + two}
    assert [row[3] for row in merged if row[0] == "Ada"] == [2]  # moved up once, not twice
    assert [row for row in merged if row[0] in ("Ben", "Cai")] == [row for row in one + two if row[0] in ("Ben", "Cai")]


def test_merging_in_any_order_or_twice_gives_one_schedule(tmp_path, reviewed_machines):
    forth, back = tmp_path / "forth.db", tmp_path / "back.db"
    QuizService.open(forth).import_results(reviewed_machines)
    service = QuizService.open(back)
    service.import_results(list(reversed(reviewed_machines)))
    again = service.import_results(reviewed_machines)
    assert (again.added, again.reviews_added, again.reviews_present) == (0, 0, 4)
    service.close()
    assert schedule(forth) == schedule(back)


def test_a_machines_own_review_answers_are_already_present(tmp_path, reviewed_machines):
    before = schedule(tmp_path / "one.db")
    service = QuizService.open(tmp_path / "one.db")
    merged = service.import_results([reviewed_machines[0]])
    service.close()
    assert (merged.reviews_added, merged.reviews_present) == (0, 2)
    assert schedule(tmp_path / "one.db") == before


def test_review_answers_to_questions_not_here_are_skipped_and_counted(tmp_path, reviewed_machines):
    data = json.loads(reviewed_machines[0].read_text(encoding="utf-8"))
    data["reviews"][0]["question"] = "a-question-not-here"
    data["reviews"].append({**data["reviews"][1], "uid": "other", "pack": "a-pack-not-here"})
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps(data), encoding="utf-8")
    teacher = tmp_path / "teacher.db"
    done = run_quiz("results", "--import", odd, "--db", teacher)
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        "results: 2 attempts added, 0 already present\n"
        "review answers: 1 added, 0 already present, 2 skipped: their questions are not in this database "
        "(import their packs, then this file again)\n"
    )


def test_a_damaged_review_answer_is_named_and_nothing_is_imported(tmp_path, reviewed_machines):
    data = json.loads(reviewed_machines[0].read_text(encoding="utf-8"))
    data["reviews"][1]["answered_at"] = "last Tuesday"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    service = QuizService.open(tmp_path / "teacher.db")
    with pytest.raises(QuizError, match=f'{bad}: review answer 2 \\({data["reviews"][1]["uid"]}\\): the answer has an '
                                        '"answered_at" that is not a time'):
        service.import_results([bad])
    assert service.results() == []
    service.close()


def test_a_results_file_of_the_first_version_is_still_read(tmp_path, two_machines):
    data = json.loads(two_machines[0].read_text(encoding="utf-8"))
    del data["reviews"]
    data["version"] = 1
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    merged = QuizService.open(tmp_path / "teacher.db").import_results([old])
    assert (merged.added, merged.reviews_added) == (2, 0)
