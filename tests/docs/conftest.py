"""Qt fixtures for the guide's tests: settings in a temporary folder, offscreen noise ignored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

#: Harmless messages of Qt's offscreen platform plugin (it cannot resize native windows).
OFFSCREEN_NOISE = r"This plugin does not support (propagateSizeHints|raise)\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/docs/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: object) -> Iterator[None]:
    """Every test gets its own empty QSettings, never the officer's real ones."""
    QCoreApplication.setOrganizationName("FourthPillarTests")
    QCoreApplication.setApplicationName("FourthPillarDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    QSettings().clear()
