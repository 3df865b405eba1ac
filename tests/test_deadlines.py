"""Deadlines (SPEC §3): the tables below are the specification of `resextract.stages.deadlines`."""
from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resextract.stages.deadlines import (
    find_inline_deadline,
    is_deadline_value,
    parse_deadline,
    parse_deadline_traced,
)
from resextract.stages.deadlines.rules import DEADLINE_RULES
from resextract.text.lines import find_deadline_line

# A late-August conference, the typical document date of the corpus.
REF = dt.date(2023, 8, 28)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


# --- parse_deadline: a whole "Срок исполнения" value ---------------------------------------------
# (value, kind, start, end) with REF as the document's date.
VALUES: list[tuple[str, str, str | None, str | None]] = [
    # date: "до <date>" and its synonyms; start is null
    ("до 30 августа 2023 г.", "date", None, "2023-08-30"),
    ("до 15 сентября 2024 года", "date", None, "2024-09-15"),
    ("До 1 октября 2023г.", "date", None, "2023-10-01"),
    ("до 01.12.2023", "date", None, "2023-12-01"),
    ("до 01.12.2023 г.", "date", None, "2023-12-01"),
    ("в срок до 20 мая 2024 года", "date", None, "2024-05-20"),
    ("не позднее 25 декабря 2023 года", "date", None, "2023-12-25"),
    ("не позже 10.01.2024", "date", None, "2024-01-10"),
    ("в срок не позднее 1 марта 2024 г.", "date", None, "2024-03-01"),
    ("к 1 сентября 2024 г.", "date", None, "2024-09-01"),
    ("по 31 декабря 2023 г. включительно", "date", None, "2023-12-31"),
    ("до «15» ноября 2023 г.", "date", None, "2023-11-15"),
    ("ДО 30 АПРЕЛЯ 2024 Г.", "date", None, "2024-04-30"),
    ("до  5  марта   2024  г.", "date", None, "2024-03-05"),
    ("15 сентября 2023 г.", "date", None, "2023-09-15"),
    ("29.02.2024", "date", None, "2024-02-29"),
    ("до 1 сентября 23 г.", "date", None, "2023-09-01"),
    # a time of day is part of the text and does not change the date (SPEC §3)
    ("12 октября 2023 г. в 10.00", "date", None, "2023-10-12"),
    ("до 18-00 03.11.2023", "date", None, "2023-11-03"),
    ("5 декабря 2023 года в 15.30 часов", "date", None, "2023-12-05"),
    ("в срок до 12.00 20 сентября 2023 года", "date", None, "2023-09-20"),
    ("не позднее 16:00 01.10.2023", "date", None, "2023-10-01"),
    ("до 1 ноября 2023 г., к 9 ч. 30 мин.", "date", None, "2023-11-01"),
    # conversion debris: a space inside a numeric date, "г." glued to "по", "в" glued to a month
    ("с 02. 10.2023 года", "period", "2023-10-02", None),
    ("до 15. 11.2023", "date", None, "2023-11-15"),
    ("с 01.10.2023 г.по 30.11.2023 г.", "period", "2023-10-01", "2023-11-30"),
    ("вдекабре 2023 года", "month", "2023-12-01", "2023-12-31"),
    ("вмае 2024 г.", "month", "2024-05-01", "2024-05-31"),
    # "в ночь с ... на ...": the two days of the night
    ("в ночь с 6 на 7 января 2024 года", "period", "2024-01-06", "2024-01-07"),
    ("в ночь с 31 декабря 2023 г. на 1 января 2024 г.", "period", "2023-12-31", "2024-01-01"),
    # month
    ("декабрь 2023 г.", "month", "2023-12-01", "2023-12-31"),
    ("Сентябрь 2024 года", "month", "2024-09-01", "2024-09-30"),
    ("февраль 2024", "month", "2024-02-01", "2024-02-29"),
    ("в марте 2024 г.", "month", "2024-03-01", "2024-03-31"),
    ("май 2025 г.", "month", "2025-05-01", "2025-05-31"),
    ("в течение ноября 2023 г.", "month", "2023-11-01", "2023-11-30"),
    ("август - сентябрь 2023 г.", "month", "2023-08-01", "2023-09-30"),
    ("октябрь–ноябрь 2023 года", "month", "2023-10-01", "2023-11-30"),
    ("январь — март 2024 г.", "month", "2024-01-01", "2024-03-31"),
    ("с сентября по декабрь 2023 г.", "month", "2023-09-01", "2023-12-31"),
    ("декабрь 2023 г. – январь 2024 г.", "month", "2023-12-01", "2024-01-31"),
    ("до конца декабря 2023 г.", "month", None, "2023-12-31"),
    # quarter
    ("IV квартал 2024 года", "quarter", "2024-10-01", "2024-12-31"),
    ("I квартал 2024 г.", "quarter", "2024-01-01", "2024-03-31"),
    ("II кв. 2024 г.", "quarter", "2024-04-01", "2024-06-30"),
    ("в III квартале 2024 года", "quarter", "2024-07-01", "2024-09-30"),
    ("1 квартал 2025 г.", "quarter", "2025-01-01", "2025-03-31"),
    ("2-й квартал 2024 года", "quarter", "2024-04-01", "2024-06-30"),
    ("первый квартал 2024 г.", "quarter", "2024-01-01", "2024-03-31"),
    ("в четвертом квартале 2023 года", "quarter", "2023-10-01", "2023-12-31"),
    ("III-IV кварталы 2024 г.", "quarter", "2024-07-01", "2024-12-31"),
    ("I – II кв. 2024 г.", "quarter", "2024-01-01", "2024-06-30"),
    ("до конца III квартала 2024 г.", "quarter", None, "2024-09-30"),
    ("в течение I квартала 2024 г.", "quarter", "2024-01-01", "2024-03-31"),
    # year
    ("в 2024 году", "year", "2024-01-01", "2024-12-31"),
    ("2024 год", "year", "2024-01-01", "2024-12-31"),
    ("2025 г.", "year", "2025-01-01", "2025-12-31"),
    ("в течение 2024 года", "year", "2024-01-01", "2024-12-31"),
    ("до конца 2024 года", "year", None, "2024-12-31"),
    ("до конца 2023 г.", "year", None, "2023-12-31"),
    ("до конца года", "year", None, "2023-12-31"),
    ("до конца текущего года", "year", None, "2023-12-31"),
    ("в течение текущего года", "year", "2023-01-01", "2023-12-31"),
    ("в следующем году", "year", "2024-01-01", "2024-12-31"),
    # academic year
    ("в течение 2023-2024 учебного года", "academic_year", "2023-09-01", "2024-08-31"),
    ("2023/24 учебный год", "academic_year", "2023-09-01", "2024-08-31"),
    ("2023/2024 уч. год", "academic_year", "2023-09-01", "2024-08-31"),
    ("2023 – 2024 учебный год", "academic_year", "2023-09-01", "2024-08-31"),
    ("в 2024/2025 учебном году", "academic_year", "2024-09-01", "2025-08-31"),
    ("2023/24", "academic_year", "2023-09-01", "2024-08-31"),
    ("2023-24 уч.г.", "academic_year", "2023-09-01", "2024-08-31"),
    ("на 2024-2025 учебный год", "academic_year", "2024-09-01", "2025-08-31"),
    ("до конца 2023-2024 учебного года", "academic_year", None, "2024-08-31"),
    # period
    ("с 1 по 15 сентября 2023 г.", "period", "2023-09-01", "2023-09-15"),
    ("с 30 октября по 3 ноября 2023 года", "period", "2023-10-30", "2023-11-03"),
    ("1–15 сентября 2023 г.", "period", "2023-09-01", "2023-09-15"),
    ("с 01.09.2023 по 31.05.2024", "period", "2023-09-01", "2024-05-31"),
    ("c 20 ноября 2023 г. по 10 января 2024 г.", "period", "2023-11-20", "2024-01-10"),
    ("до 2025 года", "period", None, "2025-12-31"),
    ("до 2026 г.", "period", None, "2026-12-31"),
    ("с 26 марта 2020 года", "period", "2020-03-26", None),
    ("с 1 января 2024 г.", "period", "2024-01-01", None),
    ("начиная с 01.09.2023", "period", "2023-09-01", None),
    ("с 2024 года", "period", "2024-01-01", None),
    ("2024-2025 гг.", "period", "2024-01-01", "2025-12-31"),
    ("в 2024 - 2026 годах", "period", "2024-01-01", "2026-12-31"),
    ("первое полугодие 2024 года", "period", "2024-01-01", "2024-06-30"),
    ("II полугодие 2023 г.", "period", "2023-07-01", "2023-12-31"),
    ("во втором полугодии 2024 г.", "period", "2024-07-01", "2024-12-31"),
    ("2-е полугодие 2024 г.", "period", "2024-07-01", "2024-12-31"),
    # parts of a month or a year: halves, декады, seasons, year and month ranges (SPEC 1.1 §3)
    ("в I полугодии 2025 г.", "period", "2025-01-01", "2025-06-30"),
    ("II декада ноября 2023 г.", "period", "2023-11-11", "2023-11-20"),
    ("III декада октября 2023 года", "period", "2023-10-21", "2023-10-31"),
    ("в первой декаде декабря 2023 г.", "period", "2023-12-01", "2023-12-10"),
    ("в последней декаде февраля 2024 г.", "period", "2024-02-21", "2024-02-29"),
    ("3-я декада марта 2024 года", "period", "2024-03-21", "2024-03-31"),
    ("до конца второй декады января 2024 г.", "period", None, "2024-01-20"),
    ("в летний период 2025 года", "period", "2025-06-01", "2025-08-31"),
    ("летом 2024 г.", "period", "2024-06-01", "2024-08-31"),
    ("в течение лета 2024 года", "period", "2024-06-01", "2024-08-31"),
    ("в весенне-летний период 2024 года", "period", "2024-03-01", "2024-08-31"),
    ("осенью 2023 года", "period", "2023-09-01", "2023-11-30"),
    ("2025-2027 гг.", "period", "2025-01-01", "2027-12-31"),
    ("2024 – 2026 годы", "period", "2024-01-01", "2026-12-31"),
    ("ноябрь-декабрь 2023 г.", "month", "2023-11-01", "2023-12-31"),
    # "к началу учебного года": the first 1 September on or after REF; a named academic year: its start
    ("к началу учебного года", "date", None, "2023-09-01"),
    ("к началу нового учебного года", "date", None, "2023-09-01"),
    ("к началу 2025-2026 учебного года", "date", None, "2025-09-01"),
    ("до начала 2024/2025 учебного года", "date", None, "2024-09-01"),
    ("к новому 2024/25 учебному году", "date", None, "2024-09-01"),
    # terms counted from the document's date (REF = 2023-08-28): start = REF, end = REF + the term
    ("в течение месяца со дня подписания настоящего приказа", "period", "2023-08-28", "2023-09-28"),
    ("в течение месяца", "period", "2023-08-28", "2023-09-28"),
    ("в 5-дневный срок", "period", "2023-08-28", "2023-09-02"),
    ("в 3-х дневный срок", "period", "2023-08-28", "2023-08-31"),
    ("в десятидневный срок", "period", "2023-08-28", "2023-09-07"),
    ("в двухнедельный срок", "period", "2023-08-28", "2023-09-11"),
    ("в месячный срок", "period", "2023-08-28", "2023-09-28"),
    ("в двухмесячный срок со дня вступления в силу настоящего решения", "period", "2023-08-28", "2023-10-28"),
    ("в срок не позднее 20 дней со дня вступления в силу", "period", "2023-08-28", "2023-09-17"),
    ("не позднее 15 дней со дня принятия", "period", "2023-08-28", "2023-09-12"),
    ("не позднее чем через 7 дней после подписания", "period", "2023-08-28", "2023-09-04"),
    ("в течение двух недель", "period", "2023-08-28", "2023-09-11"),
    ("в течение трёх суток", "period", "2023-08-28", "2023-08-31"),
    ("в течение 14 календарных дней", "period", "2023-08-28", "2023-09-11"),
    # working days count Monday to Friday: REF is a Monday, 5 working days end on Monday 4 September
    ("в течение 5 рабочих дней", "period", "2023-08-28", "2023-09-04"),
    ("в течение 10 рабочих дней с момента опубликования", "period", "2023-08-28", "2023-09-11"),
    # counted from another event: an `event` term with no dates
    ("в течение 10 дней со дня получения запроса", "event", None, None),
    ("в 3-дневный срок с момента выявления нарушений", "event", None, None),
    # continuous
    ("постоянно", "continuous", None, None),
    ("Постоянно.", "continuous", None, None),
    ("в течение года", "continuous", None, None),
    ("в течение учебного года", "continuous", None, None),
    ("в течение всего учебного года", "continuous", None, None),
    ("на постоянной основе", "continuous", None, None),
    ("в течение всего периода", "continuous", None, None),
    ("весь период", "continuous", None, None),
    # recurring
    ("ежегодно", "recurring", None, None),
    ("Ежеквартально", "recurring", None, None),
    ("ежемесячно", "recurring", None, None),
    ("еженедельно", "recurring", None, None),
    ("ежедневно", "recurring", None, None),
    ("2 раза в год", "recurring", None, None),
    ("1 раз в квартал", "recurring", None, None),
    ("не реже одного раза в полугодие", "recurring", None, None),
    ("два раза в месяц", "recurring", None, None),
    ("регулярно", "recurring", None, None),
    ("систематически", "recurring", None, None),
    ("до 5 числа каждого месяца", "recurring", None, None),
    # monthly and quarterly returns
    ("не позднее 15 числа месяца, следующего за отчётным", "recurring", None, None),
    ("ежемесячно до 3 числа", "recurring", None, None),
    ("ежеквартально до 10-го числа месяца, следующего за отчетным кварталом", "recurring", None, None),
    ("до 25 числа последнего месяца квартала", "recurring", None, None),
    ("к 1 числу каждого месяца", "recurring", None, None),
    ("в срок до 5 числа", "recurring", None, None),
    ("по мере необходимости", "continuous", None, None),
    ("по мере потребности", "continuous", None, None),
    # several deadlines in one value: kind of the first, start the earliest, end the latest
    ("август 2023 г., декабрь 2023 г.", "month", "2023-08-01", "2023-12-31"),
    ("до 1 сентября, до 1 декабря 2023 г.", "date", None, "2023-12-01"),
    ("сентябрь, октябрь 2023 г.", "month", "2023-09-01", "2023-10-31"),
    ("ежегодно, до 20 декабря 2023 г.", "recurring", None, "2023-12-20"),
    ("I квартал 2024 г., III квартал 2024 г.", "quarter", "2024-01-01", "2024-09-30"),
    ("постоянно; отчёт – до 1 июня 2024 г.", "continuous", None, "2024-06-01"),
]


