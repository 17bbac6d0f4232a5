"""Class statistics: facility and discrimination as Moodle computes them, per skill, per student."""

import csv
import io
import json
import math
from dataclasses import replace

import pytest

from support import right_answer, run_quiz, wrong_answer
from quiz.core.errors import NotFound
from quiz.core.report import AttemptScores, ScoredItem, class_report
from quiz.core.service import QuizService

# A class of six, four questions, every answer fully right (1) or wrong (0):
#
#          q1  q2  q3  q4   total
#   Ada     1   1   1   1     4
#   Ben     1   1   1   0     3
#   Cai     1   1   0   0     2
#   Dee     1   0   1   0     2
#   Eli     1   0   0   0     1
#   Fay     0   0   0   1     1
#
# q1 and q2 are "numbers" questions, q3 and q4 "sourcing" ones.
STUDENTS = ("Ada", "Ben", "Cai", "Dee", "Eli", "Fay")
MATRIX = {
    "Ada": (1, 1, 1, 1),
    "Ben": (1, 1, 1, 0),
    "Cai": (1, 1, 0, 0),
    "Dee": (1, 0, 1, 0),
    "Eli": (1, 0, 0, 0),
    "Fay": (0, 0, 0, 1),
}
SKILL_OF = {"q1": "numbers", "q2": "numbers", "q3": "sourcing", "q4": "sourcing"}

# Facility: the mean score in percent.
#   q1: 5 of 6 right -> 100 * 5/6 = 83.33...     q2: 3/6 -> 50
#   q3: 3/6 -> 50                                q4: 2/6 -> 33.33...
FACILITY = {"q1": 100 * 5 / 6, "q2": 50.0, "q3": 50.0, "q4": 100 * 2 / 6}

# Discrimination (Moodle): D = 100 * cov(x, y) / sqrt(var(x) var(y)), x the score on the
# question, y the score on the rest of the test (total - x). The n - 1 divisors cancel, so
# with dx = x - mean(x), dy = y - mean(y): D = 100 * S(dx dy) / sqrt(S(dx^2) S(dy^2)).
#
# q1: x = 1 1 1 1 1 0, mean 5/6;  y = 3 2 1 1 0 1, mean 8/6 = 4/3
#     dx = 1/6 (five times), -5/6;  dy = 5/3 2/3 -1/3 -1/3 -4/3 -1/3
#     S(dx dy) = 1/6 (5/3 + 2/3 - 1/3 - 1/3 - 4/3) + (-5/6)(-1/3) = 1/18 + 5/18 = 1/3
#     S(dx^2) = 5/36 + 25/36 = 5/6;  S(dy^2) = (25 + 4 + 1 + 1 + 16 + 1)/9 = 16/3
#     D = 100 (1/3) / sqrt(5/6 * 16/3) = 100 (1/3) / (sqrt(40)/3) = 100 / sqrt(40) = 15.81
# q2: x = 1 1 1 0 0 0, mean 1/2;  y = 3 2 1 2 1 1, mean 5/3
#     dx = +-1/2;  dy = 4/3 1/3 -2/3 1/3 -2/3 -2/3
#     S(dx dy) = 1/2 (4/3 + 1/3 - 2/3) - 1/2 (1/3 - 2/3 - 2/3) = 1/2 + 1/2 = 1
#     S(dx^2) = 6/4 = 3/2;  S(dy^2) = (16 + 1 + 4 + 1 + 4 + 4)/9 = 10/3
#     D = 100 / sqrt(3/2 * 10/3) = 100 / sqrt(5) = 44.72
# q3: x = 1 1 0 1 0 0, mean 1/2;  y = 3 2 2 1 1 1, mean 5/3
#     dy = 4/3 1/3 1/3 -2/3 -2/3 -2/3
#     S(dx dy) = 1/2 (4/3 + 1/3 - 2/3) - 1/2 (1/3 - 2/3 - 2/3) = 1;  S(dx^2) = 3/2
#     S(dy^2) = (16 + 1 + 1 + 4 + 4 + 4)/9 = 10/3  ->  D = 100 / sqrt(5) = 44.72
# q4: x = 1 0 0 0 0 1, mean 1/3;  y = 3 3 2 2 1 0, mean 11/6
#     dx = 2/3 -1/3 -1/3 -1/3 -1/3 2/3;  dy = 7/6 7/6 1/6 1/6 -5/6 -11/6
#     S(dx dy) = 2/3 (7/6 - 11/6) - 1/3 (7/6 + 1/6 + 1/6 - 5/6) = -8/18 - 4/18 = -2/3
#     S(dx^2) = 2 (4/9) + 4 (1/9) = 4/3;  S(dy^2) = (49 + 49 + 1 + 1 + 25 + 121)/36 = 41/6
#     D = 100 (-2/3) / sqrt(4/3 * 41/6) = 100 (-2/3) / (sqrt(82)/3) = -200 / sqrt(82) = -22.09
#     (a question the weakest student got right and the strongest ones missed)
DISCRIMINATION = {"q1": 100 / math.sqrt(40), "q2": 100 / math.sqrt(5), "q3": 100 / math.sqrt(5), "q4": -200 / math.sqrt(82)}

