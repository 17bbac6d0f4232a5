"""`make bench`: speed figures, printed. Tests assert behaviour; this file measures time.

- generating the seed pack in process (target: under 30 ms);
- a whole `quiz generate` process against the floor of our stack, a bare
  `python -c "import yaml, sqlite_utils"` (target: under 1.5 times the floor).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.core.generate import generate_pack  # noqa: E402

SEED = ROOT / "seeds" / "000_94daa0f9409ebe00.txt"


def best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def median_process_time(args: list[str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(args, check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    text = SEED.read_text(encoding="utf-8")
    generate_pack(text)  # warm the regex caches, as a running app would have
    seed_ms = best_of(20, lambda: generate_pack(text)) * 1000
    print(f"generate seed pack in process:   {seed_ms:7.1f} ms   (target < 30 ms)")

    with tempfile.TemporaryDirectory() as tmp:
        floor = median_process_time([sys.executable, "-c", "import yaml, sqlite_utils"])
        db = str(Path(tmp) / "bench.db")
        subprocess.run([sys.executable, "-m", "quiz", "generate", str(SEED), "--db", db], check=True, capture_output=True)
        whole = median_process_time([sys.executable, "-m", "quiz", "generate", str(SEED), "--db", db])
    print(f"floor: python -c 'import yaml, sqlite_utils': {floor * 1000:7.1f} ms")
    print(f"quiz generate process:           {whole * 1000:7.1f} ms   ({whole / floor:.2f}x the floor; target < 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
