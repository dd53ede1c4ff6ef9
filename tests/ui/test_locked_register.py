"""The window while another program holds the register locked (a backup tool, a sync, a copy).

If these fail, the whole window freezes for as long as the other program holds the file (up
to the ten seconds every read waits for it): no repaint, no scrolling, Esc does nothing, and
the officer thinks the app has crashed.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import Paints
from ui_helpers import opened
from ui_helpers import release

from fourthpillar.services import initiatives
from fourthpillar.services import search
from fourthpillar.services.desk import Desk
from fourthpillar.ui.duplicates import DUPLICATES
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.lists.definitions import INITIATIVES
from fourthpillar.ui.lists.definitions import REQUESTS
from fourthpillar.ui.lists.view import ListPage
from fourthpillar.ui.main_window import MainWindow
from fourthpillar.ui.officers import OfficersDialog
from fourthpillar.ui.quick_search import QuickSearch
from fourthpillar.ui.settings_dialog import SettingsDialog

Seed = Callable[[Desk, int], list[str]]

def test_a_register_locked_by_another_program_leaves_the_window_responsive(
        desk: Desk, seeded: Seed, qtbot: QtBot, held: Callable[[], subprocess.Popen[str]],
        said: list[tuple[str, str]]) -> None:
    """While another program holds the file, the list keeps the rows it has and shows it is
    busy: the window repaints, scrolls, Esc clears the search, a sort or filter waits; the rows
    come once it lets go."""
    seeded(desk, 40)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(INITIATIVES)
    page = window.lists[INITIATIVES]
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.model.loaded and not window.jobs.busy, timeout=10_000)
    page.model._page_size = 5  # many pages: the rows scrolled to are on pages not read yet
    page.refresh()
    qtbot.waitUntil(lambda: not page.searching, timeout=10_000)  # read again in the background
    paints = Paints()
    page.table.viewport().installEventFilter(paints)
    shown_before = page.model.shown_row(0)
    assert shown_before is not None

    holder = held()
    try:
        page.table.scrollToBottom()  # rows on pages not read yet: read in the background, and wait
        qtbot.waitUntil(lambda: page.model.reading, timeout=5000)
        assert page.table.viewport().cursor().shape() == Qt.CursorShape.BusyCursor, "the list shows it is busy"
        scrolled = page.table.verticalScrollBar().value()
        page.table.scrollToTop()
        assert page.table.verticalScrollBar().value() < scrolled, "it scrolls"
        before = paints.count
        page.table.viewport().update()
        qtbot.waitUntil(lambda: paints.count > before, timeout=5000)  # it repaints
        assert page.model.shown_row(0) == shown_before, "the rows it had are still shown"

        page.search_box.setFocus()
        qtbot.keyClicks(page.search_box, "Initiative 03")
        qtbot.waitUntil(lambda: page.searching, timeout=5000)  # the search waits for the file
        qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
        assert page.search_box.text() == "", "Esc clears the search at once"

        name = page.model.column_index("name")
        page.table.horizontalHeader().setSortIndicator(name, Qt.SortOrder.DescendingOrder)  # a click on the header
        page.filters.set_filter("status", "active")
        assert page.searching, "the new order and filter wait for the file, not the window"
        before = paints.count
        page.table.viewport().update()
        qtbot.waitUntil(lambda: paints.count > before, timeout=5000)
        assert holder.poll() is None, "all of this happened while the other program held the file"
    finally:
        release(holder)

    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20_000)
    assert not page.searching and not page.model.reading
    assert page.model.query.sort == "name" and page.model.query.descending and page.model.query.status == "active"
    assert page.model.display_text(0, "name") == "Initiative 038", "the newest order and filter are shown"
    assert page.table.viewport().cursor().shape() != Qt.CursorShape.BusyCursor
    last = page.model.rowCount() - 1
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.shown_row(last) is not None, timeout=10_000)
    assert said == []
    window.close()


def test_a_change_and_counting_further_wait_for_a_locked_register_not_the_window(
        desk: Desk, seeded: Seed, qtbot: QtBot, held: Callable[[], subprocess.Popen[str]],
        said: list[tuple[str, str]]) -> None:
    """After a change the list reads again, and at the end of a capped search it counts further,
    both without freezing the window while another program holds the file: the rows shown stay
    (the selected one too), the window repaints, and the new rows come once it lets go."""
    ids = seeded(desk, 40)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(REQUESTS)
    page = window.lists[REQUESTS]
    assert isinstance(page, ListPage)
    qtbot.waitUntil(lambda: page.model.loaded and not window.jobs.busy, timeout=10_000)
    page.model._page_size = 5
    page.table.verticalHeader().setDefaultSectionSize(100)  # fewer rows in sight than the search counts
    page.model._first_count_limit = 10  # a search counts 10 matches at first: "10+ requests"
    page.search_box.setText("subsidies")  # all 40 requests, the newest (Initiative 000's) first
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)  # search now (the table takes the focus)
    qtbot.waitUntil(lambda: page.model.loaded and not page.searching and not window.jobs.busy, timeout=10_000)
    assert page.model.rowCount() == 10 and page.model.canFetchMore()
    page.select_row(2)
    selected = page.current_id()
    assert page.model.display_text(2, "initiative_name") == "Initiative 002"
    paints = Paints()
    page.table.viewport().installEventFilter(paints)
    initiatives.update_initiative(desk, initiative_id=ids[2], changes={"name": "Initiative 002 renamed"})

    holder = held()
    try:
        window.events.data_changed.emit()  # what a save does: the list reads again
        assert page.searching, "the list is read again in the background"
        page.model.fetchMore()  # the view scrolled to the end of "10+": count further
        assert page.model.reading and page.model.rowCount() == 10, "the count waits for the file"
        assert page.table.viewport().cursor().shape() == Qt.CursorShape.BusyCursor, "the list shows it is busy"
        before = paints.count
        page.table.viewport().update()
        qtbot.waitUntil(lambda: paints.count > before, timeout=5000)  # it repaints
        assert page.model.display_text(2, "initiative_name") == "Initiative 002", "the rows it had stay shown"
        assert page.current_id() == selected
        assert holder.poll() is None, "all of this happened while the other program held the file"
    finally:
        release(holder)

    qtbot.waitUntil(lambda: not window.jobs.busy and not page.searching, timeout=20_000)
    assert page.model.display_text(2, "initiative_name") == "Initiative 002 renamed", "the change is shown"
    assert page.current_id() == selected, "the selected request stays selected"
    assert page.table.viewport().cursor().shape() != Qt.CursorShape.BusyCursor
    page.model.fetchMore()  # the list read again counted afresh: count further again
    qtbot.waitUntil(lambda: page.model.rowCount() == 40, timeout=10_000)
    assert said == []
    window.close()


def test_the_officers_dialog_opened_on_a_locked_register_stays_responsive_and_reads_after(
        desk: Desk, qtbot: QtBot, runner: JobRunner, held: Callable[[], subprocess.Popen[str]],
        said: list[tuple[str, str]]) -> None:
    """File ▸ Officers and logins opened while another program holds the file: the dialog comes
    at once and shows it is busy (its buttons wait), repaints, and Esc closes it; opened again,
    it shows the officers once the other program lets go, and no message about it."""
    holder = held()
    try:
        dialog = OfficersDialog(desk, runner)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.reading and dialog.cursor().shape() == Qt.CursorShape.BusyCursor, "it shows it is busy"
        assert not dialog.add_button.isEnabled(), "adding waits for what this login may do"
        paints = Paints()
        dialog.table.viewport().installEventFilter(paints)
        dialog.table.viewport().update()
        qtbot.waitUntil(lambda: paints.count > 0, timeout=5000)  # it repaints
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), "Esc closes it"

        again = OfficersDialog(desk, runner)
        qtbot.addWidget(again)
        again.show()
        qtbot.waitExposed(again)
        assert again.reading and again.rows == []
        assert holder.poll() is None, "all of this happened while the other program held the file"
    finally:
        release(holder)

    qtbot.waitUntil(lambda: not again.reading, timeout=20_000)
    assert [row.name for row in again.rows] == ["An Peeters"]
    assert again.table.item(0, 0).text() == "An Peeters"
    assert again.add_button.isEnabled(), "a desk's own register allows everything"
    assert again.cursor().shape() != Qt.CursorShape.BusyCursor
    assert said == [] and again.message_bar.text() == ""


def test_a_merge_asked_on_a_locked_register_waits_for_it_not_the_window(
        desk: Desk, qtbot: QtBot, held: Callable[[], subprocess.Popen[str]]) -> None:
    """Merge… on the Duplicates page while another program holds the file: the page shows it is
    busy and its merge buttons wait, the window repaints; the merge dialog opens with both
    initiatives once the other program lets go."""
    for name in ("Brug naar Cotonou", "Brug naar Kotonou vzw"):
        initiatives.register_initiative(desk, values={"name": name, "postcode": "9000", "municipality": "Gent"})
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(DUPLICATES)
    page = window.duplicates
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and not window.jobs.busy, timeout=10_000)
    page.table.selectRow(0)
    paints = Paints()
    page.table.viewport().installEventFilter(paints)

    holder = held()
    try:
        page.merge_button.click()
        assert page.planning and page.cursor().shape() == Qt.CursorShape.BusyCursor, "the page shows it is busy"
        assert not page.merge_button.isEnabled() and not page.swap_button.isEnabled()
        page.table.viewport().update()
        qtbot.waitUntil(lambda: paints.count > 0, timeout=5000)  # it repaints
        assert page.merge_dialog is None and holder.poll() is None, "the file is still held"
    finally:
        release(holder)

    qtbot.waitUntil(lambda: page.merge_dialog is not None, timeout=20_000)
    dialog = page.merge_dialog
    assert dialog is not None and {dialog.plan.keep.name, dialog.plan.other.name} == {
        "Brug naar Cotonou", "Brug naar Kotonou vzw"}
    assert page.cursor().shape() != Qt.CursorShape.BusyCursor and page.merge_button.isEnabled()
    dialog.reject()
    window.close()


def test_an_initiative_opened_on_a_locked_register_shows_once_the_file_is_free(
        desk: Desk, qtbot: QtBot, held: Callable[[], subprocess.Popen[str]],
        said: list[tuple[str, str]]) -> None:
    """Opening an initiative (Enter on a row, a search hit) while another program holds the file:
    its page comes at once and shows it is reading (the busy cursor, its buttons waiting, nothing
    of another initiative), the window repaints and Alt+Left goes back; opened again, the page
    shows the initiative once the other program lets go, and no message about it."""
    saved = initiatives.register_initiative(desk, values={"name": "Vrienden van Kisangani", "postcode": "9000"})
    initiatives.add_contact(desk, initiative_id=saved.id, values={"name": "Marie Claes"})
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
    page = window.initiative_page
    paints = Paints()
    page.installEventFilter(paints)

    holder = held()
    try:
        window.show_initiative(saved.id)
        assert window.current_page_name() == "initiative"
        assert page.reading == saved.id and page.cursor().shape() == Qt.CursorShape.BusyCursor, "it shows it is busy"
        assert page.title_label.text() == "" and page.detail is None
        assert not page.edit_button.isEnabled() and not page.new_request_button.isEnabled(), "its buttons wait"
        page.update()
        qtbot.waitUntil(lambda: paints.count > 0, timeout=5000)  # it repaints
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        assert window.current_page_name() == "dashboard", "Alt+Left goes back at once"

        window.show_initiative(saved.id)
        assert window.current_page_name() == "initiative" and page.reading == saved.id
        assert holder.poll() is None, "all of this happened while the other program held the file"
    finally:
        release(holder)

    qtbot.waitUntil(lambda: page.reading is None and not window.jobs.busy, timeout=20_000)
    assert page.title_label.text() == "Vrienden van Kisangani" and window.windowTitle() == "Vrienden van Kisangani"
    assert page.contact_tree.topLevelItem(0).text(0) == "Marie Claes"
    assert page.edit_button.isEnabled() and page.splitter.isVisible()
    assert page.cursor().shape() != Qt.CursorShape.BusyCursor
    assert said == [] and page.message_bar.text() == ""
    window.close()


def test_settings_opened_on_a_locked_register_wait_for_the_officer_not_the_window(
        desk: Desk, qtbot: QtBot, runner: JobRunner, held: Callable[[], subprocess.Popen[str]],
        said: list[tuple[str, str]]) -> None:
    """Edit ▸ Settings opened while another program holds the file: the dialog comes at once,
    shows it is busy (the name and Save wait for the officer), and Esc closes it; opened again,
    it shows the officer's name once the other program lets go, and no message about it."""
    holder = held()
    try:
        dialog = SettingsDialog(desk, runner=runner)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.reading and dialog.cursor().shape() == Qt.CursorShape.BusyCursor, "it shows it is busy"
        assert dialog.name.isReadOnly() and not dialog._save_button().isEnabled(), "the name and Save wait"
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), "Esc closes it"

        again = SettingsDialog(desk, runner=runner)
        qtbot.addWidget(again)
        again.show()
        assert again.reading and again.name.text() == ""
        assert holder.poll() is None, "all of this happened while the other program held the file"
    finally:
        release(holder)

    qtbot.waitUntil(lambda: not again.reading, timeout=20_000)
    assert again.name.text() == "An Peeters" and not again.name.isReadOnly()
    assert again._save_button().isEnabled() and again.cursor().shape() != Qt.CursorShape.BusyCursor
    assert said == []


