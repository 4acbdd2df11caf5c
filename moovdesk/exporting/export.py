"""Exporting the prospects a filter selects, in the table's order, to CSV, JSON, XLSX or vCard.

One read transaction gives a consistent snapshot however long the export takes; rows are read
and written a block at a time, and the file replaces the target only once complete. Qt-free:
the window runs `export_prospects` in a worker and cancels by raising ExportCancelledError
from the progress callback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from moovdesk.data import queries
from moovdesk.data.listing import ProspectFilter, ProspectSort
from moovdesk.data.store import Store
from moovdesk.exporting.csv_export import DELIMITERS, write_csv
from moovdesk.exporting.formats import ExportError, ExportFormat, format_for
from moovdesk.exporting.json_export import write_json
from moovdesk.exporting.records import CHUNK_SIZE, ExportRecord, record_batches
from moovdesk.exporting.target import atomic_output
from moovdesk.exporting.vcard_export import write_vcards

# (prospects written so far, prospects to write); raise from it to cancel.
Progress = Callable[[int, int], None]

EVERYTHING = ProspectFilter()
BY_COMPANY = ProspectSort()
# Formats that write each prospect's contact persons and business line.
_WITH_CONTACTS = frozenset({ExportFormat.JSON, ExportFormat.VCARD})


def export_prospects(
    store: Store,
    target: Path,
    fmt: str | ExportFormat,
    flt: ProspectFilter = EVERYTHING,
    sort: ProspectSort = BY_COMPANY,
    *,
    delimiter: str = ";",
    progress: Progress | None = None,
    now: datetime | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> int:
    """Write the prospects `flt` selects (the trash only if it asks for it), sorted by `sort`,
    to `target` in format `fmt`; returns how many prospects were written.

    `now` (aware, the rep's time) resolves date filters such as "overdue", like the table does.
    Raises ExportError for what the rep can fix; the previous `target` is then untouched.
    """
    kind = format_for(Path(target), str(fmt))
    if kind is ExportFormat.CSV and delimiter not in DELIMITERS:
        raise ExportError(f"the CSV delimiter must be ';' or ',', not {delimiter!r}")
    moment = now or datetime.now().astimezone()
    with store.read() as session:
        ids = queries.select_ids(session, flt, sort, moment)
        if progress is not None:
            progress(0, len(ids))
        batches = record_batches(
            session, ids, with_contacts=kind in _WITH_CONTACTS, chunk_size=chunk_size
        )
        return write_records(
            Path(target), kind, batches, total=len(ids), delimiter=delimiter, progress=progress
        )


def write_records(
    target: Path,
    kind: ExportFormat,
    batches: Iterable[list[ExportRecord]],
    *,
    total: int,
    delimiter: str = ";",
    progress: Progress | None = None,
) -> int:
    """Stream `batches` into `target` atomically; if anything raises, `target` stays as it was."""

    def on_batch(done: int) -> None:
        if progress is not None:
            progress(done, total)

    try:
        with atomic_output(target) as temporary:
            if kind is ExportFormat.CSV:
                return write_csv(temporary, batches, delimiter=delimiter, on_batch=on_batch)
            if kind is ExportFormat.JSON:
                return write_json(temporary, batches, on_batch=on_batch)
            if kind is ExportFormat.VCARD:
                return write_vcards(temporary, batches, on_batch=on_batch)
            from moovdesk.exporting.xlsx_export import write_xlsx  # XlsxWriter: only when used

            return write_xlsx(temporary, batches, on_batch=on_batch)
    except OSError as error:  # disk full, device gone... while writing
        raise ExportError(f"cannot write {target}: {error.strerror or error}") from error
