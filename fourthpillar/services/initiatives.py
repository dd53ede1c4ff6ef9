"""Use cases for initiatives and their contact persons."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy.orm import Session

from fourthpillar.domain.fields import CONTACT_FIELDS
from fourthpillar.domain.fields import INITIATIVE_FIELDS
from fourthpillar.domain.fields import FieldError
from fourthpillar.domain.fields import ValidationFailed
from fourthpillar.domain.fields import clean
from fourthpillar.domain.fields import derive_province
from fourthpillar.i18n import translate
from fourthpillar.lists import INITIATIVES
from fourthpillar.services.changes import ChangeWriter
from fourthpillar.services.changes import load
from fourthpillar.services.changes import set_archived
from fourthpillar.services.convert import contact_view
from fourthpillar.services.convert import initiative_row
from fourthpillar.services.demo_data import MUNICIPALITIES
from fourthpillar.services.desk import Desk
from fourthpillar.services.listing import list_page
from fourthpillar.services.record_updates import update_record
from fourthpillar.services.records import InitiativeDetail
from fourthpillar.services.records import InitiativeRow
from fourthpillar.services.records import Page
from fourthpillar.services.records import Saved
from fourthpillar.services.records import TimelineEntry
from fourthpillar.store.models import AdviceRequest
from fourthpillar.store.models import ContactPerson
from fourthpillar.store.models import Event
from fourthpillar.store.models import FollowUp
from fourthpillar.store.models import Initiative
from fourthpillar.store.models import Registration
from fourthpillar.store.queries import ListQuery
from fourthpillar.store.search import fold
from fourthpillar.store.search import name_key


def _check_enterprise_number(session: Session, values: Mapping[str, Any], own_id: str | None) -> None:
    number = values.get("enterprise_number")
    if not number:
        return
    other = session.scalars(
        select(Initiative).where(
            Initiative.enterprise_number == number,
            Initiative.archived_at.is_(None),
            Initiative.id != (own_id or ""),
        )
    ).first()
    if other is not None:
        raise ValidationFailed([FieldError(
            "enterprise_number",
            translate("Validation", "is already registered for '{name}'").format(name=other.name))])


def register_initiative(desk: Desk, *, values: Mapping[str, Any]) -> Saved:
    """Register a new initiative; :class:`ValidationFailed` names every bad field."""
    cleaned = clean(INITIATIVE_FIELDS, values, complete=True)
    derive_province(cleaned)
    cleaned["name_key"] = name_key(cleaned["name"])
    with desk.database.session() as session:
        _check_enterprise_number(session, cleaned, None)
        writer = ChangeWriter(session, desk)
        record = writer.create(Initiative(), cleaned)
        return writer.saved(record)


def _complete_changes(session: Session, record: Initiative, cleaned: dict[str, Any]) -> None:
    """The province and the search key that go with changed fields; a number taken elsewhere is refused."""
    if "postcode" in cleaned or "province" in cleaned:
        derive_province(cleaned, record.postcode)
    if "name" in cleaned:
        cleaned["name_key"] = name_key(cleaned["name"])
    _check_enterprise_number(session, cleaned, record.id)


def update_initiative(desk: Desk, *, initiative_id: str, changes: Mapping[str, Any],
                      expected_version: int | None = None) -> Saved:
    """Change some fields; :class:`StaleRecord` if someone saved it since *expected_version*."""
    return update_record(desk, Initiative, initiative_id, INITIATIVE_FIELDS, changes,
                         expected_version=expected_version, check=_complete_changes)


def archive_initiative(desk: Desk, *, initiative_id: str) -> Saved:
    """Archive (never delete): it leaves the lists and can be restored or undone."""
    return set_archived(desk, Initiative, initiative_id, archived=True)


def restore_initiative(desk: Desk, *, initiative_id: str) -> Saved:
    """Bring an archived initiative back."""
    return set_archived(desk, Initiative, initiative_id, archived=False)


def _timeline(session: Session, initiative_id: str) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    for request in session.scalars(
        select(AdviceRequest).where(AdviceRequest.initiative_id == initiative_id,
                                    AdviceRequest.archived_at.is_(None))
    ):
        title = request.question.splitlines()[0][:120] if request.question else ""
        entries.append(TimelineEntry("request", request.id, request.received_on, title,
                                     request.status, request.status in ("answered", "closed")))
    for follow_up in session.scalars(
        select(FollowUp).where(FollowUp.initiative_id == initiative_id, FollowUp.archived_at.is_(None))
    ):
        entries.append(TimelineEntry("follow_up", follow_up.id, follow_up.done_on or follow_up.due_on,
                                     follow_up.action[:120], "done" if follow_up.done_on else "open",
                                     follow_up.done_on is not None))
    # Events its people attended (one line per event, however many of them came).
    attended = session.execute(
        select(Event.id, Event.starts_on, Event.title, Event.kind).join(Registration, Registration.event_id == Event.id)
        .where(Registration.initiative_id == initiative_id, Registration.status == "attended",
               Registration.archived_at.is_(None), Event.archived_at.is_(None))
        .distinct())
    for event_id, starts_on, title, kind in attended:
        entries.append(TimelineEntry("event", event_id, starts_on, title[:120], kind, True))
    entries.sort(key=lambda entry: (entry.date, entry.kind), reverse=True)
    return entries


def get_initiative(desk: Desk, *, initiative_id: str) -> InitiativeDetail:
    """The initiative's page: details, live contacts and its timeline, newest first."""
    with desk.database.session() as session:
        record: Initiative = load(session, Initiative, initiative_id, live=False)
        contacts = session.scalars(
            select(ContactPerson)
            .where(ContactPerson.initiative_id == initiative_id, ContactPerson.archived_at.is_(None))
            .order_by(ContactPerson.name)
        ).all()
        return InitiativeDetail(
            id=record.id, version=record.version, name=record.name, legal_form=record.legal_form,
            enterprise_number=record.enterprise_number, street=record.street,
            postcode=record.postcode, municipality=record.municipality, province=record.province,
            partner_countries=list(record.partner_countries), themes=list(record.themes),
            founded_year=record.founded_year, panel_member=record.panel_member,
            status=record.status, tags=list(record.tags), notes=record.notes,
            created_at=record.created_at, updated_at=record.updated_at,
            archived=record.archived_at is not None,
            contacts=[contact_view(contact) for contact in contacts],
            timeline=_timeline(session, initiative_id),
        )


