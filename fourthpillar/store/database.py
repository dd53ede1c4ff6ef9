"""Opening the database: SQLite by default (WAL, foreign keys, busy timeout) or any SQLAlchemy
URL (PostgreSQL for a shared office database). The engine is made here, never at import time.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from fourthpillar.i18n import translate
from fourthpillar.store.errors import DatabaseUnavailable

BUSY_TIMEOUT_MS = 10_000


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _on_sqlite_close(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # SQLite's advice for long-lived connections: before closing, let it refresh the planner
    # statistics of tables that have grown a lot (or never had any). Without statistics the
    # lists of a large register are planned as if the tables were nearly empty (bench/run.py).
    # Only an optimisation: a busy or read-only database is closed all the same.
    with contextlib.suppress(sqlite3.Error):
        dbapi_connection.execute("PRAGMA optimize")


@dataclass
class Database:
    """An open database: the engine and the factory for one-per-action sessions."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.engine.url.database:
            return None
        return Path(self.engine.url.database)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends normally, rolled back otherwise."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except OperationalError as error:
            session.rollback()
            raise describe_operational_error(error, self.url) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def describe_operational_error(error: DatabaseError, url: str) -> DatabaseUnavailable:
    """Turn a driver error into a sentence for the user."""
    message = str(getattr(error, "orig", error)).lower()
    where = url.split("///", 1)[-1] if url.startswith("sqlite") else url.split("@")[-1]
    if "locked" in message or "busy" in message:
        return DatabaseUnavailable(translate(
            "Errors", "the database {where} is in use by another program (locked)").format(where=where))
    if "not a database" in message or "malformed" in message or "file is encrypted" in message:
        return DatabaseUnavailable(translate(
            "Errors", "{where} is not a readable database (damaged or another kind of file)").format(where=where))
    if "unable to open" in message or "readonly" in message or "read-only" in message:
        return DatabaseUnavailable(translate("Errors", "the database {where} cannot be opened for writing").format(
            where=where))
    if "disk" in message and "full" in message:
        return DatabaseUnavailable(translate("Errors", "the disk holding {where} is full").format(where=where))
    return DatabaseUnavailable(translate("Errors", "the database {where} cannot be used: {message}").format(
        where=where, message=message))


def open_database(url: str) -> Database:
    """Connect to *url* and check that it answers; raise :class:`DatabaseUnavailable` if not."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "close", _on_sqlite_close)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            if engine.dialect.name == "sqlite":
                # Reading the schema is what fails on a file that is not a database.
                connection.execute(text("SELECT count(*) FROM sqlite_master"))
    except DatabaseError as error:
        engine.dispose()
        raise describe_operational_error(error, url) from error
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(url=url, engine=engine, sessions=sessions)
