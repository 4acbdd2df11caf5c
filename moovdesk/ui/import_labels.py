"""The words of the import window: what each column can become, the duplicate choices, and why
a file is refused, all translatable (the importing package stays Qt-free and English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from moovdesk.importing.errors import ImportFileError, ReadWarning, Reason
from moovdesk.importing.report import DuplicatePolicy


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportLabels", text)


def target_choices() -> list[tuple[str, str]]:
    """(target, label) pairs in the order the column menus offer them."""
    return [
        ("company", _tr("Company")),
        ("civility", _tr("Civility (M., Mme)")),
        ("first_name", _tr("First name")),
        ("last_name", _tr("Last name")),
        ("contact_full_name", _tr("Contact full name (split into first and last)")),
        ("job_title", _tr("Job title")),
        ("email", _tr("Email")),
        ("phone", _tr("Phone")),
        ("mobile", _tr("Mobile")),
        ("phone_any", _tr("Phone (mobile or landline, by its number)")),
        ("business_phone", _tr("Company phone")),
        ("business_email", _tr("Company email")),
        ("website", _tr("Website")),
        ("street", _tr("Street")),
        ("street_number", _tr("Street number")),
        ("street_type", _tr("Street type (rue, avenue…)")),
        ("street_name", _tr("Street name")),
        ("street_extra", _tr("Address complement")),
        ("full_address", _tr("Full address in one cell")),
        ("postal_code", _tr("Postal code")),
        ("postal_code_city", _tr("Postal code and city in one cell")),
        ("city", _tr("City")),
        ("country", _tr("Country")),
        ("latitude", _tr("Latitude")),
        ("longitude", _tr("Longitude")),
        ("coordinates", _tr("Latitude and longitude in one cell")),
        ("siret", _tr("SIRET / SIREN")),
        ("activity", _tr("Activity")),
        ("source", _tr("Source")),
        ("temperature", _tr("Temperature (hot/cold)")),
        ("stage", _tr("Stage")),
        ("need", _tr("Real need (yes/no)")),
        ("budget", _tr("Budget (yes/no)")),
        ("zone", _tr("In my zone (yes/no)")),
        ("timing", _tr("Right timing (yes/no)")),
        ("next_follow_up", _tr("Next follow-up (date)")),
        ("last_contact_date", _tr("Date of the last contact")),
        ("tags", _tr("Tags")),
        ("notes", _tr("Notes")),
        ("note_field", _tr("Kept in the notes, with its column name")),
        ("external_id", _tr("Identifier in the other software")),
        ("company_external_id", _tr("Company identifier in the other software")),
        ("report_date", _tr("Visit report date")),
        ("report_type", _tr("Visit report type")),
        ("report_note", _tr("Visit report text")),
    ]


def policy_label(policy: DuplicatePolicy) -> str:
    return {
        DuplicatePolicy.SKIP: _tr("leave them as they are (skip and report)"),
        DuplicatePolicy.FILL: _tr("complete their empty fields"),
        DuplicatePolicy.OVERWRITE: _tr("replace their fields with the file's values"),
        DuplicatePolicy.IMPORT: _tr("import them anyway, as new prospects"),
    }[policy]


def file_error_text(error: ImportFileError) -> str:
    """Why a file is refused, in the rep's language; the English message says the same."""
    texts = {
        Reason.CANNOT_OPEN: _tr("The file cannot be opened."),
        Reason.FILE_TOO_LARGE: _tr("The file is too large to import."),
        Reason.EMPTY_FILE: _tr("The file is empty."),
        Reason.NO_DATA_ROWS: _tr("The file has a header but no rows to import."),
        Reason.BINARY_FILE: _tr("This is not a spreadsheet or a text file (an image, a PDF…?)."),
        Reason.NUL_BYTES: _tr(
            "The file is damaged or is not a text file. Open it in a spreadsheet and save it "
            "again as CSV."
        ),
        Reason.NOT_A_TABLE: _tr("The file holds no table of rows and columns."),
        Reason.ARCHIVE: _tr("This is an archive: unpack it and import the file inside."),
        Reason.ZIP_BOMB: _tr("The spreadsheet would unpack to an absurd size: it was not opened."),
        Reason.CORRUPT_SPREADSHEET: _tr("The spreadsheet is damaged and cannot be read."),
        Reason.ENCRYPTED_SPREADSHEET: _tr(
            "The spreadsheet is protected by a password: save an unprotected copy first."
        ),
        Reason.SHEET_NOT_FOUND: _tr("That sheet is not in the spreadsheet."),
        Reason.LINE_TOO_LONG: _tr("A line of the file is absurdly long: it is not a table."),
        Reason.TOO_MANY_COLUMNS: _tr("The file has too many columns to be a table of prospects."),
        Reason.UNBALANCED_QUOTES: _tr(
            "A quote opened in the file is never closed, so its rows cannot be told apart."
        ),
    }
    text = texts.get(error.reason_code, error.message)
    if error.line is not None:
        text += " " + _tr("(line %1)").replace("%1", str(error.line))
    return text


def read_warning_text(warning: ReadWarning) -> str:
    """What the reader repaired or guessed, in the rep's language (the English message for a
    warning this list does not know)."""
    texts = {
        "preamble": _tr("%1 line(s) before the header were skipped."),
        "short_rows": _tr(
            "%1 row(s) had fewer cells than the header: the missing cells stay empty (line %3)."
        ),
        "long_rows": _tr(
            "%1 row(s) had more cells than the header: the extra cells are not imported (line %3)."
        ),
        "mixed_encoding": _tr("%1 line(s) were not valid UTF-8 and were read as %2 (line %3)."),
        "invalid_characters": _tr("Some bytes are not valid %2: they were replaced by \ufffd."),
        "nul_padding": _tr("NUL bytes at the end of the file were ignored."),
        "inner_bom": _tr("Byte-order marks inside the file (joined files?) were removed."),
        "zipped": _tr("Read “%2” from the zip archive."),
        "cell_errors": _tr(
            "%1 cell(s) show a spreadsheet error (%2): they are imported empty (row %3)."
        ),
    }
    text = texts.get(warning.code)
    if text is None:
        return warning.message
    return (
        text.replace("%1", str(warning.count))
        .replace("%2", warning.detail)
        .replace("%3", warning.lines_text())
    )
