"""HTML (.html, .htm, and a .txt that holds a page's source): the visible text, one line per block,
`<br>` as a line break, `<ol>`/`<ul>` items with the labels a browser draws, tables as `tables`
renders them; scripts, styles, forms' widgets and navigation left out.

The standard library's `html.parser` is enough: it is lenient with broken markup and decodes
every entity; a page needs no DOM here, only its text in document order.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from .numbering import counter, letters, roman
from .tables import Row, table_lines

# Elements whose content is never shown as the page's text.
HIDDEN = {"script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object",
          "select", "button", "textarea", "nav", "aside", "menu", "map", "canvas", "video", "audio"}
BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5",
          "h6", "blockquote", "pre", "dl", "dt", "dd", "address", "figure", "figcaption", "hr",
          "center", "form", "fieldset", "legend", "caption", "body", "html", "li", "ul", "ol", "table"}
VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "base", "source", "embed",
        "param", "track", "keygen"}
_SPACES = re.compile(r"[ \t\n\r\f]+")
# <ol type> → how a browser writes the counter
OL_TYPES = {"1": str, "a": lambda n: letters(n, "abcdefghijklmnopqrstuvwxyz"),
            "A": lambda n: letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "i": roman,
            "I": lambda n: roman(n).upper()}
_TAG = re.compile(r"</?(?:!doctype\s+html|html|head|body|p|div|br|span|table|tr|td|ol|ul|li|h[1-6]|"
                  r"b|i|strong|em|a|font|meta|title|center|section|article)\b[^<>]{0,2000}>", re.I)


def looks_like_html(text: str) -> bool:
    """A page's source rather than its text: it opens with a tag, and tags of HTML run through it."""
    head = text[:65536]
    tags = _TAG.findall(head)
    if head.lstrip("\ufeff \t\r\n").startswith("<") and len(tags) >= 2:
        return True
    return len(tags) >= 10 and len(tags) * 200 >= len(head)


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sinks: list[list[str]] = [[]]  # the document, then each open table cell
        self.line: list[str] = []
        self.hidden: str | None = None  # the hidden element we are in, and how deep in its own kind
        self.depth = 0
        self.pre = 0
        self.lists: list[list] = []  # [type, next number] per open list; type None for <ul>
        self.label: str | None = None
        self.tables: list[list[Row]] = []

    def flush(self, item_end: bool = False) -> None:
        """End the current line; a list label waits for its item's first text (or its end)."""
        text = "".join(self.line)
        text = text if self.pre else text.strip(" ")
        if text or (item_end and self.label):
            label, self.label = self.label, None
            self.sinks[-1].extend((f"{label} {text}" if label and text else label or text).split("\n"))
        self.line = []

    def hide(self, tag: str, values: dict[str, str | None]) -> bool:
        """Whether `tag` is inside (or opens) an element whose content is not shown."""
        if self.hidden is not None:
            if self.hidden == "head" and tag == "body":  # "</head>" may be left out
                self.hidden = None
                return False
            self.depth += tag == self.hidden
            return True
        if tag in HIDDEN or values.get("role") == "navigation":
            self.hidden, self.depth = tag, 1
            return True
        return False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if self.hide(tag, values):
            return
        if tag == "br":
            self.line.append("\n")
        elif tag in BLOCKS or tag in ("tr", "td", "th"):
            self.flush()
            self.open_block(tag, values)

    def open_block(self, tag: str, values: dict[str, str | None]) -> None:
        if tag in ("ol", "ul"):
            kind = (values.get("type") or "1") if tag == "ol" else None
            self.lists.append([kind, counter(values.get("start"), 1)])
        elif tag == "li":
            self.flush(item_end=True)
            self.label = self.item_label(values)
        elif tag == "pre":
            self.pre += 1
        elif tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables:
            if not self.tables[-1]:
                self.tables[-1].append([])
            self.sinks.append([])

    def item_label(self, values: dict[str, str | None]) -> str:
        if not self.lists or self.lists[-1][0] is None:
            return "•"
        current = self.lists[-1]
        current[1] = counter(values.get("value"), current[1])
        number, current[1] = current[1], current[1] + 1
        return OL_TYPES.get(current[0], str)(number) + "."

    def handle_endtag(self, tag: str) -> None:
        if self.hidden is not None:
            self.depth -= tag == self.hidden
            if self.depth <= 0:
                self.hidden = None
            return
        if tag in BLOCKS or tag in ("tr", "td", "th"):
            self.flush(item_end=tag in ("li", "ol", "ul"))
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()
        elif tag == "pre" and self.pre:
            self.pre -= 1
        elif tag in ("td", "th") and len(self.sinks) > 1 and self.tables:
            self.tables[-1][-1].append(self.sinks.pop())
        elif tag == "table" and self.tables:
            rows = self.tables.pop()
            self.sinks[-1].extend(table_lines(rows))

    def handle_data(self, data: str) -> None:
        if self.hidden is not None:
            return
        self.line.append(data if self.pre else _SPACES.sub(" ", data))

    def close(self) -> None:
        super().close()
        self.flush(item_end=True)
        while len(self.sinks) > 1:  # cells of a table never closed
            cell = self.sinks.pop()
            self.sinks[-1].extend(cell)


def html_to_text(source: str) -> str:
    page = _Page()
    page.feed(source)
    page.close()
    lines = page.sinks[0]
    return "\n".join(lines) + ("\n" if lines else "")


_META_CHARSET = re.compile(rb"""<meta[^>]{0,400}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)


def declared_charset(data: bytes) -> str | None:
    import codecs

    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None
