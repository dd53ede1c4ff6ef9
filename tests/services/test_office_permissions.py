"""What each login may do on the shared office database, as the app asks it
(``services.logins.permissions``), and the Officers dialog's use cases: the list of officers
with their logins, enabling a disabled login, and refusals of a taken login name.

Runs on the real PostgreSQL server of tools/with-postgres (scram-sha-256 passwords).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from office_helpers import Office
from office_helpers import shared_office
from sqlalchemy import create_engine
from sqlalchemy import text

from fourthpillar.cli.main import main
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import logins
from fourthpillar.services import officers
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.errors import DatabaseUnavailable
from fourthpillar.store.errors import NotAllowed


@pytest.fixture
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Office]:
    with shared_office(request, tmp_path) as made:
        yield made


def test_the_single_user_desk_may_do_everything(desk: Desk) -> None:
    """On SQLite nobody is refused anything: the app must not grey out erasing or field copies."""
    allowed = logins.permissions(desk)
    assert not allowed.has_logins and allowed.provinces is None
    assert all([allowed.can_erase, allowed.can_manage_officers, allowed.can_prune_backups,
                allowed.can_administer_sync, allowed.can_make_field_copies, allowed.can_work_as_others,
                allowed.can_apply_packages])


@pytest.mark.parametrize(("role", "expected"), [
    ("officer", dict(can_erase=False, can_manage_officers=False, can_prune_backups=False, can_administer_sync=False,
                     can_make_field_copies=False, can_work_as_others=False, provinces=None,
                     can_apply_packages=False)),
    ("coordinator", dict(can_erase=False, can_manage_officers=False, can_prune_backups=False,
                         can_administer_sync=False, can_make_field_copies=True, can_work_as_others=False,
                         provinces=("limburg", "antwerpen"), can_apply_packages=True)),
    ("admin", dict(can_erase=True, can_manage_officers=True, can_prune_backups=True, can_administer_sync=True,
                   can_make_field_copies=True, can_work_as_others=True, provinces=None, can_apply_packages=True)),
])
def test_permissions_follow_the_logins_role(office: Office, role: str, expected: dict[str, object]) -> None:
    """The app offers a login what its role may do, as the README's table says, and nothing else."""
    _, login = office.add("Some Body", role, ["limburg", "antwerpen"] if role == "coordinator" else None)
    allowed = logins.permissions(office.desk_of(login))
    assert allowed.has_logins
    assert {name: getattr(allowed, name) for name in expected} == expected


def test_the_owner_may_do_everything_and_a_changed_role_counts_at_once(office: Office) -> None:
    """The owner sets the office up; an admin who makes a colleague coordinator must see the
    colleague's app offer a coordinator's rights, without reopening anything."""
    owner = logins.permissions(office.owner)
    assert owner.can_manage_officers and owner.can_erase and owner.provinces is None
    officer_id, login = office.add("Lies Peeters", "officer")
    desk = office.desk_of(login)
    assert logins.permissions(desk).provinces is None
    logins.set_officer_access(office.owner, officer_id=officer_id, role="coordinator", provinces=["limburg"])
    allowed = logins.permissions(desk)
    assert allowed.provinces == ("limburg",) and allowed.can_make_field_copies and not allowed.can_erase


def test_the_officers_list_shows_logins_roles_provinces_and_whether_they_may_connect(office: Office) -> None:
    """An admin must see at a glance who has which login and rights, and whose login is disabled;
    enabling a disabled login lets its officer connect again."""
    coordinator_id, coordinator = office.add("Lies Coördinator", "coordinator", ["limburg", "antwerpen"])
    officer_id, officer = office.add("Bob Field", "officer")
    logins.disable_officer_login(office.owner, officer_id=officer_id)
    listed = {row.name: row for row in logins.list_officer_logins(office.owner)}
    assert set(listed) == {"Office Owner", "Lies Coördinator", "Bob Field"}
    assert (listed["Lies Coördinator"].login, listed["Lies Coördinator"].role, listed["Lies Coördinator"].provinces,
            listed["Lies Coördinator"].active) == (coordinator, "coordinator", ("limburg", "antwerpen"), True)
    assert (listed["Bob Field"].login, listed["Bob Field"].active) == (officer, False)
    assert (listed["Office Owner"].login, listed["Office Owner"].active) == (None, None)
    assert listed["Lies Coördinator"].id == coordinator_id
    with pytest.raises(DatabaseUnavailable, match="refused this login: it is disabled"):
        office.desk_of(officer)

    logins.enable_officer_login(office.owner, officer_id=officer_id)
    assert {row.name: row.active for row in logins.list_officer_logins(office.owner)}["Bob Field"] is True
    assert office.desk_of(officer).login is not None


def test_an_officer_or_coordinator_may_not_enable_or_disable_logins(office: Office) -> None:
    """Only admins manage logins: a coordinator switching a disabled colleague back on is refused."""
    officer_id, _ = office.add("Bob Field", "officer")
    logins.disable_officer_login(office.owner, officer_id=officer_id)
    _, coordinator = office.add("Lies Coördinator", "coordinator", ["limburg"])
    desk = office.desk_of(coordinator)
    for change in (logins.enable_officer_login, logins.disable_officer_login):
        with pytest.raises(NotAllowed, match="manage officers"):
            change(desk, officer_id=officer_id)
    assert {row.name: row.active for row in logins.list_officer_logins(office.owner)}["Bob Field"] is False


def test_a_taken_login_name_is_refused_in_one_line_and_nothing_is_added(office: Office) -> None:
    """Adding a colleague under a login that is taken, by a colleague or by another register on
    the same server, must say so and leave no half-made officer behind."""
    _, taken = office.add("Bob Field", "officer")
    with pytest.raises(ValidationFailed, match="already the login of Bob Field"):
        logins.add_officer_login(office.owner, values={"name": "Bob Again"}, login=taken, password="pw-1234")
    elsewhere = office.new_login()
    server = create_engine(office.url, isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(text(f"CREATE ROLE {elsewhere} LOGIN"))
    server.dispose()
    with pytest.raises(ValidationFailed, match="already has a login") as refused:
        logins.add_officer_login(office.owner, values={"name": "Bob Elsewhere"}, login=elsewhere, password="pw-1234")
    assert "\n" not in str(refused.value)
    assert {officer.name for officer in officers.list_officers(office.owner)} == {"Office Owner", "Bob Field"}


def test_an_admin_cannot_disable_their_own_login(office: Office) -> None:
    """An admin's app would lose its own connection: another admin or the owner must do it."""
    admin_id, admin = office.add("Ada Admin", "admin")
    with pytest.raises(ValidationFailed, match="your own login"):
        logins.disable_officer_login(office.desk_of(admin), officer_id=admin_id)
    assert {row.name: row.active for row in logins.list_officer_logins(office.owner)}["Ada Admin"] is True


def test_officers_enable_from_the_command_line(office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """``officers enable ID`` undoes ``officers disable ID``: the officer can connect again."""
    _, admin = office.add("Ada Admin", "admin")
    officer_id, officer = office.add("Bob Field", "officer")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    base = ["--data-dir", str(tmp_path / "cli"), "--database-url", office.url_of(admin), "officers"]
    assert main([*base, "disable", officer_id]) == 0
    assert main([*base, "enable", officer_id]) == 0
    out = capsys.readouterr().out
    assert f"{officer_id}: login enabled" in out
    desk = open_desk(data_dir=tmp_path / "bob", database_url=office.url_of(officer))
    assert desk.officer_id == officer_id
    desk.close()
