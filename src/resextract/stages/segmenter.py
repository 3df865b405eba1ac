"""Segmenter: splits a document into header, preamble, formulas, headings and list items.

It works on the classified physical lines of `lines` (with offsets into the decoded text) and
walks them once. A `_State` holds where the walk is (before a list, in one, past the act's end),
the `Context` the items inherit from the formula and the headings above them, and the open
headings' `Scope`s; `HANDLERS`, one small function per line class or situation tried in order,
consume each line. The segments carry what was decided (kind, formula verb of the block,
section heading) for the extractor. Morphology is used only to tell an addressee heading
("Руководителям образовательных организаций:") from a section heading, and a list from narrative.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..text import morph
from ..text.dates import find_dates
from ..text.quotes import opening_quote_closed
from ..text.tokens import WORD
from ..text.lines import (
    Line, classify_line, clean_text, label_depth, label_tuple, mark_bare_labels, split_after_formula,
    split_execution_notes, split_run_in_heading,
    split_inline_clauses, split_inline_items, split_lines, split_wrapped_labels, successor,
)
from ..lexicons.patterns import (
    ANNEX_REFERENCE,
    BOTTOM_DATE_REST,
    BOTTOM_NUMBER_LINE,
    CHARGE_COLON_END,
    CONTENT_LIST_HEAD,
    DATE_NUMBER,
    EDITORIAL_NOTE,
    FORMULA_ADDRESSEE_TAIL,
    FORMULAS,
    HEADING_FINAL_VERBS,
    ITEM_FORMULAS,
    UNCHARGED_DECISION,
    NEW_WORDING,
    NON_RESOLUTIVE_HEADINGS,
    PREAMBLE_OPENER,
    CIRCUMSTANCE_OPENER,
    PRESCRIBING_CLAUSE,
    SCHEDULE_HEAD,
    DATED_ROW,
    TRAILING_SIGNATURE,
    TRAILING_SIGNATURE_CUE,
    ChargeVerb,
    opening_charge_verb,
    Formula,
)
from .addressees import find_leading_addressee, find_trailing_addressee
from .deadlines import find_inline_deadline, is_deadline_value

_RECOMMENDATIONS_HEADING = re.compile(r"^(?:\d[\d.]*\s*)?рекомендаци[ия]\b", re.I)
_COLON_END = re.compile(":$")
_OPENING_QUOTES = frozenset('"«“„')
_BARE_NUMBER = re.compile(r"^\d{1,2}\s+(?=[А-ЯЁ])")
_CONTINUED_OBJECT = re.compile(r"\bследующ\w+", re.I)
_NO_FORMULA_WARNING = "no resolutive formula found; the list is read as directives"


@dataclass
class Segment:
    """One directive candidate, before morphology, with what the segmenter decided about it."""

    start: int
    end: int
    number: str | None
    text: str
    kind: str
    kind_rule: str = ""  # the formula or heading that set `kind`
    rules: dict[str, list[str]] = field(default_factory=dict)
    section: str | None = None
    section_tasks: bool = False  # the section heading announces a list of tasks
    section_verb: Formula | None = None  # the item formula of the section heading's verb ("3. Утвердить:")
    section_outer: str | None = None  # the title of the section around a nested one
    block: int = 0
    block_addressee: str | None = None
    block_charge: ChargeVerb | None = None  # the formula verb of the addressee heading ("Обязать ...:")
    preamble_addressees: list[str] = field(default_factory=list)
    deadline_text: str | None = None
    deadline_source: str | None = None
    block_term: str | None = None  # a term alone on a line over the items below it ("до 1 сентября 2014 года:")
    responsible: str | None = None  # "Ответственный: ..." line under the item
    in_task_list: bool = False


@dataclass
class Segmentation:
    text: str
    lines: list[Line]
    segments: list[Segment]
    formulas: list[tuple[int, Formula]]  # (line index, formula)
    first_formula_line: int | None
    warnings: list[str]
    list_end_line: int | None = None


def find_formula(text: str, before_list: bool = False) -> Formula | None:
    """The resolutive formula of a line that introduces a list: the line ends with ":", or, when
    `before_list` (a list follows), the formula verb ends the line ("Конференция решила")."""
    t = clean_text(text)
    if t.rstrip(" *").endswith(":"):
        for formula in FORMULAS:
            if formula.search(t):
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
    seam = morph.glued_seam(first)
    first = first[:seam] if seam else first  # "Министерствукультуры Московской области:"
    if seam and morph.is_form(first, "PREP"):
        return False  # "вграницах личного подворья ...": a preposition glued to its noun
    return any(
        case in p.tag and ({"NOUN"} & p.tag.grammemes or {"ADJF"} & p.tag.grammemes or {"PRTF"} & p.tag.grammemes)
        for p in morph.parses(first)
    )


def _has_infinitive(text: str) -> bool:
    return any(morph.is_infinitive(w) for w in WORD.findall(text))


_CLAUSE_COMMA = re.compile(r",\s*")


def heading_addressee(text: str) -> tuple[str, ChargeVerb | None] | None:
    """(addressee text, charge verb) when a heading names an addressee: "Управлению образованием:",
    "Рекомендовать муниципальному Собранию:"; None for section headings."""
    body = _BARE_NUMBER.sub("", text.rstrip().rstrip(":").strip())  # "1 Руководителям школ:"
    charge: ChargeVerb | None = None
    # "В целях повышения ..., рекомендовать Правительству области:": the formula after a ground or purpose
    starts = [0] + ([m.end() for m in _CLAUSE_COMMA.finditer(body)] if PREAMBLE_OPENER.match(body) else [])
    for start in starts:
        opening = opening_charge_verb(body[start:])
        if opening is not None:
            charge, body = opening[0], body[start + opening[1]:]
            break
    if not body or _has_infinitive(body) or len(body) > 250:
        return None
    if not _starts_with_dative(body, charge.case if charge else "datv"):
        return None
    return body.strip(), charge


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


# --- The state of the walk ------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    """A heading over the items below it ("II. Кадры", "3. Утвердить:")."""

    title: str
    depth: int  # label depth of the heading; -1 for a Roman section above the addressee blocks
    announces_tasks: bool = False  # "1. Считать основными задачами на 2024-2025 учебный год:"
    verb: Formula | None = None  # "3. Утвердить:" / "3. Рекомендовать:": its verb sets its items' kind
    outer: str | None = None  # the enclosing section's title: "1. Утвердить характеристики:" over "1.1. На 2014 год:"

    @classmethod
    def read(cls, title: str, depth: int) -> Section:
        """The section of a heading, with what its words say of its items' kind."""
        if not title:
            return cls(title, depth)
        tasks = any(f.kind == "task" and f.search(title + ":") for f in FORMULAS)
        verb = next((f for f in (*ITEM_FORMULAS, *HEADING_FINAL_VERBS) if f.search(title)), None)
        if verb is None and _CONTINUED_OBJECT.search(title) and UNCHARGED_DECISION.search(title):
            # "1. Установить плату в следующих размерах:" over "- в городе - 20 рублей;": the items
            # finish the body's own sentence ("Определить направления:" over tasks does not)
            verb = UNCHARGED_DECISION
        return cls(title, depth, tasks, verb)


