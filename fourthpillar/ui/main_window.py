"""The main window: the dashboard, the lists, the initiative and event pages, the conflicts and
duplicates pages, and what the window does when an officer opens, creates, archives or undoes.

Its actions and menus are in :mod:`fourthpillar.ui.window_menus`, the navigation, page
switching and remembered window state in :mod:`fourthpillar.ui.window_pages`, the File menu's
commands in :mod:`fourthpillar.ui.file_commands`, the event page in
:mod:`fourthpillar.ui.window_events`.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QSplitter
from PySide6.QtWidgets import QStackedWidget
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import followups
from fourthpillar.services import logins
from fourthpillar.services import officers
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import OfficerView
from fourthpillar.services.records import SearchHit
from fourthpillar.store.errors import KnownError
from fourthpillar.ui import operations
from fourthpillar.ui.dashboard import DashboardPage
from fourthpillar.ui.duplicates import DUPLICATES
from fourthpillar.ui.duplicates import DuplicatesPage
from fourthpillar.ui.events import DeskEvents
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.kinds import FOLLOW_UP
from fourthpillar.ui.kinds import INITIATIVE
from fourthpillar.ui.kinds import REQUEST
from fourthpillar.ui.kinds import record_kind
from fourthpillar.ui.lists.definitions import ALL_LISTS
from fourthpillar.ui.lists.definitions import EVENTS
from fourthpillar.ui.lists.definitions import FOLLOW_UPS
from fourthpillar.ui.lists.definitions import REQUESTS
from fourthpillar.ui.lists.view import ListPage
from fourthpillar.ui.quick_search import QuickSearch
from fourthpillar.ui.style import style_sheet
from fourthpillar.ui.sync_actions import CONFLICTS
from fourthpillar.ui.sync_actions import FieldSync
from fourthpillar.ui.undo import UndoStack
from fourthpillar.ui.window_archiving import WindowArchiving
from fourthpillar.ui.window_events import WindowEvents
from fourthpillar.ui.window_menus import WindowMenus
from fourthpillar.ui.window_pages import DASHBOARD
from fourthpillar.ui.window_pages import EVENT_PAGE
from fourthpillar.ui.window_pages import INITIATIVE_PAGE
from fourthpillar.ui.window_pages import NAVIGATION

if TYPE_CHECKING:
    from fourthpillar.ui.editors.base import EditorDialog
    from fourthpillar.ui.pages.initiative_page import InitiativePage

__all__ = ["DASHBOARD", "INITIATIVE_PAGE", "NAVIGATION", "MainWindow"]


class MainWindow(WindowMenus, WindowEvents, WindowArchiving, QMainWindow):
    """The desk's main window.

    Holds the app-wide objects: :attr:`events` (``data_changed`` after any write),
    :attr:`jobs` (the background-job runner) and :attr:`undo_stack`.

    Signals:
        desk_replaced(object): a restore from a backup reopened the register (the new Desk);
            this window's desk is closed and the app opens a new window on the new one.
    """

    desk_replaced = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        # What the signed-in login may do (the shared database); everything on a desk's own register.
        # Read in the background once the window is built: until then only what every login may.
        self.permissions = logins.until_read(desk)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Fourth Pillar desk"))
        self.setStyleSheet(style_sheet())
        self.setAcceptDrops(True)  # a spreadsheet dropped on the window is imported (FileCommands)
        self.events = DeskEvents(self)
        self.jobs = JobRunner(self)
        self.undo_stack = UndoStack(desk, self, runner=self.jobs)
        self.undo_stack.changed.connect(self._update_actions)
        self.undo_stack.applied.connect(self.events.data_changed)
        self.undo_stack.undone.connect(self._undone)
        self.undo_stack.redone.connect(self._redone)
        self.undo_stack.refused.connect(self._undo_refused)
        self._history: list[str] = []
        self._archive_read = operations.LatestRead()
        self._past_registrations_read = operations.LatestRead()  # File ▸ Forget old registrations…

        self.dashboard = DashboardPage(desk, self, jobs=self.jobs)
        self.dashboard.item_opened.connect(self.open_item)
        self.dashboard.list_requested.connect(self.show_list_filtered)
        self.dashboard.complete_requested.connect(self.complete_follow_ups)
        self.dashboard.selection_changed.connect(self._update_actions)
        self.lists: dict[str, ListPage] = {}
        for definition in ALL_LISTS:
            page = ListPage(desk, definition, self, jobs=self.jobs)
            page.item_activated.connect(self.open_item)
            page.total_changed.connect(self._update_counts)
            page.selection_changed.connect(self._update_actions)
            page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            page.table.customContextMenuRequested.connect(
                lambda position, page=page: self._show_row_menu(page, position))
            self.lists[definition.name] = page
        self.initiative_page = self._make_initiative_page()
        self.event_page = self._make_event_page()
        self.field_sync = FieldSync(self)  # File ▸ Field package and the Conflicts page
        self.duplicates = DuplicatesPage(desk, self.jobs, self)
        self.duplicates.changed.connect(lambda description, batch_id: self.record_saved(
            description, SimpleNamespace(batch_id=batch_id)))
        self.duplicates.open_initiative.connect(self.show_initiative)
        self.duplicates.failed.connect(lambda message: self.statusBar().showMessage(message, 12000))

        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {DASHBOARD: self.dashboard, **self.lists,
                                          CONFLICTS: self.field_sync.page, DUPLICATES: self.duplicates,
                                          INITIATIVE_PAGE: self.initiative_page, EVENT_PAGE: self.event_page}
        for widget in self.pages.values():
            self.stack.addWidget(widget)
        self.stack.currentChanged.connect(self._on_page_changed)

        self._build_navigation()

        self.splitter = QSplitter(self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([190, 1000])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel(self)
        self.officer_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.officer_label)
        self._show_officer()

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.events.data_changed.connect(self._on_data_changed)
        self._restore_settings()
        self.field_sync.connect_window()
        self.apply_permissions(self.permissions)
        if self.permissions.has_logins:  # a desk's own register: until_read gave them already
            self.apply_permissions()
        self._update_actions()

    # -- construction ------------------------------------------------------------------------

    def _make_initiative_page(self) -> InitiativePage:
        from fourthpillar.ui.pages.initiative_page import InitiativePage

        page = InitiativePage(self.desk, parent=self, permissions=self.permissions)
        page.setObjectName("initiativePage")
        page.request_opened.connect(lambda record_id: self.open_item(REQUEST.name, record_id))
        page.follow_up_opened.connect(lambda record_id: self.open_item(FOLLOW_UP.name, record_id))
        page.event_opened.connect(self.show_event)
        page.saved.connect(self._page_saved)
        # An erasure cannot be undone: not on the undo stack, but the views refresh.
        page.person_erased.connect(lambda _contact_id: self.events.data_changed.emit())
        page.shown.connect(self._record_page_shown)
        return page

    @Slot()
    def _record_page_shown(self) -> None:
        """A record's page shows what its read brought: the title and the actions follow."""
        self._update_actions()
        self._update_title()

    @Slot(object)
    def _page_saved(self, saved: Any) -> None:
        """A change made on the initiative page (edit, contact, request, follow-up)."""
        detail = self.initiative_page.detail
        name = detail.name if detail is not None else ""
        description = (self.tr("Change to “%1”").replace("%1", name[:40]) if name
                       else self.tr("Change to an initiative"))
        self.record_saved(description, saved)  # an editor's save names itself (editors.done.Done)

    # -- opening and creating ----------------------------------------------------------------

    @Slot(str, str)
    def open_item(self, kind: str, record_id: str) -> None:
        """Open what a list row, a dashboard line or a search hit is about: a record of *kind*
        (``ui.kinds``), on its page or in its editor."""
        opened = record_kind(kind)
        if opened is None:
            return
        if opened.editor is None:
            self.show_on_page(opened, record_id)
        else:
            self.run_editor(opened.editor(), self.tr(opened.edit_description), **{opened.id_argument: record_id})

    def _show_row_menu(self, page: ListPage, position: QPoint) -> None:
        """Right-click on a row: what can be done with it."""
        rows = page.selected_rows()
        if not rows:
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        kind = record_kind(page.definition.kind)
        if kind is not None and kind.starts_request:
            menu.addAction(self.new_request_action)
        if kind is not None and kind.starts_follow_up:
            menu.addAction(self.new_follow_up_action)
        if kind is not None and kind.can_be_done and self._follow_ups_in_view():
            menu.addAction(self.mark_done_action)
        menu.addSeparator()
        menu.addAction(self.archive_action)
        menu.exec(page.table.viewport().mapToGlobal(position))

    @Slot(str)
    def complete_follow_up(self, follow_up_id: str) -> None:
        from fourthpillar.ui.editors import CompleteFollowUpDialog

        self.run_editor(CompleteFollowUpDialog, self.tr("Mark follow-up done"), follow_up_id=follow_up_id)

    def _follow_ups_in_view(self) -> list[str]:
        """The open follow-ups selected on the dashboard or in the follow-up list."""
        if self.current_page_name() == DASHBOARD:
            return self.dashboard.selected_follow_up_ids()
        page = self.current_list()
        kind = record_kind(page.definition.kind) if page is not None else None
        if page is None or kind is None or not kind.can_be_done:
            return []
        return [row.id for row in page.selected_rows() if row.done_on is None and not row.archived]

    @Slot()
    def mark_selected_done(self) -> None:
        self.complete_follow_ups(self._follow_ups_in_view())

    @Slot(list)
    def complete_follow_ups(self, follow_up_ids: list[str]) -> None:
        """One follow-up: its Mark done dialog (date and outcome). Several: one outcome for all,
        saved in the background as one action that one Ctrl+Z undoes."""
        if len(follow_up_ids) == 1:
            self.complete_follow_up(follow_up_ids[0])
        if len(follow_up_ids) < 2:
            return
        outcome = operations.ask_common_outcome(self, len(follow_up_ids))
        if outcome is None:
            return
        description = operations.mark_done_description(len(follow_up_ids))

        def refused(error: KnownError | ValidationFailed) -> None:
            self.show_error(self.tr("The follow-ups were not marked done"), error)
            self.events.data_changed.emit()  # the list may show a follow-up archived meanwhile

        desk = self.desk
        operations.run_write(
            self.jobs, lambda **_: followups.complete_follow_ups(desk, follow_up_ids=follow_up_ids, outcome=outcome),
            on_done=lambda saved: self.record_saved(description, saved[0] if saved else None), on_refused=refused)

    @Slot()
    def open_selected(self) -> None:
        page = self.current_list()
        if page is not None:
            page.open_current()

    def run_editor(self, editor: type[EditorDialog], description: str, **arguments: Any) -> Any:
        """Show one of the editors modally; what it saved goes on the undo stack.

        Returns the :class:`Saved`, or None when cancelled or when the record cannot be opened.
        """
        saved = operations.run_editor(
            self, self.desk, editor, runner=self.jobs, **arguments,
            on_follow_up_saved=lambda follow_up: self.record_saved(self.tr("Plan or complete follow-up"), follow_up))
        if saved is not None:
            self.record_saved(description, saved)
        return saved

    def record_saved(self, description: str, saved: Any, *, status: str | None = None) -> None:
        """Put a change made elsewhere (editor, page) on the undo stack and refresh the views.

        *status* replaces the status bar's "<description>: saved." (an import names its counts).
        An editor's save says itself what was done ("Follow-up planned: ..."): that wins.
        """
        said = getattr(saved, "description", "")
        description = said or description
        batch_id = getattr(saved, "batch_id", None)
        if batch_id:
            self.undo_stack.push(description, batch_id)
            if status is None:
                status = (self.tr("%1. Press Ctrl+Z to undo.") if said
                          else self.tr("%1: saved. Ctrl+Z undoes it.")).replace("%1", description)
            self.statusBar().showMessage(status, 8000)
        self.events.data_changed.emit()

    @Slot()
    def new_in_current(self) -> None:
        name = self.current_page_name()
        if name == REQUESTS:
            self.new_request()
        elif name == FOLLOW_UPS:
            self.new_follow_up()
        elif name == INITIATIVE_PAGE and self.initiative_page.opened_id:
            self.new_request()
        elif name == EVENTS:
            self.new_event()
        elif name == EVENT_PAGE:
            self.event_page.register_someone()
        else:
            self.new_initiative()

    @Slot()
    def new_initiative(self) -> None:
        from fourthpillar.ui.editors import InitiativeEditor

        saved = self.run_editor(InitiativeEditor, self.tr("Register initiative"), initiative_id=None)
        if saved is not None:
            self.show_initiative(saved.id)

    def _initiative_in_view(self) -> str | None:
        if self.current_page_name() == INITIATIVE_PAGE:
            return self.initiative_page.opened_id
        page = self.current_list()
        rows = page.selected_rows() if page is not None else []
        if page is not None and rows:
            row = rows[0]
            return row.id if record_kind(page.definition.kind) is INITIATIVE else getattr(row, "initiative_id", None)
        return None

    @Slot()
    def new_request(self) -> None:
        from fourthpillar.ui.editors import RequestEditor

        self.run_editor(RequestEditor, self.tr("Log request"), request_id=None,
                        initiative_id=self._initiative_in_view())

    @Slot()
    def new_follow_up(self) -> None:
        from fourthpillar.ui.editors import FollowUpEditor

        request_id = self._request_in_view()
        self.run_editor(FollowUpEditor, self.tr("Plan follow-up"), follow_up_id=None,
                        initiative_id=None if request_id else self._initiative_in_view(), request_id=request_id)

    # -- undo, redo (archiving: ui.window_archiving) ---------------------------------------------

    @Slot()
    def undo(self) -> None:
        """Ctrl+Z: the last action is undone in the background (the status bar says when)."""
        self.undo_stack.undo()

    @Slot()
    def redo(self) -> None:
        self.undo_stack.redo()

    @Slot(str)
    def _undone(self, description: str) -> None:
        self.statusBar().showMessage(self.tr("Undone: %1").replace("%1", description), 6000)

    @Slot(str)
    def _redone(self, description: str) -> None:
        self.statusBar().showMessage(self.tr("Redone: %1").replace("%1", description), 6000)

    @Slot(bool, object)
    def _undo_refused(self, undoing: bool, error: BaseException) -> None:
        self.show_error(self.tr("Undo failed") if undoing else self.tr("Redo failed"), error)

    # -- refreshing --------------------------------------------------------------------------

    @Slot()
    def _on_data_changed(self) -> None:
        self.dashboard.mark_stale()
        for page in self.lists.values():
            page.mark_stale()
        self.duplicates.mark_stale()
        initiative_id = self.initiative_page.opened_id
        if self.current_page_name() == INITIATIVE_PAGE and initiative_id:
            self.initiative_page.show_initiative(initiative_id, on_failed=self._initiative_gone)
        self.refresh_event_page()
        self._update_actions()
        self._update_title()

    def _initiative_gone(self, _error: BaseException) -> None:
        """The initiative shown can no longer be read (archived elsewhere): back to where the officer was."""
        if self.current_page_name() == INITIATIVE_PAGE:
            self.go_back()

    @Slot()
    def refresh_all(self) -> None:
        self.events.data_changed.emit()

    @Slot()
    def clear_filters(self) -> None:
        page = self.current_list()
        if page is not None:
            page.clear_filters()  # one re-query for the search and the filters together

    @Slot()
    def focus_list_search(self) -> None:
        page = self.current_list()
        if page is not None:
            page.focus_search()

    def apply_permissions(self, allowed: logins.Permissions | None = None) -> None:
        """Offer only what the signed-in login may do (read again in the background when *allowed*
        is None): the database would refuse the rest anyway, with one line."""
        if allowed is None:
            desk = self.desk
            # A failed read changes nothing: the server is away, and still refuses what the login may not do.
            operations.run_read(self.jobs, lambda **_: logins.permissions(desk), busy=self.officer_label,
                                on_done=self.apply_permissions, on_refused=lambda _error: None)
            return
        self.permissions = allowed
        self.officers_action.setVisible(self.permissions.has_logins)
        # Demonstration data adds officers, which only an admin may do on the shared database.
        self.demo_action.setEnabled(self.permissions.can_manage_officers)
        # The clean-up erases walk-ins, which only an admin may do on the shared database.
        self.forget_registrations_action.setEnabled(self.permissions.can_erase)
        self.initiative_page.set_permissions(self.permissions)
        self.field_sync.apply_permissions(self.permissions)

    def _show_officer(self) -> None:
        """The signed-in officer's name in the status bar, read in the background."""
        desk = self.desk

        def show(officer: OfficerView | None) -> None:
            self.officer_label.setText(self.tr("Signed in as %1").replace("%1", officer.name) if officer else "")

        operations.run_read(self.jobs, lambda **_: officers.current_officer(desk), busy=self.officer_label,
                            on_done=show, on_refused=lambda _error: show(None))

    # -- quick search and settings ---------------------------------------------------------------

    @Slot()
    def show_quick_search(self) -> QuickSearch:
        popup = QuickSearch(self.desk, self, runner=self.jobs)
        popup.hit_chosen.connect(self.open_hit)
        popup.finished.connect(popup.deleteLater)
        popup.open()
        popup.line.setFocus()
        self._quick_search = popup
        return popup

    @Slot(object)
    def open_hit(self, hit: SearchHit) -> None:
        """A record with an editor opens in it; anything else (an initiative, a contact) on the
        initiative's page."""
        kind = record_kind(hit.kind)
        if kind is not None and not kind.opens_on_page:
            self.open_item(hit.kind, hit.id)
        else:
            self.show_initiative(hit.initiative_id)

    def show_settings(self) -> None:
        from fourthpillar.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.desk, self, runner=self.jobs)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self._show_officer()

    def show_error(self, title: str, error: BaseException) -> None:
        QMessageBox.warning(self, title, str(error))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.jobs.writing:
            answer = QMessageBox.question(self, self.tr("Work in progress"), self.tr(
                "A background task is still running. Cancel it and quit?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.jobs.cancel_all()  # reads (a list page, the dashboard) are simply dropped
        self.save_settings()
        self.jobs.wait(30_000)
        super().closeEvent(event)
