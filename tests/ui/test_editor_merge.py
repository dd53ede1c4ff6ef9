"""Two officers edit the same record: the second save merges, never silently overwrites.

One officer has the editor open; "Jan Peeters", at another desk on the same register, saves
the record through the services meanwhile; then the officer presses Save.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QRadioButton
from ui_helpers import opened
from ui_helpers import show

from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.ui.editors import ContactEditor
from fourthpillar.ui.editors import FollowUpEditor
from fourthpillar.ui.editors import InitiativeEditor
from fourthpillar.ui.editors import RequestEditor
from fourthpillar.ui.editors.merge_dialog import MergeDialog
from fourthpillar.ui.editors.wording import field_label
from fourthpillar.ui.jobs import JobRunner


@pytest.fixture
def initiative_id(desk: Desk) -> str:
    return initiatives.register_initiative(desk, values={
        "name": "Vrienden van Kisangani", "postcode": "2000", "municipality": "Antwerpen",
        "status": "active"}).id


@pytest.fixture
def jan(desk: Desk, data_dir: Path) -> Iterator[Desk]:
    """Jan Peeters, working on the same register from his own desk (his own connection)."""
    officer = officers.register_officer(desk, values={"name": "Jan Peeters"})
    other = open_desk(data_dir=data_dir)
    other.officer_id = officer.id
    yield other
    other.close()


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dirty editor closed at the end of a test would otherwise wait for an answer forever."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Discard)


def press_save(qtbot, dialog: QDialog) -> None:
    """Ctrl+S, as the officer would."""
    assert dialog.isActiveWindow()
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def open_merge(qtbot, editor: InitiativeEditor | RequestEditor | ContactEditor) -> MergeDialog:
    """Save, and return the merge dialog that must come up over the editor."""
    press_save(qtbot, editor)
    dialog = editor.merge_dialog
    assert dialog is not None, editor.message_bar.text()
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()  # as the desktop would; the offscreen test platform does not
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.isModal() and QApplication.activeModalWidget() is dialog
    return dialog


def texts(dialog: MergeDialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_changes_to_different_fields_are_both_kept(qtbot, desk: Desk, jan: Desk, initiative_id: str) -> None:
    """Else: the officer's Save either overwrites Jan's new name or is refused outright,
    leaving the officer to retype the notes."""
    editor = show(qtbot, InitiativeEditor(desk, initiative_id=initiative_id))
    initiatives.update_initiative(jan, initiative_id=initiative_id, changes={"name": "Vrienden van Kisangani vzw"})
    qtbot.keyClicks(editor.notes_edit, "Belt terug in maart")

    press_save(qtbot, editor)

    assert editor.result() != QDialog.DialogCode.Accepted
    assert editor.merge_dialog is None  # nothing to choose
    assert editor.name_edit.text() == "Vrienden van Kisangani vzw"
    assert editor.notes_edit.toPlainText() == "Belt terug in maart"
    message = editor.message_bar.text()
    assert message.startswith("Jan Peeters saved this initiative at ")
    assert "together with yours" in message and "Save again" in message
    assert editor.note("name") == "Changed meanwhile by Jan Peeters"
    stored = initiatives.get_initiative(desk, initiative_id=initiative_id)
    assert (stored.name, stored.notes) == ("Vrienden van Kisangani vzw", "")  # nothing saved yet
    assert editor.is_dirty()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()
    stored = initiatives.get_initiative(desk, initiative_id=initiative_id)
    assert (stored.name, stored.notes) == ("Vrienden van Kisangani vzw", "Belt terug in maart")


def test_from_the_window_the_merge_reads_in_the_background_too(qtbot, desk: Desk, jan: Desk, initiative_id: str,
                                                                runner: JobRunner) -> None:
    """Else: in an editor opened from the window (saving on its writer, reading on its read pool)
    a save refused as stale is not merged, or the officer can type or save while the stored
    record is read back, and loses that."""
    editor = show(qtbot, InitiativeEditor(desk, initiative_id=initiative_id, runner=runner))
    opened(qtbot, editor)
    initiatives.update_initiative(jan, initiative_id=initiative_id, changes={"name": "Vrienden van Kisangani vzw"})
    editor.notes_edit.setFocus()
    qtbot.keyClicks(editor.notes_edit, "Belt terug in maart")

    press_save(qtbot, editor)
    assert editor.saving and not editor.save_button.isEnabled(), "written and merged in the background"
    qtbot.waitUntil(lambda: "together with yours" in editor.message_bar.text(), timeout=10_000)
    assert not editor.saving and editor.save_button.isEnabled() and editor.form_area.isEnabled()
    assert editor.name_edit.text() == "Vrienden van Kisangani vzw"
    assert editor.notes_edit.toPlainText() == "Belt terug in maart" and editor.notes_edit.hasFocus()

    press_save(qtbot, editor)
    qtbot.waitUntil(lambda: editor.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    stored = initiatives.get_initiative(desk, initiative_id=initiative_id)
    assert (stored.name, stored.notes) == ("Vrienden van Kisangani vzw", "Belt terug in maart")


def test_the_same_change_made_by_both_needs_no_choice_and_no_save(qtbot, desk: Desk, jan: Desk,
                                                                  initiative_id: str) -> None:
    """Else: the officer is asked to choose between two identical values, or told to save
    something that is already stored."""
    editor = show(qtbot, InitiativeEditor(desk, initiative_id=initiative_id))
    initiatives.update_initiative(jan, initiative_id=initiative_id, changes={"municipality": "Berchem"})
    editor.municipality_edit.setText("Berchem")

    press_save(qtbot, editor)

    assert editor.merge_dialog is None
    assert "nothing needs saving" in editor.message_bar.text()
    assert not editor.is_dirty()
    assert editor.municipality_edit.text() == "Berchem"


@pytest.mark.parametrize(("choice", "expected"), [("theirs", "Berchem"), ("mine", "Deurne"),
                                                  ("typed", "Antwerpen-Berchem")])
def test_the_same_field_changed_by_both_is_settled_in_the_merge_dialog(
        qtbot, desk: Desk, jan: Desk, initiative_id: str, choice: str, expected: str) -> None:
    """Else: one of the two municipalities silently wins, or the officer cannot see both to
    choose (or to write what both should become)."""
    editor = show(qtbot, InitiativeEditor(desk, initiative_id=initiative_id))
    initiatives.update_initiative(jan, initiative_id=initiative_id, changes={"municipality": "Berchem"})
    editor.municipality_edit.setText("Deurne")
    editor.tags_edit.setText("Kongo")

    dialog = open_merge(qtbot, editor)

    assert dialog.fields() == ["municipality"]
    shown = texts(dialog)
    assert {"Municipality", "Antwerpen", "Berchem", "Saved by Jan Peeters", "Yours"} <= set(shown)
    assert dialog.choices["municipality"].mine.isChecked()  # the officer's own value until chosen
    assert dialog.my_text("municipality") == "Deurne"
    if choice == "theirs":
        dialog.take_theirs("municipality")
    elif choice == "typed":
        dialog.keep_mine("municipality", "Antwerpen-Berchem")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    assert editor.merge_dialog is None
    assert editor.municipality_edit.text() == expected
    assert editor.tags_edit.text() == "Kongo"
    assert "Jan Peeters saved this initiative" in editor.message_bar.text()
    assert initiatives.get_initiative(desk, initiative_id=initiative_id).municipality == "Berchem"

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()
    stored = initiatives.get_initiative(desk, initiative_id=initiative_id)
    assert (stored.municipality, stored.tags) == (expected, ["Kongo"])


def test_choices_are_shown_in_words_and_reachable_by_keyboard(qtbot, desk: Desk, jan: Desk,
                                                              initiative_id: str) -> None:
    """Else: the officer must choose between raw codes ("stichting", "water-sanitation"), or
    cannot choose without a mouse."""
    editor = show(qtbot, InitiativeEditor(desk, initiative_id=initiative_id))
    initiatives.update_initiative(jan, initiative_id=initiative_id, changes={
        "legal_form": "vzw", "themes": ["water-sanitation"], "panel_member": True})
    editor.legal_form_combo.set_code("stichting")
    editor.themes.box("children-youth").setChecked(True)

    dialog = open_merge(qtbot, editor)

    assert dialog.fields() == ["legal_form", "themes"]  # the panel: only Jan changed it
    shown = texts(dialog)
    assert {"Legal form", "Themes", "(empty)", "vzw (non-profit association)", "foundation (stichting)",
            "water and sanitation", "children and youth"} <= set(shown), shown
    assert dialog.my_text("legal_form") is None  # a choice, not free text
    mine = dialog.choices["legal_form"].mine
    assert dialog.focusWidget() is mine
    # As any pair of radio buttons: the arrow keys move to the other choice and choose it.
    qtbot.keyClick(mine, Qt.Key.Key_Left)
    focused = dialog.focusWidget()
    assert isinstance(focused, QRadioButton) and focused is dialog.choices["legal_form"].theirs
    assert dialog.takes_theirs("legal_form") and not dialog.takes_theirs("themes")
    # Tab leaves the pair for the next field's choice.
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert dialog.focusWidget() in (dialog.choices["themes"].theirs, dialog.choices["themes"].mine)
    focused = dialog.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_Return)

    assert not dialog.isVisible()
    assert editor.legal_form_combo.code() == "vzw"
    assert editor.themes.codes() == ["children-youth"]
    assert editor.panel_check.isChecked()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()
    stored = initiatives.get_initiative(desk, initiative_id=initiative_id)
    assert (stored.legal_form, stored.themes, stored.panel_member) == ("vzw", ["children-youth"], True)


def test_cancelling_the_merge_keeps_the_input_and_overwrites_nothing(qtbot, desk: Desk, jan: Desk,
                                                                    initiative_id: str) -> None:
    """Else: closing the merge dialog loses what the officer typed, or saves it over Jan's
    change anyway."""
    editor = show(qtbot, InitiativeEditor(desk, initiative_id=initiative_id))
    initiatives.update_initiative(jan, initiative_id=initiative_id, changes={"municipality": "Berchem"})
    editor.municipality_edit.setText("Deurne")

    dialog = open_merge(qtbot, editor)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    assert editor.merge_dialog is None
    assert editor.municipality_edit.text() == "Deurne"
    assert "Someone else saved this initiative" in editor.message_bar.text()
    assert editor.message_bar.action_button.text() == "Reload"
    assert initiatives.get_initiative(desk, initiative_id=initiative_id).municipality == "Berchem"

    # Saving again asks again (the form still holds the old version), and Reload still works.
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.merge_dialog is not None
    editor.merge_dialog.reject()
    qtbot.mouseClick(editor.message_bar.action_button, Qt.MouseButton.LeftButton)
    assert editor.municipality_edit.text() == "Berchem"
    assert not editor.is_dirty()
    assert initiatives.get_initiative(desk, initiative_id=initiative_id).municipality == "Berchem"


def test_a_request_merges_a_colleagues_status_change_with_the_advice_typed(
        qtbot, desk: Desk, jan: Desk, initiative_id: str) -> None:
    """Else: the advice the officer typed replaces Jan's status change, or Jan's status change
    throws away the advice."""
    request_id = requests.log_request(desk, initiative_id=initiative_id, values={
        "channel": "email", "question": "Statuten nakijken", "due_on": dt.date(2026, 5, 1)}).id
    editor = show(qtbot, RequestEditor(desk, request_id=request_id))
    requests.update_request(jan, request_id=request_id, changes={"status": "closed", "due_on": dt.date(2026, 6, 1)})
    qtbot.keyClicks(editor.advice_edit, "Zie model van de FOD Justitie")
    editor.due_field.set_date(dt.date(2026, 5, 15))

    dialog = open_merge(qtbot, editor)

    assert dialog.fields() == ["due_on"]
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert {"Due on", "01/05/2026", "01/06/2026", "15/05/2026"} <= set(texts(dialog))
    dialog.take_theirs("due_on")
    dialog.accept()

    assert editor.status_combo.code() == "closed"
    assert editor.message_bar.text().startswith("Jan Peeters saved this request at ")
    assert editor.due_field.date() == dt.date(2026, 6, 1)
    assert editor.advice_edit.toPlainText() == "Zie model van de FOD Justitie"
    assert requests.get_request(desk, request_id=request_id).advice == ""
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()
    stored = requests.get_request(desk, request_id=request_id)
    assert (stored.status, stored.due_on, stored.advice) == ("closed", dt.date(2026, 6, 1),
                                                             "Zie model van de FOD Justitie")


def test_a_follow_up_takes_a_colleagues_new_owner_and_due_date_beside_the_edited_action(
        qtbot, desk: Desk, jan: Desk, initiative_id: str) -> None:
    """Else: rewording a follow-up silently hands it back to its old owner and due date."""
    follow_up_id = followups.plan_follow_up(desk, initiative_id=initiative_id, values={
        "action": "Bezoek plannen", "due_on": dt.date(2026, 5, 1)}).id
    editor = show(qtbot, FollowUpEditor(desk, follow_up_id=follow_up_id))
    followups.update_follow_up(jan, follow_up_id=follow_up_id, changes={
        "due_on": dt.date(2026, 6, 1), "owner_id": jan.officer_id})
    editor.action_edit.setPlainText("Bezoek plannen in Kisangani")

    press_save(qtbot, editor)

    assert editor.merge_dialog is None
    assert (editor.due_field.date(), editor.owner_combo.code()) == (dt.date(2026, 6, 1), jan.officer_id)
    assert editor.note("owner_id") == "Changed meanwhile by Jan Peeters"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()
    stored = followups.get_follow_up(desk, follow_up_id=follow_up_id)
    assert (stored.action, stored.due_on, stored.owner_id) == ("Bezoek plannen in Kisangani", dt.date(2026, 6, 1),
                                                               jan.officer_id)


def test_a_contacts_consent_date_changed_by_both_is_asked_about(qtbot, desk: Desk, jan: Desk,
                                                                 initiative_id: str) -> None:
    """Else: the consent date one officer recorded is silently replaced by the other's."""
    contact_id = initiatives.add_contact(desk, initiative_id=initiative_id, values={
        "name": "Marie Dubois", "consent_date": dt.date(2025, 1, 10)}).id
    editor = show(qtbot, ContactEditor(desk, initiative_id=initiative_id, contact_id=contact_id))
    initiatives.update_contact(jan, contact_id=contact_id, changes={"consent_date": dt.date(2026, 2, 3)})
    editor.consent_field.set_date(dt.date(2026, 2, 4))

    dialog = open_merge(qtbot, editor)

    assert dialog.fields() == ["consent_date"]
    assert {"Consent given on", "10/01/2025", "03/02/2026", "04/02/2026"} <= set(texts(dialog))
    dialog.accept()  # keep mine
    assert editor.consent_field.date() == dt.date(2026, 2, 4)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()
    contact = next(c for c in initiatives.get_initiative(desk, initiative_id=initiative_id).contacts
                   if c.id == contact_id)
    assert contact.consent_date == dt.date(2026, 2, 4)


