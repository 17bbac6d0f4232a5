import pytest

from quiz.core.article import parse_article


def sentences(text):
    return [s.text for s in parse_article(text).sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops are in the U.S. now. More may come.", ["Troops are in the U.S. now.", "More may come."]),
        ("It rose in the U.S. The rest fell.", ["It rose in the U.S.", "The rest fell."]),
        ("Mr. Smith left on Dec. 5 at noon. He returned.", ["Mr. Smith left on Dec. 5 at noon.", "He returned."]),
        ("John F. Kennedy spoke. Crowds cheered.", ["John F. Kennedy spoke.", "Crowds cheered."]),
        ("Prices rose 3.5 percent. Wages did not.", ["Prices rose 3.5 percent.", "Wages did not."]),
        ("“We are done.” Then she left.", ["“We are done.”", "Then she left."]),
        ("“Is it over?” she asked. Nobody knew.", ["“Is it over?” she asked.", "Nobody knew."]),
        ("He said “the ‘deal’ is off.” Talks ended.", ["He said “the ‘deal’ is off.”", "Talks ended."]),
        ("The limit—set in 2020—held. It still holds.", ["The limit—set in 2020—held.", "It still holds."]),
    ],
)
def test_sentences_split_at_real_boundaries_only(text, expected):
    assert sentences(text) == expected


def test_sentence_offsets_point_into_the_text():
    article = parse_article("First one. Second one.\n\nThird “quoted.” Fourth.")
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text


def test_paragraphs_split_on_single_and_blank_lines():
    article = parse_article("One.\nTwo.\n\n  Three.  \n")
    assert [article.text[p.start : p.end] for p in article.paragraphs] == ["One.", "Two.", "Three."]


def test_sentences_never_cross_paragraphs():
    article = parse_article("A line without a stop\nNext line.")
    assert [s.paragraph for s in article.sentences] == [0, 1]


def test_crlf_becomes_lf_and_nothing_else_changes():
    raw = "Curly “quotes” — dash.\r\nNext  line.\r\n"
    article = parse_article(raw)
    assert article.text == raw.replace("\r\n", "\n")


def test_seed_article_has_every_sentence_of_its_first_paragraph(seed_text):
    article = parse_article(seed_text)
    first = [s.text for s in article.sentences if s.paragraph == 0]
    assert first[1] == "A U.S. official confirmed the request, which is now being reviewed by the Department of Defense."
    assert len(first) == 2
