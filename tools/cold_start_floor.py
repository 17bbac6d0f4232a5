"""The floor of our stack's cold start: import PyYAML and sqlite-utils, show a PySide6
window with one label, and quit once the label is painted.

With --touch-qt-enums it also reads one of Qt's enums, as any real window does to align a
label or read a key: PySide then builds the 93 Python enums of the Qt namespace, about
20 ms that the bare label never pays. `make bench` prints both floors."""

import sys

import sqlite_utils  # noqa: F401
import yaml  # noqa: F401
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])
if "--touch-qt-enums" in sys.argv:
    from PySide6.QtCore import Qt

    Qt.AlignmentFlag.AlignLeft
label = QLabel("Which figure fills the gap?")


class QuitOnPaint(QObject):
    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False


label.installEventFilter(QuitOnPaint(label))
label.show()
sys.exit(app.exec())
