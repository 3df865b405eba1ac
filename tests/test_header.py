"""Header stage: document type, title, event, date and place from the kinds of headers documents print."""
from __future__ import annotations

import datetime as dt

import pytest

from resextract.stages.header import extract_header
from resextract.stages.segmenter import segment

BODY = "\nУчастники рекомендуют:\n- провести встречу.\n"
ACT_BODY = "\nПРИКАЗЫВАЮ:\n1. Провести олимпиаду.\n"


def header(text: str):
    return extract_header(segment(text))


_PLACE_CASES: list[tuple[str, str, str | None, str | None]] = [
    ("РЕЗОЛЮЦИЯ\nавгустовской конференции\n\n30 августа 2023 года\n\nг. Майкоп\n" + BODY, "резолюция", "2023-08-30", "Майкоп"),
    ("РЕКОМЕНДАЦИИ\nкруглого стола\n12.04.2022                 г. Псков\n" + BODY, "рекомендации", "2022-04-12", "Псков"),
    # the heading word as printed: a commission's recommendation in the singular
    ("КОЛЛЕГИЯ КОМИССИИ\nРЕКОМЕНДАЦИЯ\nот 17 мая 2016 г. N 7\nО порядке\n" + BODY, "рекомендация", "2016-05-17", None),
    ("Резолюция совещания работников образования города Белгорода\n" + BODY, "резолюция", None, "Белгород"),
    ("Приказ от 01.02.2021 г № 45\n\nО проведении олимпиады\n" + ACT_BODY, "приказ", "2021-02-01", None),
    ("ПОСТАНОВЛЕНИЕ\nот 12.01.2023 № 15\nг. Новокубанск\n\nОб отдыхе детей\n\nАдминистрация постановляет:\n1. Утвердить план.\n",
     "постановление", "2023-01-12", "Новокубанск"),
    ("Решение № 12 Тамбовского облисполкома о сети школ\n\n5 мая 1956 г.\n\nИсполком решил:\n1. Утвердить сеть.\n",
     "решение", "1956-05-05", "Тамбовская область"),
    ("РЕЗОЛЮЦИЯ\nконференции педагогов муниципального образования Северский район\n" + BODY, "резолюция", None, "Северский район"),
    ("Утратил силу на основании\nПриказа Министерства образования Пермского края\nот 10 мая 2018 года N 13\n" + ACT_BODY,
     "приказ", None, "Пермский край"),
    ("В целях ... на основании постановления врача Омской области от 2 марта 2020 года №6 ПРИКАЗЫВАЮ:\n1. Закрыть школы.\n",
     "приказ", None, None),
    ("РЕЗОЛЮЦИЯ\nсеминара директоров школ\n\n15 мая 2024 г.     Тамбов\n" + BODY, "резолюция", "2024-05-15", "Тамбов"),
    ("ЗАКЛЮЧЕНИЕ\nо результатах публичных слушаний\n\nг. Кострома     05.12.2018\n" + BODY, "заключение", "2018-12-05",
     "Кострома"),
    # a site's clock above the act is no date of it
    ("Сегодня\nчетверг, 3 октября 2024 г.\n\nАДМИНИСТРАЦИЯ ГОРОДА КАЛУГИ\nПОСТАНОВЛЕНИЕ\nот 5 мая 2016 г. № 12\n"
     + ACT_BODY, "постановление", "2016-05-05", "Калуга"),
    # a hearing's heading may run long; the lines below it are still the header
    ("Рекомендации публичных слушаний по вопросу преобразования всех поселений, входящих в состав района, путём "
     "их объединения и наделения вновь образованного муниципального образования статусом муниципального округа\n\n"
     "12 мая 2022 года с. Подгорное\n\nЗаслушав доклад, участники решили:\n1. Одобрить проект.\n",
     "рекомендации", "2022-05-12", "Подгорное"),
    # so may an act's title: the settlement it names is the place
    ("№7 О подведении итогов опроса жителей п. Верхний Бор по вопросу строительства нового здания клуба и "
     "его месторасположения на территории поселка\nСовет депутатов\nРЕШИЛ:\n1. Принять к сведению.\n",
     "решение", None, "Верхний Бор"),
    # the event's date: a field of the hearing's record, or a sentence an abbreviated "г." does not cut
    ("Итоговый документ публичных слушаний\nДата проведения: 17 апреля 2017 года.\nУчастники решили:\n"
     "1. Одобрить проект.\n", "итоговый документ", "2017-04-17", None),
    ("Результаты публичных слушаний\n26 мая 2015 г. в актовом зале администрации состоялись публичные слушания "
     "по проекту решения (проект опубликован в газете от 24 апреля 2015 года № 16).\nРЕШИЛИ:\n1. Одобрить проект.\n",
     "результаты", "2015-05-26", None),
    ("Заключение о результатах общественных обсуждений проекта планировки\n14.03.2021\n" + BODY, "заключение",
     "2021-03-14", None),
    ("Резолюция\nконференции\nС 20 по 25 августа 2022 года проведена конференция педагогов г. Читы.\n" + BODY,
     "резолюция", "2022-08-25", "Чита"),
    ("РЕЗОЛЮЦИЯ\nпедсовета\n\n1 сентября 2020 г.     г. Нижний Новгород\n" + BODY, "резолюция", "2020-09-01", "Нижний Новгород"),
    ("ЗЕМСКОЕ СОБРАНИЕ\nВЕРХНЕКАМСКОГО МУНИЦИПАЛЬНОГО ОКРУГА\nПЕРМСКОГО КРАЯ\nРЕШЕНИЕ\nот 5.05.2022 № 7\n" + ACT_BODY,
     "решение", "2022-05-05", "Верхнекамский муниципальный округ"),
    (("Янтиковский муниципальный округ Чувашской РеспубликиТăван Енĕ\n\nО сезоне\n\n"
     "В связи с погодой рекомендовать руководителям школ Янтиковского района: 1. Закрыть катки. "
     "2. Настоящее распоряжение вступает в силу сегодня.\n"), "распоряжение", None, "Янтиковский район"),
    ("Управление образования Администрации города Великие Луки\nПРИКАЗ\nот 3.02.2025 № 9\n" + ACT_BODY,
     "приказ", "2025-02-03", "Великие Луки"),
    ("15.01.11 Результаты публичных слушаний\nСлушания прошли в муниципальном округе.\n" + BODY, "результаты", "2011-01-15", None),
    # republics: the name after "Республика" stays as printed; an adjective before it is put in the nominative
    ("МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ\nРЕСПУБЛИКИ ТЫВА\nПРИКАЗ\nот 4.03.2024 № 12\n" + ACT_BODY,
     "приказ", "2024-03-04", "Республика Тыва"),
    ("Правительство Республики Северная Осетия-Алания\nРАСПОРЯЖЕНИЕ\nот 1 июня 2019 г. № 80-р\n" + ACT_BODY,
     "распоряжение", "2019-06-01", "Республика Северная Осетия-Алания"),
    ("Министерство культуры Карачаево-Черкесской Республики\nПРИКАЗ\nот 7.07.2021 № 3\n" + ACT_BODY,
     "приказ", "2021-07-07", "Карачаево-Черкесская Республика"),
    # an oblique region whose adjective is also a surname in the nominative ("Псковской")
    ("АДМИНИСТРАЦИЯ ПСКОВСКОЙ ОБЛАСТИ\nРАСПОРЯЖЕНИЕ\nот 6.09.2001 N 47-р\n" + ACT_BODY,
     "распоряжение", "2001-09-06", "Псковская область"),
    # a regional body issues the act: its region, though the town of signing is printed too
    ("ПРАВИТЕЛЬСТВО ТВЕРСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\n12 марта 2015 г. № 88\nг. Тверь\n" + ACT_BODY,
     "постановление", "2015-03-12", "Тверская область"),
    ("Министерство образования и науки Алтайского края\nПРИКАЗ\nот 3.03.2013 № 4\nг. Барнаул\n" + ACT_BODY,
     "приказ", "2013-03-03", "Алтайский край"),
    ("ЛЕНИНГРАДСКАЯ ОБЛАСТЬ\nГУБЕРНАТОР\nРАСПОРЯЖЕНИЕ\nот 9.01.2007 N 5-рг\n" + ACT_BODY,
     "распоряжение", "2007-01-09", "Ленинградская область"),
    # a district's body in the region: the district
    ("Администрация Котельничского района Кировской области\nПОСТАНОВЛЕНИЕ\nот 4.04.2014 № 7\n" + ACT_BODY,
     "постановление", "2014-04-04", "Котельничский район"),
    # a town named by an adjective after "города"; an adjective over a district names the district
    ("Администрация города Заречного\nПОСТАНОВЛЕНИЕ\nот 4.04.2014 № 7\n" + ACT_BODY,
     "постановление", "2014-04-04", "Заречный"),
    # a town of the republic in the header is the place
    ("Администрация города Чебоксары Чувашской Республики\nПОСТАНОВЛЕНИЕ\nот 2.02.2022 № 5\n" + ACT_BODY,
     "постановление", "2022-02-02", "Чебоксары"),
    # a settlement named in quotes: an adjective takes the settlement's kind, a name of nouns stays as printed
    ("АДМИНИСТРАЦИЯ СЕЛЬСКОГО ПОСЕЛЕНИЯ «ЛЕСНОЕ»\nПОСТАНОВЛЕНИЕ\nот 3.04.2019 № 23\nс. Лесное\n" + ACT_BODY,
     "постановление", "2019-04-03", "Лесное сельское поселение"),
    ("Совет депутатов городского поселения «Поселок Сосновка»\nРЕШЕНИЕ\nот 5.05.2012 № 9\n" + ACT_BODY,
     "решение", "2012-05-05", "Поселок Сосновка"),
    # an okrug named after its town: a two-word name whole, in the nominative
    ("Дума городского округа Верхняя Салда\nРЕШЕНИЕ\nот 5.05.2012 № 9\n" + ACT_BODY,
     "решение", "2012-05-05", "Верхняя Салда"),
    # a city's own body names the city: its council's adjective, or the city after "администрация"
    ("Решение от 2.10.2008 № 74\nОб отчете\nЗаслушав информацию, Курский городской Совет депутатов решил:\n"
     "1. Информацию принять к сведению.\n", "решение", "2008-10-02", "Курск"),
    ("Решение от 3.03.2006 № 15\nО программе\nРассмотрев представленный администрацией Вологды проект программы, "
     "Дума решила:\n1. Утвердить программу.\n", "решение", "2006-03-03", "Вологда"),
    # an extract is of the act it names, whatever formula the extract quotes
    ("Выписка из ПРОТОКОЛА заседания комиссии по охране наследия при администрации города Кинешмы от 13.12.2011\n"
     "Повестка дня: О памятниках\nКомиссия РЕШИЛА:\n1. Утвердить перечень.\n", "протокол", "2011-12-13", "Кинешма"),
    ("ВЫПИСКА ИЗ ПРИКАЗА № 73\nот 21.04.2022\nПРИКАЗЫВАЮ:\n1. Ввести режим.\n", "приказ", "2022-04-21", None),
]


