"""Pre-annotations for correction in standard tools, and corrected tasks back to gold JSON.

- Label Studio: `tasks.json` (one task per document: `data.text`, a `predictions` entry with
  one `labels` region per directive, label = kind, plus per-region text areas holding the
  editable fields) and `labeling_config.xml` to create the project with.
- BRAT: `{doc_id}.txt` + `{doc_id}.ann` standoff (a T line per directive, an attribute for
  the deadline kind, an AnnotatorNotes line with the other fields), with `annotation.conf`
  and `visual.conf`.
- `import_labelstudio` turns exported tasks (the annotators' `annotations`, else the
  `predictions`) into gold files of the SPEC's shape, one per doc_id.

Editable fields are text-area lines, fields separated by " | ":

    addressees   normal | source | person          ("Управление образованием | block")
    actions      lemma | aspect | form             ("провести | perf | infinitive", "-" = none)
    deadline     kind | start | end | source | text
    references   type | number | date | issuer | title | text
    number, section, quoted_names                  the value itself, one per line

Why lines and not only the JSON record: an annotator can correct them in Label Studio's UI.
The exported record is kept in `data.records` (by region id), so a line left unchanged
restores the original object exactly — the "as printed" texts included — and an unchanged
task imports to exactly the extracted record.
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, get_args

from pydantic import BaseModel, ValidationError

from .. import __version__
from ..errors import InputError
from ..io.atomic import write_atomic
from ..models import (
    Action, Addressee, Deadline, DeadlineKind, Directive, Reference, Resolution,
)
from .format import deadline_summary, directive_label
from .html import KIND_COLOURS, KINDS

SEP = " | "
NONE = "-"
DOC_FIELDS = ("doc_type", "date", "place", "title", "event")
# Fields a gold file leaves out: the input path and the pipeline's own notes are not annotations.
GOLD_EXCLUDE = {"source", "warnings"}

M = TypeVar("M", bound=BaseModel)


class AnnotationFormatError(InputError):
    code = "bad_annotations"

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"Cannot import annotations from {where}: {reason}.")


# --- offsets: Label Studio counts UTF-16 code units (JavaScript strings), Python code points ---


def _utf16_offset(text: str, index: int) -> int:
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def _codepoint_offset(text: str, units: int) -> int:
    if text.isascii() or all(ord(ch) <= 0xFFFF for ch in text):
        return units
    count = 0
    for i, ch in enumerate(text):
        if count >= units:
            return i
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


# --- field lines -----------------------------------------------------------------------------


def _cell(value: Any) -> str:
    # A line holds one record: newlines and the separator's bar cannot appear inside a field.
    return NONE if value is None or value == "" else " ".join(str(value).replace("|", "/").split())


def _row(*values: Any) -> str:
    return SEP.join(_cell(v) for v in values)


def addressee_line(a: Addressee) -> str:
    return _row(a.normal, a.source) + (SEP + _cell(a.person) if a.person else "")


def action_line(a: Action) -> str:
    return _row(a.lemma, a.aspect, a.form)


def deadline_line(d: Deadline) -> str:
    return _row(d.kind, d.start, d.end, d.source, d.text)


def reference_line(r: Reference) -> str:
    return _row(r.type, r.number, r.date, r.issuer, r.title, r.text)


def _fields(line: str, count: int) -> list[str | None]:
    parts = [p.strip() for p in line.split("|", count - 1)]
    parts += [""] * (count - len(parts))
    return [None if p in ("", NONE) else p for p in parts]


def _parse_addressee(line: str) -> dict:
    normal, source, person = _fields(line, 3)
    return {"text": normal, "normal": normal, "source": source or "inline", "person": person}


def _parse_action(line: str) -> dict:
    lemma, aspect, form = _fields(line, 3)
    return {"text": lemma, "lemma": lemma, "aspect": aspect, "form": form or "infinitive"}


def _parse_deadline(line: str) -> dict:
    kind, start, end, source, text = _fields(line, 5)
    return {"text": text or kind, "kind": kind, "start": start, "end": end, "source": source or "item"}


def _parse_reference(line: str) -> dict:
    type_, number, date, issuer, title, text = _fields(line, 6)
    return {"type": type_, "number": number, "date": date, "issuer": issuer, "title": title,
            "text": text or " ".join(x for x in (type_, number) if x)}


def _single(lines: list[str] | None, original: Any) -> Any:
    """A one-value field: the original when its line is unchanged, else the edited line (or None)."""
    kept = [line.strip() for line in lines or [] if line.strip() and line.strip() != NONE]
    if not kept:
        return None
    return original if original is not None and kept[0] == _cell(original) else kept[0]


def _find(names: list[str], line: str) -> str | None:
    return next((n for n in names if _cell(n) == line.strip()), None)


def _reconcile(
    lines: list[str], originals: list[M], fmt: Callable[[M], str], parse: Callable[[str], dict]
) -> list[Any]:
    """Objects for `lines`: an unchanged line gives back its original, an edited one is parsed."""
    pool: dict[str, list[M]] = {}
    for obj in originals:
        pool.setdefault(fmt(obj), []).append(obj)
    out: list[Any] = []
    for line in lines:
        if not line.strip():
            continue
        same = pool.get(line.strip())
        out.append(same.pop(0).model_dump(mode="json") if same else parse(line))
    return out


# --- Label Studio export ---------------------------------------------------------------------


def labeling_config() -> str:
    """The Label Studio labeling interface that matches the exported tasks."""
    labels = "\n".join(
        f'    <Label value="{kind}" background="{accent}"/>' for kind, (_, accent) in KIND_COLOURS.items()
    )
    hints = {
        "number": "1.2", "section": "section heading", "addressees": "normal | source | person",
        "actions": "lemma | aspect | form", "deadline": "kind | start | end | source | text",
        "references": "type | number | date | issuer | title | text", "quoted_names": "name",
    }
    single = {"number", "section", "deadline"}
    areas = "\n".join(
        f'    <TextArea name="{name}" toName="text" perRegion="true" editable="true" '
        f'placeholder="{hint}"' + (' maxSubmissions="1"' if name in single else "") + "/>"
        for name, hint in hints.items()
    )
    doc = "\n".join(
        f'  <TextArea name="{name}" toName="text" editable="true" maxSubmissions="1" placeholder="{name}"/>'
        for name in DOC_FIELDS
    )
    return (
        "<View>\n  <Labels name=\"kind\" toName=\"text\">\n" + labels + "\n  </Labels>\n"
        "  <Text name=\"text\" value=\"$text\"/>\n"
        "  <View visibleWhen=\"region-selected\">\n"
        "    <Header value=\"Directive: one item per line, fields separated by ' | ', '-' for none\"/>\n"
        + areas + "\n  </View>\n  <Header value=\"Document\"/>\n" + doc + "\n</View>\n"
    )


def _region_lines(d: Directive) -> dict[str, list[str]]:
    return {
        "number": [d.number] if d.number else [],
        "section": [_cell(d.section)] if d.section else [],
        "addressees": [addressee_line(a) for a in d.addressees],
        "actions": [action_line(a) for a in d.actions],
        "deadline": [deadline_line(d.deadline)] if d.deadline else [],
        "references": [reference_line(r) for r in d.references],
        "quoted_names": [_cell(n) for n in d.quoted_names],
    }


def labelstudio_task(resolution: Resolution, text: str) -> dict:
    """One Label Studio task: the text, the document's fields and one region per directive."""
    result: list[dict] = []
    records: dict[str, dict] = {}
    for d in resolution.directives:
        rid = f"d{d.ordinal}"
        records[rid] = d.model_dump(mode="json")
        start, end = (_utf16_offset(text, d.span[0]), _utf16_offset(text, d.span[1]))
        where = {"start": start, "end": end}
        result.append({
            "id": rid, "from_name": "kind", "to_name": "text", "type": "labels",
            "value": {**where, "text": text[d.span[0]:d.span[1]], "labels": [d.kind]},
            "meta": {"text": [directive_label(d)]},
        })
        for name, lines in _region_lines(d).items():
            if lines:
                result.append({"id": rid, "from_name": name, "to_name": "text", "type": "textarea",
                               "value": {**where, "text": lines}})
    doc = resolution.model_dump(mode="json", exclude={"directives", *GOLD_EXCLUDE})
    for name in DOC_FIELDS:
        if doc.get(name) is not None:
            result.append({"id": f"doc-{name}", "from_name": name, "to_name": "text",
                           "type": "textarea", "value": {"text": [_cell(doc[name])]}})
    return {
        "data": {"text": text, "doc_id": resolution.doc_id, "resolution": doc, "records": records},
        "predictions": [{"model_version": f"resextract {__version__}", "result": result}],
    }


