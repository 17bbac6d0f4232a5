"""SQLite storage: the only module that runs SQL. The service calls it; nothing else does."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from quiz.core.sqlite_lib import Database

from quiz.core.domain import Article, Fact, Pack, PackArticle, PackSummary, Question
from quiz.core.errors import DatabaseError, NotFound
from quiz.core.migrations import MIGRATION_NAMES, migrations, rebuild_review_schedule


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """One SQLite database, migrated to the current schema when opened."""

    def __init__(self, db: Database, path: str = ":memory:"):
        self.db = db
        self.path = path
        self.backup: Path | None = None  # where an older database was copied before its upgrade
        self.clock = lambda: datetime.now(timezone.utc)  # what answers are stamped with; tests move it
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            if not db.memory:
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
            applied = [m.name for m in migrations.applied(db)]
            newer = [name for name in applied if name not in MIGRATION_NAMES]
            if newer:
                raise DatabaseError(
                    path, f"this database was written by a newer version of Evidence Quiz ({newer[-1]}); update the app to open it"
                )
            if len(applied) < len(MIGRATION_NAMES):
                if applied and not db.memory:
                    self.backup = self._copy_aside(f"before-{MIGRATION_NAMES[len(applied)]}")
                migrations.apply(db)
        except sqlite3.DatabaseError as exc:
            raise DatabaseError(path, f"this file is not a usable Evidence Quiz database ({exc})") from exc

    def _copy_aside(self, label: str) -> Path:
        """A consistent copy of this database (SQLite's backup, WAL included) beside it."""
        target = Path(self.path).with_name(f"{Path(self.path).name}.{label}-{datetime.now():%Y%m%d-%H%M%S}")
        copy = sqlite3.connect(target)
        with copy:
            self.db.conn.backup(copy)
        copy.close()
        return target

    @classmethod
    def open(cls, path: str | Path) -> "Store":
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        # No sqlite-utils plugins: their discovery scans every installed package at start-up.
        return cls(Database(path, execute_plugins=False), str(path))

    @classmethod
    def memory(cls) -> "Store":
        return cls(Database(memory=True, execute_plugins=False))

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------ articles and facts

    def save_article(self, article: Article | PackArticle) -> str:
        key = article.sha256
        if not self.db["articles"].count_where("id = ?", [key]):
            self.db["articles"].insert(
                {"id": key, "title": article.title, "source": article.source, "text": article.text, "created_at": now()}
            )
        return key

    def article_text(self, article_id: str) -> dict[str, Any]:
        try:
            return self.db["articles"].get(article_id)
        except Exception as exc:  # sqlite_utils.db.NotFoundError
            raise NotFound(f"no article {article_id}") from exc

    def save_facts(self, article_id: str, facts: list[Fact]) -> None:
        with self.db.atomic():
            self.db["facts"].delete_where("article_id = ?", [article_id])
            self.db["facts"].insert_all(
                {
                    "article_id": article_id, "kind": f.kind, "start": f.start, "end": f.end,
                    "text": f.text, "data": json.dumps(f.data, ensure_ascii=False),
                }
                for f in facts
            )

    def facts(self, article_id: str) -> list[Fact]:
        rows = self.db["facts"].rows_where("article_id = ?", [article_id], order_by="start, id")
        return [Fact(r["kind"], r["start"], r["end"], r["text"], json.loads(r["data"])) for r in rows]

    # ------------------------------------------------------------ packs

    def save_pack(self, pack: Pack) -> None:
        """Insert or update a pack; questions keep their row ids, so earlier answers stay linked."""
        with self.db.atomic():
            article_id = self.save_article(pack.article)
            stamp = now()
            existing = self.db["packs"].count_where("id = ?", [pack.id])
            row = {
                "id": pack.id, "title": pack.title, "language": pack.language,
                "authors": json.dumps(list(pack.authors), ensure_ascii=False),
                "article_id": article_id, "article_file": pack.article.file,
                "schema_version": pack.schema_version, "shuffle": int(pack.shuffle), "updated_at": stamp,
                "description": pack.description,
            }
            if existing:
                self.db["packs"].update(pack.id, row)
            else:
                self.db["packs"].insert({**row, "imported_at": stamp})
            # Retire every question, then bring back those in this version: an upsert keyed on
            # (pack, question id) keeps each question's row id, so earlier answers stay linked.
            self.db.execute("update questions set retired = 1, position = null where pack_id = ?", [pack.id])
            rows = [_question_row(pack.id, position, q) for position, q in enumerate(pack.questions)]
            if rows:
                columns = list(rows[0])
                updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in ("pack_id", "qid"))
                self.db.conn.executemany(
                    f"insert into questions ({', '.join(columns)}) values ({', '.join('?' for _ in columns)}) "
                    f"on conflict (pack_id, qid) do update set {updates}",
                    [list(row.values()) for row in rows],
                )

    def pack_summaries(self) -> list[PackSummary]:
        rows = self.db.query(
            """
            select packs.id, packs.title, articles.title as article_title,
                   count(questions.id) as n, group_concat(distinct questions.skill) as skills
            from packs
            join articles on articles.id = packs.article_id
            left join questions on questions.pack_id = packs.id and questions.retired = 0
            group by packs.id
            order by packs.title
            """
        )
        return [
            PackSummary(r["id"], r["title"], r["article_title"] or "", r["n"], tuple(sorted((r["skills"] or "").split(",")) if r["skills"] else ()))
            for r in rows
        ]

    def answer_counts(self, pack_ids: list[str]) -> dict[str, int]:
        """How many answers have been given to each of these packs (the sums attempts keep)."""
        marks = ",".join("?" for _ in pack_ids)
        rows = self.db.execute(
            f"select pack_id, sum(answered) from attempts where pack_id in ({marks}) group by pack_id", pack_ids
        ).fetchall()
        return {pack_id: int(count) for pack_id, count in rows}

    def pack_title(self, pack_id: str) -> str:
        rows = self.db.execute("select title from packs where id = ?", [pack_id]).fetchall()
        if not rows:
            raise NotFound(f'no pack "{pack_id}" in this database')
        return rows[0][0]

    def pack_count(self) -> int:
        return self.db["packs"].count

    def load_pack(self, pack_id: str) -> Pack:
        rows = list(self.db.query("select * from packs where id = ?", [pack_id]))
        if not rows:
            raise NotFound(f'no pack "{pack_id}" in this database')
        pack = rows[0]
        article = self.db["articles"].get(pack["article_id"])
        questions = [
            _question_from_row(r)
            for r in self.db.query(
                "select * from questions where pack_id = ? and retired = 0 order by position", [pack_id]
            )
        ]
        return Pack(
            id=pack["id"],
            title=pack["title"],
            article=PackArticle(article["text"], article["title"] or "", article["source"] or "", pack["article_file"]),
            questions=tuple(questions),
            language=pack["language"] or "en",
            authors=tuple(json.loads(pack["authors"] or "[]")),
            schema_version=pack["schema_version"] or 1,
            shuffle=bool(pack["shuffle"]),
            description=pack["description"] or "",
        )

    def questions_by_key(self, keys: list[int]) -> dict[int, Question]:
        marks = ",".join("?" for _ in keys)
        rows = self.db.query(f"select * from questions where id in ({marks})", keys)
        return {r["id"]: _question_from_row(r) for r in rows}

    # ------------------------------------------------------------ students, attempts, answers

    def student_id(self, name: str) -> int:
        rows = list(self.db.query("select id from students where name = ?", [name]))
        if rows:
            return rows[0]["id"]
        with self.db.atomic():
            return self.db["students"].insert({"name": name, "created_at": now()}).last_pk

    def student_names(self) -> list[str]:
        return [r["name"] for r in self.db.query("select name from students order by name collate nocase")]

    def create_attempt(self, student_id: int, pack_id: str, mode: str, seed: int, order: list[int]) -> int:
        with self.db.atomic():
            return self.db["attempts"].insert(
                {
                    "student_id": student_id, "pack_id": pack_id, "mode": mode, "seed": seed,
                    "question_order": json.dumps(order), "started_at": now(), "uid": _new_uid(),
                }
            ).last_pk

    def attempt_row(self, attempt_id: int) -> dict[str, Any]:
        rows = list(
            self.db.query(
                "select attempts.*, students.name as student from attempts "
                "join students on students.id = attempts.student_id where attempts.id = ?",
                [attempt_id],
            )
        )
        if not rows:
            raise NotFound(f"no attempt {attempt_id}")
        return rows[0]

    def record_answer(
        self, attempt_id: int, question_key: int, response: Any, correct: bool, score: float, seconds: float | None,
        replace: bool = False,
    ) -> None:
        """Commit one answer at once, and the student's review schedule with it: a crash after
        this line never loses either. With `replace`, it takes the place of an earlier answer
        to the question while the attempt is unfinished."""
        with self.db.atomic():
            student_id = self.db.execute("select student_id from attempts where id = ?", [attempt_id]).fetchone()[0]
            if replace:
                self.db.execute(
                    "delete from answers where attempt_id = ? and question_id = ? "
                    "and (select finished_at from attempts where id = ?) is null",
                    [attempt_id, question_key, attempt_id],
                )
            self.db["answers"].insert(
                {
                    "attempt_id": attempt_id, "question_id": question_key,
                    "response": json.dumps(response, ensure_ascii=False), "correct": int(correct),
                    "score": score, "answered_at": self._stamp(student_id), "seconds": seconds,
                },
                replace=False,
            )
            rebuild_review_schedule(self.db, [student_id], question_key)

    def record_review_answer(
        self, session: str, student_id: int, question_key: int, response: Any, correct: bool, score: float,
        seconds: float | None,
    ) -> None:
        """Commit one review answer and the schedule it moves, at once, as record_answer does."""
        with self.db.atomic():
            self.db["review_answers"].insert({
                "uid": _new_uid(), "session": session, "student_id": student_id, "question_id": question_key,
                "response": json.dumps(response, ensure_ascii=False), "correct": int(correct), "score": score,
                "answered_at": self._stamp(student_id), "seconds": seconds,
            })
            rebuild_review_schedule(self.db, [student_id], question_key)

    def _latest_in_review(self, student_id: int) -> datetime | None:
        """The time of the student's latest answer to a question in the review queue."""
        from quiz.core.leitner import parse_stamp

        latest = self.db.execute("select max(last_at) from review_schedule where student_id = ?", [student_id]).fetchone()[0]
        return parse_stamp(latest) if latest else None

    def _stamp(self, student_id: int) -> str:
        """Now, or the student's latest answer in review if the clock has gone back behind it (leitner.py)."""
        from quiz.core.leitner import stamp_after

        moment = stamp_after(self.clock(), self._latest_in_review(student_id))
        return moment.astimezone(timezone.utc).isoformat(timespec="seconds")

    def review_today(self, student_id: int) -> date:
        """The day the student's queue is due on (leitner.effective_today)."""
        from quiz.core.leitner import effective_today

        return effective_today(self.clock(), self._latest_in_review(student_id))

    # Questions in a student's queue that can still be asked: a question retired from its
    # pack, or whose pack is gone, leaves the queue quietly.
    _IN_QUEUE = """
        from review_schedule s
        join questions q on q.id = s.question_id and q.retired = 0
        join packs p on p.id = q.pack_id
    """

    def due_count(self, student_id: int, today: date) -> int:
        return self.db.execute(
            f"select count(*) {self._IN_QUEUE} where s.student_id = ? and s.due_day <= ?", [student_id, today.isoformat()]
        ).fetchone()[0]

    def due_questions(self, student_id: int, today: date) -> list[tuple[int, str, str, int]]:
        """The student's due questions as (question key, pack id, pack title, whether the pack
        shuffles choices), mixed across packs: the first due of each pack, then the second,
        ...; within a pack, the longest due first."""
        return self.db.execute(
            f"""
            select s.question_id, q.pack_id, p.title, p.shuffle {self._IN_QUEUE}
             where s.student_id = ? and s.due_day <= ?
             order by row_number() over (partition by q.pack_id order by s.due_day, q.position, q.id), p.title, q.pack_id
            """,
            [student_id, today.isoformat()],
        ).fetchall()

    def review_places(self, student_id: int) -> list[tuple[str, int, str | None]]:
        """(skill, box, due day) of each question in the student's queue, learnt ones included."""
        return self.db.execute(
            f"select q.skill, s.box, s.due_day {self._IN_QUEUE} where s.student_id = ?", [student_id]
        ).fetchall()

    def review_stamps(self, student_id: int) -> list[str]:
        """When each of the student's review answers was given."""
        return [row[0] for row in self.db.execute("select answered_at from review_answers where student_id = ?", [student_id])]

    def review_session_answers(self, session: str) -> dict[int, dict[str, Any]]:
        rows = self.db.query("select * from review_answers where session = ? order by id", [session])
        return {r["question_id"]: r for r in rows}

    def class_review_sums(self, pack_id: str | None = None) -> list[tuple[str, int, int]]:
        """Per skill, (skill, how many questions students missed, how many of those they have
        since learnt in review): one (student, question) each."""
        from quiz.core.leitner import LEARNT

        # Counted per question first, from an index: a school has hundreds of thousands.
        return self.db.execute(
            f"""
            select q.skill, sum(s.missed), sum(s.learnt)
              from (select question_id, count(*) as missed, total(box = ?) as learnt
                      from review_schedule group by question_id) s
              join questions q on q.id = s.question_id and q.retired = 0
              join packs p on p.id = q.pack_id
             {"where q.pack_id = ?" if pack_id else ""}
             group by q.skill
            """,
            [LEARNT, pack_id] if pack_id else [LEARNT],
        ).fetchall()

    def answered(self, attempt_id: int) -> dict[int, dict[str, Any]]:
        rows = self.db.query("select * from answers where attempt_id = ? order by id", [attempt_id])
        return {r["question_id"]: r for r in rows}

    def unfinished_attempt_id(self, student_id: int, pack_id: str) -> int | None:
        rows = list(self.db.query(
            "select id from attempts where student_id = ? and pack_id = ? and finished_at is null order by id desc limit 1",
            [student_id, pack_id],
        ))
        return rows[0]["id"] if rows else None

    def attempt_summaries(self, student_id: int, pack_id: str | None = None) -> list[dict[str, Any]]:
        """Each attempt of a student (at one pack, or all), newest first, with its totals."""
        where = "attempts.student_id = ?" + (" and attempts.pack_id = ?" if pack_id else "")
        params = [student_id, pack_id] if pack_id else [student_id]
        return list(self.db.query(
            f"""
            select attempts.id, attempts.pack_id, attempts.mode, attempts.started_at, attempts.finished_at,
                   attempts.question_order, count(answers.id) as answered,
                   coalesce(sum(answers.score), 0) as score, coalesce(sum(answers.seconds), 0) as seconds
            from attempts left join answers on answers.attempt_id = attempts.id
            where {where}
            group by attempts.id
            order by attempts.id desc
            """,
            params,
        ))

    def student_id_if_known(self, name: str) -> int | None:
        rows = list(self.db.query("select id from students where name = ?", [name]))
        return rows[0]["id"] if rows else None

    def setting(self, key: str) -> str | None:
        rows = list(self.db.query("select value from settings where key = ?", [key]))
        return rows[0]["value"] if rows else None

    def set_settings(self, values: dict[str, str]) -> None:
        with self.db.atomic():
            self.db["settings"].upsert_all(({"key": k, "value": v} for k, v in values.items()), pk="key")

    def delete_settings(self, keys: tuple[str, ...]) -> None:
        with self.db.atomic():
            self.db["settings"].delete_where(f"key in ({', '.join('?' * len(keys))})", list(keys))

    def add_template_reviews(self, counts: dict[str, dict[str, int]]) -> None:
        with self.db.atomic():
            for template, verdicts in counts.items():
                self.db.execute(
                    "insert into template_reviews (template, accepted, edited, rejected) values (?, ?, ?, ?) "
                    "on conflict (template) do update set accepted = accepted + excluded.accepted, "
                    "edited = edited + excluded.edited, rejected = rejected + excluded.rejected",
                    [template, verdicts.get("accepted", 0), verdicts.get("edited", 0), verdicts.get("rejected", 0)],
                )

    def template_reviews(self) -> list[tuple[str, int, int, int]]:
        rows = self.db.query("select * from template_reviews order by template")
        return [(r["template"], r["accepted"], r["edited"], r["rejected"]) for r in rows]

    def finish_attempt(self, attempt_id: int) -> None:
        with self.db.atomic():
            self.db["attempts"].update(attempt_id, {"finished_at": now()})

    def answer_rows(self) -> Iterator[dict[str, Any]]:
        """Every answer, oldest first, as it is read, with its attempt's mode and number (1 for
        the student's first attempt at the pack), its question's type and its pack's article."""
        return iter(
            self.db.query(
                """
                select students.name as student, attempts.pack_id as pack, numbered.number as attempt,
                       attempts.mode as mode, questions.qid as question, questions.skill as skill,
                       questions.type as type, answers.response as response, answers.correct as correct,
                       answers.score as score, answers.answered_at as time, packs.article_id as article_id
                from answers
                join attempts on attempts.id = answers.attempt_id
                join (select id, row_number() over (partition by student_id, pack_id order by started_at, id) as number
                        from attempts) as numbered on numbered.id = attempts.id
                join students on students.id = attempts.student_id
                join questions on questions.id = answers.question_id
                join packs on packs.id = attempts.pack_id
                order by answers.id
                """
            )
        )

    # ------------------------------------------------------------ class results

    def question_moments(self, pack_id: str | None = None) -> list[tuple]:
        """Per question answered and mode (test first), as (pack, question, skill, type, mode,
        position, n, Σx, Σx², Σy, Σy², Σxy), where x is the answer's score and y the rest of its attempt's score.
        The sums are kept up to date as answers arrive (migrations.REPORT_SUMS_TRIGGER), so this
        reads one row per question and mode; plain tuples, as a hundred thousand dicts cost a
        third of a second. The order names every column of the index questions_in_report_order
        and the row id after them: SQLite then knows each question comes once in the index's
        order, and reads its modes from the sums' primary key backwards instead of sorting
        every row again (a fifth of the query at 100,000 questions)."""
        where = "where questions.pack_id = ?" if pack_id else ""
        return self.db.execute(
            f"""
            select questions.pack_id, questions.qid, questions.skill, questions.type, m.mode, questions.position,
                   m.n, m.sx, m.sxx, m.sy, m.syy, m.sxy
            from question_moments m join questions on questions.id = m.question_id {where}
            order by questions.pack_id, questions.position is null, questions.position, questions.qid,
                     questions.skill, questions.type, questions.id, -- never decide: (pack, qid) is unique
                     m.mode desc -- test, then practice
            """,
            [pack_id] if pack_id else [],
        ).fetchall()

    def attempt_totals(self, pack_id: str | None = None) -> list[tuple]:
        """Each attempt as (student, pack, mode, started at, finished, questions asked, answered,
        score); the last two are kept as answers arrive."""
        where = "where attempts.pack_id = ?" if pack_id else ""
        return self.db.execute(
            f"""
            select students.name, attempts.pack_id, coalesce(attempts.mode, 'practice'), attempts.started_at,
                   attempts.finished_at is not null,
                   json_array_length(attempts.question_order), attempts.answered, attempts.score
            from attempts join students on students.id = attempts.student_id {where}
            """,
            [pack_id] if pack_id else [],
        ).fetchall()

    def exported_attempts(self) -> list[dict[str, Any]]:
        """Every attempt and its answers, oldest first, with questions named by their id in
        the pack (row ids mean nothing in another database)."""
        qids = {r["id"]: r["qid"] for r in self.db.query("select id, qid from questions")}
        attempts: dict[int, dict[str, Any]] = {}
        for r in self.db.query(
            "select attempts.*, students.name as student from attempts "
            "join students on students.id = attempts.student_id order by attempts.id"
        ):
            attempts[r["id"]] = {
                "uid": r["uid"], "student": r["student"], "pack": r["pack_id"], "mode": r["mode"], "seed": r["seed"],
                "questions": [qids[key] for key in json.loads(r["question_order"])],
                "started_at": r["started_at"], "finished_at": r["finished_at"], "answers": [],
            }
        for r in self.db.query("select * from answers order by id"):
            attempts[r["attempt_id"]]["answers"].append({
                "question": qids[r["question_id"]], "response": json.loads(r["response"]),
                "correct": bool(r["correct"]), "score": r["score"], "answered_at": r["answered_at"],
                "seconds": r["seconds"],
            })
        return list(attempts.values())

    def attempt_uids(self) -> set[str]:
        return {r["uid"] for r in self.db.query("select uid from attempts where uid is not null")}

    def question_keys(self) -> dict[tuple[str, str], int]:
        """Every question's row id by (pack id, question id), retired ones included."""
        return {(r["pack_id"], r["qid"]): r["id"] for r in self.db.query("select id, pack_id, qid from questions")}

    def pack_ids(self) -> set[str]:
        return {r["id"] for r in self.db.query("select id from packs")}

    def exported_reviews(self) -> list[dict[str, Any]]:
        """Every review answer, oldest first, with its student by name and its question by
        pack and id in the pack."""
        return [
            {
                "uid": r["uid"], "session": r["session"], "student": r["student"], "pack": r["pack_id"],
                "question": r["qid"], "response": json.loads(r["response"]), "correct": bool(r["correct"]),
                "score": r["score"], "answered_at": r["answered_at"], "seconds": r["seconds"],
            }
            for r in self.db.query(
                "select review_answers.*, students.name as student, questions.pack_id, questions.qid "
                "from review_answers join students on students.id = review_answers.student_id "
                "join questions on questions.id = review_answers.question_id order by review_answers.id"
            )
        ]

    def review_uids(self) -> set[str]:
        return {r[0] for r in self.db.execute("select uid from review_answers")}

    def add_results(self, attempts: list[dict[str, Any]], reviews: list[dict[str, Any]]) -> tuple[int, int]:
        """Add attempts from elsewhere, with their answers, and review answers, in one
        transaction; one whose uid is already here is skipped. Questions come as row ids of
        this database, students by name. The schedules of the students they are of are then
        worked out afresh from all their answers. Returns how many attempts and review
        answers were added."""
        added, students = 0, set()
        with self.db.atomic():
            for a in _unseen(attempts, self.attempt_uids()):
                student_id = self.student_id(a["student"])
                students.add(student_id)
                attempt_id = self.db["attempts"].insert(
                    {
                        "student_id": student_id, "pack_id": a["pack"], "mode": a["mode"],
                        "seed": a["seed"], "question_order": json.dumps(a["question_order"]),
                        "started_at": a["started_at"], "finished_at": a.get("finished_at"), "uid": a["uid"],
                    }
                ).last_pk
                self.db["answers"].insert_all(
                    {
                        "attempt_id": attempt_id, "question_id": answer["question_key"],
                        "response": json.dumps(answer["response"], ensure_ascii=False),
                        "correct": int(answer["correct"]), "score": answer["score"],
                        "answered_at": answer["answered_at"], "seconds": answer.get("seconds"),
                    }
                    for answer in a["answers"]
                )
                added += 1
            new_reviews = []
            for r in _unseen(reviews, self.review_uids()):
                student_id = self.student_id(r["student"])
                students.add(student_id)
                new_reviews.append({
                    "uid": r["uid"], "session": r["session"], "student_id": student_id, "question_id": r["question_key"],
                    "response": json.dumps(r["response"], ensure_ascii=False), "correct": int(r["correct"]),
                    "score": r["score"], "answered_at": r["answered_at"], "seconds": r.get("seconds"),
                })
            self.db["review_answers"].insert_all(new_reviews)
            rebuild_review_schedule(self.db, sorted(students))
        return added, len(new_reviews)


