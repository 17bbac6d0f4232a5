"""Question packs: the only module that reads or writes YAML.

`load_pack` checks everything a teacher can get wrong and reports each fault with the
file, the line and the field; `dump_pack` writes the format back out.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable
from typing import Any

import yaml

from quiz.core.article import normalise_newlines
from quiz.core.collector import collector_paused
from quiz.core.domain import PACK_ID_PATTERN, QUESTION_TYPES, SKILLS, Pack, PackArticle, Question, sha256_of
from quiz.core.errors import ArticleError, PackError, Problem
from quiz.core.inputs import FileProblem, decode_utf8, read_article_file, read_bytes_within

SCHEMA_VERSION = 1
TOP_KEYS = {"schema_version", "id", "title", "description", "language", "authors", "shuffle", "article", "questions"}
TOP_REQUIRED = ("schema_version", "id", "title", "article", "questions")
ARTICLE_KEYS = {"title", "source", "file", "text", "sha256"}
QUESTION_KEYS = {
    "id", "type", "skill", "prompt", "choices", "answer", "evidence", "explanation",
    "feedback", "tolerance", "accept", "template",
}
QUESTION_REQUIRED = ("id", "type", "skill", "prompt")
# Upgrades of an older pack's data, each from its version to the next one. A loader of
# format N reads every pack from 1 to N; the file on disk is never rewritten.
UPGRADES: dict[int, Callable[[dict], dict]] = {}


# ---------------------------------------------------------------- reading YAML with lines


ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
MAX_PACK_BYTES = 16 * 1024 * 1024  # room for a 10,000-question pack (about 11 MB)
MAX_DEPTH = 12  # a pack nests five levels; more is not a pack
MAX_NODES = 2_000_000  # a 10,000-question pack has about 400,000


_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
_MERGE = "tag:yaml.org,2002:merge"
_PLAIN_TAGS = (None, "!")  # no tag, or YAML's non-specific one: the resolver decides

# libyaml's safe loader and dumper when PyYAML was built with it (the wheels are): the
# same safe subset of YAML as yaml.safe_load, several times faster.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SafeDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

# The safe resolver's patterns for untagged scalars (null, booleans, numbers, dates...), by
# first character. _implicit_tag gives the tag the resolver gives; the resolver itself also
# runs checks for path resolvers, which the safe loader has none of, and a pack has a
# quarter of a million scalars.
_WILDCARD = tuple(_SafeLoader.yaml_implicit_resolvers.get(None, ()))
_IMPLICIT = {first: tuple(found) + _WILDCARD
             for first, found in _SafeLoader.yaml_implicit_resolvers.items() if first is not None}


def _implicit_tag(value: str, implicit: tuple[bool, bool]) -> str:
    if implicit[0]:  # a plain scalar: its form decides
        for tag, pattern in _IMPLICIT.get(value[:1], _WILDCARD):
            if pattern.match(value):
                return tag
    return _STR


class _Builder:
    """Builds a document's data straight from libyaml's events in one pass, noting each path's
    1-based line (('questions', 3, 'answer') -> 12) on the way.

    Events, not nodes: libyaml builds its node tree several times slower than it parses (about
    1.8 s against 0.3 s for a 10,000-question pack), and a pack needs no tree. Strings, lists
    and mappings are built here; any other scalar (a number, a date, a tagged value) goes to
    the safe loader's constructor, so the data is what yaml.safe_load would give. The pass
    also refuses what no pack needs and a hostile file uses: aliases of lists or mappings
    (as in "billion laughs"), merge keys and tagged lists or mappings, deep nesting and huge
    numbers of values."""

    def __init__(self, path_name: str, loader: Any) -> None:
        self.path_name = path_name
        self.loader = loader
        self.next_event = loader.get_event
        self.lines: dict[tuple, int] = {}
        self.scalars: dict[str, Any] = {}  # anchored scalars, which an alias may repeat harmlessly

    def document(self) -> Any:
        """The single document's data, or None for an empty stream."""
        self.next_event()  # the stream's start
        if self.loader.check_event(yaml.StreamEndEvent):
            return None
        start = self.next_event()
        data = self.build(self.next_event(), ())
        self.next_event()  # the document's end
        if not self.loader.check_event(yaml.StreamEndEvent):
            raise yaml.composer.ComposerError("expected a single document in the stream", start.start_mark,
                                              "but found another document", self.loader.peek_event().start_mark)
        return data

    def build(self, event: yaml.Event, path: tuple) -> Any:
        line = event.start_mark.line + 1
        if len(self.lines) > MAX_NODES:
            raise self.refuse(line, f"holds more than {MAX_NODES:,} values; a pack needs far fewer")
        kind = type(event)
        if kind is yaml.ScalarEvent:
            self.lines[path] = line
            value = self.scalar(event)
            if event.anchor is not None:
                self.scalars[event.anchor] = value
            return value
        if kind is yaml.AliasEvent:
            if event.anchor in self.scalars:
                self.lines[path] = line
                return self.scalars[event.anchor]
            raise self.refuse(line, "uses a YAML alias (*name); write each value out in full")
        if event.tag not in _PLAIN_TAGS and event.tag not in (_SEQ, _MAP):
            raise self.refuse(line, f"uses the YAML tag {event.tag}; a pack needs only lists, mappings and plain values")
        if len(path) > MAX_DEPTH:
            raise self.refuse(line, f"nests deeper than {MAX_DEPTH} levels; a pack needs far fewer")
        if event.anchor is not None:
            self.scalars.pop(event.anchor, None)
        self.lines[path] = line
        next_event = self.next_event
        if kind is yaml.SequenceStartEvent:
            items: list = []
            while type(item := next_event()) is not yaml.SequenceEndEvent:
                items.append(self.build(item, path + (len(items),)))
            return items
        data: dict = {}
        while type(key := next_event()) is not yaml.MappingEndEvent:
            key_line = key.start_mark.line + 1
            if type(key) is yaml.AliasEvent:
                raise self.refuse(key_line, "uses a YAML alias (*name) as a key; write the key out in full")
            if type(key) is not yaml.ScalarEvent:  # a list or mapping as a key, refused as safe_load does
                raise yaml.constructor.ConstructorError("while constructing a mapping", event.start_mark,
                                                        "found unhashable key", key.start_mark)
            name = self.scalar(key, merge_key_line=key_line)
            if key.anchor is not None:
                self.scalars[key.anchor] = name
            self.lines[path + (name, "__key__")] = key_line
            data[name] = self.build(next_event(), path + (name,))
        return data

    def scalar(self, event: yaml.ScalarEvent, merge_key_line: int | None = None) -> Any:
        tag = event.tag
        if tag in _PLAIN_TAGS:
            tag = _implicit_tag(event.value, event.implicit)
        if tag == _STR:
            return event.value
        if tag == _MERGE and merge_key_line is not None:
            raise self.refuse(merge_key_line, "uses a YAML merge key (<<); write each value out in full")
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        return self.loader.construct_object(node, deep=True)

    def refuse(self, line: int, message: str) -> PackError:
        return PackError([Problem(self.path_name, line, None, message)])