# Per skill, the mean over every answer: numbers 12 answers, 5 + 3 = 8 right -> 66.67;
# sourcing 12 answers, 3 + 2 = 5 right -> 41.67.
SKILL_AVERAGE = {"numbers": 100 * 8 / 12, "sourcing": 100 * 5 / 12}


def item(question, score, skill=None, position=None):
    position = int(question[1:]) - 1 if position is None else position
    return ScoredItem(question, skill or SKILL_OF[question], "choice", score, position)


def the_class():
    return [
        AttemptScores(
            student, "p", f"2025-01-0{n}T09:00:00+00:00", True, 4,
            tuple(item(f"q{i}", float(score)) for i, score in enumerate(MATRIX[student], 1)),
        )
        for n, student in enumerate(STUDENTS, 1)
    ]


def test_facility_is_the_mean_score_in_percent():
    stats = {q.question: q for q in class_report(the_class()).questions}
    assert {q: stats[q].facility for q in stats} == pytest.approx(FACILITY)
    assert all(stats[q].answers == 6 for q in stats)


def test_discrimination_is_moodles_correlation_with_the_rest_of_the_test():
    stats = {q.question: q for q in class_report(the_class()).questions}
    assert {q: stats[q].discrimination for q in stats} == pytest.approx(DISCRIMINATION)
    assert round(stats["q1"].discrimination, 2) == 15.81 and round(stats["q4"].discrimination, 2) == -22.09


def test_questions_come_by_pack_then_place_in_the_pack():
    attempts = the_class()
    shuffled = [AttemptScores(a.student, a.pack, a.started_at, a.finished, a.questions, a.items[::-1]) for a in attempts]
    assert [q.question for q in class_report(shuffled).questions] == ["q1", "q2", "q3", "q4"]


def test_discrimination_is_undefined_when_everyone_scored_the_same_on_the_question():
    # q1 right for all six: var(x) = 0, so Moodle leaves the index empty (null).
    attempts = [
        AttemptScores(a.student, a.pack, a.started_at, True, 4, (item("q1", 1.0),) + a.items[1:]) for a in the_class()
    ]
    q1 = class_report(attempts).questions[0]
    assert (q1.facility, q1.discrimination) == (100.0, None)


def test_discrimination_is_undefined_for_a_single_answer():
    attempts = [AttemptScores("Ada", "p", "2025-01-01", False, 4, (item("q1", 1.0), item("q2", 0.0)))]
    assert [q.discrimination for q in class_report(attempts).questions] == [None, None]


def test_a_constant_partial_score_has_exactly_zero_variance():
    # 0.1 is not exact in binary: six of them summed in floats and divided by 6 give a mean of
    # 0.09999999999999999, so var(x) comes out near 1e-33, not 0, and a float formula returns
    # an index (0.0 here) where there is none. In exact fractions the variance is 0.
    attempts = [
        AttemptScores(name, "p", "2025-01-01", True, 2, (item("q1", 0.1), item("q2", float(n % 2))))
        for n, name in enumerate(STUDENTS)
    ]
    assert class_report(attempts).questions[0].discrimination is None


