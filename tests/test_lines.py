"""Lines, the segmenter's first stage: clean-up, line classes, inline items and label depth.

The phrases are written for these tables (not copied from data/).
"""
from __future__ import annotations

import pytest

from resextract.text import morph
from resextract.stages.deadlines import is_deadline_value
from resextract.text.lines import (
    Line,
    classify_line,
    clean_text,
    find_deadline_line,
    inline_responsible,
    split_after_formula,
    split_execution_notes,
    label_depth,
    mark_bare_labels,
    split_inline_clauses,
    split_inline_items,
    split_lines,
)


def classified(raw: str) -> Line:
    line = Line(0, len(raw), raw)
    classify_line(line, is_deadline_value)
    return line


# --- clean_text --------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "clean"), [
    ("  Провести   смотр\tкабинетов ", "Провести смотр кабинетов"),
    ("**Решили:**", "Решили:"),
    ("[bookmark: _Toc12]Раздел первый", "Раздел первый"),
    ("таблица | столбец | ещё", "таблица столбец ещё"),
    ("пере\u00adнос", "перенос"),  # a soft hyphen joins its word, as text repair reads it
    ("п р и к а з ы в а ю :", "приказываю :"),
    ("О Б Я З А Т Ь", "ОБЯЗАТЬ"),
    # a letter-spaced formula whose first letter lost its space is split off the word before
    ("Архангельская городская Думар е ш и л а:", "Архангельская городская Дума решила:"),
    ("Администрацияп о с т а н о в л я е т:", "Администрация постановляет:"),
    ("Советап р о е к т", "Советап роект"),  # no formula: the glued letter stays where it is
    ("а б в", "а б в"),  # three letters are a list, not letter-spacing
    ("с 1 по 5 мая", "с 1 по 5 мая"),
    ("", ""),
    ("  \n  ", ""),
])
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_split_lines_keeps_offsets_into_the_text() -> None:
    text = "один\nдва\n\nтри"
    lines = split_lines(text)
    assert [(line.start, line.end, line.raw) for line in lines] == [
        (0, 4, "один"), (5, 8, "два"), (9, 9, ""), (10, 13, "три"),
    ]
    assert all(text[line.start:line.end] == line.raw for line in lines)


# --- Line classes --------------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "cls", "rule"), [
    ("", "blank", "blank_line"),
    ("   ", "blank", "blank_line"),
    ("7", "debris", "page_number"),
    ("- 12 -", "debris", "page_number"),
    ("Страница 3 из 8", "debris", "page_number"),
    ("стр. 4", "debris", "page_number"),
    ("Page 2 of 5", "debris", "page_number"),
    ("2024", "text", "prose"),  # four digits are a year, not a page
    ("_____", "debris", "separator"),
    ("* * *", "debris", "separator"),
    ("-----", "debris", "separator"),
    ("====", "debris", "separator"),
    # a flattened table's border is no dash bullet
    ("------------------------T----------¬", "debris", "separator"),
    ("+--------+--------+", "debris", "separator"),
    ("...", "debris", "separator"),
    (".", "debris", "stray_punctuation"),  # a lone dot under the formula, left by a converter
    (" ;", "debris", "stray_punctuation"),
    ("-", "text", "prose"),  # a lone dash may be a bullet whose text is on the next line: not debris
    ("Глава поселения С.С. Сидоров", "end", "signature_post"),
    ("Председатель совета", "end", "signature_post"),
    ("Председательствующий на конференции А.А. Орлов", "end", "signature_post"),
    ("Ведущий публичных слушаний П.П. Смирнов", "end", "signature_post"),
    ("Ведущий специалист отдела Иванова И.И. обеспечит приём заявок", "text", "prose"),  # a post, not a signer
    ("Вице-губернатор области С.С. Орлов", "end", "signature_post"),
    ("Зам. главы администрации района", "end", "signature_post"),
    ("Замечания комиссии учесть", "text", "prose"),
    ("П.П. Петров", "end", "signature_initials"),
    ("Петров П.П.", "end", "signature_initials"),
    ("Приложение 1", "end", "site_boilerplate"),
    ("Поделиться", "end", "site_boilerplate"),
    ("Скачать документ нельзя - можно заказать бесплатно", "end", "site_boilerplate"),
    ("Скачать (42.5 Кб)", "end", "site_boilerplate"),
    ("Скачать и заполнить анкеты до 1 мая", "text", "prose"),
    ("Дата: 14.02.2011", "end", "site_date_field"),  # a database's field under the act
    ("Дата проведения: 05.03.2024", "text", "prose"),  # an event's date names its field
    ("Заместитель директора обеспечить проверку", "text", "prose"),  # a post with a prescription is no signature
    ("12 человек приняли участие", "text", "prose"),
    ("1. 2024 год объявить годом чтения", "text", "prose"),  # a label before a digit is no label
    ("1. 10 человек направить на сборы.", "text", "prose"),  # nor a sub-number before a lower-case word
    ("Статья 12 Федерального закона от 6 октября 2003 года", "text", "prose"),  # a cited article, wrapped
    ("2024. Год", "text", "prose"),
    ("р е к о м е н д о в а т ь школам", "text", "prose"),
])
def test_line_classes(raw: str, cls: str, rule: str) -> None:
    line = classified(raw)
    assert (line.cls, line.rule) == (cls, rule)


