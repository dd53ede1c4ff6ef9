"""A table model over a service list function, read a page at a time.

The database does all sorting, filtering and searching; the model only remembers a few pages
of already formatted-on-demand rows. ``rowCount`` is the total the service reported, so the
view's scroll bar is right from the start and a page is fetched when a row of it is painted.

A search counts its matches only up to ``count_limit`` (a short word can match 100,000 rows,
counted on every keystroke otherwise): the model then has that many rows, ``total_is_exact`` is
False ("1,000+") and ``canFetchMore`` is True; when the view scrolls to the end, ``fetchMore``
counts further (ten times as far, at last exactly) and adds the rows, so every row is reachable.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from fourthpillar import clock
from fourthpillar.lists import ListColumn
from fourthpillar.services.listing import SEARCH_COUNT_LIMIT
from fourthpillar.services.records import Page
from fourthpillar.store.errors import KnownError
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.lists import format as cells
from fourthpillar.ui.style import colour

#: fetch(query, count) -> one page; count=False skips the total.
Fetch = Callable[[ListQuery, bool], Page[Any]]

#: Rows per page read from the service.
PAGE_SIZE = 200
#: Pages kept in memory; the oldest read is dropped first.
CACHE_PAGES = 8
#: Each fetchMore counts this many times further; past MAX_COUNT_LIMIT it counts exactly.
COUNT_GROWTH = 10
MAX_COUNT_LIMIT = 1_000_000

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_NUMERIC = (int, float)

Index = QModelIndex | QPersistentModelIndex


class RowStyle:
    """How a row looks beyond its text (overdue in red, archived in grey)."""

    DIMMED = "dimmed"
    ALERT = "alert"


class PagedListModel(QAbstractTableModel):
    """Rows of one list (initiatives, requests or follow-ups) for a QTableView.

    Signals:
        total_changed(int): the number of rows matching the query, after each reload and after
            fetchMore (when ``total_is_exact`` is False, at least that many match).
        load_failed(str): a page could not be read (database locked, gone); the message.
    """

    total_changed = Signal(int)
    load_failed = Signal(str)

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
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
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

    def first_page_reader(self, query: ListQuery) -> Callable[[], Page[Any]]:
        """A function reading *query*'s first page and total that touches no model state, so it
        may run on a worker thread; give its result to :meth:`show_first_page`."""
        normalised = self._normalised(query)
        fetch = self._fetch
        return lambda: fetch(normalised, True)

    def show_first_page(self, query: ListQuery, first: Page[Any]) -> None:
        """Show *query*'s rows from its first page read elsewhere (see :meth:`first_page_reader`)."""
        self._count_limit = self._first_count_limit
        self._query = self._normalised(query)
        self.pages_read += 1
        self.counts_read += 1
        self._show(first, count=True)

    def _show(self, first: Page[Any], *, count: bool) -> None:
        self.beginResetModel()
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

    def _read(self, page: int, *, count: bool) -> Page[Any]:
        # A reload after fetchMore counts as far as the rows already shown (the scroll position
        # and the selection stay meaningful).
        query = replace(self._query, offset=page * self._page_size, limit=self._page_size,
                        count_limit=self._count_limit)
        self.pages_read += 1
        self.counts_read += int(count)
        return self._fetch(query, count)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        """True when a search matched more rows than were counted (the view then asks for more
        when it is scrolled to the end)."""
        return not parent.isValid() and self._loaded and not self._total_is_exact

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Count further (ten times as far, then exactly) and add the rows found."""
        if not self.canFetchMore(parent):
            return
        current = self._count_limit if self._count_limit is not None else self._total
        wider: int | None = max(current, self._total, 1) * COUNT_GROWTH
        if wider > MAX_COUNT_LIMIT:
            wider = None  # count them all
        query = replace(self._query, offset=0, limit=0, count_limit=wider)
        try:
            counted = self._fetch(query, True)
        except KnownError as error:
            self.load_failed.emit(str(error))
            return
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
        self.total_changed.emit(self._total)

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
        """The row's dataclass (reading its page if needed), or None past the end."""
        if not self._loaded or not 0 <= row < self._total:
            return None
        number, within = divmod(row, self._page_size)
        rows = self._pages.get(number)
        if rows is None:
            try:
                rows = self._read(number, count=False).rows
            except KnownError as error:
                self.load_failed.emit(str(error))
                return None
            self._pages[number] = rows
            while len(self._pages) > self._cache_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return rows[within] if within < len(rows) else None

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
        """The text a cell shows, by column key (for tests and exports of the visible list)."""
        item = self.row_at(row)
        number = self.column_index(key)
        if item is None or number < 0:
            return ""
        return self._formatters[key](self._columns[number].value_of(item))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(index.row(), column.key)
        if role == ID_ROLE:
            return self.id_at(index.row())
        if role == ROW_ROLE:
            return self.row_at(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            item = self.row_at(index.row())
            value = column.value_of(item) if item is not None else None
            if isinstance(value, str) and (len(value) > 60 or "\n" in value):
                return value
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            item = self.row_at(index.row())
            value = column.value_of(item) if item is not None else None
            if isinstance(value, _NUMERIC) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole) and self._row_style:
            item = self.row_at(index.row())
            style = self._row_style(item) if item is not None else None
            if style is None:
                return None
            if style == RowStyle.ALERT and self._alert_column >= 0 and index.column() != self._alert_column:
                return None  # only the due date turns red, the row stays readable
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(colour("error") if style == RowStyle.ALERT else colour("muted")))
            if style == RowStyle.ALERT:
                font = QFont()
                font.setBold(True)
                return font
            return None
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


def is_overdue(due_on: dt.date | None, today: dt.date | None = None) -> bool:
    return due_on is not None and due_on < (today or clock.today())
