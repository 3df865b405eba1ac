"""Time of each pathological input at two sizes, in this process (models warmed up first)."""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import PATHOLOGICAL  # noqa: E402

from resextract.pipeline import get_pipeline  # noqa: E402


def main() -> None:
    pipeline = get_pipeline()
    pipeline.extract("Решили:\n1. Обеспечить участие школ в олимпиаде до 1 сентября 2024 г.")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, (build, size, other) in PATHOLOGICAL.items():
            timings = {}
            for n in (size, other):
                path = Path(tmp) / "case.txt"
                path.write_text(build(n), encoding="utf-8")
                started = time.perf_counter()
                res = pipeline.extract_file(path)  # reader included
                timings[n] = (time.perf_counter() - started, path.stat().st_size, len(res.directives))
            (t, nbytes, dirs), (t2, nbytes2, _) = timings[size], timings[other]
            rows.append({
                "case": name, "bytes": nbytes, "seconds": round(t, 3), "directives": dirs,
                "us_per_byte": round(t / nbytes * 1e6, 2),
                "compare_bytes": nbytes2, "compare_seconds": round(t2, 3),
                # time ratio over size ratio: ≈1 linear, ≫1 superlinear
                "growth": round((max(t, t2) / max(min(t, t2), 1e-6)) / (max(nbytes, nbytes2) / min(nbytes, nbytes2)), 2),
            })
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
