"""How a list page is read (services.listing.read_page) must never change what it shows.

A search is read from its matches when they are few and in the sort index's order when they are
many; a sort by officer name reads one officer at a time; a search's count may stop at a limit.
If these tests fail, a list shows other rows, or the same rows in another order, than the
plain query (filter, ORDER BY column, tiebreak: the rowid on SQLite, the id on PostgreSQL)
would: rows missing or doubled while scrolling.
Runs on SQLite and PostgreSQL, on a few hundred demonstration initiatives.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from database_helpers import postgres_copy
from sqlalchemy import Column
from sqlalchemy import text

from fourthpillar.lists.catalogue import list_named
from fourthpillar.services import demo
from fourthpillar.services import events
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import listing
from fourthpillar.services import officers
from fourthpillar.services import registrations
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store import queries
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import Event
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Registration
from fourthpillar.store.queries import ListQuery
from fourthpillar.store.queries import SearchPlan
from fourthpillar.store.search import own_text_matches
from fourthpillar.store.sorting import tiebreak

#: list function, query builder, default sort, id column
LISTS: dict[str, tuple[Callable[..., Any], Callable[..., Any], str, Any]] = {
    "initiatives": (initiatives.list_initiatives, queries.initiatives, "name", Initiative.id),
    "requests": (requests.list_requests, queries.requests, "received_on", AdviceRequest.id),
    "follow_ups": (followups.list_follow_ups, queries.follow_ups, "due_on", FollowUp.id),
    "events": (events.list_events, queries.events, "starts_on", Event.id),
    "registrations": (registrations.list_registrations, queries.registrations, "registered_on", Registration.id),
}
#: Sorts checked per list: the default, a plain column, and the officer's name.
SORTS = {
    "initiatives": ["name", "municipality"],
    "requests": ["received_on", "channel", "officer_name"],
    "follow_ups": ["due_on", "owner_name", "days_late"],
    "events": ["starts_on", "title", "officer_name"],
    "registrations": ["registered_on", "status"],
}
#: Short prefixes match many rows, longer words few; one word matches nothing.
SEARCHES = ["an", "be", "leuven", "subsid", "zzzzq"]


def _prepare(desk: Desk) -> Desk:
    officers.sign_in(desk, name="An Peeters", region="antwerpen")
    demo.load_demo_data(desk, initiatives=300, seed=7)
    # Two officers with one name: their rows sort together, by the tiebreak, wherever each officer's are.
    twin = officers.register_officer(desk, values={"name": "Tom De Smet", "region": "limburg"}).id
    page = requests.list_requests(desk, query=ListQuery(limit=40))
    for row in page.rows[::3]:
        requests.update_request(desk, request_id=row.id, changes={"officer_id": twin})
    for row in page.rows[1::5]:
        requests.update_request(desk, request_id=row.id, changes={"officer_id": None})
    for row in followups.list_follow_ups(desk, query=ListQuery(limit=30)).rows[::3]:
        followups.update_follow_up(desk, follow_up_id=row.id, changes={"owner_id": twin})
    # Archived rows, and live requests and follow-ups of an archived initiative, stay out of
    # every list (and its count) unless archived ones are asked for.
    initiatives.archive_initiative(desk, initiative_id=page.rows[2].initiative_id)
    requests.archive_request(desk, request_id=page.rows[4].id)
    followups.archive_follow_up(desk, follow_up_id=followups.list_follow_ups(desk, query=ListQuery(limit=9)).rows[7].id)
    return desk


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo_desk(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """300 demonstration initiatives (about 1,200 requests and follow-ups) on each database."""
    data_dir: Path = tmp_path_factory.mktemp("data")
    if request.param == "sqlite":
        opened = _prepare(open_desk(data_dir=data_dir))
        yield opened
        opened.close()
        return
    with postgres_copy(request) as url:
        opened = open_desk(data_dir=data_dir, database_url=url)
        try:
            yield _prepare(opened)
        finally:
            opened.close()


def plain_ids(desk: Desk, kind: str, query: ListQuery) -> list[str]:
    """The page as the plain query gives it: WHERE filters ORDER BY sort expression, tiebreak
    (the rowid on SQLite, the id on PostgreSQL)."""
    _, build, default, id_column = LISTS[kind]
    dialect = desk.database.engine.dialect.name
    built = build(query, dialect)
    statement, sorts = built.statement, built.sorts
    order = sorts[query.sort or default]
    ties = tiebreak(id_column, dialect)
    with desk.database.session() as session:
        return list(session.scalars(
            statement.with_only_columns(id_column)
            .order_by(order.desc() if query.descending else order.asc(),
                      ties.desc() if query.descending else ties.asc())
            .offset(query.offset).limit(query.limit)
        ).all())


def plain_total(desk: Desk, kind: str, query: ListQuery) -> int:
    _, build, _, _ = LISTS[kind]
    statement = build(query, desk.database.engine.dialect.name).statement
    with desk.database.session() as session:
        return int(session.execute(listing.count_statement(statement)).scalar_one())


def listed_ids(desk: Desk, kind: str, query: ListQuery) -> list[str]:
    call = LISTS[kind][0]
    return [row.id for row in call(desk, query=query, count=False).rows]


@pytest.mark.parametrize("few_matches", [0, 10**9], ids=["walk-sort-index", "read-matches"])
def test_searches_show_the_plain_querys_rows_in_its_order(demo_desk: Desk, few_matches: int,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Both search plans (and the officer-by-officer sort) give exactly the plain query's pages:
    first, middle and last pages, both directions, every list."""
    monkeypatch.setattr(listing, "FEW_MATCHES", few_matches)
    compared = 0
    for kind, sorts in SORTS.items():
        for search in SEARCHES:
            total = plain_total(demo_desk, kind, ListQuery(search=search))
            for sort in sorts:
                for descending in (False, True):
                    for offset in sorted({0, 17, max(0, total - 20)}):
                        query = ListQuery(search=search, sort=sort, descending=descending, offset=offset, limit=30)
                        expected = plain_ids(demo_desk, kind, query)
                        assert listed_ids(demo_desk, kind, query) == expected, (kind, search, sort, descending,
                                                                                offset)
                        compared += len(expected)
    assert compared > 3000  # the searches matched something


