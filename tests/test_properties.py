"""Property tests: no input crashes the pipeline, and every span points back into the source."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from resextract.models import Resolution
from resextract.text.reader import decode_bytes
from resextract.errors import InputError
from resextract.text.lines import clean_text

# Building blocks of resolution texts, so random documents reach deep into the segmenter.
FRAGMENTS = [
    "РЕЗОЛЮЦИЯ", "ПРИКАЗЫВАЮ:", "решили:", "Участники конференции рекомендуют:", "Определены задачи:",
    "Руководителям образовательных организаций:", "1.", "1.1.", "2)", "- ", "• ", "- 1.", "12",
    "Обеспечить участие школ в олимпиаде", "провести семинар до 1 сентября 2024 г.;",
    "Срок исполнения: постоянно.", "Срок: IV квартал 2024 г.", "[bookmark: _GoBack]", "**",
    "Контроль за исполнением приказа возложить на заместителя начальника Петрову А.А.",
    "указа Президента Российской Федерации от 7 мая 2024 г. № 309 «О целях»", "«Учитель года»",
    "Настоящее решение вступает в силу со дня подписания.", "Глава района И.И. Иванов",
    "Повышение качества образования.", ":", ";", ".", "(", ")", "«", "»", "\"",
]
texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)),
    max_size=30,
).map(lambda parts: "".join(p + (" " if i % 3 else "\n") for i, p in enumerate(parts)))


def _check(resolution: Resolution, text: str) -> None:
    Resolution.model_validate(resolution.model_dump())
    for d in resolution.directives:
        start, end = d.span
        assert 0 <= start <= end <= len(text)
        source = clean_text(text[start:end])
        # the item's text (artefacts and the label removed) is a slice of its cleaned span
        words = re.findall(r"\w+", d.text)
        if words:
            assert words[0] in source and words[-1] in source


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_structured_random_documents(pipeline, text: str) -> None:
    _check(pipeline.extract(text, doc_id="random"), text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_unicode(pipeline, text: str) -> None:
    _check(pipeline.extract(text, doc_id="random"), text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
@example(b"\xe9\xcc\xc1")  # koi8-r "Ила": natasha tags it a place, the city rules find it implausible
def test_arbitrary_bytes_through_reader(pipeline, data: bytes) -> None:
    try:
        decoded = decode_bytes(data, "random.txt")
    except InputError:
        return  # rejected with a clear error: that is the contract for binary input
    _check(pipeline.extract(decoded.text, doc_id="random", encoding=decoded.encoding), decoded.text)


def test_spans_slice_back_on_real_documents(pipeline, raw_dir) -> None:
    for path in sorted(raw_dir.glob("*.txt")):
        resolution = pipeline.extract_file(path)
        text = decode_bytes(path.read_bytes()).text
        assert resolution.directives, path.name
        for d in resolution.directives:
            cleaned = clean_text(text[d.span[0]:d.span[1]])
            assert cleaned.endswith(d.text[-10:].strip()) or d.text[-10:].strip() in cleaned, (path.name, d.ordinal)


_DEBRIS_PIECES = st.sampled_from(
    ["р", "е", "к", "Ж", "1", "_", " ", "  ", "\t", "\n", "\u00a0", "\u00ad", "|", "**", "*",
     "[bookmark: _GoBack]", "[bookmark", "слово", ".", "ё"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_DEBRIS_PIECES, max_size=25).map("".join))
@example("р е к о")  # letter-spacing at the end of a line: no space after the last letter
@example("Ж е к о м е н д у ю т:")
@example("графа | графа")
@example("[bookmark: _GoBack]1. Провести")
@example("сло\u00adво")
def test_clean_text_prefilter_skips_only_lines_the_rules_leave_unchanged(text: str) -> None:
    """clean_text runs its artefact rules only when a cheap search finds a trigger; the result must
    equal running every rule on every line."""
    from resextract.lexicons.patterns import ARTEFACTS, LETTER_SPACED

    reference = text
    for _, pattern, replacement in ARTEFACTS:
        reference = pattern.sub(replacement, reference)
    reference = LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), reference)
    assert clean_text(text) == re.sub(r"\s+", " ", reference).strip()
