"""Whole quizzes in the real main window, with key events only, then what reached the database."""

import csv
import json
import io
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from quiz.cli import main
from quiz.core.service import QuizService
from quiz.ui.app import build_main_window


def press(qtbot, key, text=None, modifier=Qt.KeyboardModifier.NoModifier):
    """Send a key to whatever has the keyboard focus, as a person would."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    if text is not None:
        qtbot.keyClicks(target, text)
    else:
        qtbot.keyClick(target, key, modifier)


def digit(index):
    return Qt.Key(Qt.Key.Key_1.value + index)


def answer_by_keyboard(qtbot, question, article):
    """Give the right answer to any question type from the keyboard."""
    if question.type == "truefalse":
        press(qtbot, digit(0 if question.answer else 1))
    elif question.type == "choice":
        press(qtbot, digit(question.choices.index(question.answer)))
    elif question.type == "multi":
        for choice in question.answer:
            press(qtbot, digit(question.choices.index(choice)))
    elif question.type in ("number", "text"):
        press(qtbot, None, text=f"{question.answer:g}" if question.type == "number" else question.answer)
    elif question.type == "evidence":
        rows = [i for i, s in enumerate(article.sentences)
                if s.start < question.evidence_end and question.evidence_start < s.end]
        press(qtbot, Qt.Key.Key_Home)  # the first sentence is selected
        for _ in range(rows[0]):
            press(qtbot, Qt.Key.Key_Down)  # each step moves the selection down one sentence


def shown_window(qtbot, service):
    """The main window over `service`, shown, with the keyboard on the start page."""
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.start_view.isAncestorOf(QApplication.focusWidget()))
    return window


@pytest.fixture
def window(qtbot, db_path):
    service = QuizService.open(db_path)
    yield shown_window(qtbot, service)
    service.close()


def start_by_keyboard(qtbot, window, name, mode):
    """Type the name; in test mode choose Test (Alt+T) and start (Alt+S), else Tab to the
    packs and press Enter."""
    press(qtbot, None, text=name)
    if mode == "test":
        press(qtbot, Qt.Key.Key_T, modifier=Qt.KeyboardModifier.AltModifier)
        assert window.start_view.mode == "test"
        press(qtbot, Qt.Key.Key_S, modifier=Qt.KeyboardModifier.AltModifier)
    else:
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is window.start_view.pack_list
        press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.quiz_view


@pytest.mark.parametrize("mode", ["practice", "test"])
def test_a_whole_quiz_by_keyboard_reaches_the_database(qtbot, window, db_path, capsys, mode):
    start_by_keyboard(qtbot, window, "Ada", mode)
    view = window.quiz_view
    questions = view.attempt.questions
    assert {q.type for q in questions} >= {"choice", "truefalse", "multi", "number", "text", "evidence"}
    for number, question in enumerate(questions, 1):
        assert view.progress_label.text() == f"Question {number} of {len(questions)}"
        assert view.isAncestorOf(QApplication.focusWidget())
        answer_by_keyboard(qtbot, question, view.article)
        press(qtbot, Qt.Key.Key_Return)  # submit (and, in a test, go on)
        if mode == "practice":
            assert view.feedback.verdict.text() == "✓ Correct", question.id
            press(qtbot, Qt.Key.Key_Return)  # next question, or the score after the last
        else:
            assert not view.feedback.isVisible()

    results = window.results_view
    assert window.stack.currentWidget() is results
    assert QApplication.focusWidget() is results.again_button
    assert results.score.text().startswith(f"{len(questions)} of {len(questions)} right (100%)")
    assert results.answers.count() == len(questions)
    assert not results.retry_button.isEnabled()
    # The review of every question is there at the end, in both modes.
    results.answers.setCurrentRow(len(questions) - 1)
    assert results.review.verdict.text() == "✓ Correct"

    stored = sqlite3.connect(db_path).execute("select count(*), sum(correct) from answers").fetchone()
    assert stored == (len(questions), len(questions))
    capsys.readouterr()
    assert main(["results", "--format", "csv", "--db", str(db_path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["question"] for r in rows] == [q.id for q in questions]


def test_escape_leaves_the_quiz_and_the_same_student_resumes_it(qtbot, window):
    start_by_keyboard(qtbot, window, "Ada", "practice")
    view = window.quiz_view
    first_two = view.attempt.questions[:2]
    for question in first_two:
        answer_by_keyboard(qtbot, question, view.article)
        press(qtbot, Qt.Key.Key_Return)
        press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.start_view

    window.start_view.name_edit.clear()
    start_by_keyboard(qtbot, window, "Ada", "practice")
    assert view.progress_label.text().startswith("Question 3 of")
    assert [r.question.id for r in view.results] == [q.id for q in first_two]


def fixed_order(window):
    """The first pack with its own order of questions and choices: a choice question first."""
    from dataclasses import replace

    pack = window.service.pack(window.service.packs()[0].id)
    window.service.import_pack(replace(pack, shuffle=False))
    assert pack.questions[0].type == "choice"
    return pack


def stored_answers(db_path):
    with sqlite3.connect(db_path) as connection:
        return connection.execute(
            "select questions.qid, answers.response, answers.correct from answers "
            "join questions on questions.id = answers.question_id order by answers.id"
        ).fetchall()


def test_in_a_test_previous_goes_back_and_a_new_answer_replaces_the_old_at_once(qtbot, window, db_path):
    fixed_order(window)
    start_by_keyboard(qtbot, window, "Ada", "test")
    view = window.quiz_view
    first = view.question
    wrong = next(i for i, c in enumerate(first.choices) if c != first.answer)
    press(qtbot, digit(wrong))
    press(qtbot, Qt.Key.Key_Return)
    assert view.progress_label.text().startswith("Question 2 of")
    assert stored_answers(db_path) == [(first.id, json.dumps(first.choices[wrong], ensure_ascii=False), 0)]

    press(qtbot, Qt.Key.Key_P, modifier=Qt.KeyboardModifier.AltModifier)
    assert view.progress_label.text().startswith("Question 1 of")
    assert view.input.response() == first.choices[wrong]  # the answer given, shown again
    answer_by_keyboard(qtbot, first, view.article)
    press(qtbot, Qt.Key.Key_Return)
    assert view.progress_label.text().startswith("Question 2 of")
    assert stored_answers(db_path) == [(first.id, json.dumps(first.answer, ensure_ascii=False), 1)]


def test_enter_without_an_answer_in_a_test_says_to_answer_or_skip(qtbot, window, db_path):
    start_by_keyboard(qtbot, window, "Ada", "test")
    view = window.quiz_view
    press(qtbot, Qt.Key.Key_Return)
    assert view.message.isVisible() and view.message.text() == "Choose an answer first (or Skip)."
    assert view.progress_label.text().startswith("Question 1 of")
    assert stored_answers(db_path) == []


def answer_the_rest(qtbot, view):
    while view.input is not None:
        answer_by_keyboard(qtbot, view.question, view.article)
        press(qtbot, Qt.Key.Key_Return)


def test_a_skipped_question_is_offered_again_before_the_test_ends(qtbot, window):
    start_by_keyboard(qtbot, window, "Ada", "test")
    view = window.quiz_view
    skipped = view.question
    press(qtbot, Qt.Key.Key_S, modifier=Qt.KeyboardModifier.AltModifier)
    assert view.progress_label.text().startswith("Question 2 of")
    answer_the_rest(qtbot, view)
    assert window.stack.currentWidget() is view
    assert view.prompt.text().startswith("You have not answered 1 of the questions yet: 1.")
    press(qtbot, Qt.Key.Key_Return)  # answer it now
    assert view.question.id == skipped.id
    answer_by_keyboard(qtbot, skipped, view.article)
    press(qtbot, Qt.Key.Key_Return)
    results = window.results_view
    assert window.stack.currentWidget() is results
    total = len(view.attempt.questions)
    assert results.score.text().startswith(f"{total} of {total} right (100%)")


def test_a_test_finished_with_a_question_unanswered_counts_it_wrong(qtbot, window, db_path):
    start_by_keyboard(qtbot, window, "Ada", "test")
    view = window.quiz_view
    press(qtbot, Qt.Key.Key_S, modifier=Qt.KeyboardModifier.AltModifier)
    answer_the_rest(qtbot, view)
    assert view.finish_button.isVisible()
    qtbot.mouseClick(view.finish_button, Qt.MouseButton.LeftButton)
    results = window.results_view
    total = len(view.attempt.questions)
    assert results.score.text().startswith(f"{total - 1} of {total} right ({round(100 * (total - 1) / total)}%) · 1 not answered")
    assert results.answers.item(0).text().startswith("✗ Not answered · 1.")
    assert results.retry_button.text() == "Retry the 1 I missed"
    assert len(stored_answers(db_path)) == total - 1


def test_after_esc_the_start_page_offers_to_continue_for_that_student_and_pack(qtbot, window):
    start_by_keyboard(qtbot, window, "Ada", "test")
    view = window.quiz_view
    total = len(view.attempt.questions)
    for _ in range(3):
        answer_by_keyboard(qtbot, view.question, view.article)
        press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Escape)
    start = window.start_view
    assert window.stack.currentWidget() is start
    assert start.name_edit.text() == ""  # the next student starts afresh
    assert start.start_button.text() == "Start quiz (Alt+S)"
    press(qtbot, None, text="Ada")
    assert start.start_button.text() == "Continue quiz (Alt+S)"
    assert start.status.text() == f"Your test at this pack is in progress: it goes on at question 4 of {total}."
    start.name_edit.clear()
    press(qtbot, None, text="Bo")
    assert start.start_button.text() == "Start quiz (Alt+S)" and start.status.isHidden()


def test_the_name_is_empty_when_the_start_page_comes_back_after_a_quiz(qtbot, window):
    start_by_keyboard(qtbot, window, "Ada", "practice")
    press(qtbot, Qt.Key.Key_Escape)
    assert window.start_view.name_edit.text() == ""
    assert not window.start_view.completer.popup().isVisible()


def test_going_back_and_on_without_a_change_saves_nothing_again(qtbot, window, db_path):
    start_by_keyboard(qtbot, window, "Ada", "test")
    view = window.quiz_view
    for _ in range(2):
        answer_by_keyboard(qtbot, view.question, view.article)
        press(qtbot, Qt.Key.Key_Return)
    with sqlite3.connect(db_path) as connection:
        before = connection.execute("select id, response from answers order by id").fetchall()
    for _ in range(2):
        press(qtbot, Qt.Key.Key_P, modifier=Qt.KeyboardModifier.AltModifier)
    for _ in range(2):
        press(qtbot, Qt.Key.Key_Return)
    assert view.progress_label.text().startswith("Question 3 of")
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("select id, response from answers order by id").fetchall() == before
