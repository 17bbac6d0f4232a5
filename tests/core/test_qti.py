"""IMS QTI 2.1: every exported file valid against the IMS schemas (kept in tests/data/qti,
read offline), each question type as its interaction, the round trip, items written by
other tools, and hostile packages refused before anything is written."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from lxml import etree
from support import ROOT, SEED_ARTICLE, deflated_zeros, peak_memory, run_quiz, stored_zip, zip_of
from test_interop import ARTICLE, EVERY_TYPE, EVIDENCE_QUESTION, as_exported, fields, pack_of

from quiz.core.domain import Question
from quiz.core.errors import ArticleNeeded, QuizError
from quiz.core.interop.qti import pack_to_qti
from quiz.core.packs import load_pack
from quiz.core.scoring import score_response
from quiz.core.service import QuizService

SCHEMAS = ROOT / "tests" / "data" / "qti" / "schemas"
# The schema locations our files name, and the copies the tests read instead.
LOCAL_COPIES = {
    "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd": SCHEMAS / "qtiv2p1" / "imsqti_v2p1.xsd",
    "http://www.imsglobal.org/xsd/imscp_v1p1.xsd": SCHEMAS / "imscp_v1p1.xsd",
    "http://www.imsglobal.org/xsd/imsmd_v1p2p4.xsd": SCHEMAS / "imsmd_v1p2p4.xsd",
}
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
SHIPPED = sorted((ROOT / "questions").glob("*.yaml"))
MB = 1024 * 1024


class Offline(etree.Resolver):
    """Notes every schema the validator asks for, and refuses any that is not a file here."""

    asked: list[str] = []

    def resolve(self, url, public_id, context):
        Offline.asked.append(url)
        if not url.startswith(SCHEMAS.as_uri()):
            raise AssertionError(f"a schema was asked for at {url}")
        return None  # read the local file as usual


@cache
def schema(imports: tuple[tuple[str, str], ...]) -> etree.XMLSchema:
    """A schema importing, for each (namespace, location) a file names, the local copy of that location."""
    lines = "".join(f'<xs:import namespace="{namespace}" schemaLocation="{LOCAL_COPIES[location].as_uri()}"/>'
                    for namespace, location in imports)
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(Offline())
    return etree.XMLSchema(etree.fromstring(f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{lines}</xs:schema>',
                                            parser))


def validation_errors(content: bytes) -> list[str]:
    """What the IMS schemas named by the file's xsi:schemaLocation find wrong in it."""
    document = etree.fromstring(content, etree.XMLParser(no_network=True, resolve_entities=False))
    pairs = document.get(f"{XSI}schemaLocation").split()
    checker = schema(tuple(zip(pairs[::2], pairs[1::2])))
    return [] if checker.validate(document) else [str(e) for e in checker.error_log]


def package_files(pack) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(pack_to_qti(pack).content)) as package:
        return {name: package.read(name) for name in package.namelist()}


def write_package(tmp_path: Path, pack, name: str = "pack.zip") -> Path:
    path = tmp_path / name
    path.write_bytes(pack_to_qti(pack).content)
    return path


def qti(element: ET.Element, path: str) -> list[ET.Element]:
    """`element.findall(path)` in the QTI namespace."""
    return element.findall("/".join(f"{{http://www.imsglobal.org/xsd/imsqti_v2p1}}{part}" for part in path.split("/")))


def item_of(question: Question) -> ET.Element:
    files = package_files(pack_of(question))
    (name,) = [n for n in files if n.startswith("items/")]
    return ET.fromstring(files[name])


# ---------------------------------------------------------------- the IMS schemas


@pytest.mark.parametrize("pack", [*SHIPPED, "every type"], ids=[*(p.stem for p in SHIPPED), "every-type"])
def test_every_file_of_an_exported_package_is_valid_against_the_ims_schemas(pack):
    pack = pack_of(*EVERY_TYPE, EVIDENCE_QUESTION) if pack == "every type" else load_pack(pack)
    files = package_files(pack)
    assert set(files) == {"imsmanifest.xml", "assessment.xml", "article.html",
                          *(f"items/{q.id}.xml" for q in pack.questions)}
    for name, content in files.items():
        if name.endswith(".xml"):
            assert validation_errors(content) == [], name


