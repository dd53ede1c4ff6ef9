"""Values in a record's history: checked for being safe to keep, not by today's format rules.

Every value a package brings is checked by its field's rule (:mod:`fourthpillar.domain.fields`),
as typed input is. A rule tightened after a value was stored (a stricter e-mail pattern, a code
gone from a vocabulary) would then refuse every package carrying that value in a record's
history, although the record's current value was corrected since: history cannot be edited.
So a value that a later version of its field in the same package (or log) provably replaced is
checked only for what keeps the register safe (:func:`history_problem`): its field's kind (text,
whole number, date, yes/no, list of codes), plain text (no NUL, no bytes that are not text) and
its length bound; not the field's format (patterns, check digits, vocabularies, ranges). A
record's current values keep every rule.

What proves a value replaced, without trusting the ``is_head`` flags a package carries:

- a package of changes (:class:`Superseded`, for :func:`fourthpillar.sync.rules.check_changes`):
  a later change of the package to the same field of the same record that names the change as a
  parent (the merge then leaves it no head: :func:`fourthpillar.sync.merge.apply_changes`); for a
  field inside a record's creation, any change of the package to that field of that record
  (arriving, the record then takes the field's winning version, ``merge._settle``);
- a first package (:class:`fourthpillar.sync.first_values.LogCheck`): its log holds another
  version (a head) of that field of the record, the record's current value being its row in the
  package, checked in full. The log comes a line at a time in no particular order, so such a
  value is held back and proven once the whole log is stored (:func:`field_versions`).
"""

from __future__ import annotations

from collections.abc import Collection
from collections.abc import Container
from collections.abc import Sequence
from typing import Any

from sqlalchemy import String
from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.domain.field_kinds import Boolean
from fourthpillar.domain.field_kinds import Date
from fourthpillar.domain.field_kinds import Field
from fourthpillar.domain.field_kinds import Integer
from fourthpillar.domain.field_kinds import ListField
from fourthpillar.domain.field_kinds import Text
from fourthpillar.domain.field_kinds import is_plain_text
from fourthpillar.domain.field_kinds import not_text_message
from fourthpillar.domain.fields import FIELD_RULES
from fourthpillar.i18n import translate
from fourthpillar.i18n import translator
from fourthpillar.store.models import ENTITIES
from fourthpillar.store.models import Change
from fourthpillar.store.tables import chunks
from fourthpillar.store.tables import table_of
from fourthpillar.sync.log import key_of
from fourthpillar.sync.log import split_keys
from fourthpillar.sync.package import ENTITY
from fourthpillar.sync.package import ENTITY_ID
from fourthpillar.sync.package import FIELD
from fourthpillar.sync.package import OPERATION
from fourthpillar.sync.package import PARENTS
from fourthpillar.sync.package import REPLICA_ID
from fourthpillar.sync.package import SEQ

tr = translator("Sync")

#: A field's version in the change log: (kind of record, record id, field).
FieldKey = tuple[str, str, str]

#: A list's items in history: codes or tags (clean cuts a tag to 60 characters), and how many.
_ITEM_MAX, _MOST_ITEMS = 64, 500
#: A text field without a bound of its own or of its column.
_TEXT_MAX = 400
#: A whole number every database holds (8 bytes, signed): SQLite's and PostgreSQL's largest.
STORED_INTEGERS = range(-(1 << 63), 1 << 63)
#: Operations whose rows are a version of a field (an older database's per-field creations too).
_VERSIONS = frozenset({"create", "update"})


def _text_bound(entity: str, name: str, field: Field) -> int:
    """The most characters a history value of a text field may have: a free text's own bound,
    else its column's (a code, an address, a number: the column holds what older rules stored)."""
    if isinstance(field, Text):
        return field.max_length
    stored = table_of(ENTITIES[entity]).c[name].type
    return (stored.length if isinstance(stored, String) else None) or field.max_length or _TEXT_MAX


def history_problem(entity: str, name: str, value: Any) -> str | None:
    """Why *value* cannot stay in a record's history as its *name* field (``field: why``), or
    None: only its kind, plain text and length bound count (see the module's docstring). For a
    value its field's rule refuses; a name that is no field of the record is never history."""
    field = FIELD_RULES.get(entity, {}).get(name)
    invalid = tr("{field}: not a valid value").format(field=name)
    if field is None:
        return invalid
    if value is None:
        return None
    if isinstance(field, Boolean):
        return None if isinstance(value, bool) else invalid
    if isinstance(field, Integer):
        if isinstance(value, bool) or not isinstance(value, int) or value not in STORED_INTEGERS:
            return f"{name}: " + translate("Validation", "'{value}' is not a whole number").format(
                value=str(value)[:40])
        return None
    if isinstance(field, ListField):
        if not isinstance(value, list) or len(value) > _MOST_ITEMS:
            return invalid
        items = value
    else:
        items = [value]
    for item in items:
        if not isinstance(item, str) or (isinstance(field, ListField) and (not item or "|" in item)):
            return invalid
        if not is_plain_text(item):
            return f"{name}: {not_text_message()}"
        limit = _ITEM_MAX if isinstance(field, ListField) else _text_bound(entity, name, field)
        if len(item) > limit:
            return f"{name}: " + translate("Validation", "is too long ({length} characters, at most {limit})").format(
                length=len(item), limit=limit)
    if isinstance(field, Date) and not field.accepts_all([value]):  # a day as stored, one that exists
        return f"{name}: " + translate("Validation", "'{value}' is not a date (use yyyy-mm-dd or dd/mm/yyyy)").format(
            value=str(value)[:40])
    return None


