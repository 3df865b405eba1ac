"""What every command shares: exit codes, one-line failures, and the guard that turns library
exceptions into them. `app` and `review` both import this module, so neither imports the other."""
from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import typer

from ..errors import InputError, InputNotFound, OutputError, PredictionFormatError, ResextractError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
_USAGE_ERRORS = (InputError, OutputError, PredictionFormatError)

# True when running as the `resextract` console script (not inside a test's CliRunner).
STANDALONE = False


def stop_workers(outcomes: object) -> None:
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


@contextmanager
def exit_on_error() -> Iterator[None]:
    """Library exceptions → one line on stderr and an exit code, never a traceback."""
    try:
        yield
    except ResextractError as exc:
        fail(str(exc), EXIT_USAGE if isinstance(exc, _USAGE_ERRORS) else EXIT_FAILED)


def existing(path: Path) -> Path:
    if not path.exists():
        raise InputNotFound(str(path))
    return path
