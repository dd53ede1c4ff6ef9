"""The editors, driven as an officer would (typing, clicking, Ctrl+S) on a real SQLite register.

Each test says what the officer would see go wrong if it failed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMessageBox
from ui_helpers import show

from fourthpillar import clock
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui.editors import CompleteFollowUpDialog
from fourthpillar.ui.editors import ContactEditor
from fourthpillar.ui.editors import FollowUpEditor
from fourthpillar.ui.editors import InitiativeEditor
from fourthpillar.ui.editors import RequestEditor

#: For tests that open a completer popup: the offscreen platform cannot raise it or grab the
#: keyboard for it (nor pass size hints on), and says so; limits of the test platform, not bugs.
#: A marker on the test itself, because the closest qt_log_ignore marker wins.
offscreen_popups = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def initiative_id(desk: Desk) -> str:
    return initiatives.register_initiative(desk, values={
        "name": "Vrienden van Kisangani", "postcode": "2000", "municipality": "Antwerpen"}).id


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question an editor asks (by title), answered "Discard" unless a test says otherwise.

    Without it a dirty editor closed at the end of a test would wait for an answer forever.
    """
    asked: list[str] = []

    def question(_parent, title, *_args, **_kwargs):
        asked.append(title)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def press_save(qtbot, dialog: QDialog) -> None:
    """Ctrl+S, as the officer would; the shortcut must reach the dialog."""
    assert dialog.isActiveWindow()
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def all_initiatives(desk: Desk) -> list[str]:
    return [row.name for row in initiatives.list_initiatives(desk, query=ListQuery()).rows]


# -- initiatives ----------------------------------------------------------------------------------


@offscreen_popups
def test_registering_an_initiative_stores_every_field_typed(qtbot, desk: Desk, questions) -> None:
    """Else: the officer fills the form, presses Ctrl+S, and the register holds something else."""
    editor = show(qtbot, InitiativeEditor(desk))
    qtbot.keyClicks(editor.name_edit, "Vrienden van Kisangani")
    editor.legal_form_combo.setCurrentIndex(editor.legal_form_combo.findData("vzw"))
    qtbot.keyClicks(editor.enterprise_edit, "BE 0123 456 749")
    editor.status_combo.setCurrentIndex(editor.status_combo.findData("dormant"))
    qtbot.keyClicks(editor.year_edit, "1998")
    editor.panel_check.click()
    qtbot.keyClicks(editor.street_edit, "Kerkstraat 12")
    qtbot.keyClicks(editor.postcode_edit, "9000")
    qtbot.keyClicks(editor.municipality_edit, "Gent")
    qtbot.keyClicks(editor.countries.line_edit, "Senegal")
    qtbot.keyClick(editor.countries.line_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.countries.line_edit, "cd")
    qtbot.keyClick(editor.countries.line_edit, Qt.Key.Key_Return)
    editor.themes.box("education").click()
    editor.themes.box("water-sanitation").click()
    qtbot.keyClicks(editor.tags_edit, "Kongo, scholen")
    qtbot.keyClicks(editor.notes_edit, "Benefiet in oktober")

    # The province follows the Belgian postcode and cannot be chosen against it.
    assert editor.province_combo.code() == "oost-vlaanderen"
    assert not editor.province_combo.isEnabled()
    assert editor.note("enterprise_number") == "✓ 0123.456.749"
    assert editor.countries.list.item(0).text() == "Senegal (SN)"

    press_save(qtbot, editor)

    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()
    assert editor.saved is not None and editor.saved.batch_id
    stored = initiatives.get_initiative(desk, initiative_id=editor.saved.id)
    assert (stored.name, stored.legal_form, stored.enterprise_number) == (
        "Vrienden van Kisangani", "vzw", "0123.456.749")
    assert (stored.street, stored.postcode, stored.municipality, stored.province) == (
        "Kerkstraat 12", "9000", "Gent", "oost-vlaanderen")
    assert stored.partner_countries == ["SN", "CD"]
    assert stored.themes == ["education", "water-sanitation"]
    assert (stored.founded_year, stored.panel_member, stored.status) == (1998, True, "dormant")
    assert stored.tags == ["Kongo", "scholen"]
    assert stored.notes == "Benefiet in oktober"


