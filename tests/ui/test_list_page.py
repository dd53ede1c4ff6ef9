"""A list page's filter bar and column chooser, without the main window."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QDate
from PySide6.QtCore import QEvent
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.lists.definitions import FOLLOW_UP_LIST
from fourthpillar.ui.lists.definitions import INITIATIVE_LIST
from fourthpillar.ui.lists.definitions import REQUEST_LIST
from fourthpillar.ui.lists.filters import ME
from fourthpillar.ui.lists.model import PagedListModel
from fourthpillar.ui.lists.view import ListPage

Seed = Callable[[Desk, int], list[str]]
TODAY = dt.date(2026, 3, 10)


def make_page(desk: Desk, qtbot: QtBot, definition=REQUEST_LIST) -> ListPage:
    page = ListPage(desk, definition)
    qtbot.addWidget(page)
    page.show()
    return page


def test_filters_become_the_query(desk: Desk, qtbot: QtBot) -> None:
    """Each filter the officer picks must reach the database query (status, province, topic,
    'my' requests, due range); a filter that is ignored shows rows it promised to hide."""
    page = make_page(desk, qtbot)
    bar = page.filters
    assert bar.values(TODAY) == {"include_archived": False}
    bar.set_filter("status", "waiting")
    bar.set_filter("province", "limburg")
    bar.set_filter("topic", "subsidies")
    bar.set_filter("officer", ME)
    bar.set_filter("due", "overdue")
    assert bar.values(TODAY) == {
        "status": "waiting", "province": "limburg", "topic": "subsidies", "officer_id": desk.officer_id,
        "due_to": dt.date(2026, 3, 9), "include_archived": False,
    }
    bar.set_filter("due", "week")
    assert (bar.values(TODAY)["due_from"], bar.values(TODAY)["due_to"]) == (TODAY, dt.date(2026, 3, 17))
    bar.set_filter("due", "custom")
    bar._due_from.setDate(QDate(2026, 1, 1))
    bar._due_to.setDate(QDate(2026, 1, 31))
    assert bar._due_from.isVisible()
    assert (bar.values(TODAY)["due_from"], bar.values(TODAY)["due_to"]) == (dt.date(2026, 1, 1),
                                                                            dt.date(2026, 1, 31))
    bar.reset()
    assert bar.values(TODAY) == {"include_archived": False}
    assert not bar._due_from.isVisible()


def test_follow_up_list_starts_with_open_ones_only(desk: Desk, qtbot: QtBot) -> None:
    """The follow-up list opens on what is still to do; 'Clear filters' goes back to that."""
    page = make_page(desk, qtbot, FOLLOW_UP_LIST)
    assert page.model.query.open_only
    page.filters.set_filter("open_only", False)
    assert not page.model.query.open_only
    page.filters.reset()
    assert page.model.query.open_only


def test_filter_change_requeries(seeded: Seed, desk: Desk, qtbot: QtBot) -> None:
    """Picking a status in the filter bar narrows the rows at once (no Enter, no button)."""
    seeded(desk, 6)  # every third initiative is dormant
    page = make_page(desk, qtbot, INITIATIVE_LIST)
    assert page.model.total == 6
    page.filters.set_filter("status", "dormant")
    assert page.model.total == 2
    assert page.count_label.text() == "2 initiatives"
    page.search_box.setText("no such initiative")
    page.apply_query()
    assert page.model.total == 0
    assert page.empty_label.isVisible()
    assert "Nothing matches" in page.empty_label.text()


def test_column_chooser_hides_shows_and_resets(desk: Desk, qtbot: QtBot) -> None:
    """The header menu lists every column; unticking hides it, the last shown column cannot
    be hidden, and 'Reset columns' brings back the defaults."""
    page = make_page(desk, qtbot, INITIATIVE_LIST)
    defaults = page.visible_columns()
    assert "enterprise_number" not in defaults and "name" in defaults
    menu = page.column_menu()
    actions = {action.text(): action for action in menu.actions() if action.isCheckable()}
    assert set(actions) == {column.label for column in INITIATIVE_LIST.columns}
    actions["Enterprise number"].setChecked(True)
    actions["Municipality"].setChecked(False)
    assert "enterprise_number" in page.visible_columns()
    assert "municipality" not in page.visible_columns()
    header = page.table.horizontalHeader()
    for number in range(header.count()):
        if INITIATIVE_LIST.columns[number].key != "name":
            page.set_column_shown(number, False)
    only_name = {action.text(): action for action in page.column_menu().actions() if action.isCheckable()}
    assert not only_name["Name"].isEnabled()
    page.reset_columns()
    assert page.visible_columns() == defaults


def test_refresh_keeps_the_selected_row_deep_in_the_list(seeded: Seed, desk: Desk, qtbot: QtBot) -> None:
    """After a change elsewhere the list re-reads, but the officer's row (far down a long list)
    stays selected instead of jumping back to the top."""
    ids = seeded(desk, 9)
    page = ListPage(desk, INITIATIVE_LIST)
    page.model._page_size = 2  # pages of two rows: row 7 is on the fourth page, not the first
    qtbot.addWidget(page)
    page.show()
    page.select_row(7)
    assert page.current_id() == ids[7]
    page.refresh()
    assert page.model.cached_pages() == [0, 3]
    assert page.current_id() == ids[7]
    assert page.table.currentIndex().row() == 7


def test_a_column_added_since_keeps_the_remembered_layout_and_its_default(desk: Desk, qtbot: QtBot) -> None:
    """The officer's follow-up columns (widths, hidden ones), saved before the list gained its
    "Days late" column, come back as they were; the new column takes its default (hidden)
    instead of showing up, or of the whole layout being thrown away."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from fourthpillar.ui import settings

    before = [column.key for column in FOLLOW_UP_LIST.columns if column.key != "days_late"]
    old = QTableView()
    qtbot.addWidget(old)
    old.setModel(QStandardItemModel(0, len(before)))
    header = old.horizontalHeader()
    header.setSectionHidden(before.index("owner_name"), True)
    header.setSectionHidden(before.index("updated_at"), True)
    header.resizeSection(before.index("action"), 333)
    settings.write(settings.list_key(FOLLOW_UP_LIST.name, "header"), header.saveState())
    page = make_page(desk, qtbot, FOLLOW_UP_LIST)
    assert page.visible_columns() == ["due_on", "initiative_name", "action", "done_on", "outcome"]
    assert page.table.horizontalHeader().sectionSize(before.index("action")) == 333