# (raw line, rule, label, number, style, body offset, cleaned body)
ITEMS = [
    ("1. Провести смотр кабинетов.", "label_number", "1.", "1", (False, ".", 1), 3, "Провести смотр кабинетов."),
    ("1.1. Обновить стенды.", "label_dotted", "1.1.", "1.1", (False, ".", 2), 5, "Обновить стенды."),
    ("2.3.1. Закупить мячи.", "label_dotted", "2.3.1.", "2.3.1", (False, ".", 3), 7, "Закупить мячи."),
    ("1.2 Обновить стенды", "label_dotted", "1.2", "1.2", (False, "", 2), 4, "Обновить стенды"),
    ("3) подготовить отчёт;", "label_paren", "3)", "3", (False, ")", 1), 3, "подготовить отчёт;"),
    ("б) провести сборы;", "label_letter", "б)", "б", (False, "", 0), 3, "провести сборы;"),
    ("- обновить сайт;", "label_bullet", "-", None, (True, "", 0), 2, "обновить сайт;"),
    ("• провести беседы;", "label_bullet", "•", None, (True, "", 0), 2, "провести беседы;"),
    ("— составить график;", "label_bullet", "—", None, (True, "", 0), 2, "составить график;"),
    ("IV. Работа с родителями", "label_roman", "IV.", "IV", (False, "", 0), 4, "Работа с родителями"),
    ("- 3. Провести собрание.", "label_bullet_number", "- 3.", "3", (True, ".", 1), 5, "Провести собрание."),
    ("4.Организовать дежурство.", "label_number", "4.", "4", (False, ".", 1), 2, "Организовать дежурство."),
    # a converted table's borders: dashes before the number, a dash glued after its dot
    ("-----2.-Управлению образования провести смотр.", "label_bullet_number", "-----2.", "2", (True, ".", 1), 8,
     "Управлению образования провести смотр."),
    ("**5.** Закупить мебель.", "label_number", "5.", "5", (False, ".", 1), 7, "Закупить мебель."),
    ("[bookmark: _GoBack]6. Оформить стенд.", "label_number", "6.", "6", (False, ".", 1), 22, "Оформить стенд."),
    # a label alone on its line: the text follows on the next (PDF layouts)
    ("2.", "label_number", "2.", "2", (False, ".", 1), 2, ""),
    ("3.1.", "label_dotted", "3.1.", "3.1", (False, ".", 2), 4, ""),
    ("4)", "label_paren", "4)", "4", (False, ")", 1), 2, ""),
    # a date's day after the label: "2.30 апреля" is item 2 of 30 April, and an item may open with its date
    ("2.30 апреля 2024 года считать последним днем сезона.", "label_number", "2.", "2", (False, ".", 1), 2,
     "30 апреля 2024 года считать последним днем сезона."),
    ("1. 26 декабря 2024 года провести елку.", "label_number", "1.", "1", (False, ".", 1), 3,
     "26 декабря 2024 года провести елку."),
    # a bullet's text may open with an amount: the number after a bullet without its dot is no label
    ("- 82 руб. - для детей до трех лет;", "label_bullet", "-", None, (True, "", 0), 2, "82 руб. - для детей до трех лет;"),
    ("• 1 500 рублей – взрослый билет;", "label_bullet", "•", None, (True, "", 0), 2, "1 500 рублей – взрослый билет;"),
    # a typed sub-number with a space after its dot, before a capital; a count after it stays text
    ("2. 3  Отделу культуры провести смотр.", "label_dotted", "2. 3", "2.3", (False, "", 2), 6,
     "Отделу культуры провести смотр."),
    # two spaces typed after each dot of a fixed-width page
    ("     3.  1.  Организовать  проведение смотра.", "label_dotted", "3.  1.", "3.1", (False, ".", 2), 13,
     "Организовать проведение смотра."),
    # the label's dot typed after a space, glued to the text
    ("     2.1 .Провести  смотр хоров.", "label_dotted", "2.1", "2.1", (False, "", 2), 10, "Провести смотр хоров."),
    # a council's decision in articles: "Статья 2" alone on its line, or before its text
    ("Статья 2", "label_article", "Статья 2", "2", (False, "", 1), 8, ""),
    ("Статья 3. Настоящее решение вступает в силу.", "label_article", "Статья 3.", "3", (False, "", 1), 10,
     "Настоящее решение вступает в силу."),
]


