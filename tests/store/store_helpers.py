"""Databases and records for the store tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from database_helpers import postgres_copy

from fourthpillar import paths
from fourthpillar.store.database import Database
from fourthpillar.store.database import open_database
from fourthpillar.store.migrate import upgrade_database
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Record
from fourthpillar.store.search import name_key


@contextmanager
def fresh_database(request: pytest.FixtureRequest, kind: str, folder: Path) -> Iterator[Database]:
    """An empty register at the current schema: a new SQLite file in *folder*, or a copy of the
    migrated PostgreSQL template (skipped without a server, failed with FOURTHPILLAR_REQUIRE_POSTGRES)."""
    if kind == "sqlite":
        opened = open_database(paths.sqlite_url(folder))
        upgrade_database(opened)
        try:
            yield opened
        finally:
            opened.dispose()
        return
    with postgres_copy(request, "fp_store") as url:
        opened = open_database(url)
        try:
            yield opened
        finally:
            opened.dispose()


def initiative(name: str, **values: object) -> Initiative:
    """An initiative as the services would store it (name_key derived from the name)."""
    return Initiative(name=name, name_key=name_key(name), **values)


def add_all(database: Database, *records: Record) -> list[str]:
    """Store *records* in one transaction; their ids."""
    with database.session() as session:
        session.add_all(records)
        session.flush()
        return [record.id for record in records]
