"""Tables as aligned plain text, for what the commands print for people to read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quiz.core.errors import printable


def text_table(headers: Sequence[str], rows: Iterable[Sequence[object]], right: Iterable[int] = ()) -> str:
    """Columns as wide as their widest cell, two spaces apart; the columns in `right` (the
    numbers) are aligned right. A cell is one line: its spaces and line breaks become one
    space each, and control characters escapes (errors.printable)."""
    cells = [[str(h) for h in headers]] + [[_one_line(value) for value in row] for row in rows]
    widths = [max(len(row[column]) for row in cells) for column in range(len(headers))]
    right = set(right)
    lines = [
        "  ".join(
            cell.rjust(width) if column in right else cell.ljust(width)
            for column, (cell, width) in enumerate(zip(row, widths))
        ).rstrip()
        for row in cells
    ]
    return "\n".join(lines) + "\n"


def _one_line(value: object) -> str:
    return printable(" ".join(str("" if value is None else value).split()))
