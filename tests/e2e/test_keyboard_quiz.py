"""Whole quizzes in the real main window, with key events only, then what reached the database."""

import csv
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


@pytest.fixture
def window(qtbot, db_path):
    service = QuizService.open(db_path)
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.start_view.isAncestorOf(QApplication.focusWidget()))
    yield window
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
