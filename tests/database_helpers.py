"""Test databases shared by the test folders (importable: tests/ is on the path via its conftest)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine
from sqlalchemy import text


@contextmanager
def postgres_copy(request: pytest.FixtureRequest, prefix: str = "fp_test") -> Iterator[str]:
    """The URL of a new database copied from the migrated template, dropped afterwards (even
    when a connection is still open). Skips without a server, as ``postgres_template`` does."""
    url: str = request.getfixturevalue("postgres_template")
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name} TEMPLATE fp_template"))
    try:
        yield url.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()
