"""`resextract.show(record)`: look at a record, in a notebook or from a script.

In a Jupyter kernel it draws the record inline, as `record` at the end of a cell does (but
from anywhere in a cell, and uncut with `limit=None`). Elsewhere (a script, a terminal REPL)
it writes the record's review page, the one `resextract report` writes, to a temporary HTML
file, prints the file's path, opens it in the browser when there is a desktop to open it on,
and returns the path.
"""
from __future__ import annotations

import os
import sys
import tempfile
import webbrowser
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from .display import LIMIT, directive_html, resolution_html, source_of
from .html import page_name, render_document

if TYPE_CHECKING:
    from ..models import Directive, Resolution


def in_notebook() -> bool:
    """True inside a Jupyter kernel (IPython with a kernel), not in a terminal IPython."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None  # type: ignore[attr-defined]
    return getattr(shell, "kernel", None) is not None


def _has_desktop() -> bool:
    # Without one, webbrowser would start a console browser (lynx, w3m) in this terminal.
    return sys.platform in ("darwin", "win32") or bool(
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def write_page(record: Resolution | Directive, folder: str | os.PathLike[str] | None = None) -> Path:
    """The record's page as a file in `folder` (default: a new temporary folder)."""
    from ..models import Resolution

    where = Path(folder) if folder is not None else Path(tempfile.mkdtemp(prefix="resextract-"))
    if isinstance(record, Resolution):
        name, html = page_name(record.doc_id, set()), render_document(record, source_of(record))
    else:
        name = page_name(record.id.replace("#", "-"), set())
        html = ("<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\">"
                f"<title>{escape(record.id)}</title></head><body>{directive_html(record)}</body></html>\n")
    path = where / name
    path.write_text(html, encoding="utf-8")
    return path


def show(record: Resolution | Directive, *, limit: int | None = LIMIT,
         browser: bool | None = None) -> Path | None:
    """Show `record`: inline in Jupyter (None is returned), else as an HTML file (its path).

    `limit`: characters of text drawn inline (None: all); a page on disk is always whole.
    `browser`: open the page in the web browser; by default only when a desktop is there.
    """
    from ..models import Resolution

    if in_notebook():
        from IPython.display import HTML, display

        html = (resolution_html(record, limit) if isinstance(record, Resolution)
                else directive_html(record))
        display(HTML(html))
        return None
    path = write_page(record)
    print(f"resextract: {record.doc_id if isinstance(record, Resolution) else record.id} "
          f"→ {path.as_uri()}")
    if browser if browser is not None else _has_desktop():
        webbrowser.open(path.as_uri())
    return path
