"""Paging a list query (the lists' columns are in :mod:`fourthpillar.lists`)."""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Sequence
from functools import partial
from typing import Any
from typing import Protocol
from typing import TypeVar

from sqlalchemy import ColumnElement
from sqlalchemy import Join
from sqlalchemy import Select
from sqlalchemy import func
from sqlalchemy import literal_column
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql import visitors
from sqlalchemy.sql.elements import BinaryExpression

from fourthpillar.lists import RecordList
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import Page
from fourthpillar.store.models import Officer
from fourthpillar.store.queries import LIST_STATEMENTS
from fourthpillar.store.queries import ListQuery
from fourthpillar.store.queries import ListSelect
from fourthpillar.store.queries import SearchPlan
from fourthpillar.store.search import match_terms
from fourthpillar.store.search import own_text_matches
from fourthpillar.store.search import unindexed
from fourthpillar.store.sorting import NameSort
from fourthpillar.store.sorting import PlainOrder
from fourthpillar.store.sorting import SplitSort
from fourthpillar.store.sorting import directed
from fourthpillar.store.sorting import tiebreak

T = TypeVar("T")

MAX_PAGE = 1000

#: Lists on screen count a search's matches up to this many ("1,000+" beyond).
SEARCH_COUNT_LIMIT = 1000

#: A search matching at most this many rows is read from its matches, which are then sorted; one
#: matching more is read in the order of the sort column's index, each row checked, until a page
#: is full (SQLite). Measured on 200,000 requests (bench/run.py): sorting n matches costs about
#: 2 us each, walking the index about 1.3 us per row visited (200 * 200,000 / n of them).
FEW_MATCHES = 5000


class ListStatement(Protocol):
    """A list's query builder with the query and dialect filled in (store.queries)."""

    def __call__(self, *, search_plan: SearchPlan = SearchPlan.FOUND_BY_INDEX,
                 officer_checked: bool = False) -> ListSelect: ...


def _tables_in(clause: Any) -> set[Any]:
    return {getattr(element, "table", None) for element in visitors.iterate(clause)} - {None}


def _is_to_one(join: Join) -> bool:
    """True when *join* matches each left row with at most one row: ON right.primary_key = x."""
    condition = join.onclause
    if not isinstance(condition, BinaryExpression) or condition.operator is not operators.eq:
        return False
    key = list(join.right.primary_key)
    return len(key) == 1 and any(side.compare(key[0]) for side in (condition.left, condition.right))


def count_statement(statement: Select[Any], *, limit: int | None = None,
                    froms: Sequence[Any] | None = None) -> Select[Any]:
    """``SELECT count(*)`` of *statement*'s rows, or with *limit* of at most ``limit + 1`` of them
    (``SELECT count(*) FROM (SELECT 1 ... LIMIT limit + 1)``: more than *limit* means "more").

    *statement* is a list statement (store.queries): its rows are the rows of its FROM that pass
    its WHERE, one each (no DISTINCT, GROUP BY, HAVING or LIMIT), so the count is built from
    those two parts alone (``get_final_froms()``, ``whereclause``), not from the select list.
    Outer joins on the joined table's primary key (a request's officer) add columns, never rows,
    so they are left out when the WHERE does not use them: SQLite would otherwise look up the
    officer of each of 200,000 requests just to count them (a third of the count's time).
    *froms* may give ``statement.get_final_froms()`` when known (it compiles the statement), as
    a builder's :attr:`ListSelect.source` does.
    """
    if limit is not None:
        return select(func.count()).select_from(_rows(statement, froms).limit(limit + 1).subquery())
    return _rows(statement, froms, func.count())


def _rows(statement: Select[Any], froms: Sequence[Any] | None = None, what: Any = None) -> Select[Any]:
    """``SELECT 1`` (or *what*) for each row of list *statement*, without the outer joins that
    only add columns (see :func:`count_statement`)."""
    froms = statement.get_final_froms() if froms is None else froms
    where = statement.whereclause
    needed = _tables_in(where) if where is not None else set()
    sources: list[Any] = []
    for source in froms:
        while isinstance(source, Join) and source.isouter and _is_to_one(source) and source.right not in needed:
            source = source.left
        sources.append(source)
    rows: Select[Any] = select(literal_column("1") if what is None else what).select_from(*sources)
    return rows.where(where) if where is not None else rows


def _count(session: Session, statement: Select[Any], limit: int | None = None,
           froms: Sequence[Any] | None = None) -> int:
    return int(session.execute(count_statement(statement, limit=limit, froms=froms)).scalar_one())


def _count_from_index(session: Session, build: ListStatement, limit: int) -> int:
    """The rows of a searched list (SQLite), counted up to ``limit + 1`` as :func:`_count` does,
    read from the full-text index one match at a time (:attr:`SearchPlan.READ_FROM_INDEX`): a search matching
    100,000 rows stops after ``limit + 1`` of them, where :func:`_count` first collects every
    match."""
    own = build(search_plan=SearchPlan.READ_FROM_INDEX)
    return int(session.execute(
        select(func.count()).select_from(_rows(own.statement, [own.source]).limit(limit + 1).subquery())
    ).scalar_one())


