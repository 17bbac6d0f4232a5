import pytest

from quiz.core.article import parse_article
from quiz.ui.article_view import ArticleView


def shown(qtbot, article, height=400):
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(500, height)
    view.set_article(article)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_highlight_covers_exactly_the_evidence(qtbot, article):
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(article)
    evidence = "A U.S. official confirmed the request"
    start = article.text.index(evidence)
    assert view.highlight(start, start + len(evidence)) == evidence


def test_highlight_offsets_survive_characters_outside_the_basic_plane(qtbot):
    article = parse_article("Fans 🎉 cheered. The vote was 52 to 48.")
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(article)
    start = article.text.index("The vote")
    assert view.highlight(start, len(article.text)) == "The vote was 52 to 48."


def test_highlight_scrolls_the_passage_into_view(qtbot, article):
    view = shown(qtbot, article, height=200)
    last = article.sentences[-1]
    view.highlight(last.start, last.end)
    assert view.body.verticalScrollBar().value() > 0


def test_article_text_is_plain_text(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(parse_article("<b>Bold</b> claims & more."))
    assert view.body.toPlainText() == "<b>Bold</b> claims & more."


HEADLINED = "Council votes to close the library\n\nThe council voted 5 to 4 on Monday.\n\nThe library opened in 1921. It lends 40,000 books a year.\n"


def headlined_article(tmp_path):
    from quiz.core.inputs import read_article_file

    path = tmp_path / "council.txt"
    path.write_text(HEADLINED, encoding="utf-8")
    source = read_article_file(path)
    return parse_article(source.text, title=source.title)


def test_a_headline_that_opens_the_text_is_shown_once_as_its_heading(qtbot, tmp_path):
    from PySide6.QtGui import QTextCursor

    article = headlined_article(tmp_path)
    assert article.title == "Council votes to close the library"
    view = shown(qtbot, article)
    assert not view.title.isVisible()

    def weight_at(offset):
        cursor = QTextCursor(view.body.document())
        cursor.setPosition(offset + 1)
        return cursor.charFormat().fontWeight()

    assert view.body.document().begin().text() == article.title
    assert weight_at(0) > weight_at(article.sentences[-1].start)
    assert view.body.toPlainText() == article.text  # the text, and every offset into it, is unchanged


def test_the_title_is_shown_above_a_text_that_does_not_open_with_it(qtbot, article):
    view = shown(qtbot, article)
    assert view.title.isVisible() and view.title.text() == article.title


def last_paragraph_top(view) -> float:
    document = view.body.document()
    return document.documentLayout().blockBoundingRect(document.lastBlock().previous()).top()


def test_blank_lines_take_no_room_between_paragraphs(qtbot, tmp_path):
    spaced = shown(qtbot, headlined_article(tmp_path))
    packed = shown(qtbot, parse_article(HEADLINED.replace("\n\n", "\n"), title="Council votes to close the library"))
    assert spaced.body.document().lastBlock().previous().text().startswith("The library opened")
    assert last_paragraph_top(spaced) == pytest.approx(last_paragraph_top(packed), abs=0.5)


def test_highlights_in_a_headlined_article_cover_exactly_their_offsets(qtbot, tmp_path):
    article = headlined_article(tmp_path)
    view = shown(qtbot, article)
    for sentence in article.sentences:
        assert view.highlight(sentence.start, sentence.end) == sentence.text


def test_a_marked_sentence_is_scrolled_to_and_marked_apart_from_the_evidence(qtbot, article):
    view = shown(qtbot, article, height=200)
    first, last = article.sentences[0], article.sentences[-1]
    view.highlight(first.start, first.end)
    view.mark_sentence(last.start, last.end)
    assert view.marked_sentence() == last.text
    assert view.highlighted_text() == first.text
    assert view.body.verticalScrollBar().value() > 0
    marks = {s.cursor.selectedText(): s.format.background().color().name() for s in view.body.extraSelections()}
    assert marks[last.text] != marks[first.text]


def test_clearing_the_marks_clears_the_student_s_own_selection(qtbot, article):
    from PySide6.QtGui import QTextCursor

    view = shown(qtbot, article)
    cursor = view.body.textCursor()
    cursor.setPosition(3)
    cursor.setPosition(20, QTextCursor.MoveMode.KeepAnchor)
    view.body.setTextCursor(cursor)
    view.mark_sentence(article.sentences[1].start, article.sentences[1].end)
    view.clear_marks()
    assert view.selected_span() is None and view.body.extraSelections() == []
