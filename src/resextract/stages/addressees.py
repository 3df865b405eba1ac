"""Addressees: who must act, as printed and in the nominative (SPEC §1, `Addressee` in §3).

An addressee is a noun phrase: optional agreeing modifiers, a head noun (or an institution
abbreviation), and dependents that stay as printed (genitive complements, prepositional
phrases, «quoted names»). A person named after it — "(М.В. Шалак)" or an apposition
"... Б.Б. Дюсенову" — is split off and put in the nominative.

All lexicons and formulas are ordered, named tables in `lexicons.addressees`; persons are read
by `stages.persons`; tokens come from `text.tokens`, morphology is pymorphy3 via `text.morph`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons.addressees import (
    ABBREVIATION_HEADS_LOWER,
    FIELD_ABBREVIATIONS,
    ACTING_ABBREVIATIONS,
    ACT_INSTRUMENTALS,
    ACT_PARTICIPLE_STEMS,
    MODALS_BEFORE_INFINITIVE,
    NUMBER_SIGNS,
    BENEFICIARY_NOUNS,
    GIVING_NOUNS,
    TOPIC_TAKING_STEMS,
    BODY_LEMMAS,
    CASE_ORDER,
    CHARGE_CUES,
    CHARGE_FORMULAS,
    DESIGNATION_VERB,
    DUTY_OBJECT_STEMS,
    FORMS_OF_ADDRESS,
    INSTRUMENTAL_GOVERNORS,
    POST_STEMS,
    ROLE_WORD,
    COORDINATORS,
    FUNCTION_POS,
    NAME_ADVERBS,
    OFFICIAL_POSTS,
    DATIVE_PREPOSITIONS,
    PLACE_NOUN_STEMS,
    PREAMBLE_TRIGGERS,
    PREFERRED_FORMS,
    PREPOSITION_CASES,
    SERVICE_FIELD_ADJECTIVES,
    STOP_PHRASES,
    VERBAL_NOUN_ENDINGS,
    VERBAL_NOUN_LEMMAS,
    TIME_LEMMAS,
)
from ..lexicons.patterns import CHARGE_VERB_WORD, SETTLEMENT_ABBREVIATIONS, ChargeVerb, opening_charge_verb
from ..models import Addressee, AddresseeSource
from ..text.morph import (
    glued_infinitive, glued_seam, inflect_parse, is_finite_verb, is_form, is_infinitive, is_known, join_broken_words, parses,
    keep_yo, restore_case,
)
from ..text.dates import month_number
from ..text.quotes import inside_quote, quote_spans
from ..text.tokens import PHRASE_TOKENS, WORD, Token, split_words, tokenize
from .persons import is_full_name, paren_person, person_nominative, surname_alone

SENTENCE_PUNCT = frozenset(".;:!?")
MAX_PHRASE_TOKENS = 60  # an addressee longer than this is a misreading, not a phrase
PHRASE_WINDOW = 1000    # characters after a formula that can hold its addressee
_MAX_MODIFIERS = 8      # words before a head noun ("муниципальным бюджетным общеобразовательным ...")
_HEAD_TOKENS = _MAX_MODIFIERS + 4  # tokens that decide whether an item opens with an addressee

# --- Tokens ---------------------------------------------------------------------------------

def _tokens(text: str, offset: int = 0, limit: int | None = None) -> list[Token]:
    """The tokens of `text` (the first `limit` of them): quoted names, parenthesised persons,
    dates and initials are atomic, so nothing inside them is ever split or inflected."""
    toks = tokenize(text, PHRASE_TOKENS, quote_spans(text), offset=offset, limit=limit)
    # one question per long word (the length test spares most tokens the call). A seam splits the word
    # in two, so a phrase can end there ("бюджетной сферы|финансирования") or start there ("возложить
    # на|заместителя"); the normal form, built from the text between tokens, keeps the glue as printed.
    seams = {k: (seam,) for k, t in enumerate(toks)
             if len(t.text) >= 8 and t.kind == "word" and (seam := glued_seam(t.text)) is not None}
    return split_words(toks, seams) if seams else toks


def _is_word(toks: list[Token], k: int) -> bool:
    return 0 <= k < len(toks) and toks[k].kind == "word"


# --- Word classes ---------------------------------------------------------------------------

# "его заместителям": a pronoun that points back to an addressee; the post after it heads the phrase
_POSSESSIVE_PRONOUNS = frozenset({"его", "ее", "её", "их"})


@lru_cache(maxsize=65_536)
def _in_case(word: str, case: str, pos: tuple[str, ...]) -> tuple:
    ps = parses(word)
    if ps[0].tag.POS in FUNCTION_POS:  # "в", "с", "и" also parse as letter-name abbreviations
        return ()
    return tuple(p for p in ps if p.tag.POS in pos and case in p.tag)


def _nouns(word: str, case: str) -> tuple:
    return _in_case(word, case, ("NOUN",))


def _adjs(word: str, case: str) -> tuple:
    found = _in_case(word, case, ("ADJF", "PRTF"))
    # a substantivised adjective the dictionary knows only as a noun modifies a noun after it
    # ("Высокопреосвященному митрополиту", "Преосвященному епископу")
    return found or tuple(p for p in _nouns(word, case) if p.normal_form.endswith(_ADJECTIVE_LEMMA_ENDINGS))


_ADJECTIVE_LEMMA_ENDINGS = ("ый", "ий", "ой")


def _agree(adj, noun) -> bool:
    """A modifier parse agrees with a noun parse (case is already equal)."""
    return _tags_agree(adj.tag, noun.tag)


def _tags_agree(adj, noun) -> bool:
    if adj.number != noun.number:
        return False
    if noun.number == "sing" and noun.gender and "ms-f" not in noun and adj.gender != noun.gender:
        return False
    return not (adj.animacy and noun.animacy and adj.animacy != noun.animacy)


def _is_acting(tok: Token) -> bool:
    return tok.low.replace(" ", "") in ACTING_ABBREVIATIONS


def _is_abbr(tok: Token) -> bool:
    """An institution abbreviation whose case is unmarked ("МБОУ", "ДОУ", "районо"), or an acting
    official's ("и.о. главы")."""
    if tok.kind == "initials":
        return _is_acting(tok)
    if tok.kind != "word":
        return False
    if tok.low in ABBREVIATION_HEADS_LOWER:
        return True
    if not (tok.text.isupper() and 2 <= len(tok.text) <= 8):
        return False
    # An upper-case heading word ("УПРАВЛЕНИЮ") is declinable; a true abbreviation is not, or is
    # only guessed by its ending ("ДЮСШ")
    tag = parses(tok.text)[0].tag
    return tag.POS is None or "Abbr" in tag or "Fixd" in tag or not is_known(tok.text)


def _opens_abbreviations(toks: list[Token], k: int) -> bool:
    """An abbreviation at k, or a short word in capitals that pymorphy3 reads as a word, before another
    abbreviation or a quoted name ("ОБ ДПС ГИБДД": a battalion, not "об"; "МУЗ «Комсомольская ЦРБ»":
    a hospital, not the Muses)."""
    if _is_abbr(toks[k]):
        return True
    tok, nxt = toks[k], toks[k + 1] if k + 1 < len(toks) else None
    return (nxt is not None and 2 <= len(tok.text) <= _MAX_ABBREVIATION and tok.text.isupper()
            and (_is_abbr(nxt) or nxt.kind == "quote"))


def _is_infinitive(tok: Token) -> bool:
    # "продолжитьработу": an infinitive glued to its object still ends the addressee before it
    return tok.kind == "word" and (is_infinitive(tok.text)
                                   or (len(tok.text) >= 8 and glued_infinitive(tok.text) is not None))


def _is_finite(tok: Token) -> bool:
    return tok.kind == "word" and is_finite_verb(tok.text)


def _is_adverb(tok: Token) -> bool:
    # "районо" has a stray ADVB parse: an adverb here has no nominal reading at all.
    if tok.low in NAME_ADVERBS:
        return False  # "руководителям организаций независимо от форм собственности": part of the name
    ps = parses(tok.text)
    return ps[0].tag.POS in ("ADVB", "COMP") and not any(p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in ps)


# --- Head of a noun phrase ------------------------------------------------------------------

@dataclass(frozen=True)
class _Head:
    index: int                 # token index of the head
    case: str | None           # None: an abbreviation, case unmarked
    animate: bool
    lemma: str
    inflect: tuple[tuple[int, frozenset[str], frozenset[str]], ...]  # (token, parse tags, target)
    rule: str


def _tagset(p, *names: str) -> frozenset[str]:
    return _tag_values(p.tag, names)


def _tag_values(tag, names: tuple[str, ...]) -> frozenset[str]:
    values = (getattr(tag, n) for n in names)
    return frozenset(str(v) for v in values if v)


def _head_at(toks: list[Token], i: int, case: str, *, adj_head: bool = True) -> _Head | None:
    """Modifiers agreeing in `case` then a noun in `case`, starting at token i.

    `adj_head`: a lone adjective/participle may itself be the head ("Ответственным за ...");
    substantivised words (pymorphy3 "Subx": заведующий, обучающийся, все) always may.
    """
    if not 0 <= i < len(toks):
        return None
    if _opens_abbreviations(toks, i):
        return _Head(i, None, False, toks[i].low, (), "acting_head" if toks[i].kind == "initials" else "abbr_head")
    if toks[i].kind != "word":
        return None
    mods: list[tuple[int, list]] = []
    for j in range(i, min(i + _MAX_MODIFIERS, len(toks))):
        if toks[j].kind == "paren" and mods and mods[-1][0] == j - 1 and _is_word(toks, j + 1) \
                and _adjs(toks[j].text[1:-1].strip(), case):
            continue  # "Районным (городским) собраниям": the modifier's other name in brackets
        if not _is_word(toks, j) or _is_abbr(toks[j]):
            break
        word = toks[j].text
        if toks[j].low in ("и", "или") and mods and mods[-1][0] == j - 1 and _is_word(toks, j + 1) \
                and _adjs(toks[j + 1].text, case):
            continue  # "профсоюзным и общественным организациям": coordinated modifiers of one head
        nouns, adjs = _nouns(word, case), _adjs(word, case)
        noun = next((n for n in nouns if all(any(_agree(a, n) for a in ps) for _, ps in mods)), None)
        n = j + 2 if j + 1 < len(toks) and toks[j + 1].kind == "paren" else j + 1  # past "(городским)"
        follows = _is_word(toks, n) and bool(_nouns(toks[n].text, case) or _adjs(toks[n].text, case)
                                             or toks[n].low in ("и", "или"))
        if adjs and (follows or noun is None):
            if follows:
                mods.append((j, adjs))
                continue
            subx = [a for a in adjs if "Subx" in a.tag] or (
                adjs if adj_head and j == i and not _modifies_next(toks, j) else [])
            if subx:  # substantivised adjective/participle heads the phrase
                return _build_head(mods, j, subx[0], case, "subst_head")
            break
        if noun is not None:
            return _build_head(mods, j, noun, case, "noun_head")
        break
    # The modifiers ran out without a noun: the last one is a substantivised head.
    if mods:
        j, adjs = mods.pop()
        subx = [a for a in adjs if "Subx" in a.tag or adj_head]
        if subx and all(any(_agree(a, subx[0]) for a in ps) for _, ps in mods):
            return _build_head(mods, j, subx[0], case, "subst_head")
    return None


