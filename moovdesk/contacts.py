"""The people to see at a prospect: several contacts, exactly one of them primary when any."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from moovdesk.data.errors import RecordNotFoundError, ValidationError
from moovdesk.data.models import Contact, Prospect
from moovdesk.data.store import Store
from moovdesk.data.types import utcnow
from moovdesk.prospect_fields import clean_value
from moovdesk.prospects import contact_view
from moovdesk.views import ContactView

CONTACT_FIELDS = frozenset(
    {"civility", "first_name", "last_name", "job_title", "phone", "mobile", "email", "notes"}
)


class ContactService:
    def __init__(self, store: Store, *, phone_region: str = "FR") -> None:
        self.store = store
        self.phone_region = phone_region

    def add_contact(self, prospect_id: str, values: Mapping[str, Any]) -> str:
        """Add a person; the first live contact of a prospect becomes its primary one."""
        cleaned = self._clean(values)
        with self.store.write() as session:
            prospect = session.get(Prospect, prospect_id)
            if prospect is None or prospect.deleted_at is not None:
                raise RecordNotFoundError(f"No prospect with id {prospect_id}.")
            has_primary = _primary(session, prospect_id) is not None
            contact = Contact(prospect_id=prospect_id, is_primary=not has_primary, **cleaned)
            session.add(contact)
            session.flush()
            return contact.id

    def update_contact(
        self, contact_id: str, changes: Mapping[str, Any]
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """Change some fields; returns (before, after) for undo."""
        cleaned = self._clean(changes)
        with self.store.write() as session:
            contact = _live(session, contact_id)
            before = {name: getattr(contact, name) for name in cleaned}
            for name, value in cleaned.items():
                setattr(contact, name, value)
            return before, dict(cleaned)

    def set_primary(self, contact_id: str) -> str | None:
        """Make this contact the primary one; returns the previous primary's id."""
        with self.store.write() as session:
            contact = _live(session, contact_id)
            previous = _primary(session, contact.prospect_id)
            if previous is not None and previous.id != contact.id:
                previous.is_primary = False
                session.flush()  # the one-primary index must never see two
            contact.is_primary = True
            return previous.id if previous is not None else None

    def remove_contact(self, contact_id: str) -> None:
        """Soft-delete a contact; when it was primary, the oldest remaining one takes over."""
        with self.store.write() as session:
            contact = _live(session, contact_id)
            was_primary = contact.is_primary
            contact.deleted_at = utcnow()
            contact.is_primary = False
            session.flush()
            if was_primary:
                successor = (
                    session.execute(
                        select(Contact)
                        .where(
                            Contact.prospect_id == contact.prospect_id, Contact.deleted_at.is_(None)
                        )
                        .order_by(Contact.created_at)
                    )
                    .scalars()
                    .first()
                )
                if successor is not None:
                    successor.is_primary = True

    def restore_contact(self, contact_id: str) -> None:
        with self.store.write() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise RecordNotFoundError(f"No contact with id {contact_id}.")
            contact.deleted_at = None
            contact.is_primary = _primary(session, contact.prospect_id) is None

    def contacts_of(self, prospect_id: str) -> list[ContactView]:
        with self.store.read() as session:
            rows = session.execute(
                select(Contact)
                .where(Contact.prospect_id == prospect_id, Contact.deleted_at.is_(None))
                .order_by(Contact.is_primary.desc(), Contact.created_at)
            ).scalars()
            return [contact_view(c) for c in rows]

    def _clean(self, values: Mapping[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(values) - CONTACT_FIELDS)
        if unknown:
            raise ValidationError(unknown[0], f"Unknown contact field {unknown[0]!r}.")
        return {
            name: clean_value(name, value, country="FR", phone_region=self.phone_region)
            for name, value in values.items()
        }


def _live(session: Session, contact_id: str) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise RecordNotFoundError(f"No contact with id {contact_id}.")
    return contact


def _primary(session: Session, prospect_id: str) -> Contact | None:
    return session.execute(
        select(Contact).where(
            Contact.prospect_id == prospect_id,
            Contact.is_primary.is_(True),
            Contact.deleted_at.is_(None),
        )
    ).scalar_one_or_none()
