"""The printed day sheet ("feuille de route") as simple HTML: a table of the day's stops with
arrival times, addresses, phones and notes, then the totals. Plain tables and inline attributes
only, no external CSS or scripts, so QTextDocument prints it to PDF as it is. Every text from
the base is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import timedelta

from moovdesk.phones import format_phone
from moovdesk.preferences import format_hhmm
from moovdesk.tour_plans.details import StopDetails
from moovdesk.tour_plans.labels import FRENCH, SheetLabels
from moovdesk.tour_plans.saved import SavedTour
from moovdesk.tours import DayPlan, Stop, Visit, VisitStatus

_TABLE = '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
_PAGE_BREAK = '<div style="page-break-before: always"></div>'


def _text(value: str) -> str:
    """Escaped, line breaks kept."""
    return "<br>".join(html.escape(line, quote=True) for line in value.splitlines())


def day_sheet_html(
    tour: SavedTour,
    day_index: int,
    details: Mapping[str, StopDetails],
    labels: SheetLabels = FRENCH,
    *,
    phone_region: str = "FR",
) -> str:
    """The sheet of one day of the tour, as a whole HTML document."""
    body = _day_body(tour, tour.plan.days[day_index], details, labels, phone_region)
    return _document(tour, labels, body)


def tour_sheet_html(
    tour: SavedTour,
    details: Mapping[str, StopDetails],
    labels: SheetLabels = FRENCH,
    *,
    phone_region: str = "FR",
) -> str:
    """Every day of the tour, one per page."""
    bodies = [_day_body(tour, day, details, labels, phone_region) for day in tour.plan.days]
    return _document(tour, labels, _PAGE_BREAK.join(bodies))


def _document(tour: SavedTour, labels: SheetLabels, body: str) -> str:
    title = _text(f"{labels.sheet_title} — {tour.name}")
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{title}</title></head>\n<body>\n{body}</body></html>\n"
    )


def _day_body(
    tour: SavedTour,
    day: DayPlan,
    details: Mapping[str, StopDetails],
    labels: SheetLabels,
    phone_region: str,
) -> str:
    date_text = labels.long_date(tour.first_day + timedelta(days=day.index))
    parts = [f"<h1>{_text(tour.name)}</h1>"]
    heading = date_text
    if len(tour.plan.days) > 1:
        heading += " — " + labels.day_of.format(day=day.index + 1, days=len(tour.plan.days))
    parts.append(f"<h2>{_text(heading)}</h2>")
    parts.append(_TABLE)
    parts.append(_row("th", labels.start, day.settings.start.label, labels.leave, _hhmm(day.leave)))
    parts.append(_row("th", labels.end, day.settings.end.label, labels.back, _hhmm(day.back)))
    parts.append("</table><br>")
    parts.append(_stops_table(day, details, labels, phone_region))
    parts.append(_totals(day, labels))
    if tour.plan.estimated:
        note = labels.estimate_note.format(
            detour=labels.number_text(tour.travel.detour_factor, 2).rstrip("0").rstrip(".,"),
            speed=labels.number_text(tour.travel.speed_kmh, 0),
        )
        parts.append(f"<p><i>{_text(note)}</i></p>")
    return "\n".join(parts) + "\n"


def _row(cell: str, *values: str) -> str:
    """A table row; `th` makes every other cell a header (label, value, label, value)."""
    cells = []
    for k, value in enumerate(values):
        tag = cell if cell == "th" and k % 2 == 0 else "td"
        cells.append(f"<{tag}>{_text(value)}</{tag}>")
    return "<tr>" + "".join(cells) + "</tr>"


def _stops_table(
    day: DayPlan, details: Mapping[str, StopDetails], labels: SheetLabels, phone_region: str
) -> str:
    heads = (
        labels.number,
        labels.arrival,
        labels.company,
        labels.contact,
        labels.address,
        labels.phones,
        labels.notes,
        labels.visit,
        labels.km_from_previous,
    )
    lines = [_TABLE, "<tr>" + "".join(f"<th>{_text(h)}</th>" for h in heads) + "</tr>"]
    visits = {visit.stop.id: visit for visit in day.visits}
    skipped = {stop.id: stop for stop in day.skipped}
    number = 0
    for stop_id in day.order:
        visit = visits.get(stop_id)
        if visit is not None:
            number += 1
            stop = visit.stop
        else:
            stop = skipped[stop_id]
        detail = details.get(stop_id) or StopDetails(stop_id, None, stop.label)
        lines.append(_stop_row(number, stop, visit, detail, labels, phone_region))
    return_km = labels.number_text(day.return_km)
    lines.append(
        f'<tr><td></td><td>{_hhmm(day.back)}</td><td colspan="6">'
        f"{_text(labels.return_leg + ' — ' + day.settings.end.label)}</td>"
        f'<td align="right">{return_km}</td></tr>'
    )
    lines.append("</table>")
    return "\n".join(lines)


def _stop_row(
    number: int,
    stop: Stop,
    visit: Visit | None,
    detail: StopDetails,
    labels: SheetLabels,
    phone_region: str,
) -> str:
    if visit is None:  # skipped: listed in its place, without number or times
        number_cell, arrival, km = "—", labels.skipped, ""
    else:
        number_cell = str(number)
        arrival = _hhmm(visit.arrival)
        if visit.start - visit.arrival >= 1:
            arrival += f" → {_hhmm(visit.start)}"
        if stop.appointment is not None:
            arrival += f" ({labels.appointment})"
        if visit.status is VisitStatus.VISITED:
            arrival += f" ✓ {labels.visited}"
        km = labels.number_text(visit.travel_km)
    phones = [format_phone(p, phone_region) for p in (detail.phone, detail.mobile) if p]
    cells = (
        number_cell,
        arrival,
        detail.company or stop.label,
        detail.contact,
        detail.address,
        "\n".join(phones),
        detail.notes,
        labels.duration(stop.visit_minutes),
    )
    row = "".join(f"<td>{_text(value)}</td>" for value in cells)
    return f'<tr>{row}<td align="right">{km}</td></tr>'


def _totals(day: DayPlan, labels: SheetLabels) -> str:
    items = (
        (labels.stops, str(len(day.visits))),
        (labels.distance, f"{labels.number_text(day.travel_km)} km"),
        (labels.driving, labels.duration(day.travel_minutes)),
        (labels.visiting, labels.duration(day.visit_minutes)),
        (labels.waiting, labels.duration(day.wait_minutes)),
        (f"{labels.leave} / {labels.back}", f"{_hhmm(day.leave)} – {_hhmm(day.back)}"),
    )
    cells = "".join(f"<th>{_text(name)}</th><td>{_text(value)}</td>" for name, value in items)
    return f"<h3>{_text(labels.totals)}</h3>\n{_TABLE}<tr>{cells}</tr></table>"


def _hhmm(minute: float) -> str:
    return format_hhmm(minute)
