"""Reading input files: size check, then the document's text by its format (`formats`: plain text
in any Cyrillic encoding, .docx, .odt, .rtf, .pdf, .html), line ends normalised.

The text returned is what every `span` indexes (`resextract text FILE` prints it).
"""
from __future__ import annotations

import errno
import os
import stat

from ..errors import FileTooLarge, NotAFile, UnreadableFile
from .encodings import normalize_newlines
from .formats import DecodedText, read_document

__all__ = ["DEFAULT_MAX_BYTES", "DecodedText", "decode_bytes", "normalize_newlines", "read_file"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def decode_bytes(data: bytes, path: str = "<bytes>", max_bytes: int = DEFAULT_MAX_BYTES) -> DecodedText:
    """The text of a document given as bytes, its format told by its content (and `path`'s extension)."""
    return read_document(data, path, max_bytes)


_NOT_A_FILE_ERRNOS = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})


def read_file(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> DecodedText:
    """Read one file and extract its text; never reads more than `max_bytes` + 1 bytes."""
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
    return read_document(data, name, max_bytes)
