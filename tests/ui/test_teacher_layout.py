"""The teacher pages on a 1024x768 classroom laptop, at every zoom step from Ctrl+minus
twice to Ctrl+plus three times: nothing runs off the right edge, no text is cut."""

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget


def cut_off(root: QWidget) -> list[str]:
    """The visible widgets under `root` that reach past its right edge, and the buttons and
    one-line labels narrower than their text."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        right = widget.mapTo(root, QPoint(widget.width(), 0)).x()
        one_line = isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and not widget.wordWrap())
        if right > root.width() or (one_line and widget.width() < widget.sizeHint().width()):
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or widget.objectName()
            found.append(f"{type(widget).__name__} {name!r}: right edge {right} of {root.width()}")
    return found


@pytest.mark.parametrize("zoom_steps", [-2, 0, 3])
def test_the_new_quiz_and_draft_review_pages_fit_1024_by_768(qtbot, teacher_window, zoom_steps):
    window = teacher_window
    window.resize(1024, 768)
    window.zoom(0)  # the app's stylesheet, at 100%
    for _ in range(abs(zoom_steps)):
        window.zoom(1 if zoom_steps > 0 else -1)
    view = window.teacher_view
    for page in (view.new_quiz, view.editor.parentWidget()):
        view.tabs.setCurrentWidget(page)
        QApplication.processEvents()
        assert (window.width(), window.height()) == (1024, 768)
        assert cut_off(window) == []
