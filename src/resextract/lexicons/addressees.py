"""Lexicons and formulas of `addressees`: institution abbreviations, cases, coordinators,
bodies, the adverbials that close an addressee phrase, and the charge and preamble formulas.

Ordered, named tables only; `addressees` reads them.
"""
from __future__ import annotations

import re

from ..text.cues import compile_cues

# Institution-type abbreviations that head an addressee; their case is unmarked ("МБУ «МИМЦ» провести").
ABBREVIATION_HEADS: tuple[str, ...] = (
    "МБУ", "МБОУ", "МАОУ", "МКОУ", "МОУ", "МКУ", "МАУ", "МУП", "МБДОУ", "МАДОУ", "МКДОУ", "МДОУ",
    "МБУДО", "МАУДО", "ГБОУ", "ГАОУ", "ГКОУ", "ГОУ", "ГБУ", "ГКУ", "ГАУ", "ГУП", "КГБОУ", "ОГБОУ",
    "ФГБОУ", "ОО", "ДОУ", "ДОО", "СОШ", "ООШ", "УО", "ОМСУ", "районо", "гороно", "облоно",
    # housing and garden partnerships and cooperatives
    "ТСЖ", "ТСН", "ЖСК", "ГСК", "СНТ", "ДНТ",
)
ABBREVIATION_HEADS_LOWER: frozenset[str] = frozenset(a.lower() for a in ABBREVIATION_HEADS)  # tokens are matched lower-cased
# Abbreviations of a field of work, not of a body: inside a body's "по ..." they go on with its field
# ("отделу по связям с общественными объединениями и СМИ (Иванова)", "по делам ГО и ЧС"); lower-cased
FIELD_ABBREVIATIONS: frozenset[str] = frozenset({"сми", "чс", "го", "жкх", "тэк", "апк", "пб", "бдд"})
# "и.о. главы района", "врио директора": an acting official, the head of the phrase with its case unmarked
# (printed as initials, the spaces inside dropped before the lookup)
ACTING_ABBREVIATIONS: frozenset[str] = frozenset({"и.о.", "вр.и.о.", "врио", "врид", "вр.и.д."})
# Words of address and academic titles between a post and its holder's name ("инспектору т. Петрову",
# "секретарю академику Костюку В.В."): part of neither the post nor the name. Lemmas and
# abbreviations without their dot.
FORMS_OF_ADDRESS: frozenset[str] = frozenset({
    "т", "тов", "товарищ", "господин", "г-н", "г-жа", "госпожа", "гражданин", "гражданка",
    "академик", "акад", "профессор", "проф", "доцент", "член-корреспондент",
})

# Case tried first when the phrase itself does not say (headings are dative, preamble
# lists instrumental, objects of "обязать"/"возложить на" accusative; genitive last).
CASE_ORDER: tuple[str, ...] = ("datv", "ablt", "accs", "nomn", "gent")

# Parts of speech that never open or continue a noun phrase.
FUNCTION_POS: frozenset[str] = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO"})

# Coordinators between two addressees, longest first ("администрациям районов, а органам местного
# самоуправления рекомендовать": a contrastive "а" joins two as well).
COORDINATORS: tuple[tuple[str, ...], ...] = ((",", "а", "также"), ("а", "также"), (",", "а"), ("и",), (",",))

# Prepositions and the cases they govern: a conjunct in that case may belong to the
# prepositional phrase ("по социальным вопросам и молодежной политике"), not be a new head.
PREPOSITION_CASES: dict[str, frozenset[str]] = {
    "по": frozenset({"datv"}), "к": frozenset({"datv"}), "ко": frozenset({"datv"}),
    "с": frozenset({"ablt"}), "со": frozenset({"ablt"}), "за": frozenset({"ablt", "accs"}),
    "под": frozenset({"ablt"}), "над": frozenset({"ablt"}), "между": frozenset({"ablt"}),
    "на": frozenset({"accs"}), "в": frozenset({"accs"}), "во": frozenset({"accs"}),
    "через": frozenset({"accs"}), "про": frozenset({"accs"}),
}
# prepositions whose datives an adverbial may go on listing after a comma ("к праздникам, юбилеям"):
# so a dative after its comma is not yet an addressee
DATIVE_PREPOSITIONS: frozenset[str] = frozenset(p for p, cases in PREPOSITION_CASES.items() if "datv" in cases) | {
    "согласно", "благодаря", "вопреки", "навстречу"}

