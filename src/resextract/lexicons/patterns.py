"""Declarative tables of the segmenter and the header stage: named regexes and lexicons.

Each table is ordered; the first rule that matches wins, and its name goes into the trace.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.cues import Cue, compile_cues, regex_cue
from ..text.dates import MONTH_WORD

# --- Text clean-up --------------------------------------------------------------------------

# Conversion debris removed from item texts (spans still cover it): (name, pattern, what replaces it).
# A soft hyphen joins the halves of its word, as text repair reads it ("о\u00adбеспечить").
ARTEFACTS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("bookmark", re.compile(r"\[bookmark:[^\]\n]{0,200}\]"), " "),
    ("bold_markers", re.compile(r"\*\*"), " "),
    ("table_bar", re.compile(r"(?:^|\s)\|(?=\s|$)"), " "),
    ("soft_hyphen", re.compile("\u00ad"), ""),
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
# A bullet's text that opens with an amount and its unit: "- 190 рублей – взрослый;", "- 14 человек"
BULLET_QUANTITY = re.compile(r"\d[\d\s.,]*\s?[^\W\d_]")
# A sum of money or a share: "– 45 рублей", "12 руб. в месяц", "70%" (a value line under "Утвердить тарифы
# в размере:" names a value the heading sets, no task of its own)
MONEY_AMOUNT = re.compile(r"\d[\d\s.,]*\s*(?:руб|коп|%|процент)", re.I)
SEPARATOR = re.compile(r"^[\s_=*|~.-]{3,}$"
                       # a flattened table's border ("------T----------¬", "+----+----+"): dashes and its junctions
                       r"|^(?=.*[-─═]{3})[\s_=*|~.+¦¬┌┐└┘├┤┬┴┼─│═║TL-]+$")
# a line of stray punctuation (a lone "." under "ПОСТАНОВЛЯЕТ:"): no text, no label (dashes and
# bullets are left to the label rules: their text may follow on the next line)
STRAY_PUNCTUATION = re.compile(r"^[\s.,;:!?*_=~|]+$")

# A list label at the start of a line: "1.", "1.1.", "1.1", "1)", "-", "•", "- 1.", "- -", "1.Утвердить",
# and a typed "1. 1  Главам", "3.  1.  Организовать" (one or two spaces after the dot, before a capital: not
# "1. 10 человек"); a council's
# "Статья 2" alone on its line or "Статья 2. Настоящее решение ..." (not "Статья 12 Закона ..." wrapped).
# "1.1 .Приступить ...": the label's dot typed after a space, as the gap before the text.
# "-----1.-Администрациям ...": a run of dashes before a number and a dash glued after its dot are
# a converted table's borders, part of the label. A number without its dot or bracket is a label only
# without a bullet: "- 82 руб. - для детей" is a bullet whose text is the amount
LABEL = re.compile(
    r"""^(?P<lead>\s*)
    (?P<label>
        (?P<bullets>-{4,}\s*|(?:[-–—•·▪●◦*\uf0b7\uf0a7\uf0d8\uf076\uf0fc➢►✓]\s*){1,3})?
        (?:
            # (a date a wrapped line opens with is no label: "... в срок до" / "01.09.98 г.")
            (?!\d{1,2}\.[01]?\d\.\d{2,4}\s*(?:г\.|г\b|года|$))
            (?P<num>\d{1,3}(?:\.(?:\s{1,2}(?=\d{1,3}\.?\s+[А-ЯЁ]))?\d{1,3}(?![\d\s]*\s"""
    # a date's day after the label's dot is no part of the number: "2.30 апреля 2008 года считать ..."
    + MONTH_WORD + r"""(?![а-яё]))){0,4})(?P<close>\.|\)|(?(bullets)(?!)|(?=\s)))
          | (?P<letter>[а-я])\)
          | (?P<roman>[IVX]{1,5})\.(?=\s)
          | (?:Статья|СТАТЬЯ)\s(?P<article>\d{1,3})(?:\.(?=\s)|(?=\s*$))
        )?
    )
    (?P<gap>\s*(?:(?<=[.)])[-–—]\s*(?=[А-ЯЁ])|(?<=\d\s)\.\s*(?=[А-ЯЁ]))?)""",
    re.VERBOSE,
)

# A number with no dot or bracket before a capitalised word ("1 Утвердить:", "2 Рекомендовать главам ..."): a
# label only where such lines count 1, 2, 3 through the document (`lines.mark_bare_labels`)
BARE_NUMBER_LABEL = re.compile(rf"^\s*(?P<num>\d{{1,2}})\s+(?!{MONTH_WORD})[А-ЯЁ][а-яё]")

# An act's type word in capitals, as a heading prints it (the signature rule and the run-in heading read it)
_CAPS_ACT_TYPE = r"(?<![А-ЯЁа-яё])(?:РАСПОРЯЖЕНИЕ|ПОСТАНОВЛЕНИЕ|ПРИКАЗ|РЕШЕНИЕ|УКАЗ)(?![А-ЯЁа-яё])"

# Lines that end the resolutive part: signatures, site boilerplate.
END_OF_ACT: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("signature_post", re.compile(
        r"^(?:(?:И\.\s?о\.\s*|Временно исполняющий обязанности\s+)"
        # an acting official signs for a post in the genitive: "И.о. главы администрации", "И.о. президента"
        r"(?i:главы|председателя|начальника|министра|директора|руководителя|мэра|губернатора|президента|ректора)\b|"
        r"(?:И\.\s?о\.\s*|Временно исполняющий обязанности\s+|Первый\s+|Генеральный\s+)?"
        r"(?i:Глава|Председатель|Председательствующ(?:ий|ая)|Ведущ(?:ий|ая)\s+(?:публичн|слушани|заседани|собрани)\w*|"
        r"Начальник|Министр|Директор|Руководитель|Секретарь|Заместитель|Мэр|Губернатор|Президент|Ректор|Верно"
        # "Вице-Губернатор области В.В. Петров", "Зам. главы администрации района"
        r"|Вице-(?:губернатор|мэр|президент|премьер))\b|Зам\.\s?(?=[а-яё]))"
        r"(?![^\n]{0,20}(?:обеспечить|провести|организовать|принять))"
        # the act's heading run into one line with its issuer: "ГЛАВА АДМИНИСТРАЦИИ ... РАСПОРЯЖЕНИЕ 1 марта 1994 г."
        rf"(?![^\n]{{0,120}}?{_CAPS_ACT_TYPE})",
    )),
    ("signature_initials", re.compile(r"^[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+\s*\|?\s*$|^[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.\s*\|?\s*$")),
    # ("Скачать документ нельзя - можно заказать ...", "Скачать (36.5 Кб)": a download link's caption)
    ("site_boilerplate", re.compile(r"^(?:Если вы являетесь пользователем|Поделиться|Другие записи|Текст решени|Приложение\b"
                                    r"|Скачать\s+(?:документ\b|\(?\d))")),
    ("archive_reference", re.compile(r"^(?:ГАКО|ГА[А-Я]{1,4}\.|Ф\.\s*\d)")),
    # a database's field under the act: "Дата: 30.11.2007" alone on its line (an event's "Дата проведения:
    # 5 марта" names its field)
    ("site_date_field", re.compile(r"^\W*(?:Дата|Опубликовано|Размещено)\s*:\s*\d{1,2}\.\d{1,2}\.\d{2,4}\s*(?:г\.?)?\s*$")),
)

# An act's heading run into one line with its text (line breaks lost): the issuer, the type word in
# capitals, the date and the number, then the text ("ГЛАВА АДМИНИСТРАЦИИ ... РАСПОРЯЖЕНИЕ 1 марта 1994 г.
# г. Калуга № 131-р В целях ...")
RUN_IN_HEADING = re.compile(
    rf"^[^\n]{{0,200}}?{_CAPS_ACT_TYPE}"
    # (its date before the number: "ПОСТАНОВЛЕНИЕ № 2 Совета атаманов ... 2017 года" is one heading)
    r"[^\n]{0,60}?(?:\d{4}|\d\.\d\d)[^\n]{0,40}?(?:№|N)\s*[\w./-]*\d[\w./-]*(?=\s+[А-ЯЁ](?:[а-яё]|\s))"
)

# "Срок исполнения: ...", "Сроки - ...", "Срок исп.: ...", "(срок – до 1 марта)"
DEADLINE_LINE = re.compile(
    r"^[\s(\[•·-]*сроки?(?!\w)(?:\s+[^\s:–—-][^\s:–—]{0,24}){0,3}\s*[:–—-]\s*(?P<value>.*)$", re.I | re.S
)
# Without a separator only after a telling word, and only if the rest parses: "Срок исполнения до 1.09.2023".
# the words that may follow "срок" in a term's label: "Срок исполнения", "Сроки реализации"
_TERM_OF = r"(?:исполнения|выполнения|исп\.|реализации|проведения)"
DEADLINE_LINE_BARE = re.compile(rf"^[\s(\[•·-]*сроки?\s+{_TERM_OF}\s+(?P<value>.+)$", re.I | re.S)

# A signature glued to the end of the last item ("... газете “Вести”. Глава администрации ... Ю.А. Скрипилин.").
# The name may carry one initial ("О.Бетин") or follow its initials; the place, date and number
# of signing may close the act after it ("... Б.Ельцин Москва, Кремль 4 января 1992 года N 12"), in any
# order and with a site's dates of posting ("... В.В. Софронов Распоряжение №257 26 сентября 2012 года").
_SIGNED_NAME = r"(?:[А-ЯЁ]\.(?:\s?[А-ЯЁ]\.)?\s?[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.)"
_SIGNING_STAMP = (r"(?:(?:\d{1,2}\s+[а-яё]+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})\s*(?:г\.|года)?"
                  r"|(?:N|№)\s*[\w/-]+)")
_SIGNING_PLACE_DATE = (rf"(?:\s+(?:г\.\s?)?(?:[А-ЯЁ][а-яё-]+,?\s+){{0,3}}(?:от\s+)?{_SIGNING_STAMP}"
                       rf"(?:\s*{_SIGNING_STAMP}){{0,3}})?")
_TRAILING_SIGNER_POSTS = (
    "Глава", "Председатель", "Начальник", "Министр", "Директор", "Мэр", "Руководитель", "Первый заместитель",
    "Заместитель", "Исполняющий обязанности", r"И\.\s?о\.", "Президент", "Губернатор", "Премьер",
)
TRAILING_SIGNATURE = re.compile(
    rf"(?<=[.;])\s+(?:{'|'.join(_TRAILING_SIGNER_POSTS)})\b"
    rf"[^.;]{{0,160}}?{_SIGNED_NAME}\.?{_SIGNING_PLACE_DATE}\.?"
    # the annex the page runs on into: "... Н.С.Купцова УТВЕРЖДЕН постановлением администрации ... Регламент ..."
    r"(?:\s+(?:УТВЕРЖДЕН[АЫО]?|Утвержден[аыо]?|ПРИЛОЖЕНИЕ|Приложение)\b[\s\S]*)?\s*$"
)

# every TRAILING_SIGNATURE match holds one of its posts: an item without one skips the scan
TRAILING_SIGNATURE_CUE = compile_cues(_TRAILING_SIGNER_POSTS, fold=False)

# "Ответственный: заместитель директора по УВР Иванова И.И." under an item of school minutes.
RESPONSIBLE_LINE = re.compile(
    r"^\(?\s*(?:ответственн\w*|отв\.|исполнител\w*)(?:\s+за\s+исполнение)?\s*[:\-–—]\s*(?P<who>[^()]+?)\s*\)?\s*$",
    re.I,
)

# The label of a note under an item of minutes: its term or who carries it out. One line may hold
# both ("Ответственный: Петров П.П. Срок: до 1 мая", "Срок: до 15.05.2021. Ответственные: ..."):
# each label after a sentence's end starts a note of its own.
EXECUTION_NOTE_LABEL = re.compile(
    rf"(?<![\w-])(?:сроки?(?:\s+{_TERM_OF})?"
    r"|ответственн\w*(?:\s+исполнител\w*)?(?:\s+за\s+исполнение)?|отв\.|исполнител\w*)\s*[:\-–—]",
    re.I,
)

# Inline numbered items inside one long line: "...: 1. Завершить ... 2. При ... 3.Рекомендовать".
INLINE_LETTER = re.compile(r"(?<=[:;])\s+(?P<letter>[а-и])\)\s+(?=[а-яё(])")
INLINE_DASH = re.compile(r"(?<=[:;])\s+(?P<dash>[-–—])\s+(?=[а-яё]|\d{1,2}\.\s)")  # "- 1. Принять ..." too
# a lost-break list's bullets may also open with a capital after a full stop ("... потенциала. - Развитие ...")
INLINE_DASH_LIST = re.compile(r"(?<=[:;.])\s+(?P<dash>[-–—])\s+(?=[а-яёА-ЯЁ]|\d{1,2}\.\s)")
# An editor's note between items of a consolidated text ("Постановлением Правительства ... от ... в пункт 3
# настоящего постановления внесены изменения"; "(в ред. ...)"): no part of an item.
EDITORIAL_NOTE = re.compile(
    # (a range of items repealed together keeps its label: "3 - 4. Утратили силу. - Постановление ...")
    r"^(?:\d{1,3}(?:\.\d{1,3})*\s*[-–—]\s*\d{1,3}(?:\.\d{1,3})*\.\s*)?\(?\s*(?:в\s+ред\.|(?:постановлением|решением|распоряжением|приказом|указом)\b.{0,300}?"
    r"(?:внесены\s+изменени|изложен\w*\s+в\s+(?:новой|следующей)\s+редакции|утратил\w*\s+силу|"
    r"признан\w*\s+утратившим|дополнен)"
    # an item a later act repealed, as legal databases print it: "1. Утратил силу с 1 июня 1997 года. -
    # Постановление Администрации г. Юрги от 16.05.1997 № 20."
    r"|(?:утратил\w*\s+силу|исключ[её]н\w*)\b[^.]{0,40}\.\s*[-–—]\s*"
    r"(?:постановлени|решени|распоряжени|приказ|указ|закон)"
    # or the bare word left in its place: "1.1.Исключен", "3. Утратил силу."
    r"|(?:утратил\w*\s+силу|исключ[её]н\w*)\s*\.?\s*$"
    # legal databases' notes: "Нумерация пунктов приводится в соответствии с источником", "См. текст ..."
    r"|нумерация\s+(?:пунктов|разделов|подпунктов)\s+приводится|см\.\s+текст\b"
    # a footnote signed as the database's: "* Приложение см. по ссылке. - Примечание изготовителя базы данных."
    r"|.{0,200}?примечание\s+изготовителя\s+базы\s+данных"
    # an omitted text, as databases mark it: "Информация не приводится.", "(Приложение не приводится)"
    r"|\(?\s*(?:[А-ЯЁа-яё]+\s+){1,3}не\s+привод(?:ится|ятся)\s*\.?\s*\)?\s*$)", re.I)
# What an amendment says before the new wording it quotes ("пункт 7 изложить в следующей редакции:",
# "дополнить абзацем следующего содержания:", "заменить словами:"): the quote that follows is one text.
NEW_WORDING = re.compile(r"(?:редакции|содержания|словами|текстом)\s*:", re.I)
# A formula verb and its colon inside a line that goes on with unnumbered sentences ("..., постановляю:
# С 8 июля закрыть отделение. Главному врачу: - ..."): where the directive part begins.
# Matched backwards from each ": " + capital (`INLINE_FORMULA_COLON`): lines hold few colons, so the
# alternation is tried a few times per line instead of at every position.
INLINE_FORMULA = re.compile(
    r"(?<!\w)(?:постановля(?:ю|ет|ем)|приказыва(?:ю|ет|ем)|распоряжа(?:юсь|ется)|реш(?:ил|ила|или|ило)|"
    r"постановили|рекоменду(?:ю|ет|ют))\s*$", re.I)
INLINE_FORMULA_COLON = re.compile(r":\s+(?=[А-ЯЁ])")
# "Приложение № 2." alone on its line: a reference to an annex, or the annex's own heading
ANNEX_REFERENCE = re.compile(r"(?i)^\(?приложени[ея]\s*(?:№|N)?\s*\d+\)?\.?$")
INLINE_DASH_CUE = regex_cue(r"[:;]\s+[-–—]\s")
INLINE_PAREN_NUMBER = re.compile(r"(?<=[:;.])\s+(?P<num>\d{1,2})\)\s+(?=[а-яёА-ЯЁ])")
# "... постоянно. Срок исполнения: август 2023 г. 6. ...": a term line glued after its item (the
# match ends where the term line begins)
INLINE_DEADLINE_LABEL = re.compile(r"[.;](?=\s+Срок(?:\s+исполнения)?\s*[:–—-])")
# an outer item of a lost-break list that heads a list of its own: "2. Управлению образованием: - 1. ..."
INLINE_HEADING = re.compile(r"\s*[А-ЯЁ][^.;:!?]{0,100}:\s")
# A colon that opens what the item's own sentence names, not sub-items: a body's members ("создать
# комитет в составе:", "Утвердить состав комиссии:", "включить в состав совета:"), a territory's
# boundaries ("в следующих границах:"), addresses, a route. The lines below are the item's text.
# "в следующие сроки: первый этап — ...; второй — ...", "по следующему графику:", "в период: с ... по ...;
# с ... по ...": the dates of a schedule inside the item are its deadline, combined as a Срок line's
# values (SPEC §3); printed as lines below the item, they are its text
SCHEDULE_WORDS = (
    r"в\s+(?:следующие|нижеследующие|нижеуказанные)\s+(?:сроки|дни|даты|периоды)|(?:по|согласно)\s+"
    r"(?:следующему|нижеследующему)\s+графику|в\s+(?:два|три|четыре|пять|несколько)\s+этапа|поэтапно|в\s+периоды?"
)
SCHEDULE_LEAD = re.compile(rf"(?<!\w)(?:{SCHEDULE_WORDS})\s*[:–—-]", re.IGNORECASE)
# every SCHEDULE_LEAD match holds one of these: most items skip its search
SCHEDULE_CUE = compile_cues(["сроки", "график", "этап", "дни", "даты", "период"])
# Clauses that make an item a directive without an infinitive near its start: entry into force, control,
# a report noted after its long title ("Информацию департамента «...» принять к сведению")
PRESCRIBING_CLAUSE = re.compile(r"вступа\w+\s+в\s+силу|контроль\b|принять\s+к\s+сведению", re.IGNORECASE)
# "Контроль за исполнением ... возложить:" / "На первого заместителя главы ...": the colon sets off whom
# the control is charged to, on the next line
CHARGE_COLON_END = re.compile(r"(?<!\w)(?:возложить|возлагаю|возлагается)\s*:\s*$", re.IGNORECASE)
CONTENT_LIST_HEAD = re.compile(
    r"(?<!\w)(?:во?\s+(?:следующ[а-яё]+\s+|нижеследующ[а-яё]+\s+)?(?:составе|границах)"
    r"|(?:по|в)\s+(?:следующ[а-яё]+\s+)?(?:адресам|маршруту|координатам)"
    # the terms of a deal the body agrees to: "Дать согласие ... на следующих условиях:" / "- срок возврата ..."
    r"|на\s+(?:следующ|нижеследующ)[а-яё]+\s+условиях"
    r"|(?:во?\s+)?состав\s+[^:;.]{1,80}"
    # whom an act is brought to: "довести настоящее распоряжение до сведения:" / "1) депутатов Думы; ..."
    r"|до\s+сведения)\s*:\s*$",
    re.IGNORECASE,
)
SCHEDULE_HEAD = re.compile(rf"(?<!\w)(?:{SCHEDULE_WORDS})\s*:\s*$", re.IGNORECASE)
# a schedule's row that opens with its date: "с 15.09.2014 - объектов здравоохранения ...", "до 1 октября – жилых
# домов": under "... в соответствии с графиком включения ...:" the rows are the item's dates (SPEC §3)
DATED_ROW = re.compile(r"^\s*(?:[сc]|до|по|к)\s+\d{1,2}(?:\.\d{1,2}\.\d{2,4}|\s+[а-яё]+(?:\s+\d{4})?)\s*(?:г\.|года)?\s*[-–—]\s",
                       re.IGNORECASE)
# where a heading that opens an inline dash list starts: after a stop, a colon or bold markers
# (not a label's own dot: "2. Обновить"; a heading may carry a bare number: "2 Родителям:")
INLINE_HEADING_BOUNDARY = re.compile(r"(?:(?<!\d)[.;:!?»*]|\*\*)\s+(?=[А-ЯЁ]|\d{1,2}\s+[А-ЯЁ])")
INLINE_LABEL = re.compile(
    # ("РЕШИЛА: 1.     Назначить ...": a fixed-width layout's spaces after the label; "N 552-рп (НТЦС) 1.
    # Образовать ...": after a bracket that closes a heading's note)
    # ("... <…> 3. В пионерские лагеря ...": after an excerpt's elision mark)
    r"(?:(?<=[.;:!?»\"“”)>\]])|(?<=[.;:!?»\"“”)>\]] ))\s*(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})\.\s{0,6}(?=[А-ЯЁа-яё])"
)
# every INLINE_LABEL match is a number right after punctuation: lines without one skip its look-behind scan
INLINE_LABEL_CUE = regex_cue(r'[.;:!?»"“”)>\]]\s*\d')
# a label whose sentence end was lost in conversion: "... на 1958 год 2. Обязать ...", "... края 2. Опубликовать
# ...": after a lower-case word, before a capitalised word; taken only before a verb and when it
# continues the count (`lines.split_inline_items`)
# (after a comma too: "... от 8 сентября 2009 г. №286-р, 1. Провести ...": a ground run into its first item)
LOOSE_INLINE_LABEL = re.compile(r"(?<=[а-яё,]) (?P<num>\d{1,2})\.\s?(?=(?P<next>[А-ЯЁ][а-яё]+))")
LOOSE_INLINE_LABEL_CUE = regex_cue(r"[а-яё,] \d\d?\. ?[А-ЯЁ]")

# --- Resolutive formulas ------------------------------------------------------------------------


@dataclass(frozen=True)
class Formula:
    name: str
    kind: str  # recommendation | instruction | task | decision
    pattern: re.Pattern[str]
    doc_type: str | None = None  # the act type the formula implies
    # a formula that scans far into the text (not only its opening words) is tried only on texts
    # holding one of its words: `search` is what every stage calls
    cue: Cue | None = None

    def search(self, text: str) -> re.Match[str] | None:
        if self.cue is not None and not self.cue.search(text):
            return None
        return self.pattern.search(text)


def _f(name: str, kind: str, regex: str, doc_type: str | None = None, cue: tuple[str, ...] = ()) -> Formula:
    return Formula(name, kind, re.compile(regex, re.IGNORECASE), doc_type, compile_cues(cue) if cue else None)


# A charge verb's forms that open an item or precede its addressee: the infinitive, and a head's first
# person ("1. Предлагаю главам поселений:", "Поручаю ..."); one list per verb for ITEM_FORMULAS and CHARGE_VERBS
RECOMMEND_FORMS = "рекомендовать|рекомендую|рекомендуем"
PROPOSE_FORMS = "предложить|предлагаю|предлагаем"
CHARGE_FORMS = "поручить|поручаю|поручаем"
OBLIGE_FORMS = "обязать|обязываю"
ASK_FORMS = "просить|прошу|просим"
# a public appeal's demands: "граждане ... обращаются к главе города, депутатам с требованиями:" (the
# addressed, group `appealed`, are the addressees of the items below)
APPEAL_WITH_DEMANDS = (r"\bобраща(?:ются|емся|ется)\s+к\s+(?P<appealed>[^:]{3,300}?)\s+с\s+"
                       r"(?:требовани|просьб|предложени)[а-яё]*\s*:\s*$")

# Searched in a line that ends with ":" (or in the text before an inline list). Order matters:
# a task list announced with "предлагают ... задачами ... считать" is a task list, not a recommendation.
FORMULAS: tuple[Formula, ...] = (
    _f("task_list", "task", r"\bзадач(?:и|ами|а|у)\b[^:]{0,120}:\s*$"),
    _f("task_list_verb", "task", r"\b(?:определены|поставлены|сформулированы)\b[^:]{0,60}\bзадач\w*[^:]{0,60}:\s*$"),
    _f("order_prikazyvayu", "instruction", r"\bприказыва(?:ю|ет|ем)\b", "приказ"),
    _f("postanovlyaet", "instruction", r"\bпостановля(?:ет|ю|ем)\b|\bпостановили\b", "постановление"),
    _f("rasporyazhayus", "instruction", r"\bраспоряжа(?:юсь|ется)\b|\bобязыва(?:ю|ет)\b", "распоряжение"),
    _f("reshil", "instruction", r"\bреш(?:ил|ила|или|ило|ает|аем|ают)\b\s*:?", "решение"),
    _f("decision_taken", "instruction", r"\bпринят[оаы]?\s+(?:следующ(?:ее|ие)\s+)?решени[ея]\s*:\s*$", "решение"),
    _f("decision_heading", "instruction", r"^\W*(?:решение|постановили|решили)\s*:\s*$"),
    _f("recommend_decided", "recommendation", r"\bпринято\s+решение\s+рекомендовать\b"),
    _f("recommend", "recommendation", r"\bрекоменду(?:ю|ют|ет|ем)\b|\bрекомендовать\b|\bрекомендации\s*:\s*$"),
    _f("appeal_with_demands", "recommendation", APPEAL_WITH_DEMANDS),
    _f("consider_necessary", "recommendation", r"\bсчита(?:ют|ет|ем)\s+(?:необходимым|целесообразным|важным)\b"),
    _f("propose", "recommendation", r"\bпредлага(?:ют|ет|ем)\b"),
    _f("ask", "recommendation", r"\bпрос(?:ят|ит|им)\b"),
)

# Colon lines of minutes and reports that introduce no directives ("СЛУШАЛИ:", "Повестка дня:").
NON_RESOLUTIVE_HEADINGS = re.compile(
    r"^(?:слушали|выступили|присутствовали|отсутствовали|приглашены|повестка(?:\s+дня)?|"
    # ("Информация не приводится." is a database's note of an omitted annex: EDITORIAL_NOTE)
    r"в\s+(?:работе|заседании)\s+(?:\S+\s+){0,3}приняли\s+участие|докладчик|информация(?!\s+не\s+привод))\b",
    re.I,
)

# The first words of a preamble: the header (issuer, type, date, number, heading) ends before them.
_PREAMBLE_WORDS = (
    r"(?:В\s+соответствии|В\s+целях|С\s+целью|На\s+основании|Во?\s+(?:исполнение|изменение)|Руководствуясь|В\s+связи\s+с|"
    r"Рассмотрев|Заслушав|Обсудив|Учитывая|В\s+рамках)"
)
# An item's own formula verb at its start beats the document's formula (SPEC §3 `kind`); a section
# heading's verb ("3. Утвердить:") sets the kind of the sub-items below it.
# What may stand before an item's verb: a starting date ("С 23 мая 2011 года запретить ..."), or a
# participial clause of grounds ("Учитывая предложения, высказанные на слушаниях, одобрить ...").
# or the period it holds for ("В период ограничительных мероприятий (карантина) [по бешенству] запретить ...").
ITEM_LEAD = (r"(?:(?:начиная\s+)?[сc]о?\s+\d{1,2}(?:\.\d{1,2}\.\d{2,4}|\s+[а-яё]+(?:\s+\d{4})?)\s*(?:г\.|года)?\s*,?\s+"
             r"|[вн]а?\s+период\s+[^;:.()]{0,100}?(?:\s*\([^()]{0,40}\)[^;:.()]{0,60}?)?\s*,?\s+"
             r"|учитывая\b[^;]{0,300}?,\s+"
             # a ground or a purpose closed by a comma ("В связи с террористическим актом ..., выделить ...")
             # (the comma may be missing: "В связи с аварийным состоянием котельной выделить ...")
             r"|в\s+(?:связи\s+с|целях)\b[^;:]{0,300}?,?\s+"
             # the purpose it serves ("Для проведения голосования ... образовать избирательные участки")
             r"|для\s+[^;:.()]{0,200}?\s+)?")

# a ground or purpose before a formula verb, with or without a comma ("В целях патриотического воспитания
# ... рекомендовать администрации города ...")
# ("Учитывая ..., одобрить и рекомендовать к принятию": the verb after "и" is not the formula)
ITEM_GROUND = rf"(?:{_PREAMBLE_WORDS}(?![а-яё])[^;:]{{0,300}}?[\s,](?<!\sи\s))?"

# the words of the three formulas that charge or recommend, and one search for any of them anywhere (an
# addressee may come first: "Организациям торговли рекомендовать ...")
_IMPERSONAL_RECOMMEND = "рекомендуется|рекомендовано"
_IMPERSONAL_PROPOSE = "предложено|предлагается"
_IMPERSONAL_CHARGE = "поручено|поручается"
_RECOMMEND_WORDS = f"{RECOMMEND_FORMS}|{_IMPERSONAL_RECOMMEND}|{ASK_FORMS}"
_PROPOSE_WORDS = f"{PROPOSE_FORMS}|{_IMPERSONAL_PROPOSE}"
_CHARGE_WORDS = f"{CHARGE_FORMS}|{_IMPERSONAL_CHARGE}|{OBLIGE_FORMS}"
CHARGING_FORMULA_WORD = re.compile(rf"(?<!\w)(?:{_RECOMMEND_WORDS}|{_PROPOSE_WORDS}|{_CHARGE_WORDS})", re.I)

# a lost space between a formula verb and the next word of four letters or more ("поручитьотделу"; not
# "поручиться"): ITEM_FORMULAS and CHARGE_VERBS read the verb all the same
_LOST_SPACE = r"(?=[а-яё]{4})"
_GLUED_END = rf"(?:\b|{_LOST_SPACE})"

# "Контроль за исполнением ... возложить на ...": the closing clause that charges someone with the control
CONTROL_CHARGE = r"^\s*контроль\b[^.;]{0,200}?\bвозлож\w*"

ITEM_FORMULAS: tuple[Formula, ...] = (
    # the impersonal forms too: "В целях ..., рекомендовано осуществление торговли с 10.00 до 19.00"
    # (a lost space after the verb keeps it: "Рекомендоватьруководителям предприятий ...")
    _f("item_recommend", "recommendation", rf"^{ITEM_GROUND}(?:{_RECOMMEND_WORDS}){_GLUED_END}"),
    _f("item_propose", "recommendation", rf"^{ITEM_GROUND}(?:{_PROPOSE_WORDS}){_GLUED_END}"),  # SPEC §6: "Предложить" → recommendation
    # the page cut the formula verb itself: "4. Рекомен", "Предлож"
    _f("item_recommend_cut", "recommendation", rf"^{ITEM_GROUND}(?:рекомен|предлож)[а-яё]*\s*$"),
    _f("item_charge", "instruction", rf"^{ITEM_GROUND}(?:{_CHARGE_WORDS}){_GLUED_END}"),
    # SPEC §6: the body's permission, whoever receives it; an authority it grants is one too
    _f("item_allow", "decision", r"^(?:разрешить|уполномочить)\b"),
    _f("item_control_charge", "instruction", CONTROL_CHARGE),
    # "оставляюза собой": glued; "оставляю за с": the page cut it off
    _f("item_control_self", "decision",
       r"^контроль\b[^.;]{0,200}?\b(?:оставляю|оставляет|остается)\s*за\s+(?:собой|с[а-яё]{0,3}\s*$)"),
    # the amended or repealed act comes first as often as the verb: "Постановление ... от ... N 12 считать
    # утратившим силу", "Приложение ... читать в новой редакции", "пункт 24 ... дополнить словами"
    _f("item_amend_or_repeal", "decision",
       r"^[^;]{0,400}?\b(?:(?:признать|считать)\s+(?:\S+\s+){0,2}?утративш(?:им|ими)\s+силу|"
       r"(?:читать|изложить)\s+в\s+(?:новой|следующей)\s+редакции|"
       r"дополнить\s+(?:словами|абзацем|пунктом|подпунктом|частью|строкой|разделом)|"
       r"оставить\s+без\s+изменени)",  # "Решение ... от 25.03.1993 ... оставить без изменений"
       cue=("утративш", "редакци", "дополнить", "без изменени")),
    # the place in an act first: "В пункте 2 распоряжения слова "..." заменить словами "...""; or the words
    # first: "Слова "..." заменить словами "..."": the body amends its act
    _f("item_amend_in_place", "decision",
       r"^(?:(?:в|во)\s+(?:пункт|подпункт|абзац|приложени|раздел|стать|преамбул|наименовани|заголовк|текст|"
       r"таблиц|граф|строк)\w*\b[^;]{0,300}?\b(?:заменить|исключить|дополнить|изложить)\b"
       r"|слов[оа]\s[^;]{0,300}?\bзаменить\s+слов)",
       cue=("заменить", "исключить", "дополнить", "изложить")),
    # "Публичные слушания ... считать состоявшимися": the body's finding, the object first or after the verb
    _f("item_held_valid", "decision", r"^[^;]{0,300}?\b(?:считать|признать)\s+(?:\S+\s+){0,8}?состоявш(?:имися|ими|имся)",
       cue=("состоявш",)),
    # the speakers declare their own stand ("Граждане района выражают поддержку ...", "Поддерживаем
    # инициативу ..."): the body's act, unless the item goes on to ask someone for something
    _f("item_declaration", "decision",
       r"^(?![^;]*?(?:рекоменд|предлага|призыва|просим|просят|просит|требу|поруча|обязыва))"
       r"(?:[а-яё-]+\s+){0,6}?(?:выража|заявля|поддержива|приветству|осужда|одобря)(?:ют|ет|ем)\b",
       cue=("выража", "заявля", "поддержива", "приветству", "осужда", "одобря")),
    _f("item_in_force", "decision",
       # the date from which it applies is the act's own too; "Постановление вступает": the page cut it off
       # ("вступаетв силу": a lost space; "вступает в", "вступает в с", "вс": the page cut the clause)
       r"^(?:настоящ\w+\s+|данн\w+\s+)?(?:\w+\s+){0,2}(?:(?:вступает|вступают)(?:\s*(?:в\s*)?(?:законную\s+)?силу|\s+в(?:\s+си?л?)?\s*$|\s*$)"
       r"|(?:постановлени|решени|распоряжени|приказ)\w*\s+вс(?:т(?:у(?:п(?:а(?:е)?)?)?)?)?\s*$"
       # "Решение подлежит официальному опубликованию и вступает в силу с 1 января 2011 года"
       r"|(?:постановлени|решени|распоряжени|приказ)\w*\s+подлеж\w+\s+[^.;]{0,80}?\s+и\s+вступа(?:ет|ют)"
       r"|вводится\s+в\s+действие|распространя(?:ет|ют)ся\s+на\s+(?:\w+\s+)?правоотношени"
       # "Настоящее распоряжение распространяет свое действие на правоотношения, возникшие с ..."
       r"|распространя(?:ет|ют)\s+(?:сво[её]\s+)?действие\s+на\s+(?:\w+\s+)?правоотношени)",
       cue=("вступа", "вводится", "распространя", "вс")),
    # "Настоящее решение действует с 01 января 2012 года по 31 декабря 2012 года": how long the act holds
    _f("item_in_force_period", "decision", r"^(?:настоящ|данн)\w+\s+(?:\w+\s+){0,2}действу(?:ет|ют)\b",
       cue=("действу",)),
    _f("item_self_publication", "decision",
       r"^(?:настоящ|данн)\w+\s+(?:\w+\s+){0,2}(?:подлежит|подлежат)\s+(?:\w+\s+)?"
       r"(?:опубликовани|размещени|обнародовани)"),
    _f("item_take_note", "decision",
       r"^(?:информаци|доклад|отч[её]т|сообщени|сведени)\w*\b[^;]{0,400}?\bпринять\s+к\s+(?:сведению|исполнению)"),
    # "Ответственным за эксплуатацию переправ назначить Иванова И.И.", "Последним сроком откочевки скота
    # определить 1 июня": the role or value first, then a person, a post or a date it is given to: the
    # body's own designation (a body after the verb: item_designation)
    _f("item_role_first", "decision",
       r"^(?:ответственн\w*|(?!всем\b)\w+(?:ым|ыми|им|ими)\s+(?:лиц\w*|срок\w*|координатор\w*|представител\w*))\b"
       r"[^;:]{0,150}?\b(?:назначить|определить|установить|считать)\s+"
       r"(?:\d|[А-ЯЁ]\.\s?[А-ЯЁ]\.|[А-ЯЁ][а-яё]+(?:а|у|ую)?\s+(?:[А-ЯЁ]\.|[А-ЯЁ][а-яё]+(?:вича|вну|ича|чну)\b|[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+(?:вича|вну|ича|чну)\b)"
       r"|(?:старш|главн|ведущ)\w*\s+специалист|специалист|заместител|начальник|директор|заведующ)"),
    # "Определить уполномоченным органом ... Министерство ...", "Назначить Министерство ... региональным
    # координатором, ответственным за ...": the body designates a body or a person for a role or a status,
    # its own act. The real gold gives a decision with no addressee 8 times out of 11. Persons designated
    # ("Назначить Сидорову А.П. ответственной ...", "... следующих работников") are charged with the role.
    _f("item_designation", "decision",
       rf"^(?![^;]*?(?-i:[А-ЯЁ]\.\s?[А-ЯЁ]\.|следующих\s))"
       rf"{ITEM_LEAD}(?:определить|назначить)\s+[^;:]{{0,200}}?(?<![а-яё])(?:ответственн|уполномоченн|исполнител|"
       r"соисполнител|координатор|оператор|заказчик)[а-яё]*(?:ым|ыми|ом|ем|ой|ами|ями)(?![а-яё])",
       cue=("определить", "назначить")),
    _f("item_decision_verb", "decision",
       rf"^{ITEM_LEAD}(?:признать|одобрить|утвердить|поддержать|согласиться|согласовать|отменить|"
       r"считать\s+утратившим|информацию\s+(?:\S+\s+){0,6}?принять\s+к\s+сведению|принять\s+(?:\S+\s+){0,4}?к\s+сведению|"
       # a long report's title between: "Принять информацию заместителя Главы ... о состоянии ... к сведению"
       r"принять\s+информаци\w*\s[^;:]{0,300}?\sк\s+сведению|"
       # "принять информацию о ходе выполнения программы (к сведению)": the report noted
       r"принять\s+(?:\S+\s+)?информаци\w*\s+(?:о|об|по)\b|"
       r"принять\s+(?:за\s+основу|к\s+исполнению|к\s+рассмотрению))"),
)

# A heading that names its addressees first and ends with the formula verb ("Администрациям
# сельсоветов, руководителям предприятий ... рекомендовать:"): the verb sets its items' kind, as
# one opening the heading does (ITEM_FORMULAS)
HEADING_FINAL_VERBS: tuple[Formula, ...] = (
    _f("heading_final_recommend", "recommendation", r"[\s,](?:рекомендовать|рекомендуется|просить|предложить)\s*:?\s*$"),
    _f("heading_final_charge", "instruction", r"[\s,](?:поручить|обязать)\s*:?\s*$"),
    # "Во исполнение ..., в целях ... утвердить:" over the annexes it approves: the body's own act
    _f("heading_final_approve", "decision",
       rf"^\W*{_PREAMBLE_WORDS}(?![а-яё])[^:]*[\s,](?:утвердить|установить|определить|создать|образовать|запретить|объявить)\s*:?\s*$"),
)

# Verbs by which the issuing body acts itself when the item charges no one (SPEC §3 `kind`;
# "разрешить" is a decision with or without an addressee: `item_allow`):
# "Создать комиссию ...", "Объявить благодарность ..." (an order's "Объявляю выговор ..."), "Ввести в действие
# Положение ...". Under an addressee ("Управлению образования создать комиссию") the same verb is that
# addressee's action, so the extractor applies this only to an item left with no addressee and the formula's kind.
UNCHARGED_DECISION = _f(
    "item_uncharged_decision_verb", "decision",
    # "ввести": a rate, a regime, a member, a position; "ввести в учебные планы / в практику работы" asks
    # the schools to do it
    rf"^{ITEM_LEAD}(?:объявить|объявляю|установить|ввести\b(?![^;]{{0,120}}?\bв\s+(?:учебн|практик|работ))|создать|образовать|(?:за|вос)претить|ограничить|выделить|"
    # "Распространить льготы, предусмотренные ..., на ...": the body extends its own or another act's effect
    r"присвоить|переименовать|распространить|внести\s+(?:в\s+[^;]{0,300}?)?(?:(?:соответствующ|необходим|следующ)\w*\s+)?(?:изменени|дополнени)|довести\s+до\s+сведения,?\s+что|"
    # a quarantine or a restriction the body imposes ("Наложить карантин по ... на территории ...")
    r"наложить\s+(?:\S+\s+){0,2}?(?:карантин|ограничени|запрет|арест)|"
    # a pay rise the body grants by the act ("Повысить с 1 октября 2011 года в 1,065 раза размеры окладов ...");
    # "повысить качество работы" is work to do
    r"(?:повысить|увеличить|проиндексировать)\s+(?:\S+\s+){0,8}?(?:размер\w*\s+(?:\S+\s+){0,2}?(?:оклад|"
    r"денежн|должностн|заработн|вознагражд|пенси|стипенди|пособи|выплат)|оклад|заработн\w*\s+плат|"
    r"штатн\w*\s+численност|стипенди|пенси)|"
    # the body's own property: "Предоставить здание администрации для ...", "... помещение в аренду"
    r"предоставить\s+(?:\S+\s+){0,2}?(?:здани|помещени|земельн|участ)|"
    # a right or a benefit the body grants ("Предоставить право администрации ...", "Предоставить с 11.01.2011
    # бесплатное питание детям ..."); "Предоставить отчеты" asks for a return
    r"предоставить\s+(?:\S+\s+){0,6}?(?:прав[оа]\b|полномочи|льгот|бесплатн|компенсаци|отсрочк|рассрочк)|"
    # a sum the act sets, named first ("Размер пособия установить в сумме ...", "Стоимость путевки установить
    # в размере ..."); "На участках дорог установить знаки" is work to do
    r"(?:размер|стоимост|ставк|плат|тариф|цен[ауы]|норматив|надбавк)\w*\b[^;:]{0,200}?\sустановить\s+"
    r"(?:в\s+(?:размере|сумме|размерах)|равн)|"
    # any grant with no one charged ("Предоставить в период ... пенсионерам ... скидку"), but returns it asks
    # for ("Предоставить отчеты в отдел ...": the gold's one uncharged "предоставить" that is no decision)
    r"предоставить\s+(?![^;]{0,80}?(?<![а-яё])(?:отч[её]т|информаци|сведени|документ|данны|предложени|материал|план|"
    r"списо?к|заявк|копи|расч[её]т|смет|график|доклад))|"
    # what a body does to institutions and to its own acts: founds, reorganises, amends, assigns
    r"учредить|реорганизовать|реструктуризировать|ликвидировать|преобразовать|упразднить|присоединить|(?:пере)?подчинить|"
    r"открыть|закрыть|"
    # what the body shares out of its own: quotas, funds, duties ("Распределить механизированные мутники между
    # пользователями ...", "Распределить обязанности между заместителями")
    r"распределить|"
    # a draft the body sends back, its object first or after the verb ("Проект Правил вернуть администрации
    # города на доработку")
    r"(?:[^;:]{0,200}?\s)?(?:вернуть|возвратить|направить)\s+(?:\S+\s+){0,4}?на\s+доработку|"
    # what the body classifies ("Отнести выявленный объект культурного наследия ... к объектам ...")
    r"отнести\s+[^;]{0,250}?\sк\s+(?:\S+\s+)?(?:объект|категори|числу|памятник|землям|ведени|собственност|групп)|"
    # settlements or bodies merged into one ("Объединить Малютинский и Зеленинский сельсоветы в единый ...")
    r"объединить\s+(?:\S+\s+){0,6}?(?:сельсовет|поселени|район|округ|учреждени|предприяти|отдел|управлени|комитет)\w*\s+в\b|"
    # the body's property lent ("Предоставить во временное пользование сроком на 1 год ...")
    r"предоставить\s+(?:\S+\s+){0,8}?во?\s+(?:(?:временное|безвозмездное|постоянное|бессрочное)\s+)?(?:пользование|аренду)|"
    r"закрепить|наградить|премировать|присудить|вручить|"
    # the body nominates, commemorates, or hands its own powers over ("Выдвинуть кандидатом на звание ...",
    # "Увековечить память ...", "Передать функции учредителя ... комитету по культуре")
    r"выдвинуть|увековечить|передать\s+(?:\S+\s+){0,6}?(?:функци|полномочи|прав[ао]\b|численност|штатн)|"
    # a payment the body grants ("Выплатить в мае 2010 г. единовременную материальную помощь ... инвалидам")
    r"выплатить\s+(?:\S+\s+){0,6}?(?:помощ|пособи|преми|компенсаци|вознагражден|стипенди|единовременн)|"
    # the same worded with a noun ("Произвести единовременную выплату в размере 100 рублей следующим категориям ...")
    r"произвести\s+(?:\S+\s+){0,2}?(?:выплат|доплат|перерасч[её]т)|"
    # sanctions a body imposes: "дисквалифицировать футболиста на две игры", "Оштрафовать клуб на 5000 рублей"
    r"дисквалифицировать|оштрафовать|"
    # an amendment that names the words it replaces ("Заменить слова «05.04.2020» словами «30.04.2020»")
    r"заменить\s+(?:слов|цифр|абзац|текст)|"
    # releasing someone from a post, a duty or a payment; "освободить проезжую часть от снега" is work to do
    # ("Освободить с 01.01.2006 граждан, являющихся опекунами детей, ..., от родительской платы")
    r"освободить\s+(?:\S+\s+){0,16}?от\s+(?:\S+\s+)?(?:должност|обязанност|занимаем|уплат|оплат|плат|управлени|исполнени)|"
    # the body's institution or property handed over ("Передать в ведение ... администрации ... учреждение")
    r"передать\s+(?:\S+\s+){0,3}?в\s+(?:ведение|собственность|оперативное\s+управление|хозяйственное\s+ведение"
    r"|безвозмездное\s+пользование)|"
    # the body's own words: "Выразить благодарность Мэру ...", "выразить соболезнования семьям ..."
    r"выразить\s+(?:\S+\s+){0,2}?(?:благодарност|признательност|соболезновани|поддержк|обеспокоенност|озабоченност)|"
    # designating a body is the act's own; naming who answers for a task charges that person
    r"(?:назначить|определить)(?![^;]{0,200}?(?:ответственн|исполнител))|отметить|дать\s+согласие|"
    # an appeal to the people is the body's own word; "Обратиться в прокуратуру с просьбой ..." is a task
    r"обратиться\s+ко?\s+(?:\S+\s+){0,2}?(?:граждан|жител|населени|коллектив|трудящ|молод[её]ж|избирател|родител|земляк)|"
    # the body rejects a draft, or takes property over ("Принять в собственность Республики ... дорогу")
    r"отклонить|принять\s+(?:\S+\s+){0,3}?в\s+(?:\S+\s+)?собственность|"
    # the body grants a protest or a petition, or convenes its own session ("Удовлетворить протест
    # прокурора на решение ...", "Созвать 22 сентября очередную сессию районного Совета")
    r"удовлетворить\s+(?:\S+\s+){0,2}?(?:протест|ходатайств|заявлени|жалоб|просьб|представлени|требовани)|созвать|"
    # the body petitions a higher one, or vests a right: its own acts ("Ходатайствовать перед областной Думой
    # о ...", "Наделить правом получения ... документов ...")
    r"ходатайствовать|наделить\s+(?:\S+\s+){0,4}?(?:прав|полномочи)|"
    r"передать\s+(?:\S+\s+){0,3}?в\s+(?:муниципальную|государственную|федеральную|собственность|"
    r"оперативное|безвозмездное|аренду|хозяйственное)|"
    r"дополнить|изложить|изменить|исключить\s+из|включить\s+в\s+состав|читать\s+в|считать\b|"
    # the body elects or delegates its own members ("Избрать в состав рабочей группы депутатов ...")
    r"(?:пере)?избрать|делегировать|"
    # an election commission's own acts on candidates and lists ("Зарегистрировать кандидата ...", "Заверить
    # список кандидатов ...", "Отказать в регистрации ...", "Аннулировать регистрацию ...")
    r"зарегистрировать|заверить|отказать|аннулировать|"
    # the body's own plan or register ("Внести в план работы комиссии вопрос ..."); not a school's
    # curriculum ("внести в учебные планы" asks the schools)
    r"внести\s+в\s+(?!учебн)(?:\S+\s+){0,2}?(?:план|перечень|реестр|повестк|списо?к|программ)|"
    r"продлить|снять\s+с\s+контроля|"
    # lifting a regime or a ban the body set ("Снять особый противопожарный режим, установленный ..."),
    # and the body's own position on a draft ("Не поддерживать проект федерального закона ...")
    r"снять\s+(?:\S+\s+){0,3}?(?:режим|карантин|ограничени|запрет)|не\s+поддерж(?:ать|ивать)|"
    # the body adopts a text of its own: a draft, a programme, an appeal, a statement
    # a day off moved by the act ("Перенести в 2005 году выходной день с субботы на понедельник")
    r"перенести\s+(?:\S+\s+){0,4}?(?:выходн|рабоч|праздничн)\w*\s+д(?:ень|ни|ня)|"
    r"принять\s+(?:\S+\s+){0,3}?(?:предложени|решени|проект|программ|отч[её]т|постановлени|устав|бюджет|положени|отставк"
    r"|закон|обращени|заявлени|резолюци|декларац|регламент|запрос|план|акт(?!ив)|концепци|стратеги|правил))",
)


# The same verbs when the item names their object first ("План работ ... утвердить", "Областной
# закон ... принять в целом", "Работу ... признать удовлетворительной"): read off the item's first
# action, since the object before the verb may be of any length. Charging no one, the body acts itself;
# but a role of answering for a task names whom it charges ("Ответственным за ... определить Министерство").
OBJECT_FIRST_DECISION_VERBS = frozenset({
    "утвердить", "одобрить", "признать", "принять", "определить", "назначить", "считать", "согласовать",
    "поддержать", "отменить", "освободить", "продлить", "дисквалифицировать", "оштрафовать", "разрешить",
    "образовать",
    # awards the body gives: "Переходящий вымпел ... вручить ЗАО «Прогресс»", "За многолетнюю работу наградить ..."
    "вручить", "наградить", "присвоить", "присудить",
})  # not "установить": "На участках дорог установить знаки" is work to do; "Охоту разрешить по лицензиям",
# "Для проведения голосования ... образовать избирательные участки"
# SPEC §6: a permission is the body's decision whoever receives it ("Учреждению ... разрешить ..."):
# `item_allow` catches the verb opening the item, this the verb after a named addressee
PERMISSION_VERBS = frozenset({"разрешить", "уполномочить"})

# A decision's time that belongs to its object, not to a term of the act: (rule name, the clause's text
# before the time). Gold never dates an approved document ("Утвердить план ... на период с 22 апреля по
# 31 мая"), dates that are themselves set ("Установить даты субботников: 14 и 25 апреля", "срок действия
# полномочий до 31 мая"), the time of work the body assesses, a time told in a "что" clause
# ("Довести до сведения, что ... повышены с 1 сентября"), or the rate of a sum it sets ("500 рублей ежемесячно").
# Each: (rule name, where it looks: "clause" matched at the clause's start, "before" searched in the
# text before the time, "before_start" the same but only for a time that is no end term, pattern).
DECISION_OBJECT_TIMES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    # ("Утвердить и ввести в действие с 01.01.99 ...": the day it takes effect, a term as "Ввести в действие
    # с ..." is; the real gold, 2 of 3)
    ("approved_document_time", "clause", re.compile(rf"^{ITEM_LEAD}утвердить\b(?!\s+и\s+ввести\s+в\s+действие)", re.I)),
    ("set_dates_are_the_object", "clause", re.compile(
        # ("Установить на период морозов ... дежурство": a term of the duty, not a period the act sets)
        r"^(?:установить|определить)\s+(?:\S+\s+){0,2}?(?<!\sна\s)(?<!\sв\s)(?:даты|дату|сроки|продолжительность|период|время|график|"
        # ("Установить срок купального сезона с 3 июня по 2 сентября": the season's dates; "срок открытия навигации
        # с 20 апреля" marks when it opens, a term)
        r"расписание|срок\s+(?:действия|полномочий|(?:[а-яё]+(?:ого|его|ой)\s+)?(?:сезона|навигации)))\b", re.I)),
    # "Работу ... в 2010 году признать удовлетворительной": the time of the work the body assesses
    ("assessed_work_time", "clause", re.compile(
        # (the verb first too: "Признать работу коллектива в 2019-2020 учебном году удовлетворительной")
        r"^[^;]{0,300}?\bпризнать\s+(?:\S+\s+){0,2}?(?:удовлетворительн|неудовлетворительн|положительн)"
        r"|^признать\s[^;]{0,300}?\s(?:удовлетворительн|неудовлетворительн)", re.I)),
    # "Установить общегородским праздником ... 14 июля", "Определить 15 сентября датой проведения ...":
    # the day the act sets as a date or a holiday, named before or after the verb ("30 апреля 2008 года
    # считать последним днем отопительного сезона")
    ("set_day_is_the_object", "clause", re.compile(
        r"^(?:[^;]{0,80}?\s)?(?:установить|определить|объявить|считать)\b[^;]{0,200}?\b(?:датой|датами|днём|днем|днями|"
        r"праздником|праздничным|выходным|нерабочим|субботником|воскресником|месячником|годом|"
        r"в\s+качестве\s+(?:даты|дня|дней))\b"  # "Определить 1 июля 2020 г. в качестве даты проведения голосования"
        # a day the act founds: "Учредить День чувашского языка, приурочив его ко дню рождения ..., 25 апреля"
        r"|^(?:учредить|установить|объявить)\s+(?:\S+\s+){0,2}?(?:день|праздник)\b", re.I)),
    # "Перенести (в 2011 году) выходной день с субботы 14 мая на вторник 3 мая": the days the act moves
    ("moved_day_is_the_object", "clause", re.compile(
        r"^(?:[^;]{0,80}?\s)?перенести\s+(?:\S+\s+){0,4}?(?:рабоч|выходн|праздничн|нерабоч)[а-яё]*\s+(?:день|дни|дня)\b",
        re.I)),
    # "Назначить выборы депутатов ... на 13 сентября 2015 года", "Назначить местный референдум ... на воскресенье
    # 18 сентября": the polling day the act sets
    ("polling_day_is_the_object", "clause", re.compile(
        r"^(?:[^;]{0,80}?\s)?назначить\s+(?:\S+\s+){0,3}?(?:выбор|референдум|голосовани|опрос)", re.I)),
    # (a "что" clause that obliges, "имея в виду, что этот переход необходимо завершить до ...", sets a term,
    # and so does an end term in it: "Установить, что поправки ... направляются ... до 14 июня 2011 года")
    ("that_clause_time", "before_start", re.compile(
        r"(?<!\w)что\s(?:(?!(?<!\w)(?:необходимо|следует|надлежит|должн[а-яё]*|обязан[а-яё]*)(?!\w))[^;])*$", re.I)),
    # "стипендию в сумме 500 рублей ежемесячно", "плату 20 % в месяц": the rate of a sum the act sets
    ("rate_of_a_sum", "before", re.compile(r"(?:\d\s*|\b)(?:рубл[а-яё]*|руб\.|коп[а-яё]*\.?|%|процент[а-яё]*)\s*$", re.I)),
)


# "..., определив датами его заседаний 26-29 мая", "установив сроком проведения 5 июня": a participle
# clause naming the dates it sets, right before the time
SET_DATES_CLAUSE = re.compile(r"(?<!\w)(?:определив|установив|назначив)\s+(?:\S+\s+){0,4}?(?:датой|датами|днём|днем|"
                              r"днями|сроком|сроками)\s+(?:\S+\s+){0,3}?$", re.I)


@dataclass(frozen=True)
class ChargeVerb:
    """A formula verb that names its addressee right after it: "Поручить X сделать", "Обязать X сделать"."""

    name: str
    pattern: re.Pattern[str]
    case: str  # the case of the addressee it governs
    kind: str  # the kind of the block under a heading it opens ("Рекомендовать Собранию:")


# Formula verbs stripped before an inline addressee or an addressee heading.
_VERB_END = rf"(?:\s+|{_LOST_SPACE})"  # "Рекомендоватьруководителям предприятий ..."
CHARGE_VERBS: tuple[ChargeVerb, ...] = (
    # (the impersonal forms too: "Рекомендуется главам поселений провести сходы", "Поручено отделу ...")
    ChargeVerb("recommend_to", re.compile(rf"^(?:{RECOMMEND_FORMS}|{_IMPERSONAL_RECOMMEND}){_VERB_END}", re.I), "datv",
               "recommendation"),
    ChargeVerb("charge_to", re.compile(rf"^(?:{CHARGE_FORMS}|{_IMPERSONAL_CHARGE}){_VERB_END}", re.I), "datv",
               "instruction"),
    ChargeVerb("propose_to", re.compile(rf"^(?:{PROPOSE_FORMS}|{_IMPERSONAL_PROPOSE}){_VERB_END}", re.I), "datv",
               "recommendation"),
    ChargeVerb("oblige", re.compile(rf"^(?:{OBLIGE_FORMS}){_VERB_END}", re.I), "accs", "instruction"),
    ChargeVerb("ask", re.compile(rf"^(?:{ASK_FORMS}){_VERB_END}", re.I), "accs", "recommendation"),
    # SPEC §6: "Разрешить X <infinitive>": X is the addressee, the body's permission a decision
    ChargeVerb("allow", re.compile(r"^разрешить\s+", re.I), "datv", "decision"),
    # "Уполномочить X <infinitive>": the authority granted to X, in the accusative
    ChargeVerb("authorize", re.compile(r"^уполномочить\s+", re.I), "accs", "decision"),
    # "Потребовать от руководителей хозяйств принять меры ...": the charged in the genitive after "от"
    ChargeVerb("demand_from", re.compile(r"^потребовать\s+от\s+", re.I), "gent", "instruction"),
)

def opening_charge_verb(text: str) -> tuple[ChargeVerb, int] | None:
    """The formula verb that opens `text` ("Поручить ...", "Рекомендоватьруководителям ...") and the offset
    after it, where its addressee may start; None when the text opens with none (the table's order decides)."""
    for verb in CHARGE_VERBS:
        m = verb.pattern.match(text)
        if m:
            return verb, m.end()
    return None


# any word of CHARGE_VERBS, searched anywhere: whether an item may hold one after a leading adverbial
CHARGE_VERB_WORD = re.compile(
    rf"(?<!\w)(?:{RECOMMEND_FORMS}|{CHARGE_FORMS}|{PROPOSE_FORMS}|{OBLIGE_FORMS}|{ASK_FORMS}|{_IMPERSONAL_RECOMMEND}"
    rf"|{_IMPERSONAL_PROPOSE}|{_IMPERSONAL_CHARGE}|разрешить|уполномочить"
    r"|потребовать\s+от)", re.I)

# --- Header --------------------------------------------------------------------------------

# Heading words that name the document's type, in the nominative.
DOC_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("резолюция", re.compile(r"^резолюци[яи]\b", re.I)),
    # SPEC: the heading word as printed, "РЕКОМЕНДАЦИЯ" of a commission in the singular
    ("рекомендация", re.compile(r"^рекомендация\b", re.I)),
    ("рекомендации", re.compile(r"^рекомендаци[ий]\b", re.I)),
    # "Решения", "Постановления" alone on a line are a site menu's plurals, not a heading
    ("решение", re.compile(r"^решени(?:е\b|я\b(?!\s*$))", re.I)),
    ("протокол", re.compile(r"^протокол\b", re.I)),
    ("приказ", re.compile(r"^приказ\b", re.I)),
    ("указ", re.compile(r"^указ\b", re.I)),
    ("распоряжение", re.compile(r"^распоряжени(?:е\b|я\b(?!\s*$))", re.I)),
    ("постановление", re.compile(r"^постановлени(?:е\b|я\b(?!\s*$))", re.I)),
    ("результаты", re.compile(r"^результаты\s+(?:публичных\s+слушаний|голосования|обсуждения)", re.I)),
    ("итоговый документ", re.compile(r"^итоговый\s+документ\b", re.I)),
    # "ЗАКЛЮЧЕНИЕ о результатах публичных слушаний", not "заключение договора" in a sentence
    ("заключение", re.compile(r"^заключени[ея](?:\s*$|\s+(?:о|по)\s+(?:результатах|итогам)\b)", re.I)),
    ("обращение", re.compile(r"^обращени[ея]\b", re.I)),
    ("информация", re.compile(r"^информаци[яи]\s*$|^информаци[яи]\s+о(?:б)?\s", re.I)),
    ("справка", re.compile(r"^справка\b", re.I)),
    # a prosecutor's or a bank's act; a telegram that instructs ("ТЕЛЕГРАММА от 10 июня 1996 г. N 83-96")
    ("указание", re.compile(r"^указани[ея]\b", re.I)),
    ("телеграмма", re.compile(r"^телеграмм[аы]\b", re.I)),
    # its kin: instructions sent by teletype or read out by phone ("ТЕЛЕФОНОГРАММА главам поселений")
    ("телетайпограмма", re.compile(r"^телетайпограмм[аы]\b", re.I)),
    ("телефонограмма", re.compile(r"^телефонограмм[аы]\b", re.I)),
    # "ПЕРЕЧЕНЬ ПОРУЧЕНИЙ по итогам заседания ...": a list of charges that a head approved
    ("перечень", re.compile(r"^перечень\s+поручений\b", re.I)),
)
# Types whose heading names an event ("Резолюция августовской конференции ...").
EVENT_DOC_TYPES = frozenset({"резолюция", "рекомендации", "рекомендация", "протокол", "результаты", "итоговый документ", "обращение",
                             "заключение"})
