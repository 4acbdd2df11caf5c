"""Between Qt's date-times (local, what widgets show) and the aware datetimes services take."""

from __future__ import annotations

import re
from collections.abc import Callable
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


_QT_TO_STRFTIME = {"dd": "%d", "MM": "%m", "yyyy": "%Y", "yy": "%y", "HH": "%H", "mm": "%M"}
_SIMPLE_PATTERN = re.compile(r"^(dd|MM|yyyy|yy|HH|mm|[ /.:,-])+$")


def fast_datetime_formatter() -> Callable[[datetime | None], str]:
    """short_datetime for thousands of values: the locale's short pattern turned into a
    strftime pattern once (dd/MM/yyyy HH:mm for French), Qt's formatting otherwise."""
    pattern = QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)
    if not _SIMPLE_PATTERN.match(pattern):
        return short_datetime
    python_pattern = re.sub("yyyy|yy|dd|MM|HH|mm", lambda m: _QT_TO_STRFTIME[m.group(0)], pattern)

    def format_one(value: datetime | None) -> str:
        return "" if value is None else value.astimezone().strftime(python_pattern)

    return format_one