# Inanimate heads that name a body: inside a prepositional phrase only these (or animate
# nouns) start a new addressee ("по образованию и отделу культуры" splits, "и делам" does not).
BODY_LEMMAS: frozenset[str] = frozenset({
    "управление", "отдел", "отделение", "комитет", "департамент", "министерство", "администрация",
    "организация", "учреждение", "предприятие", "школа", "гимназия", "лицей", "колледж", "техникум",
    "университет", "институт", "центр", "служба", "орган", "совет", "собрание", "комиссия",
    "инспекция", "исполком", "сад", "библиотека", "музей", "редакция", "филиал", "сектор",
    "объединение", "дума", "сельсовет", "поселение", "муниципалитет", "фонд", "штаб", "ассоциация",
    "мэрия", "прокуратура",
    # institutions a list of bodies names after a comma ("комитету ... края (Яковенко), краевой станции
    # защиты растений"): as much bodies as a school or a centre
    "станция", "больница", "поликлиника", "лаборатория", "госинспекция", "диспансер", "госпиталь", "училище",
    "академия", "агентство", "бюро", "завод", "комбинат",
})

# The signs that number a body after its abbreviations ("МБОУ СОШ № 1", "ДЮСШ N 80")
NUMBER_SIGNS: frozenset[str] = frozenset({"№", "N"})

# A body's word that names a field of work after these adjectives, not a body ("управление по оргработе и
# муниципальной службе", "комитет по делам молодежи и государственной службе"): the civil or military service.
SERVICE_FIELD_ADJECTIVES: tuple[str, ...] = ("муниципальн", "государственн", "гражданск", "военн")

# A body's field named by a noun with its topic after "о" ("комитет по законодательству о местном
# самоуправлении"): the "о" continues the name instead of opening the item's topic
TOPIC_TAKING_STEMS: tuple[str, ...] = ("законодательств",)

# Nouns whose dative complement receives something ("оказания помощи детям", "поддержки семьям"):
# after them a dative is a beneficiary (SPEC §6), not an addressee.
BENEFICIARY_NOUNS: frozenset[str] = frozenset({
    "помощь", "содействие", "поддержка", "выплата", "компенсация", "пособие", "услуга", "льгота",
})

# Verbal nouns of giving: in an adverbial that opens an item ("при предоставлении жилых помещений
# нанимателям ..."), the datives after them receive, they are not charged.
GIVING_NOUNS: frozenset[str] = frozenset({
    "предоставление", "выделение", "выдача", "передача", "распределение", "оказание", "выплата", "направление",
})

# pymorphy3 lists both plural variants and inflects to the bookish one first.
PREFERRED_FORMS: dict[str, str] = {"учители": "учителя"}

