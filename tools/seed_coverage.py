"""How many of an article's key facts a pack covers, as `tests/data/seed_facts.yaml` defines
"covers": a question of the fact's skill whose evidence overlaps the fact's evidence span and
is no longer than about two sentences. Whether the question also tests the fact's point is
left to the reviewer; this counts the rest, and lists the facts no question covers.

    .venv/bin/python tools/seed_coverage.py questions/guard-troops-generated.yaml
    .venv/bin/python tools/seed_coverage.py --facts tests/data/seed_facts.yaml PACK.yaml
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.core.packs import load_pack  # noqa: E402

# "About two sentences": a passage of three or more sentences shows the student more than the fact.
MAX_SENTENCES = 2
SENTENCE_END = re.compile(r"[.!?][”’\"]?\s+(?=[“\"A-Z])")


def sentences_in(text: str) -> int:
    return len(SENTENCE_END.findall(text.strip())) + 1


def overlaps(article: str, a: str, b: str) -> bool:
    """Whether two verbatim passages of the article share any of its text."""
    start_a, start_b = article.find(a), article.find(b)
    if start_a < 0 or start_b < 0:
        return False
    return start_a < start_b + len(b) and start_b < start_a + len(a)


def coverage(facts_path: Path, pack_path: Path) -> tuple[list[str], list[str]]:
    """The ids of the facts the pack covers, and of those it does not."""
    spec = yaml.safe_load(facts_path.read_text(encoding="utf-8"))
    article = (ROOT / spec["article"]).read_text(encoding="utf-8")
    pack = load_pack(pack_path)
    covered, missed = [], []
    for fact in spec["facts"]:
        if any(q.skill == fact["skill"] and sentences_in(q.evidence) <= MAX_SENTENCES
               and overlaps(article, q.evidence, fact["evidence"]) for q in pack.questions):
            covered.append(fact["id"])
        else:
            missed.append(fact["id"])
    return covered, missed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pack", type=Path)
    parser.add_argument("--facts", type=Path, default=ROOT / "tests" / "data" / "seed_facts.yaml")
    args = parser.parse_args()
    covered, missed = coverage(args.facts, args.pack)
    total = len(covered) + len(missed)
    print(f"{args.pack}: {len(covered)} of {total} facts covered")
    for fact_id in missed:
        print(f"  not covered: {fact_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
