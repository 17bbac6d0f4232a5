"""The database schema, one append-only migration at a time. Never edit an applied one."""

from __future__ import annotations

import re
from datetime import timezone

from quiz.core.sqlite_lib import Database, Migrations

migrations = Migrations("evidence_quiz")


@migrations()
def m001_create_tables(db: Database) -> None:
    db["articles"].create(
        {"id": str, "title": str, "source": str, "text": str, "created_at": str},
        pk="id",
    )
    db["facts"].create(
        {"id": int, "article_id": str, "kind": str, "start": int, "end": int, "text": str, "data": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["facts"].create_index(["article_id", "kind"])
    db["packs"].create(
        {
            "id": str, "title": str, "language": str, "authors": str, "article_id": str,
            "article_file": str, "schema_version": int, "imported_at": str, "updated_at": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["questions"].create(
        {
            "id": int, "pack_id": str, "qid": str, "position": int, "type": str, "skill": str,
            "prompt": str, "choices": str, "answer": str, "evidence": str, "evidence_start": int,
            "evidence_end": int, "explanation": str, "feedback": str, "tolerance": float,
            "accept": str, "template": str, "retired": int,
        },
        pk="id",
        foreign_keys=[("pack_id", "packs", "id")],
        defaults={"retired": 0},
        not_null={"pack_id", "qid", "type", "skill", "prompt"},
    )
    db["questions"].create_index(["pack_id", "qid"], unique=True)
    db["students"].create({"id": int, "name": str, "created_at": str}, pk="id", not_null={"name"})
    db["students"].create_index(["name"], unique=True)
    db["attempts"].create(
        {
            "id": int, "student_id": int, "pack_id": str, "mode": str, "seed": int,
            "question_order": str, "started_at": str, "finished_at": str,
        },
        pk="id",
        foreign_keys=[("student_id", "students", "id"), ("pack_id", "packs", "id")],
    )
    db["answers"].create(
        {
            "id": int, "attempt_id": int, "question_id": int, "response": str, "correct": int,
            "score": float, "answered_at": str, "seconds": float,
        },
        pk="id",
        foreign_keys=[("attempt_id", "attempts", "id"), ("question_id", "questions", "id")],
    )
    db["answers"].create_index(["attempt_id", "question_id"], unique=True)



@migrations()
def m002_add_pack_shuffle(db: Database) -> None:
    db["packs"].add_column("shuffle", int, not_null_default=1)



@migrations()
def m003_create_teacher_tables(db: Database) -> None:
    # Small facts about this installation, such as the teacher PIN's salted hash.
    db["settings"].create({"key": str, "value": str}, pk="key")
    # How teachers judged the generator's questions, per template.
    db["template_reviews"].create(
        {"template": str, "accepted": int, "edited": int, "rejected": int}, pk="template",
        defaults={"accepted": 0, "edited": 0, "rejected": 0},
    )


@migrations()
def m004_add_attempt_uid(db: Database) -> None:
    # A unique id per attempt, so results merged from many machines are counted once.
    import uuid

    db["attempts"].add_column("uid", str)
    for row in list(db["attempts"].rows_where(select="id")):
        db["attempts"].update(row["id"], {"uid": str(uuid.uuid4())})
    db["attempts"].create_index(["uid"], unique=True)


@migrations()
def m005_keep_report_sums(db: Database) -> None:
    # The sums a class report comes from, kept up to date as answers arrive, so the report
    # reads a row per question and per attempt instead of every answer: each question's
    # sums for its facility and discrimination, and each attempt's answer count and score.
    db["attempts"].add_column("answered", int, not_null_default=0)
    db["attempts"].add_column("score", float, not_null_default=0)
    db.execute(
        "create table question_moments (question_id integer primary key references questions(id), "
        "n integer not null, sx real not null, sxx real not null, sy real not null, syy real not null, "
        "sxy real not null)"
    )
    rebuild_report_sums(db)


@migrations()
def m006_index_questions_in_report_order(db: Database) -> None:
    # The class report reads each question's pack, id, skill and type in report order. This
    # index holds them all, so the report never reads the questions' long texts: at 100,000
    # questions that was a third of `quiz report`.
    db.execute(
        "create index questions_in_report_order on questions (pack_id, position is null, position, qid, skill, type)"
    )


@migrations()
def m007_keep_report_sums_per_mode(db: Database) -> None:
    # Practice and test answers are reported apart (report.py): each question's sums are kept
    # per mode of the attempts that gave them.
    rebuild_report_sums(db)


@migrations()
def m008_keep_report_sums_when_an_answer_is_replaced(db: Database) -> None:
    # A test answer may be changed until the test is finished: the old answer is deleted
    # and the new one inserted, and the sums follow both.
    db.execute(REPORT_SUMS_DELETE_TRIGGER)


@migrations()
def m009_add_pack_description(db: Database) -> None:
    # A note for teachers: what a pack is for, or what the generator made of its article.
    db["packs"].add_column("description", str, not_null_default="")


@migrations()
def m010_create_review_tables(db: Database) -> None:
    # Review answers, one row each; the uid merges results from many machines once each.
    db.execute(
        "create table review_answers (id integer primary key, uid text not null unique, "
        "session text not null, student_id integer not null references students(id), "
        "question_id integer not null references questions(id), response text not null, "
        "correct integer not null, score real not null, answered_at text not null, seconds real)"
    )
    db.execute("create index review_answers_of_session on review_answers (session)")
    db.execute("create index review_answers_of_student on review_answers (student_id, question_id)")
    # The schedule (leitner.py): where each question a student missed stands. Derived from
    # the answers alone; store.py keeps it in the transaction of each answer, and
    # rebuild_review_schedule makes it afresh.
    db.execute(
        "create table review_schedule (student_id integer not null references students(id), "
        "question_id integer not null references questions(id), box integer not null, due_day text, "
        "last_at text not null, primary key (student_id, question_id)) without rowid"
    )
    # A student's due questions, counted and served from the start page; and the class's
    # missed questions learnt, counted per question for the class results.
    db.execute("create index review_schedule_due on review_schedule (student_id, due_day)")
    db.execute("create index review_schedule_of_question on review_schedule (question_id, box)")
    # A student's answers to one question: their attempts, then the answers by (attempt, question).
    db.execute("create index if not exists attempts_of_student on attempts (student_id)")
    rebuild_review_schedule(db)


# x is an answer's score and y the rest of its attempt's score (the attempt's total minus x).
# A new answer s to an attempt whose other answers total t adds the pair (s, t) to its
# question's sums for the attempt's mode, and raises y by s for every other answer of the
# attempt: y² by 2ys + s², xy by xs. The attempt counts one more answer and adds s to its
# score. Answers are inserted, or deleted when a test answer is changed (below); never updated.
_MODE_OF_NEW = "(select coalesce(mode, 'practice') from attempts where id = new.attempt_id)"
REPORT_SUMS_TRIGGER = f"""
create trigger answers_keep_report_sums after insert on answers
begin
    update attempts set answered = answered + 1, score = score + new.score where id = new.attempt_id;
    update question_moments
       set sy = sy + new.score,
           syy = syy + 2 * (other.rest - other.x) * new.score + new.score * new.score,
           sxy = sxy + other.x * new.score
      from (select question_id, score as x,
                   (select total(score) from answers where attempt_id = new.attempt_id and id != new.id) as rest
              from answers where attempt_id = new.attempt_id and id != new.id) as other
     where question_moments.question_id = other.question_id and question_moments.mode = {_MODE_OF_NEW};
    insert into question_moments (question_id, mode, n, sx, sxx, sy, syy, sxy)
    select new.question_id, {_MODE_OF_NEW}, 1, new.score, new.score * new.score, t, t * t, new.score * t
      from (select total(score) as t from answers where attempt_id = new.attempt_id and id != new.id)
     where true
    on conflict (question_id, mode) do update
       set n = n + 1, sx = sx + excluded.sx, sxx = sxx + excluded.sxx,
           sy = sy + excluded.sy, syy = syy + excluded.syy, sxy = sxy + excluded.sxy;
end
"""


# Deleting an answer undoes its insert: with t now the total of the attempt's other answers,
# the pair (s, t) leaves its question's sums for the attempt's mode, and y falls by s for
# every other answer: y² by 2ys + s² (y as it is after the delete), xy by xs.
_MODE_OF_OLD = "(select coalesce(mode, 'practice') from attempts where id = old.attempt_id)"
REPORT_SUMS_DELETE_TRIGGER = f"""
create trigger if not exists answers_keep_report_sums_on_delete after delete on answers
begin
    update attempts set answered = answered - 1, score = score - old.score where id = old.attempt_id;
    update question_moments
       set sy = sy - old.score,
           syy = syy - 2 * (other.rest - other.x) * old.score - old.score * old.score,
           sxy = sxy - other.x * old.score
      from (select question_id, score as x,
                   (select total(score) from answers where attempt_id = old.attempt_id) as rest
              from answers where attempt_id = old.attempt_id) as other
     where question_moments.question_id = other.question_id and question_moments.mode = {_MODE_OF_OLD};
    update question_moments
       set n = n - 1, sx = sx - old.score, sxx = sxx - old.score * old.score,
           sy = sy - t, syy = syy - t * t, sxy = sxy - old.score * t
      from (select total(score) as t from answers where attempt_id = old.attempt_id)
     where question_id = old.question_id and mode = {_MODE_OF_OLD};
    delete from question_moments where question_id = old.question_id and mode = {_MODE_OF_OLD} and n = 0;
end
"""


def rebuild_report_sums(db: Database) -> None:
    """Make the table of sums afresh in its current shape, sum every answer into it, then keep
    the sums up to date with a trigger. Migrations that change the sums call it, so a database
    from any version ends with the same table; tools that load answers in bulk call it too:
    one pass instead of one per answer."""
    db.execute("drop trigger if exists answers_keep_report_sums")
    db.execute("drop trigger if exists answers_keep_report_sums_on_delete")
    db.execute(
        "update attempts set (answered, score) = "
        "(select count(*), total(score) from answers where answers.attempt_id = attempts.id)"
    )
    db.execute("drop table if exists question_moments")
    db.execute(
        "create table question_moments (question_id integer not null references questions(id), "
        "mode text not null, n integer not null, sx real not null, sxx real not null, sy real not null, "
        "syy real not null, sxy real not null, primary key (question_id, mode)) without rowid"
    )
    db.execute(
        """
        insert into question_moments (question_id, mode, n, sx, sxx, sy, syy, sxy)
        with totals as (select attempt_id, total(score) as total from answers group by attempt_id)
        select a.question_id, coalesce(attempts.mode, 'practice'), count(*), total(a.score), total(a.score * a.score),
               total(t.total - a.score), total((t.total - a.score) * (t.total - a.score)),
               total(a.score * (t.total - a.score))
          from answers a join totals t on t.attempt_id = a.attempt_id join attempts on attempts.id = a.attempt_id
         group by a.question_id, coalesce(attempts.mode, 'practice')
        """
    )
    db.execute(REPORT_SUMS_TRIGGER)
    db.execute(REPORT_SUMS_DELETE_TRIGGER)


# Each answer, in a quiz or in review, as the schedule reads it: (student, question, time,
# correct, review, uid). Attempt answers come first among answers given in the same second.
REVIEW_EVENTS = """
select attempts.student_id, answers.question_id, answers.answered_at, answers.correct, 0, attempts.uid
  from answers join attempts on attempts.id = answers.attempt_id {attempts_where}
union all
select student_id, question_id, answered_at, correct, 1, uid from review_answers {reviews_where}
"""


def review_events(db: Database, student_id: int | None = None, question_id: int | None = None):
    """The answers the schedule reads, of one student (and one question), or of everyone,
    grouped by student and question."""
    attempts_where = reviews_where = ""
    params: list = []
    if student_id is not None:
        attempts_where = "where attempts.student_id = ?" + (" and answers.question_id = ?" if question_id else "")
        reviews_where = "where student_id = ?" + (" and question_id = ?" if question_id else "")
        params = [student_id, question_id] * 2 if question_id else [student_id] * 2
    sql = REVIEW_EVENTS.format(attempts_where=attempts_where, reviews_where=reviews_where)
    return db.execute(sql + " order by 1, 2", params)


def rebuild_review_schedule(db: Database, student_ids=None, question_id: int | None = None) -> None:
    """Work out the schedule afresh from the answers (leitner.py): of every student, of some,
    or of one student's question. Each answer calls it for its question; merging results for
    the students it touched; tools that load answers in bulk once, after."""
    from itertools import groupby

    from quiz.core.leitner import Answer, parse_stamp, place_after

    def readable(events):
        for _, _, at, correct, review, uid in events:
            try:
                yield Answer(parse_stamp(at), bool(correct), bool(review), uid or "")
            except (TypeError, ValueError):  # a time that cannot be read (imports check them) places nothing
                continue

    def refold(events) -> None:
        rows = []
        for (student, question), answers in groupby(events, key=lambda e: (e[0], e[1])):
            place = place_after(readable(answers))
            if place is not None:
                due = place.due.isoformat() if place.due else None
                rows.append((student, question, place.box, due, place.last_at.astimezone(timezone.utc).isoformat()))
        db.conn.executemany(
            "insert into review_schedule (student_id, question_id, box, due_day, last_at) values (?, ?, ?, ?, ?)", rows
        )

    if student_ids is None:
        db.execute("delete from review_schedule")
        refold(review_events(db))
        return
    for student_id in student_ids:
        if question_id is None:
            db.execute("delete from review_schedule where student_id = ?", [student_id])
        else:
            db.execute("delete from review_schedule where student_id = ? and question_id = ?", [student_id, question_id])
        refold(review_events(db, student_id, question_id))


# Every migration this code knows, in order: the m0NN_ functions above.
MIGRATION_NAMES = tuple(sorted(name for name in dir() if re.fullmatch(r"m\d{3}_\w+", name)))
