"""The `quiz` command. With no subcommand it opens the app; only that path imports Qt."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import NoReturn

from quiz.core.errors import ArticleNeeded, PackError, QuizError, printable
from quiz.core.domain import DEFAULT_MAX_QUESTIONS, EXPORT_FORMATS, IMPORT_FORMATS, PACK_ID_PATTERN
from quiz.shutdown import exit_now

PACK_HELP = "a stored pack's id (quiz packs lists them), or a pack file, checked as quiz check does and not imported"


def _db_option() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH", type=Path, default=argparse.SUPPRESS,
        help="the database file (default: $QUIZ_DB, or quiz.db in your user data folder)",
    )
    return common


def _app_parser(common: argparse.ArgumentParser, add_help: bool = True) -> argparse.ArgumentParser:
    """`quiz` with no command: the app's own options."""
    parser = argparse.ArgumentParser(
        prog="quiz", parents=[common], add_help=add_help,
        description="Evidence Quiz: media-literacy quizzes on real news articles. "
        "With no command, opens the app.",
    )
    parser.add_argument(
        "--quit-after-first-question", action="store_true",
        help="open the app, start the first pack, and quit once its first question is painted (to time start-up)",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    common = _db_option()
    parser = _app_parser(common)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gen = commands.add_parser(
        "generate", parents=[common], help="write a question pack for an article",
        description="Write a question pack for an article. No database is opened unless --db is given; "
        "then the article, its facts and the pack are stored in it too.",
    )
    gen.add_argument("article", type=Path, help="the article: .txt, .md or .html")
    gen.add_argument("-o", "--output", type=Path, help="write the pack here instead of printing it")
    gen.add_argument("--seed", type=int, default=0, help="the same seed gives the same pack (default 0)")
    gen.add_argument(
        "--max-questions", type=int, default=DEFAULT_MAX_QUESTIONS, metavar="N",
        help=f"at most N questions (default {DEFAULT_MAX_QUESTIONS})",
    )
    gen.add_argument("--title", default="", help="the pack's title")

    fac = commands.add_parser(
        "facts", parents=[common],
        help="print what the generator reads in an article: who said what, sources, figures, hedges, ... (docs/facts.md)",
    )
    fac.add_argument("article", type=Path, help="the article: .txt, .md or .html")
    fac.add_argument("--format", choices=("text", "json"), default="text", help="text to read (default), or JSON")

    imp = commands.add_parser(
        "import", parents=[common],
        help="check packs (YAML, or questions from an LMS: GIFT, Moodle XML, QTI, Aiken) and add them all, or none",
        description="Check packs and add them all, or none. Besides YAML packs it reads questions from an LMS: "
        "Moodle GIFT (.gift), Moodle XML or a QTI item (.xml), an IMS QTI package (.zip) and Aiken (.txt). "
        "Their article is the one that travelled in the file, or the one --article names.",
    )
    imp.add_argument("packs", nargs="+", type=Path, metavar="PACK.yaml|FILE.gift|FILE.xml|FILE.zip|FILE.txt")
    imp.add_argument(
        "--article", type=Path,
        help="the article the questions are about (needed when none travelled in the file, as with Aiken)",
    )
    imp.add_argument(
        "--format", choices=IMPORT_FORMATS, default=None,
        help="how to read files that are not YAML packs (default: by suffix; .txt is read as aiken)",
    )
    imp.add_argument(
        "--replace", action="store_true",
        help="replace stored packs that have the same id (without it, such an import is refused); "
        "answers already given are kept",
    )

    chk = commands.add_parser("check", parents=[common], help="check packs; exit 1 if any has a problem")
    chk.add_argument("packs", nargs="+", type=Path, metavar="PACK.yaml")

    lst = commands.add_parser("packs", parents=[common], help="list the stored packs: id, title, article, questions, skills")
    lst.add_argument("--format", choices=("text", "json"), default="text")

    exp = commands.add_parser(
        "export", parents=[common],
        help="write a stored pack, or a pack file, as YAML, GIFT, Moodle XML or an IMS QTI 2.1 package",
        description="Write a pack for another app or an LMS. GIFT, Moodle XML and QTI carry the article too; "
        "evidence questions go as multiple choice over the article's sentences.",
    )
    exp.add_argument("pack", metavar="PACK_ID|PACK.yaml", help=PACK_HELP)
    exp.add_argument("--format", choices=EXPORT_FORMATS, default="yaml",
                     help="yaml (default), gift, moodle-xml, or qti: a .zip package, written with -o")
    exp.add_argument("-o", "--output", type=Path, help="write here instead of printing")

    res = commands.add_parser(
        "results", parents=[common],
        help="print one row per submitted answer, or move results between machines",
    )
    res.add_argument(
        "--format", choices=("csv", "json"), default="csv",
        help="csv (default): answers in words, an evidence answer as its sentences' numbers and text, "
        "times in local time; json: answers and times (UTC) as the app keeps them",
    )
    moving = res.add_mutually_exclusive_group()
    moving.add_argument(
        "--export", type=Path, metavar="FILE",
        help="write every attempt and answer, and every review answer, in this database to one JSON file",
    )
    moving.add_argument(
        "--import", dest="import_files", nargs="+", type=Path, metavar="FILE",
        help="merge results files written by --export, all or nothing; attempts and review answers already "
        "here are skipped, and so are review answers to questions this database does not have",
    )

    rep = commands.add_parser(
        "report", parents=[common],
        help="class statistics: facility and discrimination per question, the average per skill",
    )
    rep.add_argument(
        "--pack", metavar="PACK_ID|PACK.yaml", help="only the attempts at this pack: its id, or a pack file that has it",
    )
    rep.add_argument(
        "--format", choices=("text", "csv", "json"), default="text",
        help="text (default): a summary to read; csv: one table, a row per question then per skill, "
        "column kind = question|skill; json: questions, skills and each student's attempts",
    )

    prt = commands.add_parser(
        "print", parents=[common], help="write a stored pack, or a pack file, as a PDF worksheet or its answer key",
    )
    prt.add_argument("pack", metavar="PACK_ID|PACK.yaml", help=PACK_HELP)
    prt.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write")
    prt.add_argument("--key", action="store_true", help="the answer key for teachers instead of the worksheet")
    prt.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="the paper (default A4)")

    pin = commands.add_parser(
        "reset-pin", parents=[common],
        help="forget a forgotten teacher PIN: the next opening of the teacher pages asks for a new one",
    )
    pin.add_argument("--yes", action="store_true", help="clear it without asking first")
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Opening the app reads only the app's options: the parser of every command takes about
    7 ms to build, a tenth of what start-up adds to a bare Qt window's, so it is built only
    when a command, --help or anything else is given."""
    app_args, rest = _app_parser(_db_option(), add_help=False).parse_known_args(argv)
    if not rest:
        app_args.command = None
        return app_args
    return build_parser().parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    db = getattr(args, "db", None)
    try:
        if args.command is None:
            from quiz.ui.app import run_gui

            return run_gui(db, quit_after_first_question=args.quit_after_first_question)
        return COMMANDS[args.command](args, db)
    except PackError as exc:
        for problem in exc.problems:
            _tell(problem)
        return 1
    except QuizError as exc:
        _tell(f"quiz: {exc}")
        return 1
    except BrokenPipeError:
        # The reader went away (`quiz report | head`): stop quietly. Output still buffered
        # goes to /dev/null, so that Python's own flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def run() -> NoReturn:
    """The `quiz` command: main(), then the process ends at once (shutdown.exit_now)."""
    exit_now(main())


def _tell(message: object) -> None:
    """A line for the person at the terminal, on stderr; see errors.printable."""
    print(printable(str(message)), file=sys.stderr)


def _open(db: Path | None):
    from quiz.core.service import QuizService

    return QuizService.open(db)


def cmd_generate(args: argparse.Namespace, db: Path | None) -> int:
    """Writes a pack file. Only with --db does it open a database, and store the article,
    its facts and the pack there; without, the user's database is left alone."""
    from quiz.core.packs import dump_pack, relative_article_path
    from quiz.core.service import generate_pack_from_file

    options = {
        "title": args.title, "seed": args.seed, "max_questions": args.max_questions,
        "article_file": relative_article_path(args.article, args.output) if args.output else None,
    }
    if db is None:
        pack = generate_pack_from_file(args.article, **options).pack
    else:
        service = _open(db)
        try:
            pack = service.generate_from_file(args.article, **options)
            service.import_pack(pack)
        finally:
            service.close()
    text = dump_pack(pack, options["article_file"])
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        _tell(f"wrote {args.output}: {len(pack.questions)} questions")
    else:
        sys.stdout.write(text)
    return 0