def test_a_page_closed_while_its_rows_are_read_takes_no_late_answer(
        seeded: Seed, desk: Desk, qtbot: QtBot, runner: JobRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """A list closed (its window rebuilt, say) while its first page is still being read must
    drop the answer when it comes; otherwise the late answer is shown in a list that is gone,
    and the error lands in the officer's lap."""
    seeded(desk, 3)
    answer = threading.Event()
    reader = PagedListModel.first_page_reader

    def slow_reader(model: PagedListModel, query: Any, **arguments: Any) -> Callable[[], Any]:
        read = reader(model, query, **arguments)

        def waited() -> Any:
            answer.wait(10)
            return read()
        return waited

    monkeypatch.setattr(PagedListModel, "first_page_reader", slow_reader)
    page = ListPage(desk, REQUEST_LIST, jobs=runner)
    page.show()
    qtbot.waitUntil(lambda: page.searching)
    page.close()
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    answer.set()
    qtbot.waitUntil(lambda: not runner.busy)
    qtbot.wait(50)  # the answer's delivery, which must find nothing to show in


def test_a_page_closed_while_the_rows_scrolled_to_are_read_takes_no_late_rows(
        seeded: Seed, desk: Desk, qtbot: QtBot, runner: JobRunner) -> None:
    """A list closed while the rows scrolled to are still being read must drop them when they
    come; otherwise they are put into a table that is gone, and the error lands in the officer's lap."""
    seeded(desk, 60)
    answer = threading.Event()

    def slow_later_pages(desk: Desk, *, query: ListQuery, count: bool = True) -> Any:
        if query.offset > 0:
            answer.wait(10)
        return initiatives.list_initiatives(desk, query=query, count=count)

    page = ListPage(desk, replace(INITIATIVE_LIST, fetch=slow_later_pages), jobs=runner)
    page.model._page_size = 5  # many pages: the rows scrolled to are on pages not read yet
    page.resize(700, 500)
    page.show()
    qtbot.waitUntil(lambda: page.model.loaded)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.reading)
    page.close()
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    answer.set()
    qtbot.waitUntil(lambda: not runner.busy)
    qtbot.wait(50)  # the rows' delivery, which must find nothing to show them in


def test_a_bug_in_a_search_surfaces_and_the_list_stops_waiting_for_it(
        seeded: Seed, desk: Desk, qtbot: QtBot, runner: JobRunner) -> None:
    """A bug in a search's read must surface (the error dialog), and the list must not go on
    waiting for it: else the busy cursor stays over the table for good and every later refresh
    reads the broken search again instead of the rows shown."""
    seeded(desk, 3)

    def broken_search(desk: Desk, *, query: ListQuery, count: bool = True) -> Any:
        if query.search:
            raise ValueError("a bug in the search")
        return initiatives.list_initiatives(desk, query=query, count=count)

    page = ListPage(desk, replace(INITIATIVE_LIST, fetch=broken_search), jobs=runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.loaded and not page.searching)
    with qtbot.captureExceptions() as raised:
        page.search_box.setText("Kigali")
        page.apply_query()
        qtbot.waitUntil(lambda: bool(raised))
    assert [str(error) for _type, error, _traceback in raised] == ["a bug in the search"]
    assert not page.searching
    assert page.table.viewport().cursor().shape() != Qt.CursorShape.BusyCursor
    page.refresh()  # the rows shown, read again: not the broken search
    qtbot.waitUntil(lambda: not page.searching)
