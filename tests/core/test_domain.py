"""Small rules of the domain: where an attempt stopped, and the names of the skills."""

import pytest

from quiz.core.domain import SKILLS, resume_position, skill_name


@pytest.mark.parametrize(("answered", "last", "position"), [
    ([], None, 0),  # a new attempt starts at the first question
    ([10, 11], 11, 2),  # on from the last answer
    ([10, 12], 12, 3),  # a skipped question waits...
    ([10, 12, 13, 14], 14, 1),  # ...until the end, then comes round again
    ([12], 99, 0),  # the one answered last is not in the order: the first unanswered
    ([10, 11, 12, 13, 14], 13, 5),  # every question answered
])
def test_an_attempt_resumes_after_the_answer_given_last(answered, last, position):
    assert resume_position([10, 11, 12, 13, 14], set(answered), last) == position


def test_every_skill_has_a_readable_name():
    assert [skill_name(skill) for skill in SKILLS] == [
        "Numbers", "Sourcing", "Attribution", "Uncertainty", "Fact or opinion", "Loaded language", "Context",
    ]
    assert skill_name("media-history") == "Media history"
