"""Full-text search index over prospects (SQLite FTS5), accent- and case-blind.

`prospect_search` holds one text per prospect; `prospect_fts` indexes it (word prefixes only, no
positions: detail=none makes indexing ~2x faster), kept in step by triggers. `search_backlog`
lists prospects still to index after a bulk write. All derived data: Moovdesk rebuilds it after
every schema upgrade.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATEMENTS = (
    """CREATE TABLE prospect_search (
        rowid INTEGER PRIMARY KEY,
        prospect_id VARCHAR(36) NOT NULL UNIQUE REFERENCES prospect (id),
        body TEXT NOT NULL
    )""",
    """CREATE VIRTUAL TABLE prospect_fts USING fts5(
        body,
        content='prospect_search',
        content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2',
        prefix='1 2 3',
        detail=none
    )""",
    "CREATE TABLE search_backlog (prospect_id VARCHAR(36) NOT NULL PRIMARY KEY) WITHOUT ROWID",
    """CREATE TRIGGER prospect_search_ai AFTER INSERT ON prospect_search BEGIN
        INSERT INTO prospect_fts (rowid, body) VALUES (new.rowid, new.body);
    END""",
    """CREATE TRIGGER prospect_search_ad AFTER DELETE ON prospect_search BEGIN
        INSERT INTO prospect_fts (prospect_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
    END""",
    """CREATE TRIGGER prospect_search_au AFTER UPDATE ON prospect_search BEGIN
        INSERT INTO prospect_fts (prospect_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
        INSERT INTO prospect_fts (rowid, body) VALUES (new.rowid, new.body);
    END""",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in ("prospect_search_au", "prospect_search_ad", "prospect_search_ai"):
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE search_backlog")
    op.execute("DROP TABLE prospect_fts")
    op.execute("DROP TABLE prospect_search")
