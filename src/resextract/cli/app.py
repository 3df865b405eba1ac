"""Command line: `resextract run | evaluate | show | explain | text | schema`.

The only place where library exceptions become exit codes and one-line messages:
0 = everything processed, 1 = some files failed (the rest written) or the run could not
finish, 2 = usage error (bad input path, no documents, output not writable, bad predictions).
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .. import __version__
from ..review.format import cap, deadline_text
from . import common
from .help import HelpCommand, HelpGroup
from .options import EngineOption, InputArgument, JobsOption, MaxBytesOption, SchedulerOption

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ..io.export import RunStats
    from ..io.inputs import Outcome
    from ..models import Directive, Resolution

TEXT_CAP = 160  # a directive's text in `show` and `explain`

app = typer.Typer(
    name="resextract",
    help="Structured directive records from Russian resolution texts.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    epilog="Run 'resextract COMMAND --help' for the options of a command.",
    rich_markup_mode=None,  # plain help pages (help.py), as git and pip print them
    cls=HelpGroup,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"resextract {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Structured directive records from Russian resolution texts."""


# --- run -------------------------------------------------------------------------------------


@app.command(cls=HelpCommand)
def run(
    input: InputArgument,
    output: Annotated[Path, typer.Option(
        "-o", "--output", metavar="OUT", help="Output folder, created if missing.")],
    quiet: Annotated[bool, typer.Option(
        "--quiet", "-q", help="No progress bar and no summary.")] = False,
    max_bytes: MaxBytesOption = None,
    jobs: JobsOption = None,
    engine: EngineOption = "local",
    scheduler: SchedulerOption = None,
    html: Annotated[bool, typer.Option(
        "--html", help="Also write OUT/html/: a review page per document and index.html.")] = False,
) -> None:
    """Extract directive records from every file of INPUT.

    Writes OUT/resolutions.jsonl (one record per document), OUT/directives.csv and
    OUT/directives.parquet (one row per directive) and OUT/errors.jsonl (one line per file
    that could not be read). Exit status: 0 all files processed, 1 some failed (the rest are
    written), 2 usage error, 130 interrupted.
    """
    import time

    from ..io.engines import default_jobs

    started = time.monotonic()
    jobs = jobs or default_jobs()
    with common.exit_on_error(), common.sigterm_as_exit():
        # the review pages need the records themselves; the tables only their output lines
        total, outcomes = common.start_engine(input, jobs=jobs, engine=engine, scheduler=scheduler,
                                              max_bytes=max_bytes, encoded=not html)
        stats = _write_outputs(outcomes, total, output, html=html, max_bytes=max_bytes, quiet=quiet)
    if not quiet:
        workers = (f"dask engine, scheduler {scheduler}" if scheduler
                   else f"{engine} engine, {jobs} worker{'s' if jobs > 1 else ''}")
        _print_summary(stats, total=total, seconds=time.monotonic() - started, workers=workers)
    raise typer.Exit(common.EXIT_FAILED if stats.failed else common.EXIT_OK)


def _write_outputs(
    outcomes: Iterator[Outcome], total: int, output: Path, *, html: bool, max_bytes: int | None,
    quiet: bool,
) -> RunStats:
    """The run's four files (and with `html` its pages) from `outcomes`, with a progress bar."""
    from ..io.export import OutputWriter
    from ..io.inputs import is_error
    from ..io.progress import reporter

    writer = OutputWriter(output)  # fails fast (exit 2) before any work when OUT is unusable
    with common.draining(outcomes, "outputs of earlier runs were left unchanged", writer.abort):
        pages = None
        if html:
            from ..review.html import ReportWriter

            pages = ReportWriter(output / "html", max_bytes)
        with reporter(total, quiet=quiet, console=Console(stderr=True)) as progress:
            for outcome in outcomes:
                writer.add(outcome)
                if pages is not None:
                    pages.add(outcome)  # re-reads the source with read_file, so spans match
                progress.advance(failed=is_error(outcome))
        stats = writer.commit()
        if pages is not None:
            pages.close()
    return stats


