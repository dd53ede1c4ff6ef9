"""The app when an admin disables its login (and the office database ends its session): one
clear message, then the app closes; on the real PostgreSQL server of tools/with-postgres.

If these fail, the officer whose login was disabled meets a crash dialog with a traceback, or
one refusal after another for each click, instead of being told once what happened.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from office_helpers import Office
from office_helpers import shared_office
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fourthpillar.services import initiatives
from fourthpillar.services import logins
from fourthpillar.store.errors import SessionEnded
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui import app
from fourthpillar.ui import session_end
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.operations import run_write


@pytest.fixture
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Office]:
    session_end.reset()
    with shared_office(request, tmp_path) as made:
        yield made
    session_end.reset()


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[object]]:
    """The message boxes shown, the exit statuses asked for, and crash dialogs made."""
    seen: dict[str, list[object]] = {"messages": [], "exits": [], "crashes": []}

    def critical(_parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        seen["messages"].append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QCoreApplication, "exit", lambda status=0: seen["exits"].append(status))
    monkeypatch.setattr("fourthpillar.ui.diagnostics.crash_dialog", lambda *args: seen["crashes"].append(args))
    return seen


def test_an_ended_session_is_told_once_and_the_app_closes(qtbot: QtBot, office: Office, runner: JobRunner,
                                                          told: dict[str, list[object]]) -> None:
    """A save after the admin disabled the login: one message naming what happened, no
    refusal in the editor, the event loop asked to end; later failures add no message and no
    crash dialog."""
    lies, login = office.add("Lies Coördinator", "coordinator", ["limburg"])
    desk = office.desk_of(login)
    initiatives.list_initiatives(desk, query=ListQuery())
    _, admin = office.add("Ada Admin", "admin")
    logins.disable_officer_login(office.desk_of(admin), officer_id=lies)
    refused: list[object] = []
    for _attempt in range(2):
        run_write(runner, lambda **_: initiatives.register_initiative(
            desk, values={"name": "Vzw Hasselt", "province": "limburg"}), on_done=lambda _saved: None,
            on_refused=refused.append)
        runner.wait(10_000)
        qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert refused == []
    assert len(told["messages"]) == 1 and "disabled" in str(told["messages"][0])
    assert told["exits"] == [session_end.EXIT_SESSION_ENDED]
    with pytest.raises(SessionEnded) as ended:
        initiatives.list_initiatives(desk, query=ListQuery())
    app._show_unexpected_error(SessionEnded, ended.value, ended.value.__traceback__)
    assert told["crashes"] == [] and len(told["messages"]) == 1
    assert initiatives.list_initiatives(office.owner, query=ListQuery()).total == 0
