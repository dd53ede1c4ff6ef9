"""Erasing a contact person (GDPR) completely, and keeping them erased.

The contact record stays (so request counts and statistics hold) with its name replaced by
``[erased]`` and role, e-mail and phone emptied, in the record and in its history. Every name,
e-mail address and phone number ever recorded for the person is then redacted wherever it was
typed into free text (notes, questions, advice, internal notes, follow-ups, other contacts'
roles) and in those fields' history, and the full-text index follows (its triggers, then a
merge of its segments). SQLite's ``secure_delete`` overwrites the old text in the file; on
PostgreSQL a VACUUM of the touched tables removes the old row versions.

Redacted text reads :data:`REDACTED`. It is stored data, read by officers of every language and
carried by sync to other copies, so it is a fixed, language-neutral mark, not a translated word.

An ``erase`` row in the change log carries the erasure to other replicas, and the erased ids
(ids only, no personal data) are also kept in ``erased-people.json`` in the data folder, outside
the database: :func:`keep_erasures` applies them again after a restore, a recovery or a sync,
so neither an old backup nor an old field copy brings a person back.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy import text
from sqlalchemy import update
from sqlalchemy.orm import Session

from fourthpillar.i18n import translate
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.changes import encode_value
from fourthpillar.services.changes import load
from fourthpillar.services.changes import stored_value
from fourthpillar.services.desk import Desk
from fourthpillar.services.desk import write_atomically
from fourthpillar.services.free_text import Needles
from fourthpillar.services.free_text import history_holding
from fourthpillar.services.free_text import like
from fourthpillar.services.free_text import no_reading
from fourthpillar.services.free_text import records_holding
from fourthpillar.services.free_text import texts_in
from fourthpillar.store.backup import BackupInfo
from fourthpillar.store.creations import EMPTY
from fourthpillar.store.errors import KnownError
from fourthpillar.store.models import ENTITY_NAMES
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import Change
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Event
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Record
from fourthpillar.store.models import Registration
from fourthpillar.store.models import new_id
from fourthpillar.store.models import utc_now
from fourthpillar.store.search import BORROWED
from fourthpillar.store.tables import chunks

ERASED_NAME = "[erased]"
#: The fields an erasure empties, with what they become.
ERASED_VALUES: dict[str, str] = {"name": ERASED_NAME, "role": "", "email": "", "phone": ""}
ERASE_OPERATION = "erase"
#: What replaces the person in free text (language-neutral: see the module's docstring).
REDACTED = "[…]"
#: The person's identifying values, looked for in free text.
PERSONAL_FIELDS = ("name", "email", "phone")
#: Shorter values (initials) would redact unrelated words.
MIN_LENGTH = 3
#: The free-text fields searched and redacted, per record type.
FREE_TEXT: tuple[tuple[type[Record], tuple[str, ...]], ...] = (
    (Initiative, ("notes",)),
    (ContactPerson, ("role",)),
    (AdviceRequest, ("question", "advice", "internal_note")),
    (FollowUp, ("action", "outcome")),
    # An event's notes; a walk-in registered under the person's own name or e-mail is them too.
    (Event, ("notes",)),
    (Registration, ("name", "email")),
)
#: A contact's free text (their role), redacted in another contact's creation row.
_CONTACT_TEXT = frozenset(next(fields for model, fields in FREE_TEXT if model is ContactPerson))
#: The tables an erasure rewrites (PostgreSQL VACUUMs them afterwards).
TOUCHED_TABLES = ("contact_person", "initiative", "advice_request", "follow_up", "event", "registration", "change",
                  "conflict")
#: The tables with a full-text index (FTS5 on SQLite).
SEARCHED_TABLES = ("initiative", "contact_person", "advice_request", "follow_up", "event", "registration")
REGISTER_FILE = "erased-people.json"
#: Change rows rewritten with one statement.
ROWS_PER_WRITE = 2_000


@dataclass(frozen=True)
class Mention:
    """A free-text field that holds the person: redacted by the erasure."""

    entity: str
    record_id: str
    field: str
    #: What the officer recognises the record by (its name, question or action), shortened.
    label: str = ""


@dataclass(frozen=True)
class ErasureResult:
    """What an erasure did, be it of a contact person or of walk-ins."""

    erased_at: dt.datetime
    batch_id: str
    #: History rows whose old/new value was blanked or redacted.
    history_rows_scrubbed: int
    #: Backups made before the erasure still hold the data: offer to prune them.
    backups_before: list[BackupInfo]
    #: Free-text fields elsewhere where the person was replaced by ``[…]``.
    redacted: list[Mention]


def _label(record: Record) -> str:
    for name in ("name", "question", "action", "title"):
        value = getattr(record, name, None)
        if isinstance(value, str) and value.strip():
            first = value.strip().splitlines()[0]
            return first if len(first) <= 60 else first[:59] + "…"
    return record.id


def needles_of(session: Session, contact_ids: Sequence[str]) -> list[str]:
    """Every name, e-mail and phone ever recorded for these people (the record and its history), longest first."""
    values: set[str] = set()
    for contact in session.scalars(select(ContactPerson).where(ContactPerson.id.in_(contact_ids))):
        values.update(str(getattr(contact, name) or "") for name in PERSONAL_FIELDS)
    rows = session.execute(select(Change.field, Change.old_value, Change.new_value).where(
        Change.entity == ENTITY_NAMES[ContactPerson], Change.entity_id.in_(contact_ids),
        or_(Change.field.in_(PERSONAL_FIELDS), Change.field.is_(None))))
    for field, old, new in rows:
        for encoded in (old, new):
            value = stored_value(encoded)
            if field is None and isinstance(value, dict):
                values.update(str(value.get(name) or "") for name in PERSONAL_FIELDS)
            elif field is not None:
                values.update(texts_in(value))
    found = {value.strip() for value in values}
    return sorted((value for value in found if len(value) >= MIN_LENGTH and value not in (ERASED_NAME, REDACTED)),
                  key=lambda value: (-len(value), value))


def _holding(session: Session, needles: Needles, left_out: set[str], other_walk_ins: bool = True,
             read: Callable[[int], None] = no_reading) -> list[tuple[Record, str]]:
    found: list[tuple[Record, str]] = []
    for model, fields in FREE_TEXT:
        if model is Registration and not other_walk_ins:
            continue
        for record, holding in records_holding(session, model, fields, needles, left_out, read):
            found.extend((record, field) for field in holding)
    return found


def holding(session: Session, needles: Sequence[str], *, besides: Iterable[str] = ()) -> list[tuple[Record, str]]:
    """The free-text fields (record, field) that hold one of *needles*; *besides*: contact ids left out."""
    return _holding(session, Needles(needles), set(besides)) if needles else []


def mentions_of(session: Session, needles: Sequence[str], *, besides: Iterable[str] = ()) -> list[Mention]:
    return [Mention(ENTITY_NAMES[type(record)], record.id, field, _label(record))
            for record, field in holding(session, needles, besides=besides)]


def redact(session: Session, writer: ChangeWriter, needles: Sequence[str], *, besides: Iterable[str] = (),
           other_walk_ins: bool = True, read: Callable[[int], None] = no_reading) -> list[Mention]:
    """Replace the person in free text, as logged edits (so sync carries the redacted text on);
    *read* hears of the rows read as for ``free_text.records_holding``.

    Without *other_walk_ins* the name and e-mail of a walk-in's registration are not free text:
    the retention clean-up forgets only the registrations it is given, and a later registration
    under the same name (the same person again, or a namesake) is attendance still kept."""
    if not needles:
        return []
    matcher = Needles(needles)
    redacted: list[Mention] = []
    for record, field in _holding(session, matcher, set(besides), other_walk_ins, read):
        writer.update(record, {field: matcher.sub(REDACTED, str(getattr(record, field)))})
        redacted.append(Mention(ENTITY_NAMES[type(record)], record.id, field, _label(record)))
    return redacted


def _scrubbed(value: Any, pattern: Needles) -> Any:
    if isinstance(value, str):
        return pattern.sub(REDACTED, value)
    if isinstance(value, dict):
        return {key: _scrubbed(item, pattern) for key, item in value.items()}
    if isinstance(value, list):
        return [_scrubbed(item, pattern) for item in value]
    return value


def blank_creations(session: Session, entity: str, record_ids: Sequence[str], erased: Mapping[str, str]) -> int:
    """The records' creation rows (one JSON object of its fields, store.creations) with the
    fields in *erased* blanked as an erasure leaves them; returns how many lines of history
    that blanked (one per field, as when each field had a row of its own)."""
    changed = 0
    for chunk in chunks(record_ids):  # a retention clean-up erases tens of thousands of walk-ins
        for row in session.scalars(select(Change).where(
                Change.entity == entity, Change.entity_id.in_(chunk),
                Change.operation == "create", Change.field.is_(None), Change.new_value.is_not(None))):
            payload = stored_value(row.new_value)
            if not isinstance(payload, dict):
                continue
            blanked = {**payload, **{name: value for name, value in erased.items() if name in payload}}
            if blanked != payload:
                row.new_value = encode_value(blanked)
            changed += sum(1 for name in erased if payload.get(name) not in EMPTY)
    return changed


def scrub_history(session: Session, needles: Sequence[str], read: Callable[[int], None] = no_reading) -> int:
    """Redact *needles* in every change row's old and new value; returns the rows changed.
    *read* hears of the rows read as for ``free_text.history_holding``."""
    if not needles:
        return 0
    pattern = Needles(needles)
    # Another contact's own name, e-mail and phone stay: two people may share a name. Their
    # creation (one row holding all their fields) loses the person in its free text only.
    others_details = (Change.entity == ENTITY_NAMES[ContactPerson]) & or_(
        Change.field.is_(None) & (Change.operation != "create"),
        Change.field.not_in([field for model, fields in FREE_TEXT if model is ContactPerson for field in fields]))
    scrubbed: list[dict[str, str | None]] = []
    for row in history_holding(session, pattern, ~others_details, read):
        contact_creation = row.entity == ENTITY_NAMES[ContactPerson] and row.field is None
        values = {"old_value": _redacted(row.old_value, pattern, contact_creation),
                  "new_value": _redacted(row.new_value, pattern, contact_creation)}
        if values != {"old_value": row.old_value, "new_value": row.new_value}:
            scrubbed.append({"id": row.id, **values})
    # Written back by id once read: the rows were read once, as plain values (free_text.history_holding).
    for part in chunks(scrubbed, ROWS_PER_WRITE):
        session.execute(update(Change), part)
    return len(scrubbed)


def _redacted(encoded: str | None, pattern: Needles, contact_creation: bool) -> str | None:
    """A change row's stored value with *pattern* redacted (in a contact's creation, only in
    their free text: another contact's own name, e-mail and phone stay)."""
    if encoded is None:
        return None
    try:
        value = json.loads(encoded)
    except ValueError:
        return encoded if contact_creation else pattern.sub(REDACTED, encoded)
    scrubbed = ({key: _scrubbed(item, pattern) if key in _CONTACT_TEXT else item
                 for key, item in value.items()} if contact_creation and isinstance(value, dict)
                else value if contact_creation else _scrubbed(value, pattern))
    return encoded if scrubbed == value else encode_value(scrubbed)


