"""Events and registrations (issue 18): planning, the waiting list, history and undo, the lists,
the dashboard and the initiative's timeline, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from fourthpillar import clock
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.services import dashboard
from fourthpillar.services import events
from fourthpillar.services import history
from fourthpillar.services import initiatives
from fourthpillar.services import registrations
from fourthpillar.services.desk import Desk
from fourthpillar.store.errors import NotFound
from fourthpillar.store.errors import StaleRecord
from fourthpillar.store.queries import ListQuery


def _event(desk: Desk, **values: object) -> str:
    start = clock.today() + dt.timedelta(days=14)
    fields = {"title": "Fondsenwerving voor beginners", "kind": "training", "starts_on": start,
              "start_time": "19:00", "end_time": "21u30", "capacity": 2, "topics": "fundraising, subsidies",
              "place": "Vlasfabriekstraat 11, Sint-Gillis", "status": "open", **values}
    return events.plan_event(desk, values=fields).id


def _contact(desk: Desk, initiative: str = "Water voor Kisangani", name: str = "Griet Peeters",
             postcode: str = "2000") -> tuple[str, str]:
    initiative_id = initiatives.register_initiative(desk, values={"name": initiative, "postcode": postcode}).id
    contact_id = initiatives.add_contact(desk, initiative_id=initiative_id,
                                         values={"name": name, "email": f"{name.split()[0].lower()}@example.be"}).id
    return initiative_id, contact_id


def test_an_event_is_planned_with_typed_values_and_shown_on_its_page(any_desk: Desk) -> None:
    """Else the event page shows raw text, or times that do not sort."""
    event_id = _event(any_desk)
    detail = events.get_event(any_desk, event_id=event_id)
    assert detail.title == "Fondsenwerving voor beginners"
    assert detail.topics == ["fundraising", "subsidies"]
    assert (detail.start_time, detail.end_time) == ("19:00", "21:30")
    assert detail.officer_name == "An Peeters"  # the officer at the desk is in charge by default
    assert detail.capacity == 2 and detail.places_left == 2 and detail.status == "open"


def test_bad_event_input_names_every_bad_field_and_writes_nothing(any_desk: Desk) -> None:
    """Else an officer fixes one field, saves, and is told about the next one."""
    with pytest.raises(ValidationFailed) as failed:
        events.plan_event(any_desk, values={"title": "", "kind": "party", "starts_on": "31/02/2026",
                                            "start_time": "25:00", "capacity": "-3"})
    assert {error.field for error in failed.value.errors} == {"title", "kind", "starts_on", "start_time",
                                                              "capacity"}
    with pytest.raises(ValidationFailed) as failed:
        _event(any_desk, ends_on=clock.today())
    assert failed.value.for_field("ends_on")
    with pytest.raises(ValidationFailed) as failed:
        _event(any_desk, start_time="20:00", end_time="19:00")
    assert failed.value.for_field("end_time")
    assert events.list_events(any_desk, query=ListQuery()).total == 0


def test_registering_past_capacity_waits_and_a_cancellation_moves_the_first_waiting_up(any_desk: Desk) -> None:
    """The waiting list: else the room is overbooked, or a freed place stays empty."""
    event_id = _event(any_desk)
    _, griet = _contact(any_desk)
    _, moussa = _contact(any_desk, "Zonnedak Ouagadougou", "Moussa Ouédraogo", "9000")
    first = registrations.register_for_event(any_desk, event_id=event_id, values={"contact_id": griet})
    second = registrations.register_for_event(any_desk, event_id=event_id,
                                              values={"name": "Zoë D'Hondt", "email": "zoe@example.be"})
    assert (first.status, second.status) == ("registered", "registered")
    assert events.get_event(any_desk, event_id=event_id).status == "full"
    third = registrations.register_for_event(any_desk, event_id=event_id, values={"contact_id": moussa})
    fourth = registrations.register_for_event(any_desk, event_id=event_id, values={"name": "Jef"})
    assert (third.status, fourth.status) == ("waiting", "waiting")

    cancelled = registrations.cancel_registration(any_desk, registration_id=first.id)
    assert cancelled.moved_up == (third.id,)  # first come, first served
    detail = events.get_event(any_desk, event_id=event_id)
    statuses = {row.id: row.status for row in detail.registrations}
    assert statuses == {first.id: "cancelled", second.id: "registered", third.id: "registered",
                        fourth.id: "waiting"}
    assert (detail.taken, detail.waiting, detail.status) == (2, 1, "full")

    # One undo takes back the cancellation and the move up together.
    history.undo_action(any_desk, batch_id=cancelled.batch_id)
    statuses = {row.id: row.status for row in events.get_event(any_desk, event_id=event_id).registrations}
    assert statuses[first.id] == "registered" and statuses[third.id] == "waiting"


def test_a_larger_capacity_moves_people_up_and_reopens_the_event(any_desk: Desk) -> None:
    """Else raising the capacity leaves people waiting for places that are free."""
    event_id = _event(any_desk, capacity=1)
    registrations.register_for_event(any_desk, event_id=event_id, values={"name": "Een"})
    waiting = registrations.register_for_event(any_desk, event_id=event_id, values={"name": "Twee"})
    assert waiting.status == "waiting"
    events.update_event(any_desk, event_id=event_id, changes={"capacity": "3"})
    detail = events.get_event(any_desk, event_id=event_id)
    assert (detail.taken, detail.waiting, detail.status) == (2, 0, "open")


def test_registrations_refuse_what_cannot_be_right(any_desk: Desk) -> None:
    """Else one person takes two places, a walk-in has no name, or a cancelled event fills up."""
    event_id = _event(any_desk)
    _, griet = _contact(any_desk)
    registrations.register_for_event(any_desk, event_id=event_id, values={"contact_id": griet})
    with pytest.raises(ValidationFailed) as failed:
        registrations.register_for_event(any_desk, event_id=event_id, values={"contact_id": griet})
    assert failed.value.for_field("contact_id")
    with pytest.raises(ValidationFailed) as failed:
        registrations.register_for_event(any_desk, event_id=event_id, values={"email": "x@example.be"})
    assert failed.value.for_field("name")
    with pytest.raises(ValidationFailed) as failed:
        registrations.register_for_event(any_desk, event_id=event_id, values={"name": "X", "email": "not-an-address"})
    assert failed.value.for_field("email")
    with pytest.raises(ValidationFailed):
        registrations.register_for_event(any_desk, event_id=event_id, values={"contact_id": "nobody"})
    events.update_event(any_desk, event_id=event_id, changes={"status": "cancelled"})
    with pytest.raises(ValidationFailed):
        registrations.register_for_event(any_desk, event_id=event_id, values={"name": "Laat"})
    with pytest.raises(NotFound):
        registrations.register_for_event(any_desk, event_id="no-such-event", values={"name": "X"})


def test_a_cancelled_or_archived_registration_taken_up_again_does_not_book_a_person_twice(any_desk: Desk) -> None:
    """Else a person who cancelled and registered anew, or a walk-in registered again after an
    archived mistake, holds two places (two lines on the sign-in sheet) once the old one is taken up."""
    event_id = _event(any_desk, capacity=None)
    _, griet = _contact(any_desk)
    first = registrations.register_for_event(any_desk, event_id=event_id, values={"contact_id": griet}).id
    registrations.cancel_registration(any_desk, registration_id=first)
    registrations.register_for_event(any_desk, event_id=event_id, values={"contact_id": griet})
    with pytest.raises(ValidationFailed) as failed:
        registrations.update_registration(any_desk, registration_id=first, changes={"status": "registered"})
    assert failed.value.for_field("contact_id")
    walk_in = {"name": "Zoë D'Hondt", "email": "zoe@example.org"}
    mistake = registrations.register_for_event(any_desk, event_id=event_id, values=walk_in).id
    registrations.archive_registration(any_desk, registration_id=mistake)
    registrations.register_for_event(any_desk, event_id=event_id, values=walk_in)
    with pytest.raises(ValidationFailed) as failed:
        registrations.restore_registration(any_desk, registration_id=mistake)
    assert failed.value.for_field("email")
    assert events.get_event(any_desk, event_id=event_id).taken == 2


def test_attendance_is_marked_for_several_at_once_as_one_undoable_action(any_desk: Desk) -> None:
    """The event page's quick marking: else each Ctrl+Z undoes one person only."""
    event_id = _event(any_desk, capacity=None)
    ids = [registrations.register_for_event(any_desk, event_id=event_id, values={"name": name}).id
           for name in ("Een", "Twee", "Drie")]
    events.update_event(any_desk, event_id=event_id, changes={"status": "held"})
    saved = registrations.set_registration_status(any_desk, registration_ids=ids[:2], status="attended")
    assert len({item.batch_id for item in saved}) == 1
    assert events.get_event(any_desk, event_id=event_id).attended == 2
    history.undo_action(any_desk, batch_id=saved[0].batch_id)
    assert events.get_event(any_desk, event_id=event_id).attended == 0