def test_the_schemas_come_from_the_copies_here_and_from_nowhere_else():
    Offline.asked.clear()
    schema.cache_clear()
    validation_errors(package_files(pack_of(*EVERY_TYPE))["imsmanifest.xml"])
    validation_errors(package_files(pack_of(*EVERY_TYPE))["items/staff-count.xml"])
    assert Offline.asked and all(url.startswith(SCHEMAS.as_uri()) for url in Offline.asked)
    assert {url.rsplit("/", 1)[1] for url in Offline.asked} >= {"imsqti_v2p1.xsd", "imscp_v1p1.xsd", "imsmd_v1p2p4.xsd",
                                                              "mathml2.xsd", "xml.xsd"}


def test_the_validation_finds_an_item_that_breaks_the_schema():
    content = package_files(pack_of(EVERY_TYPE[0]))["items/staff-count.xml"]
    broken = content.replace(b'maxChoices="1"', b'maxChoices="one"').replace(b"<prompt>", b"<prompt><choiceInteraction/>")
    assert len(validation_errors(broken)) >= 2


# ---------------------------------------------------------------- export: each type as its interaction


def test_a_choice_is_a_choice_interaction_with_feedback_in_the_choice_and_the_explanation_as_modal_feedback():
    item = item_of(EVERY_TYPE[0])
    assert (item.get("identifier"), item.get("title"), item.get("label")) == ("staff-count", "staff-count", "skill:numbers")
    (interaction,) = qti(item, "itemBody/choiceInteraction")
    assert interaction.get("maxChoices") == "1"
    choices = qti(interaction, "simpleChoice")
    assert [c.text for c in choices] == ["20,000", "7,700"]
    assert [v.text for v in qti(item, "responseDeclaration/correctResponse/value")] == [choices[0].get("identifier")]
    (inline,) = qti(choices[1], "feedbackInline")
    assert (inline.text, inline.get("identifier")) == ("That counts removal staff: {not} #all.", choices[1].get("identifier"))
    (modal,) = qti(item, "modalFeedback")
    words = "".join(modal.itertext())
    assert words.startswith("Line one.Line two") and words.endswith("In the article: “ICE has about 20,000 staff nationwide.”")
    assert len(qti(modal, "br")) == 3  # the explanation's line break, and the blank line before the passage


def test_true_false_is_a_choice_between_true_and_false():
    item = item_of(EVERY_TYPE[2])
    assert [(c.get("identifier"), c.text) for c in qti(item, "itemBody/choiceInteraction/simpleChoice")] == [
        ("true", "True"), ("false", "False")]
    assert [v.text for v in qti(item, "responseDeclaration/correctResponse/value")] == ["true"]


@pytest.mark.parametrize(("question", "base_type", "tolerance"), [(EVERY_TYPE[4], "float", None),
                                                                  (EVERY_TYPE[5], "float", "0.1 0.1")])
def test_a_number_is_a_text_entry_within_its_tolerance(question, base_type, tolerance):
    item = item_of(question)
    (declaration,) = qti(item, "responseDeclaration")
    assert declaration.get("baseType") == base_type
    assert qti(item, "itemBody/p/textEntryInteraction")
    (equal,) = qti(item, "responseProcessing/responseCondition/responseIf/equal")
    assert equal.get("tolerance") == tolerance and equal.get("toleranceMode") == ("absolute" if tolerance else "exact")


def test_a_text_answer_accepts_each_answer_in_any_case_and_gives_feedback_for_a_wrong_one():
    item = item_of(EVERY_TYPE[6])
    entries = qti(item, "responseDeclaration/mapping/mapEntry")
    assert [(e.get("mapKey"), e.get("mappedValue"), e.get("caseSensitive")) for e in entries] == [
        ("McLaughlin", "1", "false"), ("Tricia McLaughlin", "1", "false"), ("Ms McLaughlin", "1", "false")]
    (match,) = qti(item, "responseProcessing/responseCondition/responseIf/stringMatch")
    assert [e.text for e in match if e.text] == ["Trump"]
    assert [("".join(m.itertext()), m.get("identifier")) for m in qti(item, "modalFeedback")][0] == (
        "Not his words.", "feedback-1")


