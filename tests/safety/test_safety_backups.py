"""Backups: made consistently, listed with counts, rotated, and restored exactly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from safety_helpers import Register
from safety_helpers import database_file
from safety_helpers import fill
from safety_helpers import snapshot

from fourthpillar import clock
from fourthpillar.services import backups
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store import backup as files
from fourthpillar.store import cipher
from fourthpillar.store import migrate
from fourthpillar.store.queries import ListQuery

NOW = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)


def test_backup_is_a_consistent_single_file_with_counts_in_the_list(desk: Desk, register: Register) -> None:
    """File > Backups shows each backup's date, size and what it holds; the copy opens on its own."""
    info = backups.create_backup(desk, reason="manual")
    assert info.path.parent == database_file(desk).parent / "backups"
    assert info.path.name.startswith("fourthpillar-") and info.path.name.endswith("-manual.sqlite3")
    assert info.counts == {"initiatives": 1, "contacts": 2, "requests": 1, "follow_ups": 1}
    assert info.size == info.path.stat().st_size > 0
    assert not Path(f"{info.path}-wal").exists(), "a backup must be one self-contained file"
    listed = backups.list_backups(desk)
    assert [item.id for item in listed] == [info.id]
    assert listed[0].counts == info.counts and listed[0].reason == "manual"
    assert listed[0].schema_revision == migrate.head_revision()


def test_list_reads_counts_from_the_file_when_the_sidecar_is_missing(desk: Desk, register: Register) -> None:
    """A crash between the copy and its sidecar still leaves a usable, correctly described backup."""
    info = backups.create_backup(desk)
    Path(f"{info.path}.json").unlink()
    assert backups.list_backups(desk)[0].counts == info.counts


def test_half_written_copies_are_never_listed_and_are_cleaned_up(desk: Desk, register: Register) -> None:
    """A backup interrupted by a crash must not be offered for restore."""
    folder = database_file(desk).parent / "backups"
    folder.mkdir(exist_ok=True)
    debris = folder / "fourthpillar-20261101T080000Z-startup.123.sqlite3.partial"
    debris.write_bytes(b"half a database")
    # A new copy killed while it still kept a write-ahead log (a first package's checkout) leaves those too.
    companions = [Path(f"{debris}{extra}") for extra in ("-wal", "-shm", "-journal")]
    for companion in companions:
        companion.write_bytes(b"pages of it")
    assert backups.list_backups(desk) == []
    files.remove_stale_partials(folder, now=clock.now() + dt.timedelta(hours=2))
    assert not debris.exists() and not any(companion.exists() for companion in companions)


def test_cancelled_backup_leaves_nothing_under_a_final_name(desk: Desk, register: Register) -> None:
    """Cancelling a backup from the progress dialog leaves no file that looks like a backup."""
    for number in range(40):  # enough pages for several copy steps
        initiatives.register_initiative(desk, values={"name": f"Initiative {number}", "notes": "x" * 4000})

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        backups.create_backup(desk, progress=cancel)
    folder = database_file(desk).parent / "backups"
    assert list(folder.iterdir()) == []


def test_restore_gives_back_exactly_the_backed_up_state(desk: Desk, register: Register) -> None:
    """Restoring a backup brings back every row of every table as it was, and keeps the present as a backup."""
    path = database_file(desk)
    info = backups.create_backup(desk, reason="manual")
    with cipher.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    expected = snapshot(path)
    # Work after the backup that the restore must undo.
    initiatives.update_initiative(desk, initiative_id=register.initiative_id, changes={"name": "Renamed"})
    fill(desk, name="Second initiative")
    assert snapshot(path) != expected

    result = backups.restore_backup(desk, backup_id=info.id)
    try:
        assert snapshot(path) == expected
        names = [row.name for row in initiatives.list_initiatives(result.desk, query=_all()).rows]
        assert names == ["Water voor Kisangani"]
        assert result.safety_backup.reason == "restore"
        assert result.safety_backup.counts["initiatives"] == 2
        assert result.desk.officer_id == desk.officer_id
    finally:
        result.desk.close()


