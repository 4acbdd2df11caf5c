"""How a tour reads to the rep: times of day in the locale's format, durations, distances, the
days' titles and the reasons a stop found no place. Shared by the stop list, the map's tooltips
and the panel's totals."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

if TYPE_CHECKING:  # the planner (and numpy) load when the first tour does, not at start-up
    from moovdesk.tours import DayPlan, TourPlan, UnplacedReason


def _tr(text: str) -> str:
    return QCoreApplication.translate("TourFormat", text)


def counted(text: str, n: int) -> str:
    """A translated "%n visit(s)": the French catalogue has real plural forms; the English
    source, shown as is, gets its "(s)" resolved here."""
    return text.replace("(s)", "" if n == 1 else "s")


def clock(minute: float) -> str:
    """A minute of the day as the locale writes a time ("08:30", "8:30 AM"); past midnight it
    wraps (a forced order that runs that late is already flagged as overtime)."""
    whole = round(minute) % (24 * 60)
    return QLocale().toString(QTime(whole // 60, whole % 60), QLocale.FormatType.ShortFormat)


def duration(minutes: float) -> str:
    """ "45 min", "1 h 05", "2 h"."""
    whole = max(round(minutes), 0)
    hours, rest = divmod(whole, 60)
    if not hours:
        return _tr("%1 min").replace("%1", str(rest))
    if not rest:
        return _tr("%1 h").replace("%1", str(hours))
    return _tr("%1 h %2").replace("%1", str(hours)).replace("%2", f"{rest:02d}")


def distance(km: float) -> str:
    """ "12 km", "0.8 km" (the locale's decimal mark below 10 km)."""
    locale = QLocale()
    text = locale.toString(km, "f", 1) if km < 9.95 else locale.toString(round(km))
    return _tr("%1 km").replace("%1", text)


def day_date(plan: TourPlan, day: DayPlan) -> date | None:
    first = plan.request.first_day
    return None if first is None else first + timedelta(days=day.index)


def long_date(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), "dddd d MMMM yyyy")


def day_title(plan: TourPlan, day: DayPlan) -> str:
    """ "Day 1 — Tuesday 12 March 2027" (the date when the tour has one)."""
    title = _tr("Day %1").replace("%1", str(day.index + 1))
    when = day_date(plan, day)
    return title if when is None else f"{title} — {long_date(when)}"


def day_summary(day: DayPlan) -> str:
    """ "8 visits · 132 km · 2 h 10 driving"."""
    count = len(day.visits)
    visits = counted(QCoreApplication.translate("TourFormat", "%n visit(s)", "", count), count)
    driving = _tr("%1 driving").replace("%1", duration(day.travel_minutes))
    return " · ".join((visits, distance(day.travel_km), driving))


def totals(plan: TourPlan) -> str:
    """ "Total: 132 km · 2 h 10 driving · 14 visits · 1 day"."""
    count = sum(len(day.visits) for day in plan.days)
    visits = counted(QCoreApplication.translate("TourFormat", "%n visit(s)", "", count), count)
    n_days = len(plan.days)
    days = counted(QCoreApplication.translate("TourFormat", "%n day(s)", "", n_days), n_days)
    driving = _tr("%1 driving").replace("%1", duration(plan.travel_minutes))
    parts = (distance(plan.travel_km), driving, visits, days)
    return _tr("Total: %1").replace("%1", " · ".join(parts))


def reason_text(reason: UnplacedReason) -> str:
    texts = {
        "window_unreachable": _tr("closes before you can get there"),
        "window_too_short": _tr("opening hours shorter than the visit"),
        "outside_day": _tr("too far to be back by the end of the day"),
        "beyond_days": _tr("its date is outside the tour's days"),
        "no_room": _tr("no room left in the days allowed"),
        "conflict": _tr("clashes with the appointments of its day"),
        "removed": _tr("taken out of the tour"),
    }
    return texts.get(reason.value, reason.value)


def estimate_note() -> str:
    return _tr(
        "Travel times are estimates (straight-line distance × detour factor, at an average speed)."
    )
