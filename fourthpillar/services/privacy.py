"""A contact person's rights (GDPR): access (export), erasure, and the retention review.

Erasure anonymises rather than deletes (the record stays, its personal data and every mention
of the person in free text go; details in :mod:`fourthpillar.services.erasure`). An ``erase``
row in the change log lets sync carry the erasure to other replicas, and :func:`is_erased` lets
a sync apply refuse incoming values for an erased person.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from sqlalchemy import Row
from sqlalchemy import func
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar import clock
from fourthpillar.export.data import Office
from fourthpillar.i18n import current_language
from fourthpillar.i18n import translate
from fourthpillar.services import backups
from fourthpillar.services import erasure
from fourthpillar.services.backups import prune_backups_before
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.changes import encode_value
from fourthpillar.services.changes import load
from fourthpillar.services.changes import stored_value
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import write_atomically
from fourthpillar.services.erasure import ERASE_OPERATION
from fourthpillar.services.erasure import ERASED_NAME
from fourthpillar.services.erasure import ERASED_VALUES
from fourthpillar.services.erasure import REDACTED
from fourthpillar.services.erasure import ErasureResult
from fourthpillar.services.erasure import Mention
from fourthpillar.services.erasure import PersonRecord
from fourthpillar.services.erasure import apply_erasure
from fourthpillar.services.erasure import find_person
from fourthpillar.services.erasure import flush_erased_pages
from fourthpillar.services.erasure import keep_erasures
from fourthpillar.services.erasure import purge_search_index
from fourthpillar.services.erasure import secure_delete
from fourthpillar.services.walk_ins import PastRegistration
from fourthpillar.services.walk_ins import registrations_past_retention
from fourthpillar.store.creations import created_fields
from fourthpillar.store.errors import KnownError
from fourthpillar.store.models import ENTITIES
from fourthpillar.store.models import ENTITY_NAMES
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import Change
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Event
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.models import Registration
from fourthpillar.store.models import new_id
from fourthpillar.store.models import utc_now

__all__ = [
    "ERASED_NAME", "ERASED_VALUES", "ERASE_OPERATION", "REDACTED", "ContactWithoutConsent", "Erasure",
    "ErasurePlan", "ExportFailed", "InactiveInitiative", "Mention", "PersonExport", "PersonRecord",
    "RetentionReview", "apply_erasure", "archive_initiatives", "erase_people", "erase_person", "export_person",
    "export_walk_in", "find_person", "flush_erased_pages", "is_erased", "keep_erasures", "plan_erasure",
    "prune_backups_before", "purge_search_index", "retention_review", "secure_delete",
]

#: Request fields never shown outside the office, not even to the person.
INTERNAL_FIELDS = frozenset({"internal_note"})
_REQUEST_EXPORT_FIELDS = ("received_on", "channel", "topics", "question", "status", "due_on",
                          "answered_on", "advice", "minutes_spent")
_FOLLOW_UP_EXPORT_FIELDS = ("action", "due_on", "done_on", "outcome")


class ExportFailed(KnownError):
    """The person's files could not be written where asked."""


@dataclass(frozen=True)
class PersonExport:
    json_path: Path
    pdf_path: Path
    requests: int
    history_entries: int


@dataclass(frozen=True)
class Erasure(ErasureResult):
    contact_id: str


@dataclass(frozen=True)
class InactiveInitiative:
    id: str
    name: str
    municipality: str
    #: The latest change, request or follow-up; None if nothing is recorded at all.
    last_activity: dt.date | None


@dataclass(frozen=True)
class ContactWithoutConsent:
    id: str
    name: str
    initiative_id: str
    initiative_name: str


@dataclass(frozen=True)
class RetentionReview:
    years: int
    cutoff: dt.date
    inactive_initiatives: list[InactiveInitiative]
    contacts_without_consent: list[ContactWithoutConsent]
    #: Registrations of events held longer ago than attendance is kept (``walk_ins.ATTENDANCE_YEARS``,
    #: whatever *years* says): to archive, and erase the walk-ins (``walk_ins.forget_registrations``).
    past_registrations: list[PastRegistration] = field(default_factory=list)


