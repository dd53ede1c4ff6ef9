"""A list page's columns (shown, hidden, widths, the columns menu) and what it remembers in
QSettings (header, sort, search and filters): the part of :class:`~fourthpillar.ui.lists.view.ListPage`
that is about the officer's habits rather than about reading rows."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QWidget

from fourthpillar.ui import settings
from fourthpillar.ui.text import qt_translator

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLineEdit
    from PySide6.QtWidgets import QTableView

    from fourthpillar.services.desk import Desk
    from fourthpillar.store.queries import ListQuery
    from fourthpillar.ui.lists.definitions import ListDefinition
    from fourthpillar.ui.lists.filters import FilterBar
    from fourthpillar.ui.lists.model import PagedListModel

    #: For the type checker the mixin is a widget; at run time it adds no base.
    _Page = QWidget
else:
    _Page = object


tr = qt_translator("ListPage")


class ListLayout(_Page):
    """Columns and remembered settings of a list page (mixed into ``ListPage``, which has
    these widgets and methods)."""

    desk: Desk
    definition: ListDefinition
    model: PagedListModel
    table: QTableView
    search_box: QLineEdit
    filters: FilterBar
    _search_timer: QTimer

    def build_query(self) -> ListQuery:
        raise NotImplementedError

    def _show_sort_indicator(self) -> None:
        raise NotImplementedError

    def _show_filtered_state(self) -> None:
        raise NotImplementedError

    def column_menu(self, parent: QWidget | None = None) -> QMenu:
        """Checkable columns (at least one stays) and a way back to the default columns."""
        menu = QMenu(tr("Columns"), parent or self)
        header = self.table.horizontalHeader()
        shown = [column for column in range(header.count()) if not header.isSectionHidden(column)]
        for number, column in enumerate(self.definition.columns):
            action = QAction(column.label, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.setEnabled(not (len(shown) == 1 and number in shown))
            action.toggled.connect(lambda checked, number=number: self.set_column_shown(number, checked))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(tr("Reset columns"), self.reset_columns)
        return menu

    @Slot(QPoint)
    def _show_column_menu(self, position: QPoint) -> None:
        header = self.table.horizontalHeader()
        self.column_menu(self).exec(header.mapToGlobal(position))

    def set_column_shown(self, column: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        header.setSectionHidden(column, not shown)
        if shown and header.sectionSize(column) < 40:
            header.resizeSection(column, header.defaultSectionSize())
        self.save_settings()

    @Slot()
    def reset_columns(self) -> None:
        header = self.table.horizontalHeader()
        for number, column in enumerate(self.definition.columns):
            header.moveSection(header.visualIndex(number), number)
            header.setSectionHidden(number, not column.shown_by_default)
        self._default_widths()
        self.save_settings()

    def visible_columns(self) -> list[str]:
        """Keys of the shown columns in the order the user sees them."""
        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(visual) for visual in range(header.count())]
        return [self.definition.columns[n].key for n in logical if not header.isSectionHidden(n)]

    def _default_widths(self) -> None:
        header = self.table.horizontalHeader()
        for number, column in enumerate(self.definition.columns):
            header.resizeSection(number, column.width)

    # -- remembered settings -----------------------------------------------------------------

    def _remember_sort(self) -> None:
        settings.write(settings.list_key(self.definition.name, "sort"), self.model.query.sort or "")
        settings.write(settings.list_key(self.definition.name, "descending"), self.model.query.descending)

    def _restore_settings(self) -> None:
        name = self.definition.name
        header = self.table.horizontalHeader()
        state = settings.read_bytes(settings.list_key(name, "header"))
        header.blockSignals(True)
        known = settings.header_sections(state) if state is not None else None
        if state is None or known is None or not header.restoreState(state):
            known = 0
        for number, column in enumerate(self.definition.columns[known:], start=known):
            # Columns the remembered layout does not know (new ones come last): their defaults.
            header.setSectionHidden(number, not column.shown_by_default)
            header.resizeSection(number, column.width)
        header.blockSignals(False)
        # Not blocked: the box's clear button follows textChanged; the search timer is stopped.
        self.search_box.setText(settings.read_str(self._register_key("search")))
        self._search_timer.stop()
        self.filters.restore(settings.read_json_object(self._register_key("filters")))
        query = self.build_query()
        catalogue = self.definition.catalogue
        sort = settings.read_str(settings.list_key(name, "sort"), catalogue.default_sort)
        if self.model.column_index(sort) >= 0 and self.definition.columns[self.model.column_index(sort)].sortable:
            descending = settings.read_bool(settings.list_key(name, "descending"), catalogue.default_descending)
            query = replace(query, sort=sort, descending=descending)
        self.model.prepare(query)
        self._show_sort_indicator()
        self._show_filtered_state()

    def _remember_filters(self) -> None:
        """Remember the search and filters as they are asked (a restart shows the list as left)."""
        settings.write(self._register_key("search"), self.search_box.text().strip())
        settings.write_json(self._register_key("filters"), self.filters.state())

    def _register_key(self, name: str) -> str:
        """Search and filters belong to the register (another register has other records to
        look for); column widths and sort order are the officer's habit and follow her."""
        return settings.register_list_key(self.desk.replica_id, self.definition.name, name)

    def save_settings(self) -> None:
        name = self.definition.name
        settings.write(settings.list_key(name, "header"), self.table.horizontalHeader().saveState())
        settings.write(settings.list_key(name, "sort"), self.model.query.sort or "")
        settings.write(settings.list_key(name, "descending"), self.model.query.descending)
        self._remember_filters()
