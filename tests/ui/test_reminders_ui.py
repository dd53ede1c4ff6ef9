"""The start-up notification of follow-ups due today and overdue: in the tray where there is
one, else in the status bar; counted in the background so the window never waits for it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMainWindow
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from fourthpillar import clock
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.services.reminders import DueNow
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.reminders import DueNotifier
from fourthpillar.ui.reminders import due_message


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[QMainWindow]:
    main = QMainWindow()
    qtbot.addWidget(main)
    yield main


def _plan(desk: Desk, *days: int) -> None:
    saved = initiatives.register_initiative(desk, values={"name": "Vzw Herinnering"}).id
    for number, day in enumerate(days):
        followups.plan_follow_up(desk, initiative_id=saved, values={
            "action": f"Actie {number}", "due_on": clock.today() + dt.timedelta(days=day)})


def test_without_a_tray_the_status_bar_says_what_is_due(
        qtbot: QtBot, window: QMainWindow, desk: Desk, runner: JobRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """Otherwise an officer on a desktop without a tray never hears of overdue follow-ups."""
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    _plan(desk, -5, -1, 0, 3)
    notifier = DueNotifier(window, desk, runner)
    notifier.start()
    assert notifier.shown is None  # counted in the background: the window was not kept waiting
    qtbot.waitUntil(lambda: notifier.shown is not None, timeout=10_000)
    assert window.statusBar().currentMessage() == due_message(DueNow(overdue=2, due_today=1))
    assert notifier.shown.startswith("2 ") and ", 1 " in notifier.shown
    assert notifier.tray is None


def test_with_a_tray_the_notification_comes_from_the_tray(
        qtbot: QtBot, window: QMainWindow, desk: Desk, runner: JobRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """Otherwise the reminder hides in a status bar the officer is not looking at."""
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(QSystemTrayIcon, "showMessage",
                        lambda self, title, message, *args: messages.append((title, message)))
    _plan(desk, 0)
    notifier = DueNotifier(window, desk, runner)
    notifier.start()
    qtbot.waitUntil(lambda: notifier.shown is not None, timeout=10_000)
    assert messages == [("Follow-ups", due_message(DueNow(overdue=0, due_today=1)))]
    assert notifier.tray is not None and window.statusBar().currentMessage() == ""


def test_nothing_due_shows_nothing(
        qtbot: QtBot, window: QMainWindow, desk: Desk, runner: JobRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """Otherwise every start nags with an empty reminder."""
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    _plan(desk, 1, 7)
    notifier = DueNotifier(window, desk, runner)
    notifier.start()
    qtbot.waitUntil(lambda: notifier.shown is not None, timeout=10_000)
    assert notifier.shown == "" and window.statusBar().currentMessage() == ""

