"""A whole-register field copy is worked on by the office's own officers: the ones its first
package gave it. If this failed, an office officer who took the laptop on a visit would see the
office refuse every change they made there ("does not work at that copy")."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import checkout
from sync_helpers import dump
from sync_helpers import send

from fourthpillar.services import initiatives
from fourthpillar.services import sync
from fourthpillar.services.desk import Desk
from fourthpillar.sync.package import PackageRefused


def test_an_office_officer_from_the_first_package_edits_in_a_whole_copy(desk: Desk, tmp_path: Path) -> None:
    """An Peeters (an office officer, in the first package) signs in on the whole-register copy,
    edits and adds a contact: the office applies the package and shows the work in her name."""
    initiative = initiatives.register_initiative(desk, values={"name": "Antwerpen helpt", "postcode": "2000"}).id
    field = checkout(desk, tmp_path, name="An Peeters")
    try:
        assert field.officer_id == desk.officer_id, "the office's officer, not a new one of the same name"
        initiatives.update_initiative(field, initiative_id=initiative, changes={"notes": "bezocht op de markt"})
        initiatives.add_contact(field, initiative_id=initiative, values={"name": "Mieke Janssens"})
        result = sync.apply_package(desk, path=send(field, desk, tmp_path))
    finally:
        field.close()
    assert result.applied >= 2
    detail = initiatives.get_initiative(desk, initiative_id=initiative)
    assert detail.notes == "bezocht op de markt"
    assert [contact.name for contact in detail.contacts] == ["Mieke Janssens"]


def test_a_province_copy_still_refuses_an_officer_of_another_province(desk: Desk, tmp_path: Path) -> None:
    """The rule for a province's copy is unchanged: the office's officer of Antwerp is not one of
    the East Flanders copy's, so a change in her name is refused and nothing is applied."""
    ghent = initiatives.register_initiative(desk, values={"name": "Solidair Gent", "postcode": "9000"}).id
    field = checkout(desk, tmp_path, name="An Peeters", province="oost-vlaanderen")
    try:
        initiatives.update_initiative(field, initiative_id=ghent, changes={"notes": "bezocht"})
        package = send(field, desk, tmp_path)
    finally:
        field.close()
    before = dump(desk)
    with pytest.raises(PackageRefused, match="does not work at that copy"):
        sync.apply_package(desk, path=package)
    assert dump(desk) == before
