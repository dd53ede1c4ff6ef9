"""Qt fixtures: settings in a temporary folder, and a small register to show."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import HOLDER
from ui_helpers import release

from fourthpillar import clock
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.ui.jobs import JobRunner

if TYPE_CHECKING:
    from fourthpillar.ui.main_window import MainWindow


@pytest.fixture
def open_window(qtbot: QtBot) -> Callable[[Desk], MainWindow]:
    """A main window on a register, once what its login may do has been read (in the background),
    left only when its background work is done."""
    from fourthpillar.ui.main_window import MainWindow

    def make(desk: Desk) -> MainWindow:
        window = MainWindow(desk)
        qtbot.addWidget(window, before_close_func=lambda shown: qtbot.waitUntil(lambda: not shown.jobs.busy,
                                                                                timeout=15_000))
        qtbot.waitUntil(lambda: not window.jobs.busy, timeout=15_000)
        return window

    return make


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[JobRunner]:
    """A background-job runner of the test's own, idle again before the test's widgets go."""
    jobs = JobRunner()
    yield jobs
    jobs.wait(5000)


@pytest.fixture(autouse=True)
def every_test_has_isolated_settings(isolated_settings: None) -> None:
    """Every test gets its own empty QSettings (the shared fixture), never the officer's real ones."""


MUNICIPALITIES = [
    ("2000", "Antwerpen"), ("3500", "Hasselt"), ("9000", "Gent"), ("8000", "Brugge"),
    ("3000", "Leuven"), ("1000", "Brussel"),
]


def seed(desk: Desk, count: int) -> list[str]:
    """*count* initiatives named "Initiative 000".. with one request and one follow-up each."""
    ids = []
    today = clock.today()
    for number in range(count):
        postcode, municipality = MUNICIPALITIES[number % len(MUNICIPALITIES)]
        saved = initiatives.register_initiative(desk, values={
            "name": f"Initiative {number:03d}", "postcode": postcode, "municipality": municipality,
            "themes": ["education"] if number % 2 else ["water-sanitation"],
            "partner_countries": ["BF"], "status": "active" if number % 3 else "dormant",
        })
        ids.append(saved.id)
        request = requests.log_request(desk, initiative_id=saved.id, values={
            "channel": "phone", "question": f"Question {number:03d} about subsidies",
            "topics": ["subsidies"], "received_on": today - dt.timedelta(days=number),
        })
        followups.plan_follow_up(desk, request_id=request.id, values={
            "action": f"Call back {number:03d}", "due_on": today + dt.timedelta(days=number - count // 2),
        })
    return ids


@pytest.fixture
def seeded() -> Callable[[Desk, int], list[str]]:
    """The :func:`seed` helper, as a fixture so test modules need not import conftest."""
    return seed


@pytest.fixture
def held(desk: Desk) -> Iterator[Callable[[], subprocess.Popen[str]]]:
    """Starts the other program holding the register; it always lets go when the test ends.

    The app's idle connections are closed first (the pool opens new ones as reads need them):
    the other program can only take the whole file when no connection of the app has it open."""
    started: list[subprocess.Popen[str]] = []
    path = desk.database.sqlite_path
    assert path is not None

    def hold() -> subprocess.Popen[str]:
        desk.database.engine.dispose()
        holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=Path(__file__).resolve().parents[2],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        started.append(holder)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        return holder

    yield hold
    for holder in started:
        release(holder)


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The messages, warnings and questions shown, (title, text), instead of showing them."""
    shown: list[tuple[str, str]] = []

    def message(_parent: QWidget, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    def question(_parent: QWidget, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "information", message)
    monkeypatch.setattr(QMessageBox, "warning", message)
    monkeypatch.setattr(QMessageBox, "question", question)
    return shown
