"""The three lists filter, sort and page alike on SQLite and on PostgreSQL.

A list is read a page at a time (``ORDER BY column, tiebreak LIMIT n OFFSET m``, the tiebreak
being the rowid on SQLite and the id on PostgreSQL): if the order were
not total, or empty values sorted differently on the two databases, rows would go missing or
show twice while scrolling, and a shared-database office would see its lists in another order.
A small register (about 40 initiatives, 60 requests, 40 follow-ups) with ties and empty values.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from store_helpers import add_all
from store_helpers import fresh_database
from store_helpers import initiative

from fourthpillar.services import listing
from fourthpillar.store import queries
from fourthpillar.store.database import Database
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Event
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.models import Registration
from fourthpillar.store.queries import ListQuery
from fourthpillar.store.sorting import tiebreak

ARCHIVED = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)
#: list name -> query builder, default sort, id column
LISTS: dict[str, tuple[Callable[..., Any], str, Any]] = {
    "initiatives": (queries.initiatives, "name", Initiative.id),
    "requests": (queries.requests, "received_on", AdviceRequest.id),
    "follow_ups": (queries.follow_ups, "due_on", FollowUp.id),
    "events": (queries.events, "starts_on", Event.id),
    "registrations": (queries.registrations, "registered_on", Registration.id),
}
NAMES = ["Vzw Samen", "vzw samen", "Zoë Helpt", "Gent Helpt", "École Plus", "Aalst Deelt", "Brugge Bouwt"]


def _fill(database: Database) -> dict[str, Any]:
    """A register with repeated names, dates and officers and empty values in every sortable
    column that may be empty; some records archived, some of archived initiatives."""
    chance = random.Random(5)
    officers = [Officer(name=name) for name in ("An Peeters", "Bart Claes", "An Peeters", "Zeynep Aydın")]
    add_all(database, *officers)
    initiatives = []
    for number in range(40):
        initiatives.append(initiative(
            NAMES[number % len(NAMES)],
            legal_form=chance.choice(["vzw", "fv", None]),
            enterprise_number=chance.choice([None, f"0{chance.randrange(10**8, 10**9)}"]),
            municipality=chance.choice(["Gent", "Leuven", "Liège", "Aalst"]),
            postcode=chance.choice(["9000", "3000", "4000", ""]),
            province=chance.choice(["antwerpen", "limburg", "brussel", None]),
            themes=chance.sample(["water-sanitation", "education", "climate"], chance.randrange(0, 3)),
            founded_year=chance.choice([None, 1990, 2005, 2020]),
            panel_member=chance.random() < 0.3,
            status=chance.choice(["active", "active", "dormant", "stopped"]),
            updated_at=dt.datetime(2026, 1, chance.randrange(1, 4), tzinfo=dt.UTC),
            archived_at=ARCHIVED if number % 9 == 4 else None,
        ))
    add_all(database, *initiatives)
    requests = []
    for number in range(60):
        received = dt.date(2026, 1, 1) + dt.timedelta(days=chance.randrange(0, 20))
        requests.append(AdviceRequest(
            initiative_id=initiatives[number % len(initiatives)].id,
            received_on=received,
            channel=chance.choice(["phone", "email", "event"]),
            topics=chance.sample(["subsidies", "governance", "finance-admin"], chance.randrange(0, 3)),
            question=f"Vraag {number}",
            status=chance.choice(["new", "in-progress", "waiting", "answered", "closed"]),
            officer_id=chance.choice([None, *(officer.id for officer in officers)]),
            due_on=chance.choice([None, received + dt.timedelta(days=chance.randrange(5, 30))]),
            answered_on=chance.choice([None, received + dt.timedelta(days=3)]),
            minutes_spent=chance.choice([None, 15, 30, 60]),
            updated_at=dt.datetime(2026, 1, 5, chance.randrange(0, 3), tzinfo=dt.UTC),
            archived_at=ARCHIVED if number % 11 == 3 else None,
        ))
    add_all(database, *requests)
    follow_ups = []
    for number in range(40):
        request = requests[number] if number % 2 else None
        follow_ups.append(FollowUp(
            initiative_id=request.initiative_id if request else initiatives[number].id,
            request_id=request.id if request else None,
            action=chance.choice(["Bellen", "bellen", "Mail sturen", "Langsgaan"]),
            due_on=dt.date(2026, 2, 1) + dt.timedelta(days=chance.randrange(0, 10)),
            owner_id=chance.choice([None, *(officer.id for officer in officers)]),
            done_on=chance.choice([None, dt.date(2026, 2, 3)]),
            updated_at=dt.datetime(2026, 1, 6, tzinfo=dt.UTC),
            archived_at=ARCHIVED if number % 13 == 5 else None,
        ))
    add_all(database, *follow_ups)
    contacts = [ContactPerson(initiative_id=initiatives[number].id, name=NAMES[number % len(NAMES)] + " contact")
                for number in range(10)]
    add_all(database, *contacts)
    events = [Event(title=NAMES[number % len(NAMES)] + " vorming", kind=chance.choice(["training", "webinar"]),
                    starts_on=dt.date(2026, 3, 1) + dt.timedelta(days=chance.randrange(0, 8)),
                    status=chance.choice(["planned", "open", "held"]), capacity=chance.choice([None, 10, 20]),
                    officer_id=chance.choice([None, *(officer.id for officer in officers)]),
                    updated_at=dt.datetime(2026, 1, 7, chance.randrange(0, 3), tzinfo=dt.UTC),
                    archived_at=ARCHIVED if number % 10 == 4 else None) for number in range(30)]
    add_all(database, *events)
    registrations = []
    for number in range(50):
        contact = contacts[number % 10] if number % 3 else None
        registrations.append(Registration(
            event_id=events[number % len(events)].id, contact_id=contact.id if contact else None,
            initiative_id=contact.initiative_id if contact else None,
            name="" if contact else NAMES[number % len(NAMES)], email="",
            status=chance.choice(["registered", "waiting", "attended"]),
            registered_on=dt.date(2026, 2, 1) + dt.timedelta(days=chance.randrange(0, 6)),
            updated_at=dt.datetime(2026, 1, 8, chance.randrange(0, 3), tzinfo=dt.UTC),
            archived_at=ARCHIVED if number % 12 == 7 else None))
    add_all(database, *registrations)
    return {"officers": [officer.id for officer in officers], "initiatives": [record.id for record in initiatives]}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def filled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The small register above, on each database (shared by this module's tests: they only read)."""
    folder: Path = tmp_path_factory.mktemp("data")
    with fresh_database(request, request.param, folder) as database:
        database.fill = _fill(database)  # type: ignore[attr-defined]
        yield database


