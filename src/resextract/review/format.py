"""Short text forms of a record, shared by every view of it: the terminal (`show`, `explain`),
the HTML pages, the annotation notes and the models' reprs.

    >>> cap("Управление образованием", 10)
    'Управлени…'
    >>> deadline_text(deadline)      # 'period 2020-01-01…2020-02-01', 'date ≤ 2023-08-30', 'continuous'
    >>> deadline_summary(deadline)   # '2020-01-01…2020-02-01', '≤ 2023-08-30', '2023-12', 'continuous'
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # models import this module for their reprs: no runtime import back
    from ..models import Deadline, Directive

ELLIPSIS = "…"
LABEL_CAP = 60  # a name inside a label or a table cell
ADDRESSEE_CAP = 45  # the addressee inside a directive's one-line label


def cap(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, the last one an ellipsis when it was cut."""
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS


def _bounds(deadline: Deadline) -> str | None:
    """"start…end", "≤ end", "≥ start"; None for a deadline without dates."""
    start, end = deadline.start, deadline.end
    if start and end:
        return f"{start}{ELLIPSIS}{end}"
    if end:
        return f"≤ {end}"
    if start:
        return f"≥ {start}"
    return None


def deadline_text(deadline: Deadline | None) -> str:
    """Kind and dates, as the terminal shows them: "date ≤ 2023-08-30", "continuous"."""
    if deadline is None:
        return ""
    bounds = _bounds(deadline)
    return f"{deadline.kind} {bounds}" if bounds else deadline.kind


def deadline_summary(deadline: Deadline | None) -> str:
    """Short form: "≤ 2023-08-30", "2023-12", "2023-12-01…2024-02-29", "≥ 2020-03-26", "continuous"."""
    if deadline is None:
        return ""
    start, end = deadline.start, deadline.end
    if deadline.kind == "month" and start and end:
        return f"{start:%Y-%m}"
    if deadline.kind == "year" and end and (start is None or start.year == end.year):
        return f"{'≤ ' if start is None else ''}{end:%Y}"
    return _bounds(deadline) or deadline.kind


def directive_label(d: Directive) -> str:
    """The one-line label of a directive: number · addressee · action · deadline."""
    parts = [f"№{d.number}" if d.number else f"#{d.ordinal}"]
    if d.addressees:
        who = d.addressees[0].normal + (f" +{len(d.addressees) - 1}" if len(d.addressees) > 1 else "")
        parts.append(cap(who, ADDRESSEE_CAP))
    if d.action:
        parts.append(d.action.lemma)
    if d.deadline:
        parts.append(deadline_summary(d.deadline))
    return " · ".join(parts)
