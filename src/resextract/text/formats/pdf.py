"""PDF with a text layer: the lines pdfminer.six lays out, running headers, footers and page numbers
removed, the lines of one paragraph joined (words hyphenated at a line end rejoined), one line
per paragraph. A PDF without any text (a scan) is `NoTextLayer`.

pdfminer.six rather than pypdf: its layout analysis gives each line's box (where it starts and
ends, its font size), which is what tells a paragraph's last line, a first-line indent, a list
label or a running header from the body text.
"""
from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from ...errors import CorruptDocument, NoTextLayer
from .base import Extracted

WHAT = "PDF document"
EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be a running header/footer
PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:(?:стр(?:аница)?|с)\.?\s*)?\d{1,4}(?:\s*(?:из|/)\s*\d{1,4})?[-–—\s.]*$", re.I)
# A list label opening a line: "1.", "1.1.", "2)", "а)", "-", "•" and a space ("5.Контроль": none).
LABEL = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){0,4}[.)](?:\s|(?=[А-ЯЁ]))|(?:[а-яa-z]\)|[-–—•·▪●*])\s)")
_DIGITS = re.compile(r"\d+")


@dataclass
class PdfLine:
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    text: str


def _text_lines(layout, page: int) -> list[PdfLine]:
    from pdfminer.layout import LTChar, LTTextLine

    found: list[PdfLine] = []
    stack = [layout]
    while stack:
        element = stack.pop()
        if isinstance(element, LTTextLine):
            text = element.get_text().strip("\n")
            if text.strip():
                sizes = [c.size for c in element if isinstance(c, LTChar)]
                size = statistics.median(sizes) if sizes else 0.0
                found.append(PdfLine(page, element.x0, element.x1, element.y1, element.y0, size, text.strip()))
        elif hasattr(element, "__iter__"):
            stack.extend(element)
    return _merge_same_baseline(found)


def _merge_same_baseline(lines: list[PdfLine]) -> list[PdfLine]:
    """Lines side by side (a date left and a number right, table cells) as one line, tab-separated."""
    lines.sort(key=lambda line: (-line.top, line.x0))
    merged: list[PdfLine] = []
    for line in lines:
        last = merged[-1] if merged else None
        height = max(line.top - line.bottom, 1.0)
        if last and abs(last.top - line.top) < height * 0.5 and line.x0 >= last.x1 - 1:
            last.text = f"{last.text}\t{line.text}"
            last.x1 = line.x1
        else:
            merged.append(line)
    return merged


def _pages(data: bytes, path: str) -> list[list[PdfLine]]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings are about the file, not us
    try:
        return [_text_lines(layout, number)
                for number, layout in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams()))]
    except Exception as exc:  # noqa: BLE001 - any failure of the parser is a damaged file here
        raise CorruptDocument(path, WHAT, f"{type(exc).__name__}: {exc}".rstrip(": ")) from exc


def _key(line: PdfLine) -> str:
    return _DIGITS.sub("#", " ".join(line.text.lower().split()))


def edge_lines(page: list[PdfLine], spacing: float) -> dict[int, str]:
    """Index → "top"/"bottom" of the lines set apart at a page's edges: a running header or
    footer stands beyond the body's margin, further from it than the lines of the body are."""
    edges: dict[int, str] = {}
    for i in range(min(EDGE_LINES, len(page) - 1)):
        if page[i].top - page[i + 1].top <= spacing * 1.3:
            break
        edges[i] = "top"
    for i in range(len(page) - 1, max(len(page) - 1 - EDGE_LINES, 0), -1):
        if page[i - 1].top - page[i].top <= spacing * 1.3:
            break
        edges[i] = "bottom"
    return edges


