"""Word 2007+ (.docx): the body's paragraphs and tables, with the labels of Word's automatic
numbering written in (`numbering`), tables as `tables` renders them.

Read with the standard library (zipfile, ElementTree): the labels have to be rebuilt from the raw
numbering.xml and the paragraph and style properties anyway, which python-docx does not render.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from xml.etree import ElementTree

from .base import Extracted, open_zip, parse_xml, read_member
from .numbering import Numbering, counter
from .tables import Row, table_lines

WHAT = "Word document"
# Transitional and Strict OOXML name the same elements in two namespaces.
NAMESPACES = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
              "http://purl.oclc.org/ooxml/wordprocessingml/main")
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_LATENT_STYLES = re.compile(rb"<w:latentStyles\b.*?</w:latentStyles>", re.S)
_MAIN_PART = re.compile(r'Target="/?([^"]*document[^"]*\.xml)"')
# Inside a paragraph: subtrees whose text is not printed (deleted revisions, field codes,
# drawings and text boxes, which float beside the text), and elements that print a character.
SKIPPED = {"del", "moveFrom", "instrText", "delText", "drawing", "pict", "object", "footnoteReference",
           "endnoteReference", "commentReference", "fldData", "AlternateContent"}
CHARACTERS = {"tab": "\t", "ptab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


class _Document:
    """One pass through a document body, with its numbering counters and style numbering."""

    def __init__(self, w: str, numbering: Numbering, styles: dict[str, tuple[str | None, str | None, str | None]]) -> None:
        self.w = w
        self.numbering = numbering
        self.styles = styles  # styleId → (basedOn, numId, ilvl)

    def q(self, name: str) -> str:
        return f"{{{self.w}}}{name}"

    def style_numbering(self, style: str | None) -> tuple[str | None, str | None]:
        numbered: tuple[str | None, str | None] = (None, None)
        seen: set[str] = set()
        while style and style not in seen and numbered[0] is None:
            seen.add(style)
            based, num_id, ilvl = self.styles.get(style, (None, None, None))
            numbered = (num_id, ilvl or numbered[1])
            style = based
        return numbered

    def label(self, p: ElementTree.Element) -> str:
        ppr = p.find(self.q("pPr"))
        style = num_id = ilvl = None
        if ppr is not None:
            style = ppr.find(self.q("pStyle"))
            style = style.get(self.q("val")) if style is not None else None
            numpr = ppr.find(self.q("numPr"))
            if numpr is not None:
                node = numpr.find(self.q("numId"))
                num_id = node.get(self.q("val")) if node is not None else None
                node = numpr.find(self.q("ilvl"))
                ilvl = node.get(self.q("val")) if node is not None else None
        if num_id is None or ilvl is None:
            style_num, style_lvl = self.style_numbering(style)
            num_id, ilvl = num_id or style_num, ilvl or style_lvl
        if not num_id or num_id == "0":
            return ""
        return self.numbering.label(num_id, counter(ilvl, 0))

    def runs_text(self, element: ElementTree.Element) -> Iterator[str]:
        for child in element:
            name = _local(child.tag)
            if name in SKIPPED:
                continue
            if name == "t":
                yield child.text or ""
            elif name in CHARACTERS:
                yield CHARACTERS[name]
            elif name == "sym":
                char = child.get(self.q("char"), "")
                yield chr(int(char, 16)) if re.fullmatch(r"[0-9A-Fa-f]{2,4}", char) else ""
            elif name == "r" and self.hidden(child):
                continue
            elif name != "pPr" and name != "rPr":
                yield from self.runs_text(child)

    def hidden(self, run: ElementTree.Element) -> bool:
        vanish = run.find(f"{self.q('rPr')}/{self.q('vanish')}")
        return vanish is not None and vanish.get(self.q("val"), "true") not in ("0", "false", "off")

    def paragraph(self, p: ElementTree.Element) -> str:
        label = self.label(p)
        text = "".join(self.runs_text(p))
        return f"{label} {text}" if label and text else label or text

    def blocks(self, parent: ElementTree.Element) -> Iterator[str]:
        """The lines of a body, a cell or a content control, in document order."""
        for child in parent:
            name = _local(child.tag)
            if name == "p":
                yield self.paragraph(child)
            elif name == "tbl":
                yield from table_lines(self.rows(child))
            elif name in ("sdt", "sdtContent", "customXml", "ins", "moveTo"):
                yield from self.blocks(child)

    def rows(self, table: ElementTree.Element) -> list[Row]:
        rows: list[Row] = []
        for tr in table.iter(self.q("tr")):
            cells = [list(self.blocks(tc)) for tc in tr.findall(self.q("tc"))]
            rows.append(cells)
        return rows


def _styles(root: ElementTree.Element | None, w: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    found: dict[str, tuple[str | None, str | None, str | None]] = {}
    if root is None:
        return found
    for style in root.findall(f"{{{w}}}style"):
        based = style.find(f"{{{w}}}basedOn")
        num_id = style.find(f"{{{w}}}pPr/{{{w}}}numPr/{{{w}}}numId")
        ilvl = style.find(f"{{{w}}}pPr/{{{w}}}numPr/{{{w}}}ilvl")
        found[style.get(f"{{{w}}}styleId", "")] = tuple(
            None if node is None else node.get(f"{{{w}}}val") for node in (based, num_id, ilvl))
    return found


def _main_part(archive, limit: int, path: str) -> str:
    rels = read_member(archive, "_rels/.rels", limit, path, WHAT)
    if rels:
        m = _MAIN_PART.search(rels.decode("utf-8", "replace"))
        if m and m.group(1) in archive.namelist():
            return m.group(1)
    return "word/document.xml"


def read(data: bytes, path: str, limit: int) -> Extracted:
    archive = open_zip(data, path, WHAT)
    main = _main_part(archive, limit, path)
    document = read_member(archive, main, limit, path, WHAT)
    if document is None:
        from ...errors import CorruptDocument

        raise CorruptDocument(path, WHAT, f"no {main} in the package")
    root = parse_xml(document, path, WHAT)
    w = next((ns for ns in NAMESPACES if root.tag == f"{{{ns}}}document"), NAMESPACES[0])
    folder = main.rpartition("/")[0]
    parts = {}
    for name in ("numbering", "styles"):
        raw = read_member(archive, f"{folder}/{name}.xml" if folder else f"{name}.xml", limit, path, WHAT)
        if raw and name == "styles":
            raw = _LATENT_STYLES.sub(b"", raw)  # most of the part, and nothing a paragraph uses
        parts[name] = parse_xml(raw, path, WHAT) if raw else None
    styles = _styles(parts["styles"], w)
    numbering = Numbering(parts["numbering"], w)
    numbering.link_styles({style: num_id for style, (_, num_id, _) in styles.items() if num_id})
    doc = _Document(w, numbering, styles)
    body = root.find(f"{{{w}}}body")
    lines = list(doc.blocks(body)) if body is not None else []
    return Extracted("\n".join(lines) + ("\n" if lines else ""))
