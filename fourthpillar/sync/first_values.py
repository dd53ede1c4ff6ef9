"""A first package's values, checked by the rules an incoming change's values obey.

:mod:`fourthpillar.sync.rules` checks each change a package of changes brings by the field rules
of :data:`~fourthpillar.domain.fields.FIELD_RULES`; here the records and the change log of a first
package are checked by the same rules, and beyond them as stored (they go into the database as
they are): of their column's type, text without NUL and that fits the column, whole numbers a
database holds, lists of codes. Someone holding the one-time code who forged the package sees it
refused with one line naming the record and the field, instead of a new copy holding what no form
writes (or a traceback). A value in a record's creation that its field's rule refuses but the log
replaced since is history, checked only for being safe to keep (:mod:`fourthpillar.sync.history_values`).

A first package brings millions of values: each column of a line is checked at once, mostly in C
(:meth:`fourthpillar.domain.field_kinds.Field.accepts_all`, or each distinct value once), and a
value at a time only to name the one that breaks a rule.
"""

from __future__ import annotations

import json
import json.scanner
from collections.abc import Callable
from collections.abc import Collection
from collections.abc import Sequence
from functools import partial
from itertools import chain
from itertools import compress
from itertools import repeat
from operator import and_
from operator import eq
from operator import is_
from operator import is_not
from operator import itemgetter
from operator import truth
from typing import Any

from sqlalchemy import Boolean
from sqlalchemy import Column
from sqlalchemy import Integer
from sqlalchemy import String
from sqlalchemy.orm import Session

from fourthpillar.domain.field_kinds import Choice
from fourthpillar.domain.field_kinds import Email
from fourthpillar.domain.field_kinds import EnterpriseNumber
from fourthpillar.domain.field_kinds import Field
from fourthpillar.domain.field_kinds import MultiChoice
from fourthpillar.domain.field_kinds import Reference
from fourthpillar.domain.field_kinds import Text
from fourthpillar.domain.field_kinds import is_plain_text
from fourthpillar.domain.field_kinds import not_text_message
from fourthpillar.domain.fields import FIELD_RULES
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.i18n import translate
from fourthpillar.i18n import translator
from fourthpillar.store.logins import ROLES
from fourthpillar.store.models import ENTITIES
from fourthpillar.store.models import Change
from fourthpillar.store.tables import table_of
from fourthpillar.store.types import CodeList
from fourthpillar.store.types import UTCDateTime
from fourthpillar.sync.history_values import STORED_INTEGERS
from fourthpillar.sync.history_values import FieldKey
from fourthpillar.sync.history_values import field_versions
from fourthpillar.sync.package import CHANGE_COLUMNS
from fourthpillar.sync.package import ENTITY
from fourthpillar.sync.package import ENTITY_ID
from fourthpillar.sync.package import FIELD
from fourthpillar.sync.package import NEW_VALUE
from fourthpillar.sync.package import OPERATION
from fourthpillar.sync.package import SEQ
from fourthpillar.sync.package import PackageRefused
from fourthpillar.sync.rules import OPERATIONS
from fourthpillar.sync.rules import OTHER_MAX
from fourthpillar.sync.rules import change_problem
from fourthpillar.sync.rules import seq_problem
from fourthpillar.sync.rules import value_problem

tr = translator("Sync")

#: What the columns without a field rule may hold, where not any text: the vocabularies of
#: their homes (who may do what on the shared database; the provinces).
_CODES: dict[tuple[str, str], Collection[str]] = {
    ("officer", "role"): ROLES, ("officer", "provinces"): PROVINCES.codes,
    ("", "entity"): ENTITIES.keys(), ("", "operation"): OPERATIONS}
#: The most distinct values of a column remembered as passing (the rest are checked each time).
_REMEMBERED = 20_000
#: Columns of the change log of few distinct values (a copy's, an officer's, a field's name).
_FEW_VALUES = frozenset({"entity", "operation", "field", "replica_id", "officer_id"})
#: The most characters of a value a refusal shows.
_SHOWN = 80
_present = partial(is_not, None)


