"""What the row cleaner hands the importer (`CleanedRow`), and the draft it fills on the way."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from moovdesk.data.vocabulary import ActivityKind
from moovdesk.importing.dates import DateValue
from moovdesk.importing.errors import CellProblem, Invalid


@dataclass(slots=True)
class VisitReport:
    """A Moovago visit report row: what happened, when, and what the rep wrote."""

    date: DateValue | None
    kind: ActivityKind
    note: str
    label: str = ""  # the type as the file wrote it ("Visite terrain")


@dataclass(slots=True)
class CleanedRow:
    """A row ready for the importer: `fields` holds writable prospect fields with clean values
    (the service's `clean_changes` accepts them as they are), the rest is for the importer to
    file (follow-up, tags, ids that tie contacts and reports to their company)."""

    line: int
    fields: dict[str, Any] = field(default_factory=dict)
    next_follow_up: DateValue | None = None
    last_contact: DateValue | None = None
    tags: list[str] = field(default_factory=list)
    external_id: str | None = None
    company_external_id: str | None = None
    contact_external_id: str | None = None
    report: VisitReport | None = None
    closed: bool = False
    extra_notes: list[str] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.fields and self.report is None and not self.tags


class RowDraft:
    """What the column handlers gather before the row-wide assembly.

    Rarely used parts default to class attributes, so a row costs two objects, not twenty.
    """

    notes: list[str] | None = None
    phones: list[tuple[str, tuple[str, ...]]] | None = None
    street_parts: dict[str, str] | None = None
    street_extra: list[str] | None = None
    full_name = ""
    full_address = ""
    postal_city = ""
    postal: tuple[int, str] | None = None
    company_fallback = ""
    lambert: dict[str, float] | None = None
    coordinates: tuple[int, str] | None = None
    report_kind: ActivityKind | None = None
    report_note = ""
    report_label = ""
    report_date: DateValue | None = None

    def __init__(self, line: int, header: Sequence[str]) -> None:
        self.out = CleanedRow(line)
        self.fields = self.out.fields
        self.header = header

    def keep(self, column: int, text: str) -> None:
        """Keep `text` in the notes, labelled with its column's name."""
        name = self.header[column] or f"Column {column + 1}"
        self.out.extra_notes.append(f"{name}: {text}")

    def problem(self, column: int, raw: str, invalid: Invalid) -> None:
        """Report a cell that could not be read, and keep its text in the notes."""
        out = self.out
        out.problems.append(
            CellProblem(out.line, column, self.header[column], raw, invalid.code, invalid.message)
        )
        self.keep(column, " ".join(raw.split()))
