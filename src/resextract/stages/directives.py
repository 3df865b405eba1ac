"""Extractor: segments → normalized segments → pydantic-validated records, with a rule trace."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from ..text import morph
from ..text.lines import inline_responsible
from ..text.tokens import WORD
from .actions import find_actions as _find_actions
from .addressees import (
    find_addressee_after_adverbial,
    find_addressee_after_person,
    find_addressee_beside_object,
    find_charge_addressee,
    find_designated_addressee,
    find_leading_addressee,
    find_nominative_addressee,
    find_charge_after_adverbial,
    find_preamble_addressees,
    split_addressees as _split_addressees,
)
from .deadlines import (
    TIME_CUE,
    anaphoric_term_span,
    find_anaphoric_term,
    find_inline_deadline,
    in_participial_phrase,
    last_dated_term,
    parse_deadline,
)
from .header import Header, extract_header
from .header import clear_memos as clear_header_memos
from ..models import Action, Addressee, Deadline, Directive, Resolution
from ..lexicons.actions import CONTROL_CLAUSE
from ..lexicons.addressees import CHARGE_FORMULAS, NOMINATIVE_DUTY
from ..lexicons.patterns import (
    CHARGING_FORMULA_WORD,
    ChargeVerb,
    DECISION_OBJECT_TIMES,
    END_TERM_START,
    ITEM_FORMULAS,
    MONEY_AMOUNT,
    OBJECT_FIRST_DECISION_VERBS,
    PERMISSION_VERBS,
    SET_DATES_CLAUSE,
    UNCHARGED_DECISION,
    opening_charge_verb,
)
from .references import find_quoted_names, find_references_traced
from .segmenter import Segment, Segmentation, segment

# A trace: stage or field name ("boundaries", "kind", "addressees", "deadline", "place", ...) → the
# names of the rules that decided it, for `resextract explain`.
Trace = dict[str, list[str]]


class Explanation(NamedTuple):
    """A document's record with the rules behind it: one trace per directive, one for the header."""

    resolution: Resolution
    directives: list[Trace]
    header: Trace


# "реализация которых должна быть обеспечена ...": only a sentence that obliges someone names
# the list's addressees ("не обеспечен пропускной режим" reports a fact)
_OBLIGATION_CUE = re.compile(r"\b(?:должн\w*|необходимо|следует|возлага\w*|возложен\w*|поруча\w*|поручен\w*)\b", re.I)
# "о проведении", "об организации" ... right before a time phrase: the time is the topic's
_OBJECT_OF_TOPIC = re.compile(r"(?<!\w)об?\s+[а-яё]+(?:нии|тии|ции)(?:,?\s+[а-яёIV\d]+){0,16}\s*$", re.I)
# the verb alone before the time: "Утвердить с 1 февраля 2012 г. стоимость ..."
_TAKES_EFFECT = re.compile(r"^\W*(?:\d+[.)]\s*)?утвердить\s*$", re.I)
# "Утвердить форму ... и ввести ее в действие с отчета за I квартал 2010 года": when reporting on the
# approved form starts is the respondents' term, never the form's own dates ("ввести в действие с 1 февраля"
# alone is the form's entry into force, SPEC §3: no deadline)
_REPORTING_START_RULE = "from_report"
_ENDS_SENTENCE = re.compile(r"[.;:!?»\")]\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[А-ЯЁA-Z])")


@lru_cache(maxsize=4096)
def _actions_cached(text: str, nominal: bool) -> tuple:
    return tuple(_find_actions(text, nominal=nominal))


def find_actions(text: str, nominal: bool = False) -> list:
    """actions.find_actions, memoised: an item's text is analysed by the statement check and by
    the action stage; records get their own copies."""
    return [(a.model_copy(), start, end, rule) for a, start, end, rule in _actions_cached(text, nominal)]


def has_actions(text: str) -> bool:
    """Whether the text prescribes an action (the memo is shared with `find_actions`; no copies)."""
    return bool(_actions_cached(text, False))


@lru_cache(maxsize=1024)
def _split_cached(text: str, source: str, case: str | None) -> tuple:
    return tuple(_split_addressees(text, source, case))


def split_addressees(text: str, source: str, case: str | None = None) -> list[Addressee]:
    """addressees.split_addressees, memoised: a block heading serves every item below it."""
    return [a.model_copy() for a in _split_cached(text, source, case)]


