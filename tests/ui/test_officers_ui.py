"""File ▸ Officers and logins, and what the window offers each login, on a real shared database.

If these fail, an admin cannot add, change, disable or enable a colleague's login from the app,
a refusal arrives as a traceback or several lines, a password shows or lingers in the form, or
an officer's app offers what the database will refuse (erasing a person, field packages, the
officers' logins).
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

import pytest
from office_helpers import Office
from office_helpers import shared_office
from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import opened
from ui_helpers import read

from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.services import initiatives
from fourthpillar.services import logins
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.errors import DatabaseUnavailable
from fourthpillar.ui.main_window import MainWindow
from fourthpillar.ui.officers import OfficerForm
from fourthpillar.ui.officers import OfficersDialog
from fourthpillar.ui.settings_dialog import SettingsDialog


@pytest.fixture
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Office]:
    with shared_office(request, tmp_path) as made:
        yield made


def _dialog(qtbot: QtBot, window: MainWindow) -> OfficersDialog:
    dialog = OfficersDialog(window.desk, window.jobs, window)
    dialog.changed.connect(window.officers_changed)
    qtbot.addWidget(dialog)
    opened(qtbot, dialog, timeout=15_000)
    return dialog


def _row(dialog: OfficersDialog, name: str) -> list[str]:
    number = next(index for index, row in enumerate(dialog.rows) if row.name == name)
    return [dialog.table.item(number, column).text() for column in range(dialog.table.columnCount())]


def _select(dialog: OfficersDialog, name: str) -> None:
    dialog.select_officer(next(row.id for row in dialog.rows if row.name == name))


def _save(qtbot: QtBot, form: OfficerForm) -> list[tuple[int, str, str]]:
    """Press the form's OK and wait for the background change to end: refused (the form stays
    open), or saved (the form closed: its result and both password fields as it closed). Esc
    pressed while the change is written must not close it: the change's outcome decides."""
    closed: list[tuple[int, str, str]] = []
    form.finished.connect(lambda result: closed.append((result, form.password.text(), form.repeat.text())))
    runner, dialog = form.runner, form.parent()
    form.buttons.button(form.buttons.StandardButton.Ok).click()
    if not form.buttons.isEnabled():  # being written
        form.reject()
    runner.wait(15_000)
    qtbot.waitUntil(lambda: bool(closed) or form.buttons.isEnabled(), timeout=15_000)
    if closed and isinstance(dialog, OfficersDialog):
        opened(qtbot, dialog, timeout=15_000)  # the list is read again after a change
    return closed


