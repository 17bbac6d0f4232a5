"""The pack editor's form for one question: a field for each key of the pack format, showing
only those that apply to the question's type. It reads and writes a question as plain data
in the pack format; it never refills itself while the teacher types."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPushButton, QWidget

from quiz.core.domain import QUESTION_TYPES, SKILLS
from quiz.ui.growing_text_edit import GrowingTextEdit

# The keys each type uses besides those every question has (id, type, skill, prompt,
# evidence, explanation); the pack format and scoring read no others.
TYPE_KEYS = {
    "choice": ("choices", "answer", "feedback"),
    "multi": ("choices", "answer", "feedback"),
    "truefalse": ("answer", "feedback"),
    "number": ("answer", "tolerance"),
    "text": ("answer", "accept"),
    "evidence": (),
}
OPTIONAL_KEYS = ("choices", "answer", "tolerance", "accept", "feedback")
# Keys of the question that the form does not show but keeps.
KEPT_KEYS = ("template", "_review")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def answer_from_text(qtype: str, text: str) -> Any:
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


def answer_to_text(qtype: str, answer: Any) -> str:
    if answer is None:
        return ""
    if qtype == "truefalse":
        return "true" if answer else "false"
    if qtype == "multi":
        return "; ".join(answer)
    return str(answer)


class QuestionForm(QWidget):
    edited = Signal(str)  # the key of the field the teacher changed

    def __init__(self) -> None:
        super().__init__()
        self.labels = {
            "id": self.tr("Question id"), "type": self.tr("Type"), "skill": self.tr("Skill"),
            "prompt": self.tr("Prompt"), "choices": self.tr("Choices"), "answer": self.tr("Answer"),
            "tolerance": self.tr("Tolerance"), "accept": self.tr("Also accept"), "evidence": self.tr("Evidence"),
            "explanation": self.tr("Explanation"), "feedback": self.tr("Feedback"), "template": self.tr("Template"),
        }
        self.answer_hints = {
            "choice": self.tr("The right choice, exactly as written above"),
            "multi": self.tr("The right choices, separated by ;"),
            "truefalse": self.tr("true or false"),
            "number": self.tr("A number, such as 20000"),
            "text": self.tr("The answer the student should type"),
        }
        self.id_edit = QLineEdit()
        self.type_box = QComboBox()
        self.type_box.addItems(list(QUESTION_TYPES))
        self.skill_box = QComboBox()
        self.skill_box.addItems(list(SKILLS))
        for box in (self.type_box, self.skill_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        self.prompt_edit = GrowingTextEdit()
        self.choices_edit = GrowingTextEdit(min_lines=3)
        self.choices_edit.setPlaceholderText(self.tr("One choice per line"))
        self.answer_edit = QLineEdit()
        self.tolerance_edit = QLineEdit()
        self.tolerance_edit.setPlaceholderText(self.tr("How far from the answer is still right (0: exactly)"))
        self.accept_edit = GrowingTextEdit()
        self.accept_edit.setPlaceholderText(self.tr("Other answers to mark right, one per line"))
        self.evidence_edit = GrowingTextEdit()
        self.evidence_edit.setPlaceholderText(self.tr("The passage of the article that answers it, word for word"))
        self.use_selection_button = QPushButton(self.tr("Use the article's selection"))
        self.use_selection_button.setToolTip(self.tr("Make the text selected in the article this question's evidence"))
        self.explanation_edit = GrowingTextEdit()
        self.explanation_edit.setPlaceholderText(self.tr("Why the answer is right, in plain words"))
        self.feedback_edit = GrowingTextEdit()
        self.fields: dict[str, QWidget] = {
            "id": self.id_edit, "type": self.type_box, "skill": self.skill_box, "prompt": self.prompt_edit,
            "choices": self.choices_edit, "answer": self.answer_edit, "tolerance": self.tolerance_edit,
            "accept": self.accept_edit, "evidence": self.evidence_edit, "explanation": self.explanation_edit,
            "feedback": self.feedback_edit,
        }
        self.rows = QFormLayout(self)
        self.rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, widget in self.fields.items():
            widget.setAccessibleName(self.labels[key])
            self.rows.addRow(self.labels[key], widget)
            if key == "evidence":
                self.rows.addRow("", self.use_selection_button)
        self._filling = False
        self._connect_signals()
        self.show_fields_for("choice")

    def _connect_signals(self) -> None:
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _text, key=key: self._on_field_edited(key))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _index, key=key: self._on_field_edited(key))
            else:
                widget.textChanged.connect(lambda key=key: self._on_field_edited(key))

    def _on_field_edited(self, key: str) -> None:
        if self._filling:
            return
        if key == "type":
            self.show_fields_for(self.type_box.currentText())
        self.edited.emit(key)

    def show_fields_for(self, qtype: str) -> None:
        """Show the fields a question of this type uses, and hide the others."""
        for key in OPTIONAL_KEYS:
            self.rows.setRowVisible(self.fields[key], key in TYPE_KEYS.get(qtype, ()))
        self.answer_edit.setPlaceholderText(self.answer_hints.get(qtype, ""))
        self.feedback_edit.setPlaceholderText(
            self.tr("true: what to tell a student who answers true, and false: likewise")
            if qtype == "truefalse" else self.tr("choice: what to tell a student who picks it, one per line")
        )

    def fill(self, question: dict) -> None:
        """Show a question (pack-format data); an empty mapping empties the form."""
        self._filling = True
        qtype = question.get("type", QUESTION_TYPES[0])
        self.id_edit.setText(str(question.get("id", "")))
        self.id_edit.setCursorPosition(0)
        self.type_box.setCurrentText(qtype)
        self.skill_box.setCurrentText(str(question.get("skill", SKILLS[0])))
        self.prompt_edit.setPlainText(str(question.get("prompt", "")))
        self.choices_edit.setPlainText("\n".join(map(str, question.get("choices", []))))
        self.answer_edit.setText(answer_to_text(qtype, question.get("answer")))
        self.answer_edit.setCursorPosition(0)
        self.tolerance_edit.setText(str(question.get("tolerance", "")))
        self.accept_edit.setPlainText("\n".join(map(str, question.get("accept", []))))
        self.evidence_edit.setPlainText(str(question.get("evidence", "")))
        self.explanation_edit.setPlainText(str(question.get("explanation", "")))
        self.feedback_edit.setPlainText("\n".join(f"{k}: {v}" for k, v in question.get("feedback", {}).items()))
        self.show_fields_for(qtype)
        self.setEnabled(bool(question))
        self._filling = False

    def question(self, before: dict) -> dict:
        """The question as the form shows it, in the pack format; the keys of `before` that
        the form does not show are kept. Only the keys that apply to the type are written."""
        qtype = self.type_box.currentText()
        applies = TYPE_KEYS.get(qtype, ())
        question = {k: v for k, v in before.items() if k in KEPT_KEYS}
        question.update({"id": self.id_edit.text().strip(), "type": qtype, "skill": self.skill_box.currentText(),
                         "prompt": self.prompt_edit.toPlainText().strip()})
        if "choices" in applies:
            question["choices"] = _lines(self.choices_edit.toPlainText())
        if "answer" in applies:
            question["answer"] = answer_from_text(qtype, self.answer_edit.text())
        if "tolerance" in applies and self.tolerance_edit.text().strip():
            question["tolerance"] = answer_from_text("number", self.tolerance_edit.text())
        if "accept" in applies and _lines(self.accept_edit.toPlainText()):
            question["accept"] = _lines(self.accept_edit.toPlainText())
        question["evidence"] = self.evidence_edit.toPlainText().strip()
        if self.explanation_edit.toPlainText().strip():
            question["explanation"] = self.explanation_edit.toPlainText().strip()
        feedback = {}
        for line in _lines(self.feedback_edit.toPlainText()) if "feedback" in applies else []:
            key, _, value = line.partition(":")
            if value.strip():
                feedback[key.strip()] = value.strip()
        if feedback:
            question["feedback"] = feedback
        return question

    def set_evidence(self, text: str) -> None:
        """Put `text` into the evidence field as if the teacher had typed it."""
        self.evidence_edit.setPlainText(text)
