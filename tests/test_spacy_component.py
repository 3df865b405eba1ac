"""The spaCy component: spans against the records, Doc round trips, two-process nlp.pipe."""
from __future__ import annotations

import pickle
from html.parser import HTMLParser
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")
from spacy import displacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

import resextract.spacy_component  # noqa: E402,F401 - registers the "resextract" factory
from resextract.models import Directive, Resolution  # noqa: E402
from resextract.text.reader import read_file  # noqa: E402

DOCS = ("001_27408a7706993244", "006_akmola-prikaz-doshkolnye-2020",
        "012_moskva-cheremushki-publichnye-slushaniya-2009", "027_khabarovsk-prikaz-konkurs-simvolika-2009")


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("ru")
    nlp.add_pipe("resextract")
    return nlp


@pytest.fixture(scope="module")
def texts(raw_dir: Path) -> list[str]:
    return [read_file(raw_dir / f"{stem}.txt").text for stem in DOCS]


def check_doc(doc: Doc, expected: Resolution) -> None:
    res = doc._.resolution
    assert isinstance(res, Resolution)
    assert res == expected
    spans = doc.spans["directives"]
    assert len(spans) == len(res.directives)
    for span, d in zip(spans, res.directives):
        assert span.label_ == d.kind
        assert isinstance(span._.directive, Directive)
        assert span._.directive == d
        # "expand" alignment: the token span covers the record's span; pipeline spans start and
        # end on token boundaries, so they match exactly.
        assert span.start_char <= d.span[0] and d.span[1] <= span.end_char
        assert (span.start_char, span.end_char) == tuple(d.span)
        assert span.text == doc.text[d.span[0]:d.span[1]]


def test_component_sets_spans_and_records(nlp, texts, pipeline) -> None:
    for text in texts:
        check_doc(nlp(text), pipeline.extract(text, doc_id="doc"))


def test_factory_config_and_doc_id(nlp, texts, pipeline) -> None:
    assert "resextract" in nlp.pipe_names
    assert nlp.get_pipe_meta("resextract").factory == "resextract"
    doc = nlp.make_doc(texts[1])
    doc._.doc_id = "akmola"
    doc = nlp(doc)
    assert doc._.resolution.doc_id == "akmola"
    assert doc.spans["directives"][0]._.directive.id == "akmola#1"
    other = spacy.blank("ru")
    other.add_pipe("resextract", config={"spans_key": "sc", "doc_id": "x"})
    assert len(other(texts[1]).spans["sc"]) == len(pipeline.extract(texts[1]).directives)


def test_unprocessed_doc_has_no_records() -> None:
    doc = spacy.blank("ru")("Просто текст.")
    assert doc._.resolution is None
    assert doc[0:1]._.directive is None


class SpanMarkup(HTMLParser):
    """What displaCy's span style marks in its HTML: the text of every token drawn inside a span
    (a bold inline block), and at each span's first token a label box holding the label and a
    link whose text is the span's kb_id (the directive id)."""

    def __init__(self) -> None:
        super().__init__()
        self.tokens: list[str] = []
        self.starts: list[tuple[int, str, str]] = []  # (index in tokens, label, kb_id)
        self._open: list[str] = []  # role of each open element
        self._label = self._link = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        style = dict(attrs).get("style") or ""
        role = ("token" if "font-weight: bold; display: inline-block" in style
                else "label" if "z-index: 10" in style
                else "link" if tag == "a" and "label" in self._open else "other")
        if role == "token":
            self.tokens.append("")
        elif role == "label":
            self._label = self._link = ""
        self._open.append(role)

    def handle_endtag(self, tag: str) -> None:
        if self._open.pop() == "label":
            self.starts.append((len(self.tokens) - 1, self._label.strip(), self._link.strip()))

    def handle_data(self, data: str) -> None:
        role = self._open[-1] if self._open else ""
        if role == "token":
            self.tokens[-1] += data.strip()
        elif role == "label":
            self._label += data
        elif role == "link":
            self._link += data