@pytest.mark.parametrize(("value", "kind", "start", "end"), VALUES)
def test_parse_deadline_value(value: str, kind: str, start: str | None, end: str | None) -> None:
    deadline = parse_deadline(value, REF, source="item")
    assert deadline is not None, value
    assert (deadline.kind, _iso(deadline.start), _iso(deadline.end)) == (kind, start, end)
    assert deadline.source == "item"


def test_the_value_table_is_large_enough() -> None:
    assert len(VALUES) >= 70


@pytest.mark.parametrize(("value", "printed"), [
    ("постоянно.", "постоянно"),
    ("декабрь 2023 г.", "декабрь 2023 г."),
    ("до 30 августа 2023 г.;", "до 30 августа 2023 г."),
    ("  IV кв. ", "IV кв."),
    ("в течение года,", "в течение года"),
    ("ежегодно)", "ежегодно"),
])
def test_text_is_as_printed_without_trailing_punctuation(value: str, printed: str) -> None:
    deadline = parse_deadline(value, REF)
    assert deadline is not None and deadline.text == printed


@pytest.mark.parametrize("value", [
    "", "   ", "в соответствии с планом", "по согласованию", "со дня принятия", "с момента подписания",
    "в течение дня", "до 18 лет", "в установленные сроки", "в установленный срок", "в срок",
    "в сроки, установленные законодательством", "через день", "сроком на 5 лет", "на срок до 10 дней",
    "при снижении температуры наружного воздуха ниже +8 °C в течение пяти суток",
    "в случае отсутствия ответа в течение 30 дней", "Иванов И.И.", "—", "до 15.00", "в 14.30", "пункт 3.14",
])
def test_values_without_a_calendar_deadline_give_none(value: str) -> None:
    assert parse_deadline(value, REF) is None


