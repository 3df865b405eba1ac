"""Specification of `resextract.stages.references`: cited legal acts (SPEC §3 `Reference`) and quoted names."""
from __future__ import annotations

import datetime as dt
import json
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resextract.models import Reference
from resextract.stages.references import (
    CONTINUATION_RULE,
    QUOTE_PAIRS,
    REFERENCE_RULES,
    find_quoted_names,
    find_references,
    find_references_traced,
    iter_quoted,
)

D = dt.date
GOLD = Path(__file__).resolve().parent.parent / "data" / "annotated"


def fields(ref: Reference) -> tuple:
    return ref.type, ref.issuer, ref.number, ref.date, ref.title


# ---- one citation -> one reference: (phrase, type, issuer, number, date, title) -------------------
SINGLE = [
    ("в соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»",
     "закон", None, "273-ФЗ", D(2012, 12, 29), "Об образовании в Российской Федерации"),
    ("требований Федерального закона от 24.07.1998 № 124-ФЗ «Об основных гарантиях прав ребенка в Российской Федерации»",
     "закон", None, "124-ФЗ", D(1998, 7, 24), "Об основных гарантиях прав ребенка в Российской Федерации"),
    ("утвержденной постановлением Правительства Российской Федерации от 26 декабря 2017 г. № 1642",
     "постановление", "Правительство Российской Федерации", "1642", D(2017, 12, 26), None),
    ("на основании распоряжения администрации города от 01.02.2023 № 45-р",
     "распоряжение", "администрация города", "45-р", D(2023, 2, 1), None),
    ("в соответствии с приказом Минпросвещения России от 31.05.2021 № 286",
     "приказ", "Минпросвещения России", "286", D(2021, 5, 31), None),
    ('во исполнение решения Совета депутатов от 24 августа 2018 года N 31/16 "О реорганизации школ"',
     "решение", "Совет депутатов", "31/16", D(2018, 8, 24), "О реорганизации школ"),
    ("Указом Президента РФ от 21.07.2020 № 474 «О национальных целях развития Российской Федерации на период до 2030 года»",
     "указ", "Президент РФ", "474", D(2020, 7, 21),
     "О национальных целях развития Российской Федерации на период до 2030 года"),
    ("письмом Минобрнауки России от 18.08.2017 № 09-1672 «О направлении методических рекомендаций»",
     "письмо", "Минобрнауки России", "09-1672", D(2017, 8, 18), "О направлении методических рекомендаций"),
    ("постановлением Главного государственного санитарного врача Российской Федерации от 28.09.2020 № 28 «Об утверждении санитарных правил СП 2.4.3648-20»",
     "постановление", "Главный государственный санитарный врач Российской Федерации", "28", D(2020, 9, 28),
     "Об утверждении санитарных правил СП 2.4.3648-20"),
    ("Закона Краснодарского края от 16.07.2013 № 2770-КЗ «Об образовании в Краснодарском крае»",
     "закон", "Краснодарский край", "2770-КЗ", D(2013, 7, 16), "Об образовании в Краснодарском крае"),
    ("распоряжением Губернатора Краснодарского края от 12.01.2021 № 3-р",
     "распоряжение", "Губернатор Краснодарского края", "3-р", D(2021, 1, 12), None),
    ("решения Законодательного Собрания Краснодарского края от 12.03.2020 № 55",
     "решение", "Законодательное Собрание Краснодарского края", "55", D(2020, 3, 12), None),
    ("постановлением Уполномоченного по правам ребенка от 01.02.2020 № 5",
     "постановление", "Уполномоченный по правам ребенка", "5", D(2020, 2, 1), None),
    ("приказ Рособрнадзора от «29» декабря 2012 г. № 1",
     "приказ", "Рособрнадзор", "1", D(2012, 12, 29), None),
    ("приказа Министерства образования и науки Хабаровского края\nот 10 мая 2018 года N 13",
     "приказ", "Министерство образования и науки Хабаровского края", "13", D(2018, 5, 10), None),
    ("распоряжением Главы администрации района от 3 апреля 2006 года № 78",
     "распоряжение", "Глава администрации района", "78", D(2006, 4, 3), None),
    ("приказом департамента образования администрации муниципального образования город Краснодар от 15.08.2022 № 1520",
     "приказ", "департамент образования администрации муниципального образования город Краснодар", "1520",
     D(2022, 8, 15), None),
    ("решением Думы города от 30 ноября 2021 г. № 12/104 «О бюджете города на 2022 год»",
     "решение", "Дума города", "12/104", D(2021, 11, 30), "О бюджете города на 2022 год"),
    ("Указа Президента Российской Федерации от 19 марта 2020 года № 187",
     "указ", "Президент Российской Федерации", "187", D(2020, 3, 19), None),
    # number before the date, no issuer, Latin "N"
    ("(приказ № 196 от 23.03.2023)", "приказ", None, "196", D(2023, 3, 23), None),
    ("распоряжение от 1 сентября 2022 г. N 17-о", "распоряжение", None, "17-о", D(2022, 9, 1), None),
    ("постановления №6 от 20.03.2020", "постановление", None, "6", D(2020, 3, 20), None),
    # the title printed before the date and number
    ("в соответствии с Федеральным законом «Об образовании в Российской Федерации» от 29.12.2012 № 273-ФЗ",
     "закон", None, "273-ФЗ", D(2012, 12, 29), "Об образовании в Российской Федерации"),
    # a law number without "№"
    ("Федерального закона 273-ФЗ «Об образовании в Российской Федерации»",
     "закон", None, "273-ФЗ", None, "Об образовании в Российской Федерации"),
    # "(ред. от …)" between the number and the title belongs to the citation
    ("приказа Минобрнауки России от 17.10.2013 № 1155 (ред. от 21.01.2019) «Об утверждении федерального государственного образовательного стандарта дошкольного образования»",
     "приказ", "Минобрнауки России", "1155", D(2013, 10, 17),
     "Об утверждении федерального государственного образовательного стандарта дошкольного образования"),
    # a normative act identified by its title alone
    ("в соответствии с Федеральным законом «О социальной защите инвалидов в Российской Федерации»",
     "закон", None, None, None, "О социальной защите инвалидов в Российской Федерации"),
    ("согласно ФЗ «Об образовании в РФ»", "закон", None, None, None, "Об образовании в РФ"),
    # a named document with its own date: the title is its name in the nominative
    ("продолжить реализацию Концепции развития дошкольного образования в Красноярском крае на период до 2025 года от 07.06.2022 г.",
     "концепция", None, None, D(2022, 6, 7),
     "Концепция развития дошкольного образования в Красноярском крае на период до 2025 года"),
    ("Программы «Развитие образования Кубани» от 12.10.2020 № 1500",
     "программа", None, "1500", D(2020, 10, 12), "Развитие образования Кубани"),
    # a document approved by an act: the act is the reference, the document is its title
    ("реализации Концепции развития дополнительного образования детей до 2030 года, утвержденной распоряжением Правительства РФ от 31.03.2022 № 678-р",
     "распоряжение", "Правительство РФ", "678-р", D(2022, 3, 31),
     "Концепция развития дополнительного образования детей до 2030 года"),
    ("Стратегии развития воспитания в Российской Федерации на период до 2025 года, утвержденной распоряжением Правительства Российской Федерации от 29 мая 2015 г. № 996-р",
     "распоряжение", "Правительство Российской Федерации", "996-р", D(2015, 5, 29),
     "Стратегия развития воспитания в Российской Федерации на период до 2025 года"),
    ("согласно Правил приема на обучение (утв. приказом Минпросвещения России от 02.09.2020 № 458)",
     "приказ", "Минпросвещения России", "458", D(2020, 9, 2), "Правила приема на обучение"),
    ("Положения о конкурсе, утвержденного приказом директора от 01.09.2020 № 12",
     "приказ", "директор", "12", D(2020, 9, 1), "Положение о конкурсе"),
    ('Решение Совета муниципального района "Прилузский" Республики Коми от 8 февраля 2019 г. N V-35/9 "Об исполнении решения"',
     "решение", 'Совет муниципального района "Прилузский" Республики Коми', "V-35/9", D(2019, 2, 8),
     "Об исполнении решения"),
]


