"""Dates as reps' files write them, and which of day or month comes first in each column.

"04/01/2027" is the 4th of January in France and April 1st in the US. A column proves its order
when one value cannot be read the other way (15/01/2027); an ambiguous column follows the file's
other date columns, else the French default, day first. Each decision carries a sentence the
preview shows, so the rep sees "day first: 15/01/2027 on line 3" before anything is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import lru_cache

from moovdesk.data.text_folding import fold
from moovdesk.importing.errors import Invalid


class DateOrder(StrEnum):
    DAY_FIRST = "day_first"
    MONTH_FIRST = "month_first"


DateValue = date | datetime

_NUMERIC = re.compile(r"(\d{1,4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,4})(?=$|[\sT,à])", re.ASCII)
_TIME = re.compile(
    r"(\d{1,2})\s*[:hH]\s*(\d{2})?(?::(\d{2}))?(?:[.,]\d+)?\s*([aApP][mM])?", re.ASCII
)
_WORDS = re.compile(r"[0-9]+|[^\W\d_]+")
_DIGITS = frozenset("0123456789")
_EXCEL_EPOCH = date(1899, 12, 30)
# Serial numbers a spreadsheet shows for 1954–2119; smaller integers are not taken for dates.
_SERIAL_RANGE = (20_000.0, 80_000.0)
_EMPTY_DATES = frozenset({"0/0/00", "00/00/0000", "00/00/00", "0000-00-00", "-", "--", "n/a"})

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "janvier janv jan january",
        "fevrier fevr fev february feb",
        "mars mar march",
        "avril avr apr april",
        "mai may",
        "juin jun june",
        "juillet juil jul july",
        "aout aou aug august",
        "septembre sept sep september",
        "octobre oct october",
        "novembre nov november",
        "decembre dec december",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number
_IGNORED_WORDS = frozenset(
    (
        *("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
        *("le", "a", "at", "on", "the", "of", "de", "du", "er", "st", "nd", "rd", "th"),
    )
)


def parse_date(raw: str, order: DateOrder = DateOrder.DAY_FIRST) -> DateValue | Invalid | None:
    """A date (or a naive local datetime when a time is given); None for an empty cell."""
    text = raw.strip()
    if not text or text.lower() in _EMPTY_DATES:
        return None
    return _parse_cached(text, order)


@lru_cache(maxsize=16_384)
def _parse_cached(text: str, order: DateOrder) -> DateValue | Invalid:
    if text[0] in _DIGITS:
        if text.isascii() and text.replace(".", "", 1).replace(",", "", 1).isdigit():
            return _from_number(text)
        if len(text) >= 10 and text[4] == "-":
            iso = _from_iso(text)
            if iso is not None:
                return iso
        match = _NUMERIC.match(text)
        if match:
            return _from_numeric(match, text[match.end() :], order)
    return _from_words(text)


def _from_number(text: str) -> DateValue | Invalid:
    if len(text) == 8 and text.isdigit() and text[:2] in ("19", "20"):
        return _build(int(text[:4]), int(text[4:6]), int(text[6:]), text)
    value = float(text.replace(",", "."))
    if not _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
        return Invalid("not_a_date", f"“{text}” is not a date.")
    moment = datetime.combine(_EXCEL_EPOCH, datetime.min.time()) + timedelta(days=value)
    moment = moment.replace(microsecond=0)
    if moment.time() == datetime.min.time():
        return moment.date()
    return moment


def _from_iso(text: str) -> DateValue | None:
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T", 1) if " " in text else text)
    except ValueError:
        return None
    if moment.year not in PLAUSIBLE_YEARS:
        return None  # the numeric reading says why
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    if len(text) == 10:
        return moment.date()
    return moment


def _from_numeric(match: re.Match[str], rest: str, order: DateOrder) -> DateValue | Invalid:
    first, second, third = match.group(1), match.group(2), match.group(3)
    if len(first) == 4:
        year, month, day = int(first), int(second), int(third)
    elif len(third) in (2, 4):
        year = _full_year(third)
        if order is DateOrder.DAY_FIRST:
            day, month = int(first), int(second)
        else:
            month, day = int(first), int(second)
    else:
        return Invalid("not_a_date", f"“{match.group()}” is not a date.")
    built = _build(year, month, day, match.group())
    if isinstance(built, Invalid) or not rest.strip():
        return built
    return _with_time(built, rest, match.string)


def _full_year(text: str) -> int:
    """Two-digit years as POSIX reads them: 69–99 are 1900s, 00–68 are 2000s."""
    year = int(text)
    if len(text) == 2:
        return year + (1900 if year >= 69 else 2000)
    return year


# Years a rep's file means: 31/12/9999 and the like are software's "never" placeholders.
PLAUSIBLE_YEARS = range(1900, 2200)


def _build(year: int, month: int, day: int, text: str) -> date | Invalid:
    if year not in PLAUSIBLE_YEARS:
        return Invalid("impossible_date", f"“{text}” is not a date a file means (year {year}).")
    try:
        return date(year, month, day)
    except ValueError:
        return Invalid("impossible_date", f"“{text}” is not a date that exists.")


def _with_time(day: date, rest: str, whole: str) -> DateValue | Invalid:
    match = _TIME.search(rest)
    if not match:
        return Invalid("not_a_date", f"“{whole}” has text after the date that is not a time.")
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    second = int(match.group(3) or 0)
    meridian = (match.group(4) or "").lower()
    if meridian == "pm" and hour < 12:
        hour += 12
    elif meridian == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return Invalid("impossible_date", f"“{whole}” has a time that does not exist.")
    return datetime(day.year, day.month, day.day, hour, minute, second)


def _from_words(text: str) -> DateValue | Invalid:
    """ "15 janv. 2027", "Jan 15, 2027", "15-Jan-24", "lundi 15 janvier 2027 à 9h30"."""
    folded = fold(text)
    time_match = _TIME.search(folded, pos=_time_search_start(folded))
    if time_match and (time_match.group(2) or "h" in time_match.group()):
        folded = folded[: time_match.start()] + " " + folded[time_match.end() :]
    else:
        time_match = None
    month = 0
    numbers: list[str] = []
    for word in _WORDS.findall(folded):
        if word[0] in _DIGITS:
            numbers.append(word)
        elif word in _MONTHS and not month:
            month = _MONTHS[word]
        elif word not in _IGNORED_WORDS:
            return Invalid("not_a_date", f"“{text}” is not a date.")
    if not month or len(numbers) != 2:
        return Invalid("not_a_date", f"“{text}” is not a date.")
    first, second = numbers
    if len(first) == 4 or (len(second) <= 2 and int(first) > 31):
        first, second = second, first
    built = _build(_full_year(second), month, int(first), text)
    if isinstance(built, Invalid) or time_match is None:
        return built
    return _with_time(built, time_match.group(), text)


def _time_search_start(folded: str) -> int:
    """Times come after the date: skip the first number group so "15 janv" is no 15h."""
    for index, char in enumerate(folded):
        if char not in _DIGITS and index:
            return index
    return 0


@dataclass(slots=True)
class DateEvidence:
    """What one column's values say about day/month order."""

    header: str = ""
    numeric: int = 0
    day_first: int = 0
    month_first: int = 0
    day_first_example: tuple[int, str] | None = None
    month_first_example: tuple[int, str] | None = None

    def observe(self, raw: str, line: int) -> None:
        text = raw.strip()
        if not text or text[0] not in _DIGITS:
            return
        match = _NUMERIC.match(text)
        if not match or len(match.group(1)) == 4:
            return
        self.numeric += 1
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second:
            self.day_first += 1
            if self.day_first_example is None:
                self.day_first_example = (line, text)
        elif second > 12 >= first:
            self.month_first += 1
            if self.month_first_example is None:
                self.month_first_example = (line, text)

    @property
    def proven(self) -> DateOrder | None:
        if self.day_first and not self.month_first:
            return DateOrder.DAY_FIRST
        if self.month_first and not self.day_first:
            return DateOrder.MONTH_FIRST
        return None


