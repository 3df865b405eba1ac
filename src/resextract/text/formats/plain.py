"""Plain text, and HTML given as bytes: the encoding first (`encodings`), then, for a text that is
really a page's source, its visible text (`html`)."""
from __future__ import annotations

from ..encodings import decode_text, normalize_newlines
from .base import Extracted
from .html import declared_charset, html_to_text, looks_like_html


def read(data: bytes, path: str, limit: int = 0) -> Extracted:
    text, codec = decode_text(data, path)
    if looks_like_html(text):
        return Extracted(normalize_newlines(html_to_text(text)), codec, format="html")
    return Extracted(text, codec)


def read_html(data: bytes, path: str) -> Extracted:
    """A .html file: the charset its <meta> declares when the bytes decode in it, else as text."""
    charset = declared_charset(data)
    if charset and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return Extracted(normalize_newlines(html_to_text(data.decode(charset))), charset)
        except (UnicodeDecodeError, LookupError):
            pass
    text, codec = decode_text(data, path)
    return Extracted(normalize_newlines(html_to_text(text)), codec)
