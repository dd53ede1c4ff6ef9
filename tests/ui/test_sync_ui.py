"""File ▸ Field package and the Conflicts page, driven the way an officer does it.

If these fail, an officer cannot make or open a field package from the app, a package's changes
do not show up (or show up without the lists refreshing), conflicts stay invisible, or a damaged
package produces a traceback or half a change.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QMessageBox
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.services import backups
from fourthpillar.services import events
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import privacy
from fourthpillar.services import registrations
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui import settings
from fourthpillar.ui.main_window import MainWindow
from fourthpillar.ui.sync_actions import CONFLICTS
from fourthpillar.ui.sync_actions import SYNC_DATABASE_URL


@pytest.fixture
def window(desk: Desk, qtbot: QtBot) -> Iterator[MainWindow]:
    main = MainWindow(desk)
    # Closing while a job runs asks "Cancel it and quit?" (modal): let the jobs end first.
    qtbot.addWidget(main, before_close_func=lambda window: qtbot.waitUntil(lambda: not window.jobs.busy,
                                                                           timeout=15_000))
    main.show()
    qtbot.waitExposed(main)
    yield main


class Dialogs:
    """Stand-ins for the static dialogs: answers given in advance, messages recorded."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.messages: list[tuple[str, str, str]] = []
        self.item: Callable[[list[str]], str] = lambda choices: choices[0]
        self.text = ""
        self.save_path = ""
        self.open_path = ""
        self.folder = ""
        self.asked: list[str] = []

        def record(kind: str) -> Callable[..., QMessageBox.StandardButton]:
            def show(_parent: Any, title: str, message: str, *_args: Any) -> QMessageBox.StandardButton:
                self.messages.append((kind, title, message))
                return QMessageBox.StandardButton.Ok
            return show

        def get_item(_parent: Any, _title: str, label: str, choices: list[str], *_args: Any) -> tuple[str, bool]:
            self.asked.append(label)
            return self.item(choices), True

        monkeypatch.setattr(QMessageBox, "information", record("information"))
        monkeypatch.setattr(QMessageBox, "warning", record("warning"))
        monkeypatch.setattr(QMessageBox, "critical", record("critical"))
        monkeypatch.setattr(QInputDialog, "getItem", get_item)
        monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: (self.text, True))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (self.save_path, ""))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (self.open_path, ""))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kw: self.folder)

    def of(self, kind: str) -> list[tuple[str, str, str]]:
        return [message for message in self.messages if message[0] == kind]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def names(desk: Desk) -> set[str]:
    return {row.name for row in initiatives.list_initiatives(desk, query=ListQuery(limit=100)).rows}


def navigation_text(window: MainWindow) -> str:
    """The Conflicts entry of the side bar as the officer reads it."""
    items = [window.navigation.item(row) for row in range(window.navigation.count())]
    return next(item.text() for item in items if item.data(Qt.ItemDataRole.UserRole) == CONFLICTS)


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=15_000)


def field_copy(office: Desk, tmp_path: Path, name: str = "Bert Claes") -> Desk:
    package = tmp_path / f"first-{name}.fpsync"
    code = sync.create_first_package(office, path=package).code
    made = sync.checkout_package(path=package, data_dir=tmp_path / name, code=code)
    laptop = open_desk(data_dir=made.data_dir)
    officers.sign_in(laptop, name=name, region="oost-vlaanderen")
    return laptop


def table_dump(desk: Desk) -> dict[str, list[tuple[Any, ...]]]:
    with desk.database.engine.connect() as connection:
        tables = [row[0] for row in connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' "
            "AND name NOT LIKE 'sqlite_%'"))]
        return {name: sorted(map(tuple, connection.execute(text(f'SELECT * FROM "{name}"'))), key=repr)
                for name in tables}


def test_a_province_package_from_the_menu_opens_as_a_working_copy_with_that_province(
        window: MainWindow, desk: Desk, dialogs: Dialogs, qtbot: QtBot, tmp_path: Path) -> None:
    initiatives.register_initiative(desk, values={"name": "Solidair Gent", "postcode": "9000"})
    initiatives.register_initiative(desk, values={"name": "Antwerpen helpt", "postcode": "2000"})
    dialogs.item = lambda choices: PROVINCES.label("oost-vlaanderen")
    dialogs.save_path = str(tmp_path / "gent")  # typed without an ending
    window.field_sync.first_package_action.trigger()
    wait_idle(qtbot, window)
    package = tmp_path / "gent.fpsync"
    assert package.exists(), dialogs.messages
    assert dialogs.of("information") and str(package) in dialogs.of("information")[0][2]
    code = dialogs.of("information")[0][2].splitlines()[-1]  # the one-time code ends the message

    folder = tmp_path / "field copy"
    folder.mkdir()
    dialogs.open_path, dialogs.folder, dialogs.text = str(package), str(folder), code
    window.field_sync.checkout_action.trigger()
    wait_idle(qtbot, window)
    box = window.field_sync.summary_box
    assert box is not None and str(folder) in box.text() and "--data-dir" in box.text()
    use = next(button for button in box.buttons() if "next start" in button.text())
    use.click()
    assert settings.read_str(settings.DATA_DIR) == str(folder)

    laptop = open_desk(data_dir=folder)
    try:
        assert names(laptop) == {"Solidair Gent"}
    finally:
        laptop.close()
    assert names(desk) == {"Solidair Gent", "Antwerpen helpt"}  # the office copy is as it was


