"""Lexicons and rule names of `actions` (lemmas, lower case): which words govern an infinitive,
which open a formula, a subordinate clause or a nominal task, and where clauses end.

Declarative tables only; `actions` reads them in its single pass over an item's tokens.
"""
from __future__ import annotations

import re

#: Nouns whose infinitive complement is not a clause head ("обеспечить возможность ... включиться").
#: "цель", "задача", "решение" are left out on purpose: in these texts they head adverbials
#: ("В целях повышения ... обеспечить", "Для решения задачи ... провести").
GOVERNING_NOUNS: frozenset[str] = frozenset({
    "возможность", "необходимость", "право", "способность", "умение", "готовность", "желание",
    "стремление", "обязанность", "навык", "привычка", "попытка", "намерение", "обязательство",
    "разрешение", "запрет", "требование", "поручение", "рекомендация", "потребность", "мотивация",
    "неспособность", "нежелание", "решимость", "согласие",
})

#: Infinitives no governing noun takes as its complement: the act's control formula ("Контроль за
#: соблюдением требований Порядка возложить на ..." is no requirement to charge anyone).
UNGOVERNED_VERBS: frozenset[str] = frozenset({"возложить"})

#: Adverbial idioms with a governing noun that governs nothing ("при необходимости провести").
ADVERBIAL_IDIOMS: dict[tuple[str, ...], str] = {
    ("при", "необходимости"): "idiom", ("в", "случае", "необходимости"): "idiom",
    ("по", "мере", "необходимости"): "idiom", ("по", "возможности"): "idiom",
    ("при", "возможности"): "idiom", ("по", "мере", "возможности"): "idiom",
    ("в", "меру", "возможностей"): "idiom", ("при", "желании"): "idiom",
    # "товаров первой необходимости применять ...": a set phrase, no need that governs the infinitive
    ("первой", "необходимости"): "idiom",
}

#: Adjectives (full or short) that take an infinitive ("готовых принять участие").
GOVERNING_ADJECTIVES: frozenset[str] = frozenset({
    "готовый", "способный", "намеренный", "вынужденный", "склонный", "рад", "вправе",
})

#: Verbs (any form: infinitive, finite, participle, gerund) whose infinitive complement is not
#: a separate action: the governing verb is the action ("продолжать формировать" → продолжать).
GOVERNING_VERBS: frozenset[str] = frozenset({
    "продолжать", "продолжить", "начать", "начинать", "стать", "прекратить", "прекращать",
    "перестать", "переставать", "закончить", "заканчивать", "приступить", "приступать",
    "стремиться", "стараться", "постараться", "пытаться", "попытаться", "уметь", "суметь",
    "научить", "научиться", "учить", "учиться", "обучать", "обучить", "приучать", "приучить",
    "помочь", "помогать", "позволять", "позволить", "мочь", "смочь", "хотеть", "захотеть",
    "желать", "успеть", "любить", "бояться", "обещать", "собираться", "намереваться",
    "планировать", "запланировать", "предпочитать", "привыкнуть", "отказаться", "отказываться",
    "разрешить", "разрешать", "запретить", "запрещать", "побуждать", "побудить", "мотивировать",
    "призывать", "призвать", "приглашать", "пригласить", "давать", "дать", "удаваться",
    "удаться", "спешить", "торопиться", "готовиться", "решаться", "решиться", "нацеливать",
    "нацелить", "настраивать", "настроить",
})

#: Phase verbs take only an imperfective infinitive, so a perfective one after them is a new clause.
PHASE_VERBS: frozenset[str] = frozenset({
    "продолжать", "продолжить", "начать", "начинать", "стать", "прекратить", "прекращать",
    "перестать", "переставать", "закончить", "заканчивать", "приступить", "приступать",
})

#: Formula verbs and modal words: the prescribed action is the infinitive they introduce
#: (SPEC §1: "its action from the infinitive that follows ... not from the formula verb").
#: Without a following infinitive a formula verb stays an action ("Рекомендовать к изданию ...").
FORMULA_GOVERNORS: frozenset[str] = frozenset({
    "рекомендовать", "рекомендоваться", "поручить", "поручать", "поручаться", "обязать",
    "обязывать", "предложить", "предлагать", "предлагаться", "просить", "попросить",
    "приказывать", "постановлять", "считать", "следовать", "необходимо", "необходимый", "нужно",
    "нужный", "надо", "должный", "обязанный", "целесообразно", "целесообразный", "важно",
    "требоваться", "надлежать",
})

#: Finite verbs that head the issuing body's own statements in standard closing clauses.
FINITE_STATEMENT_VERBS: frozenset[str] = frozenset({
    "вступать", "вступить", "оставлять", "оставить", "подлежать", "утрачивать", "утратить",
    "возлагаться", "возлагать", "распространяться", "распространять", "применяться",
    "действовать", "прекращать", "признаваться", "принимать", "приниматься", "поручать",
    "утверждать", "одобрять", "поддерживать", "отменять", "объявлять",
})

#: Finite verbs that describe rather than prescribe; never actions on their own.
NON_ACTION_FINITE: frozenset[str] = frozenset({
    "быть", "являться", "иметься", "становиться", "стать", "оказаться", "казаться",
    "представляться", "составлять", "находиться", "наблюдаться", "отмечаться",
})