# "Настоящее решение вступает в силу", "данного приказа": the act names its own type.
SELF_REFERENCE = re.compile(
    r"\b(?:настоящ\w+|данн\w+)\s+(приказ|распоряжени|постановлени|решени|указ)\w*", re.I
)
SELF_TYPE_NOMINATIVE = {"приказ": "приказ", "распоряжени": "распоряжение", "постановлени": "постановление",
                        "решени": "решение", "указ": "указ", "протокол": "протокол"}
# "Выписка из ПРОТОКОЛА заседания комиссии", "ВЫПИСКА ИЗ ПРИКАЗА №73-1": an extract is of the act it names
EXTRACT_OF_ACT = re.compile(r"^\W*выписк[аи]\s+из\s+(протокол|приказ|распоряжени|постановлени|решени|указ)[а-я]*", re.I)
# A page's caption over the act it prints: "Текст Указа:", "Текст постановления" (kremlin.ru, news sites)
TEXT_OF_ACT = re.compile(r"^\W*Текст\s+(указ|приказ|распоряжени|постановлени|решени)[а-я]*\s*:?\s*$", re.I)

# Event date in the narrative: "26 августа 2021 года состоялось", "с 17 по 28 августа 2023 года проведены".
EVENT_VERB = re.compile(r"\b(?:состоял\w*|проведен\w*|проходил\w*|прошл[аио]|прош[её]л|организован\w*)\b", re.I)
# The event's date as a field of a hearing's record: "Дата проведения: 17 апреля 2017 года.",
# "Дата и время проведения публичных слушаний — 10 апреля 2014 года" (the date follows the match).
EVENT_DATE_FIELD = re.compile(r"(?i)(?<!\w)дата\s+(?:и\s+время\s+)?проведения(?:\s+[а-яё]+){0,3}\s*[:—–-]\s*")
# A time phrase that opens with its term word: "до 14 июня", "не позднее 1 июня", "в срок до 1 мая".
END_TERM_START = re.compile(r"^(?:в\s+срок\s+)?(?:до|не\s+позднее|не\s+позже|к)\s", re.I)
# A term before a date: "до 14 ноября", "не позднее 1 июня", "к 1 сентября" — a deadline, not the event's date.
TERM_BEFORE_DATE = re.compile(r"(?i)(?:\bдо|\bпозднее|\bк)\s*(?:\d{1,2}[.:]\d{2}\s+)?$")
# A range's bound before a header date (lower-cased text): "Постановления Мэра ... до 12.04.2005 г." is a
# site section's range, not the act's date
RANGE_BOUND_BEFORE = re.compile(r"(?<!\w)(?:до|по|после)$")
DATE_RANGE = re.compile(
    r"\b[сС]\s+(?P<d1>\d{1,2})(?:\s+(?P<m1>[а-я]+))?\s+по\s+(?P<d2>\d{1,2})\s+(?P<m2>[а-я]+)\s+(?P<y>\d{4})"
)

