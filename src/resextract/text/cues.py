"""Cheap prefilters: does a text contain any of a list of word stems?

A stage whose rules all need one of a few words checks for them first and skips its scan on most
texts. Python's `re` tries every alternative at every position unless each alternative opens
with a plain lower-case literal; then it jumps from candidate letter to candidate letter. So a cue
list is written as literal stems, matched against the lower-cased text, and a word boundary is
checked after the literal, by a look-behind, rather than before it (`\\bгод` becomes
`год(?<!\\wгод)`, which accepts the same texts), and cues sharing a first letter share a branch.

Cue syntax: `^stem` must start a word, `stem$` must end one, anything after the first
non-letter is kept as regex (`"ма[йяею]"`, `"^раза?\\s+в$"`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_LITERAL = re.compile(r"[а-яёa-z]+")


def _alternative(cue: str) -> str:
    word_start = cue.startswith("^")
    body = cue[1:] if word_start else cue
    word_end = body.endswith("$")
    if word_end:
        body = body[:-1]
    literal = _LITERAL.match(body)
    if literal is None:
        raise ValueError(f"a cue must open with a lower-case literal: {cue!r}")
    lit, rest = literal.group(0), body[literal.end():]
    if rest[:1] in ("?", "*", "+", "{"):
        lit, rest = lit[:-1], lit[-1] + rest  # "раза?": the quantifier binds the last letter only
    out = lit + (f"(?<!\\w{lit})" if word_start else "") + rest
    return out + (r"(?!\w)" if word_end else "")


@dataclass(frozen=True)
class Cues:
    """`cues.search(text)`: whether the text holds a digit (if `digits`) or any of the stems."""

    pattern: re.Pattern[str]
    digits: bool

    def search(self, text: str) -> bool:
        if self.digits and _DIGIT.search(text):
            return True
        return self.pattern.search(text.lower()) is not None


_DIGIT = re.compile(r"\d")


def compile_cues(cues: Iterable[str], *, digits: bool = False) -> Cues:
    # grouped by first letter ("е(?:жегод|жемесяч|...)"): one branch per letter, not per cue
    by_first: dict[str, list[str]] = {}
    for cue in cues:
        alternative = _alternative(cue)
        by_first.setdefault(alternative[0], []).append(alternative[1:])
    branches = [first + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")")
                for first, rest in by_first.items()]
    return Cues(re.compile("|".join(branches)), digits)
