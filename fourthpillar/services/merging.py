"""Saving over someone else's save: merge both edits instead of refusing or overwriting.

An editor remembers the values it loaded (the *base*). When its save is refused because the
record's version moved on (:class:`~fourthpillar.store.errors.StaleRecord`), it reads the values
stored now (*theirs*) and merges them with its form (*mine*), field by field:

- changed only in this form: mine;
- changed only by the other save: theirs;
- changed by both to the same value: that value;
- changed by both differently: a :class:`FieldConflict` the officer settles.

Values are compared as the field rules clean them (``domain.fields``), so the form's text
("2000", "03/04/2025", "a, b") and the stored typed values (2000, a date, a list) compare equal
when they mean the same. :func:`who_saved_meanwhile` says who made the other save, and when.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from sqlalchemy import select

from fourthpillar.domain import fields as rules
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import NotFound
from fourthpillar.store.models import ENTITIES
from fourthpillar.store.models import Change
from fourthpillar.store.models import Officer

#: How many change-log rows of one record are read to find who saved it meanwhile.
_RECENT_ROWS = 400


@dataclass(frozen=True)
class FieldConflict:
    """One field both saves changed, to different values."""

    field: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class MergedEdits:
    """The form's values with the other save's changes merged in.

    ``values`` holds mine for every conflicting field (the officer decides); ``taken_from_theirs``
    names the fields whose value now comes from the other save.
    """

    values: dict[str, Any]
    conflicts: list[FieldConflict] = field(default_factory=list)
    taken_from_theirs: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SavedMeanwhile:
    """One save of the record by someone else (or by the same officer in another window):
    who, when (UTC) and which fields it changed."""

    officer_id: str | None
    officer_name: str
    saved_at: dt.datetime
    fields: list[str]
    batch_id: str


def comparable(entity: str | None, name: str, value: Any) -> Any:
    """*value* as the field rules clean it, for comparison; the trimmed text if it is not valid.

    Codes picked from a set (themes, topics) compare regardless of order.
    """
    field_rules = rules.FIELD_RULES.get(entity or "", {})
    rule = field_rules.get(name)
    if rule is not None:
        try:
            cleaned = rules.clean(field_rules, {name: value}, complete=False)[name]
        except rules.ValidationFailed:
            pass
        else:
            if isinstance(rule, rules.MultiChoice) and isinstance(cleaned, list):
                return sorted(cleaned)
            return cleaned
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, tuple):
        return list(value)
    return value


def same_value(entity: str | None, name: str, one: Any, other: Any) -> bool:
    """Whether *one* and *other* mean the same value of field *name*."""
    return bool(comparable(entity, name, one) == comparable(entity, name, other))


def merge_edits(*, base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any],
                entity: str | None = None) -> MergedEdits:
    """Merge this form's edits (*mine*, against *base*, the values it loaded) with *theirs* (the
    values stored now). Fields only in *mine* (a form-only input) keep mine."""
    values: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    taken: list[str] = []
    for name, my_value in mine.items():
        if name not in base or name not in theirs:
            values[name] = my_value
            continue
        base_value, their_value = base[name], theirs[name]
        changed_by_me = not same_value(entity, name, my_value, base_value)
        changed_by_them = not same_value(entity, name, their_value, base_value)
        if changed_by_them and not changed_by_me:
            values[name] = their_value
            taken.append(name)
        elif changed_by_them and not same_value(entity, name, my_value, their_value):
            values[name] = my_value
            conflicts.append(FieldConflict(name, base_value, my_value, their_value))
        else:
            values[name] = my_value
    return MergedEdits(values, conflicts, taken)


def who_saved_meanwhile(desk: Desk, *, entity: str, record_id: str, since_version: int) -> list[SavedMeanwhile]:
    """The saves of one record after version *since_version* (the one an editor loaded), newest
    first: who saved, when, and which fields. Each save raised the version by one; at least the
    newest save is returned when the record moved on. :class:`NotFound` for an unknown record."""
    model = ENTITIES.get(entity)
    if model is None:
        raise NotFound(entity, record_id)
    with desk.database.session() as session:
        record = session.get(model, record_id)
        if record is None:
            raise NotFound(entity, record_id)
        newer = record.version - since_version
        if newer <= 0:
            return []
        rows = session.execute(
            select(Change.batch_id, Change.field, Change.changed_at, Change.officer_id, Officer.name)
            .outerjoin(Officer, Officer.id == Change.officer_id)
            .where(Change.entity == entity, Change.entity_id == record_id)
            .order_by(Change.changed_at.desc(), Change.id)
            .limit(_RECENT_ROWS)
        ).all()
        saves: dict[str, SavedMeanwhile] = {}
        for batch_id, field_name, changed_at, officer_id, officer_name in rows:
            save = saves.get(batch_id)
            if save is None:
                if len(saves) == newer:
                    break
                save = saves[batch_id] = SavedMeanwhile(officer_id, officer_name or "", changed_at,
                                                                [], batch_id)
            if field_name and field_name not in save.fields:
                save.fields.append(field_name)
        return list(saves.values())