def test_a_working_copy_is_only_made_in_an_empty_folder(window: MainWindow, desk: Desk, dialogs: Dialogs,
                                                        qtbot: QtBot, tmp_path: Path) -> None:
    package = tmp_path / "all.fpsync"
    sync.create_first_package(desk, path=package)
    full = tmp_path / "full"
    full.mkdir()
    (full / "letter.txt").write_text("keep me")
    dialogs.open_path, dialogs.folder = str(package), str(full)
    window.field_sync.checkout_action.trigger()
    wait_idle(qtbot, window)
    assert [title for _kind, title, _text in dialogs.of("warning")] == ["Choose an empty folder"]
    assert sorted(path.name for path in full.iterdir()) == ["letter.txt"]


def test_a_conflict_shows_on_the_conflicts_page_and_deciding_it_closes_it(
        window: MainWindow, desk: Desk, dialogs: Dialogs, qtbot: QtBot, tmp_path: Path) -> None:
    initiative_id = initiatives.register_initiative(desk, values={"name": "Solidair", "postcode": "9000"}).id
    laptop = field_copy(desk, tmp_path)
    try:
        initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"notes": "veld"})
        initiatives.update_initiative(desk, initiative_id=initiative_id, changes={"notes": "kantoor"})
        incoming = tmp_path / "from-laptop.fpsync"
        sync.create_package(laptop, for_replica=desk.replica_id, path=incoming)

        dialogs.open_path = str(incoming)
        changed: list[bool] = []
        window.events.data_changed.connect(lambda: changed.append(True))
        window.field_sync.apply_action.trigger()
        wait_idle(qtbot, window)
        box = window.field_sync.summary_box
        assert box is not None and "1 conflict" in box.text(), dialogs.messages
        assert changed, "the lists and the dashboard were not told to read again"
        qtbot.waitUntil(lambda: navigation_text(window) == "Conflicts (1)")

        show = next(button for button in box.buttons() if "conflicts" in button.text().lower())
        show.click()
        assert window.current_page_name() == CONFLICTS
        view = window.field_sync.view
        qtbot.waitUntil(lambda: view._table.rowCount() == 1)
        assert [view._table.item(0, column).text() for column in (1, 2, 3)] == ["notes", "kantoor", "veld"]
        view._table.selectRow(0)
        view._take_theirs.click()
        qtbot.waitUntil(lambda: navigation_text(window) == "Conflicts" and view._table.rowCount() == 0)
        wait_idle(qtbot, window)
        assert initiatives.get_initiative(desk, initiative_id=initiative_id).notes == "veld"
        assert window.undo_stack.can_undo() and "Solidair" in window.undo_stack.undo_text()

        # The decision travels: a package of changes for the laptop, chosen among the known copies.
        dialogs.item = lambda choices: next(choice for choice in choices if laptop.replica_id in choice)
        dialogs.save_path = str(tmp_path / "for-laptop.fpsync")
        asked_before = len(dialogs.asked)
        window.field_sync.package_action.trigger()
        window.field_sync.package_action.trigger()  # again before the copies are read: asked once
        wait_idle(qtbot, window)
        assert len(dialogs.asked) == asked_before + 1
        assert desk.replica_id in dialogs.asked[-1]  # the dialog shows this copy's id, to give to others
        sync.apply_package(laptop, path=tmp_path / "for-laptop.fpsync")
        assert initiatives.get_initiative(laptop, initiative_id=initiative_id).notes == "veld"
        assert sync.list_conflicts(laptop) == []

        # Ctrl+Z puts back the value shown before the decision; the conflict stays settled.
        window.undo()
        wait_idle(qtbot, window)
        assert initiatives.get_initiative(desk, initiative_id=initiative_id).notes == "kantoor"
        assert sync.list_conflicts(desk) == []
    finally:
        laptop.close()


