"""Test fixtures made from a plain text: the same document as .docx (with Word's own automatic
numbering: numbering.xml definitions, levels and restarts, the labels taken out of the text),
.odt (list styles and nested lists), .rtf (Word's \\listtext labels), .pdf (wrapped, hyphenated,
with a running header and page numbers) and .html (ordered lists, a script, a style and a menu).

Nothing binary is committed: every file is written here, by the libraries a user's office suite
stands in for (python-docx, odfpy, fpdf2).
"""
from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from resextract.text.formats.numbering import RUSSIAN_LETTERS

# A list label at the start of a line, as the .txt prints it.
LABEL = re.compile(r"^\s*(?:(?P<num>\d{1,3}(?:\.\d{1,3}){0,4})(?P<close>[.)])|(?P<letter>[а-я])\)"
                   r"|(?P<bullet>[-•]))[ \t]+(?P<body>\S.*)$")


@dataclass
class Labelled:
    scheme: str  # which abstract numbering definition: "dec.", "dec)", "ru)", "bullet-", "bullet•"
    depth: int
    values: tuple[int, ...]
    body: str


def parse_label(line: str) -> Labelled | None:
    m = LABEL.match(line)
    if not m:
        return None
    if m.group("num"):
        values = tuple(int(x) for x in m.group("num").split("."))
        if any(v == 0 for v in values):
            return None
        return Labelled("dec" + m.group("close"), len(values) - 1, values, m.group("body"))
    if m.group("letter"):
        letter = m.group("letter")
        if letter not in RUSSIAN_LETTERS:
            return None
        return Labelled("ru)", 0, (RUSSIAN_LETTERS.index(letter) + 1,), m.group("body"))
    return Labelled("bullet" + m.group("bullet"), 0, (1,), m.group("body"))


# --- .docx -----------------------------------------------------------------------------------


@dataclass
class WordLists:
    """Plans Word numbering for labelled lines: one abstract definition per scheme, one instance
    per run, a new instance with w:startOverride where the printed numbers restart or jump."""

    abstracts: dict[str, int] = field(default_factory=dict)
    instances: list[tuple[int, int, dict[int, int]]] = field(default_factory=list)  # numId, abstract, starts
    current: dict[str, int] = field(default_factory=dict)  # scheme → numId in use
    counters: dict[str, list[int | None]] = field(default_factory=dict)
    literal: int = 0  # labels that could not be numbered by Word and were kept as text

    def place(self, item: Labelled) -> tuple[int, int] | None:
        """(numId, ilvl) that prints `item`'s label, or None to keep it as typed text."""
        counters = self.counters.setdefault(item.scheme, [None] * 9)
        shown = [c if c is not None else 1 for c in counters[: item.depth]]
        if list(item.values[:-1]) != shown and item.depth:
            self.literal += 1
            return None
        nxt = (counters[item.depth] or 0) + 1
        abstract = self.abstracts.setdefault(item.scheme, len(self.abstracts) + 10)
        if item.scheme not in self.current or (nxt != item.values[-1] and not item.scheme.startswith("bullet")):
            num_id = len(self.instances) + 10
            starts = {} if item.scheme not in self.current else {item.depth: item.values[-1]}
            if item.scheme not in self.current and item.values[-1] != 1:
                starts = {item.depth: item.values[-1]}
            self.instances.append((num_id, abstract, starts))
            self.current[item.scheme] = num_id
        counters[item.depth] = item.values[-1]
        for deeper in range(item.depth + 1, 9):
            counters[deeper] = None
        return self.current[item.scheme], item.depth


