"""Wire news: a claim that rests on an anonymous source alone, a decision still under
review, a party that gave no comment, a reason left unexplained. Every article here is
invented for the test."""

import random

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.generate import gate, generate_pack, sourcing, uncertainty
from quiz.core.generate.common import Context


def context(text: str) -> Context:
    article = parse_article(text)
    return Context(article, read_facts(article), random.Random(1))


def questions(template, text: str):
    ctx = context(text)
    out = [c.question for c in template(ctx)]
    for question in out:
        assert not gate.problems(question, ctx.article.text), question
    return out


PLAN = (
    "Ministry plans to close rural post offices\n\n"
    "The transport ministry plans to close 40 rural post offices next year, a move that could leave some villages "
    "without a counter for miles. A senior ministry official confirmed the plan, which is now being reviewed by the "
    "Treasury.\n\n"
    "Postal union leader Karen Holt said the closures would hurt older people most. \"Many of our customers do not "
    "drive,\" Holt said.\n\n"
    "The official, who spoke on condition of anonymity, did not explain why the list of offices was kept from "
    "local councils.\n\n"
    "Royal Mail did not respond to a request for comment.\n\n"
    "About 11,000 post offices are open across the country."
)


def test_a_confirmation_only_an_anonymous_official_gives_is_asked_what_it_rests_on():
    asked = questions(sourcing.unnamed_only, PLAN)
    assert len(asked) == 1, asked
    question = asked[0]
    assert "A senior ministry official confirmed the plan" in question.prompt
    assert question.answer == sourcing.RESTS_ON_UNNAMED
    assert "spoke on condition of anonymity" in question.explanation
    assert question.evidence.startswith("A senior ministry official confirmed")


def test_an_unnamed_claim_a_named_source_also_makes_is_not_said_to_rest_on_the_unnamed_one():
    text = PLAN.replace("Postal union leader Karen Holt said the closures would hurt older people most.",
                        "Postal union leader Karen Holt confirmed the plan to close the offices, which she said was "
                        "being reviewed.")
    assert not questions(sourcing.unnamed_only, text)


def test_a_decision_under_review_is_asked_as_what_a_reader_can_conclude():
    asked = questions(uncertainty.still_pending, PLAN)
    assert len(asked) == 1
    question = asked[0]
    assert question.prompt.endswith("What can a reader conclude about the plan from this?")
    assert question.answer.startswith("Nothing has been decided yet")
    assert "It has been approved by the Treasury" in question.choices
    assert question.answer not in question.evidence  # reasoning, not a copy of the sentence


def test_a_review_the_article_says_has_ended_is_not_asked_as_still_open():
    text = PLAN.replace("About 11,000 post offices", "The plan has since been approved by ministers. About 11,000 post offices")
    assert not questions(uncertainty.still_pending, text)


def test_no_comment_is_asked_as_neither_admission_nor_denial():
    asked = questions(uncertainty.no_comment, PLAN)
    assert len(asked) == 1
    question = asked[0]
    assert question.prompt.startswith("“Royal Mail did not respond to a request for comment.”")
    assert question.answer.startswith("Only that no answer came from Royal Mail")
    assert "Royal Mail admitted that what the article reports is true" in question.choices
    assert set(question.feedback) == set(question.choices) - {question.answer}


def test_no_comment_from_a_company_with_an_aside_names_the_company():
    text = ("Factory fire injures four\n\n"
            "A fire at a paint factory in Leeds injured four workers on Tuesday, the fire service said. "
            "Brightcoat, which owns the factory, declined to comment.\n\n"
            "Fire chief Tom Reilly said the blaze started in a store room. Union official Sara Khan said workers had "
            "raised fears about the store room last year.")
    asked = questions(uncertainty.no_comment, text)
    assert [q.answer for q in asked] == [
        "Only that no answer came from Brightcoat: it shows neither that the story is true nor that it is false"]


def test_no_comment_from_an_unnamed_spokesman_keeps_a_small_a_and_the_reason_the_article_gives():
    text = PLAN.replace("Royal Mail did not respond to a request for comment.",
                        "A Royal Mail spokesman declined to comment on why the list was kept secret, citing a review "
                        "still under way.")
    (question,) = questions(uncertainty.no_comment, text)
    assert "from a Royal Mail spokesman" in question.answer
    assert "declined to comment, citing a review still under way." in question.explanation
    assert "no time" not in question.explanation  # no reasons of its own where the article gives one


def test_a_pack_asks_what_one_silence_tells_once():
    text = PLAN.replace("About 11,000", "The Federation of Sub-Postmasters did not respond to a request for comment. About 11,000")
    assert len(questions(uncertainty.no_comment, text)) == 2
    chosen = generate_pack(text, seed=1).questions
    assert [q.template for q in chosen].count("no-comment") == 1