# Time and purpose adverbials, and partners, that close the addressee phrase before its verb.
# (name, words that open it, what must follow: "any", "number", "number_or_time").
STOP_PHRASES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("not_later", ("не", "позднее"), "any"),
    # how often: "Комиссии не реже двух раз в год производить обследование"
    ("not_less_often", ("не", "реже"), "any"),
    ("not_more_often", ("не", "чаще"), "any"),
    ("during", ("в", "течение"), "any"),
    ("within", ("в", "рамках"), "any"),
    ("purpose", ("в", "целях"), "any"),
    ("purpose_aim", ("с", "целью"), "any"),
    ("in_term", ("в", "срок"), "any"),
    ("in_set_terms", ("в", "установленные"), "any"),
    ("in_set_order", ("в", "установленном"), "any"),
    ("in_case", ("в", "случае"), "any"),
    # "возложить на оргкомитет в следующем составе:": the members listed after it ("больниц, имеющих в составе
    # ... стационары" keeps its "в составе")
    ("in_composition", ("в", "следующем", "составе"), "any"),
    ("according_to", ("согласно",), "any"),
    ("taking_into_account", ("с", "учетом"), "any"),
    ("taking_into_account_yo", ("с", "учётом"), "any"),
    # "Главам администраций районов о проделанной работе доложить": the topic, not the name
    ("about", ("о",), "word"),
    ("about_ob", ("об",), "word"),
    ("in_accordance", ("в", "соответствии"), "any"),
    ("on_behalf", ("от", "имени"), "any"),
    # "при" + a verbal noun is a circumstance ("при формировании бюджета"); "комиссии при
    # администрации" keeps its "при"
    ("while_doing", ("при",), "verbal_noun"),
    # "Директору ... Гребенчук С.И. при наличии акта обследования ...": a condition
    ("on_condition", ("при", "наличии"), "any"),
    ("on_condition_if", ("при", "условии"), "any"),
    ("on_absence", ("при", "отсутствии"), "any"),
    ("until", ("до",), "any"),
    ("for", ("для",), "any"),
    ("from_date", ("с",), "number"),
    ("in_time", ("в",), "number_or_time"),
    ("in_time_vo", ("во",), "number_or_time"),
    ("by_date", ("к",), "number"),
    # event terms (SPEC 1.1 §3 `event`): "Школам к началу учебного года обновить ..."
    ("by_start", ("к", "началу"), "any"),
    ("by_end", ("к", "окончанию"), "any"),
    ("after_end", ("по", "окончании"), "any"),
    ("after_completion", ("по", "завершении"), "any"),
    ("on_eve", ("накануне",), "any"),
    # SPEC §6: partners are not addressees ("руководителям школ совместно с родительскими комитетами")
    ("partner", ("совместно", "с"), "any"),
    ("partner_with_help", ("при", "содействии"), "any"),
    ("partner_interaction", ("во", "взаимодействии"), "any"),
    ("partner_interaction_v", ("в", "взаимодействии"), "any"),
    ("partner_participation", ("с", "участием"), "any"),
    # the body that agrees is no addressee either: "комитету ... по согласованию с комитетом по ..."
    ("in_agreement", ("по", "согласованию"), "any"),
    # what the task follows from: "Управлению ... (Иванов) по итогам работы комиссии представить данные"
    ("after_results", ("по", "итогам"), "any"),
    # when the body is to act: "Совету депутатов на очередном заседании принять решение"
    ("at_next_meeting", ("на", "очередном"), "any"),
    ("at_next_session", ("на", "очередной"), "any"),
    ("at_nearest_meeting", ("на", "ближайшем"), "any"),
    ("at_nearest_session", ("на", "ближайшей"), "any"),
    ("at_meeting", ("на", "заседании"), "any"),
    ("at_session", ("на", "сессии"), "any"),
    # how, when and on what grounds the addressee is to act: "в полном объеме выполнить", "в процессе
    # рассмотрения определить", "на основании предложений комитетов подготовить"
    ("in_full", ("в", "полном"), "any"),
    ("in_course", ("в", "процессе"), "any"),
    ("on_basis", ("на", "основании"), "any"),
    # what the charge adds to: "директору, в дополнение к основным обязанностям, организовать ..."
    ("in_addition", ("в", "дополнение"), "any"),
    ("in_addition_to", ("дополнительно", "к"), "any"),
    # the bounds of the charge, not of the body: "главам поселений в пределах своих полномочий обеспечить"
    ("within_powers", ("в", "пределах", "своих"), "any"),
    ("within_own_competence", ("в", "пределах", "своей"), "any"),
    ("within_granted_powers", ("в", "пределах", "предоставленных"), "any"),
    ("within_set_powers", ("в", "пределах", "установленных"), "any"),
    ("within_powers_bare", ("в", "пределах", "полномочий"), "any"),
    ("within_competence", ("в", "пределах", "компетенции"), "any"),
    # the money the task is paid from: "Комитету в пределах ассигнований, выделенных на ..., профинансировать"
    ("within_allocations", ("в", "пределах", "ассигнований"), "any"),
    ("within_funds", ("в", "пределах", "средств"), "any"),
    ("within_limits", ("в", "пределах", "лимитов"), "any"),
    ("within_allocated", ("в", "пределах", "выделенных"), "any"),
    ("within_budget", ("в", "пределах", "бюджетных"), "any"),
    ("within_approved", ("в", "пределах", "утвержденных"), "any"),
    ("within_available", ("в", "пределах", "имеющихся"), "any"),
    # who is told and who helps, not who is charged: "возложить на отдел с информированием главы района",
    # "комитету с привлечением общественных организаций провести"
    ("informing", ("с", "информированием"), "any"),
    ("notifying", ("с", "уведомлением"), "any"),
    ("then_informing", ("с", "последующим"), "any"),
    ("involving", ("с", "привлечением"), "any"),
    # the channel: "пресс-службе через средства массовой информации распространить сведения"
    ("through", ("через",), "any"),
    # on whose proposal, and during what: "Правительству ... по представлению органов власти области
    # утвердить", "Управлению внутренних дел во время проведения соревнований обеспечить"
    ("on_submission", ("по", "представлению"), "any"),
    ("on_proposal", ("по", "предложению"), "any"),
    ("during_time", ("во", "время"), "any"),
    # the ground and the sphere of the charge: "директорам учреждений, в связи с окончанием сезона,
    # произвести ...", "Комиссии в своей деятельности руководствоваться планом"
    ("in_connection", ("в", "связи", "с"), "any"),
    ("in_own_activity", ("в", "своей", "деятельности"), "any"),
    ("in_own_work", ("в", "своей", "работе"), "any"),
    # a cause or a purpose set off after the name: "Собственникам животных, из-за отсутствия пастуха, ...",
    # "во избежание ..."; and the part of the body singled out: "организациям, в том числе телерадиокомпаниям"
    ("because_of", ("из-за",), "any"),
    ("in_view_of", ("ввиду",), "any"),
    ("to_avoid", ("во", "избежание"), "any"),
    ("including", ("в", "том", "числе"), "any"),
    # the date a count is taken on: "Комитету по статистике по состоянию на 1 июля провести перепись"
    ("as_of", ("по", "состоянию", "на"), "any"),
)
# "рабочую группу ..., утвержденную распоряжением Губернатора от ...": a participle that cites the act
# creating the body ends its name
ACT_PARTICIPLE_STEMS: tuple[str, ...] = ("утвержденн", "утверждённ", "созданн", "образованн", "сформированн")
ACT_INSTRUMENTALS: frozenset[str] = frozenset({
    "распоряжением", "постановлением", "приказом", "решением", "указом", "актом",
    "распоряжениями", "постановлениями", "приказами", "решениями", "указами", "актами",
})

