"""One benchmark run in a fresh process: the `resextract run` code path, with timestamps.

Prints one JSON line: wall-clock time of the first and last record, of the committed outputs,
and peak resident memory of this process and of its largest worker.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time

import resextract.cli.app  # noqa: F401 - the command's imports (typer, rich) count in the cold start
from resextract.io.engines import run_outcomes
from resextract.io.export import OutputWriter
from resextract.io.inputs import discover

BURST = 0.005  # seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--jobs", type=int, required=True)
    args = parser.parse_args()

    files = discover(args.input)
    writer = OutputWriter(args.output)
    first = last = None
    n = burst = 0
    for outcome in run_outcomes(files, jobs=args.jobs, encoded=True):  # as `resextract run` without --html
        writer.add(outcome)
        last = time.time()
        first = first or last
        n += 1
        burst += last - first < BURST  # records of the first chunk arrive together
    stats = writer.commit()
    done = time.time()
    kib = 1024  # ru_maxrss is in KiB on Linux
    print(json.dumps({
        "files": n, "first_burst": burst, "documents": stats.documents, "errors": stats.failed,
        "first_record": first, "last_record": last, "committed": done,
        "peak_rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / kib,
        # the largest of the workers (children are reaped when the pool shuts down)
        "peak_rss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / kib,
    }))


if __name__ == "__main__":
    sys.exit(main())
