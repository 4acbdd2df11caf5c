"""Alembic environment: Moovdesk always hands in an open connection (see moovdesk.data.migrate)."""

from __future__ import annotations

from alembic import context

from moovdesk.data.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through moovdesk.data.migrate, which passes a connection.")

# Derived search tables are created by hand-written SQL (FTS5), not from the models.
DERIVED_TABLE_PREFIXES = ("prospect_search", "prospect_fts", "search_backlog")


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(DERIVED_TABLE_PREFIXES))


context.configure(
    connection=connection,
    include_object=include_object,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that safely
    compare_type=True,
    # SQLite runs DDL inside transactions: the whole upgrade commits at once or not at all.
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
    # Derived data (the search index) is rebuilt in the same transaction as the upgrade.
    after_upgrade = context.config.attributes.get("after_upgrade")
    if after_upgrade is not None:
        after_upgrade(connection)
