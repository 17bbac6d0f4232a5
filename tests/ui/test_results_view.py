from quiz.core.domain import AnswerResult, AttemptSummary, Question
from quiz.ui.results_view import ResultsView, duration
from quiz.ui.skill_chart import SkillChart, skill_scores


def result(qid, skill, correct, score=None):
    question = Question(id=qid, type="choice", skill=skill, prompt=f"Prompt {qid}?", answer="a",
                        choices=("a", "b", "c"), evidence="ICE has", explanation="Because.",
                        evidence_start=0, evidence_end=7)
    return AnswerResult(question, "a" if correct else "b", correct, 1.0 if correct else (score or 0.0))


RESULTS = [result("q1", "numbers", True), result("q2", "numbers", False), result("q3", "sourcing", True)]


def test_skill_scores_follow_the_skill_order_with_points_and_counts():
    assert skill_scores(RESULTS) == {"numbers": (1.0, 2), "sourcing": (1.0, 1)}


def test_the_chart_says_its_figures_in_words(qtbot):
    chart = SkillChart()
    qtbot.addWidget(chart)
    chart.set_results(RESULTS)
    assert chart.accessibleDescription() == "numbers: 1 of 2 (50%); sourcing: 1 of 1 (100%)"
    chart.resize(500, chart.height())
    assert not chart.grab().isNull()


def show(qtbot, article, history=()):
    view = ResultsView()
    qtbot.addWidget(view)
    summary = AttemptSummary(1, 3, 3, 2.0, seconds=75)
    view.show_summary(summary, RESULTS, article, list(history))
    return view


def test_the_summary_gives_score_and_time(qtbot, article):
    view = show(qtbot, article)
    assert view.score.text() == "2 of 3 right (67%) · time 1 min 15 s"
    assert [view.answers.item(i).text()[0] for i in range(3)] == ["✓", "✗", "✓"]


def test_choosing_a_question_opens_its_review(qtbot, article):
    view = show(qtbot, article)
    view.answers.setCurrentRow(1)
    assert view.review.verdict.text() == "✗ Not quite"
    assert view.review.your_answer.text() == "Your answer: b"
    assert view.article_view.highlighted_text() == article.text[0:7]


def test_retry_asks_for_the_missed_questions(qtbot, article):
    view = show(qtbot, article)
    with qtbot.waitSignal(view.retry_requested) as retry:
        view.retry_button.click()
    assert retry.args == [["q2"]]


def test_earlier_attempts_are_listed(qtbot, article):
    earlier = AttemptSummary(7, 3, 3, 3.0, started_at="2026-11-20T09:15:00+00:00", mode="test", finished=True)
    view = show(qtbot, article, [earlier])
    assert view.history.item(0).text() == "2026-11-20 09:15 · test · 100%"


def test_durations_read_as_minutes_and_seconds():
    assert (duration(5), duration(75), duration(600)) == ("5 s", "1 min 15 s", "10 min 00 s")
