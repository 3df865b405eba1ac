"""Word's automatic numbering, rendered as printed: the labels ("1.", "1.1.", "а)", "-") that Word
draws from numbering.xml and that are not in the paragraphs' text.

ECMA-376 §17.9, as Word applies it: a paragraph's `w:numPr` (or its style's) names a numbering
instance (`w:num`) and a level; the instance points to an abstract definition (`w:abstractNum`)
whose levels give the start value, the number format and the label template ("%1.%2."). The
running counters belong to the abstract definition, so every instance of it continues one
sequence; an instance's `w:startOverride` restarts its level the first time the instance is used.
Using a level restarts the levels below it (unless `w:lvlRestart` says otherwise).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeVar
from xml.etree import ElementTree

LEVELS = 9
# Word's russianLower/russianUpper sequences leave out ё, й, ъ, ы and ь.
RUSSIAN_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
# Symbol and Wingdings bullets are private-use characters: print them as the bullet they show.
BULLETS = {"\uf0b7": "•", "\uf0a7": "•", "\uf0d8": "•", "\uf076": "•", "\uf0fc": "•", "\uf0a8": "•",
           "\uf02d": "-", "o": "•", "▪": "•", "■": "•", "●": "•", "◦": "•", "": "•"}
_PLACEHOLDER = re.compile(r"%([1-9])")
# Word's largest start value (its dialog's limit). A count or a start read beyond it is damage or
# a trap: "<ol type=I start=10000000000>" would otherwise be written as ten million "M"s.
COUNTER_LIMIT = 32767
_Default = TypeVar("_Default", int, None)


def counter(value: str | None, default: _Default) -> int | _Default:
    """A list attribute (a start, a level, a value) as an integer within ±COUNTER_LIMIT, else `default`."""
    text = (value or "").strip()
    if not text or len(text) > 8:
        return default
    try:
        n = int(text)
    except ValueError:  # "x", "1.5", "²" (a digit to str.isdigit, not to int)
        return default
    return n if -COUNTER_LIMIT <= n <= COUNTER_LIMIT else default


def roman(n: int) -> str:
    if not 0 < n <= COUNTER_LIMIT:
        return str(n)
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def letters(n: int, alphabet: str) -> str:
    """Word's letter numbering: a..z, then aa, bb, ... (the letter repeated)."""
    if not 0 < n <= COUNTER_LIMIT:
        return str(n)
    return alphabet[(n - 1) % len(alphabet)] * ((n - 1) // len(alphabet) + 1)


# numFmt → how a counter value is written; unknown formats are written as decimals.
NUMBER_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerRoman": roman,
    "upperRoman": lambda n: roman(n).upper(),
    "lowerLetter": lambda n: letters(n, "abcdefghijklmnopqrstuvwxyz"),
    "upperLetter": lambda n: letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "russianLower": lambda n: letters(n, RUSSIAN_LETTERS),
    "russianUpper": lambda n: letters(n, RUSSIAN_LETTERS.upper()),
    "decimalEnclosedParen": lambda n: f"({n})",
    "decimalEnclosedFullstop": lambda n: f"{n}.",
    "none": lambda n: "",
}


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart; None: restart after any higher level
    legal: bool = False  # w:isLgl: every level's number written as a decimal

    def write(self, n: int) -> str:
        return NUMBER_FORMATS.get(self.fmt, str)(n)


@dataclass
class Instance:
    abstract: str
    overrides: dict[int, Level] = field(default_factory=dict)
    starts: dict[int, int] = field(default_factory=dict)  # w:startOverride per level


def _attr(element: ElementTree.Element | None, w: str, default: str | None = None) -> str | None:
    return default if element is None else element.get(f"{{{w}}}val", default)


def parse_level(lvl: ElementTree.Element, w: str) -> Level:
    def val(name: str) -> str | None:
        return _attr(lvl.find(f"{{{w}}}{name}"), w)

    restart = counter(val("lvlRestart"), None)
    legal = lvl.find(f"{{{w}}}isLgl")
    return Level(
        start=counter(val("start"), 1),
        fmt=val("numFmt") or "decimal",
        text=val("lvlText") if lvl.find(f"{{{w}}}lvlText") is not None else "",
        restart=restart if restart is not None and restart >= 0 else None,
        legal=legal is not None and _attr(legal, w, "true") not in ("0", "false", "off"),
    )


