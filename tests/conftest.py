"""Shared fixtures: every test works on real SQLite files in its own temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from fourthpillar.services import officers
from fourthpillar.services.desk import Desk, open_desk


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def desk(data_dir: Path) -> Iterator[Desk]:
    """A fresh register in a temporary data folder, with an officer signed in."""
    opened = open_desk(data_dir=data_dir)
    officers.sign_in(opened, name="An Peeters", region="antwerpen")
    yield opened
    opened.close()
