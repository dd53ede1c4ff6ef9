"""The initiative page on a real SQLite register: what the officer reads there and what its
buttons do. Each test says what the officer would see go wrong if it failed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_helpers import opened

from fourthpillar import clock
from fourthpillar.services import followups
from fourthpillar.services import history
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import NotFound
from fourthpillar.ui.editors import CompleteFollowUpDialog
from fourthpillar.ui.editors import ContactEditor
from fourthpillar.ui.editors import FollowUpEditor
from fourthpillar.ui.editors import RequestEditor
from fourthpillar.ui.pages.initiative_page import InitiativePage

TODAY = clock.today()


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox.StandardButton]:
    """Answers for QMessageBox.question, in order (default: Discard, so nothing ever waits)."""
    answers: list[QMessageBox.StandardButton] = []

    def question(*_args, **_kwargs):
        return answers.pop(0) if answers else QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    return answers


@pytest.fixture
def register(desk: Desk) -> dict[str, str]:
    """One initiative with every field, two contacts, a request and two follow-ups."""
    initiative_id = initiatives.register_initiative(desk, values={
        "name": "Vrienden van Kisangani", "legal_form": "vzw", "enterprise_number": "0123456749",
        "street": "Kerkstraat 12", "postcode": "9000", "municipality": "Gent",
        "partner_countries": ["CD", "SN"], "themes": ["education", "healthcare"], "founded_year": 1998,
        "panel_member": True, "status": "active", "tags": "Kongo, scholen",
        "notes": "Benefiet in oktober <b>niet vet</b>"}).id
    marie = initiatives.add_contact(desk, initiative_id=initiative_id, values={
        "name": "Marie Claes", "role": "voorzitter", "email": "marie@example.be", "language": "fr"}).id
    jan = initiatives.add_contact(desk, initiative_id=initiative_id, values={"name": "Jan Peeters"}).id
    request_id = requests.log_request(desk, initiative_id=initiative_id, values={
        "received_on": TODAY - dt.timedelta(days=10), "channel": "phone", "status": "in-progress",
        "question": "Hoe vragen we een subsidie aan?\nTweede regel"}).id
    overdue = followups.plan_follow_up(desk, request_id=request_id, values={
        "action": "Terugbellen", "due_on": TODAY - dt.timedelta(days=3)}).id
    later = followups.plan_follow_up(desk, initiative_id=initiative_id, values={
        "action": "Bezoek plannen", "due_on": TODAY + dt.timedelta(days=20)}).id
    return {"initiative": initiative_id, "marie": marie, "jan": jan, "request": request_id,
            "overdue": overdue, "later": later}


@pytest.fixture
def page(qtbot, desk: Desk, register: dict[str, str]) -> InitiativePage:
    widget = InitiativePage(desk)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_initiative(register["initiative"])
    return widget


def rows(tree) -> list[list[str]]:
    return [[tree.topLevelItem(row).text(column) for column in range(tree.columnCount())]
            for row in range(tree.topLevelItemCount())]


def select_timeline(page: InitiativePage, record_id: str):
    for row in range(page.timeline_tree.topLevelItemCount()):
        item = page.timeline_tree.topLevelItem(row)
        if item.data(0, Qt.ItemDataRole.UserRole) == record_id:
            page.timeline_tree.setCurrentItem(item)
            return item
    raise AssertionError(f"{record_id} is not on the timeline")


def test_page_shows_every_detail_with_labels_and_country_names(page: InitiativePage,
                                                               register: dict[str, str]) -> None:
    """Else: the officer reads codes (vzw, CD, oost-vlaanderen) or misses a field of the initiative."""
    assert page.record_id == register["initiative"]
    assert page.title_label.text() == "Vrienden van Kisangani"
    shown = {key: label.text() for key, label in page.detail_labels.items()}
    assert shown["legal_form"] == "vzw (non-profit association)"
    assert shown["enterprise_number"] == "0123.456.749"
    assert shown["address"] == "Kerkstraat 12\n9000 Gent"
    assert shown["province"] == "East Flanders"
    assert shown["partner_countries"] == "Democratic Republic of the Congo, Senegal"  # the UI's language
    assert shown["themes"] == "education, healthcare"
    assert shown["founded_year"] == "1998"
    assert shown["panel_member"] == "member"
    assert shown["status"] == "active"
    assert shown["tags"] == "Kongo, scholen"
    # User text is shown as typed, never interpreted as markup.
    assert shown["notes"] == "Benefiet in oktober <b>niet vet</b>"
    assert page.detail_labels["notes"].textFormat() == Qt.TextFormat.PlainText


def test_page_lists_contacts_and_a_newest_first_timeline(page: InitiativePage) -> None:
    """Else: contacts or requests and follow-ups of the initiative are missing or out of order."""
    assert rows(page.contact_tree) == [
        ["Jan Peeters", "", "", "", "Dutch"],
        ["Marie Claes", "voorzitter", "marie@example.be", "", "French"],
    ]
    fmt = "%d/%m/%Y"
    assert rows(page.timeline_tree) == [
        [(TODAY + dt.timedelta(days=20)).strftime(fmt), "Follow-up", "Bezoek plannen", "to do"],
        [(TODAY - dt.timedelta(days=3)).strftime(fmt), "Follow-up", "Terugbellen", "overdue"],
        [(TODAY - dt.timedelta(days=10)).strftime(fmt), "Request", "Hoe vragen we een subsidie aan?", "in progress"],
    ]


def test_double_click_on_a_request_asks_the_window_to_open_it(qtbot, page: InitiativePage,
                                                              register: dict[str, str]) -> None:
    """Else: double-clicking a request on the timeline does nothing, or opens it twice."""
    opened: list[str] = []
    page.request_opened.connect(opened.append)
    item = select_timeline(page, register["request"])
    centre = page.timeline_tree.visualItemRect(item).center()
    # A real double-click starts with a press: the view only activates the row it was pressed on.
    qtbot.mouseClick(page.timeline_tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(page.timeline_tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == [register["request"]]
    assert page.active_dialog is None  # the window opens it, not the page as well


def test_opening_entries_without_a_window_opens_their_editors(page: InitiativePage, register: dict[str, str]) -> None:
    """Else: on its own (nothing connected), the page cannot open a request or a follow-up."""
    select_timeline(page, register["request"])
    page.open_entry()
    assert isinstance(page.active_dialog, RequestEditor)
    assert page.active_dialog.request_id == register["request"]
    page.active_dialog.reject()
    select_timeline(page, register["later"])
    page.open_entry()
    assert isinstance(page.active_dialog, FollowUpEditor)
    assert page.active_dialog.follow_up_id == register["later"]


def test_adding_a_contact_from_the_page_shows_it_and_can_be_undone(qtbot, desk: Desk, page: InitiativePage,
                                                                    register: dict[str, str]) -> None:
    """Else: a contact added on the page does not appear, or Undo (Ctrl+Z) cannot take it back."""
    qtbot.mouseClick(page.add_contact_button, Qt.MouseButton.LeftButton)
    editor = page.active_dialog
    assert isinstance(editor, ContactEditor)
    opened(qtbot, editor)
    qtbot.keyClicks(editor.name_edit, "Fatou Diallo")
    qtbot.keyClicks(editor.email_edit, "fatou@example.org")
    with qtbot.waitSignal(page.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert ["Fatou Diallo", "", "fatou@example.org", "", "Dutch"] in rows(page.contact_tree)
    history.undo_action(desk, batch_id=saved.args[0].batch_id)
    page.refresh()
    assert "Fatou Diallo" not in [row[0] for row in rows(page.contact_tree)]


def test_archiving_a_contact_asks_first(qtbot, page: InitiativePage, register: dict[str, str],
                                        questions: list[QMessageBox.StandardButton]) -> None:
    """Else: one click removes a contact person without asking, or "Cancel" removes it anyway."""
    page.contact_tree.setCurrentItem(page.contact_tree.topLevelItem(0))  # Jan Peeters
    questions.append(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(page.archive_contact_button, Qt.MouseButton.LeftButton)
    assert [row[0] for row in rows(page.contact_tree)] == ["Jan Peeters", "Marie Claes"]

    page.contact_tree.setCurrentItem(page.contact_tree.topLevelItem(0))
    questions.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(page.archive_contact_button, Qt.MouseButton.LeftButton)
    assert [row[0] for row in rows(page.contact_tree)] == ["Marie Claes"]


def test_editing_a_contact_from_the_page(qtbot, page: InitiativePage) -> None:
    """Else: a corrected phone number typed on the page is not shown or not kept."""
    page.contact_tree.setCurrentItem(page.contact_tree.topLevelItem(1))  # Marie Claes
    qtbot.mouseClick(page.edit_contact_button, Qt.MouseButton.LeftButton)
    editor = page.active_dialog
    assert isinstance(editor, ContactEditor)
    opened(qtbot, editor)
    assert editor.name_edit.text() == "Marie Claes"
    qtbot.keyClicks(editor.phone_edit, "09 123 45 67")
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert rows(page.contact_tree)[1][3] == "09 123 45 67"


def test_mark_done_on_the_timeline(qtbot, desk: Desk, page: InitiativePage, register: dict[str, str]) -> None:
    """Else: an overdue follow-up cannot be ticked off from the initiative's page."""
    select_timeline(page, register["request"])
    assert not page.mark_done_button.isEnabled()  # a request is not "done" that way
    select_timeline(page, register["overdue"])
    assert page.mark_done_button.isEnabled()
    qtbot.mouseClick(page.mark_done_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, CompleteFollowUpDialog)
    opened(qtbot, dialog)
    qtbot.keyClicks(dialog.outcome_edit, "Teruggebeld, dossier loopt")
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = followups.get_follow_up(desk, follow_up_id=register["overdue"])
    assert (stored.done_on, stored.outcome) == (TODAY, "Teruggebeld, dossier loopt")
    entry = select_timeline(page, register["overdue"])
    assert entry.text(0) == TODAY.strftime("%d/%m/%Y") and entry.text(3) == "done"
    assert not page.mark_done_button.isEnabled()


