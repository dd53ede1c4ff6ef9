"""Conflicts of field work: what a package or a sync could not decide, listed mine / theirs /
common side by side (``list_conflicts``), and settled by taking one side or typing a value
(``resolve_conflict``), a decision that travels like any change, and counted without writing
(``count_conflicts``). All are also importable from :mod:`fourthpillar.services.sync`; how
conflicts arise is in :mod:`fourthpillar.sync.conflicts`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_
from sqlalchemy import func
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.domain.fields import FIELD_RULES
from fourthpillar.domain.fields import clean
from fourthpillar.domain.fields import field_label
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import translator
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.changes import logged_columns
from fourthpillar.services.desk import Desk
from fourthpillar.store.creations import created_fields
from fourthpillar.store.errors import KnownError
from fourthpillar.store.errors import NotFound
from fourthpillar.store.models import ENTITIES
from fourthpillar.store.models import ENTITY_NAMES
from fourthpillar.store.models import Change
from fourthpillar.store.models import Conflict
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Record
from fourthpillar.store.models import utc_now
from fourthpillar.store.search import name_key
from fourthpillar.sync import conflicts as conflict_rules
from fourthpillar.sync.heads import Head
from fourthpillar.sync.heads import RecordHeads
from fourthpillar.sync.heads import RecordKey
from fourthpillar.sync.heads import load_erased
from fourthpillar.sync.heads import load_heads
from fourthpillar.sync.heads import winner
from fourthpillar.sync.log import decode_field
from fourthpillar.sync.log import split_keys
from fourthpillar.sync.package import PackageRefused

ARCHIVED = "archived"
LIVE = "live"
#: How the two states of an archived-versus-edited conflict read on the Conflicts page.
_STATE_LABELS = {ARCHIVED: QT_TRANSLATE_NOOP("Sync", "archived"), LIVE: QT_TRANSLATE_NOOP("Sync", "live")}


tr = translator("Sync")


def state_label(state: str) -> str:
    """ARCHIVED or LIVE in the officer's language; any other value as it is."""
    return tr(_STATE_LABELS[state]) if state in _STATE_LABELS else state


@dataclass(frozen=True)
class ConflictView:
    """One open conflict, mine / theirs / common side by side (values as the fields hold them;
    ``archived``/``live`` for the archived state)."""

    id: str
    kind: str  # field | archived | duplicate | merged
    entity: str
    entity_id: str
    label: str
    field: str | None
    mine: Any
    theirs: Any
    common: Any
    current: Any
    mine_replica: str | None
    theirs_replica: str | None
    other_id: str | None
    detected_at: dt.datetime
    #: Every competing value (more than two when three copies changed the field).
    values: tuple[Any, ...] = ()


class ConflictGone(KnownError):
    """The conflict was already settled (here, or by a package that arrived since)."""

    def __init__(self, conflict_id: str) -> None:
        super().__init__(tr("conflict {id} is already resolved").format(id=conflict_id))


def _label(session: Session, entity: str, entity_id: str) -> str:
    model = ENTITIES.get(entity)
    record = session.get(model, entity_id) if model is not None else None
    if record is None:
        return entity_id
    for name in ("name", "question", "action"):
        if hasattr(record, name):
            return str(getattr(record, name)).splitlines()[0][:80] if getattr(record, name) else entity_id
    return entity_id


def _value(model: type[Record], head: Head) -> Any:
    if head.field is None:
        return ARCHIVED if head.archived else LIVE
    return decode_field(model, head.field, head.new_value)


def _sides(desk: Desk, versions: dict[str, Head]) -> tuple[Head, Head]:
    """Mine: this copy's own version if it has one, else the one showing; theirs: the best other."""
    current = winner(versions)
    own = [head for head in versions.values() if head.replica_id == desk.replica_id]
    mine = max(own, key=lambda head: head.rank) if own else current
    others = [head for head in versions.values() if head.new_value != mine.new_value or head.archived != mine.archived]
    theirs = max(others, key=lambda head: head.rank) if others else mine
    return mine, theirs


def _common(session: Session, model: type[Record], mine: Head, theirs: Head, record_id: str) -> Any:
    """The value both sides last agreed on (the nearest common ancestor), when history has it."""
    def ancestry(start: str) -> list[str]:
        order: list[str] = []
        frontier, seen = [start], {start}
        while frontier and len(order) < 500:
            key = frontier.pop(0)
            order.append(key)
            replica, _, seq = key.rpartition(":")
            parents = session.scalar(select(Change.parents).where(Change.replica_id == replica,
                                                                  Change.seq == int(seq)))
            for parent in split_keys(parents):
                if parent not in seen:
                    seen.add(parent)
                    frontier.append(parent)
        return order

    theirs_ancestors = set(ancestry(theirs.key))
    for key in ancestry(mine.key):
        if key in theirs_ancestors and key not in (mine.key, theirs.key):
            replica, _, seq = key.rpartition(":")
            row = session.execute(select(Change.field, Change.operation, Change.new_value).where(
                Change.replica_id == replica, Change.seq == int(seq))).one_or_none()
            if row is None:
                return None
            if row.field is None:
                return ARCHIVED if row.operation == "archive" else LIVE
            return decode_field(model, row.field, row.new_value)
    if mine.field is None:
        return LIVE
    # Neither side had seen an edit of the field: both started from the value it was created with
    # (the record's create row, store.creations), or from an empty field.
    created = session.scalar(select(Change.new_value).where(
        Change.entity == ENTITY_NAMES[model], Change.entity_id == record_id, Change.operation == "create",
        Change.field.is_(None)).limit(1))
    encoded = created_fields(model.FIELDS, created).get(mine.field)
    return None if encoded is None else decode_field(model, mine.field, encoded)


