"""A plain-text field that is as tall as its text, for forms that scroll as a whole."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSizePolicy, QTextEdit


class GrowingTextEdit(QTextEdit):
    """Grows from `min_lines` to `max_lines` lines with its text, so every line of a short
    text is in view without a scroll bar of its own; past `max_lines` it scrolls."""

    def __init__(self, min_lines: int = 2, max_lines: int = 12) -> None:
        super().__init__()
        self.min_lines, self.max_lines = min_lines, max_lines
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._on_document_size_changed)

    def _on_document_size_changed(self, *_) -> None:
        self.updateGeometry()

    def _frame_height(self) -> int:
        margins = self.contentsMargins()
        return margins.top() + margins.bottom()

    def _lines_height(self, lines: int) -> int:
        return math.ceil(lines * self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        text = math.ceil(self.document().size().height())
        height = max(self._lines_height(self.min_lines), min(text, self._lines_height(self.max_lines)))
        return QSize(self.fontMetrics().averageCharWidth() * 30, height + self._frame_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.fontMetrics().averageCharWidth() * 8, self.sizeHint().height())
