"""IMS QTI 2.1, both ways: a content package (what Canvas, Blackboard, Brightspace, Schoology
and Sakai import) or a single item.

A package written here holds `imsmanifest.xml`, one assessmentItem per question under
`items/`, an assessmentTest (`assessment.xml`) with the items in pack order, and the article
as a page of its own (`article.html`). Each question type becomes the interaction QTI has
for it: choice and true/false a choiceInteraction (true/false as the choices True and
False), multi a choiceInteraction with any number of choices, scored as the app scores it
(each right pick a share, each wrong pick a share back, never below 0), number and text a
textEntryInteraction (a number within its tolerance; a text matching any accepted answer,
whatever its case). Feedback for a choice is a feedbackInline in it, feedback for a typed
answer a modalFeedback, and the explanation, with the passage, a modalFeedback shown after
any answer. An item's `label` is `skill:X`, and its title the question's id.

Where the article goes: QTI 2.1 has no shared stimulus (assessmentStimulus came with 2.2),
and Canvas's importer drops rubricBlocks, in a test or in an item. So every item opens with
an `object` showing `article.html`, the way QTI 2.1 players show a passage shared by several
items, and holds the article itself as the object's fallback content: an LMS that does not
show the page (or strips the object, keeping what is inside, as HTML sanitisers do) shows
the article inline instead. It costs a copy of the article per item; it is the one way every
importer we know of keeps the text in front of the student. A single item carries its
article with it too.

Import reads a package (safe_zip: nothing outside it, no bombs) or one item (safe_xml: no
DTDs, no entities, nesting and size limited), every message citing the file and line. It
takes choice and text entry interactions; an item with any other, or with several, is
skipped with one line. Response processing is not run: the right answers are the
correctResponse (or the best-scoring entries of a mapping), a number's tolerance is read
from the `equal` that compares the response with it, and feedback is matched to the
responses it is set for.
"""

from __future__ import annotations

import io
import math
import re
import xml.etree.ElementTree as ET
import zipfile
from typing import Any

from quiz.core.domain import SKILLS, Pack, PackArticle, Question
from quiz.core.errors import QuizError
from quiz.core.inputs import MAX_ARTICLE_BYTES, ArticleSource
from quiz.core.interop.moodle import (
    DEFAULT_SKILL, QuestionReader, Skip, first_words, format_number, general_feedback, multichoice_fields,
    number_fields, short_answer_fields, tidy_lines, truefalse_feedback, truefalse_fields,
)
from quiz.core.interop.portable import (
    Export, article_from_html, article_html, article_page, exported, xml_safe,
)
from quiz.core.safe_xml import XmlDocument, parse_xml
from quiz.core.safe_zip import SafeZip, inside_package

QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
CP_XSD = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd"
MD_NS = "http://www.imsglobal.org/xsd/imsmd_v1p2"
MD_XSD = "http://www.imsglobal.org/xsd/imsmd_v1p2p4.xsd"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

MANIFEST = "imsmanifest.xml"
TEST_FILE = "assessment.xml"
ARTICLE_FILE = "article.html"
ITEMS = "items"
ITEM_TYPE = "imsqti_item_xmlv2p1"
MAX_ITEM_BYTES = 4 * 1024 * 1024  # a question and its copy of the article

RESPONSE = "RESPONSE"
EXPLANATION = "explanation"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the same pack gives the same bytes
_GAP = "___"  # a text entry within a sentence, as the GIFT reader writes a missing word
_BLOCK = "\x00"  # where a block starts or ends, while a text is gathered

# ================================================================ export


def pack_to_qti(pack: Pack) -> Export:
    """The pack as an IMS QTI 2.1 content package: the bytes of a zip file."""
    taken: set[str] = set()

    def write(question: Question) -> tuple[str, str]:
        identifier = _identifier(question.id, taken)
        return identifier, _document(_item(question, identifier, pack))

    items, warnings, changed = exported(pack, write, _qti_problem)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        def add(name: str, text: str) -> None:
            package.writestr(zipfile.ZipInfo(name, _FIXED_TIME), text.encode("utf-8"), zipfile.ZIP_DEFLATED)

        add(MANIFEST, _document(_manifest(pack, [i for i, _ in items])))
        add(TEST_FILE, _document(_test(pack, [i for i, _ in items])))
        add(ARTICLE_FILE, article_page(pack.article))
        for identifier, text in items:
            add(_item_file(identifier), text)
    return Export(buffer.getvalue(), warnings, len(items), changed)