def _unseen(records: list[dict[str, Any]], present: set[str]) -> Iterator[dict[str, Any]]:
    """The records whose uid is not in `present`, each once."""
    for record in records:
        if record["uid"] not in present:
            present.add(record["uid"])
            yield record


def _question_row(pack_id: str, position: int, q: Question) -> dict[str, Any]:
    return {
        "pack_id": pack_id, "qid": q.id, "position": position, "type": q.type, "skill": q.skill,
        "prompt": q.prompt, "choices": json.dumps(list(q.choices), ensure_ascii=False),
        "answer": json.dumps(q.answer, ensure_ascii=False), "evidence": q.evidence,
        "evidence_start": q.evidence_start, "evidence_end": q.evidence_end,
        "explanation": q.explanation, "feedback": json.dumps(q.feedback, ensure_ascii=False),
        "tolerance": q.tolerance, "accept": json.dumps(list(q.accept), ensure_ascii=False),
        "template": q.template, "retired": 0,
    }


def _question_from_row(r: dict[str, Any]) -> Question:
    return Question(
        id=r["qid"], type=r["type"], skill=r["skill"], prompt=r["prompt"],
        answer=json.loads(r["answer"]), evidence=r["evidence"], explanation=r["explanation"] or "",
        choices=tuple(json.loads(r["choices"] or "[]")), feedback=json.loads(r["feedback"] or "{}"),
        tolerance=r["tolerance"] or 0.0, accept=tuple(json.loads(r["accept"] or "[]")),
        evidence_start=r["evidence_start"], evidence_end=r["evidence_end"], template=r["template"], key=r["id"],
    )


def _new_uid() -> str:
    # uuid is imported here, not at the top: `quiz generate` never starts an attempt, and
    # importing uuid costs a few milliseconds of every command's start.
    import uuid

    return str(uuid.uuid4())
