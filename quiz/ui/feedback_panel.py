"""Right or wrong in words and colour, the right answer, why, and the passage: after an
answer in practice mode, and for every question in the review at the end."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from quiz.core.domain import AnswerResult, Question
from quiz.ui.qt_properties import set_properties


def plain_label(object_name: str = "") -> QLabel:
    label = QLabel()
    set_properties(label, textFormat="PlainText", textInteractionFlags="TextSelectableByMouse")
    label.setWordWrap(True)
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
    if question.type == "evidence":
        return "the highlighted passage"
    return str(question.answer)


def response_text(question: Question, response: Any) -> str:
    """What the student answered, as they would say it."""
    if response is None:
        return "(no answer)"
    if question.type == "truefalse":
        return "True" if response else "False"
    if question.type == "multi":
        return "; ".join(response)
    if question.type == "number":
        return f"{response:g}" if isinstance(response, (int, float)) else str(response)
    if question.type == "evidence":
        return f"{len(response)} sentence(s) selected"
    return str(response)


QUOTE_MARKS = "\"'“”‘’«»"


def quoted(passage: str) -> str:
    """A passage in quotation marks, unless it opens or closes with its own."""
    if passage[:1] in QUOTE_MARKS or passage[-1:] in QUOTE_MARKS:
        return passage
    return f"“{passage}”"


def verdict_of(result: AnswerResult) -> str:
    """correct, partly or wrong: the state the style colours, always beside a word and a mark."""
    return "correct" if result.correct else ("partly" if result.score > 0 else "wrong")


def _key(response: Any) -> str:
    """A response as the pack's feedback keys write it: true/false in lower case, as YAML does."""
    return str(response).lower() if isinstance(response, bool) else str(response)


def _picked(response: Any) -> list:
    return response if isinstance(response, list) else [response]


class FeedbackPanel(QFrame):
    """Right or wrong in words and colour, the right answer, why, and the passage; in the
    review at the end (`with_prompt`), the question itself above them."""

    def __init__(self, with_prompt: bool = False) -> None:
        super().__init__()
        self.setObjectName("feedback")
        self.with_prompt = with_prompt
        self.prompt = plain_label("reviewPrompt")
        self.prompt.setVisible(with_prompt)
        self.verdict = plain_label("verdict")
        self.your_answer = plain_label()
        self.right_answer = plain_label()
        self.choice_feedback = plain_label()
        self.explanation = plain_label()
        self.passage = plain_label("passage")
        layout = QVBoxLayout(self)
        for label in (
            self.prompt, self.verdict, self.your_answer, self.right_answer, self.choice_feedback, self.explanation,
            self.passage,
        ):
            layout.addWidget(label)
        self.setAccessibleName(self.tr("Feedback"))

    def show_result(self, result: AnswerResult) -> None:
        question = result.question
        if result.response is None:
            verdict = self.tr("✗ Not answered")
        elif result.correct:
            verdict = self.tr("✓ Correct")
        elif result.score > 0:
            verdict = self.tr("◐ Partly right (%d%%)") % round(result.score * 100)
        else:
            verdict = self.tr("✗ Not quite")
        self.prompt.setText(question.prompt)
        self.verdict.setText(verdict)
        for widget in (self, self.verdict):
            widget.setProperty("verdict", verdict_of(result))
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.your_answer.setText(self.tr("Your answer: %s") % response_text(question, result.response))
        self.right_answer.setText(self.tr("Right answer: %s") % answer_text(question))
        own = "\n".join(question.feedback.get(_key(r), "") for r in _picked(result.response)).strip() if not result.correct else ""
        self.choice_feedback.setText(own)
        self.choice_feedback.setVisible(bool(own))
        self.explanation.setText(question.explanation)
        self.passage.setText(self.tr("In the article: %s") % quoted(question.evidence) if question.evidence else "")
        self.passage.setVisible(bool(question.evidence))
        shown_prompt = question.prompt if self.with_prompt else ""
        self.setAccessibleDescription(" ".join(
            part for part in (shown_prompt, verdict, self.your_answer.text(), self.right_answer.text(), own, question.explanation)
            if part
        ))
