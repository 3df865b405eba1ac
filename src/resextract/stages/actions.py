"""Actions of a directive: the verbs (or task nouns) that head its prescribed clauses (SPEC §3).

`find_actions(text)` returns every coordinated action of one item, in order, with offsets and
the name of the rule that produced it (for tracing). `verb_info(word)` classifies one word.

How it works, in one pass over regex tokens (no parser):

* Text inside quotes («», "", “”, „“) and brackets is one opaque token (`quotes.quote_spans`):
  quoted names never yield actions and their punctuation never splits clauses.
* Clause markers (`CLAUSE_MARKERS`) cut the item into segments. A verb form at the head of a
  segment is an action unless something in the same segment governs it: a noun
  (`GOVERNING_NOUNS`: "возможность ... включиться"), an adjective (`GOVERNING_ADJECTIVES`), or a
  verb, participle or gerund (`GOVERNING_VERBS`: "продолжать формировать", "позволяющих ...
  развивать"). After a bare "и"/"или" an infinitive shares the status of the previous one
  ("возможность участвовать и развиваться"), except that phase verbs (`PHASE_VERBS`) take only
  imperfective infinitives, so "продолжать формировать ... и обеспечить" gives two actions.
* Formula verbs and modal words (`FORMULA_GOVERNORS`: рекомендовать, поручить, обязать,
  необходимо, должны, ...) opening the item are dropped when an infinitive follows in the same
  sentence (across commas and "и", so an addressee may stand between): the
  prescribed action is that infinitive ("Поручить администрации ... пересмотреть" → пересмотреть),
  so the function is safe on items whose formula and addressee were not stripped.
* Verbs of subordinate clauses (`SUBORDINATORS`: который, что, чтобы, если, ...) are not actions.
* Finite verbs (present/future indicative) are actions in statements of the issuing body:
  always for `FINITE_STATEMENT_VERBS` ("вступает в силу", "оставляю за собой", "подлежит"),
  otherwise only when the item has no infinitive or imperative action. Past tense is narrative.
* Nominal tasks: when no verbal action is found, nominative task nouns heading the item and
  its coordinated segments are the actions (form "noun"). With `nominal=True` (a task list)
  the first head may be any nominative noun; with `nominal=False` the item must start with a
  deverbal task noun ("Обязательное введение в ОО ..."), else no action is returned.

The lexicons (`CLAUSE_MARKERS`, `GOVERNING_VERBS`, ...) live in `lexicons.actions`; tokens come
from `text.tokens`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicons.actions import (
    ABBREVIATIONS,
    ADVERBIAL_IDIOMS,
    CLAUSE_MARKERS,
    CONTROL_CLAUSE,
    DEVERBAL_ENDINGS,
    FINITE_STATEMENT_VERBS,
    FORMULA_GOVERNORS,
    GOVERNING_ADJECTIVES,
    GOVERNING_NOUNS,
    GOVERNING_VERBS,
    NOMINAL_STOPS,
    NON_ACTION_FINITE,
    NON_TASK_NOUNS,
    NON_VERB_WORDS,
    PHASE_VERBS,
    POSSESSIVES,
    RULES,
    SUBORDINATORS,
    TASK_NOUNS,
    UNGOVERNED_VERBS,
)
from ..models import Action
from ..text.morph import glued_infinitive, is_cut_off, is_form, is_known, parses
from ..text.quotes import quote_spans
from ..text.tokens import WORD_TOKENS, Token, split_words, tokenize

__all__ = ["find_actions", "verb_info", "RULES"]

# ---------------------------------------------------------------------------------------------
# Phrase tables, matched on tokens
# ---------------------------------------------------------------------------------------------

_BY_FIRST: dict[int, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
_MATCHABLE = frozenset(("word", "punct"))


def _index(table: dict[tuple[str, ...], str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The table's entries by first word, longest first: one dict lookup per token, not a scan."""
    index = _BY_FIRST.get(id(table))
    if index is None:
        index = {}
        for seq, value in sorted(table.items(), key=lambda item: -len(item[0])):
            index.setdefault(seq[0], []).append((seq, value))
        _BY_FIRST[id(table)] = index
    return index


