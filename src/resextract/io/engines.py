"""Running the pipeline over many files: in this process, in N local worker processes, or on Dask.

Every engine yields outcomes in the order of its input (sorted by doc_id by `inputs.discover`),
and a file's outcome depends only on the file, so the outputs are identical, byte for byte,
whatever the engine and the number of workers.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..errors import ResextractError

if TYPE_CHECKING:
    from .export import Encoded
    from .inputs import ErrorRecord, Outcome

Engine = Literal["local", "dask"]
ENGINES: tuple[str, ...] = ("local", "dask")
Item = tuple[str, str]  # (path as given, doc_id): plain strings, cheap to send to workers
Task = Callable[[Sequence[Item], "int | None"], "list[Outcome]"]

MAX_CHUNK = 8  # files per task: large enough to amortise IPC, small enough to balance load
WINDOW_PER_WORKER = 4  # tasks in flight per worker: bounds memory on huge folders
CRASHED = "worker_crashed"
CONNECT_TIMEOUT = "10s"  # to an existing scheduler


class EngineError(ResextractError):
    """The chosen engine cannot run (a usage problem: the CLI exits with code 2)."""

    code = "engine"


class EngineUnavailable(EngineError):
    def __init__(self, what: str, reason: str) -> None:
        super().__init__(
            f"The {what} engine is not installed ({reason}). "
            "Install it with: pip install 'resextract[dask]'"
        )


class SchedulerUnreachable(EngineError):
    def __init__(self, address: str, reason: str) -> None:
        super().__init__(
            f"Cannot connect to the Dask scheduler at {address}: {reason}. "
            "Check the address (tcp://HOST:PORT) and that the scheduler is running."
        )


class WorkerSetupError(EngineError):
    def __init__(self, reason: str) -> None:
        super().__init__(
            f"Dask workers cannot run resextract: {reason}. "
            "Install the same resextract version on every worker."
        )


def default_jobs() -> int:
    return os.cpu_count() or 1


def chunk_size(n_files: int, workers: int) -> int:
    return max(1, min(MAX_CHUNK, -(-n_files // (workers * WINDOW_PER_WORKER))))


# --- worker side -----------------------------------------------------------------------------


def extract_batch(items: Sequence[Item], max_bytes: int | None) -> list[Outcome]:
    """One chunk of files through this process's pipeline (built once per process, then reused)."""
    from .inputs import process, with_max_bytes
    from ..pipeline import get_pipeline

    pipeline = with_max_bytes(get_pipeline(), max_bytes)
    return list(process(((Path(path), doc_id) for path, doc_id in items), pipeline))


def encode_batch(items: Sequence[Item], max_bytes: int | None) -> list[Outcome | Encoded]:
    """`extract_batch`, each record already encoded into its output lines (see export.Encoded)."""
    from .export import encode
    from .inputs import is_error

    return [outcome if is_error(outcome) else encode(outcome) for outcome in extract_batch(items, max_bytes)]


def _exit_with_parent(parent: int, every: float = 1.0) -> None:
    """Exit when the parent is gone (SIGKILLed): orphaned workers would otherwise wait forever."""

    def watch() -> None:
        while True:
            time.sleep(every)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="resextract-parent-watch", daemon=True).start()


def _init_worker(parent: int) -> None:
    # Ctrl+C reaches the whole process group: the parent handles it and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent(parent)
    from ..pipeline import get_pipeline

    get_pipeline()


# --- local engine ----------------------------------------------------------------------------


def _crashed(item: Item, exitcode: str) -> ErrorRecord:
    from .inputs import ErrorRecord

    path, doc_id = item
    return ErrorRecord(
        path=path, doc_id=doc_id, code=CRASHED,
        message=f"the worker process died while extracting {path} ({exitcode}); "
                "the file may be too large or malformed for this machine's memory",
    )


