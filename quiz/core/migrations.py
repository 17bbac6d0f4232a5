"""The database schema, one append-only migration at a time. Never edit an applied one."""

from __future__ import annotations

import re

from sqlite_utils import Database, Migrations

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


# Every migration this code knows, in order: the m0NN_ functions above.
MIGRATION_NAMES = tuple(sorted(name for name in dir() if re.fullmatch(r"m\d{3}_\w+", name)))
