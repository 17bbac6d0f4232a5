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
    assert chart.accessibleDescription() == "Numbers: 1 of 2 (50%); Sourcing: 1 of 1 (100%)"
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


def test_each_question_is_listed_whole_with_its_verdict_in_a_word_and_a_colour(qtbot, article):
    view = show(qtbot, article)
    assert view.answers.item(1).text() == "✗ Wrong · 2. Prompt q2?"
    assert view.answers.item(0).text() == "✓ Right · 1. Prompt q1?"
    colours = {view.answers.item(i).foreground().color().name() for i in range(3)}
    assert len(colours) == 2  # right and wrong differ, beside their words


def test_a_long_question_wraps_in_the_list_instead_of_being_cut(qtbot, article):
    from dataclasses import replace

    long = RESULTS[1]._replace(question=replace(RESULTS[1].question, prompt="A question that goes on and on. " * 12))
    view = ResultsView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show_summary(AttemptSummary(1, 1, 1, 0.0), [long], article, [])
    view.show()
    qtbot.waitExposed(view)
    item = view.answers.item(0)
    assert item.text().endswith("A question that goes on and on. " * 11 + "A question that goes on and on. ")
    qtbot.waitUntil(lambda: view.answers.visualItemRect(item).height() > 4 * view.answers.fontMetrics().height())
    assert view.answers.visualItemRect(item).width() <= view.answers.viewport().width()


def test_the_review_shows_the_question_itself(qtbot, article):
    view = show(qtbot, article)
    view.answers.setCurrentRow(2)
    assert view.review.prompt.text() == "Prompt q3?" and not view.review.prompt.isHidden()


def test_a_question_left_unanswered_is_reviewed_as_not_answered_and_counted_wrong(qtbot, article):
    skipped = AnswerResult(RESULTS[0].question, None, False, 0.0)
    view = ResultsView()
    qtbot.addWidget(view)
    view.show_summary(AttemptSummary(1, 1, 2, 1.0), [skipped, RESULTS[2]], article, [])
    assert view.score.text() == "1 of 2 right (50%) · 1 not answered · time 0 s"
    assert view.answers.item(0).text().startswith("✗ Not answered · 1.")
    view.answers.setCurrentRow(0)
    assert view.review.verdict.text() == "✗ Not answered"
    assert view.review.your_answer.text() == "Your answer: (no answer)"
    assert view.missed() == ["q1"]


def test_evidence_that_opens_with_a_quotation_mark_is_not_quoted_again(qtbot, article):
    from dataclasses import replace

    quote = "“This is about carrying out the President’s mandate,” McLaughlin said."
    own = RESULTS[0]._replace(question=replace(RESULTS[0].question, evidence=quote))
    view = ResultsView()
    qtbot.addWidget(view)
    view.show_summary(AttemptSummary(1, 1, 1, 1.0), [own], article, [])
    assert view.review.passage.text() == "In the article: " + quote
    view.show_summary(AttemptSummary(1, 1, 1, 1.0), [RESULTS[0]], article, [])
    assert view.review.passage.text() == "In the article: “ICE has”"


def test_the_chart_names_the_skills_as_people_read_them(qtbot):
    chart = SkillChart()
    qtbot.addWidget(chart)
    chart.set_results([result("q", "fact-vs-opinion", True), result("r", "loaded-language", False)])
    assert [label for label, _, _ in chart.rows] == ["Fact or opinion", "Loaded language"]
    assert chart.minimumSizeHint().width() > chart.fontMetrics().horizontalAdvance("Loaded language")


def test_choosing_a_question_opens_its_review(qtbot, article):
    view = show(qtbot, article)
    view.answers.setCurrentRow(1)
    assert view.review.verdict.text() == "✗ Not quite"
    assert view.review.verdict.property("verdict") == "wrong"  # coloured by the style, beside the word
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
