"""A flat table of directives (one row per directive) for pandas, CSV and Parquet."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..models import Directive, Resolution

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

LIST_SEP = "; "

# Column → pandas dtype. The order is the public column order; dtypes hold even for zero rows.
STR, INT, DATE = "string", "int64", "datetime64[s]"
COLUMNS: dict[str, str] = {
    "doc_id": STR, "doc_type": STR, "date": DATE, "place": STR, "title": STR,
    "id": STR, "ordinal": INT, "number": STR, "kind": STR, "section": STR,
    "addressees": STR, "addressee_sources": STR, "persons": STR,
    "action": STR, "action_text": STR, "aspect": STR, "form": STR, "actions": STR,
    "deadline_kind": STR, "deadline_start": DATE, "deadline_end": DATE,
    "deadline_source": STR, "deadline_text": STR,
    "references": INT, "reference_numbers": STR, "quoted_names": STR,
    "text": STR, "span_start": INT, "span_end": INT,
}


def _join(values: Iterable[str | None]) -> str | None:
    # An empty list is a missing value, not "": `isna()` then finds items with no addressee.
    return LIST_SEP.join(filter(None, values)) or None


Row = tuple[Any, ...]  # one directive's cells, in the order of COLUMNS


def directive_row(resolution: Resolution, d: Directive) -> Row:
    action, deadline = d.action, d.deadline
    return (
        resolution.doc_id,  # doc_id
        resolution.doc_type,  # doc_type
        resolution.date,  # date
        resolution.place,  # place
        resolution.title,  # title
        d.id,  # id
        d.ordinal,  # ordinal
        d.number,  # number
        d.kind,  # kind
        d.section,  # section
        _join(a.normal for a in d.addressees),  # addressees
        _join(a.source for a in d.addressees),  # addressee_sources
        _join(a.person for a in d.addressees),  # persons
        action.lemma if action else None,  # action
        action.text if action else None,  # action_text
        action.aspect if action else None,  # aspect
        action.form if action else None,  # form
        _join(a.lemma for a in d.actions),  # actions
        deadline.kind if deadline else None,  # deadline_kind
        deadline.start if deadline else None,  # deadline_start
        deadline.end if deadline else None,  # deadline_end
        deadline.source if deadline else None,  # deadline_source
        deadline.text if deadline else None,  # deadline_text
        len(d.references),  # references
        _join(r.number for r in d.references),  # reference_numbers
        _join(d.quoted_names),  # quoted_names
        d.text,  # text
        d.span[0],  # span_start
        d.span[1],  # span_end
    )


def directive_rows(resolutions: Resolution | Iterable[Resolution]) -> list[Row]:
    """One tuple per directive, cells in the order of COLUMNS: the csv module prints them as
    `DataFrame.to_csv` does (None empty, dates ISO; pandas uses that module itself), and
    `zip(*rows)` turns them into columns."""
    if isinstance(resolutions, Resolution):
        resolutions = [resolutions]
    return [directive_row(r, d) for r in resolutions for d in r.directives]


def _columns(rows: list[Row]) -> list[tuple[Any, ...]]:
    return list(zip(*rows)) if rows else [() for _ in COLUMNS]


def to_dataframe(resolutions: Resolution | Iterable[Resolution]) -> pd.DataFrame:
    """One row per directive with the columns of `COLUMNS`, in that order and with those dtypes."""
    import pandas as pd

    columns = _columns(directive_rows(resolutions))
    data = {
        name: pd.Series(list(values), dtype=object).astype(dtype)
        for (name, dtype), values in zip(COLUMNS.items(), columns)
    }
    return pd.DataFrame(data, columns=list(COLUMNS))


def arrow_schema() -> pa.Schema:
    """The Parquet schema matching `COLUMNS` (dates as date32, so they read back as dates)."""
    import pyarrow as pa

    types = {STR: pa.string(), INT: pa.int64(), DATE: pa.date32()}
    return pa.schema([(name, types[dtype]) for name, dtype in COLUMNS.items()])


def rows_to_arrow(rows: list[Row]) -> pa.Table:
    """The Parquet table of `directive_rows(...)`.

    The columns are assembled from their buffers: `pa.array` on Python lists imports pandas
    (pyarrow checks every input for pandas objects), which would cost `resextract run` a quarter
    of a second and 40 MB for nothing. tests/test_export.py holds the result to `pa.array`'s."""
    import pyarrow as pa

    schema = arrow_schema()
    build = {pa.string(): _string_column, pa.int64(): _int_column, pa.date32(): _date_column}
    return pa.Table.from_arrays([build[f.type](values) for f, values in zip(schema, _columns(rows))], schema=schema)


def _validity(values: Sequence[Any]) -> tuple[Any, int]:
    """Arrow's validity bitmap of a column (None when nothing is missing) and its null count."""
    import numpy as np
    import pyarrow as pa

    present = np.fromiter((v is not None for v in values), dtype=bool, count=len(values))
    nulls = len(values) - int(present.sum())
    return (pa.py_buffer(np.packbits(present, bitorder="little")) if nulls else None), nulls


_MAX_STRING_BYTES = 2**31 - 1  # a string array's 32-bit offsets


def _string_column(values: Sequence[str | None]) -> pa.Array | pa.ChunkedArray:
    import numpy as np
    import pyarrow as pa

    encoded = [v.encode("utf-8") if v is not None else b"" for v in values]
    offsets = np.zeros(len(values) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)), out=offsets[1:])
    if offsets[-1] > _MAX_STRING_BYTES:  # beyond 32-bit offsets: pyarrow splits the column into chunks
        return pa.array(list(values), type=pa.string())
    offsets = offsets.astype(np.int32)
    validity, nulls = _validity(values)
    return pa.StringArray.from_buffers(len(values), pa.py_buffer(offsets), pa.py_buffer(b"".join(encoded)),
                                       validity, nulls)


def _fixed_column(values: Sequence[Any], type_: pa.DataType, dtype: str) -> pa.Array:
    import numpy as np
    import pyarrow as pa

    data = np.fromiter((0 if v is None else v for v in values), dtype=dtype, count=len(values))
    validity, nulls = _validity(values)
    return pa.Array.from_buffers(type_, len(values), [validity, pa.py_buffer(data)], nulls)


def _int_column(values: Sequence[int | None]) -> pa.Array:
    import pyarrow as pa

    return _fixed_column(values, pa.int64(), "int64")


_EPOCH_ORDINAL = 719_163  # date(1970, 1, 1).toordinal(): date32 counts days from the epoch


def _date_column(values: Sequence[Any]) -> pa.Array:
    import pyarrow as pa

    days = [None if v is None else v.toordinal() - _EPOCH_ORDINAL for v in values]
    return _fixed_column(days, pa.date32(), "int32")
