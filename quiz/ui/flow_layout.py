"""A row of controls that wraps onto more lines when it is narrow, as words in a paragraph do:
a row of buttons fits a 1024-pixel screen at every zoom step."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Lays out its items left to right at their preferred width, starting a new line when
    the next one does not fit. An item added with `stretch=True` takes the rest of its line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretching: set[int] = set()  # ids of the items that take the rest of their line

    def addWidget(self, widget: QWidget, stretch: bool = False) -> None:  # noqa: N802 - Qt's name
        super().addWidget(widget)
        if stretch:
            self._stretching.add(id(self._items[-1]))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretching.discard(id(item))
        return item

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _spacing(self, horizontal: bool) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        if parent is None:
            return 6
        pixel = QStyle.PixelMetric
        metric = pixel.PM_LayoutHorizontalSpacing if horizontal else pixel.PM_LayoutVerticalSpacing
        return max(0, parent.style().pixelMetric(metric, None, parent))

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in `rect` (when `move`) and return the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        across, down = self._spacing(True), self._spacing(False)

        def width(item: QLayoutItem) -> int:
            return min(max(0, item.sizeHint().width()), area.width())

        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in (item for item in self._items if not item.isEmpty()):
            if not lines or used + across + width(item) > area.width():
                lines.append([])
                used = -across
            used += across + width(item)
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            height = max(0, *(item.sizeHint().height() for item in line))
            widths = [width(item) for item in line]
            stretching = [i for i, item in enumerate(line) if id(item) in self._stretching]
            spare = area.width() - sum(widths) - across * (len(line) - 1)
            for i in stretching:
                widths[i] += spare // len(stretching)
            x = area.x()
            for item, item_width in zip(line, widths):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(item_width, height)))
                x += item_width + across
            y += height + down
        taken = y - down - area.y() if lines else 0
        return taken + margins.top() + margins.bottom()


def flow_of(*widgets: QWidget, stretch: QWidget | None = None) -> FlowLayout:
    """A FlowLayout of these widgets, without margins; `stretch` takes the rest of its line."""
    layout = FlowLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, stretch=widget is stretch)
    return layout

