"""A list whose pages cannot be read (database locked, network share gone) while scrolling.

If these fail, the officer gets a message box in the middle of the table's painting (Qt paints
again behind it, and every visible cell tries the read again: a cascade of dialogs), or the
list freezes the window reading the database while it paints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import DatabaseUnavailable
from fourthpillar.store.errors import SessionEnded
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui import session_end
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.lists import view as list_view
from fourthpillar.ui.lists.definitions import INITIATIVE_LIST
from fourthpillar.ui.lists.view import ListPage
from fourthpillar.ui.lists.view import ListTable

Seed = Callable[[Desk, int], list[str]]


class Reads:
    """A list function whose pages after the first fail, as a locked database makes them."""

    def __init__(self) -> None:
        self.attempts = 0
        self.failing = True

    def __call__(self, desk: Desk, *, query: ListQuery, count: bool = True) -> Any:
        if query.offset > 0 and self.failing:
            self.attempts += 1
            raise DatabaseUnavailable("The register is locked by another program.")
        return initiatives.list_initiatives(desk, query=query, count=count)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Each message box the list opens: its text, and whether the table was painting then."""
    painting = [False]
    shown: list[tuple[str, bool]] = []

    def paint(table: QTableView, event: Any) -> None:
        painting[0] = True
        try:
            QTableView.paintEvent(table, event)
        finally:
            painting[0] = False

    monkeypatch.setattr(ListTable, "paintEvent", paint, raising=False)
    monkeypatch.setattr(list_view.QMessageBox, "warning",
                        lambda parent, title, text: shown.append((text, painting[0])) or QMessageBox.StandardButton.Ok)
    return shown


def _page(desk: Desk, qtbot: QtBot, reads: Reads, jobs: JobRunner | None = None) -> ListPage:
    page = ListPage(desk, replace(INITIATIVE_LIST, fetch=reads), jobs=jobs)
    page.model._page_size = 5  # many pages: the rows scrolled to are on pages not read yet
    qtbot.addWidget(page)
    page.resize(700, 500)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.loaded)  # with a runner the first page is read in the background
    return page


@pytest.mark.parametrize("background", [False, True], ids=["event-loop", "worker-thread"])
def test_a_failing_page_read_gives_one_message_outside_painting_and_empty_rows(
        desk: Desk, seeded: Seed, qtbot: QtBot, messages: list[tuple[str, bool]], background: bool) -> None:
    """Scrolling onto rows that cannot be read shows them empty and says so once, after the
    paint; painting again (the message box, more scrolling) does not try again."""
    seeded(desk, 60)
    reads = Reads()
    jobs = JobRunner() if background else None
    page = _page(desk, qtbot, reads, jobs)
    assert page.model.data(page.model.index(0, 0)) == "Initiative 000"
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: bool(messages) and (jobs is None or not jobs.busy))
    # The pages painting asked for were read one after another, the first failure stopping the
    # rest; none is tried again.
    tried = reads.attempts
    for _ in range(3):
        page.table.viewport().repaint()
        page.table.scrollToTop()
        page.table.scrollToBottom()
        qtbot.wait(20)
    assert messages == [("The register is locked by another program.", False)]
    assert reads.attempts == tried == 1
    assert page.model.data(page.model.index(59, 0)) == ""
    assert not page.model.reading


def test_the_list_reads_again_once_it_is_refreshed(desk: Desk, seeded: Seed, qtbot: QtBot,
                                                   messages: list[tuple[str, bool]]) -> None:
    """After the message the list is not stuck empty: a refresh (F5, a change, a new search)
    reads the rows again, and they show."""
    seeded(desk, 60)
    reads = Reads()
    page = _page(desk, qtbot, reads)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: bool(messages))
    reads.failing = False
    page.refresh()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.data(page.model.index(59, 0)) == "Initiative 059")
    assert len(messages) == 1


def test_a_session_ended_while_the_list_is_read_is_told_once_and_the_app_closes(
        desk: Desk, seeded: Seed, qtbot: QtBot, runner: JobRunner, messages: list[tuple[str, bool]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """An admin disabled the login while the officer searches and scrolls a list: one message
    saying so, then the app closes, like every other read; not the session's end written in the
    count label or a "cannot be read" box, and not one message per read."""
    seeded(desk, 60)
    told: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *_args: told.append(text))
    monkeypatch.setattr(QCoreApplication, "exit", lambda status=0: exits.append(status))
    monkeypatch.setattr(session_end, "_told", False)  # not told yet; as it was after the test
    ended = SessionEnded("Your login to the office database was disabled.")

    def reads(desk: Desk, *, query: ListQuery, count: bool = True) -> Any:
        if query.search or query.offset > 0:
            raise ended
        return initiatives.list_initiatives(desk, query=query, count=count)

    page = ListPage(desk, replace(INITIATIVE_LIST, fetch=reads), jobs=runner)
    page.model._page_size = 5  # the rows scrolled to are on pages not read yet
    qtbot.addWidget(page)
    page.resize(700, 500)
    page.show()
    qtbot.waitUntil(lambda: page.model.loaded and not page.searching)
    page.table.scrollToBottom()  # pages read by the list's model
    page.search_box.setText("Kigali")
    page.apply_query()  # a first page read by the list page
    qtbot.waitUntil(lambda: not runner.busy and len(exits) >= 1)
    qtbot.wait(50)
    assert len(told) == 1 and str(ended) in told[0]
    assert exits == [session_end.EXIT_SESSION_ENDED]
    assert messages == [] and str(ended) not in page.count_label.text()


class Broken(Reads):
    """A list function with a bug in reading its pages after the first."""

    def __call__(self, desk: Desk, *, query: ListQuery, count: bool = True) -> Any:
        if query.offset > 0 and self.failing:
            self.attempts += 1
            raise ValueError("a bug in reading a page")
        return initiatives.list_initiatives(desk, query=query, count=count)


@pytest.mark.parametrize("background", [False, True], ids=["event-loop", "worker-thread"])
def test_a_bug_in_a_page_read_surfaces_once_and_the_list_stops_waiting_for_it(
        desk: Desk, seeded: Seed, qtbot: QtBot, messages: list[tuple[str, bool]], background: bool) -> None:
    """A bug in reading the rows shown or scrolled to surfaces once (the error dialog) and
    leaves them empty; else the busy cursor stays over the table for good, or every repaint
    reads and raises again. A refresh reads the rows again."""
    seeded(desk, 60)
    reads = Broken()
    jobs = JobRunner() if background else None
    with qtbot.captureExceptions() as raised:
        page = _page(desk, qtbot, reads, jobs)  # its first paint shows rows past the first page
        page.table.scrollToBottom()
        qtbot.waitUntil(lambda: bool(raised) and (jobs is None or not jobs.busy))
        for _ in range(3):
            page.table.viewport().repaint()
            page.table.scrollToTop()
            page.table.scrollToBottom()
            qtbot.wait(20)
    assert [str(error) for _type, error, _traceback in raised] == ["a bug in reading a page"]
    assert reads.attempts == 1 and messages == []
    assert not page.model.reading
    assert page.table.viewport().cursor().shape() != Qt.CursorShape.BusyCursor
    assert page.model.data(page.model.index(59, 0)) == ""

    reads.failing = False
    page.refresh()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.data(page.model.index(59, 0)) == "Initiative 059")
    if jobs is not None:
        jobs.wait(5000)