class _Pool:
    """A ProcessPoolExecutor that can be stopped at once and rebuilt after a worker crash."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # spawn: no inherited locks or threads from the parent; each worker imports resextract once.
        return ProcessPoolExecutor(
            self.workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker, initargs=(os.getpid(),),
        )

    def restart(self) -> None:
        self.kill()
        self.executor = self._start()

    def kill(self) -> None:
        executor = self.executor
        processes = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(5)

    def close(self) -> None:
        self.executor.shutdown(wait=True)


def _pool_outcomes(
    items: list[Item], workers: int, max_bytes: int | None, task: Task
) -> Iterator[Outcome]:
    """Chunks in flight on `workers` processes, results yielded in input order.

    A worker that dies (segfault, out-of-memory kill) breaks every task in flight: those files
    are retried one by one in a fresh pool, and only the one that kills it again is reported.
    """
    size = chunk_size(len(items), workers)
    todo = iter([items[i:i + size] for i in range(0, len(items), size)])
    pool = _Pool(workers)
    pending: deque[tuple[list[Item], Future[list[Outcome]]]] = deque()

    def refill() -> None:
        for chunk in islice(todo, workers * WINDOW_PER_WORKER - len(pending)):
            pending.append((chunk, pool.executor.submit(task, chunk, max_bytes)))

    finished = False
    try:
        refill()
        while pending:
            chunk, future = pending.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                suspects = [item for c in (chunk, *(c for c, _ in pending)) for item in c]
                pending.clear()
                pool.restart()
                yield from _one_by_one(suspects, pool, max_bytes, task)
                refill()
                continue
            refill()
            yield from outcomes
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # interrupted, failed, or the consumer stopped early: do not wait for the workers
            pool.kill()


def _one_by_one(items: list[Item], pool: _Pool, max_bytes: int | None, task: Task) -> Iterator[Outcome]:
    for item in items:
        try:
            yield from pool.executor.submit(task, [item], max_bytes).result()
        except BrokenProcessPool as exc:
            pool.restart()
            yield _crashed(item, str(exc) or "killed")


def _serial_outcomes(items: list[Item], max_bytes: int | None, task: Task) -> Iterator[Outcome]:
    for item in items:  # one at a time, so progress moves file by file
        yield from task([item], max_bytes)


# --- dask engine -----------------------------------------------------------------------------


def _import_dask() -> tuple[Any, Any, Any]:
    try:
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise EngineUnavailable("dask", str(exc)) from exc
    return db, Client, LocalCluster


@contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[Any]:
    """A client of the cluster at `scheduler`, or of a LocalCluster on loopback started here."""
    _, Client, LocalCluster = _import_dask()
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise SchedulerUnreachable(scheduler, str(exc) or type(exc).__name__) from exc
        try:
            yield client
        finally:
            client.close()
        return
    # One thread per worker process: extraction is pure Python, threads would only share a GIL.
    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None, silence_logs=logging.ERROR,
    )
    try:
        with Client(cluster) as client:
            yield client
    finally:
        cluster.close()


def _dask_partition(items: Sequence[Item], max_bytes: int | None, task: Task) -> list[Outcome]:
    return task(list(items), max_bytes)


def _dask_outcomes(
    items: list[Item], workers: int, max_bytes: int | None, scheduler: str | None, task: Task
) -> Iterator[Outcome]:
    db, _, _ = _import_dask()
    with dask_client(scheduler, workers) as client:
        size = chunk_size(len(items), max(workers, len(client.scheduler_info().get("workers", {}))))
        bag = db.from_sequence(items, partition_size=size)
        futures = client.compute(bag.map_partitions(_dask_partition, max_bytes, task).to_delayed())
        for future in futures:  # in partition order: the bag keeps the input order
            try:
                outcomes = future.result()
            except ImportError as exc:
                raise WorkerSetupError(str(exc)) from exc
            future.release()
            yield from outcomes


# --- entry point -----------------------------------------------------------------------------


def run_outcomes(
    files: Sequence[tuple[Path, str]],
    *,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    max_bytes: int | None = None,
    encoded: bool = False,
    task: Task | None = None,
) -> Iterator[Outcome]:
    """The outcome of every (path, doc_id) in `files`, in that order.

    `jobs` worker processes (default: the number of CPUs); 1 runs in this process. Engine
    problems (dask missing, scheduler unreachable) raise `EngineError` here, before any work.
    `encoded`: records come as `export.Encoded` output lines, made by the workers, for a writer
    that needs nothing else. `task` is the worker function (replaceable for tests; it must be
    importable by the workers).
    """
    task = task or (encode_batch if encoded else extract_batch)
    if engine not in ENGINES:
        raise EngineError(f"Unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}.")
    if scheduler and engine != "dask":
        raise EngineError("--scheduler needs --engine dask.")
    workers = max(1, jobs or default_jobs())
    items = [(str(path), doc_id) for path, doc_id in files]
    if engine == "dask":
        _import_dask()  # fail now, not at the first next()
        return _dask_outcomes(items, workers, max_bytes, scheduler, task)
    workers = min(workers, len(items))
    if workers <= 1:
        return _serial_outcomes(items, max_bytes, task)
    return _pool_outcomes(items, workers, max_bytes, task)