@dataclass
class _Checker:
    """Collects the problems (which stop a load) and warnings of one pack file, each on its line."""

    path: str
    lines: dict[tuple, int]
    problems: list[Problem]
    warnings: list[Problem]

    def line(self, where: tuple) -> int | None:
        while where not in self.lines and where:
            where = where[:-1]
        return self.lines.get(where)

    def add(self, where: tuple, message: str, key_line: bool = False) -> None:
        line = self.lines.get(where + ("__key__",)) if key_line else None
        self.problems.append(Problem(self.path, line or self.line(where), _field(where), message, where))

    def warn(self, where: tuple, message: str) -> None:
        self.warnings.append(Problem(self.path, self.line(where), _field(where), f"warning: {message}", where))


def _field(where: tuple) -> str | None:
    out = ""
    for part in where:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or None


def _parse_yaml(path: str, text: str) -> tuple[Any, dict[tuple, int]]:
    """Parse once: the same pass over the events builds the data and notes each field's line."""
    if len(text) > MAX_PACK_BYTES:
        raise PackError([Problem(path, None, None, f"the pack is {len(text):,} characters; the limit is {MAX_PACK_BYTES:,}")])
    loader = _SafeLoader(text)
    try:
        builder = _Builder(path, loader)
        with collector_paused():
            data = builder.document()
        lines = builder.lines
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = " ".join(str(exc.problem or exc).split())
        raise PackError([Problem(path, line, None, f"this is not valid YAML: {problem}")]) from exc
    except yaml.reader.ReaderError as exc:  # a character YAML forbids, such as a control character
        line = text[: exc.position].count("\n") + 1
        raise PackError([Problem(path, line, None, f"this is not valid YAML: character {exc.character!r} is not allowed")]) from exc
    except yaml.YAMLError as exc:
        raise PackError([Problem(path, None, None, f"this is not valid YAML: {exc}")]) from exc
    finally:
        loader.dispose()
    return data, lines


