"""The library API: extract*, to_dataframe, discovery, batch processing and the output writer."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import resextract
from resextract import errors
from resextract.io.export import OutputWriter
from resextract.io.table import COLUMNS
from resextract.io.inputs import discover, is_error, process
from resextract.models import Directive, Resolution

BIG = "000_ae79d0e9600a1261"


def make_directive(doc_id: str, ordinal: int, **fields) -> Directive:
    return Directive(id=f"{doc_id}#{ordinal}", ordinal=ordinal, kind="recommendation",
                     text=f"пункт {ordinal}", span=(ordinal * 10, ordinal * 10 + 9), **fields)


def make_resolution(doc_id: str, n: int) -> Resolution:
    return Resolution(doc_id=doc_id, doc_type="решение", date=dt.date(2020, 3, 1),
                      directives=[make_directive(doc_id, i + 1) for i in range(n)])


# --- extract* --------------------------------------------------------------------------------


def test_extract_text(raw_dir: Path) -> None:
    text = (raw_dir / f"{BIG}.txt").read_text(encoding="utf-8")
    res = resextract.extract(text)
    assert isinstance(res, Resolution) and res.doc_id == "doc"
    assert resextract.extract(text, doc_id="x").doc_id == "x"
    assert [d.ordinal for d in res.directives] == list(range(1, len(res.directives) + 1))


def test_extract_file(raw_dir: Path) -> None:
    path = raw_dir / f"{BIG}.txt"
    res = resextract.extract_file(path)
    assert (res.doc_id, res.source, res.encoding) == (BIG, str(path), "utf-8")
    assert resextract.extract_file(path, doc_id="other").doc_id == "other"


def test_extract_folder_skips_bad_files_with_a_warning(tmp_path: Path, raw_dir: Path) -> None:
    shutil.copy(raw_dir / f"{BIG}.txt", tmp_path)
    (tmp_path / "sub").mkdir()
    shutil.copy(raw_dir / f"{BIG}.txt", tmp_path / "sub")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    with pytest.warns(RuntimeWarning, match="bad.txt"):
        results = list(resextract.extract_folder(tmp_path))
    assert [r.doc_id for r in results] == [BIG, f"sub/{BIG}"]


def test_extract_folder_raises_for_unusable_input(tmp_path: Path) -> None:
    with pytest.raises(errors.InputNotFound):
        resextract.extract_folder(tmp_path / "nope")
    with pytest.raises(errors.NoInputFiles):
        resextract.extract_folder(tmp_path)


def test_public_names(pipeline) -> None:
    from resextract import pipeline as pipeline_module

    assert resextract.get_pipeline() is pipeline
    assert resextract.Pipeline is pipeline_module.Pipeline
    assert resextract.Resolution is Resolution
    assert "directives" in resextract.json_schema()["properties"]
    assert set(resextract.__all__) <= set(dir(resextract))
    with pytest.raises(AttributeError):
        resextract.no_such_name  # noqa: B018


def test_parse_deadline_is_reexported() -> None:
    from resextract.stages import deadlines

    assert resextract.parse_deadline is deadlines.parse_deadline


def test_import_is_light() -> None:
    code = "import sys, resextract; print(sorted(m for m in ('pandas', 'pydantic', 'resextract.pipeline') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_resolution_repr_is_compact(raw_dir: Path) -> None:
    res = resextract.extract_file(raw_dir / f"{BIG}.txt")
    text = repr(res)
    assert len(text) < 300 and "\n" not in text
    assert BIG in text and f"directives={len(res.directives)}" in text


# --- to_dataframe ----------------------------------------------------------------------------


def test_dataframe_of_real_documents(raw_dir: Path) -> None:
    results = list(resextract.extract_folder(raw_dir))
    df = resextract.to_dataframe(results)
    assert list(df.columns) == list(COLUMNS)
    assert len(df) == sum(len(r.directives) for r in results)
    assert list(df["id"]) == [d.id for r in results for d in r.directives]


def test_empty_dataframe_keeps_columns_and_dtypes() -> None:
    empty = resextract.to_dataframe([])
    full = resextract.to_dataframe(make_resolution("a", 2))
    assert empty.shape == (0, len(COLUMNS))
    assert list(empty.columns) == list(COLUMNS)
    assert empty.dtypes.equals(full.dtypes)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=4), max_size=5))
def test_dataframe_rows_follow_directives(counts: list[int]) -> None:
    resolutions = [make_resolution(f"d{i}", n) for i, n in enumerate(counts)]
    df = resextract.to_dataframe(resolutions)
    assert len(df) == sum(counts)
    assert list(df["ordinal"]) == [d.ordinal for r in resolutions for d in r.directives]


# --- discovery and batch processing ----------------------------------------------------------


def test_discover_folder(tmp_path: Path) -> None:
    for rel in ("b.txt", "a.TXT", "sub/b.txt", "sub/deeper/c.txt", "skip.md", "x.txt.bak"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("текст", encoding="utf-8")
    found = discover(tmp_path)
    assert [doc_id for _, doc_id in found] == ["a", "b", "sub/b", "sub/deeper/c"]
    assert all(path.is_relative_to(tmp_path) for path, _ in found)


def test_discover_single_file_and_errors(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("x")
    assert discover(tmp_path / "one.txt") == [(tmp_path / "one.txt", "one")]
    with pytest.raises(errors.InputNotFound):
        discover(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(errors.NoInputFiles):
        discover(tmp_path / "empty")


def test_discover_keeps_colliding_doc_ids_distinct(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("a")
    (tmp_path / "x.TXT").write_text("b")
    if len(list(tmp_path.iterdir())) < 2:
        pytest.skip("case-insensitive file system")
    ids = [doc_id for _, doc_id in discover(tmp_path)]
    assert len(ids) == len(set(ids)) == 2


class FlakyPipeline:
    """Fails in chosen ways on chosen files, to check that the batch goes on."""

    max_bytes = 1000

    def extract_file(self, path: Path, doc_id: str | None = None) -> Resolution:
        if path.name == "bug.txt":
            raise KeyError("oops")
        if path.name == "bad.txt":
            raise errors.BinaryFile(str(path))
        return Resolution(doc_id=doc_id or path.stem, source=str(path))


def test_process_turns_failures_into_records(tmp_path: Path) -> None:
    files = [(tmp_path / f"{name}.txt", name) for name in ("a", "bug", "bad", "z")]
    outcomes = list(process(files, FlakyPipeline()))
    assert [o.doc_id for o in outcomes if not is_error(o)] == ["a", "z"]
    failed = {o["doc_id"]: o for o in outcomes if is_error(o)}
    assert failed["bad"]["code"] == "binary"
    assert failed["bug"]["code"] == "internal" and "KeyError" in failed["bug"]["message"]
    assert set(failed["bug"]) == {"path", "doc_id", "code", "message"}


def test_process_stops_when_models_cannot_load(tmp_path: Path) -> None:
    class Broken(FlakyPipeline):
        def extract_file(self, path: Path, doc_id: str | None = None) -> Resolution:
            raise errors.ModelLoadError("the morphology dictionary", "missing")

    with pytest.raises(errors.ModelLoadError):
        list(process([(tmp_path / "a.txt", "a")], Broken()))


# --- writing outputs -------------------------------------------------------------------------


def test_writer_streams_tables_in_chunks(tmp_path: Path) -> None:
    resolutions = [make_resolution(f"d{i}", n) for i, n in enumerate([3, 0, 2, 5])]
    with OutputWriter(tmp_path, flush_rows=2) as writer:
        for res in resolutions:
            writer.add(res)
        writer.add({"path": "p.txt", "doc_id": "p", "code": "binary", "message": "m"})
    assert writer.stats.documents == 4 and writer.stats.directives == 10
    assert writer.stats.errors == {"binary": 1}
    csv = pd.read_csv(tmp_path / "directives.csv")
    parquet = pd.read_parquet(tmp_path / "directives.parquet")
    expected = [d.id for r in resolutions for d in r.directives]
    assert list(csv["id"]) == list(parquet["id"]) == expected
    assert list(parquet.columns) == list(COLUMNS)
    assert pd.Timestamp(parquet["date"].iloc[0]) == pd.Timestamp("2020-03-01")
    assert json.loads((tmp_path / "errors.jsonl").read_text())["code"] == "binary"


def test_writer_tables_equal_the_pandas_frame_byte_for_byte(tmp_path: Path, raw_dir: Path) -> None:
    """The writer streams rows through the csv module and pyarrow; a reader gets exactly what
    `to_dataframe(...).to_csv(...)` would print, for awkward values too."""
    tricky = make_resolution("q", 2)
    tricky.directives[0].text = 'Текст с "кавычками", запятой;\nи переносом'
    tricky.directives[1].section = ""
    tricky.date = None
    resolutions = [resextract.extract_file(p) for p in sorted(raw_dir.glob("*.txt"))] + [tricky]
    with OutputWriter(tmp_path, flush_rows=7) as writer:
        for res in resolutions:
            writer.add(res)
    frame = resextract.to_dataframe(resolutions)
    expected = frame.to_csv(index=False, lineterminator="\n")
    assert (tmp_path / "directives.csv").read_text(encoding="utf-8") == expected
    parquet = pd.read_parquet(tmp_path / "directives.parquet")
    assert parquet["id"].tolist() == frame["id"].tolist()
    for column in ("date", "deadline_start", "deadline_end"):
        assert [None if pd.isna(v) else pd.Timestamp(v) for v in parquet[column]] == \
               [None if pd.isna(v) else pd.Timestamp(v) for v in frame[column]]


def test_writer_keeps_the_order_given_and_handles_no_directives(tmp_path: Path) -> None:
    # The order is the caller's (`run` adds outcomes in discover()'s doc_id order), not re-sorted.
    with OutputWriter(tmp_path) as writer:
        for res in (make_resolution("b", 0), make_resolution("a", 0)):
            writer.add(res)
    stats = writer.stats
    lines = (tmp_path / "resolutions.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["doc_id"] for line in lines] == ["b", "a"]
    assert "решение" in lines[0]  # ensure_ascii=False: Cyrillic written as is
    assert stats.directives == 0
    assert list(pd.read_csv(tmp_path / "directives.csv").columns) == list(COLUMNS)
    assert pd.read_parquet(tmp_path / "directives.parquet").shape == (0, len(COLUMNS))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(stats.paths)


def test_writer_refuses_an_unusable_folder(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(errors.OutputError):
        OutputWriter(tmp_path / "file" / "out")


def test_a_writer_that_fails_to_start_leaves_no_temp_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from resextract.io import export

    def boom() -> None:
        raise RuntimeError("pyarrow broken")

    monkeypatch.setattr(export, "arrow_schema", boom)
    with pytest.raises(RuntimeError, match="pyarrow broken"):
        OutputWriter(tmp_path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_run_does_not_import_pandas(tmp_path: Path, raw_dir: Path) -> None:
    """`resextract run` writes its tables without pandas (a quarter of a second and 40 MB)."""
    import subprocess
    import sys

    code = ("import sys; from resextract.cli.app import main; sys.argv = ['resextract', 'run', sys.argv[1], '-o', "
            "sys.argv[2], '-q', '--jobs', '1'];\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(raw_dir), str(tmp_path)], capture_output=True, text=True)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr
    assert (tmp_path / "directives.parquet").exists()


# --- schema 1.1 (SPEC §2, §3) ------------------------------------------------------------------


def test_records_are_schema_1_1_and_1_0_records_still_read() -> None:
    res = resextract.extract("ПРИКАЗЫВАЮ:\n1. Директорам школ сдать отчеты до 1 мая 2025 г.\n")
    assert (res.schema_version, res.format) == ("1.1", "txt")
    old = Resolution.model_validate({"schema_version": "1.0", "doc_id": "old", "encoding": "cp1251"})
    assert (old.schema_version, old.format) == ("1.0", "txt")  # 1.0 = 1.1 without the new fields


def test_json_schema_has_the_1_1_fields() -> None:
    schema = resextract.json_schema()
    assert schema["properties"]["format"]["enum"] == ["txt", "docx", "odt", "rtf", "pdf", "html"]
    assert "event" in schema["$defs"]["Deadline"]["properties"]["kind"]["enum"]
    assert schema["properties"]["schema_version"]["default"] == "1.1"
