"""Legal-act references and quoted names inside one directive's text (SPEC §3 `Reference`, `quoted_names`).

A reference is an act word ("указов", "постановлением", "Федерального закона", "Концепции") followed by
its issuer or name and by what identifies one act: a date ("от 7 мая 2024 г."), a number ("№ 309"),
or, for normative acts only, a title "«О …»". Everything is driven by tables (`ACT_LEXICON`,
`PATTERNS` in `lexicons.references`, `REFERENCE_RULES` below; quoted segments come from `text.quotes`); the
scanner only walks tokens forward from an act word and never backtracks, so 1 MB lines stay linear.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable, Sequence

from ..text import morph
from ..text.dates import find_dates
from ..models import Reference
from ..lexicons.patterns import NEW_WORDING
from ..text.quotes import MAX_QUOTED, QUOTE_PAIRS, RE_QUOTE_CHAR, inside_quote, iter_quoted
from ..lexicons.references import (
    ACT_BY_GROUP,
    ACT_CUES,
    ACT_LEXICON,
    FUNCTION_WORDS,
    NORM_CODE_CUE,
    NORM_CODES,
    PATTERNS,
    RE_ACT,
    STOP_WORDS,
    ActWord,
)

MAX_HEAD_TOKENS = 20  # issuer or name length in tokens
_PREDICATE_FORMS = ("INFN", "VERB", "GRND", "PRTS")  # a verb form ends an issuer or name
_DETAIL_CHAR = re.compile(r'[\d«„“"]')


def _last_detail(text: str) -> int:
    """Position of the last digit or opening quote in `text`, -1 if none."""
    m = _DETAIL_CHAR.search(text[::-1])
    return len(text) - 1 - m.start() if m else -1
_DATE_WINDOW = 48
_RE_QUOTED_DAY = re.compile(r'[«"](\d{1,2})[»"]')  # от «29» декабря 2012 г.


# ---- Scanner

@dataclass
class _Details:
    start: int
    end: int
    date: dt.date | None = None
    number: str | None = None


@dataclass
class _Head:
    """What follows an act word: issuer/name tokens, an optional title, the date/number block."""
    act: ActWord
    start: int  # of the act word
    act_end: int
    tokens: list[tuple[int, int, bool]] = field(default_factory=list)  # (start, end, is_quote)
    title: tuple[int, int] | None = None  # quoted segment (start, end)
    details: _Details | None = None
    end: int = 0  # end of the last consumed token


@dataclass
class _Found:
    reference: Reference
    act: ActWord  # of the cited act (a list continuation inherits it)
    end: int
    title_span: tuple[int, int] | None = None  # the quoted title, kept out of quoted_names
    rule: str = ""


class _Ctx:
    def __init__(self, text: str, ref_date: dt.date | None) -> None:
        self.text = text
        self.ref_date = ref_date
        segments = list(iter_quoted(text))
        self.quotes = {start: end for start, end, _ in segments}
        self.inner = {start: inner for start, _, inner in segments}
        self.spans = tuple((start, end) for start, end, _ in segments)

    def inside_quote(self, pos: int) -> bool:
        return inside_quote(self.spans, pos)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _gap(text: str, pos: int) -> int:
    return PATTERNS["gap"].match(text, pos).end()


def _date_at(ctx: _Ctx, pos: int) -> tuple[int, dt.date | None] | None:
    lead = PATTERNS["date_lead"].match(ctx.text, pos)
    if not lead:
        return None
    window = _RE_QUOTED_DAY.sub(lambda m: f" {m.group(1)} ", ctx.text[lead.end():lead.end() + _DATE_WINDOW])
    found = find_dates(window, ctx.ref_date)
    if not found or window[:found[0][0]].strip():
        like = PATTERNS["date_like"].match(ctx.text, pos)
        return (like.end(), None) if like else None
    return lead.end() + found[0][1], found[0][2]


def _number_at(ctx: _Ctx, pos: int, act: ActWord) -> tuple[int, str] | None:
    m = PATTERNS["number"].match(ctx.text, pos)
    if m is None and act.type == "закон":
        m = PATTERNS["law_number"].match(ctx.text, pos)
    if m is None:
        return None
    value = m.group("number").rstrip(".-–/\\")
    if not any(c.isdigit() for c in value):
        return None
    return m.start("number") + len(value), value


def _details_at(ctx: _Ctx, pos: int, act: ActWord) -> _Details | None:
    """A date and/or a number, in either order, separated by spaces only."""
    details = _Details(start=pos, end=pos)
    cursor, seen_date = pos, False
    for _ in range(2):
        if details.date is None and not seen_date and (hit := _date_at(ctx, cursor)):
            (details.end, details.date), seen_date = hit, True
        elif details.number is None and (num := _number_at(ctx, cursor, act)):
            details.end, details.number = num
        else:
            break
        cursor = _gap(ctx.text, details.end)
    if details.end == pos:
        return None
    edition = PATTERNS["edition"].match(ctx.text, _gap(ctx.text, details.end))
    if edition:  # "(ред. от 21.01.2019)" belongs to the citation
        details.end = edition.end()
    return details


def _is_title_like(ctx: _Ctx, start: int) -> bool:
    return bool(PATTERNS["title_like"].match(ctx.text, start + 1))


def _scan_head(ctx: _Ctx, act_match: re.Match[str], act: ActWord) -> _Head:
    text = ctx.text
    head = _Head(act=act, start=act_match.start(), act_end=act_match.end(), end=act_match.end())
    pos = act_match.end()
    while len(head.tokens) < MAX_HEAD_TOKENS:
        at = _gap(text, pos)
        if at == pos and head.tokens and text[pos:pos + 1] not in ('"', "«", "„", "“"):
            break  # tokens must be separated ("РФ," ends the head)
        details = _details_at(ctx, at, act)
        if details:
            prev = text[head.tokens[-1][0]:head.tokens[-1][1]] if head.tokens else ""
            if details.number and not details.date and PATTERNS["institution"].fullmatch(prev):
                head.tokens.append((at, details.end, False))  # "МБОУ СОШ № 30": part of the issuer
                pos = details.end
                continue
            if details.number and PATTERNS["part"].fullmatch(prev):
                break  # "приложению № 1": an annex, not this act's number
            head.details = details
            head.end = details.end
            return head
        if at in ctx.quotes:
            end = ctx.quotes[at]
            if not act.named and _is_title_like(ctx, at):  # «О …» is the act's title, printed first
                head.title = (at, end)
                head.end = end
                after = _gap(text, end)
                if details := _details_at(ctx, after, act):
                    head.details = details
                    head.end = details.end
                return head
            head.tokens.append((at, end, True))
            pos = head.end = end
            continue
        word = PATTERNS["word"].match(text, at) or PATTERNS["dash"].match(text, at)
        if not word or not _may_continue(word.group()):
            break
        other = RE_ACT.match(text, at)
        if other and not (act.named and ACT_BY_GROUP[other.lastgroup].named):
            break  # another act starts; a name may contain document words ("План … Стратегии")
        end = word.end()
        if text[end:end + 1] == "." and _takes_dot(word.group()):
            end += 1  # "г.", "им.", initials
        head.tokens.append((at, end, False))
        pos = head.end = end
    return head


def _may_continue(word: str) -> bool:
    lower = word.lower()
    if lower in STOP_WORDS:
        return False
    if lower in FUNCTION_WORDS or not word[0].isalpha() or word.isupper():
        return True
    return not any(morph.is_form(word, pos) for pos in _PREDICATE_FORMS)


def _takes_dot(word: str) -> bool:
    return (len(word) <= 3 and word.islower()) or (len(word) == 1 and word.isupper())


def _after_title(ctx: _Ctx, head: _Head) -> None:
    """A quoted title right after the date/number: «О национальных целях …»."""
    if head.title is None and head.details is not None:
        at = _gap(ctx.text, head.details.end)
        if at in ctx.quotes:
            head.title = (at, ctx.quotes[at])
            head.end = ctx.quotes[at]


def _title_text(ctx: _Ctx, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    return _collapse(ctx.inner[span[0]]) or None


# ---- Morphology: issuer and document names in the nominative

def _gent(word: str, pos: str) -> list:
    return [p for p in morph.parses(word) if p.tag.POS == pos and "gent" in p.tag]


def _issuer_nominative(words: list[str]) -> list[str]:
    """Head noun and its agreeing modifiers to the nominative; dependent genitives unchanged
    ("Главного Государственного санитарного врача Акмолинской области")."""
    out = list(words)
    modifiers: list[int] = []
    agree: set[str] | None = None
    for i, word in enumerate(words):
        if word.isupper() or not word[0].isalpha():
            return out  # "МЧС России": abbreviations do not decline
        adjectives = _gent(word, "ADJF") or _gent(word, "PRTF")
        nouns = _gent(word, "NOUN")
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if adjectives and nxt[:1].isalpha() and nxt.lower() not in FUNCTION_WORDS:
            modifiers.append(i)  # an adjective followed by more of the phrase agrees with the head
        elif nouns and not adjectives:
            if not morph.is_known(word):
                return out  # "Минпросвещения": an unknown abbreviation, kept as printed
            plural = "plur" in nouns[0].tag
            out[i] = morph.inflect_word(word, frozenset({"nomn", "plur" if plural else "sing"}), "NOUN") or word
            gender = nouns[0].tag.gender if nouns[0].tag.gender in ("masc", "femn", "neut") else "masc"
            agree = {"nomn", "plur"} if plural else {"nomn", gender}
            break
        elif adjectives:  # "Уполномоченного по правам ребенка": a substantivised adjective heads
            modifiers.append(i)
            agree = {"nomn", "masc"}
            break
        else:
            return out
    if agree is None:
        return out
    for i in modifiers:
        grammemes = frozenset(agree)
        out[i] = (morph.inflect_word(words[i], grammemes, "ADJF")
                  or morph.inflect_word(words[i], grammemes, "PRTF") or words[i])
    return out


def _nominative_name(act_word: str, number: str) -> str:
    """"Концепции" -> "Концепция", "Порядка" -> "Порядок", "Правил" -> "Правила"."""
    parses = [p for p in morph.parses(act_word) if p.tag.POS == "NOUN" and number in p.tag]
    if not parses or any("nomn" in p.tag for p in parses):
        return act_word
    return morph.inflect_word(act_word, frozenset({"nomn", number}), "NOUN") or act_word


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _issuer(ctx: _Ctx, head: _Head) -> str | None:
    if head.act.named or not head.tokens:
        return None
    first = ctx.text[head.tokens[0][0]:head.tokens[0][1]]
    if head.tokens[0][2] or first.lower() in FUNCTION_WORDS:
        return None  # "решения о …", "приказ по школе": no issuer printed
    start, end = head.tokens[0][0], head.tokens[-1][1]
    words = _collapse(ctx.text[start:end]).split(" ")
    return " ".join(_issuer_nominative(words))


def _name_title(ctx: _Ctx, head: _Head) -> str | None:
    """A named document's title: its quoted name, else the whole name in the nominative."""
    quoted = [t for t in head.tokens if t[2]]
    if quoted:
        return _title_text(ctx, (quoted[0][0], quoted[0][1]))
    if not head.tokens:
        return None
    act_text = ctx.text[head.start:head.act_end]
    rest = _collapse(ctx.text[head.act_end:head.tokens[-1][1]])
    return _capitalise(f"{_nominative_name(act_text, head.act.number)} {rest}")