@dataclass(frozen=True)
class Context:
    """What a list item inherits from the formula and the headings above it."""

    kind: str = "instruction"
    kind_rule: str = ""  # the formula or heading that set `kind`
    addressee: str | None = None
    charge: ChargeVerb | None = None  # the formula verb of the addressee heading
    section: Section | None = None
    term: str | None = None  # a term line under the heading ("до 1 сентября 2014 года:"), for the items below

    def in_section(self, title: str, depth: int) -> Context:
        section = Section.read(title, depth)
        outer = self.section
        if outer is not None and 0 <= outer.depth < depth:
            # a sub-heading without a verb of its own ("1.1. На 2014 год:") goes on with its parent's
            section = replace(section, verb=section.verb or outer.verb, outer=outer.title)
        return replace(self, section=section, term=None)

    def under_addressee(self, found: tuple[str, ChargeVerb | None], section: Section | None) -> Context:
        """The block of an addressee heading; a formula verb in it sets the kind ("Рекомендовать Собранию:")."""
        text, charge = found
        context = replace(self, addressee=text, charge=charge, section=section, term=None)
        if charge is not None:
            context = replace(context, kind=charge.kind, kind_rule=f"heading_{charge.name}")
        return context


@dataclass(frozen=True)
class Scope:
    """An open heading: its label style, and the context to restore when a label at its level closes it."""

    style: tuple[bool, str, int] | None
    outer: Context


@dataclass
class _State:
    """The segmenter's walk over the lines: where it is, and the item it is building."""

    seg: Segmentation
    following: list[int | None]  # for each line, the index of the next significant one
    has_formula: bool  # without any formula, a list after a colon (or a bare list) is read as directives
    has_labels: bool = False  # without labels either, paragraphs that charge someone are (`_prose_without_formula`)
    phase: str = "pre"  # pre | list | end
    context: Context = field(default_factory=Context)
    block: int = 0
    scopes: list[Scope] = field(default_factory=list)  # open headings, innermost last
    preamble_addressees: list[str] = field(default_factory=list)
    in_task_list: bool = False
    paragraph_mode: bool = False
    seen_items: bool = False
    current: Segment | None = None
    current_lines: list[Line] = field(default_factory=list)
    block_has_item_deadline: bool = False
    pending_deadline_items: list[Segment] = field(default_factory=list)  # items a "Срок" line may cover
    consumed_to: int = -1  # lines up to here were read with an earlier line (a heading wrapped over lines)
    unlabelled_items: bool = False  # under a colon heading whose items carry no labels, one a line
    # the item whose colon opened a content list (`_content_entry`), and the list's own last label
    content_of: Segment | None = None
    content_label: tuple[int, ...] | None = None

    @classmethod
    def start(cls, text: str, lines: list[Line]) -> _State:
        state = cls(Segmentation(text, lines, [], [], None, []), _next_significant_table(lines), False)
        state.has_formula = any(
            find_formula(line.raw, before_list=state.precedes_item(k))
            for k, line in enumerate(lines) if line.cls == "text"
        )
        state.has_labels = any(line.cls == "item" for line in lines)
        return state

    def next_line(self, i: int) -> Line | None:
        j = self.following[i]
        return None if j is None else self.seg.lines[j]

    def precedes_item(self, i: int) -> bool:
        nxt = self.next_line(i)
        return nxt is not None and nxt.cls == "item"

    def close_item(self) -> None:
        if self.current is not None:
            _finish(self.current, self.current_lines, self.seg.text)
            self.seg.segments.append(self.current)
        self.current, self.current_lines = None, []

    def open_item(self, line: Line, rules: list[str]) -> None:
        self.close_item()
        context = self.context
        self.current = Segment(
            start=line.start + len(line.raw) - len(line.raw.lstrip()),
            end=line.end,
            number=line.number,
            text="",
            kind=context.kind,
            kind_rule=context.kind_rule,
            rules={"boundaries": rules},
            section=context.section.title if context.section else None,
            section_tasks=context.section.announces_tasks if context.section else False,
            section_verb=context.section.verb if context.section else None,
            section_outer=context.section.outer if context.section else None,
            block=self.block,
            block_addressee=context.addressee,
            block_charge=context.charge,
            block_term=context.term,
            preamble_addressees=list(self.preamble_addressees),
            in_task_list=self.in_task_list,
        )
        self.current_lines = [line]
        self.pending_deadline_items.append(self.current)
        self.seen_items = True

    def new_block(self) -> None:
        self.close_item()
        self.block += 1
        self.block_has_item_deadline = False
        self.pending_deadline_items = []

    def open_scope(self, style: tuple[bool, str, int] | None) -> None:
        """A heading opens a block; the context before it comes back when its level closes."""
        self.new_block()
        self.scopes.append(Scope(style, self.context))

    def leave_list(self, i: int, phase: str) -> None:
        self.close_item()
        self.seg.list_end_line = i
        self.phase = phase


# --- Handlers, one per line class or situation ----------------------------------------------
# Each takes the state, the line's index and the line; it returns True when it has consumed the
# line, False to pass it on to the next handler of `HANDLERS`.


def _skip_blank(state: _State, i: int, line: Line) -> bool:
    return line.cls == "blank" or line.cls == "debris" or i <= state.consumed_to


def _end_of_act(state: _State, i: int, line: Line) -> bool:
    """A signature or site boilerplate ends the act once a list has begun."""
    if line.cls != "end":
        return False
    nxt = state.next_line(i)
    if state.current is not None and ANNEX_REFERENCE.match(line.clean) and nxt is not None and nxt.cls == "item" \
            and _prescribes(nxt.clean):
        return True  # "Приложение № 2." between items that go on prescribing: a stray reference, not the annex
    if state.current is not None and _members_before_next_item(state, i):
        state.current_lines.append(line)  # "в составе:" / "Галиной Н.М." / ... / "2. Поручить ...": members
        state.current.rules["boundaries"].append("content_list_line")
        return True
    if state.phase == "list" or state.seg.segments or state.current is not None:
        state.leave_list(i, "end")
    return True


_MAX_MEMBER_LINES = 40


def _members_before_next_item(state: _State, i: int) -> bool:
    """"1. Создать комиссию в составе:" over "Галиной Н.М." / "Горбунова А.А." and then "2. Поручить ...":
    names that look like a signature are the members the item lists when the numbering goes on after them."""
    current = state.current
    listing = state.current_lines[-1].clean.endswith(":") or current.rules["boundaries"][-1:] == ["content_list_line"]
    if not current.number or not current.number[0].isdigit() or not listing:
        return False
    j: int | None = i
    for _ in range(_MAX_MEMBER_LINES):
        if j is None:
            return False
        line = state.seg.lines[j]
        if line.cls == "item":
            return line.number is not None and successor(label_tuple(current.number), label_tuple(line.number))
        if line.cls not in ("end", "text", "blank") or _prescribes(line.clean):
            return False
        j = state.following[j]
    return False


def _bottom_stamp(state: _State, i: int, line: Line) -> bool:
    """"... возложить на отдел цен (Железнову О.А.)." / "от 26 июля 2000 г." / "N 2227": the act's date
    and number under its last item, before the signature, end the list."""
    if line.cls != "text" or state.current is None or not state.current_lines[-1].clean.endswith("."):
        return False
    found = find_dates(line.clean)  # one date alone, as the header's bottom date line (header._bottom_date)
    if len(found) != 1:
        return False
    start, end, _ = found[0]
    if not BOTTOM_DATE_REST.match(line.clean[:start] + " " + line.clean[end:]):
        return False
    nxt = state.next_line(i)
    numbered = DATE_NUMBER.match(line.clean, end) or (nxt is not None and BOTTOM_NUMBER_LINE.match(nxt.clean))
    if nxt is None or not (nxt.cls == "end" or numbered):
        return False
    state.leave_list(i, "end")
    return True


def _non_resolutive_heading(state: _State, i: int, line: Line) -> bool:
    """"2. СЛУШАЛИ:" in minutes: the decisions of the previous question are over. So are they at the
    next question's title, "2. О мерах по ... пожаров" over its "СЛУШАЛИ:" (wrapped onto a line or two)."""
    if line.cls not in ("text", "item") or state.phase != "list":
        return False
    if line.cls == "item" and label_depth(line.number) > 1 and state.context.section is not None:
        return False  # "2.1. Научные доклады ...", "2.2. Информация о ..." under "2. Включить ... вопросы:": its entries
    if not NON_RESOLUTIVE_HEADINGS.match(line.clean):
        title_end = _question_title_end(state, i, line)
        if title_end is None:
            return False
        state.consumed_to = max(state.consumed_to, title_end)
    state.leave_list(i, "pre")
    state.in_task_list = False
    return True


