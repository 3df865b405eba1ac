"""Reading input files (resextract.text.reader): encodings, line ends, and every bad input of the
README's table, checked on the reader itself with the exact text, codec and message it gives."""
from __future__ import annotations

import builtins
import errno
import gzip
import io
import os
import random
import zipfile
from pathlib import Path

import pytest

from resextract import errors
from resextract.text import reader
from resextract.text.reader import DEFAULT_MAX_BYTES, DecodedText, decode_bytes, read_file

# Mixed-case Russian prose (the cp1251/koi8-r choice counts lower-case letters), every letter
# of the alphabet among them, ё and Ё included; only characters that cp1251 and koi8-r both have.
PHRASES = {
    "items": "Решили:\n1. Утвердить план мероприятий на 2024 год.\n\n"
             "2. Контроль возложить на заместителя главы района.\n",
    "pangram": "Съешь же ещё этих мягких французских булок, да выпей чаю.\nЁлка у школы - 5 м.",
    "quoted": "Поручить отделу культуры (Иванова Е.Ю.) провести конкурс \"Щедрая осень\";\n"
              "подготовить отчёт до 1 декабря.",
}

# name → (bytes of a text, the `encoding` the reader records); BOMs written by hand for UTF-16
ENCODINGS = {
    "utf-8": (lambda text: text.encode("utf-8"), "utf-8"),
    "utf-8-sig": (lambda text: text.encode("utf-8-sig"), "utf-8-sig"),
    "utf-16-le-bom": (lambda text: b"\xff\xfe" + text.encode("utf-16-le"), "utf-16"),
    "utf-16-be-bom": (lambda text: b"\xfe\xff" + text.encode("utf-16-be"), "utf-16"),
    "cp1251": (lambda text: text.encode("cp1251"), "cp1251"),
    "koi8-r": (lambda text: text.encode("koi8-r"), "koi8-r"),
    # Russian text is the same bytes in koi8-u as in koi8-r: the reading is named koi8-r
    "koi8-u": (lambda text: text.encode("koi8-u"), "koi8-r"),
    "cp866": (lambda text: text.encode("cp866"), "cp866"),
    "mac-cyrillic": (lambda text: text.encode("mac-cyrillic"), "mac-cyrillic"),
    "iso-8859-5": (lambda text: text.encode("iso-8859-5"), "iso-8859-5"),
    "utf-16-le": (lambda text: text.encode("utf-16-le"), "utf-16-le"),
    "utf-16-be": (lambda text: text.encode("utf-16-be"), "utf-16-be"),
    "utf-32-le": (lambda text: text.encode("utf-32-le"), "utf-32-le"),
    "utf-32-be": (lambda text: text.encode("utf-32-be"), "utf-32-be"),
    "utf-32-le-bom": (lambda text: b"\xff\xfe\x00\x00" + text.encode("utf-32-le"), "utf-32"),
    "utf-32-be-bom": (lambda text: b"\x00\x00\xfe\xff" + text.encode("utf-32-be"), "utf-32"),
}
EOLS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}

