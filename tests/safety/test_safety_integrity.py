"""Integrity checks and recovery: a damaged register is noticed, kept aside and replaced by a good backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from safety_helpers import Register
from safety_helpers import database_file
from safety_helpers import snapshot

from fourthpillar import paths
from fourthpillar.services import backups
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store import backup as store_backup
from fourthpillar.store import cipher
from fourthpillar.store import integrity as store_integrity
from fourthpillar.store.errors import DatabaseUnavailable


def _scribble(path: Path, *, first_page: int = 2) -> None:
    """Overwrite the middle of every page from *first_page* on with garbage, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for number in range(first_page, len(data) // page):
        data[number * page + 64: number * page + 3000] = b"\x5a\xa5\x00\xff" * 734
    path.write_bytes(bytes(data))


def _closed_copy(desk: Desk, target: Path) -> Path:
    """A copy of the register as one file (checkpointed), to damage without touching the live one."""
    source = database_file(desk)
    with cipher.connect(source) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(source, target)
    return target


def test_healthy_register_passes_quick_and_full_check(desk: Desk, register: Register) -> None:
    """A sound register must not alarm anyone at start-up or on 'check'."""
    assert backups.integrity_check(desk).ok
    report = backups.integrity_check(desk, full=True)
    assert report.ok, report.problems


def test_damaged_pages_are_detected_by_the_check(desk: Desk, register: Register, tmp_path: Path) -> None:
    """A register with garbage in its pages must fail the check, not be used as if sound."""
    copy = _closed_copy(desk, tmp_path / "copy.sqlite3")
    assert backups.files.check_file(copy).ok
    _scribble(copy)
    quick = backups.files.check_file(copy)
    full = backups.files.check_file(copy, full=True)
    assert not quick.ok and not full.ok
    assert quick.path == copy


def test_startup_on_a_damaged_register_raises_a_clear_error_naming_the_file(desk: Desk, register: Register) -> None:
    """At start-up a damaged database stops with a message naming the file, not a traceback later."""
    path = database_file(desk)
    with cipher.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    desk.close()
    _scribble(path, first_page=3)
    try:
        damaged = open_desk(data_dir=desk.data_dir)
    except DatabaseUnavailable as error:  # so damaged that even opening fails: also a clear message
        assert str(path) in str(error)
        return
    try:
        with pytest.raises(backups.DatabaseDamaged) as raised:
            backups.startup_safety(damaged)
        assert str(path) in str(raised.value)
    finally:
        damaged.close()


def test_recovery_keeps_the_damaged_file_aside_and_restores_the_newest_good_backup(
        desk: Desk, register: Register) -> None:
    """Recovery brings back the last good state and never destroys the damaged original."""
    path = database_file(desk)
    older = backups.create_backup(desk, reason="startup")
    initiatives.register_initiative(desk, values={"name": "Saved in the newest backup"})
    newest = backups.create_backup(desk, reason="manual")
    expected = snapshot(newest.path)
    broken_backup = backups.create_backup(desk, reason="sync")
    _scribble(broken_backup.path, first_page=1)
    desk.close()
    _scribble(path, first_page=1)
    damaged_bytes = path.read_bytes()
    assert not backups.check_database(desk.data_dir).ok

    recovery = backups.recover_from_backup(desk.data_dir)

    assert recovery.restored.id == newest.id, "the damaged newer backup must be skipped"
    assert recovery.damaged_path is not None and recovery.damaged_path.read_bytes() == damaged_bytes
    assert recovery.damaged_path.parent == path.parent / "damaged"
    assert backups.check_database(desk.data_dir).ok
    reopened = open_desk(data_dir=desk.data_dir)
    try:
        assert snapshot(path) == expected
        assert older.path.exists(), "recovery must not consume the backups"
    finally:
        reopened.close()


def test_recovering_twice_never_overwrites_an_earlier_damaged_file(desk: Desk, register: Register) -> None:
    """Each damaged file set aside stays, even when recovery runs again in the same second."""
    backups.create_backup(desk)
    desk.close()
    data_dir = desk.data_dir
    path = paths.database_path(data_dir)  # type: ignore[arg-type]
    first = backups.recover_from_backup(data_dir)
    second = backups.recover_from_backup(data_dir)
    assert first.damaged_path is not None and second.damaged_path is not None
    assert first.damaged_path != second.damaged_path
    assert first.damaged_path.exists() and second.damaged_path.exists() and path.exists()


def test_recovery_without_a_good_backup_is_a_clear_error_and_moves_nothing(data_dir: Path) -> None:
    desk = open_desk(data_dir=data_dir)
    desk.close()
    with pytest.raises(backups.BackupFailed, match="no readable backup"):
        backups.recover_from_backup(data_dir)
    assert paths.database_path(data_dir).exists()
    assert not (data_dir / "damaged").exists()


def test_not_a_database_at_all_gets_a_clear_message(data_dir: Path) -> None:
    """A data folder whose database file is something else entirely: the message names the file."""
    path = paths.database_path(data_dir)
    path.write_bytes(b"PK\x03\x04 this is a zip file, not a register" * 200)
    with pytest.raises(DatabaseUnavailable) as raised:
        open_desk(data_dir=data_dir)
    assert str(path) in str(raised.value)
    report = backups.check_database(data_dir)
    assert not report.ok and report.path == path


def test_a_busy_register_is_not_mistaken_for_a_damaged_one(
        desk: Desk, register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    """While another program holds the file, the check says 'locked' and never offers to replace it."""
    monkeypatch.setattr(store_integrity, "BUSY_WAIT", 0.2)
    path = database_file(desk)
    desk.close()
    holder = cipher.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("INSERT INTO meta (key, value) VALUES ('held', 'x')")
        with pytest.raises(DatabaseUnavailable, match="locked"):
            backups.check_database(desk.data_dir)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert backups.check_database(desk.data_dir).ok


def test_the_full_check_reads_the_register_once_and_still_checks_the_search_index(
        desk: Desk, register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    """`check` read a whole register twice (a read-only integrity check, then the same again on a
    writable connection only to reach FTS5's own check): twice the wait on a large register.
    A search index that no longer matches its table must still be found."""
    statements: list[str] = []
    real_check = store_integrity.check_connection

    def watched(connection: cipher.Connection, **kwargs: bool) -> list[str]:
        connection.set_trace_callback(statements.append)
        return real_check(connection, **kwargs)

    monkeypatch.setattr(store_integrity, "check_connection", watched)
    desk.close()
    assert backups.check_database(desk.data_dir, full=True).ok
    assert sum("integrity_check" in statement and "PRAGMA" in statement for statement in statements) == 1
    assert any("'integrity-check'" in statement for statement in statements), "FTS5's check was skipped"
    with cipher.connect(database_file(desk)) as connection:  # the index no longer matches its table
        table = connection.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
                                   ).fetchone()[0]
        connection.execute(f"DELETE FROM {table}_data WHERE id > 1")
    assert not backups.check_database(desk.data_dir, full=True).ok


def _cut_off_write(desk: Desk, folder: Path) -> Path:
    """A copy of the register as a kill in the middle of a write leaves it: with a hot rollback
    journal, which SQLite rolls back on the next (writable) open."""
    copy = _closed_copy(desk, folder / "copy.sqlite3")
    with cipher.connect(copy) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    writer = cipher.connect(copy)
    crashed = folder / "crashed.sqlite3"
    try:
        writer.execute("PRAGMA cache_size = 1")  # the changed pages reach the file before the commit
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE initiative SET name = name || ' (cut off)'")
        writer.execute("DELETE FROM change")
        # The files as a kill now would leave them: the register and its hot journal.
        shutil.copyfile(copy, crashed)
        shutil.copyfile(f"{copy}-journal", f"{crashed}-journal")
    finally:
        writer.rollback()
        writer.close()
    assert Path(f"{crashed}-journal").stat().st_size > 0
    return crashed


def test_a_write_cut_off_by_a_crash_is_not_mistaken_for_damage(desk: Desk, register: Register, tmp_path: Path) -> None:
    """A write cut off by a crash or a kill leaves a hot rollback journal (the switch to WAL after a
    recovery, for instance). SQLite rolls it back on the next open; a read-only check that cannot
    do so must not call the register damaged, or the officer is offered a backup in place of a
    sound register and writing is blocked."""
    with cipher.connect(database_file(desk)) as connection:
        before = connection.execute("SELECT count(*) FROM initiative").fetchone()
    crashed = _cut_off_write(desk, tmp_path)

    report = store_integrity.check_file(crashed, read_only=True)

    assert report.ok, report.problems
    with cipher.connect(crashed) as connection:  # rolled back: nothing of the cut-off write is left
        assert connection.execute("SELECT count(*) FROM initiative").fetchone() == before
        assert connection.execute("SELECT count(*) FROM initiative WHERE name LIKE '%(cut off)'").fetchone() == (0,)


def test_a_backup_whose_last_write_was_cut_off_still_restores_and_counts(desk: Desk, register: Register,
                                                                         tmp_path: Path) -> None:
    """A backup file left with a cut-off write's journal must still restore (and show its counts in
    the list of backups), with that write rolled back, not fail with "attempt to write a readonly
    database" and leave the officer without the backup."""
    counts = store_backup.file_counts(database_file(desk))
    crashed = _cut_off_write(desk, tmp_path)
    restored = tmp_path / "restored.sqlite3"

    store_backup.restore_into(crashed, restored)

    assert store_backup.file_counts(restored) == counts
    with cipher.connect(restored) as connection:
        assert connection.execute("SELECT count(*) FROM initiative WHERE name LIKE '%(cut off)'").fetchone() == (0,)
    (tmp_path / "again").mkdir()
    assert store_backup.file_counts(_cut_off_write(desk, tmp_path / "again")) == counts
