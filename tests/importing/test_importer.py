"""The import transaction: all rows or none, duplicates, located rows, undo, Moovago files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from moovdesk.data import bulk_indexes
from moovdesk.data.listing import FollowUpWindow, ProspectFilter
from moovdesk.data.store import Store
from moovdesk.data.vocabulary import ActivityKind, GeoPrecision, Temperature
from moovdesk.demo_data import finish_search_index
from moovdesk.geo.gazetteer import Gazetteer
from moovdesk.importing import importer, writer
from moovdesk.importing.importer import (
    ImportCancelledError,
    ImportOptions,
    import_table,
)
from moovdesk.importing.mapping import auto_map
from moovdesk.importing.plan import ImportPlan
from moovdesk.importing.reader import read_table
from moovdesk.importing.report import DuplicatePolicy, ImportReport
from moovdesk.importing.undo import import_history, undo_import
from moovdesk.paths import Home
from moovdesk.services import Services
from tests.importing.sample_files import SAMPLES

FILES = Path(__file__).parent / "files"


@pytest.fixture
def services(home: Home, store: Store) -> Services:
    return Services.on_store(home, store)


def run(
    store: Store,
    source: Path | bytes,
    *,
    name: str = "file.csv",
    policy: DuplicatePolicy = DuplicatePolicy.SKIP,
    **kwargs: object,
) -> ImportReport:
    data = source.read_bytes() if isinstance(source, Path) else source
    table = read_table(data, name=source.name if isinstance(source, Path) else name)
    sample = [cells for _line, cells in list(table.iter_rows())[:20]]
    plan = ImportPlan.for_table(table, auto_map(table.header, sample))
    return import_table(
        store,
        table,
        plan,
        file_name=table.source_name or name,
        file_bytes=data,
        options=ImportOptions(policy=policy),
        gazetteer=Gazetteer.shared(),
        **kwargs,  # type: ignore[arg-type]
    )


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        result = {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("prospect", "contact", "follow_up", "activity", "import_batch", "tag")
        }
    connection.close()
    return result


FRENCH_SHEET = (
    "Société;Nom;Prénom;Adresse;Code postal;Ville;Téléphone;Email;Statut;Relance le;Commentaire\r\n"
    "Boulangerie Étienne;Lemaître;Zoé;3 rue Pasteur;42000;ST ETIENNE;06 12 34 56 78;"
    "zoe@boulangerie.fr;Chaud;15/01/2027;Préfère le matin\r\n"
    "Garage de l'Isle;Martin;Jérôme;1 av. Jean Jaurès;84800;L ISLE SUR LA SORGUE;478000003;;"
    "froid;04/01/2027;\r\n"
    "Clinique Bourg;Durand;Éloïse;;1000;Bourg-en-Bresse;+33 4 74 00 00 01;;CHAUD;;\r\n"
    ";;;;;;;;;;\r\n"
    "Mystère SA;;;;99999;Nulle-Part;;;froid;;\r\n"
    ";;;;99999;;;;froid;;rien d'autre\r\n"
).encode("cp1252")


def test_a_french_spreadsheet_imports_right(services: Services) -> None:
    report = run(services.store, FRENCH_SHEET, name="prospects.csv")
    assert (report.rows_read, report.imported) == (5, 4)
    assert [r.line for r in report.rejected] == [7]
    assert report.not_located == [6]  # an address the gazetteer does not know: no position
    rows = {row.company: row for row in services.prospects.page()}
    etienne = rows["Boulangerie Étienne"]
    assert (etienne.first_name, etienne.last_name) == ("Zoé", "Lemaître")
    assert etienne.phone == "+33612345678" or etienne.mobile == "+33612345678"
    assert etienne.temperature is Temperature.HOT
    assert etienne.geo_precision is GeoPrecision.CITY and etienne.latitude is not None
    assert etienne.next_follow_up is not None
    due = etienne.next_follow_up.astimezone()
    assert (due.year, due.month, due.day, due.hour) == (2027, 1, 15, 9)  # day first, French
    garage = rows["Garage de l'Isle"]
    assert garage.next_follow_up is not None and garage.next_follow_up.astimezone().month == 1
    assert garage.latitude is not None  # "L ISLE SUR LA SORGUE" located offline
    assert rows["Clinique Bourg"].postal_code == "01000"
    assert rows["Clinique Bourg"].phone == "+33474000001"
    assert report.batch_id


def test_shared_samples_import_fully(services: Services) -> None:
    for sample in ("prospects_tableur_fr.csv", "crm_export_en.csv"):
        report = run(services.store, SAMPLES / sample)
        assert report.rejected == [], (sample, report.rejected)
        assert report.imported == report.rows_read > 0
    total = services.prospects.count()
    hot = services.prospects.count(ProspectFilter(temperatures=frozenset({Temperature.HOT})))
    assert 0 < hot < total
    assert services.prospects.count(ProspectFilter(follow_up=FollowUpWindow.NONE)) < total


def test_reimporting_the_same_file_adds_nothing(services: Services, home: Home) -> None:
    run(services.store, SAMPLES / "prospects_tableur_fr.csv")
    before = counts(home.database)
    again = run(services.store, SAMPLES / "prospects_tableur_fr.csv")
    assert again.imported == 0
    assert len(again.skipped) == again.rows_read
    after = counts(home.database)
    assert {k: v for k, v in after.items() if k != "import_batch"} == {
        k: v for k, v in before.items() if k != "import_batch"
    }


def test_duplicates_inside_the_file_are_reported(services: Services) -> None:
    data = (
        b"Company,Email,Phone\n"
        b"Acme,a@acme.fr,0612345678\n"
        b"ACME SARL,A@ACME.FR,\n"
        b"Other,,06 12 34 56 78\n"
    )
    report = run(services.store, data)
    assert report.imported == 1
    assert [(s.line, s.reason) for s in report.skipped] == [
        (3, "same as line 2 (same email)"),
        (4, "same as line 2 (same phone number)"),
    ]


def test_fill_overwrite_and_import_anyway(services: Services) -> None:
    base = b"Company,Postal code,City,Email,Website\nAcme,69003,Lyon,a@acme.fr,\n"
    run(services.store, base)
    [acme] = services.prospects.ids()
    update = "Company,Postal code,City,Email,Website\nACME,69003,Villeurbanne,a@acme.fr,acme.fr\n"
    filled = run(services.store, update.encode(), policy=DuplicatePolicy.FILL)
    assert filled.updated == 1
    row = services.prospects.get(acme).row
    assert (row.city, row.website) == ("Lyon", "acme.fr")  # only the empty field filled
    run(services.store, update.encode(), policy=DuplicatePolicy.OVERWRITE)
    assert services.prospects.get(acme).row.city == "Villeurbanne"
    anyway = run(services.store, update.encode(), policy=DuplicatePolicy.IMPORT)
    assert anyway.imported == 1
    assert services.prospects.count() == 2


def test_undo_restores_exactly_what_was_there(services: Services, home: Home) -> None:
    run(services.store, b"Company,Postal code,City,Email\nAcme,69003,Lyon,a@acme.fr\n")
    [acme] = services.prospects.ids()
    before = counts(home.database)
    second = run(
        services.store,
        (
            b"Company,Postal code,City,Email,Website,Next follow-up,Tags\n"
            b"Acme,69003,Villeurbanne,a@acme.fr,acme.fr,2027-03-01,Salon\n"
            b"Newco,75011,Paris,n@new.co,,2027-03-02,Salon\n"
        ),
        policy=DuplicatePolicy.OVERWRITE,
    )
    assert (second.imported, second.updated) == (1, 1)
    assert services.prospects.count() == 2
    result = undo_import(services.store, second.batch_id)
    assert (result.removed, result.restored, result.kept) == (1, 1, 0)
    row = services.prospects.get(acme).row
    assert (row.city, row.website, row.tags, row.next_follow_up) == ("Lyon", "", (), None)
    after = counts(home.database)
    assert {k: v for k, v in after.items() if k not in ("import_batch", "tag")} == {
        k: v for k, v in before.items() if k not in ("import_batch", "tag")
    }
    history = import_history(services.store)
    assert [h.status.value for h in history] == ["undone", "committed"]
    with pytest.raises(Exception, match="already undone"):
        undo_import(services.store, second.batch_id)


def test_undo_keeps_prospects_the_rep_worked_on_since(services: Services) -> None:
    report = run(services.store, b"Company,City\nAcme,Lyon\nBeta,Lyon\n")
    acme = next(row.id for row in services.prospects.page() if row.company == "Acme")
    services.prospects.update(acme, {"temperature": "hot"})
    result = undo_import(services.store, report.batch_id)
    assert (result.removed, result.kept) == (1, 1)
    assert services.prospects.ids() == [acme]


def test_cancel_writes_nothing(services: Services, home: Home) -> None:
    lines = ["Company,Email"] + [f"Firm {n},f{n}@firm.fr" for n in range(1200)]
    before = counts(home.database)
    with pytest.raises(ImportCancelledError):
        run(services.store, "\n".join(lines).encode(), cancelled=lambda: True)
    assert counts(home.database) == before


def test_a_crash_in_the_middle_writes_nothing(services: Services, home: Home) -> None:
    lines = ["Company,Email"] + [f"Firm {n},f{n}@firm.fr" for n in range(6000)]
    before = counts(home.database)

    def crash(done: int, total: int) -> None:
        if done >= 5500:  # after the first chunk of 5000 rows was written
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        run(services.store, "\n".join(lines).encode(), progress=crash)
    assert counts(home.database) == before


def test_rows_are_stored_in_file_order_whatever_cells_they_fill(
    services: Services, home: Home, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New rows are gathered by the columns they set (with or without notes, a person): they
    still reach their tables in the file's order, across several writes."""
    monkeypatch.setattr(writer, "FLUSH_EVERY", 7)
    lines = ["Company,Contact,Email,Notes"]
    for n in range(40):
        person = f"Camille Person{n}" if n % 3 else ""
        notes = f"note {n}" if n % 2 else ""
        lines.append(f"Firm {n},{person},f{n}@firm.fr,{notes}")
    run(services.store, "\n".join(lines).encode())
    with sqlite3.connect(home.database) as connection:
        companies = connection.execute("SELECT company, notes FROM prospect ORDER BY rowid")
        people = connection.execute("SELECT last_name FROM contact ORDER BY rowid")
        assert companies.fetchall() == [
            (f"Firm {n}", f"note {n}" if n % 2 else "") for n in range(40)
        ]
        assert [name for (name,) in people] == [f"Person{n}" for n in range(40) if n % 3]
    connection.close()


