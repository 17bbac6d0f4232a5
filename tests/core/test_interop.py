"""GIFT and Moodle XML: export of every type, the round trip, and import of Moodle's own examples."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import ROOT

from quiz.core.article import parse_article
from quiz.core.domain import Pack, PackArticle, Question
from quiz.core.interop.gift import gift_escape, gift_to_questions, pack_to_gift
from quiz.core.interop.moodle import MOODLE_PERCENTS
from quiz.core.interop.moodle_xml import pack_to_moodle_xml
from quiz.core.interop.portable import as_sentence_choice
from quiz.core.packs import dump_pack, load_pack, parse_pack

EXAMPLES = ROOT / "tests" / "data" / "moodle-gift-examples.txt"
GUARD_PACK = ROOT / "questions" / "guard-troops-generated.yaml"

ARTICLE = (
    "ICE has about 20,000 staff nationwide. Officials said 7,700 of them work in removals.\n"
    "“We act now,” McLaughlin said. The plan was approved on Monday, 3.6 times faster than usual."
)


def question(**fields) -> Question:
    base = dict(
        id="q", type="choice", skill="numbers", prompt="How many staff?", answer="20,000",
        choices=("20,000", "7,700"), evidence="ICE has about 20,000 staff nationwide.",
    )
    return Question(**{**base, **fields})


def pack_of(*questions: Question) -> Pack:
    return Pack(id="test-pack", title="Test", article=PackArticle(text=ARTICLE), questions=questions)


EVERY_TYPE = (
    question(
        id="staff-count",
        prompt="How many staff?\n// not a comment\n<b>bold</b> {x} a=b ~ # : \\ ::title::",
        feedback={"7,700": "That counts removal staff: {not} #all."},
        explanation="Line one.\nLine two: {braces}, #hash, = ~tilde and a \\ backslash.",
    ),
    question(
        id="who-said", type="multi", skill="attribution", prompt="Who is named? Choose all.",
        choices=("ICE", "McLaughlin", "Trump", "Officials"), answer=["ICE", "McLaughlin", "Officials"],
        feedback={"Trump": "Trump is not in the article."},
        evidence="“We act now,” McLaughlin said.", explanation="Three are named.",
    ),
    question(
        id="approved", type="truefalse", skill="uncertainty", prompt="True or false? The plan was approved.",
        choices=(), answer=True, feedback={"false": "The article says it was approved."},
        evidence="The plan was approved on Monday", explanation="",
    ),
    question(
        id="not-rejected", type="truefalse", skill="context", prompt="True or false? The plan was rejected.",
        choices=(), answer=False, evidence="The plan was approved on Monday",
    ),
    question(
        id="removal-staff", type="number", prompt="How many work in removals?", choices=(), answer=7700,
        evidence="Officials said 7,700 of them work in removals.", explanation="7,700.",
    ),
    question(
        id="how-much-faster", type="number", prompt="How many times faster?", choices=(), answer=3.6,
        tolerance=0.1, evidence="3.6 times faster than usual", explanation="3.6 times.",
    ),
    question(
        id="speaker", type="text", skill="attribution", prompt="Who said “We act now”?", choices=(),
        answer="McLaughlin", accept=("Tricia McLaughlin", "Ms McLaughlin"), feedback={"Trump": "Not his words."},
        evidence="“We act now,” McLaughlin said.", explanation="The quote is hers.",
    ),
)
EVIDENCE_QUESTION = question(
    id="find-the-plan", type="evidence", skill="context", prompt="Select the sentence about the plan.",
    choices=(), answer=None, evidence="The plan was approved on Monday",
)
COMPARED = ("id", "type", "skill", "prompt", "answer", "choices", "tolerance", "accept", "evidence",
            "explanation", "feedback")


def as_exported(pack: Pack, warnings: list[str]) -> list[Question]:
    """The questions of `pack` as an export to an LMS writes them: those not left out, evidence
    questions as multiple choice over the article's sentences."""
    article = parse_article(pack.article.text)
    return [
        as_sentence_choice(q, article) if q.type == "evidence" else q
        for q in pack.questions if not any(w.startswith(f"{q.id}: ") for w in warnings)
    ]


def fields(questions: list[Question]) -> list[dict]:
    return [{f: getattr(q, f) for f in COMPARED} for q in questions]


