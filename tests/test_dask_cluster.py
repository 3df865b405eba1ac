"""Dask as users run it: a `dask scheduler` and a `dask worker --nworkers 2 --nthreads 1` started
as processes of their own on 127.0.0.1, `resextract run --scheduler tcp://…` run as a command.
The outputs are the bytes of a local run, also when a worker is killed in the middle of a run."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from processes import stop_group

pytest.importorskip("distributed", reason="the dask extra is not installed")

pytestmark = pytest.mark.slow

OUTPUTS = ("resolutions.jsonl", "directives.csv", "directives.parquet", "errors.jsonl")
COPIES = 100  # of data/raw for the run a worker dies in: 1,400 documents, 175 tasks of 8
START_TIMEOUT = 120  # seconds for the scheduler and both workers to come up


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(*args: str, log: Path) -> subprocess.Popen:
    # its own session, so that stopping it stops the nannies' worker processes too
    return subprocess.Popen([sys.executable, "-m", "dask", *args], stdout=log.open("wb"),
                            stderr=subprocess.STDOUT, start_new_session=True)


def _stop(process: subprocess.Popen) -> None:
    stop_group(process, timeout=20)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a running scheduler with two single-threaded worker processes."""
    from distributed import Client

    logs = tmp_path_factory.mktemp("dask-logs")
    address = f"tcp://127.0.0.1:{_free_port()}"
    scheduler = _start("scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                       "--no-dashboard", log=logs / "scheduler.log")
    worker = None
    try:
        worker = _start("worker", address, "--nworkers", "2", "--nthreads", "1", "--host", "127.0.0.1",
                        "--no-dashboard", "--death-timeout", "60", log=logs / "worker.log")
        with Client(address, timeout=START_TIMEOUT) as client:
            client.wait_for_workers(2, timeout=START_TIMEOUT)
        yield address
    finally:
        for process in (worker, scheduler):
            if process is not None:
                _stop(process)


def _corpus(root: Path, raw_dir: Path, copies: int) -> Path:
    for i in range(copies):
        sub = root / f"{i:03d}"
        sub.mkdir(parents=True)
        for path in raw_dir.glob("*.txt"):
            shutil.copy(path, sub / path.name)
    (root / "bad.txt").write_bytes(b"%PDF-1.4\n")  # one error record, in its place
    return root


def _resextract(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "resextract.cli", "run", *args, "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def _finish(process: subprocess.Popen, timeout: float = 600) -> None:
    _, stderr = process.communicate(timeout=timeout)
    assert process.returncode == 1, stderr.decode()  # bad.txt fails, the rest is written
    assert b"Traceback" not in stderr


def test_external_cluster_writes_the_bytes_of_a_local_run(cluster: str, raw_dir: Path, tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in", raw_dir, 2)
    _finish(_resextract(str(folder), "-o", str(tmp_path / "local"), "--jobs", "1"))
    _finish(_resextract(str(folder), "-o", str(tmp_path / "dask"), "--engine", "dask", "--scheduler", cluster))
    assert _outputs(tmp_path / "dask") == _outputs(tmp_path / "local")


_WAITING = ("released", "waiting", "queued", "no-worker", "processing")


def _pending(client) -> int:
    """Partitions of the current run not yet computed."""
    return client.run_on_scheduler(lambda dask_scheduler: sum(
        "_dask_partition" in str(t.key) and t.state in _WAITING for t in dask_scheduler.tasks.values()))


def _kill_a_worker_mid_run(client, run: subprocess.Popen, pids: dict[str, int]) -> int:
    """SIGKILL one worker process once at least 10 partitions are done and many are still to
    come; its pid."""
    most, deadline = 0, time.monotonic() + 300
    while True:
        pending = _pending(client)
        most = max(most, pending)
        if most and 20 < pending <= most - 10:
            break
        assert run.poll() is None, "the run ended before a worker could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.05)
    victim = min(pids.values())
    os.kill(victim, signal.SIGKILL)
    assert run.poll() is None
    return victim


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(
    cluster: str, raw_dir: Path, tmp_path: Path
) -> None:
    from distributed import Client

    folder = _corpus(tmp_path / "in", raw_dir, COPIES)
    _finish(_resextract(str(folder), "-o", str(tmp_path / "local"), "--jobs", "2"))
    with Client(cluster, timeout=30) as client:
        pids = client.run(os.getpid)  # worker address → pid of its process
        assert len(pids) == 2
        run = _resextract(str(folder), "-o", str(tmp_path / "dask"), "--engine", "dask", "--scheduler", cluster)
        victim = _kill_a_worker_mid_run(client, run, pids)
        _finish(run)
        # the nanny started a new worker process in place of the killed one
        client.wait_for_workers(2, timeout=START_TIMEOUT)
        assert victim not in client.run(os.getpid).values()
    local, dask = _outputs(tmp_path / "local"), _outputs(tmp_path / "dask")
    doc_ids = [json.loads(line)["doc_id"] for line in dask["resolutions.jsonl"].splitlines()]
    assert len(doc_ids) == len(set(doc_ids)) == len(list(raw_dir.glob("*.txt"))) * COPIES
    assert dask == local
