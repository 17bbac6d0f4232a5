"""Paper copies of a pack: a worksheet for students and an answer key for teachers, as PDF.

The pages are a QTextDocument built with QTextCursor and drawn by Qt's own PDF writer.
No HTML is involved: pack and article texts are plain text, so a prompt that contains
`<b>` prints `<b>`.

The worksheet has the article, then the questions on a new page (so a student can lay the
article beside them), each with room to answer on paper. The answer key has, for each
question, the right answer, the explanation and the passage of the article it rests on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLength,
    QTextOption,
)

from quiz.core.article import parse_article
from quiz.core.domain import Pack, Question
from quiz.core.errors import QuizError

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
# Left, top, right, bottom, in millimetres; the footer sits inside the bottom margin's edge.
PAGE_MARGINS_MM = QMarginsF(20, 18, 20, 12)
# Device pixels per inch of the PDF writer. At 96, the resolution Qt's text layout assumes,
# it scales no margin, indent or tab stop, so every one of them means the same on paper;
# text and lines are vectors in the PDF whatever this is.
DPI = 96

SERIF = ["Georgia", "Charter", "Source Serif Pro", "DejaVu Serif", "Liberation Serif", "Times New Roman"]
SANS = ["Source Sans Pro", "Helvetica Neue", "Arial", "DejaVu Sans", "Liberation Sans"]
INK = QColor(0, 0, 0)
GREY = QColor(85, 85, 85)
RULE = QColor(120, 120, 120)

INDENT = 24  # points: answers sit under a question's text, past its number
BOX = "\u2610"  # ☐
BOX_WIDTH = 16  # points from a box to its choice's text
LINE_BREAK = "\u2028"  # a line break inside one paragraph


def _tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


# Kept for the life of the process: a QGuiApplication made here must outlive the call.
_app: QGuiApplication | None = None


def _ensure_gui_app() -> None:
    """QTextDocument needs a QGuiApplication for its fonts; the CLI has none, so make one.
    On Linux without a display it uses the offscreen platform: printing shows no window."""
    global _app
    if QCoreApplication.instance() is not None:
        return
    argv = [sys.argv[0] if sys.argv and sys.argv[0] else "quiz"]
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless and "QT_QPA_PLATFORM" not in os.environ:
        argv += ["-platform", "offscreen"]
    _app = QGuiApplication(argv)


def write_pdf(pack: Pack, path: Path, *, key: bool, page_size: str = "A4") -> int:
    """Write the pack's worksheet (or, with `key`, its answer key) to `path` as a PDF of
    `page_size` ("A4" or "Letter"); returns the number of pages written."""
    if page_size not in PAGE_SIZES:
        raise QuizError(f"unknown page size {page_size!r}; use {' or '.join(PAGE_SIZES)}")
    path = Path(path)
    if not path.parent.is_dir():
        raise QuizError(f"{path}: the folder {path.parent} does not exist")
    _ensure_gui_app()

    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]), QPageLayout.Orientation.Portrait,
            PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter,
        )
    )
    kind = _tr("Answer key") if key else _tr("Worksheet")
    writer.setTitle(f"{pack.title} \u2014 {kind}")
    writer.setCreator("Evidence Quiz")

    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setUseDesignMetrics(True)  # the fonts' own widths, not a screen's rounded ones
    document.documentLayout().setPaintDevice(writer)
    sheet = _Sheet(document)
    groups = _build_answer_key(sheet, pack) if key else _build_worksheet(sheet, pack)

    footer_font = _font(SANS, 8.5)
    footer_height = QFontMetricsF(footer_font, writer).height() * 2.2
    page = QRectF(0, 0, writer.width(), writer.height() - footer_height)
    document.setPageSize(page.size())
    _keep_together(document, groups, page.height())

    painter = QPainter()
    if not painter.begin(writer):
        raise QuizError(f"{path}: cannot write this file")
    try:
        pages = document.pageCount()
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(context.palette)
        palette.setColor(QPalette.ColorRole.Text, INK)
        palette.setColor(QPalette.ColorRole.WindowText, RULE)  # the colour of the writing lines
        context.palette = palette
        for number in range(1, pages + 1):
            if number > 1:
                writer.newPage()
            painter.save()
            painter.setClipRect(page)
            painter.translate(0, -(number - 1) * page.height())
            context.clip = page.translated(0, (number - 1) * page.height())
            document.documentLayout().draw(painter, context)
            painter.restore()
            _draw_footer(painter, footer_font, writer.width(), writer.height(), f"{pack.title} \u00b7 {kind}",
                         _tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(pages)))
    finally:
        painter.end()
    return pages


def _draw_footer(painter: QPainter, font: QFont, width: float, height: float, left: str, right: str) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(GREY)
    metrics = QFontMetricsF(font, painter.device())
    right_width = metrics.horizontalAdvance(right)
    baseline = height - metrics.descent()
    left = metrics.elidedText(left, Qt.TextElideMode.ElideRight, width - right_width - metrics.height() * 2)
    painter.drawText(QRectF(0, baseline - metrics.ascent(), width, metrics.height()),
                     Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine, left)
    painter.drawText(QRectF(0, baseline - metrics.ascent(), width, metrics.height()),
                     Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextSingleLine, right)
    painter.restore()


def _keep_together(document: QTextDocument, groups: list[tuple[int, int]], page_height: float) -> None:
    """Start a group of blocks (a question and its answer space) on a new page when it would
    otherwise be split across two and fits on one."""
    layout = document.documentLayout()
    for first, last in groups:
        top = layout.blockBoundingRect(document.findBlockByNumber(first)).top()
        bottom = layout.blockBoundingRect(document.findBlockByNumber(last)).bottom()
        if int(top // page_height) != int((bottom - 1) // page_height) and bottom - top < page_height * 0.9:
            cursor = QTextCursor(document.findBlockByNumber(first))
            block_format = QTextBlockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.mergeBlockFormat(block_format)
            # The layout after a changed block is not always redone in full: redo it all.
            document.markContentsDirty(0, document.characterCount())


def _font(families: list[str], points: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setStyleHint(QFont.StyleHint.Serif if families is SERIF else QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setItalic(italic)
    # No "fi" ligatures: text copied or searched in the PDF should read as typed.
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _chars(families: list[str], points: float, *, bold: bool = False, italic: bool = False,
           colour: QColor = INK) -> QTextCharFormat:
    chars = QTextCharFormat()
    chars.setFont(_font(families, points, bold=bold, italic=italic))
    chars.setForeground(colour)
    return chars


class _Styles:
    """The character formats of the pages; made once a QGuiApplication exists."""

    def __init__(self) -> None:
        self.title = _chars(SANS, 18, bold=True)
        self.label = _chars(SANS, 10, bold=True, colour=GREY)
        self.heading = _chars(SANS, 14, bold=True)
        self.article_title = _chars(SERIF, 15, bold=True)
        self.source = _chars(SERIF, 9.5, italic=True, colour=GREY)
        self.body = _chars(SERIF, 11.5)
        self.number = _chars(SANS, 11, bold=True)
        self.prompt = _chars(SANS, 11)
        self.hint = _chars(SANS, 9.5, italic=True, colour=GREY)
        self.choice = _chars(SANS, 11)
        self.box = _chars(["DejaVu Sans", "Segoe UI Symbol", "Apple Symbols", *SANS], 13)
        self.strong = _chars(SANS, 10.5, bold=True)
        self.text = _chars(SANS, 10.5)
        self.quote = _chars(SERIF, 10.5, italic=True)
        self.small = _chars(SANS, 9.5, colour=GREY)


class _Sheet:
    """Appends paragraphs to a document; lengths are in points."""

    def __init__(self, document: QTextDocument):
        self.document = document
        self.cursor = QTextCursor(document)
        self.empty = True
        self.styles = _Styles()

    @staticmethod
    def px(points: float) -> float:
        return points * DPI / 72

    def paragraph(
        self, *runs: tuple[str, QTextCharFormat], above: float = 0, below: float = 0, indent: float = 0,
        line_height: int = 100, break_before: bool = False, rule: bool = False, hanging: float = 0,
    ) -> int:
        """A paragraph of plain-text runs; returns its block number. With `hanging`, the first
        line starts that far left of the others, and a tab in it goes to where they start."""
        block = QTextBlockFormat()
        block.setTopMargin(self.px(above))
        block.setBottomMargin(self.px(below))
        block.setLeftMargin(self.px(indent + hanging))
        if hanging:
            block.setTextIndent(-self.px(hanging))
            block.setTabPositions([QTextOption.Tab(self.px(hanging), QTextOption.TabType.LeftTab)])
        if line_height != 100:
            block.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if break_before:
            block.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        if rule:
            block.setProperty(
                QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                QTextLength(QTextLength.Type.PercentageLength, 100),
            )
        first_chars = runs[0][1] if runs else self.styles.text
        if self.empty:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(first_chars)
            self.empty = False
        else:
            self.cursor.insertBlock(block, first_chars)
        for text, chars in runs:
            # insertText makes a new paragraph of every newline; keep the text in this one.
            self.cursor.insertText(text.replace("\r\n", "\n").replace("\n", LINE_BREAK), chars)
        return self.cursor.blockNumber()

    def writing_lines(self, count: int, indent: float) -> int:
        """Ruled lines to write on; returns the last one's block number."""
        last = 0
        for _ in range(count):
            last = self.paragraph(("", self.styles.prompt), above=14, indent=indent, rule=True)
        return last


