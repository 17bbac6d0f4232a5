"""Widgets that fit the width they are given by wrapping their text, never by running off
the edge: a radio button and a check box whose label wraps, a list whose items wrap, and a
scroll area that scrolls down but never sideways. Qt's own keep a label on one line, and a
list lays out its items again only when its height changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox, QListWidget, QRadioButton, QScrollArea, QStyle, QStyleOptionButton, QStyleOptionFocusRect, QStylePainter,
)

from quiz.ui.qt_properties import set_properties

# Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextShowMnemonic, as a number: the
# first question paints these buttons, before Qt's namespace is built (qt_properties.py).
_WRAPPED_TEXT = 0x1 | 0x20 | 0x1000 | 0x800


class _WrappingOption:
    """A radio button or check box whose label wraps to the width it is given, where Qt's
    own stay on one line and run off the edge. The style draws the indicator; the label is
    drawn beside it, with the focus frame around it. `locked`, the choice shows as it was
    made, readable, but no longer changes."""

    _contents = QStyle.ContentsType.CT_RadioButton
    _control = QStyle.ControlElement.CE_RadioButton
    _contents_rect = QStyle.SubElement.SE_RadioButtonContents

    def __init__(self, text: str):
        super().__init__(text)
        self.locked = False
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _around(self, text_size: QSize) -> QSize:
        """The button's size around a label of `text_size`: indicator, spacing, padding."""
        return self.style().sizeFromContents(self._contents, self._option(), text_size, self)

    def _text_height(self, width: int) -> int:
        return self.fontMetrics().boundingRect(QRect(0, 0, max(1, width), 1 << 20), _WRAPPED_TEXT, self.text()).height()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        text_width = max(1, width - self._around(QSize(0, 0)).width())
        return self._around(QSize(text_width, self._text_height(text_width))).height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        metrics = self.fontMetrics()
        text_width = min(metrics.horizontalAdvance(self.text()), 40 * metrics.averageCharWidth())
        width = self._around(QSize(text_width, 0)).width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        metrics = self.fontMetrics()
        width = self._around(QSize(min(metrics.horizontalAdvance(self.text()), 12 * metrics.averageCharWidth()), 0)).width()
        return QSize(width, self.heightForWidth(width))

    def hitButton(self, pos) -> bool:  # noqa: N802 - Qt's name: the wrapped lines are part of the button
        return self.rect().contains(pos)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        option = self._option()
        has_focus = bool(option.state & QStyle.StateFlag.State_HasFocus)
        option.state &= ~QStyle.StateFlag.State_HasFocus  # the frame goes round the whole label, below
        # The indicator and the first line of the label side by side, as the style lays out one line.
        option.rect = QRect(0, 0, self.width(), self._around(QSize(0, self.fontMetrics().height())).height())
        first_line = self.style().subElementRect(self._contents_rect, option, self)
        text = option.text
        option.text = ""
        painter.drawControl(self._control, option)
        top = first_line.top() + (first_line.height() - self.fontMetrics().height()) // 2
        area = QRect(first_line.left(), top, max(1, first_line.right() - first_line.left() + 1), self.height() - top)
        self.style().drawItemText(
            painter, area, _WRAPPED_TEXT, self.palette(), self.isEnabled(), text, QPalette.ColorRole.WindowText,
        )
        if has_focus:
            frame = QStyleOptionFocusRect()
            frame.initFrom(self)
            frame.rect = self.fontMetrics().boundingRect(area, _WRAPPED_TEXT, text).adjusted(-2, -1, 2, 1)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.locked:
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.locked:
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self.locked:
            super().keyPressEvent(event)


class OptionRadioButton(_WrappingOption, QRadioButton):
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


class OptionCheckBox(_WrappingOption, QCheckBox):
    _contents = QStyle.ContentsType.CT_CheckBox
    _control = QStyle.ControlElement.CE_CheckBox
    _contents_rect = QStyle.SubElement.SE_CheckBoxContents


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