_TITLE_WRAP = 2  # lines a question's title may wrap onto


def _question_title_end(state: _State, i: int, line: Line) -> int | None:
    """The last line of a numbered question's title that prescribes nothing and is followed by
    "СЛУШАЛИ:" (or "Докладчик:", ...), or None."""
    if line.cls != "item":
        return None
    j = i
    for _ in range(_TITLE_WRAP + 1):
        nxt = state.following[j]
        if nxt is None:
            return None
        found = state.seg.lines[nxt]
        if found.cls in ("text", "item") and NON_RESOLUTIVE_HEADINGS.match(found.clean):
            # asked last: most items are followed by no such heading
            return None if _prescribes(line.raw[line.body_offset:]) else j
        if found.cls != "text":
            return None
        j = nxt
    return None


_WORDING_LOOKAHEAD = 40  # lines: a quote still open after this many is a lost closer, not a long wording


def _wording_tail(text: str) -> str | None:
    """What `text` says after its last NEW_WORDING cue ("" when the cue ends it), or None."""
    last = None
    for last in NEW_WORDING.finditer(text):
        pass
    return text[last.end():].strip() if last else None


def _quoted_wording(state: _State, i: int, line: Line) -> bool:
    """"1) пункт 7 изложить в следующей редакции:" over «"7. Рекомендовать ...:» / «1) издать ...;» /
    «2) ... ";»: an amendment's new wording, labels and all, is the amending item's text up to the
    quote that closes it. A quote the source never closes takes nothing but the line it opens on."""
    if state.current is None or line.cls not in ("text", "item"):
        return False
    if not any(":" in prev.clean and NEW_WORDING.search(prev.clean) for prev in state.current_lines):
        return False
    tail = _wording_tail(" ".join(prev.clean for prev in state.current_lines))
    if tail == "":
        if line.clean[:1] not in _OPENING_QUOTES:
            return False
        tail = line.clean
    elif opening_quote_closed(tail) is not False:
        return False
    else:
        tail = f"{tail} {line.clean}"
    j, steps = i, 0
    while opening_quote_closed(tail) is False:
        j = state.following[j]
        steps += 1
        if j is None:
            break  # the text ends inside the wording (a cut page): it is all the item's
        if steps > _WORDING_LOOKAHEAD:
            return False
        tail = f"{tail} {state.seg.lines[j].clean}"
    state.current_lines.append(line)
    state.current.rules["boundaries"].append("quoted_new_wording")
    return True


def _formula_line(state: _State, i: int, line: Line) -> bool:
    """"Совет решил:" opens a list of the formula's kind, clear of the headings before it."""
    if line.cls != "text":
        return False
    formula = find_formula(line.raw, before_list=state.precedes_item(i))
    if formula is None or _charges_a_task_over_items(state, i, line):
        return False
    state.new_block()
    state.scopes = []
    state.in_task_list = formula.kind == "task"
    state.seg.formulas.append((i, formula))
    if state.seg.first_formula_line is None and not state.in_task_list:
        state.seg.first_formula_line = i
    state.context = Context(formula.kind, formula.name)
    tail = _formula_addressee_tail(line.clean)
    if tail:
        state.preamble_addressees = [tail]
    elif state.in_task_list:
        state.preamble_addressees = []
    state.phase, state.paragraph_mode, state.seen_items = "list", False, False
    return True


def _charges_a_task_over_items(state: _State, i: int, line: Line) -> bool:
    """"Президиум постановляет:" / "Рекомендовать Совету ФОП рассмотреть вопросы:" / "- об ...": after the act's
    formula, a line that names whom it charges and with what task heads the items below (a colon heading),
    it opens no second list."""
    if state.phase != "list" or not state.seg.formulas or not line.clean.endswith(":") or not state.precedes_item(i):
        return False
    m = FORMULA_ADDRESSEE_TAIL.search(line.clean)
    tail = m.group("tail") if m else None
    return bool(tail) and _has_infinitive(tail) and _starts_with_dative(tail)


def _before_list(state: _State, i: int, line: Line) -> bool:
    """Before any list: headings and narrative are passed over, unless a list starts without a
    formula; its first item is then left to the handlers below."""
    if state.phase != "pre":
        return False
    if NON_RESOLUTIVE_HEADINGS.match(line.clean):
        return True
    if _colon_before_list(state, i, line):
        state.new_block()
        kind = _default_kind(state.seg)
        state.context = replace(state.context, kind=kind, kind_rule="colon_before_list")
        state.seg.formulas.append((i, Formula("colon_before_list", kind, _COLON_END)))
        tail = find_trailing_addressee(line.clean)
        if tail:  # "В целях ... руководителям учреждений:" names who carries out the clauses below
            state.preamble_addressees = [tail]
        if state.seg.first_formula_line is None:
            state.seg.first_formula_line = i
        state.phase, state.in_task_list = "list", False
        return True
    prose = _prose_without_formula(state, i, line)
    if prose or _list_without_formula(state, i, line) or _heading_without_formula(state, i, line):
        rule = _PROSE_RULE if prose else "list_without_formula"
        state.context = replace(state.context, kind=_default_kind(state.seg), kind_rule=rule)
        if _NO_FORMULA_WARNING not in state.seg.warnings:
            state.seg.warnings.append(_NO_FORMULA_WARNING)
        state.phase = "list"
        return False
    return True


def _wrapped_text(state: _State, i: int, limit: int = 3) -> str:
    """A line with the unlabelled lines that wrap it: "1. Министерству образования (Иванов И.И.)" /
    "подготовить и провести ..." prescribes on its second line."""
    return _wrapped(state, i, limit)[0]


def _wrapped(state: _State, i: int, limit: int = 3) -> tuple[str, int]:
    """`_wrapped_text` and the index of its last line."""
    parts, j, last = [state.seg.lines[i].clean], i, i
    for _ in range(limit):
        j = state.following[j]
        if j is None or state.seg.lines[j].cls != "text":
            break
        parts.append(state.seg.lines[j].clean)
        last = j
        if _ends_colon(parts[-1]) or parts[-1].endswith((".", ";", "!", "?")):
            break
    return " ".join(parts), last


def _colon_before_list(state: _State, i: int, line: Line) -> bool:
    """A document with no formula: "Участникам предлагается:" over prescribing items opens a list."""
    nxt_index = state.following[i]
    if nxt_index is None or state.has_formula or line.cls != "text" or not line.clean.endswith(":"):
        return False
    nxt = state.seg.lines[nxt_index]
    # items, unlabelled lower-case clauses ("руководителям школ:" / "в срок до ... представить ...;"),
    # or unlabelled sentences opening with their verb ("...»:" / "Объявить о проведении ...")
    listed = nxt.cls == "item" or _lower_case_text(nxt) or (nxt.cls == "text" and _opens_with_infinitive(nxt.clean))
    return listed and not _reports_past(line.clean) and _heads_prescriptions(state, nxt_index)


def _lower_case_text(line: Line | None) -> bool:
    """An unlabelled line opening in lower case: a clause that goes on with, or under, the line above."""
    return line is not None and line.cls == "text" and line.clean[:1].islower()


def _opens_with_infinitive(text: str) -> bool:
    first = WORD.match(text)
    return first is not None and morph.is_infinitive(first.group())


