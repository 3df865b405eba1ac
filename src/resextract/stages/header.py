"""Header stage: document type, title, event, date and place (SPEC §2)."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..text import morph, natasha_adapter
from ..text.dates import MONTH_WORD, find_dates, month_number, safe_date
from ..text.lines import Line, clean_text
from ..text.quotes import iter_quoted
from ..lexicons.patterns import (
    ISSUER_STEMS,
    ACT_CITATION,
    ANNEX_STAMP,
    CONTROL_CHARGE,
    EXTRACT_OF_ACT,
    BARE_TERRITORY_LINE,
    LAPSE_OR_WORDING_NOTE,
    NUMBER_LABEL_WORDS,
    OWN_CHARTER,
    OFFICIAL_NAME_AT_END,
    BOTTOM_DATE_REST,
    SIGNED_AT_PLACE,
    SETTLEMENT_ABBREVIATION,
    CITY_ADJECTIVES,
    DATE_NUMBER,
    DATE_PLACE_NUMBER,
    DATE_RANGE,
    DOC_TYPES,
    EVENT_DATE_FIELD,
    EVENT_DOC_TYPES,
    EVENT_VERB,
    ISSUER_NAME_START,
    ISSUER_WORD,
    NOT_DOCUMENT_DATE_LINES,
    PLACE_GENERIC_WORDS,
    PLACE_RULES,
    PREAMBLE_OPENER,
    PREAMBLE_OPENER_INLINE,
    RANGE_BOUND_BEFORE,
    REGIONAL_BODY_BEFORE,
    REGION_ABBREVIATIONS,
    SELF_REFERENCE,
    SELF_TYPE_NOMINATIVE,
    SPACED_NAME_HYPHEN,
    TERM_BEFORE_DATE,
    TEXT_OF_ACT,
)
from .segmenter import Segmentation

_HEADER_LINE_MAX = 160
_BODY_WINDOW = 120  # characters before a region where its regional body's name may stand
_SIGNATURE_LINES = 6  # lines after the list where signatures, bottom dates and stamps stand
# "№ 15 от 27.03.2014", "№ 89 от 24 марта 2009 г.": the number, then the date that ends the line
_NUMBER_BEFORE_DATE = re.compile(r"(?:^|[\s:])(?:№|n)\s*[\w./-]+\s+от$")
_NOTHING_AFTER_DATE = re.compile(r"\s*(?:г\.?|года)?\s*\.?\s*$")
# "12.03.2024 Приказ № 5", "№107 от 31.01.2014 Решение Совета ...": the act's date (and number) before its type
_LEADING_DATE = re.compile(r"^\s*(?:(?:№|N)\s*[\w./-]+\s+от\s+)?\d{1,2}\.\d{1,2}\.\d{2,4}\s*(?:г\.?)?\s*")
_GUILLEMETS = re.compile(r"«([^«»]{3,400}(?:«[^«»]{0,200}»[^«»]{0,200})*)»")
_ACT_TITLE_LINE = re.compile(r"^(?:О|Об|ОБ|Обо|ОБО)\s+\S")  # "ОБ ОБРАЩЕНИИ ...": a title in capitals too
_INLINE_ACT_TITLE = re.compile(r"\s(об?\s+[а-яё][^\n]{5,300})$")
_QUOTED_AFTER_NUMBER = re.compile(r"(?:№|N)\s*[\w./-]+\s+[\"«“](?P<title>.+)$")
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"")
_CITY_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?")
# a header line of a date and a name, or a name alone: where conference headers print the city
_BARE_PLACE_LINE = re.compile(r"^[А-ЯЁ][а-яё-]+\s*$")
_DATED_PLACE_LINE = re.compile(r"^[\d.\s]+(?:г\.|года)?,?\s+[А-ЯЁ][а-яё-]+\s*$|\d{4}\s*(?:г\.|года)?,?\s+[А-ЯЁ][а-яё-]+\s*$")
_CAPS_TYPE_WORD = re.compile(
    r"(?<![А-ЯЁа-яё])(РЕЗОЛЮЦИЯ|РЕКОМЕНДАЦИИ|РЕШЕНИЕ|ПРОТОКОЛ|ПРИКАЗ|УКАЗ|РАСПОРЯЖЕНИЕ|ПОСТАНОВЛЕНИЕ)(?![А-ЯЁа-яё])"
)
_ORG_BEFORE = re.compile(r"\b[А-ЯЁ]{2,}\s*$")
_CITATION_CUE = re.compile(
    r"(?i)\b(?:на\s+основании|утратил\w*|в\s+соответствии|приказа|постановления|распоряжения|указа|"
    # an act cited in the preamble: "решением Думы от 27 сентября 2000 года № 124"
    r"решени(?:ем|я)|постановлением|приказом|распоряжением|указом|закон(?:ом|а))\b"
)
_NOT_EVENT_START = re.compile(r"^(?:«|\"|\d|г\.|от\b|№)")


@dataclass
class Header:
    doc_type: str | None = None
    title: str | None = None
    event: str | None = None
    date: dt.date | None = None
    place: str | None = None
    # field → the names of the rules that decided it ("none": no rule found a value), for `explain`:
    # {"doc_type": ["heading_word"], "title": [...], "event": [...], "date": [...], "place": ["header:city_abbrev"]}
    rules: dict[str, list[str]] = field(default_factory=dict)


class _CleanLines:
    """Each line's text cleaned of debris, once per document: the line stage's `Line.clean`, which
    holds the whole line except for an item's (only the text after its label), cleaned here."""

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._items: dict[int, str] = {}

    def __getitem__(self, n: int) -> str:
        line = self._lines[n]
        if line.cls != "item":
            return line.clean
        if n not in self._items:
            self._items[n] = clean_text(line.raw)
        return self._items[n]


def _header_lines(seg: Segmentation, clean: _CleanLines) -> tuple[list[tuple[int, str]], int]:
    """Short lines before the first formula, the first long narrative paragraph and the preamble's
    first words ("В целях ...", "На основании ..."): the lines of a preamble wrapped short are not a
    header. Also the index of the line the header stops at."""
    limit = seg.first_formula_line if seg.first_formula_line is not None else len(seg.lines)
    if seg.segments:
        first_item = min((n for n, line in enumerate(seg.lines) if line.start >= seg.segments[0].start), default=limit)
        limit = min(limit, first_item)
    out: list[tuple[int, str]] = []
    for n in range(min(limit, len(seg.lines))):
        text = clean[n]
        if text and _is_bilingual_banner(text):
            text = _russian_place_tail(text)
        if not text:
            continue
        if PREAMBLE_OPENER.match(text):
            return out, n
        # (a title line that opens with the act's date and number is no prose wherever it stands)
        if len(text) > _HEADER_LINE_MAX and not (len(out) < _LONG_HEADING_BEFORE and _long_heading(text)) \
                and not _DATED_TITLE_LINE.match(text) and not (not out and _bare_date_line(clean, n + 1, limit)):
            return out, n
        out.append((n, text))
    return out, min(limit, len(seg.lines))


_LONG_HEADING_BEFORE = 4  # header lines (a banner, a body's name) a long heading may follow


def _bare_date_line(clean: _CleanLines, n: int, limit: int) -> bool:
    """"Записка Наркома ... переданная по прямому проводу" / "7 декабря 1934 г.": a page's long title over a
    line that is a date and nothing else is the header's first line, not the text's first paragraph."""
    k = next((k for k in range(n, min(limit, n + 3)) if clean[k]), None)
    if k is None:
        return False
    found = find_dates(clean[k])
    return len(found) == 1 and found[0][0] == 0 and _NOTHING_AFTER_DATE.match(clean[k], found[0][1]) is not None


