"""Incoming changes obey the same rules as typed input.

Before a package (or a direct sync) is merged, every change this copy does not hold yet is
checked: a known record type and operation, each value by the field rules of
:mod:`fourthpillar.domain.fields` (lengths, vocabularies, dates, numbers), and, when it comes
from a field copy this one enrolled, the copy's limits: its changes must be its own (no other
copy's id), made by an officer who works there (one the copy added; of its province, or for a
whole-register copy one its first package gave it), and
touch only records its first package gave it (its province's) or that it created itself.
A value a later change of the same package replaces is history: checked only for being safe to
keep (its kind, plain text, its length), not by the field's format rules
(:mod:`fourthpillar.sync.history_values`).

The result is the list of what breaks the rules; the caller refuses the whole package when it
is not empty (an import or a sync package is applied whole or not at all).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.domain.fields import FIELD_RULES
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.i18n import translate
from fourthpillar.i18n import translator
from fourthpillar.store.models import ENTITIES
from fourthpillar.store.models import Change
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.tables import chunks
from fourthpillar.store.tables import table_of
from fourthpillar.sync.history_values import Superseded
from fourthpillar.sync.history_values import version_problem
from fourthpillar.sync.package import CHANGE_COLUMNS
from fourthpillar.sync.package import ENTITY
from fourthpillar.sync.package import ENTITY_ID
from fourthpillar.sync.package import FIELD
from fourthpillar.sync.package import NEW_VALUE
from fourthpillar.sync.package import OFFICER_ID
from fourthpillar.sync.package import OPERATION
from fourthpillar.sync.package import REPLICA_ID
from fourthpillar.sync.package import SEQ
from fourthpillar.sync.trust import ROLE_COPY
from fourthpillar.sync.trust import Peer

OPERATIONS = frozenset({"create", "update", "archive", "restore", "erase"})
#: Columns without a field rule (ids, references, timestamps, derived keys): short text or nothing.
OTHER_MAX = 400
#: How many refused changes a refusal names (the rest are counted).
SHOWN = 5
_BOOKKEEPING = frozenset({"version"})
#: A list column's codes: how many, and how long each (an officer's provinces; an initiative's
#: merged_from and distinct_from, which hold initiative ids and may grow longer).
_MOST_CODES, _CODE_MAX = 20, 64
_MOST_IDS = 500
#: Columns that point a record at an initiative: a field copy may point only at one in its reach.
_INITIATIVE_REFERENCES = frozenset({"initiative_id", "merged_into"})
#: Who may do what on the shared database (migration 0007) is the office's to decide: a field copy's
#: package may carry an officer's login, role and provinces only at these defaults.
_ACCESS_DEFAULTS: dict[str, Any] = {"login": None, "role": "officer", "provinces": []}
#: Above every change's number (seq): 2**62 leaves room below what a database's whole numbers hold.
SEQ_LIMIT = 1 << 62
#: The columns of a change row that may be empty; every other but seq (a number) holds text.
_MAY_BE_EMPTY = frozenset({"field", "old_value", "new_value", "officer_id", "parents", "context"})


tr = translator("Sync")


def seq_problem(seq: Any) -> str | None:
    """Why *seq* cannot be a change's number in its copy's changes (from 1, and a whole number
    every database holds), or None."""
    if isinstance(seq, bool) or not isinstance(seq, int) or not 0 < seq < SEQ_LIMIT:
        return translate("Validation", "'{value}' is not a whole number").format(value=str(seq)[:40])
    return None


def column_problem(row: Sequence[Any]) -> tuple[str, str] | None:
    """(column, why) for the first column of a change row holding no text where text belongs
    (a list, an object, a number), or None: checked before any rule looks a value up (a list
    used as a key or in a set ends in a TypeError, not in a refusal)."""
    for name, value in zip(CHANGE_COLUMNS, row, strict=True):
        if name != "seq" and not isinstance(value, str) and not (value is None and name in _MAY_BE_EMPTY):
            return name, tr("not a text")
    return None


def value_problem(entity: str, name: str, value: Any) -> str | None:
    """Why *value* cannot be the *name* field of a record of kind *entity* (``field: why``), or None."""
    rules = FIELD_RULES[entity]
    if name in rules:
        try:
            clean(rules, {name: value}, complete=False)
        except ValidationFailed as failed:
            return "; ".join(f"{error.field}: {error.message}" for error in failed.errors)
        return None
    if name not in table_of(ENTITIES[entity]).c or name in _BOOKKEEPING:
        return tr("{field}: not a field of this record").format(field=name)
    if isinstance(value, list):  # a list of codes (an officer's provinces)
        most = _MOST_IDS if name in ("merged_from", "distinct_from") else _MOST_CODES
        if len(value) > most or not all(isinstance(item, str) and len(item) <= _CODE_MAX for item in value):
            return tr("{field}: not a valid value").format(field=name)
        return None
    if value is not None and (not isinstance(value, str | int | bool) or len(str(value)) > OTHER_MAX):
        return tr("{field}: not a valid value").format(field=name)
    return None


def _version_problem(entity: str, name: str, value: Any, *, history: bool, kept: dict[str, str] | None) -> str | None:
    """:func:`value_problem`, or for a value since replaced (*history*) only whether it is safe to
    keep (:func:`~fourthpillar.sync.history_values.version_problem`); one let through as history
    goes into *kept* with what today's rule finds wrong with it."""
    problem = value_problem(entity, name, value)
    found = version_problem(problem, entity, name, value, history=history)
    if found is None and problem is not None and kept is not None:
        kept[name] = problem
    return found


