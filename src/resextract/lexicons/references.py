"""Tables of `references`: the act words (`ACT_LEXICON`, `RE_ACT`), the named regexes its rules
use (`PATTERNS`), the words that end an issuer or a name, and norms cited by code (`NORM_CODES`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.cues import compile_cues

# ---- Act lexicon: inflected forms -> type. `named` acts (концепция, программа, ...) are followed by
# their own name, normative ones (указ, приказ, ...) by their issuer.

@dataclass(frozen=True)
class ActWord:
    name: str
    type: str
    pattern: str
    named: bool = False  # the words after the act word are its name (title), not an issuer
    number: str = "sing"  # grammatical number of the name's head ("Правила" is plural-only)
    case_sensitive: bool = False


_N_ENDINGS = r"(?:ами|ах|ам|ом|ов|а|у|е|ы)?"  # указ, приказ, закон, ...
_ENIE = r"(?:иями|иях|иям|ием|ий|ие|ия|ию|ии)"  # постановление, решение, ...
_IYA = r"(?:иями|иях|иям|ией|ий|ия|ию|ии|ие)"  # концепция, стратегия

ACT_LEXICON: tuple[ActWord, ...] = (
    ActWord("decree", "указ", r"указ" + _N_ENDINGS),
    ActWord("resolution", "постановление", r"постановлен" + _ENIE),
    ActWord("disposition", "распоряжение", r"распоряжен" + _ENIE),
    ActWord("order", "приказ", r"приказ" + _N_ENDINGS),
    # "Федерального закона", "федеральных конституционных законов", "Закона Краснодарского края"
    ActWord("law", "закон", r"(?:(?:федеральн|областн|краев|республиканск|окружн)\w{0,3}\s{1,3}"
                            r"(?:конституционн\w{0,3}\s{1,3})?)?закон" + _N_ENDINGS),
    ActWord("law_abbr", "закон", r"ФЗ", case_sensitive=True),
    ActWord("decision", "решение", r"решен" + _ENIE),
    ActWord("code", "кодекс", r"кодекс" + _N_ENDINGS),
    ActWord("letter", "письмо", r"(?:письм(?:ами|ах|ам|ом|о|а|у|е)|писем)"),
    ActWord("minutes", "протокол", r"протокол" + _N_ENDINGS),
    ActWord("concept", "концепция", r"концепц" + _IYA, named=True),
    ActWord("strategy", "стратегия", r"стратег" + _IYA, named=True),
    ActWord("programme", "программа", r"программ(?:ами|ах|ам|ой|ою|а|ы|е|у)?", named=True),
    ActWord("regulation", "положение", r"положен" + _ENIE, named=True),
    ActWord("procedure", "порядок", r"поряд(?:ок|ка|ку|ком|ке|ки|ков)", named=True),
    ActWord("rules", "правила", r"правил(?:ами|ах|ам|а)?", named=True, number="plur"),
    ActWord("foundations", "основы", r"основ(?:ами|ах|ам|ы)?", named=True, number="plur"),
    ActWord("plan", "план", r"план" + _N_ENDINGS, named=True),
    ActWord("standard", "стандарт", r"стандарт" + _N_ENDINGS, named=True),
    ActWord("reglament", "регламент", r"регламент" + _N_ENDINGS, named=True),
    ActWord("instruction", "инструкция", r"инструкц" + _IYA, named=True),
)
ACT_BY_GROUP: dict[str, ActWord] = {f"a{i}": entry for i, entry in enumerate(ACT_LEXICON)}  # RE_ACT group → entry
RE_ACT = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        f"(?P<a{i}>{e.pattern if e.case_sensitive else '(?i:' + e.pattern + ')'})"
        for i, e in enumerate(ACT_LEXICON)
    )
    + r")(?![\w])"
)

# Every act word contains one of these stems (lower-cased; "фз" also admits "ФЗ"): a text with none
# cites no act and skips the scan. tests/test_references.py holds the two tables to each other.
ACT_CUES = compile_cues([
    "указ", "постановлен", "распоряжен", "приказ", "закон", "фз", "решен", "кодекс", "письм", "писем",
    "протокол", "концепц", "стратег", "программ", "положен", "поряд", "правил", "основ", "план",
    "стандарт", "регламент", "инструкц",
])

# ---- Named regexes used by the rules (all anchored with .match at a known position, bounded repeats).

PATTERNS: dict[str, re.Pattern[str]] = {
    # whitespace between tokens: at most one line break (an issuer may wrap onto the next line)
    "gap": re.compile(r"[ \t\xa0]{0,8}(?:\r?\n[ \t\xa0]{0,8})?"),
    "date_lead": re.compile(r"(?i:от)[ \t\xa0]{0,3}(?:\r?\n[ \t\xa0]{0,3})?(?=[\d«\"])"),
    # "№ 309", "№6", "N V-35/9", "No 5"; the value must contain a digit
    "number": re.compile(
        r"(?:№|No\.?(?=\s{0,3}\d)|N(?=\s{0,3}[\w/.\-]{0,12}\d))[ \t\xa0]{0,3}"
        r"(?P<number>(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,3}[ \t\xa0](?=[A-ZА-ЯЁ]{2,}))?"
        r"[0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі][0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі/\\.\-–]{0,40})"
    ),
    # a date dates.find_dates cannot read (a misprint, "31.02.2020"): consumed, left null
    "date_like": re.compile(
        r"(?i:от)[ \t\xa0]{0,3}[«\"]?\d{1,2}[»\"]?(?:[ \t\xa0]{1,3}[а-яё]{3,9}[ \t\xa0]{1,3}|[./]\d{1,2}[./])\d{2,4}"
        r"(?:[ \t\xa0]{0,3}(?i:года|г\.|г(?![\w])))?"
    ),
    "law_number": re.compile(r"(?P<number>\d{1,5}-(?:ФКЗ|ФЗ|КЗ|ОЗ|кз|оз))(?![\w])"),
    "edition": re.compile(
        r"\([ \t\xa0]{0,3}(?:(?:в[ \t\xa0]+)?ред(?:\.|акции)|с[ \t\xa0]+изм(?:\.|енениями))[^()\n]{0,160}\)"
    ),
    "word": re.compile(r"[^\W_](?:\w|[-–](?=\w)){0,60}"),
    "dash": re.compile(r"[-–—](?=\s)"),
    # "Концепции …, утвержденной распоряжением", "Порядка … (приказ …)", "Положения (утв. приказом …)"
    "approval": re.compile(
        r"[ \t\xa0]{0,3},?\s{0,3}(?i:утвержд[её]н\w{0,5}|утв\.|принят\w{0,4}|одобрен\w{0,5})\s{1,3}"
    ),
    "approval_paren": re.compile(r"\s{0,3}\(\s{0,3}(?:(?i:утвержд[её]н\w{0,4}|утв\.)\s{0,3})?"),
    "paren_close": re.compile(r"\s{0,3}\)"),
    # ", от 8 мая 2024 г. № 314 …" after a cited act: the next act of the same list
    "continuation": re.compile(r"\s{0,3}[,;]?\s{0,3}(?:(?:и|а\s+также)\s+)?"),
    "draft_before": re.compile(r"(?i:проект\w{0,3})[ \t\xa0]{1,3}$"),
    "title_like": re.compile(r"\s*(?i:об?|обо)\s"),
    # a "№" after these words numbers an institution: it belongs to the issuer ("МБОУ СОШ № 5")
    "institution": re.compile(
        r"(?i:сош|оош|нош|мбоу|маоу|мкоу|гбоу|доу|мбдоу|мадоу|мкдоу|школ\w{0,3}|лице\w{0,3}|гимнази\w{0,3}"
        r"|сад\w{0,3}|интернат\w{0,3}|колледж\w{0,3}|техникум\w{0,3}|училищ\w{0,3}|больниц\w{0,3})"
    ),
    # a "№" after these words numbers a part or an annex, not an act: the head ends there
    "part": re.compile(r"(?i:приложени\w{0,3}|пункт\w{0,3}|подпункт\w{0,3}|раздел\w{0,3}|глав[аеуы]|стать\w{0,3}|п|ст|пп)"),
}
# Words that cannot continue an issuer or a name: the sentence goes on with something else.
STOP_WORDS = frozenset(
    "согласно соответствии который которая которое которые которого которой которым которых "
    "также если что чтобы как при где когда а но либо или от".split()
)
FUNCTION_WORDS = frozenset("о об обо по в во на с со к ко за для от до и или из у при".split())

# Norms cited by their code, with no "№": "СанПиН 2.4.2.1178-02", "СП 2.4.3648-20", "ГОСТ Р 52872-2019".
# each code of NORM_CODES, as printed: a text without one skips the four scans
NORM_CODE_CUE = compile_cues(["СанПиН", "СП", "ГОСТ", "СНиП"], fold=False)
NORM_CODES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("sanitary_rules", "санпин", re.compile(r"(?<!\w)СанПиН\s+(?P<number>\d+(?:\.\d+)+(?:-\d{2,4})?)")),
    ("code_of_rules", "сп", re.compile(r"(?<!\w)СП\s+(?P<number>\d+(?:\.\d+)+(?:-\d{2,4})?)")),
    ("state_standard", "гост", re.compile(r"(?<!\w)ГОСТ\s+(?P<number>(?:Р\s+)?\d+(?:\.\d+)*-\d{2,4})")),
    ("building_rules", "снип", re.compile(r"(?<!\w)СНиП\s+(?P<number>\d+(?:\.\d+)+(?:-\d{2,4})?)")),
)