def test_whole_deadline_line_is_accepted_and_its_label_dropped() -> None:
    deadline = parse_deadline("Срок исполнения: декабрь 2023 г.", REF, source="block")
    assert deadline is not None
    assert (deadline.text, deadline.kind, deadline.source) == ("декабрь 2023 г.", "month", "block")


def test_trace_names_the_rules_that_fired() -> None:
    found = parse_deadline_traced("август 2023 г., до 30 сентября 2023 г.", REF)
    assert found is not None
    assert found[1] == "month+date_until"


def test_rule_table_is_declarative_and_named() -> None:
    names = [rule.name for rule in DEADLINE_RULES]
    assert len(names) == len(set(names))
    assert {"date_until", "date_range", "quarter", "academic_year", "recurring_adverb"} <= set(names)
    assert all(rule.inline in ("anywhere", "near_verb", "never", "by_prefix") for rule in DEADLINE_RULES)


# --- Dates without a year, two-digit years, no reference date ------------------------------------

@pytest.mark.parametrize(("value", "ref", "kind", "start", "end"), [
    # a date without a year: the first such date on or after the document's date
    ("до 15 мая", dt.date(2023, 8, 28), "date", None, "2024-05-15"),
    ("до 15 сентября", dt.date(2023, 8, 28), "date", None, "2023-09-15"),
    ("до 28 августа", dt.date(2023, 8, 28), "date", None, "2023-08-28"),
    ("в срок до 1 марта", dt.date(2024, 2, 29), "date", None, "2024-03-01"),
    ("с 1 по 10 июня", dt.date(2023, 8, 28), "period", "2024-06-01", "2024-06-10"),
    # a month/quarter/half-year without a year: the first one on or after the document's
    ("декабрь", dt.date(2023, 8, 28), "month", "2023-12-01", "2023-12-31"),
    ("август", dt.date(2023, 8, 28), "month", "2023-08-01", "2023-08-31"),
    ("июнь", dt.date(2023, 8, 28), "month", "2024-06-01", "2024-06-30"),
    ("ноябрь - февраль", dt.date(2023, 8, 28), "month", "2023-11-01", "2024-02-29"),
    ("1 квартал", dt.date(2023, 8, 28), "quarter", "2024-01-01", "2024-03-31"),
    ("III квартал", dt.date(2023, 8, 28), "quarter", "2023-07-01", "2023-09-30"),
    ("1 полугодие", dt.date(2023, 3, 1), "period", "2023-01-01", "2023-06-30"),
    # relative years: the year, or the academic year, that contains the document's date
    ("до конца года", dt.date(2021, 8, 24), "year", None, "2021-12-31"),
    ("до конца учебного года", dt.date(2023, 10, 9), "academic_year", None, "2024-08-31"),
    ("до конца учебного года", dt.date(2024, 3, 1), "academic_year", None, "2024-08-31"),
    # a декада or a summer without a year: the first one on or after the document's date
    ("в первой декаде сентября", dt.date(2023, 8, 28), "period", "2023-09-01", "2023-09-10"),
    ("во второй декаде июня", dt.date(2023, 8, 28), "period", "2024-06-11", "2024-06-20"),
    ("в летний период", dt.date(2023, 5, 10), "period", "2023-06-01", "2023-08-31"),
    ("в летний период", dt.date(2023, 10, 2), "period", "2024-06-01", "2024-08-31"),
    # "к началу учебного года" on 1 September is that day; after it, the next year's
    ("к началу учебного года", dt.date(2023, 9, 1), "date", None, "2023-09-01"),
    ("к началу учебного года", dt.date(2023, 9, 2), "date", None, "2024-09-01"),
    # terms counted from the document's date: months keep the day, or take the month's last day
    ("в месячный срок", dt.date(2024, 1, 31), "period", "2024-01-31", "2024-02-29"),
    ("в течение 3 месяцев со дня подписания", dt.date(2023, 11, 15), "period", "2023-11-15", "2024-02-15"),
    ("в течение 3 рабочих дней", dt.date(2023, 9, 1), "period", "2023-09-01", "2023-09-06"),
    # two-digit years: 20YY unless more than 10 years after the document's date
    ("до 15.01.10", dt.date(2010, 1, 10), "date", None, "2010-01-15"),
    ("до 15.01.10", dt.date(1995, 5, 5), "date", None, "1910-01-15"),
    ("01.09.99", dt.date(2005, 1, 1), "date", None, "1999-09-01"),
    ("до 01.09.25", dt.date(2023, 1, 1), "date", None, "2025-09-01"),
    ("2023/24", dt.date(2023, 1, 1), "academic_year", "2023-09-01", "2024-08-31"),
])
def test_reference_date_resolution(value: str, ref: dt.date, kind: str, start: str | None, end: str | None) -> None:
    deadline = parse_deadline(value, ref)
    assert deadline is not None
    assert (deadline.kind, _iso(deadline.start), _iso(deadline.end)) == (kind, start, end)


