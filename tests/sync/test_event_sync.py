"""Events and registrations on field copies (issue 18): events are the whole office's, every copy
holds them all; a registration belongs with its contact's initiative (the copy's province), a
walk-in with the copy that registered them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_helpers import checkout
from sync_helpers import exchange
from sync_helpers import send

from fourthpillar.cli.main import main
from fourthpillar.services import events
from fourthpillar.services import initiatives
from fourthpillar.services import registrations
from fourthpillar.services import sync
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
        detail = events.get_event(office, event_id=event_id)
        statuses = {row.person_name: row.status for row in detail.registrations}
        assert statuses["Griet uit Gent"] == "attended"
        # The laptop could not see the office's three: Zoë, the latest, waits for a place.
        assert (detail.taken, detail.capacity, detail.status, result.waiting) == (3, 3, "full", 1)
        assert statuses["Zoë Ter Plaatse"] == "waiting"
        exchange(office, laptop, tmp_path)
        assert registrations.get_registration(laptop, registration_id=walk_in.id).status == "waiting"
        # and the laptop, which sees one place taken, does not move her up again behind the office's back.
        assert exchange(laptop, office, tmp_path).waiting == 0
        assert events.get_event(office, event_id=event_id).taken == 3
    finally:
        laptop.close()


def _overbooked(office: Desk, laptop: Desk, event_id: str, contact_id: str, folder: Path) -> str:
    """Two walk-ins fill the event at the office; the laptop, which holds neither, books a contact."""
    for name in ("Wim Walk-in", "Wanda Walk-in"):
        registrations.register_for_event(office, event_id=event_id, values={"name": name})
    exchange(office, laptop, folder)
    assert events.get_event(laptop, event_id=event_id).status == "full"
    booked = registrations.register_for_event(laptop, event_id=event_id, values={"contact_id": contact_id})
    assert booked.status == "registered"  # the laptop sees no registration: a place looks free
    return booked.id


def test_places_booked_on_a_field_copy_and_at_the_office_never_exceed_the_capacity(desk: Desk, tmp_path: Path) -> None:
    """Else a province laptop, which holds only its own province's registrations, books a place
    the office already gave away: after the exchange the office shows 3 of 2 places taken and the
    event open again (the reviewer's case in issue 18)."""
    office = desk
    event_id = events.plan_event(office, values={"title": "Vorming fondsenwerving", "starts_on": "2026-06-20",
                                                 "capacity": 2, "status": "open"}).id
    gent = _contact(office, "Griet uit Gent", "9000")
    laptop = checkout(office, tmp_path, name="Bert", province="oost-vlaanderen")
    try:
        booked = _overbooked(office, laptop, event_id, gent, tmp_path)
        result = exchange(laptop, office, tmp_path)
        detail = events.get_event(office, event_id=event_id)
        statuses = {row.person_name: row.status for row in detail.registrations}
        assert statuses == {"Wim Walk-in": "registered", "Wanda Walk-in": "registered", "Griet uit Gent": "waiting"}
        assert (detail.taken, detail.waiting, detail.status, result.waiting) == (2, 1, "full", 1)
        exchange(office, laptop, tmp_path)  # the move to the waiting list travels back
        assert registrations.get_registration(laptop, registration_id=booked).status == "waiting"
        assert events.get_event(laptop, event_id=event_id).status == "full"
    finally:
        laptop.close()


def test_applying_a_package_from_the_command_line_says_who_went_to_the_waiting_list(
        desk: Desk, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Else the office's coordinator is not told that a person booked in the field now waits."""
    event_id = events.plan_event(desk, values={"title": "Vorming", "starts_on": "2026-06-20", "capacity": 2,
                                               "status": "open"}).id
    gent = _contact(desk, "Griet uit Gent", "9000")
    laptop = checkout(desk, tmp_path, name="Bert", province="oost-vlaanderen")
    try:
        _overbooked(desk, laptop, event_id, gent, tmp_path)
        package = send(laptop, desk, tmp_path)
    finally:
        laptop.close()
    assert main(["--data-dir", str(data_dir), "sync", "apply", str(package)]) == 0
    assert "1 registration(s) beyond an event's capacity went to the waiting list" in capsys.readouterr().out


def test_syncing_with_the_office_database_puts_the_latest_booking_beyond_the_capacity_on_the_waiting_list(
        any_desk: Desk, tmp_path: Path) -> None:
    """Else 'Sync with the office database' from a province laptop overbooks the office's event
    as an exchange of packages did: 3 of 2 places taken and the event open again."""
    event_id = events.plan_event(any_desk, values={"title": "Vorming", "starts_on": "2026-06-20", "capacity": 2,
                                                   "status": "open"}).id
    gent = _contact(any_desk, "Griet uit Gent", "9000")
    laptop = checkout(any_desk, tmp_path, name="Bert", province="oost-vlaanderen")
    try:
        booked = _overbooked(any_desk, laptop, event_id, gent, tmp_path)
        result = sync.sync_with(laptop, database_url=any_desk.database.url)
        assert (result.sent.waiting, result.received.waiting) == (1, 0)
        detail = events.get_event(any_desk, event_id=event_id)
        assert (detail.taken, detail.waiting, detail.status) == (2, 1, "full")
        # The same sync brought the move to the waiting list back to the laptop.
        assert registrations.get_registration(laptop, registration_id=booked).status == "waiting"
        assert events.get_event(laptop, event_id=event_id).status == "full"
    finally:
        laptop.close()
