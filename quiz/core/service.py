"""The facade the UI and the CLI call. It takes and returns domain objects (domain.py), never rows or SQL."""

from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from quiz.core.article import parse_article
from quiz.core.collector import collector_paused
from quiz.core.domain import (
    DEFAULT_MAX_QUESTIONS, EXPORT_FORMATS, MODES, SKILLS, AnswerResult, Article, Attempt, AttemptSummary, Fact, Pack,
    PackArticle, PackSummary, Progress, Question, ResultsMerge, Review, ReviewProgress, SkillProgress, SkillReview,
    resume_position,
)
from quiz.core.errors import ArticleNeeded, NotFound, PackError, Problem, QuizError
from quiz.core.ordering import question_order, with_choices_shuffled
from quiz.core.scoring import score_response
from quiz.core.store import Store, now as timestamp
from quiz.resources import resource_dir

if TYPE_CHECKING:
    from quiz.core import report
    from quiz.core.interop.moodle import QuestionReader
    from quiz.core.interop.portable import Export

APP_NAME = "evidence-quiz"
# The fields of each answer in `quiz results`: the attempt is its number among the student's
# attempts at the pack (1 for the first).
RESULT_FIELDS = ("student", "pack", "attempt", "mode", "question", "skill", "response", "correct", "score", "time")
PACK_SUFFIXES = (".yaml", ".yml")


class PinCheck(NamedTuple):
    """Whether a PIN was right, and how long until another try is taken."""

    ok: bool
    wait: float  # seconds before the next try is taken


