"""Where the fields of a new imported row go: which prospect and primary-contact columns, in
which order. Decided once per list of field names (the rows of one file share a handful of
shapes), so that each new row costs two tuple gets (see `ImportWriter.new_prospect`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table

from moovdesk.data.models import Contact, Prospect
from moovdesk.importing.pending_rows import Names, Values, getter
from moovdesk.prospects import route_fields

COLUMN_KEYS: dict[type, frozenset[str]] = {
    model: frozenset(column.key for column in cast(Table, model.__table__).columns)
    for model in (Prospect, Contact)
}
# The columns a new prospect or primary contact row always sets itself, before its routed fields.
PROSPECT_OWN = ("id", "external_ref", "company_key", "became_client_at")
CONTACT_OWN = ("id", "prospect_id", "is_primary", "external_ref")
SHARED_BY_ALL = ("import_batch_id", "created_at", "updated_at")
Route = tuple[Names, Callable[[dict[str, Any]], Values]]


@dataclass(slots=True)
class RowShape:
    """Where the fields of a new row of one shape go: the pending prospect rows of those
    columns (their batch's position, the table's queue order) and the getter of their values,
    and the same for its primary contact (no names: no contact). New rows are appended to
    the pending lists directly."""

    prospects: list[Values]
    prospect_slot: int
    prospect_order: list[int]
    prospect_values: Callable[[dict[str, Any]], Values]
    contacts: list[Values]
    contact_slot: int
    contact_order: list[int]
    contact_names: Names
    contact_values: Callable[[dict[str, Any]], Values]


def routes_by_name(names: Names) -> tuple[Route, Route] | None:
    """Where `route_fields` sends each named field, found by routing the names themselves;
    None when the route depends on the values."""
    if ("latitude" in names or "longitude" in names) and "geo_precision" not in names:
        return None  # the precision it adds depends on whether a latitude is given
    to_prospect, to_contact = route_fields({name: name for name in names}, contact_exists=False)
    prospect_columns, prospect_fields = columns_only(Prospect, to_prospect, PROSPECT_OWN)
    contact_columns, contact_fields = columns_only(Contact, to_contact, CONTACT_OWN)
    return (prospect_columns, getter(prospect_fields)), (contact_columns, getter(contact_fields))


def columns_only(model: type, values: dict[str, Any], own: Names) -> tuple[Names, Values]:
    """The keys and values of `values` that are columns of `model` the row does not set itself
    (`own`, and the batch and stamps every new row shares): other fields were never written,
    and are not now."""
    keys = COLUMN_KEYS[model]
    kept = [
        (name, value)
        for name, value in values.items()
        if name in keys and name not in own and name not in SHARED_BY_ALL
    ]
    return tuple(name for name, _ in kept), tuple(value for _, value in kept)