def test_settings_saved_on_a_locked_register_sign_in_once_the_file_is_free(
        desk: Desk, qtbot: QtBot, runner: JobRunner, held: Callable[[], subprocess.Popen[str]],
        said: list[tuple[str, str]]) -> None:
    """Save with a new name while another program holds the file: the window does not freeze
    (the dialog repaints; Save cannot be pressed twice, and Esc cannot close it with the name
    signed in after all and the window left showing the old officer), and once the file is free
    the new officer is recorded and the dialog closes, without a message."""
    dialog = SettingsDialog(desk, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    opened(qtbot, dialog)
    before = desk.officer_id
    dialog.name.setText("Bart Claes")
    holder = held()
    try:
        dialog.save()
        assert dialog.saving and not dialog._save_button().isEnabled(), "Save waits, and is pressed once"
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.isVisible(), "Esc does not close it half-saved: the sign-in decides"
        paints = Paints()
        dialog.installEventFilter(paints)
        dialog.update()
        qtbot.waitUntil(lambda: paints.count > 0, timeout=5_000)
        assert dialog.isVisible() and holder.poll() is None, "all of this while the other program held the file"
    finally:
        release(holder)
    qtbot.waitUntil(lambda: dialog.result() == SettingsDialog.DialogCode.Accepted, timeout=20_000)
    assert desk.officer_id != before and not dialog.saving
    assert said == []


def test_the_window_opened_on_a_locked_register_reads_its_own_state_once_the_file_is_free(
        desk: Desk, qtbot: QtBot, held: Callable[[], subprocess.Popen[str]],
        said: list[tuple[str, str]]) -> None:
    """The window opened while another program holds the file (a backup tool at start-up): it
    comes and repaints; the officer's name, the Conflicts count and the dashboard wait for the
    file, not the window, and are shown once the other program lets go, with no message."""
    holder = held()
    try:
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.jobs.busy and window.officer_label.text() == "", "its reads wait for the file"
        paints = Paints()
        window.navigation.viewport().installEventFilter(paints)
        window.navigation.viewport().update()
        qtbot.waitUntil(lambda: paints.count > 0, timeout=5000)  # it repaints
        assert holder.poll() is None, "all of this happened while the other program held the file"
    finally:
        release(holder)

    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=20_000)
    assert window.officer_label.text() == "Signed in as An Peeters"
    assert window.dashboard.dashboard is not None, "the dashboard is shown"
    assert window.field_sync.count == 0 and said == []
    window.close()


