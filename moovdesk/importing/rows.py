"""One source row to one `CleanedRow`: each mapped cell read by its target's cleaner, then the
row-wide assembly (see row_assembly) for what needs several cells at once.

Nothing is lost quietly: a value that cannot be read becomes a CellProblem and its text is kept in
the notes with its column name; extra phones and emails go to the notes too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from moovdesk.data.vocabulary import Stage, Temperature
from moovdesk.importing.addressing import blank_if_undisclosed
from moovdesk.importing.cleaned_row import CleanedRow, RowDraft, VisitReport
from moovdesk.importing.contact_points import clean_emails, clean_phones
from moovdesk.importing.dates import DateOrder, parse_date
from moovdesk.importing.errors import Invalid
from moovdesk.importing.names import civility_of
from moovdesk.importing.row_assembly import assemble
from moovdesk.importing.targets import (
    BOOLEAN_TARGETS,
    DATE_TARGETS,
    PHONE_TARGETS,
    STREET_PART_TARGETS,
)
from moovdesk.importing.values import (
    CompanyNumber,
    clean_activity_kind,
    clean_block,
    clean_bool,
    clean_company_number,
    clean_coordinate,
    clean_country,
    clean_line,
    clean_number,
    clean_status,
    clean_tags,
    one_line,
)

Handler = Callable[[RowDraft, int, str, str], None]
# Plain strings for the fields (an enum's .value is a slow descriptor call, 100,000 times).
_PLAIN: dict[str, str] = {member: member.value for member in (*Temperature, *Stage)}


class RowCleaner:
    """Cleans rows for one mapping; built once per import, then called for every row."""

    def __init__(
        self,
        header: Sequence[str],
        mapping: Mapping[int, str],
        *,
        date_orders: Mapping[int, DateOrder] | None = None,
        default_order: DateOrder = DateOrder.DAY_FIRST,
        country: str = "FR",
        phone_region: str = "FR",
        source: str = "",
    ) -> None:
        self.header = list(header)
        self.country = country
        self.phone_region = phone_region
        self.source = source
        orders = date_orders or {}
        self._orders = {col: orders.get(col, default_order) for col in mapping}
        # Plain one-line text columns (most of them) have no handler: they are read inline in
        # `clean`, with no call per cell.
        self._steps: list[tuple[int, Handler | None, str]] = [
            (column, self._handler(target), target) for column, target in sorted(mapping.items())
        ]

    def clean(self, line: int, cells: Sequence[str]) -> CleanedRow:
        row = RowDraft(line, self.header)
        fields = row.fields
        for column, handler, target in self._steps:
            raw = cells[column]
            if not raw or raw.isspace() or raw == "[ND]":
                continue
            if handler is not None:
                handler(row, column, raw, target)
                continue
            text = " ".join(raw.split())
            if not text.isprintable():  # rare: control characters to drop (see one_line)
                text = one_line(text)
            current = fields.get(target)
            if current is None:
                fields[target] = text
            elif current != text:
                row.keep(column, text)
        return assemble(row, country=self.country, source=self.source)

    def clean_many(self, lines: Sequence[int], rows: Sequence[Sequence[str]]) -> list[CleanedRow]:
        """`clean` for several rows: each column read for all of them in turn.

        Every row still has its cells read in column order, so the rows come out exactly as
        `clean` makes them; taking one column at a time keeps one handler and its data in the
        processor's caches, and spares looking up the column's step again for every row."""
        drafts = [RowDraft(line, self.header) for line in lines]
        for column, handler, target in self._steps:
            if handler is not None:
                for row, cells in zip(drafts, rows, strict=True):
                    raw = cells[column]
                    if raw and not raw.isspace() and raw != "[ND]":
                        handler(row, column, raw, target)
                continue
            for row, cells in zip(drafts, rows, strict=True):
                raw = cells[column]
                if not raw or raw.isspace() or raw == "[ND]":
                    continue
                text = " ".join(raw.split())
                if not text.isprintable():  # rare: control characters to drop (see one_line)
                    text = one_line(text)
                fields = row.fields
                current = fields.get(target)
                if current is None:
                    fields[target] = text
                elif current != text:
                    row.keep(column, text)
        country, source = self.country, self.source
        return [assemble(row, country=country, source=source) for row in drafts]

    # --- per-column handlers: (row, column, raw text, target) --------------------------------

    def _handler(self, target: str) -> Handler | None:
        """How a column mapped to `target` is read; None for plain one-line text."""
        by_target: dict[str, Handler] = {
            "notes": self._notes,
            "note_field": self._note_field,
            "civility": self._civility,
            "country": self._country,
            "siret": self._siret,
            "tags": self._tags,
            "contact_full_name": self._full_name,
            "company_fallback": self._company_fallback,
            "street_extra": self._street_extra,
            "full_address": self._full_address,
            "postal_code_city": self._postal_city,
            "postal_code": self._postal,
            "coordinates": self._coordinates,
            "establishment_state": self._state,
            "report_type": self._report_type,
            "report_note": self._report_note,
            "temperature": self._status,
            "stage": self._status,
            "email": self._email,
            "business_email": self._email,
            "latitude": self._coordinate,
            "longitude": self._coordinate,
            "lambert_x": self._lambert,
            "lambert_y": self._lambert,
        }
        if target in by_target:
            return by_target[target]
        if target in PHONE_TARGETS:
            return self._phone
        if target in BOOLEAN_TARGETS:
            return self._bool
        if target in DATE_TARGETS:
            return self._date
        if target in STREET_PART_TARGETS:
            return self._street_part
        if target in ("external_id", "company_external_id", "contact_external_id"):
            return self._external_id
        return None

    def _notes(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        text = clean_block(raw)
        if not text:
            return
        if row.notes is None:
            row.notes = [text]
        elif text not in row.notes:
            row.notes.append(text)

    def _note_field(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        text = clean_block(raw)
        if text:
            row.keep(column, text)

    def _civility(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        row.fields.setdefault("civility", civility_of(raw) or " ".join(raw.split()))

    def _country(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        country = clean_country(raw)
        if isinstance(country, Invalid):
            row.problem(column, raw, country)
        elif country:
            row.fields.setdefault("country", country)

    def _siret(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        number = clean_company_number(raw)
        if isinstance(number, Invalid):
            row.problem(column, raw, number)
        elif isinstance(number, CompanyNumber):
            if number.is_siret:
                if "siret" not in row.fields:
                    row.fields["siret"] = number.digits
            else:
                row.out.extra_notes.append(f"SIREN: {number.digits}")

    def _tags(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        tags = row.out.tags
        for tag in clean_tags(raw):
            if tag not in tags:
                tags.append(tag)

    def _full_name(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        row.full_name = row.full_name or raw

    def _company_fallback(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        row.company_fallback = row.company_fallback or " ".join(raw.split())

    def _street_extra(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        text = clean_line(blank_if_undisclosed(raw))
        if not text:
            return
        if row.street_extra is None:
            row.street_extra = [text]
        elif text not in row.street_extra:
            row.street_extra.append(text)

    def _street_part(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        if row.street_parts is None:
            row.street_parts = {}
        row.street_parts.setdefault(target, raw)

    def _full_address(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        row.full_address = row.full_address or raw

    def _postal_city(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        row.postal_city = row.postal_city or raw

    def _postal(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        if row.postal is None:
            row.postal = (column, raw)

    def _coordinates(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        if row.coordinates is None:
            row.coordinates = (column, raw)

    def _state(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        row.out.closed = raw.strip().upper() in ("F", "FERME", "FERMÉ", "CLOSED")

    def _report_type(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        row.report_kind = clean_activity_kind(raw)
        row.report_label = clean_line(raw) or ""

    def _report_note(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        text = clean_block(raw)
        if text:
            row.report_note = f"{row.report_note}\n{text}" if row.report_note else text

    def _status(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        status = clean_status(raw)
        if isinstance(status, Invalid):
            row.problem(column, raw, status)
        elif status is not None:
            if status.temperature:
                row.fields.setdefault("temperature", _PLAIN[status.temperature])
            if status.stage:
                row.fields.setdefault("stage", _PLAIN[status.stage])

    def _email(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        emails = clean_emails(raw)
        if isinstance(emails, Invalid):
            row.problem(column, raw, emails)
            return
        if emails is None:
            return
        fields = row.fields
        if target not in fields:
            fields[target] = emails[0]
            if len(emails) == 1:
                return
        known = (fields.get("email"), fields.get("business_email"))
        for email in emails:
            if email not in known:
                row.keep(column, email)

    def _phone(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        phones = clean_phones(raw, self.phone_region)
        if phones is None:
            return
        if phones.numbers:
            if row.phones is None:
                row.phones = [(target, phones.numbers)]
            else:
                row.phones.append((target, phones.numbers))
        for part in phones.unreadable:
            invalid = Invalid("bad_phone", f"“{part}” is not a phone number.")
            row.problem(column, part, invalid)

    def _coordinate(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        value = clean_coordinate(raw, target)
        if isinstance(value, Invalid):
            row.problem(column, raw, value)
        elif value is not None:
            row.fields.setdefault(target, value)

    def _bool(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        value = clean_bool(raw)
        if isinstance(value, Invalid):
            row.problem(column, raw, value)
        elif value is not None:
            row.fields.setdefault(target, value)

    def _date(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        value = parse_date(raw, self._orders[column])
        if isinstance(value, Invalid):
            row.problem(column, raw, value)
        elif value is not None:
            if target == "next_follow_up":
                row.out.next_follow_up = row.out.next_follow_up or value
            elif target == "last_contact_date":
                row.out.last_contact = row.out.last_contact or value
            else:
                row.report_date = row.report_date or value

    def _lambert(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        value = clean_number(raw)
        if value is not None:
            if row.lambert is None:
                row.lambert = {}
            row.lambert[target] = value

    def _external_id(self, row: RowDraft, column: int, raw: str, target: str) -> None:
        text = clean_line(raw)
        if text and getattr(row.out, target) is None:
            setattr(row.out, target, text)


__all__ = ["CleanedRow", "RowCleaner", "VisitReport"]
