"""The SQLAlchemy Core table of a mapped class, for the bulk paths that write and read with
``insert()``/``select()`` of whole tables rather than the ORM (an import, a first package, a
sync's merge, the demonstration data)."""

from __future__ import annotations

from typing import Any
from typing import cast

from sqlalchemy import Table


def table_of(model: type[Any]) -> Table:
    """*model*'s table (typed: a declarative class's ``__table__`` is only a ``FromClause``)."""
    return cast(Table, model.__table__)