@pytest.mark.parametrize(("raw", "rule", "label", "number", "style", "body_offset", "clean"), ITEMS)
def test_item_labels(raw: str, rule: str, label: str, number: str | None, style: tuple, body_offset: int,
                     clean: str) -> None:
    line = classified(raw)
    assert (line.cls, line.rule, line.label, line.number) == ("item", rule, label, number)
    assert (line.style, line.body_offset, line.clean) == (style, body_offset, clean)


@pytest.mark.parametrize(("raw", "value"), [
    ("Срок: до 1 октября 2025 г.", "до 1 октября 2025 г."),
    ("Срок исполнения – в течение учебного года", "в течение учебного года"),
    ("СРОКИ: ноябрь 2025", "ноябрь 2025"),
    ("(срок – до 20 мая 2026 г.)", "до 20 мая 2026 г."),
    ("Срок исполнения до 10.10.2025", "до 10.10.2025"),  # no separator: the value parses
    ("Срок:", ""),  # the value is on the next line
])
def test_deadline_lines(raw: str, value: str) -> None:
    line = classified(raw)
    assert (line.cls, line.rule, line.deadline_value) == ("deadline", "deadline_line", value)


@pytest.mark.parametrize("raw", [
    "Срок исполнения ответственным лицом",  # no separator and no term after it
    "Сроки проведения смотра утвердить",
])
def test_lines_that_only_mention_a_term(raw: str) -> None:
    line = classified(raw)
    assert (line.cls, line.deadline_value) == ("text", None)
    assert find_deadline_line(raw, is_deadline_value) is None


def test_a_line_without_separator_needs_the_value_check() -> None:
    assert find_deadline_line("Срок исполнения до 10.10.2025", lambda value: True) == "до 10.10.2025"
    assert find_deadline_line("Срок исполнения до 10.10.2025", lambda value: False) is None
    assert find_deadline_line("Срок: когда-нибудь", lambda value: False) == "когда-нибудь"


@pytest.mark.parametrize(("raw", "who"), [
    ("Ответственный: завуч Смирнова А.А.", "завуч Смирнова А.А."),  # the initial's dot stays
    ("Ответственные – классные руководители.", "классные руководители"),  # the sentence's dot goes
    ("(ответственный: социальный педагог)", "социальный педагог"),
    ("Исполнитель: секретарь совета", "секретарь совета"),
    ("Отв.: библиотекарь", "библиотекарь"),
])
def test_responsible_lines(raw: str, who: str) -> None:
    line = classified(raw)
    assert (line.cls, line.rule, line.responsible) == ("responsible", "responsible_line", who)


