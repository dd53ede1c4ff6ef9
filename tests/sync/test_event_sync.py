"""Events and registrations on field copies (issue 18): events are the whole office's, every copy
holds them all; a registration belongs with its contact's initiative (the copy's province), a
walk-in with the copy that registered them."""

from __future__ import annotations

from pathlib import Path

from sync_helpers import checkout, exchange

from fourthpillar.services import events, initiatives, registrations
from fourthpillar.services.desk import Desk
from fourthpillar.store.queries import ListQuery


def _contact(desk: Desk, name: str, postcode: str) -> str:
    initiative_id = initiatives.register_initiative(desk, values={"name": f"Initiatief {name}",
                                                                  "postcode": postcode}).id
    return initiatives.add_contact(desk, initiative_id=initiative_id, values={"name": name}).id


def _people(desk: Desk) -> set[str]:
    return {row.person_name for row in registrations.list_registrations(desk, query=ListQuery()).rows}


def test_a_province_copy_holds_every_event_and_only_its_provinces_registrations(desk: Desk, tmp_path: Path) -> None:
    """Else a coordinator's laptop carries other provinces' people, or cannot see the trainings;
    and their registrations at a network day (a walk-in, attendance, the event filling up) must
    reach the office, not refuse the whole package."""
    office = desk
    event_id = events.plan_event(office, values={"title": "Netwerkdag", "kind": "network-day",
                                                 "starts_on": "2026-06-20", "capacity": 3, "status": "open"}).id
    gent = _contact(office, "Griet uit Gent", "9000")
    antwerpen = _contact(office, "Ann uit Antwerpen", "2000")
    for contact in (gent, antwerpen):
        registrations.register_for_event(office, event_id=event_id, values={"contact_id": contact})
    registrations.register_for_event(office, event_id=event_id, values={"name": "Wim Walk-in"})

    laptop = checkout(office, tmp_path, name="Bert", province="oost-vlaanderen")
    try:
        assert [row.id for row in events.list_events(laptop, query=ListQuery()).rows] == [event_id]
        assert _people(laptop) == {"Griet uit Gent"}

        # Later registrations at the office for other provinces, and walk-ins, stay at the office.
        other = _contact(office, "Other uit Antwerpen", "2000")
        registrations.register_for_event(office, event_id=event_id, values={"contact_id": other})
        exchange(office, laptop, tmp_path)
        assert _people(laptop) == {"Griet uit Gent"}

        # At the network day: a walk-in registered on the laptop fills the event; Griet attended.
        walk_in = registrations.register_for_event(laptop, event_id=event_id, values={"name": "Zoë Ter Plaatse"})
        griet = next(row for row in registrations.list_registrations(laptop, query=ListQuery()).rows
                     if row.person_name == "Griet uit Gent")
        registrations.update_registration(laptop, registration_id=griet.id, changes={"status": "attended"})
        result = exchange(laptop, office, tmp_path)
        assert result.applied > 0
        statuses = {row.person_name: row.status for row in events.get_event(office, event_id=event_id).registrations}
        assert statuses["Griet uit Gent"] == "attended"
        assert statuses["Zoë Ter Plaatse"] == registrations.get_registration(laptop, registration_id=walk_in.id).status
    finally:
        laptop.close()
