"""A person's data from the initiative page: export it, or erase it after one clear question.

If these fail, an officer cannot answer a person's access or erasure request from the app, an
erasure happens without asking (or asks without naming the person), the page keeps showing the
erased name, or Ctrl+Z pretends an erasure can be undone.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QProgressDialog
from PySide6.QtWidgets import QPushButton
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import read

from fourthpillar import clock
from fourthpillar.services import events
from fourthpillar.services import initiatives
from fourthpillar.services import registrations
from fourthpillar.services import requests
from fourthpillar.services import walk_ins
from fourthpillar.services.desk import Desk
from fourthpillar.ui.jobs import JobRunner
from fourthpillar.ui.main_window import MainWindow
from fourthpillar.ui.privacy import forget_past_registrations

NAME = "Mieke Janssens"
EMAIL = "mieke@example.org"


@pytest.fixture
def window(desk: Desk, qtbot: QtBot) -> Iterator[MainWindow]:
    main = MainWindow(desk)
    # Closing while a job runs asks "Cancel it and quit?" (modal): let the jobs end first.
    qtbot.addWidget(main, before_close_func=lambda window: qtbot.waitUntil(lambda: not window.jobs.busy,
                                                                           timeout=15_000))
    main.show()
    qtbot.waitExposed(main)
    yield main


@pytest.fixture
def initiative_id(desk: Desk) -> str:
    saved = initiatives.register_initiative(desk, values={"name": "Vrienden van Kisangani", "postcode": "9000"})
    initiatives.add_contact(desk, initiative_id=saved.id, values={
        "name": NAME, "email": EMAIL, "phone": "0470 12 34 56", "role": "voorzitter"})
    return saved.id


def open_contact(qtbot: QtBot, window: MainWindow, initiative_id: str) -> None:
    window.show_initiative(initiative_id)
    page = window.initiative_page
    read(qtbot, page)
    page.contact_tree.setCurrentItem(page.contact_tree.topLevelItem(0))
    assert page.export_person_action.isEnabled() and page.erase_person_action.isEnabled()


def answer_erase_box(monkeypatch: pytest.MonkeyPatch, button_text: str | None) -> list[str]:
    """The erasure question: record its text, then press *button_text* (None: close it)."""
    asked: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        asked.append(box.text())
        if button_text is not None:
            next(button for button in box.buttons() if button.text() == button_text).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return asked


def test_export_writes_the_persons_data_to_the_chosen_folder(
        window: MainWindow, initiative_id: str, said: list[tuple[str, str]], qtbot: QtBot,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "for Mieke"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kw: str(folder))
    open_contact(qtbot, window, initiative_id)
    window.initiative_page.export_person_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    assert said[0][0] == "Personal data exported"
    files = sorted(path.suffix for path in folder.iterdir())
    assert files == [".json", ".pdf"]
    data = next(folder.glob("*.json")).read_text(encoding="utf-8")
    assert NAME in data and EMAIL in data
    json.loads(data)


def test_erasing_asks_once_naming_the_person_and_cannot_be_undone(
        window: MainWindow, desk: Desk, initiative_id: str, said: list[tuple[str, str]], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked = answer_erase_box(monkeypatch, "Erase")
    open_contact(qtbot, window, initiative_id)
    page = window.initiative_page
    with qtbot.waitSignal(page.person_erased, timeout=15_000):
        page.erase_person_action.trigger()
    assert len(asked) == 1 and NAME in asked[0] and "cannot be undone" in asked[0]
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    contacts = initiatives.get_initiative(desk, initiative_id=initiative_id).contacts
    assert len(contacts) == 1 and NAME not in contacts[0].name and contacts[0].email == ""
    read(qtbot, page)  # the page reads it again
    shown = page.contact_tree.topLevelItem(0)
    assert NAME not in shown.text(0) and EMAIL not in shown.text(2)
    assert not window.undo_stack.can_undo()  # no Ctrl+Z for an erasure
    window.jobs.wait(10_000)


def test_the_question_lists_the_notes_that_will_lose_the_person(
        window: MainWindow, desk: Desk, initiative_id: str, said: list[tuple[str, str]], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The officer sees which texts change before saying yes, named as the editors name the record
    and the field, and afterwards the note no longer names her."""
    initiatives.update_initiative(desk, initiative_id=initiative_id, changes={"notes": f"Bel {NAME} in mei."})
    requests.log_request(desk, initiative_id=initiative_id, values={
        "received_on": clock.today(), "channel": "email", "question": "Subsidie?",
        "advice": f"{NAME} stuurt het dossier."})
    asked = answer_erase_box(monkeypatch, "Erase")
    open_contact(qtbot, window, initiative_id)
    page = window.initiative_page
    with qtbot.waitSignal(page.person_erased, timeout=15_000):
        page.erase_person_action.trigger()
    assert "initiative \u201cVrienden van Kisangani\u201d: notes" in asked[0] and "[\u2026]" in asked[0]
    assert "advice request \u201cSubsidie?\u201d: advice given" in asked[0]
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    assert "removed from 2 other text" in said[0][1]
    assert initiatives.get_initiative(desk, initiative_id=initiative_id).notes == "Bel [\u2026] in mei."
    window.jobs.wait(10_000)


