"""slimmer indexes: the change log's record index without the moment; on SQLite the requests'
and follow-ups' live index leads with the initiative and replaces its (initiative_id) index

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 17:45:00

Figures from the 50,000-initiative bench register (639,157 changes, 200,000 requests and as many
follow-ups), packed: 831.2 MB before, 794.9 after.

``ix_change_entity`` was ``(entity, entity_id, changed_at)``: each entry carried the change's
26-character moment beside the record's id. Every query that reads it names one record (its
history, undo's check of later edits, the change log's triggers, sync's heads, a person's
export and erasure) or one kind of record, and finds the record's few rows by ``(entity,
entity_id)``, sorting them by moment if asked; none reads a range of moments from it. Now
``(entity, entity_id)``, on both databases: 52.7 -> 35.1 MB. No per-record or per-batch query
stopped being an index look-up; the retention review, which takes each record's latest moment,
reads it from the rows (its seven queries 0.96 and 1.09 s before, 1.19 and 1.06 s after, two
runs each, the file in the page cache).

On SQLite, ``ix_advice_request_live`` and ``ix_follow_up_live`` were ``(archived_at,
initiative_id, officer)`` beside an ``(initiative_id)`` index. Every query that reads the live
index gives both the tombstone and the initiative (``archived_at IS NULL AND initiative_id =
?``: a list's join, its count, an initiative's page), so their order does not matter to it;
with the initiative first it also finds all of one initiative's rows, archived ones too (a
merge, a field copy's province, the foreign key), and the ``(initiative_id)`` index goes:
9.4 + 9.3 MB. Every list page and count kept its plan (the same index, the same two columns
looked up); the count with archived rows reads the larger index (15.6 -> 18.7 ms). PostgreSQL
keeps both (its live index ends with the id, and its plans were not measured on a large
register). Registrations' live index is left as it was (no ``(event_id)`` index beside it).

The downgrade makes the old indexes again.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None

#: Per table: the live index's columns after the initiative and the tombstone.
LIVE: dict[str, str] = {"advice_request": "officer_id", "follow_up": "owner_id"}


def _has_rows(table: str) -> bool:
    return op.get_bind().execute(text(f"SELECT 1 FROM {table} LIMIT 1")).first() is not None


def _on_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _analyze(table: str, *indexes: str) -> None:
    """Statistics for the new indexes only (as 0017; DROP INDEX dropped the old ones')."""
    if _on_sqlite() and _has_rows(table):
        for index in indexes:
            op.execute(f"ANALYZE {index}")


def _change_entity(columns: list[str]) -> None:
    op.drop_index("ix_change_entity", table_name="change")
    op.create_index("ix_change_entity", "change", columns, unique=False)
    _analyze("change", "ix_change_entity")


def upgrade() -> None:
    _change_entity(["entity", "entity_id"])
    if not _on_sqlite():
        return
    for table, officer in LIVE.items():
        op.drop_index(f"ix_{table}_initiative_id", table_name=table)
        op.drop_index(f"ix_{table}_live", table_name=table)
        op.create_index(f"ix_{table}_live", table, ["initiative_id", "archived_at", officer], unique=False)
        _analyze(table, f"ix_{table}_live")


def downgrade() -> None:
    _change_entity(["entity", "entity_id", "changed_at"])
    if not _on_sqlite():
        return
    for table, officer in LIVE.items():
        op.drop_index(f"ix_{table}_live", table_name=table)
        op.create_index(f"ix_{table}_live", table, ["archived_at", "initiative_id", officer], unique=False)
        op.create_index(f"ix_{table}_initiative_id", table, ["initiative_id"], unique=False)
        _analyze(table, f"ix_{table}_live", f"ix_{table}_initiative_id")
