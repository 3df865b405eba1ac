"""Golden-file scoring shared by the golden test and `make golden` (which refreshes the baseline)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BASELINE = Path(__file__).resolve().parent / "golden_baseline.json"


def score_documents(pipeline, raw_dir: Path, annotated_dir: Path) -> dict[str, dict[str, float | None]]:
    """Per gold document: every metric of SPEC §5 for the pipeline's output on its raw file."""
    from resextract.review.evaluate import evaluate, load_gold

    gold = load_gold(annotated_dir)
    pred = {}
    for doc_id in gold:
        path = raw_dir / f"{doc_id}.txt"
        if path.exists():
            pred[doc_id] = pipeline.extract_file(path, doc_id=doc_id).model_dump(mode="json")
    report = evaluate(gold, pred)
    return {
        doc_id: {name: metric.value for name, metric in doc.metrics.items()}
        for doc_id, doc in report.per_document.items()
    }


def main() -> None:
    sys.path.insert(0, str(REPO / "src"))
    from resextract.pipeline import get_pipeline

    scores = score_documents(get_pipeline(), REPO / "data" / "raw", REPO / "data" / "annotated")
    BASELINE.write_text(json.dumps(scores, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {BASELINE} for {len(scores)} documents")


if __name__ == "__main__":
    main()