def test_facility_counts_only_the_attempts_that_answered_the_question():
    # Gus stopped after q1 (half marks on it): q1 has 7 answers, q2 still 6.
    # q1: (5 + 0.5) / 7 = 78.57%;  q2: 3/6 = 50%.
    attempts = the_class() + [AttemptScores("Gus", "p", "2025-01-07", False, 4, (item("q1", 0.5),))]
    stats = {q.question: q for q in class_report(attempts).questions}
    assert (stats["q1"].answers, stats["q1"].facility) == (7, pytest.approx(100 * 5.5 / 7))
    assert (stats["q2"].answers, stats["q2"].facility) == (6, 50.0)


def test_a_question_id_is_counted_per_pack():
    other = [AttemptScores("Ada", "other", "2025-01-08", True, 1, (item("q1", 0.0),))]
    rows = [(q.pack, q.question, q.answers) for q in class_report(the_class() + other).questions]
    assert ("other", "q1", 1) in rows and ("p", "q1", 6) in rows


def test_skill_averages_are_the_mean_over_every_answer_of_the_skill():
    skills = class_report(the_class()).skills
    assert [s.skill for s in skills] == ["numbers", "sourcing"]  # the order of domain.SKILLS
    assert {s.skill: s.average for s in skills} == pytest.approx(SKILL_AVERAGE)
    assert [s.answers for s in skills] == [12, 12]


def test_each_student_has_their_attempts_oldest_first_with_the_percent():
    # Ben answered 3 of 4 right (75%), then retried and answered 1 of 2 questions, out of 4
    # asked, rightly (25%).
    attempts = the_class() + [AttemptScores("Ben", "p", "2025-02-01", False, 4, (item("q1", 1.0), item("q4", 0.0)))]
    students = {s.student: s for s in class_report(attempts).students}
    assert list(students) == list(STUDENTS)
    ben = students["Ben"].attempts
    assert [(a.started_at[:10], a.answered, a.questions, a.percent, a.finished) for a in ben] == [
        ("2025-01-02", 4, 4, 75.0, True), ("2025-02-01", 2, 4, 25.0, False),
    ]


def test_practice_answers_are_reported_apart_from_test_answers():
    # The class takes the test; three of them practised first and got everything right.
    tests = [replace(a, mode="test") for a in the_class()]
    practice = [
        AttemptScores(name, "p", "2024-12-01", True, 4, tuple(item(f"q{i}", 1.0) for i in range(1, 5)), "practice")
        for name in STUDENTS[:3]
    ]
    report = class_report(practice + tests)
    assert report.modes() == ["test", "practice"]
    test = report.of_mode("test")
    assert {q.question: q.facility for q in test.questions} == pytest.approx(FACILITY)
    assert {q.question: q.discrimination for q in test.questions} == pytest.approx(DISCRIMINATION)
    assert {s.skill: s.average for s in test.skills} == pytest.approx(SKILL_AVERAGE)
    practised = report.of_mode("practice")
    assert [(q.question, q.answers, q.facility, q.discrimination) for q in practised.questions] == [
        (f"q{i}", 3, 100.0, None) for i in range(1, 5)
    ]
    assert [s.student for s in practised.students] == list(STUDENTS[:3])
    assert all(a.mode == "practice" for s in practised.students for a in s.attempts)


def test_why_a_question_has_no_discrimination_index():
    from quiz.core.report import MIN_ANSWERS_FOR_DISCRIMINATION, SAME_SCORES, TOO_FEW_ANSWERS, why_no_discrimination

    assert MIN_ANSWERS_FOR_DISCRIMINATION == 2
    one = class_report([AttemptScores("Ada", "p", "2025-01-01", True, 2, (item("q1", 1.0), item("q2", 0.0)))])
    assert [why_no_discrimination(q) for q in one.questions] == [TOO_FEW_ANSWERS, TOO_FEW_ANSWERS]
    same = [AttemptScores(a.student, a.pack, a.started_at, True, 4, (item("q1", 1.0),) + a.items[1:]) for a in the_class()]
    assert [why_no_discrimination(q) for q in class_report(same).questions] == [SAME_SCORES, None, None, None]


def test_an_attempt_with_no_answer_is_listed_for_its_student_only():
    report = class_report([AttemptScores("Ada", "p", "2025-01-01", False, 4)])
    assert report.questions == () and report.skills == ()
    assert report.students[0].attempts[0].percent == 0.0


# ------------------------------------------------------------ through the database and the CLI


