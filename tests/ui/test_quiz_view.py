from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from support import attempt_of


def test_first_question_shows_progress_and_prompt(started_quiz):
    view, attempt = started_quiz
    assert view.progress_label.text() == f"Question 1 of {len(attempt.questions)}"
    assert view.prompt.text() == attempt.questions[0].prompt


def test_enter_without_an_answer_says_to_choose_one_first(qtbot, started_quiz, service):
    view, _ = started_quiz
    assert view.message.isHidden()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.message.isVisible() and view.message.text() == "Choose an answer first."
    assert service.results() == []
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert view.message.isHidden()


def test_a_chosen_option_stays_readable_after_submitting_and_no_longer_changes(qtbot, started_quiz):
    view, _ = started_quiz
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    chosen = view.input.buttons[0]
    assert chosen.isEnabled() and chosen.isChecked()  # not greyed out
    qtbot.mouseClick(view.input.buttons[1], Qt.MouseButton.LeftButton)
    view.input.buttons[0].setFocus()
    qtbot.keyClick(view.input.buttons[0], Qt.Key.Key_Down)
    assert [b.isChecked() for b in view.input.buttons][:2] == [True, False]


def test_a_long_option_wraps_and_a_click_on_any_of_its_lines_chooses_it(qtbot, service, article):
    from quiz.core.domain import Question
    from quiz.ui.quiz_view import QuizView

    long = "A very long choice that goes on " * 8
    question = Question(id="long", type="choice", skill="numbers", prompt="Which?", choices=(long, "Short"),
                        answer="Short", evidence="")
    view = QuizView(service)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.start(attempt_of(question), article, "T")
    view.show()
    qtbot.waitExposed(view)
    label = view.input.labels[0]
    assert label.text() == long and label.height() > 3 * label.fontMetrics().height()
    assert label.mapTo(view.scroll.viewport(), QPoint(label.width(), 0)).x() <= view.scroll.viewport().width()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(label.width() // 2, label.height() - 8))
    assert view.input.response() == long


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


def evidence_question(article, *sentences):
    from quiz.core.domain import Question

    start, end = sentences[0].start, sentences[-1].end
    return Question(id="find", type="evidence", skill="context", prompt="Select the sentence.", answer=None,
                    evidence=article.text[start:end], evidence_start=start, evidence_end=end)


def test_the_evidence_hint_says_sentence_or_sentences_as_the_evidence_runs(qtbot, service, article):
    from quiz.ui.quiz_view import QuizView

    view = QuizView(service)
    qtbot.addWidget(view)
    view.start(attempt_of(evidence_question(article, article.sentences[3])), article, "T")
    assert view.hint.text().startswith("Select the sentence in the list")
    view.start(attempt_of(evidence_question(article, *article.sentences[3:5])), article, "T")
    assert view.hint.text().startswith("Select the sentences in the list")


def evidence_view(qtbot, service, article, height):
    """A quiz page on an evidence question, shown at 1000 pixels by `height`."""
    from quiz.ui.quiz_view import QuizView

    view = QuizView(service)
    qtbot.addWidget(view)
    view.resize(1000, height)
    view.start(attempt_of(evidence_question(article, article.sentences[3])), article, "T")
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_list_of_sentences_takes_the_height_there_is_and_never_scrolls_sideways(qtbot, service, article):
    view = evidence_view(qtbot, service, article, 700)
    listing = view.input.list
    assert listing.height() > view.scroll.viewport().height() / 2
    qtbot.waitUntil(lambda: listing.visualItemRect(listing.item(0)).width() <= listing.viewport().width())
    assert listing.horizontalScrollBar().maximum() == 0


def test_moving_through_the_sentences_marks_each_in_the_article(qtbot, service, article):
    view = evidence_view(qtbot, service, article, 500)
    listing = view.input.list
    listing.setFocus()
    for _ in range(listing.count()):  # down the arrow key to the last sentence
        qtbot.keyClick(listing, Qt.Key.Key_Down)
    assert view.article_view.marked_sentence() == article.sentences[-1].text
    assert view.article_view.body.verticalScrollBar().value() > 0
    for _ in range(len(article.sentences) - 2):
        qtbot.keyClick(listing, Qt.Key.Key_Up)
    assert view.article_view.marked_sentence() == article.sentences[1].text
    assert view.article_view.highlighted_text() == ""  # the evidence highlight waits for the feedback
