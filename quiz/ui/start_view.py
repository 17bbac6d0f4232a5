"""First page: the student's name, the pack to take, and practice or test mode."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QRadioButton, QVBoxLayout, QWidget,
)

from quiz.core.domain import PackSummary
from quiz.ui.qt_properties import set_properties


class StartView(QWidget):
    start_requested = Signal(str, str, str)  # student name, pack id, mode
    name_changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("startView")
        self._packs: list[PackSummary] = []
        self._best: dict[str, int] = {}
        title = QLabel(self.tr("Evidence Quiz"))
        title.setObjectName("appTitle")
        intro = QLabel(self.tr("Read a real news article, answer questions about it, and see the evidence for every answer."))
        intro.setWordWrap(True)
        self.name_box = QComboBox()
        self.name_box.setEditable(True)
        self.name_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_box.lineEdit().setPlaceholderText(self.tr("Type your name or pick it from the list"))
        self.name_box.setAccessibleName(self.tr("Your name"))
        self.name_edit = self.name_box.lineEdit()
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.pack_list = QListWidget()
        self.pack_list.setAccessibleName(self.tr("Question packs"))
        self.pack_list.setWordWrap(True)
        set_properties(self.pack_list, horizontalScrollBarPolicy="ScrollBarAlwaysOff")
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
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        set_properties(self.message, textFormat="PlainText")

        form = QFormLayout()
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name_box)
        form.addRow(name_label, self.name_box)
        packs_label = QLabel(self.tr("&Pack"))
        packs_label.setBuddy(self.pack_list)
        form.addRow(packs_label, self.pack_list)
        modes = QHBoxLayout()
        modes.addWidget(self.practice_radio)
        modes.addWidget(self.test_radio)
        modes.addStretch(1)
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
        start_row = QHBoxLayout()
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)
        layout.addLayout(start_row)
        # Explicit shortcuts rather than mnemonics: they work the same on every platform.
        self.shortcuts = {
            "Alt+R": QShortcut(QKeySequence("Alt+R"), self, self.practice_radio.click),
            "Alt+T": QShortcut(QKeySequence("Alt+T"), self, self.test_radio.click),
            "Alt+S": QShortcut(QKeySequence("Alt+S"), self, self._on_start_button_clicked),
        }
        for shortcut in self.shortcuts.values():
            set_properties(shortcut, context="WidgetWithChildrenShortcut")
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.name_edit.returnPressed.connect(self._on_name_edit_return_pressed)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self.pack_list.itemActivated.connect(self._on_start_button_clicked)

    @property
    def mode(self) -> str:
        return "test" if self.test_radio.isChecked() else "practice"

    def set_packs(self, packs: list[PackSummary]) -> None:
        self._packs = packs
        self._fill_packs()

    def set_best_scores(self, best: dict[str, int]) -> None:
        self._best = best
        self._fill_packs()

    def _fill_packs(self) -> None:
        current = self.pack_list.currentRow()
        self.pack_list.clear()
        for pack in self._packs:
            skills = ", ".join(pack.skills)
            best = self._best.get(pack.id)
            best_text = self.tr(" · your best: %d%%") % best if best is not None else ""
            item = QListWidgetItem(
                f"{pack.title}\n{pack.article_title}\n"
                + self.tr("%d questions · %s") % (pack.question_count, skills) + best_text
            )
            self.pack_list.addItem(item)
        if self._packs:
            self.pack_list.setCurrentRow(max(0, min(current, len(self._packs) - 1)))

    def set_students(self, names: list[str]) -> None:
        text = self.name_edit.text()
        self.name_box.clear()
        self.name_box.addItems(names)
        self.name_box.setCurrentIndex(-1)
        self.name_edit.setText(text)

    def focus_first(self) -> None:
        self.message.clear()
        self.name_box.setFocus()

    def _on_name_edit_text_changed(self, text: str) -> None:
        self.name_changed.emit(" ".join(text.split()))

    def _on_name_edit_return_pressed(self) -> None:
        if self.name_edit.text().strip():
            self._on_start_button_clicked()

    def _on_start_button_clicked(self) -> None:
        name = " ".join(self.name_edit.text().split())
        row = self.pack_list.currentRow()
        if not name:
            self.message.setText(self.tr("Type your name first."))
            self.name_box.setFocus()
            return
        if not 0 <= row < len(self._packs):
            self.message.setText(self.tr("Choose a pack first."))
            self.pack_list.setFocus()
            return
        self.start_requested.emit(name, self._packs[row].id, self.mode)
