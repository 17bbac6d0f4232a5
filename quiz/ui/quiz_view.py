"""The quiz page: the article on the left, one question at a time on the right; for an
attempt at a pack, or for a review of questions from many packs."""

from __future__ import annotations

import json
import time

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from quiz.core.domain import AnswerResult, Article, Attempt, Question, Review
from quiz.core.service import QuizService
from quiz.ui.answer_inputs import AnswerInput, EvidenceInput, answer_input_for
from quiz.ui.article_view import ArticleView
from quiz.ui.feedback_panel import FeedbackPanel, plain_label
from quiz.ui.qt_properties import set_properties


class QuizView(QWidget):
    """One question at a time. In practice mode the feedback follows each answer. In test
    mode Enter moves straight on, the student may go back (Previous) or skip a question,
    answers may change until the test is finished, and the review waits for the end;
    questions left unanswered are offered again before it. A review is served as practice
    is, each question beside the article of its own pack."""

    quiz_finished = Signal(object, object, list)  # Attempt, AttemptSummary, list[AnswerResult]
    answer_submitted = Signal(object)  # AnswerResult
    left = Signal()  # the student pressed Esc; every answer so far is kept

    def __init__(self, service: QuizService):
        super().__init__()
        self.service = service
        self.attempt: Attempt | Review | None = None
        self.article: Article | None = None
        self.articles: dict[str, Article] = {}  # in a review: by pack id, as its questions come
        self.shown_pack: str | None = None  # in a review: the pack whose article is shown
        self.index = 0
        self.answers: dict[int, AnswerResult] = {}  # by the question's index in the attempt
        self.answered = False  # practice mode: this question's feedback is showing
        self.offered_unanswered = False  # test mode: the questions left unanswered were offered again
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
        self.message = plain_label("formMessage")
        self.message.hide()
        self.feedback = FeedbackPanel()
        self.previous_button = QPushButton(self.tr("Previous"))
        self.previous_button.setAccessibleDescription(self.tr("Go back to the question before (Alt+P)"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setAccessibleDescription(self.tr("Leave this question for now and go on (Alt+S)"))
        self.finish_button = QPushButton()
        self.action_button = QPushButton()
        self.action_button.setObjectName("primaryButton")

        question_panel = QWidget()
        question_panel.setObjectName("questionPanel")
        self.column = QVBoxLayout(question_panel)
        self.column.setContentsMargins(24, 16, 24, 16)
        self.column.addWidget(self.pack_title)
        self.column.addWidget(self.progress_label)
        self.column.addWidget(self.progress)
        self.column.addSpacing(8)
        self.column.addWidget(self.prompt)
        self.column.addLayout(self.input_holder)
        self.column.addWidget(self.hint)
        self.column.addWidget(self.feedback)
        self.stretch_index = self.column.count()
        self.column.addStretch(1)
        # Scrolls down, never sideways: everything in it wraps to the width it is given.
        self.scroll = QScrollArea()
        self.scroll.setWidget(question_panel)
        self.scroll.setWidgetResizable(True)
        set_properties(self.scroll, horizontalScrollBarPolicy="ScrollBarAlwaysOff", frameShape="NoFrame")
        # The buttons, and what a student must do first, stay in sight below the question however long it is.
        self.message.setContentsMargins(24, 8, 24, 0)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 8, 24, 8)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.action_button)
        question_side = QWidget()
        side = QVBoxLayout(question_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.scroll, 1)
        side.addWidget(self.message)
        side.addLayout(buttons)

        self.splitter = QSplitter()  # horizontal
        self.splitter.addWidget(self.article_view)
        self.splitter.addWidget(question_side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 560])
        self.splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.splitter)

        self.shortcuts = [QShortcut(QKeySequence(key), self) for key in ("Return", "Enter")]
        self.escape_shortcut = QShortcut(QKeySequence("Esc"), self)
        self.previous_shortcut = QShortcut(QKeySequence("Alt+P"), self)
        self.skip_shortcut = QShortcut(QKeySequence("Alt+S"), self)
        self.digit_shortcuts = [QShortcut(QKeySequence(str(n)), self) for n in range(1, 10)]
        for shortcut in (*self.shortcuts, self.escape_shortcut, self.previous_shortcut, self.skip_shortcut, *self.digit_shortcuts):
            set_properties(shortcut, context="WidgetWithChildrenShortcut")
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.action_button.clicked.connect(self._on_action_button_clicked)
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.skip_button.clicked.connect(self._on_skip_button_clicked)
        self.finish_button.clicked.connect(self._on_finish_button_clicked)
        self.article_view.body.selectionChanged.connect(self._on_article_selection_changed)
        for shortcut in self.shortcuts:
            shortcut.activated.connect(self._on_action_button_clicked)
        self.escape_shortcut.activated.connect(self.left)
        self.previous_shortcut.activated.connect(self._on_previous_button_clicked)
        self.skip_shortcut.activated.connect(self._on_skip_button_clicked)
        for number, shortcut in enumerate(self.digit_shortcuts):
            shortcut.activated.connect(lambda n=number: self._on_digit_pressed(n))

    # ------------------------------------------------------------ flow

    def start(self, attempt: Attempt, article: Article, title: str) -> None:
        """Show the question where the attempt stopped (the first, unless it is resumed)."""
        self.article = article
        mode = self.tr("Test") if attempt.mode == "test" else self.tr("Practice")
        self.pack_title.setText(f"{title} · {mode}")
        self.article_view.set_article(article)
        self._begin(attempt)

    def start_review(self, review: Review) -> None:
        """Serve the questions due for review, each beside its own pack's article."""
        self.articles = {}
        self.shown_pack = None
        self._begin(review)

    def _begin(self, attempt: Attempt | Review) -> None:
        self.attempt = attempt
        by_key = {result.question.key: result for result in self.service.answers_of(attempt)}
        self.answers = {i: by_key[q.key] for i, q in enumerate(attempt.questions) if q.key in by_key}
        self.offered_unanswered = False
        self._go_to(attempt.next_index)

    def article_of(self, pack_id: str) -> Article:
        """A pack's article, read once a review needs it."""
        if pack_id not in self.articles:
            self.articles[pack_id] = self.service.article_for(self.service.pack(pack_id))
        return self.articles[pack_id]

    def _show_pack_of_question(self) -> None:
        """In a review, the article and title of the pack the question comes from."""
        pack_id = self.attempt.packs[self.index]
        if pack_id != self.shown_pack:
            self.article = self.article_of(pack_id)
            self.article_view.set_article(self.article)
            self.pack_title.setText(f"{self.attempt.titles[pack_id]} · {self.tr('Review')}")
            self.shown_pack = pack_id

    @property
    def testing(self) -> bool:
        return self.attempt is not None and self.attempt.mode == "test"

    @property
    def question(self) -> Question:
        assert self.attempt is not None
        return self.attempt.questions[self.index]

    @property
    def results(self) -> list[AnswerResult]:
        """The answers given so far, in the attempt's order."""
        return [self.answers[i] for i in sorted(self.answers)]

    def unanswered(self) -> list[int]:
        """Indexes of the questions without an answer."""
        assert self.attempt is not None
        return [i for i in range(len(self.attempt.questions)) if i not in self.answers]

    def _go_to(self, index: int) -> None:
        """Show the question at `index`; past the last, offer the unanswered ones (in a test) or finish."""
        assert self.attempt is not None
        self.index = index
        if index < len(self.attempt.questions):
            self.show_question()
        elif self.testing and self.unanswered():
            self.show_unanswered()
        else:
            self.finish()

    def show_question(self) -> None:
        assert self.attempt is not None
        total = len(self.attempt.questions)
        self.answered = False
        if isinstance(self.attempt, Review):
            self._show_pack_of_question()
        self.progress_label.setText(self.tr("Question %d of %d") % (self.index + 1, total))
        self.progress.setRange(0, total)
        self.progress.setValue(len(self.answers) if self.testing else self.index)
        question = self.question
        self.prompt.setText(question.prompt)
        self.prompt.setAccessibleName(question.prompt)
        self._replace_input(answer_input_for(question, self.article))
        if self.index in self.answers:
            self.input.set_response(self.answers[self.index].response)
        self.hint.setText(self._hint_for(question))
        self.hint.show()
        self.feedback.hide()
        self.article_view.clear_marks()
        if self.testing:
            others = [i for i in self.unanswered() if i != self.index]
            last = not others and (self.offered_unanswered or self.index + 1 >= total)
            self._set_action(self.tr("Finish the test") if last else self.tr("Submit and go on"))
        else:
            self._set_action(self.tr("Submit"))
        self._show_test_buttons(previous=self.index > 0, skip=True)
        self.shown_at = time.monotonic()
        self.focus_first()

    def show_unanswered(self) -> None:
        """The end of a test with questions unanswered: answer them now, or finish without."""
        missing = self.unanswered()
        total = len(self.attempt.questions)
        self.progress_label.setText(self.tr("%d of %d questions answered") % (total - len(missing), total))
        self.progress.setValue(total - len(missing))
        numbers = ", ".join(str(i + 1) for i in missing)
        self.prompt.setText(
            self.tr("You have not answered %d of the questions yet: %s. Answer them now, or finish the test: "
                    "a question left unanswered counts as wrong.") % (len(missing), numbers)
        )
        self.prompt.setAccessibleName(self.prompt.text())
        self._replace_input(None)
        self.hint.hide()
        self.feedback.hide()
        self.article_view.clear_marks()
        self._set_action(self.tr("Answer question %d") % (missing[0] + 1))
        self.finish_button.setText(self.tr("Finish now"))
        self.finish_button.setAccessibleName(self.tr("Finish the test with %d questions unanswered") % len(missing))
        self._show_test_buttons(previous=True, skip=False)
        self.finish_button.show()
        self.focus_first()

    def _replace_input(self, widget: AnswerInput | None) -> None:
        if self.input is not None:
            self.input.hide()
            self.input.deleteLater()
        self.input = widget
        self.message.hide()
        evidence = isinstance(widget, EvidenceInput)
        # An evidence question's list of sentences takes the height there is; other questions sit at the top.
        self.column.setStretchFactor(self.input_holder, 1 if evidence else 0)
        self.column.setStretch(self.stretch_index, 0 if evidence else 1)
        if widget is None:
            return
        widget.setAccessibleName(self.tr("Your answer"))
        self.input_holder.addWidget(widget)
        widget.changed.connect(self._on_input_changed)
        if evidence:
            widget.current_sentence_changed.connect(self.article_view.mark_sentence)

    def _set_action(self, text: str) -> None:
        self.action_button.setText(text)
        self.action_button.setAccessibleName(text)

    def _show_test_buttons(self, previous: bool, skip: bool) -> None:
        self.previous_button.setVisible(self.testing and previous)
        self.skip_button.setVisible(self.testing and skip)
        self.finish_button.hide()

    def focus_first(self) -> None:
        """The answer input before submitting; the Next button after, and on the page of unanswered questions."""
        if self.answered or self.input is None:
            self.action_button.setFocus()
        else:
            self.input.focus_input()

    def _hint_for(self, question: Question) -> str:
        if question.type in ("choice", "truefalse"):
            hint = self.tr("Press 1-%d or use the arrow keys, then Enter.") % max(2, len(question.choices))
        elif question.type == "multi":
            hint = self.tr("Press the numbers of every answer that applies, then Enter.")
        elif question.type == "evidence" and self._evidence_sentences(question) > 1:
            hint = self.tr("Select the sentences in the list, or in the article itself, then press Enter.")
        elif question.type == "evidence":
            hint = self.tr("Select the sentence in the list, or in the article itself, then press Enter.")
        else:
            hint = self.tr("Type your answer, then press Enter.")
        if self.testing:
            hint += " " + self.tr("Alt+P goes back a question, Alt+S skips one.")
        return hint

    def _evidence_sentences(self, question: Question) -> int:
        """How many of the article's sentences the evidence runs over: the answer is that many."""
        if self.article is None or question.evidence_start is None or question.evidence_end is None:
            return 1
        return len(self.article.sentences_over(question.evidence_start, question.evidence_end))

    def submit(self) -> AnswerResult | None:
        """Save the answer given; in a test, go on. An answer unchanged on a question seen
        again is not saved twice."""
        assert self.attempt is not None and self.input is not None
        response = self.input.response()
        if self.answered:
            return None
        if response is None:
            self.message.setText(
                self.tr("Choose an answer first (or Skip).") if self.testing else self.tr("Choose an answer first.")
            )
            self.message.show()
            return None
        earlier = self.answers.get(self.index)
        if earlier is not None and json.dumps(earlier.response) == json.dumps(response):  # as stored: tuples are lists
            self.advance()
            return earlier
        seconds = round(time.monotonic() - self.shown_at, 2)
        result = self.service.submit_answer(self.attempt, self.question, response, seconds)
        self.answers[self.index] = result
        self.answer_submitted.emit(result)
        if self.testing:
            self.advance()
        else:
            self.answered = True
            self.input.lock()
            self._show_feedback(result)
        return result

    def _show_feedback(self, result: AnswerResult) -> None:
        question = result.question
        self.feedback.show_result(result)
        self.feedback.show()
        if question.evidence_start is not None and question.evidence_end is not None:
            self.article_view.highlight(question.evidence_start, question.evidence_end)
        last = self.index + 1 >= len(self.attempt.questions)
        self._set_action(self.tr("See my score") if last else self.tr("Next question"))
        self.focus_first()

    def advance(self) -> None:
        """On to the next question; once the unanswered ones have been offered, the next of those."""
        assert self.attempt is not None
        following = self.index + 1
        if self.testing and self.offered_unanswered:
            following = next((i for i in self.unanswered() if i > self.index), len(self.attempt.questions))
        self._go_to(following)

    def finish(self) -> None:
        assert self.attempt is not None
        summary = self.service.finish_attempt(self.attempt)
        # The database's record, not this view's: it holds every answer of a resumed attempt.
        self.quiz_finished.emit(self.attempt, summary, self.service.review_of(self.attempt))

    # ------------------------------------------------------------ slots

    def _on_action_button_clicked(self) -> None:
        if self.attempt is None:
            return
        if self.input is None:  # the page of unanswered questions: answer the first
            self.offered_unanswered = True
            self._go_to(self.unanswered()[0])
        elif self.answered:
            self.advance()
        else:
            self.submit()

    def _on_previous_button_clicked(self) -> None:
        if self.testing and self.index > 0:
            self._go_to(self.index - 1)

    def _on_skip_button_clicked(self) -> None:
        if self.testing and self.input is not None:
            self.advance()

    def _on_finish_button_clicked(self) -> None:
        if self.testing and self.input is None:
            self.finish()

    def _on_digit_pressed(self, index: int) -> None:
        if self.input is not None and not self.answered:
            self.input.pick(index)

    def _on_article_selection_changed(self) -> None:
        if isinstance(self.input, EvidenceInput) and not self.answered:
            span = self.article_view.selected_span()
            if span is not None:
                self.input.select_span(*span)

    def _on_input_changed(self) -> None:
        self.message.hide()
