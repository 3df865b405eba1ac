"""Arguments and options shared by several commands (`run`, `report`, `export`), declared once."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..text.reader import DEFAULT_MAX_BYTES

InputArgument = Annotated[Path, typer.Argument(
    metavar="INPUT", help="A folder of .txt files (searched recursively) or one file.")]
MaxBytesOption = Annotated[Optional[int], typer.Option(
    "--max-bytes", min=1, metavar="N",
    help=f"Larger files are reported as errors; default: {DEFAULT_MAX_BYTES // 2**20} MB.")]  # no [...]: rich reads it as markup
