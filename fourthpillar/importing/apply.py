"""Writing a planned import: all of it in the caller's one transaction, or nothing.

New initiatives and contacts are inserted in chunks with one multi-row INSERT each (a 50,000-row
file would take minutes one ORM flush at a time). Their change-log rows are exactly those
:meth:`fourthpillar.services.changes.ChangeWriter.create` writes, under the writer's batch id,
so history, sync and ``undo_action(batch_id)`` treat the import like any other action. Fills of
existing initiatives are few and go through the writer itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from fourthpillar.domain.fields import derive_province
from fourthpillar.i18n import translate
from fourthpillar.importing.normalise import WARNING, Problem
from fourthpillar.importing.plan import CREATE, SKIP, UPDATE, ImportPlan, PlannedRow
from fourthpillar.importing.reading import Cancelled, ImportCancelled, Progress
from fourthpillar.services.changes import ENTITY_NAMES, ChangeWriter, decode_value, encode_value
from fourthpillar.store.models import ENTITIES, Base, Change, ContactPerson, Initiative, Record, new_id

CHUNK = 1000


def _tr(text: str) -> str:
    return translate("Import", text)


@dataclass
class Applied:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def _row_for(model: type[Record], values: dict[str, Any], writer: ChangeWriter) -> dict[str, Any]:
    row: dict[str, Any] = {column.name: None for column in model.__table__.columns}
    row.update(values)
    row.update(id=new_id(), created_at=writer.now, updated_at=writer.now, archived_at=None, version=1)
    return row


def _changes_for(model: type[Record], row: dict[str, Any], writer: ChangeWriter) -> Iterable[dict[str, Any]]:
    """The change-log rows ChangeWriter.create writes for a new record."""
    common = {"batch_id": writer.batch_id, "entity": ENTITY_NAMES[model], "entity_id": row["id"],
              "operation": "create", "officer_id": writer.desk.officer_id,
              "replica_id": writer.desk.replica_id, "changed_at": writer.now}
    yield {**common, "id": new_id(), "field": None, "old_value": None, "new_value": None}
    for name in model.FIELDS:
        value = row.get(name)
        if value not in (None, "", [], False):
            yield {**common, "id": new_id(), "field": name, "old_value": encode_value(None),
                   "new_value": encode_value(value)}


def _insert(session: Session, model: type[Record], rows: list[dict[str, Any]], writer: ChangeWriter) -> None:
    if not rows:
        return
    session.execute(insert(_table(model)), rows)
    changes = [change for row in rows for change in _changes_for(model, row, writer)]
    session.execute(insert(_table(Change)), changes)


def _unclaimed_numbers(session: Session, plan_rows: list[PlannedRow]) -> set[str]:
    """Enterprise numbers of rows to create that someone registered since the preview."""
    numbers = sorted({row.values["enterprise_number"] for row in plan_rows
                      if row.action == CREATE and row.values.get("enterprise_number")})
    taken: set[str] = set()
    for start in range(0, len(numbers), 500):
        taken.update(session.scalars(
            select(Initiative.enterprise_number).where(
                Initiative.enterprise_number.in_(numbers[start:start + 500]),
                Initiative.archived_at.is_(None))
        ))
    return taken


def apply_plan(session: Session, writer: ChangeWriter, plan: ImportPlan, *,
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> Applied:
    """Write *plan* within *session* (the caller commits, or rolls back on any error)."""
    applied = Applied()
    taken = _unclaimed_numbers(session, plan.rows)
    creates = [row for row in plan.rows if row.action == CREATE]
    total = len(creates)
    for start in range(0, total, CHUNK):
        if cancelled is not None and cancelled():
            raise ImportCancelled(_tr("the import was cancelled; nothing was written"))
        initiatives: list[dict[str, Any]] = []
        contacts: list[dict[str, Any]] = []
        for planned in creates[start:start + CHUNK]:
            values = dict(planned.values)
            number = values.get("enterprise_number")
            if number and number in taken:
                values["enterprise_number"] = None
                values["notes"] = (values.get("notes", "") + "\n" + _tr(
                    "Enterprise number {number} (registered meanwhile for another initiative)").format(
                        number=number)).strip()[:20000]
                applied.problems.append(Problem(planned.row, "", _tr(
                    "enterprise number {number} was registered meanwhile; kept in the notes").format(
                        number=number), WARNING, "enterprise_number"))
            row = _row_for(Initiative, values, writer)
            initiatives.append(row)
            if planned.contact is not None:
                contacts.append(_row_for(ContactPerson, {**planned.contact, "initiative_id": row["id"]}, writer))
        _insert(session, Initiative, initiatives, writer)
        _insert(session, ContactPerson, contacts, writer)
        applied.created += len(initiatives)
        if progress is not None:
            progress(min(start + CHUNK, total), total)
    for planned in plan.rows:
        if planned.action == UPDATE:
            if _fill(session, writer, planned):
                applied.updated += 1
            else:
                applied.skipped += 1
        elif planned.action == SKIP:
            applied.skipped += 1
    session.flush()
    return applied


def _fill(session: Session, writer: ChangeWriter, planned: PlannedRow) -> bool:
    """Fill the still-empty fields of the existing initiative; False when nothing was left to do."""
    record = session.get(Initiative, planned.target_id)
    if record is None or record.archived_at is not None:
        return False
    values = {name: value for name, value in planned.fill.items()
              if getattr(record, name) in (None, "", [])}
    if "postcode" in values:
        derive_province(values, record.postcode)
        if record.province and values.get("province") != record.province:
            values.pop("province", None)
    changed = writer.update(record, values) if values else []
    if planned.add_contact and planned.contact is not None:
        writer.create(ContactPerson(initiative_id=record.id), planned.contact)
        changed.append("contact")
    return bool(changed)


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
        table = _table(model)
        for start in range(0, len(ids), 500):
            live = list(session.scalars(
                select(table.c.id).where(table.c.id.in_(ids[start:start + 500]), table.c.archived_at.is_(None))
            ))
            if not live:
                continue
            session.execute(update(table).where(table.c.id.in_(live)).values(
                archived_at=writer.now, updated_at=writer.now, version=table.c.version + 1))
            session.execute(insert(_table(Change)), [
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
