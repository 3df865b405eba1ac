"""Text repair before analysis (`text.repair`): each rule on phrases of its own class, spans mapped
back onto the text as read, and documents with look-alike letters, entities and odd spaces giving
the directives of their clean text."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from resextract.text.repair import repair

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
BACK = str.maketrans("асеорхуАВСЕНКМОРТХ", "aceopxyABCEHKMOPTX")


@pytest.mark.parametrize("text, repaired, rules", [
    ("Отделу кадров oбеспечить проверку", "Отделу кадров обеспечить проверку", ("latin_lookalike",)),
    ("ПPИKAЗЫBAЮ:", "ПРИКАЗЫВАЮ:", ("latin_lookalike",)),
    ("срок исполнения c 1 марта", "срок исполнения с 1 марта", ("latin_lone_letter",)),
    ("мероприятия o ходе работ", "мероприятия о ходе работ", ("latin_lone_letter",)),
    ("школа&nbsp;№&nbsp;12 &laquo;Радуга&raquo; &#8212; лицей", "школа № 12 «Радуга» — лицей", ("entity",)),
    ("обще\u00adобразовательных учреждений", "общеобразовательных учреждений", ("soft_hyphen",)),
    ("до\u00a01\u00a0сентября\u202f2025", "до 1 сентября 2025", ("no_break_space",)),
    ("при\u200bказ\u2060 и\ufeff решение", "приказ и решение", ("zero_width",)),
])
def test_each_repair(text: str, repaired: str, rules: tuple[str, ...]) -> None:
    result = repair(text)
    assert result.text == repaired and result.rules == rules


@pytest.mark.parametrize("text", [
    "версия Microsоft Office 2016",  # a Latin word with a Cyrillic о: not a Russian word
    "пункты a), b) и c) положения",  # Latin list labels
    "раздел X, глава IV",  # Roman numerals
    "сайт school.ru и e-mail",
    "ООО «Ромашка» и ИП Петров",
])
def test_text_without_artefacts_is_left_alone(text: str) -> None:
    result = repair(text)
    assert result.text == text and result.starts is None


@given(st.text(alphabet="abcoxyBOАБВоесд .\u00ad\u00a0\u200b&;nbsp#1", max_size=60))
def test_spans_of_the_repaired_text_map_back_onto_the_original(text: str) -> None:
    result = repair(text)
    if result.starts is None:
        assert result.text == text
        return
    starts = list(result.starts)
    assert len(starts) == len(result.text) + 1 and starts[-1] == len(text)
    assert starts == sorted(starts) and all(0 <= s <= len(text) for s in starts)
    for i, ch in enumerate(result.text):  # each character comes from its own, or from an entity
        source = text[starts[i]]
        assert source == ch or source == "&" or ch == " " or ch.translate(BACK) == source


@given(st.text(alphabet="abcoxyBOCK АБВоесд.\n\u00ad\u00a0&;nbsp", max_size=40))
def test_the_cue_admits_every_text_a_repair_changes(text: str) -> None:
    assert repair(text) == repair(text, cue=False)


def test_spans_of_whole_words_slice_the_original() -> None:
    text = "Управлению oбразования (&laquo;УО&raquo;) o\u00adбеспечить подвоз"
    result = repair(text)
    word = result.text.index("обеспечить")
    a, b = result.original_span(word, word + len("обеспечить"))
    assert text[a:b] == "o\u00adбеспечить"
    assert result.as_printed("обеспечить подвоз", 0, len(text)) == "oбеспечить подвоз"


def signature(resolution) -> list[tuple]:
    return [(d.number, d.kind, [a.normal for a in d.addressees], [a.lemma for a in d.actions],
             (d.deadline.kind, d.deadline.start, d.deadline.end) if d.deadline else None)
            for d in resolution.directives]


LATIN = str.maketrans("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX")


def damaged(text: str) -> str:
    """`text` as OCR and copy-paste leave it: every third Cyrillic look-alike letter Latin, spaces
    after "№" and in dates no-break, long words with soft hyphens, quotes as entities."""
    out, k = [], 0
    for ch in text:
        if ch in "аеорсхуАВЕКМНОРСТХ":
            k += 1
            out.append(ch.translate(LATIN) if k % 3 == 0 else ch)
        else:
            out.append(ch)
    text = "".join(out).replace("№ ", "№\u00a0").replace("«", "&laquo;").replace("»", "&raquo;")
    return " ".join(w[:5] + "\u00ad" + w[5:] if len(w) > 12 and w.isalpha() else w for w in text.split(" "))


@pytest.mark.parametrize("doc", sorted(p.stem for p in RAW.glob("*.txt")))
def test_damaged_documents_give_the_directives_of_the_clean_text(pipeline, doc: str) -> None:
    text = (RAW / f"{doc}.txt").read_text(encoding="utf-8")
    broken = damaged(text)
    assert broken != text
    got = pipeline.extract(broken)
    assert signature(got) == signature(pipeline.extract(text))
    for d in got.directives:  # spans index the text as read, and the text is quoted as printed
        assert 0 <= d.span[0] < d.span[1] <= len(broken)