def gift_questions(text: str, article: str = "") -> list[Question]:
    questions, messages = gift_to_questions(text, article)
    assert messages == []
    return questions


def only(text: str, article: str = "") -> Question:
    (found,) = gift_questions(text, article)
    return found


def skipped(text: str) -> str:
    questions, messages = gift_to_questions(text, "")
    assert questions == []
    (message,) = messages
    return message


# ---------------------------------------------------------------- GIFT export


def gift_block(q: Question) -> str:
    exported = pack_to_gift(pack_of(q))
    assert exported.warnings == []
    return exported.content.split("\n\n", 2)[2]  # after the category and the article


@pytest.mark.parametrize(
    "q, expected",
    [
        pytest.param(
            question(id="staff", feedback={"7,700": "Removal staff."}, explanation="It says so."),
            "// skill: numbers\n::staff::[plain]How many staff?{\n\t=20,000\n\t~7,700#Removal staff.\n"
            "\t####It says so.\\n\\nIn the article\\: “ICE has about 20,000 staff nationwide.”\n}\n",
            id="choice",
        ),
        pytest.param(
            question(id="m", type="multi", choices=("a", "b", "c", "d", "e"), answer=["a", "c", "e"], evidence=""),
            "// skill: numbers\n::m::[plain]How many staff?{\n\t~%33.33333%a\n\t~%-50%b\n\t~%33.33333%c\n"
            "\t~%-50%d\n\t~%33.33333%e\n}\n",
            id="multi",
        ),
        pytest.param(
            question(id="t", type="truefalse", choices=(), answer=True, evidence="", feedback={"false": "No."}),
            "// skill: numbers\n::t::[plain]How many staff?{TRUE#No.}\n",
            id="truefalse-true",
        ),
        pytest.param(
            question(id="f", type="truefalse", choices=(), answer=False, explanation="Why."),
            "// skill: numbers\n::f::[plain]How many staff?{FALSE####Why.\\n\\n"
            "In the article\\: “ICE has about 20,000 staff nationwide.”}\n",
            id="truefalse-false",
        ),
        pytest.param(
            question(id="n", type="number", choices=(), answer=3.6, tolerance=0.1, evidence=""),
            "// skill: numbers\n::n::[plain]How many staff?{#3.6:0.1}\n",
            id="number",
        ),
        pytest.param(
            question(id="w", type="text", choices=(), answer="ICE", accept=("the ICE",), evidence=""),
            "// skill: numbers\n::w::[plain]How many staff?{\n\t=ICE\n\t=the ICE\n}\n",
            id="text",
        ),
    ],
)
def test_gift_export_writes_each_type_as_moodle_reads_it(q, expected):
    assert gift_block(q) == expected


def test_gift_export_starts_with_the_pack_as_category_then_its_article():
    text = pack_to_gift(pack_of(*EVERY_TYPE)).content
    assert text.startswith("$CATEGORY: test-pack\n\n::Article::[html]<p>ICE has about 20,000 staff nationwide. ")


@pytest.mark.parametrize(
    "plain, escaped",
    [("~", "\\~"), ("=", "\\="), ("#", "\\#"), ("{", "\\{"), ("}", "\\}"), (":", "\\:"), ("\\", "\\\\"),
     ("a\nb", "a\\nb"), ("a\\nb", "a\\\\nb"), ("“x” 50%", "“x” 50%")],
)
def test_gift_escapes_special_characters_and_newlines(plain, escaped):
    assert gift_escape(plain) == escaped


def test_gift_export_escapes_every_text_of_a_question():
    q = question(id="e", prompt="a{b}", choices=("x=1", "y~2"), answer="x=1", feedback={"y~2": "c#d"},
                 explanation="e:f", evidence="")
    assert gift_block(q) == "// skill: numbers\n::e::[plain]a\\{b\\}{\n\t=x\\=1\n\t~y\\~2#c\\#d\n\t####e\\:f\n}\n"


