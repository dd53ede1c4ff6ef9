"""An event's documents: the sign-in sheet, the participants spreadsheet, attendance
certificates and the calendar file (issue 18)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar import i18n
from fourthpillar.domain.vocab import EVENT_KINDS
from fourthpillar.domain.vocab import PROVINCES
from fourthpillar.domain.vocab import REGISTRATION_STATUSES
from fourthpillar.domain.vocab import TOPICS
from fourthpillar.export.atomic import atomic_output
from fourthpillar.export.atomic import check_target
from fourthpillar.export.data import AttendanceCertificate
from fourthpillar.export.data import EventFacts
from fourthpillar.export.data import SignInRow
from fourthpillar.export.ical import CalendarEvent
from fourthpillar.export.ical import event_calendar_text
from fourthpillar.export.pdf.events import write_certificate
from fourthpillar.export.pdf.events import write_sign_in_sheet
from fourthpillar.export.xlsx.workbook import Column
from fourthpillar.export.xlsx.workbook import WorkbookWriter
from fourthpillar.i18n import translate
from fourthpillar.services.changes import load
from fourthpillar.services.desk import Desk
from fourthpillar.services.erasure import ERASED_NAME
from fourthpillar.services.exports.common import ExportResult
from fourthpillar.services.exports.common import PathLike
from fourthpillar.services.exports.common import office
from fourthpillar.store.errors import KnownError
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Event
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Officer
from fourthpillar.store.models import Registration
from fourthpillar.store.models import utc_now
from fourthpillar.store.search import fold

#: Who is expected in the room: the sign-in sheet lists them.
EXPECTED_STATUSES = ("registered", "attended")


def _when(event: Event) -> str:
    """"10 March 2026, 19:00–21:30" (or from one day to another) in the current language."""
    first = i18n.format_long_date(event.starts_on)
    days = first if not event.ends_on or event.ends_on == event.starts_on else \
        f"{first} – {i18n.format_long_date(event.ends_on)}"
    times = "–".join(time for time in (event.start_time, event.end_time) if time)
    return f"{days}, {times}" if times else days


def _facts(event: Event) -> EventFacts:
    return EventFacts(title=event.title, kind=EVENT_KINDS.label(event.kind), when=_when(event), place=event.place,
                      trainers=event.trainers, topics=[TOPICS.label(code) for code in event.topics])


def _people(session: Session, event_id: str, statuses: tuple[str, ...] | None = None,
            ) -> list[tuple[Registration, ContactPerson | None, Initiative | None]]:
    """The event's live registrations (in *statuses*), by name."""
    statement = (select(Registration, ContactPerson, Initiative)
                 .outerjoin(ContactPerson, Registration.contact_id == ContactPerson.id)
                 .outerjoin(Initiative, Registration.initiative_id == Initiative.id)
                 .where(Registration.event_id == event_id, Registration.archived_at.is_(None)))
    if statuses is not None:
        statement = statement.where(Registration.status.in_(statuses))
    rows = [(registration, contact, initiative) for registration, contact, initiative in session.execute(statement)]
    return sorted(rows, key=lambda row: (fold(row[1].name if row[1] else row[0].name), row[0].id))


def _name(registration: Registration, contact: ContactPerson | None) -> str:
    return contact.name if contact is not None else registration.name


def export_sign_in_sheet(desk: Desk, *, event_id: str, path: PathLike, overwrite: bool = False,
                         today: dt.date | None = None) -> ExportResult:
    """The sign-in sheet PDF: the names and initiatives of those registered (or present), a
    signature column and empty lines for walk-ins; no e-mail or phone."""
    target = Path(path)
    check_target(target, overwrite=overwrite)
    with desk.database.session() as session:
        event: Event = load(session, Event, event_id, live=False)
        facts = _facts(event)
        rows = [SignInRow(_name(registration, contact), initiative.name if initiative else "")
                for registration, contact, initiative in _people(session, event_id, EXPECTED_STATUSES)]
    with atomic_output(target, overwrite=overwrite) as temporary, temporary.open("wb") as file:
        write_sign_in_sheet(file, facts, rows, office=office(desk), today=today)
    return ExportResult(target, len(rows))


def export_participants(desk: Desk, *, event_id: str, path: PathLike, overwrite: bool = False) -> ExportResult:
    """Every live registration of the event as a spreadsheet (for the organiser: e-mail and
    phone included), text neutralised against formulas as in every export."""
    target = Path(path)
    check_target(target, overwrite=overwrite)
    writer = WorkbookWriter(title=translate("Export", "Participants"), author=office(desk).full_name)
    with writer:
        with desk.database.session() as session:
            event: Event = load(session, Event, event_id, live=False)
            sheet = writer.add_sheet(event.title, [
                Column(translate("Export", "Name"), "name"),
                Column(translate("Export", "Initiative"), "name"),
                Column(translate("Export", "Province"), "short"),
                Column(translate("Export", "E-mail"), "text", 30),
                Column(translate("Export", "Phone"), "short", 18),
                Column(translate("Export", "Status"), "short"),
                Column(translate("Export", "Registered on"), "date"),
                Column(translate("Export", "Walk-in"), "short", 9),
            ])
            yes, no = translate("Export", "yes"), translate("Export", "no")
            people = _people(session, event_id)
            for registration, contact, initiative in people:
                sheet.append([
                    _name(registration, contact), initiative.name if initiative else "",
                    PROVINCES.label(initiative.province) if initiative else "",
                    contact.email if contact is not None else registration.email,
                    contact.phone if contact is not None else "",
                    REGISTRATION_STATUSES.label(registration.status), registration.registered_on,
                    yes if contact is None else no,
                ])
        with atomic_output(target, overwrite=overwrite) as temporary:
            writer.save(temporary)
    return ExportResult(target, len(people), sheets=1)


