"""The review schedule's rule: Leitner boxes of 1, 3, 7, 14 and 30 days."""

from datetime import date, datetime, timedelta, timezone

from quiz.core.leitner import (
    INTERVALS, LEARNT, Answer, Place, effective_today, parse_stamp, place_after, stamp_after, streak,
)

START = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)  # noon: the same day in every time zone within 12 hours


def on(day: int, hour: int = 0) -> datetime:
    """A time `day` days after START (and `hour` hours)."""
    return START + timedelta(days=day, hours=hour)


def missed(day: int) -> Answer:
    return Answer(on(day), correct=False, review=False)


def reviewed(day: int, correct: bool = True, uid: str = "") -> Answer:
    return Answer(on(day), correct=correct, review=True, uid=uid)


def day(n: int) -> date:
    return on(n).astimezone().date()


def test_a_question_answered_right_never_enters_the_queue():
    assert place_after([Answer(on(0), True, False), Answer(on(5), True, False)]) is None


def test_a_missed_question_enters_the_first_box_due_the_next_day():
    assert place_after([missed(0)]) == Place(1, day(1), on(0))


def test_a_partly_right_answer_counts_as_missed():
    # The stored `correct` is false for a partly right answer (scoring.py); the schedule reads only that.
    assert place_after([Answer(on(0), correct=False, review=False)]).box == 1


def test_each_right_review_on_its_due_day_moves_it_up_a_box_with_a_longer_interval():
    answers, when = [missed(0)], 1
    for box, interval in zip(range(2, LEARNT), INTERVALS[1:]):
        answers.append(reviewed(when))
        place = place_after(answers)
        assert (place.box, place.due) == (box, day(when + interval))
        when += interval


def test_a_right_answer_at_the_longest_interval_leaves_the_queue_as_learnt():
    answers = [missed(0), reviewed(1), reviewed(4), reviewed(11), reviewed(25)]
    assert place_after(answers).box == len(INTERVALS)
    learnt = place_after([*answers, reviewed(55)])
    assert learnt.learnt and learnt.due is None


def test_a_wrong_review_brings_it_back_to_the_start():
    place = place_after([missed(0), reviewed(1), reviewed(4), reviewed(11, correct=False)])
    assert (place.box, place.due) == (1, day(12))


def test_a_miss_in_a_quiz_after_it_was_learnt_brings_it_back():
    answers = [missed(0), reviewed(1), reviewed(4), reviewed(11), reviewed(25), reviewed(55), missed(70)]
    assert place_after(answers) == Place(1, day(71), on(70))


def test_a_right_answer_in_a_quiz_does_not_move_it():
    # "Retry the ones I missed" right after the feedback is no proof it has stuck.
    place = place_after([missed(0), Answer(on(0, hour=1), True, False)])
    assert (place.box, place.due) == (1, day(1))


def test_a_right_review_before_the_due_day_does_not_move_it():
    # As when a student reviews the same question on two machines the same day.
    place = place_after([missed(0), reviewed(1, uid="a"), reviewed(1, uid="b")])
    assert (place.box, place.due) == (2, day(4))


def test_the_answers_order_does_not_matter_only_their_times():
    answers = [missed(0), reviewed(1), reviewed(4, correct=False), reviewed(5), reviewed(8)]
    assert place_after(reversed(answers)) == place_after(answers) == Place(3, day(15), on(8))


def test_no_answer_leaves_a_question_due_again_the_same_day():
    answers = [missed(0)]
    for when in range(1, 60):
        place = place_after(answers)
        if place.due is not None and place.due <= day(when):
            answers.append(reviewed(when, correct=when % 3 != 0))
            assert place_after(answers).due is None or place_after(answers).due > day(when)


def test_the_clock_moving_backwards_stamps_the_latest_time_known():
    latest = on(10)
    assert stamp_after(on(3), latest) == latest
    assert stamp_after(on(12), latest) == on(12)
    assert stamp_after(on(3), None) == on(3)


def test_the_clock_moving_backwards_keeps_today_at_the_latest_day_known():
    assert effective_today(on(3), on(10)) == day(10)
    assert effective_today(on(12), on(10)) == day(12)


def test_a_review_stamped_after_a_clock_moved_back_keeps_its_place_and_is_not_due_again():
    # Missed on day 10, due on day 11; the clock then falls back to day 3.
    answers = [missed(10)]
    latest = place_after(answers).last_at
    today = effective_today(on(3), latest)
    assert today == day(10)  # the question is not hidden: it is due tomorrow, as it was
    answers.append(Answer(stamp_after(on(4), latest), correct=True, review=True))
    place = place_after(answers)
    assert place.box == 1 and place.due == day(11)  # reviewed before it was due: nothing moves, nothing lost


def test_a_miss_given_while_the_clock_is_behind_still_counts():
    learnt = [missed(0), reviewed(1), reviewed(4), reviewed(11), reviewed(25), reviewed(55)]
    latest = place_after(learnt).last_at
    place = place_after([*learnt, Answer(stamp_after(on(-400), latest), correct=False, review=False)])
    assert place.box == 1 and not place.learnt


def test_stamps_without_an_offset_are_in_utc():
    assert parse_stamp("2026-03-02T12:00:00") == parse_stamp("2026-03-02T12:00:00+00:00") == START


def test_the_streak_counts_days_in_a_row_up_to_today_or_yesterday():
    assert streak([day(0), day(1), day(2)], day(2)) == 3
    assert streak([day(0), day(1), day(2)], day(3)) == 3  # no review yet today: the run is not over
    assert streak([day(0), day(1), day(2)], day(4)) == 0
    assert streak([day(0), day(2)], day(2)) == 1
    assert streak([], day(2)) == 0
