"""The segmenter, specified by small documents of the kinds it meets (not copied from data/)."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from resextract.text.lines import clean_text
from resextract.stages.segmenter import find_formula, heading_addressee, segment


def items(text: str) -> list[tuple]:
    return [(s.number, s.text) for s in segment(text).segments]


DOCS = [
    pytest.param(
        "РЕШЕНИЕ\n\nЗаслушав доклад, Совет решил:\n1. Информацию принять к сведению.\n"
        "2. Администрации района подготовить план.\n3. Настоящее решение вступает в силу со дня подписания.\n",
        [("1", "Информацию принять к сведению."), ("2", "Администрации района подготовить план."),
         ("3", "Настоящее решение вступает в силу со дня подписания.")],
        id="numbered-after-formula",
    ),
    pytest.param(
        "Участники совещания рекомендуют:\n\nШколам района:\n- обновить сайты;\n- провести собрания.\n",
        [(None, "обновить сайты;"), (None, "провести собрания.")],
        id="bullets-under-addressee-heading",
    ),
    pytest.param(
        "ПРИКАЗЫВАЮ:\n1) назначить ответственных;\n2) представить отчет.\n",
        [("1", "назначить ответственных;"), ("2", "представить отчет.")],
        id="paren-labels",
    ),
    pytest.param(
        "Конференция рекомендует:\n1.1. Обеспечить подготовку педагогов к работе по новым\n\n"
        "программам начального образования.\n1.2. Провести семинары.\n",
        [("1.1", "Обеспечить подготовку педагогов к работе по новым программам начального образования."),
         ("1.2", "Провести семинары.")],
        id="item-continued-after-page-break",
    ),
    pytest.param(
        "Совет постановляет:\n1. Утвердить отчет.\n\n12\n\n2. Опубликовать решение.\n",
        [("1", "Утвердить отчет."), ("2", "Опубликовать решение.")],
        id="lone-page-number-dropped",
    ),
    pytest.param(
        "Решили:\n1.5. [bookmark: _GoBack] Продолжить **работу** клубов.\n",
        [("1.5", "Продолжить работу клубов.")],
        id="conversion-debris-removed",
    ),
    pytest.param(
        "В связи с ремонтом рекомендовать директорам школ: 1. Закрыть спортзалы. 2. Перенести занятия. "
        "3.Сообщить родителям.\n",
        [("1", "Закрыть спортзалы."), ("2", "Перенести занятия."), ("3", "Сообщить родителям.")],
        id="inline-numbered-items-in-one-line",
    ),
    pytest.param(
        "РАСПОРЯЖЕНИЕ от 01.02.2020 № 5 О смотре: 1. Провести смотр. 2. Отделу культуры (Ким А.А.): "
        "2.1. в срок до 1 мая подготовить сцену; 2.2. обеспечить звук. 3. Контроль оставляю за собой. "
        "Руководитель администрации А.А. Петров\n",
        [("1", "Провести смотр."), ("2.1", "в срок до 1 мая подготовить сцену;"), ("2.2", "обеспечить звук."),
         ("3", "Контроль оставляю за собой.")],
        id="inline-sub-numbering-and-glued-signature",
    ),
    pytest.param(
        "ПОСТАНОВЛЯЮ: 1. Провести смотр. 2. Указ вступает в силу со дня подписания. Президент Республики "
        "Н.Ломов г. Лесогорск, 3 марта 1994 года N 17\n",
        [("1", "Провести смотр."), ("2", "Указ вступает в силу со дня подписания.")],
        id="glued-signature-with-one-initial-and-the-signing-place-and-date",
    ),
    pytest.param(
        "РЕШИЛ: 1. Провести смотр. 2. Контроль возложить на комиссию. Губернатор области Ломов Н.Н.\n",
        [("1", "Провести смотр."), ("2", "Контроль возложить на комиссию.")],
        id="glued-signature-with-the-initials-after-the-name",
    ),
    pytest.param(
        "ПОСТАНОВЛЯЮ:\n1. Утвердить стоимость одного посещения катка:\n- 150 рублей – взрослый;\n"
        "- 80 рублей – детский.\n2. Контроль оставляю за собой.\n",
        [(None, "150 рублей – взрослый;"), (None, "80 рублей – детский."), ("2", "Контроль оставляю за собой.")],
        id="bullets-that-open-with-an-amount",
    ),
    pytest.param(
        "ПОСТАНОВЛЯЮ:\n1. Провести смотр.\n2. Контроль возложить на Орлова К.А. Глава администрации района "
        "Н.Н. Ломов\nПостановление\n№ 48\n3 марта 2015 года\n4 марта 2015 года\n",
        [("1", "Провести смотр."), ("2", "Контроль возложить на Орлова К.А.")],
        id="glued-signature-then-the-act-type-number-and-dates-of-posting",
    ),
    pytest.param(
        "РЕШИЛИ: Перенести смотр хоров на октябрь.\n",
        [(None, "Перенести смотр хоров на октябрь.")],
        id="one-sentence-after-a-formula-on-its-line",
    ),
    pytest.param(
        "СЛУШАЛИ: о смотре. ПОСТАНОВИЛИ: Перенести смотр на май. СЛУШАЛИ: о лагере. ПОСТАНОВИЛИ: 1. Открыть лагерь. "
        "2. Выделить автобус.\n",
        [(None, "Перенести смотр на май. СЛУШАЛИ: о лагере."), ("1", "Открыть лагерь."), ("2", "Выделить автобус.")],
        id="unnumbered-decision-before-a-later-numbered-list-on-one-line",
    ),
    pytest.param(
        "ПОСТАНОВЛЯЕТ\n- Снять с 1 июня режим ЧС.\nСилы звена вывести в режим повседневной деятельности.\n"
        "- Признать утратившим силу постановление от 3.04.2023 № 12.\n",
        [(None, "Снять с 1 июня режим ЧС. Силы звена вывести в режим повседневной деятельности."),
         (None, "Признать утратившим силу постановление от 3.04.2023 № 12.")],
        id="prescribing-paragraph-between-bullets-is-the-bullets-own",
    ),
    pytest.param(
        "Участники рекомендуют:\n- провести семинары;\nВ мае прошла секция директоров школ.\n"
        "Участники также рекомендуют:\n- обновить сайты.\n",
        [(None, "провести семинары;"), (None, "обновить сайты.")],
        id="narrative-between-two-bullet-lists-is-left-out",
    ),
    pytest.param(
        "ИНФОРМАЦИЯ о семинаре\nПрограмма семинара включала:\n1. Пленарное заседание.\n2. Экскурсию по музею.\n",
        [],
        id="narrative-list-after-past-tense-colon",
    ),
    pytest.param(
        "Решили:\n- - обеспечить охрану;\n- 2. организовать питание;\n",
        [(None, "обеспечить охрану;"), ("2", "организовать питание;")],
        id="doubled-bullet-and-bullet-number",
    ),
    pytest.param(
        "ПРИКАЗЫВАЮ:\n1. Провести конкурс.\n2. Контроль оставляю за собой.\nНачальник управления\nИ.И. Петров\n",
        [("1", "Провести конкурс."), ("2", "Контроль оставляю за собой.")],
        id="signature-ends-the-act",
    ),
    pytest.param(
        "ПОСТАНОВЛЯЮ:\n1. Провести конкурс.\n2. Контроль возложить на отдел культуры.\n   от 5 мая 2003 г.\n"
        "   N 118\n   Глава района\n",
        [("1", "Провести конкурс."), ("2", "Контроль возложить на отдел культуры.")],
        id="the-acts-date-and-number-under-the-last-item-end-the-act",
    ),
    pytest.param(
        "ПОСТАНОВЛЯЮ:\n1. Внести изменения в постановление администрации района\nот 5 мая 2003 г.\n"
        "N 118 \"О конкурсе\".\n2. Провести конкурс.\n",
        [("1", "Внести изменения в постановление администрации района от 5 мая 2003 г. N 118 \"О конкурсе\"."),
         ("2", "Провести конкурс.")],
        id="a-cited-acts-date-wrapped-onto-its-own-line-stays-in-the-item",
    ),
    pytest.param(
        "Юридический портал\nНайти документ\n\nПРИКАЗ\nот 1 марта 2010 г. N 5\n\nВнести изменения в Положение о конкурсе.\n",
        [(None, "Внести изменения в Положение о конкурсе.")],
        id="a-sites-button-caption-is-no-prose-directive",
    ),
    pytest.param(
        "ПОСТАНОВЛЯЮ:\n     1. Создать рабочую группу по подготовке  смотра  (далее\n- Группа) в составе согласно приложению.\n"
        "     2. Группе представить план.\n",
        [("1", "Создать рабочую группу по подготовке смотра (далее - Группа) в составе согласно приложению."),
         ("2", "Группе представить план.")],
        id="a-dash-wrapped-to-a-line-start-that-closes-the-items-bracket-continues-it",
    ),
    pytest.param(
        "ПОСТАНОВЛЯЮ:\n1. Провести смотр (конкурс) школ:\n- Лицей №1 (г. Энск);\n- Гимназия №2 (г. Энск).\n",
        [(None, "Лицей №1 (г. Энск);"), (None, "Гимназия №2 (г. Энск).")],
        id="bullets-under-a-closed-bracket-stay-bullets",
    ),
    pytest.param(
        "ПОСТАНОВЛЯЕТ:\n\nУтвердить положение о премии.\n\nУстановить срок приема заявок.\n\n"
        "И.о. президента академии\nакадемик А.А. Орлов\n",
        [(None, "Утвердить положение о премии."), (None, "Установить срок приема заявок.")],
        id="an-acting-officials-signature-ends-unlabelled-paragraphs",
    ),
    pytest.param(
        "ПОСТАНОВЛЯЮ:\n1. Утвердить план.\n2. Пункт 3 изложить в следующей редакции:\n\"3. Заседания проводятся раз в месяц.\"\n"
        "И.о.главы администрации\nобласти А.А.Орлов\n",
        [("1", "Утвердить план."), ("2", "Пункт 3 изложить в следующей редакции: \"3. Заседания проводятся раз в месяц.\"")],
        id="an-acting-officials-post-in-the-genitive-opens-the-signature",
    ),
    pytest.param(
        "1. Объявить выходными днями 5, 6 декабря.\n2. Распоряжение вступает в силу со дня подписания.\nПрезидент |\nА. Орлов |\n",
        [("1", "Объявить выходными днями 5, 6 декабря."), ("2", "Распоряжение вступает в силу со дня подписания.")],
        id="a-presidents-signature-ends-the-act",
    ),
    pytest.param(
        "ПОСТАНОВЛЯЮ:\n1. Выплатить премию:\nа) победителям - 5 тысяч рублей;\nб) призерам - 3 тысячи рублей.\n"
        "Премия выплачивается один раз в год.\n2. Финансирование осуществить за счет средств бюджета.\n",
        [("а", "победителям - 5 тысяч рублей;"), ("б", "призерам - 3 тысячи рублей."),
         ("2", "Финансирование осуществить за счет средств бюджета.")],
        id="a-remark-after-lettered-sub-items-keeps-the-list-and-joins-no-item",
    ),
    pytest.param(
        "ПОСТАНОВЛЯЮ:\n1. Выплатить премию:\nа) победителям - 5 тысяч рублей;\nб) призерам - 3 тысячи рублей.\n"
        "Премия выплачивается один раз в год.\n",
        [("а", "победителям - 5 тысяч рублей;"), ("б", "призерам - 3 тысячи рублей.")],
        id="narrative-after-lettered-sub-items-with-no-number-after-it-ends-the-list",
    ),
    pytest.param(
        "РАСПОРЯЖАЮСЬ:\n1. Утвердить формы бланков:\n Постановления главы поселения (приложение 1);\n"
        " Распоряжения главы поселения (приложение 2);\n2. Контроль оставляю за собой.\n",
        [(None, "Постановления главы поселения (приложение 1);"), (None, "Распоряжения главы поселения (приложение 2);"),
         ("2", "Контроль оставляю за собой.")],
        id="a-verb-and-a-short-object-over-capitalised-lines-heads-them",
    ),
    pytest.param(
        "РАСПОРЯЖАЮСЬ:\n1. Утвердить цены на услуги бани для населения поселка:\n Взрослый билет - 85 рублей;\n"
        " Детский билет - 20 рублей.\n2. Контроль оставляю за собой.\n",
        [("1", "Утвердить цены на услуги бани для населения поселка: Взрослый билет - 85 рублей; Детский билет - 20 рублей."),
         ("2", "Контроль оставляю за собой.")],
        id="a-verb-and-a-long-object-over-capitalised-lines-keeps-them-as-its-values",
    ),
    pytest.param(
        "В целях поддержки семьи в области:\n1. Комитету по культуре области, комитету по образованию области, комите",
        [("1", "Комитету по культуре области, комитету по образованию области, комите")],
        id="a-list-without-formula-whose-only-item-the-page-cut-inside-its-addressee",
    ),
    pytest.param(
        "В целях поддержки семьи в области:\n1. Комитет по культуре области и комитет по образованию области\n",
        [],
        id="a-nominative-line-after-a-colon-with-no-verb-opens-no-list",
    ),
    pytest.param(
        "ПРИКАЗЫВАЮ:\n1. Утвердить сроки отчетов.\n2. Отчеты представлять на 2-й день после отчетной даты.\n"
        "Генеральный директор\nРоссийского ст",
        [("1", "Утвердить сроки отчетов."), ("2", "Отчеты представлять на 2-й день после отчетной даты.")],
        id="a-director-generals-signature-ends-the-act",
    ),
    pytest.param(
        "Решили:\nОдобрить работу методического совета.\n",
        [(None, "Одобрить работу методического совета.")],
        id="paragraph-without-list",
    ),
    pytest.param(
        "**ПРОТОКОЛ**\nзаседания совета\n\n**п о с т а н о в и л и :**\n1. Одобрить план.\n",
        [("1", "Одобрить план.")],
        id="bold-markers-are-not-bullets",
    ),
    pytest.param(
        "Просто рассказ о том, как прошла встреча. Никто ничего не решал.\n",
        [],
        id="no-resolutive-part",
    ),
]


@pytest.mark.parametrize("text, expected", DOCS)
def test_items(text: str, expected: list[tuple]) -> None:
    assert items(text) == expected


def test_sections_and_numbering_error() -> None:
    doc = (
        "Участники решили:\n1. Развивать воспитание:\n1.1. Открыть музеи;\n1.2. Создать клубы.\n"
        "1. Обеспечить методическую работу:\n4.1. Провести анализ.\n"
        "5. Поддержка здоровья\n5.1. Создать спортивные секции.\n"
    )
    segs = segment(doc).segments
    assert [(s.number, s.section) for s in segs] == [
        ("1.1", "Развивать воспитание"),
        ("1.2", "Развивать воспитание"),
        ("4.1", "Обеспечить методическую работу"),
        ("5.1", "Поддержка здоровья"),
    ]


def test_addressee_blocks_and_scope_end() -> None:
    doc = (
        "ПРИКАЗЫВАЮ:\n1. Провести олимпиаду.\n2. Директорам школ:\n2.1. обеспечить участие.\n"
        "3. Утвердить:\n3.1. положение;\n3.2. состав жюри.\n4. Контроль оставляю за собой.\n"
    )
    segs = segment(doc).segments
    assert [(s.number, s.block_addressee, s.section) for s in segs] == [
        ("1", None, None),
        ("2.1", "Директорам школ", None),
        ("3.1", None, "Утвердить"),
        ("3.2", None, "Утвердить"),
        ("4", None, None),
    ]


def test_addressee_headings_without_colon() -> None:
    doc = (
        "Решили:\n1. Управлению образования\n1.1. провести совещание;\n1.2. обобщить опыт.\n"
        "Руководителям школ\n- обновить планы;\n- провести собрания.\n"
    )
    segs = segment(doc).segments
    assert [(s.number, s.block_addressee, s.section) for s in segs] == [
        ("1.1", "Управлению образования", None),
        ("1.2", "Управлению образования", None),
        (None, "Руководителям школ", None),
        (None, "Руководителям школ", None),
    ]


@pytest.mark.parametrize("parent, section", [
    # a finished prescribing sentence is a directive, and its sub-items are directives of their own
    ("1. Запретить выжигание сухой травы на землях поселения.", None),
    ("1. Отделу ЖКХ провести обследование мостов до 1 мая.", None),
    # a heading still heads: a colon, a bare verb, an addressee, or sub-items that finish its sentence
    ("1. Провести обследование мостов:", "Провести обследование мостов"),
])
def test_a_parent_item_that_finishes_its_sentence_is_a_directive(parent: str, section: str | None) -> None:
    doc = f"ПОСТАНОВЛЯЕТ:\n{parent}\n1.1. Довести информацию до жителей.\n2. Контроль оставляю за собой.\n"
    segs = segment(doc).segments
    got = [(s.number, s.section) for s in segs]
    if section is None:
        assert got == [("1", None), ("1.1", None), ("2", None)]
    else:
        assert got == [("1.1", section), ("2", None)]


def test_a_parent_item_over_lower_case_sub_items_heads_them() -> None:
    doc = "ПОСТАНОВЛЯЕТ:\n1. Утвердить прилагаемые документы.\n1.1. положение о конкурсе;\n1.2. состав жюри.\n"
    assert [s.number for s in segment(doc).segments] == ["1.1", "1.2"]


def test_unnumbered_sentences_after_a_letter_spaced_formula_in_one_paragraph_are_items() -> None:
    doc = ("О субботнике\n\nО субботнике В целях благоустройства и санитарной очистки территории сельского "
           "поселения р а с п о р я ж а ю с ь: Провести 20 апреля субботник по уборке улиц и скверов поселения. "
           "Руководителям предприятий и учреждений выделить технику. Контроль оставляю за собой.\n")
    assert [s.text for s in segment(doc).segments] == [
        "Провести 20 апреля субботник по уборке улиц и скверов поселения.",
        "Руководителям предприятий и учреждений выделить технику.", "Контроль оставляю за собой.",
    ]


def test_a_members_list_after_a_colon_stays_in_its_unnumbered_item() -> None:
    doc = ("О смотре\n\nО смотре В целях подготовки к районному смотру школьных музеев постановляю: Создать жюри в "
           "составе: Председатель – Лебедев П.А., директор школы; Члены: Орлова Н.В., учитель; Сомов К.К., методист. "
           "Провести смотр до 1 мая.\n")
    assert [s.text for s in segment(doc).segments] == [
        "Создать жюри в составе: Председатель – Лебедев П.А., директор школы; Члены: Орлова Н.В., учитель; "
        "Сомов К.К., методист.", "Провести смотр до 1 мая.",
    ]


def test_an_addressee_heading_wrapped_over_lines_is_read_as_one() -> None:
    doc = (
        "ПОСТАНОВЛЯЮ:\n1. Комитету по образованию администрации района\n(Соколова Е.В.), отделу культуры "
        "администрации\nрайона (Лебедев П.А.):\n1.1. подготовить план\nлетнего отдыха детей;\n"
        "1.2. провести смотр лагерей.\n2. Контроль оставляю за собой.\n"
    )
    segs = segment(doc).segments
    heading = ("Комитету по образованию администрации района (Соколова Е.В.), отделу культуры администрации "
               "района (Лебедев П.А.)")
    assert [(s.number, s.block_addressee, s.text) for s in segs] == [
        ("1.1", heading, "подготовить план летнего отдыха детей;"),
        ("1.2", heading, "провести смотр лагерей."),
        ("2", None, "Контроль оставляю за собой."),
    ]


def test_an_addressee_heading_in_a_narrow_column_wraps_over_seven_lines() -> None:
    doc = ("приказываю:\n1. Руководителям органов управления\nобразованием муниципальных районов и\n"
           "городских округов области,\nруководителям образовательных\nорганизаций, подведомственных\n"
           "Министерству образования и науки\nобласти:\n1.1. Приостановить посещение\nорганизаций.\n"
           "2. Контроль оставляю за собой.\n")
    segs = segment(doc).segments
    assert [s.number for s in segs] == ["1.1", "2"]
    assert segs[0].block_addressee.startswith("Руководителям органов управления образованием")


def test_a_wrapped_item_that_prescribes_is_no_heading() -> None:
    doc = "ПОСТАНОВЛЯЮ:\n1. Отделу культуры провести\nследующие мероприятия:\n1.1. концерт;\n1.2. выставку.\n"
    segs = segment(doc).segments
    assert all(s.block_addressee is None for s in segs)


def test_an_addressee_heading_opens_a_list_without_formula() -> None:
    doc = ("Приказ от 10.02.2021 № 15\n\nОб олимпиаде\n\n1.Руководителям школ района:\n"
           "1.1.Обеспечить участие школьников.\n1.2.Назначить ответственных.\n2. Контроль оставляю за собой.\n")
    segs = segment(doc).segments
    assert [(s.number, s.block_addressee) for s in segs] == [
        ("1.1", "Руководителям школ района"), ("1.2", "Руководителям школ района"), ("2", None),
    ]


def test_a_quoted_new_wording_after_a_colon_stays_in_its_item() -> None:
    doc = ("ПОСТАНОВЛЯЮ:\n1. Дополнить пункт 3 постановления от 10.01.2021 № 2 абзацем следующего содержания:\n"
           "«Плата не взимается с родителей детей-инвалидов».\n\n2. Настоящее постановление опубликовать.\n"
           "3. Контроль оставляю за собой.\n")
    segs = segment(doc).segments
    assert [s.number for s in segs] == ["1", "2", "3"]
    assert segs[0].text.endswith("«Плата не взимается с родителей детей-инвалидов».")


@pytest.mark.parametrize("opening, closing", [
    ('1) подпункт 2.4 изложить в новой редакции:\n"2.4. Поручить отделу культуры:', '2) провести смотр хоров.";'),
    ("1) подпункт 2.4 изложить в новой редакции: «2.4. Поручить отделу культуры:", "2) провести смотр хоров.»;"),
    ("1) дополнить пунктом 6 следующего содержания:\n„6. Поручить отделу культуры:", "2) провести смотр хоров.“;"),
])
def test_a_quoted_new_wording_over_labelled_lines_is_one_item(opening: str, closing: str) -> None:
    doc = (f"ПОСТАНОВЛЯЮ:\n1. Внести в постановление от 3 марта 2019 года № 12 изменения:\n{opening}\n"
           f"1) подготовить концертную программу;\n{closing}\n2) пункт 5 признать утратившим силу.\n"
           "2. Контроль оставляю за собой.\n")
    assert [s.number for s in segment(doc).segments] == ["1", "2", "2"]
    assert items(doc)[0][1].endswith("2) провести смотр хоров." + closing[-2:])


def test_a_new_wording_whose_quote_never_closes_takes_only_its_own_line() -> None:
    # a lost closing quote must not swallow the rest of the act
    lines = "".join(f"{k}) обеспечить работу пункта № {k};\n" for k in range(1, 45))
    doc = ("ПОСТАНОВЛЯЮ:\n1. Пункт 3 изложить в следующей редакции:\n«3. Утвердить план работы комиссии.\n"
           f"{lines}")
    assert len(segment(doc).segments) == 45


def test_a_new_wording_cut_off_with_the_page_is_all_its_items() -> None:
    doc = ('РЕШИЛ:\n1. Пункт 4 изложить в следующей редакции:\n"4. Рекомендовать школам:\n'
           "1) провести уроки мужества;\n2) организовать экскурсии в му")
    assert items(doc) == [("1", 'Пункт 4 изложить в следующей редакции: "4. Рекомендовать школам: '
                                "1) провести уроки мужества; 2) организовать экскурсии в му")]


def test_a_list_without_formula_whose_first_item_prescribes_on_its_second_line() -> None:
    doc = ("О новогоднем празднике\n\nПродолжая традиции празднования Нового года:\n"
           "1. Министерству культуры области (Орлова А.А.)\nподготовить и провести детский праздник.\n"
           "2. Министерству здравоохранения области\nобеспечить дежурство врачей.\n")
    segs = segment(doc).segments
    assert [s.number for s in segs] == ["1", "2"]


@pytest.mark.parametrize("first", [
    # the verb comes late: after a long adverbial, after the act it repeals, glued to its object
    "1. В соответствии с постановлением Правительства Российской Федерации от 2 ноября 2000 года № 841 "
    "«Об утверждении Положения об организации обучения населения в области гражданской обороны» и в целях "
    "закрепления навыков провести в мае 2026 года День защиты детей.",
    "1. Распоряжение Администрации района от 12.04.2026 № 77-р «О запрете посещения лесов» отменить.",
    "1. Внестиизменение в пункт 3 Положения о конкурсе чтецов.",
])
def test_a_list_without_formula_starts_at_its_first_item_when_the_verb_comes_late(first: str) -> None:
    doc = ("О мерах пожарной безопасности\n\nВ связи со снижением пожарной опасности:\n" + first + "\n"
           "2. Отделу образования довести до школ методические рекомендации.\n"
           "3. Контроль за исполнением распоряжения возложить на заместителя главы района.\n")
    assert [s.number for s in segment(doc).segments] == ["1", "2", "3"]


def test_bullets_without_formula_continue_a_preamble_left_open() -> None:
    doc = ("РАСПОРЯЖЕНИЕ\nот 12.05.2026 № 14\nО мерах пожарной безопасности\n"
           "В соответствии с постановлением Правительства области от 02.05.2026 № 121,\n"
           "- До 31.05.2026 запретить разведение костров в лесах поселения.\n"
           "- Контроль за исполнением распоряжения оставляю за собой.\n")
    assert [s.text for s in segment(doc).segments] == [
        "До 31.05.2026 запретить разведение костров в лесах поселения.",
        "Контроль за исполнением распоряжения оставляю за собой."]


def test_a_lone_letter_left_of_the_formula_does_not_close_the_preamble() -> None:
    doc = ("В соответствии с Уставом городского округа,\nП\n"
           "- Установить плату за присмотр и уход за детьми в размере 2000 рублей в месяц.\n"
           "- Признать утратившим силу постановление от 01.10.2013 № 15.\n")
    assert len(segment(doc).segments) == 2


def test_bullets_after_a_closed_sentence_open_no_list_without_formula() -> None:
    doc = ("Меню сайта\n- Главная\n- Новости\nПоселение готовится к празднику.\n"
           "- провести субботник на площади.\n")
    assert segment(doc).segments == []


def test_a_list_whose_second_item_prescribes_nothing_does_not_take_its_first() -> None:
    doc = ("Справка о работе школ\n\n1. Численность учащихся выросла на 5 %.\n"
           "2. Число выпускников составило 120 человек.\n3. Провести совещание директоров школ.\n")
    assert [s.number for s in segment(doc).segments] == ["3"]


def test_unlabelled_sentences_opening_with_their_verb_after_a_colon_line_are_items() -> None:
    doc = ("Об экологических акциях\n\nВо исполнение распоряжения главы Администрации района № 62-р от "
           "24.08.2026 г. «Об экологических акциях»:\nОбъявить о проведении субботников на территории "
           "сельского поселения в сентябре 2026 года.\nПривлечь к проведению акции общественные организации.\n")
    assert [s.text[:10] for s in segment(doc).segments] == ["Объявить о", "Привлечь к"]


def test_labels_alone_on_their_lines_take_the_text_below() -> None:
    doc = ("П О С Т А Н О В Л Я Ю:\n1.\nУтвердить положение о конкурсе.\n2.\nРазместить постановление на\n"
           "официальном сайте.\n3.\nКонтроль оставляю за собой.\nГлава района\n")
    segs = segment(doc).segments
    assert [(s.number, s.text) for s in segs] == [
        ("1", "Утвердить положение о конкурсе."),
        ("2", "Разместить постановление на официальном сайте."),
        ("3", "Контроль оставляю за собой."),
    ]
    assert all(doc[s.start:s.end].startswith(s.number) for s in segs)


def test_unlabelled_clauses_after_a_colon_line_are_items_one_a_line() -> None:
    doc = ("О подготовке к зиме\n\nВ целях своевременной подготовки к отопительному сезону руководителям "
           "управляющих компаний:\nдо 1 сентября 2026 года провести промывку систем отопления;\n"
           "обеспечить запас топлива на период отопительного\nсезона;\nназначить ответственных лиц.\n")
    seg = segment(doc)
    assert [s.text for s in seg.segments] == [
        "до 1 сентября 2026 года провести промывку систем отопления;",
        "обеспечить запас топлива на период отопительного сезона;",
        "назначить ответственных лиц.",
    ]
    assert all(s.preamble_addressees == ["руководителям управляющих компаний"] for s in seg.segments)


def test_unlabelled_lines_under_a_colon_heading_are_its_items() -> None:
    doc = ("ПОСТАНОВЛЯЮ:\n1. Провести смотр.\n2. Утвердить прилагаемые:\nположение о смотре-конкурсе "
           "школьных\nмузеев;\nсостав жюри смотра-конкурса.\n3. Руководителям школ:\nобеспечить участие,\n"
           "назначить ответственных,\nпредставить отчеты.\n4. Контроль оставляю за собой.\n")
    segs = segment(doc).segments
    assert [(s.number, s.section, s.block_addressee, s.text) for s in segs] == [
        ("1", None, None, "Провести смотр."),
        (None, "Утвердить прилагаемые", None, "положение о смотре-конкурсе школьных музеев;"),
        (None, "Утвердить прилагаемые", None, "состав жюри смотра-конкурса."),
        (None, None, "Руководителям школ", "обеспечить участие,"),
        (None, None, "Руководителям школ", "назначить ответственных,"),
        (None, None, "Руководителям школ", "представить отчеты."),
        ("4", None, None, "Контроль оставляю за собой."),
    ]


def test_a_colon_preamble_over_an_addressee_heading_and_its_own_subheading_opens_the_list() -> None:
    doc = ("О мерах безопасности в период паводка\n"
           "В целях предупреждения чрезвычайных ситуаций в период весеннего паводка:\n"
           "1.Главам сельских поселений, руководителям предприятий независимо от форм собственности:\n"
           "в срок до 1 апреля провести следующие мероприятия:\n"
           "организовать дежурство аварийных бригад;\n"
           "очистить водоотводные канавы.\n"
           "2. Контроль за исполнением распоряжения оставляю за собой.\n")
    segs = segment(doc).segments
    heading = "Главам сельских поселений, руководителям предприятий независимо от форм собственности"
    assert [(s.number, s.section, s.block_addressee, s.text) for s in segs] == [
        (None, "в срок до 1 апреля провести следующие мероприятия", heading, "организовать дежурство аварийных бригад;"),
        (None, "в срок до 1 апреля провести следующие мероприятия", heading, "очистить водоотводные канавы."),
        ("2", None, None, "Контроль за исполнением распоряжения оставляю за собой."),
    ]


def test_a_colon_preamble_over_an_item_whose_long_addressee_puts_the_verb_late_opens_the_list() -> None:
    doc = ("О мерах по подготовке к паводку\n"
           "В соответствии с постановлением Правительства области от 01.02.2020 № 15 (с изменениями):\n"
           "1. Руководителям отраслевых и территориальных органов администрации муниципального района, "
           "муниципальных унитарных предприятий района обеспечить готовность сил и средств.\n"
           "2. Контроль за исполнением распоряжения оставляю за собой.\n")
    assert [s.number for s in segment(doc).segments] == ["1", "2"]


def test_an_item_ending_in_a_colon_before_the_next_number_heads_nothing() -> None:
    doc = ("ПРИКАЗЫВАЮ:\n1. Провести торжественные линейки 1 сентября 2024 года в 9.00 в следующих школах:\n"
           "2. Руководителям школ обеспечить охрану порядка.\n3. Контроль оставляю за собой.\n")
    segs = segment(doc).segments
    assert [(s.number, s.section) for s in segs] == [("1", None), ("2", None), ("3", None)]


def test_a_bare_number_before_an_addressee_heading_is_no_part_of_it() -> None:
    doc = "Рекомендовать:\n1 Руководителям школ:\n1. Провести уроки.\n2. Обновить планы.\n"
    assert [s.block_addressee for s in segment(doc).segments] == ["Руководителям школ"] * 2


def test_a_paragraph_before_the_next_number_stays_in_its_item() -> None:
    doc = ("ПРЕДЛАГАЮ:\n1. Главам поселений принять меры по подготовке к паводку.\n"
           "Организовать работу паводковых комиссий.\n2. Отделу ГО и ЧС провести учения.\n"
           "3. Финансовому управлению выделить 7 млн. руб.\nКомитету по делам молодежи на проведение смотра.\n"
           "4. Контроль оставляю за собой.\n")
    segs = segment(doc).segments
    assert [s.number for s in segs] == ["1", "2", "3", "4"]
    assert segs[0].text.endswith("Организовать работу паводковых комиссий.")


@pytest.mark.parametrize("note", [
    "Нумерация пунктов приводится в соответствии с источником",
    "См. текст в предыдущей редакции",
])
def test_a_legal_databases_note_where_items_were_left_out_keeps_the_list(note: str) -> None:
    doc = (f"ПРИКАЗЫВАЮ:\n1. Утвердить состав жюри конкурса.\n{note}\n3. Отделу кадров ознакомить работников "
           "с приказом.\n5. Контроль оставляю за собой.\n")
    assert [s.number for s in segment(doc).segments] == ["1", "3", "5"]


def test_a_footnote_signed_by_the_database_between_items_is_left_out() -> None:
    doc = ("ПРИКАЗЫВАЮ:\n1. Утвердить прилагаемую* Инструкцию.\n________________\n"
           "* Инструкция не приводится. - Примечание изготовителя базы данных.\n2. Контроль оставляю за собой.\n")
    assert [s.text for s in segment(doc).segments] == ["Утвердить прилагаемую* Инструкцию.", "Контроль оставляю за собой."]


def test_a_legal_databases_notes_after_the_formula_and_over_lines_are_left_out() -> None:
    doc = ("Совет депутатов решил:\n(в ред. решения Совета депутатов\nот 12.03.2015 № 7)\n(см. текст в предыдущей редакции\n)\n"
           "1. Утвердить Положение о звании «Почетный житель».\n(в ред. решения\nСовета депутатов от 12.03.2015 № 7)\n"
           "2. Опубликовать решение.\n")
    assert [(s.number, s.text) for s in segment(doc).segments] == [
        ("1", "Утвердить Положение о звании «Почетный житель»."), ("2", "Опубликовать решение.")]


def test_an_editors_note_between_items_is_left_out() -> None:
    doc = ("ПОСТАНОВЛЯЕТ:\n1. Утвердить положение о смотре.\nПостановлением Правительства области от 1 марта 2020 г. "
           "N 5-пП в пункт 2 настоящего постановления внесены изменения\n2. Определить исполнителями смотра "
           "отделы образования.\n")
    segs = segment(doc).segments
    assert [(s.number, s.text) for s in segs] == [
        ("1", "Утвердить положение о смотре."), ("2", "Определить исполнителями смотра отделы образования.")]


def test_a_prescribing_paragraph_where_the_numbering_skips_one_is_the_item_whose_label_was_lost() -> None:
    doc = ("ПОСТАНОВЛЯЮ:\n1. Увеличить штат отдела на 2 единицы.\nВ этих целях финансовому управлению выделить "
           "средства.\n3. Контроль оставляю за собой.\n")
    assert [(s.number, s.text) for s in segment(doc).segments] == [
        ("1", "Увеличить штат отдела на 2 единицы."), (None, "В этих целях финансовому управлению выделить средства."),
        ("3", "Контроль оставляю за собой.")]
    # numbering that goes on: the paragraph is the item's own
    doc = doc.replace("3. Контроль", "2. Контроль")
    assert [s.number for s in segment(doc).segments] == ["1", "2"]


def test_an_item_a_later_act_repealed_is_a_note_not_an_item() -> None:
    doc = ("ПОСТАНОВЛЯЮ:\n1. Утратил силу с 1 июня 2004 года. - Постановление Администрации района от 16.05.2004 № 20.\n"
           "2. Исключен. - Решение Совета от 12.03.2015 № 7.\n3. Разрешить школам использовать средства.\n")
    assert [(s.number, s.text) for s in segment(doc).segments] == [("3", "Разрешить школам использовать средства.")]


def test_an_unlabelled_paragraph_that_charges_an_addressee_after_the_last_item_is_an_item() -> None:
    doc = ("ПОСТАНОВЛЯЕТ:\n1. Одобрить план мероприятий по подготовке к зиме.\n"
           "Министерствам, ведомствам и райисполкомам обеспечить выполнение плана в установленные сроки.\n")
    assert [(s.number, s.text[:26]) for s in segment(doc).segments] == [
        ("1", "Одобрить план мероприятий "), (None, "Министерствам, ведомствам ")]


@pytest.mark.parametrize("closing", [
    "Настоящее постановление вступает в силу со дня его подписания.",
    "Данное решение подлежит опубликованию в газете «Вестник».",
    "Контроль за исполнением распоряжения оставляю за собой.",
])
def test_an_unlabelled_closing_clause_after_the_last_item_is_an_item(closing: str) -> None:
    doc = f"ПОСТАНОВЛЯЮ:\n1. Утвердить положение о конкурсе.\n2. Отделу культуры провести конкурс.\n{closing}\nГлава района\n"
    assert [(s.number, s.text) for s in segment(doc).segments][2:] == [(None, closing)]


def test_a_stray_annex_reference_between_prescribing_items_does_not_end_the_act() -> None:
    doc = ("ПОСТАНОВЛЯЮ:\n1. Закрепить территории за организациями согласно приложению.\nПриложение № 2.\n"
           "2. Директору МУП «Чистота» организовать вывоз мусора.\n3. Контроль оставляю за собой.\n")
    assert [s.number for s in segment(doc).segments] == ["1", "2", "3"]
    annex = ("ПОСТАНОВЛЯЮ:\n1. Утвердить положение.\n2. Контроль оставляю за собой.\nГлава района\nПриложение № 1\n"
             "1. Общие положения\n")
    assert [s.number for s in segment(annex).segments] == ["1", "2"]


def test_a_sentence_opening_with_a_charge_verb_inside_an_item_is_a_directive_of_its_own() -> None:
    doc = ("ПОСТАНОВЛЯЮ:\n1. Принять предложение управления сельского хозяйства о направлении студентов на уборку\n"
           "урожая.\nПоручить начальнику управления сельского хозяйства Петрову П.П. заключить\nдоговоры с хозяйствами.\n"
           "2. Контроль оставляю за собой.\n")
    assert [(s.number, s.text[:22]) for s in segment(doc).segments] == [
        ("1", "Принять предложение уп"), (None, "Поручить начальнику уп"), ("2", "Контроль оставляю за с")]


def test_narrative_after_the_last_item_still_ends_the_list() -> None:
    doc = "РЕШИЛИ:\n1. Провести смотр.\n2. Наградить победителей.\nГлава района сказал, что смотр прошел.\n"
    assert [s.number for s in segment(doc).segments] == ["1", "2"]


def test_item_and_block_deadlines() -> None:
    doc = (
        "Рекомендовать:\nРуководителям школ:\n1. Провести собрания.\nСрок исполнения: сентябрь 2024 г.\n"
        "2. Обновить планы.\nСрок исполнения: постоянно.\n"
        "Управлению образования:\n- 1. Провести совещание;\n- 2. обобщить опыт.\nСрок: до 1 декабря 2024 г.\n"
    )
    segs = segment(doc).segments
    assert [(s.number, s.deadline_source, s.deadline_text) for s in segs] == [
        ("1", "item", "сентябрь 2024 г."),
        ("2", "item", "постоянно."),
        ("1", "block", "до 1 декабря 2024 г."),
        ("2", "block", "до 1 декабря 2024 г."),
    ]


def test_task_list_in_preamble_then_recommendations() -> None:
    doc = (
        "В прошедшем году сделано многое. Определены основные задачи:\n- повысить качество обучения;\n"
        "- развить наставничество.\nУчастники также отметили рост интереса к олимпиадам.\n"
        "Участники считают необходимым:\n- продолжить работу клубов.\n"
    )
    segs = segment(doc).segments
    assert [(s.kind, s.in_task_list, s.text) for s in segs] == [
        ("task", True, "повысить качество обучения;"),
        ("task", True, "развить наставничество."),
        ("recommendation", False, "продолжить работу клубов."),
    ]


def test_spans_point_into_source() -> None:
    doc = "Решили:\n\n1.1.  Обеспечить\nработу кружков;\n1.2. Открыть класс.\n"
    segs = segment(doc).segments
    assert [s.number for s in segs] == ["1.1", "1.2"]
    for s in segs:
        assert doc[s.start:s.end].startswith("1.")
        assert clean_text(doc[s.start:s.end]).endswith(s.text[-5:])


@pytest.mark.parametrize(
    "line, kind",
    [
        ("участники форума **р е к о м е н д у ю т :**", "recommendation"),
        ("Совет муниципального района решил:", "instruction"),
        ("ПРИКАЗЫВАЮ:", "instruction"),
        ("Администрация района постановляет:", "instruction"),
        ("Участники конференции считают необходимым:", "recommendation"),
        ("предлагают основными задачами на новый учебный год считать:", "task"),
        ("Определены первоочередные задачи:", "task"),
        ("было принято следующее решение:", "instruction"),
        ("на заседании правления были приняты следующие решения:", "instruction"),
        ("Коллегией приняты решения:", "instruction"),
        ("Принято решение рекомендовать школам принять меры по вопросам:", "recommendation"),
    ],
)
def test_formulas(line: str, kind: str) -> None:
    formula = find_formula(line)
    assert formula is not None and formula.kind == kind


@pytest.mark.parametrize("line", ["В работе приняли участие:", "Повестка дня", "Решили провести встречу."])
def test_not_formulas(line: str) -> None:
    assert find_formula(line) is None


@pytest.mark.parametrize(
    "heading, expected",
    [
        ("Руководителям общеобразовательных организаций:", ("Руководителям общеобразовательных организаций", None)),
        ("Комитету по образованию:", ("Комитету по образованию", None)),
        ("Рекомендовать муниципальному Собранию:", ("муниципальному Собранию", "recommend_to")),
        ("МБУ «ЦРО»:", ("МБУ «ЦРО»", None)),
        ("Министерствукультуры области:", ("Министерствукультуры области", None)),  # a lost space
        # the formula after a ground or a purpose set off by a comma
        ("В целях развития туризма в районе, рекомендовать главам сельских поселений:",
         ("главам сельских поселений", "recommend_to")),
        ("В связи с ростом заболеваемости, в соответствии с планом работы, поручить отделу образования:",
         ("отделу образования", "charge_to")),
        ("В целях развития туризма провести:", None),
        ("Определить основные направления работы:", None),
        ("Утвердить:", None),
        ("Область дополнительного образования:", None),
    ],
)
def test_heading_addressee(heading: str, expected) -> None:
    found = heading_addressee(heading)
    if expected is None:
        assert found is None
    else:
        assert found is not None
        text, verb = found
        assert (text, verb.name if verb else None) == expected


def test_formula_without_colon_before_a_list() -> None:
    doc = "Заслушав доклад, педагогический совет решил\n1. Принять к сведению.\n2. Провести семинар.\n"
    segs = segment(doc).segments
    assert [s.number for s in segs] == ["1", "2"]


def test_minutes_with_several_questions() -> None:
    doc = (
        "ПРОТОКОЛ\n1. СЛУШАЛИ:\nИванову И.И. о питании.\nРЕШИЛИ:\n1.1. Информацию принять к сведению.\n"
        "1.2. Директорам школ провести проверку.\n2. СЛУШАЛИ:\nПетрова П.П. о ремонте.\nПОСТАНОВИЛИ:\n"
        "2.1. Завершить ремонт до 20 августа.\n"
    )
    segs = segment(doc).segments
    assert [s.number for s in segs] == ["1.1", "1.2", "2.1"]


@pytest.mark.parametrize("title", [
    "2. О мерах по предупреждению лесных пожаров\n",
    "2. О ходе подготовки образовательных учреждений\nк новому учебному году\n",  # wrapped onto a second line
    "2. Об итогах работы за первое полугодие\n(докладчик – Петров П.П.)\n",
])
def test_the_next_questions_title_in_minutes_is_no_directive(title: str) -> None:
    doc = (
        "ПРОТОКОЛ\n1. О паводке\nСЛУШАЛИ: Иванова И.И.\nРЕШИЛИ:\n1.1. Информацию принять к сведению.\n"
        "1.2. Главам поселений провести обследование дамб.\n" + title
        + "СЛУШАЛИ: Сидорова С.С.\nРЕШИЛИ:\n2.1. Отделу образования подготовить отчет.\n"
    )
    segs = segment(doc).segments
    assert [s.number for s in segs] == ["1.1", "1.2", "2.1"]


def test_a_prescribing_item_before_the_next_question_stays() -> None:
    doc = (
        "ПРОТОКОЛ\nРЕШИЛИ:\n1. Информацию принять к сведению.\n2. Главам поселений провести опашку.\n"
        "СЛУШАЛИ: Сидорова С.С.\nРЕШИЛИ:\n1. Отделу образования подготовить отчет.\n"
    )
    segs = segment(doc).segments
    assert [s.number for s in segs] == ["1", "2", "1"]


@pytest.mark.parametrize("doc", [
    "О датах праздника\nОпределить места проведения праздника в 2023 году:\n1) «Проводы зимы»: площадь у клуба;\n"
    "2) «Блины»: парк культуры.\n",
    "О премии\nЗа вклад в развитие культуры:\nПрисудить премию «Лучший коллектив года»:\n- хору ветеранов;\n"
    "- ансамблю «Калинка».\n",
])
def test_a_verbs_heading_opens_the_list_of_an_act_without_formula(doc: str) -> None:
    result = segment(doc)
    assert len(result.segments) == 2
    assert all(s.section and s.section.split()[0] in ("Определить", "Присудить") for s in result.segments)


def test_a_line_of_two_notes_times_and_charges_the_item_above() -> None:
    doc = (
        "ПРОТОКОЛ\nРЕШИЛИ:\n1. Подготовить проект постановления о противопожарном режиме.\n"
        "Ответственный: Иванов И.И. Срок: до 20.03.2019.\n2. Провести опашку.\n"
        "Срок: до 01.05.2019. Ответственные: главы поселений.\n"
    )
    segs = segment(doc).segments
    assert [(s.responsible, s.deadline_text) for s in segs] == [
        ("Иванов И.И.", "до 20.03.2019."), ("главы поселений", "до 01.05.2019.")]


def test_list_without_formula_takes_its_kind_from_the_heading() -> None:
    doc = "РЕКОМЕНДАЦИИ\nкруглого стола\n\n1. Школам провести уроки.\n2. Библиотекам обновить фонды.\n"
    result = segment(doc)
    assert [s.kind for s in result.segments] == ["recommendation", "recommendation"]
    assert result.warnings


def test_roman_section_headings_and_dotted_labels_without_final_dot() -> None:
    doc = (
        "Решили:\nI. Общее образование\n1.1 Обновить программы;\n1.2 Провести семинары.\n"
        "II. Дополнительное образование:\n1. Открыть кружки.\n\uf0b7 Обновить сайт.\n"
    )
    segs = segment(doc).segments
    assert [(s.number, s.section) for s in segs] == [
        ("1.1", "Общее образование"),
        ("1.2", "Общее образование"),
        ("1", "Дополнительное образование"),
        (None, "Дополнительное образование"),
    ]


def test_dash_bullets_inside_a_one_line_act() -> None:
    doc = (
        "РАСПОРЯЖЕНИЕ от 1 июня 2003 г. № 5 О ремонте школ: 1. Утвердить график. 2. Директорам школ: "
        "- завершить ремонт кровли; - обеспечить запас топлива. 3. Контроль оставляю за собой.\n"
    )
    segs = segment(doc).segments
    assert [(s.number, s.block_addressee, s.text) for s in segs] == [
        ("1", None, "Утвердить график."),
        (None, "Директорам школ", "завершить ремонт кровли;"),
        (None, "Директорам школ", "обеспечить запас топлива."),
        ("3", None, "Контроль оставляю за собой."),
    ]


def test_nested_section_inside_an_addressee_block_closes_back_to_the_block() -> None:
    doc = (
        "Решили:\n2. Руководителям школ:\n2.1. В целях воспитания:\nа) проводить уроки;\nб) вовлекать детей.\n"
        "2.2. принять меры по кадрам.\n3. Контроль оставляю за собой.\n"
    )
    segs = segment(doc).segments
    assert [(s.number, s.block_addressee, s.section) for s in segs] == [
        ("а", "Руководителям школ", "В целях воспитания"),
        ("б", "Руководителям школ", "В целях воспитания"),
        ("2.2", "Руководителям школ", None),
        ("3", None, None),
    ]


def test_responsible_lines_attach_to_the_item_above() -> None:
    doc = (
        "ПОСТАНОВИЛИ:\n1. Утвердить план.\nОтветственный: директор Орлов О.О.\n2. Провести собрания.\n"
        "Срок: сентябрь 2025 г.\nОтветственные: классные руководители.\n3. Обновить сайт.\n"
    )
    segs = segment(doc).segments
    assert [(s.number, s.responsible) for s in segs] == [
        ("1", "директор Орлов О.О."), ("2", "классные руководители"), ("3", None),
    ]


def test_roman_section_above_addressee_blocks_and_page_markers() -> None:
    doc = (
        "Участники рекомендуют:\nI. Инженерное образование\nУправлению образования:\n1. Разработать программу.\n"
        "Страница 2 из 3\nШколам\n2. Открыть кружки.\nII. Кадры\nМетодическому центру:\n3. Провести семинар.\n"
    )
    segs = segment(doc).segments
    assert [(s.number, s.section, s.block_addressee) for s in segs] == [
        ("1", "Инженерное образование", "Управлению образования"),
        ("2", "Инженерное образование", "Школам"),
        ("3", "Кадры", "Методическому центру"),
    ]


def test_letter_items_inside_a_one_line_act() -> None:
    doc = "Дума РЕШИЛА: 1. Одобрить опыт. 2. Рекомендовать школам: а) создать лесничества; б) проводить слёты. 3. Контроль оставляю за собой.\n"
    segs = segment(doc).segments
    assert [(s.number, s.text) for s in segs] == [
        ("1", "Одобрить опыт."), ("а", "создать лесничества;"), ("б", "проводить слёты."),
        ("3", "Контроль оставляю за собой."),
    ]


@pytest.mark.parametrize(
    "heading, kind",
    [("Рекомендовать районной больнице:", "recommendation"), ("Просить администрацию района:", "recommendation"),
     ("Поручить отделу культуры:", "instruction"), ("Обязать директоров школ:", "instruction")],
)
def test_formula_verb_in_an_addressee_heading_sets_the_block_kind(heading: str, kind: str) -> None:
    segs = segment(f"Совет решил:\n1. {heading}\n1.1. провести проверку.\n").segments
    assert [s.kind for s in segs] == [kind]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    ["1.", "2.", "12.", "1.1.", "Провести", "семинар", ":", ";", "»", "«", "!", "?", " ", "  ", "\t", "до", "01.09.2024"]
), max_size=14).map("".join))
def test_inline_label_cue_admits_every_inline_label(line: str) -> None:
    from resextract.lexicons.patterns import INLINE_LABEL, INLINE_LABEL_CUE

    if INLINE_LABEL.search(line):
        assert INLINE_LABEL_CUE.search(line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    ["[bookmark: _GoBack]", "[bookmark:", "[bookmark", "**", "*", "1.", "Глава района", "Председатель", "И.о.",
     "И. о.", "Заместитель", "первый заместитель", "Первый заместитель", ". ", "; ", "И.И. Иванов", " ", "\n"]
), max_size=12).map("".join))
@example("Опубликовать решение. Глава района И.И. Иванов")
@example("[bookmark: _GoBack]**1.** Провести")
def test_segmenter_cues_admit_what_their_patterns_match(text: str) -> None:
    from resextract.lexicons.patterns import (
        LABEL_ARTEFACT_CUES, LABEL_ARTEFACTS, TRAILING_SIGNATURE, TRAILING_SIGNATURE_CUE,
    )

    if any(pattern.search(text) for _, pattern, _ in LABEL_ARTEFACTS):
        assert LABEL_ARTEFACT_CUES.search(text)
    if TRAILING_SIGNATURE.search(text):
        assert TRAILING_SIGNATURE_CUE.search(text)


def test_an_unnumbered_act_whose_line_breaks_were_lost_has_one_item_a_sentence() -> None:
    doc = ("О закрытии отделения\n\nВ целях охраны здоровья населения и на основании предписания от 2 марта 2015 года "
           "№ 14 о нарушении санитарных правил в помещениях больницы, постановляю: С 1 апреля 2015 г. закрыть "
           "инфекционное отделение ЦРБ. Главному врачу ЦРБ: - перевести больных в краевую больницу; - до 10 апреля "
           "представить план ремонта.\n")
    segs = segment(doc).segments
    assert [s.text for s in segs] == ["С 1 апреля 2015 г. закрыть инфекционное отделение ЦРБ.",
                                      "перевести больных в краевую больницу;", "до 10 апреля представить план ремонта."]
    assert [s.block_addressee for s in segs][1:] == ["Главному врачу ЦРБ"] * 2


def test_a_dash_wrapped_to_the_start_of_a_line_in_an_unfinished_sentence_continues_it() -> None:
    doc = ('Дума решила:\n   Объявить праздничным днем - "День поселка"\n- дату образования поселка, 3 августа.\n'
           "   Празднование проводить ежегодно.\n")
    assert [s.text for s in segment(doc).segments] == [
        'Объявить праздничным днем - "День поселка" - дату образования поселка, 3 августа.',
        "Празднование проводить ежегодно.",
    ]


def test_dash_bullets_after_a_colon_or_beside_each_other_stay_items() -> None:
    doc = "ПОСТАНОВЛЯЮ:\n1. Провести смотр в школах района\n- гимназии № 1;\n- лицее № 2.\n"
    assert len(segment(doc).segments) == 3


@pytest.mark.parametrize("heading, lines, after", [
    ("2. Образовать штаб по подготовке к паводку в составе:",
     ["1. Орлов - первый заместитель главы района", "2. Белова - начальник финансового управления",
      "3. Гуров - начальник пожарной части."], "3. Обеспечить работу штаба до 1 мая."),
    ("2. Ввести ограничение охоты на участке в следующих границах:",
     ["западная - от д. Луговая по реке до моста;", "восточная - от моста по дороге до д. Луговая."],
     "3. Опубликовать постановление в газете."),
    ("2. Утвердить состав оргкомитета фестиваля:",
     ["Сомова Н.П. - председатель;", "Титов В.В. - секретарь."], "3. Провести фестиваль в июне."),
    # whom the act is brought to
    ("2. Руководителю аппарата довести настоящее распоряжение до сведения:",
     ["1) депутатов Думы и их помощников;", "2) работников аппарата Думы."], "3. Контроль оставляю за собой."),
])
def test_a_list_of_what_the_item_names_after_its_colon_is_the_items_text(heading: str, lines: list[str], after: str) -> None:
    """Members, boundaries: the colon opens what the item's own sentence names, not sub-items; a list
    numbered afresh is told from the outer one by its own count."""
    doc = "ПОСТАНОВЛЯЮ:\n1. Принять информацию к сведению.\n" + "\n".join([heading, *lines, after]) + "\n"
    segs = segment(doc).segments
    assert [(s.number, s.section, s.text) for s in segs] == [
        ("1", None, "Принять информацию к сведению."),
        ("2", None, clean_text(" ".join([heading[3:], *lines]))),
        ("3", None, after[3:]),
    ]


@pytest.mark.parametrize("heading, lines, parts", [
    # bare lines of dates under a schedule's lead are the item's schedule, not sub-items
    ("2. Ограничить движение транспорта по улице Мира в период:",
     ["с 8 часов 1 мая до 18 часов 1 мая 2015 года;", "с 8 часов 9 мая до 18 часов 9 мая 2015 года."], 1),
    ("2. Провести районные соревнования в следующие сроки:",
     ["1 марта - лыжные гонки, биатлон;", "2 марта - хоккей, мини-футбол."], 1),  # no labels "1", "2"
    # stages with labels are items of their own
    ("2. Провести конкурс в три этапа:",
     ["- школьный этап с 1 по 10 октября 2015 года;", "- районный этап в ноябре 2015 года."], 2),
])
def test_bare_schedule_lines_are_the_items_text(heading: str, lines: list[str], parts: int) -> None:
    for after in ("\n3. Контроль оставляю за собой.\n", "\n"):  # the last item too, where the page ends
        doc = "ПОСТАНОВЛЯЮ:\n1. Принять информацию к сведению.\n" + "\n".join([heading, *lines]) + after
        segs = segment(doc).segments
        assert len(segs) == 1 + parts + (after != "\n")
        if parts == 1:
            assert segs[1].text == clean_text(" ".join([heading[3:], *lines]))


@pytest.mark.parametrize("doc, texts", [
    # neither a formula nor a label: paragraphs that charge someone, from the first, are directives
    ("Решение по вопросу о ремонте мостов\n\nВопрос рассматривался на совещании 5 мая 2016 года.\n\n"
     "Министерству транспорта совместно с органами власти области проработать вопрос о ремонте мостов.\n\n"
     "О результатах до 1 июля 2016 года доложить губернатору.\n\nПредседатель совещания\nИ.И. Петров\n",
     ["Министерству транспорта совместно с органами власти области проработать вопрос о ремонте мостов.",
      "О результатах до 1 июля 2016 года доложить губернатору."]),
    # a ground or purpose, however long, before the verb; a paragraph that prescribes nothing is passed over
    ("Распоряжение от 3 марта 2005 г. N 12-р\nВ целях своевременного погашения задолженности областного бюджета "
     "перед организациями жилищно-коммунального хозяйства и энергоснабжающими организациями, обслуживающими "
     "население северных районов области, принять предложение департамента финансов о графике платежей.\n"
     "Список рассылки\nДепартаменту финансов представить в месячный срок отчет.\n",
     ["В целях своевременного погашения задолженности областного бюджета перед организациями жилищно-коммунального "
      "хозяйства и энергоснабжающими организациями, обслуживающими население северных районов области, принять "
      "предложение департамента финансов о графике платежей.",
      "Департаменту финансов представить в месячный срок отчет."]),
    # a finite verb before the infinitive is a formula's clause the prose rule leaves alone; narrative gives none
    ("Протокол слушаний\nВ соответствии с Уставом поселения участники слушаний одобряют проект и советуют "
     "главе поселения внести его на сессию.\n", []),
    ("Новости района\nВ рамках месячника в школах прошли уроки безопасности.\n", []),
])
def test_prose_without_a_formula_or_labels(doc: str, texts: list[str]) -> None:
    assert [s.text for s in segment(doc).segments] == texts


def test_a_numbered_item_prescribes_after_a_long_ground() -> None:
    doc = ("1. В целях своевременной разгрузки городских складов и бесперебойного снабжения населения г. Томска "
           "овощами, топливом и строительными материалами в осенне-зимний период разрешить горисполкому "
           "привлекать грузовой транспорт организаций.\n2. Транспорт привлекается на срок не более 10 дней.\n")
    assert [s.number for s in segment(doc).segments] == ["1", "2"]


def test_a_prescribing_line_is_no_member_of_the_list_above() -> None:
    doc = ("ПОСТАНОВЛЯЮ:\n1. Создать комиссию в составе:\nЛапин - глава поселения;\nСухова - специалист.\n"
           "Председателю комиссии провести обследование до 1 июня.\n")
    assert [s.text for s in segment(doc).segments] == [
        "Создать комиссию в составе: Лапин - глава поселения; Сухова - специалист.",
        "Председателю комиссии провести обследование до 1 июня.",
    ]


def test_a_bare_verb_over_capitalised_objects_heads_them_up_to_a_line_that_prescribes() -> None:
    doc = ("ПРИКАЗЫВАЮ:\nПровести в мае районный конкурс чтецов.\nУтвердить:\nПоложение о конкурсе (приложение 1);\n"
           "Состав жюри конкурса (приложение 2).\nКонтроль за исполнением приказа оставляю за собой.\n")
    segs = segment(doc).segments
    assert [(s.section, s.text) for s in segs] == [
        (None, "Провести в мае районный конкурс чтецов."),
        ("Утвердить", "Положение о конкурсе (приложение 1);"),
        ("Утвердить", "Состав жюри конкурса (приложение 2)."),
        (None, "Контроль за исполнением приказа оставляю за собой."),
    ]


def test_a_bare_verb_over_one_sentence_running_on_in_lower_case_is_one_item() -> None:
    doc = ("ПОСТАНОВЛЯЮ:\n1. Провести смотр.\n2. Утвердить:\nПоложение о смотре согласно приложению 1;\n"
           "состав жюри согласно приложению 2.\n3. Контроль оставляю за собой.\n")
    assert [s.text for s in segment(doc).segments][1] == (
        "Утвердить: Положение о смотре согласно приложению 1; состав жюри согласно приложению 2.")


def test_a_table_flattened_one_cell_per_line_is_the_content_of_the_item_above() -> None:
    doc = ("ПРИКАЗЫВАЮ:\n1. Установить следующие нормы выдачи продуктов:\n\n(кг)\n\nПродукт\n\nЗима\n\nЛето\n\n"
           "Хлеб\n\n0,5\n\n0,4\n\nМолоко\n\n1,0\n\n-\n\n"
           "2. Контроль за исполнением приказа возложить на заместителя директора.\n")
    assert [(s.number, s.text) for s in segment(doc).segments] == [
        ("1", "Установить следующие нормы выдачи продуктов: (кг) Продукт Зима Лето Хлеб 0,5 0,4 Молоко 1,0 -"),
        ("2", "Контроль за исполнением приказа возложить на заместителя директора."),
    ]


def test_lines_of_words_below_a_colon_are_no_table() -> None:
    doc = ("ПРИКАЗЫВАЮ:\n1. Утвердить:\nПоложение о конкурсе;\nСостав жюри;\nСмету расходов;\nПлан мероприятий.\n"
           "2. Контроль за исполнением приказа оставляю за собой.\n")
    assert [s.text for s in segment(doc).segments] == [
        "Положение о конкурсе;", "Состав жюри;", "Смету расходов;", "План мероприятий.",
        "Контроль за исполнением приказа оставляю за собой.",
    ]
