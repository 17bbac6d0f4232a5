"""Widgets that fit the width they are given by wrapping their text, never by running off
the edge: an option (a radio button or check box) whose label wraps, a list whose items
wrap, and a scroll area that scrolls down but never sideways. Qt's buttons keep their
label on one line, and a list lays out its items again only when its height changes.

They are built from Qt's own widgets rather than painted here: the first question shows
them, and QStyle's enums alone take about 5 ms to build."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QListWidget, QRadioButton, QScrollArea, QVBoxLayout, QWidget,
)

from quiz.ui.qt_properties import set_properties


class _Lockable:
    """A button that, `locked`, shows the choice as it was made, in full colour (not greyed
    out as a disabled one is), but no longer changes."""

    locked = False

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.locked:
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.locked:
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.locked:
            super().keyPressEvent(event)


class OptionRadioButton(_Lockable, QRadioButton):
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """An arrow key chooses the option it moves to, even when none was chosen yet (Qt's
        only moves the focus then), so that arrows and Enter answer a question."""
        super().keyPressEvent(event)
        from PySide6.QtCore import Qt  # not at import: see qt_properties.py
        from PySide6.QtWidgets import QApplication

        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
        reached = QApplication.focusWidget()
        if not self.locked and event.key() in arrows and isinstance(reached, OptionRadioButton) and reached is not self:
            if reached.group() is self.group() and not reached.isChecked():
                reached.click()


class OptionCheckBox(_Lockable, QCheckBox):
    pass


class _OptionLabel(QLabel):
    """The label of an option: a click on any of its lines is a click on its button."""

    def __init__(self, text: str, button: OptionRadioButton | OptionCheckBox):
        super().__init__(text)
        self.button = button
        self.setObjectName("optionLabel")
        set_properties(self, textFormat="PlainText")
        self.setWordWrap(True)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().mouseReleaseEvent(event)
        if not self.button.locked and self.rect().contains(event.position().toPoint()):
            self.button.click()
            self.button.setFocus()


class WrappedOption(QWidget):
    """An option whose label wraps to the width it is given: the radio button or check box
    (with the digit that picks it, and the keyboard focus) at the top of its label's first
    line, and the label beside it. Qt's own buttons keep their label on one line."""

    def __init__(self, button: OptionRadioButton | OptionCheckBox, text: str):
        super().__init__()
        self.button = button
        self.label = _OptionLabel(text, button)
        at_top = QVBoxLayout()
        at_top.setContentsMargins(0, 0, 0, 0)
        at_top.addWidget(button)
        at_top.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(at_top)
        layout.addWidget(self.label, 1)


class WrappingList(QListWidget):
    """A list whose items wrap to its width, laid out again whenever that width changes."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        set_properties(self, horizontalScrollBarPolicy="ScrollBarAlwaysOff", resizeMode="Adjust")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class VerticalScrollArea(QScrollArea):
    """Scrolls down, never sideways. It asks for the width of its contents' narrowest
    layout, so a splitter or layout makes room for it rather than cutting it off, and for
    the height its contents take at its width."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.setWidget(widget)
        self.setWidgetResizable(True)
        set_properties(self, horizontalScrollBarPolicy="ScrollBarAlwaysOff", frameShape="NoFrame")

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        inner = self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), inner), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        if self.widget().hasHeightForWidth() and self.viewport().width() > 0:
            hint.setHeight(self.widget().heightForWidth(self.viewport().width()) + 2 * self.frameWidth())
        return hint

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the contents changed: the layout around reads the sizes again
        return super().eventFilter(watched, event)