# Adverbs that continue an addressee's name instead of ending it (gold: "Руководители организаций ...
# независимо от организационно-правовых форм собственности"); set off by a comma, they end it.
NAME_ADVERBS: frozenset[str] = frozenset({"независимо"})

# nouns of action that "при" turns into a circumstance: lemmas in -ние/-тие, and these
VERBAL_NOUN_ENDINGS: tuple[str, ...] = ("ние", "тие")
VERBAL_NOUN_LEMMAS: frozenset[str] = frozenset({
    "подготовка", "реализация", "организация", "проверка", "эксплуатация", "анализ", "разработка", "оценка",
    "приёмка", "приемка", "закупка", "выдача", "регистрация", "экспертиза", "перевозка",
})
TIME_LEMMAS: frozenset[str] = frozenset({
    "год", "период", "срок", "месяц", "квартал", "полугодие", "неделя", "день", "четверть",
    "семестр", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
    "сентябрь", "октябрь", "ноябрь", "декабрь", "течение", "ход",
})

# "Контроль ... возложить на <кого>": (name, formula, case of the addressee).
# every CHARGE_FORMULAS match holds one of these stems: most items hold none and skip the three scans
CHARGE_CUES = compile_cues(["возл", "поруч", "обязать", "внимание", "осуществлять"])
CHARGE_FORMULAS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    # "возложить назаместителя главы", "возложитьна заместителя": a lost space around "на", before a post or
    # a body's name; "возложить: На первого заместителя ...": a colon before it
    ("charge_vozlozhit_na", re.compile(
        r"(?<!\w)возл(?:ожить|агается|агаю|агаются|ожен[аоы]?)\s*(?::\s*)?на(?:\s+|(?=(?:перв|заместител|начальник|руководител|"
        r"директор|председател|глав|управлени|отдел|комитет|министр|департамент)))", re.I), "accs"),
    ("charge_poruchit", re.compile(r"(?<!\w)поруч(?:ить|ается|аю)\s+", re.I), "datv"),
    ("charge_obyazat", re.compile(r"(?<!\w)обязать\s+", re.I), "accs"),
    # "Контроль за исполнением приказа осуществлять заместителю ...": who exercises the control, in the dative
    ("charge_control_exercise", re.compile(
        r"(?<!\w)контрол\w*\s+(?:за|над)\s[^.;]{0,200}?(?<!\w)осуществлять\s+", re.I), "datv"),
    # "Обратить внимание руководителей школ на ...": who is to attend to it, in the genitive
    ("charge_obratit_vnimanie", re.compile(r"(?<!\w)обратить\s+внимание\s+", re.I), "gent"),
)

# A place written out after an abbreviated body ("ГИБДД города Челябинска", "ОМВД по Кондопожскому району"):
# the lower-case place nouns (any case) that make the abbreviation a body, as "г. Якутска" does
PLACE_NOUN_STEMS: tuple[str, ...] = ("город", "район", "област", "край", "края", "краю", "крае", "республик",
                                     "округ", "поселени", "поселк", "посёлк", "село", "села", "селу", "селе")

