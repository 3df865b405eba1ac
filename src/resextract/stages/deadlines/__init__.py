"""Deadlines (SPEC §3): "Срок исполнения: ..." values and inline time phrases → `Deadline`.

The patterns live in `rules.DEADLINE_RULES`, an ordered table of named rules scanned left to
right; the names of the rules that fired are the trace that `resextract explain` shows. This
module reads whole values ("Срок исполнения: ..." lines); `inline.find_inline_deadline`, imported
here for callers of the stage, finds time phrases inside an item's text.
"""
from __future__ import annotations

import datetime as dt

from .rules import cited_act, combine, printed, scan
from .inline import find_inline_deadline as find_inline_deadline  # the stage's API
from .inline import find_anaphoric_term as find_anaphoric_term
from .inline import last_dated_term as last_dated_term
from .inline import anaphoric_term_span as anaphoric_term_span
from .inline import TIME_CUE as TIME_CUE  # a text without it holds no time phrase
from .inline import in_participial_phrase as in_participial_phrase
from ...models import Deadline, DeadlineSource
from ...text.lines import find_deadline_line

# --- Public API ----------------------------------------------------------------------------------


def _parse(value: str, ref_date: dt.date | None, source: DeadlineSource) -> tuple[Deadline, str] | None:
    text = printed(value)
    hits = [h for h in scan(text, ref_date, hinted=True) if not cited_act(text, h)] if text else []
    if not hits:
        return None
    found = combine([h.bounds for h in hits])
    trace = "+".join(h.rule.name for h in hits)
    return Deadline(text=text, kind=found.kind, start=found.start, end=found.end, source=source), trace


def is_deadline_value(value: str) -> bool:
    """Whether a whole value reads as a term: what `find_deadline_line` asks of a line without a
    separator ("Срок исполнения до 1.09.2023")."""
    return _parse(value, None, "item") is not None


def parse_deadline_traced(text: str, ref_date: dt.date | None = None,
                          source: DeadlineSource = "inline") -> tuple[Deadline, str] | None:
    """`parse_deadline` plus the names of the rules that fired, joined with "+"."""
    label_value = find_deadline_line(text, is_deadline_value)
    return _parse(text if label_value is None else label_value, ref_date, source)


def parse_deadline(text: str, ref_date: dt.date | None = None, source: DeadlineSource = "inline") -> Deadline | None:
    """A whole deadline value ("декабрь 2023 г.", "постоянно", "III-IV кварталы 2024 г."); None if none."""
    found = parse_deadline_traced(text, ref_date, source)
    return found[0] if found else None