@pytest.mark.parametrize("text, doc_type, date, place", _PLACE_CASES)
def test_doc_type_date_place(text: str, doc_type: str, date: str | None, place: str | None) -> None:
    h = header(text)
    assert (h.doc_type, h.date, h.place) == (doc_type, dt.date.fromisoformat(date) if date else None, place)


@pytest.mark.parametrize(
    "text, title, event",
    [
        ("РЕЗОЛЮЦИЯ\nпленарного заседания форума\n«Качество образования:\nновые решения»\n" + BODY,
         "Качество образования: новые решения", "пленарного заседания форума"),
        ("РЕЗОЛЮЦИЯ\n\nавгустовской конференции педагогов\n\n**«Школа будущего»**\n" + BODY, "Школа будущего", "августовской конференции педагогов"),
        ("Приказ от 01.02.2021 № 45\n\nО проведении\nмуниципальной олимпиады\n" + ACT_BODY, "О проведении муниципальной олимпиады", None),
        ("Решение № 12 облисполкома об утверждении сети школ на 1956/57 учебный год\n\nИсполком решил:\n1. Утвердить сеть.\n",
         "об утверждении сети школ на 1956/57 учебный год", None),
        ("ПРИКАЗЫВАЮ:\n1. Провести конкурс «Лучший класс».\n", None, None),
        # the type's other name in parentheses is no event: the event is on the lines below
        ("ИТОГОВЫЙ ДОКУМЕНТ (РЕЗОЛЮЦИЯ)\nпубличных слушаний по проекту бюджета\n\nУчастники решили:\n1. Одобрить проект.\n",
         None, "публичных слушаний по проекту бюджета"),
    ],
)
def test_title_and_event(text: str, title: str | None, event: str | None) -> None:
    h = header(text)
    assert (h.title, h.event) == (title, event)


@pytest.mark.parametrize(
    "text, doc_type",
    [
        ("Заслушав информацию, Совет района решил:\n1. Принять к сведению.\n", "решение"),
        ("Администрация постановляет:\n1. Утвердить план.\n", "постановление"),
        ("В связи с погодой рекомендовать школам: 1. Закрыть катки. 2. Настоящее распоряжение вступает в силу сегодня.\n",
         "распоряжение"),
    ],
)
def test_doc_type_without_heading(text: str, doc_type: str) -> None:
    assert header(text).doc_type == doc_type


# --- Rule trace: which rule decided each field ("none": no rule found a value) ------------------

_NARRATIVE = "Участники обсудили много вопросов развития образования в регионе и за его пределами. " * 2
_LONG_HEADING = "АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА ФРЯЗИНО " + "ОЧЕНЬ ДЛИННОЕ НАЗВАНИЕ " * 8


@pytest.mark.parametrize(
    "text, doc_type, title, event, date, place",
    [
        ("РЕЗОЛЮЦИЯ\nавгустовской конференции\n«Школа будущего»\n\n30 августа 2023 года\n\nг. Майкоп\n" + BODY,
         "heading_word", "first_guillemets", "event_lines_after_type", "header_date", "header:city_abbrev"),
        ("Резолюция совещания работников образования города Белгорода\n" + BODY,
         "heading_word", "none", "event_in_type_line", "none", "header:city_word"),
        ("Администрация постановляет:\n1. Утвердить план.\n", "formula_postanovlyaet", "none", "none", "none", "none"),
        ("В связи с погодой рекомендовать школам: 1. Закрыть катки. 2. Настоящее распоряжение вступает в силу сегодня.\n",
         "self_reference", "none", "none", "none", "none"),
        (_LONG_HEADING + "РАСПОРЯЖЕНИЕ от 4 июня 2001 г. № 318-р О мерах\n\n1. Провести уборку.\n",
         "capitals_type_word", "none", "none", "type_word_from_date", "header:urban_okrug"),
        # a decree's type word in capitals, not the formula's "постановляю"
        ("УКАЗ ГЛАВЫ РЕСПУБЛИКИ КОМИ О мерах В целях поддержки постановляю: 1. Выделить средства. 2. Ввести.\n",
         "capitals_type_word", "none", "none", "none", "header:regional_body_republic_named"),
        ("Приказ от 01.02.2021 № 45\n\nО проведении\nмуниципальной олимпиады\n" + ACT_BODY,
         "heading_word", "act_heading_line", "none", "header_date", "none"),
        ("Решение № 12 облисполкома об утверждении сети школ на 1956/57 учебный год\n\nИсполком решил:\n1. Утвердить сеть.\n",
         "heading_word", "title_in_type_line", "none", "none", "none"),
        ("Совет решил:\n1. Утвердить план.\n\nРешение Совета депутатов от 8 февраля 2019 г. N V-35/9 \"Об утверждении плана\"\n",
         "formula_reshil", "self_citation_title", "none", "self_citation_date", "none"),
        ("Резолюция\nконференции\n\n" + _NARRATIVE + "С 20 по 25 августа 2022 года проведена конференция.\n" + BODY,
         "heading_word", "none", "event_lines_after_type", "event_date_range_end", "none"),
        ("Резолюция\nконференции\n\n" + _NARRATIVE + "26 августа 2021 года состоялась конференция.\n" + BODY,
         "heading_word", "none", "event_lines_after_type", "event_date", "none"),
        ("РЕЗОЛЮЦИЯ\nсеминара директоров школ\n\n15.05.2024     Тамбов\n" + BODY,
         "heading_word", "none", "event_lines_after_type", "header_date", "header:natasha_loc"),
        ("Утратил силу на основании\nПриказа Министерства образования Пермского края\nот 10 мая 2018 года N 13\n" + ACT_BODY,
         "formula_order_prikazyvayu", "none", "none", "none", "header:regional_body"),
        ("ПРИКАЗ\n\nПРИКАЗЫВАЮ:\n1. Провести олимпиаду.\n\nНачальник управления                И.И. Иванов\nг. Псков\n",
         "heading_word", "none", "none", "none", "signature:city_abbrev"),
        # a page's caption over the decree it prints, whose formula is "постановляю"
        ("Текст Указа:\nВ целях сохранения языков постановляю:\n1. Установить День языков.\n",
         "text_of_act_caption", "none", "none", "none", "none"),
        # a decree that names itself, with no heading, says "постановляю" too
        ("В целях увековечения памяти поэта постановляю:\n1. Объявить год Годом поэта.\n2. Кабинету Министров "
         "привести свои акты в соответствие с настоящим Указом.\n",
         "self_reference_decree", "none", "none", "none", "none"),
    ],
)
def test_rules_name_the_rule_that_decided_each_field(
    text: str, doc_type: str, title: str, event: str, date: str, place: str
) -> None:
    h = header(text)
    assert h.rules == {"doc_type": [doc_type], "title": [title], "event": [event], "date": [date], "place": [place]}
    for name in ("doc_type", "title", "event", "date", "place"):  # "none" exactly when the field is empty
        assert (h.rules[name] == ["none"]) is (getattr(h, name) is None), name


# --- Dates of every header shape; dates that are not the act's (SPEC §6) -------------------------

_RUN_ON = ("АДМИНИСТРАЦИЯ ЛЕСНОГО СЕЛЬСОВЕТА РАСПОРЯЖЕНИЕ 3 марта 2011 г. № 17-р Об уборке территорий после зимы "
           "В целях благоустройства населённых пунктов и улучшения санитарного состояния: 1. Провести уборку улиц. "
           "2. Вывезти мусор.\n")


