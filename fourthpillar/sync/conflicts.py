"""Keeping the Conflicts list in step with the heads.

A conflict is not an event but a state, computed from the heads alone, so every replica holding
the same changes lists the same conflicts, and a resolution that arrives from elsewhere closes
them here too:

- ``field``: a field (or the archived state, field None) has heads with different values;
- ``archived``: the archived state's winning head is an archive whose writer had not seen some
  field head, and that field head's writer had not seen the archive (they were concurrent);
- ``merged``: a field copy's edit (or new record) for an initiative that was merged away, made
  on the kept one (services.sync_merges); open until the officer has seen it;
- ``duplicate``: flagged when an initiative arrives that looks like one already here (same
  enterprise number, or same name and municipality); closed when one of them is archived or a
  person keeps both.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.store.models import Conflict
from fourthpillar.store.models import Initiative
from fourthpillar.store.search import fold
from fourthpillar.store.tables import chunks
from fourthpillar.sync.heads import RecordHeads
from fourthpillar.sync.heads import RecordKey
from fourthpillar.sync.heads import winner
from fourthpillar.sync.log import split_keys

#: Contact fields an erasure blanks: never in conflict again (see services.privacy).
ERASED_FIELDS = frozenset({"name", "role", "email", "phone"})


def open_conflicts_of(heads: RecordHeads, *, erased: bool = False) -> set[tuple[str, str | None]]:
    """(kind, field) of every conflict the heads of one record show."""
    found: set[tuple[str, str | None]] = set()
    for field, versions in heads.items():
        if len(versions) < 2 or (erased and field in ERASED_FIELDS):
            continue
        if field is None:
            values = {head.archived for head in versions.values()}
        else:
            values = {head.new_value for head in versions.values()}  # type: ignore[misc]
        if len(values) > 1:
            found.add(("field", field))
    state = heads.get(None)
    merged = heads.get("merged_into")
    if merged and winner(merged).new_value not in (None, "null"):
        # Merged away: an edit concurrent with the merge went to the kept initiative instead
        # (services.sync_merges), so it is no "archived on one side, edited on the other".
        state = None
    if state:
        archive = winner(state)
        if archive.archived:
            seen = set(split_keys(archive.context))
            for field, versions in heads.items():
                if field is None:
                    continue
                if any(head.key not in seen and archive.key not in split_keys(head.context)
                       for head in versions.values()):
                    found.add(("archived", None))
                    break
    return found


def refresh(session: Session, heads: dict[RecordKey, RecordHeads], *, erased: set[str], now: dt.datetime) -> int:
    """Open and close field/archived conflicts of these records; return how many were opened."""
    existing: dict[RecordKey, list[Conflict]] = {}
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in heads:
        by_entity.setdefault(entity, []).append(entity_id)
    for entity, ids in by_entity.items():
        for chunk in chunks(ids):
            for conflict in session.scalars(select(Conflict).where(
                    Conflict.entity == entity, Conflict.entity_id.in_(chunk), Conflict.resolved_at.is_(None),
                    Conflict.kind.in_(("field", "archived")))):
                existing.setdefault((entity, conflict.entity_id), []).append(conflict)
    opened = 0
    for record, record_heads in heads.items():
        wanted = open_conflicts_of(record_heads, erased=record[0] == "contact" and record[1] in erased)
        for conflict in existing.get(record, []):
            marker = (conflict.kind, conflict.field)
            if marker in wanted:
                wanted.discard(marker)
            else:
                conflict.resolved_at = now
        for kind, field in sorted(wanted, key=lambda item: (item[0], item[1] or "")):
            session.add(Conflict(kind=kind, entity=record[0], entity_id=record[1], field=field, detected_at=now))
            opened += 1
    return opened


def duplicate_settled() -> ColumnElement[bool]:
    """Whether a duplicate conflict was settled since it was found: one of its two initiatives is
    archived or gone (a person keeping both resolves it instead)."""
    live = select(Initiative.id).where(Initiative.archived_at.is_(None))
    return or_(Conflict.entity_id.not_in(live), Conflict.other_id.is_(None), Conflict.other_id.not_in(live))


def flag_duplicates(session: Session, initiatives: list[Initiative], *, now: dt.datetime) -> int:
    """Flag arriving initiatives that look like one already here; return how many were flagged."""
    flagged = 0
    arriving = {initiative.id for initiative in initiatives}
    for initiative in initiatives:
        if initiative.archived_at is not None:
            continue
        candidates: list[Initiative] = []
        if initiative.enterprise_number:
            candidates += session.scalars(select(Initiative).where(
                Initiative.enterprise_number == initiative.enterprise_number)).all()
        if initiative.name_key:
            candidates += [other for other in session.scalars(select(Initiative).where(
                Initiative.name_key == initiative.name_key))
                if fold(other.municipality) == fold(initiative.municipality)]
        for other in {other.id: other for other in candidates}.values():
            if other.id == initiative.id or other.archived_at is not None:
                continue
            if other.id in arriving and other.id < initiative.id:
                continue  # both arrived together: flag the pair once
            pair = [initiative.id, other.id]
            already = session.scalar(select(Conflict.id).where(
                Conflict.kind == "duplicate", Conflict.entity_id.in_(pair), Conflict.other_id.in_(pair)))
            if already is None:
                session.add(Conflict(kind="duplicate", entity="initiative", entity_id=initiative.id,
                                     other_id=other.id, detected_at=now))
                flagged += 1
    return flagged
