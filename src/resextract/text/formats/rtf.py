"""Rich Text Format (.rtf): text by striprtf, with the list labels Word writes into `\\listtext`
(and WordPad into `\\pntext`) kept, and tables read cell by cell as `tables` renders them.

striprtf turns a cell end into "|", which a text can hold too; so before it runs, the table
control words are rewritten as private-use characters (a paragraph inside a table, a cell end,
a row end) that the text cannot hold, and the table is rebuilt from them afterwards.
"""
from __future__ import annotations

import codecs
import re

from .base import Extracted
from .tables import Row, table_lines

WHAT = "RTF document"
IN_TABLE, CELL_END, ROW_END = "\ue002", "\ue000", "\ue001"
# (control word, what it becomes): a group with \uc1 so the fallback "?" is always skipped.
MARKERS = (
    (re.compile(r"\\intbl(?![a-z])"), r"\\intbl{\\uc1\\u-8190?}"),
    (re.compile(r"\\(?:nest)?cell(?![a-z])"), r"{\\uc1\\u-8192?}"),
    (re.compile(r"\\(?:nest)?row(?![a-z])"), r"{\\uc1\\u-8191?}"),
    # WordPad and Word 6 write list labels into \pntext, a destination striprtf drops
    (re.compile(r"\\pntext(?![a-z])"), r"\\listtext"),
)
_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")


def _codec(data: bytes) -> str:
    m = _CODEPAGE.search(data[:4096])
    if m:
        try:
            return codecs.lookup(f"cp{m.group(1).decode()}").name
        except LookupError:
            pass
    return "cp1251"  # a Russian document without a code page was written in the Windows one


def _table(chunk: str) -> list[Row]:
    rows: list[Row] = []
    for raw_row in chunk.split(ROW_END):
        cells = raw_row.split(CELL_END)[:-1]  # after the last cell end: the row's properties
        if cells:
            rows.append([[part.strip() for part in cell.split("\n")] for cell in cells])
    return rows


def rebuild(text: str) -> str:
    """Text with each table (the paragraphs marked IN_TABLE up to their last row end) rendered."""
    lines: list[str] = []
    pos = 0
    while True:
        start = text.find(IN_TABLE, pos)
        if start < 0:
            lines.append(text[pos:])
            break
        line_start = text.rfind("\n", pos, start) + 1
        lines.append(text[pos:line_start].removesuffix("\n"))
        end = _table_end(text, start)
        rendered = table_lines(_table(text[line_start:end].replace(IN_TABLE, "")))
        lines.append("\n".join(rendered))
        pos = end + 1 if text[end:end + 1] == "\n" else end
    return "\n".join(part for part in lines if part != "" or False).replace(IN_TABLE, "")


def _table_end(text: str, start: int) -> int:
    """Where the table opening at `start` ends: after a row end not followed by another table paragraph."""
    pos = start
    while True:
        row_end = text.find(ROW_END, pos)
        if row_end < 0:
            return len(text)
        after = row_end + 1
        rest = text[after:after + 2].lstrip("\n")
        if not rest.startswith(IN_TABLE) and not text[after:].lstrip("\n").startswith(IN_TABLE):
            return after
        pos = after


def read(data: bytes, path: str, limit: int) -> Extracted:
    from striprtf.striprtf import rtf_to_text

    codec = _codec(data)
    source = data.decode(codec, errors="replace")  # 8-bit text outside \'xx escapes, in the code page
    for pattern, replacement in MARKERS:
        source = pattern.sub(replacement, source)
    text = rtf_to_text(source, encoding=codec, errors="replace")
    if IN_TABLE in text or CELL_END in text:
        text = rebuild(text)
    text = text.replace(CELL_END, "\t").replace(ROW_END, "\n")
    return Extracted(text if text.endswith("\n") or not text else text + "\n", encoding=codec)