# --- access ---------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _gather(session: Session, contact: ContactPerson) -> dict[str, Any]:
    initiative = session.get(Initiative, contact.initiative_id)
    requests = session.scalars(
        select(AdviceRequest).where(AdviceRequest.contact_id == contact.id).order_by(AdviceRequest.received_on)
    ).all()
    request_ids = [request.id for request in requests]
    follow_ups = session.scalars(
        select(FollowUp).where(FollowUp.request_id.in_(request_ids)).order_by(FollowUp.due_on)
    ).all() if request_ids else []
    registrations = session.execute(
        select(Registration, Event).join(Event, Registration.event_id == Event.id)
        .where(Registration.contact_id == contact.id).order_by(Event.starts_on, Registration.id)).all()
    registration_ids = [registration.id for registration, _event in registrations]
    mentions_id = encode_value(contact.id)
    history = session.execute(
        select(Change, Officer.name)
        .outerjoin(Officer, Change.officer_id == Officer.id)
        .where(or_(
            (Change.entity == "contact") & (Change.entity_id == contact.id),
            (Change.entity == "request") & Change.entity_id.in_(request_ids)
            & (Change.field.is_(None) | Change.field.not_in(INTERNAL_FIELDS)),
            (Change.entity == "registration") & Change.entity_id.in_(registration_ids),
            (Change.field == "contact_id") & or_(Change.old_value == mentions_id, Change.new_value == mentions_id),
        ))
        .order_by(Change.changed_at, Change.id)
    ).all()
    return {
        "exported_at": utc_now().isoformat(timespec="seconds"),
        "contact": {
            "id": contact.id,
            **{name: _plain(value) for name, value in contact.field_values().items()},
            "created_at": _plain(contact.created_at),
            "updated_at": _plain(contact.updated_at),
            "archived_at": _plain(contact.archived_at),
        },
        "initiative": {"id": contact.initiative_id, "name": initiative.name if initiative else ""},
        "requests": [
            {"id": request.id, **{name: _plain(getattr(request, name)) for name in _REQUEST_EXPORT_FIELDS},
             "archived": request.archived_at is not None,
             "follow_ups": [
                 {"id": item.id, **{name: _plain(getattr(item, name)) for name in _FOLLOW_UP_EXPORT_FIELDS}}
                 for item in follow_ups if item.request_id == request.id and item.archived_at is None
             ]}
            for request in requests
        ],
        "registrations": [_registration_entry(registration, event) for registration, event in registrations],
        "history": _history_entries(history),
    }


def _registration_entry(registration: Registration, event: Event) -> dict[str, Any]:
    return {"id": registration.id, "event": event.title, "kind": event.kind, "starts_on": _plain(event.starts_on),
            "place": event.place, "status": registration.status,
            "registered_on": _plain(registration.registered_on), "archived": registration.archived_at is not None}


def _history_entries(history: Iterable[Row[Change, str]]) -> list[dict[str, Any]]:
    """The person's history as the export lists it: who changed what, a line per field."""
    return [
        {"changed_at": _plain(change.changed_at), "entity": change.entity, "record_id": change.entity_id,
         "operation": change.operation, "field": field, "old_value": stored_value(old),
         "new_value": stored_value(new), "changed_by": officer_name or ""}
        for change, officer_name in history
        for field, old, new in _history_lines(change)
    ]


def _history_lines(change: Change) -> list[tuple[str | None, str | None, str | None]]:
    """(field, old, new) of *change*: a creation as the record's line and one per field it filled
    in (store.creations), as the history shows it, a request's internal fields left out as ever;
    any other change as it is."""
    model = ENTITIES.get(change.entity)
    if change.operation != "create" or change.field is not None or model is None:
        return [(change.field, change.old_value, change.new_value)]
    hidden = INTERNAL_FIELDS if change.entity == "request" else ()
    return [(None, None, None)] + [(name, None, encoded)
                                   for name, encoded in created_fields(model.FIELDS, change.new_value).items()
                                   if name not in hidden]


def _gather_walk_in(session: Session, walk_in: Registration) -> dict[str, Any]:
    """A walk-in's data in the shape of :func:`_gather`'s: the name and e-mail on the registration,
    the event, and the registration's history. A walk-in is one registration: the same name or
    e-mail on another one is not known to be the same person."""
    event = session.get(Event, walk_in.event_id)
    history = session.execute(
        select(Change, Officer.name).outerjoin(Officer, Change.officer_id == Officer.id)
        .where(Change.entity == "registration", Change.entity_id == walk_in.id)
        .order_by(Change.changed_at, Change.id)).all()
    return {
        "exported_at": utc_now().isoformat(timespec="seconds"),
        "contact": {"id": walk_in.id, "name": walk_in.name, "email": walk_in.email,
                    "created_at": _plain(walk_in.created_at), "updated_at": _plain(walk_in.updated_at),
                    "archived_at": _plain(walk_in.archived_at)},
        "initiative": {"id": None, "name": ""},
        "requests": [],
        "registrations": [] if event is None else [_registration_entry(walk_in, event)],
        "history": _history_entries(history),
    }