PREAMBLE_OPENER = re.compile(rf"^\W*{_PREAMBLE_WORDS}(?![а-яё])", re.I)
# a purpose or a circumstance that opens a prescribing sentence: "Для погашения задолженности ... управлению
# выделить ...", "При предоставлении жилых помещений ... определять ...", "В случаях, установленных ..., определять"
# (or the event until or after which it holds: "До принятия законов области ... применять ...", "После
# завершения работ ... провести ...")
CIRCUMSTANCE_OPENER = re.compile(
    r"^\W*(?:Для\s+[а-яё]+(?:ни|ти)[яюе]|При\s+[а-яё]+(?:ни|ти)[иях]|В\s+случа(?:е|ях)"
    r"|(?:До|После)\s+[а-яё]+(?:ни|ти)я)(?![а-яё])")
# the same words inside a line whose breaks are lost, capitalised as a sentence start
PREAMBLE_OPENER_INLINE = re.compile(rf"(?<![\w-]){_PREAMBLE_WORDS}(?![а-яё])")

# Header lines whose dates the web page adds, not the act (SPEC §6): (name, regex), first match wins.
NOT_DOCUMENT_DATE_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a metadata field: "Дата подписания | 11.04.2022 |", "Дата: | 12.03.2019 |", "Опубликовано: 5 мая 2020"
    ("site_metadata_field", re.compile(
        r"^\W*(?:последн[а-яё]+\s+)?(?:дата(?:\s+[а-яё]+){0,2}|опубликован\w*|обновлен\w*|размещен\w*|добавлен\w*|создан\w*)"
        r"\s*[:|]?\s*\d",
        re.I)),
    # a posting time after the date: "06.09.2017 00:00 |", "12 мая 2015, 11:03", "17 марта 2015 года в 09:44"
    ("posting_time", re.compile(r"\d{2,4}\s*(?:г\.?|года)?,?\s+(?:в\s+)?\d{1,2}:\d{2}\b")),
    # or before it, a news portal's stamp: "13:46 | 13 октября 2011"
    ("posting_time_first", re.compile(r"^\W*\d{1,2}:\d{2}\s*[|,/]?\s*\d")),
    # a database's list of amendment dates: "27 августа 2007 г., 18 ноября 2008 г." and nothing else; the
    # month or year may be shared ("4 августа, 11 ноября 2011 г., 10 февраля, 9, 19 июля 2012 г.")
    ("amendment_date_list", re.compile(
        r"^\W*(?:(?:с\s+изменениями\s+)?(?:от\s+)?(?:\d{1,2}(?:\s+[а-я]+)?(?:\s+\d{4})?|\d{1,2}\.\d{1,2}\.\d{2,4})\s*(?:г\.?|года)?"
        r"\s*[,;]\s*){1,}(?:от\s+)?(?:\d{1,2}\s+[а-я]+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})\s*(?:г\.?|года)?\W*$", re.I)),
    ("breadcrumb", re.compile(r"^\W*главная\s*[»>/]", re.I)),
    # a registration stamp: "Зарегистрировано в Минюсте РФ 9 октября 2009 г. N 14990" dates the registration
    ("registration_stamp", re.compile(r"^\W*зарегистрирован[аоы]?\s+(?:в|во)\s", re.I)),
    # a site's clock: "Сегодня: среда, 24 апреля 2024 г." (an act never prints its weekday)
    ("weekday_date", re.compile(
        r"^\W*(?:сегодня\W*)?(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\s*,?\s*\d", re.I)),
)
# A database's note on the act's fate or wording: "Документ утратил силу с 28 февраля 2017 года ...", "УТРАТИЛО
# СИЛУ - ПОСТАНОВЛЕНИЕ МЭРА ... / ОТ 25.03.2003 N 247", "(В редакции Приказов ... от 28.06.2016 ...)": its dates,
# on its line and on the line it runs on to, are the later acts'
LAPSE_OR_WORDING_NOTE = re.compile(r"(?<!\w)утратил[аио]?\s+силу|^\W*в\s+ред(?:\.|акции)\s", re.I)
# Who a formula line charges, after its verb, with nothing but the addressee after it (the list below is
# theirs): "... рекомендовать руководителям предприятий ... района:", "обращаются к главе города,
# депутатскому корпусу с требованиями:"
FORMULA_ADDRESSEE_TAIL = re.compile(
    rf"\b(?:рекомендовать|поручить|предложить)\s+(?P<tail>[^:]{{3,300}}):\s*$|{APPEAL_WITH_DEMANDS}", re.IGNORECASE)
