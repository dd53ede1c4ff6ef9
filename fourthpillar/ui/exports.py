"""Export actions for the window: choose a file, export in the background, then offer to open it.

Each public function is what a menu entry or button calls:

- :func:`export_list` (or :func:`export_list_view` for a ``ui.lists.view`` list): the list as
  the officer sees it (filters, search, sort, visible columns) to a spreadsheet;
- :func:`export_initiative_summary`: the initiative's fiche, asking "for the initiative" (shared,
  the default) or "internal";
- :func:`export_advice_summary`: one request's advice summary for the initiative;
- :func:`export_network_list`: the network spreadsheet;
- :func:`period_report_dialog`: period, province, officer and format (PDF report or the figures
  as a spreadsheet).

The work runs on ``ui.jobs.JobRunner`` with a cancellable progress dialog; a cancel leaves no
file. Afterwards a message offers "Open the file" and "Show in folder". The file dialog asks
before replacing an existing file; only then is ``overwrite=True`` passed.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QDate
from PySide6.QtCore import QProcess
from PySide6.QtCore import QSettings
from PySide6.QtCore import QStandardPaths
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QDateEdit
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QDialogButtonBox
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QRadioButton
from PySide6.QtWidgets import QVBoxLayout
from PySide6.QtWidgets import QWidget

from fourthpillar import clock
from fourthpillar import lists
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import reminders
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import KnownError
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.on_first_use import OnFirstUse
from fourthpillar.ui.operations import run_job
from fourthpillar.ui.operations import run_read

if TYPE_CHECKING:
    from fourthpillar.services import exports
    from fourthpillar.services.exports import ExportResult
else:  # the export use cases bring reportlab and openpyxl (0.1 s): loaded in the first export's job
    exports = OnFirstUse("fourthpillar.services.exports")

FOLDER_SETTING = "exports/folder"
PDF_FILTER = "PDF (*.pdf)"
XLSX_FILTER = "Excel workbook (*.xlsx)"
ICS_FILTER = "iCalendar (*.ics)"
_SUFFIXES = {PDF_FILTER: ".pdf", XLSX_FILTER: ".xlsx", ICS_FILTER: ".ics"}

Work = Callable[..., "ExportResult"]




def translate(context: str, text: str) -> str:
    """Qt's translation, under the name lupdate extracts (``translate("Exports", "...")``)."""
    return QCoreApplication.translate(context, text)


def safe_file_name(text: str) -> str:
    """*text* usable as a file name on Windows, macOS and Linux."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", text)
    cleaned = re.sub(r"\s+", " ", cleaned).strip(" .")
    return cleaned[:120] or "export"


def start_folder(setting: str = FOLDER_SETTING) -> str:
    """Where a file dialog opens: the folder last used (QSettings *setting*), else Documents, else
    the home folder; never an empty or missing folder, for which the dialog would show the
    program's working folder (its installation folder on Windows)."""
    stored = QSettings().value(setting)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for folder in (stored, documents):
        if isinstance(folder, str) and folder and Path(folder).is_absolute() and Path(folder).is_dir():
            return folder
    return str(Path.home())


