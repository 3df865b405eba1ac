"""Records drawn inline in Jupyter (`_repr_html_`) and `resextract.show` outside it, parsed back
with html.parser: every directive's span is marked once and labelled, long texts are cut with a
line that says so, and nothing is loaded from outside."""
from __future__ import annotations

import gc
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import resextract
from resextract.models import Resolution
from resextract.review import display
from resextract.review.format import directive_label

DOC = "006_akmola-prikaz-doshkolnye-2020"
EXTERNAL = re.compile(r"<(?:script|link|style|img|iframe|object)\b|\b(?:src|href)=|url\(|https?:", re.I)


class Fragment(HTMLParser):
    """Text inside each directive's marks (labels left out), the labels, the text outside marks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marked: dict[str, list[str]] = {}
        self.labels: list[str] = []
        self.text: list[str] = []  # everything inside the text box, labels left out
        self._marks: list[str] = []
        self._depth = 0  # open elements inside the text box (0: outside it)
        self._in_label = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if self._depth:
            self._depth += 1
        elif tag == "div" and "white-space:pre-wrap" in a.get("style", ""):
            self._depth = 1
        if tag == "mark":
            self._marks.append(a["data-d"])
        if tag == "span" and "user-select:none" in a.get("style", "") and self._marks:
            self._in_label = True

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1
        if tag == "mark":
            self._marks.pop()
        if tag == "span":
            self._in_label = False

    def handle_data(self, data: str) -> None:
        if self._in_label:
            self.labels.append(data)
            return
        if self._depth:
            self.text.append(data)
        if self._marks:
            self.marked.setdefault(self._marks[-1], []).append(data)


def parse(html: str) -> Fragment:
    page = Fragment()
    page.feed(html)
    page.close()
    return page


@pytest.fixture(scope="module")
def record(raw_dir: Path) -> Resolution:
    return resextract.extract_file(raw_dir / f"{DOC}.txt")


def test_document_is_drawn_with_every_directive_marked_and_labelled(record: Resolution, raw_dir: Path) -> None:
    html = record._repr_html_()
    page = parse(html)
    text = (raw_dir / f"{DOC}.txt").read_text(encoding="utf-8")
    assert "".join(page.text) == text
    assert record.directives
    for d in record.directives:
        assert "".join(page.marked[str(d.ordinal)]) == text[d.span[0]:d.span[1]]
    assert len(page.labels) == len(record.directives)
    assert page.labels[0].startswith(f"№{record.directives[0].number}")
    assert not EXTERNAL.search(html)


def test_compact_repr_stays(record: Resolution) -> None:
    assert repr(record).startswith(f"Resolution('{DOC}', ")
    assert "\n" not in repr(record) and "<" not in repr(record)


def test_directive_is_drawn_with_its_label_and_fields(record: Resolution) -> None:
    d = record.directives[0]
    html = d._repr_html_()
    page = parse(html)
    assert "".join(page.marked[str(d.ordinal)]) == d.text
    assert page.labels == [directive_label(d)]
    assert d.action is None or d.action.lemma in html
    assert not EXTERNAL.search(html)


def test_long_document_is_cut_and_says_so() -> None:
    items = "\n".join(f"{i}. Отделу образования провести проверку школ района № {i} до 1 июня 2025 года."
                      for i in range(1, 400))
    text = f"ПРИКАЗЫВАЮ:\n{items}\n"
    res = resextract.extract(text, doc_id="long")
    assert len(res.directives) > display.ROW_LIMIT
    html = res._repr_html_()
    page = parse(html)
    shown = "".join(page.text)
    assert display.LIMIT <= len(shown) <= display.LIMIT + display.CUT_SLACK
    assert text.startswith(shown)
    assert f"showing the first {len(shown):,} of {len(text):,} characters" in html
    assert f"and {len(res.directives) - display.ROW_LIMIT} more directives" in html
    assert len(html) < 250_000
    whole = parse(display.resolution_html(res, limit=None))
    assert "".join(whole.text) == text


def test_text_of_extract_is_remembered_while_the_record_lives() -> None:
    res = resextract.extract("РЕШИЛИ:\n1. Школам провести собрание.\n", doc_id="t")
    assert "Школам провести собрание" in "".join(parse(res._repr_html_()).text)
    before = len(display._texts)
    del res
    gc.collect()
    assert len(display._texts) == before - 1


def test_record_without_text_shows_its_table(record: Resolution, tmp_path: Path) -> None:
    copy = Resolution.model_validate_json(record.model_dump_json())
    copy.source = str(tmp_path / "gone.txt")
    html = copy._repr_html_()
    assert "source text not available" in html
    assert html.count("<tr>") == len(record.directives) + 1


def test_show_outside_jupyter_writes_the_review_page(record: Resolution, capsys) -> None:
    path = resextract.show(record, browser=False)
    assert path is not None and path.suffix == ".html"
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and f"<h1>{DOC}</h1>" in page
    assert path.as_uri() in capsys.readouterr().out
    one = resextract.show(record.directives[0], browser=False)
    assert record.directives[0].text.split()[0] in one.read_text(encoding="utf-8")
