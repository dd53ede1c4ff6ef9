"""Registrations as personal data (GDPR): erasing a walk-in, and how long attendance is kept.

A contact person's registrations hold nothing personal of their own (the name and e-mail are
the contact's): erasing the contact (:mod:`fourthpillar.services.erasure`) covers them, and a
walk-in registered under the person's own name or e-mail is redacted with them. A walk-in is
known only by the name and e-mail on the registration: :func:`erase_walk_ins` replaces both,
in the record and in its history, and redacts them wherever they were typed into free text.
The new values are ordinary logged changes, so sync carries them to other copies (which still
hold the old values in their own history until erased there too: a walk-in has no erasure
marker of its own, unlike a contact person).

Attendance is kept for :data:`ATTENDANCE_YEARS` years after the event (the office's retention
rule): :func:`registrations_past_retention` lists the registrations of older events, and
:func:`forget_registrations` archives them, erasing walk-ins, as the retention review offers.
Unlike an erasure request, which covers every registration under the walk-in's name or e-mail
(the officer is shown them first), the clean-up forgets only those registrations: no request
says a later one is the same person, and its attendance is still kept. For the same reason it
leaves in free text a name or e-mail that a kept registration or contact person still has.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar import clock
from fourthpillar.i18n import translate
from fourthpillar.jobs import IsCancelled
from fourthpillar.jobs import Progress
from fourthpillar.jobs import never_cancelled
from fourthpillar.jobs import no_progress
from fourthpillar.jobs import stop_if_cancelled
from fourthpillar.services import backups
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.changes import encode_value
from fourthpillar.services.changes import stored_value
from fourthpillar.services.desk import Desk
from fourthpillar.services.erasure import ERASED_NAME
from fourthpillar.services.erasure import FREE_TEXT
from fourthpillar.services.erasure import MIN_LENGTH
from fourthpillar.services.erasure import REDACTED
from fourthpillar.services.erasure import ErasureResult
from fourthpillar.services.erasure import Mention
from fourthpillar.services.erasure import blank_creations
from fourthpillar.services.erasure import flush_erased_pages
from fourthpillar.services.erasure import mentions_of
from fourthpillar.services.erasure import purge_search_index
from fourthpillar.services.erasure import redact
from fourthpillar.services.erasure import scrub_history
from fourthpillar.services.erasure import secure_delete
from fourthpillar.services.free_text import NEEDLES_PER_STATEMENT
from fourthpillar.services.free_text import ROWS_PER_READ
from fourthpillar.services.free_text import folded
from fourthpillar.store.errors import KnownError
from fourthpillar.store.errors import NotFound
from fourthpillar.store.models import ENTITY_NAMES
from fourthpillar.store.models import Change
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Event
from fourthpillar.store.models import Registration
from fourthpillar.store.tables import chunks

#: How long attendance is kept after the event, in years.
ATTENDANCE_YEARS = 5
#: What a walk-in's erasure leaves of their name and e-mail.
ERASED_WALK_IN = {"name": ERASED_NAME, "email": ""}


@dataclass(frozen=True)
class WalkInErasure(ErasureResult):
    registration_ids: list[str]


@dataclass(frozen=True)
class Forgotten:
    """What a retention clean-up did: one action (its archiving can be undone)."""

    batch_id: str
    forgotten_at: dt.datetime
    #: Backups made before it still hold the erased walk-ins (none when none was erased).
    backups_before: list[backups.BackupInfo]


@dataclass(frozen=True)
class PastRegistration:
    """A registration for an event held longer ago than attendance is kept."""

    id: str
    event_id: str
    event_title: str
    starts_on: dt.date
    #: The contact's name, or the walk-in's.
    person_name: str
    walk_in: bool

    @property
    def erasable(self) -> bool:
        """Whether the retention clean-up erases it (:func:`_erasable`)."""
        return _erasable(walk_in=self.walk_in, name=self.person_name)


def _erasable(*, walk_in: bool, name: str) -> bool:
    """Whether the retention clean-up erases a registration: a walk-in's (a contact person's
    name is the contact's, erased with them) not erased already."""
    return walk_in and name != ERASED_NAME


@dataclass(frozen=True)
class WalkIn:
    """Whose a registration is: a walk-in (``contact_id`` None) or a contact person's."""

    id: str
    name: str
    email: str
    contact_id: str | None


def find_registration(desk: Desk, *, registration_id: str) -> WalkIn | None:
    """The registration with this id, archived or not; None when there is none (so a command
    can tell a registration's id from a contact person's)."""
    with desk.database.session() as session:
        record = session.get(Registration, registration_id)
        return None if record is None else WalkIn(record.id, record.name, record.email, record.contact_id)


def plan_walk_in_erasure(desk: Desk, *, registration_ids: Iterable[str]) -> list[Mention]:
    """The free-text fields :func:`erase_walk_ins` would redact; writes nothing."""
    ids = list(dict.fromkeys(registration_ids))
    with desk.database.session() as session:
        return mentions_of(session, _needles(session, _load_all(session, ids, live=False)), besides=ids)