# ---------------------------------------------------------------- checking


def _did_you_mean(word: str, options) -> list[str]:
    import difflib  # only a pack with a typo needs it

    return difflib.get_close_matches(word, sorted(options), n=1)


def _check_keys(check: _Checker, where: tuple, data: dict, allowed: set, required: tuple) -> None:
    for key in data:
        if key not in allowed:
            guess = _did_you_mean(str(key), allowed)
            hint = f'; did you mean "{guess[0]}"?' if guess else f"; allowed keys are {', '.join(sorted(allowed))}"
            check.add(where + (key,), f'unknown key "{key}"{hint}', key_line=True)
    for key in required:
        if key not in data:
            check.add(where, f'missing required key "{key}"')


def _expect(check: _Checker, where: tuple, value: Any, kind: type | tuple, label: str) -> bool:
    if isinstance(value, bool) and kind in (int, float, (int, float)):
        ok = False
    else:
        ok = isinstance(value, kind)
    if not ok:
        check.add(where, f"must be {label}, not {_describe(value)}")
    return ok


def _describe(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    return f"{type(value).__name__} {value!r}"


_NORMALISE = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "\u00a0": " "})


def _normalised_with_map(text: str) -> tuple[str, list[int]]:
    """`text` with quotes, dashes and runs of space made plain, and where each char came from."""
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text.translate(_NORMALISE)):
        if char.isspace():
            if out and out[-1] == " ":
                continue
            char = " "
        out.append(char)
        origin.append(index)
    return "".join(out), origin


def find_evidence(article: str, evidence: str) -> tuple[int, int] | None:
    at = article.find(evidence)
    return (at, at + len(evidence)) if at >= 0 and evidence else None


def near_evidence(article: str, evidence: str) -> str | None:
    """The article's own characters for `evidence` when they differ only in quotes, dashes or spaces."""
    norm_article, origin = _normalised_with_map(article)
    norm_evidence, _ = _normalised_with_map(evidence.strip())
    at = norm_article.find(norm_evidence)
    if at < 0 or not norm_evidence:
        return None
    return article[origin[at] : origin[at + len(norm_evidence) - 1] + 1]


def _read_article(check: _Checker, pack_path: Path, data: Any) -> PackArticle | None:
    where = ("article",)
    if not _expect(check, where, data, dict, "a mapping with file or text"):
        return None
    _check_keys(check, where, data, ARTICLE_KEYS, ())
    has_file, has_text = "file" in data, "text" in data
    if has_file == has_text:
        check.add(where, "give exactly one of file or text")
        return None
    if has_text:
        if not _expect(check, where + ("text",), data["text"], str, "text"):
            return None
        text = normalise_newlines(data["text"])
        file = None
    else:
        if not _expect(check, where + ("file",), data["file"], str, "a file path"):
            return None
        file = data["file"]
        article_path = (pack_path.parent / file).resolve()
        if article_path.suffix.lower() not in ARTICLE_SUFFIXES:
            # A pack names an article, never any other file (a key, a password file...).
            check.add(where + ("file",), f"{file} is not an article; use a {', '.join(sorted(ARTICLE_SUFFIXES))} file")
            return None
        if not article_path.is_file():
            check.add(where + ("file",), f"article file {file} not found (looked for {article_path})")
            return None
        try:
            # Read as `quiz generate` read it, so a .md or .html article gives the same text.
            text = read_article_file(article_path).text
        except ArticleError as exc:
            check.add(where + ("file",), f"article file {file}: {str(exc).removeprefix(str(article_path) + ': ')}")
            return None
    expected = data.get("sha256")
    if expected is not None and expected != sha256_of(text):
        check.add(
            where + ("sha256",),
            f"the article text has changed since this pack was written (sha256 is now {sha256_of(text)}); "
            "check that the evidence still fits, then update sha256",
        )
    for key in ("title", "source"):
        if key in data:
            _expect(check, where + (key,), data[key], str, "text")
    return PackArticle(
        text=text,
        title=str(data.get("title") or ""),
        source=str(data.get("source") or ""),
        file=file,
    )


