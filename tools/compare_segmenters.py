"""Compare sentence splitters on hand-checked paragraphs.

    .venv/bin/python tools/compare_segmenters.py [--markdown] [--errors NAME ...] [--gold PATH]

Scores our splitter (quiz.core.article.parse_article) and, when they are installed, pysbd,
blingfire and syntok against tests/data/segmentation_gold.txt. For each splitter it prints
boundary precision, recall and F1 (a boundary is where a sentence other than a paragraph's
first one starts), exact-paragraph accuracy (every sentence of the paragraph right), the
same accuracy per group of the gold file, and milliseconds per 1,000 gold sentences. Then it
lists our splitter's errors (and those of any splitter named with --errors).

The other libraries are optional and are not project dependencies; a missing one is
skipped with a message, and the script still exits 0. It makes no network calls.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "tests" / "data" / "segmentation_gold.txt"
_HEADER = re.compile(r"^\[(?P<id>[^\]]+)\]\s+(?P<group>\w+):\s*(?P<note>.*)$")
_SOURCE = re.compile(r"source:\s*(?P<path>\S+)")

Spans = list[tuple[int, int]]


@dataclass
class Case:
    id: str
    group: str
    note: str
    sentences: list[str]

    @property
    def text(self) -> str:
        return " ".join(self.sentences)

    @property
    def source(self) -> str | None:
        match = _SOURCE.search(self.note)
        return match.group("path") if match else None


def load_gold(path: Path) -> list[Case]:
    cases: list[Case] = []
    current: Case | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            continue
        if not line.strip():
            current = None
            continue
        header = _HEADER.match(line)
        if header:
            current = Case(header["id"], header["group"], header["note"], [])
            cases.append(current)
        elif current is None:
            raise SystemExit(f"{path}:{number}: a sentence outside a block (start blocks with [id] group: note)")
        else:
            current.sentences.append(line)
    ids = [case.id for case in cases]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise SystemExit(f"{path}: duplicate ids {sorted(duplicates)}")
    return cases


def check_sources(cases: list[Case]) -> list[str]:
    """Each sourced paragraph must appear verbatim in its file (skipped if the file is absent)."""
    notes = []
    for case in cases:
        if case.source is None:
            continue
        file = (ROOT / case.source).resolve()
        if not file.exists():
            notes.append(f"note: {case.id}: {case.source} is not here, so its text was not checked")
            continue
        paragraphs = {line.strip() for line in file.read_text(encoding="utf-8").splitlines()}
        if case.text not in paragraphs:
            raise SystemExit(f"gold {case.id}: not a paragraph of {case.source} as written")
    return notes


# ---------------------------------------------------------------- splitters


def _trimmed(text: str, spans: Spans) -> Spans:
    out = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((start, end))
    return out


def _locate(text: str, pieces: list[str]) -> Spans:
    """Spans of `pieces` found in order in `text` (for libraries that return strings)."""
    spans, at = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, at)
        if found < 0:
            raise ValueError(f"splitter changed the text: {piece!r} is not in {text!r}")
        spans.append((found, found + len(piece)))
        at = found + len(piece)
    return spans


def ours() -> Callable[[str], Spans]:
    from quiz.core.article import parse_article

    return lambda text: [(s.start, s.end) for s in parse_article(text).sentences]


def pysbd_splitter() -> Callable[[str], Spans]:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda text: _locate(text, segmenter.segment(text))


def blingfire_splitter() -> Callable[[str], Spans]:
    import blingfire

    return lambda text: list(blingfire.text_to_sentences_and_offsets(text)[1])


def syntok_splitter() -> Callable[[str], Spans]:
    import syntok.segmenter

    def split(text: str) -> Spans:
        spans = []
        for paragraph in syntok.segmenter.analyze(text):
            for sentence in paragraph:
                last = sentence[-1]
                spans.append((sentence[0].offset, last.offset + len(last.value)))
        return spans

    return split


SPLITTERS: dict[str, tuple[str, Callable[[], Callable[[str], Spans]]]] = {
    "ours": ("quiz.core.article", ours),
    "pysbd": ("pysbd", pysbd_splitter),
    "blingfire": ("blingfire", blingfire_splitter),
    "syntok": ("syntok", syntok_splitter),
}


# ---------------------------------------------------------------- scoring


@dataclass
class Result:
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact: dict[str, list[bool]] = field(default_factory=dict)
    errors: list[tuple[Case, list[str]]] = field(default_factory=list)
    ms_per_1000: float = 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, group: str | None = None) -> tuple[int, int]:
        flags = [f for g, fs in self.exact.items() if group in (None, g) for f in fs]
        return sum(flags), len(flags)


def gold_spans(case: Case) -> Spans:
    return _locate(case.text, case.sentences)


def boundaries(spans: Spans) -> set[int]:
    """Where each sentence after the first one starts."""
    return {start for start, _ in spans[1:]}


def score(name: str, split: Callable[[str], Spans], cases: list[Case]) -> Result:
    result = Result(name)
    for case in cases:
        text = case.text
        got = _trimmed(text, split(text))
        want = gold_spans(case)
        got_b, want_b = boundaries(got), boundaries(want)
        result.tp += len(got_b & want_b)
        result.fp += len(got_b - want_b)
        result.fn += len(want_b - got_b)
        right = got == want
        result.exact.setdefault(case.group, []).append(right)
        if not right:
            result.errors.append((case, [text[s:e] for s, e in got]))
    return result


def time_it(split: Callable[[str], Spans], cases: list[Case], budget: float = 0.5) -> float:
    """Milliseconds per 1,000 gold sentences, from repeated passes over the gold paragraphs."""
    texts = [case.text for case in cases]
    sentences = sum(len(case.sentences) for case in cases)
    passes, elapsed = 0, 0.0
    while elapsed < budget or passes < 3:
        began = time.perf_counter()
        for text in texts:
            split(text)
        elapsed += time.perf_counter() - began
        passes += 1
    return 1000 * elapsed / passes / sentences * 1000


# ---------------------------------------------------------------- output


def table(results: list[Result], groups: list[str], markdown: bool) -> str:
    heads = ["splitter", "precision", "recall", "F1", "exact paragraphs"]
    heads += [f"exact: {g}" for g in groups] + ["ms / 1,000 sentences"]
    rows = []
    for r in results:
        right, total = r.accuracy()
        row = [r.name, f"{r.precision:.3f}", f"{r.recall:.3f}", f"{r.f1:.3f}", f"{right}/{total} ({right / total:.0%})"]
        for group in groups:
            g_right, g_total = r.accuracy(group)
            row.append(f"{g_right}/{g_total}")
        row.append(f"{r.ms_per_1000:.1f}")
        rows.append(row)
    if markdown:
        lines = ["| " + " | ".join(heads) + " |", "|" + "|".join("---" if i == 0 else "---:" for i in range(len(heads))) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(heads)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(heads, widths))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)) for row in rows]
    return "\n".join(lines)


def error_report(result: Result) -> str:
    if not result.errors:
        return f"{result.name}: no errors"
    lines = [f"{result.name}: {len(result.errors)} paragraph(s) split wrongly"]
    for case, got in result.errors:
        lines.append(f"\n[{case.id}] {case.note}")
        lines.append(f"  input:    {case.text}")
        lines.append("  expected: " + " | ".join(case.sentences))
        lines.append("  got:      " + " | ".join(got))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--errors", nargs="*", default=["ours"], metavar="NAME", help="whose errors to list")
    args = parser.parse_args(argv)

    cases = load_gold(args.gold)
    for note in check_sources(cases):
        print(note)
    groups = list(dict.fromkeys(case.group for case in cases))
    results = []
    for name, (module, make) in SPLITTERS.items():
        try:
            split = make()
        except ImportError:
            print(f"{name}: the optional library {module!r} is not installed; skipped "
                  f"(.venv/bin/pip install {module} to compare it)")
            continue
        result = score(name, split, cases)
        result.ms_per_1000 = time_it(split, cases)
        results.append(result)

    sentences = sum(len(c.sentences) for c in cases)
    counts = ", ".join(f"{sum(c.group == g for c in cases)} {g}" for g in groups)
    print(f"\n{len(cases)} paragraphs ({counts}), {sentences} sentences, "
          f"{sum(len(c.sentences) - 1 for c in cases)} boundaries\n")
    print(table(results, groups, args.markdown))
    for result in results:
        if result.name in args.errors:
            print("\n" + error_report(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
