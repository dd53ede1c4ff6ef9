"""File > Backups as a widget: the list, "Back up now" and restore hand back a fresh desk."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from safety_helpers import Register, damage

from fourthpillar.services import backups, demo, initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store import cipher
from fourthpillar.ui.backups import BackupsDialog
from fourthpillar.ui.jobs import JobRunner


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


def test_start_up_on_a_damaged_register_offers_the_newest_backup(
        qtbot: QtBot, desk: Desk, register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged register at start-up: the officer is asked, the backup comes back, the damaged file stays."""
    from fourthpillar.ui import startup

    backups.create_backup(desk, reason="manual")
    path = desk.database.sqlite_path
    assert path is not None and desk.data_dir is not None
    desk.close()
    damage(path)
    asked: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: pytest.fail(f"unexpected error box: {args[2]}"))
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: pytest.fail(f"unexpected warning: {args[2]}"))
    reopened = startup.open_checked_register(data_dir=desk.data_dir, database_url=None)
    assert reopened is not None
    try:
        assert asked and str(path) in asked[0]
        assert initiatives.get_initiative(reopened, initiative_id=register.initiative_id).name
        assert list((desk.data_dir / "damaged").glob("*.sqlite3"))
    finally:
        reopened.close()


def _pages(path: Path) -> int:
    with cipher.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.stat().st_size // 4096


def test_a_damage_found_by_the_early_check_undoes_the_prepared_window_and_offers_the_backup(
        qtbot: QtBot, desk: Desk, register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    """The quick check runs in a thread while the window is built: when it finds damage, that
    window must go (never shown over a damaged register) and the officer is offered the backup."""
    from fourthpillar.ui import startup

    demo.load_demo_data(desk, initiatives=30)
    backups.create_backup(desk, reason="manual")
    path = desk.database.sqlite_path
    assert path is not None and desk.data_dir is not None
    desk.close()
    # Pages that opening never reads: an encrypted page fails as a whole, so the damage must
    # spare the schema's pages wherever they are; a table written last fills the file's end.
    with cipher.connect(path) as connection:
        connection.execute("CREATE TABLE filler (text TEXT)")
    schema_pages = _pages(path)
    with cipher.connect(path) as connection:
        connection.executemany("INSERT INTO filler VALUES (?)", [("x" * 1000,)] * 200)
    damage(path, first_page=schema_pages + 1)  # the register still opens; the check finds it
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: pytest.fail(f"unexpected error box: {args[2]}"))
    events: list[str] = []

    def prepare(_opened: Desk) -> Callable[[], None]:
        events.append("prepared")
        return lambda: events.append("discarded")

    early = startup.EarlyQuickCheck.start(desk.data_dir)
    assert early is not None
    reopened = startup.open_checked_register(data_dir=desk.data_dir, database_url=None,
                                                early_check=early, while_checking=prepare)
    assert reopened is not None
    try:
        # Prepared once (on the damaged file), undone, and not again for the recovered register.
        assert events == ["prepared", "discarded"]
        assert initiatives.get_initiative(reopened, initiative_id=register.initiative_id).name
        assert list((desk.data_dir / "damaged").glob("*.sqlite3"))
    finally:
        reopened.close()


def test_a_sound_register_is_checked_once_in_the_background_and_keeps_the_prepared_window(
        qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """The early check's verdict is used: no second quick check holds up the start."""
    from fourthpillar.store import backup as store_backup
    from fourthpillar.ui import startup

    assert desk.data_dir is not None
    desk.close()
    #: For each quick check: whether it ran on the GUI thread.
    checks: list[bool] = []
    real = store_backup.check_file
    monkeypatch.setattr(store_backup, "check_file", lambda *args, **kwargs: (
        checks.append(threading.current_thread() is threading.main_thread()), real(*args, **kwargs))[1])
    events: list[str] = []

    def prepare(_opened: Desk) -> Callable[[], None]:
        events.append("prepared")
        return lambda: events.append("discarded")

    opened = startup.open_checked_register(data_dir=desk.data_dir, database_url=None,
                                           early_check=startup.EarlyQuickCheck.start(desk.data_dir),
                                           while_checking=prepare)
    assert opened is not None
    opened.close()
    assert events == ["prepared"]
    assert checks == [False]  # once, in the background


def test_second_window_on_the_same_folder_is_told_the_desk_is_open(
        qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fourthpillar.ui import startup

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    first = startup.take_app_lock(data_dir)
    assert first is not None
    try:
        assert startup.take_app_lock(data_dir) is None
        assert told and "already open" in told[0]
    finally:
        first.release()
