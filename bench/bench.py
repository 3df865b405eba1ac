"""`make bench`: throughput, memory and cold start of `resextract run`, against natasha's Doc pipeline.

Builds bench/corpus/n2000 (and n200) from data/raw; runs each configuration in a fresh process,
`--repeat` times interleaved with natasha, and compares the best run of each side; prints a table
(with the run-by-run ratios) and writes bench/results.json. Targets from issue 3 are printed beside each number;
nothing here is tuned to them.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import BENCH, build_corpus, build_format_corpus, corpus_bytes  # noqa: E402
from natasha_worker import natasha_throughput  # noqa: E402

TARGETS = {"docs_per_s_jobs2": 100, "natasha_ratio": 15, "cold_start_s": 2.0, "peak_rss_mb": 500,
           "flatness": 0.20}


def run_ours(folder: Path, jobs: int) -> dict[str, float]:
    """One `resextract run` (bench/child.py) in a fresh process; times from its start."""
    with tempfile.TemporaryDirectory() as out:
        started = time.time()
        proc = subprocess.run(
            [sys.executable, str(BENCH / "child.py"), str(folder), out, "--jobs", str(jobs)],
            capture_output=True, text=True, check=True,
        )
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    size = corpus_bytes(folder)
    steady = r["last_record"] - r["first_record"]
    total = r["committed"] - started
    return {
        "docs": r["files"], "errors": r["errors"],
        "cold_start_s": r["first_record"] - started,
        # records after the first chunk over the time from the first record to the last one:
        # the rate once the workers are up, free of the fixed start-up cost
        "docs_per_s": (r["files"] - r["first_burst"]) / steady if steady > 0 else float("nan"),
        "mb_per_s": size / 1e6 / total,
        "end_to_end_s": total, "end_to_end_docs_per_s": r["files"] / total,
        # jobs 1 extracts in the main process; otherwise the workers do
        "peak_rss_worker_mb": r["peak_rss_main_mb"] if jobs == 1 else r["peak_rss_children_mb"],
        "peak_rss_main_mb": r["peak_rss_main_mb"],
    }


def pathological() -> list[dict]:
    proc = subprocess.run([sys.executable, str(BENCH / "pathological.py")],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))


def table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(_row(r, widths) for r in rows)


def _dawg_backend() -> str:
    # the compiled reader halves extraction time; a fallback install would not fail, only be slow
    from pymorphy3 import dawg

    return "DAWG2 (compiled)" if dawg.EXTENSION_AVAILABLE else "DAWG-Python (pure Python, slow)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--small", type=int, default=200)
    parser.add_argument("--natasha-sample", type=int, default=100)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--skip-pathological", action="store_true")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each side, interleaved; the best of each is compared")
    parser.add_argument("--formats-only", action="store_true",
                        help="only the throughput of .txt, .docx and .pdf (the --small corpus of each)")
    args = parser.parse_args()
    jobs_list = [int(j) for j in args.jobs.split(",")]
    if args.formats_only:
        print(format_table(format_throughput(args.small, jobs_list, args.repeat), jobs_list, args.small))
        return

    big, small = build_corpus(args.docs), build_corpus(args.small)
    print(f"corpus: {args.docs} documents, {corpus_bytes(big) / 1e6:.1f} MB in {big}", file=sys.stderr)
    sample = sorted(big.glob("*.txt"))[: args.natasha_sample]
    results: dict = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(), "morph_dawg": _dawg_backend()},
        "corpus": {"docs": args.docs, "bytes": corpus_bytes(big), "small_docs": args.small,
                   "natasha_sample_docs": len(sample)},
        "targets": TARGETS, "runs": {},
    }
    for jobs in jobs_list:
        # The machine is shared: each side runs `repeat` times, interleaved so that both see the
        # same spells of load, and each side's best run is compared (the least disturbed one).
        ours_runs, small_runs, tuned_runs = [], [], []
        for i in range(args.repeat):
            print(f"[{i + 1}/{args.repeat}] resextract --jobs {jobs} …", file=sys.stderr, flush=True)
            ours_runs.append(run_ours(big, jobs))
            small_runs.append(run_ours(small, jobs))
            print(f"[{i + 1}/{args.repeat}] natasha, {jobs} processes, {len(sample)} documents …",
                  file=sys.stderr, flush=True)
            tuned_runs.append(natasha_throughput(sample, jobs, single_thread=True))
        # natasha as installed (numpy's BLAS threads on every core): shown for reference, once
        base = natasha_throughput(sample, jobs, single_thread=False)
        ours, ours_small, tuned = (max(runs, key=lambda r: r["docs_per_s"])
                                   for runs in (ours_runs, small_runs, tuned_runs))
        ours_mb = ours["docs_per_s"] * corpus_bytes(big) / args.docs / 1e6
        results["runs"][str(jobs)] = {
            "resextract": ours, f"resextract_{args.small}": ours_small,
            "natasha": base, "natasha_1_thread": tuned,
            "natasha_ratio_docs": ours["docs_per_s"] / base["docs_per_s"],
            "natasha_1_thread_ratio_docs": ours["docs_per_s"] / tuned["docs_per_s"],
            "natasha_1_thread_ratio_mb": ours_mb / tuned["mb_per_s"],
            "flatness": ours["docs_per_s"] / ours_small["docs_per_s"] - 1,
            # every run, for the spread: docs/s of ours and of natasha (1 thread), run by run
            "repeats": {"resextract": [r["docs_per_s"] for r in ours_runs],
                        f"resextract_{args.small}": [r["docs_per_s"] for r in small_runs],
                        "natasha_1_thread": [r["docs_per_s"] for r in tuned_runs]},
        }
    if not args.skip_pathological:
        print("pathological inputs …", file=sys.stderr, flush=True)
        results["pathological"] = pathological()
    results["formats"] = format_throughput(args.small, jobs_list, args.repeat)

    (BENCH / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(report(results, args))


def report(results: dict, args: argparse.Namespace) -> str:
    rows = [["", *(f"--jobs {j}" for j in results["runs"]), "target"]]
    runs = list(results["runs"].values())

    def add(label: str, fmt, target: str = "") -> None:
        rows.append([label, *(fmt(r) for r in runs), target])

    add(f"documents/s ({args.docs} docs, steady)", lambda r: f"{r['resextract']['docs_per_s']:.1f}", "≥ 100 (jobs 2)")
    add(f"documents/s ({args.small} docs, steady)",
        lambda r: f"{r[f'resextract_{args.small}']['docs_per_s']:.1f}")
    add(f"flatness {args.small}→{args.docs}", lambda r: f"{r['flatness']:+.1%}", "within ±20 %")
    add("documents/s (end to end, incl. start)", lambda r: f"{r['resextract']['end_to_end_docs_per_s']:.1f}")
    add("MB/s (end to end)", lambda r: f"{r['resextract']['mb_per_s']:.3f}")
    add("cold start: process start → 1st record", lambda r: f"{r['resextract']['cold_start_s']:.2f} s", "≤ 2 s")
    add("peak RSS per worker", lambda r: f"{r['resextract']['peak_rss_worker_mb']:.0f} MB", "≤ 500 MB")
    add("peak RSS main process", lambda r: f"{r['resextract']['peak_rss_main_mb']:.0f} MB")
    n = args.natasha_sample
    add(f"natasha Doc docs/s, default BLAS threads ({n}-doc sample)",
        lambda r: f"{r['natasha']['docs_per_s']:.2f}")
    add(f"natasha Doc docs/s, 1 thread/process ({n}-doc sample)",
        lambda r: f"{r['natasha_1_thread']['docs_per_s']:.2f}")
    add("natasha peak RSS per process", lambda r: f"{r['natasha']['peak_rss_mb']:.0f} MB")
    add("speed-up over natasha, default threads", lambda r: f"{r['natasha_ratio_docs']:.1f}×", "≥ 15×")
    add("speed-up over natasha, 1 thread/process", lambda r: f"{r['natasha_1_thread_ratio_docs']:.1f}×", "≥ 15×")
    add("  same, by MB/s", lambda r: f"{r['natasha_1_thread_ratio_mb']:.1f}×")
    add("  same, run by run (ours i / natasha i)", lambda r: " ".join(
        f"{a / b:.1f}" for a, b in zip(r["repeats"]["resextract"], r["repeats"]["natasha_1_thread"])))
    text = table(rows)
    if "pathological" in results:
        prow = [["pathological input", "bytes", "seconds", "µs/byte", "compare bytes", "seconds", "growth"]]
        for p in results["pathological"]:
            prow.append([p["case"], str(p["bytes"]), f"{p['seconds']:.3f}", f"{p['us_per_byte']:.2f}",
                         str(p["compare_bytes"]), f"{p['compare_seconds']:.3f}", f"{p['growth']:.2f}"])
        text += "\n\n" + table(prow) + "\n(growth = time ratio / size ratio: ≈ 1 linear, ≫ 1 superlinear)"
    if "formats" in results:
        text += "\n\n" + format_table(results["formats"], list(results["runs"]) or ["1"], args.small)
    text += f"\n\npymorphy3 dictionary reader: {results['machine'].get('morph_dawg', '?')}"
    return text + f"\n\nwritten: {BENCH / 'results.json'}"


FORMATS = ("txt", "docx", "pdf")


def format_throughput(n: int, jobs_list: list[int], repeat: int) -> dict:
    """Steady documents/s of `n` copies of data/raw as .txt, .docx and .pdf, best of `repeat`."""
    found: dict = {}
    for fmt in FORMATS:
        folder = build_corpus(n) if fmt == "txt" else build_format_corpus(fmt, n)
        for jobs in jobs_list:
            print(f"{fmt}: resextract --jobs {jobs}, {n} documents …", file=sys.stderr, flush=True)
            runs = [run_ours(folder, jobs) for _ in range(repeat)]
            best = max(runs, key=lambda r: r["docs_per_s"])
            found.setdefault(fmt, {"bytes": corpus_bytes(folder)})[str(jobs)] = best
    return found


def format_table(found: dict, jobs_list: list, n: int) -> str:
    rows = [[f"format ({n} docs)", "bytes/doc", *(f"docs/s, --jobs {j}" for j in jobs_list),
             *(f"MB/s, --jobs {j}" for j in jobs_list)]]
    for fmt, runs in found.items():
        rows.append([f".{fmt}", f"{runs['bytes'] / n:,.0f}",
                     *(f"{runs[str(j)]['docs_per_s']:.1f}" for j in jobs_list),
                     *(f"{runs[str(j)]['docs_per_s'] * runs['bytes'] / n / 1e6:.2f}" for j in jobs_list)])
    return table(rows)


if __name__ == "__main__":
    main()