_NUMBERED_TITLE = re.compile(r"^(?:(?:№|N)\s*\d+\s+)?(?:О|Об|Обо)\s+\S")
# a site's title line: the act's type, issuer, date and number, then its title ("Указ Главы Республики Саха
# (Якутия) от 23 июня 2021 года № 1912 «О введении режима ...»"), or a heading that closes with the act's date
# ("ПОСТАНОВЛЕНИЕ № 2 Совета атаманов Международной общественной организации ... 18 февраля 2017 года")
_SITE_TITLE_LINE = re.compile(r"^(?i:указ|постановление|распоряжение|приказ|решение)\s+(?:(?:[^.]{0,120}?\s)?от\s+\d"
                              rf"|[^\n]{{0,240}}?\s[0-3]?\d\s+{MONTH_WORD}\s+(?:19|20)\d\d\s*(?:г\.|года)?\s*$)")


# a site's title line that opens with the act's date and number: 'От 19.12.2018 №81-ПП "Об установлении ..."'
_DATED_TITLE_LINE = re.compile(r"^(?i:от)\s+[0-3]?\d\.[01]?\d\.(?:19|20)?\d\d\s*(?:г\.?)?\s*(?:№|N)\s*\S+\s+[\"«“]?(?:О|Об|Обо)\s")


# an issuing body's full name on one line ("Федеральное государственное бюджетное учреждение «Объединенная
# дирекция ... заповедника ... и национального парка «...»"): no digit, no closing punctuation
_ISSUER_NAME_LINE = re.compile(
    r"^(?:(?:Федеральн|Государственн|Муниципальн|Областн|Краев|Автономн|Бюджетн|Казенн|Казённ)[а-яё]*"
    rf"|(?=[А-ЯЁ])(?i:{ISSUER_STEMS})[а-яё]*)\s[^\d\n]*[^\d\s.:;,!?]$")


def _long_heading(text: str) -> bool:
    """A heading may run long: a hearing's or a meeting's ("Рекомендации публичных слушаний по вопросу
    преобразования ... и по определению ..."), an act's title ("№28 О подведении итогов ...") and an
    issuing body's full name; a long line of any other kind is prose."""
    return (_type_word(text) in EVENT_DOC_TYPES or _NUMBERED_TITLE.match(text) is not None
            or _SITE_TITLE_LINE.match(text) is not None or _ISSUER_NAME_LINE.match(text) is not None)


_HEAD_PREFIX_MAX = 400
_NOMINATIVE_TYPE_WORD = re.compile(r"(?i)(?<![а-яё])(?:решение|приказ|указ|распоряжение|постановление)(?![а-яё])")
_INLINE_FIRST_ITEM = re.compile(r":\s*1\.\s*[А-ЯЁа-яё]")


def _head_prefix(seg: Segmentation, clean: _CleanLines, stop: int) -> str:
    """The heading of an act whose line breaks are lost ("ПРАВИТЕЛЬСТВО ... ОБЛАСТИ РАСПОРЯЖЕНИЕ от ... № ...
    г.Саратов О ... В целях ..."): the long line the header stops at, up to its preamble, if it names a type."""
    n = next((k for k in range(stop, len(seg.lines)) if clean[k]), None)
    if n is None:
        return ""
    text = clean[n]
    if PREAMBLE_OPENER.match(text):
        return ""
    ends = [m.start() for m in (PREAMBLE_OPENER_INLINE.search(text), _INLINE_FIRST_ITEM.search(text)) if m]
    if len(text) <= _HEADER_LINE_MAX and not ends:
        return ""  # a short line with no preamble run into it is a heading line of its own
    head = text[: min(ends + [_HEAD_PREFIX_MAX])]
    return head if _NOMINATIVE_TYPE_WORD.search(head) else ""


# letters of the republics' alphabets: Latin with diacritics (Chuvash ă ĕ ç ÿ) and Cyrillic
# beyond Russian (Tatar ә ө ү җ ң һ, Bashkir ҡ ғ ҙ, Yakut ҕ ҥ, Kazakh і ұ қ)
_FOREIGN_LETTER = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400\u0402-\u040f\u0450\u0452-\u045f\u0460-\u052f]")


def _is_bilingual_banner(text: str) -> bool:
    """"Порецкий муниципальный округ Чувашской РеспубликиЧăваш Республикин ...": a site banner
    in Russian and a republic's language is the site's boilerplate, not the act's own header."""
    return bool(_FOREIGN_LETTER.search(text)) and bool(re.search(r"[А-Яа-яЁё]{3}", text))


# "Элĕк сали с. Аликово", "Шупашкар хули г. Чебоксары": a place line printed in both languages ends with
# the Russian name after a settlement's abbreviation
_PLACE_TAIL = re.compile(rf"(?:^|\s)((?:г|{SETTLEMENT_ABBREVIATION})\.\s?[А-ЯЁ][а-яё]+(?:[\s-][А-ЯЁ]?[а-яё]+)?)\s*$")
_PLACE_LINE_MAX = 60


def _russian_place_tail(text: str) -> str:
    """The Russian place after the last letter of a republic's alphabet on a short bilingual line, or ""."""
    if len(text) > _PLACE_LINE_MAX:
        return ""
    last = max(m.end() for m in _FOREIGN_LETTER.finditer(text))
    m = _PLACE_TAIL.search(text, last)
    return m.group(1) if m else ""


def _type_word(text: str) -> str | None:
    """The document type a header line opens with ("ПОСТАНОВЛЕНИЕ", "12.03.2024 Приказ № 5"), if any."""
    body = _LEADING_DATE.sub("", text)
    extract = EXTRACT_OF_ACT.match(body)
    if extract:
        return SELF_TYPE_NOMINATIVE[extract.group(1).lower()]
    return next((name for name, pattern in DOC_TYPES if pattern.match(body)), None)


def _doc_type(seg: Segmentation, header: list[tuple[int, str]]) -> tuple[str | None, int | None, str]:
    for n, text in header[:12]:
        name = _type_word(text)
        if name:
            return name, n, "heading_word"
    # a heading run into one long line: "АДМИНИСТРАЦИЯ ... РАСПОРЯЖЕНИЕ от 4 июня 2001 г. № 318-р ..."
    m = _CAPS_TYPE_WORD.search(seg.text[:600])
    if m:
        word = m.group(1).lower()
        for name, pattern in DOC_TYPES:
            if pattern.match(word):
                return name, None, "capitals_type_word"
    for _, text in header[:12]:
        if m := TEXT_OF_ACT.match(text):  # "Текст Указа:" over a decree whose formula is "постановляю"
            return SELF_TYPE_NOMINATIVE[m.group(1).lower()], None, "text_of_act_caption"
    for _, formula in seg.formulas:
        if formula.doc_type:
            if formula.doc_type == "постановление" and any(m.group(1).lower() == "указ"
                                                           for m in SELF_REFERENCE.finditer(seg.text)):
                # a head's decree says "постановляю" too: "... в соответствие с настоящим Указом" names it
                return "указ", None, "self_reference_decree"
            return formula.doc_type, None, f"formula_{formula.name}"
    m = SELF_REFERENCE.search(seg.text)
    if m:
        return SELF_TYPE_NOMINATIVE[m.group(1).lower()], None, "self_reference"
    m = ANNEX_STAMP.search(seg.text)  # "УТВЕРЖДЁН распоряжением ... от ...": the act's own annex names its type
    if m:
        return SELF_TYPE_NOMINATIVE[m.group("type").lower()], None, "annex_stamp"
    return None, None, "none"


