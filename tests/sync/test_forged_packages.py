"""Forged packages, tried the way an attacker (or a stolen or buggy laptop) would.

If these fail, someone who can put a file in front of the office could change or erase records
of a province they were never given, in another officer's name, or exhaust the office's memory,
and the genuine package would afterwards be taken for "already here".
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from nacl.public import SealedBox
from sync_helpers import checkout
from sync_helpers import dump
from sync_helpers import exchange
from sync_helpers import opened_package
from sync_helpers import own_keys
from sync_helpers import sealed
from sync_helpers import send
from sync_helpers import split_package
from sync_helpers import with_checksum

from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.sync import package as package_format
from fourthpillar.sync import trust
from fourthpillar.sync.package import CHANGE_COLUMNS
from fourthpillar.sync.package import ENTITY
from fourthpillar.sync.package import ENTITY_ID
from fourthpillar.sync.package import FIELD
from fourthpillar.sync.package import NEW_VALUE
from fourthpillar.sync.package import OFFICER_ID
from fourthpillar.sync.package import REPLICA_ID
from fourthpillar.sync.package import SEQ
from fourthpillar.sync.package import Package
from fourthpillar.sync.package import PackageRefused
from fourthpillar.sync.package import read_package


@pytest.fixture
def office(desk: Desk) -> Desk:
    return desk


@pytest.fixture
def places(office: Desk) -> dict[str, str]:
    """An initiative in Antwerp (with a contact person) and one in Ghent."""
    antwerp = initiatives.register_initiative(office, values={"name": "Antwerpen helpt", "postcode": "2000"}).id
    ghent = initiatives.register_initiative(office, values={"name": "Solidair Gent", "postcode": "9000"}).id
    contact = initiatives.add_contact(office, initiative_id=antwerp, values={"name": "Jan Peeters"}).id
    return {"antwerp": antwerp, "ghent": ghent, "contact": contact}


@pytest.fixture
def laptop(office: Desk, places: dict[str, str], tmp_path: Path) -> Iterator[Desk]:
    """A coordinator's copy made for East Flanders only."""
    desk = checkout(office, tmp_path, name="Bert Claes", province="oost-vlaanderen")
    yield desk
    desk.close()


def _genuine(laptop: Desk, office: Desk, places: dict[str, str], tmp_path: Path) -> tuple[Path, Package]:
    """A genuine package of three edits to the Ghent initiative, and what it holds."""
    for name, value in (("notes", "bezocht"), ("street", "Kouter 1"), ("municipality", "Gent")):
        initiatives.update_initiative(laptop, initiative_id=places["ghent"], changes={name: value})
    path = send(laptop, office, tmp_path)
    return path, opened_package(path, laptop, office)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / f"{name}.fpsync"
    path.write_bytes(data)
    return path


def _assert_refused(office: Desk, path: Path, match: str) -> str:
    """Refused with one line, the register file and every table unchanged, no exchange recorded,
    not even a backup copy written."""
    database = office.database.sqlite_path
    assert database is not None and office.data_dir is not None
    before, file_before = dump(office), Path(database).read_bytes()
    files_before = sorted(office.data_dir.rglob("*"))
    with pytest.raises(PackageRefused, match=match) as refused:
        sync.apply_package(office, path=path)
    assert "\n" not in str(refused.value)
    assert dump(office) == before
    assert Path(database).read_bytes() == file_before
    assert sorted(office.data_dir.rglob("*")) == files_before
    return str(refused.value)


