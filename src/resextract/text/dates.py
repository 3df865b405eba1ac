"""Calendar vocabulary and calendar-date parsing shared by the header, deadline and reference stages."""
from __future__ import annotations

import calendar
import datetime as dt
import re

# Month stems: genitive ("августа"), nominative ("август"), prepositional ("августе").
MONTHS: dict[str, int] = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "май": 5, "мая": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
MONTH_WORD = (
    r"(?:январ[ьяею]|феврал[ьяею]|март[ае]?|апрел[ьяею]|ма[йяею]|июн[ьяею]|июл[ьяею]|"
    r"август[ае]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею])"
)
YEAR_WORD = r"(?:\s*(?:г\.?\s*г\.?|гг\.?|г\.|г\b|года|году|год)\b\.?)?"

# "29 августа 2024 года", "1 сентября", "01 сентября 2019 г."
RE_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(?P<day>[0-3]?\d)[»\"”]?\s*(?P<month>{MONTH_WORD})(?:\s+(?P<year>\d{{4}}))?(?:{YEAR_WORD})",
    re.IGNORECASE,
)
# "29.04.2013", "9.10.2023", "15.01.10"
RE_NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d{4}|\d{2})(?![\d.]\d)(?:\s*г\.?)?"
)


def month_number(word: str) -> int | None:
    w = word.lower()
    if w.startswith("март"):  # before the "ма" (май) check, which would swallow "марта"
        return 3
    if w.startswith("ма"):
        return 5 if w[:3] in ("май", "мая", "мае", "маю") else None
    for stem, number in MONTHS.items():
        if len(stem) > 2 and w.startswith(stem):
            return number
    return None


def expand_year(year: str, ref: dt.date | None = None) -> int:
    """Two-digit years are 20YY unless that lies more than 10 years after the reference date."""
    value = int(year)
    if len(year) == 4:
        return value
    full = 2000 + value
    limit = (ref.year if ref else dt.date.today().year) + 10
    return full if full <= limit else 1900 + value


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def resolve_yearless(month: int, day: int, ref: dt.date | None) -> dt.date | None:
    """A date without a year: the first such date on or after the reference date."""
    if ref is None:
        return None
    candidate = safe_date(ref.year, month, day)
    if candidate is None:
        return None
    if candidate < ref:
        candidate = safe_date(ref.year + 1, month, day)
    return candidate


def find_dates(text: str, ref: dt.date | None = None) -> list[tuple[int, int, dt.date]]:
    """Every calendar date in `text` as (start, end, date), in order of appearance."""
    out: list[tuple[int, int, dt.date]] = []
    for m in RE_DAY_MONTH_YEAR.finditer(text):
        month = month_number(m.group("month"))
        if month is None:
            continue
        day = int(m.group("day"))
        if m.group("year"):
            value = safe_date(int(m.group("year")), month, day)
        else:
            value = resolve_yearless(month, day, ref)
        if value:
            out.append((m.start(), m.end(), value))
    for m in RE_NUMERIC_DATE.finditer(text):
        value = safe_date(expand_year(m.group("year"), ref), int(m.group("month")), int(m.group("day")))
        if value:
            out.append((m.start(), m.end(), value))
    out.sort(key=lambda item: item[0])
    return out


# --- Calendar units (quarters, half-years, academic years) used by the deadline stage -----------

ROMAN: dict[str, int] = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# Ordinal stems: "первый/первом/1-й", "второе полугодие", "третьего квартала", "четвёртый".
ORDINAL_STEMS: dict[str, int] = {"перв": 1, "втор": 2, "трет": 3, "четв": 4}


def ordinal_number(token: str) -> int | None:
    """1..4 from "IV", "4", "4-й", "четвертом"; None for anything else."""
    t = token.strip().lower()
    if t in ROMAN:
        return ROMAN[t]
    digits = re.match(r"\d+", t)
    if digits:
        return int(digits.group())
    for stem, number in ORDINAL_STEMS.items():
        if t.startswith(stem):
            return number
    return None


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def quarter_bounds(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first = 3 * (quarter - 1) + 1
    return dt.date(year, first, 1), month_end(year, first + 2)


def half_year_bounds(year: int, half: int) -> tuple[dt.date, dt.date]:
    return (dt.date(year, 1, 1), dt.date(year, 6, 30)) if half == 1 else (dt.date(year, 7, 1), dt.date(year, 12, 31))


def academic_year_bounds(first_year: int, last_year: int | None = None) -> tuple[dt.date, dt.date]:
    """An academic year runs from 1 September to 31 August (SPEC §3)."""
    return dt.date(first_year, 9, 1), dt.date(last_year or first_year + 1, 8, 31)


def academic_year_of(ref: dt.date) -> int:
    """The first calendar year of the academic year that contains `ref`."""
    return ref.year if ref.month >= 9 else ref.year - 1


def expand_pair_year(second: str, first: int) -> int:
    """The second year of a pair: "2023/24" → 2024, "1999-2000" → 2000."""
    if len(second) == 4:
        return int(second)
    candidate = first // 100 * 100 + int(second)
    return candidate if candidate >= first else candidate + 100


def resolve_unit_year(index: int, units_per_year: int, ref: dt.date | None) -> int | None:
    """Year of the first month/quarter/half-year `index` on or after the one containing `ref`."""
    if ref is None:
        return None
    current = (ref.month - 1) * units_per_year // 12 + 1
    return ref.year if index >= current else ref.year + 1
