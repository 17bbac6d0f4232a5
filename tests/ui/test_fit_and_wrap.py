"""Every page a student sees fits a 1024×768 screen at every zoom step: long prompts,
choices and buttons wrap or make room, and nothing runs past the edge of what can be seen."""

import pytest
from pytestqt.exceptions import TimeoutError
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QScrollBar, QWidget

from quiz.ui.app import build_main_window
from quiz.ui.style import ZOOM_STEPS
from support import Clock, long_question_pack, right_answer, sleep_app_pack, wrong_answer


def clip_of(widget: QWidget, window: QWidget) -> tuple[QRect, bool]:
    """What of the window can show `widget`, and whether a scroll area holds it (then it
    may run on downwards, but not sideways)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()), True
        parent = area
    return window.rect(), False


def overflows(window: QWidget) -> list[str]:
    """What reaches past what can be seen of it, or is given less room than its lines need."""
    found = []
    for widget in window.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        name = f"{type(widget).__name__} {widget.objectName() or ''} {getattr(widget, 'text', lambda: '')()[:40]!r}"
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        clip, scrolls = clip_of(widget, window)
        if rect.right() > clip.right() or rect.left() < clip.left():
            found.append(f"{name}: x {rect.left()}..{rect.right()} beyond {clip.left()}..{clip.right()}")
        if not scrolls and rect.bottom() > clip.bottom():
            found.append(f"{name}: bottom {rect.bottom()} below {clip.bottom()}")
        wraps = isinstance(widget, QLabel) and widget.wordWrap()
        if wraps and widget.text() and widget.height() < widget.heightForWidth(widget.width()):
            found.append(f"{name}: {widget.height()} high for {widget.heightForWidth(widget.width())} of lines")
        elif isinstance(widget, (QAbstractButton, QLabel)) and widget.width() < widget.minimumSizeHint().width():
            found.append(f"{name}: {widget.width()} wide for a text {widget.minimumSizeHint().width()} wide")
        if isinstance(widget, QScrollBar) and widget.orientation() == Qt.Orientation.Horizontal and widget.maximum() > 0:
            found.append(f"{name}: scrolls sideways in {type(widget.parentWidget().parentWidget()).__name__}")
    return found


@pytest.fixture
def small_window(qtbot, service):
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    QApplication.instance().setStyleSheet("")


def look(qtbot, window, page: str, problems: list[str]) -> None:
    """Note what overflows on a page once its layouts have settled (a list lays its items
    out again a moment after its width changes)."""
    try:
        qtbot.waitUntil(lambda: not overflows(window), timeout=1000)
    except TimeoutError:
        problems += [f"{page}: {problem}" for problem in overflows(window)]
    assert window.width() <= 1024 and window.height() <= 768, f"{page}: the window is {window.width()}×{window.height()}"


@pytest.mark.parametrize("steps", [-2, 0, 3])
def test_every_student_page_fits_1024_by_768_at_every_zoom(qtbot, service, small_window, steps):
    window = small_window
    for _ in range(abs(steps)):
        window.zoom(1 if steps > 0 else -1)
    assert ZOOM_STEPS[window.zoom_index] == ZOOM_STEPS[ZOOM_STEPS.index(1.0) + steps]
    pack = long_question_pack(service)
    service.import_pack(pack)
    problems: list[str] = []
    window.start_view.name_edit.setText("Ada")
    look(qtbot, window, "start", problems)

    test = service.start_attempt("Ada", pack.id, mode="test")
    window._begin(test)
    view = window.quiz_view
    for question in test.questions:
        assert view.question.id == question.id
        look(qtbot, window, f"test, {question.type}", problems)
        view.skip_button.click()
    assert view.input is None
    look(qtbot, window, "test, the questions left unanswered", problems)

    practice = service.start_attempt("Ada", pack.id, mode="practice")
    window._begin(practice)
    for question in practice.questions:
        view.input.set_response(right_answer(question) if question.type != "evidence" else None)
        if question.type == "evidence":
            view.input.select_span(question.evidence_start, question.evidence_end)
        view.action_button.click()
        assert view.feedback.isVisible()
        look(qtbot, window, f"feedback, {question.type}", problems)
        view.action_button.click()
    assert window.stack.currentWidget() is window.results_view
    for row in range(window.results_view.answers.count()):
        window.results_view.answers.setCurrentRow(row)
        look(qtbot, window, f"results, question {row + 1}", problems)
    assert not problems, "\n".join(problems)


def test_the_window_opens_at_a_size_that_fits_the_screen(qtbot, service):
    window = build_main_window(service)
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    assert window.width() <= free.width() and window.height() <= free.height()


def test_a_size_saved_on_a_larger_screen_is_not_restored(qtbot, service):
    window = build_main_window(service)
    qtbot.addWidget(window)
    opened = window.size()
    window.show()
    qtbot.waitExposed(window)
    free = window.screen().availableGeometry()
    window.setGeometry(0, 0, free.width() + 600, free.height() + 400)  # as on a larger screen
    window.save_settings()
    assert QSettings().value("window/geometry") is not None
    again = build_main_window(service)
    qtbot.addWidget(again)
    assert again.size() == opened  # the size that fits this screen, not the saved one squeezed


@pytest.mark.parametrize("steps", [-2, 0, 3])
def test_the_review_pages_fit_1024_by_768_at_every_zoom(qtbot, service, small_window, steps):
    window = small_window
    for _ in range(abs(steps)):
        window.zoom(1 if steps > 0 else -1)
    clock = Clock(service)
    pack = long_question_pack(service)
    service.import_pack(pack)
    service.import_pack(sleep_app_pack())
    for pack_id in (pack.id, "sleep-app"):
        attempt = service.start_attempt("Ada", pack_id)
        for question in attempt.questions:
            service.submit_answer(attempt, question, wrong_answer(question))
    clock.set_day(1)
    problems: list[str] = []
    window.start_view.name_edit.setText("Ada")
    assert window.start_view.review_button.isVisible()
    look(qtbot, window, "start, with a review due", problems)
    window.start_view.review_button.click()
    view = window.quiz_view
    for question in view.attempt.questions:
        look(qtbot, window, f"review, {question.type}", problems)
        if question.type == "evidence":
            view.input.select_span(question.evidence_start, question.evidence_end)
        else:
            view.input.set_response(wrong_answer(question))
        view.action_button.click()
        assert view.feedback.isVisible()
        look(qtbot, window, f"review feedback, {view.question.type}", problems)
        view.action_button.click()
    results = window.results_view
    assert window.stack.currentWidget() is results and results.progress.isVisible()
    for row in range(results.answers.count()):
        results.answers.setCurrentRow(row)
        look(qtbot, window, f"end of the review, question {row + 1}", problems)
    assert not problems, "\n".join(problems)
