"""rowid sort indexes: on SQLite a list's sort index is (column), its ties broken by the rowid

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06 13:30:00

A list page was ``ORDER BY column, id LIMIT n``, read from a ``(column, id)`` index (migrations
0002, 0005, 0009, 0012). On SQLite every index entry also holds the row's hidden rowid, so each
of those entries carried the 36-character id beside it: ``(status, id)`` of 200,000 requests
takes 10.9 MB, ``(status)`` 3.2 MB. A ``(column)`` index holds ``(column, rowid)`` in order, so
the lists now break ties by the rowid on SQLite (``store.sorting.tiebreak``) and read their pages
from one-column indexes: the ``(column, id)`` indexes of requests, follow-ups, events,
registrations and the initiatives' enterprise number become ``(column)`` ones named
``ix_<table>_<column>``. Two such indexes were there already (0001: the requests' due date, the
follow-ups' done date): their ``(column, id)`` ones are only dropped. (Five of the names were
dropped by 0015 as redundant beside ``(column, id)``; on SQLite they now replace it.)

On PostgreSQL those two 0001 indexes go: beside ``(due_on NULLS FIRST, id)`` and
``(done_on NULLS FIRST, id)`` (0006) they serve nothing (a look-up, a range or ``IS NULL`` is
served by the longer ones, and nothing sorts those columns with empty values last). This is
the one change there.

The ``*_live`` indexes of requests, follow-ups and registrations lose their trailing id on
SQLite: the counts and joins they serve read them as covering indexes all the same (the rowid is
in every entry), and no list's plan changed on the 50,000-initiative register without it.

Kept as they were: ``ix_registration_event_status``, ordered as a waiting list's turn
(created_at, then id: the same on every copy, which a rowid is not); the initiatives' and
events' ``(archived_at, id)`` indexes (a join on the id reads them); and every other index
on PostgreSQL, which has no rowid (its lists still break ties by id).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

#: Per table, the sorted columns whose ``(column, id)`` index becomes ``(column)`` on SQLite.
SORTED: dict[str, tuple[str, ...]] = {
    "advice_request": ("received_on", "channel", "status", "updated_at", "answered_on", "minutes_spent",
                       "officer_id", "due_on"),
    "follow_up": ("due_on", "updated_at", "action", "owner_id", "done_on"),
    "event": ("starts_on", "title", "kind", "status", "updated_at", "officer_id", "capacity"),
    "registration": ("registered_on", "status", "updated_at"),
    "initiative": ("enterprise_number",),
}
#: The ``(column)`` indexes migration 0001 made: on SQLite they stay (their ``(column, id)`` ones
#: go), on PostgreSQL they go.
ALREADY_THERE = (("advice_request", "due_on"), ("follow_up", "done_on"))
#: Per table, the columns of its ``ix_<table>_live`` index; the id that followed them goes on SQLite.
LIVE: dict[str, list[str]] = {
    "advice_request": ["archived_at", "initiative_id", "officer_id"],
    "follow_up": ["archived_at", "initiative_id", "owner_id"],
    "registration": ["archived_at", "event_id"],
}


def _remake_live(*, with_id: bool) -> None:
    for table, columns in LIVE.items():
        op.drop_index(f"ix_{table}_live", table_name=table)
        op.create_index(f"ix_{table}_live", table, [*columns, "id"] if with_id else columns, unique=False)


def _on_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _analyze() -> None:
    """Statistics for the new indexes (see 0002): without them the planner may drive a list from
    another index and sort every row."""
    for table in SORTED:
        if op.get_bind().execute(text(f"SELECT count(*) FROM {table}")).scalar_one():
            op.execute(f"ANALYZE {table}")


def upgrade() -> None:
    if not _on_sqlite():
        for table, column in ALREADY_THERE:
            op.drop_index(f"ix_{table}_{column}", table_name=table)
        return
    for table, columns in SORTED.items():
        for column in columns:
            op.drop_index(f"ix_{table}_{column}_id", table_name=table)
            if (table, column) not in ALREADY_THERE:
                op.create_index(f"ix_{table}_{column}", table, [column], unique=False)
    _remake_live(with_id=False)
    _analyze()


def downgrade() -> None:
    if not _on_sqlite():
        for table, column in ALREADY_THERE:
            op.create_index(f"ix_{table}_{column}", table, [column], unique=False)
        return
    for table, columns in SORTED.items():
        for column in columns:
            if (table, column) not in ALREADY_THERE:
                op.drop_index(f"ix_{table}_{column}", table_name=table)
            op.create_index(f"ix_{table}_{column}_id", table, [column, "id"], unique=False)
    _remake_live(with_id=True)
    _analyze()