def _print_summary(stats: RunStats, total: int, seconds: float, workers: str) -> None:
    rows: list[tuple[str, Text]] = [
        ("documents", Text(f"{stats.documents} of {total} processed")),
        ("directives", Text(str(stats.directives))),
        ("warnings", Text(f"{stats.warnings} in {stats.documents_with_warnings} documents")),
    ]
    if set(stats.formats) - {"txt"}:  # a folder of plain text only keeps the summary it always had
        rows.insert(1, ("formats", Text(", ".join(f"{fmt} {n}" for fmt, n in sorted(stats.formats.items())))))
    if stats.errors:
        rows.append(("errors", Text(f"{stats.failed} — see errors.jsonl", style="red")))
        width = max(map(len, stats.errors))
        rows += [("", Text(f"{code:<{width}}  {n}", style="red")) for code, n in sorted(stats.errors.items())]
    else:
        rows.append(("errors", Text("none")))
    rate = total / seconds if seconds > 0 else 0.0
    rows.append(("time", Text(f"{seconds:.1f} s, {rate:.1f} files/s ({workers})")))
    rows += [("outputs" if i == 0 else "", Text(str(path))) for i, path in enumerate(stats.paths.values())]
    console = Console()
    for label, value in rows:
        # soft_wrap: paths stay whole (copyable) on a narrow terminal or in a log
        console.print(Text(f"{label:<12}", style="bold") + value, soft_wrap=True)


# --- evaluate --------------------------------------------------------------------------------


