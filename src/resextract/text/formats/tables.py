"""Tables of Word, ODT, RTF and HTML documents as lines of text.

A plan of measures ("№ | мероприятие | срок | ответственный") becomes one list item per row: the
number column gives the label, the measure its text, and the term and responsible columns the
"Срок: ..." and "Ответственный: ..." lines the segmenter reads under an item. Any other table
(a header laid out in two columns, a signature block) is read row by row, its cells separated
by tabs, and a row of one filled cell gives that cell's paragraphs as they are.
"""
from __future__ import annotations

import re

Cell = list[str]  # a cell's paragraphs (their list labels included)
Row = list[Cell]

# Header cell → the column's role; first match wins, so "Срок" is never read as a measure.
COLUMN_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"^(?:№|n°?|no\.?|номер)(?:\s*п\s*/\s*п\.?)?$|^п\s*/\s*п$", re.I)),
    ("deadline", re.compile(r"^(?:сроки?|дата|период|когда)\b", re.I)),
    ("responsible", re.compile(r"^(?:ответственн|исполнител|отв\.|кто\s+исполняет)", re.I)),
    ("text", re.compile(r"^(?:мероприяти|наименовани|содержани|перечень|вид\b|задач|направлени|"
                        r"действи|меры|работ|пункт|поручени|что\s+сделать)", re.I)),
)
DEADLINE_PREFIX = "Срок: "
RESPONSIBLE_PREFIX = "Ответственный: "
_NUMBER = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){0,4})[.)]?$")


def cell_text(cell: Cell) -> str:
    """A cell's paragraphs on one line."""
    return " ".join(" ".join(part.split()) for part in cell if part.strip())


def column_roles(header: Row) -> dict[str, int] | None:
    """Column index of each role when `header` heads a plan of measures (a text column and a term
    or responsible column at least), else None."""
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        text = cell_text(cell)
        for role, pattern in COLUMN_ROLES:
            if pattern.search(text) and role not in roles:
                roles[role] = index
                break
    if "text" in roles and ("deadline" in roles or "responsible" in roles):
        return roles
    return None


def _label(number: str) -> str:
    m = _NUMBER.match(number.strip())
    return f"{m.group(1)}." if m else "-"


def _is_column_numbering(row: Row) -> bool:
    """The row of column numbers printed under a header: "1 | 2 | 3 | 4"."""
    texts = [cell_text(cell) for cell in row]
    return len(texts) > 1 and texts == [str(i) for i in range(1, len(texts) + 1)]


def plan_rows(rows: list[Row], roles: dict[str, int]) -> list[str]:
    """One item (and its term and responsible lines) per row of a plan of measures."""
    lines: list[str] = []
    for row in rows:
        values = {role: cell_text(row[i]) if i < len(row) else "" for role, i in roles.items()}
        filled = {cell_text(cell) for cell in row if cell_text(cell)}
        if not filled or _is_column_numbering(row):
            continue
        if len(filled) == 1 and not values.get("deadline") and not values.get("responsible"):
            lines.append(filled.pop())  # a row spanning the table: a section of the plan
            continue
        text = values.get("text", "")
        number = values.get("number", "")
        lines.append(f"{_label(number)} {text}".strip() if number or text else "")
        if values.get("deadline"):
            lines.append(DEADLINE_PREFIX + values["deadline"])
        if values.get("responsible"):
            lines.append(RESPONSIBLE_PREFIX + values["responsible"])
    return lines


def _dedup(cells: list[str]) -> list[str]:
    # A merged cell is repeated in each grid column it spans (python-docx, RTF): keep it once.
    out: list[str] = []
    for text in cells:
        if not out or text != out[-1]:
            out.append(text)
    return out


def table_lines(rows: list[Row]) -> list[str]:
    """The lines of a table, as the module's docstring says."""
    rows = [row for row in rows if row]
    if not rows:
        return []
    roles = column_roles(rows[0])
    if roles is not None:
        return plan_rows(rows[1:], roles)
    lines: list[str] = []
    for row in rows:
        filled = [cell for cell in row if cell_text(cell)]
        if len(filled) == 1:
            lines.extend(part for part in filled[0])
        elif filled:
            lines.append("\t".join(_dedup([cell_text(cell) for cell in filled])))
    return lines
