"""On a shared or stolen laptop, other accounts must not read the data folder: it is 0700 and every
file the desk writes in it (register, -wal, -shm, backups, sidecars, config, lock, erasure log,
damaged copies) and every sync package is 0600, whatever the umask says."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from safety_helpers import Register
from safety_helpers import damage
from safety_helpers import database_file

from fourthpillar import paths
from fourthpillar.services import backups
from fourthpillar.services import instance
from fourthpillar.services import officers
from fourthpillar.services import privacy
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(autouse=True)
def lax_umask() -> Iterator[None]:
    """The umask most desktops have: without care every file would be readable by everyone."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def _loose(folder: Path) -> list[str]:
    """Everything under *folder* (itself included) that another account could open."""
    found = []
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        expected = paths.PRIVATE_FOLDER if path.is_dir() else paths.PRIVATE_FILE
        if mode != expected:
            found.append(f"{path.relative_to(folder.parent)} {mode:o}")
    return found


def test_everything_the_desk_writes_in_the_data_folder_is_private(desk: Desk, register: Register,
                                                                   tmp_path: Path) -> None:
    """A thief with another account on the laptop (or a curious colleague) would read the register,
    a backup or the erasure log straight off the disk."""
    assert desk.data_dir is not None
    lock = instance.acquire_app_lock(desk.data_dir)
    assert lock is not None
    try:
        backups.create_backup(desk, reason="manual")
        privacy.erase_person(desk, contact_id=register.other_contact_id)
        package = sync.create_first_package(desk, path=desk.data_dir / "first.fpsync")
        assert _loose(desk.data_dir) == []
        assert stat.S_IMODE(package.path.stat().st_mode) == paths.PRIVATE_FILE
    finally:
        lock.release()


def test_a_field_copy_and_its_packages_are_private(desk: Desk, tmp_path: Path) -> None:
    """A field laptop's copy holds the province's contacts: its folder and its packages must be
    private too, also when the packages go to a folder of the officer's choosing."""
    outbox = tmp_path / "usb-stick"
    outbox.mkdir()
    made = sync.create_first_package(desk, path=outbox / "first.fpsync")
    checkout = sync.checkout_package(path=made.path, data_dir=tmp_path / "field", code=made.code or "")
    field = open_desk(data_dir=checkout.data_dir)
    try:
        officers.sign_in(field, name="Jan Peeters", region="oost-vlaanderen")
        sync.create_package(field, for_replica=desk.replica_id, path=outbox / "back.fpsync")
        assert _loose(checkout.data_dir) == []
    finally:
        field.close()
    assert [stat.S_IMODE(path.stat().st_mode) for path in sorted(outbox.iterdir())] == [0o600, 0o600]


def test_a_data_folder_of_an_older_version_becomes_private(tmp_path: Path) -> None:
    """Folders and files made before this version have the umask's modes (755, 644): opening the
    register closes them, or a stolen laptop keeps showing them to every account."""
    folder = tmp_path / "data"
    opened = open_desk(data_dir=folder)
    backups.create_backup(opened, reason="manual")
    opened.close()
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    reopened = open_desk(data_dir=folder)
    try:
        backups.create_backup(reopened, reason="manual")
        assert _loose(folder) == []
    finally:
        reopened.close()


def test_a_damaged_register_kept_aside_is_private(desk: Desk, register: Register) -> None:
    """The damaged file recovery keeps for investigation holds every contact too."""
    assert desk.data_dir is not None
    backups.create_backup(desk, reason="manual")
    desk.close()
    damage(database_file(desk))
    recovery = backups.recover_from_backup(desk.data_dir)
    assert recovery.damaged_path is not None
    assert _loose(desk.data_dir) == []
