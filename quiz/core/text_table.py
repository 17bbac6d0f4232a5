"""Tables as aligned plain text, for what the commands print for people to read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quiz.core.errors import printable


def text_table(columns: Sequence[tuple[str, Sequence[object]]], right: Iterable[int] = ()) -> str:
    """`columns` as (header, cells) laid out side by side, each as wide as its widest cell,
    two spaces apart; the columns in `right` (the numbers) are aligned right. A cell is one
    line: in a cell that is not plain printable text, spaces and line breaks become one
    space each and control characters escapes (errors.printable).

    Built a column at a time and each line with one format string: `quiz report` lays out a
    hundred thousand questions this way in about a tenth of a second."""
    right = set(right)
    texts = []
    for header, cells in columns:
        column = [header, *map(str, cells)]
        if not all(map(str.isprintable, column)):
            column = [printable(" ".join(cell.split())) for cell in column]
        texts.append(column)
    line = "  ".join(
        f"{{:{'>' if index in right else '<'}{max(map(len, column))}}}" for index, column in enumerate(texts)
    )
    return "".join(line.format(*row).rstrip() + "\n" for row in zip(*texts))
