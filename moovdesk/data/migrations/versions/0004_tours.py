"""Tours ("tournées"): a saved tour, its days (where each starts and ends, its hours) and its
stops in their order, with what happened at each (visited, skipped) and the totals the tour list
shows. A stop is a prospect, or a plain place when it has no prospect.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 23:58:48.024770
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('tour',
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('max_days', sa.Integer(), nullable=True),
    sa.Column('visit_minutes', sa.Float(), nullable=False),
    sa.Column('detour_factor', sa.Float(), nullable=False),
    sa.Column('speed_kmh', sa.Float(), nullable=False),
    sa.Column('routing_url', sa.String(), nullable=False),
    sa.Column('day_count', sa.Integer(), nullable=False),
    sa.Column('stop_count', sa.Integer(), nullable=False),
    sa.Column('visited_count', sa.Integer(), nullable=False),
    sa.Column('skipped_count', sa.Integer(), nullable=False),
    sa.Column('travel_km', sa.Float(), nullable=False),
    sa.Column('travel_minutes', sa.Float(), nullable=False),
    sa.Column('estimated', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('tour', schema=None) as batch_op:
        batch_op.create_index('ix_tour_first_day', ['first_day'], unique=False)

    op.create_table('tour_day',
    sa.Column('tour_id', sa.String(length=36), nullable=False),
    sa.Column('day_index', sa.Integer(), nullable=False),
    sa.Column('start_label', sa.String(), nullable=False),
    sa.Column('start_lat', sa.Float(), nullable=False),
    sa.Column('start_lon', sa.Float(), nullable=False),
    sa.Column('end_label', sa.String(), nullable=False),
    sa.Column('end_lat', sa.Float(), nullable=False),
    sa.Column('end_lon', sa.Float(), nullable=False),
    sa.Column('start_minute', sa.Float(), nullable=False),
    sa.Column('end_minute', sa.Float(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['tour_id'], ['tour.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('tour_day', schema=None) as batch_op:
        batch_op.create_index('ix_tour_day_tour', ['tour_id', 'day_index'], unique=False)

    op.create_table('tour_stop',
    sa.Column('tour_id', sa.String(length=36), nullable=False),
    sa.Column('prospect_id', sa.String(length=36), nullable=True),
    sa.Column('appointment_id', sa.String(length=36), nullable=True),
    sa.Column('label', sa.String(), nullable=False),
    sa.Column('address', sa.String(), nullable=False),
    sa.Column('lat', sa.Float(), nullable=False),
    sa.Column('lon', sa.Float(), nullable=False),
    sa.Column('visit_minutes', sa.Float(), nullable=False),
    sa.Column('window_open', sa.Float(), nullable=True),
    sa.Column('window_close', sa.Float(), nullable=True),
    sa.Column('appointment_minute', sa.Float(), nullable=True),
    sa.Column('pinned_day', sa.Integer(), nullable=True),
    sa.Column('day_index', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=True),
    sa.Column('unplaced_reason', sa.String(length=32), nullable=False),
    sa.Column('status', sa.Enum('planned', 'visited', 'skipped', name='tour_stop_status', native_enum=False, create_constraint=True, length=16), nullable=False),
    sa.Column('departed_minute', sa.Float(), nullable=True),
    sa.Column('visited_at', sa.DateTime(), nullable=True),
    sa.Column('activity_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], ),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointment.id'], ),
    sa.ForeignKeyConstraint(['prospect_id'], ['prospect.id'], ),
    sa.ForeignKeyConstraint(['tour_id'], ['tour.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('tour_stop', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tour_stop_prospect_id'), ['prospect_id'], unique=False)
        batch_op.create_index('ix_tour_stop_tour', ['tour_id', 'day_index', 'position'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('tour_stop', schema=None) as batch_op:
        batch_op.drop_index('ix_tour_stop_tour')
        batch_op.drop_index(batch_op.f('ix_tour_stop_prospect_id'))

    op.drop_table('tour_stop')
    with op.batch_alter_table('tour_day', schema=None) as batch_op:
        batch_op.drop_index('ix_tour_day_tour')

    op.drop_table('tour_day')
    with op.batch_alter_table('tour', schema=None) as batch_op:
        batch_op.drop_index('ix_tour_first_day')

    op.drop_table('tour')
