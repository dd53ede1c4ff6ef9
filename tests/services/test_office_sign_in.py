"""Signing in to the shared office database with a password that libpq does not have: the
keychain, or the officer (the app's dialog, getpass on a terminal), asked again when refused.

Runs on the real PostgreSQL server of tools/with-postgres (scram-sha-256 passwords). If these
fail, an officer must put their password in the address (where settings, the shell history and
other users see it), types it at every start although they asked this computer to remember it,
or gets a traceback for a mistyped password.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from office_helpers import Office
from office_helpers import shared_office
from sign_in_helpers import MemoryKeychain
from sign_in_helpers import bare_url
from sign_in_helpers import keychain_fixture  # noqa: F401 (the keychain fixture)
from sqlalchemy import create_engine
from sqlalchemy import text

from fourthpillar.cli.main import main
from fourthpillar.services import initiatives
from fourthpillar.services import office_password
from fourthpillar.services import officers
from fourthpillar.services import sync
from fourthpillar.services.desk import open_desk
from fourthpillar.services.office_password import PasswordAnswer
from fourthpillar.services.office_password import PasswordRequest
from fourthpillar.services.office_password import SignInCancelled
from fourthpillar.services.office_password import open_signed_in
from fourthpillar.store.errors import LoginRefused
from fourthpillar.store.queries import ListQuery


@pytest.fixture
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Office]:
    with shared_office(request, tmp_path) as made:
        yield made


class Officer:
    """The officer at the keyboard: answers in turn, and remembers what they were asked."""

    def __init__(self, *answers: PasswordAnswer | None) -> None:
        self.answers = list(answers)
        self.asked: list[PasswordRequest] = []

    def __call__(self, request: PasswordRequest) -> PasswordAnswer | None:
        self.asked.append(request)
        return self.answers.pop(0) if self.answers else None


def test_a_wrong_password_is_asked_again_and_a_remembered_one_opens_the_next_start(
        office: Office, keychain: MemoryKeychain, caplog: pytest.LogCaptureFixture) -> None:
    """A mistyped password gets a second try saying why; the right one, remembered, opens the
    register at the next start without asking, and never appears in the address or the log."""
    caplog.set_level(logging.DEBUG)
    bob, login = office.add("Bob Field", "officer")
    password = office.passwords[login]
    url = bare_url(office.url, login)
    officer = Officer(PasswordAnswer(login, "wrong-" + password), PasswordAnswer(login, password, remember=True))
    office_password.set_prompt(officer)
    desk = open_signed_in(data_dir=office.tmp_path / "bob", database_url=url)
    try:
        assert desk.officer_id == bob and desk.login is not None and desk.login.name == login
        assert password not in desk.database.url and password not in repr(desk.database.engine.url)
    finally:
        desk.close()
    assert [request.login for request in officer.asked] == [login, login]
    assert officer.asked[0].problem is None
    assert officer.asked[1].problem is not None and "did not accept" in officer.asked[1].problem
    assert list(keychain.entries.values()) == [password]
    assert password not in caplog.text

    office_password.set_prompt(Officer())  # the next start: nobody needs to type anything
    again = open_signed_in(data_dir=office.tmp_path / "bob", database_url=url)
    again.close()


def test_a_kept_password_that_no_longer_works_is_asked_for_and_forgotten_unless_remembered(
        office: Office, keychain: MemoryKeychain) -> None:
    """After an admin set a new password, the old one in the keychain is refused: the officer
    is told so, types the new one, and the keychain no longer offers the old one."""
    _, login = office.add("Bob Field", "officer")
    url = bare_url(office.url, login)
    office_password.store_password(url, login, "the-old-password")
    officer = Officer(PasswordAnswer(login, office.passwords[login], remember=False))
    office_password.set_prompt(officer)
    open_signed_in(data_dir=office.tmp_path / "bob", database_url=url).close()
    assert officer.asked[0].problem is not None and "kept on this computer" in officer.asked[0].problem
    assert keychain.entries == {}


def test_the_officer_may_correct_the_login_name(office: Office, keychain: MemoryKeychain) -> None:
    """The dialog shows the address's login first; an officer who signs in as their own login
    works as that officer."""
    ada, login = office.add("Ada Admin", "admin")
    officer = Officer(PasswordAnswer(login, office.passwords[login]))
    office_password.set_prompt(officer)
    desk = open_signed_in(data_dir=office.tmp_path / "ada", database_url=bare_url(office.url, "someone_else"))
    try:
        assert officer.asked[0].login == "someone_else"
        assert desk.officer_id == ada
    finally:
        desk.close()


def test_cancelling_or_nobody_to_ask_is_one_clear_refusal(office: Office, keychain: MemoryKeychain) -> None:
    """Cancel ends the sign-in (the app quits); a script with nobody to ask gets the server's
    refusal as one sentence, not a driver's traceback."""
    _, login = office.add("Bob Field", "officer")
    url = bare_url(office.url, login)
    office_password.set_prompt(Officer(None))
    with pytest.raises(SignInCancelled, match="no password was given"):
        open_signed_in(data_dir=office.tmp_path / "bob", database_url=url)
    office_password.set_prompt(None)
    with pytest.raises(LoginRefused, match="did not accept the user name or password"):
        open_signed_in(data_dir=office.tmp_path / "bob", database_url=url)