@pytest.mark.parametrize(("value", "kind"), [
    ("до 15 мая", "date"), ("декабрь", "month"), ("1 квартал", "quarter"), ("до конца года", "year"),
    ("с 1 по 10 июня", "period"), ("до конца учебного года", "academic_year"),
    ("в 10-дневный срок", "period"), ("в течение месяца со дня подписания", "period"),
    ("к началу учебного года", "date"), ("в первой декаде сентября", "period"), ("в летний период", "period"),
])
def test_without_a_reference_date_the_kind_stays_and_the_dates_are_null(value: str, kind: str) -> None:
    deadline = parse_deadline(value, None)
    assert deadline is not None
    assert (deadline.kind, deadline.start, deadline.end) == (kind, None, None)


def test_explicit_years_need_no_reference_date() -> None:
    deadline = parse_deadline("с 30 марта по 20 апреля 2015 года", None)
    assert deadline is not None
    assert (deadline.start, deadline.end) == (dt.date(2015, 3, 30), dt.date(2015, 4, 20))


# --- find_inline_deadline ------------------------------------------------------------------------
# (item text, expected (printed text, kind, start, end) or None)
INLINE: list[tuple[str, tuple[str, str, str | None, str | None] | None]] = [
    ("до 1 сентября 2024 г. разработать план мероприятий",
     ("до 1 сентября 2024 г.", "date", None, "2024-09-01")),
    ("Разработать и утвердить до 15.10.2023 положение о конкурсе",
     ("до 15.10.2023", "date", None, "2023-10-15")),
    ("ежегодно проводить муниципальный этап олимпиады", ("ежегодно", "recurring", None, None)),
    ("проводить ежеквартально совещания с руководителями", ("ежеквартально", "recurring", None, None)),
    ("регулярно проводить мониторинг дефицитов", ("регулярно", "recurring", None, None)),
    ("Проводить 2 раза в год методические семинары", ("2 раза в год", "recurring", None, None)),
    ("постоянно осуществлять контроль за питанием", ("постоянно", "continuous", None, None)),
    ("обеспечить на постоянной основе информирование родителей",
     ("на постоянной основе", "continuous", None, None)),
    ("Реализовать в течение 2023-2024 учебного года программу наставничества",
     ("в течение 2023-2024 учебного года", "academic_year", "2023-09-01", "2024-08-31")),
    ("организовать в течение учебного года работу клубов", ("в течение учебного года", "continuous", None, None)),
    ("провести в октябре 2023 года конкурс чтецов", ("в октябре 2023 года", "month", "2023-10-01", "2023-10-31")),
    ("Провести с 16 по 20 октября 2023 г. неделю психологии",
     ("с 16 по 20 октября 2023 г.", "period", "2023-10-16", "2023-10-20")),
    ("с 1 ноября 2023 года приостановить приём документов",
     ("с 1 ноября 2023 года", "period", "2023-11-01", None)),
    ("Завершить отопительный сезон c 15 апреля 2024 года.",
     ("c 15 апреля 2024 года", "period", "2024-04-15", None)),
    ("представить отчёт в срок до 15 мая", ("в срок до 15 мая", "date", None, "2024-05-15")),
    ("Направить информацию не позднее 1 декабря 2023 года.",
     ("не позднее 1 декабря 2023 года", "date", None, "2023-12-01")),
    ("до конца года обновить сайты организаций", ("до конца года", "year", None, "2023-12-31")),
    ("провести в I квартале 2024 г. семинар", ("в I квартале 2024 г.", "quarter", "2024-01-01", "2024-03-31")),
    ("в 2024 году открыть центр «Точка роста»", ("в 2024 году", "year", "2024-01-01", "2024-12-31")),
    ("Все мероприятия провести до 01 октября 2023 года.",
     ("до 01 октября 2023 года", "date", None, "2023-10-01")),
    # inline, a yearly term is one recurring expression: no calendar bounds (SPEC's recurring row)
    ("ежегодно до 1 марта представлять отчёт", ("ежегодно до 1 марта", "recurring", None, None)),
    ("Провести педсовет (срок – декабрь 2023 г.)", ("декабрь 2023 г.", "month", "2023-12-01", "2023-12-31")),
    ("Обновить паспорта доступности. Срок исполнения: IV квартал 2023 г.",
     ("IV квартал 2023 г.", "quarter", "2023-10-01", "2023-12-31")),
    # not deadlines: names, cited acts, relative or age expressions, schedules of the action's object
    ("продолжить реализацию Концепции развития образования на период до 2025 года", None),
    ("реализовать Стратегию на перспективу до 2036 года", None),
    ("утвердить план работы «Стратегия воспитания на 2023-2024 учебный год»", None),
    ("Утвердить сеть школ на 2024/2025 учебный год", None),
    ("обеспечить исполнение указа Президента от 7 мая 2024 г. № 309", None),
    ("разместить постановление от 19 марта 2020 года №6 на сайте", None),
    ('Признать утратившим силу приказ от 13.01.2010 N 11 "Об утверждении состава"', None),
    ("Решение вступает в силу со дня его официального опубликования", None),
    ("Распоряжение вступает в силу с момента подписания", None),
    ("посвятить выставку годовщине Победы в Великой Отечественной войне 1941-1945 годов", None),
    ("включить мероприятия программы на 2012-2017 гг. в план", None),
    ("охватить дополнительным образованием детей от 5 до 18 лет", None),
    ("предусмотреть занятия по теме, еженедельно по четвергам продолжительностью 1 час", None),
    ("создать постоянно действующую комиссию по охране труда", None),
    ("обеспечить постоянное повышение квалификации педагогов", None),
    ("обеспечить участие ДОУ, попавших в выборку МКДО в 2023 году", None),
    ("Признать удовлетворительным решение задач, поставленных педагогическим советом 2022 года", None),
    ("установить дни собраний (2 раза в год – октябрь и апрель)", None),
    ("Поддержать проект «О бюджете муниципального образования на 2024 год»", None),
    ("оказывать помощь по мере необходимости", ("по мере необходимости", "continuous", None, None)),
    ("по мере необходимости вносить изменения в состав комиссии", ("по мере необходимости", "continuous", None, None)),
    ("обеспечить условия по мере готовности площадок", None),
    ("создать резерв материалов, расходуемый по мере необходимости", None),
    ("завершить отопительный сезон 2023-2024 гг. на территориях поселений", None),
    # a time phrase that closes the prescribed clause, or opens it, times its verb
    ("доложить комиссии об итогах летней кампании в октябре 2024 года.",
     ("в октябре 2024 года", "month", "2024-10-01", "2024-10-31")),
    ("обсуждать итоги проверок на заседаниях управляющих советов ежеполугодно.",
     ("ежеполугодно", "recurring", None, None)),
    ("в III квартале 2024 г. при планировании бюджета предусмотреть средства на ремонт",
     ("в III квартале 2024 г.", "quarter", "2024-07-01", "2024-09-30")),
    ("провести в период июнь – июль 2024 г. профильные смены", ("в период июнь – июль 2024 г.", "month", "2024-06-01", "2024-07-31")),
    ("до 15.09 представить списки обучающихся", ("до 15.09", "date", None, "2023-09-15")),
    ("внести изменения в пункт 1.10 положения", None),
    ("привлечь педагогов, прошедших обучение в 2023 году.", None),
    ("разработать программу курсов объемом 72 часа (IV квартал 2024 г.);",
     ("IV квартал 2024 г.", "quarter", "2024-10-01", "2024-12-31")),
    ("провести конкурс (приложение 2).", None),
    ("провести пробные экзамены (декабрь 2023 г., апрель 2024 г.).",
     ("декабрь 2023 г., апрель 2024 г.", "month", "2023-12-01", "2024-04-30")),
    # parts of a month or a year
    ("Провести в летний период 2024 года ремонт спортивных площадок",
     ("в летний период 2024 года", "period", "2024-06-01", "2024-08-31")),
    ("летом 2024 года организовать работу трудовых бригад", ("летом 2024 года", "period", "2024-06-01", "2024-08-31")),
    ("во второй декаде сентября провести родительские собрания",
     ("во второй декаде сентября", "period", "2023-09-11", "2023-09-20")),
    ("утвердить режим работы библиотек на летний период 2024 года", None),
    ("провести соревнования среди юношей 16 лет", None),
    ("привлечь педагогов, работавших летом 2023 года в лагерях", None),
    ("организовать трудоустройство подростков в летний период", None),
    ("Информацию об организации отдыха детей в летний период 2023 года принять к сведению.", None),
    ("Отчет о работе лагерей в июле 2023 года принять к сведению.", None),
    # "к началу учебного года" sets a date; preparing something for it does not
    ("к началу учебного года обновить паспорта дорожной безопасности",
     ("к началу учебного года", "date", None, "2023-09-01")),
    ("Завершить ремонт пищеблоков к началу 2024/2025 учебного года.",
     ("к началу 2024/2025 учебного года", "date", None, "2024-09-01")),
    ("организовать подготовку школ к началу 2024/2025 учебного года", None),
    ("Обеспечить готовность образовательных организаций к новому учебному году.", None),
    ("создать комиссию по приемке школ к началу учебного года", None),
    # judgment call kept from the held-out gold: "до начала учебного года" with no year is no term
    ("обновить схемы безопасных маршрутов до начала учебного года", None),
    # monthly returns
    ("Ежемесячно до 5 числа представлять в управление сведения о питании",
     ("Ежемесячно до 5 числа", "recurring", None, None)),
    ("направлять отчет не позднее 10 числа месяца, следующего за отчетным кварталом.",
     ("не позднее 10 числа месяца, следующего за отчетным кварталом", "recurring", None, None)),
    ("выбрать председателя из числа членов комиссии", None),
    # terms counted from the document's date
    ("Руководителям школ в 7-дневный срок представить планы мероприятий",
     ("в 7-дневный срок", "period", "2023-08-28", "2023-09-04")),
    ("Отделу кадров в течение месяца со дня подписания настоящего приказа внести изменения в штатное расписание",
     ("в течение месяца со дня подписания настоящего приказа", "period", "2023-08-28", "2023-09-28")),
    ("направить копии постановления в прокуратуру в течение 3 рабочих дней.",
     ("в течение 3 рабочих дней", "period", "2023-08-28", "2023-08-31")),
    ("рассматривать обращения граждан в течение 30 дней со дня их регистрации",
     ("в течение 30 дней со дня их регистрации", "event", None, None)),
    ("Начать отопительный сезон при снижении среднесуточной температуры ниже +8 °С в течение 5 суток.", None),
    ("Выплатить компенсацию в случае невозможности посещения в течение 10 дней", None),
    ("Представить сведения в установленные сроки.", None),
    ("Обеспечить подачу отчетов в срок.", None),
    # entry into force, the act's validity and legal relations are no terms (SPEC §3)
    ("Настоящее решение вступает в силу с 1 января 2024 года.", None),
    ("Постановление вступает в силу через 10 дней после дня его официального опубликования.", None),
    ("Приказ вводится в действие с 01.09.2023.", None),
    ("Действие настоящего постановления распространяется на правоотношения, возникшие с 1 июля 2023 года.", None),
    ("Настоящее распоряжение действует до 31 декабря 2023 года.", None),
    # a time of day belongs to the date's text
    ("Сведения направить до 16-00 02.10.2023 в управление образования",
     ("до 16-00 02.10.2023", "date", None, "2023-10-02")),
    ("14 сентября 2023 года в 11.00 часов в актовом зале провести совещание директоров",
     ("14 сентября 2023 года в 11.00 часов", "date", None, "2023-09-14")),
    ("представить в срок до 17.00 29 сентября 2023 года заявки на участие",
     ("в срок до 17.00 29 сентября 2023 года", "date", None, "2023-09-29")),
    ("провести 1 сентября 2023 г. в 9-11 классах единый урок", ("1 сентября 2023 г.", "date", None, "2023-09-01")),
    # a list label the segmenter left in front of the time
    ("2. 16 октября 2023 года в 10.00 в актовом зале провести публичные слушания",
     ("16 октября 2023 года в 10.00", "date", None, "2023-10-16")),
    # conversion debris and nights
    ("Закрыть катки с 04. 03.2024 года.", ("с 04. 03.2024 года", "period", "2024-03-04", None)),
    ("Разрешить работу кружков с 02.10.2023 г.по 24.05.2024 г.",
     ("с 02.10.2023 г.по 24.05.2024 г.", "period", "2023-10-02", "2024-05-24")),
    ("перечислить вдекабре 2023 года субсидии школам", ("вдекабре 2023 года", "month", "2023-12-01", "2023-12-31")),
    ("в ночь с 6 на 7 января 2024 года усилить патрулирование улиц",
     ("в ночь с 6 на 7 января 2024 года", "period", "2024-01-06", "2024-01-07")),
    # a calendar time inside the clause its verb opens
    ("провести муниципальный этап олимпиады для обучающихся 7–11 классов в ноябре 2023 года в соответствии с графиком",
     ("в ноябре 2023 года", "month", "2023-11-01", "2023-11-30")),
    ("обеспечить участие школ, попавших в выборку в октябре 2023 года, в мониторинге", None),
]