@pytest.mark.parametrize(("raw", "parts"), [
    ("Ответственный: Петров П.П. Срок: до 1 сентября 2021 г.",
     ["Ответственный: Петров П.П.", "Срок: до 1 сентября 2021 г."]),
    ("Срок исполнения – до 15.05.2021; ответственные – руководители школ",
     ["Срок исполнения – до 15.05.2021;", "ответственные – руководители школ"]),
    ("(срок: декабрь 2022 г., исполнитель: отдел культуры)", ["(срок: декабрь 2022 г.,", "исполнитель: отдел культуры)"]),
    # one note, or a second label not after a sentence's end: the line stays whole
    ("Ответственный: начальник отдела Сроков С.С.", ["Ответственный: начальник отдела Сроков С.С."]),
    ("Срок: до 1 мая, ответственный за исполнение которого не назначен", None),
    ("Провести смотр. Срок: до 1 мая. Ответственный: завуч.", None),  # an item, not a note line
])
def test_split_execution_notes(raw: str, parts: list[str] | None) -> None:
    got = split_execution_notes(Line(10, 10 + len(raw), raw))
    assert [p.raw.strip() for p in got] == (parts or [raw])
    assert all(raw[p.start - 10:p.end - 10] == p.raw for p in got)


@pytest.mark.parametrize(("text", "who"), [
    ("Провести обследование дамб. Ответственный: Иванов И.И., начальник отдела ГО. Срок: до 01.04.2021.",
     "Иванов И.И., начальник отдела ГО"),
    ("Организовать субботник; ответственные – старосты населенных пунктов.", "старосты населенных пунктов"),
    ("Обновить стенды. Срок: май 2022 г. Исполнитель: библиотекарь Орлова Н.В.", "библиотекарь Орлова Н.В."),
    # no note after a sentence's end: the words are the item's own
    ("Назначить ответственным: заместителя директора по УВР.", None),
    ("Определить ответственных за проведение олимпиады.", None),
    ("Провести проверку. Срок: до 1 мая.", None),
])
def test_inline_responsible(text: str, who: str | None) -> None:
    assert inline_responsible(text) == who


# --- split_inline_items ----------------------------------------------------------------------------

