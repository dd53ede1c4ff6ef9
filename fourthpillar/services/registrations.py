"""Use cases for registrations: a contact person's or a walk-in's place at an event.

The capacity rule lives here, in :func:`rebalance`, which every change that can free or take a
place calls in the same session and batch: registering past the capacity puts the person on
the waiting list, a place that comes free (a cancellation, an archived registration, a larger
capacity) goes to the first person waiting, and an event open for registration shows "full"
while every place is taken. One user action is one batch: Ctrl+Z undoes the cancellation and
the move up together.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar import clock
from fourthpillar.domain.fields import REGISTRATION_FIELDS
from fourthpillar.domain.fields import FieldError
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.domain.vocab import PLACE_TAKING_STATUSES
from fourthpillar.i18n import translate
from fourthpillar.lists import REGISTRATIONS
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.changes import load
from fourthpillar.services.convert import registration_row
from fourthpillar.services.desk import Desk
from fourthpillar.services.listing import list_page
from fourthpillar.services.records import Page
from fourthpillar.services.records import RegistrationRow
from fourthpillar.services.records import Saved
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Event
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Registration
from fourthpillar.store.queries import ListQuery
from fourthpillar.sync.merge import lock_for_sync

#: Event statuses in which places still move: registrations are taken and waiting people move up.
BOOKING_STATUSES = ("planned", "open", "full")


@dataclass(frozen=True)
class RegistrationSaved(Saved):
    """What a registration change returns: as :class:`Saved`, with the status it ended in (a
    registration past the capacity lands on the waiting list) and the registrations moved up
    from the waiting list by the same action (same batch)."""

    status: str = ""
    moved_up: tuple[str, ...] = ()


def _saved(writer: ChangeWriter, record: Registration, moved: Sequence[str]) -> RegistrationSaved:
    """:meth:`ChangeWriter.saved`, with where the registration ended up and who moved up."""
    saved = writer.saved(record)
    return RegistrationSaved(saved.id, saved.version, saved.batch_id, record.status, tuple(moved))


def _taken(session: Session, event_id: str, *, besides: str | None = None) -> int:
    statement = select(func.count()).select_from(Registration).where(
        Registration.event_id == event_id, Registration.archived_at.is_(None),
        Registration.status.in_(PLACE_TAKING_STATUSES))
    if besides is not None:
        statement = statement.where(Registration.id != besides)
    return int(session.execute(statement).scalar_one())


def lock_event(session: Session, event_id: str) -> Event | None:
    """The event, read afresh with its row locked until the transaction ends (PostgreSQL's
    SELECT ... FOR UPDATE; SQLite locks the whole file on the first write anyway): every write
    that counts places takes it first, so two officers booking the last place at the same
    moment are served one after the other and the second one counts the first's booking.

    The copies' rows first, as a sync apply and every write to the history (its sequence
    numbers) take them before any record: a booking and a sync never wait for each other the
    other way round (a deadlock)."""
    session.flush()
    lock_for_sync(session)
    return session.get(Event, event_id, with_for_update=True, populate_existing=True)


def rebalance(session: Session, writer: ChangeWriter, event: Event, *, partial: bool = False) -> list[str]:
    """Give free places to the people waiting, first come first served, and keep an open
    event's "full" status true; return the ids of the registrations moved up.

    Only while the event takes registrations (planned, open or full): a held or cancelled
    event keeps its lists as they are. Without a capacity nobody waits. *partial*: this copy
    holds only some of the event's registrations (a province's field copy), so a place that
    looks free here may not be: nobody moves up and a full event is not reopened.
    """
    if event.archived_at is not None or event.status not in BOOKING_STATUSES:
        return []
    session.flush()
    taken = _taken(session, event.id)
    moved: list[str] = []
    if partial:
        if event.status == "open" and event.capacity is not None and taken >= event.capacity:
            writer.update(event, {"status": "full"})
        return moved
    waiting = session.scalars(
        select(Registration).where(Registration.event_id == event.id, Registration.archived_at.is_(None),
                                   Registration.status == "waiting")
        .order_by(Registration.created_at, Registration.id)).all()
    for registration in waiting:
        if event.capacity is not None and taken >= event.capacity:
            break
        writer.update(registration, {"status": "registered"})
        moved.append(registration.id)
        taken += 1
    at_capacity = event.capacity is not None and taken >= event.capacity
    if event.status == "open" and at_capacity:
        writer.update(event, {"status": "full"})
    elif event.status == "full" and not at_capacity:
        writer.update(event, {"status": "open"})
    return moved


def to_waiting_list(session: Session, writer: ChangeWriter, event: Event) -> int:
    """Put the registrations beyond the capacity on the waiting list, the latest registered
    first, and return how many; for bookings made on copies that could not see each other
    (field copies, an undone cancellation after the place went to someone else)."""
    if event.archived_at is not None or event.status not in BOOKING_STATUSES or event.capacity is None:
        return 0
    session.flush()
    over = _taken(session, event.id) - event.capacity
    if over <= 0:
        return 0
    latest = session.scalars(
        select(Registration).where(Registration.event_id == event.id, Registration.archived_at.is_(None),
                                   Registration.status == "registered")
        .order_by(Registration.created_at.desc(), Registration.id.desc()).limit(over)).all()
    for registration in latest:
        writer.update(registration, {"status": "waiting"})
    return len(latest)


def settle_events(session: Session, writer: ChangeWriter, event_ids: Iterable[str], *, partial: bool = False) -> int:
    """Apply the capacity rule again to *event_ids* after changes that did not go through it
    (a sync package, an undo): registrations beyond the capacity wait, free places go to the
    waiting (not on a *partial* copy, see :func:`rebalance`), the status follows. Returns how
    many registrations went to the waiting list."""
    waiting = 0
    for event_id in sorted(set(event_ids)):  # always the same order: two settles never deadlock
        event = lock_event(session, event_id)
        if event is None:
            continue
        waiting += to_waiting_list(session, writer, event)
        rebalance(session, writer, event, partial=partial)
    return waiting


def _refuse(field: str, message: str) -> ValidationFailed:
    return ValidationFailed([FieldError(field, message)])


def _check_person(session: Session, event_id: str, values: dict[str, Any], own_id: str | None) -> None:
    """A contact person (live, not registered yet) or a walk-in with a name; never both."""
    contact_id = values.get("contact_id")
    others = select(Registration).where(Registration.event_id == event_id, Registration.archived_at.is_(None),
                                        Registration.status != "cancelled", Registration.id != (own_id or ""))
    if contact_id:
        contact = session.get(ContactPerson, contact_id)
        if contact is None or contact.archived_at is not None:
            raise _refuse("contact_id", translate("Validation", "no contact person with id {id}").format(id=contact_id))
        if values.get("name") or values.get("email"):
            raise _refuse("name", translate(
                "Validation", "a contact person's name and e-mail come from their record: give a walk-in's only"))
        if session.scalars(others.where(Registration.contact_id == contact_id)).first() is not None:
            raise _refuse("contact_id", translate("Validation", "is already registered for this event"))
        return
    if not values.get("name"):
        raise _refuse("name", translate("Validation", "is required for a walk-in (or give a contact person)"))
    email = values.get("email") or ""
    if email and session.scalars(others.where(func.lower(Registration.email) == email.lower())).first() is not None:
        raise _refuse("email", translate("Validation", "is already registered for this event"))


def _place_status(session: Session, event: Event, status: str, own_id: str | None) -> str:
    """*status*, or "waiting" when it asks for a place the event no longer has."""
    if (status == "registered" and event.capacity is not None and event.status in BOOKING_STATUSES
            and _taken(session, event.id, besides=own_id) >= event.capacity):
        return "waiting"
    return status


def register_for_event(desk: Desk, *, event_id: str, values: Mapping[str, Any]) -> RegistrationSaved:
    """Register a contact person (``contact_id``) or a walk-in (``name``, ``email``) for an event.

    ``status`` defaults to registered (the waiting list when the event is full) and
    ``registered_on`` to today. Refused: an archived or cancelled event, an unknown contact,
    a person registered already, a walk-in without a name.
    """
    raw = dict(values)
    raw.setdefault("registered_on", clock.today())
    cleaned = clean(REGISTRATION_FIELDS, raw, complete=True)
    with desk.database.session() as session:
        event = bookable_event(session, event_id)
        writer = ChangeWriter(session, desk)
        record = add_registration(session, writer, event, cleaned)
        moved = rebalance(session, writer, event)
        return _saved(writer, record, moved)


def bookable_event(session: Session, event_id: str) -> Event:
    """The live event people may register for (``NotFound``; refused when cancelled), locked
    for the booking (:func:`lock_event`)."""
    lock_event(session, event_id)
    event: Event = load(session, Event, event_id)
    if event.status == "cancelled":
        raise _refuse("event_id", translate("Validation", "the event is cancelled: nobody can register for it"))
    return event


def add_registration(session: Session, writer: ChangeWriter, event: Event, cleaned: dict[str, Any]) -> Registration:
    """One registration of cleaned values within *writer*'s action (the waiting list when the
    event is full); the caller rebalances once its action is complete."""
    _check_person(session, event.id, cleaned, None)
    contact = session.get(ContactPerson, cleaned["contact_id"]) if cleaned.get("contact_id") else None
    values = {**cleaned, "status": _place_status(session, event, cleaned["status"], None)}
    record = Registration(event_id=event.id, initiative_id=contact.initiative_id if contact else None)
    writer.create(record, values)
    session.flush()
    return record


def _change(session: Session, writer: ChangeWriter, record: Registration, cleaned: dict[str, Any]) -> list[str]:
    event: Event = lock_event(session, record.event_id)  # type: ignore[assignment]
    values = dict(cleaned)
    if record.status == "cancelled" and values.get("status", "cancelled") != "cancelled":
        _check_again(session, record)  # the person may have registered anew since cancelling
    if "contact_id" in values or "name" in values or "email" in values:
        person = {"contact_id": values.get("contact_id", record.contact_id), "name": values.get("name", record.name),
                  "email": values.get("email", record.email)}
        if values.get("contact_id"):  # linked to a contact person: their record holds the name
            person["name"] = person["email"] = ""
            values.update(name="", email="")
        _check_person(session, record.event_id, person, record.id)
        contact = session.get(ContactPerson, person["contact_id"]) if person["contact_id"] else None
        values["initiative_id"] = contact.initiative_id if contact else None
    if "status" in values and values["status"] != record.status:
        values["status"] = _place_status(session, event, values["status"], record.id)
    writer.update(record, values)
    return rebalance(session, writer, event)


def _check_again(session: Session, record: Registration) -> None:
    """A cancelled or archived registration taken up again: refused when its person has another
    live one for the event by now (registered anew), as a new registration would be."""
    _check_person(session, record.event_id,
                  {"contact_id": record.contact_id, "name": record.name, "email": record.email}, record.id)


def update_registration(desk: Desk, *, registration_id: str, changes: Mapping[str, Any],
                        expected_version: int | None = None) -> RegistrationSaved:
    """Change a registration (its status, a walk-in's name or e-mail, the contact it is for);
    a cancellation moves the first person waiting up, in the same batch."""
    cleaned = clean(REGISTRATION_FIELDS, changes, complete=False)
    with desk.database.session() as session:
        record: Registration = load(session, Registration, registration_id, expected_version=expected_version)
        writer = ChangeWriter(session, desk)
        moved = _change(session, writer, record, cleaned)
        return _saved(writer, record, moved)


def set_registration_status(desk: Desk, *, registration_ids: Sequence[str], status: str) -> list[RegistrationSaved]:
    """Set the status of several registrations at once (attendance marked from the event's
    page), as one undoable action; all or nothing (``NotFound`` for an unknown id)."""
    cleaned = clean(REGISTRATION_FIELDS, {"status": status}, complete=False)
    with desk.database.session() as session:
        writer = ChangeWriter(session, desk)
        saved: list[tuple[Registration, list[str]]] = []
        records: list[Registration] = [load(session, Registration, registration_id)
                                       for registration_id in dict.fromkeys(registration_ids)]
        for event_id in sorted({record.event_id for record in records}):  # in one order: no deadlock
            lock_event(session, event_id)
        for record in records:
            saved.append((record, _change(session, writer, record, cleaned)))
        return [_saved(writer, record, moved) for record, moved in saved]


def cancel_registration(desk: Desk, *, registration_id: str) -> RegistrationSaved:
    """Cancel a registration; the first person waiting gets the place (same batch)."""
    return update_registration(desk, registration_id=registration_id, changes={"status": "cancelled"})


def _set_archived(desk: Desk, registration_id: str, *, archived: bool) -> RegistrationSaved:
    with desk.database.session() as session:
        record: Registration = load(session, Registration, registration_id, live=archived)
        lock_event(session, record.event_id)
        writer = ChangeWriter(session, desk)
        if archived:
            writer.archive(record)
        else:
            event: Event = load(session, Event, record.event_id, live=False)
            if record.status != "cancelled":
                _check_again(session, record)
            writer.restore(record)
            if record.status == "registered":
                writer.update(record, {"status": _place_status(session, event, "registered", record.id)})
        moved = rebalance(session, writer, session.get(Event, record.event_id))  # type: ignore[arg-type]
        return _saved(writer, record, moved)


def archive_registration(desk: Desk, *, registration_id: str) -> RegistrationSaved:
    """Archive (never delete) a registration made by mistake; its place goes to the first waiting."""
    return _set_archived(desk, registration_id, archived=True)


def restore_registration(desk: Desk, *, registration_id: str) -> RegistrationSaved:
    """Bring an archived registration back (on the waiting list if its place has gone)."""
    return _set_archived(desk, registration_id, archived=False)


def get_registration(desk: Desk, *, registration_id: str) -> RegistrationRow:
    """One registration (archived ones too), for its editor."""
    with desk.database.session() as session:
        record: Registration = load(session, Registration, registration_id, live=False)
        event = session.get(Event, record.event_id)
        contact = session.get(ContactPerson, record.contact_id) if record.contact_id else None
        initiative = session.get(Initiative, record.initiative_id) if record.initiative_id else None
        return registration_row(record, event.title if event else "", event.starts_on if event else None,
                                contact.name if contact else None, contact.email if contact else None,
                                initiative.name if initiative else None)


def list_registrations(desk: Desk, *, query: ListQuery, count: bool = True) -> Page[RegistrationRow]:
    """One page of the registrations list (one event's with ``query.event_id``)."""
    return list_page(desk, REGISTRATIONS, query,
                     lambda row: registration_row(row[0], row[1], row[2], row[3], row[4], row[5],
                                                  REGISTRATIONS.computed_values(row)), count=count)