def test_bad_enterprise_number_and_postcode_block_the_save_and_keep_the_input(qtbot, desk: Desk) -> None:
    """Else: a typo in the KBO number or postcode is stored, or the officer's typing is lost."""
    editor = show(qtbot, InitiativeEditor(desk))
    qtbot.keyClicks(editor.name_edit, "Kinderen van Bukavu")
    qtbot.keyClicks(editor.enterprise_edit, "0123.456.748")
    qtbot.keyClicks(editor.postcode_edit, "0123")
    qtbot.keyClicks(editor.notes_edit, "a long note nobody wants to type twice")
    # Live hints before saving.
    assert "check digits do not match" in editor.note("enterprise_number")
    assert "Not a Belgian postcode" in editor.note("postcode")

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted
    assert editor.saved is None
    assert all_initiatives(desk) == []
    assert editor.note("enterprise_number") == "⚠ check digits do not match (a typing error?)"
    assert "is not a Belgian postcode" in editor.note("postcode")
    assert editor.enterprise_edit.property("invalid") is True
    assert editor.postcode_edit.property("invalid") is True
    assert editor.name_edit.property("invalid") is not True
    assert "2 marked" in editor.message_bar.text()
    assert (editor.name_edit.text(), editor.enterprise_edit.text(), editor.postcode_edit.text()) == (
        "Kinderen van Bukavu", "0123.456.748", "0123")
    assert editor.notes_edit.toPlainText() == "a long note nobody wants to type twice"

    # Correcting the fields clears the marks and the save goes through.
    editor.enterprise_edit.setText("0123.456.749")
    editor.postcode_edit.setText("3000")
    assert editor.enterprise_edit.property("invalid") is False
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()
    assert initiatives.get_initiative(desk, initiative_id=editor.saved.id).province == "vlaams-brabant"


def test_missing_name_and_impossible_year_are_named_by_their_fields(qtbot, desk: Desk) -> None:
    """Else: an initiative without a name, or founded in 1700, gets in, or the message is vague."""
    editor = show(qtbot, InitiativeEditor(desk))
    qtbot.keyClicks(editor.year_edit, "1700")
    press_save(qtbot, editor)
    assert editor.note("name") == "⚠ is required"
    assert editor.note("founded_year").startswith("⚠ must be between 1850 and")
    assert all_initiatives(desk) == []


def test_saving_an_initiative_someone_else_saved_meanwhile_is_refused(qtbot, desk: Desk, initiative_id: str) -> None:
    """Else: two officers editing the same initiative silently overwrite each other."""
    editor = show(qtbot, InitiativeEditor(desk, initiative_id=initiative_id))
    initiatives.update_initiative(desk, initiative_id=initiative_id, changes={"name": "Vrienden van Kisangani vzw"})
    editor.municipality_edit.setText("Berchem")
    editor.postcode_edit.setText("2600")

    press_save(qtbot, editor)

    assert editor.result() != QDialog.DialogCode.Accepted
    assert "saved this initiative" in editor.message_bar.text()
    stored = initiatives.get_initiative(desk, initiative_id=initiative_id)
    assert (stored.name, stored.municipality) == ("Vrienden van Kisangani vzw", "Antwerpen")
    assert editor.municipality_edit.text() == "Berchem"  # the input is still there

    qtbot.mouseClick(editor.message_bar.action_button, Qt.MouseButton.LeftButton)  # "Reload"
    assert editor.name_edit.text() == "Vrienden van Kisangani vzw"
    assert editor.municipality_edit.text() == "Antwerpen"
    editor.municipality_edit.setText("Berchem")
    press_save(qtbot, editor)
    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()
    stored = initiatives.get_initiative(desk, initiative_id=initiative_id)
    assert (stored.name, stored.municipality) == ("Vrienden van Kisangani vzw", "Berchem")


