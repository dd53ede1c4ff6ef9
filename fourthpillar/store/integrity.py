"""SQLite's integrity checks of a register or backup file, and what they found.

``quick_check`` reads every page once (O(N)); ``integrity_check`` also compares each index with
its table (O(N log N)), and the full check adds foreign keys and FTS5's own check of the search
indexes. With SQLCipher every page read is also decrypted and its HMAC verified, so on a
register of a few hundred MB either takes seconds: the app runs them in the background and
only when they are due (``fourthpillar/services/integrity.py``); a check can be interrupted
through *is_cancelled*.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fourthpillar.i18n import translate
from fourthpillar.jobs import IsCancelled
from fourthpillar.store import cipher
from fourthpillar.store.cipher import Connection
from fourthpillar.store.errors import DatabaseUnavailable

#: How long a check or a copy waits for another program's write to finish (seconds).
BUSY_WAIT = 10.0
#: SQLite virtual-machine steps between two looks at *is_cancelled* (a few milliseconds).
_STEPS_BETWEEN_LOOKS = 100_000


class CheckInterrupted(Exception):
    """The check was stopped through its *is_cancelled* before it finished: no verdict."""


class DatabaseDamaged(DatabaseUnavailable):
    """The register's file fails SQLite's integrity check or is not a database at all."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        first = problems[0] if problems else translate("Backups", "unreadable")
        super().__init__(translate("Backups", "the database file {path} is damaged ({problem})").format(
            path=path, problem=first))


@dataclass(frozen=True)
class IntegrityReport:
    """What SQLite's checks said about one database file; ``ok`` when there is nothing wrong."""

    path: Path
    full: bool
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def left_hot_journal(path: Path) -> bool:
    """Whether a write to *path* was cut off (a crash, a kill, a power cut) and left its rollback
    journal: SQLite rolls it back on the next open, which a read-only connection cannot do
    ("attempt to write a readonly database")."""
    journal = Path(f"{path}-journal")
    return journal.exists() and journal.stat().st_size > 0


def connect_for_reading(path: Path) -> Connection:
    """A connection to read *path*: read-only, but writable when a cut-off write left its journal
    (:func:`left_hot_journal`), so that SQLite can roll it back; that is its own recovery, not a
    change of what was saved."""
    return cipher.connect(path, read_only=not left_hot_journal(path))


def check_connection(connection: Connection, *, full: bool, search_indexes_only: bool = False,
                     is_cancelled: IsCancelled | None = None) -> list[str]:
    """SQLite's verdict: ``quick_check``, or ``integrity_check`` plus foreign keys and FTS.

    *search_indexes_only*: just FTS5's own check, for a file whose pages a read-only full check
    has already passed (reading a large register twice doubled the wait for ``check``).
    *is_cancelled* returning True stops the check with :class:`CheckInterrupted`.
    """
    if is_cancelled is not None:
        if is_cancelled():
            raise CheckInterrupted
        connection.set_progress_handler(lambda: 1 if is_cancelled() else 0, _STEPS_BETWEEN_LOOKS)
    try:
        return _problems(connection, full=full, search_indexes_only=search_indexes_only)
    except cipher.OperationalError as error:
        if is_cancelled is not None and is_cancelled() and "interrupt" in str(error).lower():
            raise CheckInterrupted from error
        raise
    finally:
        if is_cancelled is not None:
            connection.set_progress_handler(None, 0)


def _problems(connection: Connection, *, full: bool, search_indexes_only: bool) -> list[str]:
    problems: list[str] = []
    if not search_indexes_only:
        pragma = "integrity_check" if full else "quick_check"
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        problems.extend(str(row[0]) for row in rows if str(row[0]) != "ok")
    if full and not problems and not search_indexes_only:
        for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(translate("Backups", "row {row} of {table} refers to a missing {parent}").format(
                row=rowid, table=table, parent=parent))
        names = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'")]
        for name in names:
            try:
                # rank 1: also against the rows it indexes (a search index built from a view,
                # migration 0018, is otherwise only checked for its own structure).
                connection.execute(f"INSERT INTO {name}({name}, rank) VALUES ('integrity-check', 1)")
            except cipher.DatabaseError as error:
                if "readonly" in str(error).lower():
                    break  # a read-only connection cannot run FTS5's check: that is no fault of the index
                if "interrupt" in str(error).lower():
                    raise
                problems.append(translate("Backups", "the search index {index} does not match its table ({error})")
                                .format(index=name, error=error))
    return problems


def check_file(path: Path, *, full: bool = False, read_only: bool = False, search_indexes_only: bool = False,
               is_cancelled: IsCancelled | None = None) -> IntegrityReport:
    """Run the integrity check on the file at *path*; an unopenable file is a problem too.

    A database that is merely busy, or that this process has no passphrase for, is not damaged:
    that raises :class:`~fourthpillar.store.errors.DatabaseUnavailable` instead of reporting a
    problem, so nobody is offered a backup in place of a healthy register. Nor is one whose last
    write was cut off (:func:`left_hot_journal`): it is checked on a writable connection, which
    rolls the write back first, even when *read_only* is asked for.
    """
    if not path.exists():
        return IntegrityReport(path, full, [translate("Backups", "{path} does not exist").format(path=path)])
    try:
        connection = connect_for_reading(path) if read_only else cipher.connect(path)
        connection.execute(f"PRAGMA busy_timeout = {int(BUSY_WAIT * 1000)}")
    except (cipher.Error, cipher.NotADatabase) as error:
        return IntegrityReport(path, full, [str(error)])
    try:
        return IntegrityReport(path, full, check_connection(connection, full=full,
                                                            search_indexes_only=search_indexes_only,
                                                            is_cancelled=is_cancelled))
    except cipher.OperationalError as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise DatabaseUnavailable(translate(
                "Backups", "the database {path} is in use by another program (locked)").format(path=path)) from error
        return IntegrityReport(path, full, [str(error)])
    except cipher.DatabaseError as error:
        return IntegrityReport(path, full, [str(error)])
    except MemoryError:  # SQLCipher's word for a page that fails its check
        return IntegrityReport(path, full, [translate("Backups", "a page fails its check")])
    finally:
        connection.close()
