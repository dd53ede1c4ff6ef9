"""The sign-in dialog of the shared office database, at the app's start, on the real PostgreSQL
server of tools/with-postgres (scram-sha-256 passwords).

If these fail, an officer whose computer has no password for the office database cannot start
the app, a mistyped password ends in a traceback instead of a second try, Cancel shows an error
(or leaves the app hanging), or "remember" does not spare them typing it at the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

import pytest
from office_helpers import Office
from office_helpers import shared_office
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QInputDialog
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sign_in_helpers import MemoryKeychain
from sign_in_helpers import bare_url
from sign_in_helpers import keychain_fixture  # noqa: F401 (the keychain fixture)

from fourthpillar.services import initiatives
from fourthpillar.services import office_password
from fourthpillar.services import officers
from fourthpillar.services import sync
from fourthpillar.services.desk import open_desk
from fourthpillar.store.queries import ListQuery
from fourthpillar.ui import startup
from fourthpillar.ui.main_window import MainWindow
from fourthpillar.ui.sign_in import SignInDialog
from fourthpillar.ui.sign_in import ask_database_password

Answer = Callable[[SignInDialog], None]


@pytest.fixture
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Office]:
    with shared_office(request, tmp_path) as made:
        yield made


class AtTheKeyboard:
    """Answers each sign-in dialog as it opens (they are modal), and keeps what each showed."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.shown: list[tuple[str, str, bool]] = []  # login, problem, problem visible
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog) or not dialog.isVisible() or not self.answers:
            return
        self.shown.append((dialog.login.text(), dialog.error.text(), not dialog.error.isHidden()))
        self.answers.pop(0)(dialog)

    def stop(self) -> None:
        self.timer.stop()


def _types(password: str, *, remember: bool = False) -> Answer:
    def answer(dialog: SignInDialog) -> None:
        dialog.password.setText(password)
        dialog.remember.setChecked(remember)
        dialog.accept()
    return answer


def _cancels(dialog: SignInDialog) -> None:
    dialog.reject()


@pytest.fixture
def complaints(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The message boxes the start-up shows (none should appear in these tests but the ones asserted)."""
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for kind in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, record)
    return shown


def test_a_wrong_password_is_asked_again_and_the_remembered_one_opens_the_next_start(
        qtbot: QtBot, office: Office, keychain: MemoryKeychain, complaints: list[str]) -> None:
    """The dialog shows the login of the address; a wrong password brings it back saying why
    (no traceback, no message box); the right one, remembered, opens the register as that
    officer, and the next start asks nothing."""
    bob, login = office.add("Bob Field", "officer")
    url = bare_url(office.url, login)
    office_password.set_prompt(ask_database_password)
    keyboard = AtTheKeyboard(_types("not-" + office.passwords[login]),
                             _types(office.passwords[login], remember=True))
    try:
        desk = startup.open_checked_register(data_dir=office.tmp_path / "bob", database_url=url)
    finally:
        keyboard.stop()
    assert desk is not None
    try:
        assert desk.officer_id == bob and desk.login is not None and desk.login.name == login
    finally:
        desk.close()
    assert keyboard.shown[0] == (login, "", False)
    assert keyboard.shown[1][0] == login and keyboard.shown[1][2]
    assert "did not accept this login name or password" in keyboard.shown[1][1]
    assert complaints == []
    assert list(keychain.entries.values()) == [office.passwords[login]]

    nobody = AtTheKeyboard()
    try:
        again = startup.open_checked_register(data_dir=office.tmp_path / "bob", database_url=url)
    finally:
        nobody.stop()
    assert again is not None and nobody.shown == []
    again.close()


def test_cancel_quits_without_an_error_message(qtbot: QtBot, office: Office, keychain: MemoryKeychain,
                                               complaints: list[str]) -> None:
    """Cancel in the sign-in dialog ends the start quietly: no register, no error box."""
    _, login = office.add("Bob Field", "officer")
    office_password.set_prompt(ask_database_password)
    keyboard = AtTheKeyboard(_cancels)
    try:
        desk = startup.open_checked_register(data_dir=office.tmp_path / "bob", database_url=bare_url(office.url, login))
    finally:
        keyboard.stop()
    assert desk is None and len(keyboard.shown) == 1 and complaints == []
    assert keychain.entries == {}


def test_the_dialog_wants_a_login_and_a_password(qtbot: QtBot) -> None:
    """OK with an empty password must say what is missing, not try the server with nothing."""
    dialog = SignInDialog(office_password.PasswordRequest("bob_field", "db.office.example/fourthpillar"))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.answer is None and not dialog.error.isHidden() and dialog.error.text()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    dialog.password.setText("s3cret")
    dialog.accept()
    assert dialog.answer == office_password.PasswordAnswer("bob_field", "s3cret", False)


def test_a_coordinator_syncs_the_field_copy_home_signing_in_with_their_own_login(
        qtbot: QtBot, office: Office, keychain: MemoryKeychain, complaints: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """On the laptop, Sync now with the office database asks the coordinator's password when
    this computer has none (again after a wrong one), brings the field work home under their
    own login, and remembers the password when asked to."""
    _, login = office.add("Lies Coördinator", "coordinator", ["limburg"])
    initiatives.register_initiative(office.owner, values={"name": "Vzw Hasselt", "province": "limburg"})
    made = sync.create_first_package(office.desk_of(login), path=office.tmp_path / "first.fpsync")
    laptop = open_desk(data_dir=sync.checkout_package(path=made.path, data_dir=office.tmp_path / "laptop",
                                                      code=made.code or "").data_dir)
    office.desks.append(laptop)
    officers.sign_in(laptop, name="Lies op het terrein", region="limburg")
    initiatives.register_initiative(laptop, values={"name": "Vzw Genk", "province": "limburg"})
    window = MainWindow(laptop)
    qtbot.addWidget(window, before_close_func=lambda shown: qtbot.waitUntil(lambda: not shown.jobs.busy,
                                                                            timeout=15_000))
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: (bare_url(office.url, login), True))
    keyboard = AtTheKeyboard(_types("not-" + office.passwords[login]),
                             _types(office.passwords[login], remember=True))
    try:
        window.field_sync.sync_action.trigger()
        qtbot.waitUntil(lambda: window.field_sync.summary_box is not None or bool(complaints), timeout=20_000)
    finally:
        keyboard.stop()
    assert complaints == [] and len(keyboard.shown) == 2
    assert keyboard.shown[0] == (login, "", False)
    assert "did not accept this login name or password" in keyboard.shown[1][1]
    assert "Vzw Genk" in {row.name for row in initiatives.list_initiatives(office.owner, query=ListQuery()).rows}
    assert list(keychain.entries.values()) == [office.passwords[login]]