@pytest.mark.parametrize("picked", [[], ["ICE"], ["ICE", "McLaughlin", "Officials"], ["ICE", "Trump"], ["Trump"],
                                    ["ICE", "McLaughlin", "Trump", "Officials"]])
def test_a_multi_question_scores_in_an_lms_as_in_the_app(picked):
    question = EVERY_TYPE[1]
    item = item_of(question)
    ids = {c.text: c.get("identifier") for c in qti(item, "itemBody/choiceInteraction/simpleChoice")}
    (mapping,) = qti(item, "responseDeclaration/mapping")
    mapped = {e.get("mapKey"): float(e.get("mappedValue")) for e in mapping}
    lms = min(float(mapping.get("upperBound")), max(float(mapping.get("lowerBound")), sum(mapped[ids[p]] for p in picked)))
    assert lms == pytest.approx(score_response(question, picked).score, abs=1e-4)


def test_an_evidence_question_is_a_choice_among_the_articles_sentences():
    exported = pack_to_qti(pack_of(EVIDENCE_QUESTION))
    assert (exported.written, exported.changed, exported.warnings) == (1, 1, [])
    item = item_of(EVIDENCE_QUESTION)
    choices = [c.text for c in qti(item, "itemBody/choiceInteraction/simpleChoice")]
    assert choices[-1] == "The plan was approved on Monday, 3.6 times faster than usual." and len(choices) == 4
    assert "In the article: “The plan was approved on Monday”" in "".join(qti(item, "modalFeedback")[0].itertext())


def test_the_article_is_a_page_of_the_package_and_inside_every_item():
    pack = load_pack(SHIPPED[0])
    files = package_files(pack)
    page = files["article.html"].decode()
    assert f"<title>{pack.article.title}</title>" in page and page.count("<p>") == pack.article.text.count("\n") + 1
    for name in [n for n in files if n.startswith("items/")]:
        (shown,) = qti(ET.fromstring(files[name]), "itemBody/div/object")
        assert (shown.get("data"), shown.get("type")) == ("../article.html", "text/html")
        assert qti(shown, "h2")[0].text == pack.article.title and len(qti(shown, "p")) == page.count("<p>")


def test_the_manifest_lists_the_test_the_items_and_the_article_and_the_test_keeps_pack_order():
    pack = load_pack(SHIPPED[0])
    files = package_files(pack)
    cp = "{http://www.imsglobal.org/xsd/imscp_v1p1}"
    resources = ET.fromstring(files["imsmanifest.xml"]).iter(f"{cp}resource")
    kinds = [(r.get("type"), r.get("href")) for r in resources]
    assert kinds[0] == ("imsqti_test_xmlv2p1", "assessment.xml") and kinds[-1] == ("webcontent", "article.html")
    assert [href for kind, href in kinds[1:-1]] == [f"items/{q.id}.xml" for q in pack.questions]
    refs = ET.fromstring(files["assessment.xml"]).iter("{http://www.imsglobal.org/xsd/imsqti_v2p1}assessmentItemRef")
    assert [r.get("href") for r in refs] == [f"items/{q.id}.xml" for q in pack.questions]


def test_question_ids_that_are_not_xml_names_get_identifiers_that_are_and_keep_their_id_as_title():
    questions = [replace(EVERY_TYPE[0], id=qid) for qid in ("2024 count", "Count", "count")]
    files = package_files(pack_of(*questions))
    items = sorted(n for n in files if n.startswith("items/"))
    assert items == ["items/Count.xml", "items/count-2.xml", "items/q-2024-count.xml"]
    assert all(validation_errors(files[n]) == [] for n in items)
    assert sorted(ET.fromstring(files[n]).get("title") for n in items) == ["2024 count", "Count", "count"]