_FINISHES_DECISION = f"section_{UNCHARGED_DECISION.name}"
# kinds a heading passes on only to items that charge no one: an item naming whom it charges
# ("Руководителям организаций организовать ...") is a sentence of its own
# ("В целях ..., утвердить:" over "1. Положение ...", "3. Руководителям организаций обеспечить ...")
_UNCHARGED_ITEMS_ONLY = frozenset({_FINISHES_DECISION, "section_heading_final_approve", "section_item_decision_verb"})


def _item_kind(seg: Segment) -> tuple[str, str]:
    if seg.in_task_list:
        return "task", "task_list"
    for formula in ITEM_FORMULAS:
        if formula.search(seg.text):
            if formula.kind == "decision" and seg.block_addressee and formula.name == "item_decision_verb":
                break  # "утвердить планы" under "Школам:" is the addressee's action, not the act's own
            return formula.kind, formula.name
    after = _formula_after_addressee(seg.text)
    if after is not None:
        return after
    lead = find_charge_after_adverbial(seg.text)
    if lead is not None:
        return lead[0].kind, f"{lead[0].name}_after_adverbial"
    if seg.section_tasks:
        # "1. Считать основными задачами на 2024-2025 учебный год:" announces a list of tasks
        return "task", "section_task_list"
    if seg.section_verb is not None:
        # "3. Утвердить:" / "3. Рекомендовать:" over sub-items: the heading's verb sets their kind
        return seg.section_verb.kind, f"section_{seg.section_verb.name}"
    if seg.section and not has_actions(seg.text) and any(
            UNCHARGED_DECISION.search(h) for h in (seg.section, seg.section_outer) if h):
        # "1. Установить с 1 апреля плату за содержание ребенка:" over "в ДОУ № 2 - 23 рубля в день;":
        # sub-items that finish the body's own sentence are its act too
        return "decision", _FINISHES_DECISION
    return seg.kind, seg.kind_rule or "formula"


# the item formulas that charge or recommend, picked out of the table once
_CHARGING_FORMULAS = tuple(f for f in ITEM_FORMULAS if f.name in {"item_recommend", "item_propose", "item_charge"})


def _charging_formula(text: str) -> bool:
    """Whether the item opens (after a ground) with a formula that charges or recommends."""
    return any(f.search(text) for f in _CHARGING_FORMULAS)


def _formula_after_addressee(text: str) -> tuple[str, str] | None:
    """"Организациям торговли рекомендовать применять надбавки": a formula verb right after the item's
    leading addressee sets the kind, as it does at the item's start."""
    if not CHARGING_FORMULA_WORD.search(text):
        return None  # most items hold no formula word: no addressee to look for
    lead = find_leading_addressee(text)
    if lead is None:
        return None
    rest = text[lead[0]:].lstrip(" ,")
    return next(((f.kind, f"{f.name}_after_addressee") for f in _CHARGING_FORMULAS if f.search(rest)), None)


def _acts_itself(seg: Segment, kind: str, kind_rule: str) -> str | None:
    """An item of an instruction formula that charges no one and opens with a verb the issuing body
    performs itself ("Создать комиссию ..."), or names the object first and then such a verb ("План
    ... утвердить"): a decision; the rule's name, else None. An item's own formula verb, a
    section's verb or a task list keeps its kind."""
    if not _formula_instruction(seg, kind, kind_rule):
        return None
    if UNCHARGED_DECISION.search(seg.text):
        return UNCHARGED_DECISION.name
    first = _first_action(seg.text)
    if (first is not None and first[1] > 0 and first[0] in OBJECT_FIRST_DECISION_VERBS
            and "тветствен" not in seg.text[:first[1]].lower()):
        return "object_first_decision_verb"
    if _states_norm(seg.text):
        return "normative_statement"
    return None


def _states_norm(text: str) -> bool:
    """"Действие ... распространяется на ...", "Родительская плата ... не взимается за ...": an item headed
    by a present-tense reflexive verb and naming no agent after it ("... принимается президентом РАН" names
    one) states a norm the act sets, the body's own act (real gold: about two such items in three)."""
    found = _actions_cached(text, False)
    if not found or found[0][0].form != "finite":
        return False
    start, end = found[0][1], found[0][2]
    word = text[start:end]
    if not word.lower().endswith(("ся", "сь")) or not morph.is_form(word, "VERB", "pres", "3per"):
        return False
    after = WORD.search(text, end)  # (a preposition, "с учащихся", names no agent)
    return after is None or len(after.group()) < 3 or not any(
        morph.is_form(after.group(), pos, "ablt", trust="any") for pos in ("NOUN", "ADJF"))


