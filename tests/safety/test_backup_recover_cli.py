"""``backup recover`` and ``check`` on a register too damaged to open: the command line puts back
the newest good backup, keeps the damaged file, and refuses clearly when it must not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from safety_helpers import Register
from safety_helpers import damage
from safety_helpers import database_file
from safety_helpers import snapshot

from fourthpillar.cli.main import main
from fourthpillar.services import backups
from fourthpillar.services import initiatives
from fourthpillar.services import instance
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.queries import ListQuery


def _run(data_dir: Path, *arguments: str) -> int:
    return main(["--data-dir", str(data_dir), *arguments])


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.err, captured.err
    return lines[0]


def _names(data_dir: Path) -> set[str]:
    desk = open_desk(data_dir=data_dir)
    try:
        return {row.name for row in initiatives.list_initiatives(desk, query=ListQuery()).rows}
    finally:
        desk.close()


@pytest.fixture
def damaged(desk: Desk, register: Register) -> tuple[Path, backups.BackupInfo, backups.BackupInfo]:
    """A register with two backups (older, newer), work after the newer, then damaged pages."""
    older = backups.create_backup(desk, reason="manual")
    initiatives.register_initiative(desk, values={"name": "In the newer backup"})
    newer = backups.create_backup(desk, reason="manual")
    initiatives.register_initiative(desk, values={"name": "Entered after the last backup"})
    path = database_file(desk)
    desk.close()
    damage(path)
    assert desk.data_dir is not None
    return desk.data_dir, older, newer


def test_recover_puts_back_the_newest_good_backup_and_keeps_the_damaged_file(
        damaged: tuple[Path, backups.BackupInfo, backups.BackupInfo], capsys: pytest.CaptureFixture[str]) -> None:
    """A damaged register comes back as the newest backup; the officer is told from when, with what,
    and where the damaged file is kept (someone may still rescue the last entries from it)."""
    data_dir, _older, newer = damaged
    damaged_bytes = (data_dir / "fourthpillar.sqlite3").read_bytes()
    assert _run(data_dir, "backup", "recover") == 0
    out = capsys.readouterr().out
    assert newer.id in out and newer.created_at.strftime("%Y-%m-%d %H:%M") in out
    assert "2 initiatives, 2 contacts, 1 requests, 1 follow-ups" in out
    kept = list((data_dir / "damaged").glob("*.sqlite3"))
    assert len(kept) == 1 and str(kept[0]) in out
    assert kept[0].read_bytes() == damaged_bytes, "the damaged file must be kept exactly as it was"
    assert _names(data_dir) == {"Water voor Kisangani", "In the newer backup"}
    assert _run(data_dir, "check") == 0
    assert capsys.readouterr().out.strip().endswith(": ok")


def test_check_on_a_damaged_register_says_so_and_names_backup_recover(
        damaged: tuple[Path, backups.BackupInfo, backups.BackupInfo], capsys: pytest.CaptureFixture[str]) -> None:
    """'check' must work on a register that no longer opens, and tell the admin what to run next."""
    data_dir, _older, _newer = damaged
    assert _run(data_dir, "check") == 1
    captured = capsys.readouterr()
    assert "problem" in captured.out and "backup recover" in captured.out and "Traceback" not in captured.err


def test_backup_list_works_on_a_damaged_register(
        damaged: tuple[Path, backups.BackupInfo, backups.BackupInfo], capsys: pytest.CaptureFixture[str]) -> None:
    """The ids for 'backup recover --backup ID' must be listable when the register cannot open."""
    data_dir, older, newer = damaged
    assert _run(data_dir, "backup", "list", "--json") == 0
    assert [item["id"] for item in json.loads(capsys.readouterr().out)] == [newer.id, older.id]


def test_recover_a_chosen_backup_as_json(
        damaged: tuple[Path, backups.BackupInfo, backups.BackupInfo], capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, older, _newer = damaged
    assert _run(data_dir, "backup", "recover", "--backup", older.id, "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["restored"]["id"] == older.id
    assert result["restored"]["counts"]["initiatives"] == 1
    assert result["damaged_path"] and Path(result["damaged_path"]).exists()
    assert result["problems"], "the problems found in the damaged file are part of the answer"
    assert _names(data_dir) == {"Water voor Kisangani"}


def test_recover_is_refused_while_the_app_has_the_folder(
        damaged: tuple[Path, backups.BackupInfo, backups.BackupInfo], capsys: pytest.CaptureFixture[str]) -> None:
    """Swapping the file under a running app would lose its work: one line, exit 2, nothing moved."""
    data_dir, _older, _newer = damaged
    before = (data_dir / "fourthpillar.sqlite3").read_bytes()
    with instance.require_app_lock(data_dir):
        assert _run(data_dir, "backup", "recover") == 2
    assert "already open" in _one_line_error(capsys)
    assert (data_dir / "fourthpillar.sqlite3").read_bytes() == before
    assert not (data_dir / "damaged").exists()


def test_recover_without_a_good_backup_is_refused(desk: Desk, register: Register,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """No good backup: say so in one line and leave the damaged file where it is (never lose it)."""
    made = backups.create_backup(desk, reason="manual")
    path = database_file(desk)
    desk.close()
    damage(path)
    damage(made.path)
    before = path.read_bytes()
    assert desk.data_dir is not None
    assert _run(desk.data_dir, "backup", "recover") == 2
    assert "no readable backup" in _one_line_error(capsys)
    assert path.read_bytes() == before
    assert _run(desk.data_dir, "backup", "recover", "--backup", "20200101T000000Z-manual") == 2
    assert "no backup" in _one_line_error(capsys)
    assert path.read_bytes() == before


def test_recover_refuses_a_healthy_register(desk: Desk, register: Register,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Recovering a sound register would throw away the work since the backup: refused, nothing changed."""
    backups.create_backup(desk, reason="manual")
    initiatives.register_initiative(desk, values={"name": "After the backup"})
    path = database_file(desk)
    desk.close()
    before = snapshot(path)
    assert desk.data_dir is not None
    assert _run(desk.data_dir, "backup", "recover") == 2
    assert "backup restore" in _one_line_error(capsys)
    assert snapshot(path) == before


def test_recover_refuses_a_register_at_a_database_url(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A shared database is restored by its server: never swap a local file the register does not use."""
    assert main(["--data-dir", str(data_dir), "--database-url", "postgresql://office/desk", "backup", "recover"]) == 2
    assert "database URL" in _one_line_error(capsys)
    (data_dir / "config.json").write_text(json.dumps({"database_url": "postgresql://office/desk"}))
    assert _run(data_dir, "backup", "recover") == 2
    assert "database URL" in _one_line_error(capsys)
    assert not (data_dir / "fourthpillar.sqlite3").exists()


def test_check_on_the_register_in_use(any_desk: Desk, register_any: None, capsys: pytest.CaptureFixture[str]) -> None:
    """'check' looks at the database the desk really uses, also a shared PostgreSQL one."""
    assert any_desk.data_dir is not None
    assert main(["--data-dir", str(any_desk.data_dir), "--database-url", any_desk.database.url, "check"]) == 0
    assert capsys.readouterr().out.strip().endswith(": ok")


@pytest.fixture
def register_any(any_desk: Desk) -> None:
    initiatives.register_initiative(any_desk, values={"name": "Water voor Kisangani"})