def test_a_tampered_package_is_refused_clearly_and_changes_nothing(
        window: MainWindow, desk: Desk, dialogs: Dialogs, qtbot: QtBot, tmp_path: Path) -> None:
    initiative_id = initiatives.register_initiative(desk, values={"name": "Solidair", "postcode": "9000"}).id
    laptop = field_copy(desk, tmp_path)
    try:
        initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"notes": "veld"})
        package = tmp_path / "from-laptop.fpsync"
        sync.create_package(laptop, for_replica=desk.replica_id, path=package)
    finally:
        laptop.close()
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0xFF
    package.write_bytes(bytes(data))
    before = table_dump(desk)

    dialogs.open_path = str(package)
    window.field_sync.apply_action.trigger()
    wait_idle(qtbot, window)
    warnings = dialogs.of("warning")
    assert len(warnings) == 1, dialogs.messages
    _kind, title, message = warnings[0]
    assert title == "Applying the package"
    assert "Traceback" not in message and message[0].isupper() and message.endswith(".")
    assert window.field_sync.summary_box is None
    assert table_dump(desk) == before
    assert initiatives.get_initiative(desk, initiative_id=initiative_id).notes == ""


def test_sync_now_exchanges_with_the_office_database_and_remembers_its_address(
        window: MainWindow, desk: Desk, dialogs: Dialogs, qtbot: QtBot, tmp_path: Path) -> None:
    initiatives.register_initiative(desk, values={"name": "Uit het veld", "postcode": "9000"})
    office_dir = tmp_path / "office"
    office = open_desk(data_dir=office_dir)
    officers.sign_in(office, name="Carla", region="antwerpen")
    initiatives.register_initiative(office, values={"name": "Op kantoor", "postcode": "2000"})
    office.close()
    url = f"sqlite:///{office_dir / 'fourthpillar.sqlite3'}"
    assert (office_dir / "fourthpillar.sqlite3").exists()

    dialogs.text = url
    window.field_sync.sync_action.trigger()
    wait_idle(qtbot, window)
    box = window.field_sync.summary_box
    assert box is not None and "Received" in box.text(), dialogs.messages
    assert names(desk) == {"Uit het veld", "Op kantoor"}
    assert settings.read_str(SYNC_DATABASE_URL) == url


def test_sync_now_says_clearly_when_the_address_is_wrong(window: MainWindow, dialogs: Dialogs,
                                                         qtbot: QtBot) -> None:
    dialogs.text = "the office server"
    window.field_sync.sync_action.trigger()
    wait_idle(qtbot, window)
    assert [message for _kind, _title, message in dialogs.of("warning")] == [
        "“the office server” is not a database address."]
    assert settings.read_str(SYNC_DATABASE_URL) == ""


def test_a_password_in_the_office_address_is_not_remembered() -> None:
    from fourthpillar.ui.sync_actions import remembered_url

    assert remembered_url("postgresql://an:geheim@server/fourthpillar") == "postgresql://an@server/fourthpillar"
    assert remembered_url("sqlite:////tmp/x.sqlite3") == "sqlite:////tmp/x.sqlite3"


def test_the_conflicts_page_is_in_the_side_bar_after_the_lists(window: MainWindow) -> None:
    """Right after the lists of records (follow-ups, then events), where an officer back from the
    field looks for what to settle; else it hides below pages used rarely."""
    labels = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert labels.index("Conflicts") == labels.index("Events") + 1 == labels.index("Follow-ups") + 2
    window.go_actions[CONFLICTS].trigger()
    assert window.current_page_name() == CONFLICTS
    assert any(isinstance(button, QPushButton) for button in window.field_sync.page.findChildren(QPushButton))


def test_known_replicas_lists_the_other_copies_with_who_worked_there(desk: Desk, tmp_path: Path) -> None:
    """The chooser of "Create package of changes for…" offers the copies this one has heard of."""
    assert sync.known_replicas(desk) == []  # a register on its own knows no other copy
    initiatives.register_initiative(desk, values={"name": "Solidair", "postcode": "9000"})
    laptop = field_copy(desk, tmp_path)
    try:
        initiatives.register_initiative(laptop, values={"name": "Uit het veld", "postcode": "9000"})
        package = tmp_path / "from-laptop.fpsync"
        sync.create_package(laptop, for_replica=desk.replica_id, path=package)
        sync.apply_package(desk, path=package)
        [known] = sync.known_replicas(desk)
        assert known.id == laptop.replica_id and known.last_officer == "Bert Claes"
        assert known.exchanged_at is not None and known.changes_held > 0
        assert [replica.id for replica in sync.known_replicas(laptop)] == [desk.replica_id]
    finally:
        laptop.close()


