"""A whole quiz in the real main window, with key events only, then what reached the database."""

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


def digit_for(question):
    if question.type == "truefalse":
        return Qt.Key.Key_1 if question.answer else Qt.Key.Key_2
    return Qt.Key(Qt.Key.Key_1.value + question.choices.index(question.answer))


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

    questions = window.quiz_view.attempt.questions
    for number, question in enumerate(questions, 1):
        assert window.quiz_view.progress_label.text() == f"Question {number} of {len(questions)}"
        assert window.quiz_view.isAncestorOf(QApplication.focusWidget())
        press(qtbot, digit_for(question))
        press(qtbot, Qt.Key.Key_Return)  # submit
        assert window.quiz_view.feedback.verdict.text() == "✓ Correct"
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
