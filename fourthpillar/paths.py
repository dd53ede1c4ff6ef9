"""Where the data folder is: ``--data-dir``, then ``FOURTHPILLAR_DATA_DIR``, then platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "FourthPillarDesk"
APP_AUTHOR = "11.11.11"
DATABASE_FILE = "fourthpillar.sqlite3"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use, created if missing."""
    if explicit:
        path = Path(explicit)
    elif os.environ.get("FOURTHPILLAR_DATA_DIR"):
        path = Path(os.environ["FOURTHPILLAR_DATA_DIR"])
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path = path.expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(folder: Path) -> Path:
    return folder / DATABASE_FILE


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{database_path(folder)}"
