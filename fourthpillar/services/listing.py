"""Paging a list query and the columns each list offers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from fourthpillar.i18n import translate
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
    ColumnSpec("name", "Name"),
    ColumnSpec("legal_form", "Legal form"),
    ColumnSpec("enterprise_number", "Enterprise number", shown_by_default=False),
    ColumnSpec("postcode", "Postcode", shown_by_default=False),
    ColumnSpec("municipality", "Municipality"),
    ColumnSpec("province", "Province"),
    ColumnSpec("partner_countries", "Partner countries", sortable=False),
    ColumnSpec("themes", "Themes", sortable=False),
    ColumnSpec("founded_year", "Founded", shown_by_default=False),
    ColumnSpec("panel_member", "Panel", shown_by_default=False),
    ColumnSpec("status", "Status"),
    ColumnSpec("tags", "Tags", sortable=False, shown_by_default=False),
    ColumnSpec("updated_at", "Last change", shown_by_default=False),
)

REQUEST_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("received_on", "Received"),
    ColumnSpec("initiative_name", "Initiative"),
    ColumnSpec("question", "Question", sortable=False),
    ColumnSpec("topics", "Topics", sortable=False),
    ColumnSpec("channel", "Channel"),
    ColumnSpec("status", "Status"),
    ColumnSpec("officer_name", "Officer"),
    ColumnSpec("due_on", "Due"),
    ColumnSpec("answered_on", "Answered", shown_by_default=False),
    ColumnSpec("minutes_spent", "Minutes", shown_by_default=False),
    ColumnSpec("updated_at", "Last change", shown_by_default=False),
)

FOLLOW_UP_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("due_on", "Due"),
    ColumnSpec("initiative_name", "Initiative"),
    ColumnSpec("action", "What to do"),
    ColumnSpec("owner_name", "Owner"),
    ColumnSpec("done_on", "Done"),
    ColumnSpec("outcome", "Outcome", sortable=False, shown_by_default=False),
    ColumnSpec("updated_at", "Last change", shown_by_default=False),
)


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
    ordered = statement.order_by(
        order.desc() if query.descending else order.asc(),
        id_column.desc() if query.descending else id_column.asc(),
    )
    limit = max(0, min(query.limit, MAX_PAGE))
    rows: Sequence[Any] = session.execute(ordered.offset(max(0, query.offset)).limit(limit)).all()
    total = -1
    if count:
        total = session.execute(
            select(func.count()).select_from(statement.order_by(None).subquery())
        ).scalar_one()
    return [convert(row) for row in rows], total
