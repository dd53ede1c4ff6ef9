"""Writing a planned import: all of it in the caller's one transaction, or nothing.

New initiatives and contacts are inserted in chunks with one multi-row INSERT each (a 50,000-row
file would take minutes one ORM flush at a time). Their change-log rows are exactly those
:meth:`fourthpillar.services.changes.ChangeWriter.create` writes, under the writer's batch id,
so history, sync and ``undo_action(batch_id)`` treat the import like any other action. Fills of
existing initiatives are few and go through the writer itself.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import time
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from collections.abc import Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field
from operator import itemgetter
from typing import Any
from typing import Protocol

from sqlalchemy import Date
from sqlalchemy import DateTime
from sqlalchemy import Table
from sqlalchemy import insert
from sqlalchemy import select
from sqlalchemy import update
from sqlalchemy.orm import Session

from fourthpillar.domain.fields import derive_province
from fourthpillar.i18n import translator
from fourthpillar.importing.normalise import WARNING
from fourthpillar.importing.normalise import Problem
from fourthpillar.importing.plan import CREATE
from fourthpillar.importing.plan import SKIP
from fourthpillar.importing.plan import UPDATE
from fourthpillar.importing.plan import ImportPlan
from fourthpillar.importing.plan import PlannedRow
from fourthpillar.importing.reading import import_cancelled
from fourthpillar.jobs import IsCancelled
from fourthpillar.jobs import Progress
from fourthpillar.jobs import never_cancelled
from fourthpillar.jobs import no_progress
from fourthpillar.store.change_values import encode_value
from fourthpillar.store.models import ENTITY_NAMES
from fourthpillar.store.models import Change
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Record
from fourthpillar.store.models import Replica
from fourthpillar.store.stamping import set_aside_for_stamped_rows
from fourthpillar.store.tables import chunks
from fourthpillar.store.tables import table_of


class _Copy(Protocol):
    @property
    def officer_id(self) -> str | None: ...

    @property
    def replica_id(self) -> str: ...


class ChangeWriter(Protocol):
    """What an import needs of the change writer that :mod:`fourthpillar.services.importing`
    hands down (``services.changes.ChangeWriter``; importing/ sits below services/)."""

    @property
    def batch_id(self) -> str: ...

    @property
    def now(self) -> dt.datetime: ...

    @property
    def desk(self) -> _Copy: ...

    def create(self, record: Record, values: Mapping[str, Any]) -> Record: ...

    def update(self, record: Record, values: Mapping[str, Any]) -> list[str]: ...

CHUNK = 1000
#: SQLite page cache during an import, in KiB.
CACHE_KIB = 48 * 1024


_tr = translator("Import")


@dataclass
class Applied:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)


def _ids() -> Iterator[str]:
    """Time-ordered UUIDs (RFC 9562 version 7) as text, drawn in bulk.

    Consecutive ids sort together, so tens of thousands of new rows append to the primary-key
    and entity indexes instead of landing at random pages (and uuid.uuid4() per row is itself a
    visible cost here).
    """
    last = 0
    while True:
        last = max(last + 1, int(time.time() * 1000))  # a new millisecond for every 4,096 ids
        millis = f"{last:012x}"
        head = f"{millis[:8]}-{millis[8:]}-7"
        raw = os.urandom(16 * 4096).hex()
        yield from [f"{head}{sequence:03x}-{_VARIANT[raw[start]]}{raw[start + 1:start + 4]}-{raw[start + 4:start + 16]}"
                    for sequence, start in enumerate(range(0, len(raw), 32))]


_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def _row_for(model: type[Record], values: dict[str, Any], writer: ChangeWriter, ids: Iterator[str]) -> dict[str, Any]:
    row = dict(values)
    row.update(id=next(ids), created_at=writer.now, updated_at=writer.now, archived_at=None, version=1)
    return row


def _changes_for(model: type[Record], row: dict[str, Any], writer: ChangeWriter,
                 ids: Iterator[str]) -> Iterable[dict[str, Any]]:
    """The change-log rows ChangeWriter.create writes for a new record."""
    common = {"batch_id": writer.batch_id, "entity": ENTITY_NAMES[model], "entity_id": row["id"],
              "operation": "create", "officer_id": writer.desk.officer_id,
              "replica_id": writer.desk.replica_id, "changed_at": writer.now}
    yield {**common, "id": next(ids), "field": None, "old_value": None, "new_value": _created(model.FIELDS, row)}


def _created(fields: tuple[str, ...], row: dict[str, Any]) -> str:
    """:func:`~fourthpillar.store.creations.creation_text` of *row*, the same text, faster."""
    parts = []
    for name in fields:
        value = row.get(name)
        if value not in (None, "", [], False):
            parts.append(f"{_quote(name)}: {_encode(value)}")
    return "{" + ", ".join(parts) + "}"


_quote = json.encoder.encode_basestring  # what json.dumps(..., ensure_ascii=False) uses for text


def _encode(value: Any) -> str:
    """:func:`~fourthpillar.services.changes.encode_value`, the same text, faster for the common
    values of an import (text, whole numbers, lists of codes); anything else goes to it."""
    if type(value) is str:
        return str(_quote(value))
    if type(value) is int:
        return str(value)
    if type(value) is list and all(type(item) is str for item in value):
        return "[" + ", ".join(_quote(item) for item in value) + "]"
    return encode_value(value)


def _is_temporal(column: Any) -> bool:
    kind = getattr(column.type, "impl", column.type)  # UTCDateTime decorates a DateTime
    return isinstance(kind, Date | DateTime)


def _driver_form(process: Callable[[Any], Any], driver: Any) -> Callable[[Any], Any]:
    """*process*, then what the SQLite *driver* (SQLCipher's) would make of a date or time it
    returns (its adapter, as executemany would call it for every row): for a value an import
    repeats on every row."""
    adapters: dict[Any, Callable[[Any], Any]] = getattr(driver, "adapters", {})
    protocol = getattr(driver, "PrepareProtocol", None)

    def stored(value: Any) -> Any:
        bound = process(value)
        adapt = adapters.get((type(bound), protocol))
        return adapt(bound) if adapt is not None else bound
    return functools.cache(stored)


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert *rows* (dicts with the same keys) in the session's transaction.

    On SQLite the values go through each column type's own bind processor and then straight to
    the driver's executemany: the same stored values as ``insert(table)``, without its per-row
    bookkeeping, which dominates an import's time. Other databases use ``insert(table)``.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name != "sqlite":
        session.execute(insert(table), rows)
        return
    given = rows[0].keys()
    present = [column.name for column in table.columns if column.name in given]
    # Columns the rows leave out get their scalar default; those with a server default are omitted.
    missing = [column for column in table.columns if column.name not in given and column.server_default is None]
    names = present + [column.name for column in missing]
    extra = tuple(getattr(column.default, "arg", None) if getattr(column.default, "is_scalar", False) else None
                  for column in missing)
    for column in table.columns:
        # The dialect's own form of the type (SQLite's DATETIME writes text without a zone), as
        # insert(table) would bind it: the type's generic processor left a time zone in the text.
        process: Callable[[Any], Any] | None = column.type.dialect_impl(dialect).bind_processor(dialect)
        if column.name in given and process is not None:
            if _is_temporal(column):
                process = _driver_form(process, dialect.dbapi)  # an import stamps every row with the same moment
            name = column.name
            # In place: the rows are built for this insert and not read again.
            for row in rows:
                row[name] = process(row[name])
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in names)}) "
           f"VALUES ({', '.join('?' * len(names))})")
    pick = itemgetter(*present)
    if len(present) == 1:
        parameters = [(pick(row), *extra) for row in rows]
    else:
        parameters = [pick(row) + extra for row in rows]
    connection.exec_driver_sql(sql, parameters)


def _insert(session: Session, model: type[Record], rows: list[dict[str, Any]], writer: ChangeWriter,
            ids: Iterator[str]) -> None:
    if not rows:
        return
    if session.connection().dialect.name == "sqlite":
        stamped = _change_tuples(model, rows, writer, ids)
        bulk_insert(session, table_of(model), rows)  # after: it turns the values into their stored form
        _insert_change_tuples(session, writer, stamped)
        return
    changes = [change for row in rows for change in _changes_for(model, row, writer, ids)]
    bulk_insert(session, table_of(model), rows)
    stamp_creations(session, writer.desk.replica_id, changes)
    bulk_insert(session, table_of(Change), changes)


#: A change row as :func:`_insert_change_tuples` writes it, before its place in the replica's
#: sequence is known: (id, entity, entity_id, field, old value, new value).
_ChangeTuple = tuple[str, str, str, str | None, str | None, str | None]
_CHANGE_COLUMNS = ("id", "batch_id", "entity", "entity_id", "operation", "field", "old_value", "new_value",
                   "officer_id", "replica_id", "changed_at", "seq", "parents", "context")


def _change_tuples(model: type[Record], rows: list[dict[str, Any]], writer: ChangeWriter,
                   ids: Iterator[str]) -> list[_ChangeTuple]:
    """:func:`_changes_for` as tuples (a dict per row was most of the Python time of a large import)."""
    entity, fields = ENTITY_NAMES[model], model.FIELDS
    changes: list[_ChangeTuple] = []
    add = changes.append
    for row in rows:
        add((next(ids), entity, row["id"], None, None, _created(fields, row)))
    return changes


def _insert_change_tuples(session: Session, writer: ChangeWriter, changes: list[_ChangeTuple]) -> None:
    """SQLite: insert *changes* stamped as :func:`stamp_creations` stamps the dicts it gets, in
    the same stored form as :func:`bulk_insert` gives them."""
    if not changes:
        return
    connection = session.connection()
    replica_id = writer.desk.replica_id
    first = _reserve_sequence(session, replica_id, len(changes))
    changed_at = table_of(Change).c.changed_at
    process = changed_at.type.dialect_impl(connection.dialect).bind_processor(connection.dialect)
    moment = _driver_form(process, connection.dialect.dbapi)(writer.now) if process is not None else writer.now
    batch_id, officer_id = writer.batch_id, writer.desk.officer_id
    parameters = []
    context: str | None = None
    for seq, (change_id, entity, entity_id, field_name, old, new) in enumerate(changes, start=first):
        if field_name is None:
            context, row_context = f"{replica_id}:{seq}", None
        else:
            row_context = context
        parameters.append((change_id, batch_id, entity, entity_id, "create", field_name, old, new, officer_id,
                           replica_id, moment, seq, "", row_context))
    quote = connection.dialect.identifier_preparer.quote
    connection.exec_driver_sql(
        f"INSERT INTO {quote(Change.__tablename__)} ({', '.join(quote(name) for name in _CHANGE_COLUMNS)}) "
        f"VALUES ({', '.join('?' * len(_CHANGE_COLUMNS))})", parameters)


def _reserve_sequence(session: Session, replica_id: str, count: int) -> int:
    """The first of *count* sequence numbers of this replica, taken from its ``replica`` row
    (updated in this transaction, which also holds the lock concurrent writers queue on)."""
    connection = session.connection()
    replica = table_of(Replica)
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        session.execute(postgresql.insert(replica).values(id=replica_id, held=0, floor=0, known="{}")
                        .on_conflict_do_nothing(index_elements=["id"]))
    else:
        from sqlalchemy.dialects import sqlite

        session.execute(sqlite.insert(replica).values(id=replica_id, held=0, floor=0, known="{}")
                        .on_conflict_do_nothing(index_elements=["id"]))
    held: int = session.execute(update(replica).where(replica.c.id == replica_id)
                                .values(held=replica.c.held + count).returning(replica.c.held)).scalar_one()
    return held - count + 1


def stamp_creations(session: Session, replica_id: str, changes: list[dict[str, Any]]) -> None:
    """Give new records' creation rows their sync identity, as migration 0004's trigger would.

    For a brand-new record the trigger's work is simple and known: the next sequence numbers of
    this replica (taken from its ``replica`` row, updated in this transaction, which also holds
    the lock concurrent writers queue on), no parents, and, for a field row, the record's state
    row as context. Doing it here for a whole chunk spares the trigger's four statements per
    row, most of an import's time. *changes* must hold each record's state row before its
    field rows (as :func:`_changes_for` yields them). Anything else is left to the trigger.
    """
    if not changes:
        return
    state_key: dict[str, str] = {}
    for seq, change in enumerate(changes, start=_reserve_sequence(session, replica_id, len(changes))):
        change["seq"] = seq
        change["parents"] = ""
        if change["field"] is None:
            state_key[change["entity_id"]] = f"{replica_id}:{seq}"
            change["context"] = None
        else:
            change["context"] = state_key[change["entity_id"]]


def _unclaimed_numbers(session: Session, plan_rows: list[PlannedRow]) -> set[str]:
    """Enterprise numbers of rows to create that someone registered since the preview."""
    numbers = sorted({row.values["enterprise_number"] for row in plan_rows
                      if row.action == CREATE and row.values.get("enterprise_number")})
    taken: set[str] = set()
    for chunk in chunks(numbers):
        taken.update(session.scalars(
            select(Initiative.enterprise_number).where(
                Initiative.enterprise_number.in_(chunk),
                Initiative.archived_at.is_(None))
        ))
    return taken


def apply_plan(session: Session, writer: ChangeWriter, plan: ImportPlan, *,
               progress: Progress = no_progress, is_cancelled: IsCancelled = never_cancelled) -> Applied:
    """Write *plan* within *session* (the caller commits, or rolls back on any error)."""
    applied = Applied()
    with _large_cache(session):
        _apply(session, writer, plan, applied, progress, is_cancelled)
    return applied


@contextmanager
def _large_cache(session: Session) -> Iterator[None]:
    """A bigger SQLite page cache while inserting: the indexes of tens of thousands of new rows
    stay in memory instead of spilling to the WAL page by page (the connection's own is put back)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous or -2000)}")


def _apply(session: Session, writer: ChangeWriter, plan: ImportPlan, applied: Applied,
           progress: Progress, is_cancelled: IsCancelled) -> None:
    taken = _unclaimed_numbers(session, plan.rows)
    creates = [row for row in plan.rows if row.action == CREATE]
    ids = _ids()
    total = len(creates)
    # Every created row carries its seq (stamp_creations): SQLite would enter the numbering
    # triggers for each all the same, most of the time of a large import (about 11 µs a row).
    with set_aside_for_stamped_rows(session):
        for start in range(0, total, CHUNK):
            if is_cancelled():
                raise import_cancelled()
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
                row = _row_for(Initiative, values, writer, ids)
                initiatives.append(row)
                if planned.contact is not None:
                    contacts.append(_row_for(ContactPerson, {**planned.contact, "initiative_id": row["id"]}, writer,
                                             ids))
            _insert(session, Initiative, initiatives, writer, ids)
            _insert(session, ContactPerson, contacts, writer, ids)
            applied.created += len(initiatives)
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


def _fill(session: Session, writer: ChangeWriter, planned: PlannedRow) -> bool:
    """Fill the still-empty fields of the existing initiative; False when nothing was left to do."""
    record = session.get(Initiative, planned.target_id)
    if record is None or record.archived_at is not None:
        return False
    values = {name: value for name, value in (planned.fill or {}).items()
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
