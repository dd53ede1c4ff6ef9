"""The capacity rule holds whatever the way places are taken (issue 18): two officers booking the
last place at the same moment on the office database, and an undo that brings a registration
back after its place went to someone else (or frees a place while someone waits)."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from database_helpers import postgres_copy
from sqlalchemy import text

from fourthpillar import clock
from fourthpillar.domain.fields import REGISTRATION_FIELDS
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.services import events
from fourthpillar.services import history
from fourthpillar.services import initiatives
from fourthpillar.services import officers
from fourthpillar.services import registrations
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import open_desk


def _event(desk: Desk, capacity: int) -> str:
    return events.plan_event(desk, values={"title": "Fondsenwerving", "starts_on": clock.today() + dt.timedelta(days=7),
                                           "capacity": capacity, "status": "open"}).id


def _statuses(desk: Desk, event_id: str) -> dict[str, str]:
    return {row.id: row.status for row in events.get_event(desk, event_id=event_id).registrations}


def test_undoing_a_cancellation_whose_place_was_given_away_puts_the_later_booking_on_the_waiting_list(
        any_desk: Desk) -> None:
    """Else Ctrl+Z on a cancellation books a person into a place someone else took meanwhile:
    2 of 1 places taken."""
    event_id = _event(any_desk, capacity=1)
    first = registrations.register_for_event(any_desk, event_id=event_id, values={"name": "Ann"})
    cancelled = registrations.cancel_registration(any_desk, registration_id=first.id)
    later = registrations.register_for_event(any_desk, event_id=event_id, values={"name": "Bram"})
    assert later.status == "registered"

    undone = history.undo_action(any_desk, batch_id=cancelled.batch_id)
    detail = events.get_event(any_desk, event_id=event_id)
    assert _statuses(any_desk, event_id) == {first.id: "registered", later.id: "waiting"}
    assert (detail.taken, detail.waiting, detail.status) == (1, 1, "full")

    # Redoing the cancellation frees the place again, for the one waiting.
    history.undo_action(any_desk, batch_id=undone)
    assert _statuses(any_desk, event_id) == {first.id: "cancelled", later.id: "registered"}
    assert events.get_event(any_desk, event_id=event_id).status == "full"


def test_undoing_a_registration_gives_its_place_to_the_first_waiting(any_desk: Desk) -> None:
    """Else the person waiting stays waiting next to a free place after Ctrl+Z on a booking."""
    event_id = _event(any_desk, capacity=1)
    first = registrations.register_for_event(any_desk, event_id=event_id, values={"name": "Ann"})
    waiting = registrations.register_for_event(any_desk, event_id=event_id, values={"name": "Bram"})
    assert waiting.status == "waiting"

    history.undo_action(any_desk, batch_id=first.batch_id)
    detail = events.get_event(any_desk, event_id=event_id)
    assert _statuses(any_desk, event_id) == {waiting.id: "registered"}
    assert (detail.taken, detail.waiting, detail.status) == (1, 0, "full")


def test_undoing_a_larger_capacity_puts_the_latest_booked_back_on_the_waiting_list(any_desk: Desk) -> None:
    """Else undoing a capacity raised from 1 to 2, after someone booked the new place, leaves 2 of
    1 places taken."""
    event_id = _event(any_desk, capacity=1)
    first = registrations.register_for_event(any_desk, event_id=event_id, values={"name": "Ann"})
    raised = events.update_event(any_desk, event_id=event_id, changes={"capacity": 2})
    later = registrations.register_for_event(any_desk, event_id=event_id, values={"name": "Bram"})

    history.undo_action(any_desk, batch_id=raised.batch_id)
    assert _statuses(any_desk, event_id) == {first.id: "registered", later.id: "waiting"}
    assert events.get_event(any_desk, event_id=event_id).status == "full"


@pytest.fixture
def office_desk(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Desk]:
    """The shared office database (PostgreSQL), where several officers book at the same time."""
    with postgres_copy(request) as url:
        opened = open_desk(data_dir=data_dir, database_url=url)
        officers.sign_in(opened, name="An Peeters", region="antwerpen")
        try:
            yield opened
        finally:
            opened.close()


def _waits_for_a_lock(desk: Desk) -> bool:
    with desk.database.engine.connect() as connection:
        return bool(connection.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )).scalar_one())


def _book_while_another_booking_is_open(desk: Desk, event_id: str, first: dict[str, Any],
                                        second: dict[str, Any]) -> Any:
    """Book *second* from another thread while the booking of *first* is written but not yet
    committed; return what the second booking returned (or raised)."""
    outcome: list[Any] = []

    def book() -> None:
        try:
            outcome.append(registrations.register_for_event(desk, event_id=event_id, values=second))
        except ValidationFailed as refused:
            outcome.append(refused)

    with desk.database.session() as session:
        event = registrations.bookable_event(session, event_id)
        cleaned = clean(REGISTRATION_FIELDS, {"registered_on": clock.today(), **first}, complete=True)
        registrations.add_registration(session, ChangeWriter(session, desk), event, cleaned)
        other = threading.Thread(target=book)
        other.start()
        deadline = time.monotonic() + 60
        # The second booking must wait for this one (or, without the lock, it is already done).
        while other.is_alive() and not _waits_for_a_lock(desk) and time.monotonic() < deadline:
            time.sleep(0.02)
    other.join(60)
    assert outcome, "the second booking did not finish"
    return outcome[0]


def test_two_officers_booking_the_last_place_at_once_do_not_overbook(office_desk: Desk) -> None:
    """Else two officers each see one place left and both book it: 2 of 1 places taken."""
    event_id = _event(office_desk, capacity=1)
    second = _book_while_another_booking_is_open(office_desk, event_id, {"name": "Ann"}, {"name": "Bram"})
    assert second.status == "waiting"
    detail = events.get_event(office_desk, event_id=event_id)
    assert (detail.taken, detail.waiting) == (1, 1)


def test_two_officers_registering_the_same_person_at_once_book_them_once(office_desk: Desk) -> None:
    """Else one contact person is registered twice for the same event, taking two places."""
    event_id = _event(office_desk, capacity=5)
    initiative_id = initiatives.register_initiative(office_desk, values={"name": "Water voor Kisangani",
                                                                         "postcode": "2000"}).id
    contact_id = initiatives.add_contact(office_desk, initiative_id=initiative_id, values={"name": "Griet"}).id
    second = _book_while_another_booking_is_open(office_desk, event_id, {"contact_id": contact_id},
                                                 {"contact_id": contact_id})
    assert isinstance(second, ValidationFailed)
    assert len(events.get_event(office_desk, event_id=event_id).registrations) == 1