def _level_xml(scheme: str, ilvl: int) -> str:
    if scheme.startswith("bullet"):
        fmt, text = "bullet", scheme.removeprefix("bullet")
    elif scheme == "ru)":
        fmt, text = "russianLower", f"%{ilvl + 1})"
    else:
        fmt, text = "decimal", ".".join(f"%{k + 1}" for k in range(ilvl + 1)) + scheme[-1]
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{html.escape(text)}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{360 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>')


def _numbering_elements(lists: WordLists) -> list:
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    elements = []
    for scheme, abstract in lists.abstracts.items():
        levels = "".join(_level_xml(scheme, k) for k in range(9))
        elements.append(parse_xml(f'<w:abstractNum {ns} w:abstractNumId="{abstract}">'
                                  f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'))
    for num_id, abstract, starts in lists.instances:
        overrides = "".join(f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
                            for k, v in starts.items())
        elements.append(parse_xml(f'<w:num {ns} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>'
                                  f'{overrides}</w:num>'))
    return elements


def to_docx(text: str) -> tuple[bytes, WordLists]:
    """A .docx of `text`, one paragraph per line, labels turned into Word numbering."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    lists = WordLists()
    for line in text.removesuffix("\n").split("\n"):
        item = parse_label(line)
        place = lists.place(item) if item else None
        paragraph = document.add_paragraph()
        paragraph.add_run(item.body if place else line)
        if place:
            num_pr = OxmlElement("w:numPr")
            for name, value in (("w:ilvl", place[1]), ("w:numId", place[0])):
                child = OxmlElement(name)
                child.set(qn("w:val"), str(value))
                num_pr.append(child)
            paragraph._p.get_or_add_pPr().append(num_pr)
    numbering = document.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for element in _numbering_elements(lists):
        if element.tag == qn("w:abstractNum") and first_num is not None:
            first_num.addprevious(element)
        else:
            numbering.append(element)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue(), lists


def table_docx(header: list[str], rows: list[list[str]], before: str = "", after: str = "",
               numbered: bool = True) -> bytes:
    """A .docx with `before`, a table (its № column numbered by Word when `numbered`), `after`."""
    import docx

    document = docx.Document()
    for line in before.splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    for i, title in enumerate(header):
        table.cell(0, i).text = title
    for r, row in enumerate(rows, start=1):
        for i, value in enumerate(row):
            cell = table.cell(r, i)
            if i == 0 and numbered:
                cell.paragraphs[0].style = document.styles["List Number"]  # the template's numbering
            else:
                cell.text = value
    for line in after.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- .html -----------------------------------------------------------------------------------


PAGE = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="{charset}"><title>Документ</title>
<style>p {{ margin: 0 }} .menu a {{ color: navy }}</style>
<script>var counter = "1. Обеспечить"; document.title = "x";</script></head>
<body><nav class="menu"><ul><li><a href="/">Главная</a><li><a href="/docs">Документы</a></ul></nav>
<div class="content">
{body}
</div>
<script>window.dataLayer = [];</script>
</body></html>
"""


def to_html(text: str, charset: str = "utf-8") -> str:
    """A page of `text`: runs of top-level "N." items as <ol start>, the rest as paragraphs."""
    out: list[str] = []
    open_list: int | None = None  # the next number of the open <ol>
    for line in text.removesuffix("\n").split("\n"):
        item = parse_label(line)
        if item and item.scheme == "dec." and item.depth == 0:
            if open_list != item.values[0]:
                if open_list is not None:
                    out.append("</ol>")
                out.append(f'<ol start="{item.values[0]}">')
            out.append(f"<li>{html.escape(item.body)}</li>")
            open_list = item.values[0] + 1
            continue
        if open_list is not None:
            out.append("</ol>")
            open_list = None
        out.append(f"<p>{html.escape(line, quote=False) or '&nbsp;'}</p>")
    if open_list is not None:
        out.append("</ol>")
    return PAGE.format(charset=charset, body="\n".join(out))


# --- .rtf ------------------------------------------------------------------------------------


def _rtf_escape(text: str) -> str:
    out = []
    for i, ch in enumerate(text):
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:  # half the Cyrillic as code-page bytes, half as Unicode escapes: Word writes both
                byte = ch.encode("cp1251")
                out.append(f"\\'{byte[0]:02x}" if i % 2 else f"\\u{ord(ch) - 65536 if ord(ch) > 32767 else ord(ch)}?")
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch) - 65536 if ord(ch) > 32767 else ord(ch)}?")
    return "".join(out)


def to_rtf(text: str) -> bytes:
    """An RTF of `text` as Word writes lists: the label in a {\\listtext ...} group."""
    parts = [r"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\froman\fcharset204 Times New Roman;}}",
             r"{\*\generator resextract tests;}\pard\plain\f0\fs24 "]
    for line in text.removesuffix("\n").split("\n"):
        item = parse_label(line)
        if item:
            label = line[: len(line) - len(item.body)].strip()
            parts.append(r"{\listtext\pard\plain\f0 " + _rtf_escape(label) + r"\tab}" + _rtf_escape(item.body) + "\\par\n")
        else:
            parts.append(_rtf_escape(line) + "\\par\n")
    parts.append("}")
    return "".join(parts).encode("ascii")


# --- .odt ------------------------------------------------------------------------------------


def to_odt(text: str) -> bytes:
    """An .odt of `text`: labelled runs as text:list elements nested by depth, their labels drawn
    by a list style (number format, suffix, levels shown); restarts as text:start-value."""
    from odf.opendocument import OpenDocumentText
    from odf.style import ListLevelProperties
    from odf.text import List, ListItem, ListLevelStyleBullet, ListLevelStyleNumber, ListStyle, P

    document = OpenDocumentText()
    styles: dict[str, ListStyle] = {}

    def style_for(scheme: str) -> str:
        if scheme not in styles:
            style = ListStyle(name=f"L{len(styles) + 1}")
            for level in range(1, 11):
                if scheme.startswith("bullet"):
                    child = ListLevelStyleBullet(level=level, bulletchar=scheme.removeprefix("bullet"))
                else:
                    fmt = "а, б, .., аа, аб, ... (ru)" if scheme == "ru)" else "1"
                    child = ListLevelStyleNumber(level=level, numformat=fmt, numsuffix=scheme[-1],
                                                 displaylevels=level if scheme.startswith("dec") else 1)
                child.addElement(ListLevelProperties())
                style.addElement(child)
            document.automaticstyles.addElement(style)
            styles[scheme] = style
        return styles[scheme].getAttribute("name")

    state: dict = {"scheme": None, "list": None, "counters": {}}
    for line in text.removesuffix("\n").split("\n"):
        item = parse_label(line)
        shown = tuple(state["counters"].get(k) or 1 for k in range(item.depth)) if item else ()
        if item is None or (item.depth and (state["scheme"] != item.scheme or shown != item.values[:-1])):
            state.update(scheme=None, list=None)
            document.text.addElement(P(text=line))
            continue
        if state["scheme"] != item.scheme:
            state.update(scheme=item.scheme, list=List(stylename=style_for(item.scheme)), path={})
            document.text.addElement(state["list"])
        _odt_item(state, item, List, ListItem, P)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def _odt_item(state: dict, item: Labelled, List, ListItem, P) -> None:
    """Append `item` to the open list at its depth (wrapper items step down), restarting the
    numbering with text:start-value where the printed number is not the next one."""
    counters: dict[int, int] = state.setdefault("counters", {})
    if state["path"] == {}:
        counters.clear()
    parent = state["list"]
    for depth in range(item.depth):
        sub = state["path"].get(depth + 1)
        if sub is None:
            wrapper = ListItem()
            sub = List()
            wrapper.addElement(sub)
            (state["path"].get(depth) or parent).addElement(wrapper)
            state["path"][depth + 1] = sub
        parent = sub
    for deeper in [k for k in state["path"] if k > item.depth]:
        del state["path"][deeper]
        counters.pop(deeper, None)
    state["path"][item.depth] = parent
    expected = counters.get(item.depth, 0) + 1
    li = ListItem(startvalue=item.values[-1]) if item.values[-1] != expected and not item.scheme.startswith("bullet") else ListItem()
    counters[item.depth] = item.values[-1]
    li.addElement(P(text=item.body))
    parent.addElement(li)


# --- .pdf ------------------------------------------------------------------------------------


def _font() -> str:
    import matplotlib

    return str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf")


VOWELS = set("аеёиоуыэюяaeiouy")
LABEL_WORD = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){0,4}[.)]|[а-я]\)|[-–—•])")