# Adjectives that label a number on a registration stamp ("Регистрационный N 17278", "Входящий № 5"):
# a town's adjectival shape ("г. Радужный"), but never a town after a year's "г."
NUMBER_LABEL_WORDS: frozenset[str] = frozenset({"регистрационный", "входящий", "исходящий", "учетный", "учётный",
                                                "порядковый", "инвентарный"})
# A date followed by the act's number: "26 декабря 2003 г. N 1083", "12.03.2024 № 5-п" (a date-number line).
DATE_NUMBER = re.compile(r"\s*(?:г\.?|года)?\s*(?:№|N)\s*\d")  # used with .match(text, date_end)
# the same with the place of issue between: "10.09.98 г.Черкесск № 277-р", "12.03.2001 г. Тула N 5"
# (the year's "г." may be inside the date's span, the town's glued to it)
DATE_PLACE_NUMBER = re.compile(r"\s*(?:г\.?|года)?\s*(?:(?:(?:г|гор)\.\s*)?[А-ЯЁ][а-яё-]+\s*,?\s*)?(?:№|N)\s*\d")
# A signature with the place of signing before the date, all on one line under the act: "Председатель
# Государственного Совета В.ШУРЧАНОВ Гор.Чебоксары, 19 марта 1997 года" (the text before the date)
SIGNED_AT_PLACE = re.compile(
    r"(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][А-ЯЁа-яё-]+\s+(?:(?i:г|гор)\.\s?)?[А-ЯЁ][а-яё-]+(?:,\s*Кремль)?\s*,?\s*$")
