"""Document formats: every document of data/raw written as .docx (Word's own numbering), .odt,
.rtf, .pdf and .html by `docgen` gives the directives its .txt gives; and each reader's own
cases (Word numbering definitions, tables, running headers, hyphenation, pages' chrome,
unsupported and damaged files), written as phrases of their own."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import docgen
from resextract import errors
from resextract.text.formats import read_document
from resextract.text.formats.numbering import Numbering
from resextract.text.reader import read_file

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
DOCS = sorted(p.stem for p in RAW.glob("*.txt"))
WRITERS = docgen.WRITERS


def signature(resolution) -> list[tuple]:
    """What must not change with the format: count, numbers, kinds, addressees, actions, deadlines."""
    return [(d.number, d.kind, [a.normal for a in d.addressees], [a.lemma for a in d.actions],
             (d.deadline.kind, d.deadline.start, d.deadline.end) if d.deadline else None)
            for d in resolution.directives]


@pytest.fixture(scope="module")
def from_txt(pipeline) -> dict[str, list[tuple]]:
    return {doc: signature(pipeline.extract_file(RAW / f"{doc}.txt")) for doc in DOCS}


@pytest.mark.parametrize("fmt", WRITERS)
@pytest.mark.parametrize("doc", DOCS)
def test_every_format_gives_the_directives_of_the_txt(pipeline, from_txt, tmp_path: Path, doc: str, fmt: str) -> None:
    text = (RAW / f"{doc}.txt").read_text(encoding="utf-8")
    path = tmp_path / f"{doc}.{fmt}"
    path.write_bytes(WRITERS[fmt](text))
    resolution = pipeline.extract_file(path)
    assert resolution.format == fmt
    assert resolution.doc_id == doc
    assert signature(resolution) == from_txt[doc]
    source = read_file(path).text  # spans index the extracted text
    for d in resolution.directives:
        assert 0 <= d.span[0] < d.span[1] <= len(source)


def test_the_docx_fixtures_number_their_lists_with_word_numbering() -> None:
    """The labels are not in the paragraphs' text: Word's numbering.xml prints them, restarts
    (w:startOverride on a new instance of one abstract definition) included."""
    restarts = numbered = literal = 0
    for doc in DOCS:
        data, lists = docgen.to_docx((RAW / f"{doc}.txt").read_text(encoding="utf-8"))
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            body = archive.read("word/document.xml").decode()
            numbering = archive.read("word/numbering.xml").decode()
        numbered += body.count("<w:numPr>")
        restarts += numbering.count("w:startOverride")
        literal += lists.literal
    assert numbered > 150 and restarts >= 3  # plus every sub-level restarting under its parent
    assert literal <= numbered // 20  # a few labels Word could not print stay typed


# --- Word numbering ----------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def numbering(xml: str) -> Numbering:
    from xml.etree import ElementTree

    return Numbering(ElementTree.fromstring(f'<w:numbering xmlns:w="{W}">{xml}</w:numbering>'), W)


def level(ilvl: int, fmt: str, text: str, start: int | str = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


MULTI = ("<w:abstractNum w:abstractNumId=\"1\">" + level(0, "decimal", "%1.") + level(1, "decimal", "%1.%2.")
         + level(2, "russianLower", "%3)") + "</w:abstractNum>")


@pytest.mark.parametrize("paragraphs, labels", [
    ([("5", 0), ("5", 1), ("5", 1), ("5", 0), ("5", 1), ("5", 2), ("5", 2)],
     ["1.", "1.1.", "1.2.", "2.", "2.1.", "а)", "б)"]),
    # a second instance of the same definition continues its count; a startOverride restarts it
    ([("5", 0), ("5", 0), ("6", 0), ("7", 0), ("7", 0), ("5", 0)], ["1.", "2.", "3.", "1.", "2.", "3."]),
    ([("8", 0), ("8", 1), ("5", 0)], ["4.", "4.1.", "5."]),  # an instance starting at 4
])
def test_word_numbering_counts_as_word_does(paragraphs: list[tuple[str, int]], labels: list[str]) -> None:
    nums = numbering(MULTI + '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
                     '<w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>'
                     '<w:num w:numId="7"><w:abstractNumId w:val="1"/>'
                     '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
                     '<w:num w:numId="8"><w:abstractNumId w:val="1"/>'
                     '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>')
    assert [nums.label(num, ilvl) for num, ilvl in paragraphs] == labels


@pytest.mark.parametrize("levels, labels", [
    (level(0, "decimal", "%1)") + level(1, "bullet", "\uf0b7"), ["1)", "•", "2)", "•"]),
    (level(0, "upperRoman", "%1.") + level(1, "decimal", "%1.%2.", extra='<w:isLgl/>'),
     ["I.", "1.1.", "II.", "2.1."]),
    (level(0, "decimal", "Раздел %1.") + level(1, "decimal", "%2.", extra='<w:lvlRestart w:val="0"/>'),
     ["Раздел 1.", "1.", "Раздел 2.", "2."]),  # lvlRestart 0: the sub-level never restarts
    (level(0, "russianUpper", "%1.") + level(1, "lowerLetter", "%2)"), ["А.", "a)", "Б.", "a)"]),
])
def test_word_number_formats_and_level_options(levels: str, labels: str) -> None:
    nums = numbering(f'<w:abstractNum w:abstractNumId="3">{levels}</w:abstractNum>'
                     '<w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>')
    assert [nums.label("1", ilvl) for ilvl in (0, 1, 0, 1)] == labels


def test_a_definition_linked_to_a_numbering_style_takes_its_levels() -> None:
    nums = numbering(MULTI + '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="Outline"/></w:abstractNum>'
                     '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
                     '<w:num w:numId="9"><w:abstractNumId w:val="2"/></w:num>')
    nums.link_styles({"Outline": "5"})
    assert [nums.label("9", ilvl) for ilvl in (0, 1, 1)] == ["1.", "1.1.", "1.2."]


# --- tables --------------------------------------------------------------------------------------

PLAN_HEADER = ["№ п/п", "Мероприятие", "Срок исполнения", "Ответственный"]
PLAN_ROWS = [
    ["1", "Провести проверку готовности пищеблоков школ к новому учебному году",
     "до 25 августа 2025 г.", "Отдел общего образования"],
    ["2", "Организовать курсы повышения квалификации для поваров школьных столовых",
     "сентябрь 2025 г.", "Методический центр"],
]
PLAN_BEFORE = "ПРИКАЗ\nОб организации питания обучающихся\nПРИКАЗЫВАЮ:\n1. Утвердить план мероприятий:"
PLAN_TXT = (PLAN_BEFORE + "\n" + "\n".join(
    f"{row[0]}. {row[1]}\nСрок: {row[2]}\nОтветственный: {row[3]}" for row in PLAN_ROWS) + "\n")


# --- list attributes no printed list has ----------------------------------------------------------

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')


def odt_package(styles: str, body: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", f'<office:document-content {ODF_NS}><office:automatic-styles>{styles}'
                         f'</office:automatic-styles><office:body><office:text>{body}</office:text>'
                         '</office:body></office:document-content>')
    return buffer.getvalue()


def docx_package(numbering_xml: str, body: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
        archive.writestr("word/numbering.xml", f'<w:numbering xmlns:w="{W}">{numbering_xml}</w:numbering>')
    return buffer.getvalue()


def odt_list(fmt: str, start: str, items: int = 2, item_start: str | None = None) -> bytes:
    style = (f'<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
             f'style:num-format="{fmt}" style:num-suffix="." text:start-value="{start}"/></text:list-style>')
    first = f' text:start-value="{item_start}"' if item_start is not None else ""
    body = "".join(f'<text:list-item{first if i == 0 else ""}><text:p>Пункт</text:p></text:list-item>'
                   for i in range(items))
    return odt_package(style, f'<text:list text:style-name="L1">{body}</text:list>')


def docx_list(fmt: str, start: str, ilvl: str = "0") -> bytes:
    paragraph = (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                 '<w:r><w:t>Пункт</w:t></w:r></w:p>')
    return docx_package(f'<w:abstractNum w:abstractNumId="0">{level(0, fmt, "%1.", start)}</w:abstractNum>'
                        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>', paragraph * 2)


HUGE = "1" + "0" * 11
# A start, value or level beyond any printed list (Word's dialog stops at 32767) or not a number
# at all is read as if it were absent: a page's "<ol type=I start=10^11>" once came out as a
# hundred million "M"s, and "start=" of 5,000 digits was a ValueError, not a document.
BEYOND = [
    ("roman-html", f'<ol type="I" start="{HUGE}"><li>Пункт<li>Пункт</ol>'.encode(), "I. Пункт\nII. Пункт\n"),
    ("letters-html", f'<ol type="a" start="{"9" * 5000}"><li>Пункт</ol>'.encode(), "a. Пункт\n"),
    ("value-html", '<ol type="I"><li value="²">Пункт<li value="40000">Пункт<li value="4">Пункт</ol>'.encode(),
     "I. Пункт\nII. Пункт\nIV. Пункт\n"),
    ("within-limit-html", '<ol start="32767"><li>Пункт<li>Пункт</ol>'.encode(), "32767. Пункт\n32768. Пункт\n"),
    ("roman-odt", odt_list("I", HUGE), "I. Пункт\nII. Пункт\n"),
    ("letters-odt-item", odt_list("a", "1", item_start=HUGE), "a. Пункт\nb. Пункт\n"),
    ("bad-start-odt", odt_list("1", "x"), "1. Пункт\n2. Пункт\n"),
    ("roman-docx", docx_list("upperRoman", HUGE), "I. Пункт\nII. Пункт\n"),
    ("letters-docx", docx_list("lowerLetter", "9" * 5000), "a. Пункт\nb. Пункт\n"),
    ("bad-level-docx", docx_list("decimal", "1", ilvl="x"), "1. Пункт\n2. Пункт\n"),
]


@pytest.mark.parametrize("name, data, text", BEYOND, ids=[row[0] for row in BEYOND])
def test_list_numbers_beyond_any_printed_list_are_read_as_absent(name: str, data: bytes, text: str) -> None:
    suffix = name.rpartition("-")[2] if name.rpartition("-")[2] in ("odt", "docx") else "html"
    assert read_document(data, f"x.{suffix}").text == text


def test_a_repeat_of_spaces_beyond_any_printed_line_is_read_as_one_space() -> None:
    body = '<text:p>Пункт<text:s text:c="2000000000"/>первый<text:s text:c="3"/>второй</text:p>'
    assert read_document(odt_package("", body), "x.odt").text == "Пункт первый   второй\n"


def test_lists_nested_deeper_than_a_format_allows_are_not_a_crash() -> None:
    style = ('<text:list-style style:name="L1">' + "".join(
        f'<text:list-level-style-number text:level="{k}" style:num-format="1" style:num-suffix="."/>'
        for k in range(1, 11)) + "</text:list-style>")
    body = "<text:p>Пункт</text:p>"
    for _ in range(14):
        body = f"<text:list-item>{body}</text:list-item>"
        body = f'<text:list text:style-name="L1"><text:list-item><text:p>Раздел</text:p></text:list-item>{body}</text:list>'
    text = read_document(odt_package(style, body), "x.odt").text
    assert text.count("Раздел") == 14 and text.count("Пункт") == 1


@pytest.mark.parametrize("name, data", [
    ("x.odt", odt_package("", "<text:p>" + "<text:span>" * 3000 + "Пункт" + "</text:span>" * 3000 + "</text:p>")),
    ("x.odt", odt_package("", "<text:list><text:list-item>" * 3000 + "<text:p>Пункт</text:p>"
                          + "</text:list-item></text:list>" * 3000)),
    ("x.docx", docx_package("", "<w:sdt><w:sdtContent>" * 3000 + "<w:p><w:r><w:t>Пункт</w:t></w:r></w:p>"
                            + "</w:sdtContent></w:sdt>" * 3000)),
], ids=["odt-spans", "odt-lists", "docx-content-controls"])
def test_elements_nested_thousands_deep_are_a_damaged_document(name: str, data: bytes) -> None:
    with pytest.raises(errors.CorruptDocument, match="nested too deep to read"):
        read_document(data, name)


@pytest.mark.parametrize("numbered", [True, False], ids=["word-numbered", "typed-numbers"])
def test_a_plan_table_gives_one_item_per_row_with_its_term_and_responsible(pipeline, tmp_path: Path, numbered: bool) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(docgen.table_docx(PLAN_HEADER, PLAN_ROWS, before=PLAN_BEFORE, numbered=numbered))
    text = read_file(path).text
    assert "1. Провести проверку готовности пищеблоков" in text
    assert "Срок: до 25 августа 2025 г.\nОтветственный: Отдел общего образования" in text
    got = pipeline.extract_file(path)
    assert signature(got) == signature(pipeline.extract(PLAN_TXT))
    assert [d.deadline.end.isoformat() for d in got.directives[-2:]] == ["2025-08-25", "2025-09-30"]
    assert got.directives[-1].addressees[0].normal == "Методический центр"


@pytest.mark.parametrize("fmt", ["rtf", "odt"])
def test_plan_tables_of_rtf_and_odt_read_as_the_docx_one(pipeline, fmt: str) -> None:
    write = docgen.table_rtf if fmt == "rtf" else docgen.table_odt
    text = read_document(write(PLAN_HEADER, PLAN_ROWS, before=PLAN_BEFORE), f"plan.{fmt}").text
    assert "Срок: до 25 августа 2025 г.\nОтветственный: Отдел общего образования" in text
    assert signature(pipeline.extract(text)) == signature(pipeline.extract(PLAN_TXT))


def test_an_html_plan_table_reads_as_the_docx_one(pipeline) -> None:
    cells = lambda row, tag="td": "".join(f"<{tag}>{c}</{tag}>" for c in row)  # noqa: E731
    page = ("<html><body>" + "".join(f"<p>{line}</p>" for line in PLAN_BEFORE.split("\n"))
            + f"<table><tr>{cells(PLAN_HEADER, 'th')}</tr>"
            + "".join(f"<tr>{cells(row)}</tr>" for row in PLAN_ROWS) + "</table></body></html>")
    decoded = read_document(page.encode(), "plan.html")
    assert signature(pipeline.extract(decoded.text)) == signature(pipeline.extract(PLAN_TXT))


# --- HTML ----------------------------------------------------------------------------------------


def test_html_leaves_out_scripts_styles_and_menus_and_numbers_its_lists() -> None:
    page = docgen.to_html("РЕШЕНИЕ\nСовет решил:\n3. Одобрить отчёт о работе.\n4. Направить решение в газету.\n")
    text = read_document(page.encode(), "page.html").text
    assert text == "РЕШЕНИЕ\nСовет решил:\n3. Одобрить отчёт о работе.\n4. Направить решение в газету.\n"


@pytest.mark.parametrize("markup, text", [
    ("<p>Решили:</p><ol><li>Принять к сведению.<li>Обязать&nbsp;отдел провести сверку.</ol>",
     "Решили:\n1. Принять к сведению.\n2. Обязать\xa0отдел провести сверку.\n"),
    ("<ol start='7'><li value='9'>Девятый</li><li>Десятый</li></ol><ul><li>пункт</li></ul>",
     "9. Девятый\n10. Десятый\n• пункт\n"),
    ("<div>Первая строка<br>вторая   строка</div><pre>  как\n  есть</pre>", "Первая строка\nвторая строка\n  как\n  есть\n"),
    ("<ol><li><p>Абзац в пункте</p></li></ol>", "1. Абзац в пункте\n"),
    ("<nav><ul><li>Меню<li>Ещё</ul></nav><p>Текст &laquo;в кавычках&raquo; &#8470; 5</p>", "Текст «в кавычках» № 5\n"),
])
def test_html_text(markup: str, text: str) -> None:
    assert read_document(markup.encode(), "x.html").text == text


def test_a_txt_holding_html_is_read_as_html_with_a_warning(pipeline, tmp_path: Path) -> None:
    path = tmp_path / "copied.txt"
    path.write_text("<p>ПОСТАНОВЛЯЮ:</p>\n<p>1. Обеспечить подвоз учащихся к школам района.</p>\n"
                    "<p>2. Контроль оставляю за собой.</p>", encoding="utf-8")
    resolution = pipeline.extract_file(path)
    assert resolution.format == "html"
    assert resolution.warnings[0] == "the .txt file holds an HTML page; read as html"
    assert [d.number for d in resolution.directives] == ["1", "2"]


def test_an_html_page_in_cp1251_names_its_charset(tmp_path: Path) -> None:
    page = docgen.to_html("Решили:\n1. Утвердить положение о конкурсе.\n", charset="windows-1251")
    decoded = read_document(page.encode("cp1251"), "page.htm")
    assert decoded.encoding == "cp1251" and "1. Утвердить положение о конкурсе." in decoded.text


# --- PDF -----------------------------------------------------------------------------------------


def test_pdf_running_headers_page_numbers_and_hyphenation_are_undone() -> None:
    paragraph = ("Руководителям общеобразовательных организаций обеспечить своевременное информирование "
                 "родителей (законных представителей) обучающихся о порядке зачисления в первые классы ")
    text = "ПРИКАЗЫВАЮ:\n" + "".join(f"{i}. {paragraph}{i}.\n" for i in range(1, 31))
    extracted = read_document(docgen.to_pdf(text, header="Приказ № 45 от 12.03.2024"), "order.pdf").text
    assert extracted.count("\n") == 31
    assert "Приказ № 45" not in extracted  # the running header of every page but the first
    assert extracted == text  # page numbers gone, hyphenated words rejoined, lines joined


def test_a_pdf_without_a_text_layer_is_an_error(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a scanned page: pictures, no text
    path = tmp_path / "scan.pdf"
    path.write_bytes(bytes(pdf.output()))
    with pytest.raises(errors.NoTextLayer) as caught:
        read_file(path)
    assert caught.value.code == "no_text_layer"
    assert "ocrmypdf" in str(caught.value)


# --- unsupported and damaged files ----------------------------------------------------------------


@pytest.mark.parametrize("name, data, what", [
    ("order.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "Word 97-2003"),
    ("scan.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(100), "JPEG image"),
    ("docs.zip", "zip", "ZIP archive"),
])
def test_unsupported_formats_are_errors_with_a_hint(tmp_path: Path, name: str, data: bytes | str, what: str) -> None:
    if data == "zip":  # an archive of documents
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("приказ.txt", "Решили: 1. Принять к сведению.")
        data = buffer.getvalue()
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(errors.UnsupportedFormat) as caught:
        read_file(path)
    assert caught.value.code == "unsupported_format"
    assert what in str(caught.value) and len(str(caught.value).splitlines()) == 1


def test_the_doc_hint_says_how_to_convert(tmp_path: Path) -> None:
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(errors.UnsupportedFormat, match="soffice --headless --convert-to docx"):
        read_file(path)


def test_a_damaged_docx_is_an_error_not_a_crash(tmp_path: Path) -> None:
    good, _ = docgen.to_docx("Решили:\n1. Принять к сведению.\n")
    path = tmp_path / "cut.docx"
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(errors.InputError):
        read_file(path)


def test_a_doc_that_is_really_rtf_is_read_as_rtf_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "site-export.doc"
    path.write_bytes(docgen.to_rtf("Решили:\n1. Одобрить план работы.\n"))
    decoded = read_file(path)
    assert decoded.format == "rtf" and "1.\tОдобрить план работы." in decoded.text
    assert decoded.warnings == ()  # .doc names no format resextract reads: nothing to contradict


# --- the command line ------------------------------------------------------------------------------


def test_text_prints_exactly_the_text_the_spans_index(pipeline, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from resextract.cli.app import app
    from resextract.text.lines import clean_text

    doc = DOCS[0]
    path = tmp_path / f"{doc}.docx"
    path.write_bytes(WRITERS["docx"]((RAW / f"{doc}.txt").read_text(encoding="utf-8")))
    result = CliRunner().invoke(app, ["text", str(path)])
    assert result.exit_code == 0 and result.stdout == read_file(path).text
    for d in pipeline.extract_file(path).directives:
        printed = clean_text(result.stdout[d.span[0]:d.span[1]])
        assert d.text.split()[-1] in printed


def test_a_run_on_a_mixed_folder_counts_formats_and_errors(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from resextract.cli.app import app

    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for doc, fmt in zip(DOCS[:5], ("txt", "docx", "pdf", "odt", "rtf")):
        text = (RAW / f"{doc}.txt").read_text(encoding="utf-8")
        (folder / f"{doc}.{fmt}").write_bytes(text.encode() if fmt == "txt" else WRITERS[fmt](text))
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    (folder / "notes.json").write_text("{}")  # not an input
    result = CliRunner().invoke(app, ["run", str(folder), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 1
    assert "formats     docx 1, odt 1, pdf 1, rtf 1, txt 1" in result.stdout
    assert "unsupported_format  1" in result.stdout
    records = [json.loads(line) for line in (out / "resolutions.jsonl").read_text().splitlines()]
    assert sorted(r["format"] for r in records) == ["docx", "odt", "pdf", "rtf", "txt"]
    assert {r["doc_id"] for r in records} == set(DOCS[:5])
    errors_ = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [(e["doc_id"], e["code"]) for e in errors_] == [("old", "unsupported_format")]


# --- no input crashes a reader ----------------------------------------------------------------------

PREFIXES = [b"%PDF-1.4\n", b"{\\rtf1\\ansi ", b"PK\x03\x04", b"<html><body><p>", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]
_SMALL = {fmt: WRITERS[fmt]("Решили:\n1. Принять к сведению.\n2. Обязать отдел провести сверку.\n")
          for fmt in ("docx", "odt", "rtf", "pdf")}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PREFIXES), st.binary(max_size=300))
def test_damaged_documents_of_every_format_are_errors_not_crashes(prefix: bytes, tail: bytes) -> None:
    try:
        decoded = read_document(prefix + tail, "random.bin")
    except errors.InputError:
        return
    assert isinstance(decoded.text, str)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(_SMALL)), st.data())
def test_real_documents_with_bytes_changed_are_errors_or_text(fmt: str, data) -> None:
    raw = bytearray(_SMALL[fmt])
    for _ in range(data.draw(st.integers(1, 8))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    try:
        decoded = read_document(bytes(raw), f"x.{fmt}")
    except errors.InputError:
        return
    assert isinstance(decoded.text, str)


@pytest.mark.parametrize("doc", DOCS)
def test_a_page_saved_as_txt_gives_the_directives_of_the_txt(pipeline, from_txt, tmp_path: Path, doc: str) -> None:
    path = tmp_path / f"{doc}.txt"
    path.write_text(docgen.to_html((RAW / f"{doc}.txt").read_text(encoding="utf-8")), encoding="utf-8")
    resolution = pipeline.extract_file(path)
    assert resolution.format == "html"
    assert resolution.warnings[0] == "the .txt file holds an HTML page; read as html"
    assert signature(resolution) == from_txt[doc]
