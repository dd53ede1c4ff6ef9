"""Applying incoming changes: the per-field three-way merge.

For each incoming change (in causal order, within the caller's one transaction):

- already held (seq at or below what this replica holds from its origin): skipped, so a
  package applied twice, or an old one after a newer one, changes nothing;
- otherwise it is stored and becomes a head of its field, replacing the heads it names as
  parents. If its parent is the field's only head this is a fast-forward; if not, the field has
  several heads — concurrent edits — and shows the winning one (same rule on every replica)
  while the others stay listed as a conflict and in history.

Records are then brought in line with the heads: created from the payload of their ``create``
row, each touched field set to its winning head's value, archived or not by the winning head of
the archived state. The merge never looks at the order packages came in, only at which changes
are held, which is what makes every replica end up the same.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from sqlalchemy import insert
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy import update
from sqlalchemy.orm import Session

from fourthpillar.i18n import translator
from fourthpillar.store.models import ENTITIES
from fourthpillar.store.models import Change
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Record
from fourthpillar.store.models import Registration
from fourthpillar.store.models import Replica
from fourthpillar.store.models import utc_now
from fourthpillar.store.search import name_key
from fourthpillar.store.tables import chunks
from fourthpillar.store.tables import table_of
from fourthpillar.sync import conflicts
from fourthpillar.sync.heads import Head
from fourthpillar.sync.heads import RecordHeads
from fourthpillar.sync.heads import RecordKey
from fourthpillar.sync.heads import load_erased
from fourthpillar.sync.heads import load_heads
from fourthpillar.sync.heads import winner
from fourthpillar.sync.log import HEAD_OPERATIONS
from fourthpillar.sync.log import decode_column
from fourthpillar.sync.log import decode_field
from fourthpillar.sync.log import held_vector
from fourthpillar.sync.log import key_of
from fourthpillar.sync.log import split_keys
from fourthpillar.sync.package import CHANGE_COLUMNS
from fourthpillar.sync.package import CHANGED_AT
from fourthpillar.sync.package import PARENTS
from fourthpillar.sync.package import REPLICA_ID
from fourthpillar.sync.package import SEQ
from fourthpillar.sync.package import PackageRefused

#: Insertion order that satisfies the foreign keys between the record tables.
ENTITY_ORDER = ("officer", "initiative", "contact", "request", "follow_up", "event", "registration")
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "archived_at", "version"})
#: What an erasure leaves of a contact person (services.privacy.ERASED_VALUES).
ERASED_VALUES: dict[str, Any] = {"name": "[erased]", "role": "", "email": "", "phone": ""}


@dataclass
class Outcome:
    """What one apply did."""

    applied: int = 0
    skipped: int = 0
    conflicts: int = 0
    duplicates: int = 0
    created: int = 0
    #: Contact persons erased by this apply (their values are blanked here too).
    erased: int = 0
    touched: set[RecordKey] = field(default_factory=set)


tr = translator("Sync")


def lock_for_sync(session: Session) -> None:
    """Take the database's write lock first, so nobody else's write slips in between reading
    what is held and storing what arrives (and SQLite never has to upgrade a read lock)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE replica SET held = held WHERE 1 = 0"))
    else:
        session.execute(select(Replica.id).with_for_update()).all()


def _row_dict(row: Sequence[Any], *, is_head: bool) -> dict[str, Any]:
    stored = dict(zip(CHANGE_COLUMNS, row, strict=True))
    changed_at = dt.datetime.fromisoformat(row[CHANGED_AT])
    stored["changed_at"] = changed_at if changed_at.tzinfo else changed_at.replace(tzinfo=dt.UTC)
    stored["parents"] = row[PARENTS] or ""
    stored["is_head"] = is_head
    return stored