def _modifies_next(toks: list[Token], j: int) -> bool:
    """Whether the word at j agrees in some other case with the noun after it: "Уполномоченным
    органом" is one instrumental phrase, so "Уполномоченным" heads no dative one."""
    if not _is_word(toks, j + 1) or parses(toks[j + 1].text)[0].tag.POS in FUNCTION_POS:
        return False  # "по", "за" also parse as abbreviations
    return any(_agree(a, n) and a.tag.case == n.tag.case
               for n in parses(toks[j + 1].text) if n.tag.POS == "NOUN"
               for a in parses(toks[j].text) if a.tag.POS in ("ADJF", "PRTF"))


def _build_head(mods: list[tuple[int, list]], j: int, head, case: str, rule: str) -> _Head:
    number = head.tag.number or "sing"
    target = frozenset({"nomn", number})
    plan = []
    for k, ps in mods:
        a = next((a for a in ps if _agree(a, head)), ps[0])
        plan.append((k, _tagset(a, "POS", "case", "number", "gender"), target))
    plan.append((j, _tagset(head, "POS", "case", "number", "gender"), target))
    return _Head(j, case, head.tag.animacy == "anim", head.normal_form, tuple(plan), rule)


def _find_head(toks: list[Token], i: int, case: str | None = None) -> _Head | None:
    if i + 1 < len(toks) and (toks[i].text.isdigit() or toks[i].kind == "initials" and toks[i].text.isupper()
                                    and not _is_acting(toks[i])):
        i += 1  # "42 пожарно-спасательной части": the body's number precedes its name; "А.В. Петрову": initials
    elif i + 1 < len(toks) and toks[i].low in _POSSESSIVE_PRONOUNS:
        i += 1  # "его заместителям": the post after the pronoun heads the phrase
    cases = ((case,) if case else ()) + tuple(c for c in CASE_ORDER if c != case)
    for c in cases:
        head = _head_at(toks, i, c)
        if head is not None:
            return head
    return None


# --- Persons --------------------------------------------------------------------------------

def _split_person(toks: list[Token], text: str) -> tuple[list[Token], str | None, bool]:
    """Tokens without the person, the person as printed, whether it was in parentheses."""
    found: list[tuple[int, str]] = []
    for k, t in enumerate(toks):
        person = paren_person(t.text) if k > 0 and t.kind == "paren" else None
        if person is None and k > 0 and t.kind == "paren" and toks[k - 1].kind == "quote":
            person = surname_alone(t.text)  # 'АО "Кубаньэнерго" (Рева)': the head of the named body
        if person:
            found.append((k, person))
    if found:  # "Департаментам образования (Шамаева А.М.), по физической культуре (Корвяков В.В.)": both
        taken = {k for k, _ in found}
        return [t for k, t in enumerate(toks) if k not in taken], ", ".join(p for _, p in found), True
    size = _trailing_full_name(toks, text)
    if size:  # apposition at the end: "... Б.Б. Дюсенову", "... Иванову Ирине Петровне"
        rest, names = toks[:-size], [" ".join(text[toks[-size].start:toks[-1].end].split())]
        # "заместителей руководителя В.Н. Галкина и И.А. Лешкевич": the post's holders, one after another
        while len(rest) > 2 and rest[-1].low in ("и", ",") and (more := _trailing_full_name(rest[:-1], text)):
            rest = rest[:-1]
            names.insert(0, " ".join(text[rest[-more].start:rest[-1].end].split()))
            rest = rest[:-more]
        return _without_form_of_address(rest), ", ".join(names), False
    size = _given_name_after_post(toks) or _surname_after_post(toks) or _addressed_surname(toks)
    if size:
        return _without_form_of_address(toks[:-size]), " ".join(text[toks[-size].start:toks[-1].end].split()), False
    size = _person_before_post(toks, text)
    if size:
        return toks[size + 1:], " ".join(text[toks[0].start:toks[size - 1].end].split()), False
    return toks, None, False


def _trailing_full_name(toks: list[Token], text: str) -> int:
    """Tokens of a full name ending the phrase ("Б.Б. Дюсенову", "Иванову Ирине Петровне"), or 0."""
    for size in (2, 3):
        if len(toks) > size and _is_full_name(toks[-size:]):
            if text[: toks[-size].start].rstrip().lower().endswith(("им.", "имени")):
                return 0  # "институту ... им. С.С. Суразакова": the name belongs to the body's name
            return size
    return 0


def _is_full_name(toks: list[Token]) -> bool:
    return all(t.kind in ("word", "initials") for t in toks) and is_full_name(" ".join(t.text for t in toks))


def _second_holder(toks: list[Token], k: int, j: int) -> bool:
    """"заместителям главы Иванову И.И. и Петрову П.П.": a name after a name is the post's next holder."""
    return any(j + size <= len(toks) and _is_full_name(toks[j:j + size]) for size in (2, 3)) and \
        any(k - size >= 0 and _is_full_name(toks[k - size:k]) for size in (2, 3))


def _without_form_of_address(toks: list[Token]) -> list[Token]:
    """The post before its holder's name without a word of address or a title after it ("инспектору
    т." → "инспектору", "секретарю академику" → "секретарю"); a title alone is the post itself."""
    end = len(toks)
    if end > 1 and toks[end - 1].text == "." and toks[end - 2].kind == "word":
        end -= 1  # "тов." is a word and its dot; "т." comes as one initials token
    last = toks[end - 1] if end else None
    if last is None or end < 2 or last.kind not in ("word", "initials") or not last.text[:1].islower():
        return toks  # "Т." in capitals is an initial
    word = last.low.rstrip(".")
    if word in FORMS_OF_ADDRESS or parses(word)[0].normal_form in FORMS_OF_ADDRESS:
        return toks[:end - 1]
    return toks


def _given_name_after_post(toks: list[Token]) -> int:
    """Clergy and others are named by first name, with or without a surname and no initials
    ("иерею Михаилу Родину", "руководителю кружка Вере Ивановой"): a capitalised first name after a
    lower-case word, in the case of a person's post in the phrase, and at most one capitalised word
    after it. The number of the name's tokens, or 0."""
    for size in (2, 1):
        if len(toks) <= size:
            continue
        post, name = toks[-size - 1], toks[-size]
        if post.kind != "word" or not post.text.islower() or not all(
                t.kind == "word" and t.text[:1].isupper() and t.text[1:].islower() for t in toks[-size:]):
            continue
        if not is_known(name.text):
            continue  # "заместителя Минис": a word cut by the page end, only guessed as a name
        if _in_a_persons_case({p.tag.case for p in parses(name.text) if "Name" in p.tag}, toks[:-size]):
            return size
    return 0


def _in_a_persons_case(cases: set[str], toks: list[Token], *, nouns_only: bool = False) -> bool:
    """Whether a lower-case word of `toks` (a post: "иерею", "начальнику") reads as animate in one of
    `cases`: a name in that case is the post holder's."""
    return any(cases & {p.tag.case for p in parses(t.text) if "anim" in p.tag and (not nouns_only or "NOUN" in p.tag)}
               for t in toks if t.kind == "word" and t.text[1:].islower())


# "имени Пушкина", "г. Королёва": after these, or after a settlement type, a capitalised word is no person
_NAMESAKE = "им"  # "им." before the name a body bears
_NAMESAKE_OR_TOWN_MARKS = frozenset({_NAMESAKE, "имени", "г", "гор"})


def _surname_after_post(toks: list[Token]) -> int:
    """A post's holder by surname alone, closing the phrase ("начальнику отдела образования Петрову",
    "на заместителя главы района Сидорова"): a dictionary surname in the case of an animate word of
    the phrase, after a word that names no place ("города Королёва", "имени Пушкина"). 1, or 0."""
    post = _without_form_of_address(toks[:-1])
    if len(toks) < 3 and len(post) == len(toks) - 1 or not post:
        return 0  # "секретарю тов. Петрову": a word of address marks the name after a one-word post
    before, name = post[-1], toks[-1]
    if name.kind != "word" or not (name.text[:1].isupper() and name.text[1:].islower()) \
            or before.kind not in ("word", "punct") or before.low.rstrip(".") in _NAMESAKE_OR_TOWN_MARKS \
            or any(p.normal_form in _SETTLEMENT_TYPES for p in parses(before.text)):
        return 0
    surname_cases = {p.tag.case for p in parses(name.text) if "Surn" in p.tag}
    if not surname_cases or any({"Geox", "Orgn"} & p.tag.grammemes for p in parses(name.text)):
        return 0
    return 1 if _in_a_persons_case(surname_cases, post, nouns_only=True) else 0


def _addressed_surname(toks: list[Token]) -> int:
    """"Уполномоченному комитета т. Ошвинцеву": after a post, a word of address marks the capitalised word
    after it as the holder's surname, one the dictionary does not know too. 1, or 0."""
    name = toks[-1]
    if len(toks) < 3 or name.kind != "word" or not (name.text[:1].isupper() and name.text[1:].islower()):
        return 0
    post = _without_form_of_address(toks[:-1])
    return 1 if len(post) < len(toks) - 1 and post and post[-1].kind == "word" else 0


# a post after its person in apposition: a dash or a comma, then the post in lower case
_PERSON_POST_SEPARATORS = frozenset({"-", "–", "—", ","})


def _person_before_post(toks: list[Token], text: str) -> int:
    """The person first: "Петрова А.В. - начальника отдела", "А.В. Петрову, директору школы": the
    number of the name's tokens (the separator follows them), or 0."""
    for size in (2, 3):
        if len(toks) > size + 1 and all(t.kind in ("word", "initials") for t in toks[:size]) \
                and toks[size].text in _PERSON_POST_SEPARATORS and toks[size + 1].kind == "word" \
                and toks[size + 1].text[:1].islower() \
                and is_full_name(" ".join(text[toks[0].start:toks[size - 1].end].split())):
            return size
    return 0


# --- Normalisation --------------------------------------------------------------------------

def _inflect(word: str, tags: frozenset[str], target: frozenset[str]) -> str:
    form = inflect_parse(word, tags, target)
    if form is None:
        return word
    parts = [PREFERRED_FORMS.get(p.lower(), p.lower()) for p in form.split("-")]
    printed = word.split("-")
    if len(printed) == len(parts):  # each part takes its printed case: "Северо-Восточному" → "Северо-Восточное"
        parts = [restore_case(t, p) for t, p in zip(printed, parts)]
    else:
        parts = [restore_case(p, PREFERRED_FORMS.get(p.lower(), p.lower())) for p in form.split("-")]
    return keep_yo(word, "-".join(parts))


