"""The student's review queue, per skill: questions learnt in review, still in review, and due
today, and the days in a row with a review. Figures in words, in a plain table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from quiz.core.domain import ReviewProgress, skill_name
from quiz.core.leitner import intervals_in_words
from quiz.ui.feedback_panel import plain_label


class ReviewProgressView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("reviewProgress")
        self.setAccessibleName(self.tr("Review what you missed, per skill"))
        self.title = plain_label("sectionTitle")
        self.title.setText(self.tr("Review what you missed"))
        self.about = plain_label("hint")
        self.about.setText(
            self.tr("A question you missed comes back after %s days, until you have answered it right each time.")
            % intervals_in_words()
        )
        self.streak = plain_label()
        self.table = QGridLayout()
        self.table.setHorizontalSpacing(16)
        self.table.setVerticalSpacing(0)
        self.table.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.about)
        layout.addLayout(self.table)
        layout.addWidget(self.streak)
        self.progress = ReviewProgress((), 0)

    def set_progress(self, progress: ReviewProgress) -> None:
        """The student's queue (the page around it hides it while it is empty)."""
        self.progress = progress
        while self.table.count():
            cell = self.table.takeAt(0).widget()
            cell.hide()  # at once: deleted later, it would be painted under its successor until then
            cell.deleteLater()
        headers = (self.tr("Skill"), self.tr("Learnt"), self.tr("In review"), self.tr("Due today"))
        rows = [headers] + [
            (skill_name(s.skill), str(s.learnt), str(s.in_review), str(s.due)) for s in progress.skills
        ]
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                cell = QLabel(text)
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setWordWrap(True)  # a long skill or heading takes two lines rather than more width
                if column:
                    cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row == 0:
                    cell.setObjectName("tableHeader")
                self.table.addWidget(cell, row, column)
        self.streak.setText(self.tr("Days in a row with a review: %d") % progress.streak)
        self.streak.setVisible(progress.streak > 0)
        self.setAccessibleDescription(" ".join([
            "; ".join(
                self.tr("%s: %d learnt, %d in review, %d due today") % (skill_name(s.skill), s.learnt, s.in_review, s.due)
                for s in progress.skills
            ) + ".",
            self.streak.text() if progress.streak else "",
        ]).strip())
