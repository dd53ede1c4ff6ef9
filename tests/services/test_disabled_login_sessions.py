"""``officers disable`` ends the disabled login's open sessions (migration 0013), so a
colleague who leaves the office cannot keep working in an app left open.

Runs on the real PostgreSQL server of tools/with-postgres (scram-sha-256 passwords). If these
fail, a disabled officer keeps reading and changing the register until they quit the app, their
app meets a driver's traceback instead of one sentence, or any login can end others' sessions.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from office_helpers import Office
from office_helpers import shared_office
from sqlalchemy import create_engine
from sqlalchemy import make_url
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from fourthpillar.cli.main import main
from fourthpillar.services import initiatives
from fourthpillar.services import logins
from fourthpillar.services import officers
from fourthpillar.services.desk import open_desk
from fourthpillar.store.errors import SessionEnded
from fourthpillar.store.queries import ListQuery


@pytest.fixture
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Office]:
    with shared_office(request, tmp_path) as made:
        initiatives.register_initiative(made.owner, values={"name": "Vzw Limburg", "province": "limburg"})
        yield made


def test_disabling_a_login_ends_its_open_sessions_and_its_app_is_told_in_one_line(office: Office) -> None:
    """The coordinator's open register stops working at once: its next read says in one line that
    the session was ended; their history stays."""
    lies, login = office.add("Lies Coördinator", "coordinator", ["limburg"])
    desk = office.desk_of(login)
    initiatives.register_initiative(desk, values={"name": "Vzw Hasselt", "province": "limburg"})
    assert initiatives.list_initiatives(desk, query=ListQuery()).total == 2
    _, admin = office.add("Ada Admin", "admin")
    assert logins.disable_officer_login(office.desk_of(admin), officer_id=lies) >= 1
    with pytest.raises(SessionEnded) as ended:
        initiatives.list_initiatives(desk, query=ListQuery())
    assert "\n" not in str(ended.value) and "disabled" in str(ended.value)
    assert office.passwords[login] not in str(ended.value)
    assert "Lies Coördinator" in {officer.name for officer in officers.list_officers(office.owner)}
    assert initiatives.list_initiatives(office.owner, query=ListQuery()).total == 2


def test_only_admins_and_the_owner_end_sessions(office: Office) -> None:
    """Through raw SQL a coordinator cannot end an admin's (or anyone's) sessions."""
    _, coordinator = office.add("Lies Coördinator", "coordinator", ["limburg"])
    _, admin = office.add("Ada Admin", "admin")
    engine = office.raw(coordinator)
    with pytest.raises(DBAPIError) as refused, engine.begin() as connection:
        connection.execute(text("SELECT fourthpillar_end_sessions(:login)"), {"login": admin})
    engine.dispose()
    assert getattr(refused.value.orig, "sqlstate", None) == "42501"


def test_officers_disable_says_how_many_sessions_it_ended(office: Office, capsys: pytest.CaptureFixture[str]) -> None:
    """The command line's ``officers disable`` reports the sessions it ended."""
    bob, login = office.add("Bob Field", "officer")
    desk = office.desk_of(login)
    initiatives.list_initiatives(desk, query=ListQuery())
    _, admin = office.add("Ada Admin", "admin")
    status = main(["--data-dir", str(office.tmp_path / "cli"), "--database-url", office.url_of(admin),
                   "officers", "disable", bob])
    out = capsys.readouterr().out
    assert status == 0 and "login disabled, 1 open session(s) ended" in out


def test_an_owner_who_is_no_superuser_ends_sessions_too(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """As the README sets an office up: the owner is a login with CREATEROLE, not a superuser.
    Ending a disabled login's sessions must work for it too (it takes that login's membership)."""
    server_url = request.getfixturevalue("postgres_template")
    suffix = uuid.uuid4().hex[:10]
    owner, officer, database = f"fp_owner_{suffix}", f"fp_officer_{suffix}", f"fp_owned_{suffix}"
    owner_password, officer_password = secrets.token_urlsafe(12), secrets.token_urlsafe(12)
    server = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{owner_password}'"))
        connection.execute(text(f"CREATE DATABASE {database} OWNER {owner}"))
    address = make_url(server_url).set(database=database)
    desks = []
    try:
        owner_desk = open_desk(data_dir=tmp_path / "owner", database_url=address.set(
            username=owner, password=owner_password).render_as_string(hide_password=False))
        desks.append(owner_desk)
        officers.sign_in(owner_desk, name="Office Owner")
        bob = logins.add_officer_login(owner_desk, values={"name": "Bob Field"}, login=officer,
                                       password=officer_password).id
        bob_desk = open_desk(data_dir=tmp_path / "bob", database_url=address.set(
            username=officer, password=officer_password).render_as_string(hide_password=False))
        desks.append(bob_desk)
        initiatives.list_initiatives(bob_desk, query=ListQuery())
        assert logins.disable_officer_login(owner_desk, officer_id=bob) == 1
        with pytest.raises(SessionEnded):
            initiatives.list_initiatives(bob_desk, query=ListQuery())
    finally:
        for desk in desks:
            desk.close()
        with server.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
            connection.execute(text(f"DROP ROLE IF EXISTS {officer}"))
            connection.execute(text(f"DROP ROLE IF EXISTS {owner}"))
        server.dispose()