def _participle_after_head(toks: list[Token], head: _Head) -> list[tuple[int, frozenset[str], frozenset[str]]]:
    """A post-positive modifier after a comma agrees with the head ("организациям, являющимся
    исполнителями", "учреждениям, подведомственным ..."): inflect it too, its complement not."""
    plan: list[tuple[int, frozenset[str], frozenset[str]]] = []
    if head.case is None:
        return plan
    tags = next(t for k, t, _ in head.inflect if k == head.index)
    number = "plur" if "plur" in tags else "sing"
    for k in range(head.index + 1, len(toks) - 1):
        if toks[k].text != "," or not _is_word(toks, k + 1) or _head_at(toks, k + 1, head.case, adj_head=False):
            continue  # a new head after the comma is another addressee, not a modifier
        j = k + 1
        while _is_word(toks, j):  # "координирующего и контролирующего вопросы": coordinated modifiers too
            # an inanimate head takes no animate accusative ("департамент благоустройства, дорожного
            # хозяйства": "дорожного" is a genitive of the list, not a modifier of the head)
            a = next((a for a in _adjs(toks[j].text, head.case)
                      if a.tag.number == number and (number == "plur" or str(a.tag.gender) in tags)
                      and not (head.case == "accs" and not head.animate and a.tag.animacy == "anim")), None)
            if a is None:
                break
            plan.append((j, _tagset(a, "POS", "case", "number", "gender"), frozenset({"nomn", number})))
            if not (j + 2 < len(toks) and toks[j + 1].low in ("и", "или")):
                break
            j += 2
    return plan


_TITLE_DASHES = frozenset("-–—")


def _second_title(toks: list[Token], head: _Head) -> list[tuple[int, frozenset[str], frozenset[str]]]:
    """SPEC §6: "заместителю Министра - начальнику управления ..." is one addressee with both titles
    in the nominative: the head after a spaced dash, in the first head's case, is inflected too."""
    for k in range(head.index + 1, len(toks) - 1):
        t = toks[k]
        if t.kind == "punct" and t.text in _TITLE_DASHES and k > 0 and toks[k - 1].end < t.start \
                and t.end < toks[k + 1].start:
            second = _head_at(toks, k + 1, head.case, adj_head=False) if head.case else None
            return list(second.inflect) if second is not None and second.case == head.case else []
    return []


_SHORT_NAME = re.compile(r"\(\s*далее\b", re.I)


def _glued_to_neighbour(toks: list[Token], k: int) -> bool:
    """A word split off its neighbour at a lost space (`_tokens`): no gap on one side."""
    return (_is_word(toks, k - 1) and toks[k - 1].end == toks[k].start) or \
        (_is_word(toks, k + 1) and toks[k].end == toks[k + 1].start)


def _names_the_kind(paren: str) -> bool:
    """"учреждений (лесничеств)": one or two words in the genitive say which bodies are meant, part of
    the name; a remark on the charge ("(по согласованию)", "(срок — май)", "(ежегодно)") is not."""
    words = paren[1:-1].split()
    return 1 <= len(words) <= 2 and all(
        w.isalpha() and (first := parses(w)[0]).tag.POS in ("NOUN", "ADJF") and first.tag.case == "gent"
        for w in words) and parses(words[-1])[0].tag.POS == "NOUN"


def _alternative_names(toks: list[Token], head: _Head) -> dict[int, str]:
    """"Отделам (управлениям) образования", "Районным (городским) собраниям": a word in brackets right
    after a word of the head's phrase, of its part of speech, case and number, is another name of it
    and takes its form ("Отделы (управления) образования", "Районные (городские) собрания")."""
    found: dict[int, str] = {}
    if head.case is None:
        return found
    for k, tags, target in head.inflect:
        if k + 1 >= len(toks) or toks[k + 1].kind != "paren":
            continue
        word = toks[k + 1].text[1:-1].strip()
        pos, number = "NOUN" if "NOUN" in tags else "ADJF", next((t for t in tags if t in ("sing", "plur")), None)
        alt = next((p for p in (_nouns(word, head.case) if pos == "NOUN" else _adjs(word, head.case))
                    if p.tag.number == number), None) if word.isalpha() else None
        if alt is not None:
            found[k + 1] = f"({_inflect(word, _tagset(alt, 'POS', 'case', 'number', 'gender'), target)})"
    return found


_UNIT_REMARK_WORDS = 3  # "(Служба по обращениям граждан)": a unit of the body named after it, in the nominative


def _is_remark(paren: str) -> bool:
    """"(по согласованию)", "(срок — декабрь 2003 г.)": a remark on the charge after a name, not part of it;
    so is the unit of the body that does the work, named in the nominative ("(Служба по обращениям граждан)")."""
    if paren[1:2].islower():
        return paren_person(paren) is None and not _names_the_kind(paren)
    words = WORD.findall(paren)  # (the cheap checks first: most brackets hold a person or a short alias)
    return len(words) >= _UNIT_REMARK_WORDS and any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" for p in parses(words[0])[:1]) and paren_person(paren) is None


_ABBREVIATION_WITH_ENDING = re.compile(r"([А-ЯЁ]{2,})(?:у|ом|а|е|ам|ами|ах|ов)")


def _normalize(text: str, case: str | None) -> tuple[str, str | None, str]:
    """(normal, person, rule trace)."""
    text = join_broken_words(text.strip().strip(",;:").strip())
    all_toks = _tokens(text)
    while all_toks and all_toks[-1].kind == "punct" and all_toks[-1].text in ".,;:":
        all_toks.pop()  # a sentence-final mark is not part of the name ("В.Г." keeps its dot)
    while len(all_toks) > 1 and all_toks[-1].kind == "paren" and _is_remark(all_toks[-1].text):
        all_toks.pop()
    # "(далее - отдел образования)": the act's short name for the body, wherever it stands
    all_toks = [t for t in all_toks if not (t.kind == "paren" and _SHORT_NAME.match(t.text))] or all_toks
    if not all_toks:
        return text, None, "empty"
    toks, person, parenthesised = _split_person(all_toks, text)
    head = _find_head(toks, 0, case)
    replace: dict[int, str] = {}
    if head is not None:
        for k, tags, target in head.inflect + tuple(_participle_after_head(toks, head)) + tuple(_second_title(toks, head)):
            if not _glued_to_neighbour(toks, k):  # "директорупедагогического" stays as printed
                replace[k] = _inflect(toks[k].text, tags, target)
        replace.update(_alternative_names(toks, head))
    for k, t in enumerate(toks):
        m = _ABBREVIATION_WITH_ENDING.fullmatch(t.text)
        if m:
            replace[k] = m.group(1)  # "МИДу России" → "МИД России": an abbreviation's case ending dropped
    pieces, prev_end = [], toks[0].start
    for k, t in enumerate(toks):
        gap = text[prev_end:t.start]
        # a person taken out of the middle ("Сектору ... (Дышекова О.М.) Минпросвещения КБР") leaves a space
        if gap.strip():  # a person taken out before a comma leaves no space: "образования, по ..."
            gap = "" if t.kind == "punct" and t.text in ",;" else " "
        pieces.append(gap if k else "")
        pieces.append(replace.get(k, t.text))
        prev_end = t.end
    normal = " ".join("".join(pieces).split()).rstrip(" ,–—-")
    normal = normal[:1].upper() + normal[1:]
    rule = f"{head.rule}:{head.case}" if head and head.case else (head.rule if head else "no_head")
    if person is not None:
        person = ", ".join(person_nominative(one, head.case if head else None, parenthesised)
                           for one in person.split(", "))
        rule += "+person_paren" if parenthesised else "+person_apposition"
    return normal, person, rule


def normalize_addressee(text: str, case: str | None = None) -> tuple[str, str | None]:
    """(normal, person): the head and its agreeing words in the nominative, keeping number;
    dependents as printed; first letter capitalised; a named person split off in the nominative.

    `case` is a hint for ambiguous forms ("Организации"); by default the case is guessed
    in CASE_ORDER, the first one in which a head noun agrees with its modifiers winning.
    """
    normal, person, _ = _normalize(text, case)
    return normal, person


def addressee_rule(text: str, case: str | None = None) -> str:
    """How `normalize_addressee` read `text`, for traces: "noun_head:datv+person_paren",
    "subst_head:accs", "abbr_head", "acting_head", "no_head" (kept as printed)."""
    return _normalize(text, case)[2]


# --- Splitting coordinated addressees -------------------------------------------------------

def _coordinator_at(toks: list[Token], k: int) -> int:
    for coord in COORDINATORS:
        n = len(coord)
        if all(k + m < len(toks) and toks[k + m].kind in ("word", "punct") and toks[k + m].low == coord[m]
               for m in range(n)):
            return n
    return 0


