"""Lines: the segmenter's first stage. A document's physical lines with their offsets, each cleaned
of conversion debris and classified by the ordered tables of `patterns` (blank, page number,
separator, end of the act, "Срок" line, "Ответственный" line, list item with its label, prose).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from razdel import sentenize

from .dates import RE_DAY_MONTH_YEAR
from .morph import is_finite_verb, is_infinitive
from .tokens import WORD
from ..lexicons.patterns import (
    ARTEFACT_CUE,
    ARTEFACTS,
    BARE_NUMBER_LABEL,
    BULLET_QUANTITY,
    DEADLINE_LINE,
    DEADLINE_LINE_BARE,
    END_OF_ACT,
    EXECUTION_NOTE_LABEL,
    INLINE_DASH,
    INLINE_DASH_CUE,
    INLINE_DASH_LIST,
    INLINE_DEADLINE_LABEL,
    INLINE_FORMULA,
    INLINE_FORMULA_COLON,
    INLINE_HEADING,
    INLINE_HEADING_BOUNDARY,
    INLINE_PAREN_NUMBER,
    INLINE_LABEL,
    INLINE_LABEL_CUE,
    LOOSE_INLINE_LABEL,
    LOOSE_INLINE_LABEL_CUE,
    INLINE_LETTER,
    LABEL,
    LABEL_ARTEFACT_CUES,
    LABEL_ARTEFACTS,
    LETTER_SPACED,
    PAGE_NUMBER,
    RESPONSIBLE_LINE,
    RUN_IN_HEADING,
    SEPARATOR,
    STRAY_PUNCTUATION,
)


@dataclass
class Line:
    start: int
    end: int
    raw: str
    clean: str = ""
    cls: str = "text"  # blank | debris | end | deadline | item | text
    rule: str = ""
    label: str | None = None
    number: str | None = None
    style: tuple[bool, str, int] | None = None  # (bulleted, closing char, depth) of the label
    body_offset: int = 0  # offset of the text after the label inside `raw`
    deadline_value: str | None = None
    responsible: str | None = None
    inline: bool = False  # cut out of a longer line by the inline-numbering rule
    clause: bool = False  # an unlabelled "; <infinitive> ..." clause cut out of an inline item
    bare_label: bool = False  # its number has no dot or bracket, but numbers a run of such lines


def clean_text(text: str) -> str:
    if ARTEFACT_CUE.search(text):
        for _, pattern, replacement in ARTEFACTS:
            text = pattern.sub(replacement, text)
        text = _unspaced(text)
    return " ".join(text.split())  # str.split and re's \s agree on what is white space


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return lines


def split_inline_items(line: Line) -> list[Line]:
    """Split "...: 1. Завершить ... 2. При ..." into one line per item when the labels count 1, 2, 3..."""
    punctuated, loose = INLINE_LABEL_CUE.search(line.raw), LOOSE_INLINE_LABEL_CUE.search(line.raw)
    if not (punctuated or loose):
        return _split_dash_list(line)
    # "1. Объявить ... . 2. Рекомендовать ... 3. ...": a line that opens with a label counts on from it
    lead = _LEADING_NUMBER.match(line.raw)
    first = label_tuple(lead.group("num")) if lead else ()
    pos = lead.end() if lead else 0
    matches = list(INLINE_LABEL.finditer(line.raw, pos)) if punctuated else []
    if loose:
        matches = sorted(matches + [m for m in LOOSE_INLINE_LABEL.finditer(line.raw, pos)
                                    if is_infinitive(m.group("next")) or is_finite_verb(m.group("next"))],
                         key=lambda m: m.start())
    if not matches or (len(matches) < 2 and not first and not _opens_after_colon(line.raw, matches[0])):
        return _split_dash_list(line)
    run = _label_run(line.raw, matches, first)
    if not run or (len(run) < 2 and not first and not _opens_after_colon(line.raw, run[0])):
        return _split_dash_list(line)
    if all(len(tuple(m.group("num").split("."))) > 1 for m in run):
        return [line]
    return _cut(line, {m.start("num") for m in run} | set(_inner_cuts(line.raw, run)))


def _cut(line: Line, cuts: set[int]) -> list[Line]:
    """The pieces of `line` between its start, each cut and its end, blank ones left out, as inline lines."""
    bounds = sorted({0, *cuts}) + [len(line.raw)]
    return [Line(line.start + a, line.start + b, line.raw[a:b], inline=True) for a, b in zip(bounds, bounds[1:])
            if line.raw[a:b].strip()]


_NOTE_LEAD = re.compile(r"[\s(\[•·-]*")


def split_execution_notes(line: Line) -> list[Line]:
    """"Ответственный: Петров П.П. Срок: до 1 мая 2021 г.": a line of notes that opens with one note's
    label and holds another after a sentence's end, one line per note (each is classified on its own)."""
    lead = _NOTE_LEAD.match(line.raw).end()
    if not EXECUTION_NOTE_LABEL.match(line.raw, lead):
        return [line]
    cuts = {m.start() for m in _note_labels(line.raw, lead + 1, (".", ";", ","))}
    return _cut(line, cuts) if cuts else [line]