def _page(database: Database, kind: str, query: ListQuery, *, count: bool = True) -> tuple[list[str], Any]:
    build, default_sort, id_column = LISTS[kind]
    with database.session() as session:
        # As the services build it: the list's query builder with the query and dialect filled in.
        statement = partial(build, query, session.get_bind().dialect.name)
        page = listing.read_page(session, statement, query, default_sort, id_column, lambda row: row[0].id,
                                 count=count)
    return page.rows, page


def _expected(database: Database, kind: str, query: ListQuery) -> list[str]:
    """The list in the order the store promises: by the sort value with empty values first
    (last when descending, as SQLite does), then by the tiebreak (the rowid on SQLite, the id
    on PostgreSQL: store.sorting.tiebreak); computed here, not by the database."""
    build, default_sort, id_column = LISTS[kind]
    with database.session() as session:
        dialect = session.get_bind().dialect.name
        built = build(query, dialect)
        statement, sorts = built.statement, built.sorts
        order = sorts[query.sort or default_sort]
        expression = getattr(order, "expression", order)  # a NameSort's or EmptyFirst's, or the column's
        rows = session.execute(statement.with_only_columns(id_column, expression, tiebreak(id_column, dialect))).all()
    ordered = sorted(rows, key=lambda row: (row[1] is not None, row[1] if row[1] is not None else 0, row[2]),
                     reverse=query.descending)
    return [row[0] for row in ordered]


