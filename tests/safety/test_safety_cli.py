"""The safety commands: backup, check, person export/erase, retention; bad input is one line and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from forensics import readable_bytes
from safety_helpers import PERSON_NAME
from safety_helpers import Register

from fourthpillar import paths
from fourthpillar.cli.main import main
from fourthpillar.services import backups
from fourthpillar.services import initiatives
from fourthpillar.services import instance
from fourthpillar.services.desk import Desk
from fourthpillar.store import cipher
from fourthpillar.store.queries import ListQuery


def _run(desk: Desk, *arguments: str) -> int:
    return main(["--data-dir", str(desk.data_dir), *arguments])


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.err, captured.err
    return lines[0]


def test_backup_create_list_and_restore(desk: Desk, register: Register, capsys: pytest.CaptureFixture[str]) -> None:
    """An admin can make, see and put back a backup from a script."""
    assert _run(desk, "backup", "create") == 0
    made = backups.list_backups(desk)[0]
    assert made.id in capsys.readouterr().out
    assert _run(desk, "backup", "list") == 0
    listed = capsys.readouterr().out
    assert made.id in listed and "1 initiatives, 2 contacts, 1 requests, 1 follow-ups" in listed
    assert _run(desk, "backup", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["counts"]["contacts"] == 2

    initiatives.register_initiative(desk, values={"name": "After the backup"})
    desk.close()
    assert _run(desk, "backup", "restore", made.id) == 0
    assert "restored" in capsys.readouterr().out
    desk.database.engine.dispose()
    names = {row.name for row in initiatives.list_initiatives(desk, query=_everything()).rows}
    assert names == {"Water voor Kisangani"}


def test_restore_is_refused_while_the_app_has_the_folder(
        desk: Desk, register: Register, capsys: pytest.CaptureFixture[str]) -> None:
    """Swapping the data under a running app would lose its work: the command says the desk is open."""
    made = backups.create_backup(desk)
    with instance.require_app_lock(desk.data_dir):
        assert _run(desk, "backup", "restore", made.id) == 2
    assert "already open" in _one_line_error(capsys)
    assert [info.id for info in backups.list_backups(desk)] == [made.id], "no safety backup may have been made"


def test_restore_of_an_unknown_backup(desk: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(desk, "backup", "restore", "20200101T000000Z-manual") == 2
    assert "no backup" in _one_line_error(capsys)
    assert backups.list_backups(desk) == []


def test_check_reports_ok(desk: Desk, register: Register, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(desk, "check") == 0
    assert capsys.readouterr().out.strip().endswith(": ok")


def test_person_export_and_erase(desk: Desk, register: Register, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(desk, "person", "export", register.contact_id, "--out", str(tmp_path / "out")) == 0
    assert (tmp_path / "out" / f"person-{register.contact_id}.json").exists()
    assert (tmp_path / "out" / f"person-{register.contact_id}.pdf").exists()
    backups.create_backup(desk)
    capsys.readouterr()
    assert _run(desk, "person", "erase", register.contact_id, "--prune-backups") == 0
    out = capsys.readouterr().out
    assert "erased contact" in out and "pruned 1" in out
    assert all(PERSON_NAME.encode() not in readable_bytes(info.path) for info in backups.list_backups(desk))


def test_person_commands_refuse_bad_input_and_write_nothing(
        desk: Desk, register: Register, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A typo in an id or a path gives one clear line, exit 2, and no file or change."""
    assert _run(desk, "person", "export", "no-such-id", "--out", str(tmp_path / "out")) == 2
    assert "no contact" in _one_line_error(capsys)
    assert not (tmp_path / "out").exists()
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("x")
    assert _run(desk, "person", "export", register.contact_id, "--out", str(a_file)) == 2
    assert "not a folder" in _one_line_error(capsys)
    assert _run(desk, "person", "erase", "no-such-id") == 2
    assert "no contact" in _one_line_error(capsys)
    detail = initiatives.get_initiative(desk, initiative_id=register.initiative_id)
    assert PERSON_NAME in {contact.name for contact in detail.contacts}


def test_retention_list(desk: Desk, register: Register, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(desk, "retention", "list") == 0
    out = capsys.readouterr().out
    assert "without recorded consent (1)" in out and PERSON_NAME in out
    assert _run(desk, "retention", "list", "--json") == 0
    review = json.loads(capsys.readouterr().out)
    assert review["years"] == 5
    assert [person["id"] for person in review["contacts_without_consent"]] == [register.contact_id]
    with pytest.raises(SystemExit) as exited:
        _run(desk, "retention", "list", "--years", "0")
    assert exited.value.code == 2


def _everything() -> ListQuery:
    return ListQuery(include_archived=True)


def test_check_finds_damage_and_says_where(desk: Desk, register: Register, capsys: pytest.CaptureFixture[str]) -> None:
    """'check' on a register with bad pages exits non-zero naming the file, without a traceback."""
    for number in range(60):
        initiatives.register_initiative(desk, values={"name": f"Filler {number}", "notes": "x" * 2000})
    path = paths.database_path(desk.data_dir)  # type: ignore[arg-type]
    desk.close()
    with cipher.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2
    data[middle * 4096 + 100: middle * 4096 + 4000] = b"\x00\xff" * 1950
    path.write_bytes(bytes(data))
    status = _run(desk, "check")
    captured = capsys.readouterr()
    assert status in (1, 2) and "Traceback" not in captured.err
    assert str(path) in captured.out + captured.err
    if status == 1:
        assert "problem" in captured.out
