"""Opening the database: SQLite by default (WAL, foreign keys, busy timeout) or any SQLAlchemy
URL (PostgreSQL for a shared office database). The engine is made here, never at import time.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy import create_engine
from sqlalchemy import event
from sqlalchemy import make_url
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy.exc import ArgumentError
from sqlalchemy.exc import DatabaseError
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from fourthpillar import paths
from fourthpillar.i18n import translate
from fourthpillar.store import cipher
from fourthpillar.store.addresses import hiding_password
from fourthpillar.store.addresses import location
from fourthpillar.store.errors import DatabaseUnavailable
from fourthpillar.store.errors import LoginRefused
from fourthpillar.store.errors import NotAllowed
from fourthpillar.store.errors import SessionEnded
from fourthpillar.store.errors import StaleRecord
from fourthpillar.store.errors import WritingBlocked
from fourthpillar.store.errors import not_allowed
from fourthpillar.store.models import ENTITY_NAMES
from fourthpillar.store.models import Record

BUSY_TIMEOUT_MS = 10_000
#: Each connection's page cache in KiB (SQLCipher's default is 8,000 KiB).
#: An encrypted page is decrypted and its HMAC checked each time it
#: is read into the cache, which costs more than the copy from the system's file cache an
#: unencrypted file needed: a search's count read 20,000 requests in 25 ms instead of 6 with the
#: default cache, 8 with 32 MiB. On 50,000 initiatives a requests search ("crow", matching
#: requests and initiatives) reads between 32 and 64 MiB of pages: 71 ms with 32 MiB (every
#: search decrypts them again), 14 ms with 64 MiB. SQLite takes the memory only as pages are read.
CACHE_KIB = 98_304


def _on_sqlite_connect(dbapi_connection: cipher.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    finally:
        cursor.close()


def _on_sqlite_close(dbapi_connection: cipher.Connection, _record: Any) -> None:
    # SQLite's advice for long-lived connections: before closing, let it refresh the planner
    # statistics of tables that have grown a lot (or never had any). Without statistics the
    # lists of a large register are planned as if the tables were nearly empty (bench/run.py).
    # Only an optimisation: a busy or read-only database is closed all the same.
    with contextlib.suppress(cipher.Error):
        dbapi_connection.execute("PRAGMA optimize")


@dataclass
class Database:
    """An open database: the engine and the factory for one-per-action sessions."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    #: Why nothing may be written any more (:meth:`block_writing`), or None.
    writing_blocked: str | None = None

    def block_writing(self, reason: str) -> None:
        """From now on refuse every write with :class:`WritingBlocked` saying *reason* (a damaged
        SQLite file: writing into it could spread the damage). Reads go on; a connection in the
        middle of a write finishes it."""
        if self.writing_blocked is None and self.is_sqlite:
            event.listen(self.engine, "checkout", self._read_only_checkout)
        self.writing_blocked = reason

    def _read_only_checkout(self, dbapi_connection: cipher.Connection, _record: Any, _proxy: Any) -> None:
        # SQLite itself refuses every write on this connection (SQLITE_READONLY), whatever issues it.
        dbapi_connection.execute("PRAGMA query_only = ON")

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
            if self.writing_blocked is not None and "readonly" in str(error.orig).lower():
                raise WritingBlocked(self.writing_blocked) from error
            raise describe_operational_error(error, self.url) from error
        except DBAPIError as error:
            session.rollback()
            refusal = describe_refusal(error)
            if refusal is None:
                raise
            raise refusal from error
        except MemoryError as error:
            # SQLCipher's word for a page that fails its check (the pager reads no page at all).
            with contextlib.suppress(Exception):
                session.rollback()
            raise unreadable_page(self.url) from error
        except StaleDataError as error:
            # Another session saved one of these records after this one read it: the ORM's
            # "AND version = :old" matched no row. Nothing was written; say which record.
            session.rollback()
            raise self._stale(session.info.get(_SAVING, [])) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()

    def _stale(self, saving: list[tuple[type[Record], str, int]]) -> StaleRecord:
        """The :class:`StaleRecord` for the first record of *saving* whose stored version moved on."""
        with self.sessions() as session:
            for model, record_id, version in saving:
                stored = session.scalar(select(model.version).where(model.id == record_id))
                if stored is not None and stored != version:
                    return StaleRecord(ENTITY_NAMES.get(model, model.__tablename__), record_id, version, stored)
        model, record_id, version = saving[0] if saving else (Record, "?", 0)
        return StaleRecord(ENTITY_NAMES.get(model, "record"), record_id, version, version)


