"""Between Qt's date-times (local, what widgets show) and the aware datetimes services take."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000)).toLocalTime()


def from_qdatetime(value: QDateTime) -> datetime:
    """An aware datetime in the machine's local time zone."""
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, UTC).astimezone()


def short_datetime(value: datetime | None) -> str:
    """dd/MM/yyyy HH:mm for French users, the locale's short form elsewhere."""
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value), QLocale.FormatType.ShortFormat)


def short_date(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value).date(), QLocale.FormatType.ShortFormat)
