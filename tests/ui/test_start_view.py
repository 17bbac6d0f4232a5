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
    assert started.args == ["Ada Lovelace", "b", "practice"]


def test_packs_list_shows_article_count_skills_and_best_score(qtbot):
    view = make_view(qtbot)
    view.set_best_scores({"a": 80})
    assert view.pack_list.item(0).text() == "Pack A\nArticle A\n5 questions · numbers · your best: 80%"
    assert view.pack_list.item(1).text() == "Pack B\nArticle B\n3 questions · "


def test_test_mode_is_chosen_with_its_radio_button(qtbot):
    view = make_view(qtbot)
    view.test_radio.setChecked(True)
    view.name_edit.setText("Ada")
    with qtbot.waitSignal(view.start_requested) as started:
        view.start_button.click()
    assert started.args[2] == "test"


def test_known_students_can_be_picked_from_the_list(qtbot):
    view = make_view(qtbot)
    view.set_students(["Ada", "Bo"])
    view.name_box.setCurrentIndex(1)
    assert view.name_edit.text() == "Bo"
