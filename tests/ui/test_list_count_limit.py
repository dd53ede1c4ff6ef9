"""A search's capped count in the list: "1,000+", and scrolling on still reaches every row.

If these fail, a search matching more rows than the list counted either shows a wrong total or
cuts the list off at the count limit, so rows past it can never be seen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.lists.definitions import FOLLOW_UP_LIST
from fourthpillar.ui.lists.definitions import INITIATIVE_LIST
from fourthpillar.ui.lists.definitions import REQUEST_LIST
from fourthpillar.ui.lists.model import ID_ROLE
from fourthpillar.ui.lists.model import PagedListModel
from fourthpillar.ui.lists.view import ListPage

Seed = Callable[[Desk, int], list[str]]


def make_model(desk: Desk, *, count_limit: int | None, search: str) -> PagedListModel:
    model = PagedListModel(REQUEST_LIST.fetcher(desk), REQUEST_LIST.columns, page_size=2, cache_pages=2,
                           count_limit=count_limit)
    model.set_query(ListQuery(search=search, sort="received_on", descending=True))
    return model


def test_capped_search_count_grows_until_every_row_is_reachable(desk: Desk, seeded: Seed) -> None:
    """23 requests match, the list counts 2 at first: it shows 2 rows, says "more", and each
    fetchMore (the view scrolled to the end) counts further until all 23 are there, in order."""
    seeded(desk, 23)
    model = make_model(desk, count_limit=2, search="subsidies")
    assert model.rowCount() == 2 and not model.total_is_exact and model.canFetchMore()
    totals = []
    model.total_changed.connect(totals.append)
    while model.canFetchMore():
        model.fetchMore()
    assert totals == [20, 23]  # counted ten times as far, then found the end
    assert model.rowCount() == 23 and model.total_is_exact
    shown = [model.data(model.index(row, 0), ID_ROLE) for row in range(model.rowCount())]
    everything = requests.list_requests(desk, query=ListQuery(search="subsidies", sort="received_on",
                                                              descending=True))
    assert everything.total == 23 and shown == [row.id for row in everything.rows]


def test_a_new_search_starts_counting_at_the_limit_again(desk: Desk, seeded: Seed) -> None:
    """After scrolling far in one search, the next search is counted only up to the limit (not
    as far as the previous one went), and a search with few matches is exact at once."""
    seeded(desk, 12)
    model = make_model(desk, count_limit=3, search="subsidies")
    model.fetchMore()
    assert model.rowCount() == 12 and model.total_is_exact
    model.set_query(ListQuery(search="question", sort="received_on", descending=True))
    assert model.rowCount() == 3 and not model.total_is_exact
    model.set_query(ListQuery(search="question 007"))
    assert model.rowCount() == 1 and model.total_is_exact and not model.canFetchMore()
    # A refresh (the register changed) keeps counting as far as the rows already shown.
    model.set_query(ListQuery(search="subsidies"))
    model.fetchMore()
    model.reload()
    assert model.rowCount() == 12 and model.total_is_exact


def test_an_unsearched_list_is_always_counted_exactly(desk: Desk, seeded: Seed) -> None:
    """Without search text the count is exact whatever the limit: "12 requests", not "3+"."""
    seeded(desk, 12)
    model = make_model(desk, count_limit=3, search="")
    assert model.rowCount() == 12 and model.total_is_exact and not model.canFetchMore()


def test_count_label_says_more_when_the_count_stopped(desk: Desk, qtbot: QtBot) -> None:
    """The label reads "1,000+ requests" for a capped count and the usual text otherwise."""
    number = QLocale().toString(1000)
    for definition, noun in ((REQUEST_LIST, "requests"), (INITIATIVE_LIST, "initiatives"),
                             (FOLLOW_UP_LIST, "follow-ups")):
        page = ListPage(desk, definition)
        qtbot.addWidget(page)
        assert page.count_text(1000, exact=False) == f"{number}+ {noun}"
        assert page.count_text(1000) == f"{number} {noun}"


def test_list_page_shows_the_capped_count(desk: Desk, seeded: Seed, qtbot: QtBot) -> None:
    """A search on the list page with more matches than counted shows "N+" in its count label."""
    seeded(desk, 6)
    page = ListPage(desk, REQUEST_LIST)
    qtbot.addWidget(page)
    # As if 1,000 of 200 a page: the seeded register is small.
    page.model._first_count_limit, page.model._page_size = 4, 2
    page.show()
    page.search_box.setText("subsidies")
    page.apply_query()
    assert page.count_label.text() == f"{QLocale().toString(4)}+ requests"
    page.model.fetchMore()
    assert page.count_label.text() == f"{QLocale().toString(6)} requests"
