import pytest

from quiz.core.domain import Question
from quiz.core.scoring import score_response


def q(type_, answer, **extra):
    return Question(id="q", type=type_, skill="numbers", prompt="?", answer=answer, evidence="e", **extra)


@pytest.mark.parametrize(
    ("question", "response", "correct", "score"),
    [
        (q("choice", "20,000", choices=("20,000", "10,000")), "20,000", True, 1.0),
        (q("choice", "20,000", choices=("20,000", "10,000")), "10,000", False, 0.0),
        (q("truefalse", True), True, True, 1.0),
        (q("truefalse", True), False, False, 0.0),
        (q("multi", ["a", "b"], choices=("a", "b", "c")), ["a", "b"], True, 1.0),
        (q("multi", ["a", "b"], choices=("a", "b", "c")), ["a"], False, 0.5),
        (q("multi", ["a", "b"], choices=("a", "b", "c")), ["a", "c"], False, 0.0),
        (q("number", 20000, tolerance=0), 20000.0, True, 1.0),
        (q("number", 3.6, tolerance=0.1), "3.65", True, 1.0),
        (q("number", 3.6, tolerance=0.1), 3.8, False, 0.0),
        (q("text", "Tricia McLaughlin"), "tricia mclaughlin!", True, 1.0),
        (q("text", "Tricia McLaughlin"), "Tricia McLaughln", True, 1.0),
        (q("text", "Posse Comitatus Act", accept=("Posse Comitatus",)), "posse comitatus", True, 1.0),
        (q("text", "Tricia McLaughlin"), "Donald Trump", False, 0.0),
        (q("evidence", None, evidence_start=10, evidence_end=20), [(10, 20)], True, 1.0),
        (q("evidence", None, evidence_start=10, evidence_end=20), [(0, 15)], False, 0.25),
    ],
)
def test_score_response(question, response, correct, score):
    result = score_response(question, response)
    assert (result.correct, result.score) == (correct, score)


@pytest.mark.parametrize(
    ("question", "response"),
    [
        (q("evidence", None, evidence_start=10, evidence_end=20), ["x"]),
        (q("evidence", None, evidence_start=10, evidence_end=20), 42),
        (q("multi", ["a"], choices=("a", "b")), 7),
        (q("number", 3.0), ["3"]),
        (q("text", "McLaughlin"), {"name": "x"}),
    ],
)
def test_a_response_of_the_wrong_shape_scores_nothing(question, response):
    assert score_response(question, response) == (False, 0.0) or score_response(question, response).score == 0.0
