"""A record drawn inline in Jupyter: the text with every directive highlighted and labelled as
the review pages label them (number · addressee · action · deadline, coloured by kind), and a
table of the directives.

`Resolution._repr_html_` and `Directive._repr_html_` call this module. Like displaCy's markup,
the HTML carries its styles inline on each element: no <style> block that could restyle the
notebook around it, no script, font, image or link, so it shows the same in JupyterLab,
VS Code, nbviewer and an exported notebook. Long documents are cut at `LIMIT` characters (and
`ROW_LIMIT` table rows), with a line that says so; `resextract.show(res)` shows them whole.

The text comes from `remember` (records of `resextract.extract(text)`), else from the record's
source file, read again as the pipeline read it; without either, only the table is drawn.
"""
from __future__ import annotations

import weakref
from html import escape
from typing import TYPE_CHECKING

from .format import cap, deadline_summary, directive_label
from .marks import KIND_COLOURS, highlight

if TYPE_CHECKING:
    from ..models import Directive, Resolution

LIMIT = 6_000  # characters of text drawn inline
ROW_LIMIT = 100  # directives listed in the table
CUT_SLACK = 300  # a cut moves to the next line end within this many characters

_BOX = ("font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:13px;"
        "line-height:1.5;color:#1f2937;max-width:100%")
_TEXT = ("white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #e5e7eb;"
         "border-radius:6px;padding:10px 14px;margin:6px 0;max-height:36em;overflow:auto;"
         "font:13px/1.9 ui-monospace,'DejaVu Sans Mono',monospace")
_LABEL = ("display:inline-block;margin:0 4px 0 0;padding:0 6px;border-radius:4px;color:#fff;"
          "font:600 11px/1.6 system-ui,sans-serif;vertical-align:1px;white-space:nowrap;"
          "max-width:100%;overflow:hidden;text-overflow:ellipsis;user-select:none")
_CELL = "border:1px solid #e5e7eb;padding:3px 6px;vertical-align:top;text-align:left"
_MUTED = "color:#6b7280"

# id(record) → the text its spans index; entries go when the record does.
_texts: dict[int, str] = {}


def remember(record: Resolution, text: str) -> None:
    """Keep `text` as the source of `record` for its display (records hold no text)."""
    key = id(record)
    _texts[key] = text
    weakref.finalize(record, _texts.pop, key, None)


def source_of(record: Resolution) -> str | None:
    """The text `record`'s spans index: remembered, or its source file read again; else None."""
    if id(record) in _texts:
        return _texts[id(record)]
    if not record.source:
        return None
    from ..errors import ResextractError
    from ..text.reader import read_file

    try:
        return read_file(record.source).text
    except (ResextractError, OSError):
        return None


def _open_mark(d: Directive, first: bool) -> str:
    fill, accent = KIND_COLOURS.get(d.kind, ("#e5e7eb", "#6b7280"))
    style = f"background:{fill};border-bottom:2px solid {accent};border-radius:3px;padding:1px 0;color:inherit"
    if not first:
        return f'<mark style="{style}" data-d="{d.ordinal}">'
    label = escape(directive_label(d))
    return (f'<mark style="{style}" data-d="{d.ordinal}" title="{label} ({d.kind})">'
            f'<span style="{_LABEL};background:{accent}">{label}</span>')


def _cut(text: str, limit: int | None) -> int:
    """Where to stop drawing `text`: at its end, or at the first line end after `limit`."""
    if limit is None or len(text) <= limit:
        return len(text)
    end = text.find("\n", limit, limit + CUT_SLACK)
    return end if end != -1 else limit


def _header(r: Resolution) -> str:
    facts = [r.doc_type or "no type", str(r.date or "no date"), r.place or "no place",
             f"{len(r.directives)} directives"]
    counts = {kind: sum(d.kind == kind for d in r.directives) for kind in KIND_COLOURS}
    chips = "".join(
        f'<span style="{_LABEL};background:{accent}">{kind} {counts[kind]}</span>'
        for kind, (_, accent) in KIND_COLOURS.items() if counts[kind])
    parts = [f"<b>{escape(r.doc_id)}</b> "
             f'<span style="{_MUTED}">{escape(" · ".join(facts))}</span> {chips}']
    if r.title:
        parts.append(f"<div><i>{escape(r.title)}</i></div>")
    parts += [f'<div style="color:#854d0e">warning: {escape(w)}</div>' for w in r.warnings]
    return "".join(parts)


def _row(d: Directive) -> str:
    _, accent = KIND_COLOURS.get(d.kind, ("", "#6b7280"))
    who = "<br>".join(escape(a.normal + (f" ({a.person})" if a.person else "")) for a in d.addressees)
    actions = ", ".join(escape(a.lemma) for a in d.actions or ([d.action] if d.action else []))
    deadline = (f'{escape(deadline_summary(d.deadline))} <span style="{_MUTED}">'
                f"«{escape(cap(d.deadline.text, 60))}»</span>" if d.deadline else "")
    cells = [f'<b>{escape(d.number or "•")}</b> <span style="{_MUTED}">#{d.ordinal}</span>',
             escape(d.kind), who or "—", actions or "—", deadline or "—"]
    first = f'<td style="{_CELL};border-left:4px solid {accent};white-space:nowrap">{cells[0]}</td>'
    return "<tr>" + first + "".join(f'<td style="{_CELL}">{c}</td>' for c in cells[1:]) + "</tr>"


def _table(directives: list[Directive], limit: int | None) -> str:
    if not directives:
        return f'<div style="{_MUTED}">no directives found</div>'
    shown = directives if limit is None else directives[:limit]
    heads = "".join(f'<th style="{_CELL};background:#f3f4f6">{h}</th>'
                    for h in ("№", "kind", "addressees", "actions", "deadline"))
    more = (f'<div style="{_MUTED}">… and {len(directives) - len(shown)} more directives</div>'
            if len(shown) < len(directives) else "")
    rows = "".join(_row(d) for d in shown)
    return f'<table style="border-collapse:collapse;margin:4px 0;font-size:13px"><tr>{heads}</tr>{rows}</table>{more}'


def resolution_html(r: Resolution, limit: int | None = LIMIT, text: str | None = None) -> str:
    """`r` as one HTML fragment: header, highlighted text (first `limit` characters; None for all)
    and the directives' table. `text` defaults to `source_of(r)`."""
    text = source_of(r) if text is None else text
    parts = [f'<div style="{_BOX}">', _header(r)]
    if text is None:
        parts.append(f'<div style="{_MUTED}">source text not available: the directives only</div>')
    else:
        end = _cut(text, limit)
        parts.append(f'<div style="{_TEXT}">{highlight(text[:end], r.directives, _open_mark)}</div>')
        if end < len(text):
            parts.append(f'<div style="{_MUTED}">showing the first {end:,} of {len(text):,} characters; '
                         "resextract.show(record, limit=None) shows them all</div>")
    parts += [_table(r.directives, ROW_LIMIT if limit is not None else None), "</div>"]
    return "".join(parts)


def directive_html(d: Directive) -> str:
    """One directive: its text highlighted and labelled, then its fields' row."""
    # The text alone, marked whole: a record of one directive has no document around it.
    whole = d.model_copy(update={"span": (0, len(d.text))})
    body = highlight(d.text, [whole], _open_mark)
    section = f'<div style="{_MUTED}">{escape(d.section)}</div>' if d.section else ""
    return (f'<div style="{_BOX}">{section}<div style="{_TEXT}">{body}</div>'
            f"{_table([d], None)}</div>")
