"""All text meets WCAG AA's 4.5:1 contrast on a light and on a dark palette: every colour
the stylesheet gives text (placeholders and selections too), checked against what that
text is drawn on, and the colours the article's marks and the results list use."""

import re

import pytest
from PySide6.QtGui import QColor, QPalette

from quiz.ui.style import EVIDENCE_MARK, SENTENCE_MARK, TEXT_CONTRAST, contrast, stylesheet, theme_colours

Role = QPalette.ColorRole


def fusion_palette(dark: bool) -> QPalette:
    """Qt's Fusion palette, light or dark, as Qt builds it for a light or dark desktop."""
    window = QColor(50, 50, 50) if dark else QColor(239, 239, 239)
    text = QColor(240, 240, 240) if dark else QColor(0, 0, 0)
    palette = QPalette()
    for role, colour in {
        Role.Window: window, Role.WindowText: text, Role.Button: window, Role.ButtonText: text,
        Role.Base: window.darker(140) if dark else QColor(255, 255, 255), Role.AlternateBase: window,
        Role.Text: text, Role.BrightText: QColor(255, 255, 255), Role.Light: window.lighter(150),
        Role.Midlight: window.darker(130).lighter(110), Role.Mid: window.darker(130), Role.Dark: window.darker(150),
        Role.Highlight: QColor(48, 140, 198), Role.HighlightedText: text if dark else QColor(255, 255, 255),
        Role.ToolTipBase: window, Role.ToolTipText: text,
    }.items():
        palette.setColor(role, colour)
    disabled = QColor(130, 130, 130) if dark else QColor(190, 190, 190)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def dark_palette() -> QPalette:
    return fusion_palette(dark=True)


PALETTES = {"light": fusion_palette(dark=False), "dark": fusion_palette(dark=True)}

# What each selector's text is drawn on, where its rule does not say: a palette role.
DRAWN_ON = {
    "#packTitle": "window", "#hint": "window", "#formMessage": "window",
    '#verdict[verdict="correct"]': "window", '#verdict[verdict="partly"]': "window", '#verdict[verdict="wrong"]': "window",
    "QPushButton:disabled": "button", "QRadioButton:disabled": "window", "QCheckBox:disabled": "window",
    "QLabel:disabled": "window",
}


def resolve(value: str, palette: QPalette) -> str:
    """A colour of the stylesheet as #rrggbb: written so, or a palette(role) of `palette`."""
    value = value.strip()
    match = re.fullmatch(r"palette\(([a-z-]+)\)", value)
    if match:
        role = getattr(Role, "".join(part.capitalize() for part in match.group(1).split("-")))
        return palette.color(role).name()
    assert re.fullmatch(r"#[0-9a-f]{6}", value), f"not a colour this test reads: {value}"
    return value


def text_pairs(sheet: str, palette: QPalette) -> list[tuple[str, str, str]]:
    """(what, text colour, background) for every text colour the stylesheet sets."""
    pairs = []
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)):
        declarations = dict(
            (name.strip(), value.strip()) for name, value in (d.split(":", 1) for d in body.split(";") if ":" in d)
        )
        background = declarations.get("background-color", declarations.get("background"))
        for selector in (s.strip() for s in selectors.split(",")):
            if "color" in declarations:
                drawn_on = background or f"palette({DRAWN_ON[selector]})"  # a KeyError: say what it is drawn on
                pairs.append((selector, resolve(declarations["color"], palette), resolve(drawn_on, palette)))
            if "placeholder-text-color" in declarations:  # in an empty field, on its base
                pairs.append((f"{selector} placeholder", resolve(declarations["placeholder-text-color"], palette),
                              resolve("palette(base)", palette)))
            if "selection-color" in declarations:
                pairs.append((f"{selector} selection", resolve(declarations["selection-color"], palette),
                              resolve(declarations["selection-background-color"], palette)))
    return pairs


@pytest.mark.parametrize("name", PALETTES)
def test_every_text_colour_of_the_stylesheet_reads_at_4_5_to_1(name):
    palette = PALETTES[name]
    pairs = text_pairs(stylesheet(1.0, palette), palette)
    assert {what for what, _, _ in pairs} >= {
        "#hint", "#packTitle", "#formMessage", '#verdict[verdict="wrong"]', "QListWidget::item:selected",
        "QWidget selection", "QPushButton:disabled", "QLineEdit placeholder",
    }
    weak = [(what, fg, bg, round(contrast(fg, bg), 2)) for what, fg, bg in pairs if contrast(fg, bg) < TEXT_CONTRAST]
    assert weak == []


@pytest.mark.parametrize("name", PALETTES)
def test_the_palette_s_own_text_reads_at_4_5_to_1(name):
    palette = PALETTES[name]
    for text, background in ((Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.ButtonText, Role.Button)):
        assert contrast(palette.color(text).name(), palette.color(background).name()) >= TEXT_CONTRAST, text


@pytest.mark.parametrize("name", PALETTES)
def test_the_results_list_colours_its_verdicts_readably(name):
    palette = PALETTES[name]
    colours = theme_colours(palette)
    for verdict in ("correct", "partly", "wrong"):
        for background in (Role.Base, Role.Window):
            assert contrast(colours[verdict], palette.color(background).name()) >= TEXT_CONTRAST, (verdict, background)


def test_the_article_s_marks_keep_their_text_readable():
    for text, background in (EVIDENCE_MARK, SENTENCE_MARK):
        assert contrast(text, background) >= TEXT_CONTRAST

