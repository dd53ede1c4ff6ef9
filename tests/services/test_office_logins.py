"""The shared office database: every officer signs in as themself and PostgreSQL enforces roles.

Runs on the real PostgreSQL server of tools/with-postgres (scram-sha-256 passwords). Logins are
cluster-wide: each test makes its own, with unique names, and drops them afterwards.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

import pytest
from office_helpers import Office
from office_helpers import shared_office
from sqlalchemy import URL
from sqlalchemy import create_engine
from sqlalchemy import make_url
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from fourthpillar.cli.main import main
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import logins
from fourthpillar.services import officers
from fourthpillar.services import privacy
from fourthpillar.services import requests
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.services.history import record_history
from fourthpillar.services.history import undo_action
from fourthpillar.store.errors import DatabaseUnavailable
from fourthpillar.store.errors import NotAllowed
from fourthpillar.store.queries import ListQuery

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Office]:
    with shared_office(request, tmp_path) as made:
        yield made


def _province_register(office: Office) -> dict[str, str]:
    """An initiative in Limburg and one in Antwerp, each with a contact, a request and a follow-up."""
    ids: dict[str, str] = {}
    for province in ("limburg", "antwerpen"):
        initiative = initiatives.register_initiative(office.owner, values={"name": f"Vzw {province}",
                                                                           "province": province}).id
        ids[province] = initiative
        initiatives.add_contact(office.owner, initiative_id=initiative, values={"name": f"Contact {province}"})
        request = requests.log_request(office.owner, initiative_id=initiative,
                                       values={"channel": "phone", "question": "Subsidies?"}).id
        followups.plan_follow_up(office.owner, values={"action": "Call back", "due_on": "+1w"}, request_id=request)
    return ids


def test_a_coordinator_sees_only_the_initiatives_of_their_provinces_also_through_raw_sql(office: Office) -> None:
    """A coordinator for Limburg must not read an Antwerp initiative, its contacts, requests,
    follow-ups or history, in the app or with any SQL tool pointed at the database."""
    ids = _province_register(office)
    _, login = office.add("Lies Coördinator", "coordinator", ["limburg"])
    desk = office.desk_of(login)
    listed = initiatives.list_initiatives(desk, query=ListQuery())
    assert [row.id for row in listed.rows] == [ids["limburg"]]
    engine = office.raw(login)
    with engine.connect() as connection:
        for table in ("initiative", "contact_person", "advice_request", "follow_up"):
            provinces = connection.execute(text(
                f"SELECT DISTINCT i.province FROM {table} t JOIN initiative i ON i.id = "
                f"{'t.id' if table == 'initiative' else 't.initiative_id'}")).scalars().all()
            assert provinces == ["limburg"], table
            hidden = connection.execute(text(
                f"SELECT count(*) FROM {table} WHERE {'id' if table == 'initiative' else 'initiative_id'} = :id"),
                {"id": ids["antwerpen"]}).scalar()
            assert hidden == 0, table
        assert connection.execute(text("SELECT count(*) FROM change WHERE entity_id = :id"),
                                  {"id": ids["antwerpen"]}).scalar() == 0
    engine.dispose()
    with pytest.raises(NotAllowed, match="outside its provinces"):
        initiatives.register_initiative(desk, values={"name": "Elders", "province": "antwerpen"})
    saved = initiatives.register_initiative(desk, values={"name": "Hier", "province": "limburg"})
    assert initiatives.get_initiative(desk, initiative_id=saved.id).name == "Hier"


def test_an_officers_person_erase_is_refused_and_the_person_stays_intact(office: Office) -> None:
    """Only an admin may erase a person: an officer's attempt gets one line, and nothing of the
    person (record or history) is blanked."""
    initiative = initiatives.register_initiative(office.owner, values={"name": "Vzw Kasongo"}).id
    contact = initiatives.add_contact(office.owner, initiative_id=initiative,
                                      values={"name": "Marie Dubois", "email": "marie@example.org"}).id
    _, login = office.add("Bob Field", "officer")
    desk = office.desk_of(login)
    with pytest.raises(NotAllowed, match="erase people"):
        privacy.erase_person(desk, contact_id=contact)
    detail = initiatives.get_initiative(office.owner, initiative_id=initiative)
    assert [(person.name, person.email) for person in detail.contacts] == [("Marie Dubois", "marie@example.org")]
    history = record_history(office.owner, entity="contact", record_id=contact)
    assert "Marie Dubois" in [entry.new_text for entry in history]

    _, admin_login = office.add("Ada Admin", "admin")
    erasure = privacy.erase_person(office.desk_of(admin_login), contact_id=contact)
    assert erasure.history_rows_scrubbed > 0
    history = record_history(office.owner, entity="contact", record_id=contact)
    assert "Marie Dubois" not in [entry.new_text for entry in history]


def test_every_change_is_recorded_as_the_officer_of_the_login_that_made_it(office: Office) -> None:
    """History must say who really did it: the desk's remembered officer, --as or raw SQL that
    sends someone else's id cannot put another name on a change."""
    other, _ = office.add("Someone Else", "officer")
    bob, login = office.add("Bob Field", "officer")
    desk = office.desk_of(login)
    assert desk.officer_id == bob
    desk.officer_id = other  # what a stale config.json or a doctored client would send
    saved = initiatives.register_initiative(desk, values={"name": "Vzw Bob"})
    initiatives.update_initiative(desk, initiative_id=saved.id, changes={"notes": "gebeld"},
                                  expected_version=saved.version)
    engine = office.raw(login)
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO change (id, batch_id, entity, entity_id, operation, officer_id, replica_id, changed_at) "
            "VALUES (:id, :id, 'initiative', :record, 'update', :other, :replica, now())"),
            {"id": str(uuid.uuid4()), "record": saved.id, "other": other, "replica": desk.replica_id})
        connection.execute(text(
            "INSERT INTO import_run (id, file_name, sheet, batch_id, created_count, updated_count, skipped_count, "
            "problem_rows, on_duplicate, officer_id, created_at) "
            "VALUES (:id, 'x.xlsx', '', :id, 0, 0, 0, 0, 'skip', :other, now())"),
            {"id": saved.id, "other": other})
    engine.dispose()
    owner = office.raw()
    with owner.connect() as connection:
        authors = connection.execute(text("SELECT DISTINCT officer_id FROM change WHERE entity_id = :id"),
                                     {"id": saved.id}).scalars().all()
        importer = connection.execute(text("SELECT officer_id FROM import_run WHERE id = :id"),
                                      {"id": saved.id}).scalar()
    owner.dispose()
    assert authors == [bob] and importer == bob
    assert {entry.officer_name for entry in record_history(desk, entity="initiative", record_id=saved.id)} == {
        "Bob Field"}


