"""Backups, restore, integrity checks and recovery: the register's safety net.

Backups are made automatically once a day after start-up (:func:`daily_backup`, which the app
runs in the background once its window is open), and before a migration, an import, applying a
sync package, an erasure's pruning and a restore; officers can make one any time. Every copy is
checked before it counts as a backup; when the register itself turns out damaged, writing to it
stops (``services/integrity.py``, which also says when the register is checked in full).
Rotation keeps 7 daily, 4 weekly and 12 monthly backups (settings in ``desk.config``),
everything from the last 24 hours, and every manual backup.

Only a SQLite register has backups here; a shared PostgreSQL database is backed up by its server.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from fourthpillar import clock
from fourthpillar import paths
from fourthpillar.i18n import translate
from fourthpillar.jobs import IsCancelled
from fourthpillar.jobs import Progress
from fourthpillar.jobs import never_cancelled
from fourthpillar.jobs import no_progress
from fourthpillar.services import erasure
from fourthpillar.services import integrity
from fourthpillar.services import keys
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store import backup as files
from fourthpillar.store import cipher
from fourthpillar.store.backup import BackupFailed
from fourthpillar.store.backup import BackupInfo
from fourthpillar.store.backup import DatabaseDamaged
from fourthpillar.store.backup import IntegrityReport
from fourthpillar.store.errors import KnownError

__all__ = [
    "BackupFailed", "BackupInfo", "DailyBackup", "DatabaseDamaged", "IntegrityReport", "RecoveredRegister", "Recovery",
    "RestoreFailed", "RestoreResult", "StartTidy", "StartupCheck", "backup_before", "backup_if_stale",
    "backups_before", "check_database", "create_backup", "daily_backup", "delete_backup", "integrity_check",
    "list_backups", "list_folder_backups", "newest_good_backup", "prune_backups_before", "recover_from_backup",
    "recover_register", "require_sound_database", "restore_backup", "rotate_backups", "startup_check",
    "startup_safety", "tidy_at_start",
]

#: Settings (``desk.config`` keys) with their defaults.
SETTINGS: dict[str, int] = {
    "backup_keep_daily": 7,
    "backup_keep_weekly": 4,
    "backup_keep_monthly": 12,
    #: Every backup younger than this many hours stays, whatever the rotation says.
    "backup_keep_hours": 24,
    #: A start-up backup is made when the newest backup is older than this many hours.
    "backup_every_hours": 24,
}


class RestoreFailed(KnownError):
    """The restore did not happen; ``desk`` is the register reopened as it was (or None)."""

    def __init__(self, message: str, desk: Desk | None) -> None:
        super().__init__(message)
        self.desk = desk


@dataclass(frozen=True)
class RestoreResult:
    #: The register reopened on the restored data: use this one, the old Desk is closed.
    desk: Desk
    restored: BackupInfo
    #: The copy of the state just before the restore (itself restorable).
    safety_backup: BackupInfo
    #: People erased since the backup was made, whom the restore brought back: erased again.
    erased_again: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Recovery:
    #: Where the damaged file was moved (kept for investigation, never deleted); None if it was missing.
    damaged_path: Path | None
    restored: BackupInfo
    #: People erased since the backup was made, whom the recovery brought back: erased again.
    erased_again: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RecoveredRegister:
    #: The register reopened on the backup: use this one, the damaged Desk is closed.
    desk: Desk
    recovery: Recovery


@dataclass(frozen=True)
class DailyBackup:
    #: The day's backup, when one was due (None: the newest is recent enough, or not SQLite).
    backup: BackupInfo | None
    #: Half-written copies left by a crash, now deleted.
    debris: list[Path]


@dataclass(frozen=True)
class StartupCheck(DailyBackup):
    """The day's backup (the start-up one) and the quick check made before it."""

    integrity: IntegrityReport


def _setting(desk: Desk, key: str) -> int:
    value = desk.config.get(key, SETTINGS[key])
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else SETTINGS[key]


def _database_path(desk: Desk) -> Path:
    return desk.register_file(lambda: BackupFailed(translate(
        "Backups", "backups are made of a SQLite register; a shared database is backed up by its server")))


def _folder(desk: Desk) -> Path:
    return files.backups_dir(_database_path(desk))


def _find(desk: Desk, backup_id: str) -> BackupInfo:
    for info in files.read_backups(_folder(desk)):
        if info.id == backup_id:
            return info
    raise BackupFailed(translate("Backups", "no backup '{id}' in {folder}").format(id=backup_id, folder=_folder(desk)))


