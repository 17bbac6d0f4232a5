import pytest

from quiz.core.article import parse_article
from quiz.core.domain import Question


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

