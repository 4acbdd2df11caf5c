"""A read-only summary of the selected prospect beside the table."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from moovdesk.data.errors import RecordNotFoundError
from moovdesk.phones import format_phone
from moovdesk.prospects import ProspectService
from moovdesk.ui.prospect_columns import format_datetime, stage_label, temperature_label


class ProspectSummary(QTextBrowser):
    def __init__(self, service: ProspectService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prospectSummary")
        self._service = service
        self.setOpenExternalLinks(True)
        self.show_prospect("")

    def show_prospect(self, prospect_id: str) -> None:
        if not prospect_id:
            self.setHtml(
                f"<p style='color:gray'>{html.escape(self.tr('No prospect selected.'))}</p>"
            )
            return
        try:
            details = self._service.get(prospect_id)
        except RecordNotFoundError:
            self.show_prospect("")
            return
        row = details.row
        e = html.escape
        lines = [
            f"<h2>{e(row.company or row.contact_name)}</h2>",
            f"<p><b>{e(temperature_label(row.temperature))}</b> · {e(stage_label(row.stage))}</p>",
        ]
        for contact in details.contacts:
            name = " ".join(
                p for p in (contact.civility, contact.first_name, contact.last_name) if p
            )
            job = f" — {e(contact.job_title)}" if contact.job_title else ""
            lines.append(f"<p>{e(name)}{job}</p>")
        address = "<br>".join(
            e(p) for p in (row.street, f"{row.postal_code} {row.city}".strip()) if p
        )
        if address:
            lines.append(f"<p>{address}</p>")
        for number in (row.phone, row.mobile):
            if number:
                lines.append(f"<p><a href='tel:{e(number)}'>{e(format_phone(number))}</a></p>")
        if row.email:
            lines.append(f"<p><a href='mailto:{e(row.email)}'>{e(row.email)}</a></p>")
        if row.next_follow_up:
            label = e(self.tr("Next follow-up"))
            lines.append(f"<p><b>{label}:</b> {e(format_datetime(row.next_follow_up))}</p>")
        if row.notes:
            lines.append(f"<p style='white-space:pre-wrap'>{e(row.notes)}</p>")
        self.setHtml("".join(lines))