def apply_changes(session: Session, rows: Sequence[Sequence[Any]], *, own_replica: str,
                  scope: str | None = None, now: dt.datetime | None = None) -> Outcome:
    """Merge package rows (causal order) into the database; raise PackageRefused when they are
    not in their origin's order (a change would be taken for one already held)."""
    now = now or utc_now()
    outcome = Outcome()
    held = held_vector(session)
    before = dict(held)
    fresh: list[dict[str, Any]] = []
    for row in rows:
        origin, seq = row[REPLICA_ID], int(row[SEQ])
        if seq <= held.get(origin, 0):
            if seq > before.get(origin, 0):
                raise PackageRefused(tr("the changes of replica {origin} are out of order in this package").format(
                    origin=origin))
            outcome.skipped += 1
            continue
        if origin == own_replica:
            raise PackageRefused(tr("this package holds changes made under this copy's own id that it does not "
                                    "have: two copies share one replica id"))
        # Sequence numbers may leave gaps: migration 0014 folded the per-field rows of every
        # creation into its one create row. A package that starts beyond what is held here is
        # refused by its "from" vector (services.sync.apply_package) before it reaches this.
        held[origin] = seq
        fresh.append(_row_dict(row, is_head=False))
    if not fresh:
        return outcome

    records = {(row["entity"], row["entity_id"]) for row in fresh if row["entity"] in ENTITIES}
    heads = load_heads(session, records)
    erased = load_erased(session, [entity_id for entity, entity_id in records if entity == "contact"])
    already_erased = set(erased)
    superseded: list[str] = []
    touched: dict[RecordKey, set[str | None]] = {}
    created: list[RecordKey] = []
    latest: dict[RecordKey, dt.datetime] = {}
    payloads: dict[RecordKey, str | None] = {}
    for change in fresh:
        record = (change["entity"], change["entity_id"])
        if record not in heads:
            continue
        latest[record] = max(latest.get(record, change["changed_at"]), change["changed_at"])
        if change["operation"] == "erase" and change["entity"] == "contact":
            erased.add(change["entity_id"])
            touched.setdefault(record, set())
            continue
        if change["operation"] not in HEAD_OPERATIONS:
            continue
        versions = heads[record].setdefault(change["field"], {})
        for parent in split_keys(change["parents"]):
            replaced = versions.pop(parent, None)
            if replaced is not None and replaced.stored:
                superseded.append(replaced.id)
        head = Head(key=key_of(change["replica_id"], change["seq"]), id=change["id"], field=change["field"],
                    operation=change["operation"], new_value=change["new_value"], changed_at=change["changed_at"],
                    replica_id=change["replica_id"], seq=change["seq"], context=change["context"], stored=False)
        versions[head.key] = head
        touched.setdefault(record, set()).add(change["field"])
        if change["operation"] == "create" and change["field"] is None:
            created.append(record)
            payloads[record] = change["new_value"]

    new_heads = {head.id for record_heads in heads.values() for versions in record_heads.values()
                 for head in versions.values() if not head.stored}
    for change in fresh:
        change["is_head"] = change["id"] in new_heads
        if change["entity"] == "contact" and change["entity_id"] in erased:
            _blank_erased(change)
    session.execute(insert(table_of(Change)), fresh)
    for chunk in chunks(superseded):
        session.execute(update(table_of(Change)).where(table_of(Change).c.id.in_(chunk)).values(is_head=False))
    for contact_id in erased - already_erased:
        _blank_history(session, contact_id)
    outcome.erased = len(erased - already_erased)
    _store_held(session, held)
    outcome.applied = len(fresh)

    # A create row keeps the record as it arrived: its history's creation (store.creations). When
    # sent on, a record held here travels as it is by then (sync.log.attach_payloads); one not held
    # here (another province's) as it arrived. An erasure blanks the person in it here too.
    materialised = _materialise(session, heads, touched, created, payloads, latest, erased, scope=scope)
    outcome.created = len(materialised)
    outcome.touched = set(touched)
    outcome.conflicts = conflicts.refresh(session, {record: heads[record] for record in touched},
                                          erased=erased, now=now)
    session.flush()
    arriving = [record for record in materialised if isinstance(record, Initiative)]
    outcome.duplicates = conflicts.flag_duplicates(session, arriving, now=now)
    outcome.conflicts += outcome.duplicates
    return outcome


def _blank_erased(row: dict[str, Any]) -> None:
    if row["field"] in ERASED_VALUES:
        replacement = json.dumps(ERASED_VALUES[row["field"]])
        row["old_value"] = None if row["old_value"] is None else replacement
        row["new_value"] = None if row["new_value"] is None else replacement
    elif row["operation"] == "create" and row["field"] is None and row["new_value"]:
        payload = json.loads(row["new_value"])
        payload.update({name: value for name, value in ERASED_VALUES.items() if name in payload})
        row["new_value"] = json.dumps(payload, ensure_ascii=False, sort_keys=True)


def _blank_history(session: Session, contact_id: str) -> None:
    """An erasure that arrived: this copy's history of the person loses the values too."""
    for change_id, payload in session.execute(select(Change.id, Change.new_value).where(
            Change.entity == "contact", Change.entity_id == contact_id, Change.operation == "create",
            Change.field.is_(None), Change.new_value.is_not(None))).all():
        row = {"field": None, "operation": "create", "new_value": payload, "old_value": None}
        _blank_erased(row)
        changes = table_of(Change)
        session.execute(update(changes).where(changes.c.id == change_id).values(new_value=row["new_value"]))
    for name, value in ERASED_VALUES.items():
        replacement = json.dumps(value)
        for column in (Change.old_value, Change.new_value):
            session.execute(update(table_of(Change)).where(
                Change.entity == "contact", Change.entity_id == contact_id, Change.field == name,
                column.is_not(None)).values({column.key: replacement}))


def _store_held(session: Session, held: dict[str, int]) -> None:
    stored = dict(session.execute(select(Replica.id, Replica.held)).all())
    for replica_id, seq in held.items():
        if replica_id not in stored:
            session.add(Replica(id=replica_id, held=seq, floor=0, known="{}"))
        elif stored[replica_id] != seq:
            session.execute(update(table_of(Replica)).where(table_of(Replica).c.id == replica_id).values(held=seq))
    session.flush()