def _python_type(column: Column[Any]) -> type:
    if isinstance(column.type, CodeList):
        return list
    if isinstance(column.type, Boolean):
        return bool
    if isinstance(column.type, Integer):
        return int
    return str


def _shown(value: Any) -> str:
    text = str(value)
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "\u2026"


class _Column:
    """The check of one column of a table of a first package."""

    def __init__(self, entity: str | None, column: Column[Any], *, stored: bool = False) -> None:
        """*entity* None: a column of the change log (no field rules); *stored*: a record's column
        whose values are converted to be stored (sync/inserting.py), a check of their own."""
        self.entity = entity
        self.name = column.name
        self.type = _python_type(column)
        self.field: Field | None = FIELD_RULES[entity].get(self.name) if entity is not None else None
        # Stored as codes (clean turns a label typed into its code).
        vocabulary = self.field.vocabulary if isinstance(self.field, Choice | MultiChoice) else None
        self.codes = frozenset(vocabulary.codes if vocabulary else _CODES.get((entity or "", self.name), ()))
        self.length: int | None = column.type.length if isinstance(column.type, String) else None  # None: Text
        if entity is not None and self.field is None and self.type is str:  # the rule of other columns' text
            self.length = min(self.length or OTHER_MAX, OTHER_MAX)
        # A moment's text is checked where it is converted, a whole column at a time.
        self.converted = stored and isinstance(column.type, UTCDateTime) and self.field is None
        # Checked a distinct value at a time (each remembered once it passed): columns of few
        # values; the others (texts, ids) a whole column at a time.
        self.distinct = self.type is not str or bool(self.codes) or self.name in _FEW_VALUES or (
            self.field is not None and not isinstance(self.field, Text | Email | EnterpriseNumber | Reference))
        self.required = not column.nullable or (self.field is not None and self.field.required)
        self.passed: set[Any] = set()  # distinct values (or list items) known to pass
        self.empty = False  # whether the last line's values were all None (then looked for first)

    def problem(self, value: Any) -> str | None:
        """What is wrong with one value (``column: why``), or None."""
        if self.entity is not None and (found := value_problem(self.entity, self.name, value)) is not None:
            return found
        if value is None:
            return tr("{field}: not a valid value").format(field=self.name) if self.required else None
        if type(value) is not self.type:
            return tr("{field}: not a valid value").format(field=self.name)
        if self.type is int and value not in STORED_INTEGERS:
            return f"{self.name}: " + translate("Validation", "must be between {minimum} and {maximum}").format(
                minimum=STORED_INTEGERS.start, maximum=STORED_INTEGERS.stop - 1)
        for item in value if isinstance(value, list) else [value] if isinstance(value, str) else []:
            if problem := self._text_problem(item):
                return problem
        return None

    def _text_problem(self, text: Any) -> str | None:
        """A text, or one code of a list: plain text that fits its column, or a code of its vocabulary."""
        if not isinstance(text, str) or (self.type is list and (not text or "|" in text)):
            return tr("{field}: not a valid value").format(field=self.name)
        if not is_plain_text(text):
            return f"{self.name}: {not_text_message()}"
        if self.length is not None and len(text) > self.length:
            return f"{self.name}: " + translate("Validation", "is too long ({length} characters, at most {limit})"
                                                ).format(length=len(text), limit=self.length)
        if self.codes and text not in self.codes:
            return f"{self.name}: " + translate("Validation", "'{value}' is not one of: {choices}").format(
                value=_shown(text), choices=", ".join(sorted(self.codes)))
        return None

    def accepts(self, values: Sequence[Any]) -> bool:
        """Whether every one of *values* passes (False: one may not; :meth:`problem` tells)."""
        if self.converted or not values:
            return True
        if self.empty and values.count(None) == len(values):  # by identity: no value is compared
            return not self.required
        if self.type is str:  # the usual cases in one pass over the column (the others below)
            if self.distinct:
                try:
                    fresh = set(values)  # text equals no value of another type: its kind is checked on these
                except TypeError:
                    return False  # a list or an object
                fresh.difference_update(self.passed)
                return not fresh or self._each_distinct_accepted(list(fresh))
            try:
                joined = "".join(values)  # refuses any value but text (None among them)
            except TypeError:
                pass
            else:
                return self._all_accepted(values, joined)
        kinds = set(map(type, values))
        if type(None) in kinds:
            self.empty = len(kinds) == 1
            if self.required:
                return False
            kinds.discard(type(None))
            values = list(filter(_present, values))
            if not values:
                return True
        if kinds != {self.type}:
            return False
        if self.type is list:
            return self._lists_accepted(values)
        if self.type is int and (min(values) not in STORED_INTEGERS or max(values) not in STORED_INTEGERS):
            return False
        if self.type is int and self.field is None:
            return True  # no rule of its own (a change's number): any whole number a database holds
        return self._each_distinct_accepted(values) if self.distinct else self._all_accepted(values)

    def _all_accepted(self, values: Sequence[Any], joined: str | None = None) -> bool:
        """Whether each of *values* (of the column's type, none None; *joined*: the texts joined)
        passes, decided for all at once where the rules allow, else a value at a time."""
        if self.type is str:
            if self.length is not None and max(map(len, values)) > self.length:
                return False
            if not is_plain_text("".join(values) if joined is None else joined) or (
                    self.codes and not self.codes.issuperset(values)):
                return False
        whole = self.field.accepts_all(values) if self.field is not None and self.type is str else None
        if whole is not None:
            return whole
        return self.field is None or all(value_problem(self.entity, self.name, value) is None  # type: ignore[arg-type]
                                         for value in values)

    def _each_distinct_accepted(self, values: Sequence[Any]) -> bool:
        """Each distinct one of *values* passes (a list's codes: each alone in a list)."""
        fresh = set(values).difference(self.passed)
        if not fresh:
            return True
        if self.type is list:
            if any(self.problem([item]) is not None for item in fresh):
                return False
        else:
            if None in fresh:
                if self.required:
                    return False
                fresh.discard(None)
            if fresh and (set(map(type, fresh)) != {self.type} or not self._all_accepted(list(fresh))):
                return False
        if len(self.passed) < _REMEMBERED:
            self.passed |= fresh
        return True

    def _lists_accepted(self, values: Sequence[list[Any]]) -> bool:
        """Lists of codes: each of their distinct codes passes alone (clean takes each code of a
        list alone, leaving out repeats), and the lists are no longer than the rule allows."""
        if self.field is None and self.entity is not None and value_problem(  # the most codes the rule allows
                self.entity, self.name, [""] * max(map(len, values))) is not None:
            return False
        if self.field is not None and self.field.required and not all(values):
            return False
        items = list(chain.from_iterable(values))
        if not items:
            return True
        if set(map(type, items)) != {str}:
            return False
        return self._each_distinct_accepted(items)


