"""Reading the change log for sync: version vectors, the changes a peer lacks, causal order.

A replica holds, for every origin replica, all of its changes from seq 1 up to ``held``
(those at or below ``floor`` only as the snapshot of a first package). A package for a peer
carries every change above what the peer is known to hold, so a lost package is simply sent
again next time and a duplicate or late one finds everything already held.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Date
from sqlalchemy import and_
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.i18n import translate
from fourthpillar.store.models import ENTITIES
from fourthpillar.store.models import Change
from fourthpillar.store.models import Record
from fourthpillar.store.models import Replica
from fourthpillar.store.tables import chunks
from fourthpillar.store.tables import table_of
from fourthpillar.store.types import CodeList
from fourthpillar.store.types import UTCDateTime
from fourthpillar.sync.package import CHANGE_COLUMNS
from fourthpillar.sync.package import CHANGED_AT
from fourthpillar.sync.package import ENTITY
from fourthpillar.sync.package import ENTITY_ID
from fourthpillar.sync.package import FIELD
from fourthpillar.sync.package import NEW_VALUE
from fourthpillar.sync.package import OPERATION
from fourthpillar.sync.package import PARENTS
from fourthpillar.sync.package import REPLICA_ID
from fourthpillar.sync.package import SEQ

#: Operations whose rows are versions of a field (or of the archived state, field None).
HEAD_OPERATIONS = frozenset({"create", "update", "archive", "restore"})

Vector = dict[str, int]


def key_of(replica_id: str, seq: int) -> str:
    return f"{replica_id}:{seq}"


def split_keys(text: str | None) -> list[str]:
    return text.split() if text else []


def held_vector(session: Session) -> Vector:
    return {replica_id: held for replica_id, held in session.execute(select(Replica.id, Replica.held))
            if held > 0}


def floor_vector(session: Session) -> Vector:
    return {replica_id: floor for replica_id, floor in session.execute(select(Replica.id, Replica.floor))
            if floor > 0}


def known_vector(session: Session, peer: str) -> Vector:
    replica = session.get(Replica, peer)
    return parse_vector(replica.known) if replica is not None else {}


def parse_vector(text: str) -> Vector:
    loaded = json.loads(text or "{}")
    return {str(k): int(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}


def merge_known(session: Session, peer: str, vector: Vector, *, when: dt.datetime) -> bool:
    """Raise what *peer* is known to hold to at least *vector*; True if that changed anything."""
    replica = session.get(Replica, peer)
    if replica is None:
        replica = Replica(id=peer, held=0, floor=0, known="{}")
        session.add(replica)
    known = parse_vector(replica.known)
    merged = {origin: max(known.get(origin, 0), seq) for origin, seq in {**known, **vector}.items()}
    if merged == known:
        return False
    replica.known = json.dumps(merged, sort_keys=True)
    replica.exchanged_at = when
    return True


# -- values ---------------------------------------------------------------------------------

def encode_column(column: Any, value: Any) -> Any:
    """A column value as JSON: dates and timestamps as ISO text."""
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def decode_column(column: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        parsed = dt.datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    if isinstance(column.type, Date):
        return dt.date.fromisoformat(value)
    if isinstance(column.type, CodeList):
        return list(value)
    return value


def decode_field(model: type[Record], field: str, encoded: str | None) -> Any:
    """A field value as logged in the change table (JSON text) in its Python type."""
    if encoded is None:
        return None
    return decode_column(table_of(model).c[field], json.loads(encoded))


def record_payload(row: Any, model: type[Record]) -> str:
    """The whole record as JSON: travels with its ``create`` row so the receiver can insert it."""
    columns = table_of(model).columns
    return json.dumps({column.name: encode_column(column, row._mapping[column.name]) for column in columns
                       if column.name not in ("version", "updated_at")},
                      ensure_ascii=False, sort_keys=True)


# -- collecting -----------------------------------------------------------------------------

def change_rows(session: Session, condition: Any) -> list[list[Any]]:
    """Change rows matching *condition* in package form (:data:`~fourthpillar.sync.package.CHANGE_COLUMNS`)."""
    stored = table_of(Change)
    rows = []
    for row in session.execute(select(*(stored.c[name] for name in CHANGE_COLUMNS)).where(condition)):
        item = list(row)
        item[CHANGED_AT] = item[CHANGED_AT].isoformat()
        rows.append(item)
    return rows


def changes_between(session: Session, from_vector: Vector, to_vector: Vector) -> list[list[Any]]:
    """Every held change with from < seq <= to per origin, ``create`` rows with the record's
    current state as payload, in an order that respects causality."""
    ranges = [and_(Change.replica_id == origin, Change.seq > from_vector.get(origin, 0), Change.seq <= held)
              for origin, held in to_vector.items() if held > from_vector.get(origin, 0)]
    rows: list[list[Any]] = []
    for start in range(0, len(ranges), 50):
        rows.extend(change_rows(session, or_(*ranges[start:start + 50])))
    attach_payloads(session, rows)
    return causal_order(rows)


def attach_payloads(session: Session, rows: list[list[Any]]) -> None:
    """Put the record's present state in each ``create`` row (field None) as its new_value.

    The present state is consistent with the other rows of the package (they are read in the
    same transaction); a record this replica does not hold keeps the payload it arrived with.
    """
    wanted: dict[str, dict[str, list[list[Any]]]] = {}
    for row in rows:
        if row[OPERATION] == "create" and row[FIELD] is None:
            wanted.setdefault(row[ENTITY], {}).setdefault(row[ENTITY_ID], []).append(row)
    for entity, by_id in wanted.items():
        model = ENTITIES.get(entity)
        if model is None:
            continue
        stored = table_of(model)
        for chunk in chunks(by_id):
            for record in session.execute(select(stored).where(stored.c.id.in_(chunk))):
                payload = record_payload(record, model)
                for row in by_id[record.id]:
                    row[NEW_VALUE] = payload


def causal_order(rows: Sequence[list[Any]]) -> list[list[Any]]:
    """Rows sorted so every change comes after its parents and after its origin's earlier
    changes (Kahn's algorithm; ties by seq position for a stable, deterministic file)."""
    position = {key_of(row[REPLICA_ID], row[SEQ]): index for index, row in enumerate(rows)}
    # The origin's change before this one in the package: seq - 1, or less where an older
    # database's per-field creation rows were folded away (migration 0014).
    earlier: dict[int, int] = {}
    by_origin = sorted(range(len(rows)), key=lambda index: (rows[index][REPLICA_ID], rows[index][SEQ]))
    for before, after in itertools.pairwise(by_origin):
        if rows[before][REPLICA_ID] == rows[after][REPLICA_ID]:
            earlier[after] = before
    waiting: dict[int, int] = {}
    dependants: dict[int, list[int]] = {}
    for index, row in enumerate(rows):
        depends = {position[parent] for parent in split_keys(row[PARENTS]) if parent in position}
        previous = earlier.get(index)
        if previous is not None:
            depends.add(previous)
        depends.discard(index)
        waiting[index] = len(depends)
        for dependency in depends:
            dependants.setdefault(dependency, []).append(index)
    ready = [(rows[index][SEQ], rows[index][REPLICA_ID], index) for index, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    ordered: list[list[Any]] = []
    while ready:
        _, _, index = heapq.heappop(ready)
        ordered.append(rows[index])
        for dependant in dependants.get(index, ()):
            waiting[dependant] -= 1
            if waiting[dependant] == 0:
                heapq.heappush(ready, (rows[dependant][SEQ], rows[dependant][REPLICA_ID], dependant))
    if len(ordered) != len(rows):  # a cycle: only possible in a forged package
        raise ValueError(translate("Sync", "the changes refer to each other in a circle"))
    return ordered
