"""What every command shares: exit codes, one-line failures, the guard that turns library
exceptions into them, and the way `run`, `report` and `export` start the engines and stop them.
`app` and `review` both import this module, so neither imports the other."""
from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

from ..errors import (
    InputError,
    InputNotFound,
    NoInputFiles,
    OutputError,
    PredictionFormatError,
    ResextractError,
)

if TYPE_CHECKING:
    from ..io.inputs import Outcome

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
_USAGE_ERRORS = (InputError, OutputError, PredictionFormatError)

# True when running as the `resextract` console script (not inside a test's CliRunner).
STANDALONE = False


def stop_workers(outcomes: object) -> None:
    """Stop the engine's workers: closing its outcome generator kills or joins them."""
    close = getattr(outcomes, "close", None)
    if close:
        close()


def fail_fast(message: str, code: int) -> NoReturn:
    """An interrupted run: outputs are cleaned and workers stopped. As a console script, leave
    without the interpreter's exit hooks, which would join the process pool's threads (a hang,
    or a stray "Bad file descriptor" trace from its queue feeder)."""
    typer.echo(f"resextract: error: {message}", err=True)
    if STANDALONE:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    raise typer.Exit(code)


def fail(message: str, code: int) -> NoReturn:
    typer.echo(f"resextract: error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def sigterm_as_exit() -> Iterator[None]:
    """SIGTERM → SystemExit, so a terminated run still removes its temp files on the way out."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _is_usage_error(exc: ResextractError) -> bool:
    from ..io.engines import (
        EngineError,  # here, not at the top: engines load multiprocessing
    )

    return isinstance(exc, (*_USAGE_ERRORS, EngineError))


@contextmanager
def exit_on_error() -> Iterator[None]:
    """Library exceptions → one line on stderr and an exit code, never a traceback."""
    try:
        yield
    except ResextractError as exc:
        fail(str(exc), EXIT_USAGE if _is_usage_error(exc) else EXIT_FAILED)


def start_engine(
    input: Path, *, jobs: int | None, engine: str, scheduler: str | None, max_bytes: int | None,
    encoded: bool = False,
) -> tuple[int, Iterator[Outcome]]:
    """(number of input files, their outcomes in doc_id order on the chosen engine).

    A bad INPUT or an engine that cannot run raises here, before any output is made; the work
    starts at the first next(). `encoded`: see `engines.run_outcomes`.
    """
    from ..io.engines import run_outcomes
    from ..io.inputs import discover

    try:
        files = discover(input)
    except NoInputFiles:
        from .found import nothing_readable

        fail(nothing_readable(input, ".txt, .docx, .odt, .rtf, .pdf and .html"), EXIT_USAGE)
    outcomes = run_outcomes(files, jobs=jobs, engine=engine, scheduler=scheduler,
                            max_bytes=max_bytes, encoded=encoded)
    return len(files), outcomes


def _nothing() -> None:
    return None


@contextmanager
def draining(outcomes: Iterator[Outcome], kept: str, abort: Callable[[], None] = _nothing) -> Iterator[None]:
    """Guard the loop that consumes `outcomes`: on Ctrl+C or SIGTERM (see `sigterm_as_exit`)
    `abort` drops what this command wrote, the workers stop, and one line says what was `kept`;
    on any other failure `abort` runs and the error goes on. The workers stop in every case."""
    try:
        yield
    except KeyboardInterrupt:
        abort()
        stop_workers(outcomes)
        fail_fast(f"interrupted; {kept}", EXIT_INTERRUPTED)
    except SystemExit as exc:  # SIGTERM
        abort()
        stop_workers(outcomes)
        fail_fast(f"terminated; {kept}", int(exc.code or 1))
    except BaseException:
        abort()
        raise
    finally:
        stop_workers(outcomes)  # now, not at garbage collection


def existing(path: Path) -> Path:
    if not path.exists():
        raise InputNotFound(str(path))
    return path
