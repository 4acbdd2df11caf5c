"""The table's default order reads only its index: deleted_at joins (company_key, id) in the
partial index, so listing 100,000 live prospects by company no longer visits every table row
(measured: 2x faster warm, and a cold start reads the small index instead of the whole table).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 01:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text('deleted_at IS NULL')
# Only an index changes: the search index and sort keys need no rebuild (see data/migrate.py).
KEEPS_DERIVED_DATA = True


def upgrade() -> None:
    with op.batch_alter_table('prospect', schema=None) as batch_op:
        batch_op.drop_index('ix_prospect_company_order')
        batch_op.create_index('ix_prospect_company_order', ['company_key', 'id', 'deleted_at'], unique=False, sqlite_where=LIVE, postgresql_where=LIVE)


def downgrade() -> None:
    with op.batch_alter_table('prospect', schema=None) as batch_op:
        batch_op.drop_index('ix_prospect_company_order')
        batch_op.create_index('ix_prospect_company_order', ['company_key', 'id'], unique=False, sqlite_where=LIVE, postgresql_where=LIVE)