@pytest.mark.parametrize(("raw", "parts"), [
    pytest.param(
        "Во исполнение распоряжения от 8 сентября 2009 г. №286-р, 1. Провести декаду. 2. Рекомендовать школам "
        "провести уроки.",
        ["Во исполнение распоряжения от 8 сентября 2009 г. №286-р, ", "1. Провести декаду. ",
         "2. Рекомендовать школам провести уроки."],
        id="a-ground-run-into-its-first-item-after-a-comma",
    ),
    pytest.param(
        "Исполком решил: 1. Открыть лагеря. <…> 4. Направлять в лагеря детей до 14 лет. [...] 7. Поручить "
        "гороно подготовить помещения.",
        ["Исполком решил: ", "1. Открыть лагеря. <…> ", "4. Направлять в лагеря детей до 14 лет. [...] ",
         "7. Поручить гороно подготовить помещения."],
        id="an-excerpts-elisions-skip-items",
    ),
    pytest.param(
        "Совет решил: 1. Провести смотр. 2. Наградить победителей. 3. Контроль оставляю за собой.",
        ["Совет решил: ", "1. Провести смотр. ", "2. Наградить победителей. ", "3. Контроль оставляю за собой."],
        id="numbered",
    ),
    pytest.param(
        "Решили: 1. Обновить планы. 2. Директорам школ: 2.1. провести собрания; 2.2. сдать отчёты. "
        "3. Опубликовать решение.",
        ["Решили: ", "1. Обновить планы. ", "2. Директорам школ: ", "2.1. провести собрания; ", "2.2. сдать отчёты. ",
         "3. Опубликовать решение."],
        id="sub-items-may-start-lower-case",
    ),
    pytest.param(
        "Директорам школ: 1. Провести уроки. 2. Рекомендовать родителям: а) проверить рюкзаки; б) купить форму. "
        "3. Отчитаться.",
        ["Директорам школ: ", "1. Провести уроки. ", "2. Рекомендовать родителям: ", "а) проверить рюкзаки; ",
         "б) купить форму. ", "3. Отчитаться."],
        id="letters",
    ),
    pytest.param(
        "Решили: 1. Утвердить график. 2. Директорам школ: - завершить ремонт; - закупить парты. 3. Контроль за собой.",
        ["Решили: ", "1. Утвердить график. ", "2. Директорам школ: ", "- завершить ремонт; ", "- закупить парты. ",
         "3. Контроль за собой."],
        id="dashes",
    ),
    pytest.param(
        "Совет Министров постановляет: 1. Обязать облисполкомы: б) организовать столовые; в) (абзац) выделить "
        "продукты; г) обеспечить тра",
        ["Совет Министров постановляет: ", "1. Обязать облисполкомы: ", "б) организовать столовые; ",
         "в) (абзац) выделить продукты; ", "г) обеспечить тра"],
        id="lone-first-label-after-the-formula-and-letters-of-a-page-cut-before-а",
    ),
    pytest.param("Решили: 1. Первое. 3. Третье.", ["Решили: ", "1. Первое. 3. Третье."], id="3-does-not-follow-1"),
    pytest.param(
        "ПРИКАЗЫВАЮ: 1. Отделам образования: 1) закрыть группы; 2) уведомить родителей; 2. Контроль за собой.",
        ["ПРИКАЗЫВАЮ: ", "1. Отделам образования: ", "1) закрыть группы; ", "2) уведомить родителей; ",
         "2. Контроль за собой."],
        id="numbers-in-parentheses-inside-an-item",
    ),
    pytest.param(
        "Решили: 1) Признать работу удовлетворительной. 2) Отметить рост охвата. 1. Школам: 1.1. провести смотр. "
        "2. Контроль за собой.",
        ["Решили: ", "1) Признать работу удовлетворительной. ", "2) Отметить рост охвата. ", "1. Школам: ",
         "1.1. провести смотр. ", "2. Контроль за собой."],
        id="numbers-in-parentheses-before-the-numbered-list",
    ),
    pytest.param(
        "Решили: 1. Провести уроки. 2. Обновить планы. 3. Сдать отчеты. 2. Управлению образования: - 1. Принять "
        "меры; - 2. провести совещание.",
        ["Решили: ", "1. Провести уроки. ", "2. Обновить планы. ", "3. Сдать отчеты. ", "2. Управлению образования: ",
         "- 1. Принять меры; ", "- 2. провести совещание."],
        id="an-outer-item-heading-its-own-list-goes-on-with-the-outer-count",
    ),
    pytest.param(
        "Решили: 1. Провести смотр. Срок исполнения: май 2026 г. 2. Подвести итоги.",
        ["Решили: ", "1. Провести смотр.", " Срок исполнения: май 2026 г. ", "2. Подвести итоги."],
        id="a-term-line-glued-after-its-item",
    ),
    pytest.param(
        "рекомендовать: 1 Руководителям школ: 1. Провести уроки. 2. Обновить планы. 2 Родителям: 1. Проверить "
        "рюкзаки.",
        ["рекомендовать: ", "1 Руководителям школ: ", "1. Провести уроки. ", "2. Обновить планы. ", "2 Родителям: ",
         "1. Проверить рюкзаки."],
        id="numbering-restarts-under-a-heading",
    ),
    pytest.param(
        "1. Провести месячник чистоты. 2. Рекомендовать предприятиям провести субботники. 3.Контроль оставляю за собой.",
        ["1. Провести месячник чистоты. ", "2. Рекомендовать предприятиям провести субботники. ",
         "3.Контроль оставляю за собой."],
        id="a-line-that-opens-with-a-label-counts-on-from-it",
    ),
    pytest.param(
        "2.3. Провести смотр до 1 мая. 3. Подвести итоги.",
        ["2.3. Провести смотр до 1 мая. ", "3. Подвести итоги."],
        id="a-sub-item-label-at-the-start-goes-on-at-the-outer-level",
    ),
    pytest.param(
        "Исполком решает: 1. Обязать директоров школ провести ремонт в срок до 1 августа 2. Обязать "
        "начальника ЖКО завезти топливо 3. Открыть ассигнование на ремонт в сумме 12 тысяч рублей.",
        ["Исполком решает: ", "1. Обязать директоров школ провести ремонт в срок до 1 августа ",
         "2. Обязать начальника ЖКО завезти топливо ", "3. Открыть ассигнование на ремонт в сумме 12 тысяч рублей."],
        id="labels-whose-sentence-end-was-lost-before-a-verb-that-continue-the-count",
    ),
    pytest.param(
        "РАСПОРЯЖЕНИЕ ГУБЕРНАТОРА 11 октября 2001 г. N 552-рп (НТЦС) 1. Образовать рабочую группу. 2. Отделу "
        "представить предложения.",
        ["РАСПОРЯЖЕНИЕ ГУБЕРНАТОРА 11 октября 2001 г. N 552-рп (НТЦС) ", "1. Образовать рабочую группу. ",
         "2. Отделу представить предложения."],
        id="a-label-after-a-bracket-that-closes-a-headings-note",
    ),
])
def test_split_inline_items(raw: str, parts: list[str]) -> None:
    found = split_inline_items(Line(10, 10 + len(raw), raw))
    assert [p.raw for p in found] == parts
    assert all(p.inline for p in found)
    assert [(p.start, p.end) for p in found] == [
        (10 + raw.index(part), 10 + raw.index(part) + len(part)) for part in parts
    ]


