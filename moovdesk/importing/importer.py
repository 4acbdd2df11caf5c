"""One import = one transaction = one ImportBatch: every row lands, or none does.

`import_table` takes a read file and its plan (the mapping), checks each row against the base
and the rows before it, locates addresses offline, and writes everything in a single transaction.
Cancelling (or any error, or a crash) leaves the base exactly as it was. The search index catches
up afterwards from its backlog (see `moovdesk.data.search`), and so does the copy of the
write-ahead log into the database file (`Store.checkpoint`, see `Store.write(bulk=True)`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, update

from moovdesk.data.bulk_indexes import REBUILT_AFTER_IMPORT, indexes_built_after, worth_rebuilding
from moovdesk.data.models import ImportBatch
from moovdesk.data.store import Store
from moovdesk.data.types import new_id, utcnow
from moovdesk.data.vocabulary import GeoPrecision, ImportStatus
from moovdesk.geo.gazetteer import Gazetteer
from moovdesk.importing.cleaned_row import CleanedRow
from moovdesk.importing.collector import collector_paused
from moovdesk.importing.duplicates import DuplicateIndex, RowKeys, Twin, company_key, keys_of
from moovdesk.importing.plan import ImportPlan
from moovdesk.importing.reader import ReadTable
from moovdesk.importing.report import DuplicatePolicy, ImportReport, RowOutcome
from moovdesk.importing.targets import RecordKind
from moovdesk.importing.writer import ImportWriter

Progress = Callable[[int, int], None]  # rows done, rows in the file
CHECK_EVERY = 500
_IDENTITY_FIELDS = (
    "company", "first_name", "last_name", "email", "phone", "mobile",
    "business_email", "business_phone", "business_mobile", "siret",
)  # fmt: skip
_PERSON_FIELDS = frozenset(
    {"civility", "first_name", "last_name", "job_title", "email", "phone", "mobile"}
)


# Where a row was placed: latitude, longitude, and how precisely.
_Place = tuple[float, float, GeoPrecision]


class ImportCancelledError(Exception):
    """The rep cancelled: nothing of the import was written."""


@dataclass(frozen=True)
class ImportOptions:
    policy: DuplicatePolicy = DuplicatePolicy.SKIP
    locate: bool = True  # place rows on the map with the offline gazetteer


def import_table(
    store: Store,
    table: ReadTable,
    plan: ImportPlan,
    *,
    file_name: str,
    file_bytes: bytes = b"",
    options: ImportOptions = ImportOptions(),
    gazetteer: Gazetteer | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import every row of `table`; returns the report. Raises ImportCancelledError (nothing
    written) when `cancelled()` turns true."""
    report = ImportReport(file_name=file_name, format_label=plan.format_label)
    total = len(table)
    # A bulk write: the rep waits for the commit, not for the log's copy after it.
    with collector_paused(), store.write(bulk=True) as session:
        connection = session.connection()
        batch_id = new_id()
        stamp = utcnow()
        connection.execute(
            insert(ImportBatch),
            [
                {
                    "id": batch_id,
                    "file_name": file_name,
                    "file_sha256": hashlib.sha256(file_bytes).hexdigest() if file_bytes else "",
                    "format_name": plan.format_key or plan.format_label,
                    "mapping_json": json.dumps(
                        {str(i): [plan.header[i], t] for i, t in sorted(plan.mapping.items())},
                        ensure_ascii=False,
                    ),
                    "status": ImportStatus.COMMITTED,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            ],
        )
        run = _Run(
            ImportWriter(connection, batch_id),
            DuplicateIndex.load(connection),
            plan,
            options,
            gazetteer if options.locate else None,
            report,
        )
        repeated_header = _RepeatedHeader(plan.header)
        rebuilt = REBUILT_AFTER_IMPORT if worth_rebuilding(connection, total) else ()
        with indexes_built_after(connection, rebuilt):
            for start in range(0, total, CHECK_EVERY):
                run.add_run(_cleaned_rows(table, plan, repeated_header, start, CHECK_EVERY))
                done = min(start + CHECK_EVERY, total)
                if done % CHECK_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise ImportCancelledError("Import cancelled: nothing was written.")
                    if progress is not None:
                        progress(done, total)
            run.writer.finish()
        report.batch_id = batch_id
        connection.execute(
            update(ImportBatch)
            .where(ImportBatch.id == batch_id)
            .values(
                rows_read=report.rows_read,
                rows_imported=report.imported,
                rows_updated=report.updated,
                rows_skipped=len(report.skipped),
                rows_rejected=len(report.rejected),
            )
        )
    if progress is not None:
        progress(total, total)
    return report


def _cleaned_rows(
    table: ReadTable, plan: ImportPlan, repeated_header: _RepeatedHeader, start: int, count: int
) -> list[tuple[int, CleanedRow | None]]:
    """Rows `start` to `start + count` of the table, cleaned (None for the header again).

    A few hundred rows are cleaned together (see `ImportPlan.clean_many`) before any of them
    is checked and written, rather than each row cleaned then written in turn: the same work,
    but the cleaning code and data stay in the processor's caches for the whole run of rows,
    then the writing code does (measured: ~10% of a 100,000-row import). Nothing is written
    before the transaction ends either way."""
    lines = table.line_numbers[start : start + count]
    rows = table.rows[start : start + count]
    headers = [repeated_header.matches(cells) for cells in rows]
    if not any(headers):
        return list(zip(lines, plan.clean_many(lines, rows), strict=True))
    kept = [index for index, header in enumerate(headers) if not header]
    cleaned = iter(plan.clean_many([lines[i] for i in kept], [rows[i] for i in kept]))
    return [
        (line, None if header else next(cleaned))
        for line, header in zip(lines, headers, strict=True)
    ]


def _has_identity(fields: dict[str, Any]) -> bool:
    """Whether the row names someone or something: a company, a person, an email, a phone or
    a SIRET (map, not a generator: this runs for every row)."""
    return any(map(fields.get, _IDENTITY_FIELDS))


class _RepeatedHeader:
    """Spots the header row again among the rows (two exports joined into one file): it is no
    prospect, so it is reported as rejected instead of imported as a company named "Société"."""

    def __init__(self, header: list[str]) -> None:
        self.key = [name.casefold() for name in header]
        named = [index for index, name in enumerate(header) if name]
        # One column's name could be a real value; a whole header of them is not.
        self.first = named[0] if len(named) >= 2 else None
        self.initial = self.key[self.first][:1] if self.first is not None else ""

    def matches(self, cells: list[str]) -> bool:
        first = self.first
        if first is None:
            return False
        cell = cells[first]
        # The cell's first character decides for almost every row, without normalising the
        # whole cell (case folding is character by character, so this refuses no header).
        if cell.lstrip()[:1].casefold()[:1] != self.initial:
            return False
        if " ".join(cell.split()).casefold() != self.key[first]:
            return False
        return [" ".join(cell.split()).casefold() for cell in cells] == self.key


class _Run:
    """The row-by-row decisions of one import."""

    def __init__(
        self,
        writer: ImportWriter,
        index: DuplicateIndex,
        plan: ImportPlan,
        options: ImportOptions,
        gazetteer: Gazetteer | None,
        report: ImportReport,
    ) -> None:
        self.writer = writer
        self.index = index
        self.plan = plan
        self.options = options
        self.gazetteer = gazetteer
        self.report = report
        self.prefix = (plan.format_key.split("_")[0] + ":") if plan.format_key else ""
        self._places: dict[tuple[Any, Any, Any], _Place | None] = {}

    def add_run(self, rows: list[tuple[int, CleanedRow | None]]) -> None:
        """A run of the file's rows, in order: (line, cleaned row), None for the header again.

        The duplicate keys of a prospect file's rows are computed for the whole run first (a
        row's keys depend on its own fields only, read before anything changes them): the
        same work, with the key code kept in the caches, as for `_cleaned_rows`."""
        if self.plan.record_kind is RecordKind.PROSPECT:
            ref = self._ref
            keys = [
                None if row is None else keys_of(row.fields, ref(row.external_id))
                for _line, row in rows
            ]
        else:
            keys = [None] * len(rows)
        for (line, row), row_keys in zip(rows, keys, strict=True):
            if row is None:
                self.report.rows_read += 1
                self.report.rejected.append(RowOutcome(line, "the header again (files joined?)"))
            else:
                self.add(row, row_keys)

    def add(self, row: CleanedRow, keys: RowKeys | None = None) -> None:
        """One row; `keys` are its duplicate keys when already known (see `add_run`)."""
        report = self.report
        if row.is_empty and not row.problems:
            return  # a blank line
        report.rows_read += 1
        report.problems.extend(row.problems)
        fields = self._fields(row)
        kind = self.plan.record_kind
        if kind is RecordKind.CONTACT:
            self._add_contact_row(row, fields)
        elif kind is RecordKind.VISIT_REPORT:
            self._add_report_row(row, fields)
        else:
            self._add_prospect_row(row, fields, keys)

    # Row kinds -------------------------------------------------------------------------

    def _add_prospect_row(
        self, row: CleanedRow, fields: dict[str, Any], keys: RowKeys | None
    ) -> None:
        if not _has_identity(fields):
            self.report.rejected.append(
                RowOutcome(row.line, "no company, name, email, phone or SIRET")
            )
            return
        if keys is None:
            keys = keys_of(fields, self._ref(row.external_id))
        twin = self.index.find(keys)
        if twin is not None and self.options.policy is not DuplicatePolicy.IMPORT:
            self._merge_into(twin, row, fields, keys)
            return
        prospect_id = self._create(row, fields, keys)
        self._attach_extras(prospect_id, row)

    def _add_contact_row(self, row: CleanedRow, fields: dict[str, Any]) -> None:
        """A person at a company: attach to the company (found by its id in the exporting
        software, or by name and address), creating the company if it is not there yet."""
        company_fields = {k: v for k, v in fields.items() if k not in _PERSON_FIELDS}
        person = {k: v for k, v in fields.items() if k in _PERSON_FIELDS}
        company_id = self._find_company(row, company_fields)
        person_ref = self._ref(row.contact_external_id or row.external_id)
        if company_id is None:
            if not company_fields.get("company") and not person:
                self.report.rejected.append(RowOutcome(row.line, "no company and no person"))
                return
            keys = keys_of(company_fields, self._ref(row.company_external_id))
            company_id = self._create(row, company_fields, keys)
        if (
            person
            and self.options.policy is not DuplicatePolicy.IMPORT
            and self.writer.knows_person(company_id, person_ref, person)
        ):
            self.report.skipped.append(
                RowOutcome(row.line, "this person is already a contact there", company_id)
            )
            return
        if person:
            primary = not self.writer.has_primary_contact(company_id)
            self.writer.new_contact(company_id, person, person_ref, primary=primary)
            self.report.contacts_added += 1
        self._attach_extras(company_id, row)

    def _add_report_row(self, row: CleanedRow, fields: dict[str, Any]) -> None:
        """A visit report on a company, found (or created) like a contact's company."""
        report = row.report
        if report is None or report.date is None:
            self.report.rejected.append(RowOutcome(row.line, "a visit report without a date"))
            return
        company_id = self._find_company(row, fields)
        if company_id is None:
            if not fields.get("company"):
                self.report.rejected.append(RowOutcome(row.line, "no company for this report"))
                return
            company_id = self._create(
                row, fields, keys_of(fields, self._ref(row.company_external_id))
            )
        subject = report.label or ""
        if self.writer.activity(company_id, report.kind, report.date, subject, report.note):
            self.report.activities_added += 1
        else:
            self.report.skipped.append(
                RowOutcome(row.line, "this report is already there", company_id)
            )

    # Shared steps ----------------------------------------------------------------------

    def _create(self, row: CleanedRow, fields: dict[str, Any], keys: RowKeys) -> str:
        self._locate(row.line, fields)
        prospect_id, with_contact = self.writer.new_prospect(fields, keys.external)
        self.index.remember(keys, prospect_id, row.line)
        self.report.imported += 1
        if with_contact:
            self.report.contacts_added += 1
        return prospect_id

    def _merge_into(
        self, twin: Twin, row: CleanedRow, fields: dict[str, Any], keys: RowKeys
    ) -> None:
        policy = self.options.policy
        if twin.line is not None:
            reason = f"same as line {twin.line} ({twin.reason})"
        else:
            reason = twin.reason
        if policy is DuplicatePolicy.SKIP:
            self.report.skipped.append(RowOutcome(row.line, reason, twin.prospect_id))
            return
        changed = self.writer.complete(
            twin.prospect_id, fields, overwrite=policy is DuplicatePolicy.OVERWRITE
        )
        self.index.remember(keys, twin.prospect_id, row.line)
        extras = self._attach_extras(twin.prospect_id, row)
        if changed or extras:
            self.report.updated += 1
        else:
            self.report.skipped.append(
                RowOutcome(row.line, reason + ", nothing new", twin.prospect_id)
            )

    def _attach_extras(self, prospect_id: str, row: CleanedRow) -> bool:
        """Tags, the next follow-up and the last contact date of a row; whether any was added."""
        added = False
        if row.tags and self.writer.tag(prospect_id, row.tags):
            added = True
        if row.next_follow_up is not None and self.writer.follow_up(
            prospect_id, row.next_follow_up
        ):
            self.report.follow_ups_added += 1
            added = True
        if row.last_contact is not None and self.writer.last_contact(prospect_id, row.last_contact):
            self.report.activities_added += 1
            added = True
        return added

    def _find_company(self, row: CleanedRow, fields: dict[str, Any]) -> str | None:
        by_ref = self._ref(row.company_external_id)
        keys = RowKeys(
            by_ref,
            str(fields.get("siret") or ""),
            (),
            (),
            company_key(str(fields.get("company") or ""), str(fields.get("postal_code") or "")),
        )
        twin = self.index.find(keys)
        return twin.prospect_id if twin is not None else None

    def _locate(self, line: int, fields: dict[str, Any]) -> None:
        if fields.get("latitude") is not None and fields.get("longitude") is not None:
            return
        place = self._place_of(fields)
        if place is None:
            self.report.not_located.append(line)
            return
        fields["latitude"], fields["longitude"], fields["geo_precision"] = place

    def _place_of(self, fields: dict[str, Any]) -> _Place | None:
        """Where the row's address is (latitude, longitude, city or postal code precision),
        remembered per address: a file names the same few thousand places again and again."""
        get = fields.get
        address = (get("country"), get("postal_code"), get("city"))
        try:
            return self._places[address]
        except KeyError:
            pass
        country, postal_code, city = address
        place = None
        if self.gazetteer is not None and (postal_code or city):
            location = self.gazetteer.locate(
                str(country or "FR"), str(postal_code or ""), str(city or "")
            )
            if location is not None:
                precision = GeoPrecision(location.precision)  # city or postal code
                place = (location.latitude, location.longitude, precision)
        self._places[address] = place
        return place

    def _fields(self, row: CleanedRow) -> dict[str, Any]:
        # The row assembly already put `row.extra_notes` into the notes: adding them again here
        # would write every kept cell twice. The row is the importer's alone (cleaned for this
        # call and dropped after), so its fields are used as they are, not copied.
        return row.fields

    def _ref(self, external_id: str | None) -> str:
        return f"{self.prefix}{external_id}" if external_id and self.prefix else ""