_TYPE_SYNONYM = re.compile(r"^\([^()]{1,40}\)\s*")


def _event(seg: Segmentation, clean: _CleanLines, type_line: int, doc_type: str) -> tuple[str | None, str]:
    body = _LEADING_DATE.sub("", clean[type_line])
    extract = EXTRACT_OF_ACT.match(body)
    if extract:  # "Выписка из ПРОТОКОЛА заседания Комиссии ...": the event follows the type word
        body = body[extract.start(1):]
    words = body.split(maxsplit=len(doc_type.split()))
    parts: list[str] = []
    rest = words[len(doc_type.split())] if len(words) > len(doc_type.split()) else ""
    rest = _TYPE_SYNONYM.sub("", rest)  # "ИТОГОВЫЙ ДОКУМЕНТ (РЕЗОЛЮЦИЯ)": the type's other name is no event
    rule = "event_in_type_line"
    if rest and not _NOT_EVENT_START.match(rest):
        parts.append(rest)
    else:
        rule = "event_lines_after_type"
        for n in range(type_line + 1, min(type_line + 8, len(seg.lines))):
            text = clean[n]
            if not text:
                if parts:
                    break
                continue
            if _NOT_EVENT_START.match(text) or len(text) > _HEADER_LINE_MAX or find_dates(text):
                break
            parts.append(text)
    event = _TRAILING_DATE.sub("", " ".join(parts)).strip(" .,")  # "... публичных слушаний 04.07.2016г"
    return (event, rule) if event else (None, "none")


_TRAILING_DATE = re.compile(r"\s+(?:от\s+)?\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s*(?:г\.?|года)?\s*$")


def _title(seg: Segmentation, clean: _CleanLines, header: list[tuple[int, str]], doc_type: str | None,
           type_line: int | None) -> tuple[str | None, str]:
    limit = seg.first_formula_line if seg.first_formula_line is not None else len(seg.lines)
    # an event's theme in guillemets; an extract from a protocol has its act's title, as the act itself does
    extract = type_line is not None and EXTRACT_OF_ACT.match(clean[type_line]) is not None
    if (doc_type in EVENT_DOC_TYPES or doc_type is None) and not extract:
        before = seg.text[: seg.lines[limit].end if limit < len(seg.lines) else len(seg.text)]
        cleaned = clean_text(before)
        for m in _GUILLEMETS.finditer(cleaned):
            if _ORG_BEFORE.search(cleaned, max(0, m.start() - 12), m.start()):
                continue  # "МБОУ «СОШ № 3»": an organisation's name, not the theme
            return clean_text(m.group(1)).strip(" *"), "first_guillemets"
    for pos, (n, text) in enumerate(header):
        if _ACT_TITLE_LINE.match(text):
            parts = [text]
            for n2, more in header[pos + 1:]:
                if n2 != n + len(parts):
                    break  # a blank line ends the heading
                parts.append(more)
            return clean_text(" ".join(parts)), "act_heading_line"
    if type_line is not None:
        m = _INLINE_ACT_TITLE.search(clean[type_line])
        if m:
            return m.group(1).strip(), "title_in_type_line"
    for text in _self_citations(seg, clean, doc_type):
        m = _QUOTED_AFTER_NUMBER.search(text)
        if m:
            return m.group("title").rstrip(" \"»”"), "self_citation_title"
    return None, "none"


def _self_citations(seg: Segmentation, clean: _CleanLines, doc_type: str | None) -> Iterator[str]:
    """Lines where the act cites itself: "Решение Совета ... от 8 февраля 2019 г. N V-35/9 "Об ..."."""
    if not doc_type:
        return
    for n, line in enumerate(seg.lines):
        if "от" not in line.raw:
            continue  # cleaning only removes debris and spaces: " от " is in the raw line too
        text = clean[n]
        if re.match(rf"{doc_type}(?![а-яё])", text, re.I) and " от " in text:
            yield text


_QUOTED_DAY = re.compile(r"[«\"“]\s*(\d{1,2})\s*[»\"”]")
# a metadata field whose value is on the next line: "• Дата принятия:", "Дата размещ.:"
_METADATA_LABEL = re.compile(r"^\W*[А-ЯЁа-яё][А-ЯЁа-яё. ]{1,30}:\s*$")
# a document that follows the act on the page ("Сообщение", "Приложение"): its dates are its own
_NEXT_DOCUMENT = re.compile(r"(?i)^\W*(?:сообщение|приложение|положение|извещение|информационное\s+сообщение)\W*$")
# a type word governed by a preposition names another act: "изменений в постановление от ..."
_CITED_TYPE_WORD = re.compile(r"(?i)(?<!\w)(?:в|во|к|на|по|согласно|с|со)\s+$")


def _cites_another_act(text: str, pos: int) -> bool:
    """Whether the type word at `pos` follows a preposition: "изменений в постановление от ...",
    "в приложение к решению ... от ..." name another act."""
    return _CITED_TYPE_WORD.search(text, max(0, pos - 20), pos) is not None


def _not_document_date(text: str) -> bool:
    return any(pattern.search(text) for _, pattern in NOT_DOCUMENT_DATE_LINES)


def _header_date(header: list[tuple[int, str]]) -> dt.date | None:
    """The act's date in its header. Under a heading line that is the act's type alone ("ПОСТАНОВЛЕНИЕ",
    "Р Е Ш Е Н И Е"), the date below it is the act's: one above it is the page's (the day it was posted,
    a session's range in the site's menu)."""
    heading = next((k for k, (_, line) in enumerate(header) if _is_type_heading(line)), None)
    if heading is None:
        # "11 февраля 2016" / "Постановление Администрации ... от 11.02.2010 N 123": a title line that opens
        # with the type word and dates and numbers the act heads it; a date above it is the page's
        heading = next((k for k, (_, line) in enumerate(header) if _dated_title_line(line)), None)
    if heading is not None:
        value = _first_header_date(_without_adoption_notes(header[heading:]))
        if value:
            return value
    return _first_header_date(header)


def _dated_title_line(line: str) -> bool:
    """"Постановление Администрации ... от 11.02.2010 N 123", "Постановление Президиума СО РАН № 202 от
    31.03.2008 г.": the type word, then the act's date with its number after or before it."""
    if _type_word(line) is None or " от " not in line:
        return False
    return any(line[:start].rstrip().endswith(" от") and (
        DATE_NUMBER.match(line, end) is not None or _NUMBER_BEFORE_DATE.search(line[:start].rstrip().lower()) is not None)
        for start, end, _ in find_dates(line))


# a line that is the act's type word and nothing else, letter-spaced or not
_TYPE_HEADING_LINE = re.compile(r"^\W*(?:[А-ЯЁ]\s?){5,16}\W*$")


def _is_type_heading(line: str) -> bool:
    """"ПОСТАНОВЛЕНИЕ", "Р Е Ш Е Н И Е": the act's type word alone on its line."""
    return _TYPE_HEADING_LINE.match(line) is not None and _type_word(line) is not None
# "Принято / Белогорским / городским Советом / 15 марта 2007 года": the day a council adopted the act a
# database prints under its heading, not the act's date
_ADOPTION_NOTE = re.compile(r"^(?:Принят[аоы]?|Одобрен[аоы]?)(?!\w)")
_ADOPTION_NOTE_LINES = 5


