"""Undoing an import: archiving what it created and putting back what it filled in, in bulk
(``services.importing`` calls these in the caller's one transaction)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy import update
from sqlalchemy.orm import Session

from fourthpillar.importing.apply import ChangeWriter
from fourthpillar.importing.apply import bulk_insert
from fourthpillar.store.change_values import decode_value
from fourthpillar.store.models import ENTITIES
from fourthpillar.store.models import ENTITY_NAMES
from fourthpillar.store.models import Change
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import new_id
from fourthpillar.store.tables import chunks
from fourthpillar.store.tables import table_of


def archive_created(session: Session, writer: ChangeWriter, batch_id: str) -> int:
    """Undo the records *batch_id* created, in bulk: archive each, logging it under *writer*'s batch.

    The same outcome as :func:`fourthpillar.services.changes.undo_batch` for creations, without
    loading every record as an object (an import may create tens of thousands).
    """
    archived = 0
    for model in (ContactPerson, Initiative):
        entity = ENTITY_NAMES[model]
        ids = list(session.scalars(
            select(Change.entity_id).where(Change.batch_id == batch_id, Change.entity == entity,
                                           Change.operation == "create", Change.field.is_(None))
        ))
        table = table_of(model)
        for chunk in chunks(ids):
            live = list(session.scalars(
                select(table.c.id).where(table.c.id.in_(chunk), table.c.archived_at.is_(None))
            ))
            if not live:
                continue
            session.execute(update(table).where(table.c.id.in_(live)).values(
                archived_at=writer.now, updated_at=writer.now, version=table.c.version + 1))
            bulk_insert(session, table_of(Change), [
                {"id": new_id(), "batch_id": writer.batch_id, "entity": entity, "entity_id": record_id,
                 "operation": "archive", "field": None, "old_value": None, "new_value": None,
                 "officer_id": writer.desk.officer_id, "replica_id": writer.desk.replica_id,
                 "changed_at": writer.now}
                for record_id in live
            ])
            archived += len(live) if model is Initiative else 0
    return archived


def revert_fills(session: Session, writer: ChangeWriter, batch_id: str) -> None:
    """Put back the fields *batch_id* filled in existing initiatives (logged under *writer*)."""
    for change in session.scalars(select(Change).where(
            Change.batch_id == batch_id, Change.operation == "update", Change.field.is_not(None))):
        model = ENTITIES[change.entity]
        record = session.get(model, change.entity_id)
        if record is not None and change.field is not None:
            writer.update(record, {change.field: decode_value(model, change.field, change.old_value)})
