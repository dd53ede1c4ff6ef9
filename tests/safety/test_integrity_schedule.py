"""When the register is checked (services/integrity.py), and what damage found then stops.

If these failed, either every start would read the whole register again (a 900 MB register kept
the window waiting), or damage would go unnoticed: a damaged register copied over the good
backups by the rotation, or more work typed into a damaged file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from safety_helpers import Register
from safety_helpers import damage

from fourthpillar import clock
from fourthpillar.services import backups
from fourthpillar.services import demo
from fourthpillar.services import initiatives
from fourthpillar.services import integrity
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store import backup as files
from fourthpillar.store import cipher
from fourthpillar.store.errors import WritingBlocked


def _pages(path: Path) -> int:
    with cipher.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.stat().st_size // 4096


def _damaged_where_opening_does_not_look(desk: Desk) -> Path:
    """The register, closed, with garbage in pages that opening never reads; returns its data
    folder. An encrypted page fails as a whole, so the damage spares the schema's pages: a
    table written last fills the file's end."""
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


def test_the_full_check_comes_once_a_week_and_after_an_unclean_shutdown(desk: Desk, register: Register) -> None:
    """Checked in full once, the register is not read whole again for a week, unless the last
    session ended without releasing the app lock (a crash, a kill, a power cut)."""
    now = clock.now()
    assert integrity.full_check_due(desk, unclean_shutdown=False, now=now), "never checked: due"
    report = integrity.check_if_due(desk, now=now)
    assert report is not None and report.ok and report.full
    assert integrity.check_if_due(desk, now=now + dt.timedelta(days=6)) is None
    assert integrity.full_check_due(desk, unclean_shutdown=True, now=now + dt.timedelta(days=1))
    assert integrity.full_check_due(desk, unclean_shutdown=False, now=now + dt.timedelta(days=7))
    desk.config[integrity.CHECK_EVERY_DAYS] = 30
    assert not integrity.full_check_due(desk, unclean_shutdown=False, now=now + dt.timedelta(days=7))


def test_the_check_command_counts_as_the_weekly_check(desk: Desk, register: Register) -> None:
    """`fourthpillar check` reads the whole register: the app need not do it again that week."""
    assert desk.data_dir is not None
    assert backups.check_database(desk.data_dir, full=True).ok
    assert not integrity.full_check_due(desk, unclean_shutdown=False)


def test_a_damaged_register_is_never_backed_up_and_writing_stops(desk: Desk, register: Register) -> None:
    """The backup's copy is checked before it counts: a damaged register makes no backup (which the
    rotation would keep in place of a good one), nothing more is written into it, and the next
    start knows to check it before the window."""
    good = backups.create_backup(desk, reason="manual")
    data_dir = _damaged_where_opening_does_not_look(desk)
    damaged = open_desk(data_dir=data_dir)
    try:
        with pytest.raises(backups.DatabaseDamaged):
            backups.create_backup(damaged, reason="startup")
        assert [info.id for info in backups.list_backups(damaged)] == [good.id]
        assert not [path for path in (data_dir / "backups").iterdir() if files.PARTIAL in path.name]
        with pytest.raises(WritingBlocked) as refused:
            initiatives.register_initiative(damaged, values={"name": "Typed into a damaged file"})
        assert "is damaged" in str(refused.value) and "backup recover" in str(refused.value)
        assert damaged.database.sqlite_path is not None
        assert integrity.recorded_damage(damaged.database.sqlite_path) is not None
    finally:
        damaged.close()


def test_a_backup_copy_spoilt_on_its_way_is_not_kept_and_the_register_is_not_blamed(
        desk: Desk, register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy that fails the check while the register passes it (a failing backup disk): no
    backup is made, the officer reads why, and work on the sound register goes on."""
    real = files.check_connection

    def copy_fails(connection: cipher.Connection, **kwargs: object) -> list[str]:
        real(connection, **kwargs)  # type: ignore[arg-type]
        return ["*** in database main *** Page 7: btreeInitPage() returns error code 11"]

    monkeypatch.setattr(files, "check_connection", copy_fails)
    with pytest.raises(backups.BackupFailed, match="failed the integrity check") as failed:
        backups.create_backup(desk, reason="manual")
    assert not isinstance(failed.value, backups.DatabaseDamaged)
    assert backups.list_backups(desk) == []
    initiatives.register_initiative(desk, values={"name": "Still writable"})


def test_a_full_check_in_the_background_stops_when_asked(desk: Desk, register: Register) -> None:
    """Closing the window during a long check stops it at once, and nothing is recorded."""
    with pytest.raises(integrity.CheckInterrupted):
        integrity.check_if_due(desk, is_cancelled=lambda: True)
    assert integrity.last_check(desk) is None
