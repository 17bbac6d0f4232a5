"""Typing into the pack editor one key at a time, as a teacher does, inside the real teacher
pages: what the field shows, what undo does, and what reaches the saved pack."""

from PySide6.QtCore import Qt

from editor_support import CTRL, replace_text, save, show_question, type_slowly


def test_typing_in_the_prompt_keeps_every_key_in_order(qtbot, teacher_window):
    editor = teacher_window.teacher_view.editor
    replace_text(qtbot, editor.form.prompt_edit, "Hello world test")
    assert editor.form.prompt_edit.toPlainText() == "Hello world test"
    assert editor.form.prompt_edit.textCursor().position() == len("Hello world test")
    assert save(qtbot, teacher_window).questions[0].prompt == "Hello world test"


def test_a_new_line_typed_in_the_choices_stays_where_it_was_typed(qtbot, teacher_window):
    editor = teacher_window.teacher_view.editor
    replace_text(qtbot, editor.form.choices_edit, "6,000\n10,000\n7,700\n20,000\n30,000")
    assert editor.form.choices_edit.toPlainText() == "6,000\n10,000\n7,700\n20,000\n30,000"
    assert save(qtbot, teacher_window).questions[0].choices == ("6,000", "10,000", "7,700", "20,000", "30,000")


def test_a_space_typed_in_the_answer_stays(qtbot, teacher_window):
    editor = teacher_window.teacher_view.editor
    show_question(qtbot, editor, 12)  # a question the student answers in words
    assert editor.data["questions"][11]["type"] == "text"
    replace_text(qtbot, editor.form.answer_edit, "36 years")
    assert editor.form.answer_edit.text() == "36 years"
    assert save(qtbot, teacher_window).questions[11].answer == "36 years"


def test_other_accepted_answers_typed_one_per_line_are_kept(qtbot, teacher_window):
    editor = teacher_window.teacher_view.editor
    show_question(qtbot, editor, 12)
    replace_text(qtbot, editor.form.accept_edit, "Tricia McLaughlin\nthe DHS spokeswoman")
    assert editor.form.accept_edit.toPlainText() == "Tricia McLaughlin\nthe DHS spokeswoman"
    saved = save(qtbot, teacher_window).questions[11]
    assert saved.accept == ("Tricia McLaughlin", "the DHS spokeswoman")


def test_one_undo_takes_back_a_run_of_typing_in_one_field_and_redo_brings_it_back(qtbot, teacher_window):
    editor = teacher_window.teacher_view.editor
    before = editor.form.prompt_edit.toPlainText()
    editor.form.prompt_edit.setFocus()
    qtbot.keyClick(editor.form.prompt_edit, Qt.Key.Key_End, CTRL)
    type_slowly(qtbot, editor.form.prompt_edit, " Think first.")
    qtbot.keyClick(editor.form.prompt_edit, Qt.Key.Key_Z, CTRL)
    assert editor.form.prompt_edit.toPlainText() == before
    assert editor.data["questions"][0]["prompt"] == before
    qtbot.keyClick(editor.form.prompt_edit, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert editor.form.prompt_edit.toPlainText() == before + " Think first."
    assert editor.data["questions"][0]["prompt"] == before + " Think first."
