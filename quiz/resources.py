"""The one place that finds the content folders (assets, questions, seeds).

In a checkout they sit beside the package; in an installed wheel they are packed
inside it under `_data/`.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
FOLDERS = ("assets", "questions", "seeds")


def resource_dir(name: str) -> Path:
    """The folder `name` (one of FOLDERS), from a checkout or an installed wheel."""
    if name not in FOLDERS:
        raise ValueError(f"unknown resource folder {name!r}; expected one of {FOLDERS}")
    for candidate in (_PACKAGE.parent / name, _PACKAGE / "_data" / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name}/ folder is missing from this installation ({_PACKAGE})")


def resource_path(name: str, *parts: str) -> Path:
    return resource_dir(name).joinpath(*parts)