def _load_records(session: Session, records: set[RecordKey]) -> dict[RecordKey, Record]:
    loaded: dict[RecordKey, Record] = {}
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in records:
        by_entity.setdefault(entity, []).append(entity_id)
    for entity, ids in by_entity.items():
        model = ENTITIES[entity]
        for chunk in chunks(ids):
            for record in session.scalars(select(model).where(model.id.in_(chunk))):
                loaded[(entity, record.id)] = record
    return loaded


def _existing_ids(session: Session, model: type[Record], ids: set[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunks(sorted(ids)):
        found.update(session.scalars(select(model.id).where(model.id.in_(chunk))))
    return found


def _references(model: type[Record]) -> dict[str, tuple[type[Record], bool]]:
    """Foreign-key columns of *model*: column -> (target model, nullable)."""
    by_table = {entity_model.__tablename__: entity_model for entity_model in ENTITIES.values()}
    references: dict[str, tuple[type[Record], bool]] = {}
    for column in table_of(model).columns:
        for foreign_key in column.foreign_keys:
            references[column.name] = (by_table[foreign_key.column.table.name], bool(column.nullable))
    return references


def _materialise(session: Session, heads: dict[RecordKey, RecordHeads], touched: dict[RecordKey, set[str | None]],
                 created: list[RecordKey], payloads: dict[RecordKey, str | None], latest: dict[RecordKey, dt.datetime],
                 erased: set[str], *, scope: str | None) -> list[Record]:
    """Insert arriving records and set every touched field to its winning head; return the
    records inserted."""
    with session.no_autoflush:
        existing = _load_records(session, set(touched))
        inserted: list[Record] = []
        for entity in ENTITY_ORDER:
            model = ENTITIES[entity]
            arriving = [record for record in created if record[0] == entity and record not in existing]
            built = [_from_payload(model, payloads.get(record)) for record in arriving]
            records = _within_scope(session, model, [record for record in built if record is not None], scope)
            for item in records:
                existing[(entity, item.id)] = item
                session.add(item)
            inserted.extend(records)
            if records:
                session.flush()
        for record_key, fields in touched.items():
            found = existing.get(record_key)
            if found is None:
                continue  # not held here (a first package for another province)
            record = found
            _settle(session, record, heads[record_key], fields)
            if record_key[0] == "contact" and record_key[1] in erased:
                for name, value in ERASED_VALUES.items():
                    if getattr(record, name) != value:
                        setattr(record, name, value)
            if record_key in latest and (record.updated_at is None or record.updated_at < latest[record_key]):
                record.updated_at = latest[record_key]
    session.flush()
    return inserted


def _from_payload(model: type[Record], payload: str | None) -> Record | None:
    if not payload:
        return None
    values = json.loads(payload)
    columns = table_of(model).columns
    record = model()
    for column in columns:
        if column.name in values and column.name not in ("version", "updated_at"):
            setattr(record, column.name, decode_column(column, values[column.name]))
    record.archived_at = None  # the archived state follows its heads
    record.updated_at = record.created_at
    return record


def _within_scope(session: Session, model: type[Record], records: list[Record], scope: str | None) -> list[Record]:
    """Records whose references exist here; a replica of one province takes new initiatives of
    that province only (and what belongs to them).

    Events are the whole office's: every copy takes them. A registration belongs with its
    contact's initiative: a copy of one province takes those of its initiatives only (never
    another office's walk-ins, nor a registration stripped of a contact it does not hold).
    """
    if scope is not None and model is Initiative:
        records = [record for record in records if getattr(record, "province", None) == scope]
    if scope is not None and model is Registration:
        records = [record for record in records if getattr(record, "initiative_id", None) is not None]
    for column, (target, nullable) in _references(model).items():
        wanted = {getattr(record, column) for record in records if getattr(record, column) is not None}
        if not wanted:
            continue
        present = _existing_ids(session, target, wanted)
        kept = []
        for record in records:
            value = getattr(record, column)
            if value is None or value in present:
                kept.append(record)
            elif nullable and not (model is Registration and column in ("contact_id", "initiative_id")):
                setattr(record, column, None)
                kept.append(record)
        records = kept
    return records


def _settle(session: Session, record: Record, record_heads: RecordHeads, fields: set[str | None]) -> None:
    model = type(record)
    columns = table_of(model).c
    for name in fields:
        versions = record_heads.get(name)
        if not versions:
            continue
        best = winner(versions)
        if name is None:
            archived_at = best.changed_at if best.archived else None
            if record.archived_at != archived_at:
                record.archived_at = archived_at
            continue
        if name in BOOKKEEPING or name in model.DERIVED or name not in columns:
            continue
        value = decode_field(model, name, best.new_value)
        if getattr(record, name) != value:
            references = _references(model)
            if value is not None and name in references and \
                    not _existing_ids(session, references[name][0], {value}):
                continue  # refers to a record not held here
            setattr(record, name, value)
            if isinstance(record, Initiative) and name == "name":
                record.name_key = name_key(value or "")
