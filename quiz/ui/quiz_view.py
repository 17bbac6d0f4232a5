"""The quiz page: the article on the left, one question at a time on the right."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget,
)

from quiz.core.domain import AnswerResult, Article, Attempt, Question
from quiz.core.service import QuizService
from quiz.ui.answer_inputs import AnswerInput, EvidenceInput, answer_input_for
from quiz.ui.article_view import ArticleView


def _plain_label(object_name: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def answer_text(question: Question) -> str:
    if question.type == "truefalse":
        return "True" if question.answer else "False"
    if question.type == "multi":
        return "; ".join(question.answer)
    if question.type == "number":
        return f"{question.answer:g}"
    return str(question.answer)


class FeedbackPanel(QFrame):
    """Right or wrong in words and colour, the right answer, why, and the passage."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("feedback")
        self.verdict = _plain_label("verdict")
        self.right_answer = _plain_label()
        self.choice_feedback = _plain_label()
        self.explanation = _plain_label()
        self.passage = _plain_label("passage")
        layout = QVBoxLayout(self)
        for label in (self.verdict, self.right_answer, self.choice_feedback, self.explanation, self.passage):
            layout.addWidget(label)
        self.setAccessibleName(self.tr("Feedback"))

    def show_result(self, result: AnswerResult) -> None:
        question = result.question
        if result.correct:
            verdict = self.tr("✓ Correct")
        elif result.score > 0:
            verdict = self.tr("◐ Partly right (%d%%)") % round(result.score * 100)
        else:
            verdict = self.tr("✗ Not quite")
        self.verdict.setText(verdict)
        self.setProperty("verdict", "correct" if result.correct else "wrong")
        self.style().unpolish(self)
        self.style().polish(self)
        self.right_answer.setText(self.tr("Answer: %s") % answer_text(question))
        own = question.feedback.get(str(result.response), "") if not result.correct else ""
        self.choice_feedback.setText(own)
        self.choice_feedback.setVisible(bool(own))
        self.explanation.setText(question.explanation)
        self.passage.setText(self.tr("In the article: “%s”") % question.evidence if question.evidence else "")
        self.passage.setVisible(bool(question.evidence))
        self.setAccessibleDescription(" ".join(
            part for part in (verdict, self.right_answer.text(), own, question.explanation) if part
        ))


