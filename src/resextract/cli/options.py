"""Arguments and options shared by the commands that run the engines (`run`, `report`, `export`),
declared once so they read the same everywhere."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..text.reader import DEFAULT_MAX_BYTES

InputArgument = Annotated[Path, typer.Argument(
    metavar="INPUT", help="A folder of documents (.txt, .docx, .odt, .rtf, .pdf, .html; searched recursively) or one file.")]
MaxBytesOption = Annotated[Optional[int], typer.Option(
    "--max-bytes", min=1, metavar="N",
    help=f"Larger files are reported as errors; default: {DEFAULT_MAX_BYTES // 2**20} MB.")]  # no [...]: rich reads it as markup
JobsOption = Annotated[Optional[int], typer.Option(
    "--jobs", "-j", min=1, metavar="N",
    help="Worker processes (Dask: workers of the local cluster); default: the number of CPUs.")]
EngineOption = Annotated[str, typer.Option(
    "--engine", metavar="local|dask",
    help="Run on this machine (local, the default) or on a Dask cluster.")]
SchedulerOption = Annotated[Optional[str], typer.Option(
    "--scheduler", metavar="ADDRESS",
    help="Dask scheduler (tcp://host:8786); without it a local cluster is started.")]