def test_libpqs_own_password_comes_first(office: Office, keychain: MemoryKeychain, tmp_path: Path) -> None:
    """A pgpass file (or PGPASSWORD) is used as it is: nobody is asked, nothing is kept."""
    _, login = office.add("Bob Field", "officer")
    url = bare_url(office.url, login)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:{login}:{office.passwords[login]}\n")
    pgpass.chmod(0o600)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PGPASSFILE", str(pgpass))
        office_password.set_prompt(Officer())
        open_signed_in(data_dir=office.tmp_path / "bob", database_url=url).close()
    assert keychain.entries == {}


def test_the_command_line_asks_with_getpass_on_a_terminal(office: Office, keychain: MemoryKeychain,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """On a terminal the command asks for the password (nothing echoed), again after a wrong
    one; without a terminal it says in one line that the server refused."""
    _, login = office.add("Bob Field", "officer")
    url = bare_url(office.url, login)
    typed = ["wrong", office.passwords[login]]
    monkeypatch.setattr("getpass.getpass", lambda prompt: typed.pop(0))
    terminal = io.StringIO()
    monkeypatch.setattr(terminal, "isatty", lambda: True)
    monkeypatch.setattr("sys.stdin", terminal)
    monkeypatch.setattr("sys.stderr", terminal)
    status = main(["--data-dir", str(office.tmp_path / "bob"), "--database-url", url,
                   "initiatives", "add", "name=Vzw Bob"])
    assert status == 0, terminal.getvalue()
    assert typed == [] and "did not accept this login name or password" in terminal.getvalue()
    assert keychain.entries == {}
    monkeypatch.undo()
    monkeypatch.delenv("PGPASSWORD", raising=False)
    status = main(["--data-dir", str(office.tmp_path / "bob"), "--database-url", url, "initiatives", "list"])
    err = capsys.readouterr().err
    assert status == 2 and len(err.strip().splitlines()) == 1 and "user name or password" in err
    server = create_engine(office.url)
    with server.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM initiative WHERE name = 'Vzw Bob'")).scalar_one() == 1
    server.dispose()


def test_sync_with_the_office_database_asks_the_password_on_a_terminal(
        office: Office, keychain: MemoryKeychain, monkeypatch: pytest.MonkeyPatch) -> None:
    """A coordinator brings a field copy home with ``sync with`` and their own login: the
    password is asked on the terminal, never needed in the address."""
    _, login = office.add("Lies Coördinator", "coordinator", ["limburg"])
    initiatives.register_initiative(office.owner, values={"name": "Vzw Hasselt", "province": "limburg"})
    made = sync.create_first_package(office.desk_of(login), path=office.tmp_path / "first.fpsync")
    folder = sync.checkout_package(path=made.path, data_dir=office.tmp_path / "laptop", code=made.code or "").data_dir
    laptop = open_desk(data_dir=folder)
    officers.sign_in(laptop, name="Lies op het terrein", region="limburg")
    initiatives.register_initiative(laptop, values={"name": "Vzw Genk", "province": "limburg"})
    laptop.close()
    typed = [office.passwords[login]]
    monkeypatch.setattr("getpass.getpass", lambda prompt: typed.pop(0))
    terminal = io.StringIO()
    monkeypatch.setattr(terminal, "isatty", lambda: True)
    monkeypatch.setattr("sys.stdin", terminal)
    monkeypatch.setattr("sys.stderr", terminal)
    status = main(["--data-dir", str(folder), "sync", "with", bare_url(office.url, login)])
    assert status == 0, terminal.getvalue()
    assert typed == []
    assert "Vzw Genk" in {row.name for row in initiatives.list_initiatives(office.owner, query=ListQuery()).rows}


def test_an_address_whose_port_is_not_a_number_is_one_clear_refusal(tmp_path: Path) -> None:
    """Else the app and every command stop with a traceback on a mistyped port, before anything
    is asked; and the message shows the address without its password."""
    from fourthpillar.store.errors import DatabaseUnavailable

    with pytest.raises(DatabaseUnavailable, match="is not a database address") as refused:
        open_signed_in(data_dir=tmp_path, database_url="postgresql+psycopg://an:geheim@server:poort/register",
                       ask=False)
    assert "geheim" not in str(refused.value)