def test_new_request_and_follow_up_from_the_page_join_the_timeline(qtbot, page: InitiativePage) -> None:
    """Else: a request or follow-up started on the page lands elsewhere or does not show up."""
    qtbot.mouseClick(page.new_request_button, Qt.MouseButton.LeftButton)
    editor = page.active_dialog
    assert isinstance(editor, RequestEditor)
    opened(qtbot, editor)
    assert editor.initiative_label.text() == "Vrienden van Kisangani"
    editor.channel_combo.setCurrentIndex(editor.channel_combo.findData("email"))
    qtbot.keyClicks(editor.question_edit, "Welke verzekering hebben vrijwilligers nodig?")
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert ["Request", "Welke verzekering hebben vrijwilligers nodig?", "new"] in [
        row[1:] for row in rows(page.timeline_tree)]

    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    planner = page.active_dialog
    assert isinstance(planner, FollowUpEditor)
    opened(qtbot, planner)
    qtbot.keyClicks(planner.action_edit, "Verzekeringsmakelaar doorsturen")
    qtbot.mouseClick(planner.quick_buttons["+1m"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(planner.save_button, Qt.MouseButton.LeftButton)
    assert ["Follow-up", "Verzekeringsmakelaar doorsturen", "to do"] in [row[1:] for row in rows(page.timeline_tree)]


def test_an_archived_initiative_is_shown_read_only(desk: Desk, page: InitiativePage, register: dict[str, str]) -> None:
    """Else: work is added to an archived initiative, where nobody will look for it."""
    initiatives.archive_initiative(desk, initiative_id=register["initiative"])
    page.refresh()
    assert "archived" in page.message_bar.text()
    assert not page.edit_button.isEnabled()
    assert not page.new_request_button.isEnabled()
    assert not page.add_contact_button.isEnabled()


def test_an_unknown_initiative_is_reported_to_the_caller(desk: Desk, page: InitiativePage,
                                                         register: dict[str, str]) -> None:
    """Else: opening a vanished initiative shows a blank page or the previous one as if it were it."""
    failures: list[BaseException] = []
    page.show_initiative("no-such-id", on_failed=failures.append)
    assert len(failures) == 1 and isinstance(failures[0], NotFound)
    assert page.record_id == register["initiative"]  # still showing what it showed
    assert page.title_label.text() == "Vrienden van Kisangani"