def strip_running_lines(pages: list[list[PdfLine]], spacing: float) -> list[list[PdfLine]]:
    """Pages without their page numbers and running headers and footers: lines set apart at an
    edge that are a page number, repeat on most pages, or (after the first page) are in smaller
    print than the body."""
    edges = [edge_lines(page, spacing) for page in pages]
    counts = Counter((edge, _key(page[i])) for page, found in zip(pages, edges) for i, edge in found.items())
    pages_with_text = sum(1 for page in pages if page)
    repeated = {key for key, n in counts.items() if n >= max(2, (pages_with_text + 1) // 2)}
    sizes = [line.size for page in pages for line in page]
    body_size = statistics.median(sizes) if sizes else 0.0
    kept_pages = []
    for number, (page, found) in enumerate(zip(pages, edges)):
        kept_pages.append([line for i, line in enumerate(page) if i not in found or not (
            PAGE_NUMBER.match(line.text) or (found[i], _key(line)) in repeated
            or (number > 0 and line.size < body_size - 1.5))])
    return kept_pages


@dataclass(frozen=True)
class Layout:
    left: float  # where body lines start
    right: float  # where full body lines end
    spacing: float  # the usual distance between the tops of two lines of a paragraph


def measure(lines: list[PdfLine]) -> Layout:
    left = Counter(round(line.x0) for line in lines).most_common(1)[0][0]
    ends = sorted(line.x1 for line in lines)
    right = ends[int(len(ends) * 0.9)] if ends else left
    gaps = sorted(a.top - b.top for a, b in zip(lines, lines[1:]) if a.page == b.page and a.top > b.top)
    # a low quantile, not the median: in a text of one-line paragraphs most gaps are wider ones
    spacing = gaps[len(gaps) // 5] if gaps else 14.0
    return Layout(left, right, spacing)


def breaks_before(prev: PdfLine, line: PdfLine, layout: Layout) -> tuple[bool, bool]:
    """(does `line` open a new paragraph, is there a blank line before it)."""
    gap = prev.top - line.top if prev.page == line.page else 0.0
    blank = gap > layout.spacing * 1.7
    if blank or gap > layout.spacing * 1.35 or LABEL.match(line.text):
        return True, blank
    if abs(prev.size - line.size) > 1.0:
        return True, False
    char = (prev.x1 - prev.x0) / max(len(prev.text), 1)
    label = LABEL.match(prev.text)
    # a list item's next lines may hang, indented to where the item's text starts
    hanging = label is not None and abs(line.x0 - (prev.x0 + len(label.group(0)) * char)) < 2 * char
    if line.x0 > prev.x0 + 8 and not hanging:
        return True, False  # a first-line indent
    if prev.text.endswith("-"):
        return False, False
    # the line ended early: the next line's first word would have fitted after it
    first_word = len(line.text.split(maxsplit=1)[0]) if line.text.split() else 0
    return layout.right - prev.x1 > (first_word + 2) * char, False


def join_hyphenated(head: str, tail: str) -> str:
    """`head` ends with "-" at a line end: a word hyphenated (rejoined) or a hyphenated compound (kept)."""
    from ..morph import is_known

    left = re.search(r"(\w+)-$", head)
    right = re.match(r"\w+", tail)
    if not left or not right or not tail[:1].islower():
        return head + tail  # "Северо-" + "Западный": a compound, its hyphen stays, no space
    whole = left.group(1) + right.group(0)
    if not is_known(whole) and is_known(left.group(1)) and is_known(right.group(0)):
        return head + tail  # "научно-" + "методический"
    return head[:-1] + tail


def paragraphs(lines: list[PdfLine]) -> list[str]:
    if not lines:
        return []
    layout = measure(lines)
    out: list[str] = [lines[0].text]
    for prev, line in zip(lines, lines[1:]):
        new, blank = breaks_before(prev, line, layout)
        if new:
            if blank:
                out.append("")
            out.append(line.text)
        elif out[-1].endswith("-") and re.search(r"\w-$", out[-1]):
            out[-1] = join_hyphenated(out[-1], line.text)
        else:
            out[-1] = f"{out[-1]} {line.text}"
    return out


def read(data: bytes, path: str, limit: int = 0) -> Extracted:
    pages = _pages(data, path)
    if not any(pages):
        raise NoTextLayer(path)
    warnings = []
    empty = [str(n + 1) for n, page in enumerate(pages) if not page]
    if empty:
        warnings.append(f"pages without a text layer (scans?) left out: {', '.join(empty)}")
    spacing = measure([line for page in pages for line in page]).spacing
    lines = [line for page in strip_running_lines(pages, spacing) for line in page]
    text = "\n".join(paragraphs(lines))
    return Extracted(text + "\n" if text else "", warnings=tuple(warnings))