def _starts_addressee(toks: list[Token], k: int, j: int, case: str, in_pp: bool, dep_series: bool,
                      head_index: int = -1) -> bool:
    """Whether the conjunct at token j (after the coordinator at k) opens a new addressee."""
    prev = toks[k - 1]
    if _second_holder(toks, k, j):
        return False
    if toks[j].text.isdigit() and j + 1 < len(toks) and prev.kind == "paren":
        j += 1  # "(Лебедев А.Н.) и 42 пожарно-спасательной части": a numbered body after a person
    if _opens_abbreviations(toks, j):
        # "и МБОУ "Школа" (Иванов)" is a new body; "совхозов и МТС", ", МУП “...”" after a
        # genitive list continue the dependent.
        after = j + 1
        while after < len(toks) and _is_abbr(toks[after]):
            after += 1  # 'ГУ РМЭ "Козьмодемьянская ЦРБ"': a body's form and its region, then its name
        nxt = toks[after] if after < len(toks) else None
        # a body's name: quoted, a person after it, or its number ("МБОУ СОШ № 1, МБОУ СОШ № 2")
        # ... or the country it serves ("МВД России, МИДу России, Минтрансу России, МПС России и ФПС России")
        named = (nxt is not None and nxt.kind in ("quote", "paren")) or prev.kind == "paren" \
            or _numbered_at(toks, after) or (nxt is not None and nxt.low in _COUNTRY_AFTER_ABBREVIATION)
        if prev.kind == "paren" and (paren_person(prev.text) or _is_remark(prev.text)):
            # "отделу транспорта и связи (Мельников А.Н.) и ООО "Водоканал"", 'филиалу ООО "Энерго"
            # (по согласованию), ОАО "Копир"': a holder or a remark closes the body's name
            return True
        if in_pp and (_is_abbr(prev) or toks[j].low in FIELD_ABBREVIATIONS) \
                and toks[j].low not in ABBREVIATION_HEADS_LOWER:
            # "Отделу по делам ГО и ЧС (Иванов И.И.)": a pair of abbreviations is one dependent; "... по связям
            # с общественными объединениями и СМИ (Иванова)": a field's abbreviation goes on with the field
            return False
        if toks[j].low in ABBREVIATION_HEADS_LOWER and not in_pp and prev.kind == "word" \
                and _nouns(prev.text, case) and not _nouns(prev.text, "gent"):
            return True  # "управляющим компаниям и ТСЖ": an institution type after a head in the addressee's case
        return named and not dep_series
    opens_conjunct = k < 2 or toks[k - 2].text == ","
    modifier = prev.kind == "word" and _adjs(prev.text, case) and not _nouns(prev.text, case)
    if opens_conjunct and modifier and not any("Subx" in a.tag for a in _adjs(prev.text, case)):
        return False  # ", профсоюзным и общественным организациям": a modifier shares the head after "и"
    if prev.low in _COUNTRY_AFTER_ABBREVIATION and toks[j].text[:1].isupper() and j + 1 < len(toks) \
            and toks[j + 1].low in _COUNTRY_AFTER_ABBREVIATION:
        return True  # "Минздраву России, Минобрнауки России": a federal body's indeclinable short name, in a series
    if toks[j].low in _POSSESSIVE_PRONOUNS and j + 1 < len(toks):
        j += 1  # "Председателя Собрания, его заместителей": the pronoun points back, the post after it heads
    new = _head_at(toks, j, case, adj_head=False)
    if new is None or new.case is None:
        return False
    if new.animate or (new.lemma in BODY_LEMMAS and not _service_field(toks, j, new)):
        return True
    if in_pp:
        return False
    # An inanimate conjunct that also reads in the case of the word before the coordinator
    # continues that dependent ("учителям физики и химии", "медицинской и социальной помощи");
    # right after the head there is no dependent to continue ("обязать райплан и совхозы")
    if prev.kind == "word" and k - 1 != head_index:
        prev_cases = {str(p.tag.case) for p in parses(prev.text) if p.tag.case} - {case}
        if any(p.tag.POS == "NOUN" and str(p.tag.case) in prev_cases for p in parses(toks[new.index].text)):
            return False
    return True


_COUNTRY_AFTER_ABBREVIATION = frozenset({"россии", "рф"})


def _numbered_at(toks: list[Token], k: int) -> bool:
    """Whether a number sign and a number stand at token k ("№ 2", "N 80")."""
    return k + 1 < len(toks) and toks[k].text in NUMBER_SIGNS and toks[k + 1].text[:1].isdigit()


def _service_field(toks: list[Token], j: int, head: _Head) -> bool:
    """"... по оргработе и муниципальной службе": "служба" after a service's adjective names a field of
    work, not a body."""
    return head.lemma == "служба" and head.index > j and toks[head.index - 1].low.startswith(SERVICE_FIELD_ADJECTIVES)


def _conjunct_spans(toks: list[Token], head: _Head, case: str) -> list[tuple[int, int]]:
    """Token index ranges [a, b) of the coordinated addressees."""
    spans, first = [], 0
    in_pp = False
    # "Руководителям МБОУ «А» и МБОУ «Б»": abbreviations after a noun head are its genitive
    # complements, so a later abbreviation continues that series rather than opening a body.
    dep_series = head.case is not None and head.index + 1 < len(toks) and _is_abbr(toks[head.index + 1])
    head_index = head.index  # the current conjunct's head noun
    k = head.index + 1
    while k < len(toks):
        t = toks[k]
        if t.kind == "word" and case in PREPOSITION_CASES.get(t.low, ()):
            in_pp = True
        n = _coordinator_at(toks, k)
        if n and k + n < len(toks) and toks[k + n].kind == "word":
            j = k + n
            if _starts_addressee(toks, k, j, case, in_pp, dep_series, head_index):
                spans.append((first, k))
                first, in_pp, dep_series = j, False, False
                new = _head_at(toks, j, case, adj_head=False)
                head_index = new.index if new is not None else -1
            else:
                dep_series = True
            k = j
            continue
        k += 1
    spans.append((first, len(toks)))
    return spans


# the page cut the person off after the name: "... Курской области А.", "... «Город Йошкар-Ола» (То"
_CUT_PERSON = re.compile(r"(?:(?<=[а-яё])\s+[А-ЯЁ]\.|\s*\([^()]*)$")


def split_addressees(text: str, source: AddresseeSource, case: str | None = None) -> list[Addressee]:
    """One printed addressee phrase → one Addressee per coordinated body (SPEC: two bodies joined
    by "и" or a comma are two addressees); an "и" inside a genitive dependent does not split."""
    text = _CUT_PERSON.sub("", text.strip().strip(",;:").strip())
    toks = _tokens(text)
    if not toks:
        return []
    # "Руководителям школ совместно с родительскими комитетами:" (SPEC §6: partners are not
    # addressees); "Управлению ... (Иванов) в установленном порядке:": an adverbial ends the name
    # ("Главам поселений своими распоряжениями:": the means)
    stop = next((k for k in range(1, len(toks)) if _opens_partner(toks, k) or _named_stop_at(toks, k)
                 or _by_act_at(toks, k)), None)
    if stop is not None:
        text = text[:toks[stop].start].strip().rstrip(",").strip()
        toks = toks[:stop]
    if len(toks) > 1 and toks[-1].low in ("и", "или"):
        toks = toks[:-1]  # "возложить на Комиссию по местному самоуправлению и": the page cut the next one
        text = text[:toks[-1].end].rstrip(",").strip()
    head = _find_head(toks, 0, case)
    spans = [(0, len(toks))]
    if head is not None:
        spans = _conjunct_spans(toks, head, head.case or case or "datv")
        case = head.case or case
    person = _person_before_post(toks, text)
    if person and len(spans) > 1 and spans[0][1] == person:  # "Иванов И.И., начальник отдела": one addressee
        spans[:2] = [(0, spans[1][1])]
    posts = _posts_addressee(toks, text, spans, source, case) if len(spans) > 1 else None
    if posts is not None:
        return [posts]
    out = []
    for n, (a, b) in enumerate(spans):
        if a >= b or toks[a].low.startswith(_NAME_ADVERB_STEMS):
            continue  # (an aside set off between two bodies: "..., независимо от форм собственности, ...")
        printed = text[toks[a].start:toks[b - 1].end].strip().rstrip(",").strip()
        if not any(t.kind == "word" for t in toks[a:b]) or not printed:
            continue  # punctuation alone names no one
        # only across "и": after a comma a bare head is an addressee of its own ("предпринимателям,
        # владельцам домовладений")
        shared = _shared_complement(toks, text, a, spans[n + 1], case) \
            if b - a == 1 and n + 1 < len(spans) and toks[b].low == "и" else ""
        normal, person, _ = _normalize(f"{printed} {shared}" if shared else printed, case)
        out.append(Addressee(text=printed, normal=normal, source=source, person=person))
    return out


def _one_officials_posts(toks: list[Token], spans: list[tuple[int, int]], case: str | None) -> bool:
    """"заместителя главы района, начальника управления социальной политики Богатырева И.М.": posts
    joined by commas alone, each a different one, in the singular, a person named only after the last
    (SPEC §6: one addressee). "начальнику отдела образования, начальнику отдела культуры" is two."""
    lemmas = []
    for n, (a, b) in enumerate(spans):
        if n and not (a == spans[n - 1][1] + 1 and toks[a - 1].text == ","):
            return False  # "и", "а также": two people
        head = _find_head(toks[a:b], 0, case)
        # a participle's lemma is its verb: "управляющему делами" is read by its printed form
        if head is None or head.case is None or not (head.lemma.startswith(OFFICIAL_POSTS)
                                                     or toks[a + head.index].low.startswith(OFFICIAL_POSTS)):
            return False
        if not any("sing" in p.tag for p in parses(toks[a + head.index].text)):
            return False
        lemmas.append(head.lemma)
    return len(set(lemmas)) == len(lemmas)


def _posts_addressee(toks: list[Token], text: str, spans: list[tuple[int, int]], source: AddresseeSource,
                     case: str | None) -> Addressee | None:
    """One addressee for one official's posts, each in the nominative, joined as printed; None when
    the phrase is no such list, or a person is named after an inner post (each post has its own)."""
    if not _one_officials_posts(toks, spans, case):
        return None
    printed_parts = [text[toks[a].start:toks[b - 1].end].strip().rstrip(",").strip() for a, b in spans]
    parts = [_normalize(part, case) for part in printed_parts]
    if any(person is not None for _, person, _ in parts[:-1]):
        return None
    # a later post keeps its printed first letter: "..., директор Департамента"
    normals = [parts[0][0]] + [normal[:1].lower() + normal[1:] if printed[:1].islower() else normal
                               for (normal, _, _), printed in zip(parts[1:], printed_parts[1:])]
    printed = text[toks[spans[0][0]].start:toks[spans[-1][1] - 1].end].strip().rstrip(",").strip()
    return Addressee(text=printed, normal=", ".join(normals), source=source, person=parts[-1][1])


def _shared_complement(toks: list[Token], text: str, bare: int, following: tuple[int, int], case: str | None) -> str:
    """"Руководителям и специалистам структурных подразделений": a bare head before "и" shares the
    genitive complement of the next conjunct (its `normal` is "Руководители структурных подразделений")."""
    a, b = following
    head = _find_head(toks[a:b], 0, case)
    k = a + head.index + 1 if head is not None and head.case is not None else b
    if k >= b or not _is_word(toks, k) or not any("gent" in p.tag for p in parses(toks[k].text)[:2]):
        return ""
    if {p.normal_form for p in parses(toks[bare].text)[:1]} & {p.normal_form for p in parses(toks[k].text)[:1]}:
        return ""  # "Директорам и заместителям директоров": the complement names the first head itself
    end = next((m for m in range(k, b) if toks[m].kind == "paren"), b)  # a person stays with its own head
    return text[toks[k].start:toks[end - 1].end].strip().rstrip(",").strip() if end > k else ""


# --- Locating addressees in items and sentences ---------------------------------------------

# STOP_PHRASES by first word, in table order: a token opening none skips the table
_STOPS_BY_FIRST: dict[str, list[tuple[str, tuple[str, ...], str]]] = {}
for _entry in STOP_PHRASES:
    _STOPS_BY_FIRST.setdefault(_entry[1][0], []).append(_entry)


# The stops that name a partner, not a time: they end a heading's addressee too (SPEC §6).
PARTNER_STOPS = frozenset({"partner", "partner_with_help", "partner_interaction", "partner_interaction_v",
                           "partner_participation"})


def _words_at(toks: list[Token], k: int, words: tuple[str, ...]) -> bool:
    """Whether the word tokens from k on spell `words` (lower case)."""
    return all(_is_word(toks, k + m) and toks[k + m].low == word for m, word in enumerate(words))


