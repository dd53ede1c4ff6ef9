"""no redundant indexes: drop the one-column indexes that a (column, id) index already covers

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 10:30:00

Migration 0002 (and 0005) gave the requests and follow-ups lists ``(column, id)`` indexes to read
a sorted page from. The one-column indexes of 0001 on the same columns were left beside them:
every look-up, range or order they could serve, the two-column index serves as well (its first
column is the same), so they only cost space (about 2.5% of a demonstration register) and time
at every write. Dropped: requests' received_on, channel, status and officer_id; follow-ups'
due_on. The downgrade makes them again.
"""

from __future__ import annotations

from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

#: Per table: the dropped index and its column (each the first column of a kept ``(column, id)``).
DROPPED: dict[str, dict[str, str]] = {
    "advice_request": {"ix_advice_request_received_on": "received_on", "ix_advice_request_channel": "channel",
                       "ix_advice_request_status": "status", "ix_advice_request_officer_id": "officer_id"},
    "follow_up": {"ix_follow_up_due_on": "due_on"},
}


def upgrade() -> None:
    for table, indexes in DROPPED.items():
        for name in indexes:
            op.drop_index(name, table_name=table)


def downgrade() -> None:
    for table, indexes in DROPPED.items():
        for name, column in indexes.items():
            op.create_index(name, table, [column], unique=False)