def _note_labels(text: str, start: int, ends: tuple[str, ...]) -> list[re.Match[str]]:
    """The note labels in `text` from `start` that follow one of the marks `ends` (a sentence's end)."""
    return [m for m in EXECUTION_NOTE_LABEL.finditer(text, start) if text[:m.start()].rstrip()[-1:] in ends]


def _who(text: str) -> str:
    text = text.strip(" ,;")
    if text.endswith(".") and not re.search(r"(?<![А-ЯЁа-яё])[А-ЯЁ]\.$", text):
        text = text[:-1]  # the sentence's dot, not an initial's
    return text


def inline_responsible(text: str) -> str | None:
    """"Провести обследование. Ответственный: Иванов И.И., начальник отдела. Срок: ...": who carries
    out an item, named in a note after one of its sentences (up to the next note or the end)."""
    low = text.lower()
    if "тветствен" not in low and "отв." not in low and "сполнител" not in low:  # every responsible label's stem
        return None
    notes = _note_labels(text, 0, (".", ";"))
    for k, m in enumerate(notes):
        if not m.group().lower().startswith("срок"):
            end = notes[k + 1].start() if k + 1 < len(notes) else len(text)
            who = _who(text[m.end():end])
            return who if who and "(" not in who and ")" not in who else None
    return None


_LEADING_NUMBER = re.compile(r"^\s*(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})[.)]\s*(?=[А-ЯЁ])")


_ELISION_BEFORE = re.compile(r"(?:<\s*…\s*>|\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\)|<\.\.\.>)\s*$")


def _label_run(raw: str, matches: list[re.Match[str]], previous: tuple[int, ...] = ()) -> list[re.Match[str]]:
    """The labels that continue a numbering: 1, 2, 2.1, 2.2, 3 ... (a lower-case start only for a
    sub-item, "2.1. в срок до ..."), or start it again after a heading's colon ("2 Руководителям
    ДОО: 1. ..."); anything else is a number inside the text."""
    run: list[re.Match[str]] = []
    for m in matches:
        label = label_tuple(m.group("num"))
        lower = raw[m.end()].islower() if m.end() < len(raw) else False
        restart = bool(run) and label == (1,) and _opens_after_colon(raw, m)
        # "... 10. Установить ... 2. Управлению образованием: - 1. ...": an outer item that heads
        # a list of its own goes on with the outer count, whatever the inner one reached
        outer = bool(run) and len(label) == 1 and INLINE_HEADING.match(raw, m.end()) is not None
        # "1. Организовать ... <…> 3. ... <…> 6. Поручить ...": an excerpt's elision skips items
        skipped = bool(run) and label > previous and \
            _ELISION_BEFORE.search(raw, max(0, m.start() - 8), m.start()) is not None
        if (successor(previous, label) or restart or outer or skipped) and (not lower or len(label) > 1):
            run.append(m)
            previous = label
    return run