@app.command(cls=HelpCommand)
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(metavar="GOLD_DIR", help="Folder of gold {doc_id}.json files.")],
    pred: Annotated[Path, typer.Argument(metavar="PRED", help="resolutions.jsonl from `run`, or a folder of JSON files.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
) -> None:
    """Score predictions against gold annotations.

    Prints the SPEC §5 metrics: directive matching, each field's accuracy, deadline F1 and
    the extraction score.
    """
    with common.exit_on_error():
        common.existing(gold_dir)
        common.existing(pred)
        try:
            from ..review.evaluate import evaluate_paths
        except ImportError as exc:
            common.fail(f"the evaluation module is not available ({exc})", common.EXIT_FAILED)
        report = evaluate_paths(gold_dir, pred)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        Console().print(report.to_table())


# --- show / explain --------------------------------------------------------------------------


def _print_header(console: Console, res: Resolution) -> None:
    facts = [res.doc_type or "no type", str(res.date or "no date"), res.place or "no place", res.encoding]
    if res.format != "txt":
        facts.append(res.format)
    console.print(Text(res.doc_id, style="bold"), Text(" · ".join(facts), style="dim"))
    if res.title:
        console.print(Text(res.title, style="italic"))
    for warning in res.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
    if not res.directives:
        console.print(Text("no directives found", style="yellow"))


@app.command(cls=HelpCommand)
def show(file: Annotated[Path, typer.Argument(metavar="FILE", help="One document: .txt, .docx, .odt, .rtf, .pdf or .html.")]) -> None:
    """Show a document's directives, grouped by addressee."""
    from ..pipeline import get_pipeline

    with common.exit_on_error():
        res = get_pipeline().extract_file(common.existing(file), file.stem)
    console = Console()
    _print_header(console, res)
    groups: dict[str, list[Directive]] = {}
    for d in res.directives:
        key = "; ".join(a.normal + (f" ({a.person})" if a.person else "") for a in d.addressees)
        groups.setdefault(key or "(no addressee)", []).append(d)
    for addressee, items in groups.items():
        table = Table(title=Text(addressee, style="bold cyan"), title_justify="left", expand=True)
        table.add_column("№", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("action", no_wrap=True)
        table.add_column("deadline")
        table.add_column("text", ratio=1)
        for d in items:
            table.add_row(
                Text(d.number or "•"), Text(d.kind), Text(d.action.lemma if d.action else "—"),
                Text(deadline_text(d.deadline)), Text(cap(d.text, TEXT_CAP)),
            )
        console.print(table)


# Stage name (as the pipeline's trace names it) → how to show the field that stage decided.
_STAGE_VALUES = {
    "boundaries": lambda d: f"span {d.span[0]}–{d.span[1]}, number {d.number or '—'}",
    "number": lambda d: d.number or "—",
    "section": lambda d: d.section or "—",
    "kind": lambda d: d.kind,
    "addressees": lambda d: "; ".join(f"{a.normal} ({a.source})" for a in d.addressees) or "—",
    "actions": lambda d: ", ".join(f"{a.lemma} ({a.form})" for a in d.actions or [d.action] if a) or "—",
    "deadline": lambda d: (f"{deadline_text(d.deadline)} «{d.deadline.text}» ({d.deadline.source})"
                           if d.deadline else "—"),
    "references": lambda d: "; ".join(f"{r.type} №{r.number or '?'} {r.date or ''}".strip()
                                      for r in d.references) or "—",
    "quoted_names": lambda d: "; ".join(d.quoted_names) or "—",
}
_STAGE_ALIASES = {"boundary": "boundaries", "addressee": "addressees", "action": "actions",
                  "deadlines": "deadline", "reference": "references", "quotes": "quoted_names"}


TraceRow = tuple[str, str, str]  # (stage, value, rules) of one line of `explain`

# Header field → how to show its value; the header's trace names the rule behind each.
_HEADER_VALUES = {
    "doc_type": lambda r: r.doc_type or "—",
    "title": lambda r: cap(r.title, TEXT_CAP) if r.title else "—",
    "event": lambda r: r.event or "—",
    "date": lambda r: str(r.date) if r.date else "—",
    "place": lambda r: r.place or "—",
}


def _header_rows(res: Resolution, trace: dict[str, list[str]]) -> list[TraceRow]:
    return [(field, show(res), ", ".join(trace.get(field, [])) or "—") for field, show in _HEADER_VALUES.items()]


def _trace_table(*row_groups: Iterable[TraceRow]) -> Table:
    """`explain`'s stage | value | rules table, its row groups one after another: a directive's
    trace rows, and any further stages (the header's, say) as one more group."""
    table = Table(show_header=True, box=None, padding=(0, 2), pad_edge=False)
    table.add_column("stage", style="cyan", no_wrap=True)
    table.add_column("value", ratio=1)
    table.add_column("rules", style="green", ratio=1)
    for stage, value, rules in (row for rows in row_groups for row in rows):
        table.add_row(Text(stage), Text(value), Text(rules))
    return table


def _trace_rows(d: Directive, trace: dict[str, list[str]]) -> list[TraceRow]:
    """(stage, value, rules) rows: the trace's stages in its order, then unvisited known stages."""
    rows, covered = [], set()
    for stage, rules in trace.items():
        canonical = _STAGE_ALIASES.get(stage, stage)
        covered.add(canonical)
        value = _STAGE_VALUES.get(canonical, lambda _: "")(d)
        rows.append((stage, value, ", ".join(rules) or "—"))
    rows += [(s, fn(d), "—") for s, fn in _STAGE_VALUES.items() if s not in covered and s != "number"]
    return rows


@app.command(cls=HelpCommand)
def explain(file: Annotated[Path, typer.Argument(metavar="FILE", help="One document: .txt, .docx, .odt, .rtf, .pdf or .html.")]) -> None:
    """Show which rule decided each field of each directive."""
    from ..pipeline import get_pipeline

    with common.exit_on_error():
        res, traces, header_trace = get_pipeline().explain_file(common.existing(file), file.stem)
    console = Console()
    _print_header(console, res)
    console.print(_trace_table(_header_rows(res, header_trace)))
    for i, d in enumerate(res.directives):
        trace = traces[i] if i < len(traces) else {}
        console.print()
        console.print(Text(f"#{d.ordinal}  number {d.number or '—'}  {d.kind}", style="bold"))
        console.print(Text(cap(d.text, TEXT_CAP)))
        console.print(_trace_table(_trace_rows(d, trace)))


# --- text ------------------------------------------------------------------------------------


@app.command(cls=HelpCommand)
def text(file: Annotated[Path, typer.Argument(
        metavar="FILE", help="One document: .txt, .docx, .odt, .rtf, .pdf or .html.")]) -> None:
    """Print the text read from FILE, exactly as the records' spans index it."""
    from ..text.reader import read_file

    with common.exit_on_error():
        decoded = read_file(common.existing(file))
    sys.stdout.write(decoded.text)
    sys.stdout.flush()


# --- schema ----------------------------------------------------------------------------------


@app.command(cls=HelpCommand)
def schema() -> None:
    """Print the JSON Schema of a resolutions.jsonl record."""
    from ..models import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


from .review import register as _register_review  # noqa: E402 - needs `app` above

_register_review(app)


def main() -> None:
    common.STANDALONE = True
    try:
        app()
    except BrokenPipeError:  # `resextract schema | head`: the reader left; not an error worth a trace
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(common.EXIT_FAILED)


if __name__ == "__main__":
    main()
