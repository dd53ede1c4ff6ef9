"""The diagnostics an officer copies into a problem report: enough for a maintainer, nothing
about the register's people, nor the database's address or password."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fourthpillar import __version__
from fourthpillar import logs
from fourthpillar.export.atomic import OutputExists
from fourthpillar.services import diagnostics
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.LOG_DIR_VARIABLE, str(folder))
    logs.setup_logging()
    yield folder
    monkeypatch.undo()
    logs.setup_logging()


@pytest.mark.parametrize(("url", "kind"), [
    ("postgresql+psycopg://jan.peeters:Geheim123@db.kantoor.local:5432/register", "postgresql"),
    ("postgresql://db.kantoor.local/register", "postgresql"),
    ("sqlite:////home/jan.peeters/FourthPillarDesk/fourthpillar.sqlite3", "sqlite"),
    ("", "unknown"),
    ("not a url", "unknown"),
])
def test_the_database_is_named_only_by_its_kind(url: str, kind: str) -> None:
    """Otherwise a pasted report carries the office database's password, host or a login name."""
    assert diagnostics.database_kind(url) == kind


def test_the_report_holds_version_system_database_replica_and_the_log(log_folder: Path, desk: Desk) -> None:
    """Otherwise maintainers must ask back for each of these, or read a name in the report."""
    saved = initiatives.register_initiative(desk, values={"name": "Vzw Geheimnaam"})
    text = diagnostics.diagnostics_text(diagnostics.collect(desk, qt_version="6.7.1", error="File x\nKeyError"))
    assert __version__ in text and "6.7.1" in text and "sqlite" in text
    assert desk.replica_id in text
    assert diagnostics.system_name() in text
    assert "create initiative " + saved.id in text
    assert "KeyError" in text
    for private in ("Vzw Geheimnaam", desk.database.url, str(desk.data_dir)):
        assert private not in text


def test_without_an_open_register_the_report_still_comes(log_folder: Path) -> None:
    """Otherwise the one time a report matters most, when the register will not open, there is none."""
    text = diagnostics.diagnostics_text(diagnostics.collect(None))
    assert "not open" in text and __version__ in text


def test_saving_writes_the_whole_text_and_keeps_an_existing_file(tmp_path: Path) -> None:
    """Otherwise a saved report is cut short or replaces a file without asking."""
    target = tmp_path / "diagnostics.txt"
    diagnostics.save_diagnostics(target, "regel 1\nregel 2\n")
    assert target.read_text(encoding="utf-8") == "regel 1\nregel 2\n"
    with pytest.raises(OutputExists):
        diagnostics.save_diagnostics(target, "anders")
    diagnostics.save_diagnostics(target, "anders", overwrite=True)
    assert target.read_text(encoding="utf-8") == "anders"
    assert not [name for name in os.listdir(tmp_path) if name.startswith(".")]
