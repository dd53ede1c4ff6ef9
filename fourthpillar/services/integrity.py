"""When the register's file is checked for damage, and what happens when damage is found.

SQLite's advice: the file does not get damaged by a crash or a power cut (its journal and WAL
make every commit atomic); damage comes from outside (a failing disk, a disk or file system
that lies about having written, another program writing into the file). So checking every page
at every start (a quick check of a 900 MB register took most of a second, more since SQLCipher
decrypts every page it reads) buys little. Like
Anki's "Check Database", the full check runs when there is a reason (docs/DEVELOPING.md,
"Integrity checks"):

- no check holds up the start: the window opens at once;
- in the background, a full check after a start that follows an unclean shutdown (the app lock
  file says whether the previous session released it) and whenever the last full check is
  older than ``integrity_check_every_days`` (7);
- every backup's copy is quick-checked before it counts (``store.backup.write_backup``): with
  the daily backup that reads the register's pages once a day, and a damaged register never
  pushes a good backup out of the rotation;
- damage found: nothing more is written to the register (writing into a damaged file can spread
  the damage), the finding is recorded beside it, and recovery from the newest good backup is
  offered; until it is recovered, every start checks the register again before the window opens.

Only a SQLite register is checked here; a shared PostgreSQL database is its server's matter.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from fourthpillar import clock
from fourthpillar.jobs import IsCancelled
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import write_atomically
from fourthpillar.store import integrity as checks
from fourthpillar.store.integrity import CheckInterrupted
from fourthpillar.store.integrity import DatabaseDamaged
from fourthpillar.store.integrity import IntegrityReport

__all__ = [
    "CHECK_EVERY_DAYS", "RECORD_FILE", "CheckInterrupted", "CheckRecord", "check_if_due", "damage_found",
    "full_check_due", "last_check", "record_check", "recorded_damage",
]

#: Beside the register: when it was last checked, how, and what was found.
RECORD_FILE = "integrity-check.json"
#: ``desk.config`` key: days between two full checks in the background (default below).
CHECK_EVERY_DAYS = "integrity_check_every_days"
_DEFAULT_EVERY_DAYS = 7


@dataclass(frozen=True)
class CheckRecord(IntegrityReport):
    """The last check of the register's file: what it found, and when."""

    checked_at: dt.datetime


def _record_path(database: Path) -> Path:
    return database.parent / RECORD_FILE


def _read_record(database: Path) -> CheckRecord | None:
    try:
        facts = json.loads(_record_path(database).read_text(encoding="utf-8"))
        moment = dt.datetime.fromisoformat(facts["checked_at"])
        problems = [str(problem) for problem in facts.get("problems", [])]
        return CheckRecord(database, bool(facts["full"]), problems, moment) if moment.tzinfo is not None else None
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def last_check(desk: Desk) -> CheckRecord | None:
    """The register's last recorded check; None when there is none (or it is not SQLite)."""
    path = desk.database.sqlite_path
    return _read_record(path) if path is not None else None


def record_check(database: Path, report: IntegrityReport, *, now: dt.datetime | None = None) -> None:
    """Remember *report* beside the register at *database* (best effort: a full disk only means
    the next check comes sooner)."""
    payload = {"checked_at": (now or clock.now()).isoformat(), "full": report.full, "problems": report.problems[:20]}
    with contextlib.suppress(OSError):
        write_atomically(_record_path(database), json.dumps(payload, indent=2).encode("utf-8"))


def recorded_damage(database: Path) -> CheckRecord | None:
    """The last check of the register at *database* when it found damage (check again before
    using it), else None. Read without opening the register."""
    record = _read_record(database)
    return record if record is not None and not record.ok else None


def _every(desk: Desk) -> dt.timedelta:
    days = desk.config.get(CHECK_EVERY_DAYS, _DEFAULT_EVERY_DAYS)
    valid = isinstance(days, int) and not isinstance(days, bool) and days >= 0
    return dt.timedelta(days=days if valid else _DEFAULT_EVERY_DAYS)


def full_check_due(desk: Desk, *, unclean_shutdown: bool, now: dt.datetime | None = None) -> bool:
    """True when the register should get a full check now: after an unclean shutdown, when it
    was never checked in full, was found damaged last time, or its last full check is too old."""
    if desk.database.sqlite_path is None:
        return False
    record = last_check(desk)
    return (unclean_shutdown or record is None or not record.ok or not record.full
            or (now or clock.now()) - record.checked_at >= _every(desk))


def damage_found(desk: Desk, damage: DatabaseDamaged, *, full: bool = False, now: dt.datetime | None = None) -> None:
    """Stop writing to the damaged register and remember the finding (the next start checks again)."""
    desk.database.block_writing(str(damage))
    record_check(damage.path, IntegrityReport(damage.path, full, damage.problems or [str(damage)]), now=now)


def check_if_due(desk: Desk, *, unclean_shutdown: bool = False, now: dt.datetime | None = None,
                 is_cancelled: IsCancelled | None = None) -> IntegrityReport | None:
    """The full check when :func:`full_check_due` (None when it is not): run in the background.

    Raises :class:`DatabaseDamaged` when it finds damage, after blocking writes; and
    :class:`CheckInterrupted` when *is_cancelled* stopped it (nothing is recorded then).
    """
    path = desk.database.sqlite_path
    if path is None or not full_check_due(desk, unclean_shutdown=unclean_shutdown, now=now):
        return None
    report = checks.check_file(path, full=True, is_cancelled=is_cancelled)
    if not report.ok:
        damage_found(desk, DatabaseDamaged(path, report.problems), full=True, now=now)
        raise DatabaseDamaged(path, report.problems)
    record_check(path, report, now=now)
    return report
