"""The stylesheet from assets/, with every font size scaled for zoom (Ctrl+plus, Ctrl+minus)."""

from __future__ import annotations

import functools
import re

from quiz.resources import resource_path

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


@functools.cache
def _base() -> str:
    return resource_path("assets", "style.qss").read_text(encoding="utf-8")


def stylesheet(scale: float = 1.0) -> str:
    return re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m.group(1)) * scale:.1f}pt", _base())