def _permits(seg: Segment, kind: str, kind_rule: str) -> bool:
    """"Учреждению ... разрешить ...": the body's permission, a decision whoever receives it (SPEC §6)."""
    if not _formula_instruction(seg, kind, kind_rule):
        return False
    return _permission_at(seg.text) is not None


def _permission_at(text: str) -> int | None:
    """The offset of the item's first action when it is a permission ("разрешить", "уполномочить")."""
    first = _first_action(text)
    return first[1] if first is not None and first[0] in PERMISSION_VERBS else None


def _formula_instruction(seg: Segment, kind: str, kind_rule: str) -> bool:
    """An instruction only by the formula above the item: no verb of its own or of a heading set it."""
    return kind == "instruction" and kind_rule in (seg.kind_rule, "formula")


def _first_action(text: str) -> tuple[str, int] | None:
    """The lemma and offset of the item's first action."""
    found = _actions_cached(text, False)
    return (found[0][0].lemma, found[0][1]) if found else None


def _addressees(
    seg: Segment, kind: str, defaults: list[Addressee], cut: bool = False
) -> tuple[list[Addressee], int, str]:
    """Addressees of an item, the offset where the prescribed clause starts, and the rule. `cut`:
    the text ends where the page was cut ("4. Начальнику отдела обра"), so an addressee may run
    to its end with no action after it."""
    text = seg.text
    opening = opening_charge_verb(text)
    if opening is not None:
        return _after_charge_verb(seg, kind, defaults, *opening, cut)
    lead = find_charge_after_adverbial(text)
    if lead is not None:
        verb, after = lead
        found, start, rule = _after_charge_verb(seg, kind, defaults, verb, after, cut)
        if rule != verb.name:  # it names one; else the addressee may stand before it ("..., школам рекомендовать")
            return found, start, f"{rule}{_AFTER_ADVERBIAL}"
    charge = find_charge_addressee(text) or (find_designated_addressee(text) if kind != "decision" else None)
    if charge:
        start, end, rule = charge
        # 'возложить на ООО "Энерго" (Иванов И.И.) и департамент ...': conjuncts in the formula's case
        return split_addressees(text[start:end].strip(" ,"), "inline", _charge_case(rule)), 0, rule
    found = find_leading_addressee(text, "datv", to_end=cut and text[:1].isupper())
    if found:
        end, rule = found
        return split_addressees(text[:end].strip(" ,"), "inline"), end, rule
    person_first = find_addressee_after_person(text)
    if person_first:
        start, end, rule = person_first
        return split_addressees(text[start:end].strip(" ,"), "inline"), end, rule
    found = find_nominative_addressee(text) if kind != "decision" else None
    if found:
        end, rule = found
        return split_addressees(text[:end].strip(" ,-–—"), "inline", "nomn"), end, rule
    after = find_addressee_after_adverbial(text) or (
        # "При посещении лесов граждане обязаны выполнять ...": the subject of an obligation
        find_addressee_after_adverbial(text, "nomn") if NOMINATIVE_DUTY.search(text) else None)
    if after:  # the clause keeps its adverbial: "В срок до 1 мая" is its deadline
        start, end, rule = after
        return split_addressees(text[start:end].strip(" ,"), "inline"), 0, rule
    found_fallback, rule = _fallback_addressees(seg, kind, defaults)
    return found_fallback, 0, rule


_AFTER_ADVERBIAL = "_after_adverbial"
# "..., а также рекомендовать ...", "... и рекомендовать ...": a second formula verb after the first addressee
_SECOND_FORMULA = re.compile(r"\s*,?\s*(?:и|а\s+также)\s+")
_CONJUNCTION_AT_END = re.compile(r"\s*,?\s*(?:и|а\s+также)\s*$")


def _second_formula(rest: str, end: int) -> tuple[int, int] | None:
    """The span of a second formula's addressee that shares the first's task, if the phrase goes on so."""
    # (the conjunction may close the first phrase: "органам исполнительной власти и" / "рекомендовать ...")
    tail = _CONJUNCTION_AT_END.search(rest, 0, end)
    joint = _SECOND_FORMULA.match(rest, tail.start() if tail else end)
    if joint is None:
        return None
    opening = opening_charge_verb(rest[joint.end():])
    if opening is None:
        return None
    verb, start = opening[0], joint.end() + opening[1]
    found = find_leading_addressee(rest[start:], verb.case)
    return (start, start + found[0]) if found else None


