"""Backup files of the SQLite register: consistent copies made with SQLite's backup API.

A backup is encrypted with the register's key (:mod:`.cipher`): it is as safe on a stolen
laptop, or a disk it was copied to, as the register itself.

A backup lives in ``<folder of the database>/backups/`` as
``fourthpillar-<UTC stamp>-<reason>.sqlite3`` with a JSON sidecar (``.json``) holding the
record counts shown in the list. A copy is first written to a ``.partial`` file and only then
linked under its final name, so a crash or a full disk never leaves a half copy that looks
like a backup. Restoring also goes through the backup API, which writes into the live
database as one transaction: after a crash the register is either the old or the new one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import time
from collections.abc import Callable
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path

from fourthpillar import clock
from fourthpillar import paths
from fourthpillar.i18n import translate
from fourthpillar.jobs import Cancelled
from fourthpillar.jobs import IsCancelled
from fourthpillar.jobs import Progress
from fourthpillar.jobs import never_cancelled
from fourthpillar.jobs import no_progress
from fourthpillar.jobs import stop_if_cancelled
from fourthpillar.store import cipher
from fourthpillar.store.cipher import Connection
from fourthpillar.store.errors import DatabaseUnavailable
from fourthpillar.store.errors import KnownError
from fourthpillar.store.integrity import BUSY_WAIT as BUSY_WAIT
from fourthpillar.store.integrity import CheckInterrupted
from fourthpillar.store.integrity import DatabaseDamaged as DatabaseDamaged
from fourthpillar.store.integrity import IntegrityReport as IntegrityReport
from fourthpillar.store.integrity import check_connection
from fourthpillar.store.integrity import check_file as check_file
from fourthpillar.store.integrity import connect_for_reading
from fourthpillar.store.placing import place_unless_taken

BACKUPS_FOLDER = "backups"
DAMAGED_FOLDER = "damaged"
PREFIX = "fourthpillar-"
SUFFIX = ".sqlite3"
PARTIAL = ".partial"
#: What SQLite keeps beside a database file (a -wal holds whole pages of it, as they were written).
COMPANIONS = ("-wal", "-shm", "-journal")
SIDECAR = ".json"
REASONS = ("startup", "migration", "import", "sync", "restore", "manual")
#: Labels in the list -> tables counted (live records only).
COUNTED_TABLES = {
    "initiatives": "initiative",
    "contacts": "contact_person",
    "requests": "advice_request",
    "follow_ups": "follow_up",
}
#: A ``.partial`` older than this is debris from a crash, not a copy in progress elsewhere.
STALE_PARTIAL = dt.timedelta(hours=1)
_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^fourthpillar-(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>[a-z]+)(?:-(?P<n>\d+))?\.sqlite3$")
_PAGES_PER_STEP = 1024
#: Seconds between two calls of *progress* while a copy is checked.
_CHECK_PROGRESS_INTERVAL = 0.1


class BackupFailed(KnownError):
    """A backup could not be made or used; the message names the file and the reason."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, as the Backups list shows it."""

    id: str
    path: Path
    created_at: dt.datetime
    reason: str
    size: int
    #: Live records per kind (``COUNTED_TABLES`` keys); empty when the file cannot be read.
    counts: dict[str, int] = field(default_factory=dict)
    schema_revision: str | None = None


def backups_dir(database_path: Path) -> Path:
    return database_path.parent / BACKUPS_FOLDER


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime(_STAMP_FORMAT)


def parse_name(name: str) -> tuple[str, dt.datetime, str] | None:
    """(backup id, UTC time, reason) for a backup file name; None for any other file."""
    match = _NAME.match(name)
    if match is None:
        return None
    moment = dt.datetime.strptime(match["stamp"], _STAMP_FORMAT).replace(tzinfo=dt.UTC)
    return name[len(PREFIX):-len(SUFFIX)], moment, match["reason"]


def _counts(connection: Connection) -> tuple[dict[str, int], str | None]:
    counts: dict[str, int] = {}
    for label, table in COUNTED_TABLES.items():
        try:
            row = connection.execute(f"SELECT count(*) FROM {table} WHERE archived_at IS NULL").fetchone()
        except cipher.DatabaseError:
            continue
        counts[label] = int(row[0])
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else None
    except cipher.DatabaseError:
        revision = None
    return counts, revision


def file_counts(path: Path) -> tuple[dict[str, int], str | None]:
    """Live record counts and schema revision of a database file (empty if unreadable)."""
    try:
        connection = connect_for_reading(path)
    except (cipher.Error, DatabaseUnavailable):  # damaged, or encrypted with another passphrase
        return {}, None
    try:
        return _counts(connection)
    finally:
        connection.close()


def fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open a folder for this.
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _write_sidecar(info: BackupInfo) -> None:
    payload = {
        "created_at": info.created_at.isoformat(),
        "reason": info.reason,
        "counts": info.counts,
        "schema_revision": info.schema_revision,
    }
    target = info.path.with_name(info.path.name + SIDECAR)
    temporary = target.with_name(f".{target.name}.tmp")
    with os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, paths.PRIVATE_FILE), "w",
                   encoding="utf-8") as file:
        paths.make_private(temporary)
        json.dump(payload, file, indent=2)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, target)


def copy_database(source: Connection, target: Path, *, key: cipher.FileKey | None,
                  progress: Progress = no_progress, is_cancelled: IsCancelled = never_cancelled) -> None:
    """Copy the database behind *source* into a new file *target* (replaced if present),
    encrypted with *key*, the source's own (None: a plain source, copied as it is).

    *progress* counts pages; :class:`~fourthpillar.jobs.Cancelled` (or whatever *progress*
    raises) stops the copy between steps. The copy is a single file (rollback journal, not WAL)
    so it can sit in a folder on its own.
    """
    target.unlink(missing_ok=True)
    copy = cipher.connect(target, key=key, plain=key is None)
    try:
        def report(_status: int, remaining: int, total: int) -> None:
            progress(total - remaining, total)
            stop_if_cancelled(is_cancelled)  # also after the last step: a cancelled copy is never kept

        # In steps when someone watches (progress, Cancel); unwatched, one step is quicker and
        # never starts over because another connection wrote meanwhile.
        watched = progress is not no_progress or is_cancelled is not never_cancelled
        source.backup(copy, pages=_PAGES_PER_STEP if watched else -1, progress=report)
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()


def _link_under_final_name(partial: Path, folder: Path, stamp: str, reason: str) -> Path:
    """Give the finished copy a free final name without ever replacing another backup."""
    for attempt in range(1, 1000):
        suffix = "" if attempt == 1 else f"-{attempt}"
        final = folder / f"{PREFIX}{stamp}-{reason}{suffix}{SUFFIX}"
        if place_unless_taken(partial, final):
            return final
    raise BackupFailed(translate("Backups", "no free backup name in {folder}").format(folder=folder))


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):  # also when its folder is missing or is a file
        path.unlink(missing_ok=True)


class _CheckWatch:
    """The check of a copy as a long job's step: *progress* hears (0, 0) now and then (a check
    cannot say how far it is), and stops the check by raising or by *is_cancelled*."""

    def __init__(self, progress: Progress, is_cancelled: IsCancelled) -> None:
        self._progress = progress
        self._is_cancelled = is_cancelled
        self._last = 0.0
        self.raised: BaseException | None = None

    def __call__(self) -> bool:
        moment = time.monotonic()
        if self.raised is None and moment - self._last >= _CHECK_PROGRESS_INTERVAL:
            self._last = moment
            try:
                self._progress(0, 0)
            except BaseException as error:  # raised again once SQLite has let go (_check_copy)
                self.raised = error
        return self.raised is not None or self._is_cancelled()


def _check_copy(copy: Connection, database: Path, partial: Path, progress: Progress,
                is_cancelled: IsCancelled) -> None:
    """SQLite's quick check of a fresh copy before it may count as a backup.

    The copy holds the register's pages as they are, so this is the check of the register
    before every backup, read from pages the copy has just brought into memory; it also proves
    the backup itself readable. A damaged copy of a sound register (the backup disk) is a
    :class:`BackupFailed`; a damaged register is :class:`DatabaseDamaged`, and no backup then
    replaces a good one in the rotation.
    """
    watch = _CheckWatch(progress, is_cancelled)
    try:
        problems = check_connection(copy, full=False, is_cancelled=watch)
    except CheckInterrupted:
        if watch.raised is not None:
            raise watch.raised from None
        raise Cancelled() from None
    except cipher.DatabaseError as error:  # not a readable database at all
        problems = [str(error)]
    except MemoryError:  # SQLCipher's word for a page that fails its check
        problems = [translate("Backups", "a page fails its check")]
    if not problems:
        return
    _raise_if_damaged(database)
    raise BackupFailed(translate("Backups", "the copy of {database} written to {partial} failed the integrity check "
                                            "({problem}); is that disk failing?").format(
        database=database, partial=partial, problem=problems[0]))


def _disk_trouble(error: BaseException) -> bool:
    """The copy failed for want of room or a working disk: no reason to suspect the register."""
    text = str(error).lower()
    return "full" in text or "disk i/o" in text or "readonly" in text


