"""Counting further at the end of a capped search: a search counts its matches only up to a
limit (a short word can match 100,000 rows, counted on every keystroke otherwise); when the view
scrolls to the end, Qt's ``fetchMore`` counts ten times as far (at last exactly) and the rows
found are added, so every row is reachable. A part of :class:`~fourthpillar.ui.lists.model.PagedListModel`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex

from fourthpillar.services.records import Page
from fourthpillar.store.errors import KnownError
from fourthpillar.store.queries import ListQuery

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractTableModel

    from fourthpillar.ui.jobs import JobRunner

    #: For the type checker the mixin is the model it is mixed into; at run time it adds no base.
    _Model = QAbstractTableModel
else:
    _Model = object

Index = QModelIndex | QPersistentModelIndex

#: Each fetchMore counts this many times further; past MAX_COUNT_LIMIT it counts exactly.
COUNT_GROWTH = 10
MAX_COUNT_LIMIT = 1_000_000
#: In ``_reading`` while fetchMore counts further on the worker thread (no page has this number).
COUNTING = -1


class CountsFurther(_Model):
    """``canFetchMore``/``fetchMore`` of the paged list model."""

    _loaded: bool
    _total: int
    _total_is_exact: bool
    _count_limit: int | None
    _query: ListQuery
    _reading: set[int]
    _jobs: JobRunner | None
    _fetch: Callable[[ListQuery, bool], Page[Any]]
    counts_read: int

    def _failed(self, message: str) -> None:
        raise NotImplementedError

    def _set_reading(self, pages: set[int]) -> None:
        raise NotImplementedError

    def _on_worker(self, read: Callable[[], Any], marker: int, arrived: Callable[[Any], None]) -> None:
        raise NotImplementedError

    def _emit_total(self) -> None:
        raise NotImplementedError

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """True when a search matched more rows than were counted (the view then asks for more
        when it is scrolled to the end)."""
        return not parent.isValid() and self._loaded and not self._total_is_exact

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Count further (ten times as far, then exactly) and add the rows found; with a runner
        the count runs on its worker thread (the view scrolled to the end shows it is busy)."""
        if not self.canFetchMore(parent) or COUNTING in self._reading:
            return
        current = self._count_limit if self._count_limit is not None else self._total
        grown = max(current, self._total, 1) * COUNT_GROWTH
        wider = grown if grown <= MAX_COUNT_LIMIT else None  # None: count them all
        query = replace(self._query, offset=0, limit=0, count_limit=wider)
        if self._jobs is None:
            try:
                counted = self._fetch(query, True)
            except KnownError as error:
                self._failed(str(error))
                return
            self._counted(wider, counted)
            return
        fetch = self._fetch
        self._set_reading(self._reading | {COUNTING})

        def arrived(counted: Page[Any]) -> None:
            self._set_reading(self._reading - {COUNTING})
            self._counted(wider, counted)

        self._on_worker(lambda: fetch(query, True), COUNTING, arrived)

    def _counted(self, wider: int | None, counted: Page[Any]) -> None:
        self.counts_read += 1
        self._count_limit = wider
        total = max(counted.total, self._total)
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self._total_is_exact = counted.total_is_exact
            self.endInsertRows()
        else:
            self._total_is_exact = counted.total_is_exact
        self._emit_total()