def test_gift_export_writes_an_evidence_question_as_a_choice_among_the_articles_sentences():
    exported = pack_to_gift(pack_of(EVERY_TYPE[0], EVIDENCE_QUESTION))
    assert (exported.warnings, exported.written, exported.changed) == ([], 2, 1)
    block = exported.content.split("\n\n")[-1]
    assert block == (
        "// skill: context\n::find-the-plan::[plain]Select the sentence about the plan.{\n"
        "\t~ICE has about 20,000 staff nationwide.\n\t~Officials said 7,700 of them work in removals.\n"
        "\t~“We act now,” McLaughlin said.\n\t=The plan was approved on Monday, 3.6 times faster than usual.\n"
        "\t####In the article\\: “The plan was approved on Monday”\n}\n"
    )


@pytest.mark.parametrize(
    "q, reason",
    [
        (question(id="arrow", type="text", choices=(), answer="a -> b"), "matching"),
        (question(id="weight", choices=("%50% of them", "none"), answer="none"), "weight"),
        (question(id="eleven", type="multi", choices=tuple("abcdefghijkl"), answer=list("abcdefghijk")), "grade steps"),
    ],
)
def test_gift_export_skips_what_gift_cannot_say(q, reason):
    text, warnings, _, _ = pack_to_gift(pack_of(q))
    assert f"::{q.id}::" not in text
    assert len(warnings) == 1 and warnings[0].startswith(f"{q.id}: ") and reason in warnings[0]


@pytest.mark.parametrize(
    "right, wrong, right_weight, wrong_weight",
    [(1, 1, "100", "-100"), (2, 2, "50", "-50"), (3, 2, "33.33333", "-50"), (1, 3, "100", "-33.33333"),
     (7, 1, "14.28571", "-100"), (2, 11, "50", "-10")],
)
def test_multi_weights_share_100_and_picking_everything_scores_nothing(right, wrong, right_weight, wrong_weight):
    choices = tuple(f"c{i}" for i in range(right + wrong))
    q = question(id="m", type="multi", choices=choices, answer=list(choices[:right]), evidence="")
    block = gift_block(q)
    assert block.count(f"~%{right_weight}%") == right
    assert block.count(f"~%{wrong_weight}%") == wrong
    total = right * float(right_weight) + wrong * float(wrong_weight)
    assert abs(right * float(right_weight) - 100) < 0.001 and total <= 0.001


# ---------------------------------------------------------------- round trip


def round_trip(pack: Pack) -> tuple[list[Question], list[Question]]:
    text, warnings, _, _ = pack_to_gift(pack)
    return as_exported(pack, warnings), gift_questions(text, pack.article.text)


def test_round_trip_keeps_every_field_of_every_exported_type():
    exported, imported = round_trip(pack_of(*EVERY_TYPE, EVIDENCE_QUESTION))
    assert [q.id for q in exported] == [q.id for q in (*EVERY_TYPE, EVIDENCE_QUESTION)]
    assert fields(imported) == fields(exported)


def test_round_trip_of_the_shipped_pack_keeps_ids_types_skills_answers_and_evidence():
    pack = load_pack(GUARD_PACK)
    exported, imported = round_trip(pack)
    assert len(exported) == len(pack.questions)
    assert fields(imported) == fields(exported)


# ---------------------------------------------------------------- Moodle XML


def moodle_xml(*questions: Question) -> tuple[ET.Element, list[str]]:
    text, warnings, _, _ = pack_to_moodle_xml(pack_of(*questions))
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
    return ET.fromstring(text), warnings


def test_moodle_xml_has_one_question_of_the_right_type_per_exported_question():
    root, warnings = moodle_xml(*EVERY_TYPE, EVIDENCE_QUESTION)
    assert [(q.findtext("name/text"), q.get("type")) for q in root.findall("question")] == [
        ("Article", "description"), ("staff-count", "multichoice"), ("who-said", "multichoice"), ("approved", "truefalse"),
        ("not-rejected", "truefalse"), ("removal-staff", "numerical"), ("how-much-faster", "numerical"),
        ("speaker", "shortanswer"), ("find-the-plan", "multichoice"),
    ]
    assert warnings == []


def xml_question(q: Question) -> ET.Element:
    root, _ = moodle_xml(q)
    (_article, element) = root.findall("question")
    return element


def answers(element: ET.Element) -> list[tuple[str, str]]:
    return [(a.findtext("text"), a.get("fraction")) for a in element.findall("answer")]


