"""The review queue as students and teachers see it: per skill, in words."""

from quiz.core.domain import ReviewProgress, SkillProgress, skill_name
from quiz.ui.class_results_view import ClassResultsView
from quiz.ui.review_progress import ReviewProgressView
from support import Clock, right_answer, wrong_answer


def cells(view: ReviewProgressView) -> list[list[str]]:
    table = view.table
    return [[table.itemAtPosition(row, column).widget().text() for column in range(4)] for row in range(table.rowCount())
            if table.itemAtPosition(row, 0) is not None]


def test_the_queue_is_a_table_of_skills_in_readable_names_with_its_figures_in_words(qtbot):
    view = ReviewProgressView()
    qtbot.addWidget(view)
    view.set_progress(ReviewProgress((SkillProgress("numbers", 1, 2, 1), SkillProgress("fact-vs-opinion", 0, 3, 0)), 4))
    assert cells(view) == [
        ["Skill", "Learnt", "In review", "Due today"], ["Numbers", "1", "2", "1"], ["Fact or opinion", "0", "3", "0"],
    ]
    assert view.streak.text() == "Days in a row with a review: 4" and not view.streak.isHidden()
    assert view.accessibleDescription() == (
        "Numbers: 1 learnt, 2 in review, 1 due today; Fact or opinion: 0 learnt, 3 in review, 0 due today. "
        "Days in a row with a review: 4"
    )
    assert view.about.text().startswith("A question you missed comes back after 1, 3, 7, 14 and 30 days")


def test_a_new_queue_replaces_the_table_and_no_run_of_days_is_mentioned_before_one(qtbot):
    view = ReviewProgressView()
    qtbot.addWidget(view)
    view.set_progress(ReviewProgress((SkillProgress("numbers", 1, 2, 1), SkillProgress("context", 0, 1, 1)), 2))
    view.set_progress(ReviewProgress((SkillProgress("sourcing", 0, 1, 1),), 0))
    assert cells(view)[1:] == [["Sourcing", "0", "1", "1"]]
    assert view.streak.isHidden()


def test_the_class_results_show_per_skill_the_missed_questions_learnt_in_review(qtbot, service):
    clock = Clock(service)
    pack_id = service.packs()[0].id
    for student in ("Ada", "Bo"):
        attempt = service.start_attempt(student, pack_id, seed=1)
        question = attempt.questions[0]
        service.submit_answer(attempt, question, wrong_answer(question))
    day = 0
    for interval in (1, 3, 7, 14, 30):  # Ada reviews hers right each time it is due; Bo does not
        day += interval
        clock.set_day(day)
        review = service.start_review("Ada")
        service.submit_answer(review, review.questions[0], right_answer(review.questions[0]))
    view = ClassResultsView(service)
    qtbot.addWidget(view)
    view.set_packs()
    assert view.review_chart.rows == [(skill_name(question.skill), 0.5, "1 of 2 learnt")]
    assert view.review_status.text().startswith("Each question a student missed, in a test or in practice, counts once")
    view.pack_box.setCurrentIndex(view.pack_box.findData(service.packs()[1].id))
    assert view.review_chart.isHidden() and view.review_status.text() == "No missed questions yet."