def test_a_stale_event_save_is_refused(any_desk: Desk) -> None:
    """Else one officer's save silently overwrites another's."""
    event_id = _event(any_desk)
    events.update_event(any_desk, event_id=event_id, changes={"trainers": "Lies"})
    with pytest.raises(StaleRecord):
        events.update_event(any_desk, event_id=event_id, changes={"trainers": "Omar"}, expected_version=1)


def test_the_events_list_filters_searches_sorts_and_counts_places(any_desk: Desk) -> None:
    """Else the Events list shows the wrong events, or an empty fill."""
    today = clock.today()
    training = _event(any_desk, title="Subsidies aanvragen", starts_on=today + dt.timedelta(days=3))
    webinar = _event(any_desk, title="Webinar : la loi", kind="webinar", topics="legal-form",
                     starts_on=today + dt.timedelta(days=30), place="https://meet.example.org/x")
    registrations.register_for_event(any_desk, event_id=training, values={"name": "Een"})
    page = events.list_events(any_desk, query=ListQuery(descending=True))
    assert [row.id for row in page.rows] == [webinar, training]
    assert page.rows[1].computed["registered"] == 1 and page.rows[0].computed["registered"] == 0
    assert [row.id for row in events.list_events(any_desk, query=ListQuery(kind="webinar")).rows] == [webinar]
    assert [row.id for row in events.list_events(any_desk, query=ListQuery(topic="legal-form")).rows] == [webinar]
    assert [row.id for row in events.list_events(any_desk, query=ListQuery(search="subsid")).rows] == [training]
    assert [row.id for row in events.list_events(
        any_desk, query=ListQuery(due_to=today + dt.timedelta(days=10))).rows] == [training]
    assert [row.id for row in events.list_events(any_desk, query=ListQuery(sort="title")).rows] == [training, webinar]
    events.archive_event(any_desk, event_id=webinar)
    assert events.list_events(any_desk, query=ListQuery()).total == 1