def _build_worksheet(sheet: _Sheet, pack: Pack) -> list[tuple[int, int]]:
    st = sheet.styles
    sheet.paragraph((pack.title, st.title), below=8)
    sheet.paragraph(
        (_tr("Name") + ": " + "_" * 34 + "    " + _tr("Date") + ": " + "_" * 16, st.text), below=20,
    )
    _article(sheet, pack)
    sheet.paragraph((_tr("Questions"), st.heading), below=2, break_before=True)
    sheet.paragraph((_tr("Answer on this paper. Use the article to check every answer."), st.hint))
    groups = []
    for number, question in enumerate(pack.questions, 1):
        first = _prompt(sheet, number, question)
        last = _answer_space(sheet, question)
        groups.append((first, last))
    return groups


def _article(sheet: _Sheet, pack: Pack) -> None:
    st = sheet.styles
    article = pack.article
    if article.title:
        sheet.paragraph((article.title, st.article_title), below=4)
    if article.source:
        sheet.paragraph((article.source, st.source), below=6)
    parsed = parse_article(article.text)
    spans = parsed.paragraphs or ()
    texts = [article.text[s.start:s.end].strip() for s in spans] or [article.text.strip()]
    for text in texts:
        if text:
            sheet.paragraph((text, st.body), above=7, line_height=140)


