"""`text.quotes.quote_spans`: the top-level quoted segments of `iter_quoted`, optionally with brackets."""
from __future__ import annotations

import pytest

from resextract.text.quotes import inside_quote, iter_quoted, quote_spans

# text → the segments it quotes (quote marks included)
QUOTES: list[tuple[str, list[str]]] = [
    ("Конкурс «Учитель года» и „Вожатый“ провести", ["«Учитель года»", "„Вожатый“"]),
    ("Приказ «Об итогах конкурса «Учитель года» в районе» отменить",
     ["«Об итогах конкурса «Учитель года» в районе»"]),  # nested quotes stay in the outer one
    ('Провести смотр "Лучший класс" в школах', ['"Лучший класс"']),
    ('ООО"Ромашка" и МУП "ЖКХ"', ['"Ромашка"', '"ЖКХ"']),  # a straight quote glued to a word opens
    ("Направить «Положение о конкурсе", []),  # unclosed, and no inner closer to end it
    # one closing mark printed for a name and the name inside it
    ('МКУ "Служба "Заказчик" передать ООО "Сервис" ключи', ['"Служба "Заказчик"', '"Сервис"']),
    ("Дирекции «Парк «Сокольники» и ГБУ «Жилищник» убрать", ["«Парк «Сокольники»", "«Жилищник»"]),
    ('решение "О порядке присвоения звания "Почетный житель" и от 12.03.2001 N 4 отменить',
     ['"О порядке присвоения звания "Почетный житель"']),
    # ... unless the details of the act named inside the title follow it
    ('Отменить решение "Об исполнении постановления "О лесах" от 5 мая 2010 г. № 7 "Об охране "Бора"',
     ['"Об исполнении постановления "О лесах" от 5 мая 2010 г. № 7 "Об охране "Бора"']),
    ("Провести (в срок) семинар [см. план] «А»", ["«А»"]),  # brackets only when asked
    ("Без кавычек", []),
]


@pytest.mark.parametrize("text, quoted", QUOTES)
def test_quote_spans(text: str, quoted: list[str]) -> None:
    assert [text[a:b] for a, b in quote_spans(text)] == quoted
    assert list(quote_spans(text)) == [(a, b) for a, b, _ in iter_quoted(text)]


BRACKETED: list[tuple[str, list[str]]] = [
    ("Провести (в срок) семинар [см. план] «А»", ["(в срок)", "[см. план]", "«А»"]),
    ("Текст (с «кавычками) внутри»", ["(с «кавычками) внутри»"]),  # overlapping spans merge
    ("Провести (в срок семинар", []),  # an unclosed bracket masks nothing
    ("Провести ((а) б) семинар", ["((а) б)"]),
]


@pytest.mark.parametrize("text, masked", BRACKETED)
def test_quote_spans_with_brackets(text: str, masked: list[str]) -> None:
    assert [text[a:b] for a, b in quote_spans(text, brackets=True)] == masked


@pytest.mark.parametrize("pos, inside", [
    (0, False),   # before any quote
    (14, False),  # on the opening mark
    (15, True),   # the first letter of the quoted words
    (28, True),   # the closing mark
    (29, False),  # just past the closing one
    (39, True),   # inside the second quote
])
def test_inside_quote(pos: int, inside: bool) -> None:
    text = 'заменив слова "Обязать школы" словами "Рекомендовать"'
    assert text[14] == '"' and text[28] == '"'
    assert inside_quote(quote_spans(text), pos) is inside