def list_backups(desk: Desk) -> list[BackupInfo]:
    """Every backup of this register, newest first (empty for a shared database)."""
    if desk.database.sqlite_path is None:
        return []
    return files.read_backups(_folder(desk))


def create_backup(desk: Desk, *, reason: str = "manual", progress: Progress = no_progress,
                  is_cancelled: IsCancelled = never_cancelled, now: dt.datetime | None = None,
                  rotate: bool = True) -> BackupInfo:
    """Copy the register into the backups folder now, then apply the rotation (unless *rotate* is False).

    *reason* is one of ``startup, migration, import, sync, restore, manual``.
    """
    if reason not in files.REASONS:
        raise BackupFailed(translate("Backups", "'{reason}' is not a backup reason ({choices})").format(
            reason=reason, choices=", ".join(files.REASONS)))
    try:
        info = files.write_backup(_database_path(desk), _folder(desk), reason=reason, now=now, progress=progress,
                                  is_cancelled=is_cancelled)
    except DatabaseDamaged as damage:
        integrity.damage_found(desk, damage, now=now)
        raise
    if rotate:
        rotate_backups(desk, now=now)
    return info


def backup_before(desk: Desk, *, reason: str, progress: Progress = no_progress,
                  is_cancelled: IsCancelled = never_cancelled) -> BackupInfo | None:
    """The automatic backup an import, a sync apply or a restore makes first: None on a shared
    database (its server keeps backups), :class:`BackupFailed` if it cannot be written (then do
    not go on with the operation)."""
    if desk.database.sqlite_path is None:
        return None
    return create_backup(desk, reason=reason, progress=progress, is_cancelled=is_cancelled)


def rotate_backups(desk: Desk, *, now: dt.datetime | None = None) -> list[BackupInfo]:
    """Delete the backups the rotation no longer keeps; manual backups are never rotated away."""
    backups = list_backups(desk)
    keep = files.keep_by_rotation(
        [info for info in backups if info.reason != "manual"],
        now=now or clock.now(),
        daily=_setting(desk, "backup_keep_daily"),
        weekly=_setting(desk, "backup_keep_weekly"),
        monthly=_setting(desk, "backup_keep_monthly"),
        recent=dt.timedelta(hours=_setting(desk, "backup_keep_hours")),
    )
    removed = [info for info in backups if info.reason != "manual" and info.id not in keep]
    for info in removed:
        files.remove_backup(info)
    return removed


def delete_backup(desk: Desk, *, backup_id: str) -> None:
    files.remove_backup(_find(desk, backup_id))


def backup_if_stale(desk: Desk, *, now: dt.datetime | None = None,
                    progress: Progress = no_progress, is_cancelled: IsCancelled = never_cancelled,
                    ) -> BackupInfo | None:
    """At start-up: a backup when the newest is older than a day (None if not needed or not SQLite).

    A cancel (or an exception raised by *progress*) stops the copy; no backup is left half-written.
    """
    if desk.database.sqlite_path is None:
        return None
    moment = now or clock.now()
    backups = list_backups(desk)
    if backups and moment - backups[0].created_at < dt.timedelta(hours=_setting(desk, "backup_every_hours")):
        return None
    return create_backup(desk, reason="startup", now=moment, progress=progress, is_cancelled=is_cancelled)


def integrity_check(desk: Desk, *, full: bool = False) -> IntegrityReport:
    """SQLite's quick check (start-up) or the full one with foreign keys and search indexes."""
    path = desk.database.sqlite_path
    if path is None:
        return IntegrityReport(Path(desk.database.url), full, [])
    return files.check_file(path, full=full)


def require_sound_database(desk: Desk, *, full: bool = False) -> IntegrityReport:
    """:func:`integrity_check`, raising :class:`DatabaseDamaged` (naming the file) on any problem."""
    report = integrity_check(desk, full=full)
    if not report.ok:
        raise DatabaseDamaged(report.path, report.problems)
    return report


def startup_check(desk: Desk) -> IntegrityReport:
    """SQLite's quick check of the register now, raising :class:`DatabaseDamaged` when it fails
    (offer :func:`recover_from_backup`). The app runs it before its window only when the last
    check found damage (``services/integrity.py``); otherwise checks run in the background."""
    report = require_sound_database(desk)
    if desk.database.sqlite_path is not None:
        integrity.record_check(desk.database.sqlite_path, report)
    return report


