"""Documents whose line breaks were lost (issues 9 and 10): every seed and dev document of
`data/raw`, collapsed onto one line, scored against its own gold. Issue 10 asks for directive F1
and addressees of at least 0.90 (at this commit: 0.920 and 0.994).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from resextract.review.evaluate import evaluate, load_gold
from resextract.text.reader import read_file

FLOORS = {"directive_f1": 0.90, "addressees_accuracy": 0.90}


@pytest.fixture(scope="module")
def one_line_report(pipeline, raw_dir: Path, annotated_dir: Path):
    preds = {}
    for path in sorted(raw_dir.glob("*.txt")):
        text = " ".join(read_file(path).text.split())
        preds[path.stem] = pipeline.extract(text, doc_id=path.stem)
    return evaluate(load_gold(annotated_dir), preds)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_one_line_documents_keep_their_floor(one_line_report, metric: str) -> None:
    value = one_line_report.metrics[metric].value
    assert value is not None and value >= FLOORS[metric], (metric, value)