def _heads_prescriptions(state: _State, i: int) -> bool:
    """Whether the list that starts at line `i` prescribes: its first entry does, or that entry is an
    addressee heading ("1.Главам поселений:") over an entry that does."""
    line = state.seg.lines[i]
    text, last = _wrapped(state, i, 0 if line.cls == "text" or _ends_colon(line.clean) else 3)
    if _prescribes(text):
        return True
    below = state.following[last]
    if below is None and find_leading_addressee(text, to_end=True) is not None:
        return True  # "1. Комитету по труду ..., комитету по культуре ... Ле": the page cut the addressee off
    if not _ends_colon(text) or below is None or heading_addressee(text) is None:
        return False
    below = _past_repealed(state, below)
    if below is None:
        return False
    nxt = state.seg.lines[below]
    listed = nxt.cls == "item" or _lower_case_text(nxt)
    return listed and _prescribes(_wrapped_text(state, below, 0 if nxt.cls == "text" else 3))


def _past_repealed(state: _State, j: int | None) -> int | None:
    """Line j, or the first line after it past items a later act repealed ("1.Администрациям районов:" /
    "1.1.Исключен" / "1.2. ... определять ...")."""
    while j is not None and EDITORIAL_NOTE.match(state.seg.lines[j].clean):
        j = state.following[j]
    return j


def _list_without_formula(state: _State, i: int, line: Line) -> bool:
    """A document with no formula at all: a numbered list of prescriptions is read as directives,
    from its first item or from the addressee heading over it ("1.Руководителям школ:" / "1.1.Обеспечить")."""
    if not (line.cls == "item" and not state.has_formula and not state.seg.formulas):
        return False
    if not (line.number or _after_open_sentence(state, i)):
        return False  # bullets open the list only where a sentence is left open for them
    text, last = _wrapped(state, i)
    if _prescribes(text) or _second_item_prescribes(state, line, last):
        return True
    below = _past_repealed(state, state.following[last])
    nxt = state.seg.lines[below] if below is not None else None
    return (_ends_colon(text) and nxt is not None and nxt.cls == "item" and _prescribes(nxt.clean)
            and heading_addressee(text) is not None)


def _after_open_sentence(state: _State, i: int) -> bool:
    """"В соответствии с постановлением ... от 13.03.2020 № 121," / "- До 30.04.2020 приостановить ...":
    the prose line above ends with a comma or a colon, its sentence continued by the bullets. A lone
    letter between them is what a conversion left of the formula ("... № 35," / "П" / "- Установить ...")."""
    j = i - 1
    while j >= 0 and (state.seg.lines[j].cls == "blank" or _lone_letter(state.seg.lines[j].clean)):
        j -= 1
    return j >= 0 and state.seg.lines[j].cls == "text" and state.seg.lines[j].clean.rstrip().endswith((",", ":"))


def _lone_letter(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) == 1 and stripped.isalpha()


_SECOND_ITEM_LOOKAHEAD = 12  # lines an item 1 may run to before its item 2


def _second_item_prescribes(state: _State, line: Line, last: int) -> bool:
    """Item 1 whose verb comes late ("1. В соответствии с ... провести", "1. Распоряжение ... от ...
    отменить") opens the list when item 2 prescribes: a list does not start at its second item."""
    if line.number != "1":
        return False
    j: int | None = last
    for _ in range(_SECOND_ITEM_LOOKAHEAD):
        j = state.following[j]
        if j is None:
            return False
        nxt = state.seg.lines[j]
        if nxt.cls == "item":
            return nxt.number == "2" and _prescribes(_wrapped_text(state, j))
    return False


_PROSE_RULE = "prose_without_formula"


def _prose_without_formula(state: _State, i: int, line: Line) -> bool:
    """A document with neither a formula nor a label ("Минфину России представить ... предложения",
    a government's record of a meeting): its paragraphs are directives from the first that charges an
    addressee or opens with its verb, after a ground or purpose if it has one."""
    if line.cls != "text" or state.has_formula or state.seg.formulas or state.has_labels:
        return False
    text = line.clean
    if len(WORD.findall(text, 0, 40)) <= _CAPTION_WORDS and not text.rstrip().endswith((".", ";", "!", ":")):
        return False  # "Найти документ", "Подписаться на рассылку": a site's button or menu, no sentence
    return _opens_with_infinitive(text) or _verb_after_ground(text) or find_leading_addressee(text) is not None


_CAPTION_WORDS = 3


def _heading_without_formula(state: _State, i: int, line: Line) -> bool:
    """A document with no formula whose resolutive part opens with a verb's heading over a list
    ("Определить даты проведения мероприятий:" / "1) ...", "Присудить премию ...:" / "- студии ..."):
    the heading is left to the handlers below, as a section heading."""
    if line.cls != "text" or state.has_formula or state.seg.formulas or not _ends_colon(line.clean):
        return False
    nxt = state.next_line(i)
    # "... в целях обеспечения ... утвердить:": the verb closes a ground or purpose
    return nxt is not None and nxt.cls == "item" and (
        _opens_with_infinitive(line.clean) or _verb_closes_ground(line.clean))


def _verb_closes_ground(text: str) -> bool:
    words = WORD.findall(text)
    return bool(words) and PREAMBLE_OPENER.match(text) is not None and morph.is_infinitive(words[-1])


def _responsible_line(state: _State, i: int, line: Line) -> bool:
    """"Ответственный: ..." names who carries out the item above."""
    if line.cls != "responsible":
        return False
    target = state.current if state.current is not None else (state.seg.segments[-1] if state.seg.segments else None)
    if target is not None and target.responsible is None:
        target.responsible = line.responsible
        target.rules.setdefault("addressees", []).append("responsible_line")
    return True


def _deadline_line(state: _State, i: int, line: Line) -> bool:
    """"Срок исполнения: ..." under an item times that item, or under a block every item of it."""
    if line.cls != "deadline":
        return False
    value = line.deadline_value or ""
    pending = state.pending_deadline_items
    if state.current is not None and len(pending) <= 1 and state.current_lines:
        _set_deadline(state.current, value, "item", "deadline_line_after_item")
        state.block_has_item_deadline = True
    elif pending and not state.block_has_item_deadline and (state.context.addressee or _title(state.context)):
        # a block opened by a heading, with no per-item terms: its "Срок" covers the block;
        # after items that follow the formula directly it belongs to the item above
        for item in pending:
            _set_deadline(item, value, "block", "deadline_line_after_block")
    elif pending:
        _set_deadline(pending[-1], value, "item", "deadline_line_after_item")
    state.pending_deadline_items = []
    state.close_item()
    return True


_MAX_TERM_LINE = 60  # characters of a term alone on its line
# what a term line may hold beside its term: "с.г.", "текущего года", "включительно"
_TERM_LINE_REST = re.compile(r"^[\s,.;-]*(?:[ст]\.\s?г\.?|текущего\s+года|г\.|года|включительно)?[\s,.]*$", re.I)


def _term_line(state: _State, i: int, line: Line) -> bool:
    """"обеспечить:" / "до 1 сентября 2014 года:" / "готовность школ ...;": a term alone on an unlabelled
    line under a heading, closed by a colon, times the items below it (each item's own term first); it is
    no part of the first of them."""
    body = _term_line_body(line)
    if body is None or state.phase != "list" or (state.context.section is None and state.context.addressee is None):
        return False
    state.close_item()
    state.context = replace(state.context, term=body)
    return True


def _term_line_body(line: Line) -> str | None:
    """The term of an unlabelled line that holds a term and a colon and nothing else."""
    body = line.clean[:-1].strip() if line.clean.endswith(":") else ""
    if line.cls != "text" or not body or len(body) > _MAX_TERM_LINE:
        return None
    found = find_inline_deadline(body, None)
    at = body.find(found[0].text) if found is not None else -1
    if at < 0 or not _TERM_LINE_REST.match(body[:at] + " " + body[at + len(found[0].text):]):
        return None  # the line says more than its term ("в срок до 1 апреля провести мероприятия:")
    return body