def municipalities_for_postcode(desk: Desk, *, postcode: str, limit: int = 12) -> list[str]:
    """The municipalities that go with *postcode*, to offer in the editor: those the register
    already holds with it (most used first), then the known Flemish and Brussels pairs."""
    postcode = postcode.strip()
    if not postcode:
        return []
    count = func.count()
    with desk.database.session() as session:
        used = session.execute(
            select(Initiative.municipality, count)
            .where(Initiative.postcode == postcode, Initiative.archived_at.is_(None), Initiative.municipality != "")
            .group_by(Initiative.municipality).order_by(count.desc(), Initiative.municipality).limit(limit)
        ).scalars().all()
    names: dict[str, str] = {}
    for name in [*used, *(known for code, known, _weight in MUNICIPALITIES if code == postcode)]:
        names.setdefault(fold(name), name.strip())
    return list(names.values())[:limit]


def list_initiatives(desk: Desk, *, query: ListQuery, count: bool = True) -> Page[InitiativeRow]:
    """One page of the initiatives list as filtered, searched and sorted by *query*."""
    return list_page(desk, INITIATIVES, query,
                     lambda row: initiative_row(row[0], INITIATIVES.computed_values(row)), count=count)


def add_contact(desk: Desk, *, initiative_id: str, values: Mapping[str, Any]) -> Saved:
    cleaned = clean(CONTACT_FIELDS, values, complete=True)
    with desk.database.session() as session:
        load(session, Initiative, initiative_id)
        writer = ChangeWriter(session, desk)
        record = writer.create(ContactPerson(initiative_id=initiative_id), cleaned)
        return writer.saved(record)


def update_contact(desk: Desk, *, contact_id: str, changes: Mapping[str, Any],
                   expected_version: int | None = None) -> Saved:
    return update_record(desk, ContactPerson, contact_id, CONTACT_FIELDS, changes, expected_version=expected_version)


def archive_contact(desk: Desk, *, contact_id: str) -> Saved:
    """Archive a contact person (never delete)."""
    return set_archived(desk, ContactPerson, contact_id, archived=True)
