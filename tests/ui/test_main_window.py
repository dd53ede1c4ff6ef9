"""The real main window doing a support officer's day: register, find, open, archive, undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import read

from fourthpillar import clock
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.ui.dashboard import ID_ROLE
from fourthpillar.ui.dashboard import KIND_ROLE
from fourthpillar.ui.main_window import MainWindow

Seed = Callable[[Desk, int], list[str]]


def answer_next_dialog(qtbot: QtBot, handle: Callable[[QWidget], None]) -> list[str]:
    """Run *handle* on the next modal dialog once it is open (an editor: once it has read what
    it shows); returns the classes seen."""
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or getattr(dialog, "reading", False):
            QTimer.singleShot(20, poll)
            return
        seen.append(type(dialog).__name__)
        handle(dialog)

    QTimer.singleShot(0, poll)
    return seen


def written(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the window's background jobs are done: a write it started (archive, undo, redo)
    and the reads that follow it, or a read it asked for (the dashboard)."""
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)


def confirm(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: Any, _title: str, text: str, *_args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_register_in_the_editor_then_see_it_in_the_list(window: MainWindow, qtbot: QtBot) -> None:
    """Ctrl+N on the initiatives list must open the editor and, once saved, show the new
    initiative's page and list it; if not, the officer cannot register anything."""
    window.show_page("initiatives")

    def fill(dialog: QWidget) -> None:
        dialog.slots["name"].widget.setText("Vrienden van Kaolack")  # type: ignore[attr-defined]
        dialog.slots["postcode"].widget.setText("9000")  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    seen = answer_next_dialog(qtbot, fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["InitiativeEditor"]
    assert window.current_page_name() == "initiative"
    window.show_page("initiatives")
    page = window.lists["initiatives"]
    qtbot.waitUntil(lambda: page.model.total == 1)
    assert page.model.display_text(0, "name") == "Vrienden van Kaolack"
    assert page.model.display_text(0, "province") == "East Flanders"
    assert window.undo_stack.undo_text() == "Initiative registered: Vrienden van Kaolack"


def test_follow_up_due_today_is_on_the_dashboard_and_opens(desk: Desk, window: MainWindow, qtbot: QtBot) -> None:
    """A follow-up planned for today must appear under 'Due today' and clicking it must open it;
    otherwise officers miss what they promised to do."""
    saved = initiatives.register_initiative(desk, values={"name": "Water voor Kaolack", "postcode": "2000"})
    request = requests.log_request(desk, initiative_id=saved.id, values={
        "channel": "email", "question": "Hoe vragen we een subsidie aan?", "topics": ["subsidies"]})
    followups.plan_follow_up(desk, request_id=request.id, values={
        "action": "Terugbellen over de subsidie", "due_on": clock.today()})
    window.events.data_changed.emit()
    window.show_page("dashboard")
    written(qtbot, window)  # the dashboard is read in the background
    board = window.dashboard
    assert board.due_today.count() == 1
    item = board.due_today.item(0)
    assert (item.text(0), item.text(1)) == ("Terugbellen over de subsidie", "Water voor Kaolack")
    assert "new: 1" in board._status_buttons["new"].text()

    seen = answer_next_dialog(qtbot, lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    rect = board.due_today.visualItemRect(item)
    qtbot.mouseClick(board.due_today.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen == ["FollowUpEditor"]


def test_dashboard_province_opens_the_filtered_list(seeded: Seed, desk: Desk, window: MainWindow,
                                                    qtbot: QtBot) -> None:
    """Clicking a province on the dashboard must show the initiatives of that province only."""
    seeded(desk, 12)
    window.events.data_changed.emit()
    window.show_page("dashboard")
    written(qtbot, window)  # the dashboard is read in the background
    button = window.dashboard.findChild(QWidget, "province_limburg")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_page_name() == "initiatives"
    page = window.lists["initiatives"]
    qtbot.waitUntil(lambda: not page.searching, timeout=5000)  # the filter is read in the background
    assert page.model.total == 2
    assert page.filters.combo("province").currentData() == "limburg"  # type: ignore[union-attr]


def test_search_as_you_type_narrows_the_list(seeded: Seed, desk: Desk, window: MainWindow, qtbot: QtBot) -> None:
    """Typing in a list's search box must narrow it shortly after the last key, without Enter."""
    seeded(desk, 12)
    window.show_page("requests")
    page = window.lists["requests"]
    qtbot.waitUntil(lambda: page.model.total == 12)
    qtbot.keyClicks(page.search_box, "question 007")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=2000)
    assert page.model.display_text(0, "initiative_name") == "Initiative 007"
    assert window.count_label.text() == "1 request (filtered)"
    # Two searches in flight: only the answer to the latest text may be shown.
    page.search_box.setText("question")
    page._search_in_background()
    page.search_box.setText("question 01")
    page._search_in_background()
    qtbot.waitUntil(lambda: not page.searching, timeout=2000)
    window.jobs.wait(2000)
    qtbot.wait(50)
    assert page.model.total == 2
    assert {page.model.display_text(row, "initiative_name") for row in range(2)} == {
        "Initiative 010", "Initiative 011"}


def test_ctrl_k_finds_and_opens_an_initiative(seeded: Seed, desk: Desk, window: MainWindow, qtbot: QtBot) -> None:
    """Ctrl+K, a few letters and Enter must open the initiative found; otherwise quick search
    is useless from the keyboard."""
    ids = seeded(desk, 5)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window._quick_search
    assert popup.isVisible()
    qtbot.keyClicks(popup.line, "initiative 003")
    qtbot.waitUntil(lambda: popup.results.count() > 0, timeout=2000)
    assert popup.hits()[0].title == "Initiative 003"
    qtbot.keyClick(popup.line, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert window.current_page_name() == "initiative"
    assert window.initiative_page.opened_id == ids[3]


def test_enter_typed_before_the_quick_search_hits_come_opens_the_first_of_them(
        seeded: Seed, desk: Desk, window: MainWindow, qtbot: QtBot) -> None:
    """Typing and pressing Enter at once (faster than the search reads) must open the first hit
    of what was typed once it comes; otherwise a fast typist's Enter does nothing."""
    ids = seeded(desk, 5)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = window._quick_search
    qtbot.keyClicks(popup.line, "initiative 00")
    qtbot.waitUntil(lambda: popup.results.count() > 0, timeout=2000)  # the hits of "initiative 00"
    qtbot.keyClicks(popup.line, "4")
    qtbot.keyClick(popup.line, Qt.Key.Key_Return)  # before the hits of "initiative 004" came
    qtbot.waitUntil(lambda: window.current_page_name() == "initiative", timeout=5000)
    assert window.initiative_page.opened_id == ids[4]


def test_archive_asks_then_ctrl_z_restores_and_ctrl_shift_z_archives_again(
        seeded: Seed, desk: Desk, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Delete must ask before archiving, and Ctrl+Z must bring the initiative back; if not,
    one slip of a key loses an initiative from every list."""
    seeded(desk, 3)
    window.show_page("initiatives")
    page = window.lists["initiatives"]
    qtbot.waitUntil(lambda: page.model.total == 3)
    page.select_row(0)
    page.table.setFocus()

    asked = confirm(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == ["Archive “Initiative 000”?\n\nArchived records leave the lists; Edit ▸ Undo brings them back."]
    assert page.model.total == 3

    confirm(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    written(qtbot, window)
    assert page.model.total == 2
    assert page.model.display_text(0, "name") == "Initiative 001"
    assert window.undo_action.text() == "&Undo Archive “Initiative 000”"

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    written(qtbot, window)
    assert page.model.total == 3
    assert page.model.display_text(0, "name") == "Initiative 000"
    assert not window.undo_action.isEnabled()

    qtbot.keyClick(page.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    written(qtbot, window)
    assert page.model.total == 2


def test_archive_several_rows_is_one_undo(seeded: Seed, desk: Desk, window: MainWindow, qtbot: QtBot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Archiving several selected requests is one action: one Ctrl+Z restores them all."""
    seeded(desk, 4)
    window.show_page("requests")
    page = window.lists["requests"]
    qtbot.waitUntil(lambda: page.model.total == 4)
    page.table.selectAll()
    confirm(monkeypatch, QMessageBox.StandardButton.Yes)
    window.archive_action.trigger()
    written(qtbot, window)
    assert page.model.total == 0
    window.undo_action.trigger()
    written(qtbot, window)
    assert page.model.total == 4


def test_sort_columns_and_page_are_remembered(seeded: Seed, desk: Desk, qtbot: QtBot) -> None:
    """The sort, hidden columns and the page shown must survive a restart of the app."""
    seeded(desk, 5)
    first = MainWindow(desk)
    qtbot.addWidget(first)
    first.show()
    first.show_page("initiatives")
    page = first.lists["initiatives"]
    header = page.table.horizontalHeader()
    header.setSortIndicator(page.model.column_index("name"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not page.searching, timeout=5000)  # the new order is read in the background
    assert page.model.display_text(0, "name") == "Initiative 004"
    page.set_column_shown(page.model.column_index("municipality"), False)
    page.set_column_shown(page.model.column_index("postcode"), True)
    first.close()

    second = MainWindow(desk)
    qtbot.addWidget(second)
    second.show()
    assert second.current_page_name() == "initiatives"
    again = second.lists["initiatives"]
    assert again.model.query.sort == "name" and again.model.query.descending
    qtbot.waitUntil(lambda: again.model.loaded, timeout=5000)  # the page remembered is read in the background
    assert again.model.display_text(0, "name") == "Initiative 004"
    assert "municipality" not in again.visible_columns()
    assert "postcode" in again.visible_columns()
    second.close()


def test_unsortable_column_click_keeps_the_order(seeded: Seed, desk: Desk, window: MainWindow,
                                                 qtbot: QtBot) -> None:
    """Clicking the 'Themes' header (not sortable in SQL) must not pretend to sort."""
    seeded(desk, 3)
    window.show_page("initiatives")
    page = window.lists["initiatives"]
    header = page.table.horizontalHeader()
    themes = page.model.column_index("themes")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().center().__class__(header.sectionViewportPosition(themes) + 5, 5))
    assert page.model.query.sort == "name"
    assert header.sortIndicatorSection() == page.model.column_index("name")


def test_enter_on_a_request_row_opens_its_editor(seeded: Seed, desk: Desk, window: MainWindow,
                                                 qtbot: QtBot) -> None:
    """Enter on a selected list row must open it."""
    seeded(desk, 2)
    window.show_page("requests")
    page = window.lists["requests"]
    qtbot.waitUntil(lambda: page.model.total == 2)
    page.select_row(1)
    seen = answer_next_dialog(qtbot, lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert seen == ["RequestEditor"]


def test_keyboard_navigation_between_pages(window: MainWindow, qtbot: QtBot) -> None:
    """Ctrl+1..4 switch pages and Alt+Left goes back, as the Go menu says."""
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "requests"
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "follow_ups"
    window.back_action.trigger()
    assert window.current_page_name() == "requests"
    shortcuts = {action.text(): action.shortcut().toString() for action in window.go_menu.actions()}
    assert shortcuts["Dashboard"] == "Ctrl+1"
    assert shortcuts["&Quick search…"] == "Ctrl+K"


def test_mark_done_from_the_dashboard_then_undo(desk: Desk, window: MainWindow, qtbot: QtBot) -> None:
    """'Mark done…' on a dashboard follow-up must take it off 'Due today'; Ctrl+Z puts it back."""
    saved = initiatives.register_initiative(desk, values={"name": "Samen met Agadez"})
    follow_up = followups.plan_follow_up(desk, initiative_id=saved.id, values={
        "action": "Verslag opvragen", "due_on": clock.today()})
    window.events.data_changed.emit()
    written(qtbot, window)  # the dashboard is read in the background
    board = window.dashboard
    assert board.due_today.item(0).data(0, KIND_ROLE) == "follow_up"

    seen = answer_next_dialog(qtbot, lambda dialog: dialog.accept())  # type: ignore[attr-defined]
    board.complete_requested.emit([follow_up.id])
    assert seen == ["CompleteFollowUpDialog"]
    written(qtbot, window)
    assert board.due_today.item(0).data(0, KIND_ROLE) is None  # the "nothing due" line
    assert window.undo_stack.undo_text() == "Follow-up done: Verslag opvragen"
    window.undo_action.trigger()
    written(qtbot, window)
    assert board.due_today.item(0).data(0, ID_ROLE) == follow_up.id


def test_dashboard_overdue_link_shows_my_overdue_follow_ups(seeded: Seed, desk: Desk, window: MainWindow,
                                                           qtbot: QtBot) -> None:
    """'Show in the follow-up list' under Overdue must list exactly my overdue, open follow-ups."""
    seeded(desk, 6)  # due dates from 3 days ago to 2 days ahead, all owned by the signed-in officer
    window.events.data_changed.emit()
    written(qtbot, window)  # the dashboard is read in the background
    links = [button for button in window.dashboard.findChildren(QPushButton)
             if button.text() == "Show in the follow-up list"]
    qtbot.mouseClick(links[0], Qt.MouseButton.LeftButton)
    assert window.current_page_name() == "follow_ups"
    page = window.lists["follow_ups"]
    qtbot.waitUntil(lambda: not page.searching, timeout=5000)  # the filter is read in the background
    assert page.model.total == 3
    assert all(page.model.row_at(row).due_on < clock.today() for row in range(3))


def test_initiative_page_edit_is_undoable_and_delete_archives_it(
        seeded: Seed, desk: Desk, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Enter on an initiative opens its page; an edit made there goes on the undo stack and
    Ctrl+Z reverts it; Delete on the page archives the initiative after asking, once however
    often it is pressed while the page reads the initiative first."""
    ids = seeded(desk, 2)
    window.show_page("initiatives")
    page = window.lists["initiatives"]
    qtbot.waitUntil(lambda: page.model.total == 2)
    page.select_row(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current_page_name() == "initiative"
    read(qtbot, window.initiative_page)
    assert window.initiative_page.record_id == ids[1]  # type: ignore[attr-defined]

    def rename(dialog: QWidget) -> None:
        dialog.slots["name"].widget.setText("Nieuwe naam")  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    seen = answer_next_dialog(qtbot, rename)
    window.initiative_page.edit_initiative()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(seen) and window.undo_stack.can_undo(), timeout=3000)
    assert initiatives.get_initiative(desk, initiative_id=ids[1]).name == "Nieuwe naam"
    assert window.undo_stack.undo_text() == "Initiative changed: Nieuwe naam"
    window.undo_action.trigger()
    written(qtbot, window)
    assert initiatives.get_initiative(desk, initiative_id=ids[1]).name == "Initiative 001"

    asked = confirm(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.archive_action.trigger()
    window.archive_action.trigger()  # again before the first has read the initiative
    written(qtbot, window)
    assert len(asked) == 1
    asked = confirm(monkeypatch, QMessageBox.StandardButton.Yes)
    window.archive_action.trigger()
    written(qtbot, window)
    assert asked and "Initiative 001" in asked[0]
    assert initiatives.get_initiative(desk, initiative_id=ids[1]).archived
    assert window.current_page_name() == "initiatives"
    assert page.model.total == 1


def test_ctrl_e_exports_the_list_as_shown(seeded: Seed, desk: Desk, window: MainWindow, qtbot: QtBot,
                                         monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """File > Export this list must write the filtered list to a spreadsheet (what the network
    and funders receive); a broken wiring leaves the officer with no way to share a list."""
    exports_ui = pytest.importorskip("fourthpillar.ui.exports")
    seeded(desk, 6)
    window.show_page("initiatives")
    page = window.lists["initiatives"]
    page.show_filtered(province="limburg")
    qtbot.waitUntil(lambda: not page.searching, timeout=5000)  # the filter is read in the background
    assert page.model.total == 1
    target = tmp_path / "limburg.xlsx"
    monkeypatch.setattr(exports_ui, "choose_path", lambda *_args: (target, False))
    monkeypatch.setattr(exports_ui, "show_result", lambda *_args: None)
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: target.exists() and not window.jobs.busy, timeout=10_000)
    openpyxl = pytest.importorskip("openpyxl")
    sheet = openpyxl.load_workbook(target, read_only=True).active
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert "Initiative 001" in values
    assert "Initiative 000" not in values


def test_view_columns_menu_toggles_the_current_lists_columns(window: MainWindow, qtbot: QtBot) -> None:
    """View ▸ Columns offers the shown list's columns; unticking one hides it in that list."""
    window.show_page("requests")
    window.columns_menu.aboutToShow.emit()
    actions = {action.text(): action for action in window.columns_menu.actions() if action.isCheckable()}
    assert "Question" in actions and actions["Question"].isChecked()
    actions["Question"].trigger()
    assert "question" not in window.lists["requests"].visible_columns()
    window.columns_menu.aboutToShow.emit()
    again = {action.text(): action for action in window.columns_menu.actions() if action.isCheckable()}
    assert not again["Question"].isChecked()


def test_clicking_initiatives_in_the_side_bar_leaves_an_initiative_page(
        seeded: Seed, desk: Desk, window: MainWindow, qtbot: QtBot) -> None:
    """On an initiative's page the side bar highlights 'Initiatives'; clicking it must go back
    to the list (a mouse user has no other obvious way back)."""
    ids = seeded(desk, 1)
    window.show_initiative(ids[0])
    assert window.navigation.currentRow() == 1
    item = window.navigation.item(1)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.navigation.visualItemRect(item).center())
    assert window.current_page_name() == "initiatives"


def test_title_bar_names_the_page_or_initiative(seeded: Seed, desk: Desk, window: MainWindow, qtbot: QtBot) -> None:
    """The title bar (and the task bar) say where the officer is."""
    ids = seeded(desk, 1)
    window.show_page("requests")
    assert window.windowTitle() == "Advice requests"
    window.show_initiative(ids[0])
    read(qtbot, window.initiative_page)
    assert window.windowTitle() == "Initiative 000"
    initiatives.update_initiative(desk, initiative_id=ids[0], changes={"name": "Hart voor Kigali"})
    window.events.data_changed.emit()
    read(qtbot, window.initiative_page)
    assert window.windowTitle() == "Hart voor Kigali"


def test_planning_and_completing_a_follow_up_say_what_was_done(
        seeded: Seed, desk: Desk, window: MainWindow, qtbot: QtBot) -> None:
    """Else: after planning or completing a follow-up the status bar says `Change to "<initiative>":
    saved.`, Edit says "Undo Change to …" and recent activity "Follow-up changed": the officer
    cannot tell what was done, nor what Ctrl+Z would take back."""
    import datetime as dt

    from fourthpillar.services import dashboard

    ids = seeded(desk, 1)
    window.show_initiative(ids[0])
    page = window.initiative_page
    read(qtbot, page)

    def plan(dialog: QWidget) -> None:
        dialog.fill({"action": "Statuten nalezen", "due_on": clock.today() + dt.timedelta(days=7)})  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    seen = answer_next_dialog(qtbot, plan)
    page.plan_follow_up()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(seen) and window.undo_stack.can_undo(), timeout=3000)
    assert window.statusBar().currentMessage() == "Follow-up planned: Statuten nalezen. Press Ctrl+Z to undo."
    assert window.undo_action.text() == "&Undo Follow-up planned: Statuten nalezen"
    read(qtbot, page)

    tree = page.timeline_tree  # type: ignore[attr-defined]
    items = [tree.topLevelItem(index) for index in range(tree.topLevelItemCount())]
    (planned,) = [item for item in items
                  if any("Statuten nalezen" in item.text(column) for column in range(item.columnCount()))]
    tree.setCurrentItem(planned)
    seen = answer_next_dialog(qtbot, lambda dialog: dialog.accept())  # type: ignore[attr-defined]
    page.mark_done()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(seen) and window.undo_stack.undo_text().startswith("Follow-up done"), timeout=3000)
    assert window.statusBar().currentMessage() == "Follow-up done: Statuten nalezen. Press Ctrl+Z to undo."
    assert window.undo_action.text() == "&Undo Follow-up done: Statuten nalezen"
    activity = dashboard.get_dashboard(desk).recent_activity
    assert (activity[0].entity, activity[0].operation) == ("follow_up", "complete")
    window.show_page("dashboard")
    window.events.data_changed.emit()
    activity_list = window.dashboard.activity
    qtbot.waitUntil(lambda: activity_list.count() > 0 and activity_list.item(0).text().startswith("Follow-up done"))
    assert activity_list.item(0).text().startswith("Follow-up done: Statuten nalezen")
