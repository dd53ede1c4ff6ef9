"""Qt fixtures for the guide's tests: settings in a temporary folder (offscreen noise is ignored by
tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def every_test_has_isolated_settings(isolated_settings: None) -> None:
    """Every test gets its own empty QSettings (the shared fixture), never the officer's real ones."""
