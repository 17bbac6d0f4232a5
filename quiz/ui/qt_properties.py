"""Qt enum properties set by the names of their values, as Qt Designer's .ui files set them.

The first time anything reads PySide6's `Qt` namespace, PySide builds all 93 of its
Python enums: about 20 ms on Python 3.11, a tenth of the app's start-up. The widgets a
student sees first set their Qt enum properties through this function instead, so the
first question is painted before that cost is paid, if it ever is."""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_properties(obj: QObject, **values: str) -> None:
    """Set each Qt property from the name of its value: `textFormat="PlainText"`, or flags
    joined by `|`. Raises ValueError when Qt refuses one, so that a typo cannot pass
    silently."""
    for name, value in values.items():
        # Qt returns False, and keeps the value as a dynamic property, for a name it does
        # not know or a value it cannot convert.
        if obj.metaObject().indexOfProperty(name) < 0 or not obj.setProperty(name, value):
            raise ValueError(f"{type(obj).__name__} has no property {name} that takes {value!r}")