def _officer_has_many(session: Session, officer_rows: Select[Any]) -> bool:
    """Whether the chosen officer has more than :data:`FEW_MATCHES` of the rows the list may
    hold (*officer_rows*: :attr:`ListSelect.officer_rows`, one index read up to there): so many
    are read in the sort index's order, each row checked (``officer_checked``, store.queries),
    fewer from the officer's index, then sorted."""
    rows = officer_rows.limit(FEW_MATCHES + 1).subquery()
    return int(session.execute(select(func.count()).select_from(rows)).scalar_one()) > FEW_MATCHES


def _name_groups(session: Session) -> list[list[str | None]]:
    """Officer ids grouped by name, in the order ``coalesce(officer.name, '')`` sorts them.

    The first group holds None (no officer, sorted as '') and any officer named ''; officers
    sharing a name share a group, so their rows are sorted together by the tiebreak, as the
    plain query does. The names are sorted by the database, in its collation.
    """
    groups: list[list[str | None]] = [[None]]
    name = ""
    for officer_id, officer_name in session.execute(select(Officer.id, Officer.name).order_by(Officer.name,
                                                                                              Officer.id)):
        if officer_name == name:
            groups[-1].append(officer_id)
        else:
            groups.append([officer_id])
            name = officer_name
    return groups


def _group_condition(column: Any, group: list[str | None]) -> ColumnElement[bool]:
    ids = [officer_id for officer_id in group if officer_id is not None]
    conditions: list[ColumnElement[bool]] = []
    if None in group:
        conditions.append(column.is_(None))
    if len(ids) == 1:
        conditions.append(column == ids[0])
    elif ids:
        conditions.append(column.in_(ids))
    return or_(*conditions)


def _ids_part_by_part(session: Session, parts: Iterable[tuple[Any, list[Any]]], *, offset: int,
                      limit: int) -> list[Any]:
    """A page of ids from *parts* read one after the other, each ``(rows, order)`` in its own
    order and stopping once the page is full. A part wholly before the page is counted (capped
    at the rows still to skip) and passed over, so the first page reads a few hundred index
    entries instead of sorting every row."""
    ids: list[Any] = []
    skip = offset
    for rows, order in parts:
        if len(ids) >= limit:
            break
        if skip:
            in_part = _count(session, rows, limit=skip)
            if in_part <= skip:
                skip -= in_part
                continue
        ids += session.scalars(rows.order_by(*order).offset(skip).limit(limit - len(ids))).all()
        skip = 0
    return ids


def _ids_by_name(session: Session, statement: Select[Any], sort: NameSort, id_column: Any, ties: Any, *,
                 descending: bool, offset: int, limit: int) -> list[Any]:
    """A page of ids sorted by officer name, then *ties* (:func:`store.sorting.tiebreak`): one
    officer (group) at a time, each group's rows in that order from the officer's index
    (``(officer_id)``, which SQLite keeps in rowid order)."""
    groups = _name_groups(session)
    order = [directed(ties, descending)]
    parts = ((statement.with_only_columns(id_column).where(_group_condition(sort.officer_id, group)), order)
             for group in (reversed(groups) if descending else groups))
    return _ids_part_by_part(session, parts, offset=offset, limit=limit)


def _ids_in_two_parts(session: Session, statement: Select[Any], sort: SplitSort, id_column: Any, ties: Any, *,
                      descending: bool, offset: int, limit: int) -> list[Any]:
    """A page of ids sorted by a :class:`SplitSort` value, then *ties*: the rows without a value
    in tiebreak order (first when ascending, as SQLite sorts empty values), the others in the order of
    *by*'s sort index, from the lowest (or highest) *by* any of them has, so the walk starts
    where they are (the late follow-ups are the last two months of 200,000)."""
    rows: Any = statement.with_only_columns(id_column)
    by_ascending = descending == sort.reversed
    edge = (func.min if by_ascending else func.max)(sort.by)
    start = select(edge).where(sort.present).correlate(None).scalar_subquery()  # not per row
    tie_order = directed(ties, descending)
    empty = (rows.where(sort.expression.is_(None)), [tie_order])
    valued = (rows.where(sort.present, sort.by >= start if by_ascending else sort.by <= start),
              [directed(sort.by, not by_ascending), tie_order])
    return _ids_part_by_part(session, (valued, empty) if descending else (empty, valued), offset=offset, limit=limit)


