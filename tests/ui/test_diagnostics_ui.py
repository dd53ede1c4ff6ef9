"""Help ▸ Report a problem and the unexpected-error dialog: the officer can copy or save the
diagnostics for the maintainers, and they say where it went wrong without quoting anyone."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fourthpillar import __version__
from fourthpillar import logs
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.ui import app as ui_app
from fourthpillar.ui import diagnostics as ui_diagnostics
from fourthpillar.ui.diagnostics import ReportDialog
from fourthpillar.ui.main_window import MainWindow


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[ReportDialog]:
    """The report dialogs that were opened (instead of waiting for a click)."""
    seen: list[ReportDialog] = []

    def record(dialog: ReportDialog) -> int:
        seen.append(dialog)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ReportDialog, "exec", record)
    return seen


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.LOG_DIR_VARIABLE, str(folder))
    logs.setup_logging()
    yield folder
    monkeypatch.undo()
    logs.setup_logging()


@pytest.fixture
def window(desk: Desk, qtbot: QtBot) -> Iterator[MainWindow]:
    main = MainWindow(desk)
    qtbot.addWidget(main)
    yield main
    main.jobs.wait(10_000)


def test_report_a_problem_is_in_the_help_menu_and_copies_the_diagnostics(
        window: MainWindow, desk: Desk, opened: list[ReportDialog]) -> None:
    """Otherwise the officer has no way to hand the maintainers the version, system and log."""
    assert window.report_problem_action in window.help_menu.actions()
    window.report_problem_action.trigger()
    (dialog,) = opened
    assert __version__ in dialog.text and desk.replica_id in dialog.text and "sqlite" in dialog.text
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.text
    dialog.deleteLater()


def test_saving_the_diagnostics_writes_them_and_asks_before_replacing(
        qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Otherwise the saved file is missing or silently replaces another one."""
    dialog = ui_diagnostics.report_problem_dialog(desk)
    qtbot.addWidget(dialog)
    target = tmp_path / "diagnose.txt"
    assert dialog.save(target)
    assert target.read_text(encoding="utf-8") == dialog.text
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    target.write_text("bewaard")
    assert not dialog.save(target)
    assert target.read_text() == "bewaard" and warnings


def test_an_unexpected_error_offers_diagnostics_without_the_errors_message(
        qtbot: QtBot, log_folder: Path, desk: Desk, opened: list[ReportDialog], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Otherwise a crash leaves the officer nothing to send, or the report quotes a person's name."""
    saved = initiatives.register_initiative(desk, values={"name": "Vzw Geheimnaam"})
    monkeypatch.setattr(ui_diagnostics, "current_desk", lambda: desk)
    try:
        raise LookupError("Jan Geheim niet gevonden")
    except LookupError:
        ui_app._show_unexpected_error(*sys.exc_info())  # type: ignore[arg-type]
    assert "Jan Geheim" in capsys.readouterr().err  # the full error still reaches the console
    (dialog,) = opened
    assert "LookupError" in dialog.text and "test_an_unexpected_error" in dialog.text
    assert desk.replica_id in dialog.text
    assert "Geheim" not in dialog.text and saved.id in dialog.text
    dialog.deleteLater()