def export_person(desk: Desk, *, contact_id: str, out_dir: str | Path) -> PersonExport:
    """Everything held about a contact person, as ``person-<id>.json`` and ``.pdf`` in *out_dir*.

    Internal notes are left out: the files are meant for the person.
    """
    with desk.database.session() as session:
        contact: ContactPerson = load(session, ContactPerson, contact_id, live=False)
        data = _gather(session, contact)
    return _write_export(desk, data, contact_id, out_dir)


def export_walk_in(desk: Desk, *, registration_id: str, out_dir: str | Path) -> PersonExport:
    """What is held about a walk-in (a registration without a contact person), in the files and
    format of :func:`export_person`; a contact person's registration is refused (export the contact)."""
    with desk.database.session() as session:
        walk_in: Registration = load(session, Registration, registration_id, live=False)
        if walk_in.contact_id is not None:
            raise KnownError(translate("Privacy", "registration {id} is a contact person's: export contact {contact} "
                                                  "instead").format(id=registration_id, contact=walk_in.contact_id))
        data = _gather_walk_in(session, walk_in)
    return _write_export(desk, data, registration_id, out_dir)


def _write_export(desk: Desk, data: dict[str, Any], record_id: str, out_dir: str | Path) -> PersonExport:
    # Deferred: the PDF library costs the app's start (this module comes in with sync) a tenth of a second.
    from fourthpillar.export.pdf.person import write_person_data

    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise ExportFailed(translate("Privacy", "{path} is a file, not a folder").format(path=folder))
    # The PDF goes to the person: in their preferred language, else the officer's.
    pdf = io.BytesIO()
    write_person_data(pdf, data, office=Office.from_config(desk.config),
                      language=str(data["contact"].get("language") or current_language()))
    json_path, pdf_path = folder / f"person-{record_id}.json", folder / f"person-{record_id}.pdf"
    try:
        write_atomically(json_path, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
        write_atomically(pdf_path, pdf.getvalue())
    except OSError as error:
        raise ExportFailed(translate("Privacy", "the person's files could not be written to {folder}: {error}").format(
            folder=folder, error=error.strerror or error)) from error
    return PersonExport(json_path, pdf_path, len(data["requests"]), len(data["history"]))


# --- erasure (the work itself is in services.erasure) ----------------------------------------


@dataclass(frozen=True)
class ErasurePlan:
    """What an erasure will remove, shown to the officer before it happens."""

    #: (contact id, the name as it is now) of each person.
    people: list[tuple[str, str]]
    #: Free-text fields elsewhere that hold one of their names, e-mails or phones: to be redacted.
    redactions: list[Mention]


def plan_erasure(desk: Desk, *, contact_ids: Iterable[str]) -> ErasurePlan:
    """The people and the free-text fields :func:`erase_people` would change; writes nothing.

    :class:`~fourthpillar.store.errors.NotFound` names an unknown id.
    """
    ids = list(dict.fromkeys(contact_ids))
    with desk.database.session() as session:
        people = [(contact.id, contact.name) for contact in
                  (load(session, ContactPerson, contact_id, live=False) for contact_id in ids)]
        redactions: list[Mention] = []
        for contact_id in ids:
            needles = erasure.needles_of(session, [contact_id])
            redactions += [item for item in erasure.mentions_of(session, needles, besides=ids)
                           if item not in redactions]
    return ErasurePlan(people, redactions)


def is_erased(session: Session, *, contact_id: str) -> bool:
    """True once an erasure of this person is recorded: sync must not bring their data back."""
    return session.scalar(select(func.count()).select_from(Change).where(
        Change.entity == ENTITY_NAMES[ContactPerson], Change.entity_id == contact_id,
        Change.operation == ERASE_OPERATION,
    )) != 0


def erase_people(desk: Desk, *, contact_ids: Iterable[str]) -> list[Erasure]:
    """Erase several people as one action (one transaction, one batch); unknown ids change nothing."""
    ids = list(dict.fromkeys(contact_ids))
    batch_id = new_id()
    moment = utc_now()
    results: list[tuple[str, int, list[Mention]]] = []
    with desk.database.session() as session:
        for contact_id in ids:  # every id known before anything is written
            load(session, ContactPerson, contact_id, live=False)
        secure_delete(session)
        for contact_id in ids:
            scrubbed, redacted = apply_erasure(session, desk, contact_id=contact_id, batch_id=batch_id, now=moment)
            results.append((contact_id, scrubbed, redacted))
    erasure.remember(desk, ids)
    flush_erased_pages(desk)
    before = backups.backups_before(desk, moment=moment)
    return [Erasure(erased_at=moment, batch_id=batch_id, history_rows_scrubbed=scrubbed, backups_before=before,
                    redacted=redacted, contact_id=contact_id)
            for contact_id, scrubbed, redacted in results]


def erase_person(desk: Desk, *, contact_id: str) -> Erasure:
    """Remove the person's name, role, e-mail and phone from the record and its history, and
    redact them in free text; keep the record.

    :class:`~fourthpillar.store.errors.NotFound` for an unknown id. Cannot be undone.
    """
    return erase_people(desk, contact_ids=[contact_id])[0]


# --- retention ------------------------------------------------------------------------------


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _as_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        # A stored moment is UTC: the officer's calendar day is the local one (00:30 in Brussels
        # on 1 January is still 31 December in UTC).
        return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone().date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def retention_review(desk: Desk, *, years: int = 5, today: dt.date | None = None) -> RetentionReview:
    """Live initiatives with no change, request or follow-up for *years*, and contacts without consent."""
    if years < 1:
        raise KnownError(translate("Privacy", "the retention period must be at least one year"))
    cutoff = _years_before(today or clock.today(), years)
    latest: dict[str, dt.date] = {}

    def note(initiative_id: str, value: Any) -> None:
        day = _as_date(value)
        if day is not None and (initiative_id not in latest or day > latest[initiative_id]):
            latest[initiative_id] = day

    with desk.database.session() as session:
        children: list[tuple[str, Any]] = [
            ("initiative", Initiative.id), ("contact", ContactPerson.initiative_id),
            ("request", AdviceRequest.initiative_id), ("follow_up", FollowUp.initiative_id),
            ("registration", Registration.initiative_id),
        ]
        for entity, owner in children:
            model = owner.class_
            statement = (select(owner, func.max(Change.changed_at))
                         .join(Change, (Change.entity == entity) & (Change.entity_id == model.id))
                         .group_by(owner))
            for initiative_id, moment in session.execute(statement):
                if initiative_id is not None:  # a walk-in's registration
                    note(initiative_id, moment)
        for initiative_id, received in session.execute(
                select(AdviceRequest.initiative_id, func.max(AdviceRequest.received_on))
                .group_by(AdviceRequest.initiative_id)):
            note(initiative_id, received)
        for initiative_id, done in session.execute(
                select(FollowUp.initiative_id, func.max(FollowUp.done_on)).group_by(FollowUp.initiative_id)):
            note(initiative_id, done)
        initiatives = session.execute(
            select(Initiative.id, Initiative.name, Initiative.municipality)
            .where(Initiative.archived_at.is_(None)).order_by(Initiative.name_key)
        ).all()
        inactive = [InactiveInitiative(id_, name, municipality, latest.get(id_))
                    for id_, name, municipality in initiatives
                    if latest.get(id_) is None or latest[id_] < cutoff]
        without_consent = [
            ContactWithoutConsent(id_, name, initiative_id, initiative_name)
            for id_, name, initiative_id, initiative_name in session.execute(
                select(ContactPerson.id, ContactPerson.name, ContactPerson.initiative_id, Initiative.name)
                .join(Initiative, Initiative.id == ContactPerson.initiative_id)
                .where(ContactPerson.archived_at.is_(None), ContactPerson.consent_date.is_(None),
                       ContactPerson.name != ERASED_NAME)
                .order_by(Initiative.name_key, ContactPerson.name)
            )
        ]
    return RetentionReview(years, cutoff, inactive, without_consent,
                           registrations_past_retention(desk, today=today))


def archive_initiatives(desk: Desk, *, initiative_ids: Iterable[str]) -> str:
    """Archive several initiatives as one action (undoable as one); returns its batch id."""
    with desk.database.session() as session:
        writer = ChangeWriter(session, desk)
        for initiative_id in dict.fromkeys(initiative_ids):
            writer.archive(load(session, Initiative, initiative_id))
        return writer.batch_id
