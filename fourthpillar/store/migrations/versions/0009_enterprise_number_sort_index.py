"""enterprise number sort index: the initiatives list sorted by enterprise number reads its pages from an index

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 06:00:00

A list page is ``ORDER BY column, id LIMIT n`` (services.listing.read_page), read in the order
of a ``(column, id)`` index (migration 0002). The initiatives' enterprise number had only a
single-column index (0001; ``NULLS FIRST`` on PostgreSQL since 0006): the many initiatives
without a number are one tie that each page sorted by id whole. The index becomes
``(enterprise_number, id)``, ``enterprise_number NULLS FIRST`` on PostgreSQL as in 0006 (the
lists sort empty values first on every database). It still serves a look-up by number.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def _key() -> sa.TextClause | str:
    return "enterprise_number" if op.get_bind().dialect.name == "sqlite" else sa.text("enterprise_number NULLS FIRST")


def upgrade() -> None:
    op.drop_index("ix_initiative_enterprise_number", table_name="initiative")
    op.create_index("ix_initiative_enterprise_number_id", "initiative", [_key(), "id"], unique=False)
    if op.get_bind().execute(text("SELECT count(*) FROM initiative")).scalar_one():
        op.execute("ANALYZE initiative")  # statistics for the new index (see 0002)


def downgrade() -> None:
    op.drop_index("ix_initiative_enterprise_number_id", table_name="initiative")
    op.create_index("ix_initiative_enterprise_number", "initiative", [_key()], unique=False)
