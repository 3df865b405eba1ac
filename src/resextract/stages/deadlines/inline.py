"""Inline deadlines: the first time phrase in an item's text that sets when its action is done.

A hit of `DEADLINE_RULES` counts only in context: next to the prescribed verb, after a "Срок" label,
or anywhere its rule allows; never inside a quoted name, a cited act ("от 7 мая 2024 г. № 309") or a
programme's period ("на период до 2025 года").
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from ...text.cues import compile_cues
from .rules import CALENDAR_ADVERB, Hit, InlineMode, cited_act, combine, printed, scan
from ...lexicons.patterns import (
    ANAPHORIC_TERM,
    ANAPHORIC_TERM_LEAD,
    NEW_WORDING,
    SCHEDULE_CUE,
    SCHEDULE_LEAD,
    SENTENCE_BREAK,
)
from ...models import Deadline
from ...text.morph import glued_infinitive, is_finite_verb, is_form, is_infinitive, is_past_verb
from ...text.quotes import quote_spans
from ...text.tokens import WORD

_I = re.IGNORECASE

_WORD_BEFORE = re.compile(r"([А-Яа-яЁё]+)\s*$")
_WORD_AFTER = re.compile(r"\s*([А-Яа-яЁё]+)")
_NAME_BEFORE = re.compile(r"(?:на\s+(?:период|перспективу)|период[а-я]*|перспектив[а-я]*)\s*$", _I)
_GROUP_GAP = re.compile(r"[\s,]{0,4}(?:и\s+)?")
# SPEC §3, not deadlines: entry into force ("вступает в силу с 01 января 2014 года", "... через 10
# дней после опубликования"), the act's validity, and the date legal relations apply from ("распространяется на
# правоотношения, возникшие с ...")
_IN_FORCE_BEFORE = re.compile(
    r"(?:(?:вступа[а-яё]*|вступ[иья]т|вступил[а-яё]*|введ[её]н[а-яё]*|вводится)\s+в\s+(?:законную\s+)?(?:силу|действие)"
    r"|(?<!\w)(?:действу[ею]т|утрачива[ею]т\s+силу)"  # the act's own validity: "действует до 31.12.2024"
    r"|(?<!\w)утративш[а-яё]*\s+силу"  # "Признать утратившим силу с 18 декабря 2023 года постановление ..."
    r"|правоотношени[а-яё]*,?\s+(?:возникш|возникающ)[а-яё]*)\s*$", _I)
# "(срок – декабрь 2023 г.)", "... Срок исполнения: I квартал", an event's "дата проведения: 5 марта":
# a label makes any value a deadline. ("дата" alone or of the event: not "дата рождения: ...")
_LABEL_BEFORE = re.compile(
    r"(?<!\w)(?:сроки?(?:\s+[а-яё.]{2,24}){0,2}|дат[аы](?:\s+(?:и\s+время|проведения|начала|мероприяти[яй])){0,2})"
    r"\s*[:–—-]\s*$", _I)


# an object pronoun between the verb and its time: "проводить его два раза в год", "ежегодно ее актуализировать"
_PRONOUNS = frozenset({"его", "ее", "её", "их", "им", "ему", "ей"})


def _word_before(text: str, pos: int, skip_pronoun: bool = False) -> str | None:
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if m and skip_pronoun and m.group(1).lower() in _PRONOUNS:
        return _word_before(text, m.start(1))
    return m.group(1) if m else None


def _word_after(text: str, pos: int, skip_pronoun: bool = False) -> str | None:
    m = _WORD_AFTER.match(text, pos, pos + 40)
    if m and skip_pronoun and m.group(1).lower() in _PRONOUNS:
        return _word_after(text, m.end(1))
    return m.group(1) if m else None


def _is_verb(word: str | None) -> bool:
    """An infinitive or a non-past finite verb: "провести", "проводится"; not "выросло" (a report)."""
    if not word:
        return False
    # "провестиблаготворительную акцию 17 мая": an infinitive glued to its object by a lost space
    return is_infinitive(word) or (is_finite_verb(word) and not is_past_verb(word)) \
        or (len(word) >= 9 and glued_infinitive(word) is not None)


def _verb_and_object_before(text: str, pos: int) -> bool:
    """"организовать проведение в 2012 году ...", "обеспечить участие в 2024 году ...": the verb
    and its one-word object, or where it is done ("провести в крае в 1999 году"), stand right before the time."""
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if m is None:
        return False
    obj = m.group(1)
    if not is_form(obj, "NOUN"):
        return False
    if is_form(obj, "accs", trust="any") and _is_verb(_word_before(text, m.start(1))):
        return True
    # "провести в крае в 1999 году ...": the verb and where, then when
    prep = _WORD_BEFORE.search(text, max(0, m.start(1) - 10), m.start(1))
    return (prep is not None and prep.group(1).lower() in ("в", "во", "на") and is_form(obj, "loct", trust="any")
            and _is_verb(_word_before(text, prep.start(1))))


# "организовать в период август – сентябрь": the lead-in stands between the verb and the time
_PERIOD_LEAD = re.compile(r"(?<!\w)в\s+(?:период|срок|течение)\s*$", _I)
_CLAUSE_END = re.compile(r"\s*(?:[.;!]|$)")
_PERIOD_UNTIL = re.compile(r"(?<!\w)(?:в|на)\s+период\s*$", _I)
# (not the dot of "г." / "ул." / "им." before a name: "Провести в г. Калуге 4 октября ...")
# (nor a dot between digits: "в 10.00 часов 23 июля" is a time of day)
_CLAUSE_START = re.compile(r"[,;:()]|(?<!\bг)(?<!\bд)(?<!\bп)(?<!\bс)(?<!\bул)(?<!\bим)(?<!\bпос)\.(?!\d)")
# a short aside in brackets ("мероприятия (карантин)", "отделу (Козлов А.К.)") splits no clause
_ASIDE = re.compile(r"\([^()]{0,80}\)")


def _without_asides(text: str) -> str:
    return _ASIDE.sub(lambda m: " " * len(m.group()), text)


_CALENDAR_KINDS = frozenset({"date", "month", "quarter", "period"})
# kinds that time the verb opening their comma-free stretch ("оформлять их в день проведения совещания
# и представлять ..."); adverbs such as "постоянно" need the verb next to them
_MID_KINDS = _CALENDAR_KINDS | {"event", "academic_year"}


# characters before the time; 400 would reach a verb over a long object ("дежурство ответственных лиц
# из числа ... в праздничные дни 1, 2 мая") but as often over an event's own date ("места для материалов
# по выборам ... 8 октября"): one deadline gained and one lost on the real sets, so kept at 200
_SEGMENT_WINDOW = 200


def _verb_opens_segment(text: str, start: int) -> bool:
    """"провести муниципальный этап олимпиады в ноябре 2025 года в соответствии с ...": the
    comma-free stretch before the time starts with the prescribed verb, or the stretch before an
    attributive phrase set off by commas inside it ("организовать участие музеев, подведомственных
    министерству, в выставке 29 февраля")."""
    pieces = _CLAUSE_START.split(_without_asides(text[max(0, start - _SEGMENT_WINDOW):start]))
    words = WORD.findall(pieces[-1])
    # participles without a comma are attributive or substantivised ("для обучающихся"): they
    # do not own the time phrase; a participial phrase after a comma starts its own segment
    if _opens_with_verb(words):
        return True
    if len(pieces) < 3 or not words:
        return False
    inserted, before = WORD.findall(pieces[-2]), WORD.findall(pieces[-3])
    # a participle or an adjective of that kind ("подведомственных") opens the inserted phrase
    attribute = bool(inserted) and any(is_form(inserted[0], pos, trust="any") for pos in ("PRTF", "ADJF"))
    return attribute and _opens_with_verb(before)


_ADDRESSEE_WORDS = 12  # words of an addressee before its infinitive ("Управлению культуры администрации района")


def _opens_with_verb(words: list[str]) -> bool:
    """The stretch opens with the prescribed verb, or with its addressee in the dative and then the
    infinitive ("Управлению культуры организовать участие ...")."""
    if not words:
        return False
    if _is_verb(words[0]):
        return True
    if not is_form(words[0], "datv", trust="any"):
        return False
    first = next((k for k, w in enumerate(words[:_ADDRESSEE_WORDS + 1]) if _is_verb(w)), None)
    return first is not None and is_infinitive(words[first])


_SENTENCE_WINDOW = 1000


def in_participial_phrase(text: str, start: int) -> bool:
    """The time at `start` stands in a participial or gerund phrase set off by a comma ("...,
    попавших в выборку в 2023 году", "Руководителям ..., направляющим учащихся на уборку урожая с 01 по
    30 сентября:"): the phrase owns it. An attributive participle inside the clause ("управляющих
    советов") does not; any parse counts: after a comma "прошедших" opens a participial phrase, though
    pymorphy3 reads it first as an adjective."""
    words = WORD.findall(_CLAUSE_START.split(_without_asides(text[max(0, start - 300):start]))[-1])
    return bool(words) and (is_form(words[0], "PRTF", trust="any") or is_form(words[0], "GRND", trust="any"))


def _clause_final(text: str, start: int, end: int) -> bool:
    """A time phrase that closes a prescribed clause ("проинформировать ... в сентябре 2023 года.")
    times that clause's verb, unless a participle in the same comma-delimited segment owns it
    ("..., попавших в выборку в 2023 году.")."""
    if not _CLAUSE_END.match(text, end):
        return False
    if in_participial_phrase(text, start):
        return False
    # the sentence back to its start, a long one too ("Установить ... на территориях деревни ..., деревни
    # ..., ... до особого распоряжения.")
    sentence = SENTENCE_BREAK.split(_without_asides(text[max(0, start - _SENTENCE_WINDOW):start]))[-1]
    return any(_is_verb(w) for w in WORD.findall(sentence))


_PAREN_OPEN_BEFORE = re.compile(r"\(\s*$")
# the bracket closes right after the time, or after more dated times: "(декабрь 2014 г., апрель 2015 г.)"
_PAREN_CLOSE_AFTER = re.compile(
    r"(?:\s*(?:,|;|\sи)\s*[А-Яа-яЁё]+\s+\d{4}\s*(?:г\.|года|гг\.)?)*\s*\)\s*[.;]?\s*$"
)


# "Информацию об отдыхе детей в летний период 2023 года принять к сведению": the time is the report's
_NOTED_AFTER = re.compile(r"\s*принять\s+к\s+сведению", _I)
# participles used as nouns: "питание учащихся с 4 сентября" times the verb, not the pupils
_NOUN_PARTICIPLES = ("учащ", "обучающ", "служащ", "заведующ", "трудящ")
# "для участия в конференции ... 24-26 апреля", "Для проведения голосования ... 13 марта 2011 года образовать":
# the bare dates of the event the action serves, not its term ("до 1 октября", "в I квартале" still set one)
_PURPOSE_EVENT_BEFORE = re.compile(r"(?<!\w)для\s+(?:участия|проведения|организации)\b[^.;:()]{0,150}$", _I)
# "выделить с возвратом до 01.01.2002 г.": the term of the return, not of the action
_RETURN_BEFORE = re.compile(r"(?<!\w)(?:с\s+(?:последующим\s+)?возвратом|возврат[а-яё]*)\s*$", _I)
# "Провести перепись скота по состоянию на 1 января 1996 г.": the day a count or a figure is taken on
# ("с отчета по состоянию на ..." is a return's start, read by its own rule)
_AS_OF_BEFORE = re.compile(r"(?<!\w)(?<!отчета\s)(?<!отчёта\s)по\s+состоянию\s+на\s*$", _I)
# a list label the segmenter left in the text: "1. 26 декабря 2014 года ... провести"
_LEADING_LABEL = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[а-я]\))?[\s,;:\-–—]*")


