"""resextract: directive records from Russian resolution texts.

    >>> import resextract
    >>> res = resextract.extract_file("data/raw/000_ae79d0e9600a1261.txt")
    >>> df = resextract.to_dataframe(res)

Heavy imports (pydantic models, pandas, the NLP pipeline) happen on first use, not on
`import resextract`: names below are resolved lazily by the module-level `__getattr__`.
"""
from __future__ import annotations

import importlib
import os
import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .stages.deadlines import parse_deadline
    from .io.table import to_dataframe
    from .models import (
        Action, Addressee, Deadline, Directive, Reference, Resolution, json_schema,
    )
    from .pipeline import Pipeline, get_pipeline
    from .review.viewer import show

# Public name → module that defines it.
_LAZY: dict[str, str] = {
    "Pipeline": "pipeline",
    "get_pipeline": "pipeline",
    "to_dataframe": "io.table",
    "parse_deadline": "stages.deadlines",
    "json_schema": "models",
    "Resolution": "models",
    "Directive": "models",
    "Addressee": "models",
    "Action": "models",
    "Deadline": "models",
    "Reference": "models",
    "show": "review.viewer",
}

__all__ = ["__version__", "extract", "extract_file", "extract_folder", "read_text", *_LAZY]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # cache: later look-ups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def extract(text: str, doc_id: str = "doc") -> Resolution:
    """Extract the directives of one document given as text."""
    from .pipeline import get_pipeline
    from .review.display import remember

    resolution = get_pipeline().extract(text, doc_id=doc_id)
    remember(resolution, text)  # for its display in a notebook: the record holds no text
    return resolution


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of a document (.txt in any Cyrillic encoding, .docx, .odt, .rtf, .pdf, .html) as
    resextract reads it: the string a record's spans index (`nlp(read_text(path))` for spaCy)."""
    from .text.reader import read_file

    return read_file(path).text


def extract_file(path: str | os.PathLike[str], doc_id: str | None = None) -> Resolution:
    """Read and extract one document (.txt in any Cyrillic encoding, .docx, .odt, .rtf, .pdf,
    .html); doc_id defaults to the file's stem."""
    from .pipeline import get_pipeline

    return get_pipeline().extract_file(path, doc_id)


def extract_folder(path: str | os.PathLike[str]) -> Iterator[Resolution]:
    """Extract every document under `path` (.txt, .docx, .odt, .rtf, .pdf, .html; recursively,
    sorted by doc_id).

    A file that cannot be read or processed is skipped with a `warnings.warn`; a missing
    folder or one without documents raises (`InputNotFound`, `NoInputFiles`) at once.
    """
    from .io.inputs import discover, is_error, process
    from .pipeline import get_pipeline

    files = discover(path)  # raises before the first next(), not lazily

    def generate() -> Iterator[Resolution]:
        for outcome in process(files, get_pipeline()):
            if is_error(outcome):
                warnings.warn(
                    f"skipped {outcome['path']} [{outcome['code']}]: {outcome['message']}",
                    RuntimeWarning,
                    stacklevel=2,
                )
            else:
                yield outcome

    return generate()