@pytest.mark.parametrize(("text", "expected"), INLINE)
def test_find_inline_deadline(text: str, expected: tuple[str, str, str | None, str | None] | None) -> None:
    found = find_inline_deadline(text, REF)
    if expected is None:
        assert found is None, found
        return
    assert found is not None, text
    deadline, rule = found
    assert (deadline.text, deadline.kind, _iso(deadline.start), _iso(deadline.end)) == expected
    assert deadline.source == "inline"
    assert rule and all(
        part in {r.name for r in DEADLINE_RULES} | {"labelled_value", "clause_final"} for part in rule.split("+")
    )


def test_inline_table_has_positives_and_negatives() -> None:
    assert len(INLINE) >= 25
    assert sum(e is None for _, e in INLINE) >= 10 and sum(e is not None for _, e in INLINE) >= 10


def test_inline_prefers_the_first_valid_candidate() -> None:
    found = find_inline_deadline(
        "на основании приказа от 1 марта 2023 г. № 5 до 1 октября 2023 г. провести ревизию, "
        "в декабре 2023 г. подвести итоги", REF)
    assert found is not None
    assert (found[0].text, found[1]) == ("до 1 октября 2023 г.", "date_until")


def test_inline_rule_name_is_reported() -> None:
    assert find_inline_deadline("ежегодно проводить конкурс", REF)[1] == "recurring_adverb"
    assert find_inline_deadline("провести в октябре 2023 года конкурс", REF)[1] == "month"


