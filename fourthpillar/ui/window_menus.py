"""The main window's actions, menus and toolbar: each action made once (text, shortcut, tip,
icon), placed in the menus and on the toolbar, enabled and named for the page shown
(:meth:`WindowMenus._update_actions`), and listed in Help ▸ Keyboard shortcuts.

A mixin of :class:`~fourthpillar.ui.main_window.MainWindow`, which holds what the actions do
(the File menu's commands come from :class:`~fourthpillar.ui.file_commands.FileCommands`; the
Help menu's are here).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QSize
from PySide6.QtCore import Qt
from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QStyle

from fourthpillar import __version__
from fourthpillar.services.walk_ins import ATTENDANCE_YEARS
from fourthpillar.ui.file_commands import FileCommands
from fourthpillar.ui.kinds import record_kind
from fourthpillar.ui.lists.definitions import EVENTS
from fourthpillar.ui.lists.definitions import FOLLOW_UPS
from fourthpillar.ui.lists.definitions import REQUESTS
from fourthpillar.ui.style import themed_icon
from fourthpillar.ui.window_pages import DASHBOARD
from fourthpillar.ui.window_pages import EVENT_PAGE
from fourthpillar.ui.window_pages import INITIATIVE_PAGE
from fourthpillar.ui.window_pages import NAVIGATION
from fourthpillar.ui.window_pages import RECORD_PAGES
from fourthpillar.ui.window_pages import WindowPages


def tr(text: str) -> str:
    """The window's context, as in :mod:`fourthpillar.ui.window_pages` (tools/update-translations
    reads each file's own helper)."""
    return QCoreApplication.translate("MainWindow", text)


