"""The stored company sort key follows the company on every write path."""

from __future__ import annotations

import sqlite3

from moovdesk import demo_data
from moovdesk.data.sort_keys import EMPTY_LAST, company_sort_key
from moovdesk.importing.importer import ImportOptions, import_table
from moovdesk.importing.mapping import auto_map
from moovdesk.importing.plan import ImportPlan
from moovdesk.importing.reader import read_table
from moovdesk.importing.report import DuplicatePolicy
from moovdesk.importing.undo import undo_import
from moovdesk.paths import Home
from moovdesk.prospects import ProspectService


def stale_keys(home: Home) -> list[tuple[str, str]]:
    with sqlite3.connect(home.database) as connection:
        rows = connection.execute("SELECT company, company_key FROM prospect").fetchall()
    connection.close()
    return [(company, key) for company, key in rows if key != company_sort_key(company)]


def test_every_write_path_keeps_the_key(service: ProspectService, home: Home) -> None:
    pid = service.create({"company": "Éclair SARL"})
    service.update(pid, {"company": "  Zénith   Lyon "})
    service.create({})
    service.bulk_update([pid], {"company": "Atelier"})
    demo_data.generate(service.store, 20)
    data = b"Company,Email\nBoulangerie \xc3\x89tienne,b@e.fr\n"
    table = read_table(data, name="f.csv")
    plan = ImportPlan.for_table(table, auto_map(table.header))
    report = import_table(service.store, table, plan, file_name="f.csv")
    again = b"Company,Email\nNouvelle \xc3\x89tienne,b@e.fr\n"
    table = read_table(again, name="g.csv")
    plan = ImportPlan.for_table(table, auto_map(table.header))
    overwrite = import_table(
        service.store,
        table,
        plan,
        file_name="g.csv",
        options=ImportOptions(policy=DuplicatePolicy.OVERWRITE),
    )
    assert stale_keys(home) == []
    undo_import(service.store, overwrite.batch_id)
    undo_import(service.store, report.batch_id)
    assert stale_keys(home) == []
    assert company_sort_key("") == EMPTY_LAST
    assert company_sort_key("  Zénith   Lyon ") == "zenith lyon"