@dataclass(frozen=True, slots=True)
class DateConvention:
    """The order used for one column, and the sentence that explains why."""

    order: DateOrder
    reason: str


def decide_conventions(
    evidence: dict[int, DateEvidence], default: DateOrder = DateOrder.DAY_FIRST
) -> dict[int, DateConvention]:
    """One convention per column: its own proof, else the file's other columns, else `default`."""
    proven = {column: found.proven for column, found in evidence.items() if found.proven}
    file_orders = set(proven.values())
    decided: dict[int, DateConvention] = {}
    for column, found in evidence.items():
        decided[column] = _decide_one(found, proven, file_orders, evidence, default)
    return decided


def _decide_one(
    found: DateEvidence,
    proven: dict[int, DateOrder],
    file_orders: set[DateOrder],
    evidence: dict[int, DateEvidence],
    default: DateOrder,
) -> DateConvention:
    if found.day_first_example and not found.month_first:
        line, text = found.day_first_example
        return DateConvention(
            DateOrder.DAY_FIRST, f"day first: “{text}” (line {line}) has a day above 12"
        )
    if found.month_first_example and not found.day_first:
        line, text = found.month_first_example
        return DateConvention(
            DateOrder.MONTH_FIRST, f"month first: “{text}” (line {line}) has a day above 12"
        )
    if found.day_first and found.month_first:
        order = (
            DateOrder.DAY_FIRST if found.day_first >= found.month_first else DateOrder.MONTH_FIRST
        )
        return DateConvention(
            order,
            f"mixed: {found.day_first} value(s) are day first and {found.month_first} month "
            f"first; read as {_words(order)}, check the rows flagged",
        )
    if not found.numeric:
        return DateConvention(default, "ISO or spreadsheet dates: no day/month order to guess")
    if len(file_orders) == 1:
        order = next(iter(file_orders))
        source = next(column for column, value in proven.items() if value is order)
        name = evidence[source].header or f"column {source + 1}"
        return DateConvention(order, f"{_words(order)}, like the dates of “{name}”")
    return DateConvention(
        default,
        f"{_words(default)} (the French default: no date here has a day above 12)",
    )


def _words(order: DateOrder) -> str:
    return "day first" if order is DateOrder.DAY_FIRST else "month first"
