"""Engines: the same bytes out for every --jobs, every run, and on a loopback Dask cluster;
progress and summary output; a crashing worker costs one file, not the run."""
from __future__ import annotations

import io
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from resextract.io import engines
from resextract.cli.app import app
from resextract.io.engines import EngineError, extract_batch, run_outcomes
from resextract.io.inputs import discover, is_error
from resextract.io.progress import BarReporter, LineReporter, Reporter, reporter

OUTPUTS = ("resolutions.jsonl", "directives.csv", "directives.parquet", "errors.jsonl")
runner = CliRunner()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, raw_dir: Path) -> Path:
    root = tmp_path_factory.mktemp("engines")
    for i, path in enumerate(sorted(raw_dir.glob("*.txt"))):
        sub = root / ("a" if i % 2 else "b")
        sub.mkdir(exist_ok=True)
        shutil.copy(path, sub / path.name)
        shutil.copy(path, root / f"copy_{path.name}")
    (root / "a" / "bad.txt").write_bytes(b"%PDF-1.4\n")
    (root / "empty.txt").write_bytes(b"")
    (root / "cp1251.txt").write_bytes(
        (raw_dir / "000_ae79d0e9600a1261.txt").read_text(encoding="utf-8").encode("cp1251"))
    return root


def run_cli(folder: Path, out: Path, *args: str) -> dict[str, bytes]:
    result = runner.invoke(app, ["run", str(folder), "-o", str(out), "-q", *args])
    assert result.exit_code == 1, result.output  # bad.txt fails
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture(scope="module")
def serial(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return run_cli(folder, tmp_path_factory.mktemp("serial"), "--jobs", "1")


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["2", "3", "2"])
def test_outputs_are_identical_for_every_jobs_and_run(
    folder: Path, serial: dict[str, bytes], tmp_path: Path, jobs: str
) -> None:
    assert run_cli(folder, tmp_path, "--jobs", jobs) == serial


@pytest.mark.slow
def test_tables_are_the_same_when_records_travel_whole(
    folder: Path, serial: dict[str, bytes], tmp_path: Path
) -> None:
    """With --html the workers send the records themselves (the pages need them) and this
    process encodes them; without, the workers send encoded lines. Same bytes either way."""
    assert run_cli(folder, tmp_path, "--jobs", "2", "--html") == serial


def review_outputs(folder: Path, out: Path, *args: str) -> dict[str, bytes]:
    """Every file `report` and both `export` formats write, by path under `out`."""
    for command in (["report", str(folder), "-o", str(out / "html"), "-q"],
                    ["export", "--format", "labelstudio", str(folder), str(out / "ls")],
                    ["export", "--format", "brat", str(folder), str(out / "brat")]):
        result = runner.invoke(app, [*command, *args])
        assert result.exit_code == 1, result.output  # bad.txt fails
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_report_and_export_run_on_the_engines_with_the_same_bytes_for_every_jobs(
    folder: Path, tmp_path: Path
) -> None:
    serial = review_outputs(folder, tmp_path / "serial", "--jobs", "1")
    pages = [name for name in serial if name.startswith("html/")]
    assert len(pages) == len(discover(folder)) and "ls/tasks.json" in serial  # bad.txt: index only
    assert review_outputs(folder, tmp_path / "pool", "--jobs", "2") == serial


@pytest.mark.parametrize("command", ["report", "export"])
def test_report_and_export_take_the_engine_options(folder: Path, tmp_path: Path, command: str) -> None:
    out = str(tmp_path / "out")
    args = ["report", str(folder), "-o", out] if command == "report" else ["export", str(folder), out]
    result = runner.invoke(app, [*args, "--engine", "spark"])
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert "Unknown engine" in line
    assert not (tmp_path / "out").exists()  # failed before touching the output folder


def test_more_jobs_than_files(raw_dir: Path, tmp_path: Path) -> None:
    path = raw_dir / "006_akmola-prikaz-doshkolnye-2020.txt"
    result = runner.invoke(app, ["run", str(path), "-o", str(tmp_path), "-q", "--jobs", "8"])
    assert result.exit_code == 0, result.output


@pytest.mark.slow
def test_dask_local_cluster_matches_local_engine(
    folder: Path, serial: dict[str, bytes], tmp_path: Path
) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    assert run_cli(folder, tmp_path, "--engine", "dask", "--jobs", "2") == serial


