"""sqlite-utils, loaded without numpy and pandas.

When numpy or pandas is installed, sqlite-utils imports it only to map its number types to
column types. We never store such values, and spaCy (the teacher's side) installs numpy,
whose import alone costs about a seventh of a second at every start of the app and every
command. So both are hidden while sqlite-utils loads, and only then: spaCy imports numpy
as usual afterwards. Where either is already imported, nothing changes."""

from __future__ import annotations

import sys

_HIDDEN = [name for name in ("numpy", "pandas") if name not in sys.modules]
sys.modules.update(dict.fromkeys(_HIDDEN, None))  # a None entry makes `import` fail at once
try:
    from sqlite_utils import Database, Migrations
finally:
    for _name in _HIDDEN:
        del sys.modules[_name]

__all__ = ["Database", "Migrations"]
