"""What an officer does from an initiative's page: edit it, see its history, log a request, plan
or complete a follow-up, open a timeline entry, add, edit or archive a contact person, and export
or erase a person's data (GDPR).

Editors open window-modal (``open()``, no nested event loop); what they save is announced with
the page's ``saved`` signal and the page reads the initiative again. A mixin of
:class:`~fourthpillar.ui.pages.initiative_page.InitiativePage`, which builds and fills the page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMetaMethod, QPoint, Qt, SignalInstance, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QPushButton, QTreeWidget, QTreeWidgetItem, QWidget

from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.services.records import ContactView, InitiativeDetail, Saved
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.editors import (
    CompleteFollowUpDialog,
    ContactEditor,
    FollowUpEditor,
    InitiativeEditor,
    RequestEditor,
)
from fourthpillar.ui.editors.base import EditorDialog
from fourthpillar.ui.editors.done import done, named
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.kinds import EVENT, REQUEST, record_kind
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.text import qt_translator
from fourthpillar.ui.widgets.message_bar import MessageBar

if TYPE_CHECKING:
    #: For the type checker the mixin is the page it is mixed into; at run time it adds no base.
    _Page = QWidget
else:
    _Page = object


# The page's context: in the mixin ``self.tr`` would not be the one lupdate reads.
tr = qt_translator("InitiativePage")


class InitiativeActions(_Page):
    """The page's buttons, timeline and contact menu at work (mixed into the initiative page)."""

    desk: Desk
    detail: InitiativeDetail | None
    active_dialog: QDialog | None
    _own_jobs: JobRunner | None
    message_bar: MessageBar
    timeline_tree: QTreeWidget
    contact_tree: QTreeWidget
    edit_contact_button: QPushButton
    archive_contact_button: QPushButton
    export_person_action: QAction
    erase_person_action: QAction
    if TYPE_CHECKING:  # what the page provides
        request_opened: SignalInstance
        follow_up_opened: SignalInstance
        event_opened: SignalInstance
        saved: SignalInstance
        person_erased: SignalInstance

        def refresh(self) -> None: ...
        def selected_contact_id(self) -> str | None: ...
        def selected_entry(self) -> tuple[str, str, bool] | None: ...

    def _open_dialog(self, make: Callable[[], EditorDialog]) -> None:
        """Show the dialog *make* builds, window-modal; when it saves, announce it and refresh.

        A record that vanished meanwhile (archived elsewhere, say) is reported on the page.
        """
        try:
            dialog = make()
        except KnownError as error:
            self.refresh()
            self.message_bar.show_message(tr("This cannot be opened: %1").replace("%1", str(error)), "error")
            return
        dialog.runner = self.jobs()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._dialog_finished(dialog, result))
        if isinstance(dialog, RequestEditor):
            dialog.follow_up_saved.connect(self._announce)
        self.active_dialog = dialog
        dialog.open()

    def _open_for_initiative(self, editor: Callable[..., EditorDialog], **arguments: Any) -> None:
        """Open *editor* for the initiative shown (nothing while none is)."""
        if self.detail is not None:
            initiative_id = self.detail.id
            self._open_dialog(lambda: editor(self.desk, initiative_id=initiative_id, parent=self, **arguments))

    def _dialog_finished(self, dialog: EditorDialog, result: int) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        if result == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.saved.emit(dialog.saved)
        self.refresh()

    @Slot(object)
    def _announce(self, saved: Saved) -> None:
        self.saved.emit(saved)
        self.refresh()

    @Slot()
    def edit_initiative(self) -> None:
        self._open_for_initiative(InitiativeEditor)

    @Slot()
    def show_history(self) -> None:
        """The initiative's change history, from which an earlier action can be undone."""
        if self.detail is None:
            return
        from fourthpillar.ui.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.desk, entity="initiative", record_id=self.detail.id,
                               title=self.detail.name, parent=self, runner=self.jobs())
        dialog.undone.connect(self._announce)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def new_request(self) -> None:
        self._open_for_initiative(RequestEditor)

    @Slot()
    def plan_follow_up(self) -> None:
        self._open_for_initiative(FollowUpEditor)

    @Slot()
    def mark_done(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry[0] == "follow_up" and not entry[2]:
            self._open_dialog(lambda: CompleteFollowUpDialog(self.desk, follow_up_id=entry[1], parent=self))

    def _signal_connected(self, signal: SignalInstance) -> bool:
        return self.isSignalConnected(QMetaMethod.fromSignal(signal))

    def open_entry(self, item: QTreeWidgetItem | None = None) -> None:
        """Open a timeline entry: emit its signal, and open its editor when nobody listens."""
        if item is not None:
            self.timeline_tree.setCurrentItem(item)
        entry = self.selected_entry()
        if entry is None:
            return
        kind, record_id, _done = entry
        if record_kind(kind) is EVENT:
            self.event_opened.emit(record_id)  # an event has no editor of its own: the window's page
        elif record_kind(kind) is REQUEST:
            if self._signal_connected(self.request_opened):
                self.request_opened.emit(record_id)
            else:
                self._open_dialog(lambda: RequestEditor(self.desk, request_id=record_id, parent=self))
        elif self._signal_connected(self.follow_up_opened):
            self.follow_up_opened.emit(record_id)
        else:
            self._open_dialog(lambda: FollowUpEditor(self.desk, follow_up_id=record_id, parent=self))

    @Slot()
    def add_contact(self) -> None:
        self._open_for_initiative(ContactEditor)

    @Slot()
    def edit_contact(self) -> None:
        contact_id = self.selected_contact_id()
        if contact_id is not None:
            self._open_for_initiative(ContactEditor, contact_id=contact_id)

    def confirm_archive_contact(self, name: str) -> bool:
        answer = QMessageBox.question(
            self, tr("Archive contact person"),
            tr("Archive %1? They disappear from this initiative's contacts; "
                    "Undo brings them back.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def archive_contact(self) -> None:
        contact_id = self.selected_contact_id()
        if self.detail is None or contact_id is None:
            return
        contact = next((item for item in self.detail.contacts if item.id == contact_id), None)
        if contact is None or not self.confirm_archive_contact(contact.name):
            return
        desk, description = self.desk, named(tr("Contact person archived: %1"), contact.name)

        def archived(saved: Saved) -> None:
            self.saved.emit(done(saved, description))
            self.refresh()

        run_write(self.jobs(), lambda **_: initiatives.archive_contact(desk, contact_id=contact_id),
                  on_done=archived, on_refused=lambda error: self.message_bar.show_message(
                      tr("Not archived: %1").replace("%1", str(error)), "error"))

    # -- a person's data (GDPR) ----------------------------------------------------------------

    def contact_menu(self) -> QMenu:
        """What can be done with the selected contact person (the contact list's context menu)."""
        menu = QMenu(self)
        for button, slot in ((self.edit_contact_button, self.edit_contact),
                             (self.archive_contact_button, self.archive_contact)):
            menu.addAction(button.text(), slot).setEnabled(button.isEnabled())
        menu.addSeparator()
        menu.addActions([self.export_person_action, self.erase_person_action])
        return menu

    def _show_contact_menu(self, position: QPoint) -> None:
        item = self.contact_tree.itemAt(position)
        if item is None:
            return
        self.contact_tree.setCurrentItem(item)
        menu = self.contact_menu()
        menu.exec(self.contact_tree.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _selected_contact(self) -> ContactView | None:
        contact_id = self.selected_contact_id()
        if self.detail is None or contact_id is None:
            return None
        return next((item for item in self.detail.contacts if item.id == contact_id), None)

    def jobs(self) -> JobRunner:
        """The window's background-job runner (or the page's own, when shown on its own)."""
        runner = getattr(self.window(), "jobs", None)
        if isinstance(runner, JobRunner):
            return runner
        if self._own_jobs is None:
            self._own_jobs = JobRunner(self)
        return self._own_jobs

    @Slot()
    def export_person(self) -> None:
        """Everything held about the selected person, as a PDF and a JSON file in a chosen folder."""
        from fourthpillar.ui.privacy import export_person_data

        contact = self._selected_contact()
        if contact is not None:
            export_person_data(self, self.desk, self.jobs(), contact.id)

    @Slot()
    def erase_person(self) -> None:
        """Erase the selected person's name, e-mail and phone everywhere (asks first, naming them)."""
        from fourthpillar.ui.privacy import erase_person_data

        contact = self._selected_contact()
        if contact is not None:
            erase_person_data(self, self.desk, self.jobs(), contact.id, contact.name, on_erased=self._erased)

    def _erased(self, erasure: object) -> None:
        self.refresh()
        self.person_erased.emit(str(getattr(erasure, "contact_id", "")))