def _match(toks: list[Token], i: int, table: dict[tuple[str, ...], str]) -> tuple[str, int] | None:
    """The longest entry of `table` starting at token i: (its value, its length)."""
    tok = toks[i]
    entries = _index(table).get(tok.low)
    if not entries or tok.kind not in _MATCHABLE:
        return None
    best: tuple[str, int] | None = None
    for seq, value in entries:  # longest first
        n = len(seq)
        if i + n > len(toks):
            continue
        for k in range(1, n):  # a plain loop: a generator per entry costs more than the compare
            nxt = toks[i + k]
            if nxt.low != seq[k] or nxt.kind not in _MATCHABLE:
                break
        else:
            best = (value, n)
            break
    if best and best[0] == "strong" and tok.text == "." and i > 0:
        prev = toks[i - 1]
        if prev.kind == "word" and (len(prev.text) == 1 or prev.low in ABBREVIATIONS):
            return None  # abbreviation or initial, not a sentence end
    return best


# ---------------------------------------------------------------------------------------------
# Morphology
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Word:
    kind: str  # inf | fin | past | impr | prt | prts | grnd | noun | adj | adv | other
    lemma: str
    aspect: str | None = None


def _aspect(word: str) -> str | None:
    """Aspect of pymorphy3's first verbal parse that carries one (biaspectual verbs: first wins)."""
    for p in parses(word):
        if p.tag.POS in ("INFN", "VERB", "PRTF", "PRTS", "GRND") and p.tag.aspect:
            return str(p.tag.aspect)
    return None


@lru_cache(maxsize=65_536)
def _classify(word: str) -> _Word:
    low = word.lower()
    p0 = parses(low)[0]
    pos = p0.tag.POS
    if len(word) > 1 and word.isupper() and not (len(word) > 3 and pos in ("INFN", "VERB") and is_known(low)):
        # "ФГБНУ", "РДШ": abbreviations, whatever pymorphy3 guesses; a dictionary verb is a word of a
        # text typed in capitals ("ПОГРАНИЧНЫМ ТАМОЖЕННЫМ ОРГАНАМ ПРОВОДИТЬ ДОСМОТР", telegrams)
        return _Word("other", low)
    lemma = p0.normal_form
    if pos in ("INFN", "VERB") and "Arch" not in p0.tag and low not in NON_VERB_WORDS and is_known(low):
        if pos == "INFN":
            return _Word("inf", low, _aspect(low))  # an infinitive is its own lemma ("достичь")
        kind = "impr" if p0.tag.mood == "impr" else "past" if p0.tag.tense == "past" else "fin"
        return _Word(kind, lemma, _aspect(low))
    if pos in ("INFN", "VERB"):
        return _Word("other", low)
    if pos == "PRTF":
        return _Word("prt", lemma)
    if pos == "PRTS":
        return _Word("prts", lemma)
    if pos == "GRND":
        return _Word("grnd", lemma)
    if pos == "NOUN":
        return _Word("noun", lemma)
    if pos in ("ADJF", "ADJS", "PRED", "COMP"):
        return _Word("adj", lemma)
    if pos == "ADVB":
        return _Word("adv", lemma)
    return _Word("other", lemma)


def verb_info(word: str) -> tuple[str, str | None, str] | None:
    """(lemma, aspect, form) of a verb form that can head a clause, else None.

    form is "infinitive", "finite" (indicative, any tense) or "imperative". The lemma of an
    infinitive is the word itself in lower case; of a finite or imperative form, pymorphy3's
    normal form. Only pymorphy3's first parse decides, so nouns in -ть ("сеть", "деятельность")
    and words that are usually nouns ("печь", "течь") are not verbs; participles, gerunds and
    short forms are not clause heads here.
    """
    word = word.strip()
    if not word or not WORD_TOKENS.fullmatch(word) or not word[0].isalpha():
        return None
    w = _classify(word)
    if w.kind == "inf":
        return (w.lemma, w.aspect, "infinitive")
    if w.kind in ("fin", "past"):
        return (w.lemma, w.aspect, "finite")
    if w.kind == "impr":
        return (w.lemma, w.aspect, "imperative")
    return None


_FUNCTION_WORDS = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})


def _nominative_noun(word: str, *, singular: bool = True) -> str | None:
    """Lemma of `word` when some parse of it is a nominative noun (singular when asked)."""
    grammemes = ("NOUN", "nomn", "sing") if singular else ("NOUN", "nomn")
    if len(word) < 2:
        return None  # "г. Ливны - дипломом ...": a town's, a village's or a house's letter names no task
    if parses(word)[0].tag.POS in _FUNCTION_WORDS:
        return None  # "В связи с ...", "О проделанной работе": a preposition, not the abbreviation it may be
    if not is_form(word, *grammemes, trust="any"):
        return None
    for p in parses(word):
        if all(g in p.tag for g in grammemes):
            return p.normal_form
    return None  # pragma: no cover - is_form said one exists


