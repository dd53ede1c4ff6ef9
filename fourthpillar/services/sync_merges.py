"""A merge meets a field copy's work: what a sync does with initiatives merged away.

A merge (:mod:`fourthpillar.services.merge`) is ordinary changes: the other initiative's
``merged_into`` and its archive, its children's ``initiative_id``. A field copy that had not seen
it yet may still have edited the merged-away initiative or added a request, a contact or a
follow-up to it. After every apply, in the same transaction, on whichever side meets the two:

- children of a merged-away initiative that are still live move to the kept one;
- edits to its fields made concurrently with the merge (their writer had not seen the merge's
  archive, and the merge had not seen them) that arrived in this apply, or all of them when the
  merge itself arrived, are made on the kept initiative;
- each such initiative gets a ``merged`` entry on the Conflicts page saying so (one per field,
  and one for the moved records), which the officer acknowledges.

These are local changes (logged, synced and undoable as any); when both sides make the same
move they write the same values, which is no conflict, so every copy ends up the same. The
``archived`` conflict such an edit would open (archived on one side, edited on the other) is
not opened for a merged-away initiative (:func:`fourthpillar.sync.conflicts.open_conflicts_of`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.services.changes import ChangeWriter
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import Conflict
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Registration
from fourthpillar.store.search import name_key
from fourthpillar.store.tables import chunks
from fourthpillar.sync.heads import Head
from fourthpillar.sync.heads import RecordKey
from fourthpillar.sync.heads import load_heads
from fourthpillar.sync.heads import winner
from fourthpillar.sync.log import decode_field
from fourthpillar.sync.log import split_keys

_CHILDREN: dict[str, type[ContactPerson] | type[AdviceRequest] | type[FollowUp] | type[Registration]] = {
    "contact": ContactPerson, "request": AdviceRequest, "follow_up": FollowUp, "registration": Registration}
#: How far a chain of merges (A into B, B into C) is followed to the initiative that is kept.
_CHAIN = 10


def _kept(session: Session, record: Initiative) -> Initiative | None:
    """The live initiative at the end of *record*'s merges, or None."""
    current = record
    for _ in range(_CHAIN):
        if current.merged_into is None:
            return current if current.archived_at is None and current is not record else None
        following = session.get(Initiative, current.merged_into)
        if following is None:
            return None
        current = following
    return None


def _merged_initiatives(session: Session, touched: Iterable[RecordKey]) -> list[Initiative]:
    ids = {entity_id for entity, entity_id in touched if entity == "initiative"}
    for entity, model in _CHILDREN.items():
        children = sorted(entity_id for kind, entity_id in touched if kind == entity)
        for chunk in chunks(children):
            ids.update(session.scalars(select(model.initiative_id).where(model.id.in_(chunk))))
    merged: list[Initiative] = []
    ids.discard(None)  # a walk-in's registration has no initiative
    for chunk in chunks(sorted(ids)):
        merged += session.scalars(select(Initiative).where(
            Initiative.id.in_(chunk), Initiative.merged_into.is_not(None), Initiative.archived_at.is_not(None)))
    return merged


def _late_edits(session: Session, record: Initiative, fresh: set[str]) -> dict[str, Head]:
    """Field -> the winning edit made concurrently with the merge, among those to carry over."""
    heads = load_heads(session, {("initiative", record.id)})[("initiative", record.id)]
    state = heads.get(None)
    if not state:
        return {}
    archive = winner(state)
    seen = set(split_keys(archive.context))
    merge_arrived = archive.key in fresh
    late: dict[str, Head] = {}
    for field in Initiative.FIELDS:
        concurrent = {key: head for key, head in heads.get(field, {}).items()
                      if key not in seen and archive.key not in split_keys(head.context)
                      and (merge_arrived or key in fresh)}
        if concurrent:
            late[field] = winner(concurrent)
    return late


def follow_merges(session: Session, writer: ChangeWriter, *, touched: Iterable[RecordKey], fresh: set[str],
                  now: dt.datetime) -> int:
    """Carry a copy's work on merged-away initiatives over to the kept ones (see the module's
    text); *fresh* are the keys ("replica:seq") of the changes this apply brought. Returns the
    number of Conflicts entries opened."""
    opened = 0
    for record in _merged_initiatives(session, touched):
        kept = _kept(session, record)
        if kept is None:
            continue
        moved = 0
        for model in _CHILDREN.values():
            for child in session.scalars(select(model).where(model.initiative_id == record.id,
                                                             model.archived_at.is_(None))).all():
                writer.update(child, {"initiative_id": kept.id})
                moved += 1
        fields: list[str | None] = []
        for name, head in _late_edits(session, record, fresh).items():
            value = decode_field(Initiative, name, head.new_value)
            if getattr(kept, name) != value:
                writer.update(kept, {name: value, **({"name_key": name_key(value or "")} if name == "name" else {})})
            fields.append(name)
        if moved:
            fields.append(None)
        for field in fields:
            session.add(Conflict(kind="merged", entity="initiative", entity_id=record.id, field=field,
                                 other_id=kept.id, detected_at=now))
            opened += 1
    return opened
