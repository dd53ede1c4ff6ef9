"""The window's export actions: file dialog, background job, the "done" message; a cancelled
file dialog writes nothing, and an existing file is replaced only after confirmation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QProcess
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fourthpillar.services.desk import Desk
from fourthpillar.services.exports import ExportResult
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui import exports as ui_exports
from fourthpillar.ui.jobs import PROGRESS_DELAY_MS
from fourthpillar.ui.jobs import JobRunner

from .conftest import Register
from .conftest import workbook_values


@pytest.fixture(autouse=True)
def every_test_has_isolated_settings(isolated_settings: None) -> None:
    """Every test gets its own empty QSettings (the shared fixture in tests/conftest.py)."""


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[ExportResult]:
    results: list[ExportResult] = []
    monkeypatch.setattr(ui_exports, "show_result", lambda parent, title, result: results.append(result))
    return results


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[JobRunner]:
    jobs = JobRunner()
    yield jobs
    jobs.wait(5000)  # the worker thread is done before Qt objects go away


def choose(monkeypatch: pytest.MonkeyPatch, answer: str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (answer, ""))


def test_list_export_runs_in_the_background_and_reports_the_file(
    qtbot: QtBot,
    runner: JobRunner,
    desk: Desk,
    register: Register,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[ExportResult],
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    choose(monkeypatch, str(out / "lijst"))  # no extension typed: .xlsx is added
    job = ui_exports.export_list(
        parent, desk, "requests", ListQuery(channel="email"), ["initiative_name", "status"], runner=runner
    )
    assert job is not None
    qtbot.waitUntil(lambda: bool(shown) and not runner.busy, timeout=10_000)
    assert shown[0].path == out / "lijst.xlsx" and shown[0].records == 1
    ((_, rows),) = workbook_values(out / "lijst.xlsx")
    assert rows == [["Initiative", "Status"], ["Kinderen & Toekomst <Congo>", "answered"]]
    assert QSettings().value(ui_exports.FOLDER_SETTING) == str(out)


def test_cancelled_file_dialog_writes_nothing(
    qtbot: QtBot, desk: Desk, register: Register, out: Path, monkeypatch: pytest.MonkeyPatch, shown: list[ExportResult]
) -> None:
    choose(monkeypatch, "")
    assert ui_exports.export_network_list(None, desk) is None
    assert list(out.iterdir()) == [] and shown == []


def test_existing_file_needs_a_yes_before_it_is_replaced(
    qtbot: QtBot, desk: Desk, register: Register, out: Path, monkeypatch: pytest.MonkeyPatch, shown: list[ExportResult]
) -> None:
    target = out / "netwerk.xlsx"
    target.write_bytes(b"keep")
    choose(monkeypatch, str(out / "netwerk"))  # the dialog did not see the .xlsx name: we ask
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))
    assert ui_exports.export_network_list(None, desk) is None
    assert target.read_bytes() == b"keep"
    ui_exports.export_network_list(None, desk)
    assert target.read_bytes().startswith(b"PK") and shown[0].path == target


def test_known_errors_are_shown_not_raised(
    qtbot: QtBot, desk: Desk, register: Register, out: Path, monkeypatch: pytest.MonkeyPatch, shown: list[ExportResult]
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    choose(monkeypatch, str(out / "r.pdf"))
    choice = {
        "date_from": dt.date(2026, 2, 1),
        "date_to": dt.date(2026, 1, 1),
        "province": None,
        "officer_id": None,
        "pdf": True,
    }
    ui_exports.export_period(None, desk, choice)
    assert warnings == ["date_to: the period ends before it starts"]
    assert list(out.iterdir()) == []


def test_period_dialog_offers_the_year_and_exports_the_choice(
    qtbot: QtBot, desk: Desk, register: Register, out: Path, monkeypatch: pytest.MonkeyPatch, shown: list[ExportResult]
) -> None:
    dialog = ui_exports.PeriodDialog(desk, today=dt.date(2026, 2, 10))
    qtbot.addWidget(dialog)
    choice: dict[str, Any] = dialog.choice()
    assert choice == {
        "date_from": dt.date(2025, 1, 1),
        "date_to": dt.date(2025, 12, 31),
        "province": None,
        "officer_id": None,
        "pdf": True,
    }
    dialog.province.setCurrentIndex(dialog.province.findData("antwerpen"))
    dialog.as_xlsx.setChecked(True)
    choice = {**dialog.choice(), "date_from": dt.date(2026, 1, 1), "date_to": dt.date(2026, 12, 31)}
    choose(monkeypatch, str(out / "cijfers.xlsx"))
    ui_exports.export_period(None, desk, choice)
    assert shown[0].path == out / "cijfers.xlsx" and shown[0].records == 1


def test_safe_file_names() -> None:
    assert ui_exports.safe_file_name('Kinderen & Toekomst <Congo>: "2026"/a?') == "Kinderen & Toekomst Congo 2026 a"
    assert ui_exports.safe_file_name("...") == "export"


def test_list_view_export_uses_the_views_query_and_columns(
    qtbot: QtBot, desk: Desk, register: Register, out: Path, monkeypatch: pytest.MonkeyPatch, shown: list[ExportResult]
) -> None:
    """File > Export this list hands over the list page; what it shows is what is exported."""
    from types import SimpleNamespace

    view = SimpleNamespace(
        definition=SimpleNamespace(name="follow_ups"),
        build_query=lambda: ListQuery(open_only=True),
        visible_columns=lambda: ["action", "initiative_name"],
    )
    choose(monkeypatch, str(out / "opvolgingen.xlsx"))
    ui_exports.export_list_view(None, desk, view)
    ((_, rows),) = workbook_values(out / "opvolgingen.xlsx")
    assert rows == [["What to do", "Initiative"], ["Bel terug: <b>x</b>", "Kinderen & Toekomst <Congo>"]]


def test_calendar_export_writes_the_officers_follow_ups_as_ics(
    qtbot: QtBot,
    runner: JobRunner,
    desk: Desk,
    register: Register,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[ExportResult],
) -> None:
    """Otherwise the menu's calendar export writes nothing, or a file without the .ics name a
    calendar program asks for."""
    choose(monkeypatch, str(out / "opvolging"))
    job = ui_exports.export_follow_up_calendar(None, desk, mine=True, runner=runner)
    assert job is not None
    qtbot.waitUntil(lambda: bool(shown) and not runner.busy, timeout=10_000)
    assert shown[0].path == out / "opvolging.ics" and shown[0].records == 1
    assert b"BEGIN:VEVENT" in (out / "opvolging.ics").read_bytes()
class _Documents:
    """QStandardPaths as ui.exports sees it, with the Documents folder a test chooses."""

    StandardLocation = ui_exports.QStandardPaths.StandardLocation

    def __init__(self, folder: str) -> None:
        self.folder = folder

    def writableLocation(self, location: Any) -> str:
        assert location == self.StandardLocation.DocumentsLocation
        return self.folder


@pytest.mark.parametrize("documents", ["exists", "missing", "unknown"])
def test_the_first_save_dialog_opens_in_documents_then_where_the_officer_saved(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, documents: str) -> None:
    """The first Save dialog opened in the program's working folder (its installation folder on
    Windows) when the system named no Documents folder or one that does not exist."""
    folder = tmp_path / "Documents"
    if documents == "exists":
        folder.mkdir()
    monkeypatch.setattr(ui_exports, "QStandardPaths", _Documents("" if documents == "unknown" else str(folder)))
    started: list[Path] = []
    target = tmp_path / "elsewhere"
    target.mkdir()

    def dialog(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        started.append(Path(start))
        return str(target / "lijst.xlsx"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    assert ui_exports.choose_path(None, "Export", "lijst", ui_exports.XLSX_FILTER) == (target / "lijst.xlsx", False)
    assert started[0].name == "lijst.xlsx"
    assert started[0].parent == (folder if documents == "exists" else Path.home())
    ui_exports.choose_path(None, "Export", "lijst", ui_exports.XLSX_FILTER)
    assert started[1].parent == target


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")  # offscreen message box
@pytest.mark.parametrize(
    ("button_text", "launched"),
    [("Open the file", "file"), ("Show in folder", "folder"), ("Close", None)],
)
def test_saved_message_buttons_respond_after_a_background_export(
    qtbot: QtBot,
    runner: JobRunner,
    desk: Desk,
    register: Register,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    button_text: str,
    launched: str | None,
) -> None:
    """After an export the "Saved …" message's buttons must work: the export's progress dialog
    must not come up over the message once its delay has passed and swallow every click
    (the officer could only get out with Cancel)."""
    launches: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: launches.append(url.toLocalFile()) or True)
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: launches.append(args[-1]) or True)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    choose(monkeypatch, str(out / "lijst.xlsx"))
    seen: dict[str, Any] = {}

    def windows() -> list[QWidget]:
        return [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]

    def click_when_saved() -> None:
        boxes = [w for w in windows() if isinstance(w, QMessageBox) and w.text().startswith("Saved ")]
        if not boxes:
            QTimer.singleShot(20, click_when_saved)
            return
        box = boxes[0]

        def click() -> None:  # later than the progress dialog's show delay
            seen["progress shown"] = any(isinstance(w, QProgressDialog) for w in windows())
            (button,) = [b for b in box.buttons() if b.text() == button_text]
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            QTimer.singleShot(300, let_go)

        def let_go() -> None:  # a click that did nothing: get out as the officer had to
            seen["message still open"] = box.isVisible()
            for window in windows():
                if isinstance(window, QProgressDialog):
                    window.cancel()
            if box.isVisible():
                box.reject()

        QTimer.singleShot(2 * PROGRESS_DELAY_MS + 200, click)

    QTimer.singleShot(0, click_when_saved)
    ui_exports.export_list(parent, desk, "requests", ListQuery(), ["initiative_name"], runner=runner)
    qtbot.waitUntil(lambda: not runner.busy and "message still open" in seen, timeout=15_000)
    assert seen == {"progress shown": False, "message still open": False}
    saved = out / "lijst.xlsx"
    # Show in folder opens the folder, or on Windows and macOS the file manager selecting the file.
    expected = {"file": [[saved]], "folder": [[out], [saved]], None: [[]]}[launched]
    assert [Path(path) for path in launches] in expected
