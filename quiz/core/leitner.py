"""The review schedule: Leitner boxes, with intervals of 1, 3, 7, 14 and 30 days. Pure functions.

Sebastian Leitner's learning box (So lernt man lernen, 1972): a card answered right moves up
a box and comes back after a longer interval; a card answered wrong goes back to the first
box. Here a card is a question a student missed, and the five boxes come back after 1, 3,
7, 14 and 30 days. A question answered right in the last box is learnt and leaves the queue.

Where a question stands is worked out from the student's answers to it alone, so that
answers merged from several machines, in any order, give the same schedule:

* an answer that is not wholly right (in a quiz or in review) puts the question in the first
  box, due the next day: it enters the queue, or goes back to its start;
* a right answer in review, on or after the day the question is due, moves it up a box;
* a right answer in a quiz, or a review answered before the question is due (the same
  question reviewed on two machines the same day), leaves it where it is.

Days are the computer's local days. A clock that moves backwards (a classroom laptop with a
flat battery) must neither hide a question nor serve it twice in a day: an answer is stamped
no earlier than the student's latest answer in the queue (`stamp_after`), and "today" is the
day of that stamp (`effective_today`), so such a clock stands still at the last time known.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from typing import NamedTuple

INTERVALS = (1, 3, 7, 14, 30)  # days before a question in box 1, 2, ... comes back
LEARNT = len(INTERVALS) + 1  # the box past the last: answered right at the longest interval


def intervals_in_words() -> str:
    """The intervals as a sentence gives them: "1, 3, 7, 14 and 30"."""
    return ", ".join(str(days) for days in INTERVALS[:-1]) + f" and {INTERVALS[-1]}"


class Answer(NamedTuple):
    """One answer of a student to a question, as the schedule reads it."""

    at: datetime
    correct: bool
    review: bool  # given in review, rather than in a quiz
    uid: str = ""  # the review answer's or the quiz attempt's: orders answers given in the same second


class Place(NamedTuple):
    """Where a question the student missed stands: its box (LEARNT once learnt), the day it
    is next due (None once learnt), and the time of the latest answer to it."""

    box: int
    due: date | None
    last_at: datetime

    @property
    def learnt(self) -> bool:
        return self.box == LEARNT


def parse_stamp(stamp: str) -> datetime:
    """A stored time (ISO 8601); one without an offset is in UTC, as the app writes them."""
    moment = datetime.fromisoformat(stamp)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def place_after(answers: Iterable[Answer]) -> Place | None:
    """Where the answers leave a question: None if it was never missed."""
    place: Place | None = None
    for answer in sorted(answers, key=lambda a: (a.at, a.review, a.uid)):
        day = local_day(answer.at)
        if not answer.correct:
            place = Place(1, day + timedelta(days=INTERVALS[0]), answer.at)
        elif place is None:
            continue
        elif answer.review and not place.learnt and day >= place.due:
            box = place.box + 1
            due = None if box == LEARNT else day + timedelta(days=INTERVALS[box - 1])
            place = Place(box, due, answer.at)
        else:
            place = place._replace(last_at=answer.at)
    return place


def stamp_after(now: datetime, latest: datetime | None) -> datetime:
    """The time to stamp a new answer with: now, or the latest answer's time if the clock
    has gone back behind it."""
    return now if latest is None or now >= latest else latest


def effective_today(now: datetime, latest: datetime | None) -> date:
    """The day the queue is due on: today, or the day of the latest answer if the clock has
    gone back behind it."""
    return local_day(stamp_after(now, latest))


def streak(days: Iterable[date], today: date) -> int:
    """How many days in a row, up to today (or up to yesterday, before today's review), the
    student reviewed on."""
    reviewed = set(days)
    day = today if today in reviewed else today - timedelta(days=1)
    count = 0
    while day in reviewed:
        count += 1
        day -= timedelta(days=1)
    return count
