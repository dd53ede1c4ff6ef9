"""Store-level fixtures: a migrated database on SQLite and on PostgreSQL.

The store's promises (schema, types, versions, lists, search, errors) must hold on both: an
office that moves its register to a shared PostgreSQL server must see the same register.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_helpers import fresh_database

from fourthpillar.store.database import Database


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Database]:
    """An empty register at the current schema, on SQLite and on PostgreSQL."""
    with fresh_database(request, request.param, data_dir) as opened:
        yield opened
