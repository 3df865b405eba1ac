"""The one door to natasha (NER and span normalisation), loaded lazily once per process.

natasha 1.6 runs on the unmaintained pymorphy2, which imports `pkg_resources` (setuptools < 81) and
is patched by yargy at import; none of that leaks out of this module. The project's own morphology
stays on pymorphy3 (morph.py).
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import ModelLoadError


@dataclass(frozen=True)
class NamedSpan:
    start: int
    end: int
    type: str  # PER | LOC | ORG
    text: str
    normal: str


@dataclass(frozen=True)
class _Models:
    segmenter: Any
    morph_vocab: Any
    morph_tagger: Any
    ner_tagger: Any
    doc_class: Any


@lru_cache(maxsize=1)
def _models() -> _Models:
    try:
        with warnings.catch_warnings():
            # pymorphy2 (under natasha) imports the deprecated pkg_resources
            warnings.simplefilter("ignore", UserWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            import natasha
    except ImportError as exc:
        hint = "pip install 'setuptools<81'" if "pkg_resources" in str(exc) else "pip install natasha"
        raise ModelLoadError("natasha", f"{exc}. Try: {hint}") from exc
    embedding = natasha.NewsEmbedding()
    return _Models(
        segmenter=natasha.Segmenter(),
        morph_vocab=natasha.MorphVocab(),
        morph_tagger=natasha.NewsMorphTagger(embedding),
        ner_tagger=natasha.NewsNERTagger(embedding),
        doc_class=natasha.Doc,
    )


def named_spans(text: str) -> tuple[NamedSpan, ...]:
    """natasha's NER spans of a short text, each with its normal (nominative) form."""
    if not text.strip():
        return ()
    models = _models()
    doc = models.doc_class(text)
    doc.segment(models.segmenter)
    doc.tag_morph(models.morph_tagger)
    doc.tag_ner(models.ner_tagger)
    out = []
    for span in doc.spans:
        span.normalize(models.morph_vocab)
        out.append(NamedSpan(span.start, span.stop, span.type, span.text, span.normal or span.text))
    return tuple(out)


def locations(text: str) -> list[NamedSpan]:
    return [s for s in named_spans(text) if s.type == "LOC"]
