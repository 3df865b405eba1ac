"""`text.tokens`: one token class, one tokenizer run by a grammar between opaque spans."""
from __future__ import annotations

import pytest

from resextract.text.quotes import quote_spans
from resextract.text.tokens import PHRASE_TOKENS, WORD, WORD_TOKENS, tokenize

# text → (kind, text) of each token: actions' grammar, quotes and brackets masked
ACTION_TOKENS: list[tuple[str, list[tuple[str, str]]]] = [
    ("Провести семинар «О мерах» (до 1 мая), 2 раза.",
     [("word", "Провести"), ("word", "семинар"), ("masked", "«О мерах»"), ("masked", "(до 1 мая)"),
      ("punct", ","), ("num", "2"), ("word", "раза"), ("punct", ".")]),
    ("Учебно-методический центр: организовать", [("word", "Учебно-методический"), ("word", "центр"),
                                                 ("punct", ":"), ("word", "организовать")]),
    ("", []),
]


@pytest.mark.parametrize("text, expected", ACTION_TOKENS)
def test_action_tokens(text: str, expected: list[tuple[str, str]]) -> None:
    toks = tokenize(text, WORD_TOKENS, quote_spans(text, brackets=True), opaque_kind="masked")
    assert [(t.kind, t.text) for t in toks] == expected
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert all(t.low == ("" if t.kind == "masked" else t.text.lower()) for t in toks)


PHRASE = "Иванову И.И. (директор) и МБОУ «Школа № 5» до 01.09.2024."
PHRASE_KINDS = [("word", "Иванову"), ("initials", "И.И."), ("paren", "(директор)"), ("word", "и"),
                ("word", "МБОУ"), ("quote", "«Школа № 5»"), ("word", "до"), ("date", "01.09.2024"),
                ("punct", ".")]


def test_phrase_tokens() -> None:
    toks = tokenize(PHRASE, PHRASE_TOKENS, quote_spans(PHRASE))
    assert [(t.kind, t.text) for t in toks] == PHRASE_KINDS


@pytest.mark.parametrize("limit", [0, 1, 3, 5, 6, 9, 20])
def test_limit_and_offset(limit: int) -> None:
    toks = tokenize(PHRASE, PHRASE_TOKENS, quote_spans(PHRASE), offset=10, limit=limit)
    assert [(t.kind, t.text) for t in toks] == PHRASE_KINDS[:limit]
    assert all(PHRASE[t.start - 10:t.end - 10] == t.text for t in toks)


WORDS: list[tuple[str, list[str]]] = [
    ("Научно-исследовательскому институту IT-куба, 5 раз", ["Научно-исследовательскому", "институту", "IT-куба", "раз"]),
    ("«Провести» семинар", ["Провести", "семинар"]),
]


@pytest.mark.parametrize("text, words", WORDS)
def test_word(text: str, words: list[str]) -> None:
    assert WORD.findall(text) == words


def test_split_words_cuts_a_glued_word_into_printed_pieces() -> None:
    from resextract.text.tokens import WORD_TOKENS, split_words, tokenize

    text = "возложить назаместителя главы"
    toks = split_words(tokenize(text, WORD_TOKENS), {1: (2,)})
    assert [(t.text, text[t.start:t.end], t.low) for t in toks] == [
        ("возложить", "возложить", "возложить"), ("на", "на", "на"),
        ("заместителя", "заместителя", "заместителя"), ("главы", "главы", "главы")]
    # a cut at a word's edge leaves no empty piece
    assert [t.text for t in split_words(tokenize("продолжитьработу", WORD_TOKENS), {0: (0, 10)})] == [
        "продолжить", "работу"]
