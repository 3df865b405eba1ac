"""Byte mutations of small documents of every format, read under a memory cap and a time limit.

`make fuzz` (or `python bench/fuzz_formats.py --count 20000 --seed 7`): each input is one of
`tests/docgen`'s writers' documents with 1–8 bytes changed, read by `read_document`. A reader may
refuse it (an `InputError`); anything else is a defect: another exception, more than the address
space cap (a MemoryError), or more than `--seconds` (a runaway). Each such input is saved to
`--out` with its error, so it can be replayed, and the script exits 1.

The suite's hypothesis properties (tests/test_formats.py) draw a few hundred such inputs per run;
this runs as many as asked, for a search the suite cannot afford.
"""
from __future__ import annotations

import argparse
import random
import resource
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import docgen  # noqa: E402

from resextract import errors  # noqa: E402
from resextract.text.formats import read_document  # noqa: E402

TEXT = "Решили:\n1. Принять к сведению.\n2. Обязать отдел провести сверку.\n"


class Runaway(Exception):
    """The reader ran past the time limit."""


def _alarm(signum, frame) -> None:  # noqa: ANN001 - the signal module's handler signature
    raise Runaway


def samples() -> dict[str, bytes]:
    out = {}
    for fmt in ("docx", "odt", "rtf", "pdf"):
        written = docgen.WRITERS[fmt](TEXT)
        out[fmt] = written[0] if isinstance(written, tuple) else written
    out["html"] = docgen.to_html(TEXT).encode()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--seconds", type=int, default=10, help="time limit per input")
    parser.add_argument("--memory-gib", type=float, default=4.0, help="address space cap of this process")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "fuzz")
    args = parser.parse_args()
    resource.setrlimit(resource.RLIMIT_AS, (int(args.memory_gib * 2**30), resource.RLIM_INFINITY))
    signal.signal(signal.SIGALRM, _alarm)
    rng, docs, failures = random.Random(args.seed), samples(), 0
    for n in range(args.count):
        fmt = rng.choice(sorted(docs))
        data = bytearray(docs[fmt])
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        started = time.perf_counter()
        signal.alarm(args.seconds)
        try:
            read_document(bytes(data), f"fuzz.{fmt}")
        except errors.InputError:
            pass
        except BaseException as exc:  # noqa: BLE001 - every other outcome is the finding
            signal.alarm(0)
            if isinstance(exc, KeyboardInterrupt):
                raise
            failures += 1
            args.out.mkdir(parents=True, exist_ok=True)
            path = args.out / f"seed{args.seed}_{n}.{fmt}"
            path.write_bytes(bytes(data))
            print(f"{path}: {type(exc).__name__}: {str(exc)[:200]} ({time.perf_counter() - started:.1f} s)", flush=True)
        finally:
            signal.alarm(0)
    print(f"{args.count} inputs, seed {args.seed}: {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
