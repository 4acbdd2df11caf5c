"""Prospect exports (CSV, JSON, XLSX, vCard) shared by the window's File > Export… and the CLI.

Qt-free. `export_prospects` writes what a filter selects; `format_for` picks the format from a
file name. The iCalendar export of follow-ups lives in `moovdesk.calendar_export`.
"""

from moovdesk.exporting.export import Progress, export_prospects, write_records
from moovdesk.exporting.formats import (
    ACCEPTED_EXTENSIONS,
    ExportCancelledError,
    ExportError,
    ExportFormat,
    format_for,
)

__all__ = [
    "ACCEPTED_EXTENSIONS",
    "ExportCancelledError",
    "ExportError",
    "ExportFormat",
    "Progress",
    "export_prospects",
    "format_for",
    "write_records",
]