def _opens_item(text: str, start: int) -> bool:
    return _LEADING_LABEL.fullmatch(text, 0, start) is not None


# "празднику Весны и Труда - 1 Мая", "улицы 7 Ноября": a day whose month is capitalised in running text
# names a holiday or a street, not a time (a heading in capitals spells every month so)
_NAMED_DAY = re.compile(r"(?<![\w.])[0-3]?\d\s+(?:Января|Февраля|Марта|Апреля|Мая|Июня|Июля|Августа|Сентября|Октября|Ноября|Декабря)(?!\w)(?!\s*\d)")
# "- Дворец культуры «Энергетик» - май;": a schedule's row, its time after a dash closing the item
_DASH_BEFORE = re.compile(r"\S\s+[–—-]\s*$")
_ITEM_END = re.compile(r"\s*[.;]?\s*$")


def _labelled(text: str, hit: Hit) -> bool:
    if _LABEL_BEFORE.search(text, max(0, hit.start - 60), hit.start) is not None:
        return True
    if _DASH_BEFORE.search(text, max(0, hit.start - 4), hit.start) and _ITEM_END.match(text, hit.end):
        return True
    # "(I квартал 2025 г.)" closing the item: a bracketed time alone is the item's term; so is one that dates
    # the period named before it ("в период уборочной кампании (сентябрь - октябрь 2000 г.) направить ...")
    return bool(_PAREN_OPEN_BEFORE.search(text, max(0, hit.start - 3), hit.start)
                and (_PAREN_CLOSE_AFTER.match(text, hit.end)
                     or (_PERIOD_NAMED_BEFORE.search(text, max(0, hit.start - 80), hit.start)
                         and _PAREN_CLOSE.match(text, hit.end))))