def write_labelstudio(items: Iterable[tuple[Resolution, str]], out_dir: str | os.PathLike[str]) -> Path:
    """`out_dir/tasks.json` (import it into a project) and `out_dir/labeling_config.xml`."""
    out = Path(out_dir)
    tasks = [labelstudio_task(res, text) for res, text in items]
    write_atomic(out / "labeling_config.xml", labeling_config())
    path = out / "tasks.json"
    write_atomic(path, json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
    return path


# --- BRAT export -----------------------------------------------------------------------------


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut at line breaks (BRAT spans cannot cross one), each piece stripped."""
    pieces = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        a, b = start + m.start(), start + m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            pieces.append((a, b))
    return pieces


def _note(d: Directive) -> str:
    parts = [f"№{d.number}" if d.number else f"#{d.ordinal}"]
    if d.addressees:
        parts.append("to: " + "; ".join(a.normal + (f" ({a.person})" if a.person else "")
                                         for a in d.addressees))
    if d.actions:
        parts.append("actions: " + ", ".join(a.lemma for a in d.actions))
    if d.deadline:
        parts.append(f"deadline: {deadline_summary(d.deadline)} «{d.deadline.text}»")
    if d.references:
        parts.append("cites: " + "; ".join(r.text for r in d.references))
    return " · ".join(" ".join(p.split()) for p in parts)


def brat_ann(resolution: Resolution, text: str) -> str:
    """The .ann standoff of one document (offsets in code points, as BRAT counts them)."""
    lines: list[str] = []
    n_attr = 0
    for i, d in enumerate(resolution.directives, start=1):
        pieces = _fragments(text, *d.span)
        if not pieces:
            continue
        where = ";".join(f"{a} {b}" for a, b in pieces)
        lines.append(f"T{i}\t{d.kind} {where}\t{' '.join(text[a:b] for a, b in pieces)}")
        if d.deadline:
            n_attr += 1
            lines.append(f"A{n_attr}\tDeadline T{i} {d.deadline.kind}")
        lines.append(f"#{i}\tAnnotatorNotes T{i}\t{_note(d)}")
    return "\n".join(lines) + ("\n" if lines else "")


def brat_configs() -> dict[str, str]:
    kinds = "\n".join(KIND_COLOURS)
    deadline_kinds = "|".join(get_args(DeadlineKind))
    annotation = (f"[entities]\n{kinds}\n\n[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, "
                  f"<OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\nDeadline\tArg:<ENTITY>, "
                  f"Value:{deadline_kinds}\n")
    drawing = "\n".join(
        f"{k}\tbgColor:{fill}, borderColor:{accent}" for k, (fill, accent) in KIND_COLOURS.items()
    )
    labels = "\n".join(f"{k} | {k}" for k in KIND_COLOURS)
    visual = f"[labels]\n{labels}\n\n[drawing]\n{drawing}\n"
    return {"annotation.conf": annotation, "visual.conf": visual}


def write_brat(items: Iterable[tuple[Resolution, str]], out_dir: str | os.PathLike[str]) -> list[Path]:
    """`{doc_id}.txt` + `{doc_id}.ann` per document (doc_id folders kept) and the two .conf files."""
    out = Path(out_dir)
    written = []
    for name, content in brat_configs().items():
        write_atomic(out / name, content)
    for res, text in items:
        base = out / res.doc_id
        write_atomic(base.with_name(base.name + ".txt"), text)
        write_atomic(base.with_name(base.name + ".ann"), brat_ann(res, text))
        written.append(base.with_name(base.name + ".ann"))
    return written


# --- Label Studio import ---------------------------------------------------------------------


def _annotations(task: Mapping) -> list[Mapping]:
    return [a for a in task.get("annotations") or [] if isinstance(a, Mapping) and not a.get("was_cancelled")]


def _predictions(task: Mapping) -> list[Mapping]:
    """The task's predictions that carry their result (Label Studio's own export lists only ids)."""
    return [p for p in task.get("predictions") or [] if isinstance(p, Mapping) and "result" in p]


def prediction_ids_only(task: Mapping) -> bool:
    """No annotation, and predictions listed only by their ids, as Label Studio exports them: the
    results are in the tasks file that was imported, not in the export."""
    return not _annotations(task) and bool(task.get("predictions")) and not _predictions(task)


def _chosen_result(task: Mapping) -> list[dict] | None:
    """The latest non-cancelled annotation's result, else the first prediction's; None if neither."""
    annotations = _annotations(task)
    if annotations:
        latest = max(enumerate(annotations),
                     key=lambda p: (p[1].get("updated_at") or p[1].get("created_at") or "", p[0]))[1]
        return list(latest.get("result") or [])
    predictions = _predictions(task)
    if predictions:
        return list(predictions[0].get("result") or [])
    return None


def _item_text(raw: str) -> str:
    """A directive's `text` from its raw span, for a region the annotator moved or drew."""
    from ..lexicons.patterns import LABEL
    from ..text.lines import clean_text

    m = LABEL.match(raw)
    body = raw[m.end():] if m else raw
    return " ".join(clean_text(body).split())