@pytest.mark.parametrize("count_limit", [4, 40])
def test_searches_counted_to_a_cap_show_the_plain_querys_rows(demo_desk: Desk, count_limit: int,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A search whose words the full-text index finds in the own text of many rows is counted
    only up to the list's cap ("40+") and read in the sort index's order; one with fewer is
    counted further and read from its matches. Either way the list shows the plain query's rows
    in its order and the count it would say: else typing a short word shows other rows, or a
    wrong "n+" above them."""
    monkeypatch.setattr(listing, "FEW_MATCHES", 60)
    dialect = demo_desk.database.engine.dialect.name
    many = 0
    for kind, sorts in SORTS.items():
        call, _, _, id_column = LISTS[kind]
        for search in SEARCHES:
            total = plain_total(demo_desk, kind, ListQuery(search=search))
            if dialect == "sqlite" and total > count_limit:
                with demo_desk.database.session() as session:
                    own = session.execute(own_text_matches(id_column.class_, search, 60)).scalar_one()
                many += own > 60
            for sort in sorts:
                for descending in (False, True):
                    query = ListQuery(search=search, sort=sort, descending=descending, limit=30)
                    page = call(demo_desk, query=replace(query, count_limit=count_limit))
                    assert [row.id for row in page.rows] == plain_ids(demo_desk, kind, query), (kind, search, sort)
                    expected = (total, True) if total <= count_limit else (count_limit, False)
                    assert (page.total, page.total_is_exact) == expected, (kind, search, sort)
    assert dialect != "sqlite" or many > 3  # the searches read in the sort index's order were some


def test_officer_sort_keeps_its_order_across_pages(demo_desk: Desk) -> None:
    """Sorted by officer (owner), the whole list reads page by page exactly as the plain query
    orders it: rows without an officer first (last when descending), officers sharing a name
    interleaved by the tiebreak, no row skipped or repeated at a page boundary. The same for
    follow-ups by days late (read in two parts: the ones not late by the tiebreak, the late ones
    by due date)."""
    for kind, sort in (("requests", "officer_name"), ("follow_ups", "owner_name"), ("follow_ups", "days_late")):
        total = plain_total(demo_desk, kind, ListQuery())
        for descending in (False, True):
            everything = plain_ids(demo_desk, kind, ListQuery(sort=sort, descending=descending, limit=total))
            paged: list[str] = []
            for offset in range(0, total, 97):
                paged += listed_ids(demo_desk, kind, ListQuery(sort=sort, descending=descending, offset=offset,
                                                               limit=97))
            assert paged == everything and len(set(paged)) == total


def test_capped_count_says_it_is_not_exact(demo_desk: Desk) -> None:
    """A search matching more rows than count_limit reports the limit, marked not exact ("1,000+");
    one matching fewer, or no search at all, reports the exact number."""
    total = plain_total(demo_desk, "requests", ListQuery(search="an"))
    assert total > 50
    capped = requests.list_requests(demo_desk, query=ListQuery(search="an", count_limit=50))
    assert (capped.total, capped.total_is_exact) == (50, False)
    assert [row.id for row in capped.rows] == plain_ids(demo_desk, "requests", ListQuery(search="an"))
    wide = requests.list_requests(demo_desk, query=ListQuery(search="an", count_limit=total))
    assert (wide.total, wide.total_is_exact) == (total, True)
    exact = requests.list_requests(demo_desk, query=ListQuery(search="an"))
    assert (exact.total, exact.total_is_exact) == (total, True)
    everything = plain_total(demo_desk, "requests", ListQuery())
    unsearched = requests.list_requests(demo_desk, query=ListQuery(count_limit=50))
    assert (unsearched.total, unsearched.total_is_exact) == (everything, True)


@pytest.mark.parametrize("typed", ["_", "__ -"])
def test_a_search_without_words_counts_as_no_search(demo_desk: Desk, typed: str) -> None:
    """Typing only "_" or "-" in a list's search box finds no words, so it filters nothing: the
    list shows every row with its exact count ("412 requests"), not a capped "50+" as for a real
    search, and in the same order as with an empty box."""
    everything = plain_total(demo_desk, "requests", ListQuery())
    assert everything > 50
    page = requests.list_requests(demo_desk, query=ListQuery(search=typed, count_limit=50))
    assert (page.total, page.total_is_exact) == (everything, True)
    assert [row.id for row in page.rows] == plain_ids(demo_desk, "requests", ListQuery())


#: Filters under which the parts and the capped counts are compared.
FILTERED = [{}, {"include_archived": True}, {"status": "open"}, {"province": "antwerpen"}]


def test_rows_read_from_the_index_are_the_searched_rows_once(demo_desk: Desk) -> None:
    """The rows a capped count reads from the full-text index (words of their own or borrowed
    from their initiative or contact person) are exactly the searched list's rows, none twice:
    else "1,000+" or a count would show for a list that holds fewer or more rows."""
    dialect = demo_desk.database.engine.dialect.name
    compared = 0
    for kind, (_, build, _, id_column) in LISTS.items():
        for search in SEARCHES:
            for filters in FILTERED:
                query = ListQuery(search=search, **filters)
                with demo_desk.database.session() as session:
                    read = session.scalars(build(query, dialect, search_plan=SearchPlan.READ_FROM_INDEX)
                                           .statement.with_only_columns(id_column)).all()
                    everything = session.scalars(build(query, dialect).statement.with_only_columns(id_column)).all()
                assert sorted(read) == sorted(everything), (kind, search, filters)
                compared += len(everything)
    assert compared > 3000


def test_capped_counts_agree_with_the_plain_count(demo_desk: Desk) -> None:
    """Every list, search and filter: a count capped at n says min(total, n), exact when the
    total is at most n; with few matches and with many (short words match many, long words
    few)."""
    for kind, (call, _, _, _) in LISTS.items():
        for search in SEARCHES:
            for filters in FILTERED:
                total = plain_total(demo_desk, kind, ListQuery(search=search, **filters))
                for limit in sorted({1, 7, max(1, total - 1), total + 1, 60}):
                    page = call(demo_desk, query=ListQuery(search=search, count_limit=limit, limit=5, **filters))
                    expected = (total, True) if total <= limit else (limit, False)
                    assert (page.total, page.total_is_exact) == expected, (kind, search, filters, limit)


@pytest.mark.parametrize("kind", ["requests", "follow_ups", "events", "registrations"])
def test_sqlite_reads_a_sorted_page_in_its_sort_index_order(demo_desk: Desk, kind: str) -> None:
    """The register is opened with SQLCipher's SQLite (3.4x or later), which derives
    'initiative not archived' from the list's conditions and, unless kept from it, drives every
    page from the initiatives and sorts all their rows: a sort that took 7 ms took 70."""
    if demo_desk.database.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's planner")
    _, build, _, id_column = LISTS[kind]
    built = build(ListQuery(), "sqlite")
    statement, sorts = built.statement, built.sorts
    with demo_desk.database.session() as session:
        session.execute(text("ANALYZE"))
        for key, order in sorts.items():
            if key.endswith("_name"):
                continue  # sorted by a joined table's column: a sort step is expected there
            if list_named(kind).column(key).compute is not None:  # type: ignore[union-attr]
                continue  # computed per reading from today's date (days late): no index can hold it
            page = (statement.with_only_columns(id_column).order_by(order.asc(), tiebreak(id_column, "sqlite").asc())
                    .limit(200).compile(dialect=demo_desk.database.engine.dialect,
                                        compile_kwargs={"literal_binds": True}))
            plan = [row[3] for row in session.execute(text(f"EXPLAIN QUERY PLAN {page}"))]
            # Not even the ties ("TEMP B-TREE FOR RIGHT PART OF ORDER BY"): the index holds the rowid.
            assert not any("TEMP B-TREE" in step for step in plan), (key, plan)


@pytest.mark.parametrize("kind", ["requests", "follow_ups", "events", "registrations", "initiatives"])
def test_sqlite_reads_a_page_sorted_by_a_column_from_its_one_column_index(demo_desk: Desk, kind: str) -> None:
    """On SQLite a list sorted by one of its own columns reads the page from that column's
    ``(column)`` index, whose entries hold the rowid that breaks the ties (migration 0017): no
    sort step, and no ``(column, id)`` index, which took twice the space in every register."""
    if demo_desk.database.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's planner")
    _, build, _, id_column = LISTS[kind]
    table = id_column.table
    built = build(ListQuery(), "sqlite")
    statement, sorts = built.statement, built.sorts
    checked = 0
    with demo_desk.database.session() as session:
        session.execute(text("ANALYZE"))
        for key, order in sorts.items():
            column = getattr(order, "expression", order)  # a model attribute's column
            if not isinstance(column, Column) or column.table is not table:
                continue  # an officer's name, a computed value: read in ways of their own
            indexes = {row[1]: [info[2] for info in session.execute(text(f"PRAGMA index_info('{row[1]}')"))]
                       for row in session.execute(text(f"PRAGMA index_list('{table.name}')"))}
            if kind == "initiatives" and [column.name] not in indexes.values():
                continue  # the initiatives' legal form, panel, ...: no index, a sort of the initiatives
            for descending in (False, True):
                page = (statement.with_only_columns(id_column)
                        .order_by(order.desc() if descending else order.asc(),
                                  tiebreak(id_column, "sqlite").desc() if descending else tiebreak(id_column,
                                                                                                    "sqlite").asc())
                        .limit(200).compile(dialect=demo_desk.database.engine.dialect,
                                            compile_kwargs={"literal_binds": True}))
                plan = [row[3] for row in session.execute(text(f"EXPLAIN QUERY PLAN {page}"))]
                assert not any("TEMP B-TREE" in step for step in plan), (key, plan)
                used = [step.split(" INDEX ")[1].split(" ")[0] for step in plan
                        if step.startswith((f"SCAN {table.name} USING", f"SEARCH {table.name} USING"))
                        and " INDEX " in step]
                # (The initiatives' name may come from (archived_at, name_key), archived_at being NULL.)
                assert used and indexes[used[0]][-1] == column.name, (key, plan)
                assert "id" not in indexes[used[0]], (key, used)
                checked += 1
    assert checked >= 4


def test_sqlite_reads_the_open_follow_ups_by_due_date_from_their_index(demo_desk: Desk) -> None:
    """The follow-ups list opens with "open only" on, sorted by due date: on SQLite its page is
    read from the open follow-ups' own index in due-date order (migration 0020), and its count
    from the live index without reading the rows. Else the list, as it opens, reads every open
    follow-up with its initiative and sorts them all: a second's wait on a big register where
    half the follow-ups are open (the planner's statistics cannot know how many are)."""
    if demo_desk.database.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's planner")
    built = queries.follow_ups(ListQuery(open_only=True), "sqlite")
    ties = tiebreak(FollowUp.id, "sqlite")
    with demo_desk.database.session() as session:
        session.execute(text("ANALYZE"))
        plans = []
        for statement in (built.statement.with_only_columns(FollowUp.id).order_by(FollowUp.due_on, ties).limit(200),
                          built.statement.with_only_columns(FollowUp.id)
                          .order_by(FollowUp.due_on.desc(), ties.desc()).limit(200),
                          listing.count_statement(built.statement, froms=[built.source])):
            compiled = statement.compile(dialect=demo_desk.database.engine.dialect,
                                         compile_kwargs={"literal_binds": True})
            plans.append([row[3] for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))])
    for plan in plans[:2]:
        assert not any("TEMP B-TREE" in step for step in plan), plan
        assert any(step.startswith("SCAN follow_up USING INDEX ix_follow_up_open") for step in plan), plan
    assert any("COVERING INDEX ix_follow_up_live" in step for step in plans[2]), plans[2]
    # The same rows as the plain query, open ones only.
    page = followups.list_follow_ups(demo_desk, query=ListQuery(open_only=True, limit=50))
    assert [row.id for row in page.rows] == plain_ids(demo_desk, "follow_ups", ListQuery(open_only=True, limit=50))
    assert page.rows and all(row.done_on is None for row in page.rows)