#: What drivers say when no server answers at the address (PostgreSQL's libpq, in lower case).
_UNREACHABLE = (
    "connection refused", "could not connect", "timeout expired", "timed out", "no route to host",
    "network is unreachable", "failed to resolve host", "could not translate host name", "name or service not known",
    "server closed the connection unexpectedly",
    # libpq's own words (English: PGLOCALEDIR below) before the system's reason, which the C library
    # gives in the machine's language once Qt has set the locale ("verbinding is geweigerd").
    "connection to server at", "connection to server on socket",
)


#: session.info key: (model, id, version read) of the records the session's last flush saved.
_SAVING = "fourthpillar_saving"


def _remember_saving(session: Session, _context: Any, _instances: Any) -> None:
    # After a failed flush the records' attributes are expired and cannot be read any more:
    # keep what a StaleRecord message needs beforehand.
    session.info[_SAVING] = [(type(record), record.id, record.version) for record in session.dirty
                             if isinstance(record, Record)]


#: PostgreSQL's error codes for two of the messages below, which come in the server's language.
_LOGIN_REFUSED = ("28P01", "28000")
_NO_SUCH_DATABASE = "3D000"
#: admin_shutdown: pg_terminate_backend (an officer's login disabled: migration 0013) or a server stopping.
_SESSION_ENDED = "57P01"
#: libpq translates its own messages ("connection refused") into the machine's language, where the
#: words below would no longer be found; pointed at no catalogue, it speaks English.
_LIBPQ_IN_ENGLISH = ("PGLOCALEDIR", "/dev/null/no-translations")
os.environ.setdefault(*_LIBPQ_IN_ENGLISH)  # libpq reads it once, at its first message: before any connection
#: SQLSTATEs of a refusal: insufficient_privilege (grants, row-level security, our triggers)
#: and read_only_sql_transaction (a login whose transactions are read-only).
_REFUSED = {"42501": None, "25006": "read-only"}


def describe_refusal(error: DBAPIError) -> NotAllowed | None:
    """The one line for the shared database refusing this login something (migration 0007),
    naming what it may not do without SQL, parameters or values; None for any other error."""
    sqlstate = getattr(error.orig, "sqlstate", None)
    if sqlstate not in _REFUSED:
        return None
    reason = _REFUSED[sqlstate]
    if reason is None:
        diag = getattr(error.orig, "diag", None)
        message = str(getattr(diag, "message_primary", None) or "")
        table = str(getattr(diag, "table_name", None) or "")
        if message.startswith("fourthpillar:"):
            reason = message.removeprefix("fourthpillar:")
        elif "row-level security" in message:
            reason = message.rsplit('"', 2)[-2] + ":rls" if message.count('"') >= 2 else ""
            reason = reason if reason == "initiative:rls" else reason.removesuffix(":rls")
        elif message.startswith("must be owner"):
            reason = "owner"
        else:
            reason = table or message.rsplit(" ", 1)[-1]
    return not_allowed(reason)


def unreadable_page(url: str) -> DatabaseUnavailable:
    """What a page that fails SQLCipher's check (it raises MemoryError then) means to the user."""
    return DatabaseUnavailable(translate(
        "Errors", "the database {where} cannot be read: one of its pages is damaged (or the computer ran out of memory)"
    ).format(where=location(url)))


def describe_operational_error(error: DatabaseError, url: str) -> DatabaseUnavailable:
    """Turn a driver error into a sentence for the user."""
    original = getattr(error, "orig", error)
    message = str(original).lower()
    where = location(url)
    state = getattr(original, "sqlstate", None)
    if state == _SESSION_ENDED:
        return SessionEnded(translate(
            "Errors", "the database server of {where} ended this session (an admin disabled this login, or the "
                      "server is stopping); what was under way was not written").format(where=where))
    if state in _LOGIN_REFUSED:
        message = "password authentication failed"
    elif state == _NO_SUCH_DATABASE:
        message = "database does not exist"
    if "locked" in message or "busy" in message:
        return DatabaseUnavailable(translate(
            "Errors", "the database {where} is in use by another program (locked)").format(where=where))
    if "not a database" in message or "malformed" in message or "file is encrypted" in message:
        return DatabaseUnavailable(translate(
            "Errors", "{where} is not a readable database (damaged or another kind of file)").format(where=where))
    if "unable to open" in message or "readonly" in message or "read-only" in message:
        return DatabaseUnavailable(translate("Errors", "the database {where} cannot be opened for writing").format(
            where=where))
    if "is not permitted to log in" in message:  # the server's own words (before libpq's "connection to server")
        return SessionEnded(translate(
            "Errors", "the database server of {where} refused this login: it is disabled (an admin can enable it "
                      "again)").format(where=where))
    if "password authentication failed" in message or "no password supplied" in message or (
            "role" in message and "does not exist" in message):
        return LoginRefused(translate(
            "Errors", "the database server of {where} did not accept the user name or password").format(where=where),
            password_missing="no password supplied" in message)
    if "database" in message and "does not exist" in message:
        return DatabaseUnavailable(translate("Errors", "the database {where} does not exist on that server").format(
            where=where))
    if any(sign in message for sign in _UNREACHABLE):
        return DatabaseUnavailable(translate(
            "Errors", "the database server of {where} cannot be reached (is it running, and are the address and port "
                      "right?)").format(where=where))
    if "disk" in message and "full" in message:
        return DatabaseUnavailable(translate("Errors", "the disk holding {where} is full").format(where=where))
    return DatabaseUnavailable(translate("Errors", "the database {where} cannot be used: {message}").format(
        where=where, message=message))


def sqlite_file(url: str) -> Path | None:
    """The file a ``sqlite:///`` address points at (None for another database or an in-memory one)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        return None
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _keep_private(path: Path) -> None:
    """Create the SQLite file 0600 before SQLite does (its -wal and -shm take the file's mode);
    an older version's files, made with the umask's mode, become 0600 too."""
    with contextlib.suppress(OSError):  # a folder that is missing: SQLite says so below
        paths.create_private_file(path)
        for extra in ("-wal", "-shm"):
            paths.make_private(Path(f"{path}{extra}"))


def _sqlite_engine(url: str) -> Engine:
    """An engine whose connections are SQLCipher's, unlocked with the file's key (:mod:`.cipher`)."""
    path = sqlite_file(url)
    if path is None:
        return create_engine(url, module=cipher.driver, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _keep_private(path)
    cipher.key_of(path)  # Locked or WrongKey now, as one line, rather than from inside the pool

    def connect() -> cipher.Connection:
        # What SQLAlchemy passes for a file database; a pool connection may move between threads.
        return cipher.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    return create_engine(url, module=cipher.driver, creator=connect)


def open_database(url: str, *, password: str | None = None) -> Database:
    """Connect to *url* and check that it answers; raise :class:`DatabaseUnavailable` if not.

    *password* (a server database's, typed at sign-in or from the keychain) goes to the driver
    with each connection, never into the address, which messages and settings show.
    """
    try:
        if url.startswith("sqlite"):
            engine = _sqlite_engine(url)
            event.listen(engine, "connect", _on_sqlite_connect)
            event.listen(engine, "close", _on_sqlite_close)
        else:
            engine = create_engine(url, pool_pre_ping=True,
                                   connect_args={"password": password} if password is not None else {})
    except (ArgumentError, ImportError, ValueError) as error:
        # A mistyped address ("postgres:/host/db", a port that is not a number) or a database kind
        # without its driver.
        raise DatabaseUnavailable(translate("Errors", "{where} is not a database address this program can use "
                                                      "(expected sqlite:///path or postgresql+psycopg://user@host/name)"
                                            ).format(where=hiding_password(url))) from error
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            if engine.dialect.name == "sqlite":
                # Reading the schema is what fails on a file that is not a database.
                connection.execute(text("SELECT count(*) FROM sqlite_master"))
    except DatabaseError as error:
        engine.dispose()
        raise describe_operational_error(error, url) from error
    except MemoryError as error:
        engine.dispose()
        raise unreadable_page(url) from error
    sessions = sessionmaker(engine, expire_on_commit=False)
    event.listen(sessions, "before_flush", _remember_saving)
    return Database(url=url, engine=engine, sessions=sessions)