def _raise_if_damaged(database: Path) -> None:
    """:class:`DatabaseDamaged` when *database* fails the quick check (a busy one is not blamed)."""
    try:
        verdict = check_file(database, read_only=True)
    except DatabaseUnavailable:
        return
    if not verdict.ok:
        raise DatabaseDamaged(database, verdict.problems)


def write_backup(database: Path, folder: Path, *, reason: str, now: dt.datetime | None = None,
                 progress: Progress = no_progress, is_cancelled: IsCancelled = never_cancelled) -> BackupInfo:
    """Copy the live database file *database* into *folder*, check the copy, and return the new backup.

    Raises :class:`BackupFailed` (disk full, unreadable source) with nothing left under a final
    name; a cancel (or an exception raised by *progress*) stops the copy the same way. A
    register that fails the check raises :class:`DatabaseDamaged` (and leaves no backup either).
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    moment = (now or clock.now()).astimezone(dt.UTC)
    stamp = _stamp(moment)
    partial = folder / f"{PREFIX}{stamp}-{reason}.{os.getpid()}{SUFFIX}{PARTIAL}"
    try:
        paths.private_folder(folder)  # a file in its place, or no room: BackupFailed below
        source = cipher.connect(database, timeout=BUSY_WAIT)
        try:
            copy_database(source, partial, key=cipher.key_of(database), progress=progress,
                          is_cancelled=is_cancelled)
        finally:
            source.close()
        copy = connect_for_reading(partial)
        try:
            _check_copy(copy, database, partial, progress, is_cancelled)
            counts, revision = _counts(copy)
        finally:
            copy.close()
        final = _link_under_final_name(partial, folder, stamp, reason)
        fsync_folder(folder)
    except (cipher.Error, MemoryError) as error:
        _discard(partial)
        if isinstance(error, cipher.DatabaseError | MemoryError) and not _disk_trouble(error):
            # SQLCipher verifies every page it copies: a damaged register fails the copy itself.
            _raise_if_damaged(database)
        raise BackupFailed(translate("Backups", "no backup of {database} could be written to {folder}: {error}").format(
            database=database, folder=folder, error=error)) from error
    except OSError as error:
        _discard(partial)
        raise BackupFailed(translate("Backups", "no backup could be written to {folder}: {error}").format(
            folder=folder, error=error.strerror or error)) from error
    except BaseException:
        _discard(partial)
        raise
    parsed = parse_name(final.name)
    assert parsed is not None
    info = BackupInfo(parsed[0], final, moment, reason, final.stat().st_size, counts, revision)
    with contextlib.suppress(OSError):
        # Without the sidecar the list reads the counts from the copy itself.
        _write_sidecar(info)
    return info


def read_backup(path: Path) -> BackupInfo | None:
    """The backup at *path*, or None if the name is not a backup's or the file is gone."""
    parsed = parse_name(path.name)
    if parsed is None:
        return None
    backup_id, moment, reason = parsed
    try:
        size = path.stat().st_size
    except OSError:
        return None
    counts: dict[str, int] = {}
    revision: str | None = None
    try:
        sidecar = json.loads(path.with_name(path.name + SIDECAR).read_text(encoding="utf-8"))
        counts = {str(k): int(v) for k, v in sidecar.get("counts", {}).items()}
        revision = sidecar.get("schema_revision")
        exact = dt.datetime.fromisoformat(sidecar["created_at"])
        # The name has whole seconds; the sidecar orders backups made within one second.
        if exact.tzinfo is not None and abs(exact - moment) < dt.timedelta(seconds=1):
            moment = exact
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        counts, revision = file_counts(path)
    return BackupInfo(backup_id, path, moment, reason, size, counts, revision)


def read_backups(folder: Path) -> list[BackupInfo]:
    """Every finished backup in *folder*, newest first (``.partial`` files are not backups)."""
    if not folder.is_dir():
        return []
    found = [info for path in folder.glob(f"{PREFIX}*{SUFFIX}") if (info := read_backup(path))]
    return sorted(found, key=lambda info: (info.created_at, info.id), reverse=True)


def remove_backup(info: BackupInfo) -> None:
    info.path.unlink(missing_ok=True)
    info.path.with_name(info.path.name + SIDECAR).unlink(missing_ok=True)


_WRITER = re.compile(r"\.(?P<pid>\d+)" + re.escape(SUFFIX + PARTIAL))


