import pytest

from quiz.core.security import hash_pin, pin_matches, pin_problem, wait_after


def test_a_pin_is_stored_as_a_salted_hash_only():
    record = hash_pin("2468")
    assert b"2468" not in record.salt + record.digest
    assert hash_pin("2468").salt != record.salt  # a new salt every time


def test_the_right_pin_matches_and_a_wrong_one_does_not():
    record = hash_pin("2468")
    assert pin_matches("2468", record)
    assert not pin_matches("2469", record)


@pytest.mark.parametrize(("pin", "ok"), [("12", False), ("1111", False), ("2468", True), ("owl-7", True)])
def test_new_pins_must_be_long_enough_and_varied(pin, ok):
    assert (pin_problem(pin) is None) == ok


def test_wrong_pins_cost_a_growing_wait_after_three_free_tries():
    assert [wait_after(n) for n in range(7)] == [0, 0, 0, 5, 10, 20, 40]
    assert wait_after(50) == 300


def test_the_pin_is_kept_only_as_a_hash_in_the_database(service, db_path):
    import sqlite3

    service.set_teacher_pin("owl-2468")
    dump = "\n".join(sqlite3.connect(db_path).iterdump())
    assert "owl-2468" not in dump
    assert service.teacher_pin_set()


def test_wrong_pins_are_rate_limited_and_the_right_one_clears_the_count(service):
    service.set_teacher_pin("owl-2468")
    checks = [service.check_teacher_pin("nope", now=100.0) for _ in range(4)]
    assert [c.ok for c in checks] == [False] * 4
    assert checks[-1].wait == 5
    assert service.check_teacher_pin("owl-2468", now=101.0).wait == 4  # refused: the wait is not over
    assert service.check_teacher_pin("owl-2468", now=106.0).ok
    assert service.check_teacher_pin("nope", now=107.0).wait == 0  # the count starts again


def test_a_weak_pin_is_refused(service):
    import pytest as _pytest

    from quiz.core.errors import QuizError

    with _pytest.raises(QuizError, match="at least 4"):
        service.set_teacher_pin("12")


def test_template_reviews_add_up(service):
    service.record_template_reviews({"number-gap": {"accepted": 2, "rejected": 1}})
    service.record_template_reviews({"number-gap": {"edited": 1}, "hedge": {"accepted": 1}})
    assert service.template_stats() == [("hedge", 1, 0, 0), ("number-gap", 2, 1, 1)]
