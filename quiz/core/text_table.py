"""Tables as aligned plain text, for what the commands print for people to read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quiz.core.errors import printable


def text_table(columns: Sequence[tuple[str, Sequence[object]]], right: Iterable[int] = ()) -> str:
    """`columns` as (header, cells) laid out side by side, each as wide as its widest cell,
    two spaces apart; the columns in `right` (the numbers) are aligned right. A cell is one
    line: in a cell that is not plain printable text, spaces and line breaks become one
    space each and control characters escapes (errors.printable).

    Built a column at a time, and each line with one printf-style format applied by a map:
    `quiz report` lays out a hundred thousand questions, and a generator that formats and
    joins a line at a time cost twice what this does."""
    right = set(right)
    texts = []
    for header, cells in columns:
        column = [header, *map(str, cells)]
        if not all(map(str.isprintable, column)):
            column = [printable(" ".join(cell.split())) for cell in column]
        texts.append(column)
    line = "  ".join(f"%{'' if index in right else '-'}{max(map(len, column))}s" for index, column in enumerate(texts))
    return "\n".join(map(str.rstrip, map(line.__mod__, zip(*texts)))) + "\n"