@pytest.mark.parametrize("phrase, type_, issuer, number, date, title", SINGLE)
def test_single_citation(phrase, type_, issuer, number, date, title):
    refs = find_references(phrase)
    assert [fields(r) for r in refs] == [(type_, issuer, number, date, title)]


@pytest.mark.parametrize(
    "phrase, text",
    [
        ("реализации указов Президента Российской Федерации от 7 мая 2024 г. № 309 «О национальных целях».",
         "указов Президента Российской Федерации от 7 мая 2024 г. № 309 «О национальных целях»"),
        ("Признать утратившим силу приказ Комитета по образованию от 13.01.2010 N 11.",
         "приказ Комитета по образованию от 13.01.2010 N 11"),
        ("согласно нового Порядка проведения аттестации  (приказ Минпросвещения № 196 от 23.03.2023) .",
         "Порядка проведения аттестации (приказ Минпросвещения № 196 от 23.03.2023)"),
        ("разместить постановление врача области от 19 марта 2020 года №6 на сайте",
         "постановление врача области от 19 марта 2020 года №6"),
    ],
)
def test_text_is_the_printed_fragment_on_one_line(phrase, text):
    assert [r.text for r in find_references(phrase)] == [text]


# ---- several acts under one head --------------------------------------------------------------------
def test_list_under_one_head_shares_type_and_issuer():
    text = ("реализации указов Президента Российской Федерации от 7 мая 2024 г. № 309 «О национальных целях», "
            "от 8 мая 2024 г. № 314 «Об утверждении Основ политики», от 2 июля 2021 г. № 400 «О стратегии»")
    traced = find_references_traced(text)
    refs = [r for r, _ in traced]
    assert [(r.number, r.date, r.title) for r in refs] == [
        ("309", D(2024, 5, 7), "О национальных целях"),
        ("314", D(2024, 5, 8), "Об утверждении Основ политики"),
        ("400", D(2021, 7, 2), "О стратегии"),
    ]
    assert {(r.type, r.issuer) for r in refs} == {("указ", "Президент Российской Федерации")}
    assert refs[0].text.startswith("указов Президента")
    assert refs[1].text == "от 8 мая 2024 г. № 314 «Об утверждении Основ политики»"
    assert [rule for _, rule in traced] == ["act_with_details", CONTINUATION_RULE, CONTINUATION_RULE]


