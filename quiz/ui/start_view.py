"""First page: the student's name, the questions they have due for review, the pack to take,
and practice or test mode."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup, QCompleter, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidgetItem, QPushButton,
    QRadioButton, QVBoxLayout, QWidget,
)

from quiz.core.domain import PackSummary, Progress, skill_name
from quiz.ui.feedback_panel import plain_label
from quiz.ui.qt_properties import set_properties
from quiz.ui.wrapping import WrappingList


class StartView(QWidget):
    start_requested = Signal(str, str, str)  # student name, pack id, mode
    review_requested = Signal(str)  # student name
    name_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("startView")
        self._packs: list[PackSummary] = []
        self._best: dict[str, int] = {}
        self._progress: dict[str, Progress] = {}
        title = QLabel(self.tr("Evidence Quiz"))
        title.setObjectName("appTitle")
        intro = QLabel(self.tr("Read a real news article, answer questions about it, and see the evidence for every answer."))
        intro.setWordWrap(True)
        # No list of every student's name: a name is offered only once its first letters are typed.
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Type your name"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        set_properties(self.completer, caseSensitivity="CaseInsensitive")
        self.name_edit.setCompleter(self.completer)
        # What the student named has due for review today, and the button that starts it.
        self.review_status = plain_label("reviewStatus")
        self.review_button = QPushButton(self.tr("Review now (Alt+V)"))
        self.review_button.setAccessibleName(self.tr("Review now"))
        self.review_button.setAutoDefault(True)  # Enter starts the review, as Space does
        self.review_row = QWidget()
        review_layout = QHBoxLayout(self.review_row)
        review_layout.setContentsMargins(0, 0, 0, 0)
        # The button first, the words beside it taking the rest of the line (and wrapping, zoomed).
        review_layout.addWidget(self.review_button)
        review_layout.addWidget(self.review_status, 1)
        self.review_row.hide()
        self.pack_list = WrappingList()
        self.pack_list.setAccessibleName(self.tr("Question packs"))
        self.pack_list.setAccessibleDescription(self.tr("Choose a pack with the arrow keys and press Enter to start"))
        self.practice_radio = QRadioButton(self.tr("Practice: see the answer after each question (Alt+R)"))
        self.test_radio = QRadioButton(self.tr("Test: see the answers at the end (Alt+T)"))
        self.practice_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.practice_radio)
        self.mode_group.addButton(self.test_radio)
        self.start_button = QPushButton(self.tr("Start quiz (Alt+S)"))
        self.start_button.setObjectName("primaryButton")
        self.start_button.setAccessibleName(self.tr("Start quiz"))
        self.start_button.setDefault(True)
        self.message = plain_label("formMessage")
        self.status = plain_label("status")  # a quiz in progress at the chosen pack
        self.status.hide()

        form = QFormLayout()
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow("", self.review_row)
        packs_label = QLabel(self.tr("&Pack"))
        packs_label.setBuddy(self.pack_list)
        form.addRow(packs_label, self.pack_list)
        modes = QVBoxLayout()
        modes.addWidget(self.practice_radio)
        modes.addWidget(self.test_radio)
        form.addRow(QLabel(self.tr("Mode")), modes)

        column = QWidget()
        column.setMaximumWidth(960)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(48, 36, 48, 36)
        outer = QHBoxLayout(self)
        outer.addWidget(column)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.status)
        start_row = QHBoxLayout()
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)
        layout.addLayout(start_row)
        # Explicit shortcuts rather than mnemonics: they work the same on every platform.
        self.shortcuts = {
            "Alt+R": QShortcut(QKeySequence("Alt+R"), self, self.practice_radio.click),
            "Alt+T": QShortcut(QKeySequence("Alt+T"), self, self.test_radio.click),
            "Alt+S": QShortcut(QKeySequence("Alt+S"), self, self._on_start_button_clicked),
            "Alt+V": QShortcut(QKeySequence("Alt+V"), self, self._on_review_button_clicked),
        }
        for shortcut in self.shortcuts.values():
            set_properties(shortcut, context="WidgetWithChildrenShortcut")
        # From the name, Tab goes to Review when something is due, then to the packs.
        QWidget.setTabOrder(self.name_edit, self.review_button)
        QWidget.setTabOrder(self.review_button, self.pack_list)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.review_button.clicked.connect(self._on_review_button_clicked)
        self.name_edit.returnPressed.connect(self._on_name_edit_return_pressed)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self.pack_list.itemActivated.connect(self._on_start_button_clicked)
        self.pack_list.currentRowChanged.connect(self._on_pack_list_current_row_changed)

    @property
    def mode(self) -> str:
        return "test" if self.test_radio.isChecked() else "practice"

    def set_packs(self, packs: list[PackSummary]) -> None:
        self._packs = packs
        self._fill_packs()

    def set_best_scores(self, best: dict[str, int]) -> None:
        self._best = best
        self._fill_packs()

    def set_progress(self, progress: dict[str, Progress]) -> None:
        """The quizzes the student named has left unfinished, by pack: Start becomes Continue."""
        self._progress = progress
        self._fill_packs()

    def _fill_packs(self) -> None:
        current = self.pack_list.currentRow()
        self.pack_list.clear()
        for pack in self._packs:
            skills = ", ".join(skill_name(skill) for skill in pack.skills)
            best = self._best.get(pack.id)
            best_text = self.tr(" · your best: %d%%") % best if best is not None else ""
            progress = self._progress.get(pack.id)
            progress_text = self.tr(" · in progress") if progress is not None else ""
            item = QListWidgetItem(
                f"{pack.title}\n{pack.article_title}\n"
                + self.tr("%d questions · %s") % (pack.question_count, skills) + best_text + progress_text
            )
            self.pack_list.addItem(item)
        if self._packs:
            self.pack_list.setCurrentRow(max(0, min(current, len(self._packs) - 1)))
        self._show_progress()

    def _show_progress(self) -> None:
        row = self.pack_list.currentRow()
        progress = self._progress.get(self._packs[row].id) if 0 <= row < len(self._packs) else None
        if progress is None:
            self.start_button.setText(self.tr("Start quiz (Alt+S)"))
            self.start_button.setAccessibleName(self.tr("Start quiz"))
            self.status.hide()
            return
        self.start_button.setText(self.tr("Continue quiz (Alt+S)"))
        self.start_button.setAccessibleName(self.tr("Continue quiz"))
        mode = self.tr("test") if progress.mode == "test" else self.tr("practice")
        self.status.setText(
            self.tr("Your %s at this pack is in progress: it goes on at question %d of %d.")
            % (mode, progress.number, progress.total)
        )
        self.status.show()

    def set_review_due(self, due: int | None) -> None:
        """How many questions the student named has due for review today; None, with no name."""
        self.review_row.setVisible(due is not None)
        if due is None:
            return
        if due == 0:
            text = self.tr("Review: no questions due today")
        elif due == 1:
            text = self.tr("Review: 1 question due today")
        else:
            text = self.tr("Review: %d questions due today") % due
        self.review_status.setText(text)
        self.review_button.setVisible(due > 0)
        self.review_button.setAccessibleDescription(text)

    def set_students(self, names: list[str]) -> None:
        """The names offered as the student types."""
        self.names.setStringList(names)

    def clear_name(self) -> None:
        self.name_edit.clear()

    def focus_first(self) -> None:
        self.message.clear()
        self.name_edit.setFocus()

    def _on_pack_list_current_row_changed(self, row: int) -> None:
        self._show_progress()

    def _on_name_edit_text_changed(self, text: str) -> None:
        self.name_changed.emit(" ".join(text.split()))

    def _on_name_edit_return_pressed(self) -> None:
        if self.name_edit.text().strip():
            self._on_start_button_clicked()

    def _on_review_button_clicked(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if name and self.review_button.isVisibleTo(self):
            self.review_requested.emit(name)

    def _on_start_button_clicked(self) -> None:
        name = " ".join(self.name_edit.text().split())
        row = self.pack_list.currentRow()
        if not name:
            self.message.setText(self.tr("Type your name first."))
            self.name_edit.setFocus()
            return
        if not 0 <= row < len(self._packs):
            self.message.setText(self.tr("Choose a pack first."))
            self.pack_list.setFocus()
            return
        self.start_requested.emit(name, self._packs[row].id, self.mode)