@pytest.mark.parametrize(
    "index, single, expected",
    [
        (0, "true", [("20,000", "100"), ("7,700", "0")]),
        (1, "false", [("ICE", "33.33333"), ("McLaughlin", "33.33333"), ("Trump", "-100"), ("Officials", "33.33333")]),
    ],
)
def test_moodle_xml_multichoice_has_single_and_moodle_fractions(index, single, expected):
    element = xml_question(EVERY_TYPE[index])
    assert element.findtext("single") == single
    assert element.findtext("answernumbering") == "abc"
    assert element.findtext("shuffleanswers") == "true"
    assert answers(element) == expected


@pytest.mark.parametrize("index, expected", [(2, [("true", "100"), ("false", "0")]), (3, [("true", "0"), ("false", "100")])])
def test_moodle_xml_truefalse_marks_the_right_value(index, expected):
    assert answers(xml_question(EVERY_TYPE[index])) == expected


def test_moodle_xml_numerical_has_answer_and_tolerance():
    element = xml_question(EVERY_TYPE[5])
    (answer,) = element.findall("answer")
    assert (answer.findtext("text"), answer.get("fraction"), answer.findtext("tolerance")) == ("3.6", "100", "0.1")


def test_moodle_xml_shortanswer_accepts_every_answer_at_full_marks():
    element = xml_question(EVERY_TYPE[6])
    assert element.findtext("usecase") == "0"
    assert answers(element) == [
        ("McLaughlin", "100"), ("Tricia McLaughlin", "100"), ("Ms McLaughlin", "100"), ("Trump", "0"),
    ]


def test_moodle_xml_general_feedback_holds_the_explanation_and_the_passage():
    feedback = xml_question(EVERY_TYPE[4]).find("generalfeedback")
    assert feedback.get("format") == "html"
    assert feedback.findtext("text") == "7,700.<br><br>In the article: “Officials said 7,700 of them work in removals.”"


def test_moodle_xml_escapes_plain_text_as_html():
    element = xml_question(question(prompt="Is <b>this</b> & that\nbold?"))
    assert element.find("questiontext").get("format") == "html"
    assert element.findtext("questiontext/text") == "Is &lt;b&gt;this&lt;/b&gt; &amp; that<br>bold?"


def test_moodle_xml_carries_grade_penalty_hidden_and_skill_tag():
    element = xml_question(EVERY_TYPE[1])
    assert (element.findtext("defaultgrade"), element.findtext("penalty"), element.findtext("hidden")) == (
        "1", "0.3333333", "0",
    )
    assert [t.findtext("text") for t in element.findall("tags/tag")] == ["skill:attribution"]


def test_moodle_xml_of_the_shipped_pack_uses_only_moodle_grade_steps():
    text = pack_to_moodle_xml(load_pack(GUARD_PACK)).content
    allowed = {"0", *MOODLE_PERCENTS, *(f"-{p}" for p in MOODLE_PERCENTS)}
    fractions = {a.get("fraction") for a in ET.fromstring(text).iter("answer")}
    assert fractions and fractions <= allowed


# ---------------------------------------------------------------- GIFT import: Moodle's examples

# Counted by hand in tests/data/moodle-gift-examples.txt: 43 questions, of which 3 are
# matching questions and none is an essay or a description.
EXAMPLE_TYPES = {"choice": 16, "multi": 2, "truefalse": 5, "text": 9, "number": 8}


def test_moodle_examples_import_every_supported_question():
    questions, _ = gift_to_questions(EXAMPLES.read_text(encoding="utf-8"), "")
    counts = {t: sum(q.type == t for q in questions) for t in EXAMPLE_TYPES}
    assert counts == EXAMPLE_TYPES


@pytest.mark.parametrize("kind, count", [("matching", 3), ("essay", 0), ("description", 0)])
def test_moodle_examples_report_one_line_per_unsupported_question(kind, count):
    _, messages = gift_to_questions(EXAMPLES.read_text(encoding="utf-8"), "")
    assert len(messages) == 3
    assert sum(kind in m for m in messages) == count


def test_moodle_examples_get_unique_ids_from_titles_or_their_place():
    questions, _ = gift_to_questions(EXAMPLES.read_text(encoding="utf-8"), "")
    ids = [q.id for q in questions]
    assert len(set(ids)) == len(ids)
    assert ids[:3] == ["q1", "q2", "q3"]
    assert {"kanji-origins", "jesus-hometown", "jesus-hometown-2", "gift-control-characters"} <= set(ids)


