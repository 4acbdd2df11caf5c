"""Dates in every shape reps' files use, and the per-column day/month decision."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moovdesk.importing.dates import (
    DateEvidence,
    DateOrder,
    decide_conventions,
    parse_date,
)
from moovdesk.importing.errors import Invalid

DAY, MONTH = DateOrder.DAY_FIRST, DateOrder.MONTH_FIRST


@pytest.mark.parametrize(
    ("raw", "order", "expected"),
    [
        ("15/01/2027", DAY, date(2027, 1, 15)),
        ("04/01/2027", DAY, date(2027, 1, 4)),
        ("04/01/2027", MONTH, date(2027, 4, 1)),
        ("4/1/27", DAY, date(2027, 1, 4)),
        ("15.01.2027", DAY, date(2027, 1, 15)),
        ("15-01-27", DAY, date(2027, 1, 15)),
        ("2027-01-15", DAY, date(2027, 1, 15)),
        ("2027/01/15", MONTH, date(2027, 1, 15)),
        ("2027-01-15T09:30", DAY, datetime(2027, 1, 15, 9, 30)),
        ("2027-01-15 09:30:00", DAY, datetime(2027, 1, 15, 9, 30)),
        ("15/01/2027 09:30", DAY, datetime(2027, 1, 15, 9, 30)),
        ("15/01/2027 9h30", DAY, datetime(2027, 1, 15, 9, 30)),
        ("01/15/2027 2:30 PM", MONTH, datetime(2027, 1, 15, 14, 30)),
        ("46402", DAY, date(2027, 1, 15)),
        ("46402.5", DAY, datetime(2027, 1, 15, 12, 0)),
        ("20270115", DAY, date(2027, 1, 15)),
        ("15 janvier 2027", DAY, date(2027, 1, 15)),
        ("15 janv. 2027", DAY, date(2027, 1, 15)),
        ("lundi 15 février 2027 à 9h30", DAY, datetime(2027, 2, 15, 9, 30)),
        ("15 Jan 2024", DAY, date(2024, 1, 15)),
        ("Jan 15, 2024", DAY, date(2024, 1, 15)),
        ("15-Jan-24", DAY, date(2024, 1, 15)),
        ("1er mars 2027", DAY, date(2027, 3, 1)),
        ("31/12/68", DAY, date(2068, 12, 31)),
        ("31/12/69", DAY, date(1969, 12, 31)),
    ],
)
def test_parse_date(raw: str, order: DateOrder, expected: date):
    assert parse_date(raw, order) == expected


def test_offset_datetimes_become_local_wall_time():
    value = parse_date("2027-01-15T08:30:00Z")
    assert isinstance(value, datetime)
    assert value.tzinfo is None


@pytest.mark.parametrize("raw", ["", "  ", "0/0/00", "00/00/0000"])
def test_empty_dates(raw: str):
    assert parse_date(raw) is None


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("31/02/2027", "impossible_date"),
        ("15/13/2027", "impossible_date"),
        ("demain", "not_a_date"),
        ("12", "not_a_date"),
        ("15/01/2027 plus tard", "not_a_date"),
        ("15/01/2027 25:00", "impossible_date"),
        ("01/01/9999", "impossible_date"),  # software's "never", not a day to call back
        ("9999-12-31", "impossible_date"),
        ("31/12/1850", "impossible_date"),
    ],
)
def test_invalid_dates(raw: str, code: str):
    result = parse_date(raw)
    assert isinstance(result, Invalid)
    assert result.code == code


def _evidence(values: list[str], header: str = "Date") -> DateEvidence:
    found = DateEvidence(header=header)
    for line, value in enumerate(values, start=2):
        found.observe(value, line)
    return found


def test_a_day_above_twelve_proves_day_first():
    decided = decide_conventions({0: _evidence(["04/01/2027", "15/01/2027", "03/02/2027"])})
    assert decided[0].order is DAY
    assert "15/01/2027" in decided[0].reason
    assert "line 3" in decided[0].reason


def test_a_day_above_twelve_in_second_place_proves_month_first():
    decided = decide_conventions({0: _evidence(["04/01/2027", "01/15/2027"])}, DAY)
    assert decided[0].order is MONTH


def test_ambiguous_column_follows_the_other_date_column():
    decided = decide_conventions(
        {
            0: _evidence(["04/01/2027", "03/02/2027"], "Relance"),
            1: _evidence(["01/25/2020"], "Birthday"),
        },
        DAY,
    )
    assert decided[0].order is MONTH
    assert "Birthday" in decided[0].reason


def test_ambiguous_file_takes_the_french_default():
    decided = decide_conventions({0: _evidence(["04/01/2027", "03/02/2027"])})
    assert decided[0].order is DAY
    assert "French default" in decided[0].reason


def test_mixed_column_follows_its_majority_and_says_so():
    decided = decide_conventions({0: _evidence(["15/01/2027", "20/01/2027", "01/25/2027"])})
    assert decided[0].order is DAY
    assert decided[0].reason.startswith("mixed")


def test_iso_only_column_needs_no_guess():
    decided = decide_conventions({0: _evidence(["2027-01-04", "46402"])})
    assert "ISO" in decided[0].reason


@given(st.text(max_size=30), st.sampled_from(list(DateOrder)))
def test_parse_date_never_raises(raw: str, order: DateOrder):
    result = parse_date(raw, order)
    assert result is None or isinstance(result, date | Invalid)