def _opens_partner(toks: list[Token], k: int) -> bool:
    """Whether a partner phrase ("совместно с", "при содействии") starts at token k."""
    return any(name in PARTNER_STOPS and _words_at(toks, k, words)
               for name, words, _ in _STOPS_BY_FIRST.get(toks[k].low, ()))


def _is_verbal_noun(word: str) -> bool:
    lemmas = {p.normal_form for p in parses(word)[:2] if p.tag.POS == "NOUN"}
    return any(lemma.endswith(VERBAL_NOUN_ENDINGS) or lemma in VERBAL_NOUN_LEMMAS for lemma in lemmas)


def _stop_at(toks: list[Token], k: int) -> str | None:
    """Name of the adverbial that starts at token k, if any."""
    if k > 0 and toks[k - 1].text == "," and toks[k].low.startswith(_NAME_ADVERB_STEMS):
        return "aside"  # "руководителям предприятий, независимо от форм собственности, ...": set off, no part of the name
    if _is_word(toks, k) and _is_adverb(toks[k]) and not _before_participle(toks, k):
        return "adverb"
    if k > 0 and toks[k - 1].text == "," and _is_word(toks, k) and toks[k].low not in _LISTING_GERUNDS \
            and is_form(toks[k].text, "GRND"):
        return "gerund"  # "Отделу образования, начиная с 1 сентября, обеспечить": a circumstance set off
    if toks[k].text.isdigit() and k + 1 < len(toks) and month_number(toks[k + 1].text) is not None:
        return "on_date"  # "Отделу полиции 19 мая 2024 года ограничить движение"
    if toks[k].low.startswith(ACT_PARTICIPLE_STEMS) and k + 1 < len(toks) and toks[k + 1].low in ACT_INSTRUMENTALS:
        return "created_by_act"
    if _by_act_at(toks, k):
        return "by_act"  # "Главам поселений своими распоряжениями утвердить ...": the means, no part of the name
    named = _named_stop_at(toks, k)
    if named is None and k > 0 and toks[k - 1].kind == "paren" and toks[k].low in _CIRCUMSTANCE_PREPOSITIONS:
        return "after_head_name"  # "... (Мухин А.И.) при соответствующих погодных условиях": the name closed it
    return named


# "организациям, включая индивидуальных предпринимателей": a gerund that lists more of the addressee
_LISTING_GERUNDS = frozenset({"включая", "исключая"})


def _by_act_at(toks: list[Token], k: int) -> bool:
    """An act in the instrumental at token k, or its modifiers before it ("нормативно-правовыми актами"), with
    no preposition before: the means of the task ("Отделу приказом назначить ...")."""
    # asked at every token of a phrase: the act's word is looked for before any morphology
    act = next((j for j in range(k, min(k + 3, len(toks))) if toks[j].low in ACT_INSTRUMENTALS), None)
    if act is None or (k > 0 and toks[k - 1].low in _INSTRUMENTAL_PREPOSITIONS):
        return False
    return all(_is_word(toks, j) and is_form(toks[j].text, "ablt", trust="any") for j in range(k, act))


# prepositions that open a circumstance, not a body's field ("по", "при" of "при администрации" name one)
_CIRCUMSTANCE_PREPOSITIONS = frozenset({"при", "в", "во", "с", "со", "до", "на", "после", "за"})
# an instrumental after these is their object ("над приказом", "перед решением"), not the task's means
_INSTRUMENTAL_PREPOSITIONS = _CIRCUMSTANCE_PREPOSITIONS | frozenset({"над", "под", "между", "перед"})


def _before_participle(toks: list[Token], k: int) -> bool:
    """"главам вновь образованных муниципальных образований": the adverb qualifies the participle after it,
    inside the name."""
    return _is_word(toks, k + 1) and is_form(toks[k + 1].text, "PRTF")


_NAME_ADVERB_STEMS = tuple(NAME_ADVERBS)  # "независимоот": glued to the next word too


def _named_stop_at(toks: list[Token], k: int) -> str | None:
    """Name of the STOP_PHRASES adverbial that starts at token k, if any."""
    if _opens_abbreviations(toks, k):
        return None
    if toks[k].low in ("о", "об") and k > 0 and toks[k - 1].low.startswith(TOPIC_TAKING_STEMS):
        return None  # "Комитету по законодательству о местном самоуправлении": the body's field, its topic included
    for name, words, follow in _STOPS_BY_FIRST.get(toks[k].low, ()):  # k < len(toks): callers walk the tokens
        n = len(words)
        if not _words_at(toks, k, words):
            continue
        nxt = toks[k + n].text if k + n < len(toks) else ""
        if follow == "any" or (nxt[:1].isdigit()) or (follow == "word" and nxt[:1].isalpha()):
            return name
        if follow == "verbal_noun":
            m = k + n  # "при повторном рассмотрении": adjectives before the verbal noun
            if _is_word(toks, m) and is_form(toks[m].text, "PRTF"):
                return name  # "при создавшемся дефиците топлива": a state of things, no body a name is attached to
            while m < k + n + 2 and _is_word(toks, m) and _adjs(toks[m].text, "loct") and not _nouns(toks[m].text, "loct"):
                m += 1
            if _is_word(toks, m) and _is_verbal_noun(toks[m].text):
                return name
        if follow == "number_or_time" and any(_is_word(toks, k + n + m) and _is_time_word(toks[k + n + m].text)
                                              for m in range(3)):
            return name
    return None


def _is_time_word(word: str) -> bool:
    # "в месячный срокпредставить": the time word glued to the infinitive after it
    glued = glued_infinitive(word)
    word = word[:glued[0]] if glued is not None and glued[0] > 0 else word
    return any(p.normal_form in TIME_LEMMAS for p in parses(word)[:2])


_RELATIVE_WORDS = frozenset({"где", "куда", "откуда", "которые", "который", "которая", "которое", "которых",
                             "которым", "которыми", "которого", "которой", "которому", "чьи", "чей"})


def _scan_phrase(toks: list[Token], head: _Head) -> tuple[int, str, str | None]:
    """From the head on: (last token of the phrase, what ended it, adverbial that closed it).

    Ends: "infinitive", "finite", a sentence punctuation mark, or "end" of the tokens.
    """
    last, closed = head.index, None
    k, limit = head.index + 1, min(len(toks), head.index + MAX_PHRASE_TOKENS)
    while k < limit:
        t = toks[k]
        if t.kind == "punct" and t.text in SENTENCE_PUNCT and not _abbreviation_dot(toks, k):
            return last, t.text, closed
        n = _coordinator_at(toks, k)
        if n > 1:  # ", а также": "также" is no adverbial closing the phrase
            k += n
            continue
        if t.kind == "word" and closed is None and toks[k - 1].text == "," and t.low.startswith(_NAME_ADVERB_STEMS):
            # "руководителям организаций, независимо от форм собственности, индивидуальным предпринимателям": an
            # aside between two bodies of the list; before the verb it ends the name (below)
            end = _set_off_end(toks, k, limit)
            if end is not None and _is_word(toks, end + 1) and toks[end + 1].low != "не" \
                    and not (_is_infinitive(toks[end + 1]) or _is_finite(toks[end + 1])):
                k = end + 1
                continue
        if t.kind == "word" and closed is None and toks[k - 1].text == "," and t.low in _RELATIVE_WORDS:
            # "Священникам, закрепленным за школами, где преподаются Основы ..., провести": a relative clause
            # set off by commas describes the addressee; its verb ends nothing
            end = _set_off_end(toks, k, limit)
            if end is not None:
                last, k = end - 1, end + 1
                continue
        if t.kind == "word" and toks[k - 1].kind == "initials" and t.text[:1].isupper() and not is_known(t.text):
            # "Комитета В.Б. Букоткину в срок ...": a word the dictionary only guesses after initials is a
            # surname, whatever verb it looks like ("букоткинуть")
            if closed is None:
                last = k
            k += 1
            continue
        if t.kind == "word":
            if _is_infinitive(t) or (t.low in MODALS_BEFORE_INFINITIVE and _infinitive_after_modal(toks, k + 1)):
                if last > head.index and toks[last].low == "не":
                    last -= 1  # "..., расположенным на территории города, не осуществлять": the verb's negation
                    last -= toks[last].text == "," and last > head.index
                return last, "infinitive", closed
            if _is_finite(t):
                return last, "finite", closed
            if closed is None:
                closed = _stop_at(toks, k)
                if closed is not None and last == k - 1 and last > head.index and toks[last].low in ("и", "или"):
                    last -= 1  # "главе поселения и впредь проводить": the "и" joins the adverb, not a body
        if closed is None and t.kind != "punct":
            last = k
        k += 1
    return last, ("end" if len(toks) < head.index + MAX_PHRASE_TOKENS else "too_long"), closed


def _set_off_end(toks: list[Token], k: int, limit: int) -> int | None:
    """The comma that closes a phrase set off by the comma before token k, or None when a sentence's
    punctuation (or the limit) comes first."""
    end = next((j for j in range(k + 1, limit) if toks[j].text == "," or toks[j].text in SENTENCE_PUNCT), None)
    return end if end is not None and toks[end].text == "," else None


def _infinitive_after_modal(toks: list[Token], k: int) -> bool:
    # "обязаны неукоснительно выполнять": an adverb may come between
    if _is_word(toks, k) and _is_adverb(toks[k]):
        k += 1
    return _is_word(toks, k) and _is_infinitive(toks[k])


def _abbreviation_dot(toks: list[Token], k: int) -> bool:
    """"до 25.04.99г. сформировать", "2013-2014 уч. года": a dot before a lower-case word ends no sentence;
    nor one after a word of address before a name ("секретарю тов. Петрову", "акад. Иванову"), nor a
    settlement type's ("пос. Ола"), nor "им." inside a body's name ("больницы им. Н.И. Пирогова")."""
    if toks[k].text != "." or k + 1 >= len(toks):
        return False
    return (toks[k + 1].kind == "word" and toks[k + 1].text[:1].islower()) or (
        k > 0 and toks[k - 1].kind == "word" and (toks[k - 1].low in FORMS_OF_ADDRESS or toks[k - 1].low == _NAMESAKE)
        and toks[k + 1].kind in ("word", "initials")) or (k > 0 and _place_words(toks, k - 1) == 2)


def _infinitive_after_colon(toks: list[Token], k: int) -> bool:
    """"Главному врачу больницы (Смирнов В.Ф.): перепрофилировать ...": the colon only sets off the task,
    a bullet's dash after it too ("собранию акционеров: — направить ...")."""
    if k + 1 >= len(toks) or toks[k].text != ":":
        return False
    k += 1 + (toks[k + 1].text in _TITLE_DASHES and k + 2 < len(toks))
    if _is_infinitive(toks[k]):
        return True
    # "Руководителям организаций: ОАО "Ангстрем", ООО "Энергокапитал" обеспечить ...", "Главам администраций
    # районов: Ленинского - Тихомирову С.В., Промышленного - Самуйлову А.В. оказать ...": the names the colon
    # lists, then the task in the same sentence
    for j in range(k, min(len(toks), k + _NAMES_AFTER_COLON)):
        if _is_word(toks, j) and _is_infinitive(toks[j]):
            return j > k
        if not _names_token(toks[j]):
            return False
    return False


