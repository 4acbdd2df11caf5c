"""The words of the printed day sheet and of the calendar events, in French and English: the
exports run without Qt, so without its translations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SheetLabels:
    sheet_title: str
    day_of: str  # "Day {day} of {days}"
    start: str
    end: str
    leave: str
    back: str
    number: str
    arrival: str
    company: str
    contact: str
    address: str
    phones: str
    notes: str
    visit: str
    km_from_previous: str
    return_leg: str
    totals: str
    stops: str
    distance: str
    driving: str
    visiting: str
    waiting: str
    skipped: str
    visited: str
    appointment: str
    estimate_note: str  # "{detour}" and "{speed}" are filled in
    visit_event: str  # "{name}" is filled in
    phone_word: str
    mobile_word: str
    weekdays: tuple[str, ...]  # Monday first
    months: tuple[str, ...]  # January first
    decimal_comma: bool

    def long_date(self, day: date) -> str:
        weekday, month = self.weekdays[day.weekday()], self.months[day.month - 1]
        return f"{weekday} {day.day} {month} {day.year}"

    def number_text(self, value: float, digits: int = 1) -> str:
        text = f"{value:.{digits}f}"
        return text.replace(".", ",") if self.decimal_comma else text

    def duration(self, minutes: float) -> str:
        whole = round(minutes)
        return f"{whole // 60} h {whole % 60:02d}" if whole >= 60 else f"{whole} min"


FRENCH = SheetLabels(
    sheet_title="Feuille de route",
    day_of="Jour {day} sur {days}",
    start="Point de départ",
    end="Point d'arrivée",
    leave="Départ à",
    back="Retour à",
    number="N°",
    arrival="Arrivée",
    company="Entreprise",
    contact="Contact",
    address="Adresse",
    phones="Téléphones",
    notes="Notes",
    visit="Visite",
    km_from_previous="km depuis le précédent",
    return_leg="Retour",
    totals="Totaux",
    stops="Arrêts",
    distance="Distance",
    driving="Conduite",
    visiting="Visites",
    waiting="Attente",
    skipped="annulé",
    visited="visité",
    appointment="RDV",
    estimate_note=(
        "Les temps de trajet sont des estimations (distance à vol d'oiseau × {detour}, "
        "à {speed} km/h de moyenne)."
    ),
    visit_event="Visite : {name}",
    phone_word="Tél.",
    mobile_word="Mobile",
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    months=(
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    decimal_comma=True,
)

ENGLISH = SheetLabels(
    sheet_title="Day sheet",
    day_of="Day {day} of {days}",
    start="Start point",
    end="End point",
    leave="Leave at",
    back="Back at",
    number="No.",
    arrival="Arrival",
    company="Company",
    contact="Contact",
    address="Address",
    phones="Phones",
    notes="Notes",
    visit="Visit",
    km_from_previous="km from previous",
    return_leg="Return",
    totals="Totals",
    stops="Stops",
    distance="Distance",
    driving="Driving",
    visiting="Visits",
    waiting="Waiting",
    skipped="skipped",
    visited="visited",
    appointment="Appt.",
    estimate_note=(
        "Travel times are estimates (straight-line distance × {detour}, at an average "
        "{speed} km/h)."
    ),
    visit_event="Visit: {name}",
    phone_word="Tel.",
    mobile_word="Mobile",
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    decimal_comma=False,
)


def sheet_labels(language: str) -> SheetLabels:
    """English for "en…", French otherwise (the app's default language)."""
    return ENGLISH if language.lower().startswith("en") else FRENCH