def test_undo_works_for_an_officer_although_history_is_append_only(office: Office) -> None:
    """Undo writes new history rows (only the stamping of current versions changes old ones):
    an officer's Ctrl+Z must keep working on the shared database."""
    _, login = office.add("Bob Field", "officer")
    desk = office.desk_of(login)
    saved = initiatives.register_initiative(desk, values={"name": "Vzw Undo", "status": "active"})
    edit = initiatives.update_initiative(desk, initiative_id=saved.id, changes={"status": "dormant"},
                                         expected_version=saved.version)
    undo_action(desk, batch_id=edit.batch_id)
    assert initiatives.get_initiative(desk, initiative_id=saved.id).status == "active"


@pytest.mark.parametrize("role", ["officer", "coordinator", "admin"])
def test_history_rows_cannot_be_updated_or_deleted_by_any_login_but_the_owner(office: Office, role: str) -> None:
    """The change log is the office's record of who did what: no officer, coordinator or admin
    can rewrite or delete it, not even with raw SQL; only the database owner can."""
    saved = initiatives.register_initiative(office.owner, values={"name": "Vzw Limburg", "province": "limburg"})
    _, login = office.add("Some Body", role, ["limburg"] if role == "coordinator" else None)
    engine = office.raw(login)
    for statement in ("UPDATE change SET new_value = '\"Vervalst\"' WHERE entity_id = :id",
                      "UPDATE change SET officer_id = NULL WHERE entity_id = :id",
                      "UPDATE change SET changed_at = now() - interval '1 year' WHERE entity_id = :id",
                      "DELETE FROM change WHERE entity_id = :id",
                      "TRUNCATE change"):
        with pytest.raises(DBAPIError) as refused, engine.begin() as connection:
            connection.execute(text(statement), {"id": saved.id})
        assert getattr(refused.value.orig, "sqlstate", None) == "42501", statement
    engine.dispose()
    owner = office.raw()
    with owner.begin() as connection:
        assert connection.execute(text("DELETE FROM change WHERE entity_id = :id"), {"id": saved.id}).rowcount > 0
    owner.dispose()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Run:
    def run(*arguments: str) -> tuple[int, str, str]:
        try:
            status = main(["--data-dir", str(tmp_path / "cli"), *arguments])
        except SystemExit as stop:
            status = stop.code if isinstance(stop.code, int) else 1
        out, err = capsys.readouterr()
        return status, out, err

    (tmp_path / "cli").mkdir()
    return run


