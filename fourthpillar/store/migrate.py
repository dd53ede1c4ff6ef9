"""Bring a database to the current schema at start-up, after taking a copy of the file."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import DatabaseError

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
    """A consistent copy via SQLite's backup API (safe with WAL, unlike copying the file)."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.before-{revision or 'empty'}-{stamp}{path.suffix}")
    partial = target.with_suffix(target.suffix + ".partial")
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    partial.replace(target)
    return target


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
            shutil.copyfile(copy, path)
            raise DatabaseUnavailable(
                f"the database could not be upgraded ({error}); it was restored from {copy.name}"
            ) from error
        raise
    return copy
