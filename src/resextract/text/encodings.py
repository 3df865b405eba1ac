"""Decoding a text file's bytes: every Cyrillic encoding told apart by how Russian the decoded text
reads, not by the order in which codecs are tried.

A BOM names its codec. Bytes that decode as UTF-8 (and hold no control characters, which UTF-16
and UTF-32 of Cyrillic do) are UTF-8: in a single-byte codec every letter of a Russian word is a
high byte, and a run of them forms valid UTF-8 sequences (a lead byte C2..F4, then continuation
bytes 80..BF, which are punctuation and rare letters in cp1251, koi8 and cp866) with a probability
that vanishes with the text's length; a text that failed this test is scored. Otherwise, each codec of `CANDIDATES` that decodes the bytes strictly
gives a reading, and each reading is scored (`russian_score`): the average log-probability of its
letter pairs under a model of Russian text (`letter_model`, built from data/raw), less penalties
for characters a Russian document does not hold (control characters, letters of other scripts,
box drawing) and for words that break the script's rules (a lower-case letter followed by a
capital, a Cyrillic letter inside a Latin word). The best reading
wins when it reads as Russian; readings that give the same text are one reading (named by the
first codec in `CANDIDATES` that gives it: a Russian koi8-u file is koi8-r). Bytes that no codec
reads as Russian are valid UTF-8 (another language: the extractor says "not in Russian"),
binary data, or undecidable (`DecodingError`).
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..errors import BinaryFile, DecodingError
from .letter_model import COUNTS, ORDER

BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Every codec a Russian text file comes in; for readings that give the same text, the first names it.
CANDIDATES = ("utf-8", "cp1251", "koi8-r", "koi8-u", "cp866", "mac-cyrillic", "iso-8859-5",
              "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
# The codec is chosen on the file's beginning (a few thousand letters tell Russian from anything
# else); the whole file is then decoded in it.
SAMPLE_BYTES = 4096
RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
# Letters of sister alphabets and typography a Russian document may hold: neither evidence nor odd.
NEUTRAL = set("іїєґўІЇЄҐЎѣѢѳѲѵѴ«»„“”‘’—–‑…№•·°§±×÷\xa0\xad\u2009\u202f\u2116")
MIN_SCORE = -4.0  # a reading scoring below this does not read as Russian (real text: -2.3 to -3.2)
ODD_WEIGHT, CONTROL_WEIGHT, BREAK_WEIGHT = 12.0, 30.0, 8.0

_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")  # UTF-16/32 of Cyrillic is "ASCII" with these
_LINE_ENDS = re.compile(r"\r\n?|\u2028|\u2029")


def normalize_newlines(text: str) -> str:
    return _LINE_ENDS.sub("\n", text)


@lru_cache(maxsize=1)
def _log_probabilities() -> dict[tuple[str, str], float]:
    table = {}
    for a, row in zip(ORDER, COUNTS):
        counts = [int(n) for n in row.split()]
        total = sum(counts) + 0.5 * len(counts)
        for b, n in zip(ORDER, counts):
            table[a, b] = math.log((n + 0.5) / total)
    return table


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") or ch == "\ufffd"


@dataclass(frozen=True)
class Reading:
    codec: str
    text: str
    score: float
    letters: int  # Russian letters in the sample
    controls: int


_NOT_LETTERS = re.compile(r"[^абвгдеёжзийклмнопрстуфхцчшщъыьэюя]+")
_CASE_BREAK = re.compile(r"[а-яё][А-ЯЁ]")
# a Cyrillic letter inside a Latin word: "comitИ", "dИcidИ" (Latin-1 text read as koi8-r)
_MIXED = re.compile(r"[A-Za-z][а-яёА-ЯЁ]|[а-яёА-ЯЁ][A-Za-z]")
_LETTERS = re.compile(r"[а-яёА-ЯЁ]")
_SUSPECT = re.compile(r"[^\t\n\r\f\v\x20-\x7eа-яёА-ЯЁ" + re.escape("".join(sorted(NEUTRAL))) + "]")


def russian_score(text: str) -> tuple[float, int, int]:
    """(score, Russian letters, control characters) of a decoded sample: see the module's docstring."""
    letters = len(_LETTERS.findall(text))
    suspects = _SUSPECT.findall(text)
    controls = sum(1 for ch in suspects if _is_control(ch))
    if not letters:
        return -math.inf, 0, controls
    odd = len(suspects) - controls
    symbols = _NOT_LETTERS.sub("_", "_" + text.lower() + "_")
    log_p = sum(map(_log_probabilities().__getitem__, zip(symbols, symbols[1:]))) / max(len(symbols) - 1, 1)
    evidence = letters + len(suspects)
    breaks = len(_CASE_BREAK.findall(text)) + len(_MIXED.findall(text))
    score = (log_p - ODD_WEIGHT * odd / evidence - CONTROL_WEIGHT * controls / evidence
             - BREAK_WEIGHT * breaks / letters)
    return score, letters, controls


def readings(sample: bytes) -> list[Reading]:
    """The strict decodings of `sample` that differ from each other, best first."""
    found: dict[str, Reading] = {}
    for codec in CANDIDATES:
        try:
            text = _decode_prefix(sample, codec)
        except UnicodeDecodeError:
            continue
        if text not in found:
            score, letters, controls = russian_score(text)
            found[text] = Reading(codec, text, score, letters, controls)
    return sorted(found.values(), key=lambda r: -r.score)


def _decode_prefix(sample: bytes, codec: str) -> str:
    """`sample` decoded, a character cut by the end of the sample left out (UTF-8/16/32)."""
    import codecs

    decoder = codecs.getincrementaldecoder(codec)("strict")
    return decoder.decode(sample, final=False)


def _fallback(data: bytes, best: list[Reading], path: str) -> tuple[str, str]:
    """No reading is Russian: valid UTF-8 text in another language, binary data, or undecidable."""
    utf8 = next((r for r in best if r.codec == "utf-8"), None)
    if utf8 is not None and not utf8.controls:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:  # the sample ended inside a character that the file cuts off too
            pass
    if b"\x00" in data:
        raise BinaryFile(path, "binary data (NUL bytes)")
    if all(r.controls * 20 > len(r.text) for r in best):
        raise BinaryFile(path)
    raise DecodingError(path)


def decode_text(data: bytes, path: str = "<bytes>") -> tuple[str, str]:
    """(text with "\\n" line ends, codec) of a text file's bytes; see the module's docstring."""
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(name)
            except UnicodeDecodeError as exc:
                raise DecodingError(path) from exc
            return normalize_newlines(text.lstrip("\ufeff")), name
    if not _CONTROL_BYTES.search(data):
        try:  # see the module's docstring: valid UTF-8 without control characters is UTF-8
            return normalize_newlines(data.decode("utf-8")), "utf-8"
        except UnicodeDecodeError:
            pass
    best = readings(data[:SAMPLE_BYTES])
    if not best or best[0].score < MIN_SCORE:
        text, codec = _fallback(data, best, path)
        return normalize_newlines(text), codec
    for reading in best:  # the whole file must decode in the codec its beginning chose
        if reading.score < MIN_SCORE:
            break
        try:
            return normalize_newlines(data.decode(reading.codec)), reading.codec
        except UnicodeDecodeError:
            continue
    raise DecodingError(path)
