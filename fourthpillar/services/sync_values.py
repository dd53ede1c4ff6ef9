"""The values a sync package brings, checked before any reaches the database.

A crafted or damaged package may hold what no copy of the app writes: a number of 10**30, a date
in the year 99999, text with bytes that are not text. Each would end the apply with a traceback
(or a refused transaction on PostgreSQL); here it refuses the package with one message naming
the value. The rules themselves are the fields' (:func:`fourthpillar.domain.fields.incoming_problem`).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from fourthpillar.domain.field_kinds import Reference
from fourthpillar.domain.field_kinds import incoming_problem
from fourthpillar.domain.fields import FIELD_RULES
from fourthpillar.i18n import translate
from fourthpillar.i18n import translator
from fourthpillar.sync.history_values import Superseded
from fourthpillar.sync.history_values import version_problem
from fourthpillar.sync.package import CHANGE_COLUMNS
from fourthpillar.sync.package import CHANGED_AT
from fourthpillar.sync.package import ENTITY
from fourthpillar.sync.package import FIELD
from fourthpillar.sync.package import NEW_VALUE
from fourthpillar.sync.package import OLD_VALUE
from fourthpillar.sync.package import SEQ
from fourthpillar.sync.package import Package
from fourthpillar.sync.package import PackageRefused
from fourthpillar.sync.rules import column_problem
from fourthpillar.sync.rules import seq_problem

tr = translator("Sync")


#: Ids, operations and the like: any text that is text.
_ANY_TEXT = Reference("value")


def _value_problem(row: list[Any], superseded: frozenset[str]) -> tuple[str, str] | None:
    """(what, why) for a change row holding a value no copy of this app stores, else None. Its old
    value, and its new value of a *superseded* field, are history: a range (a founding year before
    1850) tightened since is no reason to refuse them, only what history cannot hold either."""
    if (wrong := column_problem(row)) is not None:
        return wrong
    seq, changed_at = row[SEQ], row[CHANGED_AT]
    if (problem := seq_problem(seq)) is not None:
        return "seq", problem
    try:
        dt.datetime.fromisoformat(changed_at)
    except (TypeError, ValueError):
        return "changed_at", translate("Validation", "'{value}' is not a date (use yyyy-mm-dd or dd/mm/yyyy)").format(
            value=str(changed_at)[:40])
    for name, value in zip(CHANGE_COLUMNS, row, strict=True):
        problem = incoming_problem(_ANY_TEXT, value) if isinstance(value, str) else None
        if problem:
            return name, problem
    entity, rules = str(row[ENTITY]), FIELD_RULES.get(str(row[ENTITY]), {})
    field = row[FIELD]
    for encoded, history in ((row[OLD_VALUE], None), (row[NEW_VALUE], superseded)):  # None: always history
        if encoded is None or (field is not None and field not in rules):
            continue
        try:
            value = json.loads(encoded)
        except (TypeError, ValueError):
            return str(field), tr("not readable")
        values = value if field is None and isinstance(value, dict) else {field: value} if field else {}
        for name, item in values.items():
            if name in rules and (problem := incoming_problem(rules[name], item)) and version_problem(
                    problem, entity, name, item, history=history is None or name in history) is not None:
                return str(name), problem
    return None


def refuse_unstorable(package: Package, superseded: Superseded) -> None:
    """A value no copy of this app stores (10**30, the year 99999, bytes that are not text) refuses
    the whole package, naming it (by the field rules of ``domain.fields.FIELD_RULES``);
    *superseded*: worked out for the package's changes."""
    for index, row in enumerate(package.changes):
        found = _value_problem(row, superseded.fields(index))
        if found is not None:
            raise PackageRefused(tr("the package holds a value that cannot be stored ({entity} {field}: {problem}); "
                                    "nothing was applied").format(entity=row[ENTITY], field=found[0],
                                                                  problem=found[1]))
