"""The import plan the wizard previews and the importer runs: the mapping, how each mapped column
will be read (date order and why), and a cleaner for the rows.

`ImportPlan.for_table` looks at every row's dates once, so "15/01/2027" on line 80,000 still
proves the column is day first; the preview then shows each cell as it will be stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import TypeVar

from moovdesk.importing.contact_points import clean_emails, clean_phones
from moovdesk.importing.dates import (
    DateConvention,
    DateEvidence,
    DateOrder,
    DateValue,
    decide_conventions,
    parse_date,
)
from moovdesk.importing.errors import Invalid
from moovdesk.importing.mapping import MappingResult
from moovdesk.importing.reader import ReadTable
from moovdesk.importing.rows import CleanedRow, RowCleaner
from moovdesk.importing.targets import DATE_TARGETS, PHONE_TARGETS, TARGET_LABELS, RecordKind
from moovdesk.importing.values import (
    CompanyNumber,
    Status,
    clean_company_number,
    clean_line,
    clean_postal_code,
    clean_status,
)
from moovdesk.phones import format_phone

_DATE_SNIFF_VALUES = 50


@dataclass(frozen=True, slots=True)
class ColumnPlan:
    index: int
    header: str
    target: str
    label: str
    explanation: str = ""  # e.g. the date order and the value that proves it


@dataclass(frozen=True, slots=True)
class CellReading:
    raw: str
    shown: str
    problem: str | None = None


@dataclass(slots=True)
class PreviewRow:
    line: int
    cells: dict[int, CellReading]
    row: CleanedRow


@dataclass(slots=True)
class ImportPlan:
    header: list[str]
    mapping: dict[int, str]
    record_kind: RecordKind
    conventions: dict[int, DateConvention]
    cleaner: RowCleaner
    format_label: str = ""
    format_key: str = ""  # the known export's key ("moovago_companies"), "" for a generic file
    columns: list[ColumnPlan] = field(default_factory=list)

    @classmethod
    def for_table(
        cls,
        table: ReadTable,
        mapping: MappingResult | Mapping[int, str],
        *,
        country: str = "FR",
        phone_region: str = "FR",
        default_order: DateOrder | None = None,
    ) -> ImportPlan:
        """Plan for `table`; `mapping` is auto_map's result or the user's edited mapping."""
        if isinstance(mapping, MappingResult):
            columns = dict(mapping.mapping)
            known = mapping.format
        else:
            columns, known = dict(mapping), None
        order = default_order or (known.date_order if known else DateOrder.DAY_FIRST)
        conventions = decide_conventions(_date_evidence(table, columns), order)
        mapped_orders = {col: conv.order for col, conv in conventions.items() if col in columns}
        cleaner = RowCleaner(
            table.header,
            columns,
            date_orders=mapped_orders,
            default_order=order,
            country=country,
            phone_region=phone_region,
            source=known.source if known else "",
        )
        plan = cls(
            header=list(table.header),
            mapping=columns,
            record_kind=known.record_kind if known else RecordKind.PROSPECT,
            conventions=conventions,
            cleaner=cleaner,
            format_label=known.label if known else "",
            format_key=known.key if known else "",
        )
        plan.columns = [
            ColumnPlan(
                index,
                table.header[index],
                target,
                TARGET_LABELS.get(target, target),
                conventions[index].reason if index in conventions else "",
            )
            for index, target in sorted(columns.items())
        ]
        return plan

    def clean_row(self, line: int, cells: list[str]) -> CleanedRow:
        return self.cleaner.clean(line, cells)

    def clean_many(self, lines: Sequence[int], rows: Sequence[list[str]]) -> list[CleanedRow]:
        """`clean_row` for each of these rows (same rows, cleaned column by column)."""
        return self.cleaner.clean_many(lines, rows)

    def clean_rows(self, table: ReadTable) -> Iterator[CleanedRow]:
        clean = self.cleaner.clean
        for line, cells in table.iter_rows():
            yield clean(line, cells)

    def preview(self, table: ReadTable, limit: int = 20) -> list[PreviewRow]:
        """The first rows as the mapping step shows them: each mapped cell read alone, plus the
        assembled row (street joined, phones spread) the importer will receive."""
        rows = []
        for line, cells in islice(table.iter_rows(), limit):
            readings = {
                index: self.read_cell(index, cells[index]) for index in sorted(self.mapping)
            }
            rows.append(PreviewRow(line, readings, self.cleaner.clean(line, cells)))
        return rows

    def read_cell(self, index: int, raw: str) -> CellReading:
        """How one cell of a mapped column will be read, in words for the preview."""
        target = self.mapping.get(index, "")
        text = raw.strip()
        if not text:
            return CellReading(raw, "")
        if target in DATE_TARGETS:
            convention = self.conventions.get(index)
            order = convention.order if convention else DateOrder.DAY_FIRST
            return _reading(raw, parse_date(text, order), _date_words)
        if target in PHONE_TARGETS:
            return _phone_reading(raw, self.cleaner.phone_region)
        if target in ("temperature", "stage"):
            return _reading(raw, clean_status(text), _status_words)
        if target in ("email", "business_email"):
            return _reading(raw, clean_emails(text), _email_words)
        if target == "postal_code":
            return _reading(raw, clean_postal_code(text, self.cleaner.country), str)
        if target == "siret":
            return _reading(raw, clean_company_number(text), _number_words)
        return CellReading(raw, clean_line(text) or "")


_V = TypeVar("_V")


def _reading(raw: str, value: _V | Invalid | None, show: Callable[[_V], str]) -> CellReading:
    if isinstance(value, Invalid):
        return CellReading(raw, "", value.message)
    if value is None:
        return CellReading(raw, "")
    return CellReading(raw, show(value))


def _phone_reading(raw: str, region: str) -> CellReading:
    phones = clean_phones(raw, region)
    if phones is None:
        return CellReading(raw, "")
    shown = ", ".join(format_phone(number) for number in phones.numbers)
    if phones.unreadable:
        return CellReading(raw, shown, f"Not a phone number: {', '.join(phones.unreadable)}")
    return CellReading(raw, shown)


def _date_words(value: DateValue) -> str:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return value.isoformat()


def _status_words(status: Status) -> str:
    return ", ".join(part.value for part in (status.temperature, status.stage) if part)


def _email_words(emails: tuple[str, ...]) -> str:
    return ", ".join(emails)


def _number_words(number: CompanyNumber) -> str:
    return number.digits if number.is_siret else f"SIREN {number.digits} (kept in the notes)"


def _date_evidence(table: ReadTable, mapping: Mapping[int, str]) -> dict[int, DateEvidence]:
    """Evidence from mapped date columns and from unmapped columns that hold dates."""
    columns = [index for index, target in mapping.items() if target in DATE_TARGETS]
    columns += [
        index
        for index in range(len(table.header))
        if index not in mapping and _looks_like_dates(table, index)
    ]
    evidence = {index: DateEvidence(header=table.header[index]) for index in columns}
    if not evidence:
        return evidence
    observers = [(index, found.observe) for index, found in evidence.items()]
    for line, cells in table.iter_rows():
        for index, observe in observers:
            observe(cells[index], line)
    return evidence


def _is_date(value: str) -> bool:
    return any(not isinstance(parse_date(value, order), Invalid) for order in DateOrder)


def _looks_like_dates(table: ReadTable, index: int) -> bool:
    values = []
    for row in table.rows:
        value = row[index].strip()
        if value:
            values.append(value)
            if len(values) >= _DATE_SNIFF_VALUES:
                break
    if not values:
        return False
    dated = sum(1 for value in values if _is_date(value))
    separated = any(char in value for value in values for char in "/.-")
    return separated and dated / len(values) >= 0.8
