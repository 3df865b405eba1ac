"""The HTML review report: parsed back with html.parser, nothing depends on extraction quality."""
from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
import typer
from typer.testing import CliRunner

from resextract.cli.review import register
from resextract.io.engines import run_outcomes
from resextract.io.inputs import discover, with_sources
from resextract.models import Addressee, Deadline, Directive, Resolution
from resextract.review.html import (
    INDEX, ReportWriter, highlight, page_name, render_document, write_reports,
)

REPO = Path(__file__).resolve().parent.parent
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:|//)", re.I)  # http:, https:, data:, //host ...


class Page(HTMLParser):
    """Collects what the tests look at: highlighted text per directive, links, ids, tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: dict[str, list[str]] = {}  # data-d → text pieces inside its marks
        self.first_marks: list[str] = []  # data-d of marks that carry the id="d-N" anchor
        self.ids: list[str] = []
        self.links: list[tuple[str, str]] = []  # (tag, href/src value)
        self.tags: set[str] = set()
        self.styles: list[str] = []
        self.row_links: dict[str, list[str]] = {}  # tr id → hrefs inside the row
        self.mark_links: dict[str, list[str]] = {}  # mark id → hrefs inside it
        self.source: list[str] = []  # text inside <div class="source">
        self._open: list[str] = []  # data-d of the marks open now
        self._stack: list[tuple[str, dict]] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.add(tag)
        if "id" in a:
            self.ids.append(a["id"])
        for key in ("href", "src", "srcset", "action", "poster", "data"):
            if key in a:
                self.links.append((tag, a[key]))
        if "href" in a:
            for open_tag, open_attrs in self._stack:
                if open_tag == "tr":
                    self.row_links.setdefault(open_attrs.get("id", ""), []).append(a["href"])
                if open_tag == "mark" and open_attrs.get("id"):
                    self.mark_links.setdefault(open_attrs["id"], []).append(a["href"])
        if tag == "style":
            self._in_style = True
        if tag == "mark":
            self._open.append(a["data-d"])
            if a.get("id"):
                self.first_marks.append(a["data-d"])
        if tag not in VOID:
            self._stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        assert self._stack and self._stack[-1][0] == tag, f"</{tag}> closes {self._stack[-1:]}"
        self._stack.pop()
        if tag == "mark":
            self._open.pop()
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if any(tag == "div" and attrs.get("class") == "source" for tag, attrs in self._stack):
            self.source.append(data)
        if self._in_style:
            self.styles.append(data)
        for d in self._open:
            self.marks.setdefault(d, []).append(data)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert not page._stack, f"unclosed tags: {page._stack}"
    return page


def assert_self_contained(page: Page) -> None:
    assert not page.tags & {"script", "link", "img", "iframe", "object", "embed", "base", "form"}
    for tag, value in page.links:
        assert not EXTERNAL.match(value), f"<{tag}> points outside: {value}"
    css = "\n".join(page.styles)
    assert "@import" not in css
    assert "url(" not in css


@pytest.fixture(scope="module")
def documents(raw_dir: Path) -> list[tuple[Resolution, str]]:
    # the engine's records, each with its source text read again (as the pages read it)
    return list(with_sources(run_outcomes(discover(raw_dir), jobs=1)))


@pytest.fixture(scope="module")
def report_dir(tmp_path_factory: pytest.TempPathFactory, documents) -> Path:
    out = tmp_path_factory.mktemp("report")
    write_reports([r for r, _ in documents], {r.doc_id: t for r, t in documents}, out)
    return out


def pages_of(report_dir: Path) -> dict[str, Page]:
    index = parse((report_dir / INDEX).read_text(encoding="utf-8"))
    hrefs = [unquote(v) for tag, v in index.links if tag == "a"]
    return {href: parse((report_dir / href).read_text(encoding="utf-8")) for href in hrefs}


def test_every_span_is_highlighted_exactly_once(report_dir: Path, documents) -> None:
    pages = pages_of(report_dir)
    assert len(pages) == len(documents)
    used: set[str] = set()
    for res, text in documents:
        page = pages[page_name(res.doc_id, used)]
        assert sorted(page.first_marks, key=int) == [str(d.ordinal) for d in res.directives]
        for d in res.directives:
            assert "".join(page.marks[str(d.ordinal)]) == text[d.span[0]:d.span[1]], d.id
        # Labels are CSS-generated, so the page's text is the source, nothing lost or added.
        assert "".join(page.source) == text


def test_rows_and_highlights_link_to_each_other(report_dir: Path, documents) -> None:
    used: set[str] = set()
    for res, _ in documents:
        page = parse((report_dir / page_name(res.doc_id, used)).read_text(encoding="utf-8"))
        for d in res.directives:
            n = d.ordinal
            assert f"d-{n}" in page.ids and f"r-{n}" in page.ids
            assert f"#d-{n}" in page.row_links[f"r-{n}"]
            assert f"#r-{n}" in page.mark_links[f"d-{n}"]
        assert len(page.ids) == len(set(page.ids)), "duplicate ids"


def test_pages_load_nothing_from_outside(report_dir: Path) -> None:
    files = sorted(report_dir.glob("*.html"))
    assert len(files) > 1
    for path in files:
        html = path.read_text(encoding="utf-8")
        assert_self_contained(parse(html))
        assert "Content-Security-Policy" in html


def test_index_links_every_page_with_counts(report_dir: Path, documents) -> None:
    index_html = (report_dir / INDEX).read_text(encoding="utf-8")
    index = parse(index_html)
    hrefs = {unquote(v) for tag, v in index.links if tag == "a"}
    pages = {p.name for p in report_dir.glob("*.html")} - {INDEX}
    assert hrefs == pages
    for res, _ in documents:
        assert f">{res.doc_id}</a>" in index_html
    total = sum(len(r.directives) for r, _ in documents)
    assert f"{len(documents)} documents, {total} directives" in index_html


def _directive(ordinal: int, span: tuple[int, int], **fields) -> Directive:
    return Directive(id=f"x#{ordinal}", ordinal=ordinal, kind=fields.pop("kind", "instruction"),
                     text="t", span=span, **fields)


def test_everything_is_escaped() -> None:
    text = ('Начало <script>alert("x")</script> & «тест» <b>жирный</b>\n'
            "1. <img src=http://evil/x.png> провести")
    start = text.index("1.")
    hostile = '"><script src="https://evil/x.js"></script>'
    res = Resolution(
        doc_id='doc<">&', title=hostile, place=hostile, warnings=[hostile],
        directives=[_directive(
            1, (start, len(text)), number='1"><b>', section=hostile,
            addressees=[Addressee(text=hostile, normal=hostile, source="inline", person=hostile)],
            deadline=Deadline(text=hostile, kind="date"),
        )],
    )
    page = parse(render_document(res, text))
    assert_self_contained(page)
    assert "img" not in page.tags
    assert "".join(page.source) == text  # the markup in the text came through as text
    assert "".join(page.marks["1"]) == text[start:]


def test_nested_and_crossing_spans_stay_well_formed() -> None:
    text = "0123456789abcdefghij"
    directives = [_directive(1, (0, 10)), _directive(2, (2, 5), kind="task"),
                  _directive(3, (8, 15), kind="decision"), _directive(4, (15, 20)),
                  _directive(5, (30, 40))]  # outside the text: clipped to nothing
    page = parse(f"<div>{highlight(text, directives)}</div>")
    for d in directives[:4]:
        assert "".join(page.marks[str(d.ordinal)]) == text[d.span[0]:d.span[1]]
    assert sorted(page.first_marks) == ["1", "2", "3", "4"]


def test_missing_source_and_errors_still_listed(tmp_path: Path) -> None:
    res = Resolution(doc_id="gone", source=str(tmp_path / "missing.txt"),
                     directives=[_directive(1, (0, 5))])
    error = {"path": "bad.txt", "doc_id": "bad", "code": "binary", "message": "looks like <binary>"}
    index = write_reports([res, error], None, tmp_path / "out")
    html = index.read_text(encoding="utf-8")
    assert "bad" in html and "looks like &lt;binary&gt;" in html
    page = (tmp_path / "out" / "gone.html").read_text(encoding="utf-8")
    assert "source text not available" in page


def test_page_names_are_unique_and_flat() -> None:
    used: set[str] = set()
    names = [page_name(x, used) for x in ("a/b", "a_b", "index", "../up", "Решение 1")]
    assert len(set(names)) == len(names)
    assert INDEX not in names
    assert all("/" not in n and not n.startswith(".") for n in names)


def test_writer_reads_the_source_when_no_text_is_given(tmp_path: Path, documents) -> None:
    res, text = documents[0]
    writer = ReportWriter(tmp_path)
    path = writer.add(res)  # text re-read from res.source
    writer.close()
    page = parse(path.read_text(encoding="utf-8"))
    d = res.directives[0]
    assert "".join(page.marks[str(d.ordinal)]) == text[d.span[0]:d.span[1]]


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """Test app."""

    register(app)
    return app


def test_report_command(app: typer.Typer, tmp_path: Path, raw_dir: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    for path in sorted(raw_dir.glob("*.txt"))[:2]:
        shutil.copy(path, corpus)
    (corpus / "broken.txt").write_bytes(b"%PDF-1.4\n")
    result = CliRunner().invoke(app, ["report", str(corpus), "-o", str(tmp_path / "html"), "--jobs", "1"])
    assert result.exit_code == 1, result.output  # one file failed, the rest were written
    assert len(list((tmp_path / "html").glob("*.html"))) == 3
    assert "broken" in (tmp_path / "html" / INDEX).read_text(encoding="utf-8")
    missing = CliRunner().invoke(app, ["report", str(tmp_path / "nope"), "-o", str(tmp_path / "x")])
    assert missing.exit_code == 2
    assert not (tmp_path / "x").exists()


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("chromium"), reason="chromium is not installed")
def test_screenshot_script(tmp_path: Path, report_dir: Path) -> None:
    done = subprocess.run(
        ["sh", str(REPO / "scripts" / "screenshot.sh"), str(report_dir), str(tmp_path)],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    shots = sorted(tmp_path.glob("*.png"))
    assert len(shots) == 2
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in shots)


def test_run_html_writes_a_page_per_record_as_the_run_streams(tmp_path: Path, raw_dir: Path) -> None:
    # `resextract run --html`: the records reach the tables unchanged, and each gets its page.
    import json

    from resextract.cli.app import app as main_app
    from resextract.io.inputs import discover

    src = tmp_path / "in"
    src.mkdir()
    for path in sorted(raw_dir.glob("*.txt"))[:3]:
        shutil.copy(path, src / path.name)
    files = discover(src)
    result = CliRunner().invoke(main_app, ["run", str(src), "-o", str(tmp_path / "out"), "--html",
                                           "--quiet", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "out" / "resolutions.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["doc_id"] for line in lines] == [doc_id for _, doc_id in files]
    assert len(list((tmp_path / "out" / "html").glob("*.html"))) == 4
    index = (tmp_path / "out" / "html" / INDEX).read_text(encoding="utf-8")
    assert all(f">{doc_id}</a>" in index for _, doc_id in files)


def test_run_with_html_writes_pages_beside_the_tables(tmp_path, raw_dir) -> None:
    import shutil

    from typer.testing import CliRunner

    from resextract.cli.app import app

    src = tmp_path / "in"
    src.mkdir()
    for path in sorted(raw_dir.glob("*.txt"))[:2]:
        shutil.copy(path, src / path.name)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(src), "-o", str(out), "--html", "--quiet", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    pages = sorted(p.name for p in (out / "html").glob("*.html"))
    assert "index.html" in pages and len(pages) == 3
    assert (out / "resolutions.jsonl").exists()