def _prompt(sheet: _Sheet, number: int, question: Question) -> int:
    st = sheet.styles
    return sheet.paragraph((f"{number}.\t", st.number), (question.prompt, st.prompt), above=22, below=4,
                           line_height=120, hanging=INDENT)


def _answer_space(sheet: _Sheet, question: Question) -> int:
    st = sheet.styles
    kind = question.type
    if kind in ("choice", "multi"):
        hint = _tr("Tick one box.") if kind == "choice" else _tr("Tick all that apply.")
        last = sheet.paragraph((hint, st.hint), indent=INDENT, below=2)
        for choice in question.choices:
            last = sheet.paragraph((BOX + "\t", st.box), (choice, st.choice), indent=INDENT, hanging=BOX_WIDTH, above=5)
        return last
    if kind == "truefalse":
        return sheet.paragraph(
            (_tr("Circle one:") + "   ", st.hint),
            (_tr("True") + "   /   " + _tr("False"), st.choice), indent=INDENT, above=6,
        )
    if kind in ("number", "text"):
        return sheet.writing_lines(1, INDENT)
    # evidence: the answer is a passage of the article
    sheet.paragraph(
        (_tr("Underline the sentence(s) in the article that answer this, then copy the first few words here:"),
         st.hint), indent=INDENT,
    )
    return sheet.writing_lines(2, INDENT)


def _build_answer_key(sheet: _Sheet, pack: Pack) -> list[tuple[int, int]]:
    st = sheet.styles
    sheet.paragraph((_tr("Answer key") + " \u2014 " + _tr("for teachers, not for students"), st.label),
                    below=4)
    sheet.paragraph((pack.title, st.title), below=6)
    if pack.article.title:
        sheet.paragraph((_tr("Article:") + " ", st.small), (pack.article.title, st.small), below=2)
    if pack.article.source:
        sheet.paragraph((pack.article.source, st.source), below=2)
    groups = []
    for number, question in enumerate(pack.questions, 1):
        first = _prompt(sheet, number, question)
        last = sheet.paragraph((_tr("Answer:") + " ", st.strong), (_answer_text(question), st.strong),
                               indent=INDENT, above=2)
        if question.explanation:
            last = sheet.paragraph((question.explanation, st.text), indent=INDENT, above=4, line_height=115)
        if question.evidence:
            last = sheet.paragraph(
                (_tr("In the article:") + " ", st.text), ("\u201c" + question.evidence + "\u201d", st.quote),
                indent=INDENT, above=4, line_height=115,
            )
        wrong = [(c, question.feedback[c]) for c in question.choices if question.feedback.get(c)]
        if wrong:
            last = sheet.paragraph((_tr("If a student chose:"), st.small), indent=INDENT, above=4)
            for choice, feedback in wrong:
                last = sheet.paragraph(("\u201c" + choice + "\u201d \u2014 ", st.small), (feedback, st.small),
                                       indent=INDENT + 10, above=2)
        groups.append((first, last))
    return groups


def _answer_text(question: Question) -> str:
    answer = question.answer
    if question.type == "multi":
        return "; ".join(str(a) for a in answer)
    if question.type == "truefalse":
        return _tr("True") if answer else _tr("False")
    if question.type == "number":
        text = _number(answer)
        if question.tolerance:
            low, high = _number(answer - question.tolerance), _number(answer + question.tolerance)
            text += " " + _tr("(anything from %1 to %2 is right)").replace("%1", low).replace("%2", high)
        return text
    if question.type == "text":
        accepted = [a for a in question.accept if a]
        if accepted:
            return f"{answer} " + _tr("(also accepted: %1)").replace("%1", "; ".join(accepted))
        return str(answer)
    if question.type == "evidence":
        return _tr("the passage quoted below")
    return str(answer)


def _number(value: float) -> str:
    value = round(float(value), 10)
    return str(int(value)) if value.is_integer() else str(value)