def test_escape_asks_before_throwing_away_typed_input(qtbot, desk: Desk, monkeypatch) -> None:
    """Else: one Esc loses a form full of typing, or an untouched form nags before closing."""
    answers: list[QMessageBox.StandardButton] = [QMessageBox.StandardButton.Cancel,
                                                 QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(_parent, title, *_args, **_kwargs):
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    untouched = show(qtbot, InitiativeEditor(desk))
    qtbot.keyClick(untouched.name_edit, Qt.Key.Key_Escape)
    assert not untouched.isVisible() and asked == []

    editor = show(qtbot, InitiativeEditor(desk))
    qtbot.keyClicks(editor.name_edit, "Half typed")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Escape)
    assert asked == ["Unsaved changes"] and editor.isVisible()  # Cancel: keep editing
    assert editor.name_edit.text() == "Half typed"
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Escape)
    assert not editor.isVisible()  # Discard
    assert editor.result() == QDialog.DialogCode.Rejected
    assert all_initiatives(desk) == []


# -- contact persons ------------------------------------------------------------------------------


def test_a_bad_email_blocks_the_contact_and_keeps_the_input(qtbot, desk: Desk, initiative_id: str) -> None:
    """Else: an unusable e-mail address is stored for a contact person."""
    editor = show(qtbot, ContactEditor(desk, initiative_id=initiative_id))
    assert editor.initiative_label.text() == "Vrienden van Kisangani"
    qtbot.keyClicks(editor.name_edit, "Marie Claes")
    qtbot.keyClicks(editor.email_edit, "marie@example")
    press_save(qtbot, editor)
    assert editor.result() != QDialog.DialogCode.Accepted
    assert editor.note("email") == "⚠ 'marie@example' is not a valid e-mail address"
    assert editor.email_edit.property("invalid") is True
    assert initiatives.get_initiative(desk, initiative_id=initiative_id).contacts == []
    assert (editor.name_edit.text(), editor.email_edit.text()) == ("Marie Claes", "marie@example")


def test_a_contact_is_added_and_edited(qtbot, desk: Desk, initiative_id: str, questions) -> None:
    """Else: a contact person typed in the form is not the one stored."""
    editor = show(qtbot, ContactEditor(desk, initiative_id=initiative_id))
    qtbot.keyClicks(editor.name_edit, "Marie Claes")
    qtbot.keyClicks(editor.role_edit, "voorzitter")
    qtbot.keyClicks(editor.email_edit, "marie@example.be")
    qtbot.keyClicks(editor.phone_edit, "0470 12 34 56")
    editor.language_combo.setCurrentIndex(editor.language_combo.findData("fr"))
    qtbot.keyClicks(editor.consent_field.line_edit, "03/02/2024")
    press_save(qtbot, editor)
    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()
    [contact] = initiatives.get_initiative(desk, initiative_id=initiative_id).contacts
    assert (contact.name, contact.role, contact.email, contact.phone, contact.language, contact.consent_date) == (
        "Marie Claes", "voorzitter", "marie@example.be", "0470 12 34 56", "fr", dt.date(2024, 2, 3))

    again = show(qtbot, ContactEditor(desk, initiative_id=initiative_id, contact_id=contact.id))
    assert again.email_edit.text() == "marie@example.be"
    assert again.consent_field.text() == "03/02/2024"
    again.role_edit.setText("penningmeester")
    press_save(qtbot, again)
    assert again.result() == QDialog.DialogCode.Accepted, again.message_bar.text()
    assert initiatives.get_initiative(desk, initiative_id=initiative_id).contacts[0].role == "penningmeester"


# -- advice requests ------------------------------------------------------------------------------


