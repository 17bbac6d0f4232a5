"""`make bench`: speed figures, printed. Tests assert behaviour; this file measures time.

- generating the seed pack in process (target: under 30 ms);
- generating for a 1,500-word article in process (target: under 100 ms);
- a whole `quiz generate` process against the floor of our stack, a bare
  `python -c "import yaml, sqlite_utils"` (target: under 1.5 times the floor);
- the app's cold start to its first question painted, against a bare PySide6 window
  painting one label (tools/cold_start_floor.py; target: under 1.3 times the floor).

Both processes run as the `quiz` command that pip installed beside this Python, as
`make run` runs it.
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.core.generate import generate_pack  # noqa: E402

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
    text = SEED.read_text(encoding="utf-8")
    generate_pack(text)  # warm the regex caches, as a running app would have
    seed_ms = best_of(20, lambda: generate_pack(text)) * 1000
    print(f"generate seed pack in process:   {seed_ms:7.1f} ms   (target < 30 ms)")
    article = long_article()
    long_ms = best_of(10, lambda: generate_pack(article)) * 1000
    print(f"generate {len(article.split()):,}-word article:    {long_ms:7.1f} ms   (target < 100 ms)")

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        generate = [QUIZ, "generate", str(SEED), "--db", db]
        subprocess.run(generate, check=True, capture_output=True)  # create the database first
        floor, whole = process_times([[sys.executable, "-c", "import yaml, sqlite_utils"], generate])
    print(f"floor: python -c 'import yaml, sqlite_utils': {floor * 1000:7.1f} ms   (fastest of 15)")
    print(f"quiz generate process:           {whole * 1000:7.1f} ms   ({whole / floor:.2f}x the floor; target < 1.5x)")

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
