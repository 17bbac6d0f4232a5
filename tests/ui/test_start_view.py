from PySide6.QtCore import Qt

from quiz.core.domain import PackSummary
from quiz.ui.start_view import StartView

PACKS = [PackSummary("a", "Pack A", "Article A", 5, ("numbers",)), PackSummary("b", "Pack B", "Article B", 3, ())]


def make_view(qtbot):
    view = StartView()
    qtbot.addWidget(view)
    view.set_packs(PACKS)
    return view


def test_start_needs_a_name(qtbot):
    view = make_view(qtbot)
    with qtbot.assertNotEmitted(view.start_requested):
        view.start_button.click()
    assert view.message.text() == "Type your name first."


def test_enter_in_the_name_field_starts_the_selected_pack(qtbot):
    view = make_view(qtbot)
    view.pack_list.setCurrentRow(1)
    qtbot.keyClicks(view.name_edit, "  Ada   Lovelace ")
    with qtbot.waitSignal(view.start_requested) as started:
        qtbot.keyClick(view.name_edit, Qt.Key.Key_Return)
    assert started.args == ["Ada Lovelace", "b"]


def test_packs_list_shows_count_and_skills(qtbot):
    view = make_view(qtbot)
    assert view.pack_list.item(0).text() == "Pack A\n5 questions · numbers"
