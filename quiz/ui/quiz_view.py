"""The quiz page: the article on the left, one question at a time on the right."""

from __future__ import annotations

import time

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QProgressBar, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget,
)

from quiz.core.domain import AnswerResult, Article, Attempt, Question
from quiz.core.service import QuizService
from quiz.ui.answer_inputs import AnswerInput, EvidenceInput, answer_input_for
from quiz.ui.article_view import ArticleView
from quiz.ui.feedback_panel import FeedbackPanel, plain_label
from quiz.ui.qt_properties import set_properties


class QuizView(QWidget):
    """One question at a time. In practice mode the feedback follows each answer; in test
    mode Enter moves straight on and the review waits for the end."""

    quiz_finished = Signal(object, object, list)  # Attempt, AttemptSummary, list[AnswerResult]
    answer_submitted = Signal(object)  # AnswerResult
    left = Signal()  # the student pressed Esc; every answer so far is kept

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
        self.pack_title = plain_label("packTitle")
        self.progress_label = plain_label("progressLabel")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.prompt = plain_label("prompt")
        set_properties(self.prompt, focusPolicy="NoFocus")
        self.input_holder = QVBoxLayout()
        self.hint = plain_label("hint")
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
        set_properties(scroll, horizontalScrollBarPolicy="ScrollBarAlwaysOff")

        self.splitter = QSplitter()  # horizontal
        self.splitter.addWidget(self.article_view)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 560])
        self.splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.splitter)

        self.shortcuts = [QShortcut(QKeySequence(key), self) for key in ("Return", "Enter")]
        self.escape_shortcut = QShortcut(QKeySequence("Esc"), self)
        self.digit_shortcuts = [QShortcut(QKeySequence(str(n)), self) for n in range(1, 10)]
        for shortcut in (*self.shortcuts, self.escape_shortcut, *self.digit_shortcuts):
            set_properties(shortcut, context="WidgetWithChildrenShortcut")
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.action_button.clicked.connect(self._on_action_button_clicked)
        self.article_view.body.selectionChanged.connect(self._on_article_selection_changed)
        for shortcut in self.shortcuts:
            shortcut.activated.connect(self._on_action_button_clicked)
        self.escape_shortcut.activated.connect(self.left)
        for number, shortcut in enumerate(self.digit_shortcuts):
            shortcut.activated.connect(lambda n=number: self._on_digit_pressed(n))

    # ------------------------------------------------------------ flow

    def start(self, attempt: Attempt, article: Article, title: str) -> None:
        """Show the attempt's next unanswered question (the first, unless it is resumed)."""
        self.attempt = attempt
        self.article = article
        self.results = self.service.answers_of(attempt)
        self.index = attempt.next_index
        mode = self.tr("Test") if attempt.mode == "test" else self.tr("Practice")
        self.pack_title.setText(f"{title} · {mode}")
        self.article_view.set_article(article)
        if self.index >= len(attempt.questions):
            self.finish()
        else:
            self.show_question()

    @property
    def testing(self) -> bool:
        return self.attempt is not None and self.attempt.mode == "test"

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
        last = self.index + 1 >= len(self.attempt.questions)
        if self.testing:
            self.action_button.setText(self.tr("Finish the test") if last else self.tr("Submit and go on"))
        else:
            self.action_button.setText(self.tr("Submit"))
        self.action_button.setEnabled(False)
        self.action_button.setAccessibleName(self.action_button.text())
        self.shown_at = time.monotonic()
        self.focus_first()

    def focus_first(self) -> None:
        """The answer input before submitting; the Next button after."""
        if self.answered:
            self.action_button.setFocus()
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
        self.answer_submitted.emit(result)
        if self.testing:
            self.advance()
        else:
            self._show_feedback(result)
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
        else:
            self.finish()

    def finish(self) -> None:
        assert self.attempt is not None
        summary = self.service.finish_attempt(self.attempt)
        # The database's record, not this view's: it holds every answer of a resumed attempt.
        self.quiz_finished.emit(self.attempt, summary, self.service.answers_of(self.attempt))

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
