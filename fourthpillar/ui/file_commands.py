"""File menu commands of the main window: import, exports, backups, the passphrase, officers,
the retention clean-up of old registrations, demonstration data.

Each lives in a module of its own (some pull in heavy libraries such as reportlab), imported
only when the officer uses it. A mixin of :class:`~fourthpillar.ui.main_window.MainWindow`
(what it uses of the window: :class:`~fourthpillar.ui.window_part.WindowPart`).
"""

from __future__ import annotations

from typing import Any

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.jobs import IsCancelled
from fourthpillar.jobs import Progress
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.kinds import REQUEST
from fourthpillar.ui.kinds import record_kind
from fourthpillar.ui.operations import LatestRead
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.text import qt_translator
from fourthpillar.ui.window_part import WindowPart

# What the import wizard reads (File > Import initiatives).
SPREADSHEET_SUFFIXES = (".xlsx", ".ods", ".xls", ".csv")


# A fixed context: in the mixin ``self.tr`` would use the window's class name.
tr = qt_translator("FileCommands")


class FileCommands(WindowPart):
    """The File menu's handlers (mixed into the main window)."""

    # -- import and export (modules of their own, loaded when used) ---------------------------

    def _exports(self) -> Any:
        from fourthpillar.ui import exports  # loads reportlab: only when an export is asked for

        return exports

    def import_initiatives(self, path: str | None = None) -> None:
        from fourthpillar.ui.importing import open_import_wizard

        result = open_import_wizard(self, self.desk, runner=self.jobs, path=path)
        if result is not None:
            counts = tr("Imported from {file}: {created} created, {updated} updated, {skipped} duplicates skipped, "
                        "{not_imported} rows not imported. Ctrl+Z undoes it.").format(
                file=result.file_name, created=result.created, updated=result.updated,
                skipped=result.duplicates_skipped, not_imported=result.not_imported)
            self.record_saved(tr("Import from %1").replace("%1", result.file_name), result, status=counts)

    # -- a spreadsheet dropped on the window starts the import wizard with it ------------------

    def _dropped_spreadsheet(self, event: Any) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        paths = [url.toLocalFile() for url in urls if url.isLocalFile()]
        if len(paths) == 1 and paths[0].lower().endswith(SPREADSHEET_SUFFIXES):
            return str(paths[0])
        return None

    def dragEnterEvent(self, event: Any) -> None:
        if self._dropped_spreadsheet(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: Any) -> None:
        path = self._dropped_spreadsheet(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        from PySide6.QtCore import QTimer

        # After the drop has returned: a modal wizard inside the drop would hold the file manager.
        QTimer.singleShot(0, lambda: self.import_initiatives(path))

    def export_current_list(self) -> None:
        page = self.current_list()
        if page is not None:
            self._exports().export_list_view(self, self.desk, page, runner=self.jobs)

    def export_initiative_summary(self) -> None:
        initiative_id = self._initiative_in_view()
        if initiative_id:
            self._exports().export_initiative_summary(self, self.desk, initiative_id, runner=self.jobs)

    def _request_in_view(self) -> str | None:
        page = self.current_list()
        if page is not None and record_kind(page.definition.kind) is REQUEST and page.selected_rows():
            return str(page.selected_rows()[0].id)
        return None

    def export_advice_summary(self) -> None:
        request_id = self._request_in_view()
        if request_id:
            self._exports().export_advice_summary(self, self.desk, request_id, runner=self.jobs)

    def export_network_list(self) -> None:
        self._exports().export_network_list(self, self.desk, runner=self.jobs)

    def export_follow_up_calendar(self) -> None:
        self._exports().export_follow_up_calendar(self, self.desk, runner=self.jobs)

    def period_report(self) -> None:
        self._exports().period_report_dialog(self, self.desk, runner=self.jobs)

    def show_officers(self) -> None:
        """File ▸ Officers and logins (the shared database): the list; an admin's changes."""
        from fourthpillar.ui.officers import OfficersDialog

        dialog = OfficersDialog(self.desk, self.jobs, self)
        dialog.changed.connect(self.officers_changed)
        dialog.exec()
        dialog.deleteLater()

    def officers_changed(self) -> None:
        """An officer or a login changed: names in the lists, and what this login may do."""
        self.apply_permissions()
        self.events.data_changed.emit()

    def show_backups(self) -> None:
        from fourthpillar.ui.backups import BackupsDialog

        dialog = BackupsDialog(self.desk, self.jobs, self)
        replaced: list[Any] = []
        dialog.desk_replaced.connect(replaced.append)
        dialog.exec()
        dialog.deleteLater()
        if replaced:
            # This window's desk is closed now; the app gives the new one a new window.
            self.undo_stack.clear()
            self.desk_replaced.emit(replaced[-1])

    def change_passphrase(self, problem: str | None = None) -> None:
        """File ▸ Change passphrase…: asked, then the register and its backups re-encrypted in
        the background; the window then works on the reopened register (as after a restore)."""
        from PySide6.QtWidgets import QDialog
        from PySide6.QtWidgets import QMessageBox

        from fourthpillar.services import passphrase
        from fourthpillar.ui.backups import DailyBackup
        from fourthpillar.ui.passphrase import ChangePassphraseDialog
        from fourthpillar.ui.passphrase import changed_message

        daily = self.findChild(DailyBackup)
        if daily is not None and daily.running:  # it copies the register under its present key
            QMessageBox.information(self, tr("Change passphrase"), tr(
                "The day's backup is still being made. Change the passphrase once it has finished."))
            return
        dialog = ChangePassphraseDialog(self, problem=problem)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        current, new = dialog.current, dialog.new
        dialog.deleteLater()
        if not accepted:
            return
        desk = self.desk

        def work(progress: Progress, is_cancelled: IsCancelled) -> passphrase.PassphraseChanged:
            return passphrase.change_passphrase(desk, current=current, new=new, progress=progress)

        def done(result: passphrase.PassphraseChanged) -> None:
            QMessageBox.information(self, tr("Passphrase changed"), changed_message(result))
            self.undo_stack.clear()
            self.desk_replaced.emit(result.desk)

        def refused(error: KnownError | ValidationFailed) -> None:
            reopened = getattr(error, "desk", None)
            if reopened is not None:
                self.undo_stack.clear()
                self.desk_replaced.emit(reopened)
                self.show_error(tr("The passphrase was not changed"), error)
            else:  # nothing happened: ask again, saying why
                self.change_passphrase(str(error))

        run_write(self.jobs, work, on_done=done, on_refused=refused,
                  progress_label=tr("Changing the passphrase…"), parent=self)

    # -- the retention clean-up of old registrations -----------------------------------------

    _past_registrations_read: LatestRead

    def forget_old_registrations(self) -> None:
        """File ▸ Forget old registrations…: read the registrations of events held longer ago
        than attendance is kept (in the background), then ask and forget them (``ui.privacy``).
        The walk-ins' erasure cannot be undone: not on the undo stack, but the views refresh."""
        from PySide6.QtWidgets import QMessageBox

        from fourthpillar.services import walk_ins
        from fourthpillar.ui.privacy import forget_past_registrations

        if self._past_registrations_read.reading:  # asked again while the first read runs
            return
        desk, title = self.desk, tr("Forget old registrations")

        def found(past: list[walk_ins.PastRegistration]) -> None:
            if not past:
                QMessageBox.information(self, title, tr(
                    "No registrations of events held more than %1 years ago: there is nothing to forget.").replace(
                    "%1", str(walk_ins.ATTENDANCE_YEARS)))
                return
            forget_past_registrations(self, desk, self.jobs, past, on_forgotten=lambda _batch: forgotten(len(past)))

        def forgotten(count: int) -> None:
            self.statusBar().showMessage(tr("%n old registration(s) archived and their walk-ins erased (this cannot "
                                            "be undone).", "", count), 8000)
            self.events.data_changed.emit()

        self._past_registrations_read.run(self.jobs, lambda **_: walk_ins.registrations_past_retention(desk),
                                          busy=self, on_done=found,
                                          on_refused=lambda error: self.show_error(title, error))

    # -- demonstration data ------------------------------------------------------------------

    def ask_demo_data(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        count, ok = QInputDialog.getInt(self, tr("Load demonstration data"),
                                        tr("How many initiatives?"), 300, 1, 50_000, 100)
        if ok:
            self.load_demo_data(count)

    def load_demo_data(self, count: int) -> Any:
        """Create *count* demonstration initiatives in the background; a Job, or None."""
        from fourthpillar.services.demo import load_demo_data

        desk = self.desk

        def work(progress: Progress, is_cancelled: IsCancelled) -> Any:
            return load_demo_data(desk, initiatives=count, progress=progress, is_cancelled=is_cancelled)

        def done(_result: Any) -> None:
            self.statusBar().showMessage(tr("Demonstration data loaded."), 8000)
            self.events.data_changed.emit()

        def failed(error: KnownError | ValidationFailed) -> None:
            self.show_error(tr("Demonstration data could not be loaded"), error)

        def cancelled() -> None:
            self.statusBar().showMessage(tr("Loading demonstration data was cancelled."), 8000)
            self.events.data_changed.emit()

        return run_write(self.jobs, work, on_done=done, on_refused=failed, on_cancel=cancelled,
                         progress_label=tr("Loading demonstration data…"), parent=self)