def test_an_admin_adds_changes_disables_and_enables_a_colleagues_login(
        office: Office, qtbot: QtBot, open_window: Callable[[Desk], MainWindow],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The Officers dialog does what ``officers add|set|disable|enable`` do: the colleague can
    sign in with the password typed twice, becomes a coordinator, is shut out, and let back in."""
    _, admin = office.add("Ada Admin", "admin")
    window = open_window(office.desk_of(admin))
    assert window.officers_action.isVisible()
    dialog = _dialog(qtbot, window)
    assert dialog.add_button.isEnabled() and dialog.message_bar.text() == ""
    assert _row(dialog, "Ada Admin")[1:] == [admin, "admin", "", "active"]

    form = dialog.add_officer()
    assert form is not None
    login = office.new_login()
    form.name.setText("Lies Nieuw")
    form.login.setText(login)
    form.role.set_code("officer")
    for field in (form.password, form.repeat):
        assert field.echoMode() == QLineEdit.EchoMode.Password
    form.password.setText("geheim-wachtwoord")
    form.repeat.setText("geheim-wachtwoord")
    # Saved and closed, and the passwords do not linger in the closed form.
    assert _save(qtbot, form) == [(QDialog.DialogCode.Accepted, "", "")]
    assert _row(dialog, "Lies Nieuw")[1:] == [login, "officer", "", "active"]
    assert dialog.selected() is not None and dialog.selected().name == "Lies Nieuw"
    office.passwords[login] = "geheim-wachtwoord"
    colleague = office.desk_of(login)
    assert colleague.login is not None and colleague.login.role == "officer"

    form = dialog.change_selected()
    assert form is not None and form.role.code() == "officer" and not form.provinces.isEnabled()
    form.role.set_code("coordinator")
    form.provinces.set_codes(["limburg", "west-vlaanderen"])
    assert _save(qtbot, form) == [(QDialog.DialogCode.Accepted, "", "")]
    assert _row(dialog, "Lies Nieuw")[2:4] == ["coordinator", "Limburg, West Flanders"]
    assert logins.permissions(colleague).provinces == ("limburg", "west-vlaanderen")

    asked: list[str] = []

    def answer_yes(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    assert dialog.disable_button.isEnabled() and not dialog.enable_button.isEnabled()
    dialog.disable_selected()
    qtbot.waitUntil(lambda: _row(dialog, "Lies Nieuw")[4] == "disabled", timeout=15_000)
    assert "Lies Nieuw" in asked[0] and login in asked[0]
    with pytest.raises(DatabaseUnavailable, match="refused this login: it is disabled"):
        open_desk(data_dir=tmp_path / "shut-out", database_url=office.url_of(login))
    assert dialog.enable_button.isEnabled() and not dialog.disable_button.isEnabled()
    dialog.enable_selected()
    qtbot.waitUntil(lambda: _row(dialog, "Lies Nieuw")[4] == "active", timeout=15_000)
    again = open_desk(data_dir=tmp_path / "back-in", database_url=office.url_of(login))
    assert again.login is not None and again.login.role == "coordinator"
    again.close()


def test_a_mistyped_password_or_a_taken_login_is_said_in_one_line_and_nothing_is_added(
        office: Office, qtbot: QtBot, open_window: Callable[[Desk], MainWindow]) -> None:
    """The admin sees in one line what to fix; the form keeps the rest of what was typed."""
    _, admin = office.add("Ada Admin", "admin")
    _, taken = office.add("Bob Field", "officer")
    dialog = _dialog(qtbot, open_window(office.desk_of(admin)))
    form = dialog.add_officer()
    assert form is not None
    form.name.setText("Bob Again")
    form.login.setText(taken)
    form.password.setText("een-wachtwoord")
    form.repeat.setText("een-wachtwoord-")
    assert _save(qtbot, form) == [] and "differ" in form.message_bar.text()
    form.repeat.setText("een-wachtwoord")
    assert _save(qtbot, form) == []
    message = form.message_bar.text()
    assert "already the login of Bob Field" in message and "\n" not in message
    assert "een-wachtwoord" not in message and "INSERT" not in message
    form.role.set_code("coordinator")
    form.login.setText(office.new_login())
    assert _save(qtbot, form) == [] and "needs at least one province" in form.message_bar.text()
    form.reject()
    dialog.refresh()
    opened(qtbot, dialog, timeout=15_000)
    assert sorted(row.name for row in dialog.rows) == ["Ada Admin", "Bob Field", "Office Owner"]


def test_an_officer_sees_the_officers_but_may_change_nothing_and_erase_nobody(
        office: Office, qtbot: QtBot, open_window: Callable[[Desk], MainWindow]) -> None:
    """An officer's app greys out what the database would refuse: the officers' logins, erasing
    a person, applying packages and syncing, field copies, demonstration data and their name."""
    initiative = initiatives.register_initiative(office.owner, values={"name": "Vzw Kasongo"}).id
    initiatives.add_contact(office.owner, initiative_id=initiative, values={"name": "Marie Dubois"})
    _, login = office.add("Bob Field", "officer")
    window = open_window(office.desk_of(login))
    dialog = _dialog(qtbot, window)
    assert [row.name for row in dialog.rows] == ["Bob Field", "Office Owner"]
    _select(dialog, "Bob Field")
    assert not any(button.isEnabled() for button in (dialog.add_button, dialog.change_button,
                                                     dialog.disable_button, dialog.enable_button))
    assert dialog.message_bar.text() == "Only an admin can add officers or change their logins."
    assert dialog.add_officer() is None and dialog.change_selected() is None

    window.show_initiative(initiative)
    page = window.initiative_page
    read(qtbot, page)
    page.contact_tree.setCurrentItem(page.contact_tree.topLevelItem(0))
    assert page.export_person_action.isEnabled() and not page.erase_person_action.isEnabled()
    sync_menu = window.field_sync
    assert not any(action.isEnabled() for action in (sync_menu.first_package_action, sync_menu.apply_action,
                                                     sync_menu.sync_action))
    assert sync_menu.package_action.isEnabled() and sync_menu.checkout_action.isEnabled()
    assert not window.demo_action.isEnabled()
    settings = SettingsDialog(window.desk, window)
    qtbot.addWidget(settings)
    assert settings.name.isReadOnly() and settings.name.text() == "Bob Field"


def test_a_coordinator_makes_field_copies_of_their_own_provinces_only(
        office: Office, qtbot: QtBot, open_window: Callable[[Desk], MainWindow],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A coordinator is offered only their provinces for a field copy (no "All provinces"), may
    bring its packages back, and cannot open an initiative of another province, even by its id."""
    limburg = initiatives.register_initiative(office.owner, values={"name": "Vzw Hasselt", "province": "limburg"})
    antwerp = initiatives.register_initiative(office.owner, values={"name": "Vzw Mechelen",
                                                                    "province": "antwerpen"})
    _, login = office.add("Lies Coördinator", "coordinator", ["limburg", "west-vlaanderen"])
    window = open_window(office.desk_of(login))
    sync_menu = window.field_sync
    assert sync_menu.first_package_action.isEnabled() and sync_menu.apply_action.isEnabled()
    offered: list[list[str]] = []

    def choose_first(_parent: object, _title: str, _label: str, choices: list[str], *_args: object
                    ) -> tuple[str, bool]:
        offered.append(list(choices))
        return choices[0], True

    made: list[str] = []
    monkeypatch.setattr(QInputDialog, "getItem", choose_first)
    monkeypatch.setattr("fourthpillar.ui.sync_actions.save_package_path",
                        lambda *_args: tmp_path / "limburg.fpsync")
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *_args: made.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_args: made.append("warning " + text))
    sync_menu.create_first_package()
    qtbot.waitUntil(lambda: bool(made), timeout=15_000)
    assert offered == [[PROVINCES.label("limburg"), PROVINCES.label("west-vlaanderen")]]
    assert not made[0].startswith("warning"), made
    code = made[0].rsplit("\n", 1)[-1].strip()
    checkout = sync.checkout_package(path=tmp_path / "limburg.fpsync", data_dir=tmp_path / "laptop", code=code)
    assert checkout.province == "limburg"

    made.clear()
    window.show_initiative(antwerp.id)
    qtbot.waitUntil(lambda: bool(made), timeout=10_000)  # read in the background
    assert made and "no initiative" in made[0]
    window.show_initiative(limburg.id)
    read(qtbot, window.initiative_page)
    assert window.initiative_page.detail is not None and window.initiative_page.detail.name == "Vzw Hasselt"


def test_the_single_user_desk_offers_everything_but_the_officers_logins(
        desk: Desk, open_window: Callable[[Desk], MainWindow]) -> None:
    """On a desk's own register nothing is refused, and there are no logins to manage."""
    window = open_window(desk)
    assert not window.officers_action.isVisible()
    sync_menu = window.field_sync
    assert all(action.isEnabled() for action in (sync_menu.first_package_action, sync_menu.apply_action,
                                                 sync_menu.sync_action, window.demo_action))
    assert window.initiative_page.permissions.can_erase


def test_a_role_changed_by_the_admin_shows_in_the_colleagues_window_when_it_reads_again(
        office: Office, qtbot: QtBot, open_window: Callable[[Desk], MainWindow]) -> None:
    """A coordinator made admin gets the admin's actions once the window reads the login again."""
    officer_id, login = office.add("Lies Coördinator", "coordinator", ["limburg"])
    window = open_window(office.desk_of(login))
    assert not window.demo_action.isEnabled()
    logins.set_officer_access(office.owner, officer_id=officer_id, role="admin", provinces=[])
    window.officers_changed()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=15_000)  # read in the background
    assert window.field_sync.apply_action.isEnabled() and window.demo_action.isEnabled()
