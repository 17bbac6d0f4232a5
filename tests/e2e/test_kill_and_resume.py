"""A quiz killed with kill -9 after two answers resumes at the third, with both answers kept."""

import os
import signal
import subprocess
import sys

from PySide6.QtWidgets import QApplication

from quiz.core.service import QuizService
from quiz.ui.app import build_main_window
from support import ROOT


def test_a_killed_quiz_resumes_at_the_third_question_with_two_answers_kept(qtbot, db_path):
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "e2e" / "answer_two_then_wait.py"), str(db_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        line = process.stdout.readline()
        assert line.startswith("answered "), process.stderr.read()
        answered = line.split()[1:]
        assert len(answered) == 2
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()

    service = QuizService.open(db_path)
    assert [row["question"] for row in service.results()] == answered
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.start_view.name_edit.setText("Kim")
    window.start_view.start_button.click()
    view = window.quiz_view
    assert view.progress_label.text().startswith("Question 3 of")
    assert [r.question.id for r in view.results] == answered
    qtbot.waitUntil(lambda: view.isAncestorOf(QApplication.focusWidget()))
    service.close()