def _column_problem(entity: str, name: str) -> str | None:
    """Why records of kind *entity* cannot have a column *name* (not a field of this record), or
    None; a field's values are checked by its rule."""
    return None if name in FIELD_RULES[entity] else value_problem(entity, name, None)


def _refused(where: str, problem: str) -> PackageRefused:
    return PackageRefused(tr("this first package holds a value that breaks the rules ({where}: {problem}); "
                             "nothing was written").format(where=where, problem=problem))


def not_packed(where: str, problem: str) -> PackageRefused:
    """The refusal of the copy that makes a first package: a record of its own breaks a rule
    (one tightened since it was typed), which the checkout would refuse in the field."""
    return PackageRefused(tr("{where} holds a value that breaks the rules ({problem}): correct it in the "
                             "register, then make the package again; nothing was written").format(
                                 where=where, problem=problem))


def history_not_packed(where: str, problem: str) -> PackageRefused:
    """The maker's refusal for its change log: the value is in a record's history (what it was
    created with, mostly), which the record's current values passed the records' check without
    and which editing the record leaves as it is, so the officer is not sent to correct it."""
    return PackageRefused(tr("{where} holds a value that breaks the rules ({problem}), which the new copy would "
                             "refuse: it is in the record's history, which editing the record does not change; "
                             "please tell the application's maintainers; nothing was written").format(
                                 where=where, problem=problem))


