"""Every Cyrillic encoding of every document of data/raw decodes to its text and gives its
directives; the codec is told by how Russian each reading is (`text.encodings`), and bytes that
no codec reads as Russian are an error, not garbage."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from resextract import errors
from resextract.text.encodings import decode_text, readings

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
DOCS = sorted(p.stem for p in RAW.glob("*.txt"))
# name → (how the text is written, the codec the reader must name)
CODECS = {
    "utf-8": (lambda t: t.encode("utf-8"), "utf-8"),
    "utf-8-bom": (lambda t: t.encode("utf-8-sig"), "utf-8-sig"),
    "utf-16-le": (lambda t: t.encode("utf-16-le"), "utf-16-le"),
    "utf-16-be": (lambda t: t.encode("utf-16-be"), "utf-16-be"),
    "utf-16-bom": (lambda t: t.encode("utf-16"), "utf-16"),
    "utf-32-le": (lambda t: t.encode("utf-32-le"), "utf-32-le"),
    "utf-32-be": (lambda t: t.encode("utf-32-be"), "utf-32-be"),
    "utf-32-bom": (lambda t: t.encode("utf-32"), "utf-32"),
    "cp1251": (lambda t: t.encode("cp1251"), "cp1251"),
    "cp866": (lambda t: t.encode("cp866"), "cp866"),
    "koi8-r": (lambda t: t.encode("koi8-r"), "koi8-r"),
    "koi8-u": (lambda t: t.encode("koi8-u"), "koi8-r"),  # Russian text: the same bytes as koi8-r
    "mac-cyrillic": (lambda t: t.encode("mac-cyrillic"), "mac-cyrillic"),
    "iso-8859-5": (lambda t: t.encode("iso-8859-5"), "iso-8859-5"),
}
# What a codec without a character has instead of it (cp866 has no «», iso-8859-5 no dashes).
PLAIN = {"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-",
         "…": "...", "№": "N", "•": "-", "\xa0": " ", "º": "o", "°": "o", "\t": "\t"}


def writable(text: str, codec: str) -> str:
    """`text` with each character the codec cannot write replaced as a typist would."""
    base = codec.split("-bom")[0].replace("-le", "").replace("-be", "") if codec.startswith("utf") else codec
    out = []
    for ch in text:
        try:
            ch.encode(base)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(PLAIN.get(ch, "?"))
    return "".join(out)


def signature(resolution) -> list[tuple]:
    return [(d.number, d.kind, [a.normal for a in d.addressees], [a.lemma for a in d.actions],
             (d.deadline.kind, d.deadline.start, d.deadline.end) if d.deadline else None, d.span)
            for d in resolution.directives]


@pytest.mark.parametrize("codec", CODECS)
@pytest.mark.parametrize("doc", DOCS)
def test_every_encoding_of_a_document_gives_its_text_and_directives(pipeline, tmp_path: Path, doc: str, codec: str) -> None:
    write, name = CODECS[codec]
    text = writable((RAW / f"{doc}.txt").read_text(encoding="utf-8"), codec)
    path = tmp_path / f"{doc}.txt"
    path.write_bytes(write(text))
    resolution = pipeline.extract_file(path)
    assert resolution.encoding == name
    assert signature(resolution) == signature(pipeline.extract(text))


@pytest.mark.parametrize("text", [
    "ПОСТАНОВЛЯЮ: ОБЕСПЕЧИТЬ ПОДВОЗ УЧАЩИХСЯ",  # capitals only
    "Решили",  # one word
    "1. Принять к сведению.\n2. Направить в газету «Вестник».",
    "ЁЛКИ И ЁЖИКИ: ЩИТЫ, ЪЕРЫ И ЭХО",  # rare letters
])
@pytest.mark.parametrize("codec", ["cp1251", "cp866", "koi8-r", "mac-cyrillic", "iso-8859-5", "utf-16-le"])
def test_short_and_capital_texts(text: str, codec: str) -> None:
    text = writable(text, codec)
    decoded, name = decode_text(text.encode(codec))
    assert decoded == text
    # capitals are the same bytes in cp866 and mac-cyrillic: either name reads them right
    assert name == codec or text.encode(codec).decode(name) == text


def test_a_ukrainian_letter_tells_koi8_u_from_koi8_r() -> None:
    text = "Рішення сесії: забезпечити підвезення учнів до шкіл району."
    assert decode_text(text.encode("koi8-u")) == (text, "koi8-u")


@pytest.mark.parametrize("data", [
    "Le comité a décidé: améliorer les écoles et présenter un rapport détaillé.".encode("latin-1"),
    "Der Ausschuß hat beschlossen: die Schulen müssen größer werden.".encode("latin-1"),
    "Η επιτροπή αποφάσισε να βελτιώσει τα σχολεία της περιοχής.".encode("iso-8859-7"),
    random.Random(7).randbytes(400).translate(bytes(0xC0 + b % 64 for b in range(256))),  # high bytes only
], ids=["french-latin1", "german-latin1", "greek", "high-noise"])
def test_bytes_no_codec_reads_as_russian_are_undecodable(data: bytes) -> None:
    with pytest.raises(errors.DecodingError) as caught:
        decode_text(data, "x.txt")
    assert caught.value.code == "undecodable"


def test_the_readings_are_ranked_by_how_russian_they_read() -> None:
    ranked = readings("Обеспечить участие школ района в олимпиаде".encode("cp866"))
    assert ranked[0].codec == "cp866" and ranked[0].score > ranked[1].score + 1


def test_text_in_another_language_in_utf8_is_read_as_it_is() -> None:
    assert decode_text("会议决定：加强教育工作。".encode("utf-8")) == ("会议决定：加强教育工作。", "utf-8")
