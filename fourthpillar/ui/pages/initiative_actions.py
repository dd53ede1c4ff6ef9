"""What an officer does from an initiative's page: edit it, see its history, log a request, plan
or complete a follow-up, open a timeline entry, add, edit or archive a contact person, and export
or erase a person's data (GDPR).

Editors open window-modal (``open()``, no nested event loop); what they save is announced with
the page's ``saved`` signal and the page reads the initiative again. A mixin of
:class:`~fourthpillar.ui.pages.initiative_page.InitiativePage`, which builds and fills the page;
what both record pages do alike (editors, history, a person's data) is in
:mod:`fourthpillar.ui.pages.record_actions`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QMetaMethod
from PySide6.QtCore import QPoint
from PySide6.QtCore import SignalInstance
from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QTreeWidget
from PySide6.QtWidgets import QTreeWidgetItem

from fourthpillar.services import initiatives
from fourthpillar.services.erasure import ErasureResult
from fourthpillar.services.records import ContactView
from fourthpillar.services.records import InitiativeDetail
from fourthpillar.services.records import Saved
from fourthpillar.ui.editors import CompleteFollowUpDialog
from fourthpillar.ui.editors import ContactEditor
from fourthpillar.ui.editors import FollowUpEditor
from fourthpillar.ui.editors import InitiativeEditor
from fourthpillar.ui.editors import RequestEditor
from fourthpillar.ui.editors.base import EditorDialog
from fourthpillar.ui.editors.done import done
from fourthpillar.ui.editors.done import named
from fourthpillar.ui.kinds import EVENT
from fourthpillar.ui.kinds import REQUEST
from fourthpillar.ui.kinds import record_kind
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.pages.record_actions import RecordActions
from fourthpillar.ui.privacy import Person
from fourthpillar.ui.text import qt_translator

# The page's context: in the mixin ``self.tr`` would not be the one lupdate reads.
tr = qt_translator("InitiativePage")


class InitiativeActions(RecordActions):
    """The page's buttons, timeline and contact menu at work (mixed into the initiative page)."""

    history_entity = "initiative"
    detail: InitiativeDetail | None
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
        person_erased: SignalInstance

        def selected_contact_id(self) -> str | None: ...
        def selected_entry(self) -> tuple[str, str, bool] | None: ...
        def selected_open_follow_up(self) -> str | None: ...

    def _dialog_opened(self, dialog: EditorDialog) -> None:
        if isinstance(dialog, RequestEditor):
            dialog.follow_up_saved.connect(self._announce)

    def _open_for_initiative(self, editor: Callable[..., EditorDialog], **arguments: Any) -> None:
        """Open *editor* for the initiative shown (nothing while none is, or another is read)."""
        if self.detail is not None and not self.reading_another():
            self._open_editor(editor, initiative_id=self.detail.id, **arguments)

    @Slot()
    def edit_initiative(self) -> None:
        self._open_for_initiative(InitiativeEditor)

    @Slot()
    def new_request(self) -> None:
        self._open_for_initiative(RequestEditor)

    @Slot()
    def plan_follow_up(self) -> None:
        self._open_for_initiative(FollowUpEditor)

    # -- the timeline's entries (its Open and Mark done buttons) ---------------------------------

    def open_entry(self, item: QTreeWidgetItem | None = None) -> None:
        """Open a timeline entry: emit its signal, and open its editor when nobody listens."""
        if item is not None:
            self.timeline_tree.setCurrentItem(item)
        entry = self.selected_entry()
        if entry is None:
            return
        kind, record_id = record_kind(entry[0]), entry[1]
        if kind is EVENT:
            self.event_opened.emit(record_id)  # an event has no editor of its own: the window's page
            return
        opened = self.request_opened if kind is REQUEST else self.follow_up_opened
        if self.isSignalConnected(QMetaMethod.fromSignal(opened)):
            opened.emit(record_id)
        elif kind is not None and kind.editor is not None:
            self._open_editor(kind.editor(), **{kind.id_argument: record_id})

    @Slot()
    def mark_done(self) -> None:
        follow_up_id = self.selected_open_follow_up()
        if follow_up_id is not None:
            self._open_editor(CompleteFollowUpDialog, follow_up_id=follow_up_id)

    # -- contact persons --------------------------------------------------------------------------

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
        contact = self.selected_contact()
        if contact is None or not self.confirm_archive_contact(contact.name):
            return
        desk, description = self.desk, named(tr("Contact person archived: %1"), contact.name)

        def archived(saved: Saved) -> None:
            self.saved.emit(done(saved, description))
            self.refresh()

        run_write(self.jobs(), lambda **_: initiatives.archive_contact(desk, contact_id=contact.id),
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

    def selected_contact(self) -> ContactView | None:
        contact_id = self.selected_contact_id()
        if self.detail is None or contact_id is None:
            return None
        return next((item for item in self.detail.contacts if item.id == contact_id), None)

    def selected_person(self) -> Person | None:
        """The selected contact person, whose data the page exports or erases."""
        contact = self.selected_contact()
        return Person(contact.id, contact.name) if contact is not None else None

    def _person_erased(self, erasure: ErasureResult) -> None:
        self.refresh()
        self.person_erased.emit(str(getattr(erasure, "contact_id", "")))
