"""The project's morphology: pymorphy3 only, loaded lazily once per process, lookups cached."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from ..errors import ModelLoadError

if TYPE_CHECKING:
    import pymorphy3


@lru_cache(maxsize=1)
def analyzer() -> "pymorphy3.MorphAnalyzer":
    try:
        import pymorphy3
    except ImportError as exc:  # pragma: no cover - install problem
        raise ModelLoadError("pymorphy3", str(exc)) from exc
    try:
        return pymorphy3.MorphAnalyzer()
    except Exception as exc:  # pragma: no cover - missing dictionaries
        raise ModelLoadError("pymorphy3 dictionaries (pymorphy3-dicts-ru)", str(exc)) from exc


@lru_cache(maxsize=262_144)
def parses(word: str) -> tuple:
    """All pymorphy3 parses of a word (lower-cased), best first."""
    try:
        return tuple(analyzer().parse(word.lower()))
    except ValueError:
        # pymorphy3 looks up unicodedata names and fails on unnamed code points
        safe = "".join(c for c in word.lower() if c.isalnum() and c.isascii() or "а" <= c <= "я" or c == "ё")
        return tuple(analyzer().parse(safe or "x"))


Trust = Literal["first", "any"]


def is_form(word: str, *grammemes: str, trust: Trust = "first") -> bool:
    """Whether `word` reads as a form carrying all `grammemes` ("INFN", "VERB", "past", "PRTF", "nomn", ...).

    trust="first" (the default): only pymorphy3's best parse counts. Verb-form questions
    (infinitive, finite verb, past tense, participle, gerund) ask it this way: a later parse is
    mostly a rare homonym, and trusting it makes nouns verbs ("печь", "течь", "мочь" would be
    infinitives), genitive plurals past tenses ("дел", "мер", "правил") and adjectives
    participles ("ведущими", "соответствующего").
    trust="any": some parse counts. For case and number, which the context decides
    ("Организации" is genitive, dative or nominative plural); and for the one verb-form question
    whose context settles it: a word opening a comma-delimited segment before a time phrase is a
    participle if it can be one ("..., прошедших обучение в 2023 году": deadlines.inline).
    """
    candidates = parses(word) if trust == "any" else parses(word)[:1]
    return any(all(g in p.tag for g in grammemes) for p in candidates)


def is_infinitive(word: str) -> bool:
    """"провести", "обеспечить"; not "печь" (a noun first). Trusts the first parse (see `is_form`),
    and only a known word: "хозяйстваобласти" (two words glued) is guessed as one."""
    return "INFN" in parses(word)[0].tag and is_known(word)


@lru_cache(maxsize=262_144)
def is_known(word: str) -> bool:
    """Whether the dictionary knows the word (pymorphy3 guesses every other one). Cached: pymorphy3's
    `Parse.is_known` is a fresh dictionary lookup on every call, and it is the same for every parse
    of a word (they share the word)."""
    return parses(word)[0].is_known


def is_cut_off(word: str) -> bool:
    """A last word the dictionary does not know, or a lone letter: what a page cut mid-word leaves
    ("... Разработа", "... возложить на заместител")."""
    return len(word) == 1 or not is_known(word)


_INFINITIVE_ENDINGS = ("ть", "ти", "чь", "ться", "тись", "чься")


def glued_infinitive(word: str) -> tuple[int, int] | None:
    """Where the infinitive lies in a word glued to its neighbour when a space was lost
    ("продолжитьработу" → (0, 10), "маршрутовпривлечь" → (9, 17)): both parts known words, the
    whole unknown. SPEC §6: the action's text is the printed substring on its side of the seam."""
    # asked of every word of every item: the length test spares most of them the cache lookup
    return _glued_infinitive(word) if len(word) >= 8 else None


def in_dictionary(word: str) -> bool:
    """Whether the dictionary holds the word as spelled (no ё substitutes, no guessing): a bare
    lookup, for questions asked of many candidate strings (glued-word splits, place names)."""
    return analyzer().word_is_known(word.lower())


