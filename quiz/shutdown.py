"""Ending the process at once, once everything is saved."""

from __future__ import annotations

import os
import sys
from typing import NoReturn


def exit_now(code: int) -> NoReturn:
    """Flush what was printed, then end the process without Python's teardown of each
    module and object, and of the app's Qt objects: 20 ms after a command, 35-40 ms after
    the app, that save nothing. Callers have written their files and closed the database
    by now; answers are written as they are submitted, and the window saves its settings
    as it closes."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away after the last write (`quiz report | head`)
        code = code or 1
    sys.stderr.flush()
    os._exit(code)
