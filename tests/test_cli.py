"""The `resextract` command line, run in-process with typer's CliRunner.

Nothing here depends on how many directives the extractor finds, only on consistency
(table rows == directives in resolutions.jsonl, same text → same records).
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from resextract.io import export
from resextract.cli.app import app
from resextract.io.table import COLUMNS
from resextract.models import Resolution

BIG = "000_ae79d0e9600a1261"  # a conference resolution, cp1251-encodable
SMALL = ("006_akmola-prikaz-doshkolnye-2020", "027_khabarovsk-prikaz-konkurs-simvolika-2009")
OTHER = "009_volgograd-prikaz-sovet-uchitel-goda-2013"
OUTPUTS = {"resolutions.jsonl", "directives.csv", "directives.parquet", "errors.jsonl"}
BAD = {"binary": "binary", "scan": "corrupt"}  # doc_id → expected error code

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args))


def one_line_error(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, raw_dir: Path) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for stem in (BIG, *SMALL):
        shutil.copy(raw_dir / f"{stem}.txt", root)
    (root / "sub").mkdir()
    # Same file name as a top-level file, other content: must get its own doc_id.
    shutil.copy(raw_dir / f"{OTHER}.txt", root / "sub" / f"{BIG}.txt")
    text = (raw_dir / f"{BIG}.txt").read_text(encoding="utf-8")
    (root / "cp1251.txt").write_bytes(text.encode("cp1251"))
    (root / "utf16.TXT").write_bytes(text.encode("utf-16"))
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "scan.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (root / "notes.md").write_text("not a .txt file", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def run_result(corpus: Path, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("run") / "nested" / "out"  # created by the run
    return invoke("run", str(corpus), "-o", str(out)), out


@pytest.mark.slow
def test_run_exit_code_is_1_when_some_files_fail(run_result) -> None:
    result, _ = run_result
    assert result.exit_code == 1, result.output
    assert "binary" in result.stdout  # the summary counts errors by code


@pytest.mark.slow
def test_run_writes_exactly_the_four_outputs_and_no_temp_files(run_result) -> None:
    _, out = run_result
    assert {p.name for p in out.iterdir()} == OUTPUTS


@pytest.mark.slow
def test_resolutions_validate_and_are_sorted_with_distinct_doc_ids(run_result) -> None:
    _, out = run_result
    records = [Resolution.model_validate(r) for r in read_jsonl(out / "resolutions.jsonl")]
    ids = [r.doc_id for r in records]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    assert {BIG, f"sub/{BIG}", *SMALL, "cp1251", "utf16"} <= set(ids)


@pytest.mark.slow
def test_every_input_is_in_exactly_one_output(run_result, corpus: Path) -> None:
    _, out = run_result
    done = {r["doc_id"] for r in read_jsonl(out / "resolutions.jsonl")}
    failed = {e["doc_id"] for e in read_jsonl(out / "errors.jsonl")}
    assert not done & failed
    txt_files = [p for p in corpus.rglob("*") if p.suffix.lower() == ".txt"]
    assert len(done) + len(failed) == len(txt_files)
    assert "notes" not in done | failed


@pytest.mark.slow
def test_errors_list_the_bad_files_with_codes(run_result, corpus: Path) -> None:
    _, out = run_result
    errors = {e["doc_id"]: e for e in read_jsonl(out / "errors.jsonl")}
    # An empty file is readable text: the extractor decides (a resolution with a warning).
    assert set(BAD) <= set(errors) <= set(BAD) | {"empty"}
    for doc_id, code in BAD.items():
        record = errors[doc_id]
        assert record["code"] == code
        assert record["path"] == str(corpus / f"{doc_id}.txt")
        assert record["message"]


@pytest.mark.slow
def test_encodings_are_recorded_and_decoding_does_not_change_records(run_result) -> None:
    _, out = run_result
    records = {r["doc_id"]: r for r in read_jsonl(out / "resolutions.jsonl")}
    assert records[BIG]["encoding"] == "utf-8"
    assert records["cp1251"]["encoding"] == "cp1251"
    assert records["utf16"]["encoding"].startswith("utf-16")

    def comparable(record: dict) -> list[dict]:
        return [{k: v for k, v in d.items() if k != "id"} for d in record["directives"]]

    assert comparable(records["cp1251"]) == comparable(records[BIG])
    assert comparable(records["utf16"]) == comparable(records[BIG])


@pytest.mark.slow
@pytest.mark.parametrize("reader", [pd.read_csv, pd.read_parquet], ids=["csv", "parquet"])
def test_directive_tables_match_resolutions(run_result, reader) -> None:
    _, out = run_result
    records = read_jsonl(out / "resolutions.jsonl")
    directives = [d for r in records for d in r["directives"]]
    name = "directives.csv" if reader is pd.read_csv else "directives.parquet"
    table = reader(out / name)
    assert list(table.columns) == list(COLUMNS)
    assert len(table) == len(directives)
    assert list(table["id"]) == [d["id"] for d in directives]


def test_single_file_input(tmp_path: Path, raw_dir: Path) -> None:
    result = invoke("run", str(raw_dir / f"{BIG}.txt"), "-o", str(tmp_path), "--quiet")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert [r["doc_id"] for r in read_jsonl(tmp_path / "resolutions.jsonl")] == [BIG]
    assert (tmp_path / "errors.jsonl").read_text() == ""


def test_max_bytes_turns_big_files_into_errors(tmp_path: Path, raw_dir: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(raw_dir / f"{BIG}.txt", src)
    result = invoke("run", str(src), "-o", str(tmp_path / "out"), "--max-bytes", "100")
    assert result.exit_code == 1
    [error] = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert error["code"] == "too_large"


@pytest.mark.slow
def test_odd_entries_are_reported_not_fatal(tmp_path: Path, raw_dir: Path) -> None:
    src = tmp_path / "in"
    (src / "dir.txt").mkdir(parents=True)
    shutil.copy(raw_dir / f"{BIG}.txt", src)
    os.symlink("nowhere.txt", src / "broken.txt")
    os.symlink("loop.txt", src / "loop.txt")
    os.symlink("..", src / "dir.txt" / "up")  # a folder link pointing back up
    result = invoke("run", str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1, result.output
    errors = {e["doc_id"]: e["code"] for e in read_jsonl(tmp_path / "out" / "errors.jsonl")}
    assert set(errors) == {"dir", "broken", "loop"}
    assert errors["dir"] == "not_a_file"
    assert [r["doc_id"] for r in read_jsonl(tmp_path / "out" / "resolutions.jsonl")] == [BIG]


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    result = invoke("run", str(tmp_path / "nope"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "not found" in one_line_error(result).lower()
    assert not (tmp_path / "out").exists()


def test_folder_without_txt_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("x")
    result = invoke("run", str(tmp_path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert ".txt" in one_line_error(result)


def test_unwritable_output_is_a_usage_error(tmp_path: Path, raw_dir: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = invoke("run", str(raw_dir / f"{BIG}.txt"), "-o", str(blocker / "out"))
    assert result.exit_code == 2
    assert "Cannot write" in one_line_error(result)


def test_previous_outputs_are_replaced_whole(tmp_path: Path, raw_dir: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in OUTPUTS:
        (out / name).write_text("stale\n")
    result = invoke("run", str(raw_dir / f"{BIG}.txt"), "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.iterdir()} == OUTPUTS
    [record] = read_jsonl(out / "resolutions.jsonl")
    assert record["doc_id"] == BIG
    assert (out / "errors.jsonl").read_text() == ""
    assert "stale" not in (out / "directives.csv").read_text()


@pytest.mark.slow
def test_a_failed_run_leaves_previous_outputs_intact(
    tmp_path: Path, raw_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in OUTPUTS:
        (out / name).write_text("previous\n")

    def boom(rows: list) -> None:
        raise RuntimeError("disk on fire")

    # the tables are written in this process (records may be encoded by the workers)
    monkeypatch.setattr(export, "rows_to_arrow", boom)
    result = invoke("run", str(raw_dir), "-o", str(out), "-q")
    assert isinstance(result.exception, RuntimeError)
    assert {p.name for p in out.iterdir()} == OUTPUTS  # no temp files left behind
    assert all((out / name).read_text() == "previous\n" for name in OUTPUTS)


def test_explain_names_the_rules_of_header_and_directives(raw_dir: Path, pipeline) -> None:
    path = raw_dir / f"{BIG}.txt"
    explanation = pipeline.explain_file(path, BIG)
    result = invoke("explain", str(path))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    # one row per header field, naming the rule that decided it, before the first directive
    first_directive = next(i for i, line in enumerate(lines) if line.startswith("#1 "))
    header_rows = {line.split()[0]: line for line in lines[:first_directive] if line.split()}
    for field, rules in explanation.header.items():
        assert field in header_rows and rules[0] in header_rows[field], (field, rules)
    assert sum(line.startswith("#") for line in lines) == len(explanation.resolution.directives)


def test_schema_prints_json_schema() -> None:
    result = invoke("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert "directives" in schema["properties"]


@pytest.mark.parametrize("command", ["show", "explain"])
def test_show_and_explain_a_document(command: str, raw_dir: Path) -> None:
    result = invoke(command, str(raw_dir / f"{BIG}.txt"))
    assert result.exit_code == 0, result.output
    assert BIG in result.stdout


@pytest.mark.parametrize("command", ["show", "explain"])
def test_show_and_explain_bad_files(command: str, tmp_path: Path) -> None:
    result = invoke(command, str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert "not found" in one_line_error(result).lower()
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.7\n")
    result = invoke(command, str(tmp_path / "scan.txt"))
    assert result.exit_code == 2
    assert "PDF" in one_line_error(result)


@pytest.mark.slow
def test_evaluate_run_output(run_result, annotated_dir: Path) -> None:
    _, out = run_result
    result = invoke("evaluate", str(annotated_dir), str(out / "resolutions.jsonl"), "--json")
    assert result.exit_code == 0, result.output
    assert isinstance(json.loads(result.stdout), dict)
    result = invoke("evaluate", str(annotated_dir), str(out / "resolutions.jsonl"))
    assert result.exit_code == 0, result.output


def test_evaluate_bad_input_is_a_usage_error(tmp_path: Path, annotated_dir: Path) -> None:
    result = invoke("evaluate", str(annotated_dir), str(tmp_path / "missing.jsonl"))
    assert result.exit_code == 2
    one_line_error(result)
    garbage = tmp_path / "pred.jsonl"
    garbage.write_text("{not json\n")
    result = invoke("evaluate", str(annotated_dir), str(garbage))
    assert result.exit_code == 2
    one_line_error(result)


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("resextract ")


# --- manners: help pages, version, a folder with nothing to read ---------------------------------

COMMANDS = ["run", "evaluate", "show", "explain", "schema", "report", "export", "import-labelstudio"]


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_reads_like_git_or_pip(command: str) -> None:
    """No type markers (`<bool>`, `<path>`), no `{INPUT}` or `[x>=1]`: each parameter as it is typed."""
    result = invoke(*filter(None, [command]), "--help")
    assert result.exit_code == 0
    page = result.stdout
    assert page.startswith("Usage: ")
    for noise in ("<bool>", "<path>", "<int>", "<str>", "{INPUT}", "{FILE}", "x>=", "╭", "[default"):
        assert noise not in page, (noise, page)
    assert "--help  " in page


def test_help_lists_every_command_in_full_and_usage_names_required_options() -> None:
    page = invoke("--help").stdout
    for command in COMMANDS:
        assert f"\n  {command} " in page
    assert "..." not in page.split("Commands:")[1]  # first sentences are not cut
    run_page = invoke("run", "--help").stdout
    assert run_page.splitlines()[0].endswith("run [OPTIONS] INPUT -o OUT")
    assert "  -j, --jobs N  " in run_page and "  -q, --quiet  " in run_page


def test_version_flag_in_help() -> None:
    assert "--version  Show the version." in invoke("--help").stdout


def test_folder_without_documents_says_what_it_found(tmp_path: Path) -> None:
    for i in range(12):
        (tmp_path / f"act{i}.xml").write_bytes(b"<act/>")
    (tmp_path / "list.csv").write_bytes(b"a,b")
    (tmp_path / ".DS_Store").write_bytes(b"")
    result = invoke("run", str(tmp_path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    line = one_line_error(result)
    assert "no readable documents" in line
    assert "found 12 .xml files (XML) and 1 .csv file (CSV)" in line
    assert not (tmp_path / "out").exists()


def test_folder_of_old_word_files_reports_each_as_unsupported(tmp_path: Path) -> None:
    for i in range(12):
        (tmp_path / f"act{i}.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    result = invoke("run", str(tmp_path), "-o", str(tmp_path / "out"), "--jobs", "1")
    assert result.exit_code == 1
    assert "unsupported_format  12" in result.stdout
    errors = read_jsonl(tmp_path / "out" / "errors.jsonl")
    assert {e["code"] for e in errors} == {"unsupported_format"} and len(errors) == 12
    assert all("soffice --headless --convert-to docx" in e["message"] for e in errors)


def test_empty_folder_says_so(tmp_path: Path) -> None:
    result = invoke("report", str(tmp_path), "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "the folder is empty" in one_line_error(result)


@pytest.mark.parametrize(("files", "expected"), [
    ({".odt": 1}, "found 1 .odt file (OpenDocument text)"),
    ({".rtf": 2, "": 1}, "found 2 .rtf files (RTF) and 1 file without an extension"),
    ({".xyz": 3, ".docx": 3, ".html": 1}, "found 3 .docx files (Word), 3 .xyz files and 1 .html file (HTML)"),
    ({".a": 5, ".b": 4, ".c": 3, ".d": 2, ".e": 1, ".f": 1},
     "found 5 .a files, 4 .b files, 3 .c files, 2 .d files and 2 other files"),
])
def test_describe_found_files(files: dict[str, int], expected: str) -> None:
    from collections import Counter

    from resextract.cli.found import describe

    assert describe(Counter(files)) == expected