def _directive(
    rid: str, region: dict, areas: dict[str, list[str]], original: dict | None, text: str, doc_id: str
) -> dict:
    value = region["value"]
    labels = [k for k in value.get("labels") or [] if k in KINDS]
    if not labels:
        raise ValueError(f"region {rid} has no kind label (one of {', '.join(KINDS)})")
    start = _codepoint_offset(text, int(value["start"]))
    end = _codepoint_offset(text, int(value["end"]))
    orig = Directive.model_validate(original) if original else None
    same_span = orig is not None and tuple(orig.span) == (start, end)
    deadline = _reconcile(areas.get("deadline", []), [orig.deadline] if orig and orig.deadline else [],
                          deadline_line, _parse_deadline)
    actions = _reconcile(areas.get("actions", []), orig.actions if orig else [], action_line, _parse_action)
    return {
        "id": f"{doc_id}#0", "ordinal": 1,  # renumbered once regions are in text order
        "number": _single(areas.get("number"), orig.number if orig else None),
        "kind": labels[0],
        "section": _single(areas.get("section"), orig.section if orig else None),
        "addressees": _reconcile(areas.get("addressees", []), orig.addressees if orig else [],
                                 addressee_line, _parse_addressee),
        "text": orig.text if same_span else _item_text(text[start:end]),
        "action": actions[0] if actions else None,
        "actions": actions,
        "deadline": deadline[0] if deadline else None,
        "references": _reconcile(areas.get("references", []), orig.references if orig else [],
                                 reference_line, _parse_reference),
        "quoted_names": [_single([line], _find(orig.quoted_names if orig else [], line))
                         for line in areas.get("quoted_names", []) if _single([line], None)],
        "span": (start, end),
    }


