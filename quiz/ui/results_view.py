"""The last page: score, time, a chart per skill, every question with its review, the
questions missed to try again, the student's earlier attempts at the pack, and their review
queue per skill. After a review, the same for its questions, each with its own article."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidgetItem, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from quiz.core.domain import AnswerResult, Article, AttemptSummary, ReviewProgress
from quiz.ui.article_view import ArticleView
from quiz.ui.feedback_panel import FeedbackPanel, verdict_of
from quiz.ui.review_progress import ReviewProgressView
from quiz.ui.skill_chart import SkillChart
from quiz.ui.style import theme_colours
from quiz.ui.wrapping import VerticalScrollArea, WrappingList


def duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s" if minutes else f"{rest} s"


class ResultsView(QWidget):
    restart_requested = Signal()
    retry_requested = Signal(list)  # ids of the questions missed

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("resultsView")
        self.results: list[AnswerResult] = []
        self.articles: list[Article] = []  # the article of each result
        self.shown_article: Article | None = None
        self.heading = QLabel(self.tr("Your score"))
        self.heading.setObjectName("appTitle")
        self.score = QLabel()
        self.score.setObjectName("score")
        self.score.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = SkillChart()
        self.answers = WrappingList()
        self.answers.setAccessibleName(self.tr("Your answers: choose one to see its review"))
        self.history_label = QLabel(self.tr("Earlier attempts"))
        self.history = WrappingList()
        self.history.setAccessibleName(self.tr("Your earlier attempts at this pack"))
        self.history.setMaximumHeight(110)
        self.retry_button = QPushButton(self.tr("Retry the ones I missed"))
        self.again_button = QPushButton(self.tr("Take another quiz"))
        self.again_button.setObjectName("primaryButton")
        self.article_view = ArticleView()
        self.review = FeedbackPanel(with_prompt=True)
        self.progress = ReviewProgressView()

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 12, 0)
        column.addWidget(self.heading)
        column.addWidget(self.score)
        column.addWidget(self.chart)
        column.addWidget(QLabel(self.tr("Questions")))
        column.addWidget(self.answers, 1)
        column.addWidget(self.history_label)
        column.addWidget(self.history)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        column.addLayout(buttons)
        right = QWidget()
        review_column = QVBoxLayout(right)
        review_column.setContentsMargins(0, 0, 0, 0)
        # The review, then the student's review queue, take the height they need, and scroll
        # when the article must keep some.
        self.progress.hide()
        reviews = QWidget()
        reviews_column = QVBoxLayout(reviews)
        reviews_column.setContentsMargins(0, 0, 0, 0)
        reviews_column.setSpacing(12)
        reviews_column.addWidget(self.review)
        reviews_column.addWidget(self.progress)
        review_column.addWidget(VerticalScrollArea(reviews))
        review_column.addWidget(self.article_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([560, 640])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.splitter)
        self.escape_shortcut = QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.again_button.clicked.connect(self.restart_requested)
        self.escape_shortcut.activated.connect(self.restart_requested)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.answers.currentRowChanged.connect(self._on_answers_current_row_changed)

    def show_summary(
        self, summary: AttemptSummary, results: list[AnswerResult], article: Article, history: list[AttemptSummary]
    ) -> None:
        self.heading.setText(self.tr("Your score"))
        self._show_results(summary, results, [article] * len(results))
        self.history.clear()
        if not history:
            self.history.addItem(self.tr("This is your first attempt at this pack."))
        for earlier in history:
            state = "" if earlier.finished else self.tr(" (not finished)")
            self.history.addItem(
                self.tr("%s · %s · %d%%%s") % (earlier.started_at.replace("T", " ")[:16], earlier.mode, earlier.percent, state)
            )
        missed = self.missed()
        self.retry_button.setEnabled(bool(missed))
        self.retry_button.setText(self.tr("Retry the %d I missed") % len(missed) if missed else self.tr("Nothing to retry"))
        for widget in (self.history_label, self.history, self.retry_button):
            widget.show()

    def show_review(self, summary: AttemptSummary, results: list[AnswerResult], articles: list[Article]) -> None:
        """The end of a review: its questions, each with the article of its pack (`articles`,
        one per result). The ones missed come back tomorrow by themselves: nothing to retry."""
        self.heading.setText(self.tr("Your review"))
        self._show_results(summary, results, articles)
        for widget in (self.history_label, self.history, self.retry_button):
            widget.hide()

    def show_progress(self, progress: ReviewProgress) -> None:
        """The student's review queue per skill, beside the review of each question; nothing
        while the queue is empty."""
        self.progress.set_progress(progress)
        self.progress.setVisible(bool(progress.skills))

    def _show_results(self, summary: AttemptSummary, results: list[AnswerResult], articles: list[Article]) -> None:
        self.results = results
        self.articles = articles
        self.shown_article = None
        unanswered = sum(1 for r in results if r.response is None)
        self.score.setText(
            self.tr("%s of %d right (%d%%)") % (f"{summary.score:g}", summary.total, summary.percent)
            + (self.tr(" · %d not answered") % unanswered if unanswered else "")
            + self.tr(" · time %s") % duration(summary.seconds)
        )
        self.score.setAccessibleName(self.score.text())
        self.chart.set_results(results)
        self.answers.clear()
        colours = theme_colours(self.answers.palette())
        words = {"correct": self.tr("✓ Right"), "partly": self.tr("◐ Partly right"), "wrong": self.tr("✗ Wrong")}
        for number, result in enumerate(results, 1):
            verdict = verdict_of(result)
            word = self.tr("✗ Not answered") if result.response is None else words[verdict]
            item = QListWidgetItem(f"{word} · {number}. {result.question.prompt}")
            item.setForeground(QColor(colours[verdict]))
            self.answers.addItem(item)
        if results:
            self.answers.setCurrentRow(0)
        elif articles:
            self._show_article(articles[0])

    def missed(self) -> list[str]:
        return [r.question.id for r in self.results if not r.correct]

    def focus_first(self) -> None:
        self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_answers_current_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.results):
            return
        result = self.results[row]
        self._show_article(self.articles[row])
        self.review.show_result(result)
        question = result.question
        if question.evidence_start is not None and question.evidence_end is not None:
            self.article_view.highlight(question.evidence_start, question.evidence_end)
        else:
            self.article_view.clear_highlight()

    def _show_article(self, article: Article) -> None:
        if article is not self.shown_article:
            self.article_view.set_article(article)
            self.shown_article = article

    def _on_retry_button_clicked(self) -> None:
        self.retry_requested.emit(self.missed())
