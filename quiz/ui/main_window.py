"""The main window: start -> quiz -> results, as pages of one stack."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget

from quiz.core.domain import AttemptSummary
from quiz.core.errors import QuizError
from quiz.core.service import QuizService
from quiz.ui.quiz_view import QuizView
from quiz.ui.results_view import ResultsView
from quiz.ui.start_view import StartView


class MainWindow(QMainWindow):
    def __init__(self, service: QuizService):
        super().__init__()
        self.service = service
        self.setWindowTitle(self.tr("Evidence Quiz"))
        self.resize(1200, 720)
        self.start_view = StartView()
        self.quiz_view = QuizView(service)
        self.results_view = ResultsView()
        self.stack = QStackedWidget()
        for view in (self.start_view, self.quiz_view, self.results_view):
            self.stack.addWidget(view)
        self.setCentralWidget(self.stack)
        self._connect_signals()
        self.show_start()

    def _connect_signals(self) -> None:
        self.start_view.start_requested.connect(self._on_start_view_start_requested)
        self.quiz_view.quiz_finished.connect(self._on_quiz_view_quiz_finished)
        self.results_view.restart_requested.connect(self.show_start)

    def show_start(self) -> None:
        self.start_view.set_packs(self.service.packs())
        self.start_view.set_students(self.service.students())
        self._show_page(self.start_view)

    def _show_page(self, view) -> None:
        """Switch pages, then give the keyboard to the new page (a hidden widget cannot take it)."""
        self.stack.setCurrentWidget(view)
        view.focus_first()

    def _on_start_view_start_requested(self, student: str, pack_id: str) -> None:
        try:
            attempt = self.service.start_attempt(student, pack_id)
        except QuizError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot start"), str(exc), parent=self)
            box.open()
            return
        pack = self.service.pack(pack_id)
        self.quiz_view.start(attempt, self.service.article_for(pack), pack.title)
        self._show_page(self.quiz_view)

    def _on_quiz_view_quiz_finished(self, summary: AttemptSummary, results: list) -> None:
        self.results_view.show_summary(summary, results)
        self._show_page(self.results_view)
