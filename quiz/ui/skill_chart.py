"""A bar for each skill: the share of its questions answered right, drawn with QPainter.
Each bar carries its figures in words too, so colour is never the only signal."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from quiz.core.domain import SKILLS, AnswerResult


def skill_scores(results: list[AnswerResult]) -> dict[str, tuple[float, int]]:
    """skill -> (points scored, questions asked), in the order of SKILLS."""
    totals: dict[str, tuple[float, int]] = {}
    for result in results:
        score, count = totals.get(result.question.skill, (0.0, 0))
        totals[result.question.skill] = (score + result.score, count + 1)
    return {skill: totals[skill] for skill in SKILLS if skill in totals}


class SkillChart(QWidget):
    ROW = 30

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("skillChart")
        self.setAccessibleName(self.tr("Score per skill"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.scores: dict[str, tuple[float, int]] = {}

    def set_results(self, results: list[AnswerResult]) -> None:
        self.scores = skill_scores(results)
        self.setAccessibleDescription("; ".join(self.row_texts()))
        self.setFixedHeight(max(1, len(self.scores)) * self.row_height() + 8)
        self.update()

    def row_texts(self) -> list[str]:
        return [
            self.tr("%s: %s of %d right (%d%%)") % (skill, f"{score:g}", count, round(100 * score / count))
            for skill, (score, count) in self.scores.items()
        ]

    def row_height(self) -> int:
        return max(self.ROW, self.fontMetrics().height() + 12)

    def sizeHint(self) -> QSize:
        return QSize(420, max(1, len(self.scores)) * self.row_height() + 8)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        label_width = max((metrics.horizontalAdvance(s) for s in self.scores), default=0) + 16
        text_width = metrics.horizontalAdvance("10 of 10 (100%)") + 16
        bar_width = max(40, self.width() - label_width - text_width)
        row = self.row_height()
        for index, (skill, (score, count)) in enumerate(self.scores.items()):
            top = 4 + index * row
            share = score / count if count else 0
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(0, top, label_width, row), Qt.AlignmentFlag.AlignVCenter, skill)
            track = QRectF(label_width, top + row * 0.25, bar_width, row * 0.5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
            painter.drawRoundedRect(track, 4, 4)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(QRectF(track.left(), track.top(), track.width() * share, track.height()), 4, 4)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(label_width + bar_width + 8, top, text_width, row), Qt.AlignmentFlag.AlignVCenter,
                f"{score:g} of {count} ({round(100 * share)}%)",
            )
        painter.end()
