"""An event's documents from its page: the sign-in sheet (PDF, passed round the room: no e-mail
or phone), the participants spreadsheet, attendance certificates (PDF) and the event as a
calendar file (.ics). Each asks where to save and runs in the background (``ui.exports``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from fourthpillar.services.desk import Desk
from fourthpillar.ui.exports import FOLDER_SETTING
from fourthpillar.ui.exports import ICS_FILTER
from fourthpillar.ui.exports import PDF_FILTER
from fourthpillar.ui.exports import XLSX_FILTER
from fourthpillar.ui.exports import run_export
from fourthpillar.ui.exports import safe_file_name
from fourthpillar.ui.exports import save_and_export
from fourthpillar.ui.exports import show_in_folder
from fourthpillar.ui.exports import start_folder
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.on_first_use import OnFirstUse
from fourthpillar.ui.text import count_text
from fourthpillar.ui.text import qt_translator

if TYPE_CHECKING:
    from fourthpillar.services import exports
    from fourthpillar.services.exports import ExportResult
else:  # reportlab and openpyxl: loaded in the first export's job (ui.exports)
    exports = OnFirstUse("fourthpillar.services.exports")

tr = qt_translator("EventExports")


def export_sign_in_sheet(parent: QWidget | None, desk: Desk, event_id: str, title: str, *,
                         runner: JobRunner | None = None) -> Any:
    stem = tr("Sign-in sheet")  # lupdate does not look inside f-strings
    return save_and_export(parent, runner, tr("Export sign-in sheet"), safe_file_name(f"{stem} {title}"), PDF_FILTER,
                           lambda **arguments: exports.export_sign_in_sheet(desk, **arguments),
                           steps=False, event_id=event_id)


def export_participants(parent: QWidget | None, desk: Desk, event_id: str, title: str, *,
                        runner: JobRunner | None = None) -> Any:
    stem = tr("Participants")
    return save_and_export(parent, runner, tr("Export participants"), safe_file_name(f"{stem} {title}"),
                           XLSX_FILTER, lambda **arguments: exports.export_participants(desk, **arguments),
                           steps=False, event_id=event_id)


def export_calendar(parent: QWidget | None, desk: Desk, event_id: str, title: str, *,
                    runner: JobRunner | None = None) -> Any:
    return save_and_export(parent, runner, tr("Export to calendar"), safe_file_name(title), ICS_FILTER,
                           lambda **arguments: exports.export_event_calendar(desk, **arguments),
                           steps=False, event_id=event_id)


def export_certificate(parent: QWidget | None, desk: Desk, registration_id: str, name: str, *,
                       runner: JobRunner | None = None) -> Any:
    """The certificate of one participant who attended."""
    stem = tr("Certificate")
    return save_and_export(parent, runner, tr("Export certificate"), safe_file_name(f"{stem} {name}"), PDF_FILTER,
                           lambda **arguments: exports.export_attendance_certificate(desk, **arguments), steps=False,
                           registration_id=registration_id)


def export_certificates(parent: QWidget | None, desk: Desk, event_id: str, *, runner: JobRunner | None = None,
                        folder: Path | None = None) -> Any:
    """A certificate for everyone who attended, in a folder the officer chooses (asked before
    replacing certificates made earlier)."""
    heading = tr("Export certificates")
    if folder is None:
        chosen = QFileDialog.getExistingDirectory(parent, heading, start_folder())
        if not chosen:
            return None
        folder = Path(chosen)
    QSettings().setValue(FOLDER_SETTING, str(folder))
    overwrite = False
    if any(folder.glob("certificate-*.pdf")):
        answer = QMessageBox.question(
            parent, heading, tr("This folder already holds certificates. Replace those of this event?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        overwrite = True
    target = folder

    def work(**_: Any) -> list[ExportResult]:
        return exports.export_attendance_certificates(desk, event_id=event_id, folder=target, overwrite=overwrite)

    def done(results: list[ExportResult]) -> None:
        if not results:
            QMessageBox.information(parent, heading, tr("Nobody is marked as attended yet: no certificates made."))
            return
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(heading)
        box.setText(count_text(tr("Saved %Ln certificate."), tr("Saved %Ln certificates."), len(results)))
        box.setInformativeText(str(target))
        folder_button = box.addButton(tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is folder_button:
            show_in_folder(results[0].path)

    return run_export(parent, runner, heading, work, on_done=done)  # type: ignore[arg-type]
