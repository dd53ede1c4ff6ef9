"""Field versions ("heads"): the change rows no known change has replaced yet.

Every change to a field names the versions it replaced (its parents). A field with one head is
settled; several heads are concurrent edits. Which value shows is the same function of the set
of heads on every replica (the latest ``changed_at``, then replica id, then seq), so replicas
that hold the same changes show the same values whatever order the changes came in.
The archived state is versioned the same way under field None (create, archive, restore rows).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.store.models import Change
from fourthpillar.store.tables import chunks
from fourthpillar.sync.log import key_of

RecordKey = tuple[str, str]
#: Per record: field (None for the archived state) -> head key -> head.
RecordHeads = dict[str | None, dict[str, "Head"]]


@dataclass
class Head:
    key: str
    id: str
    field: str | None
    operation: str
    new_value: str | None
    changed_at: dt.datetime
    replica_id: str
    seq: int
    context: str | None
    #: False for a row being inserted by the current apply.
    stored: bool = True

    @property
    def rank(self) -> tuple[dt.datetime, str, int]:
        return (self.changed_at, self.replica_id, self.seq)

    @property
    def archived(self) -> bool:
        return self.operation == "archive"


def winner(heads: dict[str, Head]) -> Head:
    return max(heads.values(), key=lambda head: head.rank)


def head_from_row(row: Any, *, stored: bool) -> Head:
    return Head(key=key_of(row.replica_id, row.seq), id=row.id, field=row.field, operation=row.operation,
                new_value=row.new_value, changed_at=row.changed_at, replica_id=row.replica_id, seq=row.seq,
                context=row.context, stored=stored)


def load_heads(session: Session, records: set[RecordKey]) -> dict[RecordKey, RecordHeads]:
    """The stored heads of every field of *records*."""
    result: dict[RecordKey, RecordHeads] = {record: {} for record in records}
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in records:
        by_entity.setdefault(entity, []).append(entity_id)
    for entity, ids in by_entity.items():
        for chunk in chunks(ids):
            rows = session.execute(
                select(Change.id, Change.entity_id, Change.field, Change.operation, Change.new_value,
                       Change.changed_at, Change.replica_id, Change.seq, Change.context)
                .where(Change.entity == entity, Change.entity_id.in_(chunk), Change.is_head.is_(True))
            )
            for row in rows:
                head = head_from_row(row, stored=True)
                result[(entity, row.entity_id)].setdefault(row.field, {})[head.key] = head
    return result


def load_erased(session: Session, contact_ids: list[str]) -> set[str]:
    erased: set[str] = set()
    for chunk in chunks(contact_ids):
        erased.update(session.scalars(select(Change.entity_id).where(
            Change.entity == "contact", Change.entity_id.in_(chunk), Change.operation == "erase")))
    return erased
