"""A record's history, and undoing an action."""

from __future__ import annotations

from sqlalchemy import select

from fourthpillar.services.changes import undo_batch
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import HistoryEntry
from fourthpillar.store.models import Change, Officer


def record_history(desk: Desk, *, entity: str, record_id: str) -> list[HistoryEntry]:
    """Every change to one record, newest first."""
    with desk.database.session() as session:
        rows = session.execute(
            select(Change, Officer.name)
            .outerjoin(Officer, Change.officer_id == Officer.id)
            .where(Change.entity == entity, Change.entity_id == record_id)
            .order_by(Change.changed_at.desc())
        ).all()
        return [
            HistoryEntry(change.changed_at, change.operation, change.field, change.old_value,
                         change.new_value, officer_name or "", change.replica_id, change.batch_id)
            for change, officer_name in rows
        ]


def undo_action(desk: Desk, *, batch_id: str) -> str:
    """Undo everything one action changed; returns the batch id that redoes it when undone."""
    return undo_batch(desk, batch_id=batch_id)
