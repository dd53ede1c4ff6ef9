"""One app per data folder, and command-line writes that wait for the app instead of failing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from safety_helpers import PERSON_NAME
from safety_helpers import Register
from safety_helpers import database_file

from fourthpillar.cli.main import main
from fourthpillar.services import initiatives
from fourthpillar.services import instance
from fourthpillar.services.desk import Desk
from fourthpillar.store import cipher
from fourthpillar.store import database as database_module


def test_second_launch_on_the_same_folder_is_refused_and_told_who_has_it(data_dir: Path) -> None:
    """Two windows on one register would overwrite each other's work; the second one is told why not."""
    first = instance.acquire_app_lock(data_dir)
    assert first is not None
    try:
        assert instance.acquire_app_lock(data_dir) is None
        holder = instance.read_holder(data_dir)
        assert holder is not None and holder.pid == os.getpid() and holder.host
        with pytest.raises(instance.DeskInUse, match=f"process {os.getpid()}"):
            instance.require_app_lock(data_dir)
    finally:
        first.release()
    again = instance.acquire_app_lock(data_dir)
    assert again is not None, "after the app quits the folder must be free again"
    assert not again.unclean_shutdown, "a session that quit normally needs no full check after it"
    again.release()


def test_other_folders_are_not_blocked(tmp_path: Path) -> None:
    with instance.require_app_lock(tmp_path / "one"), instance.require_app_lock(tmp_path / "two"):
        pass


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_crashed_app_never_leaves_the_folder_locked(data_dir: Path) -> None:
    """After a crash (or a kill) the next start must not be told the desk is still open."""
    child = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from fourthpillar.services import instance;"
         f"lock = instance.acquire_app_lock({str(data_dir)!r}); print('held' if lock else 'refused', flush=True);"
         "time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        assert instance.acquire_app_lock(data_dir) is None
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    lock = instance.acquire_app_lock(data_dir)
    assert lock is not None
    assert lock.unclean_shutdown, "the killed session must be noticed: the register then gets a full check"
    lock.release()
    after = instance.acquire_app_lock(data_dir)
    assert after is not None and not after.unclean_shutdown
    after.release()


def test_the_first_start_on_a_folder_is_not_an_unclean_shutdown(data_dir: Path) -> None:
    lock = instance.acquire_app_lock(data_dir)
    assert lock is not None and not lock.unclean_shutdown
    lock.release()


def _hold_write_lock(path: Path, seconds: float, started: threading.Event,
                     release: threading.Event | None = None) -> None:
    """Another program (the app) in the middle of a write transaction, for *seconds* or, given
    *release*, until it is set (a loaded machine must not let the lock go before the command asks)."""
    connection = cipher.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO meta (key, value) VALUES ('busy-test', 'x')")
        started.set()
        if release is None:
            time.sleep(seconds)
        else:
            release.wait(seconds)
        connection.execute("COMMIT")
    finally:
        connection.close()


def test_command_line_write_waits_while_the_app_is_writing(
        desk: Desk, register: Register, capsys: pytest.CaptureFixture[str]) -> None:
    """A script's write during the app's save waits its turn and then succeeds: no 'database is locked'."""
    path = database_file(desk)
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(path, 0.6, started))
    holder.start()
    started.wait()
    began = time.monotonic()
    status = main(["--data-dir", str(desk.data_dir), "person", "erase", register.contact_id])
    waited = time.monotonic() - began
    holder.join()
    assert status == 0, capsys.readouterr().err
    assert waited >= 0.3, "the write did not wait for the other transaction"
    detail = initiatives.get_initiative(desk, initiative_id=register.initiative_id)
    assert "[erased]" in {contact.name for contact in detail.contacts}


def test_command_line_write_gives_up_with_a_clear_message_when_the_app_keeps_writing(
        desk: Desk, register: Register, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """If the database stays busy past the timeout the user reads one line saying so; nothing is half done."""
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 300)
    path = database_file(desk)
    started, release = threading.Event(), threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(path, 120.0, started, release))
    holder.start()
    started.wait()
    try:
        status = main(["--data-dir", str(desk.data_dir), "person", "erase", register.contact_id])
    finally:
        release.set()
        holder.join()
    err = capsys.readouterr().err
    assert status == 2
    assert len(err.strip().splitlines()) == 1 and "locked" in err and "Traceback" not in err
    detail = initiatives.get_initiative(desk, initiative_id=register.initiative_id)
    assert PERSON_NAME in {contact.name for contact in detail.contacts}