_NAMES_AFTER_COLON = 40  # tokens of the names a colon may list before the task


def _names_token(tok: Token) -> bool:
    """A token of a list of names: a capitalised word, an abbreviation, a quote, a person's initials, a
    bracket, a number, a comma or a dash."""
    if tok.kind in ("quote", "paren", "initials"):
        return True
    if tok.kind == "punct":
        return tok.text in (",", *_TITLE_DASHES, "№")
    return tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.low in _NAMESAKE_OR_TOWN_MARKS


def _named_abbreviation(toks: list[Token]) -> bool:
    """"БУЗ ВО «Сокольская ЦРБ»", "ОМВД «Юргинский»": a run of capitals closed by a quoted name
    or a person in parentheses is a body; so is an abbreviation with the place it serves ("МЧС России",
    "ГИБДД г. Якутска"), where a bare one ("ФГОС ООО внедрить") is an object."""
    k, placed = 0, False
    while k < len(toks) and k < 5:
        tok = toks[k]
        if tok.kind == "word" and (tok.text.isupper() or (k > 0 and tok.text[:1].isupper())):  # "МО МВД России «...»"
            placed = placed or not tok.text.isupper()
            k += 1
        elif k > 0 and (n := _place_words(toks, k)):
            placed, k = True, k + n
        else:
            break
    if not (0 < k < len(toks) and toks[0].text.isupper() and len(toks[0].text) > 1):
        return False  # a capital preposition opens no body's name ("В Крымской ... библиотеке провести")
    # a place makes a short abbreviation a body; a long word in capitals is a heading's ("ПОСТАНОВЛЯЮ Главам")
    return toks[k].kind in ("quote", "paren") or (placed and len(toks[0].text) <= _MAX_ABBREVIATION)


def _place_words(toks: list[Token], k: int) -> int:
    """Tokens of a settlement's type at k before its capitalised name ("г. Якутска" is one token,
    "пос. Ола" and "города Челябинска" two, "по Кондопожскому району" and "по Республике Карелия"
    three), or 0."""
    tok = toks[k]
    after_po = k > 0 and toks[k - 1].low == "по"  # "по Республике Карелия": capitalised after "по"
    if tok.kind == "word" and (tok.text.islower() or after_po) and tok.low.startswith(PLACE_NOUN_STEMS):
        n = 1
    elif tok.low == "по" and k + 2 < len(toks) and toks[k + 1].text[:1].isupper() \
            and toks[k + 2].text.islower() and toks[k + 2].low.startswith(PLACE_NOUN_STEMS):
        return 3
    elif tok.low == "по" and k + 1 < len(toks) and (n := _place_words(toks, k + 1)):
        return 1 + n  # "МВД по Республике Марий Эл", "УМВД РФ по г. Йошкар-Оле"
    elif tok.kind == "initials" and tok.low[:-1] in _PLACE_ABBREVIATIONS:
        n = 1
    elif tok.kind == "word" and tok.low in _PLACE_ABBREVIATIONS and k + 1 < len(toks) and toks[k + 1].text == "." \
            and not (tok.low == "гг" and k > 0 and toks[k - 1].text[:1].isdigit()):  # "2023-2024 гг." are years
        n = 2
    else:
        return 0
    return n if k + n < len(toks) and toks[k + n].text[:1].isupper() else 0


# ("мэрам гг. Пскова, Великие Луки": towns, in the plural)
_PLACE_ABBREVIATIONS = frozenset(a for a in ("г", "гг", *SETTLEMENT_ABBREVIATIONS) if " " not in a)
_MAX_ABBREVIATION = 7  # "ОГИБДД", "УГИБДД"; "ПОСТАНОВЛЯЮ" is longer


def find_leading_addressee(text: str, case: str = "datv", to_end: bool = False) -> tuple[int, str] | None:
    """An addressee in `case` at the start of an item, followed by the infinitive of its action:
    (end offset of the addressee phrase, rule name), or None. `to_end`: a text cut off by the
    page may end inside the addressee, with no infinitive after it."""
    # Most items open with no addressee, and their first tokens tell (_head_at reads at most 9,
    # _named_abbreviation 5): the whole item is tokenized only for a head. Most open with a verb:
    # a first word that is neither upper-case, an abbreviation, nor a noun or adjective in `case`
    # rules out both readings. Same answers as `_leading_addressee(_tokens(text), case)`.
    first = _tokens(text, limit=1)
    if not first or not (first[0].kind == "word" or _is_abbr(first[0])):
        return None
    word = first[0]
    if not (word.text.isupper() or _is_abbr(word) or _nouns(word.text, case) or _adjs(word.text, case)):
        return None
    if _leading_head(_tokens(text, limit=_HEAD_TOKENS), case) is None:
        return None
    return _leading_addressee(_tokens(text), case, to_end)


_NOMINATIVE_LOOKAHEAD = 80  # characters that hold the head of a nominative addressee
_HEAD_WORDS = 4  # its words up to the head ("Главное управление", "Финансовый отдел")


def find_nominative_addressee(text: str) -> tuple[int, str] | None:
    """"Финансовый отдел мэрии (Атанова Т.Н.) - профинансировать ...": a body or an official in the
    nominative before the infinitive, as many acts print it; (end, rule) like `find_leading_addressee`.
    Only a body's or an official's head: "Информацию ... принять к сведению" and "Положение ... утвердить"
    name the object first."""
    # most items open with their verb or their object ("Контроль ...", "Настоящее постановление ..."):
    # a body's or an official's word among the first few spares them the phrase search
    lemmas = [parses(w)[0].normal_form for w in _FIRST_WORD.findall(text[:_NOMINATIVE_LOOKAHEAD])[:_HEAD_WORDS]]
    if not any(_body_or_official(lemma) for lemma in lemmas):
        return None
    found = find_leading_addressee(text, "nomn")
    if found is None:
        return None
    head = _find_head(_tokens(text[:found[0]]), 0, "nomn")
    # an official's post, not any animate noun ("Общегородской субботник провести": pymorphy3 reads it animate)
    return found if head is not None and _body_or_official(head.lemma) else None


def _body_or_official(lemma: str) -> bool:
    return lemma in BODY_LEMMAS or lemma.startswith(OFFICIAL_POSTS)


def _instrumental_before_governor(toks: list[Token], head: _Head, last: int) -> bool:
    """"Ответственным за эксплуатацию переправ назначить ...": the head reads as the instrumental that
    the verb after the phrase governs (the role or value it sets), not as a dative addressee."""
    # the verb that ended the phrase: right after it, or after an adverbial set off by commas
    verb = next((k for k in range(last + 1, len(toks)) if _is_word(toks, k) and _is_infinitive(toks[k])), len(toks))
    after = toks[verb:verb + 2]
    if not after or after[0].kind != "word" or after[0].low not in INSTRUMENTAL_GOVERNORS:
        return False
    # what the verb gives the role or value to follows it: a name, a body, a date ("назначить Иванова",
    # "определить 1 июня"); "... назначить для ведения протоколов" leaves the dative reading
    # ("назначить епископа Игнатия": a person's title in the accusative)
    given = after[1] if len(after) > 1 else None
    return (given is not None and (given.text[:1].isupper() or given.text[:1].isdigit() or given.low.startswith(POST_STEMS)
                                   or any({"NOUN", "anim", "accs"} <= p.tag.grammemes for p in parses(given.text)))
            and is_form(toks[head.index].text, "ablt", trust="any"))


def _leading_head(toks: list[Token], case: str) -> _Head | None:
    head = _head_at(toks, 0, case) if toks else None
    if head is None and toks and _named_abbreviation(toks):
        head = _Head(0, None, False, toks[0].low, (), "abbr_head")  # "ГБУЗ РО «ЦГБ»": unknown to pymorphy3
    return head


def _leading_addressee(toks: list[Token], case: str, to_end: bool = False) -> tuple[int, str] | None:
    head = _leading_head(toks, case)
    if head is None:
        return None
    if head.case is None and toks[0].low not in ABBREVIATION_HEADS_LOWER and not _is_acting(toks[0]) \
            and not _named_abbreviation(toks):
        return None  # "ФГОС внедрить": an unknown abbreviation is an object, not a body
    last, ended, closed = _scan_phrase(toks, head)
    if to_end and ended == "end" and len(toks[head.index].text) > 2 and is_known(toks[head.index].text):
        # a known head: "Контро" alone is no addressee; an adverbial after it ("... при разработке проект")
        # shows where the addressee ended before the page cut the verb off; so does its head's name in
        # brackets ("Комитету ... (Иванов) осущес": what follows is the verb's first letters)
        if last > head.index + 1 and toks[last].kind == "word" and (
                toks[last - 1].kind == "paren" or (toks[last - 1].kind == "initials" and toks[last - 1].text[:1].isupper())):
            last -= 1  # ("... Солодкому В.А. предусмо": after the name's initials too; not "г. Липецк")
        else:
            last = _without_cut_conjunct(toks, head, last)
        return toks[last].end, f"np_{case}_cut_off" + (f"+{closed}" if closed else "")
    if ended == "infinitive" and head.case is not None and _instrumental_before_governor(toks, head, last):
        return None
    colon = ended == ":" and _infinitive_after_colon(toks, next(k for k in range(last + 1, len(toks)) if toks[k].text == ":"))
    if ended != "infinitive" and not colon:
        return None
    if head.case is not None:  # "Администрациям городов повышение ставок осуществлять ...": the object first
        last = _before_second_object(toks, head, last)
    rule = "abbr_infinitive" if head.case is None else f"np_{case}_infinitive"
    rule += "_after_colon" if colon else ""
    return toks[last].end, rule + (f"+{closed}" if closed else "")


_FIRST_WORD = re.compile(r"[А-Яа-яЁё]+")
_ADVERBIAL_TOKENS = 40  # "В срок до 1 мая 2024 года"; a ground with its purposes ("В целях стабилизации ..., защиты ... от ...")
_ADVERBIAL_CHARS = 300  # the characters of a leading adverbial (ITEM_GROUND's bound)
_SHORT_ADVERBIAL = 16  # past it, only people or bodies head the addressee: a long ground's datives are its own


# "М.А. Губиной - редактору газеты ... опубликовать ...", "Губиной М.А. – редактору ...": the person first,
# a dash, then the post that is the addressee
_PERSON_THEN_DASH = re.compile(r"^(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
                               r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.)\s*[-–—]\s*")


def find_addressee_after_person(text: str) -> tuple[int, int, str] | None:
    """The post after a person and a dash that opens the item → (start, end, rule name), or None."""
    m = _PERSON_THEN_DASH.match(text)
    if m is None:
        return None
    found = find_leading_addressee(text[m.end():], "datv")
    return (m.end(), m.end() + found[0], f"person_first+{found[1]}") if found else None