#: Clause boundaries, as token sequences (punctuation tokens included), with their strength:
#: "strong" ends a sentence (formula scope and coordination state are reset), "conj" is a bare
#: coordinating conjunction (an infinitive after it may share the previous one's governor),
#: "weak" is any other clause boundary.
CLAUSE_MARKERS: dict[tuple[str, ...], str] = {
    (".",): "strong", (";",): "strong", ("!",): "strong", ("?",): "strong", ("…",): "strong",
    (",",): "weak", (":",): "weak",
    ("и",): "conj", ("или",): "conj", ("либо",): "conj",
    ("а", "также"): "weak", ("также",): "weak", ("а", "именно"): "weak", ("а",): "weak",
    ("но",): "weak", ("однако",): "weak", ("для", "этого"): "weak", ("кроме", "того"): "weak",
    ("при", "этом"): "weak", ("в", "том", "числе"): "weak", ("в", "т", ".", "ч", "."): "weak",
}

#: Words opening a subordinate clause: its predicate is not an action ("..., которые нуждаются").
SUBORDINATORS: dict[tuple[str, ...], str] = {
    (w,): "sub" for w in (
        "что", "чтобы", "если", "когда", "где", "куда", "откуда", "пока", "поскольку", "хотя",
        "ибо", "чей", "чья", "чьи", "чьё", "чье", "ежели", "дабы",
    )
} | {("так", "как"): "sub", ("в", "то", "время", "как"): "sub"}

#: Markers after which coordinated nouns are means or parts of a nominal task, not new tasks
#: ("через развитие ...", "как условие формирования ...", "в том числе внедрение ...").
# The closing control clause names the act, not a task; cut before its verb it has no action.
# ("Общий контроль ...", "Персональный контроль ..."; the act by its own name: "... исполнение решения оставл")
_CONTROL = r"^\s*(?:[а-яё]+(?:ий|ый|ой)\s+)?контрол\w*"
# (whatever it names after "исполнения": "Контроль исполнения постановления в", "... за выполнением насто")
CONTROL_CLAUSE = re.compile(_CONTROL + r"(?:\s+(?:за|над))?\s+(?:\w+\s+){0,2}?(?:исполнени|выполнени|реализаци)\w*\s+\w"
                            # or cut by the page before the act is named: "Контроль", "Контроль за выполнением",
                            # "Контроль за ис", "Контроль испол" (a word cut at any letter), "Контроль з"
                            + r"|" + _CONTROL + r"(?:\s+(?:за|над|з|н))?(?:\s+(?:исполнени|выполнени)\w*|\s+(?:"
                            + "|".join(w[:n] for w in ("исполнени", "выполнени") for n in range(len(w), 1, -1))
                            + r"))?[\s.,;]*$", re.I)

NOMINAL_STOPS: dict[tuple[str, ...], str] = {
    (w,): "stop" for w in ("через", "путем", "путём", "посредством", "включая", "как", "благодаря")
} | {
    ("в", "том", "числе"): "stop", ("в", "т", ".", "ч", "."): "stop", ("за", "счет"): "stop",
    ("за", "счёт"): "stop", ("в", "части"): "stop", ("с", "помощью"): "stop",
}

#: Nouns that can head a task besides deverbal ones (`DEVERBAL_ENDINGS`).
TASK_NOUNS: frozenset[str] = frozenset({
    "работа", "помощь", "контроль", "мониторинг", "анализ", "учёт", "учет", "отбор", "переход",
    "рост", "выбор", "обмен", "ремонт", "надзор", "сбор", "охрана", "защита", "забота", "борьба",
    "профилактика", "поддержка", "оценка", "подготовка", "переподготовка", "разработка",
    "диагностика", "трансформация", "модернизация", "цифровизация", "аудит", "экспертиза",
    "сопровождение", "обучение", "воспитание",
})

#: Endings of deverbal action nouns ("повышение", "развитие", "синхронизация", "поддержка").
DEVERBAL_ENDINGS: tuple[str, ...] = ("ние", "тие", "ция", "ка")

#: -ние/-ка nouns naming things, documents or bodies, not actions ("положение о конкурсе").
NON_TASK_NOUNS: frozenset[str] = frozenset({
    "положение", "постановление", "распоряжение", "решение", "приложение", "учреждение",
    "объединение", "управление", "образование", "отделение", "население", "поколение",
    "заявление", "соглашение", "мнение", "значение", "отношение", "явление", "заключение",
    "помещение", "здание", "сведение", "собрание", "издание", "изделие", "задание",
    "библиотека", "техника", "политика", "наука", "рука", "справка", "заявка", "ссылка",
    "площадка", "выставка", "коробка", "книжка", "сумка", "звание", "название",
})

#: Possessive pronouns that may stand before a coordinated task noun ("и его оценка").
POSSESSIVES: frozenset[str] = frozenset({"его", "её", "ее", "их", "своя", "свой", "своё", "свое"})

#: Words whose first pymorphy3 parse is a verb form but which are not one in these texts.
NON_VERB_WORDS: frozenset[str] = frozenset({"суть", "стали", "дали"})

#: Periods after these tokens are abbreviations, not sentence ends ("с. Объячево", "2019 г.").
ABBREVIATIONS: frozenset[str] = frozenset({
    "г", "гг", "с", "п", "пп", "д", "ул", "им", "т", "ч", "см", "обл", "р", "руб", "тыс", "млн",
    "млрд", "ст", "проф", "напр", "пр", "кв", "стр", "рис", "табл", "акад", "доц", "пос", "дер",
})

#: Rule names attached to every action (for tracing).
RULES: tuple[str, ...] = (
    "infinitive_clause_head",   # first infinitive heading a prescribed clause
    "coordinated_infinitive",   # a further infinitive clause of the same item
    "formula_complement",       # infinitive introduced by a formula verb or modal word
    "imperative",               # imperative clause head
    "finite_statement",         # finite verb of a standard closing statement
    "finite_predicate",         # main-clause finite verb of an item without infinitives
    "nominal_task",             # nominative noun heading a task (nominal=True)
    "nominal_fallback",         # deverbal noun heading an item without verbs (nominal=False)
    "coordinated_nominal",      # further coordinated task noun
)
