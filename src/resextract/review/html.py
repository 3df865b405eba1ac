"""Self-contained HTML review pages: one per document, plus an index.

Each page shows the decoded source text with every directive's span highlighted and labelled
(number, addressee, action, deadline), coloured by kind, next to a table of the records; a
row and its highlight link to each other by anchors. Pages carry their CSS inline and load
nothing: no scripts, fonts, images or network (a Content-Security-Policy says so to the
browser too), so they can be mailed, archived or opened offline.

    >>> from resextract.review.html import write_reports
    >>> write_reports(resolutions, sources, "out/html")     # -> Path("out/html/index.html")
"""
from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import get_args
from urllib.parse import quote

from ..errors import OutputError, ResextractError
from ..io.atomic import write_atomic
from ..io.inputs import ErrorRecord, Outcome, is_error, source_text
from ..models import Directive, Kind, Resolution
from .format import LABEL_CAP, cap, deadline_summary, directive_label
from .marks import KIND_COLOURS
from .marks import highlight as nest_marks

INDEX = "index.html"
KINDS: tuple[str, ...] = get_args(Kind)  # in the schema's order

# Inline CSS may be used; nothing else may load (no default-src), whatever the page contains.
_CSP = "default-src 'none'; style-src 'unsafe-inline'"

_CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
 color:#1f2937;background:#f9fafb}
