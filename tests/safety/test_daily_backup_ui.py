"""The day's backup in the background after start-up: the window is usable meanwhile, a failure
is a warning, and closing the window never leaves a half-written backup."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from safety_helpers import Register

from fourthpillar import clock
from fourthpillar.jobs import never_cancelled
from fourthpillar.services import backups
from fourthpillar.services.desk import Desk
from fourthpillar.store import backup as files
from fourthpillar.ui.backups import DailyBackup
from fourthpillar.ui.backups import start_daily_backup
from fourthpillar.ui.jobs import JobRunner

#: Harmless messages of Qt's offscreen platform plugin (it cannot resize native windows).
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


class Gate:
    """Holds the real daily backup at its first progress report until the test lets it go on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        #: Raised once released, as the copy would on a full disk.
        self.failure: BaseException | None = None
        real = backups.daily_backup

        def held(desk: Desk, *, now: dt.datetime | None = None, progress: Any = None,
                 is_cancelled: Any = None) -> backups.DailyBackup:
            def waiting(done: int, total: int) -> None:
                self.entered.set()
                self.release.wait(20)
                if self.failure is not None:
                    raise self.failure
                if progress is not None:
                    progress(done, total)

            return real(desk, now=now, progress=waiting, is_cancelled=is_cancelled or never_cancelled)

        monkeypatch.setattr(backups, "daily_backup", held)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate(monkeypatch)
    yield held
    held.release.set()


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    shown = QMainWindow()
    shown.statusBar()  # as the main window has one from the start
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def yesterday_backup(desk: Desk, register: Register) -> backups.BackupInfo:
    """The newest backup is two days old: today's is due."""
    return backups.create_backup(desk, reason="startup", now=clock.now() - dt.timedelta(days=2))


def _folder(desk: Desk) -> Path:
    assert desk.database.sqlite_path is not None
    return files.backups_dir(desk.database.sqlite_path)


def _no_debris(desk: Desk) -> bool:
    return not [path for path in _folder(desk).iterdir() if files.PARTIAL in path.name or path.name.endswith(".tmp")]


def test_the_backup_comes_after_the_window_and_its_progress_shows_in_the_status_bar(
        qtbot: QtBot, desk: Desk, yesterday_backup: backups.BackupInfo, window: QMainWindow,
        runner: JobRunner, gate: Gate) -> None:
    """On a big register the officer works while the copy runs; then the backup is there."""
    daily = start_daily_backup(window, desk, runner)
    assert gate.entered.wait(10)
    assert QApplication.activeModalWidget() is None and window.isEnabled(), "nothing may block the window"
    assert [info.id for info in backups.list_backups(desk)] == [yesterday_backup.id]
    progress_shown: list[bool] = []
    daily.bar.valueChanged.connect(lambda _value: progress_shown.append(daily.bar.isVisibleTo(window)))
    with qtbot.waitSignal(daily.done, timeout=10000) as finished:
        gate.release.set()
    made = finished.args[0] if finished.args else None
    assert isinstance(made, backups.BackupInfo) and made.reason == "startup"
    assert [info.id for info in backups.list_backups(desk)] == [made.id, yesterday_backup.id]
    assert progress_shown and all(progress_shown)
    assert not daily.bar.isVisibleTo(window), "the progress leaves the status bar when done"
    assert window.statusBar().currentMessage() == "Daily backup made"


def test_no_backup_when_the_newest_is_recent(qtbot: QtBot, desk: Desk, register: Register, window: QMainWindow,
                                            runner: JobRunner) -> None:
    recent = backups.create_backup(desk, reason="startup")
    daily = DailyBackup(window, desk, runner)
    with qtbot.waitSignal(daily.done, timeout=10000) as finished:
        daily.start()
    assert finished.args == [None]
    assert [info.id for info in backups.list_backups(desk)] == [recent.id]
    assert window.statusBar().currentMessage() == ""