_PERIOD_NAMED_BEFORE = re.compile(r"(?<!\w)(?:в|на)\s+(?:весь\s+)?период\s+[^()]{1,60}\(\s*$", _I)
_PAREN_CLOSE = re.compile(r"\s*\)")


def _inline_mode(text: str, hit: Hit, quotes: Sequence[tuple[int, int]], labelled: bool) -> InlineMode | None:
    """The hit's inline mode in its context; None when the context says it is no deadline."""
    # between the marks, or quoted whole ('словами "1 сентября"': amended wording; «01» сентября is a quoted day)
    if cited_act(text, hit) or any(a < hit.start < b - 1 or (a == hit.start and hit.end < b) for a, b in quotes):
        return None
    if _IN_FORCE_BEFORE.search(text, max(0, hit.start - 60), hit.start):
        return None
    if _NAMED_DAY.search(text, hit.start, hit.end):
        return None
    if labelled:  # "(срок – декабрь 2023 г.)": after a label any value is a deadline
        return "anywhere"
    if hit.inline == "never":
        return None
    if text[hit.start:hit.start + 2].lower() == "до" and hit.bounds.kind != "date" \
            and _NAME_BEFORE.search(text, max(0, hit.start - 30), hit.start):
        return None  # "Концепция ... на период до 2025 года"; a day is a term: "в период до 01.06.2012 года"
    before = _word_before(text, hit.start)  # "попавших в 2023 году": the date qualifies a participle
    if before and is_form(before, "PRTF") and not before.lower().startswith(_NOUN_PARTICIPLES):
        return None
    if _RETURN_BEFORE.search(text, max(0, hit.start - 30), hit.start) \
            or _AS_OF_BEFORE.search(text, max(0, hit.start - 30), hit.start):
        return None
    if text[hit.start:hit.start + 1].isdigit() and _PURPOSE_EVENT_BEFORE.search(text, max(0, hit.start - 160), hit.start):
        return None
    return hit.inline


