"""import runs: the log of spreadsheet imports, so a whole import can be undone

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-28 07:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'import_run',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('file_name', sa.String(length=255), nullable=False),
        sa.Column('sheet', sa.String(length=255), nullable=False),
        sa.Column('batch_id', sa.String(length=36), nullable=False),
        sa.Column('created_count', sa.Integer(), nullable=False),
        sa.Column('updated_count', sa.Integer(), nullable=False),
        sa.Column('skipped_count', sa.Integer(), nullable=False),
        sa.Column('problem_rows', sa.Integer(), nullable=False),
        sa.Column('on_duplicate', sa.String(length=10), nullable=False),
        sa.Column('officer_id', sa.String(length=36), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('undone_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('undo_batch_id', sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_run')),
    )
    with op.batch_alter_table('import_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_run_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_import_run_created_at'), ['created_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('import_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_run_created_at'))
        batch_op.drop_index(batch_op.f('ix_import_run_batch_id'))
    op.drop_table('import_run')
