"""spaCy pipeline component "resextract": directive records as spans of a `Doc`.

    >>> import spacy, resextract.spacy_component
    >>> nlp = spacy.blank("ru")
    >>> nlp.add_pipe("resextract")
    >>> doc = nlp(text)
    >>> doc.spans["directives"]          # one span per directive, label = kind
    >>> doc.spans["directives"][0]._.directive, doc._.resolution
    >>> spacy.displacy.render(doc, style="span", spans_key="directives")
    >>> doc = resextract.spacy_component.doc_from_file(nlp, "order.docx")  # any format resextract reads

Importing this module registers the factory (the package's `spacy_factories` entry point
makes spaCy import it on `add_pipe("resextract")` without an explicit import).

The records live in `doc.user_data` as plain JSON (what `Resolution.model_dump(mode="json")`
gives), and the `._.resolution` / `._.directive` extensions are getters that rebuild the
pydantic objects from it. Why: `nlp.pipe(..., n_process=2)` ships docs between processes
with `Doc.to_bytes()`, which msgpacks `user_data`; pydantic objects would not survive that.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .models import Directive, Resolution

FACTORY = "resextract"
SPANS_KEY = "directives"
# doc.user_data keys (strings, so they msgpack): the resolution as JSON; doc_id to extract under;
# what `doc_from_file` read (format, encoding, the reader's warnings).
_RESOLUTION_KEY = "resextract.resolution"
_DOC_ID_KEY = "resextract.doc_id"
_SOURCE_KEY = "resextract.source"


def _get_resolution(doc: Doc) -> Resolution | None:
    data = doc.user_data.get(_RESOLUTION_KEY)
    return None if data is None else Resolution.model_validate(data)


def _get_directive(span: Span) -> Directive | None:
    # kb_id carries the directive id ("{doc_id}#{ordinal}"); its string travels with the Doc.
    data = span.doc.user_data.get(_RESOLUTION_KEY)
    if data is None or not span.kb_id_:
        return None
    for directive in data["directives"]:
        if directive["id"] == span.kb_id_:
            return Directive.model_validate(directive)
    return None


def _get_doc_id(doc: Doc) -> str | None:
    return doc.user_data.get(_DOC_ID_KEY)


def _set_doc_id(doc: Doc, value: str | None) -> None:
    doc.user_data[_DOC_ID_KEY] = value


def _register_extensions() -> None:
    # force=True: re-importing (autoreload, a spawned worker) must not fail on existing names.
    Doc.set_extension("resolution", getter=_get_resolution, force=True)
    Doc.set_extension("doc_id", getter=_get_doc_id, setter=_set_doc_id, force=True)
    Span.set_extension("directive", getter=_get_directive, force=True)


_register_extensions()


class ResextractComponent:
    """Runs the resextract pipeline on `doc.text` and maps each directive's span to tokens.

    `doc._.doc_id` (settable before the component runs) names the document, else `doc_id`.
    Spans are expanded to whole tokens (`alignment_mode="expand"`); a directive whose span
    covers no token (impossible for pipeline output, possible for hand-made records) gets no
    span but stays in `doc._.resolution`.
    """

    def __init__(self, name: str = FACTORY, spans_key: str = SPANS_KEY, doc_id: str = "doc") -> None:
        self.name = name
        self.spans_key = spans_key
        self.doc_id = doc_id

    def __call__(self, doc: Doc) -> Doc:
        from .pipeline import get_pipeline  # lazy: building the nlp object stays cheap

        source = doc.user_data.get(_SOURCE_KEY) or {}
        resolution = get_pipeline().extract(doc.text, doc_id=doc._.doc_id or self.doc_id,
                                            source=source.get("path"), encoding=source.get("encoding", "utf-8"))
        if source:
            resolution.format = source["format"]
            resolution.warnings[:0] = source["warnings"]
        return self.set_annotations(doc, resolution)

    def set_annotations(self, doc: Doc, resolution: Resolution) -> Doc:
        """Attach `resolution` (whose spans index `doc.text`) to `doc`."""
        doc.user_data[_RESOLUTION_KEY] = resolution.model_dump(mode="json")
        spans = []
        for d in resolution.directives:
            span = doc.char_span(d.span[0], d.span[1], label=d.kind, kb_id=d.id,
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    # No state to save: the pipeline is rule-based and loads its models lazily.
    def to_bytes(self, *, exclude: Any = ()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Any = ()) -> ResextractComponent:
        return self

    def to_disk(self, path: Any, *, exclude: Any = ()) -> None:
        return None

    def from_disk(self, path: Any, *, exclude: Any = ()) -> ResextractComponent:
        return self


def doc_from_file(nlp: Language, path: str | os.PathLike[str], doc_id: str | None = None) -> Doc:
    """Run `nlp` on a document file of any format resextract reads (.txt in any Cyrillic encoding,
    .docx, .odt, .rtf, .pdf, .html): `doc.text` is the text the records' spans index, and
    `doc._.resolution` names the format read, as `extract_file` does."""
    from .text.reader import read_file

    decoded = read_file(path)
    doc = nlp.make_doc(decoded.text)
    doc._.doc_id = doc_id or Path(path).stem
    doc.user_data[_SOURCE_KEY] = {"path": str(path), "format": decoded.format,
                                  "encoding": decoded.encoding, "warnings": list(decoded.warnings)}
    return nlp(doc)


@Language.factory(
    FACTORY,
    default_config={"spans_key": SPANS_KEY, "doc_id": "doc"},
    assigns=["doc.spans", "doc._.resolution", "span._.directive"],
)
def make_resextract(nlp: Language, name: str, spans_key: str, doc_id: str) -> ResextractComponent:
    return ResextractComponent(name=name, spans_key=spans_key, doc_id=doc_id)