@lru_cache(maxsize=1024)
def find_charge_after_adverbial(text: str) -> tuple[ChargeVerb, int] | None:
    """"На время проведения Акции рекомендовать организациям ...", "В связи с проведением ... разрешить
    Министерству ...": a formula verb after a leading adverbial, before any other verb → (the verb, the
    offset after it, where its addressee may start), or None. The formula sets the item's kind and names its addressee as at the item's start.
    (Cached: the kind and the addressee stages ask it of the same item.)"""
    # most items open with a verb or a noun, and most hold no formula verb near their start: the first
    # word's part of speech (a cached parse) rules them out before any search
    first = _FIRST_WORD.match(text)
    if first is None or parses(first.group())[0].tag.POS not in ("PREP", "ADVB"):
        return None
    if not CHARGE_VERB_WORD.search(text, 0, _ADVERBIAL_CHARS):
        return None
    toks = _tokens(text, limit=_ADVERBIAL_TOKENS)
    for k in range(1, len(toks)):
        tok = toks[k]
        if tok.kind == "punct" and tok.text in SENTENCE_PUNCT and not _abbreviation_dot(toks, k):
            return None
        if tok.kind != "word":
            continue
        opening = opening_charge_verb(text[tok.start:])
        if opening is not None:
            return opening[0], tok.start + opening[1]
        if _is_infinitive(tok):
            return None  # the item's own verb comes first: the formula, if any, is inside its clause
    return None


def find_addressee_after_adverbial(text: str, case: str = "datv") -> tuple[int, int, str] | None:
    """"В срок до 1 мая руководителям школ провести ...", "С наступлением тёплой погоды главам поселений
    организовать ...": an addressee after a leading adverbial, which opens with a preposition or an
    adverb, and before its infinitive → (start, end, rule name), or None. Words a preposition governs
    ("к празднику", "согласно приложению") are the adverbial's."""
    # most items open with a verb or a noun: their first word rules the reading out before tokenizing
    # (or a gerund's clause: "Учитывая важное значение ..., управлению финансов выделить ...")
    first = _FIRST_WORD.match(text)
    pos = parses(first.group())[0].tag.POS if first is not None else None
    if pos not in ("PREP", "ADVB", "GRND"):
        return None
    gerund = pos == "GRND"
    toks = _tokens(text, limit=_ADVERBIAL_TOKENS + _HEAD_TOKENS)
    if len(toks) < 3 or toks[0].kind != "word":
        return None
    for k in range(1, min(len(toks), _ADVERBIAL_TOKENS)):
        if toks[k].kind == "punct" and toks[k].text in SENTENCE_PUNCT or _is_infinitive(toks[k]):
            return None  # the verb before any addressee: the item charges no one here
        if gerund and toks[k - 1].low != ",":
            continue  # "Рассмотрев представленные комитетом ... комплексу предложения": the clause goes on to its comma
        # after a comma a dative opens the addressee ("В связи с ростом преступлений, совершенных ..., главам
        # администраций ..."), unless the adverbial holds a preposition whose datives it may go on listing
        conjunct = toks[k - 1].low in ("и", "или") or (
            toks[k - 1].low == "," and any(t.low in DATIVE_PREPOSITIONS for t in toks[:k]))
        if not _is_word(toks, k) or _after_preposition(toks, k) or conjunct:
            continue  # "по физической культуре и спорту", "к праздникам, юбилеям": the adverbial's own nouns
        head = _head_at(toks, k, case)
        if head is None or head.case is None or not _only_case(toks[head.index].text, case):
            continue  # "тёплой погоды": a dative-looking adjective over a noun in another case
        # (a nominative subject is an addressee only as a person or a body: "граждане обязаны выполнять")
        if (k >= _SHORT_ADVERBIAL or case == "nomn") and not (head.animate or head.lemma in BODY_LEMMAS):
            continue
        if _after_beneficiary_noun(toks, k):
            return None  # "в целях оказания помощи детям": who receives, not who is charged
        if _after_giving_noun(toks, k):
            continue  # "при предоставлении жилья нанимателям": who receives; a body may follow after a comma
        found = _leading_addressee(_tokens(text[toks[k].start:], toks[k].start), case)
        return (toks[k].start, found[0], f"after_adverbial+{found[1]}") if found else None
    return None


def find_addressee_beside_object(text: str, case: str = "datv") -> tuple[int, int, str] | None:
    """The addressee of a charge verb whose task is a noun, not an infinitive: "Поручить] отделу
    культуры подготовку программы", "Разрешить] МП «Водоканал» отключение воды", "Поручить]
    организацию конкурса ГУК «Дом искусств»" → (start, end, rule name), or None. Only a case
    the object cannot take heads it: the object is in the accusative."""
    toks = _tokens(text)
    if not toks or any(_is_infinitive(t) for t in toks[:_sentence_end(toks)]):
        return None  # an infinitive: `find_leading_addressee` reads the item
    head = _leading_head(toks, case)
    if head is not None:
        end = _end_before_object(toks, head)
        return (toks[0].start, toks[end].end, f"np_{case}_before_object") if end is not None else None
    for k in range(1, min(len(toks), MAX_PHRASE_TOKENS)):
        if not _is_word(toks, k) or _after_preposition(toks, k):
            continue
        if toks[k].text.isupper() and _named_abbreviation(toks[k:]):
            return toks[k].start, toks[_named_end(toks, k)].end, "object_then_abbr"
        head = _head_at(toks, k, case, adj_head=False)
        if head is None or head.case is None or not _only_case(toks[head.index].text, case):
            continue
        last, ended, _ = _scan_phrase(toks, head)
        if ended in (".", ";", "end"):
            return toks[k].start, toks[last].end, f"object_then_np_{case}"
        return None
    return None


def _sentence_end(toks: list[Token], start: int = 0) -> int:
    """The index of the first sentence mark from `start`, or the number of tokens."""
    return next((k for k in range(start, len(toks)) if toks[k].kind == "punct" and toks[k].text in SENTENCE_PUNCT),
                len(toks))


def _only_case(word: str, case: str) -> bool:
    """"заместителю", "отделу": every noun reading is in `case` ("администрации" may be a genitive)."""
    cases = {p.tag.case for p in parses(word) if p.tag.POS == "NOUN"}
    return cases == {case}


def _after_preposition(toks: list[Token], k: int) -> bool:
    return _is_word(toks, k - 1) and any(p.tag.POS == "PREP" for p in parses(toks[k - 1].text)[:1])


def _named_end(toks: list[Token], k: int) -> int:
    """The last token of a named body from k: its abbreviations, quoted name and person in parentheses."""
    j = k
    while j + 1 < len(toks) and toks[j].kind == "word":
        j += 1
    if j + 1 < len(toks) and toks[j].kind == "quote" and toks[j + 1].kind == "paren":
        j += 1
    return j


def _end_before_object(toks: list[Token], head: _Head) -> int | None:
    """The last token of a leading addressee followed by its accusative object, or None."""
    if head.case is None:
        j = _named_end(toks, head.index)
        return j if toks[j].kind in ("quote", "paren") and _is_word(toks, j + 1) else None
    for k in range(head.index + 1, min(len(toks), head.index + MAX_PHRASE_TOKENS)):
        if toks[k].kind == "punct" and toks[k].text in SENTENCE_PUNCT:
            return None
        if _is_word(toks, k) and _accusative_only(toks[k].text):
            return k - 1 if k - 1 > head.index or toks[k - 1].kind != "punct" else None
    return None


def _before_second_object(toks: list[Token], head: _Head, last: int) -> int:
    """The last token of an accusative addressee before the accusative object that follows its
    genitive dependents; a word after "и" or a comma is a second addressee, not the object."""
    for k in range(head.index + 1, last + 1):
        if toks[k].kind in ("paren", "quote"):
            continue  # "(Иванов И.И.)", "(далее - отдел образования)", the body's quoted name
        if not _is_word(toks, k) or any(p.tag.POS in ("PRTF", "VERB", "GRND") for p in parses(toks[k].text)[:1]):
            if head.case == "datv" and _object_participle(toks, k):
                return k - 1  # "Судам ... области имеющиеся замечания направить": the object's participle
            return last  # a comma, a participle ("координирующего вопросы ..."): no object to find
        # right after the head only a noun can be the object: "на Комиссию руководство подготовкой ..."
        after = _accusative_only_noun(toks[k].text) if k == head.index + 1 else not _accusative_only(toks[k - 1].text)
        if k > head.index and toks[k].text[:1].islower() and (_accusative_only(toks[k].text) or _task_noun(toks[k].text)) \
                and after \
                and toks[k - 1].low not in ("и", "или") and not _after_preposition(toks, k) \
                and not _names_the_municipality(toks, k):  # "за организацию"
            return k - 1 if toks[k - 1].kind != "paren" or not _SHORT_NAME.match(toks[k - 1].text) else k - 2
    return last


def _object_participle(toks: list[Token], k: int) -> bool:
    """A lower-case participle that can only be nominative or accusative, right after a word of a dative
    addressee: it agrees neither with the head nor with a genitive dependent, so it opens the object."""
    word = toks[k].text
    cases = {p.tag.case for p in parses(word) if p.tag.POS == "PRTF"}
    return (word[:1].islower() and bool(cases) and cases <= {"nomn", "accs"} and _is_word(toks, k - 1)
            and toks[k - 1].low not in ("и", "или") and not _after_preposition(toks, k))


def _task_noun(word: str) -> bool:
    """"возложить на центр ... оказание круглосуточной помощи": a verbal noun that can only be the
    nominative or accusative is the task charged, not a dependent of the name (those are genitives)."""
    return _is_verbal_noun(word) and {p.tag.case for p in parses(word) if p.tag.POS == "NOUN"} <= {"nomn", "accs"}


# "муниципального образования город Краснодар", "сельского поселения село Ивановка": the settlement's
# type and name, in the nominative, name the municipality before them
_SETTLEMENT_TYPES = frozenset({"город", "село", "поселок", "посёлок", "деревня", "станица", "хутор", "аул"})
_MUNICIPALITY_WORDS = ("образовани", "поселени", "округ", "район")


def _names_the_municipality(toks: list[Token], k: int) -> bool:
    if (toks[k].low in _SETTLEMENT_TYPES and _is_word(toks, k + 1) and toks[k + 1].text[:1].isupper()
            and _is_word(toks, k - 1) and toks[k - 1].low.startswith(_MUNICIPALITY_WORDS)):
        return True
    # "муниципального образования Динской район": the district's name, in the nominative as printed
    return (toks[k].low in ("район", "округ") and k >= 2 and _is_word(toks, k - 1) and toks[k - 1].text[:1].isupper()
            and _is_word(toks, k - 2) and toks[k - 2].low.startswith(_MUNICIPALITY_WORDS))


