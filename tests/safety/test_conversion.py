"""A register of before encryption at rest (and its backups) is encrypted once, when it is first
opened: nothing lost, nothing half-written, and its unencrypted originals kept only until the
officer confirms."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from safety_helpers import PERSON_NAME
from safety_helpers import Register
from safety_helpers import database_file
from safety_helpers import plant_unencrypted_damaged
from safety_helpers import snapshot

from fourthpillar import paths
from fourthpillar.cli.main import main
from fourthpillar.services import backups
from fourthpillar.services import keys
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store import backup as files
from fourthpillar.store import cipher
from fourthpillar.store import conversion
from fourthpillar.store.errors import DatabaseUnavailable

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _unencrypted(path: Path) -> None:
    """Replace the encrypted file *path* by an unencrypted copy, as an older version left it."""
    plain = path.with_name(path.name + ".plain")
    source = cipher.connect(path)
    try:
        cipher.export(source, plain, None)
    finally:
        source.close()
    Path(f"{path}-wal").unlink(missing_ok=True)
    Path(f"{path}-shm").unlink(missing_ok=True)
    os.replace(plain, path)


@pytest.fixture
def old_folder(desk: Desk, register: Register) -> tuple[Path, dict[str, list[tuple[object, ...]]]]:
    """A data folder as an older version left it: an unencrypted register and two unencrypted backups."""
    backups.create_backup(desk, reason="startup")
    backups.create_backup(desk, reason="manual")
    expected = snapshot(database_file(desk))
    desk.close()
    assert desk.data_dir is not None
    for path in [database_file(desk), *(info.path for info in backups.list_folder_backups(desk.data_dir))]:
        _unencrypted(path)
        assert cipher.is_plain(path)
    return desk.data_dir, expected


def _plain_files(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*")
                  if path.is_file() and PERSON_NAME.encode() in path.read_bytes())


def test_an_unencrypted_register_and_its_backups_are_encrypted_when_opened(
        old_folder: tuple[Path, dict[str, list[tuple[object, ...]]]]) -> None:
    """After the update the laptop must hold nothing readable but the kept originals, and every
    record must still be there, in the register and in each backup."""
    data_dir, expected = old_folder
    desk = open_desk(data_dir=data_dir)
    try:
        assert snapshot(database_file(desk)) == expected
        listed = backups.list_backups(desk)
        assert len(listed) == 2 and all(cipher.is_encrypted(info.path) for info in listed)
        assert all(backups.files.check_file(info.path).ok for info in listed)
        assert all(backups.files.file_counts(info.path)[0] == info.counts for info in listed)
    finally:
        desk.close()
    kept = keys.unencrypted_copy(data_dir)
    assert kept == data_dir / conversion.UNENCRYPTED_FOLDER
    # Only the kept originals are readable, and they are all there, until the officer confirms.
    readable = _plain_files(data_dir)
    assert readable and all(name.startswith(conversion.UNENCRYPTED_FOLDER + os.sep) for name in readable)
    assert len(readable) == 3
    assert keys.delete_unencrypted_copy(data_dir) == kept
    assert _plain_files(data_dir) == [] and keys.unencrypted_copy(data_dir) is None


def test_an_encrypted_backup_of_before_the_conversion_can_be_restored(
        old_folder: tuple[Path, dict[str, list[tuple[object, ...]]]]) -> None:
    """The backups the conversion encrypted stay usable: a restore puts one back."""
    data_dir, expected = old_folder
    desk = open_desk(data_dir=data_dir)
    older = backups.list_backups(desk)[-1]
    result = backups.restore_backup(desk, backup_id=older.id)
    try:
        assert snapshot(database_file(result.desk)) == expected
    finally:
        result.desk.close()


def test_a_conversion_that_fails_leaves_the_register_as_it_was(
        old_folder: tuple[Path, dict[str, list[tuple[object, ...]]]], monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk (or a crash) half-way: the unencrypted register is still whole under its name,
    no half-encrypted file lies around, and the next start converts it."""
    data_dir, expected = old_folder
    path = paths.database_path(data_dir)

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(conversion.os, "replace", full_disk)
    with pytest.raises(DatabaseUnavailable, match="could not be encrypted"):
        open_desk(data_dir=data_dir)
    assert cipher.is_plain(path) and snapshot(path) == expected
    assert not list(data_dir.glob("*.partial"))
    monkeypatch.undo()
    open_desk(data_dir=data_dir).close()
    assert cipher.is_encrypted(path) and snapshot(path) == expected