# ---------------------------------------------------------------- GIFT import: one feature each


@pytest.mark.parametrize(
    "gift, fields",
    [
        ("Sky?{=blue ~red ~green}", dict(type="choice", answer="blue", choices=("blue", "red", "green"))),
        ("Sky?{~%100%blue ~red}", dict(type="choice", answer="blue", choices=("blue", "red"))),
        ("Two?{~%50%a ~%50%b ~c}", dict(type="multi", answer=["a", "b"], choices=("a", "b", "c"))),
        ("Two?{~%50%a ~%-100%c ~%50%b}", dict(type="multi", answer=["a", "b"], choices=("a", "c", "b"))),
        ("One?{~%100%a ~%-100%b}", dict(type="multi", answer=["a"], choices=("a", "b"))),
        ("Yes?{T}", dict(type="truefalse", answer=True)),
        ("Yes?{TRUE}", dict(type="truefalse", answer=True)),
        ("No?{F}", dict(type="truefalse", answer=False)),
        ("No?{FALSE#Wrong.#Right.}", dict(type="truefalse", answer=False, feedback={"true": "Wrong."})),
        ("Who?{=no one =nobody}", dict(type="text", answer="no one", accept=("nobody",))),
        ("Who?{=a =%50%b#Close.}", dict(type="text", answer="a", accept=(), feedback={"b": "Close."})),
        ("Born?{#1822:5}", dict(type="number", answer=1822, tolerance=5.0)),
        ("Born?{#1822}", dict(type="number", answer=1822, tolerance=0.0)),
        ("Pi?{#3.141..3.142}", dict(type="number", answer=3.1415, tolerance=0.0005)),
        ("Born?{#=%50%1820:2 =1822:0#Yes ~#Nope}", dict(type="number", answer=1822, tolerance=0.0)),
        ("Grant is {~buried =entombed} in the tomb.", dict(prompt="Grant is ___ in the tomb.")),
        ("Which? {=\\{a\\} ~b\\:c ~d\\\\ ~e\\#\\~\\=}", dict(choices=("{a}", "b:c", "d\\", "e#~="))),
        ("Line\\none?{=a ~b}", dict(prompt="Line\none?")),
        ("[html]<p>Is <b>x</b> &lt; y&amp;z?</p>{=a ~b}", dict(prompt="Is x < y&z?")),
        ("[html]One<br>two<p>three</p>{=a ~b}", dict(prompt="One\ntwo\nthree")),
        ("[markdown]Who's **it**?{=a ~b}", dict(prompt="Who's **it**?")),
        ("[plain]<b>Bold</b>?{=a ~b}", dict(prompt="<b>Bold</b>?")),
        ("Q?{=a#Yes ~b#No####Because.}", dict(feedback={"a": "Yes", "b": "No"}, explanation="Because.")),
        ("// skill: sourcing\nQ?{=a ~b}", dict(skill="sourcing")),
        ("// skill: gossip\nQ?{=a ~b}", dict(skill="context")),
        ("Q?\n// skill: sourcing\n{=a ~b}", dict(skill="context")),
        ("Q?{=a ~b}", dict(skill="context")),
        ("::Grant's Tomb (1)::Q?{=a ~b}", dict(id="grants-tomb-1")),
        ("::Café Olé::Q?{=a ~b}", dict(id="cafe-ole")),
    ],
)
def test_gift_import_reads_each_feature(gift, fields):
    found = only(gift)
    assert {k: getattr(found, k) for k in fields} == fields


def test_gift_import_makes_ids_unique_and_numbers_untitled_questions():
    questions = gift_questions("::Same::A?{=a ~b}\n\n::Same::B?{=a ~b}\n\nC?{=a ~b}\n\n::q3::D?{=a ~b}")
    assert [q.id for q in questions] == ["same", "same-2", "q3", "q3-2"]


def test_gift_import_ignores_the_category_line():
    assert [q.id for q in gift_questions("$CATEGORY: tom/dick\n\nQ?{=a ~b}")] == ["q1"]