def purge_search_index(session: Session, tables: Iterable[str] = SEARCHED_TABLES) -> None:
    """Merge the full-text indexes of *tables* so erased words leave their older segments too
    (SQLite only; a merge costs time on a big register, so only the tables touched).

    A sync apply that carries out an erasure calls this (after ``secure_delete``) in its session.
    """
    if session.get_bind().dialect.name == "sqlite":
        for name in (table for table in SEARCHED_TABLES if table in set(tables)):
            session.execute(text(f"INSERT INTO {name}_fts({name}_fts) VALUES ('optimize')"))


def secure_delete(session: Session) -> None:
    """Make SQLite overwrite what this session deletes or replaces; call before an erasure's writes."""
    if session.get_bind().dialect.name == "sqlite":
        # Freed space (old cells, old index segments) is overwritten with zeros, not left behind.
        session.execute(text("PRAGMA secure_delete = ON"))


def flush_erased_pages(desk: Desk) -> None:
    """After an erasure is committed: leave no old copy of the data in the database's files.

    SQLite: copy the new pages over the old ones and empty the -wal file. PostgreSQL: VACUUM the
    touched tables, which removes the old row versions an UPDATE leaves behind (outside a
    transaction, as VACUUM requires). What the server's WAL and base backups keep is its
    administrator's matter (README, "Erasure on the shared database").
    """
    if desk.database.is_sqlite:
        with desk.database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    elif desk.database.engine.dialect.name == "postgresql":
        with desk.database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.exec_driver_sql("VACUUM " + ", ".join(f'"{name}"' for name in TOUCHED_TABLES))


