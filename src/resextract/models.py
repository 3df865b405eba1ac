"""Pydantic models: the single source of the output schema (SPEC schema 1.1)."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .review.format import cap

SCHEMA_VERSION = "1.1"

Kind = Literal["recommendation", "instruction", "task", "decision"]
AddresseeSource = Literal["block", "inline", "preamble"]
Aspect = Literal["perf", "impf"]
ActionForm = Literal["infinitive", "noun", "finite", "imperative"]
DeadlineKind = Literal[
    "date", "month", "quarter", "year", "academic_year", "period", "continuous", "recurring", "event"
]
# The file formats SPEC 1.1 names; only plain text is read so far.
Format = Literal["txt", "docx", "odt", "rtf", "pdf", "html"]
DeadlineSource = Literal["item", "block", "inline"]

_REPR_TEXT = 60


def _cap(text: str | None, limit: int = _REPR_TEXT) -> str:
    return "None" if text is None else repr(cap(text, limit))


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Addressee(_Record):
    text: str
    normal: str
    source: AddresseeSource
    person: str | None = None

    def __repr__(self) -> str:
        person = f", person={self.person!r}" if self.person else ""
        return f"Addressee({self.normal!r}, {self.source}{person})"


class Action(_Record):
    text: str
    lemma: str
    aspect: Aspect | None = None
    form: ActionForm

    def __repr__(self) -> str:
        return f"Action({self.lemma!r}, {self.aspect}, {self.form})"


class Deadline(_Record):
    text: str
    kind: DeadlineKind
    start: dt.date | None = None
    end: dt.date | None = None
    source: DeadlineSource = "inline"

    def __repr__(self) -> str:
        return f"Deadline({self.kind}, {self.start}..{self.end}, {_cap(self.text, 40)})"


class Reference(_Record):
    type: str
    issuer: str | None = None
    number: str | None = None
    date: dt.date | None = None
    title: str | None = None
    text: str

    def __repr__(self) -> str:
        return f"Reference({self.type}, №{self.number}, {self.date})"


class Directive(_Record):
    id: str
    ordinal: int = Field(ge=1)
    number: str | None = None
    kind: Kind
    section: str | None = None
    addressees: list[Addressee] = Field(default_factory=list)
    text: str
    action: Action | None = None
    actions: list[Action] = Field(default_factory=list)
    deadline: Deadline | None = None
    references: list[Reference] = Field(default_factory=list)
    quoted_names: list[str] = Field(default_factory=list)
    span: tuple[int, int]

    def __repr__(self) -> str:
        who = ", ".join(a.normal for a in self.addressees) or "-"
        verb = self.action.lemma if self.action else "-"
        deadline = f", deadline={self.deadline.kind}" if self.deadline else ""
        return (
            f"Directive({self.ordinal}, number={self.number!r}, {self.kind}, "
            f"to={_cap(who, 40)}, action={verb!r}{deadline}, text={_cap(self.text)})"
        )

    def _repr_html_(self) -> str:  # Jupyter: the text highlighted and labelled, and its fields
        from .review.display import directive_html

        return directive_html(self)


class Resolution(_Record):
    schema_version: Literal["1.0", "1.1"] = SCHEMA_VERSION  # a 1.0 record is a valid 1.1 record
    doc_id: str
    source: str | None = None
    doc_type: str | None = None
    title: str | None = None
    event: str | None = None
    date: dt.date | None = None
    place: str | None = None
    directives: list[Directive] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    encoding: str = "utf-8"
    format: Format = "txt"  # the file format read; spans index the text extracted from it

    def __repr__(self) -> str:
        return (
            f"Resolution({self.doc_id!r}, {self.doc_type}, date={self.date}, place={self.place!r}, "
            f"directives={len(self.directives)}, warnings={len(self.warnings)}, title={_cap(self.title, 50)})"
        )

    def _repr_pretty_(self, printer, cycle: bool) -> None:  # IPython / Jupyter
        printer.text(repr(self))

    def _repr_html_(self) -> str:  # Jupyter: the text with its directives highlighted, capped
        from .review.display import resolution_html

        return resolution_html(self)


def json_schema() -> dict:
    """JSON Schema of a `Resolution`, generated from the models."""
    return Resolution.model_json_schema()
