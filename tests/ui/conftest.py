import pytest

from quiz.core.article import parse_article
from quiz.core.domain import Question
from support import SEED_DRAFT


@pytest.fixture
def article(seed_text):
    return parse_article(seed_text, title="DHS asks the Pentagon for 20,000 National Guard troops")


@pytest.fixture
def choice_question():
    return Question(
        id="troops", type="choice", skill="numbers", prompt="How many troops <b>were</b> requested?",
        choices=("10,000", "20,000", "7,700"), answer="20,000", evidence="20,000 National Guard troops",
        explanation="The first sentence gives the request.", feedback={"10,000": "Those are at the border."},
    )


@pytest.fixture
def started_quiz(qtbot, service, article):
    """A QuizView on the first shipped pack, started for Ada."""
    from quiz.ui.quiz_view import QuizView

    from dataclasses import replace

    view = QuizView(service)
    qtbot.addWidget(view)
    pack = service.pack(service.packs()[0].id)
    assert pack.questions[0].type == "choice"
    service.import_pack(replace(pack, shuffle=False))  # the pack's own order: a choice question first
    attempt = service.start_attempt("Ada", pack.id)
    view.start(attempt, service.article_for(pack), pack.title)
    view.show()
    return view, attempt



TEACHER_PIN = "owl-2468"


@pytest.fixture
def teacher_window(qtbot, service, seed_text):
    """The real main window on the teacher pages, opened with the PIN typed as a teacher
    types it, reviewing a draft generated from the seed article."""
    from PySide6.QtCore import Qt

    from quiz.core.packs import load_pack
    from quiz.ui.app import build_main_window

    service.set_teacher_pin(TEACHER_PIN)
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.teacher_action.trigger()
    qtbot.keyClicks(window.pin_dialog.pin_edit, TEACHER_PIN)
    qtbot.keyClick(window.pin_dialog.pin_edit, Qt.Key.Key_Return)
    view = window.teacher_view
    assert window.stack.currentWidget() is view
    view.new_quiz.text_edit.setPlainText(seed_text)  # as pasted
    # A fixed draft of the seed article, as a generation hands it over: the editor's tests
    # stay the same as the generator changes (tests/ui/test_teacher.py generates for real).
    view.new_quiz.draft_ready.emit(load_pack(SEED_DRAFT))
    window.activateWindow()  # the PIN dialog had it
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture(autouse=True)
def _workers_finish():
    """Work a test left running (the English model loading, a generation) ends with it."""
    yield
    from quiz.ui.workers import wait_for_workers

    wait_for_workers()
