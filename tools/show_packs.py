"""Print the generated pack for each article as a teacher reads it: prompt, choices,
answer, evidence and explanation. Used for the acceptance review in docs/generator-review.md.

    .venv/bin/python tools/show_packs.py tests/data/articles/*.txt seeds/*.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.core.generate import generate_pack  # noqa: E402
from quiz.core.inputs import read_article_file  # noqa: E402


def main(paths: list[str]) -> int:
    for path in paths:
        source = read_article_file(path)
        pack = generate_pack(source.text, article_title=source.title)
        skills = sorted({q.skill for q in pack.questions})
        print(f"== {path}: {len(pack.questions)} questions, {len(skills)} skills ({', '.join(skills)})")
        for number, q in enumerate(pack.questions, 1):
            print(f"\n{number}. [{q.template}] {q.type} / {q.skill}")
            print("   Q:", q.prompt.replace("\n", "\n      "))
            if q.choices:
                print("   choices:", " | ".join(q.choices))
            print("   answer:", q.answer if q.type != "evidence" else "(the evidence)")
            print("   evidence:", q.evidence)
            print("   why:", q.explanation)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