def test_saying_no_to_the_erasure_keeps_the_person(
        window: MainWindow, desk: Desk, initiative_id: str, said: list[tuple[str, str]], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked = answer_erase_box(monkeypatch, None)
    open_contact(qtbot, window, initiative_id)
    window.initiative_page.erase_person_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=15_000)  # what it touches is read first, in the background
    window.jobs.wait(10_000)
    qtbot.wait(50)
    assert len(asked) == 1
    contact = initiatives.get_initiative(desk, initiative_id=initiative_id).contacts[0]
    assert contact.name == NAME and contact.email == EMAIL
    assert said == []


def test_the_contact_list_offers_the_persons_data_in_its_context_menu(
        window: MainWindow, initiative_id: str, qtbot: QtBot) -> None:
    open_contact(qtbot, window, initiative_id)
    page = window.initiative_page
    texts = [action.text() for action in page.person_button.menu().actions()]
    assert texts == ["Export this person's data…", "Erase this person…"]
    menu = page.contact_menu()
    assert [action.text() for action in menu.actions() if not action.isSeparator()] == [
        "Ed&it…", "Ar&chive…", "Export this person's data…", "Erase this person…"]
    menu.deleteLater()
    page.contact_tree.setCurrentItem(None)
    page.contact_tree.clearSelection()
    page._update_buttons()
    assert not page.erase_person_action.isEnabled()


def test_the_personal_data_button_shows_its_whole_label_beside_its_menu_arrow(
        window: MainWindow, initiative_id: str, qtbot: QtBot) -> None:
    """'Persoonsgegevens' was clipped: the button drew its menu arrow over the end of the word."""
    from PySide6.QtWidgets import QStyle

    open_contact(qtbot, window, initiative_id)
    button = window.initiative_page.person_button
    style = button.style()
    needed = (button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
              + style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
              + 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button))
    assert button.sizeHint().width() >= needed


def test_a_walk_in_is_erased_from_the_event_page_after_asking(
        window: MainWindow, desk: Desk, said: list[tuple[str, str]], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Else a walk-in's erasure request cannot be met from the app (issue 18): the event page's
    registration menu offers it for a walk-in only, asks once naming them, and shows them erased."""
    event_id = events.plan_event(desk, values={"title": "Netwerkdag", "starts_on": clock.today(),
                                               "notes": f"{NAME} bracht taart mee."}).id
    walk_in = registrations.register_for_event(desk, event_id=event_id, values={"name": NAME, "email": EMAIL}).id
    window.show_event(event_id)
    page = window.event_page
    read(qtbot, page)
    page.table.selectRow(0)
    assert page.erase_walk_in_action in page.table.actions() and page.erase_walk_in_action.isEnabled()
    asked = answer_erase_box(monkeypatch, "Cancel")
    page.erase_walk_in_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=15_000)  # what it touches is read first, in the background
    assert len(asked) == 1 and registrations.get_registration(desk, registration_id=walk_in).person_name == NAME
    asked = answer_erase_box(monkeypatch, "Erase")
    page.erase_walk_in_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=15_000)
    assert NAME in asked[0] and "cannot be undone" in asked[0] and "Netwerkdag" in asked[0]
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    assert registrations.get_registration(desk, registration_id=walk_in).person_name == "[erased]"
    assert NAME not in (events.get_event(desk, event_id=event_id).notes or "")
    qtbot.waitUntil(lambda: page.table.model().index(0, 0).data() == "[erased]", timeout=15_000)


def test_a_walk_ins_data_are_exported_from_the_event_page_and_a_contacts_are_not_offered(
        window: MainWindow, desk: Desk, initiative_id: str, said: list[tuple[str, str]], qtbot: QtBot,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Else a walk-in's access request cannot be answered from the app, or a contact person's
    registration is treated as a walk-in (their data is on their initiative's page)."""
    event_id = events.plan_event(desk, values={"title": "Netwerkdag", "starts_on": clock.today()}).id
    contact_id = initiatives.get_initiative(desk, initiative_id=initiative_id).contacts[0].id
    registrations.register_for_event(desk, event_id=event_id, values={"contact_id": contact_id})
    registrations.register_for_event(desk, event_id=event_id, values={"name": "Zoë Walkin", "email": "zoe@example.be"})
    window.show_event(event_id)
    page = window.event_page
    read(qtbot, page)
    rows = {page.table.model().index(row, 0).data(): row for row in range(page.table.rowCount())}
    page.table.selectRow(rows[NAME])
    assert not page.export_walk_in_action.isEnabled() and not page.erase_walk_in_action.isEnabled()
    page.table.clearSelection()
    page.table.selectRow(rows["Zoë Walkin"])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kw: str(tmp_path))
    page.export_walk_in_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    assert said[0][0] == "Personal data exported"
    data = json.loads(next(tmp_path.glob("*.json")).read_text(encoding="utf-8"))
    assert data["contact"]["name"] == "Zoë Walkin" and NAME not in json.dumps(data, ensure_ascii=False)


