"""Fixtures of the command-line tests: the command line on a data folder, a small register."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest
from cli_helpers import Cli
from cli_helpers import build_register


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Cli:
    def read_output() -> tuple[str, str]:
        captured = capsys.readouterr()
        return captured.out, captured.err

    return Cli(read_output, data_dir)


@pytest.fixture(scope="module")
def register_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """Built once through the command line itself, then copied for each test (keeps the suite fast)."""
    folder = tmp_path_factory.mktemp("register")
    out, err = io.StringIO(), io.StringIO()

    def read_output() -> tuple[str, str]:
        texts = out.getvalue(), err.getvalue()
        for stream in (out, err):
            stream.seek(0)
            stream.truncate()
        return texts

    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        ids = build_register(Cli(read_output, folder))
    return folder, ids


@pytest.fixture
def register(register_template: tuple[Path, dict[str, str]], data_dir: Path) -> dict[str, str]:
    """A desk with An signed in, a second officer, three initiatives, a request and a follow-up."""
    folder, ids = register_template
    shutil.copytree(folder, data_dir, dirs_exist_ok=True)
    return dict(ids)
