"""Tokens: one token class and one tokenizer for the stages that walk an item word by word.

A token grammar is a regex whose named groups are the token kinds, tried in order (razdel's
`RULES` style): `WORD_TOKENS` for actions, `PHRASE_TOKENS` for addressees. `tokenize` runs a
grammar between opaque spans (quoted names, and for actions brackets: `quotes.quote_spans`),
each of which becomes one token. `WORD` is the plain word regex for stages that only need
a list of words to ask the morphology about.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

#: A word for morphology checks: letters, Cyrillic or Latin, with one Cyrillic part after a hyphen
#: ("научно-исследовательскому" is one word, its case read on the whole).
WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁё]+)?")

#: Actions: words of any script (hyphenated parts joined), digit runs, single punctuation marks.
WORD_TOKENS = re.compile(r"(?P<word>[^\W\d_]+(?:-[^\W\d_]+)*)|(?P<num>\d+)|(?P<punct>[^\w\s])")

#: Addressees: a parenthesised person stays one token, and so do dates and initials (a double
#: patronymic's "К.Х-М." too). Every
#: alternative is a plain character class run, so matching is linear. Words are Cyrillic, Latin
#: and digits only: pymorphy3 raises on characters without a Unicode name.
PHRASE_TOKENS = re.compile(
    r"""(?P<paren>\([^()]*\))
    |(?P<date>(?<![\w.])\d{1,2}\.\d{1,2}(?:\.\d{2,4})?(?![\w.]\d))
    |(?P<initials>(?<!\w)[A-Za-zА-Яа-яЁё]\.(?:\s?[A-Za-zА-Яа-яЁё](?:-[A-ZА-ЯЁ])?\.){0,2})
    |(?P<word>[0-9A-Za-zА-Яа-яЁё]+(?:-[0-9A-Za-zА-Яа-яЁё]+)*)
    |(?P<punct>\S)""",
    re.VERBOSE,
)


@dataclass(slots=True)  # not frozen: a frozen dataclass costs four times as much to build
class Token:
    text: str
    start: int
    end: int
    kind: str  # a group name of the grammar, or the opaque kind
    low: str  # lower-cased once: every phrase table is matched on it; "" for an opaque token


def tokenize(text: str, grammar: re.Pattern[str], opaque: Sequence[tuple[int, int]] = (), *,
             opaque_kind: str = "quote", offset: int = 0, limit: int | None = None) -> list[Token]:
    """The tokens of `text` by `grammar`; each sorted, disjoint `opaque` span is one token of
    `opaque_kind` that matches no word table. Offsets are shifted by `offset`; with `limit`, only
    the first tokens are built (a token never depends on the text after it)."""
    toks: list[Token] = []
    pos = 0
    for s, e in [*opaque, (len(text), len(text))]:
        matches = grammar.finditer(text, pos, s)
        # the hottest loop of the package, one Token per word: a comprehension beats appends
        toks += [Token(w, m.start() + offset, m.end() + offset, m.lastgroup, w.lower())
                 for m in (matches if limit is None else islice(matches, limit)) for w in (m.group(),)]
        if e > s:
            toks.append(Token(text[s:e], s + offset, e + offset, opaque_kind, ""))
        pos = e
        if limit is not None and len(toks) >= limit:
            return toks[:limit]
    return toks


def split_words(toks: list[Token], cuts: dict[int, Sequence[int]]) -> list[Token]:
    """`toks` with each word token `k` of `cuts` split at those offsets inside its text (a lost
    space between two glued words): each piece a word token spanning its printed substring."""
    out: list[Token] = []
    for k, t in enumerate(toks):
        inner = cuts.get(k)
        if not inner:
            out.append(t)
            continue
        bounds = [0, *inner, len(t.text)]
        for a, b in zip(bounds, bounds[1:]):
            if b > a:
                piece = t.text[a:b]
                out.append(Token(piece, t.start + a, t.start + b, "word", piece.lower()))
    return out
