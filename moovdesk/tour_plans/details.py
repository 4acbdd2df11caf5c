"""What the day sheet, the calendar and the route links show about each stop, read from the
prospects as they are now (a phone changed since the tour was planned shows the new one)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from moovdesk.data import queries
from moovdesk.data.listing import ProspectRow
from moovdesk.data.store import Store
from moovdesk.tour_plans.draft import StopInfo
from moovdesk.tours import Stop


@dataclass(frozen=True)
class StopDetails:
    """A stop as the rep reads it. Phones are E.164 as stored (format them for display)."""

    stop_id: str
    prospect_id: str | None
    company: str
    contact: str = ""
    address: str = ""
    street: str = ""  # "" when the address is only a town (then links use the position)
    phone: str = ""
    mobile: str = ""
    notes: str = ""


def postal_address(row: ProspectRow) -> str:
    """The address on one line, "3 rue Victor Hugo, 42000 Saint-Étienne" (the country added
    when it is not France)."""
    place = " ".join(p for p in (row.postal_code, row.city) if p)
    parts = [p for p in (row.street, place) if p]
    if row.country and row.country != "FR" and parts:
        parts.append(row.country)
    return ", ".join(parts)


def read_stop_details(
    store: Store, stops: tuple[Stop, ...], infos: Mapping[str, StopInfo]
) -> dict[str, StopDetails]:
    """Details of every stop, by stop id; a stop whose prospect is gone keeps its label."""
    prospect_ids = [info.prospect_id for info in infos.values() if info.prospect_id is not None]
    with store.read() as session:
        rows = {row.id: row for row in queries.rows_by_ids(session, prospect_ids)}
    details = {}
    for stop in stops:
        info = infos.get(stop.id)
        row = rows.get(info.prospect_id) if info and info.prospect_id else None
        if row is None:
            details[stop.id] = StopDetails(
                stop.id, None, stop.label, address=info.address if info else ""
            )
            continue
        details[stop.id] = StopDetails(
            stop_id=stop.id,
            prospect_id=row.id,
            company=row.company or stop.label,
            contact=row.contact_name,
            address=postal_address(row),
            street=row.street,
            phone=row.phone,
            mobile=row.mobile,
            notes=row.notes,
        )
    return details
