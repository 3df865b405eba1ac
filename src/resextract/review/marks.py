"""Directive spans as nested HTML marks, and the kinds' colours: what the review pages
(`html`) and the notebook display (`display`) draw alike. No model is imported at run time, so
the models can use it for their own HTML reprs.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import Directive

# kind → (background, accent), in the schema's order. Light fills keep the text readable; the
# accent marks the edges and fills the labels.
KIND_COLOURS: dict[str, tuple[str, str]] = {
    "recommendation": ("#dbeafe", "#2563eb"),
    "instruction": ("#ffedd5", "#ea580c"),
    "task": ("#dcfce7", "#16a34a"),
    "decision": ("#f3e8ff", "#9333ea"),
}

# How to open a directive's mark: (directive, first piece of its span?) → "<mark …>…".
OpenMark = Callable[["Directive", bool], str]


def highlight(text: str, directives: Iterable[Directive], open_mark: OpenMark) -> str:
    """The escaped text with one <mark> per directive span (offsets clipped to the text).

    Spans are disjoint in practice; nested or crossing ones still come out as well-nested
    marks: a crossing span is split, `open_mark` telling its later pieces from the first.
    """
    n = len(text)
    spans = sorted(
        ((max(0, min(d.span[0], n)), max(0, min(d.span[1], n)), d) for d in directives),
        key=lambda s: (s[0], -s[1], s[2].ordinal),
    )
    spans = [s for s in spans if s[0] < s[1]]
    bounds = sorted({0, n, *(s[0] for s in spans), *(s[1] for s in spans)})
    out: list[str] = []
    stack: list[tuple[int, int, Directive]] = []
    started: set[int] = set()
    for a, b in zip(bounds, bounds[1:]):
        active = [s for s in spans if s[0] <= a and b <= s[1]]  # outermost first
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.append("</mark>" * (len(stack) - keep))
        for s in active[keep:]:
            out.append(open_mark(s[2], id(s) not in started))
            started.add(id(s))
        stack = active
        out.append(escape(text[a:b], quote=False))
    out.append("</mark>" * len(stack))
    return "".join(out)
