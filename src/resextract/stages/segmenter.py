"""Segmenter: splits a document into header, preamble, formulas, headings and list items.

It works on the classified physical lines of `lines` (with offsets into the decoded text) and
walks them with a small state machine. Morphology is used only to tell
an addressee heading ("Руководителям образовательных организаций:") from a section heading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text import morph
from ..text.tokens import WORD
from ..text.lines import Line, classify_line, clean_text, label_depth, split_inline_items, split_lines
from ..lexicons.patterns import (
    CHARGE_KINDS,
    CHARGE_VERBS,
    FORMULAS,
    NON_RESOLUTIVE_HEADINGS,
    TRAILING_SIGNATURE,
    TRAILING_SIGNATURE_CUE,
    Formula,
)

_RECOMMENDATIONS_HEADING = re.compile(r"^(?:\d[\d.]*\s*)?рекомендаци[ия]\b", re.I)


@dataclass
class Segment:
    """One directive candidate, before morphology."""

    start: int
    end: int
    number: str | None
    text: str
    kind: str
    rules: dict[str, list[str]] = field(default_factory=dict)
    section: str | None = None
    section_verb_text: str | None = None
    block: int = 0
    block_addressee: str | None = None
    block_kind_rule: str | None = None
    preamble_addressees: list[str] = field(default_factory=list)
    deadline_text: str | None = None
    deadline_source: str | None = None
    responsible: str | None = None  # "Ответственный: ..." line under the item
    in_task_list: bool = False


@dataclass
class Segmentation:
    text: str
    lines: list[Line]
    segments: list[Segment]
    formulas: list[tuple[int, Formula]]  # (line index, formula)
    first_formula_line: int | None
    preamble_statements: list[str]
    warnings: list[str]
    list_end_line: int | None = None


def find_formula(text: str, before_list: bool = False) -> Formula | None:
    """The resolutive formula of a line that introduces a list: the line ends with ":", or, when
    `before_list` (a list follows), the formula verb ends the line ("Конференция решила")."""
    t = clean_text(text)
    if t.rstrip(" *").endswith(":"):
        for formula in FORMULAS:
            if formula.pattern.search(t):
                return formula
        return None
    if before_list and len(t) < 400:
        tail = t.rstrip(" *.")
        for formula in FORMULAS:
            m = None
            for m in formula.pattern.finditer(tail):
                pass
            if m is not None and len(tail) - m.end() <= 2 and formula.kind != "task":
                return formula
    return None


def _starts_with_dative(text: str, case: str = "datv") -> bool:
    words = WORD.findall(text)
    if not words:
        return False
    first = words[0]
    if first.isupper() and len(first) >= 2:  # МБУ «МИМЦ»:
        return True
    if morph.is_form(first, "PREP"):
        return False  # "В целях реализации ...:" is a section heading, not an addressee
    return any(
        case in p.tag and ({"NOUN"} & p.tag.grammemes or {"ADJF"} & p.tag.grammemes or {"PRTF"} & p.tag.grammemes)
        for p in morph.parses(first)
    )


def _has_infinitive(text: str) -> bool:
    return any(morph.is_infinitive(w) for w in WORD.findall(text))


def heading_addressee(text: str) -> tuple[str, str | None] | None:
    """(addressee text, charge rule) when a heading names an addressee: "Управлению образованием:",
    "Рекомендовать муниципальному Собранию:"; None for section headings."""
    body = text.rstrip().rstrip(":").strip()
    rule: str | None = None
    case = "datv"
    for name, pattern, verb_case in CHARGE_VERBS:
        m = pattern.match(body)
        if m:
            body, rule, case = body[m.end():], name, verb_case
            break
    if not body or _has_infinitive(body) or len(body) > 250:
        return None
    if not _starts_with_dative(body, case):
        return None
    return body.strip(), rule


def _next_significant_table(lines: list[Line]) -> list[int | None]:
    """For each line, the index of the next line that is not blank or debris (one backward pass,
    so a document of many short lines stays linear)."""
    table: list[int | None] = [None] * len(lines)
    following: int | None = None
    for k in range(len(lines) - 1, -1, -1):
        table[k] = following
        if lines[k].cls not in ("blank", "debris"):
            following = k
    return table


def segment(text: str) -> Segmentation:
    lines: list[Line] = []
    for line in split_lines(text):
        lines.extend(split_inline_items(line))
    for line in lines:
        classify_line(line)

    seg = Segmentation(text, lines, [], [], None, [], [])
    # Without any resolutive formula, a list after a colon (or a bare list) is read as directives.
    next_table = _next_significant_table(lines)
    has_formula = any(
        find_formula(line.raw, before_list=next_table[k] is not None and lines[next_table[k]].cls == "item")
        for k, line in enumerate(lines) if line.cls == "text"
    )

    def _next_significant(_lines: list[Line], k: int) -> Line | None:
        j = next_table[k]
        return None if j is None else lines[j]
    state = "pre"  # pre | list | end
    kind = "instruction"
    formula_name = ""
    block = 0
    block_addressee: str | None = None
    block_kind_rule: str | None = None
    section: str | None = None
    section_depth = 0
    # open headings, innermost last: (label style, the state to restore when the scope closes)
    scopes: list[tuple[tuple[bool, str, int] | None, tuple]] = []
    preamble_addressees: list[str] = []
    in_task_list = False
    paragraph_mode = False
    current: Segment | None = None
    current_lines: list[Line] = []
    block_items: list[Segment] = []
    block_has_item_deadline = False
    pending_deadline_items: list[Segment] = []
    seen_items = False

    def close_item() -> None:
        nonlocal current, current_lines
        if current is not None:
            _finish(current, current_lines, text)
            seg.segments.append(current)
        current, current_lines = None, []

    def open_item(line: Line, rules: list[str]) -> None:
        nonlocal current, current_lines, seen_items
        close_item()
        current = Segment(
            start=line.start + len(line.raw) - len(line.raw.lstrip()),
            end=line.end,
            number=line.number,
            text="",
            kind=kind,
            rules={"boundaries": rules, "kind": [formula_name]},
            section=section,
            block=block,
            block_addressee=block_addressee,
            block_kind_rule=block_kind_rule,
            preamble_addressees=list(preamble_addressees),
            in_task_list=in_task_list,
        )
        current_lines = [line]
        block_items.append(current)
        pending_deadline_items.append(current)
        seen_items = True

    def new_block() -> None:
        nonlocal block, block_items, block_has_item_deadline, pending_deadline_items
        close_item()
        block += 1
        block_items = []
        block_has_item_deadline = False
        pending_deadline_items = []

    for i, line in enumerate(lines):
        if state == "end":
            break
        if line.cls == "blank" or line.cls == "debris":
            continue
        if line.cls == "end":
            if state == "list" or seg.segments or current is not None:
                close_item()
                seg.list_end_line = i
                state = "end"
            continue

        if line.cls == "text":
            following = _next_significant(lines, i)
            formula = find_formula(line.raw, before_list=following is not None and following.cls == "item")
        else:
            formula = None
        if line.cls in ("text", "item") and NON_RESOLUTIVE_HEADINGS.match(line.clean) and state == "list":
            # "2. СЛУШАЛИ:" in minutes: the decisions of the previous question are over
            close_item()
            seg.list_end_line = i
            state, in_task_list = "pre", False
            continue
        if line.cls == "text" and formula is not None:
            close_item()
            new_block()
            kind, formula_name = formula.kind, formula.name
            scopes = []
            in_task_list = formula.kind == "task"
            seg.formulas.append((i, formula))
            if seg.first_formula_line is None and not in_task_list:
                seg.first_formula_line = i
            block_addressee, block_kind_rule, section = None, None, None
            tail = _formula_addressee_tail(line.clean)
            preamble_addressees = [tail] if tail else ([] if in_task_list else preamble_addressees)
            state, paragraph_mode, seen_items = "list", False, False
            continue

        if state == "pre":
            nxt = _next_significant(lines, i)
            if NON_RESOLUTIVE_HEADINGS.match(line.clean):
                continue
            if (
                not has_formula
                and line.cls == "text"
                and line.clean.endswith(":")
                and nxt is not None
                and nxt.cls == "item"
                and not _reports_past(line.clean)
                and _prescribes(nxt.clean)
            ):
                close_item()
                new_block()
                kind, formula_name = _default_kind(seg), "colon_before_list"
                seg.formulas.append((i, Formula("colon_before_list", kind, re.compile(":$"))))
                if seg.first_formula_line is None:
                    seg.first_formula_line = i
                state, in_task_list = "list", False
                continue
            if line.cls == "item" and line.number and not has_formula and not seg.formulas and _prescribes(line.clean):
                kind, formula_name = _default_kind(seg), "list_without_formula"
                if "no resolutive formula found; the list is read as directives" not in seg.warnings:
                    seg.warnings.append("no resolutive formula found; the list is read as directives")
                state = "list"
            else:
                continue

        # --- inside a list -------------------------------------------------------------
        if line.cls == "responsible":
            target = current if current is not None else (seg.segments[-1] if seg.segments else None)
            if target is not None and target.responsible is None:
                target.responsible = line.responsible
                target.rules.setdefault("addressees", []).append("responsible_line")
            continue
        if line.cls == "deadline":
            value = line.deadline_value or ""
            if current is not None and len(pending_deadline_items) <= 1 and current_lines:
                current.deadline_text, current.deadline_source = value, "item"
                current.rules["deadline"] = ["deadline_line_after_item"]
                block_has_item_deadline = True
            elif pending_deadline_items and not block_has_item_deadline and (block_addressee or section):
                # a block opened by a heading, with no per-item terms: its "Срок" covers the block;
                # after items that follow the formula directly it belongs to the item above
                for item in pending_deadline_items:
                    item.deadline_text, item.deadline_source = value, "block"
                    item.rules["deadline"] = ["deadline_line_after_block"]
            elif pending_deadline_items:
                last = pending_deadline_items[-1]
                last.deadline_text, last.deadline_source = value, "item"
                last.rules["deadline"] = ["deadline_line_after_item"]
            pending_deadline_items = []
            close_item()
            continue

        body = line.clean
        if line.cls == "item" and scopes and _closes_scope(scopes[-1][0], line.style):
            # "4. Контроль ..." after "3. Утвердить:" with 3.1, 3.2: back at the heading's level;
            # "2.2." after "2.1. В целях ...:" with а), б): back in the "2. Руководителям:" block
            saved: tuple = ()
            while scopes and _closes_scope(scopes[-1][0], line.style):
                saved = scopes.pop()[1]
            new_block()
            block_addressee, block_kind_rule, section, section_depth, kind, formula_name = saved
        if line.cls == "item" or (line.cls == "text" and body.endswith(":")):
            nxt = _next_significant(lines, i)
            ends_colon = body.rstrip(" *").endswith(":")
            children = nxt is not None and nxt.cls == "item" and label_depth(nxt.number) > label_depth(line.number) > 0
            if line.rule == "label_roman" and not ends_colon and not _has_infinitive(body):
                # "II. Кадровое обеспечение": a Roman heading opens a section above the addressee
                # blocks and numbered items below it
                new_block()
                scopes = []
                block_addressee, block_kind_rule = None, None
                section, section_depth = body.rstrip(" *").strip(), -1
                continue
            if ends_colon and nxt is not None and nxt.cls == "item":
                addressee = heading_addressee(body)
                if addressee is not None:
                    new_block()
                    scopes.append((line.style, (block_addressee, block_kind_rule, section, section_depth, kind, formula_name)))
                    block_addressee, block_kind_rule = addressee
                    if section_depth >= 0 and (label_depth(line.number) <= section_depth or section_depth == 0):
                        section, section_depth = None, 0
                    if block_kind_rule is not None:
                        kind, formula_name = CHARGE_KINDS[block_kind_rule], f"heading_{block_kind_rule}"
                    continue
                new_block()
                scopes.append((line.style, (block_addressee, block_kind_rule, section, section_depth, kind, formula_name)))
                section = body.rstrip(" *").rstrip(":").strip()
                section_depth = max(label_depth(line.number), 1)
                continue
            if children:
                addressee = heading_addressee(body)
                new_block()
                scopes.append((line.style, (block_addressee, block_kind_rule, section, section_depth, kind, formula_name)))
                if addressee is not None:  # "1. Управлению образования" over 1.1, 1.2 without a colon
                    block_addressee, block_kind_rule = addressee
                    section, section_depth = None, 0
                    if block_kind_rule is not None:
                        kind, formula_name = CHARGE_KINDS[block_kind_rule], f"heading_{block_kind_rule}"
                else:
                    section = body.rstrip(" *").rstrip(":").strip()
                    section_depth = label_depth(line.number)
                continue
        if line.cls == "text" and (current is None or not _continues(current_lines, line)):
            nxt = _next_significant(lines, i)
            addressee = heading_addressee(body) if nxt is not None and nxt.cls == "item" and len(body) < 200 else None
            if addressee is not None:  # "Руководителям школ" on its own line over a list, no colon
                new_block()
                block_addressee, block_kind_rule = addressee
                if section_depth >= 0:  # within a Roman section the addressee block stays in it
                    section, section_depth = None, 0
                continue
        if line.cls == "item":
            open_item(line, [line.rule] + (["inline_numbered_items"] if line.inline else []))
            continue
        # an unlabelled text line
        if current is not None and _continues(current_lines, line):
            current_lines.append(line)
            current.rules["boundaries"].append("continuation_line")
            continue
        if not seen_items or paragraph_mode:
            paragraph_mode = True
            open_item(line, ["paragraph_after_formula"])
            continue
        # narrative after a list closes it; a later formula may open another one
        close_item()
        seg.list_end_line = i
        state, in_task_list = "pre", False
        preamble_addressees = [] if in_task_list else preamble_addressees
    close_item()
    return seg


def _closes_scope(scope: tuple[bool, str, int] | None, style: tuple[bool, str, int] | None) -> bool:
    if scope is None or style is None or scope[2] == 0:
        return False
    return scope[0] == style[0] and scope[1] == style[1] and 0 < style[2] <= scope[2]


def _reports_past(text: str) -> bool:
    """"Программа семинара включала:": a narrative in the past tense introduces no directives."""
    return any(morph.is_past_verb(w) for w in WORD.findall(text))


def _prescribes(text: str) -> bool:
    """Whether an item looks like a prescription: an infinitive near its start (after an
    addressee or an adverbial), or an entry-into-force / control clause."""
    words = WORD.findall(text)[:12]
    return any(morph.is_infinitive(w) for w in words) or bool(
        re.search(r"вступа\w+\s+в\s+силу|контроль\b", text, re.I)
    )


def _continues(current_lines: list[Line], line: Line) -> bool:
    last = current_lines[-1].clean.rstrip()
    first = line.clean[:1]
    if first.islower():
        return True
    return bool(last) and last[-1] not in ".;!?:"


def _formula_addressee_tail(text: str) -> str | None:
    """"... рекомендовать руководителям предприятий, организаций ... района:" → the addressee after the
    formula verb, when nothing but the addressee follows it (no infinitive)."""
    m = re.search(r"\b(?:рекомендовать|поручить|предложить)\s+(?P<tail>[^:]{3,300}):\s*$", text, re.I)
    if not m:
        return None
    tail = m.group("tail").strip()
    if _has_infinitive(tail) or not _starts_with_dative(tail):
        return None
    return tail


def _default_kind(seg: Segmentation) -> str:
    """Kind of a list with no formula: what the heading word implies ("РЕКОМЕНДАЦИИ" recommend)."""
    for line in seg.lines[:12]:
        if _RECOMMENDATIONS_HEADING.match(clean_text(line.raw)):
            return "recommendation"
    return "instruction"


def _finish(item: Segment, lines: list[Line], source: str) -> None:
    """Join an item's lines into its one-line text and set its span."""
    parts: list[str] = []
    for n, line in enumerate(lines):
        piece = line.raw[line.body_offset:] if n == 0 else line.raw
        parts.append(piece)
    text = clean_text(" ".join(parts))
    sig = TRAILING_SIGNATURE.search(text) if TRAILING_SIGNATURE_CUE.search(text) else None
    if sig:
        text = text[: sig.start()].rstrip()
        item.rules["boundaries"].append("trailing_signature_removed")
    item.text = text
    last = lines[-1]
    end = last.start + len(last.raw.rstrip())
    if sig:
        # keep the span on the item: cut the source at the signature's first word
        raw = source[item.start:end]
        k = raw.rfind(text[-20:]) if len(text) >= 20 else -1
        if k >= 0:
            end = item.start + k + len(text[-20:])
    item.end = max(end, item.start)
