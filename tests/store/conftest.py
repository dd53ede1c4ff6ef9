"""Store-level fixtures: a migrated database on SQLite and on PostgreSQL, and a few records in it.

The store's promises (schema, types, versions, lists, search, errors) must hold on both: an
office that moves its register to a shared PostgreSQL server must see the same register.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from fourthpillar import paths
from fourthpillar.store.database import Database, open_database
from fourthpillar.store.migrate import upgrade_database


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Database]:
    """An empty register at the current schema: a new SQLite file, or a copy of the migrated
    PostgreSQL template (skipped without a server, failed with FOURTHPILLAR_REQUIRE_POSTGRES)."""
    if request.param == "sqlite":
        opened = open_database(paths.sqlite_url(data_dir))
        upgrade_database(opened)
        yield opened
        opened.dispose()
        return
    url: str = request.getfixturevalue("postgres_template")
    name = f"fp_store_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name} TEMPLATE fp_template"))
    opened = open_database(url.rsplit("/", 1)[0] + "/" + name)
    try:
        yield opened
    finally:
        opened.dispose()
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()
