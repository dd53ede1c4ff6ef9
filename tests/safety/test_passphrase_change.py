"""Changing the register's passphrase (``key change``, File ▸ Change passphrase…).

If these failed, an officer who changed the passphrase (a colleague left, it was written on a
note) could find a backup that still opens with the old one, a register nobody can open after a
crash half-way, or a keychain that keeps asking for the old one.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from database_helpers import postgres_copy
from keyring.backends import fail
from safety_helpers import Register
from safety_helpers import snapshot
from test_keys import MemoryKeychain

from fourthpillar import paths
from fourthpillar.cli.main import main
from fourthpillar.services import backups
from fourthpillar.services import initiatives
from fourthpillar.services import instance
from fourthpillar.services import keys
from fourthpillar.services import passphrase
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store import backup as files
from fourthpillar.store import cipher
from fourthpillar.store import rekey

NEW = "een nieuwe zin voor de kluis"


@pytest.fixture
def old() -> str:
    return os.environ[cipher.KEY_VARIABLE]


@pytest.fixture
def folder(desk: Desk, register: Register) -> Iterator[Path]:
    """A register with two backups, closed; the passphrases this process learns are forgotten after."""
    backups.create_backup(desk, reason="startup")
    backups.create_backup(desk, reason="manual")
    desk.close()
    assert desk.data_dir is not None
    yield desk.data_dir
    cipher.forget_passphrases()


def _files(data_dir: Path) -> list[Path]:
    return [paths.database_path(data_dir), *(info.path for info in backups.list_folder_backups(data_dir))]


def _opens_with(path: Path, *candidates: str) -> list[str]:
    return [candidate for candidate in candidates if cipher.key_with(path, candidate) is not None]


def test_the_command_line_rekeys_the_register_and_every_backup(
        folder: Path, old: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """After 'key change' the register and both backups open with the new passphrase only, hold
    the same records, and a backup restores; a script is told FOURTHPILLAR_KEY is out of date."""
    before = {path: snapshot(path) for path in _files(folder)}
    monkeypatch.setattr(sys, "stdin", io.StringIO(NEW + "\n"))
    assert main(["--data-dir", str(folder), "key", "change", "--new-passphrase-stdin"]) == 0
    out = capsys.readouterr().out
    assert "2 backup(s) re-encrypted" in out and "FOURTHPILLAR_KEY still holds the old passphrase" in out
    for path, rows in before.items():
        assert _opens_with(path, old, NEW) == [NEW], f"{path.name} still opens with the old passphrase"
        assert snapshot(path) == rows
    assert not list(folder.rglob("*.partial")) and not Path(f"{paths.database_path(folder)}-wal").exists()

    cipher.forget_passphrases()  # a new process, with the variable set to the new passphrase
    monkeypatch.setenv(cipher.KEY_VARIABLE, NEW)
    desk = open_desk(data_dir=folder)
    result = backups.restore_backup(desk, backup_id=backups.list_backups(desk)[-1].id)
    result.desk.close()
    assert main(["--data-dir", str(folder), "initiatives", "list"]) == 0


@pytest.mark.parametrize(("typed", "message"), [
    ("", "the new passphrase is empty"),
    ("kort", "at least 10 characters"),
    (None, "the same as the current one"),
])
def test_a_refused_new_passphrase_is_one_line_and_changes_nothing(
        folder: Path, old: str, typed: str | None, message: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """An empty, too short or unchanged passphrase: one line, exit 2, every file as it was."""
    before = {path: path.read_bytes() for path in _files(folder)}
    monkeypatch.setattr(sys, "stdin", io.StringIO((old if typed is None else typed) + "\n"))
    assert main(["--data-dir", str(folder), "key", "change", "--new-passphrase-stdin"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
    assert {path: path.read_bytes() for path in _files(folder)} == before


def test_a_wrong_current_passphrase_on_the_command_line_is_one_line(
        folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The current passphrase comes from where it always does: a wrong FOURTHPILLAR_KEY is said
    in one line (exit 2) and no file changes."""
    before = {path: path.read_bytes() for path in _files(folder)}
    cipher.forget_passphrases()
    monkeypatch.setenv(cipher.KEY_VARIABLE, "niet de juiste zin")
    monkeypatch.setattr(sys, "stdin", io.StringIO(NEW + "\n"))
    assert main(["--data-dir", str(folder), "key", "change", "--new-passphrase-stdin"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "passphrase does not unlock" in err[0], err
    assert {path: path.read_bytes() for path in _files(folder)} == before


def test_without_a_terminal_or_stdin_option_the_command_says_how(
        folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert main(["--data-dir", str(folder), "key", "change"]) == 2
    assert "--new-passphrase-stdin" in capsys.readouterr().err


def test_the_command_line_leaves_a_register_open_in_the_app_alone(
        folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The app working on the register would keep writing to the file the change replaces: the
    command says so in one line and changes nothing."""
    before = {path: path.read_bytes() for path in _files(folder)}
    monkeypatch.setattr(sys, "stdin", io.StringIO(NEW + "\n"))
    lock = instance.acquire_app_lock(folder)
    assert lock is not None
    try:
        assert main(["--data-dir", str(folder), "key", "change", "--new-passphrase-stdin"]) == 2
    finally:
        lock.release()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "already open" in err[0], err
    assert {path: path.read_bytes() for path in _files(folder)} == before


def test_a_wrong_current_passphrase_or_a_mismatch_is_refused_and_the_desk_stays_open(folder: Path, old: str) -> None:
    """The app's dialog: a wrong current passphrase, or two new ones that differ, are said in one
    line and the register stays open and unchanged."""
    desk = open_desk(data_dir=folder)
    before = {path: path.read_bytes() for path in _files(folder)}
    try:
        with pytest.raises(passphrase.PassphraseNotChanged, match="current passphrase is wrong") as wrong:
            passphrase.change_passphrase(desk, current="niet de juiste zin", new=NEW, repeated=NEW)
        assert wrong.value.desk is None
        with pytest.raises(passphrase.PassphraseNotChanged, match="differ"):
            passphrase.change_passphrase(desk, current=old, new=NEW, repeated=NEW + "!")
        initiatives.register_initiative(desk, values={"name": "Nog altijd open"})
    finally:
        desk.close()
    assert all(path.read_bytes() == before[path] for path in _files(folder)[1:])


def test_the_keychain_gets_the_new_passphrase(folder: Path, old: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A laptop whose keychain held the old passphrase opens at the next start without asking."""
    monkeypatch.delenv(cipher.KEY_VARIABLE)
    cipher.forget_passphrases()
    memory = MemoryKeychain()
    keyring.set_keyring(memory)
    try:
        database = paths.database_path(folder)
        keys.store_passphrase(database, old)
        desk = open_desk(data_dir=folder)
        result = passphrase.change_passphrase(desk, current=old, new=NEW, repeated=NEW)
        result.desk.close()
        assert result.keychain_updated and not result.variable_is_old
        assert list(memory.entries.values()) == [NEW]
        cipher.forget_passphrases()
        keys.set_prompt(None)  # nobody to ask: only the keychain can open it
        open_desk(data_dir=folder).close()
    finally:
        keyring.set_keyring(fail.Keyring())


def test_a_change_stopped_half_way_keeps_the_old_passphrase_and_finishes_when_made_again(
        folder: Path, old: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk at the register (the last file): the register still opens with the old
    passphrase, the desk is reopened; the same change made again finishes the job."""
    database = paths.database_path(folder)
    real = rekey.rekey_file

    def full_at_the_register(path: Path, key: cipher.FileKey) -> None:
        if path == database:
            raise rekey.DatabaseUnavailable("no space left on device")
        real(path, key)

    monkeypatch.setattr(rekey, "rekey_file", full_at_the_register)
    desk = open_desk(data_dir=folder)
    with pytest.raises(passphrase.PassphraseNotChanged, match="no space left") as stopped:
        passphrase.change_passphrase(desk, current=old, new=NEW)
    assert stopped.value.desk is not None
    stopped.value.desk.close()
    assert _opens_with(database, old, NEW) == [old]
    monkeypatch.undo()
    result = passphrase.change_passphrase(open_desk(data_dir=folder), current=old, new=NEW)
    result.desk.close()
    assert len(result.backups) == 2 and result.kept == []
    assert all(_opens_with(path, old, NEW) == [NEW] for path in _files(folder))


def _process_context() -> Any:
    if threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["crash_worker"])
    return context


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and forkserver are POSIX")
def test_a_kill_at_any_step_leaves_every_file_whole_under_one_of_the_two_passphrases(
        folder: Path, old: str, tmp_path: Path) -> None:
    """Killed after each file's copy and after each rename: the register and every backup are
    whole and open with the old passphrase or the new one (never neither), and the same change
    made again finishes it."""
    import crash_worker

    expected = {path.name: snapshot(path) for path in _files(folder)}
    cipher.add_passphrase(NEW)
    context = _process_context()
    for kill_at in range(1, 40):
        run = tmp_path / f"run-{kill_at}"
        shutil.copytree(folder, run)
        child = context.Process(target=crash_worker.change_passphrase_killed_at, args=(str(run), kill_at, old, NEW))
        child.start()
        child.join(120)
        finished = child.exitcode == 0
        assert finished or child.exitcode == -9, f"the change failed by itself (exit {child.exitcode})"
        for path in _files(run):
            assert len(_opens_with(path, old, NEW)) == 1, f"step {kill_at}: {path.name} opens with neither passphrase"
            assert files.check_file(path, full=True).ok, f"step {kill_at}: {path.name} is damaged"
            assert snapshot(path) == expected[path.name], f"step {kill_at}: {path.name} lost records"
        desk = open_desk(data_dir=run)  # the next start: its tidying removes a half copy
        backups.tidy_at_start(desk)
        if _opens_with(paths.database_path(run), old, NEW) == [old]:
            desk = passphrase.change_passphrase(desk, current=old, new=NEW).desk
        desk.close()
        assert all(_opens_with(path, old, NEW) == [NEW] for path in _files(run)), f"step {kill_at}: not finished"
        assert not list(run.rglob("*.partial")), f"step {kill_at}: a half copy was left behind"
        if finished:
            assert kill_at > 6, "every step (3 files: copy and rename) was a kill point"
            break
    else:
        pytest.fail("the change never ran to its end")


def test_a_backup_finished_during_the_change_is_rekeyed_too(
        folder: Path, old: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's daily backup ends while the change runs, copied from the register under its old
    key: it is re-encrypted as well, or it would be the one file the old passphrase still opens."""
    database = paths.database_path(folder)
    real = rekey.rekey_file

    def backup_meanwhile(path: Path, key: cipher.FileKey) -> None:
        if path == database:
            files.write_backup(database, files.backups_dir(database), reason="startup")
        real(path, key)

    monkeypatch.setattr(rekey, "rekey_file", backup_meanwhile)
    result = passphrase.change_passphrase(open_desk(data_dir=folder), current=old, new=NEW)
    result.desk.close()
    listed = _files(folder)
    assert len(listed) == 4 and len(result.backups) == 3
    assert all(_opens_with(path, old, NEW) == [NEW] for path in listed)


def test_a_change_refused_at_the_register_leaves_every_backup_under_the_old_passphrase(
        folder: Path, old: str) -> None:
    """Another program holds the register (a second command, a sync): the officer is told the
    passphrase was not changed, so no backup may open with the new one only; else a restore asks
    for a passphrase the officer was told had never been set."""
    database = paths.database_path(folder)
    holder = cipher.connect(database, timeout=0.1)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(passphrase.PassphraseNotChanged, match="locked") as stopped:
            passphrase.change_passphrase(open_desk(data_dir=folder), current=old, new=NEW)
    finally:
        holder.rollback()
        holder.close()
    assert stopped.value.desk is not None
    stopped.value.desk.close()
    assert [_opens_with(path, old, NEW) for path in _files(folder)] == [[old]] * 3


def test_a_shared_database_has_no_passphrase_here(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """The office's PostgreSQL register is its server's to protect: File > Change passphrase on it
    says so in one line, rather than failing on a file the desk does not have."""
    with postgres_copy(request) as url:
        office = open_desk(data_dir=tmp_path, database_url=url)
        try:
            for attempt in (lambda: passphrase.current_passphrase(office),
                            lambda: passphrase.change_passphrase(office, current="oud", new=NEW)):
                with pytest.raises(passphrase.PassphraseNotChanged, match="its server protects it"):
                    attempt()
        finally:
            office.close()
