"""The desk's log file: where it is, who may read it, what it says (ids, never names), and the
crash file that catches a hard crash."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fourthpillar import logs
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.LOG_DIR_VARIABLE, str(folder))
    yield folder
    monkeypatch.undo()
    logs.setup_logging()  # back to the suite's folder, so this one can go


def _flushed(path: Path) -> str:
    for handler in logging.getLogger(logs.ROOT_LOGGER).handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_the_log_goes_to_the_log_folder_and_only_the_officer_can_read_it(log_folder: Path) -> None:
    """Otherwise a maintainer asks for a log that is nowhere, or another account on the PC reads it."""
    written = logs.setup_logging()
    assert written == log_folder / logs.LOG_FILE
    assert "started fourthpillar" in _flushed(written)
    if os.name == "posix":
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert logs.setup_logging() == written  # a second start-up call changes nothing
    assert len([h for h in logging.getLogger(logs.ROOT_LOGGER).handlers
                if getattr(h, "baseFilename", "").startswith(str(log_folder))]) == 1


def test_an_edit_is_logged_by_id_never_by_name(log_folder: Path, desk: Desk) -> None:
    """Otherwise the log, which officers send to maintainers, leaks who the office helps."""
    written = logs.setup_logging()
    assert written is not None
    saved = initiatives.register_initiative(desk, values={"name": "Vzw Geheimnaam"})
    initiatives.add_contact(desk, initiative_id=saved.id, values={"name": "Jan Geheim", "email": "geheim@example.org"})
    planned = followups.plan_follow_up(desk, initiative_id=saved.id, values={
        "action": "Bel Jan Geheim", "due_on": "+1w"})
    initiatives.update_initiative(desk, initiative_id=saved.id, changes={"name": "Vzw Andere Geheimnaam"})
    text = _flushed(written)
    assert saved.id in text and planned.id in text
    assert "update initiative " + saved.id + ": name" in text
    for secret in ("Geheim", "geheim@example.org"):
        assert secret not in text
    assert logs.last_lines(3) == text.splitlines()[-3:]


def test_an_unwritable_log_folder_does_not_stop_the_desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         log_folder: Path) -> None:
    """Otherwise a locked-down profile makes the app fail to start over a log."""
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(logs.LOG_DIR_VARIABLE, str(blocker / "logs"))
    assert logs.setup_logging() is None


def test_a_hard_crash_leaves_its_stack_in_the_crash_file(tmp_path: Path) -> None:
    """Otherwise a crash inside Qt closes the window without a trace for the maintainers."""
    folder = tmp_path / "logs"
    code = "from fourthpillar import logs; logs.setup_logging(); import faulthandler; faulthandler._sigsegv()"
    environment = {**os.environ, logs.LOG_DIR_VARIABLE: str(folder),
                   "PYTHONPATH": os.pathsep.join(sys.path)}
    environment.pop("PYTHONFAULTHANDLER", None)
    finished = subprocess.run([sys.executable, "-c", code], env=environment, capture_output=True, timeout=60,
                              check=False)
    assert finished.returncode != 0
    crash = (folder / logs.CRASH_FILE).read_text(encoding="utf-8")
    assert "Fatal Python error" in crash
    if os.name == "posix":
        assert stat.S_IMODE((folder / logs.CRASH_FILE).stat().st_mode) == 0o600


def test_a_command_is_logged_by_its_words_never_its_values(log_folder: Path, desk: Desk, data_dir: Path,
                                                          tmp_path: Path) -> None:
    """Otherwise a command line's log names the officer or initiative it was run for."""
    from fourthpillar.cli.main import main

    desk.close()
    status = main(["--data-dir", str(data_dir), "export", "ics", "followups", "--officer", "Geheime Collega",
                   "--out", str(tmp_path / "f.ics")])
    assert status == 2
    text = _flushed(log_folder / logs.LOG_FILE)
    assert "command: export ics followups" in text
    assert "command refused: CommandError" in text
    assert "Geheime" not in text


def test_an_errors_place_names_no_account_folder() -> None:
    """Otherwise a pasted report carries the officer's login name in every file path."""
    try:
        raise KeyError("x")
    except KeyError:
        _kind, _error, trace = sys.exc_info()
    text = logs.describe_error(KeyError, trace)
    assert 'File "tests/test_logs.py"' in text and text.endswith("builtins.KeyError")
    assert str(Path(__file__).parent.parent) not in text