def test_logging_a_request_stores_every_field(qtbot, desk: Desk, initiative_id: str, questions) -> None:
    """Else: the request the officer logged is stored with wrong or missing details."""
    contact = initiatives.add_contact(desk, initiative_id=initiative_id, values={"name": "Marie Claes"})
    editor = show(qtbot, RequestEditor(desk, initiative_id=initiative_id))
    assert editor.initiative_label.text() == "Vrienden van Kisangani"
    assert editor.received_field.date() == clock.today()
    assert editor.officer_combo.code() == desk.officer_id
    editor.received_field.setText("2026-03-02")
    editor.channel_combo.setCurrentIndex(editor.channel_combo.findData("consultation-day"))
    editor.contact_combo.setCurrentIndex(editor.contact_combo.findData(contact.id))
    editor.topics.box("subsidies").click()
    editor.topics.box("governance").click()
    qtbot.keyClicks(editor.question_edit, "Hoe vragen we de provinciale subsidie aan?")
    editor.status_combo.setCurrentIndex(editor.status_combo.findData("waiting"))
    qtbot.keyClicks(editor.due_field.line_edit, "15/04/2026")
    qtbot.keyClicks(editor.minutes_edit, "45")
    qtbot.keyClicks(editor.advice_edit, "Dossier indienen voor 1 mei.")
    qtbot.keyClicks(editor.note_edit, "Eerder al eens geweigerd.")
    editor.activateWindow()
    qtbot.keyClick(editor.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter

    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()
    stored = requests.get_request(desk, request_id=editor.saved.id)
    assert stored.initiative_id == initiative_id
    assert (stored.received_on, stored.channel, stored.contact_id) == (dt.date(2026, 3, 2), "consultation-day",
                                                                       contact.id)
    assert stored.topics == ["subsidies", "governance"]
    assert stored.question == "Hoe vragen we de provinciale subsidie aan?"
    assert (stored.status, stored.officer_id, stored.due_on) == ("waiting", desk.officer_id, dt.date(2026, 4, 15))
    assert (stored.minutes_spent, stored.advice, stored.internal_note) == (
        45, "Dossier indienen voor 1 mei.", "Eerder al eens geweigerd.")


@offscreen_popups
def test_a_new_request_finds_its_initiative_as_you_type(qtbot, desk: Desk, initiative_id: str) -> None:
    """Else: the officer cannot pick the initiative, or the request lands on the wrong one."""
    initiatives.register_initiative(desk, values={"name": "Hart voor Haïti", "municipality": "Leuven"})
    contact = initiatives.add_contact(desk, initiative_id=initiative_id, values={"name": "Marie Claes"})
    editor = show(qtbot, RequestEditor(desk))
    editor.channel_combo.setCurrentIndex(editor.channel_combo.findData("phone"))
    qtbot.keyClicks(editor.question_edit, "Welke rechtsvorm past bij ons?")

    press_save(qtbot, editor)  # no initiative chosen yet
    assert editor.result() != QDialog.DialogCode.Accepted
    assert "choose the initiative" in editor.note("initiative_id")

    qtbot.keyClicks(editor.chooser, "kisang")
    assert [name for _id, name in editor.chooser.matches()] == ["Vrienden van Kisangani — 2000 Antwerpen"]
    popup = editor.chooser.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.chooser.initiative_id() == initiative_id
    assert editor.chooser.text() == "Vrienden van Kisangani"
    assert editor.contact_combo.findData(contact.id) > 0  # that initiative's contacts are offered

    press_save(qtbot, editor)
    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()
    assert requests.get_request(desk, request_id=editor.saved.id).initiative_id == initiative_id


def test_a_required_field_left_empty_is_marked_and_nothing_is_logged(qtbot, desk: Desk, initiative_id: str) -> None:
    """Else: a request without a question or channel is logged."""
    editor = show(qtbot, RequestEditor(desk, initiative_id=initiative_id))
    editor.received_field.setText("31/02/2026")
    press_save(qtbot, editor)
    assert editor.note("channel") == "⚠ is required"
    assert editor.note("question") == "⚠ is required"
    assert "is not a date" in editor.note("received_on")
    assert editor.received_field.text() == "31/02/2026"
    assert requests.list_requests(desk, query=ListQuery()).total == 0


def test_request_editor_plans_and_completes_its_follow_ups(qtbot, desk: Desk, initiative_id: str) -> None:
    """Else: follow-ups of a request cannot be planned or ticked off from the request."""
    request_id = requests.log_request(desk, initiative_id=initiative_id, values={
        "channel": "email", "question": "Statuten nakijken"}).id
    editor = show(qtbot, RequestEditor(desk, request_id=request_id))
    assert editor.follow_up_tree.topLevelItemCount() == 0

    with qtbot.waitSignal(editor.follow_up_saved) as planned:
        qtbot.mouseClick(editor.plan_button, Qt.MouseButton.LeftButton)
        planner = editor.follow_up_dialog
        assert isinstance(planner, FollowUpEditor)
        qtbot.keyClicks(planner.action_edit, "Terugbellen")
        qtbot.mouseClick(planner.quick_buttons["+1w"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(planner.save_button, Qt.MouseButton.LeftButton)
    assert planned.args[0].batch_id
    assert editor.follow_up_tree.topLevelItemCount() == 1
    item = editor.follow_up_tree.topLevelItem(0)
    assert item.text(1) == "Terugbellen"
    assert item.text(3) == ""

    editor.follow_up_tree.setCurrentItem(item)
    assert editor.done_button.isEnabled()
    with qtbot.waitSignal(editor.follow_up_saved):
        qtbot.mouseClick(editor.done_button, Qt.MouseButton.LeftButton)
        completer = editor.follow_up_dialog
        assert isinstance(completer, CompleteFollowUpDialog)
        qtbot.keyClicks(completer.outcome_edit, "Statuten zijn in orde")
        qtbot.mouseClick(completer.save_button, Qt.MouseButton.LeftButton)
    [row] = requests.get_request(desk, request_id=request_id).follow_ups
    assert (row.done_on, row.outcome) == (clock.today(), "Statuten zijn in orde")
    assert editor.follow_up_tree.topLevelItem(0).text(3) == clock.today().strftime("%d/%m/%Y")


def test_saving_a_request_someone_else_saved_meanwhile_is_refused(qtbot, desk: Desk, initiative_id: str) -> None:
    """Else: the advice one officer typed silently replaces another officer's status change."""
    request_id = requests.log_request(desk, initiative_id=initiative_id, values={
        "channel": "email", "question": "Statuten nakijken"}).id
    editor = show(qtbot, RequestEditor(desk, request_id=request_id))
    requests.set_request_status(desk, request_id=request_id, status="closed")
    qtbot.keyClicks(editor.advice_edit, "Zie model van de FOD Justitie")
    press_save(qtbot, editor)
    assert editor.result() != QDialog.DialogCode.Accepted
    assert "saved this request" in editor.message_bar.text()
    stored = requests.get_request(desk, request_id=request_id)
    assert (stored.status, stored.advice) == ("closed", "")
    assert editor.advice_edit.toPlainText() == "Zie model van de FOD Justitie"


# -- follow-ups -----------------------------------------------------------------------------------


def test_quick_due_dates_count_from_today(qtbot, desk: Desk, initiative_id: str, questions) -> None:
    """Else: "+1 month" on 31 January plans the follow-up on a wrong or impossible day."""
    editor = show(qtbot, FollowUpEditor(desk, initiative_id=initiative_id, today=dt.date(2026, 1, 31)))
    assert editor.context_label.text() == "Vrienden van Kisangani"
    qtbot.mouseClick(editor.quick_buttons["+1w"], Qt.MouseButton.LeftButton)
    assert editor.due_field.text() == "07/02/2026"
    qtbot.mouseClick(editor.quick_buttons["+1m"], Qt.MouseButton.LeftButton)
    assert editor.due_field.text() == "28/02/2026"
    qtbot.mouseClick(editor.quick_buttons["+3m"], Qt.MouseButton.LeftButton)
    assert editor.due_field.text() == "30/04/2026"
    qtbot.keyClicks(editor.action_edit, "Subsidiedossier opvragen")
    press_save(qtbot, editor)
    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()
    stored = followups.get_follow_up(desk, follow_up_id=editor.saved.id)
    assert (stored.action, stored.due_on, stored.owner_id, stored.initiative_id, stored.request_id) == (
        "Subsidiedossier opvragen", dt.date(2026, 4, 30), desk.officer_id, initiative_id, None)


def test_a_follow_up_without_a_due_date_is_not_planned(qtbot, desk: Desk, initiative_id: str) -> None:
    """Else: a follow-up with no due date never shows up as due or overdue."""
    editor = show(qtbot, FollowUpEditor(desk, initiative_id=initiative_id))
    qtbot.keyClicks(editor.action_edit, "Iets doen")
    press_save(qtbot, editor)
    assert editor.note("due_on") == "⚠ is required"
    assert editor.due_field.line_edit.property("invalid") is None or editor.slots["due_on"].error
    assert followups.list_follow_ups(desk, query=ListQuery()).total == 0


def test_editing_a_follow_up_changes_only_that_follow_up(qtbot, desk: Desk, initiative_id: str) -> None:
    """Else: editing a planned follow-up loses its values or cannot be saved."""
    follow_up_id = followups.plan_follow_up(desk, initiative_id=initiative_id, values={
        "action": "Bezoek plannen", "due_on": dt.date(2026, 5, 4)}).id
    editor = show(qtbot, FollowUpEditor(desk, follow_up_id=follow_up_id))
    assert editor.action_edit.toPlainText() == "Bezoek plannen"
    assert editor.due_field.text() == "04/05/2026"
    editor.due_field.setText("11/05/2026")
    press_save(qtbot, editor)
    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()
    assert followups.get_follow_up(desk, follow_up_id=follow_up_id).due_on == dt.date(2026, 5, 11)


def test_marking_a_follow_up_done_defaults_to_today(qtbot, desk: Desk, initiative_id: str) -> None:
    """Else: ticking off a follow-up records the wrong day or loses the outcome."""
    follow_up_id = followups.plan_follow_up(desk, initiative_id=initiative_id, values={
        "action": "Bezoek plannen", "due_on": "+1w"}).id
    dialog = show(qtbot, CompleteFollowUpDialog(desk, follow_up_id=follow_up_id))
    assert dialog.action_label.text() == "Bezoek plannen"
    assert dialog.done_field.date() == clock.today()
    qtbot.keyClicks(dialog.outcome_edit, "Bezocht op de Dag van de 4de Pijler")
    press_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.message_bar.text()
    stored = followups.get_follow_up(desk, follow_up_id=follow_up_id)
    assert (stored.done_on, stored.outcome) == (clock.today(), "Bezocht op de Dag van de 4de Pijler")


@offscreen_popups
def test_a_follow_up_planned_from_nowhere_asks_for_its_initiative(qtbot, desk: Desk, initiative_id: str) -> None:
    """Else: Plan follow-up from a menu cannot be saved, or saves without an initiative."""
    editor = show(qtbot, FollowUpEditor(desk))
    qtbot.keyClicks(editor.action_edit, "Nabellen")
    press_save(qtbot, editor)
    assert "choose the initiative" in editor.note("initiative_id")
    assert editor.note("due_on") == "⚠ is required"  # every problem at once
    qtbot.keyClicks(editor.chooser, "Vrienden")
    editor.chooser.pick_row(0)
    qtbot.mouseClick(editor.quick_buttons["+3m"], Qt.MouseButton.LeftButton)
    press_save(qtbot, editor)
    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()
    assert followups.get_follow_up(desk, follow_up_id=editor.saved.id).initiative_id == initiative_id


def test_an_enterprise_number_already_registered_is_refused_by_its_field(qtbot, desk: Desk, initiative_id: str) -> None:
    """Else: the same vzw is registered twice under one KBO number."""
    initiatives.update_initiative(desk, initiative_id=initiative_id, changes={"enterprise_number": "0123.456.749"})
    editor = show(qtbot, InitiativeEditor(desk))
    qtbot.keyClicks(editor.name_edit, "Kisangani bis")
    qtbot.keyClicks(editor.enterprise_edit, "0123456749")
    press_save(qtbot, editor)
    assert editor.note("enterprise_number") == "⚠ is already registered for 'Vrienden van Kisangani'"
    assert all_initiatives(desk) == ["Vrienden van Kisangani"]


def test_marking_done_a_follow_up_someone_else_completed_meanwhile_is_refused(qtbot, desk: Desk,
                                                                             initiative_id: str) -> None:
    """Else: a colleague's recorded outcome is silently replaced by ours."""
    follow_up_id = followups.plan_follow_up(desk, initiative_id=initiative_id, values={
        "action": "Bezoek plannen", "due_on": "+1w"}).id
    dialog = show(qtbot, CompleteFollowUpDialog(desk, follow_up_id=follow_up_id))
    followups.complete_follow_up(desk, follow_up_id=follow_up_id, outcome="Bezocht door Jan")
    qtbot.keyClicks(dialog.outcome_edit, "Bezocht door An")
    press_save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.merge_dialog is not None  # both wrote an outcome: the officer chooses, or cancels
    dialog.merge_dialog.reject()
    assert "Someone else saved this follow-up" in dialog.message_bar.text()
    assert followups.get_follow_up(desk, follow_up_id=follow_up_id).outcome == "Bezocht door Jan"