# ---- Rules: tried in order on every act word; the first that returns references wins.

def _make(ctx: _Ctx, head: _Head, *, start: int | None = None, title: str | None = None,
          title_span: tuple[int, int] | None = None, issuer: str | None = None) -> _Found:
    details = head.details
    reference = Reference(
        type=head.act.type,
        issuer=issuer,
        number=details.number if details else None,
        date=details.date if details else None,
        title=title,
        text=_collapse(ctx.text[head.start if start is None else start:head.end]),
    )
    return _Found(reference=reference, act=head.act, end=head.end, title_span=title_span)


def _rule_act_with_details(ctx: _Ctx, head: _Head) -> _Found | None:
    """указов Президента РФ от 7 мая 2024 г. № 309 «О …»; Концепции развития … от 07.06.2022 г."""
    if head.details is None:
        return None
    _after_title(ctx, head)
    if head.act.named and head.title is None:
        return _make(ctx, head, title=_name_title(ctx, head))
    return _make(ctx, head, title=_title_text(ctx, head.title),
                 title_span=head.title, issuer=_issuer(ctx, head))


def _rule_approved_document(ctx: _Ctx, head: _Head) -> _Found | None:
    """Порядка проведения аттестации (приказ … № 196 от 23.03.2023); Концепции …, утвержденной
    распоряжением …: the approving act is the reference, the approved document names it."""
    if not head.act.named or head.details is not None or not head.tokens:
        return None
    for name in ("approval", "approval_paren"):
        lead = PATTERNS[name].match(ctx.text, head.end)
        act_match = lead and RE_ACT.match(ctx.text, lead.end())
        if not act_match:
            continue
        act = ACT_BY_GROUP[act_match.lastgroup]
        inner = _scan_head(ctx, act_match, act)
        if inner.details is None:
            return None
        _after_title(ctx, inner)
        if name == "approval_paren" and (close := PATTERNS["paren_close"].match(ctx.text, inner.end)):
            inner.end = close.end()
        title = _title_text(ctx, inner.title) or _name_title(ctx, head)
        return _make(ctx, inner, start=head.start, title=title,
                     title_span=inner.title, issuer=_issuer(ctx, inner))
    return None


