"""The checks before the register is used, as Qt message boxes: one app per data folder, opening
the register (with recovery from a backup when it is damaged), tidying up after a crash; and
the recovery offered when the background check finds damage while the window is open.

No check holds up the window (``services/integrity.py`` says when the register is checked and
why). ``run_app`` wires it like this: the data folder's lock first (``ui/single_instance.py``
asks an app that has it to come forward; when none answers, ``lock = take_app_lock(data_dir)``:
None means the user was told the desk is open, so return), then
``desk = open_checked_register(data_dir=..., database_url=...)`` instead of opening the register
directly; once the main window is shown, ``start_background_safety(window, desk, window.jobs,
unclean_shutdown=lock.unclean_shutdown)`` (the full check when due, then the day's backup:
:class:`fourthpillar.ui.backups.DailyBackup`); ``lock.release()`` on quit.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget

from fourthpillar import paths
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import backups
from fourthpillar.services import instance
from fourthpillar.services import integrity
from fourthpillar.services import keys
from fourthpillar.services.desk import Desk
from fourthpillar.services.office_password import SignInCancelled
from fourthpillar.services.office_password import open_signed_in
from fourthpillar.store.errors import DatabaseUnavailable
from fourthpillar.store.errors import KnownError
from fourthpillar.ui.backups import DailyBackup
from fourthpillar.ui.backups import count_noun
from fourthpillar.ui.backups import made_at
from fourthpillar.ui.backups import start_daily_backup
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import run_write
from fourthpillar.ui.text import qt_translator

# The texts keep the context they were translated under when they lived in ui/backups.py.
tr = qt_translator("Backups")


def take_app_lock(data_dir: str | os.PathLike[str] | None) -> instance.AppLock | None:
    """The data folder's lock for this app; None after telling the user the desk is already open.

    Call first in ``run_app``; keep the lock until the app quits (``lock.release()``).
    """
    lock = instance.acquire_app_lock(data_dir)
    if lock is None:
        holder = instance.read_holder(data_dir)
        who = holder.describe() if holder else tr("another window")
        QMessageBox.information(None, tr("Fourth Pillar desk is already open"),
                                tr("This register is already open (%1). Switch to that window; "
                                   "two windows on one register would overwrite each other's work.")
                                .replace("%1", who))
    return lock


def _ask_to_recover(parent: QWidget | None, problem: str, good: backups.BackupInfo) -> bool:
    counts = ", ".join(f"{value} {count_noun(key)}" for key, value in good.counts.items())
    answer = QMessageBox.question(
        parent, tr("The register is damaged"),
        tr("%1\n\nRestore the newest good backup, from %2 (%3)? The damaged file is kept aside in the "
           "\"damaged\" folder, never deleted.").replace("%1", problem).replace("%2", made_at(good))
        .replace("%3", counts),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def _no_backup_to_recover(parent: QWidget | None, problem: str) -> None:
    QMessageBox.critical(parent, tr("The register is damaged"),
                         tr("%1\n\nThere is no readable backup to recover from. Do not delete the file; "
                            "ask for help.").replace("%1", problem))


def _tell_recovered(parent: QWidget | None, recovery: backups.Recovery) -> None:
    message = (tr("The register is back as it was on %1. The damaged file was kept as %2.")
               .replace("%1", made_at(recovery.restored)).replace("%2", str(recovery.damaged_path)))
    if recovery.erased_again:
        message += "\n" + tr("%n person(s) erased after that backup was made were erased again.", "",
                             len(recovery.erased_again))
    QMessageBox.information(parent, tr("Register recovered"), message)


def offer_recovery(data_dir: str | os.PathLike[str] | None, problem: str) -> bool:
    """Tell the user the register is damaged and offer the newest good backup; True once recovered.

    For a register that is closed (at start-up); :func:`offer_recovery_in_app` for the open one.
    """
    good = backups.newest_good_backup(data_dir)
    if good is None:
        _no_backup_to_recover(None, problem)
        return False
    if not _ask_to_recover(None, problem, good):
        return False
    try:
        recovery = backups.recover_from_backup(data_dir, backup_id=good.id)
    except KnownError as error:
        QMessageBox.critical(None, tr("The register is damaged"), str(error))
        return False
    _tell_recovered(None, recovery)
    return True


def offer_recovery_in_app(window: QMainWindow, desk: Desk, runner: JobRunner | None, problem: str,
                          on_recovered: Callable[[Desk], None]) -> None:
    """Damage found while the window is open (writing is blocked already): offer the newest good
    backup now. *on_recovered* gets the register reopened on it (the damaged desk is closed);
    declined, the register stays read-only and the next start offers the recovery again."""
    problem += "\n\n" + tr("Nothing more is saved in it.")
    good = backups.newest_good_backup(desk.data_dir)
    if good is None:
        _no_backup_to_recover(window, problem)
        return
    if not _ask_to_recover(window, problem, good):
        return

    def work(**_: Any) -> backups.RecoveredRegister:
        return backups.recover_register(desk, backup_id=good.id)

    def done(result: backups.RecoveredRegister) -> None:
        on_recovered(result.desk)
        _tell_recovered(window, result.recovery)

    def refused(error: KnownError | ValidationFailed) -> None:
        if isinstance(error, backups.RestoreFailed) and error.desk is not None:
            on_recovered(error.desk)  # the damaged register again, still read-only
        QMessageBox.critical(window, tr("The register is damaged"), str(error))

    run_write(runner, work, on_done=done, on_refused=refused, progress_label=tr("Restoring the backup"),
              parent=window)


def start_background_safety(window: QMainWindow, desk: Desk, runner: JobRunner, *,
                            unclean_shutdown: bool = False) -> DailyBackup:
    """Behind the shown *window*: the register's full check when it is due, then the day's
    backup (:func:`fourthpillar.ui.backups.start_daily_backup`); damage found offers the newest
    good backup, and a recovered register reaches the window through its ``desk_replaced``
    signal. *unclean_shutdown*: the app lock says the previous session did not end cleanly."""
    daily = start_daily_backup(window, desk, runner, unclean_shutdown=unclean_shutdown)

    def replace(fresh: Desk) -> None:
        replaced = getattr(window, "desk_replaced", None)
        if replaced is not None:
            replaced.emit(fresh)

    daily.damaged.connect(lambda error: offer_recovery_in_app(window, desk, runner, str(error), replace))
    return daily


class EarlyKey:
    """The register's key, derived in the background while the app imports its window.

    SQLCipher's key derivation takes a tenth of a second on purpose, and hashlib lets other
    threads run meanwhile. It runs through a :class:`JobRunner` of its own (the window's does
    not exist yet), owned by the application so that it is deleted on the GUI thread.
    """

    def __init__(self, data_dir: str | os.PathLike[str] | None) -> None:
        self._runner = JobRunner(QCoreApplication.instance())
        self._runner.run(lambda **_: keys.derive_key(data_dir))

    def wait(self) -> None:
        """Until the key is derived (or could not be: opening the register says why)."""
        self._runner.wait()
        self._runner.deleteLater()


def _looks_damaged(data_dir: str | os.PathLike[str] | None, database_url: str | None) -> bool:
    """True when the data folder's own SQLite file exists and fails the check (not when it is only busy)."""
    if database_url is not None and not database_url.startswith("sqlite"):
        return False
    if not paths.database_path(paths.data_dir(data_dir)).exists():
        return False
    try:
        return not backups.check_database(data_dir).ok
    except KnownError:
        return False


