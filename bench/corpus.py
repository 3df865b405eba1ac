"""Benchmark inputs: copies of data/raw under new names, and the pathological lines of issue 3."""
from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
RAW = REPO / "data" / "raw"
CORPUS = BENCH / "corpus"  # gitignored

# A short real resolution: the pathological line goes after its items, as item 4.
HOST = "003_priluzsky-sovet-reshenie-2019"


def build_corpus(n: int, root: Path = CORPUS) -> Path:
    """`root/n{n}/`: n documents cycling through data/raw, each under a new name (idempotent)."""
    target = root / f"n{n}"
    sources = sorted(RAW.glob("*.txt"))
    if target.is_dir() and len(list(target.glob("*.txt"))) == n:
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for i in range(n):
        src = sources[i % len(sources)]
        shutil.copyfile(src, target / f"d{i:05d}_{src.stem}.txt")
    return target


def build_format_corpus(fmt: str, n: int, root: Path = CORPUS) -> Path:
    """`root/{fmt}{n}/`: n documents cycling through data/raw written as .docx, .pdf, ... by the
    test fixtures' writers (tests/docgen.py: Word numbering, wrapped and hyphenated PDF pages)."""
    import sys

    sys.path.insert(0, str(REPO / "tests"))
    import docgen

    target = root / f"{fmt}{n}"
    if target.is_dir() and len(list(target.glob(f"*.{fmt}"))) == n:
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    sources = sorted(RAW.glob("*.txt"))
    written = {src: docgen.WRITERS[fmt](src.read_text(encoding="utf-8")) for src in sources}
    for i in range(n):
        src = sources[i % len(sources)]
        (target / f"d{i:05d}_{src.stem}.{fmt}").write_bytes(written[src])
    return target


def corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def _host() -> str:
    # The document up to its signature: whatever is appended continues its list of items.
    text = (RAW / f"{HOST}.txt").read_text(encoding="utf-8")
    return text[: text.index("Глава")]


Builder = Callable[[int], str]
LINES: dict[str, tuple[Builder, int, int]] = {
    # name → (text of size n, issue size, comparison size): the time at both sizes shows whether
    # cost grows linearly (time ratio ≈ size ratio) or worse.
    "1 MB line": (lambda n: "обеспечить участие " * (n // 19), 1_000_000, 100_000),
    "1.1.1… nested 1,000 deep": (lambda n: "1." * n + " Обеспечить участие.", 1_000, 10_000),
    "100,000 colons": (lambda n: ":" * n, 100_000, 10_000),
    "100,000 dashes": (lambda n: "-" * n, 100_000, 10_000),
}
PLACES: dict[str, Callable[[str], str]] = {
    "alone": lambda line: line,
    "as item 4 of a resolution": lambda line: f"{_host()}4. {line}\n",
    "after 'Решили:'": lambda line: f"РЕШЕНИЕ\nРешили:\n{line}\n",
}


def _placed(build: Builder, place: Callable[[str], str]) -> Builder:
    return lambda n: place(build(n))


PATHOLOGICAL: dict[str, tuple[Builder, int, int]] = {
    f"{name}, {where}": (_placed(build, place), size, other)
    for name, (build, size, other) in LINES.items() for where, place in PLACES.items()
}
PATHOLOGICAL |= {
    "100,000 colons on 50,000 lines": (lambda n: ":\n" * (n // 2), 100_000, 10_000),
    "100,000 dashes on 33,333 lines": (lambda n: "- \n" * (n // 3), 100_000, 10_000),
}