header{padding:14px 24px;background:#fff;border-bottom:1px solid #e5e7eb}
header h1{margin:0 0 4px;font-size:20px}
.facts{color:#6b7280;font-size:13px}
.title{font-style:italic;margin-top:4px}
.legend span,.chip{display:inline-block;padding:1px 8px;margin:4px 6px 0 0;border-radius:9px;
 font-size:12px;border:1px solid}
.warnings{margin:8px 0 0;padding:6px 12px;background:#fef9c3;border:1px solid #facc15;
 border-radius:6px;font-size:13px}
.warnings ul{margin:2px 0;padding-left:20px}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:20px;padding:16px 24px}
@media (max-width:1000px){main{grid-template-columns:minmax(0,1fr)}}
.source{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:16px 20px;
 white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.65 ui-monospace,"DejaVu Sans Mono",monospace}
aside{position:sticky;top:0;max-height:100vh;overflow:auto}
mark.d{color:inherit;border-radius:3px;padding:1px 0;border-bottom:2px solid}
mark.d:target,tr:target{outline:3px solid #111827;outline-offset:1px}
a.tag{text-decoration:none;color:#fff}
a.tag::before{content:attr(data-label);display:inline-block;margin:0 4px 2px 0;padding:0 6px;
 border-radius:4px;font:600 11px/1.6 system-ui,sans-serif;vertical-align:1px;white-space:nowrap;
 max-width:100%;overflow:hidden;text-overflow:ellipsis}
table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}
th,td{border:1px solid #e5e7eb;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f3f4f6;position:sticky;top:0}
td.n a{font-weight:600}
td.n{width:1%;white-space:nowrap}
.kind{color:#6b7280;font-size:11px}
.cited{margin-top:3px;padding-top:3px;border-top:1px dashed #e5e7eb;color:#4b5563;font-size:12px}
.muted{color:#6b7280}
.section{color:#6b7280;font-size:12px;font-style:italic}
.error td{background:#fee2e2}
nav{font-size:13px;margin-bottom:6px}
"""


def _kind_css() -> str:
    rules = []
    for kind, (fill, accent) in KIND_COLOURS.items():
        rules.append(f"mark.k-{kind}{{background:{fill};border-color:{accent}}}")
        rules.append(f"mark.k-{kind} a.tag::before{{background:{accent}}}")
        rules.append(f"tr.k-{kind} td.n{{border-left:4px solid {accent}}}")
        rules.append(f".c-{kind}{{background:{fill};border-color:{accent}}}")
    return "\n".join(rules)


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{_CSP}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{escape(title)}</title>\n<style>{_CSS}{_kind_css()}\n</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


# --- field formatting ------------------------------------------------------------------------


def _addressees_html(d: Directive) -> str:
    items = []
    for a in d.addressees:
        person = f" <span class=\"muted\">({escape(a.person)})</span>" if a.person else ""
        items.append(f"{escape(a.normal)}{person} <span class=\"muted\">[{escape(a.source)}]</span>")
    return "<br>".join(items) or "<span class=\"muted\">—</span>"


def _actions_html(d: Directive) -> str:
    items = []
    for a in d.actions or ([d.action] if d.action else []):
        detail = " ".join(x for x in (a.aspect, a.form if a.form != "infinitive" else None) if x)
        items.append(escape(a.lemma) + (f" <span class=\"muted\">{escape(detail)}</span>" if detail else ""))
    cited = [
        escape(" ".join(x for x in (r.type, f"№{r.number}" if r.number else "",
                                    str(r.date) if r.date else "") if x))
        for r in d.references
    ] + [f"«{escape(cap(name, LABEL_CAP))}»" for name in d.quoted_names]
    html = "<br>".join(items) or "<span class=\"muted\">—</span>"
    if cited:
        html += "<div class=\"cited\">" + "<br>".join(cited) + "</div>"
    return html


def _deadline_html(d: Directive) -> str:
    if d.deadline is None:
        return "<span class=\"muted\">—</span>"
    dl = d.deadline
    summary = deadline_summary(dl)
    detail = " · ".join(x for x in (dl.kind if summary != dl.kind else None, dl.source) if x)
    return (f"<b>{escape(summary)}</b><div class=\"muted\">«{escape(dl.text)}»<br>"
            f"{escape(detail)}</div>")


# --- highlighting ----------------------------------------------------------------------------


def _open_mark(d: Directive, first: bool) -> str:
    # The visible label is CSS-generated from data-label: it is not part of the text, so the
    # highlighted text (and a copy-paste of it) is exactly the source span.
    if not first:
        return f"<mark class=\"d k-{d.kind}\" data-d=\"{d.ordinal}\">"
    label = escape(directive_label(d))
    return (
        f"<mark class=\"d k-{d.kind}\" id=\"d-{d.ordinal}\" data-d=\"{d.ordinal}\" title=\"{label}\">"
        f"<a class=\"tag\" href=\"#r-{d.ordinal}\" data-label=\"{label}\" aria-label=\"{label}\"></a>"
    )


def highlight(text: str, directives: Iterable[Directive]) -> str:
    """The escaped text with one labelled <mark> per directive span (offsets clipped to the text);
    crossing spans are split into well-nested pieces (see `marks.highlight`)."""
    return nest_marks(text, directives, _open_mark)


# --- pages -----------------------------------------------------------------------------------


def _kind_chips(counts: Mapping[str, int]) -> str:
    return "".join(
        f"<span class=\"chip c-{kind}\">{kind} {counts.get(kind, 0)}</span>"
        for kind in KINDS if counts.get(kind)
    )


def render_document(resolution: Resolution, text: str | None, note: str | None = None) -> str:
    """One document's page. `text` is the decoded source the spans index; None shows records only."""
    r = resolution
    counts = Counter(d.kind for d in r.directives)
    facts = [r.doc_type or "no type", str(r.date or "no date"), r.place or "no place", r.encoding,
             f"{len(r.directives)} directives"]
    warnings = list(r.warnings)
    if note:
        warnings.append(note)
    if text is not None:
        outside = [d for d in r.directives if not 0 <= d.span[0] < d.span[1] <= len(text)]
        if outside:
            warnings.append(f"{len(outside)} directive spans fall outside the source text")
    head = [
        "<header>",
        f"<nav><a href=\"{INDEX}\">← all documents</a></nav>",
        f"<h1>{escape(r.doc_id)}</h1>",
        f"<div class=\"facts\">{escape(' · '.join(facts))}"
        + (f" · {escape(r.source)}" if r.source else "") + "</div>",
    ]
    if r.title:
        head.append(f"<div class=\"title\">{escape(r.title)}</div>")
    head.append(f"<div class=\"legend\">{_kind_chips(counts)}</div>")
    if warnings:
        items = "".join(f"<li>{escape(w)}</li>" for w in warnings)
        head.append(f"<div class=\"warnings\"><b>Warnings</b><ul>{items}</ul></div>")
    head.append("</header>")
    source = (highlight(text, r.directives) if text is not None
              else "<span class=\"muted\">source text not available</span>")
    rows = []
    for d in r.directives:
        section = f"<div class=\"section\">{escape(d.section)}</div>" if d.section else ""
        rows.append(
            f"<tr id=\"r-{d.ordinal}\" class=\"k-{d.kind}\" title=\"{d.kind}\">"
            f"<td class=\"n\"><a href=\"#d-{d.ordinal}\">{escape(d.number or '•')}</a>"
            f"<div class=\"kind\">#{d.ordinal} {d.kind}</div></td>"
            f"<td>{section}{_addressees_html(d)}</td>"
            f"<td>{_actions_html(d)}</td><td>{_deadline_html(d)}</td></tr>"
        )
    table = (
        "<table><thead><tr><th>№</th><th>addressees</th><th>actions · cited</th>"
        f"<th>deadline</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        if rows else "<p class=\"muted\">no directives found</p>"
    )
    body = "\n".join(head) + (
        f"\n<main>\n<div class=\"source\">{source}</div>\n<aside>{table}</aside>\n</main>"
    )
    return _page(f"{r.doc_id} — resextract", body)


@dataclass
class IndexEntry:
    doc_id: str
    page: str | None  # file name of the page; None for a file that failed
    resolution: Resolution | None = None
    error: ErrorRecord | None = None


def render_index(entries: Iterable[IndexEntry]) -> str:
    entries = sorted(entries, key=lambda e: e.doc_id)
    rows, totals = [], Counter()
    for e in entries:
        if e.resolution is None:
            err = e.error or {}
            rows.append(
                f"<tr class=\"error\"><td>{escape(e.doc_id)}</td>"
                f"<td colspan=\"8\">{escape(str(err.get('code', '')))}: "
                f"{escape(str(err.get('message', '')))}</td></tr>"
            )
            continue
        r = e.resolution
        counts = Counter(d.kind for d in r.directives)
        totals.update(counts)
        totals["directives"] += len(r.directives)
        totals["warnings"] += len(r.warnings)
        cells = "".join(f"<td>{counts.get(k, 0) or ''}</td>" for k in KINDS)
        rows.append(
            f"<tr><td><a href=\"{escape(quote(e.page or ''))}\">{escape(r.doc_id)}</a></td>"
            f"<td>{escape(r.doc_type or '')}</td><td>{escape(str(r.date or ''))}</td>"
            f"<td>{escape(r.place or '')}</td><td>{len(r.directives)}</td>{cells}"
            f"<td>{len(r.warnings) or ''}</td></tr>"
            + (f"<tr><td colspan=\"10\" class=\"section\">{escape(r.title)}</td></tr>" if r.title else "")
        )
    heads = "".join(f"<th><span class=\"chip c-{k}\">{k}</span></th>" for k in KINDS)
    done = sum(1 for e in entries if e.resolution is not None)
    summary = (f"{done} documents, {totals['directives']} directives, {totals['warnings']} warnings"
               + (f", {len(entries) - done} failed" if len(entries) > done else ""))
    body = (
        "<header><h1>resextract review</h1>"
        f"<div class=\"facts\">{escape(summary)}</div></header>\n<main style=\"display:block\">"
        "<table><thead><tr><th>document</th><th>type</th><th>date</th><th>place</th>"
        f"<th>directives</th>{heads}<th>warnings</th></tr></thead><tbody>{''.join(rows)}"
        "</tbody></table></main>"
    )
    return _page("resextract review", body)


# --- writing ---------------------------------------------------------------------------------


def page_name(doc_id: str, used: set[str]) -> str:
    """A file name for a document's page, unique within `used` (which it updates)."""
    # doc_id may hold "/" (sub/001_x): pages stay flat so the index links need no folders.
    stem = re.sub(r"[^\w.-]+", "_", doc_id).lstrip(".")[:120] or "doc"  # 255-byte name limit
    name, n = f"{stem}.html", 2
    while name in used or name == INDEX:
        name, n = f"{stem}~{n}.html", n + 1
    used.add(name)
    return name


@dataclass
class ReportWriter:
    """Writes a page per added document as it comes; `close()` writes the index.

    `resextract report` and `run --html` call `add(outcome)` with each outcome of the engines
    (a `Resolution` or an error record); a page's text is read again from the record's source
    unless given.
    """

    out_dir: Path
    max_bytes: int | None = None  # limit for re-reading sources; None = the reader's default
    entries: list[IndexEntry] = field(default_factory=list)
    _used: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.out_dir = Path(self.out_dir)
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(str(self.out_dir), exc.strerror or str(exc)) from exc

    def add(self, outcome: Outcome, text: str | None = None) -> Path | None:
        """Write the page of one document (None for an error record, listed in the index only)."""
        if is_error(outcome):
            self.entries.append(IndexEntry(outcome["doc_id"], None, error=outcome))
            return None
        note = None
        if text is None and outcome.source:
            # Read the source again, as the pipeline did, so the spans index it.
            try:
                text = source_text(outcome.source, self.max_bytes)
            except ResextractError as exc:
                note = f"source text not available: {exc}"
        name = page_name(outcome.doc_id, self._used)
        path = self.out_dir / name
        write_atomic(path, render_document(outcome, text, note))
        self.entries.append(IndexEntry(outcome.doc_id, name, resolution=outcome))
        return path

    def close(self) -> Path:
        path = self.out_dir / INDEX
        write_atomic(path, render_index(self.entries))
        return path


def write_reports(
    resolutions: Iterable[Resolution | ErrorRecord],
    sources: Mapping[str, str] | None,
    out_dir: str | os.PathLike[str],
    max_bytes: int | None = None,
) -> Path:
    """Write one page per resolution and index.html into `out_dir`; returns the index's path.

    `sources` maps doc_id → decoded text; a document missing there is re-read from its
    `source` path. Error records (from `inputs.process`) are listed in the index.
    """
    writer = ReportWriter(Path(out_dir), max_bytes)
    for outcome in resolutions:
        text = None if is_error(outcome) else (sources or {}).get(outcome.doc_id)
        writer.add(outcome, text)
    return writer.close()

