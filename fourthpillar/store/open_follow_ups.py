"""The follow-ups still to do (not done yet), as the lists, the dashboard and the reminders ask
for them and as the partial indexes of them are made (migration 0020), so that SQLite may use
those indexes: it uses a partial index only when the index's WHERE is a term of the query's.

On SQLite the condition is ``+done_on IS NULL``: the ``+`` keeps the planner from finding the
open follow-ups through the done date's index, whose statistics say that about 140 follow-ups
share a done date, while the open ones (NULL) may be half the register (the bench's
demonstration data): it would read them all and sort them for a page (300 ms on 200,000
follow-ups). PostgreSQL's statistics know the share of NULLs: its indexes and queries say
``done_on IS NULL``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy import Index
from sqlalchemy import UnaryExpression
from sqlalchemy import text
from sqlalchemy.sql.operators import custom_op

#: The partial indexes' WHERE, per database (with the same ``+`` as :func:`still_open`).
OPEN_WHERE = {"sqlite": "+done_on IS NULL", "postgresql": "done_on IS NULL"}


def open_index(name: str, *columns: str) -> Index:
    """A partial index *name* of the open follow-ups on *columns*."""
    return Index(name, *columns, sqlite_where=text(OPEN_WHERE["sqlite"]),
                 postgresql_where=text(OPEN_WHERE["postgresql"]))


def still_open(done_on: Any, dialect: str) -> ColumnElement[bool]:
    """The follow-up whose done date is *done_on* is not done yet (see above)."""
    if dialect == "sqlite":
        done_on = UnaryExpression(done_on, operator=custom_op("+"), type_=done_on.type)
    return done_on.is_(None)  # type: ignore[no-any-return]
