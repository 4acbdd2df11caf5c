"""Search as you type at 100,000 prospects: what the table's model does per keystroke (the
full-text match intersected with the ordered ids it holds) against the same FTS query, with its
ORDER BY, in raw sqlite3."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bench.common import Result, best_of, demo_home
from moovdesk.data.listing import ProspectFilter
from moovdesk.data.search import fts_expression
from moovdesk.services import Services

QUERIES = ("bou", "boulangerie", "garage lyon", "saint-et", "martin", "06 1", "zoé mar", "ajaccio")

FLOOR_SQL = """
SELECT p.id FROM prospect AS p
WHERE p.deleted_at IS NULL AND p.id IN (
    SELECT s.prospect_id FROM prospect_fts JOIN prospect_search AS s
    ON s.rowid = prospect_fts.rowid WHERE prospect_fts MATCH ?)
ORDER BY p.company
"""


def run(work_dir: Path, count: int = 100_000) -> list[Result]:
    from PySide6.QtGui import QGuiApplication

    from moovdesk.ui.prospect_table_model import ProspectTableModel

    app = QGuiApplication.instance() or QGuiApplication([])
    home = demo_home(count, work_dir)
    services = Services.open(home)
    model = ProspectTableModel(services.prospects)
    model.reload()  # the window's start: the ordered ids every keystroke narrows
    raw = sqlite3.connect(home.database)
    results = []
    try:
        worst_ratio_figure, worst_floor, worst_query = 0.0, 1.0, ""
        total_figure = total_floor = 0.0
        for query in QUERIES:

            def keystroke(query: str = query) -> None:
                model.set_filter(ProspectFilter(text=query))
                model.set_filter(ProspectFilter(text=query + " "))  # a new filter each run

            expression = fts_expression(query)

            def floor(expression: str | None = expression) -> None:
                raw.execute(FLOOR_SQL, (expression,)).fetchall()
                raw.execute(FLOOR_SQL, (expression,)).fetchall()

            figure = best_of(5, keystroke)
            base = best_of(5, floor)
            total_figure += figure
            total_floor += base
            if figure > worst_ratio_figure:
                worst_ratio_figure, worst_floor, worst_query = figure, base, query
        results.append(
            Result(
                f"search-as-you-type, {count:,} prospects (mean of {len(QUERIES)})",
                total_figure / len(QUERIES) * 1000,
                total_floor / len(QUERIES) * 1000,
                "ms",
                "≤ 100 ms",
            )
        )
        results.append(
            Result(
                f"search-as-you-type, slowest query ({worst_query!r})",
                worst_ratio_figure * 1000,
                worst_floor * 1000,
                "ms",
                "≤ 100 ms",
            )
        )
    finally:
        raw.close()
        services.close()
        del app
    return results