# "за- местителя": a word hyphenated at a line end whose break became a space
_BROKEN_WORD = re.compile(r"(?<![\w-])([А-Яа-яЁё]+)-\s+([а-яё]+)(?![\w-])")


def _joined(m: re.Match[str]) -> str:
    first, second = m.group(1), m.group(2)
    whole = first + second
    # "тепло- и водоснабжение", "одно- двухэтажные": halves that are words of their own are a shared hyphen
    if in_dictionary(whole) and not (in_dictionary(first) and in_dictionary(second)):
        return whole
    return m.group(0)


def join_broken_words(text: str) -> str:
    """"первого за- местителя" → "первого заместителя": a word broken by a line-end hyphen, joined
    where only the whole is a dictionary word. For normal forms; printed texts keep the break."""
    return _BROKEN_WORD.sub(_joined, text) if "- " in text else text


@lru_cache(maxsize=65_536)
def _glued_infinitive(word: str) -> tuple[int, int] | None:
    if not word.isalpha() or is_known(word):  # parsed already by the stage that asks: a cache hit
        return None
    for j in range(len(word) - 1, 2, -1):  # the longest infinitive on the left first
        left, right = word[:j], word[j:]
        # "продолжитьработу", and "возложитьна", "Провестив": the preposition after the verb
        if (len(right) >= 3 or right.lower() in _GLUE_PREPOSITIONS) and left.lower().endswith(_INFINITIVE_ENDINGS) \
                and in_dictionary(left) and in_dictionary(right) and is_infinitive(left):
            return 0, j
    if not word.lower().endswith(_INFINITIVE_ENDINGS):
        return None  # an infinitive glued after its neighbour ends the word
    for j in range(max(3, len(word) - 13), len(word) - 3):  # infinitives run 4 to 13 letters
        left, right = word[:j], word[j:]
        if in_dictionary(right) and in_dictionary(left) and is_infinitive(right):
            return j, len(word)
    return None


# Words glued when a converter lost the space between them: a preposition and the word it governs
# ("назаместителя", "дляобслуживания"), or two inflected words of one phrase ("хозяйстваобласти",
# "учебнымзаведениям"). Not a conjunction: "и|настоящее" would join what the seam kept apart.
_GLUE_PREPOSITIONS = frozenset("в во с со к ко о об на по от до за из при для без под над через".split())
_OBLIQUE = frozenset({"gent", "datv", "ablt", "loct", "gen2", "loc2"})
# two dictionary words can hide a name's or an abbreviation's fragment ("кварце|вания"): not a seam
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"})


def _nominal(p) -> bool:
    return p.tag.POS in ("NOUN", "ADJF", "PRTF") and not (_NAME_TAGS & p.tag.grammemes)


def _phrase_pair(left: str, right: str) -> bool:
    """Two words that can stand side by side in one phrase: a noun in an oblique case before
    anything ("хозяйства области", "сокращении численности"), or a modifier agreeing with the next
    word ("учебным заведениям"). Compound stems ("обще", "высоко", "корона") are neither."""
    rights = [p for p in parses(right) if _nominal(p) or p.tag.POS in ("INFN", "VERB")]
    if not rights:
        return False
    for a in parses(left):
        if not _nominal(a):
            continue
        if a.tag.POS == "NOUN" and a.tag.case in _OBLIQUE:
            return True
        if a.tag.POS != "NOUN" and any(b.tag.POS in ("NOUN", "ADJF", "PRTF") and b.tag.case == a.tag.case
                                       and b.tag.number == a.tag.number for b in rights):
            return True
    return False


def _governed(right: str) -> bool:
    return any(p.tag.POS in ("NOUN", "ADJF", "PRTF", "NPRO") and p.tag.case not in (None, "nomn")
               and not (_NAME_TAGS & p.tag.grammemes) for p in parses(right))