# What may stand on a signature-block line besides its date: "от 12.03.2015 г. № 45", "г. Тверь 5 мая 2019 года"
BOTTOM_DATE_REST = re.compile(r"^[\s|.,]*(?:от|г\.?|года|(?:№|N)\s*[\w./-]+|г\.\s?[А-ЯЁ][а-яё-]+|[\s|.,])*$")
# The act's number alone on its line under the signature ("N 2227", "№ 15-п"): a bottom date's partner
BOTTOM_NUMBER_LINE = re.compile(r"^\s*(?:№|N)\s*[\w./-]+\s*$")
# An approval stamp of the act's annex, printed in the act: "УТВЕРЖДЁН распоряжением ... от 25 июня 2019 года",
# "Приложение к решению Думы ... от 26.10.2007 №366"; group "type" is the act type's stem.
ANNEX_STAMP = re.compile(
    r"(?i:\bприложение(?:\s+(?:№|N)\s*\d+)?\s+к|\bутвержд[её]н[аоы]?|\bутв\.)\s*"
    r"(?P<type>(?i:решени|постановлени|распоряжени|приказ))(?i:ю|ем|у|ом)\b[^.;]{0,200}?\bот\s+(?=[«\"\d])"
)

# Place patterns. Group "name" is put into the nominative by the rule's `form`. The zones are matched
# with all-capital words title-cased ("ОБЛАСТИ" → "Области"), so a rule that may scan a document's
# whole text (the last zone) opens with a literal or a two-letter class ("[Гг]ород"), not with "(?i:"
# or a look-behind: `re` then skips from candidate to candidate instead of trying every position.


