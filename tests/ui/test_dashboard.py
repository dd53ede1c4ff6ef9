"""The dashboard page on its own: what is due, what is open, where, and what happened."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from fourthpillar import clock
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.dashboard import ID_ROLE
from fourthpillar.ui.dashboard import KIND_ROLE
from fourthpillar.ui.dashboard import DashboardPage

Seed = Callable[[Desk, int], list[str]]


def make_board(desk: Desk, qtbot: QtBot) -> DashboardPage:
    board = DashboardPage(desk)
    qtbot.addWidget(board)
    board.show()
    board.refresh()
    return board


def test_follow_ups_by_urgency(desk: Desk, qtbot: QtBot) -> None:
    """Overdue, due today and the coming week each list my follow-ups with how late they are."""
    today = clock.today()
    saved = initiatives.register_initiative(desk, values={"name": "Brug naar Gitega"})
    for days, action in ((-3, "Te laat"), (0, "Vandaag"), (4, "Volgende week"), (30, "Later")):
        followups.plan_follow_up(desk, initiative_id=saved.id, values={
            "action": action, "due_on": today + dt.timedelta(days=days)})
    board = make_board(desk, qtbot)
    assert board.overdue_label.text() == "Overdue (1)"
    assert board.overdue.headerItem().text(2) == "Days late"
    assert [board.overdue.item(0).text(column) for column in range(3)] == ["Te laat", "Brug naar Gitega", "3"]
    assert board.overdue.item(0).toolTip(2) == "3 days late"
    assert board.due_today.item(0).text(0) == "Vandaag" and board.due_today.item(0).text(2) == "today"
    assert board.this_week.item(0).text(0) == "Volgende week"
    assert all(board.this_week.item(row).text(0) != "Later" for row in range(board.this_week.count()))


def test_every_line_opens_what_it_is_about(desk: Desk, qtbot: QtBot) -> None:
    """Clicking a follow-up or an activity line asks the window to open that record."""
    saved = initiatives.register_initiative(desk, values={"name": "Water voor Huye"})
    follow_up = followups.plan_follow_up(desk, initiative_id=saved.id, values={
        "action": "Bellen", "due_on": clock.today()})
    board = make_board(desk, qtbot)
    opened: list[tuple[str, str]] = []
    board.item_opened.connect(lambda kind, record_id: opened.append((kind, record_id)))
    item = board.due_today.item(0)
    qtbot.mouseClick(board.due_today.viewport(), Qt.MouseButton.LeftButton,
                     pos=board.due_today.visualItemRect(item).center())
    board.activity.setCurrentRow(board.activity.count() - 1)
    qtbot.keyClick(board.activity, Qt.Key.Key_Return)
    assert opened == [("follow_up", follow_up.id), ("initiative", saved.id)]
    kinds = {board.activity.item(row).data(KIND_ROLE) for row in range(board.activity.count())}
    assert kinds == {"initiative", "follow_up"}
    assert board.activity.item(0).data(ID_ROLE) == follow_up.id


def test_open_requests_and_provinces_lead_to_filtered_lists(seeded: Seed, desk: Desk, qtbot: QtBot) -> None:
    """The counts per status and per province are right and each opens the matching list."""
    ids = seeded(desk, 6)
    first_request = requests.list_requests(desk, query=ListQuery(initiative_id=ids[0])).rows[0]
    requests.set_request_status(desk, request_id=first_request.id, status="waiting")
    board = make_board(desk, qtbot)
    asked: list[tuple[str, dict[str, str]]] = []
    board.list_requested.connect(lambda name, filters: asked.append((name, filters)))
    assert board._status_buttons["new"].text() == "new: 5"
    assert board._status_buttons["waiting"].text() == "waiting for initiative: 1"
    qtbot.mouseClick(board._status_buttons["waiting"], Qt.MouseButton.LeftButton)
    antwerp = board.findChild(QPushButton, "province_antwerpen")
    assert antwerp is not None and antwerp.text() == "Antwerp"
    qtbot.mouseClick(antwerp, Qt.MouseButton.LeftButton)
    assert asked == [("requests", {"status": "waiting"}), ("initiatives", {"province": "antwerpen"})]
