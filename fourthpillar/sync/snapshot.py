"""First packages: the register (or one province of it) as a snapshot, and unpacking it into a
new replica.

The snapshot holds every record with its current values and, from the change log, only the
heads (the versions later changes will name as parents) and erasure markers. The new replica
starts holding everything its source held (``floor``: those changes exist here only as this
snapshot), so later packages continue from there.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table, and_, insert, or_, select, text
from sqlalchemy.orm import Session

from fourthpillar.store.models import ENTITIES, Change, ContactPerson, Initiative, Meta, Record, Replica
from fourthpillar.sync import conflicts
from fourthpillar.sync.heads import RecordHeads, RecordKey, head_from_row
from fourthpillar.sync.log import Vector, change_rows, decode_column, encode_column, table
from fourthpillar.sync.merge import ENTITY_ORDER, _row_dict

SCOPE_KEY = "sync_scope"
_SKIPPED_COLUMNS = ("version",)


def _scoped_ids(model: type[Record], province: str | None) -> Any:
    """A subquery of the ids of *model* in the province (None: no filter)."""
    if province is None:
        return None
    in_province = select(Initiative.id).where(Initiative.province == province)
    if model is Initiative:
        return in_province
    if hasattr(model, "initiative_id"):
        return select(model.id).where(model.initiative_id.in_(in_province))
    return None  # officers: always all of them


def export_snapshot(session: Session, *, province: str | None) -> dict[str, Any]:
    records: dict[str, Any] = {}
    log_conditions = []
    for entity in ENTITY_ORDER:
        model = ENTITIES[entity]
        columns = [column for column in table(model).columns if column.name not in _SKIPPED_COLUMNS]
        statement = select(*columns)
        scoped = _scoped_ids(model, province)
        if scoped is not None:
            statement = statement.where(table(model).c.id.in_(scoped))
        rows = [[encode_column(column, value) for column, value in zip(columns, row, strict=True)]
                for row in session.execute(statement)]
        records[entity] = {"columns": [column.name for column in columns], "rows": rows}
        condition = Change.entity == entity
        if scoped is not None:
            condition = and_(condition, Change.entity_id.in_(scoped))
        log_conditions.append(condition)
    log = change_rows(session, and_(or_(*log_conditions),
                                    or_(Change.is_head.is_(True), Change.operation == "erase")))
    return {"records": records, "log": log}


def import_snapshot(session: Session, snapshot: dict[str, Any], *, source: str, to_vector: Vector,
                    scope: str | None) -> int:
    """Fill an empty database from a snapshot; return the number of records."""
    with _search_index_rebuilt_after(session):
        return _import(session, snapshot, source=source, to_vector=to_vector, scope=scope)


@contextmanager
def _search_index_rebuilt_after(session: Session) -> Iterator[None]:
    """On SQLite, fill the full-text indexes once at the end instead of row by row (several times
    faster for a whole register); the triggers are back before the transaction commits."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    triggers = session.execute(text(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_fts\\_%' ESCAPE '\\'"
    )).all()
    for name, _table, _sql in triggers:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for _name, _table, sql in triggers:
        session.execute(text(sql))
    for table_name in sorted({table_name for _name, table_name, _sql in triggers}):
        session.execute(text(f"INSERT INTO {table_name}_fts({table_name}_fts) VALUES ('rebuild')"))


def _insert_rows(session: Session, target: Table, rows: list[dict[str, Any]]) -> None:
    """Bulk insert; on SQLite straight through the driver with the columns' own conversions
    (SQLAlchemy's per-row bookkeeping is most of the time for half a million records)."""
    if not rows:
        return
    dialect = session.get_bind().dialect
    if dialect.name != "sqlite":
        for start in range(0, len(rows), 2000):
            session.execute(insert(target), rows[start:start + 2000])
        return
    names = list(rows[0])
    # Columns left out get their scalar defaults (a record's version starts at 1).
    defaults = {column.name: column.default.arg for column in target.columns  # type: ignore[attr-defined]
                if column.name not in names and column.default is not None and column.default.is_scalar}
    names += list(defaults)
    converters = [target.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names]
    quoted = ", ".join(f'"{name}"' for name in names)
    statement = f'INSERT INTO "{target.name}" ({quoted}) VALUES ({", ".join("?" for _ in names)})'
    values = [tuple(value if convert is None else convert(value)
                    for value, convert in zip((row.get(name, defaults.get(name)) for name in names), converters,
                                              strict=True))
              for row in rows]
    session.connection().exec_driver_sql(statement, values)


def _import(session: Session, snapshot: dict[str, Any], *, source: str, to_vector: Vector,
            scope: str | None) -> int:
    count = 0
    for entity in ENTITY_ORDER:
        model = ENTITIES[entity]
        part = snapshot["records"].get(entity) or {"columns": [], "rows": []}
        columns = [table(model).c[name] for name in part["columns"]]
        packed, part["rows"] = part["rows"], []  # let each chunk go once inserted
        for start in range(0, len(packed), 5000):
            rows = [{column.name: decode_column(column, value) for column, value in zip(columns, row, strict=True)}
                    for row in packed[start:start + 5000]]
            _insert_rows(session, table(model), rows)
        count += len(packed)
        del packed
    for start in range(0, len(snapshot["log"]), 5000):
        _insert_rows(session, table(Change), [_row_dict(row, is_head=row[4] != "erase")
                                              for row in snapshot["log"][start:start + 5000]])
    # Every logged row but an erasure is a head: records with two heads for a field, or archived,
    # may be in conflict.
    heads_per_field = Counter((row[2], row[3], row[5]) for row in snapshot["log"] if row[4] != "erase")
    candidates = {(entity, entity_id) for (entity, entity_id, _field), count in heads_per_field.items() if count > 1}
    candidates |= {(row[2], row[3]) for row in snapshot["log"] if row[4] == "archive"}
    log = [_row_dict(row, is_head=True) for row in snapshot["log"]
           if row[4] != "erase" and (row[2], row[3]) in candidates]
    erased = {row[3] for row in snapshot["log"] if row[4] == "erase" and row[2] == "contact"}
    known = json.dumps(to_vector, sort_keys=True)
    for replica_id, seq in to_vector.items():
        session.add(Replica(id=replica_id, held=seq, floor=seq, known=known if replica_id == source else "{}"))
    if source not in to_vector:
        session.add(Replica(id=source, held=0, floor=0, known=known))
    if scope is not None:
        session.merge(Meta(key=SCOPE_KEY, value=scope))
    session.flush()
    _open_conflicts(session, log, erased)
    return count


def _open_conflicts(session: Session, log: list[dict[str, Any]], erased: set[str]) -> None:
    """Conflicts open at the source are open here too."""
    from fourthpillar.store.models import utc_now

    heads: dict[RecordKey, RecordHeads] = {}
    for row in log:
        if row["is_head"]:
            head = head_from_row(_Row(row), stored=True)
            heads.setdefault((row["entity"], row["entity_id"]), {}).setdefault(row["field"], {})[head.key] = head
    suspicious = {record: record_heads for record, record_heads in heads.items()
                  if any(len(versions) > 1 for versions in record_heads.values())
                  or any(head.archived for head in record_heads.get(None, {}).values())}
    conflicts.refresh(session, suspicious, erased=erased, now=utc_now())


class _Row:
    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)


def scope_of(session: Session) -> str | None:
    meta = session.get(Meta, SCOPE_KEY)
    return meta.value if meta is not None else None


def has_records(session: Session) -> bool:
    return any(session.scalar(select(model.id).limit(1)) is not None
               for model in (Initiative, ContactPerson))
