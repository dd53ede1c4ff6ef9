"""Writing records together with their history, and undoing a whole user action.

Every mutation made by a use case goes through a :class:`ChangeWriter`, which sets the new
values, bumps ``updated_at`` and writes one :class:`~fourthpillar.store.models.Change` row per
changed field. All rows of one action share a batch id; :func:`undo_batch` reverts them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Date, select
from sqlalchemy.orm import Session

from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import NotFound, StaleRecord
from fourthpillar.store.models import ENTITIES, Change, Record, new_id, utc_now

ENTITY_NAMES: dict[type[Record], str] = {model: name for name, model in ENTITIES.items()}


def encode_value(value: Any) -> str:
    if isinstance(value, dt.date):
        return json.dumps(value.isoformat())
    return json.dumps(value, ensure_ascii=False)


def decode_value(model: type[Record], field: str, encoded: str | None) -> Any:
    if encoded is None:
        return None
    value = json.loads(encoded)
    column = model.__table__.c[field]
    if value is not None and isinstance(column.type, Date):
        return dt.date.fromisoformat(value)
    return value


class ChangeWriter:
    """Applies one user action's changes within *session*, recording each in the change log."""

    def __init__(self, session: Session, desk: Desk, batch_id: str | None = None) -> None:
        self.session = session
        self.desk = desk
        self.batch_id = batch_id or new_id()
        self.now = utc_now()

    def _log(self, record: Record, operation: str, field: str | None = None,
             old: Any = None, new: Any = None, *, with_values: bool = False) -> None:
        self.session.add(Change(
            batch_id=self.batch_id,
            entity=ENTITY_NAMES[type(record)],
            entity_id=record.id,
            operation=operation,
            field=field,
            old_value=encode_value(old) if with_values else None,
            new_value=encode_value(new) if with_values else None,
            officer_id=self.desk.officer_id,
            replica_id=self.desk.replica_id,
            changed_at=self.now,
        ))

    def create(self, record: Record, values: Mapping[str, Any]) -> Record:
        for name, value in values.items():
            setattr(record, name, value)
        record.created_at = record.updated_at = self.now
        self.session.add(record)
        self.session.flush()
        self._log(record, "create")
        for name in record.FIELDS:
            value = getattr(record, name)
            if value not in (None, "", [], False):
                self._log(record, "create", name, None, value, with_values=True)
        return record

    def update(self, record: Record, values: Mapping[str, Any]) -> list[str]:
        """Set *values*; return the names of the fields that really changed."""
        changed: list[str] = []
        for name, value in values.items():
            old = getattr(record, name)
            if old == value:
                continue
            setattr(record, name, value)
            if name in record.FIELDS:
                self._log(record, "update", name, old, value, with_values=True)
            changed.append(name)
        if changed:
            record.updated_at = self.now
        return changed

    def archive(self, record: Record) -> bool:
        if record.archived_at is not None:
            return False
        record.archived_at = record.updated_at = self.now
        self._log(record, "archive")
        return True

    def restore(self, record: Record) -> bool:
        if record.archived_at is None:
            return False
        record.archived_at = None
        record.updated_at = self.now
        self._log(record, "restore")
        return True


def load(session: Session, model: type[Record], record_id: str, *,
         expected_version: int | None = None, live: bool = True) -> Any:
    """The record, or :class:`NotFound`; :class:`StaleRecord` if its version moved on."""
    record = session.get(model, record_id)
    if record is None or (live and record.archived_at is not None):
        raise NotFound(ENTITY_NAMES[model], record_id)
    if expected_version is not None and record.version != expected_version:
        raise StaleRecord(ENTITY_NAMES[model], record_id, expected_version, record.version)
    return record


def undo_batch(desk: Desk, *, batch_id: str) -> str:
    """Revert every change of one action (newest first); return the batch id of the undo itself.

    Undoing the undo's batch redoes the action.
    """
    with desk.database.session() as session:
        rows = session.scalars(select(Change).where(Change.batch_id == batch_id)).all()
        writer = ChangeWriter(session, desk)
        # One action changes a field once, so the order within the batch does not matter.
        for change in rows:
            model = ENTITIES[change.entity]
            record = session.get(model, change.entity_id)
            if record is None:
                continue
            if change.operation == "create" and change.field is None:
                writer.archive(record)
            elif change.operation == "archive":
                writer.restore(record)
            elif change.operation == "restore":
                writer.archive(record)
            elif change.operation == "update" and change.field is not None:
                writer.update(record, {change.field: decode_value(model, change.field, change.old_value)})
        return writer.batch_id
