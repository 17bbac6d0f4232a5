"""A real app process for the kill tests: opens the main window on a database, starts the
first pack (or, with `review`, the review of what is due), answers the first two questions
by key events, says so, and waits to be killed."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from quiz.core.service import QuizService  # noqa: E402
from quiz.ui.app import build_main_window  # noqa: E402


def main(db_path: str, review: bool) -> None:
    app = QApplication(sys.argv[:1])
    service = QuizService.open(db_path)
    window = build_main_window(service)
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    window.start_view.name_edit.setText("Kim")
    (window.start_view.review_button if review else window.start_view.start_button).click()
    view = window.quiz_view
    for _ in range(2):
        question = view.question
        if question.type in ("number", "text"):
            QTest.keyClicks(view.input.edit, "1")
        else:
            QTest.keyClick(view, Qt.Key.Key_1)
        QTest.keyClick(view, Qt.Key.Key_Return)  # submit: committed now
        QTest.keyClick(view, Qt.Key.Key_Return)  # on to the next question
    answered = service.store.db.execute(
        f"select questions.qid from {'review_answers' if review else 'answers'} as given "
        "join questions on questions.id = given.question_id order by given.id"
    ).fetchall()
    print("answered", " ".join(qid for qid, in answered), flush=True)
    app.exec()  # until the test kills this process


if __name__ == "__main__":
    main(sys.argv[1], review=sys.argv[2:] == ["review"])
