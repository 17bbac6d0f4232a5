import pytest

from quiz.core.article import parse_article
from quiz.core.facts import extract_numbers, extract_quotes


def numbers(text):
    return [(f.data["value"], f.data["counts"], f.data["qualifier"]) for f in extract_numbers(parse_article(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DHS asked for 20,000 National Guard troops to help.", [(20000, "National Guard troops", "exact")]),
        ("ICE has about 20,000 staff nationwide.", [(20000, "staff", "about")]),
        ("It has just 7,700 employees, including a little over 6,000 officers.",
         [(7700, "employees", "just"), (6000, "officers", "a little over")]),
        ("Roughly 10,000 troops are already there.", [(10000, "troops", "roughly")]),
        ("Congress approved $156 billion in aid.", [(156e9, "", "exact")]),
        ("Turnout rose 12.5% this year.", [(12.5, "", "exact")]),
        ("The law passed in 2019 with 60 votes.", [(60, "votes", "exact")]),
    ],
)
def test_numbers_have_value_what_they_count_and_qualifier(text, expected):
    assert numbers(text) == expected


def test_number_span_is_exact():
    article = parse_article("ICE has about 20,000 staff nationwide.")
    (fact,) = extract_numbers(article)
    assert article.text[fact.start : fact.end] == fact.text == "about 20,000 staff"


def quotes(text):
    return [(f.data["words"], f.data["speaker"], f.data["role"]) for f in extract_quotes(parse_article(text))]


def test_speaker_after_quote_resolves_to_full_name_and_role():
    text = (
        "DHS spokeswoman Tricia McLaughlin spoke on Monday.\n"
        "“This is about carrying out the mandate,” McLaughlin said."
    )
    assert quotes(text) == [("This is about carrying out the mandate", "Tricia McLaughlin", "DHS spokeswoman")]


def test_said_before_name_is_resolved():
    assert quotes("“We will not stop the work now,” said Maria Lopez.") == [
        ("We will not stop the work now", "Maria Lopez", "")
    ]


def test_speaker_before_quote_is_resolved():
    assert quotes("Mayor Ann Lee said: “The bridge will reopen in May.”") == [
        ("The bridge will reopen in May.", "Ann Lee", "Mayor")
    ]


def test_unattributed_quote_takes_the_paragraphs_earlier_speaker():
    text = "“The first part is long enough,” Lopez said. “The second part has no tag.”"
    assert [q[1] for q in quotes(text)] == ["Lopez", "Lopez"]


def test_scare_quotes_are_not_direct_quotes():
    assert quotes("He called it an “invasion” again.") == []
