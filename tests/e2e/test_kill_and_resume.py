"""A quiz, or a review, killed with kill -9 after two answers keeps both answers: the quiz
resumes at the third, the review serves what is still due."""

import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta, timezone

from PySide6.QtWidgets import QApplication

from quiz.core.service import QuizService
from quiz.ui.app import build_main_window
from support import ROOT, wrong_answer


def answer_two_then_kill(db_path, *mode: str) -> list[str]:
    """Run the app in a process of its own, let it answer two questions, kill it; the ids answered."""
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "e2e" / "answer_two_then_wait.py"), str(db_path), *mode],
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
    return answered


def test_a_killed_quiz_resumes_at_the_third_question_with_two_answers_kept(qtbot, db_path):
    answered = answer_two_then_kill(db_path)
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


def test_a_killed_review_keeps_both_answers_and_the_schedule_they_moved(db_path):
    service = QuizService.open(db_path)
    service.store.clock = lambda: datetime.now(timezone.utc) - timedelta(days=1)  # Kim missed five yesterday
    attempt = service.start_attempt("Kim", service.packs()[0].id)
    for question in attempt.questions[:5]:
        service.submit_answer(attempt, question, wrong_answer(question))
    service.close()

    answered = answer_two_then_kill(db_path, "review")
    service = QuizService.open(db_path)
    assert set(answered) <= {q.id for q in attempt.questions[:5]}
    # Answered today, right or wrong, neither is due again today.
    assert service.review_due("Kim") == 3
    assert {q.id for q in service.start_review("Kim").questions} == {q.id for q in attempt.questions[:5]} - set(answered)
    service.close()
