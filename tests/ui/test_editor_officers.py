"""The officer a request, follow-up or event names, shown by name in its editor even when that
officer no longer works here (archived).

If these fail, a support officer opening a request handled by a colleague who left sees a raw
id where the officer in charge should be; or saving another field drops or changes who is in
charge; or a colleague who left is offered for new work.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import opened

from fourthpillar import clock
from fourthpillar.services import events
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.store.models import Officer
from fourthpillar.store.models import utc_now
from fourthpillar.ui.editors import EventEditor
from fourthpillar.ui.editors import FollowUpEditor
from fourthpillar.ui.editors import RequestEditor
from fourthpillar.ui.editors.base import EditorDialog
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.widgets.choices import ChoiceCombo


@pytest.fixture
def jan(desk: Desk) -> str:
    """Jan Peeters, who handled work here and has since left (archived, as a sync brings it)."""
    return officers.register_officer(desk, values={"name": "Jan Peeters", "region": "antwerpen"}).id


def archive(desk: Desk, officer_id: str) -> None:
    with desk.database.session() as session:
        record = session.get(Officer, officer_id)
        assert record is not None
        record.archived_at = utc_now()


@pytest.fixture
def initiative_id(desk: Desk) -> str:
    return initiatives.register_initiative(desk, values={"name": "Vrienden van Kisangani"}).id


def offered(combo: ChoiceCombo) -> dict[str, str]:
    """What the officer combo offers: label by officer id (the "nobody" entry left out)."""
    return {combo.itemData(index): combo.itemText(index) for index in range(combo.count()) if combo.itemData(index)}


def open_editor(qtbot: QtBot, editor: EditorDialog) -> EditorDialog:
    qtbot.addWidget(editor)
    editor.show()
    opened(qtbot, editor)
    return editor


def save(qtbot: QtBot, editor: EditorDialog) -> None:
    editor.accept()
    qtbot.waitUntil(lambda: not editor.saving, timeout=10_000)
    assert editor.result() == QDialog.DialogCode.Accepted, editor.message_bar.text()


def test_a_request_in_the_hands_of_an_archived_officer_shows_and_keeps_their_name(
        qtbot: QtBot, desk: Desk, runner: JobRunner, jan: str, initiative_id: str) -> None:
    """The request Jan handled shows "Jan Peeters (archived)", read with the rest on the read
    pool; answering it keeps Jan in charge; a new request does not offer Jan."""
    request = requests.log_request(desk, initiative_id=initiative_id, values={
        "channel": "phone", "question": "Hoe vragen we subsidie aan?", "officer_id": jan})
    archive(desk, jan)

    editor = open_editor(qtbot, RequestEditor(desk, request_id=request.id, runner=runner))
    assert editor.officer_combo.code() == jan
    assert editor.officer_combo.currentText() == "Jan Peeters (archived)"
    assert offered(editor.officer_combo) == {desk.officer_id: officers.current_officer(desk).name,
                                             jan: "Jan Peeters (archived)"}
    assert not editor.is_dirty(), "showing the stored officer is no change to save"
    editor.advice_edit.setPlainText("Dossier indienen voor 1 mei.")
    save(qtbot, editor)
    stored = requests.get_request(desk, request_id=request.id)
    assert (stored.advice, stored.officer_id) == ("Dossier indienen voor 1 mei.", jan)

    new = open_editor(qtbot, RequestEditor(desk, initiative_id=initiative_id, runner=runner))
    assert jan not in offered(new.officer_combo), "someone who left is not offered for new work"
    assert new.officer_combo.code() == desk.officer_id


def test_the_request_of_an_archived_officer_can_be_handed_to_a_colleague(
        qtbot: QtBot, desk: Desk, runner: JobRunner, jan: str, initiative_id: str) -> None:
    """Choosing another officer instead of Jan saves that officer; Jan is then no longer offered."""
    request = requests.log_request(desk, initiative_id=initiative_id, values={
        "channel": "e-mail", "question": "Wie controleert onze rekeningen?", "officer_id": jan})
    archive(desk, jan)
    editor = open_editor(qtbot, RequestEditor(desk, request_id=request.id, runner=runner))
    editor.officer_combo.set_code(desk.officer_id)
    save(qtbot, editor)
    assert requests.get_request(desk, request_id=request.id).officer_id == desk.officer_id

    again = open_editor(qtbot, RequestEditor(desk, request_id=request.id, runner=runner))
    assert again.officer_combo.code() == desk.officer_id
    assert jan not in offered(again.officer_combo)


def test_follow_ups_and_events_of_an_archived_officer_show_their_name(
        qtbot: QtBot, desk: Desk, runner: JobRunner, jan: str, initiative_id: str) -> None:
    """The owner of a follow-up and the officer in charge of an event read "Jan Peeters
    (archived)", and stay Jan when another field is saved."""
    follow_up = followups.plan_follow_up(desk, initiative_id=initiative_id, values={
        "action": "Terugbellen", "due_on": clock.today() + dt.timedelta(days=7), "owner_id": jan})
    event = events.plan_event(desk, values={
        "title": "Fondsenwerving voor beginners", "kind": "training", "starts_on": clock.today(), "officer_id": jan})
    archive(desk, jan)

    follow_up_editor = open_editor(qtbot, FollowUpEditor(desk, follow_up_id=follow_up.id, runner=runner))
    assert follow_up_editor.owner_combo.currentText() == "Jan Peeters (archived)"
    follow_up_editor.action_edit.setPlainText("Terugbellen over de subsidie")
    save(qtbot, follow_up_editor)
    assert followups.get_follow_up(desk, follow_up_id=follow_up.id).owner_id == jan

    event_editor = open_editor(qtbot, EventEditor(desk, event_id=event.id, runner=runner))
    assert event_editor.officer_combo.currentText() == "Jan Peeters (archived)"
    event_editor.title_edit.setText("Fondsenwerving voor gevorderden")
    save(qtbot, event_editor)
    assert events.get_event(desk, event_id=event.id).officer_id == jan


def test_a_merge_names_the_officer_a_colleague_handed_the_request_to_meanwhile(
        qtbot: QtBot, desk: Desk, runner: JobRunner, initiative_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """While the officer edits a request, a colleague hands it to Piet, who joined after the editor
    opened: the save merges that change and the combo reads "Piet Janssens", not Piet's raw id."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Discard)
    request = requests.log_request(desk, initiative_id=initiative_id, values={
        "channel": "phone", "question": "Mogen we een tombola houden?"})
    editor = open_editor(qtbot, RequestEditor(desk, request_id=request.id, runner=runner))
    piet = officers.register_officer(desk, values={"name": "Piet Janssens"}).id
    requests.update_request(desk, request_id=request.id, changes={"officer_id": piet})
    editor.advice_edit.setPlainText("Ja, met een vergunning van de gemeente.")
    editor.accept()
    qtbot.waitUntil(lambda: not editor.saving and bool(editor.message_bar.text()), timeout=10_000)
    assert (editor.officer_combo.code(), editor.officer_combo.currentText()) == (piet, "Piet Janssens")
    save(qtbot, editor)
    stored = requests.get_request(desk, request_id=request.id)
    assert (stored.advice, stored.officer_id) == ("Ja, met een vergunning van de gemeente.", piet)