def _rule_act_with_title(ctx: _Ctx, head: _Head) -> _Found | None:
    """Федерального закона «Об образовании в Российской Федерации»: a normative act named by title."""
    if head.act.named or head.title is None or head.details is not None:
        return None
    return _make(ctx, head, title=_title_text(ctx, head.title),
                 title_span=head.title, issuer=_issuer(ctx, head))


Rule = Callable[[_Ctx, _Head], "_Found | None"]
REFERENCE_RULES: tuple[tuple[str, Rule], ...] = (
    ("act_with_details", _rule_act_with_details),
    ("approved_document", _rule_approved_document),
    ("act_with_title", _rule_act_with_title),
)
CONTINUATION_RULE = "list_continuation"  # ", от 8 мая 2024 г. № 314 «…»": same type and issuer


def _continuations(ctx: _Ctx, first: _Found) -> list[_Found]:
    out: list[_Found] = []
    previous = first
    while True:
        lead = PATTERNS["continuation"].match(ctx.text, previous.end)
        details = _details_at(ctx, lead.end(), first.act)
        if details is None:
            return out
        head = _Head(act=first.act, start=details.start, act_end=details.start, details=details, end=details.end)
        _after_title(ctx, head)
        found = _make(ctx, head, title=_title_text(ctx, head.title), title_span=head.title,
                      issuer=first.reference.issuer)
        found.rule = CONTINUATION_RULE
        out.append(found)
        previous = found