def apply_erasure(session: Session, desk: Desk, *, contact_id: str, batch_id: str | None = None,
                  now: dt.datetime | None = None) -> tuple[int, list[Mention]]:
    """Erase one person within an open session (call :func:`secure_delete` first).

    Returns the number of history rows blanked or redacted and the free-text fields redacted.
    :class:`~fourthpillar.store.errors.NotFound` for an unknown id.
    """
    moment = now or utc_now()
    contact: ContactPerson = load(session, ContactPerson, contact_id, live=False)
    needles = needles_of(session, [contact_id])
    for name, value in ERASED_VALUES.items():
        setattr(contact, name, value)
    contact.updated_at = moment
    rows = session.scalars(select(Change).where(
        Change.entity == ENTITY_NAMES[ContactPerson], Change.entity_id == contact_id,
        Change.field.in_(ERASED_VALUES),
    )).all()
    for row in rows:
        assert row.field is not None
        replacement = encode_value(ERASED_VALUES[row.field])
        row.old_value = None if row.old_value is None else replacement
        row.new_value = None if row.new_value is None else replacement
    blanked = len(rows) + blank_creations(session, ENTITY_NAMES[ContactPerson], [contact_id], ERASED_VALUES)
    batch = batch_id or new_id()
    writer = ChangeWriter(session, desk, batch)
    writer.now = moment
    redacted = redact(session, writer, needles, besides=[contact_id])
    session.add(Change(
        batch_id=batch, entity=ENTITY_NAMES[ContactPerson], entity_id=contact_id,
        operation=ERASE_OPERATION, officer_id=desk.officer_id, replica_id=desk.replica_id, changed_at=moment,
    ))
    session.flush()
    scrubbed = scrub_history(session, needles)
    session.flush()
    tables = {model.__tablename__ for model in ENTITY_NAMES if ENTITY_NAMES[model] in
              {"contact", *(item.entity for item in redacted)}}
    # Rows hold words of the record they belong to in their own search entry (store.search.BORROWED:
    # a registration its contact person's, a request its initiative's): their index is purged too
    # when a row belongs to a record the erasure changed (a purge rewrites the whole index).
    changed = {(ENTITY_NAMES[ContactPerson], contact_id), *((item.entity, item.record_id) for item in redacted)}
    for child, (parent, column, _words) in BORROWED.items():
        ids = [record_id for entity, record_id in changed if entity == ENTITY_NAMES[parent]]
        if ids and session.scalar(select(child.id).where(getattr(child, column).in_(ids)).limit(1)) is not None:
            tables.add(child.__tablename__)
    purge_search_index(session, tables)
    return blanked + scrubbed, redacted


