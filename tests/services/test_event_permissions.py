"""Events and registrations on the shared PostgreSQL database (migration 0012): every login plans
events; a coordinator sees and registers only their provinces' people (and walk-ins); an admin's
erasure of a walk-in passes the append-only history.

Runs on the real PostgreSQL server of tools/with-postgres.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from office_helpers import Office
from office_helpers import shared_office

from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import events
from fourthpillar.services import initiatives
from fourthpillar.services import registrations
from fourthpillar.services import walk_ins
from fourthpillar.store.queries import ListQuery


@pytest.fixture
def office(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Office]:
    with shared_office(request, tmp_path) as made:
        yield made


def test_logins_work_with_events_within_their_reach(office: Office) -> None:
    """Else an officer's login cannot plan a training, or a coordinator sees other provinces' people."""
    owner = office.owner
    limburg = initiatives.register_initiative(owner, values={"name": "Hasselt helpt", "postcode": "3500"}).id
    gent = initiatives.register_initiative(owner, values={"name": "Gent helpt", "postcode": "9000"}).id
    els = initiatives.add_contact(owner, initiative_id=limburg, values={"name": "Els uit Hasselt"}).id
    jan = initiatives.add_contact(owner, initiative_id=gent, values={"name": "Jan uit Gent"}).id

    _, officer_login = office.add("Olga Officer", "officer")
    officer = office.desk_of(officer_login)
    event_id = events.plan_event(officer, values={"title": "Vorming", "starts_on": "2027-01-20", "status": "open"}).id
    registrations.register_for_event(officer, event_id=event_id, values={"contact_id": jan})
    registrations.register_for_event(officer, event_id=event_id, values={"name": "Wim Walk-in",
                                                                          "email": "wim@example.be"})

    _, coordinator_login = office.add("Cora Coordinator", "coordinator", ["limburg"])
    coordinator = office.desk_of(coordinator_login)
    events.update_event(coordinator, event_id=event_id, changes={"place": "Hasselt"})  # the office's events
    registrations.register_for_event(coordinator, event_id=event_id, values={"contact_id": els})
    seen = {row.person_name for row in registrations.list_registrations(coordinator, query=ListQuery()).rows}
    assert seen == {"Els uit Hasselt", "Wim Walk-in"}
    with pytest.raises(ValidationFailed):  # Jan's contact record is outside the coordinator's provinces
        registrations.register_for_event(coordinator, event_id=event_id, values={"contact_id": jan})


def test_an_admin_erases_a_walk_in_on_the_shared_database(office: Office) -> None:
    """The history is append-only, except an admin blanking a person: walk-ins included."""
    event_id = events.plan_event(office.owner, values={"title": "Infosessie", "starts_on": "2027-02-01"}).id
    walk_in = registrations.register_for_event(office.owner, event_id=event_id, values={
        "name": "Zoë Walkin", "email": "zoe@example.be"}).id
    _, admin_login = office.add("Ada Admin", "admin")
    walk_ins.erase_walk_ins(office.desk_of(admin_login), registration_ids=[walk_in])
    assert registrations.get_registration(office.owner, registration_id=walk_in).person_name == "[erased]"
