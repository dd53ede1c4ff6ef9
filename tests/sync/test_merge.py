"""Field packages between the office copy and field laptops: what officers see after merging."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_helpers import checkout
from sync_helpers import dump
from sync_helpers import exchange
from sync_helpers import open_conflicts
from sync_helpers import register_state
from sync_helpers import sealed
from sync_helpers import send

from fourthpillar.services import backups
from fourthpillar.services import followups
from fourthpillar.services import history
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import privacy
from fourthpillar.services import requests
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.migrate import head_revision
from fourthpillar.store.models import Change
from fourthpillar.store.queries import ListQuery
from fourthpillar.sync.package import FORMAT_VERSION
from fourthpillar.sync.package import Package
from fourthpillar.sync.package import PackageRefused


@pytest.fixture
def office(any_desk: Desk) -> Desk:
    """The office copy: a SQLite file, or the shared PostgreSQL database."""
    return any_desk


def _register(desk: Desk, name: str = "Kinderen & Toekomst vzw", **values: str) -> str:
    return initiatives.register_initiative(desk, values={
        "name": name, "postcode": "2000", "municipality": "Antwerpen", **values}).id


@pytest.fixture
def laptop(office: Desk, tmp_path: Path) -> Iterator[Desk]:
    _register(office)
    desk = checkout(office, tmp_path, name="Bert Claes")
    yield desk
    desk.close()


def _only(desk: Desk) -> str:
    rows = initiatives.list_initiatives(desk, query=ListQuery(include_archived=True)).rows
    return rows[0].id


def test_first_package_makes_a_working_copy(office: Desk, laptop: Desk) -> None:
    """The laptop starts with the office's initiatives, officers and requests, and can work on them."""
    initiative_id = _only(office)
    assert register_state(laptop) == {**register_state(office), **{
        key: value for key, value in register_state(laptop).items() if value.get("name") == "Bert Claes"}}
    initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"notes": "bezocht"})
    assert initiatives.get_initiative(laptop, initiative_id=initiative_id).notes == "bezocht"


def test_edits_to_different_fields_merge_silently(office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """The office fixes the street while the coordinator adds notes: both edits survive, no conflict."""
    initiative_id = _only(office)
    initiatives.update_initiative(office, initiative_id=initiative_id, changes={"street": "Meir 2"})
    initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"notes": "bezocht op 3/12"})
    exchange(laptop, office, tmp_path)
    exchange(office, laptop, tmp_path)
    for desk in (office, laptop):
        detail = initiatives.get_initiative(desk, initiative_id=initiative_id)
        assert (detail.street, detail.notes) == ("Meir 2", "bezocht op 3/12")
        assert sync.list_conflicts(desk) == []
    assert register_state(office) == register_state(laptop)


def test_same_field_is_a_conflict_with_one_winner_everywhere(office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """Both change the name: every copy shows the same name, the other one is kept in the
    Conflicts list (mine / theirs / common), and the resolution travels and closes it everywhere."""
    initiative_id = _only(office)
    initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"name": "K&T laptop"})
    initiatives.update_initiative(office, initiative_id=initiative_id, changes={"name": "K&T office"})
    exchange(laptop, office, tmp_path)
    exchange(office, laptop, tmp_path)
    shown = {initiatives.get_initiative(desk, initiative_id=initiative_id).name for desk in (office, laptop)}
    assert shown == {"K&T office"}  # the later edit is the provisional winner on both
    [at_office] = sync.list_conflicts(office)
    [on_laptop] = sync.list_conflicts(laptop)
    assert (at_office.mine, at_office.theirs, at_office.common) == ("K&T office", "K&T laptop",
                                                                    "Kinderen & Toekomst vzw")
    assert (on_laptop.mine, on_laptop.theirs) == ("K&T laptop", "K&T office")

    sync.resolve_conflict(laptop, conflict_id=on_laptop.id, value="Kinderen en Toekomst")
    assert sync.list_conflicts(laptop) == []
    exchange(laptop, office, tmp_path)
    assert sync.list_conflicts(office) == []
    for desk in (office, laptop):
        assert initiatives.get_initiative(desk, initiative_id=initiative_id).name == "Kinderen en Toekomst"
    # The losing value stays in history, with where it came from.
    names = {entry.new_value for entry in history.record_history(office, entity="initiative",
                                                                 record_id=initiative_id)}
    assert '"K&T laptop"' in names


