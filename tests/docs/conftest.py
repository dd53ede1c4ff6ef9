"""Qt fixtures for the guide's tests: settings in a temporary folder, offscreen noise ignored."""

from __future__ import annotations

import pytest

#: Harmless messages of Qt's offscreen platform plugin (it cannot resize native windows).
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise)\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/docs/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def every_test_has_isolated_settings(isolated_settings: None) -> None:
    """Every test gets its own empty QSettings (the shared fixture), never the officer's real ones."""