def _after_charge_verb(seg: Segment, kind: str, defaults: list[Addressee], verb: ChargeVerb, after: int,
                       cut: bool) -> tuple[list[Addressee], int, str]:
    """The addressee a formula verb names right after it ("Поручить отделу ... подготовить ...") and
    the offset of the prescribed clause; the defaults when it names none."""
    rest = seg.text[after:]
    found = find_leading_addressee(rest, verb.case, to_end=cut)
    if found:
        end, rule = found
        addressees = split_addressees(rest[:end].strip(" ,"), "inline")
        second = _second_formula(rest, end)
        if second is not None:  # "Поручить органам власти и рекомендовать органам местного самоуправления ..."
            start, second_end = second
            return addressees + split_addressees(rest[start:second_end].strip(" ,"), "inline"), \
                after + second_end, f"{verb.name}+{rule}+second_formula"
        return addressees, after + end, f"{verb.name}+{rule}"
    beside = find_addressee_beside_object(rest, verb.case) if verb.case == "datv" else None
    if beside:  # "Поручить отделу подготовку ...": the charge verb is the action, the clause is whole
        start, end, rule = beside
        return split_addressees(rest[start:end].strip(" ,"), "inline"), 0, f"{verb.name}+{rule}"
    # "Разрешить в виде исключения строительство школ ...": no verb after it, the charge verb is the action
    # (unless the page cut the item before any task: "Рекомендовать рук" may have lost its verb)
    # (read only: the memoised tuples, not the copies find_actions hands out)
    verbal = any(a.form != "noun" for a, *_ in _actions_cached(rest, False))
    clause_start = after if verbal or (cut and not _actions_cached(rest, True)) else 0
    return _fallback_addressees(seg, kind, defaults)[0], clause_start, verb.name


@lru_cache(maxsize=1024)
def _heading_deadline(section: str, ref: dt.date | None) -> tuple[Deadline, str] | None:
    # asked for every sub-item of a section: once per heading (the caller copies the record)
    return find_inline_deadline(section, ref)


@lru_cache(maxsize=1024)
def _heading_addressee(section: str) -> tuple[int, int, str | None] | None:
    """(start, end, case) of the addressee that charges a heading's sub-items: "Классным руководителям
    обеспечить:" or "Обратить внимание жителей частного сектора на ...:". Once per heading."""
    found = find_leading_addressee(section, "datv")
    if found is not None:
        return 0, found[0], None
    opening = opening_charge_verb(section)
    if opening is not None:  # "1. Рекомендовать теплоснабжающим организациям начать пуск тепла:" over "1.1. на объекты ..."
        verb, after = opening
        found = find_leading_addressee(section[after:], verb.case)
        if found is not None:
            return after, after + found[0], verb.case
    charge = find_charge_addressee(section)
    if charge is None:
        return None
    return charge[0], charge[1], _charge_case(charge[2])


def _charge_case(rule: str) -> str:
    """The case a charge formula governs ("возложить на" + accusative, "поручить" + dative)."""
    return next((c for name, _, c in CHARGE_FORMULAS if name == rule), "accs")


def _fallback_addressees(seg: Segment, kind: str, defaults: list[Addressee]) -> tuple[list[Addressee], str]:
    """Addressees of an item that names none at its start, and the rule that gave them."""
    if seg.responsible:  # "Ответственный: заместитель директора по УВР Иванова И.И."
        return split_addressees(seg.responsible, "inline", "nomn"), "responsible_line"
    responsible = inline_responsible(seg.text)
    if responsible:  # "Провести ... . Ответственный: Иванов И.И. Срок: ..." inside the item
        return split_addressees(responsible, "inline", "nomn"), "responsible_note"
    permission = seg.block_addressee and _permission_at(seg.text) == 0
    if kind == "decision" and not permission:  # the issuing body acts by the act itself: no one else carries it out
        return [], "decision_has_no_addressee"
    if seg.block_addressee:
        # "Обязать городской отдел ...:" names its addressee in the accusative; "Руководителям ...:" / "Разрешить
        # отзывать из отпусков ...": the heading receives the permission (SPEC §6)
        case = seg.block_charge.case if seg.block_charge else None
        return split_addressees(seg.block_addressee, "block", case), "block_heading"
    heading = _heading_addressee(seg.section) if seg.section else None
    if heading is not None:
        # "4. Классным руководителям обеспечить:" over "4.1 информирование ...": the heading's
        # addressee charges its sub-items, as its verb is their action
        start, end, case = heading
        return split_addressees(seg.section[start:end].strip(" ,"), "block", case), "section_heading_addressee"
    if seg.preamble_addressees:
        found = [a for text in seg.preamble_addressees for a in split_addressees(text, "preamble")]
        return found, "formula_addressee"
    return [a.model_copy() for a in defaults], ("preamble_statement" if defaults else "none")


