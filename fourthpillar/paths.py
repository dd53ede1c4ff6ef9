"""Where the data folder is: ``--data-dir``, then ``FOURTHPILLAR_DATA_DIR``, then platformdirs.

The data folder holds personal data (the register, its backups, sync state): on POSIX it is
0700 and every file the app writes in it 0600, whatever the umask (a shared or stolen laptop's
other accounts must not read it). Windows keeps a profile folder private to its user already.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "FourthPillarDesk"
APP_AUTHOR = "11.11.11"
DATABASE_FILE = "fourthpillar.sqlite3"
#: Modes of the data folder (and its sub-folders) and of every file the app writes in it.
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use, created if missing, readable by its owner only."""
    return private_folder(data_dir_path(explicit))


def data_dir_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Where the data folder to use is, without making it (a checkout makes it, and removes it
    again when it refuses the package)."""
    if explicit:
        path = Path(explicit)
    elif os.environ.get("FOURTHPILLAR_DATA_DIR"):
        path = Path(os.environ["FOURTHPILLAR_DATA_DIR"])
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    return path.expanduser().resolve()


def private_folder(path: Path) -> Path:
    """*path* as a folder (made with its parents if missing) that only its owner can open."""
    path.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    make_private(path, PRIVATE_FOLDER)
    return path


def make_private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Give *path* *mode* on POSIX: one made by an older version, or by a tool, has the umask's mode.

    Best effort: a file of another user's, or on a file system without modes (a FAT stick), is
    left as it is rather than stopping the desk.
    """
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)


def make_tree_private(folder: Path) -> None:
    """Make every folder and file under *folder* private: those an older version left with the
    umask's modes (its backups, say). A data folder holds a few dozen files: this takes no time."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        for path in folder.rglob("*"):
            if not path.is_symlink():
                make_private(path, PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE)


def create_private_file(path: Path) -> None:
    """Create *path* empty and 0600 if it does not exist (SQLite would create it with the umask's
    mode, and gives its -wal and -shm the database file's mode); make an existing one 0600."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        make_private(path)
        return
    os.close(descriptor)


def database_path(folder: Path) -> Path:
    return folder / DATABASE_FILE


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{database_path(folder)}"
