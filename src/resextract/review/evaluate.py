"""Score pipeline output against gold annotations, exactly as SPEC §5 describes.

Both sides are plain `Resolution` dicts (gold may omit `span`, `id`, `warnings`, `source` and may
carry extra keys such as `notes`), so the scorer reads them with `.get` and never validates them
against the pydantic models, which would reject gold.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, PredictionFormatError
from .format import cap

if TYPE_CHECKING:
    from rich.table import Table

ALIGN_THRESHOLD = 0.5
BOUNDARY_THRESHOLD = 0.95

# Fixed metric names, in report order: downstream tools and `--json` consumers key on them.
DIRECTIVE_METRICS = ("directive_precision", "directive_recall", "directive_f1")
PAIR_METRICS = (
    "number_accuracy", "kind_accuracy", "addressees_accuracy", "action_accuracy", "actions_f1",
    "deadline_accuracy", "section_accuracy", "boundary_accuracy",
)
DEADLINE_METRICS = ("deadline_precision", "deadline_recall", "deadline_f1")
REFERENCE_METRICS = ("references_precision", "references_recall", "references_f1")
DOCUMENT_FIELDS = ("doc_type", "date", "place")
DOCUMENT_METRICS = tuple(f"{name}_accuracy" for name in DOCUMENT_FIELDS)
METRIC_NAMES = DIRECTIVE_METRICS + PAIR_METRICS + DEADLINE_METRICS + REFERENCE_METRICS + DOCUMENT_METRICS
# The headline (SPEC §5): directive F1 × the mean of these; an undefined one (0/0) is left out.
EXTRACTION_SCORE = "extraction_score"
HEADLINE_PARTS = ("addressees_accuracy", "action_accuracy", "kind_accuracy", "deadline_f1")

# ---------------------------------------------------------------------------------------------
# String normalisation and token overlap
# ---------------------------------------------------------------------------------------------

_CHAR_MAP = str.maketrans(
    {
        **{c: '"' for c in "«»„“”‟\"'‘’‚‛‹›`"},
        **{c: "-" for c in "‐‑‒–—―−"},
        "ё": "е",
        # Invisible conversion debris would otherwise split or glue tokens.
        "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
    }
)
_WS = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+")


def _is_edge_junk(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def normalize_string(s: str | None) -> str:
    """Lower-case, ё→е, one kind of quote and dash, collapsed whitespace, no punctuation at the ends.

    None gives "", so a null and an empty value compare equal; other values (dates) go through str().
    """
    if s is None:
        return ""
    # NFC first: a decomposed "ё" (е + U+0308) must fold like the composed one.
    text = unicodedata.normalize("NFC", str(s)).lower().translate(_CHAR_MAP)
    text = _WS.sub(" ", text)
    start, end = 0, len(text)
    while start < end and _is_edge_junk(text[start]):
        start += 1
    while end > start and _is_edge_junk(text[end - 1]):
        end -= 1
    return text[start:end]


def tokens(s: str | None) -> list[str]:
    """Word tokens of the normalised string (punctuation never counts as a token)."""
    return _TOKEN.findall(normalize_string(s))


def _f1_counts(a: Counter[str], b: Counter[str]) -> float:
    total = sum(a.values()) + sum(b.values())
    if total == 0:
        return 1.0  # two empty texts agree completely
    return 2 * sum((a & b).values()) / total


def token_f1(a: str | None, b: str | None) -> float:
    """Bag-of-tokens F1 between two strings; 1.0 for two empty strings, 0.0 when only one is."""
    return _f1_counts(Counter(tokens(a)), Counter(tokens(b)))


def align(
    gold_texts: list[str], pred_texts: list[str], threshold: float = ALIGN_THRESHOLD
) -> list[tuple[int, int]]:
    """One-to-one, order-preserving alignment of gold to predicted texts: (gold_index, pred_index).

    An LCS-style DP where two texts may pair only when their token F1 >= threshold; it maximises the
    number of pairs, then their summed F1. Greedy best-match would let one out-of-order prediction
    steal a partner and cross the others, which SPEC §5 rules out ("in order").
    """
    gold_bags = [Counter(tokens(t)) for t in gold_texts]
    pred_bags = [Counter(tokens(t)) for t in pred_texts]
    n, m = len(gold_bags), len(pred_bags)
    f1 = [[_f1_counts(g, p) for p in pred_bags] for g in gold_bags]
    # best[i][j]: best (pairs, summed F1) using gold[:i] and pred[:j].
    best = [[(0, 0.0)] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cand = max(best[i - 1][j], best[i][j - 1])
            score = f1[i - 1][j - 1]
            if score >= threshold:
                pairs, total = best[i - 1][j - 1]
                cand = max(cand, (pairs + 1, total + score))
            best[i][j] = cand
    result: list[tuple[int, int]] = []
    i, j = n, m
    while i > 0 and j > 0:
        score = f1[i - 1][j - 1]
        pairs, total = best[i - 1][j - 1]
        if score >= threshold and best[i][j] == (pairs + 1, total + score):
            result.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    result.reverse()
    return result


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


def _as_dict(doc: Any) -> dict:
    """Accept pydantic `Resolution` objects as well as dicts, so tests and notebooks can pass either."""
    if hasattr(doc, "model_dump"):
        return doc.model_dump(mode="json")
    return doc


def _check_resolution(obj: Any, fallback_id: str | None) -> tuple[dict | None, str]:
    """(resolution with doc_id set, "") or (None, reason) for a value that is not a usable record."""
    if not isinstance(obj, dict):
        return None, f"expected a JSON object, got {type(obj).__name__}"
    doc_id = obj.get("doc_id", fallback_id)
    if not isinstance(doc_id, str) or not doc_id.strip():
        return None, "no doc_id (a non-empty string)"
    directives = obj.get("directives", [])
    if not isinstance(directives, list) or not all(isinstance(d, dict) for d in directives):
        return None, f"doc_id {doc_id!r}: 'directives' must be a list of objects"
    return {**obj, "doc_id": doc_id}, ""


def _read_text(path: Path) -> str:
    # utf-8-sig: a BOM written by an editor must not break the first JSON line.
    return path.read_text(encoding="utf-8-sig")


def load_gold(gold_dir: str | Path) -> dict[str, dict]:
    """doc_id -> gold resolution for every `*.json` in `gold_dir` (doc_id from the JSON, else the stem)."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise InputError(f"Gold folder not found: {folder}. Pass the folder of annotated .json files.")
    files = sorted(folder.glob("*.json"))
    if not files:
        raise InputError(f"No .json files in gold folder {folder}.")
    gold: dict[str, dict] = {}
    for path in files:
        try:
            data = json.loads(_read_text(path))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"Cannot read gold file {path}: {exc}.") from exc
        doc, reason = _check_resolution(data, path.stem)
        if doc is None:
            raise InputError(f"Bad gold file {path}: {reason}.")
        if doc["doc_id"] in gold:
            raise InputError(f"Gold doc_id {doc['doc_id']!r} appears twice (again in {path}).")
        gold[doc["doc_id"]] = doc
    return gold