def test_restore_can_be_undone_by_restoring_the_safety_backup(desk: Desk, register: Register) -> None:
    """A restore by mistake is not a disaster: the state before it is one restore away."""
    path = database_file(desk)
    old = backups.create_backup(desk)
    fill(desk, name="Made after the backup")
    with cipher.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before_restore = snapshot(path)
    first = backups.restore_backup(desk, backup_id=old.id)
    second = backups.restore_backup(first.desk, backup_id=first.safety_backup.id)
    try:
        assert snapshot(path) == before_restore
    finally:
        second.desk.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(desk: Desk, register: Register) -> None:
    """A damaged backup is refused before anything is touched; the register stays open and intact."""
    info = backups.create_backup(desk)
    _scribble(info.path)
    with pytest.raises(backups.BackupFailed, match="damaged"):
        backups.restore_backup(desk, backup_id=info.id)
    assert initiatives.get_initiative(desk, initiative_id=register.initiative_id).name == "Water voor Kisangani"


def test_restore_of_an_unknown_backup_is_a_clear_error(desk: Desk) -> None:
    with pytest.raises(backups.BackupFailed, match="no backup 'nope'"):
        backups.restore_backup(desk, backup_id="nope")


def test_startup_backup_only_when_the_newest_is_older_than_a_day(desk: Desk, register: Register) -> None:
    """The daily safety copy happens once a day, not at every start."""
    first = backups.backup_if_stale(desk, now=NOW)
    assert first is not None and first.reason == "startup"
    assert backups.backup_if_stale(desk, now=NOW + dt.timedelta(hours=23)) is None
    later = backups.backup_if_stale(desk, now=NOW + dt.timedelta(hours=25))
    assert later is not None and later.id != first.id


def _info(moment: dt.datetime, reason: str = "startup") -> files.BackupInfo:
    return files.BackupInfo(moment.strftime("%Y%m%dT%H%M%SZ") + f"-{reason}", Path("x"), moment, reason, 1)


def test_rotation_keeps_seven_daily_four_weekly_twelve_monthly() -> None:
    """Years of daily backups shrink to the promised set, never losing the newest ones."""
    start = dt.datetime(2024, 1, 1, 8, tzinfo=dt.UTC)
    history = [_info(start + dt.timedelta(days=day)) for day in range(700)]
    now = history[-1].created_at + dt.timedelta(hours=1)
    kept = files.keep_by_rotation(history, now=now, daily=7, weekly=4, monthly=12, recent=dt.timedelta(hours=24))
    kept_days = sorted((info.created_at.date() for info in history if info.id in kept), reverse=True)
    newest = history[-1].created_at.date()
    assert kept_days[:7] == [newest - dt.timedelta(days=n) for n in range(7)]
    # Weeks: the newest backup of each of the 4 most recent ISO weeks.
    weeks = {day.isocalendar()[:2] for day in kept_days}
    recent_weeks = sorted({info.created_at.isocalendar()[:2] for info in history}, reverse=True)[:4]
    assert set(recent_weeks) <= weeks
    # Months: the newest backup of each of the 12 most recent months, and nothing older.
    months = sorted({(day.year, day.month) for day in kept_days}, reverse=True)
    assert len(months) == 12
    assert months[-1] == (2024, 12)
    assert len(kept) <= 7 + 4 + 12


def test_rotation_keeps_everything_from_the_last_day(desk: Desk, register: Register) -> None:
    """A backup made before an import an hour ago is still there when a later one is made the same day."""
    before_import = backups.create_backup(desk, reason="import", now=NOW)
    after = backups.create_backup(desk, reason="sync", now=NOW + dt.timedelta(hours=1))
    assert {info.id for info in backups.list_backups(desk)} == {before_import.id, after.id}


def test_rotation_deletes_old_automatic_backups_but_never_manual_ones(desk: Desk, register: Register) -> None:
    """Automatic copies are thinned out; a backup an officer made on purpose stays until deleted."""
    manual = backups.create_backup(desk, reason="manual", now=NOW - dt.timedelta(days=400))
    for day in range(10, 0, -1):
        backups.create_backup(desk, reason="startup", now=NOW - dt.timedelta(days=day))
    desk.config["backup_keep_daily"] = 3
    desk.config["backup_keep_weekly"] = 0
    desk.config["backup_keep_monthly"] = 0
    removed = backups.rotate_backups(desk, now=NOW)
    left = backups.list_backups(desk)
    assert manual.id in {info.id for info in left}
    automatic = [info for info in left if info.reason == "startup"]
    assert [info.created_at for info in automatic] == [NOW - dt.timedelta(days=n) for n in (1, 2, 3)]
    assert removed, "the rotation deleted nothing"
    assert all(not info.path.exists() and not Path(f"{info.path}.json").exists() for info in removed)