@pytest.mark.parametrize(
    "text, date, rule",
    [
        # a date-number line inside a heading whose line breaks are lost
        (_RUN_ON, "2011-03-03", "head_date_number"),
        # a one-line act dated only by its signature, glued to the last item: the signing place, date, number
        (("УКАЗ ПРЕЗИДЕНТА РОССИЙСКОЙ ФЕДЕРАЦИИ О мерах по развитию рыбоводства постановляю: 1. Правительству "
          "разработать программу. 2. Указ вступает в силу с момента подписания. Президент Российской Федерации "
          "В.Петров Москва, Кремль 14 марта 1993 года N 21\n"), "1993-03-14", "glued_signature_date"),
        (("ПОСТАНОВЛЯЮ:\n1. Провести смотр.\n2. Контроль оставляю за собой. Глава администрации района "
          "Н.Н. Орлов 12.05.2004 № 31\n"), "2004-05-12", "glued_signature_date"),
        # a form's export with slashes, month first: read where one number cannot be a month, else no date
        ("Псковская городская Дума\nР Е Ш Е Н И Е\nот\n10/25/2001\n№\n112\nО смотре\n" + ACT_BODY, "2001-10-25",
         "header_date"),
        ("Псковская городская Дума\nРЕШЕНИЕ\nот 05/06/2005 № 112\nО смотре\n" + ACT_BODY, None, "none"),
        # the day in quotes, spaced: "« 5 » апреля"
        ("с. Ивановка « 5 » апреля 2016 года\nО смотре\n" + ACT_BODY, "2016-04-05", "header_date"),
        # the web page's metadata: a field, a posting time, a breadcrumb, a list of amendment dates
        ("Дата публикации: 14.09.2020\nПРИКАЗ\nО смотре\n" + ACT_BODY, None, "none"),
        ("Опубликовано 02.02.2021 | Просмотров: 15\nПРИКАЗ\nО смотре\n" + ACT_BODY, None, "none"),
        ("17.03.2018 10:42 |\nПРИКАЗ\nО смотре\n" + ACT_BODY, None, "none"),
        ("ПОСТАНОВЛЕНИЕ\n09:12 | 4 марта 2015\nГубернатор области\nПОСТАНОВЛЕНИЕ\n26 февраля 2015г. №48\n"
         "О смотре\n" + ACT_BODY, "2015-02-26", "header_date"),
        ("Документы\nО смотре\n5 апреля 2016 года в 09:44\nот 01.04.2016 №11\nО смотре\n" + ACT_BODY, "2016-04-01",
         "header_date"),
        # a site's title line that opens with the act's date and number, however long, below its menu
        ("Размер шрифта\nA\nA\nЦветовая схема\nТ\nТ\nОбычная версия\nОт 12.04.2016 №15-ПП \"Об установлении "
         "ограничительных мероприятий (карантина) по бешенству животных на территории улицы Садовой деревни Луговая Заречного "
         "сельского поселения Заречного района\"\nПостановление Главы района\nО смотре\n" + ACT_BODY, "2016-04-12", "header_date"),
        ("(с изменениями от 3 мая 2010 г., 7 июня 2012 г.)\nО смотре\n" + ACT_BODY, None, "none"),
        ("Главная » Документы » 5 мая 2019 » О смотре\nО смотре\n" + ACT_BODY, None, "none"),
        ("Дата подписания 11.02.2021\nПОСТАНОВЛЕНИЕ\nот 11 февраля 2021 г. № 4\nО смотре\n" + ACT_BODY,
         "2021-02-11", "header_date"),
        # a preamble wrapped into short lines is not the header: its dates belong to other acts and events
        ("ПРИКАЗ\nО смотре\nВо исполнение решения коллегии,\nсостоявшейся 12 января 2010 г.,\n" + ACT_BODY, None, "none"),
        # the approval stamp of the act's own annex, after the signature
        (("ПОСТАНОВЛЕНИЕ\n\nАдминистрация постановляет:\n1. Утвердить положение.\n\nГлава района   И.И. Петров\n\n"
         "УТВЕРЖДЕНО\nпостановлением администрации\nЛесного района\nот «14» мая 2015 г. № 3\n"), "2015-05-14", "annex_stamp_date"),
        (("Совет решил:\n1. Утвердить положение.\nПредседатель Совета   П.П. Сидоров\nПриложение к решению\n"
         "Совета депутатов\nот 02.10.2008 № 71\nПОЛОЖЕНИЕ\n"), "2008-10-02", "annex_stamp_date"),
        # a database's list of amendment dates that share months and years is no act's date; an abbreviated
        # approval stamp on the act's annex is
        (("5 марта, 12 мая 2014 г., 3, 17 июня 2015 г.\nВ целях профилактики постановляю:\n1. Утвердить программу.\n"
          "Программа профилактики\n(утв. Постановлением Главы района\nот 20 февраля 2013 г. N 41)\n"),
         "2013-02-20", "annex_stamp_date"),
        # a date at the bottom: a date-number line or a date alone under the signature, not a note's date
        (("Администрация постановляет:\n1. Утвердить план.\n2. Провести смотр.\n\nГлава района   И.И. Петров\n"
         "12.03.2015 № 45\n"), "2015-03-12", "bottom_date_line"),
        (("Администрация постановляет:\n1. Утвердить план.\n2. Провести смотр.\n\nГлава района   И.И. Петров\n"
         "г. Тверь\n5 мая 2019 года\n"), "2019-05-05", "bottom_date_line"),
        (("Администрация постановляет:\n1. Утвердить план.\n2. Провести смотр.\n\nГлава района   И.И. Петров\n"
         "Исполнитель Сидорова, тел. 5-55-55, 12.03.2015\n"), None, "none"),
        # a signature with its place of signing before the date, on one line
        (("Совет постановляет:\n1. Утвердить план.\n2. Провести смотр.\n"
          "Председатель Государственного Совета Республики П.ИВАНОВ г.Лесной, 14 мая 1996 года.\n№ 12.\n"),
         "1996-05-14", "bottom_date_line"),
        (("Совет постановляет:\n1. Утвердить план.\n"
          "Председатель Совета И.И. Петров Гор.Тверь, 5 мая 2019 г.\n"), "2019-05-05", "bottom_date_line"),
        # a registration stamp dates the registration, not the act
        ("Зарегистрировано в Минюсте РФ 3 июня 2011 г. N 20941\nО смотре\n" + ACT_BODY, None, "none"),
        (("Зарегистрировано в Минюсте РФ 3 июня 2011 г. N 20941\nМИНИСТЕРСТВО\nПРИКАЗ\nот 12 мая 2011 г. N 40\n"
          "О смотре\n" + ACT_BODY), "2011-05-12", "header_date"),
        # a lapse note run on over lines that open with a cited act's type word in the genitive
        (("Утратило силу на основании\nпостановления Комиссии от 24 декабря 2013 года N 72;\n"
          "постановления Комиссии от 23 сентября 2015 года N 308\nНа основании закона Комиссия\nпостановляет:\n"
          "1. Утвердить форму.\n"), None, "none"),
        # a deadline in the narrative is not the date of an event
        ("Во время проведения каникул:\n- отчёт представить до 5 июня 2019 года;\n- провести рейды.\n", None, "none"),
        ("УКАЗ\nГУБЕРНАТОРА ОБЛАСТИ\nот 3.04.2012 № 50\nО конкурсе\n" + ACT_BODY, "2012-04-03", "header_date"),
        # a date-number line with no type word above it dates the act; after a repeal notice it does not
        ("АДМИНИСТРАЦИЯ\nСЕЛЬСКОГО ПОСЕЛЕНИЯ ЛЕСНОЕ\nот 14 марта 2019 года № 12\nО смотре\n" + ACT_BODY,
         "2019-03-14", "header_date"),
        ("Утратил силу на основании\nПриказа Министерства образования\nот 10 мая 2018 года N 13\nО смотре\n" + ACT_BODY,
         None, "none"),
        # a metadata field whose value stands on the next line
        ("О смотре\n• Дата принятия:\n20.05.2011\n• Дата\nразмещ.:\n29.06.2012\n" + ACT_BODY, None, "none"),
        # a document after the act on the page ("Сообщение") dates itself, not the act
        (("Администрация постановляет:\n1. Утвердить план.\n2. Провести смотр.\n\nГлава района   И.И. Петров\n"
          "Сообщение\n15 января 2013 г.\n"), None, "none"),
        # the act a title amends is not the act: its type word follows a preposition
        (("Меню\nПоиск\nПо датам\n2014\nВведите даты:\nот\nдо\nПолезное\nВыборки\nНовости\nКонтакты\nКарта сайта\n"
          "Вход\nРегистрация\n"
          "Постановление администрации Лесного района Тверской области от 07.11.2014 N 96 \"О внесении изменений в "
          "постановление от 30.12.2013 N 43 и утверждении положения о комиссии по делам несовершеннолетних\"\n\n"
          "АДМИНИСТРАЦИЯ РАЙОНА\n\nПОСТАНОВЛЕНИЕ\n"
          "от 7 ноября 2014 г. № 96\n\nАдминистрация района постановляет:\n1. Внести изменения.\n"),
         "2014-11-07", "type_word_from_date"),
        # a heading run into one line: the type word spaced out, the act's number before its date
        ("ТВЕРСКАЯ ОБЛАСТЬ ЛЕСНОЙ РАЙОННЫЙ СОВЕТ ДЕПУТАТОВ Р Е Ш Е Н И Е №14/210 - РС от 5 марта 2019 года (принято на "
         "седьмом заседании районного Совета) О почетных грамотах районного Совета депутатов Лесного района\n"
         "РЕШИЛ:\n1. Утвердить положение.\n", "2019-03-05", "type_word_from_date"),
        # a space typed after the month's dot
        ("АДМИНИСТРАЦИЯ ЛЕСНОГО РАЙОНА\n14.03. 2019 года № 12\nО смотре\n" + ACT_BODY, "2019-03-14", "header_date"),
        # a cited act's date-number in the preamble, a cited act's annex, a page's posting time: none dates the act
        ("О названиях улиц\nВ соответствии с решением городской Думы от 27 сентября 2000 года № 124 «О правилах»\n"
         + ACT_BODY, None, "none"),
        ("Дума решила:\n1. Внести изменения в приложение к решению городской Думы от 30 января 2002 года № 15.\n",
         None, "none"),
        ("12.01.2020, 16:41 | |||\nО проведении месячника\nВ соответствии с Федеральным законом от 06.10.2003 № 131-ФЗ\n"
         + ACT_BODY, None, "none"),
        # the number first, then the date, alone on its line
        ("№ 7 от 14.02.2012\nУЧЕНЫЙ СОВЕТ\nПОСТАНОВЛЕНИЕ\nО смотре\n" + ACT_BODY, "2012-02-14", "header_date"),
        ("№ 7 от 14 февраля 2012 г.\nУЧЕНЫЙ СОВЕТ\nПОСТАНОВЛЕНИЕ\nО смотре\n" + ACT_BODY, "2012-02-14", "header_date"),
        # a site's update stamp, a lapse note on one line or run on to the next: the later acts' dates
        ("Последнее обновление: 11.10.2023\nПРИКАЗ\nот 5 мая 2001 г. N 17\nО смотре\n" + ACT_BODY,
         "2001-05-05", "header_date"),
        ("Документ утратил силу с 1 января 2019 года в связи с изданием Приказа от 20.12.2018 N 40\nПРИКАЗ\n"
         "от 5 мая 2011 г. N 17\nО смотре\n" + ACT_BODY, "2011-05-05", "header_date"),
        ("УТРАТИЛО СИЛУ - ПОСТАНОВЛЕНИЕ ГЛАВЫ ГОРОДА\nОТ 10.10.2010 N 5\nГЛАВА ГОРОДА\nПОСТАНОВЛЕНИЕ\n"
         "от 3 марта 2009 года N 70\nО смотре\n" + ACT_BODY, "2009-03-03", "header_date"),
        # the act's number glued to its date's year; a long heading that closes with the date
        ("ГЛАВА САМОУПРАВЛЕНИЯ ГОРОДА\nПОСТАНОВЛЕНИЕ\nот 16.08.20003125\nО смотре\n" + ACT_BODY, "2000-08-16",
         "header_date"),
        # no formula: the dates of the events a list sets are its items', not the act's
        ("Об определении мест проведения\nОпределить места проведения мероприятий:\n1) «Концерт»: дата: 05 марта "
         "2022 года, место проведения: клуб;\n2) «Ярмарка»: дата: 06 марта 2022 года, место проведения: площадь.\n",
         None, "none"),
        # under a heading that is the type word alone, the date below it is the act's; one above it is the page's
        ("06.05.2014\nАдминистрация Северного района\nПОСТАНОВЛЕНИЕ\n05.05.14г. №233-п\nО сезоне\n" + ACT_BODY,
         "2014-05-05", "header_date"),
        ("Одиннадцатая сессия 31 мая - 1 июня 2006 г.\nГОРОДСКОЙ СОВЕТ ДЕПУТАТОВ\nР Е Ш Е Н И Е\nот 31 мая 2006 года\n"
         "О порядке\n" + ACT_BODY, "2006-05-31", "header_date"),
        # ... but a council's adoption note under the heading is not: the title line above it dates the act
        ("Решение городского Совета от 22.03.2007 N 30/09 О программе\nРЕШЕНИЕ\nО ПРОГРАММЕ\nПринято\nгородским Советом\n"
         "15 марта 2007 года\n" + ACT_BODY, "2007-03-22", "header_date"),
        # a site section's range ("... до 12.04.2005 г.") is no act's date
        ("Постановления Мэра и администрации города до 12.04.2005 г.\n\n№ 87 от 19.05.2000 Об оплате услуг\n\n"
         "19 Мая 2000\n" + ACT_BODY, "2000-05-19", "header_date"),
        ("ПОСТАНОВЛЕНИЕ № 2 Совета атаманов Межрегиональной общественной организации «Союз уральских и оренбургских "
         "казаков» по итогам отчетного круга атаманов отделов и станиц 18 февраля 2017 года\n" + ACT_BODY,
         "2017-02-18", "header_date"),
        # a page's date above a title line that dates and numbers the act
        ("Постановления о содержании собак\n11 февраля 2016\n\nПостановление Администрации Луговского городского "
         "поселения от 11.02.2010 N 123\n\nО мерах по содержанию собак\n" + ACT_BODY, "2010-02-11", "header_date"),
        # "от <date>" alone on its line under a title or a number line dates the act
        ("Оперативная информация по гражданской обороне\nОб открытии ледовой переправы\nот 24.12.2018\n"
         "В связи с завершением работ\n" + ACT_BODY, "2018-12-24", "header_date"),
        ("АДМИНИСТРАЦИЯ ЩЁКИНСКОГО РАЙОНА\n№ 4-520\nот 25.04.2018 г.\nО введении ограничения движения\n" + ACT_BODY,
         "2018-04-25", "header_date"),
        # a page's long title over a line that is a date alone: the header goes on past the title
        ("Записка Наркома внутренних дел всем народным комиссарам внутренних дел союзных республик, всем начальникам "
         "краевых и областных управлений, переданная по прямому проводу\n7 декабря 1934 г.\nHP 31049\n"
         "1. Немедленно организуйте охрану.\n", "1934-12-07", "header_date"),
        # a site's menu lines, then the issuing body's full name on one long line, then the extract's line
        ("Версия для слабовидящих\nВсе новости\nФедеральное государственное бюджетное учреждение «Дирекция "
         "Верхнекамского государственного природного заказника имени И.П. Сидорова и природного парка "
         "«Северная тайга»\nВыписка из приказа №17 от 4 апреля 2016 года п. Лесной\n«О мерах»\n" + ACT_BODY,
         "2016-04-04", "header_date"),
        # ... whatever issuer word opens it (a council, a duma, a commission)
        ("Главная\nНовости\nСовет депутатов муниципального образования «Сельское поселение Заречное» Тихоновского "
         "муниципального района Ивановской области Российской Федерации четвертого созыва\nВыписка из решения №8 от "
         "3 марта 2022 года п. Лесной\n«О мерах»\n" + ACT_BODY, "2022-03-03", "header_date"),
        # a newspaper's issue date above a title line that numbers the act before its date
        ("«Вестник науки»\n№ 12 (340)\n5 мая 2009 г.\nО КОНКУРСЕ\nПостановление Президиума научного центра № 31 от "
         "20.04.2009 г.\n" + ACT_BODY, "2009-04-20", "header_date"),
        # the number and the date before the type word
        ("Официальный сайт\nАдминистрации сельского поселения\n№45 от 12.03.2015 Решение Совета сельского "
         "поселения\n" + ACT_BODY, "2015-03-12", "header_date"),
        # a second dot typed before the year
        ("АДМИНИСТРАЦИЯ ИВАНОВСКОГО СЕЛЬСОВЕТА\nР А С П О Р Я Ж Е Н И Е\nот  14.05..2019г.   № 7-р\n«О месячнике "
         "благоустройства в распоряжение от 2.04.2019 № 5-р»\n" + ACT_BODY, "2019-05-14", "header_date"),
        # a heading run into one line, the town of issue glued to the date's "г."
        ("РОССИЙСКАЯ ФЕДЕРАЦИЯ ПРАВИТЕЛЬСТВО КАБАРДИНО-БАЛКАРСКОЙ РЕСПУБЛИКИ РАСПОРЯЖЕНИЕ 12.05.99 г.Нальчик № 301-р "
         "О проведении на территории республики легкоатлетического пробега \"Дружба народов Кавказа\".\n\n"
         "В связи с проведением пробега:\n\n1. Комитету по спорту организовать размещение участников.\n",
         "1999-05-12", "head_date_number"),
    ],
)
def test_header_dates(text: str, date: str | None, rule: str) -> None:
    h = header(text)
    assert (h.date, h.rules["date"]) == (dt.date.fromisoformat(date) if date else None, [rule])


