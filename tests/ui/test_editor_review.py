"""Reviewing a generated draft in the real teacher pages, and what the editor shows of it:
verdicts that last until the draft is saved, the way from one question to the next, the
draft's own title and id, a form that shows what applies, and checks in the form's words."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from editor_support import CTRL, click, replace_text, save, show_question


def ids(pack):
    return [q.id for q in pack.questions]


def test_a_rejected_question_stays_out_when_the_draft_is_saved_twice(qtbot, teacher_window):
    view = teacher_window.teacher_view
    editor = view.editor
    rejected = editor.data["questions"][0]
    click(qtbot, editor.reject_button)
    first = save(qtbot, teacher_window)
    second = save(qtbot, teacher_window)
    assert rejected["id"] not in ids(first)
    assert ids(second) == ids(first) and len(first.questions) == 29
    counts = {template: rejected_n for template, _, _, rejected_n in view.service.template_stats()}
    assert counts[rejected["template"]] == 1  # the review is counted once, at its save


def test_verdicts_last_while_a_save_is_refused(qtbot, teacher_window):
    editor = teacher_window.teacher_view.editor
    click(qtbot, editor.reject_button)  # question 1; question 2 is shown next
    replace_text(qtbot, editor.form.answer_edit, "Nobody")  # not one of the choices
    click(qtbot, editor.save_button)
    assert editor.draft and not editor.save_button.isEnabled()
    assert editor.review[editor.data["questions"][0]["id"]] == "rejected"


def test_accept_and_reject_go_on_to_the_next_question_not_yet_reviewed(qtbot, teacher_window):
    editor = teacher_window.teacher_view.editor
    assert editor.progress.text() == "0 of 30 reviewed"
    show_question(qtbot, editor, 3)
    click(qtbot, editor.accept_button)
    assert editor.current_index() == 3  # question 4
    show_question(qtbot, editor, 2)
    click(qtbot, editor.reject_button)
    assert editor.current_index() == 3  # question 3 is reviewed already: on to 4
    assert editor.progress.text() == "2 of 30 reviewed"
    show_question(qtbot, editor, 30)
    click(qtbot, editor.accept_button)
    assert editor.current_index() == 0  # from the last, round to the first not yet reviewed
    assert editor.progress.text() == "3 of 30 reviewed"


def test_the_list_shows_each_question_with_its_number_skill_and_verdict(qtbot, teacher_window):
    editor = teacher_window.teacher_view.editor
    click(qtbot, editor.reject_button)
    first = editor.questions.item(0)
    # A long prompt keeps its start and its end, where the question is; the middle gives way.
    assert first.text() == "✗ 1. Which figure fills the gap? “The … the federal government’s deportation efforts.”" \
                           "\nnumbers · choice"
    assert first.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Question 1, rejected: Which figure fills the gap?")
    assert first.font().strikeOut()
    assert editor.questions.item(1).text().startswith("• 2. What kind of statement is this")
    assert editor.legend.isVisible() and editor.legend.text().replace("\xa0", " ").split("\u2003") == [
        "• not reviewed", "✓ accepted", "✎ edited", "✗ rejected"]


def test_the_form_shows_only_the_fields_of_the_question_type(qtbot, teacher_window):
    editor = teacher_window.teacher_view.editor
    form = editor.form

    def shown():
        return {key for key, widget in form.fields.items() if widget.isVisible()}

    common = {"id", "type", "skill", "prompt", "evidence", "explanation"}
    assert shown() == common | {"choices", "answer", "feedback"}  # question 1: a choice
    form.type_box.setFocus()
    for _ in range(3):  # choice -> multi -> truefalse -> number, by keyboard
        qtbot.keyClick(form.type_box, Qt.Key.Key_Down)
    assert form.type_box.currentText() == "number" and shown() == common | {"answer", "tolerance"}
    qtbot.keyClick(form.type_box, Qt.Key.Key_Down)
    assert shown() == common | {"answer", "accept"}  # text
    show_question(qtbot, editor, 15)
    assert shown() == common  # an evidence question: the evidence is its answer


def test_multi_line_fields_are_as_tall_as_their_text(qtbot, teacher_window):
    editor = teacher_window.teacher_view.editor
    show_question(qtbot, editor, 6)  # four choices and a long prompt
    for edit in (editor.form.prompt_edit, editor.form.choices_edit, editor.form.evidence_edit):
        # The form lays itself out again once the new text is measured: wait for that pass.
        qtbot.waitUntil(lambda edit=edit: edit.viewport().height() >= edit.document().size().height(), timeout=2000)
        assert not edit.verticalScrollBar().isVisible()


def test_checks_name_the_question_by_its_number_and_the_field_by_its_label(qtbot, teacher_window):
    editor = teacher_window.teacher_view.editor
    click(qtbot, editor.reject_button)  # question 1 is left out of the checked pack
    show_question(qtbot, editor, 6)
    replace_text(qtbot, editor.form.answer_edit, "Nobody")
    qtbot.waitUntil(lambda: editor.problems == ['Question 6, Answer: "Nobody" is not one of the choices'])
    messages = [editor.messages.item(r).text() for r in range(editor.messages.count())]
    assert not any("pack.yaml" in m or "questions[" in m for m in messages)
    show_question(qtbot, editor, 2)
    problem = editor.messages.item(0)
    editor.messages.scrollToItem(problem)
    qtbot.mouseClick(editor.messages.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.messages.visualItemRect(problem).center())
    assert editor.current_index() == 5  # the message shows its question


def test_a_draft_has_its_own_title_and_id_and_is_saved_under_them(qtbot, teacher_window):
    view = teacher_window.teacher_view
    editor = view.editor
    assert view.pack_box.currentIndex() == -1 and not view.edit_button.isEnabled()  # no other pack beside the draft
    assert editor.pack_id_edit.text() == "reading-the-news-the-department-of-homeland-security-has-ask"
    assert not editor.pack_id_edit.isReadOnly()
    replace_text(qtbot, editor.title_edit, "Guard troops")
    replace_text(qtbot, editor.pack_id_edit, "guard-troops")
    saved = save(qtbot, teacher_window)
    assert (saved.id, saved.title) == ("guard-troops", "Guard troops")


def test_a_draft_may_not_take_a_saved_pack_id(qtbot, teacher_window):
    editor = teacher_window.teacher_view.editor
    taken = teacher_window.service.packs()[0].id
    replace_text(qtbot, editor.pack_id_edit, taken)
    qtbot.waitUntil(lambda: editor.problems == ["Pack id: a saved pack already has this id; choose another"])
    assert not editor.save_button.isEnabled()


def choose_saved_pack(qtbot, view, row=0):
    view.pack_box.setFocus()
    qtbot.keyClick(view.pack_box, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(view.pack_box, Qt.Key.Key_Down)


def test_leaving_a_draft_for_another_pack_asks_first(qtbot, teacher_window):
    view = teacher_window.teacher_view
    choose_saved_pack(qtbot, view)
    click(qtbot, view.edit_button)
    assert view.leave_box.isVisible() and "The draft “Reading the news:" in view.leave_box.text()
    click(qtbot, view.leave_box.button(QMessageBox.StandardButton.Cancel))
    assert view.editor.draft  # nothing lost
    click(qtbot, view.edit_button)
    click(qtbot, view.leave_box.button(QMessageBox.StandardButton.Discard))
    chosen = teacher_window.service.packs()[0]
    assert not view.editor.draft and view.editor.pack_id_edit.text() == chosen.id


def test_after_saving_the_editor_shows_the_saved_pack_and_the_new_quiz_page_is_ready(qtbot, teacher_window):
    view = teacher_window.teacher_view
    editor = view.editor
    click(qtbot, editor.reject_button)
    saved = save(qtbot, teacher_window)
    assert not editor.draft and editor.pack_id_edit.isReadOnly()
    assert editor.questions.count() == len(saved.questions) and editor.form.prompt_edit.toPlainText()
    assert view.pack_box.currentData() == saved.id
    assert view.pack_box.currentText() == f"{saved.title} — {saved.id}"  # the id the commands take
    new_quiz = view.new_quiz
    assert new_quiz.text_edit.toPlainText() == "" and "drafted" not in new_quiz.status.text()
    editor.form.prompt_edit.setFocus()
    qtbot.keyClick(editor.form.prompt_edit, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(editor.form.prompt_edit, "!")
    choose_saved_pack(qtbot, view)
    click(qtbot, view.edit_button)
    assert "Your changes to “" in view.leave_box.text()  # unsaved edits to a saved pack are asked about too
    click(qtbot, view.leave_box.button(QMessageBox.StandardButton.Save))
    assert view.service.pack(saved.id).questions[0].prompt.endswith("!")
    assert QApplication.activeModalWidget() is None


def test_text_selected_in_the_article_becomes_the_evidence(qtbot, teacher_window):
    from PySide6.QtGui import QTextCursor

    editor = teacher_window.teacher_view.editor
    body = editor.article_view.body
    passage = "A U.S. official confirmed the request"
    cursor = body.textCursor()
    cursor.setPosition(body.toPlainText().index(passage))
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len(passage))
    body.setTextCursor(cursor)
    click(qtbot, editor.form.use_selection_button)
    assert editor.form.evidence_edit.toPlainText() == passage
    assert editor.data["questions"][0]["evidence"] == passage
    assert editor.article_view.highlighted_text() == passage


def test_closing_the_app_with_an_unsaved_draft_asks_first(qtbot, teacher_window):
    view = teacher_window.teacher_view
    teacher_window.stack.setCurrentWidget(teacher_window.start_view)  # the draft waits on another page
    teacher_window.close()
    assert teacher_window.isVisible() and teacher_window.stack.currentWidget() is view
    assert view.leave_box.isVisible() and "The draft" in view.leave_box.text()
    click(qtbot, view.leave_box.button(QMessageBox.StandardButton.Cancel))
    assert teacher_window.isVisible() and view.editor.draft  # nothing lost
    teacher_window.close()
    click(qtbot, view.leave_box.button(QMessageBox.StandardButton.Discard))
    assert not teacher_window.isVisible()