def _grants_access(row: Sequence[Any]) -> bool:
    """Whether *row* gives an officer a login, a role or provinces (anything but the defaults)."""
    if row[ENTITY] != "officer":
        return False
    name, new_value = row[FIELD], row[NEW_VALUE]
    try:
        values = {name: json.loads(new_value) if new_value else None} if name is not None else (
            json.loads(new_value) if row[OPERATION] == "create" and new_value else {})
    except ValueError:
        return True
    return any(values.get(field) not in (None, default, "", []) for field, default in _ACCESS_DEFAULTS.items()
               if field in values)


def change_problem(row: Sequence[Any], *, superseded: Collection[str] = (),
                   kept: dict[str, str] | None = None) -> str | None:
    """What is wrong with one change row (of :data:`~fourthpillar.sync.package.CHANGE_COLUMNS`), or None;
    the values it carries of the *superseded* fields are history (:mod:`~fourthpillar.sync.history_values`):
    those of them that today's rule refuses but are safe to keep go into *kept* (field -> why)."""
    if (wrong := column_problem(row)) is not None:
        return "{}: {}".format(*wrong)
    entity, operation, name, new_value = row[ENTITY], row[OPERATION], row[FIELD], row[NEW_VALUE]
    if entity not in ENTITIES:
        return tr("unknown kind of record '{entity}'").format(entity=str(entity)[:40])
    if operation not in OPERATIONS:
        return tr("unknown operation '{operation}'").format(operation=str(operation)[:40])
    if not isinstance(row[ENTITY_ID], str) or not 0 < len(row[ENTITY_ID]) <= 64:
        return tr("not a valid record id")
    try:
        if name is not None:
            if not isinstance(name, str):
                return tr("not a valid field")
            return _version_problem(entity, name, None if new_value is None else json.loads(new_value),
                                    history=name in superseded, kept=kept)
        if operation == "create" and new_value:
            payload = json.loads(new_value)
            if not isinstance(payload, dict):
                return tr("not a valid record")
            problems = [problem for key, value in payload.items() if (problem := _version_problem(
                entity, str(key), value, history=key in superseded, kept=kept)) is not None]
            return "; ".join(problems) or None
    except (ValueError, TypeError) as error:
        return tr("not a valid value ({reason})").format(reason=error)
    return None


