"""The review queue: questions a student missed come back, spaced over days, until learnt."""

import shutil
import sqlite3
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from support import ROOT, Clock, right_answer, wrong_answer
from quiz.core.domain import SkillProgress
from quiz.core.errors import QuizError
from quiz.core.leitner import LEARNT
from quiz.core.migrations import rebuild_review_schedule
from quiz.core.service import QuizService


@pytest.fixture
def clock(service):
    return Clock(service)


def miss(service, student: str, pack_id: str, count: int, mode: str = "practice"):
    """The student takes the pack, missing its first `count` questions and answering the
    rest right; returns the attempt."""
    attempt = service.start_attempt(student, pack_id, mode, seed=1)
    for n, question in enumerate(attempt.questions):
        service.submit_answer(attempt, question, wrong_answer(question) if n < count else right_answer(question))
    service.finish_attempt(attempt)
    return attempt


def review_all(service, student: str, right: bool = True) -> int:
    """The student reviews every question due, right or wrong; returns how many."""
    review = service.start_review(student)
    for question in review.questions:
        service.submit_answer(review, question, right_answer(question) if right else wrong_answer(question))
    return len(review.questions)


def places(service) -> list[tuple]:
    return service.store.db.execute("select * from review_schedule order by student_id, question_id").fetchall()


@pytest.fixture
def packs(service):
    return [summary.id for summary in service.packs()]


def test_missed_questions_are_due_the_next_day(service, clock, packs):
    miss(service, "Ada", packs[0], 3)
    assert service.review_due("Ada") == 0
    clock.set_day(1)
    assert service.review_due("Ada") == 3
    assert service.review_due("Ben") == 0  # a name never used has nothing due


def test_a_review_serves_the_due_questions_and_each_answer_moves_them_on(service, clock, packs):
    attempt = miss(service, "Ada", packs[0], 3)
    clock.set_day(1)
    review = service.start_review(" Ada ")
    assert review.student == "Ada" and review.mode == "review"
    assert {q.id for q in review.questions} == {q.id for q in attempt.questions[:3]}
    first, second, third = review.questions
    service.submit_answer(review, first, right_answer(first))
    assert service.review_due("Ada") == 2  # answered today: not due again today
    service.submit_answer(review, second, wrong_answer(second))
    assert service.review_due("Ada") == 1
    assert [(r.question.id, r.correct) for r in service.review_of(review)] == [
        (first.id, True), (second.id, False), (third.id, False),
    ]
    summary = service.finish_attempt(review)
    assert (summary.answered, summary.total, summary.score, summary.mode) == (2, 3, 1.0, "review")
    clock.set_day(2)
    assert service.review_due("Ada") == 2  # the one missed again (tomorrow) and the one never answered
    clock.set_day(4)
    assert service.review_due("Ada") == 3  # and the one answered right, three days on


def test_nothing_due_is_said_plainly(service, clock, packs):
    miss(service, "Ada", packs[0], 1)
    with pytest.raises(QuizError, match="nothing is due for review today"):
        service.start_review("Ada")
    with pytest.raises(QuizError, match="nothing is due for review today"):
        service.start_review("Nobody")


def test_the_due_questions_are_mixed_across_packs(service, clock, packs):
    miss(service, "Ada", packs[0], 3)
    miss(service, "Ada", packs[1], 3)
    clock.set_day(1)
    review = service.start_review("Ada")
    assert len(set(review.packs)) == 2
    assert all(a != b for a, b in zip(review.packs, review.packs[1:]))  # never two of one pack running
    assert set(review.titles) == set(packs)


def test_right_at_the_longest_interval_a_question_is_learnt_and_leaves_the_queue(service, clock, packs):
    attempt = miss(service, "Ada", packs[0], 1)
    skill = attempt.questions[0].skill
    day = 0
    for interval in (1, 3, 7, 14, 30):
        day += interval
        clock.set_day(day - 1)
        assert service.review_due("Ada") == 0
        clock.set_day(day)
        assert review_all(service, "Ada") == 1
    assert service.review_due("Ada") == 0
    assert places(service)[0][2] == LEARNT
    assert service.review_progress("Ada").skills == (SkillProgress(skill, 1, 0, 0),)
    clock.set_day(day + 400)
    assert service.review_due("Ada") == 0  # learnt: it never comes back unless missed again


def test_a_wrong_review_brings_it_back_to_the_start(service, clock, packs):
    miss(service, "Ada", packs[0], 1)
    clock.set_day(1)
    review_all(service, "Ada")
    clock.set_day(4)
    review_all(service, "Ada", right=False)
    clock.set_day(5)
    assert service.review_due("Ada") == 1  # the next day, as a new miss


def test_progress_counts_learnt_in_review_and_due_per_skill_and_the_days_in_a_row(service, clock, packs):
    attempt = miss(service, "Ada", packs[0], 4)
    clock.set_day(1)
    review = service.start_review("Ada")
    service.submit_answer(review, review.questions[0], right_answer(review.questions[0]))
    progress = service.review_progress("Ada")
    skills = [q.skill for q in attempt.questions[:4]]
    assert sum(s.in_review for s in progress.skills) == 4 and sum(s.due for s in progress.skills) == 3
    assert {s.skill for s in progress.skills} == set(skills)
    assert progress.due == 3 and progress.streak == 1
    clock.set_day(2)
    assert service.review_progress("Ada").streak == 1  # no review yet today: yesterday's run still counts
    review_all(service, "Ada")
    assert service.review_progress("Ada").streak == 2
    clock.set_day(5)
    assert service.review_progress("Ada").streak == 0


