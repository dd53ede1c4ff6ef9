"""The office and a field laptop checked out from it, for the sync tests that need no more
(a test module that needs another office, on PostgreSQL too, or a laptop of a province,
defines its own)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import checkout

from fourthpillar.services.desk import Desk


@pytest.fixture
def office(desk: Desk) -> Desk:
    return desk


@pytest.fixture
def laptop(office: Desk, tmp_path: Path) -> Iterator[Desk]:
    desk = checkout(office, tmp_path, name="Bert Claes")
    yield desk
    desk.close()
