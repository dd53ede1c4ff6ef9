"""Arguments no person would type (10**30, the year 99999, 31 February, bytes that are not text):
one line on stderr and exit 2, never a traceback; and what every command does first (debris of a
crashed backup removed).

If these failed, a script feeding the command line odd input would get a traceback and exit 1,
and half-written backup copies (personal data) would stay on disk for good.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fourthpillar import clock
from fourthpillar.cli.main import main
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.store import backup as backup_files
from fourthpillar.store.queries import ListQuery

REPOSITORY = Path(__file__).resolve().parents[2]
HUGE = str(10**30)
#: A Latin-1 "ÿ" in a UTF-8 system's argv, as Python hands it over.
NOT_TEXT = os.fsdecode(b"Jo\xffke") if os.name == "posix" else "Jo\udcffke"


def _one_line(capsys: pytest.CaptureFixture[str], *arguments: str) -> str:
    try:
        status = main(list(arguments))
    except SystemExit as stop:  # argparse's own refusals (a type=... check) end this way
        status = stop.code  # type: ignore[assignment]
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert status == 2, captured
    assert "Traceback" not in captured.err
    assert len([line for line in lines if not line.startswith("usage:")]) == 1, captured.err
    return lines[-1]


def test_hostile_arguments_are_one_line_and_exit_2(desk: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    initiative = initiatives.register_initiative(desk, values={"name": "Water voor Kisangani"})
    where = ["--data-dir", str(desk.data_dir)]
    request = [*where, "requests", "add", "--initiative", initiative.id, "channel=phone", "question=q"]
    assert "minutes_spent" in _one_line(capsys, *request, f"minutes_spent={HUGE}")
    assert "received_on" in _one_line(capsys, *request, "received_on=99999-01-01")
    assert "received_on" in _one_line(capsys, *request, "received_on=31/02/2025")
    assert "founded_year" in _one_line(capsys, *where, "initiatives", "add", "name=X", f"founded_year={HUGE}")
    assert "due_on" in _one_line(capsys, *where, "followups", "add", "--initiative", initiative.id, "action=x",
                                 f"due_on=+{HUGE}d")
    assert "due_on" in _one_line(capsys, *where, "followups", "add", "--initiative", initiative.id, "action=x",
                                 "due_on=+99999999m")
    assert "--due-from" in _one_line(capsys, *where, "requests", "list", "--due-from", "99999-01-01")
    assert "--years" in _one_line(capsys, *where, "retention", "list", "--years", HUGE)
    assert "--initiatives" in _one_line(capsys, *where, "demo", "--initiatives", HUGE)
    assert "not text" in _one_line(capsys, *where, "initiatives", "add", f"name={NOT_TEXT}")
    assert "not text" in _one_line(capsys, *where, "person", "find", NOT_TEXT)
    names = {row.name for row in initiatives.list_initiatives(desk, query=ListQuery()).rows}
    assert names == {"Water voor Kisangani"}, "nothing may have been written"


@pytest.mark.skipif(os.name != "posix", reason="undecodable bytes in argv are a POSIX matter")
def test_undecodable_bytes_in_a_real_argv_are_one_line(data_dir: Path) -> None:
    """The whole way: bytes from the shell, decoded by Python, refused before anything opens."""
    environment = {**os.environ, "FOURTHPILLAR_DATA_DIR": str(data_dir), "PYTHONIOENCODING": "utf-8",
                   "LC_ALL": "C.UTF-8"}
    done = subprocess.run([sys.executable, "-m", "fourthpillar", "initiatives", "add", b"name=Jo\xffke"],
                          capture_output=True, cwd=REPOSITORY, env=environment, timeout=120, check=False)
    assert done.returncode == 2, done.stderr
    assert b"Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not (data_dir / "fourthpillar.sqlite3").exists()


def test_every_command_removes_the_debris_of_a_killed_backup(desk: Desk, capsys: pytest.CaptureFixture[str]) -> None:
    """A backup killed half-way leaves a .partial copy of the register; the next command deletes it,
    while a fresh copy another process may still be writing stays."""
    assert desk.database.sqlite_path is not None
    folder = backup_files.backups_dir(desk.database.sqlite_path)
    folder.mkdir(exist_ok=True)
    # The writer's process id is in the name; 2**31 - 2 is never a running process.
    dead = folder / f"fourthpillar-20250101T000000Z-manual.{2**31 - 2}.sqlite3.partial"
    old = folder / f"fourthpillar-20250101T000000Z-startup.{os.getpid()}.sqlite3.partial"
    fresh = folder / f"fourthpillar-20250101T000001Z-manual.{os.getpid()}.sqlite3.partial"
    for path in (dead, old, fresh):
        path.write_bytes(b"SQLite format 3\x00 personal data")
    long_ago, just_now = (clock.now() - dt.timedelta(hours=2)).timestamp(), clock.now().timestamp()
    os.utime(old, (long_ago, long_ago))
    os.utime(fresh, (just_now, just_now))  # as the clock says: faketime moves it, not the file system's
    beside = desk.database.sqlite_path.with_name(desk.database.sqlite_path.name + ".partial")
    beside.write_bytes(b"half a recovered register")
    os.utime(beside, (long_ago, long_ago))
    assert main(["--data-dir", str(desk.data_dir), "initiatives", "list"]) == 0
    capsys.readouterr()
    assert not dead.exists() and not old.exists() and not beside.exists()
    assert fresh.exists()