def _someones(desk: Desk, kind: str) -> str:
    """An officer with rows in list *kind* (a request's officer, a follow-up's owner, ...)."""
    rows = LISTS[kind][0](desk, query=ListQuery(limit=50), count=False).rows
    return next(officer for row in rows if (officer := getattr(row, "owner_id", None) or row.officer_id))


@pytest.mark.parametrize("few_matches", [0, 10**9], ids=["checked-in-order", "officer-index"])
def test_one_officers_rows_show_the_plain_querys_rows_in_its_order(demo_desk: Desk, few_matches: int,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Filtered by one officer, a list reads the officer's rows from the officer's index when
    they are few and checks the rows in the sort index's order when they are many: either way it
    shows the plain query's rows in its order (first, middle and last pages, both directions,
    with a search and the open follow-ups too) and counts them alike. Else choosing an officer
    shows other rows, or the count beside them is wrong."""
    monkeypatch.setattr(listing, "FEW_MATCHES", few_matches)
    compared = 0
    for kind, sorts in (("requests", SORTS["requests"]), ("follow_ups", [*SORTS["follow_ups"], "initiative_name"]),
                        ("events", SORTS["events"])):
        officer_id = _someones(demo_desk, kind)
        for filters in ({}, {"search": "an"}, {"open_only": True}):
            total = plain_total(demo_desk, kind, ListQuery(officer_id=officer_id, **filters))
            page = LISTS[kind][0](demo_desk, query=ListQuery(officer_id=officer_id, limit=5, **filters))
            assert page.total == total, (kind, filters)
            for sort in sorts:
                for descending in (False, True):
                    for offset in sorted({0, 7, max(0, total - 10)}):
                        query = ListQuery(officer_id=officer_id, sort=sort, descending=descending, offset=offset,
                                          limit=20, **filters)
                        expected = plain_ids(demo_desk, kind, query)
                        assert listed_ids(demo_desk, kind, query) == expected, (kind, filters, sort, descending)
                        compared += len(expected)
    assert compared > 300  # the officer had rows in every list


def test_sqlite_reads_the_many_rows_of_one_officer_in_the_sort_index_order(demo_desk: Desk) -> None:
    """An officer with many requests (a quarter of 200,000 on the bench register) is checked row
    by row in the sort column's index order, and counted from the live index without reading
    the rows: found through the officer's index they were all read and sorted for each page,
    and the requests list filtered by that officer waited a fifth of a second at every sort."""
    if demo_desk.database.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's planner")
    built = queries.requests(ListQuery(officer_id=_someones(demo_desk, "requests")), "sqlite", officer_checked=True)
    ties = tiebreak(AdviceRequest.id, "sqlite")
    with demo_desk.database.session() as session:
        session.execute(text("ANALYZE"))
        plans = []
        for statement in (built.statement.with_only_columns(AdviceRequest.id)
                          .order_by(AdviceRequest.received_on, ties).limit(200),
                          listing.count_statement(built.statement, froms=[built.source])):
            compiled = statement.compile(dialect=demo_desk.database.engine.dialect,
                                         compile_kwargs={"literal_binds": True})
            plans.append([row[3] for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))])
    assert not any("TEMP B-TREE" in step for step in plans[0]), plans[0]
    assert any("INDEX ix_advice_request_received_on" in step for step in plans[0]), plans[0]
    assert not any("officer_id" in step for step in plans[0] + plans[1]), plans
    assert any("COVERING INDEX ix_advice_request_live" in step for step in plans[1]), plans[1]


def test_sqlite_reads_one_officers_many_open_follow_ups_by_initiative_from_the_initiatives(demo_desk: Desk) -> None:
    """An officer's many open follow-ups sorted by initiative (the follow-ups list as it opens,
    an officer chosen, the initiative column clicked) are read from the initiatives in name
    order, each one's follow-ups found by its id and checked, and stop after a page. Else SQLite
    reads every open follow-up from their own index and sorts them all: a tenth of a second at
    every click and scroll on a big register."""
    if demo_desk.database.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's planner")
    query = ListQuery(officer_id=_someones(demo_desk, "follow_ups"), open_only=True, sort="initiative_name")
    built = queries.follow_ups(query, "sqlite", officer_checked=True)
    ties = tiebreak(FollowUp.id, "sqlite")
    with demo_desk.database.session() as session:
        session.execute(text("ANALYZE"))
        for descending in (False, True):
            order = (Initiative.name_key.desc(), ties.desc()) if descending else (Initiative.name_key, ties)
            statement = built.statement.with_only_columns(FollowUp.id).order_by(*order).limit(200)
            compiled = statement.compile(dialect=demo_desk.database.engine.dialect,
                                         compile_kwargs={"literal_binds": True})
            plan = [row[3] for row in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))]
            assert plan[0].startswith("SCAN initiative USING INDEX ix_initiative_name_key"), plan
            assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan
