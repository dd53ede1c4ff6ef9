"""File > Backups as a widget (the list, "Back up now", restore hands back a fresh desk) and the
start-up safety net: the lock, the checks in the background, recovery when damage is found."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from safety_helpers import Register
from safety_helpers import damage

from fourthpillar.services import backups
from fourthpillar.services import demo
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store import cipher
from fourthpillar.store.errors import WritingBlocked
from fourthpillar.ui.backups import BackupsDialog
from fourthpillar.ui.jobs import JobRunner


def test_dialog_lists_backups_with_counts_and_makes_one(
        qtbot: QtBot, desk: Desk, register: Register, runner: JobRunner) -> None:
    """The officer sees each backup's counts and can make a backup with one click."""
    backups.create_backup(desk, reason="startup")
    dialog = BackupsDialog(desk, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.reading, timeout=5000)  # the list is read in the background
    assert dialog.table.rowCount() == 1
    row = [dialog.table.item(0, column).text() for column in range(dialog.table.columnCount())]
    assert row[1] == "daily (at start-up)" and row[3:] == ["1", "2", "1", "1"]
    dialog.create_now()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)


def test_deleting_a_backup_from_the_dialog_leaves_the_others_listed(
        qtbot: QtBot, desk: Desk, register: Register, runner: JobRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """Else Delete removes the wrong backup, or the list still shows the deleted one."""
    kept = backups.create_backup(desk, reason="manual", rotate=False)
    gone = backups.create_backup(desk, reason="startup", rotate=False)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    dialog = BackupsDialog(desk, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.reading, timeout=5000)
    dialog.table.selectRow([info.id for info in dialog._backups].index(gone.id))
    dialog.delete_selected()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and not dialog.reading, timeout=5000)
    assert [info.id for info in dialog._backups] == [kept.id]
    assert [info.id for info in backups.list_backups(desk)] == [kept.id]


