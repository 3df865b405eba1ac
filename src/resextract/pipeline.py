"""The one Pipeline object everything goes through: text → segments → normalized segments → records."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .text.reader import DEFAULT_MAX_BYTES, read_file

if TYPE_CHECKING:
    from .models import Directive, Resolution
    from .stages.directives import Explanation
    from .text.repair import Repaired


class Pipeline:
    """The entry to the stages: a file is read (`text.reader`), then its text runs through
    segmenter → header → morphology → deadlines → references → records (`stages.directives`).

    It holds the run's settings (`max_bytes`), not the models: the pymorphy3 analyzer
    (`text.morph`) and natasha (`text.natasha_adapter`) are process-wide, loaded on first use and
    shared by every Pipeline of the process; `get_pipeline()` gives the default one. Building a
    Pipeline is cheap; the first document pays for the models.
    """

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_bytes = max_bytes

    def extract(
        self, text: str, doc_id: str = "doc", source: str | None = None, encoding: str = "utf-8"
    ) -> Resolution:
        return self.explain(text, doc_id=doc_id, source=source, encoding=encoding).resolution

    def explain(
        self, text: str, doc_id: str = "doc", source: str | None = None, encoding: str = "utf-8"
    ) -> Explanation:
        """The record with the rules that decided it: `(resolution, directive traces, header trace)`.

        The stages read `text` repaired (`text.repair`: look-alike Latin letters, soft hyphens,
        no-break and zero-width spaces, HTML entities); spans are mapped back onto `text`."""
        from .stages.directives import extract_resolution
        from .text.repair import repair

        repaired = repair(text)
        explanation = extract_resolution(repaired.text, doc_id=doc_id, source=source, encoding=encoding)
        if repaired.starts is not None:
            for directive in explanation.resolution.directives:
                directive.span = repaired.original_span(*directive.span)
                if repaired.words:
                    _quote_as_printed(directive, repaired)
        return explanation

    def extract_file(self, path: str | os.PathLike[str], doc_id: str | None = None) -> Resolution:
        return self.explain_file(path, doc_id).resolution

    def explain_file(self, path: str | os.PathLike[str], doc_id: str | None = None) -> Explanation:
        """Read the file in its format (`text.reader`) and explain its text; the record names the
        format read, and what the reader noticed comes first among its warnings."""
        decoded = read_file(path, self.max_bytes)
        explanation = self.explain(
            decoded.text,
            doc_id=doc_id or Path(path).stem,
            source=str(path),
            encoding=decoded.encoding,
        )
        resolution = explanation.resolution
        resolution.format = decoded.format
        resolution.warnings[:0] = decoded.warnings
        return explanation


def _quote_as_printed(directive: Directive, repaired: Repaired) -> None:
    """The directive's quoted texts with the words the Latin rules repaired as printed."""
    start, end = directive.span
    directive.text = repaired.as_printed(directive.text, start, end)
    for part in (*directive.addressees, *directive.actions, directive.deadline, *directive.references):
        if part is not None:
            part.text = repaired.as_printed(part.text, start, end)
    if directive.action is not None:
        directive.action.text = repaired.as_printed(directive.action.text, start, end)
    directive.quoted_names = [repaired.as_printed(name, start, end) for name in directive.quoted_names]


@lru_cache(maxsize=1)
def get_pipeline() -> Pipeline:
    """The process-wide pipeline (one per worker process)."""
    return Pipeline()
