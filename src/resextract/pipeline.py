"""The one Pipeline object everything goes through: text → segments → normalized segments → records."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from .models import Resolution
from .text.reader import DEFAULT_MAX_BYTES, read_file

# A directive's trace: stage name ("boundaries", "kind", "addressees", "actions", "deadline", ...)
# → the names of the rules that decided it.
Trace = dict[str, list[str]]


class Pipeline:
    """Build once; models load lazily on first use and stay for the process."""

    def __init__(self, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.max_bytes = max_bytes

    def extract(
        self, text: str, doc_id: str = "doc", source: str | None = None, encoding: str = "utf-8"
    ) -> Resolution:
        return self.explain(text, doc_id=doc_id, source=source, encoding=encoding)[0]

    def explain(
        self, text: str, doc_id: str = "doc", source: str | None = None, encoding: str = "utf-8"
    ) -> tuple[Resolution, list[Trace]]:
        from .stages.directives import extract_resolution

        return extract_resolution(text, doc_id=doc_id, source=source, encoding=encoding)

    def extract_file(self, path: str | os.PathLike[str], doc_id: str | None = None) -> Resolution:
        return self.explain_file(path, doc_id)[0]

    def explain_file(
        self, path: str | os.PathLike[str], doc_id: str | None = None
    ) -> tuple[Resolution, list[Trace]]:
        decoded = read_file(path, self.max_bytes)
        return self.explain(
            decoded.text,
            doc_id=doc_id or Path(path).stem,
            source=str(path),
            encoding=decoded.encoding,
        )


@lru_cache(maxsize=1)
def get_pipeline() -> Pipeline:
    """The process-wide pipeline (one per worker process)."""
    return Pipeline()