def _modifies_next(toks: list[Token], i: int) -> bool:
    """The word at i reads as an adjective before a noun ("Настоящее постановление", "Данное решение"), or
    alone where the page cut the noun off ("Настоящее")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if not is_form(toks[i].text, "ADJF", trust="any"):
        return False
    return nxt is None or (nxt.kind == "word" and is_form(nxt.text, "NOUN", trust="any"))


def _is_task_noun(lemma: str) -> bool:
    return lemma in TASK_NOUNS or (lemma.endswith(DEVERBAL_ENDINGS) and lemma not in NON_TASK_NOUNS)


def _is_deverbal_genitive(word: str) -> bool:
    return any(
        p.tag.POS == "NOUN" and "gent" in p.tag and _is_task_noun(p.normal_form) for p in parses(word)
    )


# ---------------------------------------------------------------------------------------------
# Verbal actions
# ---------------------------------------------------------------------------------------------

Found = tuple[Action, int, int, str]


@dataclass(slots=True)
class _Cand:
    action: Action
    start: int
    end: int
    rule: str
    dropped: bool = False


@dataclass(slots=True)
class _State:
    governor: tuple[str, bool] | None = None  # (kind, is_phase) governing later infinitives
    check_noun_complement: bool = False  # a governing noun may have its slot filled by a noun
    sub: int = 0  # 0 main clause, 1 subordinate clause awaiting its predicate, 2 predicate seen
    formula: int | None = None  # index of a formula candidate awaiting its infinitive (-1: modal)
    last_inf: tuple[bool, bool] | None = None  # (was dependent, governed by a phase verb)
    boundary: str = "strong"
    cands: list[_Cand] = field(default_factory=list)

    def cut(self, kind: str) -> None:
        self.governor, self.check_noun_complement, self.boundary = None, False, kind
        if kind == "strong":
            self.sub, self.formula, self.last_inf = 0, None, None
        elif kind == "weak" and self.sub == 2:
            self.sub = 0

    def add(self, tok: Token, w: _Word, form: str, rule: str) -> int:
        action = Action(text=tok.text, lemma=w.lemma.lower(), aspect=w.aspect, form=form)
        self.cands.append(_Cand(action, tok.start, tok.end, rule))
        return len(self.cands) - 1


def _on_infinitive(st: _State, tok: Token, w: _Word) -> None:
    if w.lemma in UNGOVERNED_VERBS:
        st.governor = None  # "Контроль за соблюдением требований Порядка возложить на ...": the act's own verb
    phase_blocks = w.aspect == "perf"  # a perfective infinitive cannot depend on a phase verb
    dependent: tuple[bool, bool] | None = None
    if st.sub:
        st.sub, dependent = 2, (True, False)
    elif st.governor and not (st.governor[1] and phase_blocks):
        dependent = (True, st.governor[1])
    elif st.formula is not None:
        if st.formula >= 0:
            st.cands[st.formula].dropped = True
        st.formula = None
        st.add(tok, w, "infinitive", "formula_complement")
    elif st.boundary == "conj" and st.last_inf and st.last_inf[0] and not (st.last_inf[1] and phase_blocks):
        dependent = st.last_inf  # "возможность участвовать ... и развиваться"
    else:
        idx = st.add(tok, w, "infinitive", "coordinated_infinitive")
        if w.lemma in FORMULA_GOVERNORS and not any(not c.dropped for c in st.cands[:idx]):
            st.formula = idx
    st.last_inf = dependent or (False, False)
    if w.lemma in GOVERNING_VERBS:
        st.governor = ("verb", w.lemma in PHASE_VERBS)


def _on_finite(st: _State, tok: Token, w: _Word) -> None:
    if st.sub:
        st.sub = 2
    elif w.kind == "impr":
        st.add(tok, w, "imperative", "imperative")
    elif w.kind == "fin" and w.lemma not in NON_ACTION_FINITE:
        rule = "finite_statement" if w.lemma in FINITE_STATEMENT_VERBS else "finite_predicate"
        idx = st.add(tok, w, "finite", rule)
        if w.lemma in FORMULA_GOVERNORS:
            st.cands[idx].rule = "finite_predicate"  # "рекомендуют" is kept only without infinitive
            st.formula = idx
    if w.lemma in GOVERNING_VERBS:
        st.governor = ("verb", w.lemma in PHASE_VERBS)


def _markers(st: _State, toks: list[Token], i: int) -> int:
    """A clause marker, adverbial idiom or subordinator at token i: updates `st`, returns its length."""
    marker = _match(toks, i, CLAUSE_MARKERS)
    if marker:
        st.cut(marker[0])
        return marker[1]
    idiom = _match(toks, i, ADVERBIAL_IDIOMS)
    if idiom:
        return idiom[1]
    sub = _match(toks, i, SUBORDINATORS)
    if sub or toks[i].low.startswith("котор"):
        st.sub = 1
        return sub[1] if sub else 1
    return 0


# first words of the three tables: most tokens open none and skip straight to their word class
_VERBAL_OPENERS = frozenset(seq[0] for table in (CLAUSE_MARKERS, ADVERBIAL_IDIOMS, SUBORDINATORS) for seq in table)


def _verbal_actions(toks: list[Token]) -> list[Found]:
    st = _State()
    openers, classify = _VERBAL_OPENERS, _classify  # the package's hottest loop: locals, not globals
    i, n = 0, len(toks)
    while i < n:
        tok = toks[i]
        low = tok.low
        if low in openers or low.startswith("котор"):
            consumed = _markers(st, toks, i)
            if consumed:
                i += consumed
                continue
        i += 1
        if tok.kind != "word":
            st.check_noun_complement = False
            continue
        w = classify(tok.text)
        kind = w.kind
        # the word classes exclude each other: tested in order of frequency (nouns first)
        if kind == "noun":
            if w.lemma in GOVERNING_NOUNS:
                st.governor, st.check_noun_complement = ("noun", False), True
            elif st.check_noun_complement:
                # "с учетом необходимости формирования ...": the noun's slot is filled by a noun
                if st.governor and st.governor[0] == "noun" and _is_deverbal_genitive(tok.text):
                    st.governor = None
                st.check_noun_complement = False
        elif kind == "adj":
            if w.lemma in GOVERNING_ADJECTIVES:
                st.governor = ("adjective", False)
            elif w.lemma in FORMULA_GOVERNORS and st.formula is None and not st.sub:
                st.formula = -1  # "необходимо обеспечить", "должны провести"
            elif st.sub == 1 and is_form(tok.text, "ADJS"):
                st.sub = 2
        elif kind == "inf":
            _on_infinitive(st, tok, w)
        elif kind in ("fin", "impr", "past"):
            if i >= 2 and toks[i - 2].kind == "word" and is_form(toks[i - 2].text, "PREP") \
                    and is_form(tok.text, "NOUN", trust="any"):
                continue  # "плату за наем жилья": after a preposition the noun reading, not "наесть"
            _on_finite(st, tok, w)
        elif kind in ("prt", "prts", "grnd"):
            if kind == "prts" and st.sub == 1:
                st.sub = 2  # "..., которые были направлены"
            # substantivised participles ("учащихся", "обучающимся") are nouns, not governors
            if w.lemma in GOVERNING_VERBS and not is_form(tok.text, "Subx"):
                st.governor = ("verb", w.lemma in PHASE_VERBS)
        else:
            st.check_noun_complement = False

    kept = [c for c in st.cands if not c.dropped]
    if any(c.rule != "finite_predicate" for c in kept):
        kept = [c for c in kept if c.rule != "finite_predicate"]
    out: list[Found] = []
    for c in kept:
        rule = c.rule
        if rule == "coordinated_infinitive" and not any(o[1] < c.start for o in out):
            rule = "infinitive_clause_head"
        out.append((c.action, c.start, c.end, rule))
    return out


# ---------------------------------------------------------------------------------------------
# Nominal actions
# ---------------------------------------------------------------------------------------------

def _nominal_actions(toks: list[Token], *, strict: bool) -> list[Found]:
    """Task nouns heading the item and its coordinated segments (see module docstring)."""
    out: list[Found] = []
    expect_head, stopped = True, False
    i = 0
    while i < len(toks):
        stop = _match(toks, i, NOMINAL_STOPS)
        marker = _match(toks, i, CLAUSE_MARKERS)
        if stop and (not marker or stop[1] >= marker[1]):
            stopped, expect_head = True, False
            i += stop[1]
            continue
        if marker:
            if strict and not out:
                return []  # the item must open with its task noun
            if marker[0] == "strong":
                stopped = False
            expect_head = not stopped
            i += marker[1]
            continue
        tok = toks[i]
        i += 1
        if tok.kind != "word":
            expect_head = False
            continue
        w = _classify(tok.text)
        modifier = (w.kind in ("adj", "adv") or tok.low in POSSESSIVES
                    or (w.kind == "prt" and is_form(tok.text, "nomn", trust="any")))
        if w.kind == "grnd" or (w.kind == "prt" and not (expect_head and modifier)):
            stopped, expect_head = True, False  # a participial phrase describes, it is no task
        elif _match(toks, i - 1, SUBORDINATORS) or tok.low.startswith("котор"):
            stopped, expect_head = True, False
        elif expect_head:
            first = not out
            lemma = _nominative_noun(tok.text)
            if lemma is None and first and not strict:
                lemma = _nominative_noun(tok.text, singular=False)
            if lemma and first and not strict and not _is_task_noun(lemma) and (
                    lemma in NON_TASK_NOUNS or _modifies_next(toks, i - 1)):
                lemma = None  # "Настоящее постановление подле": a modifier or the act's own name is no task
            if lemma and (_is_task_noun(lemma) or (first and not strict)):
                rule = "coordinated_nominal" if not first else "nominal_fallback" if strict else "nominal_task"
                action = Action(text=tok.text, lemma=lemma.lower(), aspect=None, form="noun")
                out.append((action, tok.start, tok.end, rule))
                expect_head = False
            elif not modifier:  # "Обязательное введение", "Цифровая трансформация"
                expect_head = False
        if strict and not out and not expect_head:
            return []
    return out


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------

_GLUED_MIN = 9  # letters of the shortest glued pair worth the look-up


def find_actions(text: str, nominal: bool = False) -> list[Found]:
    """Every coordinated action the item prescribes, in order: (Action, start, end, rule).

    `text` is one item without its label (a leading formula verb and addressee may or may not
    have been removed). Verbal actions win; without any, nominal tasks are returned: with
    `nominal=True` (task lists) the heading nominative noun(s), with `nominal=False` only when
    the item starts with a deverbal task noun ("Обязательное введение ..." → введение).
    Offsets index into `text`, and `text[start:end] == action.text`.
    """
    if not text or not text.strip():
        return []
    toks = tokenize(text, WORD_TOKENS, quote_spans(text, brackets=True), opaque_kind="masked")
    if toks and toks[-1].kind == "word" and is_cut_off(toks[-1].text):
        # "... Разработа": a page cut mid-word names no action; "заключитьдог": the infinitive glued before the cut does
        glued = glued_infinitive(toks[-1].text) if len(toks[-1].text) >= _GLUED_MIN else None
        toks = split_words(toks, {len(toks) - 1: glued})[:-1] if glued else toks[:-1]
    verbal = _verbal_actions(toks)
    # a glued word before the first action found may hide an earlier verb ("продолжитьработу",
    # "разработатьусловия ..., развернуть ..."); most items have none, and their tokens are not split
    first = verbal[0][1] if verbal else len(text)
    if first:  # most items open with their verb: nothing before it to split
        n = next((k for k, t in enumerate(toks) if t.start >= first), len(toks))
        cuts = _glued_cuts(toks, 0, n)
        if cuts:  # the tokens after the first action are looked at only when one before it was glued
            verbal = _verbal_actions(split_words(toks, cuts | _glued_cuts(toks, n, len(toks))))
    if verbal:
        return verbal
    if CONTROL_CLAUSE.match(text):
        return []  # "Контроль за исполнением настоящего ..." cut before its verb is no task
    return _nominal_actions(toks, strict=not nominal)


def _glued_cuts(toks: list[Token], start: int, stop: int) -> dict[int, tuple[int, int]]:
    """"продолжитьработу": a lost space between an infinitive and its neighbour, among toks[start:stop];
    `split_words` makes the infinitive a token of its own, its text the printed substring (SPEC §6,
    glued words). Nearly every item has none."""
    return {k: cut for k in range(start, stop)
            if len((t := toks[k]).text) >= _GLUED_MIN and t.kind == "word" and (cut := glued_infinitive(t.text)) is not None}