def _writer_is_gone(path: Path) -> bool:
    """True when the process that named this partial copy after itself no longer runs (POSIX only:
    Windows has no harmless way to ask, there the age alone decides)."""
    match = _WRITER.search(path.name)
    if match is None or os.name != "posix":
        return False
    pid = int(match["pid"])
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # it runs, as another user
        return False
    return False


def remove_stale_partials(folder: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete copies left half-written by a crash (never one another process is still writing).

    They hold the register's personal data, so they go as soon as their writer is known to be
    gone, and in any case once they are older than :data:`STALE_PARTIAL`.
    """
    if not folder.is_dir():
        return []
    moment = (now or clock.now()).timestamp()
    removed: list[Path] = []
    # A checkout killed before its partial register was switched to no journal leaves -wal/-shm too.
    debris = [*folder.glob(f"*{PARTIAL}"),
              *(path for extra in COMPANIONS for path in folder.glob(f"*{PARTIAL}{extra}")),
              *folder.glob(f".*{SIDECAR}.tmp")]
    for path in debris:
        with contextlib.suppress(OSError):
            if moment - path.stat().st_mtime > STALE_PARTIAL.total_seconds() or _writer_is_gone(path):
                path.unlink()
                removed.append(path)
    return removed


def restore_into(backup: Path, database: Path, *, progress: Progress = no_progress) -> None:
    """Replace the contents of the live *database* with *backup*, as one transaction (which
    cannot be cancelled halfway)."""
    source = connect_for_reading(backup)
    try:
        target = cipher.connect(database, timeout=BUSY_WAIT)
        try:
            def report(_status: int, remaining: int, total: int) -> None:
                progress(total - remaining, total)

            source.backup(target, pages=-1, progress=report)
        finally:
            target.close()
    finally:
        source.close()


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    for attempt in range(1, 1000):
        candidate = folder / f"{stem}{'' if attempt == 1 else f'-{attempt}'}{suffix}"
        if not candidate.exists() and not Path(f"{candidate}-wal").exists():
            return candidate
    raise BackupFailed(translate("Backups", "no free name for the damaged database in {folder}").format(folder=folder))


def replace_damaged(database: Path, backup: Path, *, now: dt.datetime | None = None) -> Path | None:
    """Put a copy of *backup* in place of the damaged *database*, keeping the damaged one in ``damaged/``.

    Returns where the damaged file was kept (None if there was none). The steps are ordered so
    that a crash at any moment leaves either the damaged register or the recovered one in
    place, never no register (which would open as a new, empty one): the replacement is
    copied in full first, the damaged file is copied aside (never overwriting an earlier one),
    its -wal and -shm are moved aside (a -wal must never meet another database), and only then
    the replacement is renamed over it.
    """
    partial = database.with_name(database.name + PARTIAL)
    source = connect_for_reading(backup)
    try:
        copy_database(source, partial, key=cipher.key_of(backup))
    finally:
        source.close()
    kept: Path | None = None
    if database.exists():
        folder = database.parent / DAMAGED_FOLDER
        paths.private_folder(folder)
        kept = _free_name(folder, f"{database.stem}-{_stamp(now or clock.now())}", database.suffix)
        temporary = kept.with_name(kept.name + PARTIAL)
        paths.create_private_file(temporary)
        shutil.copyfile(database, temporary)
        with open(temporary, "rb+") as file:
            os.fsync(file.fileno())
        os.replace(temporary, kept)
        for extra in ("-wal", "-shm"):
            companion = Path(f"{database}{extra}")
            if companion.exists():
                os.replace(companion, Path(f"{kept}{extra}"))
        fsync_folder(folder)
    os.replace(partial, database)
    fsync_folder(database.parent)
    return kept


def keep_by_rotation(backups: Iterable[BackupInfo], *, now: dt.datetime, daily: int, weekly: int,
                     monthly: int, recent: dt.timedelta) -> set[str]:
    """Ids of the backups the rotation keeps.

    Everything younger than *recent*, and the newest backup of each of the *daily* most recent
    days (UTC), *weekly* most recent ISO weeks and *monthly* most recent months that have one.
    """
    ordered = sorted(backups, key=lambda info: (info.created_at, info.id), reverse=True)
    keep = {info.id for info in ordered if now - info.created_at < recent}
    periods: list[tuple[int, Callable[[dt.datetime], tuple[int, ...]]]] = [
        (daily, lambda moment: (moment.year, moment.month, moment.day)),
        (weekly, lambda moment: tuple(moment.isocalendar())[:2]),
        (monthly, lambda moment: (moment.year, moment.month)),
    ]
    for count, period in periods:
        seen: set[tuple[int, ...]] = set()
        for info in ordered:
            key = period(info.created_at)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.add(key)
            keep.add(info.id)
    return keep
