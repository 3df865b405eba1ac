"""Run progress: a rich bar on a terminal, plain periodic lines in logs, nothing when quiet."""
from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress as RichProgress, Task

LINE_INTERVAL = 5.0  # seconds between plain lines: a CI log gets a line now and then, not a flood


class Reporter:
    """Counts files as they finish; subclasses show the count. The base class shows nothing."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.errors = 0
        self.started = time.monotonic()

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        elapsed = self.elapsed
        return self.done / elapsed if elapsed > 0 else 0.0

    def advance(self, failed: bool = False) -> None:
        self.done += 1
        self.errors += failed
        self._show()

    def _show(self) -> None:
        pass

    def __enter__(self) -> Reporter:
        self.started = time.monotonic()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        pass


class LineReporter(Reporter):
    """One line every `interval` seconds, for logs and pipes where a bar would be noise."""

    def __init__(self, total: int, stream: IO[str] | None = None, interval: float = LINE_INTERVAL) -> None:
        super().__init__(total)
        self.stream = stream
        self.interval = interval
        self._next = 0.0

    def __enter__(self) -> LineReporter:
        super().__enter__()
        self._next = self.started + self.interval
        return self

    def _show(self) -> None:
        now = time.monotonic()
        if now < self._next and self.done < self.total:
            return
        if self.done == self.total and self.elapsed < self.interval:
            return  # a short run: the summary says it all
        self._next = now + self.interval
        stream = self.stream or sys.stderr
        percent = 100 * self.done // max(self.total, 1)
        stream.write(
            f"resextract: {self.done}/{self.total} files ({percent}%), {self.rate:.1f} files/s, "
            f"{self.errors} errors, {self.elapsed:.0f} s\n"
        )
        stream.flush()


class BarReporter(Reporter):
    """A rich progress bar: files done of total, rate, errors so far, elapsed and remaining."""

    def __init__(self, total: int, console: Console) -> None:
        super().__init__(total)
        from rich.progress import (
            BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
            TimeElapsedColumn, TimeRemainingColumn,
        )

        self._progress: RichProgress = Progress(
            SpinnerColumn(), TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
            _RateColumn(), TextColumn("{task.fields[errors]}"), TimeElapsedColumn(),
            TimeRemainingColumn(), console=console, transient=True,
        )
        self._task = self._progress.add_task("run", total=total, errors="no errors")

    def __enter__(self) -> BarReporter:
        super().__enter__()
        self._progress.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._progress.stop()

    def _show(self) -> None:
        errors = f"[red]{self.errors} errors[/]" if self.errors else "no errors"
        self._progress.update(self._task, completed=self.done, errors=errors)


def _RateColumn() -> object:  # noqa: N802 - a column factory; rich is imported only when a bar is shown
    from rich.progress import ProgressColumn
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.0f} files/s" if speed else "– files/s", style="progress.data.speed")

    return RateColumn()


def reporter(total: int, *, quiet: bool, console: Console) -> Reporter:
    """The reporter for this run: none when quiet, a bar on a terminal, else plain lines."""
    if quiet:
        return Reporter(total)
    if console.is_terminal:
        return BarReporter(total, console)
    return LineReporter(total)
