"""Import an event's registrations from a spreadsheet: the file's columns as understood, each row
matched with the contact persons (or a walk-in, or skipped: registered already), the rows that
cannot be imported and why; then one action that one Ctrl+Z takes back.

The reading, the columns and the matching are the import engine's
(``services.registration_import``); this dialog shows the preview (read in the background) and
writes through :func:`~fourthpillar.ui.operations.run_write`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtCore import Signal
from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QTableWidgetItem
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.i18n import translate
from fourthpillar.importing.registrations import REGISTRATION_IMPORT_FIELDS
from fourthpillar.services import registration_import
from fourthpillar.services.desk import Desk
from fourthpillar.services.registration_import import CONTACT
from fourthpillar.services.registration_import import WALK_IN
from fourthpillar.services.registration_import import RegistrationImportPreview
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.editors.done import Done
from fourthpillar.ui.editors.done import named
from fourthpillar.ui.exports import start_folder
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import run_job
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.text import count_text
from fourthpillar.ui.text import qt_translator
from fourthpillar.ui.widgets.message_bar import MessageBar
from fourthpillar.ui.widgets.tables import row_table

tr = qt_translator("RegistrationImport")


def choose_file(parent: QWidget | None) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, tr("Import registrations"), start_folder(),
                                            tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"))
    return Path(chosen) if chosen else None


class RegistrationImportDialog(QDialog):
    """The preview of a registrations file for one event, and its import.

    Signals:
        imported(object): the import was written (a ``Done`` with its batch and what it did).
    """

    imported = Signal(object)

    def __init__(self, desk: Desk, event_id: str, event_title: str, parent: QWidget | None = None, *,
                 runner: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.desk, self.event_id, self.event_title, self.runner = desk, event_id, event_title, runner
        self.preview: RegistrationImportPreview | None = None
        #: What the import did, once done ("12 registered · 2 on the waiting list · 1 skipped").
        self.result_text = ""
        self.setWindowTitle(tr("Import registrations for %1").replace("%1", event_title[:60]))
        self.message_bar = MessageBar(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.columns_label = QLabel(self)
        self.columns_label.setWordWrap(True)
        self.columns_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = row_table([tr("Row"), tr("Name"), tr("E-mail"), tr("Initiative"), tr("What happens")], self,
                               stretch_last=True)
        self.table.setObjectName("registrationImportRows")
        self.table.setWordWrap(False)  # one line a row; the tooltip holds a long reason
        for column, width in enumerate((50, 160, 170, 170)):
            self.table.setColumnWidth(column, width)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(tr("&Import"))
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.columns_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 520)

    def read(self, path: Path) -> None:
        """Preview *path* in the background (nothing is written); the dialog shows it when read."""
        desk, event_id = self.desk, self.event_id
        self.summary.setText(tr("Reading %1…").replace("%1", path.name))
        run_job(self.runner, lambda **_: registration_import.preview_registration_import(
            desk, event_id=event_id, path=path), on_done=self.show_preview, on_refused=self._refused, writes=False)

    def action_text(self, action: str, reason: str) -> str:
        """What importing a row does, in words (the engine's *reason* is a code: how the contact
        person was found, or why the row is skipped)."""
        if action == CONTACT:
            return tr("register the contact person (found by e-mail)") if reason == "email" else tr(
                "register the contact person (found by name)")
        if action == WALK_IN:
            return tr("register as a walk-in")
        return tr("skip: registered already, or twice in the file")

    def show_preview(self, preview: RegistrationImportPreview) -> None:
        self.preview = preview
        coming = preview.count(CONTACT) + preview.count(WALK_IN)
        self.summary.setText(" · ".join((
            count_text(tr("%Ln contact person found"), tr("%Ln contact persons found"), preview.count(CONTACT)),
            count_text(tr("%Ln walk-in"), tr("%Ln walk-ins"), preview.count(WALK_IN)),
            count_text(tr("%Ln row skipped"), tr("%Ln rows skipped"), len(preview.rows) - coming),
            count_text(tr("%Ln row cannot be imported"), tr("%Ln rows cannot be imported"), len(preview.problems)))))
        understood = [f"{header} → {translate('Field', REGISTRATION_IMPORT_FIELDS[field])}"
                      for header, field in preview.columns if field in REGISTRATION_IMPORT_FIELDS]
        self.columns_label.setText(tr("Columns read: %1").replace("%1", ", ".join(understood) or "—"))
        lines: list[tuple[int, str, str, str, str]] = [
            (row.row, row.contact_name or row.name, row.email, row.initiative_name or row.initiative,
             self.action_text(row.action, row.reason)) for row in preview.rows]
        lines += [(issue.row, "", "", "", tr("not imported: %1").replace("%1", f"{issue.column}: {issue.reason}"))
                  for issue in preview.problems]
        lines.sort(key=lambda line: line[0])
        self.table.setRowCount(len(lines))
        for number, line in enumerate(lines):
            for column, text in enumerate(str(value) for value in line):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(number, column, item)
        self.import_button.setEnabled(coming > 0)
        if not coming:
            self.message_bar.show_message(tr("No row of this file can be imported."), "error")

    @Slot()
    def apply(self) -> None:
        """Register the previewed rows as one action (past the capacity: the waiting list)."""
        if self.preview is None or not self.import_button.isEnabled():
            return
        preview, desk, title = self.preview, self.desk, self.event_title
        self.import_button.setEnabled(False)

        def done(result: Any) -> None:
            self.result_text = " · ".join((
                count_text(tr("%Ln registered"), tr("%Ln registered"), result.registered),
                count_text(tr("%Ln on the waiting list"), tr("%Ln on the waiting list"), result.waiting),
                count_text(tr("%Ln skipped"), tr("%Ln skipped"), result.skipped)))
            description = named(tr("Registrations imported for %1"), title)
            self.imported.emit(Done(self.event_id, 0, result.batch_id, description))
            self.accept()

        run_write(self.runner, lambda **_: registration_import.apply_registration_import(desk, preview=preview),
                  on_done=done, on_refused=self._refused, progress_label=tr("Importing…"), parent=self)

    def _refused(self, error: KnownError | ValidationFailed) -> None:
        self.summary.clear()
        self.message_bar.show_message(str(error), "error")
        self.import_button.setEnabled(False)
