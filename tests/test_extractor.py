"""Extractor rules across stages: kinds, addressee precedence, statements, section verbs, deadlines."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def directives(pipeline, text: str):
    return pipeline.extract(text, doc_id="t").directives


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("Совет решил:\n1. Доклад председателя комиссии принять к сведению.\n2. Поручить школам обновить сайты.\n"
         "3. Рекомендовать родительским комитетам провести собрания.\n4. Данное решение вступает в силу с 1 января.\n",
         ["decision", "instruction", "recommendation", "decision"]),
        ("ПРИКАЗЫВАЮ:\n1. Утвердить план мероприятий.\n2. Директорам школ обеспечить охрану.\n"
         "3. Настоящий приказ подлежит размещению на сайте.\n4. Контроль оставляю за собой.\n",
         ["decision", "instruction", "decision", "decision"]),
        ("Участники рекомендуют:\nШколам района:\n- утвердить планы воспитательной работы;\n",
         ["recommendation"]),
        ("Определены задачи на год:\n- Повышение качества обучения.\n- Развитие наставничества.\n", ["task", "task"]),
        ("ПОСТАНОВЛЯЮ:\n1. Школам провести смотр.\n2. Настоящее постановление вступает в законную силу со дня подписания.\n",
         ["instruction", "decision"]),
        # the report noted without "к сведению"; an information to be sent stays an instruction
        ("Совет депутатов РЕШИЛ:\n1. Принять информацию о ходе выполнения программы благоустройства.\n"
         "2. Направить информацию об итогах смотра в управление образования.\n",
         ["decision", "instruction"]),
        # an item's formula verb after a ground or purpose, with or without a comma; not after "и"
        ("Совет РЕШИЛ:\n1. В целях патриотического воспитания молодежи рекомендовать администрации района "
         "принять решение о названии сквера.\n2. Учитывая замечания, высказанные на слушаниях, одобрить и "
         "рекомендовать к принятию проект бюджета района.\n",
         ["recommendation", "decision"]),
    ],
)
def test_kinds(pipeline, text: str, kinds: list[str]) -> None:
    assert [d.kind for d in directives(pipeline, text)] == kinds


def test_addressee_precedence_inline_over_block_over_preamble(pipeline) -> None:
    text = (
        "Мероприятия должны быть обеспечены отделом образования, школами района.\n"
        "Участники решили:\n1. Провести семинар.\n2. Библиотекам района:\n2.1. обновить фонды.\n"
        "2.2. Методическому кабинету (Ершова Е.Е.) подготовить обзор.\n"
    )
    ds = directives(pipeline, text)
    assert [[(a.normal, a.source) for a in d.addressees] for d in ds] == [
        [("Отдел образования", "preamble"), ("Школы района", "preamble")],
        [("Библиотеки района", "block")],
        [("Методический кабинет", "inline")],
    ]
    assert ds[2].addressees[0].person == "Ершова Е.Е."


@pytest.mark.parametrize("last", ["Контроль за исполнением данного постановл", "Отделу торговли и бытового обслуж",
                                  "Контроль за исполнение решения оставл",
                                  # a cut word that reads as a short participle ("постановлен") reports nothing
                                  "Контроль за выполнением постановлен"])
def test_a_last_item_the_page_cut_mid_word_is_still_a_directive(pipeline, last: str) -> None:
    # the cut word may read as a past verb ("оставл"): it reports nothing
    res = pipeline.extract(f"ПОСТАНОВЛЯЮ:\n1. Провести конкурс.\n2. {last}")
    assert [d.text for d in res.directives] == ["Провести конкурс.", last]


def test_statement_item_is_not_a_directive(pipeline) -> None:
    text = (
        "Решили:\n1) Признать работу удовлетворительной.\n"
        "2) По итогам года определены направления работы, реализация которых должна быть обеспечена "
        "управлением образования.\n1. Провести конкурс.\n"
    )
    res = pipeline.extract(text)
    assert [d.text for d in res.directives] == ["Признать работу удовлетворительной.", "Провести конкурс."]
    assert res.directives[0].addressees == []  # a decision of the body itself
    assert [a.normal for a in res.directives[1].addressees] == ["Управление образования"]
    assert any("prescribes nothing" in w for w in res.warnings)


def test_section_verb_is_the_action_of_noun_items(pipeline) -> None:
    text = "ПРИКАЗЫВАЮ:\n1. Утвердить:\n1.1. положение о смотре;\n1.2. состав жюри.\n"
    ds = directives(pipeline, text)
    assert [(d.section, d.kind, d.action.lemma if d.action else None) for d in ds] == [
        ("Утвердить", "decision", "утвердить"),
        ("Утвердить", "decision", "утвердить"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    # items with no verb and no task noun of their own finish a long heading's sentence, whatever their case
    ("Совет решил:\n1. Установить на территории Лесного сельского поселения:\n1.1. Норму предоставления площади "
     "жилого помещения в размере 16 кв.м.\n1.2. Учетную норму площади в размере 11 кв.м.\n",
     [("decision", "установить"), ("decision", "установить")]),
    ("ПРИКАЗЫВАЮ:\n1. Утвердить режим работы детского сада на 2024-2025 учебный год:\n"
     "1.1. Рабочие дни: понедельник - пятница с 7.00 до 17.30.\n1.2. Выходные дни: суббота, воскресенье.\n",
     [("decision", "утвердить"), ("decision", "утвердить")]),
    # a task noun is the item's own action; an item that names whom it charges is its own sentence
    ("ПОСТАНОВЛЯЮ:\n1. Определить на время выборов:\n1.1. Размещение агитационных материалов на стендах.\n",
     [(None, "размещение")]),
    ("ПОСТАНОВЛЯЮ:\n1. Выделить места для агитационных материалов:\n1.1. на стенде у школы;\n"
     "1.2. Отделу информации администрации разместить перечень мест на сайте.\n",
     [("decision", "выделить"), ("instruction", "разместить")]),
    # a verb that closes a long heading governs the task nouns below it, capitalised or cut by the page
    ("ПРИКАЗЫВАЮ:\n1. Отделу здравоохранения администрации района обеспечить:\n1.1. Выполнение плана "
     "вакцинации населения.\n1.2. В установленно",
     [("instruction", "обеспечить"), ("instruction", "обеспечить")]),
])
def test_items_under_a_verb_heading(pipeline, text: str, expected: list[tuple[str | None, str]]) -> None:
    """(kind, action lemma) of each item; kind None: not specified (annotators differ on it)."""
    got = [(d.kind, d.action.lemma if d.action else None) for d in directives(pipeline, text)]
    assert len(got) == len(expected)
    assert [(k if e is not None else None, a) for (k, a), (e, _) in zip(got, expected)] == expected


@pytest.mark.parametrize(("item", "kind", "addressees", "deadline_end"), [
    # the role or value first, then whom or what it is given: the body's own designation
    ("Ответственным за содержание зимней дороги назначить Сидорова Петра Ивановича.", "decision", [], None),
    ("Ответственным за содержание зимней дороги назначить ведущего специалиста администрации.", "decision", [],
     None),
    ("Последним сроком вывоза мусора с участков определить 15 мая 2012 года.", "decision", [], "2012-05-15"),
    # a dative reading: those responsible are to appoint someone themselves
    ("Ответственным за подготовку совещаний назначить для ведения протоколов секретаря.", "instruction",
     ["Ответственные за подготовку совещаний"], None),
])
def test_a_role_before_its_designation(pipeline, item: str, kind: str, addressees: list[str],
                                        deadline_end: str | None) -> None:
    (d,) = directives(pipeline, "ПОСТАНОВЛЯЮ:\n1. " + item + "\n")
    assert (d.kind, [a.normal for a in d.addressees]) == (kind, addressees)
    assert (d.deadline.end.isoformat() if d.deadline else None) == deadline_end


def test_block_deadline_and_inline_deadline(pipeline) -> None:
    text = (
        "РЕЗОЛЮЦИЯ\n\n1 сентября 2024 года\n\nРекомендовать:\nШколам:\n- 1. провести уроки мужества;\n"
        "- 2. до 15 октября сдать отчеты.\nСрок: IV квартал 2024 г.\nГородскому музею:\n- ежегодно проводить выставки.\n"
    )
    ds = directives(pipeline, text)
    got = [(d.deadline.kind, str(d.deadline.start), str(d.deadline.end), d.deadline.source) for d in ds]
    assert got == [
        ("quarter", "2024-10-01", "2024-12-31", "block"),
        ("quarter", "2024-10-01", "2024-12-31", "block"),
        ("recurring", "None", "None", "inline"),
    ]


def test_trace_names_a_rule_for_every_decided_field(pipeline) -> None:
    res, traces, _ = pipeline.explain("ПРИКАЗЫВАЮ:\n1. Директорам школ до 1 мая 2025 г. сдать отчеты.\n")
    assert len(traces) == 1
    trace = traces[0]
    assert trace["kind"] and trace["addressees"] and trace["actions"] and trace["deadline"] and trace["boundaries"]
    assert res.directives[0].deadline.end.isoformat() == "2025-05-01"


def test_reported_fact_gives_no_default_addressees(pipeline) -> None:
    text = (
        "В двух школах не обеспечен пропускной режим в вечернее время.\nРЕШИЛИ:\n1. Провести проверку.\n"
    )
    assert directives(pipeline, text)[0].addressees == []


def test_times_that_describe_the_object_are_not_deadlines(pipeline) -> None:
    text = (
        "РЕШЕНИЕ\n\n28 августа 2024 г.\n\nРешили:\n1. Одобрить работу управления по реализации проектов "
        "в 2023-2024 учебном году.\n2. Школам отчитаться о ремонте в 2023 году.\n"
        "3. Школам провести проверку в октябре 2024 года.\n"
        "4. Школам представить отчеты к 15.09.2023.\n"  # a misprinted year: "к" sets a term all the same
    )
    ds = directives(pipeline, text)
    assert [d.deadline.kind if d.deadline else None for d in ds] == [None, None, "month", "date"]


def test_formula_verb_section_sets_the_kind_of_its_items(pipeline) -> None:
    text = (
        "ПОСТАНОВЛЯЕТ:\n1. Рекомендовать:\n1.1. ГБУЗ «ЦРБ» (Орлов О.О.) провести медосмотры;\n"
        "1.2. МО МВД России «Северный» обеспечить охрану.\n2. Школам района провести уроки.\n"
    )
    ds = directives(pipeline, text)
    assert [(d.kind, [a.normal for a in d.addressees]) for d in ds] == [
        ("recommendation", ["ГБУЗ «ЦРБ»"]),
        ("recommendation", ["МО МВД России «Северный»"]),
        ("instruction", ["Школы района"]),
    ]


def test_several_people_in_parentheses(pipeline) -> None:
    d = directives(pipeline, "Решили:\n1. Руководителям МО (Сидорова А.А., Ким Б.Б.) обновить планы.\n")[0]
    assert [(a.normal, a.person) for a in d.addressees] == [("Руководители МО", "Сидорова А.А., Ким Б.Б.")]


def test_section_announcing_tasks_makes_its_items_tasks(pipeline) -> None:
    text = (
        "Решили:\n1. Считать основными задачами на 2025 год:\n- повышение качества обучения;\n"
        "- развитие наставничества.\n2. Школам провести семинары.\n"
    )
    ds = directives(pipeline, text)
    assert [(d.kind, d.action.lemma, d.action.form) for d in ds] == [
        ("task", "повышение", "noun"), ("task", "развитие", "noun"), ("instruction", "провести", "infinitive"),
    ]


def test_noun_items_under_a_verb_heading_are_directives(pipeline) -> None:
    text = (
        "ПРИКАЗЫВАЮ:\n1. Провести:\n1) школьный этап олимпиады в сентябре 2025 года;\n"
        "2) муниципальный этап олимпиады в ноябре 2025 года в соответствии с графиком, утвержденным министерством.\n"
    )
    ds = directives(pipeline, text)
    assert [(d.number, d.action.lemma, d.deadline.kind) for d in ds] == [("1", "провести", "month"), ("2", "провести", "month")]


def test_verbless_items_are_timed_with_a_long_heading(pipeline) -> None:
    # the items finish the heading's sentence ("обеспечить проведение ... концерта 2 декабря"), however
    # long the heading's addressee; the heading's own term stays the block's
    text = (
        "ПОСТАНОВЛЯЮ:\n1. Управлению культуры и молодежной политики администрации района обеспечить проведение:\n"
        "1.1. праздничного концерта в районном Доме культуры 2 декабря 2016 года;\n"
        "1.2. выставки работ детских художественных школ.\n"
        "2. Отделу социальной защиты населения администрации района до 1 декабря 2016 года организовать:\n"
        "2.1. чествование ветеранов 5 декабря 2016 года;\n"
    )
    ds = directives(pipeline, text)
    assert [(d.number, d.deadline and (d.deadline.end, d.deadline.source)) for d in ds] == [
        ("1.1", (dt.date(2016, 12, 2), "inline")), ("1.2", None), ("2.1", (dt.date(2016, 12, 1), "block")),
    ]


def _ratio_reference(text: str, sample: int = 20_000) -> bool:
    head = text[:sample]
    letters = sum(1 for c in head if c.isalpha())
    return not letters or sum(1 for c in head if "\u0400" <= c <= "\u04ff") / letters >= 0.3


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["школа ", "school ", "Ж", "z", "123 ", ". ", "ёлка", "Übung ", "\n"]),
                max_size=200).map("".join), st.sampled_from([3, 50, 2_000]), st.sampled_from([40, 20_000]))
def test_russian_check_settles_early_but_answers_as_the_full_count(text: str, chunk: int, sample: int) -> None:
    from resextract.stages.directives import _looks_russian

    assert _looks_russian(text, sample=sample, chunk=chunk) is _ratio_reference(text, sample)


def test_header_trace_names_the_rule_behind_each_header_field(pipeline) -> None:
    text = ("АДМИНИСТРАЦИЯ ГОРОДА ЗАРЕЧНОГО\nПОСТАНОВЛЕНИЕ\n12.03.2024 № 45\n\nО подготовке к отопительному сезону\n\n"
            "ПОСТАНОВЛЯЮ:\n1. Управлению ЖКХ подготовить котельные до 1 сентября 2024 года.\n")
    res, _, header = pipeline.explain(text)
    assert set(header) == {"doc_type", "title", "event", "date", "place"}
    for field in header:
        value = getattr(res, field)
        # a field with a value names the rule that found it; an empty one says "none"
        assert (header[field] == ["none"]) == (value is None), (field, value, header[field])
    assert res.doc_type == "постановление" and str(res.date) == "2024-03-12"


def test_not_russian_text_says_so_in_the_header_trace(pipeline) -> None:
    explanation = pipeline.explain("This is an English memo. Please send the reports by Friday. " * 5)
    assert explanation.resolution.directives == [] and explanation.directives == []
    assert explanation.header == {"doc_type": ["not_russian"]}


# SPEC §3 `kind`: объявить, установить, ввести в действие, создать, запретить, разрешить, выделить
# are the issuing body's own acts when the item charges no one; with an addressee they are its action.
@pytest.mark.parametrize("text, kind, rule", [
    ("ПОСТАНОВЛЯЮ:\n1. Создать рабочую группу по подготовке к празднику.\n", "decision", "item_uncharged_decision_verb"),
    ("ПРИКАЗЫВАЮ:\n1. Объявить благодарность коллективу школы № 3.\n", "decision", "item_uncharged_decision_verb"),
    ("ПРИКАЗЫВАЮ:\n1. Объявляю выговор начальнику склада Сидорову П.П. за нарушение порядка.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Установить размер родительской платы 100 рублей в день.\n", "decision", "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Ввести в действие Положение о смотре-конкурсе.\n", "decision", "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Ввести с 1 по 10 мая 2024 года на территории сельского поселения Ивановское особый "
     "противопожарный режим.\n", "decision", "item_uncharged_decision_verb"),
    ("ПРИКАЗЫВАЮ:\n1. Ввести с 1 сентября в учебные планы школ курс краеведения.\n", "instruction", "order_prikazyvayu"),
    ("ПОСТАНОВЛЯЮ:\n1. Ввести с 1 января 2025 года должность заместителя главы по экономике.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Ввести в состав комиссии по делам несовершеннолетних Петрова П.П.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. С 1 апреля 2024 года запретить проезд грузового транспорта по мосту.\n", "decision",
     "item_uncharged_decision_verb"),
    ("РЕШИЛ:\n1. Учитывая замечания, высказанные депутатами, одобрить проект бюджета.\n", "decision",
     "item_decision_verb"),
    ("РЕШИЛ:\n1. Внести в Положение о порядке проведения публичных слушаний следующие изменения:\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЕТ:\n1. Довести до сведения, что указом Президента установлены новые нормы.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Предоставить помещение дома культуры для проведения встреч с избирателями.\n", "decision",
     "item_uncharged_decision_verb"),
    # a formula's impersonal short participle prescribes, with or without a ground before it
    ("ПОСТАНОВЛЯЕТ:\n- В целях обеспечения отдыха горожан, рекомендовано осуществление торговли с 10.00 до 19.00 час.\n",
     "recommendation", "item_recommend"),
    ("РЕШИЛИ:\n1. Поручено подготовку проекта решения отделу культуры.\n", "instruction", "item_charge"),
    # a formula verb right after the item's addressee sets the kind as it does at the start
    ("ПОСТАНОВЛЯЮ:\n1. Организациям торговли рекомендовать применять надбавки не более 20 %.\n", "recommendation",
     "item_recommend_after_addressee"),
    ("ПРИКАЗЫВАЮ:\n1. Руководителям школ предложить провести родительские собрания.\n", "recommendation",
     "item_propose_after_addressee"),
    # a lost space after the formula verb keeps both the verb and the addressee after it
    ("ПОСТАНОВЛЯЮ:\n1. Рекомендоватьруководителям предприятий провести ревизию котельных.\n", "recommendation",
     "item_recommend"),
    # the body petitions a higher one, or vests a right
    ("РЕШИЛ:\n1. Ходатайствовать перед областной Думой о присвоении поселку статуса села.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Наделить правом получения обязательного экземпляра документов районную библиотеку.\n",
     "decision", "item_uncharged_decision_verb"),
    # a right or a benefit the body grants; a return it asks for is a task
    ("РЕШИЛ:\n1. Предоставить право комитету по финансам в срок до 1 марта перераспределять ассигнования.\n",
     "decision", "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Предоставить с 1 сентября 2024 года бесплатное питание детям из многодетных семей.\n",
     "decision", "item_uncharged_decision_verb"),
    ("ПРИКАЗЫВАЮ:\n1. Предоставить отчеты о работе в отдел образования до 1 марта.\n", "instruction", "order_prikazyvayu"),
    ("ПОСТАНОВЛЯЕТ:\n1. Принять в первом чтении проект закона области «О музеях».\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Контроль за исполнением постановления оставляюза собой.\n", "decision", "item_control_self"),
    # closing clauses the page cut off, and the date the act applies from
    ("ПОСТАНОВЛЯЮ:\n1. Контроль за исполнением постановления оставляю за с", "decision",
     "item_control_self"),
    ("ПОСТАНОВЛЯЮ:\n1. Постановление вступает", "decision", "item_in_force"),
    ("РАСПОРЯЖАЮСЬ:\n1. Распоряжение вступает в с", "decision", "item_in_force"),
    ("РАСПОРЯЖАЮСЬ:\n1. Настоящее распоряжение распространяет свое действие на правоотношения, возникшие с 1 января "
     "2026 года.\n", "decision", "item_in_force"),
    # a lost space after the verb, and a page that cut the clause earlier still
    ("ПОСТАНОВЛЯЮ:\n1. Настоящее постановление вступаетв силу со дня подписания.\n", "decision", "item_in_force"),
    ("ПОСТАНОВЛЯЮ:\n1. Настоящее постановление вступает в", "decision", "item_in_force"),
    ("ПОСТАНОВЛЯЮ:\n1. Настоящее решение вс", "decision", "item_in_force"),
    # a day off the act moves, the resignation it accepts
    ("ПОСТАНОВЛЯЮ:\n1. Перенести в 2026 году выходной день с субботы 3 января на пятницу 9 января.\n",
     "decision", "item_uncharged_decision_verb"),
    ("РАСПОРЯЖАЮСЬ:\n1. Принять отставку правительства города.\n", "decision", "item_uncharged_decision_verb"),
    # publication and entry into force in one closing clause; bodies merged; property lent; a protest taken up
    ("РЕШИЛ:\n1. Решение подлежит официальному опубликованию и вступает в силу с 1 января 2026 года.\n",
     "decision", "item_in_force"),
    ("ПОСТАНОВЛЯЕТ:\n1. Объединить Луговской и Полевой сельсоветы в единый сельсовет с центром в селе Луговом.\n",
     "decision", "item_uncharged_decision_verb"),
    ("РАСПОРЯЖАЮСЬ:\n1. Предоставить во временное пользование сроком на 1 год обществу «Кварц» участок недр.\n",
     "decision", "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЕТ:\n1. Принять к рассмотрению протест прокурора области на статью 11 закона.\n", "decision",
     "item_decision_verb"),
    # what the body classifies; its property lent to a body named first
    ("РАСПОРЯЖАЕТСЯ:\n1. Отнести выявленный объект «Древнее городище» к объектам культурного наследия.\n",
     "decision", "item_uncharged_decision_verb"),
    ("РАСПОРЯЖАЕТСЯ:\n1. Предоставить открытому акционерному обществу «Северная дорога» в аренду сроком на 49 лет "
     "лесной участок.\n", "decision", "item_uncharged_decision_verb"),
    ("РЕШИЛ:\n1. Настоящее решение распространяется на правоотношения, возникшие с 1 января 2024 года.\n",
     "decision", "item_in_force"),
    ("РЕШИЛ:\n1. Запретить выход на лед водоемов района.\n", "decision", "item_uncharged_decision_verb"),
    # the period a ban holds for may come first
    ("ПОСТАНОВЛЯЮ:\n1. В период ограничительных мероприятий (карантина) запретить ввоз скота.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. На период действия ограничительных мероприятий (карантина) по варроатозу пчел запретить "
     "вывоз пчел.\n", "decision", "item_uncharged_decision_verb"),
    # a quarantine the body imposes, and a pay rise it grants; raising the quality of work is a task
    ("ПОСТАНОВЛЯЮ:\n1. Наложить карантин по американской белой бабочке на территории садового товарищества.\n",
     "decision", "item_uncharged_decision_verb"),
    ("РЕШИЛ:\n1. Повысить с 1 января 2025 года в 1,04 раза размеры должностных окладов муниципальных служащих.\n",
     "decision", "item_uncharged_decision_verb"),
    ("РЕШИЛ:\n1. Увеличить штатную численность отдела опеки на 2 единицы.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Повысить качество работы с обращениями граждан.\n", "instruction", "postanovlyaet"),
    # an appeal to the people is the body's word; an application to a body asks someone to act
    ("РЕШИЛ:\n1. Обратиться ко всем жителям района с призывом принять участие в субботнике.\n", "decision",
     "item_uncharged_decision_verb"),
    ("РЕШИЛ:\n1. Обратиться в прокуратуру области с просьбой провести проверку.\n", "instruction", "reshil"),
    # a draft rejected, property taken over
    ("РЕШИЛ:\n1. Отклонить и направить на доработку проект планировки квартала.\n", "decision",
     "item_uncharged_decision_verb"),
    # a report noted with its long title between
    ("РЕШИЛ:\n1. Принять информацию начальника управления ЖКХ Петрова П.П. о ходе подготовки жилищного фонда "
     "и объектов социальной сферы района к зиме к сведению.\n", "decision", "item_decision_verb"),
    # a protest or a petition granted, a session convened: the body's own acts; a need met is work to do
    ("РЕШИЛ:\n1. Удовлетворить протест прокурора района на решение Совета от 5 мая 2010 г. № 12.\n", "decision",
     "item_uncharged_decision_verb"),
    ("РЕШИЛ:\n1. Созвать очередную сессию районного Совета депутатов 22 сентября.\n", "decision",
     "item_uncharged_decision_verb"),
    ("РЕШИЛ:\n1. Удовлетворить потребность школ района в учебниках.\n", "instruction", "reshil"),
    # a draft sent back with its object first, an institution put under a body, the period the act holds for
    ("РЕШИЛ:\n1. Проект положения о парках вернуть администрации района на доработку.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПРИКАЗЫВАЮ:\n1. Подчинить заповедник «Белые горы» Комитету по охране природы.\n", "decision",
     "item_uncharged_decision_verb"),
    ("РЕШИЛ:\n1. Настоящее решение действует с 1 января 2026 года по 31 декабря 2026 года.\n", "decision",
     "item_in_force_period"),
    # a release from a payment however long its object, an institution handed over, a bonus the body awards
    ("ПОСТАНОВЛЯЮ:\n1. Освободить с 01.01.2026 граждан, являющихся опекунами детей, посещающих детские сады "
     "района, от родительской платы.\n", "decision", "item_uncharged_decision_verb"),
    ("РАСПОРЯЖАЮСЬ:\n1. Передать в ведение районной администрации вновь созданное учреждение культуры.\n",
     "decision", "item_uncharged_decision_verb"),
    ("РЕШИЛ:\n1. Премировать лиц, награжденных Почетной грамотой Думы, ценным подарком.\n", "decision",
     "item_uncharged_decision_verb"),
    # the purpose first, then the body's own act; a payment the body grants
    ("ПОСТАНОВЛЯЮ:\n1. Для проведения районного смотра-конкурса создать оргкомитет.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Выплатить в мае 2026 г. единовременную материальную помощь ветеранам.\n", "decision",
     "item_uncharged_decision_verb"),
    # a formula verb after a leading adverbial sets the kind as at the item's start
    ("ПОСТАНОВЛЯЮ:\n1. На время проведения фестиваля рекомендовать предприятиям торговли продлить часы работы.\n",
     "recommendation", "recommend_to_after_adverbial"),
    ("ПРИКАЗЫВАЮ:\n1. В срок до 1 марта поручить отделу кадров подготовить списки.\n", "instruction",
     "charge_to_after_adverbial"),
    # an infinitive before the formula word: the item's own verb, the formula inside its clause
    ("ПРИКАЗЫВАЮ:\n1. До 1 марта провести смотр и рекомендовать школам участвовать в нем.\n", "instruction",
     "order_prikazyvayu"),
    ("ПОСТАНОВЛЯЕТ:\n1. Принять в собственность области из муниципальной собственности мост через реку.\n",
     "decision", "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Ограничить движение грузового транспорта по улице Садовой на время ремонта моста.\n",
     "decision", "item_uncharged_decision_verb"),
    ("РЕШИЛ:\n1. Решение Совета от 12.03.2001 № 5 «О гербе района» оставить без изменений.\n", "decision",
     "item_amend_or_repeal"),
    ("ПОСТАНОВЛЯЮ:\n1. Переименовать школу № 2 в лицей.\n", "decision", "item_uncharged_decision_verb"),
    # amendments of the body's own acts, with an adjective or as additions
    ("ПОСТАНОВЛЯЮ:\n1. Внести соответствующие изменения в приложение к Положению о почетной грамоте.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Внести дополнение в пункт 5 постановления от 12.03.2021 № 40.\n", "decision",
     "item_uncharged_decision_verb"),
    # the body elects or delegates its own members, and fills in its own plan or register
    ("ПОСТАНОВЛЯЕТ:\n1. Избрать в состав счетной комиссии депутатов Орлова А.А. и Белова Б.Б.\n", "decision",
     "item_uncharged_decision_verb"),
    ("РЕШИЛ:\n1. Делегировать в состав совета муниципальных образований главу района.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЕТ:\n1. Внести в план работы Думы на первое полугодие вопрос о бюджете.\n", "decision",
     "item_uncharged_decision_verb"),
    # what the body shares out, restructures or classifies of its own
    ("ПОСТАНОВЛЯЮ:\n1. Распределить квоты вылова между пользователями водными биоресурсами района.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Реструктуризировать сельский клуб муниципального учреждения культуры.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Отнести библиотеку академии к III группе по оплате труда руководителей.\n", "decision",
     "item_uncharged_decision_verb"),
    # a payment worded with a noun
    ("ПОСТАНОВЛЯЮ:\n1. Произвести единовременную выплату в размере 1000 рублей ветеранам труда.\n", "decision",
     "item_uncharged_decision_verb"),
    # a sum the act sets, named before the verb
    ("ПОСТАНОВЛЯЮ:\n1. Размер пособия установить в сумме 500 рублей.\n", "decision", "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Стоимость путевки в лагерь установить в размере 3000 рублей.\n", "decision",
     "item_uncharged_decision_verb"),
    # a grant the body makes, whatever it grants; a return it asks for is a task
    ("ПОСТАНОВЛЯЮ:\n1. Предоставить в период с 1 января по 15 апреля 2026 года пенсионерам, проживающим в районе, "
     "50-процентную скидку по оплате проезда.\n", "decision", "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Предоставить отчеты о выполнении плана в отдел образования до 1 июня 2026 года.\n",
     "instruction", "postanovlyaet"),
    # a ground or a purpose before the verb, closed by a comma
    ("ПОСТАНОВЛЯЮ:\n1. В связи с паводком, выделить из резервного фонда 500 тысяч рублей.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. В целях поддержки садоводов, создать координационный совет.\n", "decision",
     "item_uncharged_decision_verb"),
    # an election commission's own acts on candidates and lists
    ("Избирательная комиссия решила:\n1. Зарегистрировать Петрова Ивана Сергеевича кандидатом в депутаты.\n",
     "decision", "item_uncharged_decision_verb"),
    ("Избирательная комиссия решила:\n1. Заверить список кандидатов, выдвинутый местным отделением партии.\n",
     "decision", "item_uncharged_decision_verb"),
    ("Избирательная комиссия решила:\n1. Отказать Сидорову П.П. в регистрации кандидатом на должность главы.\n",
     "decision", "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Вручить переходящий кубок команде-победителю спартакиады.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Срок действия льготного тарифа продлить до 1 марта 2002 года.\n", "decision",
     "object_first_decision_verb"),
    ("ПОСТАНОВЛЯЕТ:\n1. Внести в перечень объектов муниципальной собственности здание клуба.\n", "decision",
     "item_uncharged_decision_verb"),
    # sanctions, permissions after their object, and an amendment naming the words it replaces
    ("ПОСТАНОВИЛИ:\n1. Дисквалифицировать игрока команды «Заря» Петрова П. на две игры.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВИЛИ:\n1. За неспортивное поведение – оштрафовать клуб «Заря» на 3000 рублей.\n", "decision",
     "object_first_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Рыбную ловлю на озере разрешить по путевкам общества.\n", "decision",
     "object_first_decision_verb"),
    # (the purpose first: the verb after it is the body's own act)
    ("ПОСТАНОВЛЯЮ:\n1. Для проведения голосования на выборах депутатов сельского совета образовать "
     "избирательный участок № 12.\n", "decision", "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. В пункте 2 постановления заменить цифры «2023» цифрами «2024».\n", "decision",
     "item_amend_in_place"),
    ("ПОСТАНОВЛЯЮ:\n1. Заменить слова «до 1 мая» словами «до 1 июня».\n", "decision", "item_uncharged_decision_verb"),
    # lifting a regime the body set, and its position on a draft; snow off the roofs is work to do
    ("ПОСТАНОВЛЯЮ:\n1. Снять карантин по бешенству, установленный на территории села Ивановка.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЕТ:\n1. Не поддерживать проект закона области «О тарифах».\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Снять с крыш снег и наледь.\n", "instruction", "postanovlyaet"),
    # awards the body gives, their object or ground first
    ("ПОСТАНОВЛЯЮ:\n1. Переходящий кубок за лучшую ферму вручить СПК «Родина».\n", "decision",
     "object_first_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. За многолетний добросовестный труд наградить Почетной грамотой Петрова П.П.\n", "decision",
     "object_first_decision_verb"),

    # a norm the act states, its verb reflexive and present, no agent after it; an agent makes it a charge
    ("ПОСТАНОВЛЯЮ:\n1. Плата за пользование катком не взимается с учащихся спортивных школ.\n", "decision",
     "normative_statement"),
    ("ПОСТАНОВЛЯЮ:\n1. Действие пункта 3 распространяется на муниципальные учреждения культуры.\n", "decision",
     "normative_statement"),
    ("ПОСТАНОВЛЯЮ:\n1. Оплата проезда команд производится за счет средств районного бюджета.\n", "decision",
     "normative_statement"),
    ("ПОСТАНОВЛЯЮ:\n1. Решение о выдаче путевок принимается директором спортивной школы.\n", "instruction",
     "postanovlyaet"),
    ("ПРИКАЗЫВАЮ:\n1. Внести в учебные планы школ часы физкультуры.\n", "instruction", "order_prikazyvayu"),
    # what a body does to institutions, rates and its own acts
    ("ПОСТАНОВЛЯЮ:\n1. Учредить ежегодную премию главы района лучшим учителям.\n", "decision", "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Реорганизовать МБОУ «Школа № 4» путем присоединения к ней МБОУ «Школа № 7».\n",
     "decision", "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Закрепить за школами района территории согласно приложению.\n", "decision", "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Открыть с 1 сентября 2026 года группу кратковременного пребывания в детском саду № 2.\n",
     "decision", "item_uncharged_decision_verb"),
    ("РЕШИЛ:\n1. Дать согласие администрации района на ликвидацию школы в деревне Луговой.\n",
     "decision", "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Дополнить пункт 3 постановления от 01.02.2020 № 5 подпунктом 3.4.\n", "decision", "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Приложение к постановлению читать в новой редакции.\n", "decision", "item_amend_or_repeal"),
    # the place in the act first, or the words first: the body amends its act
    ('ПОСТАНОВЛЯЮ:\n1. В пункте 4 постановления слова "отдел культуры" заменить словами "управление культуры".\n',
     "decision", "item_amend_in_place"),
    ("ПРИКАЗЫВАЮ:\n1. В приложении 3 к приказу строку 7 исключить.\n", "decision", "item_amend_in_place"),
    ("РАСПОРЯЖАЮСЬ:\n1. Слова «до 1 мая» заменить словами «до 1 июня».\n", "decision", "item_amend_in_place"),
    ("РЕШИЛИ:\n1. Принять выступление главы поселения к сведению.\n", "decision", "item_decision_verb"),
    # the charge inside a quoted new wording is the amended act's, not this item's
    ('ПОСТАНОВЛЯЮ:\n1. Пункт 3 изложить в следующей редакции:\n"3. Рекомендовать руководителям школ:\n'
     '1) провести уроки мужества;\n2) организовать экскурсии.";\n', "decision", "item_amend_or_repeal"),
    ("РЕШИЛ:\n1. Пункт 2 решения от 05.03.2019 № 7 после слов «детей-сирот» дополнить словами «и инвалидов».\n",
     "decision", "item_amend_or_repeal"),
    ("ПОСТАНОВЛЯЮ:\n1. Передать в муниципальную собственность здание бывшей школы.\n", "decision", "item_uncharged_decision_verb"),
    # the older "воспретить" prohibits as "запретить" does
    ("ПОСТАНОВЛЯЕТ:\n1. Воспретить всякие разговоры о пересмотре плана.\n", "decision", "item_uncharged_decision_verb"),
    # the body nominates, commemorates, hands its own powers over
    ("РЕШИЛА:\n1. Выдвинуть кандидатом на присвоение звания «Почетный гражданин города» Петрова В.С.\n", "decision",
     "item_uncharged_decision_verb"),
    ("РЕШИЛА:\n1. Увековечить память почетного гражданина города установкой мемориальной доски.\n", "decision",
     "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Передать комитету по культуре администрации области функции учредителя театра.\n",
     "decision", "item_uncharged_decision_verb"),
    # a body designated for a role or a status: the body's own act (a person designated is charged, below)
    ("ПОСТАНОВЛЯЮ:\n1. Определить уполномоченным органом по опеке отдел образования.\n", "decision", "item_designation"),
    ("ПОСТАНОВЛЯЮ:\n1. Определить исполнителями операции «Каникулы» отдел полиции и отдел образования.\n",
     "decision", "item_designation"),
    ("ПОСТАНОВЛЯЮ:\n1. Назначить управление культуры координатором проведения фестиваля.\n", "decision",
     "item_designation"),
    ("РЕШИЛ:\n1. Определить администрацию района уполномоченным органом, ответственным за прием заявлений.\n",
     "decision", "item_designation"),
    ("РЕШИЛ:\n1. Отметить положительную работу сельских поселений по подготовке к зиме.\n",
     "decision", "item_uncharged_decision_verb"),
    ("РЕШИЛ:\n1. Принять проект бюджета района в первом чтении.\n", "decision", "item_uncharged_decision_verb"),
    # an appeal or a statement the body adopts is its own text too; measures are work to do
    ("РЕШИЛО:\n1. Принять обращение районного Совета к Губернатору о ремонте моста.\n", "decision",
     "item_uncharged_decision_verb"),
    ("РЕШИЛО:\n1. Принять заявление Совета о поддержке фермеров.\n", "decision", "item_uncharged_decision_verb"),
    # a deputy's inquiry, a plan, a legal act the body adopts (not "активное участие")
    ("РЕШИЛО:\n1. Принять депутатский запрос Сидорова П.П. о состоянии дорог.\n", "decision",
     "item_uncharged_decision_verb"),
    ("РЕШИЛ:\n1. Принять представленный план реконструкции рынка.\n", "decision", "item_uncharged_decision_verb"),
    ("РЕШИЛО:\n1. Принять муниципальный правовой акт «Положение о гербе поселка».\n", "decision",
     "item_uncharged_decision_verb"),
    ("РЕШИЛО:\n1. Принять активное участие в смотре.\n", "instruction", "reshil"),
    # the body extends an act's effect or benefits
    ("ПОСТАНОВЛЯЕТ:\n1. Распространить льготы, установленные решением Совета от 4 мая 2001 г. № 7, на ветеранов труда.\n",
     "decision", "item_uncharged_decision_verb"),
    ("РЕШИЛО:\n1. Принять меры к устранению нарушений.\n", "instruction", "reshil"),
    # the page cut the formula verb itself
    ("ПОСТАНОВЛЯЮ:\n1. Рекомендо", "recommendation", "item_recommend_cut"),
    ("ПОСТАНОВЛЯЮ:\n1. Предлож", "recommendation", "item_recommend_cut"),
    ("ПОСТАНОВЛЯЮ:\n1. В связи с ростом цен на топливо рекоменд", "recommendation", "item_recommend_cut"),
    # a ground before the body's own verb, its comma missing
    ("ПОСТАНОВЛЯЮ:\n1. В связи с аварийным состоянием водопровода выделить поселку 200 тыс. рублей.\n",
     "decision", "item_uncharged_decision_verb"),
    # the repealed act may come before its verb
    ("ПОСТАНОВЛЯЮ:\n1. Постановление администрации района от 12.01.2010 № 4 «О тарифах» считать утратившим силу.\n",
     "decision", "item_amend_or_repeal"),
    ("ПОСТАНОВЛЯЮ:\n1. Настоящее постановление вступает силу со дня подписания.\n", "decision", "item_in_force"),
    # items that only finish an uncharged decision's sentence, a quote or a capital first
    ("РАСПОРЯЖАЮСЬ:\n1. Присудить премию «Лучший коллектив года»:\n- «Калинка», ансамблю народной песни;\n",
     "decision", "section_item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Присвоить:\n- звание «Народный» хору ветеранов Дома культуры.\n", "decision",
     "section_item_uncharged_decision_verb"),
    # a head's first person: "Предлагаю" and "Рекомендую" recommend, "Поручаю" charges, each to the addressee after it
    ("В целях безопасности:\n1. Предлагаю главам сельских поселений провести рейды.\n", "recommendation", "item_propose"),
    ("В целях безопасности:\n1. Рекомендую руководителям школ провести беседы.\n", "recommendation", "item_recommend"),
    ("В целях безопасности:\n1. Поручаю отделу культуры провести концерт.\n", "instruction", "item_charge"),
    # the speakers declare their own stand in the present tense; asking someone in the same item is no declaration
    ("Участники собрания обращаются к главе района с требованиями:\n1. Жители посёлка выражают поддержку "
     "учителям закрываемой школы.\n", "decision", "item_declaration"),
    ("РЕШИЛИ:\n1. Поддерживаем инициативу совета ветеранов о создании музея.\n", "decision", "item_declaration"),
    ("РЕШИЛИ:\n1. Участники поддерживают инициативу и просят администрацию района её реализовать.\n",
     "instruction", "reshil"),
    # a finding on the hearings held, the object before or after the verb
    ("РЕШИЛИ:\n1. Публичные слушания по проекту генерального плана считать состоявшимися.\n", "decision",
     "item_held_valid"),
    ("РЕШИЛИ:\n1. Считать общественные обсуждения проекта состоявшимися.\n", "decision", "item_held_valid"),
    # a heading that leaves its object to the items: they finish the body's own sentence
    ("ПОСТАНОВЛЯЮ:\n1. Установить родительскую плату в следующих размерах:\n- в городе - 90 рублей в день;\n",
     "decision", "section_item_uncharged_decision_verb"),
    # a heading that names its addressees first and ends with the formula verb
    ("ПОСТАНОВЛЯЮ:\n1. Главам сельских поселений, руководителям хозяйств рекомендовать:\n"
     "- провести опашку населенных пунктов;\n", "recommendation", "section_heading_final_recommend"),
    # "Предложить" recommends (SPEC §6); "рекомендую:" is a recommending formula
    ("ПОСТАНОВЛЯЮ:\n1. Предложить главам поселений оказать содействие в подвозе учащихся.\n", "recommendation", "item_propose"),
    ("РЕКОМЕНДУЮ:\n1. Руководителям школ провести беседы о пожарной безопасности.\n", "recommendation", "recommend"),
    # someone is charged: the verb is the addressee's action
    ("ПОСТАНОВЛЯЮ:\n1. Управлению культуры создать рабочую группу.\n", "instruction", None),
    ("ПРИКАЗЫВАЮ:\n1. Определить ответственных лиц за проведение экзаменов в каждой школе.\n", "instruction", None),
    ("ПРИКАЗЫВАЮ:\n1. Назначить Сидорову А.П., методиста, ответственной за сайт.\n", "instruction", None),
    ("ПОСТАНОВЛЯЮ:\nОтделу образования:\n1. Создать комиссию по приемке школ.\n", "instruction", None),
    # not one of the body's own acts: "ввести" alone, an appointment
    ("ПОСТАНОВЛЯЮ:\n1. Ввести в учебный план курс шахмат.\n", "instruction", None),
    ("ПОСТАНОВЛЯЮ:\n1. Назначить ответственным за питание Петрова И.И.\n", "instruction", None),
    # a recommending formula keeps its kind
    ("РЕКОМЕНДОВАТЬ:\n1. Создать советы родителей в каждой школе.\n", "recommendation", None),
    # the object first, then the body's verb, however long the object
    ("ПОСТАНОВЛЯЮ:\n1. Положение о смотре-конкурсе школьных музеев района согласно приложению № 2 утвердить.\n",
     "decision", "object_first_decision_verb"),
    ("ПОСТАНОВЛЯЕТ:\n1. Проект закона области «О музеях» принять в целом.\n",
     "decision", "object_first_decision_verb"),
    ("РЕШИЛ:\n1. Деятельность комиссии по делам молодежи за 2025 год признать удовлетворительной.\n",
     "decision", "object_first_decision_verb"),
    ("ПОСТАНОВИЛ:\n1. Уполномоченным органом по вопросам опеки определить отдел социальной защиты.\n",
     "decision", "object_first_decision_verb"),
    # ... but a role of answering for a task charges whom it names; installing signs is work to do
    ("ПОСТАНОВЛЯЮ:\n1. Ответственным за проведение смотра определить Управление культуры района.\n",
     "instruction", None),
    ("ПОСТАНОВЛЯЮ:\n1. На перекрестке улиц Садовой и Лесной установить светофор.\n", "instruction", None),
    # a permission is the body's decision whoever receives it (SPEC §6)
    ("ПОСТАНОВЛЯЮ:\n1. Муниципальному унитарному предприятию «Рынок» разрешить торговлю на площади Ленина.\n",
     "decision", "permission_after_addressee"),
    # the body's own words and its release of someone, verb first or object first
    ("Совет постановляет:\n1. Выразить благодарность коллективу больницы за помощь пострадавшим.\n",
     "decision", "item_uncharged_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Освободить от уплаты арендной платы общественные организации ветеранов.\n",
     "decision", "item_uncharged_decision_verb"),
    ("РЕШИЛ:\n1. Петрова Ивана Сергеевича освободить от обязанностей секретаря комиссии.\n",
     "decision", "object_first_decision_verb"),
    ("ПОСТАНОВЛЯЮ:\n1. Освободить проезжую часть улиц от снега до 10 декабря 2016 года.\n", "instruction", None),
])
def test_verbs_the_body_performs_itself_are_decisions_when_no_one_is_charged(pipeline, text, kind, rule) -> None:
    res, traces, _ = pipeline.explain(text)
    assert [d.kind for d in res.directives] == [kind]
    if kind == "decision" and rule != "permission_after_addressee":
        assert res.directives[0].addressees == []
    if rule == "section_heading_final_recommend":
        assert [a.normal for a in res.directives[0].addressees] == ["Главы сельских поселений", "Руководители хозяйств"]
    if rule:
        assert traces[0]["kind"] == [rule]


@pytest.mark.parametrize("text, lemmas", [
    # sub-items that finish the heading's sentence (lower case) take its verb, however long it is
    ("ПОСТАНОВЛЯЮ:\n1. Установить с 1 января 2026 года родительскую плату за присмотр и уход в размере:\n"
     "- в городских детских садах - 150 рублей в день;\n- в сельских детских садах - 100 рублей в день.\n",
     ["установить", "установить"]),
    ("ПРИКАЗЫВАЮ:\n1. Открыть в срок до 1 октября 2026 года следующие отделения:\n1.1. в ДЮСШ № 1 отделение бокса;\n"
     "1.2. в ДЮСШ № 2 отделение плавания.\n", ["открыть", "открыть"]),
    # a value line with a task noun but no verb: the heading sets the value
    ("ПОСТАНОВЛЯЮ:\n1. Утвердить тарифы на обслуживание антенн в размере:\n1.1. Абонентная плата – 12 рублей в "
     "месяц;\n1.2. Повторное подключение к антенне – 45 рублей.\n", ["утвердить", "утвердить"]),
    # a sub-item with a verb of its own keeps it
    ("ПРИКАЗЫВАЮ:\n1. Организовать работу по подготовке к зиме, а именно:\n1.1. Проверить котельные;\n",
     ["проверить"]),
])
def test_sub_items_that_finish_the_headings_sentence_take_its_verb(pipeline, text, lemmas) -> None:
    res = pipeline.extract(text)
    assert [d.action.lemma if d.action else None for d in res.directives] == lemmas


@pytest.mark.parametrize("text, expected", [
    # a term in a section heading covers the items under it that print none of their own
    ("ПРИКАЗЫВАЮ:\n1. Провести в срок до 15 мая 2026 года:\n- смотр строя и песни;\n- встречу с ветеранами.\n",
     [("date", None, "2026-05-15", "block")] * 2),
    ("ПОСТАНОВЛЯЮ:\n1. Открыть с 1 сентября 2026 года:\n1.1. группу продленного дня;\n"
     "1.2. кружок робототехники до 1 октября 2026 года.\n",
     [("period", "2026-09-01", None, "block"), ("date", None, "2026-10-01", "inline")]),
    # a heading with no verb names a topic, not a term
    ("ПРИКАЗЫВАЮ:\n1. План на 2026 год:\n1.1. провести конкурс;\n1.2. подвести итоги.\n", [None, None]),
    # a term alone on a line under the heading times the items below it, up to the next such line; an
    # item's own term comes first
    ("ПОСТАНОВЛЯЮ:\n1. Отделу образования обеспечить:\nдо 1 сентября 2026 года:\nремонт школ;\n"
     "подвоз учащихся не позднее 25 августа 2026 года;\nдо 1 октября 2026 года:\nотчет о готовности.\n",
     [("date", None, "2026-09-01", "block"), ("date", None, "2026-08-25", "inline"),
      ("date", None, "2026-10-01", "block")]),
    ("ПРИКАЗЫВАЮ:\nДиректорам школ:\nв срок до 15 мая 2026 года:\n- провести смотр;\n- подвести итоги.\n",
     [("date", None, "2026-05-15", "block")] * 2),
])
def test_a_section_headings_term_covers_its_items(pipeline, text, expected) -> None:
    got = [(d.deadline.kind, d.deadline.start and str(d.deadline.start), d.deadline.end and str(d.deadline.end),
            d.deadline.source) if d.deadline else None for d in directives(pipeline, text)]
    assert got == expected


@pytest.mark.parametrize("text, addressees, lemma", [
    # SPEC §6: "Разрешить X <infinitive>": X is the inline addressee, the infinitive the action
    ("ПОСТАНОВЛЯЮ:\n1. Разрешить управлению культуры провести ярмарку 12 июня.\n", ["Управление культуры"], "провести"),
    ("РЕШИЛ:\n1. Разрешить школам района перенести каникулы на неделю.\n", ["Школы района"], "перенести"),
    # no one named: still the body's permission
    ("ПОСТАНОВЛЯЮ:\n1. Разрешить проведение ярмарки на площади.\n", [], None),
    # an authority granted is a permission too: "Уполномочить X (accusative) <infinitive>"
    ("ПОСТАНОВЛЯЮ:\n1. Уполномочить начальника финансового управления подписывать соглашения.\n",
     ["Начальник финансового управления"], "подписывать"),
    ("РЕШИЛ:\n1. Уполномочить председателя комитета Сидорова С.С. представлять интересы района в суде.\n",
     ["Председатель комитета"], "представлять"),
    # a ground or a term may come before the permission
    ("ПОСТАНОВЛЯЮ:\n1. В связи с проведением Дня пожилых людей разрешить управлению соцзащиты направить средства "
     "на помощь.\n", ["Управление соцзащиты"], "направить"),
])
def test_a_permission_is_a_decision_with_its_receiver_as_addressee(pipeline, text, addressees, lemma) -> None:
    (d,) = directives(pipeline, text)
    assert d.kind == "decision"
    assert [a.normal for a in d.addressees] == addressees
    assert all(a.source == "inline" for a in d.addressees)
    if lemma:
        assert d.action.lemma == lemma


@pytest.mark.parametrize("text, addressees", [
    # SPEC §6: partners after "совместно с" / "при содействии" are not addressees, inline or in a heading
    ("ПРИКАЗЫВАЮ:\n1. Рекомендовать руководителям школ совместно с родительскими комитетами провести субботник.\n",
     ["Руководители школ"]),
    ("ПРИКАЗЫВАЮ:\n1. Отделу спорта при содействии федерации футбола провести турнир.\n", ["Отдел спорта"]),
    # the bounds of the charge close the addressee: "в пределах своих/предоставленных полномочий", "компетенции"
    ("ПОСТАНОВЛЯЮ:\n1. Рекомендовать главам поселений в пределах предоставленных полномочий провести сход.\n",
     ["Главы поселений"]),
    ("ПОСТАНОВЛЯЮ:\n1. Руководителям учреждений в пределах своей компетенции принять меры.\n",
     ["Руководители учреждений"]),
    ("ПОСТАНОВЛЯЮ:\n1. Отделу ЖКХ в пределах своих полномочий обеспечить вывоз снега.\n", ["Отдел ЖКХ"]),
    # when the body is to act ends its name
    ("ПОСТАНОВЛЯЮ:\n1. Рекомендовать Собранию депутатов района на очередном заседании рассмотреть отчет.\n",
     ["Собрание депутатов района"]),
    ("ПОСТАНОВЛЯЮ:\n1. Рекомендовать Думе округа на ближайшей сессии принять решение о бюджете.\n",
     ["Дума округа"]),
    # an aside set off by commas ends the name; without commas "независимо от ..." belongs to it
    ("ПОСТАНОВЛЯЮ:\n1. Руководителям предприятий района, независимо от форм собственности, обеспечить уборку.\n",
     ["Руководители предприятий района"]),
    ("ПОСТАНОВЛЯЮ:\n1. Руководителям предприятий района независимо от форм собственности обеспечить уборку.\n",
     ["Руководители предприятий района независимо от форм собственности"]),
    ("ПОСТАНОВЛЯЮ:\n1. Всем поставщикам тепла, независимоот ведомственной принадлежности, не допускать отключений.\n",
     ["Все поставщики тепла"]),
    # between two bodies of the list, the aside stays with the first and the list goes on
    ("ПОСТАНОВЛЯЮ:\n1. Рекомендовать руководителям предприятий, независимо от форм собственности, фермерам "
     "принять участие в ярмарке.\n", ["Руководители предприятий, независимо от форм собственности", "Фермеры"]),
    # but a place within bounds stays in the name
    ("ПОСТАНОВЛЯЮ:\n1. Организациям, расположенным в пределах городского округа, обеспечить уборку.\n",
     ["Организации, расположенные в пределах городского округа"]),
    ("ПРИКАЗЫВАЮ:\nРуководителям школ совместно с родительскими комитетами:\n1. Провести субботник.\n",
     ["Руководители школ"]),
    # nor is the body whose agreement the task needs
    ("ПОСТАНОВЛЯЮ:\n1. Отделу культуры по согласованию с отделом образования утвердить график концертов.\n",
     ["Отдел культуры"]),
    # "Потребовать от X <infinitive>": X, in the genitive after "от", is charged
    ("ПОСТАНОВЛЯЮ:\n1. Потребовать от глав администраций сельсоветов и руководителей хозяйств обеспечить уборку.\n",
     ["Главы администраций сельсоветов", "Руководители хозяйств"]),
    # nor the names a colon lists before the task of the same sentence
    ("ПОСТАНОВЛЯЮ:\n1. Главам администраций районов города: Ленинского - Тихомирову С.В., Заречного - "
     "Самуйлову А.В. оказать содействие.\n", ["Главы администраций районов города"]),
    ('ПОСТАНОВЛЯЮ:\n1. Руководителям предприятий: ОАО "Ангстрем", ООО "Энергокапитал" обеспечить участие.\n',
     ["Руководители предприятий"]),
    # nor the partner of "во взаимодействии с" / "с участием"
    ("ПОСТАНОВЛЯЮ:\n1. Министерству образования области во взаимодействии с администрациями районов обеспечить "
     "готовность школ.\n", ["Министерство образования области"]),
    # federal bodies' indeclinable short names in a series, each with its country; a bullet's dash after the colon
    ("ПОСТАНОВЛЯЮ:\n1. Минздраву России, Минобрнауки России, Минфину России с участием заинтересованных органов "
     "подготовить предложения.\n", ["Минздрав России", "Минобрнауки России", "Минфин России"]),
    ("РЕШИЛ:\n1. Рекомендовать годовому общему собранию акционеров Общества: — направить прибыль на дивиденды.\n",
     ["Годовое общее собрание акционеров Общества"]),
    # nor the formula verb a lost space glued onto the addressee
    ("ПОСТАНОВЛЯЮ:\n1. Рекомендоватьруководителям предприятий провести ревизию котельных.\n",
     ["Руководители предприятий"]),
    # nor a date the count is taken on ("по состоянию на 1 июля")
    ("ПОСТАНОВЛЯЮ:\n1. Комитету по статистике по состоянию на 1 июля 1997 г. провести перепись скота.\n",
     ["Комитет по статистике"]),
])
def test_partners_and_the_bounds_of_a_charge_are_not_addressees(pipeline, text, addressees) -> None:
    (d,) = directives(pipeline, text)
    assert [a.normal for a in d.addressees] == addressees


@pytest.mark.parametrize("text, deadline", [
    # the body's own act takes place at the time it names
    ("ПОСТАНОВЛЯЮ:\n1. Объявить районный субботник по уборке улиц 12 апреля 2026 года.\n", ("date", "2026-04-12")),
    # what the body approves happened then: no term
    ("РЕШИЛ:\n1. Одобрить работу отдела образования в 2024-2025 учебном году.\n", None),
])
def test_a_time_at_the_end_of_a_decision(pipeline, text, deadline) -> None:
    (d,) = directives(pipeline, text)
    assert d.kind == "decision"
    assert (d.deadline and (d.deadline.kind, str(d.deadline.end))) == deadline


@pytest.mark.parametrize("text, addressees", [
    # a page cut inside the last item's addressee: the fragment is its addressee, as printed
    ("ПРИКАЗЫВАЮ:\n1. Провести смотр.\n2. Начальнику отдела обра", ["Начальник отдела обра"]),
    ("ПОСТАНОВЛЯЮ:\n1. Утвердить план.\n2. Поручить управлению культу", ["Управление культу"]),
    # a lone cut word is no addressee
    ("ПРИКАЗЫВАЮ:\n1. Провести смотр.\n2. Контро", []),
    ("ПРИКАЗЫВАЮ:\n1. Провести смотр.\n2. Контроль за исполнением приказа возложить на замест", []),
    # a finished sentence, or an item that is not the last, is not cut
    ("ПРИКАЗЫВАЮ:\n1. Провести смотр.\n2. Начальнику отдела образования.", []),
    ("ПРИКАЗЫВАЮ:\n1. Начальнику отдела обра\n2. Провести смотр.", None),
    # the head's name in brackets ends the addressee: the letters after it begin the verb
    ("ПРИКАЗЫВАЮ:\n1. Провести смотр.\n2. Комитету по культуре (Петров) осущес", ["Комитет по культуре"]),
    ("ПРИКАЗЫВАЮ:\n1. Провести смотр.\n2. Управлению спорта (Иванова А.А.) о", ["Управление спорта"]),
    ("ПРИКАЗЫВАЮ:\n1. Провести смотр.\n2. Первому заместителю начальника ГУЗО Смирнову В.А. предусмо",
     ["Первый заместитель начальника ГУЗО"]),
    # a conjunct the page cut to a fragment is left out
    ("РАСПОРЯЖАЮСЬ:\n1. Провести смотр.\n2. Контроль за исполнением распоряжения возложить на заместителя "
     "Губернатора области, коорди", ["Заместитель Губернатора области"]),
    ("ПРИКАЗЫВАЮ:\n1. Провести смотр.\n2. Директору школы, руководителям кружков, педаго",
     ["Директор школы", "Руководители кружков"]),
    # ... even one that is a word of its own ("пред", "ф"): after a comma, four letters or fewer
    ("ПОСТАНОВЛЯЮ:\n1. Провести смотр.\n2. Руководителям сельхозпредприятий района, пред",
     ["Руководители сельхозпредприятий района"]),
    ("ПОСТАНОВЛЯЮ:\n1. Провести смотр.\n2. Рекомендовать учреждениям всех типов и форм собственности, ф",
     ["Учреждения всех типов и форм собственности"]),
    # a town's "г." is no initial
    ("ПОСТАНОВЛЯЮ:\n1. Провести смотр.\n2. Управлению финансов администрации г. Липецк", ["Управление финансов администрации г. Липецк"]),
])
def test_an_addressee_cut_by_the_page_end(pipeline, text, addressees) -> None:
    res = pipeline.extract(text)
    if addressees is None:  # only the last item can be cut
        assert res.directives[0].addressees == []
        return
    assert [a.normal for a in res.directives[-1].addressees] == addressees


def test_a_heading_with_an_addressee_and_a_verb_charges_its_sub_items(pipeline) -> None:
    res = pipeline.extract("ПРИКАЗЫВАЮ:\n1. Классным руководителям 5-9 классов обеспечить:\n"
                           "1.1. информирование родителей о графике занятий;\n1.2. контроль посещаемости.\n")
    assert [([a.normal for a in d.addressees], d.action.lemma) for d in res.directives] == [
        (["Классные руководители 5-9 классов"], "обеспечить")] * 2


def test_a_wrapped_addressee_heading_opens_a_list_after_a_preamble_colon(pipeline) -> None:
    res = pipeline.extract("РАСПОРЯЖЕНИЕ\n\nВ целях поддержки педагогов:\n\n1. Управлению образования администрации"
                           "\nрайона (Гуревич) в установленном порядке:\n1.1. Провести конкурс.\n"
                           "1.2. Наградить победителей.\n")
    assert [[(a.normal, a.person) for a in d.addressees] for d in res.directives] == [
        [("Управление образования администрации района", "Гуревич")]] * 2


def test_a_wrapped_heading_of_the_bodys_own_act_makes_its_sub_items_decisions(pipeline) -> None:
    res = pipeline.extract("РАСПОРЯЖЕНИЕ\n\nПОСТАНОВЛЯЮ:\n1. Установить с 1 января 2026 года родительскую плату за\n"
                           "присмотр и уход за ребенком:\n- в детском саду № 1 в размере 120 рублей в день;\n"
                           "- в детском саду № 2 в размере 110 рублей в день.\n2. Контроль оставляю за собой.\n")
    assert [(d.kind, d.action.lemma, d.section) for d in res.directives[:2]] == [
        ("decision", "установить", "Установить с 1 января 2026 года родительскую плату за присмотр и уход за ребенком"),
    ] * 2


def test_an_item_that_ended_does_not_wrap_into_the_heading_below(pipeline) -> None:
    res = pipeline.extract("РЕШИЛИ:\n2.3. Создать на сайте раздел «Опыт» и пополнять его\nпрактиками педагогов.\n\n"
                           "Руководителям школ:\n- провести семинары;\n- обновить планы.\n")
    assert [(d.text[:6], [a.normal for a in d.addressees]) for d in res.directives] == [
        ("Создат", []), ("провес", ["Руководители школ"]), ("обнови", ["Руководители школ"])]


def test_a_nested_heading_without_a_verb_goes_on_with_its_parents(pipeline) -> None:
    res = pipeline.extract("РЕШИЛА:\n1. Утвердить основные характеристики бюджета района:\n1.1. На 2026 год:\n"
                           "общий объем доходов в сумме 1 200,0 тыс. рублей;\nдефицит бюджета в сумме 10,0 тыс. рублей.\n")
    assert [(d.kind, d.action.lemma, d.section) for d in res.directives] == [("decision", "утвердить", "На 2026 год")] * 2


@pytest.mark.parametrize("text, has_deadline", [
    # a decision about a topic: the topic's time is not the act's term
    ("ПОСТАНОВЛЯЕТ:\n1. Принять предложение министерства культуры о проведении с 10 по 20 мая 2026 года "
     "декады национальных культур.\n", False),
    ("РЕШИЛ:\n1. Одобрить инициативу совета ветеранов об организации 9 мая 2026 года шествия.\n", False),
    # however long the topic runs before its time
    ("РЕШИЛ:\n1. Поддержать предложение управления связи об организации подписки на районные, областные и "
     "федеральные газеты и журналы для библиотек на II полугодие 2026 года до 20 мая 2026 года.\n", False),
    # an instruction keeps its term, whatever stands before it
    ("ПОСТАНОВЛЯЕТ:\n1. Министерству культуры обеспечить подготовку о проведении декады до 1 мая 2026 года.\n",
     True),
])
def test_the_time_of_a_decisions_topic_is_no_term(pipeline, text, has_deadline) -> None:
    res = pipeline.extract(text)
    assert (res.directives[0].deadline is not None) == has_deadline


@pytest.mark.parametrize("text, kind, addressee, lemma", [
    ("ПОСТАНОВЛЯЮ:\n1. Поручить отделу архитектуры администрации района подготовку проекта планировки.\n",
     "instruction", "Отдел архитектуры администрации района", "поручить"),
    ("ПОСТАНОВЛЯЮ:\n1. Поручить проведение месячника безопасности отделу ГО и ЧС администрации района.\n",
     "instruction", "Отдел ГО и ЧС администрации района", "поручить"),
    ('ПОСТАНОВЛЯЮ:\n1. Разрешить МУП "Тепловые сети" отключение отопления для ремонта котельной.\n',
     "decision", 'МУП "Тепловые сети"', "разрешить"),
    # the dative before the charge verb is whom it charges; the noun after it is the task
    ("ПОСТАНОВЛЯЮ:\n1. Управлению культуры администрации города поручить проведение смотра хоров.\n",
     "instruction", "Управление культуры администрации города", "поручить"),
    ("РЕШИЛИ:\n1. Комиссии по благоустройству поручить организацию субботника.\n",
     "instruction", "Комиссия по благоустройству", "поручить"),
])
def test_a_charge_verb_with_a_noun_task_names_its_addressee_and_is_the_action(pipeline, text, kind, addressee,
                                                                             lemma) -> None:
    (d,) = directives(pipeline, text)
    assert (d.kind, [a.normal for a in d.addressees], d.action.lemma) == (kind, [addressee], lemma)


@pytest.mark.parametrize("text, lemma", [
    # with no addressee and no verb after it, the charge verb is the action
    ("ПОСТАНОВЛЯЮ:\n1. Разрешить в порядке исключения строительство гаражей в квартале 5.\n", "разрешить"),
    ("ПОСТАНОВЛЯЮ:\n1. Рекомендовать проведение смотра в сельских клубах.\n", "рекомендовать"),
    # a verb after it is the action; a page cut before any task leaves none
    ("ПОСТАНОВЛЯЮ:\n1. Поручить в срок до 1 мая подготовить доклад.\n", "подготовить"),
    ("ПОСТАНОВЛЯЮ:\n1. Рекомендовать рук", None),
])
def test_a_charge_verb_without_an_addressee_or_a_verb_after_it_is_the_action(pipeline, text, lemma) -> None:
    (d,) = directives(pipeline, text)
    assert (d.action.lemma if d.action else None) == lemma


@pytest.mark.parametrize("item, deadline", [
    # dates a participle clause sets are its object, in an instruction too
    ("Перенести смотр хоров на осень, определив датами его проведения 12-14 октября 2026 года.", None),
    ("Провести слёт, установив сроком подачи заявок 1 марта 2026 года.", None),
    # without such a clause the dates time the verb
    ("Провести смотр хоров 12-14 октября 2026 года.", "period"),
])
def test_dates_a_participle_clause_sets_are_no_deadline(pipeline, item: str, deadline: str | None) -> None:
    (d,) = directives(pipeline, f"ПОСТАНОВИЛИ:\n1. {item}\n")
    assert (d.deadline.kind if d.deadline else None) == deadline


@pytest.mark.parametrize("item, deadline", [
    # a decision's time that belongs to its object is no term of the act
    ("Утвердить прилагаемый план месячника безопасности на период с 1 по 30 сентября 2024 года.", None),
    ("Установить сроки купального сезона с 1 июня по 31 августа 2024 года.", None),
    ("Установить даты проведения субботников: 20 и 27 апреля 2024 года.", None),
    ("Определить сроки навигации маломерных судов с 20 мая по 20 октября 2024 года.", None),
    ("Установить срок купального сезона на городском пляже с 1 июня по 31 августа 2024 года.", None),
    ("Установить срок открытия навигации на водоемах района с 20 апреля 2024 года.", "period"),
    ("Определить продолжительность летней оздоровительной кампании с 1 июня по 31 августа 2024 года.", None),
    ("Довести до сведения, что указом Губернатора с 1 сентября 2024 года повышены оклады.", None),
    # a "что" clause that obliges sets a term
    ("Установить, что переход на новую систему осуществляется поэтапно, имея в виду, что этот переход необходимо "
     "завершить до 31 декабря 2024 г.", "date"),
    ("Установить, что отчеты должны представляться до 1 марта 2025 года.", "date"),
    # and so does an end term in it (from when a rule applies does not: "с 1 сентября" above)
    ("Установить, что заявки на участие в конкурсе принимаются отделом культуры до 15 апреля 2025 года.", "date"),
    ("Установить, что предложения по проекту бюджета представляются в комиссию не позднее 1 ноября 2024 г.", "date"),
    # the day the act sets as a date or a holiday
    ("Определить 12 сентября 2024 года датой проведения праздника урожая.", None),
    ("Определить 1 июля 2020 г. в качестве даты проведения голосования по поправкам к уставу.", None),
    ("Определить в качестве дня проведения субботника 20 апреля 2024 года.", None),
    ("Установить праздничным днем района 21 июня.", None),
    ("Объявить 20 апреля 2024 года общегородским субботником.", None),
    ("Объявить 2025 год в районе Годом народного единства.", None),
    # the rate of a sum the act sets
    ("Установить размер стипендии победителям олимпиад в сумме 700 рублей ежемесячно.", None),
    ("Установить надбавку молодым специалистам 20 % ежемесячно.", None),
    # a validity set by the act, and the time of work the body assesses
    ("Установить срок действия полномочий рабочей группы до 31 декабря 2024 года.", None),
    ("Деятельность совета ветеранов в 2023 году признать удовлетворительной.", None),
    # the body's own act takes effect then: a term
    ("Установить с 1 сентября 2024 года родительскую плату в размере 100 рублей в день.", "period"),
    ("Утвердить с 1 сентября 2024 года стоимость питания в размере 60 рублей.", "period"),
    # "на период"/"в период" opens a term of what is set, not the period the act sets
    ("Установить на период паводка с 10 по 25 апреля 2024 года круглосуточное дежурство.", "period"),
    ("Определить в период каникул с 1 по 10 ноября 2024 года дежурные группы.", "period"),
])
def test_a_decisions_time_of_its_object_is_no_deadline(pipeline, item: str, deadline: str | None) -> None:
    (d,) = directives(pipeline, f"ПОСТАНОВЛЯЮ:\n1. {item}\n")
    assert d.kind == "decision" and (d.deadline.kind if d.deadline else None) == deadline


def test_a_heading_decisions_time_of_its_object_is_no_deadline_of_its_items(pipeline) -> None:
    text = ("ПОСТАНОВЛЯЮ:\n1. Утвердить режим работы участковой комиссии на период выборов депутатов:\n"
            "- с понедельника по пятницу: с 14 до 18 часов;\n- суббота: с 10 до 14 часов.\n")
    assert [d.deadline for d in directives(pipeline, text)] == [None, None]


def test_an_outer_headings_term_times_the_items_of_a_nested_heading(pipeline) -> None:
    text = ("ПОСТАНОВЛЯЮ:\n1. Установить с 01.09.2025 следующий порядок приема в детские сады:\n"
            "1.1. В первую очередь места предоставляются детям следующих категорий граждан:\n"
            "- многодетных семей;\n- военнослужащих;\n")
    ds = directives(pipeline, text)
    assert [(d.deadline.kind, str(d.deadline.start), d.deadline.source) for d in ds] == [
        ("period", "2025-09-01", "block")] * 2


def test_a_term_in_an_addressee_heading_times_every_item_under_it(pipeline) -> None:
    text = ("ПРИКАЗЫВАЮ:\n1. Руководителям школ района, до особого распоряжения министерства образования области:\n"
            "1.1. перевести обучение в дистанционный режим;\n1.2. отменить массовые мероприятия.\n"
            "2. Контроль оставляю за собой.\n")
    ds = directives(pipeline, text)
    assert [(d.deadline.kind, d.deadline.source) if d.deadline else None for d in ds] == [
        ("event", "block"), ("event", "block"), None]


def test_an_addressee_after_a_leading_term_keeps_the_term_as_its_deadline(pipeline) -> None:
    res = pipeline.extract("ПОСТАНОВЛЯЮ:\n1. В срок до 1 мая 2024 года руководителям школ провести инструктажи.\n")
    d = res.directives[0]
    assert [a.normal for a in d.addressees] == ["Руководители школ"]
    assert d.action is not None and d.action.lemma == "провести"
    assert d.deadline is not None and d.deadline.end == dt.date(2024, 5, 1)


def test_the_addressee_a_heading_charges_by_a_formula_charges_its_sub_items(pipeline) -> None:
    res = pipeline.extract("ПОСТАНОВЛЯЮ:\n1. Обратить внимание жителей частного сектора на придомовые территории:\n"
                           "- убрать мусор;\n- покрасить заборы.\n")
    assert [[a.normal for a in d.addressees] for d in res.directives] == [["Жители частного сектора"]] * 2
    assert [d.action.lemma for d in res.directives if d.action] == ["убрать", "покрасить"]


@pytest.mark.parametrize("heading, kind, addressee", [
    ("Рекомендовать теплоснабжающим организациям начать подачу тепла:", "recommendation", "Теплоснабжающие организации"),
    ("Предложить управляющим компаниям провести:", "recommendation", "Управляющие компании"),
    ("Просить отдел полиции обеспечить охрану порядка:", "recommendation", "Отдел полиции"),
    ("Обязать руководителей предприятий обеспечить:", "instruction", "Руководители предприятий"),
])
def test_the_addressee_after_a_headings_charge_verb_charges_its_sub_items(pipeline, heading, kind, addressee) -> None:
    res = pipeline.extract(f"ПОСТАНОВЛЯЮ:\n1. {heading}\n1.1. на объекты здравоохранения;\n1.2. на жилищный фонд.\n")
    assert [(d.kind, [a.normal for a in d.addressees]) for d in res.directives] == [(kind, [addressee])] * 2


def test_a_public_appeals_demands_recommend_to_whom_it_appeals(pipeline) -> None:
    text = ("Резолюция собрания жителей\nЖители поселка обращаются к главе района, районному Совету депутатов с "
            "требованиями:\n1. Провести ремонт моста до 1 сентября 2016 года.\n2. Отделу ЖКХ представить план работ.\n")
    res = pipeline.extract(text)
    assert [(d.kind, [a.normal for a in d.addressees]) for d in res.directives] == [
        ("recommendation", ["Глава района", "Районный Совет депутатов"]),
        ("recommendation", ["Отдел ЖКХ"]),
    ]


def test_a_line_after_the_formula_that_charges_a_task_heads_the_items_below(pipeline) -> None:
    # "Рекомендовать X рассмотреть вопросы:" over "- о ..." topics: whom and what, for each topic
    text = ("Правление союза постановляет:\nРекомендовать Совету ветеранов рассмотреть вопросы:\n"
            "- о проведении смотра хоров;\n- о выборах председателя совета.\n")
    got = [(d.kind, [a.normal for a in d.addressees], d.action.lemma if d.action else None)
           for d in pipeline.extract(text).directives]
    assert got == [("recommendation", ["Совет ветеранов"], "рассмотреть")] * 2


def test_a_ground_closed_by_its_verb_heads_the_annexes_it_approves(pipeline) -> None:
    # no formula: "В целях ... утвердить:" over the annexes; an item that charges someone is its own sentence
    text = ("В целях обеспечения работы сборных эвакуационных пунктов утвердить:\n1. Положение о пунктах.\n"
            "2. Перечень документации пункта.\n3. Руководителям организаций обеспечить работу пунктов.\n")
    got = [(d.kind, d.action.lemma if d.action else None) for d in pipeline.extract(text).directives]
    assert got == [("decision", "утвердить"), ("decision", "утвердить"), ("instruction", "обеспечить")]
    # the same with the ground's comma printed
    text = text.replace("пунктов утвердить:", "пунктов, утвердить:")
    got = [(d.kind, d.action.lemma if d.action else None) for d in pipeline.extract(text).directives]
    assert got == [("decision", "утвердить"), ("decision", "утвердить"), ("instruction", "обеспечить")]
    # a ban the body imposes the same way: "В целях ... запретить:" over what it bans
    banned = ("В целях предотвращения размораживания систем отопления запретить:\n1. Опорожнение систем отопления "
              "без согласования.\n2. Подключение обогревателей к электрощитам зданий.\n")
    assert [d.kind for d in pipeline.extract(banned).directives] == ["decision", "decision"]


@pytest.mark.parametrize("text, addressees", [
    # after a leading adverbial, the nominative subject of an obligation, a person or a body
    ("ПОСТАНОВЛЯЮ:\n1. При посещении лесов граждане обязаны неукоснительно выполнять правила пожарной безопасности.\n",
     ["Граждане"]),
    ("ПОСТАНОВЛЯЮ:\n1. В период паводка руководители предприятий должны обеспечить дежурство.\n",
     ["Руководители предприятий"]),
    # a thing is no addressee
    ("ПОСТАНОВЛЯЮ:\n1. В 2026 году объем работ должен составить не менее 5 километров.\n", []),
])
def test_the_subject_of_an_obligation_after_an_adverbial(pipeline, text, addressees) -> None:
    (d,) = directives(pipeline, text)
    assert [a.normal for a in d.addressees] == addressees


@pytest.mark.parametrize("text, addressees", [
    # a second formula verb after the first addressee shares its task
    ("ПОСТАНОВЛЯЮ:\n1. Поручить краевым органам исполнительной власти и рекомендовать органам местного "
     "самоуправления обеспечить охрану памятников.\n",
     ["Краевые органы исполнительной власти", "Органы местного самоуправления"]),
    ("ПОСТАНОВЛЯЮ:\n1. Поручить отделу культуры, а также рекомендовать руководителям школ провести смотр.\n",
     ["Отдел культуры", "Руководители школ"]),
    # "и" inside the first name is no second formula
    ("ПОСТАНОВЛЯЮ:\n1. Поручить отделу культуры и спорта провести турнир.\n", ["Отдел культуры и спорта"]),
    # several people in charge, surnames alone, in brackets
    ("ПРИКАЗЫВАЮ:\n1. Руководителям лечебных учреждений (Данилейко, Минаков, Никифоров) провести осмотр.\n",
     ["Руководители лечебных учреждений"]),
])
def test_two_formulas_and_several_people_in_brackets(pipeline, text, addressees) -> None:
    (d,) = directives(pipeline, text)
    assert [a.normal for a in d.addressees] == addressees


def test_a_permission_under_an_addressee_heading_goes_to_that_addressee(pipeline) -> None:
    text = ("ПОСТАНОВЛЯЮ:\n1. Руководителям лечебных учреждений:\n1.1. Разрешить отзывать из отпусков медицинских "
            "работников;\n1.2. Организовать дежурство.\n2. Создать штаб.\n")
    got = [(d.kind, [a.normal for a in d.addressees]) for d in pipeline.extract(text).directives]
    assert got == [("decision", ["Руководители лечебных учреждений"]),
                   ("instruction", ["Руководители лечебных учреждений"]), ("decision", [])]


def test_a_towns_letter_is_no_task(pipeline) -> None:
    text = ("ПОСТАНОВЛЯЮ:\n1. Признать победителями конкурса:\nЛучшее муниципальное образование:\n"
            "- г. Ливны - дипломом 1-й степени;\n- г. Мценск - дипломом 2-й степени.\n")
    assert all(d.action is None or d.action.lemma != "г" for d in pipeline.extract(text).directives)


@pytest.mark.parametrize("text, kind, addressees", [
    # the impersonal forms of the formula verbs name their dative addressee as the infinitives do, before or
    # after it
    ("ПОСТАНОВЛЯЮ:\n1. Рекомендуется главам поселений провести сходы граждан.\n", "recommendation", ["Главы поселений"]),
    ("ПОСТАНОВЛЯЮ:\n1. Руководителям школ предлагается провести родительские собрания.\n", "recommendation",
     ["Руководители школ"]),
    ("ПОСТАНОВЛЯЮ:\n1. Поручено отделу культуры провести фестиваль.\n", "instruction", ["Отдел культуры"]),
    ("ПОСТАНОВЛЯЮ:\n1. Организациям торговли рекомендуется продлить часы работы.\n", "recommendation",
     ["Организации торговли"]),
    # with no one named, the kind alone
    ("ПОСТАНОВЛЯЮ:\n1. Рекомендуется провести сходы граждан.\n", "recommendation", []),
])
def test_impersonal_formula_verbs_charge_their_dative(pipeline, text, kind, addressees) -> None:
    (d,) = directives(pipeline, text)
    assert (d.kind, [a.normal for a in d.addressees]) == (kind, addressees)
