"""Before Qt starts: say which system packages a real X11 window is missing.

Without them Qt aborts with a platform-plugin stack trace; a person needs the names of
the Debian/Ubuntu packages to install instead. This module never imports Qt.
"""

from __future__ import annotations

import ctypes
import os
import sys

# The shared libraries Qt's xcb platform plugin loads, and the package that ships each.
X11_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_packages(libraries: dict[str, str] = X11_LIBRARIES, loadable=_loadable) -> list[str]:
    return sorted({package for soname, package in libraries.items() if not loadable(soname)})


def _reachable(display: str) -> bool:
    """Whether the X server at `display` takes a connection, asked through libxcb as Qt's
    xcb plugin asks it (about 1 ms). Without the answer Qt aborts the process with a
    platform-plugin message."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # no libxcb to ask with: Qt will say what is wrong
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = (ctypes.c_char_p, ctypes.c_void_p)
    xcb.xcb_connection_has_error.argtypes = (ctypes.c_void_p,)
    xcb.xcb_disconnect.argtypes = (ctypes.c_void_p,)
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)


def display_problem(
    environ: dict[str, str] | None = None, platform: str = sys.platform, loadable=_loadable, reachable=_reachable,
) -> str | None:
    """A message saying what to install or set, or None when a window can open. It is asked
    before the app creates any folder or file."""
    environ = dict(os.environ) if environ is None else environ
    if not platform.startswith("linux"):
        return None
    qpa = environ.get("QT_QPA_PLATFORM", "")
    if qpa and not qpa.startswith("xcb"):
        return None  # offscreen, wayland or another plugin chosen on purpose
    if not environ.get("DISPLAY"):
        if environ.get("WAYLAND_DISPLAY") and not qpa:
            return None
        return (
            "Evidence Quiz needs a graphical desktop, and no display was found (DISPLAY is not set).\n"
            "Run it from a desktop session, or on a machine without a screen: xvfb-run -a make run"
        )
    missing = missing_packages(loadable=loadable)
    if missing:
        return (
            "Evidence Quiz cannot open a window: these system packages are missing.\n"
            f"Install them with:\n  sudo apt-get install {' '.join(missing)}"
        )
    if not reachable(environ["DISPLAY"]):
        return (
            f"Evidence Quiz cannot open a window: the display {environ['DISPLAY']} does not answer "
            "(DISPLAY names a screen that is gone or not allowed).\n"
            "Run it from a desktop session, or on a machine without a screen: xvfb-run -a make run"
        )
    return None
