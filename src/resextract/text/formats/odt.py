"""OpenDocument text (.odt): paragraphs, headings, lists with their labels rendered from the list
styles (format, prefix and suffix, levels shown, start values, restarts, continued lists), and
tables as `tables` renders them. Read with the standard library (zipfile, ElementTree)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from xml.etree import ElementTree

from .base import Extracted, open_zip, parse_xml, read_member
from .numbering import RUSSIAN_LETTERS, counter, letters, roman
from .tables import Row, table_lines

WHAT = "OpenDocument text"
NS = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "xml": "http://www.w3.org/XML/1998/namespace",
}
# Elements of a paragraph whose content is not printed in the flow of the text.
LEVELS = 10  # ODF's list levels; a list nested deeper is drawn with the last level's style
SKIPPED = {"note", "annotation", "tracked-changes", "frame", "bookmark-ref-start", "change"}
_TEXT = NS["text"]


def q(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


@dataclass(frozen=True)
class ListLevel:
    fmt: str = "1"  # style:num-format; "" for none; a bullet level has `bullet`
    prefix: str = ""
    suffix: str = "."
    display: int = 1
    start: int = 1
    bullet: str | None = None


def write_number(n: int, fmt: str) -> str:
    if not fmt:
        return ""
    head = fmt[0]
    if head == "1":
        return str(n)
    if head in "aA":
        return letters(n, "abcdefghijklmnopqrstuvwxyz" if head == "a" else "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if head in "iI":
        return roman(n) if head == "i" else roman(n).upper()
    if head in "аА":  # LibreOffice's Cyrillic formats: "а, б, .., аа, аб, ... (ru)"
        return letters(n, RUSSIAN_LETTERS if head == "а" else RUSSIAN_LETTERS.upper())
    return str(n)


def list_styles(*roots: ElementTree.Element | None) -> dict[str, dict[int, ListLevel]]:
    styles: dict[str, dict[int, ListLevel]] = {}
    for root in roots:
        if root is None:
            continue
        for style in root.iter(q("text", "list-style")):
            levels: dict[int, ListLevel] = {}
            for level in style:
                depth = counter(level.get(q("text", "level")), 1)
                if level.tag == q("text", "list-level-style-number"):
                    levels[depth] = ListLevel(
                        fmt=level.get(q("style", "num-format"), "1"),
                        prefix=level.get(q("style", "num-prefix"), ""),
                        suffix=level.get(q("style", "num-suffix"), ""),
                        display=counter(level.get(q("text", "display-levels")), 1),
                        start=counter(level.get(q("text", "start-value")), 1))
                else:
                    char = level.get(q("text", "bullet-char"), "•")
                    levels[depth] = ListLevel(bullet="-" if char in "-–—" else "•")
            styles[style.get(q("style", "name"), "")] = levels
    return styles


class _Body:
    """One pass through the body: list counters per list, kept for lists that continue them."""

    def __init__(self, styles: dict[str, dict[int, ListLevel]], paragraph_lists: dict[str, str]) -> None:
        self.styles = styles
        self.paragraph_lists = paragraph_lists  # paragraph style → its list style
        self.by_id: dict[str, list[int]] = {}
        self.last: dict[str, list[int]] = {}  # list style → counters of its last list

    def inline(self, element: ElementTree.Element) -> Iterator[str]:
        if element.text:
            yield element.text
        for child in element:
            name = child.tag.rpartition("}")[2]
            if child.tag.startswith(f"{{{_TEXT}}}") and name == "s":
                yield " " * max(counter(child.get(q("text", "c")), 1), 0)
            elif name == "tab":
                yield "\t"
            elif name == "line-break":
                yield "\n"
            elif name not in SKIPPED and name != "number":
                yield from self.inline(child)
            if child.tail:
                yield child.tail

    def paragraph(self, p: ElementTree.Element, label: str = "") -> str:
        cached = p.find(q("text", "number"))
        if cached is not None and cached.text:
            label = cached.text.strip()
        text = "".join(self.inline(p))
        return f"{label} {text}" if label and text else label or text

    def blocks(self, parent: ElementTree.Element) -> Iterator[str]:
        for child in parent:
            name = child.tag.rpartition("}")[2]
            if name in ("p", "h"):
                yield self.paragraph(child)
            elif name == "list":
                yield from self.list(child, None, 1, [])
            elif name == "table":
                yield from table_lines(self.rows(child))
            elif name in ("section", "index-body", "table-of-content", "illustration-index",
                          "alphabetical-index", "user-index", "bibliography", "object-index", "table-index"):
                yield from self.blocks(child)

    def rows(self, table: ElementTree.Element) -> list[Row]:
        return [[list(self.blocks(cell)) for cell in row.findall(q("table", "table-cell"))]
                for row in table.iter(q("table", "table-row"))]

    def counters(self, element: ElementTree.Element, style: str) -> list[int]:
        continued = element.get(q("text", "continue-list"))
        if continued and continued in self.by_id:
            counters = self.by_id[continued]
        elif element.get(q("text", "continue-numbering")) == "true" and style in self.last:
            counters = self.last[style]
        else:
            counters = [0] * (LEVELS + 1)
        self.last[style] = counters
        if element.get(q("xml", "id")):
            self.by_id[element.get(q("xml", "id"), "")] = counters
        return counters

    def list(self, element: ElementTree.Element, style: str | None, depth: int, counters: list[int]) -> Iterator[str]:
        own = element.get(q("text", "style-name"))
        if style is None:
            first = element.find(f".//{q('text', 'p')}")
            own = own or (self.paragraph_lists.get(first.get(q("text", "style-name"), ""))
                          if first is not None else None)
            style = own or ""
            counters = self.counters(element, style)
        levels = self.styles.get(style, {})
        for item in element:
            header = item.tag == q("text", "list-header")
            if item.tag != q("text", "list-item") and not header:
                continue
            children = [c for c in item if c.tag in (q("text", "list"), q("text", "p"), q("text", "h"))]
            # an item that opens with a nested list is a step down, not a numbered item of its own
            numbered = not header and bool(children) and children[0].tag != q("text", "list")
            label = self.label(item, levels, depth, counters) if numbered else ""
            for child in children:
                if child.tag == q("text", "list"):
                    yield from self.list(child, style, depth + 1, counters)
                else:
                    yield self.paragraph(child, label)
                    label = ""  # the item's further paragraphs carry no label

    def label(self, item: ElementTree.Element, levels: dict[int, ListLevel], depth: int, counters: list[int]) -> str:
        depth = min(depth, LEVELS)
        level = levels.get(depth, ListLevel())
        start = counter(item.get(q("text", "start-value")), None)
        if start is not None and start >= 0:
            counters[depth] = start
        else:
            counters[depth] = counters[depth] + 1 if counters[depth] else level.start
        for deeper in range(depth + 1, len(counters)):
            counters[deeper] = 0
        if level.bullet is not None:
            return level.bullet
        shown = range(max(1, depth - level.display + 1), depth + 1)
        numbers = ".".join(write_number(counters[k] or levels.get(k, ListLevel()).start,
                                        levels.get(k, ListLevel()).fmt) for k in shown)
        return f"{level.prefix}{numbers}{level.suffix}" if numbers else ""


def _paragraph_lists(*roots: ElementTree.Element | None) -> dict[str, str]:
    found: dict[str, str] = {}
    for root in roots:
        if root is None:
            continue
        for style in root.iter(q("style", "style")):
            list_style = style.get(q("style", "list-style-name"))
            if list_style:
                found[style.get(q("style", "name"), "")] = list_style
    return found


def read(data: bytes, path: str, limit: int) -> Extracted:
    archive = open_zip(data, path, WHAT)
    content = read_member(archive, "content.xml", limit, path, WHAT)
    if content is None:
        from ...errors import CorruptDocument

        raise CorruptDocument(path, WHAT, "no content.xml in the package")
    root = parse_xml(content, path, WHAT)
    raw_styles = read_member(archive, "styles.xml", limit, path, WHAT)
    styles_root = parse_xml(raw_styles, path, WHAT) if raw_styles else None
    body = _Body(list_styles(root, styles_root), _paragraph_lists(root, styles_root))
    text_root = root.find(f"{q('office', 'body')}/{q('office', 'text')}")
    lines = list(body.blocks(text_root)) if text_root is not None else []
    return Extracted("\n".join(lines) + ("\n" if lines else ""))
