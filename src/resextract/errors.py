"""All exceptions raised by resextract. The library raises; only the CLI maps them to exit codes."""
from __future__ import annotations


class ResextractError(Exception):
    """Base class. `code` is a stable machine-readable identifier used in errors.jsonl."""

    code = "error"


class InputError(ResextractError):
    """A file or folder given by the user cannot be used as input."""

    code = "input"


class InputNotFound(InputError):
    code = "not_found"

    def __init__(self, path: str) -> None:
        super().__init__(f"Input not found: {path}. Check the path, or pass a folder of documents.")


class NoInputFiles(InputError):
    code = "no_files"

    def __init__(self, path: str) -> None:
        super().__init__(
            f"No documents under {path}. resextract reads .txt, .docx, .odt, .rtf, .pdf and .html files."
        )


class NotAFile(InputError):
    code = "not_a_file"

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} is not a regular file (a directory, a broken link or a special file).")


class FileTooLarge(InputError):
    code = "too_large"

    def __init__(self, path: str, size: int, limit: int) -> None:
        super().__init__(
            f"{path} is {size} bytes, over the limit of {limit} bytes. Raise --max-bytes to read it."
        )


class UnreadableFile(InputError):
    code = "unreadable"

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"Cannot read {path}: {reason}. Check its permissions.")


class BinaryFile(InputError):
    code = "binary"

    def __init__(self, path: str, what: str = "binary data") -> None:
        super().__init__(
            f"{path} looks like {what}, not text. Convert it to plain text (.txt) first."
        )


class DecodingError(InputError):
    code = "undecodable"

    def __init__(self, path: str) -> None:
        super().__init__(
            f"Cannot decode {path}: no Cyrillic encoding (UTF-8/16/32, cp1251, cp866, koi8-r, koi8-u, "
            "mac-cyrillic, iso-8859-5) reads it as Russian text. Re-save it as UTF-8 text."
        )


class UnsupportedFormat(InputError):
    """A document format resextract recognises but cannot read (Word 97-2003, images, archives)."""

    code = "unsupported_format"

    def __init__(self, path: str, what: str, hint: str) -> None:
        super().__init__(f"{path} is {what}, which resextract cannot read. {hint}")


class NoTextLayer(InputError):
    code = "no_text_layer"

    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path} is a PDF without a text layer (a scan). Run OCR on it first "
            "(ocrmypdf -l rus in.pdf out.pdf) or save the original document as .docx or .pdf with text."
        )


class CorruptDocument(InputError):
    code = "corrupt"

    def __init__(self, path: str, what: str, reason: str) -> None:
        super().__init__(f"{path} is a damaged {what} ({reason}). Open it and save it again.")


class OutputError(ResextractError):
    code = "output"

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"Cannot write to {path}: {reason}. Choose a writable folder with -o.")


class PredictionFormatError(ResextractError):
    code = "bad_predictions"

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            f"Cannot read predictions from {path}: {reason}. "
            "Pass a resolutions.jsonl written by `resextract run` or a folder of JSON files."
        )


class ModelLoadError(ResextractError):
    code = "model"

    def __init__(self, what: str, reason: str) -> None:
        super().__init__(
            f"Cannot load {what}: {reason}. Try reinstalling: pip install --force-reinstall resextract"
        )