def test_dask_missing_is_a_usage_error(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)  # import dask.bag → ImportError
    result = runner.invoke(app, ["run", str(folder), "-o", str(tmp_path / "out"), "--engine", "dask"])
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert "pip install 'resextract[dask]'" in line
    assert not (tmp_path / "out").exists()  # failed before touching the output folder


@pytest.mark.parametrize("args, message", [
    (["--scheduler", "tcp://127.0.0.1:9"], "--engine dask"),
    (["--engine", "spark"], "Unknown engine"),
])
def test_engine_usage_errors(folder: Path, tmp_path: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["run", str(folder), "-o", str(tmp_path), *args])
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert message in line


@pytest.mark.slow
def test_unreachable_scheduler_is_a_usage_error(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    monkeypatch.setattr(engines, "CONNECT_TIMEOUT", "1s")
    out = tmp_path / "out"
    out.mkdir()
    (out / "resolutions.jsonl").write_text("previous\n")
    result = runner.invoke(app, ["run", str(folder), "-o", str(out), "--engine", "dask",
                                 "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2, result.output
    [line] = result.stderr.strip().splitlines()
    assert "Cannot connect to the Dask scheduler at tcp://127.0.0.1:9" in line
    assert [p.name for p in out.iterdir()] == ["resolutions.jsonl"]
    assert (out / "resolutions.jsonl").read_text() == "previous\n"


# --- a worker that dies ----------------------------------------------------------------------


def crashing_batch(items: Sequence[tuple[str, str]], max_bytes: int | None) -> list:
    """Dies like an out-of-memory kill on files named crash*.txt (runs in the worker processes)."""
    if any(Path(path).name.startswith("crash") for path, _ in items):
        os._exit(9)
    return extract_batch(items, max_bytes)


@pytest.mark.slow
def test_a_crashing_worker_costs_only_its_file(tmp_path: Path, raw_dir: Path) -> None:
    sources = sorted(raw_dir.glob("*.txt"))
    for i in range(40):
        shutil.copy(sources[i % len(sources)], tmp_path / f"{i:02d}.txt")
    shutil.copy(sources[0], tmp_path / "crash.txt")
    files = discover(tmp_path)
    outcomes = list(run_outcomes(files, jobs=2, task=crashing_batch))
    ids = [o["doc_id"] if is_error(o) else o.doc_id for o in outcomes]
    assert ids == [doc_id for _, doc_id in files]
    errors = [o for o in outcomes if is_error(o)]
    assert [(e["doc_id"], e["code"]) for e in errors] == [("crash", "worker_crashed")]


def test_unknown_engine_raises_before_work() -> None:
    with pytest.raises(EngineError):
        run_outcomes([], engine="ray")


# --- progress and summary --------------------------------------------------------------------


def test_line_reporter_writes_periodic_lines() -> None:
    stream = io.StringIO()
    with LineReporter(3, stream=stream, interval=0) as progress:
        progress.advance()
        progress.advance(failed=True)
        progress.advance()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 3
    assert lines[-1].startswith("resextract: 3/3 files (100%)") and "1 errors" in lines[-1]


def test_line_reporter_is_silent_on_short_runs() -> None:
    stream = io.StringIO()
    with LineReporter(2, stream=stream, interval=60) as progress:
        progress.advance()
        progress.advance()
    assert stream.getvalue() == ""


def test_bar_on_a_terminal_and_lines_elsewhere() -> None:
    terminal = Console(file=io.StringIO(), force_terminal=True)
    pipe = Console(file=io.StringIO(), force_terminal=False)
    assert type(reporter(5, quiet=True, console=terminal)) is Reporter
    assert isinstance(reporter(5, quiet=False, console=pipe), LineReporter)
    bar = reporter(5, quiet=False, console=terminal)
    assert isinstance(bar, BarReporter)
    with bar:
        for i in range(5):
            bar.advance(failed=i == 0)
    shown = terminal.file.getvalue()
    assert "5/5" in shown and "1 errors" in shown and "files/s" in shown


def test_summary_lists_counts_errors_by_code_and_outputs(folder: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", str(folder), "-o", str(tmp_path), "--jobs", "1"])
    assert result.exit_code == 1
    summary = result.stdout
    for word in ("documents", "directives", "warnings", "errors", "corrupt", "time", "outputs"):
        assert word in summary
    for name in OUTPUTS:
        assert str(tmp_path / name) in summary
    assert result.stderr == ""  # a short run prints no progress lines
