"""Whole quizzes in the real main window, with key events only, then what reached the database."""

import csv
import io
import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from quiz.cli import main
from quiz.core.service import QuizService
from quiz.ui.app import build_main_window


def press(qtbot, key, text=None):
    """Send a key to whatever has the keyboard focus, as a person would."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    if text is not None:
        qtbot.keyClicks(target, text)
    else:
        qtbot.keyClick(target, key)


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


def test_a_whole_quiz_by_keyboard_reaches_the_database(qtbot, db_path, capsys):
    service = QuizService.open(db_path)
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.start_view.name_edit)

    press(qtbot, None, text="Ada")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.start_view.pack_list
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.quiz_view

    view = window.quiz_view
    questions = view.attempt.questions
    assert {q.type for q in questions} >= {"choice", "truefalse", "multi", "number", "text", "evidence"}
    for number, question in enumerate(questions, 1):
        assert view.progress_label.text() == f"Question {number} of {len(questions)}"
        assert view.isAncestorOf(QApplication.focusWidget())
        answer_by_keyboard(qtbot, question, view.article)
        press(qtbot, Qt.Key.Key_Return)  # submit
        assert view.feedback.verdict.text() == "✓ Correct", question.id
        press(qtbot, Qt.Key.Key_Return)  # next question, or the score after the last

    assert window.stack.currentWidget() is window.results_view
    assert QApplication.focusWidget() is window.results_view.again_button
    assert window.results_view.score.text() == f"{len(questions)} of {len(questions)} right (100%)"

    stored = sqlite3.connect(db_path).execute("select count(*), sum(correct) from answers").fetchone()
    assert stored == (len(questions), len(questions))
    service.close()

    capsys.readouterr()
    assert main(["results", "--format", "csv", "--db", str(db_path)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["question"] for r in rows] == [q.id for q in questions]
    assert {r["student"] for r in rows} == {"Ada"}