def load_predictions(path: str | Path) -> dict[str, dict]:
    """doc_id -> predicted resolution.

    `path` is a `resolutions.jsonl`, a `.json` file, a folder of `*.json` files (searched
    recursively; doc_id from the JSON, else the relative path without extension), or a
    `resextract run` output folder holding `resolutions.jsonl`.
    Raises `PredictionFormatError` naming the file, line and reason on anything unusable.
    """
    source = Path(path)
    if source.is_dir():
        files = sorted(source.rglob("*.json"))
        if not files and (source / "resolutions.jsonl").is_file():
            return _load_jsonl(source / "resolutions.jsonl")
        if not files:
            raise PredictionFormatError(str(source), "the folder holds no .json files")
        preds: dict[str, dict] = {}
        for file in files:
            # doc_id fallback mirrors SPEC §2: the path relative to the folder, without extension.
            _add(preds, _load_json_file(file, file.relative_to(source).with_suffix("").as_posix()), file)
        return preds
    if not source.is_file():
        raise PredictionFormatError(str(source), "no such file or folder")
    if source.suffix.lower() == ".json":
        doc = _load_json_file(source, source.stem)
        return {doc["doc_id"]: doc}
    return _load_jsonl(source)


def _read_or_raise(path: Path) -> str:
    try:
        return _read_text(path)
    except UnicodeDecodeError:
        raise PredictionFormatError(str(path), "not UTF-8 text") from None
    except OSError as exc:
        raise PredictionFormatError(str(path), exc.strerror or str(exc)) from exc


