"""The office checks its own records as the checkout will before it makes a first package.

A field copy refuses a first package holding a value that breaks the rules (a forged package is
refused that way, sync/first_values.py). A record of the office's own can hold such a value too:
typed before a rule was tightened, or written by an older version. If these failed, the office
would hand out a package and its one-time code, and the coordinator in the field would see the
checkout refused with a record they cannot correct; now the office is told which record and
field, while it can still correct them, and no package file is left behind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from fourthpillar.services import demo
from fourthpillar.services import events
from fourthpillar.services import followups
from fourthpillar.services import initiatives
from fourthpillar.services import merge
from fourthpillar.services import officers
from fourthpillar.services import privacy
from fourthpillar.services import registrations
from fourthpillar.services import requests
from fourthpillar.services import sync
from fourthpillar.services import walk_ins
from fourthpillar.services.desk import Desk
from fourthpillar.store.queries import ListQuery
from fourthpillar.sync.package import PackageRefused


def _broken(desk: Desk, statement: str, **values: object) -> None:
    """A value no form writes today, stored as an older version or a looser rule left it."""
    with desk.database.session() as session:
        session.execute(text(statement), values)
        session.commit()


def test_an_office_record_that_breaks_a_rule_is_named_before_any_package_is_made(
        any_desk: Desk, tmp_path: Path) -> None:
    kept = initiatives.register_initiative(any_desk, values={"name": "Water voor Kisangani"})
    broken = initiatives.register_initiative(any_desk, values={"name": "Scholen voor Bukavu"})
    _broken(any_desk, "UPDATE initiative SET status = 'FORGED' WHERE id = :id", id=broken.id)
    package = tmp_path / "out" / "first.fpsync"
    with pytest.raises(PackageRefused) as refusal:
        sync.create_first_package(any_desk, path=package)
    message = str(refusal.value)
    assert f"initiative {broken.id}" in message and "status" in message and "FORGED" in message
    assert kept.id not in message
    assert "correct it in the register" in message
    assert list(package.parent.iterdir()) == []  # no package, no half-written one

    # Corrected at the office, the package is made and checks out in the field.
    _broken(any_desk, "UPDATE initiative SET status = 'active' WHERE id = :id", id=broken.id)
    code = sync.create_first_package(any_desk, path=package).code
    assert sync.checkout_package(path=package, data_dir=tmp_path / "laptop", code=code).records >= 2


def test_a_value_in_the_office_history_is_named_without_sending_the_officer_to_edit_the_record(
        desk: Desk, tmp_path: Path) -> None:
    """A record's creation stays in the history the package carries however the record is
    edited since: if the office were told to correct it in the register, it would edit the
    record and be refused again and again. (A value only a tightened rule refuses is no reason
    to refuse once replaced, tests/sync/test_history_values.py; one too long to store is.)"""
    made = initiatives.register_initiative(desk, values={"name": "Water voor Kisangani"})
    with desk.database.session() as session:
        created = session.execute(text(
            "SELECT new_value FROM change WHERE entity = 'initiative' AND entity_id = :id AND operation = 'create'"),
            {"id": made.id}).scalar_one()
    payload = json.loads(created)
    payload["province"] = "mars" * 6  # longer than a province's column holds
    _broken(desk, "UPDATE change SET new_value = :value WHERE entity_id = :id AND operation = 'create'",
            value=json.dumps(payload), id=made.id)
    initiatives.update_initiative(desk, initiative_id=made.id, changes={"province": "antwerpen"})
    package = tmp_path / "first.fpsync"
    with pytest.raises(PackageRefused, match=rf"change of initiative {made.id}.*province.*too long") as refusal:
        sync.create_first_package(desk, path=package)
    assert "correct it in the register" not in str(refusal.value)
    assert "history" in str(refusal.value) and "maintainers" in str(refusal.value)
    assert not package.exists()


def test_the_office_is_told_the_kind_of_record_in_its_own_words(desk: Desk, tmp_path: Path) -> None:
    """The officer reads "contact person", as everywhere else in the desk (and translated), not
    the change log's code "contact" in an otherwise Dutch or French sentence."""
    made = initiatives.register_initiative(desk, values={"name": "Water voor Kisangani"})
    contact = initiatives.add_contact(desk, initiative_id=made.id, values={"name": "Amina Diallo"})
    _broken(desk, "UPDATE contact_person SET email = 'amina at example' WHERE id = :id", id=contact.id)
    with pytest.raises(PackageRefused, match=rf"^contact person {contact.id} holds a value.*email"):
        sync.create_first_package(desk, path=tmp_path / "first.fpsync")


def test_what_the_desk_itself_writes_passes_the_office_check(any_desk: Desk, tmp_path: Path) -> None:
    """Merged, archived and erased records, erased and forgotten walk-ins (an empty e-mail, the
    '[erased]' name) and an officer without a province are what an honest register holds: if the
    office refused them, no field copy could ever be made of it, whole or for a province."""
    office = any_desk
    demo.load_demo_data(office, initiatives=12, seed=5)
    officers.register_officer(office, values={"name": "Zonder Provincie"})
    rows = initiatives.list_initiatives(office, query=ListQuery(limit=6)).rows
    merge.merge_initiatives(office, keep_id=rows[0].id, other_id=rows[1].id, choices={"notes": "both"})
    initiatives.archive_initiative(office, initiative_id=rows[2].id)
    requests.archive_request(office, request_id=requests.list_requests(office, query=ListQuery(limit=1)).rows[0].id)
    followups.archive_follow_up(office, follow_up_id=followups.list_follow_ups(
        office, query=ListQuery(limit=1)).rows[0].id)
    for row in rows[3:5]:
        for contact in initiatives.get_initiative(office, initiative_id=row.id).contacts[:1]:
            privacy.erase_person(office, contact_id=contact.id)
    event = events.list_events(office, query=ListQuery(limit=1)).rows[0]
    walked_in = registrations.register_for_event(office, event_id=event.id,
                                                 values={"name": "Joris Vermeulen", "email": "joris@example.be"})
    walk_ins.erase_walk_ins(office, registration_ids=[walked_in.id])
    forgotten = registrations.register_for_event(office, event_id=event.id, values={"name": "Lotte Peeters"})
    walk_ins.forget_registrations(office, registration_ids=[forgotten.id])

    made = sync.create_first_package(office, path=tmp_path / "first.fpsync")
    assert sync.checkout_package(path=made.path, data_dir=tmp_path / "laptop", code=made.code).records == made.records
    assert sync.create_first_package(office, path=tmp_path / "antwerpen.fpsync", province="antwerpen").records > 0