def test_closing_the_dialog_while_a_backup_is_deleted_deletes_it_and_shows_nothing(
        qtbot: QtBot, desk: Desk, register: Register, runner: JobRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """Else closing File > Backups before the deletion is done ends in an error from the closed
    dialog (its list read again, or its warning shown, after it was deleted)."""
    gone = backups.create_backup(desk, reason="startup", rotate=False)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    release = threading.Event()
    delete_backup = backups.delete_backup

    def slow_delete(*args: Any, **kwargs: Any) -> Any:  # the file is on a slow disk
        release.wait(10)
        return delete_backup(*args, **kwargs)

    monkeypatch.setattr(backups, "delete_backup", slow_delete)
    dialog = BackupsDialog(desk, runner)
    qtbot.waitUntil(lambda: not dialog.reading, timeout=5000)
    dialog.table.selectRow([info.id for info in dialog._backups].index(gone.id))
    dialog.delete_selected()
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    qtbot.wait(50)  # the job's outcome reaches the GUI thread
    assert backups.list_backups(desk) == []


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
    qtbot.waitUntil(lambda: not dialog.reading, timeout=5000)
    dialog.table.selectRow([info.id for info in dialog._backups].index(made.id))
    dialog.restore_selected()
    qtbot.waitUntil(lambda: bool(received), timeout=10000)
    fresh = received[0]
    try:
        assert isinstance(fresh, Desk) and fresh is not desk and dialog.desk is fresh
        qtbot.waitUntil(lambda: not dialog.reading, timeout=5000)  # read again from the reopened register
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


#: Harmless messages of Qt's offscreen platform plugin (it cannot resize native windows).
OFFSCREEN_RESIZE = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


class Window(QMainWindow):
    """Stands in for the main window: it has the status bar and the desk_replaced signal."""

    desk_replaced = Signal(object)


def damage_where_opening_does_not_look(desk: Desk) -> Path:
    """The register, closed, with garbage in pages that opening never reads (the check finds
    them); returns its data folder. An encrypted page fails as a whole, so the damage must spare
    the schema's pages wherever they are: a table written last fills the file's end."""
    demo.load_demo_data(desk, initiatives=30)
    path = desk.database.sqlite_path
    assert path is not None and desk.data_dir is not None
    desk.close()
    with cipher.connect(path) as connection:
        connection.execute("CREATE TABLE filler (text TEXT)")
    schema_pages = _pages(path)
    with cipher.connect(path) as connection:
        connection.executemany("INSERT INTO filler VALUES (?)", [("x" * 1000,)] * 200)
    damage(path, first_page=schema_pages + 1)
    return desk.data_dir


@pytest.fixture
def damaged_in_the_middle(desk: Desk, register: Register) -> Path:
    """A register with a good backup, then damaged where opening it does not look."""
    backups.create_backup(desk, reason="manual")
    return damage_where_opening_does_not_look(desk)


def _checks_seen(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """For every integrity check of a file: whether it ran on the GUI thread."""
    from fourthpillar.store import backup as store_backup
    from fourthpillar.store import integrity as store_integrity

    seen: list[bool] = []
    real = store_integrity.check_connection

    def watched(*args: Any, **kwargs: Any) -> list[str]:
        seen.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(store_integrity, "check_connection", watched)  # files checked by name
    monkeypatch.setattr(store_backup, "check_connection", watched)  # a backup's fresh copy
    return seen


def test_the_window_does_not_wait_for_a_check_after_a_clean_shutdown(
        qtbot: QtBot, desk: Desk, register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    """A quick check of a 900 MB register held the window up for most of a second at every start
    (more with encryption, which decrypts every page): the register now opens without one, and
    the full check comes in the background when due."""
    from fourthpillar.services import integrity
    from fourthpillar.ui import startup

    assert desk.data_dir is not None
    desk.close()
    checks = _checks_seen(monkeypatch)
    opened = startup.open_checked_register(data_dir=desk.data_dir, database_url=None)
    assert opened is not None
    try:
        assert checks == [], "nothing read the whole register before the window"
        assert integrity.full_check_due(opened, unclean_shutdown=False), "never checked in full: due"
        assert integrity.check_if_due(opened) is not None
        assert not integrity.full_check_due(opened, unclean_shutdown=False)
        assert len(checks) == 1
    finally:
        opened.close()


@OFFSCREEN_RESIZE
def test_the_check_after_an_unclean_shutdown_runs_off_the_gui_thread(
        qtbot: QtBot, desk: Desk, register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    """The full check (and the backup copy's quick check) behind the open window never run on
    the GUI thread: the window would freeze for as long as the whole register takes to read."""
    from fourthpillar.services import integrity
    from fourthpillar.ui import startup

    checks = _checks_seen(monkeypatch)
    window = Window()
    window.statusBar()
    qtbot.addWidget(window)
    window.show()
    runner = JobRunner(window)
    daily = startup.start_background_safety(window, desk, runner, unclean_shutdown=True)
    with qtbot.waitSignal(daily.done, timeout=20_000) as made:
        pass
    runner.wait()
    assert made.args is not None and made.args[0] is not None, "the day's backup was made after the check"
    assert checks == [False, False], "the full check, then the copy's quick check, both in the background"
    record = integrity.last_check(desk)
    assert record is not None and record.full and record.ok


@OFFSCREEN_RESIZE
def test_damage_found_in_the_background_blocks_writing_and_the_next_start_offers_the_backup(
        qtbot: QtBot, damaged_in_the_middle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After an unclean shutdown the full check runs behind the open window. Damage found: nothing
    more may be written into the damaged file, the window says so, and an officer who declines the
    recovery then is offered it again before the window at the next start."""
    from fourthpillar.services import integrity
    from fourthpillar.ui import startup

    data_dir = damaged_in_the_middle
    asked: list[str] = []

    def decline(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", decline)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: pytest.fail(f"unexpected error box: {args[2]}"))
    opened = startup.open_checked_register(data_dir=data_dir, database_url=None)
    assert opened is not None, "the damage is where opening does not look: the window opens"
    window = Window()
    window.statusBar()
    qtbot.addWidget(window)
    window.show()
    runner = JobRunner(window)
    try:
        daily = startup.start_background_safety(window, opened, runner, unclean_shutdown=True)
        with qtbot.waitSignal(daily.done, timeout=20_000):
            pass
        qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
        assert "is damaged" in asked[0] and "Nothing more is saved in it." in asked[0]
        note = window.statusBar().findChild(QLabel, "alertLabel")
        assert note is not None and "nothing more is saved" in note.text()
        with pytest.raises(WritingBlocked, match="nothing more is saved in this register"):
            initiatives.register_initiative(opened, values={"name": "Written into a damaged file"})
        assert not list((data_dir / "backups").glob("*startup*")), "no backup of a damaged register"
    finally:
        runner.wait()
        opened.close()

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: QMessageBox.StandardButton.Ok)
    reopened = startup.open_checked_register(data_dir=data_dir, database_url=None)
    assert reopened is not None
    try:
        assert list((data_dir / "damaged").glob("*.sqlite3")), "the damaged file is kept aside"
        initiatives.register_initiative(reopened, values={"name": "Written after the recovery"})
        assert reopened.database.sqlite_path is not None
        assert integrity.recorded_damage(reopened.database.sqlite_path) is None, "no more checks before the window"
    finally:
        reopened.close()


@OFFSCREEN_RESIZE
def test_accepting_the_recovery_in_the_app_gives_the_window_the_recovered_register(
        qtbot: QtBot, damaged_in_the_middle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Recovery offered while the window is open: the newest good backup comes back, the damaged
    file is kept aside, and the window works on the recovered register (writing allowed again)."""
    from fourthpillar.ui import startup

    data_dir = damaged_in_the_middle
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *_args: told.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: pytest.fail(f"unexpected error box: {args[2]}"))
    opened = startup.open_checked_register(data_dir=data_dir, database_url=None)
    assert opened is not None
    window = Window()
    window.statusBar()
    qtbot.addWidget(window)
    window.show()
    runner = JobRunner(window)
    received: list[Desk] = []
    window.desk_replaced.connect(received.append)
    startup.start_background_safety(window, opened, runner, unclean_shutdown=True)
    qtbot.waitUntil(lambda: bool(received) and bool(told), timeout=20_000)
    runner.wait()
    fresh = received[0]
    try:
        assert fresh is not opened and fresh.database.writing_blocked is None
        assert "The register is back as it was on" in told[0]
        assert list((data_dir / "damaged").glob("*.sqlite3"))
        initiatives.register_initiative(fresh, values={"name": "Written after the recovery"})
    finally:
        fresh.close()


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
