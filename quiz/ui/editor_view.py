"""The pack editor: the questions of a pack, a form for the one chosen, the article beside
them for picking evidence, and the same checks as `quiz check` as the teacher types.

It edits the pack as plain data in the pack format (what packs.pack_to_dict gives), so a
save writes exactly what the teacher sees; undo and redo keep whole snapshots of it."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget,
)

from quiz.core.article import parse_article
from quiz.core.domain import QUESTION_TYPES, SKILLS, Pack
from quiz.core.errors import PackError
from quiz.core.packs import dump_data, read_pack
from quiz.ui.article_view import ArticleView

REVIEW_MARKS = {"pending": "•", "accepted": "✓", "edited": "✎", "rejected": "✗"}
# The pack is checked as `quiz check` checks it, by writing it out and reading it back, so
# that every message has its line: 3 ms at 30 questions, 100 ms at 300. While the teacher
# types, the check waits for a pause this long.
CHECK_PAUSE_MS = 300


class Snapshot(QUndoCommand):
    """One change to the pack: the data before and after it."""

    def __init__(self, editor: "EditorView", before: dict, after: dict, text: str, merge_key: str = ""):
        super().__init__(text)
        self.editor, self.before, self.after, self.merge_key = editor, before, after, merge_key

    def id(self) -> int:  # consecutive typing in one field is one undo step
        return 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if isinstance(other, Snapshot) and other.merge_key == self.merge_key and self.merge_key:
            self.after = other.after
            return True
        return False

    def redo(self) -> None:
        self.editor.set_data(self.after)

    def undo(self) -> None:
        self.editor.set_data(self.before)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _answer_from_text(qtype: str, text: str) -> Any:
    text = text.strip()
    if qtype == "truefalse":
        return {"true": True, "false": False}.get(text.lower(), text)
    if qtype == "number":
        try:
            value = float(text.replace(",", ""))
        except ValueError:
            return text
        return int(value) if value == int(value) else value
    if qtype == "multi":
        return [part.strip() for part in text.split(";") if part.strip()]
    return text


def _answer_to_text(qtype: str, answer: Any) -> str:
    if answer is None:
        return ""
    if qtype == "truefalse":
        return "true" if answer else "false"
    if qtype == "multi":
        return "; ".join(answer)
    return str(answer)


class EditorView(QWidget):
    saved = Signal(object)  # Pack
    review_finished = Signal(dict)  # template -> {"accepted": n, "edited": n, "rejected": n}

    def __init__(self) -> None:
        super().__init__()
        self.data: dict = {}
        self.review: dict[str, str] = {}  # question id -> pending/accepted/edited/rejected
        self.problems: list[str] = []
        self.undo_stack = QUndoStack(self)
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_PAUSE_MS)
        self._filling = False

        self.skill_filter = QComboBox()
        self.skill_filter.addItems([self.tr("All skills"), *SKILLS])
        self.skill_filter.setAccessibleName(self.tr("Show questions of skill"))
        self.type_filter = QComboBox()
        self.type_filter.addItems([self.tr("All types"), *QUESTION_TYPES])
        self.type_filter.setAccessibleName(self.tr("Show questions of type"))
        self.questions = QListWidget()
        self.questions.setAccessibleName(self.tr("Questions of the pack"))
        self.questions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.questions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))

        self.id_edit = QLineEdit()
        self.type_box = QComboBox()
        self.type_box.addItems(list(QUESTION_TYPES))
        self.skill_box = QComboBox()
        self.skill_box.addItems(list(SKILLS))
        self.prompt_edit = QPlainTextEdit()
        self.choices_edit = QPlainTextEdit()
        self.choices_edit.setPlaceholderText(self.tr("One choice per line"))
        self.answer_edit = QLineEdit()
        self.answer_edit.setPlaceholderText(self.tr("multi: choices separated by ;  truefalse: true or false"))
        self.tolerance_edit = QLineEdit()
        self.accept_edit = QPlainTextEdit()
        self.accept_edit.setPlaceholderText(self.tr("Other accepted answers, one per line"))
        self.evidence_edit = QPlainTextEdit()
        self.use_selection_button = QPushButton(self.tr("Use the selected article text as evidence"))
        self.explanation_edit = QPlainTextEdit()
        self.feedback_edit = QPlainTextEdit()
        self.feedback_edit.setPlaceholderText(self.tr("choice: feedback, one per line"))
        for widget, name in (
            (self.id_edit, "Question id"), (self.type_box, "Type"), (self.skill_box, "Skill"),
            (self.prompt_edit, "Prompt"), (self.choices_edit, "Choices"), (self.answer_edit, "Answer"),
            (self.tolerance_edit, "Tolerance"), (self.accept_edit, "Other accepted answers"),
            (self.evidence_edit, "Evidence"), (self.explanation_edit, "Explanation"), (self.feedback_edit, "Feedback"),
        ):
            widget.setAccessibleName(self.tr(name))
            if isinstance(widget, QPlainTextEdit):
                widget.setTabChangesFocus(True)
                widget.setMinimumHeight(64)
                widget.setMaximumHeight(110)
        self.messages = QListWidget()
        self.messages.setAccessibleName(self.tr("Problems in the pack"))
        self.messages.setMaximumHeight(110)
        self.save_button = QPushButton(self.tr("Save to the app"))
        self.save_button.setObjectName("primaryButton")
        self.article_view = ArticleView()

        filters = QHBoxLayout()
        filters.addWidget(self.skill_filter)
        filters.addWidget(self.type_filter)
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.duplicate_button, self.delete_button):
            moves.addWidget(button)
        review = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.undo_button, self.redo_button):
            review.addWidget(button)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addLayout(filters)
        left_column.addWidget(self.questions, 1)
        left_column.addLayout(moves)
        left_column.addLayout(review)
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.addRow(self.tr("Id"), self.id_edit)
        form.addRow(self.tr("Type"), self.type_box)
        form.addRow(self.tr("Skill"), self.skill_box)
        form.addRow(self.tr("Prompt"), self.prompt_edit)
        form.addRow(self.tr("Choices"), self.choices_edit)
        form.addRow(self.tr("Answer"), self.answer_edit)
        form.addRow(self.tr("Tolerance"), self.tolerance_edit)
        form.addRow(self.tr("Also accept"), self.accept_edit)
        form.addRow(self.tr("Evidence"), self.evidence_edit)
        form.addRow("", self.use_selection_button)
        form.addRow(self.tr("Explanation"), self.explanation_edit)
        form.addRow(self.tr("Feedback"), self.feedback_edit)
        form_scroll = QScrollArea()
        form_scroll.setWidget(form_widget)
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        middle = QWidget()
        middle_column = QVBoxLayout(middle)
        middle_column.setContentsMargins(0, 0, 0, 0)
        middle_column.addWidget(form_scroll, 1)
        middle_column.addWidget(QLabel(self.tr("Checks (the same as quiz check)")))
        middle_column.addWidget(self.messages)
        middle_column.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for part in (left, middle, self.article_view):
            splitter.addWidget(part)
        splitter.setSizes([300, 520, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.shortcuts = [
            QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut),
            QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut),
        ]
        self._connect_signals()
        self._set_review_mode(False)

    def _connect_signals(self) -> None:
        self.check_timer.timeout.connect(self.validate)
        self.questions.currentRowChanged.connect(self._on_questions_current_row_changed)
        self.skill_filter.currentIndexChanged.connect(self._refill_list)
        self.type_filter.currentIndexChanged.connect(self._refill_list)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.duplicate_button.clicked.connect(self._on_duplicate_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.accept_button.clicked.connect(lambda: self._mark("accepted"))
        self.reject_button.clicked.connect(lambda: self._mark("rejected"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.use_selection_button.clicked.connect(self._on_use_selection_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        for edit in (self.id_edit, self.answer_edit, self.tolerance_edit):
            edit.textEdited.connect(self._on_form_edited)
        for edit in (self.prompt_edit, self.choices_edit, self.accept_edit, self.evidence_edit,
                     self.explanation_edit, self.feedback_edit):
            edit.textChanged.connect(self._on_form_edited)
        for box in (self.type_box, self.skill_box):
            box.currentIndexChanged.connect(self._on_form_edited)

    # ------------------------------------------------------------ loading and state

    def load(self, data: dict, review: bool = False) -> None:
        """Edit a pack given as pack-format data with its article inline (`text`)."""
        self.undo_stack.clear()
        self.review = {q["id"]: "pending" for q in data.get("questions", [])} if review else {}
        self._set_review_mode(review)
        self.article = parse_article(data["article"]["text"], title=data["article"].get("title", ""))
        self.article_view.set_article(self.article)
        self.set_data(copy.deepcopy(data))
        self.validate()
        if self.questions.count():
            self.questions.setCurrentRow(0)

    def _set_review_mode(self, review: bool) -> None:
        self.accept_button.setVisible(review)
        self.reject_button.setVisible(review)

    def set_data(self, data: dict) -> None:
        row = self.questions.currentRow()
        self.data = copy.deepcopy(data)
        self._refill_list()
        if self.questions.count():
            self.questions.setCurrentRow(max(0, min(row, self.questions.count() - 1)))
        self.check_timer.start()

    def change(self, data: dict, text: str, merge_key: str = "") -> None:
        self.undo_stack.push(Snapshot(self, copy.deepcopy(self.data), data, text, merge_key))

    def visible_indexes(self) -> list[int]:
        skill = self.skill_filter.currentText() if self.skill_filter.currentIndex() > 0 else None
        qtype = self.type_filter.currentText() if self.type_filter.currentIndex() > 0 else None
        return [i for i, q in enumerate(self.data.get("questions", []))
                if (skill is None or q.get("skill") == skill) and (qtype is None or q.get("type") == qtype)]

    def _refill_list(self) -> None:
        self.questions.blockSignals(True)
        self.questions.clear()
        for index in self.visible_indexes():
            question = self.data["questions"][index]
            mark = REVIEW_MARKS.get(self.review.get(question.get("id"), ""), "")
            item = QListWidgetItem(f"{mark} {question.get('id')} · {question.get('skill')} · {question.get('type')}".strip())
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(str(question.get("prompt", "")))
            self.questions.addItem(item)
        self.questions.blockSignals(False)
        self._on_questions_current_row_changed(self.questions.currentRow())

    def current_index(self) -> int | None:
        item = self.questions.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # ------------------------------------------------------------ the form

    def _on_questions_current_row_changed(self, row: int) -> None:
        index = self.current_index()
        question = self.data["questions"][index] if index is not None else {}
        self._filling = True
        qtype = question.get("type", "choice")
        self.id_edit.setText(str(question.get("id", "")))
        self.type_box.setCurrentText(qtype)
        self.skill_box.setCurrentText(str(question.get("skill", SKILLS[0])))
        self.prompt_edit.setPlainText(str(question.get("prompt", "")))
        self.choices_edit.setPlainText("\n".join(map(str, question.get("choices", []))))
        self.answer_edit.setText(_answer_to_text(qtype, question.get("answer")))
        self.tolerance_edit.setText(str(question.get("tolerance", "")))
        self.accept_edit.setPlainText("\n".join(question.get("accept", [])))
        self.evidence_edit.setPlainText(str(question.get("evidence", "")))
        self.explanation_edit.setPlainText(str(question.get("explanation", "")))
        self.feedback_edit.setPlainText("\n".join(f"{k}: {v}" for k, v in question.get("feedback", {}).items()))
        self._filling = False
        evidence = str(question.get("evidence", ""))
        at = self.article.text.find(evidence) if evidence and hasattr(self, "article") else -1
        if at >= 0:
            self.article_view.highlight(at, at + len(evidence))

    def question_from_form(self, before: dict) -> dict:
        qtype = self.type_box.currentText()
        question = {k: v for k, v in before.items() if k == "template"}
        question.update({"id": self.id_edit.text().strip(), "type": qtype, "skill": self.skill_box.currentText(),
                         "prompt": self.prompt_edit.toPlainText().strip()})
        if qtype in ("choice", "multi"):
            question["choices"] = _lines(self.choices_edit.toPlainText())
        if qtype != "evidence":
            question["answer"] = _answer_from_text(qtype, self.answer_edit.text())
        if qtype == "number" and self.tolerance_edit.text().strip():
            question["tolerance"] = _answer_from_text("number", self.tolerance_edit.text())
        if qtype == "text" and _lines(self.accept_edit.toPlainText()):
            question["accept"] = _lines(self.accept_edit.toPlainText())
        question["evidence"] = self.evidence_edit.toPlainText().strip()
        if self.explanation_edit.toPlainText().strip():
            question["explanation"] = self.explanation_edit.toPlainText().strip()
        feedback = {}
        for line in _lines(self.feedback_edit.toPlainText()):
            key, _, value = line.partition(":")
            if value.strip():
                feedback[key.strip()] = value.strip()
        if feedback:
            question["feedback"] = feedback
        return question

    def _on_form_edited(self, *_: Any) -> None:
        index = self.current_index()
        if self._filling or index is None:
            return
        data = copy.deepcopy(self.data)
        before = data["questions"][index]
        data["questions"][index] = self.question_from_form(before)
        if before.get("id") in self.review and self.review[before["id"]] != "rejected":
            self.review[before["id"]] = "edited"
        sender = self.sender()
        self.change(data, self.tr("Edit %s") % before.get("id"), merge_key=f"{index}:{id(sender)}")

    def _on_use_selection_button_clicked(self) -> None:
        span = self.article_view.selected_span()
        if span is not None:
            self.evidence_edit.setPlainText(self.article.text[span[0] : span[1]])

    # ------------------------------------------------------------ list actions

    def _move(self, step: int) -> None:
        index = self.current_index()
        questions = self.data.get("questions", [])
        if index is None or not 0 <= index + step < len(questions):
            return
        data = copy.deepcopy(self.data)
        items = data["questions"]
        items[index], items[index + step] = items[index + step], items[index]
        self.change(data, self.tr("Move question"))
        self.questions.setCurrentRow(self.questions.currentRow() + step)

    def _on_duplicate_button_clicked(self) -> None:
        index = self.current_index()
        if index is None:
            return
        data = copy.deepcopy(self.data)
        twin = copy.deepcopy(data["questions"][index])
        ids = {q.get("id") for q in data["questions"]}
        number = 2
        while f"{twin['id']}-{number}" in ids:
            number += 1
        twin["id"] = f"{twin['id']}-{number}"
        twin.pop("template", None)
        data["questions"].insert(index + 1, twin)
        self.change(data, self.tr("Duplicate question"))

    def _on_delete_button_clicked(self) -> None:
        index = self.current_index()
        if index is None:
            return
        data = copy.deepcopy(self.data)
        del data["questions"][index]
        self.change(data, self.tr("Delete question"))

    def _mark(self, verdict: str) -> None:
        index = self.current_index()
        if index is None:
            return
        qid = self.data["questions"][index].get("id")
        self.review[qid] = verdict
        self._refill_list()
        self.validate()
        row = self.questions.currentRow()
        if row + 1 < self.questions.count():
            self.questions.setCurrentRow(row + 1)

    # ------------------------------------------------------------ checks and saving

    def kept_data(self) -> dict:
        """The pack without the questions the teacher rejected."""
        data = copy.deepcopy(self.data)
        data["questions"] = [q for q in data["questions"] if self.review.get(q.get("id")) != "rejected"]
        return data

    def validate(self) -> Pack | None:
        """Check the pack as `quiz check` does; show every problem and warning."""
        self.check_timer.stop()
        self.messages.clear()
        try:
            pack, warnings = read_pack(dump_data(self.kept_data()), Path("pack.yaml"))
        except PackError as exc:
            self.problems = [str(p) for p in exc.problems]
            for line in self.problems:
                self.messages.addItem(f"✗ {line}")
            self.save_button.setEnabled(False)
            return None
        self.problems = []
        for warning in warnings:
            self.messages.addItem(f"! {warning}")
        if not warnings:
            self.messages.addItem(self.tr("✓ No problems"))
        self.save_button.setEnabled(True)
        return pack

    def yaml_text(self) -> str:
        return dump_data(self.kept_data())

    def template_counts(self) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        for question in self.data.get("questions", []):
            template = question.get("template")
            if template and question.get("id") in self.review:
                verdict = self.review[question["id"]]
                verdict = "accepted" if verdict == "pending" else verdict
                counts.setdefault(template, {"accepted": 0, "edited": 0, "rejected": 0})[verdict] += 1
        return counts

    def _on_save_button_clicked(self) -> None:
        pack = self.validate()
        if pack is None:
            return
        if self.review:
            self.review_finished.emit(self.template_counts())
            self.review = {}
            self._set_review_mode(False)
            self._refill_list()
        self.saved.emit(pack)
