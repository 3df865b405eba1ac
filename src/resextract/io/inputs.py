"""Finding input files and running the pipeline over them, one bad file never stopping the rest."""
from __future__ import annotations

import copy
import os
import traceback
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict, TypeGuard, Union

from ..errors import InputNotFound, ModelLoadError, NoInputFiles, ResextractError
from ..models import Resolution
from ..text.formats import SUFFIXES, UNSUPPORTED_SUFFIXES
from ..text.reader import DEFAULT_MAX_BYTES, read_file

if TYPE_CHECKING:
    from ..pipeline import Pipeline

# Names a folder run takes: the formats read, and those it reports as unsupported (never silence).
INPUT_SUFFIXES = tuple(SUFFIXES) + UNSUPPORTED_SUFFIXES


class ErrorRecord(TypedDict):
    """One line of errors.jsonl: a file that could not be processed."""

    path: str
    doc_id: str
    code: str
    message: str


Outcome = Union[Resolution, ErrorRecord]


def is_error(outcome: object) -> TypeGuard[ErrorRecord]:
    return isinstance(outcome, dict)  # an ErrorRecord; records are Resolution (or export.Encoded)


def _input_suffix(name: str) -> str | None:
    lower = name.lower()
    return next((suffix for suffix in INPUT_SUFFIXES if lower.endswith(suffix)), None)


def is_input_name(name: str) -> bool:
    """A file name a folder run takes. Office lock files ("~$x.docx") and hidden files (macOS's
    "._x.pdf" copies) hold no document and are left out."""
    return not name.startswith(("~$", ".")) and _input_suffix(name) is not None


def _doc_id(relative: Path) -> str:
    # Only the input extension (any case) is dropped: "a.b.txt" → "a.b", "x.TXT" → "x", "y.docx" → "y".
    name = relative.as_posix()
    suffix = _input_suffix(name)
    return name[: -len(suffix)] if suffix else name


def _walk(root: Path) -> Iterator[Path]:
    """Every entry under `root` with an input name (`is_input_name`: files, dirs, broken links alike).

    Symlinked folders are followed once: a folder already visited (by its device/inode) is
    pruned, so a link pointing back up the tree cannot loop.
    """
    seen: set[tuple[int, int]] = set()
    for current, dirnames, filenames in os.walk(root, followlinks=True):
        try:
            st = os.stat(current)
            key = (st.st_dev, st.st_ino)
        except OSError:
            dirnames[:] = []
            continue
        if key in seen:
            dirnames[:] = []
            continue
        seen.add(key)
        base = Path(current)
        # Directories named x.txt are returned too: the run reports them as errors, not silence.
        for name in (*filenames, *dirnames):
            if is_input_name(name):
                yield base / name


def discover(input_path: str | os.PathLike[str]) -> list[tuple[Path, str]]:
    """The (path, doc_id) pairs to process, sorted by doc_id.

    A folder is searched recursively for documents (`INPUT_SUFFIXES`, any case); doc_id is the path
    relative to the folder without the extension, with "/" separators. A single file gives its
    bare stem.
    """
    root = Path(input_path)
    if not root.exists():  # also false for a broken link given as INPUT
        raise InputNotFound(str(input_path))
    if not root.is_dir():
        return [(root, root.stem)]
    found = sorted((_doc_id(p.relative_to(root)), p) for p in _walk(root))
    if not found:
        raise NoInputFiles(str(input_path))
    result: list[tuple[Path, str]] = []
    used: set[str] = set()
    for doc_id, path in found:
        if doc_id in used:
            # "x.txt" and "x.TXT" (or "x.docx") side by side: keep the extension so both stay distinct.
            doc_id = path.relative_to(root).as_posix()
            n = 2
            while doc_id in used:
                doc_id, n = f"{path.relative_to(root).as_posix()}~{n}", n + 1
        used.add(doc_id)
        result.append((path, doc_id))
    return result


def error_record(path: str | os.PathLike[str], doc_id: str, exc: BaseException) -> ErrorRecord:
    if isinstance(exc, ResextractError):
        return ErrorRecord(path=str(path), doc_id=doc_id, code=exc.code, message=str(exc))
    # A bug, not a bad file: name the exception and where it happened so it can be found.
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return ErrorRecord(
        path=str(path), doc_id=doc_id, code="internal", message=f"{type(exc).__name__}: {exc}{where}"
    )


def with_max_bytes(pipeline: Pipeline, max_bytes: int | None) -> Pipeline:
    """`pipeline` with another size limit; a shallow copy, so loaded models are shared, not reloaded."""
    if max_bytes is None or max_bytes == pipeline.max_bytes:
        return pipeline
    clone = copy.copy(pipeline)
    clone.max_bytes = max_bytes
    return clone


def process(paths_with_ids: Iterable[tuple[Path, str]], pipeline: Pipeline) -> Iterator[Outcome]:
    """Extract each file in order: a `Resolution`, or an `ErrorRecord` for a file that failed.

    A model that cannot load is not a per-file problem: `ModelLoadError` propagates.
    """
    for path, doc_id in paths_with_ids:
        try:
            yield pipeline.extract_file(path, doc_id)
        except ModelLoadError:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad file (or bug) must not stop the batch
            yield error_record(path, doc_id, exc)


def source_text(path: str | os.PathLike[str], max_bytes: int | None = None) -> str:
    """The decoded text of a record's source, read again: `read_file` decodes exactly as the
    pipeline did, so the record's spans index this string. (Workers send records, not texts:
    a text is far bigger than its record and is read again only by the views that show it.)"""
    return read_file(path, max_bytes or DEFAULT_MAX_BYTES).text


def with_sources(
    outcomes: Iterable[Outcome], max_bytes: int | None = None
) -> Iterator[tuple[Outcome, str | None]]:
    """Each outcome with its source text (`source_text`); None beside an error record. A record
    whose source can no longer be read becomes an error record."""
    for outcome in outcomes:
        if is_error(outcome):
            yield outcome, None
            continue
        try:
            text = source_text(outcome.source or "", max_bytes)
        except ResextractError as exc:
            yield error_record(outcome.source or "", outcome.doc_id, exc), None
            continue
        yield outcome, text
