"""The checks before the register is used, as Qt message boxes: one app per data folder, the
quick integrity check, recovery from a backup, and tidying up after a crash.

``run_app`` wires them like this: the data folder's lock first (``ui/single_instance.py`` asks an
app that has it to come forward; when none answers, ``lock = take_app_lock(data_dir)``: None
means the user was told the desk is open, so return), then ``desk = open_checked_register(
data_dir=..., database_url=..., early_check=EarlyQuickCheck.start(data_dir))`` instead of
opening the register directly (quick check, recovery offer); ``lock.release()`` on quit. The
day's backup comes later, once the window shows (:func:`fourthpillar.ui.backups.start_daily_backup`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from fourthpillar import paths
from fourthpillar.services import backups, instance
from fourthpillar.services.desk import Desk
from fourthpillar.services.office_password import SignInCancelled, open_signed_in
from fourthpillar.store.errors import DatabaseUnavailable, KnownError
from fourthpillar.ui.backups import count_noun, made_at
from fourthpillar.ui.jobs import JobRunner


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # The texts keep the context they were translated under when they lived in ui/backups.py.
    return QCoreApplication.translate("Backups", text, disambiguation, n)


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


def offer_recovery(data_dir: str | os.PathLike[str] | None, problem: str) -> bool:
    """Tell the user the register is damaged and offer the newest good backup; True once recovered."""
    good = backups.newest_good_backup(data_dir)
    if good is None:
        QMessageBox.critical(None, tr("The register is damaged"),
                             tr("%1\n\nThere is no readable backup to recover from. Do not delete the file; "
                                "ask for help.").replace("%1", problem))
        return False
    counts = ", ".join(f"{value} {count_noun(key)}" for key, value in good.counts.items())
    answer = QMessageBox.question(
        None, tr("The register is damaged"),
        tr("%1\n\nRestore the newest good backup, from %2 (%3)? The damaged file is kept aside in the "
           "\"damaged\" folder, never deleted.").replace("%1", problem).replace("%2", made_at(good))
        .replace("%3", counts),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        recovery = backups.recover_from_backup(data_dir, backup_id=good.id)
    except KnownError as error:
        QMessageBox.critical(None, tr("The register is damaged"), str(error))
        return False
    message = (tr("The register is back as it was on %1. The damaged file was kept as %2.")
               .replace("%1", made_at(recovery.restored)).replace("%2", str(recovery.damaged_path)))
    if recovery.erased_again:
        message += "\n" + tr("%n person(s) erased after that backup was made were erased again.", "",
                             len(recovery.erased_again))
    QMessageBox.information(None, tr("Register recovered"), message)
    return True


def _looks_damaged(data_dir: str | os.PathLike[str] | None, database_url: str | None,
                   checked: backups.IntegrityReport | None = None) -> bool:
    """True when the data folder's own SQLite file exists and fails the check (not when it is only busy).

    *checked* is that file's quick check made already (:class:`EarlyQuickCheck`), if any.
    """
    if database_url is not None and not database_url.startswith("sqlite"):
        return False
    if not paths.database_path(paths.data_dir(data_dir)).exists():
        return False
    try:
        return not (checked or backups.check_database(data_dir)).ok
    except KnownError:
        return False


class EarlyQuickCheck:
    """SQLite's quick check of the data folder's file, started in the background as the app starts.

    On a big register the check takes most of a second; SQLite runs it without holding Python's
    lock, so the app imports its window and opens the register meanwhile instead of waiting.
    It runs through the app's one background helper, a :class:`JobRunner` of its own (the
    window's does not exist yet).
    """

    def __init__(self, data_dir: str | os.PathLike[str] | None) -> None:
        self._data_dir = data_dir
        self._report: backups.IntegrityReport | None = None
        # Owned by the application, so that it is deleted on the GUI thread (after report()),
        # never by Python's garbage collector on whichever thread it happens to run.
        self._runner = JobRunner(QCoreApplication.instance())
        self._runner.run(self._run)

    @classmethod
    def start(cls, data_dir: str | os.PathLike[str] | None) -> EarlyQuickCheck | None:
        """None when there is no register file yet (a first start): nothing to check."""
        if not paths.database_path(paths.data_dir(data_dir)).exists():
            return None
        return cls(data_dir)

    def _run(self, **_: Any) -> None:
        try:
            self._report = backups.check_database(self._data_dir)
        except Exception:  # busy, or anything else: startup_check checks the open register instead
            self._report = None

    def report(self) -> backups.IntegrityReport | None:
        """Wait for the check; None when it could not run."""
        self._runner.wait()
        self._runner.deleteLater()
        return self._report


def open_checked_register(*, data_dir: str | os.PathLike[str] | None, database_url: str | None,
                          early_check: EarlyQuickCheck | None = None,
                          while_checking: Callable[[Desk], Callable[[], None] | None] | None = None,
                          ) -> Desk | None:
    """Open the register and run the quick check (or take *early_check*'s); offer recovery if damaged.

    *while_checking(desk)* runs while *early_check* is still busy, for work that only reads (the
    app builds its hidden main window); it returns how to undo that work should the check fail.
    The daily backup comes later, in the background (:func:`start_daily_backup`). None after the
    user was told why the register cannot open, or cancelled signing in to the office database
    (whose password the prompt of ``services.office_password`` asks, if need be).
    """
    for attempt in range(2):
        try:
            desk = open_signed_in(data_dir=data_dir, database_url=database_url)
        except SignInCancelled:
            return None
        except DatabaseUnavailable as error:
            # Waiting for it also means it is done reading the file before recovery moves it aside.
            early = early_check.report() if early_check is not None else None
            if attempt == 0 and _looks_damaged(data_dir, database_url, early) and offer_recovery(data_dir, str(error)):
                continue
            QMessageBox.critical(None, tr("The register cannot be opened"), str(error))
            return None
        discard = None
        if early_check is not None and attempt == 0 and while_checking is not None:
            discard = while_checking(desk)
        checked = early_check.report() if early_check is not None and attempt == 0 else None
        try:
            backups.startup_check(desk, checked=checked)
        except backups.DatabaseDamaged as error:
            if discard is not None:
                discard()
            desk.close()
            if attempt == 0 and desk.database.sqlite_path is not None and offer_recovery(data_dir, str(error)):
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