def _settle_duplicates(session: Session, now: dt.datetime) -> None:
    for conflict in session.scalars(select(Conflict).where(Conflict.kind == "duplicate", Conflict.resolved_at.is_(None),
                                                           conflict_rules.duplicate_settled())):
        conflict.resolved_at = now


def _heads_in_conflict(session: Session) -> tuple[dict[RecordKey, RecordHeads], set[str]]:
    """The heads of every record with an open field or archived conflict, and the ids of the
    erased contacts among them: what decides which of those conflicts still stand."""
    records = {(entity, entity_id) for entity, entity_id in session.execute(
        select(Conflict.entity, Conflict.entity_id).where(
            Conflict.resolved_at.is_(None), Conflict.kind.in_(("field", "archived"))))}
    if not records:
        return {}, set()
    erased = load_erased(session, [entity_id for entity, entity_id in records if entity == "contact"])
    return load_heads(session, records), erased


def _refresh_open(session: Session, desk: Desk) -> None:
    """Close conflicts settled since they were found (e.g. by an edit made here)."""
    now = utc_now()
    heads, erased = _heads_in_conflict(session)
    if heads:
        conflict_rules.refresh(session, heads, erased=erased, now=now)
    _settle_duplicates(session, now)
    session.flush()


def count_conflicts(desk: Desk) -> int:
    """How many conflicts :func:`list_conflicts` lists, read without writing anything: the
    window's count, read beside the writer (also while another program holds the register
    locked, or a damaged register is only read). Like the list, it leaves out the conflicts
    settled since they were found, which only the list closes."""
    with desk.database.session() as session:
        heads, erased = _heads_in_conflict(session)
        # A field or archived state in conflict: as many as its record's heads still show.
        count = sum(len(conflict_rules.open_conflicts_of(record_heads,
                                                         erased=record[0] == "contact" and record[1] in erased))
                    for record, record_heads in heads.items())
        # A duplicate until it is settled (as the list settles it); a merge until it is seen.
        return count + (session.scalar(select(func.count()).select_from(Conflict).where(
            Conflict.resolved_at.is_(None), or_(Conflict.kind == "merged", and_(
                Conflict.kind == "duplicate", ~conflict_rules.duplicate_settled())))) or 0)


def _view(session: Session, desk: Desk, conflict: Conflict, heads: RecordHeads) -> ConflictView:
    model = ENTITIES[conflict.entity]
    label = _label(session, conflict.entity, conflict.entity_id)
    base: dict[str, Any] = {"id": conflict.id, "kind": conflict.kind, "entity": conflict.entity,
                            "entity_id": conflict.entity_id, "label": label, "field": conflict.field,
                            "other_id": conflict.other_id, "detected_at": conflict.detected_at}
    if conflict.kind == "duplicate":
        other = _label(session, "initiative", conflict.other_id or "")
        return ConflictView(**base, mine=other, theirs=label, common=None, current=tr("both kept"),
                            mine_replica=None, theirs_replica=None)
    if conflict.kind == "merged":  # a copy's edit to an initiative merged away, made on the kept one
        kept = session.get(Initiative, conflict.other_id or "")
        into = tr("merged into {name}").format(name=kept.name if kept is not None else conflict.other_id)
        value = getattr(kept, conflict.field) if kept is not None and conflict.field else tr("moved there")
        return ConflictView(**base, mine=value, theirs=into, common=None, current=value,
                            mine_replica=None, theirs_replica=None)
    if conflict.kind == "archived":
        state = winner(heads[None])
        archived_here = state.replica_id == desk.replica_id
        edited = sorted(name for name in heads if name is not None and any(
            head.key not in split_keys(state.context) and state.key not in split_keys(head.context)
            for head in heads[name].values()))
        labels = ", ".join(field_label(FIELD_RULES.get(conflict.entity, {}), name) for name in edited)
        edit_text = tr("{live} (edited: {fields})").format(live=state_label(LIVE), fields=labels)
        return ConflictView(**base, mine=ARCHIVED if archived_here else edit_text,
                            theirs=edit_text if archived_here else ARCHIVED, common=LIVE, current=ARCHIVED,
                            mine_replica=state.replica_id if archived_here else None,
                            theirs_replica=None if archived_here else state.replica_id)
    versions = heads[conflict.field]
    mine, theirs = _sides(desk, versions)
    ranked = sorted(versions.values(), key=lambda head: head.rank, reverse=True)
    values = tuple(dict.fromkeys(head.new_value if head.field else head.archived for head in ranked))
    return ConflictView(**base, mine=_value(model, mine), theirs=_value(model, theirs),
                        common=_common(session, model, mine, theirs, conflict.entity_id),
                        current=_value(model, winner(versions)),
                        mine_replica=mine.replica_id, theirs_replica=theirs.replica_id,
                        values=tuple(_value(model, next(head for head in ranked if
                                                        (head.new_value if head.field else head.archived) == value))
                                     for value in values))


