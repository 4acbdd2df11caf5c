"""Tours count in minutes after local midnight of each day; the base stores UTC. These turn one
into the other. `zone` None means the computer's own time zone (summer time included)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo


def local_datetime(day: date, minute: float, zone: tzinfo | None = None) -> datetime:
    """The aware datetime of `minute` after local midnight of `day`."""
    naive = datetime.combine(day, time()) + timedelta(minutes=minute)
    return naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()


def to_local(moment: datetime, zone: tzinfo | None = None) -> datetime:
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def minute_in_day(
    moment: datetime, first_day: date, zone: tzinfo | None = None
) -> tuple[int, float]:
    """(day index counted from `first_day`, minute after local midnight) of an aware datetime."""
    local = to_local(moment, zone)
    minute = local.hour * 60 + local.minute + local.second / 60
    return (local.date() - first_day).days, minute
