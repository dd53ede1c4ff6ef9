"""A list comes back as the officer left it: search text and filters remembered per list.

If these failed, an officer would reopen the app to a list that forgot her search and filters,
to a list narrowed without a sign of why, to an error for an officer or code that no longer
exists, or could not clear what was remembered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtCore import QSettings
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fourthpillar import clock
from fourthpillar.services import officers
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.models import Officer
from fourthpillar.store.models import utc_now
from fourthpillar.ui import settings
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.lists.definitions import FOLLOW_UP_LIST
from fourthpillar.ui.lists.definitions import INITIATIVE_LIST
from fourthpillar.ui.lists.definitions import REQUEST_LIST
from fourthpillar.ui.lists.definitions import ListDefinition
from fourthpillar.ui.lists.filters import ME
from fourthpillar.ui.lists.view import ListPage
from fourthpillar.ui.main_window import DASHBOARD
from fourthpillar.ui.main_window import MainWindow
from fourthpillar.ui.sync_actions import CONFLICTS

Seed = Callable[[Desk, int], list[str]]


def open_list(desk: Desk, qtbot: QtBot, definition: ListDefinition = REQUEST_LIST) -> ListPage:
    page = ListPage(desk, definition)
    qtbot.addWidget(page)
    page.show()
    return page


def close(page: ListPage) -> None:
    page.save_settings()
    page.close()
    page.deleteLater()


def shown_ids(page: ListPage) -> list[str | None]:
    return [page.model.id_at(row) for row in range(page.model.rowCount())]


def combo_code(page: ListPage, name: str) -> object:
    combo = page.filters.combo(name)
    assert combo is not None
    return combo.currentData()


def test_search_and_filters_come_back_when_the_list_is_opened_again(seeded: Seed, desk: Desk,
                                                                    qtbot: QtBot) -> None:
    seeded(desk, 12)
    page = open_list(desk, qtbot)
    page.search_box.setText("subsidies")
    page.filters.set_filter("province", "limburg")
    page.filters.set_filter("theme", "education")
    page.filters.set_filter("officer", ME)
    page.filters.set_filter("include_archived", True)
    expected = shown_ids(page)
    assert 0 < len(expected) < 12
    close(page)

    again = open_list(desk, qtbot)
    assert again.search_box.text() == "subsidies"
    assert (combo_code(again, "province"), combo_code(again, "theme"), combo_code(again, "officer")) == (
        "limburg", "education", ME)
    check = again.filters.check("include_archived")
    assert check is not None and check.isChecked()
    # Applied in the query like any filter the officer picks, not only shown in the widgets.
    query = again.model.query
    assert (query.search, query.province, query.theme, query.officer_id, query.include_archived) == (
        "subsidies", "limburg", "education", desk.officer_id, True)
    assert shown_ids(again) == expected
    # The officer sees why the list is short.
    assert again.filtered_label.isVisible() and again.filtered_label.text() == "(filtered)"
    assert again.filters.clear_button.isEnabled()


def test_each_list_remembers_its_own_filters(desk: Desk, qtbot: QtBot) -> None:
    requests_page = open_list(desk, qtbot, REQUEST_LIST)
    requests_page.filters.set_filter("status", "waiting")
    close(requests_page)
    initiatives_page = open_list(desk, qtbot, INITIATIVE_LIST)
    assert combo_code(initiatives_page, "status") is None
    assert not initiatives_page.filtered_label.isVisible()


def test_a_due_range_comes_back_and_a_relative_preset_stays_relative(desk: Desk, qtbot: QtBot) -> None:
    """'Overdue' saved yesterday means overdue today; a chosen range keeps its dates."""
    page = open_list(desk, qtbot, FOLLOW_UP_LIST)
    page.filters.set_filter("due", "overdue")
    page.filters.set_filter("open_only", False)
    close(page)
    again = open_list(desk, qtbot, FOLLOW_UP_LIST)
    assert combo_code(again, "due") == "overdue"
    assert again.model.query.due_to == clock.today() - dt.timedelta(days=1)
    check = again.filters.check("open_only")
    assert check is not None and not check.isChecked() and not again.model.query.open_only

    again.filters.set_filter("due", "custom")
    again.filters._due_from.setDate(QDate(2026, 1, 1))
    again.filters._due_to.setDate(QDate(2026, 1, 31))
    close(again)
    third = open_list(desk, qtbot, FOLLOW_UP_LIST)
    assert combo_code(third, "due") == "custom" and third.filters._due_from.isVisible()
    assert (third.model.query.due_from, third.model.query.due_to) == (dt.date(2026, 1, 1), dt.date(2026, 1, 31))


def test_an_archived_officer_or_a_renamed_code_is_passed_over_silently(seeded: Seed, desk: Desk,
                                                                       qtbot: QtBot) -> None:
    seeded(desk, 3)
    colleague = officers.register_officer(desk, values={"name": "Bart Claes", "region": "limburg"})
    page = open_list(desk, qtbot)
    assert page.filters.set_filter("officer", colleague.id)
    close(page)
    key = settings.register_list_key(desk.replica_id, "requests", "filters")
    assert settings.read_json_object(key)["officer"] == colleague.id
    restored = ListPage(desk, REQUEST_LIST)
    qtbot.addWidget(restored)
    assert not restored.model.loaded  # restoring chose the officer without querying on its own
    restored.show()
    assert combo_code(restored, "officer") == colleague.id and restored.model.query.officer_id == colleague.id
    close(restored)
    with desk.database.session() as session:
        record = session.get(Officer, colleague.id)
        assert record is not None
        record.archived_at = utc_now()
    settings.write_json(key, {
        "officer": colleague.id, "province": "atlantis", "topic": 7, "due": "custom", "due_from": "soon",
        "no_such_filter": "x", "include_archived": "yes"})

    again = open_list(desk, qtbot)
    assert combo_code(again, "officer") is None and combo_code(again, "province") is None
    assert combo_code(again, "topic") is None and combo_code(again, "due") == "any"
    assert again.model.query.officer_id is None and again.model.total == 3
    assert not again.filtered_label.isVisible()


def test_with_a_runner_the_officers_are_read_off_the_gui_thread_and_the_remembered_one_stays(
        seeded: Seed, desk: Desk, qtbot: QtBot, runner: JobRunner) -> None:
    """In the window the officer filter is filled by the read pool (a register locked by another
    program must not freeze the window while it opens a list). If this failed, a remembered
    officer would be dropped because the names were not there yet, the first read would show
    every row, or an officer archived since would keep the list empty."""
    seeded(desk, 3)
    colleague = officers.register_officer(desk, values={"name": "Bart Claes", "region": "limburg"})
    key = settings.register_list_key(desk.replica_id, "requests", "filters")
    settings.write_json(key, {"officer": colleague.id})
    page = ListPage(desk, REQUEST_LIST, jobs=runner)
    qtbot.addWidget(page)
    # Chosen at once, so the first read is already the officer's rows.
    assert combo_code(page, "officer") == colleague.id and page.model.query.officer_id == colleague.id
    page.show()
    combo = page.filters.combo("officer")
    assert combo is not None
    qtbot.waitUntil(lambda: combo.findText("Bart Claes") > 0)
    assert combo.currentText() == "Bart Claes" and combo.findText("…") < 0
    assert [combo.itemData(index) for index in range(combo.count())].count(colleague.id) == 1
    qtbot.waitUntil(lambda: page.model.loaded and not runner.busy)
    assert page.model.total == 0  # the seeded requests are An's, none is Bart's
    close(page)

    # Restored twice before the names come (another remembered officer): one placeholder, gone.
    twice = ListPage(desk, REQUEST_LIST, jobs=runner)
    qtbot.addWidget(twice)
    twice.filters.restore({"officer": desk.officer_id})
    combo = twice.filters.combo("officer")
    assert combo is not None
    qtbot.waitUntil(lambda: combo.findText("Bart Claes") > 0)
    assert combo.findText("…") < 0 and combo.currentData() == desk.officer_id
    assert twice.filters.set_filter("officer", colleague.id)  # remembered for what follows
    close(twice)

    with desk.database.session() as session:
        record = session.get(Officer, colleague.id)
        assert record is not None
        record.archived_at = utc_now()
    again = ListPage(desk, REQUEST_LIST, jobs=runner)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: combo_code(again, "officer") is None and again.model.query.officer_id is None)
    qtbot.waitUntil(lambda: again.model.loaded and again.model.total == 3 and not runner.busy)
    close(again)


def test_unreadable_remembered_filters_open_the_list_unfiltered(seeded: Seed, desk: Desk, qtbot: QtBot) -> None:
    seeded(desk, 2)
    QSettings().setValue(settings.register_list_key(desk.replica_id, "initiatives", "filters"), "{not json")
    page = open_list(desk, qtbot, INITIATIVE_LIST)
    assert page.model.total == 2 and not page.is_filtered()


def test_clear_filters_shows_every_row_and_is_what_is_remembered(seeded: Seed, desk: Desk, qtbot: QtBot) -> None:
    seeded(desk, 6)
    page = open_list(desk, qtbot, INITIATIVE_LIST)
    assert not page.filters.clear_button.isEnabled()  # nothing to clear yet
    page.search_box.setText("Initiative 00")
    page.filters.set_filter("status", "dormant")
    close(page)

    again = open_list(desk, qtbot, INITIATIVE_LIST)
    assert again.model.total == 2
    # From the keyboard: Tab reaches the button, Space presses it.
    button = again.filters.clear_button
    assert button in again.filters.focus_widgets() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert again.search_box.text() == "" and combo_code(again, "status") is None
    assert again.model.total == 6 and not again.filtered_label.isVisible()
    close(again)

    third = open_list(desk, qtbot, INITIATIVE_LIST)
    assert third.search_box.text() == "" and third.model.total == 6 and not third.is_filtered()


def test_clearing_the_follow_ups_goes_back_to_open_only(desk: Desk, qtbot: QtBot) -> None:
    """The follow-up list's default is 'open only': clearing returns to that, not to everything."""
    page = open_list(desk, qtbot, FOLLOW_UP_LIST)
    page.filters.set_filter("open_only", False)
    assert page.is_filtered()
    page.clear_filters()
    check = page.filters.check("open_only")
    assert check is not None and check.isChecked() and page.model.query.open_only
    assert not page.is_filtered()


