"""Events in the window (issue 18): the Events list, the event editor, the event page with its
registrations and waiting list, attendance marked from the keyboard, the dashboard's next events
and the initiative's timeline. Each test says what the officer would see go wrong if it failed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from ui_helpers import opened

from fourthpillar import clock
from fourthpillar.services import events
from fourthpillar.services import initiatives
from fourthpillar.services import registrations
from fourthpillar.services.desk import Desk
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui import event_exports
from fourthpillar.ui import exports as exports_ui
from fourthpillar.ui.editors import EventEditor
from fourthpillar.ui.editors import RegistrationDialog
from fourthpillar.ui.editors.base import EditorDialog
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.lists.definitions import EVENT_LIST
from fourthpillar.ui.lists.view import ListPage
from fourthpillar.ui.main_window import MainWindow
from fourthpillar.ui.pages.event_page import EventPage

TODAY = clock.today()


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing an editor with input never waits for an answer."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Discard)


def plan(desk: Desk, title: str = "Fondsenwerving voor beginners", days: int = 14, **values: object) -> str:
    fields = {"title": title, "kind": "training", "starts_on": TODAY + dt.timedelta(days=days),
              "start_time": "19:00", "end_time": "21:30", "place": "Vlasfabriekstraat 11, Sint-Gillis",
              "status": "open", **values}
    return events.plan_event(desk, values=fields).id


def person(desk: Desk, name: str, initiative: str) -> tuple[str, str]:
    initiative_id = initiatives.register_initiative(desk, values={"name": initiative, "postcode": "9000"}).id
    contact_id = initiatives.add_contact(desk, initiative_id=initiative_id, values={
        "name": name, "email": f"{name.split()[0].lower()}@example.be"}).id
    return initiative_id, contact_id


def register_walk_in(desk: Desk, event_id: str, name: str) -> str:
    return registrations.register_for_event(desk, event_id=event_id, values={
        "name": name, "email": f"{name.split()[0].lower()}@example.org"}).id


def table_rows(page: EventPage) -> list[list[str]]:
    table = page.table
    return [[table.item(row, column).text() for column in range(table.columnCount())]
            for row in range(table.rowCount())]


def select(page: EventPage, *names: str) -> None:
    """Select the rows of *names* as Ctrl+click would, the first one current."""
    page.table.clearSelection()
    page.table.setSelectionMode(page.table.SelectionMode.MultiSelection)
    for row in range(page.table.rowCount()):
        if page.table.item(row, 0).text() in names:
            page.table.selectRow(row)
    page.table.setSelectionMode(page.table.SelectionMode.ExtendedSelection)
    page.table.setFocus()


def idle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the background jobs, and for the record pages to show what they read."""
    qtbot.waitUntil(lambda: not window.jobs.busy and window.event_page.reading is None
                    and window.initiative_page.reading is None, timeout=10_000)


# -- the list and the editor ---------------------------------------------------------------


def test_events_list_shows_events_and_narrows_by_kind_and_period(qtbot: QtBot, desk: Desk) -> None:
    """Else the office cannot find its trainings: the list is empty, or a filter does nothing."""
    plan(desk, "Fondsenwerving voor beginners")
    plan(desk, "Netwerkdag 2027", days=40, kind="network-day", capacity=120)
    plan(desk, "Subsidies voor vzw's", days=-20, status="held")
    page = ListPage(desk, EVENT_LIST)
    qtbot.addWidget(page)
    page.show()
    titles = [page.model.row_at(row).title for row in range(page.model.rowCount())]
    assert titles == ["Netwerkdag 2027", "Fondsenwerving voor beginners", "Subsidies voor vzw's"]  # latest first
    assert page.count_label.text() == "3 events"
    page.filters.set_filter("kind", "network-day")
    assert [page.model.row_at(row).title for row in range(page.model.rowCount())] == ["Netwerkdag 2027"]
    page.filters.reset()
    page.filters.set_filter("period", "past")
    assert [page.model.row_at(row).title for row in range(page.model.rowCount())] == ["Subsidies voor vzw's"]
    page.filters.set_filter("period", "coming")
    assert page.model.rowCount() == 2 and page.is_filtered()