def _inner_cuts(raw: str, run: list[re.Match[str]]) -> list[int]:
    """Where else an inline list breaks: dash bullets and letter items inside an item, a "Срок
    исполнения:" glued after its item, and a heading that restarts the numbering."""
    start = run[0].start()
    # "3. Руководителям школ: - завершить ремонт; - обеспечить ...": dash bullets inside the line
    cuts = [m.start("dash") for m in INLINE_DASH.finditer(raw, start)]
    letters = list(INLINE_LETTER.finditer(raw, start))
    # "...: а) создать ...; б) проводить ...", or a page that starts at б): letters in alphabet order
    if len(letters) >= 2 and all(ord(b.group("letter")) - ord(a.group("letter")) == 1
                                 for a, b in zip(letters, letters[1:])):
        cuts += [m.start("letter") for m in letters]
    elif letters and letters[0].group("letter") == "а":
        cuts += [m.start("letter") for m in letters]
    # "...: 1) приостановить ...; 2) разместить ...": numbers in parentheses counting from 1, also
    # before the numbered list ("решили: 1) Признать ... 2) Для развития ... 1. Определить ...")
    numbers = _counting(list(INLINE_PAREN_NUMBER.finditer(raw)))
    if len(numbers) >= 2:
        cuts += [m.start("num") for m in numbers]
    cuts += [m.end() for m in INLINE_DEADLINE_LABEL.finditer(raw, start)]
    cuts += _dash_cuts(raw)  # a long line's dash lists, before the numbered list too
    for m in run:
        if m.group("num") == "1" and _opens_after_colon(raw, m):
            # "... по вопросам: 1 Руководителям школ: 1. ...": the heading's own line
            heading = _heading_start(raw, raw.rfind(":", 0, m.start()))
            if heading is not None:
                cuts.append(heading)
    return cuts


def _counting(numbers: list[re.Match[str]]) -> list[re.Match[str]]:
    """The numbers that count 1, 2, 3 ... from the first "1"."""
    run: list[re.Match[str]] = []
    for m in numbers:
        if int(m.group("num")) == len(run) + 1:
            run.append(m)
    return run


def _heading_start(raw: str, colon: int) -> int | None:
    """Where the heading that ends at `colon` begins: after the last stop, colon or bold markers
    within `_HEADING_MAX` characters before it."""
    boundary = None
    for b in INLINE_HEADING_BOUNDARY.finditer(raw, max(0, colon - _HEADING_MAX), colon):
        boundary = b
    return boundary.end() if boundary is not None else None


# a clause may open with its term: "...: до 1 сентября 1996 г. обеспечить ...; до 1 ноября утвердить ..."
_CLAUSE_TERM = (r"(?:(?:в\s+срок\s+)?(?:до|не\s+позднее)\s+(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\s+[а-яё]+(?:\s+\d{4})?)"
                r"\s*(?:г\.|года)?\s*,?\s*|(?:ежегодно|ежеквартально|ежемесячно|постоянно)\s+)?")
_CLAUSE_START = re.compile(rf"(?:(?<=:)|(?<=;))\s+(?={_CLAUSE_TERM}(?P<word>[а-яё]+)\b)")


_UNNUMBERED_MIN_CHARS = 200


def _formula_ends_at(raw: str, pos: int) -> bool:
    """A formula verb ends right before `pos`, printed whole or letter-spaced ("п о с т а н о в л я ю")."""
    if INLINE_FORMULA.search(raw, max(0, pos - 20), pos):
        return True
    window = raw[max(0, pos - 40):pos]
    return " " in window and INLINE_FORMULA.search(_unspaced(window)) is not None


def _unspaced(text: str) -> str:
    if _SPACED_RUN.search(text) is None:
        return text  # most lines the artefact cue lets through are tables' ("|"): no letter-spacing to undo
    text = _GLUED_SPACED.sub(_unglue_spaced_formula, text)
    return LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


# three single letters in a row, each followed by a space: every letter-spaced word holds one
_SPACED_RUN = re.compile(r"(?<![А-Яа-яЁё])[А-Яа-яЁё] [А-Яа-яЁё] [А-Яа-яЁё] ")


# "Архангельская городская Думар е ш и л а:": a letter-spaced formula whose first letter lost its space
_GLUED_SPACED = re.compile(r"(?<=[А-Яа-яЁё])([А-Яа-яЁё])((?: [А-Яа-яЁё]){3,})(?!\w)")