def test_the_same_pack_gives_the_same_bytes():
    assert pack_to_qti(load_pack(SHIPPED[0])).content == pack_to_qti(load_pack(SHIPPED[0])).content


# ---------------------------------------------------------------- import: the round trip


@pytest.mark.parametrize("pack", [*SHIPPED, "every type"], ids=[*(p.stem for p in SHIPPED), "every-type"])
def test_a_package_imports_back_to_the_same_questions_with_its_article(tmp_path, pack):
    pack = pack_of(*EVERY_TYPE, EVIDENCE_QUESTION) if pack == "every type" else load_pack(pack)
    service = QuizService.in_memory()
    imported, notes = service.read_question_file(write_package(tmp_path, pack))
    assert notes == [] or all("no explanation" in str(n) or "no evidence" in str(n) for n in notes)
    assert (imported.article.title, imported.article.text) == (pack.article.title, pack.article.text)
    assert fields(imported.questions) == fields(as_exported(pack, []))


def test_a_single_item_imports_with_the_article_it_carries(tmp_path):
    files = package_files(pack_of(*EVERY_TYPE))
    item = tmp_path / "speaker.xml"
    item.write_bytes(files["items/speaker.xml"])
    pack, notes = QuizService.in_memory().read_question_file(item)
    assert pack.article.text == ARTICLE and notes == []
    assert fields(pack.questions) == fields([EVERY_TYPE[6]])


def test_the_article_given_wins_over_the_one_that_travelled(tmp_path):
    pack, _ = QuizService.in_memory().read_question_file(write_package(tmp_path, load_pack(SHIPPED[0])), SEED_ARTICLE)
    assert pack.article.text == SEED_ARTICLE.read_text(encoding="utf-8")


# ---------------------------------------------------------------- import: items written by other tools

