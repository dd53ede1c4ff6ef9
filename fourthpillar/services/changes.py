"""Writing records together with their history, and undoing a whole user action.

Every mutation made by a use case goes through a :class:`ChangeWriter`, which sets the new
values, bumps ``updated_at`` and writes one :class:`~fourthpillar.store.models.Change` row per
changed field (a creation: one row that carries the record's filled-in fields, see
:mod:`fourthpillar.store.creations`). All rows of one action share a batch id; :func:`undo_batch`
reverts them.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy import update
from sqlalchemy.orm import Session

from fourthpillar.domain.fields import FIELD_RULES
from fourthpillar.domain.fields import FieldError
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Saved

# The values' encoding lives in store/ (the import's bulk path needs it too); kept importable here.
from fourthpillar.store.change_values import decode_value as decode_value
from fourthpillar.store.change_values import encode_value as encode_value
from fourthpillar.store.change_values import stored_value as stored_value
from fourthpillar.store.creations import creation_text
from fourthpillar.store.errors import NotFound
from fourthpillar.store.errors import StaleRecord
from fourthpillar.store.import_models import ImportRun
from fourthpillar.store.models import ENTITIES
from fourthpillar.store.models import ENTITY_NAMES
from fourthpillar.store.models import Change
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Record
from fourthpillar.store.models import Registration
from fourthpillar.store.models import new_id
from fourthpillar.store.models import utc_now
from fourthpillar.store.search import name_key
from fourthpillar.store.tables import chunks
from fourthpillar.store.tables import table_of

#: One line per written record: its kind, id and the changed fields' names, never their values.
log = logging.getLogger(__name__)


#: Columns every record has that are bookkeeping, not data: never logged, never merged.
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "archived_at", "version"})


@functools.cache  # asked for every field an update logs
def logged_columns(model: type[Record]) -> frozenset[str]:
    """Data columns whose changes are logged (and so travel in sync): the editable fields plus
    structural ones such as a request's ``answered_on``; derived columns are recomputed."""
    return frozenset(column.name for column in table_of(model).columns
                     if column.name not in BOOKKEEPING and column.name not in model.DERIVED)


class ChangeWriter:
    """Applies one user action's changes within *session*, recording each in the change log."""

    def __init__(self, session: Session, desk: Desk, batch_id: str | None = None) -> None:
        self.session = session
        self.desk = desk
        self.batch_id = batch_id or new_id()
        self.now = utc_now()

    def _log(self, record: Record, operation: str, field: str | None = None,
             old: Any = None, new: Any = None, *, with_values: bool = False,
             parents: list[str] | None = None, context: list[str] | None = None,
             created: str | None = None) -> None:
        # parents/context None: the change_stamp trigger (migration 0004) fills them from the heads.
        self.session.add(Change(
            parents=None if parents is None else " ".join(parents),
            context=None if context is None else " ".join(context),
            batch_id=self.batch_id,
            entity=ENTITY_NAMES[type(record)],
            entity_id=record.id,
            operation=operation,
            field=field,
            old_value=encode_value(old) if with_values else None,
            new_value=created if created is not None else encode_value(new) if with_values else None,
            officer_id=self.desk.officer_id,
            replica_id=self.desk.replica_id,
            changed_at=self.now,
        ))

    def saved(self, record: Record) -> Saved:
        """What a use case returns after writing *record*: its id, its new version (flushed
        first, so that the database has given it) and the action's batch (for undo)."""
        self.session.flush()
        return Saved(record.id, record.version, self.batch_id)

    def create(self, record: Record, values: Mapping[str, Any]) -> Record:
        for name, value in values.items():
            setattr(record, name, value)
        record.created_at = record.updated_at = self.now
        self.session.add(record)
        self.session.flush()
        self._log(record, "create", created=creation_text(record.FIELDS, record.field_values()))
        log.info("create %s %s (batch %s)", ENTITY_NAMES[type(record)], record.id, self.batch_id)
        return record

    def update(self, record: Record, values: Mapping[str, Any]) -> list[str]:
        """Set *values*; return the names of the fields that really changed."""
        changed: list[str] = []
        for name, value in values.items():
            old = getattr(record, name)
            if old == value:
                continue
            setattr(record, name, value)
            if name in record.FIELDS or name in logged_columns(type(record)):
                self._log(record, "update", name, old, value, with_values=True)
            changed.append(name)
        if "name" in changed and isinstance(record, Initiative) and "name_key" not in values:
            # Derived from the name (sorting, duplicate matching): an undo or a merge sets the name alone.
            record.name_key = name_key(record.name)
        if changed:
            record.updated_at = self.now
            log.info("update %s %s: %s (batch %s)", ENTITY_NAMES[type(record)], record.id, ", ".join(changed),
                     self.batch_id)
        return changed

    def archive(self, record: Record) -> bool:
        if record.archived_at is not None:
            return False
        record.archived_at = record.updated_at = self.now
        self._log(record, "archive")
        log.info("archive %s %s (batch %s)", ENTITY_NAMES[type(record)], record.id, self.batch_id)
        return True

    def resolve(self, record: Record, field: str | None, value: Any, *, replaces: list[str],
                context: list[str]) -> None:
        """Settle a sync conflict: set *field* (None: the archived state, *value* True for
        archived) and log it as replacing every version in *replaces* (change keys), even when
        the value stays the same, so the decision travels and closes the conflict everywhere."""
        if field is None:
            record.archived_at = self.now if value else None
            self._log(record, "archive" if value else "restore", parents=replaces, context=context)
        else:
            old = getattr(record, field)
            setattr(record, field, value)
            self._log(record, "update", field, old, value, with_values=True, parents=replaces, context=context)
        record.updated_at = self.now

    def restore(self, record: Record) -> bool:
        if record.archived_at is None:
            return False
        record.archived_at = None
        record.updated_at = self.now
        self._log(record, "restore")
        log.info("restore %s %s (batch %s)", ENTITY_NAMES[type(record)], record.id, self.batch_id)
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


