"""File > Backups as a widget: the list, "Back up now" and restore hand back a fresh desk."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from safety_helpers import Register

from fourthpillar.services import backups, initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.ui.backups import BackupsDialog
from fourthpillar.ui.jobs import JobRunner


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[JobRunner]:
    jobs = JobRunner()
    yield jobs
    jobs.wait()


def test_dialog_lists_backups_with_counts_and_makes_one(
        qtbot: QtBot, desk: Desk, register: Register, runner: JobRunner) -> None:
    """The officer sees each backup's counts and can make a backup with one click."""
    backups.create_backup(desk, reason="startup")
    dialog = BackupsDialog(desk, runner)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, column).text() for column in range(dialog.table.columnCount())]
    assert row[1] == "daily (at start-up)" and row[3:] == ["1", "2", "1", "1"]
    dialog.create_now()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)


def test_restore_from_the_dialog_hands_over_a_fresh_desk(
        qtbot: QtBot, desk: Desk, register: Register, runner: JobRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """After a restore the main window gets the reopened register and shows the restored data."""
    made = backups.create_backup(desk, reason="manual")
    initiatives.register_initiative(desk, values={"name": "After the backup"})
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: QMessageBox.StandardButton.Ok)
    dialog = BackupsDialog(desk, runner)
    qtbot.addWidget(dialog)
    received: list[Any] = []
    dialog.desk_replaced.connect(received.append)
    dialog.table.selectRow([info.id for info in dialog._backups].index(made.id))
    dialog.restore_selected()
    qtbot.waitUntil(lambda: bool(received), timeout=10000)
    fresh = received[0]
    try:
        assert isinstance(fresh, Desk) and fresh is not desk and dialog.desk is fresh
        detail = initiatives.get_initiative(fresh, initiative_id=register.initiative_id)
        assert detail.name == "Water voor Kisangani"
        assert dialog.table.rowCount() == 2, "the backup of the state before the restore is listed"
    finally:
        fresh.close()