#: Makes the error that names what breaks a rule (where, problem): a checkout's or a maker's.
Refusal = Callable[[str, str], PackageRefused]


class RecordsCheck:
    """The rows of one table of a first package, checked a line at a time (:meth:`check`)."""

    def __init__(self, entity: str, names: Sequence[str], *, refusal: Refusal = _refused,
                 named: Callable[[str], str] = str) -> None:
        """*named*: what a refusal calls the kind of record (the maker's: as the officer knows it)."""
        target = table_of(ENTITIES[entity])
        for name in names:  # a record's version starts anew in each copy: the package leaves it out
            if (problem := _column_problem(entity, name)) is not None:
                raise refusal(named(entity), problem)
        self.refusal = refusal
        self.named = named
        self.entity = entity
        self.id = list(names).index("id")
        self.columns = [_Column(entity, target.c[name], stored=True) for name in names]

    def check(self, rows: list[list[Any]]) -> None:
        """Refuse *rows* (a line's) when a value breaks a rule, naming the first such."""
        by_column = list(zip(*rows))  # noqa: B905 -- rows of one width (sync/first.py)
        for column, values in zip(self.columns, by_column, strict=False):
            if column.accepts(values):
                continue
            for row, value in zip(rows, values, strict=True):
                if (problem := column.problem(value)) is not None:
                    raise self.refusal(f"{self.named(self.entity)} {_shown(row[self.id])}", problem)


_MISSING = object()