def test_no_comment_is_not_asked_where_the_party_denies_the_story_or_is_only_a_pronoun():
    denied = PLAN.replace("About 11,000", "Royal Mail later denied that any list existed. About 11,000")
    assert not questions(uncertainty.no_comment, denied)
    pronoun = PLAN.replace("Royal Mail did not respond", "She did not respond")
    assert not questions(uncertainty.no_comment, pronoun)


def test_a_reason_left_unexplained_is_asked_as_what_is_known_and_what_is_not():
    asked = questions(uncertainty.reason_unexplained, PLAN)
    assert len(asked) == 1
    question = asked[0]
    assert question.answer == "The list of offices was kept from local councils, but the article does not say why"
    assert "It is not known whether the list of offices was kept from local councils" in question.choices
    assert "The official denied that the list of offices was kept from local councils" in question.choices


def test_an_investigation_under_way_is_not_asked_as_a_decision_to_approve():
    text = PLAN.replace("A senior ministry official confirmed the plan, which is now being reviewed by the Treasury.",
                        "A senior ministry official said the closures were being studied. The investigation, which is "
                        "now under review by the Treasury, began in May.")
    assert not questions(uncertainty.still_pending, text)


def test_a_party_that_declined_to_comment_but_said_something_is_not_asked_as_silent():
    text = PLAN.replace("Royal Mail did not respond to a request for comment.",
                        "Royal Mail declined to comment on the list but said it would keep every office open this year.")
    assert not questions(uncertainty.no_comment, text)


def test_a_reason_another_sentence_gives_is_not_asked_as_unexplained():
    text = PLAN.replace("About 11,000 post offices",
                        "A councillor said the list of offices was kept from local councils because it was not final. "
                        "About 11,000 post offices")
    assert not questions(uncertainty.reason_unexplained, text)


def test_a_choice_not_yet_made_is_asked_as_open_either_way():
    text = ("Mayor weighs second run\n\n"
            "Mayor Lisa Grant has not yet decided whether to run for a second term, her campaign manager said on "
            "Monday. The election is in November.\n\n"
            "Council member Omar Diaz said he would run if Grant did not. Local business leader Jane Moss said the "
            "city needed a steady hand.")
    asked = questions(uncertainty.still_undecided, text)
    assert [q.answer for q in asked] == ["The choice is still open: Mayor Lisa Grant may or may not run for a second term"]
    assert "Mayor Lisa Grant has decided not to run for a second term" in asked[0].choices


def test_a_spokesperson_or_officials_speaking_to_another_outlet_are_not_asked_as_resting_on_the_unnamed():
    spokesman = PLAN.replace("A senior ministry official confirmed the plan", "A government spokesman confirmed the plan")
    assert not [q for q in questions(sourcing.unnamed_only, spokesman) if "spokesman" in q.prompt]
    outlet = PLAN.replace("A senior ministry official confirmed the plan, which is now being reviewed by the Treasury.",
                          "A senior ministry official told Reuters the plan is now being reviewed by the Treasury.")
    assert not questions(sourcing.unnamed_only, outlet)


def test_may_after_on_is_a_hedge_unless_a_rule_or_limit_is_on_it():
    def hedges(text):
        article = parse_article(f"Oil spill\n\n{text}")
        return [f.data["cue"] for f in read_facts(article).facts
                if f.kind == "uncertainty" and f.data["uncertainty_kind"] == "hedge"]
    assert hedges("Scientists are divided on how far the oil may spread.") == ["may"]
    assert hedges("The Senate has no limit on how long a senator may speak.") == []


def test_a_question_left_unanswered_is_not_asked_as_a_story_true_or_false_and_not_immediately_is_no_refusal():
    text = PLAN.replace("Royal Mail did not respond to a request for comment.",
                        "Royal Mail did not immediately respond to a request for comment on which offices it would keep.")
    (question,) = questions(uncertainty.no_comment, text)
    assert question.answer == ("Only that no answer had come from Royal Mail by the time the article was written: "
                               "the article cannot say which offices it would keep")
    words = " ".join([*question.choices, question.explanation, *question.feedback.values()])
    assert "true" not in words and "false" not in words and "decline" not in words
    assert "Royal Mail refused to say which offices it would keep" in question.choices
    assert "an answer may still come" in question.feedback["Royal Mail refused to say which offices it would keep"]


def test_a_party_that_did_not_respond_is_not_said_to_have_declined():
    (question,) = questions(uncertainty.no_comment, PLAN)
    assert "decline" not in question.explanation
    text = PLAN.replace("Royal Mail did not respond to a request for comment.", "Royal Mail declined to comment.")
    (declined,) = questions(uncertainty.no_comment, text)
    assert "declined to comment" in declined.explanation
