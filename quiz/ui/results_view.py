"""The last page: the score and each question marked right or wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from quiz.core.domain import AnswerResult, AttemptSummary


class ResultsView(QWidget):
    restart_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("resultsView")
        self.heading = QLabel(self.tr("Your score"))
        self.heading.setObjectName("appTitle")
        self.score = QLabel()
        self.score.setObjectName("score")
        self.score.setTextFormat(Qt.TextFormat.PlainText)
        self.answers = QListWidget()
        self.answers.setAccessibleName(self.tr("Your answers"))
        self.again_button = QPushButton(self.tr("Take another quiz"))
        self.again_button.setObjectName("primaryButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(self.heading)
        layout.addWidget(self.score)
        layout.addWidget(self.answers, 1)
        layout.addWidget(self.again_button, 0, Qt.AlignmentFlag.AlignRight)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.again_button.clicked.connect(self.restart_requested)

    def show_summary(self, summary: AttemptSummary, results: list[AnswerResult]) -> None:
        self.score.setText(
            self.tr("%s of %d right (%d%%)") % (f"{summary.score:g}", summary.total, summary.percent)
        )
        self.score.setAccessibleName(self.score.text())
        self.answers.clear()
        for number, result in enumerate(results, 1):
            mark = "✓" if result.correct else "✗"
            word = self.tr("right") if result.correct else self.tr("wrong")
            self.answers.addItem(f"{mark} {number}. {result.question.prompt.splitlines()[0]} — {word}")

    def focus_first(self) -> None:
        self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
