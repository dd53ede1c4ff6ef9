"""Bring a database to the current schema at start-up, after taking a copy of the file.

Alembic is imported only when an upgrade is due: at an ordinary start the schema is already
current, and importing Alembic would add about a third of a second to every start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from fourthpillar.i18n import translate
from fourthpillar.store.backup import backups_dir
from fourthpillar.store.backup import restore_into
from fourthpillar.store.backup import write_backup
from fourthpillar.store.database import Database
from fourthpillar.store.database import describe_operational_error
from fourthpillar.store.database import describe_refusal
from fourthpillar.store.errors import DatabaseUnavailable

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

MIGRATIONS = Path(__file__).with_name("migrations")

#: The newest revision in migrations/versions. A test compares it with Alembic's own view of
#: the head, so adding a migration without updating this fails the suite.
SCHEMA_HEAD = "0020"


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def migrate_to(connection: Connection, revision: str, *, down: bool = False) -> None:
    """Upgrade (*down*: downgrade) the database behind *connection* to *revision*, within the
    connection's transaction (the caller commits, or rolls back on any error)."""
    from alembic import command

    config = _config()
    config.attributes["connection"] = connection
    (command.downgrade if down else command.upgrade)(config, revision)


def head_revision() -> str:
    return SCHEMA_HEAD


def alembic_head_revision() -> str:
    """The head as Alembic reads it from the migration scripts (slow: imports Alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _copy_before_upgrade(path: Path, revision: str | None) -> Path:
    """A consistent copy in the backups folder via SQLite's backup API (safe with WAL)."""
    return write_backup(path, backups_dir(path), reason="migration").path


def upgrade_database(database: Database) -> Path | None:
    """Upgrade to head; return the pre-upgrade copy's path when one was taken.

    A brand-new (empty) database gets no copy. If the upgrade fails, the copy is put back and
    :class:`DatabaseUnavailable` says so.
    """
    try:
        current = current_revision(database)
    except DatabaseError as error:
        # A login with no right to read the register (migration 0007) is told so in one line.
        raise (describe_refusal(error) or describe_operational_error(error, database.url)) from error
    if current == head_revision():
        return None
    path = database.sqlite_path
    copy: Path | None = None
    if path is not None and current is not None and path.exists():
        copy = _copy_before_upgrade(path, current)
    try:
        with database.engine.begin() as connection:
            migrate_to(connection, "head")
    except Exception as error:
        if copy is not None and path is not None:
            database.dispose()
            restore_into(copy, path)
            raise DatabaseUnavailable(
                translate("Errors", "the database could not be upgraded ({error}); it was restored from {copy}").format(
                    error=error, copy=copy.name)
            ) from error
        raise
    return copy