def test_the_merge_names_fields_as_the_form_does(qtbot, desk: Desk, initiative_id: str) -> None:
    """Else: the merge dialog asks about "internal_note" or "&Due on:" instead of the field
    the officer sees in the form."""
    request_id = requests.log_request(desk, initiative_id=initiative_id, values={
        "channel": "email", "question": "Statuten nakijken"}).id
    initiative_editor = show(qtbot, InitiativeEditor(desk, initiative_id=initiative_id))
    request_editor = show(qtbot, RequestEditor(desk, request_id=request_id))
    labels = {name: field_label(initiative_editor, name) for name in initiative_editor.slots}
    labels.update({name: field_label(request_editor, name) for name in request_editor.slots})
    assert labels["notes"] == "Notes"
    assert labels["panel_member"] == "Member of the 4de Pijlerpanel"
    assert labels["street"] == "Street and number"
    assert labels["due_on"] == "Due on"
    assert labels["advice"] == "Advice given"
    assert labels["internal_note"] == "Internal note"
    assert all(text and "&" not in text and not text.endswith(":") for text in labels.values()), labels


def test_a_save_from_the_officers_own_other_window_is_named_so(qtbot, desk: Desk, initiative_id: str) -> None:
    """Else: the officer reads their own name as if a colleague had changed the record."""
    editor = show(qtbot, InitiativeEditor(desk, initiative_id=initiative_id))
    initiatives.update_initiative(desk, initiative_id=initiative_id, changes={"name": "Vrienden van Kisangani vzw"})
    editor.notes_edit.setPlainText("Belt terug")

    press_save(qtbot, editor)

    assert editor.message_bar.text().startswith("You (in another window) saved this initiative at ")
    assert editor.note("name") == "Changed meanwhile in another window"
