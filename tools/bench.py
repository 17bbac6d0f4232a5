"""`make bench`: speed figures, printed. Tests assert behaviour; this file measures time.

- who said what: the share of the attribution answer key the facts get right (target 90%);
- in process, with the English pipeline loaded: reading the facts and writing the
  questions of a 1,500-word article, against spaCy's own parse of it (target: at most
  0.5 times the parse);
- a whole `quiz generate` of the seed article against the floor of our stack, a process
  that imports spaCy, PyYAML and sqlite-utils, loads the pipeline and parses one word
  (target: at most 1.2 times the floor);
- the app's memory after the New quiz page has generated a pack (tools/app_memory.py;
  target: under 400 MB);
- the app's cold start to its first question painted, against a bare PySide6 window
  painting one label (tools/cold_start_floor.py; target: under 1.3 times the floor).

Both processes run as the `quiz` command that pip installed beside this Python, as
`make run` runs it.
"""

from __future__ import annotations

import compileall
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.core.article import parse_article  # noqa: E402
from quiz.core.facts import extract_facts  # noqa: E402
from quiz.core.generate import pack_for  # noqa: E402
from quiz.core.reading import MODEL_PACKAGES, pipeline, read  # noqa: E402
from tools.attribution_score import score_all  # noqa: E402

QUIZ = str(Path(sys.executable).parent / "quiz")
SEED = ROOT / "seeds" / "000_94daa0f9409ebe00.txt"
ARTICLES = ROOT / "tests" / "data" / "articles"


def long_article(words: int = 1500) -> str:
    """Real paragraphs from the development articles, up to `words` words."""
    paragraphs = []
    for path in sorted(ARTICLES.glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    out, count = [], 0
    for paragraph in paragraphs:
        if count >= words:
            break
        out.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(out)


def model_package() -> str:
    """The package of the English pipeline the app loads: the first of its choices installed."""
    return next(name for name in MODEL_PACKAGES if importlib.util.find_spec(name))


def best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def process_times(commands: list[list[str]], runs: int = 15, env: dict | None = None) -> list[float]:
    """The fastest of `runs` runs of each command, run in turn so that load on the
    machine falls on all of them alike."""
    best = [float("inf")] * len(commands)
    for _ in range(runs):
        for index, args in enumerate(commands):
            started = time.perf_counter()
            subprocess.run(args, check=True, capture_output=True, cwd=ROOT, env=env)
            best[index] = min(best[index], time.perf_counter() - started)
    return best


def main() -> int:
    # An installed app runs from byte-compiled modules, as pip leaves the stack's own
    # packages; compile ours too, since this checkout may be set not to write them.
    compileall.compile_dir(str(ROOT / "quiz"), quiet=1)
    score = score_all()
    print(f"who said what (tests/data/attribution): {score.right}/{score.total} = {score.rate:.1%}   (target >= 90%)")

    nlp = pipeline()
    article = parse_article(long_article())
    reading = read(article)  # warm the caches, as a running app would have
    parse = best_of(5, lambda: nlp(article.text))
    read_all = best_of(5, lambda: read(article))
    facts = best_of(5, lambda: extract_facts(reading))
    found = extract_facts(reading)
    questions = best_of(5, lambda: pack_for(article, found))
    ours = max(read_all - parse, 0.0) + facts + questions  # our records of the parse, the facts, the questions
    print(f"spaCy's parse of a {len(article.text.split()):,}-word article: {parse * 1000:7.1f} ms")
    print(f"  our reading of the parse, the facts and the questions: {ours * 1000:7.1f} ms   "
          f"({ours / parse:.2f}x the parse; target <= 0.5x)")

    model = model_package()
    floor_code = f"import spacy, yaml, sqlite_utils; spacy.load({model!r})('word')"
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        generate = [QUIZ, "generate", str(SEED), "--db", db]
        subprocess.run(generate, check=True, capture_output=True)  # create the database first
        floor, whole = process_times([[sys.executable, "-c", floor_code], generate], runs=5)
    print(f"floor: import spacy, yaml, sqlite_utils; load {model}; parse one word: {floor * 1000:7.1f} ms   (fastest of 5)")
    print(f"quiz generate of the seed article: {whole * 1000:7.1f} ms   ({whole / floor:.2f}x the floor; target <= 1.2x)")

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    memory = subprocess.run([sys.executable, str(ROOT / "tools" / "app_memory.py")], check=True,
                            capture_output=True, text=True, env=env).stdout.strip()
    print(f"app memory after generating on the New quiz page: {memory}   (target < 400 MB)")

    # Cold start: the app to its first question painted, against a window painting one label.
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "start.db")
        app = [QUIZ, "--db", db, "--quit-after-first-question"]
        subprocess.run(app, check=True, capture_output=True, env=env)  # create and fill the database first
        floor = [sys.executable, str(ROOT / "tools" / "cold_start_floor.py")]
        floor_gui, app_gui = process_times([floor, app], runs=25, env=env)
    print(f"floor: a PySide6 window painting one label: {floor_gui * 1000:7.1f} ms   (fastest of 25)")
    print(f"quiz to its first question painted: {app_gui * 1000:7.1f} ms   ({app_gui / floor_gui:.2f}x the floor; target < 1.3x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