def _precedes_items(state: _State, i: int) -> bool:
    """An item follows, or a term line over items does ("Директорам школ:" / "в срок до 15 мая:" / "- ...")."""
    if state.precedes_item(i):
        return True
    j = state.following[i]
    return j is not None and _term_line_body(state.seg.lines[j]) is not None and state.precedes_item(j)


def _close_scopes(state: _State, i: int, line: Line) -> bool:
    """"4. Контроль ..." after "3. Утвердить:" with 3.1, 3.2: back at the heading's level;
    "2.2." after "2.1. В целях ...:" with а), б): back in the "2. Руководителям:" block.
    The line itself is left to the handlers below."""
    # an unlabelled heading ("в срок до 1 мая провести:" under "1. Главам поселений:") closes with its parent
    labelled = [k for k, scope in enumerate(state.scopes) if scope.style is not None]
    if line.cls == "item" and labelled and _closes_scope(state.scopes[labelled[-1]].style, line.style):
        del state.scopes[labelled[-1] + 1:]
        outer = state.context
        while state.scopes and _closes_scope(state.scopes[-1].style, line.style):
            outer = state.scopes.pop().outer
        state.new_block()
        state.context = outer
    return False


def _roman_section(state: _State, i: int, line: Line) -> bool:
    """"II. Кадровое обеспечение": a Roman heading opens a section above the addressee blocks and
    numbered items below it."""
    body = line.clean
    if line.rule != "label_roman" or _ends_colon(body) or _has_infinitive(body):
        return False
    state.new_block()
    state.scopes = []
    state.context = replace(state.context, addressee=None, charge=None).in_section(body.rstrip(" *").strip(), -1)
    return True


_HEADING_WRAP = 6  # lines a heading's label line may wrap onto


def _wrapped_heading(state: _State, i: int, line: Line) -> bool:
    """"1. Управлению образования (Иванов И.И.)," / "комитету ... (Петров П.П.):" over 1.1, 1.2: a
    heading wrapped over up to seven lines (a narrow column), read as one (an addressee block or a
    section)."""
    if line.cls != "item" or not line.number or _ends_colon(line.clean):
        return False
    # the wrapped lines up to the colon; one that ends a sentence first means the item ended there
    # and the colon line below heads something else
    body, j = _wrapped(state, i, _HEADING_WRAP)
    if j == i or not _ends_colon(body):
        return False
    addressee = heading_addressee(body)
    # a wrapped addressee heading over unlabelled lower-case clauses ("1. Бассейновому управлению" /
    # "... Республики Карелия:" / "в срок до ... подготовить ...;"), as `_colon_heading` reads one line
    nxt = state.next_line(j)
    unlabelled = addressee is not None and _lower_case_text(nxt)
    if not (unlabelled or _precedes_items(state, j)):
        return False
    # an item that prescribes over a list of its own is left as an item, unless it names its addressee
    # first over numbered sub-items ("1.1. начальникам управлений ..., главным врачам ..." / "городского
    # подчинения обеспечить:" / "1.1.1. ..."); over bare value lines ("- питание;") it stays one directive
    if addressee is None and not any(f.search(body) for f in (*ITEM_FORMULAS, UNCHARGED_DECISION)):
        if nxt is None or not nxt.number or find_leading_addressee(body) is None:
            return False
    state.open_scope(line.style)
    state.unlabelled_items = unlabelled
    if addressee is not None:
        state.context = state.context.under_addressee(addressee, None)
    else:  # "1. Установить с 1 апреля плату за" / "содержание ребенка в размерах:": the body's own act
        state.context = state.context.in_section(_heading_title(body), max(label_depth(line.number), 1))
    state.consumed_to = j
    return True


def _colon_heading(state: _State, i: int, line: Line) -> bool:
    """"2. Директорам школ:" opens an addressee block, "3. Утвердить:" a section, over the items below."""
    if not _may_head(line) or not _ends_colon(line.clean) or _opens_content_list(state, i, line):
        return False
    if (state.unlabelled_items and line.cls == "text" and state.current_lines
            and not state.current_lines[-1].clean.endswith((";", ".", ":", "!", "?"))):
        return False  # a clause wrapped onto it: "передать в оперативное управление" / "Министерству ... по адресу:"
    nxt = state.next_line(i)
    # "2. Утвердить прилагаемые:" / "комплекс мер ...;" / "описание ...": unlabelled lines below; under
    # an addressee heading an unlabelled "в кратчайшие сроки провести работу:" heads its own clauses
    lower_below = _lower_case_text(nxt)
    unlabelled = lower_below and (line.cls == "item" or (state.unlabelled_items and state.context.addressee is not None))
    # "Утвердить:" alone over "Положение о Конкурсе;" / "Состав оргкомитета ...": a bare verb over
    # capitalised objects, one a line, heads them as sub-items (over "положение ...; состав ..." in
    # lower case it opens one sentence that runs on)
    unlabelled = unlabelled or (_short_verb_heading(line.clean) and _capitalised_lines_below(state, i))
    if not (_precedes_items(state, i) or unlabelled) or _next_item_follows_on(state, i, line):
        return False
    addressee = heading_addressee(line.clean)
    state.open_scope(line.style)
    state.unlabelled_items = unlabelled
    context, depth = state.context, label_depth(line.number)
    if addressee is not None:
        section = context.section
        if section is not None and section.depth >= 0 and (depth <= section.depth or section.depth == 0):
            section = None  # the addressee heading is not inside the open section
        state.context = context.under_addressee(addressee, section)
    else:
        state.context = context.in_section(_heading_title(line.clean), max(depth, 1))
    return True


def _opens_content_list(state: _State, i: int, line: Line) -> bool:
    """"2. Создать комитет в составе:" over "1. Темиров - секретарь РК", "... в следующих границах:" over
    "северная - от с. Баган ...": the colon opens what the item names (members, boundaries), lines
    that prescribe nothing, so the item is a directive and they are its text."""
    nxt = state.next_line(i)
    if nxt is None or _prescribes(nxt.raw[nxt.body_offset:]):
        return False
    return _heads_content(line.clean, nxt) or _single_value_line(state, i, line, nxt)


def _single_value_line(state: _State, i: int, line: Line, nxt: Line) -> bool:
    """"1.Установить карантин ... на территории неблагополучного пункта:" / "в границах подворья ..." /
    "2. ...": one unlabelled line before the numbering goes on finishes the item's sentence; a list
    has two entries at least."""
    if line.cls != "item" or not line.number or not line.number[:1].isdigit() or nxt.cls != "text":
        return False
    j = state.following[state.following[i]]
    after = None if j is None else state.seg.lines[j]
    return after is not None and after.cls == "item" and bool(after.number) \
        and successor(label_tuple(line.number), label_tuple(after.number))


def _heads_content(text: str, nxt: Line) -> bool:
    """Whether `text` opens a content list whose first line is `nxt`: members, boundaries, or the dates of
    a schedule printed as bare lines ("в период:" / "с 22 часов 7 июня до 6 часов 8 июня;"); stages
    with labels ("в три этапа:" / "- школьный этап ...") are items of their own."""
    if nxt.cls not in ("item", "text"):
        return False
    return bool(CONTENT_LIST_HEAD.search(text)) or (nxt.cls == "text" and bool(
        SCHEDULE_HEAD.search(text) or DATED_ROW.match(nxt.raw)))


