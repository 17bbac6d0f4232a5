"""One input widget per question type. Each says what the student answered, or None."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import QAbstractItemView, QButtonGroup, QLabel, QLineEdit, QListWidgetItem, QVBoxLayout, QWidget

from quiz.core.domain import Article, Question
from quiz.ui.wrapping import OptionCheckBox, OptionRadioButton, WrappedOption, WrappingList


class AnswerInput(QWidget):
    """Base class: `response()` is None until the student has answered."""

    changed = Signal()

    def response(self) -> Any:
        raise NotImplementedError

    def pick(self, index: int) -> bool:
        """Choose the index-th option (digit keys); False when there is none."""
        return False

    def focus_input(self) -> None:
        self.setFocus()

    def set_response(self, response: Any) -> None:
        """Show an answer given earlier, as the student gave it."""
        raise NotImplementedError

    def lock(self) -> None:
        """Keep the answer as it is and readable: after it is submitted it no longer changes."""
        raise NotImplementedError


class _OptionsInput(AnswerInput):
    def __init__(self, labels: list[str], exclusive: bool, accessible: str):
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(exclusive)
        self.buttons: list[OptionRadioButton | OptionCheckBox] = []
        self.labels: list[QLabel] = []
        for number, label in enumerate(labels, 1):
            # The button shows the digit that picks it; the label beside it wraps.
            digit = f"{number}." if number <= 9 else ""
            button = OptionRadioButton(digit) if exclusive else OptionCheckBox(digit)
            button.setAccessibleName(label)
            button.setAccessibleDescription(accessible)
            self.group.addButton(button, number - 1)
            self.buttons.append(button)
            option = WrappedOption(button, label)
            self.labels.append(option.label)
            layout.addWidget(option)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())

    def pick(self, index: int) -> bool:
        if not 0 <= index < len(self.buttons):
            return False
        button = self.buttons[index]
        button.setChecked(not button.isChecked() if isinstance(button, OptionCheckBox) else True)
        from PySide6.QtCore import Qt  # not at import: see quiz/ui/qt_properties.py

        # As a shortcut's focus, so the style draws the focus frame a keyboard user needs.
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def focus_input(self) -> None:
        checked = self.group.checkedButton() or (self.buttons[0] if self.buttons else None)
        if checked:
            checked.setFocus()

    def lock(self) -> None:
        for button in self.buttons:
            button.locked = True

    def _check(self, indexes: list[int]) -> None:
        for index, button in enumerate(self.buttons):
            button.setChecked(index in indexes)


class ChoiceInput(_OptionsInput):
    def __init__(self, question: Question):
        self.values = list(question.choices)
        super().__init__(self.values, True, self.tr("One answer is right"))

    def response(self) -> Any:
        index = self.group.checkedId()
        return self.values[index] if index >= 0 else None

    def set_response(self, response: Any) -> None:
        self._check([self.values.index(response)] if response in self.values else [])


class MultiInput(_OptionsInput):
    def __init__(self, question: Question):
        self.values = list(question.choices)
        super().__init__(self.values, False, self.tr("Choose every answer that applies"))

    def response(self) -> Any:
        picked = [self.values[i] for i, b in enumerate(self.buttons) if b.isChecked()]
        return picked or None

    def set_response(self, response: Any) -> None:
        self._check([i for i, value in enumerate(self.values) if value in (response or ())])


class TrueFalseInput(_OptionsInput):
    def __init__(self, question: Question):
        super().__init__([self.tr("True"), self.tr("False")], True, self.tr("True or false"))

    def response(self) -> Any:
        index = self.group.checkedId()
        return None if index < 0 else index == 0

    def set_response(self, response: Any) -> None:
        self._check([] if response is None else [0 if response else 1])


class _LineInput(AnswerInput):
    def __init__(self, placeholder: str):
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.edit.textChanged.connect(lambda *_: self.changed.emit())

    def focus_input(self) -> None:
        self.edit.setFocus()

    def set_response(self, response: Any) -> None:
        if isinstance(response, float) and response.is_integer():
            response = int(response)
        self.edit.setText("" if response is None else str(response))

    def lock(self) -> None:
        self.edit.setReadOnly(True)


class NumberInput(_LineInput):
    def __init__(self, question: Question):
        super().__init__(self.tr("Type a number"))
        self.edit.setValidator(QDoubleValidator(self))

    def response(self) -> Any:
        text = self.edit.text().replace(",", "").strip()
        try:
            return float(text)
        except ValueError:
            return None


class TextInput(_LineInput):
    def __init__(self, question: Question):
        super().__init__(self.tr("Type your answer"))

    def response(self) -> Any:
        return self.edit.text().strip() or None


class EvidenceInput(AnswerInput):
    """The student picks the sentence or sentences of the article that support the claim:
    from this list (arrows, Space, Ctrl), or by selecting text in the article itself. The
    list takes the height it is given and wraps each sentence to its width."""

    current_sentence_changed = Signal(int, int)  # the offsets of the sentence the student is on

    def __init__(self, question: Question, article: Article):
        super().__init__()
        self.sentences = list(article.sentences)
        self.list = WrappingList()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(160)
        self.list.setAccessibleName(self.tr("Sentences of the article"))
        self.list.setAccessibleDescription(self.tr("Select the sentence or sentences that support the claim"))
        for number, sentence in enumerate(self.sentences, 1):
            item = QListWidgetItem(f"{number}. {sentence.text}")
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.list.itemSelectionChanged.connect(self.changed.emit)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)

    def response(self) -> Any:
        rows = sorted(index.row() for index in self.list.selectedIndexes())
        return [(self.sentences[r].start, self.sentences[r].end) for r in rows] or None

    def set_response(self, response: Any) -> None:
        self.list.clearSelection()
        spans = {tuple(span) for span in response or ()}
        for row, sentence in enumerate(self.sentences):
            if (sentence.start, sentence.end) in spans:
                self.list.item(row).setSelected(True)

    def select_span(self, start: int, end: int) -> None:
        """Select every sentence that a selection in the article touches."""
        self.list.clearSelection()
        for row, sentence in enumerate(self.sentences):
            if sentence.start < end and start < sentence.end:
                self.list.item(row).setSelected(True)

    def pick(self, index: int) -> bool:
        if not 0 <= index < len(self.sentences):
            return False
        item = self.list.item(index)
        item.setSelected(not item.isSelected())
        self.list.setCurrentRow(index, self.list.selectionModel().SelectionFlag.NoUpdate)
        return True

    def focus_input(self) -> None:
        self.list.setFocus()

    def lock(self) -> None:
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

    def _on_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.sentences):
            self.current_sentence_changed.emit(self.sentences[row].start, self.sentences[row].end)


INPUTS: dict[str, type[AnswerInput]] = {
    "choice": ChoiceInput,
    "multi": MultiInput,
    "truefalse": TrueFalseInput,
    "number": NumberInput,
    "text": TextInput,
}


def answer_input_for(question: Question, article: Article) -> AnswerInput:
    if question.type == "evidence":
        return EvidenceInput(question, article)
    return INPUTS[question.type](question)
