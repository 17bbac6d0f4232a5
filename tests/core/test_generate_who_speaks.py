"""Who speaks in a text, read from what a reader would notice: a release's heading, a body
that calls itself "we", an opinion piece's closing line on its writer, a speech's heading;
and the question of who published the text that follows from it."""

import random

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import generate_pack
from quiz.core.generate.common import Context
from quiz.core.generate.publisher import find_publisher

SPOKESPERSON = """Attack on aid convoy in Northern Province

Office of the Spokesperson

The Department of State is deeply troubled by reports that an aid convoy was attacked near Ridgeton on Sunday. Four drivers were killed, local officials said.

Attacks on humanitarian workers are unacceptable. The United States has provided more than $40 million in aid to the province since 2024.

Our partners on the ground will keep working to let aid reach those in need.
"""

IMMEDIATE = """Riverton Food Bank opens second warehouse

FOR IMMEDIATE RELEASE

RIVERTON, March 3, 2026 - The Riverton Food Bank opened its second warehouse on Monday, doubling the amount of fresh food it can store.

"This warehouse means no family in Riverton will be turned away this winter," said Maria Ortiz, director of the Riverton Food Bank.

The warehouse cost $1.2 million, paid for by donors and a grant from the county. It will employ 12 people.
"""

LIBRARY = """New library hours

At the Riverton Public Library, we believe everyone should be able to read and learn at a time that suits them. Starting in May, our three branches will open until 9 p.m. on weekdays.

Last year our branches lent 210,000 books, up from 180,000 in 2023. We have hired six new staff to cover the longer hours.
"""

SIGNED = """Statement on the flooding in the east of the country

The floods of the past week have taken 23 lives and forced 4,000 people from their homes.

The Ministry of the Interior has sent 300 rescue workers and 40 boats to the region. Shelters are open in six towns. We will rebuild every bridge that was lost.
"""

MEDIA = """Media release

Greenway Energy reports record solar output

Greenway Energy produced 1,200 gigawatt hours of solar power in 2025, the most in its history, the company said on Tuesday.

Our customers now get 60 per cent of their power from the sun. "We are proud of what our team has achieved," said chief executive Omar Haddad.
"""

OPED = """Our city cannot wait for clean buses

I have lived in Riverton for 30 years, and I have never seen the air as bad as it was last summer. On 40 days, the county warned children and older people to stay inside.

I believe the answer is in front of us. Electric buses cost more to buy, but they save money on fuel within six years. I have asked the council to replace every diesel bus by 2030.

Some say we cannot afford it. I say we cannot afford to wait.

Ann Lin is the mayor of Riverton.
"""

REMARKS = """Remarks by Governor Sam Reyes at the opening of the Lakeside Bridge

Three years ago, this river split our town in two. Today, the Lakeside Bridge joins it again. It was finished two months early and $3 million under budget.

This bridge is proof that when we invest in our roads, every family benefits. I am asking the legislature to fund twenty more bridges like it next year.
"""

NEWS = """Food bank opens second warehouse

The Riverton Food Bank opened its second warehouse on Monday, the charity said, doubling the amount of fresh food it can store.

"This warehouse means no family in Riverton will be turned away this winter," said Maria Ortiz, director of the food bank.

The warehouse cost $1.2 million, the county said. Critics on the council said the money could have gone to housing. "We need homes first," said councillor Pat Dunn.
"""


def kind(text: str) -> str:
    return read_facts(parse_article(text)).kind.kind


@pytest.mark.parametrize("text", [LIBRARY, MEDIA], ids=["we-at-a-library", "media-release"])
def test_a_body_that_calls_itself_we_or_a_media_release_heading_is_read_as_a_release(text):
    assert kind(text) == "press-release"


def test_an_opinion_piece_that_ends_by_saying_who_wrote_it_is_read_as_opinion():
    assert kind(OPED) == "opinion"
    assert "Ann Lin is the mayor of Riverton." in read_facts(parse_article(OPED)).kind.signals[0]


EDITORIAL = """The library cuts are a false economy

An editorial from The Riverton Courier

Riverton's council plans to close two of its five libraries next year to save $400,000. That is a mistake, and the council should think again.

The two branches lent 90,000 books last year. They are the only places in the east of the town where children can do homework after school.

The council should find the money elsewhere. We urge readers to tell their councillors so before the vote on March 3.
"""

DASH_STATEMENT = """Riverton Tenants Union responds to rent figures

Statement — for immediate release — Monday 2 March 2026

The Riverton Tenants Union today responded to the council's annual rent survey, which found that average rents rose 11 per cent last year.

"These figures show what our members have said for years," said Ana Ruiz, chair of the union. "Rents are rising far faster than wages."

The union is calling on the council to build 500 homes for social rent a year.
"""