def test_imported_rows_become_searchable_from_the_backlog(services: Services) -> None:
    run(services.store, FRENCH_SHEET, name="prospects.csv")
    assert services.prospects.count(ProspectFilter(text="etienne")) == 0  # not indexed yet
    finish_search_index(services.store)
    assert services.prospects.count(ProspectFilter(text="etienne")) == 1
    assert services.prospects.count(ProspectFilter(text="06 12 34")) == 1


@pytest.mark.parametrize(
    "order",
    [
        ("moovago_societes.csv", "moovago_interlocuteurs.csv", "moovago_comptes_rendus.csv"),
        ("moovago_comptes_rendus.csv", "moovago_interlocuteurs.csv", "moovago_societes.csv"),
        ("moovago_interlocuteurs.csv", "moovago_comptes_rendus.csv", "moovago_societes.csv"),
    ],
)
def test_moovago_exports_in_any_order(services: Services, order: tuple[str, ...]) -> None:
    for name in order:
        report = run(services.store, FILES / name, policy=DuplicatePolicy.FILL)
        assert report.rejected == [], (name, report.rejected)
    rows = {row.company: row for row in services.prospects.page()}
    dupuis = rows["Épicerie Fine Dupuis"]
    details = services.prospects.get(dupuis.id)
    assert "Isabelle" in {c.first_name for c in details.contacts}
    activities = services.activities.activities_of(dupuis.id)
    assert any(a.kind is ActivityKind.VISIT and "printemps" in a.body for a in activities)
    assert dupuis.postal_code == "37000"
    companies = len(rows)
    for name in order:  # once more: nothing new
        again = run(services.store, FILES / name, policy=DuplicatePolicy.FILL)
        assert again.imported == 0, name
        assert again.contacts_added == 0, name
    assert services.prospects.count() == companies
    assert len(services.activities.activities_of(dupuis.id)) == len(activities)


