"""What an officer does from an event's page: edit the event, see its history, register someone,
and mark attendance (or cancel) for the selected registrations as one undoable action.

Writes go through :func:`~fourthpillar.ui.operations.run_write`; what they did is announced
with the page's ``saved`` signal (a ``Done`` naming it) and the page reads the event again.
A mixin of :class:`~fourthpillar.ui.pages.event_page.EventPage`, which builds and fills the page;
what both record pages do alike (editors, history, a walk-in's data) is in
:mod:`fourthpillar.ui.pages.record_actions`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtCore import SignalInstance
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QTableWidget

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import registrations
from fourthpillar.services.records import EventDetail
from fourthpillar.services.records import RegistrationRow
from fourthpillar.services.registrations import RegistrationSaved
from fourthpillar.store.errors import KnownError
from fourthpillar.ui import event_exports
from fourthpillar.ui.editors import EventEditor
from fourthpillar.ui.editors import RegistrationDialog
from fourthpillar.ui.editors.base import EditorDialog
from fourthpillar.ui.editors.done import done
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.pages.record_actions import RecordActions
from fourthpillar.ui.privacy import Person
from fourthpillar.ui.registration_import import RegistrationImportDialog
from fourthpillar.ui.registration_import import choose_file
from fourthpillar.ui.text import count_text
from fourthpillar.ui.text import qt_translator

#: The key that gives the selected registrations each status (in the registrations table).
ATTENDANCE_KEYS = {"attended": "A", "no-show": "N", "registered": "R", "cancelled": "C"}


# The page's context: in the mixin ``self.tr`` would not be the one lupdate reads.
tr = qt_translator("EventPage")


def marking_description(status: str, count: int) -> str:
    """What Edit ▸ Undo calls giving *count* registrations *status* ("Undo Mark 3 attended")."""
    if status == "attended":
        return count_text(tr("Mark %Ln attended"), tr("Mark %Ln attended"), count)
    if status == "no-show":
        return count_text(tr("Mark %Ln no-show"), tr("Mark %Ln no-show"), count)
    if status == "cancelled":
        return count_text(tr("Cancel %Ln registration"), tr("Cancel %Ln registrations"), count)
    return count_text(tr("Mark %Ln registered"), tr("Mark %Ln registered"), count)


class EventActions(RecordActions):
    """The page's buttons and attendance keys at work (mixed into the event page)."""

    history_entity = "event"
    detail: EventDetail | None
    _next_row: int | None
    table: QTableWidget
    if TYPE_CHECKING:  # what the page provides
        initiative_opened: SignalInstance

        def selected_rows(self) -> list[RegistrationRow]: ...

    def _dialog_saved(self, dialog: EditorDialog) -> None:
        if isinstance(dialog, RegistrationDialog) and dialog.status == "waiting":
            self.message_bar.show_message(tr("The event is full: %1 is on the waiting list.").replace(
                "%1", dialog.person()), "info")

    @Slot()
    def edit_event(self) -> None:
        if self.detail is not None:
            self._open_editor(EventEditor, event_id=self.detail.id)

    @Slot()
    def register_someone(self) -> None:
        """Register a contact person or a walk-in (past the capacity: on the waiting list)."""
        if self.detail is not None and not self.detail.archived and not self.reading_another():
            self._open_editor(RegistrationDialog, event_id=self.detail.id)

    @Slot()
    def import_registrations(self, path: Path | None = None) -> RegistrationImportDialog | None:
        """Import registrations from a spreadsheet (chosen here unless *path* is given): the
        preview first, then one action that Ctrl+Z takes back."""
        if self.detail is None or self.detail.archived:
            return None
        path = path or choose_file(self)
        if path is None:
            return None
        dialog = RegistrationImportDialog(self.desk, self.detail.id, self.detail.title, self, runner=self.jobs())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda saved: self._imported(saved, dialog.result_text))
        dialog.read(path)
        dialog.open()
        return dialog

    def _imported(self, saved: object, result: str) -> None:
        self.saved.emit(saved)
        self.message_bar.show_message(tr("Imported: %1").replace("%1", result), "info")
        self.refresh()

    @Slot()
    def open_initiative(self) -> None:
        """Enter on a contact person's registration opens their initiative."""
        rows = self.selected_rows()
        if len(rows) == 1 and rows[0].initiative_id:
            self.initiative_opened.emit(rows[0].initiative_id)

    # -- the event's documents ----------------------------------------------------------------

    @Slot()
    def export_sign_in_sheet(self) -> None:
        if self.detail is not None:
            event_exports.export_sign_in_sheet(self, self.desk, self.detail.id, self.detail.title, runner=self.jobs())

    @Slot()
    def export_participants(self) -> None:
        if self.detail is not None:
            event_exports.export_participants(self, self.desk, self.detail.id, self.detail.title, runner=self.jobs())

    @Slot()
    def export_certificates(self) -> None:
        if self.detail is not None:
            event_exports.export_certificates(self, self.desk, self.detail.id, runner=self.jobs())

    @Slot()
    def export_certificate(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1 and rows[0].status == "attended":
            event_exports.export_certificate(self, self.desk, rows[0].id, rows[0].person_name, runner=self.jobs())

    @Slot()
    def export_calendar(self) -> None:
        if self.detail is not None:
            event_exports.export_calendar(self, self.desk, self.detail.id, self.detail.title, runner=self.jobs())

    # -- a walk-in's rights (GDPR) ---------------------------------------------------------------

    def selected_person(self) -> Person | None:
        """The selected walk-in, whose data the page exports or erases (a contact person's are on
        their initiative's page)."""
        rows = self.selected_rows()
        return Person(rows[0].id, rows[0].person_name, walk_in=True) if len(rows) == 1 and rows[0].walk_in else None

    def mark_selected(self, status: str) -> None:
        """Give the selected registrations *status*, as one action (one Ctrl+Z). Who moves up
        from the waiting list, and who stays on it, is said on the page."""
        rows = [row for row in self.selected_rows() if row.status != status]
        if self.detail is None or self.detail.archived or not rows:
            return
        ids = [row.id for row in rows]
        names = {row.id: row.person_name for row in self.detail.registrations}
        description = marking_description(status, len(ids))
        if len(self.selected_rows()) == 1:
            current = self.table.currentRow()
            self._next_row = current + 1 if current >= 0 else None  # marking goes on down the list
        desk = self.desk

        def marked(results: list[RegistrationSaved]) -> None:
            if results:
                self.saved.emit(done(results[0], description))
            moved = [names.get(registration_id, "") for result in results for registration_id in result.moved_up]
            waiting = [names.get(result.id, "") for result in results if status == "registered"
                       and result.status == "waiting"]
            lines = []
            if moved:
                lines.append(tr("Moved up from the waiting list: %1").replace("%1", ", ".join(moved)))
            if waiting:
                lines.append(tr("The event is full: %1 stays on the waiting list.").replace("%1", ", ".join(waiting)))
            if lines:
                self.message_bar.show_message("\n".join(lines), "info")
            else:
                self.message_bar.clear()
            self.refresh()

        def refused(error: KnownError | ValidationFailed) -> None:
            self._next_row = None
            self.message_bar.show_message(tr("Not changed: %1").replace("%1", str(error)), "error")
            self.refresh()

        run_write(self.jobs(), lambda **_: registrations.set_registration_status(
            desk, registration_ids=ids, status=status), on_done=marked, on_refused=refused)