def _load_all(session: Session, ids: list[str], *, live: bool = True) -> list[Registration]:
    """The registrations, or ``NotFound`` for the first unknown id (as ``changes.load`` for each);
    read a few hundred at a time, once, as a retention clean-up names tens of thousands."""
    read = {record.id: record for chunk in chunks(ids)
            for record in session.scalars(select(Registration).where(Registration.id.in_(chunk)))}
    unknown = next((registration_id for registration_id in ids if registration_id not in read
                    or (live and read[registration_id].archived_at is not None)), None)
    if unknown is not None:
        raise NotFound(ENTITY_NAMES[Registration], unknown)
    return [read[registration_id] for registration_id in ids]


def _needles(session: Session, records: list[Registration]) -> list[str]:
    """Every name and e-mail ever recorded on these registrations, longest first."""
    values: set[str] = {value for record in records for value in (record.name, record.email)}
    for chunk in chunks([record.id for record in records]):  # a retention clean-up forgets tens of thousands
        for old, new in session.execute(select(Change.old_value, Change.new_value).where(
                Change.entity == "registration", Change.entity_id.in_(chunk), Change.field.in_(ERASED_WALK_IN))):
            values.update(str(stored_value(value) or "") for value in (old, new))
    found = {value.strip() for value in values}
    return sorted((value for value in found if len(value) >= MIN_LENGTH and value not in (ERASED_NAME, REDACTED)),
                  key=lambda value: (-len(value), value))


def _kept(session: Session, forgotten: set[str]) -> set[str]:
    """The current names and e-mails of the people the office keeps: live contact persons and
    the live registrations but *forgotten*; as a needle's key (``free_text.folded``: the free
    text is searched without regard to case, the needle as typed between its first and last letter)."""
    kept: set[str] = set()
    for model in (ContactPerson, Registration):
        for record_id, name, email in session.execute(
                select(model.id, model.name, model.email).where(model.archived_at.is_(None))
                .execution_options(yield_per=ROWS_PER_READ)):
            if record_id not in forgotten:
                kept.update(folded(str(value or "").strip()) for value in (name, email))
    return kept


class _Reading:
    """The free-text part of an erasure, worth *units* of its progress, spread over the *rows*
    its searches may read (a table read whole tells how many it read, every ``ROWS_PER_READ``)."""

    def __init__(self, step: Callable[[int], None], units: int, rows: int) -> None:
        self.step, self.units, self.rows = step, units, max(rows, 1)
        self.read = self.given = 0

    def __call__(self, count: int) -> None:
        self.read += count
        due = self.units * min(self.read, self.rows) // self.rows  # rows written meanwhile: never past the end
        self.step(due - self.given)  # also when nothing is due: where a Cancel is heard
        self.given = due

    def rest(self) -> None:
        """The units not given: fewer rows are read where the database picks them (a few needles)."""
        self.step(self.units - self.given)
        self.given = self.units


def _rows_searched(session: Session, other_walk_ins: bool) -> int:
    """The rows ``erasure.redact`` and ``erasure.scrub_history`` read at most: their tables and the history."""
    models = [model for model, _fields in FREE_TEXT if other_walk_ins or model is not Registration]
    counts = [select(func.count()).select_from(model) for model in models]
    return sum(session.scalar(count) or 0 for count in [*counts, select(func.count()).select_from(Change)])


def _erase(session: Session, writer: ChangeWriter, records: list[Registration],
           step: Callable[[int], None] = lambda count: None, *,
           other_walk_ins: bool = True) -> tuple[int, list[Mention]]:
    """Erase the walk-ins of *records*; ``step(count)`` after each part of the work, a few
    hundred walk-ins at a time (three times over: their values, their history, the free text,
    whose share goes as the rows are read).

    Without *other_walk_ins* (the retention clean-up) other registrations under their names keep
    them (``erasure.redact``), and a name or e-mail that is still a kept person's (:func:`_kept`)
    stays in the free text and the history: those mentions are as likely to be about them."""
    registration_ids = [record.id for record in records]
    needles = _needles(session, records)
    if not other_walk_ins:
        kept = _kept(session, set(registration_ids))
        needles = [needle for needle in needles if folded(needle) not in kept]
    for part in chunks(records):
        for record in part:
            writer.update(record, dict(ERASED_WALK_IN))
        session.flush()
        step(len(part))
    blanked = 0
    for chunk in chunks(registration_ids):
        for row in session.scalars(select(Change).where(
                Change.entity == "registration", Change.entity_id.in_(chunk), Change.field.in_(ERASED_WALK_IN))):
            assert row.field is not None
            replacement = encode_value(ERASED_WALK_IN[row.field])
            row.old_value = None if row.old_value is None else replacement
            row.new_value = None if row.new_value is None else replacement
            blanked += 1
        # A creation is one row holding every field (store.creations): the walk-in goes from it too.
        blanked += blank_creations(session, "registration", chunk, ERASED_WALK_IN)
        step(len(chunk))
    # Only the whole-table reads of many needles report rows (free_text.Needles.few): counting
    # the tables, the change log included, is worth it only then.
    many = len(needles) > NEEDLES_PER_STATEMENT
    reading = _Reading(step, len(records), _rows_searched(session, other_walk_ins) if many else 1)
    redacted = redact(session, writer, needles, besides=registration_ids, other_walk_ins=other_walk_ins,
                      read=reading)
    session.flush()
    # Another registration's history too: one renamed from the walk-in (a place handed over).
    scrubbed = scrub_history(session, needles, reading)
    session.flush()
    purge_search_index(session, {"registration", "event", *(item.entity for item in redacted)})
    reading.rest()
    return blanked + scrubbed, redacted


