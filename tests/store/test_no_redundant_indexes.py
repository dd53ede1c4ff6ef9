"""No index of the register is the first columns of another one on the same table.

If this fails, a new one-column index was added beside a ``(column, id)`` one (or the like): it
serves no look-up, range or order the longer index does not serve, and costs space in every
register and time at every write (migration 0015 dropped five such indexes).

Compared per database, with the indexes each one has (``store.models.only_on``). One exception,
on SQLite only: a list's sort index ``(column)`` (``store.models.sort_indexes``, migration 0017)
holds ``(column, rowid)``, the order a list sorted by that column shows its ties in, which a
longer index starting with the column does not give (the follow-ups' ``(owner_id)`` beside
the open ones' ``(owner_id, due_on)``: the follow-ups sorted by owner, one owner at a time).
"""

from __future__ import annotations

import pytest
from sqlalchemy import Column
from sqlalchemy import Index

from fourthpillar.store import import_models  # noqa: F401 - puts import_run on Base.metadata
from fourthpillar.store.models import Base
from fourthpillar.store.models import made_on


def _columns(index: Index) -> tuple[str, ...] | None:
    """The index's column names, or None for an index on an expression (compared by its SQL elsewhere)."""
    expressions = list(index.expressions)
    if not all(isinstance(expression, Column) for expression in expressions):
        return None
    return tuple(expression.name for expression in expressions)


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_no_index_is_a_prefix_of_another(dialect: str) -> None:
    redundant = []
    for table in Base.metadata.sorted_tables:
        indexes = [(index, columns) for index in table.indexes if not index.unique and made_on(index, dialect)
                   and (columns := _columns(index)) is not None]
        for index, columns in indexes:
            if dialect == "sqlite" and index.info.get("sorts"):
                continue  # its ties in rowid order: see above
            for other, longer in indexes:
                if other is not index and len(longer) > len(columns) and longer[:len(columns)] == columns:
                    redundant.append(f"{table.name}.{index.name} {columns} is the start of {other.name} {longer}")
    assert redundant == []
