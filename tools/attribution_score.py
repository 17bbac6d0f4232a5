"""Who-said-what against the hand-made answer key in tests/data/attribution/: the share of
marked quotes and reported statements whose speaker the facts give right, counted as that
folder's README says. Used by the test that holds the figure and by `make bench`.

usage: python tools/attribution_score.py [--misses]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "attribution"
ARTICLE_DIRS = (ROOT / "tests" / "data" / "articles", ROOT / "seeds")


class Score(NamedTuple):
    right: int
    total: int
    misses: list[str]

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 0.0


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("’", "'").replace("‘", "'")).strip().lower()


def score_article(items: list[dict], text: str, quotes: list[dict], name: str = "") -> Score:
    """Score one article's quote facts (as `quiz facts` gives them) against its items."""
    right, total, misses = 0, 0, []
    for item in items:
        at = text.find(item["quote"])
        if at < 0:
            continue
        q0, q1 = at, at + len(item["quote"])
        total += 1
        best, best_overlap = None, 0
        for fact in quotes:
            overlap = min(q1, fact["end"]) - max(q0, fact["start"])
            if overlap > best_overlap:
                best, best_overlap = fact, overlap
        ok = False
        if best is not None and best_overlap >= 0.5 * (q1 - q0):
            speaker = best.get("speaker") or {}
            if item.get("named"):
                last = _norm(item.get("speaker")).split(" ")[-1] if item.get("speaker") else ""
                ok = bool(speaker.get("named")) and bool(last) and last in _norm(speaker.get("name"))
            else:
                ok = speaker.get("named") is False
        right += ok
        if not ok:
            got = (best or {}).get("speaker") or {}
            misses.append(f"{name}: {item['quote'][:50]!r}: key {item.get('speaker') or item.get('description')!r}, "
                          f"read {got.get('name') or got.get('description')!r}")
    return Score(right, total, misses)


def score_all() -> Score:
    """Read every article of the key with the app's own reading and score it."""
    import yaml

    from quiz.core.article import parse_article
    from quiz.core.facts import read_facts
    from quiz.core.facts.report import fact_json
    from quiz.core.inputs import read_article_file

    right = total = 0
    misses: list[str] = []
    for gold_path in sorted(GOLD.glob("*.yaml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        path = next(d / gold["article"] for d in ARTICLE_DIRS if (d / gold["article"]).exists())
        source = read_article_file(path)
        article = parse_article(source.text, title=source.title)
        quotes = [fact_json(f) for f in read_facts(article).facts if f.kind == "quote"]
        result = score_article(gold.get("items") or [], article.text, quotes, gold_path.stem)
        right, total, misses = right + result.right, total + result.total, misses + result.misses
    return Score(right, total, misses)


if __name__ == "__main__":
    score = score_all()
    if "--misses" in sys.argv:
        print("\n".join(score.misses))
    print(f"who said what: {score.right}/{score.total} = {score.rate:.0%} right")