def test_an_edit_made_during_a_conflict_keeps_it_open(office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """Editing the shown value does not silently drop the other side: the conflict stays listed."""
    initiative_id = _only(office)
    initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"notes": "laptop"})
    initiatives.update_initiative(office, initiative_id=initiative_id, changes={"notes": "office"})
    exchange(laptop, office, tmp_path)
    initiatives.update_initiative(office, initiative_id=initiative_id, changes={"notes": "office, later"})
    [conflict] = sync.list_conflicts(office)
    assert (conflict.mine, conflict.theirs) == ("office, later", "laptop")
    exchange(office, laptop, tmp_path)
    assert initiatives.get_initiative(laptop, initiative_id=initiative_id).notes == "office, later"
    assert open_conflicts(office) == open_conflicts(laptop)
    sync.resolve_conflict(office, conflict_id=conflict.id, take="theirs")
    exchange(office, laptop, tmp_path)
    for desk in (office, laptop):
        assert initiatives.get_initiative(desk, initiative_id=initiative_id).notes == "laptop"
        assert sync.list_conflicts(desk) == []


@pytest.mark.parametrize("archived_first", [True, False])
def test_archive_against_edit_is_a_conflict(office: Desk, laptop: Desk, tmp_path: Path, archived_first: bool) -> None:
    """Archived at the office, edited on the laptop: neither silently lost nor silently brought back."""
    initiative_id = _only(office)
    initiatives.archive_initiative(office, initiative_id=initiative_id)
    initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"notes": "nog actief!"})
    if archived_first:
        exchange(office, laptop, tmp_path)
        exchange(laptop, office, tmp_path)
    else:
        exchange(laptop, office, tmp_path)
        exchange(office, laptop, tmp_path)
    for desk in (office, laptop):
        detail = initiatives.get_initiative(desk, initiative_id=initiative_id)
        assert detail.archived and detail.notes == "nog actief!"
        [conflict] = sync.list_conflicts(desk)
        assert conflict.kind == "archived"
    [on_laptop] = sync.list_conflicts(laptop)
    assert on_laptop.mine.startswith("live") and on_laptop.theirs == "archived"
    sync.resolve_conflict(laptop, conflict_id=on_laptop.id, take="mine")
    exchange(laptop, office, tmp_path)
    for desk in (office, laptop):
        assert not initiatives.get_initiative(desk, initiative_id=initiative_id).archived
        assert sync.list_conflicts(desk) == []


def test_new_records_on_both_sides_are_kept_and_duplicates_flagged(office: Desk, laptop: Desk,
                                                                  tmp_path: Path) -> None:
    """The same vzw registered at the office and in the field: both kept, flagged for merging."""
    here = _register(office, "Solidair Gent", postcode="9000", municipality="Gent")
    there = _register(laptop, "Solidair  GENT", postcode="9000", municipality="Gent")
    other = _register(laptop, "Iets anders", postcode="9000", municipality="Gent")
    result = exchange(laptop, office, tmp_path)
    assert result.conflicts == 1
    [flag] = sync.list_conflicts(office)
    assert flag.kind == "duplicate" and {flag.entity_id, flag.other_id} == {here, there}
    for record_id in (here, there, other):
        assert initiatives.get_initiative(office, initiative_id=record_id).name
    sync.resolve_conflict(office, conflict_id=flag.id, value="both")
    assert sync.list_conflicts(office) == []


def test_same_enterprise_number_registered_twice_is_flagged(office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """Two names, one KBO number: flagged; keeping the office's one archives the other everywhere."""
    here = _register(office, "Vzw Hier", enterprise_number="0417.497.106")
    there = _register(laptop, "Vzw Daar", postcode="9000", municipality="Gent", enterprise_number="0417497106")
    exchange(laptop, office, tmp_path)
    [flag] = sync.list_conflicts(office)
    assert flag.kind == "duplicate" and (flag.entity_id, flag.other_id) == (there, here)
    sync.resolve_conflict(office, conflict_id=flag.id, take="mine")
    exchange(office, laptop, tmp_path)
    for desk in (office, laptop):
        assert initiatives.get_initiative(desk, initiative_id=there).archived
        assert not initiatives.get_initiative(desk, initiative_id=here).archived


def test_applying_twice_changes_nothing(office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """A package opened twice from the e-mail: the second time nothing at all is written."""
    initiative_id = _only(office)
    initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"notes": "x"})
    package = send(laptop, office, tmp_path)
    first = sync.apply_package(office, path=package)
    assert first.applied > 0
    if office.database.is_sqlite:  # a shared database is backed up by its server, not by the app
        assert [info.reason for info in backups.list_backups(office)] == ["sync"]
    before = dump(office)
    again = sync.apply_package(office, path=package)
    assert (again.applied, again.skipped) == (0, first.applied)
    assert dump(office) == before
    assert len(backups.list_backups(office)) == (1 if office.database.is_sqlite else 0)