def take_the_class(db, mode="practice") -> tuple[str, list]:
    """The class above, answering four questions of a shipped pack through the service."""
    service = QuizService.open(db)
    pack = service.pack(service.packs()[0].id)
    chosen = list(pack.questions[:4])
    for student in STUDENTS:
        attempt = service.start_attempt(student, pack.id, mode, only=[q.id for q in chosen])
        by_id = {q.id: q for q in attempt.questions}
        for question, score in zip(chosen, MATRIX[student]):
            asked = by_id[question.id]
            service.submit_answer(attempt, asked, right_answer(asked) if score else wrong_answer(asked))
        service.finish_attempt(attempt)
    service.close()
    return pack.id, chosen


def test_the_service_report_reads_the_answers_of_the_database(db_path):
    pack_id, chosen = take_the_class(db_path)
    service = QuizService.open(db_path)
    try:
        report = service.class_report(pack_id)
        assert [q.question for q in report.questions] == [q.id for q in chosen]
        assert [q.facility for q in report.questions] == pytest.approx([FACILITY[f"q{i}"] for i in range(1, 5)])
        assert [q.discrimination for q in report.questions] == pytest.approx([DISCRIMINATION[f"q{i}"] for i in range(1, 5)])
        assert [a.percent for s in report.students for a in s.attempts] == [100.0, 75.0, 50.0, 50.0, 25.0, 25.0]
        other = next(p.id for p in service.packs() if p.id != pack_id)
        assert service.class_report(other).questions == ()
        with pytest.raises(NotFound):
            service.class_report("no-such-pack")
    finally:
        service.close()


def test_the_stored_report_lists_questions_in_pack_order_each_with_its_test_answers_first(db_path):
    # Practised first, then tested: the report still gives each question its test row first.
    take_the_class(db_path, mode="practice")
    take_the_class(db_path, mode="test")
    service = QuizService.open(db_path)
    try:
        pack = service.pack(service.packs()[0].id)
        expected = [(q.id, mode) for q in pack.questions[:4] for mode in ("test", "practice")]
        assert [(q.question, q.mode) for q in service.class_report(pack.id).questions] == expected
        assert [(q.question, q.mode) for q in service.class_report().questions if q.pack == pack.id] == expected
    finally:
        service.close()


def test_quiz_report_csv_has_a_row_per_question_then_a_row_per_skill(db_path):
    pack_id, chosen = take_the_class(db_path)
    done = run_quiz("report", "--format", "csv", "--db", db_path)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert list(rows[0]) == [
        "kind", "pack", "question", "skill", "type", "answers", "facility", "discrimination", "average", "mode",
    ]
    assert {r["mode"] for r in rows} == {"practice"}
    questions = [r for r in rows if r["kind"] == "question"]
    assert [(r["pack"], r["question"], r["skill"], r["type"], r["answers"]) for r in questions] == [
        (pack_id, q.id, q.skill, q.type, "6") for q in chosen
    ]
    assert [(r["facility"], r["discrimination"]) for r in questions] == [
        ("83.3", "15.8"), ("50.0", "44.7"), ("50.0", "44.7"), ("33.3", "-22.1"),
    ]
    # Each skill row averages every answer to the chosen questions of that skill.
    skills = [r for r in rows if r["kind"] == "skill"]
    assert rows[len(questions):] == skills
    expected = {}
    for column, question in enumerate(chosen):
        expected.setdefault(question.skill, []).extend(MATRIX[s][column] for s in STUDENTS)
    assert {r["skill"]: (r["answers"], r["average"]) for r in skills} == {
        skill: (str(len(scores)), f"{100 * sum(scores) / len(scores):.1f}") for skill, scores in expected.items()
    }
    assert all(r["pack"] == r["question"] == r["facility"] == "" for r in skills)