def test_events_list_remembers_its_period_filter(qtbot: QtBot, desk: Desk) -> None:
    """Else the officer's "coming events" view is lost at every restart."""
    plan(desk)
    plan(desk, "Vorig jaar", days=-300)
    first = ListPage(desk, EVENT_LIST)
    qtbot.addWidget(first)
    first.filters.set_filter("period", "coming")
    again = ListPage(desk, EVENT_LIST)
    qtbot.addWidget(again)
    again.show()
    assert again.filters.state()["period"] == "coming"
    assert [again.model.row_at(row).title for row in range(again.model.rowCount())] == [
        "Fondsenwerving voor beginners"]


def test_the_editor_plans_an_event_with_its_fields(qtbot: QtBot, desk: Desk) -> None:
    """Else an event typed in the editor is not saved, or saved without its times or topics."""
    editor = EventEditor(desk)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.title_edit, "Info-avond subsidies")
    editor.kind_combo.set_code("info-session")
    editor.topics.box("subsidies").setChecked(True)
    editor.starts_field.set_date(TODAY + dt.timedelta(days=7))
    qtbot.keyClicks(editor.start_time_edit, "19u")
    qtbot.keyClicks(editor.end_time_edit, "21.30")
    qtbot.keyClicks(editor.place_edit, "https://meet.example.org/subsidies")
    qtbot.keyClicks(editor.capacity_edit, "25")
    qtbot.keyClicks(editor.trainers_edit, "Sofie Maes")
    editor.accept()
    assert editor.result() == EditorDialog.DialogCode.Accepted
    detail = events.get_event(desk, event_id=editor.saved.id)
    assert (detail.kind, detail.topics, detail.start_time, detail.end_time, detail.capacity) == (
        "info-session", ["subsidies"], "19:00", "21:30", 25)
    assert detail.officer_id == desk.officer_id and detail.status == "planned"
    assert editor.saved.description == "Event planned: Info-avond subsidies"


def test_the_editor_refuses_bad_input_with_the_services_messages(qtbot: QtBot, desk: Desk) -> None:
    """Else a wrong date or time is saved, or the officer cannot tell which field is wrong."""
    editor = EventEditor(desk)
    qtbot.addWidget(editor)
    editor.starts_field.set_date(TODAY + dt.timedelta(days=7))
    editor.ends_field.set_date(TODAY)
    qtbot.keyClicks(editor.start_time_edit, "25:00")
    editor.accept()
    assert editor.saved is None
    assert editor.note("title") == "⚠ is required"
    assert editor.note("start_time") == "⚠ '25:00' is not a time of day (use hh:mm, like 19:30)"
    assert editor.message_bar.text().startswith("Not saved: please correct the 2 marked field")
    qtbot.keyClicks(editor.title_edit, "Netwerkdag")
    editor.start_time_edit.setText("10:00")
    editor.accept()  # the fields are right now; the dates between them are not
    assert editor.saved is None
    assert editor.note("ends_on") == "⚠ is before the start date"
    assert events.list_events(desk, query=ListQuery()).total == 0


def test_editing_an_event_saves_the_change(qtbot: QtBot, desk: Desk) -> None:
    """Else an event cannot be corrected after it was planned."""
    event_id = plan(desk)
    editor = EventEditor(desk, event_id=event_id)
    qtbot.addWidget(editor)
    assert editor.title_edit.text() == "Fondsenwerving voor beginners"
    assert editor.start_time_edit.text() == "19:00"
    editor.title_edit.setText("Fondsenwerving voor gevorderden")
    editor.capacity_edit.setText("30")
    editor.accept()
    detail = events.get_event(desk, event_id=event_id)
    assert (detail.title, detail.capacity, detail.start_time) == ("Fondsenwerving voor gevorderden", 30, "19:00")
    assert editor.saved.description == "Event changed: Fondsenwerving voor gevorderden"