def test_an_old_package_after_a_newer_one_rolls_nothing_back(office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """Packages arriving out of order (a USB stick found late) never bring back older values."""
    initiative_id = _only(office)
    initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"notes": "eerste"})
    old = send(laptop, office, tmp_path)
    initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"notes": "tweede"})
    sync.apply_package(office, path=send(laptop, office, tmp_path))
    before = dump(office)
    late = sync.apply_package(office, path=old)
    assert late.applied == 0
    assert dump(office) == before
    assert initiatives.get_initiative(office, initiative_id=initiative_id).notes == "tweede"


def test_a_lost_package_is_sent_again(office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """Until the other side has confirmed (by sending a package back), changes are sent again."""
    initiative_id = _only(office)
    initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"notes": "verloren"})
    send(laptop, office, tmp_path)  # never arrives
    initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"street": "Kouter 1"})
    exchange(laptop, office, tmp_path)
    detail = initiatives.get_initiative(office, initiative_id=initiative_id)
    assert (detail.notes, detail.street) == ("verloren", "Kouter 1")
    exchange(office, laptop, tmp_path)  # the laptop now knows what the office holds
    assert sync.create_package(laptop, for_replica=office.replica_id, path=tmp_path / "empty.fpsync").changes == 0


def _refusals(office: Desk, laptop: Desk, tmp_path: Path) -> dict[str, Path]:
    initiative_id = _only(office)
    initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"notes": "x"})
    good = send(laptop, office, tmp_path).read_bytes()
    files: dict[str, bytes] = {}
    tampered = bytearray(good)
    tampered[len(good) // 2] ^= 0x01
    files["tampered"] = bytes(tampered)
    files["truncated"] = good[: len(good) - 40]
    files["random"] = b"PK\x03\x04 this is a spreadsheet, not a package" * 20
    files["empty"] = b""
    files["too-new-schema"] = sealed(laptop, Package(source=laptop.replica_id, schema="9999_future"), office)
    files["own"] = send(office, laptop, tmp_path).read_bytes()
    # A package that continues from changes the office has never seen.
    gap = Package(source=laptop.replica_id, schema=head_revision(),
                  from_vector={laptop.replica_id: 10_000}, to_vector={laptop.replica_id: 10_001})
    files["gap"] = sealed(laptop, gap, office)
    content = sealed(laptop, Package(source=laptop.replica_id, schema=head_revision()), office)[:-len(b"SHA256:") - 66]
    future = content.replace(f'"format":{FORMAT_VERSION}'.encode(), f'"format":{FORMAT_VERSION + 1}'.encode())
    assert future != content
    files["too-new-format"] = future + b"\nSHA256:" + hashlib.sha256(future).hexdigest().encode() + b"\n"
    first = tmp_path / "first-again.fpsync"
    sync.create_first_package(laptop, path=first)
    files["first"] = first.read_bytes()
    paths = {}
    for name, data in files.items():
        path = tmp_path / f"{name}.fpsync"
        path.write_bytes(data)
        paths[name] = path
    return paths


def test_refused_packages_change_nothing(office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """Damaged, cut-off, foreign, too-new or self-made packages are refused with a clear message
    and the register is left exactly as it was."""
    paths = _refusals(office, laptop, tmp_path)
    before = dump(office)
    messages = {}
    for name, path in paths.items():
        with pytest.raises(PackageRefused) as refused:
            sync.apply_package(office, path=path)
        messages[name] = str(refused.value)
        assert dump(office) == before, name
    assert "damaged" in messages["tampered"]
    assert "incomplete" in messages["truncated"]
    assert "not a Fourth Pillar desk sync package" in messages["random"]
    assert "newer version" in messages["too-new-schema"]
    assert "made by this copy" in messages["own"]
    assert "does not have yet" in messages["gap"]
    assert "newer version" in messages["too-new-format"]
    assert "sync checkout" in messages["first"]


def test_checkout_needs_an_empty_folder(office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """Opening a first package over a register that is in use would mix two registers: refused."""
    package = tmp_path / "again.fpsync"
    code = sync.create_first_package(office, path=package).code
    assert laptop.data_dir is not None
    before = dump(laptop)
    with pytest.raises(PackageRefused, match="already holds a register"):
        sync.checkout_package(path=package, data_dir=laptop.data_dir, code=code)
    assert dump(laptop) == before


def test_first_package_for_one_province(office: Desk, tmp_path: Path) -> None:
    """A coordinator for Ghent takes only East Flanders; changes elsewhere do not break the copy."""
    antwerp = _register(office, "In Antwerpen")
    ghent = _register(office, "In Gent", postcode="9000", municipality="Gent")
    requests.log_request(office, initiative_id=ghent, values={"channel": "phone", "question": "Hoe?"})
    laptop = checkout(office, tmp_path, name="Bert Claes", province="oost-vlaanderen")
    try:
        names = {row.name for row in initiatives.list_initiatives(laptop, query=ListQuery()).rows}
        assert names == {"In Gent"}
        assert [row.name for row in initiatives.list_initiatives(laptop, query=ListQuery(search="gen")).rows] \
            == ["In Gent"]  # the search index came along
        initiatives.update_initiative(office, initiative_id=antwerp, changes={"notes": "elders"})
        requests.log_request(office, initiative_id=antwerp, values={"channel": "phone", "question": "Elders?"})
        initiatives.update_initiative(office, initiative_id=ghent, changes={"notes": "hier"})
        exchange(office, laptop, tmp_path)
        assert initiatives.get_initiative(laptop, initiative_id=ghent).notes == "hier"
        follow = followups.plan_follow_up(laptop, initiative_id=ghent, values={"action": "Bellen", "due_on": "+1w"})
        exchange(laptop, office, tmp_path)
        assert followups.get_follow_up(office, follow_up_id=follow.id).action == "Bellen"
    finally:
        laptop.close()


def test_three_copies_exchange_through_the_office(office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """Two coordinators each exchange with the office that enrolled them; each gets the other's
    work through it. Packages between the two laptops themselves are refused (they never pinned
    each other's keys)."""
    second = checkout(office, tmp_path, name="Chris Dua")
    try:
        initiative_id = _only(office)
        initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"notes": "van Bert"})
        with pytest.raises(PackageRefused, match="not enrolled"):
            exchange(laptop, second, tmp_path)
        exchange(laptop, office, tmp_path)
        exchange(office, second, tmp_path)
        initiatives.update_initiative(second, initiative_id=initiative_id, changes={"street": "van Chris"})
        exchange(second, office, tmp_path)
        detail = initiatives.get_initiative(office, initiative_id=initiative_id)
        assert (detail.notes, detail.street) == ("van Bert", "van Chris")
        exchange(office, laptop, tmp_path)
        exchange(laptop, office, tmp_path)
        exchange(office, second, tmp_path)
        exchange(second, office, tmp_path)
        exchange(office, laptop, tmp_path)
        assert register_state(office) == register_state(laptop) == register_state(second)
    finally:
        second.close()


def test_history_shows_where_an_edit_came_from(office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """On the office copy, the coordinator's edit shows her name and her laptop's replica."""
    initiative_id = _only(office)
    initiatives.update_initiative(laptop, initiative_id=initiative_id, changes={"notes": "in het veld"})
    exchange(laptop, office, tmp_path)
    [entry] = [entry for entry in history.record_history(office, entity="initiative", record_id=initiative_id)
               if entry.field == "notes"]
    assert (entry.officer_name, entry.replica_id) == ("Bert Claes", laptop.replica_id)


def test_an_erasure_travels(office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """A person erased at the office (GDPR) is erased on the laptop too, history included."""
    initiative_id = _only(office)
    contact = initiatives.add_contact(office, initiative_id=initiative_id,
                                      values={"name": "Jan Peeters", "email": "jan@example.org"})
    exchange(office, laptop, tmp_path)
    privacy.erase_person(office, contact_id=contact.id)
    exchange(office, laptop, tmp_path)
    with laptop.database.session() as session:
        values = [row.new_value or "" for row in session.scalars(
            select(Change).where(Change.entity == "contact", Change.entity_id == contact.id))]
    assert not any("Jan" in value or "jan@" in value for value in values)
    assert register_state(office)[f"contact:{contact.id}"]["name"] == "[erased]"
    assert register_state(laptop)[f"contact:{contact.id}"] == register_state(office)[f"contact:{contact.id}"]


def test_a_copy_restored_from_an_old_backup_is_stopped(office: Desk, laptop: Desk, tmp_path: Path) -> None:
    """A laptop put back to an older state would reuse change numbers the office already has
    (and silently lose new edits): its next package from the office is refused instead."""
    database = laptop.database.sqlite_path
    assert database is not None
    data_dir = laptop.data_dir
    laptop.close()
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(database, old)
    laptop = open_desk(data_dir=data_dir)
    officers.sign_in(laptop, name="Bert Claes", region="oost-vlaanderen")
    initiatives.update_initiative(laptop, initiative_id=_only(office), changes={"notes": "na de backup"})
    exchange(laptop, office, tmp_path)
    laptop.close()
    shutil.copyfile(old, database)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    restored = open_desk(data_dir=data_dir)
    try:
        with pytest.raises(PackageRefused, match="restored"):
            exchange(office, restored, tmp_path)
    finally:
        restored.close()
