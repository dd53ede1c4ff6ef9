"""The desk: an open database plus who is working at it and on which replica."""

from __future__ import annotations

import json
import os
import tempfile
import uuid
from collections.abc import Callable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from fourthpillar import paths
from fourthpillar.services import keys
from fourthpillar.store.database import Database
from fourthpillar.store.database import describe_refusal
from fourthpillar.store.database import open_database
from fourthpillar.store.database import sqlite_file
from fourthpillar.store.errors import KnownError
from fourthpillar.store.logins import Login
from fourthpillar.store.logins import connected_login
from fourthpillar.store.migrate import upgrade_database
from fourthpillar.store.models import Meta
from fourthpillar.sync import trust

CONFIG_FILE = "config.json"


@dataclass
class Desk:
    """What every use case needs: the database, the acting officer and this replica's id."""

    database: Database
    replica_id: str
    data_dir: Path | None = None
    officer_id: str | None = None
    config: dict[str, Any] = field(default_factory=dict)
    #: On the shared PostgreSQL database: the login connected and its role (None on SQLite).
    login: Login | None = None

    def close(self) -> None:
        self.database.dispose()

    def register_file(self, refusal: Callable[[], KnownError]) -> Path:
        """The register's SQLite file, for what only a file of ours has (backups, a passphrase);
        a shared database is its server's matter: *refusal* says so."""
        path = self.database.sqlite_path
        if path is None:
            raise refusal()
        return path


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside *path*, flush it to disk, then rename over *path*."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load_config(data_dir: Path) -> dict[str, Any]:
    path = data_dir / CONFIG_FILE
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def save_config(desk: Desk) -> None:
    if desk.data_dir is None:
        return
    desk.config["officer_id"] = desk.officer_id
    payload = json.dumps(desk.config, indent=2, ensure_ascii=False).encode("utf-8")
    write_atomically(desk.data_dir / CONFIG_FILE, payload)


def _ensure_replica_id(database: Database) -> str:
    with database.session() as session:
        meta = session.get(Meta, "replica_id")
        if meta is None:
            meta = Meta(key="replica_id", value=str(uuid.uuid4()))
            session.add(meta)
        trust.ensure_own_keys(session)  # a register gets its key pair when it is made
        return meta.value


def configured_database_url(database_url: str | None, config: Mapping[str, Any]) -> str | None:
    """Where the register is: *database_url* (``--database-url``), else ``$FOURTHPILLAR_DATABASE_URL``,
    else the data folder's config.json; None for the folder's own SQLite file."""
    url = database_url or os.environ.get("FOURTHPILLAR_DATABASE_URL") or config.get("database_url")
    return url if isinstance(url, str) and url else None


def open_desk(*, data_dir: str | os.PathLike[str] | None = None,
              database_url: str | None = None, password: str | None = None) -> Desk:
    """Open (creating and upgrading as needed) the register in *data_dir* or at *database_url*.

    A SQLite register is encrypted (:mod:`fourthpillar.services.keys` finds its passphrase).
    Raises :class:`fourthpillar.store.errors.DatabaseUnavailable` with a readable message when
    the database cannot be opened (also a wrong or missing passphrase). *password* is a server
    database's (``services.office_password`` finds it); libpq's own sources are tried without one.
    """
    folder = paths.data_dir(data_dir)
    paths.make_tree_private(folder)
    config = load_config(folder)
    url = configured_database_url(database_url, config) or paths.sqlite_url(folder)
    sqlite_path = sqlite_file(url)
    if sqlite_path is not None:
        keys.unlock(sqlite_path)
        keys.encrypt_if_plain(sqlite_path)  # a register of before encryption at rest, once
    database = open_database(url, password=password)
    try:
        try:
            upgrade_database(database)
            replica_id = _ensure_replica_id(database)
            login = connected_login(database)
        except DBAPIError as error:
            # An officer's login on a register its owner has not upgraded yet, for one.
            refusal = describe_refusal(error)
            if refusal is None:
                raise
            raise refusal from error
    except BaseException:
        database.dispose()
        raise
    officer_id = config.get("officer_id")
    if login is not None and login.officer_id is not None:
        # On the shared database an officer works as their own login, whatever this folder remembers.
        officer_id = login.officer_id
    return Desk(database=database, replica_id=replica_id, data_dir=folder,
                officer_id=officer_id if isinstance(officer_id, str) else None, config=config, login=login)


def open_new_register(folder: Path, path: Path) -> Desk:
    """A desk on a new register made at *path*, which is to become *folder*'s own register
    (:mod:`fourthpillar.services.staging`): encrypted with the passphrase already chosen for it
    (``keys.unlock`` of the folder's register)."""
    database = open_database(f"sqlite:///{path}")
    try:
        upgrade_database(database)
        replica_id = _ensure_replica_id(database)
    except BaseException:
        database.dispose()
        raise
    return Desk(database=database, replica_id=replica_id, data_dir=folder, config=load_config(folder))


def replica_id(desk: Desk) -> str:
    with desk.database.session() as session:
        return session.scalars(select(Meta.value).where(Meta.key == "replica_id")).one()