def _one_line(err: str) -> str:
    assert err.count("\n") == 1 and "Traceback" not in err and "SELECT" not in err and "INSERT" not in err, err
    return err


def test_an_officers_as_is_refused_with_one_line(office: Office, cli: Run) -> None:
    """On the shared database --as would let anyone put a colleague's name on a change."""
    office.add("Someone Else", "officer")
    _, login = office.add("Bob Field", "officer")
    status, out, err = cli("--database-url", office.url_of(login),
                           "initiatives", "add", "name=Vzw X", "--as", "Someone Else")
    assert status == 2 and out == ""
    assert "--as" in _one_line(err)
    assert initiatives.list_initiatives(office.owner, query=ListQuery()).total == 0


@pytest.mark.parametrize("read_only", ["REVOKE fourthpillar_officer FROM {login}; GRANT pg_read_all_data TO {login}",
                                       "ALTER ROLE {login} SET default_transaction_read_only = on"])
def test_a_read_only_login_and_a_wrong_password_each_get_one_line(office: Office, cli: Run, read_only: str) -> None:
    """A login that may only read, a mistyped password or an unknown login must be told so in
    one line: no traceback, no SQL, no parameters and never the password."""
    _, reader = office.add("Rita Reader", "officer")
    password = office.passwords[reader]
    server = create_engine(office.url, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        for statement in read_only.format(login=reader).split("; "):
            connection.execute(text(statement))
    server.dispose()
    status, out, err = cli("--database-url", office.url_of(reader), "initiatives", "add", "name=Vzw Secret")
    assert out == ""
    assert status == 2 and "may not" in _one_line(err) and "Secret" not in err
    assert initiatives.list_initiatives(office.owner, query=ListQuery()).total == 0
    for login, wrong in ((reader, "wrong-" + password), (f"fp_nobody_{uuid.uuid4().hex[:10]}", password)):
        status, _, err = cli("--database-url", office.url_of(login, wrong), "initiatives", "list")
        assert status == 2 and "user name or password" in _one_line(err) and password not in err


def test_a_login_of_no_officer_without_rights_is_told_in_one_line(office: Office, cli: Run) -> None:
    """A login the office never gave rights to must not see a driver message about tables."""
    stranger = f"fp_stranger_{uuid.uuid4().hex[:10]}"
    office.logins.append(stranger)
    office.passwords[stranger] = secrets.token_urlsafe(12)
    server = create_engine(office.url, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text(f"CREATE ROLE {stranger} LOGIN PASSWORD '{office.passwords[stranger]}'"))
    server.dispose()
    status, _, err = cli("--database-url", office.url_of(stranger), "initiatives", "list")
    assert status == 2 and "may not read this register" in _one_line(err)


def test_the_password_may_come_from_libpqs_pgpassword(office: Office, cli: Run,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """An officer must not have to type their password on the command line (where the shell
    history and other users see it): libpq's PGPASSWORD (or a PGPASSFILE) is enough."""
    _, login = office.add("Bob Field", "officer")
    monkeypatch.setenv("PGPASSWORD", office.passwords[login])
    address = make_url(office.url)
    bare = URL.create(address.drivername, username=login, host=address.host, port=address.port,
                      database=address.database).render_as_string(hide_password=False)
    assert office.passwords[login] not in bare
    status, _, err = cli("--database-url", bare, "initiatives", "add", "name=Vzw Bob")
    assert status == 0, err


def test_admins_add_set_and_disable_officer_logins_from_the_command_line(office: Office, cli: Run,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """An office's admin makes a colleague's login (password on standard input), changes what it
    may do, and disables it: the login can no longer connect, and its history stays."""
    import io

    _, admin = office.add("Ada Admin", "admin")
    login = f"fp_new_{uuid.uuid4().hex[:10]}"
    office.logins.append(login)
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-Pass\n"))
    status, out, err = cli("--database-url", office.url_of(admin), "officers", "add",
                           "name=Lies Nieuw", f"login={login}", "role=coordinator", "provinces=limburg",
                           "--password-stdin")
    assert status == 0, err
    officer_id = out.strip()
    office.passwords[login] = "s3cret-Pass"
    coordinator = office.desk_of(login)
    assert coordinator.officer_id == officer_id and coordinator.login is not None
    assert coordinator.login.role == "coordinator"
    initiatives.register_initiative(coordinator, values={"name": "Vzw Hasselt", "province": "limburg"})
    status, out, err = cli("--database-url", office.url_of(admin), "officers", "list")
    listed = next(line for line in out.splitlines() if "Lies Nieuw" in line)
    assert status == 0 and login in listed and "coordinator limburg" in listed, err

    # A coordinator may not make logins, nor change their own role.
    status, _, err = cli("--database-url", office.url_of(login), "officers", "set",
                         officer_id, "role=admin")
    assert status == 2 and "may not" in _one_line(err)
    status, _, err = cli("--database-url", office.url_of(admin), "officers", "set",
                         officer_id, "role=officer")
    assert status == 0, err
    status, _, err = cli("--database-url", office.url_of(admin), "officers", "disable",
                         officer_id)
    assert status == 0, err
    with pytest.raises(DatabaseUnavailable):
        open_desk(data_dir=office.tmp_path / "owner", database_url=office.url_of(login))
    names = {officer.name for officer in officers.list_officers(office.owner)}
    assert "Lies Nieuw" in names


def test_an_officer_login_cannot_sign_in_as_a_colleague(office: Office) -> None:
    """The desk must not show (or remember) a colleague as the one working, on the shared database."""
    office.add("Someone Else", "officer")
    bob, login = office.add("Bob Field", "officer")
    desk = office.desk_of(login)
    with pytest.raises(NotAllowed, match="another officer"):
        officers.sign_in(desk, name="Someone Else")
    current = officers.current_officer(desk)
    assert current is not None and current.id == bob


def test_logins_are_refused_on_the_single_user_desk(desk: Desk) -> None:
    """On SQLite there is no server to sign in to: making a login must say so, not pretend."""
    with pytest.raises(ValidationFailed, match="PostgreSQL"):
        logins.add_officer_login(desk, values={"name": "Bob Field"}, login="bob", role="officer")
    assert [officer.name for officer in officers.list_officers(desk)] == ["An Peeters"]
