"""A bar per row (a skill, usually): a share drawn with QPainter, with its figures beside it
in words, so colour is never the only signal."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from quiz.core.domain import SKILLS, AnswerResult, skill_name


def skill_scores(results: list[AnswerResult]) -> dict[str, tuple[float, int]]:
    """skill -> (points scored, questions asked), in the order of SKILLS."""
    totals: dict[str, tuple[float, int]] = {}
    for result in results:
        score, count = totals.get(result.question.skill, (0.0, 0))
        totals[result.question.skill] = (score + result.score, count + 1)
    return {skill: totals[skill] for skill in SKILLS if skill in totals}


class SkillChart(QWidget):
    ROW = 30
    MIN_BAR = 40

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("skillChart")
        self.setAccessibleName(self.tr("Score per skill"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.rows: list[tuple[str, float, str]] = []  # label, share 0..1, the figures in words

    def set_results(self, results: list[AnswerResult]) -> None:
        """One student's attempt: points out of questions, per skill."""
        self.set_rows([
            (skill_name(skill), score / count, self.tr("%s of %d (%d%%)") % (f"{score:g}", count, round(100 * score / count)))
            for skill, (score, count) in skill_scores(results).items()
        ])

    def set_rows(self, rows: list[tuple[str, float, str]]) -> None:
        self.rows = rows
        self.setAccessibleDescription("; ".join(f"{label}: {text}" for label, _, text in rows))
        self.setFixedHeight(max(1, len(rows)) * self.row_height() + 8)
        self.updateGeometry()
        self.update()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:  # zoom: the rows take the new font's height
            self.set_rows(self.rows)
        super().changeEvent(event)

    def row_height(self) -> int:
        return max(self.ROW, self.fontMetrics().height() + 12)

    def sizeHint(self) -> QSize:
        return QSize(max(420, self.minimumSizeHint().width()), max(1, len(self.rows)) * self.row_height() + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for every label and figure in full, beside the narrowest bar."""
        label_width, text_width = self._column_widths()
        return QSize(label_width + self.MIN_BAR + text_width, max(1, len(self.rows)) * self.row_height() + 8)

    def _column_widths(self) -> tuple[int, int]:
        metrics = self.fontMetrics()
        label_width = max((metrics.horizontalAdvance(label) for label, _, _ in self.rows), default=0) + 16
        text_width = max((metrics.horizontalAdvance(text) for _, _, text in self.rows), default=0) + 16
        return label_width, text_width

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        label_width, text_width = self._column_widths()
        bar_width = max(self.MIN_BAR, self.width() - label_width - text_width)
        row = self.row_height()
        for index, (label, share, text) in enumerate(self.rows):
            top = 4 + index * row
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(0, top, label_width, row), Qt.AlignmentFlag.AlignVCenter, label)
            track = QRectF(label_width, top + row * 0.25, bar_width, row * 0.5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
            painter.drawRoundedRect(track, 4, 4)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * share, track.height()), 4, 4)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(label_width + bar_width + 8, top, text_width, row), Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()