def test_list_joined_by_i():
    refs = find_references("постановлений Правительства РФ от 1 марта 2020 г. № 5 и от 2 апреля 2021 г. № 7")
    assert [(r.type, r.issuer, r.number, r.date) for r in refs] == [
        ("постановление", "Правительство РФ", "5", D(2020, 3, 1)),
        ("постановление", "Правительство РФ", "7", D(2021, 4, 2)),
    ]
    assert refs[1].text == "от 2 апреля 2021 г. № 7"


def test_different_acts_in_one_sentence():
    text = ("постановлением администрации города от 12.03.2021 № 1234 «О мерах»; "
            "приказом департамента образования от 01.02.2021 № 45 и Федеральным законом от 29.12.2012 № 273-ФЗ")
    assert [(r.type, r.number) for r in find_references(text)] == [
        ("постановление", "1234"), ("приказ", "45"), ("закон", "273-ФЗ")]


def test_acts_inside_a_title_are_part_of_the_title():
    text = ('Решение Совета от 8 февраля 2019 г. N V-35/9 "Об исполнении решения Совета района "Прилузский" '
            'от 24 августа 2018 года N 31/16 "О реорганизации организаций района "Прилузский"')
    refs = find_references(text)
    assert [r.number for r in refs] == ["V-35/9"]
    # the source never closes the outer quote: the title runs to the last inner closer
    assert refs[0].title == ('Об исполнении решения Совета района "Прилузский" от 24 августа 2018 года N 31/16 '
                             '"О реорганизации организаций района "Прилузский"')