def _certificate(session: Session, registration: Registration, contact: ContactPerson | None,
                 initiative: Initiative | None) -> tuple[AttendanceCertificate, str]:
    """A participant's certificate and its language (the contact's preferred one)."""
    event: Event = session.get(Event, registration.event_id)  # type: ignore[assignment]
    officer = session.get(Officer, event.officer_id) if event.officer_id else None
    language = contact.language if contact is not None and contact.language else i18n.current_language()
    with i18n.speaking(language):
        facts = _facts(event)
    return AttendanceCertificate(facts, _name(registration, contact), initiative.name if initiative else "",
                                 officer.name if officer else ""), language


class NotAttended(KnownError):
    """A certificate was asked for someone who did not attend."""


def export_attendance_certificate(desk: Desk, *, registration_id: str, path: PathLike, overwrite: bool = False,
                                  today: dt.date | None = None) -> ExportResult:
    """One participant's certificate of attendance (PDF, in their language); refused
    (:class:`NotAttended`) unless the registration says they attended."""
    target = Path(path)
    check_target(target, overwrite=overwrite)
    with desk.database.session() as session:
        registration: Registration = load(session, Registration, registration_id)
        if registration.status != "attended":
            raise NotAttended(translate("Export", "registration {id} did not attend: only participants who "
                                                  "attended get a certificate").format(id=registration_id))
        contact = session.get(ContactPerson, registration.contact_id) if registration.contact_id else None
        if _name(registration, contact) == ERASED_NAME:
            raise NotAttended(translate("Export", "registration {id} is of a person whose data was erased: no "
                                                  "certificate is made for them").format(id=registration_id))
        initiative = session.get(Initiative, registration.initiative_id) if registration.initiative_id else None
        certificate, language = _certificate(session, registration, contact, initiative)
    with atomic_output(target, overwrite=overwrite) as temporary, temporary.open("wb") as file:
        write_certificate(file, certificate, office=office(desk), language=language, today=today)
    return ExportResult(target, 1)


def export_attendance_certificates(desk: Desk, *, event_id: str, folder: PathLike, overwrite: bool = False,
                                   today: dt.date | None = None) -> list[ExportResult]:
    """A certificate per participant who attended, ``certificate-<registration id>.pdf`` in
    *folder* (ids, not names: a file name travels further than its content)."""
    target = Path(folder)
    with desk.database.session() as session:
        load(session, Event, event_id, live=False)
        made = [(registration.id, *_certificate(session, registration, contact, initiative))
                for registration, contact, initiative in _people(session, event_id, ("attended",))
                if _name(registration, contact) != ERASED_NAME]  # an erased person gets no certificate
    paths = [target / f"certificate-{registration_id}.pdf" for registration_id, _c, _l in made]
    for path in paths:
        check_target(path, overwrite=overwrite)
    results = []
    for path, (_id, certificate, language) in zip(paths, made, strict=True):
        buffer = io.BytesIO()
        write_certificate(buffer, certificate, office=office(desk), language=language, today=today)
        with atomic_output(path, overwrite=overwrite) as temporary:
            temporary.write_bytes(buffer.getvalue())
        results.append(ExportResult(path, 1))
    return results


def export_event_calendar(desk: Desk, *, event_id: str, path: PathLike, overwrite: bool = False) -> ExportResult:
    """The event as an ``.ics`` file (Outlook, Google Calendar, Thunderbird): its times in
    Brussels time, its place (an online link also as the entry's URL)."""
    target = Path(path)
    check_target(target, overwrite=overwrite)
    with desk.database.session() as session:
        event: Event = load(session, Event, event_id, live=False)
        facts = _facts(event)
        description = "\n".join(part for part in (
            facts.kind, ", ".join(facts.topics),
            translate("Export", "Trainers: {names}").format(names=facts.trainers) if facts.trainers else "")
            if part)
        entry = CalendarEvent(event.id, event.version, event.starts_on, event.start_time, event.ends_on,
                              event.end_time, event.title, description, event.place,
                              cancelled=event.status == "cancelled", updated_at=event.updated_at)
    with atomic_output(target, overwrite=overwrite) as temporary:
        temporary.write_bytes(event_calendar_text(entry, stamp=utc_now()).encode("utf-8"))
    return ExportResult(target, 1)