def _content_entry(state: _State, i: int, line: Line) -> bool:
    """A line of a content list (`_opens_content_list`) goes on with its item, up to a line that
    prescribes or a label that numbers on from the item's own rather than from the list's."""
    current = state.current
    if current is None or line.cls not in ("item", "text"):
        return False
    if state.content_of is not current:
        last = state.current_lines[-1].clean
        if not last.endswith(":") or not (_heads_content(last, line) or _table_cells_below(state, i, current)):
            return False
        state.content_of, state.content_label = current, None
    if _prescribes(line.raw[line.body_offset:]):
        state.content_of = None
        return False
    label = label_tuple(line.number) if line.cls == "item" and line.number else None
    if label:
        inner = state.content_label is not None and successor(state.content_label, label)
        if not inner and current.number and successor(label_tuple(current.number), label):
            state.content_of = None
            return False
        state.content_label = label
    state.current_lines.append(line)
    current.rules["boundaries"].append("content_list_line")
    return True


_NUMERIC_CELL = re.compile(r"[\d\s.,%()+–—-]+")
_MAX_TABLE_LINES = 120


def _table_cells_below(state: _State, i: int, current: Segment) -> bool:
    """"1. Установить следующие объемы ...:" over a table flattened one cell per line ("(тонн)", "Лещ",
    "0,9", "-", ...) and then "2. ...": the cells are what the item sets. Only lines that prescribe
    nothing, at least four, a third of them numbers, up to a label that numbers on from the item."""
    if not current.number or not current.number[0].isdigit():
        return False
    cells = numeric = 0
    j: int | None = i
    while j is not None and cells < _MAX_TABLE_LINES:
        line = state.seg.lines[j]
        if line.cls == "item":
            return (cells >= 4 and 3 * numeric >= cells and line.number is not None
                    and successor(label_tuple(current.number), label_tuple(line.number)))
        if line.cls != "text" or _prescribes(line.clean):
            return False
        cells += 1
        numeric += bool(_NUMERIC_CELL.fullmatch(line.clean))
        j = state.following[j]
    return False


def _capitalised_lines_below(state: _State, i: int, lookahead: int = 12) -> bool:
    """Whether unlabelled lines follow line i, each opening with a capital, up to the next label."""
    j, seen = i, 0
    for _ in range(lookahead):
        j = state.following[j]
        if j is None or state.seg.lines[j].cls != "text":
            break
        if not state.seg.lines[j].clean[:1].isupper():
            return False
        seen += 1
    return seen > 0


def _bare_verb_heading(body: str) -> bool:
    """"Утвердить:", "2. Рекомендовать:": an infinitive with no object, only a colon after it."""
    words = WORD.findall(body.rstrip(" *:"))
    return len(words) == 1 and morph.is_infinitive(words[0])


_SHORT_OBJECT_WORDS = 3  # "Утвердить форму бланка:", "Утвердить прилагаемые:"


def _short_verb_heading(body: str) -> bool:
    """"Утвердить:", "Утвердить прилагаемые:", "Утвердить форму бланка:": an infinitive first, then at
    most a few words of its object before the colon."""
    words = WORD.findall(body.rstrip(" *:"))
    return 1 <= len(words) <= 1 + _SHORT_OBJECT_WORDS and morph.is_infinitive(words[0])


def _next_item_follows_on(state: _State, i: int, line: Line) -> bool:
    """"1. Провести бал ... 26 июня 2021 г.:" / "2. Возложить ...": the next item numbers on at the same
    level, so the colon heads nothing (its list was left out of the page)."""
    nxt = state.next_line(i)
    if line.cls != "item" or not line.number or nxt is None or nxt.cls != "item" or not nxt.number:
        return False
    mine, theirs = label_tuple(line.number), label_tuple(nxt.number)
    return len(theirs) <= len(mine) and successor(mine, theirs)  # "1.1" under "1." is its own list


def _parent_item(state: _State, i: int, line: Line) -> bool:
    """"1. Управлению образования" over 1.1, 1.2 without a colon: a heading all the same."""
    nxt = state.next_line(i)
    depth = label_depth(line.number)
    if not _may_head(line) or nxt is None or nxt.cls != "item" or not label_depth(nxt.number) > depth > 0:
        return False
    if _finished_directive(line, nxt):
        return False
    addressee = heading_addressee(line.clean)
    state.open_scope(line.style)
    if addressee is not None:
        state.context = state.context.under_addressee(addressee, None)
    else:
        state.context = state.context.in_section(_heading_title(line.clean), depth)
    return True


def _finished_directive(line: Line, nxt: Line) -> bool:
    """"1. Запретить разведение костров." over "1.1. Довести до ...": an item that finishes its own
    prescribing sentence is a directive, and the sub-items open sentences of their own (SPEC §1: a
    section heading ends with ":")."""
    body = line.clean.rstrip(" *")
    return body.endswith(".") and nxt.clean[:1].isupper() and _prescribes(body)


def _addressee_line(state: _State, i: int, line: Line) -> bool:
    """"Руководителям школ" on its own line over a list, no colon: an addressee block."""
    if line.cls != "text" or (state.current is not None and _continues(state.current_lines, line)):
        return False
    body = line.clean
    addressee = heading_addressee(body) if state.precedes_item(i) and len(body) < 200 else None
    if addressee is None:
        return False
    state.new_block()
    section = state.context.section
    if section is not None and section.depth >= 0:  # within a Roman section the addressee block stays in it
        section = None
    # unlike a heading with a colon, a formula verb here ("Рекомендовать школам") leaves the kind as it was
    state.context = replace(state.context, addressee=addressee[0], charge=addressee[1], section=section)
    return True


def _wrapped_dash(state: _State, i: int, line: Line) -> bool:
    """"Установить общегородским праздником - "День города"" / "- дату присвоения ..., 14 июля.": a
    dash that a narrow layout wrapped to the start of a line, in a sentence not yet finished. A bullet
    list has a colon or sibling bullets; this dash has neither."""
    if state.current is None or line.cls != "item" or line.rule != "label_bullet" or line.number:
        return False
    body = line.raw[line.body_offset:].lstrip()
    last = state.current_lines[-1].clean.rstrip()
    if not (body[:1].islower() or _closes_open_bracket(state.current_lines, body)) or not last \
            or last[-1] in ".;:!?" or state.current.rules["boundaries"][0] == "label_bullet":
        return False
    nxt = state.next_line(i)
    if nxt is not None and nxt.cls == "item" and nxt.rule == "label_bullet":
        return False
    state.current_lines.append(line)
    state.current.rules["boundaries"].append("wrapped_dash_continuation")
    return True


def _closes_open_bracket(lines: list[Line], body: str) -> bool:
    """"... фестиваля (далее" / "- Оргкомитет) в составе ...": the line closes a bracket the item left open."""
    text = " ".join(ln.clean for ln in lines)
    close = body.find(")")
    return text.count("(") > text.count(")") and close > 0 and "(" not in body[:close]


def _item(state: _State, i: int, line: Line) -> bool:
    if line.cls != "item":
        return False
    state.unlabelled_items = False
    state.open_item(line, [line.rule] + (["inline_numbered_items"] if line.inline else []))
    return True


def _continuation(state: _State, i: int, line: Line) -> bool:
    """An unlabelled line that goes on with the item above (lower-case start, no final stop)."""
    if state.current is None:
        return False
    last = state.current_lines[-1].clean
    if not _continues(state.current_lines, line) and not _enumeration_goes_on(state, last, line):
        return False
    if state.paragraph_mode and last.endswith(";") and _prescribes(line.clean):
        return False  # unlabelled clauses, one a line: "представить график;" / "осуществить комплекс мер;"
    if state.unlabelled_items and (last.endswith((";", ".")) or (last.endswith(",") and _prescribes(line.clean))):
        return False  # the next unlabelled item under a colon heading
    state.current_lines.append(line)
    state.current.rules["boundaries"].append("continuation_line")
    return True


