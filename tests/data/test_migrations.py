"""Every past schema revision, with data, migrates to the newest one with its data intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from moovdesk.data.backup import list_backups
from moovdesk.data.listing import ProspectFilter
from moovdesk.data.revisions import head_revision, known_revisions
from moovdesk.data.store import Store
from moovdesk.paths import Home
from moovdesk.prospects import ProspectService
from tests.conftest import FIXED_NOW

SCHEMAS = Path(__file__).parent / "schemas"
FIXTURE_REVISIONS = sorted(p.stem for p in SCHEMAS.glob("*.db"))


def test_there_is_a_fixture_for_every_revision() -> None:
    assert known_revisions() == FIXTURE_REVISIONS


def table_rows(path: Path, table: str) -> list[dict[str, object]]:
    with sqlite3.connect(path) as connection:
        cursor = connection.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [column[0] for column in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    connection.close()
    return rows


# Derived columns, recomputed after every upgrade (see data/derived.py): not data to keep.
DERIVED_COLUMNS = frozenset({"company_key"})


def same_data(old: list[dict[str, object]], new: list[dict[str, object]]) -> bool:
    """Every column a row had keeps its value; columns a later revision added may be new."""
    kept = [{k: v for k, v in row.items() if k not in DERIVED_COLUMNS} for row in old]
    return len(old) == len(new) and all(
        {name: after[name] for name in before} == before
        for before, after in zip(kept, new, strict=True)
    )


@pytest.mark.parametrize("revision", FIXTURE_REVISIONS)
def test_old_base_migrates_with_data_intact(revision: str, home: Home) -> None:
    shutil.copy(SCHEMAS / f"{revision}.db", home.database)
    tables = ("prospect", "contact", "follow_up", "activity", "tag", "prospect_tag", "import_batch")
    before = {table: table_rows(home.database, table) for table in tables}

    store = Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file)
    try:
        service = ProspectService(store, clock=lambda: FIXED_NOW)
        for table in tables:
            assert same_data(before[table], table_rows(home.database, table)), table
        # The derived search index works on migrated data, accents and all.
        assert service.count(ProspectFilter(text="etienne lemaitre")) == 1
        assert service.count(ProspectFilter(text="0612345678")) == 1
        details = service.get("p0000000-0000-4000-8000-000000000001")
        assert details.row.first_name == "Éloïse"
        assert details.row.tags == ("Salon Lyon 2026",)
        assert details.row.next_follow_up is not None
        assert details.row.postal_code == "42000"
        # Derived sort keys are recomputed by the upgrade, whatever the old base held.
        keys = {
            row["company"]: row.get("company_key") for row in table_rows(home.database, "prospect")
        }
        assert keys["Boulangerie Étienne"] == "boulangerie etienne"
    finally:
        store.close()

    with sqlite3.connect(home.database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    backups = list_backups(home.backups)
    if revision == head_revision():
        assert backups == []
    else:
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
        old.close()


@pytest.mark.parametrize(("revision", "rebuilt"), [("0003", True), ("0004", False)])
def test_derived_data_is_rebuilt_only_when_a_revision_may_change_it(
    revision: str, rebuilt: bool, home: Home
) -> None:
    """An upgrade through 0004, which does not say it keeps them, rebuilds the sort keys and the
    search index. 0005 only changes an index and says so (KEEPS_DERIVED_DATA): a base at 0004
    upgrades without that rebuild, which takes minutes at a million prospects."""
    shutil.copy(SCHEMAS / f"{revision}.db", home.database)
    marker = "zz marker left by the test"
    with sqlite3.connect(home.database) as connection:
        connection.execute("UPDATE prospect SET company_key = ?", (marker,))
    connection.close()
    Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file).close()
    keys = {row["company_key"] for row in table_rows(home.database, "prospect")}
    assert (marker not in keys) is rebuilt


def test_a_failed_upgrade_leaves_the_old_base_as_it_was(
    home: Home, monkeypatch: pytest.MonkeyPatch
) -> None:
    from moovdesk.data import search

    shutil.copy(SCHEMAS / "0001.db", home.database)

    def crash(_connection: object) -> None:
        raise RuntimeError("power cut during the upgrade")

    monkeypatch.setattr(search, "rebuild", crash)
    with pytest.raises(RuntimeError, match="power cut"):
        Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file)
    with sqlite3.connect(home.database) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        assert "prospect_search" not in tables
        assert connection.execute("SELECT count(*) FROM prospect").fetchone() == (2,)
    connection.close()


def test_revisions_read_from_file_names_agree_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from moovdesk.data.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    walked = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert known_revisions() == walked
    assert head_revision() == script.get_current_head()
    assert len(script.get_heads()) == 1  # one line of history


def test_migrations_build_exactly_the_models(home: Home) -> None:
    """A model changed without its migration (or the reverse) shows up here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from moovdesk.data.engine import make_engine
    from moovdesk.data.models import Base

    Store.open(home.database, lock_path=home.lock_file).close()
    engine = make_engine(home.database)

    def ours(obj: object, name: str | None, type_: str, reflected: bool, other: object) -> bool:
        derived = ("prospect_search", "prospect_fts", "search_backlog", "alembic_version")
        return not (type_ == "table" and name is not None and name.startswith(derived))

    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": ours})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


@pytest.mark.parametrize("revision", [r for r in FIXTURE_REVISIONS if r >= "0004"])
def test_saved_tours_survive_the_upgrade(revision: str, home: Home) -> None:
    """The tour stored in the fixtures from 0004 on reopens, order and visits intact."""
    from moovdesk.tour_plans.service import TourService
    from moovdesk.tours import EstimatedTravel, VisitStatus

    shutil.copy(SCHEMAS / f"{revision}.db", home.database)
    store = Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file)
    try:
        tours = TourService(store)
        (summary,) = tours.list_tours()
        assert (summary.name, summary.stop_count, summary.visited_count) == ("Tournée Loire", 2, 1)
        tour = tours.open(summary.id, EstimatedTravel())
        assert tour.first_day.isoformat() == "2027-03-15"
        (day,) = tour.plan.days
        assert [v.stop.label for v in day.visits] == ["Boulangerie Étienne", "Dépôt Givors"]
        first = day.visits[0]
        assert first.status is VisitStatus.VISITED and first.departure == 620
        assert tour.stops[first.stop.id].prospect_id == "p0000000-0000-4000-8000-000000000001"
        assert tour.stops[day.visits[1].stop.id].address == "Quai du Rhône, 69700 Givors"
        assert day.settings.start.label == "Maison, 69003 Lyon"
    finally:
        store.close()