def choose_path(parent: QWidget | None, title: str, suggested: str, file_filter: str) -> tuple[Path, bool] | None:
    """Ask where to save; (path, confirmed replacing an existing file) or None if cancelled."""
    suffix = _SUFFIXES[file_filter]
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(start_folder()) / (suggested + suffix)), file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    confirmed = path.exists()  # the dialog asked before returning an existing file
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
        confirmed = False
    if path.exists() and not confirmed:
        answer = QMessageBox.question(
            parent,
            title,
            translate("Exports", "{name} already exists. Replace it?").format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        confirmed = True
    QSettings().setValue(FOLDER_SETTING, str(path.parent))
    return path, confirmed


def show_in_folder(path: Path) -> None:
    """Open the file manager at *path* (with the file selected where the platform allows)."""
    if sys.platform.startswith("win"):
        QProcess.startDetached("explorer", ["/select,", str(path)])
    elif sys.platform == "darwin":
        QProcess.startDetached("open", ["-R", str(path)])
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_result(parent: QWidget | None, title: str, result: ExportResult) -> None:
    """The "done" message with "Open the file" and "Show in folder"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(translate("Exports", "Saved {name}.").format(name=result.path.name))
    box.setInformativeText(str(result.path.parent))
    open_button = box.addButton(translate("Exports", "Open the file"), QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton(translate("Exports", "Show in folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_button)
    box.exec()
    if box.clickedButton() is open_button:
        open_file(result.path)
    elif box.clickedButton() is folder_button:
        show_in_folder(result.path)


def run_export(
    parent: QWidget | None,
    runner: JobRunner | None,
    title: str,
    work: Work,
    *,
    on_done: Callable[[ExportResult], None] | None = None,
) -> Any:
    """Run *work(progress=, is_cancelled=)* in the background with a cancellable progress dialog
    (at once without a runner: a test, a small tool)."""
    done = on_done or (lambda result: show_result(parent, title, result))

    def failed(error: KnownError | ValidationFailed) -> None:
        QMessageBox.warning(parent, title, str(error))

    return run_job(runner, work, on_done=done, on_refused=failed, writes=False, progress_label=title + "…",
                   parent=parent)


def ask_which(parent: QWidget | None, title: str, question: str, explanation: str, first: str,
              second: str) -> bool | None:
    """Ask *question* with two answers (the *first* is the default) and Cancel: True for the
    first, False for the second, None when cancelled."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(question)
    box.setInformativeText(explanation)
    first_button = box.addButton(first, QMessageBox.ButtonRole.AcceptRole)
    second_button = box.addButton(second, QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(first_button)
    box.exec()
    if box.clickedButton() not in (first_button, second_button):
        return None
    return box.clickedButton() is first_button


def save_and_export(parent: QWidget | None, runner: JobRunner | None, heading: str, suggested: str,
                    file_filter: str, export: Callable[..., ExportResult], *, steps: bool = True,
                    **arguments: Any) -> Any:
    """Ask where to save (suggesting *suggested*), then run ``export(path=, overwrite=,
    **arguments)`` in the background (:func:`run_export`); an export that reports its *steps*
    also gets the progress dialog's progress and Cancel. None when the officer cancels."""
    target = choose_path(parent, heading, suggested, file_filter)
    if target is None:
        return None
    path, overwrite = target

    def work(progress: Any, is_cancelled: Any) -> ExportResult:
        how = {"progress": progress, "is_cancelled": is_cancelled} if steps else {}
        return export(path=path, overwrite=overwrite, **arguments, **how)

    return run_export(parent, runner, heading, work)


def read_then(parent: QWidget | None, runner: JobRunner | None, title: str, read: Callable[[], Any],
              then: Callable[[Any], Any]) -> Any:
    """*read* what an export's file name needs on *runner*'s read pool (the busy cursor on
    *parent*; at once without a parent), then *then* its value; a failed read is one warning."""
    def failed(error: KnownError | ValidationFailed) -> None:
        QMessageBox.warning(parent, title, str(error))

    if parent is None:
        return run_job(None, lambda **_: read(), on_done=then, on_refused=failed, writes=False)
    return run_read(runner, lambda **_: read(), busy=parent, on_done=then, on_refused=failed)


# -- the actions -------------------------------------------------------------------------------------


def export_list(
    parent: QWidget | None,
    desk: Desk,
    what: str,
    query: ListQuery,
    columns: Sequence[str],
    *,
    runner: JobRunner | None = None,
    title: str | None = None,
) -> Any:
    """Export a list as the user sees it. *what*: the list's name (``fourthpillar.lists``: ``requests``)."""
    listed = lists.list_named(what)
    if listed is None:
        raise KeyError(what)
    name = listed.name
    heading = title or translate("Exports", "Export list")
    suggested = safe_file_name(f"{listed.title} {clock.today().isoformat()}")
    return save_and_export(parent, runner, heading, suggested, XLSX_FILTER,
                           lambda **arguments: exports.export_list(desk, **arguments),
                           what=name, query=query, columns=list(columns))


def export_list_view(parent: QWidget | None, desk: Desk, view: Any, *, runner: JobRunner | None = None) -> Any:
    """Export what a ``ui.lists.view`` list shows: its query (filters, search, sort) and columns."""
    return export_list(parent, desk, view.definition.name, view.build_query(), view.visible_columns(), runner=runner)


def export_initiative_summary(
    parent: QWidget | None,
    desk: Desk,
    initiative_id: str,
    *,
    shared: bool | None = None,
    runner: JobRunner | None = None,
) -> Any:
    """The fiche as PDF; asks whether it is for the initiative (shared) or internal."""
    heading = translate("Exports", "Export initiative summary")
    if shared is None:
        shared = ask_which(
            parent, heading, translate("Exports", "Who is the summary for?"),
            translate("Exports", "The version for the initiative leaves out internal notes and time spent."),
            translate("Exports", "For the initiative"), translate("Exports", "Internal, with notes"))
        if shared is None:
            return None
    kind = translate("Exports", "Summary") if shared else translate("Exports", "Internal summary")

    def named(name: str) -> Any:
        suggested = safe_file_name(f"{kind} {name} {clock.today().isoformat()}")
        return save_and_export(parent, runner, heading, suggested, PDF_FILTER,
                               lambda **arguments: exports.export_initiative_summary(desk, **arguments), steps=False,
                               initiative_id=initiative_id, shared=bool(shared))

    return read_then(parent, runner, heading, lambda: initiatives.get_initiative(
        desk, initiative_id=initiative_id).name, named)


def export_advice_summary(
    parent: QWidget | None, desk: Desk, request_id: str, *, runner: JobRunner | None = None
) -> Any:
    heading = translate("Exports", "Export advice summary")
    advice = translate("Exports", "Advice")  # lupdate does not look inside f-strings

    def named(detail: Any) -> Any:
        suggested = safe_file_name(f"{advice} {detail.initiative_name} {detail.received_on.isoformat()}")
        return save_and_export(parent, runner, heading, suggested, PDF_FILTER,
                               lambda **arguments: exports.export_advice_summary(desk, **arguments),
                               steps=False, request_id=request_id)

    return read_then(parent, runner, heading, lambda: requests.get_request(desk, request_id=request_id), named)


def export_network_list(parent: QWidget | None, desk: Desk, *, runner: JobRunner | None = None) -> Any:
    heading = translate("Exports", "Export network list")
    network = translate("Exports", "Network")  # lupdate does not look inside f-strings
    return save_and_export(parent, runner, heading, safe_file_name(f"{network} {clock.today().isoformat()}"),
                           XLSX_FILTER, lambda **arguments: exports.export_network_list(desk, **arguments))


def export_follow_up_calendar(
    parent: QWidget | None, desk: Desk, *, mine: bool | None = None, runner: JobRunner | None = None
) -> Any:
    """The open follow-ups as a calendar file (.ics) to import in Outlook, Google or Thunderbird;
    asks whether only the officer's own follow-ups or everyone's."""
    heading = translate("Exports", "Export follow-ups to calendar")
    if mine is None:
        mine = ask_which(
            parent, heading, translate("Exports", "Which open follow-ups should go into the calendar file?"),
            translate("Exports", "Import the file in Outlook, Google Calendar or Thunderbird; importing a newer file "
                      "updates the entries instead of adding them twice."),
            translate("Exports", "Mine"), translate("Exports", "Everyone's"))
        if mine is None:
            return None
    stem = translate("Exports", "Follow-ups")
    return save_and_export(parent, runner, heading, safe_file_name(f"{stem} {clock.today().isoformat()}"), ICS_FILTER,
                           partial(reminders.export_follow_up_calendar, desk), steps=False,
                           officer_id=desk.officer_id if mine else None)


class PeriodDialog(QDialog):
    """Choose a period, optionally a province and an officer, and PDF report or spreadsheet.

    The officers are read on *runner*'s read pool (at once without one): their list and OK wait
    for them (``reading``)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, today: dt.date | None = None,
                 runner: JobRunner | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Exports", "Period report"))
        today = today or clock.today()
        # Early in the year people report on the year before; later, on the year so far.
        first, last = (
            (dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31))
            if today.month <= 3
            else (dt.date(today.year, 1, 1), today)
        )
        self.date_from = QDateEdit(QDate(first.year, first.month, first.day))
        self.date_to = QDateEdit(QDate(last.year, last.month, last.day))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.province = QComboBox()
        self.province.addItem(translate("Exports", "All provinces"), None)
        for code, label in PROVINCES.choices():
            self.province.addItem(label, code)
        self.officer = QComboBox()
        self.officer.addItem(translate("Exports", "All officers"), None)
        self.as_pdf = QRadioButton(translate("Exports", "PDF report with charts"))
        self.as_xlsx = QRadioButton(translate("Exports", "Spreadsheet with the figures"))
        self.as_pdf.setChecked(True)
        form = QFormLayout()
        form.addRow(translate("Exports", "From"), self.date_from)
        form.addRow(translate("Exports", "To"), self.date_to)
        form.addRow(translate("Exports", "Province"), self.province)
        form.addRow(translate("Exports", "Officer"), self.officer)
        form.addRow(translate("Exports", "Format"), self.as_pdf)
        form.addRow("", self.as_xlsx)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.reading = True
        self.officer.setEnabled(False)
        self.ok_button.setEnabled(False)
        run_read(runner, lambda **_: officers.list_officers(desk), busy=self, on_done=self._officers_read,
                 on_refused=self._read_failed)

    def _officers_read(self, found: list[Any]) -> None:
        for officer in found:
            self.officer.addItem(officer.name, officer.id)
        self._read_done()

    def _read_failed(self, error: KnownError | ValidationFailed) -> None:
        self._read_done()  # a report for all officers can still be made
        QMessageBox.warning(self, self.windowTitle(), str(error))

    def _read_done(self) -> None:
        self.reading = False
        self.officer.setEnabled(True)
        self.ok_button.setEnabled(True)

    def choice(self) -> dict[str, Any]:
        return {
            "date_from": self.date_from.date().toPython(),
            "date_to": self.date_to.date().toPython(),
            "province": self.province.currentData(),
            "officer_id": self.officer.currentData(),
            "pdf": self.as_pdf.isChecked(),
        }


def export_period(
    parent: QWidget | None, desk: Desk, choice: dict[str, Any], *, runner: JobRunner | None = None
) -> Any:
    """Export the period report (``choice["pdf"]``) or the statistics workbook for *choice*."""
    values = dict(choice)
    as_pdf = values.pop("pdf", True)
    heading = translate("Exports", "Export period report") if as_pdf else translate("Exports", "Export statistics")
    stem = translate("Exports", "Activity report") if as_pdf else translate("Exports", "Statistics")
    suggested = safe_file_name(f"{stem} {values['date_from'].isoformat()} {values['date_to'].isoformat()}")

    def export(**arguments: Any) -> ExportResult:
        call = exports.export_period_report if as_pdf else exports.export_statistics
        result: ExportResult = call(desk, period=exports.ReportPeriod(**values), **arguments)
        return result

    return save_and_export(parent, runner, heading, suggested, PDF_FILTER if as_pdf else XLSX_FILTER, export)


def period_report_dialog(parent: QWidget | None, desk: Desk, *, runner: JobRunner | None = None) -> Any:
    """The Reports entry: ask for the period and options, then export."""
    dialog = PeriodDialog(desk, parent, runner=runner)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return export_period(parent, desk, dialog.choice(), runner=runner)


__all__ = [
    "PeriodDialog",
    "export_advice_summary",
    "export_follow_up_calendar",
    "export_initiative_summary",
    "export_list",
    "export_list_view",
    "export_network_list",
    "export_period",
    "period_report_dialog",
    "show_result",
]
