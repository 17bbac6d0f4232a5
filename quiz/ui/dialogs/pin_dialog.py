"""The teacher's PIN: chosen on first use, asked before the teacher pages open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLayout, QLineEdit, QVBoxLayout, QWidget

from quiz.core.errors import QuizError
from quiz.core.security import MIN_PIN_LENGTH
from quiz.core.service import QuizService


def _paragraph(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class PinDialog(QDialog):
    def __init__(self, service: QuizService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.choosing = not service.teacher_pin_set()
        self.setWindowTitle(self.tr("Choose a teacher PIN") if self.choosing else self.tr("Teacher PIN"))
        self.setModal(True)
        self.intro = _paragraph(
            self.tr("Choose a PIN for the teacher pages. Students cannot open the editor, the answer keys "
                    "or the class results without it.")
            if self.choosing else self.tr("Type the teacher PIN.")
        )
        # The rule before the first try, not only after a failed one (security.pin_problem).
        self.hint = _paragraph(
            self.tr("Use at least %d characters, not all the same one.") % MIN_PIN_LENGTH if self.choosing
            else self.tr("Forgot the PIN? Run quiz reset-pin on this computer.")
        )
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("PIN again"))
        self.message = _paragraph()
        self.message.setObjectName("formMessage")
        self.message.hide()  # takes room only when it has something to say
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        form.addRow(self.tr("PIN"), self.pin_edit)
        if self.choosing:
            form.addRow(self.tr("Again"), self.repeat_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # The dialog grows with a message instead of squeezing the text above it; wrapped
        # text needs a width to wrap at.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
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
                self._say(self.tr("The two PINs differ. Type the same PIN twice."))
                return
            try:
                self.service.set_teacher_pin(pin)
            except QuizError as exc:
                message = str(exc)
                self._say(message[:1].upper() + message[1:])
                return
            self.accept()
            return
        check = self.service.check_teacher_pin(pin)
        if check.ok:
            self.accept()
            return
        self.pin_edit.clear()
        if check.wait > 0:
            self._say(self.tr("Wrong PIN. Wait %d seconds before the next try.") % round(check.wait))
            self.ok_button.setEnabled(False)  # Cancel stays: the teacher may give up
            self.unlock_timer.start(int(check.wait * 1000))
        else:
            self._say(self.tr("Wrong PIN."))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.adjustSize()

    def _on_unlock_timer_timeout(self) -> None:
        self.ok_button.setEnabled(True)
        self._say(self.tr("You can try again."))
