from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from support import attempt_of


def test_first_question_shows_progress_and_prompt(started_quiz):
    view, attempt = started_quiz
    assert view.progress_label.text() == f"Question 1 of {len(attempt.questions)}"
    assert view.prompt.text() == attempt.questions[0].prompt


def test_submit_is_disabled_until_an_answer_is_chosen(qtbot, started_quiz):
    view, _ = started_quiz
    assert not view.action_button.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert view.action_button.isEnabled()


def test_submitting_shows_feedback_and_highlights_the_evidence(qtbot, started_quiz):
    view, attempt = started_quiz
    question = attempt.questions[0]
    qtbot.keyClick(view, Qt.Key.Key_1)
    with qtbot.waitSignal(view.answer_submitted) as submitted:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    result = submitted.args[0]
    assert view.feedback.isVisible()
    assert view.feedback.verdict.text() == ("✓ Correct" if result.correct else "✗ Not quite")
    assert question.explanation == view.feedback.explanation.text()
    assert view.article_view.highlighted_text() == question.evidence


def test_the_answer_is_in_the_database_before_the_next_question(qtbot, started_quiz, service):
    view, _ = started_quiz
    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(service.results()) == 1
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.progress_label.text().startswith("Question 2 of")


def test_prompt_markup_is_shown_literally(qtbot, service, choice_question, article):
    from quiz.ui.quiz_view import QuizView

    view = QuizView(service)
    qtbot.addWidget(view)
    view.start(attempt_of(choice_question), article, "<i>Title</i>")
    assert view.prompt.textFormat() == Qt.TextFormat.PlainText
    assert view.prompt.text() == "How many troops <b>were</b> requested?"


def test_test_mode_moves_on_without_feedback(qtbot, service, article):
    from dataclasses import replace

    from quiz.ui.quiz_view import QuizView

    pack = service.pack(service.packs()[0].id)
    service.import_pack(replace(pack, shuffle=False))
    view = QuizView(service)
    qtbot.addWidget(view)
    attempt = service.start_attempt("Ada", pack.id, mode="test")
    view.start(attempt, service.article_for(pack), pack.title)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.focus_first()
    qtbot.waitUntil(lambda: view.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not view.feedback.isVisible()
    assert view.progress_label.text().startswith("Question 2 of")
    assert len(service.results()) == 1


def test_a_selection_in_the_article_answers_an_evidence_question(qtbot, service, article):
    from PySide6.QtGui import QTextCursor

    from quiz.core.domain import Question
    from quiz.ui.quiz_view import QuizView

    sentence = article.sentences[3]
    question = Question(id="find", type="evidence", skill="context", prompt="Select the sentence.",
                        answer=None, evidence=sentence.text, evidence_start=sentence.start, evidence_end=sentence.end)
    view = QuizView(service)
    qtbot.addWidget(view)
    view.start(attempt_of(question), article, "T")
    cursor = view.article_view.body.textCursor()
    cursor.setPosition(sentence.start + 2)
    cursor.setPosition(sentence.start + 10, QTextCursor.MoveMode.KeepAnchor)
    view.article_view.body.setTextCursor(cursor)
    assert view.input.response() == [(sentence.start, sentence.end)]
