"""Verb-form predicates of `text.morph`: which words read as which forms, and which parses count."""
from __future__ import annotations

import pytest

from resextract.text import morph
from resextract.text.morph import is_finite_verb, is_form, is_infinitive, is_past_verb

# word → (infinitive, finite verb, past verb); only pymorphy3's first parse decides
VERB_FORMS: list[tuple[str, bool, bool, bool]] = [
    ("провести", True, False, False),
    ("обеспечить", True, False, False),
    ("стать", True, False, False),
    ("печь", False, False, False),  # a noun first, an infinitive second
    ("течь", False, False, False),  # an infinitive only as the third parse
    ("деятельность", False, False, False),
    ("проводится", False, True, False),
    ("обеспечьте", False, True, False),  # imperative
    ("провели", False, True, True),
    ("выросло", False, True, True),
    ("дел", False, False, False),  # a genitive plural first, a past verb second
    ("правил", False, False, False),
]


@pytest.mark.parametrize("word, infinitive, finite, past", VERB_FORMS)
def test_verb_form_predicates(word: str, infinitive: bool, finite: bool, past: bool) -> None:
    assert (is_infinitive(word), is_finite_verb(word), is_past_verb(word)) == (infinitive, finite, past)


# (word, grammemes, trust, expected)
TRUST: list[tuple[str, tuple[str, ...], str, bool]] = [
    ("прошедших", ("PRTF",), "first", False),  # an adjective first
    ("прошедших", ("PRTF",), "any", True),
    ("организации", ("datv",), "first", False),  # genitive first
    ("организации", ("datv",), "any", True),
    ("организации", ("nomn", "plur"), "any", True),
    ("определены", ("PRTS",), "first", True),
    ("В", ("PREP",), "first", True),  # case-insensitive
]


@pytest.mark.parametrize("word, grammemes, trust, expected", TRUST)
def test_is_form_trust(word: str, grammemes: tuple[str, ...], trust: str, expected: bool) -> None:
    assert is_form(word, *grammemes, trust=trust) is expected


def test_is_form_trusts_the_first_parse_by_default() -> None:
    assert is_form("прошедших", "PRTF") == is_form("прошедших", "PRTF", trust="first")


# SPEC §6, glued words: a lost space between an infinitive and its neighbour
@pytest.mark.parametrize("word, span", [
    ("подготовитьотчет", (0, 11)),
    ("организоватьдежурство", (0, 12)),
    ("районовпровести", (7, 15)),
    # and the preposition the verb governs
    ("возложитьна", (0, 9)),
    # a one-letter preposition too: "Провестив Оренбургской области в феврале ..."
    ("Провестив", (0, 8)), ("обеспечитьс", (0, 10)),
    # whole known words and glued words without an infinitive are left alone
    ("организовать", None),
    ("предпринимательства", None),
    ("хозяйстваобласти", None),
    ("Ромашка", None),
])
def test_glued_infinitive(word: str, span: tuple[int, int] | None) -> None:
    assert morph.glued_infinitive(word) == span


# a lost space between two words of one phrase, or after a preposition: where the seam is
@pytest.mark.parametrize("word, seam", [
    ("назаместителя", 2),               # preposition + the noun it governs
    ("дляподготовки", 3),
    ("хозяйстваобласти", 9),            # a noun in the genitive + a noun
    ("сокращениичисленности", 10),
    ("общеобразовательнымучреждениям", 19),  # a modifier + the noun it agrees with
    ("независимоот", 10),               # "независимо от"
    ("Министерствукультуры", 12),       # an item's first word, capitalised
    # known words, compound stems, names' fragments and a capital before a preposition are left whole
    ("заместителя", None),
    ("общеразвивающей", None),          # "обще" is a compound stem, not a word of the phrase
    ("высокомотивированными", None),
    ("коронавирусной", None),
    ("Кубаньэнерго", None),
    ("Смеловой", None),                 # a surname, not "с меловой"
    ("иобеспечении", None),             # a conjunction: not split (it would join what it parts)
    ("школ", None),
])
def test_glued_seam(word: str, seam: int | None) -> None:
    assert morph.glued_seam(word) == seam


def test_a_glued_word_guessed_as_an_infinitive_is_none() -> None:
    assert not morph.is_infinitive("хозяйстваобласти") and morph.is_infinitive("провести")


@pytest.mark.parametrize("text, joined", [
    ("первого за- местителя главы", "первого заместителя главы"),
    ("Отделу обра- зования", "Отделу образования"),
    # a hyphen shared by two words, and halves that are words of their own, stay
    ("тепло- и водоснабжения", "тепло- и водоснабжения"),
    ("одно- двухэтажных домов", "одно- двухэтажных домов"),
    ("Кемерово- Новокузнецк", "Кемерово- Новокузнецк"),
    ("без переноса", "без переноса"),
])
def test_join_broken_words(text: str, joined: str) -> None:
    assert morph.join_broken_words(text) == joined


@pytest.mark.parametrize("word, grammemes, expected", [
    # a superlative keeps its printed stem (pymorphy3's lexeme joins "высший" and "высочайший")
    ("высшим", frozenset({"nomn", "plur"}), "высшие"),
    ("Высшего", frozenset({"nomn", "sing", "masc"}), "Высший"),
    ("лучшим", frozenset({"nomn", "plur"}), "лучшие"),
    ("районным", frozenset({"nomn", "plur"}), "районные"),
])
def test_inflect_word_keeps_a_superlatives_stem(word: str, grammemes: frozenset[str], expected: str) -> None:
    assert morph.inflect_word(word, grammemes, "ADJF") == expected
