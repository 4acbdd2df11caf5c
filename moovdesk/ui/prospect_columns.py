"""The columns of the prospect table: what each shows, how wide it starts, whether it sorts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from moovdesk.data.listing import SORTABLE_COLUMNS, ProspectRow
from moovdesk.phones import format_phone
from moovdesk.ui.labels import stage_label, temperature_label
from moovdesk.ui.qt_dates import short_date, short_datetime


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProspectColumns", text)


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[], str]
    width: int
    text: Callable[[ProspectRow], str]
    shown_by_default: bool = True

    @property
    def sortable(self) -> bool:
        return self.key in SORTABLE_COLUMNS


COLUMNS: tuple[Column, ...] = (
    Column("temperature", lambda: _tr("Temp."), 78, lambda r: temperature_label(r.temperature)),
    Column("company", lambda: _tr("Company"), 220, lambda r: r.company),
    Column("contact", lambda: _tr("Contact"), 160, lambda r: r.contact_name),
    Column("city", lambda: _tr("City"), 140, lambda r: r.city),
    Column("postal_code", lambda: _tr("Postal code"), 80, lambda r: r.postal_code),
    Column("phone", lambda: _tr("Phone"), 120, lambda r: format_phone(r.phone or r.mobile)),
    Column("email", lambda: _tr("Email"), 190, lambda r: r.email),
    Column("stage", lambda: _tr("Stage"), 80, lambda r: stage_label(r.stage)),
    Column(
        "next_follow_up",
        lambda: _tr("Next follow-up"),
        130,
        lambda r: short_datetime(r.next_follow_up),
    ),
    Column(
        "last_contact_at",
        lambda: _tr("Last contact"),
        110,
        lambda r: short_date(r.last_contact_at),
    ),
    Column("source", lambda: _tr("Source"), 110, lambda r: r.source),
    Column("tags", lambda: _tr("Tags"), 130, lambda r: ", ".join(r.tags)),
    Column("activity", lambda: _tr("Activity"), 130, lambda r: r.activity, False),
    Column("job_title", lambda: _tr("Job title"), 120, lambda r: r.job_title, False),
    Column("mobile", lambda: _tr("Mobile"), 120, lambda r: format_phone(r.mobile), False),
    Column("street", lambda: _tr("Street"), 180, lambda r: r.street, False),
    Column("siret", lambda: _tr("SIRET"), 120, lambda r: r.siret, False),
    Column(
        "created_at",
        lambda: _tr("Created"),
        110,
        lambda r: short_date(r.created_at),
        False,
    ),
    Column(
        "updated_at",
        lambda: _tr("Modified"),
        130,
        lambda r: short_datetime(r.updated_at),
        False,
    ),
)
COLUMN_INDEX = {column.key: index for index, column in enumerate(COLUMNS)}
