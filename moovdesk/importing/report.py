"""What an import did, row by row where it matters: the report shown at the end, savable as CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from moovdesk.atomic_files import write_bytes_atomically
from moovdesk.exporting.formulas import neutralize
from moovdesk.importing.errors import CellProblem


class DuplicatePolicy(StrEnum):
    """What to do with a row whose twin is already in the base (or earlier in the file)."""

    SKIP = "skip"  # keep the base as it is; the row is reported
    FILL = "fill"  # complete the empty fields of the existing prospect
    OVERWRITE = "overwrite"  # replace its fields with the file's non-empty values
    IMPORT = "import"  # add the row anyway, as a new prospect


@dataclass(frozen=True, slots=True)
class RowOutcome:
    line: int
    reason: str
    prospect_id: str = ""


@dataclass
class ImportReport:
    file_name: str
    format_label: str = ""
    batch_id: str = ""
    rows_read: int = 0
    imported: int = 0
    updated: int = 0
    contacts_added: int = 0
    follow_ups_added: int = 0
    activities_added: int = 0
    skipped: list[RowOutcome] = field(default_factory=list)
    rejected: list[RowOutcome] = field(default_factory=list)
    not_located: list[int] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)

    def summary(self) -> str:
        """One paragraph for the CLI and the log (the window shows its own, translated)."""
        parts = [
            f"{self.rows_read} rows read",
            f"{self.imported} prospects imported",
            f"{self.updated} updated",
            f"{len(self.skipped)} skipped as duplicates",
            f"{len(self.rejected)} rejected",
            f"{len(self.not_located)} not located on the map",
        ]
        if self.contacts_added:
            parts.append(f"{self.contacts_added} contacts added")
        if self.follow_ups_added:
            parts.append(f"{self.follow_ups_added} follow-ups scheduled")
        if self.activities_added:
            parts.append(f"{self.activities_added} visit reports and contacts logged")
        if self.problems:
            parts.append(
                f"{len(self.problems)} cells kept in the notes (unreadable as their column)"
            )
        return ", ".join(parts) + "."

    def details_csv(self) -> bytes:
        """Every row that needs a look, with its line number and why (UTF-8 with BOM, `;`)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(["line", "outcome", "reason", "column", "value"])
        rows: list[tuple[int, str, str, str, str]] = []
        rows += [(r.line, "rejected", r.reason, "", "") for r in self.rejected]
        rows += [(r.line, "skipped", r.reason, "", "") for r in self.skipped]
        rows += [(line, "not located", "no usable address", "", "") for line in self.not_located]
        rows += [
            (p.line, "cell kept in notes", p.message, p.header, p.value) for p in self.problems
        ]
        for row in sorted(rows, key=lambda r: r[0]):
            writer.writerow([_safe_cell(str(cell)) for cell in row])
        return ("\ufeff" + buffer.getvalue()).encode("utf-8")

    def save_details(self, target: Path) -> None:
        write_bytes_atomically(target, self.details_csv())


def _safe_cell(text: str) -> str:
    """A spreadsheet must not run a value from the imported file as a formula (the exports' rule:
    it also looks through leading blanks, which LibreOffice and Google Sheets trim)."""
    return neutralize(text)
