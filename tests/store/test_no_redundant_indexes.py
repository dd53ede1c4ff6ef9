"""No index of the register is the first columns of another one on the same table.

If this fails, a new one-column index was added beside a ``(column, id)`` one (or the like): it
serves no look-up, range or order the longer index does not serve, and costs space in every
register and time at every write (migration 0015 dropped five such indexes).
"""

from __future__ import annotations

from sqlalchemy import Column

from fourthpillar.store import import_models  # noqa: F401 - puts import_run on Base.metadata
from fourthpillar.store.models import Base


def _columns(index: object) -> tuple[str, ...] | None:
    """The index's column names, or None for an index on an expression (compared by its SQL elsewhere)."""
    expressions = list(getattr(index, "expressions", []))
    if not all(isinstance(expression, Column) for expression in expressions):
        return None
    return tuple(expression.name for expression in expressions)


def test_no_index_is_a_prefix_of_another() -> None:
    redundant = []
    for table in Base.metadata.sorted_tables:
        indexes = [(index.name, columns) for index in table.indexes if not index.unique
                   and (columns := _columns(index)) is not None]
        for name, columns in indexes:
            for other, longer in indexes:
                if other != name and len(longer) > len(columns) and longer[:len(columns)] == columns:
                    redundant.append(f"{table.name}.{name} {columns} is the start of {other} {longer}")
    assert redundant == []