def test_a_backup_that_cannot_be_written_is_a_warning_and_work_goes_on(
        qtbot: QtBot, desk: Desk, register: Register, window: QMainWindow, runner: JobRunner) -> None:
    """Disk full or a broken folder: the officer is warned there is no backup, and can work on."""
    _folder(desk).write_text("a file where the backups folder should be")
    daily = DailyBackup(window, desk, runner)
    with qtbot.waitSignal(daily.done, timeout=10000) as finished:
        daily.start()
    assert finished.args == [None]
    box = window.findChild(QMessageBox, "dailyBackupFailed")
    assert box is not None and box.isVisible()
    assert box.text().startswith("No backup made: ") and str(_folder(desk)) in box.text()
    assert QApplication.activeModalWidget() is None and window.isEnabled()
    assert window.statusBar().currentMessage().startswith("No backup made")
    box.close()


def test_closing_during_the_backup_waits_for_it_and_leaves_a_complete_backup(
        qtbot: QtBot, desk: Desk, yesterday_backup: backups.BackupInfo, window: QMainWindow,
        runner: JobRunner, gate: Gate) -> None:
    daily = start_daily_backup(window, desk, runner)
    assert gate.entered.wait(10)
    assert window.close() is False, "the window stays until the backup is finished"
    note = window.findChild(QProgressDialog)
    assert note is not None and note.isVisible() and "Finishing the backup" in note.labelText()
    assert window.close() is False and len(window.findChildren(QProgressDialog)) == 1
    gate.release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert not daily.running
    made = backups.list_backups(desk)
    assert len(made) == 2 and made[1].id == yesterday_backup.id
    assert files.check_file(made[0].path, read_only=True).ok
    assert _no_debris(desk)


def test_skipping_the_backup_when_closing_leaves_no_half_written_file(
        qtbot: QtBot, desk: Desk, yesterday_backup: backups.BackupInfo, window: QMainWindow,
        runner: JobRunner, gate: Gate) -> None:
    start_daily_backup(window, desk, runner)
    assert gate.entered.wait(10)
    window.close()
    note = window.findChild(QProgressDialog)
    assert note is not None
    skip = note.findChild(QPushButton)
    assert skip is not None and skip.text() == "Skip"
    skip.click()
    gate.release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert [info.id for info in backups.list_backups(desk)] == [yesterday_backup.id]
    assert _no_debris(desk)


def test_a_backup_failing_while_the_window_closes_is_told_before_it_goes(
        qtbot: QtBot, desk: Desk, yesterday_backup: backups.BackupInfo, window: QMainWindow,
        runner: JobRunner, gate: Gate, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[tuple[bool, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_args: told.append((window.isVisible(), text)))
    start_daily_backup(window, desk, runner)
    assert gate.entered.wait(10)
    window.close()
    gate.failure = backups.BackupFailed("no backup could be written to the backups folder: No space left on device")
    gate.release.set()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert told == [(True, "No backup made: no backup could be written to the backups folder: "
                           "No space left on device")]
    assert [info.id for info in backups.list_backups(desk)] == [yesterday_backup.id]
    assert _no_debris(desk)


def test_closing_during_the_full_check_stops_it_and_the_window_closes_at_once(
        qtbot: QtBot, desk: Desk, yesterday_backup: backups.BackupInfo, window: QMainWindow,
        runner: JobRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """The full check of a big register takes minutes and has nothing to finish: closing the
    window stops it instead of keeping the officer waiting, records no verdict (the next start
    checks again) and starts no backup."""
    from fourthpillar.services import integrity

    started = threading.Event()

    def long_check(path: Path, *, is_cancelled: Any = None, **_kwargs: Any) -> Any:
        started.set()
        deadline = time.monotonic() + 20
        while not (is_cancelled is not None and is_cancelled()) and time.monotonic() < deadline:
            time.sleep(0.01)  # reading a register of 900 MB, until it is stopped
        raise integrity.CheckInterrupted

    monkeypatch.setattr(integrity.checks, "check_file", long_check)
    daily = start_daily_backup(window, desk, runner, unclean_shutdown=True)
    assert started.wait(10)
    qtbot.waitUntil(lambda: daily.label.isVisibleTo(window) and daily.label.text() == "Checking the register")
    with qtbot.waitSignal(daily.done, timeout=10_000) as finished:
        window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert finished.args == [None]
    assert QApplication.activeModalWidget() is None, "no 'Finishing the backup' note: there was nothing to finish"
    assert integrity.last_check(desk) is None
    assert [info.id for info in backups.list_backups(desk)] == [yesterday_backup.id]