def _as_choice_text(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def _read_question(check: _Checker, index: int, data: Any, article: PackArticle | None) -> Question | None:
    where = ("questions", index)
    if not _expect(check, where, data, dict, "a mapping (one question)"):
        return None
    before = len(check.problems)
    _check_keys(check, where, data, QUESTION_KEYS, QUESTION_REQUIRED)
    for key in ("id", "prompt", "evidence", "explanation"):
        if key in data:
            _expect(check, where + (key,), data[key], str, "text")
    qtype = data.get("type")
    if "type" in data and qtype not in QUESTION_TYPES:
        check.add(where + ("type",), f'"{qtype}" is not a question type; use one of {", ".join(QUESTION_TYPES)}')
    if "skill" in data and data["skill"] not in SKILLS:
        guess = _did_you_mean(str(data["skill"]), SKILLS)
        hint = f'; did you mean "{guess[0]}"?' if guess else f"; use one of {', '.join(SKILLS)}"
        check.add(where + ("skill",), f'"{data["skill"]}" is not a skill{hint}')
    choices: tuple[str, ...] = ()
    if qtype in ("choice", "multi"):
        raw = data.get("choices")
        if raw is None:
            check.add(where, f'a {qtype} question needs "choices"')
        elif _expect(check, where + ("choices",), raw, list, "a list of choices"):
            choices = tuple(_as_choice_text(c) for c in raw)
            if len(choices) < 2:
                check.add(where + ("choices",), "give at least two choices")
            if len(set(choices)) != len(choices):
                check.add(where + ("choices",), "two choices are the same")
    answer = data.get("answer")
    answer_at = where + ("answer",)
    if qtype != "evidence" and "answer" not in data and qtype in QUESTION_TYPES:
        check.add(where, 'missing required key "answer"')
    elif qtype == "choice" and choices:
        answer = _as_choice_text(answer)
        if answer not in choices:
            check.add(answer_at, f'"{answer}" is not one of the choices')
    elif qtype == "multi" and choices:
        if _expect(check, answer_at, answer, list, "a list of the correct choices"):
            answer = [_as_choice_text(a) for a in answer]
            for item in answer:
                if item not in choices:
                    check.add(answer_at, f'"{item}" is not one of the choices')
    elif qtype == "truefalse":
        _expect(check, answer_at, answer, bool, "true or false")
    elif qtype == "number":
        _expect(check, answer_at, answer, (int, float), "a number")
    elif qtype == "text":
        if _expect(check, answer_at, answer, (str, int, float), "text"):
            answer = str(answer)
    tolerance = data.get("tolerance", 0)
    if "tolerance" in data:
        _expect(check, where + ("tolerance",), tolerance, (int, float), "a number")
    accept = data.get("accept", [])
    if "accept" in data and _expect(check, where + ("accept",), accept, list, "a list of other accepted answers"):
        accept = [str(a) for a in accept]
    feedback = data.get("feedback", {})
    if "feedback" in data and _expect(check, where + ("feedback",), feedback, dict, "a mapping of choice to feedback"):
        feedback = {_as_choice_text(k): str(v) for k, v in feedback.items()}
        for key in feedback:
            if choices and key not in choices:
                check.add(where + ("feedback",), f'feedback for "{key}", which is not one of the choices')
    span = None
    evidence = data.get("evidence")
    if not evidence and qtype == "evidence":
        check.add(where, 'an evidence question needs "evidence": the sentence(s) the student should pick')
    elif not evidence:
        check.warn(where, "no evidence: the feedback cannot show the passage; add the sentence that answers it")
        evidence = ""
    if isinstance(evidence, str) and evidence and article is not None:
        span = find_evidence(article.text, evidence)
        if span is None:
            exact = near_evidence(article.text, evidence)
            if exact is not None:
                check.add(where + ("evidence",), f"not in the article as written; the article has: {exact}")
            else:
                check.add(where + ("evidence",), "not found in the article; copy the passage exactly")
    if len(check.problems) > before:
        return None
    _warn_on_quality(check, where, data, qtype, choices, answer, feedback)
    return Question(
        id=data["id"],
        type=qtype,
        skill=data["skill"],
        prompt=data["prompt"],
        answer=answer if qtype != "evidence" else None,
        evidence=evidence or "",
        explanation=data.get("explanation", ""),
        choices=choices,
        feedback=feedback if isinstance(feedback, dict) else {},
        tolerance=float(tolerance) if isinstance(tolerance, (int, float)) else 0.0,
        accept=tuple(accept) if isinstance(accept, list) else (),
        evidence_start=span[0] if span else None,
        evidence_end=span[1] if span else None,
        template=data.get("template"),
    )


def _warn_on_quality(check: _Checker, where: tuple, data: dict, qtype: str, choices, answer, feedback) -> None:
    """What a reviewer would flag but a student can live with."""
    if not str(data.get("explanation", "")).strip():
        check.warn(where, "no explanation: say why the answer is right, in plain words")
    if qtype in ("choice", "multi") and feedback:
        keyed = set(answer) if qtype == "multi" else {answer}
        missing = [c for c in choices if c not in keyed and c not in feedback]
        if missing:
            check.warn(where + ("feedback",), "no feedback for " + ", ".join(f'"{c}"' for c in missing))


def _upgrade(check: _Checker, data: dict) -> dict:
    """Bring an older pack's data up to SCHEMA_VERSION; refuse one from a newer app."""
    version = data.get("schema_version")
    if "schema_version" not in data:
        return data
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        check.add(("schema_version",), f"must be a whole number such as {SCHEMA_VERSION}, not {_describe(version)}")
        return data
    if version > SCHEMA_VERSION:
        check.add(("schema_version",), f"this pack is format {version}, newer than this app reads ({SCHEMA_VERSION}); update Evidence Quiz")
        return data
    while version < SCHEMA_VERSION:
        data = UPGRADES[version](data)
        version += 1
    return {**data, "schema_version": version}


def read_pack(text: str, path: str | Path) -> tuple[Pack, list[Problem]]:
    """Check and build a pack from YAML `text`, with its warnings; `path` places the article
    and the messages. Raises PackError listing every problem found."""
    path = Path(path)
    shown = str(path)
    data, lines = _parse_yaml(shown, text)
    check = _Checker(shown, lines, [], [])
    if not isinstance(data, dict):
        raise PackError([Problem(shown, 1, None, "a pack must be a YAML mapping with schema_version, id, title, article and questions")])
    _check_keys(check, (), data, TOP_KEYS, TOP_REQUIRED)
    data = _upgrade(check, data)
    version = data.get("schema_version")
    for key in ("id", "title", "description", "language"):
        if key in data:
            _expect(check, (key,), data[key], str, "text")
    if isinstance(data.get("id"), str) and not re.fullmatch(PACK_ID_PATTERN, data["id"]):
        check.add(("id",), f'"{data["id"]}" is not a slug; use lower-case letters, digits and hyphens')
    authors = data.get("authors", [])
    if "authors" in data:
        _expect(check, ("authors",), authors, list, "a list of names")
    if "shuffle" in data:
        _expect(check, ("shuffle",), data["shuffle"], bool, "true or false")
    article = _read_article(check, path, data["article"]) if "article" in data else None
    questions: list[Question] = []
    raw_questions = data.get("questions")
    if "questions" in data and _expect(check, ("questions",), raw_questions, list, "a list of questions"):
        if not raw_questions:
            check.add(("questions",), "a pack needs at least one question")
        seen: dict[str, int] = {}
        for index, raw in enumerate(raw_questions):
            qid = raw.get("id") if isinstance(raw, dict) else None
            if isinstance(qid, str):
                if qid in seen:
                    check.add(("questions", index, "id"), f'duplicate question id "{qid}" (first used by questions[{seen[qid]}])')
                seen.setdefault(qid, index)
            question = _read_question(check, index, raw, article)
            if question is not None:
                questions.append(question)
    if check.problems:
        raise PackError(check.problems)
    assert article is not None
    pack = Pack(
        id=data["id"],
        title=data["title"],
        article=article,
        questions=tuple(questions),
        language=data.get("language", "en"),
        authors=tuple(str(a) for a in authors),
        schema_version=version,
        shuffle=data.get("shuffle", True) is not False,
        description=data.get("description") or "",
    )
    return pack, check.warnings


def parse_pack(text: str, path: str | Path) -> Pack:
    return read_pack(text, path)[0]


def load_pack(path: str | Path) -> Pack:
    return load_pack_with_warnings(path)[0]


def load_packs(paths: list[str | Path]) -> tuple[list[Pack], list[Problem], list[Problem]]:
    """Every pack that loads, and the problems and warnings of all of them: one bad file
    does not hide the faults of the next."""
    packs: list[Pack] = []
    problems: list[Problem] = []
    warnings: list[Problem] = []
    for path in paths:
        try:
            pack, found = load_pack_with_warnings(path)
        except PackError as exc:
            problems += exc.problems
        else:
            packs.append(pack)
            warnings += found
    return packs, problems, warnings


def load_pack_with_warnings(path: str | Path) -> tuple[Pack, list[Problem]]:
    path = Path(path)
    try:
        text = decode_utf8(read_bytes_within(path, MAX_PACK_BYTES, "pack"), "pack")
    except FileProblem as problem:
        raise PackError([Problem(str(path), problem.line, None, problem.message)]) from problem
    except OSError as exc:
        raise PackError([Problem(str(path), None, None, f"cannot read the pack: {exc.strerror}")]) from exc
    return read_pack(text, path)


# ---------------------------------------------------------------- writing


class _PackDumper(_SafeDumper):
    pass


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    # Characters YAML reads as line breaks (NEL, LS, PS) would change a block scalar's
    # text on the way back, so such strings are written quoted, with escapes.
    if any(c in value for c in "\r\x85\u2028\u2029"):
        style = '"'
    else:
        style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_PackDumper.add_representer(str, _str_presenter)


def pack_to_dict(pack: Pack, article_file: str | None = None) -> dict[str, Any]:
    """The pack as plain data in format v1; `article_file` refers to the article instead of inlining it."""
    article: dict[str, Any] = {}
    if pack.article.title:
        article["title"] = pack.article.title
    if pack.article.source:
        article["source"] = pack.article.source
    if article_file:
        article["file"] = article_file
    else:
        article["text"] = pack.article.text
    article["sha256"] = pack.article.sha256
    out: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "id": pack.id,
        "title": pack.title,
    }
    if pack.description:
        out["description"] = pack.description
    out["language"] = pack.language
    if pack.authors:
        out["authors"] = list(pack.authors)
    if not pack.shuffle:
        out["shuffle"] = False
    out["article"] = article
    out["questions"] = [_question_to_dict(q) for q in pack.questions]
    return out


