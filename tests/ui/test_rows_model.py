from PySide6.QtCore import Qt

from quiz.ui.rows_model import RowsModel


def test_rows_are_shown_with_one_decimal_and_blanks_for_missing_values(qtmodeltester):
    model = RowsModel()
    model.set_rows(["Question", "Answers", "Facility %", "Discrimination"], [("q1", 12, 58.333, None), ("q2", 3, 100.0, -22.09)])
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (2, 4)
    assert [model.index(0, column).data() for column in range(4)] == ["q1", "12", "58.3", ""]
    assert model.index(1, 3).data() == "-22.1"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Facility %"
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_a_cell_function_reads_rows_of_any_shape(qtmodeltester):
    packs = ["pack-a", "pack-b"]
    model = RowsModel()
    model.set_rows(["Student", *packs], [("Ada", {"pack-b": 75.0})],
                   lambda row, column: row[0] if column == 0 else row[1].get(packs[column - 1]))
    qtmodeltester.check(model)
    assert [model.index(0, column).data() for column in range(3)] == ["Ada", "", "75.0"]
    model.set_rows(["Student"], [])
    assert (model.rowCount(), model.columnCount()) == (0, 1)
