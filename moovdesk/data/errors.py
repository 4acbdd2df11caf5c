"""Errors the rep can act on. Anything else that escapes the data layer is a bug."""

from __future__ import annotations


class StoreError(Exception):
    """A problem with the database that the user can understand and act on; the message says how."""


class StoreLockedError(StoreError):
    """Another Moovdesk already writes to this database."""


class StoreReadOnlyError(StoreError):
    """The database or its folder cannot be written: it may still be read, never changed."""


class NewerSchemaError(StoreError):
    """The database was written by a newer Moovdesk; it is left untouched."""


class CorruptDatabaseError(StoreError):
    """The file is damaged or is not a Moovdesk database."""


class StoreWriteError(StoreError):
    """A write could not be saved (disk full, read-only folder, busy); nothing was written."""


class RecordNotFoundError(StoreError):
    """The record asked for does not exist (or is in the trash when a live one was wanted)."""


class ValidationError(StoreError):
    """A value the rep typed cannot be stored as it is; the message names the field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