#: Undoing one of these operations sets or clears the tombstone: True archives, False restores.
_TOMBSTONE_UNDO = {"create": True, "restore": True, "archive": False}


def set_archived(desk: Desk, model: type[Record], record_id: str, *, archived: bool) -> Saved:
    """Archive (never delete) or restore one record, as one undoable action."""
    with desk.database.session() as session:
        record = load(session, model, record_id, live=archived)
        writer = ChangeWriter(session, desk)
        if archived:
            writer.archive(record)
        else:
            writer.restore(record)
        return writer.saved(record)


def _undo_tombstones(session: Session, writer: ChangeWriter, batch_id: str) -> None:
    """Undo the batch's creations, archives and restores set-wise, logging each under *writer*.

    An action can create hundreds of thousands of records (demonstration data, an import); one
    ORM object per record would take minutes and gigabytes, a few UPDATEs per entity do not.
    """
    pairs = session.execute(
        select(Change.entity, Change.operation).where(Change.batch_id == batch_id, Change.field.is_(None))
        .distinct()
    ).all()
    for entity, operation in pairs:
        archive = _TOMBSTONE_UNDO.get(operation)
        if archive is None:
            continue
        table = table_of(ENTITIES[entity])
        ids = list(session.scalars(select(Change.entity_id).where(
            Change.batch_id == batch_id, Change.entity == entity, Change.operation == operation,
            Change.field.is_(None))))
        # Only records whose tombstone really changes get a new version and a change-log row,
        # as writer.archive / writer.restore would do them.
        state = table.c.archived_at.is_(None) if archive else table.c.archived_at.is_not(None)
        for chunk in chunks(ids):
            flipped = list(session.scalars(select(table.c.id).where(table.c.id.in_(chunk), state)))
            if not flipped:
                continue
            session.execute(update(table).where(table.c.id.in_(flipped)).values(
                archived_at=writer.now if archive else None, updated_at=writer.now,
                version=table.c.version + 1))
            session.execute(insert(table_of(Change)), [
                {"id": new_id(), "batch_id": writer.batch_id, "entity": entity, "entity_id": record_id,
                 "operation": "archive" if archive else "restore", "field": None, "old_value": None,
                 "new_value": None, "officer_id": writer.desk.officer_id, "replica_id": writer.desk.replica_id,
                 "changed_at": writer.now}
                for record_id in flipped
            ])


