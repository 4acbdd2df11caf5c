"""Import undo journal: every record an import creates carries its batch, and the values an
import replaced in existing records are kept, so undoing an import restores the base exactly.
Also the company sort key and its index (sorting 100,000 prospects by company from the index).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 22:33:51.799406
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('import_change',
    sa.Column('import_batch_id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('before_json', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['import_batch_id'], ['import_batch.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('import_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_change_import_batch_id'), ['import_batch_id'], unique=False)

    with op.batch_alter_table('prospect', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_ref', sa.String(), nullable=False, server_default=''))
        # Derived sort key, filled by Moovdesk after the upgrade (see data/sort_keys.py).
        batch_op.add_column(sa.Column('company_key', sa.String(), nullable=False, server_default='\U0010ffff'))
        batch_op.create_index('ix_prospect_company_order', ['company_key', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.add_column(sa.Column('external_ref', sa.String(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('import_batch_id', sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_contact_import_batch_id'), ['import_batch_id'], unique=False)
        batch_op.create_foreign_key('fk_contact_import_batch', 'import_batch', ['import_batch_id'], ['id'])

    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.add_column(sa.Column('import_batch_id', sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_follow_up_import_batch_id'), ['import_batch_id'], unique=False)
        batch_op.create_foreign_key('fk_follow_up_import_batch', 'import_batch', ['import_batch_id'], ['id'])

    with op.batch_alter_table('prospect_tag', schema=None) as batch_op:
        batch_op.add_column(sa.Column('import_batch_id', sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_prospect_tag_import_batch_id'), ['import_batch_id'], unique=False)
        batch_op.create_foreign_key('fk_prospect_tag_import_batch', 'import_batch', ['import_batch_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('prospect_tag', schema=None) as batch_op:
        batch_op.drop_constraint('fk_prospect_tag_import_batch', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_prospect_tag_import_batch_id'))
        batch_op.drop_column('import_batch_id')

    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_constraint('fk_follow_up_import_batch', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_follow_up_import_batch_id'))
        batch_op.drop_column('import_batch_id')

    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_constraint('fk_contact_import_batch', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_contact_import_batch_id'))
        batch_op.drop_column('import_batch_id')
        batch_op.drop_column('external_ref')

    with op.batch_alter_table('prospect', schema=None) as batch_op:
        batch_op.drop_index('ix_prospect_company_order')
        batch_op.drop_column('company_key')
        batch_op.drop_column('external_ref')

    with op.batch_alter_table('import_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_change_import_batch_id'))

    op.drop_table('import_change')
