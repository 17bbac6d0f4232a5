"""`make bench`, part two: speed at school scale, printed as a table from 1x to 100x.

100x is 1,000 packs, 100,000 questions and 1,000,000 answers, with the reviews of the
questions missed. Targets at 100x: importing a 10,000-question pack under 2 s, the next
question shown under 5 ms, `quiz report` over all answers under 1 s, the results view
opening under 300 ms, the GUI's memory under 250 MB, and for one student, counting the
questions due for review under 20 ms and serving the next due question under 5 ms. Tests
assert behaviour; this script measures time.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlite_utils import Database  # noqa: E402

from quiz.core.leitner import INTERVALS  # noqa: E402
from quiz.core.migrations import rebuild_report_sums, rebuild_review_schedule  # noqa: E402
from quiz.core.packs import dump_pack, load_pack  # noqa: E402
from quiz.core.service import QuizService  # noqa: E402

SEED_PACK = ROOT / "questions" / "guard-troops-generated.yaml"
SCALES = {"1x": 1, "10x": 10, "100x": 100}
TARGETS = {"import 10,000 questions": "< 2 s", "next question": "< 5 ms", "quiz report": "< 1 s",
           "results view": "< 300 ms", "class results page": "(no target set)", "GUI memory": "< 250 MB",
           "review answers": "(the data)", "count due": "< 20 ms", "next due question": "< 5 ms",
           "review answer saved": "(no target set)"}
# The student whose review is measured (row id 2 in the data built below).
REVIEWER = "Student 1"


def build_database(path: Path, scale: int) -> str:
    """scale x (10 packs, 1,000 questions, 10,000 answers), written straight into SQLite."""
    service = QuizService.open(path, seed_content=False)
    template = load_pack(SEED_PACK)
    service.import_pack(template)
    service.close()
    db = sqlite3.connect(path)
    row = db.execute("select * from questions where pack_id = ? order by position", [template.id]).fetchall()
    columns = [d[0] for d in db.execute("select * from questions limit 0").description]
    pack_row = db.execute("select * from packs where id = ?", [template.id]).fetchone()
    pack_columns = [d[0] for d in db.execute("select * from packs limit 0").description]
    packs, per_pack = 10 * scale, 100
    question_ids: dict[str, list[int]] = {}
    next_id = db.execute("select max(id) from questions").fetchone()[0] + 1
    for p in range(packs):
        pack_id = f"pack-{p:04d}"
        values = dict(zip(pack_columns, pack_row)) | {"id": pack_id, "title": f"Pack {p}"}
        db.execute(f"insert into packs ({', '.join(values)}) values ({', '.join('?' * len(values))})", list(values.values()))
        rows = []
        for q in range(per_pack):
            values = dict(zip(columns, row[q % len(row)])) | {"id": next_id, "pack_id": pack_id, "qid": f"q{q}", "position": q}
            rows.append(list(values.values()))
            question_ids.setdefault(pack_id, []).append(next_id)
            next_id += 1
        db.executemany(f"insert into questions ({', '.join(columns)}) values ({', '.join('?' * len(columns))})", rows)
    students = 100 * scale
    db.executemany("insert into students (id, name, created_at) values (?, ?, '2026-01-01')",
                   [(s + 1, f"Student {s}") for s in range(students)])
    rng = random.Random(1)
    now = datetime.now(timezone.utc)
    attempts = 10_000 * scale // per_pack
    attempt_columns = [d[0] for d in db.execute("select * from attempts limit 0").description]
    answer_rows, review_rows = [], []
    for a in range(attempts):
        pack_id = f"pack-{a % packs:04d}"
        # REVIEWER takes the attempts of the first ten students: ten packs, as a student of a
        # school of 1,000 would at 100x, and so ten packs' misses to review.
        student = 2 if a % students < 10 else a % students + 1
        # Attempts over the last 90 days, so that the reviews of their misses are spread out.
        taken = now - timedelta(days=a % 90, hours=rng.randrange(8))
        values = {"id": a + 1, "student_id": student, "pack_id": pack_id, "mode": "practice", "seed": a,
                  "question_order": json.dumps(question_ids[pack_id]), "started_at": taken.isoformat(timespec="seconds"),
                  "finished_at": (taken + timedelta(minutes=20)).isoformat(timespec="seconds")}
        if "uid" in attempt_columns:
            values["uid"] = f"bench-{a}"
        db.execute(f"insert into attempts ({', '.join(values)}) values ({', '.join('?' * len(values))})", list(values.values()))
        for key in question_ids[pack_id]:
            right = rng.random() < 0.7
            answer_rows.append((a + 1, key, '"x"', int(right), float(right), taken.isoformat(timespec="seconds"), 10.0))
            if not right:
                review_rows += reviews_of_a_miss(rng, student, key, taken, now)
    # A million answers one trigger at a time would take minutes: load them, then sum once.
    db.execute("drop trigger answers_keep_report_sums")
    db.executemany("insert into answers (attempt_id, question_id, response, correct, score, answered_at, seconds) "
                   "values (?, ?, ?, ?, ?, ?, ?)", answer_rows)
    db.executemany("insert into review_answers (uid, session, student_id, question_id, response, correct, score, "
                   "answered_at, seconds) values (?, ?, ?, ?, '\"x\"', ?, ?, ?, 8.0)", review_rows)
    db.commit()
    db.close()
    rebuilt = Database(path)
    with rebuilt.atomic():
        rebuild_report_sums(rebuilt)
        rebuild_review_schedule(rebuilt)
    rebuilt.close()
    return "pack-0000"


def reviews_of_a_miss(rng: random.Random, student: int, key: int, missed: datetime, now: datetime) -> list[tuple]:
    """The reviews a student gave a question missed at `missed`: most students review it on
    or soon after each day it is due, right four times in five, until they stop (some never
    start); none after `now`."""
    rows, box, when = [], 1, missed
    for _ in range(rng.choice((0, 1, 2, 3, 4, 6, 8))):
        when += timedelta(days=INTERVALS[box - 1] + rng.choice((0, 0, 1, 2)))
        if when > now:
            break
        right = rng.random() < 0.8
        rows.append((f"bench-{student}-{key}-{len(rows)}", f"bench-{student}-{when:%j}", student, key, int(right),
                     float(right), when.isoformat(timespec="seconds")))
        if not right:
            box = 1
        elif box == len(INTERVALS):
            break
        else:
            box += 1
    return rows


def big_pack_file(folder: Path) -> Path:
    template = load_pack(SEED_PACK)
    questions = [q.__class__(**{**q.__dict__, "id": f"{q.id}-{n}", "key": None})
                 for n in range(10_000 // len(template.questions) + 1) for q in template.questions][:10_000]
    pack = template.__class__(**{**template.__dict__, "id": "ten-thousand", "title": "Ten thousand", "questions": tuple(questions)})
    path = folder / "big.yaml"
    path.write_text(dump_pack(pack), encoding="utf-8")
    return path


def timed(action, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best


GUI_PROBE = r"""
import sys, time
sys.path.insert(0, ".")
from tests.support import right_answer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from quiz.core.service import QuizService
from quiz.ui.app import build_main_window
service = QuizService.open(sys.argv[1])
window = build_main_window(service)
window.show()
attempt = service.start_attempt("Bench", sys.argv[2])
view = window.quiz_view
view.start(attempt, service.article_for(service.pack(attempt.pack_id)), "Bench")
app.processEvents()
times = []
for question in attempt.questions[:40]:
    view.input.pick(0) if hasattr(view.input, "pick") else None
    started = time.perf_counter()
    service.submit_answer(attempt, question, right_answer(question))
    view.index += 1
    view.show_question()
    app.processEvents()
    times.append(time.perf_counter() - started)
