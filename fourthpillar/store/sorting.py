"""How a list sorts a column: the sort expressions that need more than ``ORDER BY column``.

The columns themselves, and what each sorts by, are in the lists' catalogue
(:mod:`fourthpillar.lists`); :mod:`fourthpillar.store.queries` turns those into the sort keys
of a list statement and :mod:`fourthpillar.services.listing` reads a page in that order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer
from sqlalchemy import UnaryExpression
from sqlalchemy import column


@dataclass(frozen=True)
class PlainOrder:
    """A sort read in a way of its own whose ``asc()``/``desc()`` give the plain order of
    *expression* (PostgreSQL, searches with few matches), so it can stand wherever a sort
    expression is."""

    expression: Any

    def asc(self) -> UnaryExpression[Any]:
        return self.expression.asc()  # type: ignore[no-any-return]

    def desc(self) -> UnaryExpression[Any]:
        return self.expression.desc()  # type: ignore[no-any-return]


@dataclass(frozen=True)
class NameSort(PlainOrder):
    """Sorting by the name of a row's officer (``coalesce(officer.name, '')``, then the ties
    as every list breaks them: :func:`tiebreak`).

    No index holds that order: the name is in another table. Officers are few, so the list is
    read one officer at a time in name order instead, each one's rows in tiebreak order from the
    officer's index (``(officer_id)`` on SQLite, ``(officer_id, id)`` elsewhere;
    services.listing.read_page). *expression* is the plain sort expression (see :class:`PlainOrder`).
    """

    #: The listed table's column pointing at the officer (requests' officer_id, follow-ups' owner_id).
    officer_id: Any


@dataclass(frozen=True)
class SplitSort(PlainOrder):
    """Sorting by a value only some rows have, which no index holds as it changes every day
    (a follow-up's days late: empty unless it is open and past its due date), then by the
    tiebreak (:func:`tiebreak`).

    The order is that of *expression* (empty values first, as SQLite sorts them), but SQLite
    would compute it for every row and sort them all for each page. The rows with a value
    (*present*) are in the order of a column that an index holds (*by*, the due date: the more
    days late, the earlier; *reversed*), so services.listing.read_page reads the page in two
    parts: the empty rows in tiebreak order, the others from *by*'s sort index, each part
    stopping after a page. ``asc()``/``desc()`` give the plain order (:class:`PlainOrder`).
    """

    present: Any
    by: Any
    reversed: bool


@dataclass(frozen=True)
class EmptyFirst:
    """Sorting a column that may be empty (NULL) with empty values first, as SQLite does.

    PostgreSQL puts NULLs last when ascending and first when descending: the same list sorted
    by due date would start with the undated requests on SQLite and end with them on a shared
    PostgreSQL database. Used on other databases only; ``asc()``/``desc()`` put empty values first.
    The column's index must hold the same order (``store.models.EmptyFirstKey``, migration
    0006), or PostgreSQL sorts every row for each page.
    """

    expression: Any

    def asc(self) -> UnaryExpression[Any]:
        return self.expression.asc().nulls_first()  # type: ignore[no-any-return]

    def desc(self) -> UnaryExpression[Any]:
        return self.expression.desc().nulls_last()  # type: ignore[no-any-return]


def tiebreak(id_column: Any, dialect: str) -> Any:
    """What a list breaks the ties of its sort by, after the sort column: the listed table's
    rowid on SQLite, its id elsewhere.

    On SQLite a one-column index ``(column)`` holds ``(column, rowid)`` in order, so
    ``ORDER BY column, rowid`` reads a page from it; a ``(column, id)`` index would carry the
    36-character id beside the hidden rowid in every entry (twice the size: migration 0017).
    PostgreSQL has no rowid: its indexes stay ``(column, id)``. The rowid is the order the rows
    were stored in, and the app never changes it (no ``INSERT OR REPLACE`` or ``VACUUM`` of these
    tables: the full-text tables rely on it as well); it differs
    between copies of the register, so only the order on screen may use it, never a rule that
    every copy must apply alike (a waiting list's turn, a merge's choice).
    """
    if dialect != "sqlite":
        return id_column
    return column("rowid", Integer, _selectable=id_column.table)


def directed(order: Any, descending: bool) -> Any:
    """*order* (a column, an expression or one of the sorts above) ascending, or descending."""
    return order.desc() if descending else order.asc()


#: Column key -> the SQL expression that column sorts by (or a NameSort, SplitSort or EmptyFirst).
SortKeys = dict[str, Any]


def empty_first(order: Any, dialect: str, *, may_be_empty: bool) -> Any:
    """*order* sorting empty values first, as SQLite does, on every database."""
    if dialect == "sqlite" or not may_be_empty or isinstance(order, PlainOrder):
        return order
    return EmptyFirst(order)