# --- The pipeline: the deadline of an item, with the document's date as the reference ------------
# (an act dated 28.08.2023, its items, and the (kind, start, end) of each item's deadline)
_ACT = "ПОСТАНОВЛЕНИЕ\n\n28.08.2023 № 15\n\nО мерах\n\nПОСТАНОВЛЯЮ:\n"

PIPELINE: list[tuple[str, list[tuple[str, str | None, str | None] | None]]] = [
    ("1. Отделу образования в 10-дневный срок разработать план мероприятий.\n"
     "2. Настоящее постановление вступает в силу со дня его подписания.\n",
     [("period", "2023-08-28", "2023-09-07"), None]),
    ("1. Школам в течение 5 рабочих дней со дня подписания настоящего постановления представить списки.\n"
     "2. Постановление вступает в силу с 1 сентября 2023 года.\n",
     [("period", "2023-08-28", "2023-09-04"), None]),
    ("1. Работу секций организовать с 02.10.2023 г.по 24.05.2024 г.\n",
     [("period", "2023-10-02", "2024-05-24")]),
]


@pytest.mark.parametrize(("items", "expected"), PIPELINE)
def test_item_deadlines_in_the_pipeline(pipeline, items: str,
                                        expected: list[tuple[str, str | None, str | None] | None]) -> None:
    directives = pipeline.extract(_ACT + items, doc_id="t").directives
    got = [(d.deadline.kind, _iso(d.deadline.start), _iso(d.deadline.end)) if d.deadline else None for d in directives]
    assert got == expected