# -- the event page --------------------------------------------------------------------------


@pytest.fixture
def page(qtbot: QtBot, desk: Desk) -> EventPage:
    widget = EventPage(desk)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_registering_past_the_capacity_shows_the_waiting_list(qtbot: QtBot, desk: Desk, page: EventPage) -> None:
    """Else the office promises a place it does not have, or cannot see who is waiting."""
    event_id = plan(desk, capacity=1)
    initiative_id, contact_id = person(desk, "Griet Peeters", "Water voor Kisangani")
    page.show_event(event_id)
    dialog = RegistrationDialog(desk, event_id=event_id, parent=page)
    qtbot.addWidget(dialog)
    dialog.chooser.set_initiative(initiative_id, "Water voor Kisangani")
    assert dialog.contact_combo.code() == contact_id
    dialog.accept()
    assert dialog.status == "registered" and dialog.saved.description == "Registered: Griet Peeters"
    walk_in = RegistrationDialog(desk, event_id=event_id, parent=page)
    qtbot.addWidget(walk_in)
    assert walk_in.places_label.isVisibleTo(walk_in)  # "the event is full" before registering
    walk_in.walk_in_choice.setChecked(True)
    qtbot.keyClicks(walk_in.name_edit, "Karel Smet")
    qtbot.keyClicks(walk_in.email_edit, "karel@example.org")
    walk_in.accept()
    assert walk_in.status == "waiting" and walk_in.saved.description == "On the waiting list: Karel Smet"
    page.refresh()
    assert table_rows(page) == [
        ["Griet Peeters", "Water voor Kisangani", "griet@example.be", "registered", table_rows(page)[0][4]],
        ["Karel Smet", "walk-in", "karel@example.org", "waiting list (1)", table_rows(page)[1][4]]]
    assert page.detail_labels["places"].text() == "1 place: 1 taken, 0 free · 1 waiting"


def test_a_walk_in_without_a_name_is_refused_at_the_field(qtbot: QtBot, desk: Desk) -> None:
    """Else a nameless registration is saved, or the message does not say what is missing."""
    dialog = RegistrationDialog(desk, event_id=plan(desk))
    qtbot.addWidget(dialog)
    dialog.walk_in_choice.setChecked(True)
    qtbot.keyClicks(dialog.email_edit, "niemand@example.org")
    dialog.accept()
    assert dialog.saved is None
    assert dialog.note("name") == "⚠ is required for a walk-in (or give a contact person)"


def test_attendance_keys_mark_the_selected_rows_as_one_undoable_action(
        qtbot: QtBot, desk: Desk, window: MainWindow) -> None:
    """Else marking a room of twenty people takes forty clicks, or Ctrl+Z undoes only one of them."""
    event_id = plan(desk, days=0)
    for name in ("Anna Claes", "Bart Wouters", "Chris Jacobs"):
        register_walk_in(desk, event_id, name)
    window.show_event(event_id)
    idle(qtbot, window)
    page = window.event_page
    assert window.current_page_name() == "event" and window.windowTitle().startswith(
        "Fondsenwerving voor beginners")
    assert page.table.hasFocus(), "A, N, R and C mark attendance at once, without a click first"
    select(page, "Anna Claes", "Chris Jacobs")
    qtbot.keyClick(page.table, Qt.Key.Key_A)
    idle(qtbot, window)
    statuses = {row[0]: row[3] for row in table_rows(page)}
    assert statuses == {"Anna Claes": "attended", "Bart Wouters": "registered", "Chris Jacobs": "attended"}
    assert window.undo_action.text() == "&Undo Mark 2 attended"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, window)
    assert {row[3] for row in table_rows(page)} == {"registered"}
    # One row at a time: the next row is selected, so N, N... goes down the list.
    select(page, "Anna Claes")
    qtbot.keyClick(page.table, Qt.Key.Key_N)
    idle(qtbot, window)
    assert [row[0] for row in table_rows(page) if row[3] == "no-show"] == ["Anna Claes"]
    assert [table_rows(page)[row][0] for row in sorted({index.row() for index in
                                                          page.table.selectionModel().selectedRows()})] == [
        "Bart Wouters"]