@pytest.mark.parametrize(
    "gift, kind",
    [
        ("Matching. {=Canada -> Ottawa =Italy -> Rome}", "matching"),
        ("Write about Grant.{}", "essay"),
        ("Just some words about Grant.", "description"),
        ("Open {=a ~b", "malformed"),
        ("Close =a ~b}", "malformed"),
        ("Backwards }=a ~b{", "malformed"),
        ("Two {=a ~b} blocks {=c ~d}", "malformed"),
        ("Nothing right?{~a ~b}", "malformed"),
        ("Two right?{=a =b ~c}", "malformed"),
        ("Half right?{~%50%a ~b}", "malformed"),
        ("Same?{=a ~a}", "malformed"),
        ("Not a number?{#twelve}", "malformed"),
        ("{=a ~b}", "malformed"),
    ],
)
def test_gift_import_skips_what_the_app_cannot_take_with_one_line(gift, kind):
    message = skipped(gift)
    assert message.startswith("Skipped question 1 ") and kind in message


@pytest.mark.parametrize(
    "gift, named",
    [
        ("::Map::Match {=a -> b =c -> d}", '"Map"'),
        ("Write an essay about the war of 1812.{}", '"Write an essay about the war of 1812."'),
        ("A very long description that goes on and on past fifty characters.", '"A very long description that goes on and on past…"'),
    ],
)
def test_gift_import_skip_line_names_the_question(gift, named):
    assert named in skipped(gift)


@pytest.mark.parametrize("text", ["", "\n\n  \n", "// only a comment\n// and another", "$CATEGORY: x"])
def test_gift_import_of_nothing_gives_nothing(text):
    assert gift_to_questions(text, "") == ([], [])


@pytest.mark.parametrize(
    "junk",
    [
        bytes(range(256)).decode("latin-1"),
        (b"\x89PNG\r\n\x1a\n\x00\x00{\x00}~=#::\xff\xfe" * 20).decode("utf-8", errors="replace"),
        "{{{{}}}}" + "\\" * 5 + "::" * 7 + "####",
    ],
)
def test_gift_import_of_binary_junk_gives_skip_lines_not_exceptions(junk):
    _, messages = gift_to_questions(junk, "")
    assert all(m.startswith("Skipped question ") for m in messages)


_TOKENS = st.sampled_from(
    ["{", "}", "~", "=", "#", "####", "::", "->", "%50%", "%-100%", "\\", "\n", "\n\n", "//", "T", "..", ":",
     "1", "a", " ", "[html]", "<b>", "&amp;", "$CATEGORY:", "In the article: “", "”", "\x00"]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(_TOKENS, max_size=40).map("".join)))
def test_gift_import_never_raises(text):
    questions, messages = gift_to_questions(text, ARTICLE)
    assert all(isinstance(q, Question) for q in questions)
    assert all(m.startswith("Skipped question ") for m in messages)


# ---------------------------------------------------------------- GIFT import: evidence


def test_evidence_is_the_quoted_passage_when_the_article_has_it_verbatim():
    found = only("Q?{=20,000 ~7,700####Count them.\\n\\nIn the article\\: “ICE has about 20,000 staff”}", ARTICLE)
    assert (found.evidence, found.explanation) == ("ICE has about 20,000 staff", "Count them.")


def test_evidence_passage_may_hold_a_closing_quote():
    found = only("Q?{=McLaughlin ~Trump####In the article\\: ““We act now,” McLaughlin said.”}", ARTICLE)
    assert (found.evidence, found.explanation) == ("“We act now,” McLaughlin said.", "")


def test_a_passage_not_in_the_article_stays_in_the_explanation_and_the_answer_sentence_is_used():
    found = only("Q?{=McLaughlin ~Trump####In the article\\: “We act later”}", ARTICLE)
    assert found.evidence == "“We act now,” McLaughlin said."
    assert found.explanation == "In the article: “We act later”"


@pytest.mark.parametrize(
    "gift, evidence",
    [
        ("How many?{#20000}", "ICE has about 20,000 staff nationwide."),
        ("Who?{=Officials =the officials}", "Officials said 7,700 of them work in removals."),
        ("Which?{=said ~bar}", ""),  # two sentences hold "said": no single one
        ("Which?{=off ~bar}", ""),  # "Officials" holds "off", but not as a word
        ("Yes?{TRUE}", ""),
    ],
)
def test_evidence_falls_back_to_the_one_sentence_holding_the_answer(gift, evidence):
    assert only(gift, ARTICLE).evidence == evidence