def test_asking_twice_while_the_erasure_is_read_asks_once(
        window: MainWindow, desk: Desk, initiative_id: str, said: list[tuple[str, str]], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """What the erasure touches is read in the background: a second press meanwhile must not
    stack a second question (two "Erase" answers, two erasures) over the first."""
    asked = answer_erase_box(monkeypatch, None)
    open_contact(qtbot, window, initiative_id)
    page = window.initiative_page
    page.erase_person_action.trigger()
    page.erase_person_action.trigger()
    qtbot.waitUntil(lambda: bool(asked) and not window.jobs.busy, timeout=15_000)
    qtbot.wait(50)
    assert len(asked) == 1 and NAME in asked[0]
    page.erase_person_action.trigger()  # once answered, it asks again
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=15_000)
    assert initiatives.get_initiative(desk, initiative_id=initiative_id).contacts[0].name == NAME


def test_a_person_gone_before_the_question_is_said_once_and_nothing_is_erased(
        window: MainWindow, desk: Desk, initiative_id: str, said: list[tuple[str, str]], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Else a contact archived by a colleague meanwhile makes the erasure a traceback, or asks about nobody."""
    from fourthpillar.ui.privacy import Person
    from fourthpillar.ui.privacy import erase_person_data

    asked = answer_erase_box(monkeypatch, "Erase")
    erase_person_data(window.initiative_page, desk, window.jobs, Person(id="no-such-contact", name="Nobody"))
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    window.jobs.wait(10_000)
    qtbot.wait(50)
    assert asked == [] and len(said) == 1
    title, text = said[0]
    assert title == "Fourth Pillar desk" and text and "Traceback" not in text
    assert initiatives.get_initiative(desk, initiative_id=initiative_id).contacts[0].name == NAME


def _old_registrations(desk: Desk) -> list[walk_ins.PastRegistration]:
    """Three walk-ins of an event held longer ago than attendance is kept."""
    event_id = events.plan_event(desk, values={"title": "Netwerkdag", "status": "held",
                                               "starts_on": clock.today() - dt.timedelta(days=6 * 365)}).id
    for number in range(3):
        registrations.register_for_event(desk, event_id=event_id, values={
            "name": f"{NAME} {number}", "email": f"walk.in{number}@example.be", "status": "attended"})
    return walk_ins.registrations_past_retention(desk)


def test_the_retention_clean_up_asks_then_shows_its_progress_to_the_end(
        desk: Desk, runner: JobRunner, said: list[tuple[str, str]], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Else old registrations are archived and their walk-ins erased without asking, or a long
    clean-up shows no progress and no Cancel, or its action cannot be undone from the window."""
    parent = QWidget()
    qtbot.addWidget(parent)
    past = _old_registrations(desk)
    asked = answer_erase_box(monkeypatch, "Cancel")
    assert forget_past_registrations(parent, desk, runner, past) is None
    assert len(asked) == 1 and "cannot be undone" in asked[0]
    assert len(walk_ins.registrations_past_retention(desk)) == len(past)
    asked = answer_erase_box(monkeypatch, "Archive and erase")
    batches: list[str] = []
    job = forget_past_registrations(parent, desk, runner, past, on_forgotten=batches.append)
    assert job is not None
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None and [button.text() for button in dialog.findChildren(QPushButton)] == ["Cancel"]
    shown: list[tuple[int, int]] = []
    job.progressed.connect(lambda done, total: shown.append((done, total)))
    qtbot.waitUntil(lambda: bool(said), timeout=15_000)
    assert said == [("Forget old registrations", "3 registration(s) archived; the walk-ins among them were erased.")]
    assert shown and shown[-1][0] == shown[-1][1] > 0
    assert walk_ins.registrations_past_retention(desk) == [] and len(batches) == 1
    assert registrations.get_registration(desk, registration_id=past[0].id).person_name == "[erased]"


def test_cancelling_the_retention_clean_up_erases_and_archives_nothing(
        desk: Desk, runner: JobRunner, said: list[tuple[str, str]], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Else Cancel in the clean-up's progress dialog leaves some walk-ins erased (for good) and
    others not, or says nothing of what became of them."""
    parent = QWidget()
    qtbot.addWidget(parent)
    past = _old_registrations(desk)
    answer_erase_box(monkeypatch, "Archive and erase")
    writing = threading.Event()
    runner.run(lambda **_: writing.wait(10), writes=True)  # the one writer is busy: the clean-up waits its turn
    job = forget_past_registrations(parent, desk, runner, past)
    assert job is not None
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None
    dialog.canceled.emit()
    with qtbot.waitSignal(job.finished, timeout=15_000):
        writing.set()
    assert said == [("Forget old registrations", "Cancelled: nothing was erased or archived.")]
    assert [(item.id, item.person_name) for item in walk_ins.registrations_past_retention(desk)] == [
        (item.id, item.person_name) for item in past]
