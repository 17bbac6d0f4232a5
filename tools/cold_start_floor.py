"""The floor of our stack's cold start: import PyYAML and sqlite-utils (as the app does,
without numpy: quiz/core/sqlite_lib.py), show a PySide6 window with one label, and quit once
the label is painted. `make bench` times it beside `quiz --db FILE --quit-after-first-question`."""

import sys

import quiz.core.sqlite_lib  # noqa: F401
import yaml  # noqa: F401
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])
label = QLabel("Which figure fills the gap?")


class QuitOnPaint(QObject):
    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False


label.installEventFilter(QuitOnPaint(label))
label.show()
sys.exit(app.exec())
