"""A record's history, readable as a person would say it, and undoing an action."""

from __future__ import annotations

import json
from collections.abc import Mapping
from collections.abc import Sequence
from typing import Any

from sqlalchemy import exists
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm import aliased

from fourthpillar.domain import fields as rules
from fourthpillar.domain.countries import country_name
from fourthpillar.i18n import QT_TRANSLATE_NOOP
from fourthpillar.i18n import current_language
from fourthpillar.i18n import translate
from fourthpillar.services.changes import undo_batch
from fourthpillar.services.changes import undo_batches
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import HistoryEntry
from fourthpillar.store.creations import created_fields
from fourthpillar.store.models import ENTITIES
from fourthpillar.store.models import Change
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.models import Record

_OFFICER_FIELDS = {"officer_id", "owner_id"}
#: Columns nobody types that the history still names (migration 0008: merges, pairs kept apart);
#: their values are initiatives, shown by name.
_LINK_LABELS = {"merged_into": QT_TRANSLATE_NOOP("History", "merged into"),
                "merged_from": QT_TRANSLATE_NOOP("History", "merged into this one"),
                "distinct_from": QT_TRANSLATE_NOOP("History", "not a duplicate of")}


#: What a field held before its record was created, as the per-field creation rows wrote it.
_NULL = json.dumps(None)


def _text(entity: str, field: str | None, encoded: str | None, officers: Mapping[str, str]) -> str:
    """A stored JSON value as the page shows it: labels, country names, officer names."""
    if encoded is None or field is None:
        return ""
    try:
        value: Any = json.loads(encoded)
    except ValueError:
        return encoded
    if value is None or value == "" or value == []:
        return ""
    rule = rules.FIELD_RULES.get(entity, {}).get(field)
    vocabulary = rule.vocabulary if isinstance(rule, (rules.Choice, rules.MultiChoice)) else None
    if field == "partner_countries" and isinstance(value, list):
        return ", ".join(country_name(code, current_language()) for code in value)
    if vocabulary is not None:
        items = value if isinstance(value, list) else [value]
        return ", ".join(vocabulary.label(str(item)) for item in items)
    if field in _OFFICER_FIELDS or field in _LINK_LABELS:
        items = value if isinstance(value, list) else [value]
        return ", ".join(officers.get(str(item), str(item)) for item in items)
    if isinstance(value, bool):
        return translate("History", "yes") if value else translate("History", "no")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _officer_names(session: Session) -> dict[str, str]:
    return {officer_id: name for officer_id, name in session.execute(select(Officer.id, Officer.name))}


def record_history(desk: Desk, *, entity: str, record_id: str) -> list[HistoryEntry]:
    """Every change to one record, newest first, with field names and values in words."""
    field_rules = rules.FIELD_RULES.get(entity, {})
    model = ENTITIES.get(entity)
    with desk.database.session() as session:
        officers = _officer_names(session)
        rows = session.execute(
            select(Change)
            .where(Change.entity == entity, Change.entity_id == record_id)
            .order_by(Change.changed_at.desc())
        ).scalars().all()
        linked = {str(item) for change in rows if change.field in _LINK_LABELS
                  for encoded in (change.old_value, change.new_value) if encoded
                  for item in (lambda value: value if isinstance(value, list) else [value])(json.loads(encoded))
                  if item}
        if linked:  # initiatives named by a merge or a pair kept apart, by name (never an id)
            officers = {**officers, **dict(session.execute(select(Initiative.id, Initiative.name).where(
                Initiative.id.in_(sorted(linked)))).all())}
        return [
            HistoryEntry(
                change.changed_at, change.operation, field, old_value, new_value,
                officers.get(change.officer_id or "", ""), change.replica_id, change.batch_id,
                field_label=(translate("History", _LINK_LABELS[field]) if field in _LINK_LABELS
                             else rules.field_label(field_rules, field) if field else ""),
                old_text=_text(entity, field, old_value, officers),
                new_text=_text(entity, field, new_value, officers),
                from_this_replica=change.replica_id == desk.replica_id,
            )
            for change in rows
            for field, old_value, new_value in _entries(model, change)
        ]


def _entries(model: type[Record] | None, change: Change) -> list[tuple[str | None, str | None, str | None]]:
    """(field, old value, new value) of each line *change* makes in a history: a creation is
    the record's line, then one line per field it filled in (as when it was one row per field)."""
    if change.operation != "create" or change.field is not None or model is None:
        return [(change.field, change.old_value, change.new_value)]
    return [(None, None, None)] + [(name, _NULL, encoded)
                                   for name, encoded in created_fields(model.FIELDS, change.new_value).items()]


def changed_again_since(desk: Desk, *, batch_id: str) -> list[str]:
    """Fields that this action changed and a later action changed again.

    Undoing the action puts its old values back over those later edits, so the history view
    names them before the user confirms.
    """
    later = aliased(Change)
    changed_again = exists().where(
        later.entity == Change.entity, later.entity_id == Change.entity_id, later.field == Change.field,
        later.changed_at > Change.changed_at, later.batch_id != batch_id,
    )
    with desk.database.session() as session:
        rows = session.execute(
            select(Change.entity, Change.field)
            .where(Change.batch_id == batch_id, Change.field.is_not(None), Change.operation == "update",
                   changed_again)
        ).all()
        return [rules.field_label(rules.FIELD_RULES.get(entity, {}), field or "") for entity, field in rows]


def undo_action(desk: Desk, *, batch_id: str) -> str:
    """Undo everything one action changed; returns the batch id that redoes it when undone."""
    return undo_batch(desk, batch_id=batch_id)


def undo_action_batches(desk: Desk, *, batch_ids: Sequence[str]) -> list[str]:
    """Undo an action written in several batches, in this order (its last first), as one: all or
    none; the batch ids that redo each, in the same order."""
    return undo_batches(desk, batch_ids=batch_ids)