def test_the_main_window_reopens_its_lists_as_they_were_left(seeded: Seed, desk: Desk, qtbot: QtBot) -> None:
    seeded(desk, 6)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    page = window.lists["initiatives"]
    window.show_page("initiatives")
    page.filters.set_filter("province", "limburg")
    window.close()
    window.jobs.wait(10_000)

    reopened = MainWindow(desk)
    qtbot.addWidget(reopened)
    reopened.show()
    reopened.show_page("initiatives")
    page = reopened.lists["initiatives"]
    qtbot.waitUntil(lambda: page.model.loaded)  # the first page is read in the background
    assert combo_code(page, "province") == "limburg"
    assert page.model.total == 1 and page.filtered_label.isVisible()
    # The status bar says so too: a short list must not look like the whole register.
    assert reopened.count_label.text() == "1 initiative (filtered)"
    # View > Clear filters clears the search and filters together, with one query.
    page.search_box.setText("Initiative")
    queries: list[object] = []
    page.model.total_changed.connect(queries.append)
    reopened.clear_filters_action.trigger()
    qtbot.waitUntil(lambda: page.model.loaded and page.model.total == 6)
    assert page.search_box.text() == "" and combo_code(page, "province") is None
    assert len(queries) == 1 and reopened.count_label.text() == "6 initiatives"
    reopened.jobs.wait(10_000)


