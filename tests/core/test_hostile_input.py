"""Hostile files get a clear error that says what and where, fast, and change nothing."""

import pytest

from quiz.core.errors import ArticleError, PackError
from quiz.core.inputs import read_article_file
from quiz.core.packs import MAX_PACK_BYTES, load_pack

GOOD_HEAD = "schema_version: 1\nid: x\ntitle: X\narticle:\n  text: Some text.\nquestions:\n"

BILLION_LAUGHS = GOOD_HEAD + (
    "  - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    "  - &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "  - &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
    "  - &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    "  - &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
    "  - &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
    "  - &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
    "  - &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\n"
    "  - &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n"
)


def error_of(tmp_path, content: bytes):
    path = tmp_path / "hostile.yaml"
    path.write_bytes(content)
    with pytest.raises(PackError) as caught:
        load_pack(path)
    (problem,) = caught.value.problems
    return problem


def test_aliases_that_multiply_are_refused_at_their_line(tmp_path):
    problem = error_of(tmp_path, BILLION_LAUGHS.encode())
    assert problem.line == 8 and "YAML alias" in problem.message  # the first alias of a list


def test_a_key_that_is_not_text_is_named_in_its_error(tmp_path):
    path = tmp_path / "null-key.yaml"
    path.write_text(GOOD_HEAD.replace("title: X", "~: X") + "  - {id: q1, type: text, skill: numbers, prompt: P, answer: A}\n")
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert [(p.line, p.message[:18]) for p in caught.value.problems] == [(3, 'unknown key "None"'), (1, "missing required k")]


def test_deep_nesting_is_refused(tmp_path):
    problem = error_of(tmp_path, (GOOD_HEAD + "  - " + "[" * 5000 + "]" * 5000 + "\n").encode())
    assert "nests deeper" in problem.message or "not valid YAML" in problem.message


def test_a_huge_pack_is_refused_with_the_limit_named(tmp_path):
    problem = error_of(tmp_path, b"#" * (MAX_PACK_BYTES + 1))
    assert f"the limit is {MAX_PACK_BYTES:,}" in problem.message


def test_a_binary_file_is_refused(tmp_path):
    problem = error_of(tmp_path, bytes(range(256)) * 10)
    assert "not UTF-8" in problem.message or "not valid YAML" in problem.message


def test_control_characters_are_refused_with_their_line(tmp_path):
    problem = error_of(tmp_path, (GOOD_HEAD + "  - id: a\x07b\n").encode())
    assert problem.line == 7 and "not valid YAML" in problem.message


def test_a_list_instead_of_a_pack_is_refused(tmp_path):
    assert "must be a YAML mapping" in error_of(tmp_path, b"- just\n- a list\n").message


@pytest.mark.parametrize(("content", "words"), [
    (b"", "the article is empty"),
    (b"   \n\n ", "the article is empty"),
    (b"\xff\xfe\x00binary", "not UTF-8"),
])
def test_bad_article_files_are_refused(tmp_path, content, words):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=words):
        read_article_file(path)


def test_a_5_megabyte_article_is_refused_with_the_limit_named(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Words of the article. " * 240_000)
    with pytest.raises(ArticleError, match="the limit is"):
        read_article_file(path)


def test_a_one_word_article_gives_a_clear_error(tmp_path):
    from quiz.core.errors import QuizError
    from quiz.core.service import QuizService

    path = tmp_path / "one.txt"
    path.write_text("Hello", encoding="utf-8")
    service = QuizService.in_memory()
    with pytest.raises(QuizError, match=r"one\.txt: nothing in this article to ask about: no one quoted"):
        service.generate_from_file(path)


@pytest.mark.parametrize("target", ["/etc/passwd", "../../../home/teacher/.ssh/id_rsa", "secrets.db"])
def test_a_pack_cannot_read_a_file_that_is_not_an_article(tmp_path, target):
    path = tmp_path / "p.yaml"
    path.write_text(GOOD_HEAD.replace("  text: Some text.\n", f"  file: {target}\n") + "  - id: a\n", encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert any(p.field == "article.file" and "is not an article" in p.message for p in caught.value.problems)


GOOD_PACK = (
    "schema_version: 1\nid: p\ntitle: P\narticle:\n  text: ICE has about 20,000 staff.\nquestions:\n"
    "  - id: q\n    type: choice\n    skill: numbers\n    prompt: How many?\n    choices: ['20,000', '7,700']\n"
    "    answer: '20,000'\n    evidence: ICE has about 20,000 staff.\n"
)


def test_random_and_mutated_packs_give_pack_errors_never_crashes(tmp_path):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from quiz.core.packs import parse_pack

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.one_of(
        st.text(max_size=400),
        st.tuples(st.integers(0, len(GOOD_PACK)), st.integers(0, 40), st.text(max_size=12)).map(
            lambda t: GOOD_PACK[: t[0]] + t[2] + GOOD_PACK[t[0] + t[1]:]
        ),
    ))
    def check(text):
        try:
            parse_pack(text, tmp_path / "p.yaml")
        except PackError as exc:
            assert exc.problems and all(p.path.endswith("p.yaml") for p in exc.problems)

    check()


def test_control_characters_are_escaped_wherever_a_message_quotes_them():
    from quiz.core.errors import printable

    hostile = "id\x1b[2J\x07\x9b31m\x7f\u202egnp.exe"
    assert printable(hostile) == "id\\x1b[2J\\x07\\x9b31m\\x7f\\u202egnp.exe"
    assert printable("Tab\there,\nnew line, café, “quotes” and ✓") == "Tab\there,\nnew line, café, “quotes” and ✓"


def test_a_hostile_pack_cannot_drive_the_terminal_through_quiz_check(tmp_path, capsys):
    from quiz.cli import main

    path = tmp_path / "hostile.yaml"
    path.write_text(
        GOOD_HEAD.replace("id: x", 'id: "x\\e[2J"').replace("title: X", 'title: X\n"\\e]0;owned\\a": 1')
        + "  - id: a\n", encoding="utf-8",
    )
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert not any(ord(char) < 0x20 and char != "\n" for char in err)
    assert f'{path}:2: id: "x\\x1b[2J" is not a slug' in err
    assert 'unknown key "\\x1b]0;owned\\x07"' in err
