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
    rf"(?<!\d)(?P<day>[0-3]?\d)\s+(?P<month>{MONTH_WORD})(?:\s+(?P<year>\d{{4}}))?(?:{YEAR_WORD})",
    re.IGNORECASE,
)
# "29.04.2013", "9.10.2023", "15.01.10"
RE_NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d{4}|\d{2})(?![\d.]\d)(?:\s*г\.?)?"
)


def month_number(word: str) -> int | None:
    w = word.lower()
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


def parse_date(text: str, ref: dt.date | None = None) -> dt.date | None:
    """The first calendar date written in `text` ("29 августа 2024 года", "29.04.2013")."""
    found = find_dates(text, ref)
    return found[0][2] if found else None


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
