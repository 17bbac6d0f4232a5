"""XML from a file a user brings (Moodle XML, an IMS QTI item or manifest), read safely.

Such a file may come from anywhere, so it is parsed with defusedxml and refused if it has a
document type declaration: none of these formats needs one, and it is where entities that
multiply ("billion laughs") or read other files and addresses (external entities) are
declared. Nothing in a refused file is read. Elements may nest only so deep, and every
refusal names the file and the line.

Namespaces are dropped from element and attribute names (`{http://...imsqti_v2p1}itemBody`
is read as `itemBody`): a reader matches the names a format uses, whatever version of its
namespace a file declares.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Collection
from typing import Any, NamedTuple

from quiz.core.errors import QuizError

# Moodle XML nests six levels, a QTI item a dozen or so; a file nested deeper is not one of them.
MAX_XML_DEPTH = 64


class XmlDocument(NamedTuple):
    root: ET.Element
    lines: dict[ET.Element, int]  # the line each element of the noted kinds starts on


def parse_xml(text: str, path: str, noted: Collection[str] = (), max_depth: int = MAX_XML_DEPTH) -> XmlDocument:
    """The elements of `text`, read from the file `path`, with the line each element named
    in `noted` starts on; a QuizError naming the file and the line otherwise."""
    from defusedxml import DefusedXmlException  # only imports of XML files need defusedxml
    from defusedxml.ElementTree import DefusedXMLParser

    builder = _Builder(set(noted), max_depth)
    parser = builder.parser = DefusedXMLParser(target=builder, forbid_dtd=True)
    try:
        parser.feed(text)
        root = parser.close()
    except DefusedXmlException:
        line = text[: max(text.find("<!DOCTYPE"), 0)].count("\n") + 1
        raise QuizError(f"{path}:{line}: this XML declares a document type (<!DOCTYPE>), which can declare "
                        "entities that read other files or multiply; the file was not read") from None
    except _TooDeep as deep:
        raise QuizError(f"{path}:{deep.line}: elements nest more than {max_depth} deep here; "
                        "the file was not read") from None
    except ET.ParseError as exc:
        line = exc.position[0]
        message = str(exc).split(": line", 1)[0]
        raise QuizError(f"{path}:{line}: this is not valid XML: {message}") from None
    return XmlDocument(root, builder.lines)


def local_name(name: str) -> str:
    return name.rsplit("}", 1)[-1]


class _TooDeep(Exception):
    def __init__(self, line: int):
        self.line = line


class _Builder(ET.TreeBuilder):
    """Builds the tree as ElementTree does, without namespaces, noting the line elements of
    the `noted` kinds start on (the parser's own expat object knows it while the start tag is
    handled), and refusing nesting deeper than `max_depth`."""

    def __init__(self, noted: set[str], max_depth: int) -> None:
        super().__init__()
        self.noted = noted
        self.max_depth = max_depth
        self.depth = 0
        self.lines: dict[ET.Element, int] = {}
        self.parser: Any = None

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        self.depth += 1
        if self.depth > self.max_depth:
            raise _TooDeep(self.parser.parser.CurrentLineNumber)
        tag = local_name(tag)
        element = super().start(tag, {local_name(k): v for k, v in attrs.items()})
        if tag in self.noted:
            self.lines[element] = self.parser.parser.CurrentLineNumber
        return element

    def end(self, tag: str) -> ET.Element:
        self.depth -= 1
        return super().end(local_name(tag))