def _unglue_spaced_formula(m: re.Match[str]) -> str:
    word = m.group(1) + m.group(2).replace(" ", "")
    return f" {word}" if INLINE_FORMULA.search(word) else m.group(0)


def split_after_formula(line: Line) -> list[Line]:
    """"..., постановляю: С 8 июля закрыть отделение. Главному врачу: - решить вопрос ... - до 15 июля
    внести ..." with its line breaks lost and no labels: the formula ends its line, and each sentence
    after it, and each dash bullet, is a line of its own (razdel's sentences)."""
    raw = line.raw
    if ":" not in raw:
        return [line]
    m = next((c for c in INLINE_FORMULA_COLON.finditer(raw) if _formula_ends_at(raw, c.start())), None)
    if m is None:
        return [line]
    end = m.end()
    cuts = {end}
    if len(raw) >= _UNNUMBERED_MIN_CHARS:  # a short line ("РЕШИЛИ: Перенести ремонт на май.") holds one sentence
        for sentence in sentenize(raw[end:]):
            cuts.add(end + sentence.start)
        cuts |= {d.start("dash") for d in INLINE_DASH_LIST.finditer(raw, end)}
    return _cut(line, cuts)


_RUN_IN_TEXT_MIN = 100  # characters of text after the heading: a long line, its breaks lost


def split_run_in_heading(line: Line) -> list[Line]:
    """"ГЛАВА АДМИНИСТРАЦИИ ... РАСПОРЯЖЕНИЕ 1 марта 1994 г. г. Калуга № 131-р В целях ... продлить ...": the
    act's heading and its text on one line (breaks lost); the heading is a line of its own."""
    m = RUN_IN_HEADING.match(line.raw)
    if m is None or len(line.raw) - m.end() < _RUN_IN_TEXT_MIN:
        return [line]
    return _cut(line, {m.end()})


def split_inline_clauses(line: Line, is_infinitive: Callable[[str], bool]) -> list[Line]:
    """"1. Министерству образования: обеспечить ...; принять меры ...; организовать ..." in a text
    whose line breaks were lost: the heading and one line per clause, each clause opening with an
    infinitive after ":" or ";" (only for lines cut out by `split_inline_items`)."""
    if not line.inline or ":" not in line.raw or ";" not in line.raw:
        return [line]
    colon = line.raw.find(":")
    cuts = [m.start() for m in _CLAUSE_START.finditer(line.raw, colon) if is_infinitive(m.group("word"))]
    if len(cuts) < 2 or cuts[0] != colon + 1 or any(is_infinitive(w) for w in WORD.findall(line.raw[:colon])):
        return [line]
    bounds = [0, *cuts, len(line.raw)]
    return [Line(line.start + a, line.start + b, line.raw[a:b], inline=True, clause=k > 0)
            for k, (a, b) in enumerate(zip(bounds, bounds[1:]))]


# a text whose line breaks were lost holds its dash lists inline: a long line, several bullets
_DASH_LIST_MIN_CHARS, _DASH_LIST_MIN_BULLETS = 400, 3
_HEADING_MAX = 300


def _split_dash_list(line: Line) -> list[Line]:
    """"... рекомендуют: Департаменту образования: - усилить ...; - организовывать ... . Руководителям
    ОО: - обеспечить ..." with its line breaks lost: one line per bullet, and each heading before a
    colon that opens bullets on a line of its own."""
    cuts = _dash_cuts(line.raw)
    return _cut(line, cuts) if cuts else [line]


def _dash_cuts(raw: str) -> set[int]:
    """Where a long line's inline dash lists break: each bullet, and each heading before a colon that
    opens bullets; nothing for a short line or one with few bullets."""
    if len(raw) < _DASH_LIST_MIN_CHARS or not INLINE_DASH_CUE.search(raw):
        return set()
    dashes = list(INLINE_DASH_LIST.finditer(raw))
    if len(dashes) < _DASH_LIST_MIN_BULLETS:
        return set()
    cuts: set[int] = set()
    for m in dashes:
        cuts.add(m.start("dash"))
        colon = raw.rfind(":", 0, m.start("dash"))
        if raw[colon + 1:m.start("dash")].strip():
            continue  # after ";": the list goes on
        heading = _heading_start(raw, colon)
        if heading is not None:
            cuts.add(heading)  # the heading opens a line: "Руководителям ОО:"
    return cuts


