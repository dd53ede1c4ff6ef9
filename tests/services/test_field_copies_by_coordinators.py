"""Field copies checked out by a coordinator carry only that coordinator's provinces (issue 13,
item 5): a coordinator's login makes a first package of one of their own provinces, theirs by
default, and the shared database refuses any other pin, whatever program writes it.

Runs on the real PostgreSQL server of tools/with-postgres (scram-sha-256 passwords).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from office_helpers import Office
from office_helpers import shared_office
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from fourthpillar.cli.main import main
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import initiatives
from fourthpillar.services import sync
from fourthpillar.services.desk import open_desk
from fourthpillar.store.errors import NotAllowed
from fourthpillar.store.queries import ListQuery
from fourthpillar.sync import trust


@pytest.fixture
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Office]:
    with shared_office(request, tmp_path) as made:
        for province in ("limburg", "antwerpen", "west-vlaanderen"):
            initiatives.register_initiative(made.owner, values={"name": f"Vzw {province}", "province": province})
        yield made


def _checked_out(office: Office, package: Path, code: str, name: str) -> set[str]:
    """The provinces of the initiatives a field copy made from *package* holds."""
    made = sync.checkout_package(path=package, data_dir=office.tmp_path / name, code=code)
    laptop = open_desk(data_dir=made.data_dir)
    try:
        return {row.province or "" for row in initiatives.list_initiatives(laptop, query=ListQuery()).rows}
    finally:
        laptop.close()


def test_a_coordinators_field_copy_holds_their_province_by_default(office: Office) -> None:
    """A coordinator for Limburg who asks for a field copy without naming a province gets Limburg:
    the copy holds Limburg's initiatives and the office pins it to Limburg, so it may change
    nothing else."""
    _, login = office.add("Lies Coördinator", "coordinator", ["limburg"])
    desk = office.desk_of(login)
    made = sync.create_first_package(desk, path=office.tmp_path / "limburg.fpsync")
    assert _checked_out(office, made.path, made.code, "laptop") == {"limburg"}
    with office.owner.database.session() as session:
        pinned = trust.peer(session, made.for_replica or "")
    assert pinned is not None and pinned.scope == "limburg" and pinned.role == trust.ROLE_COPY


def test_a_coordinator_chooses_among_their_provinces_and_is_refused_others_in_one_line(office: Office) -> None:
    """A coordinator of two provinces names one of them; another province, or none, is refused
    with one line naming their own, and nothing is pinned."""
    _, login = office.add("Lies Coördinator", "coordinator", ["limburg", "west-vlaanderen"])
    desk = office.desk_of(login)
    with pytest.raises(ValidationFailed, match="choose one of limburg, west-vlaanderen"):
        sync.create_first_package(desk, path=office.tmp_path / "none.fpsync")
    with pytest.raises(NotAllowed, match=r"field copy of antwerpen.*own provinces \(limburg, west-vlaanderen\)"):
        sync.create_first_package(desk, path=office.tmp_path / "antwerpen.fpsync", province="Antwerpen")
    assert sync.known_replicas(office.owner) == []
    assert not (office.tmp_path / "antwerpen.fpsync").exists()
    made = sync.create_first_package(desk, path=office.tmp_path / "west.fpsync", province="West-Vlaanderen")
    assert _checked_out(office, made.path, made.code, "laptop") == {"west-vlaanderen"}


def test_officers_make_no_field_copies_and_admins_any(office: Office) -> None:
    """An officer works at the office: their app offers no field copies and the service refuses
    one in one line. An admin still makes a copy of the whole register."""
    _, login = office.add("Bob Field", "officer")
    with pytest.raises(NotAllowed, match="make field copies"):
        sync.create_first_package(office.desk_of(login), path=office.tmp_path / "bob.fpsync")
    _, admin = office.add("Ada Admin", "admin")
    made = sync.create_first_package(office.desk_of(admin), path=office.tmp_path / "all.fpsync")
    assert _checked_out(office, made.path, made.code, "laptop") == {"limburg", "antwerpen", "west-vlaanderen"}


def _pin(replica: str, **changes: object) -> str:
    value = {"replica_id": replica, "sign": "c2lnbg==", "box": "Ym94", "role": "copy", "scope": "limburg",
             "revoked_at": None, **changes}
    return json.dumps(value, sort_keys=True)


@pytest.mark.parametrize(("key", "value"), [
    ("sync_peer:{id}", _pin("{id}", scope="antwerpen")),
    ("sync_peer:{id}", _pin("{id}", scope=None)),
    ("sync_peer:{id}", _pin("{id}", role="enroller")),
    ("sync_peer:{id}", _pin("{id}", revoked_at="2026-01-01T00:00:00")),
    ("sync_peer:{id}", _pin("someone-else")),
    ("sync_peer:{id}", "not json"),
    ("sync_keys_{id}", _pin("{id}")),
])
def test_the_database_refuses_a_coordinator_any_other_row_of_the_registers_settings(
        office: Office, key: str, value: str) -> None:
    """With any SQL tool a coordinator may pin only a copy of their own province: not another
    province, the whole register, a revoked copy, another id or any other setting."""
    _, login = office.add("Lies Coördinator", "coordinator", ["limburg"])
    replica = str(uuid.uuid4())
    engine = office.raw(login)
    with pytest.raises(DBAPIError) as refused, engine.begin() as connection:
        connection.execute(text("INSERT INTO meta (key, value) VALUES (:key, :value)"),
                           {"key": key.format(id=replica), "value": value.replace("{id}", replica)})
    assert getattr(refused.value.orig, "sqlstate", None) == "42501"
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO meta (key, value) VALUES (:key, :value)"),
                           {"key": f"sync_peer:{replica}", "value": _pin(replica)})
    for statement in ("UPDATE meta SET value = :value WHERE key = :key", "DELETE FROM meta WHERE key = :key"):
        with pytest.raises(DBAPIError) as refused, engine.begin() as connection:
            result = connection.execute(text(statement), {"key": f"sync_peer:{replica}",
                                                          "value": _pin(replica, scope="antwerpen")})
            assert result.rowcount > 0  # a policy that hid the row would make this a silent no-op
        assert getattr(refused.value.orig, "sqlstate", None) == "42501", statement
    engine.dispose()


def test_sync_package_from_the_command_line_for_a_coordinator(office: Office, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """``sync package --out F`` by a coordinator makes their province's copy; ``--province`` of
    another province is refused with one line on standard error and exit status 2."""
    _, login = office.add("Lies Coördinator", "coordinator", ["limburg"])
    base = ["--data-dir", str(tmp_path / "cli"), "--database-url", office.url_of(login), "sync", "package"]
    assert main([*base, "--out", str(tmp_path / "mine.fpsync"), "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert _checked_out(office, Path(made["path"]), made["code"], "laptop") == {"limburg"}
    assert main([*base, "--out", str(tmp_path / "theirs.fpsync"), "--province", "antwerpen"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "field copy of antwerpen" in captured.err
    assert not (tmp_path / "theirs.fpsync").exists()
