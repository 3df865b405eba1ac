"""Tests for the scorer (SPEC §5): normalisation, alignment, loading and end-to-end metrics."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from resextract.errors import PredictionFormatError
from resextract.review.evaluate import (
    EXTRACTION_SCORE,
    METRIC_NAMES,
    align,
    diff_directives,
    evaluate,
    evaluate_paths,
    extraction_score,
    load_gold,
    load_predictions,
    normalize_string,
    token_f1,
    tokens,
)

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "annotated"


# --- normalize_string / tokens / token_f1 ------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        ("Приказ", "приказ"),
        ("Ёлка и её ёж", "елка и ее еж"),
        ("е\u0308лка", "елка"),  # decomposed ё folds like the composed one
        ("школа «Лидер»", 'школа "лидер'),  # inner quote unified, trailing one stripped
        ('„Лидер“ и “Лидер” и \'Лидер\' и "Лидер"', 'лидер" и "лидер" и "лидер" и "лидер'),
        ("2023–2024 — 2023—2024 2023‑2024 2023−2024", "2023-2024 - 2023-2024 2023-2024 2023-2024"),
        ("  много   пробелов\t\nи\u00a0строк  ", "много пробелов и строк"),
        ("1.2.", "1.2"),
        ("«Учитель года»;", "учитель года"),
        ("...(текст)!?", "текст"),
        ("№ 309", "№ 309"),  # a symbol, not punctuation: kept
        ("пере\u00adнос", "перенос"),  # soft hyphen from conversion removed
    ],
)
def test_normalize_string(raw: str | None, expected: str) -> None:
    assert normalize_string(raw) == expected


def test_tokens_split_on_punctuation_and_fold_case() -> None:
    assert tokens("Обеспечить, до 1.09.2024 г., «Ёлку»!") == ["обеспечить", "до", "1", "09", "2024", "г", "елку"]
    assert tokens(None) == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("провести конкурс", "Провести конкурс.", 1.0),
        ("провести конкурс", "провести", 2 * 1 / 3),
        ("a b c d", "a b x y", 0.5),
        ("a a b", "a b b", 2 * 2 / 6),  # multiset overlap: min counts
        ("один", "два", 0.0),
        ("", "", 1.0),
        ("", "текст", 0.0),
    ],
)
def test_token_f1(a: str, b: str, expected: float) -> None:
    assert token_f1(a, b) == pytest.approx(expected)
    assert token_f1(b, a) == pytest.approx(expected)


# --- align ---------------------------------------------------------------------------------------

G = ["обеспечить участие педагогов", "провести конкурс чтецов", "разработать план мероприятий",
     "утвердить состав жюри"]


@pytest.mark.parametrize(
    ("pred", "expected"),
    [
        (G, [(0, 0), (1, 1), (2, 2), (3, 3)]),
        ([], []),
        ([G[0], G[2], G[3]], [(0, 0), (2, 1), (3, 2)]),  # deletion
        ([G[0], "совсем другой пункт", G[1], G[2], G[3]], [(0, 0), (1, 2), (2, 3), (3, 4)]),  # insertion
        # Swapped items: only one of the two can be kept without crossing.
        ([G[1], G[0], G[2], G[3]], [(0, 1), (2, 2), (3, 3)]),
        # The whole list reversed: an in-order alignment keeps a single pair.
        (list(reversed(G)), [(0, 3)]),
        # Both candidate pairs (F1 0.8 and 0.5) would cross; the stronger one is kept.
        (["провести конкурс", "обеспечить"], [(1, 0)]),
    ],
)
def test_align_in_order(pred: list[str], expected: list[tuple[int, int]]) -> None:
    assert align(G, pred) == expected


def test_align_threshold_is_inclusive() -> None:
    assert token_f1("a b c d", "a b x y") == 0.5
    assert align(["a b c d"], ["a b x y"]) == [(0, 0)]
    assert token_f1("a b c d", "a x y z") == 0.25
    assert align(["a b c d"], ["a x y z"]) == []
    assert align(["a b c d"], ["a b x y"], threshold=0.6) == []


def test_align_is_one_to_one_and_prefers_the_better_partner() -> None:
    # Two predictions both overlap gold 0; only the exact one is paired with it.
    assert align(["провести конкурс чтецов"], ["провести конкурс", "провести конкурс чтецов"]) == [(0, 1)]
    # Two near-identical gold items and one prediction: one pair, never two.
    assert align(["провести конкурс чтецов", "провести конкурс"], ["провести конкурс"]) == [(1, 0)]


def test_align_maximises_pairs_before_summed_f1() -> None:
    # Pairing gold 0 with pred 1 (F1 1.0) would leave gold 1 unpaired; two weaker pairs win.
    gold = ["a b c d", "e f g h"]
    pred = ["a b x y", "a b c d e f g h"]
    assert token_f1(gold[0], pred[1]) == pytest.approx(2 / 3)
    assert align(gold, pred) == [(0, 0), (1, 1)]


# --- loading -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gold() -> dict[str, dict]:
    return load_gold(GOLD_DIR)


def test_load_gold_reads_every_file_with_its_doc_id(gold: dict[str, dict]) -> None:
    files = sorted(GOLD_DIR.glob("*.json"))
    assert len(gold) == len(files) > 0
    assert set(gold) == {json.loads(f.read_text(encoding="utf-8")).get("doc_id", f.stem) for f in files}
    assert all(doc["directives"] for doc in gold.values())


def test_load_gold_falls_back_to_file_stem(tmp_path: Path) -> None:
    (tmp_path / "042_x.json").write_text(json.dumps({"doc_type": "приказ", "directives": []}), "utf-8")
    assert load_gold(tmp_path) == {"042_x": {"doc_id": "042_x", "doc_type": "приказ", "directives": []}}


def _write_jsonl(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def test_load_predictions_jsonl(tmp_path: Path, gold: dict[str, dict]) -> None:
    path = _write_jsonl(tmp_path / "resolutions.jsonl", list(gold.values()))
    assert load_predictions(path) == gold
    # The `resextract run` output folder works too (it holds resolutions.jsonl, no .json files).
    assert load_predictions(tmp_path) == gold


def test_load_predictions_folder(tmp_path: Path, gold: dict[str, dict]) -> None:
    for doc_id, doc in gold.items():
        (tmp_path / f"{doc_id}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    nested = tmp_path / "sub" / "n1.json"
    nested.parent.mkdir()
    nested.write_text(json.dumps({"doc_type": "приказ", "directives": []}), encoding="utf-8")
    preds = load_predictions(tmp_path)
    assert set(preds) == set(gold) | {"sub/n1"}  # doc_id fallback: relative path without extension
    assert all(preds[doc_id] == gold[doc_id] for doc_id in gold)


@pytest.mark.parametrize(
    ("lines", "reason"),
    [
        (['{"doc_id": "a", "directives": []}', '{"doc_id": "b", "directives": [}'], "line 2: invalid JSON"),
        (['{"directives": []}'], "line 1: no doc_id"),
        (['["not", "an", "object"]'], "line 1: expected a JSON object, got list"),
        (['{"doc_id": "a", "directives": {}}'], "'directives' must be a list of objects"),
        (['{"doc_id": "a"}', "", '{"doc_id": "a"}'], "line 3: doc_id 'a' appears twice"),
    ],
)
def test_bad_jsonl_raises_prediction_format_error(tmp_path: Path, lines: list[str], reason: str) -> None:
    path = tmp_path / "resolutions.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PredictionFormatError, match=reason) as info:
        load_predictions(path)
    assert str(path) in str(info.value)
    assert info.value.code == "bad_predictions"


def test_bad_json_in_folder_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('{"doc_id": "a", "directives": []}', encoding="utf-8")
    (tmp_path / "b.json").write_text('{"doc_id": "b", "directives": [', encoding="utf-8")
    with pytest.raises(PredictionFormatError, match=r"b\.json.*invalid JSON"):
        load_predictions(tmp_path)
    (tmp_path / "b.json").write_text('{"doc_id": "a"}', encoding="utf-8")
    with pytest.raises(PredictionFormatError, match="doc_id 'a' appears twice"):
        load_predictions(tmp_path)


def test_single_json_file_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "007_x.json"
    path.write_text('\ufeff{"directives": []}', encoding="utf-8")
    assert load_predictions(path) == {"007_x": {"doc_id": "007_x", "directives": []}}


def test_missing_or_empty_prediction_path_raises(tmp_path: Path) -> None:
    with pytest.raises(PredictionFormatError, match="no such file or folder"):
        load_predictions(tmp_path / "absent.jsonl")
    with pytest.raises(PredictionFormatError, match="no .json files"):
        load_predictions(tmp_path)


# --- end to end ----------------------------------------------------------------------------------


def test_gold_against_itself_scores_one_everywhere(gold: dict[str, dict], tmp_path: Path) -> None:
    report = evaluate_paths(GOLD_DIR, _write_jsonl(tmp_path / "r.jsonl", list(gold.values())))
    assert list(report.metrics) == list(METRIC_NAMES)
    assert {name: m.value for name, m in report.metrics.items()} == {name: 1.0 for name in METRIC_NAMES}
    n = sum(len(doc["directives"]) for doc in gold.values())
    assert report.metrics["directive_recall"].denominator == n
    assert report.metrics["doc_type_accuracy"].denominator == len(gold)
    assert report.missing_predictions == report.unmatched_predictions == []
    for doc_report in report.per_document.values():
        assert all(m.value in (1.0, None) for m in doc_report.metrics.values())  # None: 0/0, no refs
    assert all(diff_directives(doc, doc) == [] for doc in gold.values())


def _find(gold: dict[str, dict], predicate) -> tuple[str, int]:
    """First (doc_id, directive index) whose directive satisfies `predicate`."""
    for doc_id, doc in sorted(gold.items()):
        for i, d in enumerate(doc["directives"]):
            if predicate(d):
                return doc_id, i
    raise AssertionError("gold has no such directive")


def test_perturbed_copy_scores_exactly_lower(gold: dict[str, dict]) -> None:
    pred = copy.deepcopy(gold)
    n = sum(len(doc["directives"]) for doc in gold.values())
    n_refs = sum(len(d["references"]) for doc in gold.values() for d in doc["directives"])
    n_lemmas = sum(len(d["actions"]) for doc in gold.values() for d in doc["directives"])

    # Perturb four different directives; the dropped one has no references and no deadline.
    with_deadline = _find(gold, lambda d: d["deadline"] is not None)
    with_refs = _find(gold, lambda d: d["references"])
    plain = [(doc_id, i) for doc_id, doc in sorted(gold.items()) for i, d in enumerate(doc["directives"])
             if not d["references"] and d["deadline"] is None and d["kind"] != "task"]
    changed_kind, dropped = plain[0], plain[-1]
    assert len({with_deadline, with_refs, changed_kind, dropped}) == 4

    pred[with_deadline[0]]["directives"][with_deadline[1]]["deadline"] = None
    pred[with_refs[0]]["directives"][with_refs[1]]["references"].pop()
    pred[changed_kind[0]]["directives"][changed_kind[1]]["kind"] = "task"
    dropped_lemmas = len(pred[dropped[0]]["directives"].pop(dropped[1])["actions"])

    report = evaluate(gold, pred)
    values = {name: m.value for name, m in report.metrics.items()}
    assert values["directive_precision"] == 1.0
    assert values["directive_recall"] == (n - 1) / n
    assert values["directive_f1"] == pytest.approx(2 * (n - 1) / (2 * n - 1))
    assert values["kind_accuracy"] == (n - 2) / (n - 1)
    assert values["deadline_accuracy"] == (n - 2) / (n - 1)
    assert values["references_precision"] == 1.0
    assert values["references_recall"] == (n_refs - 1) / n_refs
    assert values["references_f1"] == pytest.approx(2 * (n_refs - 1) / (2 * n_refs - 1))
    # The dropped directive's lemmas leave both sides, so actions stay perfect.
    assert report.metrics["actions_f1"].denominator == 2 * (n_lemmas - dropped_lemmas)
    untouched = {"number_accuracy", "addressees_accuracy", "action_accuracy", "actions_f1",
                 "section_accuracy", "boundary_accuracy", "doc_type_accuracy", "date_accuracy",
                 "place_accuracy"}
    assert {name: values[name] for name in untouched} == {name: 1.0 for name in untouched}

    perturbed_docs = {with_deadline[0], with_refs[0], changed_kind[0], dropped[0]}
    for doc_id, doc_report in report.per_document.items():
        perfect = all(m.value in (1.0, None) for m in doc_report.metrics.values())
        assert perfect == (doc_id not in perturbed_docs), doc_id

    # The diff names each regression.
    deadline_doc = gold[with_deadline[0]]
    ordinal = deadline_doc["directives"][with_deadline[1]]["ordinal"]
    dl = deadline_doc["directives"][with_deadline[1]]["deadline"]
    assert f"#{ordinal} deadline: gold {dl['kind']} {dl['start']}..{dl['end']}, pred None" in diff_directives(
        deadline_doc, pred[with_deadline[0]]
    )
    kind_diff = diff_directives(gold[changed_kind[0]], pred[changed_kind[0]])
    kind_ordinal = gold[changed_kind[0]]["directives"][changed_kind[1]]["ordinal"]
    old_kind = gold[changed_kind[0]]["directives"][changed_kind[1]]["kind"]
    assert f"#{kind_ordinal} kind: gold {old_kind}, pred task" in kind_diff
    dropped_ordinal = gold[dropped[0]]["directives"][dropped[1]]["ordinal"]
    assert any(line.startswith(f"#{dropped_ordinal} missed:")
               for line in diff_directives(gold[dropped[0]], pred[dropped[0]]))
    assert any(line.startswith("reference missed:")
               for line in diff_directives(gold[with_refs[0]], pred[with_refs[0]]))


def _doc(doc_id: str, directives: list[dict], **fields) -> dict:
    return {"doc_id": doc_id, "doc_type": "приказ", "date": "2020-01-01", "place": None,
            "directives": directives, **fields}


def _directive(text: str, **fields) -> dict:
    base = {"number": None, "kind": "instruction", "section": None, "addressees": [], "text": text,
            "action": None, "actions": [], "deadline": None, "references": []}
    return {**base, **fields}


def _action(lemma: str) -> dict:
    return {"text": lemma, "lemma": lemma, "aspect": None, "form": "infinitive"}


def test_small_document_exact_counts() -> None:
    gold = {"a": _doc("a", [
        _directive("Провести конкурс чтецов.", number="1", action=_action("провести"),
                   actions=[_action("провести"), _action("наградить")],
                   addressees=[{"text": "Школам", "normal": "Школы", "source": "block", "person": None}]),
        _directive("Утвердить состав жюри.", number="2", section="Жюри",
                   deadline={"text": "ежегодно", "kind": "recurring", "start": None, "end": None,
                             "source": "inline"},
                   references=[{"type": "Приказ", "number": "№ 5", "date": "2019-05-01", "text": "x"}]),
        _directive("Контроль оставляю за собой.", number="3", kind="decision"),
    ])}
    pred = {"a": _doc("a", [
        _directive("провести конкурс чтецов", number="1.", action=_action("Провести"),
                   actions=[_action("провести")],
                   addressees=[{"text": "школам", "normal": "школы", "source": "inline", "person": None}]),
        _directive("Утвердить состав жюри и план работы на год.", number="2", section="жюри:",
                   references=[{"type": "приказ", "number": "№ 5", "date": "2019-05-01", "text": "y"},
                               {"type": "закон", "number": "273-ФЗ", "date": None, "text": "z"}]),
        _directive("Совсем посторонний текст.", number="4"),
    ], place="Тында"), "stray": _doc("stray", [])}
    report = evaluate(gold, pred)
    counts = {name: (m.numerator, m.denominator) for name, m in report.metrics.items()}
    assert counts == {
        "directive_precision": (2, 3), "directive_recall": (2, 3), "directive_f1": (4, 6),
        "number_accuracy": (2, 2),  # "1." == "1": end punctuation stripped
        "kind_accuracy": (2, 2),
        "addressees_accuracy": (2, 2),  # case-insensitive set of `normal`; empty == empty
        "action_accuracy": (2, 2),  # both null counts as equal
        "actions_f1": (2, 3),  # gold {провести, наградить}, pred {провести}
        "deadline_accuracy": (1, 2),
        "section_accuracy": (2, 2),
        "boundary_accuracy": (1, 2),  # 2nd pair: token F1 6/11, aligned but < 0.95
        # one gold deadline, none predicted: recall 0/1, precision over nothing
        "deadline_precision": (0, 0), "deadline_recall": (0, 1), "deadline_f1": (0, 1),
        "references_precision": (1, 2), "references_recall": (1, 1), "references_f1": (2, 3),
        "doc_type_accuracy": (1, 1), "date_accuracy": (1, 1), "place_accuracy": (0, 1),
    }
    assert report.unmatched_predictions == ["stray"]
    # headline: directive F1 4/6 × mean(addressees 1, action 1, kind 1, deadline F1 0) = 2/3 × 3/4
    assert extraction_score(report.metrics) == pytest.approx(0.5)
    assert report.per_document["a"].pairs == [(0, 0), (1, 1)]
    assert diff_directives(gold["a"], pred["a"]) == [
        "place: gold None, pred 'Тында'",
        "#1 actions: gold [провести, наградить], pred [провести]",
        "#2 deadline: gold recurring None..None, pred None",
        "#2 text: gold 'Утвердить состав жюри.', pred 'Утвердить состав жюри и план работы на год.'",
        "#3 missed: gold 'Контроль оставляю за собой.'",
        "extra: pred #3 'Совсем посторонний текст.'",
        "reference extra: ('закон', '273-фз', '')",
    ]


def test_missing_prediction_counts_as_all_wrong(gold: dict[str, dict]) -> None:
    pred = copy.deepcopy(gold)
    missing = sorted(gold)[0]
    del pred[missing]
    n = sum(len(doc["directives"]) for doc in gold.values())
    k = len(gold[missing]["directives"])
    report = evaluate(gold, pred)
    assert report.missing_predictions == [missing]
    assert report.metrics["directive_recall"].value == (n - k) / n
    assert report.metrics["directive_precision"].value == 1.0
    assert report.metrics["kind_accuracy"].value == 1.0  # only aligned pairs are judged
    for name in ("doc_type_accuracy", "date_accuracy", "place_accuracy"):
        assert (report.metrics[name].numerator, report.metrics[name].denominator) == (len(gold) - 1, len(gold))
    assert report.per_document[missing].predicted is False
    assert diff_directives(gold[missing], None) == [f"{missing}: no prediction"]


def test_report_outputs(gold: dict[str, dict]) -> None:
    import io

    from rich.console import Console
    from rich.table import Table

    pred = copy.deepcopy(gold)
    pred["extra_doc"] = {"doc_id": "extra_doc", "directives": []}
    report = evaluate(gold, pred)
    data = json.loads(json.dumps(report.to_dict()))  # must be JSON-serialisable for --json
    assert data["metrics"] == {EXTRACTION_SCORE: 1.0, **{name: 1.0 for name in METRIC_NAMES}}
    assert data["counts"]["doc_type_accuracy"] == {"numerator": len(gold), "denominator": len(gold)}
    assert data["unmatched_predictions"] == ["extra_doc"]
    assert set(data["per_document"]) == set(gold)
    assert isinstance(report.to_table(), Table) and report.to_table().row_count == len(METRIC_NAMES) + 1  # the headline first
    assert report.to_table(per_document=True).row_count == len(gold)
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(report.to_table())  # what `resextract evaluate` prints
    text = console.export_text()
    assert "directive_f1" in text and "1.000" in text
    assert f"{len(gold)}/{len(gold)}" in text  # the counts column


_DEADLINE = {"text": "до 1 мая 2024 г.", "kind": "date", "start": None, "end": "2024-05-01", "source": "inline"}
_OTHER_DEADLINE = {**_DEADLINE, "end": "2024-06-01"}


@pytest.mark.parametrize("gold_deadlines, pred_deadlines, pred_texts, counts", [
    # an aligned pair with equal deadlines is the only kind of hit
    ([_DEADLINE, None], [_DEADLINE, None], None, (1, 1, 1)),
    # a wrong term counts against both precision and recall
    ([_DEADLINE, None], [_OTHER_DEADLINE, None], None, (0, 1, 1)),
    # a predicted deadline where gold has none counts against precision only
    ([None, None], [_DEADLINE, None], None, (0, 0, 1)),
    # an unaligned gold directive's deadline is missed, an unaligned prediction's is extra
    ([_DEADLINE, _DEADLINE], [_DEADLINE, _DEADLINE], ["Провести конкурс чтецов.", "Совсем другой текст тут."],
     (1, 2, 2)),
    # no deadline anywhere: an F1 over nothing, undefined
    ([None, None], [None, None], None, (0, 0, 0)),
])
def test_deadline_f1_counts_every_non_null_deadline(gold_deadlines, pred_deadlines, pred_texts, counts) -> None:
    texts = ["Провести конкурс чтецов.", "Утвердить состав жюри."]
    gold = {"a": _doc("a", [_directive(t, deadline=d) for t, d in zip(texts, gold_deadlines)])}
    pred = {"a": _doc("a", [_directive(t, deadline=d) for t, d in zip(pred_texts or texts, pred_deadlines)])}
    m = evaluate(gold, pred).metrics
    hits, n_gold, n_pred = counts
    assert (m["deadline_f1"].numerator, m["deadline_f1"].denominator) == (2 * hits, n_gold + n_pred)
    assert (m["deadline_recall"].denominator, m["deadline_precision"].denominator) == (n_gold, n_pred)


def test_extraction_score_leaves_an_undefined_deadline_f1_out_of_the_mean() -> None:
    texts = ["Провести конкурс чтецов.", "Утвердить состав жюри."]
    gold = {"a": _doc("a", [_directive(t) for t in texts])}
    pred = {"a": _doc("a", [_directive(texts[0], kind="decision"), _directive(texts[1])])}
    m = evaluate(gold, pred).metrics
    assert m["deadline_f1"].value is None
    # directive F1 1 × mean(addressees 1, action 1, kind 1/2) = 5/6
    assert extraction_score(m) == pytest.approx(5 / 6)
