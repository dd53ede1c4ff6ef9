"""A table model over a service list function, read a page at a time.

The database does all sorting, filtering and searching; the model only remembers a few pages
of already formatted-on-demand rows. ``rowCount`` is the total the service reported, so the
view's scroll bar is right from the start and a page is fetched when a row of it is painted.

Painting never reads the database: ``data()`` shows the rows already read, and a row whose page
is not is empty until its page arrives. The page is asked for then and read after the paint, on
the job runner's worker thread when the model has one (the rows already shown stay, and
``reading_changed`` lets the view show it is busy), else on the GUI thread from the event loop;
only the pages the latest paint asked for, not those scrolled past (``page_reads``).
A read that fails leaves its rows empty and says so once (``load_failed``, outside any paint);
no page is read again until the list is (reload, a new query or sort), as Anki's browser model
blocks its updates after an error; a bug in a read too (the bug surfaces, once, instead of the
message). ``row_at`` (what an action or a test asks for) still reads a missing page at once.

A search counts its matches only up to ``count_limit`` (a short word can match 100,000 rows,
counted on every keystroke otherwise): the model then has that many rows, ``total_is_exact`` is
False ("1,000+") and ``canFetchMore`` is True; when the view scrolls to the end, ``fetchMore``
counts further (ten times as far, at last exactly; on the worker thread when there is one) and
adds the rows, so every row is reachable.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.lists import ListColumn
from fourthpillar.services.listing import SEARCH_COUNT_LIMIT
from fourthpillar.services.records import Page
from fourthpillar.store.errors import KnownError
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.lists import format as cells
from fourthpillar.ui.lists.cell_look import LOOK_ROLES
from fourthpillar.ui.lists.cell_look import cell_look
from fourthpillar.ui.lists.counting import CountsFurther
from fourthpillar.ui.lists.page_reads import ReadsAskedPages
from fourthpillar.ui.operations import run_job
from fourthpillar.ui.single_shot import single_shot_timer

#: fetch(query, count) -> one page; count=False skips the total.
Fetch = Callable[[ListQuery, bool], Page[Any]]

#: Rows per page read from the service.
PAGE_SIZE = 200
#: Pages kept in memory; the oldest read is dropped first.
CACHE_PAGES = 8

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Reloaded:
    """The rows read again after a change: the first page with the total, and the page of the
    selected row (None when that is the first page or nothing was selected)."""

    first: Page[Any]
    page: int | None
    rows: list[Any] | None


class PagedListModel(CountsFurther, ReadsAskedPages, QAbstractTableModel):
    """Rows of one list (initiatives, requests or follow-ups) for a QTableView.

    Signals:
        total_changed(int): the number of rows matching the query, after each reload and after
            fetchMore (when ``total_is_exact`` is False, at least that many match).
        load_failed(str): a page could not be read (database locked, gone); the message. Once
            until the list is read again, and never from inside a paint.
        reading_changed(bool): pages asked for by painting are being read (True), or all have
            arrived or failed (False).
    """

    total_changed = Signal(int)
    load_failed = Signal(str)
    reading_changed = Signal(bool)

    def __init__(
        self,
        fetch: Fetch,
        columns: Sequence[ListColumn],
        *,
        row_style: Callable[[Any], str | None] | None = None,
        query: ListQuery | None = None,
        page_size: int = PAGE_SIZE,
        cache_pages: int = CACHE_PAGES,
        count_limit: int | None = SEARCH_COUNT_LIMIT,
        jobs: JobRunner | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        #: Reads the pages painting asks for off the GUI thread (None: from the event loop).
        self._jobs = jobs
        #: Pages asked for by painting and not arrived yet, each asked for once (and COUNTING
        #: while fetchMore counts further).
        self._reading: set[int] = set()
        #: The pages of ``_reading`` that a job on the worker is reading now (one job at a time).
        self._in_flight: set[int] = set()
        #: When a paint last asked for each page of ``_reading`` (ReadsAskedPages), and the tick now.
        self._asked_at: dict[int, int] = {}
        self._tick = 0
        #: Bumped whenever the rows are read anew: a page read for older rows is dropped.
        self._generation = 0
        #: A read failed: no page is read until the rows are read anew.
        self._blocked = False
        self._failure = ""
        # Run from the event loop, outside any paint, when started.
        self._read_timer = single_shot_timer(self, 0, self._read_asked_pages)
        self._failure_timer = single_shot_timer(self, 0, lambda: self.load_failed.emit(self._failure))
        self._columns = tuple(columns)
        self._formatters = {column.key: cells.formatter_for(column) for column in self._columns}
        self._row_style = row_style
        self._page_size = page_size
        #: A new search counts up to this many matches (None: all); fetchMore raises _count_limit.
        self._first_count_limit = count_limit
        self._count_limit = count_limit
        self._query = self._normalised(query or ListQuery())
        self._cache_pages = max(1, cache_pages)
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._total = 0
        self._total_is_exact = True
        self._loaded = False
        #: Where an alert (overdue) shows: the due date column, or the whole row without one.
        self._alert_column = self.column_index("due_on")
        #: How many pages were read from the service (for tests and the benchmark).
        self.pages_read = 0
        #: How many times the total was counted.
        self.counts_read = 0

    # -- the query ---------------------------------------------------------------------------

    @property
    def columns(self) -> tuple[ListColumn, ...]:
        return self._columns

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def total_is_exact(self) -> bool:
        """False when more rows match than :attr:`total` (a search counted up to its limit)."""
        return self._total_is_exact

    @property
    def loaded(self) -> bool:
        return self._loaded

    def _normalised(self, query: ListQuery) -> ListQuery:
        return replace(query, offset=0, limit=self._page_size, count_limit=self._first_count_limit)

    def set_query(self, query: ListQuery) -> None:
        """Show the rows matching *query* (its offset, limit and count limit are the model's business)."""
        self._count_limit = self._first_count_limit
        self._query = self._normalised(query)
        self.reload()

    def prepare(self, query: ListQuery) -> None:
        """Set the query the next :meth:`reload` reads, without reading now."""
        self._count_limit = self._first_count_limit
        self._query = self._normalised(query)

    def reload(self, *, count: bool = True) -> None:
        """Read the first page and the total again, e.g. after the register changed.

        Without *count* the total is kept (a new sort order has the same rows), which saves
        counting a long list again. A :class:`KnownError` leaves the rows shown as they were
        and is raised.
        """
        count = count or not self._loaded
        self._show(self._read(0, count=count), count=count)

    def first_page_reader(self, query: ListQuery, *, count: bool = True) -> Callable[[], Page[Any]]:
        """A function reading *query*'s first page and total that touches no model state, so it
        may run on a worker thread; give its result to :meth:`show_first_page`. Without *count*
        (the same rows in another order) the total is not counted again."""
        count = count or not self._loaded
        normalised = self._normalised(query) if count else replace(
            query, offset=0, limit=self._page_size, count_limit=self._count_limit)
        fetch = self._fetch
        return lambda: fetch(normalised, count)

    def show_first_page(self, query: ListQuery, first: Page[Any], *, count: bool = True) -> None:
        """Show *query*'s rows from its first page read elsewhere (see :meth:`first_page_reader`,
        with the same *count*)."""
        count = count or not self._loaded
        if count:
            self._count_limit = self._first_count_limit
        self._query = replace(query, offset=0, limit=self._page_size, count_limit=self._count_limit)
        self.pages_read += 1
        self.counts_read += int(count)
        self._show(first, count=count)

    def reload_reader(self, *, keep_row: int = -1) -> Callable[[], Reloaded]:
        """A function reading what :meth:`reload` reads (the first page and the total), and the
        page holding *keep_row* (the selected row, so it can stay selected), that touches no
        model state, so it may run on a worker thread; give its result to :meth:`show_reloaded`."""
        fetch = self._fetch
        first = self._page_query(0)
        number = keep_row // self._page_size if keep_row >= self._page_size else None
        other = self._page_query(number) if number is not None else None

        def read() -> Reloaded:
            page = fetch(first, True)
            return Reloaded(page, number, fetch(other, False).rows if other is not None else None)

        return read

    def show_reloaded(self, reloaded: Reloaded) -> None:
        """Show the rows read again elsewhere (see :meth:`reload_reader`)."""
        self.pages_read += 1 + int(reloaded.rows is not None)
        self.counts_read += 1
        self._show(reloaded.first, count=True)
        if reloaded.page is not None and reloaded.rows is not None:
            self._keep(reloaded.page, reloaded.rows)

    def cached_row(self, row: int) -> Any | None:
        """The row's dataclass if its page is in memory, else None; never reads."""
        number, within = divmod(row, self._page_size)
        rows = self._pages.get(number) if self._loaded and 0 <= row < self._total else None
        return rows[within] if rows is not None and within < len(rows) else None

    @property
    def reading(self) -> bool:
        """True while pages that painting asked for are being read."""
        return bool(self._reading)

    def _show(self, first: Page[Any], *, count: bool) -> None:
        self.beginResetModel()
        self._generation += 1
        self._blocked = False
        self._set_reading(set())
        self._pages.clear()
        self._pages[0] = first.rows
        if count:
            self._total = max(first.total, len(first.rows))
            self._total_is_exact = first.total_is_exact
            if len(first.rows) < self._page_size:  # the first page is not full: that is all
                self._total, self._total_is_exact = len(first.rows), True
        self._loaded = True
        self.endResetModel()
        self.total_changed.emit(self._total)

    def _page_query(self, page: int) -> ListQuery:
        # A reload after fetchMore counts as far as the rows already shown (the scroll position
        # and the selection stay meaningful).
        return replace(self._query, offset=page * self._page_size, limit=self._page_size,
                       count_limit=self._count_limit)

    def _read(self, page: int, *, count: bool) -> Page[Any]:
        self.pages_read += 1
        self.counts_read += int(count)
        return self._fetch(self._page_query(page), count)

    def _emit_total(self) -> None:
        self.total_changed.emit(self._total)

    def _on_worker(self, read: Callable[[], Any], marker: int, arrived: Callable[[Any], None]) -> None:
        """Run *read* on the runner's worker thread and give its answer to *arrived*, unless
        the rows were read anew meanwhile (the answer is for rows no longer shown), *marker*
        (a page number, or COUNTING) is no longer awaited or the list was closed; a failure is said once."""
        assert self._jobs is not None
        generation = self._generation

        def answered(answer: Any) -> None:
            if generation == self._generation and marker in self._reading:
                arrived(answer)

        def failed(error: KnownError | ValidationFailed) -> None:
            if generation == self._generation:
                self._failed(str(error))

        run_job(self._jobs, lambda **_: read(), on_done=answered, on_refused=failed, writes=False, owner=self,
                on_bug=lambda: self._stopped_by_bug(generation))

    def column_index(self, key: str) -> int:
        for number, column in enumerate(self._columns):
            if column.key == key:
                return number
        return -1

    def sort_column(self) -> int:
        return self.column_index(self._query.sort) if self._query.sort else -1

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the database for the rows in this order; unsortable columns are ignored."""
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        self._query = replace(self._query, sort=self._columns[column].key,
                              descending=order == Qt.SortOrder.DescendingOrder)
        self.reload(count=False)

    # -- rows --------------------------------------------------------------------------------

    def row_at(self, row: int) -> Any | None:
        """The row's dataclass (reading its page now if needed), or None past the end or when
        the page cannot be read. Not for painting: :meth:`data` uses :meth:`shown_row`."""
        if not self._loaded or not 0 <= row < self._total:
            return None
        number, within = divmod(row, self._page_size)
        rows = self._pages.get(number)
        if rows is None:
            if self._blocked:
                return None
            try:
                rows = self._read(number, count=False).rows
            except KnownError as error:
                self._failed(str(error))
                return None
            self._keep(number, rows)
        else:
            self._pages.move_to_end(number)
        return rows[within] if within < len(rows) else None

    def shown_row(self, row: int) -> Any | None:
        """The row's dataclass if its page has been read, else None (its page is then asked
        for, and read after the paint that asked): painting never waits for the database."""
        if not self._loaded or not 0 <= row < self._total:
            return None
        number, within = divmod(row, self._page_size)
        rows = self._pages.get(number)
        if rows is None:
            self._ask_for(number)
            return None
        return rows[within] if within < len(rows) else None

    def _keep(self, number: int, rows: list[Any]) -> None:
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > self._cache_pages:
            self._pages.popitem(last=False)

    def _set_reading(self, pages: set[int]) -> None:
        was = bool(self._reading)
        self._reading = pages
        self._in_flight &= pages
        self._asked_at = {number: tick for number, tick in self._asked_at.items() if number in pages}
        if bool(pages) != was:
            self.reading_changed.emit(bool(pages))

    def _failed(self, message: str) -> None:
        """A read failed: its rows stay empty, no page is read until the rows are read anew,
        and the message is given once, from the event loop (never inside a paint)."""
        self._set_reading(set())
        if self._blocked:
            return
        self._blocked = True
        self._failure = message
        self._failure_timer.start()

    def _stopped_by_bug(self, generation: int) -> None:
        """A read raised a bug: as after a refusal its rows stay empty, the busy cursor goes and no page
        is read until the rows are read anew (not again on every repaint); the bug surfaces instead."""
        if generation == self._generation:
            self._set_reading(set())
            self._blocked = True

    def id_at(self, row: int) -> str | None:
        item = self.row_at(row)
        return getattr(item, "id", None) if item is not None else None

    def row_of_id(self, record_id: str) -> int:
        """The row showing *record_id* among the pages in memory, or -1."""
        for number, rows in self._pages.items():
            for within, item in enumerate(rows):
                if getattr(item, "id", None) == record_id:
                    return number * self._page_size + within
        return -1

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def display_text(self, row: int, key: str) -> str:
        """The text a cell shows, by column key (for tests: reads the row's page if needed)."""
        item = self.row_at(row)
        number = self.column_index(key)
        if item is None or number < 0:
            return ""
        return self._formatters[key](self._columns[number].value_of(item))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """What a cell shows, from the rows already read (see :meth:`shown_row`); the id and row
        roles, which no paint asks for, read the row's page if needed."""
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == ID_ROLE:
            return self.id_at(index.row())
        if role == ROW_ROLE:
            return self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            item = self.shown_row(index.row())
            return "" if item is None else self._formatters[column.key](column.value_of(item))
        if role in LOOK_ROLES:
            return cell_look(role, column, self.shown_row(index.row()), column_number=index.column(),
                             row_style=self._row_style, alert_column=self._alert_column)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.label
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return Qt.SortOrder.DescendingOrder if column.descending_first else Qt.SortOrder.AscendingOrder
        if role == Qt.ItemDataRole.ToolTipRole and not column.sortable:
            return self.tr("This column cannot be sorted")
        return None