def set_aside(path: str | Path) -> Path:
    """Rename an unreadable database out of the way, keeping it for whoever can rescue it;
    the app then starts a fresh one at `path`. Returns where the old file went."""
    path = Path(path)
    target = path.with_name(f"{path.name}.unreadable-{datetime.now():%Y%m%d-%H%M%S}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.rename(target.with_name(target.name + suffix))
    return target


def default_db_path() -> Path:
    """QUIZ_DB if set, else quiz.db in the platform's per-user data folder."""
    if os.environ.get("QUIZ_DB"):
        return Path(os.environ["QUIZ_DB"])
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "quiz.db"


def export_as(pack: Pack, fmt: str) -> Export:
    """A pack as YAML (article inline), GIFT, Moodle XML or an IMS QTI 2.1 package (bytes):
    the content, a warning per question left out, and what was written (Export.summary)."""
    from quiz.core.interop.portable import Export

    if fmt == "yaml":
        from quiz.core.packs import dump_pack

        return Export(dump_pack(pack), [], len(pack.questions))
    if fmt not in EXPORT_FORMATS:
        raise QuizError(f"unknown export format {fmt!r}; use {', '.join(EXPORT_FORMATS)}")
    from quiz.core.interop.gift import pack_to_gift
    from quiz.core.interop.moodle_xml import pack_to_moodle_xml
    from quiz.core.interop.qti import pack_to_qti

    return {"gift": pack_to_gift, "moodle-xml": pack_to_moodle_xml, "qti": pack_to_qti}[fmt](pack)


# What replacing a stored pack does to the answers given to it (store.save_pack).
REPLACING = (
    "Replacing a pack keeps every answer already given to it: a question whose id the new version "
    "keeps keeps its answers, and a question it leaves out is retired, its answers kept in the results."
)


class ReadPacks(NamedTuple):
    """Packs read from files to import: each pack with its file, and every problem and warning."""

    packs: list[Pack]
    files: list[Path]  # the file of each pack
    problems: list[Problem]
    warnings: list[Problem | str]

    def ids(self) -> list[str]:
        return [pack.id for pack in self.packs]


class StoredPack(NamedTuple):
    """A pack to import whose id a stored pack has already."""

    file: Path
    pack: Pack  # the one in the file
    stored: PackSummary  # the one in the database
    answers: int  # how many answers have been given to the stored one


class Generated(NamedTuple):
    """A generated pack, and the article and facts it was made from."""

    pack: Pack
    article: Article
    facts: list[Fact]


def generate_pack_from_file(
    path: str | Path,
    *,
    title: str = "",
    seed: int = 0,
    max_questions: int = DEFAULT_MAX_QUESTIONS,
    article_file: str | None = None,
) -> Generated:
    """A pack for an article file, made without a database: `quiz generate` writes a file
    and needs none unless it is given one."""
    from quiz.core.inputs import read_article_file

    source = read_article_file(path)
    article = parse_article(source.text, title=source.title)
    return generate_from_article(article, title=title, seed=seed, max_questions=max_questions,
                                 article_file=article_file, name=str(path))


def generate_from_article(
    article: Article,
    *,
    title: str = "",
    seed: int = 0,
    max_questions: int = DEFAULT_MAX_QUESTIONS,
    article_file: str | None = None,
    name: str = "this article",
    progress: Callable[[str], None] = lambda step: None,
) -> Generated:
    """Read an article and write its pack; QuizError, naming what was missing, when there
    is nothing to ask (or the model for reading English is not installed). `progress` hears
    each step: "reading", "facts", "questions"."""
    from quiz.core.english import looks_english

    if not looks_english(article.text):
        raise QuizError(f"{name}: this does not read as English; only English articles are read today")
    from quiz.core.facts import extract_facts  # the reading and the generator load only when used
    from quiz.core.generate import nothing_to_ask, pack_for
    from quiz.core.reading import read

    progress("reading")
    reading = read(article)
    progress("facts")
    facts = extract_facts(reading)
    progress("questions")
    pack = pack_for(article, facts, title=title, file=article_file, seed=seed, max_questions=max_questions)
    if not pack.questions:
        raise QuizError(f"{name}: nothing in this article to ask about: {nothing_to_ask(facts)}")
    return Generated(pack, article, facts.facts)


class QuizService:
    def __init__(self, store: Store):
        self.store = store

    @classmethod
    def open(cls, path: str | Path | None = None, *, seed_content: bool = True) -> "QuizService":
        """Open (or create and migrate) the database; a new one gets the shipped packs."""
        service = cls(Store.open(path or default_db_path()))
        if seed_content and service.store.pack_count() == 0:
            service.import_shipped_packs()
        return service

    @classmethod
    def in_memory(cls) -> "QuizService":
        return cls(Store.memory())

    def close(self) -> None:
        self.store.close()

    # ------------------------------------------------------------ packs

    def import_shipped_packs(self) -> list[Pack]:
        return self.import_pack_files(sorted(resource_dir("questions").glob("*.yaml")))

    def import_pack_files(self, paths: list[str | Path]) -> list[Pack]:
        """Check every file first; store them all in one transaction, or none."""
        from quiz.core.packs import load_packs

        packs, problems, _ = load_packs(paths)
        if problems:
            raise PackError(problems)
        return self.import_packs(packs)

    def read_packs(
        self, paths: list[str | Path], article_path: str | Path | None = None, fmt: str | None = None,
    ) -> ReadPacks:
        """Packs from YAML files, and from files of questions from an LMS (GIFT, Moodle XML,
        QTI, Aiken: read_question_file), each checked: the packs and their files, every
        problem and every warning. Two files with packs of the same id are a problem.
        ArticleNeeded if a file's questions need an article and none is given."""
        from quiz.core.packs import load_pack_with_warnings

        read = ReadPacks([], [], [], [])
        for path in map(Path, paths):
            try:
                if path.suffix.lower() in PACK_SUFFIXES:
                    pack, notes = load_pack_with_warnings(path)
                else:
                    pack, notes = self.read_question_file(path, article_path, fmt)
            except PackError as exc:
                read.problems.extend(exc.problems)
                continue
            if pack.id in read.ids():
                first = read.files[read.ids().index(pack.id)]
                read.problems.append(Problem(
                    str(path), None, "id", f'"{pack.id}" is also the id of the pack in {first}; give one of them another id',
                ))
                continue
            read.packs.append(pack)
            read.files.append(path)
            read.warnings.extend(notes)
        return read

    def already_stored(self, read: ReadPacks) -> list[StoredPack]:
        """The packs read that a pack in this database has the id of: importing them replaces it."""
        stored = {summary.id: summary for summary in self.store.pack_summaries()}
        answers = self.store.answer_counts([p.id for p in read.packs if p.id in stored])
        return [
            StoredPack(file, pack, stored[pack.id], answers.get(pack.id, 0))
            for file, pack in zip(read.files, read.packs) if pack.id in stored
        ]

    def import_packs(self, packs: list[Pack], *, replace: bool = False) -> list[Pack]:
        """Store checked packs in one transaction: all of them, or none. A pack whose id is
        stored already is replaced only with `replace`; see REPLACING."""
        with self.store.db.atomic():
            present = sorted({p.id for p in packs} & self.store.pack_ids()) if not replace else []
            if present:
                raise QuizError(f"already in this database: {', '.join(present)}; nothing imported")
            for pack in packs:
                self.store.save_pack(pack)
        return packs

    def import_pack(self, pack: Pack) -> None:
        self.store.save_pack(pack)

    def export_pack(self, pack_id: str, fmt: str) -> Export:
        """A stored pack in another format (export_as)."""
        return export_as(self.store.load_pack(pack_id), fmt)

    def read_question_file(
        self, path: str | Path, article_path: str | Path | None = None, fmt: str | None = None,
    ) -> tuple[Pack, list[Problem | str]]:
        """A pack from a file of questions from an LMS (question_files.py says which), on the
        article at `article_path`, or else on the article that travelled in the file
        (ArticleNeeded if none did): checked like any pack, and the lines that say what was
        skipped or is missing, each citing the file and the line its question starts on."""
        from quiz.core.generate import slugify
        from quiz.core.inputs import read_article_file
        from quiz.core.interop.question_files import open_question_file
        from quiz.core.packs import dump_pack, read_pack

        path = Path(path)
        opened = open_question_file(path, fmt)
        try:
            source = read_article_file(article_path) if article_path is not None else opened.article()
            if source is None:
                raise ArticleNeeded(path, opened.kind)
            read = opened.read(source.text)
        finally:
            opened.close()
        if not read.questions:
            raise QuizError(f"{path}: no question this app can use was found")
        draft = Pack(
            id=slugify(path.stem, 60) or "imported-questions",
            title=path.stem.replace("-", " ").replace("_", " ").strip().capitalize() or "Imported questions",
            article=PackArticle(text=source.text, title=source.title),
            questions=tuple(read.questions),
        )
        # Through the pack format, so a file from an LMS meets exactly the checks a YAML pack
        # does; what the checks find in that YAML is told of the file's own lines.
        def in_question_file(problems: list[Problem]) -> list[Problem]:
            return [_in_source(problem, path, read) for problem in problems]

        try:
            pack, warnings = read_pack(dump_pack(draft), path.with_suffix(".yaml"))
        except PackError as exc:
            raise PackError(in_question_file(exc.problems)) from None
        return pack, [*read.messages, *in_question_file(warnings)]

    def packs(self) -> list[PackSummary]:
        return self.store.pack_summaries()

    def pack_title(self, pack_id: str) -> str:
        return self.store.pack_title(pack_id)

    def pack(self, pack_id: str) -> Pack:
        return self.store.load_pack(pack_id)

    def article_for(self, pack: Pack) -> Article:
        return parse_article(pack.article.text, title=pack.article.title, source=pack.article.source)

    # ------------------------------------------------------------ generation

    def generate_from_file(
        self,
        path: str | Path,
        *,
        title: str = "",
        seed: int = 0,
        max_questions: int = DEFAULT_MAX_QUESTIONS,
        article_file: str | None = None,
    ) -> Pack:
        """Generate a pack for an article file and store the article and its facts."""
        made = generate_pack_from_file(path, title=title, seed=seed, max_questions=max_questions, article_file=article_file)
        self.store.save_facts(self.store.save_article(made.article), made.facts)
        return made.pack

    # ------------------------------------------------------------ taking a quiz

    def students(self) -> list[str]:
        return self.store.student_names()

    def start_attempt(
        self, student: str, pack_id: str, mode: str = "practice", seed: int | None = None,
        only: list[str] | None = None,
    ) -> Attempt:
        """A new attempt, its questions in an order drawn from `seed` (kept with the attempt);
        `only` limits it to some question ids, as when retrying the ones missed."""
        student = " ".join(student.split())
        if not student:
            raise QuizError("type your name to start")
        if mode not in MODES:
            raise QuizError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}")
        pack = self.store.load_pack(pack_id)
        seed = random.randrange(2**31) if seed is None else seed
        chosen = [q for q in pack.questions if only is None or q.id in only]
        if not chosen:
            raise QuizError("there is no question left to ask")
        questions = question_order(chosen, seed, pack.shuffle)
        order = [q.key for q in questions]
        attempt_id = self.store.create_attempt(self.store.student_id(student), pack_id, mode, seed, order)
        return self._attempt(attempt_id)

    def resume_or_start(self, student: str, pack_id: str, mode: str = "practice") -> Attempt:
        """The student's unfinished attempt at this pack, at its next unanswered question,
        or a new one: closing the app, or a crash, never costs an answer."""
        student_id = self.store.student_id_if_known(" ".join(student.split()))
        if student_id is not None:
            attempt_id = self.store.unfinished_attempt_id(student_id, pack_id)
            if attempt_id is not None:
                return self._attempt(attempt_id)
        return self.start_attempt(student, pack_id, mode)

    def _attempt(self, attempt_id: int) -> Attempt:
        row = self.store.attempt_row(attempt_id)
        pack = self.store.load_pack(row["pack_id"])
        keys = json.loads(row["question_order"])
        by_key = self.store.questions_by_key(keys)
        questions = tuple(
            with_choices_shuffled(by_key[key], row["seed"], pack.shuffle) for key in keys if key in by_key
        )
        answered = list(self.store.answered(attempt_id))  # in the order given
        return Attempt(
            attempt_id, row["student"], row["pack_id"], row["mode"], row["seed"], questions, frozenset(answered),
            answered[-1] if answered else None,
        )

    def answers_of(self, attempt: Attempt | Review) -> list[AnswerResult]:
        """What was answered in an attempt, or in a review, in its order."""
        if isinstance(attempt, Review):
            stored = self.store.review_session_answers(attempt.session)
        else:
            stored = self.store.answered(attempt.id)
        return [
            AnswerResult(q, json.loads(stored[q.key]["response"]), bool(stored[q.key]["correct"]), stored[q.key]["score"])
            for q in attempt.questions if q.key in stored
        ]

    def review_of(self, attempt: Attempt | Review) -> list[AnswerResult]:
        """Every question of an attempt (or a review) in its order, with its answer: a question
        left unanswered has no response and scores nothing, as the attempt's score counts it."""
        given = {result.question.key: result for result in self.answers_of(attempt)}
        return [given.get(q.key) or AnswerResult(q, None, False, 0.0) for q in attempt.questions]

    def history(self, student: str, pack_id: str) -> list[AttemptSummary]:
        """The student's attempts at a pack, newest first."""
        student_id = self.store.student_id_if_known(" ".join(student.split()))
        if student_id is None:
            return []
        return [_summary(row) for row in self.store.attempt_summaries(student_id, pack_id)]

    def best_scores(self, student: str) -> dict[str, int]:
        """The student's best finished score at each pack, in percent."""
        student_id = self.store.student_id_if_known(" ".join(student.split()))
        best: dict[str, int] = {}
        for row in self.store.attempt_summaries(student_id) if student_id is not None else []:
            if row["finished_at"]:
                summary = _summary(row)
                best[row["pack_id"]] = max(best.get(row["pack_id"], 0), summary.percent)
        return best

    def in_progress(self, student: str) -> dict[str, Progress]:
        """Where each of the student's unfinished attempts stopped, by pack: the attempt
        that resume_or_start continues."""
        student_id = self.store.student_id_if_known(" ".join(student.split()))
        found: dict[str, Progress] = {}
        for row in self.store.attempt_summaries(student_id) if student_id is not None else []:
            if row["finished_at"] or row["pack_id"] in found:
                continue
            order = json.loads(row["question_order"])
            answered = list(self.store.answered(row["id"]))
            position = resume_position(order, answered, answered[-1] if answered else None)
            found[row["pack_id"]] = Progress(min(position, len(order) - 1) + 1, len(order), row["mode"])
        return found

    def submit_answer(
        self, attempt: Attempt | Review, question: Question, response: Any, seconds: float | None = None
    ) -> AnswerResult:
        """Score a response and commit it, with the review schedule it moves, before returning.
        In a test, whose answers are shown only at the end, a new answer replaces the
        question's earlier one until the test is finished."""
        scored = score_response(question, response)
        if isinstance(attempt, Review):
            self.store.record_review_answer(
                attempt.session, self.store.student_id(attempt.student), question.key, response, scored.correct,
                scored.score, seconds,
            )
        else:
            self.store.record_answer(
                attempt.id, question.key, response, scored.correct, scored.score, seconds, replace=attempt.mode == "test"
            )
        return AnswerResult(question, response, scored.correct, scored.score)

    def finish_attempt(self, attempt: Attempt | Review) -> AttemptSummary:
        if isinstance(attempt, Review):
            stored = self.store.review_session_answers(attempt.session).values()
            return AttemptSummary(
                0, len(stored), len(attempt.questions), sum(r["score"] for r in stored),
                sum(r["seconds"] or 0.0 for r in stored), attempt.started_at, attempt.mode, True,
            )
        self.store.finish_attempt(attempt.id)
        student_id = self.store.student_id(attempt.student)
        row = next(r for r in self.store.attempt_summaries(student_id, attempt.pack_id) if r["id"] == attempt.id)
        return _summary(row)

    # ------------------------------------------------------------ review

    def review_due(self, student: str) -> int:
        """How many questions the student has due for review today."""
        student_id = self.store.student_id_if_known(" ".join(student.split()))
        if student_id is None:
            return 0
        return self.store.due_count(student_id, self.store.review_today(student_id))

    def start_review(self, student: str, seed: int | None = None) -> Review:
        """The questions the student has due today, mixed across packs, each with its choices
        shuffled as its pack allows; answered, each moves in the schedule (leitner.py)."""
        student = " ".join(student.split())
        student_id = self.store.student_id_if_known(student)
        due = self.store.due_questions(student_id, self.store.review_today(student_id)) if student_id is not None else []
        if not due:
            raise QuizError("nothing is due for review today")
        seed = random.randrange(2**31) if seed is None else seed
        by_key = self.store.questions_by_key([key for key, _, _, _ in due])
        return Review(
            session=_new_session(), student=student,
            questions=tuple(with_choices_shuffled(by_key[key], seed, bool(shuffle)) for key, _, _, shuffle in due),
            packs=tuple(pack for _, pack, _, _ in due), titles={pack: title for _, pack, title, _ in due},
            started_at=timestamp(),
        )

    def review_progress(self, student: str) -> ReviewProgress:
        """The student's review queue per skill, learnt, in review and due today, and the days
        in a row they have reviewed on."""
        from quiz.core.leitner import LEARNT, local_day, parse_stamp, streak

        student_id = self.store.student_id_if_known(" ".join(student.split()))
        if student_id is None:
            return ReviewProgress((), 0)
        today = self.store.review_today(student_id)
        counts: dict[str, list[int]] = {}  # skill -> [learnt, in review, due]
        for skill, box, due_day in self.store.review_places(student_id):
            count = counts.setdefault(skill, [0, 0, 0])
            if box == LEARNT:
                count[0] += 1
            else:
                count[1] += 1
                count[2] += due_day <= today.isoformat()
        days = {local_day(parse_stamp(stamp)) for stamp in self.store.review_stamps(student_id)}
        return ReviewProgress(
            tuple(SkillProgress(skill, *counts[skill]) for skill in _in_skill_order(counts)), streak(days, today)
        )

    def class_review(self, pack_id: str | None = None) -> list[SkillReview]:
        """Per skill, how many questions the class missed and how many of those have since
        been learnt in review (at one pack, or all)."""
        sums = {skill: SkillReview(skill, missed, int(learnt)) for skill, missed, learnt in self.store.class_review_sums(pack_id)}
        return [sums[skill] for skill in _in_skill_order(sums)]

    # ------------------------------------------------------------ teacher

    def teacher_pin_set(self) -> bool:
        return self.store.setting("pin_digest") is not None

    def set_teacher_pin(self, pin: str) -> None:
        from quiz.core.security import hash_pin, pin_problem  # the PIN's modules: not at a student's start-up

        problem = pin_problem(pin)
        if problem:
            raise QuizError(f"choose another PIN: {problem}")
        record = hash_pin(pin)
        self.store.set_settings({"pin_salt": record.salt.hex(), "pin_digest": record.digest.hex(), "pin_failures": "0"})

    def reset_teacher_pin(self) -> bool:
        """Forget the teacher PIN and its wrong tries, for a teacher who forgot it: the next
        opening of the teacher pages asks for a new one. Returns whether a PIN was set."""
        was_set = self.teacher_pin_set()
        self.store.delete_settings(("pin_salt", "pin_digest", "pin_failures", "pin_ready_at"))
        return was_set

    def check_teacher_pin(self, pin: str, now: float | None = None) -> PinCheck:
        """Whether `pin` is right; after a few wrong ones, tries are refused until a wait is over."""
        from quiz.core.security import PinRecord, pin_matches, wait_after

        now = time.time() if now is None else now
        failures = int(self.store.setting("pin_failures") or 0)
        ready_at = float(self.store.setting("pin_ready_at") or 0)
        if now < ready_at:
            return PinCheck(False, ready_at - now)
        salt, digest = self.store.setting("pin_salt"), self.store.setting("pin_digest")
        if salt is None or digest is None:
            return PinCheck(False, 0.0)
        if pin_matches(pin, PinRecord(bytes.fromhex(salt), bytes.fromhex(digest))):
            self.store.set_settings({"pin_failures": "0", "pin_ready_at": "0"})
            return PinCheck(True, 0.0)
        failures += 1
        wait = wait_after(failures)
        self.store.set_settings({"pin_failures": str(failures), "pin_ready_at": str(now + wait)})
        return PinCheck(False, wait)

    def record_template_reviews(self, counts: dict[str, dict[str, int]]) -> None:
        self.store.add_template_reviews(counts)

    def template_stats(self) -> list[tuple[str, int, int, int]]:
        """(template, accepted, edited, rejected) for every template teachers have judged."""
        return self.store.template_reviews()

    # ------------------------------------------------------------ results

    def results(self) -> list[dict[str, Any]]:
        """One row per submitted answer, as RESULT_FIELDS: the response as the app keeps it
        (an evidence answer as character spans), the time in UTC."""
        return [
            {**{field: row[field] for field in RESULT_FIELDS}, "response": json.loads(row["response"]),
             "correct": bool(row["correct"])}
            for row in self.store.answer_rows()
        ]

    def results_for_people(self) -> Iterator[dict[str, Any]]:
        """results() as a person reads them, one row at a time: responses in words (an
        evidence answer as its sentences' numbers and text), correct as true or false, times
        in local time."""
        from quiz.core.readable import local_time, readable_response

        articles: dict[str, Article] = {}
        for row in self.store.answer_rows():
            article = None
            if row["type"] == "evidence":
                if row["article_id"] not in articles:
                    stored = self.store.article_text(row["article_id"])
                    articles[row["article_id"]] = parse_article(stored["text"], title=stored["title"] or "")
                article = articles[row["article_id"]]
            yield {
                **{field: row[field] for field in RESULT_FIELDS},
                "response": readable_response(row["type"], json.loads(row["response"]), article),
                "correct": "true" if row["correct"] else "false", "time": local_time(row["time"]),
            }

    # ------------------------------------------------------------ class report, results from many machines

    def class_report(self, pack_id: str | None = None) -> report.ClassReport:
        """Facility and discrimination per question, the average per skill and each student's
        attempts, over every attempt in this database (at one pack, or all); practice and
        test answers apart (report.py says why)."""
        from quiz.core import report  # only the report needs it; every command's start is spared it

        if pack_id is not None and pack_id not in self.store.pack_ids():
            raise NotFound(f'no pack "{pack_id}" in this database')
        with collector_paused():
            moments = self.store.question_moments(pack_id)
            return report.ClassReport(
                report.stats_from_moments(moments),
                report.skills_from_sums(report.skill_sums(moments)),
                report.students_from_totals(self.store.attempt_totals(pack_id)),
            )

    def export_results(self, path: str | Path) -> int:
        """Write every attempt and answer, and every review answer, of this database to one
        JSON file; returns how many attempts."""
        attempts = self.store.exported_attempts()
        data = {
            "format": RESULTS_FORMAT, "version": RESULTS_VERSION, "exported_at": timestamp(), "attempts": attempts,
            "reviews": self.store.exported_reviews(),
        }
        try:
            Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            raise QuizError(f"{path}: cannot write the results ({exc})") from exc
        return len(attempts)

    def import_results(self, paths: list[str | Path]) -> ResultsMerge:
        """Merge results files written by export_results, in one transaction: all or nothing.

        An attempt or a review answer whose uid is already here (or earlier in these files) is
        skipped; students are matched by name, questions by (pack id, question id). An attempt
        at a pack or question this database lacks is an error that names the file and the
        attempt, and nothing is added; a review answer to such a question is skipped and
        counted, and comes in when the file is imported again after the pack. The review
        schedule is then worked out from the answers (leitner.py), so nothing counts twice."""
        files = [(Path(path), _read_results_file(Path(path))) for path in paths]
        read = [(path, attempt) for path, (attempts, _) in files for attempt in attempts]
        known, seen = self.store.attempt_uids(), set()
        packs, keys = self.store.pack_ids(), self.store.question_keys()
        new, problems = [], []
        for path, attempt in read:
            if attempt["uid"] in known or attempt["uid"] in seen:
                continue
            seen.add(attempt["uid"])
            where = f'{path}: attempt {attempt["uid"]} ({attempt["student"]}, {attempt["started_at"]})'
            pack = attempt["pack"]
            if pack not in packs:
                problems.append(f'{where}: no pack "{pack}" in this database; import the pack first')
                continue
            missing = sorted(
                {q for q in attempt["questions"] if (pack, q) not in keys}
                | {a["question"] for a in attempt["answers"] if (pack, a["question"]) not in keys}
            )
            if missing:
                problems.append(
                    f'{where}: pack "{pack}" here has no question {", ".join(missing)}; import the pack\'s version first'
                )
                continue
            new.append({
                **attempt,
                "question_order": [keys[(pack, q)] for q in attempt["questions"]],
                "answers": [{**a, "question_key": keys[(pack, a["question"])]} for a in attempt["answers"]],
            })
        if problems:
            raise QuizError("nothing imported:\n" + "\n".join(problems))
        reviews = [review for _, (_, in_file) in files for review in in_file]
        known, seen = self.store.review_uids(), set()
        new_reviews, present, skipped = [], 0, 0
        for review in reviews:
            if review["uid"] in known or review["uid"] in seen:
                present += 1
                continue
            seen.add(review["uid"])
            key = keys.get((review["pack"], review["question"]))
            if key is None:
                skipped += 1
                continue
            new_reviews.append({**review, "question_key": key})
        added, reviews_added = self.store.add_results(new, new_reviews) if new or new_reviews else (0, 0)
        return ResultsMerge(added, len(read) - added, reviews_added, present, skipped)