def _hyphen_point(word: str, room: float, width) -> int:
    """Where to cut `word` so its head and a hyphen fit in `room`: after a vowel, both parts ≥ 3 letters."""
    best = 0
    for i in range(3, len(word) - 2):
        if word[i - 1] in VOWELS and word[:i].isalpha() and word[i:].strip(".,;:»)").isalpha():
            if width(word[:i] + "-") <= room:
                best = i
    return best


def wrap(text: str, first: float, rest: float, width) -> list[str]:
    """Lines of a paragraph: `first` and `rest` wide, long words hyphenated at line ends."""
    lines, current, room = [], "", first
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if width(candidate) <= room or not current:
            current = candidate
            continue
        cut = _hyphen_point(word, room - width(current + " "), width) if len(word) >= 8 else 0
        if cut:
            lines.append(f"{current} {word[:cut]}-")
            current, room = word[cut:], rest
        elif LABEL_WORD.match(word):
            # a line opening with "3." inside a paragraph would read as a new list item: the label
            # stays at the end of this line, a little into the margin
            current = candidate
        else:
            lines.append(current)
            current, room = word, rest
    lines.append(current)
    return lines


def to_pdf(text: str, header: str = "Документ № 17 — проект", font_size: float = 11) -> bytes:
    """A PDF of `text`: paragraphs with a first-line indent, labelled items hanging, blank lines as
    space, a running header and a page number on every page."""
    from fpdf import FPDF

    class Page(FPDF):
        def header(self) -> None:  # from the second page on, as Word's "different first page"
            if self.page_no() > 1:
                self.set_font("DejaVu", size=8)
                self.cell(0, 6, header, align="C")
                self.set_font("DejaVu", size=font_size)
            self.set_y(25)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("DejaVu", size=8)
            self.cell(0, 6, str(self.page_no()), align="C")
            self.set_font("DejaVu", size=font_size)

    pdf = Page(format="A4")
    pdf.add_font("DejaVu", "", _font())
    pdf.set_margins(25, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("DejaVu", size=font_size)
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    height = font_size * 0.5
    for line in text.removesuffix("\n").split("\n"):
        if not line.strip():
            pdf.ln(height)
            continue
        indent = 0 if parse_label(line) else 10
        line = re.sub(r"\t+", "    ", line.strip())  # the font has no tab: a gap of spaces
        for k, part in enumerate(wrap(line, usable - indent, usable, pdf.get_string_width)):
            pdf.set_x(pdf.l_margin + (indent if k == 0 else 0))
            pdf.cell(0, height, part)
            pdf.ln(height)
    return bytes(pdf.output())


# format → a function of the text giving the file's bytes
WRITERS = {
    "docx": lambda text: to_docx(text)[0],
    "odt": to_odt,
    "rtf": to_rtf,
    "pdf": to_pdf,
    "html": lambda text: to_html(text).encode("utf-8"),
}


def table_rtf(header: list[str], rows: list[list[str]], before: str = "") -> bytes:
    """An RTF with `before` and a table as Word writes one (\\trowd, \\intbl paragraphs, \\cell, \\row)."""
    widths = "".join(f"\\cellx{2000 * (i + 1)}" for i in range(len(header)))
    parts = [r"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\froman\fcharset204 Times New Roman;}}\pard\f0 "]
    parts += [_rtf_escape(line) + "\\par\n" for line in before.splitlines()]
    for row in [header, *rows]:
        parts.append(f"\\trowd{widths}\n\\pard\\intbl ")
        parts.append("".join(_rtf_escape(cell) + "\\cell " for cell in row))
        parts.append(f"\\pard\\intbl{{\\trowd{widths}\\row}}\n")
    parts.append("\\pard Конец.\\par}".replace("Конец.", _rtf_escape("Конец.")))
    return "".join(parts).encode("ascii")


def table_odt(header: list[str], rows: list[list[str]], before: str = "") -> bytes:
    """An .odt with `before` and a table of `header` and `rows`."""
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    document = OpenDocumentText()
    for line in before.splitlines():
        document.text.addElement(P(text=line))
    table = Table(name="plan")
    table.addElement(TableColumn(numbercolumnsrepeated=len(header)))
    for row in [header, *rows]:
        tr = TableRow()
        for value in row:
            cell = TableCell()
            cell.addElement(P(text=value))
            tr.addElement(cell)
        table.addElement(tr)
    document.text.addElement(table)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()