NS = 'xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"'
FOREIGN = {
    "choice": f"""<assessmentItem {NS} identifier="c" title="Unattended Luggage" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse><value>ChoiceA</value></correctResponse></responseDeclaration>
  <itemBody><p>Look at the sign.</p>
    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
      <prompt>What does it say?</prompt>
      <simpleChoice identifier="ChoiceA">Stay with your luggage.</simpleChoice>
      <simpleChoice identifier="ChoiceB">Leave your   luggage
         here.</simpleChoice></choiceInteraction></itemBody>
  <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
</assessmentItem>""",
    "multiple": f"""<assessmentItem {NS} identifier="m" title="Water" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="R" cardinality="multiple" baseType="identifier">
    <mapping lowerBound="0" upperBound="2" defaultValue="-2">
      <mapEntry mapKey="H" mappedValue="1"/><mapEntry mapKey="O" mappedValue="1"/><mapEntry mapKey="Cl" mappedValue="-1"/>
    </mapping></responseDeclaration>
  <itemBody><choiceInteraction responseIdentifier="R" maxChoices="0"><prompt>Which form water?</prompt>
    <simpleChoice identifier="H">Hydrogen</simpleChoice><simpleChoice identifier="Cl">Chlorine</simpleChoice>
    <simpleChoice identifier="O">Oxygen</simpleChoice></choiceInteraction></itemBody>
</assessmentItem>""",
    "truefalse": f"""<assessmentItem {NS} identifier="tf" title="Psychology" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse><value>true</value></correctResponse></responseDeclaration>
  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>
  <itemBody><choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
    <prompt>Freud and Jung are psychoanalysts.</prompt>
    <simpleChoice identifier="true">True <feedbackInline outcomeIdentifier="FEEDBACK" identifier="true"
      showHide="show">That's correct</feedbackInline></simpleChoice>
    <simpleChoice identifier="false">False <feedbackInline outcomeIdentifier="FEEDBACK" identifier="false"
      showHide="show">That's not correct</feedbackInline></simpleChoice></choiceInteraction></itemBody>
  <responseProcessing><setOutcomeValue identifier="FEEDBACK"><variable identifier="RESPONSE"/></setOutcomeValue>
  </responseProcessing>
</assessmentItem>""",
    "modal": f"""<assessmentItem {NS} identifier="mf" title="Modal" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse><value>b</value></correctResponse></responseDeclaration>
  <itemBody><choiceInteraction responseIdentifier="RESPONSE" maxChoices="1"><prompt>Pick b.</prompt>
    <simpleChoice identifier="a">a</simpleChoice><simpleChoice identifier="b">b</simpleChoice>
    <simpleChoice identifier="c">c</simpleChoice></choiceInteraction></itemBody>
  <responseProcessing><responseCondition>
    <responseIf><match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>
      <setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">correct</baseValue></setOutcomeValue>
    </responseIf>
    <responseElse><setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">incorrect</baseValue>
      </setOutcomeValue></responseElse></responseCondition>
    <setOutcomeValue identifier="SEEN"><baseValue baseType="identifier">always</baseValue></setOutcomeValue>
  </responseProcessing>
  <modalFeedback outcomeIdentifier="FEEDBACK" showHide="show" identifier="correct">Well done.</modalFeedback>
  <modalFeedback outcomeIdentifier="FEEDBACK" showHide="show" identifier="incorrect">Look again.</modalFeedback>
  <modalFeedback outcomeIdentifier="SEEN" showHide="show" identifier="always">b is the second letter.</modalFeedback>
</assessmentItem>""",
    "cloze": f"""<assessmentItem {NS} identifier="t" title="Richard III" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">
    <correctResponse><value>York</value></correctResponse>
    <mapping defaultValue="0"><mapEntry mapKey="York" mappedValue="1"/><mapEntry mapKey="york" mappedValue="0.5"/>
    </mapping></responseDeclaration>
  <itemBody><p>Fill the gap.</p><blockquote><p>Made glorious summer by this sun of
    <textEntryInteraction responseIdentifier="RESPONSE" expectedLength="15"/>;</p></blockquote></itemBody>
</assessmentItem>""",
    "number": f"""<assessmentItem {NS} identifier="n" title="Troops" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="integer">
    <correctResponse><value>20000</value></correctResponse></responseDeclaration>
  <itemBody><p>How many troops? <textEntryInteraction responseIdentifier="RESPONSE"/></p></itemBody>
  <responseProcessing><responseCondition><responseIf>
    <equal toleranceMode="relative" tolerance="5"><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal>
    <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>
  </responseIf></responseCondition></responseProcessing>
</assessmentItem>""",
    "order": f"""<assessmentItem {NS} identifier="o" title="Grand Prix" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"/>
  <itemBody>
    <orderInteraction responseIdentifier="RESPONSE"><prompt>Order them.</prompt>
      <simpleChoice identifier="A">A</simpleChoice><simpleChoice identifier="B">B</simpleChoice></orderInteraction>
  </itemBody>
</assessmentItem>""",
    "two": f"""<assessmentItem {NS} identifier="two" title="Two gaps" adaptive="false" timeDependent="false">
  <itemBody><p><textEntryInteraction responseIdentifier="A"/> and <textEntryInteraction responseIdentifier="B"/></p>
  </itemBody>
</assessmentItem>""",
}


def foreign_package(tmp_path: Path, names: list[str], order: list[str] | None = None) -> Path:
    """A package as another tool might write it: items in a folder of its own, a test giving their order."""
    resources = "".join(f'<resource identifier="r{n}" type="imsqti_item_xmlv2p1" href="q/{n}.xml"><file href="q/{n}.xml"/>'
                        "</resource>" for n in names)
    refs = "".join(f'<assessmentItemRef identifier="i{n}" href="../q/{n}.xml"/>' for n in order or [])
    test = ('<resource identifier="t" type="imsqti_test_xmlv2p1" href="t/test.xml"><file href="t/test.xml"/></resource>'
            if order else "")
    manifest = (f'<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m"><organizations/>'
                f"<resources>{resources}{test}</resources></manifest>")
    files = {"imsmanifest.xml": manifest.encode(), **{f"q/{n}.xml": FOREIGN[n].encode() for n in names}}
    if order:
        files["t/test.xml"] = (f'<assessmentTest {NS} identifier="t" title="T"><testPart identifier="p" '
                               f'navigationMode="linear" submissionMode="individual"><assessmentSection identifier="s" '
                               f'title="S" visible="true">{refs}</assessmentSection></testPart></assessmentTest>').encode()
    path = tmp_path / "other-tool.zip"
    path.write_bytes(stored_zip(files))
    return path