def gold_from_task(task: Mapping) -> dict | None:
    """The gold record (SPEC shape) of one task; None when it has neither annotations nor predictions."""
    data = task.get("data") or {}
    text = data.get("text")
    if not isinstance(text, str):
        raise ValueError("the task has no data.text")
    result = _chosen_result(task)
    if result is None:
        return None
    doc = dict(data.get("resolution") or {})
    doc_id = data.get("doc_id") or doc.get("doc_id") or f"task-{task.get('id', 'unknown')}"
    records: Mapping[str, dict] = data.get("records") or {}
    regions: dict[str, dict] = {}
    areas: dict[str, dict[str, list[str]]] = {}
    doc_values: dict[str, list[str]] = {}
    for item in result:
        value = item.get("value") or {}
        rid, kind = str(item.get("id")), item.get("type")
        if kind == "labels" and "start" in value:
            regions[rid] = item
        elif kind == "textarea" and "start" in value:
            areas.setdefault(rid, {})[item.get("from_name", "")] = [str(t) for t in value.get("text") or []]
        elif kind == "textarea" and item.get("from_name") in DOC_FIELDS:
            doc_values[item["from_name"]] = [str(t) for t in value.get("text") or []]
    original = data.get("resolution") or {}
    for name in DOC_FIELDS:  # the document's text areas are authoritative: absent = null
        doc[name] = _single(doc_values.get(name), original.get(name))
    directives = [
        _directive(rid, region, areas.get(rid, {}), records.get(rid), text, doc_id)
        for rid, region in regions.items()
    ]
    directives.sort(key=lambda d: (d["span"][0], d["span"][1]))
    for ordinal, d in enumerate(directives, start=1):
        d["ordinal"], d["id"] = ordinal, f"{doc_id}#{ordinal}"
    doc.update(doc_id=doc_id, directives=directives)
    doc.pop("warnings", None)
    doc.pop("source", None)
    return Resolution.model_validate(doc).model_dump(mode="json", exclude=GOLD_EXCLUDE)


