"""Review commands: `resextract report | export | import-labelstudio`.

`register(app)` adds them to the main typer app (app.py calls it). Exit codes are those of common.py:
0 all done, 1 some input files failed (the rest were written), 2 usage error.
"""
from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import common
from .help import HelpCommand
from .options import EngineOption, InputArgument, JobsOption, MaxBytesOption, SchedulerOption


class ExportFormat(str, enum.Enum):
    labelstudio = "labelstudio"
    brat = "brat"


def _report_failures(errors: list[dict]) -> None:
    for err in errors:
        typer.echo(f"resextract: {err['path']}: [{err['code']}] {err['message']}", err=True)


def report(
    input: InputArgument,
    output: Annotated[Path, typer.Option(
        "-o", "--output", metavar="OUT_DIR", help="Folder for the HTML pages, created if missing.")],
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
    max_bytes: MaxBytesOption = None,
    jobs: JobsOption = None,
    engine: EngineOption = "local",
    scheduler: SchedulerOption = None,
) -> None:
    """Write HTML review pages with the directives highlighted.

    One self-contained page per document (its text with every directive highlighted and
    labelled, beside a table of the records) and OUT_DIR/index.html.
    """
    from ..io.inputs import is_error
    from ..review.html import ReportWriter

    errors: list[dict] = []
    with common.exit_on_error(), common.sigterm_as_exit():
        total, outcomes = common.start_engine(input, jobs=jobs, engine=engine, scheduler=scheduler,
                                              max_bytes=max_bytes)  # a bad INPUT fails before OUT is made
        writer = ReportWriter(output, max_bytes)
        with common.draining(outcomes, "the pages written so far were kept, index.html was not updated"):
            for outcome in outcomes:
                writer.add(outcome)  # re-reads the source with read_file, as `run --html` does
                if is_error(outcome):
                    errors.append(outcome)
        index = writer.close()
    _report_failures(errors)
    if not quiet:
        failed = f", {len(errors)} files failed" if errors else ""
        typer.echo(f"{total - len(errors)} pages{failed}; open {index}")
    raise typer.Exit(common.EXIT_FAILED if errors else common.EXIT_OK)


def export(
    input: InputArgument,
    output: Annotated[Path, typer.Argument(metavar="OUT", help="Output folder, created if missing.")],
    format: Annotated[ExportFormat, typer.Option(
        "--format", "-f", case_sensitive=False, metavar="labelstudio|brat",
        help="labelstudio (the default): tasks.json + labeling_config.xml; "
        "brat: .txt/.ann pairs + annotation.conf/visual.conf.")] = ExportFormat.labelstudio,
    max_bytes: MaxBytesOption = None,
    jobs: JobsOption = None,
    engine: EngineOption = "local",
    scheduler: SchedulerOption = None,
) -> None:
    """Write records as pre-annotations for Label Studio or brat."""
    from ..io.inputs import is_error, with_sources
    from ..review.annotation import write_brat, write_labelstudio

    errors: list[dict] = []
    items = []
    with common.exit_on_error(), common.sigterm_as_exit():
        _, outcomes = common.start_engine(input, jobs=jobs, engine=engine, scheduler=scheduler,
                                          max_bytes=max_bytes)
        with common.draining(outcomes, "nothing was written"):
            for outcome, text in with_sources(outcomes, max_bytes):
                if is_error(outcome):
                    errors.append(outcome)
                else:
                    items.append((outcome, text))
        if format is ExportFormat.labelstudio:
            where = write_labelstudio(items, output)
        else:
            write_brat(items, output)
            where = output
    _report_failures(errors)
    typer.echo(f"{len(items)} documents exported ({format.value}) to {where}")
    raise typer.Exit(common.EXIT_FAILED if errors else common.EXIT_OK)


UNRESOLVED_SHOWN = 10  # doc_ids named in the warning about predictions given only as ids


def import_labelstudio(
    file: Annotated[Path, typer.Argument(
        metavar="FILE", help="Tasks exported from Label Studio (JSON), or tasks.json from `export`.")],
    output: Annotated[Path, typer.Option(
        "-o", "--output", metavar="GOLD_DIR", help="Gold folder, e.g. data/annotated/.")],
    predictions_from: Annotated[Optional[Path], typer.Option(
        "--predictions-from", metavar="TASKS",
        help="The tasks.json imported into Label Studio: its predictions stand in for those the "
        "export lists only by id (tasks nobody annotated).")] = None,
) -> None:
    """Turn corrected Label Studio tasks into gold JSON files.

    Writes GOLD_DIR/{doc_id}.json for every task, from its latest annotation, else from its
    prediction. Label Studio's export lists a task's predictions only by id: tasks nobody
    annotated are reported, and imported from their predictions with --predictions-from.
    Exit status 1 when some tasks could not be imported.
    """
    from ..review.annotation import import_labelstudio as run_import

    with common.exit_on_error():
        report = run_import(common.existing(file), output,
                            common.existing(predictions_from) if predictions_from else None)
    for label in report.skipped:
        typer.echo(f"resextract: skipped {label}: no annotations and no predictions", err=True)
    if report.unresolved:
        typer.echo(f"resextract: warning: {_unresolved_line(report.unresolved, predictions_from)}", err=True)
    filled = f" ({report.filled} from the predictions of {predictions_from})" if report.filled else ""
    typer.echo(f"{len(report.written)} gold files written to {output}{filled}")
    raise typer.Exit(common.EXIT_FAILED if report.unresolved else common.EXIT_OK)


def _unresolved_line(labels: list[str], predictions_from: Path | None) -> str:
    n = len(labels)
    names = ", ".join(labels[:UNRESOLVED_SHOWN]) + (f" and {n - UNRESOLVED_SHOWN} more"
                                                    if n > UNRESOLVED_SHOWN else "")
    hint = (f"{predictions_from} has no predictions for them" if predictions_from else
            "pass --predictions-from tasks.json (the file imported into Label Studio) to import "
            "them from their predictions")
    return (f"{n} task{'s' if n != 1 else ''} not imported: not annotated, and the export lists "
            f"their predictions only by id ({names}); {hint}")


def register(app: typer.Typer) -> None:
    """Add `report`, `export` and `import-labelstudio` to `app`."""
    app.command("report", cls=HelpCommand)(report)
    app.command("export", cls=HelpCommand)(export)
    app.command("import-labelstudio", cls=HelpCommand)(import_labelstudio)
