"""The composition root: builds the service and the main window, and runs the app."""

from __future__ import annotations

import sys
from pathlib import Path

from quiz.core.errors import QuizError
from quiz.ui.display_check import display_problem


def load_stylesheet() -> str:
    from quiz.ui.style import stylesheet

    return stylesheet()


def build_main_window(service):
    """The main window over `service`; tests call this with their own service."""
    from quiz.ui.main_window import MainWindow

    return MainWindow(service)


def run_gui(db_path: Path | None = None) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    from quiz.core.service import QuizService

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Evidence Quiz")
    app.setOrganizationName("Evidence Quiz")
    app.setStyleSheet(load_stylesheet())
    try:
        service = QuizService.open(db_path)
    except QuizError as exc:
        print(f"quiz: {exc}", file=sys.stderr)
        return 1
    window = build_main_window(service)
    window.show()
    try:
        return app.exec()
    finally:
        service.close()