def _question_to_dict(question: Question) -> dict[str, Any]:
    out: dict[str, Any] = {"id": question.id, "type": question.type, "skill": question.skill, "prompt": question.prompt}
    if question.choices:
        out["choices"] = list(question.choices)
    if question.type != "evidence":
        out["answer"] = list(question.answer) if question.type == "multi" else question.answer
    if question.type == "number" and question.tolerance:
        out["tolerance"] = question.tolerance
    if question.accept:
        out["accept"] = list(question.accept)
    out["evidence"] = question.evidence
    if question.explanation:
        out["explanation"] = question.explanation
    if question.feedback:
        out["feedback"] = dict(question.feedback)
    if question.template:
        out["template"] = question.template
    return out


def dump_pack(pack: Pack, article_file: str | None = None) -> str:
    return dump_data(pack_to_dict(pack, article_file))


def dump_data(data: dict[str, Any]) -> str:
    """Pack-format data as YAML, laid out as the app writes every pack."""
    return yaml.dump(data, Dumper=_PackDumper, allow_unicode=True, sort_keys=False, width=100)


def relative_article_path(article: str | Path, pack_file: str | Path) -> str:
    """How a pack written to `pack_file` refers to `article`."""
    return Path(os.path.relpath(Path(article).resolve(), Path(pack_file).resolve().parent)).as_posix()
