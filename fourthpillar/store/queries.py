"""The three lists as SQL: filtering, searching and sorting happen in the database.

Each builder returns a ``Select`` of the rows' columns without ORDER BY/LIMIT, plus the
expressions a column can be sorted by, so a list of 200,000 rows is read a page at a time.
The columns, what each sorts by and the values a list computes come from the lists' catalogue
(:mod:`fourthpillar.lists`); the filters and the search are here.
Each list row is one row of the statement's FROM that passes its WHERE (no DISTINCT, GROUP BY
or HAVING): services.listing counts a list from those two parts alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from functools import cached_property
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy import Join
from sqlalchemy import UnaryExpression
from sqlalchemy import and_
from sqlalchemy import join
from sqlalchemy import select
from sqlalchemy import true
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.operators import custom_op

from fourthpillar import clock
from fourthpillar.domain.vocab import OPEN_REQUEST_STATUSES
from fourthpillar.lists import EVENTS
from fourthpillar.lists import FOLLOW_UPS
from fourthpillar.lists import INITIATIVES
from fourthpillar.lists import REGISTRATIONS
from fourthpillar.lists import REQUESTS
from fourthpillar.lists import Reading
from fourthpillar.lists import RecordList
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Event
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.models import OwnerOfficer
from fourthpillar.store.models import Registration
from fourthpillar.store.open_follow_ups import still_open
from fourthpillar.store.search import matches
from fourthpillar.store.search import own_text_join
from fourthpillar.store.search import unindexed
from fourthpillar.store.sorting import EmptyFirst
from fourthpillar.store.sorting import NameSort
from fourthpillar.store.sorting import SortKeys
from fourthpillar.store.types import code_pattern


@dataclass(frozen=True)
class ListQuery:
    """What the user chose in a list: search text, filters, sort and the page wanted.

    Filters that do not apply to a list are ignored by it. The events list reads ``due_from``
    and ``due_to`` as the range of its start dates.
    """

    search: str = ""
    status: str | None = None
    province: str | None = None
    theme: str | None = None
    topic: str | None = None
    channel: str | None = None
    officer_id: str | None = None
    initiative_id: str | None = None
    due_from: dt.date | None = None
    due_to: dt.date | None = None
    #: Events: of this kind only (``domain.vocab.EVENT_KINDS``).
    kind: str | None = None
    #: Registrations: of this event only.
    event_id: str | None = None
    #: Follow-ups: only those not done yet.
    open_only: bool = False
    include_archived: bool = False
    sort: str | None = None
    descending: bool = False
    offset: int = 0
    limit: int = 200
    #: When searching, count the matching rows only up to this many (the page then reports a
    #: total that is not exact: "1,000+"); None counts them all. Lists on screen set it, so a
    #: search matching 100,000 rows is not counted on every keystroke; the command line and
    #: exports leave it None.
    count_limit: int | None = None


class SearchPlan(Enum):
    """How a list builder applies the search (services.listing chooses, by how many rows match)."""

    #: The full-text index finds the matching rows (the default).
    FOUND_BY_INDEX = "found by index"
    #: Only the rows the sort order visits are each checked against the matches, until the page
    #: is full (many matches: see :func:`fourthpillar.store.search.matches` with ``drive=False``).
    CHECKED_IN_ORDER = "checked in order"
    #: On SQLite, the list's rows joined to the full-text index, read from it one match at a
    #: time, so a capped count stops at its limit, where ``rowid IN (...)`` first collects every
    #: match (10 ms for a two-letter word on 200,000 requests). Since migration 0018 the index
    #: also holds the words a row borrows from its initiative or contact person
    #: (store.search.BORROWED): no row is found through another table's index any more.
    READ_FROM_INDEX = "read from index"


@dataclass(frozen=True)
class ListSelect:
    """A list as a builder makes it: its statement and the expressions its columns sort by."""

    statement: Any
    #: The statement's FROM: the listed table joined to those whose columns it shows (and for
    #: SearchPlan.READ_FROM_INDEX on SQLite to the full-text index). ``statement.get_final_froms()``
    #: would say the same after compiling the whole statement (2 ms on every keystroke), but for
    #: a statement that reads the same joins in a fixed order (:class:`InOrder`).
    source: Any
    listed: RecordList
    reading: Reading
    #: The chosen officer's rows the list may hold, read from one index alone (:func:`_officer_rows`);
    #: None without an officer filter.
    officer_rows: Any = None

    @cached_property
    def sorts(self) -> SortKeys:
        """Column key -> what ``ORDER BY`` sorts it by. Made when asked: a keystroke builds a
        list up to four times (services.listing), and only one of them is sorted."""
        return self.listed.sort_keys(self.reading)


#: Sort helpers and the owner's alias, also imported from here.
__all__ = [
    "LIST_STATEMENTS",
    "EmptyFirst",
    "ListQuery",
    "ListSelect",
    "NameSort",
    "OwnerOfficer",
    "SearchPlan",
    "SortKeys",
    "events",
    "follow_ups",
    "initiative_filters",
    "initiatives",
    "registrations",
    "requests",
]


def _listed(columns: tuple[Any, ...], source: Any, conditions: list[ColumnElement[bool]], query: ListQuery,
            dialect: str, plan: SearchPlan, listed: RecordList, officer_rows: Any = None,
            page_source: Any = None) -> ListSelect:
    """The list *listed*: its *columns* from *source* (joined to the full-text index for
    SearchPlan.READ_FROM_INDEX on SQLite, :func:`_joined_to_matches`) where *conditions* hold, with the
    values *listed* computes selected last (a follow-up's days late), and its sort keys.
    *page_source*: the same joins in an order SQLite keeps (:class:`InOrder`), read by the
    statement (the page) but not by the count or the rows fetched by id, which *source* serves."""
    reading = Reading(dialect, clock.today())
    computed = [column.sql(reading).label(column.key) for column in listed.computed_columns()]
    source = _joined_to_matches(source, listed, query.search, dialect, plan)
    statement = (select(*columns, *computed).select_from(source if page_source is None else page_source)
                 .where(and_(true(), *conditions)))
    return ListSelect(statement, source, listed, reading, officer_rows)


def _live(record: Any, dialect: str) -> list[ColumnElement[bool]]:
    """Neither the listed *record* (a request or follow-up) nor its initiative is archived.

    On SQLite the initiative's half is written as ``(+initiative.archived_at) IS
    record.archived_at`` (NULL, as the first half requires): a condition on the initiative
    alone makes SQLite build a Bloom filter of every initiative before the first row of each
    page (7 ms of 8 on 200,000 requests). The unary ``+`` keeps SQLite 3.4x and later (the
    SQLCipher the register is opened with) from deriving ``initiative.archived_at IS NULL``
    from the two halves and driving the page from the initiatives, sorting every row (25 ms
    instead of 0.1 on 20,000 requests): the page is read in the sort index's order, and each
    row's initiative found by its id.
    """
    if dialect != "sqlite":
        return [record.archived_at.is_(None), Initiative.archived_at.is_(None)]
    column = Initiative.__table__.c.archived_at
    not_indexed = UnaryExpression(column, operator=custom_op("+"), type_=column.type)
    return [record.archived_at.is_(None), not_indexed.is_not_distinct_from(record.archived_at)]


def _own_text(model: Any, text: str, dialect: str, plan: SearchPlan) -> ColumnElement[bool]:
    """The search on the listed rows' text, their own and what they borrow from their parent
    (store.search.BORROWED), as *plan* asks (see :func:`_joined_to_matches` for
    SearchPlan.READ_FROM_INDEX on SQLite)."""
    if plan is SearchPlan.READ_FROM_INDEX:
        return true() if dialect == "sqlite" else matches(model, text, dialect)
    return matches(model, text, dialect, drive=plan is not SearchPlan.CHECKED_IN_ORDER)


def _joined_to_matches(source: Any, listed: RecordList, text: str, dialect: str, plan: SearchPlan) -> Any:
    """*source* joined to the listed table's full-text index for SearchPlan.READ_FROM_INDEX on SQLite:
    the rows whose own text matches, read from the index one at a time."""
    model = listed.id_column.class_
    joined = own_text_join(model, text) if plan is SearchPlan.READ_FROM_INDEX and text and dialect == "sqlite" else None
    return source if joined is None else source.join(*joined)


def initiative_filters(query: ListQuery) -> list[ColumnElement[bool]]:
    """The filters on the initiative itself (province, theme), shared by all three lists."""
    conditions: list[ColumnElement[bool]] = []
    if query.province:
        conditions.append(Initiative.province == query.province)
    if query.theme:
        conditions.append(Initiative.themes.like(code_pattern(query.theme), escape="\\"))
    return conditions


def _standalone_filters(model: type[Initiative] | type[Event], query: ListQuery) -> list[ColumnElement[bool]]:
    """A list of records that stand on their own (initiatives, events): the live ones unless the
    archived are asked for too, of the status chosen."""
    conditions: list[ColumnElement[bool]] = [] if query.include_archived else [model.archived_at.is_(None)]
    if query.status:
        conditions.append(model.status == query.status)
    return conditions


def _officer_filter(officer_id: Any, query: ListQuery, dialect: str, checked: bool) -> list[ColumnElement[bool]]:
    """The rows of the officer chosen (``query.officer_id``) in the list's *officer_id* column.

    *checked*: the rows the sort order visits are each checked (SQLite: ``+officer_id = ?``),
    for an officer with many rows (services.listing decides): found through the officer's
    index, all of them would be read and sorted for each page (200 ms for 49,000 of 200,000
    requests), where the sort index's order finds a page's worth after a few hundred rows."""
    if not query.officer_id:
        return []
    return [(unindexed(officer_id, dialect) if checked else officer_id) == query.officer_id]


def _officer_rows(officer_id: Any, query: ListQuery, *narrowing: ColumnElement[bool]) -> Any:
    """The rows of the officer chosen that the list may hold, as one index counts them without
    reading a row (*narrowing*: the open follow-ups' own condition, the owner's open ones being
    in their index): services.listing counts them up to a few thousand to plan the list."""
    return select(officer_id).where(officer_id == query.officer_id, *narrowing) if query.officer_id else None


def _work_filters(query: ListQuery, officer_id: QueryableAttribute[Any], initiative_id: QueryableAttribute[Any],
                  due_on: QueryableAttribute[Any], dialect: str, officer_checked: bool) -> list[ColumnElement[bool]]:
    """The filters requests and follow-ups share: whose work it is (the request's officer, the
    follow-up's owner: :func:`_officer_filter`), for which initiative, and due between two dates."""
    conditions = _officer_filter(officer_id, query, dialect, officer_checked)
    if query.initiative_id:
        conditions.append(initiative_id == query.initiative_id)
    if query.due_from:
        conditions.append(due_on >= query.due_from)
    if query.due_to:
        conditions.append(due_on <= query.due_to)
    return conditions


class InOrder(Join):
    """An inner join of a table (left: the first `` JOIN `` written is this one's) that SQLite
    reads in the order written, the left table first (``CROSS JOIN``: its planner never
    reorders one); a plain join elsewhere."""

    inherit_cache = True


@compiles(InOrder, "sqlite")
def _cross_join(element: InOrder, compiler: Any, **kw: Any) -> str:
    return compiler.visit_join(element, **kw).replace(" JOIN ", " CROSS JOIN ", 1)  # type: ignore[no-any-return]


def _work_list(model: type[AdviceRequest] | type[FollowUp], officer: Any, officer_id: QueryableAttribute[Any],
               conditions: list[ColumnElement[bool]], query: ListQuery, dialect: str, search_plan: SearchPlan,
               listed: RecordList, officer_rows: Any, initiatives_first: bool = False) -> ListSelect:
    """The requests or follow-ups list from its *conditions* and the search (in the record's own
    text or its initiative's name and municipality): each row with its initiative's name and its
    officer's (*officer*, joined on *officer_id*; outer: a record may have none).

    *initiatives_first* (SQLite): the page is read from the initiatives in the order of their
    index, each one's records found by its id (see :func:`follow_ups`)."""
    if query.search:
        conditions.append(_own_text(model, query.search, dialect, search_plan))
    on_initiative = model.initiative_id == Initiative.id
    source = join(model, Initiative, on_initiative).outerjoin(officer, officer_id == officer.id)
    page_source = (InOrder(Initiative, model, on_initiative).outerjoin(officer, officer_id == officer.id)
                   if initiatives_first and dialect == "sqlite" else None)
    return _listed((model, Initiative.name, officer.name), source, conditions, query, dialect, search_plan, listed,
                   officer_rows, page_source)


def initiatives(query: ListQuery, dialect: str, *, search_plan: SearchPlan = SearchPlan.FOUND_BY_INDEX,
                officer_checked: bool = False) -> ListSelect:
    """The initiatives list, its search applied as *search_plan* says (*officer_checked*: as
    :func:`_officer_filter` applies a list's officer filter; the initiatives have none)."""
    conditions = _standalone_filters(Initiative, query) + initiative_filters(query)
    if query.search:
        conditions.append(_own_text(Initiative, query.search, dialect, search_plan))
    return _listed((Initiative,), Initiative.__table__, conditions, query, dialect, search_plan, INITIATIVES)


def requests(query: ListQuery, dialect: str, *, search_plan: SearchPlan = SearchPlan.FOUND_BY_INDEX,
             officer_checked: bool = False) -> ListSelect:
    """The requests list (``search_plan``, ``officer_checked`` as for :func:`initiatives`)."""
    conditions: list[ColumnElement[bool]] = []
    if not query.include_archived:
        conditions += _live(AdviceRequest, dialect)
    if query.status == "open":
        conditions.append(AdviceRequest.status.in_(OPEN_REQUEST_STATUSES))
    elif query.status:
        conditions.append(AdviceRequest.status == query.status)
    conditions += initiative_filters(query)
    if query.topic:
        conditions.append(AdviceRequest.topics.like(code_pattern(query.topic), escape="\\"))
    if query.channel:
        conditions.append(AdviceRequest.channel == query.channel)
    conditions += _work_filters(query, AdviceRequest.officer_id, AdviceRequest.initiative_id, AdviceRequest.due_on,
                                dialect, officer_checked)
    return _work_list(AdviceRequest, Officer, AdviceRequest.officer_id, conditions, query, dialect, search_plan,
                      REQUESTS, _officer_rows(AdviceRequest.officer_id, query))


def follow_ups(query: ListQuery, dialect: str, *, search_plan: SearchPlan = SearchPlan.FOUND_BY_INDEX,
               officer_checked: bool = False) -> ListSelect:
    """The follow-ups list (``search_plan``, ``officer_checked`` as for :func:`initiatives`)."""
    conditions: list[ColumnElement[bool]] = []
    if not query.include_archived:
        conditions += _live(FollowUp, dialect)
    open_ones = [still_open(FollowUp.done_on, dialect)] if query.open_only or query.status == "open" else []
    conditions += open_ones  # read from their indexes (0020)
    if query.status == "done" and not open_ones:
        conditions.append(FollowUp.done_on.is_not(None))
    conditions += initiative_filters(query)
    conditions += _work_filters(query, FollowUp.owner_id, FollowUp.initiative_id, FollowUp.due_on, dialect,
                                officer_checked)
    if query.topic:
        conditions.append(FollowUp.request_id.in_(
            select(AdviceRequest.id).where(AdviceRequest.topics.like(code_pattern(query.topic), escape="\\"))
        ))
    # An officer's many open ones sorted by initiative: SQLite would read all the open follow-ups
    # from their index (0020) and sort them (90 ms for 34,000 of 200,000), where the initiatives'
    # name index, each one's follow-ups checked, fills a page after a few hundred (1 ms).
    by_initiative = officer_checked and bool(open_ones) and not query.search and query.sort == "initiative_name"
    return _work_list(FollowUp, OwnerOfficer, FollowUp.owner_id, conditions, query, dialect, search_plan,
                      FOLLOW_UPS, _officer_rows(FollowUp.owner_id, query, *open_ones), by_initiative)


def events(query: ListQuery, dialect: str, *, search_plan: SearchPlan = SearchPlan.FOUND_BY_INDEX,
           officer_checked: bool = False) -> ListSelect:
    """The events list (``search_plan``, ``officer_checked`` as for :func:`initiatives`; searched in
    their own text only)."""
    conditions = _standalone_filters(Event, query)
    if query.kind:
        conditions.append(Event.kind == query.kind)
    if query.topic:
        conditions.append(Event.topics.like(code_pattern(query.topic), escape="\\"))
    conditions += _officer_filter(Event.officer_id, query, dialect, officer_checked)
    if query.due_from:
        conditions.append(Event.starts_on >= query.due_from)
    if query.due_to:
        conditions.append(Event.starts_on <= query.due_to)
    if query.search:
        conditions.append(_own_text(Event, query.search, dialect, search_plan))
    source = join(Event, Officer, Event.officer_id == Officer.id, isouter=True)
    return _listed((Event, Officer.name), source, conditions, query, dialect, search_plan, EVENTS,
                   _officer_rows(Event.officer_id, query))


def registrations(query: ListQuery, dialect: str, *, search_plan: SearchPlan = SearchPlan.FOUND_BY_INDEX,
                  officer_checked: bool = False) -> ListSelect:
    """The registrations list: of one event (``event_id``), an initiative's people or all.

    A search finds a walk-in's own name or e-mail, or its contact person's
    (store.search.BORROWED)."""
    conditions: list[ColumnElement[bool]] = []
    if not query.include_archived:
        if dialect == "sqlite":  # as _live: the page is read in the sort index's order, not the events'
            column = Event.__table__.c.archived_at
            event_archived = UnaryExpression(column, operator=custom_op("+"), type_=column.type)
            conditions += [Registration.archived_at.is_(None),
                           event_archived.is_not_distinct_from(Registration.archived_at)]
        else:
            conditions += [Registration.archived_at.is_(None), Event.archived_at.is_(None)]
    if query.status:
        conditions.append(Registration.status == query.status)
    if query.event_id:
        conditions.append(Registration.event_id == query.event_id)
    if query.initiative_id:
        conditions.append(Registration.initiative_id == query.initiative_id)
    conditions += initiative_filters(query)
    if query.search:
        conditions.append(_own_text(Registration, query.search, dialect, search_plan))
    source = (join(Registration, Event, Registration.event_id == Event.id)
              .outerjoin(ContactPerson, Registration.contact_id == ContactPerson.id)
              .outerjoin(Initiative, Registration.initiative_id == Initiative.id))
    return _listed((Registration, Event.title, Event.starts_on, ContactPerson.name, ContactPerson.email,
                    Initiative.name), source, conditions, query, dialect, search_plan, REGISTRATIONS)


#: Each list's statement builder, by the list's name (``fourthpillar.lists``).
LIST_STATEMENTS = {INITIATIVES.name: initiatives, REQUESTS.name: requests, FOLLOW_UPS.name: follow_ups,
                   EVENTS.name: events, REGISTRATIONS.name: registrations}