class WindowMenus(FileCommands, WindowPages):
    """The window's actions, menus and toolbar (mixed into the main window)."""

    def _action(self, text: str, slot: Callable[..., Any],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                *, tip: str = "", icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(tr("&New…"), self.new_in_current, QKeySequence.StandardKey.New,
                                       tip=tr("Add to the list shown"))
        self.new_initiative_action = self._action(tr("New &initiative…"), self.new_initiative,
                                                  "Ctrl+Shift+I")
        self.new_request_action = self._action(tr("Log advice &request…"), self.new_request, "Ctrl+Shift+R")
        self.new_follow_up_action = self._action(tr("Plan &follow-up…"), self.new_follow_up, "Ctrl+Shift+F")
        self.new_event_action = self._action(tr("Plan e&vent…"), self.new_event, "Ctrl+Shift+E",
                                             tip=tr("A training, info session, network day or webinar"))
        self.import_action = self._action(tr("I&mport initiatives…"), self.import_initiatives)
        self.export_list_action = self._action(
            tr("&Export this list…"), self.export_current_list, "Ctrl+E",
            tip=tr("The list as shown (filters, sort, columns) as a spreadsheet"))
        self.export_summary_action = self._action(tr("Export initiative &summary…"),
                                                  self.export_initiative_summary)
        self.export_advice_action = self._action(tr("Export &advice summary…"), self.export_advice_summary)
        self.network_action = self._action(tr("Ne&twork list…"), self.export_network_list)
        self.period_action = self._action(tr("&Period report…"), self.period_report)
        self.calendar_action = self._action(
            tr("Follow-ups to &calendar…"), self.export_follow_up_calendar,
            tip=tr("Open follow-ups as a calendar file for Outlook, Google Calendar or Thunderbird"))
        self.backups_action = self._action(tr("&Backups…"), self.show_backups)
        self.passphrase_action = self._action(
            tr("C&hange passphrase…"), self.change_passphrase,
            tip=tr("Encrypt the register and its backups with a new passphrase"))
        self.passphrase_action.setVisible(self.desk.database.sqlite_path is not None)
        self.officers_action = self._action(
            tr("O&fficers and logins…"), self.show_officers,
            tip=tr("Who works in the shared register, with which login and rights"))
        self.forget_registrations_action = self._action(
            tr("For&get old registrations…"), self.forget_old_registrations,
            tip=tr("Archive the registrations of events held more than %1 years ago (how long attendance is "
                   "kept) and erase the walk-ins' names and e-mails").replace("%1", str(ATTENDANCE_YEARS)))
        self.demo_action = self._action(tr("Load &demonstration data…"), self.ask_demo_data)
        self.quit_action = self._action(tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.undo_action = self._action(tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(tr("&Redo"), self.redo, "Ctrl+Shift+Z")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.open_action = self._action(tr("&Open"), self.open_selected, "Ctrl+O",
                                        tip=tr("Open the selected row (Enter or double-click)"))
        self.archive_action = self._action(tr("&Archive…"), self.archive_selected,
                                           QKeySequence(Qt.Key.Key_Delete),
                                           tip=tr("Archive the selected rows (can be undone)"))
        self.mark_done_action = self._action(tr("&Mark done…"), self.mark_selected_done, "Ctrl+D",
                                             tip=tr("Mark the selected follow-ups done (can be undone)"))
        self.find_action = self._action(tr("&Find in list"), self.focus_list_search,
                                        QKeySequence.StandardKey.Find)

        self.refresh_action = self._action(tr("&Refresh"), self.refresh_all, QKeySequence.StandardKey.Refresh)
        self.clear_filters_action = self._action(tr("&Clear filters"), self.clear_filters)

        self.go_actions: dict[str, QAction] = {}
        for number, name in enumerate(NAVIGATION, start=1):
            self.go_actions[name] = self._action(self._page_title(name),
                                                 lambda name=name: self.show_page(name), f"Ctrl+{number}")
        self.back_action = self._action(tr("&Back"), self.go_back, QKeySequence.StandardKey.Back)
        self.quick_search_action = self._action(tr("&Quick search…"), self.show_quick_search, "Ctrl+K",
                                                tip=tr("Find anything in the register"))
        self.guide_action = self._action(tr("&User guide"), self.show_user_guide,
                                         QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action = self._action(tr("&Keyboard shortcuts"), self.show_shortcuts, "Shift+F1")
        self.about_action = self._action(tr("&About Fourth Pillar desk"), self.show_about)
        self.report_problem_action = self._action(
            tr("&Report a problem…"), self.report_problem,
            tip=tr("Diagnostics to send to the maintainers: version, system and the log, no names"))
        self.settings_action = self._action(tr("&Settings…"), self.show_settings,
                                            "Ctrl+,",  # Cmd+, on macOS
                                            tip=tr("Your name, language, data folder and backups"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        file_menu.addActions([self.new_initiative_action, self.new_request_action, self.new_follow_up_action,
                              self.new_event_action])
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addActions([self.export_list_action, self.export_summary_action, self.export_advice_action,
                              self.network_action, self.period_action, self.calendar_action])
        file_menu.addSeparator()
        file_menu.addMenu(self.field_sync.menu)
        file_menu.addAction(self.backups_action)
        file_menu.addAction(self.passphrase_action)
        file_menu.addAction(self.officers_action)
        file_menu.addAction(self.forget_registrations_action)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu

        edit_menu = bar.addMenu(tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.open_action, self.mark_done_action, self.archive_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        self.edit_menu = edit_menu

        view_menu = bar.addMenu(tr("&View"))
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.clear_filters_action)
        self.columns_menu = QMenu(tr("C&olumns"), self)
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        view_menu.addMenu(self.columns_menu)
        self.view_menu = view_menu

        go_menu = bar.addMenu(tr("&Go"))
        go_menu.addActions(list(self.go_actions.values()))
        go_menu.addSeparator()
        go_menu.addAction(self.back_action)
        go_menu.addAction(self.quick_search_action)
        self.go_menu = go_menu

        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addActions([self.guide_action, self.shortcuts_action, self.report_problem_action,
                              self.about_action])
        self.help_menu = help_menu

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        icons = {self.new_action: QStyle.StandardPixmap.SP_FileIcon,
                 self.archive_action: QStyle.StandardPixmap.SP_TrashIcon,
                 self.undo_action: QStyle.StandardPixmap.SP_ArrowBack,
                 self.refresh_action: QStyle.StandardPixmap.SP_BrowserReload,
                 self.quick_search_action: QStyle.StandardPixmap.SP_FileDialogContentsView}
        for action, icon in icons.items():
            action.setIcon(themed_icon(self.style(), icon))
        # Short, steady labels on the buttons; the menu entries say exactly what will happen.
        self.new_action.setIconText(tr("New"))
        self.undo_action.setIconText(tr("Undo"))
        self.archive_action.setIconText(tr("Archive"))
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.archive_action)
        toolbar.addAction(self.undo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        toolbar.addAction(self.quick_search_action)
        for action in toolbar.actions():
            tip = action.text().replace("&", "")
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({key})" if key else tip)
        self.toolbar = toolbar
        toolbar.toggleViewAction().setText(tr("Main &toolbar"))  # with its Alt+letter in the View menu
        self.view_menu.insertAction(self.view_menu.actions()[0], toolbar.toggleViewAction())
        self.view_menu.insertSeparator(self.view_menu.actions()[1])

    def _fill_columns_menu(self) -> None:
        self.columns_menu.clear()
        previous = getattr(self, "_column_choices", None)
        if previous is not None:
            previous.deleteLater()  # the actions shown last time
        self._column_choices = None
        page = self.current_list()
        if page is None:
            self.columns_menu.addAction(tr("(open a list first)")).setEnabled(False)
            return
        self._column_choices = page.column_menu(self.columns_menu)
        for action in self._column_choices.actions():
            self.columns_menu.addAction(action)

    @Slot()
    def _update_actions(self) -> None:
        self.undo_action.setEnabled(self.undo_stack.can_undo())
        self.undo_action.setText(tr("&Undo %1").replace("%1", self.undo_stack.undo_text())
                                 if self.undo_stack.can_undo() else tr("&Undo"))
        self.redo_action.setEnabled(self.undo_stack.can_redo())
        self.redo_action.setText(tr("&Redo %1").replace("%1", self.undo_stack.redo_text())
                                 if self.undo_stack.can_redo() else tr("&Redo"))
        name = self.current_page_name() if hasattr(self, "stack") else DASHBOARD
        page = self.current_list()
        has_selection = page is not None and page.table.selectionModel().hasSelection()
        self.archive_action.setEnabled(has_selection or name in RECORD_PAGES)
        self.open_action.setEnabled(has_selection)
        self.mark_done_action.setEnabled(bool(self._follow_ups_in_view()))
        self.find_action.setEnabled(page is not None)
        self.export_list_action.setEnabled(page is not None)
        kind = record_kind(page.definition.kind) if page is not None else None
        self.export_summary_action.setEnabled(
            name == INITIATIVE_PAGE or (kind is not None and kind.exports_initiative_summary and has_selection))
        self.export_advice_action.setEnabled(kind is not None and kind.exports_advice_summary and has_selection)
        self.clear_filters_action.setEnabled(page is not None)
        self.new_action.setText({
            REQUESTS: tr("&New request…"), FOLLOW_UPS: tr("&New follow-up…"), EVENTS: tr("&New event…"),
            INITIATIVE_PAGE: tr("&New request for this initiative…"),
            EVENT_PAGE: tr("&New registration for this event…"),
        }.get(name, tr("&New initiative…")))
        self.back_action.setEnabled(bool(self._history))

    # -- the Help menu -----------------------------------------------------------------------

    def show_user_guide(self) -> None:
        from fourthpillar.ui.help import show_user_guide

        show_user_guide(self)

    def show_shortcuts(self) -> None:
        rows = []
        for action in [self.new_action, self.new_initiative_action, self.new_request_action,
                       self.new_follow_up_action, self.new_event_action, self.mark_done_action, self.undo_action,
                       self.redo_action, self.archive_action, self.find_action, self.quick_search_action,
                       *self.go_actions.values(), self.back_action, self.refresh_action, self.guide_action]:
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            rows.append(f"<tr><td><b>{key}</b></td><td>{action.text().replace('&', '')}</td></tr>")
        enter, open_row = tr("Enter"), tr("Open the selected row")  # lupdate skips f-strings
        rows.append(f"<tr><td><b>{enter}</b></td><td>{open_row}</td></tr>")
        marking = tr("On an event's registrations: attended, no-show, registered, cancel")
        rows.append(f"<tr><td><b>A · N · R · C</b></td><td>{marking}</td></tr>")
        QMessageBox.information(self, tr("Keyboard shortcuts"), "<table cellspacing=6>" + "".join(rows)
                                + "</table>")

    def report_problem(self) -> None:
        from fourthpillar.ui.diagnostics import report_problem_dialog

        report_problem_dialog(self.desk, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(self, tr("About Fourth Pillar desk"), tr(
            "<h3>Fourth Pillar desk %1</h3><p>Register, helpdesk and follow-ups of the 4th Pillar "
            "Support Office of 11.11.11.</p>").replace("%1", __version__))
