"""An erasure is complete (free text, its history, the search index) and lasts (restore, recovery, sync)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from forensics import checkpointed_bytes
from safety_helpers import PERSON_EMAIL
from safety_helpers import PERSON_NAME
from safety_helpers import PERSON_PHONE
from safety_helpers import Register
from safety_helpers import damage
from safety_helpers import database_file
from safety_helpers import fill

from fourthpillar.services import backups
from fourthpillar.services import followups
from fourthpillar.services import history
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import privacy
from fourthpillar.services import requests
from fourthpillar.services import search
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk
from fourthpillar.store.errors import KnownError
from fourthpillar.store.errors import NotFound

#: Where an officer typed the person into free text, and what is left once the person is erased.
NOTES = f"Ask {PERSON_NAME} about the accounts."
QUESTION = f"Mail from {PERSON_EMAIL}: can we apply twice?"
ACTION = f"Call {PERSON_PHONE.upper()} back"


def _mention_everywhere(desk: Desk, register: Register) -> dict[str, str]:
    initiatives.update_initiative(desk, initiative_id=register.initiative_id, changes={"notes": NOTES})
    request = requests.log_request(desk, initiative_id=register.initiative_id, values={
        "channel": "email", "question": QUESTION, "internal_note": "Old name was Griet Vanderzwalm",
        "received_on": "2025-04-01"})
    follow_up = followups.plan_follow_up(desk, request_id=request.id, values={"action": ACTION, "due_on": "2025-05-01"})
    initiatives.update_contact(desk, contact_id=register.other_contact_id,
                               changes={"role": f"deputy of {PERSON_NAME}"})
    return {"request": request.id, "follow_up": follow_up.id}


def _file_bytes(desk: Desk) -> bytes:
    return checkpointed_bytes(database_file(desk)).lower()


TRACES = ("vanderzwalmenkaai", "vanderzwalm", PERSON_EMAIL.lower(), PERSON_PHONE.lower())


def _left(data: bytes) -> list[str]:
    return [trace for trace in TRACES if trace.encode() in data]


def test_erasure_redacts_the_person_in_free_text_history_and_search(any_desk: Desk) -> None:
    """A name typed into notes, a question, a follow-up or another contact's role must go too, also from
    the history and the search: otherwise "erased" people stay findable by name."""
    register = fill(any_desk)
    ids = _mention_everywhere(any_desk, register)
    erasure = privacy.erase_person(any_desk, contact_id=register.contact_id)

    detail = initiatives.get_initiative(any_desk, initiative_id=register.initiative_id)
    assert detail.notes == "Ask [\u2026] about the accounts."
    other = next(contact for contact in detail.contacts if contact.id == register.other_contact_id)
    assert (other.name, other.role) == ("Jef Peeters", "deputy of [\u2026]")
    request = requests.get_request(any_desk, request_id=ids["request"])
    assert request.question == "Mail from [\u2026]: can we apply twice?"
    assert request.internal_note == "Old name was [\u2026]", "the old name from the history is redacted too"
    assert followups.get_follow_up(any_desk, follow_up_id=ids["follow_up"]).action == "Call [\u2026] back"
    assert {(item.entity, item.field) for item in erasure.redacted} == {
        ("initiative", "notes"), ("request", "question"), ("request", "internal_note"), ("follow_up", "action"),
        ("contact", "role")}
    for entity, record_id in (("initiative", register.initiative_id), ("request", ids["request"]),
                              ("follow_up", ids["follow_up"]), ("contact", register.other_contact_id)):
        shown = json.dumps([[entry.old_value, entry.new_value] for entry in history.record_history(
            any_desk, entity=entity, record_id=record_id)], ensure_ascii=False).lower()
        assert _left(shown.encode()) == [], f"the {entity}'s history still names the person"
    for words in ("Vanderzwalmenkaai", "Vanderzwalm", "zwalmenkaai"):
        assert search.quick_search(any_desk, text=words, limit=10) == [], f"search still finds {words!r}"
    assert search.quick_search(any_desk, text="accounts", limit=10) != [], "the rest of the note stays findable"
    if any_desk.database.is_sqlite:
        assert _left(_file_bytes(any_desk)) == []


def test_the_officer_sees_what_will_be_redacted_before_anything_changes(desk: Desk, register: Register) -> None:
    """The confirmation lists every text that will lose the person; looking must not erase."""
    ids = _mention_everywhere(desk, register)
    plan = privacy.plan_erasure(desk, contact_ids=[register.contact_id])
    assert plan.people == [(register.contact_id, PERSON_NAME)]
    assert {(item.entity, item.record_id, item.field) for item in plan.redactions} == {
        ("initiative", register.initiative_id, "notes"), ("request", ids["request"], "question"),
        ("request", ids["request"], "internal_note"), ("follow_up", ids["follow_up"], "action"),
        ("contact", register.other_contact_id, "role")}
    assert initiatives.get_initiative(desk, initiative_id=register.initiative_id).notes == NOTES
    with pytest.raises(NotFound):
        privacy.plan_erasure(desk, contact_ids=[register.contact_id, "no-such-id"])


def test_erasing_several_with_one_unknown_id_erases_nobody(desk: Desk, register: Register) -> None:
    with pytest.raises(NotFound):
        privacy.erase_people(desk, contact_ids=[register.contact_id, "no-such-id"])
    assert initiatives.get_initiative(desk, initiative_id=register.initiative_id).contacts[0].name != "[erased]"


def test_a_restored_backup_from_before_the_erasure_does_not_bring_the_person_back(
        desk: Desk, register: Register) -> None:
    """Restoring last week's backup must not undo this week's erasure, and says it erased again."""
    _mention_everywhere(desk, register)
    old = backups.create_backup(desk, reason="manual")
    privacy.erase_person(desk, contact_id=register.contact_id)
    result = backups.restore_backup(desk, backup_id=old.id)
    restored = result.desk
    try:
        assert result.erased_again == [register.contact_id]
        detail = initiatives.get_initiative(restored, initiative_id=register.initiative_id)
        assert register.contact_id in {contact.id for contact in detail.contacts if contact.name == "[erased]"}
        assert detail.notes == "Ask [\u2026] about the accounts."
        assert search.quick_search(restored, text="Vanderzwalmenkaai", limit=10) == []
        with restored.database.session() as session:
            assert privacy.is_erased(session, contact_id=register.contact_id)
        assert _left(_file_bytes(restored)) == []
    finally:
        restored.close()


def test_a_recovery_from_an_old_backup_does_not_bring_the_person_back(desk: Desk, register: Register) -> None:
    old = backups.create_backup(desk, reason="manual")
    privacy.erase_person(desk, contact_id=register.contact_id)
    data_dir = desk.data_dir
    path = database_file(desk)
    desk.close()
    damage(path)
    recovery = backups.recover_from_backup(data_dir, backup_id=old.id)
    assert recovery.erased_again == [register.contact_id]
    reopened = open_desk(data_dir=data_dir)
    try:
        names = {contact.id: contact.name for contact in initiatives.get_initiative(
            reopened, initiative_id=register.initiative_id).contacts}
        assert names[register.contact_id] == "[erased]"
    finally:
        reopened.close()


def test_an_old_field_copy_loses_the_person_flags_its_backups_and_brings_nobody_back(
        desk: Desk, register: Register, tmp_path: Path) -> None:
    """A laptop checked out before the erasure, with the name typed into a note offline: after the
    sync the person is gone on both sides, and the laptop's own older backups are pointed out."""
    package = tmp_path / "first.fpsync"
    code = sync.create_first_package(desk, path=package).code
    laptop = open_desk(data_dir=sync.checkout_package(path=package, data_dir=tmp_path / "laptop", code=code).data_dir)
    try:
        officers.sign_in(laptop, name="Bert Claes", region="oost-vlaanderen")
        follow_up = followups.plan_follow_up(laptop, initiative_id=register.initiative_id, values={
            "action": f"Visit {PERSON_NAME}", "due_on": "2025-06-01"})
        laptop_backup = backups.create_backup(laptop, reason="manual")
        privacy.erase_person(desk, contact_id=register.contact_id)

        to_laptop = tmp_path / "to-laptop.fpsync"
        sync.create_package(desk, for_replica=laptop.replica_id, path=to_laptop)
        applied = sync.apply_package(laptop, path=to_laptop)
        assert applied.erased == 1
        assert [info.id for info in applied.backups_before] == [laptop_backup.id]
        assert followups.get_follow_up(laptop, follow_up_id=follow_up.id).action == "Visit [\u2026]"
        assert _left(_file_bytes(laptop)) == []

        to_office = tmp_path / "to-office.fpsync"
        sync.create_package(laptop, for_replica=desk.replica_id, path=to_office)
        sync.apply_package(desk, path=to_office)
        assert followups.get_follow_up(desk, follow_up_id=follow_up.id).action == "Visit [\u2026]"
        assert search.quick_search(desk, text="Vanderzwalmenkaai", limit=10) == []
        assert _left(_file_bytes(desk)) == []

        # The laptop goes back to its own backup from before the erasure: still gone there too.
        result = backups.restore_backup(laptop, backup_id=laptop_backup.id)
        laptop = result.desk
        assert result.erased_again == [register.contact_id]
        assert search.quick_search(laptop, text="Vanderzwalmenkaai", limit=10) == []
    finally:
        laptop.close()