# --- find_deadline_line -----------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "value"), [
    ("Срок исполнения: постоянно.", "постоянно."),
    ("Срок исполнения: декабрь 2023 г.", "декабрь 2023 г."),
    ("срок исполнения – до 30 августа 2023 г.", "до 30 августа 2023 г."),
    ("СРОК ИСПОЛНЕНИЯ: IV квартал 2024 года", "IV квартал 2024 года"),
    ("Срок: в течение года", "в течение года"),
    ("Сроки: 2023/24 учебный год", "2023/24 учебный год"),
    ("Сроки - I полугодие 2024 г.", "I полугодие 2024 г."),
    ("Срок выполнения: ежегодно", "ежегодно"),
    ("Срок исп.: до 01.09.2023", "до 01.09.2023"),
    ("  Срок исполнения —  постоянно", "постоянно"),
    ("(срок – до 1 марта 2024 г.)", "до 1 марта 2024 г."),
    ("Срок исполнения до 15.09.2023", "до 15.09.2023"),
    ("Срок исполнения:", ""),
])
def test_find_deadline_line(line: str, value: str) -> None:
    assert find_deadline_line(line, is_deadline_value) == value


@pytest.mark.parametrize("line", [
    "Провести конференцию до 1 марта 2024 г.",
    "1. Обеспечить соблюдение сроков проведения ГИА.",
    "Сроком на 5 лет назначить комиссию",
    "Сроки проведения конкурса перенести",
    "Ответственные: руководители ОО",
    "",
])
def test_other_lines_are_not_deadline_lines(line: str) -> None:
    assert find_deadline_line(line, is_deadline_value) is None


