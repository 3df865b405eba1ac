"""What every format reader gives back, and the limits they share."""
from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from typing import Literal
from xml.etree import ElementTree

from ...errors import CorruptDocument

Format = Literal["txt", "docx", "odt", "rtf", "pdf", "html"]

# An unpacked part of a .docx/.odt may be this many times the file's own size limit: XML packs
# about tenfold, so a genuine document stays far below it, while a zip bomb is stopped early.
UNPACK_FACTOR = 20
# What reading a damaged or encrypted zip package raises.
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError,
              RuntimeError, KeyError)


@dataclass(frozen=True)
class DecodedText:
    """A document's text as read: what every span indexes. `encoding` is the codec its text was
    decoded from (`utf-8` for the XML formats and PDF); `warnings` say what the reader noticed."""

    text: str
    encoding: str
    format: Format = "txt"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Extracted:
    """One reader's result, before the dispatcher adds the format."""

    text: str
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    format: Format | None = None  # another format than the reader's own (a .txt holding HTML)


def read_member(archive: zipfile.ZipFile, name: str, limit: int, path: str, what: str) -> bytes | None:
    """A zip member's bytes (None when absent), refusing one that unpacks past `limit`."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > limit:
        raise CorruptDocument(path, what, f"{name} unpacks to {info.file_size} bytes, over {limit}")
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except ZIP_ERRORS as exc:
        raise CorruptDocument(path, what, f"{name}: {exc}") from exc
    if len(data) > limit:
        raise CorruptDocument(path, what, f"{name} unpacks to more than {limit} bytes")
    return data


def parse_xml(data: bytes, path: str, what: str) -> ElementTree.Element:
    # The stdlib parser resolves no external entities, and expat (>= 2.4.1) limits entity expansion.
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise CorruptDocument(path, what, f"bad XML: {exc}") from exc


def open_zip(data: bytes, path: str, what: str) -> zipfile.ZipFile:
    import io

    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS as exc:
        raise CorruptDocument(path, what, f"not a valid zip package: {exc}") from exc
