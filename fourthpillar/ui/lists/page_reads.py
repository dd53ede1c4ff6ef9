"""Reading the pages painting asked for, outside any paint: on the GUI thread from the event loop,
or on the job runner's worker one job at a time when the model has a runner. A part of
:class:`~fourthpillar.ui.lists.model.PagedListModel` (see its module for the whole story).

A job reads only the pages the latest paint asked for: pages asked for earlier and not since
were scrolled past and are not read (at some 40 ms a page, dragging the scroll bar over 20,000
rows would otherwise read every page passed over before the one shown at the end).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from typing import Any

from fourthpillar.services.records import Page
from fourthpillar.store.errors import KnownError
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.lists.counting import COUNTING

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractTableModel
    from PySide6.QtCore import QTimer

    from fourthpillar.ui.jobs import JobRunner

    #: For the type checker the mixin is the model it is mixed into; at run time it adds no base.
    _Model = QAbstractTableModel
else:
    _Model = object


class ReadsAskedPages(_Model):
    """``_ask_for`` (what painting calls for a page not read) and the reads it leads to."""

    _blocked: bool
    _reading: set[int]
    _in_flight: set[int]
    _asked_at: dict[int, int]
    _tick: int
    _generation: int
    _page_size: int
    _total: int
    _columns: tuple[Any, ...]
    _jobs: JobRunner | None
    _fetch: Callable[[ListQuery, bool], Page[Any]]
    _read_timer: QTimer
    pages_read: int

    def _set_reading(self, pages: set[int]) -> None:
        raise NotImplementedError

    def _keep(self, number: int, rows: list[Any]) -> None:
        raise NotImplementedError

    def _page_query(self, page: int) -> ListQuery:
        raise NotImplementedError

    def _read(self, page: int, *, count: bool) -> Page[Any]:
        raise NotImplementedError

    def _failed(self, message: str) -> None:
        raise NotImplementedError

    def _stopped_by_bug(self, generation: int) -> None:
        raise NotImplementedError

    def _on_worker(self, read: Callable[[], Any], marker: int, arrived: Callable[[Any], None]) -> None:
        raise NotImplementedError

    def _ask_for(self, number: int) -> None:
        if self._blocked:
            return
        self._asked_at[number] = self._tick
        if number in self._reading:
            return
        self._set_reading(self._reading | {number})
        self._read_timer.start()

    def _read_asked_pages(self) -> None:
        """Read the pages painting asked for, outside any paint (on the worker when the model has a
        runner), one after another: the first that fails stops the rest (said, or raised, once)."""
        self._tick += 1  # the pages asked for from now on are another paint's
        if self._jobs is not None:
            self._read_asked_pages_on_worker()
            return
        for number in sorted(self._reading):
            if number not in self._reading:
                continue  # the rows were read anew meanwhile
            try:
                rows = self._read(number, count=False).rows
            except KnownError as error:
                self._failed(str(error))
                return
            except Exception:
                self._stopped_by_bug(self._generation)
                raise
            self._arrived(self._generation, number, rows)

    def _read_asked_pages_on_worker(self) -> None:
        """Read the pages the latest paint asked for in one job on the worker (those asked meanwhile
        follow it); the pages asked for earlier and not since were scrolled past: not read."""
        asked = self._reading - {COUNTING}
        if self._in_flight or self._blocked or not asked:
            return
        latest = max(self._asked_at.get(number, 0) for number in asked)
        numbers = sorted(number for number in asked if self._asked_at.get(number, 0) == latest)
        passed = asked - set(numbers)
        if passed:
            self._set_reading(self._reading - passed)
            for number in passed:  # a page still on screen is painted, so asked for, again
                self._rows_changed(number)
        self._in_flight = set(numbers)
        queries = [(number, self._page_query(number)) for number in numbers]
        fetch, generation = self._fetch, self._generation
        self.pages_read += len(numbers)

        def read() -> list[tuple[int, list[Any]]]:
            return [(number, fetch(query, False).rows) for number, query in queries]

        def arrived(pages: list[tuple[int, list[Any]]]) -> None:
            for number, rows in pages:
                self._arrived(generation, number, rows)
            if self._reading - {COUNTING}:
                self._read_timer.start()  # asked for while these were read

        self._on_worker(read, numbers[0], arrived)  # the first page stays awaited while the job runs

    def _arrived(self, generation: int, number: int, rows: list[Any]) -> None:
        if generation != self._generation or number not in self._reading:
            return  # read for rows shown before a reload
        self._keep(number, rows)
        self._set_reading(self._reading - {number})
        self._rows_changed(number)

    def _rows_changed(self, number: int) -> None:
        """Let the view paint the rows of page *number* again (where they are on screen)."""
        first = number * self._page_size
        last = min(self._total, first + self._page_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))
