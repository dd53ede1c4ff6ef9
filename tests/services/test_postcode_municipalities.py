"""The municipalities offered for a postcode, on SQLite and PostgreSQL."""

from __future__ import annotations

from fourthpillar.services import initiatives
from fourthpillar.services.desk import Desk


def test_the_registers_own_names_come_first_once_each(any_desk: Desk) -> None:
    """The editor offers what the office already wrote for a postcode (most used first), then the
    known name; the same name in another case is offered once, archived initiatives not at all."""
    for name, municipality in (("Een", "Ledeberg"), ("Twee", "ledeberg"), ("Drie", "Gentbrugge"),
                               ("Vier", "Ledeberg"), ("Vijf", "Oud-Gentbrugge")):
        initiatives.register_initiative(any_desk, values={"name": name, "postcode": "9050",
                                                          "municipality": municipality})
    archived = initiatives.register_initiative(any_desk, values={"name": "Zes", "postcode": "9050",
                                                                 "municipality": "Nergensdorp"})
    initiatives.archive_initiative(any_desk, initiative_id=archived.id)
    assert initiatives.municipalities_for_postcode(any_desk, postcode="9050") == [
        "Ledeberg", "Gentbrugge", "Oud-Gentbrugge"]
    assert initiatives.municipalities_for_postcode(any_desk, postcode="2000") == ["Antwerpen"]
    assert initiatives.municipalities_for_postcode(any_desk, postcode="1234") == []