@pytest.mark.parametrize(
    "text, doc_type, rule",
    [
        # a site menu's plurals above the act's heading
        ("Законы\nПостановления\nРешения\nРАСПОРЯЖЕНИЕ\nот 1.02.2013 № 8\n" + ACT_BODY.replace("ПРИКАЗЫВАЮ", "Обязываю"),
         "распоряжение", "heading_word"),
        ("УКАЗ\nГЛАВЫ РЕСПУБЛИКИ\nот 3.04.2012 № 50\n" + ACT_BODY, "указ", "heading_word"),
        # a prosecutor's or a bank's act, a telegram that instructs
        ("ПРОКУРАТУРА ОБЛАСТИ\nУКАЗАНИЕ\nот 2 июня 2004 г. N 15\n" + ACT_BODY, "указание", "heading_word"),
        ("ТЕЛЕГРАММА\nот 5 мая 1997 г. N 40-97\n" + ACT_BODY, "телеграмма", "heading_word"),
        ("ТЕЛЕТАЙПОГРАММА ГУВД от 5.04.01 N Т-1207\n" + ACT_BODY, "телетайпограмма", "heading_word"),
        ("ТЕЛЕФОНОГРАММА\nот 3 марта 2021 г. № 12\n" + ACT_BODY, "телефонограмма", "heading_word"),
        ("ПЕРЕЧЕНЬ ПОРУЧЕНИЙ по итогам заседания совета\nот 3 марта 2021 г. № 12\n" + ACT_BODY, "перечень", "heading_word"),
        # a site's title line over the text: the act's type, issuer, date and number, then its title, however long
        (("Указ Главы Республики Алтай от 2 июня 2021 года № 112 «О введении режима повышенной готовности на "
          "территории Республики Алтай в связи с паводком и подъемом уровня воды в реках Катунь, Бия и Чарыш в весенний "
          "период 2021 года и о мерах по защите населения и территорий»\nВ соответствии с Федеральным законом\nПОСТАНОВЛЯЮ:\n"
          "1. Ввести режим.\n"), "указ", "heading_word"),
        # ... or the type and straight after it the date and number, over a letter-spaced heading
        (("Распоряжение от 14.05.2019 г. №7-р «О внесении изменений в распоряжение Администрации Ивановского сельсовета "
          "Калининского района Тверской области от 2.04.2019 г № 5-р «О проведении месячника благоустройства»\n"
          "АДМИНИСТРАЦИЯ\nИВАНОВСКОГО СЕЛЬСОВЕТА\nР А С П О Р Я Ж Е Н И Е\nот 14.05.2019 № 7-р\n1. Провести месячник.\n"),
         "распоряжение", "heading_word"),
        # no heading, formula or self-reference: the annex's approval stamp names the type
        (("В целях развития спорта:\n1. Открыть секцию.\n2. Выделить зал.\nУТВЕРЖДЕН\nраспоряжением Правительства\n"
         "от 2 июня 2019 года № 203-р\n"), "распоряжение", "annex_stamp"),
    ],
)
def test_doc_type_sources(text: str, doc_type: str, rule: str) -> None:
    h = header(text)
    assert (h.doc_type, h.rules["doc_type"]) == (doc_type, [rule])


# --- Place: the issuing body's territory in any case and header shape (SPEC §6) ------------------

DECREE = "\nПОСТАНОВЛЯЮ:\n1. Провести смотр.\n"


