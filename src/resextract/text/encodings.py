"""Decoding a text file's bytes: BOM first, then strict UTF-8, then the better of cp1251 and koi8-r."""
from __future__ import annotations

import re

from ..errors import BinaryFile, DecodingError

BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

_LINE_ENDS = re.compile(r"\r\n?|\u2028|\u2029")
# Frequent lower-case Russian letters: right decodings of cp1251/koi8-r text are rich in them.
_RU_COMMON = set("оеаинтсрвлкмдпуяызьбгчйхжшюцщэф")


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


def decode_text(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """(text with "\\n" line ends, codec) of a text file's bytes."""
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise DecodingError(path) from exc
            return normalize_newlines(text.lstrip("\ufeff")), name
    utf16 = _looks_utf16_without_bom(data)
    if utf16:
        try:
            return normalize_newlines(data.decode(utf16)), utf16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise BinaryFile(path, "binary data (NUL bytes)")
    try:
        return normalize_newlines(data.decode("utf-8")), "utf-8"
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
    return normalize_newlines(text), name
