"""Declarative tables of the segmenter and the header stage: named regexes and lexicons.

Each table is ordered; the first rule that matches wins, and its name goes into the trace.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.cues import compile_cues, regex_cue

# --- Text clean-up --------------------------------------------------------------------------

# Conversion debris removed from item texts (spans still cover it).
ARTEFACTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bookmark", re.compile(r"\[bookmark:[^\]\n]{0,200}\]")),
    ("bold_markers", re.compile(r"\*\*")),
    ("table_bar", re.compile(r"(?:^|\s)\|(?=\s|$)")),
    ("soft_hyphen", re.compile("\u00ad")),
)

# Debris that may stand before a list label ("[bookmark: _GoBack]1. ...", "**2.** ..."), and the
# text each needs: a line without it skips the two substitutions.
LABEL_ARTEFACTS = ARTEFACTS[:2]
LABEL_ARTEFACT_CUES = regex_cue(r"\[bookmark:|\*\*")

# "р е к о м е н д у ю т" → "рекомендуют" (letter-spaced emphasis in Word exports).
LETTER_SPACED = re.compile(r"(?<!\w)(?:[А-Яа-яЁё] ){3,}[А-Яа-яЁё](?!\w)")
# Most lines carry no debris and no letter-spacing: a line without this skips ARTEFACTS and
# LETTER_SPACED. Every alternative opens with a literal (letter-spacing "(?<!\w)\w \w \w " is
# anchored on its first space), so `re` skips from candidate to candidate.
ARTEFACT_CUE = regex_cue(r"\[bookmark|\*\*|\||\u00ad| (?<=(?<!\w)\w )\w \w ")

# --- Line classes ---------------------------------------------------------------------------

PAGE_NUMBER = re.compile(
    r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$|^\s*(?:страница|стр\.|page)\s*\d{1,3}(?:\s*(?:из|of)\s*\d{1,3})?\s*$",
    re.I,
)
SEPARATOR = re.compile(r"^[\s_=*|~.-]{3,}$")

# A list label at the start of a line: "1.", "1.1.", "1.1", "1)", "-", "•", "- 1.", "- -", "1.Утвердить".
LABEL = re.compile(
    r"""^(?P<lead>\s*)
    (?P<label>
        (?P<bullets>(?:[-–—•·▪●◦*\uf0b7\uf0a7\uf0d8\uf076\uf0fc➢►✓]\s*){1,3})?
        (?:
            (?P<num>\d{1,3}(?:\.\d{1,3}){0,4})(?P<close>\.|\)|(?=\s))
          | (?P<letter>[а-я])\)
          | (?P<roman>[IVX]{1,5})\.(?=\s)
        )?
    )
    (?P<gap>\s*)""",
    re.VERBOSE,
)

# Lines that end the resolutive part: signatures, site boilerplate.
END_OF_ACT: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("signature_post", re.compile(
        r"^(?:И\.\s?о\.\s*|Временно исполняющий обязанности\s+|Первый\s+)?"
        r"(?i:Глава|Председател[ья]|Начальник|Министр|Директор|Руководитель|Секретарь|Заместитель|Мэр|Губернатор|Верно)\b"
        r"(?![^\n]{0,20}(?:обеспечить|провести|организовать|принять))",
    )),
    ("signature_initials", re.compile(r"^[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+\s*\|?\s*$|^[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.\s*\|?\s*$")),
    ("site_boilerplate", re.compile(r"^(?:Если вы являетесь пользователем|Поделиться|Другие записи|Текст решени|Приложение\b)")),
    ("archive_reference", re.compile(r"^(?:ГАКО|ГА[А-Я]{1,4}\.|Ф\.\s*\d)")),
)

# "Срок исполнения: ...", "Сроки - ...", "Срок исп.: ...", "(срок – до 1 марта)"
DEADLINE_LINE = re.compile(
    r"^[\s(\[•·-]*сроки?(?!\w)(?:\s+[^\s:–—-][^\s:–—]{0,24}){0,3}\s*[:–—-]\s*(?P<value>.*)$", re.I | re.S
)
# Without a separator only after a telling word, and only if the rest parses: "Срок исполнения до 1.09.2023".
DEADLINE_LINE_BARE = re.compile(
    r"^[\s(\[•·-]*сроки?\s+(?:исполнения|выполнения|исп\.|реализации|проведения)\s+(?P<value>.+)$", re.I | re.S
)

# A signature glued to the end of the last item ("... газете “Вести”. Глава администрации ... Ю.А. Скрипилин.").
TRAILING_SIGNATURE = re.compile(
    r"(?<=[.;])\s+(?:Глава|Председатель|Начальник|Министр|Директор|Мэр|Руководитель|Первый заместитель|"
    r"Заместитель|Исполняющий обязанности|И\.\s?о\.)\b"
    r"[^.;]{0,160}?[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+\.?\s*$"
)

# "Ответственный: заместитель директора по УВР Иванова И.И." under an item of school minutes.
# every TRAILING_SIGNATURE match holds one of its posts: an item without one skips the scan
TRAILING_SIGNATURE_CUE = compile_cues([
    "Глава", "Председатель", "Начальник", "Министр", "Директор", "Мэр", "Руководитель", "Первый заместитель",
    "Заместитель", "Исполняющий обязанности", r"И\.\s?о\.",
], fold=False)

RESPONSIBLE_LINE = re.compile(
    r"^\(?\s*(?:ответственн\w*|отв\.|исполнител\w*)(?:\s+за\s+исполнение)?\s*[:\-–—]\s*(?P<who>[^()]+?)\s*\)?\s*$",
    re.I,
)

# Inline numbered items inside one long line: "...: 1. Завершить ... 2. При ... 3.Рекомендовать".
INLINE_LETTER = re.compile(r"(?<=[:;])\s+(?P<letter>[а-и])\)\s+(?=[а-яё])")
INLINE_DASH = re.compile(r"(?<=[:;])\s+(?P<dash>[-–—])\s+(?=[а-яё])")
INLINE_LABEL = re.compile(
    r"(?:(?<=[.;:!?»\"“”])|(?<=[.;:!?»\"“”] ))\s*(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})\.\s?(?=[А-ЯЁа-яё])"
)
# every INLINE_LABEL match is a number right after punctuation: lines without one skip its look-behind scan
INLINE_LABEL_CUE = regex_cue(r'[.;:!?»"“”]\s*\d')

# --- Resolutive formulas ------------------------------------------------------------------------


@dataclass(frozen=True)
class Formula:
    name: str
    kind: str  # recommendation | instruction | task | decision
    pattern: re.Pattern[str]
    doc_type: str | None = None  # the act type the formula implies


def _f(name: str, kind: str, regex: str, doc_type: str | None = None) -> Formula:
    return Formula(name, kind, re.compile(regex, re.IGNORECASE), doc_type)


# Searched in a line that ends with ":" (or in the text before an inline list). Order matters:
# a task list announced with "предлагают ... задачами ... считать" is a task list, not a recommendation.
FORMULAS: tuple[Formula, ...] = (
    _f("task_list", "task", r"\bзадач(?:и|ами|а|у)\b[^:]{0,120}:\s*$"),
    _f("task_list_verb", "task", r"\b(?:определены|поставлены|сформулированы)\b[^:]{0,60}\bзадач\w*[^:]{0,60}:\s*$"),
    _f("order_prikazyvayu", "instruction", r"\bприказыва(?:ю|ет|ем)\b", "приказ"),
    _f("postanovlyaet", "instruction", r"\bпостановля(?:ет|ю|ем)\b|\bпостановили\b", "постановление"),
    _f("rasporyazhayus", "instruction", r"\bраспоряжа(?:юсь|ется)\b|\bобязыва(?:ю|ет)\b", "распоряжение"),
    _f("reshil", "instruction", r"\bреш(?:ил|ила|или|ило|ает|аем|ают)\b\s*:?", "решение"),
    _f("decision_taken", "instruction", r"\bпринят[оа]?\s+(?:следующее\s+)?решени[ея]\s*:\s*$", "решение"),
    _f("decision_heading", "instruction", r"^\W*(?:решение|постановили|решили)\s*:\s*$"),
    _f("recommend_decided", "recommendation", r"\bпринято\s+решение\s+рекомендовать\b"),
    _f("recommend", "recommendation", r"\bрекоменду(?:ю|ют|ет|ем)\b|\bрекомендовать\b|\bрекомендации\s*:\s*$"),
    _f("consider_necessary", "recommendation", r"\bсчита(?:ют|ет|ем)\s+(?:необходимым|целесообразным|важным)\b"),
    _f("propose", "recommendation", r"\bпредлага(?:ют|ет|ем)\b"),
    _f("ask", "recommendation", r"\bпрос(?:ят|ит|им)\b"),
)

# Colon lines of minutes and reports that introduce no directives ("СЛУШАЛИ:", "Повестка дня:").
NON_RESOLUTIVE_HEADINGS = re.compile(
    r"^(?:слушали|выступили|присутствовали|отсутствовали|приглашены|повестка(?:\s+дня)?|"
    r"в\s+(?:работе|заседании)\s+(?:\S+\s+){0,3}приняли\s+участие|докладчик|информация)\b",
    re.I,
)

# An item's own formula verb at its start beats the document's formula (SPEC §3 `kind`); a section
# heading's verb ("3. Утвердить:") sets the kind of the sub-items below it.
ITEM_FORMULAS: tuple[Formula, ...] = (
    _f("item_recommend", "recommendation", r"^(?:рекомендовать|рекомендуется|просить)\b"),
    _f("item_propose", "recommendation", r"^предложить\b"),  # SPEC §6: "Предложить" → recommendation
    _f("item_charge", "instruction", r"^(?:поручить|обязать)\b"),
    _f("item_allow", "decision", r"^разрешить\b"),  # SPEC §6: the body's permission, whoever receives it
    _f("item_control_charge", "instruction", r"^контроль\b[^.;]{0,200}?\bвозлож\w*"),
    _f("item_control_self", "decision", r"^контроль\b[^.;]{0,200}?\b(?:оставляю|оставляет|остается)\s+за\s+собой"),
    # the amended or repealed act comes first as often as the verb: "Постановление ... от ... N 12 считать
    # утратившим силу", "Приложение ... читать в новой редакции", "пункт 24 ... дополнить словами"
    _f("item_amend_or_repeal", "decision",
       r"^[^;]{0,400}?\b(?:(?:признать|считать)\s+(?:\S+\s+){0,2}?утративш(?:им|ими)\s+силу|"
       r"(?:читать|изложить)\s+в\s+(?:новой|следующей)\s+редакции|"
       r"дополнить\s+(?:словами|абзацем|пунктом|подпунктом|частью|строкой|разделом))"),
    _f("item_in_force", "decision",
       r"^(?:настоящ\w+\s+|данн\w+\s+)?(?:\w+\s+){0,2}(?:(?:вступает|вступают)\s+(?:в\s+)?силу|вводится\s+в\s+действие)"),
    _f("item_self_publication", "decision",
       r"^(?:настоящ|данн)\w+\s+(?:\w+\s+){0,2}(?:подлежит|подлежат)\s+(?:\w+\s+)?"
       r"(?:опубликовани|размещени|обнародовани)"),
    _f("item_take_note", "decision",
       r"^(?:информаци|доклад|отч[её]т|сообщени|сведени)\w*\b[^;]{0,400}?\bпринять\s+к\s+(?:сведению|исполнению)"),
    _f("item_decision_verb", "decision",
       r"^(?:признать|одобрить|утвердить|поддержать|согласиться|согласовать|отменить|"
       r"считать\s+утратившим|информацию\s+(?:\S+\s+){0,6}?принять\s+к\s+сведению|принять\s+к\s+сведению|"
       r"принять\s+(?:за\s+основу|к\s+исполнению))"),
)

# Verbs by which the issuing body acts itself when the item charges no one (SPEC §3 `kind`;
# "разрешить" is a decision with or without an addressee: `item_allow`):
# "Создать комиссию ...", "Объявить благодарность ...", "Ввести в действие Положение ...". Under an
# addressee ("Управлению образования создать комиссию") the same verb is that addressee's action,
# so the extractor applies this only to an item left with no addressee and the formula's kind.
UNCHARGED_DECISION = _f(
    "item_uncharged_decision_verb", "decision",
    r"^(?:объявить|установить|ввести\s+в\s+действие|создать|образовать|запретить|выделить|"
    r"присвоить|переименовать|внести\s+(?:в\s+\S+\s+)?изменени|"
    # what a body does to institutions and to its own acts: founds, reorganises, amends, assigns
    r"учредить|реорганизовать|ликвидировать|преобразовать|упразднить|присоединить|открыть|закрыть|"
    r"закрепить|наградить|"
    # designating a body is the act's own; naming who answers for a task charges that person
    r"(?:назначить|определить)(?![^;]{0,200}?ответственн)|отметить|обратиться|дать\s+согласие|"
    r"передать\s+(?:\S+\s+){0,3}?в\s+(?:муниципальную|государственную|федеральную|собственность|"
    r"оперативное|безвозмездное|аренду|хозяйственное)|"
    r"дополнить|изложить|изменить|исключить\s+из|включить\s+в\s+состав|читать\s+в|считать\b|"
    r"продлить|"
    r"принять\s+(?:\S+\s+)?(?:предложени|решени|проект|программ|отч[её]т|постановлени|устав|бюджет|положени))",
)


@dataclass(frozen=True)
class ChargeVerb:
    """A formula verb that names its addressee right after it: "Поручить X сделать", "Обязать X сделать"."""

    name: str
    pattern: re.Pattern[str]
    case: str  # the case of the addressee it governs
    kind: str  # the kind of the block under a heading it opens ("Рекомендовать Собранию:")


# Formula verbs stripped before an inline addressee or an addressee heading.
CHARGE_VERBS: tuple[ChargeVerb, ...] = (
    ChargeVerb("recommend_to", re.compile(r"^(?:рекомендовать)\s+", re.I), "datv", "recommendation"),
    ChargeVerb("charge_to", re.compile(r"^поручить\s+", re.I), "datv", "instruction"),
    ChargeVerb("propose_to", re.compile(r"^предложить\s+", re.I), "datv", "recommendation"),
    ChargeVerb("oblige", re.compile(r"^обязать\s+", re.I), "accs", "instruction"),
    ChargeVerb("ask", re.compile(r"^просить\s+", re.I), "accs", "recommendation"),
    # SPEC §6: "Разрешить X <infinitive>": X is the addressee, the body's permission a decision
    ChargeVerb("allow", re.compile(r"^разрешить\s+", re.I), "datv", "decision"),
)

# --- Header --------------------------------------------------------------------------------

# Heading words that name the document's type, in the nominative.
DOC_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("резолюция", re.compile(r"^резолюци[яи]\b", re.I)),
    ("рекомендации", re.compile(r"^рекомендаци[ийя]\b", re.I)),
    # "Решения", "Постановления" alone on a line are a site menu's plurals, not a heading
    ("решение", re.compile(r"^решени(?:е\b|я\b(?!\s*$))", re.I)),
    ("протокол", re.compile(r"^протокол\b", re.I)),
    ("приказ", re.compile(r"^приказ\b", re.I)),
    ("указ", re.compile(r"^указ\b", re.I)),
    ("распоряжение", re.compile(r"^распоряжени(?:е\b|я\b(?!\s*$))", re.I)),
    ("постановление", re.compile(r"^постановлени(?:е\b|я\b(?!\s*$))", re.I)),
    ("результаты", re.compile(r"^результаты\s+(?:публичных\s+слушаний|голосования|обсуждения)", re.I)),
    ("итоговый документ", re.compile(r"^итоговый\s+документ\b", re.I)),
    ("обращение", re.compile(r"^обращени[ея]\b", re.I)),
    ("информация", re.compile(r"^информаци[яи]\s*$|^информаци[яи]\s+о(?:б)?\s", re.I)),
    ("справка", re.compile(r"^справка\b", re.I)),
)
# Types whose heading names an event ("Резолюция августовской конференции ...").
EVENT_DOC_TYPES = frozenset({"резолюция", "рекомендации", "протокол", "результаты", "итоговый документ", "обращение"})
# "Настоящее решение вступает в силу", "данного приказа": the act names its own type.
SELF_REFERENCE = re.compile(
    r"\b(?:настоящ\w+|данн\w+)\s+(приказ|распоряжени|постановлени|решени)\w*", re.I
)
SELF_TYPE_NOMINATIVE = {"приказ": "приказ", "распоряжени": "распоряжение", "постановлени": "постановление", "решени": "решение"}

# Event date in the narrative: "26 августа 2021 года состоялось", "с 17 по 28 августа 2023 года проведены".
EVENT_VERB = re.compile(r"\b(?:состоял\w*|проведен\w*|проходил\w*|прошл[аио]|прош[её]л|организован\w*)\b", re.I)
# A term before a date: "до 14 ноября", "не позднее 1 июня", "к 1 сентября" — a deadline, not the event's date.
TERM_BEFORE_DATE = re.compile(r"(?i)(?:\bдо|\bпозднее|\bк)\s*(?:\d{1,2}[.:]\d{2}\s+)?$")
DATE_RANGE = re.compile(
    r"\b[сС]\s+(?P<d1>\d{1,2})(?:\s+(?P<m1>[а-я]+))?\s+по\s+(?P<d2>\d{1,2})\s+(?P<m2>[а-я]+)\s+(?P<y>\d{4})"
)

# The first words of a preamble: the header (issuer, type, date, number, heading) ends before them.
_PREAMBLE_WORDS = (
    r"(?:В\s+соответствии|В\s+целях|С\s+целью|На\s+основании|Во?\s+исполнение|Руководствуясь|В\s+связи\s+с|"
    r"Рассмотрев|Заслушав|Обсудив|Учитывая|В\s+рамках)"
)
PREAMBLE_OPENER = re.compile(rf"^\W*{_PREAMBLE_WORDS}(?![а-яё])", re.I)
# the same words inside a line whose breaks are lost, capitalised as a sentence start
PREAMBLE_OPENER_INLINE = re.compile(rf"(?<![\w-]){_PREAMBLE_WORDS}(?![а-яё])")

# Header lines whose dates the web page adds, not the act (SPEC §6): (name, regex), first match wins.
NOT_DOCUMENT_DATE_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a metadata field: "Дата подписания | 11.04.2022 |", "Дата: | 12.03.2019 |", "Опубликовано: 5 мая 2020"
    ("site_metadata_field", re.compile(
        r"^\W*(?:дата(?:\s+[а-яё]+){0,2}|опубликован\w*|обновлен\w*|размещен\w*|добавлен\w*|создан\w*)\s*[:|]?\s*\d",
        re.I)),
    # a posting time after the date: "06.09.2017 00:00 |", "12 мая 2015, 11:03"
    ("posting_time", re.compile(r"\d{2,4}\s*(?:г\.?|года)?,?\s+\d{1,2}:\d{2}\b")),
    # a database's list of amendment dates: "27 августа 2007 г., 18 ноября 2008 г." and nothing else
    ("amendment_date_list", re.compile(
        r"^\W*(?:(?:с\s+изменениями\s+)?(?:от\s+)?(?:\d{1,2}\s+[а-я]+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})\s*(?:г\.?|года)?"
        r"\s*[,;]\s*){1,}(?:от\s+)?(?:\d{1,2}\s+[а-я]+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})\s*(?:г\.?|года)?\W*$", re.I)),
    ("breadcrumb", re.compile(r"^\W*главная\s*[»>/]", re.I)),
)
# A date followed by the act's number: "26 декабря 2003 г. N 1083", "12.03.2024 № 5-п" (a date-number line).
DATE_NUMBER = re.compile(r"\s*(?:г\.?|года)?\s*(?:№|N)\s*\d")  # used with .match(text, date_end)
# An approval stamp of the act's annex, printed in the act: "УТВЕРЖДЁН распоряжением ... от 25 июня 2019 года",
# "Приложение к решению Думы ... от 26.10.2007 №366"; group "type" is the act type's stem.
ANNEX_STAMP = re.compile(
    r"(?i:\bприложение(?:\s+(?:№|N)\s*\d+)?\s+к|\bутвержд[её]н[аоы]?)\s+"
    r"(?P<type>(?i:решени|постановлени|распоряжени|приказ))(?i:ю|ем|у|ом)\b[^.;]{0,200}?\bот\s+(?=[«\"\d])"
)

# Place patterns: (name, regex, level). Group "name" is put into the nominative. No cue prefilters
# them: the header's zones are short, and `make bench`'s ablation measured 0.4 % for the cues.
_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*"
PLACE_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("city_abbrev_two_words", re.compile(
        rf"(?<![А-Яа-яЁё])г\.\s?(?P<name>[А-ЯЁ][а-яё]+(?:ый|ий|ой|ая|яя|ое|ие|ые|его|ого|ей|их|ых)\s+{_NAME})"), "city_phrase"),
    ("city_abbrev", re.compile(rf"(?<![А-Яа-яЁё])г\.\s?(?P<name>{_NAME})"), "city"),
    ("intracity_municipality", re.compile(
        rf"(?i:внутригородско\w+\s+муниципальн\w+\s+образовани\w+)\s+(?P<name>{_NAME})"), "district"),
    ("municipality_district", re.compile(
        rf"(?i:муниципальн\w+\s+образовани\w+)\s+(?P<name>{_NAME}ий\s+(?i:район))"), "district"),
    ("municipality_city", re.compile(
        rf"(?i:муниципальн\w+\s+образовани\w+\s+город)\s+(?P<name>{_NAME})"), "city"),
    ("urban_okrug", re.compile(rf"(?i:городско\w+\s+округ\w*)\s+(?:(?i:город)\s+)?(?P<name>{_NAME})"), "city"),
    ("district_quoted", re.compile(r"(?i:муниципальн\w+\s+район\w*)\s+[\"«“](?P<name>[А-ЯЁ][а-яё]+)[\"»”]"), "district_quoted"),
    ("municipal_district", re.compile(
        rf"(?P<name>{_NAME}(?:ого|ий|ом|ому|ый)\s+(?i:(?:муниципальн|национальн)\w+\s+(?:район|округ|улус)\w*))"), "district"),
    ("district", re.compile(rf"(?P<name>{_NAME}(?:ого|ий|ом|ому)\s+(?i:(?:район|улус)(?:а|е|у|ом)?))\b"), "district"),
    ("city_word_two_words", re.compile(
        rf"\b(?i:город(?:а)?)\s+(?P<name>[А-ЯЁ][а-яё]+(?:ый|ий|ой|ая|яя|ое|ие|ые|его|ого|ей|их|ых)\s+{_NAME})"),
        "city_phrase"),
    ("city_word", re.compile(rf"\b(?i:город(?:а)?)\s+(?P<name>{_NAME})"), "city"),
    ("regional_executive", re.compile(rf"(?P<name>{_NAME}(?:ого|ий))\s+(?i:облисполкома?)\b"), "oblast_exec"),
    ("region_krai", re.compile(rf"(?P<name>{_NAME}(?:ого|ий|ом)\s+(?i:кра(?:я|й|е)))\b"), "region"),
    ("region_oblast", re.compile(rf"(?P<name>{_NAME}(?:ой|ая)\s+(?i:област(?:и|ь)))\b"), "region"),
    # a regional body issues the act ("ПРАВИТЕЛЬСТВО САРАТОВСКОЙ ОБЛАСТИ", "Министерство образования
    # Кировской области", "МОСКОВСКАЯ ОБЛАСТЬ / ГУБЕРНАТОР"): its region, before any town in the header
    ("regional_body", re.compile(
        rf"(?i:правительств|губернатор|администраци|министерств|департамент)\w*"
        rf"(?:\s+(?!(?i:район|округ|город|поселени|сельсовет|муниципальн))[а-яё]+){{0,3}}"
        rf"\s+(?P<name>{_NAME}(?:ой|ого|ом|ий)\s+(?i:област(?:и|ь)|кра(?:я|й)))\b"), "regional_body"),
    ("regional_body_before", re.compile(
        rf"(?P<name>{_NAME}(?:ая|ий)\s+(?i:область|край))\s+(?i:губернатор|правительство)\b"), "regional_body"),
    # "Кабардино-Балкарской Республики" → "Кабардино-Балкарская Республика"
    ("republic_adjective", re.compile(rf"(?P<name>{_NAME}(?:ой|ая|ую)\s+(?i:республик(?:а|и|е|у|ой)))\b"), "region"),
    # "Республики Адыгея", "Республика Северная Осетия-Алания": the name after the word stays as printed
    ("republic_named", re.compile(
        r"(?i:республик(?:а|и|е|у|ой))\s+(?P<name>(?:[А-ЯЁ][а-яё]+(?:ая|ой)\s+)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![а-яё])"),
        "republic"),
)
# Generic words of place names, lower case in the output whatever the header's case.
PLACE_GENERIC_WORDS = frozenset({"район", "округ", "муниципальный", "край", "область", "городской"})
