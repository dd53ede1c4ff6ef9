"""``fourthpillar demo``: demonstration data from the command line."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from fourthpillar.cli.main import main
from fourthpillar.services import initiatives
from fourthpillar.services.desk import open_desk
from fourthpillar.store.queries import ListQuery


def run(*arguments: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(list(arguments))
        except SystemExit as exit_:
            status = int(exit_.code or 0)
    return status, out.getvalue(), err.getvalue()


def test_demo_adds_initiatives_and_prints_counts(data_dir: Path) -> None:
    """An admin seeding a test register sees what was added, and the list has it."""
    status, out, _ = run("--data-dir", str(data_dir), "demo", "--initiatives", "6", "--seed", "1")
    assert status == 0
    assert "initiatives: 6" in out
    assert "advice requests:" in out and "follow-ups:" in out
    desk = open_desk(data_dir=data_dir)
    try:
        assert initiatives.list_initiatives(desk, query=ListQuery()).total == 6
    finally:
        desk.close()


@pytest.mark.parametrize("count", ["0", "-3", "many"])
def test_bad_count_exits_2_and_writes_nothing(data_dir: Path, count: str) -> None:
    status, out, err = run("--data-dir", str(data_dir), "demo", "--initiatives", count)
    assert status == 2
    assert "--initiatives" in err and out == ""
    assert not (data_dir / "fourthpillar.sqlite3").exists()
