"""Use cases for events: the trainings, info sessions, network days and webinars the office runs.

Registrations (who comes, the waiting list) are in :mod:`fourthpillar.services.registrations`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import case
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar import clock
from fourthpillar.domain.fields import EVENT_FIELDS
from fourthpillar.domain.fields import FieldError
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.domain.vocab import PLACE_TAKING_STATUSES
from fourthpillar.i18n import translate
from fourthpillar.lists import EVENTS
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.changes import load
from fourthpillar.services.changes import set_archived
from fourthpillar.services.convert import event_row
from fourthpillar.services.convert import registration_row
from fourthpillar.services.desk import Desk
from fourthpillar.services.listing import list_page
from fourthpillar.services.record_names import name_of
from fourthpillar.services.records import EventDetail
from fourthpillar.services.records import EventFill
from fourthpillar.services.records import EventRow
from fourthpillar.services.records import Page
from fourthpillar.services.records import Saved
from fourthpillar.services.registrations import lock_event
from fourthpillar.services.registrations import rebalance
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Event
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.models import Registration
from fourthpillar.store.queries import ListQuery
from fourthpillar.store.search import fold


def _check(session: Session, values: Mapping[str, Any]) -> None:
    """The rules between fields: the officer exists, the event does not end before it starts."""
    errors: list[FieldError] = []
    officer_id = values.get("officer_id")
    if officer_id and session.get(Officer, officer_id) is None:
        errors.append(FieldError("officer_id", translate("Validation", "no officer with id {id}").format(
            id=officer_id)))
    starts_on = values.get("starts_on")
    ends_on = values.get("ends_on") or starts_on  # no end date: the same day
    if ends_on is not None and starts_on is not None:
        if ends_on < starts_on:
            errors.append(FieldError("ends_on", translate("Validation", "is before the start date")))
        elif ends_on == starts_on and values.get("start_time") and values.get("end_time") and \
                values["end_time"] <= values["start_time"]:
            errors.append(FieldError("end_time", translate("Validation", "is not after the start time")))
    if errors:
        raise ValidationFailed(errors)


def plan_event(desk: Desk, *, values: Mapping[str, Any]) -> Saved:
    """Plan an event. The officer in charge defaults to the one at the desk, the status to planned;
    :class:`ValidationFailed` names every bad field."""
    raw = dict(values)
    if desk.officer_id:
        raw.setdefault("officer_id", desk.officer_id)
    raw.setdefault("kind", "training")
    cleaned = clean(EVENT_FIELDS, raw, complete=True)
    with desk.database.session() as session:
        _check(session, cleaned)
        writer = ChangeWriter(session, desk)
        record = writer.create(Event(), cleaned)
        return writer.saved(record)


def update_event(desk: Desk, *, event_id: str, changes: Mapping[str, Any],
                 expected_version: int | None = None) -> Saved:
    """Change an event's fields; a larger capacity (or none) moves people up from the waiting
    list in the same batch. :class:`StaleRecord` if someone saved it meanwhile."""
    cleaned = clean(EVENT_FIELDS, changes, complete=False)
    with desk.database.session() as session:
        lock_event(session, event_id)  # its registrations are counted against the new capacity
        record: Event = load(session, Event, event_id, expected_version=expected_version)
        _check(session, {**record.field_values(), **cleaned})
        writer = ChangeWriter(session, desk)
        writer.update(record, cleaned)
        rebalance(session, writer, record)
        return writer.saved(record)


def archive_event(desk: Desk, *, event_id: str) -> Saved:
    """Archive an event (never delete); its registrations stay with it."""
    return set_archived(desk, Event, event_id, archived=True)


def restore_event(desk: Desk, *, event_id: str) -> Saved:
    return set_archived(desk, Event, event_id, archived=False)


def _counts(session: Session, event_ids: list[str]) -> dict[str, tuple[int, int, int]]:
    """Event id -> (places taken, waiting, attended) of its live registrations."""
    if not event_ids:
        return {}
    rows = session.execute(
        select(Registration.event_id,
               func.count(case((Registration.status.in_(PLACE_TAKING_STATUSES), 1))),
               func.count(case((Registration.status == "waiting", 1))),
               func.count(case((Registration.status == "attended", 1))))
        .where(Registration.event_id.in_(event_ids), Registration.archived_at.is_(None))
        .group_by(Registration.event_id))
    return {event_id: (taken, waiting, attended) for event_id, taken, waiting, attended in rows}


def get_event(desk: Desk, *, event_id: str) -> EventDetail:
    """The event's page: its fields, its live registrations by name, how full it is."""
    with desk.database.session() as session:
        record: Event = load(session, Event, event_id, live=False)
        rows = session.execute(
            select(Registration, ContactPerson.name, ContactPerson.email, Initiative.name)
            .outerjoin(ContactPerson, Registration.contact_id == ContactPerson.id)
            .outerjoin(Initiative, Registration.initiative_id == Initiative.id)
            .where(Registration.event_id == event_id, Registration.archived_at.is_(None))).all()
        registrations = sorted(
            (registration_row(item, record.title, record.starts_on, name, email, initiative)
             for item, name, email, initiative in rows),
            key=lambda row: (fold(row.person_name), row.id))
        taken, waiting, attended = _counts(session, [event_id]).get(event_id, (0, 0, 0))
        return EventDetail(
            id=record.id, version=record.version, title=record.title, kind=record.kind, topics=list(record.topics),
            starts_on=record.starts_on, start_time=record.start_time, ends_on=record.ends_on,
            end_time=record.end_time, place=record.place, capacity=record.capacity, trainers=record.trainers,
            officer_id=record.officer_id, officer_name=name_of(session, Officer, record.officer_id),
            status=record.status, notes=record.notes, created_at=record.created_at, updated_at=record.updated_at,
            archived=record.archived_at is not None, registrations=registrations, taken=taken, waiting=waiting,
            attended=attended)


def list_events(desk: Desk, *, query: ListQuery, count: bool = True) -> Page[EventRow]:
    """One page of the events list as filtered (status, kind, topic, officer, start dates),
    searched (title, place, trainers, notes) and sorted by *query*."""
    return list_page(desk, EVENTS, query, lambda row: event_row(row[0], row[1], EVENTS.computed_values(row)),
                     count=count)


def next_events(desk: Desk, *, today: dt.date | None = None, limit: int = 5) -> list[EventFill]:
    """The coming events (from *today*, not cancelled or archived), soonest first, with how full
    each is: the dashboard's list."""
    day = today or clock.today()
    with desk.database.session() as session:
        return coming_events(session, day, limit)


def coming_events(session: Session, day: dt.date, limit: int) -> list[EventFill]:
    """:func:`next_events` within an open session (the dashboard reads it with the rest)."""
    events = session.scalars(
        select(Event).where(Event.archived_at.is_(None), Event.starts_on >= day, Event.status != "cancelled")
        .order_by(Event.starts_on, func.coalesce(Event.start_time, ""), Event.id).limit(limit)).all()
    counts = _counts(session, [event.id for event in events])
    return [EventFill(id=event.id, title=event.title, kind=event.kind, starts_on=event.starts_on,
                      start_time=event.start_time, place=event.place, status=event.status, capacity=event.capacity,
                      taken=counts.get(event.id, (0, 0, 0))[0], waiting=counts.get(event.id, (0, 0, 0))[1])
            for event in events]