started = time.perf_counter()
history = service.history("Student 1", sys.argv[2])
summary = service.finish_attempt(attempt)
window.results_view.show_summary(summary, service.answers_of(attempt), view.article, history)
window.stack.setCurrentWidget(window.results_view)
app.processEvents()
results_view = time.perf_counter() - started
# The teacher's class results, all packs, as the tab first shows them.
from quiz.ui.class_results_view import ClassResultsView
started = time.perf_counter()
class_view = ClassResultsView(service)
class_view.set_packs()
class_view.show()
app.processEvents()
class_results = time.perf_counter() - started
# The peak resident memory of this process (VmHWM: ru_maxrss would count the parent's, kept across exec).
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(sorted(times)[len(times) // 2], results_view, class_results, peak / 1024)
"""


def median(action, repeat: int = 25) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return sorted(times)[repeat // 2]


def measure_review(service: QuizService) -> dict[str, str]:
    """For one student, as the start page and the review page ask: how many questions are
    due (asked for every name typed); the next due question, as Review now serves it (every
    question due found, mixed across packs and loaded: the page then serves one after
    another from them); and a review answer committed with the schedule it moves."""
    due = service.review_due(REVIEWER)
    count_s = median(lambda: service.review_due(REVIEWER))
    next_s = median(lambda: service.start_review(REVIEWER, seed=0).questions[0])
    review = service.start_review(REVIEWER, seed=0)
    question = review.questions[0]
    saved_s = median(lambda: service.submit_answer(review, question, '"x"'), repeat=5)
    reviews = service.store.db.execute("select count(*) from review_answers").fetchone()[0]
    return {
        "review answers": f"{reviews:,}",
        "count due": f"{count_s * 1000:.2f} ms ({due})",
        "next due question": f"{next_s * 1000:.2f} ms",
        "review answer saved": f"{saved_s * 1000:.2f} ms",
    }


def measure(scale: int, folder: Path) -> dict[str, str]:
    db = folder / f"scale-{scale}.db"
    pack_id = build_database(db, scale)
    big = big_pack_file(folder)
    service = QuizService.open(db)
    review = measure_review(service)
    import_s = timed(lambda: service.import_pack_files([big]))
    service.close()
    report_s = timed(lambda: subprocess.run([sys.executable, "-m", "quiz", "report", "--db", str(db)],
                                            check=True, capture_output=True, cwd=ROOT), repeat=3)
    probe = subprocess.run([sys.executable, "-c", GUI_PROBE, str(db), pack_id], capture_output=True,
                           text=True, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if probe.returncode:
        raise SystemExit(f"the GUI probe failed:\n{probe.stderr}")
    next_s, results_s, class_s, memory_mb = map(float, probe.stdout.split()[-4:])
    return {
        "import 10,000 questions": f"{import_s:.2f} s",
        "next question": f"{next_s * 1000:.1f} ms",
        "quiz report": f"{report_s:.2f} s",
        "results view": f"{results_s * 1000:.0f} ms",
        "class results page": f"{class_s:.2f} s",
        "GUI memory": f"{memory_mb:.0f} MB",
        **review,
    }


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        rows = {name: measure(scale, Path(tmp)) for name, scale in SCALES.items()}
    width = max(map(len, TARGETS)) + 2
    print("\nschool scale: 1x = 10 packs, 1,000 questions, 10,000 answers; 100x = 1,000 packs, 100,000 questions, "
          f"1,000,000 answers; review figures for {REVIEWER} (questions due in brackets)")
    print("".ljust(width) + "".join(name.rjust(16) for name in SCALES) + "   target at 100x")
    for figure, target in TARGETS.items():
        print(figure.ljust(width) + "".join(rows[name][figure].rjust(16) for name in SCALES) + f"   {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