def read_page(
    session: Session,
    build: ListStatement,
    query: ListQuery,
    default_sort: str,
    id_column: Any,
    convert: Callable[[Any], T],
    *,
    count: bool = True,
) -> Page[T]:
    """One page of the list *build* makes, sorted as *query* asks (ties broken by
    :func:`store.sorting.tiebreak`: the rowid on SQLite, the id elsewhere), and the
    number of rows in the list (capped by ``query.count_limit`` when searching).

    A search is planned by how many rows it matches (SQLite): the full-text index alone
    counts its matches, up to :data:`FEW_MATCHES` (:func:`store.search.own_text_matches`, at
    least the list's rows); more than that, the list is counted up to FEW_MATCHES, or only to the
    count's cap (:func:`_count_from_index`: a list counted to "1,000+" then has many, one counted
    to fewer has few); a few matches are read through the full-text index and sorted
    (``ORDER BY +column``: no sort index may drive), many are read in the sort index's order,
    each row checked against the matches (:func:`store.search.matches` with ``drive=False``)
    until the page is full. Left to itself
    SQLite reads every match and sorts them, also for 100,000 of them. Either way the rows and their order are the same.
    A filter on one officer is planned alike (SQLite): more than FEW_MATCHES rows of the
    officer's in the officer's index, and they are checked in the sort index's order
    (:func:`_officer_has_many`).
    """
    dialect = session.get_bind().dialect.name
    listed = build()
    # An officer's rows (SQLite), planned as a search by how many they are: see _officer_has_many.
    if dialect == "sqlite" and listed.officer_rows is not None and _officer_has_many(session, listed.officer_rows):
        build = partial(build, officer_checked=True)
        listed = build()
    statement, sorts = listed.statement, listed.sorts
    # The tables and joins, the same for every plan but SearchPlan.READ_FROM_INDEX.
    froms = [listed.source]
    key = query.sort if query.sort in sorts else default_sort
    limit = max(0, min(query.limit, MAX_PAGE))
    # A search is what store.search.matches filters on: words as the index holds them ("_"
    # or "-" alone is none, and filters nothing, so it is counted exactly as no search).
    searching = bool(match_terms(query.search))
    adaptive = searching and dialect == "sqlite"
    cap = query.count_limit if searching and query.count_limit is not None else None
    total, exact, few_matches = -1, True, adaptive
    # The full-text index holds every word a row is found by (its own and those it borrows:
    # store.search.BORROWED), so the index alone (read at once) counts at least the list's rows:
    # at most FEW_MATCHES there are few matches without counting the list that far (reading
    # 5,000 matches with their rows takes 5 to 20 ms), and a count only goes to its cap.
    many = (adaptive and int(session.execute(
        own_text_matches(id_column.class_, query.search, FEW_MATCHES)).scalar_one()) > FEW_MATCHES)
    if count or many:
        # Many in the index: a list of more than FEW_MATCHES rows (or than the cap, which is
        # all a capped count says) is read in the sort index's order.
        probe = FEW_MATCHES if not count else None if cap is None else max(cap, 0)
        counted = (_count_from_index(session, build, probe) if adaptive and probe is not None
                   else _count(session, statement, probe, froms))
        if many:
            few_matches = counted <= (FEW_MATCHES if probe is None else min(FEW_MATCHES, probe))
        if count:
            total, exact = (counted, True) if cap is None or counted <= cap else (max(0, cap), False)
    if adaptive and not few_matches:
        statement = build(search_plan=SearchPlan.CHECKED_IN_ORDER).statement
    order = sorts[key]
    ties = tiebreak(id_column, dialect)
    # The page's ids first, then its rows: sorting (when no index gives the order, as for a
    # search's few matches) then handles ids and sort keys instead of whole rows with their
    # questions and advice, and SQLite can take them from covering indexes.
    page_ids: Sequence[Any]
    if isinstance(order, NameSort) and dialect == "sqlite" and not few_matches:
        page_ids = _ids_by_name(session, statement, order, id_column, ties, descending=query.descending,
                                offset=max(0, query.offset), limit=limit)
    elif isinstance(order, SplitSort) and not few_matches:
        page_ids = _ids_in_two_parts(session, statement, order, id_column, ties, descending=query.descending,
                                     offset=max(0, query.offset), limit=limit)
    else:
        expression = order.expression if isinstance(order, PlainOrder) else order
        if few_matches:
            expression = unindexed(expression, dialect)
        page_ids = session.scalars(
            statement.with_only_columns(id_column)
            .order_by(directed(expression, query.descending), directed(ties, query.descending))
            .offset(max(0, query.offset)).limit(limit)
        ).all()
    rows: Sequence[Any] = []
    if page_ids:
        position = {record_id: index for index, record_id in enumerate(page_ids)}
        # The same columns and joins, found by id: the filters (searches included) already chose.
        columns = [description["expr"] for description in statement.column_descriptions]
        fetch = select(*columns, id_column).select_from(*froms)
        fetched = session.execute(fetch.where(id_column.in_(page_ids))).all()
        rows = [row[:-1] for row in sorted(fetched, key=lambda row: position[row[-1]])]
    return Page([convert(row) for row in rows], total, query.offset, total_is_exact=exact)


def list_page(desk: Desk, listed: RecordList, query: ListQuery, to_row: Callable[[Any], T], *,
              count: bool = True) -> Page[T]:
    """One page of the catalogue's list *listed* (``fourthpillar.lists``) as filtered, searched
    and sorted by *query*, each row made by *to_row*: what every list_* service reads."""
    build = partial(LIST_STATEMENTS[listed.name], query, desk.database.engine.dialect.name)
    with desk.database.session() as session:
        return read_page(session, build, query, listed.default_sort, listed.id_column, to_row, count=count)