def test_packages_given_to_the_wrong_command_say_which_menu_entry_to_use(
        window: MainWindow, desk: Desk, dialogs: Dialogs, qtbot: QtBot, tmp_path: Path) -> None:
    """The service's refusals name command-line commands; the app names its own menu entries."""
    initiatives.register_initiative(desk, values={"name": "Solidair", "postcode": "9000"})
    laptop = field_copy(desk, tmp_path)
    first = tmp_path / "first-from-laptop.fpsync"
    try:
        sync.create_first_package(laptop, path=first)
        initiatives.update_initiative(laptop, initiative_id=names_to_ids(laptop)["Solidair"],
                                      changes={"notes": "veld"})
        changes = tmp_path / "changes.fpsync"
        sync.create_package(laptop, for_replica=desk.replica_id, path=changes)
    finally:
        laptop.close()
    before = table_dump(desk)
    dialogs.open_path = str(first)
    window.field_sync.apply_action.trigger()
    wait_idle(qtbot, window)
    folder = tmp_path / "empty"
    folder.mkdir()
    dialogs.open_path, dialogs.folder, dialogs.text = str(changes), str(folder), "ABCD-EFGH-JKLM"
    window.field_sync.checkout_action.trigger()
    wait_idle(qtbot, window)
    texts = [message for _kind, _title, message in dialogs.of("warning")]
    assert len(texts) == 2, dialogs.messages
    assert "Open package as a new working copy" in texts[0] and "sync checkout" not in texts[0]
    assert "Apply package" in texts[1] and "--out" not in texts[1]
    assert table_dump(desk) == before


def names_to_ids(desk: Desk) -> dict[str, str]:
    return {row.name: row.id for row in initiatives.list_initiatives(desk, query=ListQuery(limit=100)).rows}


def test_a_package_that_erases_someone_offers_to_delete_this_copys_older_backups(
        window: MainWindow, desk: Desk, dialogs: Dialogs, qtbot: QtBot, tmp_path: Path) -> None:
    """Like an erasure made here: the copy's backups from before still hold the person, and the
    officer can delete them from the summary (a fresh backup is made)."""
    initiative_id = initiatives.register_initiative(desk, values={"name": "Solidair", "postcode": "9000"}).id
    contact = initiatives.add_contact(desk, initiative_id=initiative_id, values={"name": "Griet Vanderzwalmenkaai"})
    laptop = field_copy(desk, tmp_path)
    try:
        backups.create_backup(desk, reason="manual")
        privacy.erase_person(laptop, contact_id=contact.id)
        incoming = tmp_path / "erasure.fpsync"
        sync.create_package(laptop, for_replica=desk.replica_id, path=incoming)
        dialogs.open_path = str(incoming)
        window.field_sync.apply_action.trigger()
        wait_idle(qtbot, window)
        box = window.field_sync.summary_box
        assert box is not None and "1 person(s) erased on the other copy" in box.text(), dialogs.messages
        assert "1 backup(s) of this copy made before still hold their data" in box.text()
        prune = next(button for button in box.buttons() if "backups" in button.text().replace("&", ""))
        prune.click()
        wait_idle(qtbot, window)
        pruned = ("information", "Backups pruned", "1 older backup(s) deleted; a new backup was made.")
        assert pruned in dialogs.messages
        assert [info.reason for info in backups.list_backups(desk)] == ["manual"]
        assert backups.list_backups(desk)[0].counts["contacts"] == 1
    finally:
        laptop.close()


def test_the_summary_says_who_went_to_the_waiting_list_when_the_copies_overbooked_an_event(
        window: MainWindow, desk: Desk, dialogs: Dialogs, qtbot: QtBot, tmp_path: Path) -> None:
    """Else the officer is not told that someone booked on the laptop now waits for a place
    (each copy booked the last places without seeing the other's bookings)."""
    event_id = events.plan_event(desk, values={"title": "Vorming", "starts_on": "2026-06-20", "capacity": 2,
                                               "status": "open"}).id
    laptop = field_copy(desk, tmp_path)
    try:
        for name in ("Wim", "Wanda"):
            registrations.register_for_event(desk, event_id=event_id, values={"name": name})
        booked = registrations.register_for_event(laptop, event_id=event_id, values={"name": "Zoë"})
        incoming = tmp_path / "bookings.fpsync"
        sync.create_package(laptop, for_replica=desk.replica_id, path=incoming)
        dialogs.open_path = str(incoming)
        window.field_sync.apply_action.trigger()
        wait_idle(qtbot, window)
        box = window.field_sync.summary_box
        assert box is not None, dialogs.messages
        assert "1 registration(s) beyond an event's capacity went to the waiting list" in box.text()
        assert registrations.get_registration(desk, registration_id=booked.id).status == "waiting"
    finally:
        laptop.close()
