"""The window's first screen read with plain sqlite3 gives exactly what the services give, and
is only used when the base can be opened as it is."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from moovdesk import demo_data
from moovdesk.data.errors import StoreError, StoreLockedError
from moovdesk.data.first_screen import FirstScreenReader, open_first_screen
from moovdesk.data.listing import SORTABLE_COLUMNS, ProspectFilter, ProspectSort
from moovdesk.data.opening import take_lock
from moovdesk.data.store import Store
from moovdesk.paths import Home
from moovdesk.prospects import ProspectService
from moovdesk.services import Services
from tests.conftest import FIXED_NOW

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = Path(__file__).parent / "schemas"


def test_the_generated_sql_is_what_the_queries_give() -> None:
    result = subprocess.run(
        [sys.executable, "tools/generate_first_screen_sql.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture
def varied_base(store: Store, service: ProspectService) -> ProspectService:
    """Demo prospects (contacts, tags, follow-ups, activities, places) and the odd ones."""
    demo_data.generate(store, 300, now=FIXED_NOW)
    service.create({"company": ""})  # no company: sorts last
    service.create({"company": "Étienne & Fils", "city": "Évreux", "notes": "accents"})
    trashed = service.create({"company": "Parti"})
    service.trash([trashed])
    tagged = service.create({"company": "Zoé", "stage": "client", "temperature": "hot"})
    service.add_tag([tagged], "Salon 2027")
    service.add_tag([tagged], "école")
    return service


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", SORTABLE_COLUMNS)
def test_ids_and_rows_equal_the_services(
    varied_base: ProspectService, store: Store, column: str, descending: bool
) -> None:
    reader = FirstScreenReader(store.path)
    try:
        everything = ProspectFilter()
        sort = ProspectSort(column, descending)
        expected = varied_base.ids(everything, sort)
        assert reader.ids(everything, sort) == expected
        assert reader.ids(everything, sort, limit=50) == expected[:50]
        assert reader.count(everything) == varied_base.count(everything) == len(expected)
        assert reader.rows(expected) == varied_base.rows(expected)
    finally:
        reader.close()


def test_rows_carry_tags_dates_and_enums_as_the_services_do(
    varied_base: ProspectService, store: Store
) -> None:
    reader = FirstScreenReader(store.path)
    try:
        ids = varied_base.ids()
        rows = reader.rows(ids)
        assert any(row.tags for row in rows)
        assert any(row.next_follow_up is not None for row in rows)
        assert any(row.last_contact_at is not None for row in rows)
        zoe = next(row for row in rows if row.company == "Zoé")
        assert zoe.tags == ("école", "Salon 2027")
        assert zoe.created_at.tzinfo is not None
        assert abs(zoe.created_at - datetime.now(UTC)) < timedelta(days=1)
        assert reader.rows([ids[3], "gone", ids[1]]) == varied_base.rows([ids[3], ids[1]])
    finally:
        reader.close()


def test_it_serves_only_the_unfiltered_list(store: Store) -> None:
    reader = FirstScreenReader(store.path)
    try:
        assert not reader.serves(ProspectFilter(text="x"))
        with pytest.raises(ValueError, match="every live prospect"):
            reader.count(ProspectFilter(trashed=True))
    finally:
        reader.close()


def test_a_current_base_is_locked_and_handed_to_deferred_services(home: Home) -> None:
    Services.open(home).close()  # a base at this version's schema
    first = open_first_screen(home)
    assert first is not None
    with pytest.raises(StoreLockedError):
        take_lock(home.lock_file)  # held for this window
    services = Services.deferred(home, first.lock)
    assert not services.is_open
    assert services.prospects.count() == first.reader.count(ProspectFilter()) == 0
    assert services.is_open
    first.reader.close()
    services.close()
    take_lock(home.lock_file).release()  # released with the store


def test_deferred_services_closed_unopened_release_the_lock(home: Home) -> None:
    Services.open(home).close()
    first = open_first_screen(home)
    assert first is not None
    first.reader.close()
    Services.deferred(home, first.lock).close()
    take_lock(home.lock_file).release()


def test_no_base_yet_opens_the_usual_way(home: Home) -> None:
    assert open_first_screen(home) is None


def test_a_base_held_elsewhere_opens_the_usual_way(home: Home) -> None:
    Services.open(home).close()
    other = take_lock(home.lock_file)
    try:
        assert open_first_screen(home) is None
    finally:
        other.release()


def test_an_older_schema_opens_the_usual_way_and_leaves_the_lock_free(home: Home) -> None:
    shutil.copyfile(SCHEMAS / "0001.db", home.database)
    assert open_first_screen(home) is None
    take_lock(home.lock_file).release()


def test_a_file_that_is_no_database_opens_the_usual_way(home: Home) -> None:
    home.database.write_bytes(b"this is not SQLite" * 100)
    assert open_first_screen(home) is None
    take_lock(home.lock_file).release()


def test_a_read_that_fails_raises_what_the_services_raise(
    varied_base: ProspectService, store: Store
) -> None:
    """A StoreError the table shows the rep, never SQLite's own exception."""
    reader = FirstScreenReader(store.path)
    try:
        ids = reader.ids(ProspectFilter(), ProspectSort())
        with sqlite3.connect(store.path) as other:  # the base changed under the window
            other.execute("DROP TABLE prospect_tag")
        with pytest.raises(StoreError, match="could not be read"):
            reader.rows(ids[:10])
    finally:
        reader.close()
