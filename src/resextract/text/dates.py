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
# "29.04.2013", "9.10.2023", "15.01.10"; "27.06. 2014": a space typed after the month's dot, before a full year,
# or a second dot ("27.03..2020");
# "от 16.08.20003125": the act's number glued to its date's year
RE_NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?:\s(?=\d{4})|\.(?=(?:19|20)\d\d))?(?P<year>\d{4}|\d{2})"
    r"(?:(?![\d.]\d)|(?<=\bот\s\d\d\.\d\d\.(?:19|20)\d\d)(?=\d{1,5}(?!\d)))(?:\s*г\.?)?"
)

# "11/30/1999", "05/20/2005": a form's or a database's export with slashes, month first in the texts met so
# far; read only where one number cannot be a month (an act's number "№ 56/274" has no four-digit year after)
RE_SLASH_DATE = re.compile(r"(?<![\d/№N])(?<!№\s)(?<!N\s)(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])")


def slash_day_month(a: int, b: int, ambiguous_day_first: bool) -> tuple[int, int] | None:
    """(day, month) of "a/b/...": where one number cannot be a month the other is ("11/30/1999" month first,
    "30/11/1999" day first); where both can, day first if `ambiguous_day_first` (a Russian term, "до
    01/12/2023"), else None (a header's date, which a form may print either way)."""
    if a > 12 >= b:
        return a, b
    if b > 12 >= a:
        return b, a
    return (a, b) if ambiguous_day_first and a <= 31 and 1 <= b <= 12 else None


def _slash_date(m: re.Match[str]) -> dt.date | None:
    parts = slash_day_month(int(m.group("a")), int(m.group("b")), ambiguous_day_first=False)
    return safe_date(int(m.group("year")), parts[1], parts[0]) if parts else None


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


def safe_date(year: int, month: int, day: int, *, slip: bool = False) -> dt.date | None:
    """The date, or None when no calendar has it. With `slip` (a term's dates), a day a short month
    lacks ("до 31 апреля", "30 февраля") is a slip for its last day; a cited act's date stays unread."""
    if slip and 1 <= month <= 12 and 29 <= day <= 31 and dt.MINYEAR <= year <= dt.MAXYEAR:
        day = min(day, calendar.monthrange(year, month)[1])
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
    if "/" in text:
        out.extend((m.start(), m.end(), value) for m in RE_SLASH_DATE.finditer(text) if (value := _slash_date(m)))
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


# School terms (четверти) as months of the academic year: (first month, last month). Their exact
# days vary by region and year; these are the months they usually fall in.
SCHOOL_TERMS: dict[int, tuple[int, int]] = {1: (9, 10), 2: (11, 12), 3: (1, 3), 4: (4, 5)}


def school_term_bounds(first_year: int, term: int) -> tuple[dt.date, dt.date]:
    """The months of a school term (четверть) of the academic year starting in `first_year`."""
    first, last = SCHOOL_TERMS[term]
    year = first_year if first >= 9 else first_year + 1
    return dt.date(year, first, 1), month_end(year, last)


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


# --- Parts of a month or year and terms counted from a date (SPEC 1.1 §3) ------------------------


def decade_bounds(year: int, month: int, decade: int) -> tuple[dt.date, dt.date]:
    """A декада: days 1-10, 11-20, 21 to the month's end."""
    if decade == 3:
        return dt.date(year, month, 21), month_end(year, month)
    first = 10 * (decade - 1) + 1
    return dt.date(year, month, first), dt.date(year, month, first + 9)


# season → (first month, last month); a season within one calendar year
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "spring_summer": (3, 8), "summer_autumn": (6, 11),
}


def season_bounds(year: int, season: str) -> tuple[dt.date, dt.date]:
    first, last = SEASONS[season]
    return dt.date(year, first, 1), month_end(year, last)


def season_year(season: str, ref: dt.date | None) -> int | None:
    """The year of the first such season that has not ended on the reference date."""
    if ref is None:
        return None
    return ref.year if ref <= month_end(ref.year, SEASONS[season][1]) else ref.year + 1


# Number words of a term ("в течение двух недель", "в десятидневный срок"): stem → value.
NUMBER_STEMS: dict[str, int] = {
    "одн": 1, "один": 1, "дв": 2, "тр": 3, "четыр": 4, "пят": 5, "шест": 6, "сем": 7, "восем": 8, "восьм": 8,
    "девят": 9, "десят": 10, "пятнадцат": 15, "двадцат": 20, "тридцат": 30, "сорок": 40, "шестидесят": 60,
    "шестьдесят": 60, "девяност": 90,
}


def count_number(token: str) -> int | None:
    """1..90 from "10", "двух", "трёх", "десяти", "тридцать"; the longest matching stem wins."""
    t = token.strip().lower().replace("ё", "е")
    if t.isdigit():
        return int(t)
    best = max((s for s in NUMBER_STEMS if t.startswith(s)), key=len, default=None)
    return NUMBER_STEMS[best] if best else None


def add_months(start: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the month's last day when it is shorter (31 Jan + 1 = 29 Feb)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def add_working_days(start: dt.date, days: int) -> dt.date:
    """`days` working days after `start`, counting Monday to Friday (no holiday calendar)."""
    out = start
    while days > 0:
        out += dt.timedelta(days=1)
        if out.weekday() < 5:
            days -= 1
    return out


def add_duration(start: dt.date, amount: int, unit: str, working: bool = False) -> dt.date:
    """`start` plus `amount` of `unit` ("day", "week", "month"); working days skip weekends."""
    if unit == "month":
        return add_months(start, amount)
    if unit == "week":
        return start + dt.timedelta(weeks=amount)
    if working:
        return add_working_days(start, min(amount, 10_000))
    return start + dt.timedelta(days=amount)
