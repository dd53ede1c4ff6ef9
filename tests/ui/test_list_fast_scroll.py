"""Scrolling fast down a long list: the rows scrolled to show without waiting for the pages
scrolled past.

If this fails, an officer dragging the scroll bar to the end of 20,000 requests waits, under a
busy cursor, while every page the bar passed over is read first (one after another on the
worker), though none of them is on screen any more.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from pytestqt.qtbot import QtBot

from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.lists.definitions import INITIATIVE_LIST
from fourthpillar.ui.lists.view import ListPage

Seed = Callable[[Desk, int], list[str]]


class HeldReads:
    """The initiatives list function; while *held*, a page read waits to be let go (a slow disk)."""

    def __init__(self) -> None:
        self.held = threading.Event()
        self.go = threading.Event()
        self.offsets: list[int] = []

    def __call__(self, desk: Desk, *, query: ListQuery, count: bool = True) -> Any:
        if query.offset > 0:
            self.offsets.append(query.offset)
            if self.held.is_set():
                self.go.wait(10)
        return initiatives.list_initiatives(desk, query=query, count=count)


def test_the_rows_scrolled_to_are_read_and_not_the_pages_scrolled_past(
        desk: Desk, seeded: Seed, qtbot: QtBot) -> None:
    """While one page is read slowly, the officer scrolls on past many pages to the end: then
    only the pages on screen are read, not every page passed over."""
    seeded(desk, 100)
    reads, jobs = HeldReads(), JobRunner()
    page = ListPage(desk, replace(INITIATIVE_LIST, fetch=reads), jobs=jobs)
    page.model._page_size = 5  # 20 pages of 5 rows: a scroll passes many of them
    qtbot.addWidget(page)
    page.resize(700, 400)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.loaded and not page.model.reading)
    reads.held.set()
    reads.offsets.clear()
    table, model = page.table, page.model

    def on_screen() -> set[int]:
        """The offsets of the pages on screen."""
        last = table.rowAt(table.viewport().height() - 1)
        return {row // 5 * 5 for row in range(table.rowAt(0), (model.rowCount() if last < 0 else last + 1))}

    table.scrollTo(model.index(20, 0))
    qtbot.waitUntil(lambda: bool(reads.offsets))  # the read of these rows is on its way, and slow
    first = on_screen() - {number * 5 for number in model.cached_pages()}  # those not read before
    for row in (35, 45, 55, 65, 75):  # scrolled on past them
        table.scrollTo(model.index(row, 0))
        qtbot.wait(20)
    table.scrollToBottom()
    qtbot.wait(20)
    reads.go.set()
    qtbot.waitUntil(lambda: not model.reading and model.cached_row(99) is not None)
    jobs.wait(5000)

    assert 0 not in first and not first & on_screen()
    assert set(reads.offsets) == first | on_screen(), "the pages scrolled past were read too"
    assert model.data(model.index(99, 0)) == "Initiative 099"
