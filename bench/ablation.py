"""What each optimisation buys: extraction CPU time with every optimisation on, then with one
switched off at a time (in-process, the same pipeline code, outputs unchanged by construction).

Each switch is named in `SWITCHES`, a table like the stages' rule tables:
- a **cue** (prefilter, `text.cues.Cue`) is switched off by making it pass every text, so the
  scan it guards always runs;
- a **cache** (`functools.lru_cache` on a morphology lookup or an item memo) by replacing the
  cached function, everywhere the package refers to it, with the function it wraps.

The corpus is the 64 distinct documents of data/raw and data/eval/synthetic-*/raw, each read once;
caches are cleared before every pass, so a cache is credited only with what it saves within one
pass over distinct documents. CPU time (`time.process_time`), best of `--repeat` passes: the
machine is shared, and the least disturbed pass is the closest to the code's own cost.

    python bench/ablation.py [--repeat 7] [--json bench/ablation.json]
    python bench/ablation.py --callgrind [--json bench/ablation.json]

CPU time on this shared virtual machine moves by ±5 % between passes, more than most single
optimisations buy. `--callgrind` counts instructions instead (valgrind's callgrind, one fresh
process per switch, hash seed fixed): the same count every run, whatever else the machine does,
so small effects can be told from zero. It takes about ten minutes on two cores.
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from resextract.pipeline import Pipeline  # noqa: E402
from resextract.text.cues import Cue  # noqa: E402
from resextract.text.reader import read_file  # noqa: E402


def _documents() -> list[tuple[str, str]]:
    # a fixed corpus, so counts compare across commits: data/raw and the synthetic sets (64 documents)
    paths = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "data" / "eval").glob("synthetic-*/raw/*.txt"))
    return [(p.stem, read_file(p).text) for p in paths]


def _package_modules() -> list:
    import resextract.stages.directives  # noqa: F401 - every stage, lexicon and text module it uses
    import resextract.text.natasha_adapter  # noqa: F401

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
    from resextract.stages.deadlines import rules

    found: dict[str, Cue] = {}
    for module in _package_modules():
        for name, value in vars(module).items():
            if isinstance(value, Cue) and id(value) not in {id(c) for c in found.values()}:
                found[f"{module.__name__.removeprefix('resextract.')}.{name}"] = value
    for rule in rules.DEADLINE_RULES:
        if id(rule.cue) not in {id(c) for c in found.values()}:
            found[f"deadline rule {rule.name}"] = rule.cue
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


# Cues switched off together: one stage's prefilters, whose single effects are below the noise.
CUE_GROUPS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("deadline rule cues (one per rule, and DIGIT_CUE)",
     lambda name: name.startswith("deadline rule") or name.endswith("DIGIT_CUE")),
    ("inline deadline time cue (TIME_CUE)", lambda name: name.endswith("TIME_CUE")),
    ("reference cues (ACT_CUES, NORM_CODE_CUE)", lambda name: name.startswith("lexicons.references")),
    ("charge formula cue (CHARGE_CUES)", lambda name: name.endswith("CHARGE_CUES")),
    ("line cues (artefacts, inline labels, trailing signatures)", lambda name: name.startswith("lexicons.patterns")),
)


@contextlib.contextmanager
def _all_off(managers: list[Callable[[], contextlib.AbstractContextManager]]) -> Iterator[None]:
    with contextlib.ExitStack() as stack:
        for manager in managers:
            stack.enter_context(manager())
        yield


def switches() -> list[tuple[str, str, Callable[[], contextlib.AbstractContextManager]]]:
    """(kind, name, switch-off) of every optimisation: cue groups, then each cache."""
    cues = _cues()
    table: list = []
    grouped: set[str] = set()
    for label, member in CUE_GROUPS:
        names = sorted(n for n in cues if member(n))
        grouped.update(names)
        table.append(("cues", f"{label}: {len(names)}",
                      lambda names=names: _all_off([lambda c=cues[n]: cue_off(c) for n in names])))
    missing = sorted(set(cues) - grouped)
    if missing:
        raise SystemExit(f"cues in no group of CUE_GROUPS: {missing}")
    for cached in sorted(_all_caches(), key=lambda f: f"{f.__module__}.{f.__qualname__}"):
        name = f"{cached.__module__.removeprefix('resextract.')}.{cached.__qualname__}"
        if name in ("text.morph.analyzer", "pipeline.get_pipeline", "text.natasha_adapter._models"):
            continue  # load-once singletons, not speed-ups
        table.append(("cache", name, lambda cached=cached: cache_off(cached)))
    return table


def paired(pipeline: Pipeline, docs: list[tuple[str, str]], switch_off: Callable, repeat: int) -> tuple[float, float]:
    """Best time with the optimisation and without it, the two measured in alternation so that
    both sides see the same spells of load."""
    on, off = [], []
    for _ in range(repeat):
        on.append(one_pass(pipeline, docs))
        with switch_off():
            off.append(one_pass(pipeline, docs))
    return min(on), min(off)


def _callgrind_count(switch: str | None, passes: int) -> int:
    """Instructions of a fresh process that loads, warms up on one document, and then makes
    `passes` passes with `switch` off (none: every optimisation on)."""
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
               sys.executable, __file__, "--passes", str(passes)] + (["--switch", switch] if switch else [])
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1))


def callgrind_rows(jobs: int = 2) -> dict:
    """Every switch, counted in instructions: (count with a pass − count without any pass) is the
    cost of one pass, so start-up (imports, models) cancels out."""
    names = [None] + [name for _, name, _ in switches()]
    with ThreadPoolExecutor(jobs) as pool:
        one = dict(zip(names, pool.map(lambda n: _callgrind_count(n, 1), names)))
        load = _callgrind_count(None, 0)
    base = one[None] - load
    kinds = {name: kind for kind, name, _ in switches()}
    rows = [{"kind": kinds[n], "name": n, "instructions_with": base, "instructions_without": one[n] - load,
             "buys_percent": 100 * (one[n] - one[None]) / base} for n in names if n]
    return {"instructions": base, "switches": rows}


def _run_switched(switch: str | None, passes: int) -> None:
    """The process callgrind counts: load, one warm-up document, then the passes."""
    pipeline, docs = Pipeline(), _documents()
    pipeline.extract(docs[0][1])
    by_name = {name: off for _, name, off in switches()}
    with by_name[switch]() if switch else contextlib.nullcontext():
        for _ in range(passes):
            one_pass(pipeline, docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--callgrind", action="store_true", help="count instructions instead of timing")
    parser.add_argument("--switch", help=argparse.SUPPRESS)
    parser.add_argument("--passes", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.passes is not None:
        return _run_switched(args.switch, args.passes)
    if args.callgrind:
        result = {"measure": "instructions (callgrind)", "documents": len(_documents()), **callgrind_rows()}
        unit = f"{result['instructions'] / 1e9:.2f} G instructions with every optimisation"
    else:
        result = {"measure": "CPU seconds", "repeat": args.repeat, **timed_rows(args.repeat)}
        unit = f"{result['seconds']:.3f} s CPU with every optimisation (best of {args.repeat} passes)"
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    print(f"{len(_documents())} distinct documents, {unit}; each row: the cost of one pass without it")
    for row in sorted(result["switches"], key=lambda r: -r["buys_percent"]):
        print(f"{row['kind']:5}  {row['name']:62}  buys {row['buys_percent']:+6.1f} %")


def timed_rows(repeat: int) -> dict:
    pipeline, docs = Pipeline(), _documents()
    one_pass(pipeline, docs)  # models loaded, imports done
    rows = []
    for kind, name, switch_off in switches():
        with_it, without = paired(pipeline, docs, switch_off, repeat)
        rows.append({"kind": kind, "name": name, "seconds_with": with_it, "seconds_without": without,
                     "buys_percent": 100 * (without - with_it) / with_it})
    return {"seconds": min(r["seconds_with"] for r in rows), "switches": rows}


if __name__ == "__main__":
    main()
