"""Rules that several templates and the reading layer share, each kept in one place."""

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.facts.kind import rebuttal
from quiz.core.generate.common import named_before, stems

BRIDGE = """Town opens new bridge over the river

Oct. 3, 2024

The town of Millbrook opened its new bridge on Tuesday after two years of work. The bridge carries the main road over the river.

"It will cut the drive to school by ten minutes," said Ana Ruiz, the mayor.
"""


def test_a_dateline_without_the_day_s_name_is_read_as_a_news_site_s():
    assert "it carries a news site's dateline" in read_facts(parse_article(BRIDGE)).kind.signals


def test_words_two_passages_share_are_their_content_words_cut_to_five_letters():
    assert stems("Russians would say that") == {"russi"}
    assert stems("The Russian people") & stems("most Russians agree") == {"russi"}


def test_a_pronoun_has_its_person_only_after_a_name():
    assert named_before("Ann Lee said she would stay", 13)
    assert named_before("NASA said he would fly", 10)  # a body's initials name it
    assert not named_before("Outside the town she waited", 16)
    assert not named_before("I told them she would stay", 12)  # "I" names no one


def test_a_rebuttal_is_in_the_text_s_own_voice_and_about_its_publisher():
    assert rebuttal("Reports that we hid the figures are false.", lambda claim: False)
    assert rebuttal("Claims that the Ministry hid the figures are false.", lambda claim: "Ministry" in claim)
    assert not rebuttal("Claims that the Ministry hid the figures are false.", lambda claim: False)
    assert not rebuttal("He said reports that we hid the figures are false.", lambda claim: False)


def test_a_rebuttal_that_opens_on_the_claims_it_rebuts_is_one():
    # "claims" is the noun rebutted, not a word reporting someone's speech.
    assert rebuttal("Recent claims that we hid the figures are false.", lambda claim: None)
    assert not rebuttal("The minister said claims that we hid the figures are false.", lambda claim: None)
