"""The dashboard as a place to work: lists that use the window, a quiet "Overdue (0)", how late
each follow-up is, and several follow-ups marked done at once (from the dashboard and the list).

If these failed, an officer would scroll six-row boxes above an empty band, be alarmed by a red
"Overdue (0)", count days herself, and tick off a morning's calls one dialog and one undo at a time.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from fourthpillar import clock
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk
from fourthpillar.ui.dashboard import DashboardPage
from fourthpillar.ui.main_window import MainWindow
from fourthpillar.ui.style import style_sheet


def plan(desk: Desk, initiative_id: str, action: str, days: int) -> str:
    return followups.plan_follow_up(desk, initiative_id=initiative_id, values={
        "action": action, "due_on": clock.today() + dt.timedelta(days=days)}).id


def answer_outcome(qtbot: QtBot, outcome: str) -> list[str]:
    """Type *outcome* in the next "Mark done" question and accept it; returns its title."""
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog.windowTitle())
        box = dialog.findChild(QPlainTextEdit, "commonOutcome")
        assert box is not None
        box.setPlainText(outcome)
        dialog.accept()

    QTimer.singleShot(0, poll)
    return seen


def test_the_lists_fill_a_tall_window(desk: Desk, qtbot: QtBot) -> None:
    initiative = initiatives.register_initiative(desk, values={"name": "Scholen voor Mopti"}).id
    for number in range(25):
        plan(desk, initiative, f"Terugbellen {number:02d}", -1 - number)
    board = DashboardPage(desk)
    qtbot.addWidget(board)
    board.resize(1000, 1000)
    board.show()
    qtbot.waitExposed(board)
    board.refresh()
    qtbot.wait(10)
    row = board.overdue.sizeHintForRow(0)
    assert board.overdue.viewport().height() >= 8 * row  # was a 6-row box
    bottoms = [card.mapTo(board, card.rect().bottomLeft()).y() for card in board._cards]
    assert board.height() - max(bottoms) < 0.05 * board.height()  # no empty band below the cards


def test_overdue_is_red_only_when_something_is_overdue(desk: Desk, qtbot: QtBot) -> None:
    initiative = initiatives.register_initiative(desk, values={"name": "Water voor Huye"}).id
    plan(desk, initiative, "Vandaag bellen", 0)
    board = DashboardPage(desk)
    qtbot.addWidget(board)
    board.setStyleSheet(style_sheet())
    board.show()
    board.refresh()

    def colour_of(label_name: str) -> str:
        label = getattr(board, label_name)
        return label.palette().color(QPalette.ColorRole.WindowText).name()

    assert board.overdue_label.text() == "Overdue (0)"
    assert colour_of("overdue_label") == colour_of("today_label")
    plan(desk, initiative, "Gisteren bellen", -1)
    board.refresh()
    assert board.overdue_label.text() == "Overdue (1)"
    assert colour_of("overdue_label") != colour_of("today_label")


def test_several_follow_ups_marked_done_from_the_dashboard_is_one_undo(desk: Desk, window: MainWindow,
                                                                       qtbot: QtBot) -> None:
    initiative = initiatives.register_initiative(desk, values={"name": "Brug naar Gitega"}).id
    late, later, today = (plan(desk, initiative, "Bellen", -5), plan(desk, initiative, "Mailen", -2),
                          plan(desk, initiative, "Verslag", 0))
    window.events.data_changed.emit()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)  # the dashboard is read in the background
    board = window.dashboard
    assert board.overdue.count() == 2 and not window.mark_done_action.isEnabled()
    board.overdue.selectAll()
    board.due_today.item(0).setSelected(True)
    assert sorted(board.selected_follow_up_ids()) == sorted([late, later, today])
    assert window.mark_done_action.isEnabled()

    seen = answer_outcome(qtbot, "Besproken op het overleg")
    window.mark_done_action.trigger()
    qtbot.waitUntil(lambda: window.undo_stack.can_undo())
    assert seen == ["Mark 3 follow-ups done"]
    for follow_up_id in (late, later, today):
        row = followups.get_follow_up(desk, follow_up_id=follow_up_id)
        assert (row.done_on, row.outcome) == (clock.today(), "Besproken op het overleg")
    qtbot.waitUntil(lambda: board.overdue.item(0).text(0) == "No overdue follow-ups.")
    assert window.undo_stack.undo_text() == "Mark 3 follow-ups done"

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not window.jobs.busy)
    assert all(followups.get_follow_up(desk, follow_up_id=follow_up_id).done_on is None
               for follow_up_id in (late, later, today))
    assert board.overdue.count() == 2 and not window.undo_stack.can_undo()


def test_several_follow_ups_marked_done_from_the_follow_up_list(desk: Desk, window: MainWindow,
                                                                qtbot: QtBot) -> None:
    initiative = initiatives.register_initiative(desk, values={"name": "Samen met Agadez"}).id
    ids = [plan(desk, initiative, f"Actie {number}", number) for number in range(3)]
    window.show_page("follow_ups")
    page = window.lists["follow_ups"]
    qtbot.waitUntil(lambda: page.model.loaded and page.model.total == 3)
    page.table.selectAll()
    assert window.mark_done_action.isEnabled()
    seen = answer_outcome(qtbot, "")
    window.mark_done_action.trigger()
    qtbot.waitUntil(lambda: window.undo_stack.can_undo())
    assert seen == ["Mark 3 follow-ups done"]
    assert all(followups.get_follow_up(desk, follow_up_id=follow_up_id).done_on == clock.today()
               for follow_up_id in ids)
    qtbot.waitUntil(lambda: page.model.loaded and page.model.total == 0)  # the list shows open ones
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not window.jobs.busy)
    assert all(followups.get_follow_up(desk, follow_up_id=follow_up_id).done_on is None for follow_up_id in ids)
