"""Which file format an export writes, chosen from the target's extension or forced by name,
and the errors an export reports to the rep in one line."""

from __future__ import annotations

import enum
from pathlib import Path


class ExportFormat(enum.StrEnum):
    CSV = "csv"
    JSON = "json"
    XLSX = "xlsx"
    VCARD = "vcf"


class ExportError(Exception):
    """A problem the rep can act on (unknown format, folder missing or read-only, file locked)."""


class ExportCancelledError(Exception):
    """Raised from a progress callback to stop an export; the previous file stays as it was."""


_BY_NAME: dict[str, ExportFormat] = {
    **{member.value: member for member in ExportFormat},
    "vcard": ExportFormat.VCARD,
}

ACCEPTED_EXTENSIONS = (".csv", ".json", ".xlsx", ".vcf")


def format_for(path: Path, forced: str | None = None) -> ExportFormat:
    """The format `forced` names (csv, json, xlsx, vcf or vcard), else the one of the extension.

    Raises ExportError naming the accepted extensions, so a typo never writes the wrong format.
    """
    if forced:
        found = _BY_NAME.get(forced.strip().lower().lstrip("."))
        if found is None:
            raise ExportError(f"unknown export format {forced!r}: use csv, json, xlsx or vcf")
        return found
    found = _BY_NAME.get(Path(path).suffix.lower().lstrip("."))
    if found is None:
        extensions = ", ".join(ACCEPTED_EXTENSIONS)
        raise ExportError(f"cannot export to {Path(path).name!r}: use a {extensions} file")
    return found