def _add(preds: dict[str, dict], doc: dict, path: Path, where: str = "") -> None:
    if doc["doc_id"] in preds:
        raise PredictionFormatError(str(path), f"{where}doc_id {doc['doc_id']!r} appears twice")
    preds[doc["doc_id"]] = doc


def _load_jsonl(path: Path) -> dict[str, dict]:
    preds: dict[str, dict] = {}
    for number, line in enumerate(_read_or_raise(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PredictionFormatError(
                str(path), f"line {number}: invalid JSON ({exc.msg} at column {exc.colno})"
            ) from None
        doc, reason = _check_resolution(obj, None)
        if doc is None:
            raise PredictionFormatError(str(path), f"line {number}: {reason}")
        _add(preds, doc, path, f"line {number}: ")
    return preds


def _load_json_file(path: Path, fallback_id: str) -> dict:
    try:
        data = json.loads(_read_or_raise(path))
    except json.JSONDecodeError as exc:
        raise PredictionFormatError(
            str(path), f"invalid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    doc, reason = _check_resolution(data, fallback_id)
    if doc is None:
        raise PredictionFormatError(str(path), reason)
    return doc


# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------


@dataclass
class Metric:
    """A ratio kept as counts, so per-document scores sum into micro totals exactly."""

    numerator: int = 0
    denominator: int = 0

    @property
    def value(self) -> float | None:
        """None when undefined (0/0), e.g. reference precision with no predicted references."""
        return self.numerator / self.denominator if self.denominator else None

    def __iadd__(self, other: Metric) -> Metric:
        self.numerator += other.numerator
        self.denominator += other.denominator
        return self



def _empty_metrics() -> dict[str, Metric]:
    return {name: Metric() for name in METRIC_NAMES}


def extraction_score(metrics: Mapping[str, Metric]) -> float | None:
    """directive F1 × the mean of the defined `HEADLINE_PARTS`; None when directive F1 is undefined."""
    f1 = metrics["directive_f1"].value
    parts = [v for v in (metrics[name].value for name in HEADLINE_PARTS) if v is not None]
    if f1 is None:
        return None
    return f1 * (sum(parts) / len(parts)) if parts else f1


def _metrics_dict(metrics: dict[str, Metric]) -> dict[str, Any]:
    return {
        "metrics": {EXTRACTION_SCORE: extraction_score(metrics), **{name: m.value for name, m in metrics.items()}},
        "counts": {name: {"numerator": m.numerator, "denominator": m.denominator}
                   for name, m in metrics.items()},
    }


@dataclass
class DocumentReport:
    doc_id: str
    predicted: bool
    gold_directives: int
    pred_directives: int
    pairs: list[tuple[int, int]]  # 0-based (gold, pred) directive indices from `align`
    metrics: dict[str, Metric] = field(default_factory=_empty_metrics)

    def to_dict(self) -> dict[str, Any]:
        return {
            "predicted": self.predicted,
            "gold_directives": self.gold_directives,
            "pred_directives": self.pred_directives,
            "aligned_indices": [list(p) for p in self.pairs],
            **_metrics_dict(self.metrics),
        }


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


@dataclass
class EvaluationReport:
    metrics: dict[str, Metric]  # micro totals over all gold documents
    per_document: dict[str, DocumentReport]
    unmatched_predictions: list[str]  # predicted doc_ids with no gold: ignored in scores
    missing_predictions: list[str]  # gold doc_ids with no prediction: scored as all wrong

    def to_dict(self) -> dict[str, Any]:
        return {
            **_metrics_dict(self.metrics),
            "documents": len(self.per_document),
            "missing_predictions": list(self.missing_predictions),
            "unmatched_predictions": list(self.unmatched_predictions),
            "per_document": {doc_id: d.to_dict() for doc_id, d in self.per_document.items()},
        }

    def _rows(self) -> list[tuple[str, str, str]]:
        headline = (EXTRACTION_SCORE, _fmt(extraction_score(self.metrics)), "F1 × mean(4)")
        return [headline] + [(name, _fmt(m.value), f"{m.numerator}/{m.denominator}")
                             for name, m in self.metrics.items()]

    def _document_rows(self) -> list[tuple[str, ...]]:
        rows = []
        for doc_id, d in self.per_document.items():
            fields_ok = sum(d.metrics[name].numerator for name in DOCUMENT_METRICS)
            rows.append((
                doc_id, str(d.gold_directives), str(d.pred_directives) if d.predicted else "none",
                str(len(d.pairs)), _fmt(d.metrics["directive_f1"].value),
                _fmt(d.metrics["kind_accuracy"].value), _fmt(d.metrics["action_accuracy"].value),
                _fmt(d.metrics["deadline_accuracy"].value), _fmt(d.metrics["references_f1"].value),
                f"{fields_ok}/{len(DOCUMENT_METRICS)}",
            ))
        return rows

    _DOC_HEADERS = ("doc_id", "gold", "pred", "aligned", "dir_f1", "kind", "action", "deadline",
                    "refs_f1", "doc_fields")

    def to_table(self, per_document: bool = False) -> Table:
        """A rich Table of the metrics, or of the per-document breakdown."""
        from rich.table import Table  # imported here: rich is only needed for display

        if per_document:
            table = Table(title="resextract evaluation by document")
            for header in self._DOC_HEADERS:
                table.add_column(header, justify="left" if header == "doc_id" else "right")
            for row in self._document_rows():
                table.add_row(*row)
        else:
            table = Table(title=f"resextract evaluation ({len(self.per_document)} documents)")
            table.add_column("metric")
            table.add_column("value", justify="right")
            table.add_column("count", justify="right")
            for row in self._rows():
                table.add_row(*row)
        return table


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------


def _directives(doc: Mapping | None) -> list[dict]:
    return list((doc or {}).get("directives") or [])


def _align_directives(gold_dirs: list[dict], pred_dirs: list[dict]) -> list[tuple[int, int]]:
    return align([d.get("text") or "" for d in gold_dirs], [d.get("text") or "" for d in pred_dirs])


def _lemma(action: Any) -> str | None:
    return normalize_string(action.get("lemma")) if isinstance(action, dict) else None


def _lemmas(directive: dict) -> Counter[str]:
    return Counter(_lemma(a) for a in directive.get("actions") or [] if isinstance(a, dict))


def _addressee_set(directive: dict) -> frozenset[str]:
    return frozenset(normalize_string(a.get("normal")) for a in directive.get("addressees") or [])


def _deadline_key(directive: dict) -> tuple[str, str, str] | None:
    d = directive.get("deadline")
    if not d:
        return None
    return normalize_string(d.get("kind")), normalize_string(d.get("start")), normalize_string(d.get("end"))


def _reference_triples(doc: Mapping | None) -> Counter[tuple[str, str, str]]:
    return Counter(
        (normalize_string(r.get("type")), normalize_string(r.get("number")),
         normalize_string(r.get("date")))
        for d in _directives(doc) for r in d.get("references") or []
    )


def _same(a: Any, b: Any) -> bool:
    return normalize_string(a) == normalize_string(b)


def _pair_checks(g: dict, p: dict) -> dict[str, bool]:
    return {
        "number_accuracy": _same(g.get("number"), p.get("number")),
        "kind_accuracy": _same(g.get("kind"), p.get("kind")),
        "addressees_accuracy": _addressee_set(g) == _addressee_set(p),
        "action_accuracy": _lemma(g.get("action")) == _lemma(p.get("action")),
        "deadline_accuracy": _deadline_key(g) == _deadline_key(p),
        "section_accuracy": _same(g.get("section"), p.get("section")),
        "boundary_accuracy": token_f1(g.get("text"), p.get("text")) >= BOUNDARY_THRESHOLD,
    }


def _set_prf(metrics: dict[str, Metric], prefix: str, hits: int, n_gold: int, n_pred: int) -> None:
    # F1 kept as 2·hits / (gold + pred): the same number as 2PR/(P+R), but summable across documents.
    metrics[f"{prefix}_precision"] = Metric(hits, n_pred)
    metrics[f"{prefix}_recall"] = Metric(hits, n_gold)
    metrics[f"{prefix}_f1"] = Metric(2 * hits, n_gold + n_pred)


def _score_document(doc_id: str, gold: dict, pred: dict | None) -> DocumentReport:
    gold_dirs, pred_dirs = _directives(gold), _directives(pred)
    pairs = _align_directives(gold_dirs, pred_dirs)
    report = DocumentReport(doc_id, pred is not None, len(gold_dirs), len(pred_dirs), pairs)
    m = report.metrics
    _set_prf(m, "directive", len(pairs), len(gold_dirs), len(pred_dirs))

    action_hits = action_gold = action_pred = 0
    for gi, pi in pairs:
        g, p = gold_dirs[gi], pred_dirs[pi]
        for name, ok in _pair_checks(g, p).items():
            m[name] += Metric(int(ok), 1)
        g_lemmas, p_lemmas = _lemmas(g), _lemmas(p)
        action_hits += sum((g_lemmas & p_lemmas).values())
        action_gold += sum(g_lemmas.values())
        action_pred += sum(p_lemmas.values())
    m["actions_f1"] = Metric(2 * action_hits, action_gold + action_pred)

    # deadline F1 over non-null deadlines: a hit is an aligned pair whose (kind, start, end) agree;
    # every other non-null deadline, aligned or not, counts against precision or recall
    deadline_hits = sum(1 for gi, pi in pairs
                        if _deadline_key(gold_dirs[gi]) is not None
                        and _deadline_key(gold_dirs[gi]) == _deadline_key(pred_dirs[pi]))
    _set_prf(m, "deadline", deadline_hits, sum(_deadline_key(d) is not None for d in gold_dirs),
             sum(_deadline_key(d) is not None for d in pred_dirs))

    g_refs, p_refs = _reference_triples(gold), _reference_triples(pred)
    _set_prf(m, "references", sum((g_refs & p_refs).values()), sum(g_refs.values()), sum(p_refs.values()))

    for name in DOCUMENT_FIELDS:
        # A document with no prediction has every field wrong, even where gold is null.
        ok = pred is not None and _same(gold.get(name), pred.get(name))
        m[f"{name}_accuracy"] = Metric(int(ok), 1)
    return report


def evaluate(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> EvaluationReport:
    """Score predictions against gold (both doc_id -> Resolution dict or model), per SPEC §5.

    Gold documents drive the scores; predictions for doc_ids not in gold are only listed.
    """
    per_document: dict[str, DocumentReport] = {}
    totals = _empty_metrics()
    for doc_id in sorted(gold):
        pred_doc = pred.get(doc_id)
        doc_report = _score_document(
            doc_id, _as_dict(gold[doc_id]), None if pred_doc is None else _as_dict(pred_doc)
        )
        per_document[doc_id] = doc_report
        for name, metric in doc_report.metrics.items():
            totals[name] += metric
    return EvaluationReport(
        metrics=totals,
        per_document=per_document,
        unmatched_predictions=sorted(set(pred) - set(gold)),
        missing_predictions=sorted(set(gold) - set(pred)),
    )


def evaluate_paths(gold_dir: str | Path, pred_path: str | Path) -> EvaluationReport:
    return evaluate(load_gold(gold_dir), load_predictions(pred_path))


# ---------------------------------------------------------------------------------------------
# Readable diffs for golden tests
# ---------------------------------------------------------------------------------------------


def _short(text: Any, limit: int = 60) -> str:
    return repr(cap("" if text is None else str(text), limit))


def _show_deadline(directive: dict) -> str:
    d = directive.get("deadline")
    return "None" if not d else f"{d.get('kind')} {d.get('start')}..{d.get('end')}"


def _show_lemmas(actions: Iterable[Any]) -> str:
    return "[" + ", ".join(str(a.get("lemma")) for a in actions if isinstance(a, dict)) + "]"


def _show_action(directive: dict) -> str:
    action = directive.get("action")
    return str(action.get("lemma")) if isinstance(action, dict) else "None"


def _show_addressees(directive: dict) -> str:
    return repr(sorted(str(a.get("normal")) for a in directive.get("addressees") or []))


# field -> how to print it; the comparison itself is `_pair_checks`, so diff and score never disagree.
_SHOW = {
    "number_accuracy": ("number", lambda d: repr(d.get("number"))),
    "kind_accuracy": ("kind", lambda d: str(d.get("kind"))),
    "section_accuracy": ("section", lambda d: _short(d.get("section")) if d.get("section") else "None"),
    "addressees_accuracy": ("addressees", _show_addressees),
    "action_accuracy": ("action", _show_action),
    "deadline_accuracy": ("deadline", _show_deadline),
    "boundary_accuracy": ("text", lambda d: _short(d.get("text"))),
}


def _ordinal(directives: list[dict], index: int) -> Any:
    return directives[index].get("ordinal") or index + 1


def diff_directives(gold_doc: Any, pred_doc: Any | None) -> list[str]:
    """Human-readable differences between a gold and a predicted document, one line each.

    Covers document fields, missed and extra directives, field-by-field differences of aligned
    pairs (`#5 deadline: gold recurring None..None, pred None`, numbered by gold ordinal) and
    reference triples. An empty list means the prediction scores perfectly.
    """
    gold = _as_dict(gold_doc)
    if pred_doc is None:
        return [f"{gold.get('doc_id')}: no prediction"]
    pred = _as_dict(pred_doc)
    lines = [
        f"{name}: gold {gold.get(name)!r}, pred {pred.get(name)!r}"
        for name in DOCUMENT_FIELDS if not _same(gold.get(name), pred.get(name))
    ]
    gold_dirs, pred_dirs = _directives(gold), _directives(pred)
    pairs = _align_directives(gold_dirs, pred_dirs)
    gold_to_pred = dict(pairs)
    paired_preds = set(gold_to_pred.values())
    for gi, g in enumerate(gold_dirs):
        if gi not in gold_to_pred:
            lines.append(f"#{_ordinal(gold_dirs, gi)} missed: gold {_short(g.get('text'))}")
            continue
        p = pred_dirs[gold_to_pred[gi]]
        label = f"#{_ordinal(gold_dirs, gi)}"
        for name, ok in _pair_checks(g, p).items():
            if not ok:
                field_name, show = _SHOW[name]
                lines.append(f"{label} {field_name}: gold {show(g)}, pred {show(p)}")
        if _lemmas(g) != _lemmas(p):
            lines.append(f"{label} actions: gold {_show_lemmas(g.get('actions') or [])}, "
                         f"pred {_show_lemmas(p.get('actions') or [])}")
    for pi, p in enumerate(pred_dirs):
        if pi not in paired_preds:
            lines.append(f"extra: pred #{_ordinal(pred_dirs, pi)} {_short(p.get('text'))}")
    g_refs, p_refs = _reference_triples(gold), _reference_triples(pred)
    for label, refs in (("missed", g_refs - p_refs), ("extra", p_refs - g_refs)):
        for triple in sorted(refs.elements()):
            lines.append(f"reference {label}: {triple}")
    return lines