class LogCheck:
    """A first package's change-log rows, checked a line at a time as the changes of a package
    of changes are (:func:`fourthpillar.sync.rules.change_problem`: a known kind of record,
    operation and field, each value by its field's rule) and as stored (each column's type)."""

    def __init__(self, *, refusal: Refusal = _refused, named: Callable[[str], str] = str) -> None:
        """*named*: what a refusal calls a kind of record, as for :class:`RecordsCheck`."""
        self.refusal = refusal
        self.named = named
        target = table_of(Change)
        self.columns = [_Column(None, target.c[name], stored=True) for name in CHANGE_COLUMNS]
        self.values: dict[tuple[str, str], _Column] = {}  # (entity, field) -> the check of its values
        self.fields: set[tuple[str, str | None]] = set()  # (entity, field) known to be one
        #: A creation's values that break their field's rule but are safe to keep as history, with
        #: the refusal's (where, problem): history if the log holds a later version (:meth:`finish`).
        self.held_back: dict[FieldKey, tuple[str, str]] = {}

    def check(self, rows: list[list[Any]]) -> None:
        """Refuse *rows* (a line's) when one breaks a rule, naming the first such."""
        by_column = list(zip(*rows))  # noqa: B905 -- rows of one width (sync/first.py)
        if not by_column or (all(column.accepts(values) for column, values in zip(self.columns, by_column, strict=True))
                             and self._accepted(by_column)):
            return
        for row in rows:
            problem = self._change_problem(row)
            if problem is None and (found := seq_problem(row[SEQ])) is not None:
                problem = f"seq: {found}"
            for column, value in zip(self.columns, row, strict=True):
                problem = problem or column.problem(value)
            if problem is not None:
                raise self.refusal(self._where(row), problem)

    def _where(self, row: list[Any]) -> str:
        return tr("the change of {entity} {id}").format(entity=_shown(self.named(str(row[ENTITY]))),
                                                        id=_shown(row[ENTITY_ID]))

    def _change_problem(self, row: list[Any]) -> str | None:
        """What is wrong with *row* (:func:`~fourthpillar.sync.rules.change_problem`), checked once.
        A creation's values that break their field's rule but are safe to keep as history pass:
        they are held back then, until the whole log is in (:meth:`finish`)."""
        if row[OPERATION] != "create" or row[FIELD] is not None or not isinstance(row[ENTITY], str) or \
                row[ENTITY] not in FIELD_RULES:
            return change_problem(row)
        kept: dict[str, str] = {}
        problem = change_problem(row, superseded=FIELD_RULES[row[ENTITY]], kept=kept)
        if problem is None:
            for name, found in kept.items():
                self.held_back.setdefault((row[ENTITY], str(row[ENTITY_ID]), name), (self._where(row), found))
        return problem

    def finish(self, session: Session) -> None:
        """Once the whole log is stored in *session*: refuse a creation's value held back by
        :meth:`check` unless the log holds another version of its field for that record (the
        record's current value, its row in the package, was checked in full): only then is it
        history, replaced since."""
        if not self.held_back:
            return
        versions = field_versions(session, self.held_back)
        for key, (where, problem) in self.held_back.items():
            if key not in versions:
                raise self.refusal(where, problem)

    def _accepted(self, by_column: list[tuple[Any, ...]]) -> bool:
        entities, fields, seqs = by_column[ENTITY], by_column[FIELD], by_column[SEQ]
        if None in seqs or seq_problem(min(seqs)) is not None or seq_problem(max(seqs)) is not None:
            return False
        if "" in by_column[ENTITY_ID]:  # (None is refused as its column's)
            return False
        for entity, name in set(zip(entities, fields, strict=True)).difference(self.fields):
            if name is not None and _column_problem(entity, name) is not None:
                return False
            self.fields.add((entity, name))
        return self._field_values_accepted(by_column) and self._creations_accepted(by_column)

    def _column(self, entity: str, name: str) -> _Column:
        found = self.values.get((entity, name))
        if found is None:
            found = self.values[entity, name] = _Column(entity, table_of(ENTITIES[entity]).c[name])
        return found

    def _field_values_accepted(self, by_column: list[tuple[Any, ...]]) -> bool:
        """Each field change's new value is JSON text of a value its field's rule accepts."""
        if by_column[FIELD].count(None) == len(by_column[FIELD]):
            return True
        changed = list(map(_present, by_column[FIELD]))
        grouped: dict[tuple[str, str], list[Any]] = {}
        changes = zip(compress(by_column[ENTITY], changed), compress(by_column[FIELD], changed),
                      compress(by_column[NEW_VALUE], changed), strict=True)
        for entity, name, encoded in set(changes):
            if encoded is not None:
                grouped.setdefault((entity, name), []).append(encoded)
        for (entity, name), encoded in grouped.items():
            values = _parsed(encoded)
            if values is None or not self._column(entity, name).accepts(values):
                return False
        return True

    def _creations_accepted(self, by_column: list[tuple[Any, ...]]) -> bool:
        """Each creation's new value is a JSON object of the record's fields, each a value its
        field's rule accepts."""
        if by_column[NEW_VALUE].count(None) == len(by_column[NEW_VALUE]):
            return True
        created = list(map(and_, map(and_, map(eq, by_column[OPERATION], repeat("create")),
                                     map(is_, by_column[FIELD], repeat(None))), map(truth, by_column[NEW_VALUE])))
        if not any(created):
            return True
        texts = list(compress(by_column[NEW_VALUE], created))
        parsed = _parsed(texts)
        if parsed is None:
            return False
        by_entity: dict[str, list[Any]] = {}
        for entity, payload in zip(compress(by_column[ENTITY], created), parsed, strict=True):
            by_entity.setdefault(entity, []).append(payload)
        for entity, payloads in by_entity.items():
            if set(map(type, payloads)) != {dict}:
                return False
            for name in set().union(*payloads):
                if (entity, name) not in self.fields:
                    if _column_problem(entity, name) is not None:
                        return False
                    self.fields.add((entity, name))
                values = list(filter(_given, map(dict.get, payloads, repeat(name), repeat(_MISSING))))
                if not self._column(entity, name).accepts(values):
                    return False
        return True


_given = partial(is_not, _MISSING)
#: JSON's own scanner, without json.loads' steps around it (a third of the time for a record).
_scan = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]


def _parsed(texts: list[str]) -> list[Any] | None:
    """The value of each of *texts*, each a whole JSON text (without spaces around it, as they
    are written); None when one is not."""
    try:
        # A text that is no JSON at its start ends the map (StopIteration): fewer values come back.
        scanned = list(map(_scan, texts, repeat(0)))
    except ValueError:
        return None
    if len(scanned) != len(texts) or list(map(itemgetter(1), scanned)) != list(map(len, texts)):
        return None
    return list(map(itemgetter(0), scanned))
