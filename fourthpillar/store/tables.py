"""The SQLAlchemy Core table of a mapped class, and the ids a statement takes at a time, for the
bulk paths that write and read with ``insert()``/``select()`` of whole tables rather than the ORM
(an import, a first package, a sync's merge, the demonstration data)."""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Iterator
from typing import Any
from typing import TypeVar
from typing import cast

from sqlalchemy import Table

#: Ids in the ``IN (...)`` of one statement when a bulk path reads or writes many records: far
#: below the bound parameters a statement may hold (SQLite before 3.32: 999), few statements.
IDS_PER_STATEMENT = 500

_Item = TypeVar("_Item")


def table_of(model: type[Any]) -> Table:
    """*model*'s table (typed: a declarative class's ``__table__`` is only a ``FromClause``)."""
    return cast(Table, model.__table__)


def chunks(items: Iterable[_Item], size: int = IDS_PER_STATEMENT) -> Iterator[list[_Item]]:
    """*items* a list of at most *size* at a time (ids for one statement's ``IN (...)``)."""
    listed = list(items)
    for start in range(0, len(listed), size):
        yield listed[start:start + size]