def daily_backup(desk: Desk, *, now: dt.datetime | None = None, progress: Progress = no_progress,
                 is_cancelled: IsCancelled = never_cancelled) -> DailyBackup:
    """Once the register is in use: delete debris of crashed copies, then the day's backup if it
    is due (with the rotation). The app runs this in the background; it may take a while on a big
    register. A cancel (or an exception raised by *progress*) stops the copy, leaving no
    half-written backup.
    """
    if desk.database.sqlite_path is None:
        return DailyBackup(None, [])
    debris = files.remove_stale_partials(_folder(desk), now=now)
    return DailyBackup(backup_if_stale(desk, now=now, progress=progress, is_cancelled=is_cancelled), debris)


@dataclass(frozen=True)
class StartTidy:
    #: Half-written copies left by a crash, now deleted (they hold personal data).
    debris: list[Path]
    #: People erased before whom the register held again (a server restored from its backup): erased again.
    erased_again: list[str]


def tidy_at_start(desk: Desk, *, now: dt.datetime | None = None) -> StartTidy:
    """What the app and every command do once the register is open: delete the debris of crashed
    copies (in the backups folder and beside the register), and erase again anyone erased before
    whom the register holds again."""
    debris: list[Path] = []
    path = desk.database.sqlite_path
    if path is not None:
        debris = files.remove_stale_partials(_folder(desk), now=now) + files.remove_stale_partials(path.parent, now=now)
    return StartTidy(debris, erasure.keep_erasures(desk, whole_log=False))


def startup_safety(desk: Desk, *, now: dt.datetime | None = None) -> StartupCheck:
    """:func:`startup_check` and :func:`daily_backup` in one go (for scripts and tests; the app
    makes the backup in the background after its window opens).

    Raises :class:`DatabaseDamaged` when the quick check fails: offer :func:`recover_from_backup`.
    """
    report = startup_check(desk)
    daily = daily_backup(desk, now=now)
    return StartupCheck(daily.backup, daily.debris, integrity=report)


def restore_backup(desk: Desk, *, backup_id: str, progress: Progress = no_progress) -> RestoreResult:
    """Back up the current state, then put the backup's data back; returns the reopened desk.

    *desk* is closed by this call (its engine disposed): continue with ``result.desk``. The app
    must hold no other connection to the file. If the restore fails, :class:`RestoreFailed`
    carries the desk reopened on the unchanged register.
    """
    database = _database_path(desk)
    chosen = _find(desk, backup_id)
    verdict = files.check_file(chosen.path, read_only=True)
    if not verdict.ok:
        raise BackupFailed(translate("Backups", "the backup {name} is damaged ({problem}); choose another").format(
            name=chosen.path.name, problem=verdict.problems[0]))
    # No rotation yet: it could delete the very backup about to be restored.
    safety = create_backup(desk, reason="restore", rotate=False)
    url, data_dir, officer_id = desk.database.url, desk.data_dir, desk.officer_id
    desk.close()
    try:
        files.restore_into(chosen.path, database, progress=progress)
    except Exception as error:
        try:
            reopened: Desk | None = open_desk(data_dir=data_dir, database_url=url)
        except KnownError:
            reopened = None
        message = translate("Backups", "the backup {id} could not be restored ({error}); nothing was changed")
        raise RestoreFailed(message.format(id=chosen.id, error=error), reopened) from error
    integrity.record_check(database, IntegrityReport(database, False, []))  # the backup passed the quick check
    fresh = open_desk(data_dir=data_dir, database_url=url)
    fresh.officer_id = officer_id
    rotate_backups(fresh)
    return RestoreResult(fresh, chosen, safety, erasure.keep_erasures(fresh))


def backups_before(desk: Desk, *, moment: dt.datetime) -> list[BackupInfo]:
    """Backups made before *moment* (an erasure): they still hold the erased data."""
    return [info for info in list_backups(desk) if info.created_at <= moment]


def prune_backups_before(desk: Desk, *, moment: dt.datetime) -> list[BackupInfo]:
    """Delete every backup made before *moment*; returns what was deleted."""
    removed = backups_before(desk, moment=moment)
    for info in removed:
        files.remove_backup(info)
    return removed


def check_database(data_dir: str | os.PathLike[str] | None = None, *, full: bool = False) -> IntegrityReport:
    """Check the data folder's database file without opening the register (it may not open).

    Read-only: a damaged file (and its -wal) is examined, never changed (but for SQLite rolling back
    a write that a crash cut off: ``store.integrity.left_hot_journal``). The full check of the
    search indexes needs a writable connection (FTS5's own check): it runs only once the
    read-only check found the file sound.
    """
    path = paths.database_path(paths.data_dir(data_dir))
    if cipher.is_encrypted(path):
        keys.unlock(path)
    report = files.check_file(path, full=full, read_only=True)
    if full and report.ok:
        report = files.check_file(path, full=True, search_indexes_only=True)
    if (full or not report.ok) and path.exists():
        integrity.record_check(path, report)  # a full check counts for the schedule; damage is remembered
    return report