def _levels(parent: ElementTree.Element, w: str) -> dict[int, Level]:
    found = {}
    for lvl in parent.findall(f"{{{w}}}lvl"):
        ilvl = counter(lvl.get(f"{{{w}}}ilvl", "0"), None)
        if ilvl is not None and ilvl >= 0:
            found[ilvl] = parse_level(lvl, w)
    return found


class Numbering:
    """The numbering definitions of one document and the counters of one pass through it."""

    def __init__(self, root: ElementTree.Element | None, w: str) -> None:
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.instances: dict[str, Instance] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.seen: set[tuple[str, int]] = set()
        self.style_links: dict[str, str] = {}  # abstract → the numbering style it takes its levels from
        if root is not None:
            self._load(root, w)

    def _load(self, root: ElementTree.Element, w: str) -> None:
        for abstract in root.findall(f"{{{w}}}abstractNum"):
            key = abstract.get(f"{{{w}}}abstractNumId", "")
            self.abstracts[key] = _levels(abstract, w)
            link = _attr(abstract.find(f"{{{w}}}numStyleLink"), w)
            if link:
                self.style_links[key] = link
        for num in root.findall(f"{{{w}}}num"):
            instance = Instance(_attr(num.find(f"{{{w}}}abstractNumId"), w, "") or "")
            for override in num.findall(f"{{{w}}}lvlOverride"):
                ilvl = counter(override.get(f"{{{w}}}ilvl", "0"), 0)
                start = counter(_attr(override.find(f"{{{w}}}startOverride"), w), None)
                if start is not None:
                    instance.starts[ilvl] = start
                for lvl in _levels(override, w).values():  # a whole level redefined for this instance
                    instance.overrides[ilvl] = lvl
            self.instances[num.get(f"{{{w}}}numId", "")] = instance

    def link_styles(self, style_num_ids: dict[str, str]) -> None:
        """Give each abstract definition that only names a numbering style (`w:numStyleLink`) the
        levels of the definition that style's instance uses (styleId → numId from styles.xml)."""
        for abstract, style in self.style_links.items():
            instance = self.instances.get(style_num_ids.get(style, ""))
            if instance is not None and instance.abstract != abstract and not self.abstracts.get(abstract):
                self.abstracts[abstract] = self.abstracts.get(instance.abstract, {})

    def level(self, num_id: str, ilvl: int) -> Level | None:
        instance = self.instances.get(num_id)
        if instance is None:
            return None
        return instance.overrides.get(ilvl) or self.abstracts.get(instance.abstract, {}).get(ilvl)

    def label(self, num_id: str, ilvl: int) -> str:
        """The label of the next paragraph of instance `num_id` at level `ilvl`; counts it."""
        instance = self.instances.get(num_id)
        level = self.level(num_id, ilvl)
        if instance is None or level is None or not 0 <= ilvl < LEVELS:
            return ""
        counters = self.counters.setdefault(instance.abstract, [None] * LEVELS)
        if (num_id, ilvl) not in self.seen and ilvl in instance.starts:
            counters[ilvl] = instance.starts[ilvl] - 1
        self.seen.add((num_id, ilvl))
        counters[ilvl] = (level.start - 1 if counters[ilvl] is None else counters[ilvl]) + 1
        for deeper in range(ilvl + 1, LEVELS):
            below = self.level(num_id, deeper)
            if below is None or below.restart is None or ilvl < below.restart:
                counters[deeper] = None
        return self._render(num_id, level, counters)

    def _render(self, num_id: str, level: Level, counters: list[int | None]) -> str:
        if level.fmt == "bullet":
            return BULLETS.get(level.text, level.text)

        def value(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            other = self.level(num_id, k) or Level()
            n = counters[k] if counters[k] is not None else other.start
            return str(n) if level.legal and other.fmt != "none" else other.write(n)

        return _PLACEHOLDER.sub(value, level.text)