def test_quiz_report_json_with_pack_filter(db_path):
    pack_id, chosen = take_the_class(db_path)
    done = run_quiz("report", "--pack", pack_id, "--format", "json", "--db", db_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [(q["question"], q["facility"], q["discrimination"]) for q in data["questions"]] == [
        (chosen[0].id, 83.3, 15.8), (chosen[1].id, 50.0, 44.7), (chosen[2].id, 50.0, 44.7), (chosen[3].id, 33.3, -22.1),
    ]
    assert sum(s["answers"] for s in data["skills"]) == 24
    assert {q["mode"] for q in data["questions"]} == {s["mode"] for s in data["skills"]} == {"practice"}
    assert [s["student"] for s in data["students"]] == list(STUDENTS)
    assert data["students"][1]["attempts"][0]["percent"] == 75.0


def test_quiz_report_prints_a_summary_to_read_by_default(db_path):
    pack_id, chosen = take_the_class(db_path, mode="test")
    service = QuizService.open(db_path)
    title = service.pack(pack_id).title
    late = service.start_attempt("Gus", pack_id, "practice", only=[chosen[0].id])
    service.submit_answer(late, late.questions[0], right_answer(late.questions[0]))  # and stops there
    service.close()
    done = run_quiz("report", "--pack", pack_id, "--db", db_path)
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert text.startswith(f"Class report: “{title}” ({pack_id})\n7 students, 7 attempts (1 in progress)\n")
    test, practice = text.split("Test answers: ", 1)[1].split("Practice answers: ", 1)
    assert test.startswith("6 students, 6 attempts\n") and practice.startswith("1 student, 1 attempt (1 in progress)\n")
    header, *rows = test.split("\n\n", 1)[1].split("\n\nAverage per skill")[0].splitlines()
    assert header.split() == ["question", "skill", "type", "answers", "facility", "%", "discrimination"]
    expected = [("83.3", "15.8"), ("50.0", "44.7"), ("50.0", "44.7"), ("33.3", "-22.1")]
    for row, question, (facility, index) in zip(rows, chosen, expected, strict=True):
        assert row.split()[:4] == [question.id, question.skill, question.type, "6"]
        assert row.split()[-2:] == [facility, index]
    # Gus's one practice answer is no sample for a discrimination index, and it says so.
    assert f"{chosen[0].id}" in practice and "- (needs 2 answers)" in practice
    assert "Average per skill" in practice and "answers are counted apart" in text


def test_quiz_report_of_an_unknown_pack_is_a_clear_error(db_path):
    QuizService.open(db_path).close()
    done = run_quiz("report", "--pack", "no-such-pack", "--db", db_path)
    assert done.returncode == 1
    assert 'no pack "no-such-pack" in this database' in done.stderr


# ------------------------------------------------------------ the sums kept as answers arrive


def stored_moments(db):
    return {(r["question_id"], r["mode"]): r for r in db.query("select * from question_moments")}


def stored_attempt_sums(db):
    return {r["id"]: (r["answered"], r["score"]) for r in db.query("select id, answered, score from attempts")}


def test_the_sums_kept_answer_by_answer_equal_a_fresh_count_in_any_order(tmp_path):
    # Answers with partial scores arrive interleaved across attempts, the way a class's do;
    # the sums the trigger kept must match those summed afresh from every answer.
    import random

    from quiz.core.migrations import rebuild_report_sums
    service = QuizService.open(tmp_path / "moments.db")
    store, db = service.store, service.store.db
    pack = service.packs()[0].id
    keys = [key for (pack_id, _), key in store.question_keys().items() if pack_id == pack][:8]
    attempts = [service.start_attempt(f"Student {n}", pack, "test" if n % 3 else "practice").id for n in range(12)]
    rng = random.Random(7)
    pending = [(a, q) for a in attempts for q in rng.sample(keys, rng.randint(1, len(keys)))]
    rng.shuffle(pending)
    for a, q in pending:
        store.record_answer(a, q, "x", False, rng.choice([0.0, 0.25, 0.5, 1.0, 1 / 3]), None)
    kept, kept_attempts = stored_moments(db), stored_attempt_sums(db)
    with db.atomic():
        rebuild_report_sums(db)
    fresh = stored_moments(db)
    assert kept.keys() == fresh.keys() and len(kept) == 2 * len(keys) == 16  # each question, in each mode
    for key in fresh:
        assert kept[key] == pytest.approx(fresh[key]), key
    fresh_attempts = stored_attempt_sums(db)
    assert kept_attempts.keys() == fresh_attempts.keys() and len(kept_attempts) == 12
    assert all(kept_attempts[a] == pytest.approx(fresh_attempts[a]) for a in fresh_attempts)
    assert sum(n for n, _ in fresh_attempts.values()) == len(pending)
    service.close()


def test_upgrading_sums_the_answers_already_given(tmp_path):
    from sqlite_utils import Database

    from quiz.core.migrations import migrations
    from quiz.core.store import Store

    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m005_keep_report_sums")
    old["students"].insert({"id": 1, "name": "Ada", "created_at": "2025-01-01"})
    old["packs"].insert({"id": "p", "title": "P"})
    old["questions"].insert_all(
        {"id": q, "pack_id": "p", "qid": f"q{q}", "position": q, "type": "choice", "skill": "numbers", "prompt": "?"}
        for q in (1, 2)
    )
    old["attempts"].insert_all({"id": a, "student_id": 1, "pack_id": "p", "uid": f"u{a}"} for a in (1, 2))
    # Attempt 1: q1 right, q2 wrong; attempt 2: both right.
    old["answers"].insert_all(
        {"attempt_id": a, "question_id": q, "score": s} for a, q, s in ((1, 1, 1.0), (1, 2, 0.0), (2, 1, 1.0), (2, 2, 1.0))
    )
    old.close()
    store = Store.open(path)
    moments = stored_moments(store.db)
    # q1: x = 1, 1 and y = 0, 1; q2: x = 0, 1 and y = 1, 1.
    # Attempts from before modes were kept count as practice, the app's first mode.
    assert {k: (m["n"], m["sx"], m["sxx"], m["sy"], m["syy"], m["sxy"]) for k, m in moments.items()} == {
        (1, "practice"): (2, 2.0, 2.0, 1.0, 1.0, 1.0), (2, "practice"): (2, 1.0, 1.0, 2.0, 2.0, 1.0),
    }
    assert stored_attempt_sums(store.db) == {1: (2, 1.0), 2: (2, 2.0)}
    store.close()


def test_upgrading_splits_the_sums_kept_before_by_mode(tmp_path):
    """tests/data/quiz-schema-m006.db was written by the app before modes were reported apart:
    pack "buses", three questions, Ada, Ben and Cai took the test and Dee practised."""
    import shutil

    from support import ROOT
    from quiz.core.migrations import rebuild_report_sums

    path = tmp_path / "quiz.db"
    shutil.copy(ROOT / "tests" / "data" / "quiz-schema-m006.db", path)
    service = QuizService.open(path, seed_content=False)
    upgraded = stored_moments(service.store.db)
    assert {mode for _, mode in upgraded} == {"test", "practice"}
    with service.store.db.atomic():
        rebuild_report_sums(service.store.db)
    assert upgraded == stored_moments(service.store.db)
    report = service.class_report("buses")
    assert [(q.question, q.answers) for q in report.of_mode("test").questions] == [("buses", 3), ("who", 3), ("rushed", 3)]
    assert [(q.question, q.answers) for q in report.of_mode("practice").questions] == [("buses", 1), ("who", 1), ("rushed", 1)]
    # Ada and Cai gave the 40 buses, Ben did not: 2 of 3.
    assert report.of_mode("test").questions[0].facility == pytest.approx(200 / 3)
    service.close()


def test_the_sums_stay_right_when_test_answers_are_changed(tmp_path):
    # A test answer may be changed until the test is finished: the old answer leaves the
    # sums as the new one enters them, so they still match those summed afresh.
    import random

    from quiz.core.migrations import rebuild_report_sums
    service = QuizService.open(tmp_path / "changed.db")
    db = service.store.db
    pack = service.packs()[0].id
    rng = random.Random(11)
    attempts = [service.start_attempt(f"Student {n}", pack, mode="test") for n in range(6)]
    for _ in range(60):
        attempt = rng.choice(attempts)
        question = rng.choice(attempt.questions[:6])
        service.store.record_answer(attempt.id, question.key, "x", False, rng.choice([0.0, 0.5, 1.0, 1 / 3]), None, replace=True)
    kept, kept_attempts = stored_moments(db), stored_attempt_sums(db)
    with db.atomic():
        rebuild_report_sums(db)
    fresh = stored_moments(db)
    assert kept.keys() == fresh.keys()
    for key in fresh:
        assert kept[key] == pytest.approx(fresh[key]), key
    fresh_attempts = stored_attempt_sums(db)
    assert kept_attempts.keys() == fresh_attempts.keys()
    assert all(kept_attempts[a] == pytest.approx(fresh_attempts[a]) for a in fresh_attempts)
    service.close()