def _without_adoption_notes(header: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The header lines without an adoption note: its label line and the lines after it up to its date."""
    out, skip = [], 0
    for n, line in header:
        if _ADOPTION_NOTE.match(line):
            skip = _ADOPTION_NOTE_LINES
            continue
        if skip:
            skip = 0 if find_dates(line) else skip - 1
            continue
        out.append((n, line))
    return out


def _first_header_date(header: list[tuple[int, str]]) -> dt.date | None:
    # "от <date>" is the document's own date on its heading line, or on a line after the heading
    # with no citation of another act in between ("Утратил силу на основании Приказа ... от ...").
    heading_seen, cited, previous = False, False, ""
    for _, line in header:
        label, previous = previous, line
        if LAPSE_OR_WORDING_NOTE.search(line):
            heading_seen, cited = False, True
            continue
        if _not_document_date(line) or _METADATA_LABEL.match(label):
            continue  # the web page's metadata, not the act (SPEC §6); "Дата принятия:" / "20.05.2011"
        text = _QUOTED_DAY.sub(r"\1", line)  # "« 11 » марта 2014 года"
        # ("ВЫПИСКА ИЗ ПРИКАЗА № 73" names the act itself, no cited one)
        citing = _CITATION_CUE.search(text) is not None and not EXTRACT_OF_ACT.match(text)
        if citing:
            heading_seen, cited = False, True
        # "постановления Центризбиркома России от 24 декабря 2003 года" opens with a type word, of a cited act
        type_line = not citing and _type_word(text) is not None
        for start, end, value in find_dates(text):
            before = text[:start].rstrip().lower()
            if RANGE_BOUND_BEFORE.search(before):
                continue  # "Постановления Мэра ... до 12.04.2005 г.": a site section's range, no act's date
            # "от 13 марта 2017 года № 25" alone on its line dates the act itself
            # and so does "№ 15 от 27.03.2014" (the number first)
            # ... and so does "от 24.12.2018" alone on its line, under a title or a number line (a citation
            # wrapped before it was caught above)
            own_line = not cited and (
                (before == "от" and DATE_NUMBER.match(text, end) is not None)
                or ((_NUMBER_BEFORE_DATE.search(before) is not None or before == "от")
                    and _NOTHING_AFTER_DATE.match(text, end) is not None)
            )
            if before.endswith("от") and not (heading_seen or type_line or own_line):
                continue
            return value
        heading_seen = heading_seen or type_line
    return None


# an act's number between its type word and its date: "№23/0476 - ГС", "N 12-р"
_ACT_NUMBER = r"[№N]\s?[\w/.-]+(?:\s?-\s?[А-ЯЁA-Z]{1,4})?"


def _date(seg: Segmentation, clean: _CleanLines, header: list[tuple[int, str]], head: str,
          doc_type: str | None) -> tuple[dt.date | None, str]:
    value = _header_date(header)
    if value:
        return value, "header_date"
    if doc_type:
        # "... РАСПОРЯЖЕНИЕ от 19.08.2024 № 512-р О проведении ...", "Р Е Ш Е Н И Е №23/0476 - ГС от 27 апреля 2017
        # года": the type word's letters may be spaced out, its number may come before the date
        first_item = seg.segments[0].start if seg.segments else len(seg.text)
        spaced = r"\s?".join(map(re.escape, doc_type))
        for m in re.finditer(rf"(?i)\b{spaced}\s+(?:{_ACT_NUMBER}\s+)?от\s+", seg.text[:first_item]):
            if _cites_another_act(seg.text, m.start()):
                continue  # "О внесении изменений в постановление от 30.12.2013": the act it amends
            found = find_dates(seg.text[m.end(): m.end() + 40])
            if found and found[0][0] == 0:
                return found[0][2], "type_word_from_date"
    # a heading run into one line without "от": "... ПРИКАЗ ДЕПАРТАМЕНТ ... 26 декабря 2003 г. N 1083 ..."
    for start, end, value in find_dates(head):
        if DATE_PLACE_NUMBER.match(head, end) and not _CITATION_CUE.search(head[max(0, start - 80):start]):
            return value, "head_date_number"
    for text in _self_citations(seg, clean, doc_type):
        found = find_dates(text[text.find(" от "):])
        if found:
            return found[0][2], "self_citation_date"
    value = _annex_stamp_date(seg, doc_type)
    if value:
        return value, "annex_stamp_date"
    value = _bottom_date(seg, clean)
    if value:
        return value, "bottom_date_line"
    value = _glued_signature_date(seg)
    if value:
        return value, "glued_signature_date"
    return _event_date(seg)


def _glued_signature_date(seg: Segmentation) -> dt.date | None:
    """The date of signing in a signature the segmenter cut off the last item, on the item's own line
    ("... вступает в силу с момента подписания. Президент ... Б.Ельцин Москва, Кремль 4 января 1992 года N 12")."""
    if not seg.segments or "trailing_signature_removed" not in seg.segments[-1].rules.get("boundaries", ()):
        return None
    last = seg.segments[-1]
    line_end = seg.text.find("\n", last.end)
    tail = seg.text[last.end: line_end if line_end >= 0 else len(seg.text)]
    found = find_dates(tail)
    if found and BOTTOM_DATE_REST.match(tail[found[-1][1]:]):
        return found[-1][2]
    return None


def _bottom_date(seg: Segmentation, clean: _CleanLines) -> dt.date | None:
    """A date-number line or a date alone under the signature ("12.03.2015 № 45", "г. Тверь / 5 мая
    2019 года"): acts whose header prints none date themselves at the bottom."""
    if seg.list_end_line is None:
        return None
    for n in range(seg.list_end_line, min(seg.list_end_line + _SIGNATURE_LINES, len(seg.lines))):
        if _NEXT_DOCUMENT.match(clean[n]):
            return None
        text = _QUOTED_DAY.sub(r"\1", clean[n])
        found = find_dates(text)
        if len(found) == 1 and not _not_document_date(text):
            start, end, value = found[0]
            if BOTTOM_DATE_REST.match(text[:start] + " " + text[end:]) \
                    or (SIGNED_AT_PLACE.search(text, 0, start) and BOTTOM_DATE_REST.match(text[end:])):
                return value
    return None


def _annex_stamp_date(seg: Segmentation, doc_type: str | None) -> dt.date | None:
    """"УТВЕРЖДЁН распоряжением Правительства ... от 25 июня 2019 года N 203-р" after the signature:
    the act's own annex carries its date."""
    if not doc_type:
        return None
    low = seg.text.lower()
    if "утв" not in low and "приложени" not in low:
        return None  # a substring test spares most documents the case-insensitive scan
    for m in ANNEX_STAMP.finditer(seg.text):
        if not doc_type.startswith(m.group("type").lower()) or _cites_another_act(seg.text, m.start()):
            continue  # "Внести изменения в приложение к решению ... от": the annex of another act
        found = find_dates(_QUOTED_DAY.sub(r"\1", seg.text[m.end(): m.end() + 40]))
        if found and found[0][0] == 0:
            return found[0][2]
    return None


# a full stop then a capital, not after "г."/"гг.": "26 мая 2015 г. в актовом зале ... состоялись
# слушания" is one sentence ("в" is lower-case) and so is "... в г. Москве состоялась ..."
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\sг\.)(?<!\sгг\.)\s+(?=[А-ЯЁA-Z«\"])")


def _event_date(seg: Segmentation) -> tuple[dt.date | None, str]:
    limit = seg.first_formula_line if seg.first_formula_line is not None else len(seg.lines)
    if seg.segments:  # no formula: the narrative ends at the first directive ("дата: 05 марта ..." is an item's)
        limit = min(limit, next((n for n, line in enumerate(seg.lines) if line.end > seg.segments[0].start), limit))
    if not any(EVENT_VERB.search(line.raw) for line in seg.lines[:limit]):
        return None, "none"  # most acts tell no event: spare them the joining and the metadata checks
    # a web page's posting time or metadata field is no event ("08.01.2020, 16:41 | |||")
    narrative = clean_text(" ".join(line.raw for line in seg.lines[:limit]
                                    if not _not_document_date(line.raw) or EVENT_DATE_FIELD.match(line.raw)))
    labelled = EVENT_DATE_FIELD.search(narrative)  # "Дата проведения публичных слушаний — 10 апреля 2014 года."
    if labelled:
        found = find_dates(narrative[labelled.end():labelled.end() + 40])
        if found and found[0][0] == 0:
            return found[0][2], "event_date_field"
    for sentence in _SENTENCE_END.split(narrative):
        if not EVENT_VERB.search(sentence):
            continue
        m = DATE_RANGE.search(sentence)
        if m:
            month = month_number(m.group("m2"))
            value = safe_date(int(m.group("y")), month, int(m.group("d2"))) if month else None
            if value:
                return value, "event_date_range_end"
        # "от 06.10.2003 № 131-ФЗ" dates a cited act, not the event
        found = [d for s, e, d in find_dates(sentence)
                 if re.search(r"\d{4}", sentence[s:e]) and not TERM_BEFORE_DATE.search(sentence[max(0, s - 20):s])
                 and not sentence[max(0, s - 4):s].rstrip().lower().endswith("от")]
        if found:
            return found[0], "event_date"
    return None, "none"


def _already_nominative(words: list[str]) -> bool:
    """Every word reads as a nominative in the head's number: "Великие Луки" does; "Псковской
    области" does not, though "области" is also a nominative plural and "Псковской" a surname."""
    numbers = {p.tag.number for p in morph.parses(words[-1]) if "nomn" in p.tag}
    return bool(numbers) and all(any("nomn" in p.tag and p.tag.number in numbers for p in morph.parses(w))
                                 for w in words[:-1])


def _nominative_phrase(phrase: str) -> str:
    """"Советского муниципального района" → "Советский муниципальный район": the head noun (last word)
    first, then the adjectives in its gender and number."""
    words = phrase.split()
    if _already_nominative(words):
        return phrase  # "Великие Луки", "Старый Оскол": already in the nominative
    head = words[-1]
    head_parse = next((p for p in morph.parses(head) if "NOUN" in p.tag), None)
    if head_parse is None:
        return phrase
    nominative = head_parse.inflect({"nomn"}) or head_parse
    agree = {"nomn", nominative.tag.number or "sing"}
    if nominative.tag.number != "plur" and nominative.tag.gender:
        agree.add(nominative.tag.gender)
    gender = nominative.tag.gender if nominative.tag.number != "plur" else "plur"
    out = [
        _restore_hyphen_case(w, morph.inflect_word(w, frozenset(agree), "ADJF") or _adjective_by_ending(w, gender))
        for w in words[:-1]
    ]
    value = " ".join(out + [morph.restore_case(head, nominative.word)])
    return morph.keep_yo(phrase, value)  # "Озерский" as printed


# Oblique endings of place adjectives → nominative by the head's gender, for names pymorphy3 knows
# only as surnames ("Каменского района" → "Каменский район", "Каменской области" → "Каменская").
_ADJ_ENDINGS: tuple[tuple[str, dict[str, str]], ...] = (
    ("ского", {"masc": "ский", "neut": "ское"}), ("скому", {"masc": "ский", "neut": "ское"}),
    ("ском", {"masc": "ский", "neut": "ское"}), ("ской", {"femn": "ская"}), ("скую", {"femn": "ская"}),
    ("цкого", {"masc": "цкий", "neut": "цкое"}), ("цкой", {"femn": "цкая"}),
    ("ого", {"masc": "ый", "neut": "ое"}), ("ому", {"masc": "ый", "neut": "ое"}), ("ой", {"femn": "ая"}),
    ("его", {"masc": "ий", "neut": "ее"}), ("ей", {"femn": "яя"}),
    ("ских", {"plur": "ские"}), ("ых", {"plur": "ые"}),
)


def _adjective_by_ending(word: str, gender: str | None) -> str:
    low = word.lower()
    for ending, forms in _ADJ_ENDINGS:
        if low.endswith(ending) and gender in forms:
            return word[: len(word) - len(ending)] + forms[gender]
    return word


_UPPER_WORD = re.compile(r"\b[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})*\b")


def _titlecase_upper(text: str) -> str:
    """"ГОРОДСКОГО ОКРУГА ФРЯЗИНО" → "Городского Округа Фрязино": headers are often in capitals. A compound
    name's spaced hyphen is closed first ("ЯМАЛО - НЕНЕЦКОГО" → "Ямало-Ненецкого")."""
    text = SPACED_NAME_HYPHEN.sub(r"\g<left>-", text)
    return _UPPER_WORD.sub(lambda m: "-".join(p.capitalize() for p in m.group(0).split("-")), text)


def _restore_hyphen_case(template: str, word: str) -> str:
    parts, shapes = word.split("-"), template.split("-")
    if len(parts) != len(shapes):
        return morph.restore_case(template, word)
    # a particle inside the name stays in lower case whatever the header's case: "Ростов-на-Дону"
    return "-".join(p.lower() if 0 < k < len(parts) - 1 and len(p) <= 2 else morph.restore_case(t, p)
                    for k, (t, p) in enumerate(zip(shapes, parts)))


_SPACED_NA = re.compile(r"\s-\s(на|На)\s-\s")


def _plausible_city(name: str) -> bool:
    """"г. Черногорск" yes; "2024 г. Приказ", "округа Общественных" no: a known common word is not a
    city name, unless it has a town's adjectival shape, masculine nominative ("г. Радужный", "Заречный")."""
    parses = morph.parses(name)
    if any("Geox" in p.tag for p in parses):
        return True
    if name.lower() in NUMBER_LABEL_WORDS:  # "19 мая 2010 г. Регистрационный N 17278": the year's "г."
        return False
    if any({"ADJF", "masc", "sing", "nomn"} <= p.tag.grammemes for p in parses[:1]):
        return True
    if any({"NOUN", "plur", "nomn"} <= p.tag.grammemes for p in parses[:1]):
        return True  # a town named by a plural noun: "городской округ Котельники"
    # "ГЛАВА ГОРОДА БЕРЕЗОВСКОГО": a town's "-ский" name in the genitive after the word "город"
    if _TOWN_ADJECTIVE.search(name) and any({"ADJF", "masc", "sing"} <= p.tag.grammemes for p in parses):
        return True
    return not morph.in_dictionary(name)


_TOWN_ADJECTIVE = re.compile(r"[сц]к(?:ий|ого|ому|ом)$")


def _adjective_named(raw: str) -> bool:
    """"Хормалинского сельского поселения" yes; "Уставом сельского поселения" (a noun in the instrumental),
    "Муниципального района" (the generic word, title-cased from capitals) no."""
    first = raw.split()[0].lower()
    if first.startswith(_GENERIC_ADJECTIVES):
        return False
    ps = morph.parses(first)
    # a surname reading is kept: toponymic adjectives are surnames too ("Волчанского")
    return not morph.is_known(first) or any(p.tag.POS in ("ADJF", "PRTF") or _NAME_TAGS & p.tag.grammemes for p in ps)


_NAME_TAGS = frozenset({"Geox", "Surn", "Name"})
_GENERIC_ADJECTIVES = ("муниципальн", "городск", "сельск", "районн", "национальн", "автономн", "областн", "краев")


def _tidy_place(value: str) -> str:
    words = value.split()
    return " ".join([words[0]] + [w.lower() if w.lower() in PLACE_GENERIC_WORDS else w for w in words[1:]])


# a town's two-part name, a noun then an adjective, in an oblique case: "Ленинска-Кузнецкого"
_TWO_PART_TOWN = re.compile(r"^([А-ЯЁ][а-яё]+[ауеяю])-([А-ЯЁ][а-яё]+(?:ого|ому|ым|ом))$")


def _city_nominative(raw: str) -> str:
    raw = _SPACED_NA.sub(r"-\1-", raw)  # "Ростова - На - Дону"
    if " " in raw:  # "Верхнего Тагила", "Верхний Тагил": a two-word name agrees word by word
        return _nominative_phrase(raw)
    parses = morph.parses(raw)
    two_part = _TWO_PART_TOWN.match(raw)
    if two_part and not any("Geox" in p.tag for p in parses):
        # "Ленинска-Кузнецкого", "Каменска-Уральского": a name the dictionary lacks agrees part by part (it
        # guesses from the adjective alone: "Ленинска-Кузнецкий")
        noun = _city_nominative(two_part.group(1))
        gender = next((p.tag.gender for p in morph.parses(noun) if "NOUN" in p.tag and p.tag.gender), "masc")
        return f"{noun}-{_adjective_nominative(two_part.group(2), gender)}"
    # a place parse first: "Королев" is also "королев", the plural genitive of "королева"
    parse = next((p for p in parses if "Geox" in p.tag), None) or next((p for p in parses if "Name" not in p.tag), None)
    if parse is not None and "ADJF" in parse.tag and "masc" not in parse.tag:  # "города Лесовского": a town is "-ский"
        parse = next((p for p in parses if {"ADJF", "masc"} <= p.tag.grammemes), parse)
    if parse is None:
        return raw
    value = _restore_hyphen_case(raw, (parse.inflect({"nomn"}) or parse).word)
    return morph.keep_yo(raw, value)  # "Заозерск" as printed


def _adjective_nominative(word: str, gender: str) -> str:
    return morph.inflect_word(word, frozenset({"nomn", gender, "sing"}), "ADJF") or _adjective_by_ending(word, gender)


def _autonomous_region(raw: str) -> str:
    """"Еврейской автономной обл." → "Еврейская автономная область"; "Чукотского автономного округа" →
    "Чукотский автономный округ"."""
    words = raw.split()
    okrug = words[-1].lower().startswith("округ")
    gender = "masc" if okrug else "femn"
    name = _restore_hyphen_case(words[0], _adjective_nominative(words[0], gender))
    return f"{name} {'автономный округ' if okrug else 'автономная область'}"


def _city_of_adjective(adjective: str) -> str | None:
    """"Минского" → "Минск": the city whose name the adjective is built on, if the dictionary knows it;
    "Орловский" → "Орёл" from the table of adjectives that are not the name plus "-ский"."""
    stem = re.sub(r"(?:ий|ого|ому|им|ом|ая|ой|ую)$", "", adjective)
    irregular = CITY_ADJECTIVES.get(stem.lower())
    if irregular:
        return irregular
    # "Саратов-ск-ая" → "Саратов", "Череповец-к-ая" → "Череповец", "Минск-ий" → "Минск"; the shorter name
    # first ("Кировская городская Дума" is Kirov's, not Kirovsk's)
    for name in (stem[:-2] if stem.endswith("ск") else "", stem[:-1] if stem.endswith("цк") else "", stem):
        if name and morph.in_dictionary(name) and any("Geox" in p.tag for p in morph.parses(name)):
            return name
    return None


def _official_name(form: Callable[[str], str | None]) -> Callable[[str], str | None]:
    """`form` applied to a region's name without its official name after a dash (OFFICIAL_NAME_SUFFIX),
    which follows in the nominative with the dash as printed: "Кемеровской области – Кузбасса" →
    "Кемеровская область – Кузбасс". A word after the dash that names no place is dropped."""
    def apply(raw: str) -> str | None:
        m = OFFICIAL_NAME_AT_END.search(raw)
        if m is None:
            return form(raw)
        value = form(raw[:m.start()])
        place = next((p for p in morph.parses(m.group("word")) if "Geox" in p.tag), None)
        if value is None or place is None:
            return value
        name = (place.inflect({"nomn"}) or place).word
        return value + raw[m.start():m.start("word")] + name[:1].upper() + name[1:]
    return apply


def _zato(raw: str) -> str | None:
    """"МЕЖГОРЬЕ" → "ЗАТО Межгорье"; "город Заозерск" → "ЗАТО город Заозерск"."""
    town = re.match(r"(?i)город\s+", raw)
    name = raw[town.end():] if town else raw
    city = _city_nominative(name) if _plausible_city(name) else None
    return f"ЗАТО {'город ' if town else ''}{city}" if city else None


def _administrative_okrug(raw: str) -> str:
    """"Восточного административного округа города Москвы" → "Восточный административный округ города Москвы",
    as printed."""
    adjective = raw.split()[0]
    tail = " города Москвы" if raw.lower().endswith("москвы") else ""
    return f"{_restore_hyphen_case(adjective, _adjective_nominative(adjective, 'masc'))} административный округ{tail}"


# How a rule's match becomes the nominative (PlaceRule.form); None: the match is not a place after all.
_PLACE_FORMS: dict[str, Callable[[str], str | None]] = {
    "plausible_city": lambda raw: _city_nominative(raw) if _plausible_city(raw) else None,
    "city": _city_nominative,
    "phrase": _nominative_phrase,
    "territory": _official_name(lambda raw: _tidy_place(_nominative_phrase(raw)) if _adjective_named(raw) else None),
    "as_printed": _tidy_place,
    "quoted_district": lambda raw: f"{raw} район",
    "rural_settlement_name": lambda raw: _settlement_name(raw, "сельское поселение"),
    "rural_settlement_named": lambda raw: f"сельское поселение {_tidy_place(raw)}",
    "urban_settlement_named": lambda raw: f"городское поселение {_tidy_place(raw)}",
    "okrug_named_after": lambda raw: f"округ {raw}",
    "urban_settlement_name": lambda raw: _settlement_name(raw, "городское поселение"),
    "republic": lambda raw: f"Республика {raw}",
    "autonomous_region": _official_name(_autonomous_region),
    "adjective_town": lambda raw: _restore_hyphen_case(raw, _adjective_nominative(raw, "masc")),
    "district_of": lambda raw: f"{_adjective_nominative(raw, 'masc')} район",
    "administrative_okrug_of": _administrative_okrug,
    "selsovet_of": lambda raw: f"{_adjective_nominative(raw, 'masc')} сельсовет",
    "oblast_of": lambda raw: f"{_adjective_nominative(raw, 'femn')} область",
    "abbreviation": lambda raw: REGION_ABBREVIATIONS.get(raw.lower()),
    "city_of_adjective": _city_of_adjective,
    "known_city": lambda raw: _city_nominative(raw) if any("Geox" in p.tag for p in morph.parses(raw)) else None,
    "zato": _zato,
    "upper": str.upper,
    "russia": lambda raw: "Российская Федерация",
}


def _settlement_name(raw: str, kind: str) -> str:
    """«Ононское» → "Ононское сельское поселение"; «Кожмудор» → "сельское поселение Кожмудор";
    «Поселок Воротынск» stays as printed; «Город Малоярославец» is the town, "Малоярославец"."""
    name = _tidy_place(raw)
    if re.fullmatch(r"[А-ЯЁ][а-яё-]+(?:ое|ее)", name):
        return f"{name} {kind}"
    town = _TOWN_NAMED.fullmatch(name)
    if town:
        return town.group(1)
    return name if _SETTLEMENT_TYPE_FIRST.match(name) else f"{kind} {name}"


_TOWN_NAMED = re.compile(r"[Гг]ород\s+(.+)")
_SETTLEMENT_TYPE_FIRST = re.compile(r"(?i:посел[оё]к|рабочий\s+посел|село|деревня|станица|хутор|аул|слобода)\b")


def clear_memos() -> None:
    """Forget the line memos below: like the other stages' memos they serve one document, so a
    line repeated in another document is read afresh (`directives.extract_resolution`)."""
    _cued_rules.cache_clear()
    _prepared.cache_clear()


_PLACE_CUE_WORDS = tuple(sorted({cue for rule in PLACE_RULES for cue in rule.cues}))


@lru_cache(maxsize=512)
def _cued_rules(low: str) -> tuple:
    """The place rules whose cue words the text holds, in table order (a header line is asked in
    up to four zones). Each distinct cue word is looked for once, not once per rule that has it."""
    present = frozenset(cue for cue in _PLACE_CUE_WORDS if cue in low)
    return tuple(rule for rule in PLACE_RULES if not rule.cues or not present.isdisjoint(rule.cues))


# "Губернатором Астраханской обл.": the region's word cut short
_OBLAST_ABBREVIATION = re.compile(r"(?<=[а-яё]ой)\s+обл\.(?=\s|$)")


@lru_cache(maxsize=512)
def _prepared(text: str) -> tuple[str, str]:
    # a header line is searched in up to four zones: title-cased and lower-cased once
    titled = _OBLAST_ABBREVIATION.sub(" области", _titlecase_upper(text))
    return titled, titled.lower()


_MENTIONS = frozenset({"city_abbrev", "city_abbrev_after_year"})


def _place_from(text: str, levels: frozenset[str], repeated: bool = False) -> tuple[str, str] | None:
    """The first rule's first place in `text`. With `repeated`, a region counts only if named twice:
    a regional act names its region throughout, other acts name one once as their subject's context."""
    text, low = _prepared(text)
    for rule in _cued_rules(low):
        if rule.level not in levels:
            continue
        values = (
            _PLACE_FORMS[rule.form](m.group("name")) for m in rule.pattern.finditer(text)
            if not rule.after_body or REGIONAL_BODY_BEFORE.search(text, max(0, m.start() - _BODY_WINDOW), m.start())
        )
        if repeated and (rule.level == "region" or rule.name in _MENTIONS):
            named = [v for v in values if v]
            value = next((v for v in named if named.count(v) > 1), None)
        else:
            value = next((v for v in values if v), None)
        if value:
            return value, rule.name
    return None


_LOCAL_LEVELS = frozenset({"city", "local"})
_BODY_LEVELS = _LOCAL_LEVELS | {"okrug"}
_ISSUER_LEVELS = _BODY_LEVELS | {"regional_body", "federal_body"}
_TEXT_LEVELS = _ISSUER_LEVELS - {"federal_body"} | {"region"}


def _without_citations(text: str) -> str:
    """The text without the acts it cites (their issuers, dates, numbers and titles)."""
    return ACT_CITATION.sub(" ", text)


def _banner_line(header: list[tuple[int, str]]) -> int | None:
    """A site's banner (SPEC §6: not evidence): the first header line names a territory alone, and
    no other header line names a body, a type or a date ("Аликовский муниципальный округ Чувашской
    Республики" over an act's title and preamble)."""
    if not header or not BARE_TERRITORY_LINE.match(header[0][1]):
        return None
    if any(ISSUER_WORD.search(t) or _type_word(t) or find_dates(t) for _, t in header[1:]):
        return None
    return header[0][0]


def _without_titles(lines: list[str], after_type: bool = False) -> list[str]:
    """The header's lines without the act's title under its type word and the lines it wraps onto:
    "МЭР ГОРОДА НАХОДКИ" / "ПОСТАНОВЛЕНИЕ" / "О ПОРЯДКЕ ... К НАГРАЖДЕНИЮ ПОЧЕТНЫМИ ГРАМОТАМИ АДМИНИСТРАЦИИ
    ПРИМОРСКОГО КРАЯ": a regional body the title names is its subject, not the issuer. The lines after
    it stay: a database page repeats the act's own header under its title line."""
    typed, title_end, kept = False, 0, []
    for k, text in enumerate(lines):
        if k >= title_end and typed and _ACT_TITLE_LINE.match(text):
            title_end = _title_end(lines, k)
        if k >= title_end:
            kept.append(text)
        # (only under an issuer's lines: with none above the type word, "Об обращении Курского областного
        # Собрания ..." may name the issuer itself; a page's dated title line names it: "Постановление
        # Собрания депутатов Архангельской области от 25.04.2012 № 1340" / "О поддержке обращения Думы ...")
        typed = typed or (k > 0 and _is_type_heading(text)) or (_dated_title_line(text) and ISSUER_WORD.search(text) is not None) \
            or (after_type and _type_word(text) is not None)
    return kept


def _title_end(lines: list[str], start: int) -> int:
    """Past the title that opens on `start`: its lines that go on in lower case, or in capitals under a
    title in capitals ("О ПОРЯДКЕ ... / К НАГРАЖДЕНИЮ ... АДМИНИСТРАЦИИ / ПРИМОРСКОГО КРАЯ"), unless they
    lead to a type word or a date: the act's header, repeated under a database's title line."""
    end, caps = start + 1, lines[start].isupper()
    while end < len(lines) and (lines[end][:1].islower() or caps and lines[end].isupper() and not any(
            _is_type_heading(t) or find_dates(t) for t in lines[end:end + _ISSUER_WRAP + 1])):
        end += 1
    return end


def _place_header(header: list[tuple[int, str]], banner: int | None) -> list[str]:
    """The header's lines for the place, quoted titles and the banner left out; a quoted municipality
    name ("сельского поселения «Ононское»", "муниципального района «Шилкинский район»", its words on
    the line above) is no title and stays."""
    joined = "\n".join(text for n, text in header if n != banner)
    return _without_quoted_titles(joined).split("\n") if joined else []


def _without_quoted_titles(text: str) -> str:
    """The text with its quoted segments blanked, but for municipalities' quoted names."""
    parts, pos = [], 0
    for start, end, _ in iter_quoted(text):
        if not _SETTLEMENT_BEFORE.search(text, max(0, start - 30), start):
            parts += [text[pos:start], " "]
            pos = end
    return "".join(parts) + text[pos:]


_SETTLEMENT_BEFORE = re.compile(r"(?i)(?:поселени|образовани|район|округ)\w*\s*$")


def _issuer_lines(lines: list[str]) -> list[str]:
    """Header lines that name the issuing body, each with the lines its name wraps onto:
    "АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ / СЕВАСТЬЯНОВСКОЕ СЕЛЬСКОЕ ПОСЕЛЕНИЕ"."""
    out = []
    for k, text in enumerate(lines):
        if ISSUER_WORD.search(text) and not _ACT_TITLE_LINE.match(text):
            end = k + 1
            while end < min(len(lines), k + 1 + _ISSUER_WRAP) and not (_type_word(lines[end]) or find_dates(lines[end])) \
                    and (end == k + 1 or _NAME_CONTINUES.match(lines[end]) or _UNNAMED_GENERIC_END.search(lines[end - 1])):
                end += 1
            # "Решение Медвежьегорского райисполкома о переселении ... из г. Медвежьегорска": the title run on
            named = " ".join(lines[k:end])
            title = _INLINE_ACT_TITLE.search(named)
            out.append(named[:title.start()] if title else named)
    return out


# "АДМИНИСТРАЦИЯ / муниципального образования / городское поселение / «Город Малоярославец»": the
# lines of a body's name before the act's type word or date. Past the first, a line continues the name
# when it opens in lower case, with a quote or a word in capitals (not letter-spaced, no "г."), or
# follows a generic word ("муниципального округа / Текстильщики в городе Москве")
_ISSUER_WRAP = 3
# a municipality's generic words ending a line with no name before them: the name is on the next line
_UNNAMED_GENERIC_END = re.compile(r"(?i)(?<!ого\s)(?<!ой\s)(?:муниципальн|городск|сельск)\w*\s+(?:округ|район|поселени|образовани)\w*\s*$")
_NAME_CONTINUES = re.compile(r"\s*(?:[а-яё]{2}|[«\"“]|[А-ЯЁ]{2,}(?:[\s-]+[А-ЯЁ]{2,})*\s*$)")


def _formula_subject(seg: Segmentation, clean: _CleanLines) -> str:
    """The body that a resolutive formula names as its subject: "..., Совет депутатов
    Старооскольского городского округа решил:" → "Совет депутатов Старооскольского городского округа"."""
    if not seg.formulas:
        return ""
    n, formula = seg.formulas[0]
    text = clean[n]
    m = formula.search(text)
    if m is None:
        return ""
    subject = re.split(r"[.;:,]\s", text[: m.start()])[-1][-200:]
    if not ISSUER_WORD.search(subject):
        return ""
    # a preamble run into the subject ("... кадров комиссий в Лесном районе Избирательная комиссия
    # Республики Алтай постановляет"): the body's name opens with a capital, on its word or the one
    # before; cited acts go first, so that a cited act's issuer is no start
    subject = _without_citations(subject)
    named = [w.start() for w in ISSUER_NAME_START.finditer(subject)]
    return subject[named[-1]:] if named else subject


_CONTROL_CLAUSE = re.compile(CONTROL_CHARGE, re.IGNORECASE)


def _place_zones(seg: Segmentation, clean: _CleanLines, header: list[tuple[int, str]], head: str,
                 event: str | None) -> Iterator[tuple[str, str, frozenset[str]]]:
    """Where the place is looked for, strongest evidence first: a regional body heading the page;
    the issuing body's territory in the header; a city or municipality anywhere in the header; the
    event; the formula's subject; the issuer's own charter cited in the preamble; the title; the
    preamble; a settlement of issue in the header; the signature; a region in the header; the body's
    text. Cited acts are left out of all but the header. Lazy: most documents stop at the header."""
    banner = _banner_line(header)
    lines = _place_header(header, banner) + ([head] if head else [])
    untitled = _without_titles(lines)
    yield "header", " ".join(untitled), frozenset({"regional_body", "federal_body"})
    yield from (("header", text, _BODY_LEVELS) for text in _issuer_lines(lines))
    yield from (("header", text, _LOCAL_LEVELS) for text in _without_titles(lines, after_type=True))
    # "24 мая 2007 г., Новосибирск", "15.05.2024     Тамбов": where the act was signed or the event held
    yield from (("header_names", text, frozenset()) for _, text in header
                if len(text) <= 80 and _DATED_PLACE_LINE.search(text))
    yield "event", event or "", _LOCAL_LEVELS
    yield "formula", _formula_subject(seg, clean), _ISSUER_LEVELS
    first_item = seg.segments[0].start if seg.segments else len(seg.text)
    end = len(seg.lines) if seg.list_end_line is None else min(seg.list_end_line + _SIGNATURE_LINES, len(seg.lines))
    kept = [n for n in range(end) if n != banner and not _is_bilingual_banner(seg.lines[n].raw)]
    preamble = clean_text("\n".join(
        seg.text[seg.lines[n].start: min(seg.lines[n].end, first_item)] for n in kept if seg.lines[n].start < first_item
    ))
    # (a region's charter too: "статьей 103 Устава Красноярского края" in a regional act)
    yield from (("charter", m.group("body"), _BODY_LEVELS | {"region"}) for m in OWN_CHARTER.finditer(preamble))
    # the title names its subject's territory, the issuer's more often than not where nothing else does
    yield from (("title", text, _LOCAL_LEVELS) for text in lines)
    yield "preamble", _without_citations(preamble), _BODY_LEVELS
    yield from (("header", text, frozenset({"settlement_abbrev"})) for text in lines)
    # "Контроль ... возложить на первого заместителя главы Троицкого муниципального района": the issuer's
    # own official, as a signature names one
    yield from (("control", _without_citations(s.text), _ISSUER_LEVELS) for s in seg.segments[-2:]
                if _CONTROL_CLAUSE.match(s.text))
    if seg.list_end_line is not None:
        tail = " \n".join(clean[n] for n in range(seg.list_end_line, end))
        yield "signature", _without_citations(tail), _ISSUER_LEVELS
    yield from (("header_region", text, frozenset({"region"})) for text in lines)
    yield "text", _without_citations("\n".join(clean[n] for n in kept)), _TEXT_LEVELS


def _place(seg: Segmentation, clean: _CleanLines, header: list[tuple[int, str]], head: str,
           event: str | None) -> tuple[str | None, str]:
    for zone, text, levels in _place_zones(seg, clean, header, head, event):
        if zone == "header_names":  # a date line's bare name: a city only if NER reads one
            city = _named_city(text)
            if city:
                return city, "header:natasha_loc"
            continue
        found = _place_from(text, levels, repeated=zone == "text")
        if found:
            return _as_worded(found[0], seg.text), f"{zone}:{found[1]}"
    # last resort: a name alone on a header line ("Тамбов"), found by NER
    for _, text in header:
        if len(text) <= 80 and _BARE_PLACE_LINE.search(text):
            city = _named_city(text)
            if city:
                return city, "header:natasha_loc"
    return None, "none"


_SHORT_DISTRICT = re.compile(r"(?P<adj>[А-ЯЁ][А-ЯЁа-яё-]+(?:ий|ый|ой)) район")


def _as_worded(place: str, text: str) -> str:
    """A district the way the document words it (SPEC §6): "Сапожковская районная Дума" of a text that
    names "Сапожковского муниципального района" is "Сапожковский муниципальный район"."""
    m = _SHORT_DISTRICT.fullmatch(place)
    if m and re.search(rf"(?i){re.escape(m['adj'][:-2])}\w*\s+муниципальн\w*\s+район", text):
        return f"{m['adj']} муниципальный район"
    return place


def _named_city(line: str) -> str | None:
    for span in natasha_adapter.locations(_QUOTED.sub(" ", line)):
        found = _place_from(f"г. {span.text}", frozenset({"city"})) if _CITY_NAME.fullmatch(span.text) else None
        if found:  # the city rules may still find the name implausible ("Ила")
            return found[0]
    return None


def extract_header(seg: Segmentation) -> Header:
    clean = _CleanLines(seg.lines)
    header, stop = _header_lines(seg, clean)
    head = _head_prefix(seg, clean, stop)
    doc_type, type_line, type_rule = _doc_type(seg, header)
    event, event_rule = None, "none"
    if type_line is not None and doc_type in EVENT_DOC_TYPES:
        event, event_rule = _event(seg, clean, type_line, doc_type)
    title, title_rule = _title(seg, clean, header, doc_type, type_line)
    date, date_rule = _date(seg, clean, header, head, doc_type)
    place, place_rule = _place(seg, clean, header, head, event)
    rules = {"doc_type": type_rule, "title": title_rule, "event": event_rule, "date": date_rule, "place": place_rule}
    return Header(doc_type, title, event, date, place, rules={name: [rule] for name, rule in rules.items()})
