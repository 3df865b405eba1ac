"""Golden tests: every gold document of data/annotated, field by field, against a recorded baseline.

A metric of a document that drops below the committed baseline fails with a readable diff of the
directives. `make golden` refreshes the baseline after a deliberate improvement.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from golden import BASELINE, score_documents
from resextract.review.evaluate import diff_directives, load_gold

ANNOTATED = Path(__file__).resolve().parent.parent / "data" / "annotated"
GOLD_IDS = sorted(p.stem for p in ANNOTATED.glob("*.json"))


@pytest.fixture(scope="session")
def scores(pipeline, raw_dir, annotated_dir):
    return score_documents(pipeline, raw_dir, annotated_dir)


@pytest.fixture(scope="session")
def baseline() -> dict:
    return json.loads(BASELINE.read_text(encoding="utf-8"))


def test_every_gold_document_has_its_raw_text(raw_dir) -> None:
    assert GOLD_IDS, "data/annotated is empty"
    missing = [d for d in GOLD_IDS if not (raw_dir / f"{d}.txt").exists()]
    assert not missing


def test_baseline_covers_every_gold_document(baseline) -> None:
    assert sorted(baseline) == GOLD_IDS


@pytest.mark.parametrize("doc_id", GOLD_IDS)
def test_no_metric_regresses(doc_id, scores, baseline, pipeline, raw_dir, annotated_dir) -> None:
    now, before = scores[doc_id], baseline[doc_id]
    regressed = {
        name: (before[name], now.get(name))
        for name in before
        if before[name] is not None and (now.get(name) is None or now[name] < before[name] - 1e-9)
    }
    if regressed:
        gold = load_gold(annotated_dir)[doc_id]
        pred = pipeline.extract_file(raw_dir / f"{doc_id}.txt", doc_id=doc_id).model_dump(mode="json")
        diff = "\n".join(diff_directives(gold, pred))
        pytest.fail(f"{doc_id}: metrics fell (baseline, now): {regressed}\n{diff}")


def test_directive_detection_is_near_complete(scores) -> None:
    # a floor independent of the baseline: the gold documents' directives are found
    f1 = [s["directive_f1"] for s in scores.values() if s["directive_f1"] is not None]
    assert sum(f1) / len(f1) >= 0.9
