"""list indexes: sort and count the big lists from indexes, without reading every row

Revision ID: 0002
Revises: 0004
Create Date: 2026-11-28 08:10:00

(Numbered 0002 as planned, but applied after 0004: migrations 0003 and 0004 were written at the
same time and chain from 0001.)

Measured on 200,000 requests (bench/run.py): sorting the requests list by any column took
0.5-1.3 s, because SQLite had to sort every joined row to find the first page. A list page is
``ORDER BY <column>, id LIMIT 200``, so each sortable column gets an index on ``(<column>, id)``:
SQLite then reads the first 200 entries in order and stops. The ``*_live`` indexes hold what
the list joins and counts need (tombstone, initiative, officer, id), so the total count is
computed from the index alone instead of from every row of the table.

Finally the planner statistics are refreshed (SQLite ``ANALYZE``): without them SQLite assumes
that ``archived_at IS NULL`` picks out a few rows, drives every list from the initiatives and
sorts everything (EXPLAIN QUERY PLAN: "USE TEMP B-TREE FOR ORDER BY" over all 200,000 rows).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = '0002'
down_revision = '0004'
branch_labels = None
depends_on = None

INDEXES: dict[str, dict[str, list[str]]] = {
    "advice_request": {
        "ix_advice_request_received_on_id": ["received_on", "id"],
        "ix_advice_request_channel_id": ["channel", "id"],
        "ix_advice_request_status_id": ["status", "id"],
        "ix_advice_request_due_on_id": ["due_on", "id"],
        "ix_advice_request_answered_on_id": ["answered_on", "id"],
        "ix_advice_request_minutes_spent_id": ["minutes_spent", "id"],
        "ix_advice_request_updated_at_id": ["updated_at", "id"],
        "ix_advice_request_live": ["archived_at", "initiative_id", "officer_id", "id"],
    },
    "follow_up": {
        "ix_follow_up_due_on_id": ["due_on", "id"],
        "ix_follow_up_done_on_id": ["done_on", "id"],
        "ix_follow_up_updated_at_id": ["updated_at", "id"],
        "ix_follow_up_action_id": ["action", "id"],
        "ix_follow_up_live": ["archived_at", "initiative_id", "owner_id", "id"],
    },
    "initiative": {
        "ix_initiative_archived_id": ["archived_at", "id"],
    },
}


def upgrade() -> None:
    for table, indexes in INDEXES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, columns in indexes.items():
                batch_op.create_index(name, columns, unique=False)
    if op.get_bind().dialect.name == "sqlite":
        # An empty register gets its statistics later, from PRAGMA optimize as it grows
        # (fourthpillar.store.database); one with data gets them now.
        rows = op.get_bind().execute(text("SELECT count(*) FROM advice_request")).scalar_one()
        if rows:
            op.execute("ANALYZE")


def downgrade() -> None:
    for table, indexes in INDEXES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name in indexes:
                batch_op.drop_index(name)
