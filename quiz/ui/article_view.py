"""The article as a student reads it, with the evidence for an answer highlighted."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from quiz.core.domain import Article
from quiz.ui.qt_properties import set_properties


def utf16_offset(text: str, index: int) -> int:
    """Qt counts UTF-16 code units; Python counts code points. Convert an offset."""
    return index + sum(1 for char in text[:index] if ord(char) > 0xFFFF)


def python_offset(text: str, utf16: int) -> int:
    """The inverse of utf16_offset."""
    units = 0
    for index, char in enumerate(text):
        if units >= utf16:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


class ArticleView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("articleView")
        self.title = QLabel()
        self.title.setObjectName("articleTitle")
        set_properties(self.title, textFormat="PlainText")
        self.title.setWordWrap(True)
        self.body = QTextEdit()
        self.body.setObjectName("articleBody")
        self.body.setReadOnly(True)
        self.body.setAcceptRichText(False)
        self.body.setAccessibleName(self.tr("Article"))
        set_properties(self.body, textInteractionFlags="TextSelectableByKeyboard|TextSelectableByMouse")
        self._text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)

    def set_article(self, article: Article) -> None:
        self._text = article.text
        self.title.setText(article.title)
        self.title.setAccessibleName(self.tr("Article title: %s") % article.title)
        self.body.setPlainText(article.text)
        self.body.document().setDocumentMargin(16)
        # Space between paragraphs, set on the blocks so the text and its offsets stay exact.
        cursor = QTextCursor(self.body.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block_format = QTextBlockFormat()
        block_format.setBottomMargin(12)
        block_format.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(block_format)
        self.clear_highlight()
        self.body.moveCursor(QTextCursor.MoveOperation.Start)

    def clear_highlight(self) -> None:
        self.body.setExtraSelections([])

    def highlight(self, start: int, end: int) -> str:
        """Highlight `[start, end)` of the article text, scroll it into view, return it."""
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(utf16_offset(self._text, start))
        cursor.setPosition(utf16_offset(self._text, end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffe58a"))
        fmt.setForeground(QColor("#1a1a1a"))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selection.format = fmt
        self.body.setExtraSelections([selection])
        end_cursor = QTextCursor(cursor)
        end_cursor.setPosition(cursor.selectionEnd())
        self.body.setTextCursor(end_cursor)
        self.body.ensureCursorVisible()
        start_cursor = QTextCursor(cursor)
        start_cursor.setPosition(cursor.selectionStart())
        self.body.setTextCursor(start_cursor)
        self.body.ensureCursorVisible()
        return self.highlighted_text()

    def selected_span(self) -> tuple[int, int] | None:
        """The student's own selection as offsets into the article text, if any."""
        cursor = self.body.textCursor()
        if not cursor.hasSelection():
            return None
        return python_offset(self._text, cursor.selectionStart()), python_offset(self._text, cursor.selectionEnd())

    def highlighted_text(self) -> str:
        selections = self.body.extraSelections()
        return selections[0].cursor.selectedText().replace("\u2029", "\n") if selections else ""
