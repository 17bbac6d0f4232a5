"""Attempts: seeded order, resuming after a crash, history and best scores."""

import json
import sqlite3

from quiz.core.domain import Pack
from quiz.core.ordering import question_order
from quiz.core.service import QuizService
from support import right_answer, wrong_answer


def first_pack_id(service):
    return service.packs()[0].id


def test_the_same_seed_gives_the_same_order_of_questions_and_choices(service):
    pack_id = first_pack_id(service)
    a = service.start_attempt("Ada", pack_id, seed=7)
    b = service.start_attempt("Bo", pack_id, seed=7)
    assert [(q.id, q.choices) for q in a.questions] == [(q.id, q.choices) for q in b.questions]


def test_different_seeds_shuffle_questions_and_choices(service):
    pack_id = first_pack_id(service)
    orders = {tuple(q.id for q in service.start_attempt("Ada", pack_id, seed=s).questions) for s in range(5)}
    assert len(orders) > 1


def test_a_pack_can_turn_shuffling_off(service):
    pack = service.pack(first_pack_id(service))
    fixed = Pack(pack.id, pack.title, pack.article, pack.questions, shuffle=False)
    service.import_pack(fixed)
    attempt = service.start_attempt("Ada", pack.id, seed=7)
    assert [q.id for q in attempt.questions] == [q.id for q in pack.questions]
    assert [q.choices for q in attempt.questions] == [q.choices for q in pack.questions]


def test_an_unfinished_attempt_resumes_at_the_next_question_in_the_same_order(db_path):
    service = QuizService.open(db_path)
    attempt = service.resume_or_start("Ada", first_pack_id(service))
    for question in attempt.questions[:2]:
        service.submit_answer(attempt, question, right_answer(question))
    service.close()  # the app is closed (or killed) here

    again = QuizService.open(db_path)
    resumed = again.resume_or_start("Ada", first_pack_id(again))
    assert resumed.id == attempt.id
    assert [(q.id, q.choices) for q in resumed.questions] == [(q.id, q.choices) for q in attempt.questions]
    assert resumed.next_index == 2
    assert [r.question.id for r in again.answers_of(resumed)] == [q.id for q in attempt.questions[:2]]
    again.close()


def test_a_finished_attempt_is_not_resumed(service):
    pack_id = first_pack_id(service)
    attempt = service.start_attempt("Ada", pack_id)
    service.finish_attempt(attempt)
    assert service.resume_or_start("Ada", pack_id).id != attempt.id


def test_history_and_best_score(service):
    pack_id = first_pack_id(service)
    for good in (1, 3):
        attempt = service.start_attempt("Ada", pack_id, seed=good)
        for index, question in enumerate(attempt.questions):
            service.submit_answer(attempt, question, right_answer(question) if index < good else wrong_answer(question))
        service.finish_attempt(attempt)
    history = service.history("Ada", pack_id)
    assert [h.score for h in history] == [3, 1]
    total = history[0].total
    assert service.best_scores("Ada") == {pack_id: round(100 * 3 / total)}
    assert service.best_scores("Nobody") == {}


def test_retrying_the_missed_ones_asks_only_those(service):
    pack_id = first_pack_id(service)
    attempt = service.start_attempt("Ada", pack_id)
    missed = [q.id for q in attempt.questions[:3]]
    retry = service.start_attempt("Ada", pack_id, only=missed)
    assert sorted(q.id for q in retry.questions) == sorted(missed)


def test_the_order_is_stored_with_the_attempt(service, db_path):
    attempt = service.start_attempt("Ada", first_pack_id(service), seed=11)
    stored = sqlite3.connect(db_path).execute("select seed, question_order from attempts").fetchone()
    assert stored[0] == 11
    assert json.loads(stored[1]) == [q.key for q in attempt.questions]


def test_question_order_without_shuffle_is_the_pack_order(service):
    pack = service.pack(first_pack_id(service))
    assert question_order(list(pack.questions), 3, shuffle=False) == list(pack.questions)


def test_a_test_answer_can_be_changed_until_the_test_is_finished(service):
    import pytest

    attempt = service.start_attempt("Ada", first_pack_id(service), mode="test")
    question = attempt.questions[0]
    service.submit_answer(attempt, question, wrong_answer(question))
    service.submit_answer(attempt, question, right_answer(question))
    rows = service.results()
    assert [(r["question"], r["correct"]) for r in rows] == [(question.id, True)]
    service.finish_attempt(attempt)
    with pytest.raises(sqlite3.IntegrityError):
        service.submit_answer(attempt, question, wrong_answer(question))
    assert [r["correct"] for r in service.results()] == [True]


def test_a_practice_answer_cannot_be_given_twice(service):
    import pytest

    attempt = service.start_attempt("Ada", first_pack_id(service), mode="practice")
    question = attempt.questions[0]
    service.submit_answer(attempt, question, wrong_answer(question))
    with pytest.raises(sqlite3.IntegrityError):
        service.submit_answer(attempt, question, right_answer(question))


def test_a_test_resumes_after_the_question_answered_last_and_comes_back_to_one_skipped(db_path):
    service = QuizService.open(db_path)
    attempt = service.start_attempt("Ada", first_pack_id(service), mode="test")
    first, _skipped, third = attempt.questions[:3]
    for question in (first, third):
        service.submit_answer(attempt, question, right_answer(question))
    resumed = service.resume_or_start("Ada", first_pack_id(service))
    assert resumed.next_index == 3
    for question in resumed.questions[3:]:
        service.submit_answer(resumed, question, right_answer(question))
    assert service.resume_or_start("Ada", first_pack_id(service)).next_index == 1  # the one skipped
    service.close()


def test_where_each_unfinished_quiz_stopped_is_known_by_pack(service):
    packs = [p.id for p in service.packs()]
    attempt = service.start_attempt("Ada", packs[0], mode="test")
    for question in attempt.questions[:3]:
        service.submit_answer(attempt, question, right_answer(question))
    finished = service.start_attempt("Ada", packs[1])
    service.finish_attempt(finished)
    total = len(attempt.questions)
    assert service.in_progress("Ada") == {packs[0]: (4, total, "test")}
    assert service.in_progress(" Ada ") == service.in_progress("Ada")
    assert service.in_progress("Bo") == {}


def test_the_review_counts_a_question_left_unanswered_as_wrong(service):
    attempt = service.start_attempt("Ada", first_pack_id(service), mode="test")
    answered = attempt.questions[1]
    service.submit_answer(attempt, answered, right_answer(answered))
    summary = service.finish_attempt(attempt)
    review = service.review_of(attempt)
    assert [r.question.id for r in review] == [q.id for q in attempt.questions]
    assert [(r.response is None, r.correct, r.score) for r in review[:2]] == [(True, False, 0.0), (False, True, 1.0)]
    assert (summary.score, summary.total) == (1.0, len(attempt.questions))