def version_problem(problem: str | None, entity: str, name: str, value: Any, *, history: bool) -> str | None:
    """What refuses *value* as the *name* field of a record of kind *entity*, given *problem*, what
    its field's rule (today's) finds wrong with it, None for nothing: that *problem*, or for a
    value since replaced (*history*) only why it is not safe to keep (:func:`history_problem`)."""
    if problem is None or not history:
        return problem
    return history_problem(entity, name, value)


class Superseded:
    """Which fields' values of a package's rows another of its rows provably replaces: an update
    (or per-field creation) that a later row for the same record and field names as a parent; a
    field of a record's creation that another row changes. Worked out once for a package, then
    asked about all its rows or about those among the ones not held yet (:meth:`fields`)."""

    def __init__(self, rows: Sequence[Sequence[Any]]) -> None:
        """*rows*: a package's changes, in the package's order."""
        #: For each row, its fields (those with a rule) whose value other rows replace -> those rows.
        self._by: list[dict[str, list[int]]] = [{} for _row in rows]
        at: dict[str, int] = {}  # a change's key -> its row
        changing: dict[tuple[Any, Any], list[int]] = {}  # (kind of record, id) -> rows changing a field
        for index, row in enumerate(rows):
            name = row[FIELD]
            # Never raises, whatever a forged row holds: the package's checks name what is wrong.
            if all(isinstance(value, str) for value in (row[OPERATION], row[ENTITY], row[ENTITY_ID], name,
                                                        row[PARENTS] or "")) and row[OPERATION] in _VERSIONS and \
                    name in FIELD_RULES.get(row[ENTITY], ()):  # a field without a rule is never history
                changing.setdefault((row[ENTITY], row[ENTITY_ID]), []).append(index)
                for parent in split_keys(row[PARENTS]):
                    earlier = at.get(parent)
                    if earlier is not None and _same_version(rows[earlier], row):
                        self._by[earlier].setdefault(name, []).append(index)
            at.setdefault(key_of(row[REPLICA_ID], row[SEQ]), index)
        for index, row in enumerate(rows):
            if row[OPERATION] == "create" and row[FIELD] is None and isinstance(row[ENTITY], str) and \
                    isinstance(row[ENTITY_ID], str):
                for other in changing.get((row[ENTITY], row[ENTITY_ID]), ()):
                    self._by[index].setdefault(rows[other][FIELD], []).append(other)

    def fields(self, index: int, *, among: Container[int] | None = None) -> frozenset[str]:
        """The fields whose value row *index* carries that another row replaces: any, or one of
        *among* (rows by their index: those the checks take, the ones this copy does not hold)."""
        return frozenset(name for name, others in self._by[index].items()
                         if among is None or any(other in among for other in others))


def _same_version(earlier: Sequence[Any], later: Sequence[Any]) -> bool:
    """Whether *later* replaces *earlier* as a version of one field of one record."""
    return isinstance(earlier[OPERATION], str) and earlier[OPERATION] in _VERSIONS and all(
        earlier[position] == later[position] for position in (ENTITY, ENTITY_ID, FIELD))


def field_versions(session: Session, keys: Collection[FieldKey]) -> set[FieldKey]:
    """Those of *keys* whose field of the record has a version (a head: a create or update row
    of the field) in the change log."""
    wanted: dict[str, set[str]] = {}
    for entity, entity_id, _name in keys:
        wanted.setdefault(entity, set()).add(entity_id)
    found: set[FieldKey] = set()
    for entity, ids in wanted.items():  # by record: the (entity, entity_id) index answers
        for chunk in chunks(sorted(ids)):
            found.update((entity, entity_id, str(name)) for entity_id, name in session.execute(
                select(Change.entity_id, Change.field).where(
                    Change.entity == entity, Change.entity_id.in_(chunk), Change.field.is_not(None),
                    Change.operation.in_(_VERSIONS), Change.is_head.is_(True))))
    return found.intersection(keys)