@dataclass(frozen=True)
class PlaceRule:
    """A territory as acts name it. `level` picks the zones of the document that consult the rule
    (`stages.header._place_zones`): city, local (districts, settlements, local executives), okrug,
    settlement_abbrev ("х. Колундаевский"), regional_body (a regional body names its region),
    federal_body (a federal body heading the act names the country) or region. `form` says how the match becomes the nominative (`stages.header._PLACE_FORMS`)."""

    name: str
    pattern: re.Pattern[str]
    level: str
    form: str
    cues: tuple[str, ...] = ()  # every match holds one of these, lower-cased: a zone without any skips the rule
    after_body: bool = False  # the text before the match ends with a regional body's name (REGIONAL_BODY_BEFORE)



# Abbreviated settlement types before a name ("х. Колундаевский", "р. п. Тумботино"); a town's "г." is read
# by the city rules, so it is not among them.
SETTLEMENT_ABBREVIATIONS: tuple[str, ...] = ("с", "х", "п", "пос", "д", "ст", "рп", "р. п", "пгт", "ст-ца", "аул")
SETTLEMENT_ABBREVIATION = "|".join(re.escape(a).replace(r"\ ", r"\s?") for a in SETTLEMENT_ABBREVIATIONS)

# "в указанный период", "в течение указанного периода", "в этот день": a time named before in the act
# (its previous directive's term); not "в указанный срок", which as often points to a table or a law
# (searched by its lower-case words, then the preposition is checked before it: three times quicker
# than one pattern opening with the preposition, on every item without a term of its own)
# ("в вышеуказанный срок", "в указанный срок": the term set just before; "в установленный срок" sets none)
ANAPHORIC_TERM = re.compile(r"(?:(?:выше)?указанн|эт|данн|названн)[а-яё]{1,3}\s+(?:период[а-я]?|срок[аи]?|дн[иейя]|день)(?!\w)")
ANAPHORIC_TERM_LEAD = re.compile(r"(?<!\w)(?:в\s+течение|в|на)\s+$", re.IGNORECASE)


#: A sentence break inside an item's text: a stop before a space, but not the dot of an initial ("Петров П. П.
#: обеспечить") or of a place's abbreviation ("в п. Глазуновка, ... с завершением работ к началу сезона").
SENTENCE_BREAK = re.compile(
    r"(?<!\b[А-ЯЁA-Z])(?<!(?<!\d\s)\bг)"  # a town's "г.", not a year's ("в 2024 г. Отделу ...")
    + "".join(rf"(?<!\b{re.escape(a)})" for a in ("ул", "им", *SETTLEMENT_ABBREVIATIONS) if " " not in a)
    + r"[.;!?]\s(?!\s*[N№])")  # "от 5.04.2001 г. N 156": an act's number follows its date


def _p(name: str, regex: str, level: str, form: str, after_body: bool = False) -> PlaceRule:
    return PlaceRule(name, re.compile(regex), level, form, _PLACE_CUES.get(name, ()), after_body)


# The words every match of a rule holds: the last zone is a document's whole text, and most rules
# find nothing in it, so a substring test spares the regex scan.
_PLACE_CUES: dict[str, tuple[str, ...]] = {
    "city_abbrev_two_words": ("г.",), "city_abbrev": ("г.",), "city_abbrev_after_year": ("г.",), "intracity_municipality": ("внутригородск",), "intracity_okrug": ("округ",), "administrative_okrug": ("административн",), "settlement_named_after_rural": ("поселени",), "settlement_named_after_urban": ("поселени",), "okrug_named_after": ("округа",),
    "municipality_district": ("район",), "municipality_city": ("муниципальн",), "municipality_quoted_city": ("муниципальн",), "municipality_settlement": ("муниципальн",), "municipality_adjective": ("муниципальн",), "settlement": ("поселени",), "settlement_quoted_rural": ("поселени",), "settlement_quoted_urban": ("поселени",),
    "selsovet": ("сельсовет", "поссовет"), "selsovet_council": ("сельск",), "zato": ("зато", "закрыт"), "urban_okrug_quoted": ("округ", "мого", "мо го"), "urban_okrug_adjective": ("округ",), "urban_okrug": ("округ",), "urban_okrug_city": ("округ",),
    "district_quoted": ("район",), "settlement_of_district": ("район",), "municipal_district": ("район", "округ", "улус"), "district": ("район", "улус"),
    "district_executive": ("районн", "райисполком"), "district_council": ("районн",), "city_executive": ("исполнительн", "горисполком", "городск"), "federal_city": ("москв", "петербург", "севастопол"),
    "city_word_two_words": ("город",), "city_word_adjective": ("город",), "city_body": ("администрац", "мэри", "глав", "мэр"), "city_body_two_words": ("администрац", "мэри", "глав", "мэр"), "city_word": ("город",), "regional_executive": ("облисполком",),
    "regional_body": ("област", "кра"), "regional_body_before": ("област", "кра"),
    "regional_body_republic": ("республик",), "regional_body_republic_named": ("республик",),
    "regional_body_union": ("рсфср", "ссср"),
    "federal_body": ("министерств", "правительств", "президент", "федеральн", "центральн", "государственный", "верховный", "зарегистрир"), "region_krai": ("кра",), "region_oblast": ("област",), "regional_body_autonomous": ("автономн",),
    "republic_adjective": ("республик",), "republic_named": ("республик",),
    "republic_abbreviation": ("кбр", "кчр", "днр", "лнр"), "union_republic": ("рсфср", "ссср"),
}


