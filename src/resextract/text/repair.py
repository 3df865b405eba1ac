"""Repairs of text copied from the web, OCR and converters, made before analysis: the stages read
the repaired text, and `Repaired.original_span` maps their spans back onto the text as read, so
records keep indexing what `resextract text FILE` prints.

`REPAIRS` is the ordered table; each match is replaced as its rule says:

| rule | what | becomes |
|---|---|---|
| entity | `&nbsp;`, `&laquo;`, `&#171;`, `&mdash;` ... left in a text | the character (a no-break space: a space) |
| soft_hyphen | U+00AD | nothing |
| zero_width | zero-width spaces and joiners, word joiner, a BOM inside the text | nothing |
| no_break_space | U+00A0, U+202F, U+2007 | a space |
| latin_lookalike | Latin a c e o p x y A B C E H K M O P T X inside a Cyrillic word ("oбеспечить") | the Cyrillic letter |
| latin_lone_letter | a Latin "c", "o", "a", "y", "O", "C", "B", "K", "A", "Y" standing alone between Cyrillic words ("c 1 сентября", "«O внесении", "c. Объячево"), any look-alike in a letter-spaced word ("p е к о м e н д у ю т") | the Cyrillic letter |
| latin_initial | a Latin capital among Cyrillic initials ("Петрова B.М.") | the Cyrillic letter |

The first four rules run in a first pass, the Latin ones in a second, so that a soft hyphen or a
zero-width space inside a word does not hide its letters from them.
"""
from __future__ import annotations

import html
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass

LOOKALIKES = str.maketrans("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ")
_LATIN = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LOOKALIKE_LETTERS = set("aceopxyABCEHKMOPTX")
_HAS_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


def _entity(m: re.Match[str]) -> str:
    return html.unescape(m.group(0)).replace("\xa0", " ")


def _lookalike(m: re.Match[str]) -> str:
    word = m.group(0)
    latin = {ch for ch in word if ch in _LATIN}
    has_cyrillic = any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in word)
    if not has_cyrillic or not latin <= _LOOKALIKE_LETTERS:
        return word  # a Latin word, or one with letters no Cyrillic letter looks like
    return word.translate(LOOKALIKES)


def _neighbours(m: re.Match[str]) -> tuple[str | None, str | None]:
    """The words just before and just after the match (within 40 characters), if any."""
    before = re.findall(r"[^\W\d_]+", m.string[max(0, m.start() - 40):m.start()])
    after = re.findall(r"[^\W\d_]+", m.string[m.end():m.end() + 40])
    return (before[-1] if before else None), (after[0] if after else None)


def _cyrillic(word: str | None) -> bool:
    return word is not None and _HAS_CYRILLIC.search(word) is not None


_SPACED_BEFORE = re.compile(r"(?:^|[^\w])[а-яёА-ЯЁ] $")
_SPACED_AFTER = re.compile(r"^ [а-яёА-ЯЁ](?:[^\w]|$)")


def _lone_letter(m: re.Match[str]) -> str:
    """A one-letter word: a Russian one-letter word or abbreviation between Cyrillic words, or a
    letter of a letter-spaced Cyrillic word ("р е к о м е н д у ю т")."""
    letter, text = m.group(0), m.string
    spaced = (_SPACED_BEFORE.search(text[max(0, m.start() - 3):m.start()])
              or _SPACED_AFTER.match(text[m.end():m.end() + 3]))
    before, after = _neighbours(m)
    word = letter in "coayOCBKAY" and text[m.end():m.end() + 1].isspace() or text[m.end():m.end() + 1] == "."
    if spaced or (word and _cyrillic(before) and _cyrillic(after)):
        return letter.translate(LOOKALIKES)
    return letter


def _initial(m: re.Match[str]) -> str:
    before, after = _neighbours(m)
    return m.group(0).translate(LOOKALIKES) if _cyrillic(before) or _cyrillic(after) else m.group(0)


# (name, pattern, replacement), in two passes: the characters that hide inside words first, so
# that "o\u00adбеспечить" is one word when the Latin rules look at it.
CHARACTERS: tuple[tuple[str, str, Callable[[re.Match[str]], str]], ...] = (
    ("entity", r"&(?:nbsp|laquo|raquo|quot|amp|lt|gt|mdash|ndash|hellip|bull|shy|ldquo|rdquo|"
               r"bdquo|lsquo|rsquo|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});", _entity),
    ("soft_hyphen", "\u00ad", lambda m: ""),
    ("zero_width", "[\u200b\u200c\u200d\u2060\ufeff]", lambda m: ""),
    ("no_break_space", "[\u00a0\u202f\u2007]", lambda m: " "),
)
LETTERS: tuple[tuple[str, str, Callable[[re.Match[str]], str]], ...] = (
    # a whole word (up to 40 letters) in which a Latin letter touches a Cyrillic one
    ("latin_lookalike", r"(?<![A-Za-zА-Яа-яЁё])(?=[A-Za-zА-Яа-яЁё]{0,39}?(?:[A-Za-z][А-Яа-яЁё]|[А-Яа-яЁё][A-Za-z]))"
                        r"[A-Za-zА-Яа-яЁё]{2,40}(?![A-Za-zА-Яа-яЁё])", _lookalike),
    # not a label ("c)", "(a)"); "c." before a name is "с." (село)
    ("latin_lone_letter", r"(?<![^\W\d_])[aceopxyABCEHKMOPTX](?=\s)|(?<=\s)c(?=\.\s?[А-ЯЁ])", _lone_letter),
    # an initial among initials: "Петрова B.М.", "Е.B. Сидоров"
    ("latin_initial", r"(?<![^\W\d_])[ABCEHKMOPTX](?=\.\s?[A-ZА-ЯЁ]\.)|(?<=[A-ZА-ЯЁ]\.)[ABCEHKMOPTX](?=\.)"
                      r"|(?<=[A-ZА-ЯЁ]\. )[ABCEHKMOPTX](?=\.)", _initial),
)
REPAIRS = CHARACTERS + LETTERS
_PASSES = tuple((re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern, _ in group)),
                 {name: rule for name, _, rule in group}) for group in (CHARACTERS, LETTERS))
