from quiz.core.article import parse_article
from quiz.ui.article_view import ArticleView


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
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(500, 200)
    view.set_article(article)
    view.show()
    qtbot.waitExposed(view)
    last = article.sentences[-1]
    view.highlight(last.start, last.end)
    assert view.body.verticalScrollBar().value() > 0


def test_article_text_is_plain_text(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_article(parse_article("<b>Bold</b> claims & more."))
    assert view.body.toPlainText() == "<b>Bold</b> claims & more."
