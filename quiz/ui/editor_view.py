"""The pack editor: the questions of a pack, a form for the one chosen, the article beside
them for picking evidence, and the same checks as `quiz check` as the teacher types.

It edits the pack as plain data in the pack format (what packs.pack_to_dict gives), so a
save writes exactly what the teacher sees; undo and redo keep whole snapshots of it. A
generated draft is reviewed here: each question is accepted, edited or rejected, and the
verdict is kept with the question (REVIEW_KEY) until the draft is saved."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QScrollArea,
    QSplitter, QStyledItemDelegate, QStyleOptionViewItem, QTextEdit, QVBoxLayout, QWidget,
)

from quiz.core.article import parse_article
from quiz.core.domain import QUESTION_TYPES, SKILLS, Pack
from quiz.core.errors import PackError, Problem
from quiz.core.packs import dump_data, pack_to_dict, read_pack
from quiz.ui.article_view import ArticleView
from quiz.ui.flow_layout import flow_of
from quiz.ui.question_form import QuestionForm

REVIEW_KEY = "_review"  # a draft question's verdict: pending, accepted, edited or rejected
REVIEW_MARKS = {"pending": "•", "accepted": "✓", "edited": "✎", "rejected": "✗"}
# The pack is checked as `quiz check` checks it, by writing it out and reading it back, so
# that every message has its line: 3 ms at 30 questions, 100 ms at 300. While the teacher
# types, the check waits for a pause this long.
CHECK_PAUSE_MS = 300
# A long prompt in the list of questions keeps its start and its end, where a generated
# prompt puts its question; the whole of it is in the tooltip.
PROMPT_CHARS, PROMPT_HEAD, PROMPT_TAIL = 100, 40, 50


class EditorState(NamedTuple):
    """What undo and redo restore: the pack's data and the question shown."""

    data: dict
    index: int | None


class Snapshot(QUndoCommand):
    """One change to the pack: the editor's state before and after it.

    The editor already shows a change when it is pushed, so the first redo does nothing:
    refilling the form then would move the cursor of the field being typed in."""

    def __init__(self, editor: "EditorView", before: EditorState, after: EditorState, text: str, merge_key: str = ""):
        super().__init__(text)
        self.editor, self.before, self.after, self.merge_key = editor, before, after, merge_key
        self.shown = True

    def id(self) -> int:  # consecutive typing in one field is one undo step
        return 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if isinstance(other, Snapshot) and other.merge_key == self.merge_key and self.merge_key:
            self.after = other.after
            return True
        return False

    def redo(self) -> None:
        if self.shown:
            self.shown = False
            return
        self.editor.restore(self.after)

    def undo(self) -> None:
        self.editor.restore(self.before)