def imported(tmp_path: Path, names: list[str], order: list[str] | None = None):
    return QuizService.in_memory().read_question_file(foreign_package(tmp_path, names, order), SEED_ARTICLE)


def test_items_from_another_tool_import_as_the_app_reads_them(tmp_path):
    pack, notes = imported(tmp_path, ["choice", "multiple", "truefalse", "modal", "cloze", "number"])
    got = {q.id: q for q in pack.questions}
    assert list(got) == ["unattended-luggage", "water", "psychology", "modal", "richard-iii", "troops"]
    luggage = got["unattended-luggage"]
    assert (luggage.type, luggage.prompt, luggage.choices, luggage.answer, luggage.skill) == (
        "choice", "Look at the sign.\n\nWhat does it say?", ("Stay with your luggage.", "Leave your luggage here."),
        "Stay with your luggage.", "context")
    water = got["water"]
    assert (water.type, water.answer, water.choices) == ("multi", ["Hydrogen", "Oxygen"], ("Hydrogen", "Chlorine", "Oxygen"))
    psychology = got["psychology"]
    assert (psychology.type, psychology.answer, psychology.feedback) == ("truefalse", True, {"false": "That's not correct"})
    modal = got["modal"]
    assert modal.feedback == {"a": "Look again.", "b": "Well done.", "c": "Look again."}
    assert modal.explanation == "b is the second letter."
    cloze = got["richard-iii"]
    assert (cloze.type, cloze.prompt, cloze.answer, cloze.accept) == (
        "text", "Fill the gap.\n\nMade glorious summer by this sun of ___;", "York", ())
    troops = got["troops"]
    assert (troops.type, troops.prompt, troops.answer, troops.tolerance) == ("number", "How many troops? ___", 20000, 1000.0)


def test_items_of_other_types_are_skipped_with_one_line_each_citing_the_item(tmp_path):
    pack, notes = imported(tmp_path, ["order", "choice", "two"])
    assert [q.id for q in pack.questions] == ["unattended-luggage"]
    path = tmp_path / "other-tool.zip"
    skipped = [str(n) for n in notes if "Skipped" in str(n)]
    assert skipped == [
        f'{path}/q/order.xml:4: Skipped question 1 "Grand Prix": an ordering question (orderInteraction); '
        "the app has no such type.",
        f'{path}/q/two.xml:2: Skipped question 3 "Two gaps": 2 interactions in one item; the app asks one thing '
        "a question.",
    ]


def test_the_items_come_in_the_order_of_the_packages_test(tmp_path):
    pack, _ = imported(tmp_path, ["choice", "truefalse", "number"], order=["number", "choice"])
    assert [q.id for q in pack.questions] == ["troops", "unattended-luggage", "psychology"]


def test_a_package_without_an_article_asks_for_one(tmp_path):
    with pytest.raises(ArticleNeeded, match="the article these QTI package questions are about is not in the file"):
        QuizService.in_memory().read_question_file(foreign_package(tmp_path, ["choice"]))


# ---------------------------------------------------------------- hostile packages and items

MANIFEST_OUT = ('<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m">\n<organizations/>\n'
                '<resources>\n<resource identifier="r" type="imsqti_item_xmlv2p1" href="{href}">\n'
                '<file href="{href}"/></resource></resources></manifest>')
DTD_ITEM = ('<?xml version="1.0"?>\n<!DOCTYPE assessmentItem [\n<!ENTITY secret SYSTEM "file:///etc/passwd">\n]>\n'
            + FOREIGN["choice"].replace("Look at the sign.", "&secret;"))


