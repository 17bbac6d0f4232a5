import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel

from quiz.ui.qt_properties import set_properties


def test_enum_and_flag_properties_are_set_by_name(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    set_properties(
        label, textFormat="PlainText", textInteractionFlags="TextSelectableByKeyboard|TextSelectableByMouse"
    )
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.textInteractionFlags() == (
        Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    shortcut = QShortcut(QKeySequence("Esc"), label)
    set_properties(shortcut, context="WidgetWithChildrenShortcut")
    assert shortcut.context() == Qt.ShortcutContext.WidgetWithChildrenShortcut


@pytest.mark.parametrize(
    "values, message",
    [
        ({"textFormat": "Plaintext"}, "QLabel has no property textFormat that takes 'Plaintext'"),
        ({"textFromat": "PlainText"}, "QLabel has no property textFromat that takes 'PlainText'"),
    ],
)
def test_a_misspelt_name_or_value_is_an_error_not_a_silent_no_op(qtbot, values, message):
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError) as raised:
        set_properties(label, **values)
    assert str(raised.value) == message
    assert label.textFormat() == Qt.TextFormat.AutoText
    assert label.dynamicPropertyNames() == []

