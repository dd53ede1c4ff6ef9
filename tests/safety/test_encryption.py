"""Encryption at rest: a stolen field laptop shows no contact, e-mail or phone number in any file
of the data folder (register, -wal, backups, packages), and a wrong passphrase is one clear line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from forensics import readable_bytes
from safety_helpers import PERSON_EMAIL
from safety_helpers import PERSON_NAME
from safety_helpers import PERSON_PHONE
from safety_helpers import Register
from safety_helpers import database_file
from safety_helpers import plant_unencrypted_damaged

from fourthpillar.cli.main import main
from fourthpillar.services import backups
from fourthpillar.services import initiatives
from fourthpillar.services import keys
from fourthpillar.services import officers
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store import cipher
from fourthpillar.store.errors import DatabaseUnavailable

ROOT = Path(__file__).resolve().parents[2]
#: What a thief would search the disk for: the person's details in the ways they are stored.
PLANTED = [PERSON_NAME, "Vanderzwalmenkaai", PERSON_EMAIL, "voorbeeld-mail", PERSON_PHONE, "478 91 23 45",
           "Secret office remark"]


@pytest.fixture
def no_passphrase_known(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A fresh process's view: nothing unlocked yet (the suite's own passphrase comes back after)."""
    cipher.forget_passphrases()
    yield
    monkeypatch.undo()
    cipher.forget_passphrases()


def _found(folder: Path) -> dict[str, list[str]]:
    """Planted text found in the raw bytes of any file under *folder* (as UTF-8 and UTF-16)."""
    found: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes().lower()
        hits = [needle for needle in PLANTED
                if needle.lower().encode("utf-8") in data or needle.lower().encode("utf-16-le") in data]
        if hits:
            found[str(path.relative_to(folder))] = hits
    return found


def test_a_stolen_data_folder_shows_no_name_email_or_phone(desk: Desk, register: Register, tmp_path: Path) -> None:
    """The laptop is stolen while the app is open: the register, its -wal (recent edits), every
    backup, the damaged registers recoveries kept, the packages in the folder and any other file
    must show nothing of the person."""
    assert desk.data_dir is not None
    backups.create_backup(desk, reason="manual")
    # What recoveries kept in damaged/: a copy of the encrypted register and its -wal, as one
    # keeps it today, and unencrypted ones of before encryption at rest, which the next start
    # encrypts (or, unreadable, keeps with the originals the officer then confirms away).
    register_file = database_file(desk)
    (desk.data_dir / "damaged").mkdir()
    for suffix in ("", "-wal"):
        if Path(f"{register_file}{suffix}").exists():
            shutil.copyfile(f"{register_file}{suffix}", desk.data_dir / "damaged" / f"fourthpillar-20250101T080000Z"
                            f".sqlite3{suffix}")
    plant_unencrypted_damaged(register_file, readable=True, stamp="20250202T080000Z")
    plant_unencrypted_damaged(register_file, readable=False, stamp="20250303T080000Z")
    open_desk(data_dir=desk.data_dir).close()
    keys.delete_unencrypted_copy(desk.data_dir)
    first = sync.create_first_package(desk, path=desk.data_dir / "outbox" / "first.fpsync")
    field = open_desk(data_dir=sync.checkout_package(path=first.path, data_dir=desk.data_dir / "field",
                                                      code=first.code or "").data_dir)
    try:
        officers.sign_in(field, name="Jan Peeters", region="oost-vlaanderen")
        sync.create_package(field, for_replica=desk.replica_id, path=desk.data_dir / "outbox" / "back.fpsync")
        sync.create_package(desk, for_replica=field.replica_id, path=desk.data_dir / "outbox" / "out.fpsync")
        # Work not yet checkpointed: it sits in the -wal.
        initiatives.update_contact(desk, contact_id=register.other_contact_id,
                                   changes={"email": "jef.new@voorbeeld-mail.be"})
        wal = Path(f"{database_file(desk)}-wal")
        assert wal.exists() and wal.stat().st_size > 0, "the test must see a -wal holding edits"
        assert _found(desk.data_dir) == {}
        assert len(list((desk.data_dir / "damaged").glob("*.sqlite3"))) == 2, "the readable ones are still kept"
    finally:
        field.close()
    # The same bytes, decrypted with the key, do hold the person: the search above can find them.
    assert PERSON_NAME.lower().encode() in readable_bytes(database_file(desk)).lower()


def test_files_open_in_plain_sqlcipher_with_the_passphrase(desk: Desk, register: Register) -> None:
    """The register and its backups are standard SQLCipher 4: with the passphrase (PRAGMA key) any
    SQLCipher opens them, so the office can read a backup without this program."""
    made = backups.create_backup(desk, reason="manual")
    for path in (database_file(desk), made.path):
        connection = cipher.driver.connect(str(path))
        try:
            escaped = os.environ[cipher.KEY_VARIABLE].replace("'", "''")
            connection.execute(f"PRAGMA key = '{escaped}'")
            assert connection.execute("SELECT count(*) FROM contact_person").fetchone() == (2,)
        finally:
            connection.close()


def test_without_the_passphrase_nothing_opens(desk: Desk, register: Register, no_passphrase_known: None,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Someone who copied the folder but has no passphrase gets a clear refusal, not the data."""
    desk.close()
    monkeypatch.delenv(cipher.KEY_VARIABLE)
    with pytest.raises(cipher.Locked, match="needs its passphrase"):
        open_desk(data_dir=desk.data_dir)


def test_a_wrong_passphrase_is_one_clear_line(desk: Desk, register: Register, no_passphrase_known: None,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    """A mistyped FOURTHPILLAR_KEY says which register it does not unlock, in one line (exit 2)."""
    desk.close()
    monkeypatch.setenv(cipher.KEY_VARIABLE, "not the passphrase")
    assert main(["--data-dir", str(desk.data_dir), "initiatives", "list"]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.err, captured.err
    assert "passphrase does not unlock" in lines[0] and str(database_file(desk)) in lines[0]
    with pytest.raises(DatabaseUnavailable, match="passphrase"):
        backups.check_database(desk.data_dir)


def test_a_wrong_passphrase_in_a_fresh_process_is_one_line_on_stderr(desk: Desk, register: Register) -> None:
    """SQLCipher's own complaints (one per page it cannot decrypt) must not reach the officer's
    terminal: only our line, and exit status 2, for the commands and for 'check'."""
    desk.close()
    environment = {**os.environ, cipher.KEY_VARIABLE: "not the passphrase", "PYTHONPATH": str(ROOT)}
    for command in (["initiatives", "list"], ["check"]):
        done = subprocess.run([sys.executable, "-m", "fourthpillar", "--data-dir", str(desk.data_dir), *command],
                              capture_output=True, text=True, env=environment, cwd=ROOT, timeout=120)
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 2 and len(lines) == 1, (command, done.stderr)
        assert "passphrase" in lines[0]