def _actions(seg: Segment, clause: str, cut: bool = False) -> tuple[list[Action], list[str]]:
    """`cut`: the page ends inside the item, so a missing verb may be lost, not the heading's."""
    found = find_actions(clause, nominal=seg.in_task_list)
    # nouns of a task list are its tasks ("Считать задачами:" / "повышение качества ...")
    verbal = bool(found) and (found[0][0].form != "noun" or seg.in_task_list or seg.section_tasks)
    if not verbal and seg.section:
        # "3. Утвердить:" with noun sub-items, "1. Установить плату ... в размерах:" over "- в городе -
        # 20 рублей;": the heading's verb is the action of sub-items that finish its sentence
        # a nested heading without a verb ("1.1. На 2014 год:") takes its parent's
        heading = find_actions(seg.section) or (find_actions(seg.section_outer) if seg.section_outer else [])
        short = len(seg.section.split()) <= 4 and not found  # "3. Утвердить:" over "положение о ..."
        # an item with no verb and no task noun of its own ("Рабочие дни: понедельник - пятница ..."
        # under "Утвердить режим работы:") finishes the heading's sentence whatever its length or case
        # (an amount opens no sentence either: "- 190 рублей –" cut by the page end)
        # ... and so does a value line with no verb ("1.2. Повторное подключение к антенне – 45 рублей." under
        # "1. Утвердить тарифы ... в размере:"): the real gold gives the heading's verb 49 times in 53
        continues_heading = (seg.text[:1].islower() or seg.text[:1].isdigit()
                             or MONEY_AMOUNT.search(seg.text) is not None)
        # "2. Комитету здравоохранения обеспечить:" / "2.1. Выполнение медицинских мероприятий ...": a verb that
        # closes the heading governs the sub-items' task nouns, capitalised or not
        closing_verb = bool(heading) and (not found or found[0][0].form == "noun") and \
            WORD.findall(seg.section)[-1:] == [heading[-1][0].text]
        if heading and heading[0][0].form != "noun" and (short or continues_heading or closing_verb
                                                          or not (found or cut)):
            # "4. Классным руководителям обеспечить:" over "4.1 информирование ...": the object
            # nouns finish the heading's sentence
            return [heading[0][0]], ["section_heading_verb"]
    if not found:
        found = find_actions(clause, nominal=True)
    return [a for a, *_ in found], [rule for *_, rule in found]


def _timed(seg: Segment, clause: str, addressee_rule: str) -> str:
    """The text that times the item: its prescribed clause, or the whole item when an adverbial opens it
    before the formula ("На время проведения Акции рекомендовать X ...")."""
    return seg.text if addressee_rule.endswith(_AFTER_ADVERBIAL) else clause


def _deadline(seg: Segment, clause: str, ref: dt.date | None, kind: str, kind_rule: str,
              previous: Deadline | None = None):
    deadline, rules = _own_deadline(seg, clause, ref, kind, kind_rule)
    if deadline is None and (deadline := find_anaphoric_term(clause, previous)) is not None:
        rules = [*rules, "anaphoric_term"]  # "в указанный период": the term of the directive before
    return deadline, rules