def test_a_cancellation_moves_the_first_person_waiting_up_and_says_so(
        qtbot: QtBot, desk: Desk, window: MainWindow) -> None:
    """Else a freed place stays empty while people wait, or the officer does not know who to tell."""
    event_id = plan(desk, capacity=1)
    register_walk_in(desk, event_id, "Anna Claes")
    register_walk_in(desk, event_id, "Bart Wouters")
    register_walk_in(desk, event_id, "Chris Jacobs")
    window.show_event(event_id)
    idle(qtbot, window)
    page = window.event_page
    assert [row[3] for row in table_rows(page)] == ["registered", "waiting list (1)", "waiting list (2)"]
    select(page, "Anna Claes")
    qtbot.keyClick(page.table, Qt.Key.Key_C)
    idle(qtbot, window)
    assert {row[0]: row[3] for row in table_rows(page)} == {
        "Bart Wouters": "registered", "Chris Jacobs": "waiting list (1)", "Anna Claes": "cancelled"}
    assert page.message_bar.text() == "Moved up from the waiting list: Bart Wouters"
    window.undo()
    idle(qtbot, window)
    assert [row[0] for row in table_rows(page) if row[3] == "registered"] == ["Anna Claes"]


def test_the_events_list_opens_the_event_page_and_ctrl_n_plans(qtbot: QtBot, desk: Desk,
                                                               window: MainWindow) -> None:
    """Else the Events page (Ctrl+5) is missing from the navigation, or Enter on a row opens nothing."""
    event_id = plan(desk)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_name() == "events"
    assert window.new_action.text() == "&New event…"
    page = window.lists["events"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)  # the first load is read in the background
    page.focus_table()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    idle(qtbot, window)
    assert window.current_page_name() == "event" and window.event_page.record_id == event_id
    assert window.new_action.text() == "&New registration for this event…"
    assert window.navigation.currentItem().text() == "Events"


# -- the dashboard and the timeline -------------------------------------------------------------