def test_a_question_edited_out_of_its_pack_leaves_the_queue_quietly(service, clock, packs):
    attempt = miss(service, "Ada", packs[0], 2)
    dropped = attempt.questions[0]
    pack = service.pack(packs[0])
    service.import_packs([replace(pack, questions=tuple(q for q in pack.questions if q.id != dropped.id))], replace=True)
    clock.set_day(1)
    assert service.review_due("Ada") == 1
    assert [q.id for q in service.start_review("Ada").questions] == [attempt.questions[1].id]
    assert sum(s.in_review for s in service.review_progress("Ada").skills) == 1
    service.import_packs([pack], replace=True)  # put back, it is due again
    assert service.review_due("Ada") == 2


def test_a_question_whose_pack_is_gone_leaves_the_queue_quietly(db_path, clock, service, packs):
    miss(service, "Ada", packs[0], 2)
    miss(service, "Ada", packs[1], 1)
    service.close()
    # No page deletes a pack yet; a pack taken out of the file, as such a page would, with its questions.
    connection = sqlite3.connect(db_path)
    with connection:
        connection.execute("delete from questions where pack_id = ?", [packs[0]])
        connection.execute("delete from packs where id = ?", [packs[0]])
    connection.close()
    again = QuizService.open(db_path)
    Clock(again).set_day(1)
    assert again.review_due("Ada") == 1
    review = again.start_review("Ada")
    assert review.packs == (packs[1],)
    assert sum(s.in_review for s in again.review_progress("Ada").skills) == 1
    again.close()


def test_a_changed_test_answer_moves_the_question_with_it(service, clock, packs):
    attempt = service.start_attempt("Ada", packs[0], "test", seed=1)
    question = attempt.questions[0]
    service.submit_answer(attempt, question, wrong_answer(question))
    clock.set_day(1)
    assert service.review_due("Ada") == 1
    service.submit_answer(attempt, question, right_answer(question))  # changed before the test is finished
    assert service.review_due("Ada") == 0


def test_the_clock_moving_backwards_loses_nothing_and_serves_nothing_twice_a_day(service, clock, packs):
    miss(service, "Ada", packs[0], 2)
    clock.set_day(1)
    review = service.start_review("Ada")
    service.submit_answer(review, review.questions[0], right_answer(review.questions[0]))
    # A flat battery: the clock is back at a day long before any of these answers.
    clock.moment = datetime(2001, 1, 1, 12, 0, tzinfo=timezone.utc)
    assert service.review_due("Ada") == 1  # the one not yet answered is still due
    again = service.start_review("Ada")
    assert [q.id for q in again.questions] == [review.questions[1].id]
    service.submit_answer(again, again.questions[0], right_answer(again.questions[0]))
    assert service.review_due("Ada") == 0  # not due twice in a day
    assert sum(s.in_review for s in service.review_progress("Ada").skills) == 2  # neither lost
    clock.set_day(4)  # the clock is right again: both come back three days after their review
    assert service.review_due("Ada") == 2


def test_a_miss_while_the_clock_is_behind_puts_a_learnt_question_back(service, clock, packs):
    miss(service, "Ada", packs[0], 1)
    day = 0
    for interval in (1, 3, 7, 14, 30):
        day += interval
        clock.set_day(day)
        review_all(service, "Ada")
    assert places(service)[0][2] == LEARNT
    clock.moment = datetime(2001, 1, 1, 12, 0, tzinfo=timezone.utc)
    miss(service, "Ada", packs[0], 1)
    assert places(service)[0][2] == 1
    clock.set_day(day + 1)
    assert service.review_due("Ada") == 1


def test_the_schedule_is_the_same_when_rebuilt_from_the_answers_alone(service, clock, packs):
    miss(service, "Ada", packs[0], 5)
    miss(service, "Ben", packs[1], 4, mode="test")
    for day, right in ((1, True), (2, False), (3, True), (4, True), (8, False), (9, True)):
        clock.set_day(day)
        for student in ("Ada", "Ben"):
            if service.review_due(student):
                review = service.start_review(student)
                for n, question in enumerate(review.questions):
                    answer = right_answer(question) if right or n % 2 else wrong_answer(question)
                    service.submit_answer(review, question, answer)
    kept = places(service)
    assert len(kept) == 9
    with service.store.db.atomic():
        rebuild_review_schedule(service.store.db)
    assert places(service) == kept


def test_the_class_sees_per_skill_how_many_missed_questions_were_learnt_in_review(service, clock, packs):
    attempt = miss(service, "Ada", packs[0], 2)
    miss(service, "Ben", packs[0], 1)
    day = 0
    for interval in (1, 3, 7, 14, 30):
        day += interval
        clock.set_day(day)
        review = service.start_review("Ada")
        for question in review.questions:
            if question.id == attempt.questions[0].id:
                service.submit_answer(review, question, right_answer(question))
    learnt_skill = attempt.questions[0].skill
    reviewed = {s.skill: (s.missed, s.learnt) for s in service.class_review()}
    assert sum(missed for missed, _ in reviewed.values()) == 3
    assert sum(learnt for _, learnt in reviewed.values()) == 1 and reviewed[learnt_skill][1] == 1
    assert service.class_review(packs[1]) == []


def test_an_upgraded_database_puts_the_old_misses_in_the_queue(tmp_path):
    db = tmp_path / "quiz.db"
    shutil.copy(ROOT / "tests" / "data" / "quiz-schema-m006.db", db)
    service = QuizService.open(db, seed_content=False)
    Clock(service, datetime(2030, 1, 1, 12, tzinfo=timezone.utc))
    missed = {}
    for row in service.results():
        if not row["correct"]:
            missed[row["student"]] = missed.get(row["student"], 0) + 1
    assert missed and all(service.review_due(student) == count for student, count in missed.items())
    service.close()