def _own_deadline(seg: Segment, clause: str, ref: dt.date | None, kind: str, kind_rule: str):
    if seg.deadline_text:
        value = parse_deadline(seg.deadline_text, ref, source=seg.deadline_source or "item")
        if value is not None:
            return value, list(seg.rules.get("deadline", [])) + ["parse_deadline"]
    # the prescribed clause, after an inline addressee: a time phrase opening it times its verb
    found, timed = find_inline_deadline(clause, ref), clause
    if found is None and seg.block_term:
        # "до 1 сентября 2014 года:" alone on a line over the items: their term, the nearest heading's
        term = find_inline_deadline(seg.block_term, ref)
        if term is not None:
            found = term[0].model_copy(update={"source": "block"}), f"{term[1]}+block_term_line"
            timed = seg.block_term
    if found is None and seg.section:
        # a heading without a verb ("1.1. За один день посещения:") passes its outer heading's term on
        own = has_actions(seg.section)
        heading = _heading_deadline(seg.section, ref) if own else None
        if own and heading is None and (len(seg.section.split()) <= 4 or not has_actions(clause)):
            # "1. Провести:" / "1) школьный этап ... в сентябре 2025 года": read with the heading's verb; so is
            # an item with no verb of its own, however long the heading ("Комитету ... обеспечить проведение:"
            # / "праздничного концерта ... 2 декабря")
            joined = f"{seg.section} {clause}"
            found = find_inline_deadline(joined, ref)
            timed = joined if found is not None else timed
        if heading is not None:
            timed = seg.section
        elif found is None and seg.section_outer and has_actions(seg.section_outer):
            # "1. Установить с 01.07.2011 порядок:" over "1.1. ... детям категорий:" over "- судей;":
            # the outer heading's term runs over both levels
            heading, timed = _heading_deadline(seg.section_outer, ref), seg.section_outer
        if heading is not None:
            # "1. Открыть в срок до 1 октября 2011 года:" over its items: the heading's term is theirs
            found = heading[0].model_copy(update={"source": "block"}), f"{heading[1]}+section_heading_term"
    if found is None and seg.block_addressee:
        found = _block_heading_term(seg.block_addressee, clause, ref)
    if found:
        deadline = found[0]
        # (a term set as the value itself, "Последним сроком ... определить 1 июня", is one)
        if kind == "decision" and kind_rule not in (UNCHARGED_DECISION.name, "item_role_first") \
                and "clause_final" in found[1]:
            # "Одобрить работу ... в 2023-2024 учебном году": what the body approves happened then;
            # the body's own act ("Объявить субботник ... 5 сентября") takes place then
            return None, [found[1], "decision_object_time_rejected"]
        # "Утвердить режим работы ... на период выборов:" over its items: the heading holds the time
        if kind != "decision":
            rejected = _dates_set_by_the_way(timed, deadline)
        else:
            rejected = None if _REPORTING_START_RULE in found[1] else _decision_object_time(timed, deadline)
        if rejected:
            return None, [found[1], rejected]
        # "Одобрить работу ... в 2023-2024 учебном году": a period over before the act describes what was
        # done, it sets no term. Misprints stay terms: "с 01.09.2004 по 25.05.2004"; "к 25.08.2003" in an act
        # of 2004 ("до"/"к" set a term whatever the year)
        if ref is not None and deadline.end is not None and deadline.end < ref and "date_until" not in found[1] \
                and not (deadline.start is not None and deadline.start >= ref):
            return None, [found[1], "past_period_rejected"]
        return deadline, [found[1]]
    return None, []


@lru_cache(maxsize=1024)
def _may_hold_time(heading: str) -> bool:
    # asked for every item under an addressee heading: once per heading
    return bool(TIME_CUE.search(heading))


def _block_heading_term(heading: str, clause: str, ref: dt.date | None) -> tuple[Deadline, str] | None:
    """"1. Главным врачам ..., до особого распоряжения департамента:" over its items: a term in the
    addressee heading times each item's verb (read with it, so the verb is there to time)."""
    if not _may_hold_time(heading):
        return None  # nearly every heading: the item's clause was read already
    found = find_inline_deadline(f"{heading} {clause}", ref)
    if found is None or found[0].text not in heading:  # a term of the clause itself was looked for already
        return None
    at = heading.find(found[0].text.rstrip("…"))
    if at >= 0 and in_participial_phrase(heading, at):
        return None  # "Руководителям ..., направляющим учащихся на уборку урожая с 01 по 30 сентября:": whom it names
    return found[0].model_copy(update={"source": "block"}), f"{found[1]}+block_heading_term"


