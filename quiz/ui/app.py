"""The composition root: builds the service and the main window, and runs the app."""

from __future__ import annotations

import sys
from pathlib import Path

from quiz.core.collector import collector_paused
from quiz.core.errors import QuizError, printable
from quiz.shutdown import exit_now
from quiz.ui.display_check import display_problem


def load_stylesheet() -> str:
    from quiz.ui.style import stylesheet

    return stylesheet()


def build_main_window(service):
    """The main window over `service`; tests call this with their own service."""
    from quiz.ui.main_window import MainWindow

    return MainWindow(service)


def open_or_recover(db_path: Path | None, ask):
    """Open the database; if the file is unreadable, say so with its path and, only if the
    user agrees (`ask(message) -> bool`), set it aside and start a fresh one."""
    from quiz.core.errors import DatabaseError
    from quiz.core.service import QuizService, default_db_path, set_aside

    try:
        return QuizService.open(db_path)
    except DatabaseError as exc:
        path = Path(db_path or default_db_path())
        newer = "newer version" in str(exc)
        print(printable(f"quiz: {exc}"), file=sys.stderr)
        if newer or not path.exists() or not ask(str(exc)):
            return None
        moved = set_aside(path)
        print(printable(f"quiz: set {path} aside as {moved}; starting a fresh database"), file=sys.stderr)
        return QuizService.open(path)
    except QuizError as exc:
        print(printable(f"quiz: {exc}"), file=sys.stderr)
        return None


def _ask_to_set_aside(message: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    from quiz.ui.qt_properties import set_properties

    box = QMessageBox(QMessageBox.Icon.Warning, "Evidence Quiz", message)
    set_properties(box, textFormat="PlainText")
    box.setInformativeText(
        "Set this file aside (it is kept, renamed) and start a fresh database? Answers in it will not be shown."
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def run_gui(db_path: Path | None = None, quit_after_first_question: bool = False) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    # Start-up makes objects that live as long as the app: Qt's modules, the window, its
    # widgets. The cycle collector is paused while they are made, and they are then frozen
    # out of its scans, which would otherwise walk them all again as the first question is
    # painted (about 10 ms).
    with collector_paused(then_freeze=True):
        started = _start(db_path, quit_after_first_question)
    if started is None:
        return 1
    app, service = started
    try:
        code = app.exec()
    finally:
        service.close()
    exit_now(code)  # while the window is alive: its teardown would only cost time


def _start(db_path: Path | None, quit_after_first_question: bool):
    """The application and the service, with the main window shown; None if the database
    cannot be opened."""
    # The core, and sqlite-utils with it, are imported before PySide6: PySide replaces
    # `builtins.__import__` with its own hook, which slows every later import (about 15 ms
    # of start-up for these).
    import quiz.core.service  # noqa: F401
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Evidence Quiz")
    app.setOrganizationName("Evidence Quiz")
    app.setStyleSheet(load_stylesheet())
    service = open_or_recover(db_path, _ask_to_set_aside)
    if service is None:
        return None
    window = build_main_window(service)
    window.show()
    if quit_after_first_question:
        _quit_after_first_question(window, app)
    return app, service


def _quit_after_first_question(window, app) -> None:
    """Start the first pack and quit as soon as its first question has been painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class QuitOnPaint(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, app.quit)
            return False

    packs = window.service.packs()
    if not packs:
        QTimer.singleShot(0, app.quit)
        return
    window.quit_filter = QuitOnPaint(window)
    window.quiz_view.prompt.installEventFilter(window.quit_filter)
    window._begin(window.service.resume_or_start("Start-up timing", packs[0].id))
