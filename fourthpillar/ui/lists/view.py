"""One list page: search box, filter bar and the paged table, remembered in QSettings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtCore import QModelIndex
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QHeaderView
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QTableView
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import KnownError
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.events import ReadsWhenShown
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.lists.definitions import EVENTS
from fourthpillar.ui.lists.definitions import FOLLOW_UPS
from fourthpillar.ui.lists.definitions import INITIATIVES
from fourthpillar.ui.lists.definitions import ListDefinition
from fourthpillar.ui.lists.filters import FilterBar
from fourthpillar.ui.lists.layout import ListLayout
from fourthpillar.ui.lists.model import PagedListModel
from fourthpillar.ui.operations import run_job
from fourthpillar.ui.single_shot import single_shot_timer

#: Search-as-you-type waits this long after the last key before asking the database.
SEARCH_DELAY_MS = 150


def _unsorted(query: ListQuery) -> ListQuery:
    """*query* without its order and page: what decides which rows (and how many) match."""
    return replace(query, sort=None, descending=False, offset=0, limit=0, count_limit=None)


class _SearchBox(QLineEdit):
    """A search field whose Down key moves into the list below and whose Esc clears it."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class ListTable(QTableView):
    """The table of a list: rows selectable, Enter and double-click open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)


class ListPage(ListLayout, ReadsWhenShown, QWidget):
    """A searchable, filterable, sortable list of initiatives, requests, follow-ups or events.

    Signals:
        item_activated(str, str): kind ("initiative", "request", "follow_up", "event") and id of the
            row the user opened (Enter or double-click).
        total_changed(int): rows matching the current search and filters.
        selection_changed(): the selected rows changed (actions enable/disable).
    """

    item_activated = Signal(str, str)
    total_changed = Signal(int)
    selection_changed = Signal()

    def __init__(self, desk: Desk, definition: ListDefinition, parent: QWidget | None = None, *,
                 jobs: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"list_{definition.name}")
        self.desk = desk
        self.definition = definition
        self._stale = True
        #: Runs searches typed in the box off the GUI thread (None: search on the GUI thread).
        self._jobs = jobs
        #: Bumped by every query; a background search whose number is not the latest is dropped.
        self._generation = 0
        #: A first page is being read on the worker thread (a search, filter, sort or refresh)...
        self.searching = False
        #: ...for this query.
        self._pending: ListQuery | None = None
        self.model = PagedListModel(
            definition.fetcher(desk), definition.columns, row_style=definition.row_style, jobs=jobs, parent=self,
            query=ListQuery(sort=definition.catalogue.default_sort, descending=definition.catalogue.default_descending,
                            **definition.initial_filters),
        )
        self.model.total_changed.connect(self._on_total)
        self.model.load_failed.connect(self._show_error)
        self.model.reading_changed.connect(self._show_reading)

        self.title = QLabel(definition.title(), self)
        self.title.setObjectName("pageTitle")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("pageCount")
        title_row = QHBoxLayout()
        title_row.addWidget(self.title)
        #: Beside the count while a search or filter narrows the list (also after a restart).
        self.filtered_label = QLabel(self.tr("(filtered)"), self)
        self.filtered_label.setObjectName("pageFiltered")
        self.filtered_label.setToolTip(self.tr("A search or filter hides some rows; Clear filters shows them all"))
        self.filtered_label.setVisible(False)
        title_row.addStretch(1)
        title_row.addWidget(self.count_label)
        title_row.addWidget(self.filtered_label)

        self.search_box = _SearchBox(self)
        self.search_box.setObjectName("listSearch")
        self.search_box.setPlaceholderText(definition.search_placeholder())
        self.search_box.setAccessibleName(self.tr("Search the list"))
        self.search_box.setClearButtonEnabled(True)
        self._search_timer = single_shot_timer(self, SEARCH_DELAY_MS, self._search_in_background)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self._search_now)
        self.search_box.down_pressed.connect(self.focus_table)

        self.filters = FilterBar(desk, definition, self, jobs=jobs)
        self.filters.changed.connect(self.apply_query)
        self.filters.clear_requested.connect(self.clear_filters)

        self.table = ListTable(self)
        self.table.setObjectName(f"table_{definition.name}")
        self.table.setModel(self.model)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        header.customContextMenuRequested.connect(self._show_column_menu)

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._body = QStackedWidget(self)
        self._body.addWidget(self.table)
        self._body.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addLayout(title_row)
        layout.addWidget(self.search_box)
        layout.addWidget(self.filters)
        layout.addWidget(self._body, 1)

        previous: QWidget = self.search_box
        for widget in [*self.filters.focus_widgets(), self.table]:
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self.setFocusProxy(self.search_box)
        self._restore_settings()

    # -- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.filters.load_officers()
        if self._stale:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Re-read the rows, keeping the selected row selected when it is still there."""
        if self._pending is not None:
            # A search, filter or sort is being read: read that one again (the register changed
            # since it was asked), rather than the rows it is about to replace.
            def shown() -> None:
                self.table.scrollToTop()
                self._remember_sort()
                self._show_sort_indicator()

            self._read_first_page(self._pending, then=shown)
            return
        current_row = self.table.currentIndex().row()
        scroll = self.table.verticalScrollBar().value()
        if self._jobs is not None:
            # Read on the worker thread, with the selected row's page; the rows shown stay until then.
            current = getattr(self.model.cached_row(current_row), "id", None)
            self._read_in_background(self.model.reload_reader(keep_row=current_row), self.model.show_reloaded,
                                     then=lambda: self._keep_place(current, current_row, scroll))
            return
        self._generation += 1
        current = self.current_id()
        try:
            self.model.reload()
        except KnownError as error:
            self._show_error(str(error))
            return
        self._stale = False
        self._keep_place(current, current_row, scroll, self.model.id_at(current_row))

    def _keep_place(self, current: str | None, current_row: int, scroll: int, now_there: str | None = None) -> None:
        """After the rows were read again: the same scroll position, and the selected record
        still selected when it is among the rows read (*now_there*: the id in its row now)."""
        self.table.verticalScrollBar().setValue(scroll)
        if now_there is None:
            now_there = getattr(self.model.cached_row(current_row), "id", None)
        if current and now_there == current:
            self.select_row(current_row)  # still in its place (most edits do not move a row)
        elif current:
            self.select_id(current)

    def build_query(self) -> ListQuery:
        ordered = self._pending or self.model.query  # a new order still being read counts already
        return replace(
            ListQuery(**self.filters.values()),
            search=self.search_box.text().strip(),
            sort=ordered.sort, descending=ordered.descending,
        )

    @Slot()
    def apply_query(self) -> None:
        """Search and filter as chosen (the sort stays); the selection goes back to the top.

        With a runner the rows are read on its worker thread (the rows shown stay until then)."""
        self._apply_query()

    def _apply_query(self, then: Callable[[], None] | None = None) -> None:
        """:meth:`apply_query`, then *then* once the rows are shown."""
        self._search_timer.stop()
        self._remember_filters()
        if self._jobs is not None:
            def shown() -> None:
                self.table.scrollToTop()
                if then is not None:
                    then()

            self._read_first_page(self.build_query(), then=shown)
            return
        self._generation += 1
        self.searching = False
        self._pending = None
        try:
            self.model.set_query(self.build_query())
        except KnownError as error:
            self._show_error(str(error))
            return
        self._stale = False
        self.table.scrollToTop()
        if then is not None:
            then()

    @Slot()
    def _search_in_background(self) -> None:
        """Search as typed without freezing the window: the query runs on a worker thread and
        only the answer to the latest text is shown."""
        if self._jobs is None:
            self.apply_query()
            return
        self._remember_filters()
        self._read_first_page(self.build_query(), then=self.table.scrollToTop)

    def _read_first_page(self, query: ListQuery, *, count: bool = True,
                         then: Callable[[], None] | None = None, failed_then: Callable[[], None] | None = None,
                         ) -> None:
        """Read *query*'s first page on the runner's worker thread and show it (then *then*),
        so the window never waits for the database (another program may hold it for seconds):
        the rows shown stay meanwhile and the table shows it is busy. Only the answer to the
        latest query is shown. A failure is said in the count label (then *failed_then*)."""
        read = self.model.first_page_reader(query, count=count)
        self._read_in_background(read, lambda first: self.model.show_first_page(query, first, count=count),
                                 pending=query, then=then, failed_then=failed_then)

    def _read_in_background(self, read: Callable[[], Any], show: Callable[[Any], None], *,
                            pending: ListQuery | None = None, then: Callable[[], None] | None = None,
                            failed_then: Callable[[], None] | None = None) -> None:
        """Run *read* on the runner's worker thread and hand its answer to *show* (then *then*),
        unless another read was asked for meanwhile; :meth:`_read_first_page` (a new *pending*
        query) and :meth:`refresh` (also a list's first load) read through here."""
        assert self._jobs is not None
        self._generation += 1
        generation = self._generation
        self.searching = True
        self._pending = pending
        self._show_reading(True)

        def shown(answer: Any) -> None:
            if generation != self._generation:
                return  # an older query answering late (run_job drops it once the page is closed)
            self.searching = False
            self._pending = None
            self._stale = False
            show(answer)
            self._show_reading(self.model.reading)
            if then is not None:
                then()

        def given_up() -> bool:
            """The newest read ended without rows (refused, or a bug): the list no longer shows it
            on its way. False for an older read, whose end changes nothing."""
            if generation != self._generation:
                return False
            self.searching = False
            self._pending = None
            self._show_reading(self.model.reading)
            return True

        def failed(error: KnownError | ValidationFailed) -> None:
            if not given_up():
                return
            self.count_label.setText(str(error))
            if failed_then is not None:
                failed_then()

        run_job(self._jobs, lambda **_: read(), on_done=shown, on_refused=failed, writes=False, owner=self,
                on_bug=given_up)

    @Slot()
    def _search_now(self) -> None:
        self._apply_query(then=self.focus_table)

    def show_filtered(self, **filters: Any) -> None:
        """Show the list narrowed to *filters* (e.g. status="waiting"), other filters cleared."""
        self.search_box.clear()  # its search timer is stopped by apply_query below
        self.filters.blockSignals(True)
        self.filters.reset()
        for name, value in filters.items():
            self.filters.set_filter(name, value)
        self.filters.blockSignals(False)
        self.apply_query()

    @Slot()
    def clear_filters(self) -> None:
        """Clear the search and the filters (back to the list's defaults), with one re-query."""
        self.show_filtered()

    def is_filtered(self) -> bool:
        """True when a search or a filter other than the list's default hides rows."""
        return bool(self.search_box.text().strip()) or not self.filters.is_default()

    def _show_filtered_state(self) -> None:
        filtered = self.is_filtered()
        self.filtered_label.setVisible(filtered)
        self.filters.clear_button.setEnabled(filtered)

    def count_text(self, total: int, exact: bool = True) -> str:
        """The count label: "1,234 requests", or "1,000+ requests" when a search matched more
        rows than were counted (scrolling to the end of the list counts further)."""
        if exact:
            return self.definition.count_text(total)
        if self.definition.name == INITIATIVES:
            text = self.tr("%1+ initiatives")
        elif self.definition.name == FOLLOW_UPS:
            text = self.tr("%1+ follow-ups")
        elif self.definition.name == EVENTS:
            text = self.tr("%1+ events")
        else:
            text = self.tr("%1+ requests")
        return text.replace("%1", QLocale().toString(total))

    @Slot(int)
    def _on_total(self, total: int) -> None:
        self.count_label.setText(self.count_text(total, self.model.total_is_exact))
        self._show_filtered_state()
        if total == 0:
            if self.is_filtered():
                self.empty_label.setText(self.tr("Nothing matches this search and these filters."))
            else:
                self.empty_label.setText(self.tr("Nothing here yet. Press Ctrl+N to add the first one."))
            self._body.setCurrentWidget(self.empty_label)
        else:
            self._body.setCurrentWidget(self.table)
        self.total_changed.emit(total)

    @Slot(bool)
    def _show_reading(self, reading: bool) -> None:
        """Rows scrolled to are being read: the table shows it is busy (the rows shown stay)."""
        viewport = self.table.viewport()
        if reading:
            viewport.setCursor(Qt.CursorShape.BusyCursor)
        else:
            viewport.unsetCursor()

    @Slot(str)
    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("The list cannot be read"), message)

    # -- selection and opening ---------------------------------------------------------------

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        record_id = self.model.id_at(index.row())
        if record_id:
            self.item_activated.emit(self.definition.kind, record_id)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._on_activated(index)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def selected_rows(self) -> list[Any]:
        """The selected rows' dataclasses, top to bottom."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [item for item in (self.model.row_at(row) for row in rows) if item is not None]

    def select_id(self, record_id: str) -> bool:
        row = self.model.row_of_id(record_id)
        if row < 0:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int) -> None:
        index = self.model.index(row, max(0, self.table.horizontalHeader().logicalIndex(0)))
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)

    @Slot()
    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
            self.select_row(0)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # -- sorting and columns -----------------------------------------------------------------

    @Slot(int, Qt.SortOrder)
    def _on_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        if 0 <= column < len(self.definition.columns) and self.definition.columns[column].sortable:
            if self._jobs is not None:  # also before the first load: it replaces that read
                self._sort_in_background(column, order)
                return
            try:
                self.model.sort(column, order)
            except KnownError as error:
                self._show_error(str(error))
            self._remember_sort()
        self._show_sort_indicator()

    def _sort_in_background(self, column: int, order: Qt.SortOrder) -> None:
        """The rows in the new order, read on the worker thread (the header shows the new order
        at once; the rows shown stay until it has been read)."""
        query = replace(self.build_query(), sort=self.definition.columns[column].key,
                        descending=order == Qt.SortOrder.DescendingOrder)
        # The same rows in another order need no new count (unless a search or filter is pending).
        same_rows = _unsorted(query) == _unsorted(self.model.query)

        def sorted_() -> None:
            self._remember_sort()
            self._show_sort_indicator()

        self._read_first_page(query, count=not same_rows, then=sorted_, failed_then=self._show_sort_indicator)

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        header.blockSignals(False)
        header.viewport().update()