def _opens_after_colon(raw: str, m: re.Match[str]) -> bool:
    """A lone "1." right after a formula's colon ("... постановляет: 1. Обязать ...") opens the list of a
    text whose line breaks were lost, even when the page is cut before "2."."""
    return m.group("num") == "1" and raw[:m.start()].rstrip().endswith(":")


def successor(previous: tuple[int, ...], label: tuple[int, ...]) -> bool:
    """Whether `label` comes next after `previous` in a numbering (1 → 2, 2 → 2.1, 2.3 → 3)."""
    if not previous:
        return label == (1,)
    if len(label) == len(previous) + 1:
        return label[:-1] == previous and label[-1] == 1
    for depth in range(len(previous), 0, -1):  # the next item at this level or a shallower one
        if len(label) == depth and label[:-1] == previous[: depth - 1] and label[-1] == previous[depth - 1] + 1:
            return True
    return False


def find_deadline_line(line: str, is_deadline: Callable[[str], bool]) -> str | None:
    """The value of a deadline line ("" when the value is on the next line); None for other lines.
    A line without a separator ("Срок исполнения до 1.09.2023") counts only when `is_deadline` reads
    its value as a term: the deadline stage passes its parser in, so the text layer needs none."""
    m = DEADLINE_LINE.match(line)
    if m is None:
        m = DEADLINE_LINE_BARE.match(line)
        if m is None or not is_deadline(m.group("value").strip()):
            return None
    value = m.group("value").strip()
    if line.lstrip().startswith(("(", "[")):
        value = value.rstrip(" .;").removesuffix(")").removesuffix("]").strip()
    return value


_AFTER_WORDS = re.compile(r"[^\W\d_][)»\"”]?[.;!?]\s*$")


def split_wrapped_labels(lines: list[Line]) -> list[Line]:
    """"... образца (прилагается). 2. Предприятиям, организациям и" in a text hard-wrapped to a narrow column:
    one label mid-line after a sentence's end, the next number after the last label a line opened with, starts
    the next item there (`split_inline_items` needs two labels on a line, or a colon, to trust one)."""
    out: list[Line] = []
    last: tuple[int, ...] = ()
    for line in lines:
        lead = _LEADING_NUMBER.match(line.raw)
        if lead is not None:
            last = label_tuple(lead.group("num"))
        elif last and not line.inline and INLINE_LABEL_CUE.search(line.raw):
            # (after words, not after a number: "1. 2. Провести" is a spaced-out "1.2.")
            found = [m for m in INLINE_LABEL.finditer(line.raw) if line.raw[m.end():m.end() + 1].isupper()
                     and _AFTER_WORDS.search(line.raw, 0, m.start("num"))]
            if len(found) == 1 and successor(last, label_tuple(found[0].group("num"))):
                last = label_tuple(found[0].group("num"))
                out.extend(_cut(line, {found[0].start("num")}))
                continue
        out.append(line)
    return out


def mark_bare_labels(lines: list[Line]) -> None:
    """"1 Утвердить:" / ... / "2 Рекомендовать ..." / "3 Председателям ...": numbers without a dot or a bracket
    label items where lines opening with them count 1, 2, 3 in order (two at least); one such line alone is
    a number in the text ("2 Экземпляра ...")."""
    run: list[Line] = []
    for line in lines:
        m = BARE_NUMBER_LABEL.match(line.raw)
        if m is None:
            continue
        number = int(m.group("num"))
        if number == len(run) + 1:
            run.append(line)
        elif number == 1:
            run = [line]
        else:
            continue
        if len(run) >= 2:
            for member in run:
                member.bare_label = True