def test_a_new_register_opens_clean_and_the_first_comes_back_as_left(seeded: Seed, desk: Desk, tmp_path: Path,
                                                                    qtbot: QtBot) -> None:
    """If search, filters and page were the officer's rather than the register's, a new, empty
    register would open on the Conflicts page with last week's search in the Initiatives list
    (and show nothing, without a reason an officer would guess)."""
    seeded(desk, 4)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    window.show_page("initiatives")
    window.lists["initiatives"].search_box.setText("mopti 190")
    window.lists["requests"].filters.set_filter("province", "limburg")
    window.show_page(CONFLICTS)
    qtbot.waitUntil(lambda: not window.jobs.busy)
    window.close()
    window.jobs.wait(10_000)

    other_folder = tmp_path / "other register"
    other_folder.mkdir()
    other = open_desk(data_dir=other_folder)
    try:
        officers.sign_in(other, name="An Peeters", region="antwerpen")
        fresh = MainWindow(other)
        qtbot.addWidget(fresh)
        fresh.show()
        assert fresh.current_page_name() == DASHBOARD
        assert fresh.lists["initiatives"].search_box.text() == ""
        assert not fresh.lists["requests"].is_filtered()
        qtbot.waitUntil(lambda: not fresh.jobs.busy)
        fresh.close()
        fresh.jobs.wait(10_000)
    finally:
        other.close()

    again = MainWindow(desk)
    qtbot.addWidget(again)
    again.show()
    assert again.current_page_name() == CONFLICTS
    assert again.lists["initiatives"].search_box.text() == "mopti 190"
    assert combo_code(again.lists["requests"], "province") == "limburg"
    again.jobs.wait(10_000)
