"""The main window's pages: the navigation at the left, which page shows (and Alt+Left back to
the one before), the title bar and the count in the status bar, and what the window remembers
between sessions (its size and place, the splitter, the page it showed).

A mixin of :class:`~fourthpillar.ui.main_window.MainWindow`, which builds the pages themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QListWidget
from PySide6.QtWidgets import QListWidgetItem
from PySide6.QtWidgets import QStyle

from fourthpillar.ui import settings
from fourthpillar.ui.duplicates import DUPLICATES
from fourthpillar.ui.lists.definitions import EVENTS
from fourthpillar.ui.lists.definitions import FOLLOW_UPS
from fourthpillar.ui.lists.definitions import INITIATIVES
from fourthpillar.ui.lists.definitions import REQUESTS
from fourthpillar.ui.lists.view import ListPage
from fourthpillar.ui.style import themed_icon
from fourthpillar.ui.sync_actions import CONFLICTS
from fourthpillar.ui.text import qt_translator
from fourthpillar.ui.window_part import WindowPart
from fourthpillar.ui.window_size import fit_on_screen

DASHBOARD = "dashboard"
INITIATIVE_PAGE = "initiative"
EVENT_PAGE = "event"
#: Pages in the navigation, in order (Ctrl+1..Ctrl+7).
NAVIGATION = (DASHBOARD, INITIATIVES, REQUESTS, FOLLOW_UPS, EVENTS, CONFLICTS, DUPLICATES)
#: A record's page and the list it belongs to (highlighted in the navigation while it shows).
RECORD_PAGES = {INITIATIVE_PAGE: INITIATIVES, EVENT_PAGE: EVENTS}


# The window's context: in the mixin ``self.tr`` would not be the one lupdate reads.
tr = qt_translator("MainWindow")


class WindowPages(WindowPart):
    """Navigation, page switching and the window's remembered state (mixed into the main window)."""

    #: The pages shown before, for Back (Alt+Left).
    _history: list[str]

    def _build_navigation(self) -> None:
        """The list of pages at the left (Ctrl+1..Ctrl+7 go to them too)."""
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(18, 18))
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigation.setAccessibleName(tr("Navigation"))
        self.navigation.setMinimumWidth(200)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        icons = {DASHBOARD: QStyle.StandardPixmap.SP_ComputerIcon,
                 INITIATIVES: QStyle.StandardPixmap.SP_DirHomeIcon,
                 REQUESTS: QStyle.StandardPixmap.SP_MessageBoxQuestion,
                 FOLLOW_UPS: QStyle.StandardPixmap.SP_FileDialogDetailedView,
                 EVENTS: QStyle.StandardPixmap.SP_FileDialogInfoView,
                 CONFLICTS: QStyle.StandardPixmap.SP_MessageBoxWarning,
                 DUPLICATES: QStyle.StandardPixmap.SP_FileDialogContentsView}
        for name in NAVIGATION:
            item = QListWidgetItem(themed_icon(self.style(), icons[name]), self._page_title(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.navigation.addItem(item)
        for name, page in self.lists.items():
            page.table.setAccessibleName(self._page_title(name))
        self.navigation.currentRowChanged.connect(self._on_navigation)
        # On an initiative's page "Initiatives" stays highlighted (on an event's "Events"): a click
        # on it goes back to the list.
        self.navigation.itemClicked.connect(lambda item: self._on_navigation(self.navigation.row(item)))

    def _page_title(self, name: str) -> str:
        return {DASHBOARD: tr("Dashboard"), INITIATIVES: tr("Initiatives"),
                REQUESTS: tr("Advice requests"), FOLLOW_UPS: tr("Follow-ups"), EVENTS: tr("Events"),
                CONFLICTS: tr("Conflicts"), DUPLICATES: tr("Duplicates"),
                INITIATIVE_PAGE: tr("Initiative"), EVENT_PAGE: tr("Event")}[name]

    def current_page_name(self) -> str:
        widget = self.stack.currentWidget()
        return next(name for name, page in self.pages.items() if page is widget)

    def current_list(self) -> ListPage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ListPage) else None

    def show_page(self, name: str, *, remember: bool = True) -> None:
        current = self.current_page_name()
        if remember and current != name and (not self._history or self._history[-1] != current):
            self._history.append(current)
            del self._history[:-20]
        self.stack.setCurrentWidget(self.pages[name])
        focus = self.pages[name]
        if isinstance(focus, ListPage):
            focus.focus_table()
        else:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(int)
    def _on_navigation(self, row: int) -> None:
        if 0 <= row < len(NAVIGATION) and self.current_page_name() != NAVIGATION[row]:
            self.show_page(NAVIGATION[row])

    @Slot(int)
    def _on_page_changed(self, _index: int) -> None:
        name = self.current_page_name()
        highlighted = RECORD_PAGES.get(name, name)
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(NAVIGATION.index(highlighted))
        self.navigation.blockSignals(False)
        self._update_counts()
        self._update_actions()
        self._update_title()

    def _update_title(self) -> None:
        """The page (or the initiative) in the title bar; Qt appends the app's display name."""
        name = self.current_page_name()
        detail = self.initiative_page.detail
        event = self.event_page.detail
        if name == INITIATIVE_PAGE and detail is not None and detail.name:
            self.setWindowTitle(tr("Initiative") if self.initiative_page.reading_another() else detail.name)
        elif name == EVENT_PAGE and event is not None:
            self.setWindowTitle(tr("Event") if self.event_page.reading_another() else event.title)
        elif name == DASHBOARD:
            self.setWindowTitle(tr("Fourth Pillar desk"))
        else:
            self.setWindowTitle(self._page_title(name))

    @Slot()
    def go_back(self) -> None:
        if self._history:
            self.show_page(self._history.pop(), remember=False)

    @Slot(str, dict)
    def show_list_filtered(self, list_name: str, filters: dict[str, Any]) -> None:
        self.show_page(list_name)
        self.lists[list_name].show_filtered(**filters)

    def open_record_page(self, name: str, cannot_open: str) -> Callable[[BaseException], None]:
        """Show the record's page *name* (it reads the record in the background, showing it is
        busy); what to do when that read fails: the error shown under the title *cannot_open*,
        and the page it was opened from shown again (unless the page showed a record before)."""
        before = self.current_page_name()
        self.show_page(name)

        def failed(error: BaseException) -> None:
            self.show_error(cannot_open, error)
            if self.current_page_name() == name and before != name:
                self.go_back()

        return failed

    def show_initiative(self, initiative_id: str) -> None:
        """The initiative's page, which reads it in the background."""
        self.initiative_page.show_initiative(initiative_id, on_failed=self.open_record_page(
            INITIATIVE_PAGE, tr("The initiative cannot be opened")))

    @Slot()
    def _update_counts(self, *_args: Any) -> None:
        page = self.current_list()
        if page is not None and page.model.loaded:
            text = page.definition.count_text(page.model.total)
            if page.is_filtered():
                text = tr("%1 (filtered)").replace("%1", text)
            self.count_label.setText(text)
        else:
            self.count_label.clear()

    def _restore_settings(self) -> None:
        geometry = settings.read_bytes(settings.MAIN_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        fit_on_screen(self)
        state = settings.read_bytes(settings.MAIN_STATE)
        if state is not None:
            self.restoreState(state)
        splitter = settings.read_bytes(settings.MAIN_SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        page = settings.read_str(settings.register_key(self.desk.replica_id, settings.MAIN_PAGE), DASHBOARD)
        self.show_page(page if page in NAVIGATION else DASHBOARD, remember=False)
        self._on_page_changed(self.stack.currentIndex())

    def save_settings(self) -> None:
        settings.write(settings.MAIN_GEOMETRY, self.saveGeometry())
        settings.write(settings.MAIN_STATE, self.saveState())
        settings.write(settings.MAIN_SPLITTER, self.splitter.saveState())
        name = self.current_page_name()
        settings.write(settings.register_key(self.desk.replica_id, settings.MAIN_PAGE),
                       RECORD_PAGES.get(name, name))
        for page in self.lists.values():
            page.save_settings()