def _scan(text: str, ref_date: dt.date | None) -> list[_Found]:
    found: list[_Found] = []
    if not ACT_CUES.search(text):
        return found
    # every rule needs a date or a number (digits) or a quoted title after the act word: act words
    # after the last such character cite nothing (found once, from the end: linear on long lines)
    last_detail = _last_detail(text)
    ctx: _Ctx | None = None  # its quoted segments are found only when an act word may cite
    consumed = 0
    for m in RE_ACT.finditer(text):
        if m.end() > last_detail:
            break
        if ctx is None:
            ctx = _Ctx(text, ref_date)
        if m.start() < consumed or ctx.inside_quote(m.start()):
            continue  # inside an earlier citation or inside a quoted name
        if PATTERNS["draft_before"].search(text, max(0, m.start() - 16), m.start()):
            continue  # "проект решения …": a draft is not an adopted act
        act = ACT_BY_GROUP[m.lastgroup]
        head = _scan_head(ctx, m, act)
        for name, rule in REFERENCE_RULES:
            hit = rule(ctx, head)
            if hit is not None:
                hit.rule = name
                chain = [hit, *_continuations(ctx, hit)]
                found.extend(chain)
                consumed = chain[-1].end
                break
    return found


# ---- Public API

def _norm_codes(text: str) -> list[tuple[int, Reference, str]]:
    out: list[tuple[int, Reference, str]] = []
    if not NORM_CODE_CUE.search(text):
        return out
    quoted = [(a, b) for a, b, _ in iter_quoted(text)]
    for rule, act_type, pattern in NORM_CODES:
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b in quoted):
                continue  # part of a cited act's title
            out.append((m.end(), Reference(type=act_type, number=m.group("number"), text=m.group()), rule))
    return out