NOT_A_FILE = "{} is not a regular file (a directory, a broken link or a special file)."
UNDECODABLE = ("Cannot decode {}: no Cyrillic encoding (UTF-8/16/32, cp1251, cp866, koi8-r, koi8-u, "
               "mac-cyrillic, iso-8859-5) reads it as Russian text. Re-save it as UTF-8 text.")


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths the reader opens (it calls the builtin `open`)."""
    paths: list[str] = []

    def spy(file, *args, **kwargs):
        paths.append(str(file))
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(reader, "open", spy, raising=False)
    return paths


# --- encodings and line ends -----------------------------------------------------------------


@pytest.mark.parametrize("eol", EOLS.values(), ids=EOLS)
@pytest.mark.parametrize("codec", ENCODINGS)
@pytest.mark.parametrize("phrase", PHRASES.values(), ids=PHRASES)
def test_encodings_and_line_ends(tmp_path: Path, phrase: str, codec: str, eol: str) -> None:
    encode, encoding = ENCODINGS[codec]
    data = encode(phrase.replace("\n", eol))
    expected = DecodedText(phrase, encoding)  # line ends "\n", no BOM left in the text
    assert decode_bytes(data) == expected
    assert read_file(write(tmp_path / "doc.txt", data)) == expected


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised_by_its_zero_bytes(codec: str) -> None:
    # Over 30 % of the characters ASCII (zero high bytes), regularly on one side.
    text = "Протокол 12/2024 от 15.01.2024, 10:00 - 12:30, каб. 305.\nСписок: 1) 2) 3)"
    assert decode_bytes(text.replace("\n", "\r\n").encode(codec)) == DecodedText(text, codec)


def test_russian_prose_in_utf16_without_a_bom() -> None:
    text = PHRASES["items"]
    assert decode_bytes(text.encode("utf-16-le")) == DecodedText(text, "utf-16-le")


def test_all_capitals_cp1251_text() -> None:
    text = "ПРИКАЗЫВАЮ: ОБЕСПЕЧИТЬ УЧАСТИЕ ШКОЛ В КОНКУРСЕ \"ЮНЫЙ ЭКОЛОГ\"."
    assert decode_bytes(text.encode("cp1251")) == DecodedText(text, "cp1251")


def test_mixed_and_unicode_line_ends_become_newlines() -> None:
    data = "а\r\nб\rв\nг\u2028д\u2029е\r\n\r\n".encode("utf-8")
    assert decode_bytes(data) == DecodedText("а\nб\nв\nг\nд\nе\n\n", "utf-8")


def test_empty_file_is_empty_utf8_text(tmp_path: Path) -> None:
    assert read_file(write(tmp_path / "empty.txt", b"")) == DecodedText("", "utf-8")


def test_only_a_bom_is_empty_text() -> None:
    assert decode_bytes(b"\xef\xbb\xbf") == DecodedText("", "utf-8-sig")
    assert decode_bytes(b"\xff\xfe") == DecodedText("", "utf-16")


# --- binary files ----------------------------------------------------------------------------


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document>Решили: 1. Обеспечить.</w:document>")
    return buffer.getvalue()


# file contents renamed to .txt → (the error, how its message begins after the path)
RENAMED = {
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", errors.CorruptDocument,
            " is a damaged PDF document ("),
    "docx": (_zip(), errors.CorruptDocument, " is a damaged Word document (bad XML"),
    "doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), errors.UnsupportedFormat,
            " is a Word 97-2003 document (.doc) or another old Office file, which resextract cannot read. "
            "Convert it: soffice --headless --convert-to docx FILE"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", errors.UnsupportedFormat, " is a PNG image (a scan?)"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", errors.UnsupportedFormat, " is a JPEG image (a scan?)"),
    "gzip": (gzip.compress("Решили: 1. Обеспечить.".encode()), errors.UnsupportedFormat, " is a GZIP archive"),
    "nul": (b"text\x00with\x00nuls" * 50, errors.BinaryFile,
            " looks like binary data (NUL bytes), not text. Convert it to plain text (.txt) first."),
    # random bytes without NULs: koi8-r decodes any byte, but the result is control-character noise
    "noise": (random.Random(0).randbytes(4000).replace(b"\x00", b""), errors.BinaryFile,
              " looks like binary data, not text. Convert it to plain text (.txt) first."),
}


@pytest.mark.parametrize("name", RENAMED)
def test_files_renamed_to_txt_are_told_by_their_content(tmp_path: Path, name: str) -> None:
    data, error, message = RENAMED[name]
    path = write(tmp_path / f"{name}.txt", data)
    with pytest.raises(error) as caught:
        read_file(path)
    assert str(caught.value).startswith(f"{path}{message}")


def test_an_rtf_renamed_to_txt_is_read_as_rtf_with_a_warning(tmp_path: Path) -> None:
    data = b"{\\rtf1\\ansi\\ansicpg1251\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 \\'d0\\'e5\\'f8\\'e8\\'eb\\'e8}"
    decoded = read_file(write(tmp_path / "rtf.txt", data))
    assert decoded == DecodedText("Решили\n", "cp1251", "rtf",
                                  ("the .txt file holds an RTF document; read as rtf",))


def test_decode_bytes_names_its_input_in_messages() -> None:
    with pytest.raises(errors.CorruptDocument, match="^<bytes> is a damaged PDF document"):
        decode_bytes(b"%PDF-1.4")
    with pytest.raises(errors.CorruptDocument, match="^scan.txt is a damaged PDF document"):
        decode_bytes(b"%PDF-1.4", "scan.txt")


# --- undecodable -----------------------------------------------------------------------------


@pytest.mark.parametrize("data", [
    b"\xef\xbb\xbf\xd0\x9f\xff\xfe\xfa",  # a UTF-8 BOM, then bytes that are not UTF-8
    b"\xff\xfe" + "Решили".encode("utf-16-le") + b"\x04",  # a UTF-16 BOM, then an odd byte count
    b"\xff\xfe\x00\xd8a\x00",  # a UTF-16 BOM, then an unpaired surrogate
], ids=["utf8-bom", "utf16-odd-length", "utf16-lone-surrogate"])
def test_invalid_bytes_after_a_bom_are_undecodable(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path / "bom.txt", data)
    with pytest.raises(errors.DecodingError) as caught:
        read_file(path)
    assert caught.value.code == "undecodable"
    assert str(caught.value) == UNDECODABLE.format(path)


# --- too large -------------------------------------------------------------------------------


def test_a_file_over_max_bytes_is_refused_by_its_size_and_never_opened(tmp_path: Path, opened: list[str]) -> None:
    path = write(tmp_path / "big.txt", "Решили".encode())  # 12 bytes
    with pytest.raises(errors.FileTooLarge) as caught:
        read_file(path, max_bytes=11)
    assert caught.value.code == "too_large"
    assert str(caught.value) == f"{path} is 12 bytes, over the limit of 11 bytes. Raise --max-bytes to read it."
    assert opened == []
    assert read_file(path, max_bytes=12) == DecodedText("Решили", "utf-8")
    assert opened == [str(path)]


def test_the_default_limit_is_20_mb(tmp_path: Path, opened: list[str]) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(DEFAULT_MAX_BYTES + 1)  # sparse: big on paper, nothing on disk
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024
    with pytest.raises(errors.FileTooLarge, match=f"is {DEFAULT_MAX_BYTES + 1} bytes, over the limit of 20971520"):
        read_file(path)
    assert opened == []


def test_a_file_that_grew_after_its_size_was_checked_is_read_no_further(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "growing.txt", b"a" * 100)
    real_stat = os.stat

    def stale_stat(target, *args, **kwargs):  # the size as it was before the file grew
        result = real_stat(target, *args, **kwargs)
        if str(target) != str(path):
            return result
        fields = list(result)
        fields[6] = 10  # st_size
        return os.stat_result(fields)

    monkeypatch.setattr(reader.os, "stat", stale_stat)
    with pytest.raises(errors.FileTooLarge, match=r"is 21 bytes, over the limit of 20 bytes"):
        read_file(path, max_bytes=20)  # reads max_bytes + 1, not the 100


# --- not a file ------------------------------------------------------------------------------


def _directory(tmp_path: Path) -> Path:
    (tmp_path / "dir.txt").mkdir()
    return tmp_path / "dir.txt"


def _fifo(tmp_path: Path) -> Path:
    os.mkfifo(tmp_path / "fifo.txt")  # opening it would block forever: it must never be opened
    return tmp_path / "fifo.txt"


def _broken_link(tmp_path: Path) -> Path:
    os.symlink("nowhere.txt", tmp_path / "broken.txt")
    return tmp_path / "broken.txt"


def _link_loop(tmp_path: Path) -> Path:
    os.symlink("loop.txt", tmp_path / "loop.txt")
    return tmp_path / "loop.txt"


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "missing.txt"


def _under_a_file(tmp_path: Path) -> Path:
    write(tmp_path / "file.txt", b"x")
    return tmp_path / "file.txt" / "inner.txt"


@pytest.mark.parametrize("make", [_directory, _fifo, _broken_link, _link_loop, _missing, _under_a_file],
                         ids=lambda make: make.__name__.strip("_"))
def test_entries_that_are_not_regular_files(tmp_path: Path, opened: list[str], make) -> None:
    path = make(tmp_path)
    with pytest.raises(errors.NotAFile) as caught:
        read_file(path)
    assert caught.value.code == "not_a_file"
    assert str(caught.value) == NOT_A_FILE.format(path)
    assert opened == []


def test_a_link_to_a_file_is_read(tmp_path: Path) -> None:
    write(tmp_path / "real.txt", "Решили".encode("cp1251"))
    os.symlink("real.txt", tmp_path / "link.txt")
    assert read_file(tmp_path / "link.txt") == DecodedText("Решили", "cp1251")


# --- unreadable ------------------------------------------------------------------------------


def test_a_file_without_read_permission_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "secret.txt", "Решили".encode())
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the reader's open() refuse it as the OS would
        def deny(file, *args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))

        monkeypatch.setattr(reader, "open", deny, raising=False)
    with pytest.raises(errors.UnreadableFile) as caught:
        read_file(path)
    assert caught.value.code == "unreadable"
    assert str(caught.value) == f"Cannot read {path}: Permission denied. Check its permissions."


def test_a_folder_that_cannot_be_searched_makes_its_files_unreadable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    path = write(locked / "doc.txt", b"x")
    locked.chmod(0)
    try:
        if os.geteuid() == 0:  # root searches anything: make stat refuse as the OS would
            def deny(target, *args, **kwargs):
                raise PermissionError(errno.EACCES, "Permission denied", str(target))

            monkeypatch.setattr(reader.os, "stat", deny)
        with pytest.raises(errors.UnreadableFile) as caught:
            read_file(path)
    finally:
        monkeypatch.undo()
        locked.chmod(0o755)  # so that pytest can remove tmp_path
    assert str(caught.value) == f"Cannot read {path}: Permission denied. Check its permissions."
