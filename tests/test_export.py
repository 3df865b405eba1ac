"""Run outputs (resextract.io.export) and the directive table (resextract.io.table).

The writer streams four files under hidden temporary names and renames them onto their final
names only on commit; these tests hold it to that, to its exact bytes, and to the table's
schema. (tests/test_api.py checks the writer's tables against pandas; tests/test_cli.py and
tests/test_batch.py the same guarantees through `resextract run`.)
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import resextract
from resextract import errors
from resextract.io import export
from resextract.io.export import (
    DIRECTIVES_CSV, DIRECTIVES_PARQUET, ERRORS, OUTPUT_FILES, RESOLUTIONS, OutputWriter, encode, error_line,
    resolution_line,
)
from resextract.io.table import COLUMNS, DATE, INT, STR, arrow_schema, directive_rows, rows_to_arrow
from resextract.models import Action, Addressee, Deadline, Directive, Reference, Resolution

TEMP_NAME = re.compile(r"\.(?P<name>[a-z.]+)\.(?P<pid>\d+)\.[0-9a-f]{8}\.tmp")
ERROR = {"path": "in/скан.txt", "doc_id": "скан", "code": "binary", "message": "скан.txt looks like a PDF"}


def directive(doc_id: str, ordinal: int, **fields) -> Directive:
    return Directive(id=f"{doc_id}#{ordinal}", ordinal=ordinal, kind="instruction",
                     text=f"Обеспечить пункт {ordinal}", span=(ordinal * 10, ordinal * 10 + 9), **fields)


def resolution(doc_id: str, n: int, warnings: int = 0) -> Resolution:
    return Resolution(doc_id=doc_id, doc_type="приказ", date=dt.date(2021, 5, 17), place="Тында",
                      directives=[directive(doc_id, i + 1) for i in range(n)],
                      warnings=[f"предупреждение {i}" for i in range(warnings)])


def contents(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def write_previous(out: Path) -> dict[str, bytes]:
    out.mkdir(exist_ok=True)
    for name in OUTPUT_FILES:
        (out / name).write_text(f"previous {name}\n")
    return contents(out)


# --- the four files --------------------------------------------------------------------------


def test_a_committed_writer_leaves_exactly_the_four_files_and_counts_them(tmp_path: Path) -> None:
    out = tmp_path / "a" / "b"  # created by the writer
    resolutions = [resolution("d1", 2, warnings=1), resolution("d2", 0), resolution("d3", 3, warnings=2)]
    with OutputWriter(out) as writer:
        for res in resolutions:
            writer.add(res)
        writer.add(ERROR)
        writer.add({**ERROR, "doc_id": "x", "code": "too_large"})
        writer.add({**ERROR, "doc_id": "y"})
    stats = writer.stats
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES)
    assert stats.paths == {name: out / name for name in OUTPUT_FILES}
    assert (stats.documents, stats.directives) == (3, 5)
    assert (stats.warnings, stats.documents_with_warnings) == (3, 2)
    assert stats.errors == {"binary": 2, "too_large": 1} and stats.failed == 3


def test_resolutions_jsonl_holds_one_compact_line_per_record(tmp_path: Path) -> None:
    resolutions = [resolution("b", 1), resolution("a", 2)]
    with OutputWriter(tmp_path) as writer:
        for res in resolutions:
            writer.add(res)
    text = (tmp_path / RESOLUTIONS).read_text(encoding="utf-8")
    assert text == "".join(res.model_dump_json() + "\n" for res in resolutions)  # in the order added
    assert "приказ" in text and "\\u" not in text  # Cyrillic as is
    assert [Resolution.model_validate_json(line) for line in text.splitlines()] == resolutions
    assert resolution_line(resolutions[0]) == text.splitlines(keepends=True)[0]


def test_errors_jsonl_holds_one_compact_line_per_error(tmp_path: Path) -> None:
    second = {**ERROR, "doc_id": "другой", "code": "undecodable"}
    with OutputWriter(tmp_path) as writer:
        writer.add(ERROR)
        writer.add(resolution("a", 1))
        writer.add(second)
    expected = ('{"path":"in/скан.txt","doc_id":"скан","code":"binary","message":"скан.txt looks like a PDF"}\n'
                '{"path":"in/скан.txt","doc_id":"другой","code":"undecodable","message":"скан.txt looks like a PDF"}\n')
    assert (tmp_path / ERRORS).read_text(encoding="utf-8") == expected
    assert error_line(ERROR) + error_line(second) == expected
    assert [json.loads(line) for line in expected.splitlines()] == [ERROR, second]
    assert writer.stats.documents == 1  # errors are not documents


def test_an_empty_run_writes_empty_files_and_a_header(tmp_path: Path) -> None:
    with OutputWriter(tmp_path) as writer:
        pass
    assert (tmp_path / RESOLUTIONS).read_bytes() == b""
    assert (tmp_path / ERRORS).read_bytes() == b""
    assert (tmp_path / DIRECTIVES_CSV).read_text(encoding="utf-8") == ",".join(COLUMNS) + "\n"
    table = pq.read_table(tmp_path / DIRECTIVES_PARQUET)
    assert table.num_rows == 0 and table.schema.equals(arrow_schema())
    assert writer.stats.documents == writer.stats.directives == writer.stats.failed == 0


# --- the same bytes however the records arrive -----------------------------------------------


def run_writer(out: Path, outcomes: list, flush_rows: int) -> dict[str, bytes]:
    with OutputWriter(out, flush_rows=flush_rows) as writer:
        for outcome in outcomes:
            writer.add(outcome)
    return contents(out)


def test_outputs_are_the_same_for_any_flush_size_and_for_encoded_records(tmp_path: Path) -> None:
    """Workers send `encode(resolution)` instead of the record; flushes cut the tables into
    chunks: neither changes a byte of the text files or a cell of the Parquet table."""
    outcomes = [resolution(f"d{i}", n, warnings=n % 2) for i, n in enumerate([3, 0, 1, 5, 2])]
    outcomes.insert(2, ERROR)
    whole = run_writer(tmp_path / "whole", outcomes, flush_rows=1000)
    encoded = [encode(o) if isinstance(o, Resolution) else o for o in outcomes]
    for name, flush_rows, items in [("row", 1, outcomes), ("three", 3, outcomes), ("encoded", 3, encoded)]:
        other = run_writer(tmp_path / name, items, flush_rows=flush_rows)
        for file in (RESOLUTIONS, DIRECTIVES_CSV, ERRORS):
            assert other[file] == whole[file], (name, file)
        assert pq.read_table(tmp_path / name / DIRECTIVES_PARQUET).equals(
            pq.read_table(tmp_path / "whole" / DIRECTIVES_PARQUET))
    # a flush comes after the add that fills the buffer: one row group per document at flush_rows=1
    groups = {name: [g["num_rows"] for g in pq.ParquetFile(tmp_path / name / DIRECTIVES_PARQUET).metadata
                     .to_dict()["row_groups"]] for name in ("whole", "row", "three")}
    assert groups == {"whole": [11], "row": [3, 1, 5, 2], "three": [3, 6, 2]}


def test_encode_is_the_records_output_lines() -> None:
    res = resolution("a", 2, warnings=1)
    assert encode(res) == export.Encoded("a", resolution_line(res), directive_rows(res), 1)


# --- atomic replacement ----------------------------------------------------------------------


def test_until_commit_only_hidden_temp_files_are_written(tmp_path: Path) -> None:
    previous = write_previous(tmp_path)
    writer = OutputWriter(tmp_path)
    writer.add(resolution("a", 2))
    temps = sorted({p.name for p in tmp_path.iterdir()} - set(OUTPUT_FILES))
    matches = [TEMP_NAME.fullmatch(name) for name in temps]
    assert all(matches) and sorted(m["name"] for m in matches) == sorted(OUTPUT_FILES)
    assert {int(m["pid"]) for m in matches} == {os.getpid()}
    assert {name: previous[name] for name in OUTPUT_FILES} == \
           {name: (tmp_path / name).read_bytes() for name in OUTPUT_FILES}
    writer.commit()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(OUTPUT_FILES)
    assert (tmp_path / RESOLUTIONS).read_text(encoding="utf-8") == resolution_line(resolution("a", 2))


def test_an_error_inside_the_writer_keeps_the_previous_outputs(tmp_path: Path) -> None:
    previous = write_previous(tmp_path)
    with pytest.raises(KeyboardInterrupt), OutputWriter(tmp_path, flush_rows=1) as writer:
        writer.add(resolution("a", 3))  # flushed into the temp files already
        raise KeyboardInterrupt
    assert contents(tmp_path) == previous


def test_abort_removes_the_temp_files(tmp_path: Path) -> None:
    writer = OutputWriter(tmp_path)
    writer.add(resolution("a", 1))
    writer.abort()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rename_is_an_output_error_and_leaves_no_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = write_previous(tmp_path)
    writer = OutputWriter(tmp_path)
    writer.add(resolution("a", 1))

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "replace", refuse)
    with pytest.raises(errors.OutputError, match=f"Cannot write to {re.escape(str(tmp_path))}: No space left"):
        writer.commit()
    assert contents(tmp_path) == previous


def test_a_new_writer_removes_temp_files_of_killed_runs_only(tmp_path: Path) -> None:
    dead = tmp_path / f".{DIRECTIVES_CSV}.999999999.0123abcd.tmp"
    live = tmp_path / f".{RESOLUTIONS}.{os.getppid()}.0123abcd.tmp"  # a run still going on
    other = tmp_path / ".notes.txt.999999999.0123abcd.tmp"  # not an output of ours
    for path in (dead, live, other):
        path.write_text("")
    OutputWriter(tmp_path).abort()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name])


# --- the directive table ---------------------------------------------------------------------


def full_directive() -> Directive:
    return directive(
        "a", 1,
        number="1.2",
        section="Образование",
        addressees=[
            Addressee(text="Управлению образованием", normal="Управление образованием", source="block"),
            Addressee(text="Отделу (М.В. Шалак)", normal="Отдел", source="inline", person="М.В. Шалак"),
        ],
        action=Action(text="Обеспечить", lemma="обеспечить", aspect="perf", form="infinitive"),
        actions=[Action(text="Обеспечить", lemma="обеспечить", aspect="perf", form="infinitive"),
                 Action(text="провести", lemma="провести", aspect="perf", form="infinitive")],
        deadline=Deadline(text="до 1 июня 2024 года", kind="date", end=dt.date(2024, 6, 1), source="item"),
        references=[Reference(type="приказ", number="12", text="приказ № 12"),
                    Reference(type="закон", text="закон")],
        quoted_names=["Орлята России"],
    )


def test_dataframe_flattens_nested_fields() -> None:
    # the full directive, with a year-long term and a second quoted name
    d = full_directive().model_copy(update={
        "deadline": Deadline(text="в 2024 году", kind="year", start=dt.date(2024, 1, 1),
                             end=dt.date(2024, 12, 31), source="item"),
        "quoted_names": ["Орлята России", "Движение первых"],
    })
    res = Resolution(doc_id="a", place="Тында", directives=[d, directive("a", 2)])
    row = resextract.to_dataframe(res).iloc[0]
    assert row["addressees"] == "Управление образованием; Отдел"
    assert row["addressee_sources"] == "block; inline"
    assert row["persons"] == "М.В. Шалак"
    assert (row["action"], row["action_text"], row["aspect"], row["form"]) == (
        "обеспечить", "Обеспечить", "perf", "infinitive")
    assert row["actions"] == "обеспечить; провести"
    assert row["deadline_kind"] == "year" and row["deadline_source"] == "item"
    assert row["deadline_start"] == pd.Timestamp("2024-01-01")
    assert row["deadline_end"] == pd.Timestamp("2024-12-31")
    assert (row["references"], row["reference_numbers"]) == (2, "12")
    assert row["quoted_names"] == "Орлята России; Движение первых"
    assert (row["span_start"], row["span_end"], row["place"]) == (10, 19, "Тында")
    second = resextract.to_dataframe(res).iloc[1]
    assert pd.isna(second["addressees"]) and pd.isna(second["deadline_end"])
    assert second["references"] == 0


def test_a_row_has_the_cells_of_columns_in_order() -> None:
    res = Resolution(doc_id="a", doc_type="приказ", date=dt.date(2021, 5, 17), place="Тында", title="О конкурсе",
                     directives=[full_directive(), directive("a", 2)])
    first, second = (dict(zip(COLUMNS, row, strict=True)) for row in directive_rows(res))
    assert first == {
        "doc_id": "a", "doc_type": "приказ", "date": dt.date(2021, 5, 17), "place": "Тында", "title": "О конкурсе",
        "id": "a#1", "ordinal": 1, "number": "1.2", "kind": "instruction", "section": "Образование",
        "addressees": "Управление образованием; Отдел", "addressee_sources": "block; inline",
        "persons": "М.В. Шалак", "action": "обеспечить", "action_text": "Обеспечить", "aspect": "perf",
        "form": "infinitive", "actions": "обеспечить; провести", "deadline_kind": "date", "deadline_start": None,
        "deadline_end": dt.date(2024, 6, 1), "deadline_source": "item", "deadline_text": "до 1 июня 2024 года",
        "references": 2, "reference_numbers": "12", "quoted_names": "Орлята России",
        "text": "Обеспечить пункт 1", "span_start": 10, "span_end": 19,
    }
    # empty lists are missing values, not "", so isna() finds directives without them
    assert [second[k] for k in ("addressees", "persons", "actions", "reference_numbers", "quoted_names")] == [None] * 5
    assert (second["references"], second["action"], second["deadline_end"]) == (0, None, None)


def test_directive_rows_takes_one_record_or_many() -> None:
    one, two = resolution("a", 2), resolution("b", 3)
    assert directive_rows(one) == directive_rows([one])
    assert [row[5] for row in directive_rows([one, two])] == ["a#1", "a#2", "b#1", "b#2", "b#3"]
    assert directive_rows([]) == []


def test_the_parquet_schema_follows_columns(tmp_path: Path) -> None:
    arrow_type = {STR: pa.string(), INT: pa.int64(), DATE: pa.date32()}
    assert set(COLUMNS.values()) == set(arrow_type)
    expected = pa.schema([(name, arrow_type[dtype]) for name, dtype in COLUMNS.items()])
    assert arrow_schema().equals(expected)
    with OutputWriter(tmp_path) as writer:
        writer.add(Resolution(doc_id="a", date=dt.date(2021, 5, 17), directives=[full_directive()]))
    table = pq.read_table(tmp_path / DIRECTIVES_PARQUET)
    assert table.schema.equals(expected)
    assert table.to_pylist() == [dict(zip(COLUMNS, row)) for row in directive_rows(
        Resolution(doc_id="a", date=dt.date(2021, 5, 17), directives=[full_directive()]))]


def test_the_dataframe_has_the_dtypes_of_columns() -> None:
    frame = resextract.to_dataframe(resolution("a", 2))
    assert {name: str(dtype) for name, dtype in frame.dtypes.items()} == dict(COLUMNS)


def test_the_csv_header_is_the_column_names(tmp_path: Path) -> None:
    with OutputWriter(tmp_path) as writer:
        writer.add(resolution("a", 1))
    header = (tmp_path / DIRECTIVES_CSV).read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == list(COLUMNS)


def test_rows_to_arrow_is_the_parquet_table_of_rows() -> None:
    rows = directive_rows([resolution("a", 2), Resolution(doc_id="b", directives=[full_directive()])])
    table = rows_to_arrow(rows)
    assert table.schema.equals(arrow_schema())
    assert table.to_pylist() == [dict(zip(COLUMNS, row)) for row in rows]


def test_a_row_has_one_cell_per_column(raw_dir: Path) -> None:
    rows = directive_rows([resextract.extract_file(p) for p in sorted(raw_dir.glob("*.txt"))])
    assert rows and all(len(row) == len(COLUMNS) for row in rows)
    frame = resextract.to_dataframe(resextract.extract_file(sorted(raw_dir.glob("*.txt"))[0]))
    first = frame.iloc[0]
    assert first["id"].endswith("#1") and first["ordinal"] == 1 and first["span_end"] > first["span_start"]


# --- Parquet columns built from buffers ------------------------------------------------------


def test_arrow_columns_built_from_buffers_equal_pyarrows_own_conversion() -> None:
    """rows_to_arrow assembles the Parquet columns itself (pa.array would import pandas): the
    table must equal pyarrow's conversion of the same rows, missing values included."""
    base = {name: None for name in COLUMNS}
    rows = [
        {**base, "doc_id": "a", "id": "a#1", "ordinal": 1, "references": 0, "span_start": 0, "span_end": 5,
         "date": dt.date(2020, 3, 1), "deadline_end": dt.date(1969, 12, 31), "text": "Обеспечить «ёлку»"},
        {**base, "doc_id": "b", "id": "b#1", "ordinal": 2, "references": 3, "span_start": 7, "span_end": 9,
         "deadline_start": dt.date(2024, 9, 1), "addressees": "", "text": ""},
        {**base, "ordinal": None},
    ]
    schema = arrow_schema()
    expected = pa.Table.from_arrays([pa.array([r[f.name] for r in rows], type=f.type) for f in schema], schema=schema)
    assert rows_to_arrow([tuple(r[name] for name in COLUMNS) for r in rows]).equals(expected)
    assert rows_to_arrow([]).num_rows == 0 and rows_to_arrow([]).schema == schema


def test_a_string_column_beyond_32_bit_offsets_is_left_to_pyarrow(monkeypatch: pytest.MonkeyPatch) -> None:
    """More than 2 GiB of text in one flush cannot use 32-bit offsets: pyarrow's own conversion
    (which splits the column into chunks) takes over; the table reads the same."""
    from resextract.io import table as frame

    rows = [tuple(f"{name}-{i}" if dtype == frame.STR else i if dtype == frame.INT else None
                  for name, dtype in frame.COLUMNS.items()) for i in range(3)]
    expected = frame.rows_to_arrow(rows)
    monkeypatch.setattr(frame, "_MAX_STRING_BYTES", 8)
    table = frame.rows_to_arrow(rows)
    assert table.equals(expected) and table.schema == frame.arrow_schema()