def _qti_problem(question: Question) -> str | None:
    if question.type == "number" and not all(
        isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
        for v in (question.answer, question.tolerance)
    ):
        return "its answer or tolerance is not a finite number"
    if question.type == "multi" and not any(c in question.answer for c in question.choices):
        return "a multi question with no right choice"
    return None


def _identifier(text: str, taken: set[str]) -> str:
    """A QTI identifier (an XML NCName) for a question id, unique among `taken`."""
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.") or "item"
    if not re.match(r"[A-Za-z_]", base):
        base = f"q-{base}"
    candidate, number = base, 2
    while candidate.casefold() in taken:  # file names in a zip may meet a case-blind file system
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate.casefold())
    return candidate


def _item_file(identifier: str) -> str:
    return f"{ITEMS}/{identifier}.xml"


def _document(root: ET.Element) -> str:
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = text
    return element


def _rich(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    """`<tag>` showing plain `text`, its line breaks as <br/>."""
    element = ET.SubElement(parent, tag, attrs)
    lines = xml_safe(text).split("\n")
    element.text = lines[0]
    for line in lines[1:]:
        _sub(element, "br").tail = line
    return element


def _number(value: float) -> str:
    return format_number(value) if isinstance(value, int) or float(value).is_integer() else repr(float(value))


def _item(question: Question, identifier: str, pack: Pack) -> ET.Element:
    item = ET.Element("assessmentItem", {
        "xmlns": QTI_NS, "xmlns:xsi": XSI_NS, "xsi:schemaLocation": f"{QTI_NS} {QTI_XSD}",
        "identifier": identifier, "title": xml_safe(question.id), "label": f"skill:{question.skill}",
        "adaptive": "false", "timeDependent": "false", "xml:lang": pack.language,
    })
    if question.type in ("choice", "multi", "truefalse"):
        _choice_item(item, question, pack.shuffle, pack.article)
    else:
        _entry_item(item, question, pack.article)
    general = general_feedback(question)
    if general:
        _rich(item, "modalFeedback", general, outcomeIdentifier="EXPLANATION", identifier=EXPLANATION,
              showHide="show", title="Explanation")
    return item


def _declare_outcomes(item: ET.Element, question: Question, feedback_cardinality: str | None) -> None:
    score = _sub(item, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float")
    _sub(_sub(score, "defaultValue"), "value", "0")
    if feedback_cardinality:
        _sub(item, "outcomeDeclaration", identifier="FEEDBACK", cardinality=feedback_cardinality, baseType="identifier")
    if general_feedback(question):
        _sub(item, "outcomeDeclaration", identifier="EXPLANATION", cardinality="single", baseType="identifier")


def _body(item: ET.Element, article: PackArticle) -> ET.Element:
    """The item's body, opening with the article (see the module's doc for why an object)."""
    body = _sub(item, "itemBody")
    holder = _sub(body, "div", **{"class": "article"})
    shown = _sub(holder, "object", data=f"../{ARTICLE_FILE}", type="text/html")
    shown.extend(ET.fromstring(f"<div>{article_html(article)}</div>"))
    return body


def _set(parent: ET.Element, outcome: str, value: ET.Element) -> None:
    _sub(parent, "setOutcomeValue", identifier=outcome).append(value)


def _variable() -> ET.Element:
    return ET.Element("variable", identifier=RESPONSE)


def _base(base_type: str, text: str) -> ET.Element:
    value = ET.Element("baseValue", baseType=base_type)
    value.text = text
    return value


def _choice_item(item: ET.Element, question: Question, shuffle: bool, article: PackArticle) -> None:
    if question.type == "truefalse":
        choices = [("true", "True"), ("false", "False")]
        right = ["true" if question.answer else "false"]
        feedback = {c: truefalse_feedback(question, c == "true") for c, _ in choices}
    else:
        choices = [(f"choice-{n}", text) for n, text in enumerate(question.choices, 1)]
        answers = question.answer if question.type == "multi" else [question.answer]
        right = [c for c, text in choices if text in answers]
        feedback = {c: question.feedback.get(text, "") for c, text in choices}
    multiple = question.type == "multi"
    declaration = _sub(item, "responseDeclaration", identifier=RESPONSE,
                       cardinality="multiple" if multiple else "single", baseType="identifier")
    correct = _sub(declaration, "correctResponse")
    for choice in right:
        _sub(correct, "value", choice)
    if multiple:  # the app's score: each right pick a share, each wrong pick a share back
        mapping = _sub(declaration, "mapping", lowerBound="0", upperBound="1", defaultValue="0")
        share = 1 / len(right)
        for choice, _ in choices:
            _sub(mapping, "mapEntry", mapKey=choice, mappedValue=repr(share if choice in right else -share))
    has_feedback = any(feedback.values())
    _declare_outcomes(item, question, ("multiple" if multiple else "single") if has_feedback else None)
    body = _body(item, article)
    interaction = _sub(body, "choiceInteraction", responseIdentifier=RESPONSE, shuffle=str(shuffle).lower(),
                       maxChoices="0" if multiple else "1")
    _rich(interaction, "prompt", question.prompt)
    for choice, text in choices:
        element = _rich(interaction, "simpleChoice", text, identifier=choice)
        if feedback[choice]:
            _rich(element, "feedbackInline", feedback[choice], outcomeIdentifier="FEEDBACK", identifier=choice,
                  showHide="show")
    processing = _sub(item, "responseProcessing")
    if multiple:
        mapped = ET.Element("mapResponse", identifier=RESPONSE)
        _set(processing, "SCORE", mapped)
    else:
        branch = _sub(_sub(processing, "responseCondition"), "responseIf")
        _sub(branch, "match").extend([_variable(), ET.Element("correct", identifier=RESPONSE)])
        _set(branch, "SCORE", _base("float", "1"))
    if has_feedback:
        _set(processing, "FEEDBACK", _variable())
    _explain(processing, question)


def _explain(processing: ET.Element, question: Question) -> None:
    if general_feedback(question):
        _set(processing, "EXPLANATION", _base("identifier", EXPLANATION))


def _entry_item(item: ET.Element, question: Question, article: PackArticle) -> None:
    number = question.type == "number"
    declaration = _sub(item, "responseDeclaration", identifier=RESPONSE, cardinality="single",
                       baseType="float" if number else "string")
    right = _number(question.answer) if number else xml_safe(question.answer)
    _sub(_sub(declaration, "correctResponse"), "value", right)
    feedback = {} if number else {key: text for key, text in question.feedback.items() if text}
    if not number:
        mapping = _sub(declaration, "mapping", lowerBound="0", upperBound="1", defaultValue="0")
        for accepted in dict.fromkeys([question.answer, *question.accept]):
            _sub(mapping, "mapEntry", mapKey=xml_safe(accepted), mappedValue="1", caseSensitive="false")
    _declare_outcomes(item, question, "single" if feedback else None)
    body = _body(item, article)
    _rich(body, "p", question.prompt)
    longest = max(len(str(a)) for a in [right, *question.accept])
    _sub(_sub(body, "p"), "textEntryInteraction", responseIdentifier=RESPONSE, expectedLength=str(max(10, longest)))
    processing = _sub(item, "responseProcessing")
    if number:
        branch = _sub(_sub(processing, "responseCondition"), "responseIf")
        tolerance = _number(question.tolerance)
        compare = (_sub(branch, "equal", toleranceMode="absolute", tolerance=f"{tolerance} {tolerance}")
                   if question.tolerance else _sub(branch, "equal", toleranceMode="exact"))
        compare.extend([_variable(), ET.Element("correct", identifier=RESPONSE)])
        _set(branch, "SCORE", _base("float", "1"))
    else:
        _set(processing, "SCORE", ET.Element("mapResponse", identifier=RESPONSE))
    if feedback:  # each typed answer with feedback: FEEDBACK names it, and a modalFeedback shows it
        condition = _sub(processing, "responseCondition")
        for number_, (key, text) in enumerate(feedback.items(), 1):
            branch = _sub(condition, "responseIf" if number_ == 1 else "responseElseIf")
            _sub(branch, "stringMatch", caseSensitive="false").extend([_variable(), _base("string", xml_safe(key))])
            _set(branch, "FEEDBACK", _base("identifier", f"feedback-{number_}"))
    _explain(processing, question)
    for number_, text in enumerate(feedback.values(), 1):
        _rich(item, "modalFeedback", text, outcomeIdentifier="FEEDBACK", identifier=f"feedback-{number_}",
              showHide="show")


def _test(pack: Pack, identifiers: list[str]) -> ET.Element:
    test = ET.Element("assessmentTest", {
        "xmlns": QTI_NS, "xmlns:xsi": XSI_NS, "xsi:schemaLocation": f"{QTI_NS} {QTI_XSD}",
        "identifier": _identifier(f"test-{pack.id}", set()), "title": xml_safe(pack.title),
    })
    _sub(test, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float")
    part = _sub(test, "testPart", identifier="part", navigationMode="nonlinear", submissionMode="individual")
    section = _sub(part, "assessmentSection", identifier="section", title=xml_safe(pack.title), visible="true")
    for identifier in identifiers:
        _sub(section, "assessmentItemRef", identifier=identifier, href=_item_file(identifier))
    total = _sub(_sub(_sub(test, "outcomeProcessing"), "setOutcomeValue", identifier="SCORE"), "sum")
    _sub(total, "testVariables", variableIdentifier="SCORE")
    return test


def _manifest(pack: Pack, identifiers: list[str]) -> ET.Element:
    manifest = ET.Element("manifest", {
        "xmlns": CP_NS, "xmlns:imsmd": MD_NS, "xmlns:xsi": XSI_NS,
        "xsi:schemaLocation": f"{CP_NS} {CP_XSD} {MD_NS} {MD_XSD}",
        "identifier": _identifier(f"manifest-{pack.id}", set()),
    })
    metadata = _sub(manifest, "metadata")
    _sub(metadata, "schema", "QTIv2.1 Package")
    _sub(metadata, "schemaversion", "1.0.0")
    title = _sub(_sub(_sub(metadata, "imsmd:lom"), "imsmd:general"), "imsmd:title")
    _sub(title, "imsmd:langstring", xml_safe(pack.title), **{"xml:lang": pack.language})
    _sub(manifest, "organizations")
    resources = _sub(manifest, "resources")
    test = _sub(resources, "resource", identifier="resource-test", type="imsqti_test_xmlv2p1", href=TEST_FILE)
    _sub(test, "file", href=TEST_FILE)
    for identifier in identifiers:
        _sub(test, "dependency", identifierref=f"resource-{identifier}")
    for identifier in identifiers:
        item = _sub(resources, "resource", identifier=f"resource-{identifier}", type=ITEM_TYPE,
                    href=_item_file(identifier))
        _sub(item, "file", href=_item_file(identifier))
        _sub(item, "dependency", identifierref="resource-article")
    article = _sub(resources, "resource", identifier="resource-article", type="webcontent", href=ARTICLE_FILE)
    _sub(article, "file", href=ARTICLE_FILE)
    return manifest


# ================================================================ import

# Interactions the app has no question type for, named for the line that skips them.
_OTHER_INTERACTIONS = {
    "extendedTextInteraction": "an essay question", "orderInteraction": "an ordering question",
    "matchInteraction": "a matching question", "associateInteraction": "a matching question",
    "gapMatchInteraction": "a drag-and-drop question", "inlineChoiceInteraction": "a select-missing-words question",
    "hottextInteraction": "a select-the-text question", "hotspotInteraction": "a question on an image",
    "graphicOrderInteraction": "a question on an image", "graphicAssociateInteraction": "a question on an image",
    "graphicGapMatchInteraction": "a question on an image", "selectPointInteraction": "a question on an image",
    "positionObjectInteraction": "a question on an image", "sliderInteraction": "a slider question",
    "uploadInteraction": "a file upload", "drawingInteraction": "a drawing question",
    "mediaInteraction": "a media question", "customInteraction": "a custom interaction",
}
_READ = ("choiceInteraction", "textEntryInteraction")
ITEM_NOTED = ("assessmentItem", *_READ, *_OTHER_INTERACTIONS)  # the elements whose lines messages cite
# Body elements that are not the question's text.
_NOT_PROMPT = {"feedbackBlock", "feedbackInline", "rubricBlock", "templateBlock", "templateInline", "modalFeedback",
               "stylesheet", "infoControl"}
_BLOCK_TAGS = {"address", "blockquote", "dd", "div", "dl", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ol",
               "p", "pre", "prompt", "simpleChoice", "table", "tr", "ul"}


class QtiPackage:
    """An IMS content package of QTI items, checked before any item is read: every file its
    manifest names is inside it. Use it in a `with` block."""

    def __init__(self, path: str) -> None:
        from quiz.core.packs import MAX_PACK_BYTES

        self.zip = SafeZip(path)
        try:
            if MANIFEST not in self.zip.names:
                raise QuizError(f"{path}: not an IMS content package: it has no {MANIFEST}")
            where = self.zip.where(MANIFEST)
            manifest = parse_xml(self.zip.read_text(MANIFEST, MAX_PACK_BYTES, "manifest"), where,
                                 noted=("resource", "file", "dependency"))
            if manifest.root.tag != "manifest":
                raise QuizError(f"{where}:1: not a package manifest: the outermost element is <{manifest.root.tag}>")
            self.items = self._item_files(manifest, where)
        except QuizError:
            self.zip.close()
            raise

    def __enter__(self) -> QtiPackage:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.zip.close()

    def _item_files(self, manifest: XmlDocument, where: str) -> list[str]:
        """The package's items, in the order of its test when it has one, else of its manifest."""
        for element, line in manifest.lines.items():  # every file named, first: none may be outside
            if element.get("href"):
                self.zip.resolve(MANIFEST, element.get("href", ""), f"{where}:{line}", must_exist=False)
        items, tests = [], []
        for resource in manifest.root.iter("resource"):
            kind, href = resource.get("type", ""), resource.get("href")
            if href and kind.startswith(("imsqti_item_xmlv2p", "imsqti_test_xmlv2p")):
                named = self.zip.resolve(MANIFEST, href, f"{where}:{manifest.lines[resource]}")
                (items if "_item_" in kind else tests).append(named)
        if not items:
            raise QuizError(f"{where}: the manifest names no QTI item (a resource of type {ITEM_TYPE})")
        order = [ref for test in tests for ref in self._test_refs(test) if ref in items]
        return list(dict.fromkeys([*order, *items]))

    def _test_refs(self, test: str) -> list[str]:
        document = parse_xml(self.zip.read_text(test, MAX_ITEM_BYTES, "QTI test"), self.zip.where(test),
                             noted=("assessmentItemRef",))
        return [self.zip.resolve(test, ref.get("href", ""), f"{self.zip.where(test)}:{line}")
                for ref, line in document.lines.items()]

    def item(self, name: str) -> XmlDocument:
        return read_item_xml(self.zip.read_text(name, MAX_ITEM_BYTES, "QTI item"), self.zip.where(name))

    def article(self) -> ArticleSource | None:
        """The article that travelled with the items: the page the first item showing one links
        to, or else the copy inside its object."""
        for name in self.items:
            shown = _article_object(self.item(name).root)
            if shown is None:
                continue
            target = inside_package(name, shown.get("data", ""))
            if target is None:
                raise QuizError(f"{self.zip.where(name)}: shows {shown.get('data')!r}, which is outside the package")
            if target in self.zip.names:
                page = self.zip.read_text(target, MAX_ARTICLE_BYTES, "article")
                found = article_from_html(page)
                if found is not None:
                    return found
            return _inline_article(shown)
        return None

    def read(self, article_text: str) -> QuestionReader:
        reader = QuestionReader(article_text, str(self.zip.path))
        for name in self.items:
            add_item(reader, self.item(name), self.zip.where(name))
        return reader


def read_item_xml(text: str, path: str) -> XmlDocument:
    """One QTI item file; QuizError naming the file and line if it is not one."""
    document = parse_xml(text, path, noted=ITEM_NOTED)
    if document.root.tag != "assessmentItem":
        raise QuizError(f"{path}:1: not a QTI item: the outermost element is <{document.root.tag}>, "
                        "not <assessmentItem>")
    return document


def item_article(document: XmlDocument) -> ArticleSource | None:
    """The article a single item carries, inside the object that shows it."""
    shown = _article_object(document.root)
    return None if shown is None else _inline_article(shown)


def _article_object(root: ET.Element) -> ET.Element | None:
    body = root.find("itemBody")
    if body is None:
        return None
    return next((o for o in body.iter("object") if o.get("type", "").startswith("text/html")), None)


def _inline_article(shown: ET.Element) -> ArticleSource | None:
    inner = (shown.text or "") + "".join(ET.tostring(child, encoding="unicode") for child in shown)
    return article_from_html(inner)


def add_item(reader: QuestionReader, document: XmlDocument, path: str) -> None:
    """Read the question of one item into `reader`, or a line saying why it is skipped."""
    root = document.root
    body = root.find("itemBody")
    title = root.get("title") or root.get("identifier") or None
    interaction = next((e for e in document.lines if e is not root), None)
    label = title or first_words(_prompt(body) if body is not None else "")
    line = document.lines.get(interaction, document.lines.get(root))
    reader.add(title, label, lambda: _read_item(reader, root, body), line, path)


def _read_item(reader: QuestionReader, root: ET.Element, body: ET.Element | None) -> Question:
    if body is None:
        raise Skip("malformed: the item has no itemBody")
    interactions = [e for e in body.iter() if e.tag.endswith("Interaction") and e.tag != "endAttemptInteraction"]
    if not interactions:
        raise Skip("a description (no interaction); the app has only questions")
    if len(interactions) > 1:
        raise Skip(f"{len(interactions)} interactions in one item; the app asks one thing a question")
    interaction = interactions[0]
    if interaction.tag not in _READ:
        name = _OTHER_INTERACTIONS.get(interaction.tag, "a question")
        raise Skip(f"{name} ({interaction.tag}); the app has no such type")
    response = interaction.get("responseIdentifier", "")
    declaration = next((d for d in root.iter("responseDeclaration") if d.get("identifier") == response), None)
    if declaration is None:
        raise Skip(f'malformed: no responseDeclaration for "{response}"')
    rules = _Rules(root.find("responseProcessing"), response)
    notes = _feedback_notes(root, body, rules)
    if interaction.tag == "choiceInteraction":
        fields = _choice_fields(interaction, declaration, rules, notes)
    else:
        fields = _entry_fields(declaration, rules, notes)
    return reader.question(_prompt(body), _skill(root), "\n\n".join(notes.general), fields)


def _skill(root: ET.Element) -> str:
    label = (root.get("label") or "").strip().lower()
    return label[6:] if label.startswith("skill:") and label[6:] in SKILLS else DEFAULT_SKILL


def _text(element: ET.Element) -> str:
    """The text an element shows as a question's words: a blank line between blocks (however
    deeply nested), <br/> as a line break, a text entry within a sentence as ___, and what is
    not the question (feedback, rubrics, the article) left out; spaces collapsed as HTML
    shows them."""
    parts: list[str] = []

    def walk(node: ET.Element) -> None:
        tag = node.tag
        if tag in _NOT_PROMPT or (tag == "object" and node.get("type", "").startswith("text/html")):
            return
        if tag == "textEntryInteraction":
            parts.append(_GAP)
            return
        if tag.endswith("Interaction"):
            prompt = node.find("prompt")
            if prompt is not None:
                walk(prompt)
            return
        if tag == "br":
            parts.append("\n")
            return
        block = tag in _BLOCK_TAGS
        if block:
            parts.append(_BLOCK)
        parts.append(re.sub(r"\s+", " ", node.text or ""))
        for child in node:
            walk(child)
            parts.append(re.sub(r"\s+", " ", child.tail or ""))
        if block:
            parts.append(_BLOCK)

    walk(element)
    return tidy_lines(re.sub(rf"[ \t]*(?:{_BLOCK}[ \t]*)+", "\n\n", "".join(parts)))


def _prompt(body: ET.Element) -> str:
    """The body's words, without a text entry standing alone on its line (it is not a gap in a sentence)."""
    return tidy_lines("\n".join(line for line in _text(body).split("\n") if line != _GAP))


class _Rules:
    """What the item's response processing says, as far as the app needs it: which outcomes
    are set to the response itself (feedback per choice), which feedback identifier is set
    when (the response right, equal to a value, otherwise, or always), and a number's
    tolerance."""

    def __init__(self, processing: ET.Element | None, response: str) -> None:
        self.response = response
        self.echo: set[str] = set()  # outcomes set to the response
        self.when: dict[tuple[str, str], tuple[str, str]] = {}  # (outcome, identifier) -> (case, value)
        self.tolerance: ET.Element | None = None
        if processing is not None:
            self._walk(list(processing), ("always", ""))

    def _walk(self, rules: list[ET.Element], case: tuple[str, str]) -> None:
        for rule in rules:
            if rule.tag == "responseCondition":
                for branch in rule:
                    if branch.tag in ("responseIf", "responseElseIf") and len(branch):
                        self._walk(list(branch)[1:], self._case(branch[0]))
                    elif branch.tag == "responseElse":
                        self._walk(list(branch), ("else", ""))
            elif rule.tag == "setOutcomeValue" and len(rule):
                value = rule[0]
                if value.tag == "variable" and value.get("identifier") == self.response:
                    self.echo.add(rule.get("identifier", ""))
                elif value.tag == "baseValue" and value.get("baseType") == "identifier":
                    self.when[(rule.get("identifier", ""), (value.text or "").strip())] = case

    def _case(self, condition: ET.Element) -> tuple[str, str]:
        operands = list(condition)
        if condition.tag in ("match", "stringMatch", "equal") and len(operands) == 2:
            mine = [o for o in operands if o.tag == "variable" and o.get("identifier") == self.response]
            other = [o for o in operands if o not in mine]
            if mine and other and other[0].tag == "correct":
                if condition.tag == "equal":
                    self.tolerance = condition
                return "right", ""
            if mine and other and other[0].tag == "baseValue":
                return "value", (other[0].text or "").strip()
        return "other", ""


class _Notes:
    def __init__(self) -> None:
        self.by_response: dict[str, str] = {}  # a choice's identifier, or a typed answer, -> its feedback
        self.right: list[str] = []  # feedback for a right answer
        self.wrong: list[str] = []  # feedback for any wrong answer
        self.general: list[str] = []  # feedback for every answer: the explanation


def _feedback_notes(root: ET.Element, body: ET.Element, rules: _Rules) -> _Notes:
    """Each feedback of the item (modalFeedback, feedbackBlock, feedbackInline), by the responses it is for."""
    notes = _Notes()
    shown = [f for f in root if f.tag == "modalFeedback"] + list(body.iter("feedbackBlock"))
    for choice in body.iter("simpleChoice"):
        shown += [(f, choice.get("identifier", "")) for f in choice.iter("feedbackInline")]
    for entry in shown:
        feedback, within = entry if isinstance(entry, tuple) else (entry, None)
        text = _text_of_feedback(feedback)
        if not text or feedback.get("showHide", "show") != "show":
            continue
        outcome, identifier = feedback.get("outcomeIdentifier", ""), feedback.get("identifier", "")
        case, value = rules.when.get((outcome, identifier), ("echo" if outcome in rules.echo else "always", ""))
        if within is not None and case in ("echo", "always"):
            notes.by_response[within] = text
        elif case == "echo":
            notes.by_response[identifier] = text
        elif case == "value":
            notes.by_response[value] = text
        elif case == "right":
            notes.right.append(text)
        elif case == "else":
            notes.wrong.append(text)
        else:
            notes.general.append(text)
    return notes


def _text_of_feedback(feedback: ET.Element) -> str:
    copy = ET.Element("div")
    copy.text, copy[:] = feedback.text, list(feedback)
    return _text(copy)


def _values(declaration: ET.Element) -> tuple[list[str], dict[str, float]]:
    """The correct response's values, and the mapping's values by key."""
    correct = [(v.text or "").strip() for v in declaration.iterfind("correctResponse/value")]
    mapping: dict[str, float] = {}
    for entry in declaration.iterfind("mapping/mapEntry"):
        try:
            mapping[entry.get("mapKey", "")] = float(entry.get("mappedValue", "0"))
        except ValueError:
            raise Skip(f'malformed: the mapped value "{entry.get("mappedValue")}" is not a number') from None
    return correct, mapping


def _choice_fields(interaction: ET.Element, declaration: ET.Element, rules: _Rules, notes: _Notes) -> dict[str, Any]:
    choices = [(c.get("identifier", ""), _text(c)) for c in interaction.iter("simpleChoice")]
    correct, mapping = _values(declaration)
    right = set(correct) or {key for key, value in mapping.items() if value > 0}
    if not right:
        raise Skip("malformed: no choice is marked right (no correctResponse)")
    feedback = {}
    for identifier, _ in choices:
        given = notes.by_response.get(identifier)
        given = given or "\n".join(notes.right if identifier in right else notes.wrong)
        feedback[identifier] = given
    texts = [text for _, text in choices]
    multiple = declaration.get("cardinality", "single") != "single"
    if not multiple and sorted(t.casefold() for t in texts) == ["false", "true"] and len(right) == 1:
        value = next(text for identifier, text in choices if identifier in right).casefold() == "true"
        wrong = next(feedback[i] for i, text in choices if text.casefold() == str(not value).lower())
        return truefalse_fields(value, wrong)
    if multiple:  # right ones share 100%, wrong ones take some back: a multi question even with one right
        answers = [(text, 100 / len(right) if i in right else -100.0, feedback[i]) for i, text in choices]
    else:
        answers = [(text, 100.0 if i in right else 0.0, feedback[i]) for i, text in choices]
    return multichoice_fields(answers, single=not multiple)


def _entry_fields(declaration: ET.Element, rules: _Rules, notes: _Notes) -> dict[str, Any]:
    correct, mapping = _values(declaration)
    base = declaration.get("baseType", "string")
    if base in ("float", "integer"):
        written = correct[0] if correct else max(mapping, key=mapping.__getitem__, default="")
        try:
            value = float(written)
        except ValueError:
            raise Skip(f'malformed: "{written}" is not a number') from None
        fields = number_fields(value, _tolerance(rules.tolerance, value), written)
    elif base == "string":
        best = max(mapping.values(), default=0.0)
        accepted = [*correct, *(key for key, value in mapping.items() if value > 0 and value >= best)]
        answers = [(answer, 100.0, "") for answer in dict.fromkeys(accepted)]
        answers += [(key, 0.0, text) for key, text in notes.by_response.items() if key not in accepted]
        fields = short_answer_fields(answers)
    else:
        raise Skip(f'a text entry of type "{base}"; the app takes numbers and text')
    # Feedback for a right or any wrong answer has no place of its own here: it joins the explanation.
    notes.general += [f"If right: {text}" for text in notes.right] + [f"If wrong: {text}" for text in notes.wrong]
    return fields


def _tolerance(equal: ET.Element | None, value: float) -> float:
    """A number's tolerance from the `equal` that compares the response with it: the smaller
    side of an absolute one, or a relative one (a percent) of the value."""
    if equal is None or equal.get("toleranceMode", "exact") == "exact":
        return 0.0
    try:
        sides = [abs(float(t)) for t in (equal.get("tolerance") or "0").split()]
    except ValueError:
        raise Skip(f'malformed: the tolerance "{equal.get("tolerance")}" is not a number') from None
    tolerance = min(sides) if sides else 0.0
    return tolerance if equal.get("toleranceMode") == "absolute" else abs(value) * tolerance / 100