def cmd_facts(args: argparse.Namespace, db: Path | None) -> int:
    """What the generator reads in an article; opens no database."""
    import json

    from quiz.core.article import parse_article
    from quiz.core.facts import read_facts
    from quiz.core.facts.report import facts_json, facts_text
    from quiz.core.inputs import read_article_file

    source = read_article_file(args.article)
    article = parse_article(source.text, title=source.title)
    read = read_facts(article)
    if args.format == "json":
        # The offsets point into the text as read from the file; for HTML and Markdown that
        # text is extracted, so it is printed with the facts.
        extracted = args.article.suffix.lower() not in (".txt", "")
        json.dump(facts_json(article, read, with_text=extracted), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(facts_text(article, read))
    return 0


def cmd_import(args: argparse.Namespace, db: Path | None) -> int:
    from quiz.core.service import REPLACING

    service = _open(db)
    try:
        try:
            read = service.read_packs(args.packs, args.article, args.format)
        except ArticleNeeded as exc:
            _tell(f"quiz: {exc}: name it with --article ARTICLE")
            return 2
        for line in [*read.problems, *read.warnings]:
            _tell(line)
        if read.problems:
            _tell(f"quiz: nothing imported: {len(read.problems)} problem(s)")
            return 1
        stored = service.already_stored(read)
        if stored and not args.replace:
            for clash in stored:
                _tell(f'{clash.file}: pack "{clash.pack.id}" is already in this database as '
                      f'"{clash.stored.title}", with {_answers(clash.answers)} given to it')
            _tell(f"quiz: nothing imported. To replace {'it' if len(stored) == 1 else 'them'}, import again "
                  f"with --replace. {REPLACING}")
            return 1
        service.import_packs(read.packs, replace=args.replace)
    finally:
        service.close()
    replaced = {clash.pack.id: clash.answers for clash in stored}
    for pack in read.packs:
        if pack.id in replaced:
            print(f"replaced {pack.id} ({len(pack.questions)} questions); the {_answers(replaced[pack.id])} given are kept")
        else:
            print(f"imported {pack.id} ({len(pack.questions)} questions)")
    return 0


def _answers(count: int) -> str:
    return f"{count} answer{'' if count == 1 else 's'}"


def cmd_check(args: argparse.Namespace, db: Path | None) -> int:
    from quiz.core.packs import load_packs

    packs, problems, warnings = load_packs(args.packs)
    for line in [*problems, *warnings]:
        _tell(line)
    for pack in packs:
        print(f"{pack.id}: {len(pack.questions)} questions, ok")
    return 1 if problems else 0


def cmd_packs(args: argparse.Namespace, db: Path | None) -> int:
    import json

    service = _open(db)
    try:
        packs = service.packs()
    finally:
        service.close()
    if args.format == "json":
        rows = [
            {"id": p.id, "title": p.title, "article_title": p.article_title, "questions": p.question_count,
             "skills": list(p.skills)}
            for p in packs
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    from quiz.core.text_table import text_table

    sys.stdout.write(text_table(
        [("id", [p.id for p in packs]), ("title", [p.title for p in packs]),
         ("article", [p.article_title for p in packs]), ("questions", [p.question_count for p in packs]),
         ("skills", [", ".join(p.skills) for p in packs])],
        right=(3,),
    ))
    return 0


def _is_pack_file(value: str) -> bool:
    return not re.fullmatch(PACK_ID_PATTERN, value)


def _pack_file(path: str):
    """The pack in a file, checked as quiz check checks it (a problem ends the command,
    exit 1); its warnings are told."""
    from quiz.core.packs import load_pack_with_warnings

    pack, warnings = load_pack_with_warnings(path)
    for warning in warnings:
        _tell(warning)
    return pack


def _stored_or_file_pack(value: str, db: Path | None):
    """The pack a command names: a file's pack, read without opening any database, or a stored one."""
    if _is_pack_file(value):
        return _pack_file(value)
    service = _open(db)
    try:
        return service.pack(value)
    finally:
        service.close()


def cmd_export(args: argparse.Namespace, db: Path | None) -> int:
    from quiz.core.service import export_as

    if args.format == "qti" and not args.output:
        _tell("quiz: a QTI package is a zip file: name it with -o FILE.zip")
        return 2
    exported = export_as(_stored_or_file_pack(args.pack, db), args.format)
    for warning in exported.warnings:
        _tell(f"quiz: {warning}")
    if args.output:
        try:
            if isinstance(exported.content, bytes):
                args.output.write_bytes(exported.content)
            else:
                args.output.write_text(exported.content, encoding="utf-8")
        except OSError as exc:
            raise QuizError(f"{args.output}: cannot write it ({exc.strerror})") from None
        _tell(f"wrote {args.output}: {exported.summary()}")
    else:
        sys.stdout.write(exported.content)
        _tell(f"quiz: {exported.summary()}")
    return 0


def cmd_results(args: argparse.Namespace, db: Path | None) -> int:
    import csv
    import json

    from quiz.core.service import RESULT_FIELDS

    service = _open(db)
    try:
        if args.export:
            count = service.export_results(args.export)
            _tell(f"wrote {args.export}: {count} attempts")
            return 0
        if args.import_files:
            merged = service.import_results(args.import_files)
            print(f"results: {merged.added} attempts added, {merged.present} already present")
            if merged.reviews_added or merged.reviews_present or merged.reviews_skipped:
                print(f"review answers: {merged.reviews_added} added, {merged.reviews_present} already present"
                      + (f", {merged.reviews_skipped} skipped: their questions are not in this database "
                         "(import their packs, then this file again)" if merged.reviews_skipped else ""))
            return 0
        if args.format == "json":
            json.dump(service.results(), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return 0
        writer = csv.DictWriter(sys.stdout, fieldnames=RESULT_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(service.results_for_people())  # written as read: a school has a million answers
        return 0
    finally:
        service.close()


def cmd_report(args: argparse.Namespace, db: Path | None) -> int:
    import json

    from quiz.core.errors import NotFound

    pack_id = args.pack
    if pack_id is not None and _is_pack_file(pack_id):
        pack_id = _pack_file(pack_id).id
    service = _open(db)
    try:
        report = service.class_report(pack_id)
        covers = printable(f"“{service.pack_title(pack_id)}” ({pack_id})") if pack_id else "all packs"
    except NotFound as exc:
        if pack_id == args.pack:
            raise
        raise NotFound(f"{args.pack} holds pack \"{pack_id}\", which is not in this database, so it has no results") from exc
    finally:
        service.close()
    if args.format == "json":
        data = {
            "questions": [
                {**q._asdict(), "facility": _round(q.facility), "discrimination": _round(q.discrimination)}
                for q in report.questions
            ],
            "skills": [{**vars(s), "average": _round(s.average)} for s in report.skills],
            "students": [
                {"student": s.student, "attempts": [{**vars(a), "percent": _round(a.percent)} for a in s.attempts]}
                for s in report.students
            ],
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    from quiz.core.collector import collector_paused
    from quiz.core.report import report_csv, report_text

    with collector_paused():  # a line per question: a hundred thousand at school scale
        sys.stdout.write(report_csv(report) if args.format == "csv" else report_text(report, covers))
    return 0


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def cmd_print(args: argparse.Namespace, db: Path | None) -> int:
    pack = _stored_or_file_pack(args.pack, db)
    from quiz.ui.printing import write_pdf  # Qt, for this command only

    pages = write_pdf(pack, args.output, key=args.key, page_size=args.page_size)
    _tell(f"wrote {args.output} ({pages} page{'' if pages == 1 else 's'})")
    return 0


def cmd_reset_pin(args: argparse.Namespace, db: Path | None) -> int:
    from quiz.core.service import default_db_path

    path = Path(db or default_db_path())
    if not path.exists():
        _tell(f"quiz: no database at {path}")
        return 1
    if not args.yes:
        _tell(f"This clears the teacher PIN of {path}: the next person to open the teacher pages chooses a new one.")
        print("Clear it? [y/N] ", end="", file=sys.stderr, flush=True)
        if sys.stdin.readline().strip().lower() not in ("y", "yes"):
            _tell("quiz: the PIN is unchanged (--yes clears it without asking)")
            return 1
    service = _open(path)
    try:
        was_set = service.reset_teacher_pin()
    finally:
        service.close()
    print("The teacher PIN is cleared: open the teacher pages now and choose a new one." if was_set
          else "No teacher PIN was set: the teacher pages ask for one when first opened.")
    return 0


COMMANDS = {
    "generate": cmd_generate, "facts": cmd_facts, "packs": cmd_packs, "import": cmd_import, "check": cmd_check, "export": cmd_export,
    "results": cmd_results, "report": cmd_report, "print": cmd_print, "reset-pin": cmd_reset_pin,
}