# "Возложить функции организатора на отдел культуры": a duty laid on a body names its bearer after "на",
# whatever the bearer's noun (an inanimate "отдел" may be a nominative too); other objects need an
# accusative-only or animate bearer ("возложить цветы на мемориал" lays flowers)
DUTY_OBJECT_STEMS: tuple[str, ...] = ("функци", "полномочи", "обязанност", "ответственност", "контрол",
                                      "исполнени", "задач", "руководств", "координаци")

# "Определить X ответственным за ...", "Назначить основными исполнителями ... X, Y": the body designated
# for a role is charged with it (the verb, then the role in the instrumental, before or after the body).
DESIGNATION_VERB = re.compile(r"^(?:определить|назначить)\s+", re.I)
# (a status such as "региональным оператором" designates without charging a task: the body's own act)
ROLE_WORD = re.compile(r"(?:ответственн|исполнител|соисполнител)\w*(?:ым|ыми|ем|ями|ом|ой)$", re.I)

# "Ответственным за переправу назначить Иванова И.И.", "Последним сроком откочевки определить 1 июня":
# verbs that govern an instrumental role or value, which opens the item before them (no dative addressee)
INSTRUMENTAL_GOVERNORS: frozenset[str] = frozenset({
    "назначить", "назначать", "определить", "определять", "считать", "признать", "признавать", "избрать",
    "избирать", "утвердить", "утверждать", "установить", "устанавливать",
})
# the post a role is given to, after such a verb: "назначить старшего специалиста ..."
POST_STEMS: tuple[str, ...] = ("старш", "главн", "ведущ", "специалист", "заместител", "начальник", "директор",
                               "заведующ")

# An official's posts ("первого заместителя Губернатора области, директора Департамента ..."): heads of
# comma-joined phrases that, each a different post, name one person holding them all.
OFFICIAL_POSTS: tuple[str, ...] = ("заместител", "начальник", "директор", "председател", "руководител", "министр",
                                   "глав", "член", "управляющ", "заведующ", "секретар", "советник", "помощник",
                                   "уполномоченн", "командир", "прокурор", "мэр", "губернатор", "специалист",
                                   "эксперт", "инспектор", "консультант", "врач")

# Preamble sentences naming who carries out the list: (name, trigger, case, how the list ends).
# "list" — the phrase runs to a time adverbial or the sentence end; "colon" — a formula's
# object that ends the sentence (no infinitive after it, the list follows the ":").
PREAMBLE_TRIGGERS: tuple[tuple[str, re.Pattern[str], str, str], ...] = (
    ("preamble_passive_by", re.compile(
        r"(?<!\w)(?:обеспечен[аоы]?|обеспечива(?:ется|ются|ться)|осуществл(?:яется|яются|яться|ен[аоы]?)|"
        r"реализу(?:ется|ются)|реализова(?:н[аоы]?|ться)|выполня(?:ется|ются|ться)|выполнен[аоы]?)\s+", re.I),
        "ablt", "list"),
    ("preamble_charged_on", re.compile(r"(?<!\w)(?:возлага(?:ется|ются)|возложен[аоы]?)\s+на\s+", re.I), "accs", "list"),
    ("preamble_formula_object", re.compile(r"(?<!\w)(?:рекомендовать|рекомендует|рекомендуют|поручить|предложить)\s+", re.I),
        "datv", "colon"),
)


# The short adjectives of obligation whose subject is charged: "граждане обязаны", "руководители должны"
DUTY_ADJECTIVES: tuple[str, ...] = ("обязан", "обязана", "обязано", "обязаны", "должен", "должна", "должно", "должны")
NOMINATIVE_DUTY = re.compile(rf"(?<![\w-])(?:{'|'.join(DUTY_ADJECTIVES)})(?!\w)", re.I)
# Words of obligation between an addressee and its infinitive: "Митрополиту Дионисию надлежит передать
# ...", "Руководителям школ следует обеспечить ...", "Руководители предприятий обязаны обеспечить ...": the
# addressee ends before them as before the verb. So do the impersonal formula verbs ("Организациям торговли
# рекомендуется продлить ...", "Министрам ... разрешается размножить ..."); the item formulas read their kinds.
MODALS_BEFORE_INFINITIVE = frozenset({"надлежит", "следует", "необходимо", "нужно", "надо", *DUTY_ADJECTIVES,
                                      "рекомендуется", "предлагается", "поручается", "разрешается"})