# --- the register of erased people -------------------------------------------------------------


def _register_path(desk: Desk) -> Path | None:
    return None if desk.data_dir is None else desk.data_dir / REGISTER_FILE


def read_register(data_dir: Path | None) -> set[str]:
    """The ids of people erased in this data folder (an unreadable file counts as none)."""
    if data_dir is None:
        return set()
    try:
        stored = json.loads((data_dir / REGISTER_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    ids = stored.get("contact_ids") if isinstance(stored, dict) else None
    return {item for item in ids if isinstance(item, str)} if isinstance(ids, list) else set()


def remember(desk: Desk, contact_ids: Iterable[str]) -> None:
    """Add *contact_ids* to the data folder's register of erased people (ids only)."""
    path = _register_path(desk)
    if path is None:
        return
    known = read_register(desk.data_dir)
    wanted = known | set(contact_ids)
    if wanted != known:
        payload = {"contact_ids": sorted(wanted)}
        write_atomically(path, json.dumps(payload, indent=1).encode("utf-8"))


def erased_in_log(session: Session, among: Iterable[str] | None = None) -> set[str]:
    """The people whose erasure the change log records (only those *among* these ids, if given)."""
    condition = (Change.entity == ENTITY_NAMES[ContactPerson]) & (Change.operation == ERASE_OPERATION)
    if among is None:
        return set(session.scalars(select(Change.entity_id).where(condition)))
    found = set[str]()
    for chunk in chunks(sorted(among)):
        found.update(session.scalars(select(Change.entity_id).where(condition, Change.entity_id.in_(chunk))))
    return found


def keep_erasures(desk: Desk, *, whole_log: bool = True) -> list[str]:
    """Erase again everyone erased before whom this register holds again (after a restore, a
    recovery or a sync); returns their ids. Also records the change log's erasures in the data
    folder's register, so that a later restore of an older backup is caught too.

    Without *whole_log* (at start-up, which must be quick) only the data folder's register is
    checked: a look-up by id, nothing when it is empty.
    """
    remembered = read_register(desk.data_dir)
    if not whole_log and not remembered:
        return []
    again: list[str] = []
    with desk.database.session() as session:
        logged = erased_in_log(session, None if whole_log else remembered)
        wanted = sorted(remembered | logged)
        batch, moment = new_id(), utc_now()
        for chunk in chunks(wanted):
            for contact in session.scalars(select(ContactPerson).where(ContactPerson.id.in_(chunk))):
                holds_data = any(getattr(contact, name) != value for name, value in ERASED_VALUES.items())
                if holds_data or contact.id not in logged:
                    again.append(contact.id)
        if again:
            secure_delete(session)
            for contact_id in again:
                apply_erasure(session, desk, contact_id=contact_id, batch_id=batch, now=moment)
    remember(desk, logged)
    if again:
        flush_erased_pages(desk)
    return again


# --- finding a person's records ---------------------------------------------------------------


@dataclass(frozen=True)
class PersonRecord:
    """A record that holds the searched name, e-mail or phone (or a request of such a contact)."""

    entity: str
    record_id: str
    field: str
    label: str
    initiative_id: str


def _initiative_of(record: Record) -> str:
    # A walk-in's registration and an event belong to no initiative.
    return record.id if isinstance(record, Initiative) else str(getattr(record, "initiative_id", None) or "")


def find_person(desk: Desk, *, text: str) -> list[PersonRecord]:
    """Every contact, request, follow-up and note that holds *text* (a name, e-mail or phone),
    and the requests of the contacts found with their follow-ups: what an access or erasure
    request has to cover. A record already listed for its link is not listed again for its text."""
    needle = text.strip()
    if len(needle) < MIN_LENGTH:
        raise KnownError(translate("Privacy", "give at least {count} characters of a name, e-mail or phone").format(
            count=MIN_LENGTH))
    found: list[PersonRecord] = []
    with desk.database.session() as session:
        condition = or_(*(getattr(ContactPerson, name).ilike(like(needle), escape="\\") for name in PERSONAL_FIELDS))
        contacts = session.scalars(select(ContactPerson).where(condition).order_by(ContactPerson.id)).all()
        for contact in contacts:
            field = next((name for name in PERSONAL_FIELDS
                          if needle.casefold() in str(getattr(contact, name) or "").casefold()), "name")
            found.append(PersonRecord("contact", contact.id, field, _label(contact), contact.initiative_id))
        seen = {("contact", contact.id) for contact in contacts}
        if contacts:
            linked = session.scalars(select(AdviceRequest).where(
                AdviceRequest.contact_id.in_([contact.id for contact in contacts])).order_by(AdviceRequest.id)).all()
            for request in linked:
                found.append(PersonRecord("request", request.id, "contact_id", _label(request), request.initiative_id))
                seen.add(("request", request.id))
            if linked:  # the follow-ups of their requests are about them too
                for item in session.scalars(select(FollowUp).where(
                        FollowUp.request_id.in_([request.id for request in linked])).order_by(FollowUp.id)):
                    found.append(PersonRecord("follow_up", item.id, "request_id", _label(item), item.initiative_id))
                    seen.add(("follow_up", item.id))
            for registration in session.scalars(select(Registration).where(
                    Registration.contact_id.in_([contact.id for contact in contacts])).order_by(Registration.id)):
                found.append(PersonRecord("registration", registration.id, "contact_id", _label(registration),
                                          registration.initiative_id or ""))
                seen.add(("registration", registration.id))
        # Walk-ins are known by their registration's own name and e-mail, found as contacts are.
        for registration in session.scalars(select(Registration).where(
                Registration.contact_id.is_(None),
                or_(*(getattr(Registration, name).ilike(like(needle), escape="\\") for name in ("name", "email"))))
                .order_by(Registration.id)):
            field = "name" if needle.casefold() in registration.name.casefold() else "email"
            found.append(PersonRecord("registration", registration.id, field, _label(registration), ""))
            seen.add(("registration", registration.id))
        for record, field in holding(session, [needle]):
            if (ENTITY_NAMES[type(record)], record.id) not in seen:
                found.append(PersonRecord(ENTITY_NAMES[type(record)], record.id, field, _label(record),
                                          _initiative_of(record)))
    return found