# --- Robustness -----------------------------------------------------------------------------------

TIME_WORDS = ["до", "с", "c", "по", "в", "в течение", "до конца", "на", "от", "№", "г.", "года", "гг.", "учебного года",
              "квартал", "IV", "полугодие", "ежегодно", "раза в год", "сентября", "декабрь", "2023", "2024/25",
              "1", "31", "-", "–", "/", ".", ",", "«", "»", '"', "(", ")", "срок:", "провести", "постоянно", "12.10.23"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(TIME_WORDS), max_size=30).map(" ".join)),
       st.one_of(st.none(), st.dates()))
def test_never_raises_on_arbitrary_text(text: str, ref: dt.date | None) -> None:
    deadline = parse_deadline(text, ref)
    assert deadline is None or (deadline.text and deadline.text in text)
    found = find_inline_deadline(text, ref)
    assert found is None or (found[0].text in text and found[0].source == "inline" and found[1])
    value = find_deadline_line(text, is_deadline_value)
    assert value is None or value in text


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "до" + " " * 300_000 + "x",
    "1 - " * 75_000,
    "с 1 " * 75_000,
    "срок: " * 50_000,
    "сентября " * 35_000,
])
def test_long_lines_stay_linear(text: str) -> None:
    began = time.perf_counter()
    parse_deadline(text, REF)
    find_inline_deadline(text, REF)
    assert time.perf_counter() - began < 10


# --- Rule prefilters: a rule skipped for lack of its cue could not have matched -----------------
# (random texts for every cue: tests/test_cues.py; here every phrase of the tables above)

from test_cues import CUED, assert_cue_admits  # noqa: E402


@pytest.mark.parametrize("text", [v[0] for v in VALUES] + [t for t, _ in INLINE])
def test_rule_cues_admit_every_table_phrase(text: str) -> None:
    assert_cue_admits(CUED["deadline_rules"] + CUED["time"], text)