def classify_line(line: Line, is_deadline: Callable[[str], bool]) -> None:
    """Set the line's class and rule; `is_deadline` is passed on to `find_deadline_line`."""
    line.clean = clean_text(line.raw)
    if not line.clean:
        line.cls, line.rule = "blank", "blank_line"
        return
    if PAGE_NUMBER.match(line.clean):
        line.cls, line.rule = "debris", "page_number"
        return
    if SEPARATOR.match(line.clean):
        line.cls, line.rule = "debris", "separator"
        return
    if STRAY_PUNCTUATION.match(line.clean):
        line.cls, line.rule = "debris", "stray_punctuation"
        return
    for name, pattern in END_OF_ACT:
        if pattern.search(line.clean):
            line.cls, line.rule = "end", name
            return
    value = find_deadline_line(line.clean, is_deadline)
    if value is not None:
        line.cls, line.rule, line.deadline_value = "deadline", "deadline_line", value
        return
    who = RESPONSIBLE_LINE.match(line.clean)
    if who:
        line.cls, line.rule, line.responsible = "responsible", "responsible_line", _who(who.group("who"))
        return
    raw_wo_art = line.raw
    if LABEL_ARTEFACT_CUES.search(raw_wo_art):
        for _, pattern, _ in LABEL_ARTEFACTS:  # a bookmark or bold markers may stand before the label
            raw_wo_art = pattern.sub(lambda m: " " * len(m.group(0)), raw_wo_art)
    m = LABEL.match(raw_wo_art)
    if m and (m.group("bullets") or m.group("num") or m.group("letter") or m.group("roman") or m.group("article")):
        rest = raw_wo_art[m.end():]
        rest_clean = clean_text(rest)
        num = m.group("num") or m.group("article") or ""
        has_marker = (
            bool(num and (m.group("close") or m.group("article") or line.bare_label))
            # "1.1 Обеспечить", '2.3 "Горячий телефон" ...': no final dot
            or ("." in num and (rest_clean[:1].isalpha() or (rest_clean[:1] in '"«“' and rest_clean[1:2].isupper())))
            or bool(m.group("letter") or m.group("roman") or m.group("bullets"))
        )
        # "1." alone on its line (PDF and table layouts print the text on the next): an item whose
        # text the segmenter takes from the lines that follow; so is "Статья 2"
        alone = not rest_clean and bool(num) and (m.group("close") in (".", ")") or bool(m.group("article"))) \
            and not m.group("bullets")
        if has_marker and (alone or _opens_item_text(rest_clean, bool(m.group("bullets")) and not num)):
            line.cls, line.rule = "item", _label_rule(m)
            line.label = m.group("label").strip()
            line.number = "".join((m.group("num") or "").split()) or m.group("article") or m.group("letter") \
                or m.group("roman")
            line.style = (bool(m.group("bullets")), m.group("close") or "", label_depth(line.number))
            line.body_offset = m.end()
            line.clean = rest_clean
            return
    if line.clause:  # an unlabelled clause of a lost-break list reads as a bullet of it
        line.cls, line.rule, line.style = "item", "inline_clause", (True, "", 0)
        line.body_offset = len(line.raw) - len(line.raw.lstrip())
        return
    line.cls, line.rule = "text", "prose"


def _opens_item_text(text: str, bare_bullet: bool) -> bool:
    """Whether a label's text may start here: not with a digit (a number's tail, a page's), unless the
    digit opens a date's day ("1. 26 декабря 2014 года провести ...") or, after a bare bullet, an amount
    ("- 190 рублей – взрослый;")."""
    if not text or not any(c.isalnum() for c in text):
        return False  # "(приложение" / "1);": a wrapped bracket's number, not a label over ";"
    if not text[0].isdigit():
        return True
    return RE_DAY_MONTH_YEAR.match(text) is not None or (bare_bullet and BULLET_QUANTITY.match(text) is not None)


def _label_rule(m: re.Match[str]) -> str:
    if m.group("bullets") and m.group("num"):
        return "label_bullet_number"
    if m.group("bullets"):
        return "label_bullet"
    if m.group("letter"):
        return "label_letter"
    if m.group("roman"):
        return "label_roman"
    if m.group("article"):
        return "label_article"
    if m.group("close") == ")":
        return "label_paren"
    return "label_dotted" if "." in (m.group("num") or "") else "label_number"


def label_tuple(number: str) -> tuple[int, ...]:
    """"2.1" → (2, 1): a numeric label as `successor` compares it."""
    return tuple(int(x) for x in number.split(".") if x.isdigit())


def label_depth(number: str | None) -> int:
    return len(number.split(".")) if number and number[0].isdigit() else 0
