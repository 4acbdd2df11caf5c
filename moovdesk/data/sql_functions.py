"""SQL functions Moovdesk adds to its SQLite connections."""

from __future__ import annotations

import sqlite3

from moovdesk.data.text_folding import fold

FOLD_FUNCTION = "moovdesk_fold"


def register(connection: sqlite3.Connection) -> None:
    """`moovdesk_fold(text)` lets ORDER BY sort "Étienne" beside "Etienne", not after "Zoé"."""
    connection.create_function(FOLD_FUNCTION, 1, _fold_or_none, deterministic=True)


def _fold_or_none(value: object) -> str | None:
    if value is None:
        return None
    return fold(str(value))