def glued_seam(word: str) -> int | None:
    """Where two words glued by a lost space part ("назаместителя" → 2, "хозяйстваобласти" → 9):
    the whole unknown, both parts dictionary words that fit together; None for any other word."""
    # asked of every long word of every phrase: the length and case tests spare most the cache
    # ("Министерствуздравоохранения" opening an item: a capital first letter, the rest lower case)
    return _glued_seam(word) if len(word) >= 8 and word[1:].islower() else None


@lru_cache(maxsize=65_536)
def _glued_seam(word: str) -> int | None:
    if not word.isalpha() or is_known(word):
        return None
    low = word.lower()
    best: tuple[int, int] | None = None
    for j in range(1, len(low) - 1):
        left, right = low[:j], low[j:]
        if left in _GLUE_PREPOSITIONS:
            # not in a capitalised word: "Смеловой" is a surname, not "с меловой"
            fits = word[0].islower() and len(right) >= 5 and in_dictionary(right) and _governed(right)
        elif right in ("от", "до"):  # "независимоот"
            fits = len(left) >= 6 and in_dictionary(left) and parses(left)[0].tag.POS == "ADVB"
        else:
            fits = len(left) >= 5 and len(right) >= 5 and in_dictionary(left) and in_dictionary(right) \
                and _phrase_pair(left, right)
        if fits and (best is None or min(j, len(low) - j) > best[0]):  # the most even split
            best = (min(j, len(low) - j), j)
    return best[1] if best else None


def is_finite_verb(word: str) -> bool:
    """A finite verb, any mood and tense: "проводится", "провели", "обеспечьте". First parse only,
    and not two words glued by a lost space that pymorphy3 guesses as one verb ("Псковскойобласти")."""
    return is_form(word, "VERB") and (is_known(word) or _glued_seam(word) is None)


def is_past_verb(word: str) -> bool:
    """A finite verb in the past tense: "выросло", "включала"; not "дел" (a noun first). First parse only."""
    return is_form(word, "VERB", "past")


def _inflect(p, grammemes: frozenset[str]):
    """pymorphy3's inflection of parse `p`, kept within the word's own stem: its lexemes merge a
    superlative's two stems ("высшим" → "высочайшие"; "высшие" is the form on the printed stem)."""
    form = p.inflect(set(grammemes))
    if form is None or "Supr" not in p.tag:
        return form
    stem = _ADJECTIVE_ENDING.sub("", p.word)
    if form.word.startswith(stem):
        return form
    return next((f for f in p.lexeme if f.word.startswith(stem) and all(g in f.tag for g in grammemes)), form)


_ADJECTIVE_ENDING = re.compile(r"(?:его|ого|ему|ому|ими|ыми|[ыиое][йеюхм]|[ая]я|[ую]ю)$")


def inflect_word(word: str, grammemes: frozenset[str], pos_hint: str | None = None) -> str | None:
    """`word` put into `grammemes`, keeping its capitalisation; None when pymorphy3 cannot."""
    for p in parses(word):
        if pos_hint and pos_hint not in p.tag:
            continue
        form = _inflect(p, grammemes)
        if form is not None:
            return restore_case(word, form.word)
    return None


def keep_yo(template: str, word: str) -> str:
    """`word` with the spelling of `template`: pymorphy3 restores "ё" the text did not print."""
    if "ё" not in template.lower():
        return word.replace("ё", "е").replace("Ё", "Е")
    return word


def restore_case(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@lru_cache(maxsize=65_536)
def inflect_parse(word: str, required: frozenset[str], target: frozenset[str]) -> str | None:
    """`word` put into `target` from its first parse carrying all `required` grammemes.

    Agreement needs the parse chosen by context (case, number, gender), not pymorphy3's
    first guess; capitalisation is kept. None when no parse fits or cannot inflect.
    """
    for p in parses(word):
        if all(g in p.tag for g in required):
            form = _inflect(p, target)
            if form is not None:
                return restore_case(word, form.word)
    return None