def test_the_registrations_list_finds_contacts_and_walk_ins(any_desk: Desk) -> None:
    """Else an officer cannot find who registered, by name, across events."""
    event_id = _event(any_desk, capacity=None)
    initiative_id, griet = _contact(any_desk)
    registrations.register_for_event(any_desk, event_id=event_id, values={"contact_id": griet})
    registrations.register_for_event(any_desk, event_id=event_id, values={"name": "Zoë D'Hondt",
                                                                          "email": "zoe@example.be"})
    page = registrations.list_registrations(any_desk, query=ListQuery(event_id=event_id))
    assert sorted(row.person_name for row in page.rows) == ["Griet Peeters", "Zoë D'Hondt"]
    griet_row = next(row for row in page.rows if not row.walk_in)
    assert griet_row.initiative_id == initiative_id and griet_row.initiative_name == "Water voor Kisangani"
    assert griet_row.email == "griet@example.be"
    assert [row.person_name for row in registrations.list_registrations(
        any_desk, query=ListQuery(search="griet")).rows] == ["Griet Peeters"]
    assert [row.person_name for row in registrations.list_registrations(
        any_desk, query=ListQuery(search="zoe")).rows] == ["Zoë D'Hondt"]
    assert [row.person_name for row in registrations.list_registrations(
        any_desk, query=ListQuery(province="antwerpen")).rows] == ["Griet Peeters"]


