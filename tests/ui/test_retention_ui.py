"""File ▸ Forget old registrations: the retention clean-up of event registrations, from the window.

If these fail, a support officer needs the command line to forget registrations kept longer than
attendance is, the clean-up runs without asking or takes recent registrations with it, the event's
page keeps showing forgotten walk-ins, Ctrl+Z pretends their erasure can be undone, or a login the
shared database would refuse is offered the clean-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

import pytest
from office_helpers import Office
from office_helpers import shared_office
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import read

from fourthpillar import clock
from fourthpillar.services import backups
from fourthpillar.services import events
from fourthpillar.services import initiatives
from fourthpillar.services import registrations
from fourthpillar.services import walk_ins
from fourthpillar.services.desk import Desk
from fourthpillar.ui.main_window import MainWindow

TITLE = "Forget old registrations"


def _event(desk: Desk, title: str, *, days_ago: int) -> tuple[str, list[str]]:
    """An event held *days_ago*, a contact person's registration and two walk-ins' ("Zoë Walkin"
    0 and 1, at every event): the event's id and the registrations' (the contact's first)."""
    event_id = events.plan_event(desk, values={"title": title, "status": "held",
                                               "starts_on": clock.today() - dt.timedelta(days=days_ago)}).id
    initiative_id = initiatives.register_initiative(desk, values={"name": f"Vzw {title}"}).id
    contact_id = initiatives.add_contact(desk, initiative_id=initiative_id,
                                         values={"name": "Griet Peeters", "email": "griet@example.be"}).id
    ids = [registrations.register_for_event(desk, event_id=event_id, values={"contact_id": contact_id}).id]
    for number in range(2):
        ids.append(registrations.register_for_event(desk, event_id=event_id, values={
            "name": f"Zoë Walkin {number}", "email": f"zoë{number}@example.be",
            "status": "attended"}).id)
    return event_id, ids


def answer_the_question(monkeypatch: pytest.MonkeyPatch, button_text: str) -> list[str]:
    """The clean-up's question: record its text, then press *button_text*."""
    asked: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        asked.append(box.text())
        next(button for button in box.buttons() if button.text() == button_text).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return asked


def idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.jobs.busy and window.event_page.reading is None, timeout=15_000)


