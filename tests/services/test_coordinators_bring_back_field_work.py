"""Coordinators send their field work back with their own login (issue 13): a coordinator
applies the packages of field copies of their provinces on the shared database, and the
database (migration 0013) refuses them any other copy's changes, whole.

Runs on the real PostgreSQL server of tools/with-postgres (scram-sha-256 passwords). If these
fail, a coordinator back from the field must ask an admin to bring their work in, or could
bring in (or forge) work in another province's initiatives, or a refused package leaves half
of itself behind.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from office_helpers import Office
from office_helpers import shared_office
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from fourthpillar.services import initiatives
from fourthpillar.services import logins
from fourthpillar.services import officers
from fourthpillar.services import requests
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.errors import NotAllowed
from fourthpillar.store.models import Change
from fourthpillar.store.queries import ListQuery


@pytest.fixture
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Office]:
    with shared_office(request, tmp_path) as made:
        for province in ("limburg", "antwerpen"):
            initiatives.register_initiative(made.owner, values={"name": f"Vzw {province}", "province": province})
        yield made


def _laptop(office: Office, maker: Desk, name: str, province: str) -> Desk:
    """A field copy of *province* made by *maker*, with field work on its initiative."""
    made = sync.create_first_package(maker, path=office.tmp_path / f"{name}-first.fpsync", province=province)
    checked_out = sync.checkout_package(path=made.path, data_dir=office.tmp_path / name, code=made.code or "")
    laptop = open_desk(data_dir=checked_out.data_dir)
    office.desks.append(laptop)
    officers.sign_in(laptop, name=f"Veldwerker {province}", region=province)
    row = initiatives.list_initiatives(laptop, query=ListQuery()).rows[0]
    version = initiatives.get_initiative(laptop, initiative_id=row.id).version
    initiatives.update_initiative(laptop, initiative_id=row.id, changes={"municipality": "Veldstad"},
                                  expected_version=version)
    requests.log_request(laptop, initiative_id=row.id, values={"channel": "consultation-day", "question": "Lokaal?"})
    initiatives.register_initiative(laptop, values={"name": f"Nieuw in {province}", "province": province})
    return laptop


def _package(office: Office, laptop: Desk, name: str) -> Path:
    path = office.tmp_path / f"{name}.fpsync"
    sync.create_package(laptop, for_replica=office.owner.replica_id, path=path)
    return path


def _changes(office: Office) -> int:
    with office.owner.database.session() as session:
        return session.scalar(select(func.count()).select_from(Change)) or 0


def test_a_coordinator_applies_the_package_of_their_provinces_field_copy(office: Office) -> None:
    """The Limburg coordinator's own field copy comes home under their login: the edits, the
    new request and the new initiative land, recorded as the field officer who made them."""
    lies, login = office.add("Lies Coördinator", "coordinator", ["limburg"])
    desk = office.desk_of(login)
    assert logins.permissions(desk).can_apply_packages
    laptop = _laptop(office, desk, "laptop", "limburg")
    with laptop.database.session() as session:
        field_authors = set(session.scalars(select(Change.officer_id).where(Change.replica_id == laptop.replica_id)))
    result = sync.apply_package(desk, path=_package(office, laptop, "home"))
    assert result.applied > 0
    names = {row.name: row for row in initiatives.list_initiatives(office.owner, query=ListQuery()).rows}
    assert names["Vzw limburg"].municipality == "Veldstad" and "Nieuw in limburg" in names
    assert names["Vzw antwerpen"].municipality in (None, "")
    with office.owner.database.session() as session:
        authors = set(session.scalars(select(Change.officer_id).where(Change.replica_id == laptop.replica_id)))
    assert authors == field_authors and lies not in authors


def test_a_coordinator_is_refused_another_provinces_copy_whole(office: Office) -> None:
    """An Antwerp copy's package (made by an admin) is refused the Limburg coordinator in one
    line, and nothing of it is written; an admin then applies it."""
    _, login = office.add("Lies Coördinator", "coordinator", ["limburg"])
    _, admin = office.add("Ada Admin", "admin")
    laptop = _laptop(office, office.desk_of(admin), "antwerp-laptop", "antwerpen")
    package = _package(office, laptop, "antwerp")
    before = _changes(office)
    with pytest.raises(NotAllowed, match="may not") as refused:
        sync.apply_package(office.desk_of(login), path=package)
    assert "\n" not in str(refused.value) and "antwerpen" in str(refused.value)
    assert _changes(office) == before
    assert "Nieuw in antwerpen" not in {row.name for row in initiatives.list_initiatives(
        office.owner, query=ListQuery()).rows}
    assert sync.apply_package(office.desk_of(admin), path=package).applied > 0


_FOREIGN_CHANGE = text(
    "INSERT INTO change (id, batch_id, entity, entity_id, operation, field, new_value, officer_id, replica_id, "
    "changed_at, seq, is_head) VALUES (:id, :batch, 'initiative', :record, 'update', 'name', '\"Vervalst\"', "
    ":officer, :replica, now(), 999999, false)")


@pytest.mark.parametrize("whose", ["another province's copy", "an officer of no copy"])
def test_the_database_refuses_a_coordinator_other_changes_whatever_program_sends_them(
        office: Office, whose: str) -> None:
    """Through raw SQL (the app's checks skipped) the Limburg coordinator can record neither an
    Antwerp copy's change nor a Limburg copy's change in the name of an office officer."""
    lies, login = office.add("Lies Coördinator", "coordinator", ["limburg"])
    _, admin = office.add("Ada Admin", "admin")
    laptop = _laptop(office, office.desk_of(admin), "laptop",
                     "antwerpen" if whose == "another province's copy" else "limburg")
    record = initiatives.list_initiatives(laptop, query=ListQuery()).rows[0].id
    officer = laptop.officer_id if whose == "another province's copy" else lies
    engine = office.raw(login)
    with pytest.raises(DBAPIError) as refused, engine.begin() as connection:
        connection.execute(_FOREIGN_CHANGE, {"id": str(uuid.uuid4()), "batch": str(uuid.uuid4()), "record": record,
                                             "officer": officer, "replica": laptop.replica_id})
    engine.dispose()
    assert getattr(refused.value.orig, "sqlstate", None) == "42501"
    assert "fourthpillar:sync" in str(refused.value.orig)


@pytest.mark.parametrize("change", ["SET role = 'admin' WHERE id = :lies", "SET login = NULL WHERE id = :ada",
                                    "SET name = 'Vervalst' WHERE id = :ada"])
def test_a_coordinator_changes_no_officer_but_the_field_officers_of_copies(office: Office, change: str) -> None:
    """Bringing field officers home must not let a coordinator make themself admin, or change
    an admin, through raw SQL; a field officer (no login) they may edit."""
    lies, login = office.add("Lies Coördinator", "coordinator", ["limburg"])
    ada, _ = office.add("Ada Admin", "admin")
    field = officers.register_officer(office.owner, values={"name": "Veldwerker", "region": "limburg"}).id
    engine = office.raw(login)
    with pytest.raises(DBAPIError) as refused, engine.begin() as connection:
        connection.execute(text(f"UPDATE officer {change}"), {"lies": lies, "ada": ada})
    assert getattr(refused.value.orig, "sqlstate", None) == "42501"
    with engine.begin() as connection:
        edited = connection.execute(text("UPDATE officer SET email = 'veld@example.org' WHERE id = :id"),
                                    {"id": field})
        assert edited.rowcount == 1
    engine.dispose()


def test_officers_apply_no_packages(office: Office) -> None:
    """An officer makes no field copies, so they bring none back: refused in one line."""
    _, admin = office.add("Ada Admin", "admin")
    _, login = office.add("Bob Field", "officer")
    laptop = _laptop(office, office.desk_of(admin), "laptop", "limburg")
    desk = office.desk_of(login)
    assert not logins.permissions(desk).can_apply_packages
    with pytest.raises(NotAllowed, match="may not"):
        sync.apply_package(desk, path=_package(office, laptop, "home"))