# ("РОСТОВА - НА - ДОНУ": a fixed-width header spaces the hyphens of "-на-")
_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*(?:\s-\s(?:на|На)\s-\s[А-ЯЁ][а-яё]+)?"
_ADJ_OBLIQUE = r"(?:ый|ий|ой|ая|яя|ое|ие|ые|его|ого|ей|их|ых)"
# capitalised words that are not a town's name ("городских округов Республики Адыгея")
_NOT_TOWN = r"(?!(?:Республик|Област|Кра[йяе]|Российск|Росси[ияей]\b|Федераци|Муниципальн|Городск|Сельск)[а-яё]*\b)"
# A region's official name after a dash ("Кемеровская область - Кузбасс", "Ханты-Мансийский автономный
# округ - Югра"): kept with the region when the word is a place name (header: `official_name`)
_OFFICIAL_NAME_DASH, _OFFICIAL_NAME_WORD = r"\s*[-–—]\s*", r"[А-ЯЁ][а-яё]{2,}"
OFFICIAL_NAME_SUFFIX = rf"(?:{_OFFICIAL_NAME_DASH}{_OFFICIAL_NAME_WORD}(?![а-яё-]))?"
# the same suffix at the end of a matched name, its word apart
OFFICIAL_NAME_AT_END = re.compile(rf"{_OFFICIAL_NAME_DASH}(?P<word>{_OFFICIAL_NAME_WORD})$")
# a republic's name after the word: "Адыгея", "Северная Осетия-Алания", "Саха (Якутия)"
# sovereign states are not regions: their national acts get the city of issue ("г. Бишкек")
_NOT_COUNTRY = r"(?!(?:Беларусь|Казахстан|Узбекистан|Таджикистан|Молдова|Армения|Абхазия|Кыргызск|Киргизск|Азербайджанск)\w*)"
# ("Северная Осетия - Алания": the hyphen spaced as printed)
_REPUBLIC_NAME = rf"{_NOT_COUNTRY}(?:[А-ЯЁ][а-яё]+(?:ая|ой)\s+)?[А-ЯЁ][а-яё]+(?:\s?-\s?[А-ЯЁ][а-яё]+)?(?:\s+\([А-ЯЁ][а-яё]+\)|\s+Эл)?(?![а-яё])"
_REPUBLIC_WORD = r"[Рр]еспублик(?:а|и|е|у|ой)"
# The body that issues a regional act, then up to five words of its name that are not a lower
# territory ("Министерство образования и науки", "ПРАВИТЕЛЬСТВО", "Глава Администрации"), right before
# the region a rule with `after_body` matches; searched only in the few words before such a match.
REGIONAL_BODY_BEFORE = re.compile(
    # (a whole word: "РАЙОННОЕ САМОУПРАВЛЕНИЕ ЧУВАШСКОЙ РЕСПУБЛИКИ" is a district's, no "управление" of the region)
    # ("КОЛЛЕГИЯ ОРЛОВСКОЙ ОБЛАСТИ": the region's collegial executive)
    r"(?<![А-ЯЁа-яё])(?i:правительств|губернатор|администраци|министерств|департамент|комитет|коллеги|глав[аыеуо]\b|главн|управлени|"
    r"кабинет\w*\s+министров|совет\w*\s+министров|"
    # the region's legislature: "Законодательное Собрание Республики Карелия", "Областная Дума"
    # ("Постановление Думы Тамбовской области": the word alone before the region; "Клепиковская районная
    # Дума Рязанской области" is a district's)
    r"(?:законодательн|государственн|народн|областн|краев)\w*\s+(?:собрани|совет|дум|хурал)"
    r"|(?<![А-ЯЁа-яё](?i:ая)\s)(?<![А-ЯЁа-яё](?i:ой)\s)дум[аыеу]\b|парламент|курултай|"
    # "Собрания депутатов Архангельской области" (not "Районного Собрания депутатов ...")
    r"(?<![А-ЯЁа-яё](?i:ое)\s)(?<![А-ЯЁа-яё](?i:го)\s)собрани[еяю]\s+депутатов|"
    # "Президиума Совета народных депутатов Мурманской области" (not "КИРОВСКИЙ ГОРОДСКОЙ СОВЕТ НАРОДНЫХ
    # ДЕПУТАТОВ КИРОВСКОЙ ОБЛАСТИ")
    r"(?<![А-ЯЁа-яё](?i:ой|ий|ый|го)\s)совет\w*\s+народн\w+\s+депутатов|"
    # a region's regulators: "Региональная энергетическая комиссия Тверской области", "Региональная служба по
    # тарифам Ростовской области"
    r"региональн\w*\s+(?:\w+\s+){0,2}?(?:комисси|служб)\w*(?:\s+по\s+тарифам)?|"
    r"избирательн\w*\s+комисси)\w*"
    r"(?:,?\s+(?!(?i:район|округ|город|поселени|сельсовет|муниципальн|сельск|улус))[А-ЯЁа-яё]+"
    r"(?<!ого)(?<!его)(?<!ой)(?<!ей)(?<!ых)(?<!их)){0,5}\s+$"
)
PLACE_RULES: tuple[PlaceRule, ...] = (
    # ("г. Волжского Волгоградской области": the second word is the region's, the town's name is one word)
    _p("city_abbrev_two_words", rf"г(?<![А-Яа-яЁё]г)\.\s?(?P<name>[А-ЯЁ][а-яё]+{_ADJ_OBLIQUE}\s+{_NAME})"
       r"(?![а-яё-])(?!\s+(?i:област|кра[йяею]|республик|район|округ|автономн))", "city", "phrase"),
    # after a year the "г." is the year's unless a known town follows ("15.03.2012 г. Новосибирск", not "5 июня
    # 1933 г. Реквизиты")
    _p("city_abbrev_after_year", rf"(?<=\d{{4}}\s)г\.\s?(?P<name>{_NAME})", "city", "known_city"),
    _p("city_abbrev", rf"(?<!\d{{4}}\s)г(?<![А-Яа-яЁё]г)\.\s?(?P<name>{_NAME})", "city", "plausible_city"),
    _p("intracity_municipality", rf"[Вв]нутригородско\w+\s+(?i:муниципальн\w+\s+образовани\w+)\s+(?P<name>{_NAME})",
       "local", "as_printed"),
    # Moscow's administrative okrugs, under their prefects: "на территории Восточного административного округа
    # города Москвы", "Зеленоградского административного округа"
    _p("administrative_okrug", rf"(?P<name>{_NAME}(?:ого|ый|ий|ом)\s+(?i:административн(?:ого|ый|ом)\s+округ(?:а|е|у|ом)?)"
       r"(?![а-яё])(?:\s+(?i:города\s+москвы))?)",
       "local", "administrative_okrug_of"),
    # a federal city's municipal okrug: "Совет депутатов муниципального округа Текстильщики в городе Москве"
    _p("intracity_okrug", rf"[Мм]униципальн\w+\s+(?i:округ\w*)\s+(?P<name>{_NAME}(?:\s+{_NAME})?)"
       r"(?=\s+(?i:в\s+город\w*|в\s+г\.)\s*(?:Москв|Санкт-Петербург|Севастопол))", "local", "as_printed"),
    _p("municipality_district", rf"[Мм]униципальн\w+\s+(?i:образовани\w+)\s+(?P<name>{_NAME}ий\s+(?i:район))",
       "local", "as_printed"),
    # the town's name after the word "город" in a municipality's official name is its nominative, as printed
    # ("муниципального образования город Краснодар", "городского округа город Лесной", not the place "Лесна")
    _p("municipality_city", rf"[Мм]униципальн\w+\s+(?i:образовани\w+\s+город)\s+(?P<name>{_NAME})(?![а-яё-])", "city",
       "as_printed"),
    # a town's municipality named in quotes: 'АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ "СЕВЕРОДВИНСК"' (not
    # «Ленский район»: the quote closes after the name; not «Город Снежинск», whose gold names the urban okrug)
    _p("municipality_quoted_city", rf"[Мм]униципальн\w+\s+(?i:образовани\w+)\s+[«\"“]"
       rf"(?P<name>{_NAME})[»\"”]", "city", "plausible_city"),
    # a federal city's municipality named for its settlement: "МУНИЦИПАЛЬНОГО ОБРАЗОВАНИЯ ПОСЁЛОК ТЯРЛЕВО" → "Тярлево"
    _p("municipality_settlement", rf"[Мм]униципальн\w+\s+(?i:образовани\w+\s+(?:пос[её]лок|село|деревня|станица))"
       rf"\s+(?P<name>{_NAME})", "city", "as_printed"),
    # "АДМИНИСТРАЦИЯ СЕЛЬСКОГО ПОСЕЛЕНИЯ «ОНОНСКОЕ»" → "Ононское сельское поселение"; "городского поселения
    # «Поселок Воротынск»" → "Поселок Воротынск" (a name that is no adjective stays as printed)
    _p("settlement_quoted_rural", r"(?i:сельск\w*\s+поселени\w*)\s+[«\"“](?P<name>[А-ЯЁ][А-ЯЁа-яё -]{2,40})[»\"”]",
       "local", "rural_settlement_name"),
    _p("settlement_quoted_urban", r"(?i:городск\w*\s+поселени\w*)\s+[«\"“](?P<name>[А-ЯЁ][А-ЯЁа-яё -]{2,40})[»\"”]",
       "local", "urban_settlement_name"),
    # "СЕЛЬСКОГО ПОСЕЛЕНИЯ БОЛЬШОЕ АЛДАРКИНО", "сельского поселения Липицкое": the name after the words, kept
    # as worded ("сельское поселение Большое Алдаркино"); not a district or region in the genitive after them
    # (each word whole: "Молочный Кольского района" must not read a second word "Кольск")
    *(_p(f"settlement_named_after_{kind}", rf"(?i:{stem}\w*\s+поселени\w*)\s+(?P<name>{_NOT_TOWN}[А-ЯЁ][а-яё]++"
         rf"(?<!ого)(?<!ой)(?<!ых)(?:\s+{_NOT_TOWN}[А-ЯЁ][а-яё]++(?<!ого)(?<!ой)(?<!ых))?+)"
         r"(?![а-яё-])(?!\s+(?i:сельсовет|поссовет))",
         "local", f"{kind}_settlement_named") for kind, stem in (("rural", "сельск"), ("urban", "городск"))),
    # "Хормалинского сельского поселения", "Севастьяновское сельское поселение": before the district it lies in
    _p("settlement", rf"(?P<name>{_NAME}(?:ое|ого|ому|ом)\s+(?i:(?:сельско|городско)\w*\s+поселени\w*))",
       "local", "territory"),
    # "Гороховское муниципальное образование Иркутского района": a municipality named by its adjective
    _p("municipality_adjective", rf"(?P<name>{_NAME}(?:ое|ого|ому|ом)\s+(?i:муниципальн\w+\s+образовани\w*))",
       "local", "territory"),
    # one selsovet; "преобразования Амурского и Калининского сельсоветов" names several, none the issuer
    _p("selsovet", rf"(?P<name>{_NAME}(?:ий|ый|ого|ому|ом)\s+(?i:(?:сельсовет|поссовет)(?:а|у|ом|е)?))(?![а-яё])", "local",
       "territory"),
    # "ПОДСОСЕНСКИЙ СЕЛЬСКИЙ СОВЕТ ДЕПУТАТОВ" → "Подсосенский сельсовет": a selsovet's council names it
    _p("selsovet_council", rf"(?P<name>{_NAME}(?:ий|ого|ому|ом))\s+(?i:сельск(?:ий|ого|ому|им|ом)\s+совет)",
       "local", "selsovet_of"),
    # a closed territory is the municipality: "ГЛАВА АДМИНИСТРАЦИИ ЗАТО МЕЖГОРЬЕ" → "ЗАТО Межгорье", "ЗАТО город
    # Заозерск" as printed (the gold of the real sets names 6 of 9 so; three name the town alone)
    _p("zato", rf"(?i:зато|закрыт\w+\s+административно-территориальн\w+\s+образовани\w+)\s+(?:(?i:г\.)\s*)?"
       rf"(?P<name>(?:(?i:город)\s+)?{_NAME})(?![а-яё-])", "city", "zato"),
    # "Старооскольского городского округа" → "Старооскольский городской округ": the issuing body's territory
    # ("Администрация ... городского округа"); named elsewhere in the header it is the city's, and the
    # city printed there wins (level okrug: not consulted on the header's other lines or the event)
    _p("urban_okrug_adjective", rf"(?P<name>{_NAME}(?:ий|ого|ому|ом)\s+(?i:городско\w+\s+округ\w*))",
       "okrug", "territory"),
    # "городской округ Верхний Тагил": a two-word name opens with its adjective
    _p("urban_okrug_city", rf"[Гг]ородско\w+\s+(?i:округ\w*)\s+(?i:город)\s+(?P<name>{_NAME})(?![а-яё-])"
       r"(?!\s+(?i:област|кра[йяе]|республик))", "city", "as_printed"),
    _p("urban_okrug", rf"[Гг]ородско\w+\s+(?i:округ\w*)\s+(?:(?i:город)\s+)?{_NOT_TOWN}"
       rf"(?P<name>(?:[А-ЯЁ][а-яё]+(?:ий|ый|ой|ая|яя|ее|ое|ие|ые)\s+)?{_NAME})"
       r"(?![а-яё-])(?!\s+(?i:област|кра[йяе]|республик))", "city", "plausible_city"),
    # "администрации округа Муром": an okrug named after the word, as worded
    _p("okrug_named_after", rf"(?:[Аа]дминистраци|[Гг]лав|[Сс]овет|[Дд]ум)\w*\s+(?i:округа)\s+{_NOT_TOWN}(?P<name>{_NAME})"
       r"(?![а-яё-])(?!\s+(?i:район|област|кра[йяе]|республик))", "local", "okrug_named_after"),
    # a town's own body with the district the town lies in: "АДМИНИСТРАЦИЯ ГОРОДА КАМЕНКИ / КАМЕНСКОГО РАЙОНА",
    # "Глава муниципального образования город Ефремов Ефремовского района": the town's
    _p("town_of_district", rf"(?:[Аа]дминистраци|[Гг]лав|[Сс]овет|[Дд]ум|[Мм]эри|[Сс]обрани)\w*\s+(?:[а-яё]+\s+){{0,3}}?"
       rf"[Гг]ород(?:а|е|у|ом)?\s+{_NOT_TOWN}(?P<name>{_NAME})\s+{_NAME}(?:ого|ского)\s+(?i:(?:муниципальн\w+\s+)?район\w*)",
       "city", "plausible_city"),
    # an institution's settlement with the district it lies in: "МБДОУ «Детский сад» п. Лесной Сальского района"
    _p("settlement_of_district", rf"(?<![А-Яа-яЁё.])(?:с|х|п|пос|д|ст|рп|пгт)\.\s?(?P<name>{_NAME})"
       rf"\s+{_NAME}(?:ого|ского)\s+(?i:(?:муниципальн\w+\s+)?район\w*)", "local", "as_printed"),
    # "муниципального района «Корткеросский»", "... «Шилкинский район»" → "Корткеросский район"
    _p("district_quoted", r"[Мм]униципальн\w+\s+(?i:район\w*)\s+[\"«“](?P<name>[А-ЯЁ][а-яё]+)(?:\s+(?i:район))?[\"»”]", "local",
       "quoted_district"),
    _p("municipal_district", rf"(?P<name>{_NAME}(?:ого|ий|ом|ому|ый)\s+"
       r"(?i:(?:муниципальн|национальн)\w+\s+(?:район|округ|улус)\w*))", "local", "territory"),
    _p("district", rf"(?P<name>{_NAME}(?:ого|ий|ом|ому)\s+(?i:(?:район|улус)(?:а|е|у|ом)?))\b", "local", "territory"),
    # "МОГО «Ухта»", "городского округа «Воркута»": the quoted town of an urban okrug (after the
    # districts: "Администрация Эжвинского района МО ГО «Сыктывкар»" is the district's)
    _p("urban_okrug_quoted", r"(?:(?i:городско\w+\s+округ\w*)|(?i:мо\s?го))\s+(?:(?i:город|г\.)\s*)?[«\"“]"
       rf"(?P<name>{_NAME})[»\"”]", "city", "plausible_city"),
    # a district's executive committee names the district: "Оршанский районный исполнительный комитет"
    _p("district_executive", rf"(?P<name>{_NAME}(?:ий|ого|ому|ом|им))\s+"
       r"(?i:районн\w+\s+исполнительн\w+\s+комитет\w*|райисполком\w*)", "local", "district_of"),
    # a district's council named by its adjective: "Спасская районная Дума", "Шилкинского районного Совета"
    # ("ПОРЕЦКОЕ РАЙОННОЕ САМОУПРАВЛЕНИЕ" → "Порецкий район")
    _p("district_council", rf"(?P<name>{_NAME}(?:ий|ого|ому|ом|им|ая|ой|ую|ое))\s+"
       # ("ШИЛКИНСКАЯ РАЙОННАЯ ТЕРРИТОРИАЛЬНАЯ ИЗБИРАТЕЛЬНАЯКОМИССИЯ": the district's election commission, words glued)
       r"(?i:районн\w+\s+(?:дум|совет|собрани|самоуправлени|(?:территориальн\w+\s+)?избирательн\w*?\s*комисси)\w*)",
       "local", "district_of"),
    # a city's executive committee names the city when its adjective is the city's name + "-ий"
    # ("Минский городской исполнительный комитет" → "Минск"; "Брестский" → no known "Брестск": none)
    # ("Череповецкая городская Дума" → "Череповец": a feminine adjective, "-цк-" too)
    _p("city_executive", rf"(?P<name>{_NAME}[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую))\s+"
       # ("Исполкома Ленинградского городского СНД": a Soviet of People's Deputies by its initials)
       r"(?i:городск\w+\s+(?:исполнительн\w+\s+комитет\w*|совет\w*|дум\w*|снд\b)|горисполком\w*)", "local",
       "city_of_adjective"),
    # "администрацией Северодвинска", "мэрии Архангельска": a city's own body, the city a known place name
    # a surname with initials after it is the official's ("главы администрации Иванова И.И."), not a town
    # a two-word city's body: "Администрации Великого Новгорода", "мэрии Старого Оскола"
    _p("city_body_two_words", rf"(?:[Аа]дминистраци\w*|[Мм]эри\w*|[Гг]лав[аыеуо]|[Мм]эр[аеу]?)\s+"
       r"(?!(?i:муниципальн|городск|сельск|поселков|районн|областн|краев|внутригородск)[а-яё]*\s)"
       rf"(?P<name>[А-ЯЁ][а-яё]+{_ADJ_OBLIQUE}\s+(?!(?i:образовани|округ|поселени|самоуправлени|район|област|кра[йяюе]|"
       rf"республик|совет|собрани|дум))(?![А-ЯЁ][а-яё]+{_ADJ_OBLIQUE}(?![а-яё-]))[А-ЯЁ][а-яё-]+)(?![а-яё-])"
       r"(?!\s*[А-ЯЁ]\.\s?[А-ЯЁ]\.)", "local", "phrase"),
    _p("city_body", rf"(?:[Аа]дминистраци\w*|[Мм]эри\w*|[Гг]лав[аыеуо]|[Мм]эр[аеу]?)\s+(?P<name>{_NAME})(?![а-яё-])"
       r"(?!\s+(?i:район|област|кра[йяе]|округ|сельск|городск|муниципальн|поселени|республик))"
       r"(?!\s*[А-ЯЁ]\.\s?[А-ЯЁ]\.)", "local",
       "known_city"),
    # "Правительство Москвы", "Комитет по образованию Санкт-Петербурга", "в Севастополе"
    _p("federal_city", r"\b(?<!-)(?P<name>Москв(?:а|ы|е|у|ой)|Санкт-Петербург(?:а|е|у|ом)?|"
       r"Севастопол(?:ь|я|е|ю|ем))(?![а-яё-])", "city", "city"),
    _p("city_word_two_words", rf"\b[Гг]ород(?:а|е|у|ом)?\s+(?P<name>[А-ЯЁ][а-яё]+{_ADJ_OBLIQUE}\s+{_NAME})",
       "city", "phrase"),
    # "города Черкесска", "в городе Называевске"
    # (a surname with initials after it is an official's: "Главам администраций районов города Задумину А.С.")
    _p("city_word", rf"\b[Гг]ород(?:а|е|у|ом)?\s+{_NOT_TOWN}(?P<name>{_NAME})(?![а-яё-])(?!\s*[А-ЯЁ]\.\s?[А-ЯЁ]\.)",
       "city", "plausible_city"),
    # "Администрации города Свободного", "города Заречного": a town named by an adjective, masculine in
    # the nominative; not an adjective over a district, an okrug or a region ("города Московского района")
    _p("city_word_adjective", rf"\b[Гг]ород(?:а|е|у|ом)?\s+(?P<name>[А-ЯЁ][а-яё]+(?:ого|ому|ым|ом))(?![а-яё-])"
       r"(?!\s+(?:[А-ЯЁа-яё]+\s+)?(?:район|округ|област|кра[яюе]|поселени|муниципальн))", "city", "adjective_town"),
    _p("regional_executive", rf"(?P<name>{_NAME}(?:ого|ий))\s+(?i:облисполкома?)\b", "local", "oblast_of"),
    # "п. Верхний Бор", "с. Малые Кошели": an adjective before the noun of a two-word name (printed as it stands: "в с. Новое Село")
    _p("settlement_abbrev", rf"(?<![А-Яа-яЁё.])(?:{SETTLEMENT_ABBREVIATION})\.\s?"
       rf"(?P<name>[А-ЯЁ][а-яё]+(?:ий|ый|ой|ая|яя|ое|ее|ые|ие)\s+{_NAME}|{_NAME})", "settlement_abbrev", "as_printed"),
    # a regional body issues the act ("ПРАВИТЕЛЬСТВО САРАТОВСКОЙ ОБЛАСТИ", "Министерство образования
    # Кировской области", "Губернатора Ивановской области"): its region, before any town in the header
    # "Губернатором Еврейской автономной обл.", "Ханты-Мансийский автономный округ - Югра": the region
    _p("regional_body_autonomous", rf"(?P<name>{_NAME}(?:ой|ая|ого|ий|ом)\s+(?i:автономн\w+\s+(?:област[иь]|обл\.|округ\w*))"
       rf"{OFFICIAL_NAME_SUFFIX})",
       "regional_body", "autonomous_region", after_body=True),
    _p("regional_body", rf"(?P<name>{_NAME}(?:ой|ого|ом|ий)\s+(?i:област(?:и|ь)|кра(?:я|й))\b{OFFICIAL_NAME_SUFFIX})",
       "regional_body", "territory", after_body=True),
    # "Архангельского областного Собрания депутатов", "Смоленская областная Дума": the region's legislature
    # (not "на выборах депутатов Тюменской областной Думы": the election a local act prepares)
    # ("ЧЕЛЯБИНСКИЙ ОБЛАСТНОЙ СОВЕТ ДЕПУТАТОВ ТРУДЯЩИХСЯ", "исполкома Челябинского облсовета")
    _p("regional_assembly", rf"(?<!(?i:депутатов)\s)(?P<name>{_NAME}(?:ого|ое|ая|ой|ий|ый))\s+"
       r"(?i:областн(?:ого|ое|ая|ой|ому)\s+(?:собрани|дум|совет)|облсовет)", "regional_body", "oblast_of"),
    _p("regional_body_before", rf"(?P<name>{_NAME}(?:ая|ий)\s+(?i:область|край))\s+(?i:губернатор|правительство)\b",
       "regional_body", "territory"),
    # "Министерство образования Республики Мордовия", "Главы Донецкой Народной Республики", "Совет Министров РСФСР"
    _p("regional_body_republic", rf"{_NOT_COUNTRY}(?P<name>(?:{_NAME}(?:ой|ая)\s+){{1,2}}{_REPUBLIC_WORD})(?![а-яё])",
       "regional_body", "territory", after_body=True),
    _p("regional_body_republic_named", rf"{_REPUBLIC_WORD}\s+(?P<name>{_REPUBLIC_NAME})", "regional_body", "republic",
       after_body=True),
    _p("regional_body_union", r"\b(?P<name>[Рр]сфср|[Сс]сср|РСФСР|СССР)\b", "regional_body", "upper", after_body=True),
    # a federal body heads the act ("МИНИСТЕРСТВО ОБРАЗОВАНИЯ РФ", "Центральная избирательная комиссия" with no
    # region after it): the country, in the header or the formula's subject only (cited, it is in another case)
    # (a federal service or agency is federal by name; so is the CEC unless a region follows it)
    # ("УКАЗ ПРЕЗИДЕНТА РФ", "РАСПОРЯЖЕНИЕ ПРЕЗИДЕНТА РФ" in the nominative head the President's act; a
    # citation is in another case: "Указом Президента", "распоряжения Президента")
    # (a state committee, the Supreme Soviet and an act registered by the federal Ministry of Justice are
    # federal too: "ГОСУДАРСТВЕННЫЙ КОМИТЕТ РОССИЙСКОЙ ФЕДЕРАЦИИ ПО РЫБОЛОВСТВУ", "Зарегистрирован в Минюсте РФ")
    _p("federal_body", r"(?P<name>"
       # the page's own dated title line, its date after it: "Распоряжение Правительства РФ от 21 сентября 2001 г."
       r"^\W*(?i:указ|распоряжение|постановление)\s+(?i:президента|правительства)\s+(?i:российской\s+федерации|рф)(?![а-яё])|"
       r"(?i:министерство|правительство|президент(?!\w)|(?:^|(?<=\s))(?:указ|распоряжение)\s+президента"
       r"|государственный\s+комитет|верховный\s+совет|зарегистрирован\w*\s+в\s+(?:минюсте|министерстве\s+юстиции))"
       r"(?:\s+(?!(?i:област|кра[йяе]|республик))[А-ЯЁа-яё]+){0,5}?"
       # (an act's date or number after the name cites it: "Указ Президента РФ от 15.02.2006 N 116 содержится ...")
       r"\s+(?i:российской\s+федерации|рф|россии)(?![а-яё])(?!\s+(?:от\s|N\s?\d|№))|(?i:федеральн\w+\s+(?:[а-яё]+\s+(?:и\s+)?){0,3}?(?:служба|агентство|надзор))|"
       r"(?i:центральн\w+\s+избирательн\w+\s+комиссия)|"
       # the chambers: "Совет Федерации Федерального Собрания РФ", "Государственной Думы Федерального Собрания"
       # (not "выборы депутатов Государственной Думы ...": the election a local act prepares)
       r"(?<!(?i:депутатов)\s)(?i:(?:совет\w*\s+федерации|государственн\w+\s+дум\w*)\s+федеральн\w+\s+собрани\w+)"
       r"(?!\s+(?i:республик|город|[а-яё]+(?:ой|ого)\s+(?:област|кра[яй]|автономн))))", "federal_body", "russia"),
    _p("region_krai", rf"(?P<name>{_NAME}(?:ого|ий|ом)\s+(?i:кра(?:я|й|е)))\b", "region", "territory"),
    _p("region_oblast", rf"(?P<name>{_NAME}(?:ой|ая)\s+(?i:област(?:и|ь))\b{OFFICIAL_NAME_SUFFIX})", "region", "territory"),
    # "Кабардино-Балкарской Республики", "Донецкой Народной Республики": the adjectives in the nominative
    _p("republic_adjective", rf"{_NOT_COUNTRY}(?P<name>(?:{_NAME}(?:ой|ая|ую)\s+){{1,2}}{_REPUBLIC_WORD})(?![а-яё])", "region",
       "territory"),
    # "Республики Адыгея", "Республика Северная Осетия-Алания", "Республики Саха (Якутия)": the name as printed
    _p("republic_named", rf"{_REPUBLIC_WORD}\s+(?P<name>{_REPUBLIC_NAME})", "region", "republic"),
    # a republic's abbreviation that names one republic only ("Минпросвещения КБР")
    _p("republic_abbreviation", r"\b(?P<name>[КкДдЛл](?:бр|чр|нр)|КБР|КЧР|ДНР|ЛНР)\b", "region", "abbreviation"),
    _p("union_republic", r"\b(?P<name>[Рр]сфср|[Сс]сср|РСФСР|СССР)\b", "region", "upper"),
)
# City adjectives that are not the city's name plus "-ский" ("Орловский городской Совет" → "Орёл"):
# stems without the ending, lower-cased, for the city-council rule (`city_executive`)
CITY_ADJECTIVES = {
    "орловск": "Орёл", "тверск": "Тверь", "ярославск": "Ярославль", "пермск": "Пермь", "рязанск": "Рязань",
    "казанск": "Казань", "тюменск": "Тюмень", "астраханск": "Астрахань", "московск": "Москва",
    "петербургск": "Санкт-Петербург", "кызыльск": "Кызыл", "сыктывкарск": "Сыктывкар", "читинск": "Чита",
    "ухтинск": "Ухта", "вологодск": "Вологда", "калужск": "Калуга", "тульск": "Тула", "пензенск": "Пенза",
    "костромск": "Кострома", "самарск": "Самара", "уфимск": "Уфа", "вятск": "Вятка",
    "великолукск": "Великие Луки", "нижегородск": "Нижний Новгород", "новгородск": "Великий Новгород",
}
# a compound name's hyphen printed with spaces: "ЯМАЛО - НЕНЕЦКОГО", "Кабардино - Балкарской"
SPACED_NAME_HYPHEN = re.compile(
    r"\b(?P<left>[А-ЯЁ][А-ЯЁа-яё]{2,}[оыОЫ])\s+-\s+(?=[А-ЯЁ][А-ЯЁа-яё]+(?i:ого|ой|ий|ая|ое|ый|ом|ую)\b)"
)
REGION_ABBREVIATIONS = {
    "кбр": "Кабардино-Балкарская Республика", "кчр": "Карачаево-Черкесская Республика",
    "днр": "Донецкая Народная Республика", "лнр": "Луганская Народная Республика",
}
# The issuer's own charter, cited in its preamble ("руководствуясь статьей 27 Устава города Оренбурга",
# "Уставом Тихвинского городского поселения"): a body acts under its own territory's charter, so this names
# the issuer where the header does not, before a title that names the subject's district ("в Октябрьском районе").
OWN_CHARTER = re.compile(r"(?<![А-ЯЁа-яё])[Уу]став(?:а|ом|е|у)?\s+(?P<body>[^,;:()\n]{4,90})")
# A citation of another act: its issuer's territory is not this act's ("В соответствии с Законом Саратовской
# области «Об образовании»", "постановлением Администрации Шолоховского района от 15.08.2024 №764 «...»",
# "разместить постановление Главного санитарного врача ... от 19 марта 2020 года"). The act word in an oblique
# case, or in the nominative inside a sentence, its issuer, date, number and quoted title are left out of
# the place zones; a line that opens with the act word is the act's own title line and stays.
_CITED_DATE = r"\s+от\s+«?\s?\d{1,2}\s?»?(?:\s*[а-я]+\s+|\.\d{1,2}\.)\d{2,4}\s*(?:г\.|года)?"
ACT_CITATION = re.compile(
    r"(?:(?i:\b(?:(?:закон|указ|приказ|письм)(?:а|ом|у|е|ами|ам|ах)|"
    r"(?:постановлени|распоряжени|решени|поручени)(?:я|ем|ю|и|ям|ями|ях)))"
    r"|(?<=[а-яё,]\s)(?:закон|указ|приказ|письмо|постановление|распоряжение|решение))\b"
    r"(?:[^.;:«\"“\n]|(?<=г)\.|\n){0,160}?(?=\s+от\s+[«\"\d]|\s*(?:№|N\s*\d)|\s*[«\"“])"
    rf"(?:{_CITED_DATE})?"
    r"(?:\s*(?:№|N)\s*[\w./-]+)?"
    rf"(?:{_CITED_DATE})?"  # the number first: "№ 662-р от 24.08.2023г."
    r"(?:\s*(?:«[^«»]{0,300}»|\"[^\"]{0,300}\"|“[^”]{0,300}”))?"
)
# The subject of a resolutive formula that names the issuing body ("Совет депутатов ... решил",
# "Правительство Пензенской области постановляет"); an impersonal "постановляю" names none.
ISSUER_STEMS = (r"(?:администраци|правительств|губернатор|министерств|департамент|комитет|совет|дум[аыеу]\b|"
                 r"собрани|глав[аыеуо]\b|мэри|мэр\b|(?:рай|гор|обл)?исполком|управлени|отдел|комисси|кабинет\w*\s+министров)")
