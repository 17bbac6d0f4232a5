"""A review in the real main window, with key events only: the questions a student missed
the day before, from two packs on two articles, each beside its own article."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from quiz.core.service import QuizService
from support import Clock, right_answer, sleep_app_pack, wrong_answer
from test_keyboard_quiz import answer_by_keyboard, press, shown_window


def miss_all(service, student, pack_id):
    attempt = service.start_attempt(student, pack_id, seed=1)
    for question in attempt.questions:
        service.submit_answer(attempt, question, wrong_answer(question))
    service.finish_attempt(attempt)
    return attempt


@pytest.fixture
def reviewing(qtbot, db_path):
    """Ada missed two questions of a shipped pack and both of the sleep app's on Monday; it is Tuesday."""
    service = QuizService.open(db_path)
    service.import_pack(sleep_app_pack())
    clock = Clock(service)
    shipped = service.packs()[0].id
    attempt = service.start_attempt("Ada", shipped, seed=1)
    for n, question in enumerate(attempt.questions[:3]):
        service.submit_answer(attempt, question, wrong_answer(question) if n < 2 else right_answer(question))
    miss_all(service, "Ada", "sleep-app")
    clock.set_day(1)
    yield shown_window(qtbot, service), clock
    service.close()


def test_the_start_page_says_what_is_due_as_the_name_is_typed(qtbot, reviewing):
    window, _ = reviewing
    start = window.start_view
    assert start.review_row.isHidden()
    press(qtbot, None, text="Ad")
    assert start.review_status.text() == "Review: no questions due today" and start.review_button.isHidden()
    press(qtbot, None, text="a")
    assert start.review_status.text() == "Review: 4 questions due today" and start.review_button.isVisible()
    press(qtbot, Qt.Key.Key_Backspace)
    assert start.review_button.isHidden()


def test_a_whole_review_by_keyboard_serves_each_question_beside_its_own_article(qtbot, reviewing, db_path):
    window, _ = reviewing
    press(qtbot, None, text="Ada")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.start_view.review_button
    press(qtbot, Qt.Key.Key_Return)
    view = window.quiz_view
    assert window.stack.currentWidget() is view
    review = view.attempt
    assert len(review.questions) == 4 and set(review.packs) == {window.service.packs()[0].id, "sleep-app"}
    for number, (question, pack_id) in enumerate(zip(review.questions, review.packs), 1):
        assert view.progress_label.text() == f"Question {number} of 4"
        assert view.pack_title.text() == f"{review.titles[pack_id]} · Review"
        assert view.article_view.body.toPlainText() == window.service.pack(pack_id).article.text
        assert view.isAncestorOf(QApplication.focusWidget())
        answer_by_keyboard(qtbot, question, view.article)
        press(qtbot, Qt.Key.Key_Return)
        assert view.feedback.verdict.text() == "✓ Correct", question.id  # the feedback of practice
        press(qtbot, Qt.Key.Key_Return)

    results = window.results_view
    assert window.stack.currentWidget() is results
    assert results.heading.text() == "Your review"
    assert results.score.text().startswith("4 of 4 right (100%)")
    assert results.retry_button.isHidden() and results.history.isHidden()
    results.answers.setCurrentRow(len(review.questions) - 1)  # its own article again
    assert results.article_view.body.toPlainText() == window.service.pack(review.packs[-1]).article.text
    assert results.progress.isVisible()
    progress = window.service.review_progress("Ada")
    assert sum(s.in_review for s in progress.skills) == 4 and progress.due == 0  # each one box up, none learnt
    assert results.progress.accessibleDescription().count(" in review, 0 due today") == len(progress.skills)
    assert "Days in a row with a review: 1" in results.progress.accessibleDescription()

    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, None, text="Ada")
    assert window.start_view.review_status.text() == "Review: no questions due today"  # not due twice a day
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("select count(*), sum(correct) from review_answers").fetchone() == (4, 4)


def test_escape_leaves_a_review_and_what_was_answered_is_kept(qtbot, reviewing):
    window, _ = reviewing
    press(qtbot, None, text="Ada")
    press(qtbot, Qt.Key.Key_V, modifier=Qt.KeyboardModifier.AltModifier)
    view = window.quiz_view
    answer_by_keyboard(qtbot, view.question, view.article)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.start_view
    press(qtbot, None, text="Ada")
    assert window.start_view.review_status.text() == "Review: 3 questions due today"


def test_the_results_of_a_quiz_show_the_review_queue_per_skill(qtbot, reviewing):
    window, clock = reviewing
    attempt = window.service.start_attempt("Ada", "sleep-app")
    window._begin(attempt)
    view = window.quiz_view
    for question in attempt.questions:
        answer_by_keyboard(qtbot, question, view.article)
        press(qtbot, Qt.Key.Key_Return)
        press(qtbot, Qt.Key.Key_Return)
    results = window.results_view
    assert window.stack.currentWidget() is results and results.heading.text() == "Your score"
    # Right again in a quiz: still in review, due today (only a review moves a question on).
    description = results.progress.accessibleDescription()
    assert "Numbers: 0 learnt, " in description and " due today" in description
    cells = [results.progress.table.itemAt(i).widget().text() for i in range(results.progress.table.count())]
    assert cells[:4] == ["Skill", "Learnt", "In review", "Due today"]
