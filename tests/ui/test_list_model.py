"""The paged list model on a real register, without a window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fourthpillar import clock
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.lists.definitions import FOLLOW_UP_LIST
from fourthpillar.ui.lists.definitions import INITIATIVE_LIST
from fourthpillar.ui.lists.definitions import REQUEST_LIST
from fourthpillar.ui.lists.format import format_date
from fourthpillar.ui.lists.model import ID_ROLE
from fourthpillar.ui.lists.model import PagedListModel

Seed = Callable[[Desk, int], list[str]]


def make_model(desk: Desk, definition=INITIATIVE_LIST, *, page_size: int = 5, cache_pages: int = 2,
               **query: object) -> PagedListModel:
    model = PagedListModel(definition.fetcher(desk), definition.columns, row_style=definition.row_style,
                           page_size=page_size, cache_pages=cache_pages)
    model.set_query(ListQuery(sort=definition.catalogue.default_sort,
                              descending=definition.catalogue.default_descending, **query))  # type: ignore[arg-type]
    return model


def shown(qtbot: QtBot, model: PagedListModel, row: int, column: int = 0) -> str:
    """The cell's text once its page, asked for by painting it, has been read."""
    index = model.index(row, column)
    if model.data(index) == "":
        qtbot.waitUntil(lambda: not model.reading)
    return str(model.data(index))


def test_row_count_is_the_database_total_and_pages_are_read_on_demand(desk: Desk, seeded: Seed,
                                                                       qtbot: QtBot) -> None:
    """A list of many rows must show the full count in its scroll bar but read only the pages
    scrolled to; otherwise a 200,000-row list would take minutes to open."""
    seeded(desk, 23)
    model = make_model(desk)
    assert model.rowCount() == 23
    assert model.cached_pages() == [0]
    assert shown(qtbot, model, 22) == "Initiative 022"
    assert model.cached_pages() == [0, 4]
    shown(qtbot, model, 12)
    # Only two pages are kept: the least recently read one was dropped.
    assert model.cached_pages() == [4, 2]
    assert shown(qtbot, model, 0) == "Initiative 000"
    assert model.pages_read == 4


def test_painting_never_reads_the_database(desk: Desk, seeded: Seed, qtbot: QtBot) -> None:
    """A cell whose page is not read yet is empty while it paints; its page is read afterwards,
    once however many of its cells paint, and the cells then show it (a read inside data()
    froze the window on every scroll of a big or locked register)."""
    seeded(desk, 23)
    model = make_model(desk)
    changed: list[int] = []
    model.dataChanged.connect(lambda first, last: changed.append(first.row()))
    assert [model.data(model.index(row, column)) for row in (20, 21) for column in (0, 1)] == ["", "", "", ""]
    assert model.pages_read == 1 and model.reading
    qtbot.waitUntil(lambda: not model.reading)
    assert model.pages_read == 2 and changed == [20]
    assert model.data(model.index(21, 0)) == "Initiative 021"


def test_sort_asks_the_database_and_ignores_unsortable_columns(desk: Desk, seeded: Seed, qtbot: QtBot) -> None:
    """Clicking a column header must order the whole list (not only the rows on screen);
    clicking an unsortable column must leave the order alone instead of failing."""
    seeded(desk, 11)
    model = make_model(desk)
    name = model.column_index("name")
    counted = model.counts_read
    model.sort(name, Qt.SortOrder.DescendingOrder)
    # The same rows in another order: the total is not counted again (slow on long lists).
    assert model.counts_read == counted and model.rowCount() == 11
    assert model.data(model.index(0, name)) == "Initiative 010"
    assert shown(qtbot, model, 10, name) == "Initiative 000"
    assert model.query.sort == "name" and model.query.descending
    themes = model.column_index("themes")
    model.sort(themes, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "name" and model.query.descending
    assert model.sort_column() == name


def test_search_and_filters_run_in_the_query(desk: Desk, seeded: Seed) -> None:
    """Typing in the search box or picking a province must narrow the list to matching rows."""
    seeded(desk, 12)
    model = make_model(desk, search="initiative 007")
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "Initiative 007"
    model.set_query(ListQuery(province="limburg"))
    assert model.rowCount() == 2
    names = {model.display_text(row, "name") for row in range(model.rowCount())}
    assert names == {"Initiative 001", "Initiative 007"}


def test_cells_show_labels_country_names_and_dates(desk: Desk, seeded: Seed) -> None:
    """Cells must read like the domain (province 'Limburg', theme labels, country names),
    not raw codes like 'vlaams-brabant' or 'BF'."""
    seeded(desk, 6)
    model = make_model(desk)
    row = model.row_of_id(model.id_at(4) or "")
    assert row == 4
    assert model.display_text(4, "province") == "Flemish Brabant"
    assert model.display_text(4, "themes") == "water and sanitation"
    assert model.display_text(4, "partner_countries") in ("Burkina Faso",)
    requests_model = make_model(desk, REQUEST_LIST)
    # English lists write 05/03/2027: two-digit day and month, whatever day the suite runs on.
    assert requests_model.display_text(0, "received_on") == clock.today().strftime("%d/%m/%Y")
    assert requests_model.display_text(0, "topics") == "subsidies"
    assert requests_model.display_text(0, "channel") == "phone"
    assert requests_model.display_text(0, "status") == "new"


def test_reload_shows_changes_and_archived_rows_leave(desk: Desk, seeded: Seed) -> None:
    """After archiving an initiative the list must no longer show it (and the count drops)."""
    ids = seeded(desk, 3)
    model = make_model(desk)
    totals: list[int] = []
    model.total_changed.connect(totals.append)
    initiatives.archive_initiative(desk, initiative_id=ids[0])
    model.reload()
    assert model.rowCount() == 2
    assert totals == [2]
    assert model.data(model.index(0, 0), ID_ROLE) == ids[1]
    model.set_query(ListQuery(include_archived=True))
    assert model.rowCount() == 3


def test_follow_up_list_open_only_and_overdue_rows(desk: Desk, seeded: Seed) -> None:
    """The follow-up list must hide done follow-ups when 'open only' is on and paint overdue ones red."""
    seeded(desk, 4)
    model = make_model(desk, FOLLOW_UP_LIST, open_only=True)
    assert model.rowCount() == 4
    overdue = model.row_at(0)
    assert overdue is not None and overdue.due_on < clock.today()
    brush = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert brush is not None and brush.color().red() > 150


def test_model_passes_qt_model_checks(desk: Desk, seeded: Seed, qtmodeltester: ModelTester) -> None:
    """Qt's own consistency checks: a broken model crashes or garbles the view."""
    seeded(desk, 7)
    model = make_model(desk, REQUEST_LIST)
    qtmodeltester.check(model)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.rowCount(QModelIndex()) == 7


@pytest.mark.parametrize(("language", "expected"), [("en", "05/03/2027"), ("nl", "05/03/2027"), ("fr", "05/03/2027")])
def test_dates_in_lists_have_two_digit_day_and_month_and_the_full_year(language: str, expected: str) -> None:
    """A list's dates line up in a column and never read as 5/3/27 (which year? which is the month?):
    day and month take two digits and the year four, in every language, whatever day it is."""
    from fourthpillar.i18n import LOCALE_NAMES

    before = QLocale()
    QLocale.setDefault(QLocale(LOCALE_NAMES[language]))
    try:
        assert format_date(dt.date(2027, 3, 5)) == expected
        assert format_date(dt.date(2028, 2, 29)) == "29/02/2028"
        assert format_date(dt.date(2026, 12, 31)) == "31/12/2026"
    finally:
        QLocale.setDefault(before)