@pytest.mark.parametrize("raw", [
    "1. Выделить на ремонт школы в сумме 3 тысячи рублей 5. Московской области выделить ещё 2 тысячи.",
    "1. Утвердить смету в сумме 120 тысяч рублей 2. Министерство уведомить.",
    "1. Учесть замечания к пунктам 3, 4. Утвердить план в целом.",  # after a comma: no count goes on
])
def test_a_number_after_a_word_is_text_unless_it_continues_the_count_before_a_verb(raw: str) -> None:
    assert [p.raw for p in split_inline_items(Line(0, len(raw), raw))] == [raw]


@pytest.mark.parametrize(("raw", "parts", "clauses"), [
    ("1. Министерству культуры: обеспечить охрану; принять меры по уборке; провести рейды.",
     ["1. Министерству культуры:", " обеспечить охрану;", " принять меры по уборке;", " провести рейды."],
     [False, True, True, True]),
    # a clause may open with its term
    ("2. Правительству области: до 1 сентября 2026 г. разработать программу; до 1.11.2026 утвердить ее.",
     ["2. Правительству области:", " до 1 сентября 2026 г. разработать программу;", " до 1.11.2026 утвердить ее."],
     [False, True, True]),
    ("3. Отделу спорта: ежегодно проводить спартакиаду; в срок до 1 мая 2026 года подготовить отчет.",
     ["3. Отделу спорта:", " ежегодно проводить спартакиаду;", " в срок до 1 мая 2026 года подготовить отчет."],
     [False, True, True]),
    # a heading with a verb of its own is an item, not a heading over clauses
    ("1. Министерству культуры провести: смотр; конкурс.", None, None),
    # one clause after the colon is the item's own text
    ("1. Министерству культуры: обеспечить охрану памятников; и т.д.", None, None),
])
def test_split_inline_clauses(raw: str, parts: list[str] | None, clauses: list[bool] | None) -> None:
    line = Line(5, 5 + len(raw), raw, inline=True)
    found = split_inline_clauses(line, morph.is_infinitive)
    if parts is None:
        assert found == [line]
        return
    assert [p.raw for p in found] == parts and [p.clause for p in found] == clauses
    assert all(raw[p.start - 5:p.end - 5] == p.raw for p in found)


def test_only_lines_of_a_lost_break_text_split_into_clauses() -> None:
    line = Line(0, 60, "1. Министерству культуры: обеспечить охрану; провести рейды.")
    assert split_inline_clauses(line, morph.is_infinitive) == [line]


@pytest.mark.parametrize("raw", [
    "В 2023 г. открыто 5. Новых школ 6. Построено.",  # numbers that do not count from 1
    "Принять решение: 2. Провести. 3. Обсудить.",
    "Итоги года. 1. Одно дело.",  # one label is no list, unless it follows a colon
    "Решили: 1.1. первое. 1.2. второе.",  # sub-items only
    "Итоги: 1. провести смотр. 2. наградить.",  # a lower-case start after a top-level number
])
def test_lines_that_stay_whole(raw: str) -> None:
    line = Line(0, len(raw), raw)
    assert split_inline_items(line) == [line]


# --- label_depth -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("number", "depth"), [
    (None, 0), ("", 0), ("1", 1), ("10", 1), ("1.2", 2), ("2.3.1", 3), ("а", 0), ("IV", 0),
])
def test_label_depth(number: str | None, depth: int) -> None:
    assert label_depth(number) == depth


