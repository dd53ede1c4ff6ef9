"""On PostgreSQL a list sorted by a column that may be empty reads its page from an index.

The lists put empty values first (``ORDER BY due_on ASC NULLS FIRST, id``, as SQLite sorts
NULL). PostgreSQL's default index order keeps NULL last, and then it sorted every row for each
page: on 50,000 requests a page sorted by due date took about 16 ms (30-50 ms on a busy
machine) instead of under 1 ms. Migration 0006 made these indexes ``column NULLS FIRST``. If
these tests fail, a sort that was instant on a big shared register makes every scroll wait.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from database_helpers import postgres_copy
from sqlalchemy import Connection
from sqlalchemy import event
from sqlalchemy import text

from fourthpillar.services import demo
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.queries import ListQuery

ListFunction = Callable[..., Any]

#: list, sort key -> the index that gives the order (the initiatives' province and founding year:
#: single-column indexes; the ties are then sorted by id a few rows at a time, an "Incremental Sort").
EMPTY_FIRST_SORTS: dict[tuple[str, str], str] = {
    ("requests", "due_on"): "ix_advice_request_due_on_id",
    ("requests", "answered_on"): "ix_advice_request_answered_on_id",
    ("requests", "minutes_spent"): "ix_advice_request_minutes_spent_id",
    ("follow_ups", "done_on"): "ix_follow_up_done_on_id",
    ("initiatives", "enterprise_number"): "ix_initiative_enterprise_number_id",
    ("initiatives", "province"): "ix_initiative_province",
    ("initiatives", "founded_year"): "ix_initiative_founded_year",
}
LISTS: dict[str, ListFunction] = {
    "initiatives": initiatives.list_initiatives,
    "requests": requests.list_requests,
    "follow_ups": followups.list_follow_ups,
}


@pytest.fixture(scope="module")
def big_desk(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """600 demonstration initiatives (about 2,500 requests and as many follow-ups, many without
    a due, answer or done date) on PostgreSQL, with planner statistics."""
    data_dir: Path = tmp_path_factory.mktemp("data")
    with postgres_copy(request, "fp_sortix") as url:
        opened = open_desk(data_dir=data_dir, database_url=url)
        try:
            officers.sign_in(opened, name="An Peeters", region="antwerpen")
            demo.load_demo_data(opened, initiatives=600, seed=11)
            with opened.database.engine.connect() as connection:
                connection.execute(text("ANALYZE"))
                connection.commit()
            yield opened
        finally:
            opened.close()


def _page_statement(desk: Desk, kind: str, query: ListQuery) -> tuple[str, Any]:
    """The SQL (and parameters) that reads the page's ids, as the list function sent it."""
    sent: list[tuple[str, Any]] = []

    def record(connection: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        sent.append((statement, parameters))

    event.listen(desk.database.engine, "before_cursor_execute", record)
    try:
        LISTS[kind](desk, query=query, count=False)
    finally:
        event.remove(desk.database.engine, "before_cursor_execute", record)
    [page] = [(statement, parameters) for statement, parameters in sent if "ORDER BY" in statement]
    return page


def _plan_nodes(connection: Connection, statement: str, parameters: Any) -> list[dict[str, Any]]:
    # The tables are small: keep the planner from preferring to read them whole and sort.
    connection.execute(text("SET LOCAL enable_seqscan = off"))
    [[plan]] = connection.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement, parameters).fetchall()
    nodes, pending = [], [plan[0]["Plan"]]
    while pending:
        node = pending.pop()
        nodes.append(node)
        pending += node.get("Plans", [])
    return nodes


def _sorts_and_indexes(nodes: list[dict[str, Any]]) -> tuple[list[str], set[str]]:
    return ([node["Node Type"] for node in nodes if node["Node Type"] == "Sort"],
            {node["Index Name"] for node in nodes if "Index Name" in node})


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize(("kind", "sort"), list(EMPTY_FIRST_SORTS))
def test_a_page_sorted_by_a_column_that_may_be_empty_is_read_in_index_order(
        big_desk: Desk, kind: str, sort: str, descending: bool) -> None:
    """Ascending (empty first) and descending (empty last): the plan reads the sort column's
    index in order and never sorts all rows."""
    statement, parameters = _page_statement(big_desk, kind, ListQuery(sort=sort, descending=descending))
    assert ("NULLS LAST" if descending else "NULLS FIRST") in statement
    with big_desk.database.engine.connect() as connection, connection.begin():
        sorts, indexes = _sorts_and_indexes(_plan_nodes(connection, statement, parameters))
    assert sorts == [] and EMPTY_FIRST_SORTS[kind, sort] in indexes


def test_an_index_in_default_order_would_make_the_page_sort_every_row(big_desk: Desk) -> None:
    """The check above can fail: with the due-date index as it was before migration 0006
    (empty values last), PostgreSQL cannot read the page from it and sorts."""
    statement, parameters = _page_statement(big_desk, "requests", ListQuery(sort="due_on"))
    with big_desk.database.engine.connect() as connection, connection.begin() as transaction:
        connection.execute(text("DROP INDEX ix_advice_request_due_on_id"))
        connection.execute(text("CREATE INDEX ix_advice_request_due_on_id ON advice_request (due_on, id)"))
        sorts, indexes = _sorts_and_indexes(_plan_nodes(connection, statement, parameters))
        transaction.rollback()
    assert sorts == ["Sort"] and "ix_advice_request_due_on_id" not in indexes