def list_folder_backups(data_dir: str | os.PathLike[str] | None = None) -> list[BackupInfo]:
    """The backups of the data folder's register, newest first, without opening it (it may not open)."""
    return files.read_backups(files.backups_dir(paths.database_path(paths.data_dir(data_dir))))


def newest_good_backup(data_dir: str | os.PathLike[str] | None = None) -> BackupInfo | None:
    """The newest backup that passes the quick check, or None."""
    folder = files.backups_dir(paths.database_path(paths.data_dir(data_dir)))
    for info in files.read_backups(folder):
        try:
            if files.check_file(info.path, read_only=True).ok:
                return info
        except KnownError:  # busy, or encrypted with a passphrase this process was not given
            continue
    return None


def recover_from_backup(data_dir: str | os.PathLike[str] | None = None, *, backup_id: str | None = None,
                        now: dt.datetime | None = None) -> Recovery:
    """Move the damaged database aside (kept, never overwritten) and put a good backup in place.

    Call with the register closed. Without *backup_id* the newest good backup is used. Open
    the register again with :func:`fourthpillar.services.desk.open_desk` afterwards.
    """
    database = paths.database_path(paths.data_dir(data_dir))
    folder = files.backups_dir(database)
    # The damaged file may not open with any passphrase: the backups are what must.
    if cipher.is_encrypted(database):
        keys.unlock(database, verify=False)
    else:
        encrypted = [info.path for info in files.read_backups(folder) if cipher.is_encrypted(info.path)]
        if encrypted:
            keys.unlock(encrypted[0])
    if backup_id is None:
        chosen = newest_good_backup(data_dir)
        if chosen is None:
            raise BackupFailed(translate("Backups", "there is no readable backup in {folder} to recover from").format(
                folder=folder))
    else:
        matches = [info for info in files.read_backups(folder) if info.id == backup_id]
        if not matches:
            raise BackupFailed(translate("Backups", "no backup '{id}' in {folder}").format(id=backup_id, folder=folder))
        chosen = matches[0]
        verdict = files.check_file(chosen.path, read_only=True)
        if not verdict.ok:
            raise BackupFailed(translate("Backups", "the backup {name} is damaged too ({problem})").format(
                name=chosen.path.name, problem=verdict.problems[0]))
    try:
        damaged = files.replace_damaged(database, chosen.path, now=now)
    except (OSError, cipher.Error) as error:
        raise BackupFailed(translate(
            "Backups", "the backup {id} could not be put in place of {database} ({error}); "
            "close every program that uses it and try again").format(id=chosen.id, database=database, error=error)
        ) from error
    # The backup put in place passed the quick check: no more checks before the window.
    integrity.record_check(database, IntegrityReport(database, False, []), now=now)
    return Recovery(damaged, chosen, _keep_erasures(data_dir))


def recover_register(desk: Desk, *, backup_id: str | None = None) -> RecoveredRegister:
    """:func:`recover_from_backup` for the register the app has open (damage found meanwhile).

    *desk* is closed by this call: continue with ``result.desk``. If the recovery fails,
    :class:`RestoreFailed` carries the damaged register reopened, writing still blocked.
    """
    database = _database_path(desk)
    data_dir = desk.data_dir
    if data_dir is None or paths.database_path(data_dir).resolve() != database.resolve():
        raise BackupFailed(translate("Backups", "only a data folder's own register can be recovered from its backups"))
    url, officer_id, blocked = desk.database.url, desk.officer_id, desk.database.writing_blocked
    desk.close()
    try:
        recovery = recover_from_backup(data_dir, backup_id=backup_id)
    except KnownError as error:
        try:
            reopened: Desk | None = open_desk(data_dir=data_dir, database_url=url)
        except KnownError:
            reopened = None
        if reopened is not None:
            reopened.officer_id = officer_id
            if blocked is not None:
                reopened.database.block_writing(blocked)
        raise RestoreFailed(str(error), reopened) from error
    fresh = open_desk(data_dir=data_dir, database_url=url)
    fresh.officer_id = officer_id
    return RecoveredRegister(fresh, recovery)


def _keep_erasures(data_dir: str | os.PathLike[str] | None) -> list[str]:
    """Erase again, in the recovered register, the people erased since its backup was made."""
    desk = open_desk(data_dir=data_dir)
    try:
        return erasure.keep_erasures(desk)
    finally:
        desk.close()
