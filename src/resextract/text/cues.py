"""Cheap prefilters: can a text hold a match of a stage's patterns at all?

A stage whose rules all need one of a few words (or a digit, or a punctuation mark) checks for
them first and skips its scan on most texts. Every prefilter is a `Cue`, and every `Cue` is held
to the patterns it guards by one property test (tests/test_cues.py): a text any of the patterns
matches always passes the cue.

`compile_cues` builds a cue from word stems. Python's `re` tries every alternative at every
position unless each alternative opens with a plain literal; then it jumps from candidate letter
to candidate letter. So stems are literals, matched against the lower-cased text (or the text as
it is, with `fold=False`), a word boundary is checked after the literal, by a look-behind, rather
than before it (`\\bгод` becomes `год(?<!\\wгод)`, which accepts the same texts), and stems
sharing a first letter share a branch.

Stem syntax: `^stem` must start a word, `stem$` must end one, anything after the first
non-letter is kept as regex (`"ма[йяею]"`, `"^раза?\\s+в$"`, `"г\\."`).
`regex_cue` wraps a pattern that is no word list (`"[.;:]\\s*\\d"`); write it to open with a
literal or a character class, for the same reason.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

_LOWER_LITERAL = re.compile(r"[а-яёa-z]+")
_LITERAL = re.compile(r"[а-яёa-zА-ЯЁA-Z]+")
_DIGIT = re.compile(r"\d")
_MAX_SUBSTRINGS = 2  # up to two plain stems, `in` is quicker than one regex search call


@dataclass(frozen=True)
class Cue:
    """`cue.search(text)`: whether the text holds a digit (if `digits`) or a match of `pattern`,
    searched in the lower-cased text if `fold`."""

    pattern: re.Pattern[str] | None
    digits: bool = False
    fold: bool = False
    # the stems, when they are one or two plain substrings, tested with `in` instead of `pattern`
    substrings: tuple[str, ...] | None = None
    _test: Callable[[str], object] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        subs = self.substrings
        test = ((lambda text: any(sub in text for sub in subs)) if subs is not None  # noqa: E731
                else self.pattern.search if self.pattern is not None else (lambda text: False))
        object.__setattr__(self, "_test", test)

    def search(self, text: str, lowered: str | None = None) -> bool:
        """`lowered`: `text.lower()`, from a caller that tries several cues on one text."""
        if self.digits and _DIGIT.search(text):
            return True
        if self.fold:
            text = text.lower() if lowered is None else lowered
        return bool(self._test(text))


def _alternative(cue: str, literal_re: re.Pattern[str]) -> str:
    word_start = cue.startswith("^")
    body = cue[1:] if word_start else cue
    word_end = body.endswith("$")
    if word_end:
        body = body[:-1]
    literal = literal_re.match(body)
    if literal is None:
        raise ValueError(f"a cue must open with a literal ({literal_re.pattern}): {cue!r}")
    lit, rest = literal.group(0), body[literal.end():]
    if rest[:1] in ("?", "*", "+", "{"):
        lit, rest = lit[:-1], lit[-1] + rest  # "раза?": the quantifier binds the last letter only
    out = lit + (f"(?<!\\w{lit})" if word_start else "") + rest
    return out + (r"(?!\w)" if word_end else "")


def compile_cues(stems: Iterable[str], *, digits: bool = False, fold: bool = True) -> Cue:
    """A cue passing texts that hold any of the stems (lower-case ones, matched in the lower-cased
    text, if `fold`), or a digit if `digits`. No stems and `digits`: a digit cue."""
    # grouped by first letter ("е(?:жегод|жемесяч|...)"): one branch per letter, not per cue
    listed = tuple(stems)
    by_first: dict[str, list[str]] = {}
    for stem in listed:
        alternative = _alternative(stem, _LOWER_LITERAL if fold else _LITERAL)
        by_first.setdefault(alternative[0], []).append(alternative[1:])
    branches = [first + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")")
                for first, rest in by_first.items()]
    plain = 0 < len(listed) <= _MAX_SUBSTRINGS and all(re.escape(stem) == stem for stem in listed)
    return Cue(re.compile("|".join(branches)) if branches else None, digits, fold, listed if plain else None)


def regex_cue(regex: str) -> Cue:
    """A cue that is no list of words: a regex searched in the text as it is."""
    return Cue(re.compile(regex))


DIGIT_CUE = compile_cues((), digits=True)
