"""Editors opened from the window read what they show on its read pool, not on the GUI thread.

If these fail, opening a request or a follow-up while another program holds the register
locked (a backup tool, a sync) freezes the whole window until the file is free; Esc does
nothing meanwhile; or a record erased elsewhere meanwhile opens as an empty form, or says so twice.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import Paints
from ui_helpers import opened
from ui_helpers import release

from fourthpillar import clock
from fourthpillar.services import events
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.ui import operations
from fourthpillar.ui.editors import FollowUpEditor
from fourthpillar.ui.editors import RegistrationDialog
from fourthpillar.ui.editors import RequestEditor
from fourthpillar.ui.editors.base import EditorDialog
from fourthpillar.ui.jobs import JobRunner

Holder = Callable[[], subprocess.Popen[str]]


def opened_while_held(qtbot: QtBot, editor: EditorDialog) -> None:
    """*editor*, opened while the file is held: it comes at once, busy, its form and Save
    waiting; it repaints."""
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.reading and editor.cursor().shape() == Qt.CursorShape.BusyCursor, "it shows it is busy"
    assert not editor.save_button.isEnabled() and not editor.form_area.isEnabled(), "the form and Save wait"
    paints = Paints()
    editor.installEventFilter(paints)
    editor.update()
    qtbot.waitUntil(lambda: paints.count > 0, timeout=5000)  # it repaints


def test_a_request_opened_on_a_locked_register_waits_for_the_file_not_the_window(
        desk: Desk, qtbot: QtBot, runner: JobRunner, held: Holder, said: list[tuple[str, str]]) -> None:
    """A request opened while another program holds the file: the editor comes at once and
    shows it is busy, Esc closes it without asking; opened again, it shows the request once the
    file is free, and saves; the first one, closed, stays empty."""
    kisangani = initiatives.register_initiative(desk, values={"name": "Vrienden van Kisangani"})
    initiatives.add_contact(desk, initiative_id=kisangani.id, values={"name": "Marie Claes"})
    contact = initiatives.get_initiative(desk, initiative_id=kisangani.id).contacts[0]
    request = requests.log_request(desk, initiative_id=kisangani.id, values={
        "channel": "phone", "question": "Hoe vragen we subsidie aan?", "contact_id": contact.id,
        "officer_id": desk.officer_id, "received_on": clock.today()})
    holder = held()
    try:
        editor = RequestEditor(desk, request_id=request.id, runner=runner)
        opened_while_held(qtbot, editor)
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        assert not editor.isVisible(), "Esc closes it at once"

        again = RequestEditor(desk, request_id=request.id, runner=runner)
        opened_while_held(qtbot, again)
        assert again.question_edit.toPlainText() == ""
        assert holder.poll() is None, "all of this happened while the other program held the file"
    finally:
        release(holder)

    qtbot.waitUntil(lambda: not again.reading and not runner.busy, timeout=20_000)
    assert again.question_edit.toPlainText() == "Hoe vragen we subsidie aan?"
    assert again.initiative_label.text() == "Vrienden van Kisangani"
    assert again.contact_combo.currentText() == "Marie Claes" and again.officer_combo.currentText() == "An Peeters"
    assert again.save_button.isEnabled() and again.form_area.isEnabled()
    assert again.cursor().shape() != Qt.CursorShape.BusyCursor
    assert editor.question_edit.toPlainText() == "" and not editor.isVisible(), "the closed one ignored its answer"
    qtbot.keyClicks(again.advice_edit, "Via het provinciefonds")
    again.accept()
    qtbot.waitUntil(lambda: again.result() == RequestEditor.DialogCode.Accepted, timeout=10_000)
    assert requests.get_request(desk, request_id=request.id).advice == "Via het provinciefonds"
    assert said == [], "nothing was asked or said"


def test_a_follow_up_opened_on_a_locked_register_waits_for_the_file_not_the_window(
        desk: Desk, qtbot: QtBot, runner: JobRunner, held: Holder, said: list[tuple[str, str]]) -> None:
    """A follow-up opened while another program holds the file: busy at once, Esc closes it;
    opened again, it shows the follow-up and its request once the file is free, and saves."""
    kisangani = initiatives.register_initiative(desk, values={"name": "Vrienden van Kisangani"})
    request = requests.log_request(desk, initiative_id=kisangani.id, values={
        "channel": "phone", "question": "Hoe vragen we subsidie aan?", "received_on": clock.today()})
    follow_up = followups.plan_follow_up(desk, request_id=request.id, values={
        "action": "Terugbellen", "due_on": clock.today(), "owner_id": desk.officer_id})
    holder = held()
    try:
        editor = FollowUpEditor(desk, follow_up_id=follow_up.id, runner=runner)
        opened_while_held(qtbot, editor)
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        assert not editor.isVisible(), "Esc closes it at once"
        again = FollowUpEditor(desk, follow_up_id=follow_up.id, runner=runner)
        opened_while_held(qtbot, again)
        assert holder.poll() is None, "all of this happened while the other program held the file"
    finally:
        release(holder)

    qtbot.waitUntil(lambda: not again.reading and not runner.busy, timeout=20_000)
    assert again.action_edit.toPlainText() == "Terugbellen" and again.owner_combo.currentText() == "An Peeters"
    assert again.context_label.text() == "Vrienden van Kisangani"
    assert again.request_label.text() == "Hoe vragen we subsidie aan?"
    assert again.save_button.isEnabled() and not again.is_dirty()
    assert editor.action_edit.toPlainText() == "", "the closed one ignored its answer"
    qtbot.keyClicks(again.outcome_edit, "Gebeld")
    again.accept()
    qtbot.waitUntil(lambda: again.result() == FollowUpEditor.DialogCode.Accepted, timeout=10_000)
    assert followups.get_follow_up(desk, follow_up_id=follow_up.id).outcome == "Gebeld"
    assert said == []


@pytest.mark.parametrize(("editor", "argument"), [(RequestEditor, "request_id"), (FollowUpEditor, "follow_up_id")])
def test_a_record_gone_meanwhile_is_said_once_and_no_editor_stays_open(
        desk: Desk, qtbot: QtBot, runner: JobRunner, said: list[tuple[str, str]], editor: type[EditorDialog],
        argument: str) -> None:
    """Opening from a list a request or follow-up that is gone meanwhile (erased on another desk;
    an archived one still opens, read-only in the lists): one message says it cannot be opened,
    and no empty editor is left behind."""
    window = QWidget()
    qtbot.addWidget(window)

    def close_left_editors() -> None:  # a failure must not leave the test waiting in exec()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, EditorDialog) and widget.isVisible():
                widget.done(0)

    QTimer.singleShot(15_000, close_left_editors)
    saved = operations.run_editor(window, desk, editor, runner=runner, **{argument: "0f7e4c2a-gone"})
    assert saved is None
    assert [title for title, _text in said] == ["This cannot be opened"], "said once"
    assert "0f7e4c2a-gone" in said[0][1], "the message names what could not be opened"
    assert not [widget for widget in QApplication.topLevelWidgets()
                if isinstance(widget, EditorDialog) and widget.isVisible()], "no editor stays open"


@pytest.mark.qt_log_ignore("This plugin does not support")  # the matches' popup, on the offscreen platform
def test_choices_and_follow_ups_inside_an_editor_are_read_in_the_background(
        desk: Desk, qtbot: QtBot, runner: JobRunner, said: list[tuple[str, str]]) -> None:
    """The initiatives matching what is typed in a new request, the contact persons of the one
    chosen there or in a registration, and a request's follow-ups after one is planned in it are
    read on the read pool: else a locked register freezes the window there; and they must still
    show once read."""
    kisangani = initiatives.register_initiative(desk, values={"name": "Vrienden van Kisangani"})
    marie = initiatives.add_contact(desk, initiative_id=kisangani.id, values={"name": "Marie Claes"})
    editor = RequestEditor(desk, runner=runner)
    qtbot.addWidget(editor)
    opened(qtbot, editor)
    assert editor.chooser is not None
    qtbot.keyClicks(editor.chooser, "Kisang")
    assert editor.chooser.searching.reading, "the matches are read in the background"
    qtbot.waitUntil(lambda: not editor.chooser.searching.reading, timeout=10_000)
    assert [name for _id, name in editor.chooser.matches()] == ["Vrienden van Kisangani"]
    editor.chooser.pick_row(0)
    assert editor.contacts_read.reading and not editor.contact_combo.isEnabled(), "read in the background"
    qtbot.waitUntil(lambda: not editor.contacts_read.reading, timeout=10_000)
    assert editor.contact_combo.isEnabled() and editor.contact_combo.findData(marie.id) > 0

    event_id = events.plan_event(desk, values={"title": "Fondsenwerving", "kind": "training",
                                              "starts_on": clock.today(), "status": "open"}).id
    registration = RegistrationDialog(desk, event_id=event_id, runner=runner)
    qtbot.addWidget(registration)
    registration.show()
    opened(qtbot, registration)
    assert registration.windowTitle() == "Register for Fondsenwerving"
    # Chosen, then cleared before its contact persons come: they are not offered for nobody
    # (else Register would save a contact person of an initiative no longer named).
    registration.chooser.set_initiative(kisangani.id, "Vrienden van Kisangani")
    registration.chooser.chosen.emit("")  # what the chooser says once its text is cleared
    assert not registration.people_read.reading
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    qtbot.wait(50)  # the late answer's turn in the event loop
    assert registration.contact_combo.findData(marie.id) < 0 and registration.contact_combo.code() == ""
    assert registration.cursor().shape() != Qt.CursorShape.BusyCursor
    registration.chooser.set_initiative(kisangani.id, "Vrienden van Kisangani")
    assert registration.people_read.reading, "read in the background"
    qtbot.waitUntil(lambda: not registration.people_read.reading, timeout=10_000)
    assert registration.contact_combo.code() == marie.id, "the first contact person is chosen"

    request = requests.log_request(desk, initiative_id=kisangani.id, values={
        "channel": "phone", "question": "Hoe vragen we subsidie aan?", "received_on": clock.today()})
    existing = RequestEditor(desk, request_id=request.id, runner=runner)
    qtbot.addWidget(existing)
    existing.show()
    opened(qtbot, existing)
    assert existing.follow_up_tree.topLevelItemCount() == 0
    existing.plan_follow_up()
    planner = existing.follow_up_dialog
    assert isinstance(planner, FollowUpEditor) and planner.runner is runner
    opened(qtbot, planner)
    qtbot.keyClicks(planner.action_edit, "Terugbellen")
    planner.apply_quick_due_date("+1w")
    planner.accept()
    qtbot.waitUntil(lambda: existing.follow_up_tree.topLevelItemCount() == 1, timeout=10_000)
    assert existing.follow_up_tree.topLevelItem(0).text(1) == "Terugbellen"
    assert said == []