def test_evidence_is_empty_without_an_article():
    assert only("How many?{#20000}", "").evidence == ""


def test_the_shipped_pack_read_back_from_gift_is_a_valid_pack(tmp_path):
    pack = load_pack(GUARD_PACK)
    _, imported = round_trip(pack)
    text = dump_pack(replace(pack, questions=tuple(imported)))
    assert len(parse_pack(text, tmp_path / "pack.yaml").questions) == len(imported)


# ---------------------------------------------------------------- the article travels


@pytest.mark.parametrize("text", [
    "One line.",
    "Headline\nFirst paragraph.\nSecond <b>bold</b> & “quoted” paragraph.\n",
    "Paragraphs\n\napart, as Markdown articles are.\n\n\nThree lines here.",
    "Ends with a blank line\n\n",
    "Two spaces.  After\xa0a no-break space.",
])
def test_the_article_as_html_reads_back_to_the_same_text_and_title(text):
    from quiz.core.interop.portable import article_from_html, article_html

    back = article_from_html(article_html(PackArticle(text=text, title="A <title> & more")))
    assert (back.text, back.title) == (text, "A <title> & more")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=30)
                .map(lambda line: line.strip(" ")), min_size=1, max_size=5))
def test_any_article_whose_lines_do_not_start_or_end_with_a_space_survives_its_html(lines):
    from quiz.core.interop.portable import article_from_html, article_html

    text = "\n".join(lines)
    back = article_from_html(article_html(PackArticle(text=text)))
    assert (back.text if back else "") == (text if text.strip() else "")


def test_an_article_page_from_elsewhere_gives_its_headline_and_paragraphs():
    from quiz.core.interop.portable import article_from_html

    page = ("<html><head><title>Site</title><style>p {}</style></head><body><h1>Guard request</h1>"
            "<div><p>First <i>para</i>.</p><p>Second<br>line.</p></div><script>x()</script></body></html>")
    found = article_from_html(page)
    assert (found.title, found.text) == ("Guard request", "First para.\nSecond\nline.")


def test_gift_and_moodle_xml_carry_the_article_as_a_description_named_article():
    from quiz.core.interop.gift import gift_article
    from quiz.core.interop.moodle_xml import moodle_xml_article, parse_moodle_xml

    pack = load_pack(GUARD_PACK)
    for found in (gift_article(pack_to_gift(pack).content),
                  moodle_xml_article(parse_moodle_xml(pack_to_moodle_xml(pack).content, "x.xml"))):
        assert (found.title, found.text) == (pack.article.title, pack.article.text)


def test_a_description_not_named_article_is_skipped_as_before():
    from quiz.core.interop.gift import gift_article

    text = "::Intro::Read carefully.\n\n::Article::[plain]The text itself.\n\nQ?{T}"
    questions, messages = gift_to_questions(text, "")
    assert len(questions) == 1 and len(messages) == 1 and "a description" in messages[0]
    assert gift_article(text).text == "The text itself."


def test_an_evidence_question_over_several_sentences_offers_them_together_as_the_right_choice():
    article = parse_article(ARTICLE)
    spanning = replace(EVIDENCE_QUESTION, evidence="7,700 of them work in removals.\n“We act now,”")
    choice = as_sentence_choice(spanning, article)
    assert choice.answer == "Officials said 7,700 of them work in removals.\n“We act now,” McLaughlin said."
    assert choice.choices == ("ICE has about 20,000 staff nationwide.", choice.answer,
                              "The plan was approved on Monday, 3.6 times faster than usual.")
    assert (choice.type, choice.evidence, choice.prompt) == ("choice", spanning.evidence, spanning.prompt)


def test_an_evidence_question_on_a_one_sentence_article_is_left_out_with_the_reason():
    pack = Pack(id="p", title="P", article=PackArticle(text="The plan was approved on Monday."),
                questions=(EVIDENCE_QUESTION,))
    exported = pack_to_gift(pack)
    assert exported.warnings == ["find-the-plan: not exported: an evidence question, and the article has no other "
                                 "sentence to offer as a choice"]
    assert exported.summary() == "0 questions; 1 left out"