def test_an_edited_value_with_a_recomputed_checksum_is_refused_and_the_genuine_one_still_applies(
        office: Desk, laptop: Desk, places: dict[str, str], tmp_path: Path) -> None:
    path, package = _genuine(laptop, office, places, tmp_path)
    rows = [list(row) for row in package.changes]
    for row in rows:
        if row[FIELD] == "notes":
            row[NEW_VALUE] = json.dumps("FORGED " * 10)
    # The forger knows the office's public box key, but not the laptop's signing key.
    stranger = trust.KeyPair.generate()
    package.changes = rows
    forged = package_format.encode(package, keys=stranger, recipient=own_keys(office).box.public_key)
    _assert_refused(office, _write(tmp_path, "forged", forged), "signature does not match")
    head, body = split_package(path)
    flipped = bytearray(body)
    flipped[len(flipped) // 2] ^= 0x01
    _assert_refused(office, _write(tmp_path, "flipped", with_checksum(head + bytes(flipped))),
                    "signature does not match")

    first = sync.apply_package(office, path=path)
    assert first.applied >= 3
    assert initiatives.get_initiative(office, initiative_id=places["ghent"]).notes == "bezocht"
    again = sync.apply_package(office, path=path)  # the genuine package, a second time: already here
    assert (again.applied, again.skipped) == (0, first.applied)


def test_changes_that_break_the_field_rules_are_refused_whole(
        office: Desk, laptop: Desk, places: dict[str, str], tmp_path: Path) -> None:
    """A status outside the vocabulary and a 300,000-character name: refused like typed input,
    and the good change beside them is not applied either (a package is applied whole or not at all)."""
    _path, package = _genuine(laptop, office, places, tmp_path)
    rows = [list(row) for row in package.changes]
    rows[1][FIELD], rows[1][NEW_VALUE] = "status", json.dumps("FORGED")
    rows[2][FIELD], rows[2][NEW_VALUE] = "name", json.dumps("x" * 300_000)
    message = _assert_refused(office, _write(tmp_path, "rules", sealed(laptop, package, office, changes=rows)),
                              "2 change\\(s\\) break the rules")
    assert "status" in message and "name" in message and "x" * 1000 not in message
    assert initiatives.get_initiative(office, initiative_id=places["ghent"]).notes == ""


def test_changes_outside_what_the_copy_was_given_are_refused(
        office: Desk, laptop: Desk, places: dict[str, str], tmp_path: Path) -> None:
    """An appended erasure of an Antwerp contact from the East Flanders copy; the same in the
    office officer's name; a change claiming to be another copy's; an edit of an Antwerp record."""
    _path, package = _genuine(laptop, office, places, tmp_path)
    genuine = [list(row) for row in package.changes]

    def erasure(**changes: Any) -> list[Any]:
        row = list(genuine[-1])
        row[ENTITY:OFFICER_ID] = ["contact", places["contact"], "erase", None, None, None]
        row[SEQ] += 1
        for name, value in changes.items():
            row[CHANGE_COLUMNS.index(name)] = value
        return row

    cases = {
        "outside": [*genuine, erasure()],
        "does not work at that copy": [*genuine, erasure(officer_id=office.officer_id)],
        "another copy": [*genuine, erasure(replica_id=office.replica_id, seq=10_000)],
    }
    moved = [list(row) for row in genuine]
    # The first edit of the Ghent initiative (the package starts with the copy's officer's creation).
    moved[next(index for index, row in enumerate(moved) if row[ENTITY] == "initiative")][ENTITY_ID] = places["antwerp"]
    cases["outside what that copy was given"] = moved
    to_vector = dict(package.to_vector)
    for number, (match, rows) in enumerate(cases.items()):
        package.to_vector = {**to_vector, rows[-1][REPLICA_ID]: rows[-1][SEQ]} if match == "another copy" else {
            **to_vector, laptop.replica_id: rows[-1][SEQ]}
        _assert_refused(office, _write(tmp_path, f"scope-{number}", sealed(laptop, package, office, changes=rows)),
                        match)
    assert initiatives.get_initiative(office, initiative_id=places["antwerp"]).contacts[0].name == "Jan Peeters"


def test_packages_for_another_copy_or_from_an_unknown_or_revoked_copy_are_refused(
        office: Desk, laptop: Desk, places: dict[str, str], tmp_path: Path) -> None:
    second = checkout(office, tmp_path, name="Chris Dua", province="oost-vlaanderen")
    stranger_office = open_desk(data_dir=tmp_path / "elsewhere")
    officers.sign_in(stranger_office, name="Mallory", region="oost-vlaanderen")
    stranger = checkout(stranger_office, tmp_path, name="Eve")
    try:
        initiatives.update_initiative(office, initiative_id=places["ghent"], changes={"notes": "voor Bert"})
        for_laptop = send(office, laptop, tmp_path)
        database = second.database.sqlite_path
        assert database is not None
        before = dump(second)
        with pytest.raises(PackageRefused, match="made for another copy"):
            sync.apply_package(second, path=for_laptop)
        assert dump(second) == before
        head, body = split_package(for_laptop)
        readdressed = head.replace(laptop.replica_id.encode(), second.replica_id.encode())
        with pytest.raises(PackageRefused, match="signature does not match"):
            sync.apply_package(second, path=_write(tmp_path, "readdressed", with_checksum(readdressed + body)))
        assert dump(second) == before

        unknown = Package(source=stranger.replica_id, schema=read_package(
            for_laptop, known_schemas=sync.known_schemas()).schema)
        _assert_refused(office, _write(tmp_path, "unknown", sealed(stranger, unknown, office)), "not enrolled")

        initiatives.update_initiative(laptop, initiative_id=places["ghent"], changes={"street": "Kouter 2"})
        from_laptop = send(laptop, office, tmp_path)
        sync.revoke(office, replica=laptop.replica_id)
        _assert_refused(office, from_laptop, "revoked")
        with pytest.raises(PackageRefused, match="revoked"):
            send(office, laptop, tmp_path)
        exchange(second, office, tmp_path)  # the other copy still works
    finally:
        second.close()
        stranger.close()
        stranger_office.close()


def _bomb(laptop: Desk, office: Desk, text: bytes, changes: int) -> bytes:
    """A package whose signed and sealed body unpacks to *text*: only an enrolled copy's keys
    make one that gets as far as being unpacked."""
    package = Package(source=laptop.replica_id, schema=sync.known_schemas().pop(), recipient=office.replica_id,
                      changes=[[]] * changes)
    head = package_format._head(package)
    box = SealedBox(own_keys(office).box.public_key).encrypt(gzip.compress(text, compresslevel=9, mtime=0))
    return with_checksum(head + own_keys(laptop).signing.sign(head + box).signature + box)


def test_gzip_bombs_and_huge_lines_are_refused(office: Desk, laptop: Desk, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A small file that unpacks to more than a package may hold, or to one enormous line, is
    refused while unpacking (memory stays bounded) and records no exchange."""
    line = _bomb(laptop, office, b"[" + b" " * (package_format.MAX_CHANGE_LINE + 10) + b"]\n", 1)
    assert len(line) < 100_000
    _assert_refused(office, _write(tmp_path, "line", line), "too long")
    monkeypatch.setattr(package_format, "MAX_CHANGES_TEXT", 1 << 20)
    row = json.dumps([None] * len(package_format.CHANGE_COLUMNS)).encode() + b"\n"
    bomb = _bomb(laptop, office, row * 200_000, 200_000)
    assert len(bomb) < 100_000
    _assert_refused(office, _write(tmp_path, "bomb", bomb), "unpacks to more")


def test_an_unsigned_package_of_an_older_version_is_refused(
        office: Desk, laptop: Desk, places: dict[str, str], tmp_path: Path) -> None:
    """A package made before packages were signed says so, instead of a puzzling signature error."""
    path, _package = _genuine(laptop, office, places, tmp_path)
    head, body = split_package(path)
    old = with_checksum(head.replace(b'"format":3', b'"format":2') + body)
    _assert_refused(office, _write(tmp_path, "old", old), "older version.*make a new package")


def test_a_copy_enrolled_here_can_be_sent_packages_until_it_is_revoked(
        office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """The office lists a copy it just enrolled (to send it changes before it ever wrote back),
    and no longer lists one it revoked."""
    made = sync.create_first_package(office, path=tmp_path / "new.fpsync", province="limburg")
    listed = {replica.id for replica in sync.known_replicas(office)}
    assert {made.for_replica, laptop.replica_id} <= listed
    assert sync.create_package(office, for_replica=made.for_replica, path=tmp_path / "to-new.fpsync").changes > 0
    sync.revoke(office, replica=made.for_replica)
    assert made.for_replica not in {replica.id for replica in sync.known_replicas(office)}


def test_a_copy_cannot_give_an_officer_a_role_login_or_provinces(
        office: Desk, laptop: Desk, places: dict[str, str], tmp_path: Path) -> None:
    """Who may do what on the shared database is the office's to decide: a field copy's package
    making its own officer an admin, or handing them provinces or a login, would otherwise be
    carried into the office database by a trusted sync."""
    _path, package = _genuine(laptop, office, places, tmp_path)
    genuine = [list(row) for row in package.changes]
    own_officer = laptop.officer_id
    assert own_officer is not None
    to_vector = dict(package.to_vector)
    for number, (field, value) in enumerate((("role", "admin"), ("provinces", ["antwerpen"]),
                                             ("login", "bert_claes"))):
        row = list(genuine[-1])
        row[ENTITY:OFFICER_ID] = ["officer", own_officer, "update", field, None, json.dumps(value)]
        row[SEQ] += 1
        package.to_vector = {**to_vector, laptop.replica_id: row[SEQ]}
        _assert_refused(office, _write(tmp_path, f"access-{number}",
                                       sealed(laptop, package, office, changes=[*genuine, row])),
                        "only the office decides")


def test_every_reader_finds_each_change_column_where_the_package_puts_it() -> None:
    """Every reader of change rows takes a column by its position in package.py (``row[SEQ]``):
    were one out of step with CHANGE_COLUMNS, a package's numbers would be read as its dates or
    ids, and its changes refused or applied to the wrong records."""
    for index, name in enumerate(package_format.CHANGE_COLUMNS):
        assert getattr(package_format, name.upper()) == index
