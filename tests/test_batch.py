"""Batch runs over a messy folder: every row of the bad-input table of issue 3 has a test here.

One folder holds every kind of file an analyst's export contains; it goes through the real
command line once (with worker processes) and each test checks one row's outcome.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import docgen
from resextract.io import export
from resextract.cli.app import app
from resextract.models import Resolution

DOC = "003_priluzsky-sovet-reshenie-2019"  # short, and encodable in both cp1251 and koi8-r
BIG = "000_ae79d0e9600a1261"
OUTPUTS = {"resolutions.jsonl", "directives.csv", "directives.parquet", "errors.jsonl"}

# file stem → (bytes encoding, the `encoding` the reader must record)
ENCODINGS = {
    "utf8": ("utf-8", "utf-8"),
    "utf8bom": ("utf-8-sig", "utf-8-sig"),
    "utf16le": ("utf-16-le", "utf-16"),  # BOM prepended below
    "utf16be": ("utf-16-be", "utf-16"),
    "cp1251": ("cp1251", "cp1251"),
    "koi8r": ("koi8-r", "koi8-r"),
}
EOLS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}
BOM = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}

# doc_id → expected error code
BAD = {
    "bad/nul": "binary",
    "bad/pdf": "corrupt",  # a cut PDF renamed to .txt: read as PDF by its content, and damaged
    "bad/docx": "corrupt",
    "bad/old": "unsupported_format",  # a Word 97-2003 .doc
    "bad/photo": "unsupported_format",  # a .jpg
    "bad/scan": "no_text_layer",  # a PDF of pictures only
    "bad/control": "binary",
    "bad/bom_invalid": "undecodable",
    "bad/utf16_odd": "undecodable",
    "bad/huge": "too_large",
    "odd/dir": "not_a_file",
    "odd/fifo": "not_a_file",
    "odd/broken": "not_a_file",
    "odd/loop": "not_a_file",
}
FILE_NAMES = {"bad/old": "bad/old.doc", "bad/photo": "bad/photo.jpg", "bad/scan": "bad/scan.pdf"}
FORMATS = ("docx", "odt", "rtf", "pdf", "html")
MAX_BYTES = 3_000_000  # above every good file (the 1 MB line is 2 MB in UTF-8), below bad/huge

PATHOLOGICAL = {
    "line_1mb": "обеспечить участие " * (1_000_000 // 19),
    "nested_1000": "1." * 1000 + " Обеспечить участие.",
    "colons_100k": ":" * 100_000,
    "dashes_100k": "-" * 100_000,
}

runner = CliRunner()


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def one_line_error(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def _docx() -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document>Решили: 1. Обеспечить.</w:document>")
    return buffer.getvalue()


def _scan_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 150, 200, style="F")
    return bytes(pdf.output())


def build_messy_folder(root: Path, raw_dir: Path) -> Path:
    text = (raw_dir / f"{DOC}.txt").read_text(encoding="utf-8")
    enc = root / "enc"
    enc.mkdir(parents=True)
    for stem, (codec, _) in ENCODINGS.items():
        for eol_name, eol in EOLS.items():
            data = BOM.get(codec, b"") + text.replace("\n", eol).encode(codec)
            (enc / f"{stem}_{eol_name}.txt").write_bytes(data)

    blank = root / "blank"
    blank.mkdir()
    (blank / "empty.txt").write_bytes(b"")
    (blank / "spaces.txt").write_bytes(b"  \n\t\r\n   \r \xc2\xa0\n")
    (blank / "narrative.txt").write_text(
        "Совещание прошло в Доме культуры. Участники обсудили итоги учебного года, "
        "отметили успехи школ и поблагодарили педагогов за работу.\n", encoding="utf-8")
    (blank / "english.txt").write_text(
        "The committee met on Monday.\nMinutes were taken and circulated to members.\n")
    (blank / "chinese.txt").write_text("会议决定：\n1. 加强教育工作。\n", encoding="utf-8")
    (blank / "english_list.txt").write_text(
        "The committee decided:\n1. Improve the schools.\n2. Report by May.\n")

    bad = root / "bad"
    bad.mkdir()
    (bad / "nul.txt").write_bytes(b"text\x00with\x00nuls" * 50)
    (bad / "pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (bad / "docx.txt").write_bytes(_docx())
    # random bytes without NULs: decodable as koi8-r in principle, but full of control characters
    (bad / "control.txt").write_bytes(random.Random(0).randbytes(4000).replace(b"\0", b""))
    (bad / "bom_invalid.txt").write_bytes(b"\xef\xbb\xbf\xd0\x9f\xff\xfe\xfa")
    (bad / "utf16_odd.txt").write_bytes(b"\xff\xfe" + "Решили".encode("utf-16-le") + b"\x04")
    (bad / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000))
    (bad / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(1000))
    (bad / "scan.pdf").write_bytes(_scan_pdf())
    for fmt in FORMATS:
        (root / "formats" / fmt).mkdir(parents=True)
        (root / "formats" / fmt / f"{DOC}.{fmt}").write_bytes(docgen.WRITERS[fmt](text))
    with (bad / "huge.txt").open("wb") as handle:  # sparse: big on paper, nothing on disk
        handle.truncate(MAX_BYTES + 1)

    odd = root / "odd"
    (odd / "dir.txt").mkdir(parents=True)
    os.mkfifo(odd / "fifo.txt")  # opening it would block forever: it must never be opened
    os.symlink("nowhere.txt", odd / "broken.txt")
    os.symlink("loop.txt", odd / "loop.txt")
    os.symlink("..", odd / "dir.txt" / "up")  # a folder link back up the tree

    for sub in ("a", "b"):
        (root / sub).mkdir()
        (root / sub / "same.txt").write_text(text, encoding="utf-8")
    (root / "same.txt").write_text(text, encoding="utf-8")

    path_dir = root / "patho"
    path_dir.mkdir()
    for stem, line in PATHOLOGICAL.items():
        (path_dir / f"{stem}.txt").write_text(line + "\n", encoding="utf-8")
    # The same lines as item 4 of a real resolution (cut before its signature), so they go
    # through every stage; the 1 MB line shortened to 100 KB to keep the suite quick.
    host = text[: text.index("Глава")]
    for stem, line in PATHOLOGICAL.items():
        body = line if stem != "line_1mb" else line[:100_000]
        (path_dir / f"{stem}_in_doc.txt").write_text(f"{host}4. {body}\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def messy(tmp_path_factory: pytest.TempPathFactory, raw_dir: Path) -> Path:
    return build_messy_folder(tmp_path_factory.mktemp("messy"), raw_dir)


@pytest.fixture(scope="module")
def messy_run(messy: Path, tmp_path_factory: pytest.TempPathFactory):
    out = tmp_path_factory.mktemp("messy_out")
    result = runner.invoke(
        app, ["run", str(messy), "-o", str(out), "--jobs", "2", "--max-bytes", str(MAX_BYTES)])
    records = {r["doc_id"]: r for r in read_jsonl(out / "resolutions.jsonl")}
    failures = {e["doc_id"]: e for e in read_jsonl(out / "errors.jsonl")}
    return result, out, records, failures


# --- encodings and line ends -----------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("eol", EOLS)
@pytest.mark.parametrize("stem", ENCODINGS)
def test_encodings_and_line_ends_decode_to_the_same_records(messy_run, stem: str, eol: str) -> None:
    _, _, records, _ = messy_run
    record, reference = records[f"enc/{stem}_{eol}"], records["enc/utf8_lf"]
    assert record["encoding"] == ENCODINGS[stem][1]
    assert reference["directives"], "the reference document must have directives"

    def comparable(r: dict) -> list[dict]:
        return [{k: v for k, v in d.items() if k != "id"} for d in r["directives"]]

    assert comparable(record) == comparable(reference)  # spans too: line ends became "\n"
    assert record["date"] == reference["date"] and record["warnings"] == reference["warnings"]


# --- readable files without directives -------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("doc_id", [
    "blank/empty", "blank/spaces", "blank/narrative", "blank/english",
    "blank/chinese", "blank/english_list",
])
def test_text_without_directives_gives_a_record_with_a_warning(messy_run, doc_id: str) -> None:
    _, _, records, failures = messy_run
    assert doc_id not in failures
    record = records[doc_id]
    assert record["directives"] == []
    assert record["warnings"], record
    if doc_id in ("blank/chinese", "blank/english", "blank/english_list"):
        assert any("not in Russian" in w for w in record["warnings"]), record["warnings"]
    Resolution.model_validate(record)


# --- files that cannot be processed ----------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("doc_id", BAD)
def test_bad_files_are_errors_with_path_code_and_message(messy_run, messy: Path, doc_id: str) -> None:
    _, _, records, failures = messy_run
    assert doc_id not in records
    error = failures[doc_id]
    assert set(error) == {"path", "doc_id", "code", "message"}
    assert error["code"] == BAD[doc_id]
    assert error["path"] == str(messy / FILE_NAMES.get(doc_id, f"{doc_id}.txt"))
    assert error["message"] and "\n" not in error["message"]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_documents_of_every_format_give_the_records_of_the_txt(messy_run, fmt: str) -> None:
    _, _, records, _ = messy_run
    record, reference = records[f"formats/{fmt}/{DOC}"], records["enc/utf8_lf"]
    assert record["format"] == fmt and reference["format"] == "txt"
    fields = ("number", "kind", "addressees", "actions", "deadline")
    assert ([{k: d[k] for k in fields} for d in record["directives"]]
            == [{k: d[k] for k in fields} for d in reference["directives"]])


@pytest.mark.slow
def test_every_entry_is_in_exactly_one_output(messy_run) -> None:
    result, _, records, failures = messy_run
    assert result.exit_code == 1, result.output
    assert not set(records) & set(failures)
    assert set(failures) == set(BAD)
    assert "odd/dir/up" not in records  # the link back up was not followed into a loop


def test_unreadable_file_is_an_error(tmp_path: Path, raw_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_bytes((raw_dir / f"{DOC}.txt").read_bytes())
    secret = src / "secret.txt"
    secret.write_text("Решили:\n1. Обеспечить.", encoding="utf-8")
    secret.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the reader's open() refuse it the way the OS would
        import builtins

        from resextract.text import reader

        def deny(file, *args, **kwargs):
            if Path(file).name == "secret.txt":
                raise PermissionError(13, "Permission denied", str(file))
            return builtins.open(file, *args, **kwargs)

        monkeypatch.setattr(reader, "open", deny, raising=False)
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(src), "-o", str(out), "--jobs", "1", "-q"])
    assert result.exit_code == 1, result.output
    [error] = read_jsonl(out / "errors.jsonl")
    assert (error["doc_id"], error["code"]) == ("secret", "unreadable")
    assert "Permission denied" in error["message"]
    assert [r["doc_id"] for r in read_jsonl(out / "resolutions.jsonl")] == ["good"]


# --- names -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_same_file_name_in_subfolders_gets_distinct_doc_ids(messy_run, messy: Path) -> None:
    _, _, records, _ = messy_run
    for doc_id in ("same", "a/same", "b/same"):
        assert records[doc_id]["source"] == str(messy / f"{doc_id}.txt")
        assert all(d["id"].startswith(f"{doc_id}#") for d in records[doc_id]["directives"])
    assert list(records) == sorted(records)


# --- pathological lines ----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("stem", [*PATHOLOGICAL, *(f"{s}_in_doc" for s in PATHOLOGICAL)])
def test_pathological_lines_are_processed(messy_run, stem: str) -> None:
    # Completion and valid records only: their time is shown by `make bench`, never asserted.
    _, _, records, failures = messy_run
    assert f"patho/{stem}" not in failures
    record = Resolution.model_validate(records[f"patho/{stem}"])
    for d in record.directives:
        assert 0 <= d.span[0] <= d.span[1]
    if stem.endswith("_in_doc"):
        assert len(record.directives) >= 3  # the real items before the odd one survive
        assert record.directives[2].text.startswith("Настоящее решение")


# --- usage errors ----------------------------------------------------------------------------


def test_missing_input_exits_2_with_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", str(tmp_path / "missing"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "not found" in one_line_error(result).lower()


@pytest.mark.parametrize("kind", ["file_as_parent", "file_as_output", "readonly"])
def test_unwritable_output_exits_2_with_one_line(
    tmp_path: Path, raw_dir: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    out = {"file_as_parent": blocker / "out", "file_as_output": blocker, "readonly": tmp_path / "ro"}[kind]
    if kind == "readonly":
        out.mkdir()
        out.chmod(0o555)
        if os.geteuid() == 0:  # root writes anywhere: refuse file creation in `out` as the OS would
            real_open = Path.open

            def deny(self: Path, mode: str = "r", *args, **kwargs):
                if self.parent == out and any(c in mode for c in "wxa"):
                    raise PermissionError(13, "Permission denied", str(self))
                return real_open(self, mode, *args, **kwargs)

            monkeypatch.setattr(Path, "open", deny)
    result = runner.invoke(app, ["run", str(raw_dir / f"{DOC}.txt"), "-o", str(out)])
    assert result.exit_code == 2, result.output
    assert "Cannot write" in one_line_error(result)


@pytest.mark.slow
def test_usage_errors_in_a_real_process_have_no_traceback(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "resextract.cli", "run", str(tmp_path / "nope"), "-o", str(tmp_path)],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


# --- interrupted runs ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory: pytest.TempPathFactory, raw_dir: Path) -> Path:
    root = tmp_path_factory.mktemp("big")
    sources = sorted(raw_dir.glob("*.txt"))
    for i in range(600):  # a second or more of work, so the signal lands mid-run
        (root / f"{i:04d}.txt").write_bytes(sources[i % len(sources)].read_bytes())
    return root


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_run(src: Path, out: Path) -> subprocess.Popen:
    for name in OUTPUTS:
        (out / name).write_text(f"previous {name}\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "resextract.cli", "run", str(src), "-o", str(out), "--jobs", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        # as from a terminal: a test run started in the background (`make test &`) ignores SIGINT, and
        # the child would inherit that and never see the Ctrl+C this test sends
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 60
    while not list(out.glob(".resolutions.jsonl.*.tmp")):  # the writer has started
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(1.0)  # well into the extraction
    assert proc.poll() is None, "the run finished before it could be interrupted"
    return proc


def _assert_previous_outputs_intact(out: Path) -> None:
    for name in OUTPUTS:
        assert (out / name).read_text() == f"previous {name}\n"


@pytest.mark.slow
def test_sigint_leaves_previous_outputs_and_no_temp_files(big_folder: Path, tmp_path: Path) -> None:
    proc = _start_run(big_folder, tmp_path)
    proc.send_signal(signal.SIGINT)
    try:
        _, stderr = proc.communicate(timeout=60)
    finally:
        _kill_group(proc)
    assert proc.returncode == 130
    assert "interrupted" in stderr and "Traceback" not in stderr
    _assert_previous_outputs_intact(tmp_path)
    assert {p.name for p in tmp_path.iterdir()} == OUTPUTS


@pytest.mark.slow
def test_sigkill_leaves_previous_outputs_and_the_next_run_cleans_up(
    big_folder: Path, tmp_path: Path, raw_dir: Path
) -> None:
    proc = _start_run(big_folder, tmp_path)
    proc.kill()
    try:
        proc.communicate(timeout=30)  # returns once the orphaned workers exit and close the pipes
    finally:
        _kill_group(proc)
    _assert_previous_outputs_intact(tmp_path)
    leftovers = {p.name for p in tmp_path.iterdir()} - OUTPUTS
    assert all(name.startswith(".") and name.endswith(".tmp") for name in leftovers)

    result = runner.invoke(app, ["run", str(raw_dir / f"{DOC}.txt"), "-o", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    assert {p.name for p in tmp_path.iterdir()} == OUTPUTS
    assert [r["doc_id"] for r in read_jsonl(tmp_path / "resolutions.jsonl")] == [DOC]


def test_stale_temp_files_of_live_runs_are_kept(tmp_path: Path) -> None:
    live = tmp_path / f".resolutions.jsonl.{os.getppid()}.abcd1234.tmp"
    dead = tmp_path / ".errors.jsonl.999999999.abcd1234.tmp"
    live.write_text("")
    dead.write_text("")
    assert export.remove_stale_temps(tmp_path) == [dead]
    assert live.exists() and not dead.exists()


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