def erase_walk_ins(desk: Desk, *, registration_ids: Iterable[str]) -> WalkInErasure:
    """Erase walk-ins (GDPR): their name becomes ``[erased]``, their e-mail empty, in the records
    and their history, and the name and e-mail are redacted in free text; the registrations
    (and so the attendance counts) stay. One action; it cannot be undone.

    A registration of a contact person is refused (erase the contact person); ``NotFound`` for
    an unknown id. Nothing is written when one is refused.
    """
    ids = list(dict.fromkeys(registration_ids))
    with desk.database.session() as session:
        records = _load_all(session, ids, live=False)
        for record in records:
            if record.contact_id is not None:
                raise KnownError(translate("Privacy", "registration {id} is a contact person's: erase the contact "
                                                      "person instead").format(id=record.id))
        secure_delete(session)
        writer = ChangeWriter(session, desk)
        scrubbed, redacted = _erase(session, writer, records)
        moment, batch_id = writer.now, writer.batch_id
    flush_erased_pages(desk)
    return WalkInErasure(erased_at=moment, batch_id=batch_id, history_rows_scrubbed=scrubbed,
                         backups_before=backups.backups_before(desk, moment=moment), redacted=redacted,
                         registration_ids=ids)


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def registrations_past_retention(desk: Desk, *, years: int = ATTENDANCE_YEARS,
                                 today: dt.date | None = None) -> list[PastRegistration]:
    """Live registrations of events that started more than *years* ago (oldest first)."""
    if years < 1:
        raise KnownError(translate("Privacy", "the retention period must be at least one year"))
    cutoff = _years_before(today or clock.today(), years)
    with desk.database.session() as session:
        rows = session.execute(
            select(Registration, Event.title, Event.starts_on, ContactPerson.name)
            .join(Event, Registration.event_id == Event.id)
            .outerjoin(ContactPerson, Registration.contact_id == ContactPerson.id)
            .where(Registration.archived_at.is_(None), Event.starts_on < cutoff)
            .order_by(Event.starts_on, Registration.id)).all()
        return [PastRegistration(record.id, record.event_id, title, starts_on,
                                 record.name if record.contact_id is None else contact_name or "",
                                 record.contact_id is None)
                for record, title, starts_on, contact_name in rows]


def forget_registrations(desk: Desk, *, registration_ids: Iterable[str], progress: Progress = no_progress,
                         is_cancelled: IsCancelled = never_cancelled) -> Forgotten:
    """Retention: archive these registrations and erase the walk-ins among them, as one action
    (the archiving can be undone, the erasure not): its batch id, and the backups to offer to
    prune as after an erasure. Their names are
    redacted in free text and history, but another registration (of a recent event) keeps its
    walk-in's name and e-mail, be it the same person or a namesake; and a name or e-mail that is
    still a kept person's (a live registration's or contact person's) stays in free text too:
    the clean-up cannot tell whom a note is about.

    A long job (:mod:`fourthpillar.jobs`): a first clean-up forgets tens of thousands of
    walk-ins. Cancelled, it rolls the one transaction back: nothing is erased or archived."""
    ids = list(dict.fromkeys(registration_ids))
    with desk.database.session() as session:
        records = _load_all(session, ids)
        walk_ins = [record for record in records if _erasable(walk_in=record.contact_id is None, name=record.name)]
        writer = ChangeWriter(session, desk)
        done, total = 0, 3 * len(walk_ins) + len(records)

        def step(count: int) -> None:
            nonlocal done
            done += count
            progress(done, total)
            stop_if_cancelled(is_cancelled)

        progress(0, total)
        stop_if_cancelled(is_cancelled)
        if walk_ins:
            secure_delete(session)
            # Only these registrations: a later one under the same name is attendance still kept.
            _erase(session, writer, walk_ins, step, other_walk_ins=False)
        for chunk in chunks(records):
            for record in chunk:
                writer.archive(record)
            session.flush()
            step(len(chunk))
        batch_id, moment = writer.batch_id, writer.now
    if not walk_ins:
        return Forgotten(batch_id, moment, [])
    flush_erased_pages(desk)
    return Forgotten(batch_id, moment, backups.backups_before(desk, moment=moment))
