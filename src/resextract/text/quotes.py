"""Quoted segments of a text: «…», „…“, “…”, "…", nested or left unclosed by the source.

`iter_quoted` yields the top-level segments; references use them for titles and quoted names.
`quote_spans` gives the same segments as spans, optionally with closed brackets: the tokenizer makes
each one opaque (actions, addressees) and inline deadlines skip times inside them.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator, Sequence

#: Opening quote -> its usual closing quote. Straight quotes open and close with the same character,
#: so their role is read from the neighbouring characters.
QUOTE_PAIRS: dict[str, str] = {"«": "»", "„": "“", "“": "”", '"': '"'}
RE_QUOTE_CHAR = re.compile(r'[«»„“”"\n]')
#: A quoted segment longer than this is a stray quote, not a name or a title.
MAX_QUOTED = 1000
_MAX_DEPTH = 16  # nesting deeper than this never occurs in real text; bounds the stack work
_FAMILY = {"«": "angle", "»": "angle", "„": "curly", "“": "curly", "”": "curly", '"': "straight"}
_OPEN_CONTEXT = frozenset(" \t\r\n\xa0([{«„/-–—:;,")  # before an opening quote
# "от 24 августа 2018 года", "№ 31/16", "N 5" after a quoted name: the details of the act it is part of
_ACT_DETAILS = re.compile(r"[ \t\xa0]+(?:от\s+\d|№|N\s*\d)")
_CLOSE_CONTEXT = frozenset(" \t\r\n\xa0.,;:!?)]}»“”\"…-–—")  # after a closing quote


def _quote_role(text: str, i: int) -> str | None:
    """'open', 'close', 'either' or None (a stray quote between spaces)."""
    ch = text[i]
    if ch == "«" or ch == "„":
        return "open"
    if ch == "»":
        return "close"
    prev_open = i == 0 or text[i - 1] in _OPEN_CONTEXT
    next_space = i + 1 >= len(text) or text[i + 1].isspace()
    if prev_open:
        return None if next_space else "open"
    if ch == '"' and not (i + 1 >= len(text) or text[i + 1] in _CLOSE_CONTEXT):
        return "either"  # `МУП"ЖКХ"`: decided by whether a straight quote is open
    return "close"


def iter_quoted(text: str) -> Iterator[tuple[int, int, str]]:
    """Top-level quoted segments as (start, end, inner): `text[start]` is the opening quote, `end` is
    just past the closing one. Nested quotes stay inside the outer segment. An outer quote the source
    never closes ("«Об … «Учитель года».", `МУ "Управление "Горстрой" выдать`) ends at the first inner
    closer of its kind on its line, one mark printed for both, that no act's details follow."""
    pairs: list[tuple[int, int, int]] = []  # (start, end, end of inner text)
    unmatched: list[tuple[int, str]] = []
    closers: dict[str, list[int]] = {"angle": [], "curly": [], "straight": []}
    newlines: list[int] = []
    stack: list[tuple[int, str]] = []
    for m in RE_QUOTE_CHAR.finditer(text):
        i = m.start()
        if text[i] == "\n":
            newlines.append(i)
            unmatched.extend(stack)
            stack.clear()
            continue
        while stack and (i - stack[0][0] > MAX_QUOTED or len(stack) > _MAX_DEPTH):
            unmatched.append(stack.pop(0))
        role = _quote_role(text, i)
        family = _FAMILY[text[i]]
        if role == "either":
            role = "close" if any(f == family for _, f in stack) else "open"
        if role == "open":
            stack.append((i, family))
        elif role == "close":
            closers[family].append(i)
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][1] == family:
                    unmatched.extend(stack[k + 1:])
                    pairs.append((stack[k][0], i + 1, i))
                    del stack[k:]
                    break
    unmatched.extend(stack)
    segments = list(pairs)
    for start, family in unmatched:
        if not text[start + 1:start + 2].isupper():
            continue  # only a name or title ("«Об …", "\"Учитель …") is worth extending; a stray quote is not
        k = bisect.bisect_right(newlines, start)
        limit = min(newlines[k] if k < len(newlines) else len(text), start + MAX_QUOTED)
        positions = closers[family]
        j = bisect.bisect_right(positions, start)
        # the first inner closer closes the outer quote too, the source printing one mark for both
        # (`"Управление "Горстрой" выдать`, `«Об утверждении «Учитель года».`), unless the details of an
        # act go on after it: the title names that act (`"Об исполнении решения "Прилузский" от 24.08.2018 N 31"`)
        close = next((c for c in positions[j:j + 64] if c >= limit or not _ACT_DETAILS.match(text, c + 1)), None)
        if close is not None and close < limit:
            segments.append((start, close + 1, close + 1))  # the inner closer stays in the name
    segments.sort(key=lambda s: (s[0], -s[1]))
    reach = -1
    for start, end, inner_end in segments:
        if start >= reach:
            reach = end
            yield start, end, text[start + 1:inner_end]


_OPENERS = re.compile(r'[«„“”"]')  # every character `_quote_role` may read as an opening quote
_BRACKETS = re.compile(r"[()\[\]]")
_BRACKET_CLOSER = {"(": ")", "[": "]"}


def _bracket_spans(text: str) -> list[tuple[int, int]]:
    """Closed (…) and […]; a closer pairs with the nearest open bracket of its kind, an unclosed one masks nothing."""
    stack: list[tuple[str, int]] = []  # (expected closer, position)
    spans: list[tuple[int, int]] = []
    for m in _BRACKETS.finditer(text):
        pos, ch = m.start(), m.group()
        if ch in _BRACKET_CLOSER:
            stack.append((_BRACKET_CLOSER[ch], pos))
            continue
        for k in range(len(stack) - 1, -1, -1):
            if stack[k][0] == ch:
                spans.append((stack[k][1], pos + 1))
                del stack[k:]
                break
    return spans


def quote_spans(text: str, *, brackets: bool = False) -> tuple[tuple[int, int], ...]:
    """(start, end) of each top-level quoted segment of `iter_quoted`, in order, quote marks included.

    `brackets`: closed (…) and […] too, overlapping spans merged into one. The actions stage masks
    both (nothing in a quoted name or an aside heads a clause); addressees keep a parenthesised
    person as a token of its own, so they ask for quotes only.
    """
    # most items quote nothing: skip the scan when no character that can open a quote occurs
    spans = tuple((start, end) for start, end, _ in iter_quoted(text)) if _OPENERS.search(text) else ()
    if not brackets:
        return spans
    extra = _bracket_spans(text)
    if not extra:
        return spans
    merged: list[tuple[int, int]] = []
    for start, end in sorted([*spans, *extra]):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def inside_quote(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` lies inside one of `spans` (`quote_spans`, in order and apart), past its opening mark."""
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] < pos < spans[k][1]


def opening_quote_closed(text: str) -> bool | None:
    """Whether the quote that opens `text` closes inside it; None when `text` opens with no quote.

    For a quoted block over many lines (an amendment's new wording, labels and all), where
    `iter_quoted`, which stops at a line break and at MAX_QUOTED, cannot see the closer. Inner quotes
    of other kinds do not count; inner straight quotes come in pairs, so an even count is closed.
    """
    opener = text[:1]
    if opener not in QUOTE_PAIRS:
        return None
    closer = QUOTE_PAIRS[opener]
    if opener == closer:
        return text.count(opener) % 2 == 0
    depth = 0
    for ch in text:
        if ch == opener:
            depth += 1
        elif ch == closer:
            depth -= 1
            if depth == 0:
                return True
    return False
