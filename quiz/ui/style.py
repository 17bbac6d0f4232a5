"""The stylesheet from assets/, with every font size scaled for zoom (Ctrl+plus, Ctrl+minus)
and its colours chosen for the palette in use, light or dark, so that all text can be read.

WCAG AA asks a contrast of 4.5:1 for text. The stylesheet names its colours `@muted`,
`@error` and so on; `theme_colours` turns each into a colour that meets that contrast on
what it is drawn on, starting from the colour the design wants and moving it toward the
palette's text colour only as far as it must."""

from __future__ import annotations

import functools
import re

from quiz.resources import resource_path

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
TEXT_CONTRAST = 4.5  # WCAG AA, for text of every size
# What the article highlights, as (text, background): the evidence for an answer, and the
# sentence a student is on in the list of an evidence question. Fixed colours, so the
# same in a light and a dark palette.
EVIDENCE_MARK = ("#1a1a1a", "#ffe58a")
SENTENCE_MARK = ("#1a1a1a", "#cfe2ff")


@functools.cache
def _base() -> str:
    return resource_path("assets", "style.qss").read_text(encoding="utf-8")


def stylesheet(scale: float = 1.0, palette=None) -> str:
    """The stylesheet at a zoom `scale`, its @colours chosen for `palette` (the application's
    palette when None)."""
    if palette is None:
        from PySide6.QtGui import QGuiApplication

        palette = QGuiApplication.palette()
    colours = theme_colours(palette)
    sheet = re.sub(r"(\d+(?:\.\d+)?)pt", lambda m: f"{float(m.group(1)) * scale:.1f}pt", _base())
    return re.sub(r"@([a-z-]+)", lambda m: colours[m.group(1)], sheet)


def theme_colours(palette) -> dict[str, str]:
    """The stylesheet's @colours for a QPalette: each readable on what it is drawn on."""
    role = palette.ColorRole

    def colour(name: str) -> str:
        return palette.color(getattr(role, name)).name()

    window, text, base = colour("Window"), colour("WindowText"), colour("Base")
    # The verdicts colour text on the page and in lists: readable on both.
    page = (window, base)
    button, button_text = colour("Button"), colour("ButtonText")
    selected_text = colour("HighlightedText")
    # The selection is made darker under light text, or lighter under dark text, until it reads.
    away_from_selected_text = "#000000" if luminance(selected_text) > 0.5 else "#ffffff"
    return {
        "muted": readable(mix(text, window, 0.45), (window,), text),
        "placeholder": readable(mix(colour("Text"), base, 0.45), (base,), colour("Text")),
        "error": readable("#c62828", (window,), text),
        "correct": readable("#2e7d32", page, text),
        "partly": readable("#9a6700", page, text),
        "wrong": readable("#c62828", page, text),
        "disabled": readable(mix(button_text, button, 0.45), (button,), button_text),
        "selection": readable(colour("Highlight"), (selected_text,), away_from_selected_text),
        "selection-text": selected_text,
    }


def readable(colour: str, backgrounds: tuple[str, ...], towards: str) -> str:
    """`colour` moved toward `towards` just as far as it takes to reach TEXT_CONTRAST
    against each of `backgrounds`."""
    for step in range(41):
        moved = mix(colour, towards, step / 40)
        if all(contrast(moved, background) >= TEXT_CONTRAST for background in backgrounds):
            return moved
    return towards


def mix(first: str, second: str, share: float) -> str:
    """The colour `share` of the way from `first` to `second` (colours as #rrggbb)."""
    a, b = _rgb(first), _rgb(second)
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b))


def luminance(colour: str) -> float:
    """WCAG's relative luminance of an sRGB colour, 0 (black) to 1 (white)."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    """WCAG's contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