SORTS = [(kind, key) for kind, (build, _default, _id) in LISTS.items()
         for key in build(ListQuery(), "sqlite").sorts]


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize(("kind", "sort"), SORTS, ids=[f"{kind}-{key}" for kind, key in SORTS])
def test_every_sort_pages_through_each_row_once_in_the_same_order(filled: Database, kind: str, sort: str,
                                                                  descending: bool) -> None:
    """Scrolling a sorted list page by page shows every row exactly once, ties in tiebreak
    order (rowid on SQLite, id on PostgreSQL) and empty values first (ascending) on both
    databases: PostgreSQL on its own sorts them last."""
    query = ListQuery(sort=sort, descending=descending, limit=7)
    expected = _expected(filled, kind, query)
    seen: list[str] = []
    for offset in range(0, len(expected) + 7, 7):
        rows, page = _page(filled, kind, ListQuery(sort=sort, descending=descending, offset=offset, limit=7))
        assert page.total == len(expected) and page.total_is_exact
        seen += rows
    assert seen == expected
    assert len(set(seen)) == len(seen) > 20


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
def test_rows_with_one_sort_value_page_through_once_each_in_stored_order(filled: Database, descending: bool) -> None:
    """Requests of one channel sorted by channel: every row ties, so the page boundaries fall
    wholly on the tiebreak. Each page must break the ties the same way, or scrolling shows some
    requests twice and never shows others. On SQLite the ties are in the order the requests
    were stored in (their rowid), which for this register is not their ids' order."""
    query = ListQuery(channel="phone", sort="channel", descending=descending)
    with filled.session() as session:
        dialect = session.get_bind().dialect.name
        ties = tiebreak(AdviceRequest.id, dialect)
        live = queries.requests(query, dialect).statement.with_only_columns(AdviceRequest.id)
        stored = list(session.scalars(live.order_by(ties.desc() if descending else ties.asc())))
    assert len(stored) > 10
    if dialect == "sqlite":
        assert stored != sorted(stored, reverse=descending)  # the rowid, not the id, decides
    seen: list[str] = []
    for offset in range(0, len(stored) + 3, 3):
        rows, page = _page(filled, "requests", replace(query, offset=offset, limit=3))
        assert page.total == len(stored)
        seen += rows
    assert seen == stored


def _ids(database: Database, kind: str, **filters: Any) -> set[str]:
    rows, _ = _page(database, kind, ListQuery(limit=1000, **filters))
    return set(rows)


def _where(database: Database, model: Any, *conditions: Any) -> set[str]:
    with database.session() as session:
        return set(session.scalars(select(model.id).where(*conditions)))


def test_initiative_filters_select_the_same_rows(filled: Database) -> None:
    """Province, theme and status filters, and showing archived records, choose the same
    initiatives on both databases; archived ones stay out unless asked for."""
    live = Initiative.archived_at.is_(None)
    assert _ids(filled, "initiatives") == _where(filled, Initiative, live)
    assert _ids(filled, "initiatives", include_archived=True) == _where(filled, Initiative)
    assert _ids(filled, "initiatives", province="limburg") == _where(filled, Initiative, live,
                                                                      Initiative.province == "limburg")
    with filled.session() as session:
        themed = {record.id for record in session.scalars(select(Initiative).where(live))
                  if "education" in record.themes}
    assert _ids(filled, "initiatives", theme="education") == themed
    assert _ids(filled, "initiatives", status="dormant", province="antwerpen") == _where(
        filled, Initiative, live, Initiative.status == "dormant", Initiative.province == "antwerpen")