def _groups(text: str, hits: Iterator[Hit], quotes: Sequence[tuple[int, int]]) -> Iterator[tuple[list[Hit], bool]]:
    """Inline-eligible hits, joined when only spaces or commas part them ("ежегодно до 1 марта")."""
    group: list[Hit] = []
    labelled = False
    for hit in hits:
        joined = bool(group) and _GROUP_GAP.fullmatch(text, group[-1].end, hit.start) is not None
        starts_label = not joined and _labelled(text, hit)
        if joined and hit.inline == "never":
            # "в 2004 и 2005 годах": a bare year joined to a term takes that term's mode
            hit = replace(hit, inline=group[-1].inline)
        mode = _inline_mode(text, hit, quotes, (joined and labelled) or starts_label)
        if mode is None:
            continue
        hit = replace(hit, inline=mode)
        if joined:
            group.append(hit)
            continue
        if group:
            yield group, labelled
        group, labelled = [hit], starts_label
    if group:
        yield group, labelled


# Every rule needs a digit or one of these words: most items have none and skip the scan.
TIME_CUE = compile_cues(
    [
        "^год", "^гг", "квартал", r"^кв\.", "полугод", "полгод", "месяц", "недел", "^день", "^числа$",
        "^дн[яеи]", "^сут", "учебн", r"^уч\.", "^числ", "декад", "летн", "летом", "^лет[оа]$", "весн", "весен", "осен", "зимн", "^зимой$", "дневн", "месячн", "суточн", "семестр", "триместр", "четверт", "^период", "течени", "протяжени", "^срок", "^конц[ау]$",
        "начиная", "впредь", "постоян", "бессроч", "круглогод", "непрерыв", "регуляр", "систематич", "периодич",
        "ежегод", "ежедекад", "ежеднев", "ежеквартал", "ежемесяч", "еженедел", "ежеполуг",
        r"^раза?\s+в$", "^кажд", "^мере$", "поздн", "позже", "^весь$",
        "январ", "феврал", "март", "апрел", "ма[йяею]", "июн", "июл", "август", "сентябр", "октябр",
        "ноябр", "декабр",
        # event terms: their term words, not their nouns ("проведени", "заняти" fill most items)
        "^до\\s+[а-яё]", "после", "ходе", "накануне", "окончани", "завершени", "началу", "открытию",
        "праздник", "^время$",
    ],
    digits=True,
)