def test_rule_names_are_declared_and_traced():
    declared = {name for name, _ in REFERENCE_RULES} | {CONTINUATION_RULE}
    text = ("Концепции воспитания, утвержденной приказом от 01.02.2020 № 5; закона «О защите прав» ; "
            "приказа № 7 от 02.03.2021, № 8")
    rules = [rule for _, rule in find_references_traced(text)]
    assert rules == ["approved_document", "act_with_title", "act_with_details", CONTINUATION_RULE]
    assert set(rules) <= declared


def test_yearless_date_resolves_against_ref_date():
    refs = find_references("приказом директора от 1 сентября № 15", ref_date=D(2023, 8, 28))
    assert [(r.number, r.date) for r in refs] == [("15", D(2023, 9, 1))]


def test_unreadable_date_keeps_the_number():
    refs = find_references("приказом управления образования от 31.02.2020 № 17")
    assert [(r.type, r.issuer, r.number, r.date) for r in refs] == [("приказ", "управление образования", "17", None)]


# ---- generic mentions are not references -------------------------------------------------------------
@pytest.mark.parametrize(
    "phrase",
    [
        "мероприятия по ликвидации выявленных дефицитов в соответствии с концепцией качества образования;",
        "реализовать утверждённую и скорректированную концепцию воспитания.",
        "довести вышеназванное постановление до частных организаций",
        "Контроль за исполнением настоящего приказа возложить на заместителя руководителя",
        "Настоящее решение вступает в силу со дня принятия.",
        "в соответствии с федеральными и региональными нормативными документами",
        "Утвердить положение о проведении Выставки (приложение № 1);",
        "Утвердить положение о конкурсе согласно приложению № 1",
        "заслушан опыт МБОУ СОШ № 30 по теме «Развитие наставничества»",
        "реализации программы воспитания МБОУ СОШ № 30",
        "Поддержать проект решения муниципального Собрания «О бюджете на 2010 год».",
        "в рамках реализации федеральной программы «Патриотическое воспитание граждан РФ»",
        "принято решение рекомендовать образовательным организациям принять меры",
        "внести изменения в основные и дополнительные образовательные программы",
        "проекта «Образование» с 1 сентября 2024 года",
        "Трудового кодекса Российской Федерации",
        "указанные в приказе сроки",
    ],
)
def test_generic_mentions_are_not_references(phrase):
    assert find_references(phrase) == []


# ---- quoted names ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "phrase, names",
    [
        ("провести конкурс «Ответственное родительство – счастливое детство»;",
         ["Ответственное родительство – счастливое детство"]),
        ("сделать центром воспитательной работы «Движение Первых» и «Орлята России»; «Юнармия»; волонтерское движение",
         ["Движение Первых", "Орлята России", "Юнармия"]),
        ("на сайте РДДМ «Движение Первых», ЮНАРМИЯ, «Орлята России».", ["Движение Первых", "Орлята России"]),
        ("МБУ «МИМЦ» провести анализ по направлениям проекта «Образование»;", ["МИМЦ", "Образование"]),
        ("работа с детьми «группы риска» в рамках проекта «Билет в будущее»", ["Билет в будущее"]),
        ('МБОУ "Средняя общеобразовательная школа" с. Объячево', ["Средняя общеобразовательная школа"]),
        ("в районной газете “Порецкие вести”.", ["Порецкие вести"]),
        ("в газете „Вечерний Краснодар“", ["Вечерний Краснодар"]),
        ("начальника МКУ «Информационно - методический отдел управления образования» Р.Р. Рахманкулова",
         ["Информационно - методический отдел управления образования"]),
        # nested quotes: the outer name, inner quotes kept
        ("учреждения «Детский сад «Солнышко»» и «Школа „Радуга“»", ["Детский сад «Солнышко»", "Школа „Радуга“"]),
        ("по программе «Точка роста» и «Точка роста»", ["Точка роста"]),
        # a quoted day of a date is not a name; a draft's quoted title is
        ("проект решения от «29» декабря «О бюджете на 2010 год»", ["О бюджете на 2010 год"]),
        # titles of cited acts are not repeated, nor names inside them
        ("указов Президента от 7 мая 2024 г. № 309 «О целях», и проекта «Успех каждого ребенка»",
         ["Успех каждого ребенка"]),
        ('Признать утратившим силу приказ Комитета от 13.01.2010 N 11 "Об утверждении состава Совета '
         'победителей конкурса "Учитель года".', []),
        ('Утвердить состав Совета участников конкурса "Учитель года" согласно приложению 2.', ["Учитель года"]),
        ("в соответствии с Федеральным законом «Об образовании в Российской Федерации» и «Стратегией 2030»",
         ["Стратегией 2030"]),
        # an amendment's quoted new wording is a text, not a name
        ('пункт 4 изложить в следующей редакции: "4. Поручить МКУ «Центр досуга» провести смотр."',
         []),
        ("дополнить абзацем следующего содержания: «Конкурс проводится ежегодно.» и опубликовать в газете «Заря»",
         ["Заря"]),
    ],
)
def test_quoted_names(phrase, names):
    assert find_quoted_names(phrase) == names
    assert find_quoted_names(phrase, find_references(phrase)) == names


