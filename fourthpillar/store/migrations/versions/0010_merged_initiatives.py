"""merged initiatives: where a merged-away initiative went, and pairs kept apart on purpose

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 06:00:00

Two initiatives found to be one are merged (services.duplicates): the one merged away is
archived and ``merged_into`` names the one kept, so its page can say where it went and a field
copy's later edits to it land on the kept one (sync); the kept one's ``merged_from`` lists the
initiatives merged into it, so its history shows the merge. ``distinct_from`` lists the initiatives a
person said this one is not ("Not a duplicate"), so the duplicate scan never offers the pair
again. Both are ordinary columns, so their changes are logged, undone and synced like any field.
Plain ``ADD COLUMN`` (no table copy): the search index's triggers stay as they are.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('initiative', sa.Column('merged_into', sa.String(length=36), nullable=True))
    op.add_column('initiative', sa.Column('merged_from', sa.Text(), server_default='', nullable=False))
    op.add_column('initiative', sa.Column('distinct_from', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('initiative', schema=None) as batch_op:
        batch_op.drop_column('distinct_from')
        batch_op.drop_column('merged_from')
        batch_op.drop_column('merged_into')
