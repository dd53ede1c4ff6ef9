"""officer sort indexes: sort requests by officer and follow-ups by owner from an index

Revision ID: 0005
Revises: 0002
Create Date: 2026-11-28 09:05:00

Sorting the requests list by officer name (or the follow-ups list by owner name) sorted every
joined row: the name is in another table, so no index gives ``ORDER BY name, id``. Officers are
few, so the list now reads one officer at a time in name order (services.listing), each one's
rows ``ORDER BY id`` from an index on ``(officer_id, id)`` / ``(owner_id, id)``: the first page
reads about 200 index entries instead of sorting 200,000 rows (bench/run.py).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = '0005'
down_revision = '0002'
branch_labels = None
depends_on = None

INDEXES: dict[str, dict[str, list[str]]] = {
    "advice_request": {"ix_advice_request_officer_id_id": ["officer_id", "id"]},
    "follow_up": {"ix_follow_up_owner_id_id": ["owner_id", "id"]},
}


def upgrade() -> None:
    for table, indexes in INDEXES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, columns in indexes.items():
                batch_op.create_index(name, columns, unique=False)
    if op.get_bind().dialect.name == "sqlite":
        # Statistics for the new indexes when the register already holds data (see 0002).
        rows = op.get_bind().execute(text("SELECT count(*) FROM advice_request")).scalar_one()
        if rows:
            op.execute("ANALYZE advice_request")
            op.execute("ANALYZE follow_up")


def downgrade() -> None:
    for table, indexes in INDEXES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name in indexes:
                batch_op.drop_index(name)