def list_conflicts(desk: Desk) -> list[ConflictView]:
    """Open conflicts, oldest first."""
    with desk.database.session() as session:
        _refresh_open(session, desk)
        open_rows = session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None))
                                    .order_by(Conflict.detected_at, Conflict.id)).all()
        heads = load_heads(session, {(row.entity, row.entity_id) for row in open_rows
                                     if row.kind not in ("duplicate", "merged")})
        return [_view(session, desk, row, heads.get((row.entity, row.entity_id), {})) for row in open_rows]


def resolve_conflict(desk: Desk, *, conflict_id: str, take: str | None = None, value: Any = None) -> str:
    """Settle a conflict by taking ``mine`` or ``theirs`` or a typed *value*; return the batch id.

    For the archived state (and archived-versus-edited) the values are ``archived`` and ``live``;
    for a duplicate, ``mine`` keeps the initiative that was here (archiving the arriving one),
    ``theirs`` keeps the arriving one, and the value ``both`` keeps both.
    """
    if (take is None) == (value is None) or take not in (None, "mine", "theirs"):
        raise ValueError("give take='mine' or 'theirs', or a value")
    with desk.database.session() as session:
        _refresh_open(session, desk)
        conflict = session.get(Conflict, conflict_id)
        if conflict is None:
            raise NotFound("conflict", conflict_id)
        if conflict.resolved_at is not None:
            raise ConflictGone(conflict_id)
        writer = ChangeWriter(session, desk)
        if conflict.kind == "duplicate":
            _resolve_duplicate(session, writer, conflict, take, value)
        elif conflict.kind == "merged":
            pass  # nothing to decide: the officer has seen where the copy's work went
        else:
            _resolve_versions(session, desk, writer, conflict, take, value)
        conflict.resolved_at = writer.now
        session.flush()
        records = {(conflict.entity, conflict.entity_id)}
        conflict_rules.refresh(session, load_heads(session, records), erased=set(), now=writer.now)
        return writer.batch_id


def _resolve_duplicate(session: Session, writer: ChangeWriter, conflict: Conflict, take: str | None,
                       value: Any) -> None:
    if value is not None:
        if str(value).strip().casefold() != "both":
            raise PackageRefused(tr("for a duplicate, take mine or theirs, or give the value 'both' to keep both"))
        return
    drop = conflict.entity_id if take == "mine" else conflict.other_id
    record = session.get(Initiative, drop)
    if record is not None:
        writer.archive(record)


def _resolve_versions(session: Session, desk: Desk, writer: ChangeWriter, conflict: Conflict, take: str | None,
                      value: Any) -> None:
    model = ENTITIES[conflict.entity]
    record = session.get(model, conflict.entity_id)
    if record is None:
        raise NotFound(conflict.entity, conflict.entity_id)
    heads = load_heads(session, {(conflict.entity, conflict.entity_id)})[(conflict.entity, conflict.entity_id)]
    field = conflict.field
    if conflict.kind == "archived" or field is None:
        state = heads.get(None, {})
        if take is not None:
            view = _view(session, desk, conflict, heads)
            chosen = view.mine if take == "mine" else view.theirs
        else:
            chosen = str(value).strip().casefold()
            if chosen not in (ARCHIVED, LIVE):
                raise PackageRefused(tr("give '{archived}' or '{live}' for the archived state").format(
                    archived=ARCHIVED, live=LIVE))
        archived = chosen == ARCHIVED
        field_heads = sorted(key for name, versions in heads.items() if name is not None for key in versions)
        writer.resolve(record, None, archived, replaces=sorted(state), context=field_heads)
        _unhead(session, list(state.values()))
        return
    versions = heads.get(field, {})
    if take is not None:
        mine, theirs = _sides(desk, versions)
        new_value = _value(model, mine if take == "mine" else theirs)
    else:
        new_value = clean(FIELD_RULES[conflict.entity], {field: value}, complete=False)[field]
    if field not in logged_columns(model):
        raise NotFound("field", field)
    writer.resolve(record, field, new_value, replaces=sorted(versions),
                   context=sorted(heads.get(None, {})))
    if isinstance(record, Initiative) and field == "name":
        record.name_key = name_key(new_value or "")
    _unhead(session, list(versions.values()))


def _unhead(session: Session, heads: list[Head]) -> None:
    for head in heads:
        change = session.get(Change, head.id)
        if change is not None:
            change.is_head = False