def test_request_filters_select_the_same_rows(filled: Database) -> None:
    """Open requests, topic, channel, officer and due-date range filters agree on both databases,
    and requests of archived initiatives are left out."""
    live = (AdviceRequest.archived_at.is_(None),
            AdviceRequest.initiative_id.in_(select(Initiative.id).where(Initiative.archived_at.is_(None))))
    officer = filled.fill["officers"][0]  # type: ignore[attr-defined]
    assert _ids(filled, "requests") == _where(filled, AdviceRequest, *live)
    assert _ids(filled, "requests", status="open") == _where(
        filled, AdviceRequest, *live, AdviceRequest.status.in_(["new", "in-progress", "waiting"]))
    assert _ids(filled, "requests", channel="email", officer_id=officer) == _where(
        filled, AdviceRequest, *live, AdviceRequest.channel == "email", AdviceRequest.officer_id == officer)
    march = (dt.date(2026, 1, 10), dt.date(2026, 1, 25))
    assert _ids(filled, "requests", due_from=march[0], due_to=march[1]) == _where(
        filled, AdviceRequest, *live, AdviceRequest.due_on.between(*march))
    with filled.session() as session:
        about_subsidies = {record.id for record in session.scalars(select(AdviceRequest).where(*live))
                           if "subsidies" in record.topics}
    assert _ids(filled, "requests", topic="subsidies") == about_subsidies
    assert about_subsidies


def test_follow_up_filters_select_the_same_rows(filled: Database) -> None:
    """Open only, done, and due ranges select the same follow-ups on both databases."""
    live = (FollowUp.archived_at.is_(None),
            FollowUp.initiative_id.in_(select(Initiative.id).where(Initiative.archived_at.is_(None))))
    assert _ids(filled, "follow_ups", open_only=True) == _where(filled, FollowUp, *live, FollowUp.done_on.is_(None))
    assert _ids(filled, "follow_ups", status="done") == _where(filled, FollowUp, *live, FollowUp.done_on.is_not(None))
    assert _ids(filled, "follow_ups", due_from=dt.date(2026, 2, 3), due_to=dt.date(2026, 2, 5),
                include_archived=True) == _where(filled, FollowUp, FollowUp.due_on.between(dt.date(2026, 2, 3),
                                                                                          dt.date(2026, 2, 5)))


@pytest.mark.parametrize(("search", "cap", "expected_total", "exact"), [
    ("", 5, None, True),  # no search: the count is always exact
    ("samen", None, None, True),
    ("samen", 5, 5, False),  # more matches than the cap: "5+"
    ("samen", 1000, None, True),
    ("zzzq", 5, 0, True),
])
def test_counts_are_exact_or_say_they_were_capped(filled: Database, search: str, cap: int | None,
                                                  expected_total: int | None, exact: bool) -> None:
    """The list's "N records" (or "N+" while typing a search) is the same on both databases."""
    everything = _expected(filled, "initiatives", ListQuery(search=search))
    _rows, page = _page(filled, "initiatives", ListQuery(search=search, count_limit=cap, limit=3))
    assert page.total == (len(everything) if expected_total is None else expected_total)
    assert page.total_is_exact is exact
    if search == "samen":
        assert len(everything) > 5


def test_a_search_is_case_and_accent_blind_in_every_list(filled: Database) -> None:
    """"zoe", "ZOË" and "Zoë" list the same initiatives, requests and follow-ups."""
    for kind in LISTS:
        found = [_ids(filled, kind, search=text) for text in ("zoe", "ZOË", "Zoë", "zo")]
        assert found[0] and all(result == found[0] for result in found)


def test_a_page_without_count_reads_the_same_rows(filled: Database) -> None:
    """Scrolling on (no count asked) must show the rows a counted page would."""
    query = ListQuery(search="helpt", sort="municipality", offset=2, limit=4)
    counted, _ = _page(filled, "initiatives", query)
    uncounted, page = _page(filled, "initiatives", query, count=False)
    assert uncounted == counted and page.total == -1
