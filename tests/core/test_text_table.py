"""text_table: the aligned plain-text tables the commands print (quiz packs, quiz report)."""

from quiz.core.text_table import text_table


def test_columns_are_as_wide_as_their_widest_cell_and_numbers_align_right():
    table = text_table([("name", ["Ada", "Bartholomew"]), ("answers", [7, 120]), ("note", ["ok", ""])], right=(1,))
    assert table == (
        "name         answers  note\n"
        "Ada                7  ok\n"
        "Bartholomew      120\n"  # no trailing spaces where the last cell is empty
    )


def test_cells_that_look_like_format_codes_are_printed_as_they_are():
    table = text_table([("question", ["100% {0} %s"]), ("facility %", ["50.0"])], right=(1,))
    assert table.splitlines() == ["question     facility %", "100% {0} %s        50.0"]


def test_a_cell_with_line_breaks_or_control_characters_stays_on_one_line():
    table = text_table([("prompt", ["two\nlines", "bell\x07"])])
    assert table.splitlines() == ["prompt", "two lines", "bell\\x07"]


def test_a_table_without_rows_is_its_header():
    assert text_table([("pack", []), ("answers", [])], right=(1,)) == "pack  answers\n"