RESULTS_FORMAT = "evidence-quiz-results"
# Version 2 added the review answers; a version 1 file, without them, is read as before.
RESULTS_VERSION = 2
READABLE_RESULTS_VERSIONS = (1, 2)
# About 320 bytes an answer: room for 1.5 million answers, a school's years of results.
MAX_RESULTS_BYTES = 512 * 1024 * 1024


def _in_source(problem: Problem, path: Path, read: QuestionReader) -> Problem:
    """A problem found in the pack format's text of questions read from another file, told
    of that file: the file and line its question starts on there, and the question by its id."""
    index, _, rest = (problem.field or "").removeprefix("questions[").partition("]")
    if not index.isdigit():
        return Problem(str(path), None, problem.field, problem.message)
    number = int(index)
    field = f'question "{read.questions[number].id}"' + (f", {rest.lstrip('.')}" if rest else "")
    return Problem(read.paths[number] or str(path), read.lines[number], field, problem.message)


def _read_results_file(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The attempts and the review answers of a results file, checked field by field; a
    QuizError names what is wrong and where."""
    from quiz.core.inputs import read_text_within

    text = read_text_within(path, MAX_RESULTS_BYTES, "results file")
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise QuizError(f"{path}: cannot read this results file ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != RESULTS_FORMAT or not isinstance(data.get("attempts"), list):
        raise QuizError(f"{path}: not an Evidence Quiz results file (write one with quiz results --export)")
    if data.get("version") not in READABLE_RESULTS_VERSIONS:
        raise QuizError(
            f"{path}: results file version {data.get('version')!r}; this app reads versions "
            f"{', '.join(map(str, READABLE_RESULTS_VERSIONS))}"
        )
    attempts = []
    for number, attempt in enumerate(data["attempts"], 1):
        problem = _attempt_problem(attempt)
        if problem:
            uid = attempt.get("uid") if isinstance(attempt, dict) else None
            raise QuizError(f"{path}: attempt {number}{f' ({uid})' if isinstance(uid, str) else ''}: {problem}")
        attempts.append({**attempt, "student": " ".join(attempt["student"].split())})
    if not isinstance(data.get("reviews", []), list):
        raise QuizError(f'{path}: "reviews" must be a list')
    reviews = []
    for number, review in enumerate(data.get("reviews", []), 1):
        problem = _review_problem(review)
        if problem:
            uid = review.get("uid") if isinstance(review, dict) else None
            raise QuizError(f"{path}: review answer {number}{f' ({uid})' if isinstance(uid, str) else ''}: {problem}")
        reviews.append({**review, "student": " ".join(review["student"].split())})
    return attempts, reviews


def _text_problem(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """What is wrong with the text fields `names` of an attempt or a review answer, if anything."""
    for name in names:
        if not isinstance(record.get(name), str) or not record[name].strip():
            return f'"{name}" must be a non-empty string'
    # A name typed into the app never holds a control character; one in a file is damage or mischief.
    if any(char < " " or "\x7f" <= char < "\xa0" for char in record["student"]):
        return '"student" must be a name, without control characters'
    return None


def _answer_problem(answer: dict[str, Any], which: str) -> str | None:
    """What is wrong with an answer (`which` names it), if anything."""
    score = answer.get("score")
    if not isinstance(score, (int, float)) or isinstance(score, bool) or not 0 <= score <= 1:
        return f'{which} needs a "score" from 0 to 1'
    if not isinstance(answer.get("correct"), bool) or not isinstance(answer.get("answered_at"), str):
        return f'{which} needs "correct" (true or false) and "answered_at"'
    try:
        datetime.fromisoformat(answer["answered_at"])
    except ValueError:
        return f'{which} has an "answered_at" that is not a time (ISO 8601, as 2026-03-02T10:15:00+00:00)'
    if "response" not in answer:
        return f'{which} has no "response"'
    seconds = answer.get("seconds")
    if seconds is not None and (not isinstance(seconds, (int, float)) or isinstance(seconds, bool)):
        return f'{which} has "seconds" that is not a number'
    return None


def _attempt_problem(attempt: Any) -> str | None:
    if not isinstance(attempt, dict):
        return "not an object"
    problem = _text_problem(attempt, ("uid", "student", "pack", "mode", "started_at"))
    if problem:
        return problem
    if attempt.get("finished_at") is not None and not isinstance(attempt["finished_at"], str):
        return '"finished_at" must be a string or null'
    if not isinstance(attempt.get("seed"), int) or isinstance(attempt["seed"], bool):
        return '"seed" must be a whole number'
    if not isinstance(attempt.get("questions"), list) or not all(isinstance(q, str) for q in attempt["questions"]):
        return '"questions" must be a list of question ids'
    if not isinstance(attempt.get("answers"), list):
        return '"answers" must be a list'
    answered = set()
    for answer in attempt["answers"]:
        if not isinstance(answer, dict) or not isinstance(answer.get("question"), str):
            return 'every answer needs a "question" id'
        if answer["question"] in answered:
            return f'question {answer["question"]} is answered twice'
        answered.add(answer["question"])
        problem = _answer_problem(answer, f'the answer to {answer["question"]}')
        if problem:
            return problem
    return None


def _review_problem(review: Any) -> str | None:
    if not isinstance(review, dict):
        return "not an object"
    return _text_problem(review, ("uid", "session", "student", "pack", "question")) or _answer_problem(review, "the answer")


def _in_skill_order(skills) -> list[str]:
    """The skills given, those of SKILLS first in its order, then any other by name."""
    return sorted(skills, key=lambda skill: (SKILLS.index(skill) if skill in SKILLS else len(SKILLS), skill))


def _new_session() -> str:
    import uuid  # as store._new_uid: only once a review starts

    return str(uuid.uuid4())


def _summary(row: dict[str, Any]) -> AttemptSummary:
    return AttemptSummary(
        attempt_id=row["id"],
        answered=row["answered"],
        total=len(json.loads(row["question_order"])),
        score=row["score"],
        seconds=row["seconds"] or 0.0,
        started_at=row["started_at"],
        mode=row["mode"],
        finished=bool(row["finished_at"]),
    )
