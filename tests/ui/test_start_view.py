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
    assert view.pack_list.item(0).text() == "Pack A\nArticle A\n5 questions · Numbers · your best: 80%"
    assert view.pack_list.item(1).text() == "Pack B\nArticle B\n3 questions · "


def test_test_mode_is_chosen_with_its_radio_button(qtbot):
    view = make_view(qtbot)
    view.test_radio.setChecked(True)
    view.name_edit.setText("Ada")
    with qtbot.waitSignal(view.start_requested) as started:
        view.start_button.click()
    assert started.args[2] == "test"


def test_names_are_offered_only_from_what_is_typed(qtbot):
    view = make_view(qtbot)
    view.set_students(["Ada", "Bo", "Bea"])
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.name_edit.setFocus()
    qtbot.waitUntil(view.name_edit.hasFocus)
    popup = view.completer.popup()
    assert not popup.isVisible()  # no list of every name
    qtbot.keyClicks(view.name_edit, "b")
    qtbot.waitUntil(popup.isVisible)
    offered = [view.completer.completionModel().index(i, 0).data() for i in range(view.completer.completionCount())]
    assert offered == ["Bo", "Bea"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert view.name_edit.text() == "Bo"


def test_a_quiz_in_progress_at_the_chosen_pack_is_continued_not_started(qtbot):
    from quiz.core.domain import Progress

    view = make_view(qtbot)
    view.set_progress({"b": Progress(4, 12, "test")})
    assert view.start_button.text() == "Start quiz (Alt+S)"
    assert view.pack_list.item(1).text().endswith(" · in progress")
    view.pack_list.setCurrentRow(1)
    assert view.start_button.text() == "Continue quiz (Alt+S)"
    assert view.start_button.accessibleName() == "Continue quiz"
    assert view.status.text() == "Your test at this pack is in progress: it goes on at question 4 of 12."
    view.set_progress({})
    assert view.start_button.text() == "Start quiz (Alt+S)" and view.status.isHidden()



def test_the_questions_due_for_review_are_shown_for_the_name_typed(qtbot):
    view = make_view(qtbot)
    assert view.review_row.isHidden()  # no name, nothing to say
    view.set_review_due(3)
    assert view.review_status.text() == "Review: 3 questions due today"
    assert view.review_button.isVisibleTo(view) and view.review_button.accessibleName() == "Review now"
    assert view.review_button.accessibleDescription() == "Review: 3 questions due today"
    view.set_review_due(1)
    assert view.review_status.text() == "Review: 1 question due today"
    view.set_review_due(0)
    assert view.review_status.text() == "Review: no questions due today"
    assert not view.review_button.isVisibleTo(view)
    view.set_review_due(None)
    assert view.review_row.isHidden()


def test_alt_v_starts_the_review_of_the_name_typed(qtbot):
    view = make_view(qtbot)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.name_edit.setFocus()
    qtbot.waitUntil(view.name_edit.hasFocus)
    qtbot.keyClicks(view.name_edit, " Ada  Lovelace")
    with qtbot.assertNotEmitted(view.review_requested):
        qtbot.keyClick(view.name_edit, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # nothing due yet
    view.set_review_due(2)
    with qtbot.waitSignal(view.review_requested) as started:
        qtbot.keyClick(view.name_edit, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert started.args == ["Ada Lovelace"]