def test_explicit_empty_references_keep_act_titles():
    text = "приказ от 01.02.2020 № 5 «О конкурсе «Учитель года»»"
    assert find_quoted_names(text) == []
    assert find_quoted_names(text, []) == ["О конкурсе «Учитель года»"]


# ---- quote segmentation (shared helper) -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text, inners",
    [
        ("«a» и «Б»", ["a", "Б"]),
        ("«Конкурс «Учитель года»»", ["Конкурс «Учитель года»"]),
        # the outer closing quote is missing: the segment ends at the inner closer that ends the phrase
        ("«Конкурс «Учитель года», «Орлята»", ["Конкурс «Учитель года»", "Орлята"]),
        ('приказ "Об утверждении "Учитель года".\nдалее «Орлята»', ['Об утверждении "Учитель года"', "Орлята"]),
        # a stray straight quote before a lower-case word does not swallow the line
        ('В "школе работают «Орлята России» и "Юнармия"', ["Орлята России", "Юнармия"]),
        ('МУП"Объединение ЖКХ" района', ["Объединение ЖКХ"]),
        ("дюйм 5 \" и всё", []),
        ("«незакрытая кавычка\nи новая строка»", []),
    ],
)
def test_iter_quoted(text, inners):
    segments = list(iter_quoted(text))
    assert [inner for _, _, inner in segments] == inners
    for start, end, inner in segments:
        assert text[start] in QUOTE_PAIRS and inner in text[start:end]


# ---- gold: (type, number, date) of every annotated directive, and its quoted names -----------------------
def _gold_items():
    for path in sorted(GOLD.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        ref_date = D.fromisoformat(doc["date"]) if doc.get("date") else None
        for item in doc["directives"]:
            yield pytest.param(item, ref_date, id=f"{doc['doc_id']}#{item['ordinal']}")


@pytest.mark.parametrize("item, ref_date", list(_gold_items()))
def test_gold_directives(item, ref_date):
    refs = find_references(item["text"], ref_date)
    got = [(r.type, r.number, r.date.isoformat() if r.date else None) for r in refs]
    expected = [(r["type"], r["number"], r["date"]) for r in item.get("references", [])]
    assert got == expected
    assert [r.issuer for r in refs] == [r["issuer"] for r in item.get("references", [])]
    assert find_quoted_names(item["text"], refs) == item.get("quoted_names", [])


# ---- robustness ---------------------------------------------------------------------------------------------
_ALPHABET = st.sampled_from(list('приказ от № N 01.02.2020 7 мая г. «»"„“”()\n,;-– ФЗ-273 Об утвержденной Концепции'))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), st.lists(_ALPHABET, max_size=200).map("".join)))
def test_never_raises(text):
    refs = find_references(text, ref_date=D(2024, 1, 1))
    assert all(isinstance(r, Reference) and r.text for r in refs)
    names = find_quoted_names(text)
    assert all(isinstance(n, str) and n for n in names)
    assert find_quoted_names(text, refs) == names or any(r.title for r in refs)
    for start, end, inner in iter_quoted(text):
        assert 0 <= start < end <= len(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "«" * 300_000,
        '"А' * 150_000,
        "приказом Министерства образования и науки " * 10_000,
        "указа Президента от 7 мая 2024 г. № 309 «О целях», " * 5_000,
        "Концепции " + "развития " * 100_000,
    ],
    ids=["open-guillemets", "straight-quotes", "issuer-words", "long-list", "long-name"],
)
def test_long_lines_stay_linear(text):
    started = time.perf_counter()
    refs = find_references(text)
    find_quoted_names(text, refs)
    assert time.perf_counter() - started < 10
    assert len(refs) == text.count("№ 309")