def test_person_find_reaches_every_record_of_the_person(any_desk: Desk) -> None:
    """One access or erasure request must reach the person's contacts in every initiative, their
    requests and the notes that name them, searched in the database."""
    register = fill(any_desk)
    ids = _mention_everywhere(any_desk, register)
    second = initiatives.register_initiative(any_desk, values={"name": "Tweede project"})
    again = initiatives.add_contact(any_desk, initiative_id=second.id, values={
        "name": "G. Vanderzwalmenkaai", "email": PERSON_EMAIL.upper()})
    found = {(item.entity, item.record_id, item.field) for item in privacy.find_person(any_desk, text=PERSON_EMAIL)}
    follow_up = next(record_id for entity, record_id, field in found if entity == "follow_up")
    assert followups.get_follow_up(any_desk, follow_up_id=follow_up).request_id == register.request_id
    assert found == {("contact", register.contact_id, "email"), ("contact", again.id, "email"),
                     ("request", register.request_id, "contact_id"), ("follow_up", follow_up, "request_id"),
                     ("request", ids["request"], "question")}
    by_name = {(item.entity, item.record_id) for item in privacy.find_person(any_desk, text="vanderzwalmenkaai")}
    assert {("contact", register.contact_id), ("contact", again.id), ("initiative", register.initiative_id),
            ("contact", register.other_contact_id)} <= by_name
    assert ("contact", register.other_contact_id) in by_name, "the deputy's role names the person"
    with pytest.raises(KnownError):
        privacy.find_person(any_desk, text=" a ")


