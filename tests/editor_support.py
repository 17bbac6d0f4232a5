"""Driving the pack editor inside the real teacher pages as a teacher does: clicks on the
list and the buttons, and keys typed one at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt

from quiz.ui.editor_view import CHECK_PAUSE_MS

CTRL = Qt.KeyboardModifier.ControlModifier


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_slowly(qtbot, widget, text: str) -> None:
    """One key at a time; after every fourth key a pause longer than the check waits for."""
    for count, char in enumerate(text, 1):
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        else:
            qtbot.keyClicks(widget, char)
        if count % 4 == 0:
            qtbot.wait(CHECK_PAUSE_MS + 50)


def replace_text(qtbot, widget, text: str) -> None:
    """Select all that the field holds and type `text` over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    type_slowly(qtbot, widget, text)


def row_of(editor, number: int) -> int:
    """The list row of question `number` (1-based, as the list counts)."""
    return next(r for r in range(editor.questions.count())
                if editor.questions.item(r).data(Qt.ItemDataRole.UserRole) == number - 1)


def show_question(qtbot, editor, number: int) -> None:
    """Click question `number` in the list."""
    item = editor.questions.item(row_of(editor, number))
    editor.questions.scrollToItem(item)
    qtbot.mouseClick(editor.questions.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.questions.visualItemRect(item).center())
    assert editor.current_index() == number - 1


def save(qtbot, window):
    """Click Save to the app; the pack as the app then holds it."""
    with qtbot.waitSignal(window.teacher_view.pack_saved) as saved:
        click(qtbot, window.teacher_view.editor.save_button)
    return window.service.pack(saved.args[0])