@pytest.mark.parametrize(
    "text, act_type, number",
    [
        ("соблюдать требования к режиму занятий (СанПиН 2.4.2.2821-10)", "санпин", "2.4.2.2821-10"),
        ("в соответствии с СП 2.4.3648-20 организовать питьевой режим", "сп", "2.4.3648-20"),
        ("оборудовать площадки по ГОСТ Р 52169-2012", "гост", "Р 52169-2012"),
    ],
)
def test_norms_cited_by_code(text: str, act_type: str, number: str) -> None:
    refs = find_references(text)
    assert [(r.type, r.number) for r in refs] == [(act_type, number)]


# --- Prefilters: a text they reject holds nothing the scanners would find ---------------------

from resextract.lexicons.references import ACT_CUES, ACT_LEXICON, NORM_CODE_CUE, NORM_CODES, RE_ACT  # noqa: E402


@pytest.mark.parametrize("entry", ACT_LEXICON, ids=lambda e: e.name)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_act_word_form_passes_the_act_cues(entry, data) -> None:
    flags = 0 if entry.case_sensitive else re.IGNORECASE
    form = data.draw(st.from_regex(re.compile(entry.pattern, flags), fullmatch=True))
    assert ACT_CUES.search(form), form


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    ["Указом", "ПОСТАНОВЛЕНИЕМ", "федеральных законов", "ФЗ", "№ 273-ФЗ", "письмо", "писем", "Порядка",
     "СанПиН 2.4.3648-20", "СП 2.4.3648-20", "ГОСТ Р 52872-2019", "СНиП 23-05-95", "план", "основы",
     " ", ", ", "от 1 мая 2024 г.", "«О мерах»", "школа", "-", "\n"]), max_size=12).map("".join))
def test_cue_prefilters_admit_every_text_the_scanners_match(text: str) -> None:
    if RE_ACT.search(text):
        assert ACT_CUES.search(text)
    if any(pattern.search(text) for _, _, pattern in NORM_CODES):
        assert NORM_CODE_CUE.search(text)


_CITATION_PIECES = [
    "Указом", "Президента", "РФ", "приказа", "Минпросвещения", "России", "от", "7 мая 2024 г.", "01.09.2023",
    "№ 309", "№", "N 5-р", "«О национальных целях»", '"Об образовании"', "Концепции", "развития",
    "Федерального закона", "ФЗ", "утвержденной", "распоряжением", "(приказ", "2023", ")", ",", ";", ".",
    "программы", "школы", "плана", "и", "в", "соответствии", "с", "«", "»",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CITATION_PIECES), max_size=25).map(" ".join))
def test_act_words_after_the_last_digit_or_quote_cite_nothing(text: str) -> None:
    """The scan stops at the first act word with no digit or opening quote after it: the
    references equal those of a scan that tries every act word."""
    import resextract.stages.references as references

    fast = references.find_references_traced(text)
    saved = references._last_detail
    references._last_detail = len  # every act word is tried
    try:
        assert references.find_references_traced(text) == fast
    finally:
        references._last_detail = saved