def _decision_object_time(clause: str, deadline: Deadline) -> str | None:
    """The rule that reads a decision's time as its object's ("Утвердить план ... на период с 22 по
    31 мая", "Принять предложение министерства о проведении с 13 по 31 мая"), or None."""
    before = _text_before(clause, deadline)
    if _OBJECT_OF_TOPIC.search(before):
        return "topic_time_rejected"
    if _TAKES_EFFECT.match(before) and deadline.text[:1].lower() == "с":
        return None  # "Утвердить с 1 июня 2012 года родительскую плату": from when the act's own figures apply
    # how often a thing recurs is no date the clause's verb sets ("Установить День призывника и проводить его
    # два раза в год"): only the rules that read the words right before it ("500 рублей ежемесячно") apply
    dated = deadline.kind not in ("recurring", "continuous")
    end_term = END_TERM_START.match(deadline.text) is not None

    def applies(where: str, pattern: re.Pattern[str]) -> bool:
        if where == "clause":
            return dated and pattern.match(clause) is not None
        return (where == "before" or not end_term) and pattern.search(before) is not None

    return next((name for name, where, pattern in DECISION_OBJECT_TIMES if applies(where, pattern)), None)


def _text_before(clause: str, deadline: Deadline) -> str:
    """The clause's text before its time phrase; empty when the time is not in it."""
    return clause[:max(0, clause.find(deadline.text))]


def _dates_set_by_the_way(clause: str, deadline: Deadline) -> str | None:
    """"перенести Собор на май, определив датами его заседаний 26-29 мая": dates a participle clause
    sets are its object, whatever the item's kind; None when the time follows no such clause."""
    before = _text_before(clause, deadline)
    return "dates_set_by_participle_clause" if SET_DATES_CLAUSE.search(before) else None


def _is_statement(seg: Segment) -> list[Addressee] | None:
    """A list item that prescribes nothing: a report in the past tense or a passive short form
    ("Для развития ... определены основные направления работы, ..."). Returns the addressees it
    names for the items below (possibly none); None when the item is a directive."""
    if seg.in_task_list or has_actions(seg.text) or _charging_formula(seg.text):
        return None  # ("рекомендовано осуществление ...": a formula's short participle prescribes)
    found = find_preamble_addressees(seg.text) if _OBLIGATION_CUE.search(seg.text) else []
    if found:
        return found
    if seg.section and has_actions(seg.section):
        return None  # "1. Провести:" over "2) муниципальный этап ...": the heading's verb acts
    if CONTROL_CLAUSE.match(seg.text):
        return None  # "Контроль за выполнением постановлен": the page cut its verb, not a report ("постановлен")
    words = WORD.findall(seg.text)
    if words and morph.is_cut_off(words[-1]):
        words.pop()  # "Контроль за исполнение решения оставл": a page cut mid-word ("оставляю") reports nothing
    if any(morph.is_form(w, "PRTS") or morph.is_past_verb(w) for w in words):
        return []
    return None


def _preamble_defaults(seg: Segmentation) -> list[Addressee]:
    """Addressees named in the narrative before the resolutive formula ("..., реализация которых
    должна быть обеспечена отделом образования, образовательными организациями района.")."""
    limit = seg.first_formula_line if seg.first_formula_line is not None else 0
    found: list[Addressee] = []
    for line in seg.lines[:limit]:
        for sentence in _SENTENCE_END.split(line.clean):
            if _OBLIGATION_CUE.search(sentence):
                found = find_preamble_addressees(sentence) or found
    return found


_PREAMBLE_LINES = 6  # lines before the formula that hold its sentence


def _preamble_term(seg: Segmentation, ref: dt.date | None) -> Deadline | None:
    """The last dated term of the formula's sentence ("..., с 3 по 30 сентября 2010 года установлен особый
    противопожарный режим. ... приказываю:"), back to a blank line."""
    if seg.first_formula_line is None:
        return None
    lines: list[str] = []
    for line in reversed(seg.lines[max(0, seg.first_formula_line - _PREAMBLE_LINES):seg.first_formula_line + 1]):
        if not line.clean and lines:
            break
        lines.insert(0, line.clean)
    return last_dated_term(" ".join(lines), ref)