@contextmanager
def _waiting() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def open_checked_register(*, data_dir: str | os.PathLike[str] | None, database_url: str | None) -> Desk | None:
    """Open the register, offering recovery when it cannot be opened because it is damaged.

    The register is checked here, before the window, only when the last check found it damaged
    (and it was not recovered since); checks otherwise run in the background
    (:func:`start_background_safety`). None after the user was told why the register cannot open,
    or cancelled signing in to the office database (whose password the prompt of
    ``services.office_password`` asks, if need be).
    """
    for attempt in range(2):
        try:
            desk = open_signed_in(data_dir=data_dir, database_url=database_url)
        except SignInCancelled:
            return None
        except DatabaseUnavailable as error:
            if attempt == 0 and _looks_damaged(data_dir, database_url) and offer_recovery(data_dir, str(error)):
                continue
            QMessageBox.critical(None, tr("The register cannot be opened"), str(error))
            return None
        path = desk.database.sqlite_path
        if attempt == 0 and path is not None and integrity.recorded_damage(path) is not None:
            try:
                with _waiting():
                    backups.startup_check(desk)
            except backups.DatabaseDamaged as error:
                desk.close()
                if offer_recovery(data_dir, str(error)):
                    continue
                return None
            except KnownError as error:  # busy for a long while (another program writing): work on, but say so
                QMessageBox.warning(None, tr("The register could not be checked"), str(error))
        _tidy(desk)
        return desk
    return None


def _tidy(desk: Desk) -> None:
    """Crash debris goes and erasures hold (a shared database restored by its server) before any work."""
    try:
        tidied = backups.tidy_at_start(desk)
    except KnownError as error:
        QMessageBox.warning(None, tr("The register could not be checked"), str(error))
        return
    if tidied.erased_again:
        QMessageBox.information(None, tr("Personal data erased again"), tr(
            "%n person(s) erased earlier were back in the register (was it restored from a backup?) and were "
            "erased again.", "", len(tidied.erased_again)))