def _described(row: Sequence[Any], problem: str) -> str:
    return f"{str(row[ENTITY])[:40]} {str(row[ENTITY_ID])[:64]}: {problem}"


def _origin_problem(row: Sequence[Any]) -> str | None:
    """Why *row* does not name the change it is (its copy's id and its number there), or holds
    no text where text belongs (:func:`column_problem`), or None."""
    if (wrong := column_problem(row)) is not None:
        return "{}: {}".format(*wrong)
    if not row[REPLICA_ID]:
        return tr("{field}: not a valid value").format(field="replica_id")
    if (found := seq_problem(row[SEQ])) is not None:
        return f"seq: {found}"
    return None


def check_changes(session: Session, rows: Sequence[Sequence[Any]], *, held: dict[str, int],
                  sender: str, peer: Peer | None, superseded: Superseded) -> list[str]:
    """What is wrong with the changes in *rows* this copy does not hold yet, one line each
    (*superseded*: worked out for *rows*)."""
    # A change that names no copy by its id is none this copy holds: the merge would take it
    # (SQLite stores the number 5 as '5'), so it is refused, never left out of the checks.
    problems = [_described(row, problem) for row in rows if (problem := _origin_problem(row)) is not None]
    if problems:
        return problems
    taken = [index for index, row in enumerate(rows) if row[SEQ] > held.get(row[REPLICA_ID], 0)]
    fresh = [rows[index] for index in taken]
    # A value a later change of the package replaces is history: checked only for being safe.
    # Only a change taken here replaces one (a change held already is not merged again).
    among = set(taken)
    problems = [_described(rows[index], problem) for index in taken if (problem := change_problem(
        rows[index], superseded=superseded.fields(index, among=among))) is not None]
    if problems or peer is None or peer.role != ROLE_COPY:
        return problems
    for row in fresh:
        if row[REPLICA_ID] != sender:
            problems.append(_described(row, tr("claims to come from another copy ({origin})").format(
                origin=str(row[REPLICA_ID])[:40])))
        elif _grants_access(row):
            problems.append(_described(row, tr("gives an officer a login, role or provinces, which only the "
                                               "office decides")))
    if problems:
        return problems
    return _check_copy_limits(session, fresh, sender=sender, scope=peer.scope, given=frozenset(peer.officers or ()))


def _created_by(session: Session, fresh: Sequence[Sequence[Any]], sender: str) -> set[tuple[str, str]]:
    """The records (entity, id) among *fresh* that the sending copy created (now or before)."""
    created = {(row[ENTITY], row[ENTITY_ID]) for row in fresh if row[OPERATION] == "create" and row[FIELD] is None}
    wanted: dict[str, set[str]] = {}
    for row in fresh:
        wanted.setdefault(row[ENTITY], set()).add(row[ENTITY_ID])
        if isinstance(row[OFFICER_ID], str):
            wanted.setdefault("officer", set()).add(row[OFFICER_ID])
    for entity, ids in wanted.items():  # by entity: the (entity, entity_id, ...) index answers
        for chunk in chunks(sorted(ids - {entity_id for kind, entity_id in created if kind == entity})):
            created.update((entity, entity_id) for entity_id in session.scalars(select(Change.entity_id).where(
                Change.entity == entity, Change.entity_id.in_(chunk), Change.operation == "create",
                Change.field.is_(None), Change.replica_id == sender)))
    return created


def _initiative_of(session: Session, fresh: Sequence[Sequence[Any]]) -> dict[str, str | None]:
    """Record id -> its initiative's id, for the records of *fresh* held here or created in it."""
    owner: dict[str, str | None] = {}
    for row in fresh:
        if row[OPERATION] == "create" and row[FIELD] is None and row[NEW_VALUE]:
            payload = json.loads(row[NEW_VALUE])
            owner[row[ENTITY_ID]] = row[ENTITY_ID] if row[ENTITY] == "initiative" else payload.get("initiative_id")
    for entity in ("contact", "request", "follow_up", "registration"):
        model = ENTITIES[entity]
        ids = sorted({row[ENTITY_ID] for row in fresh if row[ENTITY] == entity and row[ENTITY_ID] not in owner})
        for chunk in chunks(ids):
            owner.update(dict(session.execute(select(model.id, model.initiative_id)  # type: ignore[attr-defined]
                                              .where(model.id.in_(chunk))).all()))
    for row in fresh:
        if row[ENTITY] == "initiative":
            owner.setdefault(row[ENTITY_ID], row[ENTITY_ID])
    return owner