def _enumeration_goes_on(state: _State, last: str, line: Line) -> bool:
    """"Создать комиссию в составе: Председателя – ...; Членов: ...; Чернова В.А., ..." after a formula,
    its sentences cut at each "; " + capital: a part that prescribes nothing goes on with the item."""
    return (state.paragraph_mode and line.cls == "text" and last.endswith(";") and ":" in "".join(
        ln.clean for ln in state.current_lines) and not _prescribes(line.clean))


def _paragraph(state: _State, i: int, line: Line) -> bool:
    """Unlabelled paragraphs right after the formula, or under a colon heading, are its items."""
    if state.unlabelled_items:
        section = state.context.section
        if not (section is not None and _bare_verb_heading(section.title) and _prescribes(line.clean)):
            state.open_item(line, ["unlabelled_item_under_heading"])
            return True
        # "Контроль ... оставляю за собой." after "Утвердить:" and its objects: a line that prescribes
        # by itself is past the heading's list
        state.unlabelled_items = False
        state.new_block()
        state.context = state.scopes.pop().outer if state.scopes else replace(state.context, section=None)
    if state.seen_items and not state.paragraph_mode:
        return False
    if state.context.kind_rule == _PROSE_RULE and not _prescribes(line.clean):
        return False  # no formula to follow: a paragraph that prescribes nothing ("Протокол ...") is none
    state.paragraph_mode = True
    state.open_item(line, ["paragraph_after_formula"])
    return True


def _charge_paragraph(state: _State, i: int, line: Line) -> bool:
    """"1. Принять предложение ..." / "Министерствам ... оказывать содействие ...": an unlabelled paragraph
    that charges an addressee after the last item is a directive of its own, not narrative."""
    if state.current is None or line.cls != "text" or not line.clean[:1].isupper():
        return False
    # "1. Принять предложение ... году." / "Поручить директору департамента организовать ...": a new
    # sentence that charges someone by a formula verb is a directive of its own
    if state.current_lines[-1].clean.endswith(".") and opening_charge_verb(line.clean) is not None:
        state.open_item(line, ["charge_verb_paragraph"])
        return True
    if _lost_label(state, i, line):
        state.open_item(line, ["paragraph_in_place_of_a_lost_label"])
        return True
    if _numbering_goes_on(state, i):
        if state.current.number is None and state.current_lines[0].rule == "label_bullet" \
                and state.current_lines[-1].clean.endswith(".") and _prescribes(line.clean) \
                and (nxt := _next_label(state, i, 8)) is not None and nxt.number:
            # "- ... - апрель;" / "- ... - май." / "Встречи проводить по пятницам." / "2.2 ...": a sentence
            # that prescribes after the bullets' last is a directive of its own (before a bullet again, it
            # is the bullet's own: "- Отменить ... ." / "Органы управления ... перевести ..." / "- Признать ...")
            state.open_item(line, ["prescribing_paragraph_after_bullets"])
            return True
        # "2. Одобрить план ... ." / "Администрации г. Н (т. Абрамов В.И.) ... осуществить ..." / "3. ...": a
        # finished item that charges no one, then a sentence that charges an addressee, is a directive of its
        # own; under an item that charges someone ("2. Руководителям комплексов, департаментов ... ." /
        # "Руководителям комплексов до 10 февраля утвердить ...") it goes on with that charge
        if not (state.current_lines[-1].clean.endswith(".") and find_leading_addressee(line.clean) is not None
                and find_leading_addressee(state.current_lines[0].clean) is None):
            return False
        state.open_item(line, ["charge_paragraph_inside_list"])
        return True
    closing = next((f.name for f in ITEM_FORMULAS if f.name in _CLOSING_CLAUSES and f.search(line.clean)), None)
    if closing is None and find_leading_addressee(line.clean) is None:
        return False
    # "Данное постановление вступает в силу ..." unlabelled under the list: a closing clause
    state.open_item(line, ["closing_clause_after_item" if closing else "charge_paragraph_after_item"])
    return True


_CLOSING_CLAUSES = frozenset({"item_in_force", "item_self_publication", "item_control_charge", "item_control_self"})


def _editorial_note(state: _State, i: int, line: Line) -> bool:
    """"(в ред. решения Думы от 26.10.2011 № 106)" after the formula or an item, over one line or
    several: a legal database's note, left out wherever it stands in the list."""
    if state.phase != "list" or line.cls not in ("text", "item") or not EDITORIAL_NOTE.match(line.clean):
        return False
    depth, j = line.clean.count("(") - line.clean.count(")"), i
    while depth > 0 and state.following[j] is not None and state.following[j] - i <= 4:
        j = state.following[j]
        depth += state.seg.lines[j].clean.count("(") - state.seg.lines[j].clean.count(")")
    state.consumed_to = max(state.consumed_to, j)
    return True


def _narrative(state: _State, i: int, line: Line) -> bool:
    """Narrative after a list closes it; a later formula may open another one. A paragraph before
    the next number of the list ("1. Главам ... меры." / "Организовать работу ..." / "2. ...") is
    the item's own."""
    # an item that opened a list with a colon ("наградить ... по разделам:" over its sections and laureates)
    # may run on for as many lines as a members' list does before the numbering goes on
    listing = state.current is not None and any(ln.clean.endswith(":") for ln in state.current_lines)
    if state.current is not None and _numbering_goes_on(state, i, _MAX_MEMBER_LINES if listing else 8):
        number = state.current.number or ""
        if not number[:1].isdigit() and not _prescribes(line.clean):
            # "а) ...; в) ..." / "В составе семьи учитываются также ..." / "2. ...": a remark on the
            # letters' list, no part of the last letter
            state.current.rules["boundaries"].append("remark_after_sub_items_left_out")
            return True
        state.current_lines.append(line)
        state.current.rules["boundaries"].append("paragraph_inside_item")
        return True
    if state.current is not None and state.current.number and _prescribes(line.clean) and _act_ends_after(state, i):
        # "3. ... активизировать работу ..." / "Представить информацию ... к 1 января." / signature: the last
        # item's second sentence, wrapped like the first
        state.current_lines.append(line)
        state.current.rules["boundaries"].append("last_item_sentence")
        return True
    state.leave_list(i, "pre")
    state.in_task_list = False
    return True


_LAST_SENTENCE_LINES = 6  # wrapped lines a last item's second sentence may run over before the signature


def _act_ends_after(state: _State, i: int) -> bool:
    """Whether only unlabelled lines (a few) come between line i and the act's end (a signature or the text's)."""
    j: int | None = i
    for _ in range(_LAST_SENTENCE_LINES):
        j = state.following[j]
        if j is None or state.seg.lines[j].cls == "end":
            return True
        if state.seg.lines[j].cls != "text":
            return False
    return False


def _numbering_goes_on(state: _State, i: int, lookahead: int = 8) -> bool:
    """Whether the next labelled line, within a few lines, numbers on from the current item; under a
    bullet, whether a prescribing paragraph is followed at once by a bullet of the same mark ("- Отменить
    ..." / "Органы управления ... перевести ..." / "- Признать ..."): narrative between lists is not."""
    number = state.current.number if state.current is not None else None
    if state.current is not None and not number and state.current_lines[0].rule == "label_bullet":
        if _prescribes(state.seg.lines[i].clean):
            mark = state.current_lines[0].raw.lstrip()[:1]
            found = _next_label(state, i, 2, colon_stops=True)  # a colon line opens the next list
            if found is not None and found.rule == "label_bullet" and not found.number \
                    and found.raw.lstrip()[:1] == mark:
                return True
            # "2.1 Встречи:" / "- ... - май." / "Встречи проводить по пятницам." / "2.2 ...": the numbering
            # around the bullets goes on
        # "1. Установить сроки:" / "- черники - с 25 августа;" / "Кедрового ореха - с 1 сентября" / "2. ...":
        # a value line of the numbered item's list, when the numbering goes on after it
        number = _last_numeric_label(state, i)
    if number and not number[0].isdigit():
        # "1. Оказать помощь:" / "а) ...; в) ...." / a remark / "2. ...": a letter's list goes on from its parent's number
        number = _last_numeric_label(state, i)
    if not number or not number[0].isdigit():
        return False
    found = _next_label(state, i, lookahead)
    label = (found.number or "") if found is not None else ""
    return label[:1].isdigit() and successor(label_tuple(number), label_tuple(label))


