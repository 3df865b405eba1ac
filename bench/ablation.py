"""What each optimisation buys: extraction CPU time with every optimisation on, then with one
switched off at a time (in-process, the same pipeline code, outputs unchanged by construction).

Each switch is named in `SWITCHES`, a table like the stages' rule tables:
- a **cue** (prefilter, `text.cues.Cue`) is switched off by making it pass every text, so the
  scan it guards always runs;
- a **cache** (`functools.lru_cache` on a morphology lookup or an item memo) by replacing the
  cached function, everywhere the package refers to it, with the function it wraps.

The corpus is every distinct document under data/ (data/raw and data/eval/*/raw), each read once;
caches are cleared before every pass, so a cache is credited only with what it saves within one
pass over distinct documents. CPU time (`time.process_time`), best of `--repeat` passes: the
machine is shared, and the least disturbed pass is the closest to the code's own cost.

    python bench/ablation.py [--repeat 5] [--json bench/ablation.json]
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from resextract.pipeline import Pipeline  # noqa: E402
from resextract.text.cues import Cue  # noqa: E402
from resextract.text.reader import read_file  # noqa: E402


def _documents() -> list[tuple[str, str]]:
    paths = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "data" / "eval").glob("*/raw/*.txt"))
    return [(p.stem, read_file(p).text) for p in paths]


def _package_modules() -> list:
    return [m for name, m in sorted(sys.modules.items()) if name.startswith("resextract") and m is not None]


def _all_caches() -> list:
    seen: dict[int, object] = {}
    for module in _package_modules():
        for value in vars(module).values():
            if callable(value) and hasattr(value, "cache_clear") and hasattr(value, "__wrapped__"):
                seen[id(value)] = value
    return list(seen.values())


def _cues() -> dict[str, Cue]:
    """Every Cue the package holds, by the dotted name of where it is defined (tables included)."""
    from resextract.lexicons import patterns
    from resextract.stages.deadlines import rules

    found: dict[str, Cue] = {}
    for module in _package_modules():
        for name, value in vars(module).items():
            if isinstance(value, Cue) and id(value) not in {id(c) for c in found.values()}:
                found[f"{module.__name__.removeprefix('resextract.')}.{name}"] = value
    for rule in rules.DEADLINE_RULES:
        if id(rule.cue) not in {id(c) for c in found.values()}:
            found[f"deadline rule {rule.name}"] = rule.cue
    for rule in patterns.PLACE_RULES:
        cue = rule[3]
        if id(cue) not in {id(c) for c in found.values()}:
            found[f"place rule {rule[0]}"] = cue
    return found


@contextlib.contextmanager
def cue_off(cue: Cue) -> Iterator[None]:
    saved = (cue.digits, cue._test)
    object.__setattr__(cue, "_test", lambda text: True)
    try:
        yield
    finally:
        object.__setattr__(cue, "digits", saved[0])
        object.__setattr__(cue, "_test", saved[1])


@contextlib.contextmanager
def cache_off(cached: Callable) -> Iterator[None]:
    wrapped = cached.__wrapped__

    def plain(*args, **kwargs):
        return wrapped(*args, **kwargs)

    plain.cache_clear = lambda: None  # callers that clear a per-document memo keep working
    patched = []
    for module in _package_modules():
        for name, value in list(vars(module).items()):
            if value is cached:
                setattr(module, name, plain)
                patched.append((module, name))
    try:
        yield
    finally:
        for module, name in patched:
            setattr(module, name, cached)


def one_pass(pipeline: Pipeline, docs: list[tuple[str, str]]) -> float:
    for cached in _all_caches():
        cached.cache_clear()
    gc.collect()
    start = time.process_time()
    for doc_id, text in docs:
        pipeline.extract(text, doc_id=doc_id)
    return time.process_time() - start


def measure(pipeline: Pipeline, docs: list[tuple[str, str]], repeat: int) -> float:
    return min(one_pass(pipeline, docs) for _ in range(repeat))


def switches() -> list[tuple[str, str, Callable[[], contextlib.AbstractContextManager]]]:
    """(kind, name, switch-off) of every optimisation, cues first, then caches."""
    table: list = []
    for name, cue in sorted(_cues().items()):
        table.append(("cue", name, lambda cue=cue: cue_off(cue)))
    for cached in sorted(_all_caches(), key=lambda f: f"{f.__module__}.{f.__qualname__}"):
        name = f"{cached.__module__.removeprefix('resextract.')}.{cached.__qualname__}"
        if name in ("text.morph.analyzer", "pipeline.get_pipeline", "text.natasha_adapter._models"):
            continue  # load-once singletons, not speed-ups
        table.append(("cache", name, lambda cached=cached: cache_off(cached)))
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    pipeline, docs = Pipeline(), _documents()
    one_pass(pipeline, docs)  # models loaded, imports done
    base = measure(pipeline, docs, args.repeat)
    rows = []
    for kind, name, switch_off in switches():
        with switch_off():
            without = measure(pipeline, docs, args.repeat)
        rows.append({"kind": kind, "name": name, "seconds_without": without,
                     "buys_percent": 100 * (without - base) / base})
        print(f"{kind:5}  {name:60}  {100 * (without - base) / base:+6.1f} %", file=sys.stderr, flush=True)
    result = {"documents": len(docs), "seconds": base, "repeat": args.repeat, "switches": rows}
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    print(f"{len(docs)} documents, {base:.3f} s CPU with every optimisation (best of {args.repeat})")
    for row in sorted(rows, key=lambda r: -r["buys_percent"]):
        print(f"{row['kind']:5}  {row['name']:60}  buys {row['buys_percent']:+6.1f} %")


if __name__ == "__main__":
    main()