_DATED_KINDS = frozenset({"date", "month", "quarter", "period", "year", "academic_year"})
# (a term within a year, `_CALENDAR_KINDS`: with no year printed and a yearly word in the item, it comes round
# every year)
_PRINTED_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d{1,2}\.\d{1,2}\.\d{2}(?!\d)|(?<!\w)(?:год|году|года)(?!\w)", _I)
_ADVERB_AFTER_START = 200  # characters after "начиная с 2015 года" that may hold its "ежегодно, до 1 мая"
_RETURN_TERM = re.compile(rf"{CALENDAR_ADVERB.pattern}\s*,?\s*(?:в\s+срок\s+)?(?:до|не\s+позднее|к)\s+\d", _I)
_YEARLY = re.compile(r"(?<!\w)ежегодн[а-яё]*", _I)


def _schedule(text: str, ref_date: dt.date | None, quotes: Sequence[tuple[int, int]]) -> tuple[Deadline, str] | None:
    if not SCHEDULE_CUE.search(text):
        return None
    lead = SCHEDULE_LEAD.search(text)
    if lead is None:
        return None
    hits = [h for h in scan(text, ref_date) if h.start >= lead.end() and h.bounds.kind in _DATED_KINDS
            and not cited_act(text, h) and not any(a < h.start < b - 1 for a, b in quotes)]
    if not hits:
        return None
    first = hits[0].bounds.kind
    # a stage's bare date ("второй этап — 1 февраля 2013 года") is a day: it starts when it ends
    parts = [replace(h.bounds, start=h.bounds.end) if first != "date" and h.rule.name == "date_bare" else h.bounds
             for h in hits]
    found = combine(parts)
    deadline = Deadline(text=printed(text[hits[0].start:hits[-1].end]), kind=found.kind, start=found.start,
                        end=found.end, source="inline")
    return deadline, "+".join(["schedule"] + [h.rule.name for h in hits])


def find_inline_deadline(text: str, ref_date: dt.date | None = None) -> tuple[Deadline, str] | None:
    """The first phrase in an item's text that sets when its action is done, with the rule name(s)."""
    if not TIME_CUE.search(text):
        return None
    wording = NEW_WORDING.search(text)
    if wording is not None:
        text = text[:wording.start()]  # "Пункт 4 изложить в редакции: «... до 15-го числа ...»": the amended act's
    quotes = quote_spans(text)
    scheduled = _schedule(text, ref_date, quotes)
    if scheduled is not None:
        return scheduled
    for group, labelled in _groups(text, scan(text, ref_date), quotes):
        group = _day_within_period(group)
        start, end = group[0].start, group[-1].end
        final = False
        if not labelled and not any(h.inline == "anywhere" for h in group):
            after = _word_after(text, end, skip_pronoun=True)
            if after and is_form(after, "PRTF"):
                continue  # "постоянно действующая комиссия": the adverb qualifies the participle
            final = _clause_final(text, start, end)
            lead = _PERIOD_LEAD.search(text, max(0, start - 20), start)
            before = _word_before(text, lead.start() if lead else start, skip_pronoun=True)
            initial = _opens_item(text, start) and any(_is_verb(w) for w in WORD.findall(text[end:end + 300]))
            mid = all(h.bounds.kind in _MID_KINDS for h in group) and _verb_opens_segment(text, start)
            verb_after = _is_verb(after) and not _NOTED_AFTER.match(text, end)
            if not (_is_verb(before) or verb_after or final or initial or mid
                    or _verb_and_object_before(text, lead.start() if lead else start)):
                continue
        found = combine([h.bounds for h in group])
        if found.kind == "date" and text[start:start + 2].lower() == "до" \
                and _PERIOD_UNTIL.search(text, max(0, start - 20), start):
            found = replace(found, kind="period")  # "запретить ... в период до 01.06.2012 года": how long a ban lasts
        if found.kind in _CALENDAR_KINDS and not _PRINTED_YEAR.search(text, start, end) and _YEARLY.search(text):
            # "Проводить ежегодный конкурс ... в IV квартале": a yearly event's term with no year recurs
            found = replace(found, kind="recurring")
        if found.kind == "period" and found.end is None and (
                CALENDAR_ADVERB.search(text, start, end) or _RETURN_TERM.search(text, end, end + _ADVERB_AFTER_START)):
            # "с 1 июня 1996 года ежеквартально до 10 числа ...", "начиная с 2015 года представлять ... ежегодно,
            # до 1 мая": the start of a return that recurs from then on ("с 01.01.2008 производить выплату ...
            # ежемесячно" is a payment's period)
            found = replace(found, kind="recurring")
        if found.kind in ("recurring", "continuous"):
            # "ежегодно до 1 декабря представлять": the yearly term, not one calendar date (SPEC:
            # recurring and continuous have no bounds); a "Срок" line combines its values instead
            found = replace(found, start=None, end=None)
        deadline = Deadline(text=printed(text[start:end]), kind=found.kind, start=found.start, end=found.end, source="inline")
        rules = (["labelled_value"] if labelled else []) + [h.rule.name for h in group] + (["clause_final"] if final else [])
        return deadline, "+".join(rules)
    return _yearly_object(text)


