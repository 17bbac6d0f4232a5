import pytest
from PySide6.QtCore import Qt

from quiz.core.domain import Question
from quiz.ui.answer_inputs import answer_input_for


def make(type_, **fields):
    return Question(id="q", type=type_, skill="numbers", prompt="?", evidence="e", **fields)


def test_choice_input_has_no_response_until_picked(qtbot, article, choice_question):
    widget = answer_input_for(choice_question, article)
    qtbot.addWidget(widget)
    assert widget.response() is None
    assert widget.pick(1)
    assert widget.response() == "20,000"


def test_digit_beyond_the_choices_picks_nothing(qtbot, article, choice_question):
    widget = answer_input_for(choice_question, article)
    qtbot.addWidget(widget)
    assert not widget.pick(5)
    assert widget.response() is None


def test_truefalse_input_answers_booleans(qtbot, article):
    widget = answer_input_for(make("truefalse", answer=True), article)
    qtbot.addWidget(widget)
    widget.pick(1)
    assert widget.response() is False
    widget.pick(0)
    assert widget.response() is True


def test_multi_input_toggles_each_pick(qtbot, article):
    widget = answer_input_for(make("multi", answer=["a"], choices=("a", "b", "c")), article)
    qtbot.addWidget(widget)
    widget.pick(0)
    widget.pick(2)
    widget.pick(2)
    assert widget.response() == ["a"]


@pytest.mark.parametrize(("text", "expected"), [("20,000", 20000.0), ("3.6", 3.6), ("", None)])
def test_number_input_reads_numbers(qtbot, article, text, expected):
    widget = answer_input_for(make("number", answer=20000), article)
    qtbot.addWidget(widget)
    widget.edit.setText(text)
    assert widget.response() == expected


def test_choice_text_is_shown_literally_not_as_markup(qtbot, article):
    widget = answer_input_for(make("choice", answer="<b>x</b>", choices=("<b>x</b>", "y & z")), article)
    qtbot.addWidget(widget)
    assert widget.labels[0].text() == "<b>x</b>" and widget.labels[0].textFormat() == Qt.TextFormat.PlainText
    assert widget.labels[1].text() == "y & z" and widget.buttons[1].text() == "2."  # no & mnemonic
    assert widget.buttons[1].accessibleName() == "y & z"


def test_evidence_input_answers_with_the_spans_of_the_chosen_sentences(qtbot, article):
    widget = answer_input_for(make("evidence", answer=None), article)
    qtbot.addWidget(widget)
    assert widget.response() is None
    widget.pick(1)
    second = article.sentences[1]
    assert widget.response() == [(second.start, second.end)]


def test_a_selection_in_the_article_selects_every_sentence_it_touches(qtbot, article):
    widget = answer_input_for(make("evidence", answer=None), article)
    qtbot.addWidget(widget)
    first, second = article.sentences[:2]
    widget.select_span(first.end - 5, second.start + 3)
    assert widget.response() == [(first.start, first.end), (second.start, second.end)]