@pytest.mark.parametrize(
    "text, place, rule",
    [
        # a title in capitals opening with "ОБ" is a title: the federal body it names is its subject
        ("14 марта 2012 года N Р-77\nРЕШЕНИЕ\nЗАКОНОДАТЕЛЬНОГО СОБРАНИЯ САНКТ-ПЕТЕРБУРГА\nОБ ОБРАЩЕНИИ К ДЕПУТАТАМ\n"
         "ГОСУДАРСТВЕННОЙ ДУМЫ ФЕДЕРАЛЬНОГО СОБРАНИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ О ДОТАЦИЯХ\n" + ACT_BODY,
         "Санкт-Петербург", "header:federal_city"),
        # the region's word cut short in the issuer's name: "Губернатором Тверской обл."
        ("Распоряжение от 3 мая 2007 года № 120-р\nО смотре\nПринято\nГубернатором Тверской обл.\n3 мая 2007 года\n"
         "В целях развития спорта в г. Торжке:\n1. Провести смотр.\n", "Тверская область", "header:regional_body"),
        # "Во изменение распоряжения Губернатора ..." opens the preamble: the region it cites is no header's
        ("АДМИНИСТРАЦИЯ\nИВАНОВСКОГО СЕЛЬСОВЕТА\nКАЛИНИНСКОГО РАЙОНА\nТВЕРСКОЙ ОБЛАСТИ\nРАСПОРЯЖЕНИЕ\nот 5.04.2020 № 3\n"
         "Во изменение распоряжения Губернатора Тверской области от 1.04.2020 № 50\n1. Ввести режим.\n",
         "Ивановский сельсовет", "header:selsovet"),
        # a district's election commission, before the town of its seat
        ("БАЛЕЙСКАЯ РАЙОННАЯ ТЕРРИТОРИАЛЬНАЯ ИЗБИРАТЕЛЬНАЯКОМИССИЯ\nПОСТАНОВЛЕНИЕ\n12 июля 2018 года 14/60\nг. Балей\n"
         + ACT_BODY, "Балейский район", "header:district_council"),
        # a town's own body with the district the town lies in
        ("АДМИНИСТРАЦИЯ ГОРОДА СОСНОВКИ\nСОСНОВСКОГО РАЙОНА ТАМБОВСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nот 5.06.2018 № 71\n" + ACT_BODY,
         "Сосновка", "header:town_of_district"),
        # a region's own charter in the preamble, before a district its title names
        ("Постановление от 12.05.2016 г № 210-П\nОб образовании заказника «Березовый лог» в Бийском районе\n"
         "В соответствии со статьей 86 Устава Алтайского края\n" + ACT_BODY, "Алтайский край", "charter:region_krai"),
        # a region's regulator, before a district its title names
        ("РЕГИОНАЛЬНАЯ ЭНЕРГЕТИЧЕСКАЯ КОМИССИЯ КУРСКОЙ области\nПостановление\nот 15 ноября 2004 г. N 33/2\n"
         "О тарифе на тепловую энергию котельных\nАдминистрации Рыльского района\n" + ACT_BODY,
         "Курская область", "header:regional_body"),
        ("Региональная служба по тарифам Ростовской области\nПОСТАНОВЛЕНИЕ\nот 5.06.2018 № 71\n" + ACT_BODY,
         "Ростовская область", "header:regional_body"),
        # a republic's body: the republic, named or by its adjectives, before the capital printed below
        ("Министерство здравоохранения Республики Калмыкия\nПРИКАЗ\nот 2.03.2016 № 40\n" + ACT_BODY,
         "Республика Калмыкия", "header:regional_body_republic_named"),
        ("МИНИСТЕРСТВО СПОРТА\nРЕСПУБЛИКИ ХАКАСИЯ\nПРИКАЗ\nот 5.06.2018 № 71\nг. Абакан\n" + ACT_BODY,
         "Республика Хакасия", "header:regional_body_republic_named"),
        ("ГЛАВА ЛУГАНСКОЙ НАРОДНОЙ РЕСПУБЛИКИ\nУКАЗ\nот 1.09.2022 № 3\n" + DECREE,
         "Луганская Народная Республика", "header:regional_body_republic"),
        ("Министерство экологии Республики Саха (Якутия)\nПРИКАЗ\nот 4.04.2019 № 8\n" + ACT_BODY,
         "Республика Саха (Якутия)", "header:regional_body_republic_named"),
        # a region in the genitive after the body, the body's name in capitals over two lines
        ("РАСПОРЯЖЕНИЕ\nГУБЕРНАТОРА ТУЛЬСКОЙ ОБЛАСТИ\nот 2.03.2015 № 12-рг\n" + DECREE,
         "Тульская область", "header:regional_body"),
        ("ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ И НАУКИ\nКОСТРОМСКОЙ ОБЛАСТИ\nПРИКАЗ\nот 2.03.2015 № 12\n" + ACT_BODY,
         "Костромская область", "header:regional_body"),
        # a regional legislature names its region, before the capital in the signature
        ("ЗАКОНОДАТЕЛЬНОЕ СОБРАНИЕ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nЗаконодательное Собрание Курганской области "
         "постановляет:\n1. Принять закон.\n\nПредседатель\nг. Курган\n", "Курганская область", "formula:regional_body"),
        ("ГОСУДАРСТВЕННОЕ СОБРАНИЕ РЕСПУБЛИКИ\nМАРИЙ ЭЛ\nПОСТАНОВЛЕНИЕ\nот 3.03.2011 № 4\n" + DECREE + "г. Йошкар-Ола\n",
         "Республика Марий Эл", "header:regional_body_republic_named"),
        # a federal body heading the act: the country (cited in another case, it is no issuer)
        ("МИНИСТЕРСТВО ПРОСВЕЩЕНИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ\nПРИКАЗ\nот 3.02.2020 № 7\n" + ACT_BODY,
         "Российская Федерация", "header:federal_body"),
        ("ПРИКАЗ МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ РФ 5 мая 2002 г. N 80 " + ACT_BODY, "Российская Федерация",
         "header:federal_body"),
        ("ФЕДЕРАЛЬНОЕ АГЕНТСТВО ПО ОБРАЗОВАНИЮ\nПРИКАЗ\nот 3.02.2006 № 7\n" + ACT_BODY, "Российская Федерация",
         "header:federal_body"),
        ("ЦЕНТРАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ\nПОСТАНОВЛЕНИЕ\nот 3.02.2010 № 7\n" + DECREE, "Российская Федерация",
         "header:federal_body"),
        # the chambers of the Federal Assembly; a local act for the Duma's election is not theirs
        ("ГОСУДАРСТВЕННАЯ ДУМА ФЕДЕРАЛЬНОГО СОБРАНИЯ РОССИЙСКОЙ ФЕДЕРАЦИИ\nПОСТАНОВЛЕНИЕ\nот 3.02.2012 № 7\n"
         "Государственная Дума постановляет:\n1. Принять закон.\n", "Российская Федерация", "header:federal_body"),
        ("СОВЕТ ФЕДЕРАЦИИ ФЕДЕРАЛЬНОГО СОБРАНИЯ\nПОСТАНОВЛЕНИЕ\nот 3.02.1996 № 7\n" + DECREE, "Российская Федерация",
         "header:federal_body"),
        # a municipality named by its adjective, before the district it lies in
        ("Голуметское муниципальное образование Черемховского района Иркутской области. Официальный сайт.\n"
         "АДМИНИСТРАЦИЯ\nПОСТАНОВЛЕНИЕ\nот 12.10.2020 № 5\n" + DECREE, "Голуметское муниципальное образование",
         "header:municipality_adjective"),
        # a municipality named for its settlement: the settlement
        ("МЕСТНАЯ АДМИНИСТРАЦИЯ\nМУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ ПОСЁЛОК ШУШАРЫ\nРАСПОРЯЖЕНИЕ\nот 25.03.2020 № 10\n"
         + DECREE, "Шушары", "header:municipality_settlement"),
        # a state committee, the Supreme Soviet, and an order registered by the federal Ministry of Justice
        ("ГОСУДАРСТВЕННЫЙ КОМИТЕТ РОССИЙСКОЙ ФЕДЕРАЦИИ\nПО ФИЗИЧЕСКОЙ КУЛЬТУРЕ\nПРИКАЗ\nот 3.02.2000 № 7\n" + ACT_BODY,
         "Российская Федерация", "header:federal_body"),
        ("ВЕРХОВНЫЙ СОВЕТ РОССИЙСКОЙ ФЕДЕРАЦИИ\nПОСТАНОВЛЕНИЕ\nот 3.02.1993 № 7\n" + DECREE, "Российская Федерация",
         "header:federal_body"),
        ("Зарегистрирован в Минюсте РФ 3 марта 2011 г.\nРегистрационный N 200\n" + ACT_BODY, "Российская Федерация",
         "header:federal_body"),
        # the President's order in the nominative heads the act; with its date after it, a note cites it
        ("11 августа 2003 года N 380-рп\nРАСПОРЯЖЕНИЕ\nПРЕЗИДЕНТА РОССИЙСКОЙ ФЕДЕРАЦИИ\nО праздновании юбилея\n"
         "университета в г. Казани\n" + DECREE, "Российская Федерация", "header:federal_body"),
        ("АДМИНИСТРАЦИЯ\nВАРНАВИНСКОГО РАЙОНА\nПОСТАНОВЛЕНИЕ\nот 2.10.2006 № 27\nУказ Президента РФ от 15.02.2006 N 116 "
         "содержится в информационном банке\n" + DECREE, "Варнавинский район", "header:district"),
        ("АДМИНИСТРАЦИЯ ИВАНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\nПОСТАНОВЛЕНИЕ\nО местах для агитации по выборам депутатов "
         "Государственной Думы Федерального Собрания\n" + DECREE, "Ивановское сельское поселение", "header:settlement"),
        # a regional legislature named by its adjective: its region
        ("ПОСТАНОВЛЕНИЕ\nот 3.02.2016 № 70\nОб обращении Курского областного Собрания депутатов к Министру "
         "здравоохранения\n" + DECREE, "Курская область", "header:regional_assembly"),
        ("ЦЕНТРАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ РЕСПУБЛИКИ ТАТАРСТАН\nПОСТАНОВЛЕНИЕ\nот 3.02.2010 № 7\n" + DECREE,
         "Республика Татарстан", "header:regional_body_republic_named"),
        (("ПРИКАЗ\nО смотре\nВо исполнение приказа Министерства просвещения Российской Федерации от 1.02.2020 № 5 "
         "ПРИКАЗЫВАЮ:\n1. Провести смотр.\n"), None, "none"),
        # a country's ministry is not a region: the city of issue
        ("Министерство образования и науки Кыргызской Республики\nПРИКАЗ\nот 3.02.2020 № 7\nг. Бишкек\n" + ACT_BODY,
         "Бишкек", "header:city_abbrev"),
        ("СОВЕТ МИНИСТРОВ СССР\nПОСТАНОВЛЕНИЕ\nот 5 мая 1958 г. № 500\n" + DECREE, "СССР", "header:regional_body_union"),
        # federal cities and cities without "г."
        ("ПРАВИТЕЛЬСТВО МОСКВЫ\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 600-ПП\n" + DECREE, "Москва", "header:federal_city"),
        ("Комитет по культуре Санкт-Петербурга\nРАСПОРЯЖЕНИЕ\nот 7.07.2009 № 60-р\n" + DECREE,
         "Санкт-Петербург", "header:federal_city"),
        ("Мэрия города Магадана\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE, "Магадан", "header:city_word"),
        ("Администрация города Заречный\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE, "Заречный", "header:city_word"),
        # districts, district executives, settlements
        ("Администрация Ольховского района\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE, "Ольховский район",
         "header:district"),
        ("ЧАШНИКСКИЙ РАЙОННЫЙ ИСПОЛНИТЕЛЬНЫЙ КОМИТЕТ\nРЕШЕНИЕ\nот 7.07.2009 № 60\n" + DECREE, "Чашникский район",
         "header:district_executive"),
        ("Решение Глубокского райисполкома от 7.07.2009 № 60\n" + DECREE, "Глубокский район", "header:district_executive"),
        ("РЕШЕНИЕ ВИТЕБСКОГО ГОРОДСКОГО ИСПОЛНИТЕЛЬНОГО КОМИТЕТА\n3 марта 2001 г. № 12\n" + DECREE, "Витебск",
         "header:city_executive"),
        # "Гомельск-ий": no city "Гомельск", so the adjective's "-ск-" goes ("Череповец-к-ая" its "-к-")
        ("Решение Гомельского горисполкома от 7.07.2009 № 60\n" + DECREE, "Гомель", "header:city_executive"),
        ("ВОЛОГОДСКАЯ ОБЛАСТЬ\nЧЕРЕПОВЕЦКАЯ ГОРОДСКАЯ ДУМА\nРЕШЕНИЕ\n06.12.2011 № 229\n" + DECREE, "Череповец",
         "header:city_executive"),
        # a regional body the title names under the type word is its subject, not the issuer
        ("МЭР ГОРОДА НАХОДКИ\nПРИМОРСКОГО КРАЯ\nПОСТАНОВЛЕНИЕ\nот 23 декабря 1997 г. N 1889\nО ПОРЯДКЕ НАГРАЖДЕНИЯ "
         "ПОЧЕТНЫМИ ГРАМОТАМИ\nАДМИНИСТРАЦИИ ПРИМОРСКОГО КРАЯ\n" + DECREE, "Находка", "header:city_word"),
        # a region's collegial executive above the town of issue
        ("РОССИЙСКАЯ ФЕДЕРАЦИЯ\nКОЛЛЕГИЯ ОРЛОВСКОЙ ОБЛАСТИ\nРАСПОРЯЖЕНИЕ\n8 февраля 2007 г. N 42-р\nг. Орел\n" + DECREE,
         "Орловская область", "header:regional_body"),
        # the shorter city first: Kirov's Duma, not Kirovsk's
        ("Решение Кировской городской Думы\nот 18 марта 1998 г. N 15/9\n" + DECREE, "Киров", "header:city_executive"),
        ("РОССИЙСКАЯ ФЕДЕРАЦИЯ\nАРХАНГЕЛЬСКАЯ ОБЛАСТЬ\nАДМИНИСТРАЦИЯ\nМУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ \"СЕВЕРОДВИНСК\"\n"
         "ПОСТАНОВЛЕНИЕ\nот 30 ноября 2010 г. № 5\n" + DECREE, "Северодвинск", "header:municipality_quoted_city"),
        ("АДМИНИСТРАЦИЯ\nБЕРЕЗОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE,
         "Березовское сельское поселение", "header:settlement"),
        ("Администрация Покровского сельсовета\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE, "Покровский сельсовет",
         "header:selsovet"),
        # a settlement named after its generic words, the body's name wrapped over lines in capitals
        ("АДМИНИСТРАЦИЯ\nСЕЛЬСКОГО ПОСЕЛЕНИЯ ВЕРХНЕЕ ОЗЕРКИНО\nМУНИЦИПАЛЬНОГО РАЙОНА ЛЕСНОЙ\nТВЕРСКОЙ ОБЛАСТИ\n"
         "ПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE, "сельское поселение Верхнее Озеркино",
         "header:settlement_named_after_rural"),
        # a noun before the generic words is no settlement's adjective ("Уставом сельского поселения"); the
        # issuer's own charter
        ("Решение от 3.03.2011 № 4\nО налоге\nРуководствуясь Уставом сельского поселения Ясное, Совет решил:\n"
         "1. Установить налог.\n", "сельское поселение Ясное", "charter:settlement_named_after_rural"),
        ("ПОСТАНОВЛЕНИЕ\nадминистрации сельского поселения Каменский сельсовет Грязинского района\nот 7.07.2009 № 60\n"
         + DECREE, "Каменский сельсовет", "header:selsovet"),
        ("АДМИНИСТРАЦИЯ МО НОВОСЕЛЬСКИЙ ПОССОВЕТ\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE, "Новосельский поссовет",
         "header:selsovet"),
        # a selsovet's council; a closed town; an urban okrug's quoted town, after a district it holds
        ("БЕРЕЗОВСКИЙ СЕЛЬСКИЙ СОВЕТ ДЕПУТАТОВ\nЛЕСНОГО РАЙОНА\nРЕШЕНИЕ\nот 7.07.2009 № 60\n" + DECREE,
         "Березовский сельсовет", "header:selsovet_council"),
        # (the closed territory is the municipality: "ЗАТО" stays, and "город" where printed)
        ("ГЛАВА АДМИНИСТРАЦИИ ЗАТО СНЕЖИНСК\nРАСПОРЯЖЕНИЕ\nот 7.07.2009 № 60\n" + DECREE, "ЗАТО Снежинск",
         "header:zato"),
        ("Администрация ЗАТО город Озерный\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE, "ЗАТО город Озерный",
         "header:zato"),
        ("Постановление от 7.07.2009 № 60\nО питании учащихся в школах МОГО «Инта»\n" + DECREE, "Инта",
         "preamble:urban_okrug_quoted"),
        ("Администрация Октябрьского района МО ГО «Инта»\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE,
         "Октябрьский район", "header:district"),
        # the town as printed: no "ё" the text does not print ("Королёв" in the dictionary)
        ("АДМИНИСТРАЦИЯ ЗАТО КОРОЛЕВ\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE, "ЗАТО Королев", "header:zato"),
        # a city council named by an adjective that is not the city's name + "-ский"
        ("РЯЗАНСКИЙ ГОРОДСКОЙ СОВЕТ\nРЕШЕНИЕ\nот 7.07.2009 № 60\n" + DECREE, "Рязань", "header:city_executive"),
        # a compound region's hyphen printed with spaces
        ("ГУБЕРНАТОР ХАНТЫ - МАНСИЙСКОГО АВТОНОМНОГО ОКРУГА\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE,
         "Ханты-Мансийский автономный округ", "header:regional_body_autonomous"),
        # a town's "-ский" name after the word "город"; a federal city's municipal okrug, its name wrapped
        ("ГЛАВА ГОРОДА ЛЕСОВСКОГО\n\nПОСТАНОВЛЕНИЕ\nот 4 мая 2009 г. № 24\n" + DECREE, "Лесовский", "header:city_word"),
        ("СОВЕТ ДЕПУТАТОВ\nмуниципального округа\nСосенки в городе Москве\nРЕШЕНИЕ\n23.03.2021 № 5/10\n" + DECREE,
         "Сосенки", "header:intracity_okrug"),
        # an institution's settlement printed with its district; an autonomous region's governor
        ("МБДОУ «Детский сад №1 «Ромашка» п. Лесной Полевого района\nПриказ\n02.09.2024 г.\nОб утверждении\n"
         + ACT_BODY, "Лесной", "header:settlement_of_district"),
        ("Постановление от 11 августа 1999 года № 208\nО ликвидации\nПринято\nГубернатором Еврейской автономной обл.\n"
         "11 августа 1999 года\n" + DECREE, "Еврейская автономная область", "header:regional_body_autonomous"),
        # an association's decision: the city on its date line beats the municipalities its preamble lists
        ("АССОЦИАЦИЯ ГОРОДОВ\nОбщее собрание\nР Е Ш Е Н И Е № 4\n24 мая 2007 г., Новосибирск\nО членстве\n"
         "В связи с неуплатой взносов считать выбывшими Борзинский муниципальный район и город Лесной. Собрание решило:\n"
         "1. Исключить их из состава.\n", "Новосибирск", "header:natasha_loc"),
        # a quoted settlement that is a noun gets its generic words; «Город X» is the town
        ("Администрация сельского поселения «Усть-Кулом»\nРЕШЕНИЕ\nот 7.07.2009 № 60\n" + DECREE,
         "сельское поселение Усть-Кулом", "header:settlement_quoted_rural"),
        ("АДМИНИСТРАЦИЯ\nмуниципального образования\nгородское поселение\n«Город Светлогорск»\nПОСТАНОВЛЕНИЕ\n"
         "от 7.07.2009 № 60\n" + DECREE, "Светлогорск", "header:settlement_quoted_urban"),
        # a one-word name of the adjective's shape, before the district it lies in
        ("АДМИНИСТРАЦИЯ ГОРОДСКОГО ПОСЕЛЕНИЯ\nСОСНОВЫЙ\nЛЕСНОГО РАЙОНА ТВЕРСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\n"
         "от 7.07.2009 № 60\n" + DECREE, "городское поселение Сосновый", "header:settlement_named_after_urban"),
        # a quoted district's name, the generic word inside the quotes or not, beats the town of issue
        ("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА «ЛЕСНОЙ РАЙОН»\nПОСТАНОВЛЕНИЕ\n7 июля 2009 года № 60\nг.Лесной\n"
         + DECREE, "Лесной район", "header:district_quoted"),
        ("Администрация муниципального района «Озёрный»\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\nс. Озёрное\n" + DECREE,
         "Озёрный район", "header:district_quoted"),
        ("Постановление администрации округа Лесогорск от 7.07.2009 № 60 О смотре\n" + DECREE, "округ Лесогорск",
         "header:okrug_named_after"),
        # the lower body beats the district and region it lies in
        ("АДМИНИСТРАЦИЯ МИХАЙЛОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\nКРАСНОГВАРДЕЙСКОГО МУНИЦИПАЛЬНОГО РАЙОНА\n"
         "СТАВРОПОЛЬСКОГО КРАЯ\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE,
         "Михайловское сельское поселение", "header:settlement"),
        ("Администрация Лухского района Ивановской области\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE,
         "Лухский район", "header:district"),
        # a school's order printed with its settlement of issue
        ("МБОУ «Лесная СОШ»\nПРИКАЗ\n1 сентября 2024 г.\nх. Лесной\n№ 5\nО питании\n" + ACT_BODY, "Лесной",
         "header:settlement_abbrev"),
        # no header: the body the formula names, the signature, the territory the text keeps naming
        ("В связи с паводком администрация Лесного сельского поселения постановляет:\n1. Провести смотр.\n",
         "Лесное сельское поселение", "formula:settlement"),
        ("Рассмотрев обращение, Собрание депутатов Озерского городского округа решило:\n1. Утвердить план.\n",
         "Озерский городской округ", "formula:urban_okrug_adjective"),
        ("В целях подготовки к зиме:\n1. Провести смотр.\n2. Утвердить план.\n\nГубернатор\nОрловской области   А.Е. Клычков\n",
         "Орловская область", "signature:regional_body"),
        ("В целях развития спорта в Томской области:\n1. Провести в Томской области смотр.\n", "Томская область",
         "text:region_oblast"),
        ("В целях контроля:\n1. Поручить Минстрою КЧР провести проверку.\n2. Минфину КЧР выделить средства.\n",
         "Карачаево-Черкесская Республика", "text:republic_abbreviation"),
        ("Постановление от 4.05.2012 № 9\nО плате\nпостановляю:\n1. Установить плату в городе Салехарде.\n", "Салехард",
         "text:city_word"),
        # the town's name after "город" in a municipality's official name is its nominative, as printed
        ("АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА ГОРОД ЛЕСНОЙ\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE, "Лесной",
         "header:urban_okrug_city"),
        ("Администрация городского округа город Бор\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE, "Бор",
         "header:urban_okrug_city"),
        ("АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ ГОРОД НОВОРОССИЙСК\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE,
         "Новороссийск", "header:municipality_city"),
        # a two-word city's body; generic words and a settlement's adjectives after "Администрации" name no city
        ("АДМИНИСТРАЦИЯ ВЕЛИКОГО НОВГОРОДА\nПОСТАНОВЛЕНИЕ\nот 7.07.2009 № 60\n" + DECREE, "Великий Новгород",
         "header:city_body_two_words"),
        ("Распоряжение мэрии Старого Оскола от 7.07.2009 № 60\nО плане\n" + DECREE, "Старый Оскол",
         "header:city_body_two_words"),
        ("АДМИНИСТРАЦИЯ\nЛЕСНОГО СЕЛЬСКОГО МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ\nРЕСПУБЛИКИ КАЛМЫКИЯ\nРАСПОРЯЖЕНИЕ\n" + DECREE,
         "Республика Калмыкия", "header_region:republic_named"),
        # a district's council named by its adjective in the formula names the district
        ("Решение от 26.06.2008 г № 174/7\nО наименовании улиц\nРассмотрев проект решения, Спасская районная Дума решила:\n"
         "1. Присвоить улице наименование.\n", "Спасский район", "formula:district_council"),
        # a surname with initials after "города" is an official's, not a town
        ("Постановление от 4.05.2012 № 9\nО конкурсе\n1. Главам администраций районов города Сидоркину А.С., Белову В.И. "
         "обеспечить участие.\n", None, "none"),
        # a town the text mentions once as "г. X" is where something happens, not the issuer; named twice, it is
        ("Распоряжение от 4.05.2012 № 9\nО турнире\n1. Провести турнир 21 июня в г. Энске на стадионе.\n2. Утвердить смету.\n",
         None, "none"),
        ("Распоряжение от 4.05.2012 № 9\nО турнире\n1. Провести турнир в г. Энске.\n2. Администрации г. Энска выделить средства.\n",
         "Энск", "text:city_abbrev"),
        # a region's official name after a dash, in the nominative; a word after the dash that is no place is dropped
        ("ПРАВИТЕЛЬСТВО КЕМЕРОВСКОЙ ОБЛАСТИ – КУЗБАССА\nРАСПОРЯЖЕНИЕ\nот 7.07.2021 № 60-р\n" + DECREE,
         "Кемеровская область – Кузбасс", "header:regional_body"),
        ("Департамент культуры Ханты-Мансийского автономного округа - Югры\nПРИКАЗ\nот 7.07.2021 № 60\n" + DECREE,
         "Ханты-Мансийский автономный округ - Югра", "header:regional_body_autonomous"),
        ("Губернатор Тамбовской области - Петров\nПОСТАНОВЛЕНИЕ\nот 7.07.2021 № 60\n" + DECREE,
         "Тамбовская область", "header:regional_body"),
        # a place line printed in a republic's language and in Russian: the Russian settlement
        ("ХУШУ ПРИКАЗ\n№ 40 25.04.2018 г.\nКĕçĕн Сĕнтĕр с. Малые Кошели\nО смотре\n" + ACT_BODY, "Малые Кошели",
         "header:settlement_abbrev"),
        # a commission names itself as the formula's subject
        ("Постановление от 7.07.2009 № 60\nО резерве\nВ целях обучения кадров избирательных комиссий в Лесном районе "
         "Избирательная комиссия Республики Алтай постановляет:\n1. Утвердить план.\n", "Республика Алтай",
         "formula:regional_body_republic_named"),
        # the regional legislature a local act prepares the election of is not its issuer
        ("Постановление от 16.01.2007 № 2\nОб избирательных участках на выборах депутатов Лесогорской областной Думы\n"
         "ПОСТАНОВЛЯЮ:\n1. Образовать участки.\nГлава Лесного района\nИ.И. Петров\n", "Лесной район",
         "signature:district"),
        # a site's banner is not evidence: the district the act names
        (("Шумерлинский муниципальный округ Чувашской Республики\n\nО ремонте школ\n\nВ целях подготовки школ "
         "администрации Шумерлинского района ПОСТАНОВЛЯЮ: 1. Провести ремонт. 2. Закупить краску.\n"),
         "Шумерлинский район", "formula:district"),
        (("Усть-Лесной муниципальный округ Лесной Республики\n\nО смотре в Усть-Лесном районе\n\nВ целях подготовки "
          "ПОСТАНОВЛЯЮ: 1. Провести смотр. 2. Закупить краску.\n"), "Усть-Лесной район", "header:district"),
        # not places: a region named once as the subject's context, cited acts' issuers, title words, lone adjectives
        ("В целях развития спорта в Томской области:\n1. Провести смотр.\n", None, "none"),
        # a registration stamp's year, then its number's label: no town ("г.\nРегистрационный"); the stamp of the
        # federal Ministry of Justice makes the act federal
        (("Зарегистрировано в Минюсте России 12 мая 2011 г.\nРегистрационный N 20711\nВ целях развития спорта "
          "приказываю:\n1. Утвердить нормы.\n"), "Российская Федерация", "header:federal_body"),
        # a cited act whose number comes before its date, with its title: all of it the cited act's
        (("О субботниках\nВо исполнение распоряжения главы Администрации Лесогорского района № 62-р от 24.08.2026г. "
          "«Об экологических акциях в МР Лесогорский район РБ»:\n1. Провести субботник.\n"), None, "none"),
        (("ПРИКАЗ\nО смотре\nВ соответствии с Законом Самарской области «Об образовании в Самарской области» "
         "ПРИКАЗЫВАЮ:\n1. Провести смотр.\n"), None, "none"),
        (("ПРИКАЗ\nО смотре\nВо исполнение постановления администрации Каменского района от 1.02.2020 № 5 "
         "ПРИКАЗЫВАЮ:\n1. Провести смотр.\n"), None, "none"),
        ("ДУМА ГОРОДСКОГО ОКРУГА\nРЕШЕНИЕ\nот 7.07.2009 № 60\nО ПОРЯДКЕ ПРОВЕДЕНИЯ НА ТЕРРИТОРИИ ГОРОДСКОГО ОКРУГА "
         "ПУБЛИЧНЫХ СЛУШАНИЙ\n" + DECREE, None, "none"),
        ("В целях переименования учреждения городского округа Белгородской области:\n1. Переименовать учреждение.\n",
         None, "none"),
        # a surname with initials after an official's post is a person, not the town it may spell
        ("ПРИКАЗЫВАЮ:\n1. Уполномочить заместителя главы администрации Кирова К.К. подписывать договоры.\n",
         None, "none"),
        # the President's decree run into one line with its preamble; a note citing one is no issuer
        (("УКАЗ ПРЕЗИДЕНТА РОССИЙСКОЙ ФЕДЕРАЦИИ О мерах по развитию рыбоводства В целях поддержки хозяйств "
          "постановляю: 1. Правительству в месячный срок разработать программу. 2. Указ вступает в силу.\n"),
         "Российская Федерация", "header:federal_body"),
        (("ПОСТАНОВЛЕНИЕ\nАдминистрации Озёрского района\nО комиссии\nпримечание. Указ Президента РФ от 15.02.2006 "
          "N 116\nПОСТАНОВЛЯЮ:\n1. Создать комиссию.\n"), "Озёрский район", "header:district"),
        # "-на-" inside a town's name: spaced by a fixed-width header, and in lower case whatever the header's
        ("М Э Р\nГОРОДА КОМСОМОЛЬСКА - НА - АМУРЕ\nП О С Т А Н О В Л Е Н И Е\nот 30 июля 1998 г. N 15\n"
         "П О С Т А Н О В Л Я Ю :\n1. Присвоить наименования.\n", "Комсомольск-на-Амуре", "header:city_word"),
        ("ГЛАВА ГОРОДА РОСТОВА-НА-ДОНУ\nПОСТАНОВЛЕНИЕ\nот 30 июля 1998 г. N 15\nПОСТАНОВЛЯЮ:\n1. Присвоить.\n",
         "Ростов-на-Дону", "header:city_word"),
        # a district's self-government before its republic; a title that names several selsovets names no issuer
        ("ЗАРЕЧНОЕ РАЙОННОЕ САМОУПРАВЛЕНИЕ\nЧУВАШСКОЙ РЕСПУБЛИКИ\nРЕШЕНИЕ\nот 16 февраля 2005 г. № 37\n"
         "Собрание депутатов решило:\n1. Одобрить проект.\n", "Заречный район", "header:district_council"),
        ("Постановление от 25.03.2011 г № 107\nО согласовании преобразования Амурского и Луговского сельсоветов\n"
         "Постановляю:\n1. Согласовать преобразование.\n", None, "none"),
        # a district's Duma before its region is the district's ("районная Дума Рязанской области")
        ("Заречная районная Дума Рязанской области\nРЕШЕНИЕ\nот 22 апреля 2005 г. № 37\nО лесничествах\n"
         "Дума решила:\n1. Одобрить работу.\n", "Заречный район", "header:district_council"),
        # a regional legislature named by the bare word "Дума" before its region, above a town of issue
        ("Постановление Думы Липецкой области от 10.10.2005 № 12\nО проекте закона\nЛИПЕЦКАЯ ОБЛАСТНАЯ ДУМА\n"
         "ПОСТАНОВЛЕНИЕ10 октября 2005 г. г. Липецк N 12\nРассмотрев проект закона, Дума постановляет:\n"
         "1. Одобрить проект.\n", "Липецкая область", "header:regional_body"),
        # a town named by a plural noun, its urban okrug in capitals; "город России" is no town
        ("ГЛАВА\nГОРОДСКОГО ОКРУГА КОТЕЛЬНИКИ\nМОСКОВСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\n20.03.2019 № 144-ПГ\n"
         "Об утверждении реестра\nПОСТАНОВЛЯЮ:\n1. Утвердить реестр.\n", "Котельники", "header:urban_okrug"),
        ("Распоряжение от 22.11.2008 N 1733-р\nОб итогах конкурса на звание \"Самый благоустроенный город России\"\n"
         "1. Присудить первое место г. Новосибирску.\n", None, "none"),
        # the control clause names the issuer's own official, as a signature does
        (("Постановление от 12.05.2009 № 40\nО карантине в селе Луговом\nПостановляю:\n1. Главе Луговского "
          "сельского поселения организовать обход дворов.\n2. Контроль за исполнением постановления возложить:\n"
          "На заместителя главы Заречного муниципального района"), "Заречный муниципальный район",
         "control:municipal_district"),
        # a republic's two-part name, its hyphen spaced as printed
        ("МИНИСТЕРСТВО ОБРАЗОВАНИЯ РЕСПУБЛИКИ СЕВЕРНАЯ ОСЕТИЯ - АЛАНИЯ\nПРИКАЗ\nот 5 мая 2013 года N 50\n"
         "Приказываю:\n1. Утвердить порядок.\n", "Республика Северная Осетия - Алания",
         "header:regional_body_republic_named"),
        # a page's dated title line names the issuer: the title under it names the subject ("обращения Думы
        # Курской области"); the act's own header, repeated below the title, still counts
        ("Постановление Собрания депутатов Вологодской области от 12.03.2013 № 77\nО поддержке обращения Думы "
         "Курской области\nСОБРАНИЕ ДЕПУТАТОВ ВОЛОГОДСКОЙ ОБЛАСТИ\nПОСТАНОВЛЕНИЕ\nРассмотрев обращение, Собрание "
         "депутатов постановляет:\n1. Поддержать обращение.\n", "Вологодская область", "header:regional_body"),
        ("Решение Президиума Совета народных депутатов Тверской области от 03.04.1991 № 12\nОб исключении деревни "
         "Заречье Кимрского района\nПРЕЗИДИУМ\nТВЕРСКОГО ОБЛАСТНОГО СОВЕТА НАРОДНЫХ ДЕПУТАТОВ\nР Е Ш Е Н И Е\n"
         "от 03.04.91 г. Тверь N 12\nПрезидиум решил:\n1. Исключить деревню из учетных данных.\n", "Тверская область",
         "header:regional_body"),
        # a region's council in the nominative, its title wrapped onto a second line
        ("ТОМСКИЙ ОБЛАСТНОЙ СОВЕТ ДЕПУТАТОВ ТРУДЯЩИХСЯ\nИСПОЛНИТЕЛЬНЫЙ КОМИТЕТ\nРЕШЕНИЕ\nот 12 мая 1961 г. N 31\n"
         "О наименовании поселка\nна территории Асиновского района\nИсполком решает:\n1. Присвоить наименование.\n",
         "Томская область", "header:regional_assembly"),
        # a town's council of people's deputies before its region is the town's
        ("ПЕНЗЕНСКИЙ ГОРОДСКОЙ СОВЕТ НАРОДНЫХ ДЕПУТАТОВ ПЕНЗЕНСКОЙ ОБЛАСТИ\nРЕШЕНИЕ\nот 14 мая 1991 г. N 31\n"
         "О НАИМЕНОВАНИИ УЛИЦ\nГорсовет решил:\n1. Присвоить наименования улицам.\n", "Пенза", "header:city_executive"),
        # under a line of the type and date, the formula's subject names the issuer before the title's district does
        ("Постановление от 15.03.2011 г № 99\nО переименовании деревни Заречного сельсовета Лесного района\n"
         "В соответствии с законом Ярославская областная Дума постановляет:\n1. Одобрить переименование.\n",
         "Ярославская область", "formula:regional_assembly"),
        ("Постановление от 11.05.2012 г № 310\nО ремонте дороги в Заречном сельсовете\nВ целях благоустройства "
         "Кабинет Министров Республики Башкортостан ПОСТАНОВЛЯЕТ:\n1. Провести ремонт дороги.\n",
         "Республика Башкортостан", "formula:regional_body_republic_named"),
        # with nothing else, the title's district
        ("Постановление от 11.05.2012 г № 310\nО ремонте дороги в Заречном сельсовете\nПостановляю:\n"
         "1. Провести ремонт дороги.\n", "Заречный сельсовет", "title:selsovet"),
        # the issuer acts under its own territory's charter: that names it before a title's district does
        ("Постановление от 15.06.2007 г № 289\nО наименовании улиц в Ленинском районе\nНа основании статьи 27 "
         "Устава города Лесогорска постановляю:\n1. Присвоить наименования улицам.\n", "Лесогорск", "charter:city_word"),
        ("Постановление от 11.05.2012 г № 310\nО ремонте дороги в Заречном сельсовете\nРуководствуясь Уставом "
         "Лесного муниципального района, постановляю:\n1. Провести ремонт дороги.\n", "Лесной муниципальный район",
         "charter:municipal_district"),
        # a school's charter names no territory: the title's district it is
        ("Приказ от 11.05.2012 г № 31\nО субботнике в Заречном сельсовете\nНа основании Устава МБОУ СОШ № 5 "
         "приказываю:\n1. Провести субботник.\n", "Заречный сельсовет", "title:selsovet"),
        # a page's dated title line of a federal act, and a federal supervisory body
        ("Распоряжение Правительства РФ от 21 сентября 2001 г. N 1259-р\nВ целях урегулирования задолженности\n"
         "1. Утвердить план.\n", "Российская Федерация", "header:federal_body"),
        ("ФЕДЕРАЛЬНЫЙ ГОРНЫЙ И ПРОМЫШЛЕННЫЙ НАДЗОР РОССИИ\nПРИКАЗ\nот 24 декабря 1998 г. N 247\nО сроках\n"
         "1. Ввести в действие правила.\n", "Российская Федерация", "header:federal_body"),
        # "г. X Y" is a two-word town unless the second word is its region's
        ("Постановление от 23.06.2004 г № 113/7\nО газете\nВ целях информирования, руководствуясь Уставом "
         "г. Волжского Волгоградской области, постановляю:\n1. Учредить газету.\n", "Волжский", "charter:city_abbrev"),
        ("Постановление от 23.06.2004 г № 113/7\nО газете\nВ целях информирования, руководствуясь Уставом "
         "г. Старого Оскола Белгородской области, постановляю:\n1. Учредить газету.\n", "Старый Оскол",
         "charter:city_abbrev_two_words"),
        # a town's two-part name the dictionary lacks agrees part by part
        ("Постановление Администрации г. Каменска-Уральского от 18.09.2013 № 1486\nО мерах\nпостановляю:\n"
         "1. Утвердить план.\n", "Каменск-Уральский", "header:city_abbrev"),
        ("АДМИНИСТРАЦИЯ ГОРОДА УСОЛЬЯ-СИБИРСКОГО\nПОСТАНОВЛЕНИЕ\nот 18.09.2013 № 1486\nО мерах\nпостановляю:\n"
         "1. Утвердить план.\n", "Усолье-Сибирское", "header:city_word"),
        # a Moscow prefect's act is its administrative okrug's, worded as printed
        ("ПРАВИТЕЛЬСТВО МОСКВЫ\nПРЕФЕКТ СЕВЕРО-ЗАПАДНОГО АДМИНИСТРАТИВНОГО ОКРУГА\nРАСПОРЯЖЕНИЕ\nот 12 мая 2006 г. "
         "N 310-рп\nО смотре дворов\n1. Провести смотр дворов.\n", "Северо-Западный административный округ",
         "header:administrative_okrug"),
        ("Распоряжение от 19.02.2014 г № 65-РП\nО штабе по благоустройству на территории Южного административного "
         "округа города Москвы\nПостановляю:\n1. Создать штаб.\n", "Южный административный округ города Москвы",
         "title:administrative_okrug"),
        # Soviet bodies: a town's executive committee of the СНД, a district's райисполком before a title run on
        ("Решение Исполкома Куйбышевского городского СНД\nот 12 марта 1988 г. N 41\nО строительстве жилья\n"
         "Исполком решает:\n1. Утвердить план строительства.\n", "Куйбышев", "header:city_executive"),
        ("Решение Кемского райисполкома о вывозе леса из г. Кеми.\nИсполком решил:\n1. Вывезти лес.\n", "Кемский район",
         "header:district_executive"),
        # after a year the "г." is the year's, unless a known town follows
        ("Выписка из протокола заседания бюро райкома. 5 июня 1933 г.\nРеквизиты\nАрхив: Ф. 17.\n"
         "1. Обязать райзо провести сев.\n", None, "none"),
        ("15.03.2012 г. Томск № 99\nО перечне\nПостановляю:\n1. Утвердить перечень.\n", "Томск",
         "header:city_abbrev_after_year"),
        # a district the way the text words it (SPEC §6)
        ("РЕШЕНИЕ\nот 14 мая 2009 г. N 31\nО программе\nВ целях развития Лесного муниципального района Лесная "
         "районная Дума решила:\n1. Утвердить программу.\n", "Лесной муниципальный район", "formula:district_council"),
    ],
)
def test_place_of_every_header_shape(text: str, place: str | None, rule: str) -> None:
    h = header(text)
    assert (h.place, h.rules["place"]) == (place, [rule])
