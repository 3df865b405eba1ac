"""Label Studio / BRAT exports and the Label Studio import: round trip and corrections."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from resextract.review.annotation import (
    GOLD_EXCLUDE, AnnotationFormatError, brat_ann, gold_from_task, import_labelstudio,
    labeling_config, labelstudio_task, write_brat, write_labelstudio,
)
from resextract.cli.review import register
from resextract.review.evaluate import evaluate_paths, load_gold
from resextract.io.export import resolution_line
from resextract.models import Resolution
from resextract.io.engines import run_outcomes
from resextract.io.inputs import discover, with_sources

SMALL = "027_khabarovsk-prikaz-konkurs-simvolika-2009"
LABEL_STUDIO = Path(__file__).resolve().parent / "data" / "labelstudio-1.23"  # a real server's files


@pytest.fixture(scope="module")
def documents(raw_dir: Path) -> list[tuple[Resolution, str]]:
    # as `resextract export` gets them: the engine's records, each with its source text
    return list(with_sources(run_outcomes(discover(raw_dir), jobs=1)))


def record(res: Resolution) -> dict:
    return res.model_dump(mode="json", exclude=GOLD_EXCLUDE)


def test_round_trip_unchanged_gives_the_records(tmp_path: Path, documents) -> None:
    tasks = write_labelstudio(documents, tmp_path / "ls")
    report = import_labelstudio(tasks, tmp_path / "gold")
    assert report.skipped == [] and report.unresolved == [] and len(report.written) == len(documents)
    for res, _ in documents:
        gold = json.loads((tmp_path / "gold" / f"{res.doc_id}.json").read_text(encoding="utf-8"))
        assert gold == record(res), res.doc_id
    # The scorer reads the imported gold, and the records score perfectly against it.
    (tmp_path / "pred.jsonl").write_text("".join(resolution_line(r) for r, _ in documents), encoding="utf-8")
    assert set(load_gold(tmp_path / "gold")) == {r.doc_id for r, _ in documents}
    metrics = evaluate_paths(tmp_path / "gold", tmp_path / "pred.jsonl").to_dict()["metrics"]
    assert metrics["directive_f1"] == 1.0
    assert all(v in (None, 1.0) for v in metrics.values()), metrics


def test_task_shape(documents) -> None:
    res, text = next((r, t) for r, t in documents if r.doc_id == SMALL)
    task = labelstudio_task(res, text)
    assert task["data"]["text"] == text and task["data"]["doc_id"] == SMALL
    result = task["predictions"][0]["result"]
    regions = [r for r in result if r["type"] == "labels"]
    assert [r["value"]["labels"] for r in regions] == [[d.kind] for d in res.directives]
    for region, d in zip(regions, res.directives):
        assert (region["value"]["start"], region["value"]["end"]) == tuple(d.span)
        assert region["value"]["text"] == text[d.span[0]:d.span[1]]
    names = {r["from_name"] for r in result}
    for name in names:  # every result names a control of the labeling config
        assert f'name="{name}"' in labeling_config()


def _annotate(task: dict, edit) -> dict:
    """The task as Label Studio exports it after an annotator edited the prediction."""
    task = copy.deepcopy(task)
    result = copy.deepcopy(task["predictions"][0]["result"])
    edit(result)
    task["annotations"] = [
        {"id": 1, "result": [], "was_cancelled": True, "updated_at": "2030-01-01T00:00:00"},
        {"id": 2, "result": result, "was_cancelled": False, "updated_at": "2024-05-01T10:00:00"},
    ]
    return task


def _item(result: list[dict], rid: str, name: str) -> dict:
    return next(r for r in result if r["id"] == rid and r["from_name"] == name)


def test_corrections_are_imported(documents) -> None:
    res, text = next((r, t) for r, t in documents if r.doc_id == SMALL)
    task = labelstudio_task(res, text)
    second = res.directives[1]
    new_start = text.index("Министр")
    new_end = new_start + len("Министр")

    def edit(result: list[dict]) -> None:
        _item(result, "d1", "kind")["value"]["labels"] = ["recommendation"]
        _item(result, "d1", "addressees")["value"]["text"] = ["Краевой центр развития творчества | inline"]
        result.remove(_item(result, "d1", "deadline"))  # deadline deleted
        # d2: span shortened by its label "2. "; a deadline added
        for item in (r for r in result if r["id"] == "d2"):
            item["value"]["start"] = second.span[0] + 3
        result.append({"id": "d2", "from_name": "deadline", "to_name": "text", "type": "textarea",
                       "value": {"start": second.span[0] + 3, "end": second.span[1],
                                 "text": ["date | - | 2009-11-01 | item | до 1 ноября 2009 г."]}})
        result[:] = [r for r in result if r["id"] != "d3"]  # d3 deleted
        result.append({"id": "new", "from_name": "kind", "to_name": "text", "type": "labels",
                       "value": {"start": new_start, "end": new_end, "labels": ["decision"]}})
        _item(result, "doc-place", "place")["value"]["text"] = ["Хабаровск"]

    gold = gold_from_task(_annotate(task, edit))
    d1, d2, new = gold["directives"]
    assert gold["place"] == "Хабаровск"
    assert d1["kind"] == "recommendation" and d1["deadline"] is None
    assert d1["addressees"] == [{"text": "Краевой центр развития творчества",
                                 "normal": "Краевой центр развития творчества",
                                 "source": "inline", "person": None}]
    assert d1["actions"] == record(res)["directives"][0]["actions"]  # untouched: kept exactly
    assert d2["span"] == [second.span[0] + 3, second.span[1]]
    assert d2["text"].startswith("Утвердить") and d2["number"] == "2"
    assert d2["deadline"] == {"text": "до 1 ноября 2009 г.", "kind": "date", "start": None,
                              "end": "2009-11-01", "source": "item"}
    assert new["kind"] == "decision" and new["text"] == "Министр" and new["addressees"] == []
    assert [d["ordinal"] for d in gold["directives"]] == [1, 2, 3]
    assert new["id"] == f"{SMALL}#3"


def test_predictions_used_without_annotations_and_skipped_without_either(documents, tmp_path) -> None:
    res, text = documents[0]
    task = labelstudio_task(res, text)
    assert gold_from_task(task) == record(res)
    bare = {"data": {"text": text, "doc_id": "bare"}}
    assert gold_from_task(bare) is None
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([task, bare], ensure_ascii=False), encoding="utf-8")
    report = import_labelstudio(path, tmp_path / "gold")
    assert [p.name for p in report.written] == [f"{res.doc_id}.json"] and report.skipped == ["bare"]


def test_offsets_count_utf16_units_for_label_studio() -> None:
    from resextract.pipeline import get_pipeline

    text = "ПРИКАЗ 🙂\n\nприказываю:\n1. Утвердить план мероприятий.\n2. Провести конкурс.\n"
    res = get_pipeline().extract(text, doc_id="emoji")
    assert res.directives
    task = labelstudio_task(res, text)
    region = task["predictions"][0]["result"][0]
    assert region["value"]["start"] == res.directives[0].span[0] + 1  # the emoji is two units
    assert gold_from_task(task) == record(res)


def test_bad_input_raises(tmp_path: Path, documents) -> None:
    res, text = documents[0]
    path = tmp_path / "tasks.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(AnnotationFormatError):
        import_labelstudio(path, tmp_path / "gold")
    task = labelstudio_task(res, text)
    bad = copy.deepcopy(task)
    next(r for r in bad["predictions"][0]["result"] if r["type"] == "labels")["value"]["labels"] = ["oops"]
    path.write_text(json.dumps([bad], ensure_ascii=False), encoding="utf-8")
    with pytest.raises(AnnotationFormatError, match="no kind label"):
        import_labelstudio(path, tmp_path / "gold")
    bad = copy.deepcopy(task)
    bad["predictions"][0]["result"].append(
        {"id": "d1", "from_name": "deadline", "to_name": "text", "type": "textarea",
         "value": {"start": 0, "end": 1, "text": ["someday | - | - | item | когда-нибудь"]}})
    path.write_text(json.dumps([bad], ensure_ascii=False), encoding="utf-8")
    with pytest.raises(AnnotationFormatError, match=res.doc_id):
        import_labelstudio(path, tmp_path / "gold")
    assert not (tmp_path / "gold").exists()  # nothing written when a task is bad


def test_brat_standoff(tmp_path: Path, documents) -> None:
    write_brat(documents, tmp_path)
    assert (tmp_path / "annotation.conf").is_file() and (tmp_path / "visual.conf").is_file()
    conf = (tmp_path / "annotation.conf").read_text(encoding="utf-8")
    for res, text in documents:
        assert (tmp_path / f"{res.doc_id}.txt").read_bytes() == text.encode("utf-8")
        ann = (tmp_path / f"{res.doc_id}.ann").read_text(encoding="utf-8")
        assert ann == brat_ann(res, text)
        t_lines = [line.split("\t") for line in ann.splitlines() if line.startswith("T")]
        assert len(t_lines) == len(res.directives)
        for (_, kind_and_offsets, covered), d in zip(t_lines, res.directives):
            kind, offsets = kind_and_offsets.split(" ", 1)
            assert kind == d.kind and kind in conf
            pieces = [tuple(map(int, p.split())) for p in offsets.split(";")]
            assert covered == " ".join(text[a:b] for a, b in pieces)
            assert d.span[0] <= pieces[0][0] and pieces[-1][1] <= d.span[1]
            assert all("\n" not in text[a:b] for a, b in pieces)
        notes = [line for line in ann.splitlines() if line.startswith("#")]
        assert len(notes) == len(res.directives)


def test_cli_export_and_import(tmp_path: Path, raw_dir: Path, documents) -> None:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """Test app."""

    register(app)
    runner = CliRunner()
    single = raw_dir / f"{SMALL}.txt"
    result = runner.invoke(app, ["export", "--format", "labelstudio", str(single), str(tmp_path / "ls")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "ls" / "labeling_config.xml").is_file()
    result = runner.invoke(app, ["export", "--format", "brat", str(single), str(tmp_path / "brat")])
    assert result.exit_code == 0 and (tmp_path / "brat" / f"{SMALL}.ann").is_file()
    result = runner.invoke(app, ["import-labelstudio", str(tmp_path / "ls" / "tasks.json"),
                                 "-o", str(tmp_path / "gold")])
    assert result.exit_code == 0, result.output
    gold = json.loads((tmp_path / "gold" / f"{SMALL}.json").read_text(encoding="utf-8"))
    expected = next(r for r, _ in documents if r.doc_id == SMALL)
    assert gold == record(expected)
    bad = runner.invoke(app, ["import-labelstudio", str(tmp_path / "missing.json"), "-o", str(tmp_path)])
    assert bad.exit_code == 2
    bad = runner.invoke(app, ["export", "--format", "docx", str(single), str(tmp_path / "x")])
    assert bad.exit_code == 2


# --- Label Studio's own export (1.23): predictions as ids, JSON-MIN ------------------------------


def _exported(task: dict, task_id: int, result: list[dict] | None = None) -> dict:
    """`task` as Label Studio 1.23 exports it (Export → JSON, the keys of the files in
    tests/data/labelstudio-1.23): predictions listed by id, and an annotation with its
    bookkeeping fields when `result` is given."""
    stamp = "2026-05-04T10:11:12.345678Z"
    prediction = {"id": task_id + 200, "result": task["predictions"][0]["result"],
                  "model_version": "resextract 0.1.0", "created_ago": "0 minutes", "score": None,
                  "cluster": None, "neighbors": None, "mislabeling": 0.0, "created_at": stamp,
                  "updated_at": stamp, "model": None, "model_run": None, "task": task_id, "project": 1}
    annotations = [] if result is None else [{
        "id": task_id + 100, "completed_by": 1, "result": result, "was_cancelled": False,
        "ground_truth": False, "created_at": stamp, "updated_at": stamp, "draft_created_at": None,
        "lead_time": 42.0, "prediction": prediction, "result_count": len(result),
        "unique_id": f"u-{task_id}", "import_id": None, "last_action": None, "bulk_created": False,
        "task": task_id, "project": 1, "updated_by": 1, "parent_prediction": task_id + 200,
        "parent_annotation": None, "last_created_by": None,
    }]
    return {
        "id": task_id, "annotations": annotations, "drafts": [], "predictions": [task_id + 200],
        "data": task["data"], "meta": {}, "created_at": stamp, "updated_at": stamp,
        "allow_skip": True, "inner_id": task_id, "total_annotations": len(annotations),
        "cancelled_annotations": 0, "total_predictions": 1, "comment_count": 0,
        "unresolved_comment_count": 0, "last_comment_updated_at": None, "project": 1,
        "updated_by": None, "comment_authors": [],
    }


@pytest.fixture()
def real_export(tmp_path: Path, documents) -> tuple[Path, Path, list[str]]:
    """(the export, the tasks.json imported into Label Studio, doc_ids of tasks not annotated):
    the first task annotated (its prediction accepted as it was), the others not."""
    tasks_path = write_labelstudio(documents[:3], tmp_path / "ls")
    tasks = json.loads(tasks_path.read_text(encoding="utf-8"))
    exported = [_exported(tasks[0], 1, copy.deepcopy(tasks[0]["predictions"][0]["result"]))]
    exported += [_exported(t, i) for i, t in enumerate(tasks[1:], start=2)]
    path = tmp_path / "project-1-at-2026-05-04-10-12-0a1b2c3d.json"
    path.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    return path, tasks_path, [t["data"]["doc_id"] for t in tasks[1:]]


def test_tasks_with_prediction_ids_are_reported_not_crashing(real_export, tmp_path: Path, documents) -> None:
    path, _, pending = real_export
    report = import_labelstudio(path, tmp_path / "gold")
    assert [p.name for p in report.written] == [f"{documents[0][0].doc_id}.json"]
    assert report.unresolved == pending and report.skipped == [] and report.filled == 0


def test_predictions_from_the_imported_tasks_fill_them_in(real_export, tmp_path: Path, documents) -> None:
    path, tasks_path, _ = real_export
    report = import_labelstudio(path, tmp_path / "gold", predictions_from=tasks_path)
    assert report.unresolved == [] and report.filled == 2 and len(report.written) == 3
    for res, _ in documents[:3]:
        gold = json.loads((tmp_path / "gold" / f"{res.doc_id}.json").read_text(encoding="utf-8"))
        assert gold == record(res), res.doc_id


def test_predictions_are_matched_by_text_when_doc_ids_differ(real_export, tmp_path: Path) -> None:
    path, tasks_path, pending = real_export
    donors = json.loads(tasks_path.read_text(encoding="utf-8"))
    for task in donors:
        del task["data"]["doc_id"]
    (tmp_path / "donors.json").write_text(json.dumps(donors, ensure_ascii=False), encoding="utf-8")
    report = import_labelstudio(path, tmp_path / "gold", predictions_from=tmp_path / "donors.json")
    assert report.filled == len(pending) and report.unresolved == []


def test_an_export_of_only_unannotated_tasks_is_not_silent(real_export, tmp_path: Path) -> None:
    path, _, pending = real_export
    only = json.loads(path.read_text(encoding="utf-8"))[1:]
    path.write_text(json.dumps(only, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(_app(), ["import-labelstudio", str(path), "-o", str(tmp_path / "gold")])
    assert result.exit_code == 1
    warning, = result.stderr.strip().splitlines()
    assert warning.startswith("resextract: warning: 2 tasks not imported")
    assert all(doc_id in warning for doc_id in pending) and "--predictions-from" in warning
    assert result.stdout.startswith("0 gold files written")


def test_cli_predictions_from(real_export, tmp_path: Path) -> None:
    path, tasks_path, _ = real_export
    result = CliRunner().invoke(_app(), ["import-labelstudio", str(path), "-o", str(tmp_path / "gold"),
                                         "--predictions-from", str(tasks_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("3 gold files written") and "2 from the predictions" in result.stdout
    assert not result.stderr


def test_json_min_export_is_refused_with_a_reason(real_export, tmp_path: Path) -> None:
    _, tasks_path, _ = real_export
    task = json.loads(tasks_path.read_text(encoding="utf-8"))[0]
    regions = [r for r in task["predictions"][0]["result"] if r["type"] == "labels"]
    minimal = [{  # Export → JSON-MIN: data fields and each control's values at the top level
        **task["data"], "id": 1,
        "kind": [{"start": r["value"]["start"], "end": r["value"]["end"], "text": r["value"]["text"],
                  "labels": r["value"]["labels"]} for r in regions],
        "annotator": 1, "annotation_id": 101, "created_at": "2026-05-04T10:11:12.345678Z",
        "updated_at": "2026-05-04T10:11:12.345678Z", "lead_time": 12.5,
    }]
    path = tmp_path / "min.json"
    path.write_text(json.dumps(minimal, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(AnnotationFormatError, match="JSON-MIN export, which is not supported"):
        import_labelstudio(path, tmp_path / "gold")
    result = CliRunner().invoke(_app(), ["import-labelstudio", str(path), "-o", str(tmp_path / "gold")])
    assert result.exit_code == 2 and "Export the project as JSON" in result.stderr
    assert not (tmp_path / "gold").exists()


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """Test app."""

    register(app)
    return app


def _golds(folder: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in folder.glob("*.json")}


def test_a_real_label_studio_export(tmp_path: Path) -> None:
    """Files of a Label Studio 1.23.2 server (tests/data/labelstudio-1.23/README.md): the
    annotated task imports with its two corrections, the other from tasks.json."""
    export, tasks = LABEL_STUDIO / "export-json.json", LABEL_STUDIO / "tasks.json"
    annotated, pending = "006_akmola-prikaz-doshkolnye-2020", SMALL
    report = import_labelstudio(export, tmp_path / "alone")
    assert [p.stem for p in report.written] == [annotated] and report.unresolved == [pending]
    report = import_labelstudio(export, tmp_path / "gold", predictions_from=tasks)
    assert report.filled == 1 and report.unresolved == [] and len(report.written) == 2
    import_labelstudio(tasks, tmp_path / "predicted")
    gold, predicted = _golds(tmp_path / "gold"), _golds(tmp_path / "predicted")
    assert gold[pending] == predicted[pending]
    assert gold[annotated] != predicted[annotated]
    first, second = gold[annotated]["directives"][:2]
    assert [a["normal"] for a in first["addressees"]] == ["Отделы образования районов и городов"]
    assert second["kind"] == "task"
    expected = copy.deepcopy(predicted[annotated])
    expected["directives"][0]["addressees"] = first["addressees"]
    expected["directives"][1]["kind"] = "task"
    assert gold[annotated] == expected  # nothing else changed


def test_a_real_json_min_export_is_refused(tmp_path: Path) -> None:
    with pytest.raises(AnnotationFormatError, match="JSON-MIN"):
        import_labelstudio(LABEL_STUDIO / "export-json-min.json", tmp_path / "gold")
