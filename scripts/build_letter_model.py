"""Write src/resextract/text/letter_model.py: counts of letter pairs in Russian text, the model the
encoding detector (`text.encodings`) scores decodings with. Built from the documents of data/raw
(the seeds and dev documents), never from the evaluation sets.

    python scripts/build_letter_model.py
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
BOUNDARY = "_"  # anything that is not a Russian letter: space, punctuation, digits, Latin


def symbols(text: str) -> str:
    out, last = [], BOUNDARY
    for ch in text.lower():
        sym = ch if ch in ALPHABET else BOUNDARY
        if sym != BOUNDARY or last != BOUNDARY:
            out.append(sym)
        last = sym
    return "".join(out)


def main() -> None:
    order = ALPHABET + BOUNDARY
    counts = [[0] * len(order) for _ in order]
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        seq = symbols(path.read_text(encoding="utf-8"))
        for a, b in zip(seq, seq[1:]):
            counts[order.index(a)][order.index(b)] += 1
    rows = ",\n".join(f'    "{" ".join(map(str, row))}"' for row in counts)
    (ROOT / "src" / "resextract" / "text" / "letter_model.py").write_text(
        '"""Counts of letter pairs in Russian text (row: first symbol, column: second; the order of\n'
        '`ORDER`, "_" standing for any non-letter). Written by scripts/build_letter_model.py from\n'
        'data/raw; read by `text.encodings`."""\n\n'
        f'ORDER = "{order}"\n'
        f"COUNTS = (\n{rows},\n)\n", encoding="utf-8")


if __name__ == "__main__":
    main()
