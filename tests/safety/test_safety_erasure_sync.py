"""An erasure stays an erasure: a package from a field laptop that still had the person never brings them back."""

from __future__ import annotations

from pathlib import Path

from forensics import checkpointed_bytes
from safety_helpers import PERSON_EMAIL
from safety_helpers import PERSON_NAME
from safety_helpers import Register
from safety_helpers import database_file

from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import privacy
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk

NEW_PHONE = "0499 88 77 66"
NEW_ROLE_NOTE = "Griet Vanderzwalmenkaai (secretaris)"


def _laptop(office: Desk, folder: Path) -> Desk:
    package = folder / "first.fpsync"
    code = sync.create_first_package(office, path=package).code
    made = sync.checkout_package(path=package, data_dir=folder / "laptop", code=code)
    laptop = open_desk(data_dir=made.data_dir)
    officers.sign_in(laptop, name="Bert Claes", region="oost-vlaanderen")
    return laptop


def _bytes(desk: Desk) -> bytes:
    return checkpointed_bytes(database_file(desk)).lower()


def test_a_late_package_from_a_laptop_that_still_had_the_person_does_not_bring_them_back(
        desk: Desk, register: Register, tmp_path: Path) -> None:
    """The coordinator edited the person offline before hearing of the erasure; her package must not undo it."""
    laptop = _laptop(desk, tmp_path)
    try:
        # Offline, the laptop still has the person and edits them.
        initiatives.update_contact(laptop, contact_id=register.contact_id,
                                   changes={"phone": NEW_PHONE, "name": NEW_ROLE_NOTE})
        privacy.erase_person(desk, contact_id=register.contact_id)
        package = tmp_path / "late.fpsync"
        sync.create_package(laptop, for_replica=desk.replica_id, path=package)
        sync.apply_package(desk, path=package)

        detail = initiatives.get_initiative(desk, initiative_id=register.initiative_id)
        erased = next(contact for contact in detail.contacts if contact.id == register.contact_id)
        assert (erased.name, erased.email, erased.phone) == ("[erased]", "", "")
        data = _bytes(desk)
        for trace in (PERSON_NAME, PERSON_EMAIL, NEW_PHONE, "vanderzwalmenkaai"):
            assert trace.lower().encode() not in data, f"{trace!r} came back with the laptop's package"

        # And the erasure reaches the laptop in turn.
        back = tmp_path / "back.fpsync"
        sync.create_package(desk, for_replica=laptop.replica_id, path=back)
        sync.apply_package(laptop, path=back)
        with laptop.database.session() as session:
            assert privacy.is_erased(session, contact_id=register.contact_id)
        laptop_detail = initiatives.get_initiative(laptop, initiative_id=register.initiative_id)
        assert "[erased]" in {contact.name for contact in laptop_detail.contacts}
    finally:
        laptop.close()


def test_the_laptop_that_receives_an_erasure_keeps_no_trace_in_its_file(
        desk: Desk, register: Register, tmp_path: Path) -> None:
    """A stolen field laptop must not hold a person erased at the office, once it has synced."""
    laptop = _laptop(desk, tmp_path)
    try:
        privacy.erase_person(desk, contact_id=register.contact_id)
        package = tmp_path / "erasure.fpsync"
        sync.create_package(desk, for_replica=laptop.replica_id, path=package)
        sync.apply_package(laptop, path=package)
        data = _bytes(laptop)
        left = [trace for trace in (PERSON_NAME, PERSON_EMAIL, "vanderzwalmenkaai") if trace.lower().encode() in data]
        assert left == [], f"the laptop's database file still holds {left} after applying the erasure"
    finally:
        laptop.close()
