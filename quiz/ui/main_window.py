"""The main window: start -> quiz -> results, as pages of one stack."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget

from quiz.core.domain import Attempt, AttemptSummary, Review
from quiz.core.errors import QuizError
from quiz.core.service import QuizService
from quiz.ui.qt_properties import set_properties
from quiz.ui.quiz_view import QuizView
from quiz.ui.start_view import StartView
from quiz.ui.style import ZOOM_STEPS, stylesheet

if TYPE_CHECKING:
    from quiz.ui.results_view import ResultsView
    from quiz.ui.teacher_view import TeacherView

# Room left for the window's title bar when it fills a small screen's height.
FRAME_ALLOWANCE = 40


class MainWindow(QMainWindow):
    def __init__(self, service: QuizService):
        super().__init__()
        self.service = service
        self.settings = QSettings()
        self.zoom_index = ZOOM_STEPS.index(1.0)
        self.setWindowTitle(self.tr("Evidence Quiz"))
        self.setMinimumSize(800, 560)
        self.resize(self._fitting_size())
        self.start_view = StartView()
        self.quiz_view = QuizView(service)
        self._results_view: ResultsView | None = None  # built when a first quiz ends
        self._teacher_view: TeacherView | None = None  # built on first use, after the PIN
        self._closing = False  # the teacher has saved or discarded unsaved work: close at once
        self.stack = QStackedWidget()
        for view in (self.start_view, self.quiz_view):
            self.stack.addWidget(view)
        self.setCentralWidget(self.stack)
        self.teacher_action = QAction(self.tr("&Teacher pages…"), self)
        # Not setShortcut: choosing among its overloads builds the Qt namespace (qt_properties.py).
        self.teacher_action.setShortcuts([QKeySequence("Ctrl+Shift+T")])
        self.worksheet_action = QAction(self.tr("Print a worksheet (PDF)…"), self)
        self.key_action = QAction(self.tr("Print an answer key (PDF)…"), self)
        # No mnemonic on the menu: Alt+T belongs to the start page's Test mode.
        teacher_menu = self.menuBar().addMenu(self.tr("Teacher"))
        for action in (self.teacher_action, self.worksheet_action, self.key_action):
            teacher_menu.addAction(action)
        self.zoom_shortcuts = {
            QShortcut(QKeySequence.StandardKey.ZoomIn, self): 1,
            QShortcut(QKeySequence("Ctrl+="), self): 1,
            QShortcut(QKeySequence.StandardKey.ZoomOut, self): -1,
            QShortcut(QKeySequence("Ctrl+0"), self): 0,
        }
        self._restore_settings()
        self._connect_signals()
        self.show_start()

    def _connect_signals(self) -> None:
        self.start_view.start_requested.connect(self._on_start_view_start_requested)
        self.start_view.name_changed.connect(self._on_start_view_name_changed)
        self.start_view.review_requested.connect(self._on_start_view_review_requested)
        self.quiz_view.quiz_finished.connect(self._on_quiz_view_quiz_finished)
        self.quiz_view.left.connect(self.show_start)
        self.teacher_action.triggered.connect(self._on_teacher_action_triggered)
        self.worksheet_action.triggered.connect(lambda: self._open_teacher_then(lambda: self.teacher_view.print_dialog(key=False)))
        self.key_action.triggered.connect(lambda: self._open_teacher_then(lambda: self.teacher_view.print_dialog(key=True)))
        for shortcut, step in self.zoom_shortcuts.items():
            shortcut.activated.connect(lambda step=step: self.zoom(step))

    # ------------------------------------------------------------ pages

    def show_start(self) -> None:
        """The start page with an empty name: the next student must not carry on as the last."""
        self.start_view.set_packs(self.service.packs())
        self.start_view.set_students(self.service.students())
        self.start_view.clear_name()
        self._on_start_view_name_changed("")
        self._show_page(self.start_view)

    def _show_page(self, view) -> None:
        """Switch pages, then give the keyboard to the new page (a hidden widget cannot take it)."""
        self.stack.setCurrentWidget(view)
        view.focus_first()

    def _begin(self, attempt: Attempt) -> None:
        pack = self.service.pack(attempt.pack_id)
        self.quiz_view.start(attempt, self.service.article_for(pack), pack.title)
        if self.stack.currentWidget() is not self._results_view or attempt.next_index < len(attempt.questions):
            self._show_page(self.quiz_view)

    def _warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # its enums take a millisecond and a half to build

        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        set_properties(box, textFormat="PlainText")
        box.open()

    # ------------------------------------------------------------ zoom and settings

    def zoom(self, step: int) -> None:
        """Ctrl+plus and Ctrl+minus make every text bigger or smaller; Ctrl+0 resets."""
        if step == 0:
            self.zoom_index = ZOOM_STEPS.index(1.0)
        else:
            self.zoom_index = max(0, min(len(ZOOM_STEPS) - 1, self.zoom_index + step))
        self._apply_zoom()

    def _fitting_size(self) -> QSize:
        """1280×760, or less on a smaller screen: all of its free area, less room for the frame."""
        free = self.screen().availableGeometry()
        return QSize(min(1280, free.width()), min(760, free.height() - FRAME_ALLOWANCE))

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        size = self.settings.value("window/size")
        fitting = self._fitting_size()
        # A size saved on a larger screen is not restored here (Qt would only squeeze it to the screen).
        fits = not isinstance(size, QSize) or (size.width() <= fitting.width() and size.height() <= fitting.height())
        if isinstance(geometry, QByteArray) and fits:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/quiz-split")
        if isinstance(state, QByteArray):
            self.quiz_view.splitter.restoreState(state)
        scale = float(self.settings.value("window/zoom", 1.0))
        if scale in ZOOM_STEPS and scale != 1.0:
            self.zoom_index = ZOOM_STEPS.index(scale)
            self._apply_zoom()

    def _apply_zoom(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.setStyleSheet(stylesheet(ZOOM_STEPS[self.zoom_index]))

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/size", self.normalGeometry().size())
        self.settings.setValue("window/quiz-split", self.quiz_view.splitter.saveState())
        if self._results_view is not None:
            self.settings.setValue("window/results-split", self._results_view.splitter.saveState())
        self.settings.setValue("window/zoom", ZOOM_STEPS[self.zoom_index])
        self.settings.sync()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        teacher = self._teacher_view
        if teacher is not None and not self._closing and teacher.editor.has_unsaved_changes():
            # A draft or an edited pack not yet saved: ask first, as leaving it in the app does.
            event.ignore()
            self._show_page(teacher)
            teacher.leave_editor_then(self._close_now)
            return
        self.save_settings()
        super().closeEvent(event)

    def _close_now(self) -> None:
        self._closing = True
        self.close()

    # ------------------------------------------------------------ slots

    def _on_start_view_name_changed(self, name: str) -> None:
        self.start_view.set_best_scores(self.service.best_scores(name) if name else {})
        self.start_view.set_progress(self.service.in_progress(name) if name else {})
        self.start_view.set_review_due(self.service.review_due(name) if name else None)

    def _on_start_view_start_requested(self, student: str, pack_id: str, mode: str) -> None:
        try:
            attempt = self.service.resume_or_start(student, pack_id, mode)
        except QuizError as exc:
            self._warn(self.tr("Cannot start"), str(exc))
            return
        self._begin(attempt)

    def _on_start_view_review_requested(self, student: str) -> None:
        try:
            review = self.service.start_review(student)
        except QuizError as exc:
            self._warn(self.tr("Cannot start"), str(exc))
            return
        self.quiz_view.start_review(review)
        self._show_page(self.quiz_view)

    def _on_quiz_view_quiz_finished(self, attempt: Attempt | Review, summary: AttemptSummary, results: list) -> None:
        if isinstance(attempt, Review):
            articles = [self.quiz_view.article_of(pack_id) for pack_id in attempt.packs]
            self.results_view.show_review(summary, results, articles)
        else:
            pack = self.service.pack(attempt.pack_id)
            history = [h for h in self.service.history(attempt.student, attempt.pack_id) if h.attempt_id != attempt.id]
            self.results_view.show_summary(summary, results, self.service.article_for(pack), history)
        self.results_view.show_progress(self.service.review_progress(attempt.student))
        self._show_page(self.results_view)

    @property
    def results_view(self) -> ResultsView:
        """The results page, built when it is first needed, so start-up does not wait for it."""
        if self._results_view is None:
            from quiz.ui.results_view import ResultsView  # with its chart, only once a quiz ends

            self._results_view = ResultsView()
            self._results_view.restart_requested.connect(self.show_start)
            self._results_view.retry_requested.connect(self._on_results_view_retry_requested)
            self.stack.addWidget(self._results_view)
            state = self.settings.value("window/results-split")
            if isinstance(state, QByteArray):
                self._results_view.splitter.restoreState(state)
        return self._results_view

    @property
    def teacher_view(self) -> TeacherView:
        """The teacher's pages, built the first time they are opened: students never wait for them."""
        if self._teacher_view is None:
            from quiz.ui.teacher_view import TeacherView

            self._teacher_view = TeacherView(self.service)
            self._teacher_view.left.connect(self.show_start)
            self.stack.addWidget(self._teacher_view)
        return self._teacher_view

    def _on_teacher_action_triggered(self) -> None:
        self._open_teacher_then(lambda: None)

    def _open_teacher_then(self, action) -> None:
        """The PIN first: students cannot open the editor, the keys or the class results."""
        from quiz.ui.dialogs.pin_dialog import PinDialog

        def granted() -> None:
            self._show_page(self.teacher_view)
            action()

        self.pin_dialog = PinDialog.ask(self, self.service, granted)

    def _on_results_view_retry_requested(self, missed: list) -> None:
        attempt = self.quiz_view.attempt
        if attempt is None or not missed:
            return
        self._begin(self.service.start_attempt(attempt.student, attempt.pack_id, attempt.mode, only=missed))
