"""Persons named with an addressee ("(М.В. Шалак)", "... Б.Б. Дюсенову", "Иванову Ирине Петровне"):
recognising a printed name and putting it in the nominative (pymorphy3 via `morph`).
"""
from __future__ import annotations

import re

from ..lexicons.addressees import OFFICIAL_POSTS, POST_STEMS
from ..text.morph import is_known, keep_yo, parses, restore_case

# A surname whose case pymorphy3 does not know ("Хлебникову" only as a masculine dative):
# ending in that case → nominative ending. Longest first within each case.
SURNAME_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "accs": (("ского", "ский"), ("цкого", "цкий"), ("скую", "ская"), ("цкую", "цкая"), ("ову", "ова"),
             ("еву", "ева"), ("ёву", "ёва"), ("ину", "ина"), ("ыну", "ына"), ("ова", "ов"), ("ева", "ев"),
             ("ёва", "ёв"), ("ина", "ин"), ("ына", "ын")),
    "gent": (("ского", "ский"), ("цкого", "цкий"), ("ской", "ская"), ("овой", "ова"), ("евой", "ева"),
             ("иной", "ина"), ("ова", "ов"), ("ева", "ев"), ("ина", "ин")),
    "datv": (("скому", "ский"), ("цкому", "цкий"), ("ской", "ская"), ("овой", "ова"), ("евой", "ева"),
             ("иной", "ина"), ("ову", "ов"), ("еву", "ев"), ("ину", "ин")),
    "ablt": (("ским", "ский"), ("ской", "ская"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"),
             ("овым", "ов"), ("евым", "ев"), ("иным", "ин")),
}

# "Марченко Л А": a copy that lost the dots keeps the two capitals
# "К.Х-М.": a double patronymic's initial; "(Ерхан В.Д)": the last dot lost
_INITIALS = r"[А-ЯЁ]\.\s?(?:[А-ЯЁ](?:-[А-ЯЁ])?(?:\.|(?![\w.])))?|[А-ЯЁ]\s[А-ЯЁ]\.?(?!\w)"
_SURNAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ]{2,}"
# A person as printed: "М.В. Шалак", "Нестерюк Е.В.", "Иванову Ирину Петровну".
PERSON_RE = re.compile(
    rf"(?P<i1>{_INITIALS})\s?(?P<s1>{_SURNAME})|(?P<s2>{_SURNAME})\s*(?P<i2>{_INITIALS})"  # "ПрохоровП.М." glued
    rf"|(?P<s3>[А-ЯЁ][а-яё]+)\s+(?P<n3>[А-ЯЁ][а-яё]+)\s+(?P<p3>[А-ЯЁ][а-яё]+)"
)

_SURNAME_ONLY = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")

# "(начальник – Петров П.П.)": a post, a separator, the person.
PAREN_POST_SEPARATORS: tuple[str, ...] = (" – ", " — ", " - ", ": ")


def _name_nominative(word: str, case: str | None, grammeme: str, gender: str | None = None,
                     parenthesised: bool = False) -> str:
    """A surname (Surn), first name (Name) or patronymic (Patr) in the nominative."""
    ps = parses(word)
    if case in (None, "nomn") or (parenthesised and any("nomn" in p.tag for p in ps)):
        return word
    cands = [p for p in ps if grammeme in p.tag and case in p.tag
             and (gender is None or "ms-f" in p.tag or str(p.tag.gender) == gender)]
    if cands:
        if "Fixd" in cands[0].tag:
            return word
        form = cands[0].inflect({"nomn"})
        return restore_case(word, keep_yo(word, form.word)) if form else word
    if grammeme == "Surn":
        low = word.lower()
        for suffix, ending in SURNAME_ENDINGS.get(case, ()):
            if low.endswith(suffix) and len(low) > len(suffix) + 1:
                return restore_case(word, low[: -len(suffix)] + ending)
    return word


def _name_gender(word: str, case: str | None = None) -> str | None:
    """The gender of a first name (read in `case`, if given), which its surname and patronymic follow."""
    return next((str(p.tag.gender) for p in parses(word) if "Name" in p.tag and (case is None or case in p.tag)), None)


