"""A read-only table for a QTableView. Cells are formatted only when shown, so a school's
hundred thousand questions or thousand packs cost no widget, nor any object, per cell."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


def cell_text(value: Any) -> str:
    """Nothing for a missing value, one decimal for a share or an index, else the value."""
    if value is None:
        return ""
    return f"{value:.1f}" if isinstance(value, float) else str(value)


class RowsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: Sequence[Any] = ()
        self._cell: Callable[[Any, int], Any] = _item

    def set_rows(self, headers: Sequence[str], rows: Sequence[Any], cell: Callable[[Any, int], Any] | None = None) -> None:
        """Show `rows` under `headers`; `cell(row, column)` reads a value out of a row, by
        default `row[column]`."""
        self.beginResetModel()
        self._headers, self._rows, self._cell = list(headers), rows, cell or _item
        self.endResetModel()

    def value(self, row: int, column: int) -> Any:
        return self._cell(self._rows[row], column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(self.value(index.row(), index.column()))
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(self.value(index.row(), index.column()), (int, float)):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


def _item(row: Any, column: int) -> Any:
    return row[column]