def test_the_file_menu_says_when_no_registration_is_past_retention_and_writes_nothing(
        desk: Desk, window: MainWindow, said: list[tuple[str, str]], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Else the clean-up is not in the File menu, its tip does not say what it forgets, or with
    nothing old enough it asks anyway, or forgets last year's registrations."""
    action = window.forget_registrations_action
    assert action in window.file_menu.actions() and action.isEnabled()
    assert "more than 5 years ago" in action.statusTip() and "walk-ins" in action.statusTip()
    _event_id, recent = _event(desk, "Netwerkdag", days_ago=4 * 365)
    asked = answer_the_question(monkeypatch, "Cancel")
    action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    assert said == [(TITLE, "No registrations of events held more than 5 years ago: there is nothing to forget.")]
    assert asked == []
    assert [registrations.get_registration(desk, registration_id=item).person_name for item in recent] == [
        "Griet Peeters", "Zoë Walkin 0", "Zoë Walkin 1"]


def test_forgetting_asks_then_archives_the_old_registrations_and_erases_their_walk_ins(
        desk: Desk, window: MainWindow, said: list[tuple[str, str]], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Else the clean-up forgets without asking, keeps old walk-ins' names, takes a recent event's
    registrations with it (also the same walk-ins' names and e-mails, registered again), the
    event's page still lists the forgotten people, or Ctrl+Z offers to undo an erasure that
    cannot be undone."""
    old_event, old = _event(desk, "Subsidies voor beginners", days_ago=6 * 365)
    recent_event, recent = _event(desk, "Netwerkdag", days_ago=365)  # the same walk-ins came again
    window.show_page("events")
    window.show_event(old_event)
    read(qtbot, window.event_page)
    assert window.event_page.table.rowCount() == 3

    asked = answer_the_question(monkeypatch, "Cancel")
    window.forget_registrations_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=15_000)
    idle(qtbot, window)
    assert "Archive 3 registration(s) of events held more than 5 years ago?" in asked[0]
    assert said == [] and len(walk_ins.registrations_past_retention(desk)) == 3

    asked = answer_the_question(monkeypatch, "Archive and erase")
    window.forget_registrations_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    idle(qtbot, window)
    assert "2 walk-in(s)" in asked[0] and "cannot be undone" in asked[0]
    assert said == [(TITLE, "3 registration(s) archived; the walk-ins among them were erased.")]
    assert window.statusBar().currentMessage() == (
        "3 old registration(s) archived and their walk-ins erased (this cannot be undone).")
    assert walk_ins.registrations_past_retention(desk) == []
    assert [registrations.get_registration(desk, registration_id=item).person_name for item in old] == [
        "Griet Peeters", "[erased]", "[erased]"]
    assert events.get_event(desk, event_id=old_event).registrations == []
    assert len(events.get_event(desk, event_id=recent_event).registrations) == 3
    assert [registrations.get_registration(desk, registration_id=item).person_name for item in recent] == [
        "Griet Peeters", "Zoë Walkin 0", "Zoë Walkin 1"]
    assert [registrations.get_registration(desk, registration_id=item).email for item in recent[1:]] == [
        "zoë0@example.be", "zoë1@example.be"]
    assert window.event_page.table.rowCount() == 0  # read again: the page follows
    assert not window.undo_stack.can_undo()


@pytest.fixture
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Office]:
    with shared_office(request, tmp_path) as made:
        yield made


def test_only_a_login_that_may_erase_people_is_offered_the_clean_up(
        office: Office, qtbot: QtBot, open_window: Callable[[Desk], MainWindow],
        said: list[tuple[str, str]]) -> None:
    """Else an officer on the shared database is offered a clean-up the database refuses them
    (erasing walk-ins is an admin's), and an admin is not offered it."""
    _event(office.owner, "Subsidies voor beginners", days_ago=6 * 365)
    _, officer = office.add("Bob Field", "officer")
    window = open_window(office.desk_of(officer))
    assert window.forget_registrations_action in window.file_menu.actions()
    assert not window.forget_registrations_action.isEnabled()
    window.forget_registrations_action.trigger()
    qtbot.wait(50)
    assert not window.jobs.busy and said == []
    assert len(walk_ins.registrations_past_retention(office.owner)) == 3
    _, admin = office.add("Ann Admin", "admin")
    assert open_window(office.desk_of(admin)).forget_registrations_action.isEnabled()


def test_after_forgetting_the_officer_may_delete_the_older_backups_that_still_hold_the_walk_ins(
        desk: Desk, window: MainWindow, said: list[tuple[str, str]], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Like after "Erase personal data": else the forgotten walk-ins' names stay in the backups
    made before the clean-up, and the officer is never told."""
    _event(desk, "Subsidies voor beginners", days_ago=6 * 365)
    older = backups.create_backup(desk, reason="manual", now=clock.now() - dt.timedelta(days=1))
    asked: list[str] = []
    answers = iter(["Archive and erase", "Delete those backups now"])

    def exec_box(box: QMessageBox) -> int:
        asked.append(box.text())
        button_text = next(answers)
        next(button for button in box.buttons() if button.text() == button_text).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    window.forget_registrations_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    idle(qtbot, window)
    assert len(asked) == 2 and asked[1] == ("3 registration(s) archived; the walk-ins among them were erased.\n"
                                            "1 backup(s) made before the erasure still hold the data.")
    assert said == [("Backups pruned", "1 older backup(s) deleted; a new backup was made.")]
    assert [info.id for info in backups.list_backups(desk)] != [older.id]  # only the fresh one, made after
    assert len(backups.list_backups(desk)) == 1