def test_a_migration_fixture_is_encrypted_as_it_is_opened(data_dir: Path) -> None:
    """The registers of the oldest versions (plain files) open, upgrade and come out encrypted."""
    shutil.copyfile(FIXTURES / "schema-0001.sqlite", paths.database_path(data_dir))
    desk = open_desk(data_dir=data_dir)
    desk.close()
    assert cipher.is_encrypted(paths.database_path(data_dir))
    listed = backups.list_folder_backups(data_dir)
    assert listed and all(cipher.is_encrypted(info.path) for info in listed), "the pre-migration copy too"


def test_the_command_line_says_so_and_deletes_the_unencrypted_copy_on_request(
        old_folder: tuple[Path, dict[str, list[tuple[object, ...]]]], capsys: pytest.CaptureFixture[str]) -> None:
    """A script sees once that the register was encrypted and where the originals are; the
    officer deletes them with one command."""
    data_dir, _expected = old_folder
    assert main(["--data-dir", str(data_dir), "initiatives", "list"]) == 0
    assert "key delete-unencrypted" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "initiatives", "list"]) == 0
    assert capsys.readouterr().err == "", "said once, not at every command"
    assert main(["--data-dir", str(data_dir), "key", "status"]) == 0
    assert "unencrypted copy" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "key", "delete-unencrypted"]) == 0
    assert "deleted" in capsys.readouterr().out
    assert _plain_files(data_dir) == []


def test_the_app_offers_to_delete_the_unencrypted_copy(
        qtbot: object, old_folder: tuple[Path, dict[str, list[tuple[object, ...]]]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """At start, while the originals are kept, the officer is asked; 'Keep it for now' keeps them."""
    from PySide6.QtWidgets import QMessageBox

    from fourthpillar.ui.passphrase import offer_to_delete_unencrypted

    data_dir, _expected = old_folder
    open_desk(data_dir=data_dir).close()
    answers = iter(["keep", "delete"])

    def answer(box: QMessageBox) -> int:
        wanted = next(answers)
        for button in box.buttons():
            role = box.buttonRole(button)
            if (wanted == "delete") == (role == QMessageBox.ButtonRole.DestructiveRole):
                button.click()
                break
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert offer_to_delete_unencrypted(data_dir) is False and keys.unencrypted_copy(data_dir) is not None
    assert offer_to_delete_unencrypted(data_dir) is True and keys.unencrypted_copy(data_dir) is None
    assert offer_to_delete_unencrypted(data_dir) is False, "nothing to ask once they are gone"


def test_unencrypted_damaged_files_are_encrypted_or_kept_only_until_confirmed(desk: Desk, register: Register) -> None:
    """A recovery of before encryption at rest left the damaged register unencrypted in
    ``damaged/``, with its -wal: at the next start a readable one is encrypted, one too damaged
    to be copied joins the unencrypted originals, and once the officer confirms nothing of the
    person is readable in the data folder any more."""
    desk.close()
    assert desk.data_dir is not None
    register_file = database_file(desk)
    readable = plant_unencrypted_damaged(register_file, readable=True, stamp="20250101T080000Z")
    broken = plant_unencrypted_damaged(register_file, readable=False, stamp="20250202T080000Z")
    expected = snapshot(readable)
    open_desk(data_dir=desk.data_dir).close()
    assert cipher.is_encrypted(readable) and snapshot(readable) == expected
    assert files.check_file(readable, read_only=True).ok
    assert not broken.exists() and not Path(f"{readable}-wal").exists()
    kept = keys.unencrypted_copy(desk.data_dir)
    assert kept is not None
    found = _plain_files(desk.data_dir)
    assert found and all(name.startswith(conversion.UNENCRYPTED_FOLDER + os.sep) for name in found), found
    assert (kept / "damaged" / broken.name).exists(), "the unreadable one is kept until confirmed, not lost"
    open_desk(data_dir=desk.data_dir).close()
    assert conversion.plain_damaged(register_file) == [], "nothing left to do at the next start"
    keys.delete_unencrypted_copy(desk.data_dir)
    assert _plain_files(desk.data_dir) == []
