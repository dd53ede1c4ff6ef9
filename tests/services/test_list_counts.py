"""A list's count ("1,234 requests") is the number of rows the list shows.

services.listing.count_statement counts from the list statement's FROM and WHERE alone and
leaves out the officer's outer join when nothing filters on it (it adds columns, never rows).
If these tests fail, a list's total disagrees with its rows (a scroll bar too short or too
long, a "1,000+" that is not), or every count joins the officers again and slows down.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import func
from sqlalchemy import select

from fourthpillar.services import demo
from fourthpillar.services import listing
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.store import queries
from fourthpillar.store.models import Officer
from fourthpillar.store.queries import ListQuery
from fourthpillar.store.queries import OwnerOfficer

BUILDERS: dict[str, Callable[..., queries.ListSelect]] = {
    "initiatives": queries.initiatives, "requests": queries.requests, "follow_ups": queries.follow_ups,
}
QUERIES = [
    ListQuery(), ListQuery(include_archived=True), ListQuery(search="an"), ListQuery(search="zzzzq"),
    ListQuery(province="antwerpen", status="open"), ListQuery(open_only=True), ListQuery(topic="subsidies"),
]


def _rows_and_counts(desk: Desk, statement: Any, source: Any) -> tuple[int, int, int, int]:
    """The rows, their count, the count capped at 5 and the count from the builder's *source*
    (the FROM services.listing uses instead of compiling the statement)."""
    with desk.database.session() as session:
        rows = len(session.execute(statement).all())
        counted = session.execute(listing.count_statement(statement)).scalar_one()
        capped = session.execute(listing.count_statement(statement, limit=5)).scalar_one()
        given = session.execute(listing.count_statement(statement, froms=[source])).scalar_one()
    return rows, counted, capped, given


def test_every_lists_count_is_its_number_of_rows(any_desk: Desk) -> None:
    """With and without search, filters and archived rows; a capped count stops at limit + 1."""
    demo.load_demo_data(any_desk, initiatives=40, seed=5)
    request_id = requests.list_requests(any_desk, query=ListQuery(limit=1)).rows[0].id
    requests.update_request(any_desk, request_id=request_id, changes={"officer_id": None})
    dialect = any_desk.database.engine.dialect.name
    seen = set()
    for kind, build in BUILDERS.items():
        for query in QUERIES:
            built = build(query, dialect)
            rows, counted, capped, given = _rows_and_counts(any_desk, built.statement, built.source)
            assert counted == given == rows and capped == min(rows, 6), (kind, query)
            seen.add(rows > 6)
    assert seen == {True, False}  # some lists were longer than the cap, some shorter


def test_a_count_leaves_out_the_officer_join_unless_a_filter_uses_it(any_desk: Desk) -> None:
    """Requests (and follow-ups) without an officer count too; filtering on the officer's name
    keeps the join, and the count then agrees with the rows again."""
    demo.load_demo_data(any_desk, initiatives=20, seed=6)
    dialect = any_desk.database.engine.dialect.name
    for kind, officer in (("requests", Officer), ("follow_ups", OwnerOfficer)):
        built = BUILDERS[kind](ListQuery(), dialect)
        statement = built.statement
        assert "JOIN officer" not in str(listing.count_statement(statement).compile())
        with any_desk.database.session() as session:
            name = session.scalars(select(func.min(Officer.name))).one()
        named = statement.where(officer.name == name)
        assert "JOIN officer" in str(listing.count_statement(named).compile())
        rows, counted, capped, given = _rows_and_counts(any_desk, named, built.source)
        assert 0 < rows == counted == given and capped == min(rows, 6), kind
