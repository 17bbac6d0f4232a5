"""Render the main screens to PNG files for the README: `make screenshots`.

Runs the real main window on a temporary database, offscreen, at a classroom laptop's
1366x768, and answers the first question of the seed pack so the feedback shows.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from quiz.core.service import QuizService  # noqa: E402
from quiz.ui.app import build_main_window, load_stylesheet  # noqa: E402


def main(out_dir: str) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(load_stylesheet())
    with tempfile.TemporaryDirectory() as tmp:
        service = QuizService.open(Path(tmp) / "quiz.db")
        window = build_main_window(service)
        window.resize(1366, 768)
        window.show()
        window.start_view.name_edit.setText("Ada")
        app.processEvents()
        window.grab().save(str(out / "screenshot-start.png"))
        window.start_view.start_button.click()
        app.processEvents()
        window.grab().save(str(out / "screenshot-question.png"))
        question = window.quiz_view.question
        wrong = next((i for i, c in enumerate(question.choices) if c != question.answer), 1)
        QTest.keyClick(window.quiz_view, Qt.Key(Qt.Key.Key_1.value + wrong))
        QTest.keyClick(window.quiz_view, Qt.Key.Key_Return)
        app.processEvents()
        window.grab().save(str(out / "screenshot-feedback.png"))
        service.close()
    for name in ("start", "question", "feedback"):
        print(out / f"screenshot-{name}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs"))
