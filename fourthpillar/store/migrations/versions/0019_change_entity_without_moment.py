"""change entity without moment: the change log's record index is (entity, entity_id)

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 17:45:00

``ix_change_entity`` was ``(entity, entity_id, changed_at)``: each of its entries carried the
26-character moment of the change beside the record's id. Every query that reads it names one
record (its history, undo's check of later edits, the change log's triggers, sync's heads, a
person's export and erasure) or one kind of record, and finds the record's few rows by
``(entity, entity_id)`` alone, sorting them by moment if asked; none reads a range of moments
from it. Without the moment the index is 35.1 MB instead of 52.7 on the 50,000-initiative
bench register (639,157 changes). No per-record or per-batch query stopped being an index
look-up; the retention review, which takes each record's latest moment, now reads it from the
rows (its requests' 163 to 167 ms, its initiatives' 52 to 55 ms on that register, the file in
the page cache).

Same on both databases. The downgrade makes the three-column index again.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None

INDEX = "ix_change_entity"


def _remake(columns: list[str]) -> None:
    op.drop_index(INDEX, table_name="change")
    op.create_index(INDEX, "change", columns, unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and bind.execute(text("SELECT 1 FROM change LIMIT 1")).first():
        # Statistics for the new index only (as 0017; DROP INDEX dropped the old one's).
        op.execute(f"ANALYZE {INDEX}")


def upgrade() -> None:
    _remake(["entity", "entity_id"])


def downgrade() -> None:
    _remake(["entity", "entity_id", "changed_at"])