def hostile_packages(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Each hostile package, and the start of the message it is refused with."""
    made = {}

    def make(name: str, content: bytes, message: str) -> None:
        path = tmp_path / f"{name}.zip"
        path.write_bytes(content)
        made[name] = (path, message.format(path=path))

    make("outside", stored_zip({"imsmanifest.xml": MANIFEST_OUT.format(href="../../etc/passwd").encode()}),
         "{path}/imsmanifest.xml:4: names '../../etc/passwd', which is outside the package; the package was not read")
    make("absolute", stored_zip({"imsmanifest.xml": MANIFEST_OUT.format(href="/etc/passwd").encode()}),
         "{path}/imsmanifest.xml:4: names '/etc/passwd', which is outside the package")
    make("bomb", zip_of([("imsmanifest.xml", deflated_zeros(2048), 2048 * MB, 0)]),
         "{path}/imsmanifest.xml: 2,")
    make("thousands", stored_zip({f"items/{n}.xml": b"" for n in range(5000)}),
         "{path}: the package holds 5,000 files; the limit is 2,000")
    make("dtd", stored_zip({"imsmanifest.xml": MANIFEST_OUT.format(href="q.xml").encode(), "q.xml": DTD_ITEM.encode()}),
         "{path}/q.xml:2: this XML declares a document type (<!DOCTYPE>)")
    make("deep", stored_zip({"imsmanifest.xml": MANIFEST_OUT.format(href="q.xml").encode(),
                             "q.xml": ("<assessmentItem>\n" + "<div>" * 100 + "</div>" * 100 + "</assessmentItem>").encode()}),
         "{path}/q.xml:2: elements nest more than 64 deep here")
    make("no-manifest", stored_zip({"items/a.xml": FOREIGN["choice"].encode()}),
         "{path}: not an IMS content package: it has no imsmanifest.xml")
    article_out = FOREIGN["choice"].replace("<p>Look at the sign.</p>", '<div><object data="../../../etc/passwd" '
                                            'type="text/html">x</object></div>')
    make("article-outside", stored_zip({"imsmanifest.xml": MANIFEST_OUT.format(href="q.xml").encode(),
                                        "q.xml": article_out.encode()}),
         "{path}/q.xml: shows '../../../etc/passwd', which is outside the package")
    return made


@pytest.mark.parametrize("name", ["outside", "absolute", "bomb", "thousands", "dtd", "deep", "no-manifest",
                                  "article-outside"])
def test_a_hostile_package_is_refused_with_a_clear_error_and_little_memory(tmp_path, name):
    path, message = hostile_packages(tmp_path)[name]
    service = QuizService.in_memory()
    outcome, peak = peak_memory(lambda: service.read_packs([path]))
    assert isinstance(outcome, QuizError) and str(outcome).startswith(message), outcome
    assert peak < 200 * MB
    assert service.packs() == []


def test_the_import_command_refuses_a_hostile_package_and_writes_nothing(tmp_path):
    db = tmp_path / "quiz.db"
    QuizService.open(db).close()
    before = db.read_bytes()
    for path, message in hostile_packages(tmp_path).values():
        done = run_quiz("import", path, "--db", db)
        assert done.returncode == 1 and done.stderr.startswith(f"quiz: {message}") and "Traceback" not in done.stderr
    assert db.read_bytes() == before


def test_a_single_item_with_an_external_entity_is_refused_unread(tmp_path):
    item = tmp_path / "item.xml"
    item.write_text(DTD_ITEM, encoding="utf-8")
    with pytest.raises(QuizError, match=rf"^{item}:2: this XML declares a document type"):
        QuizService.in_memory().read_question_file(item, SEED_ARTICLE)


@pytest.mark.parametrize(("content", "message"), [
    ("<manifest/>", "this is the manifest of an IMS package; import the package's .zip file"),
    ("<html><body/></html>", "neither a Moodle XML quiz (<quiz>) nor a QTI item (<assessmentItem>): "
                             "the outermost element is <html>"),
])
def test_an_xml_file_that_is_neither_moodle_nor_qti_is_named_as_such(tmp_path, content, message):
    path = tmp_path / "other.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(QuizError) as caught:
        QuizService.in_memory().read_question_file(path, SEED_ARTICLE)
    assert str(caught.value) == f"{path}:1: {message}"