def find_references_traced(text: str, ref_date: dt.date | None = None) -> list[tuple[Reference, str]]:
    """Every cited act with the name of the rule that produced it (for tracing and debugging)."""
    found = [(f.end, f.reference, f.rule) for f in _scan(text, ref_date)]
    codes = _norm_codes(text)
    if codes:
        found = sorted(found + codes, key=lambda item: item[0])
    return [(ref, rule) for _, ref, rule in found]


def find_references(text: str, ref_date: dt.date | None = None) -> list[Reference]:
    """Legal acts cited in `text`, in order; `ref_date` resolves dates printed without a year."""
    return [ref for ref, _ in find_references_traced(text, ref_date)]


_NEW_WORDING_BEFORE = re.compile(NEW_WORDING.pattern + r"\s*$", re.I)


def _is_name(inner: str) -> bool:
    """Proper names start with a capital: «группе риска» is a quoted common term, «29» a day."""
    first = next((c for c in inner if c.isalpha()), "")
    return bool(first) and first.isupper() and next(c for c in inner if not c.isspace()) not in "-–—"


def find_quoted_names(text: str, references: Sequence[Reference] | None = None) -> list[str]:
    """Names in «» / "" / „“ quotes, outer quotes only, without quotes, in order, each once.
    Titles of the cited acts are left out. With `references` None they are found here; pass the
    directive's own list (possibly empty) to use it instead."""
    excluded: set[tuple[int, int]] = set()
    titles: set[str] = set()
    if references is None:
        excluded = {f.title_span for f in _scan(text, None) if f.title_span is not None}
    else:  # a title is a whole top-level quoted segment, so comparing texts finds it
        titles = {_collapse(r.title).lower() for r in references if r.title}
    names: list[str] = []
    seen: set[str] = set()
    for start, end, inner in iter_quoted(text):
        if (start, end) in excluded or _NEW_WORDING_BEFORE.search(text, max(0, start - 40), start):
            continue  # a cited title; an amendment's quoted new wording is no name
        name = _collapse(inner)
        if _is_name(name) and name.lower() not in titles and name not in seen:
            seen.add(name)
            names.append(name)
    return names


__all__ = [
    "ACT_LEXICON", "CONTINUATION_RULE", "MAX_QUOTED", "PATTERNS", "QUOTE_PAIRS", "REFERENCE_RULES",
    "RE_ACT", "RE_QUOTE_CHAR", "ActWord", "find_quoted_names", "find_references",
    "find_references_traced", "iter_quoted",
]