class _UndoToEditor(QObject):
    """Ctrl+Z and Ctrl+Shift+Z in a field reach the editor's undo, which knows every field,
    rather than the field's own, which knows only itself."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                return True  # left unaccepted, the key goes on to the editor's shortcut
        return False


def shortened(prompt: str) -> str:
    """`prompt` on one line, its middle left out if it is long."""
    prompt = " ".join(prompt.split())
    if len(prompt) <= PROMPT_CHARS:
        return prompt
    return f"{prompt[:PROMPT_HEAD].rsplit(' ', 1)[0]} … {prompt[-PROMPT_TAIL:].split(' ', 1)[-1]}"


class WrappingDelegate(QStyledItemDelegate):
    """Sizes a list item for its text wrapped at the width it is painted at. The style
    sheet pads items (assets/style.qss), and Qt wraps the text for the size at the item's
    whole width: an item a line too short, its last line cut to "…"."""

    PADDING = 16  # pixels: the style sheet's 6 on each side, and the item's border

    def sizeHint(self, option: QStyleOptionViewItem, index) -> object:  # noqa: N802 - Qt's name
        narrower = QStyleOptionViewItem(option)
        narrower.rect = option.rect.adjusted(0, 0, -self.PADDING, 0)
        return super().sizeHint(narrower, index)


def _without_review(question: dict) -> dict:
    return {k: v for k, v in question.items() if k != REVIEW_KEY}


class EditorView(QWidget):
    saved = Signal(object)  # Pack
    review_finished = Signal(dict)  # template -> {"accepted": n, "edited": n, "rejected": n}

    def __init__(self) -> None:
        super().__init__()
        self.data: dict = {}
        self.draft = False  # a generated pack under review, not saved yet
        self.taken_ids: frozenset[str] = frozenset()  # saved packs' ids, which a draft must not take
        self.problems: list[str] = []
        self.article = None
        self.undo_stack = QUndoStack(self)
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_PAUSE_MS)
        self._typing_group = 0  # typing merges into one undo step only within one group
        self.verdict_words = {
            "pending": self.tr("not reviewed"), "accepted": self.tr("accepted"),
            "edited": self.tr("edited"), "rejected": self.tr("rejected"),
        }
        self.pack_labels = {
            "id": self.tr("Pack id"), "title": self.tr("Pack title"), "article": self.tr("Article"),
            "questions": self.tr("Questions"),
        }

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.pack_labels["title"])
        self.pack_id_edit = QLineEdit()
        self.pack_id_edit.setAccessibleName(self.pack_labels["id"])
        self.pack_id_edit.setToolTip(self.tr("quiz export, quiz print and quiz report --pack name the pack by this id"))
        self.state_label = QLabel()
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)

        self.skill_filter = QComboBox()
        self.skill_filter.addItems([self.tr("All skills"), *SKILLS])
        self.skill_filter.setAccessibleName(self.tr("Show questions of skill"))
        self.type_filter = QComboBox()
        self.type_filter.addItems([self.tr("All types"), *QUESTION_TYPES])
        self.type_filter.setAccessibleName(self.tr("Show questions of type"))
        for box in (self.skill_filter, self.type_filter):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(6)
        self.questions = QListWidget()
        self.questions.setAccessibleName(self.tr("Questions of the pack"))
        self.questions.setWordWrap(True)
        self.questions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar that came and went would change the width the prompts were wrapped at.
        self.questions.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.questions.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.questions.setResizeMode(QListWidget.ResizeMode.Adjust)  # rewrap the prompts when the column changes width
        self.questions.setItemDelegate(WrappingDelegate(self.questions))
        # No break between a mark and its word, and room between the pairs.
        self.legend = QLabel("\u2003".join(f"{REVIEW_MARKS[v]}\u00a0{w.replace(' ', chr(0xa0))}"
                                           for v, w in self.verdict_words.items()))
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("What the marks before the questions mean"))
        self.progress = QLabel()
        self.accept_button = QPushButton(self.tr("Accept"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))

        self.form = QuestionForm()
        self.undo_filter = _UndoToEditor(self)
        for field in (*self.form.fields.values(), self.title_edit, self.pack_id_edit):
            field.installEventFilter(self.undo_filter)
            if isinstance(field, QTextEdit):
                field.setUndoRedoEnabled(False)
        self.messages = QListWidget()
        self.messages.setAccessibleName(self.tr("Problems in the pack"))
        self.messages.setWordWrap(True)
        self.messages.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.messages.setItemDelegate(WrappingDelegate(self.messages))
        self.save_button = QPushButton(self.tr("Save to the app"))
        self.save_button.setObjectName("primaryButton")
        self.article_view = ArticleView()

        header = QHBoxLayout()
        header.addWidget(QLabel(self.pack_labels["title"]))
        header.addWidget(self.title_edit, 3)
        header.addWidget(QLabel(self.pack_labels["id"]))
        header.addWidget(self.pack_id_edit, 2)
        header.addWidget(self.state_label)
        filters = QHBoxLayout()
        filters.addWidget(self.skill_filter, 1)
        filters.addWidget(self.type_filter, 1)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addLayout(filters)
        left_column.addWidget(self.questions, 1)
        left_column.addWidget(self.legend)
        left_column.addLayout(flow_of(self.up_button, self.down_button, self.duplicate_button, self.delete_button))
        form_scroll = QScrollArea()
        form_scroll.setWidget(self.form)
        form_scroll.setWidgetResizable(True)
        form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        middle = QWidget()
        middle_column = QVBoxLayout(middle)
        middle_column.setContentsMargins(0, 0, 0, 0)
        middle_column.addLayout(flow_of(self.progress, self.accept_button, self.reject_button, stretch=self.progress))
        middle_column.addWidget(form_scroll, 4)
        checks_label = QLabel(self.tr("Checks"))
        checks_label.setToolTip(self.tr("The same checks as quiz check makes"))
        middle_column.addWidget(checks_label)
        middle_column.addWidget(self.messages, 1)
        gap = QWidget()
        middle_column.addLayout(flow_of(self.undo_button, self.redo_button, gap, self.save_button, stretch=gap))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        for stretch, part in enumerate((left, middle, self.article_view)):
            self.splitter.addWidget(part)
            self.splitter.setStretchFactor(stretch, (2, 3, 3)[stretch])
        self.splitter.setSizes([300, 450, 450])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
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
        self.skill_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.type_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.duplicate_button.clicked.connect(self._on_duplicate_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.accept_button.clicked.connect(lambda: self._mark("accepted"))
        self.reject_button.clicked.connect(lambda: self._mark("rejected"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.form.edited.connect(self._on_form_edited)
        self.form.use_selection_button.clicked.connect(self._on_use_selection_button_clicked)
        self.title_edit.textEdited.connect(lambda text: self._on_pack_field_edited("title", text))
        self.pack_id_edit.textEdited.connect(lambda text: self._on_pack_field_edited("id", text))
        self.messages.itemActivated.connect(self._on_messages_item_activated)
        self.messages.itemClicked.connect(self._on_messages_item_activated)
        self.save_button.clicked.connect(self.save)

    # ------------------------------------------------------------ loading and state

    def load(self, data: dict, draft: bool = False, taken_ids: frozenset[str] | set[str] = frozenset()) -> None:
        """Edit a pack given as pack-format data with its article inline (`text`); a `draft`
        is a generated pack to review, whose id must be none of `taken_ids`."""
        self.undo_stack.clear()
        data = copy.deepcopy(data)
        if draft:
            for question in data.get("questions", []):
                question[REVIEW_KEY] = "pending"
        self.draft, self.taken_ids = draft, frozenset(taken_ids)
        self._set_review_mode(draft)
        self.article = parse_article(data["article"]["text"], title=data["article"].get("title", ""))
        self.article_view.set_article(self.article)
        self.restore(EditorState(data, 0 if data.get("questions") else None))
        self.undo_stack.setClean()
        self.validate()

    def has_unsaved_changes(self) -> bool:
        return self.draft or not self.undo_stack.isClean()

    @property
    def review(self) -> dict[str, str]:
        """Question id -> verdict, for a draft; empty for a saved pack."""
        return {q.get("id"): q[REVIEW_KEY] for q in self.data.get("questions", []) if REVIEW_KEY in q}

    def _set_review_mode(self, review: bool) -> None:
        for widget in (self.accept_button, self.reject_button, self.legend, self.progress):
            widget.setVisible(review)
        self.pack_id_edit.setReadOnly(not review)  # a saved pack keeps its id: attempts and commands use it
        self.state_label.setText(self.tr("New draft, not saved yet") if review else "")

    # The pack's data is never changed in place: each change builds a new copy (sharing what
    # it does not change), so that the states kept for undo can share it.

    def restore(self, state: EditorState) -> None:
        """Show this state of the pack: its fields, its list of questions and the question chosen."""
        self.data = copy.deepcopy(state.data)
        for edit, key in ((self.title_edit, "title"), (self.pack_id_edit, "id")):
            edit.setText(str(self.data.get(key, "")))
            edit.setCursorPosition(0)  # the start of a long title, not its end
        self._refill_list(state.index)
        self.check_timer.start()

    def _change(self, data: dict, index: int | None, text: str, merge_key: str = "", refill: bool = True) -> None:
        """Make `data` the pack, as one step of undo. Typing (`refill` false) is already in
        the form, which is left alone; the list shows the change to its question."""
        after = EditorState(data, index)
        self.undo_stack.push(Snapshot(self, EditorState(self.data, self.current_index()), after, text, merge_key))
        if refill:
            self.restore(after)
            return
        self.data = data
        item = self.questions.currentItem()
        if item is not None and index is not None:
            self._describe_item(item, index)
        self._update_progress()
        self.check_timer.start()

    def visible_indexes(self) -> list[int]:
        skill = self.skill_filter.currentText() if self.skill_filter.currentIndex() > 0 else None
        qtype = self.type_filter.currentText() if self.type_filter.currentIndex() > 0 else None
        return [i for i, q in enumerate(self.data.get("questions", []))
                if (skill is None or q.get("skill") == skill) and (qtype is None or q.get("type") == qtype)]

    def _refill_list(self, select: int | None) -> None:
        """List the questions the filters let through and show `select`, or the nearest one shown."""
        visible = self.visible_indexes()
        self.questions.blockSignals(True)
        self.questions.clear()
        for index in visible:
            item = QListWidgetItem()
            self._describe_item(item, index)
            self.questions.addItem(item)
        if visible:
            later = [row for row, index in enumerate(visible) if index >= (select or 0)]
            self.questions.setCurrentRow(later[0] if later else len(visible) - 1)
            self.questions.scrollToItem(self.questions.currentItem())
        self.questions.blockSignals(False)
        self._show_question()
        self._update_progress()

    def _describe_item(self, item: QListWidgetItem, index: int) -> None:
        """A question in the list: its number, its prompt and skill, and in a draft its verdict."""
        question = self.data["questions"][index]
        prompt = " ".join(str(question.get("prompt", "")).split())
        short = shortened(prompt)
        verdict = question.get(REVIEW_KEY)
        mark = f"{REVIEW_MARKS[verdict]} " if verdict in REVIEW_MARKS else ""
        kind = f"{question.get('skill', '')} · {question.get('type', '')}"
        item.setText(f"{mark}{index + 1}. {short}\n{kind}")
        item.setData(Qt.ItemDataRole.UserRole, index)
        word = f", {self.verdict_words[verdict]}" if verdict in self.verdict_words else ""
        spoken = self.tr("Question %d%s: %s (%s)") % (index + 1, word, prompt, kind)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setToolTip(f"{self.verdict_words[verdict]}: {prompt}" if word else prompt)
        font = item.font()
        font.setStrikeOut(verdict == "rejected")
        item.setFont(font)

    def _update_progress(self) -> None:
        verdicts = list(self.review.values())
        reviewed = sum(v != "pending" for v in verdicts)
        self.progress.setText(self.tr("%d of %d reviewed") % (reviewed, len(verdicts)))

    def current_index(self) -> int | None:
        item = self.questions.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _on_filter_changed(self, _index: int) -> None:
        self._refill_list(self.current_index())

    # ------------------------------------------------------------ the form

    def _on_questions_current_row_changed(self, _row: int) -> None:
        self._show_question()

    def _show_question(self) -> None:
        index = self.current_index()
        self._typing_group += 1  # typing in another question, or after an undo, is a new step
        self.form.fill(self.data["questions"][index] if index is not None else {})
        self._highlight_evidence()

    def _highlight_evidence(self) -> None:
        evidence = self.form.evidence_edit.toPlainText().strip()
        at = self.article.text.find(evidence) if evidence and self.article is not None else -1
        if at >= 0:
            self.article_view.highlight(at, at + len(evidence))

    def _on_form_edited(self, key: str) -> None:
        index = self.current_index()
        if index is None:
            return
        before = self.data["questions"][index]
        question = self.form.question(before)
        if before.get(REVIEW_KEY) in ("pending", "accepted"):
            question[REVIEW_KEY] = "edited"
        # A new list with the new question; the other questions are shared with the state
        # before, and never changed in place.
        questions = self.data["questions"]
        data = {**self.data, "questions": [*questions[:index], question, *questions[index + 1:]]}
        if key == "evidence":
            self._highlight_evidence()
        text = self.tr("Edit %s of question %d") % (self.form.labels[key], index + 1)
        self._change(data, index, text, merge_key=f"{self._typing_group}:{index}:{key}", refill=False)

    def _on_pack_field_edited(self, key: str, text: str) -> None:
        data = {**self.data, key: text.strip()}
        self._change(data, self.current_index(), self.tr("Edit %s") % self.pack_labels[key],
                     merge_key=f"{self._typing_group}:pack:{key}", refill=False)

    def _on_use_selection_button_clicked(self) -> None:
        span = self.article_view.selected_span()
        if span is not None and self.current_index() is not None:
            self.form.set_evidence(self.article.text[span[0] : span[1]])

    # ------------------------------------------------------------ list actions

    def _move(self, step: int) -> None:
        index = self.current_index()
        questions = self.data.get("questions", [])
        if index is None or not 0 <= index + step < len(questions):
            return
        data = copy.deepcopy(self.data)
        items = data["questions"]
        items[index], items[index + step] = items[index + step], items[index]
        self._change(data, index + step, self.tr("Move question %d") % (index + 1))

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
        if REVIEW_KEY in twin:
            twin[REVIEW_KEY] = "edited"  # the teacher's own question, not the generator's
        data["questions"].insert(index + 1, twin)
        self._change(data, index + 1, self.tr("Duplicate question %d") % (index + 1))

    def _on_delete_button_clicked(self) -> None:
        index = self.current_index()
        if index is None:
            return
        data = copy.deepcopy(self.data)
        del data["questions"][index]
        self._change(data, min(index, len(data["questions"]) - 1) if data["questions"] else None,
                     self.tr("Delete question %d") % (index + 1))

    def _mark(self, verdict: str) -> None:
        """Accept or reject the question shown, then show the next one not yet reviewed."""
        index = self.current_index()
        if index is None:
            return
        data = copy.deepcopy(self.data)
        data["questions"][index][REVIEW_KEY] = verdict
        visible = self.visible_indexes()
        after = [i for i in visible if i > index] + [i for i in visible if i < index]
        following = next((i for i in after if data["questions"][i].get(REVIEW_KEY) == "pending"), index)
        text = self.tr("Accept question %d") if verdict == "accepted" else self.tr("Reject question %d")
        self._change(data, following, text % (index + 1))

    # ------------------------------------------------------------ checks and saving

    def _kept_indexes(self) -> list[int]:
        return [i for i, q in enumerate(self.data.get("questions", [])) if q.get(REVIEW_KEY) != "rejected"]

    def kept_data(self) -> dict:
        """The pack as it is saved: without the questions the teacher rejected."""
        data = copy.deepcopy(self.data)
        data["questions"] = [_without_review(q) for q in data.get("questions", []) if q.get(REVIEW_KEY) != "rejected"]
        return data

    def describe(self, problem: Problem, kept: list[int]) -> tuple[str, int | None]:
        """A check's message in the form's words ("Question 6, Answer: ..."), and the index of
        its question. `kept` maps the checked pack's questions to the editor's."""
        def number(match: re.Match) -> str:
            at = int(match.group(1))
            return self.tr("question %d") % (kept[at] + 1) if at < len(kept) else match.group(0)

        message = re.sub(r"questions\[(\d+)\]", number, problem.message)
        where = problem.where
        if len(where) >= 2 and where[0] == "questions" and isinstance(where[1], int) and where[1] < len(kept):
            index = kept[where[1]]
            label = self.form.labels.get(str(where[2]), str(where[2])) if len(where) > 2 else ""
            place = self.tr("Question %d, %s") % (index + 1, label) if label else self.tr("Question %d") % (index + 1)
            return f"{place}: {message}", index
        if where:
            return f"{self.pack_labels.get(where[0], problem.field or where[0])}: {message}", None
        return message, None

    def validate(self) -> Pack | None:
        """Check the pack as `quiz check` does; show every problem and warning."""
        self.check_timer.stop()
        self.messages.clear()
        kept = self._kept_indexes()
        try:
            pack, warnings = read_pack(dump_data(self.kept_data()), Path("pack.yaml"))
            problems: list[Problem] = []
        except PackError as exc:
            pack, warnings, problems = None, [], exc.problems
        if pack is not None and self.draft and pack.id in self.taken_ids:
            message = self.tr("a saved pack already has this id; choose another")
            pack, problems = None, [Problem("", None, "id", message, ("id",))]
        self.problems = []
        for mark, found in (("✗", problems), ("!", warnings)):
            for problem in found:
                text, index = self.describe(problem, kept)
                if mark == "✗":
                    self.problems.append(text)
                item = QListWidgetItem(f"{mark} {text}")
                item.setData(Qt.ItemDataRole.UserRole, index)
                self.messages.addItem(item)
        if not problems and not warnings:
            self.messages.addItem(self.tr("✓ No problems"))
        self.save_button.setEnabled(pack is not None)
        return pack

    def _on_messages_item_activated(self, item: QListWidgetItem) -> None:
        """Show the question a message is about."""
        index = item.data(Qt.ItemDataRole.UserRole)
        if index is None:
            return
        if index not in self.visible_indexes():
            self.skill_filter.setCurrentIndex(0)
            self.type_filter.setCurrentIndex(0)
        self._refill_list(index)

    def yaml_text(self) -> str:
        return dump_data(self.kept_data())

    def template_counts(self) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        for question in self.data.get("questions", []):
            template, verdict = question.get("template"), question.get(REVIEW_KEY)
            if template and verdict:
                verdict = "accepted" if verdict == "pending" else verdict
                counts.setdefault(template, {"accepted": 0, "edited": 0, "rejected": 0})[verdict] += 1
        return counts

    def save(self) -> Pack | None:
        """Check the pack and hand it on to be saved; a draft becomes the pack it saved as,
        without its rejected questions. Returns the pack, or None if the check failed."""
        pack = self.validate()
        if pack is None:
            return None
        if self.draft:
            self.review_finished.emit(self.template_counts())
            shown = self.current_index()
            kept = self._kept_indexes()
            self.load(pack_to_dict(pack))
            if shown in kept:
                self._refill_list(kept.index(shown))
        else:
            self.undo_stack.setClean()
        self.saved.emit(pack)
        return pack