def test_quick_search_on_a_locked_register_waits_for_the_file_not_the_typing(
        desk: Desk, seeded: Seed, qtbot: QtBot, held: Callable[[], subprocess.Popen[str]],
        said: list[tuple[str, str]]) -> None:
    """Ctrl+K while another program holds the file: the officer types on, the dialog shows it is
    busy, repaints, and Esc closes it; opened again, the hits of what was typed last (not of the
    query typed before it) come once the other program lets go, and no message about it."""
    seeded(desk, 12)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)

    def quick_search() -> QuickSearch:
        window.quick_search_action.trigger()  # Ctrl+K
        popup = window._quick_search
        assert popup.isVisible()
        qtbot.keyClicks(popup.line, "initiative 00")
        qtbot.waitUntil(lambda: popup.cursor().shape() == Qt.CursorShape.BusyCursor, timeout=5000)  # it searches
        qtbot.keyClicks(popup.line, "3")  # typing goes on while that search waits for the file
        assert popup.line.text() == "initiative 003"
        qtbot.waitUntil(lambda: not popup._timer.isActive(), timeout=5000)  # the newer search is asked too
        return popup

    holder = held()
    try:
        popup = quick_search()
        paints = Paints()
        popup.results.viewport().installEventFilter(paints)
        popup.results.viewport().update()
        qtbot.waitUntil(lambda: paints.count > 0, timeout=5000)  # it repaints
        qtbot.keyClick(popup.line, Qt.Key.Key_Escape)
        assert not popup.isVisible(), "Esc closes it"

        again = quick_search()
        assert again.cursor().shape() == Qt.CursorShape.BusyCursor and again.hits() == []
        assert holder.poll() is None, "all of this happened while the other program held the file"
    finally:
        release(holder)

    qtbot.waitUntil(lambda: again.cursor().shape() != Qt.CursorShape.BusyCursor, timeout=20_000)
    assert again.hits() == search.quick_search(desk, text="initiative 003", limit=10)
    assert again.hits()[0].title == "Initiative 003", "the hits of what was typed last"
    assert said == []
    window.close()