def test_a_short_name_is_redacted_as_a_word_only(desk: Desk) -> None:
    """Erasing a contact called "Jan" must not mangle "januari" or another person's "Janssens"."""
    initiative = initiatives.register_initiative(desk, values={
        "name": "Kookclub", "notes": "Jan belt in januari; Els Janssens blijft."})
    jan = initiatives.add_contact(desk, initiative_id=initiative.id, values={"name": "Jan"})
    privacy.erase_person(desk, contact_id=jan.id)
    assert initiatives.get_initiative(desk, initiative_id=initiative.id).notes == (
        "[\u2026] belt in januari; Els Janssens blijft.")


def test_another_person_with_the_same_name_keeps_their_history(desk: Desk) -> None:
    """Two volunteers called the same: erasing one leaves the other's record and history whole."""
    initiative = initiatives.register_initiative(desk, values={"name": "Kookclub"})
    one = initiatives.add_contact(desk, initiative_id=initiative.id, values={"name": "An Peeters", "email": "a@x.be"})
    other = initiatives.add_contact(desk, initiative_id=initiative.id, values={"name": "An Peeters"})
    privacy.erase_person(desk, contact_id=one.id)
    names = {entry.new_value for entry in history.record_history(desk, entity="contact", record_id=other.id)}
    assert json.dumps("An Peeters") in names, "the other person's history lost their name"
    assert {contact.id: contact.name for contact in initiatives.get_initiative(
        desk, initiative_id=initiative.id).contacts}[other.id] == "An Peeters"