def test_two_backups_in_the_same_second_get_two_files(desk: Desk, register: Register) -> None:
    """A quick second backup never overwrites the first."""
    first = backups.create_backup(desk, reason="manual", now=NOW)
    second = backups.create_backup(desk, reason="manual", now=NOW)
    assert first.path != second.path and first.path.exists() and second.path.exists()


def test_pre_migration_copy_lands_in_the_backups_folder(desk: Desk, register: Register) -> None:
    """The copy taken before a schema upgrade is listed (and restorable) like any other backup."""
    copy = migrate._copy_before_upgrade(database_file(desk), "0001")
    listed = backups.list_backups(desk)
    assert [info.path for info in listed] == [copy]
    assert listed[0].reason == "migration" and listed[0].counts["contacts"] == 2


def test_prune_before_an_erasure_removes_older_backups(desk: Desk, register: Register) -> None:
    old = backups.create_backup(desk, reason="manual", now=NOW - dt.timedelta(days=3))
    newer = backups.create_backup(desk, reason="manual", now=NOW + dt.timedelta(minutes=1))
    assert [info.id for info in backups.backups_before(desk, moment=NOW)] == [old.id]
    assert [info.id for info in backups.prune_backups_before(desk, moment=NOW)] == [old.id]
    assert [info.id for info in backups.list_backups(desk)] == [newer.id]


def _scribble(path: Path) -> None:
    """Overwrite pages in the middle of a database file with garbage (a bad disk)."""
    data = bytearray(path.read_bytes())
    page = 4096
    for number in range(1, len(data) // page):
        data[number * page + 100: number * page + 900] = b"\xde\xad\xbe\xef" * 200
    path.write_bytes(bytes(data))


def _all() -> ListQuery:
    return ListQuery(include_archived=True)


def test_failed_restore_leaves_the_register_as_it_was_and_open(
        desk: Desk, register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the disk fails mid-restore the officer keeps working on the unchanged register."""
    info = backups.create_backup(desk)
    initiatives.register_initiative(desk, values={"name": "Made after the backup"})

    def failing(backup: Path, database: Path, **_: object) -> None:
        raise cipher.OperationalError("disk I/O error")

    monkeypatch.setattr(files, "restore_into", failing)
    with pytest.raises(backups.RestoreFailed, match="nothing was changed") as raised:
        backups.restore_backup(desk, backup_id=info.id)
    reopened = raised.value.desk
    assert reopened is not None
    try:
        names = {row.name for row in initiatives.list_initiatives(reopened, query=_all()).rows}
        assert "Made after the backup" in names
    finally:
        reopened.close()


def test_startup_safety_checks_and_makes_the_daily_backup(desk: Desk, register: Register) -> None:
    """Opening the app checks the register and makes the daily copy when one is due."""
    result = backups.startup_safety(desk, now=NOW)
    assert result.integrity.ok and result.backup is not None and result.backup.reason == "startup"
    assert backups.startup_safety(desk, now=NOW + dt.timedelta(hours=1)).backup is None


def test_restoring_an_old_backup_is_not_undermined_by_the_rotation(desk: Desk, register: Register) -> None:
    """The backup of the state before a restore must not rotate away the backup being restored."""
    now = clock.now()
    desk.config.update({"backup_keep_daily": 1, "backup_keep_weekly": 0, "backup_keep_monthly": 0})
    old = backups.create_backup(desk, reason="startup", now=now - dt.timedelta(days=3), rotate=False)
    backups.create_backup(desk, reason="startup", now=now - dt.timedelta(days=2), rotate=False)
    result = backups.restore_backup(desk, backup_id=old.id)
    result.desk.close()
    assert result.restored.id == old.id


def test_backup_before_an_import_or_sync(desk: Desk, register: Register) -> None:
    """Before an import or a sync package is applied, the register is copied (labelled as such)."""
    made = backups.backup_before(desk, reason="import")
    assert made is not None and made.reason == "import"
    assert backups.list_backups(desk)[0].id == made.id
