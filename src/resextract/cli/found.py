"""What a folder holds when none of it is readable: "found 12 .doc files (Word 97–2003)".

A user who points `run` at a folder of Word files should learn what was there, not only what
was missing. The description goes by the files' extensions alone (nothing is opened).
"""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

# Extension → what a person calls it; extensions not listed are shown bare.
FORMAT_NAMES = {
    ".doc": "Word 97–2003", ".docx": "Word", ".odt": "OpenDocument text", ".rtf": "RTF",
    ".pdf": "PDF", ".djvu": "DjVu", ".html": "HTML", ".htm": "HTML", ".xml": "XML",
    ".xls": "Excel 97–2003", ".xlsx": "Excel", ".ods": "OpenDocument spreadsheet",
    ".csv": "CSV", ".md": "Markdown", ".json": "JSON",
    ".jpg": "image", ".jpeg": "image", ".png": "image", ".tif": "image", ".tiff": "image",
    ".gif": "image", ".bmp": "image",
    ".zip": "archive", ".rar": "archive", ".7z": "archive", ".gz": "archive",
}
SHOWN = 4  # extensions named one by one; the rest are counted together
SCAN_LIMIT = 100_000  # files looked at, so a huge tree cannot stall the error message


def count_extensions(root: Path) -> Counter[str]:
    """Files under `root` by lower-case extension ("" for none); hidden files and folders skipped."""
    counts: Counter[str] = Counter()
    for _, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith("."):
                counts[Path(name).suffix.lower()] += 1
        if sum(counts.values()) >= SCAN_LIMIT:
            break
    return counts


def _files(n: int, suffix: str) -> str:
    what = f"{n} {suffix} file{'s' if n != 1 else ''}" if suffix else (
        f"{n} file{'s' if n != 1 else ''} without an extension")
    name = FORMAT_NAMES.get(suffix)
    return f"{what} ({name})" if name else what


def describe(counts: Counter[str]) -> str:
    """'found 12 .doc files (Word 97–2003), 3 .pdf files (PDF) and 2 other files', most common first."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    parts = [_files(n, suffix) for suffix, n in ranked[:SHOWN]]
    rest = sum(n for _, n in ranked[SHOWN:])
    if rest:
        parts.append(f"{rest} other file{'s' if rest != 1 else ''}")
    listed = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    return f"found {listed}"


def nothing_readable(root: Path, readable: str) -> str:
    """The one-line error for a folder without a document `run` takes (`readable`: '.txt, .docx …')."""
    counts = count_extensions(root)
    if not counts:
        return f"no readable documents under {root}: the folder is empty."
    return (f"no readable documents under {root}; {describe(counts)}. "
            f"resextract reads {readable} files: convert the documents to one of these first.")
