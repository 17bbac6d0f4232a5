"""First page: the student's name and the pack to take."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from quiz.core.domain import PackSummary

PACK_ID_ROLE = Qt.ItemDataRole.UserRole


class StartView(QWidget):
    start_requested = Signal(str, str)  # student name, pack id

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("startView")
        title = QLabel(self.tr("Evidence Quiz"))
        title.setObjectName("appTitle")
        intro = QLabel(self.tr("Read a real news article, answer questions about it, and see the evidence for every answer."))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Your name"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.pack_list = QListWidget()
        self.pack_list.setAccessibleName(self.tr("Question packs"))
        self.pack_list.setAccessibleDescription(self.tr("Choose a pack with the arrow keys and press Enter to start"))
        self.start_button = QPushButton(self.tr("Start quiz"))
        self.start_button.setAccessibleName(self.tr("Start quiz"))
        self.start_button.setDefault(True)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        name_label = QLabel(self.tr("&Name"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        packs_label = QLabel(self.tr("&Pack"))
        packs_label.setBuddy(self.pack_list)
        form.addRow(packs_label, self.pack_list)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignRight)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.name_edit.returnPressed.connect(self._on_name_edit_return_pressed)
        self.pack_list.itemActivated.connect(self._on_start_button_clicked)

    def set_packs(self, packs: list[PackSummary]) -> None:
        self.pack_list.clear()
        for pack in packs:
            skills = ", ".join(pack.skills)
            item = QListWidgetItem(f"{pack.title}\n{pack.question_count} questions · {skills}")
            item.setData(PACK_ID_ROLE, pack.id)
            item.setToolTip(pack.article_title)
            self.pack_list.addItem(item)
        if packs:
            self.pack_list.setCurrentRow(0)

    def set_students(self, names: list[str]) -> None:
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.name_edit.setCompleter(completer)

    def focus_first(self) -> None:
        self.message.clear()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_name_edit_return_pressed(self) -> None:
        if self.name_edit.text().strip():
            self._on_start_button_clicked()

    def _on_start_button_clicked(self) -> None:
        name = " ".join(self.name_edit.text().split())
        item = self.pack_list.currentItem()
        if not name:
            self.message.setText(self.tr("Type your name first."))
            self.name_edit.setFocus()
            return
        if item is None:
            self.message.setText(self.tr("Choose a pack first."))
            self.pack_list.setFocus()
            return
        self.start_requested.emit(name, item.data(PACK_ID_ROLE))
