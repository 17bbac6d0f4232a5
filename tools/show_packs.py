"""Print the generated pack for each article as a teacher reads it: the prompt, choices,
key, evidence, explanation and feedback of every question. With `--out DIR`, write one
Markdown file per article instead, the article first, as given to the independent
reviewers of docs/generator-review.md.

    .venv/bin/python tools/show_packs.py tests/data/articles/*.txt seeds/*.txt
    .venv/bin/python tools/show_packs.py --out review/ seeds/*.txt tests/data/articles/*.txt
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.core.article import parse_article  # noqa: E402
from quiz.core.domain import Question  # noqa: E402
from quiz.core.errors import QuizError  # noqa: E402
from quiz.core.inputs import read_article_file  # noqa: E402
from quiz.core.service import generate_from_article  # noqa: E402


def question_lines(number: int, q: Question) -> list[str]:
    lines = [f"### {number}. `{q.id}` — type {q.type}, skill {q.skill}", "", f"**Prompt:** {q.prompt}", ""]
    keys = q.answer if q.type == "multi" else [q.answer]
    lines += [f"- {'**[key]** ' if choice in keys else ''}{choice}" for choice in q.choices]
    if q.type in ("truefalse", "number", "text"):
        lines.append(f"\n**Key:** {q.answer}")
    if q.type == "evidence":
        lines.append("\n**Key:** the student must select the evidence below.")
    lines += ["", f"**Evidence (highlighted in the article after answering):** {q.evidence}", "",
              f"**Explanation shown to the student:** {q.explanation}", ""]
    if q.feedback:
        lines.append("**Feedback for wrong choices:**")
        lines += [f"- {choice}: {words}" for choice, words in q.feedback.items()]
        lines.append("")
    return lines


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="+")
    parser.add_argument("--out", type=Path, help="write one Markdown file per article here")
    parser.add_argument("--seed", type=int, default=1, help="the generator's seed (default 1, as reviewed)")
    args = parser.parse_args(argv)
    for path in map(Path, args.articles):
        source = read_article_file(path)
        article = parse_article(source.text, title=source.title)
        try:
            pack = generate_from_article(article, name=str(path), seed=args.seed).pack
        except QuizError as exc:
            print(f"quiz: {exc}", file=sys.stderr)  # no pack: nothing to review
            continue
        lines = [f"# {path.stem}", "", pack.description, ""]
        if args.out:
            lines += ["## The article", "", article.text, ""]
        lines += ["## The generated quiz", ""]
        for number, question in enumerate(pack.questions, 1):
            lines += question_lines(number, question)
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{path.stem}.md").write_text("\n".join(lines), encoding="utf-8")
        else:
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
