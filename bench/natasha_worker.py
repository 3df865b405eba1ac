"""natasha's full Doc pipeline (segment, morph, syntax, NER): the baseline of the benchmark.

Each of N processes loads the models, then times its share of the sample; the group's
throughput is the sample size over the slowest process's time (they run side by side).
"""
from __future__ import annotations

import multiprocessing
import os
import resource
import time
from pathlib import Path


# One thread per process, as resextract's workers: "same number of processes" = same CPU budget.
# (numpy's BLAS would otherwise use every core in each process and oversubscribe the machine.)
SINGLE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


def _work(paths: list[str], results: multiprocessing.Queue, single_thread: bool) -> None:
    if single_thread:
        os.environ.update(SINGLE_THREAD)  # before natasha imports numpy
    started = time.perf_counter()
    from natasha import (
        Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter,
    )

    segmenter, embedding = Segmenter(), NewsEmbedding()
    morph, syntax, ner = NewsMorphTagger(embedding), NewsSyntaxParser(embedding), NewsNERTagger(embedding)
    loaded = time.perf_counter()
    chars = 0
    for path in paths:
        doc = Doc(Path(path).read_text(encoding="utf-8"))
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        chars += len(doc.text)
    results.put({
        "docs": len(paths), "seconds": time.perf_counter() - loaded, "load_seconds": loaded - started,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    })


def natasha_throughput(paths: list[Path], processes: int, single_thread: bool) -> dict[str, float]:
    ctx = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue = ctx.Queue()
    shares = [[str(p) for p in paths[i::processes]] for i in range(processes)]
    workers = [ctx.Process(target=_work, args=(share, results, single_thread)) for share in shares]
    for w in workers:
        w.start()
    reports = [results.get() for _ in workers]
    for w in workers:
        w.join()
    seconds = max(r["seconds"] for r in reports)
    size = sum(Path(p).stat().st_size for p in paths)
    return {
        "docs": len(paths), "seconds": seconds, "docs_per_s": len(paths) / seconds,
        "mb_per_s": size / 1e6 / seconds,
        "load_seconds": max(r["load_seconds"] for r in reports),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in reports),
    }
