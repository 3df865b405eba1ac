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