def _day_within_period(group: list[Hit]) -> list[Hit]:
    """"в зимний период 2014/2015 годов к 16 декабря 2014 года", "... в 2001-2002 годах 28 марта 2003 года": a
    closed period (the season the work falls in, the years reported on), then a day on or after its start:
    the day is the term."""
    last = group[-1].bounds
    if len(group) < 2 or last.kind != "date" or last.end is None or last.start is not None:
        return group  # (a list of days, "1-3 мая, 8, 9 мая", is one term)
    earlier = [h.bounds for h in group[:-1]]
    # (an undated term, "ежегодно", has no bounds: it is no period here)
    if all(b.start is not None and b.end is not None and b.start <= last.end for b in earlier):
        return group[-1:]
    return group


# "Проводить ежегодный областной конкурс ...": an imperfective verb over a yearly object recurs; "Учредить
# ежегодный конкурс", "Утвердить Положение о ежегодном конкурсе" set it up once (the real sets' gold: 4 of 4
# and none of the perfective ones)
# the names this module adds to the rule table's in a trace
INLINE_RULE_NAMES = frozenset({"labelled_value", "clause_final", "schedule", "yearly_object"})
_YEARLY_OBJECT = re.compile(r"(?<!\w)ежегодн(?:ый|ого|ую|ой|ые|ых|ом|ое|ая|ыми|ым)(?!\w)", _I)


def _yearly_object(text: str) -> tuple[Deadline, str] | None:
    m = _YEARLY_OBJECT.search(text)
    if m is None:
        return None
    verb = next((w for w in WORD.findall(text[:m.start()]) if is_infinitive(w)), None)
    if verb is None or not is_form(verb, "impf"):
        return None
    return Deadline(text=m.group(), kind="recurring", start=None, end=None, source="inline"), "yearly_object"


def last_dated_term(text: str, ref_date: dt.date | None = None) -> Deadline | None:
    """The last day or period the text names, no cited act's date and nothing quoted ("..., с 3 по 30
    сентября 2010 года установлен особый противопожарный режим. ... приказываю:"): what a term that
    points back ("в указанный период") may mean before any directive has a term."""
    if not TIME_CUE.search(text):
        return None
    quotes = quote_spans(text)
    found = [h for h in scan(text, ref_date) if h.bounds.kind in ("date", "period") and h.bounds.end is not None
             and not cited_act(text, h) and not any(a < h.start < b - 1 for a, b in quotes)]
    if not found:
        return None
    last = found[-1]
    return Deadline(text=printed(text[last.start:last.end]), kind=last.bounds.kind, start=last.bounds.start,
                    end=last.bounds.end, source="inline")


def find_anaphoric_term(text: str, previous: Deadline | None) -> Deadline | None:
    """"1. Объявить с 1 по 30 апреля месячник ..." / "2. Предложить главам районов в указанный период
    провести ...": a term that points back takes the dated term of the directive before it (a day,
    "в этот день", only a single date)."""
    if previous is None or previous.end is None:
        return None
    span = anaphoric_term_span(text)
    if span is None or (text[span[0]:span[1]].lower().endswith("день") and previous.kind != "date"):
        return None
    return previous.model_copy(update={"text": printed(text[span[0]:span[1]]), "source": "inline"})


def anaphoric_term_span(text: str) -> tuple[int, int] | None:
    """Where "в указанный период", "в течение этого периода", "в этот день" stands, if anywhere."""
    for m in ANAPHORIC_TERM.finditer(text):
        lead = ANAPHORIC_TERM_LEAD.search(text, max(0, m.start() - 20), m.start())
        if lead is not None and not text[m.start() - 1:m.start()].isalpha():
            return lead.start(), m.end()
    return None
