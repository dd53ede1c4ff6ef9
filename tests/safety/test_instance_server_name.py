"""The running app's local server name: one per data folder, whatever way the folder is spelled."""

from __future__ import annotations

import re
from pathlib import Path

from fourthpillar.services import instance


def test_the_same_folder_gives_the_same_name(tmp_path: Path, monkeypatch: object) -> None:
    """A second launch with a relative or roundabout path must still find the open window."""
    folder = tmp_path / "data"
    folder.mkdir()
    (tmp_path / "elsewhere").mkdir()
    roundabout = tmp_path / "elsewhere" / ".." / "data"
    assert instance.server_name(folder) == instance.server_name(roundabout) == instance.server_name(str(folder) + "/")


def test_other_folders_get_other_names(tmp_path: Path) -> None:
    """Two registers are two windows: a launch on one must not bring the other forward."""
    names = {instance.server_name(tmp_path / f"folder-{number}") for number in range(50)}
    assert len(names) == 50


def test_the_name_is_short_and_plain(tmp_path: Path) -> None:
    """Valid as a Windows pipe name and as a socket file under macOS's long temporary folder (104 bytes)."""
    name = instance.server_name(tmp_path / ("a very long folder name with spaces and ünïcode " * 5))
    assert re.fullmatch(r"[a-z0-9-]+", name) and len(name) <= 40
