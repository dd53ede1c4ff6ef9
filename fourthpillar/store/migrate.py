"""Bring a database to the current schema at start-up, after taking a copy of the file."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import DatabaseError

from fourthpillar.i18n import translate
from fourthpillar.store.backup import backups_dir, restore_into, write_backup
from fourthpillar.store.database import Database, describe_operational_error
from fourthpillar.store.errors import DatabaseUnavailable

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


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
        raise describe_operational_error(error, database.url) from error
    if current == head_revision():
        return None
    path = database.sqlite_path
    copy: Path | None = None
    if path is not None and current is not None and path.exists():
        copy = _copy_before_upgrade(path, current)
    try:
        with database.engine.begin() as connection:
            config = _config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
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
