"""The article as a student reads it, with the evidence for an answer highlighted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from quiz.core.domain import Article
from quiz.ui.qt_properties import set_properties
from quiz.ui.style import EVIDENCE_MARK, SENTENCE_MARK

if TYPE_CHECKING:
    from PySide6.QtGui import QBrush


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


def solid_brush(colour: str) -> QBrush:
    """A brush of one colour. Taken from a palette: QBrush(QColor) chooses among overloads
    that build Qt's namespace (qt_properties.py), and an evidence question that comes first
    marks its first sentence before the question is painted."""
    from PySide6.QtGui import QPalette  # a third of a millisecond, only once something is marked

    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor(colour))
    return palette.brush(QPalette.ColorRole.Text)


class ArticleView(QWidget):
    """The article's text, kept exactly, so that offsets into it stay offsets into the view:
    a headline that opens the text is styled as the heading instead of shown twice, and
    blank lines take no room (the paragraphs' own margins space them)."""

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
        self._evidence: list[QTextEdit.ExtraSelection] = []
        self._sentence: list[QTextEdit.ExtraSelection] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)

    def set_article(self, article: Article) -> None:
        self._text = article.text
        self.title.setText(article.title)
        self.title.setAccessibleName(self.tr("Article title: %s") % article.title)
        self.body.setPlainText(article.text)
        document = self.body.document()
        document.setDocumentMargin(16)
        # Space between paragraphs, set on the blocks so the text and its offsets stay exact.
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        block_format = QTextBlockFormat()
        block_format.setBottomMargin(12)
        block_format.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(block_format)
        block = document.begin()
        while block.isValid():
            block.setVisible(bool(block.text().strip()))
            block = block.next()
        document.markContentsDirty(0, document.characterCount())
        opening = article.text[article.paragraphs[0].start : article.paragraphs[0].end] if article.paragraphs else ""
        heads_the_text = bool(article.title) and opening == article.title.strip() and len(article.paragraphs) > 1
        self.title.setVisible(not heads_the_text)
        if heads_the_text:
            self._style_heading(article.paragraphs[0])
        self.clear_marks()
        self.body.moveCursor(QTextCursor.MoveOperation.Start)

    def _style_heading(self, span) -> None:
        """The headline that opens the text, in the title's size and weight."""
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(utf16_offset(self._text, span.start))
        cursor.setPosition(utf16_offset(self._text, span.end), QTextCursor.MoveMode.KeepAnchor)
        from PySide6.QtGui import QFont  # most articles have no headline in their text

        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.DemiBold.value)
        heading.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)  # a size up, as zoom sets it
        cursor.mergeCharFormat(heading)

    def clear_marks(self) -> None:
        """No evidence highlighted, no sentence marked, nothing selected: a new question starts clean."""
        cursor = self.body.textCursor()
        cursor.clearSelection()
        self.body.setTextCursor(cursor)
        self._sentence = []
        self.clear_highlight()

    def clear_highlight(self) -> None:
        self._evidence = []
        self._show_marks()

    def highlight(self, start: int, end: int) -> str:
        """Highlight `[start, end)` of the article text, scroll it into view, return it."""
        self._evidence = [self._mark(start, end, EVIDENCE_MARK, underline=True)]
        self._show_marks()
        self._scroll_to(self._evidence[0].cursor)
        return self.highlighted_text()

    def mark_sentence(self, start: int, end: int) -> None:
        """Mark the sentence a student is on in a list of sentences, and scroll to it: a
        colour of its own, not the evidence highlight of the feedback."""
        self._sentence = [self._mark(start, end, SENTENCE_MARK, underline=False)]
        self._show_marks()
        self._scroll_to(self._sentence[0].cursor)

    def marked_sentence(self) -> str:
        return self._sentence[0].cursor.selectedText().replace("\u2029", "\n") if self._sentence else ""

    def _mark(self, start: int, end: int, colours: tuple[str, str], underline: bool) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.body.document())
        cursor.setPosition(utf16_offset(self._text, start))
        cursor.setPosition(utf16_offset(self._text, end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setForeground(solid_brush(colours[0]))
        fmt.setBackground(solid_brush(colours[1]))
        if underline:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        selection.format = fmt
        return selection

    def _show_marks(self) -> None:
        self.body.setExtraSelections(self._sentence + self._evidence)

    def _scroll_to(self, marked: QTextCursor) -> None:
        """Bring the marked passage into view: its end, then its start, so a long one shows from its start."""
        for position in (marked.selectionEnd(), marked.selectionStart()):
            cursor = QTextCursor(marked)
            cursor.setPosition(position)
            self.body.setTextCursor(cursor)
            self.body.ensureCursorVisible()

    def selected_span(self) -> tuple[int, int] | None:
        """The student's own selection as offsets into the article text, if any."""
        cursor = self.body.textCursor()
        if not cursor.hasSelection():
            return None
        return python_offset(self._text, cursor.selectionStart()), python_offset(self._text, cursor.selectionEnd())

    def highlighted_text(self) -> str:
        return self._evidence[0].cursor.selectedText().replace("\u2029", "\n") if self._evidence else ""