def test_a_papers_editorial_is_read_as_opinion_though_it_never_says_i():
    assert kind(EDITORIAL) == "opinion"


URGING_EDITORIAL = """Editorial: Let the riverside build

The Westbury Borough Council will decide next month whether to allow four-storey flats near the new tram stops. We urge it to say yes.

The case is simple. Rents have risen 38 percent in five years, and the borough's own assessment finds a shortfall of 11,000 homes.

We understand the worries of residents, and we do not dismiss them. The council should require trees and proper setbacks.

We urge councillors to reject the amendments that would shrink the plan. We call on the mayor to sign it without delay.
"""


UNHEADED_EDITORIAL = """The fire season will not wait for the county

Eleven months ago, a fire burned through 18,400 acres of the county and destroyed 212 homes. State forestry officials say the brush is already as dry as it usually is in late June, and fire scientists say the season could start early.

We believe the Board of Supervisors must act on three things before the end of May. First, the board should approve the full $4.2 million fuel-reduction package. Second, it should hire the six dispatchers it promised.

The supervisors meet on May 14. We urge readers to attend and to ask what has changed since the fire.
"""


def test_an_editorial_with_no_heading_is_read_as_opinion_from_its_own_we_that_urges():
    assert kind(UNHEADED_EDITORIAL) == "opinion"


def test_an_editorial_that_urges_a_body_stays_opinion_for_its_we_is_the_papers():
    # "The Council will decide ... We urge it": the paper's "we" after a body's name, not the body's own.
    assert kind(URGING_EDITORIAL) == "opinion"


@pytest.mark.parametrize(("line", "heading"), [
    ("An editorial from The Riverton Courier", True), ("Editorial: the library cuts", True),
    ("An editorial by the Daily Mail sparked outrage on Monday.", False),  # news of an editorial
    ("The editorial of the Herald was withdrawn after complaints.", False),
    ("The view of the Westbury Courier: the town needs its night buses back", True),
    ("The Guardian view on night buses: a service worth saving", True),
    ("The view of the river from the bridge was blocked by the new flats.", False),
])
def test_an_editorial_heading_is_a_line_that_names_a_paper_not_a_sentence_about_one(line, heading):
    from quiz.core.facts.kind import EDITORIAL
    assert bool(EDITORIAL.match(line)) is heading


def test_a_statement_headed_with_a_dash_is_read_as_a_release():
    assert kind(DASH_STATEMENT) == "press-release"


def test_a_speech_headed_as_remarks_is_read_as_a_speech_without_an_opening_address():
    assert kind(REMARKS) == "speech"


def test_a_news_report_about_a_charity_stays_news():
    assert kind(NEWS) in ("news", "wire")


def publisher_of(text: str):
    article = parse_article(text)
    return find_publisher(Context(article, read_facts(article), random.Random(0)))


@pytest.mark.parametrize("text, name", [(SPOKESPERSON, "the Department of State"), (IMMEDIATE, "the Riverton Food Bank"),
                                        (LIBRARY, "the Riverton Public Library"), (SIGNED, "the Ministry of the Interior"),
                                        (DASH_STATEMENT.replace("Riverton Tenants Union", "Homes for All Coalition").replace(
                                            "The union is", "The Homes for All Coalition is"), "the Homes for All Coalition")],
                         ids=["troubled", "for-immediate-release", "at-the-library-we", "we-after-an-earlier-sentence",
                              "a-small-word-in-its-name"])
def test_who_published_a_statement_or_a_charitys_release_is_found(text, name):
    assert publisher_of(text).name == name


def test_a_company_release_with_no_body_word_in_its_name_is_shown_by_its_headline():
    found = publisher_of(MEDIA)
    assert found.name == "Greenway Energy"
    assert found.evidence == "Greenway Energy reports record solar output"


def test_a_body_that_calls_itself_we_is_shown_by_that_sentence():
    found = publisher_of(LIBRARY)
    assert found.evidence.startswith("At the Riverton Public Library, we believe")
    assert found.shown_by == "the text says “At the Riverton Public Library, we”, so the Riverton Public Library calls itself “we”"


def test_a_we_two_sentences_after_the_body_is_named_says_an_earlier_sentence_names_it():
    assert publisher_of(SIGNED).shown_by == "an earlier sentence names the Ministry of the Interior, and the text calls it “we”"


def test_who_published_the_text_is_chosen_before_a_question_that_would_take_its_sentence():
    (asked,) = [q for q in generate_pack(SIGNED, seed=1).questions if q.template == "publisher-stake"]
    assert asked.evidence == "We will rebuild every bridge that was lost."