# What any repair starts from: a text without it is returned as it is, at once. A text cue
# scanned as one character class, then each run of Latin letters looked at in place (most texts
# hold a few: a list label, an e-mail, "МБОУ СОШ").
CHARACTER_CUE = re.compile(r"[&\u00ad\u200b\u200c\u200d\u2060\ufeff\u00a0\u202f\u2007]")


# What a walk over the Latin runs would ask, asked by `re` in C. Each pattern opens with a Latin letter,
# which fails at once on the Cyrillic letters of the text (a look-behind first would be tried at
# every position): a Latin letter touching a Cyrillic one; a look-alike alone before a space, a dot
# or the end (a one-letter word or an initial).
_TOUCHING = re.compile(r"[A-Za-z](?:(?<=[а-яёА-ЯЁ][A-Za-z])|(?=[а-яёА-ЯЁ]))")
_LONE_LOOKALIKE = re.compile(r"[aceopxyABCEHKMOPTX](?<![A-Za-z][aceopxyABCEHKMOPTX])(?=\s|\.|$)")


def needs_repair(text: str) -> bool:
    """Whether any rule of `REPAIRS` can change `text` (a cue: it may say yes for nothing)."""
    return bool(CHARACTER_CUE.search(text) or _TOUCHING.search(text) or _LONE_LOOKALIKE.search(text))


@dataclass(frozen=True)
class Repaired:
    text: str
    starts: array | None = None  # offset in the original of each character of `text`, then its length
    rules: tuple[str, ...] = ()  # the rules that changed something, in order of first use
    # (offset in the original, repaired word, word as printed) of each word the Latin rules changed
    words: tuple[tuple[int, str, str], ...] = ()

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the repaired text as a span of the original."""
        if self.starts is None:
            return start, end
        return self.starts[start], self.starts[end]

    def as_printed(self, field: str, start: int, end: int) -> str:
        """`field` (a record's text, read from the original span start..end) with the words the Latin
        rules repaired written back as printed: analysis reads "обеспечить", the record quotes the
        text ("oбеспечить"), as its span does."""
        for offset, repaired, printed in self.words:
            if start <= offset < end and repaired in field:
                field = re.sub(rf"(?<!\w){re.escape(repaired)}(?!\w)", printed, field, count=1)
        return field


def _pass(text: str, pattern: re.Pattern[str], rules: dict) -> Repaired:
    pieces: list[str] = []
    starts = array("l")
    used: list[str] = []
    words: list[tuple[int, str, str]] = []
    pos = 0
    for m in pattern.finditer(text):
        name = m.lastgroup or ""
        new = rules[name](m)
        if new == m.group(0):
            continue
        pieces.append(text[pos:m.start()])
        starts.extend(range(pos, m.start()))
        pieces.append(new)
        # a one-for-one change keeps each offset; otherwise every new character maps to the match
        starts.extend(range(m.start(), m.end()) if len(new) == len(m.group(0)) else [m.start()] * len(new))
        pos = m.end()
        if name.startswith("latin_"):
            words.append((m.start(), new, m.group(0)))
        if name not in used:
            used.append(name)
    if not used:
        return Repaired(text)
    pieces.append(text[pos:])
    starts.extend(range(pos, len(text) + 1))
    return Repaired("".join(pieces), starts, tuple(used), tuple(words))


def repair(text: str, cue: bool = True) -> Repaired:
    """`text` with the `REPAIRS` made, and the map back to `text`'s offsets (None when unchanged).
    `cue=False` runs the passes on every text (the tests hold the cue to them)."""
    if cue and not needs_repair(text):
        return Repaired(text)
    first = _pass(text, *_PASSES[0])
    second = _pass(first.text, *_PASSES[1])
    if first.starts is None:
        return second
    if second.starts is None:
        return first
    starts = array("l", (first.starts[i] for i in second.starts))
    words = tuple((first.starts[offset], new, old) for offset, new, old in second.words)
    return Repaired(second.text, starts, first.rules + second.rules, words)