def person_nominative(person: str, case: str | None, parenthesised: bool) -> str:
    m = PERSON_RE.fullmatch(person)
    if m is None:  # "(Рева)": a name in parentheses is printed in the nominative already
        if parenthesised:
            return person
        if _SURNAME_ONLY.fullmatch(person) and not any("Name" in p.tag for p in parses(person)):
            return _name_nominative(person, case, "Surn")  # "начальнику отдела Петрову" → "Петров"
        return _given_name_nominative(person, case)
    if m.group("s3"):
        name = _name_nominative(m.group("n3"), case, "Name", parenthesised=parenthesised)
        gender = _name_gender(m.group("n3"))
        patr = _name_nominative(m.group("p3"), case, "Patr", gender, parenthesised)
        surname = _name_nominative(m.group("s3"), case, "Surn", gender, parenthesised)
        return f"{surname} {name} {patr}"
    key = "s1" if m.group("s1") else "s2"
    a, b = m.span(key)
    return person[:a] + _name_nominative(m.group(key), case, "Surn", parenthesised=parenthesised) + person[b:]


def _given_name_nominative(person: str, case: str | None) -> str:
    """"Михаилу Родину" → "Михаил Родин", "Дионисию" → "Дионисий": a first name, and a surname
    after it, in the nominative; anything else as printed."""
    words = person.split()
    if not 1 <= len(words) <= 2 or not any("Name" in p.tag for p in parses(words[0])):
        return person
    gender = _name_gender(words[0], case)
    out = [_name_nominative(words[0], case, "Name")]
    if len(words) == 2:
        out.append(_name_nominative(words[1], case, "Surn", gender))
    return " ".join(out)


def is_full_name(text: str) -> bool:
    m = PERSON_RE.fullmatch(text)
    if m is None or not m.group("s3"):
        return m is not None
    # a patronymic tells, with a first name or a surname the dictionary knows ("Аджиеву Казию Рамазановичу":
    # a rare first name)
    return (any("Patr" in p.tag for p in parses(m.group("p3")))
            and (any("Name" in p.tag for p in parses(m.group("n3"))) or any("Surn" in p.tag for p in parses(m.group("s3")))))


def surname_alone(paren: str) -> str | None:
    """"(Рева)": one capitalised word in parentheses, whatever the dictionary reads it as; a person
    only where the context says so (after a body's quoted name: 'АО "Кубаньэнерго" (Рева)')."""
    content = " ".join(paren[1:-1].split())
    return content if _SURNAME_ONLY.fullmatch(content) else None


def _names_a_person_not_a_post(ps) -> bool:
    """"(Плужник)", "(Ткач)": a capitalised word that reads as a person's common noun (a trade) is the
    surname of the one in charge; a post ("(Председатель)") or a body is not."""
    return any(p.tag.POS == "NOUN" and "anim" in p.tag and "nomn" in p.tag for p in ps) and \
        not any(p.normal_form.startswith(OFFICIAL_POSTS + POST_STEMS) for p in ps)


def paren_person(paren: str) -> str | None:
    """The person named in "(М.В. Шалак)" or "(начальник – Петров П.П.)"."""
    content = " ".join(paren[1:-1].split())
    if is_full_name(content):
        return content
    for sep in PAREN_POST_SEPARATORS:
        post, found, tail = content.rpartition(sep)
        if found and post[:1].islower() and is_full_name(tail):
            return tail
    # "(Букин)": a surname alone, as older acts print the person in charge
    # ("(Вебер)": a surname the dictionary does not know is guessed as a common noun)
    # ("(Львович)": a surname that also reads as a patronymic or a first name)
    # ("(Китов)", "(Рубан)": a surname the dictionary reads as some other word; a body's short name,
    # "(Комитет)", or a region's, "(Якутия)", is a noun in the nominative or a place)
    ps = parses(content) if _SURNAME_ONLY.fullmatch(content) else ()
    if ps and (any("Surn" in p.tag for p in ps) or _names_a_person_not_a_post(ps)
               or not is_known(content) or all({"Surn", "Name", "Patr"} & p.tag.grammemes for p in ps)
               or {"Surn", "Name"} & ps[0].tag.grammemes
               or not any({"Geox", "Orgn", "Abbr"} & p.tag.grammemes or p.tag.POS == "NOUN" and "nomn" in p.tag
                          for p in ps)):
        return content
    # "(Серова Г.П., Фомина Т.В.)", "(Данилейко, Минаков, Никифоров)": several people in charge
    parts = [part.strip() for part in content.split(",")]
    if len(parts) > 1 and all(is_full_name(part) or paren_person(f"({part})") == part for part in parts):
        return ", ".join(parts)
    # "(руководитель МО Петров В.И.)": a lower-case post, then the name at the end
    m = PERSON_RE.search(content)
    if content[:1].islower() and m is not None and m.end() >= len(content.rstrip(" .")) and is_full_name(m.group()):
        return m.group()
    return None