class QuizView(QWidget):
    quiz_finished = Signal(object, list)  # AttemptSummary, list[AnswerResult]
    answer_submitted = Signal(object)  # AnswerResult

    def __init__(self, service: QuizService):
        super().__init__()
        self.service = service
        self.attempt: Attempt | None = None
        self.article: Article | None = None
        self.index = 0
        self.results: list[AnswerResult] = []
        self.answered = False
        self.shown_at = time.monotonic()
        self.input: AnswerInput | None = None

        self.article_view = ArticleView()
        self.pack_title = _plain_label("packTitle")
        self.progress_label = _plain_label("progressLabel")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.prompt = _plain_label("prompt")
        self.prompt.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.input_holder = QVBoxLayout()
        self.hint = _plain_label("hint")
        self.feedback = FeedbackPanel()
        self.action_button = QPushButton()
        self.action_button.setObjectName("primaryButton")

        question_panel = QWidget()
        question_panel.setObjectName("questionPanel")
        column = QVBoxLayout(question_panel)
        column.setContentsMargins(24, 16, 24, 16)
        column.addWidget(self.pack_title)
        column.addWidget(self.progress_label)
        column.addWidget(self.progress)
        column.addSpacing(8)
        column.addWidget(self.prompt)
        column.addLayout(self.input_holder)
        column.addWidget(self.hint)
        column.addWidget(self.feedback)
        column.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.action_button)
        column.addLayout(buttons)
        scroll = QScrollArea()
        scroll.setWidget(question_panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.article_view)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 560])
        self.splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.splitter)

        self.shortcuts = [
            QShortcut(QKeySequence(key), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ]
        self.digit_shortcuts = [
            QShortcut(QKeySequence(str(n)), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for n in range(1, 10)
        ]
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.action_button.clicked.connect(self._on_action_button_clicked)
        self.article_view.body.selectionChanged.connect(self._on_article_selection_changed)
        for shortcut in self.shortcuts:
            shortcut.activated.connect(self._on_action_button_clicked)
        for number, shortcut in enumerate(self.digit_shortcuts):
            shortcut.activated.connect(lambda n=number: self._on_digit_pressed(n))

    # ------------------------------------------------------------ flow

    def start(self, attempt: Attempt, article: Article, title: str) -> None:
        self.attempt = attempt
        self.article = article
        self.results = []
        self.index = attempt.next_index
        self.pack_title.setText(title)
        self.article_view.set_article(article)
        self.show_question()

    @property
    def question(self) -> Question:
        assert self.attempt is not None
        return self.attempt.questions[self.index]

    def show_question(self) -> None:
        assert self.attempt is not None
        total = len(self.attempt.questions)
        self.answered = False
        self.progress_label.setText(self.tr("Question %d of %d") % (self.index + 1, total))
        self.progress.setRange(0, total)
        self.progress.setValue(self.index)
        question = self.question
        self.prompt.setText(question.prompt)
        self.prompt.setAccessibleName(question.prompt)
        if self.input is not None:
            self.input.deleteLater()
        self.input = answer_input_for(question, self.article)
        self.input.setAccessibleName(self.tr("Your answer"))
        self.input_holder.addWidget(self.input)
        self.input.changed.connect(self._on_input_changed)
        self.hint.setText(self._hint_for(question))
        self.feedback.hide()
        self.article_view.clear_highlight()
        self.action_button.setText(self.tr("Submit"))
        self.action_button.setEnabled(False)
        self.action_button.setAccessibleName(self.tr("Submit answer"))
        self.shown_at = time.monotonic()
        self.focus_first()

    def focus_first(self) -> None:
        """The answer input before submitting; the Next button after."""
        if self.answered:
            self.action_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.input is not None:
            self.input.focus_input()

    def _hint_for(self, question: Question) -> str:
        if question.type in ("choice", "truefalse"):
            return self.tr("Press 1-%d or use the arrow keys, then Enter.") % max(2, len(question.choices))
        if question.type == "multi":
            return self.tr("Press the numbers of every answer that applies, then Enter.")
        if question.type == "evidence":
            return self.tr("Select the sentences in the list, or in the article itself, then press Enter.")
        return self.tr("Type your answer, then press Enter.")

    def submit(self) -> AnswerResult | None:
        assert self.attempt is not None and self.input is not None
        response = self.input.response()
        if response is None or self.answered:
            return None
        seconds = round(time.monotonic() - self.shown_at, 2)
        result = self.service.submit_answer(self.attempt, self.question, response, seconds)
        self.results.append(result)
        self.answered = True
        self.input.setEnabled(False)
        self._show_feedback(result)
        self.answer_submitted.emit(result)
        return result

    def _show_feedback(self, result: AnswerResult) -> None:
        question = result.question
        self.feedback.show_result(result)
        self.feedback.show()
        if question.evidence_start is not None and question.evidence_end is not None:
            self.article_view.highlight(question.evidence_start, question.evidence_end)
        last = self.index + 1 >= len(self.attempt.questions)
        self.action_button.setText(self.tr("See my score") if last else self.tr("Next question"))
        self.action_button.setAccessibleName(self.action_button.text())
        self.action_button.setEnabled(True)
        self.focus_first()

    def advance(self) -> None:
        assert self.attempt is not None
        self.index += 1
        if self.index < len(self.attempt.questions):
            self.show_question()
            return
        summary = self.service.finish_attempt(self.attempt)
        self.quiz_finished.emit(summary, list(self.results))

    # ------------------------------------------------------------ slots

    def _on_action_button_clicked(self) -> None:
        if self.attempt is None:
            return
        if self.answered:
            self.advance()
        else:
            self.submit()

    def _on_digit_pressed(self, index: int) -> None:
        if self.input is not None and not self.answered:
            self.input.pick(index)

    def _on_article_selection_changed(self) -> None:
        if isinstance(self.input, EvidenceInput) and not self.answered:
            span = self.article_view.selected_span()
            if span is not None:
                self.input.select_span(*span)

    def _on_input_changed(self) -> None:
        if self.input is not None and not self.answered:
            self.action_button.setEnabled(self.input.response() is not None)