def test_a_long_line_of_dash_lists_splits_at_bullets_and_headings() -> None:
    raw = ("РЕКОМЕНДАЦИИ совещания руководителей. Участники совещания рекомендуют: Управлению образования: - "
           "провести мониторинг качества подготовки выпускников к экзаменам; - организовать курсы повышения "
           "квалификации учителей математики и физики. Руководителям школ: - обеспечить участие учителей в "
           "курсах; - обновить планы работы методических объединений на новый учебный год; - провести "
           "родительские собрания в сентябре. Родителям: - контролировать посещение занятий детьми.")
    parts = [p.raw for p in split_inline_items(Line(0, len(raw), raw))]
    assert parts[1:4] == ["Управлению образования: ", "- провести мониторинг качества подготовки выпускников к "
                          "экзаменам; ", "- организовать курсы повышения квалификации учителей математики и физики. "]
    assert "Руководителям школ: " in parts and "Родителям: " in parts and len(parts) == 10
    # bullets that open with a capital after a full stop, as task lists print them
    tasks = ("По итогам обсуждения участники предлагают основными задачами на новый учебный год считать: - "
             "Повышение качества образования через развитие "
             "кадрового потенциала. - Развитие профессионального мастерства педагогических кадров и управленческих "
             "команд. - Синхронизация воспитания, обучения и дополнительного образования детей и молодежи. "
             "- Обновление материально-технической базы образовательных организаций района и города.")
    assert len(split_inline_items(Line(0, len(tasks), tasks))) == 5
    # a short line keeps its dashes (a list item of an ordinary document)
    short = "Директорам школ: - обновить стенды; - провести уроки; - сдать отчеты."
    assert split_inline_items(Line(0, len(short), short)) == [Line(0, len(short), short)]


def test_unnumbered_sentences_after_an_inline_formula_are_lines_of_their_own() -> None:
    raw = ("В целях охраны здоровья населения и на основании предписания Роспотребнадзора от 2 марта 2015 года "
           "№ 14 о нарушении санитарных правил в помещениях больницы, постановляю: С 1 апреля 2015 г. закрыть "
           "инфекционное отделение ЦРБ. Главному врачу ЦРБ: - перевести больных в краевую больницу; - до 10 апреля "
           "представить план ремонта.")
    parts = [p.raw.strip() for p in split_after_formula(Line(0, len(raw), raw))]
    assert parts[1:] == ["С 1 апреля 2015 г. закрыть инфекционное отделение ЦРБ.", "Главному врачу ЦРБ:",
                         "- перевести больных в краевую больницу;", "- до 10 апреля представить план ремонта."]
    assert parts[0].endswith("постановляю:")


@pytest.mark.parametrize("raw", [
    "Постановляю: 1. Закрыть отделение.",  # short: the labels split it
    "В соответствии с Уставом района и решением Думы от 1 марта 2015 года № 5, в целях организации отдыха "
    "детей в летний период, а также в связи с проведением ремонта здания школы, администрация района "
    "сообщает: лагерь откроется в июне.",  # no formula verb
])
def test_no_formula_or_a_short_line_is_left_whole(raw: str) -> None:
    assert [p.raw for p in split_after_formula(Line(0, len(raw), raw))] == [raw]


def _marked(text: str) -> list[tuple[str, str | None]]:
    lines = split_lines(text)
    mark_bare_labels(lines)
    for line in lines:
        classify_line(line, is_deadline_value)
    return [(line.cls, line.number) for line in lines if line.cls != "blank"]


def test_numbers_without_a_dot_label_items_where_they_count_one_two_three() -> None:
    text = ("ПОСТАНОВЛЯЮ:\n1 Утвердить:\nсостав штаба (приложение\n1);\nплан учений (приложение 2).\n"
            "2 Рекомендовать главам поселений провести сборы.\n3 Контроль оставляю за собой.\n")
    assert _marked(text) == [("text", None), ("item", "1"), ("text", None), ("text", None), ("text", None),
                             ("item", "2"), ("item", "3")]


def test_one_line_opening_with_a_number_is_no_label() -> None:
    assert _marked("Направить в отдел\n2 Экземпляра акта и описи.\n") == [("text", None), ("text", None)]