def test_the_dashboard_shows_the_next_events_and_how_full_they_are(qtbot: QtBot, desk: Desk,
                                                                   window: MainWindow) -> None:
    """Else the office does not see that Thursday's training is full, or which events come next."""
    full = plan(desk, "Fondsenwerving", days=3, capacity=2)
    plan(desk, "Netwerkdag", days=30)
    plan(desk, "Afgelast", days=5, status="cancelled")
    for name in ("Anna Claes", "Bart Wouters", "Chris Jacobs"):
        register_walk_in(desk, full, name)
    window.dashboard.refresh()
    idle(qtbot, window)  # read in the background
    shown = window.dashboard._events.widgets
    texts = [widget.text() for widget in shown if isinstance(widget, QLabel | QPushButton)]
    assert shown[0].full_text.endswith("Fondsenwerving") and texts[1] == "2/2 + 1 waiting"
    assert shown[3].full_text.endswith("Netwerkdag") and texts[3] == "0 registered"
    assert not any("Afgelast" in text for text in texts)
    with qtbot.waitSignal(window.dashboard.item_opened):
        qtbot.mouseClick(shown[0], Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert window.current_page_name() == "event" and window.event_page.record_id == full


def test_the_initiative_timeline_shows_the_events_its_people_attended(qtbot: QtBot, desk: Desk,
                                                                      window: MainWindow) -> None:
    """Else nobody can see on an initiative's page which trainings its people followed."""
    event_id = plan(desk, days=-7, status="held")
    initiative_id, contact_id = person(desk, "Griet Peeters", "Water voor Kisangani")
    registration = registrations.register_for_event(desk, event_id=event_id, values={"contact_id": contact_id})
    registrations.set_registration_status(desk, registration_ids=[registration.id], status="attended")
    window.show_initiative(initiative_id)
    idle(qtbot, window)
    tree = window.initiative_page.timeline_tree
    item = tree.topLevelItem(0)
    assert [item.text(column) for column in (1, 2, 3)] == ["Training", "Fondsenwerving voor beginners", "attended"]
    window.initiative_page.open_entry(item)
    idle(qtbot, window)
    assert window.current_page_name() == "event" and window.event_page.record_id == event_id


def test_jobs_runner_is_idle_after_the_page_writes(qtbot: QtBot, desk: Desk, page: EventPage) -> None:
    """Else marking on a page shown on its own (no window) writes nothing."""
    event_id = plan(desk)
    register_walk_in(desk, event_id, "Anna Claes")
    page.show_event(event_id)
    select(page, "Anna Claes")
    with qtbot.waitSignal(page.saved):
        page.status_actions["attended"].trigger()
    runner = page.jobs()
    assert isinstance(runner, JobRunner)
    runner.wait(5000)
    assert events.get_event(desk, event_id=event_id).attended == 1


# -- the event's documents ---------------------------------------------------------------------


def test_the_event_page_exports_its_documents(qtbot: QtBot, desk: Desk, page: EventPage, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Else the office still makes its sign-in sheets, participant lists, certificates and
    calendar entries by hand."""
    event_id = plan(desk, "Netwerkdag")
    register_walk_in(desk, event_id, "Anna Claes")
    register_walk_in(desk, event_id, "Bart Wouters")
    page.show_event(event_id)
    saved: list[Path] = []
    monkeypatch.setattr(exports_ui, "show_result", lambda _parent, _title, result: saved.append(result.path))
    answers = iter([tmp_path / "sign-in.pdf", tmp_path / "participants.xlsx", tmp_path / "event.ics",
                    tmp_path / "certificate.pdf"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(next(answers)), ""))
    page.sign_in_action.trigger()
    page.participants_action.trigger()
    page.calendar_action.trigger()
    qtbot.waitUntil(lambda: len(saved) == 3, timeout=10_000)
    assert {path.name for path in saved} == {"sign-in.pdf", "participants.xlsx", "event.ics"}
    assert (tmp_path / "sign-in.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "participants.xlsx").read_bytes().startswith(b"PK")
    assert "SUMMARY:Netwerkdag" in (tmp_path / "event.ics").read_text(encoding="utf-8")
    assert not page.certificates_action.isEnabled()  # nobody attended yet
    select(page, "Anna Claes")
    assert not page.certificate_action.isEnabled()  # registered, not attended
    registrations.set_registration_status(desk, registration_ids=page.selected_ids(), status="attended")
    page.refresh()
    assert page.certificates_action.isEnabled() and page.certificate_action.isEnabled()
    page.certificate_action.trigger()
    qtbot.waitUntil(lambda: len(saved) == 4, timeout=10_000)
    monkeypatch.setattr(event_exports.QMessageBox, "exec", lambda _box: 0)
    folder = tmp_path / "certificates"
    folder.mkdir()
    event_exports.export_certificates(page, desk, event_id, folder=folder)
    assert [path.name.startswith("certificate-") for path in folder.iterdir()] == [True]


def test_delete_on_the_event_page_archives_the_event_after_asking(qtbot: QtBot, desk: Desk, window: MainWindow,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Else an event planned by mistake cannot be removed from its page, or Ctrl+Z cannot bring it back."""
    event_id = plan(desk, "Dubbel ingevoerd")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_args: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    window.show_page("events")
    window.show_event(event_id)
    idle(qtbot, window)
    window.archive_action.trigger()
    idle(qtbot, window)
    assert asked and "Dubbel ingevoerd" in asked[0]
    assert window.current_page_name() == "events"
    assert events.get_event(desk, event_id=event_id).archived
    window.undo()
    idle(qtbot, window)
    assert not events.get_event(desk, event_id=event_id).archived


def test_the_dashboard_link_shows_the_coming_events_and_ctrl_e_exports_them(
        qtbot: QtBot, desk: Desk, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Else "Show all coming events" shows last year's too, or the Events list cannot be exported."""
    plan(desk, "Netwerkdag")
    plan(desk, "Vorig jaar", days=-300)
    window.dashboard.refresh()
    idle(qtbot, window)  # read in the background
    link = next(button for button in window.dashboard.findChildren(QPushButton)
                if button.text() == "Show all coming events")
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    page = window.lists["events"]
    assert window.current_page_name() == "events" and page.filters.state().get("period") == "coming"
    qtbot.waitUntil(lambda: not page.searching, timeout=5000)  # the filter is read in the background
    assert [page.model.row_at(row).title for row in range(page.model.rowCount())] == ["Netwerkdag"]
    saved: list[Path] = []
    monkeypatch.setattr(exports_ui, "show_result", lambda _parent, _title, result: saved.append(result.path))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(tmp_path / "events.xlsx"), ""))
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    assert saved[0].read_bytes().startswith(b"PK")


def test_the_event_history_names_what_changed(qtbot: QtBot, desk: Desk, page: EventPage) -> None:
    """Else History… on the event page shows nothing, and an earlier change cannot be found or undone."""
    from fourthpillar.ui.history_dialog import HistoryDialog

    event_id = plan(desk)
    events.update_event(desk, event_id=event_id, changes={"place": "Gent"})
    page.show_event(event_id)
    page.show_history()
    dialog = next(child for child in page.findChildren(HistoryDialog))
    qtbot.addWidget(dialog)
    opened(qtbot, dialog)
    assert dialog.table.rowCount() >= 2
    texts = [dialog.table.item(row, column).text() for row in range(dialog.table.rowCount())
             for column in range(dialog.table.columnCount()) if dialog.table.item(row, column)]
    assert any("Gent" in text for text in texts)
    dialog.reject()


def test_registrations_imported_from_a_spreadsheet_after_a_preview_are_one_undo(
        qtbot: QtBot, desk: Desk, window: MainWindow, tmp_path: Path) -> None:
    """Else the office retypes the registration list the partner sent, or an import gone wrong
    cannot be taken back with Ctrl+Z."""
    from openpyxl import Workbook

    event_id = plan(desk, capacity=2)
    _initiative_id, _contact_id = person(desk, "Griet Peeters", "Water voor Kisangani")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["Naam", "E-mail"], ["Griet Peeters", "griet@example.be"], ["Karel Smet", "karel@example.org"],
                ["Zoë D'Hondt", "zoe@example.org"], ["Fout", "geen-adres"]):
        sheet.append(row)
    book.save(tmp_path / "lijst.xlsx")
    window.show_event(event_id)
    idle(qtbot, window)
    dialog = window.event_page.import_registrations(tmp_path / "lijst.xlsx")
    assert dialog is not None
    idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.summary.text() == ("1 contact person found · 2 walk-ins · 0 rows skipped · "
                                     "1 row cannot be imported")
    assert events.get_event(desk, event_id=event_id).registrations == []  # the preview wrote nothing
    dialog.import_button.click()
    idle(qtbot, window)
    statuses = {row[0]: row[3] for row in table_rows(window.event_page)}
    assert statuses == {"Griet Peeters": "registered", "Karel Smet": "registered", "Zoë D'Hondt": "waiting list (1)"}
    assert window.event_page.message_bar.text() == "Imported: 2 registered · 1 on the waiting list · 0 skipped"
    assert window.undo_action.text() == "&Undo Registrations imported for Fondsenwerving voor beginners"
    window.undo()
    idle(qtbot, window)
    assert table_rows(window.event_page) == []