def _last_numeric_label(state: _State, i: int) -> str | None:
    """The number of the last line before line i labelled with a digit ("1." over its letters), if any."""
    return next((ln.number for ln in reversed(state.seg.lines[:i])
                 if ln.cls == "item" and ln.number and ln.number[0].isdigit()), None)


def _lost_label(state: _State, i: int, line: Line) -> bool:
    """"1. Увеличить штатную численность ..." / "В этих целях управлению финансов ... выделить ..." /
    "3. Контроль ...": a prescribing paragraph where the numbering skips one number is that item, its
    label lost."""
    number = state.current.number if state.current is not None else None
    if not number or not number.isdigit() or not state.current_lines[-1].clean.endswith("."):
        return False
    found = _next_label(state, i, 2)
    return found is not None and found.number == str(int(number) + 2) and _prescribes(line.clean)


def _next_label(state: _State, i: int, lookahead: int, *, colon_stops: bool = False) -> Line | None:
    """The next labelled line within `lookahead` lines after line i, if no end, term line (or, with
    `colon_stops`, a line ending in a colon) comes first."""
    j = i
    for _ in range(lookahead):
        nxt = state.following[j]
        if nxt is None or state.seg.lines[nxt].cls in ("end", "deadline"):
            return None
        j = nxt
        found = state.seg.lines[j]
        if found.cls == "item":
            return found
        if colon_stops and found.clean.endswith(":"):
            return None
    return None


Handler = Callable[[_State, int, Line], bool]
# In this order; the first handler that consumes a line ends its turn.
HANDLERS: tuple[Handler, ...] = (
    _skip_blank,
    _end_of_act,
    _bottom_stamp,
    _non_resolutive_heading,
    _quoted_wording,
    _formula_line,
    _before_list,
    _responsible_line,
    _deadline_line,
    _editorial_note,
    _content_entry,
    _term_line,
    _close_scopes,
    _roman_section,
    _wrapped_heading,
    _colon_heading,
    _parent_item,
    _addressee_line,
    _wrapped_dash,
    _item,
    _continuation,
    _paragraph,
    _charge_paragraph,
    _narrative,
)


def _inline_parts(line: Line) -> list[Line]:
    parts = split_inline_items(line)
    if len(parts) > 1:
        # "СЛУШАЛИ: ... ПОСТАНОВИЛИ: Перенести ... . СЛУШАЛИ: ... ПОСТАНОВИЛИ: 1. ...": unnumbered sentences
        # after a formula before the first label
        return [*split_after_formula(parts[0]), *parts[1:]]
    notes = split_execution_notes(line)
    if len(notes) > 1:
        return notes
    heading, *text = split_run_in_heading(line)  # a heading run into the text, breaks lost
    return [heading, *split_after_formula(text[0])] if text else split_after_formula(line)  # unnumbered sentences?


def segment(text: str) -> Segmentation:
    lines = split_wrapped_labels([clause for line in split_lines(text) for part in _inline_parts(line)
                                  for clause in split_inline_clauses(part, morph.is_infinitive)])
    mark_bare_labels(lines)
    for line in lines:
        classify_line(line, is_deadline_value)
    state = _State.start(text, lines)
    for i, line in enumerate(lines):
        if state.phase == "end":
            break
        for handler in HANDLERS:
            if handler(state, i, line):
                break
    state.close_item()
    return state.seg


def _may_head(line: Line) -> bool:
    """Whether a line may be a heading over a list: an item, or a text line ending with ":"."""
    return line.cls == "item" or (line.cls == "text" and line.clean.endswith(":"))


def _ends_colon(body: str) -> bool:
    if not body.rstrip(" *").endswith(":"):
        return False
    # "1) пункт 2 изложить в новой редакции: «2. Поручить отделу:": the colon is inside the new wording
    tail = _wording_tail(body)
    return not tail or opening_quote_closed(tail) is not False


def _heading_title(body: str) -> str:
    return body.rstrip(" *").rstrip(":").strip()


def _title(context: Context) -> str | None:
    return context.section.title if context.section else None


def _set_deadline(item: Segment, value: str, source: str, rule: str) -> None:
    item.deadline_text, item.deadline_source = value, source
    item.rules["deadline"] = [rule]


def _closes_scope(scope: tuple[bool, str, int] | None, style: tuple[bool, str, int] | None) -> bool:
    if scope is None or style is None or scope[2] == 0:
        return False
    return scope[0] == style[0] and scope[1] == style[1] and 0 < style[2] <= scope[2]


def _reports_past(text: str) -> bool:
    """"Программа семинара включала:": a narrative in the past tense introduces no directives."""
    return any(morph.is_past_verb(w) for w in WORD.findall(text))


def _prescribes(text: str) -> bool:
    """Whether an item looks like a prescription: an infinitive near its start (after an
    addressee or an adverbial, or a ground or purpose however long), an entry-into-force / control clause,
    or a report noted after its long title ("Информацию департамента «...» принять к сведению")."""
    words = WORD.findall(text)[:12]
    # "Внестидополнение в пункт 3 ...": an infinitive glued to its object by a lost space counts
    return any(morph.is_infinitive(w) or morph.glued_infinitive(w) for w in words) or bool(
        PRESCRIBING_CLAUSE.search(text)
    ) or (len(words) == 12 and (find_leading_addressee(text) is not None  # a long addressee before its verb
                                or _verb_after_ground(text)))


_GROUND_WORDS = 60  # "В целях недопущения ..., в соответствии с постановлением ... «...» создать": the verb's reach


def _verb_after_ground(text: str) -> bool:
    """"В целях своевременной разгрузки ... разрешить", "В соответствии с ... утвердить", "Для погашения ...
    управлению выделить": an infinitive after the ground or purpose that opens the text."""
    if not (PREAMBLE_OPENER.match(text) or CIRCUMSTANCE_OPENER.match(text)):
        return False
    for word in WORD.findall(text)[:_GROUND_WORDS]:
        if morph.is_infinitive(word):
            return True
        if morph.is_finite_verb(word):
            return False  # "..., участники слушаний РЕКОМЕНДУЮТ Совету принять": a formula's clause
    return False


def _continues(current_lines: list[Line], line: Line) -> bool:
    last = current_lines[-1].clean.rstrip()
    first = line.clean[:1]
    if first.islower() or (not last and len(current_lines) == 1):
        return True  # "1." alone on its line (PDF layouts): the item's text is on the next
    if last.endswith(":") and first in _OPENING_QUOTES:
        return True  # "... абзацем следующего содержания:" / "«С родителей ...»": the quoted new wording
    if CHARGE_COLON_END.search(last) and line.cls == "text":
        return True  # "Контроль ... возложить:" / "На первого заместителя главы района ...": on whom
    return bool(last) and last[-1] not in ".;!?:"


def _formula_addressee_tail(text: str) -> str | None:
    """"... рекомендовать руководителям предприятий, организаций ... района:" → the addressee after the
    formula verb (or the appeal's "к"), when nothing but the addressee follows it (no infinitive)."""
    m = FORMULA_ADDRESSEE_TAIL.search(text)
    if not m:
        return None
    tail = (m.group("tail") or m.group("appealed")).strip()
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
