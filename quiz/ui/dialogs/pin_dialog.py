"""The teacher's PIN: chosen on first use, asked before the teacher pages open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from quiz.core.errors import QuizError
from quiz.core.service import QuizService


class PinDialog(QDialog):
    def __init__(self, service: QuizService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.choosing = not service.teacher_pin_set()
        self.setWindowTitle(self.tr("Choose a teacher PIN") if self.choosing else self.tr("Teacher PIN"))
        self.setModal(True)
        intro = QLabel(
            self.tr("Choose a PIN for the teacher pages. Students cannot open the editor, the answer keys "
                    "or the class results without it.")
            if self.choosing else self.tr("Type the teacher PIN.")
        )
        intro.setWordWrap(True)
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("PIN again"))
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout()
        form.addRow(self.tr("PIN"), self.pin_edit)
        if self.choosing:
            form.addRow(self.tr("Again"), self.repeat_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.unlock_timer = QTimer(self, singleShot=True)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.unlock_timer.timeout.connect(self._on_unlock_timer_timeout)

    @classmethod
    def ask(cls, parent: QWidget, service: QuizService, on_granted: Callable[[], None]) -> "PinDialog":
        """Open the dialog (never blocking); `on_granted` runs once the PIN is right."""
        dialog = cls(service, parent)
        dialog.accepted.connect(on_granted)
        dialog.open()
        return dialog

    def _on_buttons_accepted(self) -> None:
        pin = self.pin_edit.text()
        if self.choosing:
            if pin != self.repeat_edit.text():
                self.message.setText(self.tr("The two PINs differ. Type the same PIN twice."))
                return
            try:
                self.service.set_teacher_pin(pin)
            except QuizError as exc:
                self.message.setText(str(exc))
                return
            self.accept()
            return
        check = self.service.check_teacher_pin(pin)
        if check.ok:
            self.accept()
            return
        self.pin_edit.clear()
        if check.wait > 0:
            self.message.setText(self.tr("Wrong PIN. Wait %d seconds before the next try.") % round(check.wait))
            self.buttons.setEnabled(False)
            self.unlock_timer.start(int(check.wait * 1000))
        else:
            self.message.setText(self.tr("Wrong PIN."))

    def _on_unlock_timer_timeout(self) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(self.tr("You can try again."))
