"""Cue prefilters: literal stems on lower-cased text accept exactly what the plain regex accepts."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resextract.text.cues import compile_cues

CUES = ["^год", "квартал", r"^кв\.", "^числа$", "^конц[ау]$", r"^раза?\s+в$", "ма[йяею]", "^весь$"]
# the same list written the ordinary way, matched case-insensitively
REFERENCE = re.compile(
    r"\bгод|квартал|\bкв\.|\bчисла\b|\bконц[ау]\b|\bраза?\s+в\b|ма[йяею]|\bвесь\b", re.IGNORECASE
)
FAST = compile_cues(CUES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в течение учебного года", True),
        ("Провести в ГОДУ", True),
        ("полгода", False),  # "^год": the stem must start a word
        ("III кв. 2024", True),
        ("квт", False),
        ("до 5 числа каждого месяца", True),
        ("числами", False),  # "числа$": the stem must end the word
        ("до конца года", True),
        ("конце", False),
        ("два раза в год", True),
        ("раз в неделю", True),
        ("разве", False),
        ("в мае", True),
        ("весь период", True),
        ("весьма", False),
        ("обеспечить участие", False),
    ],
)
def test_cue_phrases(text: str, expected: bool) -> None:
    assert FAST.search(text) is expected
    assert (REFERENCE.search(text) is not None) is expected


def test_digits_flag() -> None:
    assert compile_cues(["^год"], digits=True).search("до 15.09")
    assert not compile_cues(["^год"]).search("до 15.09")


def test_cue_must_open_with_a_literal() -> None:
    with pytest.raises(ValueError, match="literal"):
        compile_cues([r"\d+"])


_ALPHABET = st.sampled_from(list("годГОДквартлКВ.числаЧИСЛАконцуКОНЦАраз вРАЗ маяйеюМАЙвесьВЕСЬ,-1\n_ё"))


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_same_verdict_as_the_plain_regex(text: str) -> None:
    assert FAST.search(text) is (REFERENCE.search(text) is not None)


# --- Every prefilter of the package against the patterns it guards ----------------------------
# The one property every cue keeps: a text any of its patterns matches passes the cue (a cue may
# pass more). Each stage's cue is listed here with its patterns and the words texts are drawn from.

import glob  # noqa: E402
from collections.abc import Callable, Iterable  # noqa: E402
from pathlib import Path  # noqa: E402

from resextract.lexicons import addressees as addressee_tables  # noqa: E402
from resextract.lexicons import patterns as segmenter_tables  # noqa: E402
from resextract.lexicons import references as reference_tables  # noqa: E402
from resextract.stages.deadlines.inline import TIME_CUE  # noqa: E402
from resextract.stages.deadlines.rules import DEADLINE_RULES  # noqa: E402
from resextract.text.cues import Cue, regex_cue  # noqa: E402

Guarded = tuple[str, Cue, tuple[re.Pattern[str], ...]]  # (name, cue, the patterns it guards)


def assert_cue_admits(guarded: Iterable[Guarded], text: str) -> None:
    """The property-test helper for every cue: if any guarded pattern matches, the cue passes."""
    for name, cue, patterns in guarded:
        if any(pattern.search(text) for pattern in patterns):
            assert cue.search(text), (name, text)


def _deadline_rules() -> list[Guarded]:
    return [(rule.name, rule.cue, (rule.pattern,)) for rule in DEADLINE_RULES]


P = segmenter_tables
CUED: dict[str, list[Guarded]] = {
    "segmenter": [
        ("label_artefacts", P.LABEL_ARTEFACT_CUES, tuple(p for _, p, _ in P.LABEL_ARTEFACTS)),
        ("artefacts", P.ARTEFACT_CUE, tuple(p for _, p, _ in P.ARTEFACTS) + (P.LETTER_SPACED,)),
        ("trailing_signature", P.TRAILING_SIGNATURE_CUE, (P.TRAILING_SIGNATURE,)),
        ("inline_label", P.INLINE_LABEL_CUE, (P.INLINE_LABEL,)),
        ("schedule_lead", P.SCHEDULE_CUE, (P.SCHEDULE_LEAD,)),
        *((f.name, f.cue, (f.pattern,)) for f in P.ITEM_FORMULAS if f.cue is not None),
    ],
    "references": [
        ("act_words", reference_tables.ACT_CUES, (reference_tables.RE_ACT,)),
        ("norm_codes", reference_tables.NORM_CODE_CUE, tuple(p for _, _, p in reference_tables.NORM_CODES)),
    ],
    "addressees": [("charge_formulas", addressee_tables.CHARGE_CUES, tuple(p for _, p, _ in addressee_tables.CHARGE_FORMULAS))],
    "deadline_rules": _deadline_rules(),
    # the time cue guards the rules that may fire inline; "IV кв" without digits is a known gap, below
    "time": [("time", TIME_CUE, tuple(r.pattern for r in DEADLINE_RULES if r.inline != "never"))],
}

_DEADLINE_WORDS = [
    "до", "с", "c", "по", "в", "в течение", "до конца", "на", "от", "№", "г.", "года", "гг.", "учебного года",
    "квартал", "IV", "полугодие", "ежегодно", "раза в год", "сентября", "декабрь", "2023", "2024/25",
    "1", "31", "-", "–", "/", ".", ",", "«", "»", '"', "(", ")", "срок:", "провести", "постоянно", "12.10.23",
    "Кв.", "ПОЛУГОДИИ", "мае", "Май", "маю", "текущего года", "каждый месяц", "по мере необходимости",
    "на постоянной основе", "Весь период", "не реже 1 раза в квартал", "регулярно", "к концу", "учебного",
    "раз в полгода", "Раз в  полгода", "ЕЖЕМЕСЯЧНО", "систематически", "непрерывно",
    "в течение", "через", "не позднее", "дней", "рабочих", "суток", "месяца", "недели", "двух", "десяти",
    "10-дневный", "двухнедельный", "трехмесячный", "срок", "со дня", "подписания", "вступления в силу",
    "к началу", "нового", "учебному году", "числа", "5-го", "месяца, следующего за отчетным", "декаде", "III декада",
    "августа", "летний период", "летом", "весенне-летний период", "осенью", "по окончании", "накануне", "их",
    "проведения", "начала", "отопительного", "сезона", "в период", "каникул", "Дня", "Победы", "после", "в ходе",
    "к", "новогодним", "праздникам", "празднику", "31.07. 2020",
]
# (words, joiner, what the stage does to a text before its cue and patterns see it)
WORDS: dict[str, tuple[list[str], str, Callable[[str], str]]] = {
    "segmenter": ([
        "[bookmark: _GoBack]", "[bookmark:", "[bookmark", "**", "*", "|", " | ", "\u00ad", "1.", "2.", "12.", "1.1.",
        "Глава района", "Председатель", "И.о.", "И. о.", "Заместитель", "первый заместитель", "Первый заместитель",
        "Исполняющий обязанности", ". ", "; ", ": ", "»", "!", "И.И. Иванов", "р е к о м е н д у ю т", "а б в г",
        "Провести", " ", "  ", "\t", "\n",
        "Постановление", "от 1.02.2020 № 5", "признать", "Считать", "утратившим", "утратившими", "силу", "читать",
        "изложить", "в новой", "редакции", "Дополнить", "словами", "абзацем", "Настоящее", "решение", "вступает",
        "вступают", "в силу", "вводится", "в действие", "со дня", "ВСТУПАЕТ",
        "в следующие", "В Нижеследующие", "сроки", "ДНИ", "даты", "периоды", "период", "по", "согласно", "следующему",
        "графику", "в два", "этапа", "поэтапно", "ПОЭТАПНО", "в", "–", "-", ":",
    ], "", str),
    "references": ([
        "Указом", "ПОСТАНОВЛЕНИЕМ", "федеральных законов", "ФЗ", "№ 273-ФЗ", "письмо", "писем", "Порядка",
        "СанПиН 2.4.3648-20", "СП 2.4.3648-20", "ГОСТ Р 52872-2019", "СНиП 23-05-95", "план", "основы",
        " ", ", ", "от 1 мая 2024 г.", "«О мерах»", "школа", "-", "\n",
    ], "", str),
    "addressees": ([
        "Контроль", "за", "исполнением", "ВОЗЛОЖИТЬ", "возлагается", "возложена", "на", "Поручить", "поручается",
        "поручаю", "Обязать", "обязанности", "заместителя", "главы", "себя", ",", ".", "\n", "возл", "обяз",
    ], " ", str),
    "deadline_rules": (_DEADLINE_WORDS, " ", str),
    "time": ([w for w in _DEADLINE_WORDS if w != "IV"], " ", str),
}


@pytest.mark.parametrize("stage", sorted(CUED))
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_every_cue_admits_every_text_its_patterns_match(stage: str, data: st.DataObject) -> None:
    words, joiner, prepare = WORDS[stage]
    text = data.draw(st.lists(st.sampled_from(words), max_size=12).map(joiner.join))
    assert_cue_admits(CUED[stage], prepare(text))


def _corpus_lines() -> list[str]:
    root = Path(__file__).resolve().parent.parent / "data"
    paths = sorted(glob.glob(str(root / "**" / "*.txt"), recursive=True))
    return [line for path in paths for line in Path(path).read_text(encoding="utf-8", errors="replace").split("\n")]


def test_every_cue_admits_every_corpus_line_its_patterns_match() -> None:
    lines = _corpus_lines()
    assert len(lines) > 1000
    for stage, guarded in CUED.items():
        prepare = WORDS[stage][2]
        for line in lines:
            assert_cue_admits(guarded, prepare(line))


@pytest.mark.xfail(strict=True, reason="known gap kept as is (no behaviour change): the quarter rule reads "
                   "a bare 'кв' without a dot, the time cue wants 'квартал', 'кв.' or a digit")
def test_time_cue_gap_bare_quarter_abbreviation() -> None:
    assert_cue_admits(CUED["time"], "провести в IV кв")


def test_every_rule_table_entry_has_a_cue() -> None:
    for _, cue, _ in _deadline_rules():
        assert cue.digits or cue.pattern is not None


def test_regex_cue_and_case_sensitive_stems() -> None:
    assert regex_cue(r"[.;]\s*\d").search("итоги. 2. Провести")
    assert not regex_cue(r"[.;]\s*\d").search("итоги 2 Провести")
    signature = compile_cues(["Глава", r"И\.\s?о\."], fold=False)
    assert signature.search("... И. о. главы") and signature.search("Глава района")
    assert not signature.search("глава района")
    assert compile_cues((), digits=True).search("до 5") and not compile_cues((), digits=True).search("до мая")


def test_few_plain_stems_are_matched_as_substrings() -> None:
    assert compile_cues(["кв"]).substrings == ("кв",)
    assert compile_cues(["^кв"]).substrings is None
    assert compile_cues(["кв"]).search("III КВ.") and not compile_cues(["кв"]).search("кабинет")