def test_an_opinion_piece_by_an_official_asks_first_who_wrote_it_and_what_side_they_have():
    stake = generate_pack(OPED, seed=1).questions[0]
    assert stake.template == "writer-stake"
    assert stake.evidence == "Ann Lin is the mayor of Riverton."
    assert stake.answer == "Ann Lin, the mayor of Riverton, arguing their own case: someone with a side, not a neutral reporter"
    assert set(stake.feedback) == set(stake.choices) - {stake.answer}


@pytest.mark.parametrize("line, post", [
    ("Ann Lin is the director of the Riverton Food Bank, a charity that feeds 3,000 families a week.",
     "the director of the Riverton Food Bank"),
    ("Ann Lin is the Member of Parliament for Riverton North and the Minister for Housing.", "the Minister for Housing"),
])
def test_a_writers_long_closing_line_gives_a_short_post_that_the_gate_lets_through(line, post):
    text = OPED.replace("Ann Lin is the mayor of Riverton.", line)
    (stake,) = [q for q in generate_pack(text, seed=1).questions if q.template == "writer-stake"]
    assert stake.answer == f"Ann Lin, {post}, arguing their own case: someone with a side, not a neutral reporter"


def test_an_opinion_piece_by_someone_with_no_post_asks_no_stake():
    text = OPED.replace("Ann Lin is the mayor of Riverton.", "Ann Lin is a retired nurse in Riverton.")
    assert kind(text) == "opinion"
    assert "writer-stake" not in [q.template for q in generate_pack(text, seed=1).questions]


@pytest.mark.parametrize("sentence, body", [("At Acme, we build robots.", "Acme"),
                                            ("We at the Food Bank think so.", "the Food Bank"),
                                            ("At Christmas, we open the hall.", None), ("At first, we waited.", None)])
def test_a_body_that_calls_itself_we_is_not_a_time_of_year(sentence, body):
    from quiz.core.facts.kind import INSTITUTION_WE

    found = INSTITUTION_WE.search(sentence)
    assert (found and (found.group("at") or found.group("we_at"))) == body


LETTER = """Why I am closing the old bridge

I know many of you cross the Mill Street bridge every day, and I know closing it will add ten minutes to your trip. I did not make this choice lightly.

Engineers found cracks in two of its supports in March. I will not risk anyone's life on a bridge that may fail. The new bridge will open in 2028.

I ask for your patience until then.

Ann Lin
Mayor of Riverton
"""


def test_a_letter_signed_by_an_official_is_read_as_opinion_and_asks_who_wrote_it():
    assert kind(LETTER) == "opinion"
    stake = generate_pack(LETTER, seed=1).questions[0]
    assert stake.template == "writer-stake"
    assert stake.evidence == "Ann Lin\nMayor of Riverton"
    assert stake.answer.startswith("Ann Lin, mayor of Riverton, arguing their own case")
    assert stake.explanation.startswith("The piece is signed: Ann Lin, mayor of Riverton.")


def test_a_statement_in_the_voice_of_a_body_signed_by_its_minister_is_read_as_a_release():
    text = ("Floods in the east\n\nThe floods of the past week have taken 23 lives. Our rescue teams have reached every "
            "town in the valley, and shelters are open in six of them.\n\nWe will rebuild every bridge that was lost.\n\n"
            "Jane Okafor\nMinister of the Interior")
    signals = read_facts(parse_article(text)).kind
    assert signals.kind == "press-release"
    assert "it is signed by Jane Okafor, Minister of the Interior, as a statement is" in signals.signals


@pytest.mark.parametrize("post", ["a director of photography in Riverton", "head of maths at Elm School"])
def test_a_writer_whose_post_gives_no_side_in_public_matters_is_not_asked_about_it(post):
    text = OPED.replace("the mayor of Riverton", post)
    assert "writer-stake" not in [q.template for q in generate_pack(text, seed=1).questions]


@pytest.mark.parametrize("text, name", [("Friends of the Earth Trust said", "Friends of the Earth Trust"),
                                        ("the Homes for All Coalition", "Homes for All Coalition")])
def test_a_bodys_name_keeps_its_small_words(text, name):
    from quiz.core.generate.publisher import BODY
    assert BODY.search(text).group(1) == name


BYLINED_COLUMN = """It is time for United to let the manager go

By Tom Whitaker

United have won two of their last fourteen league games and have dropped from fifth to seventeenth since October.

The board should thank the manager for what he has done and appoint a new one before the window closes. Waiting until the summer is the worst choice the board could make.

Tom Whitaker is the Courier's football writer and has covered United for twelve years.
"""


def test_a_column_whose_closing_line_describes_its_bylined_writer_is_opinion_without_i():
    assert kind(BYLINED_COLUMN) == "opinion"


def test_a_report_whose_closing_line_describes_its_bylined_reporter_is_not_opinion():
    report = BYLINED_COLUMN.replace("is the Courier's football writer and has covered", "is a staff reporter who has covered")
    assert kind(report) != "opinion"