# Keys of Label Studio's JSON-MIN export (one flat object per annotation, without regions' ids).
_JSON_MIN_KEYS = {"annotation_id", "annotator", "lead_time"}


def _load_tasks(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AnnotationFormatError(str(path), str(exc)) from exc
    tasks = data if isinstance(data, list) else [data]
    if not all(isinstance(t, dict) for t in tasks):
        raise AnnotationFormatError(str(path), "expected a JSON list of Label Studio tasks")
    if any("data" not in t and _JSON_MIN_KEYS & t.keys() for t in tasks):
        raise AnnotationFormatError(str(path), (
            "this is Label Studio's JSON-MIN export, which is not supported: it drops the region ids "
            "that tie each directive's fields to its span. Export the project as JSON instead"))
    return tasks


def _task_keys(task: Mapping) -> list[tuple[str, str]]:
    data = task.get("data") or {}
    return [(key, data[key]) for key in ("doc_id", "text") if isinstance(data.get(key), str)]


def fill_predictions(tasks: list[dict], donors: Iterable[Mapping]) -> int:
    """Give each task whose predictions are only ids the predictions of the same document in
    `donors` (the tasks file that was imported into Label Studio: `resextract export`'s
    tasks.json), matched by data.doc_id, else by data.text. Returns how many were filled."""
    known: dict[tuple[str, str], list[Mapping]] = {}
    for donor in donors:
        if _predictions(donor):
            for key in _task_keys(donor):
                known.setdefault(key, _predictions(donor))
    filled = 0
    for task in tasks:
        if prediction_ids_only(task):
            found = next((known[k] for k in _task_keys(task) if k in known), None)
            if found is not None:
                task["predictions"] = [dict(p) for p in found]
                filled += 1
    return filled


def gold_file_name(doc_id: str) -> str:
    # Gold folders are flat (the scorer reads *.json of one folder); the JSON keeps the doc_id.
    return re.sub(r"[^\w.-]+", "__", doc_id).lstrip(".") + ".json"


@dataclass
class ImportReport:
    """What `import_labelstudio` did: gold files `written`; tasks `skipped` (no annotation and no
    prediction); tasks `unresolved` (no annotation, predictions only as ids: see
    `prediction_ids_only`); `filled`: tasks whose predictions came from `predictions_from`."""

    written: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    filled: int = 0


def _task_label(task: Mapping, number: int) -> str:
    return str((task.get("data") or {}).get("doc_id") or f"task {task.get('id', number)}")


def import_labelstudio(
    path: str | os.PathLike[str], out_dir: str | os.PathLike[str],
    predictions_from: str | os.PathLike[str] | None = None,
) -> ImportReport:
    """Write one gold `{doc_id}.json` per task into `out_dir` (see `ImportReport`).

    Everything is checked before anything is written, so a bad task leaves `out_dir` untouched.
    `predictions_from`: a tasks file whose predictions stand in for those a Label Studio export
    lists only by id (`fill_predictions`).
    """
    source = Path(path)
    tasks = _load_tasks(source)
    report = ImportReport()
    if predictions_from is not None:
        report.filled = fill_predictions(tasks, _load_tasks(Path(predictions_from)))
    golds: list[dict] = []
    for number, task in enumerate(tasks, start=1):
        label = _task_label(task, number)
        if prediction_ids_only(task):
            report.unresolved.append(label)
            continue
        try:
            gold = gold_from_task(task)
        except (ValidationError, ValueError, KeyError, TypeError, AttributeError) as exc:
            reason = _validation_reason(exc) if isinstance(exc, ValidationError) else str(exc)
            raise AnnotationFormatError(f"{source} ({label})", reason) from exc
        if gold is None:
            report.skipped.append(label)
        else:
            golds.append(gold)
    names = [gold_file_name(g["doc_id"]) for g in golds]
    if len(set(names)) != len(names):
        raise AnnotationFormatError(str(source), "two tasks have the same doc_id")
    out = Path(out_dir)
    for name, gold in zip(names, golds):
        write_atomic(out / name, json.dumps(gold, ensure_ascii=False, indent=2) + "\n")
        report.written.append(out / name)
    return report


def _validation_reason(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()))
    return f"{where}: {first.get('msg')} (input {first.get('input')!r})"