def test_displacy_marks_each_directive_with_its_kind_id_and_tokens(nlp, texts) -> None:
    for text in texts:
        doc = nlp(text)
        directives = sorted(doc._.resolution.directives, key=lambda d: d.span)
        assert directives
        markup = SpanMarkup()
        markup.feed(displacy.render(doc, style="span", options={"spans_key": "directives"}, jupyter=False))
        # one label box per directive, in text order, with its kind and id
        assert [(label, kb_id) for _, label, kb_id in markup.starts] == [(d.kind, d.id) for d in directives]
        # the marked tokens are exactly the directives' tokens (directive spans do not overlap) ...
        ends = [d.span[1] for d in directives]
        assert all(end <= d.span[0] for end, d in zip(ends, directives[1:]))
        assert markup.tokens == [t.text for d in directives for t in doc.char_span(*d.span)]
        # ... and each directive's run of tokens spells its span of the text, spaces aside
        bounds = [i for i, _, _ in markup.starts] + [len(markup.tokens)]
        for d, start, end in zip(directives, bounds, bounds[1:]):
            marked = "".join(markup.tokens[start:end])  # a token may hold a space ("и др.")
            assert "".join(marked.split()) == "".join(text[d.span[0]:d.span[1]].split())


def test_doc_bytes_round_trip(nlp, texts) -> None:
    doc = nlp(texts[0])
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    check_doc(again, doc._.resolution)


def test_records_are_picklable(nlp, texts) -> None:
    res = nlp(texts[0])._.resolution
    assert pickle.loads(pickle.dumps(res)) == res
    assert pickle.loads(pickle.dumps(res.directives[0])) == res.directives[0]


@pytest.mark.slow
def test_pipe_with_two_processes(nlp, texts, pipeline) -> None:
    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))
    assert len(docs) == len(texts)
    for doc, text in zip(docs, texts):
        assert doc.text == text
        check_doc(doc, pipeline.extract(text, doc_id="doc"))


def test_nlp_serialises(nlp, texts) -> None:
    copy = spacy.blank("ru").from_bytes(nlp.to_bytes())
    assert "resextract" not in copy.pipe_names  # from_bytes keeps the receiver's pipeline ...
    restored = spacy.blank("ru", config=nlp.config)  # ... the config rebuilds it
    assert restored.pipe_names == ["resextract"]
    assert len(restored(texts[3]).spans["directives"]) == len(nlp(texts[3]).spans["directives"])


def _entry_point_installed() -> bool:
    from importlib.metadata import entry_points

    return any(ep.name == "resextract" for ep in entry_points(group="spacy_factories"))


@pytest.mark.slow
@pytest.mark.skipif(not _entry_point_installed(), reason="spacy_factories entry point not installed "
                    "(pyproject [project.entry-points.spacy_factories], then pip install -e .)")
def test_entry_point_finds_the_factory_without_an_import() -> None:
    import subprocess
    import sys

    code = ("import spacy; nlp = spacy.blank('ru'); nlp.add_pipe('resextract'); "
            "doc = nlp('приказываю:\\n1. Утвердить план.\\n2. Провести конкурс.\\n'); "
            "print(len(doc.spans['directives']))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) >= 1


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
def test_doc_from_file_reads_any_format(nlp, raw_dir: Path, tmp_path: Path, pipeline, fmt: str) -> None:
    import docgen
    from resextract.spacy_component import doc_from_file

    path = tmp_path / f"{DOCS[1]}.{fmt}"
    path.write_bytes(docgen.WRITERS[fmt]((raw_dir / f"{DOCS[1]}.txt").read_text(encoding="utf-8")))
    doc = doc_from_file(nlp, path)
    expected = pipeline.extract_file(path)
    assert doc.text == read_file(path).text
    assert doc._.resolution.format == fmt and doc._.doc_id == DOCS[1]
    assert [d.span for d in doc._.resolution.directives] == [d.span for d in expected.directives]
    assert len(doc.spans["directives"]) == len(expected.directives)
