"""Reading input files: size check, binary sniffing, encoding detection, line-end normalisation.

The decoded, line-normalised text is what every `span` indexes into.
"""
from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass

from ..errors import BinaryFile, DecodingError, FileTooLarge, NotAFile, UnreadableFile

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# (name, magic prefix) of formats that are often renamed to .txt by mistake.
BINARY_MAGIC: tuple[tuple[str, bytes], ...] = (
    ("a PDF document", b"%PDF"),
    ("a DOCX/ZIP archive", b"PK\x03\x04"),
    ("an old Word (OLE) document", b"\xd0\xcf\x11\xe0"),
    ("a RTF document", b"{\\rtf"),
    ("a PNG image", b"\x89PNG"),
    ("a JPEG image", b"\xff\xd8\xff"),
    ("a GZIP archive", b"\x1f\x8b"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

_LINE_ENDS = re.compile(r"\r\n?|\u2028|\u2029")
# Frequent lower-case Russian letters: right decodings of cp1251/koi8-r text are rich in them.
_RU_COMMON = set("оеаинтсрвлкмдпуяызьбгчйхжшюцщэф")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def normalize_newlines(text: str) -> str:
    return _LINE_ENDS.sub("\n", text)


def _russian_score(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c in _RU_COMMON) / len(letters)


def _looks_utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    # Cyrillic in UTF-16 has 0x04 high bytes, Latin has 0x00: either way one side is regular.
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, path: str = "<bytes>") -> DecodedText:
    """Decode file bytes: BOM first, then strict UTF-8, then the better of cp1251 and koi8-r."""
    for magic_name, magic in BINARY_MAGIC:
        if data.startswith(magic):
            raise BinaryFile(path, magic_name)
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise DecodingError(path) from exc
            return DecodedText(normalize_newlines(text.lstrip("\ufeff")), name)
    utf16 = _looks_utf16_without_bom(data)
    if utf16:
        try:
            return DecodedText(normalize_newlines(data.decode(utf16)), utf16)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise BinaryFile(path, "binary data (NUL bytes)")
    try:
        return DecodedText(normalize_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[float, str, str]] = []
    for name in ("cp1251", "koi8-r"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        candidates.append((_russian_score(text), name, text))
    if not candidates:
        raise DecodingError(path)
    score, name, text = max(candidates, key=lambda c: c[0])
    if score < 0.3 and any(ord(c) < 32 and c not in "\t\n\r\f" for c in text[:4096]):
        raise BinaryFile(path)
    return DecodedText(normalize_newlines(text), name)


_NOT_A_FILE_ERRNOS = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})


def read_file(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> DecodedText:
    """Read and decode one file; never reads more than `max_bytes` + 1 bytes."""
    name = str(path)
    try:
        info = os.stat(path)  # one call: type and size
    except OSError as exc:
        if exc.errno in _NOT_A_FILE_ERRNOS:  # missing, a broken link, a symlink loop (as Path.is_file)
            raise NotAFile(name) from exc
        raise UnreadableFile(name, exc.strerror or str(exc)) from exc  # permission on a parent
    if not stat.S_ISREG(info.st_mode):
        raise NotAFile(name)
    if info.st_size > max_bytes:
        raise FileTooLarge(name, info.st_size, max_bytes)
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise UnreadableFile(name, exc.strerror or str(exc)) from exc
    if len(data) > max_bytes:
        raise FileTooLarge(name, len(data), max_bytes)
    return decode_bytes(data, name)