def test_report_details_are_a_safe_csv(services: Services, tmp_path: Path) -> None:
    report = run(services.store, FRENCH_SHEET, name="prospects.csv")
    target = tmp_path / "report.csv"
    report.save_details(target)
    text = target.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == "line;outcome;reason;column;value"
    assert "7;rejected;no company, name, email, phone or SIRET" in text
    assert "6;not located;no usable address" in text


def _index_definitions(database: Path) -> dict[str, str]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
    connection.close()
    return dict(rows)


def _firms(count: int) -> bytes:
    lines = ["Company,Contact,Postal code,Email"]
    lines += [f"Firm {n},Camille Martin {n},{69000 + n % 10},f{n}@firm.fr" for n in range(count)]
    return "\n".join(lines).encode()


def test_a_big_import_into_a_small_base_builds_its_indexes_at_the_end(
    services: Services, home: Home, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The secondary indexes are dropped for the load and created again, the same, before the
    commit: the base ends with every index, whole, and the table's order uses them."""
    monkeypatch.setattr(bulk_indexes, "MIN_ROWS", 50)  # the real threshold is 10,000 rows
    indexes = _index_definitions(home.database)
    dropped: list[str] = []
    original = bulk_indexes.indexes_built_after

    def watched(connection, names):  # type: ignore[no-untyped-def]
        dropped.extend(names)
        return original(connection, names)

    monkeypatch.setattr(importer, "indexes_built_after", watched)
    report = run(services.store, _firms(300))
    assert report.imported == 300 and set(dropped) == set(bulk_indexes.REBUILT_AFTER_IMPORT)
    assert _index_definitions(home.database) == indexes
    with sqlite3.connect(home.database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        plan = connection.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM prospect WHERE deleted_at IS NULL "
            "ORDER BY company_key, id"
        ).fetchall()
    connection.close()
    assert "ix_prospect_company_order" in str(plan)
    assert len(services.prospects.ids()) == 300


def test_a_cancelled_big_import_keeps_every_index(
    services: Services, home: Home, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk_indexes, "MIN_ROWS", 50)
    indexes = _index_definitions(home.database)
    before = counts(home.database)
    with pytest.raises(ImportCancelledError):
        run(services.store, _firms(1200), cancelled=lambda: True)
    assert _index_definitions(home.database) == indexes
    assert counts(home.database) == before


def test_a_small_import_into_a_bigger_base_keeps_its_indexes(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk_indexes, "MIN_ROWS", 50)
    run(services.store, _firms(300))
    with services.store.write() as session:
        connection = session.connection()
        assert not bulk_indexes.worth_rebuilding(connection, 200)  # fewer than stored
        assert bulk_indexes.worth_rebuilding(connection, 301)
        assert not bulk_indexes.worth_rebuilding(connection, 40)  # below the threshold
