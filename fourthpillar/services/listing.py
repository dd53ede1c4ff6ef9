"""Paging a list query and the columns each list offers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Join, Select, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators, visitors
from sqlalchemy.sql.elements import BinaryExpression

from fourthpillar.i18n import QT_TRANSLATE_NOOP, translate
from fourthpillar.store.queries import ListQuery, SortKeys

T = TypeVar("T")

MAX_PAGE = 1000


@dataclass(frozen=True)
class ColumnSpec:
    """A list column: the row attribute it shows, its header, and whether it sorts."""

    key: str
    source_label: str
    sortable: bool = True
    shown_by_default: bool = True

    @property
    def label(self) -> str:
        return translate("Columns", self.source_label)


INITIATIVE_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Name")),
    ColumnSpec("legal_form", QT_TRANSLATE_NOOP("Columns", "Legal form")),
    ColumnSpec("enterprise_number", QT_TRANSLATE_NOOP("Columns", "Enterprise number"), shown_by_default=False),
    ColumnSpec("postcode", QT_TRANSLATE_NOOP("Columns", "Postcode"), shown_by_default=False),
    ColumnSpec("municipality", QT_TRANSLATE_NOOP("Columns", "Municipality")),
    ColumnSpec("province", QT_TRANSLATE_NOOP("Columns", "Province")),
    ColumnSpec("partner_countries", QT_TRANSLATE_NOOP("Columns", "Partner countries"), sortable=False),
    ColumnSpec("themes", QT_TRANSLATE_NOOP("Columns", "Themes"), sortable=False),
    ColumnSpec("founded_year", QT_TRANSLATE_NOOP("Columns", "Founded"), shown_by_default=False),
    ColumnSpec("panel_member", QT_TRANSLATE_NOOP("Columns", "Panel"), shown_by_default=False),
    ColumnSpec("status", QT_TRANSLATE_NOOP("Columns", "Status")),
    ColumnSpec("tags", QT_TRANSLATE_NOOP("Columns", "Tags"), sortable=False, shown_by_default=False),
    ColumnSpec("updated_at", QT_TRANSLATE_NOOP("Columns", "Last change"), shown_by_default=False),
)

REQUEST_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("received_on", QT_TRANSLATE_NOOP("Columns", "Received")),
    ColumnSpec("initiative_name", QT_TRANSLATE_NOOP("Columns", "Initiative")),
    ColumnSpec("question", QT_TRANSLATE_NOOP("Columns", "Question"), sortable=False),
    ColumnSpec("topics", QT_TRANSLATE_NOOP("Columns", "Topics"), sortable=False),
    ColumnSpec("channel", QT_TRANSLATE_NOOP("Columns", "Channel")),
    ColumnSpec("status", QT_TRANSLATE_NOOP("Columns", "Status")),
    ColumnSpec("officer_name", QT_TRANSLATE_NOOP("Columns", "Officer")),
    ColumnSpec("due_on", QT_TRANSLATE_NOOP("Columns", "Due")),
    ColumnSpec("answered_on", QT_TRANSLATE_NOOP("Columns", "Answered"), shown_by_default=False),
    ColumnSpec("minutes_spent", QT_TRANSLATE_NOOP("Columns", "Minutes"), shown_by_default=False),
    ColumnSpec("updated_at", QT_TRANSLATE_NOOP("Columns", "Last change"), shown_by_default=False),
)

FOLLOW_UP_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("due_on", QT_TRANSLATE_NOOP("Columns", "Due")),
    ColumnSpec("initiative_name", QT_TRANSLATE_NOOP("Columns", "Initiative")),
    ColumnSpec("action", QT_TRANSLATE_NOOP("Columns", "What to do")),
    ColumnSpec("owner_name", QT_TRANSLATE_NOOP("Columns", "Owner")),
    ColumnSpec("done_on", QT_TRANSLATE_NOOP("Columns", "Done")),
    ColumnSpec("outcome", QT_TRANSLATE_NOOP("Columns", "Outcome"), sortable=False, shown_by_default=False),
    ColumnSpec("updated_at", QT_TRANSLATE_NOOP("Columns", "Last change"), shown_by_default=False),
)


def _tables_in(clause: Any) -> set[Any]:
    return {getattr(element, "table", None) for element in visitors.iterate(clause)} - {None}


def _is_to_one(join: Join) -> bool:
    """True when *join* matches each left row with at most one row: ON right.primary_key = x."""
    condition = join.onclause
    if not isinstance(condition, BinaryExpression) or condition.operator is not operators.eq:
        return False
    key = list(join.right.primary_key)
    return len(key) == 1 and any(side.compare(key[0]) for side in (condition.left, condition.right))


def count_statement(statement: Select[Any]) -> Select[Any]:
    """``SELECT count(*)`` of *statement*'s rows.

    Outer joins on the joined table's primary key (a request's officer) add columns, never rows,
    so they are left out when nothing but the select list uses them: SQLite would otherwise look
    up the officer of each of 200,000 requests just to count them (a third of the count's time).
    """
    froms = statement.get_final_froms()
    simple = (len(froms) == 1 and not statement._distinct and not statement._group_by_clauses
              and statement._having_criteria == () and statement._limit_clause is None
              and statement._offset_clause is None)
    if not simple or not isinstance(froms[0], Join):
        return select(func.count()).select_from(statement.order_by(None).subquery())
    where = statement.whereclause
    needed = _tables_in(where) if where is not None else set()
    source: Any = froms[0]
    while isinstance(source, Join) and source.isouter and _is_to_one(source) and source.right not in needed:
        source = source.left
    counting = select(func.count()).select_from(source)
    return counting.where(where) if where is not None else counting


def read_page(
    session: Session,
    statement: Select[Any],
    sorts: SortKeys,
    query: ListQuery,
    default_sort: str,
    id_column: Any,
    convert: Callable[[Any], T],
    *,
    count: bool = True,
) -> tuple[list[T], int]:
    """One page of *statement* sorted as asked (ties broken by id), and the total row count."""
    key = query.sort if query.sort in sorts else default_sort
    order = sorts[key]
    limit = max(0, min(query.limit, MAX_PAGE))
    # The page's ids first, then its rows: sorting (when no index gives the order, as for the
    # officer's name or many search hits) then handles ids and sort keys instead of whole rows
    # with their questions and advice, and SQLite can take them from covering indexes.
    page_ids = session.scalars(
        statement.with_only_columns(id_column)
        .order_by(order.desc() if query.descending else order.asc(),
                  id_column.desc() if query.descending else id_column.asc())
        .offset(max(0, query.offset)).limit(limit)
    ).all()
    rows: Sequence[Any] = []
    if page_ids:
        position = {record_id: index for index, record_id in enumerate(page_ids)}
        # The same columns and joins, found by id: the filters (searches included) already chose.
        columns = [description["expr"] for description in statement.column_descriptions]
        fetch = select(*columns, id_column).select_from(*statement.get_final_froms())
        fetched = session.execute(fetch.where(id_column.in_(page_ids))).all()
        rows = [row[:-1] for row in sorted(fetched, key=lambda row: position[row[-1]])]
    total = -1
    if count:
        total = session.execute(count_statement(statement)).scalar_one()
    return [convert(row) for row in rows], total
