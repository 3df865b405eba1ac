"""The README's correction workflow against a live Label Studio server, as a person runs it.

`resextract export` → a project made from labeling_config.xml, tasks.json imported → one
task's prediction corrected (one label, one field) and submitted → Export (JSON, all tasks) →
`resextract import-labelstudio` → the gold equals the records but for the two corrections.

Label Studio is installed into a virtual environment of its own (never the project's), kept in
`$RESEXTRACT_CACHE` (default `~/.cache/resextract`) and reused by later runs; the first install
takes about two minutes. The server runs on 127.0.0.1 with a throw-away data folder and a user
made from the environment variables Label Studio reads (`LABEL_STUDIO_USERNAME`, `…_PASSWORD`,
`…_USER_TOKEN`), and is stopped at the end.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from processes import stop_group

pytestmark = [pytest.mark.integration, pytest.mark.slow]

LABEL_STUDIO = os.environ.get("RESEXTRACT_LABEL_STUDIO", "label-studio==1.23.2")
# its unbounded dependencies that later releases broke: label-studio 1.23.2 asks for "sentry-sdk>=2.16.0",
# and sentry-sdk 3.0 dropped the "send_default_pii" option it passes (the server exits at start)
LABEL_STUDIO_PINS = tuple(os.environ.get("RESEXTRACT_LABEL_STUDIO_PINS", "sentry-sdk<3").split())
INSTALL_TIMEOUT = 1200  # seconds for a cold install (about 1 GB of packages)
START_TIMEOUT = 300  # seconds for the server's first start (database migrations)
DOCUMENTS = ("006_akmola-prikaz-doshkolnye-2020", "027_khabarovsk-prikaz-konkurs-simvolika-2009",
             "009_volgograd-prikaz-sovet-uchitel-goda-2013")
EDITED = DOCUMENTS[0]  # the task corrected in Label Studio
NEW_ADDRESSEE = "Отделы образования районов и городов"


def _cache() -> Path:
    base = os.environ.get("RESEXTRACT_CACHE") or Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "resextract"
    return Path(base)


@pytest.fixture(scope="module")
def label_studio() -> Path:
    """The `label-studio` command of a virtual environment kept between runs."""
    # (the pins are part of the name: a venv made without them is made again)
    slug = "".join(c if c.isalnum() or c in ".-" else "-" for c in " ".join((LABEL_STUDIO, *LABEL_STUDIO_PINS)))
    venv = _cache() / f"venv-{slug}-py{sys.version_info[0]}{sys.version_info[1]}"
    command = venv / "bin" / "label-studio"
    if (venv / ".installed").is_file() and command.is_file():
        return command
    # built in place (a venv's scripts name their interpreter by its absolute path); the stamp
    # is written last, so a half-made venv is made again
    shutil.rmtree(venv, ignore_errors=True)
    venv.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    started = time.monotonic()
    install = subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet",
         "--disable-pip-version-check", LABEL_STUDIO, *LABEL_STUDIO_PINS],
        capture_output=True, text=True, timeout=INSTALL_TIMEOUT)
    if install.returncode != 0:
        shutil.rmtree(venv, ignore_errors=True)
        pytest.fail(f"pip install {LABEL_STUDIO} failed:\n{install.stderr[-3000:]}")
    (venv / ".installed").write_text(f"{' '.join((LABEL_STUDIO, *LABEL_STUDIO_PINS))}\n"
                                     f"installed in {time.monotonic() - started:.0f} s\n")
    return command


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A client of the REST API, authenticated with the user's token."""

    def __init__(self, url: str, token: str) -> None:
        self.url, self.token = url, token

    def call(self, method: str, path: str, body: object = None) -> object:
        request = urllib.request.Request(
            self.url + path, method=method,
            data=None if body is None else json.dumps(body, ensure_ascii=False).encode(),
            headers={"Authorization": f"Token {self.token}", "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=120) as response:
            return json.loads(response.read() or b"null")


def _wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"label-studio exited ({process.returncode}):\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url + "/health", timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(1)
    pytest.fail(f"label-studio did not answer in {START_TIMEOUT} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def server(label_studio: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data = tmp_path_factory.mktemp("label-studio-data")
    port, token = _free_port(), secrets.token_hex(20)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(
        LABEL_STUDIO_USERNAME="annotator@example.com", LABEL_STUDIO_PASSWORD=secrets.token_hex(12),
        LABEL_STUDIO_USER_TOKEN=token, LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN="true",
        LATEST_VERSION_CHECK="false", COLLECT_ANALYTICS="false",
    )
    log = data / "server.log"
    process = subprocess.Popen(
        [str(label_studio), "start", "--no-browser", "--data-dir", str(data / "ls"),
         "--internal-host", "127.0.0.1", "--port", str(port), "--log-level", "WARNING"],
        env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True)  # its own process group: stopping it stops what it started
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_until_up(url, process, log)
        yield Server(url, token)
    finally:
        stop_group(process, timeout=30)


def _resextract(*args: str, code: int = 0) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "resextract.cli", *args],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == code, result.stderr
    return result


def _correct(server: Server, project: int) -> tuple[str, str]:
    """Submit an annotation of EDITED as the UI does: the prediction's regions, region d2
    relabelled and the addressee line of d1 rewritten. (new kind of d2, old kind)"""
    tasks = server.call("GET", f"/api/tasks?project={project}&fields=all")["tasks"]
    task = next(t for t in tasks if t["data"]["doc_id"] == EDITED)
    prediction = server.call("GET", f"/api/predictions?task={task['id']}")[0]
    result = prediction["result"]
    region = next(r for r in result if r["id"] == "d2" and r["type"] == "labels")
    old = region["value"]["labels"][0]
    new = "task" if old != "task" else "decision"
    region["value"]["labels"] = [new]
    addressees = next(r for r in result if r["id"] == "d1" and r["from_name"] == "addressees")
    addressees["value"]["text"] = [f"{NEW_ADDRESSEE} | block"]
    server.call("POST", f"/api/tasks/{task['id']}/annotations", {
        "result": result, "was_cancelled": False, "ground_truth": False, "lead_time": 30.0,
        "parent_prediction": prediction["id"]})
    return new, old


def test_correction_round_trip_through_label_studio(server: Server, raw_dir: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for stem in DOCUMENTS:
        shutil.copy(raw_dir / f"{stem}.txt", corpus)
    # the README's workflow: export, create the project, import, correct, export, import back
    _resextract("export", "--format", "labelstudio", str(corpus), str(tmp_path / "ls"), "--jobs", "1")
    config = (tmp_path / "ls" / "labeling_config.xml").read_text(encoding="utf-8")
    project = server.call("POST", "/api/projects", {"title": "resextract", "label_config": config})["id"]
    tasks = json.loads((tmp_path / "ls" / "tasks.json").read_text(encoding="utf-8"))
    imported = server.call("POST", f"/api/projects/{project}/import", tasks)
    assert imported["task_count"] == len(DOCUMENTS) and imported["prediction_count"] == len(DOCUMENTS)
    new_kind, old_kind = _correct(server, project)
    export = server.call("GET", f"/api/projects/{project}/export?exportType=JSON&download_all_tasks=true")
    (tmp_path / "export.json").write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")

    alone = _resextract("import-labelstudio", str(tmp_path / "export.json"), "-o", str(tmp_path / "alone"), code=1)
    warning, = alone.stderr.strip().splitlines()
    assert "2 tasks not imported" in warning and all(d in warning for d in DOCUMENTS[1:])
    _resextract("import-labelstudio", str(tmp_path / "export.json"), "-o", str(tmp_path / "gold"),
                "--predictions-from", str(tmp_path / "ls" / "tasks.json"))

    _resextract("run", str(corpus), "-o", str(tmp_path / "out"), "--jobs", "1", "-q")
    records = [json.loads(line) for line in (tmp_path / "out" / "resolutions.jsonl").read_text().splitlines()]
    for record in records:
        record.pop("source"), record.pop("warnings")
        gold = json.loads((tmp_path / "gold" / f"{record['doc_id']}.json").read_text(encoding="utf-8"))
        if record["doc_id"] == EDITED:
            assert record["directives"][1]["kind"] == old_kind
            record["directives"][1]["kind"] = new_kind
            record["directives"][0]["addressees"] = [
                {"text": NEW_ADDRESSEE, "normal": NEW_ADDRESSEE, "source": "block", "person": None}]
        assert gold == record, record["doc_id"]