ISSUER_WORD = re.compile(rf"(?i)(?<![а-яё]){ISSUER_STEMS}")
# Where a body's name opens with a capital: on its issuer word ("Совет депутатов") or on the word
# before it ("Избирательная комиссия")
# (the first alternative takes the issuer word along: "Законодательное Собрание" is one start)
# ("Тамбовская областная Дума": one level adjective may stand between)
ISSUER_NAME_START = re.compile(
    rf"(?<![А-Яа-яЁё])(?:[А-ЯЁ][а-яё]*\s+(?:[а-яё]+(?:ая|ое|ой|ый|ий)\s+)?(?i:{ISSUER_STEMS})|(?=(?i:{ISSUER_STEMS}))[А-ЯЁ])")
# A site's banner: the first line names a municipality or region alone, no body, type or date in the
# header ("Аликовский муниципальный округ Чувашской Республики" above an act of 2007; a hyphenated name's
# second part is capitalised: "Мариинско-Посадский").
BARE_TERRITORY_LINE = re.compile(
    r"^(?:[А-ЯЁ][А-ЯЁа-яё-]+(?:ий|ый|ой|ая|ое)\s+(?:(?:муниципальн|городск|национальн)\w+\s+)?(?i:район|округ|край|область)"
    r"|(?i:республика)\s+[А-ЯЁ][А-ЯЁа-яё-]+)(?:\s+[А-ЯЁ][А-ЯЁа-яё-]+(?:ой|ей)\s+(?i:республики|области|края))?\s*$"
)
# Generic words of place names, lower case in the output whatever the header's case.
PLACE_GENERIC_WORDS = frozenset({
    "район", "округ", "муниципальный", "край", "область", "городской", "сельское", "городское", "поселение", "сельсовет",
    "поссовет", "улус",
})
