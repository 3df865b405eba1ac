"""Writing run outputs: resolutions.jsonl, directives.csv/.parquet, errors.jsonl.

Every file is streamed into a temporary name in the output folder (`atomic.temp_path`) and
`os.replace`d onto its final name only when the run finishes, so a killed or failed run never
leaves a half-written file under a final name, and the previous run's outputs stay intact until then.
"""
from __future__ import annotations

import csv
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from ..errors import OutputError
from . import atomic
from .atomic import temp_path
from .table import COLUMNS, Row, arrow_schema, directive_rows, rows_to_arrow
from .inputs import ErrorRecord, Outcome
from ..models import Resolution

RESOLUTIONS = "resolutions.jsonl"
DIRECTIVES_CSV = "directives.csv"
DIRECTIVES_PARQUET = "directives.parquet"
ERRORS = "errors.jsonl"
OUTPUT_FILES = (RESOLUTIONS, DIRECTIVES_CSV, DIRECTIVES_PARQUET, ERRORS)

# Directives buffered before a CSV chunk / Parquet row group is written: bounds memory on big runs.
FLUSH_ROWS = 5000


@dataclass
class RunStats:
    documents: int = 0
    directives: int = 0
    warnings: int = 0
    documents_with_warnings: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    paths: dict[str, Path] = field(default_factory=dict)
    formats: Counter[str] = field(default_factory=Counter)  # documents read, by format

    @property
    def failed(self) -> int:
        return sum(self.errors.values())


def prepare_output_dir(path: str | os.PathLike[str]) -> Path:
    """Create the output folder if missing and check that files can be created in it."""
    out = Path(path)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = temp_path(out / ".write-test")
        probe.open("x").close()
        probe.unlink()
    except OSError as exc:
        raise OutputError(str(path), exc.strerror or str(exc)) from exc
    return out


def remove_stale_temps(out: Path) -> list[Path]:
    """Delete the output files' temps left in `out` by killed runs (see `atomic.remove_stale_temps`)."""
    return atomic.remove_stale_temps(out, OUTPUT_FILES)


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def resolution_line(resolution: Resolution) -> str:
    # pydantic's own serializer: compact JSON, UTF-8 as is, twice as fast as json.dumps
    return resolution.model_dump_json() + "\n"


@dataclass(frozen=True, slots=True)
class Encoded:
    """A resolution already turned into its output lines: its resolutions.jsonl line and its
    directive rows. Workers send these instead of the models (a few strings pickle far cheaper
    than a pydantic tree), so the parent process only appends; `encode` is the one way to make
    one, whichever process runs it, so outputs stay identical byte for byte."""

    doc_id: str
    line: str
    rows: list[Row]
    warnings: int
    format: str = "txt"


def encode(resolution: Resolution) -> Encoded:
    return Encoded(resolution.doc_id, resolution_line(resolution), directive_rows(resolution),
                   len(resolution.warnings), resolution.format)


def error_line(record: ErrorRecord | dict[str, Any]) -> str:
    return json.dumps(dict(record), ensure_ascii=False, separators=(",", ":")) + "\n"  # compact, as resolutions.jsonl


class OutputWriter:
    """Streams outcomes into temporary files; `commit()` moves all four onto their final names.

    Add outcomes in doc_id order (as `inputs.discover` yields them): they are written as they
    come. Used as a context manager it commits on success and removes its temp files on error.
    """

    def __init__(self, out_dir: str | os.PathLike[str], flush_rows: int = FLUSH_ROWS) -> None:
        import pyarrow.parquet as pq

        self.out_dir = prepare_output_dir(out_dir)
        remove_stale_temps(self.out_dir)
        self.flush_rows = flush_rows
        self.stats = RunStats()
        self._final = {name: self.out_dir / name for name in OUTPUT_FILES}
        self._temp = {name: temp_path(path) for name, path in self._final.items()}
        self._rows: list[Row] = []  # directive rows not yet flushed
        self._handles: dict[str, IO[str]] = {}
        self._parquet: pq.ParquetWriter | None = None
        try:
            for name in (RESOLUTIONS, DIRECTIVES_CSV, ERRORS):
                self._handles[name] = self._temp[name].open("x", encoding="utf-8", newline="")
            self._handles[DIRECTIVES_CSV].write(",".join(COLUMNS) + "\n")
            self._parquet = pq.ParquetWriter(str(self._temp[DIRECTIVES_PARQUET]), arrow_schema())
        except OSError as exc:
            self.abort()
            raise OutputError(str(self.out_dir), exc.strerror or str(exc)) from exc
        except BaseException:
            self.abort()  # whatever failed, no temp file stays behind
            raise

    def add(self, outcome: Outcome | Encoded) -> None:
        if isinstance(outcome, Resolution):
            outcome = encode(outcome)
        if isinstance(outcome, Encoded):
            self._handles[RESOLUTIONS].write(outcome.line)
            self.stats.documents += 1
            self.stats.directives += len(outcome.rows)
            self.stats.warnings += outcome.warnings
            self.stats.documents_with_warnings += bool(outcome.warnings)
            self.stats.formats[outcome.format] += 1
            self._rows.extend(outcome.rows)
            if len(self._rows) >= self.flush_rows:
                self._flush()
        else:
            self._handles[ERRORS].write(error_line(outcome))
            self.stats.errors[outcome["code"]] += 1

    def _flush(self) -> None:
        if not self._rows:
            return
        csv.writer(self._handles[DIRECTIVES_CSV], lineterminator="\n").writerows(self._rows)
        assert self._parquet is not None
        self._parquet.write_table(rows_to_arrow(self._rows))
        self._rows = []

    def commit(self) -> RunStats:
        """Finish every temp file, then replace the final files; returns the run's statistics."""
        try:
            self._flush()
            self._close()
            for name in OUTPUT_FILES:
                _fsync(self._temp[name])
            for name in OUTPUT_FILES:
                os.replace(self._temp[name], self._final[name])
        except OSError as exc:
            self.abort()
            raise OutputError(str(self.out_dir), exc.strerror or str(exc)) from exc
        self.stats.paths = dict(self._final)
        return self.stats

    def _close(self) -> None:
        for handle in self._handles.values():
            handle.close()
        self._handles.clear()
        if self._parquet is not None:
            self._parquet.close()
            self._parquet = None

    def abort(self) -> None:
        """Drop the temp files; final files (from an earlier run) are left as they were."""
        try:
            self._close()
        except Exception:  # noqa: BLE001 - cleanup must not mask the original error
            pass
        for path in self._temp.values():
            path.unlink(missing_ok=True)

    def __enter__(self) -> OutputWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()