def _check_copy_limits(session: Session, fresh: Sequence[Sequence[Any]], *, sender: str,
                       scope: str | None, given: frozenset[str]) -> list[str]:
    """*given*: the office's officers a whole-register copy's first package gave it (they work there too)."""
    created = _created_by(session, fresh, sender)
    # A whole-register copy's officers: those it added and the office's its first package gave it.
    created_officers = {entity_id for entity, entity_id in created if entity == "officer"} | (
        given if scope is None else frozenset())
    officer_ids = sorted({row[OFFICER_ID] for row in fresh if row[OFFICER_ID] is not None} - created_officers)
    regions: dict[str, str | None] = {}
    for chunk in chunks(officer_ids):
        regions.update(dict(session.execute(select(Officer.id, Officer.region).where(Officer.id.in_(chunk))).all()))
    in_scope: set[str] = set()
    owner: dict[str, str | None] = {}
    targets: dict[int, str] = {}  # row index -> the initiative an update points the record at
    if scope is not None:
        owner = _initiative_of(session, fresh)
        for index, row in enumerate(fresh):
            if row[OPERATION] == "update" and row[FIELD] in _INITIATIVE_REFERENCES and row[NEW_VALUE]:
                target = json.loads(row[NEW_VALUE])
                if isinstance(target, str):
                    targets[index] = target
        initiatives = sorted({value for value in owner.values() if value is not None} | set(targets.values()))
        for chunk in chunks(initiatives):
            in_scope.update(session.scalars(select(Initiative.id).where(
                Initiative.id.in_(chunk), Initiative.province == scope)))
        in_scope |= {entity_id for entity, entity_id in created if entity == "initiative"}
    problems: list[str] = []
    for index, row in enumerate(fresh):
        officer = row[OFFICER_ID]
        if officer is not None and officer not in created_officers and (scope is None or regions.get(officer) != scope):
            problems.append(_described(row, tr("made in the name of officer {officer}, who does not work at that "
                                               "copy").format(officer=str(officer)[:40])))
            continue
        if scope is None:
            continue
        record = (row[ENTITY], row[ENTITY_ID])
        if row[ENTITY] == "officer":
            allowed = record in created
        elif row[ENTITY] == "event":
            allowed = True  # the office's events: every copy holds them all, plans and updates them
        elif row[OPERATION] == "create" and row[FIELD] is None and row[ENTITY] != "initiative":
            # A new contact, request... of a record in its reach; a walk-in registered there.
            allowed = owner.get(row[ENTITY_ID]) in in_scope or (
                row[ENTITY] == "registration" and owner.get(row[ENTITY_ID]) is None)
        else:
            allowed = record in created or owner.get(row[ENTITY_ID]) in in_scope
        if not allowed:
            problems.append(_described(row, tr("outside what that copy was given ({province})").format(
                province=scope)))
        elif index in targets and targets[index] not in in_scope:  # a merge or a move into another province
            problems.append(_described(row, tr("moves it to an initiative outside what that copy was given "
                                               "({province})").format(province=scope)))
    return problems


def refusal(problems: list[str]) -> str:
    """One line for a package refused by :func:`check_changes`."""
    shown = "; ".join(problems[:SHOWN])
    more = len(problems) - SHOWN
    text = tr("nothing was applied: {count} change(s) break the rules: {problems}").format(
        count=len(problems), problems=shown)
    if more > 0:
        text += " " + tr("(and {count} more)").format(count=more)
    return text