def undo_batch(desk: Desk, *, batch_id: str) -> str:
    """Revert every change of one action; return the batch id of the undo itself.

    Undoing the undo's batch redoes the action.
    """
    return undo_batches(desk, batch_ids=[batch_id])[0]


def undo_batches(desk: Desk, *, batch_ids: Sequence[str]) -> list[str]:
    """Revert the batches of one action in this order, all or none (a refusal of the last leaves
    the first standing, not reverted alone); the undo's batch id of each, in the same order."""
    with desk.database.session() as session:
        return [_revert(session, desk, batch_id) for batch_id in batch_ids]


def _revert(session: Session, desk: Desk, batch_id: str) -> str:
    writer = ChangeWriter(session, desk)
    # One action changes a field once, so the order within the batch does not matter.
    put_back: list[tuple[Record, str, Any]] = []
    for change in session.scalars(select(Change).where(Change.batch_id == batch_id,
                                                       Change.operation == "update")):
        model = ENTITIES[change.entity]
        record = session.get(model, change.entity_id)
        if record is not None and change.field is not None:
            put_back.append((record, change.field, decode_value(model, change.field, change.old_value)))
    _refuse_broken(put_back)
    for record, name, value in put_back:
        writer.update(record, {name: value})
    session.flush()
    _undo_tombstones(session, writer, batch_id)
    # Objects loaded above must not keep the tombstone and version from before the bulk UPDATEs.
    session.expire_all()
    _follow_import_runs(session, writer, batch_id)
    _settle_places(session, desk, batch_id)
    return writer.batch_id


def _refuse_broken(put_back: list[tuple[Record, str, Any]]) -> None:
    """Old values an undo puts back become current values, so they keep today's field rules: one
    typed under an older, looser rule, or one a sync package brought as history (which is checked
    only for being safe to keep, sync/history_values.py), refuses the undo, naming the field."""
    errors: list[FieldError] = []
    for record, name, value in put_back:
        rules = FIELD_RULES[ENTITY_NAMES[type(record)]]
        if name in rules:
            try:
                clean(rules, {name: value}, complete=False)
            except ValidationFailed as failed:
                errors += failed.errors
    if errors:
        raise ValidationFailed(errors)


def _settle_places(session: Session, desk: Desk, batch_id: str) -> None:
    """After undoing registrations or an event's capacity, apply the capacity rule again to the
    events concerned: an undone cancellation whose place went to someone else meanwhile must
    not overbook, an undone registration must free its place for the first person waiting.

    In a batch of its own (same transaction): the undo batch may already have set a waiting
    person's or the event's status, and one batch changes a field once (that is what lets
    undoing the undo simply revert it). Undoing the undo settles the places again likewise.
    """
    from fourthpillar.services.registrations import settle_events  # registrations build on this module

    concerned = select(Change.entity_id).where(Change.batch_id == batch_id)
    event_ids = set(session.scalars(concerned.where(Change.entity == "event").distinct()))
    event_ids.update(session.scalars(select(Registration.event_id).distinct().where(
        Registration.id.in_(concerned.where(Change.entity == "registration")))))
    if event_ids:
        settle_events(session, ChangeWriter(session, desk), event_ids)


def _follow_import_runs(session: Session, writer: ChangeWriter, batch_id: str) -> None:
    """Keep `import runs` true when an import's batch is undone or redone like any action.

    Ctrl+Z and History undo an import through its batch, not through ``undo_import``. Undoing the
    import's batch, or the batch that last brought it back, marks the run undone; undoing the batch
    that undid it marks it applied again. ``undo_batch_id`` keeps the latest undo or redo, so the
    next Ctrl+Z / Ctrl+Shift+Z on it flips the run once more. Undoing an older batch whose effect
    is already in place (the import's own batch while it is undone) leaves the run as it is.
    """
    runs = session.scalars(select(ImportRun).where(
        or_(ImportRun.batch_id == batch_id, ImportRun.undo_batch_id == batch_id))).all()
    for run in runs:
        if run.undone_at is None:
            run.undone_at = writer.now
        elif run.undo_batch_id == batch_id:
            run.undone_at = None
        else:
            continue
        run.undo_batch_id = writer.batch_id
