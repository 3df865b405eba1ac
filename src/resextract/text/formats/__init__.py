"""Document formats: what a file is (by its content first, its extension second) and the reader
for each. `read_document` is the one entry: bytes in, `DecodedText` out, or an `InputError`.

| kind | reader | by content |
|---|---|---|
| txt | `plain` (encodings) | anything that decodes as Russian text |
| html | `html` | a page's source (`looks_like_html`), or a .html/.htm file |
| docx | `docx` | a zip package with word/document.xml |
| odt | `odt` | a zip package whose mimetype is OpenDocument text |
| rtf | `rtf` | `{\\rtf` |
| pdf | `pdf` | `%PDF-` in the first kilobyte |

Formats recognised but not read (`UNSUPPORTED`) are errors with a hint on converting them.
"""
from __future__ import annotations

import importlib
import zipfile
from dataclasses import dataclass

from ...errors import CorruptDocument, UnsupportedFormat
from . import base
from .base import DecodedText, Extracted, Format

__all__ = ["DecodedText", "Format", "read_document", "sniff", "SUFFIXES", "UNSUPPORTED_SUFFIXES"]

SOFFICE = "Convert it: soffice --headless --convert-to docx FILE (LibreOffice), or save it as .docx in Word."
OCR = "Run OCR on it first (ocrmypdf -l rus, or tesseract -l rus), or get the document as text."
UNPACK = "Unpack it and run resextract on the folder."


@dataclass(frozen=True)
class Unsupported:
    what: str
    hint: str


# Kinds told by their first bytes, in order; a kind in UNSUPPORTED is refused with its hint.
SIGNATURES: tuple[tuple[str, bytes], ...] = (
    ("zip", b"PK\x03\x04"),
    ("rtf", b"{\\rtf"),
    ("ole", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
    ("png", b"\x89PNG\r\n\x1a\n"),
    ("jpeg", b"\xff\xd8\xff"),
    ("gif", b"GIF8"),
    ("tiff", b"II*\x00"),
    ("tiff", b"MM\x00*"),
    ("djvu", b"AT&TFORM"),
    ("gzip", b"\x1f\x8b"),
    ("7z", b"7z\xbc\xaf\x27\x1c"),
    ("rar", b"Rar!\x1a\x07"),
)
UNSUPPORTED: dict[str, Unsupported] = {
    "ole": Unsupported("a Word 97-2003 document (.doc) or another old Office file", SOFFICE),
    "xlsx": Unsupported("an Excel workbook", "Save the sheet as .csv or copy its text into a .docx."),
    "pptx": Unsupported("a PowerPoint presentation", SOFFICE),
    "opendocument": Unsupported("an OpenDocument spreadsheet or presentation", SOFFICE),
    "zip": Unsupported("a ZIP archive", UNPACK),
    "png": Unsupported("a PNG image (a scan?)", OCR),
    "jpeg": Unsupported("a JPEG image (a scan?)", OCR),
    "gif": Unsupported("a GIF image", OCR),
    "tiff": Unsupported("a TIFF image (a scan?)", OCR),
    "djvu": Unsupported("a DjVu document (a scan)", OCR),
    "gzip": Unsupported("a GZIP archive", UNPACK),
    "7z": Unsupported("a 7-Zip archive", UNPACK),
    "rar": Unsupported("a RAR archive", UNPACK),
}
# File name endings read as documents, and those reported as unsupported (never skipped silently).
SUFFIXES: dict[str, Format] = {".txt": "txt", ".text": "txt", ".docx": "docx", ".docm": "docx",
                               ".odt": "odt", ".rtf": "rtf", ".pdf": "pdf", ".html": "html",
                               ".htm": "html", ".xhtml": "html"}
UNSUPPORTED_SUFFIXES = (".doc", ".dot", ".wps", ".xls", ".xlsx", ".ppt", ".pptx", ".ods", ".odp",
                        ".djvu", ".djv", ".tif", ".tiff", ".jpg", ".jpeg", ".png", ".gif", ".zip",
                        ".rar", ".7z", ".gz")
NAMES: dict[str, str] = {"txt": "plain text", "docx": "a Word document", "odt": "an OpenDocument text",
                         "rtf": "an RTF document", "pdf": "a PDF document", "html": "an HTML page"}
ODF_TEXT = (b"application/vnd.oasis.opendocument.text", b"application/vnd.oasis.opendocument.text-template")


def _zip_kind(data: bytes) -> str:
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
    except base.ZIP_ERRORS:
        return "broken_zip"  # a cut or damaged .docx, .odt or .zip
    if mimetype:
        return "odt" if mimetype in ODF_TEXT else "opendocument"
    if any(name.endswith("document.xml") and name.startswith("word/") for name in names):
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    return "zip"


def sniff(data: bytes) -> str | None:
    """The kind its first bytes tell (a key of READERS or UNSUPPORTED, or "broken_zip"), None for text."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    for kind, magic in SIGNATURES:
        if data.startswith(magic):
            return _zip_kind(data) if kind == "zip" else kind
    return None


# Kind → the module that reads it (`read(data, path, limit)`), imported on first use: pdfminer
# is a heavy import.
READERS: dict[str, str] = {"pdf": "pdf", "docx": "docx", "odt": "odt", "rtf": "rtf", "txt": "plain"}


def _read(kind: str, data: bytes, path: str, limit: int) -> Extracted:
    module = importlib.import_module(f".{READERS[kind]}", __name__)
    try:
        return module.read(data, path, limit)
    except RecursionError:
        # Readers walk the XML tree recursively; no document is drawn from elements nested a
        # thousand deep, a broken or crafted file is.
        raise CorruptDocument(path, getattr(module, "WHAT", NAMES[kind]),
                              "its elements are nested too deep to read") from None


def _suffix(path: str) -> str:
    name = path.replace("\\", "/").rpartition("/")[2].lower()
    return name[name.rfind("."):] if "." in name else ""


def read_document(data: bytes, path: str = "<bytes>", max_bytes: int = 20 * 1024 * 1024) -> DecodedText:
    """Read a document of any supported format from its bytes; `path` names it in messages and its
    extension is the fallback when the content does not tell."""
    kind = sniff(data) or "txt"
    if kind == "broken_zip":
        raise CorruptDocument(path, "zip package (.docx, .odt)", "it cannot be unpacked")
    if kind in UNSUPPORTED:
        raise UnsupportedFormat(path, UNSUPPORTED[kind].what, UNSUPPORTED[kind].hint)
    suffix = _suffix(path)
    if kind == "txt" and SUFFIXES.get(suffix) == "html":
        from . import plain

        extracted, fmt = plain.read_html(data, path), "html"
    else:
        extracted = _read(kind, data, path, max_bytes * base.UNPACK_FACTOR)
        fmt = extracted.format or kind
    warnings = list(extracted.warnings)
    expected = SUFFIXES.get(suffix)
    if expected and expected != fmt:
        warnings.insert(0, f"the {suffix} file holds {NAMES[fmt]}; read as {fmt}")
    return DecodedText(extracted.text, extracted.encoding, fmt, tuple(warnings))