@lru_cache(maxsize=65_536)
def _accusative_only(word: str) -> bool:
    """"подготовку", "ежегодную": a noun or adjective that can only be an accusative object here."""
    cases = {p.tag.case for p in parses(word) if p.tag.POS in ("NOUN", "ADJF")}
    return bool(cases) and cases <= {"accs", "nomn"} and "accs" in cases


@lru_cache(maxsize=65_536)
def _accusative_only_noun(word: str) -> bool:
    return _accusative_only(word) and all(p.tag.POS != "ADJF" for p in parses(word))


def find_designated_addressee(text: str) -> tuple[int, int, str] | None:
    """The body an item designates for a role, in the accusative: "Определить МБУ «Центр» (Иванова
    И.И.) ответственным за ..." (body, then role) or "Определить основными исполнителями операции
    Управление ..., Министерство ..." (role, then the bodies to the end of the sentence)."""
    verb = DESIGNATION_VERB.match(text)
    if verb is None:
        return None
    toks = _tokens(text[verb.end():verb.end() + PHRASE_WINDOW], verb.end())
    role = next((k for k, t in enumerate(toks[:MAX_PHRASE_TOKENS]) if t.kind == "word" and ROLE_WORD.search(t.text)), None)
    if role is None:
        return None
    head = _leading_head(toks, "accs") if role > 0 else None
    if head is not None:  # the body first: everything before the role word
        if head.index >= role or toks[role - 1].kind == "punct":
            return None
        return toks[0].start, toks[role - 1].end, "designated_before_role"
    # the role first: the bodies open with the first capitalised word outside quotes, to the sentence end
    for k in range(1, len(toks)):
        if toks[k].kind == "punct" and toks[k].text in SENTENCE_PUNCT:
            return None
        if toks[k].kind == "word" and toks[k].text[:1].isupper() and _head_at(toks, k, "accs") is not None \
                and not any({"Surn", "Name"} & p.tag.grammemes for p in parses(toks[k].text)[:2]):  # a body, not a person
            return toks[k].start, toks[_sentence_end(toks, k) - 1].end, "designated_after_role"
    return None


_CUT_FRAGMENT_MAX = 4  # "пред", "ф": a lower-case conjunct this short at the page's end is a word's first letters


def _without_cut_conjunct(toks: list[Token], head: _Head, last: int) -> int:
    """"... заместителя Губернатора области, коорди", "... хозяйств АПК, пред": a conjunct the page cut to a
    fragment is left out (a cut word with no comma before it, "... муниципальных об", stays: the gold keeps it)."""
    if last <= head.index + 1 or toks[last].kind != "word" or not toks[last].text[:1].islower():
        return last
    word = toks[last].text
    if toks[last - 1].text == "," and (not is_known(word) or len(word) <= _CUT_FRAGMENT_MAX):
        return last - 2
    return last


def find_charge_addressee(text: str) -> tuple[int, int, str] | None:
    """The addressee of "Контроль ... возложить на <кого>": (start, end, rule name), or None."""
    if not CHARGE_CUES.search(text):
        return None
    quoted = quote_spans(text)
    for name, pattern, case in CHARGE_FORMULAS:
        for m in pattern.finditer(text):
            if inside_quote(quoted, m.start()):
                continue  # 'заменив слова "Обязать граждан" словами ...': the wording an amendment quotes
            toks = _tokens(text[m.end():m.end() + PHRASE_WINDOW], m.end())
            head = _find_head(toks, 0, case) if toks else None
            if head is None:
                continue  # "возложить на себя": a pronoun is no addressee
            if case == "datv" and head.case not in (None, case) and _dative_before(text, m.start()):
                continue  # "Комитету по культуре поручить проведение ...": the dative before it is the addressee
            last, ended, _ = _scan_phrase(toks, head)
            if last == 0 and (len(toks[0].text) < 4 or not is_known(toks[0].text)):
                continue  # "возложить на нача", "на пос": a word cut by the page end names no one
            if ended == "end" and last > head.index and len(toks[last].text) == 1 and toks[last].text.isupper():
                last -= 1  # "... главы администрации области П": an initial cut by the page end
            if ended == "end":
                last = _without_cut_conjunct(toks, head, last)
            if case == "accs":  # "возложить на комитет статистики методологическое руководство ...": the task
                last = _before_second_object(toks, head, last)
            elif case == "gent":  # "обратить внимание руководителей школ на необходимость ...": what to attend to;
                # "на территории района" places the addressee, it names no object
                last = next((k - 1 for k in range(head.index + 1, last + 1) if toks[k].low == "на"
                             and not (k + 1 < len(toks) and toks[k + 1].low.startswith("территори"))), last)
            return toks[0].start, toks[last].end, name
    return _charge_after_object(text)


def _dative_before(text: str, formula: int) -> bool:
    """A dative addressee opens the item and runs up to the formula at `formula`."""
    found = find_leading_addressee(text, "datv")
    return found is not None and found[0] >= len(text[:formula].rstrip(" ,"))


_CHARGE_OBJECT_FIRST = re.compile(r"(?<!\w)возл(?:ожить|агается|агаю)\s+(?!на\s)", re.I)
_ON = re.compile(r"(?<!\w)на\s+")
# not the dots of "Ю.Р.Широкий" or of "Б.А. Лунева": an initial's dot ends no sentence
_SENTENCE_END = re.compile(r"(?<![\s.][А-ЯЁ])[.;](?=\s+[А-ЯЁ]|\s*$)")


def _charge_after_object(text: str) -> tuple[int, int, str] | None:
    """"Возложить контроль за исполнением решения на постоянную комиссию ...": the first "на" of the
    sentence whose accusative phrase has a head ("на территории района" does not)."""
    m = _CHARGE_OBJECT_FIRST.search(text)
    if m is None:
        return None
    # (its first word or the one after an adjective: "общее руководство", "персональную ответственность")
    duty = any(w.lower().startswith(DUTY_OBJECT_STEMS) for w in text[m.end():m.end() + 40].split()[:2])
    stop = _SENTENCE_END.search(text, m.end())
    end = stop.start() if stop else len(text)
    for on in _ON.finditer(text, m.end(), min(end, m.end() + PHRASE_WINDOW)):
        toks = _tokens(text[on.end():end], on.end())
        head = _head_at(toks, 0, "accs") if toks else None
        if head is None or head.case is None:
            continue
        # (a lone adjective or participle heads nothing here: "на сформированную 18 октября ... комиссию";
        # a noun that may be prepositional is where, not whom: "на территории района")
        borne = duty and head.rule != "subst_head" and not _may_be_locative(toks[head.index].text)
        if not (borne or head.animate or _only_case(toks[head.index].text, "accs")):
            continue
        last, _, _ = _scan_phrase(toks, head)
        return toks[0].start, toks[_before_second_object(toks, head, last)].end, "charge_vozlozhit_object_na"
    return None


def _may_be_locative(word: str) -> bool:
    return any(p.tag.case in ("loct", "loc2") for p in parses(word) if p.tag.POS == "NOUN")


def _may_be_genitive(word: str) -> bool:
    return any(p.tag.case == "gent" for p in parses(word))


def _gerund_before(toks: list[Token], k: int) -> bool:
    """A gerund in the clause before token k (back to a comma): the datives after it are its objects."""
    for m in range(k - 1, -1, -1):
        if toks[m].kind == "punct":
            return False
        if _is_word(toks, m) and is_form(toks[m].text, "GRND", trust="any"):
            return True
    return False


@lru_cache(maxsize=1)
def _beneficiary_forms() -> tuple[str, ...]:
    return tuple({f.word for noun in BENEFICIARY_NOUNS for f in parses(noun)[0].lexeme})


def _after_giving_noun(toks: list[Token], k: int) -> bool:
    """A noun of giving before the dative at k in the same phrase, no comma between ("при предоставлении
    жилых помещений нанимателям"); after a comma a dative opens the addressee ("... помощи населению,
    департаменту финансов выделить")."""
    for m in range(k - 1, -1, -1):
        if toks[m].text == ",":
            return False
        if _is_word(toks, m) and parses(toks[m].text)[0].normal_form in GIVING_NOUNS:
            return True
    return False


def _after_beneficiary_noun(toks: list[Token], k: int) -> bool:
    """The dative at k receives what the noun before it names ("помощи детям", "поддержки семьям"), also
    when a lost space glued that noun to its adjective ("педагогическойпомощи детям")."""
    if not _is_word(toks, k - 1):
        return False
    before = toks[k - 1]
    return parses(before.text)[0].normal_form in BENEFICIARY_NOUNS or before.low.endswith(_beneficiary_forms())


def find_trailing_addressee(line: str, case: str = "datv") -> str | None:
    """The addressee that ends a heading line before its colon, as printed: "В целях ... праздников
    руководителям муниципальных учреждений:" → "руководителям муниципальных учреждений". Only
    people head it: "пожарной безопасности" is in the dative too, and "организации", "администрации"
    after "в целях", "планом работы" are genitives."""
    toks = _tokens(line)
    for k in range(len(toks)):
        head = _head_at(toks, k, case, adj_head=False) if _is_word(toks, k) else None
        if head is None or head.case is None or not head.animate:
            continue
        if k > 0 and _is_word(toks, k - 1) and is_form(toks[k].text, "gent", trust="any"):
            continue  # "... укрепления роли матери в обществе:": a genitive after its noun
        if _gerund_before(toks, k):
            continue  # "Выражая скорбь ... и соболезнуя их родным и близким:": the gerund's objects
        if _after_beneficiary_noun(toks, k):
            return None  # "В целях оказания ... помощи детям-сиротам и детям, ...:": who receives, with its conjuncts
        if (k > 0 and toks[k - 1].kind == "initials") or any("Surn" in p.tag for p in parses(toks[k].text)[:1]):
            continue  # "..., утвержденными ... руководителем проекта Т.Ю. Синюгиной 18.12.2017:": a name alone is no post
        last, ended, closed = _scan_phrase(toks, head)
        if ended in (":", "end") and closed is None and last == len(toks) - 1 - (ended == ":"):
            return line[toks[k].start:toks[last].end]
    return None


def find_preamble_addressees(sentence: str) -> list[Addressee]:
    """Addressees named by a preamble sentence for the whole list ("реализация которых должна быть
    обеспечена органами ..., образовательными организациями ... в 2023-2024 учебном году")."""
    for _, pattern, case, mode in PREAMBLE_TRIGGERS:
        for m in pattern.finditer(sentence):
            toks = _tokens(sentence[m.end():m.end() + PHRASE_WINDOW], m.end())
            head = _head_at(toks, 0, case) if toks else None
            if head is None or head.case is None:
                continue
            last, ended, closed = _scan_phrase(toks, head)
            if mode == "colon" and (closed is not None or ended not in (":", "end")):
                continue  # a formula with its own infinitive is an item, not a list heading
            return split_addressees(sentence[toks[0].start:toks[last].end], "preamble", case)
    return []