def build_directives(
    seg: Segmentation, header: Header, doc_id: str, warnings: list[str]
) -> tuple[list[Directive], list[Trace]]:
    directives: list[Directive] = []
    traces: list[Trace] = []
    defaults = _preamble_defaults(seg)
    # the last dated term, for one that points back ("в указанный период"): at first the preamble's
    previous_term = _preamble_term(seg, header.date) if any(anaphoric_term_span(s.text) for s in seg.segments) else None
    for item in seg.segments:
        statement = _is_statement(item)
        if statement is not None:
            defaults = statement or defaults
            warnings.append(f"item {item.number or '(bullet)'} prescribes nothing; not a directive: {item.text[:60]}")
            continue
        if not item.text:
            continue
        cut = item is seg.segments[-1] and seg.list_end_line is None and not _ENDS_SENTENCE.search(item.text)
        kind, kind_rule = _item_kind(item)
        addressees, clause_start, addressee_rule = _addressees(item, kind, defaults, cut)
        if addressees and kind_rule in _UNCHARGED_ITEMS_ONLY:
            kind, kind_rule = item.kind, item.kind_rule or "formula"  # it names whom it charges: its own sentence
        own = None if addressees else _acts_itself(item, kind, kind_rule)
        if own is not None:
            kind, kind_rule, addressee_rule = "decision", own, "decision_has_no_addressee"
        elif addressees and _permits(item, kind, kind_rule):
            kind, kind_rule = "decision", "permission_after_addressee"
        clause, timed = item.text[clause_start:], _timed(item, item.text[clause_start:], addressee_rule)
        actions, action_rules = _actions(item, clause, cut)
        deadline, deadline_rules = _deadline(item, timed, header.date, kind, kind_rule, previous_term)
        previous_term = deadline if deadline is not None and deadline.end is not None else previous_term
        traced = find_references_traced(item.text, header.date)
        references = [r for r, _ in traced]
        ordinal = len(directives) + 1
        directives.append(
            Directive(
                id=f"{doc_id}#{ordinal}",
                ordinal=ordinal,
                number=item.number,
                kind=kind,
                section=item.section,
                addressees=addressees,
                text=item.text,
                action=actions[0] if actions else None,
                actions=actions,
                deadline=deadline,
                references=references,
                quoted_names=find_quoted_names(item.text, references),
                span=(item.start, item.end),
            )
        )
        traces.append({
            "boundaries": list(item.rules.get("boundaries", [])),
            "section": ["section_heading"] if item.section else [],
            "kind": [kind_rule],
            "addressees": [addressee_rule],
            "actions": action_rules,
            "deadline": deadline_rules,
            "references": [rule for _, rule in traced],
        })
    return directives, traces


# runs, not single letters: a match object per letter costs three times as much
_LETTERS = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")


def _looks_russian(text: str, sample: int = 20_000, chunk: int = 500) -> bool:
    """At least 30 % of the letters of the first `sample` characters are Cyrillic."""
    head = text[:sample]
    letters = cyrillic = 0
    for start in range(0, len(head), chunk):
        part = head[start:start + chunk]
        letters += sum(map(len, _LETTERS.findall(part)))
        cyrillic += sum(map(len, _CYRILLIC.findall(part)))
        rest = len(head) - start - len(part)
        if 10 * cyrillic >= 3 * (letters + rest):
            return True  # even if every character left were a Latin letter: a Russian text is settled early
    if not letters:
        return True  # digits and punctuation only: nothing to misread, let the stages warn
    return cyrillic / letters >= 0.3


def extract_resolution(
    text: str, doc_id: str, source: str | None = None, encoding: str = "utf-8"
) -> Explanation:
    # the memo tables serve one document: a repeated text in another document is analysed afresh,
    # so throughput measured on copied corpora stays honest
    _actions_cached.cache_clear()
    _split_cached.cache_clear()
    _heading_deadline.cache_clear()
    _heading_addressee.cache_clear()
    _may_hold_time.cache_clear()
    find_charge_after_adverbial.cache_clear()
    clear_header_memos()
    if text.strip() and not _looks_russian(text):
        # rules and lexicons are Russian: read nothing rather than misread another language
        resolution = Resolution(
            doc_id=doc_id, source=source, encoding=encoding,
            warnings=["the text is not in Russian: no directives extracted"],
        )
        return Explanation(resolution, [], {"doc_type": ["not_russian"]})
    seg = segment(text)
    header = extract_header(seg)
    warnings = list(seg.warnings)
    directives, traces = build_directives(seg, header, doc_id, warnings)
    if not text.strip():
        warnings.append("empty document: nothing to extract")
    elif not directives:
        warnings.append("no resolutive part found: no directives extracted")
    resolution = Resolution(
        doc_id=doc_id,
        source=source,
        doc_type=header.doc_type,
        title=header.title,
        event=header.event,
        date=header.date,
        place=header.place,
        directives=directives,
        warnings=warnings,
        encoding=encoding,
    )
    return Explanation(resolution, traces, header.rules)