def test_the_dashboard_shows_the_next_events_with_their_fill(any_desk: Desk) -> None:
    """Else the dashboard cannot say which coming training is nearly full."""
    today = clock.today()
    _event(any_desk, title="Voorbij", starts_on=today - dt.timedelta(days=1), status="held")
    soon = _event(any_desk, title="Binnenkort", starts_on=today + dt.timedelta(days=2))
    _event(any_desk, title="Afgelast", starts_on=today + dt.timedelta(days=1), status="cancelled")
    registrations.register_for_event(any_desk, event_id=soon, values={"name": "Een"})
    shown = dashboard.get_dashboard(any_desk, today=today).next_events
    assert [event.title for event in shown] == ["Binnenkort"]
    assert (shown[0].taken, shown[0].capacity, shown[0].fill) == (1, 2, 0.5)


def test_the_initiative_timeline_shows_the_events_its_people_attended(any_desk: Desk) -> None:
    """Else nobody sees on an initiative's page which trainings its people followed."""
    attended = _event(any_desk, title="Bijgewoond", capacity=None)
    missed = _event(any_desk, title="Niet gekomen", capacity=None)
    initiative_id, griet = _contact(any_desk)
    for event_id, status in ((attended, "attended"), (missed, "no-show")):
        registration = registrations.register_for_event(any_desk, event_id=event_id, values={"contact_id": griet})
        registrations.update_registration(any_desk, registration_id=registration.id, changes={"status": status})
    timeline = initiatives.get_initiative(any_desk, initiative_id=initiative_id).timeline
    assert [(entry.kind, entry.id, entry.title) for entry in timeline if entry.kind == "event"] == [
        ("event", attended, "Bijgewoond")]


def test_event_and_registration_changes_are_in_their_history(any_desk: Desk) -> None:
    """History and undo work for events as for every record."""
    event_id = _event(any_desk)
    saved = events.update_event(any_desk, event_id=event_id, changes={"title": "Nieuwe titel"})
    entries = history.record_history(any_desk, entity="event", record_id=event_id)
    assert any(entry.field == "title" for entry in entries)
    history.undo_action(any_desk, batch_id=saved.batch_id)
    assert events.get_event(any_desk, event_id=event_id).title == "Fondsenwerving voor beginners"


def test_merging_initiatives_carries_their_peoples_registrations(any_desk: Desk) -> None:
    """Else the kept initiative's timeline and the period report lose the merged one's trainings."""
    from fourthpillar.services import merge

    event_id = _event(any_desk, capacity=None)
    keep_id, _ = _contact(any_desk, "Water voor Kisangani", "Griet Peeters")
    other_id, moussa = _contact(any_desk, "Water voor Kisangani vzw", "Moussa Ouédraogo")
    registration = registrations.register_for_event(any_desk, event_id=event_id, values={"contact_id": moussa})
    merged = merge.merge_initiatives(any_desk, keep_id=keep_id, other_id=other_id)
    assert registrations.get_registration(any_desk, registration_id=registration.id).initiative_id == keep_id
    history.undo_action(any_desk, batch_id=merged.batch_id)
    assert registrations.get_registration(any_desk, registration_id=registration.id).initiative_id == other_id


def test_the_period_figures_of_events_agree_on_both_databases(any_desk: Desk) -> None:
    """The period report's trainings are SQL aggregates: PostgreSQL must count as SQLite does."""
    from fourthpillar.services import exports

    day = clock.today()
    held = _event(any_desk, starts_on=day, status="held", capacity=None)
    _, griet = _contact(any_desk)
    registrations.register_for_event(any_desk, event_id=held, values={"contact_id": griet, "status": "attended"})
    registrations.register_for_event(any_desk, event_id=held, values={"name": "Een", "status": "attended"})
    registrations.register_for_event(any_desk, event_id=held, values={"name": "Twee"})  # did not come
    figures = exports.get_period_figures(
        any_desk, period=exports.ReportPeriod(day, day, province="antwerpen")).events
    assert figures is not None
    assert (figures.held, figures.trainings_held, figures.participants, figures.initiatives_reached) == (1, 1, 1, 1)
    everyone = exports.get_period_figures(any_desk, period=exports.ReportPeriod(day, day)).events
    assert everyone is not None and everyone.participants == 2
    assert [item.participants for item in everyone.by_topic if item.label == "subsidies"] == [2]
